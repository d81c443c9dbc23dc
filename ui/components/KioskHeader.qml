// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua.Ui

// Shown on every screen: Back/Home, the commune, the hotline and "Cần trợ giúp".
Rectangle {
    id: root
    property bool canGoBack: false
    property bool atHome: true
    signal backRequested()
    signal homeRequested()
    signal helpRequested()
    signal outboxRequested() // the connection status was tapped (for the clerk)
    signal clerkRequested()  // a long press on the commune's name (clerk mode's hidden door)
    signal repeatRequested() // the speaker: read this screen again
    signal accessRequested() // the accessibility menu: text size, contrast, voice, language

    // Portrait kiosks: the navigation buttons keep their words; the commune name steps aside
    // on inner screens (it stays on Home).
    readonly property bool compact: width < 1400
    // A portrait header has no room to grow: its buttons keep the normal size there.
    readonly property int buttonFont: compact ? Math.min(Theme.fontHeader, 28) : Theme.fontHeader

    implicitHeight: Theme.headerHeight
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Thanh điều hướng")
    color: Theme.primary

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin / 2
        anchors.rightMargin: Theme.margin / 2
        spacing: Theme.spacing

        KioskButton {
            objectName: "headerBack"
            fontSize: root.buttonFont
            visible: root.canGoBack
            kind: "onPrimary"
            iconName: "back"
            text: qsTr("Quay lại")
            onClicked: root.backRequested()
        }
        KioskButton {
            objectName: "headerHome"
            fontSize: root.buttonFont
            visible: !root.atHome
            kind: "onPrimary"
            iconName: "homebutton"
            text: qsTr("Trang chủ")
            onClicked: root.homeRequested()
        }

        Item {
            visible: root.compact && !root.atHome
            Layout.fillWidth: true
        }
        ColumnLayout {
            visible: !root.compact || root.atHome
            Layout.fillWidth: true
            Layout.leftMargin: root.atHome ? Theme.spacing : 0
            spacing: 0
            Label {
                id: communeLabel
                objectName: "headerCommune"
                Layout.fillWidth: true
                text: Kiosk.communeName
                // Hidden from citizens: three seconds' press opens the clerk's login.
                TapHandler {
                    longPressThreshold: 3
                    onLongPressed: root.clerkRequested()
                }
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeader
                font.bold: true
                color: Theme.textOnPrimary
                // A long name takes a second line rather than losing its end.
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                lineHeight: 0.9
            }
            RowLayout {
                id: statusRow
                Layout.fillWidth: true
                spacing: 8
                TapHandler { onTapped: root.outboxRequested() }
                // Whether filings reach the portal: green online, amber otherwise.
                Rectangle {
                    objectName: "syncDot"
                    implicitWidth: 14
                    implicitHeight: 14
                    radius: 7
                    color: Kiosk.sync.online ? Theme.online : Theme.help
                }
                // For the clerk, on one line when it fits beside the dot (else only the dot:
                // the header never grows past its height).
                Label {
                    objectName: "syncStatus"
                    visible: !root.compact && statusMetrics.width <= communeLabel.width - 22
                             && communeLabel.lineCount < 2
                    Layout.fillWidth: true
                    text: statusMetrics.text
                    font: statusMetrics.font
                    color: Theme.textOnPrimary
                }
                TextMetrics {
                    id: statusMetrics
                    text: qsTr("Bộ phận Một cửa · %1").arg(Kiosk.sync.statusText)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeaderSmall
                }
            }
        }

        KioskButton {
            objectName: "headerClerk"
            fontSize: root.buttonFont
            visible: Kiosk.clerk.loggedIn
            kind: "onPrimary"
            iconName: "counter"
            text: qsTr("Cán bộ")
            onClicked: root.clerkRequested()
        }

        // On a portrait screen the hotline gives its place to the speaker and accessibility
        // buttons (and the commune's name); the help screen and the help tile show it.
        RowLayout {
            spacing: 8
            visible: !root.compact
            Accessible.name: qsTr("Tổng đài hỗ trợ %1").arg(Kiosk.hotline)
            Image {
                Layout.preferredWidth: 36
                Layout.preferredHeight: 36
                sourceSize: Qt.size(36, 36)
                source: Theme.icon("phone")
            }
            ColumnLayout {
                spacing: 0
                Label {
                    text: qsTr("Tổng đài hỗ trợ")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeaderSmall
                    color: Theme.textOnPrimary
                }
                Label {
                    objectName: "headerHotline"
                    text: Kiosk.hotline
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeader
                    font.bold: true
                    color: Theme.textOnPrimary
                }
            }
        }

        IconButton {
            objectName: "headerSpeaker"
            iconName: "speaker"
            name: qsTr("Đọc lại")
            onClicked: root.repeatRequested()
        }
        IconButton {
            objectName: "headerAccess"
            iconName: "access"
            name: qsTr("Dễ nhìn, dễ nghe: cỡ chữ, màu, giọng đọc, ngôn ngữ")
            onClicked: root.accessRequested()
        }

        KioskButton {
            objectName: "headerHelp"
            fontSize: root.buttonFont
            kind: "help"
            iconName: "help"
            text: qsTr("Cần trợ giúp")
            onClicked: root.helpRequested()
        }
    }
}
