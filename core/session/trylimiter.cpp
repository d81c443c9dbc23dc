// SPDX-License-Identifier: GPL-3.0-or-later
#include "trylimiter.h"

#include <algorithm>

namespace motcua {

qint64 TryLimiter::lockedSeconds(const QDateTime &now) const
{
    if (!m_lockedUntil.isValid() || now >= m_lockedUntil)
        return 0;
    return now.secsTo(m_lockedUntil) + 1;
}

int TryLimiter::failed(const QDateTime &now)
{
    ++m_wrong;
    if (m_wrong >= m_policy.freeTries)
        m_lockedUntil = now.addSecs(std::min(m_policy.firstLockSeconds << std::min(m_wrong - m_policy.freeTries, 5),
                                             m_policy.maxLockSeconds));
    return m_wrong;
}

void TryLimiter::succeeded()
{
    m_wrong = 0;
    m_lockedUntil = {};
}

} // namespace motcua
