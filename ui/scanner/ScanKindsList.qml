// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import MotCua.Ui

// Which codes the kiosk reads, so the citizen knows what to hold up.
ColumnLayout {
    spacing: Theme.spacing
    Repeater {
        model: [
            { icon: "qr", text: qsTr("Mã QR trên tờ hướng dẫn dán ở quầy: mở thủ tục") },
            { icon: "idcard", text: qsTr("Mã QR trên thẻ căn cước: điền sẵn thông tin khi nộp hồ sơ") },
            { icon: "status", text: qsTr("Mã QR trên giấy biên nhận: xem hồ sơ đã đến đâu") },
            { icon: "money", text: qsTr("Mã chuyển khoản: xem người nhận và số tiền") }
        ]
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            IconCircle { icon: modelData.icon; size: 56; color: Theme.primary }
            BodyText { Layout.fillWidth: true; text: modelData.text }
        }
    }
}
