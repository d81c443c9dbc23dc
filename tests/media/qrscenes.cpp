// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrscenes.h"

#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>

namespace motcua::testmedia {

QImage placeCode(const QImage &code, const QTransform &transform, QPoint centre)
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(180, 175, 170));
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(centre);
    p.setTransform(transform, true);
    p.drawImage(QPoint(-code.width() / 2, -code.height() / 2), code);
    return frame;
}

QImage blurred(const QImage &image, int times)
{
    QImage out = image;
    for (int i = 0; i < times; ++i)
        out = out.scaled(out.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                  .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return out;
}

QImage noisy(const QImage &image, int amplitude, quint32 seed)
{
    QImage out = image.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator random(seed);
    for (int y = 0; y < out.height(); ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            row[x] = uchar(std::clamp(int(row[x]) + int(random.bounded(2 * amplitude + 1)) - amplitude, 0, 255));
    }
    return out;
}

QImage faint(const QImage &image, int low, int high)
{
    QImage out = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < out.height(); ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            row[x] = uchar(low + row[x] * (high - low) / 255);
    }
    return out;
}

QTransform tilt(double yDegrees, double xDegrees)
{
    QTransform t;
    t.rotate(yDegrees, Qt::YAxis);
    t.rotate(xDegrees, Qt::XAxis);
    return t;
}

} // namespace motcua::testmedia
