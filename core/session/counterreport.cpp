// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterreport.h"

#include "outbox/satisfaction.h"
#include "payment/feecalculator.h"
#include "print/textpainter.h"
#include "session/counterstats.h"

#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace motcua::CounterReport {

namespace {

using Print::kDpi;
using Print::kMuted;
using Print::kText;
using Print::mm;

const QColor kBlue(0x0B, 0x4A, 0x8B);
const QColor kStripe(0xEE, 0xF2, 0xF7);
const QColor kGrid(0xC9, 0xD1, 0xDB);
constexpr int kTopProcedures = 10;

QString decimal(double value)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(value, 'f', 1);
}

QString count(qint64 value)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(value);
}

QString share(int part, int whole)
{
    return whole > 0 ? decimal(100.0 * part / whole) + u'%' : QStringLiteral("—");
}

QString dateText(const QDate &day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

// How long, in words: "2 giờ 5 phút", "3 ngày 4 giờ".
QString durationText(qint64 minutes)
{
    if (minutes < 60)
        return QStringLiteral("%1 phút").arg(minutes);
    if (minutes < 24 * 60)
        return QStringLiteral("%1 giờ %2 phút").arg(minutes / 60).arg(minutes % 60);
    return QStringLiteral("%1 ngày %2 giờ").arg(minutes / (24 * 60)).arg(minutes % (24 * 60) / 60);
}

// The smallest 1, 2 or 5 × 10^k at or above `value` (at least 1): a chart's step.
int niceCeiling(int value)
{
    int step = 1;
    while (true) {
        for (const int m : {1, 2, 5}) {
            if (m * step >= value)
                return m * step;
        }
        step *= 10;
    }
}

QColor ratingColour(const QString &key)
{
    if (key == QLatin1String("very_satisfied"))
        return {0x1B, 0x5E, 0x20};
    if (key == QLatin1String("satisfied"))
        return {0x43, 0xA0, 0x47};
    if (key == QLatin1String("neutral"))
        return {0xF9, 0xA8, 0x25};
    return {0xC6, 0x28, 0x28};
}

struct Bar
{
    QString label;
    int value = 0;
    QColor colour = kBlue;
};

// Lays the report out top to bottom, page after page, in millimetres at 300 dpi.
class ReportWriter
{
public:
    ReportWriter(QPainter &painter, QPdfWriter &writer, const CounterStats &stats, const QString &commune)
        : p(painter), writer(writer), t(painter, writer.height()), s(stats), commune(commune)
    {
    }

    Status write()
    {
        pageHeader();
        titleBlock();
        heading(QStringLiteral("1. Số liệu chính"));
        keyFigures();
        heading(QStringLiteral("2. Số hồ sơ theo ngày"));
        dayChart(mm(62));
        if (!newPage())
            return Error{QStringLiteral("cannot start the second page")};
        heading(QStringLiteral("3. Hồ sơ theo thủ tục"));
        procedures();
        heading(QStringLiteral("4. Lệ phí"));
        fees();
        heading(QStringLiteral("5. Đánh giá mức độ hài lòng"));
        satisfaction();
        footnote();
        return Done{};
    }

private:
    [[nodiscard]] double left() const { return mm(18); }
    [[nodiscard]] double width() const { return writer.width() - 2 * mm(18); }
    [[nodiscard]] double bottom() const { return writer.height() - mm(16); }

    bool newPage()
    {
        if (!writer.newPage())
            return false;
        ++page;
        pageHeader();
        return true;
    }

    // A page break when `height` does not fit below the cursor.
    void needRoom(double height)
    {
        if (y + height > bottom())
            (void)newPage();
    }

    void pageHeader()
    {
        p.fillRect(QRectF(0, 0, writer.width(), mm(22)), kBlue);
        t.text(QRectF(left(), mm(5), width() * 0.75, 0), commune.toUpper(), t.font(12, true), Qt::white);
        t.text(QRectF(left(), mm(12.5), width() * 0.75, 0), QStringLiteral("Bộ phận Một cửa · Máy tự phục vụ"),
               t.font(9), Qt::white);
        t.text(QRectF(left(), mm(8), width(), 0), QStringLiteral("Trang %1").arg(page), t.font(9), Qt::white,
               Qt::AlignRight);
        y = mm(30);
    }

    void titleBlock()
    {
        line(QStringLiteral("BÁO CÁO THỐNG KÊ HOẠT ĐỘNG MÁY TỰ PHỤC VỤ"), 15, true, kText, Qt::AlignHCenter);
        line(QStringLiteral("Kỳ báo cáo: %1").arg(periodText(s)), 11.5, false, kText, Qt::AlignHCenter);
        line(QStringLiteral("Lập lúc %1 (giờ %2)")
                 .arg(s.computedAt.toString(QStringLiteral("HH:mm 'ngày' dd/MM/yyyy")), QString::fromUtf8(s.zone.id())),
             8.5, false, kMuted, Qt::AlignHCenter);
        y += mm(2);
    }

    double line(const QString &text, double points, bool bold, const QColor &colour, int align = Qt::AlignLeft)
    {
        const double h = t.text(QRectF(left(), y, width(), 0), text, t.font(points, bold), colour, align);
        y += h + mm(1.5);
        return h;
    }

    void heading(const QString &text)
    {
        needRoom(mm(30));
        y += mm(3);
        line(text, 12, true, kBlue);
        y += mm(0.5);
    }

    // Rows of cells in columns of the given fractions of the width; `numeric` columns are
    // right-aligned. The first row is the header (bold, on blue) when `header` is set.
    void table(const QList<QStringList> &rows, const QList<double> &fractions, const QList<int> &numeric,
               bool header = true)
    {
        const double pad = mm(1.6);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const bool isHeader = header && r == 0;
            const QFont font = t.font(9.5, isHeader);
            // Measure first: the stripe goes under the text.
            t.measureOnly = true;
            double height = 0;
            double x = left();
            for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
                const double w = width() * fractions.value(c);
                height = std::max(height, t.text(QRectF(x + pad, 0, w - 2 * pad, 0), rows.at(r).at(c), font, kText));
                x += w;
            }
            t.measureOnly = false;
            height += 2 * pad;
            needRoom(height);
            if (isHeader)
                p.fillRect(QRectF(left(), y, width(), height), kBlue);
            else if (r % 2 == 0)
                p.fillRect(QRectF(left(), y, width(), height), kStripe);
            x = left();
            for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
                const double w = width() * fractions.value(c);
                t.text(QRectF(x + pad, y + pad, w - 2 * pad, 0), rows.at(r).at(c), font, isHeader ? Qt::white : kText,
                       numeric.contains(int(c)) ? Qt::AlignRight : Qt::AlignLeft);
                x += w;
            }
            y += height;
        }
        y += mm(2);
    }

    void keyFigures()
    {
        const CounterStats::Channels &c = s.channels;
        const QString processing = s.processing.count == 0
            ? QStringLiteral("Chưa có hồ sơ nào có kết quả trong kỳ")
            : QStringLiteral("%1 giờ (trung vị %2 giờ; %3 hồ sơ đã có kết quả)")
                  .arg(decimal(s.processing.averageHours), decimal(s.processing.medianHours), count(s.processing.count));
        const QString backlog = QStringLiteral("%1 chờ gửi, %2 gửi lỗi%3")
                                    .arg(count(s.backlog.waiting), count(s.backlog.failed),
                                         s.backlog.oldestWaiting.isValid()
                                             ? QStringLiteral("; chờ lâu nhất %1").arg(durationText(s.backlog.oldestWaitingMinutes))
                                             : QString());
        table({{QStringLiteral("Tổng số hồ sơ tiếp nhận"), count(s.total)},
               {QStringLiteral("Nộp trực tuyến toàn phần"),
                QStringLiteral("%1 (%2)").arg(count(c.fullyOnline), share(c.fullyOnline, s.total))},
               {QStringLiteral("Có bước tại quầy"), QStringLiteral("%1 (%2)").arg(count(c.partly), share(c.partly, s.total))},
               {QStringLiteral("   trong đó: cán bộ nộp thay"), count(c.filedByClerk)},
               {QStringLiteral("   nộp lệ phí bằng tiền mặt"), count(c.paidInCash)},
               {QStringLiteral("   cán bộ duyệt miễn lệ phí"), count(c.exemptionGrantedByClerk)},
               {QStringLiteral("   lệ phí chưa nộp xong"), count(c.feeNotSettled)},
               {QStringLiteral("Lệ phí đã thu"),
                QStringLiteral("%1 (chuyển khoản %2, tiền mặt %3)")
                    .arg(formatDong(s.fees.total()), formatDong(s.fees.bankSum), formatDong(s.fees.cashSum))},
               {QStringLiteral("Thời gian giải quyết trung bình"), processing},
               {QStringLiteral("Mức độ hài lòng"),
                s.ratings.rated == 0 ? QStringLiteral("Chưa có đánh giá")
                                     : QStringLiteral("%1 hài lòng (%2 lượt đánh giá)")
                                           .arg(share(s.ratings.satisfied(), s.ratings.rated), count(s.ratings.rated))},
               {QStringLiteral("Tỉ lệ người dân đánh giá"), share(s.ratings.rated, s.total)},
               {QStringLiteral("Hồ sơ chưa gửi lên cổng (lúc lập)"), backlog}},
              {0.45, 0.55}, {}, false);
    }

    // Filings per day: a bar per day, the scale on the left, the day of the month below.
    void dayChart(double height)
    {
        needRoom(height + mm(4));
        const QRectF plot(left() + mm(12), y + mm(2), width() - mm(12), height - mm(10));
        int most = 0;
        for (const CounterStats::DayCount &d : s.perDay)
            most = std::max(most, d.count);
        // At most five whole steps of 1, 2 or 5 × 10^k up to the busiest day.
        most = std::max(most, 1);
        const int step = niceCeiling((most + 4) / 5);
        const int steps = (most + step - 1) / step;
        const int top = step * steps;
        for (int i = 0; i <= steps; ++i) {
            const double gy = plot.bottom() - plot.height() * i / steps;
            p.setPen(QPen(kGrid, mm(0.2)));
            p.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
            t.text(QRectF(left(), gy - mm(1.8), mm(10), 0), count(step * i), t.font(7), kMuted, Qt::AlignRight);
        }
        const qsizetype n = s.perDay.size();
        const double slot = plot.width() / double(std::max<qsizetype>(n, 1));
        const int labelEvery = int(std::ceil(n / 31.0));
        for (qsizetype i = 0; i < n; ++i) {
            const CounterStats::DayCount &d = s.perDay.at(i);
            const double h = plot.height() * d.count / top;
            const double x = plot.left() + slot * double(i);
            p.fillRect(QRectF(x + slot * 0.15, plot.bottom() - h, slot * 0.7, h), kBlue);
            if (i % labelEvery == 0)
                t.text(QRectF(x - slot, plot.bottom() + mm(1), slot * 3, 0), d.day.toString(QStringLiteral("dd")),
                       t.font(6.5), kMuted, Qt::AlignHCenter);
        }
        y = plot.bottom() + mm(6);
        line(QStringLiteral("Số hồ sơ tiếp nhận mỗi ngày (ngày trong tháng ở trục ngang)."), 8, false, kMuted);
    }

    void procedures()
    {
        QList<QStringList> rows{{QStringLiteral("Mã thủ tục"), QStringLiteral("Tên thủ tục"), QStringLiteral("Số hồ sơ"),
                                 QStringLiteral("Tỉ lệ")}};
        int others = 0;
        int otherProcedures = 0;
        for (qsizetype i = 0; i < s.perProcedure.size(); ++i) {
            const CounterStats::ProcedureCount &pc = s.perProcedure.at(i);
            if (i < kTopProcedures) {
                rows.append({pc.code, pc.name, count(pc.count), share(pc.count, s.total)});
            } else {
                others += pc.count;
                ++otherProcedures;
            }
        }
        if (otherProcedures > 0)
            rows.append({QString(), QStringLiteral("%1 thủ tục khác").arg(otherProcedures), count(others), share(others, s.total)});
        if (s.perProcedure.isEmpty())
            rows.append({QString(), QStringLiteral("Không có hồ sơ trong kỳ"), QString(), QString()});
        table(rows, {0.17, 0.57, 0.13, 0.13}, {2, 3});
    }

    void fees()
    {
        const CounterStats::Fees &f = s.fees;
        table({{QStringLiteral("Hình thức"), QStringLiteral("Số hồ sơ"), QStringLiteral("Số tiền")},
               {QStringLiteral("Chuyển khoản"), count(f.bankCount), formatDong(f.bankSum)},
               {QStringLiteral("Tiền mặt tại quầy"), count(f.cashCount), formatDong(f.cashSum)},
               {QStringLiteral("Tổng đã thu"), count(f.bankCount + f.cashCount), formatDong(f.total())},
               {QStringLiteral("Miễn hoặc không mất lệ phí"), count(f.waived), QString()},
               {QStringLiteral("Chưa nộp xong"), count(f.open), QString()}},
              {0.5, 0.2, 0.3}, {1, 2});
    }

    // Bars from the left, the label before them and "n (x%)" after.
    double barChart(const QRectF &area, const QString &title, const QList<Bar> &bars, int whole)
    {
        double at = area.top();
        at += t.text(QRectF(area.left(), at, area.width(), 0), title, t.font(9.5, true), kText) + mm(1.5);
        int most = 1;
        for (const Bar &b : bars)
            most = std::max(most, b.value);
        const double labelWidth = area.width() * 0.42;
        const double valueWidth = mm(20);
        const double barSpace = area.width() - labelWidth - valueWidth;
        for (const Bar &b : bars) {
            const double h = t.text(QRectF(area.left(), at, labelWidth - mm(2), 0), b.label, t.font(8.5), kText);
            const double rowHeight = std::max(h, mm(5));
            p.fillRect(QRectF(area.left() + labelWidth, at + mm(0.6), barSpace * b.value / most, rowHeight - mm(1.2)),
                       b.colour);
            t.text(QRectF(area.left() + labelWidth + barSpace * b.value / most + mm(1.5), at, valueWidth, 0),
                   QStringLiteral("%1 (%2)").arg(count(b.value), share(b.value, whole)), t.font(8), kMuted);
            at += rowHeight + mm(1.5);
        }
        return at;
    }

    void satisfaction()
    {
        const CounterStats::Ratings &r = s.ratings;
        line(r.rated == 0 ? QStringLiteral("Chưa có đánh giá nào trong kỳ.")
                          : QStringLiteral("%1 lượt đánh giá trên %2 hồ sơ (%3); hài lòng và rất hài lòng: %4.")
                                .arg(count(r.rated), count(s.total), share(r.rated, s.total), share(r.satisfied(), r.rated)),
             9.5, false, kText);
        QList<Bar> ratings;
        for (const RatingChoice &c : Satisfaction::ratingChoices())
            ratings.append({c.label, r.byRating.value(c.key), ratingColour(c.key)});
        QList<Bar> reasons;
        for (const RatingChoice &c : Satisfaction::reasonChoices())
            reasons.append({c.label, r.byReason.value(c.key), kBlue});
        needRoom(mm(62));
        const double half = (width() - mm(8)) / 2;
        const double end1 = barChart(QRectF(left(), y, half, 0), QStringLiteral("Mức độ hài lòng"), ratings, r.rated);
        const double end2 = barChart(QRectF(left() + half + mm(8), y, half, 0),
                                     QStringLiteral("Lý do được chọn (% số lượt đánh giá)"), reasons, r.rated);
        y = std::max(end1, end2) + mm(2);
    }

    void footnote()
    {
        needRoom(mm(12));
        line(QStringLiteral("Nộp trực tuyến toàn phần: người dân tự nộp trên máy (không có cán bộ nộp thay) và lệ phí "
                            "không mất, được miễn theo quy định hoặc đã chuyển khoản. Thời gian giải quyết: từ lúc tiếp "
                            "nhận đến khi cổng dịch vụ công báo có kết quả hoặc không giải quyết."),
             7.5, false, kMuted);
    }

    QPainter &p;
    QPdfWriter &writer;
    TextPainter t;
    const CounterStats &s;
    QString commune;
    double y = 0;
    int page = 1;
};

} // namespace

QString periodText(const CounterStats &stats)
{
    return QStringLiteral("%1 – %2").arg(dateText(stats.from), dateText(stats.to));
}

Status writePdf(const CounterStats &stats, const QString &path, const QString &communeName)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setTitle(QStringLiteral("Báo cáo thống kê %1").arg(periodText(stats)));
    writer.setCreator(QStringLiteral("MotCua Kiosk"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{QStringLiteral("cannot start drawing the report %1").arg(path)};
    const Status written = ReportWriter(painter, writer, stats, communeName).write();
    if (!painter.end())
        return Error{QStringLiteral("cannot finish drawing the report %1").arg(path)};
    if (!written)
        return written;
    if (!file.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return Done{};
}

} // namespace motcua::CounterReport
