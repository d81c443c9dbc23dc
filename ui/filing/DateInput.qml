// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// A date as three number boxes, the way it is written on paper: Ngày / Tháng / Năm.
// Commits "YYYY-MM-DD" (the form engine checks it is a real date), "" when all three are
// emptied, and what there is while a box is missing (so the old date is not kept by mistake:
// the engine says the date is incomplete).
RowLayout {
    id: root
    property string isoDate
    property bool hasError: false
    signal committed(string iso)

    spacing: Theme.spacing

    function part(i) {
        const p = isoDate.split("-")
        const n = p.length === 3 ? parseInt(p[i], 10) : NaN
        return isNaN(n) ? "" : String(n)
    }
    function pad(text) { return text.length === 1 ? "0" + text : text }
    function commit() {
        const d = day.text.trim(), m = month.text.trim(), y = year.text.trim()
        root.committed(d === "" && m === "" && y === "" ? "" : y + "-" + pad(m) + "-" + pad(d))
    }

    component DateBox: ColumnLayout {
        property alias label: caption.text
        property alias text: input.text
        property alias placeholderText: input.placeholderText
        property alias maximumLength: input.maximumLength
        property alias inputName: input.objectName
        spacing: 4
        BodyText { id: caption; muted: true }
        KioskTextInput {
            id: input
            Layout.fillWidth: true
            hasError: root.hasError
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /[0-9]*/ }
            horizontalAlignment: Text.AlignHCenter
            onCommitted: root.commit()
        }
    }

    DateBox {
        id: day
        Layout.preferredWidth: 140
        inputName: root.objectName + "_day"
        label: qsTr("Ngày")
        text: root.part(2)
        placeholderText: "15"
        maximumLength: 2
    }
    DateBox {
        id: month
        Layout.preferredWidth: 140
        inputName: root.objectName + "_month"
        label: qsTr("Tháng")
        text: root.part(1)
        placeholderText: "8"
        maximumLength: 2
    }
    DateBox {
        id: year
        Layout.preferredWidth: 200
        inputName: root.objectName + "_year"
        label: qsTr("Năm")
        text: root.part(0)
        placeholderText: "1990"
        maximumLength: 4
    }
    Item { Layout.fillWidth: true }
}
