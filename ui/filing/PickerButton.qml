// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// A box that opens a list to choose from (province, commune, photo), showing the choice.
Button {
    id: root
    property bool placeholder: false
    property bool hasError: false
    implicitHeight: Theme.touchMin + 8
    leftPadding: 20
    rightPadding: 20
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLarge
    Accessible.name: text
    contentItem: RowLayout {
        spacing: 12
        Label {
            Layout.fillWidth: true
            text: root.text
            font: root.font
            color: root.placeholder ? Theme.textMuted : Theme.text
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        Image {
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
            sourceSize: Qt.size(32, 32)
            source: Theme.icon("list")
            // The icons are white line art: a blue disc keeps them visible.
            Rectangle { anchors.fill: parent; anchors.margins: -6; radius: width / 2; color: Theme.primary; z: -1 }
        }
    }
    background: Rectangle {
        radius: Theme.radius / 2
        color: root.down ? Theme.primaryLight : Theme.surface
        border.width: root.hasError ? 3 : 2
        border.color: root.hasError ? Theme.accent : Theme.border
        opacity: root.enabled ? 1 : 0.5
    }
}
