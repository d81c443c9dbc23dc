// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/filingstore.h"

#include <QTimeZone>

namespace motcua::test {

// The n-th of a day's certified-copy filings (received at `firstAt` + n seconds, 14.000 đ), for
// the sync tests and bench-sync-drain.
[[nodiscard]] inline Submission sampleSubmission(int n, QTime firstAt = QTime(9, 0))
{
    Submission s;
    s.agencyCode = QStringLiteral("000.00.01.H01");
    s.procedureCode = QStringLiteral("2.000815");
    s.procedureName = QStringLiteral("Chứng thực bản sao từ bản chính");
    s.formVersion = 1;
    s.applicantName = QStringLiteral("Đặng Thị Thu");
    s.applicantIdNumber = QStringLiteral("001188089012");
    s.answers = {{QStringLiteral("phone"), QStringLiteral("0977888999")}, {QStringLiteral("n"), n}};
    s.deliveryMethod = QStringLiteral("counter");
    s.receivedAt = QDateTime(QDate(2026, 11, 23), firstAt.addSecs(n), QTimeZone("Asia/Ho_Chi_Minh"));
    s.appointmentDate = QDate(2026, 11, 24);
    s.fee.total = 14000;
    return s;
}

} // namespace motcua::test
