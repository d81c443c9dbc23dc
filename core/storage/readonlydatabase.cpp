// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlydatabase.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace motcua {

ReadOnlyDatabase::ReadOnlyDatabase(const QString &path, int busyTimeoutMs)
    : m_connection(QStringLiteral("readonly-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!QFileInfo::exists(path)) {
        m_error = QStringLiteral("%1 does not exist").arg(path);
        return;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        // In use (or left by a crash): read through its write-ahead log, as SQLite does.
        m_db.setDatabaseName(path);
    } else {
        // Nobody has it open: `immutable` keeps SQLite from creating a -wal and -shm beside it,
        // which, made by root, the kiosk's own user could then not open.
        m_db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString() + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return;
    }
    // SQLite opens lazily: read the schema now, so that a file that is not a database says so here.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        m_error = q.lastError().text();
        q.finish();
        m_db.close();
    }
}

ReadOnlyDatabase::~ReadOnlyDatabase()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int ReadOnlyDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

QString ReadOnlyDatabase::integrityProblem() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (q.lastError().isValid())
        problems.append(q.lastError().text());
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    if (problems.isEmpty())
        return QStringLiteral("integrity_check gave no answer");
    return problems.size() == 1 ? problems.first()
                                : QStringLiteral("%1 (and %2 more problems)").arg(problems.first()).arg(problems.size() - 1);
}

} // namespace motcua
