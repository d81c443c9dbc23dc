// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/kioskconfig.h"
#include "diagnostics/healthcheck.h"
#include "outbox/portalclient.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace motcua {

// One GET /api/v1/ping with the kiosk's token, pin and a short timeout, read as three checks:
// "portal" (reachable and the token accepted: unreachable is degraded since the kiosk works
// offline; a refused token or key is broken), "portal.tls" (portal_pin_sha256 against the
// server's key; n/a for http or without a pin) and "clock" (this machine's clock against the
// portal's Date header: more than 5 min apart degraded, more than 1 h broken — file codes,
// appointment dates and TLS certificates follow the clock).
class PortalProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 5000;
    static constexpr qint64 kSkewDegradedSeconds = 5 * 60;
    static constexpr qint64 kSkewBrokenSeconds = 3600;

    explicit PortalProbe(const KioskConfig &config, int timeoutMs = kTimeoutMs, QObject *parent = nullptr);

    using Callback = std::function<void(const QList<HealthCheck> &)>;
    // Asks once; `done` gets the three checks on this object's thread.
    void run(Callback done);

    // The checks from a ping's reply that came `elapsedMs` after asking, read at `kioskNow`.
    [[nodiscard]] static QList<HealthCheck> read(const PortalReply &reply, const QUrl &portalUrl, bool pinned,
                                                 qint64 elapsedMs, const QDateTime &kioskNow);

private:
    PortalClient m_client;
    QUrl m_url;
    bool m_pinned = false;
    QElapsedTimer m_clock;
};

} // namespace motcua
