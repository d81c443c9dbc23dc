// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace motcua {

// Vietnam's administrative units in force since 2025-07-01: two levels, 34 provinces /
// centrally-run cities → 3,321 communes, wards and special zones (General Statistics Office
// codes). Used by address pickers and to check addresses.
class AdminUnits
{
public:
    struct Province
    {
        QString code; // 2 digits, e.g. "01"
        QString name; // "Thành phố Hà Nội"
        QString type; // "tỉnh" | "thành phố trung ương"
    };
    struct Commune
    {
        QString code;         // 5 digits, e.g. "00004"
        QString name;         // "Phường Ba Đình"
        QString type;         // "xã" | "phường" | "đặc khu"
        QString provinceCode; // "01"
        QString nameFolded;   // "phuong ba dinh" (TextNormalizer::fold), for search
    };

    // The list compiled into the program (resources/admin-units/admin-units-2025.csv).
    [[nodiscard]] static const AdminUnits &bundled();
    // Parses the CSV (header province_code,province_name,province_type,unit_code,unit_name,
    // unit_type; UTF-8, a BOM and CRLF line ends are fine, quoted fields may hold commas).
    // Errors name the line: "line 12: unit_code must be 5 digits" (up to 20 errors, one a line).
    // Checked: 2-/5-digit codes, province codes of the 34 provinces of 2025, one name and type
    // per province, names that begin with their type ("Xã …"), unique unit codes, unique unit
    // names within a province.
    [[nodiscard]] static Result<AdminUnits> parseCsv(const QByteArray &csv);

    // By name without the type word ("An Giang", "Bắc Ninh", …, "Hà Nội", …), Vietnamese collation.
    [[nodiscard]] const QList<Province> &provinces() const { return m_provinces; }
    [[nodiscard]] const Province *province(const QString &code) const;
    [[nodiscard]] const Commune *commune(const QString &code) const;
    // Communes of one province, by name without the type word ("Phường Ba Đình" sorts as
    // "Ba Đình"), Vietnamese collation (a < ă < â < b … d < đ), numbers by value ("… 2" < "… 10").
    [[nodiscard]] QList<const Commune *> communesOf(const QString &provinceCode) const;
    // Communes of one province whose folded name contains the folded `query` ("ba dinh",
    // "Ba Đình" and "BA DINH" all find "Phường Ba Đình"); all of them for an empty query.
    // Best matches first: the name with the accents as typed ("Ba Tô" before "Ba Tơ"), then
    // the query at the start of a word ("an" finds "An Khánh" before "Hoàn Kiếm"); each group
    // in the order of communesOf().
    [[nodiscard]] QList<const Commune *> searchCommunes(const QString &provinceCode,
                                                        const QString &query) const;
    // "Phường Ba Đình, Thành phố Hà Nội"; empty when a code is unknown or the commune is not
    // in that province.
    [[nodiscard]] QString describe(const QString &provinceCode, const QString &communeCode) const;
    [[nodiscard]] qsizetype communeCount() const { return m_communes.size(); }

private:
    QList<Province> m_provinces;
    QList<Commune> m_communes;
    QHash<QString, qsizetype> m_provinceIndex;
    QHash<QString, qsizetype> m_communeIndex;
    // m_communes is sorted by province, then as communesOf() lists them: each province's
    // communes are the run [first, second) of m_communes.
    QHash<QString, std::pair<qsizetype, qsizetype>> m_communeRuns;
};

} // namespace motcua
