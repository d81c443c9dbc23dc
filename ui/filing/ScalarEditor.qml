// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// The editor of a one-value field (text, number, CCCD, phone, e-mail, multiline, date, choice,
// yes/no, photo): what FieldEditor shows for such a field, and GroupInput for each item's fields.
Loader {
    id: root
    property string fieldId
    property string type
    property string label
    property var settings: ({})
    property var value
    property bool hasError: false
    signal answered(var value)

    sourceComponent: {
        switch (type) {
        case "multiline": return multilineEditor
        case "date": return dateEditor
        case "choice": return choiceEditor
        case "yesno": return yesNoEditor
        case "photo": return photoEditor
        default: return textEditor // text, number, cccd, phone, email
        }
    }

    Component {
        id: textEditor
        KioskTextInput {
            objectName: root.fieldId + "_input"
            text: root.value !== undefined && root.value !== null ? String(root.value) : ""
            hasError: root.hasError
            placeholderText: root.label
            maximumLength: root.type === "cccd" ? 12 : (root.settings.maxLength || 200)
            inputMethodHints: root.type === "number" || root.type === "cccd" ? Qt.ImhDigitsOnly
                            : root.type === "phone" ? Qt.ImhDialableCharactersOnly
                            : root.type === "email" ? (Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase)
                            : Qt.ImhNoPredictiveText
            onCommitted: function (text) {
                root.answered(root.type === "number" && /^-?[0-9]+$/.test(text.trim()) ? parseInt(text, 10) : text)
            }
        }
    }
    Component {
        id: multilineEditor
        MultilineInput {
            objectName: root.fieldId + "_input"
            text: root.value || ""
            hasError: root.hasError
            maximumLength: root.settings.maxLength || 1000
            onCommitted: function (text) { root.answered(text) }
        }
    }
    Component {
        id: dateEditor
        DateInput {
            objectName: root.fieldId + "_date"
            isoDate: root.value || ""
            hasError: root.hasError
            onCommitted: function (iso) { root.answered(iso) }
        }
    }
    Component {
        id: choiceEditor
        ChoiceInput {
            fieldId: root.fieldId
            options: root.settings.options || []
            multiple: root.settings.multiple || false
            value: root.value
            onChosen: function (value) { root.answered(value) }
        }
    }
    Component {
        id: yesNoEditor
        ChoiceInput {
            fieldId: root.fieldId
            options: [{ value: true, label: qsTr("Có") }, { value: false, label: qsTr("Không") }]
            value: root.value
            onChosen: function (value) { root.answered(value) }
        }
    }
    Component {
        id: photoEditor
        PhotoInput {
            fieldId: root.fieldId
            photo: root.value || null
        }
    }
}
