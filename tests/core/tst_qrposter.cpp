// SPDX-License-Identifier: GPL-3.0-or-later
// QR posters: real PDFs, rendered back to pictures with QtPdf and read with the kiosk's decoder.
#include "testsupport.h"

#include "config/kioskconfig.h"
#include "poster/qrposter.h"
#include "qr/payloadclassifier.h"
#include "qr/qrdecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>

using namespace motcua;
using motcua::test::Cli;
using motcua::test::Run;

namespace {

// The codes read on each page of a PDF rendered at about 100 dpi (a phone across a room sees less).
QStringList procedureCodesOnPages(const QString &pdf)
{
    QPdfDocument document;
    REQUIRE(document.load(pdf) == QPdfDocument::Error::None);
    QStringList codes;
    for (int page = 0; page < document.pageCount(); ++page) {
        const QSizeF points = document.pagePointSize(page);
        const QImage image = document.render(page, (points * 100.0 / 72.0).toSize());
        const QList<DecodedCode> found = QrDecoder::decode(image);
        codes.append(found.isEmpty() ? QStringLiteral("(none)")
                                     : PayloadClassifier::classify(found.first().text).procedureCode);
    }
    return codes;
}

} // namespace

TEST_CASE("a poster page per procedure, each with a code the kiosk reads as that procedure", "[poster]")
{
    test::TempCatalog catalog{QString()}; // the demo catalog
    QList<Procedure> procedures;
    for (const QString &code : {QStringLiteral("1.001193"), QStringLiteral("2.000815"), QStringLiteral("1.004194")})
        procedures.append(catalog.store->procedure(code).value());
    const QString pdf = catalog.dir.filePath(QStringLiteral("posters.pdf"));
    const auto pages = QrPoster::write(procedures, {QStringLiteral("UBND xã An Bình"), QStringLiteral("0238 3844 555")}, pdf);
    INFO(pages.error().toStdString());
    REQUIRE(pages.ok());
    CHECK(pages.value() == 3);
    CHECK(procedureCodesOnPages(pdf) == QStringList{QStringLiteral("1.001193"), QStringLiteral("2.000815"),
                                                    QStringLiteral("1.004194")});
    // The payload is the national portal's page: a phone opens it, the kiosk opens the procedure.
    CHECK(QrPoster::payload(procedures.first()).startsWith(QStringLiteral("https://dichvucong.gov.vn/")));
}

TEST_CASE("long names and many documents shrink to fit above the code; what cannot fit is refused", "[poster]")
{
    QTemporaryDir dir;
    Procedure p;
    p.code = QStringLiteral("2.000815");
    p.name = QStringLiteral("Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp "
                            "hoặc chứng nhận, và do cơ quan có thẩm quyền của nước ngoài cấp hoặc chứng nhận");
    p.feeText = QStringLiteral("2.000đ/trang cho trang 1 và 2; từ trang 3 trở đi 1.000đ/trang; tối đa 200.000đ/bản.");
    for (int i = 1; i <= 20; ++i)
        p.documents.append({QStringLiteral("Giấy tờ thứ %1 có tên khá dài để thử xuống dòng").arg(i),
                            RequiredDocument::Form::CertifiedCopy, 2, true, QString()});
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    const auto fitted = QrPoster::write({p}, {QStringLiteral("UBND xã An Bình"), QString()}, pdf);
    INFO(fitted.error().toStdString());
    REQUIRE(fitted.ok());
    CHECK(procedureCodesOnPages(pdf) == QStringList{QStringLiteral("2.000815")});

    p.name = p.name.repeated(12);
    const auto tooLong = QrPoster::write({p}, {}, pdf);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().contains(QStringLiteral("do not fit")));
    CHECK(procedureCodesOnPages(pdf) == QStringList{QStringLiteral("2.000815")}); // the earlier file is kept
}

TEST_CASE("posters need procedures and a writable place", "[poster]")
{
    QTemporaryDir dir;
    CHECK_FALSE(QrPoster::write({}, {}, dir.filePath(QStringLiteral("p.pdf"))).ok());
    Procedure p;
    p.code = QStringLiteral("1.001193");
    p.name = QStringLiteral("Đăng ký khai sinh");
    const auto nowhere = QrPoster::write({p}, {}, QStringLiteral("/nonexistent/folder/p.pdf"));
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().contains(QStringLiteral("/nonexistent/folder/p.pdf")));
}

TEST_CASE("cli: poster prints the featured procedures, or the codes given, and names unknown codes", "[cli][poster]")
{
    Cli cli;
    const QString pdf = cli.dir.filePath(QStringLiteral("wall.pdf"));
    const Run featured = cli({QStringLiteral("poster"), QStringLiteral("--out"), pdf, QStringLiteral("--json")});
    INFO(featured.err.toStdString());
    REQUIRE(featured.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(featured.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("pages")).toInt() == KioskConfig().featuredProcedures.size());
    CHECK(procedureCodesOnPages(pdf) == KioskConfig().featuredProcedures);

    const Run unknown = cli({QStringLiteral("poster"), QStringLiteral("--codes"), QStringLiteral("1.001193,9.999999"),
                             QStringLiteral("--out"), pdf});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("not in the catalog: 9.999999")));
    const Run noOut = cli({QStringLiteral("poster"), QStringLiteral("--codes"), QStringLiteral("1.001193")});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("usage: motcua poster")));
}

TEST_CASE("cli: qr encode writes a code that decodes to the same text", "[cli][qr]")
{
    Cli cli;
    const QString png = cli.dir.filePath(QStringLiteral("code.png"));
    const Run made = cli({QStringLiteral("qr"), QStringLiteral("encode"), QStringLiteral("Đăng ký khai sinh"),
                          QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("300")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QList<DecodedCode> codes = QrDecoder::decode(QImage(png));
    REQUIRE(codes.size() == 1);
    CHECK(codes.first().text == QStringLiteral("Đăng ký khai sinh"));
    CHECK(cli({QStringLiteral("qr"), QStringLiteral("encode"), QStringLiteral("x"), QStringLiteral("--out"), png,
               QStringLiteral("--size"), QStringLiteral("9")}).exitCode == 2);
}
