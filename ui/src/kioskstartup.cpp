// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskstartup.h"

#include "qrimageprovider.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QTranslator>

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

bool installTranslation(QGuiApplication &app, const QString &language)
{
    if (language == QLatin1String("vi"))
        return true;
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/motcua_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

void configureEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider); // the engine owns it
}

} // namespace motcua::KioskStartup
