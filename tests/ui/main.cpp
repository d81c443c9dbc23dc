// SPDX-License-Identifier: GPL-3.0-or-later
// QtQuickTest runner: the real MotCua.Ui module with a real catalog in a temporary folder.
#include "kioskcontext.h"
#include "kioskstartup.h"

#include <QFile>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MotCua_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        motcua::KioskStartup::configureEngine(*engine);
        if (m_context)
            return;
        // An empty config file of our own: the defaults, whatever /etc holds on this machine.
        const QString config = m_dir.filePath(QStringLiteral("kiosk.conf"));
        QFile(config).open(QIODevice::WriteOnly);
        auto context = motcua::KioskContext::start(config,
                                                   m_dir.filePath(QStringLiteral("ui-tests.db")),
                                                   m_dir.filePath(QStringLiteral("ui-filings.db")));
        if (!context)
            qFatal("cannot start kiosk services: %s", qPrintable(context.error()));
        m_context = std::move(context).value();
        motcua::KioskContext::setInstance(m_context.get());
        m_context->scans()->listenTo(QCoreApplication::instance()); // as the kiosk does
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<motcua::KioskContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(motcua_ui, Setup)

#include "main.moc"
