// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_generator.h"

#include "catalog/textnormalizer.h"

namespace motcua::bench {

namespace {

template<typename T>
const T &pick(const QList<T> &list, std::mt19937 &rng)
{
    return list.at(std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(rng));
}

const QStringList kActions{
    QStringLiteral("Đăng ký"), QStringLiteral("Cấp"), QStringLiteral("Cấp lại"), QStringLiteral("Cấp đổi"),
    QStringLiteral("Xác nhận"), QStringLiteral("Gia hạn"), QStringLiteral("Thay đổi"), QStringLiteral("Chấm dứt"),
    QStringLiteral("Công nhận"), QStringLiteral("Giải quyết"), QStringLiteral("Hỗ trợ"), QStringLiteral("Thẩm định"),
    QStringLiteral("Điều chỉnh"), QStringLiteral("Thu hồi"), QStringLiteral("Phê duyệt"), QStringLiteral("Chuyển đổi")};
const QStringList kObjects{
    QStringLiteral("giấy phép kinh doanh"), QStringLiteral("trợ cấp xã hội hằng tháng"), QStringLiteral("hộ nghèo"),
    QStringLiteral("quyền sử dụng đất nông nghiệp"), QStringLiteral("giấy phép xây dựng nhà ở riêng lẻ"),
    QStringLiteral("chế độ mai táng phí"), QStringLiteral("hỗ trợ học phí"), QStringLiteral("thẻ bảo hiểm y tế"),
    QStringLiteral("giấy chứng nhận hộ kinh doanh"), QStringLiteral("điểm bán lẻ thuốc"), QStringLiteral("chăn nuôi gia súc"),
    QStringLiteral("khai thác thủy sản"), QStringLiteral("nhà văn hóa thôn"), QStringLiteral("lễ hội truyền thống"),
    QStringLiteral("cơ sở giáo dục mầm non"), QStringLiteral("người khuyết tật"), QStringLiteral("người cao tuổi"),
    QStringLiteral("thương binh, liệt sĩ"), QStringLiteral("tổ hợp tác"), QStringLiteral("biển hiệu quảng cáo"),
    QStringLiteral("đăng ký tạm vắng"), QStringLiteral("chứng chỉ hành nghề"), QStringLiteral("phương tiện thủy nội địa"),
    QStringLiteral("cây trồng lâu năm"), QStringLiteral("vệ sinh an toàn thực phẩm"), QStringLiteral("hòa giải cơ sở")};
const QStringList kQualifiers{
    QStringLiteral("tại cấp xã"), QStringLiteral("cho người nước ngoài"), QStringLiteral("lưu động"),
    QStringLiteral("trực tuyến toàn trình"), QStringLiteral("cho trẻ em dưới 6 tuổi"), QStringLiteral("theo yêu cầu"),
    QStringLiteral("khi thay đổi nơi cư trú"), QStringLiteral("đối với hộ gia đình"), QStringLiteral("do bị mất, hư hỏng"),
    QStringLiteral("trong trường hợp đặc biệt"), QString(), QString(), QString()};
const QStringList kDocuments{
    QStringLiteral("Tờ khai theo mẫu"), QStringLiteral("Bản sao giấy tờ tùy thân"), QStringLiteral("Giấy ủy quyền"),
    QStringLiteral("Văn bản đề nghị của Ủy ban nhân dân"), QStringLiteral("Sơ đồ vị trí thửa đất"),
    QStringLiteral("Giấy chứng nhận quyền sử dụng đất"), QStringLiteral("Biên bản họp thôn"),
    QStringLiteral("Giấy xác nhận của cơ sở y tế"), QStringLiteral("Hợp đồng thuê nhà"), QStringLiteral("Ảnh 4x6"),
    QStringLiteral("Danh sách thành viên hộ gia đình"), QStringLiteral("Bản kê khai tài sản")};
const QStringList kFillers{QStringLiteral("tôi muốn"), QStringLiteral("cho con tôi"), QStringLiteral("xin"),
                           QStringLiteral("làm"), QStringLiteral("ở đâu")};
const QStringList kMisses{QStringLiteral("cấp phép bay drone"), QStringLiteral("xyzzy"), QStringLiteral("đổi bằng lái máy bay"),
                          QStringLiteral("qwerty asdf"), QStringLiteral("visa du lịch mỹ"), QStringLiteral("zzz")};

} // namespace

CatalogBundle generateCatalog(const CatalogBundle &seed, int total, std::mt19937 &rng)
{
    CatalogBundle out = seed;
    out.catalogVersion = QStringLiteral("bench-%1").arg(total);
    const Procedure templateProcedure = seed.procedures.first();
    int serial = 0;
    while (out.procedures.size() < total) {
        Procedure p = templateProcedure;
        p.code = QStringLiteral("%1.%2").arg(4 + serial / 1'000'000).arg(serial % 1'000'000, 6, 10, QLatin1Char('0'));
        p.provincialCode.clear();
        ++serial;
        const QString qualifier = pick(kQualifiers, rng);
        p.name = pick(kActions, rng) + u' ' + pick(kObjects, rng) + (qualifier.isEmpty() ? QString() : u' ' + qualifier);
        p.topicId = pick(seed.topics, rng).id;
        p.summary = QStringLiteral("Thủ tục %1.").arg(p.name.toLower());
        p.documents.clear();
        const int documents = std::uniform_int_distribution<int>(1, 5)(rng);
        for (int i = 0; i < documents; ++i)
            p.documents.append({pick(kDocuments, rng), RequiredDocument::Form::Original, 1, true, {}});
        p.keywords = {pick(kObjects, rng)};
        out.procedures.append(p);
    }
    return out;
}

QStringList generateQueries(const CatalogBundle &catalog, int count, std::mt19937 &rng)
{
    QStringList queries;
    std::uniform_int_distribution<int> kind(0, 99);
    while (queries.size() < count) {
        const Procedure &p = pick(catalog.procedures, rng);
        const QString folded = TextNormalizer::fold(p.name);
        const int k = kind(rng);
        if (k < 25) { // whole name typed without accents
            queries.append(folded);
        } else if (k < 50) { // half-typed, as the results update
            const QStringList words = folded.split(u' ');
            const int n = std::uniform_int_distribution<int>(1, int(std::min<qsizetype>(words.size(), 4)))(rng);
            QString q = words.mid(0, n).join(u' ');
            q.chop(std::uniform_int_distribution<int>(0, std::max(0, int(words.at(n - 1).size()) - 1))(rng));
            queries.append(q.trimmed().isEmpty() ? words.first() : q);
        } else if (k < 62) { // the name with its accents, in capitals
            queries.append(p.name.toUpper());
        } else if (k < 72 && !p.keywords.isEmpty()) { // a citizen's word
            queries.append(pick(p.keywords, rng));
        } else if (k < 80) { // a code, whole or partly typed
            queries.append(p.code.left(std::uniform_int_distribution<int>(4, 8)(rng)));
        } else if (k < 92) { // a sentence with filler words
            queries.append(pick(kFillers, rng) + u' ' + folded.section(u' ', 0, 3));
        } else { // nothing has it
            queries.append(pick(kMisses, rng));
        }
    }
    return queries;
}

} // namespace motcua::bench
