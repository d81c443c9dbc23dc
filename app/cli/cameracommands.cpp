// SPDX-License-Identifier: GPL-3.0-or-later
#include "cameracommands.h"

#include "qr/camerascanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMediaDevices>

namespace motcua::cli {

namespace {

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

} // namespace

int runCameraCommand(const CliContext &ctx, const QStringList &args)
{
    if (args != QStringList{QStringLiteral("list")})
        return ctx.fail(QStringLiteral("usage: motcua camera list [--json]"), 2);
    const auto config = ctx.config();
    if (!config)
        return ctx.fail(config.error());
    const QCameraDevice chosen = CameraScanner::findCamera(config->camera);
    QJsonArray cameras;
    QStringList lines;
    for (const QCameraDevice &camera : QMediaDevices::videoInputs()) {
        QStringList sizes;
        for (const QCameraFormat &format : camera.videoFormats()) {
            const QString size = sizeText(format.resolution());
            if (!sizes.contains(size))
                sizes.append(size);
        }
        const QCameraFormat format = CameraScanner::nearestFormat(camera, config->cameraResolution);
        const bool used = camera == chosen;
        cameras.append(QJsonObject{{QStringLiteral("id"), QString::fromUtf8(camera.id())},
                                   {QStringLiteral("name"), camera.description()},
                                   {QStringLiteral("default"), camera.isDefault()},
                                   {QStringLiteral("used"), used},
                                   {QStringLiteral("format"), format.isNull() ? QString() : sizeText(format.resolution())},
                                   {QStringLiteral("sizes"), QJsonArray::fromStringList(sizes)}});
        lines.append(QStringLiteral("%1 %2 (%3)%4: %5").arg(used ? QStringLiteral("*") : QStringLiteral(" "),
                                                               camera.description(), QString::fromUtf8(camera.id()),
                                                               camera.isDefault() ? QStringLiteral(", default") : QString(),
                                                               sizes.join(QStringLiteral(" "))));
    }
    const QString source = config->camera;
    const QString verdict =
        source.startsWith(u'/') ? QStringLiteral("camera = %1: the scanner plays this video instead of a camera").arg(source)
        : source == QLatin1String("none") ? QStringLiteral("camera = none: the scanner screen says there is no camera")
        : chosen.isNull() ? QStringLiteral("camera = %1: no camera matches; the scanner screen will say there is none").arg(source)
                          : QStringLiteral("camera = %1: uses %2 at %3").arg(source, chosen.description(),
                                                                               sizeText(CameraScanner::nearestFormat(chosen, config->cameraResolution).resolution()));
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("cameras"), cameras}, {QStringLiteral("config"), verdict}});
    } else {
        if (lines.isEmpty())
            lines.append(QStringLiteral("no cameras found"));
        lines.append(verdict);
        ctx.print(lines.join(u'\n'));
    }
    return 0;
}

} // namespace motcua::cli
