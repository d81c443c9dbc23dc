// SPDX-License-Identifier: GPL-3.0-or-later
// Search as citizens type it: without accents, in capitals, half-typed, by code, in their words.
#include "testsupport.h"

using namespace motcua;
using motcua::test::codesOf;
using motcua::test::TempCatalog;

TEST_CASE("accents, case and đ do not matter", "[search]")
{
    TempCatalog t;
    for (const char *query : {"Đăng ký khai sinh", "dang ky khai sinh", "ĐĂNG KÝ KHAI SINH",
                              "dăng ky khai sinh", "  Dang   Ky  Khai Sinh  "}) {
        INFO(query);
        const QStringList codes = codesOf(t.store->search(QString::fromUtf8(query)));
        REQUIRE_FALSE(codes.isEmpty());
        CHECK(codes.first() == QStringLiteral("1.001193"));
        CHECK_FALSE(t.store->search(QString::fromUtf8(query)).approximate);
    }
}

TEST_CASE("the word being typed matches as a prefix", "[search]")
{
    TempCatalog t;
    CHECK(codesOf(t.store->search(QStringLiteral("khai si"))).first() == QStringLiteral("1.001193"));
    CHECK(codesOf(t.store->search(QStringLiteral("chung th"))).contains(QStringLiteral("2.000815")));
    // Only the last word is unfinished: "kha sinh" is not "khai sinh".
    const SearchResult unfinishedFirstWord = t.store->search(QStringLiteral("kha sinh"));
    CHECK((unfinishedFirstWord.hits.isEmpty() || unfinishedFirstWord.approximate));
}

TEST_CASE("codes find their procedure, whole or partly typed", "[search]")
{
    TempCatalog t;
    CHECK(codesOf(t.store->search(QStringLiteral("1.001193"))) == QStringList{QStringLiteral("1.001193")});
    CHECK(codesOf(t.store->search(QStringLiteral("1.001193.000.00.00.H01"))) == QStringList{QStringLiteral("1.001193")});
    CHECK(codesOf(t.store->search(QStringLiteral("1.001193.000.00.00.h01"))) == QStringList{QStringLiteral("1.001193")});
    const QStringList partial = codesOf(t.store->search(QStringLiteral("1.00")));
    CHECK(partial == QStringList{QStringLiteral("1.000689"), QStringLiteral("1.001193"),
                                 QStringLiteral("1.004194"), QStringLiteral("1.004884")});
    CHECK(codesOf(t.store->search(QStringLiteral("2.000"))).size() == 2);
    CHECK(t.store->search(QStringLiteral("3.000")).hits.isEmpty());
}

TEST_CASE("names rank before documents and notes", "[search]")
{
    TempCatalog t;
    // "bản chính" is in the name of 2.000815 and only in the result text of 1.001193.
    CHECK(codesOf(t.store->search(QStringLiteral("ban chinh"))) == QStringList{QStringLiteral("2.000815")});
    // The exact name comes before longer names that contain it.
    CHECK(codesOf(t.store->search(QStringLiteral("dang ky khai sinh")))
          == QStringList{QStringLiteral("1.001193"), QStringLiteral("1.000689"), QStringLiteral("1.004884")});
    // A word found only in a document still finds the procedure when no name has it.
    CHECK(codesOf(t.store->search(QStringLiteral("giấy chứng sinh"))) == QStringList{QStringLiteral("1.001193")});
}

TEST_CASE("citizens' words and abbreviations reach the right procedure", "[search]")
{
    TempCatalog t;
    CHECK(codesOf(t.store->search(QStringLiteral("giấy khai sinh"))).first() == QStringLiteral("1.001193"));
    CHECK(codesOf(t.store->search(QStringLiteral("sao y"))).first() == QStringLiteral("2.000815"));
    CHECK(codesOf(t.store->search(QStringLiteral("KT3"))).first() == QStringLiteral("1.004194"));
    CHECK(codesOf(t.store->search(QStringLiteral("xac nhan chu ky"))).first() == QStringLiteral("2.000884"));
}

TEST_CASE("a sentence with extra words gives the closest matches, marked approximate", "[search]")
{
    TempCatalog t;
    const SearchResult r = t.store->search(QStringLiteral("tôi muốn làm khai sinh cho con"));
    CHECK(r.approximate);
    REQUIRE_FALSE(r.hits.isEmpty());
    CHECK(r.hits.first().code == QStringLiteral("1.001193"));
    const SearchResult temp = t.store->search(QStringLiteral("xin đăng ký tạm trú ạ"));
    CHECK(codesOf(temp).first() == QStringLiteral("1.004194"));
}

TEST_CASE("no hit is an empty result, never an error", "[search]")
{
    TempCatalog t;
    for (const char *query : {"xyzzy", "cấp phép bay drone", "", "   ", "!!!", "\"*)(", "OR AND NOT",
                              "name:khai", "9.999999", "NEAR(a b)"}) {
        INFO(query);
        const SearchResult r = t.store->search(QString::fromUtf8(query));
        CHECK(r.hits.isEmpty());
        CHECK_FALSE(r.approximate);
    }
}

TEST_CASE("repeated and excess words do not change or slow the search", "[search]")
{
    TempCatalog t;
    const QStringList once = codesOf(t.store->search(QStringLiteral("khai sinh")));
    CHECK(codesOf(t.store->search(QStringLiteral("khai sinh ").repeated(300))) == once);
    // 40 different words that match nothing: the first 12 are looked at, the answer is empty.
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many.append(QStringLiteral("tu%1").arg(i));
    CHECK(t.store->search(many.join(u' ')).hits.isEmpty());
}

TEST_CASE("the limit caps the number of hits", "[search]")
{
    TempCatalog t;
    CHECK(t.store->search(QStringLiteral("dang ky"), 2).hits.size() == 2);
    CHECK(t.store->search(QStringLiteral("dang ky"), 50).hits.size() == 4);
}

TEST_CASE("search on the shipped demo catalog", "[search][demo]")
{
    TempCatalog t(QString{});
    auto first = [&](const char *q) {
        const QStringList codes = codesOf(t.store->search(QString::fromUtf8(q)));
        return codes.isEmpty() ? QString() : codes.first();
    };
    CHECK(first("dang ky khai sinh") == QStringLiteral("1.001193"));
    CHECK(first("ĐĂNG KÝ KHAI SINH") == QStringLiteral("1.001193"));
    CHECK(first("dăng ky khai sinh") == QStringLiteral("1.001193"));
    CHECK(first("khai si") == QStringLiteral("1.001193"));
    CHECK(first("giấy khai sinh") == QStringLiteral("1.001193"));
    CHECK(first("1.001193") == QStringLiteral("1.001193"));
    CHECK(first("tạm trú") == QStringLiteral("1.004194"));
    CHECK(first("dang ky tam tru") == QStringLiteral("1.004194"));
    CHECK(first("thuong tru") == QStringLiteral("1.004222"));
    CHECK(first("sao y") == QStringLiteral("2.000815"));
    CHECK(first("sao y ban chinh") == QStringLiteral("2.000815"));
    CHECK(first("chung thuc chu ky") == QStringLiteral("2.000884"));
    CHECK(first("xac nhan doc than") == QStringLiteral("1.004873"));
    CHECK(first("ket hon") == QStringLiteral("1.000894"));
    CHECK(first("khai tu") == QStringLiteral("1.000656"));
    CHECK(first("trich luc") == QStringLiteral("2.000635"));
    const QStringList cccd = codesOf(t.store->search(QStringLiteral("CCCD")));
    REQUIRE_FALSE(cccd.isEmpty());
    const auto cccdProcedure = t.store->procedure(cccd.first());
    REQUIRE(cccdProcedure.has_value());
    CHECK((cccdProcedure->topicId == QStringLiteral("can-cuoc") || cccdProcedure->topicId == QStringLiteral("lien-thong")));
    CHECK(t.store->search(QStringLiteral("xyzzy qwerty")).hits.isEmpty());
}
