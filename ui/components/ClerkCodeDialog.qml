// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// Asks for the clerk code before a clerk's action; `error` shows why the last try was refused.
KioskPopup {
    id: root
    property string title
    property string actionText
    property string error
    signal confirmed(string code)
    function openDialog() {
        code.text = ""
        open()
        code.forceActiveFocus()
    }
    maxWidth: 800
    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        ScreenTitle { Layout.fillWidth: true; text: root.title }
        BodyText {
            Layout.fillWidth: true
            text: Kiosk.clerk.loggedIn ? qsTr("Cán bộ %1 thực hiện.").arg(Kiosk.clerk.name) : qsTr("Nhập mã cán bộ.")
        }
        KioskTextInput {
            id: code
            objectName: "clerkCodeInput"
            visible: !Kiosk.clerk.loggedIn
            Layout.preferredWidth: 300
            maximumLength: 8
            inputMethodHints: Qt.ImhDigitsOnly
            echoMode: TextInput.Password
            horizontalAlignment: Text.AlignHCenter
        }
        BodyText {
            objectName: "clerkCodeError"
            Layout.fillWidth: true
            visible: text !== "" && root.opened
            color: Theme.accent
            text: root.error
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton { text: qsTr("Đóng"); onClicked: root.close() }
            KioskButton {
                objectName: "clerkCodeConfirm"
                kind: "primary"
                enabled: code.text.length >= 4 || Kiosk.clerk.loggedIn
                text: root.actionText
                onClicked: {
                    root.confirmed(code.text)
                    code.text = ""
                }
            }
        }
    }
}
