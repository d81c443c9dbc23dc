// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffschema.h"

namespace motcua {

const std::vector<Migration> &staffMigrations()
{
    static const std::vector<Migration> steps{
        {1,
         {// name_key: the name NFC-normalised and case-folded, so "Lan", "LAN" and "lan" (and
          // "Đức"/"đức", which SQLite's NOCASE would not fold) are one name.
          QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                         "name_key TEXT NOT NULL UNIQUE, "
                         "role TEXT NOT NULL CHECK (role IN ('clerk', 'technician')), "
                         "pin_hash TEXT NOT NULL, created_at TEXT NOT NULL, "
                         "failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until TEXT, "
                         "last_login_at TEXT)"),
          // The audit log: an append-only hash chain (docs/clerk-accounts-and-audit.md).
          QStringLiteral("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                         "actor TEXT NOT NULL, action TEXT NOT NULL, object TEXT NOT NULL, "
                         "detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
          // The chain's last entry, written in the same transaction as the entry: a deleted
          // last entry (which no link can show) leaves the head pointing past the log's end.
          QStringLiteral("CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), "
                         "seq INTEGER NOT NULL, hash TEXT NOT NULL)")}},
    };
    return steps;
}

} // namespace motcua
