// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import MotCua.Ui

// The on-screen keyboard never hides the field being typed in: the screen above the keyboard
// shrinks (KioskShell), and this scrolls the nearest scrolling view until `field` is in it.
Item {
    id: root
    property Item field: null
    visible: false

    function reveal() {
        if (!field || !field.activeFocus)
            return
        let view = field.parent
        while (view && !(view.contentY !== undefined && view.contentItem !== undefined
                         && view.flickableDirection !== undefined))
            view = view.parent
        if (!view)
            return
        const top = field.mapToItem(view.contentItem, 0, 0).y
        let y = view.contentY
        if (top + field.height + Theme.spacing > y + view.height)
            y = top + field.height + Theme.spacing - view.height
        if (top - Theme.spacing < y)
            y = top - Theme.spacing
        view.contentY = Math.max(0, Math.min(y, view.contentHeight - view.height))
    }
    Connections {
        target: root.field
        function onActiveFocusChanged() { if (root.field && root.field.activeFocus) later.restart() }
    }
    Connections {
        target: Qt.inputMethod
        function onVisibleChanged() { if (root.field && root.field.activeFocus) later.restart() }
        function onKeyboardRectangleChanged() { if (root.field && root.field.activeFocus) later.restart() }
    }
    // After the screen has made room for the keyboard.
    Timer { id: later; interval: 50; onTriggered: root.reveal() }
}
