// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace motcua::sim {

// What GET /sim/stats reports besides the stored filings (counted since the start).
struct SimStats
{
    int requests = 0;   // /api/ requests
    int replays = 0;    // 200 answers to a resent filing
    int duplicates = 0; // 422 file_code_taken
    QMap<QString, int> outcomes; // by Outcome::key()

    [[nodiscard]] QJsonObject toJson(int filings) const;
};

} // namespace motcua::sim
