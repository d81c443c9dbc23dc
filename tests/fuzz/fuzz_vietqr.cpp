// SPDX-License-Identifier: GPL-3.0-or-later
// VietQr::parse on any text. What it accepts has a correct CRC, and writing it again with
// VietQr::encode gives a code that reads back to the same payment.
#include "fuzzsupport.h"

#include "payment/crc16.h"
#include "payment/vietqr.h"

using namespace motcua;
using motcua::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString payload = fuzz::text(data, size);
    const auto parsed = VietQr::parse(payload);
    if (!parsed) {
        require(!parsed.error().isEmpty(), "a refused code says why");
        return 0;
    }
    const VietQrData &d = parsed.value();
    require(payload.right(4).toUpper() == crc16Hex(payload.left(payload.size() - 4).toUtf8()),
            "an accepted code ends with its CRC", payload);
    const auto asciiDigits = [](const QString &s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    require(d.bankBin.size() == 6 && asciiDigits(d.bankBin), "the bank BIN is 6 ASCII digits", d.bankBin);
    require(!d.account.isEmpty() && d.amount >= 0, "an accepted code names an account and no negative amount");
    require(!d.dynamic || d.amount > 0, "a dynamic code has an amount");

    const QString again = VietQr::encode(d);
    const auto reread = VietQr::parse(again);
    require(reread.ok(), "a parsed code, written again, parses", again + u'\n' + reread.error());
    const VietQrData &e = reread.value();
    require(e.bankBin == d.bankBin && e.account == d.account && e.toCard == d.toCard && e.amount == d.amount,
            "bank, account, card/account and amount survive encode", again);
    require(e.dynamic == (d.amount > 0), "a code written with an amount is dynamic", again);
    require(e.purpose == VietQr::transferNote(d.purpose) && e.billNumber == VietQr::transferNote(d.billNumber),
            "the transfer note survives encode (as ASCII, at most 25 characters)", again);
    require(VietQr::encode(e) == again, "encode is stable", again);
    return 0;
}
