// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// "Bạn còn đang sử dụng?": over everything once the kiosk has been left alone. A touch anywhere
// (or "Tiếp tục") carries on; at zero, or on "Kết thúc", what the citizen entered is wiped.
// A popup above every other (a dialog left open must not hide the question).
Popup {
    id: root
    objectName: "idleWarning"
    parent: Overlay.overlay
    x: 0
    y: 0
    z: 1000
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    padding: 0
    modal: false
    closePolicy: Popup.NoAutoClose
    background: Rectangle { color: "#CC17202A" }
    readonly property KioskSession session: Kiosk.session
    // A filing is under way: it can be kept ("Lưu lại") instead of wiped.
    readonly property bool canKeep: Kiosk.walkthrough.active && Kiosk.walkthrough.stage !== "done"
    signal keepRequested()
    // The touch that ends the warning also presses one of its buttons: the card stays until
    // that button had its click.
    property bool shown: false
    visible: shown
    Connections {
        target: root.session
        function onWarningStarted() { root.shown = true }
        function onChanged() {
            if (root.session.state === "none")
                root.shown = false
            else if (root.session.state === "active" && root.shown)
                hideTimer.restart()
        }
    }
    Timer {
        id: hideTimer
        interval: 400
        onTriggered: root.shown = root.session.state === "warning"
    }
    contentItem: Item {
    // Swallows the touch that ends the warning so it does not also press what lies beneath.
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1000)
        height: card.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: card
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 1.5

            ScreenTitle {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Bạn còn đang sử dụng?")
            }
            Label {
                objectName: "idleSecondsLeft"
                Layout.alignment: Qt.AlignHCenter
                text: root.session.secondsLeft
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHero * 2
                font.bold: true
                color: Theme.accent
                Accessible.name: qsTr("Còn %1 giây").arg(root.session.secondsLeft)
            }
            BodyText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Để giữ kín thông tin của bạn, máy sẽ xóa những gì bạn đã nhập khi hết %1 giây.")
                      .arg(root.session.secondsLeft)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskButton {
                    objectName: "idleEnd"
                    text: qsTr("Kết thúc")
                    onClicked: Kiosk.endSession("ended")
                }
                KioskButton {
                    objectName: "idleKeep"
                    visible: root.canKeep
                    iconName: "document"
                    text: qsTr("Lưu lại")
                    onClicked: root.keepRequested()
                }
                Item { Layout.fillWidth: true }
                KioskButton {
                    objectName: "idleContinue"
                    kind: "primary"
                    implicitHeight: Theme.touchLarge
                    fontSize: Theme.fontTitle
                    text: qsTr("Tiếp tục")
                    onClicked: root.session.continueSession()
                }
            }
        }
    }
    }
}
