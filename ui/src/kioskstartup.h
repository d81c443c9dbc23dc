// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QGuiApplication;
class QString;
class QQmlEngine;

namespace motcua {

// What the kiosk and its QML tests set up the same way.
namespace KioskStartup {
// Before QGuiApplication exists: on-screen keyboard input method, Basic controls style.
void prepareEnvironment();
// After: Noto Sans at the kiosk's body size, application names.
void configureApplication(QGuiApplication &app);
// Installs the translation for `language` ("vi" is the source language: nothing to load).
// Returns false when the translation is missing.
bool installTranslation(QGuiApplication &app, const QString &language);
// Import path of the MotCua.Ui module compiled into the binary.
void configureEngine(QQmlEngine &engine);
} // namespace KioskStartup

} // namespace motcua
