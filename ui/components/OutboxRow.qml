// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import MotCua.Ui

// One filing of the outbox view: code, procedure, when received, how its sending goes.
Rectangle {
    id: root
    property string fileCode
    property string procedureName
    property string received
    property string status
    property string statusText
    property int attempts
    property string lastError
    property string nextAttempt
    property bool canRetry
    property string paymentState
    property string feeText
    // Money the clerk can settle here: cash at the counter, or a transfer the citizen reported.
    readonly property bool awaitsMoney: feeText !== "" && (paymentState === "unpaid" || paymentState === "pending_confirmation")
    signal paymentRequested(string fileCode, string method)
    signal retryRequested(string fileCode)
    signal reprintRequested(string fileCode)

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: 2
    border.color: root.status === "failed" ? Theme.accent : Theme.border

    RowLayout {
        id: row
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            BodyText { Layout.fillWidth: true; font.bold: true; text: root.fileCode }
            BodyText { Layout.fillWidth: true; text: root.procedureName + " · " + root.received }
            BodyText {
                Layout.fillWidth: true
                color: root.status === "failed" ? Theme.accent : Theme.text
                text: root.statusText
                      + (root.attempts > 0 ? qsTr(" · đã thử %1 lần").arg(root.attempts) : "")
                      + (root.nextAttempt !== "" ? qsTr(" · thử lại lúc %1").arg(root.nextAttempt) : "")
            }
            BodyText {
                Layout.fillWidth: true
                visible: root.lastError !== ""
                muted: true
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                text: root.lastError
            }
        }
        KioskButton {
            objectName: "pay_" + root.fileCode
            visible: root.awaitsMoney
            iconName: "money"
            text: root.paymentState === "pending_confirmation" ? qsTr("Đã nhận chuyển khoản %1").arg(root.feeText)
                                                                : qsTr("Đã thu %1").arg(root.feeText)
            onClicked: root.paymentRequested(root.fileCode, root.paymentState === "pending_confirmation" ? "bank" : "cash")
        }
        KioskButton {
            objectName: "reprint_" + root.fileCode
            visible: Kiosk.receipts.canPrint
            kind: "quiet"
            iconName: "print"
            text: qsTr("In lại biên nhận")
            onClicked: root.reprintRequested(root.fileCode)
        }
        KioskButton {
            objectName: "retry_" + root.fileCode
            visible: root.status === "failed"
            enabled: root.canRetry
            iconName: "stamp"
            text: qsTr("Gửi lại")
            onClicked: root.retryRequested(root.fileCode)
        }
    }
}
