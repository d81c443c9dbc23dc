// SPDX-License-Identifier: GPL-3.0-or-later
#include "portalapi.h"

#include "catalogoffer.h"
#include "common/jsonreader.h"
#include "filingvalidator.h"
#include "simstats.h"
#include "simstore.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QUrlQuery>
#include <QUuid>

namespace motcua::sim {

namespace {

constexpr qint64 kMaxBody = 20 * 1024 * 1024;

Reply invalid(const QString &message)
{
    return Reply::error(400, QStringLiteral("invalid"), message);
}

// The body as a JSON object that passes `validate`, or everything that is wrong with it.
Result<QJsonObject> validBody(const QByteArray &body, Status (*validate)(const QJsonObject &))
{
    QStringList errors;
    const auto o = JsonReader(&errors).parseDocument(body);
    if (!o)
        return Error{errors.join(QStringLiteral("; "))};
    if (const Status valid = validate(*o); !valid)
        return Error{valid.error()};
    return *o;
}

} // namespace

QByteArray PortalApi::header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Reply PortalApi::ping() const
{
    return Reply::json(200, {{QStringLiteral("protocol"), 1}, {QStringLiteral("time"), SimStore::now()}});
}

Reply PortalApi::postFiling(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.size() > kMaxBody)
        return Reply::error(413, QStringLiteral("too_large"),
                            QStringLiteral("the body has %1 bytes, over 20 MiB").arg(body.size()));
    const QByteArray key = header(request, "Idempotency-Key").trimmed();
    if (key.isEmpty())
        return invalid(QStringLiteral("Idempotency-Key: missing"));
    const QUuid uuid = QUuid::fromString(QLatin1String(key));
    if (uuid.isNull())
        return invalid(QStringLiteral("Idempotency-Key: not a UUID"));

    const auto filing = validBody(body, &FilingValidator::validate);
    if (!filing)
        return invalid(filing.error());

    const auto text = [&](const char *name) { return filing->value(QLatin1String(name)).toString().trimmed(); };
    const auto receipt = m_store.store({uuid.toString(QUuid::WithoutBraces),
                                        QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex(),
                                        text("fileCode"), text("procedureCode"), text("receivedAt"),
                                        text("appointmentDate"), text("filedOnBehalfBy")});
    if (!receipt)
        return Reply::error(500, QStringLiteral("internal"), receipt.error());
    switch (receipt->kind) {
    case FilingReceipt::Kind::Created:
        return Reply::raw(201, receipt->reply);
    case FilingReceipt::Kind::Replayed:
        ++m_stats.replays;
        return Reply::raw(200, receipt->reply);
    case FilingReceipt::Kind::KeyMismatch:
        return Reply::error(422, QStringLiteral("idempotency_mismatch"),
                            QStringLiteral("this Idempotency-Key was used with a different body"));
    case FilingReceipt::Kind::FileCodeTaken:
        ++m_stats.duplicates;
        return Reply::error(422, QStringLiteral("file_code_taken"),
                            QStringLiteral("file code %1 belongs to another Idempotency-Key").arg(text("fileCode")));
    }
    return Reply::error(500, QStringLiteral("internal"), QStringLiteral("unexpected receipt"));
}

Reply PortalApi::filing(const QString &fileCode)
{
    const auto found = m_store.filing(fileCode);
    if (!found)
        return Reply::error(500, QStringLiteral("internal"), found.error());
    if (!found.value())
        return Reply::error(404, QStringLiteral("not_found"), QStringLiteral("no filing %1 at the portal").arg(fileCode));
    return Reply::json(200, *found.value());
}

Reply PortalApi::putRating(const QString &fileCode, const QByteArray &body)
{
    const auto rating = validBody(body, &FilingValidator::validateRating);
    if (!rating)
        return invalid(rating.error());
    const auto stored = m_store.putRating(fileCode, *rating);
    if (!stored)
        return Reply::error(500, QStringLiteral("internal"), stored.error());
    if (stored.value() == RatingOutcome::NotFound)
        return Reply::error(404, QStringLiteral("not_found"), QStringLiteral("no filing %1 at the portal").arg(fileCode));
    return Reply::json(200, {{QStringLiteral("fileCode"), fileCode},
                             {QStringLiteral("rating"), rating->value(QStringLiteral("rating"))},
                             {QStringLiteral("reasons"), rating->value(QStringLiteral("reasons"))},
                             {QStringLiteral("ratedAt"), rating->value(QStringLiteral("ratedAt"))}});
}

Reply PortalApi::catalog(const QHttpServerRequest &request) const
{
    const QString since = request.query().queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
    if (!m_catalog.isNewerThan(since))
        return Reply::noContent();
    return Reply::json(200, m_catalog.toJson());
}

} // namespace motcua::sim
