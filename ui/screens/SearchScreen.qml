// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// Type a few words (with or without accents) and pick from the live results.
Item {
    id: root
    objectName: "searchScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: qsTr("Tìm thủ tục. Gõ vài chữ trong tên thủ tục vào ô tìm kiếm, có dấu hay không dấu đều được.")
    property string initialText
    readonly property alias query: results.query
    readonly property alias resultCount: results.count
    signal openProcedure(string code)
    signal openTopics()
    signal openHelp()

    function setQuery(text) { field.text = text }

    // Words citizens use; tapping one searches for it.
    readonly property var suggestions: [qsTr("khai sinh"), qsTr("kết hôn"), qsTr("tạm trú"),
        qsTr("sao y bản chính"), qsTr("xác nhận độc thân"), qsTr("chứng thực chữ ký"),
        qsTr("khai tử"), qsTr("thường trú")]

    Component.onCompleted: field.text = initialText
    // Ready to type as soon as the screen is shown (focus set before that would be lost).
    // The on-screen keyboard comes up with it: there is no other keyboard at a kiosk.
    StackView.onActivated: {
        field.forceActiveFocus()
        Qt.inputMethod.show()
    }

    ProcedureListModel {
        id: results
        catalog: Kiosk.catalog
        query: field.text + field.preeditText
        limit: 40
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Tìm thủ tục")
        }

        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchLarge
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            leftPadding: 76
            rightPadding: clearButton.visible ? 160 : 20
            maximumLength: 100
            placeholderText: qsTr("Ví dụ: khai sinh, tạm trú, sao y…")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Ô tìm kiếm thủ tục")
            Accessible.role: Accessible.EditableText
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: 3
                border.color: field.activeFocus ? Theme.primary : Theme.border
                IconCircle {
                    anchors.verticalCenter: parent.verticalCenter
                    x: 14
                    size: 52
                    icon: "search"
                }
            }
            KioskButton {
                id: clearButton
                objectName: "searchClear"
                visible: field.text !== ""
                anchors.right: parent.right
                anchors.rightMargin: 10
                anchors.verticalCenter: parent.verticalCenter
                kind: "quiet"
                text: qsTr("Xóa")
                iconName: "close"
                onClicked: { field.clear(); field.forceActiveFocus() }
            }
        }

        // Below the field, one of three states: examples, results, or nothing found.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Nothing typed yet: examples to tap.
            ColumnLayout {
                visible: results.query.trim() === ""
                width: parent.width
                spacing: Theme.spacing
                BodyText {
                    Layout.fillWidth: true
                    muted: true
                    text: qsTr("Gõ vài chữ trong tên thủ tục, không cần dấu. Hoặc chạm một gợi ý:")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: root.suggestions
                        delegate: KioskButton {
                            required property string modelData
                            text: modelData
                            onClicked: field.text = modelData
                        }
                    }
                }
                KioskButton {
                    kind: "quiet"
                    iconName: "list"
                    text: qsTr("Hoặc xem thủ tục theo lĩnh vực")
                    onClicked: root.openTopics()
                }
            }


            ColumnLayout {
                anchors.fill: parent
                visible: results.count > 0
                spacing: Theme.spacing
                BodyText {
                    objectName: "resultSummary"
                    Layout.fillWidth: true
                    visible: results.count > 0
                    muted: true
                    text: results.approximate
                          ? qsTr("Không có thủ tục nào khớp hết các từ. Đây là %n kết quả gần đúng:", "", results.count)
                          : qsTr("Tìm thấy %n thủ tục:", "", results.count)
                }

                ListView {
                    id: list
                    objectName: "resultList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: results.count > 0
                    clip: true
                    spacing: 12
                    model: results
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { width: 16; policy: ScrollBar.AsNeeded }
                    delegate: ProcedureRow {
                        required property int index
                        required property string code
                        required property string name
                        required property string topicName
                        required property string processingTime
                        required property string summary
                        objectName: "result_" + index
                        width: ListView.view.width - 24
                        procedureName: name
                        procedureCode: code
                        topic: topicName
                        time: processingTime
                        summaryText: summary
                        onClicked: root.openProcedure(code)
                    }
                }

            }

            // Typed something, found nothing: say so and offer a way forward, never an error.
            MessagePanel {
                objectName: "noResults"
                visible: results.query.trim() !== "" && results.count === 0
                width: parent.width
                anchors.centerIn: parent
                iconName: "search"
                tint: Theme.tileColor(3)
                title: qsTr("Không tìm thấy thủ tục phù hợp")
                message: qsTr("Hãy thử gõ ít chữ hơn, ví dụ \"khai sinh\". Hoặc gọi tổng đài %1, hay nhờ cán bộ tại quầy.").arg(Kiosk.hotline)
                KioskButton {
                    iconName: "list"
                    text: qsTr("Xem theo lĩnh vực")
                    onClicked: root.openTopics()
                }
                KioskButton {
                    kind: "help"
                    iconName: "help"
                    text: qsTr("Cần trợ giúp")
                    onClicked: root.openHelp()
                }
            }

        }
    }
}
