// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// The newest pictures from the document scanner, large enough to recognise the paper.
KioskPopup {
    id: root
    signal picked(url file)

    maxWidth: 1400
    height: parent ? parent.height - 2 * Theme.margin : 800
    onOpened: images = Kiosk.walkthrough.scannedImages()
    property var images: []

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            ScreenTitle { Layout.fillWidth: true; text: qsTr("Chọn ảnh giấy tờ") }
            KioskButton {
                text: qsTr("Tải lại")
                onClicked: root.images = Kiosk.walkthrough.scannedImages()
            }
            KioskButton {
                iconName: "close"
                text: qsTr("Đóng")
                onClicked: root.close()
            }
        }
        BodyText {
            Layout.fillWidth: true
            text: root.images.length > 0
                  ? qsTr("Bấm vào ảnh của giấy tờ này.")
                  : qsTr("Chưa có ảnh nào. Bạn hãy đặt giấy lên máy quét (hoặc nhờ cán bộ chụp), rồi bấm \"Tải lại\".")
        }
        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: 320
            cellHeight: 320
            model: root.images
            delegate: Button {
                required property var modelData
                width: grid.cellWidth - Theme.spacing
                height: grid.cellHeight - Theme.spacing
                Accessible.name: qsTr("Ảnh giấy tờ")
                contentItem: Image {
                    source: modelData
                    fillMode: Image.PreserveAspectFit
                    sourceSize: Qt.size(300, 300)
                    asynchronous: true
                }
                background: Rectangle { radius: 8; color: Theme.background; border.color: Theme.border; border.width: 2 }
                onClicked: {
                    root.picked(modelData)
                    root.close()
                }
            }
        }
    }
}
