// SPDX-License-Identifier: GPL-3.0-or-later
// What the counter statistics read of the outbox (FilingStore::facts): nothing of the citizen.
#include "filingstore.h"

#include "outbox/outboxsql.h"

namespace motcua {

using namespace outboxsql;

Result<QList<FilingFacts>> FilingStore::facts(const QDateTime &from, const QDateTime &until) const
{
    // received_at keeps the offset it was filed with; julianday() reads it as the instant it is.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT file_code, procedure_code, procedure_name, received_at, filed_by, status, "
                             "portal_history, %1, %2 FROM outbox WHERE julianday(received_at) >= julianday(:from) "
                             "AND julianday(received_at) < julianday(:until) ORDER BY julianday(received_at), file_code")
                  .arg(QLatin1String(kPaymentColumns), QLatin1String(kRatingColumns)));
    q.bindValue(QStringLiteral(":from"), from.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":until"), until.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, "reading the outbox for statistics");
    QList<FilingFacts> list;
    while (q.next()) {
        FilingFacts f;
        f.fileCode = q.value(0).toString();
        f.procedureCode = q.value(1).toString();
        f.procedureName = q.value(2).toString();
        f.receivedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        f.filedBy = q.value(4).toString();
        f.status = q.value(5).toString();
        f.portalHistory = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
        f.payment = paymentFromRow(q, 7);
        f.rating = ratingFromRow(q, 13);
        list.append(std::move(f));
    }
    return list;
}

} // namespace motcua
