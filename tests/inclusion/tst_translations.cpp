// SPDX-License-Identifier: GPL-3.0-or-later
// English is complete: every text the screens show (qsTr in QML, tr in C++) is in
// translations/motcua_en.ts with a finished translation that keeps its placeholders, and the
// file lists every text the sources have now (lupdate is run on them here).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;                // "", "unfinished", "vanished", "obsolete"
    QStringList translations;    // one, or one per plural form
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either plain text or <numerusform>s.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations.append(xml.readElementText());
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            messages.append(current);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[0-9n]"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(u'L'));
    return found;
}

QString key(const Message &m)
{
    return m.context + QStringLiteral(" | ") + m.source;
}

const QString kEnglish = QStringLiteral(MOTCUA_SOURCE_DIR "/translations/motcua_en.ts");

} // namespace

TEST_CASE("Every English translation is finished and keeps its placeholders", "[i18n]")
{
    const QList<Message> messages = readTs(kEnglish);
    REQUIRE(messages.size() > 300);
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.type.isEmpty()) {
            problems.append(QStringLiteral("%1: %2").arg(m.type, key(m)));
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems.append(QStringLiteral("empty: %1").arg(key(m)));
            else if (placeholders(t) != placeholders(m.source))
                problems.append(QStringLiteral("placeholders differ: %1 → %2").arg(key(m), t));
        }
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The English file lists every text the sources have now", "[i18n]")
{
    // The same sources the build gives lupdate (ui/CMakeLists.txt): the QML, the UI's C++,
    // motcua-core's C++.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_en.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(MOTCUA_SOURCE_DIR));
    lupdate.start(QStringLiteral(MOTCUA_LUPDATE_PATH),
                  {QStringLiteral("-silent"), QStringLiteral("-source-language"), QStringLiteral("vi"),
                   QStringLiteral("-target-language"), QStringLiteral("en"), QStringLiteral("-extensions"),
                   QStringLiteral("qml,cpp"), QStringLiteral("ui"), QStringLiteral("core"), QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    QSet<QString> translated;
    for (const Message &m : readTs(kEnglish)) {
        if (m.type.isEmpty())
            translated.insert(key(m));
    }
    const QList<Message> current = readTs(fresh);
    REQUIRE(current.size() > 300);
    QStringList missing;
    for (const Message &m : current) {
        if (!translated.contains(key(m)))
            missing.append(key(m));
    }
    INFO("Run: cmake --build --preset default --target update_translations, then translate these in "
         "translations/motcua_en.ts:\n" + missing.join(u'\n').toStdString());
    CHECK(missing.isEmpty());
}
