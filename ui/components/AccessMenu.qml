// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// "Dễ nhìn, dễ nghe": text size, high contrast, voice guidance and its speed, language. Each
// choice applies at once to every screen; the next citizen finds the kiosk's usual settings.
KioskPopup {
    id: root
    objectName: "accessMenu"
    maxWidth: 1000
    // Large text makes the menu tall: it scrolls inside the window.
    height: Math.min(implicitHeight, parent ? parent.height - keyboardHeight - 2 * Theme.spacing : implicitHeight)

    // The three voice speeds offered (Kiosk.access.voiceRate is -1 … 1).
    readonly property var speeds: [{ rate: -0.5, label: qsTr("Chậm") }, { rate: -0.2, label: qsTr("Vừa") },
                                   { rate: 0.3, label: qsTr("Nhanh") }]
    function closestSpeed() {
        let best = 0
        for (let i = 1; i < speeds.length; ++i) {
            if (Math.abs(speeds[i].rate - Kiosk.access.voiceRate) < Math.abs(speeds[best].rate - Kiosk.access.voiceRate))
                best = i
        }
        return best
    }

    contentItem: Flickable {
        implicitHeight: column.implicitHeight
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing

            ScreenTitle {
                Layout.fillWidth: true
                text: qsTr("Dễ nhìn, dễ nghe")
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Cỡ chữ") }
            ChoiceGrid {
                wideColumns: 3
                Repeater {
                    model: [{ size: "normal", label: qsTr("Chữ thường") }, { size: "large", label: qsTr("Chữ lớn") },
                            { size: "very_large", label: qsTr("Chữ rất lớn") }]
                    BigToggle {
                        objectName: "textSize_" + modelData.size
                        Layout.fillWidth: true
                        text: modelData.label
                        chosen: Kiosk.access.textSize === modelData.size
                        onClicked: Kiosk.access.textSize = modelData.size
                    }
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Màu sắc") }
            ChoiceGrid {
                BigToggle {
                    objectName: "contrastNormal"
                    Layout.fillWidth: true
                    text: qsTr("Màu thường")
                    chosen: !Kiosk.access.highContrast
                    onClicked: Kiosk.access.highContrast = false
                }
                BigToggle {
                    objectName: "contrastHigh"
                    Layout.fillWidth: true
                    text: qsTr("Tương phản cao (đen trắng)")
                    chosen: Kiosk.access.highContrast
                    onClicked: Kiosk.access.highContrast = true
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Đọc hướng dẫn thành tiếng") }
            BodyText {
                Layout.fillWidth: true
                visible: !Kiosk.voice.available
                muted: true
                text: qsTr("Máy này chưa có giọng đọc. Bạn hãy báo cán bộ.")
            }
            ChoiceGrid {
                visible: Kiosk.voice.available
                BigToggle {
                    objectName: "voiceOn"
                    Layout.fillWidth: true
                    text: qsTr("Bật giọng đọc")
                    chosen: Kiosk.access.voiceOn
                    onClicked: Kiosk.access.voiceOn = true
                }
                BigToggle {
                    objectName: "voiceOff"
                    Layout.fillWidth: true
                    text: qsTr("Tắt giọng đọc")
                    chosen: !Kiosk.access.voiceOn
                    onClicked: Kiosk.access.voiceOn = false
                }
            }
            BodyText {
                Layout.fillWidth: true
                visible: Kiosk.voice.available && Kiosk.access.voiceOn
                text: qsTr("Tốc độ đọc")
            }
            ChoiceGrid {
                visible: Kiosk.voice.available && Kiosk.access.voiceOn
                wideColumns: 3
                Repeater {
                    model: root.speeds
                    BigToggle {
                        objectName: "voiceSpeed" + index
                        Layout.fillWidth: true
                        text: modelData.label
                        chosen: root.closestSpeed() === index
                        onClicked: {
                            Kiosk.access.voiceRate = modelData.rate
                            Kiosk.voice.say(qsTr("Tôi sẽ đọc với tốc độ này."))
                        }
                    }
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Ngôn ngữ") }
            LanguageSwitch { Layout.fillWidth: true }

            KioskButton {
                objectName: "accessMenuDone"
                Layout.alignment: Qt.AlignRight
                Layout.topMargin: Theme.spacing
                kind: "primary"
                iconName: "check"
                text: qsTr("Xong")
                onClicked: root.close()
            }
        }
    }
}
