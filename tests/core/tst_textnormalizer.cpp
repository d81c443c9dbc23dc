// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/textnormalizer.h"
#include "testsupport.h"

using motcua::TextNormalizer;

TEST_CASE("fold removes Vietnamese marks, folds đ and case", "[normalize]")
{
    CHECK(TextNormalizer::fold(QStringLiteral("Đăng ký khai sinh")) == QStringLiteral("dang ky khai sinh"));
    CHECK(TextNormalizer::fold(QStringLiteral("ĐĂNG KÝ KHAI SINH")) == QStringLiteral("dang ky khai sinh"));
    CHECK(TextNormalizer::fold(QStringLiteral("đường Điện Biên Phủ")) == QStringLiteral("duong dien bien phu"));
    CHECK(TextNormalizer::fold(QStringLiteral("Nghĩa Đô")) == QStringLiteral("nghia do"));
    CHECK(TextNormalizer::fold(QStringLiteral("ÐĂNG KÝ KẾT HÔN")) == QStringLiteral("dang ky ket hon")); // U+00D0
}

TEST_CASE("fold handles every vowel with every tone", "[normalize]")
{
    const QString vowels = QStringLiteral("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ");
    const QString folded = TextNormalizer::fold(vowels);
    CHECK(folded == QStringLiteral("aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy"));
    CHECK(TextNormalizer::fold(vowels.toUpper()) == folded);
}

TEST_CASE("fold treats decomposed and composed input alike", "[normalize]")
{
    const QString composed = QStringLiteral("Chứng thực bản sao");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed != composed);
    CHECK(TextNormalizer::fold(decomposed) == TextNormalizer::fold(composed));
    CHECK(TextNormalizer::fold(composed) == QStringLiteral("chung thuc ban sao"));
}

TEST_CASE("fold collapses punctuation and spaces", "[normalize]")
{
    CHECK(TextNormalizer::fold(QStringLiteral("  Đăng   ký—khai-sinh, (mẹ/con)  ")) ==
          QStringLiteral("dang ky khai sinh me con"));
    CHECK(TextNormalizer::fold(QStringLiteral("1.001193")) == QStringLiteral("1 001193"));
    CHECK(TextNormalizer::fold(QString()).isEmpty());
    CHECK(TextNormalizer::fold(QStringLiteral(" ,.;!? ")).isEmpty());
}

TEST_CASE("words splits the folded text", "[normalize]")
{
    CHECK(TextNormalizer::words(QStringLiteral("Giấy  chứng sinh!")) ==
          QStringList{QStringLiteral("giay"), QStringLiteral("chung"), QStringLiteral("sinh")});
    CHECK(TextNormalizer::words(QStringLiteral("   ")).isEmpty());
}
