// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// "Bạn có hài lòng không?": after the file code, four faces and, if the citizen wants, reasons.
// Anonymous: only the face and the reasons are kept with the filing. Either way the session
// ends here and the next citizen finds the home screen.
Item {
    id: root
    objectName: "ratingScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: qsTr("Bạn có hài lòng với việc nộp hồ sơ hôm nay? Chạm vào một khuôn mặt.")
    property string fileCode
    readonly property RatingDesk desk: Kiosk.rating
    signal goHome()

    Component.onCompleted: desk.begin(fileCode)

    function finish() { Kiosk.endSession("finished") }

    // Thanks, then home: nobody has to touch anything more.
    Timer {
        id: thanksTimer
        interval: 4000
        onTriggered: root.finish()
    }

    Flickable {
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: actionBar.top
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content
            width: Math.min(root.width - 2 * Theme.margin, 1400)
            x: (root.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing * 1.5

            ScreenTitle {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: root.desk.state === "saved" ? root.desk.message : qsTr("Bạn có hài lòng với việc nộp hồ sơ hôm nay?")
            }
            BodyText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                muted: true
                visible: root.desk.state !== "saved"
                text: qsTr("Chạm vào một khuôn mặt. Đánh giá không ghi tên bạn.")
            }
            GridLayout {
                Layout.alignment: Qt.AlignHCenter
                columns: root.width < root.height ? 2 : 4
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                enabled: root.desk.state === "choosing"
                Repeater {
                    model: root.desk.choices
                    FaceButton {
                        required property var modelData
                        objectName: "face_" + modelData.key
                        face: modelData.key.replace("_", "-")
                        text: modelData.label
                        chosen: root.desk.chosen === modelData.key
                        onClicked: root.desk.choose(modelData.key)
                    }
                }
            }
            SectionTitle {
                Layout.fillWidth: true
                visible: root.desk.chosen !== "" && root.desk.state === "choosing"
                text: qsTr("Vì sao? (không bắt buộc, chọn bao nhiêu cũng được)")
            }
            Flow {
                Layout.fillWidth: true
                visible: root.desk.chosen !== "" && root.desk.state === "choosing"
                spacing: Theme.spacing
                Repeater {
                    model: root.desk.reasons
                    BigToggle {
                        required property var modelData
                        objectName: "reason_" + modelData.key
                        width: Math.min(implicitWidth, content.width)
                        square: true
                        text: modelData.label
                        chosen: root.desk.chosenReasons.indexOf(modelData.key) >= 0
                        onClicked: root.desk.toggleReason(modelData.key)
                    }
                }
            }
            BodyText {
                objectName: "ratingMessage"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                visible: text !== "" && root.desk.state !== "saved"
                color: Theme.accent
                text: root.desk.message
            }
        }
    }

    ActionBar {
        id: actionBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        mainAction: mainButton
        KioskButton {
            objectName: "skipRating"
            visible: root.desk.state !== "saved"
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            height: Math.max(Theme.touchLarge, implicitHeight)
            text: qsTr("Bỏ qua")
            onClicked: root.finish()
        }
        KioskButton {
            id: mainButton
            objectName: root.desk.state === "choosing" ? "sendRating" : "ratingDone"
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            height: Math.max(Theme.touchLarge, implicitHeight)
            kind: "primary"
            fontSize: Theme.fontTitle
            iconName: root.desk.state === "choosing" ? "check" : "homebutton"
            enabled: root.desk.chosen !== "" || root.desk.state !== "choosing"
            text: root.desk.state === "choosing" ? qsTr("Gửi đánh giá") : qsTr("Kết thúc")
            onClicked: {
                if (root.desk.state !== "choosing")
                    root.finish()
                else if (root.desk.submit())
                    thanksTimer.start()
            }
        }
    }
}
