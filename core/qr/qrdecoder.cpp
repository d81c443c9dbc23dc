// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrdecoder.h"

#include <ZXing/ReadBarcode.h>

namespace motcua::QrDecoder {

namespace {

QList<DecodedCode> read(const ZXing::ImageView &view)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
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

QList<DecodedCode> decodeLuminance(const uchar *data, int width, int height, int bytesPerLine, int pixelStride)
{
    return read(ZXing::ImageView(data, width, height, ZXing::ImageFormat::Lum, bytesPerLine, pixelStride));
}

QList<DecodedCode> decodeView(const uchar *data, int width, int height, int bytesPerLine, PixelOrder order)
{
    static constexpr ZXing::ImageFormat formats[] = {ZXing::ImageFormat::XRGB, ZXing::ImageFormat::BGRX,
                                                     ZXing::ImageFormat::XBGR, ZXing::ImageFormat::RGBX};
    return read(ZXing::ImageView(data, width, height, formats[int(order)], bytesPerLine));
}

QList<DecodedCode> decode(const QImage &image)
{
    if (image.isNull())
        return {};
    // On little-endian machines a 32-bit QImage pixel 0xAARRGGBB lies in memory as B, G, R, A.
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        return decodeLuminance(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()));
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return decodeView(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()),
                          Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? PixelOrder::BGRX : PixelOrder::XRGB);
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return decodeView(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()),
                          PixelOrder::RGBX);
    case QImage::Format_RGB888:
        return read(ZXing::ImageView(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::RGB,
                                     int(image.bytesPerLine())));
    default: {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        return decodeLuminance(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()));
    }
    }
}

} // namespace motcua::QrDecoder
