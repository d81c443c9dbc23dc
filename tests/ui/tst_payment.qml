// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// The fee from the review page to the money confirmed: certified copies of two papers
// (1 page × 3 copies, 2 pages × 2 copies = 14.000 đ) paid by bank transfer to the commune
// configured in tests/ui/main.cpp, confirmed by the clerk code.
KioskTestCase {
    id: testCase
    name: "Payment"

    function cleanup() {
        Kiosk.walkthrough.cancel()
        Kiosk.walkthrough.finish()
    }

    function fileCopiesToReview(shell) {
        verify(shell.startFiling("2.000815"))
        waitScreen(shell, "filingScreen")
        const walk = Kiosk.walkthrough
        const answers = {
            applicant: { fullName: "Đặng Thị Thu", dateOfBirth: "1988-09-30", sex: "nu", idNumber: "001188089012" },
            originals: [{ docName: "Giấy khai sinh", pages: 1, copies: 3 },
                        { docName: "Bằng tốt nghiệp đại học", pages: 2, copies: 2 }],
            phone: "0977888999", doc1: { have: true }, doc2: { have: true }
        }
        for (const key in answers)
            walk.setAnswerJson(key, JSON.stringify(answers[key]))
        for (let i = 0; i < 10 && walk.stage !== "review"; ++i)
            verify(walk.next(), walk.stepId + " " + JSON.stringify(walk.errors))
        compare(walk.stage, "review")
    }

    function test_fee_on_review_then_transfer_reported_and_confirmed() {
        const shell = createShell()
        fileCopiesToReview(shell)
        const total = child(shell, "feeTotal")
        compare(total.text, "Tổng cộng: 14.000 đ (Mười bốn nghìn đồng)")

        tap(shell, "submitFiling")
        tryCompare(Kiosk.walkthrough, "stage", "done")
        const desk = Kiosk.payment
        const fileCode = Kiosk.walkthrough.fileCode
        compare(desk.fileCode, fileCode)
        compare(desk.state, "unpaid")
        verify(isVisible(child(shell, "paymentQr")))
        compare(child(shell, "paymentAmountInWords").text, "Bằng chữ: Mười bốn nghìn đồng")
        // The code pays exactly this filing: the amount and the file code as the note.
        verify(desk.qrPayload.indexOf("540514000") > 0, desk.qrPayload)
        verify(desk.qrPayload.indexOf(fileCode) > 0, desk.qrPayload)
        compare(desk.bankName, "Agribank")
        checkKioskRules(shell.stack.currentItem, "payment")

        tap(shell, "reportTransfer")
        compare(desk.state, "pending_confirmation")
        verify(!isVisible(findChild(shell, "paymentQr")))
        verify(child(shell, "paymentStatus").text.indexOf("Cán bộ sẽ kiểm tra") > 0)

        tap(shell, "clerkConfirm")
        const dialog = child(shell, "clerkConfirmDialog")
        tryVerify(function () { return dialog.opened })
        child(shell, "clerkCode").text = "1111"
        tap(shell, "confirmBank")
        compare(desk.clerkError, "Mã cán bộ không đúng.")
        compare(desk.state, "pending_confirmation")
        child(shell, "clerkCode").text = "2468"
        tap(shell, "confirmBank")
        compare(desk.state, "paid")
        tryVerify(function () { return !dialog.visible })
        compare(child(shell, "paymentStatus").text, "Đã nộp lệ phí 14.000 đ bằng chuyển khoản.")

        // The receipt printer is unplugged: the citizen is told to ask the clerk, and may try again.
        const printButton = child(shell, "printReceipt")
        verify(isVisible(printButton))
        compare(printButton.text, "In giấy biên nhận")
        tap(shell, "printReceipt")
        compare(Kiosk.receipts.state, "failed")
        verify(isVisible(child(shell, "printMessage")))
        verify(child(shell, "printMessage").text.indexOf("cán bộ một cửa") > 0, child(shell, "printMessage").text)
        compare(printButton.text, "In lại giấy biên nhận")

        tap(shell, "finishFiling")
        waitScreen(shell, "homeScreen")
        compare(desk.fileCode, "") // nothing of this citizen's payment stays
        compare(Kiosk.receipts.fileCode, "")
    }

    function test_cash_at_the_counter_instead() {
        const shell = createShell()
        fileCopiesToReview(shell)
        tap(shell, "submitFiling")
        tryCompare(Kiosk.walkthrough, "stage", "done")
        const desk = Kiosk.payment
        verify(desk.secondsLeft > 50 && desk.secondsLeft <= 60, desk.secondsLeft) // payment_minutes = 1
        tap(shell, "payCash")
        compare(desk.method, "cash")
        compare(desk.state, "unpaid")
        verify(!desk.offersTransfer)
        compare(child(shell, "paymentStatus").text, "Bạn nộp 14.000 đ tiền mặt cho cán bộ tại quầy.")
    }
}
