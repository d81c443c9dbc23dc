// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

// One answer the citizen can give, as stored and sent (`key`) and as named (`label`, Vietnamese:
// the statistics report and export keep it); the screens show shownLabel().
struct RatingChoice
{
    QString key;
    QString label;

    // `label` in the kiosk's language (tr(), context motcua::Satisfaction).
    [[nodiscard]] QString shownLabel() const;
};

// The satisfaction rating asked after a filing (issue 8): the one place that lists the ratings
// and the reasons. FilingStore, the portal simulator, the statistics and the UI all read these.
// Keys are part of the portal protocol (PUT /api/v1/filings/{fileCode}/rating): add, never rename.
namespace Satisfaction {

// Best first: very_satisfied, satisfied, neutral, dissatisfied.
[[nodiscard]] const QList<RatingChoice> &ratingChoices();
// Why, any number of them (none is fine): waited_long, hard_to_use, unclear_steps, staff_help,
// fast, fee_unclear, other.
[[nodiscard]] const QList<RatingChoice> &reasonChoices();
[[nodiscard]] QStringList ratingKeys();
[[nodiscard]] QStringList reasonKeys();
// The Vietnamese label of a rating or reason key; the key itself when unknown.
[[nodiscard]] QString label(const QString &key);
// very_satisfied or satisfied.
[[nodiscard]] bool isSatisfied(const QString &ratingKey);
// A rating key and reason keys that may be stored and sent: a known rating, known reasons, none
// twice. The error says what is wrong in English ("'great' is not a rating (very_satisfied, …)").
[[nodiscard]] Status check(const QString &ratingKey, const QStringList &reasonKeys);

} // namespace Satisfaction
} // namespace motcua
