// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/workingcalendar.h"
#include "outbox/filingstore.h"

#include <QTimeZone>

namespace motcua {

class FormSession;

// Turns a finished form into what the outbox keeps: the visible answers, the computed values,
// the filer, and the appointment date from the procedure's processing time in working days
// ("after 15:00 counts as the next day" where the procedure says so).
class SubmissionBuilder
{
public:
    // Fails, listing every problem in English, when the form still has errors. `receivedAt`
    // is taken in `officeZone`: its date is the file-code day and the cut-off is local time.
    [[nodiscard]] static Result<Submission> build(const FormSession &session, const QString &agencyCode,
                                                  const WorkingCalendar &calendar,
                                                  const QDateTime &receivedAt, const QTimeZone &officeZone);
    // The ids of the photos the answers refer to (documents, photo fields, in groups too).
    [[nodiscard]] static QStringList photoIds(const QJsonObject &answers);
    [[nodiscard]] static QDate appointment(const FormSession &session, const WorkingCalendar &calendar,
                                           const QDateTime &receivedAt);
};

} // namespace motcua
