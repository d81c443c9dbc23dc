// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// One citizen's session: left alone, the kiosk asks "Bạn còn đang sử dụng?", counts down and
// then forgets everything of theirs — no name, ID number or phone number is reachable any more
// from the screens (every QML object's string properties) or the services' models.
KioskTestCase {
    id: sessionTest
    name: "Session"

    readonly property string secretName: "Lê Thị Bảo Mật"
    readonly property string secretId: "001195009988"
    readonly property string secretPhone: "0987654321"
    readonly property string cccd: secretId + "||" + secretName + "|18031995|Nữ|Số 12 ngõ 5, Phường Ba Đình, Thành phố Hà Nội|01022021"
    readonly property var secrets: [secretName, "Bảo Mật", secretId, secretPhone, "9988"]

    function init() {
        Kiosk.endSession("test")
    }

    function cleanup() {
        Kiosk.session.idleSeconds = Kiosk.idleTimeoutSeconds
        Kiosk.session.warningSeconds = 20
        Kiosk.endSession("test")
    }

    // A citizen at the second half of the first step: CCCD read, phone number typed.
    function fillWithSecrets(shell) {
        shell.showProcedure("1.001193")
        waitScreen(shell, "procedureDetailScreen")
        tap(shell, "startFilingButton")
        waitScreen(shell, "filingScreen")
        tap(shell, "cccdButton")
        child(shell, "cccdPayload").text = cccd
        keyClick(Qt.Key_Return)
        tryVerify(function () { return findChild(shell, "applicant_fullName").text === secretName })
        const phone = tap(shell, "phone_input")
        typeText(secretPhone)
        Kiosk.voice.say(secretName) // as if read aloud
    }

    // Every string reachable from `root`'s object tree (items, their non-visual children, their
    // properties), with where it was found.
    function stringsUnder(root) {
        const found = []
        const seen = new Set()
        const visit = function (node, path, depth) {
            if (!node || depth > 60 || seen.has(node))
                return
            seen.add(node)
            // The test itself holds the secrets it looks for: only its children count.
            for (const key in (node === sessionTest ? {} : node)) {
                let value
                try { value = node[key] } catch (e) { continue }
                const text = textOf(value, 0)
                if (text !== "")
                    found.push({ where: path + "." + key, text: text })
            }
            const lists = [node.children, node.resources, node.contentChildren]
            for (const list of lists) {
                if (!list)
                    continue
                for (let i = 0; i < list.length; ++i)
                    visit(list[i], path + "/" + (list[i].objectName || i), depth + 1)
            }
        }
        visit(root, "window", 0)
        return found
    }

    // The strings in a value: itself, or those in an array or a plain JS object (maps from C++),
    // a few levels deep; QObjects are visited as nodes, not here.
    function textOf(value, depth) {
        if (typeof value === "string")
            return value
        if (!value || typeof value !== "object" || depth > 3 || value.objectName !== undefined)
            return ""
        const parts = []
        for (const k in value) {
            let v
            try { v = value[k] } catch (e) { continue }
            const t = textOf(v, depth + 1)
            if (t !== "")
                parts.push(t)
        }
        return parts.join(" | ")
    }

    function verifyNothingOfTheCitizen(where, strings) {
        verify(strings.length > 100, where + ": the search saw " + strings.length + " strings")
        for (const s of strings)
            for (const secret of secrets)
                verify(s.text.indexOf(secret) < 0, where + ": '" + secret + "' still in " + s.where)
    }

    function verifyServicesForgot() {
        const walk = Kiosk.walkthrough
        compare(walk.active, false)
        compare(walk.fields.count === undefined ? 0 : walk.fields.count, 0)
        const services = [walk, Kiosk.payment, Kiosk.receipts, Kiosk.statusLookup, Kiosk.voice, Kiosk.rating,
                          Kiosk.clerk, Kiosk.session, Kiosk.tools]
        const strings = []
        for (const service of services) {
            for (const key in service) {
                let value
                try { value = service[key] } catch (e) { continue }
                const text = textOf(value, 0)
                if (text !== "" || typeof value === "string")
                    strings.push({ where: String(service) + "." + key, text: text })
            }
        }
        verify(strings.length > 20, "services: " + strings.length + " values looked at")
        for (const s of strings)
            for (const secret of secrets)
                verify(s.text.indexOf(secret) < 0, "'" + secret + "' still in " + s.where)
    }

    function test_left_alone_the_kiosk_asks_then_forgets_everything() {
        const shell = createShell()
        fillWithSecrets(shell)
        // Before: the search does find them (it can fail).
        const before = stringsUnder(windowItem())
        verify(before.some(function (s) { return s.text.indexOf(secretName) >= 0 }), "the name is on screen before")
        verify(before.some(function (s) { return s.text.indexOf(secretPhone) >= 0 }), "the phone is on screen before")

        Kiosk.session.warningSeconds = 3
        Kiosk.session.idleSeconds = 1
        tryCompare(Kiosk.session, "state", "warning", 4000)
        const warning = child(windowItem(), "idleWarning")
        verify(warning.visible)
        const left = Number(child(windowItem(), "idleSecondsLeft").text)
        verify(left >= 1 && left <= 3, "countdown shows " + left)
        compare(Kiosk.voice.lastSaid.indexOf("còn đang sử dụng") >= 0, true)

        // Nobody touches: at zero the session is wiped and home is shown, empty.
        tryCompare(Kiosk.session, "state", "none", 6000)
        waitScreen(shell, "homeScreen")
        verify(!warning.visible)
        verifyNothingOfTheCitizen("screens", stringsUnder(windowItem()))
        verifyServicesForgot()
        // The draft was not kept ("lưu lại" was not chosen): it is gone, not offered on Home.
        compare(Kiosk.walkthrough.resumableDrafts.length, 0)
    }

    function test_a_touch_during_the_countdown_carries_on() {
        const shell = createShell()
        fillWithSecrets(shell)
        Kiosk.session.warningSeconds = 20
        Kiosk.session.idleSeconds = 1
        tryCompare(Kiosk.session, "state", "warning", 4000)
        tap(windowItem(), "idleContinue")
        tryCompare(Kiosk.session, "state", "active")
        compare(shell.currentScreen, "filingScreen")
        compare(findChild(shell, "applicant_fullName").text, secretName)
    }

    function test_the_payment_code_on_screen_holds_off_the_question() {
        Kiosk.session.touched()
        Kiosk.session.hold("payment-test")
        Kiosk.session.idleSeconds = 1
        wait(2500)
        compare(Kiosk.session.state, "active")
        Kiosk.session.release("payment-test")
        tryCompare(Kiosk.session, "state", "warning", 4000)
    }

    function test_ending_forgets_search_text_and_typed_codes() {
        const shell = createShell()
        const search = shell.showSearch("")
        waitScreen(shell, "searchScreen")
        typeText(secretPhone)
        verify(stringsUnder(windowItem()).some(function (s) { return s.text.indexOf(secretPhone) >= 0 }),
               "the typed search text is found before")
        shell.showStatus(secretId)
        waitScreen(shell, "statusScreen")
        verify(Kiosk.statusLookup.fileCode.indexOf(secretId) >= 0 || Kiosk.statusLookup.message !== "",
               "the lookup was asked")
        Kiosk.endSession("ended")
        waitScreen(shell, "homeScreen")
        verifyNothingOfTheCitizen("screens", stringsUnder(windowItem()))
        verifyServicesForgot()
    }

    function test_keeping_the_draft_under_a_code_only() {
        const shell = createShell()
        fillWithSecrets(shell)
        Kiosk.session.warningSeconds = 20
        Kiosk.session.idleSeconds = 1
        tryCompare(Kiosk.session, "state", "warning", 4000)
        tap(windowItem(), "idleKeep")
        waitScreen(shell, "keptDraftScreen")
        const match = /([0-9]{3}) ([0-9]{3})/.exec(shell.stack.currentItem.message)
        verify(match !== null, shell.stack.currentItem.message)
        const code = match[1] + match[2]
        // The code stays until the citizen leaves: the idle clock runs again, then takes it.
        compare(Kiosk.session.state, "active")
        // The session is over: nothing of the citizen on screen, the draft not offered to all.
        verifyNothingOfTheCitizen("screens", stringsUnder(windowItem()))
        verifyServicesForgot()
        compare(Kiosk.walkthrough.resumableDrafts.length, 0)

        // A wrong code finds nothing; the right one brings the answers back.
        shell.showHome()
        waitScreen(shell, "homeScreen")
        tap(shell, "openKeptDraft")
        typeText(code === "000000" ? "111111" : "000000")
        tap(windowItem(), "keptCodeOpen")
        waitScreen(shell, "messageScreen")
        verify(shell.stack.currentItem.message.indexOf("Không tìm thấy") >= 0, shell.stack.currentItem.message)
        shell.showHome()
        waitScreen(shell, "homeScreen")
        tap(shell, "openKeptDraft")
        typeText(code)
        tap(windowItem(), "keptCodeOpen")
        waitScreen(shell, "filingScreen")
        tryVerify(function () { return findChild(shell, "applicant_fullName").text === secretName })
        compare(Kiosk.walkthrough.keptCode, code)
        Kiosk.walkthrough.cancel() // "Dừng và xóa": gone for good
        verify(!Kiosk.walkthrough.resumeKept(code))
    }
}
