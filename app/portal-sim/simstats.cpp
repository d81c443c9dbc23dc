// SPDX-License-Identifier: GPL-3.0-or-later
#include "simstats.h"

namespace motcua::sim {

QJsonObject SimStats::toJson(int filings) const
{
    QJsonObject byOutcome;
    for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it)
        byOutcome.insert(it.key(), it.value());
    return {{QStringLiteral("filings"), filings},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("replays"), replays},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("outcomes"), byOutcome}};
}

} // namespace motcua::sim
