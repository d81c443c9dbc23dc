// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

namespace motcua {

QString TextNormalizer::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        QChar folded = c;
        // đ Đ, and Ð ð (Icelandic eth), which legacy Vietnamese text often has in their place
        if (c == QChar(0x0111) || c == QChar(0x0110) || c == QChar(0x00D0) || c == QChar(0x00F0))
            folded = QLatin1Char('d');
        if (folded.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out.append(QLatin1Char(' '));
            pendingSpace = false;
            out.append(folded.toLower());
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QStringList TextNormalizer::words(const QString &text)
{
    return fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace motcua
