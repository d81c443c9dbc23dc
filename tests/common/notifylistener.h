// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventloop.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <functional>

namespace motcua::test {

// What systemd's notify socket would receive: a real AF_UNIX datagram socket in a temporary
// folder, to point $NOTIFY_SOCKET at. Messages are collected while the event loop runs.
class NotifyListener
{
public:
    NotifyListener()
    {
        m_path = m_dir.filePath(QStringLiteral("notify")).toLocal8Bit();
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, m_path.constData(), sizeof(address.sun_path) - 1);
        m_bound = m_fd >= 0 && ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    }
    ~NotifyListener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    NotifyListener(const NotifyListener &) = delete;
    NotifyListener &operator=(const NotifyListener &) = delete;

    [[nodiscard]] bool bound() const { return m_bound; }
    [[nodiscard]] QByteArray path() const { return m_path; }

    // Every message received so far (each datagram is one entry).
    [[nodiscard]] const QList<QByteArray> &messages()
    {
        drain();
        return m_messages;
    }
    [[nodiscard]] int count(const QByteArray &message)
    {
        drain();
        int n = 0;
        for (const QByteArray &m : std::as_const(m_messages))
            n += m == message || m.startsWith(QByteArray(message).append('\n')) ? 1 : 0;
        return n;
    }
    // Runs the event loop until `done` (with what has arrived) or the timeout; true when done.
    bool waitFor(const std::function<bool()> &done, int timeoutMs)
    {
        return waitUntil([&] {
            drain();
            return done();
        }, timeoutMs);
    }

private:
    void drain()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
            if (n < 0)
                return;
            m_messages.append(QByteArray(buffer, n));
        }
    }

    QTemporaryDir m_dir;
    QByteArray m_path;
    int m_fd = -1;
    bool m_bound = false;
    QList<QByteArray> m_messages;
};

} // namespace motcua::test
