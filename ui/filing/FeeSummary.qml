// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import MotCua.Ui

// The fee on the review page, before the citizen files: each line of the breakdown, the total
// (in digits and in words), or why there is nothing to pay.
Rectangle {
    id: root
    property var fee: ({})
    readonly property bool waived: (fee.exemption || "") !== ""
    readonly property bool nothingDue: waived || (fee.known === true && fee.total === 0)

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: root.nothingDue ? Theme.successLight : Theme.primaryLight
    border.width: 2
    border.color: root.nothingDue ? Theme.success : Theme.primary

    ColumnLayout {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: 8
        SectionTitle { Layout.fillWidth: true; topPadding: 0; text: qsTr("Lệ phí") }
        Repeater {
            model: root.fee.lines || []
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                BodyText { Layout.fillWidth: true; text: modelData.label + ": " + modelData.detail }
                BodyText { font.bold: true; text: modelData.amountText }
            }
        }
        BodyText {
            objectName: "feeTotal"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontLarge
            font.bold: true
            text: root.fee.payable ? (root.fee.inWords ? qsTr("Tổng cộng: %1 (%2)").arg(root.fee.totalText).arg(root.fee.inWords)
                                                       : qsTr("Tổng cộng: %1").arg(root.fee.totalText))
                                   : (root.fee.summary || "")
        }
        BodyText {
            objectName: "feeExemptionNote"
            Layout.fillWidth: true
            visible: text !== ""
            muted: true
            text: root.fee.exemptionNote || ""
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.fee.known === false
            muted: true
            text: root.fee.explanation || ""
        }
    }
}
