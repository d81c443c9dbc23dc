// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace motcua {

// An amount of đồng read out in Vietnamese, as on payment slips: 1005000 → "Một triệu không
// trăm linh năm nghìn đồng", 21000 → "Hai mươi mốt nghìn đồng", 0 → "Không đồng".
[[nodiscard]] QString amountInWords(qint64 dong);

} // namespace motcua
