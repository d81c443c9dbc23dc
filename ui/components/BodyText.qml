// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua.Ui

// Running text at the kiosk's minimum readable size.
Label {
    property bool muted: false
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: muted ? Theme.textMuted : Theme.text
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
