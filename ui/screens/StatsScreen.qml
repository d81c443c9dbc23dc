// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// Clerk mode's counter statistics: filings per day and per procedure, the share filed fully
// online, fees by method, what waits for the portal, processing time and satisfaction — the
// numbers a commune reports upward — with the monthly report as CSV and PDF.
Item {
    id: root
    objectName: "statsScreen"
    // Voice guidance (KioskShell reads it when the screen appears).
    readonly property string spokenText: qsTr("Thống kê bộ phận một cửa")
    property string period: "month" // today | month | lastMonth
    readonly property var stats: Kiosk.tools.counterStats(period)
    readonly property var days: stats.perDay || []
    readonly property int busiestDay: Math.max(1, ...days.map(function (d) { return d.count }))
    signal goHome()

    function dong(amount) { return qsTr("%1 đ").arg(Number(amount).toLocaleString(Qt.locale("vi_VN"), "f", 0)) }
    function percent(value) { return Number(value).toLocaleString(Qt.locale("vi_VN"), "f", 1) + " %" }

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

            ScreenTitle { Layout.fillWidth: true; text: qsTr("Thống kê bộ phận một cửa") }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BigToggle { objectName: "periodToday"; text: qsTr("Hôm nay"); chosen: root.period === "today"; onClicked: root.period = "today" }
                BigToggle { objectName: "periodMonth"; text: qsTr("Tháng này"); chosen: root.period === "month"; onClicked: root.period = "month" }
                BigToggle { objectName: "periodLastMonth"; text: qsTr("Tháng trước"); chosen: root.period === "lastMonth"; onClicked: root.period = "lastMonth" }
                KioskButton {
                    objectName: "exportStats"
                    iconName: "print"
                    text: qsTr("Xuất báo cáo (CSV, PDF)")
                    onClicked: Kiosk.tools.exportStats(root.period)
                }
            }
            BodyText {
                objectName: "statsMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: Kiosk.tools.message
            }

            // The headline numbers.
            GridLayout {
                Layout.fillWidth: true
                columns: root.width < root.height ? 2 : 5
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: [
                        { icon: "document", name: "statTotal", label: qsTr("Hồ sơ tiếp nhận"), value: String(root.stats.total || 0) },
                        { icon: "online", name: "statOnline", label: qsTr("Nộp trực tuyến toàn trình"), value: root.percent(root.stats.channels ? root.stats.channels.fullyOnlinePercent : 0) },
                        { icon: "money", name: "statFees", label: qsTr("Lệ phí đã thu"), value: root.dong(root.stats.fees ? root.stats.fees.total : 0) },
                        { icon: "medal", name: "statSatisfied", label: qsTr("Hài lòng"), value: root.percent(root.stats.ratings ? root.stats.ratings.satisfiedPercent : 0) },
                        { icon: "clock", name: "statBacklog", label: qsTr("Chờ gửi / lỗi"), value: root.stats.backlog ? root.stats.backlog.waiting + " / " + root.stats.backlog.failed : "0 / 0" }
                    ]
                    FactCard {
                        required property var modelData
                        objectName: modelData.name
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        iconName: modelData.icon
                        label: modelData.label
                        value: modelData.value
                    }
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Hồ sơ theo ngày") }
            Row {
                objectName: "perDayChart"
                Layout.fillWidth: true
                Layout.preferredHeight: 220
                spacing: 4
                Repeater {
                    model: root.days
                    Item {
                        required property var modelData
                        width: Math.min(60, Math.max(6, (content.width - 4 * root.days.length) / Math.max(1, root.days.length)))
                        height: 220
                        Rectangle {
                            anchors.bottom: dayLabel.top
                            width: parent.width
                            height: Math.max(2, (parent.height - 30) * modelData.count / root.busiestDay)
                            radius: 4
                            color: modelData.count > 0 ? Theme.primary : Theme.border
                        }
                        Text {
                            id: dayLabel
                            anchors.bottom: parent.bottom
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: modelData.day.substring(8)
                            font.family: Theme.fontFamily
                            font.pixelSize: 16
                            color: Theme.textMuted
                            visible: root.days.length <= 16 || Number(modelData.day.substring(8)) % 5 === 1
                        }
                    }
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Theo thủ tục") }
            Repeater {
                model: (root.stats.perProcedure || []).slice(0, 8)
                BarRow {
                    required property var modelData
                    Layout.fillWidth: true
                    label: modelData.name
                    value: modelData.count
                    maximum: root.stats.perProcedure[0].count
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Mức độ hài lòng (%1 lượt đánh giá, %2 số hồ sơ)").arg(root.stats.ratings ? root.stats.ratings.rated : 0).arg(root.percent(root.stats.ratings ? root.stats.ratings.responseRatePercent : 0)) }
            Repeater {
                model: ["very_satisfied", "satisfied", "neutral", "dissatisfied"]
                BarRow {
                    required property string modelData
                    Layout.fillWidth: true
                    label: root.stats.ratingLabels ? root.stats.ratingLabels[modelData] : modelData
                    value: root.stats.ratings ? root.stats.ratings.byRating[modelData] : 0
                    maximum: Math.max(1, root.stats.ratings ? root.stats.ratings.rated : 1)
                    tint: modelData === "dissatisfied" ? Theme.accent : modelData === "neutral" ? Theme.help : Theme.success
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Lệ phí và thời gian xử lý") }
            BodyText {
                objectName: "feesText"
                Layout.fillWidth: true
                text: root.stats.fees
                      ? qsTr("Chuyển khoản: %1 hồ sơ, %2. Tiền mặt: %3 hồ sơ, %4. Miễn: %5. Chưa thu: %6.")
                            .arg(root.stats.fees.bank.count).arg(root.dong(root.stats.fees.bank.amount))
                            .arg(root.stats.fees.cash.count).arg(root.dong(root.stats.fees.cash.amount))
                            .arg(root.stats.fees.waived).arg(root.stats.fees.open)
                      : ""
            }
            BodyText {
                Layout.fillWidth: true
                text: root.stats.processing && root.stats.processing.count > 0
                      ? qsTr("Thời gian xử lý trung bình %1 giờ (%2 hồ sơ đã có kết quả).")
                            .arg(Number(root.stats.processing.averageHours).toLocaleString(Qt.locale("vi_VN"), "f", 1))
                            .arg(root.stats.processing.count)
                      : qsTr("Chưa có hồ sơ nào có kết quả trong kỳ này.")
            }
        }
    }
}
