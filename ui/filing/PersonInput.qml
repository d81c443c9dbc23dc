// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// A person: full name, date of birth, sex and ID number (those the form asks for).
ColumnLayout {
    id: root
    property string fieldId
    property var parts: []
    property var requiredParts: []
    property var person: ({})
    property var errorOf: function (part) { return "" }
    signal partChanged(string part, var value)

    spacing: 8

    function has(part) { return parts.indexOf(part) >= 0 }
    function optional(part) { return requiredParts.indexOf(part) < 0 }

    PartLabel { visible: root.has("fullName"); text: qsTr("Họ, chữ đệm và tên"); optional: root.optional("fullName") }
    KioskTextInput {
        objectName: root.fieldId + "_fullName"
        visible: root.has("fullName")
        Layout.fillWidth: true
        text: root.person.fullName || ""
        placeholderText: qsTr("Ví dụ: Nguyễn Văn An")
        hasError: root.errorOf("fullName") !== ""
        maximumLength: 100
        inputMethodHints: Qt.ImhNoPredictiveText
        onCommitted: function (text) { root.partChanged("fullName", text) }
    }
    ErrorText { Layout.fillWidth: true; text: root.errorOf("fullName") }

    PartLabel { visible: root.has("dateOfBirth"); text: qsTr("Ngày sinh"); optional: root.optional("dateOfBirth") }
    DateInput {
        objectName: root.fieldId + "_dateOfBirth"
        visible: root.has("dateOfBirth")
        Layout.fillWidth: true
        isoDate: root.person.dateOfBirth || ""
        hasError: root.errorOf("dateOfBirth") !== ""
        onCommitted: function (iso) { root.partChanged("dateOfBirth", iso) }
    }
    ErrorText { Layout.fillWidth: true; text: root.errorOf("dateOfBirth") }

    PartLabel { visible: root.has("sex"); text: qsTr("Giới tính"); optional: root.optional("sex") }
    ChoiceInput {
        objectName: root.fieldId + "_sex"
        visible: root.has("sex")
        Layout.fillWidth: true
        fieldId: root.fieldId + "_sex"
        options: [{ value: "nam", label: qsTr("Nam") }, { value: "nu", label: qsTr("Nữ") }]
        value: root.person.sex
        onChosen: function (value) { root.partChanged("sex", value) }
    }
    ErrorText { Layout.fillWidth: true; text: root.errorOf("sex") }

    PartLabel { visible: root.has("idNumber"); text: qsTr("Số CCCD (12 số)"); optional: root.optional("idNumber") }
    KioskTextInput {
        objectName: root.fieldId + "_idNumber"
        visible: root.has("idNumber")
        Layout.fillWidth: true
        text: root.person.idNumber || ""
        placeholderText: qsTr("Ví dụ: 001090012345")
        hasError: root.errorOf("idNumber") !== ""
        maximumLength: 12
        inputMethodHints: Qt.ImhDigitsOnly
        onCommitted: function (text) { root.partChanged("idNumber", text) }
    }
    ErrorText { Layout.fillWidth: true; text: root.errorOf("idNumber") }
}
