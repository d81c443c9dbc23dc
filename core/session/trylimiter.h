// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace motcua {

// Slows down guessing of a short secret (a clerk code, a kept draft's code): after `freeTries`
// wrong tries in a row, every further wrong try locks for `firstLockSeconds`, doubling with each
// one up to `maxLockSeconds`; a right try starts over. Kept in memory.
class TryLimiter
{
public:
    struct Policy
    {
        int freeTries;
        int firstLockSeconds;
        int maxLockSeconds;
    };
    explicit TryLimiter(Policy policy) : m_policy(policy) {}

    // Seconds the lock still holds at `now` (rounded up); 0 when a try may be made.
    [[nodiscard]] qint64 lockedSeconds(const QDateTime &now) const;
    // A wrong try at `now`; returns how many in a row.
    int failed(const QDateTime &now);
    void succeeded();

private:
    Policy m_policy;
    int m_wrong = 0;
    QDateTime m_lockedUntil;
};

} // namespace motcua
