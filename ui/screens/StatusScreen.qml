// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// "Tra cứu hồ sơ": type the file code from the receipt (or only its last 10 digits), or scan
// the receipt's QR; the status in plain words, the appointment and what happened so far.
Item {
    id: root
    objectName: "statusScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: qsTr("Tra cứu hồ sơ. Nhập mã hồ sơ in trên giấy biên nhận, hoặc đưa mã QR trên giấy biên nhận vào máy quét.")
    property string initialCode
    readonly property StatusLookup lookup: Kiosk.statusLookup
    signal goHome()

    function search(text) {
        field.text = text
        root.lookup.lookUp(text)
    }
    // A receipt read by the handheld scanner while here is looked up in place.
    function handlesScan(result) {
        if (result.kind !== "filecode")
            return false
        search(result.fileCode)
        return true
    }

    Component.onCompleted: {
        root.lookup.clear()
        if (initialCode !== "")
            search(initialCode)
    }
    Component.onDestruction: root.lookup.clear() // nobody else's file code stays on screen
    StackView.onActivated: if (initialCode === "") field.forceActiveFocus()

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            ScreenTitle { Layout.fillWidth: true; text: qsTr("Tra cứu hồ sơ") }
            BodyText {
                Layout.fillWidth: true
                font.pixelSize: Theme.fontLarge
                text: qsTr("Nhập mã hồ sơ in trên giấy biên nhận (hoặc 10 số cuối, ví dụ 261123-0001), hoặc đưa mã QR trên giấy biên nhận vào máy quét.")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskTextInput {
                    id: field
                    objectName: "fileCodeField"
                    Layout.fillWidth: true
                    maximumLength: 40
                    placeholderText: qsTr("Ví dụ: 261123-0001")
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferNumbers | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("Ô nhập mã hồ sơ")
                    onAccepted: root.lookup.lookUp(text)
                }
                KioskButton {
                    objectName: "lookUpButton"
                    kind: "primary"
                    iconName: "search"
                    enabled: field.text.trim() !== "" && root.lookup.state !== "searching"
                    text: qsTr("Tra cứu")
                    onClicked: root.lookup.lookUp(field.text)
                }
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: running
                running: root.lookup.state === "searching"
            }
            MessagePanel {
                objectName: "statusMessage"
                Layout.fillWidth: true
                visible: root.lookup.message !== ""
                iconName: root.lookup.state === "unreachable" ? "online" : "warning"
                tint: Theme.accent
                title: root.lookup.state === "notFound" ? qsTr("Không tìm thấy hồ sơ")
                     : root.lookup.state === "invalid" ? qsTr("Mã hồ sơ chưa đúng")
                     : qsTr("Chưa kết nối được")
                message: root.lookup.message
            }
            StatusCard {
                objectName: "statusCard"
                Layout.fillWidth: true
                visible: root.lookup.state === "found"
            }
        }
    }
}
