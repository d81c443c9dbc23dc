// SPDX-License-Identifier: GPL-3.0-or-later
// The tour's last part: the idle question, the satisfaction screen and clerk mode.
#include "screentour.h"

#include "kioskcontext.h"

namespace motcua {

bool ScreenTour::runSessionSteps(const QString &fileCode,
                                 const std::function<bool(const QString &)> &shot)
{
    KioskSession *session = m_kiosk->session();
    // "Bạn còn đang sử dụng?" over the procedure a citizen was reading.
    m_ui.showHome();
    m_ui.openScreen(QStringLiteral("procedure"), QStringLiteral("1.001193"));
    session->touched();
    const int idleSeconds = session->idleSeconds();
    session->setIdleSeconds(1);
    UiDriver::settle(2300);
    const bool asked = session->state() == QLatin1String("warning") && shot(QStringLiteral("idle-question"));
    session->continueSession();
    session->setIdleSeconds(idleSeconds);
    if (!asked)
        return false;

    m_ui.showHome();
    UiDriver::settle(200);
    m_ui.openScreen(QStringLiteral("rating"), fileCode);
    UiDriver::settle(400);
    if (!shot(QStringLiteral("rating")))
        return false;

    // Clerk mode with a demo clerk of the tour's own (temporary) staff database.
    m_ui.showHome();
    UiDriver::settle(200);
    (void)m_kiosk->clerkAccounts()->add(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("technician"), QStringLiteral("2580"));
    QMetaObject::invokeMethod(m_ui.shell(), "openClerkMode");
    UiDriver::settle(400);
    if (!shot(QStringLiteral("clerk-login")))
        return false;
    m_kiosk->endSession(QStringLiteral("tour")); // closes the login dialog
    if (!m_kiosk->clerkDesk()->login(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("2580")))
        return false;
    m_kiosk->clerkDesk()->callForHelp(QStringLiteral("filingScreen"));
    m_ui.showHome();
    UiDriver::settle(300);
    for (const QString &screen : {QStringLiteral("clerk"), QStringLiteral("stats")}) {
        m_ui.showHome();
        UiDriver::settle(200);
        m_ui.openScreen(screen);
        UiDriver::settle(500);
        if (!shot(screen))
            return false;
    }
    m_kiosk->clerkDesk()->answerHelp();
    m_kiosk->clerkDesk()->logout(QStringLiteral("tour"));
    return true;
}

} // namespace motcua
