// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogstore.h"
#include "config/kioskconfig.h"
#include "outbox/filingstore.h"

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
    bool json = false;          // --json

    [[nodiscard]] Result<KioskConfig> config() const;
    // --db, else the configured path; an error when the config is invalid (never a silent
    // fallback to another database).
    [[nodiscard]] Result<QString> databasePath() const;
    // Opens the catalog and fills it with the demo catalog when empty (as the kiosk does).
    [[nodiscard]] Result<std::unique_ptr<CatalogStore>> openCatalog() const;
    // Drafts and outbox: --filings-db, else the configured path.
    [[nodiscard]] Result<std::unique_ptr<FilingStore>> openFilings() const;

    void print(const QString &text) const;
    void printJson(const QJsonValue &value) const;
    // Prints "motcua: <message>" on stderr and returns the exit code for bad input (2)
    // or failure (1).
    int fail(const QString &message, int code = 1) const;
};

} // namespace motcua::cli
