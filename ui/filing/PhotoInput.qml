// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// A photo of a paper: taken from the document scanner's pictures, stored with the draft.
RowLayout {
    id: root
    property string fieldId
    property var photo: null
    property string optionalText: qsTr("Chọn ảnh giấy tờ")

    spacing: Theme.spacing

    IconCircle {
        visible: root.photo !== null
        icon: "check"
        size: 56
        color: Theme.success
    }
    BodyText {
        visible: root.photo !== null
        text: qsTr("Đã có ảnh")
    }
    KioskButton {
        objectName: root.fieldId + "_photo"
        kind: "quiet"
        iconName: "document"
        text: root.photo !== null ? qsTr("Chọn ảnh khác") : root.optionalText
        onClicked: picker.open()
    }
    Item { Layout.fillWidth: true }

    PhotoPicker {
        id: picker
        onPicked: function (url) { Kiosk.walkthrough.attachPhoto(root.fieldId, url) }
    }
}
