// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What CatalogStore and CatalogSearch share about the catalog's tables.
#include "catalog/catalogstore.h"

#include <QSqlQuery>

namespace motcua::catalogsql {

// Columns of ProcedureSummary, for "SELECT <these> FROM procedures p JOIN topics t …".
inline constexpr const char *kSummaryColumns =
    "p.code, coalesce(p.provincial_code, ''), p.name, p.topic_id, t.name, p.summary, p.time_text, "
    "p.name_en, t.name_en, p.summary_en, p.time_text_en";

[[nodiscard]] inline ProcedureSummary summaryFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
            q.value(9).toString(), q.value(10).toString()};
}

// The tables one language of the catalog is searched in (see CatalogSearch): the folded name
// and keywords of each procedure, its keywords one per row, an FTS5 index of names and
// keywords and one of all its text.
struct SearchTables
{
    const char *nameColumn;     // in procedures
    const char *keywordsColumn; // in procedures: "|kw one|kw two|"
    const char *keywordTable;   // (keyword, procedure_id)
    const char *namesFts;       // fts5(name, keywords)
    const char *textFts;        // fts5(text)
};

inline constexpr SearchTables kVietnamese{"name_folded", "keywords_folded", "procedure_keywords",
                                          "procedure_fts", "procedure_text_fts"};
inline constexpr SearchTables kEnglish{"name_en_folded", "keywords_en_folded", "procedure_keywords_en",
                                       "procedure_en_fts", "procedure_en_text_fts"};

} // namespace motcua::catalogsql
