// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// Clerk mode: the hidden door (Ctrl+Alt+K, or three seconds on the commune's name), name and
// PIN, wrong PINs counted, the clerk's screen, help calls, filing on a citizen's behalf, and
// logging out by hand or when the kiosk is left alone.
KioskTestCase {
    name: "Clerk"

    function cleanup() {
        Kiosk.clerk.logout("test")
        Kiosk.clerk.answerHelp()
        Kiosk.session.idleSeconds = Kiosk.idleTimeoutSeconds
        Kiosk.session.warningSeconds = 20
        Kiosk.endSession("test")
    }

    function overlay() { return windowItem() }

    function login(shell, name, pin) {
        const dialog = child(overlay(), "clerkLogin")
        tap(overlay(), "clerkName_" + name)
        const input = child(overlay(), "clerkPin")
        input.text = ""
        mouseClick(input)
        typeText(pin)
        tap(overlay(), "clerkLoginButton")
        return dialog
    }

    function test_a_clerk_logs_in_with_name_and_pin() {
        const shell = createShell()
        verify(!isVisible(findChild(shell, "headerClerk")), "no clerk button for citizens")
        keyClick(Qt.Key_K, Qt.ControlModifier | Qt.AltModifier)
        const dialog = child(overlay(), "clerkLogin")
        verify(dialog.opened)
        compare(Kiosk.clerk.accounts.length, 2)

        login(shell, "Lan", "1111")
        compare(Kiosk.clerk.loggedIn, false)
        verify(child(overlay(), "clerkLoginError").text.indexOf("Còn 4 lần thử") >= 0, child(overlay(), "clerkLoginError").text)
        verify(dialog.opened)

        login(shell, "Lan", "2580")
        tryCompare(Kiosk.clerk, "loggedIn", true)
        compare(Kiosk.clerk.name, "Lan")
        compare(Kiosk.clerk.role, "clerk")
        waitScreen(shell, "clerkScreen")
        verify(child(shell, "clerkTitle").text.indexOf("Lan") >= 0)
        verify(isVisible(child(shell, "headerClerk")))
        // A clerk is no technician: no machine state, config or catalog update.
        verify(!isVisible(findChild(shell, "viewDiagnostics")))
        verify(!isVisible(findChild(shell, "clerkCatalogUpdate")))
        checkKioskRules(shell.stack.currentItem, "clerk")

        tap(shell, "clerkLogout")
        waitScreen(shell, "homeScreen")
        compare(Kiosk.clerk.loggedIn, false)
        verify(!isVisible(findChild(shell, "headerClerk")))
    }

    function test_three_seconds_on_the_commune_name_opens_the_door() {
        const shell = createShell()
        const commune = child(shell, "headerCommune")
        mousePress(commune)
        wait(3300)
        mouseRelease(commune)
        verify(child(overlay(), "clerkLogin").opened)
        child(overlay(), "clerkLogin").close()
    }

    function test_a_technician_sees_the_machine() {
        const shell = createShell()
        shell.openClerkMode()
        login(shell, "Minh", "1357")
        waitScreen(shell, "clerkScreen")
        verify(Kiosk.clerk.technician)
        tap(shell, "viewDiagnostics")
        // The audit log holds this very login, and its chain is intact.
        tryVerify(function () { return findTextIn(shell.stack.currentItem, "nguyên vẹn") })
        tap(shell, "viewConfig")
        tryVerify(function () { return findTextIn(shell.stack.currentItem, "clerk_code") })
    }

    function test_help_calls_reach_the_clerk_view() {
        const shell = createShell()
        shell.showHelp()
        waitScreen(shell, "helpScreen")
        compare(Kiosk.clerk.helpCalls.length, 1)
        shell.showHome()
        waitScreen(shell, "homeScreen")
        shell.openClerkMode()
        login(shell, "Lan", "2580")
        waitScreen(shell, "clerkScreen")
        verify(isVisible(child(shell, "helpCallsBanner")))
        tap(shell, "answerHelp")
        compare(Kiosk.clerk.helpCalls.length, 0)
    }

    function test_filing_in_clerk_mode_is_on_the_citizens_behalf() {
        const shell = createShell()
        shell.openClerkMode()
        login(shell, "Lan", "2580")
        waitScreen(shell, "clerkScreen")
        compare(Kiosk.walkthrough.filedBy, "Lan")
        shell.startFiling("1.001193")
        waitScreen(shell, "filingScreen")
        verify(child(shell, "filedByBanner").text.indexOf("Lan") >= 0)
        Kiosk.walkthrough.cancel()
        // Left alone, the kiosk wipes the session and logs the clerk out.
        Kiosk.session.touched()
        Kiosk.session.warningSeconds = 1
        Kiosk.session.idleSeconds = 1
        tryCompare(Kiosk.clerk, "loggedIn", false, 6000)
        compare(Kiosk.walkthrough.filedBy, "")
        waitScreen(shell, "homeScreen")
    }

    // One login serves one citizen's session: when it ends (here "Kết thúc" after a rating),
    // clerk mode is gone and its screens and tools refuse to open.
    function test_the_end_of_a_session_logs_the_clerk_out() {
        const shell = createShell()
        shell.openClerkMode()
        login(shell, "Lan", "2580")
        waitScreen(shell, "clerkScreen")
        Kiosk.endSession("finished")
        compare(Kiosk.clerk.loggedIn, false)
        compare(Kiosk.walkthrough.filedBy, "")
        waitScreen(shell, "homeScreen")
        verify(!isVisible(findChild(shell, "headerClerk")))
        shell.openScreen("clerk", "")
        verify(child(overlay(), "clerkLogin").opened, "the login, not the clerk's screen")
        compare(shell.currentScreen, "homeScreen")
        compare(Kiosk.tools.keptDrafts().length, 0)
        compare(Kiosk.tools.diagnostics().length, 0)
        compare(Object.keys(Kiosk.tools.counterStats("month")).length, 0)
        child(overlay(), "clerkLogin").close()
    }
}
