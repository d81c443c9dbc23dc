// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace motcua {

// SQLite's online backup API (sqlite3_backup_*) on the kiosk's databases. A copy is one
// consistent snapshot of the source, taken while the kiosk keeps reading and writing it (WAL:
// the copy is a reader; it neither waits for writers nor stops them); a copy into a live
// database replaces its content in one write transaction that the kiosk's own connections see
// as any other change (no file is swapped under an open connection).
namespace SqliteBackup {

// The sqlite3* of an open QSQLITE connection; null when it is none.
[[nodiscard]] sqlite3 *handleOf(const QSqlDatabase &db);
// Every page of `from`'s main database into `to`'s; `what` names them in errors.
[[nodiscard]] Status copy(sqlite3 *from, sqlite3 *to, const QString &what);
// A snapshot of `live` into the new file `target`: self-contained (rollback journal, no -wal).
[[nodiscard]] Status snapshot(const QSqlDatabase &live, const QString &target);
// Replaces the content of `live` with the database file `snapshot`.
[[nodiscard]] Status restoreInto(const QString &snapshot, const QSqlDatabase &live);
// The schema version (PRAGMA user_version) of a database file that passes PRAGMA
// integrity_check, opened read-only; else what is wrong with it.
[[nodiscard]] Result<int> checkedSchemaVersion(const QString &file);

} // namespace SqliteBackup

} // namespace motcua
