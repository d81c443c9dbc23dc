// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua.Ui

// The name of one part of a grouped answer ("Họ và tên", "Xã, phường").
Label {
    property bool optional: false
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: true
    color: Theme.text
    wrapMode: Text.WordWrap
    topPadding: 8
    Component.onCompleted: if (optional) text += qsTr(" (không bắt buộc)")
}
