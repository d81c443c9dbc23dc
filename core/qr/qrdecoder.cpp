// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrdecoder.h"

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <array>

namespace motcua::QrDecoder {

namespace {

// Below this spread between the darkest and the brightest 1% of a picture (dim light, glare,
// a washed-out camera) ZXing's binarizer sees flat areas where the code is: stretch it first.
constexpr int kLowContrastSpread = 100;

uint8_t luminanceAt(const ZXing::ImageView &view, int x, int y)
{
    const uint8_t *p = view.data(x, y);
    const ZXing::ImageFormat f = view.format();
    return f == ZXing::ImageFormat::Lum ? p[0]
                                        : ZXing::RGBToLum(p[ZXing::RedIndex(f)], p[ZXing::GreenIndex(f)], p[ZXing::BlueIndex(f)]);
}

// The picture with its luminance stretched to the full range, when it is washed out; a null
// image when it has contrast enough (or none at all: a blank wall).
QImage stretchedIfFaint(const ZXing::ImageView &view)
{
    std::array<int, 256> histogram{};
    int samples = 0;
    for (int y = 0; y < view.height(); y += 4)
        for (int x = 0; x < view.width(); x += 4, ++samples)
            ++histogram[luminanceAt(view, x, y)];
    int low = 0, high = 255;
    for (int seen = 0; low < 255 && (seen += histogram[low]) < samples / 100;)
        ++low;
    for (int seen = 0; high > 0 && (seen += histogram[high]) < samples / 100;)
        --high;
    const int spread = high - low;
    if (spread >= kLowContrastSpread || spread < 8)
        return {};
    std::array<uchar, 256> stretch{};
    for (int l = 0; l < 256; ++l)
        stretch[l] = uchar(std::clamp((l - low) * 255 / spread, 0, 255));
    QImage out(view.width(), view.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < view.height(); ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < view.width(); ++x)
            row[x] = stretch[luminanceAt(view, x, y)];
    }
    return out;
}

QList<DecodedCode> read(const ZXing::ImageView &original, Effort effort)
{
    const QImage stretched = stretchedIfFaint(original);
    const ZXing::ImageView view = stretched.isNull()
                                      ? original
                                      : ZXing::ImageView(stretched.constBits(), stretched.width(), stretched.height(),
                                                         ZXing::ImageFormat::Lum, int(stretched.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    // Frames are not read "harder": a camera gives another frame a moment later. bench-qr-decode:
    // the same detection rate, p95 per 1280×720 frame 11 → 8 ms (noisy frames without a code are
    // the slowest).
    hints.setTryHarder(effort == Effort::Thorough);
    hints.setTryRotate(false); // QR codes are found at any angle anyway (only 1D codes need it)
    hints.setMaxNumberOfSymbols(1); // the kiosk acts on one code: stop looking once it is found
    QList<DecodedCode> codes;
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid())
            continue;
        DecodedCode code;
        code.text = QString::fromStdString(r.text());
        code.format = QString::fromStdString(ZXing::ToString(r.format()));
        const ZXing::Position &p = r.position();
        for (const auto &corner : {p.topLeft(), p.topRight(), p.bottomRight(), p.bottomLeft()})
            code.corners.append(QPointF(corner.x, corner.y));
        codes.append(code);
    }
    return codes;
}

} // namespace

QList<DecodedCode> decodeLuminance(const uchar *data, int width, int height, int bytesPerLine, int pixelStride,
                                   Effort effort)
{
    return read(ZXing::ImageView(data, width, height, ZXing::ImageFormat::Lum, bytesPerLine, pixelStride), effort);
}

QList<DecodedCode> decodeView(const uchar *data, int width, int height, int bytesPerLine, PixelOrder order,
                              Effort effort)
{
    static constexpr ZXing::ImageFormat formats[] = {ZXing::ImageFormat::XRGB, ZXing::ImageFormat::BGRX,
                                                     ZXing::ImageFormat::XBGR, ZXing::ImageFormat::RGBX};
    return read(ZXing::ImageView(data, width, height, formats[int(order)], bytesPerLine), effort);
}

QList<DecodedCode> decode(const QImage &image, Effort effort)
{
    if (image.isNull())
        return {};
    // On little-endian machines a 32-bit QImage pixel 0xAARRGGBB lies in memory as B, G, R, A.
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        return decodeLuminance(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()), 1, effort);
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return decodeView(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()),
                          Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? PixelOrder::BGRX : PixelOrder::XRGB, effort);
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return decodeView(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()),
                          PixelOrder::RGBX, effort);
    case QImage::Format_RGB888:
        return read(ZXing::ImageView(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::RGB,
                                     int(image.bytesPerLine())), effort);
    default: {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        return decodeLuminance(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()), 1, effort);
    }
    }
}

} // namespace motcua::QrDecoder
