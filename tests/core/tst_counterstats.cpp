// SPDX-License-Identifier: GPL-3.0-or-later
// CounterStats on a generated month of filings in a real filings.db: every number checked
// against a direct SQL query on the same file (its own connection, its own way of finding the
// office day), the period's edges on the office's clock, and the CSV and PDF it writes.
#include "filinggenerator.h"
#include "testsupport.h"

#include "outbox/satisfaction.h"
#include "session/counterreport.h"
#include "session/counterstats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

#include <cstdio>

using namespace motcua;

namespace {

const QTimeZone kZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
const QDate kFrom(2026, 11, 1); // a Sunday
const QDate kTo(2026, 11, 30);
// The period, as SQLite finds it by itself: the UTC instant of received_at, plus 7 hours.
const QString kInPeriod = QStringLiteral("date(received_at, '+7 hours') BETWEEN '2026-11-01' AND '2026-11-30'");

// A second, read-only connection to the same file.
class Sql
{
public:
    explicit Sql(const QString &path) : m_name(QStringLiteral("verify-") + path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(m_db.open());
    }
    ~Sql()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    QList<QVariantList> rows(const QString &sql) const
    {
        QSqlQuery q(m_db);
        INFO(sql.toStdString());
        const bool ran = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ran);
        QList<QVariantList> out;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            out.append(row);
        }
        return out;
    }
    QVariant value(const QString &sql) const
    {
        const auto r = rows(sql);
        REQUIRE(r.size() == 1);
        return r.first().value(0);
    }
    int count(const QString &where) const
    {
        return value(QStringLiteral("SELECT count(*) FROM outbox WHERE %1 AND (%2)").arg(kInPeriod, where)).toInt();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// RFC 4180: fields split at commas, quotes around a field with commas or quotes, "" for a quote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows{{}};
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            rows.last().append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            rows.last().append(field);
            field.clear();
            rows.append(QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    rows.removeLast(); // after the last CRLF
    return rows;
}

// The rows of the CSV table headed `title`, its header row excluded.
QList<QStringList> csvTable(const QList<QStringList> &csv, const QString &title)
{
    QList<QStringList> table;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        if (csv.at(i) != QStringList{title})
            continue;
        for (qsizetype j = i + 2; j < csv.size() && csv.at(j) != QStringList{QString()}; ++j)
            table.append(csv.at(j));
    }
    return table;
}

QString run(const QString &program, const QStringList &args)
{
    const QString path = QStandardPaths::findExecutable(program);
    REQUIRE_FALSE(path.isEmpty()); // poppler-utils (packaging/install-deps.sh)
    QProcess p;
    p.start(path, args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

std::unique_ptr<FilingStore> openStore(const QString &path)
{
    auto store = FilingStore::open(path);
    INFO(store.error().toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

} // namespace

TEST_CASE("counter stats: a generated month, every number as SQL finds it in the file", "[stats]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("filings.db"));
    auto store = openStore(path);
    QElapsedTimer filling;
    filling.start();
    const QStringList generated = test::FilingGenerator{}.fill(*store, kFrom, kTo);
    // The edges, on the office's clock (UTC+7), some stored in UTC.
    using G = test::FilingGenerator;
    G::fileOne(*store, QDateTime(QDate(2026, 10, 31), QTime(23, 59, 59), kZone), 11);        // before
    G::fileOne(*store, QDateTime(QDate(2026, 11, 1), QTime(0, 0), kZone), 12);               // first instant
    G::fileOne(*store, QDateTime(QDate(2026, 10, 31), QTime(17, 5), QTimeZone::utc()), 13);  // 00:05 on the 1st
    G::fileOne(*store, QDateTime(QDate(2026, 11, 30), QTime(23, 30), kZone), 14);            // last evening
    G::fileOne(*store, QDateTime(QDate(2026, 11, 30), QTime(16, 45), QTimeZone::utc()), 15); // 23:45 on the 30th
    G::fileOne(*store, QDateTime(QDate(2026, 12, 1), QTime(0, 10), kZone), 16);              // after
    const qint64 fillMs = filling.elapsed();
    REQUIRE(generated.size() >= 300);
    REQUIRE(generated.size() <= 600);

    const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), kZone);
    QElapsedTimer computing;
    computing.start();
    const auto computed = CounterStats::compute(*store, kFrom, kTo, kZone, now);
    const qint64 computeMs = computing.elapsed();
    INFO(computed.error().toStdString());
    REQUIRE(computed.ok());
    const CounterStats &s = computed.value();
    std::printf("counter stats: %d filings generated in %lld ms; compute over the month in %lld ms\n",
                int(generated.size()) + 6, fillMs, computeMs);

    const Sql sql(path);
    {
        INFO("filings: total, per day with zeros, the period's edges, per procedure");
        CHECK(s.total == sql.count(QStringLiteral("1")));
        CHECK(s.total == generated.size() + 4); // the four edges inside
        REQUIRE(s.perDay.size() == 30);
        QHash<QString, int> byDay;
        for (const QVariantList &r : sql.rows(QStringLiteral("SELECT date(received_at, '+7 hours'), count(*) FROM "
                                                              "outbox WHERE %1 GROUP BY 1").arg(kInPeriod)))
            byDay.insert(r.at(0).toString(), r.at(1).toInt());
        for (const CounterStats::DayCount &d : s.perDay) {
            INFO(d.day.toString(Qt::ISODate).toStdString());
            CHECK(d.count == byDay.value(d.day.toString(Qt::ISODate)));
            if (d.day.dayOfWeek() == Qt::Sunday && d.day != kFrom)
                CHECK(d.count == 0); // no filings on Sundays: zeros are listed
        }
        CHECK(s.perDay.first().count == 2); // 00:00 and 00:05 on Sunday the 1st
        CHECK(s.perDay.at(7).day == QDate(2026, 11, 8));
        CHECK(s.perDay.at(7).count == 0);
        CHECK(s.perDay.last().count == byDay.value(QStringLiteral("2026-11-30")));
        CHECK(s.perDay.last().count >= 2); // 23:30 and 23:45 on the 30th
        CHECK(CounterStats::compute(*store, QDate(2026, 12, 1), QDate(2026, 12, 1), kZone, now)->total == 1);
        CHECK(CounterStats::compute(*store, QDate(2026, 10, 31), QDate(2026, 10, 31), kZone, now)->total == 1);

        const auto procedures = sql.rows(QStringLiteral("SELECT procedure_code, count(*) FROM outbox WHERE %1 "
                                                        "GROUP BY 1 ORDER BY 2 DESC, 1").arg(kInPeriod));
        REQUIRE(s.perProcedure.size() == procedures.size());
        for (qsizetype i = 0; i < procedures.size(); ++i) {
            CHECK(s.perProcedure.at(i).code == procedures.at(i).at(0).toString());
            CHECK(s.perProcedure.at(i).count == procedures.at(i).at(1).toInt());
            CHECK_FALSE(s.perProcedure.at(i).name.isEmpty());
        }
    }
    {
        INFO("how filings came: fully online or partly at the counter");
        const QString bank = QStringLiteral("payment_state = 'paid' AND payment_method = 'bank'");
        const QString byLaw = QStringLiteral("payment_state = 'waived' AND payment_confirmed_by = ''");
        const int fully = sql.count(QStringLiteral("filed_by = '' AND ((%1) OR (%2))").arg(bank, byLaw));
        CHECK(s.channels.fullyOnline == fully);
        CHECK(s.channels.partly == s.total - fully);
        CHECK(s.channels.fullyOnline > 0);
        CHECK(s.channels.partly > 0);
        CHECK(s.channels.filedByClerk == sql.count(QStringLiteral("filed_by <> ''")));
        CHECK(s.channels.filedByClerk > 0);
        CHECK(s.channels.paidInCash == sql.count(QStringLiteral("payment_state = 'paid' AND payment_method <> 'bank'")));
        CHECK(s.channels.exemptionGrantedByClerk
              == sql.count(QStringLiteral("payment_state = 'waived' AND payment_confirmed_by <> ''")));
        CHECK(s.channels.feeNotSettled
              == sql.count(QStringLiteral("payment_state IN ('unpaid', 'pending_confirmation', 'exemption_claimed')")));
        CHECK(s.channels.fullyOnlinePercent() == Approx(100.0 * fully / s.total));
    }
    {
        INFO("fees by method");
        const auto sum = [&](const QString &method) {
            return sql.rows(QStringLiteral("SELECT count(*), coalesce(sum(fee_amount), 0) FROM outbox WHERE %1 AND "
                                           "payment_state = 'paid' AND payment_method %2").arg(kInPeriod, method))
                .first();
        };
        const QVariantList bank = sum(QStringLiteral("= 'bank'"));
        const QVariantList cash = sum(QStringLiteral("<> 'bank'"));
        CHECK(s.fees.bankCount == bank.at(0).toInt());
        CHECK(s.fees.bankSum == bank.at(1).toLongLong());
        CHECK(s.fees.cashCount == cash.at(0).toInt());
        CHECK(s.fees.cashSum == cash.at(1).toLongLong());
        CHECK(s.fees.bankSum > 0);
        CHECK(s.fees.cashSum > 0);
        CHECK(s.fees.waived == sql.count(QStringLiteral("payment_state = 'waived'")));
        CHECK(s.fees.open == s.channels.feeNotSettled);
    }
    {
        INFO("the sync backlog is now, whatever the period");
        const QVariantList b = sql.rows(QStringLiteral(
            "SELECT sum(status IN ('queued', 'sending')), sum(status = 'failed'), "
            "min(CASE WHEN status IN ('queued', 'sending') THEN julianday(received_at) END) FROM outbox")).first();
        CHECK(s.backlog.waiting == b.at(0).toInt());
        CHECK(s.backlog.failed == b.at(1).toInt());
        REQUIRE(s.backlog.waiting > 0);
        const double minutes = (now.toMSecsSinceEpoch() / 86'400'000.0 + 2440587.5 - b.at(2).toDouble()) * 1440;
        CHECK(double(s.backlog.oldestWaitingMinutes) == Approx(minutes).margin(1.0));
    }
    {
        INFO("processing time: receipt to the first result_ready, done or refused");
        const auto hours = sql.rows(QStringLiteral(
            "SELECT (min(julianday(j.value ->> 'at')) - julianday(o.received_at)) * 24 FROM outbox o, "
            "json_each(o.portal_history) j WHERE %1 AND j.value ->> 'status' IN ('result_ready', 'done', 'refused') "
            "GROUP BY o.id ORDER BY 1").arg(QString(kInPeriod).replace(QStringLiteral("received_at"),
                                                                          QStringLiteral("o.received_at"))));
        REQUIRE(s.processing.count == hours.size());
        REQUIRE(hours.size() > 20);
        double sum = 0;
        for (const QVariantList &h : hours)
            sum += h.at(0).toDouble();
        CHECK(s.processing.averageHours == Approx(sum / double(hours.size())).epsilon(1e-6));
        const qsizetype mid = hours.size() / 2;
        const double median = hours.size() % 2 ? hours.at(mid).at(0).toDouble()
                                               : (hours.at(mid - 1).at(0).toDouble() + hours.at(mid).at(0).toDouble()) / 2;
        CHECK(s.processing.medianHours == Approx(median).epsilon(1e-6));
        CHECK(s.processing.maxHours == Approx(hours.last().at(0).toDouble()).epsilon(1e-6));
        // Withdrawn filings and those still in progress are not counted.
        CHECK(s.processing.count < sql.count(QStringLiteral("status = 'sent' AND portal_history <> '[]'")));
    }
    {
        INFO("satisfaction: per rating and reason, satisfied share, response rate");
        const int rated = sql.count(QStringLiteral("rating <> ''"));
        CHECK(s.ratings.rated == rated);
        REQUIRE(rated > 50);
        for (const QString &key : Satisfaction::ratingKeys())
            CHECK(s.ratings.byRating.value(key) == sql.count(QStringLiteral("rating = '%1'").arg(key)));
        for (const QString &key : Satisfaction::reasonKeys())
            CHECK(s.ratings.byReason.value(key)
                  == sql.value(QStringLiteral("SELECT count(*) FROM outbox o, json_each(o.rating_reasons) j WHERE %1 AND "
                                              "j.value = '%2'").arg(kInPeriod, key)).toInt());
        const int satisfied = sql.count(QStringLiteral("rating IN ('very_satisfied', 'satisfied')"));
        CHECK(s.ratings.satisfiedPercent() == Approx(100.0 * satisfied / rated));
        CHECK(s.responseRatePercent() == Approx(100.0 * rated / s.total));
    }
    {
        INFO("JSON, CSV and PDF say the same");
        const QJsonObject json = s.toJson();
        CHECK(json.value(QStringLiteral("total")).toInt() == s.total);
        CHECK(json.value(QStringLiteral("perDay")).toArray().size() == 30);
        CHECK(json[QStringLiteral("fees")][QStringLiteral("bank")][QStringLiteral("amount")].toInteger() == s.fees.bankSum);
        CHECK(json[QStringLiteral("ratings")][QStringLiteral("byRating")][QStringLiteral("neutral")].toInt()
              == s.ratings.byRating.value(QStringLiteral("neutral")));

        const QString csvPath = dir.filePath(QStringLiteral("stats.csv"));
        REQUIRE(s.writeCsv(csvPath).ok());
        const QByteArray bytes = test::readFile(csvPath);
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.endsWith("\r\n"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        CHECK(text.contains(QStringLiteral("\"Chứng thực chữ ký trong giấy tờ, văn bản\"")));
        CHECK(text.contains(QStringLiteral("\"Cấp bản sao \"\"trích lục\"\" hộ tịch\"")));
        const QList<QStringList> csv = parseCsv(text);
        CHECK(csv.contains(QStringList{QStringLiteral("Filings"), QString::number(s.total)}));
        const QList<QStringList> days = csvTable(csv, QStringLiteral("Filings per day"));
        REQUIRE(days.size() == 30);
        int sum = 0;
        for (const QStringList &d : days)
            sum += d.value(1).toInt();
        CHECK(sum == s.total);
        const QList<QStringList> procedures = csvTable(csv, QStringLiteral("Filings per procedure"));
        REQUIRE(procedures.size() == s.perProcedure.size());
        for (qsizetype i = 0; i < procedures.size(); ++i)
            CHECK(procedures.at(i) == QStringList{s.perProcedure.at(i).code, s.perProcedure.at(i).name,
                                                  QString::number(s.perProcedure.at(i).count)});
        CHECK(csvTable(csv, QStringLiteral("Satisfaction")).first()
              == QStringList{QStringLiteral("very_satisfied"), QStringLiteral("Rất hài lòng"),
                             QString::number(s.ratings.byRating.value(QStringLiteral("very_satisfied")))});

        const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
        QElapsedTimer drawing;
        drawing.start();
        const Status pdf = s.writePdf(pdfPath, QStringLiteral("UBND xã Minh Châu"));
        INFO(pdf.error().toStdString());
        REQUIRE(pdf.ok());
        std::printf("counter stats: PDF report in %lld ms\n", drawing.elapsed());
        CHECK(test::readFile(pdfPath).startsWith("%PDF"));
        const QString pdfText = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
        CHECK(pdfText.contains(QStringLiteral("01/11/2026 – 30/11/2026")));
        CHECK(pdfText.contains(QRegularExpression(QStringLiteral("Tổng số hồ sơ tiếp nhận\\s+%1\\b").arg(s.total))));
        CHECK(pdfText.contains(QStringLiteral("UBND XÃ MINH CHÂU")));
        CHECK(pdfText.contains(QStringLiteral("Rất hài lòng")));
        CHECK(pdfText.contains(QStringLiteral("Chứng thực bản sao từ bản chính")));
        const QString info = run(QStringLiteral("pdfinfo"), {pdfPath});
        CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
        CHECK(info.contains(QStringLiteral("A4")));
    }
}

TEST_CASE("counter stats: an empty period, and periods that are not", "[stats]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const auto empty = CounterStats::compute(*store, kFrom, kTo, kZone);
    REQUIRE(empty.ok());
    CHECK(empty->total == 0);
    CHECK(empty->perDay.size() == 30);
    CHECK(empty->perProcedure.isEmpty());
    CHECK(empty->ratings.satisfiedPercent() == 0);
    CHECK(empty->responseRatePercent() == 0);
    CHECK(empty->processing.count == 0);
    CHECK(empty->ratings.byRating.size() == 4); // every key, zeros included
    const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE(empty->writePdf(pdf, QStringLiteral("UBND xã Minh Châu")).ok());
    CHECK(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).contains(QStringLiteral("Chưa có đánh giá")));
    CHECK(CounterReport::periodText(empty.value()) == QStringLiteral("01/11/2026 – 30/11/2026"));

    CHECK(CounterStats::compute(*store, kTo, kFrom, kZone).error().contains(QStringLiteral("must start on or before")));
    CHECK(CounterStats::compute(*store, QDate(2025, 1, 1), QDate(2026, 1, 2), kZone).error().contains(QStringLiteral("366")));
    CHECK(CounterStats::compute(*store, QDate(2028, 1, 1), QDate(2028, 12, 31), kZone).ok()); // a leap year
}
