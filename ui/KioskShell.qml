// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import MotCua.Ui

// Header, screen stack and on-screen keyboard: everything inside the kiosk window.
// Screens ask to move on through signals; push() routes each signal to a show…() function.
Rectangle {
    id: shell
    color: Theme.background
    readonly property alias stack: stack
    readonly property string currentScreen: stack.currentItem ? stack.currentItem.objectName : ""
    readonly property bool keyboardVisible: inputPanel.active

    // Voice guidance: a screen says what it is for when it appears and when what it asks
    // changes (a filing's next step). An empty kiosk stays quiet until someone touches it; the
    // header's speaker reads it again on request.
    readonly property string spokenText: stack.currentItem && stack.currentItem.spokenText !== undefined
                                         ? stack.currentItem.spokenText : ""
    onSpokenTextChanged: Qt.callLater(speakScreen)
    function speakScreen() {
        if (spokenText !== "" && Kiosk.session.state !== "none")
            Kiosk.voice.say(spokenText)
    }
    function openAccessMenu() { accessMenu.open() }

    function showHome() { stack.pop(null) }
    function back() { if (stack.depth > 1) stack.pop() }
    // Header buttons: a screen with work in progress (a filing) asks before it is left.
    function leaveThen(action) {
        const item = stack.currentItem
        if (item && item.leaveGuard)
            item.askToLeave(action)
        else
            action()
    }
    function showSearch(text) { return push(searchComponent, { initialText: text || "" }) }
    function showTopics() { return push(topicsComponent, {}) }
    function showTopic(topicId) { return push(topicComponent, { topicId: topicId }) }
    function showProcedure(code) { return push(detailComponent, { code: code }) }
    // "Cần trợ giúp": the clerk view hears of it, the citizen sees that someone is coming.
    function showHelp() {
        Kiosk.clerk.callForHelp(currentScreen)
        return push(helpComponent, {})
    }
    // Clerk mode's screens: only for a logged-in clerk (else the login comes first).
    function showClerk() { return Kiosk.clerk.loggedIn ? push(clerkComponent, {}) : openClerkMode() }
    function showStats() { return Kiosk.clerk.loggedIn ? push(statsComponent, {}) : openClerkMode() }
    function openClerkMode() {
        if (!Kiosk.clerk.loggedIn) {
            clerkLogin.openDialog()
            return stack.currentItem
        }
        if (currentScreen === "clerkScreen")
            return stack.currentItem
        return leaveThen(showClerk)
    }
    function showScanner() { return push(scannerComponent, {}) }
    function showOutbox(scope) { return push(outboxComponent, { initialScope: scope || "waiting" }) }
    function showStatus(fileCode) { return push(statusComponent, { initialCode: fileCode || "" }) }
    function showRating(fileCode) { return push(ratingComponent, { fileCode: fileCode }) }
    function startFiling(code) {
        if (!Kiosk.walkthrough.canFile(code)) {
            return showMessage("document", qsTr("Nộp hồ sơ tại quầy"),
                               qsTr("Thủ tục này chưa nộp được trên máy. Bạn hãy mang các giấy tờ cần thiết đến quầy một cửa, cán bộ sẽ tiếp nhận."))
        }
        if (!Kiosk.walkthrough.start(code))
            return showMessage("warning", qsTr("Chưa bắt đầu được"), Kiosk.walkthrough.problem)
        return push(filingComponent, {})
    }
    function resumeDraft(draftId, idLastDigits) {
        if (!Kiosk.walkthrough.resume(draftId, idLastDigits || ""))
            return showMessage("warning", qsTr("Không mở lại được hồ sơ"), Kiosk.walkthrough.problem)
        return push(filingComponent, {})
    }
    function resumeKept(code) {
        if (!Kiosk.walkthrough.resumeKept(code))
            return showMessage("warning", qsTr("Không mở lại được hồ sơ"), Kiosk.walkthrough.problem)
        return push(filingComponent, {})
    }
    // "Lưu lại": the draft is kept under a code, the session ends, the code stays on screen.
    function keepForLater() {
        const code = Kiosk.walkthrough.keepForLater()
        if (code === "")
            return showMessage("warning", qsTr("Chưa lưu được hồ sơ"), Kiosk.walkthrough.problem)
        Kiosk.endSession("kept")
        // The code stays until the citizen leaves; then the idle question and the wipe take it.
        Kiosk.session.touched()
        return push(messageComponent, {
            objectName: "keptDraftScreen", iconName: "document", title: qsTr("Đã lưu hồ sơ của bạn"),
            message: qsTr("Mã mở lại hồ sơ:  %1\n\nBạn hãy ghi lại mã này. Lần sau, chạm \"Mở hồ sơ đã lưu\" ở trang chủ và nhập mã, hoặc đưa mã cho cán bộ. Hồ sơ được giữ %2 ngày.")
                     .arg(code.substring(0, 3) + " " + code.substring(3)).arg(Kiosk.walkthrough.keptDraftDays) })
    }
    // The screen on top gives its place to another (the scanner, once a code is read).
    function replaceWith(name, argument) {
        stack.pop(StackView.Immediate)
        return openScreen(name, argument)
    }
    function showMessage(icon, title, message) {
        return push(messageComponent, { iconName: icon, title: title, message: message })
    }

    // Opens a screen by name (tour, tests, deep links).
    function openScreen(name, argument) {
        switch (name) {
        case "home": showHome(); return stack.currentItem
        case "search": return showSearch(argument)
        case "topics": return showTopics()
        case "topic": return showTopic(argument)
        case "procedure": return showProcedure(argument)
        case "help": return showHelp()
        case "scanner": return showScanner()
        case "status": return showStatus(argument)
        case "outbox": return showOutbox(argument)
        case "clerk": return showClerk()
        case "stats": return showStats()
        case "rating": return showRating(argument)
        case "filing": return startFiling(argument)
        }
        console.warn("openScreen: unknown screen", name)
        return null
    }

    // A code from the handheld scanner (or, later, the camera), already classified in C++.
    function routeScan(result) {
        const screen = stack.currentItem
        if (screen && screen.handlesScan && screen.handlesScan(result))
            return null
        switch (result.kind) {
        case "procedure":
            return leaveThen(function () { showProcedure(result.procedureCode) })
        case "cccd":
            return showMessage("idcard", qsTr("Thẻ căn cước"), result.message)
        case "filecode":
            return leaveThen(function () { showStatus(result.fileCode) })
        case "vietqr":
            return showMessage("money", qsTr("Mã chuyển khoản"), result.message)
        case "invalid":
            return showMessage("warning", qsTr("Không đọc được mã"), result.message)
        default:
            return showMessage("qr", qsTr("Mã vừa quét"), result.message)
        }
    }

    Connections {
        target: Kiosk.scans
        function onScanned(result) { shell.routeScan(result) }
    }

    // The session is over (idle, "Kết thúc", a finished filing): every screen goes, the next
    // citizen starts from an empty home screen.
    Connections {
        target: Kiosk
        function onSessionWiped(reason) { stack.pop(null, StackView.Immediate) }
    }
    Connections {
        target: Kiosk.session
        function onWarningStarted() { Kiosk.voice.say(qsTr("Bạn còn đang sử dụng máy không? Chạm vào màn hình để tiếp tục.")) }
    }

    function push(component, properties) {
        const item = stack.push(component, properties)
        connectRoutes(item)
        return item
    }

    function connectRoutes(item) {
        const routes = {
            openSearch: showSearch, openTopics: showTopics, openTopic: showTopic,
            openProcedure: showProcedure, openHelp: showHelp, openScanner: showScanner,
            openStatus: showStatus, startFiling: startFiling, resumeDraft: resumeDraft, leaveFor: replaceWith,
            resumeKept: resumeKept, keepForLater: keepForLater, openOutbox: showOutbox, openStats: showStats,
            goHome: showHome, goBack: back
        }
        for (const signalName in routes) {
            if (item[signalName] !== undefined && typeof item[signalName].connect === "function")
                item[signalName].connect(routes[signalName])
        }
    }

    KioskHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        z: 2
        canGoBack: stack.depth > 1
        atHome: stack.depth <= 1
        onBackRequested: shell.leaveThen(shell.back)
        onHomeRequested: shell.leaveThen(shell.showHome)
        onHelpRequested: shell.showHelp()
        onOutboxRequested: shell.leaveThen(shell.showOutbox)
        onClerkRequested: shell.openClerkMode()
        onRepeatRequested: Kiosk.voice.repeat(shell.spokenText)
        onAccessRequested: shell.openAccessMenu()
    }

    StackView {
        id: stack
        objectName: "screenStack"
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: inputPanel.active ? inputPanel.top : parent.bottom
        clip: true
        Component.onCompleted: shell.connectRoutes(stack.push(homeComponent, {}, StackView.Immediate))
        // Short, calm transitions: elderly users lose track of sliding screens.
        pushEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 150 } }
        pushExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 150 } }
        popEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 150 } }
        popExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 150 } }
        replaceEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 150 } }
        replaceExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 150 } }
    }

    Shortcut {
        sequence: "Ctrl+Alt+K"
        context: Qt.ApplicationShortcut
        onActivated: shell.openClerkMode()
    }
    ClerkLoginDialog {
        id: clerkLogin
        onLoggedIn: shell.leaveThen(shell.showClerk)
    }

    AccessMenu { id: accessMenu }

    IdleWarning {
        onKeepRequested: shell.keepForLater()
    }

    InputPanel {
        id: inputPanel
        objectName: "inputPanel"
        z: 10
        // A full-width keyboard on a landscape screen would hide most of it.
        width: Math.min(parent.width, 1400)
        x: (parent.width - width) / 2
        y: active ? parent.height - height : parent.height
        visible: active
        // Vietnamese letters by default (Telex-free: the accented keys are on long press),
        // English beside it (the globe key); digits for ID numbers, phones and dates come from
        // each field's input-method hints. The layout follows the kiosk's language.
        Component.onCompleted: VirtualKeyboardSettings.activeLocales = ["vi_VN", "en_US"]
        Binding {
            target: VirtualKeyboardSettings
            property: "locale"
            value: Kiosk.language === "en" ? "en_US" : "vi_VN"
        }
    }

    Component { id: homeComponent; HomeScreen {} }
    Component { id: searchComponent; SearchScreen {} }
    Component { id: topicsComponent; TopicsScreen {} }
    Component { id: topicComponent; TopicProceduresScreen {} }
    Component { id: detailComponent; ProcedureDetailScreen {} }
    Component { id: helpComponent; HelpScreen {} }
    Component { id: messageComponent; MessageScreen {} }
    Component { id: filingComponent; FilingScreen {} }
    Component { id: scannerComponent; ScannerScreen {} }
    Component { id: statusComponent; StatusScreen {} }
    Component { id: outboxComponent; OutboxScreen {} }
    Component { id: ratingComponent; RatingScreen {} }
    Component { id: clerkComponent; ClerkScreen {} }
    Component { id: statsComponent; StatsScreen {} }
}
