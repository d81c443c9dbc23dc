// SPDX-License-Identifier: GPL-3.0-or-later
#include "cccdaddress.h"

#include "catalog/textnormalizer.h"
#include "forms/adminunits.h"

#include <QStringList>

namespace motcua::CccdAddress {

namespace {

// The words that start the name of an administrative unit, before or after July 2025.
const QStringList &unitWords()
{
    static const QStringList words{QStringLiteral("xa "),        QStringLiteral("phuong "),
                                   QStringLiteral("thi tran "),  QStringLiteral("huyen "),
                                   QStringLiteral("quan "),      QStringLiteral("thi xa "),
                                   QStringLiteral("thanh pho "), QStringLiteral("tinh "),
                                   QStringLiteral("dac khu "),   QStringLiteral("tp. "),
                                   QStringLiteral("tp ")};
    return words;
}

// "thanh pho ha noi", "tp. ha noi", "tinh bac ninh" → "ha noi", "bac ninh".
QString provinceKey(const QString &folded)
{
    for (const char *prefix : {"thanh pho ", "tinh ", "tp. ", "tp.", "tp "})
        if (folded.startsWith(QLatin1String(prefix)))
            return folded.mid(qsizetype(qstrlen(prefix))).trimmed();
    return folded;
}

bool isUnitName(const QString &folded)
{
    const QStringList &words = unitWords();
    return std::any_of(words.begin(), words.end(), [&](const QString &w) { return folded.startsWith(w); });
}

} // namespace

QJsonObject toAddress(const AdminUnits &units, const QString &printed)
{
    QStringList parts;
    QStringList folded;
    for (const QString &part : printed.split(u',', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        parts.append(part.trimmed());
        folded.append(TextNormalizer::fold(part));
    }
    // The province is written last: look from the end.
    const AdminUnits::Province *province = nullptr;
    qsizetype provinceAt = -1;
    for (qsizetype i = parts.size() - 1; i >= 0 && !province; --i) {
        for (const AdminUnits::Province &candidate : units.provinces()) {
            if (provinceKey(TextNormalizer::fold(candidate.name)) == provinceKey(folded.at(i))) {
                province = &candidate;
                provinceAt = i;
                break;
            }
        }
    }
    if (!province)
        return {{QStringLiteral("detail"), printed.simplified()}};

    const AdminUnits::Commune *commune = nullptr;
    for (qsizetype i = 0; i < provinceAt && !commune; ++i)
        for (const AdminUnits::Commune *c : units.communesOf(province->code))
            if (c->nameFolded == folded.at(i))
                commune = c;

    QStringList detail;
    for (qsizetype i = 0; i < provinceAt; ++i)
        if (!isUnitName(folded.at(i)))
            detail.append(parts.at(i));
    QJsonObject address{{QStringLiteral("provinceCode"), province->code},
                        {QStringLiteral("detail"), detail.join(QStringLiteral(", "))}};
    if (commune)
        address.insert(QStringLiteral("communeCode"), commune->code);
    return address;
}

} // namespace motcua::CccdAddress
