// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuparchive.h"

#include "database.h"
#include "sqlitebackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace motcua {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kFormat = QStringLiteral("motcua-backup");

// Runs tar with `args`; its standard output, or its complaint.
Result<QByteArray> tar(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("tar"), args);
    if (!process.waitForStarted(10000))
        return Error{QStringLiteral("cannot run tar: %1").arg(process.errorString())};
    process.closeWriteChannel();
    if (process.waitForFinished(600000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return process.readAllStandardOutput();
    // "/usr/bin/tar: This does not look like a tar archive" without the program's name and its
    // closing "Exiting with failure status" line.
    QStringList complaints;
    for (QString line : QString::fromLocal8Bit(process.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts)) {
        line.remove(QRegularExpression(QStringLiteral("^\\S*tar: ")));
        if (!line.startsWith(QLatin1String("Exiting with failure status")))
            complaints.append(line);
    }
    return Error{complaints.isEmpty() ? QStringLiteral("exit status %1").arg(process.exitCode())
                                      : complaints.join(QStringLiteral("; "))};
}

Result<std::pair<qint64, QString>> sizeAndSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{QStringLiteral("cannot read %1").arg(path)};
    return std::pair{file.size(), QString::fromLatin1(hash.result().toHex())};
}

} // namespace

QJsonObject BackupManifest::toJson() const
{
    QJsonArray dbs;
    for (const Database &d : databases)
        dbs.append(QJsonObject{{QStringLiteral("name"), d.name},
                               {QStringLiteral("file"), d.file},
                               {QStringLiteral("schemaVersion"), d.schemaVersion},
                               {QStringLiteral("size"), d.size},
                               {QStringLiteral("sha256"), d.sha256}});
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("formatVersion"), formatVersion},
            {QStringLiteral("appVersion"), appVersion},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("agencyCode"), agencyCode},
            {QStringLiteral("communeName"), communeName},
            {QStringLiteral("databases"), dbs}};
}

Result<BackupManifest> BackupManifest::fromJson(const QByteArray &json, const QString &archive)
{
    const auto bad = [&](const QString &why) {
        return Error{QStringLiteral("%1 is not a MotCua backup: manifest.json %2").arg(archive, why)};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return bad(QStringLiteral("is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return bad(QStringLiteral("has no \"format\": \"%1\"").arg(kFormat));
    BackupManifest m;
    m.formatVersion = o.value(QStringLiteral("formatVersion")).toInt();
    if (m.formatVersion < 1 || m.formatVersion > kFormatVersion)
        return Error{QStringLiteral("%1 is a backup of format version %2; this program reads version %3 (install a "
                                    "newer version of motcua)")
                         .arg(archive)
                         .arg(m.formatVersion)
                         .arg(kFormatVersion)};
    m.appVersion = o.value(QStringLiteral("appVersion")).toString();
    m.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    m.agencyCode = o.value(QStringLiteral("agencyCode")).toString();
    m.communeName = o.value(QStringLiteral("communeName")).toString();
    static const QSet<QString> names{QStringLiteral("catalog"), QStringLiteral("filings"), QStringLiteral("staff")};
    QSet<QString> seen;
    for (const QJsonValue &v : o.value(QStringLiteral("databases")).toArray()) {
        const QJsonObject d = v.toObject();
        Database db{d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("file")).toString(),
                    d.value(QStringLiteral("schemaVersion")).toInt(-1),
                    qint64(d.value(QStringLiteral("size")).toDouble(-1)), d.value(QStringLiteral("sha256")).toString()};
        if (!names.contains(db.name) || seen.contains(db.name) || db.file != db.name + QStringLiteral(".db")
            || db.schemaVersion < 0 || db.size < 0 || db.sha256.size() != 64)
            return bad(QStringLiteral("has a malformed database entry: %1")
                           .arg(QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact))));
        seen.insert(db.name);
        m.databases.append(db);
    }
    if (m.databases.isEmpty())
        return bad(QStringLiteral("lists no database"));
    return m;
}

namespace BackupArchive {

Result<BackupManifest> create(const QList<Source> &sources, BackupManifest meta, const QString &out)
{
    const QFileInfo target(out);
    // Beside the output: the same file system (the rename is atomic), and mode 0700.
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.motcua-backup-XXXXXX"));
    if (!work.isValid())
        return Error{QStringLiteral("cannot write in %1: %2").arg(target.absolutePath(), work.errorString())};
    meta.formatVersion = BackupManifest::kFormatVersion;
    meta.createdAt = QDateTime::currentDateTimeUtc();
    meta.databases.clear();
    QStringList members{kManifest};
    for (const Source &source : sources) {
        const QString file = source.name + QStringLiteral(".db");
        const QString snapshotPath = work.filePath(file);
        auto live = Database::open(source.livePath, QStringLiteral("backup-") + source.name);
        if (!live)
            return Error{live.error()};
        Status taken = SqliteBackup::snapshot(live.value(), snapshotPath);
        Database::close(live.value());
        if (!taken)
            return Error{taken.error()};
        const auto version = SqliteBackup::checkedSchemaVersion(snapshotPath);
        if (!version)
            return Error{version.error()};
        const auto facts = sizeAndSha256(snapshotPath);
        if (!facts)
            return Error{facts.error()};
        meta.databases.append({source.name, file, version.value(), facts->first, facts->second});
        members.append(file);
    }
    QFile manifest(work.filePath(kManifest));
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(QJsonDocument(meta.toJson()).toJson()) < 0)
        return Error{QStringLiteral("cannot write %1: %2").arg(manifest.fileName(), manifest.errorString())};
    manifest.close();
    const QString archive = work.filePath(QStringLiteral("backup.tar"));
    if (auto made = tar(QStringList{QStringLiteral("--create"), QStringLiteral("--file"), archive,
                                    QStringLiteral("--directory"), work.path()}
                        + members);
        !made)
        return Error{QStringLiteral("cannot write the archive: tar: %1").arg(made.error())};
    if (::chmod(QFile::encodeName(archive).constData(), 0600) != 0 || !QFile::exists(archive))
        return Error{QStringLiteral("cannot set the mode of %1").arg(archive)};
    if (::rename(QFile::encodeName(archive).constData(), QFile::encodeName(target.absoluteFilePath()).constData())
        != 0)
        return Error{QStringLiteral("cannot write %1: %2").arg(out, QString::fromLocal8Bit(strerror(errno)))};
    return meta;
}

Result<BackupManifest> open(const QString &archive, const QString &folder, const QHash<QString, int> &newestSchema)
{
    if (!QFileInfo(archive).isFile())
        return Error{QStringLiteral("%1: no such file").arg(archive)};
    const auto listing = tar({QStringLiteral("--list"), QStringLiteral("--file"), archive});
    if (!listing)
        return Error{QStringLiteral("%1 is not a MotCua backup, or is damaged or truncated: tar: %2")
                         .arg(archive, listing.error())};
    const QStringList members = QString::fromUtf8(listing.value()).split(u'\n', Qt::SkipEmptyParts);
    if (!members.contains(kManifest))
        return Error{QStringLiteral("%1 is not a MotCua backup: manifest.json missing").arg(archive)};
    if (auto extracted = tar({QStringLiteral("--extract"), QStringLiteral("--file"), archive, QStringLiteral("--directory"),
                              folder, QStringLiteral("--no-same-owner"), QStringLiteral("--no-same-permissions"),
                              kManifest});
        !extracted)
        return Error{QStringLiteral("%1: cannot extract manifest.json: tar: %2").arg(archive, extracted.error())};
    QFile manifestFile(QDir(folder).filePath(kManifest));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot read manifest.json").arg(archive)};
    auto manifest = BackupManifest::fromJson(manifestFile.readAll(), archive);
    if (!manifest)
        return manifest;
    QStringList expected{kManifest};
    for (const BackupManifest::Database &d : manifest->databases)
        expected.append(d.file);
    QStringList sortedMembers = members, sortedExpected = expected;
    sortedMembers.sort();
    sortedExpected.sort();
    if (sortedMembers != sortedExpected)
        return Error{QStringLiteral("%1 is not a MotCua backup: it holds %2, its manifest lists %3")
                         .arg(archive, sortedMembers.join(QStringLiteral(", ")), sortedExpected.join(QStringLiteral(", ")))};
    if (auto extracted = tar(QStringList{QStringLiteral("--extract"), QStringLiteral("--file"), archive,
                                         QStringLiteral("--directory"), folder, QStringLiteral("--no-same-owner"),
                                         QStringLiteral("--no-same-permissions")}
                             + expected.mid(1));
        !extracted)
        return Error{QStringLiteral("%1 is damaged or truncated: tar: %2").arg(archive, extracted.error())};
    for (const BackupManifest::Database &d : manifest->databases) {
        const QString path = QDir(folder).filePath(d.file);
        const auto facts = sizeAndSha256(path);
        if (!facts)
            return Error{facts.error()};
        if (facts->first != d.size || facts->second != d.sha256)
            return Error{QStringLiteral("%1 is damaged: %2 does not match the size and SHA-256 in manifest.json")
                             .arg(archive, d.file)};
        const auto version = SqliteBackup::checkedSchemaVersion(path);
        if (!version)
            return Error{QStringLiteral("%1 is damaged: %2").arg(archive, version.error())};
        if (version.value() != d.schemaVersion)
            return Error{QStringLiteral("%1 is damaged: %2 is at schema version %3, its manifest says %4")
                             .arg(archive, d.file)
                             .arg(version.value())
                             .arg(d.schemaVersion)};
        const int newest = newestSchema.value(d.name, -1);
        if (d.schemaVersion > newest)
            return Error{QStringLiteral("%1 holds %2 at schema version %3, newer than this program knows (%4): "
                                        "restore it with the version of motcua that made it (%5) or a newer one")
                             .arg(archive, d.file)
                             .arg(d.schemaVersion)
                             .arg(newest)
                             .arg(manifest->appVersion)};
    }
    return manifest;
}

} // namespace BackupArchive

} // namespace motcua
