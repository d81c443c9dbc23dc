// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <variant>

namespace motcua {

// What the QR code on a chip ID card (căn cước / CCCD) holds.
struct CccdData
{
    enum class Sex { Male, Female };
    QString idNumber;    // 12 digits
    QString oldIdNumber; // 9-digit CMND, may be empty
    QString fullName;
    QDate dateOfBirth;
    Sex sex = Sex::Male;
    QString address; // permanent address as printed
    QDate issueDate;
};

// Why a payload is not a CCCD, in a form the UI can say in the kiosk's language and a log in English.
struct CccdError
{
    Q_DECLARE_TR_FUNCTIONS(motcua::CccdError)

public:
    enum class Kind {
        Empty, TooFewFields, IdNumberFormat, ProvinceCode, OldIdFormat, NameMissing,
        BirthDate, Sex, AddressMissing, IssueDate, CenturyMismatch, BirthYearMismatch
    };
    Kind kind;
    QString detail; // English, never containing the personal data itself

    [[nodiscard]] QString english() const;
    // For the citizen: Vietnamese, or its translation when one is installed (tr()).
    [[nodiscard]] QString vietnamese() const;
};

// Parses "ID|old ID|name|ddmmyyyy|Nam/Nữ|address|ddmmyyyy[|more…]". Extra fields of newer
// cards are accepted and ignored. Checks the ID's province prefix (the 63 pre-2025 provinces),
// that its 4th digit (century and sex) and 5th–6th digits (birth year) agree with the other
// fields, and that dates are real and not in the future.
class CccdParser
{
public:
    [[nodiscard]] static std::variant<CccdData, CccdError> parse(const QString &payload,
                                                                 const QDate &today = QDate::currentDate());
    // The province codes (001–096) an ID number may start with.
    [[nodiscard]] static bool isProvinceCode(int code);
};

} // namespace motcua
