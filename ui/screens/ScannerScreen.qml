// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import MotCua.Ui

// "Quét mã QR": the camera with a viewfinder, a spoken and written hint, and what the kiosk
// does with each kind of code. Codes come from the camera or a handheld scanner alike (both go
// through Kiosk.scans); a procedure or a receipt opens its screen in place of this one (Back
// then returns to where the citizen came from, not to a camera that would read the same code
// again); any other code is explained here and the citizen may scan another.
Item {
    id: root
    objectName: "scannerScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: hint
    readonly property CameraScanner scanner: Kiosk.camera
    readonly property bool cameraWorks: scanner.state !== CameraScanner.NoCamera
                                        && scanner.state !== CameraScanner.Failed
    property var shownResult: null   // a code explained on this screen
    property var pendingRoute: null  // a code about to open its screen
    readonly property string hint: qsTr("Đưa mã QR vào khung hình")
    readonly property bool portrait: width <= height

    signal leaveFor(string screen, string argument) // this screen gives its place to that one
    signal openSearch(string text)
    signal goHome()

    // Called by the shell for every scanned code while this screen is shown.
    function handlesScan(result) {
        if (pendingRoute)
            return true
        if (result.kind === "procedure" || result.kind === "filecode") {
            pendingRoute = result
            shownResult = null
            okSound.play()
            routeTimer.start()
        } else {
            shownResult = result
            if (result.kind !== "invalid")
                okSound.play()
            // Said in general words: what a code holds is read on the screen, not out loud to the hall.
            Kiosk.voice.say(result.kind === "invalid" ? qsTr("Máy không đọc được mã này. Mời xem lý do trên màn hình.")
                                                      : qsTr("Máy đã đọc được mã. Mời xem trên màn hình."))
        }
        return true
    }

    function scanAnother() {
        shownResult = null
        scanner.scanAgain()
        Kiosk.voice.say(hint)
    }

    StackView.onActivated: {
        scanner.videoSink = cameraView.videoSink
        scanner.start()
    }
    // Leaving (for any screen): the camera stops at once and no code read now leads anywhere.
    StackView.onDeactivating: {
        routeTimer.stop()
        pendingRoute = null
        shownResult = null
        scanner.stop()
        Kiosk.voice.stop()
    }
    Component.onDestruction: {
        if (scanner.videoSink === cameraView.videoSink) { // not another scanner screen's camera
            scanner.stop()
            scanner.videoSink = null
        }
    }

    Connections {
        target: root.scanner
        function onHintDueChanged() {
            if (root.scanner.hintDue && !root.shownResult)
                Kiosk.voice.say(hintText.text)
        }
    }

    Timer {
        id: routeTimer
        interval: 700 // long enough to see the green frame and hear the sound
        onTriggered: {
            const result = root.pendingRoute
            if (!result || root.StackView.status !== StackView.Active)
                return
            if (result.kind === "procedure")
                root.leaveFor("procedure", result.procedureCode)
            else
                root.leaveFor("status", result.fileCode)
        }
    }

    SoundEffect {
        id: okSound
        source: "qrc:/qt/qml/MotCua/Ui/sounds/scan-ok.wav"
        volume: 0.8
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: root.portrait ? 1 : 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        // Landscape: camera left, words right. Portrait: words on top, camera below.
        Item {
            Layout.row: root.portrait ? 1 : 0
            Layout.column: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 360

            CameraView {
                id: cameraView
                anchors.fill: parent
                scanner: root.scanner
                codeRead: root.pendingRoute !== null
                visible: root.cameraWorks
            }

            Rectangle {
                objectName: "codeReadBadge"
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.margin
                visible: root.pendingRoute !== null
                width: readText.implicitWidth + 2 * Theme.margin
                height: Theme.touchLarge
                radius: height / 2
                color: Theme.success
                BodyText {
                    id: readText
                    anchors.centerIn: parent
                    color: Theme.textOnPrimary
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    text: qsTr("✓ Đã đọc được mã")
                }
            }

            ScanResultCard {
                objectName: "scanResultCard"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spacing
                visible: root.shownResult !== null
                result: root.shownResult || ({})
                onScanAnother: root.scanAnother()
            }

            Rectangle {
                anchors.fill: parent
                visible: !root.cameraWorks
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.border
                MessagePanel {
                    objectName: "noCameraPanel"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.margin
                    iconName: "warning"
                    tint: Theme.tileColor(3)
                    title: root.scanner.state === CameraScanner.NoCamera ? qsTr("Máy chưa có camera")
                                                                         : qsTr("Camera chưa dùng được")
                    message: root.scanner.problem
                    KioskButton {
                        objectName: "retryCameraButton"
                        visible: root.scanner.state === CameraScanner.Failed
                        iconName: "qr"
                        text: qsTr("Thử lại")
                        onClicked: root.scanner.start()
                    }
                }
            }
        }

        ColumnLayout {
            Layout.row: 0
            Layout.column: root.portrait ? 0 : 1
            Layout.fillHeight: !root.portrait
            Layout.preferredWidth: root.portrait ? -1 : Math.min(640, root.width * 0.36)
            Layout.fillWidth: root.portrait
            spacing: Theme.spacing * 1.5

            ScreenTitle {
                Layout.fillWidth: true
                text: qsTr("Quét mã QR")
            }
            BodyText {
                objectName: "scannerHint"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primary
                text: root.hint
            }
            Rectangle {
                objectName: "lateHint"
                Layout.fillWidth: true
                visible: root.scanner.hintDue && root.cameraWorks && !root.shownResult && !root.pendingRoute
                implicitHeight: hintText.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.warningLight
                BodyText {
                    id: hintText
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    color: Theme.warningText
                    text: qsTr("Máy chưa thấy mã. Bạn giữ mã cách camera khoảng một gang tay, ở giữa khung, không để bị lóa.")
                }
            }
            ScanKindsList { Layout.fillWidth: true }
            BodyText {
                Layout.fillWidth: true
                color: Theme.textMuted
                text: qsTr("Ở quầy có máy quét cầm tay: bạn cũng có thể đưa mã vào máy đó.")
            }
            Item { Layout.fillHeight: true; visible: !root.portrait }
            KioskButton {
                objectName: "scannerSearchButton"
                Layout.fillWidth: true
                iconName: "search"
                text: qsTr("Tìm thủ tục bằng chữ")
                onClicked: root.openSearch("")
            }
        }
    }
}
