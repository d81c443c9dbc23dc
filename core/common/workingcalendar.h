// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTime>

namespace motcua {

// Working days of a commune office: Monday to Friday, except public holidays (a list the
// province configures, since Tết follows the lunar calendar).
class WorkingCalendar
{
public:
    explicit WorkingCalendar(QSet<QDate> holidays = {}) : m_holidays(std::move(holidays)) {}
    // From "2026-02-16,2026-02-17,…" (ISO dates); an error names the entry that is not a date.
    [[nodiscard]] static Result<WorkingCalendar> fromIsoDates(const QStringList &dates);

    // The holidays, sorted, as ISO dates.
    [[nodiscard]] QStringList isoDates() const;
    [[nodiscard]] bool isWorkingDay(const QDate &day) const;
    [[nodiscard]] QDate nextWorkingDay(const QDate &after) const;
    // `days` working days after `start` (which itself need not be a working day).
    [[nodiscard]] QDate addWorkingDays(const QDate &start, int days) const;
    // The day the result is due for a filing received at `received` that takes `workingDays`
    // (0 = same day). Received on a day off, or at/after `nextDayAfter` (when valid), the
    // count starts on the next working day.
    [[nodiscard]] QDate appointment(const QDateTime &received, int workingDays,
                                    const QTime &nextDayAfter = {}) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace motcua
