// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Window
import MotCua.Ui

// The kiosk window. Size and full-screen mode are set by motcua-kiosk.
Window {
    id: window
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    visible: true
    title: qsTr("Một cửa — %1").arg(Kiosk.communeName)
    color: Theme.background
    readonly property alias shell: shell

    KioskShell {
        id: shell
        objectName: "kioskShell"
        anchors.fill: parent
    }
}
