// SPDX-License-Identifier: GPL-3.0-or-later
// Real ZXing decoding of generated images: every pixel format Qt hands over, and the
// distortions a kiosk camera sees (rotation, scale, blur, noise, low contrast, perspective).
#include "testsupport.h"

#include "qr/qrdecoder.h"
#include "qr/qrwriter.h"
#include "qrscenes.h"

#include <QPainter>
#include <QTransform>

using namespace motcua;

namespace {

const QString kPoster = QStringLiteral("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193");

// The code drawn on a 1280×720 grey "counter" with its top-left corner at `at`, after `transform`.
QImage scene(const QImage &code, const QTransform &transform = {}, QPoint at = {500, 200})
{
    return testmedia::placeCode(code, transform, at + QPoint(code.width() / 2, code.height() / 2));
}

QImage code(int size = 300)
{
    const auto image = QrWriter::render(kPoster, size);
    REQUIRE(image.ok());
    return image.value();
}

QString decoded(const QImage &image)
{
    const QList<DecodedCode> codes = QrDecoder::decode(image);
    return codes.isEmpty() ? QString() : codes.first().text;
}

} // namespace

TEST_CASE("a written code reads back in every pixel format Qt uses", "[qr]")
{
    const QImage frame = scene(code());
    for (const QImage::Format format : {QImage::Format_RGB32, QImage::Format_ARGB32, QImage::Format_ARGB32_Premultiplied,
                                        QImage::Format_RGBA8888, QImage::Format_RGBX8888, QImage::Format_RGB888,
                                        QImage::Format_Grayscale8, QImage::Format_RGB16, QImage::Format_Indexed8}) {
        INFO("format " << int(format));
        const QImage converted = frame.convertToFormat(format);
        const QList<DecodedCode> codes = QrDecoder::decode(converted);
        REQUIRE(codes.size() == 1);
        CHECK(codes.first().text == kPoster);
        CHECK(codes.first().format == QStringLiteral("QRCode"));
        // The frame around the code: corners near where it was drawn (500..800, 200..500).
        REQUIRE(codes.first().corners.size() == 4);
        const QRectF bounds = QPolygonF(codes.first().corners).boundingRect();
        CHECK(bounds.left() > 480);
        CHECK(bounds.right() < 820);
        CHECK(bounds.top() > 180);
        CHECK(bounds.bottom() < 520);
    }
}

TEST_CASE("colour channels are not mixed up: a code in the red channel only", "[qr]")
{
    // Black modules on a pure-red background read as a code only when red is read as red.
    QImage red = scene(code()).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < red.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(red.scanLine(y));
        for (int x = 0; x < red.width(); ++x)
            row[x] = qRgb(qRed(row[x]), 0, 0);
    }
    CHECK(decoded(red) == kPoster);
    CHECK(decoded(red.convertToFormat(QImage::Format_RGBA8888)) == kPoster);
}

TEST_CASE("distortions a kiosk camera sees", "[qr]")
{
    const QImage c = code();
    SECTION("rotations") {
        for (const int degrees : {0, 15, 45, 90, 135, 180, 270})
            CHECK(decoded(scene(c, QTransform().rotate(degrees))) == kPoster);
    }
    SECTION("small and large") {
        CHECK(decoded(scene(code(160))) == kPoster);
        CHECK(decoded(scene(code(600), {}, {340, 60})) == kPoster);
    }
    SECTION("blur") {
        CHECK(decoded(testmedia::blurred(scene(c), 1)) == kPoster);
    }
    SECTION("noise") {
        CHECK(decoded(testmedia::noisy(scene(c), 30)) == kPoster);
    }
    SECTION("low contrast") {
        CHECK(decoded(testmedia::faint(scene(c), 110, 170)) == kPoster);
        // 20 grey levels between black and white: read only once the picture is stretched.
        CHECK(decoded(testmedia::faint(scene(c), 130, 150)) == kPoster);
        CHECK(decoded(testmedia::faint(scene(c), 130, 150).convertToFormat(QImage::Format_RGB32)) == kPoster);
    }
    SECTION("perspective (held at an angle)") {
        CHECK(decoded(scene(c, testmedia::tilt(35, 15))) == kPoster);
    }
}

TEST_CASE("nothing is found where there is no code", "[qr]")
{
    QImage empty(1280, 720, QImage::Format_RGB32);
    empty.fill(Qt::white);
    CHECK(QrDecoder::decode(empty).isEmpty());
    CHECK(QrDecoder::decode(QImage()).isEmpty());
    // Half of a code is not a code.
    QImage half = scene(code());
    QPainter(&half).fillRect(QRect(650, 0, 630, 720), Qt::white);
    CHECK(QrDecoder::decode(half).isEmpty());
}

TEST_CASE("Vietnamese text survives the round trip; too much text is refused", "[qr]")
{
    const QString card = QStringLiteral("001195012345||Trần Thị Hoa|18031995|Nữ|Phường Ba Đình, Thành phố Hà Nội|01022021");
    const auto image = QrWriter::render(card, 400);
    REQUIRE(image.ok());
    CHECK(decoded(scene(image.value())) == card);
    CHECK_FALSE(QrWriter::render(QString(5000, u'ữ'), 800).ok());
    CHECK_FALSE(QrWriter::render(kPoster, 20).ok()); // not enough pixels for the modules
}
