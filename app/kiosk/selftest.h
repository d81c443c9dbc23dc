// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlApplicationEngine;
class QQuickWindow;

namespace motcua {

class CatalogStore;
class Walkthrough;
class FilingStore;

// --self-test: every QML file of MotCua.Ui is compiled and instantiated, then the screen
// tour runs through every screen. Any QML warning or error makes it fail.
namespace SelfTest {
// Installs the message handler that records QML warnings; call before loading any QML.
void startRecording();
// Returns the process exit code: 0 when nothing went wrong, 1 otherwise (printed).
[[nodiscard]] int run(QQmlApplicationEngine &engine, QQuickWindow *window, const CatalogStore &catalog, Walkthrough *walkthrough,
                      const FilingStore &filings);
} // namespace SelfTest

} // namespace motcua
