// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/workingcalendar.h"
#include "testsupport.h"

using namespace motcua;

namespace {
// 2026-11-23 is a Monday.
QDateTime at(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}
} // namespace

TEST_CASE("weekends are skipped", "[calendar]")
{
    const WorkingCalendar cal;
    CHECK(cal.isWorkingDay(QDate(2026, 11, 23)));
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 11, 28))); // Saturday
    CHECK(cal.appointment(at(2026, 11, 23), 3) == QDate(2026, 11, 26));  // Mon + 3 → Thu
    CHECK(cal.appointment(at(2026, 11, 26), 3) == QDate(2026, 12, 1));   // Thu + 3 → Tue
    CHECK(cal.appointment(at(2026, 11, 28), 0) == QDate(2026, 11, 30));  // Sat, same day → Mon
    CHECK(cal.appointment(at(2026, 11, 29), 7) == QDate(2026, 12, 9));   // Sun + 7 → counted from Mon
}

TEST_CASE("same-day procedures after 15:00 count as next day", "[calendar]")
{
    const WorkingCalendar cal;
    const QTime cutoff(15, 0);
    CHECK(cal.appointment(at(2026, 11, 23, 14, 59), 0, cutoff) == QDate(2026, 11, 23));
    CHECK(cal.appointment(at(2026, 11, 23, 15, 0), 0, cutoff) == QDate(2026, 11, 24));
    CHECK(cal.appointment(at(2026, 11, 27, 16, 30), 0, cutoff) == QDate(2026, 11, 30)); // Fri late → Mon
    CHECK(cal.appointment(at(2026, 11, 23, 16, 0), 0) == QDate(2026, 11, 23));          // no cut-off
}

TEST_CASE("public holidays are skipped", "[calendar]")
{
    // Quốc khánh 2026: 1–2 September (Tuesday, Wednesday).
    auto cal = WorkingCalendar::fromIsoDates({QStringLiteral("2026-09-01"), QStringLiteral(" 2026-09-02 ")});
    REQUIRE(cal.ok());
    CHECK_FALSE(cal->isWorkingDay(QDate(2026, 9, 2)));
    CHECK(cal->appointment(at(2026, 8, 31), 3) == QDate(2026, 9, 7)); // Mon + 3 skipping Tue, Wed → next Mon
    CHECK(cal->appointment(at(2026, 9, 1), 0) == QDate(2026, 9, 3));  // received on a holiday
    CHECK(cal->addWorkingDays(QDate(2026, 8, 28), 1) == QDate(2026, 8, 31));
}

TEST_CASE("a bad holiday entry is named", "[calendar]")
{
    const auto cal = WorkingCalendar::fromIsoDates({QStringLiteral("2026-09-02"), QStringLiteral("2/9/2026")});
    REQUIRE_FALSE(cal.ok());
    CHECK(cal.error() == QStringLiteral("'2/9/2026' is not a date like 2026-09-02"));
    CHECK_FALSE(WorkingCalendar::fromIsoDates({QStringLiteral("2026-02-30")}).ok());
}
