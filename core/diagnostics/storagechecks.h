// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/healthcheck.h"

#include <QDateTime>

namespace motcua {

// What the kiosk keeps on disk, looked at without changing anything: each database opened
// read-only (a missing one is reported, never created or migrated), the free space where the
// data lives, the outbox backlog and when the portal last answered.
class StorageChecks
{
public:
    // Free space where the data lives: below 200 MB broken (SQLite's writes and the outbox may
    // fail), below 1 GB degraded.
    static constexpr qint64 kDiskBrokenBytes = 200LL * 1024 * 1024;
    static constexpr qint64 kDiskDegradedBytes = 1024LL * 1024 * 1024;
    // A filing waiting longer than this, or no answer of the portal for this long: degraded.
    static constexpr qint64 kStaleSeconds = 24 * 3600;

    enum class Kind { Catalog, Filings, Staff };
    // "database.catalog" | "database.filings" | "database.staff": exists, PRAGMA
    // integrity_check, size (with its -wal), schema; the catalog's version and procedure count.
    // Missing: degraded (the kiosk creates it when it starts); unreadable or corrupt: broken.
    [[nodiscard]] static HealthCheck database(Kind kind, const QString &path);
    // "database.catalog" …
    [[nodiscard]] static QString idOf(Kind kind);
    // "disk": free space of the file system holding `path` (or its nearest existing folder).
    [[nodiscard]] static HealthCheck disk(const QString &path);
    // "outbox": filings waiting and failed, the oldest waiting one's file code and age;
    // "sync.last": when the portal last answered (SyncEngine records it in the filings database).
    [[nodiscard]] static QList<HealthCheck> outbox(const QString &filingsPath,
                                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace motcua
