// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// A key fact of a procedure (time, fee, online level) with its icon.
Rectangle {
    id: root
    property string iconName
    property string label
    property string value

    implicitWidth: 360
    implicitHeight: row.implicitHeight + 40
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    Accessible.name: label + ": " + value
    Accessible.role: Accessible.StaticText

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 20
        spacing: Theme.spacing
        IconCircle {
            Layout.alignment: Qt.AlignTop
            icon: root.iconName
            size: 64
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: root.label
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: root.value
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }
}
