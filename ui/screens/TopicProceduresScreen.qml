// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// The procedures of one topic.
Item {
    id: root
    objectName: "topicProceduresScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: qsTr("%1. Chọn thủ tục bạn cần làm.").arg(procedures.topicName)
    property string topicId
    signal openProcedure(string code)

    ProcedureListModel {
        id: procedures
        catalog: Kiosk.catalog
        topicId: root.topicId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScreenTitle {
            objectName: "topicTitle"
            Layout.fillWidth: true
            text: procedures.topicName
        }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Chạm vào thủ tục để xem cần mang giấy tờ gì, lệ phí và thời gian.")
        }
        ListView {
            objectName: "topicProcedureList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 16 }
            model: procedures
            delegate: ProcedureRow {
                required property string code
                required property string name
                required property string processingTime
                required property string summary
                width: ListView.view.width - 24
                procedureName: name
                procedureCode: code
                time: processingTime
                summaryText: summary
                onClicked: root.openProcedure(code)
            }
        }
    }
}
