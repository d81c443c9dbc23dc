// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua.Ui

// A large text box. `committed(text)` fires when the citizen stops typing in it (focus leaves,
// Enter, or a short pause), so every answer reaches the draft without saving per keystroke.
TextField {
    id: root
    property bool hasError: false
    signal committed(string text)

    implicitHeight: Math.max(Theme.touchMin + 8, contentHeight + topPadding + bottomPadding)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLarge
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    leftPadding: 20
    rightPadding: 20
    Accessible.role: Accessible.EditableText
    Accessible.name: placeholderText
    Accessible.description: placeholderText

    KeyboardReveal { field: root }

    background: Rectangle {
        radius: Theme.radius / 2
        color: Theme.surface
        border.width: root.activeFocus || root.hasError ? 3 : 2
        border.color: root.hasError ? Theme.accent : root.activeFocus ? Theme.primary : Theme.border
    }

    // Nothing typed outlives the citizen's session.
    Connections {
        target: Kiosk
        function onSessionWiped() { root.clear() }
    }

    Timer {
        id: pause
        interval: 700
        onTriggered: root.committed(root.text)
    }
    onTextEdited: pause.restart()
    onEditingFinished: { pause.stop(); root.committed(root.text) }
}
