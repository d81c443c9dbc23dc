// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "fileowner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace motcua {

QString Database::connectionName(const QString &path, const QString &purpose)
{
    const QByteArray key = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("motcua-%1-%2-%3")
        .arg(purpose,
             QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(10)))
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

Result<QSqlDatabase> Database::open(const QString &path, const QString &purpose)
{
    const QString name = connectionName(path, purpose);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name);
        if (existing.isOpen())
            return existing;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QStringLiteral("cannot create folder %1").arg(info.absolutePath())};

    const bool created = !info.exists();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        close(db);
        return Error{QStringLiteral("cannot open database %1: %2").arg(path, reason)};
    }
    // A file root creates in the kiosk's data folder goes to the folder's owner before its
    // -wal and -shm exist (SQLite gives those the database's owner when it runs as root).
    if (created) {
        if (auto adopted = FileOwner::adoptFolderOwner(info.absoluteFilePath()); !adopted) {
            close(db);
            return Error{adopted.error()};
        }
    }

    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            const QString reason = q.lastError().text();
            q = QSqlQuery();
            close(db);
            return Error{QStringLiteral("cannot configure database %1 (%2): %3")
                             .arg(path, QString::fromLatin1(pragma), reason)};
        }
    }
    return db;
}

Result<QSqlDatabase> Database::openForStore(const QString &path, const QString &purpose,
                                            const std::vector<Migration> &steps)
{
    static std::atomic<int> s_opened{0};
    auto db = open(path, purpose + QString::number(++s_opened));
    if (!db)
        return db;
    QSqlDatabase handle = std::move(db).value();
    if (auto migrated = migrate(handle, steps); !migrated) {
        close(handle);
        return Error{migrated.error()};
    }
    return handle;
}

int Database::schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error{QStringLiteral("SQL failed: %1 (%2)").arg(q.lastError().text(), sql.left(80))};
    return Done{};
}

Status Database::transaction(QSqlDatabase &db, const std::function<Status()> &work)
{
    if (auto begun = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    Status result = work();
    if (!result) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto committed = exec(db, QStringLiteral("COMMIT")); !committed) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return committed;
    }
    return Done{};
}

Status Database::migrate(QSqlDatabase &db, const std::vector<Migration> &steps)
{
    const int current = schemaVersion(db);
    if (current < 0)
        return Error{QStringLiteral("cannot read schema version of %1").arg(db.databaseName())};
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (current > newest)
        return Error{QStringLiteral("database %1 has schema version %2, newer than this program "
                                    "knows (%3); install a newer version")
                         .arg(db.databaseName())
                         .arg(current)
                         .arg(newest)};
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        Status applied = transaction(db, [&]() -> Status {
            for (const QString &sql : step.statements)
                if (auto r = exec(db, sql); !r)
                    return r;
            return exec(db, QStringLiteral("PRAGMA user_version=%1").arg(step.version));
        });
        if (!applied)
            return Error{QStringLiteral("migration to schema %1 failed: %2")
                             .arg(step.version)
                             .arg(applied.error())};
    }
    return Done{};
}

void Database::close(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath(const QString &fileName)
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/motcua/") + fileName;
}

} // namespace motcua
