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

namespace {

void collectPhotoIds(const QJsonValue &value, QStringList *ids)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectPhotoIds(item, ids);
        return;
    }
    const QJsonObject object = value.toObject();
    const QJsonObject photo = object.value(QStringLiteral("photo")).toObject();
    if (!photo.isEmpty())
        collectPhotoIds(photo, ids);
    // A photo answer is exactly { id, name }.
    if (object.size() == 2 && object.contains(QStringLiteral("id")) && object.contains(QStringLiteral("name")))
        ids->append(object.value(QStringLiteral("id")).toString());
    else
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it.key() != QLatin1String("photo") && (it->isObject() || it->isArray()))
                collectPhotoIds(*it, ids);
}

} // namespace

QStringList SubmissionBuilder::photoIds(const QJsonObject &answers)
{
    QStringList ids;
    collectPhotoIds(answers, &ids);
    ids.removeDuplicates();
    return ids;
}

Result<Submission> SubmissionBuilder::build(const FormSession &session, const QString &agencyCode,
                                            const WorkingCalendar &calendar, const QDateTime &receivedAtAnywhere,
                                            const QTimeZone &officeZone)
{
    const QDateTime receivedAt = receivedAtAnywhere.toTimeZone(officeZone);
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
    s.attachmentIds = photoIds(s.answers);
    return s;
}

} // namespace motcua
