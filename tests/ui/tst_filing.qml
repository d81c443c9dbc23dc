// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// A citizen files a birth registration at the kiosk by touch alone: a mistake and its
// correction, the CCCD prefill, address pickers, the review page with an edit, the file code.
KioskTestCase {
    name: "Filing"

    readonly property string cccd: "001195012345||Trần Thị Hoa|18031995|Nữ|Số 12 ngõ 5, Phường Ba Đình, Thành phố Hà Nội|01022021"

    function cleanup() {
        Kiosk.walkthrough.cancel()
        for (const d of Kiosk.walkthrough.resumableDrafts)
            Kiosk.walkthrough.discardDraft(d.id)
    }

    function startKhaiSinh(shell) {
        shell.showProcedure("1.001193")
        waitScreen(shell, "procedureDetailScreen")
        tap(shell, "startFilingButton")
        waitScreen(shell, "filingScreen")
    }

    function next(shell) {
        const before = Kiosk.walkthrough.stepId
        tap(shell, "stepNext")
        tryVerify(function () { return Kiosk.walkthrough.stepId !== before }, 3000,
                  "moved on from " + before + ": " + JSON.stringify(Kiosk.walkthrough.errors))
    }

    // Taps into a text box, types, and presses Enter (which commits the answer) unless told
    // not to (then the answer is committed when the citizen taps elsewhere).
    function typeInto(shell, name, text, noEnter) {
        const input = tap(shell, name)
        input.selectAll()
        keyClick(Qt.Key_Delete)
        typeText(text)
        if (!noEnter)
            keyClick(Qt.Key_Return)
        return input
    }

    function typeDate(shell, name, date) {
        typeInto(shell, name + "_day", String(date.getDate()))
        typeInto(shell, name + "_month", String(date.getMonth() + 1))
        typeInto(shell, name + "_year", String(date.getFullYear()))
    }

    function pickAddress(shell, fieldId, provinceCode, provinceSearch, search, communeCode, detail) {
        tap(shell, fieldId + "_province")
        tap(shell, "unitSearch")
        typeText(provinceSearch)
        tap(shell, "unit_" + provinceCode)
        tap(shell, fieldId + "_commune")
        tap(shell, "unitSearch")
        typeText(search)
        tap(shell, "unit_" + communeCode)
        typeInto(shell, fieldId + "_detail", detail)
    }

    function test_birth_registration_from_home_to_file_code() {
        const shell = createShell()
        startKhaiSinh(shell)
        const walk = Kiosk.walkthrough
        compare(walk.procedureCode, "1.001193")
        verify(child(shell, "stepLabel").text.startsWith("Bước 1/"), child(shell, "stepLabel").text)

        // "Tiếp tục" with nothing filled: the summary lists what is missing, the step stays.
        tap(shell, "stepNext")
        child(shell, "errorSummary")
        compare(walk.stepId, "filer")
        verify(walk.errors.length >= 3, JSON.stringify(walk.errors))

        // The chip ID card fills the applicant; a wrong code is refused with a reason.
        tap(shell, "cccdButton")
        const payload = child(shell, "cccdPayload")
        payload.text = "123|Nguyen"
        keyClick(Qt.Key_Return)
        verify(child(shell, "cccdError").text !== "")
        payload.text = cccd
        keyClick(Qt.Key_Return)
        tryVerify(function () { return findChild(shell, "applicant_fullName").text === "Trần Thị Hoa" })
        compare(findChild(shell, "applicant_idNumber").text, "001195012345")

        tap(shell, "relationship_option_mother")
        // A phone number that cannot be right, then its correction.
        typeInto(shell, "phone_input", "0123")
        tap(shell, "stepNext")
        tryVerify(function () { return walk.errors.length === 1 }, 2000, JSON.stringify(walk.errors))
        compare(walk.errors[0].fieldId, "phone")
        verify(child(shell, "field_phone").error !== "")
        // Corrected and "Tiếp tục" tapped straight away, without Enter: the answer still counts.
        typeInto(shell, "phone_input", "0912345678", true)
        next(shell)
        compare(walk.errors.length, 0)

        // The address came from the card (province and ward matched by name).
        compare(walk.stepId, "filerAddress")
        compare(child(shell, "filerResidence_commune").text, "Phường Ba Đình")
        next(shell)

        compare(walk.stepId, "childInfo")
        typeInto(shell, "child_fullName", "Nguyen Minh Khang")
        const born = new Date()
        born.setDate(born.getDate() - 10)
        typeDate(shell, "child_dateOfBirth", born)
        tap(shell, "child_sex_option_nam")
        compare(findChild(shell, "childEthnicity_input").text, "Kinh") // default answer
        typeInto(shell, "hometown_input", "Xa Yen Phong, Bac Ninh")
        next(shell)

        compare(walk.stepId, "birthPlaceStep")
        tap(shell, "birthPlaceKind_option_facility")
        typeInto(shell, "birthFacility_input", "Benh vien Phu san Ha Noi")
        pickAddress(shell, "birthPlace", "01", "ha noi", "ngoc ha", "00008", "So 929 duong La Thanh")
        next(shell)

        compare(walk.stepId, "motherInfo")
        typeInto(shell, "mother_fullName", "Tran Thi Hoa")
        typeDate(shell, "mother_dateOfBirth", new Date(1995, 2, 18))
        typeInto(shell, "mother_idNumber", "001195012345")
        pickAddress(shell, "motherResidence", "01", "ha noi", "ba dinh", "00004", "So 12 ngo 5")
        next(shell)

        compare(walk.stepId, "fatherInfo")
        tap(shell, "hasFather_option_false")
        tryVerify(function () { return !findChild(shell, "field_father").parent.visible }, 2000, "father hidden")
        next(shell)

        compare(walk.stepId, "copiesStep") // on time: the late-registration step is skipped
        tap(shell, "wantCopies_option_false")
        next(shell)

        compare(walk.stepId, "documents")
        // The demo catalog lists five papers; the first (the tờ khai) is what the kiosk fills.
        verify(!findChild(shell, "doc1_have"), "no tick for the form the kiosk fills")
        for (let i = 2; i <= 5; ++i)
            tap(shell, "doc" + i + "_have")
        next(shell)
        compare(walk.stepId, "delivery")
        verify(child(shell, "deliveryMethod_option_counter").chosen, "collected at the counter by default")
        tap(shell, "deliveryMethod_option_post")
        tap(shell, "stepNext")
        tryVerify(function () { return walk.errors.length === 2 }, 2000, "address and phone needed for post")
        tap(shell, "deliveryMethod_option_counter")
        next(shell)

        // Review: every section, an edit, and back.
        compare(walk.stage, "review")
        child(shell, "reviewView")
        tap(shell, "edit_childInfo")
        tryCompare(walk, "stepId", "childInfo")
        typeInto(shell, "child_fullName", "Nguyen Minh Khoi")
        while (walk.stage !== "review")
            next(shell)
        // The corrected name is what the review page shows.
        const childSection = child(shell, "review_childInfo")
        verify(findTextIn(childSection, "Nguyen Minh Khoi"), "review shows the corrected name")
        verify(!findTextIn(childSection, "Nguyen Minh Khang"), "and not the old one")

        tap(shell, "submitFiling")
        tryCompare(walk, "stage", "done")
        const code = child(shell, "fileCode").text
        verify(/^000\.00\.01\.H01-[0-9]{6}-[0-9]{4}$/.test(code), code)
        verify(child(shell, "appointment").text.indexOf("/") > 0)
        checkKioskRules(shell.stack.currentItem, "confirmation")

        // "Xong": the satisfaction screen, four faces, reasons once a face is chosen.
        tap(shell, "finishFiling")
        waitScreen(shell, "ratingScreen")
        verify(!walk.active)
        compare(walk.fileCode, "") // nothing of the citizen stays on screen
        compare(Kiosk.rating.fileCode, code)
        checkKioskRules(shell.stack.currentItem, "rating")
        verify(!child(shell, "sendRating").enabled, "nothing to send before a face is chosen")
        verify(findChild(shell, "reason_fast") === null || !isVisible(findChild(shell, "reason_fast")))
        tap(shell, "face_satisfied")
        compare(Kiosk.rating.chosen, "satisfied")
        tap(shell, "reason_fast")
        tap(shell, "reason_staff_help")
        tap(shell, "reason_fast") // changed their mind
        compare(Kiosk.rating.chosenReasons, ["staff_help"])
        tap(shell, "sendRating")
        tryCompare(Kiosk.rating, "state", "saved")
        // Thanks, then home by itself (or at once with "Kết thúc").
        tap(shell, "ratingDone")
        waitScreen(shell, "homeScreen")
        compare(Kiosk.rating.fileCode, "")
    }

    function test_every_step_follows_the_kiosk_rules() {
        const shell = createShell()
        startKhaiSinh(shell)
        checkKioskRules(shell.stack.currentItem, "first step")
        tap(shell, "stepNext")
        child(shell, "errorSummary")
        checkKioskRules(shell.stack.currentItem, "step with errors")
    }

    function test_leaving_asks_first_and_an_interrupted_draft_can_be_resumed() {
        const shell = createShell()
        startKhaiSinh(shell)
        tap(shell, "relationship_option_father")

        tap(shell, "headerHome")
        tap(shell, "keepFiling")
        compare(shell.currentScreen, "filingScreen")

        // The kiosk loses the session as in a power cut: the draft is still on disk.
        Kiosk.walkthrough.finish()
        shell.showHome()
        waitScreen(shell, "homeScreen")
        child(shell, "resumeBanner")
        tap(shell, "resumeDraft0")
        waitScreen(shell, "filingScreen")
        compare(Kiosk.walkthrough.stepId, "filer")
        verify(child(shell, "relationship_option_father").chosen, "the answer came back: " + JSON.stringify(Kiosk.walkthrough.review) + Kiosk.walkthrough.problem)

        tap(shell, "headerHome")
        tap(shell, "stopFiling")
        waitScreen(shell, "homeScreen")
        compare(Kiosk.walkthrough.resumableDrafts.length, 0)
        verify(!findChild(shell, "resumeBanner").visible)
    }
}
