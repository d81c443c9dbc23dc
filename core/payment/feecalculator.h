// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "payment/feerule.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace motcua {

// One thing the fee is counted on: a paper to copy (its pages, how many copies), a paper to
// sign, an extract asked for.
struct FeeItem
{
    QString label; // "Giấy khai sinh"; empty: a plain count
    int pages = 1;
    int copies = 1;
};

// What a filing asks for, as the fee sees it.
struct FeeRequest
{
    QList<FeeItem> items; // none: one filing, one case
    QString exemption;    // a key of the rule's exemptions, or empty
    // The citizen picked the exemption (poor household…): a clerk checks their papers. An
    // exemption the law gives on facts the form already has (registered on time) is not claimed.
    bool exemptionClaimed = false;
};

// One line of the breakdown the citizen sees: "Giấy khai sinh: 3 trang × 2 bản" — 10.000 đ.
// `label` and `detail` are Vietnamese, as the outbox keeps them and the portal gets them; the
// screens show `shownLabel` and `shownDetail`, the same in the kiosk's language when the quote
// was made (tr()). A line read back from the outbox has no shown texts: its Vietnamese is shown.
struct FeeLine
{
    QString label;
    QString detail;
    qint64 amount = 0;
    QString shownLabel;
    QString shownDetail;
};

struct FeeQuote
{
    QString ruleId;
    qint64 total = 0;       // whole đồng
    bool known = true;      // false: the province's amount is not configured; the clerk says it
    QList<FeeLine> lines;
    QString exemptionKey;   // set when waived
    QString exemptionLabel;
    bool exemptionClaimed = false;           // waived only once a clerk has checked the papers
    std::optional<qint64> withoutExemption;  // what is due if the clerk does not grant it

    [[nodiscard]] bool payable() const { return known && total > 0; }
    // "Miễn lệ phí (Đăng ký đúng hạn)", "10.000 đ", "Cán bộ sẽ báo mức lệ phí": in Vietnamese,
    // as kept, sent to the portal and printed on the receipt.
    [[nodiscard]] QString summary() const;
    // The same for the screens, in the kiosk's language (tr()).
    [[nodiscard]] QString shownSummary() const;
    // Vietnamese texts (summary(), the lines' label and detail): what the outbox keeps.
    [[nodiscard]] QJsonObject toJson() const;
    // Reads toJson() back (the outbox keeps it); a quote kept before fees were: unknown.
    [[nodiscard]] static FeeQuote fromJson(const QJsonObject &o);
    // For the screens: toJson() with the texts in the kiosk's language, plus the amounts written
    // out ("52.000 đ", "Năm mươi hai nghìn đồng").
    [[nodiscard]] QVariantMap toView() const;
};

// Amounts the province sets (config group [fees]: rule id = đồng), for rules of kind province or
// to change a fixed amount.
using FeeOverrides = QHash<QString, qint64>;

namespace FeeCalculator {

// The fee of `request` under `rule`. An exemption the rule does not know, or counts below 1,
// are errors (English, for logs and the CLI).
[[nodiscard]] Result<FeeQuote> quote(const FeeRule &rule, const FeeRequest &request,
                                     const FeeOverrides &overrides = {});

} // namespace FeeCalculator

// 1234500 → "1.234.500 đ"
[[nodiscard]] QString formatDong(qint64 amount);

} // namespace motcua
