// SPDX-License-Identifier: GPL-3.0-or-later
// The messages the core hands to the screens go through Qt's translation system; what the
// outbox keeps, the portal gets and the receipt prints stays Vietnamese whatever the language.
// The English comes from tests/data/tr-check_en.ts (a few messages of each area, compiled by
// lrelease at build time), in the contexts lupdate files them under: a message translated under
// another context than the one the code asks for, or a kept text that followed the language,
// fails here.
#include "testsupport.h"

#include "common/uilanguage.h"
#include "identity/cccdparser.h"
#include "outbox/filingstatus.h"
#include "outbox/filingstore.h"
#include "outbox/satisfaction.h"
#include "payment/feecalculator.h"
#include "payment/paymentdesk.h"
#include "qr/camerascanner.h"
#include "qr/payloadclassifier.h"
#include "qr/scaninbox.h"
#include "session/clerkcode.h"
#include "session/ratingdesk.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTranslator>

using namespace motcua;

namespace {

// The test's English, installed for one test case.
class English
{
public:
    English()
    {
        REQUIRE(m_translator.load(QStringLiteral(MOTCUA_TR_CHECK_QM)));
        REQUIRE(QCoreApplication::installTranslator(&m_translator));
    }
    ~English() { QCoreApplication::removeTranslator(&m_translator); }
    English(const English &) = delete;
    English &operator=(const English &) = delete;

private:
    QTranslator m_translator;
};

FeeQuote quoted(const char *ruleJson, const FeeRequest &request = {})
{
    const auto rule = FeeRule::fromJson(QStringLiteral("test"), QJsonDocument::fromJson(ruleJson).object());
    REQUIRE(rule.ok());
    const auto q = FeeCalculator::quote(rule.value(), request);
    REQUIRE(q.ok());
    return q.value();
}

const char *kFree = R"({"kind": "free"})";
const char *kPerCopy = R"({"kind": "fixed", "amount": 8000, "per": "copy"})";

// When copiesSubmission() is received.
QDateTime morning()
{
    return test::copiesSubmission({}).receivedAt;
}

} // namespace

TEST_CASE("without a translator the screens read the Vietnamese source texts", "[translations]")
{
    CHECK(CccdError{CccdError::Kind::NameMissing, {}}.vietnamese() == QStringLiteral("Mã QR không có họ và tên."));
    CHECK(PayloadClassifier::classify(QString()).vietnamese == QStringLiteral("Mã trống, không có nội dung."));
    CHECK(FilingStatus::citizenText(9) == QStringLiteral("Đã có kết quả, mời đến nhận"));
    CHECK(ClerkCode(QString()).check(QStringLiteral("1")) == QStringLiteral("Máy chưa được cài mã cán bộ."));
    const FeeQuote free = quoted(kFree);
    CHECK(free.shownSummary() == QStringLiteral("Không mất lệ phí"));
    CHECK(free.toView().value(QStringLiteral("summary")).toString() == free.summary());
    const FeeQuote copies = quoted(kPerCopy, {{{QString(), 1, 2}}, {}});
    CHECK(copies.lines.first().shownDetail == QStringLiteral("2 bản × 8.000 đ"));
    CHECK(Satisfaction::ratingChoices().first().shownLabel() == QStringLiteral("Rất hài lòng"));
    CHECK(Payment::shownReason(Payment::noFeeReason()) == QStringLiteral("Không mất lệ phí"));
    CHECK(Submission::shownTimeText(morning()) == QStringLiteral("09:30 ngày 23/11/2026"));
    CHECK(Submission::shownDayText(morning().date()) == Submission::dayText(morning().date()));
}

TEST_CASE("in English the screens' messages are English in every area", "[translations]")
{
    const English english;
    CHECK(CccdError{CccdError::Kind::NameMissing, {}}.vietnamese() == QStringLiteral("The QR code has no full name."));
    const ScanPayload empty = PayloadClassifier::classify(QString());
    CHECK(empty.vietnamese == QStringLiteral("The code is empty."));
    CHECK(empty.english == QStringLiteral("the code is empty")); // the log's reason is not translated
    ScanInbox inbox(nullptr);
    CHECK(inbox.handle(QStringLiteral("xin chào")).value(QStringLiteral("message")).toString()
          == QStringLiteral("This code only holds text: xin chào"));
    CameraScanner scanner(QStringLiteral("none"));
    scanner.start();
    CHECK(scanner.problem().startsWith(QStringLiteral("This kiosk has no camera")));
    CHECK(FilingStatus::citizenText(9) == QStringLiteral("Result ready: please come and collect it"));
    CHECK(FilingStatus::notSentText(QStringLiteral("failed")) == QStringLiteral("Not sent yet — a clerk is looking into it"));
    ClerkCode code(QStringLiteral("2468"));
    CHECK(code.check(QStringLiteral("0000")) == QStringLiteral("Wrong clerk code."));
    RatingDesk rating(nullptr);
    CHECK(RatingDesk::choices().first().toMap().value(QStringLiteral("label")).toString()
          == QStringLiteral("Very satisfied"));
    CHECK_FALSE(rating.submit()); // nothing chosen: the store is not asked
    CHECK(rating.message() == QStringLiteral("Please touch one of the faces."));
    CHECK(Submission::shownTimeText(morning()) == QStringLiteral("09:30, 23/11/2026"));
}

TEST_CASE("in English what is kept, sent and printed stays Vietnamese; the screens show English", "[translations]")
{
    const English english;
    // A rating's label: the report and the export keep the Vietnamese.
    const RatingChoice best = Satisfaction::ratingChoices().first();
    CHECK(best.label == QStringLiteral("Rất hài lòng"));
    CHECK(best.shownLabel() == QStringLiteral("Very satisfied"));

    // A fee quote made while the kiosk speaks English: kept in Vietnamese, shown in English.
    const FeeQuote copies = quoted(kPerCopy, {{{QString(), 1, 2}}, {}});
    REQUIRE(copies.lines.size() == 1);
    CHECK(copies.lines.first().label == QStringLiteral("Lệ phí"));
    CHECK(copies.lines.first().detail == QStringLiteral("2 bản × 8.000 đ"));
    const QJsonObject keptLine = copies.toJson().value(QStringLiteral("lines")).toArray().first().toObject();
    CHECK(keptLine.value(QStringLiteral("label")).toString() == QStringLiteral("Lệ phí"));
    const QVariantMap shownLine = copies.toView().value(QStringLiteral("lines")).toList().first().toMap();
    CHECK(shownLine.value(QStringLiteral("label")).toString() == QStringLiteral("Fee"));
    CHECK(shownLine.value(QStringLiteral("detail")).toString() == QStringLiteral("2 × 8.000 đ per copy"));

    const FeeQuote free = quoted(kFree);
    CHECK(free.summary() == QStringLiteral("Không mất lệ phí"));
    CHECK(free.toJson().value(QStringLiteral("summary")).toString() == QStringLiteral("Không mất lệ phí"));
    CHECK(free.toView().value(QStringLiteral("summary")).toString() == QStringLiteral("Free"));

    // Filed in English: the outbox keeps the Vietnamese; the payment desk shows English.
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    const auto filed = store->submit({}, test::copiesSubmission(free));
    REQUIRE(filed.ok());
    const auto kept = store->filingByCode(filed->fileCode);
    REQUIRE(kept.ok());
    REQUIRE(kept.value().has_value());
    CHECK(kept.value()->payment.waivedReason == QStringLiteral("Không mất lệ phí"));
    CHECK(kept.value()->submission.fee.summary() == QStringLiteral("Không mất lệ phí"));
    PaymentDesk desk(store.get(), {});
    REQUIRE(desk.show(filed->fileCode));
    CHECK(desk.waivedReason() == QStringLiteral("Free"));
    CHECK(desk.statusText() == QStringLiteral("No fee to pay: Free."));

    // Receipt times stay Vietnamese; the weekday on screen follows UiLanguage.
    CHECK(Submission::timeText(morning()) == QStringLiteral("09:30 ngày 23/11/2026"));
    const QString vietnameseDay = Submission::dayText(morning().date());
    REQUIRE(UiLanguage::set(QStringLiteral("en")));
    const QString englishDay = Submission::shownDayText(morning().date());
    const QString keptDay = Submission::dayText(morning().date());
    REQUIRE(UiLanguage::set(QStringLiteral("vi")));
    CHECK(englishDay == QStringLiteral("Monday, 23/11/2026"));
    CHECK(keptDay == vietnameseDay);
}
