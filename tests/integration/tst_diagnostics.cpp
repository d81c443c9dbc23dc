// SPDX-License-Identifier: GPL-3.0-or-later
// `motcua diagnostics` as a technician runs it: the real binary against real databases in a
// temporary folder and the real motcua-portal-sim on loopback — healthy, portal stopped, token
// refused, clock wrong, a corrupted database, a missing one (never created), a bad command
// line; and the last portal contact SyncEngine records for it.
#include "cliprocess.h"
#include "samplefiling.h"
#include "syncrig.h"

#include "catalog/catalogstore.h"
#include "outbox/filingstore.h"
#include "session/clerkaccounts.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <memory>

std::ostream &operator<<(std::ostream &os, const QString &s);

using namespace motcua;
using motcua::test::CliRun;
using motcua::test::PortalSim;

namespace {

const QStringList kCheckIds{
    QStringLiteral("config"),  QStringLiteral("version"),    QStringLiteral("database.catalog"),
    QStringLiteral("database.filings"), QStringLiteral("database.staff"), QStringLiteral("disk"),
    QStringLiteral("outbox"),  QStringLiteral("sync.last"),  QStringLiteral("portal"),
    QStringLiteral("portal.tls"), QStringLiteral("clock"),   QStringLiteral("camera"),
    QStringLiteral("printer"), QStringLiteral("voice")};

// What sampleSubmission() holds of the citizen: none of it may reach the output.
const QStringList kPersonalData{QStringLiteral("Đặng Thị Thu"), QStringLiteral("001188089012"),
                                QStringLiteral("0977888999")};

// A kiosk in a temporary folder: seeded catalog, filings (one waiting, with personal data),
// staff accounts, a config naming a sim; no camera, printer or voice (n/a).
struct Kiosk
{
    QTemporaryDir dir;
    std::unique_ptr<PortalSim> sim;
    QString waitingFileCode;

    explicit Kiosk(const QStringList &simArguments = {}, const QString &token = QStringLiteral("demo-token"))
        : sim(std::make_unique<PortalSim>(simArguments))
    {
        REQUIRE(dir.isValid());
        INFO(sim->error());
        REQUIRE(sim->isRunning());
        REQUIRE(CatalogStore::openSeeded(path("catalog.db")).ok());
        REQUIRE(ClerkAccounts::open(path("staff.db")).ok());
        writeConfig(token);
    }

    [[nodiscard]] QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

    void writeConfig(const QString &token, const QByteArray &extra = {}) const
    {
        QFile file(path("kiosk.conf"));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[kiosk]\nportal_url=" + sim->baseUrl().toString().toUtf8() + "\nportal_token=" + token.toUtf8()
                   + "\ncamera=none\nvoice_engine=none\n" + extra);
    }

    // A filing received now, waiting in the outbox.
    void fileOne()
    {
        auto store = FilingStore::open(path("filings.db"));
        REQUIRE(store.ok());
        Submission s = test::sampleSubmission(0);
        s.receivedAt = QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Ho_Chi_Minh"));
        const auto filed = store.value()->submit({}, s);
        INFO(filed.error());
        REQUIRE(filed.ok());
        waitingFileCode = filed->fileCode;
    }

    [[nodiscard]] QStringList globalOptions() const
    {
        return {QStringLiteral("--config"), path("kiosk.conf"),   QStringLiteral("--db"),       path("catalog.db"),
                QStringLiteral("--filings-db"), path("filings.db"), QStringLiteral("--staff-db"), path("staff.db")};
    }

    [[nodiscard]] CliRun run(const QStringList &arguments) const
    {
        return test::runCli(globalOptions() + arguments, dir.path());
    }

    // `motcua --json diagnostics`: the exit code and the report.
    [[nodiscard]] std::pair<int, QJsonObject> diagnose() const
    {
        const CliRun r = run({QStringLiteral("--json"), QStringLiteral("diagnostics")});
        INFO(r.err.toStdString());
        INFO(r.out.toStdString());
        const QJsonObject report = r.json();
        REQUIRE_FALSE(report.isEmpty());
        return {r.exitCode, report};
    }

    void sync() const
    {
        const CliRun r = run({QStringLiteral("sync"), QStringLiteral("--once")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
};

QJsonObject checkOf(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &check : report.value(QStringLiteral("checks")).toArray()) {
        if (check[QStringLiteral("id")].toString() == id)
            return check.toObject();
    }
    FAIL("no check " << id.toStdString());
    return {};
}

QString statusOf(const QJsonObject &report, const QString &id)
{
    return checkOf(report, id).value(QStringLiteral("status")).toString();
}

} // namespace

TEST_CASE("diagnostics: a healthy kiosk, with no personal data in the report", "[diagnostics]")
{
    Kiosk kiosk;
    kiosk.sync(); // the portal answers: recorded for sync.last
    kiosk.fileOne();
    const auto [exitCode, report] = kiosk.diagnose();
    INFO(QJsonDocument(report).toJson().toStdString());
    CHECK(exitCode == 0);
    CHECK(report.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(report.value(QStringLiteral("version")).toString() == QStringLiteral(MOTCUA_VERSION));
    QStringList ids;
    for (const QJsonValue &check : report.value(QStringLiteral("checks")).toArray())
        ids.append(check[QStringLiteral("id")].toString());
    CHECK(ids == kCheckIds);
    for (const char *id : {"config", "version", "database.catalog", "database.filings", "database.staff", "disk",
                           "outbox", "sync.last", "portal", "clock"})
        CHECK(statusOf(report, QLatin1String(id)) == QStringLiteral("ok"));
    for (const char *id : {"portal.tls", "camera", "printer", "voice"})
        CHECK(statusOf(report, QLatin1String(id)) == QStringLiteral("n/a"));
    const QJsonObject catalog = checkOf(report, QStringLiteral("database.catalog"));
    CHECK(catalog.value(QStringLiteral("procedures")).toInt() > 0);
    CHECK_FALSE(catalog.value(QStringLiteral("catalogVersion")).toString().isEmpty());
    CHECK(checkOf(report, QStringLiteral("database.filings")).value(QStringLiteral("sizeBytes")).toInteger()
          == QFileInfo(kiosk.path("filings.db")).size() + QFileInfo(kiosk.path("filings.db-wal")).size());
    const QJsonObject outbox = checkOf(report, QStringLiteral("outbox"));
    CHECK(outbox.value(QStringLiteral("waiting")).toInt() == 1);
    CHECK(outbox.value(QStringLiteral("oldestWaitingFileCode")).toString() == kiosk.waitingFileCode);
    CHECK(outbox.value(QStringLiteral("oldestWaitingSeconds")).toInteger() < 60);
    CHECK(std::abs(checkOf(report, QStringLiteral("clock")).value(QStringLiteral("skewSeconds")).toInteger()) <= 2);

    const CliRun plain = kiosk.run({QStringLiteral("diagnostics")});
    CHECK(plain.exitCode == 0);
    const QString text = QString::fromUtf8(plain.out);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("\nok       database filings   integrity ok, ")));
    CHECK(text.contains(kiosk.waitingFileCode));
    CHECK(text.trimmed().section(u'\n', -1).startsWith(QStringLiteral("healthy: 10 ok, 0 degraded, 0 broken")));
    for (const QString &personal : kPersonalData) {
        CHECK_FALSE(text.contains(personal));
        CHECK_FALSE(QString::fromUtf8(QJsonDocument(report).toJson()).contains(personal));
    }
}

TEST_CASE("diagnostics: the last portal answer is recorded by a real sync and shown", "[diagnostics]")
{
    Kiosk kiosk;
    kiosk.fileOne();
    const auto [before, never] = kiosk.diagnose();
    CHECK(before == 1);
    CHECK(statusOf(never, QStringLiteral("sync.last")) == QStringLiteral("degraded"));
    CHECK(checkOf(never, QStringLiteral("sync.last")).value(QStringLiteral("detail")).toString().contains(QStringLiteral("never")));

    const QDateTime syncedFrom = QDateTime::currentDateTimeUtc().addSecs(-1);
    kiosk.sync();
    const auto [after, report] = kiosk.diagnose();
    CHECK(after == 0);
    const QJsonObject last = checkOf(report, QStringLiteral("sync.last"));
    CHECK(last.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    const QDateTime at = QDateTime::fromString(last.value(QStringLiteral("at")).toString(), Qt::ISODate);
    CHECK(at >= syncedFrom);
    CHECK(at <= QDateTime::currentDateTimeUtc());
    CHECK(checkOf(report, QStringLiteral("outbox")).value(QStringLiteral("waiting")).toInt() == 0); // it was sent
}

TEST_CASE("diagnostics: SyncEngine records each round the portal answers", "[diagnostics]")
{
    test::Rig rig;
    CHECK_FALSE(rig.store->lastPortalContact().value().isValid());
    const QDateTime from = QDateTime::currentDateTimeUtc().addMSecs(-10);
    rig.file(1);
    CHECK(rig.round().sent == 1);
    const QDateTime first = rig.store->lastPortalContact().value();
    CHECK(first >= from);
    REQUIRE(rig.sim.setFaults({{QStringLiteral("script"), QJsonArray{QStringLiteral("503")}}}));
    CHECK_FALSE(rig.round().reachable);
    CHECK(rig.store->lastPortalContact().value() == first); // a refused ping is no contact
    CHECK(rig.round().reachable);
    CHECK(rig.store->lastPortalContact().value() > first);
}

TEST_CASE("diagnostics: the portal stopped is degraded, not broken", "[diagnostics]")
{
    Kiosk kiosk;
    kiosk.sync();
    kiosk.sim.reset();
    const auto [exitCode, report] = kiosk.diagnose();
    CHECK(exitCode == 1);
    CHECK(report.value(QStringLiteral("status")).toString() == QStringLiteral("degraded"));
    CHECK(statusOf(report, QStringLiteral("portal")) == QStringLiteral("degraded"));
    CHECK(checkOf(report, QStringLiteral("portal")).value(QStringLiteral("detail")).toString().contains(QStringLiteral("unreachable")));
    CHECK(statusOf(report, QStringLiteral("clock")) == QStringLiteral("skipped"));
    CHECK(statusOf(report, QStringLiteral("sync.last")) == QStringLiteral("ok"));
}

TEST_CASE("diagnostics: a refused token is broken", "[diagnostics]")
{
    Kiosk kiosk({QStringLiteral("--token"), QStringLiteral("the-portal-token")}, QStringLiteral("demo-token"));
    const auto [exitCode, report] = kiosk.diagnose();
    CHECK(exitCode == 2);
    CHECK(report.value(QStringLiteral("status")).toString() == QStringLiteral("broken"));
    const QJsonObject portal = checkOf(report, QStringLiteral("portal"));
    CHECK(portal.value(QStringLiteral("status")).toString() == QStringLiteral("broken"));
    CHECK(portal.value(QStringLiteral("httpStatus")).toInt() == 401);
    CHECK(portal.value(QStringLiteral("detail")).toString().contains(QStringLiteral("token rejected")));
}

TEST_CASE("diagnostics: a clock 10 minutes off is degraded, 2 hours off broken", "[diagnostics]")
{
    {
        Kiosk kiosk({QStringLiteral("--clock-offset"), QStringLiteral("600")});
        kiosk.sync();
        const auto [exitCode, report] = kiosk.diagnose();
        const QJsonObject clock = checkOf(report, QStringLiteral("clock"));
        CHECK(exitCode == 1);
        CHECK(clock.value(QStringLiteral("status")).toString() == QStringLiteral("degraded"));
        CHECK(std::abs(clock.value(QStringLiteral("skewSeconds")).toInteger() + 600) <= 2); // the kiosk is behind
        CHECK(clock.value(QStringLiteral("detail")).toString().contains(QStringLiteral("behind")));
    }
    Kiosk kiosk({QStringLiteral("--clock-offset"), QStringLiteral("-7200")});
    const auto [exitCode, report] = kiosk.diagnose();
    CHECK(exitCode == 2);
    CHECK(statusOf(report, QStringLiteral("clock")) == QStringLiteral("broken"));
}

TEST_CASE("diagnostics: a corrupted filings database is broken, with the integrity problem", "[diagnostics]")
{
    Kiosk kiosk;
    {
        auto store = FilingStore::open(kiosk.path("filings.db"));
        REQUIRE(store.ok());
        for (int i = 0; i < 50; ++i) {
            Submission s = test::sampleSubmission(i);
            s.answers.insert(QStringLiteral("note"), QString(2000, u'x'));
            REQUIRE(store.value()->submit({}, s).ok());
        }
    } // closed: the write-ahead log is checkpointed into the file
    QFile file(kiosk.path("filings.db"));
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 16 * 4096);
    REQUIRE(file.seek(size / 2 / 4096 * 4096)); // a whole page in the middle
    file.write(QByteArray(4096, '\xA5'));
    file.close();

    const auto [exitCode, report] = kiosk.diagnose();
    CHECK(exitCode == 2);
    const QJsonObject filings = checkOf(report, QStringLiteral("database.filings"));
    INFO(filings.value(QStringLiteral("detail")).toString().toStdString());
    CHECK(filings.value(QStringLiteral("status")).toString() == QStringLiteral("broken"));
    CHECK(filings.value(QStringLiteral("detail")).toString().contains(QStringLiteral("integrity check failed")));
    CHECK(statusOf(report, QStringLiteral("database.catalog")) == QStringLiteral("ok"));
}

TEST_CASE("diagnostics: a missing database is reported, never created", "[diagnostics]")
{
    Kiosk kiosk;
    REQUIRE(QFile::remove(kiosk.path("staff.db")));
    const QString filings = kiosk.path("filings.db");
    REQUIRE_FALSE(QFileInfo::exists(filings)); // nothing filed in this one
    const auto [exitCode, report] = kiosk.diagnose();
    CHECK(exitCode == 1);
    for (const char *id : {"database.staff", "database.filings"}) {
        const QJsonObject check = checkOf(report, QLatin1String(id));
        CHECK(check.value(QStringLiteral("status")).toString() == QStringLiteral("degraded"));
        CHECK(check.value(QStringLiteral("detail")).toString().contains(QStringLiteral("does not exist")));
    }
    CHECK(statusOf(report, QStringLiteral("outbox")) == QStringLiteral("skipped"));
    // Nothing made beside the catalog either (files root would own, that the kiosk could not open).
    for (const char *name : {"staff.db", "staff.db-wal", "staff.db-shm", "filings.db", "filings.db-wal",
                             "catalog.db-wal", "catalog.db-shm"})
        CHECK_FALSE(QFileInfo::exists(kiosk.path(name)));
    CHECK(statusOf(report, QStringLiteral("database.catalog")) == QStringLiteral("ok"));
}

TEST_CASE("diagnostics: an invalid config is broken and names the problem", "[diagnostics]")
{
    Kiosk kiosk;
    kiosk.writeConfig(QStringLiteral("demo-token"), "idle_timeout_seconds=5\n");
    const auto [exitCode, report] = kiosk.diagnose();
    CHECK(exitCode == 2);
    const QJsonObject config = checkOf(report, QStringLiteral("config"));
    CHECK(config.value(QStringLiteral("status")).toString() == QStringLiteral("broken"));
    CHECK(config.value(QStringLiteral("detail")).toString().contains(QStringLiteral("idle_timeout_seconds")));
    CHECK(statusOf(report, QStringLiteral("portal")) == QStringLiteral("skipped"));
    CHECK(statusOf(report, QStringLiteral("database.catalog")) == QStringLiteral("ok")); // --db given
}

TEST_CASE("diagnostics: a wrong command line exits 3, not a health code", "[diagnostics]")
{
    Kiosk kiosk;
    for (const QStringList &args : {QStringList{QStringLiteral("diagnostics"), QStringLiteral("--bogus")},
                                    QStringList{QStringLiteral("diagnostics"), QStringLiteral("extra")}}) {
        const CliRun r = kiosk.run(args);
        INFO(args.join(u' ').toStdString());
        CHECK(r.exitCode == 3);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("usage: motcua diagnostics")));
        CHECK(r.out.isEmpty());
    }
    const CliRun noValue = test::runCli({QStringLiteral("diagnostics"), QStringLiteral("--config")}, kiosk.dir.path());
    CHECK(noValue.exitCode == 3);
}
