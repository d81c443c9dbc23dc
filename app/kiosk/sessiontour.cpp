// SPDX-License-Identifier: GPL-3.0-or-later
// The tour's last part: the idle question, the satisfaction screen and clerk mode.
#include "screentour.h"

#include "kioskcontext.h"

#include <QVariant>

namespace motcua {

namespace {

QVariant open(QObject *shell, const QString &screen, const QString &argument = {})
{
    QVariant item;
    QMetaObject::invokeMethod(shell, "openScreen", Q_RETURN_ARG(QVariant, item), Q_ARG(QVariant, screen),
                              Q_ARG(QVariant, argument));
    return item;
}

} // namespace

bool ScreenTour::runSessionSteps(QObject *shell, const QString &fileCode,
                                 const std::function<bool(const QString &)> &shot)
{
    KioskSession *session = m_kiosk->session();
    // "Bạn còn đang sử dụng?" over the procedure a citizen was reading.
    QMetaObject::invokeMethod(shell, "showHome");
    open(shell, QStringLiteral("procedure"), QStringLiteral("1.001193"));
    session->touched();
    const int idleSeconds = session->idleSeconds();
    session->setIdleSeconds(1);
    settle(2300);
    const bool asked = session->state() == QLatin1String("warning") && shot(QStringLiteral("idle-question"));
    session->continueSession();
    session->setIdleSeconds(idleSeconds);
    if (!asked)
        return false;

    QMetaObject::invokeMethod(shell, "showHome");
    settle(200);
    open(shell, QStringLiteral("rating"), fileCode);
    settle(400);
    if (!shot(QStringLiteral("rating")))
        return false;

    // Clerk mode with a demo clerk of the tour's own (temporary) staff database.
    QMetaObject::invokeMethod(shell, "showHome");
    settle(200);
    (void)m_kiosk->clerkAccounts()->add(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("technician"), QStringLiteral("2580"));
    QMetaObject::invokeMethod(shell, "openClerkMode");
    settle(400);
    if (!shot(QStringLiteral("clerk-login")))
        return false;
    m_kiosk->endSession(QStringLiteral("tour")); // closes the login dialog
    if (!m_kiosk->clerkDesk()->login(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("2580")))
        return false;
    m_kiosk->clerkDesk()->callForHelp(QStringLiteral("filingScreen"));
    QMetaObject::invokeMethod(shell, "showHome");
    settle(300);
    for (const QString &screen : {QStringLiteral("clerk"), QStringLiteral("stats")}) {
        QMetaObject::invokeMethod(shell, "showHome");
        settle(200);
        open(shell, screen);
        settle(500);
        if (!shot(screen))
            return false;
    }
    m_kiosk->clerkDesk()->answerHelp();
    m_kiosk->clerkDesk()->logout(QStringLiteral("tour"));
    return true;
}

} // namespace motcua
