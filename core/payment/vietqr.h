// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace motcua {

// What a VietQR (NAPAS EMVCo merchant-presented QR) payment code says.
struct VietQrData
{
    bool dynamic = false;  // "12": the amount is fixed by the code
    QString bankBin;       // 6 digits, e.g. 970436 (Vietcombank)
    QString account;       // account or card number
    bool toCard = false;   // QRIBFTTC instead of QRIBFTTA
    qint64 amount = 0;     // VND; 0 when absent
    QString purpose;       // transfer note (62.08)
    QString billNumber;    // 62.01
    QString merchantName;  // 59, when present
    [[nodiscard]] QString bankName() const; // "Vietcombank" for known BINs, else empty
};

// Reads a VietQR payload: TLV fields in EMVCo order, the CRC-16 in tag 63, and the tags VietQR
// requires. Every problem is named ("tag 38 runs past the end of the code", "CRC is 1A2B but the
// code says 0000").
namespace VietQr {

[[nodiscard]] Result<VietQrData> parse(const QString &payload);
// The payload for `data` (dynamic when it has an amount), CRC included. The transfer note is
// written without accents, ASCII only, at most 25 characters.
[[nodiscard]] QString encode(const VietQrData &data);
// "Lệ phí hồ sơ 000.00.01.H01-261123-0001" → "Le phi ho so 000.00.01.H0" (ASCII, ≤ 25).
[[nodiscard]] QString transferNote(const QString &text);
// Whether the payload starts as an EMVCo QR does ("000201").
[[nodiscard]] bool looksLikeEmv(const QString &payload);

} // namespace VietQr
} // namespace motcua
