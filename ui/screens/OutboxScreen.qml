// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// For the clerk (opened from the connection status in the header): the filings not yet at the
// provincial portal, how their sending goes, "Gửi ngay", and "Gửi lại" for one set aside.
Item {
    id: root
    objectName: "outboxScreen"
    readonly property OutboxModel outbox: Kiosk.outbox
    signal goHome()

    Component.onCompleted: root.outbox.reload()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScreenTitle { Layout.fillWidth: true; text: qsTr("Hồ sơ gửi lên cổng dịch vụ công") }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BodyText {
                objectName: "outboxSummary"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontLarge
                text: root.outbox.count === 0 ? qsTr("Mọi hồ sơ đã lên cổng dịch vụ công. %1.").arg(Kiosk.sync.statusText)
                                              : Kiosk.sync.statusText
            }
            KioskButton {
                objectName: "syncNowButton"
                kind: "primary"
                iconName: "online"
                text: qsTr("Gửi ngay")
                onClicked: Kiosk.sync.syncNow()
            }
        }
        ListView {
            objectName: "outboxList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: root.outbox
            delegate: OutboxRow {
                required property var model
                width: ListView.view.width
                fileCode: model.fileCode
                procedureName: model.procedureName
                received: model.received
                status: model.status
                statusText: model.statusText
                attempts: model.attempts
                lastError: model.lastError
                nextAttempt: model.nextAttempt
                canRetry: model.canRetry
                onRetryRequested: function (fileCode) { retryDialog.openFor(fileCode) }
            }
        }
    }

    ClerkCodeDialog {
        id: retryDialog
        objectName: "retryDialog"
        property string fileCode
        function openFor(code) {
            fileCode = code
            openDialog()
        }
        title: qsTr("Gửi lại hồ sơ %1").arg(fileCode)
        actionText: qsTr("Gửi lại")
        error: root.outbox.clerkError
        onConfirmed: function (code) { if (root.outbox.retry(fileCode, code)) close() }
    }
}
