// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace motcua::cli {

Result<KioskConfig> CliContext::config() const
{
    return KioskConfig::load(configPathOverride.isEmpty() ? KioskConfig::defaultFiles()
                                                          : QStringList{configPathOverride});
}

QString CliContext::databasePath() const
{
    if (!dbPathOverride.isEmpty())
        return dbPathOverride;
    const auto cfg = config();
    return cfg ? cfg->effectiveDatabasePath() : KioskConfig().effectiveDatabasePath();
}

Result<std::unique_ptr<CatalogStore>> CliContext::openCatalog() const
{
    auto store = CatalogStore::open(databasePath());
    if (!store)
        return store;
    if (auto seeded = store.value()->seedIfEmpty(); !seeded)
        return Error{seeded.error()};
    return store;
}

void CliContext::print(const QString &text) const
{
    QTextStream(stdout) << text << '\n';
}

void CliContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    QTextStream(stdout) << doc.toJson(QJsonDocument::Indented);
}

int CliContext::fail(const QString &message, int code) const
{
    QTextStream(stderr) << "motcua: " << message << '\n';
    return code;
}

} // namespace motcua::cli
