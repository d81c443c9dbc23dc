// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace motcua {

// One numbered schema step. Steps run in order inside a transaction each; the database's
// PRAGMA user_version records the last one applied.
struct Migration
{
    int version;
    QStringList statements;
};

// Opens a SQLite file with the pragmas every store of the kiosk wants (WAL, FULL sync,
// busy timeout, foreign keys) under a connection name unique to the calling thread.
class Database
{
public:
    // `purpose` distinguishes several stores in one thread (e.g. "catalog", "outbox").
    [[nodiscard]] static Result<QSqlDatabase> open(const QString &path, const QString &purpose);
    [[nodiscard]] static QString connectionName(const QString &path, const QString &purpose);
    // A connection of its own for one store object (so closing it never closes another
    // store's), with `steps` applied. `purpose` prefixes the connection name.
    [[nodiscard]] static Result<QSqlDatabase> openForStore(const QString &path, const QString &purpose,
                                                           const std::vector<Migration> &steps);
    [[nodiscard]] static Status migrate(QSqlDatabase &db, const std::vector<Migration> &steps);
    [[nodiscard]] static int schemaVersion(const QSqlDatabase &db);
    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back when it fails.
    [[nodiscard]] static Status transaction(QSqlDatabase &db, const std::function<Status()> &work);
    [[nodiscard]] static Status exec(QSqlDatabase &db, const QString &sql);
    [[nodiscard]] static QString defaultPath(const QString &fileName);
    // Closes `db` and forgets its connection (the handle is emptied).
    static void close(QSqlDatabase &db);
};

} // namespace motcua
