// SPDX-License-Identifier: GPL-3.0-or-later
#include "feerule.h"

#include <QJsonArray>

namespace motcua {

const QStringList &FeeRule::kindKeys()
{
    static const QStringList keys{QStringLiteral("free"), QStringLiteral("fixed"), QStringLiteral("tiered_per_page"),
                                  QStringLiteral("province")};
    return keys;
}

const QStringList &FeeRule::perKeys()
{
    static const QStringList keys{QStringLiteral("case"), QStringLiteral("copy"), QStringLiteral("filing")};
    return keys;
}

Result<FeeRule> FeeRule::fromJson(const QString &id, const QJsonObject &json)
{
    FeeRule rule;
    rule.id = id;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const QString per = json.value(QStringLiteral("per")).toString(QStringLiteral("filing"));
    const qsizetype kindIndex = kindKeys().indexOf(kind);
    if (kindIndex < 0)
        return Error{QStringLiteral("fee rule '%1': unknown kind '%2'").arg(id, kind)};
    rule.kind = static_cast<Kind>(kindIndex);
    static constexpr Per perInKeyOrder[] = {Per::Case, Per::Copy, Per::Filing};
    const qsizetype perIndex = perKeys().indexOf(per);
    if (perIndex < 0)
        return Error{QStringLiteral("fee rule '%1': unknown 'per' '%2'").arg(id, per)};
    rule.per = perInKeyOrder[perIndex];
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
