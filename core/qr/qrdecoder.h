// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

namespace motcua {

// One code found in an image: its text, its symbology and its four corners (top-left,
// top-right, bottom-right, bottom-left) in image pixels, for drawing a frame around it.
struct DecodedCode
{
    QString text;
    QString format; // "QRCode"
    QList<QPointF> corners;
    bool operator==(const DecodedCode &) const = default;
};

// Reads QR codes with ZXing-C++ straight from the pixels Qt holds, without converting them:
// each QImage format is handed over with its real byte order (DESIGN.md, ZXing pitfalls).
namespace QrDecoder {

[[nodiscard]] QList<DecodedCode> decode(const QImage &image);
// 8-bit luminance rows (a grayscale image, or plane 0 of a YUV video frame).
[[nodiscard]] QList<DecodedCode> decodeLuminance(const uchar *data, int width, int height, int bytesPerLine);

} // namespace QrDecoder
} // namespace motcua
