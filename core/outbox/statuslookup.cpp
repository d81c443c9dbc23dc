// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuslookup.h"

#include "outbox/filingstatus.h"

#include <QJsonArray>

namespace motcua {

StatusLookup::StatusLookup(FilingStore *store, PortalClient *portal, QString agencyCode, QTimeZone officeZone,
                           QObject *parent)
    : QObject(parent), m_store(store), m_portal(portal), m_agencyCode(std::move(agencyCode)),
      m_officeZone(std::move(officeZone))
{
}

void StatusLookup::clear()
{
    ++m_generation; // a reply still on its way is for nobody
    m_fileCode.clear();
    settle(QStringLiteral("idle"));
}

void StatusLookup::lookUp(const QString &typed)
{
    const int generation = ++m_generation;
    const auto code = FilingStatus::normalizeFileCode(typed, m_agencyCode);
    if (!code) {
        m_fileCode = typed.trimmed();
        settle(QStringLiteral("invalid"),
               tr("Mã hồ sơ chưa đúng. Mã có dạng %1-261123-0001; bạn cũng có thể chỉ nhập 10 số cuối, "
                  "hoặc quét mã QR trên giấy biên nhận.")
                   .arg(m_agencyCode));
        return;
    }
    m_fileCode = *code;
    const auto found = m_store->filingByCode(m_fileCode);
    const std::optional<Filing> local = found ? found.value() : std::nullopt;
    if (local && local->status != QLatin1String("sent")) {
        showLocal(*local, FilingStatus::notSentText(local->status));
        return;
    }
    settle(QStringLiteral("searching"));
    m_portal->fetchStatus(m_fileCode, [this, generation, local](const PortalReply &reply) {
        if (generation != m_generation)
            return;
        if (reply.ok()) {
            showPortal(reply.body, local);
            return;
        }
        if (local) {
            // Gone to the portal, which cannot be asked now: what the kiosk last heard.
            showLocal(*local, tr("Chưa hỏi được cổng dịch vụ công lúc này; đây là trạng thái máy biết gần nhất."));
            return;
        }
        if (reply.httpStatus == 404)
            settle(QStringLiteral("notFound"),
                   tr("Không tìm thấy hồ sơ %1. Hãy kiểm tra lại mã trên giấy biên nhận, hoặc hỏi cán bộ tại quầy.")
                       .arg(m_fileCode));
        else
            settle(QStringLiteral("unreachable"),
                   tr("Máy chưa kết nối được cổng dịch vụ công. Bạn thử lại sau ít phút, hoặc hỏi cán bộ tại quầy."));
    });
}

void StatusLookup::showLocal(const Filing &filing, const QString &note)
{
    const bool atPortal = filing.status == QLatin1String("sent") && filing.delivery.portalStatusCode > 0;
    m_statusCode = atPortal ? filing.delivery.portalStatusCode : 0;
    m_statusText = atPortal ? FilingStatus::citizenText(m_statusCode) : FilingStatus::notSentText(filing.status);
    m_note = note;
    m_procedureName = filing.submission.procedureName;
    m_appointmentText = Submission::shownDayText(filing.submission.appointmentDate);
    const auto history = m_store->portalHistory(filing.fileCode);
    m_history = atPortal && history ? historyOf(history.value()) : QVariantList{};
    settle(QStringLiteral("found"));
}

void StatusLookup::showPortal(const QJsonObject &body, const std::optional<Filing> &local)
{
    if (local)
        (void)m_store->recordPortalStatus(m_fileCode, body);
    m_statusCode = body.value(QStringLiteral("statusCode")).toInt();
    m_statusText = FilingStatus::citizenText(m_statusCode);
    m_note.clear();
    m_procedureName = local ? local->submission.procedureName : body.value(QStringLiteral("procedureName")).toString();
    m_appointmentText =
        Submission::shownDayText(QDate::fromString(body.value(QStringLiteral("appointmentDate")).toString(), Qt::ISODate));
    m_history = historyOf(body.value(QStringLiteral("history")).toArray());
    settle(QStringLiteral("found"));
}

QVariantList StatusLookup::historyOf(const QJsonArray &entries) const
{
    QVariantList list;
    for (const QJsonValue &e : entries) {
        const QDateTime at = QDateTime::fromString(e[QStringLiteral("at")].toString(), Qt::ISODate);
        list.append(QVariantMap{{QStringLiteral("when"), Submission::shownTimeText(at.toTimeZone(m_officeZone))},
                                {QStringLiteral("text"), FilingStatus::citizenText(e[QStringLiteral("statusCode")].toInt())},
                                {QStringLiteral("note"), e[QStringLiteral("note")].toString()}});
    }
    return list;
}

void StatusLookup::settle(const QString &state, const QString &message)
{
    m_state = state;
    m_message = message;
    if (state != QLatin1String("found")) {
        m_statusText.clear();
        m_statusCode = 0;
        m_note.clear();
        m_procedureName.clear();
        m_appointmentText.clear();
        m_history.clear();
    }
    Q_EMIT changed();
}

} // namespace motcua
