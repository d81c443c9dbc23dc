// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizenvisit.h"

#include "filingtour.h"
#include "kioskcontext.h"
#include "uidriver.h"

#include <QQuickItem>

#include <algorithm>

namespace motcua {

namespace {

// The KioskShell's screen on top.
QObject *currentScreenItem(UiDriver &ui)
{
    const auto *stack = ui.shell()->property("stack").value<QObject *>();
    return stack ? stack->property("currentItem").value<QObject *>() : nullptr;
}

bool fail(QString *error, const QString &what)
{
    *error = what;
    return false;
}

} // namespace

CitizenVisit::CitizenVisit(UiDriver &ui, KioskContext &kiosk, QString clerkCode)
    : m_ui(ui), m_kiosk(kiosk), m_clerkCode(std::move(clerkCode))
{
}

bool CitizenVisit::run(int n, QString *error)
{
    // A long idle time while the citizen is there (waiting for the camera is no walking away).
    m_kiosk.session()->setIdleSeconds(m_kiosk.idleTimeoutSeconds());
    m_kiosk.session()->setWarningSeconds(20);
    return search(n % 2 ? QStringLiteral("khai sinh") : QStringLiteral("khai sinh cho con"), error)
           && search(QStringLiteral("chứng thực bản sao"), error) && scanPoster(error) && fileAndPay(error)
           && rate(n, error) && walkAway(error);
}

bool CitizenVisit::search(const QString &words, QString *error)
{
    m_ui.showHome();
    if (!m_ui.waitForScreen(QStringLiteral("homeScreen")))
        return fail(error, QStringLiteral("home did not show before searching"));
    if (!openSearchAndType(words))
        return fail(error, QStringLiteral("no search field"));
    // The first result, tapped: the procedure's page.
    if (!m_ui.click(QStringLiteral("result_0")))
        return fail(error, QStringLiteral("no result for '%1'").arg(words));
    if (!m_ui.waitForScreen(QStringLiteral("procedureDetailScreen")))
        return fail(error, QStringLiteral("the first result for '%1' did not open").arg(words));
    return true;
}

bool CitizenVisit::openSearchAndType(const QString &words)
{
    m_ui.openScreen(QStringLiteral("search"));
    if (!m_ui.waitForScreen(QStringLiteral("searchScreen")) || !m_ui.click(QStringLiteral("searchField")))
        return false;
    if (QQuickItem *clear = m_ui.findItem(QStringLiteral("searchClear"), 0))
        m_ui.click(clear); // the words of the last search, still there
    m_ui.typeText(words);
    UiDriver::settle(150); // the results follow the words
    return true;
}

bool CitizenVisit::scanPoster(QString *error)
{
    m_ui.showHome();
    if (!m_ui.waitForScreen(QStringLiteral("homeScreen")))
        return fail(error, QStringLiteral("home did not show before scanning"));
    m_ui.openScreen(QStringLiteral("scanner"));
    if (!m_ui.waitForScreen(QStringLiteral("scannerScreen")))
        return fail(error, QStringLiteral("the scanner did not open"));
    // The video shows the poster's code: its procedure's page opens by itself.
    const bool opened = m_ui.waitUntil(
        [&] {
            const QObject *screen = currentScreenItem(m_ui);
            return m_ui.currentScreen() == QLatin1String("procedureDetailScreen") && screen
                   && screen->property("code").toString() == QLatin1String(kPosterProcedure);
        },
        30000);
    if (!opened)
        return fail(error, QStringLiteral("the poster's code was not read from the video (camera %1, screen %2)")
                               .arg(m_kiosk.camera()->problem(), m_ui.currentScreen()));
    if (!m_ui.waitForScreen(QStringLiteral("procedureDetailScreen")) || !m_ui.click(QStringLiteral("startFilingButton"))
        || !m_ui.waitForScreen(QStringLiteral("filingScreen")))
        return fail(error, QStringLiteral("the filing of the scanned procedure did not start"));
    return true;
}

bool CitizenVisit::fileAndPay(QString *error)
{
    FilingTour filing(m_ui, m_kiosk.walkthrough());
    filing.setPauseMs(30);
    if (!filing.run(QLatin1String(kPosterProcedure), false, [](const QString &) { return true; }, error))
        return false;
    PaymentDesk *desk = m_kiosk.payment();
    if (desk->state() != QLatin1String("unpaid") || !m_ui.findItem(QStringLiteral("paymentQr")))
        return fail(error, QStringLiteral("no VietQR code to pay (payment %1)").arg(desk->state()));
    if (!m_ui.click(QStringLiteral("reportTransfer"))
        || !m_ui.waitUntil([&] { return desk->state() == QLatin1String("pending_confirmation"); }))
        return fail(error, QStringLiteral("the transfer was not reported"));
    if (!m_ui.click(QStringLiteral("clerkConfirm")) || !m_ui.click(QStringLiteral("clerkCode")))
        return fail(error, QStringLiteral("no clerk confirmation dialog"));
    m_ui.typeText(m_clerkCode);
    if (!m_ui.click(QStringLiteral("confirmBank"))
        || !m_ui.waitUntil([&] { return desk->state() == QLatin1String("paid"); }))
        return fail(error, QStringLiteral("the clerk's confirmation was not taken (payment %1)").arg(desk->state()));
    return true;
}

bool CitizenVisit::rate(int n, QString *error)
{
    if (!m_ui.waitUntil([&] { return !m_ui.findItem(QStringLiteral("clerkConfirmDialog"), 0); })
        || !m_ui.click(QStringLiteral("finishFiling")) || !m_ui.waitForScreen(QStringLiteral("ratingScreen")))
        return fail(error, QStringLiteral("the rating screen did not follow the filing"));
    const QVariantList choices = m_kiosk.rating()->choices();
    const QString face = choices.value(n % std::max<qsizetype>(1, choices.size())).toMap().value(QStringLiteral("key")).toString();
    if (!m_ui.click(QStringLiteral("face_") + face) || !m_ui.click(QStringLiteral("sendRating"))
        || !m_ui.waitUntil([&] { return m_kiosk.rating()->state() == QLatin1String("saved"); }))
        return fail(error, QStringLiteral("the rating '%1' was not saved").arg(face));
    return true;
}

bool CitizenVisit::walkAway(QString *error)
{
    // Another search, typed and left there: the kiosk asks "Bạn còn đang sử dụng?", then wipes.
    m_ui.showHome();
    if (!m_ui.waitForScreen(QStringLiteral("homeScreen")) || !openSearchAndType(QStringLiteral("giấy phép")))
        return fail(error, QStringLiteral("no search field after rating"));
    KioskSession *session = m_kiosk.session();
    session->setIdleSeconds(1);
    session->setWarningSeconds(1);
    bool wiped = false;
    const auto connection = QObject::connect(&m_kiosk, &KioskContext::sessionWiped, [&](const QString &reason) {
        wiped = reason == QLatin1String("idle");
    });
    // The session's own timer looks at the idle clock once a second; looking more often ends
    // the same session the same way, only without up to a second's wait at each stage.
    const bool asked = m_ui.waitUntil(
        [&] {
            session->check();
            return session->state() == QLatin1String("warning");
        },
        5000);
    m_ui.waitUntil(
        [&] {
            session->check();
            return wiped;
        },
        5000);
    QObject::disconnect(connection);
    if (!asked || !wiped || !m_ui.waitForScreen(QStringLiteral("homeScreen")))
        return fail(error, QStringLiteral("the idle wipe did not happen (asked %1, wiped %2, screen %3)")
                               .arg(asked)
                               .arg(wiped)
                               .arg(m_ui.currentScreen()));
    if (!m_kiosk.walkthrough()->fileCode().isEmpty() || !m_kiosk.payment()->fileCode().isEmpty())
        return fail(error, QStringLiteral("the idle wipe left the citizen's filing behind"));
    return true;
}

} // namespace motcua
