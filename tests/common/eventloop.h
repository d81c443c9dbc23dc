// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <functional>

namespace motcua::test {

// Runs the event loop until `done` or `ms` have passed; returns `done()` (QTRY_* for Catch2).
// A short sleep between rounds: conditions that no Qt event wakes (a process's sound, a raw
// socket) are polled without spinning a core.
[[nodiscard]] inline bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

} // namespace motcua::test
