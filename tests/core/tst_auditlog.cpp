// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log's hash chain: appended entries verify; an edited, deleted (middle or last) or
// re-hashed entry is found by verify() at the right place, through a second connection to the
// file as a person with sqlite3 would tamper with it; CSV export; two writers, one chain.
#include "testsupport.h"

#include "session/auditlog.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace motcua;

namespace {

struct Log
{
    QTemporaryDir dir;
    QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(1, 0), QTimeZone::utc());
    std::unique_ptr<AuditLog> log;

    Log()
    {
        auto opened = AuditLog::open(path(), [this] { return now; });
        INFO(opened.error());
        REQUIRE(opened.ok());
        log = std::move(opened).value();
    }
    [[nodiscard]] QString path() const { return dir.filePath(QStringLiteral("staff.db")); }
    // `n` entries, a minute apart.
    void fill(int n)
    {
        for (int i = 1; i <= n; ++i) {
            now = now.addSecs(60);
            const auto e = log->append(QStringLiteral("clerk:Lan"), QStringLiteral("payment_confirmed"),
                                       QStringLiteral("000.00.01.H01-261123-%1").arg(i, 4, 10, QLatin1Char('0')),
                                       QStringLiteral("cash"));
            INFO(e.error());
            REQUIRE(e.ok());
            REQUIRE(e->seq == i);
        }
    }
    [[nodiscard]] AuditLog::Check verify() const
    {
        const auto check = log->verify();
        INFO(check.error());
        REQUIRE(check.ok());
        return check.value();
    }
    // Runs `sql` through a connection of its own, as anyone with the file could.
    void tamper(const QStringList &statements) const
    {
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path());
            REQUIRE(db.open());
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                INFO(sql.toStdString());
                REQUIRE(q.exec(sql));
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
    // Tampers with the file, then checks that verify() finds the first problem at `seq`.
    void expectBroken(const QStringList &statements, qint64 entries, qint64 seq, const QString &problem) const
    {
        tamper(statements);
        const AuditLog::Check check = verify();
        CHECK_FALSE(check.ok);
        CHECK(check.entries == entries);
        CHECK(check.brokenAtSeq == seq);
        CHECK(check.problem == problem);
    }
    [[nodiscard]] AuditLog::Entry entry(qint64 seq) const
    {
        const auto all = log->entries({}, {}, QTimeZone::utc());
        REQUIRE(all.ok());
        for (const AuditLog::Entry &e : all.value())
            if (e.seq == seq)
                return e;
        FAIL("no entry " << seq);
        return {};
    }
};

} // namespace

TEST_CASE("audit log: appended entries form a chain that verifies", "[audit]")
{
    Log log;
    const AuditLog::Check empty = log.verify();
    CHECK(empty.ok);
    CHECK(empty.entries == 0);
    log.fill(20);
    const AuditLog::Check check = log.verify();
    CHECK(check.ok);
    CHECK(check.entries == 20);
    CHECK(check.brokenAtSeq == 0);
    CHECK(check.problem.isEmpty());

    const AuditLog::Entry first = log.entry(1);
    CHECK(first.prevHash == QString(64, u'0'));
    CHECK(first.at == QDateTime(QDate(2026, 11, 23), QTime(1, 1), QTimeZone::utc()));
    CHECK(first.hash == AuditLog::hashOf(first));
    CHECK(first.hash.size() == 64);
    CHECK(log.entry(2).prevHash == first.hash);
    // The serialisation cannot be shifted between fields: ("ab", "c") is not ("a", "bc").
    CHECK(AuditLog::canonical(1, {}, QStringLiteral("ab"), QStringLiteral("c"), {}, {}, {})
          != AuditLog::canonical(1, {}, QStringLiteral("a"), QStringLiteral("bc"), {}, {}, {}));

    CHECK_FALSE(log.log->append(QStringLiteral("kiosk"), QStringLiteral("Payment Confirmed")).ok());
    CHECK_FALSE(log.log->append(QString(), QStringLiteral("login")).ok());
    const auto latest = log.log->latest(3);
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 3);
    CHECK(latest->first().seq == 18);
    CHECK(latest->last().seq == 20);
}

TEST_CASE("audit log: an edited field is found at its entry", "[audit]")
{
    Log log;
    log.fill(10);
    log.expectBroken({QStringLiteral("UPDATE audit_log SET object = '000.00.01.H01-261123-0099' WHERE seq = 6")}, 10,
                     6, QStringLiteral("entry 6: hash does not match its contents (edited?)"));

    Log other;
    other.fill(5);
    other.expectBroken({QStringLiteral("UPDATE audit_log SET at = '2026-11-22T01:00:00.000Z' WHERE seq = 1")}, 5, 1,
                       QStringLiteral("entry 1: hash does not match its contents (edited?)"));
}

TEST_CASE("audit log: a deleted entry in the middle breaks the chain at the next one", "[audit]")
{
    Log log;
    log.fill(10);
    log.expectBroken({QStringLiteral("DELETE FROM audit_log WHERE seq = 4")}, 9, 5,
                     QStringLiteral("sequence gap after 3: the next entry is 5 (entries deleted?)"));

    Log first;
    first.fill(3);
    first.expectBroken({QStringLiteral("DELETE FROM audit_log WHERE seq = 1")}, 2, 2,
                       QStringLiteral("the log starts at entry 2, not 1 (first entries deleted?)"));
}

TEST_CASE("audit log: a deleted last entry is found through the head", "[audit]")
{
    Log log;
    log.fill(10);
    log.expectBroken({QStringLiteral("DELETE FROM audit_log WHERE seq = 10")}, 9, 10,
                     QStringLiteral("the log ends at 9 but its head says 10 (last entries deleted?)"));

    // Appending afterwards does not hide it: the next entry links to the deleted one.
    REQUIRE(log.log->append(QStringLiteral("kiosk"), QStringLiteral("wipe")).ok());
    const AuditLog::Check check = log.verify();
    CHECK_FALSE(check.ok);
    CHECK(check.brokenAtSeq == 11);
    CHECK(check.problem.startsWith(QStringLiteral("sequence gap after 9")));

    Log headless;
    headless.fill(3);
    headless.expectBroken({QStringLiteral("DELETE FROM audit_head")}, 3, 3,
                          QStringLiteral("the log's head is missing (the log ends at 3)"));
    Log emptied;
    emptied.fill(2);
    emptied.expectBroken({QStringLiteral("DELETE FROM audit_log")}, 0, 1,
                         QStringLiteral("the log is empty but its head says 2"));
}

TEST_CASE("audit log: an edit with its hash recomputed breaks the next entry's link", "[audit]")
{
    Log log;
    log.fill(10);
    AuditLog::Entry forged = log.entry(7);
    forged.object = QStringLiteral("000.00.01.H01-261123-0042");
    forged.hash = AuditLog::hashOf(forged);
    log.expectBroken({QStringLiteral("UPDATE audit_log SET object = '%1', hash = '%2' WHERE seq = 7")
                          .arg(forged.object, forged.hash)},
                     10, 8, QStringLiteral("entry 8: previous-hash link broken (entry deleted or reordered?)"));

    // The same forgery on the last entry: the head still holds the old hash.
    Log last;
    last.fill(5);
    AuditLog::Entry fifth = last.entry(5);
    fifth.detail = QStringLiteral("bank");
    fifth.hash = AuditLog::hashOf(fifth);
    last.expectBroken({QStringLiteral("UPDATE audit_log SET detail = 'bank', hash = '%1' WHERE seq = 5").arg(fifth.hash)},
                      5, 5, QStringLiteral("the log's head does not match entry 5 (edited?)"));
}

TEST_CASE("audit log: export by the office's days, as RFC 4180 CSV", "[audit]")
{
    Log log;
    const QTimeZone hanoi("Asia/Ho_Chi_Minh");
    // 16:59:59 UTC is 23:59:59 on the 23rd in Hanoi; 17:00 UTC is already the 24th.
    log.now = QDateTime(QDate(2026, 11, 22), QTime(16, 59, 59), QTimeZone::utc());
    REQUIRE(log.log->append(QStringLiteral("kiosk"), QStringLiteral("wipe"), {}, QStringLiteral("idle")).ok());
    log.now = QDateTime(QDate(2026, 11, 22), QTime(17, 0), QTimeZone::utc());
    REQUIRE(log.log->append(QStringLiteral("technician:Minh"), QStringLiteral("config_change"), QStringLiteral("hotline"),
                            QStringLiteral("said \"hello\", then\nleft"))
                .ok());
    log.now = QDateTime(QDate(2026, 11, 24), QTime(16, 59, 59, 999), QTimeZone::utc());
    REQUIRE(log.log->append(QStringLiteral("clerk:Lan, Hoa"), QStringLiteral("logout")).ok());
    log.now = QDateTime(QDate(2026, 11, 24), QTime(17, 0), QTimeZone::utc());
    REQUIRE(log.log->append(QStringLiteral("clerk:Lan"), QStringLiteral("login")).ok());

    const auto days = log.log->entries(QDate(2026, 11, 23), QDate(2026, 11, 24), hanoi);
    REQUIRE(days.ok());
    REQUIRE(days->size() == 2);
    CHECK(days->at(0).seq == 2);
    CHECK(days->at(1).seq == 3);
    CHECK(log.log->entries(QDate(2026, 11, 22), QDate(2026, 11, 22), hanoi)->size() == 1);
    CHECK(log.log->entries(QDate(2026, 11, 25), {}, hanoi)->size() == 1);
    CHECK(log.log->entries({}, {}, hanoi)->size() == 4);

    const QString csv = AuditLog::toCsv(days.value(), hanoi);
    const QStringList rows = csv.split(QStringLiteral("\r\n"));
    CHECK(rows.at(0) == QStringLiteral("seq,at,local_time,actor,action,object,detail,prev_hash,hash"));
    CHECK(rows.at(1).startsWith(QStringLiteral("2,2026-11-22T17:00:00.000Z,2026-11-23 00:00:00,technician:Minh,"
                                               "config_change,hotline,\"said \"\"hello\"\", then\nleft\",")));
    CHECK(rows.at(1).endsWith(days->at(0).hash));
    CHECK(rows.at(2).startsWith(QStringLiteral("3,2026-11-24T16:59:59.999Z,2026-11-24 23:59:59,\"clerk:Lan, Hoa\",logout,,,")));
    CHECK(rows.size() == 4);
    CHECK(rows.at(3).isEmpty()); // every record ends with CRLF
}

TEST_CASE("audit log: two writers on one file keep one chain", "[audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("staff.db"));
    { // the schema exists before the writers race
        REQUIRE(AuditLog::open(path).ok());
    }
    constexpr int kEach = 40;
    std::atomic<int> failures{0};
    const auto writer = [&](const QString &actor) {
        auto log = AuditLog::open(path);
        if (!log) {
            ++failures;
            return;
        }
        for (int i = 0; i < kEach; ++i)
            if (!log.value()->append(actor, QStringLiteral("resend"), QString::number(i)))
                ++failures;
    };
    std::thread kiosk(writer, QStringLiteral("kiosk"));
    std::thread cli(writer, QStringLiteral("cli:root"));
    kiosk.join();
    cli.join();
    CHECK(failures == 0);
    auto log = AuditLog::open(path);
    REQUIRE(log.ok());
    const auto check = log.value()->verify();
    REQUIRE(check.ok());
    INFO(check->problem.toStdString());
    CHECK(check->ok);
    CHECK(check->entries == 2 * kEach);
}
