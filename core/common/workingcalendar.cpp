// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingcalendar.h"

#include <algorithm>

namespace motcua {

Result<WorkingCalendar> WorkingCalendar::fromIsoDates(const QStringList &dates)
{
    QSet<QDate> holidays;
    for (const QString &text : dates) {
        const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!day.isValid())
            return Error{QStringLiteral("'%1' is not a date like 2026-09-02").arg(text.trimmed())};
        holidays.insert(day);
    }
    return WorkingCalendar(std::move(holidays));
}

QStringList WorkingCalendar::isoDates() const
{
    QList<QDate> days(m_holidays.begin(), m_holidays.end());
    std::sort(days.begin(), days.end());
    QStringList text;
    for (const QDate &day : std::as_const(days))
        text.append(day.toString(Qt::ISODate));
    return text;
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    return day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QDate WorkingCalendar::nextWorkingDay(const QDate &after) const
{
    QDate day = after.addDays(1);
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

QDate WorkingCalendar::addWorkingDays(const QDate &start, int days) const
{
    QDate day = start;
    for (int i = 0; i < days; ++i)
        day = nextWorkingDay(day);
    return day;
}

QDate WorkingCalendar::appointment(const QDateTime &received, int workingDays, const QTime &nextDayAfter) const
{
    const QDate day = received.date();
    const bool late = nextDayAfter.isValid() && received.time() >= nextDayAfter;
    const QDate start = (isWorkingDay(day) && !late) ? day : nextWorkingDay(day);
    return addWorkingDays(start, workingDays);
}

} // namespace motcua
