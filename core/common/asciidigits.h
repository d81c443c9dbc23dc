// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <algorithm>

namespace motcua {

// Digits 0–9 only. QChar::isDigit() takes any script's digits ("٣", "３"), and toInt() takes a
// sign or spaces: what the kiosk reads as a number (an ID, a bank code, an amount, a length, a
// Retry-After) must be none of those.
constexpr bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Not empty, and every character an ASCII digit.
inline bool isAllAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return isAsciiDigit(c.unicode()); });
}
inline bool isAllAsciiDigits(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return isAsciiDigit(char16_t(c)); });
}

} // namespace motcua
