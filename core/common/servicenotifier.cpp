// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicenotifier.h"

#include <QLoggingCategory>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

Q_LOGGING_CATEGORY(lcServiceNotifier, "motcua.service")

namespace motcua {

namespace {

// $WATCHDOG_USEC, when the watchdog is meant for this process (or cage, its parent).
std::chrono::microseconds watchdogFromEnvironment()
{
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    if (!ok || usec <= 0)
        return std::chrono::microseconds{0};
    if (qEnvironmentVariableIsSet("WATCHDOG_PID")) {
        const qint64 pid = qEnvironmentVariable("WATCHDOG_PID").toLongLong();
        if (pid != getpid() && pid != getppid())
            return std::chrono::microseconds{0};
    }
    return std::chrono::microseconds{usec};
}

} // namespace

ServiceNotifier::ServiceNotifier(QObject *parent)
    : QObject(parent)
{
    QByteArray path = qgetenv("NOTIFY_SOCKET");
    if (path.isEmpty())
        return;
    if (path.startsWith('@'))
        path[0] = '\0';
    if (path.at(0) != '/' && path.at(0) != '\0') {
        qCWarning(lcServiceNotifier).noquote() << "NOTIFY_SOCKET is not a socket path; systemd is not told anything";
        return;
    }
    if (path.size() >= qsizetype(sizeof(sockaddr_un::sun_path))) {
        qCWarning(lcServiceNotifier).noquote() << "NOTIFY_SOCKET path is too long; systemd is not told anything";
        return;
    }
    m_socket = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (m_socket < 0) {
        qCWarning(lcServiceNotifier).noquote() << "cannot open a socket to systemd:" << std::strerror(errno);
        return;
    }
    m_address = path;
    m_watchdog.setTimerType(Qt::CoarseTimer);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { send(QByteArrayLiteral("WATCHDOG=1")); });
}

ServiceNotifier::~ServiceNotifier()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

std::chrono::milliseconds ServiceNotifier::watchdogInterval() const
{
    if (!active())
        return std::chrono::milliseconds{0};
    // Half the unit's WatchdogSec, as sd_watchdog_enabled(3) advises.
    return std::chrono::duration_cast<std::chrono::milliseconds>(watchdogFromEnvironment() / 2);
}

bool ServiceNotifier::send(const QByteArray &message)
{
    if (!active())
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, m_address.constData(), size_t(m_address.size()));
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(m_address.size()));
    const ssize_t sent = ::sendto(m_socket, message.constData(), size_t(message.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    if (sent < 0) {
        qCWarning(lcServiceNotifier).noquote() << "systemd did not get" << message.left(message.indexOf('='))
                                               << "-" << std::strerror(errno);
        return false;
    }
    return true;
}

void ServiceNotifier::ready(const QString &status)
{
    if (m_ready) {
        setStatus(status);
        return;
    }
    m_ready = true;
    send(QByteArrayLiteral("READY=1\nSTATUS=") + status.toUtf8());
    if (const auto interval = watchdogInterval(); interval.count() > 0) {
        send(QByteArrayLiteral("WATCHDOG=1"));
        m_watchdog.start(interval);
    }
}

void ServiceNotifier::setStatus(const QString &status)
{
    send(QByteArrayLiteral("STATUS=") + status.toUtf8());
}

void ServiceNotifier::stopping()
{
    m_watchdog.stop();
    send(QByteArrayLiteral("STOPPING=1"));
}

} // namespace motcua
