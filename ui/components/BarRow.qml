// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// One bar of a horizontal bar chart: its words, the bar (`value` of `maximum`) and the number.
RowLayout {
    id: root
    property string label
    property real value: 0
    property real maximum: 1
    property string valueText: String(value)
    property color tint: Theme.primary
    spacing: Theme.spacing

    BodyText {
        Layout.preferredWidth: root.width * 0.38
        text: root.label
        elide: Text.ElideRight
        maximumLineCount: 2
    }
    Item {
        Layout.fillWidth: true
        implicitHeight: 32
        Rectangle {
            height: parent.height
            width: root.maximum > 0 ? Math.max(2, parent.width * root.value / root.maximum) : 2
            radius: 6
            color: root.tint
        }
    }
    BodyText {
        Layout.preferredWidth: 140
        horizontalAlignment: Text.AlignRight
        font.bold: true
        text: root.valueText
    }
}
