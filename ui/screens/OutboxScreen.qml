// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// For the clerk (opened from the connection status in the header): the filings not yet at the
// provincial portal (or all of today's), how their sending goes, "Gửi ngay", "Gửi lại" for one
// set aside and "In lại biên nhận" — both behind the clerk code.
Item {
    id: root
    objectName: "outboxScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: qsTr("Hồ sơ gửi lên cổng dịch vụ công")
    readonly property OutboxModel outbox: Kiosk.outbox
    property string initialScope: "waiting" // or "today"
    signal goHome()

    Component.onCompleted: {
        root.outbox.scope = root.initialScope
        root.outbox.reload()
    }

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
        RowLayout {
            spacing: Theme.spacing
            BigToggle {
                objectName: "scopeWaiting"
                text: qsTr("Chờ gửi")
                chosen: root.outbox.scope === "waiting"
                onClicked: root.outbox.scope = "waiting"
            }
            BigToggle {
                objectName: "scopeToday"
                text: qsTr("Hồ sơ hôm nay")
                chosen: root.outbox.scope === "today"
                onClicked: root.outbox.scope = "today"
            }
        }
        BodyText {
            objectName: "reprintMessage"
            Layout.fillWidth: true
            visible: text !== ""
            color: Kiosk.receipts.state === "failed" ? Theme.accent : Theme.primary
            text: Kiosk.receipts.message
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
                paymentState: model.paymentState
                feeText: model.feeText
                onRetryRequested: function (fileCode) { clerkDialog.openFor(fileCode, "retry") }
                onPaymentRequested: function (fileCode, method) { clerkDialog.openFor(fileCode, method) }
                onReprintRequested: function (fileCode) { clerkDialog.openFor(fileCode, "reprint") }
            }
        }
    }

    ClerkCodeDialog {
        id: clerkDialog
        objectName: "outboxClerkDialog"
        property string fileCode
        property string action // retry | reprint | cash | bank
        function openFor(code, what) {
            fileCode = code
            action = what
            openDialog()
        }
        title: action === "retry" ? qsTr("Gửi lại hồ sơ %1").arg(fileCode)
             : action === "reprint" ? qsTr("In lại biên nhận %1").arg(fileCode)
             : qsTr("Xác nhận đã thu lệ phí hồ sơ %1").arg(fileCode)
        actionText: action === "retry" ? qsTr("Gửi lại") : action === "reprint" ? qsTr("In lại") : qsTr("Xác nhận")
        error: root.outbox.clerkError
        onConfirmed: function (code) {
            const done = action === "retry" ? root.outbox.retry(fileCode, code)
                       : action === "reprint" ? root.outbox.reprint(fileCode, code)
                       : root.outbox.confirmPayment(fileCode, action, code)
            // A refused code stays in the dialog; a printer problem shows on the screen.
            if (done || root.outbox.clerkError === "")
                close()
        }
    }
}
