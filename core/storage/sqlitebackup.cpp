// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebackup.h"

#include <QFile>
#include <QSqlDriver>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <memory>

namespace motcua::SqliteBackup {

namespace {

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

Result<Connection> openFile(const QString &file, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return Error{QStringLiteral("cannot open %1: %2")
                         .arg(file, QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)))};
    sqlite3_busy_timeout(raw, 5000);
    return db;
}

QString errorOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status copy(sqlite3 *from, sqlite3 *to, const QString &what)
{
    if (!from || !to)
        return Error{QStringLiteral("%1: no open SQLite connection").arg(what)};
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Error{QStringLiteral("%1: cannot start the copy: %2").arg(what, errorOf(to))};
    // All pages in one step: one read transaction on the source, so one consistent snapshot.
    // Busy or locked (another writer on the destination): wait and try again, up to ~30 s.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 600; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error{QStringLiteral("%1: the copy failed: %2 (%3)")
                         .arg(what, QString::fromUtf8(sqlite3_errstr(rc)), errorOf(to))};
    return Done{};
}

Status snapshot(const QSqlDatabase &live, const QString &target)
{
    QFile::remove(target);
    auto out = openFile(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!out)
        return Error{out.error()};
    if (auto copied = copy(handleOf(live), out->get(), live.databaseName() + QStringLiteral(" → ") + target); !copied)
        return copied;
    // The copied header says WAL, as the live database is: make the snapshot one file.
    if (sqlite3_exec(out->get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error{QStringLiteral("%1: %2").arg(target, errorOf(out->get()))};
    return Done{};
}

Status restoreInto(const QString &snapshot, const QSqlDatabase &live)
{
    auto in = openFile(snapshot, SQLITE_OPEN_READONLY);
    if (!in)
        return Error{in.error()};
    return copy(in->get(), handleOf(live), snapshot + QStringLiteral(" → ") + live.databaseName());
}

Result<int> checkedSchemaVersion(const QString &file)
{
    auto db = openFile(file, SQLITE_OPEN_READONLY);
    if (!db)
        return Error{db.error()};
    QStringList problems;
    int version = -1;
    const auto run = [&](const char *sql, auto &&row) -> bool {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db->get(), sql, -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            row(stmt);
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE;
    };
    if (!run("PRAGMA integrity_check", [&](sqlite3_stmt *stmt) {
            problems.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        }))
        return Error{QStringLiteral("%1 is not a readable SQLite database: %2").arg(file, errorOf(db->get()))};
    if (problems != QStringList{QStringLiteral("ok")})
        return Error{QStringLiteral("%1 fails SQLite's integrity check: %2")
                         .arg(file, problems.mid(0, 5).join(QStringLiteral("; ")))};
    if (!run("PRAGMA user_version", [&](sqlite3_stmt *stmt) { version = sqlite3_column_int(stmt, 0); }))
        return Error{QStringLiteral("%1: cannot read its schema version: %2").arg(file, errorOf(db->get()))};
    return version;
}

} // namespace motcua::SqliteBackup
