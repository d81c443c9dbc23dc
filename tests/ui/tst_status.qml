// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// "Tra cứu hồ sơ" with the portal out of reach (tests/ui/main.cpp): a filing made here is
// found on the kiosk at once; the short form of the code works; a receipt's QR opens it; a
// code that is not one is explained; leaving wipes it.
KioskTestCase {
    id: testCase
    name: "Status"

    function cleanup() {
        Kiosk.walkthrough.cancel()
        Kiosk.walkthrough.finish()
    }

    function fileCopies(shell) {
        verify(shell.startFiling("2.000815"))
        waitScreen(shell, "filingScreen")
        const walk = Kiosk.walkthrough
        const answers = {
            applicant: { fullName: "Đặng Thị Thu", dateOfBirth: "1988-09-30", sex: "nu", idNumber: "001188089012" },
            originals: [{ docName: "Giấy khai sinh", pages: 1, copies: 1 }],
            phone: "0977888999", doc1: { have: true }, doc2: { have: true }
        }
        for (const key in answers)
            walk.setAnswerJson(key, JSON.stringify(answers[key]))
        for (let i = 0; i < 10 && walk.stage !== "review"; ++i)
            verify(walk.next(), walk.stepId + " " + JSON.stringify(walk.errors))
        verify(walk.submit())
        const code = walk.fileCode
        walk.finish()
        shell.showHome()
        return code
    }

    function test_lookup_of_a_filing_still_on_the_kiosk() {
        const shell = createShell()
        const code = fileCopies(shell)
        waitScreen(shell, "homeScreen")
        tryVerify(function () { return Kiosk.sync.state === "offline" }, 5000, Kiosk.sync.state)
        verify(child(shell, "syncStatus").text.indexOf("Mất kết nối") > 0, child(shell, "syncStatus").text)

        tap(shell, "tileStatus")
        waitScreen(shell, "statusScreen")
        // Only the date and the number, as printed large on the receipt.
        child(shell, "fileCodeField").text = code.slice(-11)
        tap(shell, "lookUpButton")
        compare(Kiosk.statusLookup.fileCode, code)
        compare(Kiosk.statusLookup.state, "found")
        verify(isVisible(child(shell, "statusCard")))
        compare(child(shell, "statusText").text, "Chưa gửi — sẽ gửi khi có mạng")
        verify(child(shell, "statusAppointment").text.indexOf("Ngày hẹn trả kết quả:") === 0)
        checkKioskRules(shell.stack.currentItem, "status")

        child(shell, "fileCodeField").text = "khai sinh"
        tap(shell, "lookUpButton")
        compare(Kiosk.statusLookup.state, "invalid")
        verify(!isVisible(findChild(shell, "statusCard")))
        verify(isVisible(child(shell, "statusMessage")))

        shell.showHome()
        waitScreen(shell, "homeScreen")
        compare(Kiosk.statusLookup.fileCode, "") // nobody's code left for the next citizen

        // A receipt's QR from the handheld scanner opens the lookup with its code.
        Kiosk.scans.handle(code + "|2.000815|2026-11-24")
        waitScreen(shell, "statusScreen")
        compare(Kiosk.statusLookup.fileCode, code)
        compare(Kiosk.statusLookup.state, "found")
    }

    // The clerk taps the connection status: what has not reached the portal, and "Gửi ngay".
    function test_outbox_view_from_the_header() {
        const shell = createShell()
        const code = fileCopies(shell)
        waitScreen(shell, "homeScreen")
        mouseClick(child(shell, "syncStatus"))
        waitScreen(shell, "outboxScreen")
        verify(Kiosk.outbox.count >= 1)
        const list = child(shell, "outboxList")
        let found = false
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i)
            if (row && row.fileCode === code) {
                found = true
                compare(row.statusText, "Chưa gửi — sẽ gửi khi có mạng")
                verify(!isVisible(findChild(row, "retry_" + code))) // waiting, not set aside
            }
        }
        verify(found, "the filing just made is listed")
        checkKioskRules(shell.stack.currentItem, "outbox")
        tap(shell, "syncNowButton")
        tryVerify(function () { return Kiosk.sync.state === "offline" }, 5000)
        verify(child(shell, "outboxSummary").text.indexOf("Mất kết nối") === 0)

        // Today's filings; the clerk reprints one (the printer here is unplugged: it says so).
        tap(shell, "scopeToday")
        compare(Kiosk.outbox.scope, "today")
        tap(shell, "reprint_" + code)
        const dialog = child(shell, "outboxClerkDialog")
        tryVerify(function () { return dialog.opened })
        child(shell, "clerkCodeInput").text = "1111"
        tap(shell, "clerkCodeConfirm")
        compare(child(shell, "clerkCodeError").text, "Mã cán bộ không đúng.")
        verify(dialog.opened)
        child(shell, "clerkCodeInput").text = "2468"
        tap(shell, "clerkCodeConfirm")
        tryVerify(function () { return !dialog.visible })
        compare(Kiosk.receipts.fileCode, code)
        compare(Kiosk.receipts.state, "failed")
        verify(child(shell, "reprintMessage").text.indexOf("Máy in biên nhận đang lỗi") === 0)

        // The citizen pays at the counter later: the clerk records the cash from this list.
        const pay = child(shell, "pay_" + code)
        verify(pay.text.indexOf("Đã thu") === 0, pay.text)
        tap(shell, "pay_" + code)
        tryVerify(function () { return dialog.opened })
        child(shell, "clerkCodeInput").text = "2468"
        tap(shell, "clerkCodeConfirm")
        tryVerify(function () { return !dialog.visible })
        tryVerify(function () { return findChild(shell, "pay_" + code) === null || !isVisible(findChild(shell, "pay_" + code)) },
                  3000, "settled: no more button")
    }
}
