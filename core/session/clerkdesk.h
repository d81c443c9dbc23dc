// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <QVariantList>

namespace motcua {

class AuditLog;
class ClerkAccounts;
class ClerkGate;

// Clerk mode at the kiosk: a clerk or technician logs in with name and PIN (reached by a hidden
// gesture or Ctrl+Alt+K), acts without typing codes (ClerkGate), and is logged out after
// `idleMinutes` without a touch or whenever the citizen's session ends (one login serves one
// citizen's session). Logins, wrong
// PINs, lockouts, logouts and calls for help go to the audit log. The citizen's "Cần trợ giúp"
// rings here: the clerk view shows who waits since when.
class ClerkDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString role READ role NOTIFY changed)       // clerk | technician | ""
    Q_PROPERTY(bool technician READ technician NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)     // for the login dialog (tr(), as of the last try)
    Q_PROPERTY(QVariantList accounts READ accounts NOTIFY accountsChanged) // [{ name, role, roleText }]
    Q_PROPERTY(QVariantList helpCalls READ helpCalls NOTIFY helpCallsChanged) // [{ at, screen }]
    Q_PROPERTY(int idleMinutes READ idleMinutes CONSTANT)

public:
    ClerkDesk(ClerkAccounts *accounts, AuditLog *audit, ClerkGate *gate, int idleMinutes,
              QObject *parent = nullptr);

    // Who is logged in is the gate's acting clerk: one record of it.
    [[nodiscard]] bool loggedIn() const;
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString role() const;
    [[nodiscard]] bool technician() const { return role() == QLatin1String("technician"); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QVariantList accounts() const;
    [[nodiscard]] QVariantList helpCalls() const { return m_helpCalls; }
    [[nodiscard]] int idleMinutes() const { return m_idleMinutes; }

    // Name and PIN; false with `error` (wrong PIN and tries left, locked and for how long).
    Q_INVOKABLE bool login(const QString &name, const QString &pin);
    Q_INVOKABLE void logout(const QString &reason = QStringLiteral("logout"));
    // A touch while logged in: the automatic logout waits again.
    Q_INVOKABLE void touched();
    Q_INVOKABLE void clearError();
    // "Cần trợ giúp" on `screen`: a clerk should come (the clerk view lists it).
    Q_INVOKABLE void callForHelp(const QString &screen);
    // The clerk came: the call is answered.
    Q_INVOKABLE void answerHelp();
    // Appends to the audit log as `actor` ("kiosk", "clerk:Lan" …); a failure is logged only.
    void record(const QString &actor, const QString &action, const QString &object = {},
                const QString &detail = {});
    // The citizen's session was wiped (idle, finished, "Kết thúc", kept): the clerk is logged
    // out too, so clerk mode never reaches the next citizen.
    void sessionWiped(const QString &reason);
    // Accounts may have been added with `motcua clerk add` meanwhile: the list is read again.
    Q_INVOKABLE void refreshAccounts();

Q_SIGNALS:
    void changed();
    void accountsChanged();
    void helpCallsChanged();
    void helpCalled();
    void loggedOut(const QString &reason);

private:
    void setError(const QString &error);

    ClerkAccounts *m_accounts;
    AuditLog *m_audit;
    ClerkGate *m_gate;
    int m_idleMinutes;
    QTimer m_idle;
    QString m_error;
    QVariantList m_helpCalls;
};

} // namespace motcua
