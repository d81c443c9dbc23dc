// SPDX-License-Identifier: GPL-3.0-or-later
#include "crc16.h"

namespace motcua {

quint16 crc16CcittFalse(QByteArrayView data)
{
    quint16 crc = 0xFFFF;
    for (const char byte : data) {
        crc ^= quint16(quint8(byte)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

QString crc16Hex(QByteArrayView data)
{
    return QStringLiteral("%1").arg(crc16CcittFalse(data), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace motcua
