// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "outbox/filingstore.h"

namespace motcua {

// The body of POST /api/v1/filings (docs/portal-protocol.md) for a filing in the outbox, its
// photos inline (base64, with size and SHA-256). The same filing always gives the same bytes,
// which the portal's idempotency rule compares — so nothing that changes after filing (how the
// fee stands) is in it.
[[nodiscard]] Result<QByteArray> portalPayload(const FilingStore &store, const Filing &filing);

// The body of PUT /api/v1/filings/{fileCode}/rating: {"rating", "reasons", "ratedAt"}. The same
// rating always gives the same bytes (a resend is the same request).
[[nodiscard]] QByteArray ratingPayload(const Rating &rating);

} // namespace motcua
