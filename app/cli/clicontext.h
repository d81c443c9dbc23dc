// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogstore.h"
#include "config/kioskconfig.h"
#include "outbox/filingstore.h"
#include "session/auditlog.h"
#include "session/clerkaccounts.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace motcua::cli {

// What every command shares: global options, the effective config, output helpers.
class CliContext
{
public:
    QString dbPathOverride;    // --db
    QString configPathOverride; // --config
    QString filingsDbPathOverride; // --filings-db
    QString staffDbPathOverride;   // --staff-db
    bool json = false;          // --json

    [[nodiscard]] Result<KioskConfig> config() const;
    // --db, else the configured path; an error when the config is invalid (never a silent
    // fallback to another database).
    [[nodiscard]] Result<QString> databasePath() const;
    // Opens the catalog and fills it with the demo catalog when empty (as the kiosk does),
    // unless `seedWhenEmpty` is false.
    [[nodiscard]] Result<std::unique_ptr<CatalogStore>> openCatalog(bool seedWhenEmpty = true) const;
    // Drafts and outbox: --filings-db, else the configured path.
    [[nodiscard]] Result<QString> filingsDatabasePath() const;
    [[nodiscard]] Result<std::unique_ptr<FilingStore>> openFilings() const;
    // Clerk accounts and the audit log (staff.db): --staff-db, else the configured path.
    [[nodiscard]] Result<QString> staffDatabasePath() const;
    [[nodiscard]] Result<std::unique_ptr<ClerkAccounts>> openClerkAccounts() const;
    [[nodiscard]] Result<std::unique_ptr<AuditLog>> openAuditLog() const;
    // "cli:" + $USER (else the effective user's login name): who a command acts as in the audit log.
    [[nodiscard]] static QString cliActor();
    // Records a sensitive action in the audit log (actor: cliActor() when empty). A log that
    // cannot be written is a warning on stderr: the action already done stays done.
    void audit(const QString &action, const QString &object = {}, const QString &detail = {},
               const QString &actor = {}) const;

    // The office's time zone ([kiosk] time_zone): how times are shown and days are cut.
    [[nodiscard]] Result<QTimeZone> officeTimeZone() const;

    void print(const QString &text) const;
    void printJson(const QJsonValue &value) const;
    // Prints "motcua: <message>" on stderr and returns the exit code for bad input (2)
    // or failure (1).
    int fail(const QString &message, int code = 1) const;
};

// Every item's toJson(), as one array (--json lists).
template<typename T>
[[nodiscard]] QJsonArray jsonArrayOf(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

} // namespace motcua::cli
