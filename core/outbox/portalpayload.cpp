// SPDX-License-Identifier: GPL-3.0-or-later
#include "portalpayload.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace motcua {

Result<QByteArray> portalPayload(const FilingStore &store, const Filing &filing)
{
    const auto attachments = store.attachmentsOfFiling(filing.id);
    if (!attachments)
        return Error{attachments.error()};
    QJsonArray photos;
    for (const AttachmentInfo &a : attachments.value()) {
        const auto data = store.attachmentData(a.id);
        if (!data)
            return Error{data.error()};
        photos.append(QJsonObject{{QStringLiteral("id"), a.id},
                                  {QStringLiteral("name"), a.name},
                                  {QStringLiteral("mimeType"), a.mimeType},
                                  {QStringLiteral("sha256"), a.sha256},
                                  {QStringLiteral("size"), data.value().size()},
                                  {QStringLiteral("data"), QString::fromLatin1(data.value().toBase64())}});
    }
    const Submission &s = filing.submission;
    QJsonObject body{
        {QStringLiteral("fileCode"), filing.fileCode},
        {QStringLiteral("agencyCode"), s.agencyCode},
        {QStringLiteral("procedureCode"), s.procedureCode},
        {QStringLiteral("procedureName"), s.procedureName},
        {QStringLiteral("formVersion"), s.formVersion},
        {QStringLiteral("receivedAt"), s.receivedAt.toString(Qt::ISODate)},
        {QStringLiteral("appointmentDate"), s.appointmentDate.toString(Qt::ISODate)},
        {QStringLiteral("deliveryMethod"), s.deliveryMethod},
        {QStringLiteral("applicant"),
         QJsonObject{{QStringLiteral("name"), s.applicantName}, {QStringLiteral("idNumber"), s.applicantIdNumber}}},
        {QStringLiteral("answers"), s.answers},
        {QStringLiteral("computed"), s.computed},
        {QStringLiteral("fee"), s.fee.toJson()},
        {QStringLiteral("attachments"), photos}};
    // Only when a clerk filed: the bodies of filings from before version 4 stay byte for byte the same.
    if (!s.filedBy.isEmpty())
        body.insert(QStringLiteral("filedOnBehalfBy"), s.filedBy);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray ratingPayload(const Rating &rating)
{
    const QJsonObject body{{QStringLiteral("rating"), rating.key},
                           {QStringLiteral("reasons"), QJsonArray::fromStringList(rating.reasons)},
                           {QStringLiteral("ratedAt"), rating.ratedAt.toUTC().toString(Qt::ISODate)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace motcua
