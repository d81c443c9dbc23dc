// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// One field of a form, whatever its type: the frame (question, help, example, error) around
// the editor for that type. Answers leave through signals; the step screen sends them to
// Kiosk.walkthrough.
FieldFrame {
    id: root
    property string fieldId
    property string type
    property var settings: ({})
    property var value
    property var errors: ({})
    signal answered(var value)
    signal partAnswered(string part, var value)
    signal itemAdded()
    signal itemRemoved(int index)
    signal itemAnswered(int index, string subFieldId, var value)

    objectName: "field_" + fieldId
    error: errors && errors[""] !== undefined ? errors[""] : ""

    function partError(part) { return errors && errors[part] !== undefined ? errors[part] : "" }

    Loader {
        Layout.fillWidth: true
        sourceComponent: {
            switch (root.type) {
            case "person": return personEditor
            case "address": return addressEditor
            case "group": return groupEditor
            case "document": return documentEditor
            default: return scalarEditor
            }
        }
    }

    Component {
        id: scalarEditor
        ScalarEditor {
            fieldId: root.fieldId
            type: root.type
            label: root.label
            settings: root.settings
            value: root.value
            hasError: root.error !== ""
            onAnswered: function (value) { root.answered(value) }
        }
    }
    Component {
        id: personEditor
        PersonInput {
            fieldId: root.fieldId
            parts: root.settings.parts || []
            requiredParts: root.settings.requiredParts || []
            person: root.value || ({})
            errorOf: root.partError
            onPartChanged: function (part, value) { root.partAnswered(part, value) }
        }
    }
    Component {
        id: addressEditor
        AddressInput {
            fieldId: root.fieldId
            askDetail: root.settings.askDetail !== false
            address: root.value || ({})
            errorOf: root.partError
            onPartChanged: function (part, value) { root.partAnswered(part, value) }
        }
    }
    Component {
        id: groupEditor
        GroupInput {
            fieldId: root.fieldId
            settings: root.settings
            items: root.value || []
            errorOf: root.partError
            onAdded: root.itemAdded()
            onRemoved: function (index) { root.itemRemoved(index) }
            onAnswered: function (index, subFieldId, value) { root.itemAnswered(index, subFieldId, value) }
        }
    }
    Component {
        id: documentEditor
        DocumentInput {
            fieldId: root.fieldId
            document: root.value || ({})
            onAnswered: function (value) { root.answered(value) }
        }
    }
}
