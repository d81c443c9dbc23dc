// SPDX-License-Identifier: GPL-3.0-or-later
// FilingStore: drafts the citizen chose to keep ("Lưu lại"), found again by their code.
#include "filingstore.h"

#include "outbox/outboxsql.h"

#include <QRandomGenerator>

namespace motcua {

using namespace outboxsql;

namespace {

// Six digits: easy to write down or say to a clerk; a million codes for a few kept drafts.
QString newKeptCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1'000'000), 6, 10, QLatin1Char('0'));
}

} // namespace

Result<QString> FilingStore::keepDraft(const QString &id)
{
    const auto existing = draft(id);
    if (!existing)
        return Error{existing.error()};
    if (!existing.value())
        return Error{QStringLiteral("no draft %1 to keep").arg(id)};
    if (!existing.value()->keptCode.isEmpty())
        return existing.value()->keptCode;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString code = newKeptCode();
        QSqlQuery q(m_db);
        // The code is unique among kept drafts (a clash simply draws another).
        q.prepare(QStringLiteral("UPDATE drafts SET kept_code = :code, updated_at = :now WHERE id = :id "
                                 "AND NOT EXISTS (SELECT 1 FROM drafts WHERE kept_code = :taken)"));
        q.bindValue(QStringLiteral(":code"), code);
        q.bindValue(QStringLiteral(":now"), now());
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":taken"), code);
        if (!q.exec())
            return sqlError(q, "keeping a draft");
        if (q.numRowsAffected() == 1)
            return code;
    }
    return Error{QStringLiteral("no free code to keep draft %1").arg(id)};
}

Result<std::optional<Draft>> FilingStore::keptDraft(const QString &code) const
{
    if (code.trimmed().isEmpty())
        return std::optional<Draft>();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM drafts WHERE kept_code = :code").arg(kDraftColumns));
    q.bindValue(QStringLiteral(":code"), code.trimmed());
    if (!q.exec())
        return sqlError(q, "finding a kept draft");
    if (!q.next())
        return std::optional<Draft>();
    return std::optional<Draft>(draftFromRow(q));
}

Result<QList<Draft>> FilingStore::keptDrafts() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM drafts WHERE kept_code <> '' ORDER BY updated_at DESC").arg(kDraftColumns));
    if (!q.exec())
        return sqlError(q, "listing kept drafts");
    QList<Draft> list;
    while (q.next())
        list.append(draftFromRow(q));
    return list;
}

} // namespace motcua
