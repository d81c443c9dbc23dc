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

// Frame: quick, for a camera that sends another picture a moment later. Thorough: for a single
// photo or file, where there is no next frame.
enum class Effort { Frame, Thorough };
[[nodiscard]] QList<DecodedCode> decode(const QImage &image, Effort effort = Effort::Frame);
// 8-bit luminance: a grayscale image or plane 0 of a YUV frame (pixelStride 1), or the Y bytes
// of packed YUV (YUYV: 2, from the first byte; UYVY: 2, from the second).
[[nodiscard]] QList<DecodedCode> decodeLuminance(const uchar *data, int width, int height, int bytesPerLine,
                                                 int pixelStride = 1, Effort effort = Effort::Frame);
// 32-bit colour pixels whose bytes lie in memory in this order.
enum class PixelOrder { XRGB, BGRX, XBGR, RGBX };
[[nodiscard]] QList<DecodedCode> decodeView(const uchar *data, int width, int height, int bytesPerLine,
                                            PixelOrder order, Effort effort = Effort::Frame);

} // namespace QrDecoder
} // namespace motcua
