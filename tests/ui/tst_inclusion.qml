// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// Large text, high contrast and English on the screens citizens use: in both languages, at
// each text size, on a landscape and a portrait kiosk, no text is cut off or runs out of its
// place, every control has a name a screen reader can read, and a switch changes every screen
// at once.
KioskTestCase {
    id: inclusion
    name: "Inclusion"

    function cleanup() { Kiosk.access.reset() }

    // The screens a citizen meets, each opened by name (KioskShell.openScreen).
    readonly property var screens: [
        ["home", "", "homeScreen"], ["search", "khai sinh", "searchScreen"], ["topics", "", "topicsScreen"],
        ["topic", "ho-tich", "topicProceduresScreen"], ["procedure", "1.001193", "procedureDetailScreen"],
        ["help", "", "helpScreen"], ["status", "", "statusScreen"], ["filing", "1.001193", "filingScreen"]
    ]

    function isText(node) {
        return node.font !== undefined && node.text !== undefined && node.horizontalAlignment !== undefined
            && node.contentWidth !== undefined && node.wrapMode !== undefined
            && node.cursorPosition === undefined // not a field being typed in
    }

    // Every visible text fits its own width (wrapped or not, never elided) and stays inside the window.
    // (`screen`: the item standing for the kiosk's screen — the shell, which may be narrower than
    // the test's window.)
    function overflows(root, where, screen) {
        const problems = []
        const frame = screen || root
        const windowWidth = frame.width
        const visit = function (node) {
            if (!node || !node.visible || node.opacity === 0)
                return
            if (((node.clicked !== undefined && node.pressed !== undefined) || node.cursorPosition !== undefined) && node.width > 0) {
                const corner = node.mapToItem(frame, 0, 0)
                if (corner.x < -1 || corner.x + node.width > windowWidth + 1)
                    problems.push(where + ": the control '" + (node.text || node.objectName) + "' runs out of the screen at x "
                                  + Math.round(corner.x) + "–" + Math.round(corner.x + node.width))
            }
            if (isText(node) && node.text !== "" && node.width > 0) {
                const needed = node.wrapMode === Text.NoWrap ? node.implicitWidth : node.contentWidth
                const at = node.mapToItem(frame, 0, 0)
                if (needed > node.width + 1.5 || node.truncated)
                    problems.push(where + ": '" + node.text + "' needs " + Math.round(needed) + " px, has "
                                  + Math.round(node.width) + (node.truncated ? " (cut off)" : ""))
                else if (at.x < -1 || at.x + Math.min(node.width, needed) > windowWidth + 1)
                    problems.push(where + ": '" + node.text + "' runs out of the window at x " + Math.round(at.x))
            }
            for (let i = 0; i < node.children.length; ++i)
                visit(node.children[i])
        }
        visit(root)
        return problems
    }

    // Every visible control a finger or a screen reader can use has a name.
    function unnamedControls(root, where) {
        const problems = []
        let controls = 0
        const visit = function (node) {
            if (!node || !node.visible || node.opacity === 0)
                return
            const control = (node.clicked !== undefined && node.pressed !== undefined)
                            || node.cursorPosition !== undefined
            if (control && node.width > 0) {
                ++controls
                if (!node.Accessible.name || String(node.Accessible.name).trim() === "")
                    problems.push(where + ": a " + String(node).split("(")[0] + " named '" + (node.objectName || "")
                                  + "' text '" + (node.text || "") + "' has no Accessible.name")
            }
            for (let i = 0; i < node.children.length; ++i)
                visit(node.children[i])
        }
        visit(root)
        return { problems: problems, controls: controls }
    }

    function walkScreens(w, h, language, size) {
        Kiosk.access.language = language
        Kiosk.access.textSize = size
        const shell = createShell(w, h)
        let problems = []
        for (const [screen, argument, objectName] of screens) {
            if (screen !== "home")
                shell.openScreen(screen, argument)
            waitScreen(shell, objectName)
            wait(50) // layouts settle
            const where = language + " " + size + " " + w + "x" + h + " " + screen
            problems = problems.concat(overflows(shell, where, shell))
            if (screen === "filing")
                shell.stack.currentItem.askToLeave(shell.showHome) // the leave dialog, then stop
            if (screen === "filing")
                tap(shell, "stopFiling")
            else
                shell.showHome()
            waitScreen(shell, "homeScreen")
        }
        return problems
    }

    function test_no_text_overflows_data() {
        const rows = []
        for (const language of ["vi", "en"])
            for (const size of ["normal", "large", "very_large"])
                for (const [w, h] of [[1920, 1080], [1080, 1920]])
                    rows.push({ tag: language + " " + size + " " + w + "x" + h, language: language, size: size, w: w, h: h })
        return rows
    }
    function test_no_text_overflows(data) {
        const problems = walkScreens(data.w, data.h, data.language, data.size)
        verify(problems.length === 0, problems.length + " problems:\n" + problems.slice(0, 25).join("\n"))
    }

    function test_the_check_finds_a_cut_off_text() {
        const shell = createShell()
        const label = createTemporaryQmlObject(
            "import QtQuick; Text { width: 100; elide: Text.ElideRight; font.pixelSize: 24; text: 'Một dòng chữ rất dài không vừa' }",
            shell.stack.currentItem)
        verify(overflows(label, "probe").length === 1, "an elided text is reported")
        label.wrapMode = Text.WordWrap
        label.elide = Text.ElideNone
        verify(overflows(label, "probe").length === 0, "the same text wrapped fits")
    }

    function test_every_control_has_an_accessible_name() {
        const shell = createShell()
        let controls = 0
        let problems = []
        for (const [screen, argument, objectName] of screens) {
            if (screen !== "home")
                shell.openScreen(screen, argument)
            waitScreen(shell, objectName)
            const found = unnamedControls(shell, screen)
            controls += found.controls
            problems = problems.concat(found.problems)
            if (screen === "filing") {
                shell.stack.currentItem.askToLeave(shell.showHome)
                tap(shell, "stopFiling")
            } else {
                shell.showHome()
            }
            waitScreen(shell, "homeScreen")
        }
        shell.openAccessMenu()
        const menu = child(windowItem(), "accessMenu")
        tryCompare(menu, "opened", true)
        const inMenu = unnamedControls(menu.contentItem, "accessibility menu")
        controls += inMenu.controls
        problems = problems.concat(inMenu.problems)
        verify(controls > 60, "controls checked: " + controls)
        verify(problems.length === 0, problems.join("\n"))
    }

    function test_language_switch_changes_every_screen_live() {
        const shell = createShell()
        const help = child(shell, "headerHelp")
        compare(help.text, "Cần trợ giúp")
        tap(shell, "language_en")
        compare(Kiosk.language, "en")
        tryCompare(help, "text", "Need help")
        verify(findTextIn(shell.stack.currentItem, "Hello"), "home greets in English")
        // Catalog data follows: the featured birth registration reads in English.
        verify(findTextIn(shell.stack.currentItem, "Birth registration"), "catalog text in English")
        // A screen opened now, and one under it, are English too.
        shell.openScreen("procedure", "1.001193")
        waitScreen(shell, "procedureDetailScreen")
        verify(findTextIn(shell.stack.currentItem, "Birth registration"))
        shell.showHome()
        waitScreen(shell, "homeScreen")
        tap(shell, "language_vi")
        tryCompare(help, "text", "Cần trợ giúp")
        verify(findTextIn(shell.stack.currentItem, "Đăng ký khai sinh"))
    }

    function test_text_size_and_contrast_from_the_menu() {
        const shell = createShell()
        const body = Theme.fontBody
        tap(shell, "headerAccess")
        tap(windowItem(), "textSize_very_large")
        compare(Kiosk.access.textSize, "very_large")
        compare(Theme.fontBody, body * 2)
        tap(windowItem(), "contrastHigh")
        verify(Theme.highContrast)
        compare(String(Theme.background), "#ffffff")
        compare(String(Theme.text), "#000000")
        tap(windowItem(), "accessMenuDone")
        // The next citizen finds the kiosk as the config sets it.
        Kiosk.endSession("test")
        compare(Kiosk.access.textSize, "normal")
        verify(!Theme.highContrast)
        compare(Theme.fontBody, body)
    }

    function test_the_speaker_repeats_the_screen() {
        const shell = createShell()
        Kiosk.voice.say("") // nothing said yet: the speaker reads the screen
        tap(shell, "headerSpeaker")
        compare(Kiosk.voice.lastSaid, shell.stack.currentItem.spokenText)
        verify(Kiosk.voice.lastSaid.indexOf("Xin chào") === 0)
        // A filing step is read when it appears: its number, title and questions.
        shell.openScreen("filing", "1.001193")
        waitScreen(shell, "filingScreen")
        tryVerify(function () { return Kiosk.voice.lastSaid.indexOf("Bước 1 trên") === 0 }, 3000, Kiosk.voice.lastSaid)
        verify(Kiosk.voice.lastSaid.indexOf(Kiosk.walkthrough.stepTitle) > 0)
        // Going on without answers: the problems are read out.
        tap(shell, "stepNext")
        tryVerify(function () { return Kiosk.voice.lastSaid.indexOf("Cần sửa lại") === 0 }, 3000, Kiosk.voice.lastSaid)
        shell.stack.currentItem.askToLeave(shell.showHome)
        tap(shell, "stopFiling")
    }

    // A clerk with a physical keyboard: Tab walks the header, then the screen, top to bottom,
    // each stop a named control.
    function test_tab_moves_through_named_controls_in_reading_order() {
        const shell = createShell()
        const window = inclusion.Window.window
        const stops = []
        for (let i = 0; i < 12; ++i) {
            keyClick(Qt.Key_Tab)
            const item = window.activeFocusItem
            verify(item, "Tab " + (i + 1) + " reaches a control")
            const name = item.Accessible.name
            verify(name && String(name) !== "", "Tab " + (i + 1) + ": '" + item + "' has a name")
            stops.push({ name: String(name), y: item.mapToItem(null, 0, 0).y })
        }
        verify(stops[0].y < Theme.headerHeight, "the header comes first: " + stops[0].name)
        let inHeader = true
        let lastY = 0
        for (const stop of stops) {
            if (stop.y >= Theme.headerHeight)
                inHeader = false
            else
                verify(inHeader, "back in the header after the screen: " + stop.name)
            if (!inHeader) {
                verify(stop.y >= lastY - 1, "reading order: " + stop.name + " at " + stop.y + " after " + lastY)
                lastY = stop.y
            }
        }
        verify(!inHeader, "Tab reaches the screen: " + stops.map(function (s) { return s.name }).join(", "))
    }
}
