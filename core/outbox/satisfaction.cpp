// SPDX-License-Identifier: GPL-3.0-or-later
#include "satisfaction.h"

#include <QCoreApplication>
#include <QSet>

namespace motcua {

namespace {

// `label`: the Vietnamese source text, marked for lupdate.
RatingChoice choice(const char *key, const char *label)
{
    return {QString::fromLatin1(key), QString::fromUtf8(label)};
}

QStringList keysOf(const QList<RatingChoice> &choices)
{
    QStringList keys;
    for (const RatingChoice &c : choices)
        keys.append(c.key);
    return keys;
}

} // namespace

QString RatingChoice::shownLabel() const
{
    return QCoreApplication::translate("motcua::Satisfaction", label.toUtf8().constData());
}

namespace Satisfaction {

const QList<RatingChoice> &ratingChoices()
{
    static const QList<RatingChoice> choices{
        choice("very_satisfied", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Rất hài lòng")),
        choice("satisfied", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Hài lòng")),
        choice("neutral", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Bình thường")),
        choice("dissatisfied", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Không hài lòng")),
    };
    return choices;
}

const QList<RatingChoice> &reasonChoices()
{
    static const QList<RatingChoice> choices{
        choice("waited_long", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Phải chờ lâu")),
        choice("hard_to_use", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Máy khó sử dụng")),
        choice("unclear_steps", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Hướng dẫn chưa rõ")),
        choice("staff_help", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Cán bộ hướng dẫn tận tình")),
        choice("fast", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Nhanh chóng")),
        choice("fee_unclear", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Lệ phí chưa rõ ràng")),
        choice("other", QT_TRANSLATE_NOOP("motcua::Satisfaction", "Lý do khác")),
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

} // namespace Satisfaction
} // namespace motcua
