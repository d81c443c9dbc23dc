// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace motcua {

// Tells systemd how the kiosk is doing when it runs as a service (sd_notify protocol, no
// libsystemd needed): READY=1 once the first frame is on screen, WATCHDOG=1 at half the unit's
// WatchdogSec from the event loop — a frozen event loop stops the pings and systemd restarts
// the kiosk — and STATUS= lines for `systemctl status`. Outside systemd ($NOTIFY_SOCKET unset)
// it does nothing.
//
// The kiosk runs as a child of cage, so the unit says NotifyAccess=all and $WATCHDOG_PID names
// cage: the watchdog is served when $WATCHDOG_PID is this process or its parent.
class ServiceNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ServiceNotifier(QObject *parent = nullptr);
    ~ServiceNotifier() override;

    [[nodiscard]] bool active() const { return m_socket >= 0; }
    // Zero when systemd asked for no watchdog (or for another process's).
    [[nodiscard]] std::chrono::milliseconds watchdogInterval() const;

    // READY=1 with a status line; starts the watchdog pings. Later calls only update the status.
    void ready(const QString &status);
    void setStatus(const QString &status);
    // STOPPING=1: the kiosk is quitting on purpose.
    void stopping();

    // The raw message, as sent; false when there is no notify socket or it refused (the kiosk
    // does not care: outside systemd nobody listens).
    bool send(const QByteArray &message);

private:
    int m_socket = -1;
    QByteArray m_address; // sockaddr_un path; a leading NUL for the abstract namespace
    QTimer m_watchdog;
    bool m_ready = false;
};

} // namespace motcua
