// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QImage>
#include <QString>

namespace motcua {

// A QR code as an image (UTF-8 text, so Vietnamese survives), black on white with a quiet zone:
// for posters, receipts, and test media.
namespace QrWriter {

// `size` pixels square (at least the code's modules plus its margin); fails when the text does
// not fit in a QR code.
[[nodiscard]] Result<QImage> render(const QString &text, int size, int quietZoneModules = 4);

} // namespace QrWriter
} // namespace motcua
