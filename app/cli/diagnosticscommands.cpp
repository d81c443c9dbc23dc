// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticscommands.h"

#include "commandline.h"
#include "diagnostics/portalprobe.h"
#include "diagnostics/storagechecks.h"
#include "diagnostics/systemchecks.h"
#include "voice/voiceguide.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <tuple>

namespace motcua::cli {

namespace {

const QString kUsage = QStringLiteral("usage: motcua diagnostics [--json]");
// The speech engine gets this long to list its voices (a stale speech-dispatcher may block).
constexpr int kVoiceTimeoutMs = 10000;

// The path a check is about: the option when given, else the config's; empty when the config
// is invalid (the check is then skipped).
QString pathOf(const QString &override, const Result<KioskConfig> &config, QString (KioskConfig::*configured)() const)
{
    if (!override.isEmpty())
        return override;
    return config ? (config.value().*configured)() : QString();
}

HealthCheck skipped(const QString &id, const QString &why)
{
    return {id, Health::Skipped, why, {}};
}

// The voice is asked for in a child process (`motcua diagnostics --voice-probe`) that is
// killed when it does not answer in time: QTextToSpeech may block inside speech-dispatcher's
// client library, and a blocked thread could not be stopped.
class VoiceProbe
{
public:
    explicit VoiceProbe(const KioskConfig &config)
    {
        if (config.voiceEngine == QLatin1String("none"))
            return;
        QStringList args{QStringLiteral("diagnostics"), QStringLiteral("--voice-probe")};
        if (!config.voiceEngine.isEmpty())
            args << QStringLiteral("--voice-engine") << config.voiceEngine;
        m_process.start(QCoreApplication::applicationFilePath(), args);
        m_deadline.setRemainingTime(kVoiceTimeoutMs);
        m_started = true;
    }
    ~VoiceProbe()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }
    VoiceProbe(const VoiceProbe &) = delete;
    VoiceProbe &operator=(const VoiceProbe &) = delete;

    [[nodiscard]] HealthCheck result()
    {
        if (!m_started)
            return SystemChecks::voiceOff();
        if (m_process.error() == QProcess::FailedToStart)
            return {QStringLiteral("voice"), Health::Degraded,
                    QStringLiteral("the voice check could not start: %1").arg(m_process.errorString()), {}};
        if (!m_process.waitForFinished(int(std::max<qint64>(1, m_deadline.remainingTime())))) {
            m_process.kill();
            m_process.waitForFinished(1000);
            return {QStringLiteral("voice"), Health::Degraded,
                    QStringLiteral("the speech engine did not answer within %1 s (speech-dispatcher stuck? "
                                   "restart it)").arg(kVoiceTimeoutMs / 1000),
                    {}};
        }
        const auto check = HealthCheck::fromJson(QJsonDocument::fromJson(m_process.readAllStandardOutput()).object());
        if (!check)
            return {QStringLiteral("voice"), Health::Degraded,
                    QStringLiteral("the voice check failed (exit %1): %2")
                        .arg(m_process.exitCode())
                        .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()),
                    {}};
        return *check;
    }

private:
    QProcess m_process;
    QDeadlineTimer m_deadline;
    bool m_started = false;
};

// In the child: the Vietnamese voice as the kiosk finds it, as one check in JSON.
int runVoiceProbe(const CommandLine &cl)
{
    const VoiceGuide guide(QStringLiteral("vi"), cl.option(QStringLiteral("voice-engine")));
    QTextStream(stdout) << QJsonDocument(SystemChecks::voice(guide).toJson()).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

QString lineOf(const HealthCheck &check)
{
    return QStringLiteral("%1 %2 %3")
        .arg(healthName(check.health), -8)
        .arg(QString(check.id).replace(u'.', u' '), -18)
        .arg(check.detail);
}

QString summaryOf(const QList<HealthCheck> &checks, Health worst)
{
    const auto count = [&](std::initializer_list<Health> kinds) {
        return std::count_if(checks.begin(), checks.end(), [&](const HealthCheck &c) {
            return std::find(kinds.begin(), kinds.end(), c.health) != kinds.end();
        });
    };
    return QStringLiteral("%1: %2 ok, %3 degraded, %4 broken, %5 not applicable or skipped (exit %6)")
        .arg(worst == Health::Ok ? QStringLiteral("healthy") : healthName(worst))
        .arg(count({Health::Ok}))
        .arg(count({Health::Degraded}))
        .arg(count({Health::Broken}))
        .arg(count({Health::NotApplicable, Health::Skipped}))
        .arg(exitCodeOf(worst));
}

} // namespace

int runDiagnosticsCommand(const CliContext &ctx, const QStringList &args)
{
    const auto cl = CommandLine::parse(args, {QStringLiteral("voice-engine")}, {QStringLiteral("voice-probe")});
    if (!cl || !cl->positionals.isEmpty())
        return ctx.fail(cl ? kUsage : cl.error() + QStringLiteral("; ") + kUsage, kDiagnosticsUsageExit);
    if (cl->has(QStringLiteral("voice-probe")))
        return runVoiceProbe(*cl);

    // The report says what failed; PortalClient's log line would only repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.portal.info=false"));
    const Result<KioskConfig> config = ctx.config();
    const QString noConfig = QStringLiteral("the configuration is invalid (see config)");
    // The slow checks first, running while the rest are done.
    std::unique_ptr<VoiceProbe> voice;
    std::unique_ptr<PortalProbe> portal;
    QList<HealthCheck> portalChecks;
    bool portalDone = true;
    QEventLoop portalWait;
    if (config) {
        voice = std::make_unique<VoiceProbe>(*config);
        portal = std::make_unique<PortalProbe>(*config);
        portalDone = false;
        portal->run([&](const QList<HealthCheck> &checks) {
            portalChecks = checks;
            portalDone = true;
            portalWait.quit();
        });
    } else {
        for (const char *id : {"portal", "portal.tls", "clock"})
            portalChecks.append(skipped(QLatin1String(id), noConfig));
    }

    QList<HealthCheck> checks{SystemChecks::config(config), SystemChecks::version()};
    const QString filings = pathOf(ctx.filingsDbPathOverride, config, &KioskConfig::effectiveFilingsDatabasePath);
    const std::tuple<StorageChecks::Kind, const char *, QString> databases[] = {
        {StorageChecks::Kind::Catalog, "--db", pathOf(ctx.dbPathOverride, config, &KioskConfig::effectiveDatabasePath)},
        {StorageChecks::Kind::Filings, "--filings-db", filings},
        {StorageChecks::Kind::Staff, "--staff-db",
         pathOf(ctx.staffDbPathOverride, config, &KioskConfig::effectiveStaffDatabasePath)}};
    for (const auto &[kind, option, path] : databases)
        checks.append(path.isEmpty() ? skipped(StorageChecks::idOf(kind), noConfig + QStringLiteral(" (or pass %1)").arg(QLatin1String(option)))
                                     : StorageChecks::database(kind, path));
    if (filings.isEmpty()) {
        for (const char *id : {"disk", "outbox", "sync.last"})
            checks.append(skipped(QLatin1String(id), noConfig));
    } else {
        checks.append(StorageChecks::disk(filings));
        checks.append(StorageChecks::outbox(filings));
    }

    if (!portalDone) // the PortalClient's own timeout ends the wait
        portalWait.exec();
    checks.append(portalChecks);
    if (config) {
        checks.append(SystemChecks::camera(*config));
        checks.append(SystemChecks::printer(*config));
        checks.append(voice->result());
    } else {
        for (const char *id : {"camera", "printer", "voice"})
            checks.append(skipped(QLatin1String(id), noConfig));
    }

    const Health worst = worstHealth(checks);
    if (ctx.json) {
        QJsonArray array;
        for (const HealthCheck &check : checks)
            array.append(check.toJson());
        ctx.printJson(QJsonObject{{QStringLiteral("status"), healthName(worst)},
                                  {QStringLiteral("exitCode"), exitCodeOf(worst)},
                                  {QStringLiteral("version"), QStringLiteral(MOTCUA_VERSION)},
                                  {QStringLiteral("checkedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                  {QStringLiteral("checks"), array}});
    } else {
        QStringList lines;
        for (const HealthCheck &check : checks)
            lines.append(lineOf(check));
        lines.append(summaryOf(checks, worst));
        ctx.print(lines.join(u'\n'));
    }
    return exitCodeOf(worst);
}

} // namespace motcua::cli
