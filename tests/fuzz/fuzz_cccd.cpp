// SPDX-License-Identifier: GPL-3.0-or-later
// CccdParser::parse on any text. What it accepts is a consistent card, and the card written
// back as a chip's QR text reads back the same.
#include "fuzzsupport.h"

#include "identity/cccdparser.h"

using namespace motcua;
using motcua::fuzz::require;

namespace {

QString asQrText(const CccdData &d)
{
    const QString sex = d.sex == CccdData::Sex::Female ? QStringLiteral("Nữ") : QStringLiteral("Nam");
    return QStringList{d.idNumber, d.oldIdNumber, d.fullName, d.dateOfBirth.toString(QStringLiteral("ddMMyyyy")),
                       sex, d.address, d.issueDate.toString(QStringLiteral("ddMMyyyy"))}
        .join(u'|');
}

bool asciiDigits(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = CccdParser::parse(fuzz::text(data, size), fuzz::kToday);
    if (const auto *error = std::get_if<CccdError>(&parsed)) {
        require(!error->english().isEmpty() && !error->vietnamese().isEmpty(), "a refused card says why");
        return 0;
    }
    const CccdData &d = std::get<CccdData>(parsed);
    require(d.idNumber.size() == 12 && asciiDigits(d.idNumber), "the ID number is 12 digits", d.idNumber);
    require(d.oldIdNumber.isEmpty() || (d.oldIdNumber.size() == 9 && asciiDigits(d.oldIdNumber)),
            "the old ID is 9 digits or none");
    require(CccdParser::isProvinceCode(d.idNumber.left(3).toInt()), "the ID starts with a province code");
    require(!d.fullName.isEmpty() && d.fullName == d.fullName.simplified() && !d.fullName.contains(u'|'),
            "the name is there, its spaces simplified");
    require(!d.address.isEmpty() && d.address == d.address.simplified(), "the address is there, its spaces simplified");
    require(d.dateOfBirth.isValid() && d.issueDate.isValid() && d.dateOfBirth <= d.issueDate && d.issueDate <= fuzz::kToday,
            "born, then issued, then today");

    const QString again = asQrText(d);
    const auto reread = CccdParser::parse(again, fuzz::kToday);
    require(std::holds_alternative<CccdData>(reread), "an accepted card, written again, parses", again);
    const CccdData &e = std::get<CccdData>(reread);
    require(e.idNumber == d.idNumber && e.oldIdNumber == d.oldIdNumber && e.fullName == d.fullName
                && e.dateOfBirth == d.dateOfBirth && e.sex == d.sex && e.address == d.address
                && e.issueDate == d.issueDate,
            "a card written again reads back the same", again);
    return 0;
}
