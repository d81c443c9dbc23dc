// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrposter.h"

#include "print/textpainter.h"
#include "qr/qrwriter.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace motcua::QrPoster {

namespace {

using Print::kDpi;
using Print::kMuted;
using Print::kText;
using Print::mm;

constexpr int kMaxDocuments = 7; // more would push the code off the page
const QColor kBlue(0x0B, 0x4A, 0x8B);

// Lays out and draws one poster page. The text above the code shrinks (down to half size) until
// it fits: long procedure names and document lists must not push the code off the page.
class PageWriter
{
public:
    PageWriter(QPainter &painter, QRectF page, const Settings &settings)
        : p(painter), t(painter, page.height()), page(page), settings(settings)
    {
    }

    Status draw(const Procedure &procedure)
    {
        const double codeSide = mm(72);
        const double codeTop = page.height() - kFooter - mm(26) - codeSide;
        const auto code = QrWriter::render(payload(procedure), int(codeSide));
        if (!code)
            return Error{QStringLiteral("%1: %2").arg(procedure.code, code.error())};
        if (!fitText(procedure, codeTop - mm(6)))
            return Error{QStringLiteral("%1: the name and the fee do not fit on a page, even in small type")
                             .arg(procedure.code)};
        p.fillRect(QRectF(0, 0, page.width(), kHeader), kBlue);
        const QString header = settings.communeName + QStringLiteral(" · Bộ phận Một cửa");
        p.setFont(t.font(16, true, false));
        t.text(QRectF(kLeft, mm(7), width(), mm(16)),
             QFontMetricsF(p.font(), p.device()).elidedText(header, Qt::ElideRight, width()), p.font(), Qt::white);
        (void)drawText(procedure);
        p.drawImage(QRectF((page.width() - codeSide) / 2, codeTop, codeSide, codeSide), code.value());
        t.text(QRectF(kLeft, codeTop + codeSide + mm(3), width(), 0),
             QStringLiteral("Quét mã này ở máy tự phục vụ (nút \"Quét mã QR\") hoặc bằng điện thoại"),
             t.font(14, false, false), kMuted, Qt::AlignHCenter);
        p.fillRect(QRectF(0, page.height() - kFooter, page.width(), kFooter), kBlue);
        if (!settings.hotline.isEmpty())
            t.text(QRectF(kLeft, page.height() - kFooter + mm(5), width(), mm(14)),
                 QStringLiteral("Cần hỗ trợ? Gọi tổng đài %1").arg(settings.hotline), t.font(18, true, false),
                 Qt::white, Qt::AlignHCenter);
        return Done{};
    }

private:
    static constexpr double kLeft = mm(18);
    static constexpr double kHeader = mm(26);
    static constexpr double kFooter = mm(22);

    [[nodiscard]] double width() const { return page.width() - 2 * kLeft; }

    // Finds the largest type (down to half size) and then the most documents for which the text
    // ends above `bottom`; false when nothing fits.
    bool fitText(const Procedure &procedure, double bottom)
    {
        t.measureOnly = true;
        bool fits = false;
        for (m_maxDocuments = kMaxDocuments; m_maxDocuments >= 0 && !fits; --m_maxDocuments) {
            for (int step = 0; step <= 10 && !fits; ++step) {
                t.scale = 1.0 - 0.05 * step;
                fits = drawText(procedure) <= bottom;
            }
        }
        ++m_maxDocuments; // the loop stepped past the count that fitted
        t.measureOnly = false;
        return fits;
    }

    // Name, code, documents, fee and time; returns where the text ends.
    double drawText(const Procedure &procedure)
    {
        double y = kHeader + mm(10);
        y += t.text(QRectF(kLeft, y, width(), 0), procedure.name, t.font(34, true), kText);
        y += mm(2);
        y += t.text(QRectF(kLeft, y, width(), 0), QStringLiteral("Mã thủ tục %1").arg(procedure.code), t.font(13), kMuted);
        y += mm(7 * t.scale);
        y += t.text(QRectF(kLeft, y, width(), 0), QStringLiteral("Cần mang theo"), t.font(18, true), kBlue) + mm(2);
        const qsizetype shown = std::min<qsizetype>(procedure.documents.size(), m_maxDocuments);
        for (qsizetype i = 0; i < shown; ++i) {
            const RequiredDocument &d = procedure.documents.at(i);
            y += t.text(QRectF(kLeft, y, width(), 0), QStringLiteral("•  %1 — %2").arg(d.name, d.description(false)),
                      t.font(13), kText) + mm(1.5);
        }
        if (procedure.documents.size() > shown || procedure.documents.isEmpty())
            y += t.text(QRectF(kLeft, y, width(), 0),
                      procedure.documents.isEmpty()
                          ? QStringLiteral("Xem trên máy tự phục vụ")
                          : QStringLiteral("…và %1 giấy tờ khác: xem trên máy tự phục vụ")
                                .arg(procedure.documents.size() - shown),
                      t.font(13), kMuted);
        y += mm(5 * t.scale);
        const double labelWidth = mm(45);
        for (const auto &[label, value] : {std::pair{QStringLiteral("Lệ phí"), procedure.feeText},
                                           std::pair{QStringLiteral("Thời gian"), procedure.processingTime.text}}) {
            if (value.isEmpty())
                continue;
            t.text(QRectF(kLeft, y, labelWidth, 0), label, t.font(15, true), kBlue);
            y += t.text(QRectF(kLeft + labelWidth, y, width() - labelWidth, 0), value, t.font(15), kText) + mm(2);
        }
        return y;
    }

    QPainter &p;
    TextPainter t;
    QRectF page;
    const Settings &settings;
    int m_maxDocuments = kMaxDocuments;
};

} // namespace

QString payload(const Procedure &procedure)
{
    return QStringLiteral("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=")
           + procedure.code;
}

Result<int> write(const QList<Procedure> &procedures, const Settings &settings, const QString &path)
{
    if (procedures.isEmpty())
        return Error{QStringLiteral("no procedures to put on posters")};
    // Written aside and put in place only when whole: a failure leaves an earlier file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(QStringLiteral("Mã QR thủ tục hành chính — %1").arg(settings.communeName));
    writer.setCreator(QStringLiteral("MotCua Kiosk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{QStringLiteral("cannot write %1 (is the folder writable?)").arg(path)};
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    PageWriter pages(painter, page, settings);
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        if (i > 0 && !writer.newPage())
            return Error{QStringLiteral("cannot add page %1 to %2").arg(i + 1).arg(path)};
        if (const Status drawn = pages.draw(procedures.at(i)); !drawn)
            return Error{drawn.error()};
    }
    if (!painter.end() || !file.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return int(procedures.size());
}

} // namespace motcua::QrPoster
