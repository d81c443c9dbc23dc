// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// At the top of a step that could not go on: how many answers need fixing, and which.
Rectangle {
    id: root
    property var errors: []
    objectName: "errorSummary"
    visible: errors.length > 0
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.errorLight
    border.width: 3
    border.color: Theme.accent
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title.text

    ColumnLayout {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: 6
        RowLayout {
            spacing: 12
            IconCircle {
                Layout.preferredWidth: 48
                Layout.preferredHeight: 48
                icon: "warning"
                size: 48
                color: Theme.accent
            }
            Label {
                id: title
                Layout.fillWidth: true
                text: root.errors.length === 1 ? qsTr("Còn 1 chỗ cần sửa trước khi đi tiếp:")
                                               : qsTr("Còn %1 chỗ cần sửa trước khi đi tiếp:").arg(root.errors.length)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
        }
        Repeater {
            model: root.errors
            delegate: BodyText {
                required property var modelData
                Layout.fillWidth: true
                text: "•  " + modelData.label + ": " + modelData.message
            }
        }
    }
}
