// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <functional>

class QObject;
class QQuickItem;
class QQuickWindow;

namespace motcua {

// Drives the kiosk's real window the way a citizen (or a test) would: finds items by their
// objectName, taps them, types keys at a person's speed, opens screens through the shell and
// waits for what should follow. Shared by the tours (--tour, --self-test) and the memory soak.
class UiDriver
{
public:
    explicit UiDriver(QQuickWindow *window);

    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    // The KioskShell (objectName "kioskShell"); null when the window has none.
    [[nodiscard]] QObject *shell() const { return m_shell; }

    // Lets the event loop run for `ms` (animations, bindings, rendering, deferred deletes).
    static void settle(int ms);
    // Runs the event loop until `condition` holds (true) or `timeoutMs` passes (false). Objects
    // whose deleteLater() came due are deleted meanwhile, as a running event loop would.
    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000);

    // KioskShell.openScreen(screen, argument): the screen item, or null when none opened.
    QObject *openScreen(const QString &screen, const QString &argument = {});
    void showHome();
    // The shell's currentScreen (the objectName of the screen on top, e.g. "homeScreen").
    [[nodiscard]] QString currentScreen() const;
    // Until `screenName` is on top and its transition is over (a StackView ignores taps meanwhile).
    bool waitForScreen(const QString &screenName, int timeoutMs = 5000);

    // The visible item called `objectName` anywhere in the window (screens and popups), waiting
    // up to `timeoutMs` for it to appear; null when it does not.
    [[nodiscard]] QQuickItem *findItem(const QString &objectName, int timeoutMs = 3000) const;
    // Scrolls it into view (as a finger would) and taps its middle. False when it is not there.
    bool click(const QString &objectName);
    bool click(QQuickItem *item);
    // Key presses into the focused item, `msPerKey` apart: a handheld scanner is told apart from
    // a person by its typing speed, so machine-speed typing would be taken for a scan.
    void typeText(const QString &text, int msPerKey = 40);

private:
    void scrollIntoView(QQuickItem *item);

    QQuickWindow *m_window;
    QObject *m_shell;
};

} // namespace motcua
