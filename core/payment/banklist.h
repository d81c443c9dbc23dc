// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace motcua {

// The banks of the NAPAS VietQR network the kiosk names, by BIN (resources/payment/banks.csv,
// compiled in).
namespace BankList {

// "Vietcombank" for 970436; empty for a BIN not on the list.
[[nodiscard]] QString shortName(const QString &bin);
// "Ngân hàng TMCP Ngoại thương Việt Nam"; empty for a BIN not on the list.
[[nodiscard]] QString fullName(const QString &bin);
[[nodiscard]] int size();

} // namespace BankList
} // namespace motcua
