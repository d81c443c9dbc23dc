// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanvideo.h"

#include "qr/qrwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace motcua::testmedia {

QImage sceneWith(const QString &text, QSize size, int codeSize)
{
    QImage frame(size, QImage::Format_RGB32);
    frame.fill(QColor(200, 200, 195));
    if (!text.isEmpty()) {
        const auto code = QrWriter::render(text, codeSize);
        if (code.ok())
            QPainter(&frame).drawImage(QPoint((size.width() - codeSize) / 2, (size.height() - codeSize) / 2),
                                       code.value());
    }
    return frame;
}

Result<QString> makeScanVideo(const QString &path, const QString &text, double emptySeconds, double codeSeconds,
                              QSize size)
{
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty())
        return Error{QStringLiteral("ffmpeg is not installed (packaging/install-deps.sh installs it)")};
    QTemporaryDir work;
    const QString empty = work.filePath(QStringLiteral("empty.png"));
    const QString code = work.filePath(QStringLiteral("code.png"));
    if (!sceneWith({}, size).save(empty) || !sceneWith(text, size).save(code))
        return Error{QStringLiteral("cannot write frames to %1").arg(work.path())};
    QProcess make;
    make.start(ffmpeg, {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                        QStringLiteral("-loop"), QStringLiteral("1"), QStringLiteral("-t"), QString::number(emptySeconds),
                        QStringLiteral("-i"), empty,
                        QStringLiteral("-loop"), QStringLiteral("1"), QStringLiteral("-t"), QString::number(codeSeconds),
                        QStringLiteral("-i"), code,
                        QStringLiteral("-filter_complex"), QStringLiteral("[0:v][1:v]concat=n=2:v=1[v]"),
                        QStringLiteral("-map"), QStringLiteral("[v]"), QStringLiteral("-r"), QStringLiteral("15"),
                        QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), path});
    if (!make.waitForFinished(60000) || make.exitStatus() != QProcess::NormalExit || make.exitCode() != 0)
        return Error{QStringLiteral("ffmpeg failed: %1").arg(QString::fromLocal8Bit(make.readAllStandardError()))};
    return path;
}

} // namespace motcua::testmedia
