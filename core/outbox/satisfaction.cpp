// SPDX-License-Identifier: GPL-3.0-or-later
#include "satisfaction.h"

#include <QSet>

namespace motcua::Satisfaction {

namespace {

QStringList keysOf(const QList<RatingChoice> &choices)
{
    QStringList keys;
    for (const RatingChoice &c : choices)
        keys.append(c.key);
    return keys;
}

} // namespace

const QList<RatingChoice> &ratingChoices()
{
    static const QList<RatingChoice> choices{
        {QStringLiteral("very_satisfied"), QStringLiteral("Rất hài lòng")},
        {QStringLiteral("satisfied"), QStringLiteral("Hài lòng")},
        {QStringLiteral("neutral"), QStringLiteral("Bình thường")},
        {QStringLiteral("dissatisfied"), QStringLiteral("Không hài lòng")},
    };
    return choices;
}

const QList<RatingChoice> &reasonChoices()
{
    static const QList<RatingChoice> choices{
        {QStringLiteral("waited_long"), QStringLiteral("Phải chờ lâu")},
        {QStringLiteral("hard_to_use"), QStringLiteral("Máy khó sử dụng")},
        {QStringLiteral("unclear_steps"), QStringLiteral("Hướng dẫn chưa rõ")},
        {QStringLiteral("staff_help"), QStringLiteral("Cán bộ hướng dẫn tận tình")},
        {QStringLiteral("fast"), QStringLiteral("Nhanh chóng")},
        {QStringLiteral("fee_unclear"), QStringLiteral("Lệ phí chưa rõ ràng")},
        {QStringLiteral("other"), QStringLiteral("Lý do khác")},
    };
    return choices;
}

QStringList ratingKeys()
{
    return keysOf(ratingChoices());
}

QStringList reasonKeys()
{
    return keysOf(reasonChoices());
}

QString label(const QString &key)
{
    for (const QList<RatingChoice> *choices : {&ratingChoices(), &reasonChoices()}) {
        for (const RatingChoice &c : *choices) {
            if (c.key == key)
                return c.label;
        }
    }
    return key;
}

bool isSatisfied(const QString &ratingKey)
{
    return ratingKey == QLatin1String("very_satisfied") || ratingKey == QLatin1String("satisfied");
}

Status check(const QString &ratingKey, const QStringList &reasons)
{
    const QStringList ratings = ratingKeys();
    if (!ratings.contains(ratingKey))
        return Error{QStringLiteral("'%1' is not a rating (%2)").arg(ratingKey, ratings.join(QStringLiteral(", ")))};
    const QStringList known = reasonKeys();
    QSet<QString> seen;
    for (const QString &reason : reasons) {
        if (!known.contains(reason))
            return Error{QStringLiteral("'%1' is not a reason (%2)").arg(reason, known.join(QStringLiteral(", ")))};
        if (seen.contains(reason))
            return Error{QStringLiteral("reason '%1' is given twice").arg(reason)};
        seen.insert(reason);
    }
    return Done{};
}

} // namespace motcua::Satisfaction
