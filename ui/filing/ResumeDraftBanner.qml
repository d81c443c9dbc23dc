// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// After a crash or power cut: "Tiếp tục hồ sơ đang làm dở?" for each recent draft, showing
// only the procedure, the filer's initials and the time (never a name to passers-by). A draft
// that holds an ID number reopens only with the last four digits of it.
Rectangle {
    id: root
    property var drafts: []
    signal resume(string draftId, string idLastDigits)
    signal discard(string draftId)

    objectName: "resumeBanner"
    visible: drafts.length > 0
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.warningLight
    border.width: 3
    border.color: Theme.help

    ColumnLayout {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing
        RowLayout {
            spacing: Theme.spacing
            IconCircle { icon: "document"; size: 64; color: Theme.warningText }
            Label {
                Layout.fillWidth: true
                text: qsTr("Tiếp tục hồ sơ đang làm dở?")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.warningText
                wrapMode: Text.WordWrap
            }
        }
        Repeater {
            model: root.drafts
            delegate: RowLayout {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.spacing
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2 · lưu lúc %3").arg(modelData.procedureName)
                            .arg(modelData.applicantInitials || qsTr("chưa có tên")).arg(modelData.updatedText)
                }
                KioskButton {
                    objectName: "discardDraft" + index
                    text: qsTr("Bỏ")
                    onClicked: root.discard(modelData.id)
                }
                KioskButton {
                    objectName: "resumeDraft" + index
                    kind: "primary"
                    iconName: "arrowright"
                    text: qsTr("Tiếp tục")
                    onClicked: {
                        if (modelData.needsIdCheck)
                            idCheck.openFor(modelData.id)
                        else
                            root.resume(modelData.id, "")
                    }
                }
            }
        }
    }

    KioskPopup {
        id: idCheck
        objectName: "resumeIdCheck"
        property string draftId
        function openFor(id) {
            draftId = id
            digits.text = ""
            open()
            digits.forceActiveFocus()
        }
        maxWidth: 900
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            ScreenTitle { Layout.fillWidth: true; text: qsTr("Nhập 4 số cuối CCCD của người nộp") }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("Để giữ kín thông tin, chỉ người đã nộp mới mở lại được hồ sơ này.")
            }
            KioskTextInput {
                id: digits
                objectName: "resumeIdDigits"
                Layout.preferredWidth: 300
                maximumLength: 4
                inputMethodHints: Qt.ImhDigitsOnly
                echoMode: TextInput.Password
                horizontalAlignment: Text.AlignHCenter
                onAccepted: confirm.clicked()
            }
            RowLayout {
                Layout.fillWidth: true
                KioskButton {
                    text: qsTr("Đóng")
                    onClicked: idCheck.close()
                }
                Item { Layout.fillWidth: true }
                KioskButton {
                    id: confirm
                    objectName: "resumeIdConfirm"
                    kind: "primary"
                    text: qsTr("Mở hồ sơ")
                    enabled: digits.text.length === 4
                    onClicked: {
                        idCheck.close()
                        root.resume(idCheck.draftId, digits.text)
                    }
                }
            }
        }
    }
}
