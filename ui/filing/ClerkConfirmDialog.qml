// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// The clerk confirms the money of a filing with the clerk code: cash, or a transfer seen on the
// commune's account.
KioskPopup {
    id: root
    objectName: "clerkConfirmDialog"
    property PaymentDesk desk
    function openDialog() {
        code.text = ""
        amount.text = ""
        root.desk.beginClerkConfirm()
        open()
        code.forceActiveFocus()
    }
    function confirmWith(method) {
        if (root.desk.confirm(code.text, method, Number(amount.text) || 0))
            root.close()
        else
            code.text = ""
    }
    maxWidth: 900
    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        ScreenTitle {
            Layout.fillWidth: true
            text: root.desk && root.desk.amountKnown ? qsTr("Cán bộ xác nhận đã thu %1").arg(root.desk.amountText)
                                                   : qsTr("Cán bộ xác nhận đã thu lệ phí")
        }
        BodyText { Layout.fillWidth: true; text: qsTr("Nhập mã cán bộ, rồi chọn cách người dân đã nộp.") }
        KioskTextInput {
            id: code
            objectName: "clerkCode"
            Layout.preferredWidth: 300
            maximumLength: 8
            inputMethodHints: Qt.ImhDigitsOnly
            echoMode: TextInput.Password
            horizontalAlignment: Text.AlignHCenter
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.desk && !root.desk.amountKnown
            text: qsTr("Số tiền đã thu (đồng):")
        }
        KioskTextInput {
            id: amount
            objectName: "clerkAmount"
            visible: root.desk && !root.desk.amountKnown
            Layout.preferredWidth: 300
            maximumLength: 9
            inputMethodHints: Qt.ImhDigitsOnly
        }
        BodyText {
            objectName: "clerkError"
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.accent
            text: root.desk ? root.desk.clerkError : ""
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton { text: qsTr("Đóng"); onClicked: root.close() }
            KioskButton {
                objectName: "confirmCash"
                kind: "primary"
                enabled: code.text.length >= 4
                text: qsTr("Đã thu tiền mặt")
                onClicked: root.confirmWith("cash")
            }
            KioskButton {
                objectName: "confirmBank"
                kind: "primary"
                enabled: code.text.length >= 4
                text: qsTr("Tiền đã vào tài khoản")
                onClicked: root.confirmWith("bank")
            }
        }
    }
}
