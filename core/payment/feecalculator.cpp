// SPDX-License-Identifier: GPL-3.0-or-later
#include "feecalculator.h"

#include "common/uilanguage.h"

#include "payment/amountinwords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace motcua {

QString formatDong(qint64 amount)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(amount) + QStringLiteral(" đ");
}

namespace {

// The texts of a quote exist twice: in Vietnamese (the source text, as kept, sent and printed)
// and in the kiosk's language (shown). Each is written once, marked for lupdate with
// QT_TRANSLATE_NOOP in the context "motcua::FeeQuote".
struct Wording
{
    QString kept;
    QString shown;

    template<typename... Args>
    [[nodiscard]] Wording arg(const Args &...args) const
    {
        return {kept.arg(args...), shown.arg(args...)};
    }
};

[[nodiscard]] Wording wording(const char *source)
{
    return {QString::fromUtf8(source), QCoreApplication::translate("motcua::FeeQuote", source)};
}

[[nodiscard]] Wording summaryOf(const FeeQuote &q)
{
    if (!q.exemptionKey.isEmpty() && q.exemptionClaimed)
        return wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", "Xin miễn lệ phí (%1): cán bộ kiểm tra giấy tờ chứng minh"))
            .arg(q.exemptionLabel);
    if (!q.exemptionKey.isEmpty())
        return wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", "Miễn lệ phí (%1)")).arg(q.exemptionLabel);
    if (!q.known)
        return wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", "Cán bộ sẽ báo mức lệ phí"));
    if (q.total == 0)
        return wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", "Không mất lệ phí"));
    const QString amount = formatDong(q.total);
    return {amount, amount};
}

[[nodiscard]] FeeLine lineOf(const Wording &label, const Wording &detail, qint64 amount)
{
    return {label.kept, detail.kept, amount, label.shown, detail.shown};
}

} // namespace

QString FeeQuote::summary() const
{
    return summaryOf(*this).kept;
}

QString FeeQuote::shownSummary() const
{
    return summaryOf(*this).shown;
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
    for (const QJsonValue &line : o.value(QStringLiteral("lines")).toArray()) {
        FeeLine l;
        l.label = line[QStringLiteral("label")].toString();
        l.detail = line[QStringLiteral("detail")].toString();
        l.amount = line[QStringLiteral("amount")].toInteger();
        q.lines.append(l);
    }
    return q;
}

QVariantMap FeeQuote::toView() const
{
    QVariantMap view = toJson().toVariantMap();
    view.insert(QStringLiteral("summary"), shownSummary());
    view.insert(QStringLiteral("payable"), payable());
    view.insert(QStringLiteral("totalText"), formatDong(total));
    // Money in words is Vietnamese wording (as on the receipt): an English reader gets the figures.
    view.insert(QStringLiteral("inWords"), UiLanguage::isEnglish() ? QString() : amountInWords(total));
    QVariantList shown;
    for (const FeeLine &l : lines)
        shown.append(QVariantMap{{QStringLiteral("label"), l.shownLabel.isEmpty() ? l.label : l.shownLabel},
                                 {QStringLiteral("detail"), l.shownDetail.isEmpty() ? l.detail : l.shownDetail},
                                 {QStringLiteral("amountText"), formatDong(l.amount)}});
    view.insert(QStringLiteral("lines"), shown);
    if (exemptionClaimed)
        view.insert(QStringLiteral("exemptionNote"),
                    withoutExemption
                        ? QCoreApplication::translate("motcua::FeeQuote",
                                                      "Bạn mang theo giấy tờ chứng minh để cán bộ kiểm tra. Nếu chưa "
                                                      "đủ giấy tờ, lệ phí là %1.")
                              .arg(formatDong(*withoutExemption))
                        : QCoreApplication::translate("motcua::FeeQuote",
                                                      "Bạn mang theo giấy tờ chứng minh để cán bộ kiểm tra."));
    return view;
}

namespace FeeCalculator {

namespace {

// The form's name of the paper (kept and shown as the form gave it), or "Giấy tờ thứ 2".
Wording itemLabel(const FeeItem &item, qsizetype index)
{
    if (item.label.trimmed().isEmpty())
        return wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", "Giấy tờ thứ %1")).arg(index + 1);
    return {item.label.trimmed(), item.label.trimmed()};
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
        Wording detail;
        if (rule.per == FeeRule::Per::Copy) {
            count = 0;
            for (const FeeItem &item : request.items)
                count += item.copies;
            count = std::max<qint64>(count, 1);
            detail = wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", "%1 bản × %2")).arg(count).arg(formatDong(unit));
        } else if (rule.per == FeeRule::Per::Case) {
            count = std::max<qint64>(request.items.size(), 1);
            detail = wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", "%1 trường hợp × %2")).arg(count).arg(formatDong(unit));
        } else {
            detail = wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", "mỗi hồ sơ"));
        }
        q.lines.append(lineOf(wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", "Lệ phí")), detail, count * unit));
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
            const Wording cap = capped ? wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", " (mỗi bản tối đa %1)"))
                                             .arg(formatDong(rule.capPerCopy))
                                       : Wording{};
            const Wording detail = wording(QT_TRANSLATE_NOOP("motcua::FeeQuote", "%1 trang × %2 bản%3"))
                                       .arg(item.pages)
                                       .arg(item.copies);
            q.lines.append(lineOf(itemLabel(item, i), {detail.kept.arg(cap.kept), detail.shown.arg(cap.shown)},
                                  perCopy * item.copies));
            q.total += perCopy * item.copies;
        }
        return q;
    }
    return q;
}

} // namespace FeeCalculator
} // namespace motcua
