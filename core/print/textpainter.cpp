// SPDX-License-Identifier: GPL-3.0-or-later
#include "textpainter.h"

namespace motcua {

QFont TextPainter::font(double points, bool bold, bool scaled) const
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPointSizeF(scaled ? points * scale : points);
    f.setBold(bold);
    return f;
}

double TextPainter::text(const QRectF &area, const QString &text, const QFont &font, const QColor &colour, int align)
{
    m_painter.setFont(font);
    m_painter.setPen(colour);
    const QRectF tall(area.topLeft(), QSizeF(area.width(), m_pageHeight));
    const int flags = align | Qt::AlignTop | Qt::TextWordWrap;
    if (measureOnly)
        return m_painter.boundingRect(tall, flags, text).height();
    QRectF used;
    m_painter.drawText(tall, flags, text, &used);
    return used.height();
}

} // namespace motcua
