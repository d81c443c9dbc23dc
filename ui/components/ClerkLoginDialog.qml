// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// Clerk mode's door (a long press on the commune's name, or Ctrl+Alt+K): tap your name, type
// your PIN. Wrong PINs say how many tries are left; five lock the account for a while.
KioskPopup {
    id: root
    objectName: "clerkLogin"
    readonly property ClerkDesk desk: Kiosk.clerk
    property string chosenName
    signal loggedIn()
    function openDialog() {
        desk.refreshAccounts()
        desk.clearError()
        pin.text = ""
        chosenName = desk.accounts.length === 1 ? desk.accounts[0].name : ""
        open()
        pin.forceActiveFocus()
    }
    maxWidth: 1000
    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        ScreenTitle { Layout.fillWidth: true; text: qsTr("Đăng nhập cán bộ") }
        BodyText {
            Layout.fillWidth: true
            visible: root.desk.accounts.length === 0
            text: qsTr("Máy chưa có tài khoản cán bộ. Kỹ thuật viên tạo tài khoản bằng lệnh: motcua clerk add")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: root.desk.accounts
                BigToggle {
                    required property var modelData
                    objectName: "clerkName_" + modelData.name
                    text: modelData.name + " · " + modelData.roleText
                    chosen: root.chosenName === modelData.name
                    onClicked: {
                        root.chosenName = modelData.name
                        pin.forceActiveFocus()
                    }
                }
            }
        }
        KioskTextInput {
            id: pin
            objectName: "clerkPin"
            visible: root.desk.accounts.length > 0
            Layout.preferredWidth: 320
            maximumLength: 8
            placeholderText: qsTr("Mã PIN")
            inputMethodHints: Qt.ImhDigitsOnly
            echoMode: TextInput.Password
            horizontalAlignment: Text.AlignHCenter
            onAccepted: if (loginButton.enabled) loginButton.clicked()
        }
        BodyText {
            objectName: "clerkLoginError"
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.accent
            text: root.desk.error
        }
        RowLayout {
            Layout.fillWidth: true
            KioskButton { text: qsTr("Đóng"); onClicked: root.close() }
            Item { Layout.fillWidth: true }
            KioskButton {
                id: loginButton
                objectName: "clerkLoginButton"
                kind: "primary"
                text: qsTr("Đăng nhập")
                enabled: root.chosenName !== "" && pin.text.length >= 4
                onClicked: {
                    const ok = root.desk.login(root.chosenName, pin.text)
                    pin.text = ""
                    if (ok) {
                        root.close()
                        root.loggedIn()
                    }
                }
            }
        }
    }
}
