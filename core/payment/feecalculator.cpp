// SPDX-License-Identifier: GPL-3.0-or-later
#include "feecalculator.h"

#include "payment/amountinwords.h"

#include <QJsonArray>
#include <QLocale>

namespace motcua {

QString formatDong(qint64 amount)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(amount) + QStringLiteral(" đ");
}

QString FeeQuote::summary() const
{
    if (!exemptionKey.isEmpty() && exemptionClaimed)
        return QStringLiteral("Xin miễn lệ phí (%1): cán bộ kiểm tra giấy tờ chứng minh").arg(exemptionLabel);
    if (!exemptionKey.isEmpty())
        return QStringLiteral("Miễn lệ phí (%1)").arg(exemptionLabel);
    if (!known)
        return QStringLiteral("Cán bộ sẽ báo mức lệ phí");
    if (total == 0)
        return QStringLiteral("Không mất lệ phí");
    return formatDong(total);
}

QJsonObject FeeQuote::toJson() const
{
    QJsonArray breakdown;
    for (const FeeLine &l : lines)
        breakdown.append(QJsonObject{{QStringLiteral("label"), l.label},
                                     {QStringLiteral("detail"), l.detail},
                                     {QStringLiteral("amount"), l.amount}});
    QJsonObject o{{QStringLiteral("rule"), ruleId}, {QStringLiteral("total"), total},
                  {QStringLiteral("known"), known}, {QStringLiteral("lines"), breakdown},
                  {QStringLiteral("summary"), summary()}};
    if (!exemptionKey.isEmpty()) {
        o.insert(QStringLiteral("exemption"), exemptionKey);
        o.insert(QStringLiteral("exemptionLabel"), exemptionLabel);
        o.insert(QStringLiteral("exemptionClaimed"), exemptionClaimed);
        if (withoutExemption)
            o.insert(QStringLiteral("withoutExemption"), *withoutExemption);
    }
    return o;
}

FeeQuote FeeQuote::fromJson(const QJsonObject &o)
{
    FeeQuote q;
    q.ruleId = o.value(QStringLiteral("rule")).toString();
    q.total = o.value(QStringLiteral("total")).toInteger();
    q.known = o.value(QStringLiteral("known")).toBool(false);
    q.exemptionKey = o.value(QStringLiteral("exemption")).toString();
    q.exemptionLabel = o.value(QStringLiteral("exemptionLabel")).toString();
    q.exemptionClaimed = o.value(QStringLiteral("exemptionClaimed")).toBool();
    if (o.contains(QStringLiteral("withoutExemption")))
        q.withoutExemption = o.value(QStringLiteral("withoutExemption")).toInteger();
    for (const QJsonValue &line : o.value(QStringLiteral("lines")).toArray())
        q.lines.append({line[QStringLiteral("label")].toString(), line[QStringLiteral("detail")].toString(),
                        line[QStringLiteral("amount")].toInteger()});
    return q;
}

QVariantMap FeeQuote::toView() const
{
    QVariantMap view = toJson().toVariantMap();
    view.insert(QStringLiteral("payable"), payable());
    view.insert(QStringLiteral("totalText"), formatDong(total));
    view.insert(QStringLiteral("inWords"), amountInWords(total));
    QVariantList shown;
    for (const FeeLine &l : lines)
        shown.append(QVariantMap{{QStringLiteral("label"), l.label},
                                 {QStringLiteral("detail"), l.detail},
                                 {QStringLiteral("amountText"), formatDong(l.amount)}});
    view.insert(QStringLiteral("lines"), shown);
    if (exemptionClaimed)
        view.insert(QStringLiteral("exemptionNote"),
                    withoutExemption ? QStringLiteral("Bạn mang theo giấy tờ chứng minh để cán bộ kiểm tra. Nếu chưa đủ "
                                                      "giấy tờ, lệ phí là %1.")
                                           .arg(formatDong(*withoutExemption))
                                     : QStringLiteral("Bạn mang theo giấy tờ chứng minh để cán bộ kiểm tra."));
    return view;
}

namespace FeeCalculator {

namespace {

QString itemLabel(const FeeItem &item, qsizetype index)
{
    return item.label.trimmed().isEmpty() ? QStringLiteral("Giấy tờ thứ %1").arg(index + 1) : item.label.trimmed();
}

} // namespace

Result<FeeQuote> quote(const FeeRule &rule, const FeeRequest &request, const FeeOverrides &overrides)
{
    FeeQuote q;
    q.ruleId = rule.id;
    for (const FeeItem &item : request.items) {
        if (item.pages < 1 || item.copies < 1)
            return Error{QStringLiteral("pages and copies must be at least 1 (got %1 pages, %2 copies)")
                             .arg(item.pages)
                             .arg(item.copies)};
    }
    if (!request.exemption.isEmpty()) {
        const FeeExemption *e = rule.exemption(request.exemption);
        if (!e) {
            QStringList keys;
            for (const FeeExemption &known : rule.exemptions)
                keys.append(known.key);
            return Error{QStringLiteral("'%1' is not an exemption of fee rule '%2' (known: %3)")
                             .arg(request.exemption, rule.id,
                                  keys.isEmpty() ? QStringLiteral("none") : keys.join(QStringLiteral(", ")))};
        }
        // What is due without it: the clerk may find the papers do not prove it.
        FeeRequest plain = request;
        plain.exemption.clear();
        const Result<FeeQuote> full = quote(rule, plain, overrides);
        if (!full)
            return full;
        q.exemptionKey = e->key;
        q.exemptionLabel = e->label;
        q.exemptionClaimed = request.exemptionClaimed;
        if (full->known)
            q.withoutExemption = full->total;
        return q;
    }
    const bool overridden = overrides.contains(rule.id);
    switch (rule.kind) {
    case FeeRule::Kind::Free:
        return q;
    case FeeRule::Kind::Province:
        if (!overridden) {
            q.known = false;
            return q;
        }
        [[fallthrough]];
    case FeeRule::Kind::Fixed: {
        const qint64 unit = overridden ? overrides.value(rule.id) : rule.amount;
        qint64 count = 1;
        QString detail;
        if (rule.per == FeeRule::Per::Copy) {
            count = 0;
            for (const FeeItem &item : request.items)
                count += item.copies;
            count = std::max<qint64>(count, 1);
            detail = QStringLiteral("%1 bản × %2").arg(count).arg(formatDong(unit));
        } else if (rule.per == FeeRule::Per::Case) {
            count = std::max<qint64>(request.items.size(), 1);
            detail = QStringLiteral("%1 trường hợp × %2").arg(count).arg(formatDong(unit));
        } else {
            detail = QStringLiteral("mỗi hồ sơ");
        }
        q.lines.append({QStringLiteral("Lệ phí"), detail, count * unit});
        q.total = count * unit;
        return q;
    }
    case FeeRule::Kind::TieredPerPage:
        if (request.items.isEmpty()) {
            q.known = false; // nothing counted: the clerk counts the pages
            return q;
        }
        for (qsizetype i = 0; i < request.items.size(); ++i) {
            const FeeItem &item = request.items.at(i);
            const qint64 perCopy = rule.copyFee(item.pages);
            const bool capped = rule.capPerCopy > 0 && perCopy == rule.capPerCopy;
            q.lines.append({itemLabel(item, i),
                            QStringLiteral("%1 trang × %2 bản%3")
                                .arg(item.pages)
                                .arg(item.copies)
                                .arg(capped ? QStringLiteral(" (mỗi bản tối đa %1)").arg(formatDong(rule.capPerCopy))
                                            : QString()),
                            perCopy * item.copies});
            q.total += perCopy * item.copies;
        }
        return q;
    }
    return q;
}

} // namespace FeeCalculator
} // namespace motcua
