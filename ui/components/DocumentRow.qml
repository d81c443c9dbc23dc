// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// One line of the documents checklist: what to bring, in which form, how many.
Rectangle {
    id: root
    property int number: 1
    property string name
    property string form
    property int count: 1
    property bool required: true
    property string notes

    function formText(key) {
        switch (key) {
        case "original": return qsTr("Bản chính")
        case "copy": return qsTr("Bản sao")
        case "certified_copy": return qsTr("Bản sao có chứng thực")
        case "original_or_copy": return qsTr("Bản chính hoặc bản sao")
        case "present": return qsTr("Mang bản chính để đối chiếu")
        }
        return key
    }

    implicitHeight: row.implicitHeight + 28
    radius: Theme.radius
    color: Theme.surface
    border.width: 2
    border.color: Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: name + ". " + formText(form) + ". " + qsTr("Số lượng: %1").arg(count)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 14
        spacing: Theme.spacing
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 52
            Layout.preferredHeight: 52
            radius: 26
            color: Theme.primaryLight
            Label {
                anchors.centerIn: parent
                text: root.number
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primary
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                Layout.fillWidth: true
                text: root.name
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: [root.formText(root.form), qsTr("Số lượng: %1").arg(root.count)]
                           .concat(root.required ? [] : [qsTr("Không bắt buộc")])
                    delegate: Rectangle {
                        required property string modelData
                        radius: 8
                        color: Theme.primaryLight
                        width: chip.implicitWidth + 20
                        height: chip.implicitHeight + 8
                        Label {
                            id: chip
                            anchors.centerIn: parent
                            text: parent.modelData
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.primaryDark
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: root.notes !== ""
                text: root.notes
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
    }
}
