// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrimageprovider.h"

#include "qr/qrwriter.h"

#include <QUrl>

namespace motcua {

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const int side = std::clamp(std::max(requestedSize.width(), requestedSize.height()), 64, 2000);
    const auto image = QrWriter::render(QUrl::fromPercentEncoding(id.toUtf8()), requestedSize.isValid() ? side : 600);
    if (!image)
        return {};
    if (size)
        *size = image.value().size();
    return image.value();
}

} // namespace motcua
