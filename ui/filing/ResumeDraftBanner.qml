// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// After a crash or power cut: "Tiếp tục hồ sơ đang làm dở?" for each recent draft, showing
// only the procedure, the filer's initials and the time (never a name to passers-by).
Rectangle {
    id: root
    property var drafts: []
    signal resume(string draftId)
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
                    onClicked: root.resume(modelData.id)
                }
            }
        }
    }
}
