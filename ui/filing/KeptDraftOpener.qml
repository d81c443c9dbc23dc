// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// "Mở hồ sơ đã lưu": a citizen who chose "Lưu lại" comes back with the 6-digit code.
KioskButton {
    id: root
    objectName: "openKeptDraft"
    signal resumeKept(string code)
    iconName: "document"
    text: qsTr("Mở hồ sơ đã lưu")
    onClicked: {
        codeInput.text = ""
        dialog.open()
        codeInput.forceActiveFocus()
    }

    KioskPopup {
        id: dialog
        objectName: "keptCodeDialog"
        maxWidth: 900
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            ScreenTitle { Layout.fillWidth: true; text: qsTr("Nhập mã hồ sơ đã lưu (6 số)") }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("Mã được cho khi bạn chọn \"Lưu lại\". Nếu quên mã, hãy hỏi cán bộ.")
            }
            KioskTextInput {
                id: codeInput
                objectName: "keptCodeInput"
                Layout.preferredWidth: 320
                maximumLength: 6
                inputMethodHints: Qt.ImhDigitsOnly
                horizontalAlignment: Text.AlignHCenter
                onAccepted: if (openButton.enabled) openButton.clicked()
            }
            RowLayout {
                Layout.fillWidth: true
                KioskButton { text: qsTr("Đóng"); onClicked: dialog.close() }
                Item { Layout.fillWidth: true }
                KioskButton {
                    id: openButton
                    objectName: "keptCodeOpen"
                    kind: "primary"
                    text: qsTr("Mở hồ sơ")
                    enabled: /^[0-9]{6}$/.test(codeInput.text)
                    onClicked: {
                        dialog.close()
                        root.resumeKept(codeInput.text)
                    }
                }
            }
        }
    }
}
