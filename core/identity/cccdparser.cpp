// SPDX-License-Identifier: GPL-3.0-or-later
#include "cccdparser.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

namespace motcua {

namespace {

// Province prefixes of ID numbers: the 63 provinces before the 2025 merger (unchanged since).
constexpr std::array<int, 63> kProvinceCodes{
    1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33,
    34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66,
    67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96};

QDate parseDdMmYyyy(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{8}$"));
    if (!re.match(text).hasMatch())
        return {};
    return QDate(text.mid(4, 4).toInt(), text.mid(2, 2).toInt(), text.left(2).toInt());
}

} // namespace

bool CccdParser::isProvinceCode(int code)
{
    return std::binary_search(kProvinceCodes.begin(), kProvinceCodes.end(), code);
}

QString CccdError::english() const
{
    switch (kind) {
    case Kind::Empty: return QStringLiteral("the code is empty");
    case Kind::TooFewFields: return QStringLiteral("not a chip ID card code: %1").arg(detail);
    case Kind::IdNumberFormat: return QStringLiteral("the ID number must be 12 digits");
    case Kind::ProvinceCode: return QStringLiteral("the ID number does not start with a province code (%1)").arg(detail);
    case Kind::OldIdFormat: return QStringLiteral("the old ID (CMND) number must be 9 digits or empty");
    case Kind::NameMissing: return QStringLiteral("the full name is missing");
    case Kind::BirthDate: return QStringLiteral("the date of birth is not a real past date (ddmmyyyy)");
    case Kind::Sex: return QStringLiteral("sex must be Nam or Nữ");
    case Kind::AddressMissing: return QStringLiteral("the permanent address is missing");
    case Kind::IssueDate: return QStringLiteral("the issue date is not a real date between birth and today (ddmmyyyy)");
    case Kind::CenturyMismatch: return QStringLiteral("the ID number's 4th digit does not match the sex and birth century");
    case Kind::BirthYearMismatch: return QStringLiteral("the ID number's 5th-6th digits do not match the birth year");
    }
    return {};
}

QString CccdError::vietnamese() const
{
    switch (kind) {
    case Kind::Empty: return tr("Không đọc được mã. Bạn hãy đưa mã QR trên thẻ căn cước vào lại.");
    case Kind::TooFewFields: return tr("Đây không phải mã QR trên thẻ căn cước.");
    case Kind::IdNumberFormat: return tr("Số căn cước phải có đúng 12 chữ số.");
    case Kind::ProvinceCode: return tr("Ba số đầu của số căn cước không phải mã tỉnh.");
    case Kind::OldIdFormat: return tr("Số chứng minh nhân dân cũ phải có 9 chữ số.");
    case Kind::NameMissing: return tr("Mã QR không có họ và tên.");
    case Kind::BirthDate: return tr("Ngày sinh trong mã QR không đúng.");
    case Kind::Sex: return tr("Giới tính trong mã QR không đúng.");
    case Kind::AddressMissing: return tr("Mã QR không có nơi thường trú.");
    case Kind::IssueDate: return tr("Ngày cấp thẻ trong mã QR không đúng.");
    case Kind::CenturyMismatch:
    case Kind::BirthYearMismatch: return tr("Số căn cước không khớp với ngày sinh hoặc giới tính.");
    }
    return {};
}

std::variant<CccdData, CccdError> CccdParser::parse(const QString &payload, const QDate &today)
{
    using Kind = CccdError::Kind;
    const QString text = payload.trimmed();
    if (text.isEmpty())
        return CccdError{Kind::Empty, {}};
    const QStringList f = text.split(u'|');
    if (f.size() < 7)
        return CccdError{Kind::TooFewFields, QStringLiteral("%1 field(s), at least 7 expected").arg(f.size())};

    CccdData d;
    d.idNumber = f.at(0).trimmed();
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    if (!twelveDigits.match(d.idNumber).hasMatch())
        return CccdError{Kind::IdNumberFormat, {}};
    const int province = d.idNumber.left(3).toInt();
    if (!isProvinceCode(province))
        return CccdError{Kind::ProvinceCode, QStringLiteral("%1").arg(province, 3, 10, QLatin1Char('0'))};

    d.oldIdNumber = f.at(1).trimmed();
    static const QRegularExpression nineDigits(QStringLiteral("^[0-9]{9}$"));
    if (!d.oldIdNumber.isEmpty() && !nineDigits.match(d.oldIdNumber).hasMatch())
        return CccdError{Kind::OldIdFormat, {}};

    d.fullName = f.at(2).simplified();
    if (d.fullName.isEmpty())
        return CccdError{Kind::NameMissing, {}};

    d.dateOfBirth = parseDdMmYyyy(f.at(3).trimmed());
    if (!d.dateOfBirth.isValid() || d.dateOfBirth > today)
        return CccdError{Kind::BirthDate, {}};

    const QString sex = f.at(4).trimmed().normalized(QString::NormalizationForm_C);
    if (sex.compare(QStringLiteral("Nam"), Qt::CaseInsensitive) == 0)
        d.sex = CccdData::Sex::Male;
    else if (sex.compare(QStringLiteral("Nữ"), Qt::CaseInsensitive) == 0)
        d.sex = CccdData::Sex::Female;
    else
        return CccdError{Kind::Sex, {}};

    d.address = f.at(5).simplified();
    if (d.address.isEmpty())
        return CccdError{Kind::AddressMissing, {}};

    d.issueDate = parseDdMmYyyy(f.at(6).trimmed());
    if (!d.issueDate.isValid() || d.issueDate > today || d.issueDate < d.dateOfBirth)
        return CccdError{Kind::IssueDate, {}};

    // 4th digit: (century − 19) × 2, plus 1 for women, for 1900–2299; 8/9 for the 1800s.
    const int centuryDigit = d.idNumber.at(3).digitValue();
    const int century = d.dateOfBirth.year() / 100;
    const int female = d.sex == CccdData::Sex::Female ? 1 : 0;
    const int expected = century == 18 ? 8 + female : (century - 19) * 2 + female;
    if (centuryDigit != expected)
        return CccdError{Kind::CenturyMismatch, {}};
    if (d.idNumber.mid(4, 2).toInt() != d.dateOfBirth.year() % 100)
        return CccdError{Kind::BirthYearMismatch, {}};
    return d;
}

} // namespace motcua
