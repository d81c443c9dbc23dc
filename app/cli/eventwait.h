// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>

#include <functional>

namespace motcua::cli {

// Runs `start` and the event loop until it calls the function it is given (at once, or later
// from the loop): how a command waits for one asynchronous call.
inline void waitFor(const std::function<void(const std::function<void()> &)> &start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

} // namespace motcua::cli
