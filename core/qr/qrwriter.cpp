// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrwriter.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace motcua::QrWriter {

Result<QImage> render(const QString &text, int size, int quietZoneModules)
{
    ZXing::BitMatrix matrix;
    try {
        // ZXing's writer reports an over-long text by throwing; nothing else here does.
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setMargin(0)
                     .encode(text.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        return Error{QStringLiteral("cannot make a QR code of this text: %1").arg(QString::fromUtf8(e.what()))};
    }
    const int modules = matrix.width() + 2 * quietZoneModules;
    if (size < modules)
        return Error{QStringLiteral("%1 px is too small for a %2-module code").arg(size).arg(modules)};
    const int scale = size / modules;
    const int offset = (size - matrix.width() * scale) / 2;
    QImage image(size, size, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            if (matrix.get(x, y))
                for (int dy = 0; dy < scale; ++dy) {
                    uchar *row = image.scanLine(offset + y * scale + dy);
                    std::fill(row + offset + x * scale, row + offset + (x + 1) * scale, uchar(0));
                }
    return image;
}

} // namespace motcua::QrWriter
