// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// Every topic (lĩnh vực) as a large card.
Item {
    id: root
    objectName: "topicsScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: qsTr("Chọn lĩnh vực của thủ tục bạn cần làm.")
    signal openTopic(string topicId)
    readonly property bool portrait: width < height

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Chọn lĩnh vực")
        }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Thủ tục được xếp theo lĩnh vực. Chạm vào lĩnh vực bạn cần.")
        }

        GridView {
            id: grid
            objectName: "topicGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            readonly property int columns: root.portrait ? 2 : 3
            cellWidth: width / columns
            cellHeight: 196
            model: TopicListModel { id: topics; catalog: Kiosk.catalog }
            ScrollBar.vertical: ScrollBar { width: 16 }
            delegate: AbstractButton {
                id: card
                required property int index
                required property string topicId
                required property string name
                required property string description
                required property string iconName
                required property int procedureCount
                objectName: "topic_" + topicId
                width: grid.cellWidth - Theme.spacing
                height: grid.cellHeight - Theme.spacing
                Accessible.name: name + ". " + description
                Accessible.role: Accessible.Button
                onClicked: root.openTopic(topicId)
                background: Rectangle {
                    radius: Theme.radius
                    color: card.down ? Theme.primaryLight : Theme.surface
                    border.width: 2
                    border.color: Theme.border
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    IconCircle {
                        Layout.leftMargin: 12
                        icon: card.iconName
                        size: 88
                        color: Theme.tileColor(card.index)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.rightMargin: 12
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            text: card.name
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: card.description
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        Label {
                            text: qsTr("%n thủ tục", "", card.procedureCount)
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.primary
                        }
                    }
                }
            }
        }
    }
}
