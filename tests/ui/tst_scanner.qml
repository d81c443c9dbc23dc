// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// The scanner screen with its camera fed by a video file (tests/ui/main.cpp makes it: a second
// without a code, then a poster's code), and without a camera at all.
KioskTestCase {
    id: testCase
    name: "ScannerScreen"

    property string posterVideo

    function initTestCase() {
        posterVideo = Kiosk.camera.source
        verify(posterVideo.endsWith("poster-scan.mp4"), posterVideo)
        Kiosk.camera.stallAfterMs = 30000 // a busy test machine may take a while to start a video
    }

    function cleanup() {
        Kiosk.camera.stop()
        Kiosk.camera.source = posterVideo
        Kiosk.camera.hintAfterMs = 10000
    }

    function openScanner(shell) {
        shell.showScanner()
        waitScreen(shell, "scannerScreen")
        return shell.stack.currentItem
    }

    function test_a_poster_in_front_of_the_camera_opens_its_procedure() {
        const shell = createShell()
        const screen = openScanner(shell)
        compare(child(screen, "scannerHint").text, "Đưa mã QR vào khung hình")
        compare(Kiosk.voice.lastSaid, "Đưa mã QR vào khung hình")
        verify(isVisible(child(screen, "viewfinder")))
        tryCompare(Kiosk.camera, "state", CameraScanner.Scanning, 30000)
        // The code is read: a green frame around it and a word, then its page.
        tryVerify(function () { return isVisible(child(screen, "codeReadBadge")) }, 30000)
        verify(isVisible(child(screen, "codeFrame")))
        waitScreen(shell, "procedureDetailScreen")
        compare(shell.stack.currentItem.code, "1.001193")
        compare(Kiosk.camera.state, CameraScanner.Off) // the camera is off once the screen is gone
        // The scanner gave its place to the page: Back returns home.
        compare(shell.stack.depth, 2)
    }

    function test_leaving_while_a_code_is_being_read_goes_where_the_citizen_asked() {
        Kiosk.camera.source = posterVideo.replace("poster-scan.mp4", "no-code.mp4")
        const shell = createShell()
        const screen = openScanner(shell)
        Kiosk.scans.handle("1.004194") // read: the procedure would open in 700 ms…
        verify(isVisible(child(screen, "codeReadBadge")))
        shell.showHelp() // …but the citizen asked for help first
        waitScreen(shell, "helpScreen")
        wait(1000)
        compare(shell.currentScreen, "helpScreen")
        compare(Kiosk.camera.state, CameraScanner.Off)
        shell.back() // Help was pushed over the scanner: Back returns to it, camera on again
        waitScreen(shell, "scannerScreen")
        tryVerify(function () { return Kiosk.camera.state !== CameraScanner.Off })
        verify(!isVisible(findChild(shell.stack.currentItem, "codeReadBadge")))
    }

    function test_without_a_camera_the_handheld_scanner_still_works() {
        Kiosk.camera.source = "none"
        const shell = createShell()
        const screen = openScanner(shell)
        const panel = child(screen, "noCameraPanel")
        verify(isVisible(panel))
        compare(panel.title, "Máy chưa có camera")
        verify(panel.message.indexOf("máy quét cầm tay") >= 0, panel.message)
        verify(!isVisible(findChild(screen, "retryCameraButton")))
        checkKioskRules(screen, "scanner without camera")
        Kiosk.scans.handle("1.004194") // as a handheld scanner's burst ends up
        waitScreen(shell, "procedureDetailScreen")
        compare(shell.stack.currentItem.code, "1.004194")
    }

    function test_a_broken_camera_can_be_tried_again() {
        Kiosk.camera.source = "/nonexistent/camera.mp4"
        const shell = createShell()
        const screen = openScanner(shell)
        compare(child(screen, "noCameraPanel").title, "Camera chưa dùng được")
        Kiosk.camera.source = posterVideo // plugged back in
        tap(screen, "retryCameraButton")
        tryCompare(Kiosk.camera, "state", CameraScanner.Scanning, 30000)
        verify(!isVisible(findChild(screen, "noCameraPanel")))
    }

    function test_a_payment_code_shows_payee_and_amount_on_the_screen() {
        Kiosk.camera.source = posterVideo.replace("poster-scan.mp4", "no-code.mp4")
        const shell = createShell()
        const screen = openScanner(shell)
        // A VietQR to Vietcombank account 0011001234567 for 50,000 đ.
        const result = Kiosk.scans.handle("00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA"
                                          + "53037045405500005802VN62170813HS0001 le phi63046043")
        compare(result.kind, "vietqr", JSON.stringify(result))
        const card = child(screen, "scanResultCard")
        verify(isVisible(card))
        compare(shell.currentScreen, "scannerScreen")
        compare(child(screen, "scanResultMessage").text,
                "Mã chuyển khoản 50.000 đồng vào tài khoản 0011001234567 (Vietcombank).")
        tap(screen, "scanAnotherButton")
        verify(!isVisible(card))
    }

    function test_no_code_for_a_while_brings_the_longer_hint() {
        Kiosk.camera.source = posterVideo.replace("poster-scan.mp4", "no-code.mp4")
        Kiosk.camera.hintAfterMs = 400
        const shell = createShell()
        const screen = openScanner(shell)
        const late = findChild(screen, "lateHint")
        verify(!isVisible(late))
        tryVerify(function () { return isVisible(late) }, 30000)
        compare(Kiosk.voice.lastSaid, late.children[0].text)
    }
}
