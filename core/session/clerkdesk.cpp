// SPDX-License-Identifier: GPL-3.0-or-later
#include "clerkdesk.h"

#include "session/auditlog.h"
#include "session/clerkaccounts.h"
#include "session/clerkgate.h"

#include <QLoggingCategory>
#include <QTime>
#include <QVariantMap>

namespace motcua {

Q_LOGGING_CATEGORY(lcClerkDesk, "motcua.clerk")

namespace {

QString roleText(const QString &role)
{
    return role == QLatin1String("technician") ? ClerkDesk::tr("Kỹ thuật viên") : ClerkDesk::tr("Cán bộ một cửa");
}

} // namespace

ClerkDesk::ClerkDesk(ClerkAccounts *accounts, AuditLog *audit, ClerkGate *gate, int idleMinutes, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_audit(audit), m_gate(gate), m_idleMinutes(std::max(1, idleMinutes))
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_idleMinutes * 60 * 1000);
    connect(&m_idle, &QTimer::timeout, this, [this] { logout(QStringLiteral("idle")); });
}

bool ClerkDesk::loggedIn() const
{
    return m_gate->isActing();
}

QString ClerkDesk::name() const
{
    return m_gate->actingName();
}

QString ClerkDesk::role() const
{
    return m_gate->actingRole();
}

QVariantList ClerkDesk::accounts() const
{
    QVariantList list;
    const auto all = m_accounts->list();
    if (!all) {
        qCWarning(lcClerkDesk).noquote() << "cannot list clerk accounts:" << all.error();
        return list;
    }
    for (const ClerkAccounts::Account &a : all.value())
        list.append(QVariantMap{{QStringLiteral("name"), a.name},
                                {QStringLiteral("role"), a.role},
                                {QStringLiteral("roleText"), roleText(a.role)}});
    return list;
}

bool ClerkDesk::login(const QString &name, const QString &pin)
{
    const ClerkAccounts::PinCheck check = m_accounts->verify(name, pin);
    using Outcome = ClerkAccounts::PinCheck::Outcome;
    if (!check.ok) {
        if (check.outcome == Outcome::WrongPin)
            record(QStringLiteral("kiosk"), check.lockedNow ? QStringLiteral("lockout") : QStringLiteral("login_failed"),
                   check.account.name, check.reason);
        else if (check.outcome == Outcome::Locked)
            record(QStringLiteral("kiosk"), QStringLiteral("login_failed"), check.account.name, check.reason);
        qCInfo(lcClerkDesk).noquote() << "clerk login refused:" << check.reason;
        setError(check.reasonVi);
        return false;
    }
    if (loggedIn())
        logout(QStringLiteral("another login"));
    m_gate->setActing(check.account.name, check.account.role);
    record(m_gate->actor(), QStringLiteral("login"), check.account.name);
    m_error.clear();
    m_idle.start();
    Q_EMIT changed();
    return true;
}

void ClerkDesk::logout(const QString &reason)
{
    if (!loggedIn())
        return;
    record(m_gate->actor(), QStringLiteral("logout"), name(), reason);
    m_idle.stop();
    m_gate->clearActing();
    Q_EMIT changed();
    Q_EMIT loggedOut(reason);
}

void ClerkDesk::touched()
{
    if (loggedIn())
        m_idle.start();
}

void ClerkDesk::clearError()
{
    setError({});
}

void ClerkDesk::callForHelp(const QString &screen)
{
    m_helpCalls.append(QVariantMap{{QStringLiteral("at"), QTime::currentTime().toString(QStringLiteral("HH:mm"))},
                                   {QStringLiteral("screen"), screen}});
    record(QStringLiteral("kiosk"), QStringLiteral("help_called"), screen);
    Q_EMIT helpCallsChanged();
    Q_EMIT helpCalled();
}

void ClerkDesk::answerHelp()
{
    if (m_helpCalls.isEmpty())
        return;
    m_helpCalls.clear();
    record(loggedIn() ? m_gate->actor() : QStringLiteral("kiosk"), QStringLiteral("help_answered"));
    Q_EMIT helpCallsChanged();
}

void ClerkDesk::record(const QString &actor, const QString &action, const QString &object, const QString &detail)
{
    if (!m_audit)
        return;
    if (const auto appended = m_audit->append(actor, action, object, detail); !appended)
        qCWarning(lcClerkDesk).noquote() << "audit log: cannot record" << action << ":" << appended.error();
}

void ClerkDesk::sessionWiped(const QString &reason)
{
    // Whoever comes next is another citizen: clerk mode never carries over to them.
    logout(QStringLiteral("session ended: ") + reason);
}

void ClerkDesk::refreshAccounts()
{
    Q_EMIT accountsChanged();
}

void ClerkDesk::setError(const QString &error)
{
    m_error = error;
    Q_EMIT changed();
}

} // namespace motcua
