// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// Paying the fee of the filing just made (Kiosk.payment): a VietQR code with the exact amount
// and the file code as the transfer note, the payee, a countdown, "Tôi đã chuyển khoản" or
// cash at the counter; the clerk confirms the money with the clerk code.
Rectangle {
    id: root
    readonly property PaymentDesk desk: Kiosk.payment
    readonly property bool wide: width > 700

    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.width: 2
    border.color: Theme.border

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing

        SectionTitle {
            Layout.fillWidth: true
            topPadding: 0
            text: root.desk.amountDue ? qsTr("Lệ phí: %1").arg(root.desk.amountText) : qsTr("Lệ phí")
        }
        BodyText {
            objectName: "paymentAmountInWords"
            Layout.fillWidth: true
            visible: root.desk.amountDue && root.desk.amountInWords !== ""
            muted: true
            text: qsTr("Bằng chữ: %1").arg(root.desk.amountInWords)
        }
        BodyText {
            objectName: "paymentStatus"
            Layout.fillWidth: true
            visible: text !== ""
            font.pixelSize: Theme.fontLarge
            font.bold: true
            text: root.desk.statusText
        }

        GridLayout {
            objectName: "transferBox"
            Layout.fillWidth: true
            visible: root.desk.offersTransfer
            columns: root.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing

            // The code with the two answers under it; the payee's details beside.
            ColumnLayout {
                Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                spacing: Theme.spacing
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                    implicitWidth: 400
                    implicitHeight: 400
                    color: "white"
                    border.color: Theme.border
                    Image {
                        objectName: "paymentQr"
                        anchors.fill: parent
                        anchors.margins: 8
                        visible: root.desk.secondsLeft > 0
                        // 384 px on a kiosk screen: about 10 cm, read by a phone from 40 cm.
                        source: root.desk.qrPayload !== "" ? "image://qr/" + encodeURIComponent(root.desk.qrPayload) : ""
                        sourceSize: Qt.size(384, 384)
                        smooth: false
                        fillMode: Image.PreserveAspectFit
                    }
                    ColumnLayout {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacing
                        visible: root.desk.secondsLeft === 0
                        BodyText { Layout.fillWidth: true; horizontalAlignment: Text.AlignHCenter; text: qsTr("Mã đã được ẩn.") }
                        KioskButton {
                            objectName: "showQrAgain"
                            Layout.alignment: Qt.AlignHCenter
                            iconName: "qr"
                            text: qsTr("Hiện lại mã")
                            onClicked: root.desk.restartCountdown()
                        }
                    }
                }
                Column {
                    Layout.alignment: Qt.AlignHCenter
                    spacing: Theme.spacing
                    KioskButton {
                        objectName: "reportTransfer"
                        width: 400
                        kind: "primary"
                        iconName: "check"
                        text: qsTr("Tôi đã chuyển khoản")
                        onClicked: root.desk.reportTransfer()
                    }
                    KioskButton {
                        objectName: "payCash"
                        width: 400
                        iconName: "money"
                        text: qsTr("Nộp tiền mặt tại quầy")
                        onClicked: root.desk.payAtCounter()
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 8
                BodyText { Layout.fillWidth: true; text: qsTr("Mở ứng dụng ngân hàng trên điện thoại, chọn quét mã QR và quét mã bên cạnh. Số tiền và nội dung đã có sẵn.") }
                Repeater {
                    model: [
                        { label: qsTr("Ngân hàng"), value: root.desk.bankName },
                        { label: qsTr("Số tài khoản"), value: root.desk.account },
                        { label: qsTr("Tên tài khoản"), value: root.desk.payeeName },
                        { label: qsTr("Số tiền"), value: root.desk.amountText },
                        { label: qsTr("Nội dung chuyển khoản"), value: root.desk.transferNote }
                    ]
                    // Label above value: fits a narrow column, and long values (the note) wrap.
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        visible: modelData.value !== ""
                        spacing: 0
                        BodyText { Layout.fillWidth: true; muted: true; text: modelData.label }
                        BodyText {
                            Layout.fillWidth: true
                            font.bold: true
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            text: modelData.value
                        }
                    }
                }
                BodyText {
                    objectName: "paymentCountdown"
                    Layout.fillWidth: true
                    visible: root.desk.secondsLeft > 0
                    muted: true
                    text: qsTr("Mã hiện thêm %1 phút %2 giây.").arg(Math.floor(root.desk.secondsLeft / 60))
                                                              .arg(root.desk.secondsLeft % 60)
                }
            }
        }

        BodyText {
            objectName: "paymentMessage"
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.primary
            text: root.desk.message
        }
        KioskButton {
            objectName: "clerkConfirm"
            Layout.alignment: Qt.AlignRight
            visible: root.desk.awaitsClerk
            kind: "quiet"
            iconName: "stamp"
            text: root.desk.state === "exemption_claimed" ? qsTr("Cán bộ kiểm tra giấy tờ miễn lệ phí")
                                                         : qsTr("Cán bộ xác nhận đã thu")
            onClicked: clerkDialog.openDialog()
        }
    }

    ClerkConfirmDialog {
        id: clerkDialog
        desk: root.desk
    }
}
