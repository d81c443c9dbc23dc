// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/servicenotifier.h"

#include <QObject>

#include <memory>

class QQuickWindow;
class QSocketNotifier;

namespace motcua {

class SyncEngine;

// The kiosk as a long-running service (the motcua-kiosk.service unit under cage): tells systemd
// when the first frame is on screen and keeps its watchdog fed from the event loop, shows the
// outbox in `systemctl status`, quits cleanly on SIGTERM/SIGINT (databases closed, not cut off),
// and — full screen — ignores requests to close the window, so a citizen has no way out.
class ServiceSession : public QObject
{
    Q_OBJECT
public:
    ServiceSession(QQuickWindow *window, const SyncEngine *sync, bool lockedDown, QObject *parent = nullptr);
    ~ServiceSession() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void installSignalHandlers();
    void publishStatus();

    ServiceNotifier m_notifier;
    const SyncEngine *m_sync;
    bool m_lockedDown;
    bool m_stopping = false;
    std::unique_ptr<QSocketNotifier> m_signals;
};

} // namespace motcua
