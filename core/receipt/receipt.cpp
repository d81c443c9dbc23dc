// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt.h"

#include "forms/formsession.h"
#include "payment/amountinwords.h"
#include "print/textpainter.h"
#include "qr/qrwriter.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace motcua {

namespace {

using Print::kDpi;
using Print::kMuted;
using Print::kText;
using Print::mm;

QString paymentText(const Payment &p)
{
    const QString amount = p.amount ? formatDong(*p.amount) : QString();
    switch (p.state) {
    case Payment::State::Waived:
        return QStringLiteral("Không phải nộp (%1)").arg(p.waivedReason);
    case Payment::State::Paid:
        return QStringLiteral("Đã nộp %1 bằng %2").arg(amount, p.method == QLatin1String("cash")
                                                                   ? QStringLiteral("tiền mặt")
                                                                   : QStringLiteral("chuyển khoản"));
    case Payment::State::ExemptionClaimed:
        return QStringLiteral("Xin miễn (%1), chờ cán bộ kiểm tra giấy tờ").arg(p.waivedReason);
    case Payment::State::PendingConfirmation:
        return QStringLiteral("Đã báo chuyển khoản %1, chờ cán bộ xác nhận").arg(amount);
    case Payment::State::Unpaid:
        return amount.isEmpty() ? QStringLiteral("Chưa nộp: cán bộ sẽ báo mức lệ phí")
                                : QStringLiteral("Chưa nộp %1").arg(amount);
    }
    return {};
}

// Lays the receipt out from the top of a column `width` wide; returns where it ends.
double layOut(TextPainter &t, const ReceiptData &r, double left, double width, bool roll)
{
    double y = roll ? mm(4) : mm(10);
    const auto line = [&](const QString &text, double points, bool bold, const QColor &colour, int align = Qt::AlignLeft) {
        y += t.text(QRectF(left, y, width, 0), text, t.font(points, bold), colour, align) + mm(1.2);
    };
    const auto field = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            line(label + QStringLiteral(": ") + value, 9.5, false, kText);
    };
    line(r.communeName.toUpper(), 10, true, kText, Qt::AlignHCenter);
    line(QStringLiteral("Bộ phận Một cửa"), 9, false, kMuted, Qt::AlignHCenter);
    y += mm(2);
    line(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"), roll ? 10 : 12, true, kText, Qt::AlignHCenter);
    y += mm(1);
    line(QStringLiteral("Mã hồ sơ: %1").arg(r.fileCode), roll ? 10.5 : 12, true, kText, Qt::AlignHCenter);
    y += mm(2);
    field(QStringLiteral("Thủ tục"), QStringLiteral("%1 (%2)").arg(r.procedureName, r.procedureCode));
    field(QStringLiteral("Người nộp"), r.applicantName);
    field(QStringLiteral("Số CCCD"), r.applicantIdMasked);
    field(QStringLiteral("Nhận lúc"), r.received);
    if (!r.documents.isEmpty()) {
        line(QStringLiteral("Giấy tờ đã nhận:"), 9.5, false, kText);
        for (const QString &d : r.documents)
            line(QStringLiteral("  • ") + d, 9, false, kText);
    }
    field(QStringLiteral("Lệ phí"), r.fee);
    field(QStringLiteral("Thanh toán"), r.payment);
    field(QStringLiteral("Nhận kết quả"), r.delivery);
    y += mm(1);
    line(QStringLiteral("Ngày hẹn trả kết quả: %1").arg(r.appointment), roll ? 10 : 11, true, kText);
    y += mm(2);
    const double side = roll ? mm(34) : mm(32);
    if (!t.measureOnly) {
        const auto code = QrWriter::render(r.qrPayload, int(side));
        if (code)
            t.painter().drawImage(QRectF(left + (width - side) / 2, y, side, side), code.value());
    }
    y += side + mm(1);
    line(QStringLiteral("Quét mã để tra cứu hồ sơ (nút \"Tra cứu hồ sơ\" ở máy tự phục vụ)"), 8, false, kMuted,
         Qt::AlignHCenter);
    if (!r.hotline.isEmpty())
        line(QStringLiteral("Tổng đài hỗ trợ: %1").arg(r.hotline), 9, true, kText, Qt::AlignHCenter);
    return y + (roll ? mm(6) : mm(4));
}

} // namespace

ReceiptData ReceiptData::from(const Filing &filing, const std::optional<Procedure> &procedure,
                              const QString &communeName, const QString &hotline, const QTimeZone &officeZone)
{
    const Submission &s = filing.submission;
    ReceiptData r;
    r.communeName = communeName;
    r.hotline = hotline;
    r.procedureName = s.procedureName;
    r.procedureCode = s.procedureCode;
    r.fileCode = filing.fileCode;
    r.applicantName = s.applicantName;
    r.applicantIdMasked = Receipt::maskIdNumber(s.applicantIdNumber);
    r.received = Submission::timeText(s.receivedAt.toTimeZone(officeZone));
    r.appointment = Submission::dayText(s.appointmentDate);
    r.delivery = deliveryMethodLabel(s.deliveryMethod);
    if (procedure) {
        // The documents step's answers: doc<N> is the procedure's N-th document.
        for (qsizetype i = 0; i < procedure->documents.size(); ++i) {
            const QJsonObject answer = s.answers.value(QStringLiteral("doc%1").arg(i + 1)).toObject();
            if (answer.value(QStringLiteral("have")).toBool())
                r.documents.append(procedure->documents.at(i).name);
        }
    }
    // The amount a clerk confirmed wins over a quote that did not know it.
    const std::optional<qint64> due = filing.payment.amount ? filing.payment.amount
                                      : s.fee.known         ? std::optional<qint64>(s.fee.total)
                                                            : std::nullopt;
    const bool exempt = filing.payment.state == Payment::State::Waived
                        || filing.payment.state == Payment::State::ExemptionClaimed;
    r.fee = !exempt && due && *due > 0
                ? QStringLiteral("%1 (%2)").arg(formatDong(*due), amountInWords(*due))
                : s.fee.summary();
    r.payment = paymentText(filing.payment);
    r.qrPayload = Receipt::qrPayload(filing);
    return r;
}

namespace Receipt {

QString maskIdNumber(const QString &id)
{
    const QString digits = id.trimmed();
    if (digits.size() <= 4)
        return digits.isEmpty() ? QString() : QString(digits.size(), QChar(u'•'));
    return QString(digits.size() - 4, QChar(u'•')) + digits.right(4);
}

QString qrPayload(const Filing &filing)
{
    // The file code first: PayloadClassifier reads "<file code>|…" as a receipt.
    return QStringLiteral("%1|%2|%3").arg(filing.fileCode, filing.submission.procedureCode,
                                          filing.submission.appointmentDate.toString(Qt::ISODate));
}

double pageHeight(const ReceiptData &receipt, Layout layout)
{
    if (layout == Layout::A5)
        return mm(210);
    // A roll is as long as its receipt: measure on a throw-away page.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter probe(&scratch);
    probe.setResolution(kDpi);
    probe.setPageSize(QPageSize(QSizeF(80, 400), QPageSize::Millimeter));
    probe.setPageMargins(QMarginsF());
    QPainter measuring(&probe);
    TextPainter t(measuring, mm(400));
    t.measureOnly = true;
    return layOut(t, receipt, mm(4), mm(80 - 2 * 4), true);
}

QPageLayout pageLayout(const ReceiptData &receipt, Layout layout)
{
    const QPageSize size = layout == Layout::A5
                               ? QPageSize(QPageSize::A5)
                               : QPageSize(QSizeF(80, pageHeight(receipt, layout) * 25.4 / kDpi), QPageSize::Millimeter,
                                           QStringLiteral("Roll 80 mm"));
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF());
}

Status paint(const ReceiptData &receipt, Layout layout, QPagedPaintDevice &device, int deviceHeight)
{
    const bool roll = layout == Layout::Roll80;
    const double width = roll ? mm(80) : mm(148);
    const double margin = roll ? mm(4) : mm(12);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{QStringLiteral("cannot start drawing the receipt of %1").arg(receipt.fileCode)};
    TextPainter t(painter, deviceHeight);
    const double end = layOut(t, receipt, margin, width - 2 * margin, roll);
    if (!painter.end())
        return Error{QStringLiteral("cannot finish drawing the receipt of %1").arg(receipt.fileCode)};
    if (end > deviceHeight + 1)
        return Error{QStringLiteral("the receipt of %1 does not fit its page").arg(receipt.fileCode)};
    return Done{};
}

Status writePdf(const ReceiptData &receipt, Layout layout, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setTitle(QStringLiteral("Giấy tiếp nhận hồ sơ %1").arg(receipt.fileCode));
    writer.setCreator(QStringLiteral("MotCua Kiosk"));
    writer.setPageLayout(pageLayout(receipt, layout));
    if (const Status painted = paint(receipt, layout, writer, writer.height()); !painted)
        return painted;
    if (!file.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return Done{};
}

} // namespace Receipt
} // namespace motcua
