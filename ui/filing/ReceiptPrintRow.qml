// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// "In giấy biên nhận" on a kiosk with a receipt printer, and beside it how the print went.
// Printing again is the same button (a jammed roll, a second copy). Sits in the action bar.
RowLayout {
    id: root
    property string fileCode
    readonly property var desk: Kiosk.receipts
    readonly property bool printedThis: desk.fileCode === root.fileCode && desk.state !== "idle"
    spacing: Theme.spacing

    KioskButton {
        objectName: "printReceipt"
        Layout.preferredHeight: Theme.touchLarge
        kind: "secondary"
        iconName: "print"
        text: root.printedThis ? qsTr("In lại giấy biên nhận") : qsTr("In giấy biên nhận")
        onClicked: root.desk.print(root.fileCode)
    }
    BodyText {
        objectName: "printMessage"
        Layout.fillWidth: true
        maximumLineCount: 2
        elide: Text.ElideRight
        visible: root.printedThis && text !== ""
        color: root.desk.state === "failed" ? Theme.accent : Theme.primary
        font.bold: root.desk.state === "failed"
        text: root.printedThis ? root.desk.message : ""
    }
}
