// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace motcua {

// How much work (and memory) one PIN hash costs. Interactive is libsodium's
// crypto_pwhash_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (Argon2id, 2 passes over 64 MiB);
// Minimum (OPSLIMIT_MIN / MEMLIMIT_MIN) is for tests that check hundreds of PINs, never for a kiosk.
enum class PinHashCost { Interactive, Minimum };

// The clerks' and technicians' accounts in staff.db (staffschema.h): a name, a role and a PIN,
// which is stored only as a libsodium crypto_pwhash_str string (Argon2id, salted).
// Login is name + PIN. Five wrong PINs in a row lock the account for 30 s; each further wrong
// PIN after that locks it again for twice as long (60 s, 120 s, … at most 1 h); a right PIN
// ends the series. The lock lives in SQLite, so a restart does not lift it, and while it holds
// no PIN is checked at all. Times come from the injectable clock.
// One instance per thread (like FilingStore); several processes may share the file.
class ClerkAccounts
{
    Q_DECLARE_TR_FUNCTIONS(motcua::ClerkAccounts)

public:
    using Clock = std::function<QDateTime()>; // default: QDateTime::currentDateTimeUtc

    static constexpr int kMaxWrongPins = 5;   // in a row, before the first lock
    static constexpr int kFirstLockSeconds = 30;
    static constexpr int kMaxLockSeconds = 3600;

    struct Account
    {
        QString id;   // UUID
        QString name; // as typed when added (NFC); unique ignoring case
        QString role; // clerk | technician
        QDateTime createdAt;
        int failedAttempts = 0; // wrong PINs in a row
        QDateTime lockedUntil;  // invalid unless locked now
        QDateTime lastLoginAt;  // the last right PIN; invalid: never

        [[nodiscard]] bool locked() const { return lockedUntil.isValid(); }
        // "clerk:Lan", "technician:Minh": how the audit log names this person.
        [[nodiscard]] QString actor() const { return role + u':' + name; }
        // Never holds the PIN or its hash.
        [[nodiscard]] QJsonObject toJson() const;
    };

    // What verify() found. `reason` is English (logs, CLI); `reasonVi` is for the clerk's
    // screen ("Mã PIN không đúng. Còn 3 lần thử."): Vietnamese, or its translation when one is
    // installed (tr()).
    struct PinCheck
    {
        enum class Outcome { Accepted, WrongPin, Locked, NoSuchAccount, Failed };
        Outcome outcome = Outcome::Failed;
        bool ok = false;         // outcome == Accepted
        Account account;         // as it stands after the check (empty for NoSuchAccount)
        QString reason;
        QString reasonVi;
        int attemptsLeft = 0;    // before the account locks (WrongPin)
        QDateTime lockedUntil;   // valid when this check found or made a lock
        bool lockedNow = false;  // this wrong PIN is the one that locked the account
    };

    ~ClerkAccounts();
    ClerkAccounts(const ClerkAccounts &) = delete;
    ClerkAccounts &operator=(const ClerkAccounts &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<ClerkAccounts>> open(const QString &path, Clock clock = {},
                                                                    PinHashCost cost = PinHashCost::Interactive);
    [[nodiscard]] QString path() const { return m_path; }

    [[nodiscard]] static QStringList roles(); // clerk, technician
    // "" when `pin` can be a PIN (4 to 8 digits), else why not (English).
    [[nodiscard]] static QString pinProblem(const QString &pin);
    // "" when `name` can be an account's name (1 to 40 characters, no control characters).
    [[nodiscard]] static QString nameProblem(const QString &name);

    // Refused with the reason: a bad name, role or PIN, or a name already taken (ignoring case).
    [[nodiscard]] Result<Account> add(const QString &name, const QString &role, const QString &pin);
    // By name (ignoring case).
    [[nodiscard]] Result<QList<Account>> list() const;
    [[nodiscard]] Result<QList<Account>> withRole(const QString &role) const;
    [[nodiscard]] Result<bool> hasAccounts() const;
    // By id, else by name (ignoring case).
    [[nodiscard]] Result<std::optional<Account>> find(const QString &idOrName) const;
    // The account removed; an error when there is none.
    [[nodiscard]] Result<Account> remove(const QString &idOrName);
    // A new PIN; the wrong-PIN series and any lock end.
    [[nodiscard]] Result<Account> resetPin(const QString &idOrName, const QString &newPin);
    // Login: the account's PIN, counted towards the lock when wrong. With Interactive cost, a
    // hash made with other limits is renewed on a right PIN.
    [[nodiscard]] PinCheck verify(const QString &idOrName, const QString &pin);

private:
    ClerkAccounts(QString path, QSqlDatabase db, Clock clock, PinHashCost cost);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] Result<QString> hashPin(const QString &pin) const;
    [[nodiscard]] Result<QList<Account>> select(const QString &where, const QString &value) const;
    [[nodiscard]] Result<Account> required(const QString &idOrName) const;
    [[nodiscard]] Result<QString> storedHash(const QString &id) const;
    [[nodiscard]] PinCheck recordWrongPin(const Account &account);
    [[nodiscard]] PinCheck recordRightPin(const Account &account, const QString &pin, const QString &hash);

    QString m_path;
    mutable QSqlDatabase m_db;
    Clock m_clock;
    PinHashCost m_cost;
};

} // namespace motcua
