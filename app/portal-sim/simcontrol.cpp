// SPDX-License-Identifier: GPL-3.0-or-later
#include "simcontrol.h"

#include "catalogoffer.h"
#include "common/jsonreader.h"
#include "faultplan.h"
#include "portalapi.h"
#include "portalstatus.h"
#include "simstats.h"
#include "simstore.h"

namespace motcua::sim {

namespace {

Reply invalid(const QString &message)
{
    return Reply::error(400, QStringLiteral("invalid"), message);
}

Reply internal(const QString &message)
{
    return Reply::error(500, QStringLiteral("internal"), message);
}

// The body as a JSON object, or what is wrong with it.
Result<QJsonObject> parseBody(const QByteArray &body)
{
    QStringList errors;
    const auto o = JsonReader(&errors).parseDocument(body);
    if (!o)
        return Error{errors.join(QStringLiteral("; "))};
    return *o;
}

} // namespace

Reply SimControl::putFaults(const QByteArray &body)
{
    const auto o = parseBody(body);
    const auto settings = o ? FaultSettings::fromJson(*o) : Result<FaultSettings>(Error{o.error()});
    if (!settings)
        return invalid(settings.error());
    m_faults.setSettings(settings.value());
    return Reply::json(200, settings->toJson());
}

Reply SimControl::postStatus(const QString &fileCode, const QByteArray &body)
{
    const auto o = parseBody(body);
    if (!o)
        return invalid(o.error());
    QStringList errors;
    const JsonReader reader(&errors);
    const auto status = reader.oneOf(*o, {}, QStringLiteral("status"), PortalStatus::names());
    const auto note = reader.string(*o, {}, QStringLiteral("note"), false);
    if (!errors.isEmpty())
        return invalid(errors.join(QStringLiteral("; ")));
    const auto found = m_store.appendStatus(fileCode, *PortalStatus::find(*status), note.value_or(QStringLiteral("")));
    if (!found)
        return internal(found.error());
    return m_api.filing(fileCode); // 404 when there is no such filing
}

Reply SimControl::postPayment(const QString &fileCode, const QByteArray &body)
{
    const auto o = parseBody(body);
    if (!o)
        return invalid(o.error());
    QStringList errors;
    const JsonReader reader(&errors);
    const auto state = reader.oneOf(*o, {}, QStringLiteral("state"), {QStringLiteral("paid"), QStringLiteral("unpaid")});
    const auto amount = reader.integer(*o, {}, QStringLiteral("amount"), 0, qint64(1) << 50);
    const auto method = reader.string(*o, {}, QStringLiteral("method"), false);
    const auto reference = reader.string(*o, {}, QStringLiteral("reference"), false);
    if (!errors.isEmpty())
        return invalid(errors.join(QStringLiteral("; ")));
    QJsonObject payment{{QStringLiteral("state"), *state},
                        {QStringLiteral("amount"), double(*amount)},
                        {QStringLiteral("method"), method.value_or(QStringLiteral(""))},
                        {QStringLiteral("reference"), reference.value_or(QStringLiteral(""))}};
    if (*state == QStringLiteral("paid"))
        payment.insert(QStringLiteral("paidAt"), SimStore::now());
    const auto found = m_store.setPayment(fileCode, payment);
    if (!found)
        return internal(found.error());
    return m_api.filing(fileCode);
}

Reply SimControl::putCatalog(const QByteArray &body)
{
    const auto o = parseBody(body);
    const auto offer = o ? CatalogOffer::fromJson(*o) : Result<CatalogOffer>(Error{o.error()});
    if (!offer)
        return invalid(offer.error());
    m_catalog = offer.value();
    return Reply::json(200, m_catalog.toJson());
}

Reply SimControl::filing(const QString &fileCode)
{
    const auto view = m_store.simView(fileCode);
    if (!view)
        return internal(view.error());
    if (!view.value())
        return Reply::error(404, QStringLiteral("not_found"), QStringLiteral("no filing %1 at the portal").arg(fileCode));
    return Reply::json(200, *view.value());
}

Reply SimControl::stats()
{
    const auto filings = m_store.filingCount();
    if (!filings)
        return internal(filings.error());
    const auto ratings = m_store.ratingCount();
    if (!ratings)
        return internal(ratings.error());
    QJsonObject o = m_stats.toJson(filings.value());
    o.insert(QStringLiteral("ratings"), ratings.value());
    return Reply::json(200, o);
}

} // namespace motcua::sim
