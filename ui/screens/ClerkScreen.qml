// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// Clerk mode: who is logged in, citizens waiting for help, and the clerk's work — file on a
// citizen's behalf, today's filings, the outbox, kept drafts, statistics, QR posters; for the
// technician also the machine's state, its config and a catalog update.
Item {
    id: root
    objectName: "clerkScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: qsTr("Chế độ cán bộ")
    readonly property ClerkDesk desk: Kiosk.clerk
    readonly property CounterTools tools: Kiosk.tools
    property string view: "tasks" // tasks | drafts | diagnostics | config
    signal goHome()
    signal openSearch(string text)
    signal openOutbox(string scope)
    signal openStats()
    signal resumeKept(string code)

    // Logged out (by hand or idle): nothing of clerk mode stays on screen.
    Connections {
        target: root.desk
        function onChanged() { if (!root.desk.loggedIn) root.goHome() }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { width: 16 }

        ColumnLayout {
            id: content
            x: Theme.margin
            y: Theme.margin
            width: root.width - 2 * Theme.margin
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ScreenTitle {
                    objectName: "clerkTitle"
                    Layout.fillWidth: true
                    text: root.desk.technician ? qsTr("Kỹ thuật viên: %1").arg(root.desk.name)
                                               : qsTr("Cán bộ: %1").arg(root.desk.name)
                }
                KioskButton {
                    objectName: "clerkLogout"
                    iconName: "close"
                    text: qsTr("Đăng xuất")
                    onClicked: {
                        root.desk.logout()
                        root.goHome()
                    }
                }
            }
            BodyText {
                Layout.fillWidth: true
                muted: true
                text: qsTr("Tự đăng xuất sau %1 phút không dùng. Hồ sơ nộp khi đang đăng nhập được ghi là cán bộ nộp thay.").arg(root.desk.idleMinutes)
            }

            // "Cần trợ giúp" was pressed at the kiosk.
            Rectangle {
                objectName: "helpCallsBanner"
                visible: root.desk.helpCalls.length > 0
                Layout.fillWidth: true
                implicitHeight: helpRow.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.warningLight
                RowLayout {
                    id: helpRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    BodyText {
                        Layout.fillWidth: true
                        color: Theme.warningText
                        font.bold: true
                        text: root.desk.helpCalls.length > 0
                              ? qsTr("Công dân cần trợ giúp tại máy (từ %1).").arg(root.desk.helpCalls[0].at) : ""
                    }
                    KioskButton {
                        objectName: "answerHelp"
                        kind: "primary"
                        text: qsTr("Đã hỗ trợ")
                        onClicked: root.desk.answerHelp()
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BigToggle { objectName: "viewTasks"; text: qsTr("Công việc"); chosen: root.view === "tasks"; onClicked: root.view = "tasks" }
                BigToggle { objectName: "viewDrafts"; text: qsTr("Hồ sơ đã lưu"); chosen: root.view === "drafts"; onClicked: root.view = "drafts" }
                BigToggle { objectName: "viewDiagnostics"; visible: root.desk.technician; text: qsTr("Tình trạng máy"); chosen: root.view === "diagnostics"; onClicked: root.view = "diagnostics" }
                BigToggle { objectName: "viewConfig"; visible: root.desk.technician; text: qsTr("Cấu hình"); chosen: root.view === "config"; onClicked: root.view = "config" }
            }

            GridLayout {
                visible: root.view === "tasks"
                Layout.fillWidth: true
                columns: root.width < root.height ? 2 : 3
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                TileButton {
                    objectName: "clerkFileOnBehalf"
                    Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                    iconName: "document"; tint: Theme.tileColor(0)
                    text: qsTr("Nộp thay công dân")
                    subtitle: qsTr("Tìm thủ tục rồi điền cùng công dân")
                    onClicked: root.openSearch("")
                }
                TileButton {
                    objectName: "clerkToday"
                    Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                    iconName: "list"; tint: Theme.tileColor(1)
                    text: qsTr("Hồ sơ hôm nay")
                    subtitle: qsTr("Xác nhận lệ phí, in lại biên nhận")
                    onClicked: root.openOutbox("today")
                }
                TileButton {
                    objectName: "clerkOutbox"
                    Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                    iconName: "online"; tint: Theme.tileColor(2)
                    text: qsTr("Hồ sơ chờ gửi")
                    subtitle: Kiosk.sync.failed > 0 ? qsTr("%1 hồ sơ lỗi cần gửi lại").arg(Kiosk.sync.failed)
                                                    : qsTr("%1 hồ sơ đang chờ").arg(Kiosk.sync.waiting)
                    onClicked: root.openOutbox("waiting")
                }
                TileButton {
                    objectName: "clerkStats"
                    Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                    iconName: "status"; tint: Theme.tileColor(3)
                    text: qsTr("Thống kê")
                    subtitle: qsTr("Số hồ sơ, lệ phí, mức hài lòng")
                    onClicked: root.openStats()
                }
                TileButton {
                    objectName: "clerkPosters"
                    Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                    iconName: "qr"; tint: Theme.tileColor(4)
                    text: qsTr("In áp phích QR")
                    subtitle: qsTr("Áp phích các thủ tục thường gặp")
                    onClicked: root.tools.printPosters()
                }
                TileButton {
                    objectName: "clerkCatalogUpdate"
                    visible: root.desk.technician
                    Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                    iconName: "build"; tint: Theme.tileColor(5)
                    text: qsTr("Cập nhật danh mục")
                    subtitle: qsTr("Lấy danh mục thủ tục mới từ cổng")
                    onClicked: root.tools.updateCatalog()
                }
            }

            BodyText {
                objectName: "toolsMessage"
                Layout.fillWidth: true
                visible: text !== "" && root.view === "tasks"
                text: root.tools.message
            }

            // Drafts kept with "Lưu lại": the clerk reopens one with the citizen.
            ColumnLayout {
                visible: root.view === "drafts"
                Layout.fillWidth: true
                spacing: Theme.spacing
                BodyText {
                    Layout.fillWidth: true
                    visible: keptList.count === 0
                    text: qsTr("Không có hồ sơ nào được lưu lại.")
                }
                Repeater {
                    id: keptList
                    model: root.view === "drafts" ? root.tools.keptDrafts() : []
                    RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        BodyText {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2 · %3 · mã %4").arg(modelData.procedureName).arg(modelData.applicantInitials)
                                  .arg(modelData.updatedText).arg(modelData.code)
                        }
                        KioskButton {
                            objectName: "openKept_" + modelData.code
                            text: qsTr("Mở")
                            onClicked: root.resumeKept(modelData.code)
                        }
                    }
                }
            }

            // The technician's facts: label, value, red when something is wrong.
            Repeater {
                model: root.view === "diagnostics" ? root.tools.diagnostics()
                     : root.view === "config" ? root.tools.configEntries() : []
                RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    BodyText {
                        Layout.preferredWidth: content.width * 0.35
                        font.bold: true
                        text: modelData.label !== undefined ? modelData.label : modelData.key
                    }
                    BodyText {
                        Layout.fillWidth: true
                        color: modelData.ok === false ? Theme.accent : Theme.text
                        text: modelData.value
                    }
                }
            }
        }
    }
}
