// SPDX-License-Identifier: GPL-3.0-or-later
#include "vietqr.h"

#include "common/asciidigits.h"
#include "payment/banklist.h"
#include "payment/crc16.h"

#include <QHash>
#include <QList>

namespace motcua {

namespace {

struct Tlv
{
    QString id;
    QString value;
};

// Splits "IDLLvalue…" into fields; names the first one that is malformed. The id and the
// length are exactly two ASCII digits each ("-1" or "+5" is no length).
Result<QList<Tlv>> splitTlv(const QString &text, const QString &where)
{
    QList<Tlv> fields;
    qsizetype at = 0;
    while (at < text.size()) {
        if (at + 4 > text.size())
            return Error{QStringLiteral("%1: a field is cut off at position %2").arg(where).arg(at)};
        const QString id = text.mid(at, 2);
        const QStringView lengthText = QStringView(text).mid(at + 2, 2);
        if (!isAllAsciiDigits(id) || !isAllAsciiDigits(lengthText))
            return Error{QStringLiteral("%1: field at position %2 has no 2-digit id and length").arg(where).arg(at)};
        const int length = lengthText.toInt();
        if (at + 4 + length > text.size())
            return Error{QStringLiteral("%1: tag %2 runs past the end of the code").arg(where, id)};
        fields.append({id, text.mid(at + 4, length)});
        at += 4 + length;
    }
    return fields;
}

QHash<QString, QString> byId(const QList<Tlv> &fields)
{
    QHash<QString, QString> map;
    for (const Tlv &f : fields)
        map.insert(f.id, f.value);
    return map;
}

} // namespace

QString VietQrData::bankName() const
{
    return BankList::shortName(bankBin);
}

QString VietQr::transferNote(const QString &text)
{
    QString note;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c == u'đ')
            note += u'd';
        else if (c == u'Đ')
            note += u'D';
        else if (c.unicode() >= 0x20 && c.unicode() < 0x7F)
            note += c;
    }
    return note.simplified().left(25);
}

QString VietQr::encode(const VietQrData &data)
{
    const auto tlv = [](const char *id, const QString &value) -> QString {
        return QString::fromLatin1(id) + QStringLiteral("%1").arg(value.size(), 2, 10, QLatin1Char('0')) + value;
    };
    const QString beneficiary = tlv("00", data.bankBin) + tlv("01", data.account);
    const QString merchant = tlv("00", QStringLiteral("A000000727")) + tlv("01", beneficiary)
                             + tlv("02", data.toCard ? QStringLiteral("QRIBFTTC") : QStringLiteral("QRIBFTTA"));
    QString code = tlv("00", QStringLiteral("01")) + tlv("01", data.amount > 0 ? QStringLiteral("12") : QStringLiteral("11"))
                   + tlv("38", merchant) + tlv("53", QStringLiteral("704"));
    if (data.amount > 0)
        code += tlv("54", QString::number(data.amount));
    code += tlv("58", QStringLiteral("VN"));
    QString extra;
    if (!data.billNumber.isEmpty())
        extra += tlv("01", transferNote(data.billNumber));
    if (!data.purpose.isEmpty())
        extra += tlv("08", transferNote(data.purpose));
    if (!extra.isEmpty())
        code += tlv("62", extra);
    code += QStringLiteral("6304");
    return code + crc16Hex(code.toUtf8());
}

bool VietQr::looksLikeEmv(const QString &payload)
{
    return payload.startsWith(QLatin1String("000201"));
}

Result<VietQrData> VietQr::parse(const QString &payload)
{
    if (payload.isEmpty())
        return Error{QStringLiteral("the code is empty")};
    const auto top = splitTlv(payload, QStringLiteral("VietQR"));
    if (!top)
        return Error{top.error()};
    const QList<Tlv> &fields = top.value();
    if (fields.isEmpty() || fields.first().id != QLatin1String("00") || fields.first().value != QLatin1String("01"))
        return Error{QStringLiteral("VietQR: must start with tag 00 = 01")};
    if (fields.last().id != QLatin1String("63") || fields.last().value.size() != 4)
        return Error{QStringLiteral("VietQR: must end with the CRC (tag 63, 4 hex digits)")};
    // Over the code's bytes (UTF-8): toLatin1() would turn every other character into '?'.
    const QString expected = crc16Hex(payload.left(payload.size() - 4).toUtf8());
    if (fields.last().value.toUpper() != expected)
        return Error{QStringLiteral("VietQR: CRC is %1 but the code says %2").arg(expected, fields.last().value)};
    for (const Tlv &f : fields) {
        const int id = f.id.toInt();
        if (id >= 65 && id <= 79) // reserved for future use by EMVCo: not something we can trust
            return Error{QStringLiteral("VietQR: unknown tag %1").arg(f.id)};
    }
    const QHash<QString, QString> tags = byId(fields);
    VietQrData data;
    const QString initiation = tags.value(QStringLiteral("01"));
    if (initiation != QLatin1String("11") && initiation != QLatin1String("12"))
        return Error{QStringLiteral("VietQR: tag 01 must be 11 (static) or 12 (dynamic)")};
    data.dynamic = initiation == QLatin1String("12");
    if (!tags.contains(QStringLiteral("38")))
        return Error{QStringLiteral("VietQR: no NAPAS account information (tag 38)")};
    const auto merchant = splitTlv(tags.value(QStringLiteral("38")), QStringLiteral("VietQR tag 38"));
    if (!merchant)
        return Error{merchant.error()};
    const QHash<QString, QString> m = byId(merchant.value());
    if (m.value(QStringLiteral("00")) != QLatin1String("A000000727"))
        return Error{QStringLiteral("VietQR: tag 38.00 must be A000000727 (NAPAS)")};
    const auto beneficiary = splitTlv(m.value(QStringLiteral("01")), QStringLiteral("VietQR tag 38.01"));
    if (!beneficiary)
        return Error{beneficiary.error()};
    const QHash<QString, QString> b = byId(beneficiary.value());
    data.bankBin = b.value(QStringLiteral("00"));
    data.account = b.value(QStringLiteral("01"));
    if (data.bankBin.size() != 6 || !isAllAsciiDigits(data.bankBin))
        return Error{QStringLiteral("VietQR: the bank BIN (38.01.00) must be 6 digits")};
    if (data.account.isEmpty())
        return Error{QStringLiteral("VietQR: no account or card number (38.01.01)")};
    const QString service = m.value(QStringLiteral("02"));
    if (service != QLatin1String("QRIBFTTA") && service != QLatin1String("QRIBFTTC"))
        return Error{QStringLiteral("VietQR: tag 38.02 must be QRIBFTTA or QRIBFTTC")};
    data.toCard = service == QLatin1String("QRIBFTTC");
    if (tags.value(QStringLiteral("53")) != QLatin1String("704"))
        return Error{QStringLiteral("VietQR: currency (tag 53) must be 704 (VND)")};
    if (tags.value(QStringLiteral("58")) != QLatin1String("VN"))
        return Error{QStringLiteral("VietQR: country (tag 58) must be VN")};
    if (tags.contains(QStringLiteral("54"))) {
        const QString amount = tags.value(QStringLiteral("54"));
        if (!isAllAsciiDigits(amount) || amount.size() > 13)
            return Error{QStringLiteral("VietQR: the amount (tag 54) must be whole digits")};
        data.amount = amount.toLongLong();
        if (data.amount == 0)
            return Error{QStringLiteral("VietQR: the amount (tag 54) must be more than 0")};
    } else if (data.dynamic) {
        return Error{QStringLiteral("VietQR: a dynamic code (01 = 12) needs an amount (tag 54)")};
    }
    data.merchantName = tags.value(QStringLiteral("59"));
    if (tags.contains(QStringLiteral("62"))) {
        const auto extra = splitTlv(tags.value(QStringLiteral("62")), QStringLiteral("VietQR tag 62"));
        if (!extra)
            return Error{extra.error()};
        const QHash<QString, QString> e = byId(extra.value());
        data.purpose = e.value(QStringLiteral("08"));
        data.billNumber = e.value(QStringLiteral("01"));
    }
    return data;
}

} // namespace motcua
