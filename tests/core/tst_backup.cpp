// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: SqliteBackup snapshots taken while another connection keeps writing are consistent;
// BackupArchive refuses damaged, truncated, foreign and too-new backups; `motcua backup` and
// `motcua restore` as real processes bring changed databases back to the backup's content and
// leave them untouched when the backup is refused.
#include "catalog/catalogstore.h"
#include "outbox/filingstore.h"
#include "storage/backuparchive.h"
#include "storage/database.h"
#include "storage/sqlitebackup.h"
#include "testsupport.h"
#include "../common/files.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace motcua;
using motcua::test::Cli;
using motcua::test::Run;

namespace {

const QHash<QString, int> kNewest{{QStringLiteral("catalog"), CatalogStore::newestSchemaVersion()},
                                  {QStringLiteral("filings"), FilingStore::newestSchemaVersion()},
                                  {QStringLiteral("staff"), 99}};

// Runs one query on `path` (its own connection) and returns the first column of each row.
QStringList column(const QString &path, const QString &sql)
{
    auto db = Database::open(path, QStringLiteral("test-read"));
    REQUIRE(db.ok());
    QStringList values;
    {
        QSqlQuery q(db.value());
        REQUIRE(q.exec(sql));
        while (q.next())
            values.append(q.value(0).toString());
    }
    Database::close(db.value());
    return values;
}

// Every row of every table but the audit log's (a backup and a restore each add to it).
QString dump(const QString &path)
{
    QString text;
    for (const QString &table :
         column(path, QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                                     "AND name NOT LIKE 'audit%' ORDER BY name"))) {
        QStringList quoted;
        for (const QString &name : column(path, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
            quoted.append(QStringLiteral("quote(\"%1\")").arg(name));
        text += table + u'\n'
                + column(path, QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1").arg(quoted.join(QStringLiteral(" || '|' || ")), table))
                      .join(u'\n')
                + u'\n';
    }
    return text;
}

QString tar(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("tar"), args);
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Unpacks `archive`, lets `change` alter the files in the folder, packs them into `out`.
void repack(const QString &archive, const QString &out, const std::function<void(const QDir &)> &change)
{
    QTemporaryDir work;
    tar({QStringLiteral("-xf"), archive, QStringLiteral("-C"), work.path()});
    change(QDir(work.path()));
    const QStringList files = QDir(work.path()).entryList({QStringLiteral("*.json"), QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    tar(QStringList{QStringLiteral("-cf"), out, QStringLiteral("-C"), work.path()} + files);
}

QJsonObject readManifest(const QDir &dir)
{
    return QJsonDocument::fromJson(test::readFile(dir.filePath(QStringLiteral("manifest.json")))).object();
}

void writeManifest(const QDir &dir, const QJsonObject &manifest)
{
    QFile f(dir.filePath(QStringLiteral("manifest.json")));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(manifest).toJson());
}

// A table of items written in batches of 10, each batch with the running total in the same
// transaction: a consistent copy holds count(items) == total.
struct BusyDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("busy.db"));
    std::atomic<bool> stop{false};
    std::atomic<int> batches{0};
    QThread *writer = nullptr;

    BusyDatabase()
    {
        auto db = Database::open(path, QStringLiteral("setup"));
        REQUIRE(db.ok());
        REQUIRE(Database::exec(db.value(), QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, payload TEXT)")).ok());
        REQUIRE(Database::exec(db.value(), QStringLiteral("CREATE TABLE total(n INTEGER)")).ok());
        REQUIRE(Database::exec(db.value(), QStringLiteral("INSERT INTO total VALUES(0)")).ok());
        REQUIRE(Database::exec(db.value(), QStringLiteral("PRAGMA user_version=3")).ok());
        Database::close(db.value());
        writer = QThread::create([this] {
            auto w = Database::open(path, QStringLiteral("writer"));
            if (!w)
                return;
            while (!stop) {
                (void)Database::transaction(w.value(), [&]() -> Status {
                    for (int i = 0; i < 10; ++i)
                        if (auto r = Database::exec(w.value(), QStringLiteral("INSERT INTO items(payload) VALUES(hex(randomblob(200)))")); !r)
                            return r;
                    return Database::exec(w.value(), QStringLiteral("UPDATE total SET n = n + 10"));
                });
                ++batches;
            }
            Database::close(w.value());
        });
        writer->start();
        REQUIRE(test::waitUntil([this] { return batches > 20; }, 10000));
    }
    ~BusyDatabase()
    {
        stop = true;
        writer->wait();
        delete writer;
    }
};

} // namespace

TEST_CASE("backup: snapshots taken while another connection writes are consistent", "[backup]")
{
    BusyDatabase busy;
    QTemporaryDir out;
    int previous = 0;
    for (int round = 0; round < 3; ++round) {
        const QString archive = out.filePath(QStringLiteral("b%1.tar").arg(round));
        const auto made = BackupArchive::create({{QStringLiteral("filings"), busy.path}}, {}, archive);
        INFO(made.error());
        REQUIRE(made.ok());
        CHECK(QFile::permissions(archive) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        QTemporaryDir unpacked;
        const auto opened = BackupArchive::open(archive, unpacked.path(), kNewest);
        INFO(opened.error());
        REQUIRE(opened.ok());
        REQUIRE(opened->databases.size() == 1);
        CHECK(opened->databases.first().schemaVersion == 3);
        const QString snapshot = unpacked.filePath(QStringLiteral("filings.db"));
        const int count = column(snapshot, QStringLiteral("SELECT count(*) FROM items")).first().toInt();
        CHECK(count == column(snapshot, QStringLiteral("SELECT n FROM total")).first().toInt());
        CHECK(count % 10 == 0);
        CHECK(count > previous); // the writer went on meanwhile
        previous = count;
        QThread::msleep(30);
    }
    // The writer was never stopped by the copies.
    const int before = busy.batches;
    CHECK(test::waitUntil([&] { return busy.batches > before + 5; }, 5000));
}

TEST_CASE("backup: damaged, truncated, foreign and too new backups are refused", "[backup]")
{
    test::TempCatalog catalog;
    QTemporaryDir out;
    const QString archive = out.filePath(QStringLiteral("good.tar"));
    REQUIRE(BackupArchive::create({{QStringLiteral("catalog"), catalog.dbPath()}}, {}, archive).ok());
    const auto refusal = [&](const QString &file) {
        QTemporaryDir unpacked;
        const auto opened = BackupArchive::open(file, unpacked.path(), kNewest);
        REQUIRE_FALSE(opened.ok());
        return opened.error();
    };
    {
        QTemporaryDir unpacked;
        REQUIRE(BackupArchive::open(archive, unpacked.path(), kNewest).ok());
    }

    const QString truncated = out.filePath(QStringLiteral("truncated.tar"));
    {
        QFile f(truncated);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(test::readFile(archive).left(QFileInfo(archive).size() / 2));
    }
    CHECK(refusal(truncated).contains(QStringLiteral("damaged or truncated")));

    const QString text = out.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a backup at all\n");
    }
    CHECK(refusal(text).startsWith(QStringLiteral("%1 is not a MotCua backup").arg(text)));

    const QString noManifest = out.filePath(QStringLiteral("nomanifest.tar"));
    repack(archive, noManifest, [](const QDir &dir) { QFile::remove(dir.filePath(QStringLiteral("manifest.json"))); });
    CHECK(refusal(noManifest) == QStringLiteral("%1 is not a MotCua backup: manifest.json missing").arg(noManifest));

    const QString badSum = out.filePath(QStringLiteral("badsum.tar"));
    repack(archive, badSum, [](const QDir &dir) {
        QJsonObject m = readManifest(dir);
        QJsonArray dbs = m.value(QStringLiteral("databases")).toArray();
        QJsonObject db = dbs.at(0).toObject();
        QString sum = db.value(QStringLiteral("sha256")).toString();
        sum[0] = sum.at(0) == u'0' ? u'1' : u'0';
        db.insert(QStringLiteral("sha256"), sum);
        dbs.replace(0, db);
        m.insert(QStringLiteral("databases"), dbs);
        writeManifest(dir, m);
    });
    CHECK(refusal(badSum) == QStringLiteral("%1 is damaged: catalog.db does not match the size and SHA-256 in manifest.json").arg(badSum));

    const QString flipped = out.filePath(QStringLiteral("flipped.tar"));
    repack(archive, flipped, [](const QDir &dir) {
        QFile f(dir.filePath(QStringLiteral("catalog.db")));
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(5000);
        const char byte = f.read(1).at(0);
        f.seek(5000);
        f.write(QByteArray(1, char(byte ^ 0x5a)));
    });
    CHECK(refusal(flipped).contains(QStringLiteral("catalog.db does not match")));

    const QString newer = out.filePath(QStringLiteral("newer.tar"));
    repack(archive, newer, [](const QDir &dir) {
        const QString db = dir.filePath(QStringLiteral("catalog.db"));
        column(db, QStringLiteral("PRAGMA user_version=%1").arg(CatalogStore::newestSchemaVersion() + 1));
        column(db, QStringLiteral("PRAGMA journal_mode=DELETE"));
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        QJsonObject m = readManifest(dir);
        QJsonArray dbs = m.value(QStringLiteral("databases")).toArray();
        QJsonObject entry = dbs.at(0).toObject();
        entry.insert(QStringLiteral("schemaVersion"), CatalogStore::newestSchemaVersion() + 1);
        entry.insert(QStringLiteral("size"), f.size());
        entry.insert(QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex()));
        dbs.replace(0, entry);
        m.insert(QStringLiteral("databases"), dbs);
        writeManifest(dir, m);
    });
    CHECK(refusal(newer).contains(QStringLiteral("catalog.db at schema version %1, newer than this program knows (%2)")
                                      .arg(CatalogStore::newestSchemaVersion() + 1)
                                      .arg(CatalogStore::newestSchemaVersion())));
}

TEST_CASE("cli: backup, then restore brings changed databases back; a refused backup changes nothing", "[backup][cli]")
{
    Cli shell;
    // Only this (empty) config: a kiosk installed on this machine (/etc/motcua/kiosk.conf) and its
    // databases stay out of the test.
    const QString config = test::writeFile(shell.dir.filePath(QStringLiteral("kiosk.conf")), "[kiosk]\n");
    const auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
        return shell(QStringList{QStringLiteral("--config"), config} + args, input);
    };
    const QString filings = shell.dir.filePath(QStringLiteral("data/motcua/filings.db"));
    const QString staff = shell.dir.filePath(QStringLiteral("data/motcua/staff.db"));
    REQUIRE(cli({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("Lan"), QStringLiteral("--role"),
                 QStringLiteral("clerk")},
                "2468\n")
                .exitCode == 0);
    {
        auto store = FilingStore::open(filings);
        REQUIRE(store.ok());
        REQUIRE(store.value()->createDraft(QStringLiteral("1.001193"), 1).ok());
    }
    const QString archive = shell.dir.filePath(QStringLiteral("backups/kiosk.tar"));
    QDir().mkpath(QFileInfo(archive).absolutePath());
    const Run backedUp = cli({QStringLiteral("backup"), QStringLiteral("--out"), archive});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    CHECK(backedUp.out.contains(QStringLiteral("backup written to %1").arg(archive)));
    CHECK(backedUp.out.contains(QStringLiteral("mode 0600: it holds citizens' personal data")));
    CHECK(QFile::permissions(archive) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(tar({QStringLiteral("-tf"), archive}).split(u'\n', Qt::SkipEmptyParts)
          == QStringList{QStringLiteral("manifest.json"), QStringLiteral("catalog.db"), QStringLiteral("filings.db"),
                         QStringLiteral("staff.db")});
    const QString catalogAtBackup = dump(shell.db()), filingsAtBackup = dump(filings), staffAtBackup = dump(staff);

    // Everything changes after the backup.
    REQUIRE(cli({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("Minh"), QStringLiteral("--role"),
                 QStringLiteral("technician")},
                "13579\n")
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("catalog"), QStringLiteral("import"), test::dataPath(QStringLiteral("mini-catalog.json"))})
                .exitCode == 0);
    {
        auto store = FilingStore::open(filings);
        REQUIRE(store.ok());
        REQUIRE(store.value()->createDraft(QStringLiteral("1.004873"), 1).ok());
    }
    const QString catalogChanged = dump(shell.db()), filingsChanged = dump(filings), staffChanged = dump(staff);
    REQUIRE(catalogChanged != catalogAtBackup);
    REQUIRE(filingsChanged != filingsAtBackup);
    REQUIRE(staffChanged != staffAtBackup);

    SECTION("without --yes it only checks and says what it would replace")
    {
        const Run asked = cli({QStringLiteral("restore"), archive});
        CHECK(asked.exitCode == 2);
        CHECK(asked.out.contains(QStringLiteral("filings.db (schema %1").arg(FilingStore::newestSchemaVersion())));
        CHECK(asked.out.contains(QStringLiteral("replaces %1").arg(filings)));
        CHECK(asked.err.contains(QStringLiteral("run again with --yes")));
        CHECK(dump(staff) == staffChanged);
    }
    SECTION("a damaged backup is refused and the live databases stay as they are")
    {
        const QString damaged = shell.dir.filePath(QStringLiteral("damaged.tar"));
        repack(archive, damaged, [](const QDir &dir) {
            QFile f(dir.filePath(QStringLiteral("staff.db")));
            REQUIRE(f.open(QIODevice::Append));
            f.write("trailing garbage");
        });
        const Run refused = cli({QStringLiteral("restore"), damaged, QStringLiteral("--yes")});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("staff.db does not match the size and SHA-256 in manifest.json")));
        CHECK(refused.err.contains(QStringLiteral("nothing was restored")));
        CHECK(dump(shell.db()) == catalogChanged);
        CHECK(dump(filings) == filingsChanged);
        CHECK(dump(staff) == staffChanged);
    }
    SECTION("with --yes each database holds the backup's content again")
    {
        const Run restored = cli({QStringLiteral("--json"), QStringLiteral("restore"), archive, QStringLiteral("--yes")});
        const QJsonObject out = test::jsonOutput(restored);
        CHECK(out.value(QStringLiteral("restored")).toArray().size() == 3);
        CHECK(dump(shell.db()) == catalogAtBackup);
        CHECK(dump(filings) == filingsAtBackup);
        CHECK(dump(staff) == staffAtBackup);
        // The restore is in the (restored) audit log, whose chain still holds.
        const Run audit = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        CHECK(audit.out.contains(QStringLiteral("\"restore\"")));
        CHECK(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
    }
}
