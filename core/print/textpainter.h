// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace motcua {

// Printed pages (posters, receipts) are laid out at 300 dpi, in millimetres, in the Theme's ink.
namespace Print {
constexpr int kDpi = 300;
constexpr double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}
inline const QColor kText{0x17, 0x20, 0x2A};
inline const QColor kMuted{0x44, 0x50, 0x5F};
} // namespace Print

// Wrapped text on a printed page (PDF or printer), drawn — or only measured, to find a layout
// that fits before drawing it. Type sizes in points, times `scale`.
class TextPainter
{
public:
    TextPainter(QPainter &painter, double pageHeight) : m_painter(painter), m_pageHeight(pageHeight) {}

    bool measureOnly = false;
    double scale = 1.0;

    [[nodiscard]] QFont font(double points, bool bold = false, bool scaled = true) const;
    // Draws (or measures) `text` wrapped into the width of `area` from its top; returns its height.
    double text(const QRectF &area, const QString &text, const QFont &font, const QColor &colour,
                int align = Qt::AlignLeft);
    [[nodiscard]] QPainter &painter() { return m_painter; }

private:
    QPainter &m_painter;
    double m_pageHeight;
};

} // namespace motcua
