// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The staff database (`[kiosk] staff_database`, default $XDG_DATA_HOME/motcua/staff.db): the
// clerks' and technicians' accounts (ClerkAccounts) and the audit log (AuditLog). Both open the
// same file through Database::openForStore(path, purpose, staffMigrations()), so whichever opens
// it first brings the schema up to date. Nothing in it is a citizen's personal data.
#include "common/result.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace motcua {

[[nodiscard]] const std::vector<Migration> &staffMigrations();

namespace staffsql {

// How staff.db writes a time: UTC, ISO 8601 with milliseconds ("2026-11-23T02:30:00.000Z"),
// so that text order is time order.
[[nodiscard]] inline QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

[[nodiscard]] inline QDateTime timeFromText(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// A NOT NULL text column takes "" for an empty string (a null QString binds as NULL).
[[nodiscard]] inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

[[nodiscard]] inline Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error{QStringLiteral("%1 failed: %2").arg(QString::fromLatin1(what), q.lastError().text())};
}

} // namespace staffsql

} // namespace motcua
