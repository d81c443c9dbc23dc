// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua.Ui

// A heading inside a screen ("Giấy tờ cần mang theo").
Label {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLarge
    font.bold: true
    color: Theme.primary
    wrapMode: Text.WordWrap
    topPadding: Theme.spacing
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
