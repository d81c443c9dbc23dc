// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QGuiApplication;
class QQmlEngine;

namespace motcua {

// What the kiosk and its QML tests set up the same way.
namespace KioskStartup {
// Before QGuiApplication exists (before any thread starts): at most two malloc arenas,
// on-screen keyboard input method, Basic controls style.
void prepareEnvironment();
// After: Noto Sans at the kiosk's body size, application names.
void configureApplication(QGuiApplication &app);
// Import path of the MotCua.Ui module compiled into the binary.
void configureEngine(QQmlEngine &engine);
} // namespace KioskStartup

} // namespace motcua
