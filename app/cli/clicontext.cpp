// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <pwd.h>
#include <unistd.h>

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

Result<QString> CliContext::filingsDatabasePath() const
{
    return chosenPath(*this, filingsDbPathOverride, "--filings-db", &KioskConfig::effectiveFilingsDatabasePath);
}

Result<std::unique_ptr<FilingStore>> CliContext::openFilings() const
{
    const auto path = filingsDatabasePath();
    if (!path)
        return Error{path.error()};
    return FilingStore::open(path.value());
}

Result<QString> CliContext::staffDatabasePath() const
{
    return chosenPath(*this, staffDbPathOverride, "--staff-db", &KioskConfig::effectiveStaffDatabasePath);
}

Result<std::unique_ptr<ClerkAccounts>> CliContext::openClerkAccounts() const
{
    const auto path = staffDatabasePath();
    if (!path)
        return Error{path.error()};
    return ClerkAccounts::open(path.value());
}

Result<std::unique_ptr<AuditLog>> CliContext::openAuditLog() const
{
    const auto path = staffDatabasePath();
    if (!path)
        return Error{path.error()};
    return AuditLog::open(path.value());
}

QString CliContext::cliActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) // cron, systemd and `sudo -i` may not set it
        if (const passwd *account = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    return user.isEmpty() ? QStringLiteral("cli") : QStringLiteral("cli:") + user;
}

void CliContext::audit(const QString &action, const QString &object, const QString &detail,
                       const QString &actor) const
{
    auto log = openAuditLog();
    const auto appended = log ? log.value()->append(actor.isEmpty() ? cliActor() : actor, action, object, detail)
                              : Result<AuditLog::Entry>(Error{log.error()});
    if (!appended)
        QTextStream(stderr) << "motcua: warning: the audit log was not written (" << action << ' ' << object
                            << "): " << appended.error() << '\n';
}

Result<std::unique_ptr<CatalogStore>> CliContext::openCatalog(bool seedWhenEmpty) const
{
    const auto path = databasePath();
    if (!path)
        return Error{path.error()};
    return seedWhenEmpty ? CatalogStore::openSeeded(path.value()) : CatalogStore::open(path.value());
}

Result<QTimeZone> CliContext::officeTimeZone() const
{
    const auto cfg = config();
    if (!cfg)
        return Error{QStringLiteral("configuration is invalid:\n  ") + QString(cfg.error()).replace(u'\n', QStringLiteral("\n  "))};
    return cfg->timeZone;
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
