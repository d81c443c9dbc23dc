// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// "Bước 2/7: Thông tin cháu bé" with one bar per step: done, current, still to come.
ColumnLayout {
    id: root
    property int position: 1
    property int total: 1
    property string title
    spacing: 10

    Label {
        objectName: "stepLabel"
        Layout.fillWidth: true
        text: qsTr("Bước %1/%2: %3").arg(root.position).arg(root.total).arg(root.title)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: root.total
            delegate: Rectangle {
                required property int index
                Layout.fillWidth: true
                height: 12
                radius: 6
                color: index + 1 < root.position ? Theme.success
                     : index + 1 === root.position ? Theme.primary : Theme.stepPending
            }
        }
    }
}
