// SPDX-License-Identifier: GPL-3.0-or-later
// The clerk's outbox view: what waits, what was set aside and why, "Gửi lại" behind the clerk
// code; never a citizen's name. Checked by QAbstractItemModelTester as it changes.
#include "testsupport.h"

#include "outbox/filingstatus.h"
#include "outbox/outboxmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace motcua;

TEST_CASE("outbox model: waiting and failed filings, the clerk's retry behind the code", "[outbox]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    FeeQuote fee;
    const auto a = store->submit({}, test::copiesSubmission(fee)).value();
    const auto b = store->submit({}, test::copiesSubmission(fee)).value();
    const auto c = store->submit({}, test::copiesSubmission(fee)).value();
    REQUIRE(store->markSending(b.id).ok());
    REQUIRE(store->markFailed(b.id, QStringLiteral("HTTP 400 invalid: answers.phone")).ok());
    REQUIRE(store->markSending(c.id).ok());
    REQUIRE(store->markSent(c.id, {{QStringLiteral("portalId"), QStringLiteral("P-1")}}).ok());

    OutboxModel model(store.get(), nullptr, QStringLiteral("2468"), QTimeZone("Asia/Ho_Chi_Minh"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2); // the sent one is not listed
    QHash<QString, QModelIndex> rows;
    for (int i = 0; i < model.rowCount(); ++i)
        rows.insert(model.index(i).data(OutboxModel::FileCodeRole).toString(), model.index(i));
    const QModelIndex failed = rows.value(b.fileCode);
    CHECK(failed.data(OutboxModel::StatusRole).toString() == QStringLiteral("failed"));
    CHECK(failed.data(OutboxModel::StatusTextRole).toString() == QStringLiteral("Chưa gửi được — cán bộ đang xử lý"));
    CHECK(failed.data(OutboxModel::LastErrorRole).toString() == QStringLiteral("HTTP 400 invalid: answers.phone"));
    CHECK(failed.data(OutboxModel::AttemptsRole).toInt() == 1);
    CHECK(failed.data(OutboxModel::ReceivedRole).toString() == QStringLiteral("09:30 ngày 23/11/2026"));
    CHECK(rows.value(a.fileCode).data(OutboxModel::StatusTextRole).toString()
          == QStringLiteral("Chưa gửi — sẽ gửi khi có mạng"));
    // Nothing of the citizen in any role.
    for (const int role : model.roleNames().keys())
        CHECK_FALSE(failed.data(role).toString().contains(QStringLiteral("Đặng")));

    CHECK_FALSE(model.retry(b.fileCode, QStringLiteral("1111")));
    CHECK(model.clerkError() == QStringLiteral("Mã cán bộ không đúng."));
    CHECK(store->filingByCode(b.fileCode).value()->status == QStringLiteral("failed"));
    REQUIRE(model.retry(b.fileCode, QStringLiteral("2468")));
    CHECK(model.clerkError().isEmpty());
    CHECK(store->filingByCode(b.fileCode).value()->status == QStringLiteral("queued"));
    CHECK_FALSE(model.retry(c.fileCode, QStringLiteral("2468"))); // sent: nothing to resend
    CHECK(model.clerkError() == QStringLiteral("Hồ sơ này không còn chờ gửi."));
    CHECK_FALSE(model.reprint(c.fileCode, QStringLiteral("2468"))); // no receipt printer given
    CHECK(model.clerkError() == QStringLiteral("Máy này không có máy in biên nhận."));

    // Today's: the sent one too, with what the portal said (nothing yet). The fixture's filings
    // are of 23/11/2026; "today" is the office's date, so only a filing of today shows.
    model.setScope(QStringLiteral("today"));
    CHECK(model.scope() == QStringLiteral("today"));
    Submission now = test::copiesSubmission(fee);
    now.receivedAt = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Ho_Chi_Minh"));
    const auto d = store->submit({}, now).value();
    model.reload();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0).data(OutboxModel::FileCodeRole).toString() == d.fileCode);
    model.setScope(QStringLiteral("everything")); // not a scope: unchanged
    CHECK(model.scope() == QStringLiteral("today"));
}

TEST_CASE("file codes as citizens type them, and what each portal status reads as", "[outbox]")
{
    const QString agency = QStringLiteral("000.00.01.H01");
    CHECK(FilingStatus::normalizeFileCode(QStringLiteral("000.00.01.h01-261123-0001"), agency)
          == QStringLiteral("000.00.01.H01-261123-0001"));
    CHECK(FilingStatus::normalizeFileCode(QStringLiteral("261123 0001"), agency) == QStringLiteral("000.00.01.H01-261123-0001"));
    CHECK(FilingStatus::normalizeFileCode(QStringLiteral("2611230001"), agency) == QStringLiteral("000.00.01.H01-261123-0001"));
    CHECK_FALSE(FilingStatus::normalizeFileCode(QStringLiteral("261123-001"), agency));
    CHECK_FALSE(FilingStatus::normalizeFileCode(QStringLiteral("khai sinh"), agency));
    CHECK_FALSE(FilingStatus::normalizeFileCode(QStringLiteral("261123-0001"), QString()));
    CHECK(FilingStatus::citizenText(2) == QStringLiteral("Đã tiếp nhận"));
    CHECK(FilingStatus::citizenText(1) == QStringLiteral("Đã tiếp nhận"));
    CHECK(FilingStatus::citizenText(9) == QStringLiteral("Đã có kết quả, mời đến nhận"));
    CHECK(FilingStatus::citizenText(42) == QStringLiteral("Đang giải quyết"));
}

TEST_CASE("outbox model: the clerk settles a fee from the list, by name in clerk mode", "[outbox][clerk]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    FeeQuote fee;
    fee.total = 14000;
    fee.known = true;
    const auto filing = store->submit({}, test::copiesSubmission(fee)).value();
    OutboxModel model(store.get(), nullptr, QStringLiteral("2468"), QTimeZone("Asia/Ho_Chi_Minh"));
    ClerkGate gate(QStringLiteral("2468"));
    model.setClerkGate(&gate);
    QSignalSpy acted(&gate, &ClerkGate::acted);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex row = model.index(0);
    CHECK(row.data(OutboxModel::PaymentStateRole).toString() == QStringLiteral("unpaid"));
    CHECK(row.data(OutboxModel::FeeTextRole).toString() == QStringLiteral("14.000 đ"));

    CHECK_FALSE(model.confirmPayment(filing.fileCode, QStringLiteral("cash"), QStringLiteral("1111")));
    CHECK(acted.isEmpty());
    gate.setActing(QStringLiteral("Lan"), QStringLiteral("clerk"));
    REQUIRE(model.confirmPayment(filing.fileCode, QStringLiteral("cash"), QString()));
    const auto stored = store->filingByCode(filing.fileCode).value();
    CHECK(stored->payment.state == Payment::State::Paid);
    CHECK(stored->payment.confirmedBy == QStringLiteral("Lan"));
    REQUIRE(acted.size() == 1);
    CHECK(acted.first().at(1).toString() == QStringLiteral("payment_confirmed"));
    CHECK_FALSE(model.confirmPayment(filing.fileCode, QStringLiteral("cash"), QString())); // paid already
}
