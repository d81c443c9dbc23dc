// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua.Ui

// A square touch target with an icon only, on the blue header: its name is read out by a
// screen reader and shown as a tool tip to clerks with a mouse.
Button {
    id: root
    property string iconName
    property string name

    implicitWidth: Theme.touchMin
    implicitHeight: Theme.touchMin
    padding: 0
    Accessible.role: Accessible.Button
    Accessible.name: name
    ToolTip.visible: hovered
    ToolTip.text: name
    ToolTip.delay: 600

    contentItem: Item {
        Image {
            anchors.centerIn: parent
            width: Theme.iconSize + 8; height: width
            sourceSize: Qt.size(width, height)
            source: root.iconName ? Theme.icon(root.iconName) : ""
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.primaryDark : "transparent"
        border.width: Theme.borderWidth
        border.color: Theme.textOnPrimary
    }
}
