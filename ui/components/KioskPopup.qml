// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua.Ui

// A modal card over the whole window, centred, at most `maxWidth` wide: the kiosk's dialogs.
Popup {
    property int maxWidth: 900
    parent: Overlay.overlay
    anchors.centerIn: parent
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
