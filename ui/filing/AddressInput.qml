// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// An address as it is since July 2025: province or city, then commune/ward, then the house
// number, street or hamlet. Units are picked from the official list, never typed.
ColumnLayout {
    id: root
    property string fieldId
    property bool askDetail: true
    property var address: ({})
    property var errorOf: function (part) { return "" }
    signal partChanged(string part, var value)

    spacing: 8
    readonly property string provinceCode: address.provinceCode || ""
    readonly property string communeCode: address.communeCode || ""

    PartLabel { text: qsTr("Tỉnh, thành phố") }
    PickerButton {
        objectName: root.fieldId + "_province"
        Layout.fillWidth: true
        text: root.provinceCode !== "" ? Kiosk.addresses.unitName(root.provinceCode) : qsTr("Chọn tỉnh, thành phố")
        placeholder: root.provinceCode === ""
        hasError: root.errorOf("provinceCode") !== ""
        onClicked: picker.openFor("province")
    }
    ErrorText { Layout.fillWidth: true; text: root.errorOf("provinceCode") }

    PartLabel { text: qsTr("Xã, phường, đặc khu") }
    PickerButton {
        objectName: root.fieldId + "_commune"
        Layout.fillWidth: true
        enabled: root.provinceCode !== ""
        text: root.communeCode !== "" ? Kiosk.addresses.unitName(root.communeCode)
            : root.provinceCode === "" ? qsTr("Chọn tỉnh trước") : qsTr("Chọn xã, phường")
        placeholder: root.communeCode === ""
        hasError: root.errorOf("communeCode") !== ""
        onClicked: picker.openFor("commune")
    }
    ErrorText { Layout.fillWidth: true; text: root.errorOf("communeCode") }

    PartLabel { visible: root.askDetail; text: qsTr("Số nhà, đường, thôn, xóm") }
    KioskTextInput {
        objectName: root.fieldId + "_detail"
        visible: root.askDetail
        Layout.fillWidth: true
        text: root.address.detail || ""
        placeholderText: qsTr("Ví dụ: Số 12, ngõ 5, phố Đội Cấn")
        inputMethodHints: Qt.ImhNoPredictiveText
        hasError: root.errorOf("detail") !== ""
        onCommitted: function (text) { root.partChanged("detail", text) }
    }
    ErrorText { Layout.fillWidth: true; text: root.errorOf("detail") }

    UnitPicker {
        id: picker
        provinceCode: root.provinceCode
        onPicked: function (level, code) {
            root.partChanged(level === "province" ? "provinceCode" : "communeCode", code)
        }
    }
}
