// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's outbox against the real motcua-portal-sim on loopback: filings reach the portal
// exactly once through every kind of fault, permanent errors wait for the clerk, Retry-After is
// honoured, personal data goes once the portal has it, and a sync killed at any moment loses
// nothing and duplicates nothing.
#include "simprocess.h"
#include "syncrig.h"

#include "outbox/filingstore.h"
#include "samplefiling.h"
#include "outbox/portalclient.h"
#include "outbox/statuslookup.h"
#include "outbox/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

using namespace motcua;
using motcua::test::PortalSim;
using motcua::test::Rig;

TEST_CASE("sync: filings reach the portal once, oldest first, photos included; personal data purged after the ack",
          "[sync]")
{
    Rig rig;
    const QStringList codes = rig.file(3);
    const auto summary = rig.round();
    CHECK(summary.reachable);
    CHECK(summary.sent == 3);
    CHECK(summary.remaining == 0);
    CHECK(rig.engine->state() == QStringLiteral("idle"));
    CHECK(rig.sim.stats().value(QStringLiteral("filings")).toInt() == 3);
    for (int i = 0; i < 3; ++i) {
        const Filing f = rig.filing(codes.at(i));
        CHECK(f.status == QStringLiteral("sent"));
        CHECK(f.attempts == 1);
        CHECK(f.delivery.portalId == QStringLiteral("P-%1").arg(i + 1, 6, 10, QLatin1Char('0'))); // in order
        CHECK(f.delivery.sentAt.isValid());
        // Retention 0: only what statistics and the status lookup need stays.
        CHECK(f.delivery.purgedAt.isValid());
        CHECK(f.submission.applicantName.isEmpty());
        CHECK(f.submission.applicantIdNumber.isEmpty());
        CHECK(f.submission.answers.isEmpty());
        CHECK(f.submission.procedureCode == QStringLiteral("2.000815"));
        CHECK(f.payment.amount == 14000);
    }
    CHECK(rig.store->attachmentsOfFiling(rig.filing(codes.at(0)).id)->isEmpty());
    // The portal got the photo, whole.
    const auto atPortal = rig.sim.api("GET", QStringLiteral("/api/v1/filings/") + codes.at(0));
    CHECK(atPortal.status == 200);
    CHECK(summary.checked == 3); // statuses read back in the same round
    CHECK(rig.filing(codes.at(0)).delivery.portalStatus == QStringLiteral("received"));
    // Nothing of the citizen in the simulator's log either way.
    CHECK_FALSE(rig.sim.log().contains("001188089012"));
}

TEST_CASE("sync: personal data left by a kill between the ack and its purge goes at the next round", "[sync]")
{
    Rig rig;
    const QString code = rig.file(1).first();
    const Filing filing = rig.filing(code);
    // As a process killed right after storing the acknowledgement leaves it.
    REQUIRE(rig.store->markSending(filing.id).ok());
    REQUIRE(rig.store->markSent(filing.id, {{QStringLiteral("portalId"), QStringLiteral("P-9")}}).ok());
    CHECK(rig.filing(code).submission.applicantName == QStringLiteral("Đặng Thị Thu"));
    const auto summary = rig.round(); // nothing to send
    CHECK(summary.sent == 0);
    CHECK(rig.filing(code).delivery.purgedAt.isValid());
    CHECK(rig.filing(code).submission.applicantName.isEmpty());
}

TEST_CASE("sync: with retention_days the personal data stays after the ack", "[sync]")
{
    SyncEngine::Settings keep = Rig::quiet();
    keep.retentionDays = 7;
    Rig rig({}, keep);
    const QString code = rig.file(1).first();
    CHECK(rig.round().sent == 1);
    const Filing f = rig.filing(code);
    CHECK(f.status == QStringLiteral("sent"));
    CHECK_FALSE(f.delivery.purgedAt.isValid());
    CHECK(f.submission.applicantName == QStringLiteral("Đặng Thị Thu"));
    CHECK(rig.store->purgeSent(QDateTime::currentDateTimeUtc()).value() == 1); // the day comes
    CHECK(rig.filing(code).submission.applicantName.isEmpty());
}

TEST_CASE("sync: 500, 503 and 429 defer the filing with back-off; Retry-After is honoured; others go on",
          "[sync][faults]")
{
    Rig rig({QStringLiteral("--retry-after"), QStringLiteral("120")});
    const QStringList codes = rig.file(3);
    // ping ok; first filing 503, second 429 (Retry-After 120 s), third ok.
    REQUIRE(rig.sim.setFaults({{QStringLiteral("script"), QJsonArray{QStringLiteral("ok"), QStringLiteral("503"),
                                                                      QStringLiteral("429"), QStringLiteral("ok")}},
                               {QStringLiteral("retryAfter"), 120}}));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto summary = rig.round();
    CHECK(summary.sent == 1);
    CHECK(summary.deferred == 2);
    CHECK(summary.remaining == 2);
    const Filing unavailable = rig.filing(codes.at(0));
    CHECK(unavailable.status == QStringLiteral("queued"));
    CHECK(unavailable.delivery.lastError.startsWith(QStringLiteral("HTTP 503")));
    // The first back-off: 5 s (no jitter here).
    CHECK(before.msecsTo(unavailable.delivery.nextAttemptAt) >= 4900);
    CHECK(before.msecsTo(unavailable.delivery.nextAttemptAt) < 60000);
    const Filing limited = rig.filing(codes.at(1));
    CHECK(limited.delivery.lastError.startsWith(QStringLiteral("HTTP 429")));
    CHECK(before.secsTo(limited.delivery.nextAttemptAt) >= 119);
    CHECK(rig.filing(codes.at(2)).status == QStringLiteral("sent"));

    // Not due yet: a round sends nothing; once due, both go.
    CHECK(rig.round().sent == 0);
    REQUIRE(rig.store->makeAllDue().ok());
    CHECK(rig.round().sent == 2);
    CHECK(rig.filing(codes.at(0)).attempts == 2);
    CHECK(rig.sim.stats().value(QStringLiteral("filings")).toInt() == 3);
}

TEST_CASE("sync: back-off doubles from 5 s, is capped at 15 min, and jitters within ±20 %", "[sync]")
{
    SyncEngine::Settings s;
    CHECK(SyncEngine::backoffMs(1, s, 0.5) == 5000);
    CHECK(SyncEngine::backoffMs(2, s, 0.5) == 10000);
    CHECK(SyncEngine::backoffMs(5, s, 0.5) == 80000);
    CHECK(SyncEngine::backoffMs(40, s, 0.5) == 900000);
    CHECK(SyncEngine::backoffMs(1, s, 0.0) == 4000);
    CHECK(SyncEngine::backoffMs(1, s, 1.0) == 6000);
}

TEST_CASE("sync: a dropped connection or no answer ends the round, the filing waits; an unreachable portal marks nothing",
          "[sync][faults]")
{
    SECTION("dropped")
    {
        Rig rig;
        const QStringList codes = rig.file(2);
        // ping ok; the POST dropped, and dropped again on the network stack's own resend.
        REQUIRE(rig.sim.setFaults({{QStringLiteral("script"),
                                    QJsonArray{QStringLiteral("ok"), QStringLiteral("drop"), QStringLiteral("drop")}}}));
        const auto summary = rig.round();
        CHECK(summary.deferred == 1);
        CHECK(summary.remaining == 2); // the round stopped: the second was not tried
        CHECK(rig.engine->state() == QStringLiteral("offline"));
        CHECK(rig.filing(codes.at(0)).delivery.lastError.startsWith(QStringLiteral("network:")));
        CHECK(rig.filing(codes.at(1)).attempts == 0);
    }
    SECTION("never answered")
    {
        Rig rig({}, Rig::quiet(), 800);
        const QString code = rig.file(1).first();
        REQUIRE(rig.sim.setFaults({{QStringLiteral("script"), QJsonArray{QStringLiteral("ok"), QStringLiteral("timeout")}}}));
        QElapsedTimer clock;
        clock.start();
        const auto summary = rig.round();
        CHECK(clock.elapsed() < 10000);
        CHECK(summary.deferred == 1);
        CHECK(rig.filing(code).delivery.lastError.contains(QStringLiteral("no reply within")));
        CHECK(rig.filing(code).status == QStringLiteral("queued"));
    }
    SECTION("portal down")
    {
        QTemporaryDir dir;
        auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
        REQUIRE(store->submit({}, test::sampleSubmission(1)).ok());
        // A port nothing listens on.
        PortalClient client({QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("t"), {}, {}, 2000});
        SyncEngine engine(store.get(), &client, Rig::quiet());
        bool done = false;
        SyncEngine::RoundSummary summary;
        engine.runRound([&](const SyncEngine::RoundSummary &s) {
            summary = s;
            done = true;
        });
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        REQUIRE(done);
        CHECK_FALSE(summary.reachable);
        CHECK(summary.remaining == 1);
        CHECK(engine.state() == QStringLiteral("offline"));
        CHECK(engine.statusText() == QStringLiteral("Mất kết nối · 1 hồ sơ chờ gửi"));
        CHECK(store->filings().value().first().attempts == 0); // the probe failed: nothing was tried
    }
}

TEST_CASE("sync: a reply lost after the portal stored the filing: the resend gets the same receipt, one record",
          "[sync][faults]")
{
    Rig rig;
    const QString code = rig.file(1).first();
    REQUIRE(rig.sim.setFaults({{QStringLiteral("script"), QJsonArray{QStringLiteral("ok"), QStringLiteral("lost-reply"),
                                                                      QStringLiteral("lost-reply")}}}));
    CHECK(rig.round().deferred == 1);
    CHECK(rig.filing(code).status == QStringLiteral("queued"));
    CHECK(rig.sim.stats().value(QStringLiteral("filings")).toInt() == 1); // stored nonetheless
    REQUIRE(rig.store->makeAllDue().ok());
    CHECK(rig.round().sent == 1);
    const QJsonObject stats = rig.sim.stats();
    CHECK(stats.value(QStringLiteral("filings")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("replays")).toInt() >= 1);
    CHECK(stats.value(QStringLiteral("duplicates")).toInt() == 0);
    CHECK(rig.filing(code).delivery.portalId == QStringLiteral("P-000001"));
}

TEST_CASE("sync: a permanent error sets the filing aside for the clerk; 'Gửi lại' sends it", "[sync][faults]")
{
    Rig rig;
    const QStringList codes = rig.file(2);
    REQUIRE(rig.sim.setFaults({{QStringLiteral("script"), QJsonArray{QStringLiteral("ok"), QStringLiteral("400")}}}));
    const auto summary = rig.round();
    CHECK(summary.failed == 1);
    CHECK(summary.sent == 1); // the other one went on
    CHECK(rig.engine->failed() == 1);
    const Filing failed = rig.filing(codes.at(0));
    CHECK(failed.status == QStringLiteral("failed"));
    CHECK(failed.delivery.lastError.startsWith(QStringLiteral("HTTP 400")));
    // Not retried by itself, however often the engine runs.
    const int requests = rig.sim.stats().value(QStringLiteral("requests")).toInt();
    REQUIRE(rig.store->makeAllDue().ok());
    CHECK(rig.round().sent == 0);
    CHECK(rig.sim.stats().value(QStringLiteral("requests")).toInt() <= requests + 3); // ping and status checks only
    CHECK(rig.filing(codes.at(0)).attempts == 1);
    REQUIRE(rig.engine->retry(codes.at(0)));
    CHECK(rig.round().sent == 1);
    CHECK(rig.engine->failed() == 0);
}

TEST_CASE("sync: a refused device token stops the round and marks nothing failed", "[sync]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    REQUIRE(store->submit({}, test::sampleSubmission(1)).ok());
    PortalSim sim({QStringLiteral("--token"), QStringLiteral("the-right-token")});
    REQUIRE(sim.isRunning());
    PortalClient client({sim.baseUrl(), QStringLiteral("an-old-token"), {}, {}, 5000});
    SyncEngine engine(store.get(), &client, Rig::quiet());
    bool done = false;
    engine.runRound([&](const SyncEngine::RoundSummary &) { done = true; });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    REQUIRE(done);
    CHECK(engine.state() == QStringLiteral("unauthorized"));
    CHECK(engine.lastError().startsWith(QStringLiteral("HTTP 401")));
    CHECK(store->filings().value().first().status == QStringLiteral("queued"));
    CHECK(sim.stats().value(QStringLiteral("filings")).toInt() == 0);
}

TEST_CASE("sync: the portal's status and payment come back; a transfer it saw is paid", "[sync]")
{
    SyncEngine::Settings eager = Rig::quiet();
    eager.statusCheckMinutes = 0;
    Rig rig({}, eager);
    const QStringList codes = rig.file(2);
    REQUIRE(rig.store->reportTransfer(codes.at(0)).ok()); // the citizen said they transferred
    CHECK(rig.round().sent == 2);
    REQUIRE(rig.sim.setStatus(codes.at(0), QStringLiteral("processing"), QStringLiteral("Cán bộ đang xử lý")));
    REQUIRE(rig.sim.setPayment(codes.at(0), {{QStringLiteral("state"), QStringLiteral("paid")},
                                             {QStringLiteral("amount"), 14000},
                                             {QStringLiteral("method"), QStringLiteral("bank")}}));
    REQUIRE(rig.sim.setStatus(codes.at(1), QStringLiteral("done")));
    QThread::msleep(5); // "checked before now" must pass the last check
    const auto summary = rig.round();
    CHECK(summary.checked == 2);
    const Filing first = rig.filing(codes.at(0));
    CHECK(first.delivery.portalStatus == QStringLiteral("processing"));
    CHECK(first.delivery.portalStatusCode == 4);
    CHECK(rig.store->portalHistory(codes.at(0))->size() == 2);
    CHECK(first.payment.state == Payment::State::Paid);
    CHECK(first.payment.confirmedBy == QStringLiteral("portal"));
    CHECK(first.payment.method == QStringLiteral("bank"));
    CHECK(rig.filing(codes.at(1)).delivery.portalStatusCode == 10);
    // Done at the portal: no more questions about it.
    QThread::msleep(5);
    CHECK(rig.round().checked == 1);
}

TEST_CASE("sync: killed at any moment, 50 times: every filing at the portal exactly once, none lost", "[sync][kill]")
{
    QTemporaryDir dir;
    const QString filingsDb = dir.filePath(QStringLiteral("filings.db"));
    const int count = 30;
    {
        auto store = FilingStore::open(filingsDb).value();
        for (int i = 0; i < count; ++i)
            REQUIRE(store->submit({}, test::sampleSubmission(i)).ok());
    }
    // Slow replies and lost replies widen the windows a kill can fall into.
    PortalSim sim({QStringLiteral("--slow-ms"), QStringLiteral("15"), QStringLiteral("--lost-reply-rate"),
                   QStringLiteral("0.2"), QStringLiteral("--seed"), QStringLiteral("7")});
    REQUIRE(sim.isRunning());
    const QString config = dir.filePath(QStringLiteral("kiosk.conf"));
    {
        QFile f(config);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[kiosk]\nportal_url=" + sim.baseUrl().toString().toUtf8() + "\nportal_token=" + sim.token().toUtf8()
                + "\n");
    }
    const QStringList syncArgs{QStringLiteral("--config"), config, QStringLiteral("--filings-db"), filingsDb,
                               QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--all")};
    QRandomGenerator random(20261123);
    int killedMidway = 0;
    for (int run = 0; run < 50; ++run) {
        QProcess child;
        child.start(QStringLiteral(MOTCUA_CLI_PATH), syncArgs);
        REQUIRE(child.waitForStarted(5000));
        QThread::msleep(random.bounded(20, 250));
        if (child.state() == QProcess::Running)
            ++killedMidway;
        child.kill(); // SIGKILL: no clean-up of any kind
        child.waitForFinished(5000);
    }
    CHECK(killedMidway > 25);
    // Then the faults stop, and the kiosk drains the rest.
    REQUIRE(sim.setFaults({}));
    for (int i = 0; i < 5; ++i) {
        QProcess last;
        last.start(QStringLiteral(MOTCUA_CLI_PATH), syncArgs);
        REQUIRE(last.waitForFinished(60000));
        if (last.readAllStandardOutput().contains(" 0 waiting"))
            break;
    }
    auto store = FilingStore::open(filingsDb).value();
    const auto stats = store->stats().value();
    CHECK(stats.queued == 0);
    CHECK(stats.failed == 0);
    CHECK(stats.sent == count);
    const QJsonObject atPortal = sim.stats();
    CHECK(atPortal.value(QStringLiteral("filings")).toInt() == count);
    CHECK(atPortal.value(QStringLiteral("duplicates")).toInt() == 0);
    for (const Filing &f : store->filings(count).value()) {
        const auto r = sim.api("GET", QStringLiteral("/api/v1/filings/") + f.fileCode);
        CHECK(r.status == 200);
        CHECK(r.json().value(QStringLiteral("fileCode")).toString() == f.fileCode);
    }
}

namespace {

void waitSettled(StatusLookup &lookup)
{
    QElapsedTimer clock;
    clock.start();
    while (lookup.state() == QStringLiteral("searching") && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace

TEST_CASE("status lookup: on the kiosk at once, at the portal with its history, or what the kiosk last heard",
          "[sync][status]")
{
    Rig rig;
    const QStringList codes = rig.file(2);
    const QTimeZone hanoi("Asia/Ho_Chi_Minh");
    StatusLookup lookup(rig.store.get(), rig.client.get(), QStringLiteral("000.00.01.H01"), hanoi);

    // Not sent yet: answered from the outbox, no network needed.
    lookup.lookUp(codes.at(0));
    CHECK(lookup.state() == QStringLiteral("found"));
    CHECK(lookup.statusText() == QStringLiteral("Chưa gửi — sẽ gửi khi có mạng"));
    CHECK(lookup.appointmentText() == QStringLiteral("Thứ Ba, 24/11/2026"));
    CHECK(lookup.history().isEmpty());

    CHECK(rig.round().sent == 2);
    REQUIRE(rig.sim.setStatus(codes.at(0), QStringLiteral("result_ready"), QStringLiteral("Mời đến nhận")));
    // The short form a citizen types: the date and the number, this kiosk's agency assumed.
    lookup.lookUp(QStringLiteral(" 261123 - 0001 ").remove(u' '));
    CHECK(lookup.fileCode() == codes.at(0));
    CHECK(lookup.state() == QStringLiteral("searching"));
    waitSettled(lookup);
    CHECK(lookup.state() == QStringLiteral("found"));
    CHECK(lookup.statusCode() == 9);
    CHECK(lookup.statusText() == QStringLiteral("Đã có kết quả, mời đến nhận"));
    REQUIRE(lookup.history().size() == 2);
    CHECK(lookup.history().last().toMap().value(QStringLiteral("note")).toString() == QStringLiteral("Mời đến nhận"));
    CHECK(rig.filing(codes.at(0)).delivery.portalStatusCode == 9); // kept for the next time

    lookup.lookUp(QStringLiteral("000.00.01.H01-261123-0999"));
    waitSettled(lookup);
    CHECK(lookup.state() == QStringLiteral("notFound"));
    CHECK(lookup.message().contains(QStringLiteral("Không tìm thấy hồ sơ 000.00.01.H01-261123-0999")));
    lookup.lookUp(QStringLiteral("khai sinh"));
    CHECK(lookup.state() == QStringLiteral("invalid"));

    // The portal out of reach: the last status the kiosk heard, and it says so.
    PortalClient nowhere({QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("t"), {}, {}, 2000});
    StatusLookup offline(rig.store.get(), &nowhere, QStringLiteral("000.00.01.H01"), hanoi);
    offline.lookUp(codes.at(0));
    waitSettled(offline);
    CHECK(offline.state() == QStringLiteral("found"));
    CHECK(offline.statusText() == QStringLiteral("Đã có kết quả, mời đến nhận"));
    CHECK(offline.note().startsWith(QStringLiteral("Chưa hỏi được cổng")));
    offline.lookUp(QStringLiteral("000.00.01.H01-261123-0999"));
    waitSettled(offline);
    CHECK(offline.state() == QStringLiteral("unreachable"));
}
