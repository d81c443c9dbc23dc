// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemchecks.h"

#include "qr/camerascanner.h"
#include "voice/voiceguide.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMediaDevices>
#include <QPrinterInfo>

namespace motcua {

namespace {

// A config warning without its long tail ("… (known keys in [kiosk]: …)").
QString shortWarning(const QString &warning)
{
    const qsizetype tail = warning.indexOf(QStringLiteral(" ("));
    return tail < 0 ? warning : warning.left(tail);
}

} // namespace

HealthCheck SystemChecks::config(const Result<KioskConfig> &config)
{
    HealthCheck check{QStringLiteral("config"), Health::Ok, {}, {}};
    if (!config) {
        const QStringList problems = config.error().split(u'\n');
        check.health = Health::Broken;
        check.detail = QStringLiteral("invalid: %1").arg(problems.join(QStringLiteral("; ")));
        check.values.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
        return check;
    }
    check.values.insert(QStringLiteral("files"), QJsonArray::fromStringList(config->loadedFiles));
    check.values.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(config->warnings));
    if (config->loadedFiles.isEmpty()) {
        check.health = Health::Degraded;
        check.detail = QStringLiteral("no config file (%1): built-in defaults, the demo portal")
                           .arg(KioskConfig::defaultFiles().join(QStringLiteral(", ")));
    } else if (!config->warnings.isEmpty()) {
        check.health = Health::Degraded;
        check.detail = QStringLiteral("valid with %1 warning(s): %2")
                           .arg(config->warnings.size())
                           .arg(shortWarning(config->warnings.first()));
    } else {
        check.detail = QStringLiteral("valid (%1)").arg(config->loadedFiles.join(QStringLiteral(", ")));
    }
    return check;
}

HealthCheck SystemChecks::version()
{
    return {QStringLiteral("version"), Health::Ok,
            QStringLiteral("motcua %1 on Qt %2").arg(QStringLiteral(MOTCUA_VERSION), QString::fromLatin1(qVersion())),
            {{QStringLiteral("version"), QStringLiteral(MOTCUA_VERSION)}, {QStringLiteral("qt"), QString::fromLatin1(qVersion())}}};
}

HealthCheck SystemChecks::camera(const KioskConfig &config)
{
    const QString source = config.camera;
    HealthCheck check{QStringLiteral("camera"), Health::Ok, {}, {{QStringLiteral("setting"), source}}};
    if (source == QLatin1String("none")) {
        check.health = Health::NotApplicable;
        check.detail = QStringLiteral("camera = none (the handheld scanner still works)");
        return check;
    }
    if (source.startsWith(u'/')) {
        const QFileInfo video(source);
        check.health = video.isFile() && video.isReadable() ? Health::Ok : Health::Degraded;
        check.detail = check.health == Health::Ok ? QStringLiteral("plays the video %1 instead of a camera").arg(source)
                                                  : QStringLiteral("the video %1 cannot be read").arg(source);
        return check;
    }
    const QCameraDevice camera = CameraScanner::findCamera(source);
    const qsizetype present = QMediaDevices::videoInputs().size();
    check.values.insert(QStringLiteral("camerasPresent"), present);
    if (camera.isNull()) {
        check.health = Health::Degraded;
        check.detail = QStringLiteral("no camera matches camera = %1 (%2 present; motcua camera list)").arg(source).arg(present);
        return check;
    }
    check.values.insert(QStringLiteral("name"), camera.description());
    check.detail = QStringLiteral("%1 (camera = %2)").arg(camera.description(), source);
    return check;
}

HealthCheck SystemChecks::printer(const KioskConfig &config)
{
    const QString queue = config.receiptPrinter;
    HealthCheck check{QStringLiteral("printer"), Health::Ok, {}, {{QStringLiteral("queue"), queue}}};
    if (queue.isEmpty()) {
        check.health = Health::NotApplicable;
        check.detail = QStringLiteral("no receipt_printer configured (receipts are saved as PDF)");
        return check;
    }
    const QPrinterInfo info = QPrinterInfo::printerInfo(queue);
    if (info.isNull()) {
        check.health = Health::Degraded;
        check.detail = QStringLiteral("CUPS has no queue %1 (lpstat -p)").arg(queue);
        return check;
    }
    switch (info.state()) {
    case QPrinter::Error:
        check.health = Health::Degraded;
        check.detail = QStringLiteral("queue %1 is in error (lpstat -p %1)").arg(queue);
        break;
    case QPrinter::Aborted:
        check.health = Health::Degraded;
        check.detail = QStringLiteral("queue %1 stopped its last job (lpstat -p %1)").arg(queue);
        break;
    case QPrinter::Active:
        check.detail = QStringLiteral("queue %1 is printing").arg(queue);
        break;
    case QPrinter::Idle:
        check.detail = QStringLiteral("queue %1 is ready").arg(queue);
        break;
    }
    return check;
}

HealthCheck SystemChecks::voice(const VoiceGuide &guide)
{
    if (guide.available())
        return {QStringLiteral("voice"), Health::Ok, QStringLiteral("Vietnamese voice %1").arg(guide.voiceName()),
                {{QStringLiteral("voice"), guide.voiceName()}}};
    return {QStringLiteral("voice"), Health::Degraded,
            QStringLiteral("silent: %1").arg(guide.problem()), {}};
}

HealthCheck SystemChecks::voiceOff()
{
    return {QStringLiteral("voice"), Health::NotApplicable, QStringLiteral("voice_engine = none (no voice guidance)"), {}};
}

} // namespace motcua
