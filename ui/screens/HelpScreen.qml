// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// "Cần trợ giúp": tells the citizen a person will come and how to call the hotline.
Item {
    id: root
    objectName: "helpScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: panel.title + ". " + panel.message
    signal goHome()
    signal goBack()

    MessagePanel {
        id: panel
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1200)
        iconName: "help"
        tint: Theme.tileColor(3)
        title: qsTr("Cán bộ sẽ đến hỗ trợ bạn")
        message: qsTr("Máy đã báo cho cán bộ bộ phận một cửa. Bạn hãy đứng tại máy, cán bộ sẽ đến ngay.\n\nNếu cần gọi điện: gọi tổng đài hỗ trợ %1 (miễn phí), nói tên xã và thủ tục bạn đang làm.").arg(Kiosk.hotline)
        KioskButton {
            iconName: "back"
            text: qsTr("Quay lại")
            onClicked: root.goBack()
        }
        KioskButton {
            kind: "primary"
            iconName: "homebutton"
            text: qsTr("Về trang chủ")
            onClicked: root.goHome()
        }
    }
}
