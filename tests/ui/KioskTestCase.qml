// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// Shared helpers: a fresh kiosk shell per test, typing, and the kiosk's layout rules.
TestCase {
    id: testCase
    when: windowShown
    visible: true // TestCase is invisible by default; the kiosk shell must be seen
    width: 1920
    height: 1080

    property Component shellComponent: Component { KioskShell {} }

    // The window's root item: popups (the overlay) and the idle question live under it.
    function windowItem() { return testCase.Window.window.contentItem }

    function createShell(w, h) {
        const shell = createTemporaryObject(shellComponent, testCase,
                                            { width: w || testCase.width, height: h || testCase.height })
        verify(shell, "KioskShell created")
        testCase.Window.window.requestActivate()
        tryVerify(function () { return testCase.Window.window.active }, 3000, "test window active")
        waitScreen(shell, "homeScreen")
        return shell
    }

    // The screen is shown and its transition is over (a StackView ignores touches meanwhile).
    function waitScreen(shell, name) {
        tryCompare(shell, "currentScreen", name)
        tryCompare(shell.stack, "busy", false)
    }

    function child(root, name) {
        let found = null
        // Popups live in the window's overlay, outside the screen's item tree.
        const overlay = testCase.Window.window ? testCase.Window.window.contentItem : null
        tryVerify(function () {
            found = findChild(root, name)
            if ((!found || !found.visible) && overlay)
                found = findChild(overlay, name)
            return found !== null && found.visible
        }, 3000, "visible child " + name)
        return found
    }

    // Scrolls the Flickable around `item` (as a finger would) until the item is in view.
    function scrollIntoView(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentItem !== undefined && p.flicking !== undefined) {
                const pos = item.mapToItem(p.contentItem, 0, 0)
                const bottom = pos.y + Math.min(item.height, p.height)
                if (pos.y < p.contentY)
                    p.contentY = Math.max(0, pos.y - 20)
                else if (bottom > p.contentY + p.height)
                    p.contentY = Math.min(Math.max(0, p.contentHeight - p.height), bottom - p.height + 20)
            }
        }
    }

    function tap(root, name) {
        const item = child(root, name)
        wait(30) // let layouts settle (an error summary may just have pushed things down)
        scrollIntoView(item)
        wait(30)
        mouseClick(item)
        return item
    }

    // Types like a person: a handheld scanner is told apart by its speed (WedgeDetector), so
    // machine-speed typing would be taken for a scan.
    function typeText(text) {
        for (let i = 0; i < text.length; ++i) {
            keyClick(text[i])
            wait(40)
        }
    }

    // Whether a visible text under `item` contains `text`.
    function findTextIn(item, text) {
        if (item.text !== undefined && String(item.text).indexOf(text) >= 0 && item.visible)
            return true
        for (let i = 0; i < item.children.length; ++i)
            if (findTextIn(item.children[i], text))
                return true
        return false
    }

    function isVisible(item) {
        for (let i = item; i; i = i.parent)
            if (!i.visible || i.opacity === 0)
                return false
        return true
    }

    // Every visible button is at least 72 px high and every visible text at least 22 px.
    function checkKioskRules(item, screenName) {
        let buttons = 0
        let texts = 0
        const visit = function (node) {
            if (!node || !node.visible)
                return
            const isButton = node.pressed !== undefined && node.clicked !== undefined
                             && node.checkable !== undefined
            if (isButton && node.width > 0) {
                ++buttons
                verify(node.height >= Theme.touchMin,
                       screenName + ": button '" + node.text + "' is " + node.height + " px high")
            }
            if (node.font !== undefined && node.text !== undefined && node.text !== ""
                    && node.horizontalAlignment !== undefined && node.width > 0) {
                ++texts
                verify(node.font.pixelSize >= Theme.fontSmall,
                       screenName + ": text '" + node.text + "' is " + node.font.pixelSize + " px")
            }
            for (let i = 0; i < node.children.length; ++i)
                visit(node.children[i])
        }
        visit(item)
        verify(buttons > 0 && texts > 0, screenName + ": found " + buttons + " buttons, " + texts + " texts")
    }
}
