// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagechecks.h"

#include "catalog/catalogstore.h"
#include "outbox/filingstore.h"
#include "storage/readonlydatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace motcua {

namespace {

// The database file with its write-ahead log.
qint64 sizeOnDisk(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

QString StorageChecks::idOf(Kind kind)
{
    switch (kind) {
    case Kind::Catalog: return QStringLiteral("database.catalog");
    case Kind::Filings: return QStringLiteral("database.filings");
    case Kind::Staff: return QStringLiteral("database.staff");
    }
    return {};
}

HealthCheck StorageChecks::database(Kind kind, const QString &givenPath)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    HealthCheck check{idOf(kind), Health::Ok, {}, {{QStringLiteral("path"), path}}};
    const QFileInfo file(path);
    if (!file.exists()) {
        check.health = Health::Degraded;
        check.detail = QStringLiteral("%1 does not exist (the kiosk creates it when it starts)").arg(path);
        return check;
    }
    const qint64 size = sizeOnDisk(path);
    check.values.insert(QStringLiteral("sizeBytes"), size);
    if (!file.isReadable()) {
        check.health = Health::Broken;
        check.detail = QStringLiteral("%1 cannot be read by this user (run as root)").arg(path);
        return check;
    }
    const ReadOnlyDatabase db(path);
    if (!db.isOpen()) {
        check.health = Health::Broken;
        check.detail = QStringLiteral("cannot open %1: %2").arg(path, db.error());
        return check;
    }
    if (const QString problem = db.integrityProblem(); !problem.isEmpty()) {
        check.health = Health::Broken;
        check.detail = QStringLiteral("integrity check failed: %1 (%2)").arg(problem, path);
        check.values.insert(QStringLiteral("integrity"), problem);
        return check;
    }
    const int schema = db.schemaVersion();
    check.values.insert(QStringLiteral("integrity"), QStringLiteral("ok"));
    check.values.insert(QStringLiteral("schemaVersion"), schema);
    check.detail = QStringLiteral("integrity ok, %1, schema %2").arg(byteSize(size)).arg(schema);
    if (kind == Kind::Catalog) {
        const QString version = CatalogStore::catalogVersionOf(db.db());
        const int procedures = CatalogStore::procedureCountOf(db.db());
        check.values.insert(QStringLiteral("catalogVersion"), version);
        check.values.insert(QStringLiteral("procedures"), procedures);
        if (procedures == 0) {
            check.health = Health::Degraded;
            check.detail += QStringLiteral("; the catalog is empty (the kiosk fills it with the demo catalog)");
        } else {
            check.detail += QStringLiteral("; catalog %1 with %2 procedures").arg(version).arg(procedures);
        }
    }
    return check;
}

HealthCheck StorageChecks::disk(const QString &path)
{
    // The data folder may not exist yet: its nearest existing parent is on the same disk.
    QDir dir = QFileInfo(path).absoluteDir();
    while (!dir.exists() && !dir.isRoot())
        dir.setPath(QFileInfo(dir.absolutePath()).absolutePath());
    const QStorageInfo storage(dir.absolutePath());
    HealthCheck check{QStringLiteral("disk"), Health::Ok, {}, {{QStringLiteral("path"), dir.absolutePath()}}};
    if (!storage.isValid() || !storage.isReady()) {
        check.health = Health::Broken;
        check.detail = QStringLiteral("cannot read the free space of %1").arg(dir.absolutePath());
        return check;
    }
    const qint64 free = storage.bytesAvailable();
    check.values.insert(QStringLiteral("freeBytes"), free);
    check.values.insert(QStringLiteral("totalBytes"), storage.bytesTotal());
    check.detail = QStringLiteral("%1 free of %2 on %3").arg(byteSize(free), byteSize(storage.bytesTotal()),
                                                           storage.rootPath());
    if (free < kDiskBrokenBytes) {
        check.health = Health::Broken;
        check.detail += QStringLiteral(" (below %1: filings may not be saved)").arg(byteSize(kDiskBrokenBytes));
    } else if (free < kDiskDegradedBytes) {
        check.health = Health::Degraded;
        check.detail += QStringLiteral(" (below %1)").arg(byteSize(kDiskDegradedBytes));
    }
    return check;
}

QList<HealthCheck> StorageChecks::outbox(const QString &filingsPath, const QDateTime &now)
{
    HealthCheck backlog{QStringLiteral("outbox"), Health::Ok, {}, {}};
    HealthCheck lastSync{QStringLiteral("sync.last"), Health::Ok, {}, {}};
    const ReadOnlyDatabase db(filingsPath);
    if (!db.isOpen()) {
        for (HealthCheck *check : {&backlog, &lastSync}) {
            check->health = Health::Skipped;
            check->detail = QStringLiteral("no readable filings database (see database.filings)");
        }
        return {backlog, lastSync};
    }

    if (const auto stats = FilingStore::statsOf(db.db()); !stats) {
        backlog.health = Health::Broken;
        backlog.detail = QStringLiteral("cannot read the outbox: %1").arg(stats.error());
    } else {
        backlog.values = {{QStringLiteral("waiting"), stats->queued},
                          {QStringLiteral("failed"), stats->failed},
                          {QStringLiteral("sent"), stats->sent}};
        QStringList parts{QStringLiteral("%1 waiting").arg(stats->queued), QStringLiteral("%1 failed").arg(stats->failed)};
        if (stats->oldestWaiting.isValid()) {
            const qint64 age = stats->oldestWaiting.secsTo(now);
            backlog.values.insert(QStringLiteral("oldestWaitingSeconds"), age);
            backlog.values.insert(QStringLiteral("oldestWaitingFileCode"), stats->oldestWaitingFileCode);
            parts.append(QStringLiteral("oldest %1 waiting for %2").arg(stats->oldestWaitingFileCode, duration(age)));
            if (age > kStaleSeconds)
                backlog.health = Health::Degraded;
        }
        if (stats->failed > 0) {
            backlog.health = Health::Degraded;
            parts.append(QStringLiteral("failed filings need a clerk (motcua outbox list)"));
        }
        backlog.detail = parts.join(QStringLiteral(", "));
    }

    if (const auto at = FilingStore::lastPortalContactOf(db.db()); !at) {
        lastSync.health = Health::Broken;
        lastSync.detail = QStringLiteral("cannot read when the portal last answered: %1").arg(at.error());
    } else if (!at->isValid()) {
        lastSync.health = Health::Degraded;
        lastSync.detail = QStringLiteral("the portal has never answered this kiosk");
    } else {
        const qint64 age = at->secsTo(now);
        lastSync.values = {{QStringLiteral("at"), at->toString(Qt::ISODate)}, {QStringLiteral("ageSeconds"), age}};
        lastSync.detail = QStringLiteral("the portal last answered %1 ago (%2)").arg(duration(age), at->toString(Qt::ISODate));
        if (age > kStaleSeconds)
            lastSync.health = Health::Degraded;
    }
    return {backlog, lastSync};
}

} // namespace motcua
