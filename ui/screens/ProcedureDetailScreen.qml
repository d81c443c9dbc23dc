// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// What one procedure takes: documents, fee, time, who may file, how the result comes back.
Item {
    id: root
    objectName: "procedureDetailScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: detail.found
        ? qsTr("%1. Màn hình này cho biết giấy tờ cần mang, lệ phí và thời gian giải quyết.").arg(detail.name)
        : qsTr("Không tìm thấy thủ tục %1").arg(root.code)
    property string code
    readonly property alias procedure: detail
    signal startFiling(string code)
    signal goBack()

    readonly property bool portrait: width < height

    function deliveryText(key) {
        switch (key) {
        case "counter": return qsTr("Nhận tại quầy một cửa")
        case "post": return qsTr("Gửi qua bưu điện")
        case "online": return qsTr("Nhận bản điện tử qua mạng")
        }
        return key
    }
    function deliveryIcon(key) {
        return key === "post" ? "post" : key === "online" ? "online" : "counter"
    }

    ProcedureDetail {
        id: detail
        catalog: Kiosk.catalog
        code: root.code
    }

    Flickable {
        id: flick
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: actionBar.top
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { width: 16 }

        ColumnLayout {
            id: content
            x: Theme.margin
            y: Theme.margin
            width: root.width - 2 * Theme.margin - 16
            spacing: Theme.spacing

            ScreenTitle {
                objectName: "procedureName"
                Layout.fillWidth: true
                text: detail.found ? detail.name : qsTr("Không tìm thấy thủ tục %1").arg(root.code)
            }
            BodyText {
                Layout.fillWidth: true
                muted: true
                visible: detail.found
                text: [qsTr("Mã thủ tục: %1").arg(root.code), detail.topicName, detail.agency]
                        .filter(function (s) { return s !== "" }).join("  ·  ")
            }
            BodyText {
                Layout.fillWidth: true
                visible: detail.summary !== ""
                text: detail.summary
                font.pixelSize: Theme.fontLarge
            }

            GridLayout {
                Layout.fillWidth: true
                visible: detail.found
                columns: root.portrait ? 1 : 3
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                FactCard {
                    objectName: "factTime"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    iconName: "clock"
                    label: qsTr("Thời gian giải quyết")
                    value: detail.processingTime
                }
                FactCard {
                    objectName: "factFee"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    iconName: "money"
                    label: qsTr("Lệ phí")
                    value: detail.feeText
                }
                FactCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    iconName: "online"
                    label: qsTr("Nộp qua mạng")
                    value: detail.onlineLevel === "full"
                           ? qsTr("Toàn trình: nộp và nhận kết quả qua mạng")
                           : qsTr("Một phần: nộp qua mạng, mang bản chính đến quầy")
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: detail.found
                text: qsTr("Giấy tờ cần mang theo (%1)").arg(detail.documents.length)
            }
            Repeater {
                model: detail.documents
                delegate: DocumentRow {
                    required property int index
                    required property var modelData
                    Layout.fillWidth: true
                    number: index + 1
                    name: modelData.name
                    form: modelData.form
                    count: modelData.count
                    required: modelData.required
                    notes: modelData.notes
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: detail.eligibility !== ""
                text: qsTr("Ai được nộp")
            }
            BodyText {
                Layout.fillWidth: true
                visible: detail.eligibility !== ""
                text: detail.eligibility
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: detail.found
                text: qsTr("Nhận kết quả")
            }
            BodyText {
                Layout.fillWidth: true
                visible: detail.result !== ""
                text: qsTr("Kết quả: %1").arg(detail.result)
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: detail.delivery
                    delegate: Rectangle {
                        required property string modelData
                        radius: Theme.radius
                        color: Theme.successLight
                        width: deliveryRow.implicitWidth + 32
                        height: Theme.touchMin
                        RowLayout {
                            id: deliveryRow
                            anchors.centerIn: parent
                            spacing: 10
                            IconCircle { icon: root.deliveryIcon(modelData); size: 48; color: Theme.success }
                            Label {
                                text: root.deliveryText(modelData)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                color: Theme.success
                            }
                        }
                    }
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: detail.legalBasis.length > 0
                text: qsTr("Căn cứ pháp lý")
            }
            Repeater {
                model: detail.legalBasis
                delegate: BodyText {
                    required property string modelData
                    Layout.fillWidth: true
                    muted: true
                    font.pixelSize: Theme.fontSmall
                    text: "•  " + modelData
                }
            }
        }
    }

    ActionBar {
        id: actionBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        mainAction: mainButton
        KioskButton {
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            iconName: "back"
            text: qsTr("Quay lại")
            onClicked: root.goBack()
        }
        KioskButton {
            id: mainButton
            objectName: "startFilingButton"
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            height: Math.max(Theme.touchLarge, implicitHeight)
            enabled: detail.found
            kind: "primary"
            iconName: "arrowright"
            fontSize: Theme.fontTitle
            text: qsTr("Bắt đầu nộp hồ sơ")
            onClicked: root.startFiling(root.code)
        }
    }
}
