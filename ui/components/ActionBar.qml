// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import MotCua.Ui

// The bar at the bottom of a screen: going back on the left, the main action on the right (its
// children, which the screen anchors). It is as tall as `mainAction` needs: large text makes
// the main action's words taller.
Rectangle {
    property Item mainAction: null
    height: Math.max(Theme.touchLarge, mainAction ? mainAction.implicitHeight : 0) + 2 * Theme.spacing
    color: Theme.surface
    Rectangle { anchors.top: parent.top; width: parent.width; height: 2; color: Theme.border }
}
