// SPDX-License-Identifier: GPL-3.0-or-later
// PayloadClassifier::classify on any scanned text: every code is one kind, what is wrong is
// said, and the summary (what the log and the CLI show) holds no citizen's personal data.
#include "fuzzsupport.h"

#include "qr/payloadclassifier.h"

#include <QJsonDocument>

using namespace motcua;
using motcua::fuzz::require;
using Kind = ScanPayload::Kind;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString raw = fuzz::text(data, size);
    const ScanPayload p = PayloadClassifier::classify(raw, fuzz::kToday);
    const QString summary = QString::fromUtf8(QJsonDocument(p.summary()).toJson(QJsonDocument::Compact));
    require(summary.contains(u'"' + ScanPayload::kindKey(p.kind) + u'"'), "the summary names the kind", summary);
    switch (p.kind) {
    case Kind::Invalid:
        require(!p.english.isEmpty() && !p.vietnamese.isEmpty(), "an invalid code says why, in both languages");
        break;
    case Kind::Procedure:
        require(p.procedureCode.size() == 8 && p.procedureCode.at(1) == u'.', "a procedure code is like 1.001193",
                p.procedureCode);
        break;
    case Kind::Cccd:
        require(p.cccd.idNumber.size() == 12 && !p.cccd.fullName.isEmpty(), "a chip ID card has a number and a name");
        require(summary == QLatin1String(R"({"kind":"cccd"})"),
                "the summary of a chip ID card holds none of its personal data", summary);
        break;
    case Kind::VietQr:
        require(p.vietQr.bankBin.size() == 6 && !p.vietQr.account.isEmpty(), "a payment code names bank and account");
        break;
    case Kind::FileCode:
        require(!p.fileCode.isEmpty() && !p.fileCode.contains(u'|'), "a file code is the part before '|'");
        break;
    case Kind::Url:
        require(p.url.isValid() && (p.url.scheme() == QLatin1String("http") || p.url.scheme() == QLatin1String("https")),
                "a link is http(s)", p.url.toString());
        break;
    case Kind::Text:
        require(!p.text.isEmpty() && p.text == p.text.trimmed(), "a text is what was scanned, trimmed");
        break;
    }
    require(raw.size() <= PayloadClassifier::kMaxLength || p.kind == Kind::Invalid, "an overlong code is invalid");
    return 0;
}
