// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/filingstore.h"

#include <QDate>
#include <QStringList>
#include <QTimeZone>

namespace motcua::test {

// Fills a real outbox with a plausible stretch of a commune's counter, through FilingStore's own
// functions only (submit, the payment moves, delivery, the portal's statuses, ratings): no
// filings on Sundays, 8–22 on other days between 07:30 and 17:00 office time; six procedures
// (one name with a comma, one with quotes); some filed by a clerk on the citizen's behalf; fees
// waived by law, claimed exemptions (granted, refused, open), unknown amounts, bank transfers
// (confirmed, reported, seen by the portal), cash, unpaid; most sent, some failed or waiting;
// portal histories that reach result_ready, done, refused or withdrawn, or not yet; a third rated.
// The same seed gives the same filings.
struct FilingGenerator
{
    QTimeZone zone{QByteArrayLiteral("Asia/Ho_Chi_Minh")};
    quint32 seed = 8;
    int minPerDay = 8;
    int maxPerDay = 22;

    // Files the days from `first` to `last`; returns the file codes.
    QStringList fill(FilingStore &store, const QDate &first, const QDate &last) const;
    // One filing received at `at` (the generator's choices for everything else, from `pick`).
    static QString fileOne(FilingStore &store, const QDateTime &at, quint32 pick);
};

} // namespace motcua::test
