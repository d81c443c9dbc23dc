// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadclassifier.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace motcua {

namespace {

const QRegularExpression &procedureCodeRe()
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9]\\.[0-9]{6})(\\.[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.H[0-9A-Z]{2})?$"));
    return re;
}

const QRegularExpression &fileCodeRe()
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9A-Z]{2}-[0-9]{6}-[0-9]{4,}$"));
    return re;
}

ScanPayload invalid(const QString &english, const QString &vietnamese)
{
    ScanPayload p;
    p.kind = ScanPayload::Kind::Invalid;
    p.english = english;
    p.vietnamese = vietnamese;
    return p;
}

// "1.001193" or "1.001193.000.00.00.H01" → a Procedure payload; nothing otherwise.
std::optional<ScanPayload> procedureOf(const QString &code)
{
    const auto m = procedureCodeRe().match(code.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    ScanPayload p;
    p.kind = ScanPayload::Kind::Procedure;
    p.procedureCode = m.captured(1);
    if (m.capturedLength(2) > 0)
        p.provincialCode = m.captured(0);
    return p;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
               || c == QChar::ReplacementCharacter;
    });
}

ScanPayload cccdOf(const QString &payload, const QDate &today)
{
    const auto parsed = CccdParser::parse(payload, today);
    if (const auto *error = std::get_if<CccdError>(&parsed))
        return invalid(QStringLiteral("chip ID card code: %1").arg(error->english()), error->vietnamese());
    ScanPayload p;
    p.kind = ScanPayload::Kind::Cccd;
    p.cccd = std::get<CccdData>(parsed);
    return p;
}

} // namespace

QString ScanPayload::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Procedure: return QStringLiteral("procedure");
    case Kind::Cccd: return QStringLiteral("cccd");
    case Kind::VietQr: return QStringLiteral("vietqr");
    case Kind::FileCode: return QStringLiteral("filecode");
    case Kind::Url: return QStringLiteral("url");
    case Kind::Text: return QStringLiteral("text");
    case Kind::Invalid: return QStringLiteral("invalid");
    }
    return {};
}

QJsonObject ScanPayload::summary() const
{
    QJsonObject o{{QStringLiteral("kind"), kindKey(kind)}};
    switch (kind) {
    case Kind::Procedure:
        o.insert(QStringLiteral("procedureCode"), procedureCode);
        if (!provincialCode.isEmpty())
            o.insert(QStringLiteral("provincialCode"), provincialCode);
        break;
    case Kind::VietQr:
        o.insert(QStringLiteral("bankBin"), vietQr.bankBin);
        o.insert(QStringLiteral("bank"), vietQr.bankName());
        o.insert(QStringLiteral("account"), vietQr.account);
        o.insert(QStringLiteral("amount"), vietQr.amount);
        o.insert(QStringLiteral("purpose"), vietQr.purpose);
        break;
    case Kind::FileCode:
        o.insert(QStringLiteral("fileCode"), fileCode);
        break;
    case Kind::Url:
        o.insert(QStringLiteral("url"), url.toString());
        break;
    case Kind::Invalid:
        o.insert(QStringLiteral("reason"), english);
        break;
    default:
        break;
    }
    return o;
}

ScanPayload PayloadClassifier::classify(const QString &raw, const QDate &today)
{
    if (raw.size() > kMaxLength)
        return invalid(QStringLiteral("the code is %1 characters long, more than a QR code holds").arg(raw.size()),
                       tr("Mã này quá dài, không phải mã QR hợp lệ."));
    const QString payload = raw.trimmed();
    if (payload.isEmpty())
        return invalid(QStringLiteral("the code is empty"), tr("Mã trống, không có nội dung."));
    if (hasControlCharacters(payload))
        return invalid(QStringLiteral("the code holds binary data, not text"),
                       tr("Máy không đọc được nội dung mã này."));

    if (auto procedure = procedureOf(payload))
        return *procedure;
    if (fileCodeRe().match(payload.section(u'|', 0, 0)).hasMatch()) {
        ScanPayload p;
        p.kind = ScanPayload::Kind::FileCode;
        p.fileCode = payload.section(u'|', 0, 0);
        return p;
    }
    if (VietQr::looksLikeEmv(payload)) {
        const auto qr = VietQr::parse(payload);
        if (!qr)
            return invalid(qr.error(), tr("Mã thanh toán này bị lỗi, không dùng được. Bạn hãy xin mã khác."));
        ScanPayload p;
        p.kind = ScanPayload::Kind::VietQr;
        p.vietQr = qr.value();
        return p;
    }
    // A chip ID card: pipe-separated, starting with a number (9–12 digits when well formed).
    static const QRegularExpression cccdStart(QStringLiteral("^[0-9]{6,14}\\|"));
    if (cccdStart.match(payload).hasMatch())
        return cccdOf(payload, today);

    const QUrl url(payload, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty()) {
        const QUrlQuery query(url);
        for (const char *key : {"ma_thu_tuc", "maThuTuc", "MaThuTuc", "ma-thu-tuc"}) {
            const QString value = query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
            if (value.isEmpty())
                continue;
            if (auto procedure = procedureOf(value))
                return *procedure;
            return invalid(QStringLiteral("the link names procedure code '%1', which is not a code").arg(value.left(40)),
                           tr("Mã thủ tục trong đường dẫn không đúng."));
        }
        ScanPayload p;
        p.kind = ScanPayload::Kind::Url;
        p.url = url;
        return p;
    }
    ScanPayload p;
    p.kind = ScanPayload::Kind::Text;
    p.text = payload;
    return p;
}

} // namespace motcua
