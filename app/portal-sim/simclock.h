// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace motcua::sim {

// The simulated portal's clock: the machine's, shifted by --clock-offset (to show a kiosk
// whose clock is wrong, as motcua diagnostics reports it). One per process.
namespace SimClock {

void setOffsetSeconds(qint64 seconds);
// Now, as the portal's clock says it (local time with its offset).
[[nodiscard]] QDateTime now();
// Now as an HTTP Date header value (IMF-fixdate, "Wed, 02 Dec 2026 16:50:50 GMT").
[[nodiscard]] QByteArray httpDate();

} // namespace SimClock

} // namespace motcua::sim
