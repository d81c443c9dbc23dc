// SPDX-License-Identifier: GPL-3.0-or-later
// `motcua stats` and `motcua rating` as real processes on a generated outbox: the numbers of
// --json are CounterStats' on the same file, the CSV and PDF are written, bad input is refused.
#include "filinggenerator.h"
#include "testsupport.h"

#include "session/counterstats.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace motcua;
using motcua::test::Cli;
using motcua::test::jsonOutput;
using motcua::test::Run;

TEST_CASE("cli: stats --json gives CounterStats' numbers; --csv and --pdf write the files", "[cli][stats]")
{
    Cli cli;
    const QString db = cli.dir.filePath(QStringLiteral("filings.db"));
    const QTimeZone zone(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    QStringList codes;
    {
        auto store = FilingStore::open(db).value();
        test::FilingGenerator generator;
        generator.minPerDay = 2;
        generator.maxPerDay = 6;
        codes = generator.fill(*store, QDate(2026, 11, 2), QDate(2026, 11, 8));
        // Rated from the command line: stored, and refused when the key is unknown.
        const Run rated = cli({QStringLiteral("--filings-db"), db, QStringLiteral("rating"), codes.first(),
                               QStringLiteral("dissatisfied"), QStringLiteral("--reasons"), QStringLiteral("waited_long,other")});
        INFO(rated.err.toStdString());
        CHECK(rated.exitCode == 0);
        CHECK(rated.out.contains(QStringLiteral("rated dissatisfied (waited_long, other)")));
        const Rating r = store->filingByCode(codes.first()).value()->rating;
        CHECK(r.key == QStringLiteral("dissatisfied"));
        CHECK(r.reasons == QStringList{QStringLiteral("waited_long"), QStringLiteral("other")});
        const Run bad = cli({QStringLiteral("--filings-db"), db, QStringLiteral("rating"), codes.first(), QStringLiteral("superb")});
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.contains(QStringLiteral("'superb' is not a rating")));
    }
    const QString csv = cli.dir.filePath(QStringLiteral("nov.csv"));
    const QString pdf = cli.dir.filePath(QStringLiteral("nov.pdf"));
    const QJsonObject got = jsonOutput(cli({QStringLiteral("--filings-db"), db, QStringLiteral("stats"), QStringLiteral("--from"),
                                      QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                                      QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf, QStringLiteral("--json")}));
    auto store = FilingStore::open(db).value();
    const auto expected = CounterStats::compute(*store, QDate(2026, 11, 1), QDate(2026, 11, 30), zone);
    REQUIRE(expected.ok());
    QJsonObject want = expected->toJson();
    CHECK(got.value(QStringLiteral("total")).toInt() == codes.size());
    for (const QString &key : {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("timeZone"), QStringLiteral("total"),
                               QStringLiteral("perDay"), QStringLiteral("perProcedure"), QStringLiteral("channels"),
                               QStringLiteral("fees"), QStringLiteral("processing"), QStringLiteral("ratings")}) {
        INFO(key.toStdString());
        CHECK(got.value(key) == want.value(key));
    }
    // The backlog is measured when each ran: the counts agree.
    CHECK(got[QStringLiteral("backlog")][QStringLiteral("waiting")] == want[QStringLiteral("backlog")][QStringLiteral("waiting")]);
    CHECK(got[QStringLiteral("backlog")][QStringLiteral("failed")] == want[QStringLiteral("backlog")][QStringLiteral("failed")]);
    CHECK(got.value(QStringLiteral("perDay")).toArray().size() == 30);
    CHECK(test::readFile(csv).contains("Filings per day"));
    CHECK(test::readFile(pdf).startsWith("%PDF"));

    // Plain text by default, in English.
    const Run text = cli({QStringLiteral("--filings-db"), db, QStringLiteral("stats"), QStringLiteral("--from"),
                          QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")});
    INFO(text.err.toStdString());
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("filings: %1\n").arg(codes.size())));
    CHECK(text.out.contains(QStringLiteral("fully online: %1").arg(expected->channels.fullyOnline)));
    CHECK(text.out.contains(QStringLiteral("  2026-11-08     0")));

    // Without dates: this month so far.
    const QJsonObject month = jsonOutput(cli({QStringLiteral("--filings-db"), db, QStringLiteral("stats"), QStringLiteral("--json")}));
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    CHECK(month.value(QStringLiteral("from")).toString() == QDate(today.year(), today.month(), 1).toString(Qt::ISODate));
    CHECK(month.value(QStringLiteral("to")).toString() == today.toString(Qt::ISODate));

    CHECK(cli({QStringLiteral("--filings-db"), db, QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("1/11/2026")})
              .exitCode
          == 2);
    CHECK(cli({QStringLiteral("--filings-db"), db, QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-11-30"),
               QStringLiteral("--to"), QStringLiteral("2026-11-01")})
              .exitCode
          == 2);
    CHECK(cli({QStringLiteral("--filings-db"), db, QStringLiteral("stats"), QStringLiteral("--week")}).exitCode == 2);
}
