// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import MotCua.Ui

// Tiếng Việt / English: every screen changes at once. Each language is named in itself, so
// whoever cannot read the current one still finds theirs.
ChoiceGrid {
    id: root
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Ngôn ngữ")

    Repeater {
        // Language names are never translated.
        model: [{ code: "vi", label: "Tiếng Việt" }, { code: "en", label: "English" }] // not translated: each language in itself
        BigToggle {
            objectName: "language_" + modelData.code
            Layout.fillWidth: true
            text: modelData.label
            chosen: Kiosk.access.language === modelData.code
            onClicked: Kiosk.access.language = modelData.code
        }
    }
}
