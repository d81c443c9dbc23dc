// SPDX-License-Identifier: GPL-3.0-or-later
// A filing's fee in the outbox: how it stands when filed, and the moves a citizen and a clerk
// can make (and those they cannot), kept across reopening the file.
#include "testsupport.h"

#include "forms/adminunits.h"
#include "forms/filingfee.h"
#include "forms/formsession.h"
#include "outbox/filingstore.h"

using namespace motcua;

namespace {

Submission withFee(const FeeQuote &fee)
{
    return test::copiesSubmission(fee);
}

FeeQuote quote(qint64 total, bool known = true, const QString &exemption = {})
{
    FeeQuote q;
    q.ruleId = QStringLiteral("cert-copy");
    q.total = total;
    q.known = known;
    q.exemptionKey = exemption;
    q.exemptionLabel = exemption.isEmpty() ? QString() : QStringLiteral("Người thuộc hộ nghèo");
    return q;
}

} // namespace

TEST_CASE("a fee to pay starts unpaid; nothing to pay is waived with the reason", "[payments]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    const auto due = store->submit({}, withFee(quote(14000)));
    REQUIRE(due.ok());
    CHECK(due->payment.state == Payment::State::Unpaid);
    CHECK(due->payment.amount == 14000);
    const auto poor = store->submit({}, withFee(quote(0, true, QStringLiteral("poor_household"))));
    CHECK(poor->payment.state == Payment::State::Waived);
    CHECK(poor->payment.waivedReason == QStringLiteral("Người thuộc hộ nghèo"));
    const auto free = store->submit({}, withFee(quote(0)));
    CHECK(free->payment.state == Payment::State::Waived);
    const auto unknown = store->submit({}, withFee(quote(0, false)));
    CHECK(unknown->payment.state == Payment::State::Unpaid);
    CHECK_FALSE(unknown->payment.amount.has_value());
    // Read back as written.
    const auto again = store->filingByCode(due->fileCode);
    REQUIRE(again.ok());
    CHECK((*again)->payment.amount == 14000);
    CHECK((*again)->submission.fee.total == 14000);
    CHECK((*again)->submission.fee.ruleId == QStringLiteral("cert-copy"));
}

TEST_CASE("an exemption the citizen claims waits for the clerk, who grants or refuses it", "[payments]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    FeeQuote claim = quote(0, true, QStringLiteral("poor_household"));
    claim.exemptionClaimed = true;
    claim.withoutExemption = 14000;
    const auto granted = store->submit({}, withFee(claim));
    REQUIRE(granted.ok());
    CHECK(granted->payment.state == Payment::State::ExemptionClaimed);
    CHECK(granted->payment.amount == 14000);
    CHECK(granted->payment.waivedReason == QStringLiteral("Người thuộc hộ nghèo"));
    CHECK_FALSE(store->reportTransfer(granted->fileCode).ok()); // not a fee to pay while the clerk looks
    CHECK_FALSE(store->decideExemption(granted->fileCode, true, QStringLiteral(" ")).ok());
    const auto waived = store->decideExemption(granted->fileCode, true, QStringLiteral("Chị Lan"));
    REQUIRE(waived.ok());
    CHECK(waived->state == Payment::State::Waived);
    CHECK(waived->confirmedBy == QStringLiteral("Chị Lan"));
    CHECK(waived->waivedReason == QStringLiteral("Người thuộc hộ nghèo"));
    const auto twice = store->decideExemption(granted->fileCode, false, QStringLiteral("Chị Lan"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error() == QStringLiteral("cannot refuse an exemption: the payment is waived"));

    const QString refusedCode = store->submit({}, withFee(claim))->fileCode;
    const auto refused = store->decideExemption(refusedCode, false, QStringLiteral("Anh Minh"));
    REQUIRE(refused.ok());
    CHECK(refused->state == Payment::State::Unpaid);
    CHECK(refused->amount == 14000);
    CHECK(refused->waivedReason.isEmpty());
    CHECK(store->reportTransfer(refusedCode).ok()); // now it is paid like any fee
    const auto kept = store->filingByCode(refusedCode);
    CHECK((*kept)->payment.state == Payment::State::PendingConfirmation);
    CHECK((*kept)->submission.fee.exemptionClaimed);
}

TEST_CASE("transfer reported, then confirmed by a clerk; cash at the counter; wrong moves refused", "[payments]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.db"));
    auto store = FilingStore::open(path).value();
    const QString bank = store->submit({}, withFee(quote(14000)))->fileCode;
    const QString cash = store->submit({}, withFee(quote(8000)))->fileCode;
    const QString waived = store->submit({}, withFee(quote(0)))->fileCode;
    const QString unknown = store->submit({}, withFee(quote(0, false)))->fileCode;

    const auto reported = store->reportTransfer(bank);
    REQUIRE(reported.ok());
    CHECK(reported->state == Payment::State::PendingConfirmation);
    CHECK(reported->method == QStringLiteral("bank"));
    CHECK_FALSE(store->reportTransfer(bank).ok()); // once is enough
    const auto rejected = store->rejectTransfer(bank, QStringLiteral("Chị Lan"));
    CHECK(rejected->state == Payment::State::Unpaid); // not on the statement yet
    REQUIRE(store->reportTransfer(bank).ok());
    const auto paid = store->confirmPayment(bank, QStringLiteral("bank"), QStringLiteral("Chị Lan"));
    REQUIRE(paid.ok());
    CHECK(paid->state == Payment::State::Paid);
    CHECK(paid->confirmedBy == QStringLiteral("Chị Lan"));
    CHECK(paid->changedAt.isValid());
    CHECK_FALSE(store->confirmPayment(bank, QStringLiteral("cash"), QStringLiteral("Chị Lan")).ok()); // paid once

    REQUIRE(store->choosePayAtCounter(cash).ok());
    CHECK_FALSE(store->confirmPayment(cash, QStringLiteral("card"), QStringLiteral("Chị Lan")).ok());
    CHECK_FALSE(store->confirmPayment(cash, QStringLiteral("cash"), QStringLiteral(" ")).ok());
    CHECK(store->confirmPayment(cash, QStringLiteral("cash"), QStringLiteral("Anh Minh"))->state == Payment::State::Paid);

    const auto refused = store->reportTransfer(waived);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("cannot report a transfer: the payment is waived"));
    CHECK_FALSE(store->reportTransfer(unknown).ok());               // no amount to transfer
    CHECK_FALSE(store->confirmPayment(unknown, QStringLiteral("cash"), QStringLiteral("Anh Minh")).ok());
    CHECK(store->confirmPayment(unknown, QStringLiteral("cash"), QStringLiteral("Anh Minh"), 5000)->amount == 5000);
    CHECK_FALSE(store->reportTransfer(QStringLiteral("000.00.01.H01-261123-9999")).ok());

    // Everything survives closing and reopening the file.
    store.reset();
    auto reopened = FilingStore::open(path).value();
    const auto filing = reopened->filingByCode(bank);
    REQUIRE(filing.ok());
    CHECK((*filing)->payment.state == Payment::State::Paid);
    CHECK((*filing)->payment.method == QStringLiteral("bank"));
    CHECK((*filing)->toJson().value(QStringLiteral("payment")).toObject().value(QStringLiteral("state")).toString()
          == QStringLiteral("paid"));
}

TEST_CASE("the answers feed the fee: papers, pages and copies; exemptions chosen or by law", "[payments][forms]")
{
    test::TempCatalog catalog{QString()};
    const auto session = [&](const QString &code, const QDate &today) {
        return std::make_unique<FormSession>(FormDefinition::bundled(code).value(), *catalog.store->procedure(code),
                                             AdminUnits::bundled(), today);
    };
    auto copies = session(QStringLiteral("2.000815"), QDate(2026, 11, 23));
    copies->setAnswer(QStringLiteral("originals"),
                      QJsonArray{QJsonObject{{QStringLiteral("docName"), QStringLiteral("Giấy khai sinh")},
                                             {QStringLiteral("pages"), 1}, {QStringLiteral("copies"), 3}},
                                 QJsonObject{{QStringLiteral("docName"), QStringLiteral("Học bạ")},
                                             {QStringLiteral("pages"), 24}, {QStringLiteral("copies"), 2}}});
    const FeeRequest request = copies->feeRequest();
    REQUIRE(request.items.size() == 2);
    CHECK(request.items.at(1).label == QStringLiteral("Học bạ"));
    CHECK(request.items.at(1).pages == 24);
    CHECK(quoteFiling(*catalog.store, *copies, {}).total == 3 * 2000 + 2 * 26000);

    // A birth registered within 60 days: on time, free by law, nobody has to ask.
    auto birth = session(QStringLiteral("1.001193"), QDate(2026, 11, 23));
    birth->setAnswer(QStringLiteral("child"), QJsonObject{{QStringLiteral("dateOfBirth"), QStringLiteral("2026-11-01")}});
    CHECK(birth->feeRequest().exemption == QStringLiteral("on_time"));
    CHECK(quoteFiling(*catalog.store, *birth, {}).summary() == QStringLiteral("Miễn lệ phí (Đăng ký đúng hạn)"));
    // Late: the fee the province sets, unless the family is exempt.
    birth->setAnswer(QStringLiteral("child"), QJsonObject{{QStringLiteral("dateOfBirth"), QStringLiteral("2026-05-01")}});
    CHECK(birth->feeRequest().exemption.isEmpty());
    const FeeQuote late = quoteFiling(*catalog.store, *birth, {{QStringLiteral("ho-tich-on-time"), 5000}});
    CHECK(late.total == 5000);
    birth->setAnswer(QStringLiteral("feeExemption"), QStringLiteral("poor_household"));
    CHECK(quoteFiling(*catalog.store, *birth, {}).exemptionLabel == QStringLiteral("Người thuộc hộ nghèo"));
}

TEST_CASE("every bundled form's fee binding fits its procedure's fee rule", "[payments][forms]")
{
    test::TempCatalog catalog{QString()};
    for (const QString &code : FormDefinition::bundledCodes()) {
        INFO(code.toStdString());
        const FormDefinition form = FormDefinition::bundled(code).value();
        const Procedure procedure = *catalog.store->procedure(code);
        const FeeRule rule = FeeRule::fromJson(procedure.feeRule, catalog.store->feeRule(procedure.feeRule)).value();
        if (!form.fee)
            continue;
        for (const auto &e : form.fee->exemptWhen)
            CHECK(rule.exemption(e.key) != nullptr);
        if (const FieldDefinition *choice = form.field(form.fee->exemption)) {
            for (const ChoiceOption &o : choice->options)
                CHECK((o.value == QLatin1String("none") || rule.exemption(o.value) != nullptr));
        }
    }
}
