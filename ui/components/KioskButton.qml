// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// The one button of the kiosk: at least 72 px high, large text, optional icon.
// kind: "primary" (filled blue), "secondary" (outlined), "help" (yellow), "quiet" (flat),
// "onPrimary" (outlined white, for the blue header).
Button {
    id: root
    property string iconName
    property string kind: "secondary"
    property int fontSize: Theme.fontLarge

    // At least a touch target high; taller when large text needs it.
    implicitHeight: Math.max(Theme.touchMin, contentItem.implicitHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchMin * 2, contentItem.implicitWidth + leftPadding + rightPadding)
    // Never wider than the layout it sits in: a long label (large text) wraps instead.
    Layout.maximumWidth: parent && parent.width > 0 ? parent.width : Number.POSITIVE_INFINITY
    leftPadding: 28
    rightPadding: 28
    topPadding: 8
    bottomPadding: 8
    font.family: Theme.fontFamily
    font.pixelSize: fontSize
    font.bold: kind === "primary" || kind === "help"
    Accessible.name: text
    Accessible.role: Accessible.Button

    readonly property color foreground: (kind === "primary" || kind === "onPrimary") ? Theme.textOnPrimary
                                       : kind === "help" ? Theme.text : Theme.primary

    contentItem: RowLayout {
        spacing: 12
        Rectangle {
            visible: root.iconName !== ""
            Layout.preferredWidth: Theme.iconSize + 8
            Layout.preferredHeight: Theme.iconSize + 8
            radius: width / 2
            color: (root.kind === "primary" || root.kind === "onPrimary") ? "transparent" : Theme.primary
            Image {
                anchors.centerIn: parent
                width: Theme.iconSize; height: Theme.iconSize
                sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
                source: root.iconName ? Theme.icon(root.iconName) : ""
            }
        }
        Label {
            text: root.text
            font: root.font
            color: root.foreground
            Layout.fillWidth: true
            horizontalAlignment: root.iconName ? Text.AlignLeft : Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            // Never cut a word off: a long label (English, large text) takes a second line.
            wrapMode: Text.Wrap
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.kind === "primary" ? (root.down ? Theme.primaryDark : Theme.primary)
             : root.kind === "help" ? (root.down ? Theme.helpDown : Theme.help)
             : root.kind === "quiet" ? (root.down ? Theme.primaryLight : "transparent")
             : root.kind === "onPrimary" ? (root.down ? Theme.primaryDark : "transparent")
             : (root.down ? Theme.primaryLight : Theme.surface)
        border.width: (root.kind === "secondary" || root.kind === "onPrimary") ? Theme.borderWidth
                    : Theme.highContrast && root.kind !== "primary" ? Theme.borderWidth : 0
        border.color: root.kind === "onPrimary" ? Theme.textOnPrimary : Theme.primary
        opacity: root.enabled ? 1 : 0.5
    }
}
