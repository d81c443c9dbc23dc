// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/procedure.h"
#include "common/result.h"
#include "outbox/filingstore.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace motcua {

// What a filing's receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) says. The applicant is named,
// but their ID number shows its last 4 digits only; the QR holds the file code for the status
// lookup (with the procedure and the appointment date), never personal data.
struct ReceiptData
{
    QString communeName;
    QString hotline;
    QString procedureName;
    QString procedureCode;
    QString fileCode;
    QString applicantName;
    QString applicantIdMasked; // "••••••••9012"
    QString received;          // "09:30 ngày 23/11/2026"
    QString appointment;       // "Thứ Ba, 24/11/2026"
    QString delivery;
    QStringList documents;     // the papers the citizen said they brought
    QString fee;               // "14.000 đ (Mười bốn nghìn đồng)" or why nothing is due
    QString payment;           // how it stands: paid in cash, waiting for confirmation…
    QString qrPayload;

    [[nodiscard]] static ReceiptData from(const Filing &filing, const std::optional<Procedure> &procedure,
                                          const QString &communeName, const QString &hotline,
                                          const QTimeZone &officeZone);
};

namespace Receipt {

enum class Layout { A5, Roll80 };

// "001188089012" → "••••••••9012"
[[nodiscard]] QString maskIdNumber(const QString &id);
[[nodiscard]] QString qrPayload(const Filing &filing);
// The page a receipt takes: A5 portrait, or an 80 mm thermal roll as long as the receipt.
[[nodiscard]] QPageLayout pageLayout(const ReceiptData &receipt, Layout layout);
// Draws the receipt on a device already given pageLayout() at Print::kDpi.
[[nodiscard]] Status paint(const ReceiptData &receipt, Layout layout, QPagedPaintDevice &device, int deviceHeight);
// One page as a PDF file. Needs a QGuiApplication (fonts), like print().
[[nodiscard]] Status writePdf(const ReceiptData &receipt, Layout layout, const QString &path);
// Sends the receipt to a CUPS queue through Qt's print support. Fails, saying why in English,
// when the queue does not exist, is stopped, or does not take the job.
[[nodiscard]] Status print(const ReceiptData &receipt, Layout layout, const QString &queue);
// "a5" / "roll80"; nullopt for anything else.
[[nodiscard]] std::optional<Layout> layoutNamed(const QString &name);

} // namespace Receipt
} // namespace motcua
