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

namespace {

// The override when given, else the configured path; never a silent fallback when the
// config is broken.
Result<QString> chosenPath(const CliContext &ctx, const QString &override, const char *option,
                           QString (KioskConfig::*configured)() const)
{
    if (!override.isEmpty())
        return override;
    const auto cfg = ctx.config();
    if (!cfg)
        return Error{QStringLiteral("configuration is invalid (fix it or pass %1):\n  ").arg(QString::fromLatin1(option))
                     + QString(cfg.error()).replace(u'\n', QStringLiteral("\n  "))};
    return (cfg.value().*configured)();
}

} // namespace

Result<QString> CliContext::databasePath() const
{
    return chosenPath(*this, dbPathOverride, "--db", &KioskConfig::effectiveDatabasePath);
}

Result<std::unique_ptr<FilingStore>> CliContext::openFilings() const
{
    const auto path = chosenPath(*this, filingsDbPathOverride, "--filings-db",
                                 &KioskConfig::effectiveFilingsDatabasePath);
    if (!path)
        return Error{path.error()};
    return FilingStore::open(path.value());
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
