// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// A whole-width answer button that shows when it is chosen (a tick and a filled colour):
// choices, yes/no, sex, "Tôi có giấy này".
Button {
    id: root
    property bool chosen: false
    property bool square: false // a tick box (several may be chosen) instead of a round mark

    implicitHeight: Math.max(Theme.touchMin, label.implicitHeight + 24)
    leftPadding: 20
    rightPadding: 20
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLarge
    Accessible.role: root.square ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.name: text
    Accessible.checked: chosen

    contentItem: RowLayout {
        spacing: 16
        Rectangle {
            Layout.preferredWidth: Theme.iconSize + 8
            Layout.preferredHeight: Theme.iconSize + 8
            radius: root.square ? 8 : width / 2
            color: root.chosen ? Theme.primary : Theme.surface
            border.width: 3
            border.color: Theme.primary
            Image {
                anchors.centerIn: parent
                visible: root.chosen
                width: Theme.iconSize - 2; height: width
                sourceSize: Qt.size(width, height)
                source: Theme.icon("check")
            }
        }
        Label {
            id: label
            Layout.fillWidth: true
            text: root.text
            font.family: root.font.family
            font.pixelSize: root.font.pixelSize
            font.bold: root.chosen
            color: Theme.text
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    background: Rectangle {
        radius: Theme.radius / 2
        color: root.chosen ? Theme.primaryLight : (root.down ? Theme.background : Theme.surface)
        border.width: root.chosen ? 3 : 2
        border.color: root.chosen ? Theme.primary : Theme.border
    }
}
