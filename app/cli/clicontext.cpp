// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace motcua::cli {

Result<KioskConfig> CliContext::config() const
{
    return configPathOverride.isEmpty() ? KioskConfig::load() : KioskConfig::loadFile(configPathOverride);
}

Result<QString> CliContext::databasePath() const
{
    if (!dbPathOverride.isEmpty())
        return dbPathOverride;
    const auto cfg = config();
    if (!cfg)
        return Error{QStringLiteral("configuration is invalid (fix it or pass --db):\n  ")
                     + QString(cfg.error()).replace(u'\n', QStringLiteral("\n  "))};
    return cfg->effectiveDatabasePath();
}

Result<std::unique_ptr<CatalogStore>> CliContext::openCatalog() const
{
    const auto path = databasePath();
    if (!path)
        return Error{path.error()};
    return CatalogStore::openSeeded(path.value());
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
