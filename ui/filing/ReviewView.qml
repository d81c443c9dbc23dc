// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// "Kiểm tra lại thông tin": every answer, section by section, each with "Sửa".
ColumnLayout {
    id: root
    property var sections: []
    signal editRequested(string stepId)
    spacing: Theme.spacing

    Repeater {
        model: root.sections
        delegate: Rectangle {
            id: section
            required property var modelData
            objectName: "review_" + (modelData.stepId || "computed")
            Layout.fillWidth: true
            implicitHeight: sectionColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: 2
            border.color: Theme.border

            ColumnLayout {
                id: sectionColumn
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    SectionTitle { Layout.fillWidth: true; topPadding: 0; text: section.modelData.title }
                    KioskButton {
                        objectName: "edit_" + section.modelData.stepId
                        visible: section.modelData.stepId !== ""
                        kind: "secondary"
                        text: qsTr("Sửa")
                        onClicked: root.editRequested(section.modelData.stepId)
                    }
                }
                Repeater {
                    model: section.modelData.rows
                    delegate: GridLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        columns: root.width > 1200 ? 2 : 1
                        columnSpacing: Theme.spacing
                        BodyText {
                            Layout.preferredWidth: root.width > 1200 ? root.width * 0.35 : -1
                            Layout.fillWidth: root.width <= 1200
                            muted: true
                            text: modelData.label
                        }
                        BodyText {
                            Layout.fillWidth: true
                            font.bold: true
                            text: modelData.value
                        }
                    }
                }
            }
        }
    }
}
