// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// One paper of the procedure: "Tôi có giấy này", and an optional photo of it.
ColumnLayout {
    id: root
    property string fieldId
    property var document: ({})
    signal answered(var value)

    spacing: 12
    readonly property bool have: document.have === true
    readonly property var photo: document.photo || null

    BigToggle {
        objectName: root.fieldId + "_have"
        Layout.fillWidth: true
        square: true
        chosen: root.have
        text: qsTr("Tôi có giấy này")
        onClicked: {
            const value = { have: !root.have }
            if (root.photo)
                value.photo = root.photo
            root.answered(value)
        }
    }
    PhotoInput {
        Layout.fillWidth: true
        fieldId: root.fieldId
        photo: root.photo
        optionalText: qsTr("Chụp ảnh giấy này (không bắt buộc)")
    }
}
