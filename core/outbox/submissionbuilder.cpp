// SPDX-License-Identifier: GPL-3.0-or-later
#include "submissionbuilder.h"

#include "forms/formsession.h"

namespace motcua {

QDate SubmissionBuilder::appointment(const FormSession &session, const WorkingCalendar &calendar,
                                     const QDateTime &receivedAt)
{
    const ProcessingTime &time = session.procedure().processingTime;
    return calendar.appointment(receivedAt, time.workingDays,
                                QTime::fromString(time.nextDayAfter, QStringLiteral("HH:mm")));
}

Result<Submission> SubmissionBuilder::build(const FormSession &session, const QString &agencyCode,
                                            const WorkingCalendar &calendar, const QDateTime &receivedAt)
{
    const QList<FieldError> errors = session.validateAll();
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError &e : errors)
            lines.append(QStringLiteral("%1: %2").arg(e.path, e.problem.english));
        return Error{lines.join(u'\n')};
    }
    Submission s;
    s.agencyCode = agencyCode;
    s.procedureCode = session.procedure().code;
    s.procedureName = session.procedure().name;
    s.formVersion = session.definition().version;
    s.applicantName = session.applicantName();
    s.applicantIdNumber = session.applicantIdNumber();
    s.answers = session.submittedAnswers();
    s.computed = session.computedValues();
    s.deliveryMethod = s.answers.value(QStringLiteral("deliveryMethod")).toString(QStringLiteral("counter"));
    s.receivedAt = receivedAt;
    s.appointmentDate = appointment(session, calendar, receivedAt);
    return s;
}

} // namespace motcua
