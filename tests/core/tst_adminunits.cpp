// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/adminunits.h"
#include "testsupport.h"

#include <QCollator>

using namespace motcua;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList namesOf(const QList<const AdminUnits::Commune *> &communes)
{
    QStringList names;
    for (const AdminUnits::Commune *c : communes)
        names.append(c->name);
    return names;
}

const QByteArray kHeader = "province_code,province_name,province_type,unit_code,unit_name,unit_type\n";

QString errorOf(const QByteArray &csv)
{
    const auto r = AdminUnits::parseCsv(csv);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("the bundled list has the 34 provinces and 3,321 communes of 2025", "[adminunits]")
{
    const AdminUnits &units = AdminUnits::bundled();
    REQUIRE(units.provinces().size() == 34);
    REQUIRE(units.communeCount() == 3321);
    CHECK(&AdminUnits::bundled() == &units); // loaded once

    const AdminUnits::Province *hanoi = units.province(s("01"));
    REQUIRE(hanoi);
    CHECK(hanoi->name == s("Thành phố Hà Nội"));
    CHECK(hanoi->type == s("thành phố trung ương"));
    CHECK(units.province(s("96"))->name == s("Tỉnh Cà Mau"));
    CHECK(units.province(s("02")) == nullptr); // Hà Giang, merged into Tuyên Quang
    CHECK(units.province(s("1")) == nullptr);

    const AdminUnits::Commune *baDinh = units.commune(s("00004"));
    REQUIRE(baDinh);
    CHECK(baDinh->name == s("Phường Ba Đình"));
    CHECK(baDinh->type == s("phường"));
    CHECK(baDinh->provinceCode == s("01"));
    CHECK(baDinh->nameFolded == s("phuong ba dinh"));
    CHECK(units.commune(s("99999")) == nullptr);
    // The one lower-case name of the source list is corrected in the bundled copy.
    CHECK(units.commune(s("06325"))->name == s("Xã Bắc Sơn"));

    qsizetype total = 0;
    QHash<QString, int> types;
    for (const AdminUnits::Province &p : units.provinces()) {
        const auto communes = units.communesOf(p.code);
        CHECK_FALSE(communes.isEmpty());
        total += communes.size();
        for (const AdminUnits::Commune *c : communes) {
            CHECK(c->provinceCode == p.code);
            ++types[c->type];
        }
    }
    CHECK(total == 3321);
    CHECK(types.value(s("xã")) == 2621);
    CHECK(types.value(s("phường")) == 687);
    CHECK(types.value(s("đặc khu")) == 13);
    CHECK(units.communesOf(s("01")).size() == 126);
    CHECK(units.communesOf(s("79")).size() == 168);
    CHECK(units.communesOf(s("03")).isEmpty());
}

TEST_CASE("describe names a commune with its province", "[adminunits]")
{
    const AdminUnits &units = AdminUnits::bundled();
    CHECK(units.describe(s("01"), s("00004")) == s("Phường Ba Đình, Thành phố Hà Nội"));
    CHECK(units.describe(s("79"), s("26732")) == s("Đặc khu Côn Đảo, Thành phố Hồ Chí Minh"));
    CHECK(units.describe(s("79"), s("00004")).isEmpty()); // Ba Đình is not in Hồ Chí Minh
    CHECK(units.describe(s("01"), s("99999")).isEmpty());
    CHECK(units.describe(s("00"), s("00004")).isEmpty());
    CHECK(units.describe({}, {}).isEmpty());
}

TEST_CASE("provinces and communes are in Vietnamese alphabetical order", "[adminunits]")
{
    const AdminUnits &units = AdminUnits::bundled();
    QStringList provinces;
    for (const AdminUnits::Province &p : units.provinces())
        provinces.append(p.name);
    // By the name without "Tỉnh"/"Thành phố"; ă after a, â after ă, đ after d, ơ after ô, ư after u.
    const QStringList expected{
        s("Tỉnh An Giang"),        s("Tỉnh Bắc Ninh"),      s("Tỉnh Cà Mau"),          s("Tỉnh Cao Bằng"),
        s("Thành phố Cần Thơ"),    s("Thành phố Đà Nẵng"),  s("Tỉnh Đắk Lắk"),         s("Tỉnh Điện Biên"),
        s("Tỉnh Đồng Nai"),        s("Tỉnh Đồng Tháp"),     s("Tỉnh Gia Lai"),         s("Thành phố Hà Nội"),
        s("Tỉnh Hà Tĩnh"),         s("Thành phố Hải Phòng"), s("Thành phố Hồ Chí Minh"), s("Thành phố Huế"),
        s("Tỉnh Hưng Yên"),        s("Tỉnh Khánh Hòa"),     s("Tỉnh Lai Châu"),        s("Tỉnh Lạng Sơn"),
        s("Tỉnh Lào Cai"),         s("Tỉnh Lâm Đồng"),      s("Tỉnh Nghệ An"),         s("Tỉnh Ninh Bình"),
        s("Tỉnh Phú Thọ"),         s("Tỉnh Quảng Ngãi"),    s("Tỉnh Quảng Ninh"),      s("Tỉnh Quảng Trị"),
        s("Tỉnh Sơn La"),          s("Tỉnh Tây Ninh"),      s("Tỉnh Thái Nguyên"),     s("Tỉnh Thanh Hóa"),
        s("Tỉnh Tuyên Quang"),     s("Tỉnh Vĩnh Long")};
    CHECK(provinces == expected);

    const QStringList hanoi = namesOf(units.communesOf(s("01")));
    REQUIRE(hanoi.size() == 126);
    CHECK(hanoi.mid(0, 8) == QStringList{s("Xã An Khánh"), s("Phường Ba Đình"), s("Xã Ba Vì"), s("Phường Bạch Mai"),
                                         s("Xã Bát Tràng"), s("Xã Bất Bạt"), s("Xã Bình Minh"), s("Phường Bồ Đề")});
    CHECK(hanoi.constLast() == s("Xã Yên Xuân"));
    // d < đ < e … (a code-point sort would put every Đ after Y).
    CHECK(hanoi.indexOf(s("Xã Dân Hòa")) < hanoi.indexOf(s("Phường Đống Đa")));
    CHECK(hanoi.indexOf(s("Phường Đống Đa")) < hanoi.indexOf(s("Phường Giảng Võ")));
    CHECK(hanoi.indexOf(s("Xã Ô Diên")) < hanoi.indexOf(s("Phường Phú Thượng")));

    // Numbers by value.
    const QStringList hue = namesOf(units.communesOf(s("46")));
    const qsizetype aLuoi1 = hue.indexOf(s("Xã A Lưới 1"));
    REQUIRE(aLuoi1 >= 0);
    CHECK(hue.mid(aLuoi1, 5) == QStringList{s("Xã A Lưới 1"), s("Xã A Lưới 2"), s("Xã A Lưới 3"),
                                            s("Xã A Lưới 4"), s("Xã A Lưới 5")});
}

TEST_CASE("searchCommunes finds names with or without accents", "[adminunits]")
{
    const AdminUnits &units = AdminUnits::bundled();
    for (const char *query : {"ba dinh", "Ba Đình", "BA ĐÌNH", "BA DINH", "  ba   đinh ", "Phường Ba Đình", "đình"}) {
        INFO("query: " << query);
        const auto found = units.searchCommunes(s("01"), s(query));
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.constFirst()->code == s("00004"));
    }
    // Decomposed input (some keyboards).
    const auto nfd = units.searchCommunes(s("01"), s("Ba Đình").normalized(QString::NormalizationForm_D));
    REQUIRE(nfd.size() == 1);
    CHECK(nfd.constFirst()->code == s("00004"));

    CHECK(units.searchCommunes(s("01"), {}).size() == 126);
    CHECK(namesOf(units.searchCommunes(s("01"), s("  "))) == namesOf(units.communesOf(s("01"))));
    CHECK(units.searchCommunes(s("79"), s("ba dinh")).isEmpty());
    CHECK(units.searchCommunes(s("03"), s("ba")).isEmpty());
    CHECK(units.searchCommunes(s("01"), s("zzz")).isEmpty());

    // Only one province is searched: there is a Xã Ba Vì in Hà Nội and none elsewhere.
    CHECK(namesOf(units.searchCommunes(s("01"), s("ba vi"))) == QStringList{s("Xã Ba Vì")});

    // Without accents both names come, in alphabetical order; with accents the exact one first.
    CHECK(namesOf(units.searchCommunes(s("51"), s("ba to"))) == QStringList{s("Xã Ba Tô"), s("Xã Ba Tơ")});
    CHECK(namesOf(units.searchCommunes(s("51"), s("Ba Tơ"))) == QStringList{s("Xã Ba Tơ"), s("Xã Ba Tô")});
    CHECK(namesOf(units.searchCommunes(s("51"), s("Ba Tô"))) == QStringList{s("Xã Ba Tô"), s("Xã Ba Tơ")});

    // Matches at the start of a word come before matches inside one.
    const QStringList an = namesOf(units.searchCommunes(s("01"), s("an")));
    REQUIRE(an.size() > 3);
    CHECK(an.constFirst() == s("Xã An Khánh"));
    REQUIRE(an.contains(s("Phường Hoàn Kiếm")));
    CHECK(an.indexOf(s("Xã Thuận An")) < an.indexOf(s("Phường Hoàn Kiếm")));
    CHECK_FALSE(an.contains(s("Phường Ba Đình")));

    // Apostrophes: "H'Leo", "H’Leo" and "h leo" find Xã Ea H’Leo.
    for (const char *query : {"H'Leo", "H’Leo", "ea h leo"}) {
        const auto found = units.searchCommunes(s("66"), s(query));
        REQUIRE(found.size() == 1);
        CHECK(found.constFirst()->code == s("24184"));
    }
}

TEST_CASE("parseCsv reads quoted fields, CRLF, a BOM and decomposed text", "[adminunits]")
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "province_code,province_name,province_type,unit_code,unit_name,unit_type\r\n"
                           "92,Thành phố Cần Thơ,thành phố trung ương,31117,Phường Ninh Kiều,phường\r\n"
                           "01,\"Thành phố Hà Nội\",thành phố trung ương,00226,\"Phường Văn Miếu, Quốc Tử Giám\",phường\r\n"
                           "\r\n"
                           "01,Thành phố Hà Nội,thành phố trung ương,00004,\"Phường Ba \"\"Đình\"\"\",phường\r\n"
                           " 01 , Thành phố Hà Nội ,thành phố trung ương, 00008 ,Xã A\xCC\x80n Bi\xCC\x80nh,xã\r\n"
                           "\r\n";
    const auto r = AdminUnits::parseCsv(csv);
    REQUIRE(r.ok());
    const AdminUnits &units = r.value();
    CHECK(units.communeCount() == 4);
    REQUIRE(units.provinces().size() == 2);
    CHECK(units.provinces().at(0).name == s("Thành phố Cần Thơ"));
    CHECK(units.provinces().at(1).name == s("Thành phố Hà Nội"));
    CHECK(units.commune(s("00226"))->name == s("Phường Văn Miếu, Quốc Tử Giám"));
    CHECK(units.commune(s("00004"))->name == s("Phường Ba \"Đình\""));
    CHECK(units.commune(s("00004"))->nameFolded == s("phuong ba dinh"));
    CHECK(units.commune(s("00008"))->name == s("Xã Àn Bình")); // composed (NFC) and trimmed
    CHECK(units.province(s("01"))->name == s("Thành phố Hà Nội"));
    CHECK(namesOf(units.communesOf(s("01")))
          == QStringList{s("Xã Àn Bình"), s("Phường Ba \"Đình\""), s("Phường Văn Miếu, Quốc Tử Giám")});
    CHECK(units.describe(s("92"), s("31117")) == s("Phường Ninh Kiều, Thành phố Cần Thơ"));

    // A quoted field may span lines; the next record still knows its line.
    const QByteArray multiline = kHeader
                                 + "01,Thành phố Hà Nội,thành phố trung ương,00004,\"Phường Ba\nĐình\",phường\n"
                                   "01,Thành phố Hà Nội,thành phố trung ương,0008,Phường Ngọc Hà,phường\n";
    CHECK(errorOf(multiline) == s("line 4: unit_code must be 5 digits"));
}

TEST_CASE("parseCsv names the line of each problem", "[adminunits]")
{
    const QByteArray hn = "01,Thành phố Hà Nội,thành phố trung ương,";
    CHECK(errorOf({}) == s("the file is empty"));
    CHECK(errorOf("\n\n") == s("the file is empty"));
    CHECK(errorOf(kHeader) == s("the file has no units after the header"));
    CHECK(errorOf("code,name\n" + hn + "00004,Phường Ba Đình,phường\n")
              .startsWith(s("line 1: the header must be province_code,province_name,province_type,")));
    CHECK(errorOf("\n" + kHeader.left(kHeader.size() - 5) + "\n").startsWith(s("line 2: the header must be")));

    CHECK(errorOf(kHeader + hn + "00004,Phường Ba Đình,phường\n" + hn + "00008,Phường Ngọc Hà\n")
          == s("line 3: expected 6 fields, found 5"));
    CHECK(errorOf(kHeader + hn + "00004,Phường Ba Đình,phường,extra\n") == s("line 2: expected 6 fields, found 7"));
    CHECK(errorOf(kHeader + hn + "0004,Phường Ba Đình,phường\n") == s("line 2: unit_code must be 5 digits"));
    CHECK(errorOf(kHeader + hn + "0000A,Phường Ba Đình,phường\n") == s("line 2: unit_code must be 5 digits"));
    CHECK(errorOf(kHeader + "1,Thành phố Hà Nội,thành phố trung ương,00004,Phường Ba Đình,phường\n")
          == s("line 2: province_code must be 2 digits"));
    CHECK(errorOf(kHeader + hn + "00004,Phường Ba Đình,phường\n"
                  + "02,Tỉnh Hà Giang,tỉnh,00691,Phường Hà Giang 2,phường\n")
          == s("line 3: unknown province_code 02 (not one of the 34 provinces in force since 2025-07-01)"));
    CHECK(errorOf(kHeader + hn + "00004,Phường Ba Đình,phường\n" + hn + "00008,Phường Ngọc Hà,phường\n" + hn
                  + "00004,Phường Giảng Võ,phường\n")
          == s("line 4: unit_code 00004 is already used on line 2"));
    CHECK(errorOf(kHeader + hn + "00004,Phường Ba Đình,phường\n" + hn + "00008,Phường Ba Đình,phường\n")
          == s("line 3: unit_name is already used in province 01 on line 2"));
    CHECK(errorOf(kHeader + hn + "00004,Phường Ba Đình,phường\n"
                  + "01,Thành phố Hanoi,thành phố trung ương,00008,Phường Ngọc Hà,phường\n")
          == s("line 3: province 01 has another name or type than on line 2"));
    CHECK(errorOf(kHeader + hn + "00004,Phường Ba Đình,phường\n"
                  + "04,Thành phố Hà Nội,thành phố trung ương,01273,Phường Thục Phán,phường\n")
          == s("line 3: province_name is already the name of province 01"));
    CHECK(errorOf(kHeader + "20,Tỉnh Lạng Sơn,tỉnh,06325,xã Bắc Sơn,xã\n")
          == s("line 2: unit_name must begin with 'Xã ' (its unit_type)"));
    CHECK(errorOf(kHeader + hn + "00004,Phường Ba Đình,ward\n")
          == s("line 2: unit_type must be one of: xã, phường, đặc khu"));
    CHECK(errorOf(kHeader + "01,Hà Nội,thành phố trung ương,00004,Phường Ba Đình,phường\n")
          == s("line 2: province_name must begin with 'Thành phố ' (its province_type)"));
    CHECK(errorOf(kHeader + "01,Thành phố Hà Nội,city,00004,Phường Ba Đình,phường\n")
          == s("line 2: province_type must be one of: tỉnh, thành phố trung ương"));

    // Every problem is listed, one a line.
    CHECK(errorOf(kHeader + hn + "0004,Phường Ba Đình,phường\n" + hn + "00008,Phường Ngọc Hà,phường\n" + hn
                  + "00025\n")
          == s("line 2: unit_code must be 5 digits\nline 4: expected 6 fields, found 4"));

    // Not CSV, not UTF-8.
    CHECK(errorOf(kHeader + hn + "00004,\"Phường Ba Đình,phường\n") == s("line 2: a quoted field is not closed"));
    CHECK(errorOf(kHeader + hn + "00004,\"Phường\" Ba Đình,phường\n")
          == s("line 2: text after the closing quote of a field"));
    CHECK(errorOf(kHeader + hn + "00004,Phường \"Ba Đình\",phường\n")
          == s("line 2: a quote inside a field that is not quoted"));
    CHECK(errorOf(kHeader + hn + "00004,Ph\xFF\xFEng Ba Đình,phường\n") == s("the file is not UTF-8 text"));
}
