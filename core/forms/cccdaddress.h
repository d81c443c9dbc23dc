// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace motcua {

class AdminUnits;

// The permanent address printed on a chip ID card, as an address answer: province and
// commune codes when their names still exist after the 2025 merger ("Thành phố Hà Nội",
// "TP. Hà Nội" and "Hà Nội" alike), the rest (house, street, hamlet) as the detail. Old
// district, commune and province names are left out of the detail once the province is known;
// when nothing matches the whole text is kept for the citizen to correct.
namespace CccdAddress {

[[nodiscard]] QJsonObject toAddress(const AdminUnits &units, const QString &printed);

} // namespace CccdAddress
} // namespace motcua
