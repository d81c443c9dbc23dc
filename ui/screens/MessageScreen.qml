// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// A full-screen message (features still to come, help called) with a way home.
Item {
    id: root
    objectName: "messageScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: title + ". " + message
    property string iconName: "info"
    property color tint: Theme.primary
    property string title
    property string message
    signal goHome()

    MessagePanel {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1100)
        iconName: root.iconName
        tint: root.tint
        title: root.title
        message: root.message
        KioskButton {
            objectName: "messageHomeButton"
            kind: "primary"
            iconName: "homebutton"
            text: qsTr("Về trang chủ")
            onClicked: root.goHome()
        }
    }
}
