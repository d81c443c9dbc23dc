// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8 in the outbox: who filed on the citizen's behalf, the satisfaction rating (its keys,
// one per filing, final once the portal has it), both kept after the purge; and a filings.db
// from before (schema 3) upgraded in place.
#include "testsupport.h"

#include "outbox/filingstore.h"
#include "outbox/portalpayload.h"
#include "outbox/satisfaction.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>

using namespace motcua;

namespace {

std::unique_ptr<FilingStore> openStore(const QString &path)
{
    auto store = FilingStore::open(path);
    INFO(store.error().toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

Filing fileOne(FilingStore &store, const QString &filedBy = {})
{
    Submission s = test::copiesSubmission(FeeQuote{});
    s.applicantName = QStringLiteral("Đặng Thị Thu");
    s.applicantIdNumber = QStringLiteral("001188089012");
    s.answers = {{QStringLiteral("phone"), QStringLiteral("0977888999")}};
    s.filedBy = filedBy;
    auto filed = store.submit(QString(), s);
    INFO(filed.error().toStdString());
    REQUIRE(filed.ok());
    return filed.value();
}

void acknowledge(FilingStore &store, const Filing &f)
{
    REQUIRE(store.markSending(f.id).ok());
    REQUIRE(store.markSent(f.id, {{QStringLiteral("portalId"), QStringLiteral("P-1")},
                                  {QStringLiteral("status"), QStringLiteral("received")},
                                  {QStringLiteral("statusCode"), 2}})
                .ok());
}

Filing reread(const FilingStore &store, const QString &code)
{
    const auto f = store.filingByCode(code);
    REQUIRE(f.ok());
    REQUIRE(f.value().has_value());
    return *f.value();
}

} // namespace

TEST_CASE("satisfaction: the rating and reason keys have Vietnamese labels; unknown keys are refused", "[ratings]")
{
    CHECK(Satisfaction::ratingKeys()
          == QStringList{QStringLiteral("very_satisfied"), QStringLiteral("satisfied"), QStringLiteral("neutral"),
                         QStringLiteral("dissatisfied")});
    CHECK(Satisfaction::reasonKeys().size() == 7);
    CHECK(Satisfaction::label(QStringLiteral("very_satisfied")) == QStringLiteral("Rất hài lòng"));
    CHECK(Satisfaction::label(QStringLiteral("staff_help")) == QStringLiteral("Cán bộ hướng dẫn tận tình"));
    CHECK(Satisfaction::label(QStringLiteral("nope")) == QStringLiteral("nope"));
    CHECK(Satisfaction::isSatisfied(QStringLiteral("satisfied")));
    CHECK_FALSE(Satisfaction::isSatisfied(QStringLiteral("neutral")));
    CHECK(Satisfaction::check(QStringLiteral("neutral"), {}).ok());
    CHECK(Satisfaction::check(QStringLiteral("great"), {}).error().startsWith(QStringLiteral("'great' is not a rating")));
    CHECK(Satisfaction::check(QStringLiteral("neutral"), {QStringLiteral("fast"), QStringLiteral("slow")})
              .error()
              .startsWith(QStringLiteral("'slow' is not a reason")));
    CHECK(Satisfaction::check(QStringLiteral("neutral"), {QStringLiteral("fast"), QStringLiteral("fast")})
              .error()
              .contains(QStringLiteral("twice")));
}

TEST_CASE("filing store: a rating is validated, replaced until the portal has it, and final after", "[filingstore][ratings]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const Filing f = fileOne(*store);
    CHECK_FALSE(reread(*store, f.fileCode).rating.isRated());

    const Status unknown = store->recordRating(f.fileCode, QStringLiteral("excellent"), {});
    CHECK(unknown.error().contains(QStringLiteral("'excellent' is not a rating")));
    const Status badReason = store->recordRating(f.fileCode, QStringLiteral("satisfied"), {QStringLiteral("cheap")});
    CHECK(badReason.error().contains(QStringLiteral("'cheap' is not a reason")));
    CHECK(store->recordRating(QStringLiteral("000.00.01.H01-261123-9999"), QStringLiteral("satisfied"), {})
              .error()
              .contains(QStringLiteral("no filing")));
    CHECK_FALSE(reread(*store, f.fileCode).rating.isRated());

    REQUIRE(store->recordRating(f.fileCode, QStringLiteral("neutral"), {QStringLiteral("waited_long")}).ok());
    REQUIRE(store->recordRating(f.fileCode, QStringLiteral("satisfied"), {QStringLiteral("fast"), QStringLiteral("staff_help")}).ok());
    Rating r = reread(*store, f.fileCode).rating;
    CHECK(r.key == QStringLiteral("satisfied"));
    CHECK(r.reasons == QStringList{QStringLiteral("fast"), QStringLiteral("staff_help")});
    CHECK(r.ratedAt.isValid());
    CHECK_FALSE(r.sentAt.isValid());

    // Due only once the filing is at the portal.
    CHECK(store->ratingsToSend(10)->isEmpty());
    acknowledge(*store, f);
    auto due = store->ratingsToSend(10);
    REQUIRE(due->size() == 1);
    CHECK(due->first().rating.key == QStringLiteral("satisfied"));
    const QByteArray body = ratingPayload(due->first().rating);
    CHECK(QJsonDocument::fromJson(body).object().value(QStringLiteral("reasons")).toArray().size() == 2);
    CHECK(body == ratingPayload(reread(*store, f.fileCode).rating)); // the same bytes every time

    // Replaced while it travelled: the ack of the old one marks nothing.
    const QDateTime sentRatedAt = due->first().rating.ratedAt;
    QThread::msleep(5);
    REQUIRE(store->recordRating(f.fileCode, QStringLiteral("very_satisfied"), {}).ok());
    CHECK_FALSE(store->markRatingSent(f.fileCode, sentRatedAt).ok());
    r = reread(*store, f.fileCode).rating;
    REQUIRE(store->markRatingSent(f.fileCode, r.ratedAt).ok());
    CHECK(reread(*store, f.fileCode).rating.sentAt.isValid());
    CHECK(store->ratingsToSend(10)->isEmpty());
    const Status late = store->recordRating(f.fileCode, QStringLiteral("dissatisfied"), {});
    CHECK(late.error().contains(QStringLiteral("already sent")));
    CHECK(reread(*store, f.fileCode).rating.key == QStringLiteral("very_satisfied"));
    CHECK(reread(*store, f.fileCode).toJson().value(QStringLiteral("rating")).toObject().value(QStringLiteral("rating")).toString()
          == QStringLiteral("very_satisfied"));
}

TEST_CASE("filing store: a rating the portal refused is set aside until it is replaced", "[filingstore][ratings]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const Filing f = fileOne(*store);
    acknowledge(*store, f);
    REQUIRE(store->recordRating(f.fileCode, QStringLiteral("neutral"), {}).ok());
    const Rating r = reread(*store, f.fileCode).rating;
    REQUIRE(store->markRatingRefused(f.fileCode, r.ratedAt, QStringLiteral("HTTP 400 invalid: …")).ok());
    CHECK(reread(*store, f.fileCode).rating.error == QStringLiteral("HTTP 400 invalid: …"));
    CHECK(store->ratingsToSend(10)->isEmpty());
    REQUIRE(store->recordRating(f.fileCode, QStringLiteral("satisfied"), {}).ok());
    CHECK(reread(*store, f.fileCode).rating.error.isEmpty());
    CHECK(store->ratingsToSend(10)->size() == 1);
}

TEST_CASE("filing store: who filed on the citizen's behalf is kept, sent, and survives the purge with the rating",
          "[filingstore][ratings]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const Filing byClerk = fileOne(*store, QStringLiteral("  Trần Văn Cán "));
    const Filing alone = fileOne(*store);
    CHECK(reread(*store, byClerk.fileCode).submission.filedBy == QStringLiteral("Trần Văn Cán"));
    CHECK(reread(*store, alone.fileCode).submission.filedBy.isEmpty());
    CHECK(reread(*store, byClerk.fileCode).toJson().value(QStringLiteral("filedBy")).toString() == QStringLiteral("Trần Văn Cán"));
    const QJsonObject body = QJsonDocument::fromJson(portalPayload(*store, reread(*store, byClerk.fileCode)).value()).object();
    CHECK(body.value(QStringLiteral("filedOnBehalfBy")).toString() == QStringLiteral("Trần Văn Cán"));
    CHECK_FALSE(portalPayload(*store, reread(*store, alone.fileCode))->contains("filedOnBehalfBy"));

    REQUIRE(store->recordRating(byClerk.fileCode, QStringLiteral("satisfied"), {QStringLiteral("staff_help")}).ok());
    acknowledge(*store, byClerk);
    REQUIRE(store->purgeSent(QDateTime::currentDateTimeUtc().addSecs(1)).value() == 1);
    const Filing purged = reread(*store, byClerk.fileCode);
    CHECK(purged.delivery.purgedAt.isValid());
    CHECK(purged.submission.applicantName.isEmpty());
    CHECK(purged.submission.answers.isEmpty());
    CHECK(purged.submission.filedBy == QStringLiteral("Trần Văn Cán"));
    CHECK(purged.rating.key == QStringLiteral("satisfied"));
    CHECK(purged.rating.reasons == QStringList{QStringLiteral("staff_help")});
    CHECK(store->ratingsToSend(10)->size() == 1); // still due after the purge
}

TEST_CASE("filing store: a filings.db at schema 3 is upgraded to the newest (5) in place, its filings intact", "[filingstore][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        QSqlDatabase handle = Database::open(path, QStringLiteral("schema3")).value();
        QString script = QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("filings-schema3.sql"))));
        for (QString statement : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            QStringList lines = statement.split(u'\n');
            lines.removeIf([](const QString &l) { return l.startsWith(QStringLiteral("--")); });
            statement = lines.join(u'\n').trimmed();
            if (statement.isEmpty())
                continue;
            INFO(statement.left(80).toStdString());
            REQUIRE(Database::exec(handle, statement).ok());
        }
        REQUIRE(Database::schemaVersion(handle) == 3);
        Database::close(handle);
    }
    auto store = openStore(path);
    {
        QSqlDatabase handle = Database::open(path, QStringLiteral("check")).value();
        CHECK(Database::schemaVersion(handle) == 6); // 4: ratings, filed_by; 5: kept drafts; 6: portal contact
        Database::close(handle);
    }
    const Filing done = reread(*store, QStringLiteral("000.00.01.H01-261123-0001"));
    CHECK(done.status == QStringLiteral("sent"));
    CHECK(done.delivery.portalStatus == QStringLiteral("done"));
    CHECK(done.payment.method == QStringLiteral("cash"));
    CHECK(done.submission.filedBy.isEmpty());
    CHECK_FALSE(done.rating.isRated());
    const Filing waiting = reread(*store, QStringLiteral("000.00.01.H01-261123-0002"));
    CHECK(waiting.submission.applicantName == QStringLiteral("Nguyễn Văn An"));
    CHECK(waiting.status == QStringLiteral("queued"));
    // The upgraded store works as a new one: rate, file on behalf, number on.
    REQUIRE(store->recordRating(done.fileCode, QStringLiteral("very_satisfied"), {}).ok());
    CHECK(store->ratingsToSend(10)->size() == 1);
    const Filing next = fileOne(*store, QStringLiteral("Cán bộ B"));
    CHECK(next.fileCode == QStringLiteral("000.00.01.H01-261123-0003"));
    CHECK(reread(*store, next.fileCode).submission.filedBy == QStringLiteral("Cán bộ B"));
    // And its drafts can be kept ("Lưu lại"): the kept_code column of migration 5.
    const auto draft = store->createDraft(QStringLiteral("1.001193"), 1);
    REQUIRE(draft.ok());
    const auto kept = store->keepDraft(draft.value());
    REQUIRE(kept.ok());
    CHECK(store->keptDraft(kept.value())->has_value());
}
