// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// The guided filing: one step of the form at a time, then the review page, then the file code.
// Everything it shows comes from Kiosk.walkthrough; every answer goes straight back to it
// (and from there into the draft).
Item {
    id: root
    objectName: "filingScreen"
    readonly property Walkthrough walk: Kiosk.walkthrough
    readonly property string stage: walk.stage
    signal goHome()
    signal goBack()
    signal leaveFor(string name, string argument)
    signal keepForLater()

    // The shell asks before leaving (header Back/Home) while a filing is under way.
    readonly property bool leaveGuard: stage !== "done" && stage !== ""
    function askToLeave(action) {
        leaveDialog.action = action
        leaveDialog.open()
    }

    StackView.onRemoved: if (stage === "done") walk.finish()

    // Voice guidance (KioskShell reads it when it changes): the step's title and intro and each
    // question with its help; the review; the file code one character at a time.
    readonly property string spokenText: {
        if (stage === "done")
            // The last ten digits (date and number) are enough to look a filing up.
            return qsTr("Đã nộp hồ sơ. Mười số cuối của mã hồ sơ là: %1. Bạn hãy ghi lại, hoặc giữ giấy biên nhận.")
                       .arg(Kiosk.voice.oneByOne(walk.fileCode.slice(-11)))
        if (stage === "review")
            return qsTr("Bước cuối. Bạn hãy đọc lại lệ phí và các thông tin đã điền, rồi chạm Nộp hồ sơ.")
        const parts = [qsTr("Bước %1 trên %2: %3").arg(walk.position).arg(walk.total).arg(walk.stepTitle), walk.stepIntro]
        for (let i = 0; i < fieldRepeater.count; ++i) {
            const field = fieldRepeater.itemAt(i)
            if (field && field.shown)
                parts.push(field.label, field.help)
        }
        return parts.filter(function (part) { return part && part !== "" }).join(". ")
    }

    // The shell offers every scanned code here first: a chip ID card (good or bad) belongs to
    // the filing under way.
    function handlesScan(result) {
        if (!walk.offersCccd || (result.kind !== "cccd" && result.kind !== "invalid"))
            return false
        cccdPanel.scanResult(result)
        return true
    }

    Connections {
        target: root.walk
        function onStepChanged() { flick.contentY = 0 }
        function onErrorsChanged() {
            if (root.walk.errors.length === 0)
                return
            flick.contentY = 0
            // Each problem read out, as the summary at the top lists them.
            Kiosk.voice.say(qsTr("Cần sửa lại: %1").arg(root.walk.errors.map(function (e) {
                return e.label + ": " + e.message }).join(". ")))
        }
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
            // One readable column, centred on wide screens.
            width: Math.min(root.width - 2 * Theme.margin - 16, 1400)
            x: Math.max(Theme.margin, (root.width - width) / 2)
            y: Theme.margin
            spacing: Theme.spacing * 1.5

            BodyText {
                Layout.fillWidth: true
                visible: root.stage !== "done"
                muted: true
                text: root.walk.procedureName
            }
            // Clerk mode: the filing records the clerk as "người nộp thay".
            BodyText {
                objectName: "filedByBanner"
                Layout.fillWidth: true
                visible: root.walk.filedBy !== ""
                color: Theme.warningText
                font.bold: true
                text: qsTr("Cán bộ %1 đang nộp thay cho công dân.").arg(root.walk.filedBy)
            }
            StepIndicator {
                Layout.fillWidth: true
                visible: root.stage !== "done"
                position: root.walk.position
                total: root.walk.total
                title: root.walk.stepTitle
            }
            ErrorSummary {
                Layout.fillWidth: true
                errors: root.walk.errors
            }
            Rectangle {
                objectName: "problem"
                Layout.fillWidth: true
                visible: root.walk.problem !== ""
                implicitHeight: problemText.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.warningLight
                BodyText {
                    id: problemText
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    color: Theme.warningText
                    text: root.walk.problem
                }
            }
            BodyText {
                Layout.fillWidth: true
                visible: text !== "" && root.stage !== "done"
                font.pixelSize: Theme.fontLarge
                text: root.walk.stepIntro
            }
            KioskButton {
                objectName: "cccdButton"
                visible: root.walk.offersCccd
                kind: "secondary"
                iconName: "idcard"
                text: qsTr("Điền nhanh từ thẻ căn cước (CCCD)")
                onClicked: cccdPanel.open()
            }

            Repeater {
                id: fieldRepeater
                model: root.stage === "fields" || root.stage === "documents" || root.stage === "delivery"
                       ? root.walk.fields : null
                delegate: ColumnLayout {
                    id: row
                    required property string fieldId
                    required property string type
                    required property string label
                    required property string help
                    required property string example
                    required property bool isRequired
                    required property bool shown
                    required property var value
                    required property var errors
                    required property var settings
                    Layout.fillWidth: true
                    visible: shown
                    FieldEditor {
                        Layout.fillWidth: true
                        fieldId: row.fieldId
                        type: row.type
                        label: row.label
                        help: row.help
                        example: row.example
                        isRequired: row.isRequired
                        value: row.value
                        errors: row.errors
                        settings: row.settings
                        onAnswered: function (value) { root.walk.setAnswerJson(row.fieldId, JSON.stringify(value)) }
                        onPartAnswered: function (part, value) { root.walk.setPart(row.fieldId, part, value) }
                        onItemAdded: root.walk.addGroupItem(row.fieldId)
                        onItemRemoved: function (index) { root.walk.removeGroupItem(row.fieldId, index) }
                        onItemAnswered: function (index, subFieldId, value) {
                            root.walk.setGroupValueJson(row.fieldId, index, subFieldId, JSON.stringify(value))
                        }
                    }
                }
            }

            // The fee first: what filing will cost, before the citizen reads the answers over.
            FeeSummary {
                objectName: "feeSummary"
                Layout.fillWidth: true
                visible: root.stage === "review" && fee.summary !== undefined
                fee: root.walk.fee // read once: the quote is worked out on each read
            }
            ReviewView {
                objectName: "reviewView"
                Layout.fillWidth: true
                visible: root.stage === "review"
                sections: root.walk.review
                onEditRequested: function (stepId) { root.walk.editStep(stepId) }
            }
            // On a wide screen the fee sits beside the file code, where the citizen sees both.
            GridLayout {
                id: doneLayout
                readonly property bool sideBySide: root.width > 1500 && paymentPanel.visible
                Layout.fillWidth: true
                visible: root.stage === "done"
                columns: sideBySide ? 2 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.spacing * 1.5
                ConfirmationView {
                    objectName: "confirmationView"
                    Layout.fillWidth: !doneLayout.sideBySide
                    Layout.preferredWidth: doneLayout.sideBySide ? (content.width - Theme.margin) * 0.45 : -1
                    Layout.alignment: Qt.AlignTop
                    fileCode: root.walk.fileCode
                    procedureName: root.walk.procedureName
                    appointment: root.walk.appointmentText
                    received: root.walk.receivedText
                }
                PaymentPanel {
                    id: paymentPanel
                    objectName: "paymentPanel"
                    Layout.fillWidth: !doneLayout.sideBySide
                    Layout.preferredWidth: doneLayout.sideBySide ? (content.width - Theme.margin) * 0.55 : -1
                    Layout.alignment: Qt.AlignTop
                    visible: Kiosk.payment.fileCode !== ""
                }
            }
        }
    }

    ActionBar {
        id: actionBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        mainAction: forwardButton
        KioskButton {
            objectName: "stepBack"
            visible: root.stage !== "done"
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            height: Math.max(Theme.touchLarge, implicitHeight)
            iconName: "back"
            text: qsTr("Quay lại")
            onClicked: if (!root.walk.back()) root.askToLeave(root.goBack)
        }
        ReceiptPrintRow {
            visible: root.stage === "done" && Kiosk.receipts.canPrint
            anchors.left: parent.left
            anchors.right: forwardButton.left
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            fileCode: root.walk.fileCode
        }
        KioskButton {
            id: forwardButton
            objectName: root.stage === "review" ? "submitFiling" : root.stage === "done" ? "finishFiling" : "stepNext"
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            height: Math.max(Theme.touchLarge, implicitHeight)
            kind: "primary"
            fontSize: Theme.fontTitle
            iconName: root.stage === "review" ? "check" : "arrowright"
            text: root.stage === "review" ? qsTr("Nộp hồ sơ")
                : root.stage === "done" ? qsTr("Xong") : qsTr("Tiếp tục")
            onClicked: {
                if (root.stage === "review")
                    root.walk.submit()
                else if (root.stage === "done")
                    root.leaveFor("rating", root.walk.fileCode) // then the session ends
                else
                    root.walk.next()
            }
        }
    }

    CccdPanel { id: cccdPanel }

    Popup {
        id: leaveDialog
        objectName: "leaveDialog"
        property var action: null
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? Math.min(parent.width - 2 * Theme.margin, 1000) : 800
        modal: true
        padding: Theme.margin
        background: Rectangle { radius: Theme.radius; color: Theme.surface }
        MessagePanel {
            width: parent.width
            iconName: "warning"
            tint: Theme.accent
            title: qsTr("Dừng nộp hồ sơ?")
            message: qsTr("Nếu dừng, những gì bạn đã điền sẽ bị xóa khỏi máy. Muốn làm tiếp lần sau, hãy chọn \"Lưu lại\": máy cho bạn một mã để mở lại.")
            KioskButton {
                objectName: "keepFiling"
                kind: "primary"
                text: qsTr("Tiếp tục điền")
                onClicked: leaveDialog.close()
            }
            KioskButton {
                objectName: "keepForLater"
                iconName: "document"
                text: qsTr("Lưu lại, làm tiếp sau")
                onClicked: {
                    leaveDialog.close()
                    root.keepForLater()
                }
            }
            KioskButton {
                objectName: "stopFiling"
                text: qsTr("Dừng và xóa")
                onClicked: {
                    leaveDialog.close()
                    root.walk.cancel()
                    if (leaveDialog.action)
                        leaveDialog.action()
                }
            }
        }
    }
}
