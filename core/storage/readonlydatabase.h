// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace motcua {

// A SQLite file opened read-only (QSQLITE_OPEN_READONLY): never created when missing, never
// migrated, never written, and no -wal or -shm made beside it when nobody has it open
// (immutable) — for looking at a kiosk's databases without changing them (motcua
// diagnostics, even as root). A connection of its own, closed and forgotten by the destructor.
class ReadOnlyDatabase
{
public:
    explicit ReadOnlyDatabase(const QString &path, int busyTimeoutMs = 5000);
    ~ReadOnlyDatabase();
    ReadOnlyDatabase(const ReadOnlyDatabase &) = delete;
    ReadOnlyDatabase &operator=(const ReadOnlyDatabase &) = delete;

    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    // Why it did not open (English).
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] const QSqlDatabase &db() const { return m_db; }
    // PRAGMA user_version
    [[nodiscard]] int schemaVersion() const;
    // PRAGMA integrity_check: empty when "ok", else its first problem (and how many more), or
    // why it could not run ("database disk image is malformed").
    [[nodiscard]] QString integrityProblem() const;

private:
    QString m_connection;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace motcua
