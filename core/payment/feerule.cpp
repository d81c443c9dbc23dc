// SPDX-License-Identifier: GPL-3.0-or-later
#include "feerule.h"

#include <QJsonArray>

namespace motcua {

Result<FeeRule> FeeRule::fromJson(const QString &id, const QJsonObject &json)
{
    FeeRule rule;
    rule.id = id;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const QString per = json.value(QStringLiteral("per")).toString(QStringLiteral("filing"));
    if (kind == QLatin1String("free"))
        rule.kind = Kind::Free;
    else if (kind == QLatin1String("fixed"))
        rule.kind = Kind::Fixed;
    else if (kind == QLatin1String("tiered_per_page"))
        rule.kind = Kind::TieredPerPage;
    else if (kind == QLatin1String("province"))
        rule.kind = Kind::Province;
    else
        return Error{QStringLiteral("fee rule '%1': unknown kind '%2'").arg(id, kind)};
    if (per == QLatin1String("filing"))
        rule.per = Per::Filing;
    else if (per == QLatin1String("case"))
        rule.per = Per::Case;
    else if (per == QLatin1String("copy"))
        rule.per = Per::Copy;
    else
        return Error{QStringLiteral("fee rule '%1': unknown 'per' '%2'").arg(id, per)};
    rule.amount = json.value(QStringLiteral("amount")).toInteger();
    rule.capPerCopy = json.value(QStringLiteral("capPerCopy")).toInteger();
    for (const QJsonValue &t : json.value(QStringLiteral("tiers")).toArray()) {
        const QJsonObject tier = t.toObject();
        rule.tiers.append({int(tier.value(QStringLiteral("fromPage")).toInteger(1)),
                           int(tier.value(QStringLiteral("toPage")).toInteger(0)),
                           tier.value(QStringLiteral("amount")).toInteger()});
    }
    for (const QJsonValue &e : json.value(QStringLiteral("exemptions")).toArray())
        rule.exemptions.append({e[QStringLiteral("key")].toString(), e[QStringLiteral("label")].toString()});
    if (rule.amount < 0 || rule.capPerCopy < 0)
        return Error{QStringLiteral("fee rule '%1': amounts cannot be negative").arg(id)};
    if (rule.kind == Kind::TieredPerPage && rule.tiers.isEmpty())
        return Error{QStringLiteral("fee rule '%1': tiered_per_page needs tiers").arg(id)};
    return rule;
}

const FeeExemption *FeeRule::exemption(const QString &key) const
{
    for (const FeeExemption &e : exemptions)
        if (e.key == key)
            return &e;
    return nullptr;
}

qint64 FeeRule::copyFee(int pages) const
{
    qint64 fee = 0;
    for (int page = 1; page <= pages; ++page) {
        for (const FeeTier &tier : tiers) {
            if (page >= tier.fromPage && (tier.toPage == 0 || page <= tier.toPage)) {
                fee += tier.amount;
                break;
            }
        }
    }
    return capPerCopy > 0 ? std::min(fee, capPerCopy) : fee;
}

} // namespace motcua
