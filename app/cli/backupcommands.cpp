// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommands.h"

#include "commandline.h"
#include "session/staffschema.h"
#include "storage/backuparchive.h"
#include "storage/database.h"
#include "storage/sqlitebackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QTemporaryDir>

namespace motcua::cli {

namespace {

// One of the kiosk's databases: where it lives, and how a store opens it (creating it and
// bringing its schema up to date).
struct LiveDatabase
{
    QString name;
    QString path;
    int newestSchema = 0;
    std::function<Status()> openStore;
};

template<typename Store>
Status opened(const Result<std::unique_ptr<Store>> &store)
{
    return store ? Status(Done{}) : Status(Error{store.error()});
}

Result<QList<LiveDatabase>> liveDatabases(const CliContext &ctx)
{
    const auto catalog = ctx.databasePath();
    if (!catalog)
        return Error{catalog.error()};
    const auto staff = ctx.staffDatabasePath();
    if (!staff)
        return Error{staff.error()};
    const auto filingsPath = ctx.filingsDatabasePath();
    if (!filingsPath)
        return Error{filingsPath.error()};
    const int staffNewest = staffMigrations().back().version;
    return QList<LiveDatabase>{
        {QStringLiteral("catalog"), catalog.value(), CatalogStore::newestSchemaVersion(),
         [&ctx] { return opened(ctx.openCatalog()); }},
        {QStringLiteral("filings"), filingsPath.value(), FilingStore::newestSchemaVersion(),
         [&ctx] { return opened(ctx.openFilings()); }},
        {QStringLiteral("staff"), staff.value(), staffNewest, [&ctx] { return opened(ctx.openClerkAccounts()); }}};
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString privacyNote()
{
    return QStringLiteral("it holds citizens' personal data (drafts, filings): keep it as safe as the kiosk itself");
}

// The manifest's entries, each with the live database it was taken from.
QJsonArray databasesJson(const BackupManifest &manifest, const QList<LiveDatabase> &live)
{
    QJsonArray array;
    const QJsonArray entries = manifest.toJson().value(QStringLiteral("databases")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject o = entries.at(i).toObject();
        for (const LiveDatabase &l : live)
            if (l.name == manifest.databases.at(i).name)
                o.insert(QStringLiteral("livePath"), l.path);
        array.append(o);
    }
    return array;
}

} // namespace

int runBackupCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral("usage: motcua backup --out FILE");
    const auto cl = CommandLine::parse(args, {QStringLiteral("out")}, {});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    const QString out = cl->option(QStringLiteral("out"));
    if (out.isEmpty() || !cl->positionals.isEmpty())
        return ctx.fail(usage, 2);
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.info=false"));
    const auto live = liveDatabases(ctx);
    if (!live)
        return ctx.fail(live.error());
    QList<BackupArchive::Source> sources;
    for (const LiveDatabase &db : live.value()) {
        // A database the kiosk has not made yet is made now (empty, current schema): every
        // backup holds all three.
        if (auto made = db.openStore(); !made)
            return ctx.fail(made.error());
        sources.append({db.name, db.path});
    }
    BackupManifest meta;
    meta.appVersion = QStringLiteral(MOTCUA_VERSION);
    if (const auto config = ctx.config()) {
        meta.agencyCode = config->agencyCode;
        meta.communeName = config->communeName;
    }
    const auto manifest = BackupArchive::create(sources, meta, out);
    if (!manifest)
        return ctx.fail(QStringLiteral("no backup was written: %1").arg(manifest.error()));
    const QString file = QFileInfo(out).absoluteFilePath();
    ctx.audit(QStringLiteral("backup"), file, QStringLiteral("%1 databases").arg(manifest->databases.size()));
    if (ctx.json) {
        QJsonObject o = manifest->toJson();
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("databases"), databasesJson(manifest.value(), live.value()));
        o.insert(QStringLiteral("warning"), QString(QStringLiteral("mode 0600: ") + privacyNote()));
        ctx.printJson(o);
        return 0;
    }
    QStringList lines{QStringLiteral("backup written to %1").arg(file)};
    for (const BackupManifest::Database &d : manifest->databases)
        lines.append(QStringLiteral("  %1  schema %2  %3  sha256 %4").arg(d.file, -11).arg(d.schemaVersion).arg(sizeText(d.size), d.sha256));
    lines.append(QStringLiteral("mode 0600: %1").arg(privacyNote()));
    ctx.print(lines.join(u'\n'));
    return 0;
}

int runRestoreCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral("usage: motcua restore FILE [--yes]");
    const auto cl = CommandLine::parse(args, {}, {QStringLiteral("yes")});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    if (cl->positionals.size() != 1)
        return ctx.fail(usage, 2);
    const QString archive = cl->positionals.first();
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.info=false"));
    const auto live = liveDatabases(ctx);
    if (!live)
        return ctx.fail(live.error());
    QHash<QString, int> newest;
    for (const LiveDatabase &db : live.value())
        newest.insert(db.name, db.newestSchema);
    QTemporaryDir work;
    if (!work.isValid())
        return ctx.fail(QStringLiteral("cannot make a temporary folder: %1").arg(work.errorString()));
    const auto manifest = BackupArchive::open(archive, work.path(), newest);
    if (!manifest)
        return ctx.fail(manifest.error() + QStringLiteral("\nnothing was restored"), 2);

    QStringList plan{QStringLiteral("backup %1: made %2 by motcua %3 for %4 (%5)")
                         .arg(archive, manifest->createdAt.toString(Qt::ISODate), manifest->appVersion,
                              manifest->agencyCode, manifest->communeName)};
    for (const BackupManifest::Database &d : manifest->databases)
        for (const LiveDatabase &l : live.value())
            if (l.name == d.name)
                plan.append(QStringLiteral("  %1 (schema %2, %3) replaces %4").arg(d.file).arg(d.schemaVersion).arg(sizeText(d.size), l.path));
    if (!cl->has(QStringLiteral("yes"))) {
        if (ctx.json) {
            QJsonObject o = manifest->toJson();
            o.insert(QStringLiteral("file"), QFileInfo(archive).absoluteFilePath());
            o.insert(QStringLiteral("databases"), databasesJson(manifest.value(), live.value()));
            o.insert(QStringLiteral("restored"), QJsonArray());
            ctx.printJson(o);
        } else {
            ctx.print(plan.join(u'\n'));
        }
        return ctx.fail(QStringLiteral("the backup is sound; nothing was changed: run again with --yes to replace "
                                       "these databases (stop the kiosk first if you can)"),
                        2);
    }

    QJsonArray restored;
    QStringList lines{plan.first()};
    for (const BackupManifest::Database &d : manifest->databases) {
        const auto target = std::find_if(live->cbegin(), live->cend(), [&](const LiveDatabase &l) { return l.name == d.name; });
        auto db = Database::open(target->path, QStringLiteral("restore-") + d.name);
        if (!db)
            return ctx.fail(db.error());
        const int before = Database::schemaVersion(db.value());
        Status copied = SqliteBackup::restoreInto(QDir(work.path()).filePath(d.file), db.value());
        Database::close(db.value());
        if (!copied)
            return ctx.fail(QStringLiteral("restoring %1 failed (databases listed above were restored): %2")
                                .arg(target->path, copied.error()));
        // A backup of an older schema is brought up to this program's.
        if (auto migrated = target->openStore(); !migrated)
            return ctx.fail(QStringLiteral("%1 was restored but cannot be opened: %2").arg(target->path, migrated.error()));
        lines.append(QStringLiteral("  restored %1 into %2 (schema %3%4)")
                         .arg(d.file, target->path)
                         .arg(d.schemaVersion)
                         .arg(d.schemaVersion < target->newestSchema
                                  ? QStringLiteral(", migrated to %1").arg(target->newestSchema)
                                  : QString()));
        restored.append(QJsonObject{{QStringLiteral("name"), d.name},
                                    {QStringLiteral("path"), target->path},
                                    {QStringLiteral("schemaBefore"), before},
                                    {QStringLiteral("schemaInBackup"), d.schemaVersion},
                                    {QStringLiteral("schemaNow"), target->newestSchema}});
    }
    ctx.audit(QStringLiteral("restore"), QFileInfo(archive).absoluteFilePath(),
              QStringLiteral("backup made %1 for %2").arg(manifest->createdAt.toString(Qt::ISODate), manifest->agencyCode));
    if (ctx.json) {
        QJsonObject o = manifest->toJson();
        o.insert(QStringLiteral("file"), QFileInfo(archive).absoluteFilePath());
        o.insert(QStringLiteral("restored"), restored);
        ctx.printJson(o);
    } else {
        lines.append(QStringLiteral("restart the kiosk so that it starts from the restored data"));
        ctx.print(lines.join(u'\n'));
    }
    return 0;
}

} // namespace motcua::cli
