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
        waitScreen(shell, "ratingScreen")
        tap(shell, "skipRating")
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

    // A birth registered late (8.000 đ in this province) by a family that says it is a poor
    // household: nothing to pay until the clerk has seen the papers; here they do not prove it.
    function test_claimed_exemption_checked_by_the_clerk() {
        const shell = createShell()
        verify(shell.startFiling("1.001193"))
        waitScreen(shell, "filingScreen")
        const walk = Kiosk.walkthrough
        const born = new Date()
        born.setDate(born.getDate() - 120)
        const address = { provinceCode: "01", communeCode: "00004", detail: "Số 12 ngõ 5 phố Đội Cấn" }
        const mother = { fullName: "Trần Thị Hoa", dateOfBirth: "1995-03-18", idNumber: "001195012345" }
        const answers = {
            applicant: { fullName: "Trần Thị Hoa", dateOfBirth: "1995-03-18", sex: "nu", idNumber: "001195012345" },
            relationship: "mother", phone: "0912345678", filerResidence: address,
            child: { fullName: "Nguyễn Minh Khang", dateOfBirth: Qt.formatDate(born, "yyyy-MM-dd"), sex: "nam" },
            childEthnicity: "Kinh", childNationality: "Việt Nam", hometown: "Xã Yên Phong, tỉnh Bắc Ninh",
            birthPlaceKind: "facility", birthFacility: "Bệnh viện Phụ sản Hà Nội", birthPlace: address,
            mother: mother, motherEthnicity: "Kinh", motherNationality: "Việt Nam", motherResidence: address,
            hasFather: false, wantCopies: false, lateReason: "Gia đình ở xa", feeExemption: "poor_household",
            doc2: { have: true }, doc3: { have: true }, doc4: { have: true }, doc5: { have: true },
            deliveryMethod: "counter"
        }
        for (const key in answers)
            walk.setAnswerJson(key, JSON.stringify(answers[key]))
        for (let i = 0; i < 15 && walk.stage !== "review"; ++i)
            verify(walk.next(), walk.stepId + " " + JSON.stringify(walk.errors))
        compare(walk.stage, "review")
        compare(child(shell, "feeTotal").text, "Xin miễn lệ phí (Người thuộc hộ nghèo): cán bộ kiểm tra giấy tờ chứng minh")
        verify(child(shell, "feeExemptionNote").text.indexOf("lệ phí là 8.000 đ") > 0)

        tap(shell, "submitFiling")
        tryCompare(walk, "stage", "done")
        const desk = Kiosk.payment
        compare(desk.state, "exemption_claimed")
        verify(!isVisible(findChild(shell, "paymentQr")))
        verify(child(shell, "paymentStatus").text.indexOf("Người thuộc hộ nghèo") > 0)
        const clerkButton = child(shell, "clerkConfirm")
        compare(clerkButton.text, "Cán bộ kiểm tra giấy tờ miễn lệ phí")

        tap(shell, "clerkConfirm")
        const dialog = child(shell, "clerkConfirmDialog")
        tryVerify(function () { return dialog.opened })
        verify(!isVisible(findChild(shell, "confirmCash")))
        child(shell, "clerkCode").text = "2468"
        tap(shell, "refuseExemption")
        tryVerify(function () { return !dialog.visible })
        compare(desk.state, "unpaid")
        compare(desk.amountText, "8.000 đ")
        verify(isVisible(child(shell, "paymentQr")))
        verify(desk.qrPayload.indexOf("54048000") > 0, desk.qrPayload)
        compare(child(shell, "paymentMessage").text, "Giấy tờ chưa đủ để miễn lệ phí: bạn nộp lệ phí như dưới đây.")
    }
}
