// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// The filing is in: its file code in large type, and when to come back for the result.
ColumnLayout {
    id: root
    property string fileCode
    property string procedureName
    property string appointment
    property string received
    spacing: Theme.spacing * 1.5

    IconCircle {
        Layout.alignment: Qt.AlignHCenter
        icon: "check"
        size: 140
        color: Theme.success
    }
    ScreenTitle {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Đã nộp hồ sơ")
    }
    BodyText {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontLarge
        text: qsTr("%1 · nhận lúc %2").arg(root.procedureName).arg(root.received)
    }
    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.fillWidth: true
        Layout.maximumWidth: 1100
        implicitHeight: codeColumn.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.successLight
        border.width: 3
        border.color: Theme.success
        ColumnLayout {
            id: codeColumn
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: 8
            BodyText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Mã hồ sơ của bạn")
            }
            Label {
                objectName: "fileCode"
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // the width given, never the text's own (it is fitted to it)
                horizontalAlignment: Text.AlignHCenter
                text: root.fileCode
                font.family: Theme.fontFamily
                font.pixelSize: 64
                font.bold: true
                font.letterSpacing: 2
                color: Theme.text
                // One line, smaller type where the column is narrow (the payment beside it).
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 36
                wrapMode: Text.NoWrap
                Accessible.name: qsTr("Mã hồ sơ %1").arg(text)
            }
        }
    }
    BodyText {
        objectName: "appointment"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontTitle
        font.bold: true
        text: qsTr("Ngày hẹn trả kết quả: %1").arg(root.appointment)
    }
    BodyText {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontLarge
        text: qsTr("Hãy ghi lại mã hồ sơ (hoặc chụp ảnh màn hình này) và mang theo giấy tờ bản chính khi đến nhận kết quả.")
    }
}
