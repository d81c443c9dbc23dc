// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// The clerk confirms the money of a filing with the clerk code: cash, or a transfer seen on the
// commune's account; or, for a claimed exemption, grants or refuses it after seeing the papers.
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
    readonly property bool exemption: root.desk !== null && root.desk.state === "exemption_claimed"
    function settled(done) {
        if (done)
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
            text: root.exemption ? qsTr("Miễn lệ phí: %1").arg(root.desk.waivedReason)
                : root.desk && root.desk.amountKnown ? qsTr("Cán bộ xác nhận đã thu %1").arg(root.desk.amountText)
                : qsTr("Cán bộ xác nhận đã thu lệ phí")
        }
        BodyText {
            Layout.fillWidth: true
            text: Kiosk.clerk.loggedIn
                  ? (root.exemption ? qsTr("Cán bộ %1: xem giấy tờ chứng minh của người dân, rồi chọn.").arg(Kiosk.clerk.name)
                                    : qsTr("Cán bộ %1: chọn cách người dân đã nộp.").arg(Kiosk.clerk.name))
                  : (root.exemption ? qsTr("Xem giấy tờ chứng minh của người dân, nhập mã cán bộ, rồi chọn.")
                                    : qsTr("Nhập mã cán bộ, rồi chọn cách người dân đã nộp."))
        }
        KioskTextInput {
            id: code
            objectName: "clerkCode"
            // In clerk mode the clerk is known: no code to type.
            visible: !Kiosk.clerk.loggedIn
            Layout.preferredWidth: 300
            maximumLength: 8
            inputMethodHints: Qt.ImhDigitsOnly
            echoMode: TextInput.Password
            horizontalAlignment: Text.AlignHCenter
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.desk && !root.desk.amountKnown && !root.exemption
            text: qsTr("Số tiền đã thu (đồng):")
        }
        KioskTextInput {
            id: amount
            objectName: "clerkAmount"
            visible: root.desk && !root.desk.amountKnown && !root.exemption
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
                visible: !root.exemption
                kind: "primary"
                enabled: code.text.length >= 4 || Kiosk.clerk.loggedIn
                text: qsTr("Đã thu tiền mặt")
                onClicked: root.settled(root.desk.confirm(code.text, "cash", Number(amount.text) || 0))
            }
            KioskButton {
                objectName: "confirmBank"
                visible: !root.exemption
                kind: "primary"
                enabled: code.text.length >= 4 || Kiosk.clerk.loggedIn
                text: qsTr("Tiền đã vào tài khoản")
                onClicked: root.settled(root.desk.confirm(code.text, "bank", Number(amount.text) || 0))
            }
            KioskButton {
                objectName: "refuseExemption"
                visible: root.exemption
                enabled: code.text.length >= 4 || Kiosk.clerk.loggedIn
                text: qsTr("Chưa đủ giấy tờ, phải nộp")
                onClicked: root.settled(root.desk.decideExemption(code.text, false))
            }
            KioskButton {
                objectName: "grantExemption"
                visible: root.exemption
                kind: "primary"
                enabled: code.text.length >= 4 || Kiosk.clerk.loggedIn
                text: qsTr("Đủ giấy tờ, được miễn")
                onClicked: root.settled(root.desk.decideExemption(code.text, true))
            }
        }
    }
}
