// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// "Điền từ thẻ CCCD": the handheld scanner types the QR of the chip ID card into this box
// and presses Enter (a clerk may paste it instead); the form fills the applicant.
KioskPopup {
    id: root
    property string message
    signal filled()

    maxWidth: 1100
    onOpened: { message = pendingMessage; pendingMessage = ""; payload.text = ""; payload.forceActiveFocus() }

    // A code the handheld scanner sent straight to the app (it never reaches the box).
    function scanResult(result) {
        if (result.applied) {
            close()
            filled()
            return
        }
        pendingMessage = result.message
        if (opened)
            message = result.message
        else
            open()
    }
    property string pendingMessage

    function apply() {
        message = Kiosk.walkthrough.applyCccd(payload.text)
        if (message === "") {
            close()
            filled()
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        RowLayout {
            spacing: Theme.spacing
            IconCircle { icon: "idcard"; size: 88 }
            ScreenTitle { Layout.fillWidth: true; text: qsTr("Điền từ thẻ căn cước (CCCD)") }
        }
        BodyText {
            Layout.fillWidth: true
            font.pixelSize: Theme.fontLarge
            text: qsTr("Đưa mã QR ở mặt trước thẻ vào dưới máy quét. Thông tin sẽ tự điền; bạn kiểm tra lại sau.")
        }
        KioskTextInput {
            id: payload
            objectName: "cccdPayload"
            Layout.fillWidth: true
            placeholderText: qsTr("Mã QR trên thẻ sẽ hiện ở đây")
            echoMode: TextInput.Password // personal data: not shown to people passing by
            hasError: root.message !== ""
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            onAccepted: root.apply()
        }
        ErrorText { objectName: "cccdError"; Layout.fillWidth: true; text: root.message }
        RowLayout {
            Layout.fillWidth: true
            KioskButton {
                iconName: "close"
                text: qsTr("Đóng, tự điền tay")
                onClicked: root.close()
            }
            Item { Layout.fillWidth: true }
            KioskButton {
                objectName: "cccdApply"
                kind: "primary"
                iconName: "check"
                text: qsTr("Điền thông tin")
                enabled: payload.text !== ""
                onClicked: root.apply()
            }
        }
    }
}
