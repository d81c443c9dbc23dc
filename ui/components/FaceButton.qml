// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// One of the four faces of the satisfaction screen: a large face and its words.
Button {
    id: root
    property string face          // very-satisfied | satisfied | neutral | dissatisfied
    property bool chosen: false
    implicitWidth: 280
    implicitHeight: 260
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLarge
    font.bold: chosen
    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.checked: chosen

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Image {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 140
            Layout.preferredHeight: 140
            sourceSize: Qt.size(140, 140)
            source: root.face ? Theme.icon("face-" + root.face) : ""
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            font: root.font
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.chosen ? Theme.primaryLight : Theme.surface
        border.width: root.chosen ? 6 : 2
        border.color: root.chosen ? Theme.primary : Theme.border
    }
}
