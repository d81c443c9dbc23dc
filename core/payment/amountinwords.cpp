// SPDX-License-Identifier: GPL-3.0-or-later
#include "amountinwords.h"

#include <QStringList>

namespace motcua {

namespace {

const QStringList kDigits{QStringLiteral("không"), QStringLiteral("một"), QStringLiteral("hai"), QStringLiteral("ba"),
                          QStringLiteral("bốn"),   QStringLiteral("năm"), QStringLiteral("sáu"), QStringLiteral("bảy"),
                          QStringLiteral("tám"),   QStringLiteral("chín")};

// Three digits; `full`: the group follows a larger one, so its hundreds are always read
// ("không trăm linh năm").
QStringList readGroup(int n, bool full)
{
    const int hundreds = n / 100, tens = n / 10 % 10, ones = n % 10;
    QStringList words;
    if (hundreds > 0 || full)
        words << kDigits.at(hundreds) << QStringLiteral("trăm");
    if (tens == 0) {
        if (ones > 0 && !words.isEmpty())
            words << QStringLiteral("linh");
    } else if (tens == 1) {
        words << QStringLiteral("mười");
    } else {
        words << kDigits.at(tens) << QStringLiteral("mươi");
    }
    if (ones == 0)
        return words;
    if (ones == 1 && tens >= 2)
        words << QStringLiteral("mốt");
    else if (ones == 5 && tens >= 1)
        words << QStringLiteral("lăm");
    else if (ones == 4 && tens >= 2)
        words << QStringLiteral("tư");
    else
        words << kDigits.at(ones);
    return words;
}

} // namespace

QString amountInWords(qint64 dong)
{
    if (dong < 0)
        return QStringLiteral("Âm ") + amountInWords(-dong).toLower();
    QStringList words;
    if (dong == 0) {
        words << QStringLiteral("không");
    } else {
        static const QStringList units{QString(), QStringLiteral("nghìn"), QStringLiteral("triệu"), QStringLiteral("tỷ")};
        // Groups of three digits, most significant first; "tỷ" repeats every nine digits.
        QList<int> groups;
        for (qint64 rest = dong; rest > 0; rest /= 1000)
            groups.prepend(int(rest % 1000));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype fromRight = groups.size() - 1 - i;
            if (groups.at(i) == 0) {
                if (fromRight > 0 && fromRight % 3 == 0 && !words.isEmpty())
                    words << QStringLiteral("tỷ"); // 1 000 000 000 000: "một nghìn tỷ"
                continue;
            }
            words << readGroup(groups.at(i), !words.isEmpty());
            if (fromRight > 0)
                words << units.at(fromRight % 3 == 0 ? 3 : fromRight % 3);
        }
    }
    words << QStringLiteral("đồng");
    QString text = words.join(u' ');
    text[0] = text[0].toUpper();
    return text;
}

} // namespace motcua
