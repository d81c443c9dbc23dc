// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua.Ui

// A few lines of free text (a reason, a note), committed like KioskTextInput.
TextArea {
    id: root
    property bool hasError: false
    property int maximumLength: 1000
    signal committed(string text)

    implicitHeight: Math.max(Theme.touchMin * 2, contentHeight + topPadding + bottomPadding)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLarge
    color: Theme.text
    wrapMode: TextEdit.Wrap
    padding: 20
    Accessible.role: Accessible.EditableText
    inputMethodHints: Qt.ImhNoPredictiveText
    KeyboardReveal { field: root }
    background: Rectangle {
        radius: Theme.radius / 2
        color: Theme.surface
        border.width: root.activeFocus || root.hasError ? 3 : 2
        border.color: root.hasError ? Theme.accent : root.activeFocus ? Theme.primary : Theme.border
    }
    Timer {
        id: pause
        interval: 700
        onTriggered: root.committed(root.text)
    }
    onTextChanged: {
        if (length > maximumLength)
            remove(maximumLength, length)
        if (activeFocus)
            pause.restart()
    }
    onActiveFocusChanged: if (!activeFocus) { pause.stop(); root.committed(root.text) }
}
