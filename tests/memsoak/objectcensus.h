// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>

class QQuickWindow;

namespace motcua {

// What the kiosk process holds at one moment: memory from the kernel's view, live QObjects
// (counted through Qt's object hooks, in every thread), the QML window's objects and items,
// and the open SQLite connections.
struct ObjectCensus
{
    qint64 rssKb = 0;      // resident now (/proc/self/status VmRSS)
    qint64 peakRssKb = 0;  // highest resident so far (VmHWM)
    qint64 qobjects = -1;  // live QObjects made since install(); -1 without the hooks
    int windowObjects = 0; // QObjects under the window (screens, popups, their children)
    int quickItems = 0;    // visual items under the window's content item
    int sqlConnections = 0;
    QMap<QByteArray, int> byClass; // live QObjects by class name

    // The classes with more live objects than in `earlier`, "Class +N" each, most first.
    [[nodiscard]] QStringList grownSince(const ObjectCensus &earlier) const;

    // Installs the QObject add/remove hooks (chaining any that were there). Call first thing in
    // main(), before any QObject exists. False when this Qt has no hooks.
    static bool install();
    [[nodiscard]] static ObjectCensus take(QQuickWindow *window);
};

} // namespace motcua
