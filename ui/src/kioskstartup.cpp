// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskstartup.h"

#include "qrimageprovider.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlEngine>

#include <malloc.h>

namespace motcua::KioskStartup {

void prepareEnvironment()
{
    // At most two malloc arenas. glibc gives each thread that allocates its own arena (up to
    // 8 per core), and the camera's and multimedia's threads come and go with every visit to
    // the scanner: their arenas keep freed memory the main arena would reuse. An earlier
    // 1,000-visit run of tests/memsoak grew +22 % from the 100th visit with a steady QObject
    // count, +2 % over 450 visits with two arenas (250 visits show no difference yet:
    // bench/memory-soak.sh, README). Few threads allocate at once here, so the contention that
    // many arenas avoid does not matter.
    mallopt(M_ARENA_MAX, 2);
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        qputenv("QT_QUICK_CONTROLS_STYLE", "Basic");
}

void configureApplication(QGuiApplication &app)
{
    QGuiApplication::setApplicationName(QStringLiteral("motcua-kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("motcua"));
    QGuiApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(24);
    app.setFont(font);
}

void configureEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider); // the engine owns it
}

} // namespace motcua::KioskStartup
