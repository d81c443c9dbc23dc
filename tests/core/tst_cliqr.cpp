// SPDX-License-Identifier: GPL-3.0-or-later
// `motcua qr decode` and `motcua qr classify` as a real process on generated images.
#include "testsupport.h"

#include "payment/vietqr.h"
#include "qr/qrwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using motcua::test::Cli;
using motcua::test::Run;

TEST_CASE("cli: qr decode reads codes from image files and says what each is", "[cli][qr]")
{
    Cli cli;
    const QString poster = cli.dir.filePath(QStringLiteral("poster.png"));
    const auto image = motcua::QrWriter::render(QStringLiteral("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.000815"), 500);
    REQUIRE(image.ok());
    REQUIRE(image->save(poster));
    const QString blank = cli.dir.filePath(QStringLiteral("blank.png"));
    QImage white(400, 300, QImage::Format_RGB32);
    white.fill(Qt::white);
    REQUIRE(white.save(blank));

    const Run json = cli({QStringLiteral("qr"), QStringLiteral("decode"), poster, QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject first = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    const QJsonObject code = first.value(QStringLiteral("codes")).toArray().first().toObject();
    CHECK(code.value(QStringLiteral("format")).toString() == QStringLiteral("QRCode"));
    CHECK(code.value(QStringLiteral("corners")).toArray().size() == 4);
    const QJsonObject kind = code.value(QStringLiteral("classification")).toObject();
    CHECK(kind.value(QStringLiteral("kind")).toString() == QStringLiteral("procedure"));
    CHECK(kind.value(QStringLiteral("procedureCode")).toString() == QStringLiteral("2.000815"));

    const Run mixed = cli({QStringLiteral("qr"), QStringLiteral("decode"), poster, blank,
                           cli.dir.filePath(QStringLiteral("missing.png"))});
    CHECK(mixed.exitCode == 1);
    CHECK(mixed.out.contains(QStringLiteral("poster.png: QRCode [procedure procedureCode=2.000815]")));
    CHECK(mixed.out.contains(QStringLiteral("blank.png: no QR code found")));
    CHECK(mixed.out.contains(QStringLiteral("missing.png: cannot read the image")));
}

TEST_CASE("cli: qr classify names the kind, and the reason for a bad code", "[cli][qr]")
{
    Cli cli;
    motcua::VietQrData fee;
    fee.bankBin = QStringLiteral("970418");
    fee.account = QStringLiteral("12345678");
    fee.amount = 10000;
    const Run pay = cli({QStringLiteral("qr"), QStringLiteral("classify"), motcua::VietQr::encode(fee), QStringLiteral("--json")});
    REQUIRE(pay.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(pay.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("vietqr"));
    CHECK(o.value(QStringLiteral("bank")).toString() == QStringLiteral("BIDV"));
    CHECK(o.value(QStringLiteral("amount")).toInt() == 10000);

    const Run card = cli({QStringLiteral("qr"), QStringLiteral("classify"),
                          QStringLiteral("001195012345||Trần Thị Hoa|18031995|Nữ|Hà Nội|01022021")});
    CHECK(card.exitCode == 0);
    CHECK(card.out.trimmed() == QStringLiteral("cccd"));          // no personal data printed
    const Run bad = cli({QStringLiteral("qr"), QStringLiteral("classify"), QStringLiteral("000201010211")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.startsWith(QStringLiteral("invalid reason=")));
}
