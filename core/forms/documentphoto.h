// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

namespace motcua {

// A photo of a paper as the kiosk keeps it: at most 1600 px on its long side (enough to read a
// document), JPEG quality 80; and the document scanner's pictures a citizen may choose from.
namespace DocumentPhoto {

constexpr int kMaxSide = 1600;
constexpr int kQuality = 80;

// The image at `file` (EXIF rotation applied) as a kiosk JPEG, or why it cannot be read.
[[nodiscard]] Result<QByteArray> jpegFromFile(const QString &file);

// Pictures in `folder` saved at or after `since` (only this citizen's), newest first.
[[nodiscard]] QList<QUrl> scansSince(const QString &folder, const QDateTime &since, int limit = 24);

} // namespace DocumentPhoto
} // namespace motcua
