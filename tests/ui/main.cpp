// SPDX-License-Identifier: GPL-3.0-or-later
// QtQuickTest runner: the real MotCua.Ui module with a real catalog in a temporary folder.
#include "kioskcontext.h"
#include "kioskstartup.h"
#include "session/clerkaccounts.h"
#include "scanvideo.h"

#include <QFile>
#include <QKeyEvent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QWindow>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MotCua_UiPlugin)

// A handheld scanner for the QML tests: its keys carry the times the scanner "pressed" them,
// `gapMs` apart, as a real one's do. QtTest's keyClick stamps each key when it is sent, after the
// kiosk has handled the one before: on a loaded machine that spreads a scan over more than
// the 35 ms a burst allows.
class HandheldScanner : public QObject
{
    Q_OBJECT
public:
    // Types `text` (ASCII) and Enter into `window`.
    Q_INVOKABLE void scan(QWindow *window, const QString &text, int gapMs)
    {
        const auto send = [&](QEvent::Type type, int key, const QString &keyText) {
            QKeyEvent event(type, key, Qt::NoModifier, keyText);
            event.setTimestamp(m_pressedAt);
            QCoreApplication::sendEvent(window, &event);
        };
        for (const QChar c : text) {
            m_pressedAt += ulong(gapMs);
            send(QEvent::KeyPress, c.toUpper().unicode(), QString(c));
            send(QEvent::KeyRelease, c.toUpper().unicode(), QString(c));
        }
        m_pressedAt += ulong(gapMs);
        send(QEvent::KeyPress, Qt::Key_Return, QStringLiteral("\r"));
        send(QEvent::KeyRelease, Qt::Key_Return, QStringLiteral("\r"));
        m_pressedAt += 10'000; // the next scan is another burst
    }

private:
    ulong m_pressedAt = 1'000'000'000; // its own clock
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        motcua::KioskStartup::configureEngine(*engine);
        engine->rootContext()->setContextProperty(QStringLiteral("handheldScanner"), &m_scanner);
        if (m_context)
            return;
        // A config file of our own: the defaults, whatever /etc holds on this machine, but for
        // the camera: a video of a poster code shown after a second (no-code.mp4 beside it
        // never shows one).
        const auto video = motcua::testmedia::makeScanVideo(
            m_dir.filePath(QStringLiteral("poster-scan.mp4")),
            QStringLiteral("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193"));
        const auto noCode = motcua::testmedia::makeScanVideo(m_dir.filePath(QStringLiteral("no-code.mp4")), {});
        if (!video || !noCode)
            qFatal("cannot make the camera's test videos: %s", qPrintable(video.error() + noCode.error()));
        const QString config = m_dir.filePath(QStringLiteral("kiosk.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(config));
        file.write("[kiosk]\ncamera=" + video.value().toUtf8() + '\n');
        // A commune that takes bank transfers (tst_payment.qml).
        file.write("payee_bin=970405\npayee_account=3600205123456\npayee_name=UBND XA MINH CHAU\n"
                   "clerk_code=2468\npayment_minutes=1\n");
        // A receipt printer that is not there (no such CUPS queue): the kiosk must say so
        // (tst_payment.qml); printing on a real queue is tst_receiptprint.cpp's.
        file.write("receipt_printer=motcua-ui-tests-unplugged\n");
        // A portal nothing answers on (the discard port): filings stay on the kiosk, the
        // header says "Mất kết nối" (tst_status.qml); sync itself is tests/integration's.
        file.write("portal_url=http://127.0.0.1:9\n");
        // No speech-dispatcher in these tests (tests/inclusion speaks with a real one): what the
        // kiosk says is read from Kiosk.voice.lastSaid.
        file.write("voice_engine=none\n");
        // The province's fee for a late birth registration (tst_payment.qml's exemption).
        file.write("[fees]\nho-tich-on-time=8000\n");
        file.close();
        // Clerk mode's accounts (tst_clerk.qml): a clerk and a technician.
        const QString staff = m_dir.filePath(QStringLiteral("ui-staff.db"));
        {
            auto accounts = motcua::ClerkAccounts::open(staff);
            if (!accounts || !accounts.value()->add(QStringLiteral("Lan"), QStringLiteral("clerk"), QStringLiteral("2580"))
                || !accounts.value()->add(QStringLiteral("Minh"), QStringLiteral("technician"), QStringLiteral("1357")))
                qFatal("cannot make the clerk accounts");
        }
        auto context = motcua::KioskContext::start(config,
                                                   m_dir.filePath(QStringLiteral("ui-tests.db")),
                                                   m_dir.filePath(QStringLiteral("ui-filings.db")),
                                                   staff);
        if (!context)
            qFatal("cannot start kiosk services: %s", qPrintable(context.error()));
        m_context = std::move(context).value();
        motcua::KioskContext::setInstance(m_context.get());
        m_context->scans()->listenTo(QCoreApplication::instance()); // as the kiosk does
    }

private:
    HandheldScanner m_scanner;
    QTemporaryDir m_dir;
    std::unique_ptr<motcua::KioskContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(motcua_ui, Setup)

#include "main.moc"
