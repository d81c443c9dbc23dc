// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import MotCua.Ui

// A filing's status as the lookup found it: the words in large type, the file code and
// procedure, the appointment, and each step so far.
Rectangle {
    id: root
    property StatusLookup lookup: Kiosk.statusLookup
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.width: 3
    border.color: root.lookup && root.lookup.statusCode >= 9 ? Theme.success : Theme.primary

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing
        BodyText { Layout.fillWidth: true; muted: true; text: qsTr("Hồ sơ %1").arg(root.lookup.fileCode) }
        BodyText {
            Layout.fillWidth: true
            visible: text !== ""
            font.pixelSize: Theme.fontLarge
            text: root.lookup.procedureName
        }
        BodyText {
            objectName: "statusText"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: root.lookup.statusCode >= 9 ? Theme.success : Theme.primary
            text: root.lookup.statusText
        }
        BodyText {
            objectName: "statusAppointment"
            Layout.fillWidth: true
            visible: root.lookup.appointmentText !== ""
            font.pixelSize: Theme.fontLarge
            text: qsTr("Ngày hẹn trả kết quả: %1").arg(root.lookup.appointmentText)
        }
        BodyText {
            objectName: "statusNote"
            Layout.fillWidth: true
            visible: text !== ""
            muted: true
            text: root.lookup.note
        }
        SectionTitle {
            Layout.fillWidth: true
            visible: root.lookup.history.length > 0
            text: qsTr("Quá trình xử lý")
        }
        Repeater {
            model: root.lookup.history
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacing
                BodyText { Layout.preferredWidth: 300; muted: true; text: modelData.when }
                BodyText {
                    Layout.fillWidth: true
                    text: modelData.note !== "" ? modelData.text + " — " + modelData.note : modelData.text
                }
            }
        }
    }
}
