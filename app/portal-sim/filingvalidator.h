// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace motcua::sim {

// Checks the body of POST /api/v1/filings against docs/portal-protocol.md: required fields,
// types, and that each attachment's data decodes to `size` bytes with that SHA-256. The
// error names every field that is wrong ("attachments[0].sha256: does not match the data").
// Messages never quote what the citizen entered.
class FilingValidator
{
public:
    [[nodiscard]] static Status validate(const QJsonObject &filing);
    // The body of PUT /api/v1/filings/{fileCode}/rating: {"rating": a rating key, "reasons":
    // [reason keys, none twice], "ratedAt": ISO 8601 with an offset} (core/outbox/satisfaction.h).
    [[nodiscard]] static Status validateRating(const QJsonObject &rating);
};

} // namespace motcua::sim
