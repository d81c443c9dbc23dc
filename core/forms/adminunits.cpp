// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminunits.h"

#include "catalog/textnormalizer.h"

#include <QCollator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace motcua {

namespace {

const QString kBundledPath = QStringLiteral(":/motcua/admin-units/admin-units-2025.csv");

// The General Statistics Office codes of the 34 provinces in force since 2025-07-01.
constexpr std::array<const char16_t *, 34> kProvinceCodes{
    u"01", u"04", u"08", u"11", u"12", u"14", u"15", u"19", u"20", u"22", u"24", u"25",
    u"31", u"33", u"37", u"38", u"40", u"42", u"44", u"46", u"48", u"51", u"52", u"56",
    u"66", u"68", u"75", u"79", u"80", u"82", u"86", u"91", u"92", u"96"};

constexpr qsizetype kFieldCount = 6;
constexpr qsizetype kMaxReportedErrors = 20;

bool isProvinceCode2025(const QString &code)
{
    return std::any_of(kProvinceCodes.begin(), kProvinceCodes.end(),
                       [&](const char16_t *c) { return code == QStringView(c); });
}

// --- CSV (RFC 4180: quoted fields may hold commas, quotes as "" and line breaks) ---

struct CsvRecord
{
    int line = 0; // where the record starts, 1-based
    QStringList fields;
};

struct CsvSplit
{
    QList<CsvRecord> records;
    QString error; // "line 7: …" when the text is not CSV
};

CsvSplit splitCsv(QStringView text)
{
    CsvSplit out;
    CsvRecord record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool quoted = false;         // the current field was quoted
    bool afterClosingQuote = false;
    record.line = 1;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        quoted = false;
        afterClosingQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty()))
            out.records.append(record);
        record.fields.clear();
        record.line = line;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == u'\n' || c == u'\r';
        const bool crlf = c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n';
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
                continue;
            }
            if (lineBreak) {
                field.append(u'\n');
                if (crlf)
                    ++i;
                ++line;
                continue;
            }
            field.append(c);
            continue;
        }
        if (c == u',') {
            endField();
        } else if (lineBreak) {
            if (crlf)
                ++i;
            ++line;
            endRecord();
        } else if (afterClosingQuote) {
            out.error = QStringLiteral("line %1: text after the closing quote of a field").arg(line);
            return out;
        } else if (c == u'"') {
            if (!field.trimmed().isEmpty() || quoted) {
                out.error = QStringLiteral("line %1: a quote inside a field that is not quoted").arg(line);
                return out;
            }
            field.clear(); // spaces before the opening quote
            inQuotes = true;
            quoted = true;
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        out.error = QStringLiteral("line %1: a quoted field is not closed").arg(record.line);
        return out;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || quoted)
        endRecord();
    return out;
}

// --- names and order ---

// "Phường Ba Đình" → "Ba Đình", "Thành phố Hà Nội" → "Hà Nội": the part people look for.
QString withoutTypeWord(const QString &name)
{
    static const std::array<QString, 5> typeWords{
        QStringLiteral("Thành phố "), QStringLiteral("Tỉnh "), QStringLiteral("Phường "),
        QStringLiteral("Xã "), QStringLiteral("Đặc khu ")};
    for (const QString &w : typeWords)
        if (name.startsWith(w, Qt::CaseInsensitive))
            return name.mid(w.size());
    return name;
}

// The name with its type word as it must begin: "xã" → "Xã ", "đặc khu" → "Đặc khu ".
QString namePrefixOf(const QString &type)
{
    if (type == QStringLiteral("thành phố trung ương"))
        return QStringLiteral("Thành phố ");
    return type.left(1).toUpper() + type.mid(1) + u' ';
}

QCollator vietnameseCollator()
{
    QCollator collator{QLocale(QLocale::Vietnamese)};
    collator.setNumericMode(true); // "A Lưới 2" before "A Lưới 10"
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

// Sorts `items` by `nameOf` (type word dropped), Vietnamese collation; ties by full name.
template<typename T, typename NameOf>
void sortByName(QList<T> &items, NameOf nameOf)
{
    const QCollator collator = vietnameseCollator();
    struct Keyed
    {
        QCollatorSortKey key;
        QCollatorSortKey fullKey;
        T item;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(items.size());
    for (T &item : items) {
        const QString &name = nameOf(item);
        keyed.push_back({collator.sortKey(withoutTypeWord(name)), collator.sortKey(name), std::move(item)});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        const int c = a.key.compare(b.key);
        return c != 0 ? c < 0 : a.fullKey.compare(b.fullKey) < 0;
    });
    items.clear();
    for (Keyed &k : keyed)
        items.append(std::move(k.item));
}

} // namespace

const AdminUnits &AdminUnits::bundled()
{
    static const AdminUnits units = [] {
        QFile file(kBundledPath);
        if (!file.open(QIODevice::ReadOnly)) {
            qCritical("administrative units: cannot open %s", qPrintable(kBundledPath));
            return AdminUnits();
        }
        Result<AdminUnits> parsed = parseCsv(file.readAll());
        if (!parsed) {
            qCritical("administrative units: %s: %s", qPrintable(kBundledPath), qPrintable(parsed.error()));
            return AdminUnits();
        }
        return std::move(parsed).value();
    }();
    return units;
}

Result<AdminUnits> AdminUnits::parseCsv(const QByteArray &csv)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(csv); // the decoder drops a leading byte order mark
    if (decoder.hasError())
        return Error{QStringLiteral("the file is not UTF-8 text")};
    const CsvSplit split = splitCsv(text);
    if (!split.error.isEmpty())
        return Error{split.error};
    if (split.records.isEmpty())
        return Error{QStringLiteral("the file is empty")};

    const QStringList header{QStringLiteral("province_code"), QStringLiteral("province_name"),
                             QStringLiteral("province_type"), QStringLiteral("unit_code"),
                             QStringLiteral("unit_name"),     QStringLiteral("unit_type")};
    QStringList firstFields;
    for (const QString &f : split.records.constFirst().fields)
        firstFields.append(f.trimmed());
    if (firstFields != header)
        return Error{QStringLiteral("line %1: the header must be %2")
                         .arg(split.records.constFirst().line)
                         .arg(header.join(u','))};

    static const QRegularExpression twoDigits(QStringLiteral("^[0-9]{2}$"));
    static const QRegularExpression fiveDigits(QStringLiteral("^[0-9]{5}$"));
    const QStringList provinceTypes{QStringLiteral("tỉnh"), QStringLiteral("thành phố trung ương")};
    const QStringList unitTypes{QStringLiteral("xã"), QStringLiteral("phường"), QStringLiteral("đặc khu")};

    AdminUnits units;
    QStringList errors;
    QHash<QString, int> provinceLine;        // code → line that introduced it
    QHash<QString, QString> provinceByName;  // name → code
    QHash<QString, int> unitLine;            // unit code → line
    QHash<QString, int> unitNameLine;        // "province code|unit name" → line

    for (qsizetype r = 1; r < split.records.size() && errors.size() < kMaxReportedErrors; ++r) {
        const CsvRecord &rec = split.records.at(r);
        const auto fail = [&](const QString &message) {
            errors.append(QStringLiteral("line %1: %2").arg(rec.line).arg(message));
        };
        if (rec.fields.size() != kFieldCount) {
            fail(QStringLiteral("expected %1 fields, found %2").arg(kFieldCount).arg(rec.fields.size()));
            continue;
        }
        QStringList f;
        for (const QString &field : rec.fields)
            f.append(field.trimmed().normalized(QString::NormalizationForm_C));
        const Province province{f.at(0), f.at(1), f.at(2)};
        Commune unit{f.at(3), f.at(4), f.at(5), f.at(0), TextNormalizer::fold(f.at(4))};

        if (!twoDigits.match(province.code).hasMatch()) {
            fail(QStringLiteral("province_code must be 2 digits"));
            continue;
        }
        if (!isProvinceCode2025(province.code)) {
            fail(QStringLiteral("unknown province_code %1 (not one of the 34 provinces in force since "
                                "2025-07-01)").arg(province.code));
            continue;
        }
        if (!provinceTypes.contains(province.type)) {
            fail(QStringLiteral("province_type must be one of: %1").arg(provinceTypes.join(QStringLiteral(", "))));
            continue;
        }
        const QString provincePrefix = namePrefixOf(province.type);
        if (!province.name.startsWith(provincePrefix) || province.name.size() == provincePrefix.size()) {
            fail(QStringLiteral("province_name must begin with '%1' (its province_type)").arg(provincePrefix));
            continue;
        }
        if (const auto known = provinceLine.constFind(province.code); known != provinceLine.cend()) {
            const Province &first = units.m_provinces.at(units.m_provinceIndex.value(province.code));
            if (first.name != province.name || first.type != province.type) {
                fail(QStringLiteral("province %1 has another name or type than on line %2")
                         .arg(province.code)
                         .arg(*known));
                continue;
            }
        } else if (const auto other = provinceByName.constFind(province.name); other != provinceByName.cend()) {
            fail(QStringLiteral("province_name is already the name of province %1").arg(*other));
            continue;
        } else {
            provinceLine.insert(province.code, rec.line);
            provinceByName.insert(province.name, province.code);
            units.m_provinceIndex.insert(province.code, units.m_provinces.size());
            units.m_provinces.append(province);
        }

        if (!fiveDigits.match(unit.code).hasMatch()) {
            fail(QStringLiteral("unit_code must be 5 digits"));
            continue;
        }
        if (!unitTypes.contains(unit.type)) {
            fail(QStringLiteral("unit_type must be one of: %1").arg(unitTypes.join(QStringLiteral(", "))));
            continue;
        }
        const QString unitPrefix = namePrefixOf(unit.type);
        if (!unit.name.startsWith(unitPrefix) || unit.name.size() == unitPrefix.size()) {
            fail(QStringLiteral("unit_name must begin with '%1' (its unit_type)").arg(unitPrefix));
            continue;
        }
        if (const auto dup = unitLine.constFind(unit.code); dup != unitLine.cend()) {
            fail(QStringLiteral("unit_code %1 is already used on line %2").arg(unit.code).arg(*dup));
            continue;
        }
        const QString nameKey = unit.provinceCode + u'|' + unit.name;
        if (const auto dup = unitNameLine.constFind(nameKey); dup != unitNameLine.cend()) {
            fail(QStringLiteral("unit_name is already used in province %1 on line %2")
                     .arg(unit.provinceCode)
                     .arg(*dup));
            continue;
        }
        unitLine.insert(unit.code, rec.line);
        unitNameLine.insert(nameKey, rec.line);
        units.m_communes.append(std::move(unit));
    }
    if (!errors.isEmpty())
        return Error{errors.join(u'\n')};
    if (units.m_communes.isEmpty())
        return Error{QStringLiteral("the file has no units after the header")};

    // Provinces and communes in the order pickers show them; the indexes follow.
    sortByName(units.m_provinces, [](const Province &p) -> const QString & { return p.name; });
    units.m_provinceIndex.clear();
    for (qsizetype i = 0; i < units.m_provinces.size(); ++i)
        units.m_provinceIndex.insert(units.m_provinces.at(i).code, i);
    sortByName(units.m_communes, [](const Commune &c) -> const QString & { return c.name; });
    std::stable_sort(units.m_communes.begin(), units.m_communes.end(),
                     [&](const Commune &a, const Commune &b) {
                         return units.m_provinceIndex.value(a.provinceCode)
                                < units.m_provinceIndex.value(b.provinceCode);
                     });
    for (qsizetype i = 0; i < units.m_communes.size(); ++i) {
        const Commune &c = units.m_communes.at(i);
        units.m_communeIndex.insert(c.code, i);
        auto run = units.m_communeRuns.find(c.provinceCode);
        if (run == units.m_communeRuns.end())
            units.m_communeRuns.insert(c.provinceCode, {i, i + 1});
        else
            run->second = i + 1;
    }
    return units;
}

const AdminUnits::Province *AdminUnits::province(const QString &code) const
{
    const auto it = m_provinceIndex.constFind(code);
    return it == m_provinceIndex.cend() ? nullptr : &m_provinces.at(*it);
}

const AdminUnits::Commune *AdminUnits::commune(const QString &code) const
{
    const auto it = m_communeIndex.constFind(code);
    return it == m_communeIndex.cend() ? nullptr : &m_communes.at(*it);
}

QList<const AdminUnits::Commune *> AdminUnits::communesOf(const QString &provinceCode) const
{
    QList<const Commune *> out;
    const auto run = m_communeRuns.constFind(provinceCode);
    if (run == m_communeRuns.cend())
        return out;
    out.reserve(run->second - run->first);
    for (qsizetype i = run->first; i < run->second; ++i)
        out.append(&m_communes.at(i));
    return out;
}

QList<const AdminUnits::Commune *> AdminUnits::searchCommunes(const QString &provinceCode,
                                                              const QString &query) const
{
    QList<const Commune *> all = communesOf(provinceCode);
    const QString folded = TextNormalizer::fold(query);
    if (folded.isEmpty())
        return all;
    // Accents typed by the citizen ("Ba Tô") rank the names that have exactly them first.
    const QString asTyped = query.normalized(QString::NormalizationForm_C).simplified().toLower();
    const bool hasAccents = TextNormalizer::fold(asTyped) != asTyped;
    const QString wordStart = u' ' + folded;
    std::array<QList<const Commune *>, 4> ranked; // accents and word start, accents, word start, rest
    for (const Commune *c : std::as_const(all)) {
        if (!c->nameFolded.contains(folded))
            continue;
        const bool sameAccents = hasAccents && c->name.toLower().contains(asTyped);
        const bool atWordStart = c->nameFolded.startsWith(folded) || c->nameFolded.contains(wordStart);
        ranked[(sameAccents ? 0 : 2) + (atWordStart ? 0 : 1)].append(c);
    }
    return ranked[0] + ranked[1] + ranked[2] + ranked[3];
}

QString AdminUnits::describe(const QString &provinceCode, const QString &communeCode) const
{
    const Province *p = province(provinceCode);
    const Commune *c = commune(communeCode);
    if (!p || !c || c->provinceCode != provinceCode)
        return {};
    return c->name + QStringLiteral(", ") + p->name;
}

} // namespace motcua
