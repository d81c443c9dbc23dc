// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import MotCua.Ui
import "../ui"

// The on-screen keyboard as the kiosk runs it (QT_IM_MODULE=qtvirtualkeyboard, see
// CMakeLists.txt): Vietnamese letters by default, English with the language, digits for ID
// numbers, phones and dates, and never over the field being typed in.
KioskTestCase {
    id: keyboardTest
    name: "OnScreenKeyboard"

    function cleanup() { Kiosk.access.reset() }

    function focusField(shell, name) {
        const field = tap(shell, name)
        tryVerify(function () { return field.activeFocus }, 3000, name + " has the focus")
        tryVerify(function () { return shell.keyboardVisible }, 5000, "the keyboard shows for " + name)
        wait(200) // the screen makes room and scrolls the field above the keys (KeyboardReveal)
        return field
    }

    function test_vietnamese_by_default_english_with_the_language() {
        compare(VirtualKeyboardSettings.availableLocales.indexOf("vi_VN") >= 0, true,
                "Qt Virtual Keyboard has a Vietnamese layout: " + VirtualKeyboardSettings.availableLocales)
        const shell = createShell()
        shell.openScreen("search", "")
        waitScreen(shell, "searchScreen")
        focusField(shell, "searchField")
        tryCompare(InputContext, "locale", "vi_VN")
        compare(InputContext.inputEngine.inputMode, InputEngine.InputMode.Latin)
        Kiosk.access.language = "en"
        tryCompare(InputContext, "locale", "en_US")
        Kiosk.access.language = "vi"
        tryCompare(InputContext, "locale", "vi_VN")
    }

    function test_digits_for_id_numbers_phones_and_dates() {
        const shell = createShell()
        shell.openScreen("filing", "1.001193")
        waitScreen(shell, "filingScreen")
        for (const name of ["applicant_idNumber", "applicant_dateOfBirth_day", "phone_input"]) {
            focusField(shell, name)
            tryCompare(InputContext.inputEngine, "inputMode", InputEngine.InputMode.Numeric, 3000,
                       name + " gets the digits layout")
        }
        focusField(shell, "applicant_fullName")
        tryCompare(InputContext.inputEngine, "inputMode", InputEngine.InputMode.Latin, 3000, "a name gets letters")
        shell.stack.currentItem.askToLeave(shell.showHome)
        tap(shell, "stopFiling")
    }

    function test_the_keyboard_never_hides_the_focused_field_data() {
        return [{ tag: "landscape", w: 1920, h: 1080 }, { tag: "portrait", w: 1080, h: 1920 }]
    }
    function test_the_keyboard_never_hides_the_focused_field(data) {
        const shell = createShell(data.w, data.h)
        shell.openScreen("filing", "1.001193")
        waitScreen(shell, "filingScreen")
        const panel = findChild(shell, "inputPanel")
        for (const name of ["applicant_fullName", "applicant_idNumber", "phone_input"]) {
            const field = focusField(shell, name)
            tryVerify(function () {
                const fieldBottom = field.mapToItem(null, 0, field.height).y
                const keyboardTop = panel.mapToItem(null, 0, 0).y
                return fieldBottom <= keyboardTop && field.mapToItem(null, 0, 0).y >= 0
            }, 3000, name + " stays above the keyboard")
        }
        shell.stack.currentItem.askToLeave(shell.showHome)
        tap(shell, "stopFiling")
    }
}
