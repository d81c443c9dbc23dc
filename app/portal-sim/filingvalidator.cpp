// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingvalidator.h"

#include "common/jsonreader.h"
#include "outbox/satisfaction.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace motcua::sim {

namespace {

constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;

void checkAttachment(const QJsonObject &a, const QString &path, const JsonReader &reader)
{
    for (const QString &key : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("mimeType")})
        (void)reader.string(a, path, key);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const auto sha = reader.string(a, path, QStringLiteral("sha256"));
    if (sha && !hex.match(*sha).hasMatch())
        reader.fail(JsonReader::join(path, QStringLiteral("sha256")), QStringLiteral("must be 64 hex digits"));
    const auto size = reader.integer(a, path, QStringLiteral("size"), 0, kMaxAttachmentBytes);
    const QJsonValue data = a.value(QStringLiteral("data"));
    const QString dataPath = JsonReader::join(path, QStringLiteral("data"));
    if (!data.isString()) {
        reader.fail(dataPath, data.isUndefined() ? QStringLiteral("missing") : QStringLiteral("must be a string"));
        return;
    }
    const auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        reader.fail(dataPath, QStringLiteral("is not base64"));
        return;
    }
    const QByteArray bytes = decoded.decoded;
    if (size && *size != bytes.size()) {
        reader.fail(JsonReader::join(path, QStringLiteral("size")),
                    QStringLiteral("%1 bytes given, the data has %2").arg(*size).arg(bytes.size()));
    }
    if (sha && hex.match(*sha).hasMatch()
        && QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha->toLower().toLatin1())
        reader.fail(JsonReader::join(path, QStringLiteral("sha256")), QStringLiteral("does not match the data"));
}

// A required time: ISO 8601 with an offset (or Z).
void checkTime(const QJsonObject &o, const QString &key, const JsonReader &reader)
{
    static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (const auto at = reader.string(o, {}, key);
        at && (!QDateTime::fromString(*at, Qt::ISODate).isValid() || !withOffset.match(*at).hasMatch()))
        reader.fail(key, QStringLiteral("must be an ISO 8601 time with an offset"));
}

} // namespace

Status FilingValidator::validateRating(const QJsonObject &o)
{
    QStringList errors;
    const JsonReader reader(&errors);
    const auto rating = reader.oneOf(o, {}, QStringLiteral("rating"), Satisfaction::ratingKeys());
    const auto reasons = reader.stringList(o, {}, QStringLiteral("reasons"), 0);
    checkTime(o, QStringLiteral("ratedAt"), reader);
    if (rating && reasons) {
        if (const Status known = Satisfaction::check(*rating, *reasons); !known)
            reader.fail(QStringLiteral("reasons"), known.error());
    }
    if (!errors.isEmpty())
        return Error{errors.join(QStringLiteral("; "))};
    return Done{};
}

Status FilingValidator::validate(const QJsonObject &o)
{
    QStringList errors;
    const JsonReader reader(&errors);
    for (const QString &key : {QStringLiteral("fileCode"), QStringLiteral("agencyCode"), QStringLiteral("procedureCode")})
        (void)reader.string(o, {}, key);

    checkTime(o, QStringLiteral("receivedAt"), reader);
    if (const auto day = reader.string(o, {}, QStringLiteral("appointmentDate"));
        day && (day->size() != 10 || !QDate::fromString(*day, Qt::ISODate).isValid()))
        reader.fail(QStringLiteral("appointmentDate"), QStringLiteral("must be an ISO 8601 date"));

    if (const auto applicant = reader.object(o, {}, QStringLiteral("applicant"))) {
        (void)reader.string(*applicant, QStringLiteral("applicant"), QStringLiteral("name"));
        (void)reader.string(*applicant, QStringLiteral("applicant"), QStringLiteral("idNumber"), false);
    }
    (void)reader.object(o, {}, QStringLiteral("answers"));

    // Optional, but typed when present.
    for (const QString &key : {QStringLiteral("procedureName"), QStringLiteral("deliveryMethod"),
                               QStringLiteral("filedOnBehalfBy")})
        (void)reader.string(o, {}, key, false);
    (void)reader.integer(o, {}, QStringLiteral("formVersion"), 0, 1000000, false);
    for (const QString &key : {QStringLiteral("computed"), QStringLiteral("fee"), QStringLiteral("payment")})
        (void)reader.object(o, {}, key, false);

    if (const auto attachments = reader.array(o, {}, QStringLiteral("attachments"), false)) {
        for (qsizetype i = 0; i < attachments->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("attachments"), i);
            if (const auto a = reader.objectAt(*attachments, i, QStringLiteral("attachments")))
                checkAttachment(*a, path, reader);
        }
    }
    if (!errors.isEmpty())
        return Error{errors.join(QStringLiteral("; "))};
    return Done{};
}

} // namespace motcua::sim
