// SPDX-License-Identifier: GPL-3.0-or-later
// The address printed on a chip ID card, read into the 2025 units.
#include "testsupport.h"

#include "forms/adminunits.h"
#include "forms/cccdaddress.h"

using namespace motcua;

namespace {

QJsonObject read(const QString &printed)
{
    return CccdAddress::toAddress(AdminUnits::bundled(), printed);
}

} // namespace

TEST_CASE("a current address gives its province, commune and the street", "[cccdaddress]")
{
    const QJsonObject a = read(QStringLiteral("Số 12 ngõ 5, Phường Ba Đình, Thành phố Hà Nội"));
    CHECK(a.value(QStringLiteral("provinceCode")).toString() == QStringLiteral("01"));
    CHECK(a.value(QStringLiteral("communeCode")).toString() == QStringLiteral("00004"));
    CHECK(a.value(QStringLiteral("detail")).toString() == QStringLiteral("Số 12 ngõ 5"));
}

TEST_CASE("short and abbreviated province names are understood", "[cccdaddress]")
{
    for (const char *province : {"TP. Hà Nội", "Hà Nội", "TP Hà Nội", "thành phố hà nội"}) {
        INFO(province);
        const QJsonObject a = read(QStringLiteral("Số 3, Phường Ngọc Hà, ") + QString::fromUtf8(province));
        CHECK(a.value(QStringLiteral("provinceCode")).toString() == QStringLiteral("01"));
        CHECK(a.value(QStringLiteral("communeCode")).toString() == QStringLiteral("00008"));
    }
}

TEST_CASE("a pre-2025 address keeps the house and hamlet, drops the old units", "[cccdaddress]")
{
    const QJsonObject a = read(QStringLiteral("Thôn Đông, Xã Không Còn, Huyện Cũ, Thành phố Hà Nội"));
    CHECK(a.value(QStringLiteral("provinceCode")).toString() == QStringLiteral("01"));
    CHECK_FALSE(a.contains(QStringLiteral("communeCode"))); // the citizen picks the new ward
    CHECK(a.value(QStringLiteral("detail")).toString() == QStringLiteral("Thôn Đông"));

    const QJsonObject gone = read(QStringLiteral("Thôn 3, Xã Tân Lập, Huyện Đan Phượng, Tỉnh Hà Tây"));
    CHECK_FALSE(gone.contains(QStringLiteral("provinceCode")));
    CHECK(gone.value(QStringLiteral("detail")).toString()
          == QStringLiteral("Thôn 3, Xã Tân Lập, Huyện Đan Phượng, Tỉnh Hà Tây"));
}
