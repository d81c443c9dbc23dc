// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace motcua {

// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor), the checksum
// of EMVCo QR codes such as VietQR. Check value: "123456789" → 0x29B1.
[[nodiscard]] quint16 crc16CcittFalse(QByteArrayView data);
// As VietQR writes it: four upper-case hex digits.
[[nodiscard]] QString crc16Hex(QByteArrayView data);

} // namespace motcua
