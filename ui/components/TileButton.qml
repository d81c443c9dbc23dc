// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// A large home-screen tile: coloured icon disc, a title and one line of explanation.
AbstractButton {
    id: root
    property string iconName
    property string subtitle
    property color tint: Theme.primary

    implicitWidth: 400
    padding: 20
    implicitHeight: contentItem.implicitHeight + topPadding + bottomPadding
    Accessible.name: text + ". " + subtitle
    Accessible.role: Accessible.Button

    background: Rectangle {
        radius: Theme.radius * 1.5
        color: root.down ? Theme.primaryLight : Theme.surface
        border.width: 3
        border.color: root.activeFocus ? Theme.primary : Theme.border
    }

    contentItem: ColumnLayout {
        spacing: 10
        IconCircle {
            Layout.alignment: Qt.AlignHCenter
            icon: root.iconName
            size: 96
            color: root.tint
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: root.subtitle
            visible: text !== ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
