// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import MotCua.Ui

// What a code that leads nowhere else said (a payment code, a link, plain text, a code the
// kiosk cannot read), shown over the camera with a way to scan another.
Rectangle {
    id: root
    property var result: ({})
    signal scanAnother()

    readonly property var looks: ({
        vietqr: { icon: "money", title: qsTr("Mã chuyển khoản"), tint: Theme.tileColor(1) },
        cccd: { icon: "idcard", title: qsTr("Thẻ căn cước"), tint: Theme.primary },
        url: { icon: "link", title: qsTr("Mã chứa đường dẫn"), tint: Theme.primary },
        text: { icon: "qr", title: qsTr("Mã chứa chữ"), tint: Theme.primary },
        invalid: { icon: "warning", title: qsTr("Không đọc được mã này"), tint: Theme.accent }
    })
    readonly property var look: looks[result.kind] || looks.text

    color: Theme.surface
    radius: Theme.radius
    border.color: look.tint
    border.width: 3
    implicitHeight: column.implicitHeight + 2 * Theme.margin

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        RowLayout {
            spacing: Theme.spacing
            IconCircle { icon: root.look.icon; color: root.look.tint; size: 72 }
            SectionTitle { Layout.fillWidth: true; text: root.look.title }
        }
        BodyText {
            objectName: "scanResultMessage"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontLarge
            text: root.result.message || ""
        }
        KioskButton {
            objectName: "scanAnotherButton"
            Layout.alignment: Qt.AlignRight
            kind: "primary"
            iconName: "qr"
            text: qsTr("Quét mã khác")
            onClicked: root.scanAnother()
        }
    }
}
