// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskstartup.h"

#include "qrimageprovider.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlEngine>

namespace motcua::KioskStartup {

void prepareEnvironment()
{
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
