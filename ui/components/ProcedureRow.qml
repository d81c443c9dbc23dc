// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// One procedure in a result list: name, topic, processing time; the whole row is a button.
ItemDelegate {
    id: root
    property string procedureName
    property string procedureCode
    property string topic
    property string time
    property string summaryText

    implicitHeight: Math.max(Theme.touchLarge, column.implicitHeight + 32)
    Accessible.name: procedureName + ". " + topic + ". " + time
    Accessible.role: Accessible.Button

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.primaryLight : Theme.surface
        border.width: 2
        border.color: root.activeFocus ? Theme.primary : Theme.border
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            id: column
            Layout.fillWidth: true
            Layout.leftMargin: 8
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: root.procedureName
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: root.summaryText
                visible: text !== ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: [root.topic, root.time, qsTr("Mã %1").arg(root.procedureCode)]
                        .filter(function (s) { return s !== "" }).join("  ·  ")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.primary
                wrapMode: Text.WordWrap
            }
        }
        Image {
            Layout.preferredWidth: 40
            Layout.preferredHeight: 40
            Layout.rightMargin: 8
            sourceSize: Qt.size(40, 40)
            source: Theme.icon("arrowright")
            // The icon is white: show it on a blue disc.
            Rectangle { z: -1; anchors.fill: parent; anchors.margins: -6; radius: width / 2; color: Theme.primary }
        }
    }
}
