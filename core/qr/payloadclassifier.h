// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity/cccdparser.h"
#include "payment/vietqr.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace motcua {

// What a scanned code (camera or handheld scanner) turned out to be.
struct ScanPayload
{
    enum class Kind { Procedure, Cccd, VietQr, FileCode, Url, Text, Invalid };
    Kind kind = Kind::Invalid;
    QString procedureCode; // Procedure: national code (1.001193)
    QString provincialCode; // Procedure: when a provincial code was scanned
    CccdData cccd;         // Cccd
    VietQrData vietQr;     // VietQr
    QString fileCode;      // FileCode
    QUrl url;              // Url (shown, never opened)
    QString text;          // Text: the text itself
    QString english;       // Invalid: why, for logs and the CLI (never the payload)
    QString vietnamese;    // Invalid: why, for the citizen (tr(): in the kiosk's language)

    [[nodiscard]] static QString kindKey(Kind kind); // "procedure", "cccd", …
    // { kind, procedureCode, provincialCode | bankBin, bank, account, amount, purpose | fileCode
    //   | url | reason }: what the code is, without the personal data of a CCCD or a text.
    [[nodiscard]] QJsonObject summary() const;
};

// Recognises every code a kiosk meets: our QR posters and the national portal's procedure links
// (…?ma_thu_tuc=1.001193, …?maThuTuc=…), bare national/provincial procedure codes, chip ID
// card QRs, VietQR payment codes, receipt file codes, other links and plain text. Malformed
// codes of a known kind (a CCCD with a bad date, a VietQR with a wrong CRC) are Invalid with a
// reason, not Text.
class PayloadClassifier
{
    Q_DECLARE_TR_FUNCTIONS(motcua::PayloadClassifier)

public:
    // QR codes hold at most 7,089 characters; anything longer is not from a code.
    static constexpr qsizetype kMaxLength = 7089;

    [[nodiscard]] static ScanPayload classify(const QString &payload, const QDate &today = QDate::currentDate());
};

} // namespace motcua
