// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua.Ui

// A modal card over the whole window, centred, at most `maxWidth` wide: the kiosk's dialogs.
Popup {
    property int maxWidth: 900
    parent: Overlay.overlay
    // Centred in what the on-screen keyboard leaves free, so it never covers the keys.
    readonly property real keyboardHeight: Qt.inputMethod.visible ? Qt.inputMethod.keyboardRectangle.height : 0
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(Theme.spacing, (parent.height - keyboardHeight - height) / 2) : 0
    width: parent ? Math.min(parent.width - 2 * Theme.margin, maxWidth) : 800
    modal: true
    padding: Theme.margin
    background: Rectangle { radius: Theme.radius; color: Theme.surface }
    // The next citizen never finds the last one's dialog open.
    Connections {
        target: Kiosk
        function onSessionWiped() { close() }
    }
}
