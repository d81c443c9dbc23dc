// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// The options of a question as big buttons; one chosen, or several when `multiple`.
GridLayout {
    id: root
    property string fieldId
    property var options: []
    property bool multiple: false
    property var value
    signal chosen(var value)

    columns: options.length <= 2 ? 2 : 1
    columnSpacing: Theme.spacing
    rowSpacing: 12

    function isChosen(v) {
        if (multiple)
            return Array.isArray(value) && value.indexOf(v) >= 0
        return value === v
    }
    function toggle(v) {
        if (!multiple) {
            chosen(v)
            return
        }
        const list = Array.isArray(value) ? value.slice() : []
        const at = list.indexOf(v)
        if (at >= 0)
            list.splice(at, 1)
        else
            list.push(v)
        chosen(list)
    }

    Repeater {
        model: root.options
        delegate: BigToggle {
            required property var modelData
            required property int index
            objectName: root.fieldId + "_option_" + String(modelData.value)
            Layout.fillWidth: true
            text: modelData.label
            square: root.multiple
            chosen: root.isChosen(modelData.value)
            onClicked: root.toggle(modelData.value)
        }
    }
}
