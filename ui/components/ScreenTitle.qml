// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua.Ui

// The big heading at the top of a screen.
Label {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontTitle
    font.bold: true
    color: Theme.text
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
