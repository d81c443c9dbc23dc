// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of code the kiosk's scanner meets, and the malformed ones.
#include "testsupport.h"

#include "payment/crc16.h"
#include "qr/payloadclassifier.h"

using namespace motcua;
using Kind = ScanPayload::Kind;

namespace {

const QDate kToday(2026, 11, 23);

ScanPayload classify(const QString &text)
{
    return PayloadClassifier::classify(text, kToday);
}

VietQrData fee()
{
    VietQrData d;
    d.bankBin = QStringLiteral("970436");
    d.account = QStringLiteral("0011001234567");
    d.amount = 8000;
    d.purpose = QStringLiteral("Lệ phí 000.00.01.H01-261123-0001");
    return d;
}

} // namespace

TEST_CASE("CRC-16/CCITT-FALSE has its check value", "[vietqr]")
{
    CHECK(crc16CcittFalse("123456789") == 0x29B1);
    CHECK(crc16Hex("123456789") == QStringLiteral("29B1"));
    CHECK(crc16Hex("") == QStringLiteral("FFFF"));
}

TEST_CASE("a VietQR code is written and read back", "[vietqr]")
{
    const QString code = VietQr::encode(fee());
    CHECK(code.startsWith(QStringLiteral("000201010212")));
    CHECK(code.contains(QStringLiteral("5303704")));
    CHECK(code.contains(QStringLiteral("54048000")));
    const auto read = VietQr::parse(code);
    INFO(read.error().toStdString());
    REQUIRE(read.ok());
    CHECK(read->dynamic);
    CHECK(read->bankBin == QStringLiteral("970436"));
    CHECK(read->bankName() == QStringLiteral("Vietcombank"));
    CHECK(read->account == QStringLiteral("0011001234567"));
    CHECK(read->amount == 8000);
    CHECK(read->purpose == QStringLiteral("Le phi 000.00.01.H01-2611")); // ASCII, 25 characters
    CHECK(read->purpose.size() == 25);

    VietQrData open = fee();
    open.amount = 0;
    open.purpose.clear();
    const auto staticCode = VietQr::parse(VietQr::encode(open));
    REQUIRE(staticCode.ok());
    CHECK_FALSE(staticCode->dynamic);
}

TEST_CASE("a malformed VietQR names what is wrong", "[vietqr]")
{
    const QString good = VietQr::encode(fee());
    QString wrongCrc = good;
    wrongCrc.replace(wrongCrc.size() - 4, 4, QStringLiteral("0000"));
    CHECK(VietQr::parse(wrongCrc).error().contains(QStringLiteral("CRC is")));
    CHECK(VietQr::parse(good.left(good.size() - 10)).error().contains(QStringLiteral("VietQR")));
    CHECK(VietQr::parse(QStringLiteral("000201010211389")).error().contains(QStringLiteral("cut off")));
    CHECK(VietQr::parse(QStringLiteral("00020101021138990000")).error().contains(QStringLiteral("runs past the end")));
    // A tag EMVCo reserves for future use, with a correct CRC.
    QString body = good.left(good.size() - 8) + QStringLiteral("7002AB6304");
    CHECK(VietQr::parse(body + crc16Hex(body.toLatin1())).error().contains(QStringLiteral("unknown tag 70")));
    // Another currency.
    QString dollars = good.left(good.size() - 8);
    dollars.replace(QStringLiteral("5303704"), QStringLiteral("5303840"));
    dollars += QStringLiteral("6304");
    CHECK(VietQr::parse(dollars + crc16Hex(dollars.toLatin1())).error().contains(QStringLiteral("704")));
    CHECK_FALSE(VietQr::parse(QString()).ok());
}

TEST_CASE("VietQR ids and lengths are two ASCII digits, and so are BINs and amounts", "[vietqr]")
{
    // Found by tests/fuzz (regressions/vietqr): "-4" looped for ever, "+2" and non-ASCII digits
    // were taken for numbers, and the CRC counted every non-Latin-1 character as '?'.
    // QString, not auto: with QStringBuilder "body + …" would refer to this call's dead locals.
    const auto withCrc = [](const QString &body) -> QString { return body + crc16Hex(body.toUtf8()); };
    const QString good = VietQr::encode(fee());
    const QString body = good.left(good.size() - 4);
    CHECK(VietQr::parse(withCrc(body)).ok());
    CHECK(VietQr::parse(QStringLiteral("00020101-4AB")).error().contains(QStringLiteral("no 2-digit id and length")));
    for (const auto &[from, to] : {std::pair{"5802VN", "58+2VN"}, std::pair{"5802VN", "58 2VN"},
                                   std::pair{"5802VN", "+802VN"}}) {
        QString signedLength = body;
        signedLength.replace(QLatin1String(from), QLatin1String(to));
        CHECK(VietQr::parse(withCrc(signedLength)).error().contains(QStringLiteral("no 2-digit id and length")));
    }
    QString arabicBin = body;
    arabicBin.replace(QStringLiteral("970436"), QStringLiteral("٩٧٠٤٣٦"));
    CHECK(VietQr::parse(withCrc(arabicBin)).error().contains(QStringLiteral("BIN")));
    QString fullWidthAmount = body;
    fullWidthAmount.replace(QStringLiteral("54048000"), QStringLiteral("5404８０００"));
    CHECK(VietQr::parse(withCrc(fullWidthAmount)).error().contains(QStringLiteral("amount")));
    QString zero = body;
    zero.replace(QStringLiteral("54048000"), QStringLiteral("54010"));
    CHECK(VietQr::parse(withCrc(zero)).error().contains(QStringLiteral("more than 0")));

    VietQrData odd = fee();
    odd.account = QStringLiteral("00110012345一丁");
    const QString oddCode = VietQr::encode(odd);
    REQUIRE(VietQr::parse(oddCode).ok());
    QString sameLatin1 = oddCode.left(oddCode.size() - 4);
    sameLatin1.replace(QStringLiteral("一丁"), QStringLiteral("丁一"));
    CHECK(VietQr::parse(sameLatin1 + oddCode.right(4)).error().contains(QStringLiteral("CRC is")));
}

TEST_CASE("procedure posters, portal links and bare codes open a procedure", "[classifier]")
{
    for (const char *text : {"1.001193", " 1.001193 ",
                             "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193",
                             "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.001193",
                             "https://dichvucong.hanoi.gov.vn/thu-tuc?maThuTuc=1.001193&x=1"}) {
        INFO(text);
        const ScanPayload p = classify(QString::fromUtf8(text));
        CHECK(p.kind == Kind::Procedure);
        CHECK(p.procedureCode == QStringLiteral("1.001193"));
    }
    const ScanPayload provincial = classify(QStringLiteral("1.004873.000.00.00.H01"));
    CHECK(provincial.kind == Kind::Procedure);
    CHECK(provincial.procedureCode == QStringLiteral("1.004873"));
    CHECK(provincial.provincialCode == QStringLiteral("1.004873.000.00.00.H01"));
    const ScanPayload badLink = classify(QStringLiteral("https://dichvucong.gov.vn/x.html?ma_thu_tuc=khai-sinh"));
    CHECK(badLink.kind == Kind::Invalid);
    CHECK_FALSE(badLink.vietnamese.isEmpty());
}

TEST_CASE("chip ID cards, payment codes, file codes, links and text", "[classifier]")
{
    const ScanPayload card = classify(QStringLiteral("001195012345||Trần Thị Hoa|18031995|Nữ|Phường Ba Đình, Thành phố Hà Nội|01022021|extra"));
    REQUIRE(card.kind == Kind::Cccd);
    CHECK(card.cccd.fullName == QStringLiteral("Trần Thị Hoa"));

    const ScanPayload pay = classify(VietQr::encode(fee()));
    REQUIRE(pay.kind == Kind::VietQr);
    CHECK(pay.vietQr.amount == 8000);

    const ScanPayload receipt = classify(QStringLiteral("000.00.01.H01-261123-0001|1.001193|001195012345|2026-11-23"));
    REQUIRE(receipt.kind == Kind::FileCode);
    CHECK(receipt.fileCode == QStringLiteral("000.00.01.H01-261123-0001"));
    CHECK(classify(QStringLiteral("000.00.01.H01-261123-0001")).kind == Kind::FileCode);

    const ScanPayload link = classify(QStringLiteral("https://example.com/khuyen-mai"));
    REQUIRE(link.kind == Kind::Url);
    CHECK(link.url.host() == QStringLiteral("example.com"));

    const ScanPayload text = classify(QStringLiteral("Xin chào"));
    REQUIRE(text.kind == Kind::Text);
    CHECK(text.text == QStringLiteral("Xin chào"));
}

TEST_CASE("malformed codes never crash and always say why", "[classifier]")
{
    const QString badCard = QStringLiteral("001195012345||Trần Thị Hoa|31021995|Nữ|Hà Nội|01022021");
    const QString binary = QString::fromLatin1("\x01\x02\x03 abc", 7);
    const QString huge(PayloadClassifier::kMaxLength + 1, u'a');
    QString wrongCrc = VietQr::encode(fee());
    wrongCrc.chop(4);
    wrongCrc += QStringLiteral("ABCD");
    for (const QString &payload : {QString(), QStringLiteral("   "), binary, huge, badCard, wrongCrc,
                                   QStringLiteral("0002010102"), QStringLiteral("123456789|x")}) {
        INFO(payload.left(40).toStdString());
        const ScanPayload p = classify(payload);
        CHECK(p.kind == Kind::Invalid);
        CHECK_FALSE(p.english.isEmpty());
        CHECK_FALSE(p.vietnamese.isEmpty());
        CHECK_FALSE(p.english.contains(QStringLiteral("Trần Thị Hoa"))); // never the personal data
    }
    CHECK(classify(badCard).english.contains(QStringLiteral("chip ID card")));
}
