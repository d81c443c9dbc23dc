// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace motcua {

// What a backup holds (manifest.json in the archive).
struct BackupManifest
{
    static constexpr int kFormatVersion = 1;

    struct Database
    {
        QString name;        // "catalog", "filings", "staff"
        QString file;        // in the archive: name + ".db"
        int schemaVersion = 0;
        qint64 size = 0;
        QString sha256;      // hex
    };

    int formatVersion = kFormatVersion;
    QString appVersion;
    QDateTime createdAt; // UTC
    QString agencyCode;
    QString communeName;
    QList<Database> databases;

    [[nodiscard]] QJsonObject toJson() const;
    // `archive` names the backup in errors.
    [[nodiscard]] static Result<BackupManifest> fromJson(const QByteArray &json, const QString &archive);
};

// One backup file: a tar archive (GNU tar, always on Debian) of manifest.json and a snapshot of
// each database, taken with SQLite's online backup API while the kiosk may be running. The
// file has mode 0600: it holds citizens' personal data (drafts, filings).
namespace BackupArchive {

struct Source
{
    QString name;     // "catalog", "filings", "staff"
    QString livePath; // an existing database file
};

// Snapshots every source and writes the archive to `out` atomically (a temporary folder beside
// it, renamed into place). `meta` gives the app version, agency and commune; the rest is filled.
[[nodiscard]] Result<BackupManifest> create(const QList<Source> &sources, BackupManifest meta, const QString &out);

// Extracts `archive` into `folder` and checks it all: a tar archive holding manifest.json and
// exactly the files it lists, each of its size and SHA-256, each passing PRAGMA integrity_check
// at the schema version the manifest says, and none newer than `newestSchema` (name → the
// newest version this program knows). The snapshots are then folder + "/" + file.
[[nodiscard]] Result<BackupManifest> open(const QString &archive, const QString &folder,
                                          const QHash<QString, int> &newestSchema);

} // namespace BackupArchive

} // namespace motcua
