// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// Start screen: four large actions and the procedures most people come for.
Item {
    id: root
    objectName: "homeScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: qsTr("Xin chào! Bạn cần làm thủ tục gì? Chạm vào một ô trên màn hình: tìm thủ tục, quét mã QR, tra cứu hồ sơ, hoặc gọi cán bộ trợ giúp.")
    signal openSearch(string text)
    signal openScanner()
    signal openStatus()
    signal openHelp()
    signal openTopics()
    signal openProcedure(string code)
    signal resumeDraft(string draftId, string idLastDigits)
    signal resumeKept(string code)

    readonly property bool portrait: width < height

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content
            x: Theme.margin
            y: Theme.margin
            width: root.width - 2 * Theme.margin
            spacing: Theme.spacing * 1.5

            ResumeDraftBanner {
                Layout.fillWidth: true
                drafts: Kiosk.walkthrough.resumableDrafts
                onResume: function (draftId, idLastDigits) { root.resumeDraft(draftId, idLastDigits) }
                onDiscard: function (draftId) { Kiosk.walkthrough.discardDraft(draftId) }
            }

            // The language switch first: whoever cannot read Vietnamese finds it at once.
            LanguageSwitch {
                objectName: "homeLanguageSwitch"
                Layout.alignment: Qt.AlignRight
                Layout.preferredWidth: Math.min(content.width, 640 * Theme.textScale)
                columns: 2
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Xin chào! Bạn cần làm thủ tục gì?")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHero
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: qsTr("Chạm vào một ô bên dưới. Nếu cần, cán bộ sẽ hướng dẫn bạn từng bước.")
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.portrait ? 2 : 4
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing

                TileButton {
                    objectName: "tileSearch"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    iconName: "search"
                    tint: Theme.tileColor(0)
                    text: qsTr("Tìm thủ tục")
                    subtitle: qsTr("Gõ tên thủ tục, có dấu hay không dấu đều được")
                    onClicked: root.openSearch("")
                }
                TileButton {
                    objectName: "tileScan"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    iconName: "qr"
                    tint: Theme.tileColor(1)
                    text: qsTr("Quét mã QR")
                    subtitle: qsTr("Mã trên áp phích thủ tục hoặc thẻ căn cước")
                    onClicked: root.openScanner()
                }
                TileButton {
                    objectName: "tileStatus"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    iconName: "status"
                    tint: Theme.tileColor(2)
                    text: qsTr("Tra cứu hồ sơ")
                    subtitle: qsTr("Xem hồ sơ đã nộp đang ở bước nào")
                    onClicked: root.openStatus()
                }
                TileButton {
                    objectName: "tileHelp"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    iconName: "help"
                    tint: Theme.tileColor(3)
                    text: qsTr("Trợ giúp")
                    subtitle: qsTr("Gọi cán bộ đến hướng dẫn")
                    onClicked: root.openHelp()
                }
            }

            // One row on a wide screen; stacked when large text needs the room.
            GridLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                columns: !root.portrait && !Theme.largeText ? 3 : 1
                columnSpacing: Theme.spacing
                SectionTitle {
                    Layout.fillWidth: true
                    text: qsTr("Thủ tục thường gặp")
                }
                KeptDraftOpener {
                    onResumeKept: function (code) { root.resumeKept(code) }
                }
                KioskButton {
                    objectName: "allTopicsButton"
                    iconName: "list"
                    text: qsTr("Xem tất cả lĩnh vực")
                    onClicked: root.openTopics()
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.portrait ? 1 : 2
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                Repeater {
                    model: ProcedureListModel {
                        catalog: Kiosk.catalog
                        codes: Kiosk.featuredProcedures
                    }
                    delegate: ProcedureRow {
                        required property string code
                        required property string name
                        required property string topicName
                        required property string processingTime
                        objectName: "featured_" + code
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        procedureName: name
                        procedureCode: code
                        topic: topicName
                        time: processingTime
                        onClicked: root.openProcedure(code)
                    }
                }
            }
        }
    }
}
