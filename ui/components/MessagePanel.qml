// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// A centred message with an icon, a title, an explanation and room for action buttons.
ColumnLayout {
    id: root
    property string iconName: "info"
    property color tint: Theme.primary
    property string title
    property string message
    default property alias actions: actionRow.data

    spacing: Theme.spacing * 1.5

    IconCircle {
        Layout.alignment: Qt.AlignHCenter
        icon: root.iconName
        size: 120
        color: root.tint
    }
    ScreenTitle {
        Layout.fillWidth: true
        text: root.title
        horizontalAlignment: Text.AlignHCenter
    }
    BodyText {
        Layout.fillWidth: true
        text: root.message
        visible: text !== ""
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontLarge
    }
    Flow {
        id: actionRow
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing
    }
}
