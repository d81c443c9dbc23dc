// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentphoto.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QImageReader>

namespace motcua::DocumentPhoto {

Result<QByteArray> jpegFromFile(const QString &file)
{
    QImageReader reader(file);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return Error{QStringLiteral("not an image: %1").arg(reader.errorString())};
    if (image.width() > kMaxSide || image.height() > kMaxSide)
        image = image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", kQuality))
        return Error{QStringLiteral("cannot encode the photo as JPEG")};
    return jpeg;
}

QList<QUrl> scansSince(const QString &folder, const QDateTime &since, int limit)
{
    QList<QUrl> urls;
    if (folder.isEmpty())
        return urls;
    const QFileInfoList files = QDir(folder).entryInfoList(
        {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png")}, QDir::Files, QDir::Time);
    for (const QFileInfo &f : files) {
        if (urls.size() >= limit || f.lastModified() < since)
            break; // sorted newest first
        urls.append(QUrl::fromLocalFile(f.absoluteFilePath()));
    }
    return urls;
}

} // namespace motcua::DocumentPhoto
