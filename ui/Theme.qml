// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import MotCua.Ui

// Colours, type sizes and spacing of the kiosk. Two palettes: the normal one, where every
// text/background pair reads at a WCAG contrast of at least 4.5:1 (most above 7:1), and the
// high-contrast one (black on white, white on black, at least 7:1 everywhere), chosen from the
// accessibility menu. Type sizes follow the chosen text size (1x, 1.5x, 2x). tests/ui/tst_theme.qml
// computes every ratio from these colours.
QtObject {
    readonly property bool highContrast: Kiosk.access.highContrast
    readonly property real textScale: Kiosk.access.textScale
    // Large or very large text: rows of choices and cards stack rather than squeeze.
    readonly property bool largeText: textScale > 1.4

    // Brand and surfaces
    readonly property color primary: highContrast ? "#000000" : "#0B4A8B"        // deep public-service blue
    readonly property color primaryDark: highContrast ? "#3A3A3A" : "#083566"
    readonly property color primaryLight: highContrast ? "#FFF3A6" : "#E6EEF8"
    readonly property color accent: highContrast ? "#8E0000" : "#B3261E"         // red of the national portals
    readonly property color help: "#FFC83D"                                       // help button (dark text on it)
    readonly property color helpDown: "#E6B02E"
    readonly property color background: highContrast ? "#FFFFFF" : "#F3F5F8"
    readonly property color surface: "#FFFFFF"
    readonly property color border: highContrast ? "#000000" : "#C9D2DE"
    readonly property color text: highContrast ? "#000000" : "#17202A"
    readonly property color textMuted: highContrast ? "#1F1F1F" : "#44505F"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color success: highContrast ? "#0B4D22" : "#1B6E3A"
    readonly property color successLight: highContrast ? "#E9F7EE" : "#E5F3EA"
    readonly property color warningLight: highContrast ? "#FFF4D6" : "#FFF4D6"
    readonly property color warningText: highContrast ? "#3D2A00" : "#6B4A00"
    readonly property color errorLight: highContrast ? "#FFFFFF" : "#FDECEA"
    // Steps not reached yet in the progress bar (lighter than done and current in both palettes).
    readonly property color stepPending: highContrast ? "#B0B0B0" : "#C9D2DE"
    readonly property color online: "#4CD07D"       // the header's connection dot (no text)
    readonly property color scanFound: "#2FBF5B"    // the camera frame once a code is read
    readonly property color cameraBackground: "#14181D"
    // Lines around cards and fields: thicker in high contrast, where surfaces do not differ.
    readonly property int borderWidth: highContrast ? 3 : 2

    // One colour per home tile / topic icon circle (white icons and text on them).
    readonly property var tileColors: highContrast
        ? ["#000000", "#0B3D1F", "#003D35", "#4D2A00", "#3D0F5C", "#6E0000", "#1F2A30", "#0A2F66"]
        : ["#0B4A8B", "#1B6E3A", "#00695C", "#8A4B00", "#6A1B9A", "#B3261E", "#37474F", "#1F5FA8"]
    function tileColor(i) { return tileColors[Math.abs(i) % tileColors.length] }

    // Type: body text never below 22 px (kiosk rule); Noto Sans renders every Vietnamese mark.
    readonly property string fontFamily: "Noto Sans"
    readonly property int fontSmall: Math.round(22 * textScale)
    readonly property int fontBody: Math.round(24 * textScale)
    readonly property int fontLarge: Math.round(28 * textScale)
    readonly property int fontTitle: Math.round(36 * textScale)
    readonly property int fontHero: Math.round(48 * textScale)
    // The header stays one row high on every screen: its text grows less.
    readonly property real headerScale: Math.min(textScale, 1.25)
    readonly property int fontHeaderSmall: Math.round(22 * headerScale)
    readonly property int fontHeader: Math.round(28 * headerScale)

    // Touch and spacing
    readonly property int touchMin: 72         // every touch target is at least this high
    readonly property int touchLarge: 96
    readonly property int radius: 16
    readonly property int spacing: 16
    readonly property int margin: 32
    readonly property int headerHeight: Math.round(112 * headerScale)
    readonly property int iconSize: Math.round(32 * Math.min(textScale, 1.5))

    function icon(name) { return "qrc:/qt/qml/MotCua/Ui/icons/" + name + ".svg" }
}
