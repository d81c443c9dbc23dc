// SPDX-License-Identifier: GPL-3.0-or-later
// Clerk accounts: PINs only as Argon2id hashes, login by name + PIN, the lockout schedule on a
// clock moved by hand (and across a reopen), names unique ignoring case, PIN rules.
#include "testsupport.h"

#include "session/clerkaccounts.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

using namespace motcua;
using Outcome = ClerkAccounts::PinCheck::Outcome;

namespace {

// A staff.db in a temporary folder, on a clock the test moves by hand.
struct Staff
{
    QTemporaryDir dir;
    QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(2, 30), QTimeZone::utc());
    std::unique_ptr<ClerkAccounts> accounts;

    explicit Staff(PinHashCost cost = PinHashCost::Minimum) { reopen(cost); }
    [[nodiscard]] QString path() const { return dir.filePath(QStringLiteral("staff.db")); }
    void reopen(PinHashCost cost = PinHashCost::Minimum)
    {
        accounts.reset();
        auto opened = ClerkAccounts::open(path(), [this] { return now; }, cost);
        INFO(opened.error());
        REQUIRE(opened.ok());
        accounts = std::move(opened).value();
    }
    ClerkAccounts::Account add(const QString &name, const QString &role, const QString &pin)
    {
        auto added = accounts->add(name, role, pin);
        INFO(added.error());
        REQUIRE(added.ok());
        return added.value();
    }
    // The stored hash, read past the class as anyone with the file could.
    [[nodiscard]] QString storedHash(const QString &id) const
    {
        const QString connection = QUuid::createUuid().toString();
        QString hash;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path());
            REQUIRE(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT pin_hash FROM accounts WHERE id = :id"));
            q.bindValue(QStringLiteral(":id"), id);
            REQUIRE(q.exec());
            REQUIRE(q.next());
            hash = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(connection);
        return hash;
    }
};

} // namespace

TEST_CASE("clerk accounts: a PIN is stored only as a salted Argon2id hash (interactive limits)", "[clerks]")
{
    Staff staff(PinHashCost::Interactive);
    const auto lan = staff.add(QStringLiteral("Chị Lan"), QStringLiteral("clerk"), QStringLiteral("4826"));
    const auto minh = staff.add(QStringLiteral("Anh Minh"), QStringLiteral("technician"), QStringLiteral("4826"));
    const QString lanHash = staff.storedHash(lan.id);
    const QString minhHash = staff.storedHash(minh.id);
    CHECK(lanHash.startsWith(QStringLiteral("$argon2id$")));
    CHECK(lanHash.contains(QStringLiteral("m=65536,t=2,p=1"))); // crypto_pwhash_*_INTERACTIVE
    CHECK_FALSE(lanHash.contains(QStringLiteral("4826")));
    CHECK(lanHash != minhHash); // salted: the same PIN twice is two different hashes
    CHECK_FALSE(lan.toJson().contains(QStringLiteral("pinHash")));

    const auto right = staff.accounts->verify(QStringLiteral("chị lan"), QStringLiteral("4826"));
    CHECK(right.ok);
    CHECK(right.outcome == Outcome::Accepted);
    CHECK(right.account.name == QStringLiteral("Chị Lan"));
    CHECK(right.account.actor() == QStringLiteral("clerk:Chị Lan"));
    CHECK(right.account.lastLoginAt == staff.now);
    const auto wrong = staff.accounts->verify(QStringLiteral("Chị Lan"), QStringLiteral("4827"));
    CHECK_FALSE(wrong.ok);
    CHECK(wrong.outcome == Outcome::WrongPin);
    CHECK(wrong.attemptsLeft == 4);
    CHECK(wrong.reasonVi == QStringLiteral("Mã PIN không đúng. Còn 4 lần thử."));
    CHECK(wrong.reason == QStringLiteral("wrong PIN for 'Chị Lan' (4 attempts left)"));
    const auto nobody = staff.accounts->verify(QStringLiteral("Chị Hoa"), QStringLiteral("4826"));
    CHECK(nobody.outcome == Outcome::NoSuchAccount);
    CHECK(nobody.reasonVi == QStringLiteral("Không có tài khoản cán bộ này."));
}

TEST_CASE("clerk accounts: the 5th wrong PIN locks for 30 s, each further one doubles the lock up to 1 h",
          "[clerks]")
{
    Staff staff;
    staff.add(QStringLiteral("Lan"), QStringLiteral("clerk"), QStringLiteral("1357"));
    for (int i = 1; i <= 4; ++i) {
        const auto wrong = staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("0000"));
        CHECK(wrong.outcome == Outcome::WrongPin);
        CHECK(wrong.attemptsLeft == 5 - i);
        CHECK_FALSE(wrong.lockedUntil.isValid());
    }
    const auto fifth = staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("0000"));
    CHECK(fifth.outcome == Outcome::WrongPin);
    CHECK(fifth.lockedNow);
    CHECK(fifth.lockedUntil == staff.now.addSecs(30));
    CHECK(fifth.reasonVi == QStringLiteral("Mã PIN không đúng. Đã khóa do nhập sai nhiều lần. Thử lại sau 30 giây."));

    // While locked even the right PIN is refused (and nothing is counted).
    staff.now = staff.now.addSecs(29);
    const auto refused = staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("1357"));
    CHECK_FALSE(refused.ok);
    CHECK(refused.outcome == Outcome::Locked);
    CHECK(refused.reasonVi == QStringLiteral("Đã khóa do nhập sai nhiều lần. Thử lại sau 1 giây."));
    CHECK(staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("0000")).outcome == Outcome::Locked);

    // Each wrong PIN after the lock ends locks again for twice as long: 60 s, 120 s … 3600 s.
    int expected = 30;
    for (int round = 0; round < 9; ++round) {
        staff.now = staff.now.addSecs(expected);
        expected = std::min(expected * 2, 3600);
        const auto again = staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("2468"));
        INFO("round " << round);
        CHECK(again.lockedNow);
        CHECK(again.lockedUntil == staff.now.addSecs(expected));
        CHECK(staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("1357")).outcome == Outcome::Locked);
    }
    CHECK(expected == 3600);
    const auto hour = staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("1357"));
    CHECK(hour.reasonVi == QStringLiteral("Đã khóa do nhập sai nhiều lần. Thử lại sau 60 phút."));

    // Once the lock is over the right PIN works, and the series starts again from 5.
    staff.now = staff.now.addSecs(3600);
    const auto right = staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("1357"));
    CHECK(right.ok);
    CHECK(right.account.failedAttempts == 0);
    for (int i = 1; i <= 4; ++i)
        CHECK_FALSE(staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("0000")).lockedNow);
    CHECK(staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("0000")).lockedUntil == staff.now.addSecs(30));
}

TEST_CASE("clerk accounts: a lock survives a restart", "[clerks]")
{
    Staff staff;
    staff.add(QStringLiteral("Lan"), QStringLiteral("clerk"), QStringLiteral("1357"));
    for (int i = 0; i < 5; ++i)
        (void)staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("9999"));
    staff.reopen();
    staff.now = staff.now.addSecs(10);
    const auto locked = staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("1357"));
    CHECK(locked.outcome == Outcome::Locked);
    const auto listed = staff.accounts->list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().locked());
    CHECK(listed->first().failedAttempts == 5);
    staff.now = staff.now.addSecs(20);
    staff.reopen();
    CHECK_FALSE(staff.accounts->list()->first().locked());
    CHECK(staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("1357")).ok);
}

TEST_CASE("clerk accounts: names are unique ignoring case, roles and PINs are checked", "[clerks]")
{
    Staff staff;
    CHECK_FALSE(staff.accounts->hasAccounts().value());
    staff.add(QStringLiteral("Đức"), QStringLiteral("technician"), QStringLiteral("12345678"));
    CHECK(staff.accounts->hasAccounts().value());
    const auto twice = staff.accounts->add(QStringLiteral("  đức "), QStringLiteral("clerk"), QStringLiteral("1234"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error() == QStringLiteral("an account named 'đức' already exists"));
    // Composed or decomposed, it is the same name.
    CHECK_FALSE(staff.accounts->add(QStringLiteral("Đức").normalized(QString::NormalizationForm_D),
                                    QStringLiteral("clerk"), QStringLiteral("1234"))
                    .ok());

    for (const char *pin : {"123", "123456789", "12a4", "", " 1234", "１２３４"}) {
        INFO(pin);
        const auto bad = staff.accounts->add(QStringLiteral("Lan"), QStringLiteral("clerk"), QString::fromUtf8(pin));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error() == QStringLiteral("a PIN is 4 to 8 digits"));
    }
    CHECK(staff.accounts->add(QStringLiteral("Lan"), QStringLiteral("admin"), QStringLiteral("1234")).error()
          == QStringLiteral("'admin' is not a role (clerk, technician)"));
    CHECK(staff.accounts->add(QStringLiteral("  "), QStringLiteral("clerk"), QStringLiteral("1234")).error()
          == QStringLiteral("a name is needed"));
    CHECK_FALSE(staff.accounts->add(QString(41, u'a'), QStringLiteral("clerk"), QStringLiteral("1234")).ok());

    staff.add(QStringLiteral("Lan"), QStringLiteral("clerk"), QStringLiteral("0000"));
    staff.add(QStringLiteral("Hoa"), QStringLiteral("clerk"), QStringLiteral("1111"));
    const auto clerks = staff.accounts->withRole(QStringLiteral("clerk"));
    REQUIRE(clerks.ok());
    REQUIRE(clerks->size() == 2);
    CHECK(clerks->at(0).name == QStringLiteral("Hoa")); // by name
    CHECK(staff.accounts->withRole(QStringLiteral("technician"))->size() == 1);
    CHECK(staff.accounts->list()->size() == 3);
}

TEST_CASE("clerk accounts: remove, and a reset PIN lifts the lock", "[clerks]")
{
    Staff staff;
    const auto lan = staff.add(QStringLiteral("Lan"), QStringLiteral("clerk"), QStringLiteral("1357"));
    staff.add(QStringLiteral("Hoa"), QStringLiteral("clerk"), QStringLiteral("2468"));
    for (int i = 0; i < 5; ++i)
        (void)staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("9999"));
    CHECK(staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("1357")).outcome == Outcome::Locked);

    CHECK(staff.accounts->resetPin(QStringLiteral("Lan"), QStringLiteral("12")).error() == QStringLiteral("a PIN is 4 to 8 digits"));
    const auto reset = staff.accounts->resetPin(lan.id, QStringLiteral("97531"));
    REQUIRE(reset.ok());
    CHECK_FALSE(reset->locked());
    CHECK(staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("1357")).outcome == Outcome::WrongPin);
    const auto right = staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("97531"));
    CHECK(right.ok);

    const auto removed = staff.accounts->remove(QStringLiteral("LAN"));
    REQUIRE(removed.ok());
    CHECK(removed->id == lan.id);
    CHECK(staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("97531")).outcome == Outcome::NoSuchAccount);
    CHECK(staff.accounts->remove(QStringLiteral("Lan")).error() == QStringLiteral("no account named 'Lan'"));
    CHECK(staff.accounts->resetPin(QStringLiteral("Lan"), QStringLiteral("1234")).error()
          == QStringLiteral("no account named 'Lan'"));
    CHECK(staff.accounts->list()->size() == 1);
}

TEST_CASE("clerk accounts: a hash made with other limits is renewed at the next right PIN", "[clerks]")
{
    Staff staff(PinHashCost::Minimum);
    const auto lan = staff.add(QStringLiteral("Lan"), QStringLiteral("clerk"), QStringLiteral("1357"));
    const QString minimal = staff.storedHash(lan.id);
    staff.reopen(PinHashCost::Interactive);
    CHECK(staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("1357")).ok);
    const QString renewed = staff.storedHash(lan.id);
    CHECK(renewed != minimal);
    CHECK(renewed.contains(QStringLiteral("m=65536,t=2,p=1")));
    CHECK(staff.accounts->verify(QStringLiteral("Lan"), QStringLiteral("1357")).ok);
}
