// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import QtMultimedia
import MotCua.Ui

// The camera picture with a viewfinder square and a frame drawn around the code the scanner
// sees (yellow while looking, green once read). Frames reach the scanner through this view's
// sink; the corners come from C++ as fractions of the frame.
Rectangle {
    id: root
    property CameraScanner scanner
    property bool codeRead: false
    readonly property alias videoSink: video.videoSink
    readonly property color frameColor: codeRead ? Theme.scanFound : Theme.help

    color: Theme.cameraBackground
    radius: Theme.radius
    clip: true

    VideoOutput {
        id: video
        objectName: "cameraVideo"
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
    }

    Item {
        id: finder
        objectName: "viewfinder"
        width: Math.min(root.width, root.height) * 0.62
        height: width
        anchors.centerIn: parent
        Repeater {
            model: 4
            Item {
                readonly property bool atRight: index % 2 === 1
                readonly property bool atBottom: index >= 2
                width: finder.width * 0.2
                height: width
                x: atRight ? finder.width - width : 0
                y: atBottom ? finder.height - height : 0
                Rectangle { width: parent.width; height: 10; radius: 5; color: "white"; y: atBottom ? parent.height - height : 0 }
                Rectangle { width: 10; height: parent.height; radius: 5; color: "white"; x: atRight ? parent.width - width : 0 }
            }
        }
    }

    Shape {
        id: codeFrame
        objectName: "codeFrame"
        anchors.fill: parent
        visible: root.scanner && root.scanner.corners.length === 4
        readonly property rect area: video.contentRect
        function at(i) {
            const c = root.scanner.corners[i % 4]
            return Qt.point(area.x + c.x * area.width, area.y + c.y * area.height)
        }
        ShapePath {
            strokeColor: root.frameColor
            strokeWidth: 8
            fillColor: Qt.rgba(root.frameColor.r, root.frameColor.g, root.frameColor.b, 0.18)
            joinStyle: ShapePath.RoundJoin
            PathPolyline {
                path: codeFrame.visible ? [codeFrame.at(0), codeFrame.at(1), codeFrame.at(2), codeFrame.at(3), codeFrame.at(0)]
                                        : []
            }
        }
    }

    BodyText {
        anchors.centerIn: parent
        visible: root.scanner && root.scanner.state === CameraScanner.Starting
        color: "white"
        font.pixelSize: Theme.fontLarge
        text: qsTr("Đang mở camera…")
    }
}
