// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// The official list of provinces, or of one province's communes with a search box
// (accents optional), over the whole window. A tap picks and closes.
KioskPopup {
    id: root
    property string provinceCode
    property string level: "province"
    signal picked(string level, string code)

    function openFor(which) {
        level = which
        search.text = ""
        open()
    }

    maxWidth: 1200
    height: parent ? parent.height - 2 * Theme.margin : 800
    focus: true

    readonly property string query: search.text + search.preeditText
    readonly property var entries: level === "province" ? Kiosk.addresses.provinces(query)
                                                        : Kiosk.addresses.communes(provinceCode, query)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            ScreenTitle {
                Layout.fillWidth: true
                text: root.level === "province" ? qsTr("Chọn tỉnh, thành phố") : qsTr("Chọn xã, phường, đặc khu")
            }
            KioskButton {
                objectName: "unitPickerClose"
                iconName: "close"
                text: qsTr("Đóng")
                onClicked: root.close()
            }
        }
        KioskTextInput {
            id: search
            objectName: "unitSearch"
            Layout.fillWidth: true
            placeholderText: root.level === "province" ? qsTr("Gõ vài chữ của tên tỉnh, thành phố (không cần dấu)")
                                                       : qsTr("Gõ vài chữ của tên xã, phường (không cần dấu)")
            inputMethodHints: Qt.ImhNoPredictiveText
        }
        ListView {
            id: list
            objectName: "unitList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: root.entries
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 16 }
            delegate: BigToggle {
                required property var modelData
                objectName: "unit_" + modelData.code
                width: list.width - 24
                text: modelData.name
                chosen: false
                onClicked: {
                    root.picked(root.level, modelData.code)
                    root.close()
                }
            }
        }
        BodyText {
            visible: list.count === 0
            text: qsTr("Không có tên nào như vậy. Bạn hãy gõ ít chữ hơn.")
        }
    }
}
