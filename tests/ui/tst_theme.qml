// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// Every text/background pair the screens use has a WCAG 2 contrast ratio of at least 4.5:1 in
// the normal theme and 7:1 in high contrast, computed from the Theme's own colours (a colour
// changed in Theme.qml is checked here).
TestCase {
    name: "Theme"

    function cleanup() { Kiosk.access.reset() }

    // WCAG 2.x relative luminance of an sRGB colour.
    function luminance(c) {
        const channel = function (v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(Qt.color(a))
        const lb = luminance(Qt.color(b))
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_the_ratio_is_computed_as_wcag_says() {
        fuzzyCompare(contrast("#000000", "#FFFFFF"), 21, 0.01)
        fuzzyCompare(contrast("#777777", "#777777"), 1, 0.001)
        fuzzyCompare(contrast("#767676", "#FFFFFF"), 4.54, 0.01) // the classic 4.5:1 grey
        verify(contrast(Theme.border, Theme.surface) < 4.5, "a border is no text: the check can fail")
    }

    function textPairs() {
        const pairs = [
            ["text", Theme.text, "background", Theme.background],
            ["text", Theme.text, "surface", Theme.surface],
            ["text", Theme.text, "primaryLight", Theme.primaryLight],
            ["text", Theme.text, "help", Theme.help],
            ["text", Theme.text, "helpDown", Theme.helpDown],
            ["textMuted", Theme.textMuted, "background", Theme.background],
            ["textMuted", Theme.textMuted, "surface", Theme.surface],
            ["textOnPrimary", Theme.textOnPrimary, "primary", Theme.primary],
            ["textOnPrimary", Theme.textOnPrimary, "primaryDark", Theme.primaryDark],
            ["primary", Theme.primary, "surface", Theme.surface],
            ["primary", Theme.primary, "background", Theme.background],
            ["primary", Theme.primary, "primaryLight", Theme.primaryLight],
            ["accent", Theme.accent, "surface", Theme.surface],
            ["accent", Theme.accent, "background", Theme.background],
            ["accent", Theme.accent, "errorLight", Theme.errorLight],
            ["warningText", Theme.warningText, "warningLight", Theme.warningLight],
            ["success", Theme.success, "successLight", Theme.successLight],
            ["success", Theme.success, "surface", Theme.surface]
        ]
        for (let i = 0; i < Theme.tileColors.length; ++i)
            pairs.push(["textOnPrimary", Theme.textOnPrimary, "tileColors[" + i + "]", Theme.tileColors[i]])
        return pairs
    }

    function checkPairs(minimum) {
        const pairs = textPairs()
        for (const [fgName, fg, bgName, bg] of pairs) {
            const ratio = contrast(fg, bg)
            verify(ratio >= minimum, fgName + " on " + bgName + ": " + ratio.toFixed(2) + ":1, needs " + minimum)
        }
        return pairs.length
    }

    function test_every_text_pair_reads_at_4_5_to_1() {
        Kiosk.access.highContrast = false
        verify(checkPairs(4.5) >= 26)
    }

    function test_high_contrast_reads_at_7_to_1() {
        Kiosk.access.highContrast = true
        verify(Theme.highContrast)
        verify(checkPairs(7) >= 26)
        // And the normal theme does not pass 7:1 everywhere: the two really differ.
        Kiosk.access.highContrast = false
        let below = 0
        for (const [fgName, fg, bgName, bg] of textPairs())
            if (contrast(fg, bg) < 7)
                ++below
        verify(below > 0, "the normal theme has pairs under 7:1")
    }
}
