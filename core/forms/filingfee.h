// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment/feecalculator.h"

namespace motcua {

class CatalogStore;
class FormSession;

// The fee of a filing: the procedure's rule from the catalog applied to what the answers say
// (FormSession::feeRequest) with the province's amounts. A rule that cannot be applied gives an
// unknown amount (the clerk says it) and a line in the log, never a wrong amount.
[[nodiscard]] FeeQuote quoteFiling(const CatalogStore &catalog, const FormSession &session,
                                   const FeeOverrides &overrides);

} // namespace motcua
