// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8 against the real motcua-portal-sim: a filing a clerk filed on the citizen's behalf
// says so to the portal; a satisfaction rating reaches the portal exactly once, after its
// filing, and one the portal refuses is set aside instead of being sent for ever.
#include "simprocess.h"
#include "syncrig.h"

#include "outbox/portalpayload.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace motcua;
using motcua::test::HttpResult;
using motcua::test::PortalSim;
using motcua::test::Rig;

namespace {

// GET /sim/filings/{fileCode}: what the portal keeps besides the status.
QJsonObject simView(PortalSim &sim, const QString &fileCode)
{
    const HttpResult r = sim.send("GET", QStringLiteral("/sim/filings/") + fileCode);
    REQUIRE(r.status == 200);
    return r.json();
}

QByteArray ratingBody(const QString &rating, const QStringList &reasons, const QString &at = QStringLiteral("2026-11-23T10:00:00Z"))
{
    return QJsonDocument(QJsonObject{{QStringLiteral("rating"), rating},
                                     {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
                                     {QStringLiteral("ratedAt"), at}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("rating sync: the rating of a sent filing reaches the portal exactly once; filedOnBehalfBy too",
          "[sync][ratings]")
{
    Rig rig;
    // Rated before it is sent: the rating waits for its filing.
    Submission onBehalf = test::sampleSubmission(0);
    onBehalf.filedBy = QStringLiteral("Trần Văn Cán");
    const auto clerkFiled = rig.store->submit(QString(), onBehalf);
    REQUIRE(clerkFiled.ok());
    const QStringList alone = rig.file(2);
    REQUIRE(rig.store->recordRating(clerkFiled->fileCode, QStringLiteral("satisfied"), {QStringLiteral("staff_help")}).ok());
    CHECK(rig.store->ratingsToSend(10)->isEmpty()); // not at the portal yet

    auto summary = rig.round();
    CHECK(summary.sent == 3);
    CHECK(summary.ratingsSent == 1); // the same round, once the filing is there
    CHECK(rig.sim.stats().value(QStringLiteral("ratings")).toInt() == 1);
    const QJsonObject atPortal = simView(rig.sim, clerkFiled->fileCode);
    CHECK(atPortal.value(QStringLiteral("filedOnBehalfBy")).toString() == QStringLiteral("Trần Văn Cán"));
    const QJsonObject rating = atPortal.value(QStringLiteral("rating")).toObject();
    CHECK(rating.value(QStringLiteral("rating")).toString() == QStringLiteral("satisfied"));
    CHECK(rating.value(QStringLiteral("reasons")).toArray() == QJsonArray{QStringLiteral("staff_help")});
    CHECK(rating.value(QStringLiteral("puts")).toInt() == 1);
    // The citizen filed alone: nothing on the portal's side, and no field in the body.
    CHECK(simView(rig.sim, alone.at(0)).value(QStringLiteral("filedOnBehalfBy")).toString().isEmpty());
    const Filing plain = rig.filing(alone.at(0));
    CHECK_FALSE(portalPayload(*rig.store, plain)->contains("filedOnBehalfBy"));

    // The kiosk's record: sent, final, kept after the personal data was purged.
    const Filing after = rig.filing(clerkFiled->fileCode);
    CHECK(after.delivery.purgedAt.isValid());
    CHECK(after.submission.filedBy == QStringLiteral("Trần Văn Cán"));
    CHECK(after.rating.sentAt.isValid());
    CHECK_FALSE(rig.store->recordRating(clerkFiled->fileCode, QStringLiteral("neutral"), {}).ok());

    // A rating given after its filing was sent goes at the next round; nothing goes twice.
    REQUIRE(rig.store->recordRating(alone.at(1), QStringLiteral("dissatisfied"),
                                    {QStringLiteral("waited_long"), QStringLiteral("hard_to_use")})
                .ok());
    summary = rig.round();
    CHECK(summary.ratingsSent == 1);
    summary = rig.round();
    CHECK(summary.ratingsSent == 0);
    CHECK(rig.sim.stats().value(QStringLiteral("ratings")).toInt() == 2);
    CHECK(simView(rig.sim, clerkFiled->fileCode)[QStringLiteral("rating")][QStringLiteral("puts")].toInt() == 1);
    CHECK(simView(rig.sim, alone.at(1))[QStringLiteral("rating")][QStringLiteral("puts")].toInt() == 1);
    CHECK_FALSE(rig.sim.log().contains("001188089012"));
}

TEST_CASE("rating sync: a transient error waits for the next round; a refusal is set aside, not retried",
          "[sync][ratings][faults]")
{
    Rig rig;
    const QStringList codes = rig.file(3);
    REQUIRE(rig.round().sent == 3);
    for (const QString &code : codes)
        REQUIRE(rig.store->recordRating(code, QStringLiteral("very_satisfied"), {QStringLiteral("fast")}).ok());
    // Ping ok, then the three ratings: 503 (deferred), 400 (refused for good), ok; the status
    // checks after them are not due yet.
    REQUIRE(rig.sim.setFaults({{QStringLiteral("script"), QJsonArray{QStringLiteral("ok"), QStringLiteral("503"),
                                                                         QStringLiteral("400"), QStringLiteral("ok")}}}));
    auto summary = rig.round();
    CHECK(summary.ratingsSent == 1);
    CHECK(summary.ratingsRefused == 1);
    const Filing refused = rig.filing(codes.at(1));
    CHECK(refused.rating.error.contains(QStringLiteral("400")));
    CHECK_FALSE(refused.rating.sentAt.isValid());
    CHECK(rig.filing(codes.at(2)).rating.sentAt.isValid());
    CHECK_FALSE(rig.filing(codes.at(0)).rating.sentAt.isValid());

    summary = rig.round(); // the deferred one goes; the refused one does not
    CHECK(summary.ratingsSent == 1);
    CHECK(summary.ratingsRefused == 0);
    CHECK(rig.filing(codes.at(0)).rating.sentAt.isValid());
    CHECK(rig.sim.stats().value(QStringLiteral("ratings")).toInt() == 2);
    CHECK(rig.store->ratingsToSend(10)->isEmpty());

    // Replaced by the citizen (it was never stored), it is due again.
    REQUIRE(rig.store->recordRating(codes.at(1), QStringLiteral("satisfied"), {}).ok());
    CHECK(rig.round().ratingsSent == 1);
    CHECK(rig.sim.stats().value(QStringLiteral("ratings")).toInt() == 3);
}

TEST_CASE("rating sync: a rating the portal has no filing for (404) is set aside", "[sync][ratings]")
{
    Rig rig;
    // A filing acknowledged by another portal than this one.
    const auto filed = rig.store->submit(QString(), test::sampleSubmission(0));
    REQUIRE(filed.ok());
    REQUIRE(rig.store->markSending(filed->id).ok());
    REQUIRE(rig.store->markSent(filed->id, {{QStringLiteral("portalId"), QStringLiteral("P-elsewhere")},
                                            {QStringLiteral("status"), QStringLiteral("received")},
                                            {QStringLiteral("statusCode"), 2}})
                .ok());
    REQUIRE(rig.store->recordRating(filed->fileCode, QStringLiteral("neutral"), {}).ok());
    const auto summary = rig.round();
    CHECK(summary.ratingsRefused == 1);
    CHECK(rig.filing(filed->fileCode).rating.error.contains(QStringLiteral("404")));
    CHECK(rig.round().ratingsRefused == 0); // not again
}

TEST_CASE("portal sim: PUT rating is idempotent and checks its body, its token and its filing", "[portalsim][ratings]")
{
    Rig rig;
    const QString code = rig.file(1).first();
    REQUIRE(rig.round().sent == 1);
    const QString path = QStringLiteral("/api/v1/filings/%1/rating").arg(code);

    const HttpResult stored = rig.sim.api("PUT", path, ratingBody(QStringLiteral("satisfied"), {QStringLiteral("fast")}));
    CHECK(stored.status == 200);
    CHECK(stored.json().value(QStringLiteral("fileCode")).toString() == code);
    CHECK(stored.json().value(QStringLiteral("rating")).toString() == QStringLiteral("satisfied"));
    CHECK(rig.sim.api("PUT", path, ratingBody(QStringLiteral("satisfied"), {QStringLiteral("fast")})).status == 200);
    CHECK(rig.sim.stats().value(QStringLiteral("ratings")).toInt() == 1);
    CHECK(simView(rig.sim, code)[QStringLiteral("rating")][QStringLiteral("puts")].toInt() == 2);

    const HttpResult unknownKey = rig.sim.api("PUT", path, ratingBody(QStringLiteral("great"), {}));
    CHECK(unknownKey.status == 400);
    CHECK(unknownKey.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("rating")));
    const HttpResult badReason = rig.sim.api("PUT", path, ratingBody(QStringLiteral("neutral"), {QStringLiteral("cold")}));
    CHECK(badReason.status == 400);
    CHECK(badReason.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("'cold' is not a reason")));
    CHECK(rig.sim.api("PUT", path, ratingBody(QStringLiteral("neutral"), {}, QStringLiteral("yesterday"))).status == 400);
    CHECK(rig.sim.api("PUT", path, "not json").status == 400);
    CHECK(rig.sim.api("PUT", QStringLiteral("/api/v1/filings/000.00.01.H01-261123-9999/rating"),
                      ratingBody(QStringLiteral("neutral"), {}))
              .status
          == 404);
    CHECK(rig.sim.send("PUT", path, ratingBody(QStringLiteral("neutral"), {})).status == 401);
    CHECK(simView(rig.sim, code)[QStringLiteral("rating")][QStringLiteral("rating")].toString() == QStringLiteral("satisfied"));
}
