// SPDX-License-Identifier: GPL-3.0-or-later
// The checks behind `motcua diagnostics`, without processes: read-only databases that are never
// created, the outbox and last-contact checks on a real filings database, how a ping's reply
// reads (token, pin, clock thresholds), and the report's JSON.
#include "testsupport.h"

#include "diagnostics/healthcheck.h"
#include "diagnostics/portalprobe.h"
#include "diagnostics/storagechecks.h"
#include "outbox/filingstore.h"
#include "storage/readonlydatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace motcua;

namespace {

Submission waitingSince(const QDateTime &receivedAt)
{
    FeeQuote fee;
    Submission s = test::copiesSubmission(fee);
    s.receivedAt = receivedAt;
    s.appointmentDate = receivedAt.date();
    s.applicantName = QStringLiteral("Đặng Thị Thu");
    s.applicantIdNumber = QStringLiteral("001188089012");
    return s;
}

HealthCheck find(const QList<HealthCheck> &checks, const QString &id)
{
    for (const HealthCheck &c : checks) {
        if (c.id == id)
            return c;
    }
    FAIL("no check " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("a read-only database is never created, and says what is wrong", "[diagnostics]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.db"));
    {
        const ReadOnlyDatabase db(missing);
        CHECK_FALSE(db.isOpen());
        CHECK(db.error().contains(QStringLiteral("does not exist")));
    }
    CHECK_FALSE(QFileInfo::exists(missing));
    const HealthCheck check = StorageChecks::database(StorageChecks::Kind::Staff, missing);
    CHECK(check.health == Health::Degraded);
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString text = dir.filePath(QStringLiteral("notes.db"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'n'));
    file.close();
    const HealthCheck notDb = StorageChecks::database(StorageChecks::Kind::Catalog, text);
    INFO(notDb.detail.toStdString());
    CHECK(notDb.health == Health::Broken);
    CHECK(notDb.detail.contains(QStringLiteral("not a database")));
}

TEST_CASE("the outbox check counts, names the oldest waiting filing and reads the last contact", "[diagnostics]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("filings.db"));
    const QTimeZone zone("Asia/Ho_Chi_Minh");
    const QDateTime now(QDate(2026, 11, 25), QTime(10, 0), zone);
    QString oldest;
    {
        auto store = FilingStore::open(path).value();
        oldest = store->submit({}, waitingSince(now.addSecs(-30 * 3600))).value().fileCode;
        const Filing failed = store->submit({}, waitingSince(now.addSecs(-3600))).value();
        REQUIRE(store->markFailed(failed.id, QStringLiteral("HTTP 400 invalid")).ok());
        REQUIRE(store->recordPortalContact(now.addSecs(-7200)).ok());
        CHECK(store->lastPortalContact().value() == now.addSecs(-7200));
    }
    const QList<HealthCheck> checks = StorageChecks::outbox(path, now.toUTC());
    const HealthCheck outbox = find(checks, QStringLiteral("outbox"));
    INFO(outbox.detail.toStdString());
    CHECK(outbox.health == Health::Degraded);
    CHECK(outbox.values.value(QStringLiteral("waiting")).toInt() == 1);
    CHECK(outbox.values.value(QStringLiteral("failed")).toInt() == 1);
    CHECK(outbox.values.value(QStringLiteral("oldestWaitingSeconds")).toInteger() == 30 * 3600);
    CHECK(outbox.detail.contains(oldest + QStringLiteral(" waiting for 1 d 6 h")));
    CHECK_FALSE(outbox.detail.contains(QStringLiteral("Đặng")));
    CHECK_FALSE(QJsonDocument(outbox.toJson()).toJson().contains("001188089012"));
    const HealthCheck last = find(checks, QStringLiteral("sync.last"));
    CHECK(last.health == Health::Ok);
    CHECK(last.values.value(QStringLiteral("ageSeconds")).toInteger() == 7200);
    CHECK(find(StorageChecks::outbox(path, now.toUTC().addDays(2)), QStringLiteral("sync.last")).health == Health::Degraded);

    const HealthCheck db = StorageChecks::database(StorageChecks::Kind::Filings, path);
    CHECK(db.health == Health::Ok);
    CHECK(db.values.value(QStringLiteral("schemaVersion")).toInt() == 6);
}

TEST_CASE("free disk space has two thresholds; a folder not made yet is measured on its parent", "[diagnostics]")
{
    QTemporaryDir dir;
    const HealthCheck disk = StorageChecks::disk(dir.filePath(QStringLiteral("not/yet/filings.db")));
    CHECK(disk.values.value(QStringLiteral("path")).toString() == dir.path());
    const qint64 free = disk.values.value(QStringLiteral("freeBytes")).toInteger();
    CHECK(free > 0);
    CHECK(disk.health == (free < StorageChecks::kDiskBrokenBytes     ? Health::Broken
                          : free < StorageChecks::kDiskDegradedBytes ? Health::Degraded
                                                                     : Health::Ok));
}

TEST_CASE("a ping's reply reads as portal, TLS pin and clock checks", "[diagnostics]")
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QUrl https(QStringLiteral("https://lgsp.example.gov.vn/motcua"));
    const QUrl http(QStringLiteral("http://127.0.0.1:8765"));

    PortalReply ok;
    ok.kind = PortalReply::Kind::Ok;
    ok.httpStatus = 200;
    ok.pin = PortalReply::Pin::Matched;
    ok.serverDate = now.addSecs(-1);
    auto checks = PortalProbe::read(ok, https, true, 42, now);
    CHECK(checks[0].health == Health::Ok);
    CHECK(checks[1].health == Health::Ok);
    CHECK(checks[2].health == Health::Ok);
    CHECK(PortalProbe::read(ok, http, false, 42, now)[1].health == Health::NotApplicable);
    CHECK(PortalProbe::read(ok, https, false, 42, now)[1].health == Health::NotApplicable);

    for (const auto &[skew, health] : {std::pair{300, Health::Ok}, std::pair{301, Health::Degraded},
                                       std::pair{-3600, Health::Degraded}, std::pair{-3601, Health::Broken}}) {
        ok.serverDate = now.addSecs(-skew);
        const HealthCheck clock = PortalProbe::read(ok, http, false, 42, now)[2];
        INFO(skew << ": " << clock.detail.toStdString());
        CHECK(clock.health == health);
        CHECK(clock.values.value(QStringLiteral("skewSeconds")).toInteger() == skew);
    }
    ok.serverDate = {};
    ok.body = {{QStringLiteral("protocol"), 1}, {QStringLiteral("time"), now.addSecs(-900).toString(Qt::ISODate)}};
    CHECK(PortalProbe::read(ok, http, false, 42, now)[2].detail.contains(QStringLiteral("15 min ahead of the portal's ping time")));

    PortalReply refused;
    refused.kind = PortalReply::Kind::Unauthorized;
    refused.httpStatus = 403;
    refused.serverDate = now;
    checks = PortalProbe::read(refused, http, false, 42, now);
    CHECK(checks[0].health == Health::Broken);
    CHECK(checks[2].health == Health::Ok); // the refusal still carried the portal's clock

    PortalReply mismatch;
    mismatch.pin = PortalReply::Pin::Mismatched;
    mismatch.error = QStringLiteral("the server's public key does not match portal_pin_sha256");
    checks = PortalProbe::read(mismatch, https, true, 42, now);
    CHECK(checks[0].health == Health::Broken);
    CHECK(checks[1].health == Health::Broken);
    CHECK(checks[2].health == Health::Skipped);

    PortalReply offline;
    offline.error = QStringLiteral("Connection refused");
    checks = PortalProbe::read(offline, https, true, 42, now);
    CHECK(checks[0].health == Health::Degraded);
    CHECK(checks[1].health == Health::Skipped);
    CHECK(checks[2].health == Health::Skipped);
}

TEST_CASE("HTTP dates, the worst health and the check's JSON", "[diagnostics]")
{
    CHECK(PortalClient::parseHttpDate("Wed, 02 Dec 2026 16:50:50 GMT")
          == QDateTime(QDate(2026, 12, 2), QTime(16, 50, 50), QTimeZone::utc()));
    CHECK(PortalClient::parseHttpDate("Wed, 02 Dec 2026 23:50:50 +0700")
          == QDateTime(QDate(2026, 12, 2), QTime(16, 50, 50), QTimeZone::utc()));
    CHECK_FALSE(PortalClient::parseHttpDate("yesterday").isValid());

    const QList<HealthCheck> checks{{QStringLiteral("a"), Health::NotApplicable, {}, {}},
                                    {QStringLiteral("b"), Health::Skipped, {}, {}}};
    CHECK(worstHealth(checks) == Health::Ok);
    CHECK(exitCodeOf(worstHealth(checks + QList<HealthCheck>{{QStringLiteral("c"), Health::Degraded, {}, {}}})) == 1);
    CHECK(exitCodeOf(Health::Broken) == 2);

    const HealthCheck disk{QStringLiteral("disk"), Health::Degraded, QStringLiteral("700.0 MB free"),
                           {{QStringLiteral("freeBytes"), 734003200}}};
    const QJsonObject json = disk.toJson();
    CHECK(json.value(QStringLiteral("status")).toString() == QStringLiteral("degraded"));
    CHECK(json.value(QStringLiteral("freeBytes")).toInteger() == 734003200);
    const auto back = HealthCheck::fromJson(json);
    REQUIRE(back);
    CHECK(back->id == disk.id);
    CHECK(back->health == disk.health);
    CHECK(back->detail == disk.detail);
    CHECK(back->values == disk.values);
    CHECK_FALSE(HealthCheck::fromJson({{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("status"), QStringLiteral("fine")}}));
    CHECK(byteSize(1288490) == QStringLiteral("1.2 MB"));
    CHECK(duration(7500) == QStringLiteral("2 h 5 min"));
}
