// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import MotCua.Ui

// A white line icon on a coloured disc.
Rectangle {
    id: root
    property string icon
    property int size: 72
    width: size
    implicitWidth: size
    implicitHeight: size
    height: size
    radius: size / 2
    color: Theme.primary
    Accessible.ignored: true

    Image {
        anchors.centerIn: parent
        width: root.size * 0.6
        height: width
        sourceSize: Qt.size(width, height)
        source: root.icon ? Theme.icon(root.icon) : ""
        fillMode: Image.PreserveAspectFit
    }
}
