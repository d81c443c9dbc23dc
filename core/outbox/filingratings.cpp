// SPDX-License-Identifier: GPL-3.0-or-later
// The citizen's satisfaction rating of a filing (FilingStore's ratings, docs/statistics.md).
#include "filingstore.h"

#include "outbox/outboxsql.h"
#include "outbox/satisfaction.h"

namespace motcua {

using namespace outboxsql;

namespace outboxsql {

Rating ratingFromRow(const QSqlQuery &q, int first)
{
    Rating r;
    r.key = q.value(first).toString();
    for (const QJsonValue &reason : QJsonDocument::fromJson(q.value(first + 1).toString().toUtf8()).array())
        r.reasons.append(reason.toString());
    r.ratedAt = QDateTime::fromString(q.value(first + 2).toString(), Qt::ISODateWithMs);
    r.sentAt = QDateTime::fromString(q.value(first + 3).toString(), Qt::ISODateWithMs);
    r.error = q.value(first + 4).toString();
    return r;
}

} // namespace outboxsql

QJsonObject Rating::toJson() const
{
    QJsonObject o{{QStringLiteral("rating"), key}, {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
    if (ratedAt.isValid())
        o.insert(QStringLiteral("ratedAt"), ratedAt.toString(Qt::ISODate));
    if (sentAt.isValid())
        o.insert(QStringLiteral("sentAt"), sentAt.toString(Qt::ISODate));
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

Status FilingStore::recordRating(const QString &fileCode, const QString &rating, const QStringList &reasons)
{
    if (const Status valid = Satisfaction::check(rating, reasons); !valid)
        return valid;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET rating = :rating, rating_reasons = :reasons, rated_at = :at, "
                             "rating_error = '' WHERE file_code = :code AND rating_sent_at IS NULL"));
    q.bindValue(QStringLiteral(":rating"), rating);
    q.bindValue(QStringLiteral(":reasons"),
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(reasons)).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":at"), now());
    q.bindValue(QStringLiteral(":code"), fileCode);
    if (!q.exec())
        return sqlError(q, "recording a rating");
    if (q.numRowsAffected() == 1)
        return Done{};
    const auto filing = filingByCode(fileCode);
    if (!filing)
        return Error{filing.error()};
    if (!filing.value())
        return Error{QStringLiteral("no filing %1 in the outbox").arg(fileCode)};
    return Error{QStringLiteral("the rating of %1 was already sent to the portal: it cannot change").arg(fileCode)};
}

Result<QList<Filing>> FilingStore::ratingsToSend(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE rating <> '' AND rating_sent_at IS NULL AND "
                             "rating_error = '' AND status = 'sent' ORDER BY rated_at, file_code LIMIT :limit")
                  .arg(kFilingColumns));
    q.bindValue(QStringLiteral(":limit"), limit);
    return filingsFrom(q, "listing ratings to send");
}

namespace {

// UPDATE outbox SET <assignment> for the rating of `fileCode` given at `ratedAt`, not yet sent.
Status updateRating(QSqlDatabase &db, const QString &fileCode, const QDateTime &ratedAt, const QString &assignment,
                    const QString &value, const char *what)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET %1 WHERE file_code = :code AND rated_at = :ratedAt AND "
                             "rating_sent_at IS NULL").arg(assignment));
    q.bindValue(QStringLiteral(":value"), value);
    q.bindValue(QStringLiteral(":code"), fileCode);
    q.bindValue(QStringLiteral(":ratedAt"), ratedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, what);
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("%1 failed: %2 has no such rating waiting (replaced or sent meanwhile)")
                         .arg(QLatin1String(what), fileCode)};
    return Done{};
}

} // namespace

Status FilingStore::markRatingSent(const QString &fileCode, const QDateTime &ratedAt)
{
    return updateRating(m_db, fileCode, ratedAt, QStringLiteral("rating_sent_at = :value"), now(),
                        "marking a rating sent");
}

Status FilingStore::markRatingRefused(const QString &fileCode, const QDateTime &ratedAt, const QString &error)
{
    return updateRating(m_db, fileCode, ratedAt, QStringLiteral("rating_error = :value"),
                        error.isEmpty() ? QStringLiteral("refused") : error, "setting a refused rating aside");
}

} // namespace motcua
