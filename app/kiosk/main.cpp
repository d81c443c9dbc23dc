// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-kiosk: the touch application at the commune's one-stop-shop counter.
#include "kioskcontext.h"
#include "kioskoptions.h"
#include "kioskstartup.h"
#include "screentour.h"
#include "selftest.h"
#include "servicesession.h"
#include "uidriver.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(MotCua_UiPlugin)

// Where the start-up time goes (bench/startup): QT_LOGGING_RULES="motcua.startup.info=true".
Q_LOGGING_CATEGORY(lcStartup, "motcua.startup", QtWarningMsg)

using namespace motcua;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const auto mark = [&sinceMain](const char *done) {
        qCInfo(lcStartup, "%5lld ms  %s", static_cast<long long>(sinceMain.elapsed()), done);
    };
    KioskStartup::prepareEnvironment();
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs.append(QString::fromLocal8Bit(argv[i]));
    if (rawArgs.contains(QLatin1String("--help")) || rawArgs.contains(QLatin1String("-h"))) {
        QTextStream(stdout) << KioskOptions::usage();
        return 0;
    }
    if (rawArgs.contains(QLatin1String("--version"))) {
        QTextStream(stdout) << "motcua-kiosk " MOTCUA_VERSION "\n";
        return 0;
    }
    auto options = KioskOptions::parse(rawArgs);
    if (!options) {
        QTextStream(stderr) << "motcua-kiosk: " << options.error() << "\n" << KioskOptions::usage();
        return 2;
    }
    // The self-test needs no display.
    if (options->selfTest && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (options->selfTest)
        SelfTest::startRecording();

    QGuiApplication app(argc, argv);
    KioskStartup::configureApplication(app);
    mark("application");

    // The self-test and the tour file demo forms: never into the kiosk's real outbox.
    QTemporaryDir scratch;
    // The tour adds a demo technician account: never into a real staff database.
    if (!options->tourDir.isEmpty() && !options->staffDatabasePath.isEmpty()) {
        QTextStream(stderr) << "motcua-kiosk: --tour uses a staff database of its own; leave out --staff-db\n";
        return 2;
    }
    const bool demo = options->selfTest || !options->tourDir.isEmpty();
    QString filingsPath = options->filingsDatabasePath;
    if (filingsPath.isEmpty() && demo)
        filingsPath = scratch.filePath(QStringLiteral("demo-filings.db"));
    QString staffPath = options->staffDatabasePath;
    if (staffPath.isEmpty() && demo)
        staffPath = scratch.filePath(QStringLiteral("demo-staff.db"));
    // The self-test and the tour never film whoever stands at the machine (screenshots are
    // published), and speak to no one.
    const bool unattended = options->selfTest || !options->tourDir.isEmpty();
    auto context = KioskContext::start(options->configFile, options->databasePath, filingsPath, staffPath,
                                       [unattended](KioskConfig &config) {
                                           if (unattended)
                                               config.voiceEngine = QStringLiteral("none");
                                       });
    if (!context) {
        QTextStream(stderr) << "motcua-kiosk: cannot start: " << context.error() << '\n';
        return 1;
    }
    mark("databases and services");
    KioskContext::setInstance(context->get());
    // A handheld QR scanner types its codes: heard anywhere in the app.
    context.value()->scans()->listenTo(&app);
    // The self-test and the tour never film whoever stands at the machine (screenshots are published).
    if (options->selfTest || !options->tourDir.isEmpty())
        context.value()->camera()->setSource(QStringLiteral("none"));
    if (!context.value()->translationProblem().isEmpty())
        QTextStream(stderr) << "motcua-kiosk: " << context.value()->translationProblem() << '\n';

    QQmlApplicationEngine engine;
    KioskStartup::configureEngine(engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/MotCua/Ui/Main.qml")));
    mark("QML loaded");
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        QTextStream(stderr) << "motcua-kiosk: the user interface failed to load\n";
        return 1;
    }
    if (options->fullScreen) {
        // The screen's own size: under cage (Qt 6.4 Wayland) a full-screen window otherwise
        // keeps the size it was created with, cut off or in a corner.
        window->resize(window->screen()->size());
        QObject::connect(window->screen(), &QScreen::geometryChanged, window,
                         [window](const QRect &geometry) { window->resize(geometry.size()); });
        window->showFullScreen();
    } else {
        window->resize(options->size);
    }
    // Take the keyboard focus even without a window manager (kiosk session, Xvfb), or the
    // on-screen keyboard has no field to type into.
    window->requestActivate();
    mark("window shown");
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [mark] { mark("first frame on screen"); },
                     Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));

    if (options->selfTest)
        return SelfTest::run(engine, window, *context.value()->catalog(), context.value()->walkthrough(),
                             *context.value()->filings());
    if (!options->tourDir.isEmpty()) {
        QString error;
        UiDriver::settle(300);
        ScreenTour tour(window, *context.value()->catalog(), context.value()->walkthrough(), *context.value()->filings());
        tour.setKiosk(context->get());
        const QStringList files = tour.run(options->tourDir, &error);
        if (files.isEmpty()) {
            QTextStream(stderr) << "motcua-kiosk: tour failed: " << error << '\n';
            return 1;
        }
        QTextStream(stdout) << "Saved " << files.size() << " screenshots in " << options->tourDir << '\n';
        return 0;
    }
    if (!options->openScreen.isEmpty()) {
        if (!UiDriver(window).openScreen(options->openScreen.section(u'=', 0, 0), options->openScreen.section(u'=', 1))) {
            QTextStream(stderr) << "motcua-kiosk: --open " << options->openScreen << ": no such screen\n"
                                << KioskOptions::usage();
            return 2;
        }
    }
    // Under systemd: ready at the first frame, watchdog, clean stop on SIGTERM, no way to close.
    ServiceSession service(window, context.value()->sync(), options->fullScreen);
    return app.exec();
}
