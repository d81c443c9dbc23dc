// SPDX-License-Identifier: GPL-3.0-or-later
// Receipts as real PDFs: turned into pictures with pdftoppm (poppler-utils), the QR read back
// to the file code, the text read with QtPdf — the applicant's ID masked but for 4 digits.
#include "testsupport.h"

#include "qr/payloadclassifier.h"
#include "qr/qrdecoder.h"
#include "receipt/receipt.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace motcua;
using motcua::test::Cli;
using motcua::test::Run;
using motcua::test::pageImage;
using motcua::test::pdfText;

namespace {

Filing paidFiling(FilingStore &store)
{
    FeeQuote fee;
    fee.total = 14000;
    Submission s = test::copiesSubmission(fee);
    s.applicantName = QStringLiteral("Đặng Thị Thu");
    s.applicantIdNumber = QStringLiteral("001188089012");
    s.answers = {{QStringLiteral("doc1"), QJsonObject{{QStringLiteral("have"), true}}}};
    s.appointmentDate = QDate(2026, 11, 24);
    const auto filed = store.submit({}, s);
    REQUIRE(filed.ok());
    REQUIRE(store.confirmPayment(filed->fileCode, QStringLiteral("cash"), QStringLiteral("Chị Lan")).ok());
    return *store.filingByCode(filed->fileCode).value();
}

} // namespace

TEST_CASE("a receipt on A5 and on an 80 mm roll: its QR gives the file code, the ID is masked", "[receipt]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    const Filing filing = paidFiling(*store);
    Procedure procedure;
    procedure.code = QStringLiteral("2.000815");
    procedure.documents = {{QStringLiteral("Bản chính giấy tờ cần sao"), RequiredDocument::Form::Present, 1, true, {}},
                           {QStringLiteral("Bản chụp của bản chính"), RequiredDocument::Form::Copy, 1, true, {}}};
    const ReceiptData data = ReceiptData::from(filing, procedure, QStringLiteral("UBND xã An Bình"),
                                               QStringLiteral("0238 3844 555"), QTimeZone("Asia/Ho_Chi_Minh"));
    CHECK(data.applicantIdMasked == QStringLiteral("••••••••9012"));
    CHECK(data.documents == QStringList{QStringLiteral("Bản chính giấy tờ cần sao")}); // only what was brought
    CHECK(data.payment == QStringLiteral("Đã nộp 14.000 đ bằng tiền mặt"));
    CHECK(data.received == QStringLiteral("09:30 ngày 23/11/2026"));

    for (const auto layout : {Receipt::Layout::A5, Receipt::Layout::Roll80}) {
        const QString pdf = dir.filePath(layout == Receipt::Layout::A5 ? QStringLiteral("a5.pdf") : QStringLiteral("roll.pdf"));
        const Status written = Receipt::writePdf(data, layout, pdf);
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        const QImage page = pageImage(pdf);
        REQUIRE_FALSE(page.isNull());
        // A5 is 148 mm wide; the roll 80 mm, and as long as its text.
        const double widthMm = page.width() * 25.4 / 150;
        CHECK(widthMm == Approx(layout == Receipt::Layout::A5 ? 148 : 80).margin(1));
        if (layout == Receipt::Layout::Roll80)
            CHECK(page.height() * 25.4 / 150 < 200); // a roll is cut where the text ends
        const QList<DecodedCode> codes = QrDecoder::decode(page, QrDecoder::Effort::Thorough);
        REQUIRE(codes.size() == 1);
        const ScanPayload scanned = PayloadClassifier::classify(codes.first().text);
        CHECK(scanned.kind == ScanPayload::Kind::FileCode);
        CHECK(scanned.fileCode == filing.fileCode);
        const QString text = pdfText(pdf);
        CHECK(text.contains(filing.fileCode));
        CHECK(text.contains(QStringLiteral("Đặng Thị Thu")));
        CHECK_FALSE(text.contains(QStringLiteral("001188089012")));
        CHECK(text.contains(QStringLiteral("Thứ Ba, 24/11/2026")));
    }
}

TEST_CASE("cli: receipt writes a filing's receipt, and names a file code it does not know", "[cli][receipt]")
{
    Cli cli;
    const Run filed = cli({QStringLiteral("--json"), QStringLiteral("form"), QStringLiteral("run"), QStringLiteral("2.000815"),
                           QStringLiteral("--answers"),
                           QStringLiteral(MOTCUA_SOURCE_DIR "/resources/forms/answers/2.000815.json")});
    INFO(filed.err.toStdString());
    REQUIRE(filed.exitCode == 0);
    const QString code = QJsonDocument::fromJson(filed.out.toUtf8()).object().value(QStringLiteral("fileCode")).toString();
    const QString pdf = cli.dir.filePath(QStringLiteral("receipt.pdf"));
    const Run made = cli({QStringLiteral("receipt"), code, QStringLiteral("--out"), pdf, QStringLiteral("--layout"),
                          QStringLiteral("roll80")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(pdfText(pdf).contains(QStringLiteral("Chưa nộp 14.000 đ")));
    const Run unknown = cli({QStringLiteral("receipt"), QStringLiteral("000.00.01.H01-261123-9999"), QStringLiteral("--out"), pdf});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("no filing 000.00.01.H01-261123-9999")));
}
