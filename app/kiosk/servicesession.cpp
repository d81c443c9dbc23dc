// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicesession.h"

#include "outbox/syncengine.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServiceSession, "motcua.service")

namespace motcua {

namespace {

// Self-pipe: the signal handler only writes the signal number; the event loop does the rest.
int g_signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

ServiceSession::ServiceSession(QQuickWindow *window, const SyncEngine *sync, bool lockedDown, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_lockedDown(lockedDown)
{
    installSignalHandlers();
    if (m_lockedDown)
        window->installEventFilter(this);
    // The first frame on screen is "ready" (frameSwapped comes from the render thread: queued).
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        m_notifier.ready(QStringLiteral("home screen shown"));
        publishStatus();
        qCInfo(lcServiceSession).noquote() << "first frame on screen";
    }, Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    connect(m_sync, &SyncEngine::changed, this, &ServiceSession::publishStatus);
}

ServiceSession::~ServiceSession()
{
    if (g_signalPipe[0] >= 0) {
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
}

void ServiceSession::installSignalHandlers()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcServiceSession) << "no clean shutdown on SIGTERM: pipe failed";
        return;
    }
    m_signals = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    connect(m_signals.get(), &QSocketNotifier::activated, this, [this] {
        char number = 0;
        while (::read(g_signalPipe[0], &number, 1) == 1) {
        }
        qCInfo(lcServiceSession).noquote() << "stopping on signal" << int(number);
        m_notifier.stopping();
        m_stopping = true; // Qt 6 quits by closing the windows: let this close through
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

void ServiceSession::publishStatus()
{
    // English and free of personal data: it lands in `systemctl status` and the journal.
    m_notifier.setStatus(QStringLiteral("portal %1 (%2); %3 filing(s) waiting, %4 set aside")
                             .arg(m_sync->online() ? QStringLiteral("online") : QStringLiteral("offline"),
                                  m_sync->state())
                             .arg(m_sync->waiting())
                             .arg(m_sync->failed()));
}

bool ServiceSession::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && !m_stopping) {
        qCInfo(lcServiceSession).noquote() << "window close request ignored (kiosk session; systemctl stop ends it)";
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace motcua
