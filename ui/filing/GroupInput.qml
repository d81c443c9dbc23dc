// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// A list the citizen makes as long as needed (copies, papers, household members): each item
// a card with its questions and a remove button, then "Thêm …".
ColumnLayout {
    id: root
    property string fieldId
    property var settings: ({})
    property var items: []
    property var errorOf: function (key) { return "" }
    signal added()
    signal removed(int index)
    signal answered(int index, string subFieldId, var value)

    spacing: Theme.spacing

    Repeater {
        model: root.items.length
        delegate: Rectangle {
            id: card
            required property int index
            readonly property var item: root.items[index] || ({})
            objectName: root.fieldId + "_item" + index
            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.background
            border.width: 2
            border.color: Theme.border

            ColumnLayout {
                id: cardColumn
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacing
                RowLayout {
                    Layout.fillWidth: true
                    SectionTitle {
                        Layout.fillWidth: true
                        topPadding: 0
                        text: Kiosk.walkthrough.itemTitle(root.fieldId, card.index)
                    }
                    KioskButton {
                        objectName: root.fieldId + "_remove" + card.index
                        visible: root.items.length > (root.settings.minItems || 0)
                        kind: "quiet"
                        iconName: "close"
                        text: qsTr("Bỏ mục này")
                        onClicked: root.removed(card.index)
                    }
                }
                Repeater {
                    model: root.settings.subFields || []
                    delegate: FieldFrame {
                        id: subFrame
                        required property var modelData
                        Layout.fillWidth: true
                        // Re-read whenever the item's answers change (root.items).
                        visible: root.items.length > card.index
                                 && Kiosk.walkthrough.itemFieldShown(root.fieldId, card.index, modelData.fieldId)
                        label: modelData.label
                        help: modelData.help
                        example: modelData.example
                        isRequired: modelData.required
                        error: root.errorOf("[" + card.index + "]." + modelData.fieldId)
                        ScalarEditor {
                            Layout.fillWidth: true
                            fieldId: root.fieldId + "_" + card.index + "_" + subFrame.modelData.fieldId
                            type: subFrame.modelData.type
                            label: subFrame.modelData.label
                            settings: subFrame.modelData.settings
                            value: card.item[subFrame.modelData.fieldId]
                            hasError: subFrame.error !== ""
                            onAnswered: function (value) { root.answered(card.index, subFrame.modelData.fieldId, value) }
                        }
                    }
                }
            }
        }
    }

    KioskButton {
        objectName: root.fieldId + "_add"
        visible: root.items.length < (root.settings.maxItems || 10)
        iconName: "document"
        text: root.settings.addLabel || qsTr("Thêm")
        onClicked: root.added()
    }
}
