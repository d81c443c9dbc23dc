// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

// Why a citizen pays nothing (on-time registration, poor household, …): picked by the citizen,
// checked by the clerk.
struct FeeExemption
{
    QString key;
    QString label; // Vietnamese
};

// From `fromPage` to `toPage` (0: every page after), `amount` đồng per page.
struct FeeTier
{
    int fromPage = 1;
    int toPage = 0;
    qint64 amount = 0;
};

// How a procedure's fee (lệ phí) is worked out, as the catalog's feeRules hold it
// (docs/catalog-format.md). Money is whole đồng.
struct FeeRule
{
    enum class Kind { Free, Fixed, TieredPerPage, Province };
    enum class Per { Filing, Case, Copy };

    QString id;
    Kind kind = Kind::Free;
    Per per = Per::Filing;   // Fixed (and Province once the province sets the amount)
    qint64 amount = 0;       // Fixed
    QList<FeeTier> tiers;    // TieredPerPage
    qint64 capPerCopy = 0;   // TieredPerPage; 0: no cap
    QList<FeeExemption> exemptions;

    // The format's words for `kind` (in Kind's order) and for `per` (case, copy, filing):
    // the catalog's validator and fromJson() read the same vocabulary.
    [[nodiscard]] static const QStringList &kindKeys();
    [[nodiscard]] static const QStringList &perKeys();
    // A rule from the catalog; a rule that is not what the format says gives the reason.
    [[nodiscard]] static Result<FeeRule> fromJson(const QString &id, const QJsonObject &json);
    [[nodiscard]] const FeeExemption *exemption(const QString &key) const;
    // TieredPerPage: the fee for one copy of a paper of `pages` pages, the cap applied.
    [[nodiscard]] qint64 copyFee(int pages) const;
};

} // namespace motcua
