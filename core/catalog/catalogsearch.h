// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogsql.h"
#include "catalog/catalogstore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace motcua {

// Finds procedures the way citizens type: folded Vietnamese, half-typed last word, codes,
// their own words, sentences with filler words; and the same in English where the catalog has
// English texts. Every step is a bounded query; see search().
class CatalogSearch
{
public:
    explicit CatalogSearch(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] SearchResult search(const QString &query, int limit);
    // Drops cached statements (before the catalog is rewritten).
    void reset() { m_statements.clear(); }

private:
    [[nodiscard]] QSqlQuery &statement(const QString &sql);
    [[nodiscard]] QList<qint64> ids(const QString &sql, const QString &value, int limit);
    [[nodiscard]] QList<ProcedureSummary> byCode(const QString &code, int limit);
    using Tables = catalogsql::SearchTables;
    [[nodiscard]] QList<ProcedureSummary> allWords(const QStringList &words, int limit, const Tables &tables);
    [[nodiscard]] QList<qint64> rankedWordMatches(const QStringList &words, const Tables &tables);
    [[nodiscard]] int documentFrequency(const QString &word, bool namesOnly, int cap, const Tables &tables);
    // Some of the words, when no procedure has them all (see search()).
    [[nodiscard]] QList<ProcedureSummary> someWords(const QStringList &words, int limit, const Tables &tables);
    [[nodiscard]] QList<ProcedureSummary> summaries(const QList<qint64> &ids);

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace motcua
