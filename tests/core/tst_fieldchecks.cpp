// SPDX-License-Identifier: GPL-3.0-or-later
// Names, numbers and addresses here are made up.
#include "forms/fieldchecks.h"
#include "testsupport.h"

#include <limits>

using namespace motcua;

namespace {

const QDate kToday(2026, 11, 23);

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Empty when the value is accepted, else the Vietnamese message (printed when a CHECK fails).
QString problemOf(const std::optional<FieldProblem> &problem)
{
    return problem ? problem->vietnamese : QString();
}

// The value is rejected with both messages, the Vietnamese one containing `fragment`, and
// neither repeating the value.
void checkRejected(const std::optional<FieldProblem> &problem, const QString &value, const char *fragment)
{
    INFO("value: " << value.toStdString());
    REQUIRE(problem.has_value());
    CHECK(problem->vietnamese.contains(s(fragment)));
    CHECK_FALSE(problem->english.isEmpty());
    if (value.trimmed().size() >= 4) {
        CHECK_FALSE(problem->vietnamese.contains(value.trimmed()));
        CHECK_FALSE(problem->english.contains(value.trimmed()));
    }
}

QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

// Every Vietnamese letter that is not plain ASCII, lower case.
const char *kVietnameseLetters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";

} // namespace

TEST_CASE("personName accepts Vietnamese names with every letter, also decomposed", "[fieldchecks]")
{
    for (const char *name : {"Nguyễn Văn An", "Nguyễn Thị Ánh Tuyết", "H'Hen Niê", "H’Hen Niê", "Lò Văn Páo",
                             "Đặng Thùy Trâm", "Y Moan Êban", "Nguyễn-Trần Bảo Anh", "NGUYỄN VĂN AN",
                             "nguyễn văn an", "  Nguyễn   Văn  An  ", "John Smith", "Ông Ích Khiêm"}) {
        CHECK(problemOf(FieldChecks::personName(s(name))) == QString());
        CHECK(problemOf(FieldChecks::personName(nfd(s(name)))) == QString());
    }
    const QString letters = s(kVietnameseLetters);
    REQUIRE(letters.size() == 67);
    for (const QChar c : letters) {
        const QString lower = s("Lê ") + c + s("n");
        const QString upper = c.toUpper() + s("n Bình");
        INFO("letter: " << QString(c).toStdString());
        CHECK(problemOf(FieldChecks::personName(lower)) == QString());
        CHECK(problemOf(FieldChecks::personName(upper)) == QString());
        CHECK(problemOf(FieldChecks::personName(nfd(lower))) == QString());
        CHECK(problemOf(FieldChecks::personName(nfd(upper))) == QString());
    }
}

TEST_CASE("personName rejects one word, digits, symbols and misplaced punctuation", "[fieldchecks]")
{
    for (const char *name : {"", "An", "Trần", "  Tuyết  "})
        checkRejected(FieldChecks::personName(s(name)), s(name), "đầy đủ cả họ và tên");
    for (const char *name : {"Nguyễn Văn An2", "Nguyễn Văn 3", "Nguyễn Văn An!", "Nguyễn @n", "Nguyễn_Văn An",
                             "Nguyễn. Văn An", "Иван Петров", "李 小龍", "Nguyễn Văn 😀", "Trần (Bé) Na",
                             "Lê\tVăn Tám", "Lê\nVăn Tám", "Nguyễn Văn An, Lê Thị Bình"})
        checkRejected(FieldChecks::personName(s(name)), s(name), "chỉ gồm chữ cái");
    // A combining mark with no letter before it.
    checkRejected(FieldChecks::personName(QChar(0x0301) + s("An Bình")), {}, "chỉ gồm chữ cái");
    for (const char *name : {"'An Bình", "An- Bình", "H''Hen Niê", "Nguyễn Văn An-", "H' Hen", "Lê -An"})
        checkRejected(FieldChecks::personName(s(name)), s(name), "giữa hai chữ cái");
}

TEST_CASE("personName allows 100 characters, counted after composing", "[fieldchecks]")
{
    const QString hundred = s("Nguyễn ") + QString(93, u'ễ'); // 7 + 93
    REQUIRE(hundred.size() == 100);
    CHECK(problemOf(FieldChecks::personName(hundred)) == QString());
    // Decomposed, the same name is 100 + 2×94 UTF-16 units: still 100 characters.
    REQUIRE(nfd(hundred).size() > 100);
    CHECK(problemOf(FieldChecks::personName(nfd(hundred))) == QString());
    checkRejected(FieldChecks::personName(hundred + u'a'), hundred + u'a', "dài quá 100 ký tự");
}

TEST_CASE("cccdNumber: 12 digits starting with a pre-2025 province code", "[fieldchecks]")
{
    for (const char *id : {"001089012345", "079305001234", "096199000001", "  001089012345  ", "038200000000"})
        CHECK(problemOf(FieldChecks::cccdNumber(s(id))) == QString());
    // The 4th digit (century and sex) may be any digit.
    for (int d = 0; d <= 9; ++d) {
        const QString id = s("001") + QString::number(d) + s("89012345");
        CHECK(problemOf(FieldChecks::cccdNumber(id)) == QString());
    }

    checkRejected(FieldChecks::cccdNumber(s("00108901234")), s("00108901234"), "đúng 12 chữ số");
    CHECK(problemOf(FieldChecks::cccdNumber(s("00108901234"))).contains(s("Bạn đã nhập 11 chữ số")));
    checkRejected(FieldChecks::cccdNumber(s("0010890123456")), s("0010890123456"), "đúng 12 chữ số");
    checkRejected(FieldChecks::cccdNumber(s("")), {}, "đúng 12 chữ số");
    for (const char *id : {"00108901234a", "001 089 012 345", "001-089-012-345", "A01089012345", "００１０８９０１２３４５"})
        checkRejected(FieldChecks::cccdNumber(s(id)), s(id), "chỉ gồm 12 chữ số");
    // 000, 097 and 099 are no province; 003, 005 and 007 are gaps in the list.
    for (const char *id : {"000089012345", "097089012345", "099089012345", "003089012345", "005089012345",
                           "007089012345"})
        checkRejected(FieldChecks::cccdNumber(s(id)), s(id), "mã tỉnh");
}

TEST_CASE("phone: mobile and landline numbers in the ways people write them", "[fieldchecks]")
{
    const std::pair<const char *, const char *> good[] = {
        {"0912345678", "0912345678"},     {"0387654321", "0387654321"},       {"0868123456", "0868123456"},
        {"0523456789", "0523456789"},     {"0701234567", "0701234567"},       {"0912 345 678", "0912345678"},
        {"0912.345.678", "0912345678"},   {"0912-345-678", "0912345678"},     {"+84912345678", "0912345678"},
        {"+84 912 345 678", "0912345678"}, {"+84 912.345.678", "0912345678"}, {"84912345678", "0912345678"},
        {"+84 0912 345 678", "0912345678"}, {"(+84) 912 345 678", "0912345678"},
        {"024 3825 1234", "02438251234"}, {"02438251234", "02438251234"},     {"028.3829.5000", "02838295000"},
        {"(024) 3825 1234", "02438251234"}, {"+84 24 3825 1234", "02438251234"}, {"  0912345678 ", "0912345678"},
    };
    for (const auto &[input, digits] : good) {
        INFO("phone: " << input);
        CHECK(problemOf(FieldChecks::phone(s(input))) == QString());
        CHECK(FieldChecks::normalizedPhone(s(input)) == s(digits));
    }
}

TEST_CASE("phone: wrong prefixes, lengths and characters are explained", "[fieldchecks]")
{
    // 01x (the old 11-digit mobiles), 06x, 04x and 00 are not in use; wrong lengths.
    for (const char *p : {"0112345678", "01234567890", "0612345678", "0412345678", "0012345678", "091234567",
                          "09123456789", "12345", "0", "+84 12 345 678"}) {
        checkRejected(FieldChecks::phone(s(p)), s(p), "Số di động có 10 chữ số");
        CHECK(FieldChecks::normalizedPhone(s(p)).isEmpty());
    }
    for (const char *p : {"0243825123", "024382512345", "+84 24 3825 123"})
        checkRejected(FieldChecks::phone(s(p)), s(p), "11 chữ số, bắt đầu bằng 02");
    for (const char *p : {"", "0912abc678", "0912/345/678", "091234567８", "+", "0912 345 678 ext"})
        checkRejected(FieldChecks::phone(s(p)), s(p), "chỉ gồm chữ số");
    for (const char *p : {"+1 202 555 0100", "+85 912 345 678"})
        checkRejected(FieldChecks::phone(s(p)), s(p), "số điện thoại Việt Nam");
    CHECK(FieldChecks::normalizedPhone(s("+1 202 555 0100")).isEmpty());
}

TEST_CASE("email: name@domain.tld", "[fieldchecks]")
{
    for (const char *e : {"nguyenvanan@gmail.com", "an.nguyen+kiosk@ubnd.hanoi.gov.vn", "a_b-c@sub-domain.example.vn",
                          "  lan@yahoo.com.vn  ", "X@Y.VN", "so1@so2.xn--p1ai"})
        CHECK(problemOf(FieldChecks::email(s(e))) == QString());

    for (const char *e : {"lethibinh", "@yahoo.com", "an@", "an@yahoo", "an@@yahoo.com", "an@b@yahoo.com",
                          "an..b@yahoo.com", ".an@yahoo.com", "an.@yahoo.com", "an@yahoo..com", "an@-yahoo.com",
                          "an@yahoo-.com", "an@yahoo.c", "an@yahoo.com.", "an@yahoo.c0m", "an(b)@yahoo.com",
                          "an@yahoo,com", ""})
        checkRejected(FieldChecks::email(s(e)), s(e), "Email có dạng");
    checkRejected(FieldChecks::email(s("an nguyen@yahoo.com")), s("an nguyen@yahoo.com"), "không có dấu cách");
    checkRejected(FieldChecks::email(s("nguyễn@yahoo.com")), s("nguyễn@yahoo.com"), "viết không dấu");
}

TEST_CASE("email: length limits", "[fieldchecks]")
{
    const QString local64(64, u'a');
    CHECK(problemOf(FieldChecks::email(local64 + s("@gmail.com"))) == QString());
    checkRejected(FieldChecks::email(local64 + s("a@gmail.com")), {}, "Email có dạng");
    // 250 characters: labels of 60 under the limit of 63.
    const QString domain = QString(60, u'b') + u'.' + QString(60, u'c') + u'.' + QString(60, u'd') + s(".vn");
    const QString longest = local64 + u'@' + domain; // 64 + 1 + 185
    REQUIRE(longest.size() == 250);
    CHECK(problemOf(FieldChecks::email(longest)) == QString());
    const QString tooLong = local64 + u'@' + QString(60, u'e') + u'.' + domain; // 311
    checkRejected(FieldChecks::email(tooLong), {}, "dài quá 254 ký tự");
    checkRejected(FieldChecks::email(s("an@") + QString(64, u'x') + s(".vn")), {}, "Email có dạng");
}

TEST_CASE("date: real ISO dates within the range, from 1900", "[fieldchecks]")
{
    using enum DateRange;
    CHECK(problemOf(FieldChecks::date(s("1990-03-15"), Past, kToday)) == QString());
    CHECK(problemOf(FieldChecks::date(s("2026-11-23"), Past, kToday)) == QString()); // today
    CHECK(problemOf(FieldChecks::date(s("2026-11-23"), Future, kToday)) == QString());
    CHECK(problemOf(FieldChecks::date(s("2027-01-01"), Future, kToday)) == QString());
    CHECK(problemOf(FieldChecks::date(s("2024-02-29"), Past, kToday)) == QString()); // leap year
    CHECK(problemOf(FieldChecks::date(s("1900-01-01"), Past, kToday)) == QString());
    CHECK(problemOf(FieldChecks::date(s("2099-12-31"), Any, kToday)) == QString());
    CHECK(problemOf(FieldChecks::date(s("1950-06-01"), Any, kToday)) == QString());
    CHECK(problemOf(FieldChecks::date(s(" 2000-01-01 "), Past, kToday)) == QString());

    for (const char *d : {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00"})
        checkRejected(FieldChecks::date(s(d), Any, kToday), s(d), "không có trên lịch");
    checkRejected(FieldChecks::date(s("2026-11-24"), Past, kToday), s("2026-11-24"), "Ngày này chưa đến");
    checkRejected(FieldChecks::date(s("2030-01-01"), Past, kToday), s("2030-01-01"), "Ngày này chưa đến");
    checkRejected(FieldChecks::date(s("2026-11-22"), Future, kToday), s("2026-11-22"), "Ngày này đã qua");
    checkRejected(FieldChecks::date(s("1899-12-31"), Any, kToday), s("1899-12-31"), "từ 1900");
    checkRejected(FieldChecks::date(s("0990-03-15"), Past, kToday), s("0990-03-15"), "từ 1900");
    for (const char *d : {"15/03/1990", "1990-3-15", "19900315", "", "1990-03-15T00:00", "ngày 15"})
        checkRejected(FieldChecks::date(s(d), Past, kToday), s(d), "đủ ngày, tháng và năm");
}

TEST_CASE("number: whole numbers within bounds", "[fieldchecks]")
{
    CHECK(problemOf(FieldChecks::number(s("0"), 0, 10)) == QString());
    CHECK(problemOf(FieldChecks::number(s("10"), 0, 10)) == QString());
    CHECK(problemOf(FieldChecks::number(s(" 7 "), 0, 10)) == QString());
    CHECK(problemOf(FieldChecks::number(s("007"), 0, 10)) == QString());
    CHECK(problemOf(FieldChecks::number(s("-5"), -10, 10)) == QString());
    CHECK(problemOf(FieldChecks::number(s("+3"), -10, 10)) == QString());
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    CHECK(problemOf(FieldChecks::number(s("9223372036854775807"), 0, highest)) == QString());
    CHECK(problemOf(FieldChecks::number(s("-9223372036854775808"), lowest, 0)) == QString());

    CHECK(problemOf(FieldChecks::number(s("11"), 0, 10)) == s("Số phải từ 0 đến 10."));
    CHECK(problemOf(FieldChecks::number(s("-1"), 0, 10)) == s("Số phải từ 0 đến 10."));
    CHECK(FieldChecks::number(s("-1"), 0, 10)->english == s("must be between 0 and 10"));
    CHECK(problemOf(FieldChecks::number(s("5"), 1000, 1000000)) == s("Số phải từ 1.000 đến 1.000.000."));
    CHECK(problemOf(FieldChecks::number(s("0"), 1, highest)) == s("Số phải từ 1 trở lên."));
    CHECK(problemOf(FieldChecks::number(s("20"), lowest, 12)) == s("Số không được lớn hơn 12."));
    for (const char *n : {"1.5", "1,5", "abc", "", "1 000", "1.000", "--1", "+", "12a", "٣"})
        checkRejected(FieldChecks::number(s(n), 0, 100000), s(n), "số nguyên");
    checkRejected(FieldChecks::number(s("99999999999999999999"), 0, highest), s("99999999999999999999"), "quá lớn");
}

TEST_CASE("text: length in characters, control characters, one line", "[fieldchecks]")
{
    CHECK(problemOf(FieldChecks::text(QString(), 10, false)) == QString());
    CHECK(problemOf(FieldChecks::text(s("Số 12, ngõ 34"), 13, false)) == QString());
    checkRejected(FieldChecks::text(s("Số 12, ngõ 345"), 13, false), s("Số 12, ngõ 345"), "tối đa 13 ký tự, hiện có 14");
    // Decomposed Vietnamese and characters outside the BMP count as what they look like.
    CHECK(problemOf(FieldChecks::text(nfd(s("Nguyễn")), 6, false)) == QString());
    CHECK(problemOf(FieldChecks::text(s("Vui 😀"), 5, false)) == QString());
    checkRejected(FieldChecks::text(s("Vui 😀😀"), 5, false), {}, "tối đa 5 ký tự");
    // Spaces around do not count.
    CHECK(problemOf(FieldChecks::text(s("   abc   "), 3, false)) == QString());

    CHECK(problemOf(FieldChecks::text(s("Dòng một\nDòng hai"), 100, true)) == QString());
    CHECK(problemOf(FieldChecks::text(s("Dòng một\r\nDòng hai"), 100, true)) == QString());
    checkRejected(FieldChecks::text(s("Dòng một\nDòng hai"), 100, false), s("Dòng một\nDòng hai"), "một dòng");
    checkRejected(FieldChecks::text(s("Dòng một\rDòng hai"), 100, false), {}, "một dòng");
    for (const QString &bad : {s("a\tb"), s("chuông\a"), QString::fromUtf16(u"a\0b", 3), s("x\x1b[31m"), s("a\u007fb"),
                               s("a\u0085b")}) {
        checkRejected(FieldChecks::text(bad, 100, false), {}, "ký tự lạ");
        checkRejected(FieldChecks::text(bad, 100, true), {}, "ký tự lạ");
    }
    const QChar loneSurrogate(0xD800);
    checkRejected(FieldChecks::text(s("a") + loneSurrogate + s("b"), 100, true), {}, "ký tự lạ");
}
