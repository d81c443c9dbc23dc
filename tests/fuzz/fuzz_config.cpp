// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's config files on any bytes: KioskConfig::load, IniFile, and the same bytes as a
// portal token file. A value IniFile::set writes into the file reads back exactly (whatever
// characters it holds), and the other keys keep their values.
#include "fuzzsupport.h"

#include "config/inifile.h"
#include "config/kioskconfig.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>

using namespace motcua;
using motcua::fuzz::require;

namespace {

QString writeScratch(const QByteArray &content)
{
    // A new name each time: QSettings caches what it read of a file by name.
    const QString path = fuzz::scratchFile(".conf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        fuzz::fail("the scratch file is written", path);
    return path;
}

QHash<QString, QString> valuesOf(const IniFile &ini)
{
    QHash<QString, QString> values;
    QSettings settings(ini.path(), QSettings::IniFormat);
    for (const QString &key : settings.allKeys()) {
        const QString name = key.contains(u'/') ? key : QStringLiteral("General/") + key;
        values.insert(name, ini.value(name.section(u'/', 0, -2), name.section(u'/', -1)));
    }
    return values;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content = fuzz::bytes(data, size);
    const QString path = writeScratch(content);

    const auto config = KioskConfig::load({path});
    if (!config)
        require(!config.error().isEmpty(), "a refused config says why");
    const auto token = KioskConfig::readTokenFile(path);
    if (token)
        require(!token->isEmpty() && !token->contains(u'\n'), "a token is one line", *token);

    // A copy of its own: a second QSettings on an unchanged file is answered from Qt's cache,
    // and says NoError even when the first one found a format error.
    const QString iniPath = writeScratch(content);
    auto ini = IniFile::load(iniPath);
    if (ini) {
        // The value: the input's first line (up to 80 bytes), whatever it holds, and a line break.
        const QString value = QString::fromUtf8(content.left(80)) + QStringLiteral("\nend");
        const QHash<QString, QString> before = valuesOf(ini.value());
        ini->set(QStringLiteral("kiosk"), QStringLiteral("commune_name"), value);
        require(ini->save().ok(), "the edited file is saved");
        const QString edited = fuzz::scratchFile(".conf"); // QSettings' cache must not answer for it
        require(QFile::rename(iniPath, edited), "the edited file is renamed");
        const auto reread = IniFile::load(edited);
        require(reread.ok(), "the edited file loads", reread.error());
        require(reread->value(QStringLiteral("kiosk"), QStringLiteral("commune_name")) == value,
                "a value set reads back exactly", QString::fromUtf8(reread->text().left(2000)));
        const QHash<QString, QString> after = valuesOf(reread.value());
        // A key QSettings keeps with extra slashes ("\commune_name" under [kiosk] is
        // kiosk//commune_name) is listed by allKeys() but has no value of its own: value()
        // looks up the key with its slashes folded. Only the keys value() reaches are compared.
        const auto reachable = [](const QString &key) {
            static const QRegularExpression foldable(QStringLiteral("//|^/|/$"));
            return !key.contains(foldable);
        };
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (reachable(it.key()) && it.key() != QLatin1String("kiosk/commune_name"))
                require(after.value(it.key()) == it.value(), "setting one key keeps the others",
                        it.key() + QStringLiteral(": ") + it.value() + QStringLiteral(" → ") + after.value(it.key()));
        QFile::remove(edited);
    }
    QFile::remove(path);
    QFile::remove(iniPath);
    return 0;
}
