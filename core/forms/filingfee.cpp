// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingfee.h"

#include "catalog/catalogstore.h"
#include "forms/formsession.h"

#include <QLoggingCategory>

namespace motcua {

Q_LOGGING_CATEGORY(lcFees, "motcua.fees")

FeeQuote quoteFiling(const CatalogStore &catalog, const FormSession &session, const FeeOverrides &overrides)
{
    const Procedure &procedure = session.procedure();
    FeeQuote unknown;
    unknown.known = false;
    unknown.ruleId = procedure.feeRule;
    const auto rule = FeeRule::fromJson(procedure.feeRule, catalog.feeRule(procedure.feeRule));
    if (!rule) {
        qCWarning(lcFees) << "fee of" << procedure.code << "not worked out:" << rule.error();
        return unknown;
    }
    const auto quote = FeeCalculator::quote(rule.value(), session.feeRequest(), overrides);
    if (!quote) {
        qCWarning(lcFees) << "fee of" << procedure.code << "not worked out:" << quote.error();
        return unknown;
    }
    return quote.value();
}

} // namespace motcua
