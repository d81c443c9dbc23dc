// SPDX-License-Identifier: GPL-3.0-or-later
#include "clerkaccounts.h"

#include "session/staffschema.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>

namespace motcua {

Q_LOGGING_CATEGORY(lcAccounts, "motcua.clerk.accounts")

using namespace staffsql;

namespace {

const QString kColumns =
    QStringLiteral("id, name, role, created_at, failed_attempts, locked_until, last_login_at");

[[nodiscard]] bool sodiumReady()
{
    // sodium_init() is thread-safe and idempotent; once is enough.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

[[nodiscard]] QString cleanName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).simplified();
}

// The account's name as the unique index compares it.
[[nodiscard]] QString nameKey(const QString &name)
{
    return cleanName(name).toCaseFolded();
}

struct Limits
{
    unsigned long long ops;
    size_t mem;
};

[[nodiscard]] Limits limitsOf(PinHashCost cost)
{
    if (cost == PinHashCost::Minimum)
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

// The lock after the `wrongInARow`-th wrong PIN (0: none): 30 s at the 5th, doubling after.
[[nodiscard]] int lockSeconds(int wrongInARow)
{
    if (wrongInARow < ClerkAccounts::kMaxWrongPins)
        return 0;
    const int doublings = std::min(wrongInARow - ClerkAccounts::kMaxWrongPins, 8);
    return std::min(ClerkAccounts::kFirstLockSeconds << doublings, ClerkAccounts::kMaxLockSeconds);
}

// Whole seconds from `now` to `until`, rounded up.
[[nodiscard]] qint64 secondsLeft(const QDateTime &now, const QDateTime &until)
{
    return std::max<qint64>(1, (now.msecsTo(until) + 999) / 1000);
}

[[nodiscard]] QString durationEn(qint64 seconds)
{
    return seconds < 120 ? QStringLiteral("%1 s").arg(seconds) : QStringLiteral("%1 min").arg((seconds + 59) / 60);
}

[[nodiscard]] QString durationVi(qint64 seconds)
{
    return seconds < 60 ? ClerkAccounts::tr("%1 giây").arg(seconds)
                        : ClerkAccounts::tr("%1 phút").arg((seconds + 59) / 60);
}

[[nodiscard]] QString lockedVi(qint64 seconds)
{
    return ClerkAccounts::tr("Đã khóa do nhập sai nhiều lần. Thử lại sau %1.").arg(durationVi(seconds));
}

[[nodiscard]] ClerkAccounts::PinCheck failed(const QString &why)
{
    qCWarning(lcAccounts) << "PIN check failed:" << why;
    ClerkAccounts::PinCheck check;
    check.reason = QStringLiteral("cannot check the PIN: %1").arg(why);
    check.reasonVi = ClerkAccounts::tr("Không kiểm tra được mã PIN. Xin báo kỹ thuật viên.");
    return check;
}

[[nodiscard]] ClerkAccounts::PinCheck lockedCheck(const ClerkAccounts::Account &account, const QDateTime &now)
{
    const qint64 left = secondsLeft(now, account.lockedUntil);
    ClerkAccounts::PinCheck check;
    check.outcome = ClerkAccounts::PinCheck::Outcome::Locked;
    check.account = account;
    check.lockedUntil = account.lockedUntil;
    check.reason = QStringLiteral("account '%1' is locked after too many wrong PINs; try again in %2 (at %3)")
                       .arg(account.name, durationEn(left), timeText(account.lockedUntil));
    check.reasonVi = lockedVi(left);
    return check;
}

} // namespace

QJsonObject ClerkAccounts::Account::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("createdAt"), timeText(createdAt)},
                  {QStringLiteral("failedAttempts"), failedAttempts},
                  {QStringLiteral("locked"), locked()}};
    if (locked())
        o.insert(QStringLiteral("lockedUntil"), timeText(lockedUntil));
    if (lastLoginAt.isValid())
        o.insert(QStringLiteral("lastLoginAt"), timeText(lastLoginAt));
    return o;
}

ClerkAccounts::ClerkAccounts(QString path, QSqlDatabase db, Clock clock, PinHashCost cost)
    : m_path(std::move(path)), m_db(std::move(db)), m_clock(std::move(clock)), m_cost(cost)
{
}

ClerkAccounts::~ClerkAccounts()
{
    Database::close(m_db);
}

Result<std::unique_ptr<ClerkAccounts>> ClerkAccounts::open(const QString &path, Clock clock, PinHashCost cost)
{
    if (!sodiumReady())
        return Error{QStringLiteral("libsodium could not be initialised")};
    auto db = Database::openForStore(path, QStringLiteral("accounts"), staffMigrations());
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<ClerkAccounts>(new ClerkAccounts(path, std::move(db).value(), std::move(clock), cost));
}

QDateTime ClerkAccounts::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QStringList ClerkAccounts::roles()
{
    return {QStringLiteral("clerk"), QStringLiteral("technician")};
}

QString ClerkAccounts::pinProblem(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    return digits.match(pin).hasMatch() ? QString() : QStringLiteral("a PIN is 4 to 8 digits");
}

QString ClerkAccounts::nameProblem(const QString &name)
{
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return QStringLiteral("a name is needed");
    if (clean.size() > 40)
        return QStringLiteral("a name is at most 40 characters");
    for (const QChar c : clean)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QStringLiteral("a name cannot hold control characters");
    return {};
}

Result<QString> ClerkAccounts::hashPin(const QString &pin) const
{
    QByteArray bytes = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const Limits limits = limitsOf(m_cost);
    const int hashed = crypto_pwhash_str_alg(out, bytes.constData(), size_t(bytes.size()), limits.ops, limits.mem,
                                             crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    if (hashed != 0)
        return Error{QStringLiteral("cannot hash the PIN (out of memory?)")};
    return QString::fromLatin1(out);
}

Result<QList<ClerkAccounts::Account>> ClerkAccounts::select(const QString &where, const QString &value) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM accounts %2 ORDER BY name_key").arg(kColumns, where));
    if (!where.isEmpty())
        q.bindValue(QStringLiteral(":v"), value);
    if (!q.exec())
        return sqlError(q, "reading accounts");
    const QDateTime at = now();
    QList<Account> accounts;
    while (q.next()) {
        Account a{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  timeFromText(q.value(3).toString()), q.value(4).toInt(), timeFromText(q.value(5).toString()),
                  timeFromText(q.value(6).toString())};
        if (a.lockedUntil.isValid() && a.lockedUntil <= at)
            a.lockedUntil = {}; // over: the wrong-PIN series goes on, the lock does not
        accounts.append(a);
    }
    return accounts;
}

Result<QList<ClerkAccounts::Account>> ClerkAccounts::list() const
{
    return select({}, {});
}

Result<QList<ClerkAccounts::Account>> ClerkAccounts::withRole(const QString &role) const
{
    return select(QStringLiteral("WHERE role = :v"), role);
}

Result<bool> ClerkAccounts::hasAccounts() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)")) || !q.next())
        return sqlError(q, "counting accounts");
    return q.value(0).toBool();
}

Result<std::optional<ClerkAccounts::Account>> ClerkAccounts::find(const QString &idOrName) const
{
    auto byId = select(QStringLiteral("WHERE id = :v"), idOrName.trimmed());
    if (!byId)
        return Error{byId.error()};
    if (byId->isEmpty())
        byId = select(QStringLiteral("WHERE name_key = :v"), nameKey(idOrName));
    if (!byId)
        return Error{byId.error()};
    return byId->isEmpty() ? std::optional<Account>() : std::optional<Account>(byId->first());
}

Result<ClerkAccounts::Account> ClerkAccounts::required(const QString &idOrName) const
{
    const auto found = find(idOrName);
    if (!found)
        return Error{found.error()};
    if (!found.value())
        return Error{QStringLiteral("no account named '%1'").arg(cleanName(idOrName))};
    return *found.value();
}

Result<ClerkAccounts::Account> ClerkAccounts::add(const QString &name, const QString &role, const QString &pin)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error{problem};
    if (!roles().contains(role))
        return Error{QStringLiteral("'%1' is not a role (clerk, technician)").arg(role)};
    if (const QString problem = pinProblem(pin); !problem.isEmpty())
        return Error{problem};
    const auto existing = find(name);
    if (!existing)
        return Error{existing.error()};
    const QString taken = QStringLiteral("an account named '%1' already exists").arg(cleanName(name));
    if (existing.value())
        return Error{taken};
    const auto hash = hashPin(pin);
    if (!hash)
        return Error{hash.error()};

    Account account{QUuid::createUuid().toString(QUuid::WithoutBraces), cleanName(name), role, now(), 0, {}, {}};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO accounts (id, name, name_key, role, pin_hash, created_at) "
                             "VALUES (:id, :name, :key, :role, :hash, :at)"));
    q.bindValue(QStringLiteral(":id"), account.id);
    q.bindValue(QStringLiteral(":name"), account.name);
    q.bindValue(QStringLiteral(":key"), nameKey(name));
    q.bindValue(QStringLiteral(":role"), role);
    q.bindValue(QStringLiteral(":hash"), hash.value());
    q.bindValue(QStringLiteral(":at"), timeText(account.createdAt));
    if (!q.exec()) {
        // Another process may have added the same name since find().
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return Error{taken};
        return sqlError(q, "adding an account");
    }
    qCInfo(lcAccounts) << "account added:" << account.name << account.role;
    return account;
}

Result<ClerkAccounts::Account> ClerkAccounts::remove(const QString &idOrName)
{
    const auto account = required(idOrName);
    if (!account)
        return account;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), account->id);
    if (!q.exec())
        return sqlError(q, "removing an account");
    qCInfo(lcAccounts) << "account removed:" << account->name;
    return account;
}

Result<ClerkAccounts::Account> ClerkAccounts::resetPin(const QString &idOrName, const QString &newPin)
{
    if (const QString problem = pinProblem(newPin); !problem.isEmpty())
        return Error{problem};
    auto account = required(idOrName);
    if (!account)
        return account;
    const auto hash = hashPin(newPin);
    if (!hash)
        return Error{hash.error()};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET pin_hash = :hash, failed_attempts = 0, locked_until = NULL "
                             "WHERE id = :id"));
    q.bindValue(QStringLiteral(":hash"), hash.value());
    q.bindValue(QStringLiteral(":id"), account->id);
    if (!q.exec())
        return sqlError(q, "setting a PIN");
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("account '%1' was removed meanwhile").arg(account->name)};
    account->failedAttempts = 0;
    account->lockedUntil = {};
    qCInfo(lcAccounts) << "PIN reset for" << account->name;
    return account;
}

Result<QString> ClerkAccounts::storedHash(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pin_hash FROM accounts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return sqlError(q, "reading a PIN hash");
    if (!q.next())
        return Error{QStringLiteral("the account was removed meanwhile")};
    return q.value(0).toString();
}

ClerkAccounts::PinCheck ClerkAccounts::verify(const QString &idOrName, const QString &pin)
{
    const auto found = find(idOrName);
    if (!found)
        return failed(found.error());
    if (!found.value()) {
        PinCheck check;
        check.outcome = PinCheck::Outcome::NoSuchAccount;
        check.reason = QStringLiteral("no account named '%1'").arg(cleanName(idOrName));
        check.reasonVi = tr("Không có tài khoản cán bộ này.");
        return check;
    }
    const Account &account = *found.value();
    if (account.locked()) // refused without looking at the PIN
        return lockedCheck(account, now());
    const auto hash = storedHash(account.id);
    if (!hash)
        return failed(hash.error());
    // Only digits can be right: anything else is a wrong PIN without the cost of a hash.
    QByteArray bytes = pin.toUtf8();
    const bool right = pinProblem(pin).isEmpty()
                       && crypto_pwhash_str_verify(hash->toLatin1().constData(), bytes.constData(),
                                                   size_t(bytes.size()))
                              == 0;
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return right ? recordRightPin(account, pin, hash.value()) : recordWrongPin(account);
}

ClerkAccounts::PinCheck ClerkAccounts::recordRightPin(const Account &account, const QString &pin, const QString &hash)
{
    // A hash made with other limits (older defaults, a test's minimum) is renewed now that the PIN
    // is known; only to the kiosk's cost, so a test's cheap instance never weakens a real hash.
    const Limits limits = limitsOf(m_cost);
    QString renewed;
    if (m_cost == PinHashCost::Interactive
        && crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), limits.ops, limits.mem) != 0) {
        if (const auto rehashed = hashPin(pin))
            renewed = rehashed.value();
    }
    const QDateTime at = now();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = :at, "
                             "pin_hash = CASE WHEN :renewed = '' THEN pin_hash ELSE :renewed2 END WHERE id = :id"));
    q.bindValue(QStringLiteral(":at"), timeText(at));
    q.bindValue(QStringLiteral(":renewed"), notNull(renewed));
    q.bindValue(QStringLiteral(":renewed2"), notNull(renewed));
    q.bindValue(QStringLiteral(":id"), account.id);
    if (!q.exec())
        return failed(sqlError(q, "recording a login").message);
    PinCheck check;
    check.outcome = PinCheck::Outcome::Accepted;
    check.ok = true;
    check.account = account;
    check.account.failedAttempts = 0;
    check.account.lastLoginAt = at;
    check.attemptsLeft = kMaxWrongPins;
    return check;
}

ClerkAccounts::PinCheck ClerkAccounts::recordWrongPin(const Account &account)
{
    // Read again inside the write lock: another process may have counted (or locked) meanwhile.
    const QDateTime at = now();
    int wrong = 0;
    QDateTime lockedUntil;
    bool alreadyLocked = false;
    const Status counted = Database::transaction(m_db, [&]() -> Status {
        QSqlQuery read(m_db);
        read.prepare(QStringLiteral("SELECT failed_attempts, locked_until FROM accounts WHERE id = :id"));
        read.bindValue(QStringLiteral(":id"), account.id);
        if (!read.exec())
            return sqlError(read, "reading the wrong-PIN count");
        if (!read.next())
            return Error{QStringLiteral("the account was removed meanwhile")};
        const QDateTime until = timeFromText(read.value(1).toString());
        if (until.isValid() && until > at) {
            alreadyLocked = true;
            lockedUntil = until;
            return Done{};
        }
        wrong = read.value(0).toInt() + 1;
        if (const int seconds = lockSeconds(wrong))
            lockedUntil = at.addSecs(seconds);
        QSqlQuery write(m_db);
        write.prepare(QStringLiteral("UPDATE accounts SET failed_attempts = :wrong, locked_until = :until WHERE id = :id"));
        write.bindValue(QStringLiteral(":wrong"), wrong);
        write.bindValue(QStringLiteral(":until"), lockedUntil.isValid() ? QVariant(timeText(lockedUntil))
                                                                        : QVariant(QMetaType(QMetaType::QString)));
        write.bindValue(QStringLiteral(":id"), account.id);
        if (!write.exec())
            return sqlError(write, "counting a wrong PIN");
        return Done{};
    });
    if (!counted)
        return failed(counted.error());
    Account after = account;
    after.lockedUntil = lockedUntil;
    if (alreadyLocked)
        return lockedCheck(after, at);
    after.failedAttempts = wrong;
    PinCheck check;
    check.outcome = PinCheck::Outcome::WrongPin;
    check.account = after;
    check.lockedUntil = lockedUntil;
    if (lockedUntil.isValid()) {
        const qint64 seconds = secondsLeft(at, lockedUntil);
        check.lockedNow = true;
        check.reason = QStringLiteral("wrong PIN for '%1'; locked for %2 after %3 wrong PINs in a row")
                           .arg(account.name, durationEn(seconds))
                           .arg(wrong);
        check.reasonVi = tr("Mã PIN không đúng. %1").arg(lockedVi(seconds));
        qCWarning(lcAccounts) << "account" << account.name << "locked for" << seconds << "s after" << wrong
                              << "wrong PINs";
    } else {
        check.attemptsLeft = kMaxWrongPins - wrong;
        check.reason = QStringLiteral("wrong PIN for '%1' (%2 attempts left)").arg(account.name).arg(check.attemptsLeft);
        check.reasonVi = tr("Mã PIN không đúng. Còn %1 lần thử.").arg(check.attemptsLeft);
    }
    return check;
}

} // namespace motcua
