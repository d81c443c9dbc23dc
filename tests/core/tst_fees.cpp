// SPDX-License-Identifier: GPL-3.0-or-later
// Fee rules from the catalog: every tier boundary, the cap, copies, cases, overrides, exemptions,
// and amounts read out in words.
#include "testsupport.h"

#include "catalog/catalogbundle.h"
#include "catalog/catalogstore.h"
#include "payment/amountinwords.h"
#include "payment/feecalculator.h"

#include <QJsonDocument>

using namespace motcua;

namespace {

FeeRule rule(const QString &id, const char *json)
{
    const auto parsed = FeeRule::fromJson(id, QJsonDocument::fromJson(json).object());
    INFO(parsed.error().toStdString());
    REQUIRE(parsed.ok());
    return parsed.value();
}

const char *kCertCopy = R"({"kind": "tiered_per_page",
    "tiers": [{"fromPage": 1, "toPage": 2, "amount": 2000}, {"fromPage": 3, "amount": 1000}],
    "capPerCopy": 200000})";

qint64 total(const FeeRule &r, const FeeRequest &request, const FeeOverrides &overrides = {})
{
    const auto q = FeeCalculator::quote(r, request, overrides);
    INFO(q.error().toStdString());
    REQUIRE(q.ok());
    return q->total;
}

} // namespace

TEST_CASE("certified copies: 2,000 đ for pages 1-2, 1,000 đ from page 3, at most 200,000 đ a copy", "[fees]")
{
    const FeeRule r = rule(QStringLiteral("cert-copy"), kCertCopy);
    const std::pair<int, qint64> perCopy[] = {{1, 2000},    {2, 4000},     {3, 5000},     {4, 6000},
                                              {10, 12000},  {197, 199000}, {198, 200000}, {199, 200000},
                                              {200, 200000}, {500, 200000}};
    for (const auto &[pages, fee] : perCopy) {
        INFO(pages << " pages");
        CHECK(r.copyFee(pages) == fee);
        CHECK(total(r, {{{QStringLiteral("Giấy khai sinh"), pages, 1}}, {}}) == fee);
        CHECK(total(r, {{{QStringLiteral("Giấy khai sinh"), pages, 3}}, {}}) == 3 * fee);
    }
    // Several papers: each its own pages and copies, one line each.
    const auto q = FeeCalculator::quote(r, {{{QStringLiteral("Giấy khai sinh"), 1, 3},
                                             {QStringLiteral("Học bạ"), 24, 2},
                                             {QStringLiteral("Sổ đỏ"), 300, 1}}, {}});
    REQUIRE(q.ok());
    CHECK(q->total == 3 * 2000 + 2 * 26000 + 200000);
    REQUIRE(q->lines.size() == 3);
    CHECK(q->lines.at(0).detail == QStringLiteral("1 trang × 3 bản"));
    CHECK(q->lines.at(1).amount == 52000);
    CHECK(q->lines.at(2).detail.contains(QStringLiteral("tối đa 200.000 đ")));
    CHECK(q->summary() == QStringLiteral("258.000 đ"));
}

TEST_CASE("fixed fees per filing, per case and per copy", "[fees]")
{
    const FeeRule sign = rule(QStringLiteral("cert-sign"), R"({"kind": "fixed", "amount": 10000, "per": "case"})");
    CHECK(total(sign, {}) == 10000);
    CHECK(total(sign, {{{}, {}, {}}, {}}) == 30000); // three papers signed: three cases
    const FeeRule extract = rule(QStringLiteral("extract"), R"({"kind": "fixed", "amount": 8000, "per": "copy"})");
    CHECK(total(extract, {{{QString(), 1, 2}, {QString(), 1, 3}}, {}}) == 40000);
    const FeeRule once = rule(QStringLiteral("residence-temporary"), R"({"kind": "fixed", "amount": 15000, "per": "filing"})");
    CHECK(total(once, {{{}, {}}, {}}) == 15000);
    const FeeRule free = rule(QStringLiteral("free"), R"({"kind": "free"})");
    const auto q = FeeCalculator::quote(free, {});
    REQUIRE(q.ok());
    CHECK(q->total == 0);
    CHECK_FALSE(q->payable());
    CHECK(q->summary() == QStringLiteral("Không mất lệ phí"));
}

TEST_CASE("the province sets its own amounts", "[fees]")
{
    const FeeRule hoTich = rule(QStringLiteral("ho-tich"), R"({"kind": "province"})");
    const auto unknown = FeeCalculator::quote(hoTich, {});
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown->known);
    CHECK_FALSE(unknown->payable());
    CHECK(unknown->summary() == QStringLiteral("Cán bộ sẽ báo mức lệ phí"));
    const FeeOverrides nghean{{QStringLiteral("ho-tich"), 5000}, {QStringLiteral("cert-sign"), 12000}};
    CHECK(total(hoTich, {}, nghean) == 5000);
    const FeeRule sign = rule(QStringLiteral("cert-sign"), R"({"kind": "fixed", "amount": 10000, "per": "case"})");
    CHECK(total(sign, {{{}, {}}, {}}, nghean) == 24000);
}

TEST_CASE("an exemption waives the fee and says why; an unknown one is refused", "[fees]")
{
    const FeeRule r = rule(QStringLiteral("ho-tich-on-time"),
                           R"({"kind": "fixed", "amount": 8000, "per": "filing",
                               "exemptions": [{"key": "on_time", "label": "Đăng ký đúng hạn"},
                                              {"key": "poor_household", "label": "Người thuộc hộ nghèo"}]})");
    const auto waived = FeeCalculator::quote(r, {{}, QStringLiteral("poor_household")});
    REQUIRE(waived.ok());
    CHECK(waived->total == 0);
    CHECK(waived->exemptionLabel == QStringLiteral("Người thuộc hộ nghèo"));
    CHECK(waived->summary() == QStringLiteral("Miễn lệ phí (Người thuộc hộ nghèo)"));
    CHECK(waived->withoutExemption == 8000); // due should the papers not prove it

    // Claimed by the citizen: waived once a clerk has seen the papers; kept as such in the outbox.
    const auto claimed = FeeCalculator::quote(r, {{}, QStringLiteral("poor_household"), true});
    REQUIRE(claimed.ok());
    CHECK(claimed->summary() == QStringLiteral("Xin miễn lệ phí (Người thuộc hộ nghèo): cán bộ kiểm tra giấy tờ chứng minh"));
    CHECK(claimed->toView().value(QStringLiteral("exemptionNote")).toString().endsWith(QStringLiteral("lệ phí là 8.000 đ.")));
    const FeeQuote back = FeeQuote::fromJson(claimed->toJson());
    CHECK(back.exemptionClaimed);
    CHECK(back.withoutExemption == 8000);
    CHECK(back.exemptionKey == QStringLiteral("poor_household"));
    CHECK(back.summary() == claimed->summary());
    CHECK_FALSE(FeeQuote::fromJson({}).known); // kept before fees were: the clerk says it

    const auto bad = FeeCalculator::quote(r, {{}, QStringLiteral("vip")});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error() == QStringLiteral("'vip' is not an exemption of fee rule 'ho-tich-on-time' (known: on_time, poor_household)"));
    CHECK_FALSE(FeeCalculator::quote(r, {{{QString(), 0, 1}}, {}}).ok());
    CHECK_FALSE(FeeRule::fromJson(QStringLiteral("x"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("weekly")}}).ok());
}

TEST_CASE("every fee rule of the demo catalog reads", "[fees]")
{
    const auto bundle = CatalogBundle::load(CatalogStore::demoCatalogResource());
    REQUIRE(bundle.ok());
    for (auto it = bundle->feeRules.begin(); it != bundle->feeRules.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(FeeRule::fromJson(it.key(), it->toObject()).ok());
    }
    CHECK(bundle->feeRules.size() >= 10);
}

TEST_CASE("amounts in words, as on a payment slip", "[fees]")
{
    const std::pair<qint64, const char *> cases[] = {
        {0, "Không đồng"},
        {5000, "Năm nghìn đồng"},
        {10000, "Mười nghìn đồng"},
        {15000, "Mười lăm nghìn đồng"},
        {21000, "Hai mươi mốt nghìn đồng"},
        {24000, "Hai mươi tư nghìn đồng"},
        {105000, "Một trăm linh năm nghìn đồng"},
        {200000, "Hai trăm nghìn đồng"},
        {258000, "Hai trăm năm mươi tám nghìn đồng"},
        {1005000, "Một triệu không trăm linh năm nghìn đồng"},
        {1000000, "Một triệu đồng"},
        {2500000000, "Hai tỷ năm trăm triệu đồng"},
    };
    for (const auto &[amount, words] : cases)
        CHECK(amountInWords(amount) == QString::fromUtf8(words));
}
