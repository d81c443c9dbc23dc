// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import MotCua.Ui

// Choices side by side, `wideColumns` to a row; one to a row when large text needs the room.
GridLayout {
    property int wideColumns: 2
    Layout.fillWidth: true
    columns: Theme.largeText ? 1 : wideColumns
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing
}
