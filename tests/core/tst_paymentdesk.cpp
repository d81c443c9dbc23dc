// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's payment desk on a real outbox: the VietQR code of a filing read back through a
// real QR image, the countdown, and the moves of the citizen and the clerk.
#include "testsupport.h"

#include "outbox/filingstore.h"
#include "payment/paymentdesk.h"
#include "payment/vietqr.h"
#include "session/clerkgate.h"
#include "qr/qrdecoder.h"
#include "qr/qrwriter.h"

#include <QSignalSpy>

using namespace motcua;
using motcua::test::waitUntil;

namespace {

QString fileWithFee(FilingStore &store, qint64 total, bool known = true)
{
    FeeQuote fee;
    fee.total = total;
    fee.known = known;
    const auto filing = store.submit({}, test::copiesSubmission(fee));
    REQUIRE(filing.ok());
    return filing->fileCode;
}

const PaymentDesk::Settings kCommune{QStringLiteral("970405"), QStringLiteral("3600205123456"),
                                     QStringLiteral("UBND XA MINH CHAU"), 10, QStringLiteral("2468")};

} // namespace

TEST_CASE("the payment code of a filing: exact amount, file code as the note, the commune's account", "[paymentdesk]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    PaymentDesk desk(store.get(), kCommune);
    const QString code = fileWithFee(*store, 14000);
    REQUIRE(desk.show(code));
    CHECK(desk.offersTransfer());
    CHECK(desk.amountText() == QStringLiteral("14.000 đ"));
    CHECK(desk.amountInWords() == QStringLiteral("Mười bốn nghìn đồng"));
    CHECK(desk.bankName() == QStringLiteral("Agribank"));
    // Through a real QR image and back, as the citizen's bank app reads it.
    const auto image = QrWriter::render(desk.qrPayload(), 384);
    REQUIRE(image.ok());
    const QList<DecodedCode> read = QrDecoder::decode(image.value());
    REQUIRE(read.size() == 1);
    const auto fields = VietQr::parse(read.first().text);
    REQUIRE(fields.ok());
    CHECK(fields->bankBin == QStringLiteral("970405"));
    CHECK(fields->account == QStringLiteral("3600205123456"));
    CHECK(fields->amount == 14000);
    CHECK(fields->dynamic);
    CHECK(fields->purpose == code);
    CHECK(desk.secondsLeft() == 600);
    REQUIRE(waitUntil([&] { return desk.secondsLeft() <= 599; }, 2500)); // the countdown runs
}

TEST_CASE("no code without an account, an amount, or once paid; moves recorded in the outbox", "[paymentdesk]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    PaymentDesk cashOnly(store.get(), {});
    const QString code = fileWithFee(*store, 14000);
    REQUIRE(cashOnly.show(code));
    CHECK_FALSE(cashOnly.offersTransfer());
    CHECK(cashOnly.qrPayload().isEmpty());
    CHECK(cashOnly.secondsLeft() == 0);
    CHECK_FALSE(cashOnly.confirm(QString(), QStringLiteral("cash"))); // no clerk code set: nobody confirms

    PaymentDesk desk(store.get(), kCommune);
    REQUIRE(desk.show(fileWithFee(*store, 0, false)));
    CHECK_FALSE(desk.offersTransfer()); // the clerk says the amount
    CHECK_FALSE(desk.amountKnown());

    REQUIRE(desk.show(code));
    CHECK(desk.reportTransfer());
    CHECK(desk.state() == QStringLiteral("pending_confirmation"));
    CHECK_FALSE(desk.offersTransfer());
    CHECK_FALSE(desk.confirm(QStringLiteral("1111"), QStringLiteral("bank")));
    CHECK(desk.clerkError() == QStringLiteral("Mã cán bộ không đúng."));
    CHECK(desk.confirm(QStringLiteral("2468"), QStringLiteral("bank")));
    CHECK(desk.state() == QStringLiteral("paid"));
    CHECK_FALSE(desk.reportTransfer()); // paid: nothing more to report
    const auto filing = store->filingByCode(code);
    CHECK((*filing)->payment.state == Payment::State::Paid);
    CHECK((*filing)->payment.method == QStringLiteral("bank"));
    desk.clear();
    CHECK(desk.fileCode().isEmpty());
    CHECK_FALSE(desk.show(QStringLiteral("000.00.01.H01-261123-9999")));
}

TEST_CASE("the clerk gives the amount the kiosk could not work out; guessing the code locks it", "[paymentdesk]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    PaymentDesk desk(store.get(), kCommune);
    const QString code = fileWithFee(*store, 0, false);
    REQUIRE(desk.show(code));
    CHECK_FALSE(desk.confirm(QStringLiteral("2468"), QStringLiteral("cash")));
    CHECK(desk.clerkError() == QStringLiteral("Nhập số tiền lệ phí đã thu."));
    REQUIRE(desk.confirm(QStringLiteral("2468"), QStringLiteral("cash"), 5000));
    CHECK(desk.amountText() == QStringLiteral("5.000 đ"));
    CHECK((*store->filingByCode(code).value()).payment.amount == 5000);

    REQUIRE(desk.show(fileWithFee(*store, 14000)));
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(desk.confirm(QStringLiteral("0000"), QStringLiteral("cash")));
    // Locked now: even the right code waits.
    CHECK_FALSE(desk.confirm(QStringLiteral("2468"), QStringLiteral("cash")));
    CHECK(desk.clerkError().startsWith(QStringLiteral("Nhập sai mã nhiều lần")));
    CHECK(desk.state() == QStringLiteral("unpaid"));
}

TEST_CASE("a claimed exemption: no code until the clerk decides; refused, the fee shows", "[paymentdesk]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    PaymentDesk desk(store.get(), kCommune);
    FeeQuote claim;
    claim.exemptionKey = QStringLiteral("disability");
    claim.exemptionLabel = QStringLiteral("Người khuyết tật");
    claim.exemptionClaimed = true;
    claim.withoutExemption = 50000;
    const QString granted = store->submit({}, test::copiesSubmission(claim))->fileCode;
    REQUIRE(desk.show(granted));
    CHECK(desk.state() == QStringLiteral("exemption_claimed"));
    CHECK(desk.awaitsClerk());
    CHECK_FALSE(desk.amountDue());
    CHECK_FALSE(desk.offersTransfer());
    CHECK(desk.statusText().contains(QStringLiteral("Người khuyết tật")));
    CHECK_FALSE(desk.decideExemption(QStringLiteral("1111"), true));
    CHECK(desk.clerkError() == QStringLiteral("Mã cán bộ không đúng."));
    REQUIRE(desk.decideExemption(QStringLiteral("2468"), true));
    CHECK(desk.state() == QStringLiteral("waived"));
    CHECK_FALSE(desk.awaitsClerk());
    CHECK(desk.statusText() == QStringLiteral("Không phải nộp lệ phí: Người khuyết tật."));
    CHECK_FALSE(desk.decideExemption(QStringLiteral("2468"), false)); // decided already
    CHECK(desk.clerkError() == QStringLiteral("Hồ sơ này không chờ kiểm tra miễn lệ phí."));

    REQUIRE(desk.show(store->submit({}, test::copiesSubmission(claim))->fileCode));
    REQUIRE(desk.decideExemption(QStringLiteral("2468"), false));
    CHECK(desk.state() == QStringLiteral("unpaid"));
    CHECK(desk.amountDue());
    CHECK(desk.amountText() == QStringLiteral("50.000 đ"));
    CHECK(desk.offersTransfer());
    CHECK(desk.secondsLeft() == 600);
    CHECK(VietQr::parse(desk.qrPayload())->amount == 50000);
}

TEST_CASE("in clerk mode the logged-in clerk confirms without a code, by name, and the audit hears of it", "[paymentdesk][clerk]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    ClerkGate gate(QStringLiteral("2468"));
    PaymentDesk desk(store.get(), kCommune);
    desk.setClerkGate(&gate);
    QSignalSpy acted(&gate, &ClerkGate::acted);
    const QString code = fileWithFee(*store, 14000);
    REQUIRE(desk.show(code));

    // Nobody logged in: the code is needed, and a wrong one is refused (and not audited).
    CHECK_FALSE(desk.confirm(QString(), QStringLiteral("cash")));
    CHECK(desk.clerkError() == QStringLiteral("Mã cán bộ không đúng."));
    CHECK(acted.isEmpty());

    gate.setActing(QStringLiteral("Lan"), QStringLiteral("clerk"));
    REQUIRE(desk.confirm(QString(), QStringLiteral("cash")));
    const auto filing = store->filingByCode(code);
    REQUIRE(filing.ok());
    CHECK((*filing)->payment.state == Payment::State::Paid);
    CHECK((*filing)->payment.confirmedBy == QStringLiteral("Lan"));
    REQUIRE(acted.size() == 1);
    CHECK(acted.first().at(0).toString() == QStringLiteral("clerk:Lan"));
    CHECK(acted.first().at(1).toString() == QStringLiteral("payment_confirmed"));
    CHECK(acted.first().at(2).toString() == code);

    // Logged out: the code again.
    gate.clearActing();
    CHECK(gate.actor() == QStringLiteral("clerk-code"));
    CHECK(gate.who() == QStringLiteral("cán bộ tại quầy"));
    CHECK_FALSE(gate.check(QStringLiteral("0000")).isEmpty());
}
