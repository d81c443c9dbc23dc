// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// One question: its label, a help sentence, an example, the editor, and what is wrong with
// the answer (in red, with a red bar beside the question so the eye finds it).
Item {
    id: root
    property string label
    property string help
    property string example
    property bool isRequired: true
    property string error
    default property alias editor: editorColumn.data

    implicitHeight: column.implicitHeight
    Accessible.name: label

    Rectangle {
        visible: root.error !== ""
        width: 8
        height: parent.height
        radius: 4
        color: Theme.accent
    }

    ColumnLayout {
        id: column
        x: root.error !== "" ? 24 : 0
        width: parent.width - x
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: root.label + (root.isRequired ? "" : qsTr(" (không bắt buộc)"))
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.help !== ""
            muted: true
            text: root.help
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.example !== ""
            muted: true
            font.italic: true
            text: qsTr("Ví dụ: %1").arg(root.example)
        }
        ColumnLayout {
            id: editorColumn
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
        ErrorText {
            Layout.fillWidth: true
            text: root.error
        }
    }
}
