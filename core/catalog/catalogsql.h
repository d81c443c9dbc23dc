// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What CatalogStore and CatalogSearch share about the catalog's tables.
#include "catalog/catalogstore.h"

#include <QSqlQuery>

namespace motcua::catalogsql {

// Columns of ProcedureSummary, for "SELECT <these> FROM procedures p JOIN topics t …".
inline constexpr const char *kSummaryColumns =
    "p.code, coalesce(p.provincial_code, ''), p.name, p.topic_id, t.name, p.summary, p.time_text";

[[nodiscard]] inline ProcedureSummary summaryFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString()};
}

} // namespace motcua::catalogsql
