// SPDX-License-Identifier: GPL-3.0-or-later
// How filings travel to the portal (FilingStore's delivery states, docs/portal-protocol.md).
#include "filingstore.h"

#include "outbox/outboxsql.h"
#include "storage/database.h"

namespace motcua {

using namespace outboxsql;

namespace {

// Statuses after which the portal has nothing more to say of a filing.
const QString kFinishedStatuses = QStringLiteral("('done', 'refused', 'withdrawn')");

} // namespace

QJsonObject Delivery::toJson() const
{
    QJsonObject o{{QStringLiteral("lastError"), lastError},
                  {QStringLiteral("portalId"), portalId},
                  {QStringLiteral("portalStatus"), portalStatus},
                  {QStringLiteral("portalStatusCode"), portalStatusCode}};
    const auto time = [&](const char *key, const QDateTime &at) {
        if (at.isValid())
            o.insert(QLatin1String(key), at.toString(Qt::ISODate));
    };
    time("nextAttemptAt", nextAttemptAt);
    time("sentAt", sentAt);
    time("portalCheckedAt", portalCheckedAt);
    time("purgedAt", purgedAt);
    return o;
}

QJsonObject OutboxStats::toJson() const
{
    QJsonObject o{{QStringLiteral("queued"), queued},
                  {QStringLiteral("sent"), sent},
                  {QStringLiteral("failed"), failed},
                  {QStringLiteral("purged"), purged}};
    if (oldestWaiting.isValid())
        o.insert(QStringLiteral("oldestWaiting"), oldestWaiting.toString(Qt::ISODate));
    return o;
}

Result<std::optional<Filing>> FilingStore::nextDue(const QDateTime &at) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE status = 'queued' AND "
                             "(next_attempt_at IS NULL OR next_attempt_at <= :at) "
                             "ORDER BY received_at, file_code LIMIT 1")
                  .arg(kFilingColumns));
    q.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, "finding the next filing to send");
    if (!q.next())
        return std::optional<Filing>();
    return std::optional<Filing>(filingFromRow(q));
}

Result<QDateTime> FilingStore::nextDueTime() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*), min(coalesce(next_attempt_at, '')) FROM outbox WHERE status = 'queued'")))
        return sqlError(q, "finding when the next filing is due");
    if (!q.next() || q.value(0).toInt() == 0)
        return QDateTime();
    const QString at = q.value(1).toString();
    // A filing without a back-off is due now.
    return at.isEmpty() ? QDateTime::currentDateTimeUtc() : QDateTime::fromString(at, Qt::ISODateWithMs);
}

namespace {

// UPDATE outbox SET <assignments>, updated_at = now WHERE id = :id [AND <guard>]; fails when no
// row matched (unknown id, or a state the move does not start from).
Status updateFiling(QSqlDatabase &db, const QString &id, const QString &assignments, const QString &guard,
                    const QVariantHash &values, const char *what)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET %1, updated_at = :updated WHERE id = :id%2")
                  .arg(assignments, guard.isEmpty() ? QString() : QStringLiteral(" AND ") + guard));
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":updated"), now());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return sqlError(q, what);
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("%1 failed: no such filing in that state").arg(QLatin1String(what))};
    return Done{};
}

} // namespace

Status FilingStore::markSending(const QString &id)
{
    return updateFiling(m_db, id, QStringLiteral("status = 'sending', attempts = attempts + 1"),
                        QStringLiteral("status = 'queued'"), {}, "marking a filing sending");
}

Status FilingStore::markSent(const QString &id, const QJsonObject &reply)
{
    // One statement, one transaction: the acknowledgement is stored with the status or not at all.
    return Database::transaction(m_db, [&]() -> Status {
        return updateFiling(
            m_db, id,
            QStringLiteral("status = 'sent', sent_at = :sent, portal_id = :portalId, portal_reply = :reply, "
                           "portal_status = :status, portal_status_code = :code, last_error = NULL, "
                           "next_attempt_at = NULL"),
            QStringLiteral("status IN ('queued', 'sending')"),
            {{QStringLiteral(":sent"), now()},
             {QStringLiteral(":portalId"), notNull(reply.value(QStringLiteral("portalId")).toString())},
             {QStringLiteral(":reply"), toJsonText(reply)},
             {QStringLiteral(":status"), notNull(reply.value(QStringLiteral("status")).toString())},
             {QStringLiteral(":code"), reply.value(QStringLiteral("statusCode")).toInt()}},
            "storing the portal's acknowledgement");
    });
}

Status FilingStore::deferDelivery(const QString &id, const QString &error, const QDateTime &notBefore)
{
    return updateFiling(m_db, id, QStringLiteral("status = 'queued', last_error = :error, next_attempt_at = :next"),
                        QStringLiteral("status IN ('queued', 'sending')"),
                        {{QStringLiteral(":error"), notNull(error)}, {QStringLiteral(":next"), timeOrNull(notBefore)}},
                        "deferring a filing");
}

Status FilingStore::markFailed(const QString &id, const QString &error)
{
    return updateFiling(m_db, id, QStringLiteral("status = 'failed', last_error = :error, next_attempt_at = NULL"),
                        QStringLiteral("status IN ('queued', 'sending')"), {{QStringLiteral(":error"), notNull(error)}},
                        "marking a filing failed");
}

Result<int> FilingStore::makeAllDue()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL WHERE status = 'queued'")))
        return sqlError(q, "making the queued filings due");
    return q.numRowsAffected();
}

Result<int> FilingStore::requeueInterrupted()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE outbox SET status = 'queued' WHERE status = 'sending'")))
        return sqlError(q, "queueing interrupted sends again");
    return q.numRowsAffected();
}

Status FilingStore::retry(const QString &idOrFileCode)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET status = 'queued', next_attempt_at = NULL, updated_at = :now "
                             "WHERE (id = :key OR file_code = :code) AND status IN ('failed', 'queued')"));
    q.bindValue(QStringLiteral(":now"), now());
    q.bindValue(QStringLiteral(":key"), idOrFileCode);
    q.bindValue(QStringLiteral(":code"), idOrFileCode);
    if (!q.exec())
        return sqlError(q, "queueing a filing again");
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("no failed or waiting filing %1 in the outbox").arg(idOrFileCode)};
    return Done{};
}

Result<int> FilingStore::purgeSent(const QDateTime &sentBefore)
{
    int purged = 0;
    const Status done = Database::transaction(m_db, [&]() -> Status {
        const QString before = sentBefore.toUTC().toString(Qt::ISODateWithMs);
        QSqlQuery photos(m_db);
        photos.prepare(QStringLiteral("DELETE FROM attachments WHERE filing_id IN (SELECT id FROM outbox WHERE "
                                      "status = 'sent' AND sent_at <= :before)"));
        photos.bindValue(QStringLiteral(":before"), before);
        if (!photos.exec())
            return sqlError(photos, "deleting the photos of sent filings");
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE outbox SET answers = '{}', computed = '{}', applicant_name = '', "
                                 "applicant_id = '', portal_reply = '', purged_at = :now WHERE status = 'sent' "
                                 "AND sent_at <= :before AND purged_at IS NULL"));
        q.bindValue(QStringLiteral(":now"), now());
        q.bindValue(QStringLiteral(":before"), before);
        if (!q.exec())
            return sqlError(q, "deleting the personal data of sent filings");
        purged = q.numRowsAffected();
        return Done{};
    });
    if (!done)
        return Error{done.error()};
    return purged;
}

Status FilingStore::recordPortalStatus(const QString &fileCode, const QJsonObject &statusReply)
{
    const QString status = statusReply.value(QStringLiteral("status")).toString();
    const int statusCode = statusReply.value(QStringLiteral("statusCode")).toInt();
    const QJsonArray history = statusReply.value(QStringLiteral("history")).toArray();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET portal_status = :status, portal_status_code = :code, "
                             "portal_history = :history, portal_checked_at = :now WHERE file_code = :fileCode"));
    q.bindValue(QStringLiteral(":status"), notNull(status));
    q.bindValue(QStringLiteral(":code"), statusCode);
    q.bindValue(QStringLiteral(":history"), QString::fromUtf8(QJsonDocument(history).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":now"), now());
    q.bindValue(QStringLiteral(":fileCode"), fileCode);
    if (!q.exec())
        return sqlError(q, "recording the portal's status");
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("no filing %1 in the outbox").arg(fileCode)};
    return Done{};
}

Result<QList<Filing>> FilingStore::sentToCheck(const QDateTime &checkedBefore, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE status = 'sent' AND portal_status NOT IN %2 AND "
                             "coalesce(portal_checked_at, '') < :before ORDER BY coalesce(portal_checked_at, ''), "
                             "sent_at LIMIT :limit")
                  .arg(kFilingColumns, kFinishedStatuses));
    q.bindValue(QStringLiteral(":before"), checkedBefore.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":limit"), limit);
    return filingsFrom(q, "listing sent filings to check");
}

Result<QJsonArray> FilingStore::portalHistory(const QString &fileCode) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT portal_history FROM outbox WHERE file_code = :code"));
    q.bindValue(QStringLiteral(":code"), fileCode);
    if (!q.exec())
        return sqlError(q, "reading the portal's history");
    if (!q.next())
        return Error{QStringLiteral("no filing %1 in the outbox").arg(fileCode)};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
}

Result<OutboxStats> FilingStore::stats() const
{
    return statsOf(m_db);
}

Result<OutboxStats> FilingStore::statsOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "WITH oldest AS (SELECT received_at, file_code FROM outbox WHERE status IN ('queued', 'sending') "
            "ORDER BY julianday(received_at) LIMIT 1) "
            "SELECT sum(status IN ('queued', 'sending')), sum(status = 'sent'), sum(status = 'failed'), "
            "sum(purged_at IS NOT NULL), (SELECT received_at FROM oldest), (SELECT file_code FROM oldest) FROM outbox"))
        || !q.next())
        return sqlError(q, "counting the outbox");
    OutboxStats s;
    s.queued = q.value(0).toInt();
    s.sent = q.value(1).toInt();
    s.failed = q.value(2).toInt();
    s.purged = q.value(3).toInt();
    s.oldestWaiting = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    s.oldestWaitingFileCode = q.value(5).toString();
    return s;
}

Status FilingStore::recordPortalContact(const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO portal_contact (id, last_success_at) VALUES (1, :at) "
                             "ON CONFLICT (id) DO UPDATE SET last_success_at = excluded.last_success_at"));
    q.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, "recording the portal's answer");
    return Done{};
}

Result<QDateTime> FilingStore::lastPortalContactOf(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("portal_contact")))
        return QDateTime(); // schema before 6: nothing recorded yet
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT last_success_at FROM portal_contact WHERE id = 1")))
        return sqlError(q, "reading the last portal contact");
    return q.next() ? QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace motcua
