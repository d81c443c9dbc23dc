// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// Codes from a handheld scanner (a burst of keys) and from the scan inbox, routed to screens.
KioskTestCase {
    id: testCase
    name: "Scanning"

    SignalSpy { id: scanSpy; target: Kiosk.scans; signalName: "scanned" }

    function cleanup() {
        Kiosk.walkthrough.cancel()
    }

    // A handheld scanner: the whole payload and Enter, keys pressed 5 ms apart.
    function scanWithHandheld(text) {
        handheldScanner.scan(testCase.Window.window, text, 5)
    }

    function test_a_poster_code_from_the_handheld_scanner_opens_its_procedure() {
        const shell = createShell()
        scanSpy.clear()
        scanWithHandheld("1.004194") // a bare code; posters carry the portal link (see below)
        tryCompare(scanSpy, "count", 1)
        compare(scanSpy.signalArguments[0][0].kind, "procedure", JSON.stringify(scanSpy.signalArguments[0][0]))
        waitScreen(shell, "procedureDetailScreen")
        compare(shell.stack.currentItem.code, "1.004194")
    }

    function test_a_poster_link_opens_its_procedure() {
        const shell = createShell()
        Kiosk.scans.handle("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.000815")
        waitScreen(shell, "procedureDetailScreen")
        compare(shell.stack.currentItem.code, "2.000815")
    }

    function test_a_person_typing_in_search_is_not_a_scan() {
        const shell = createShell()
        shell.showSearch("")
        waitScreen(shell, "searchScreen")
        for (const c of "1.004194") {
            keyClick(c)
            wait(90) // a quick person, still far slower than a scanner
        }
        compare(shell.stack.currentItem.query, "1.004194")
        compare(shell.currentScreen, "searchScreen")
    }

    function test_a_bad_code_says_why() {
        const shell = createShell()
        const result = Kiosk.scans.handle("000201010211380000")
        compare(result.kind, "invalid")
        waitScreen(shell, "messageScreen")
        verify(shell.stack.currentItem.message !== "")
    }

    function test_a_chip_id_card_fills_the_filing_under_way() {
        const shell = createShell()
        shell.startFiling("1.001193")
        waitScreen(shell, "filingScreen")
        const result = Kiosk.scans.handle("001195012345||Trần Thị Hoa|18031995|Nữ|Số 12 ngõ 5, Phường Ba Đình, Thành phố Hà Nội|01022021")
        verify(result.applied)
        compare(shell.currentScreen, "filingScreen") // no other screen over the form
        tryVerify(function () { return findChild(shell, "applicant_fullName").text === "Trần Thị Hoa" })
        // A damaged card opens the CCCD panel with the reason, over the same form.
        Kiosk.scans.handle("001195012345||Trần Thị Hoa|31021995|Nữ|Hà Nội|01022021")
        verify(child(shell, "cccdError").text !== "")
        compare(shell.currentScreen, "filingScreen")
    }
}
