// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Colours, type sizes and spacing of the kiosk. Every text/background pair here has a WCAG
// contrast ratio of at least 4.5:1 (most above 7:1).
QtObject {
    // Brand and surfaces
    readonly property color primary: "#0B4A8B"        // deep public-service blue
    readonly property color primaryDark: "#083566"
    readonly property color primaryLight: "#E6EEF8"
    readonly property color accent: "#B3261E"         // red of the national portals
    readonly property color help: "#FFC83D"            // help button (dark text on it)
    readonly property color background: "#F3F5F8"
    readonly property color surface: "#FFFFFF"
    readonly property color border: "#C9D2DE"
    readonly property color text: "#17202A"
    readonly property color textMuted: "#44505F"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color success: "#1B6E3A"
    readonly property color successLight: "#E5F3EA"
    readonly property color warningLight: "#FFF4D6"
    readonly property color warningText: "#6B4A00"

    // One colour per home tile / topic icon circle (white icons and text on them).
    readonly property var tileColors: ["#0B4A8B", "#1B6E3A", "#00695C", "#8A4B00",
                                        "#6A1B9A", "#B3261E", "#37474F", "#1F5FA8"]
    function tileColor(i) { return tileColors[Math.abs(i) % tileColors.length] }

    // Type: body text never below 22 px (kiosk rule); Noto Sans renders every Vietnamese mark.
    readonly property string fontFamily: "Noto Sans"
    readonly property int fontSmall: 22
    readonly property int fontBody: 24
    readonly property int fontLarge: 28
    readonly property int fontTitle: 36
    readonly property int fontHero: 48

    // Touch and spacing
    readonly property int touchMin: 72         // every touch target is at least this high
    readonly property int touchLarge: 96
    readonly property int radius: 16
    readonly property int spacing: 16
    readonly property int margin: 32
    readonly property int headerHeight: 112

    function icon(name) { return "qrc:/qt/qml/MotCua/Ui/icons/" + name + ".svg" }
}
