// SPDX-License-Identifier: GPL-3.0-or-later
// Sample cards are made up: names and addresses of no real person.
#include "identity/cccdparser.h"
#include "testsupport.h"

using namespace motcua;
using Kind = CccdError::Kind;

namespace {

const QDate kToday(2026, 11, 23);

std::variant<CccdData, CccdError> parse(const char *payload)
{
    return CccdParser::parse(QString::fromUtf8(payload), kToday);
}

Kind errorOf(const char *payload)
{
    const auto r = parse(payload);
    REQUIRE(std::holds_alternative<CccdError>(r));
    return std::get<CccdError>(r).kind;
}

} // namespace

TEST_CASE("a valid card is read field by field", "[cccd]")
{
    const auto r = parse("001089012345|012345678|Nguyễn Văn An|15031989|Nam|Số 12, ngõ 34, phường Ba Đình, Hà Nội|20042021");
    REQUIRE(std::holds_alternative<CccdData>(r));
    const CccdData &d = std::get<CccdData>(r);
    CHECK(d.idNumber == QStringLiteral("001089012345"));
    CHECK(d.oldIdNumber == QStringLiteral("012345678"));
    CHECK(d.fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(d.dateOfBirth == QDate(1989, 3, 15));
    CHECK(d.sex == CccdData::Sex::Male);
    CHECK(d.address == QStringLiteral("Số 12, ngõ 34, phường Ba Đình, Hà Nội"));
    CHECK(d.issueDate == QDate(2021, 4, 20));
}

TEST_CASE("women born in the 2000s, no old ID, extra fields of newer cards", "[cccd]")
{
    const auto r = parse("079305001234||Trần Thị Bình|01012005|Nữ|Phường Bến Thành, TP. Hồ Chí Minh|05062023|extra|more");
    REQUIRE(std::holds_alternative<CccdData>(r));
    const CccdData &d = std::get<CccdData>(r);
    CHECK(d.sex == CccdData::Sex::Female);
    CHECK(d.oldIdNumber.isEmpty());
    CHECK(d.dateOfBirth == QDate(2005, 1, 1));
}

TEST_CASE("each bad part is named", "[cccd]")
{
    CHECK(errorOf("") == Kind::Empty);
    CHECK(errorOf("   ") == Kind::Empty);
    CHECK(errorOf("hello world") == Kind::TooFewFields);
    CHECK(errorOf("001089012345|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội") == Kind::TooFewFields);
    CHECK(errorOf("00108901234|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội|20042021") == Kind::IdNumberFormat);
    CHECK(errorOf("00108901234a|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội|20042021") == Kind::IdNumberFormat);
    CHECK(errorOf("003089012345|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội|20042021") == Kind::ProvinceCode);
    CHECK(errorOf("097089012345|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội|20042021") == Kind::ProvinceCode);
    CHECK(errorOf("001089012345|0123|Nguyễn Văn An|15031989|Nam|Hà Nội|20042021") == Kind::OldIdFormat);
    CHECK(errorOf("001089012345|012345678| |15031989|Nam|Hà Nội|20042021") == Kind::NameMissing);
    CHECK(errorOf("001089012345|012345678|Nguyễn Văn An|31021989|Nam|Hà Nội|20042021") == Kind::BirthDate);
    CHECK(errorOf("001089012345|012345678|Nguyễn Văn An|1503198|Nam|Hà Nội|20042021") == Kind::BirthDate);
    CHECK(errorOf("001089012345|012345678|Nguyễn Văn An|15031989|Male|Hà Nội|20042021") == Kind::Sex);
    CHECK(errorOf("001089012345|012345678|Nguyễn Văn An|15031989|Nam||20042021") == Kind::AddressMissing);
    CHECK(errorOf("001089012345|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội|20042031") == Kind::IssueDate);
    CHECK(errorOf("001089012345|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội|20041980") == Kind::IssueDate);
}

TEST_CASE("the ID number must agree with sex and birth year", "[cccd]")
{
    // 4th digit 1 = woman born in the 1900s, but the card says Nam.
    CHECK(errorOf("001189012345|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội|20042021") == Kind::CenturyMismatch);
    // 4th digit 0 = 1900s, but born in 2005.
    CHECK(errorOf("001005012345||Nguyễn Văn An|15032005|Nam|Hà Nội|20042021") == Kind::CenturyMismatch);
    // Digits 5-6 say 1988, the date of birth says 1989.
    CHECK(errorOf("001088012345|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội|20042021") == Kind::BirthYearMismatch);
}

TEST_CASE("messages never repeat the personal data", "[cccd]")
{
    const auto r = parse("001189012345|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội|20042021");
    const CccdError e = std::get<CccdError>(r);
    CHECK_FALSE(e.english().contains(QStringLiteral("001189012345")));
    CHECK_FALSE(e.english().contains(QStringLiteral("Nguyễn")));
    CHECK(e.vietnamese() == QStringLiteral("Số căn cước không khớp với ngày sinh hoặc giới tính."));
    CHECK(e.english() == QStringLiteral("the ID number's 4th digit does not match the sex and birth century"));
}

TEST_CASE("province codes are the 63 pre-2025 provinces", "[cccd]")
{
    int count = 0;
    for (int code = 0; code < 1000; ++code)
        count += CccdParser::isProvinceCode(code) ? 1 : 0;
    CHECK(count == 63);
    CHECK(CccdParser::isProvinceCode(1));
    CHECK(CccdParser::isProvinceCode(79));
    CHECK(CccdParser::isProvinceCode(96));
    CHECK_FALSE(CccdParser::isProvinceCode(3));
    CHECK_FALSE(CccdParser::isProvinceCode(97));
}
