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

        // Cards as tall as their words need (large text, English): rows of a grid that grows.
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: cards.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 16 }
            GridLayout {
                id: cards
                width: parent.width - 16
                columns: Theme.largeText ? (root.portrait ? 1 : 2) : (root.portrait ? 2 : 3)
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                Repeater {
                    objectName: "topicGrid"
                    model: TopicListModel { id: topics; catalog: Kiosk.catalog }
                    delegate: AbstractButton {
                        id: card
                        required property int index
                        required property string topicId
                        required property string name
                        required property string description
                        required property string iconName
                        required property int procedureCount
                        objectName: "topic_" + topicId
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        implicitHeight: Math.max(180, contentItem.implicitHeight + 2 * Theme.spacing)
                        Accessible.name: name + ". " + description
                        Accessible.role: Accessible.Button
                        onClicked: root.openTopic(topicId)
                        background: Rectangle {
                            radius: Theme.radius
                            color: card.down ? Theme.primaryLight : Theme.surface
                            border.width: Theme.borderWidth
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
    }
}
