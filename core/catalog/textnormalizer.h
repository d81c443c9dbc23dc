// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace motcua {

// Folds Vietnamese text for search: NFD, combining marks removed, đ/Đ → d, lower case,
// every run of non-letters/digits collapsed to one space. "Đăng  ký KHAI-SINH" → "dang ky khai sinh".
class TextNormalizer
{
public:
    [[nodiscard]] static QString fold(const QString &text);
    // The folded words of `text`, in order.
    [[nodiscard]] static QStringList words(const QString &text);
};

} // namespace motcua
