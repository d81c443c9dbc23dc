// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "outbox/portalpayload.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRandomGenerator>

#include <cmath>

namespace motcua {

Q_LOGGING_CATEGORY(lcSync, "motcua.sync")

QJsonObject SyncEngine::RoundSummary::toJson() const
{
    QJsonObject o{{QStringLiteral("reachable"), reachable}, {QStringLiteral("sent"), sent},
                  {QStringLiteral("deferred"), deferred},   {QStringLiteral("failed"), failed},
                  {QStringLiteral("remaining"), remaining}, {QStringLiteral("checked"), checked},
                  {QStringLiteral("ratingsSent"), ratingsSent}, {QStringLiteral("ratingsRefused"), ratingsRefused}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

SyncEngine::SyncEngine(FilingStore *store, PortalClient *portal, Settings settings, QObject *parent)
    : QObject(parent), m_store(store), m_portal(portal), m_settings(settings), m_ratings(store, portal)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { runRound(); });
    refreshStats();
}

SyncEngine::Settings SyncEngine::settingsFrom(const KioskConfig &config)
{
    Settings s;
    s.probeSeconds = config.syncProbeSeconds;
    s.retentionDays = config.retentionDays;
    return s;
}

qint64 SyncEngine::backoffMs(int attempts, const Settings &settings, double unit)
{
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const double plain = std::min<double>(settings.maxBackoffMs, settings.baseBackoffMs * std::pow(2.0, doublings));
    const double factor = 1.0 + settings.jitter * (2.0 * std::clamp(unit, 0.0, 1.0) - 1.0);
    return qint64(plain * factor);
}

void SyncEngine::start()
{
    if (const auto requeued = m_store->requeueInterrupted(); !requeued)
        qCWarning(lcSync).noquote() << "cannot queue interrupted sends again:" << requeued.error();
    else if (requeued.value() > 0)
        qCInfo(lcSync) << requeued.value() << "filing(s) interrupted while sending are queued again";
    if (m_settings.watchReachability)
        watchReachability();
    runRound();
}

void SyncEngine::watchReachability()
{
    // A hint, not proof: the round still probes the portal first.
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online)
                    syncNow();
            });
}

void SyncEngine::syncNow()
{
    m_timer.start(0);
}

bool SyncEngine::retry(const QString &fileCode)
{
    if (const Status queued = m_store->retry(fileCode); !queued) {
        qCInfo(lcSync).noquote() << "not queued again:" << queued.error();
        return false;
    }
    refreshStats();
    syncNow();
    return true;
}

void SyncEngine::runRound(std::function<void(const RoundSummary &)> done)
{
    if (m_running) {
        // This round may have read the outbox before the caller changed it: the next one.
        if (done)
            m_nextWaiters.append(std::move(done));
        m_again = true;
        return;
    }
    if (done)
        m_waiters.append(std::move(done));
    m_running = true;
    m_again = false;
    m_timer.stop();
    m_round = RoundSummary{};
    // Local, so before the network: data whose retention ran out while nothing was sent, or
    // left by a kill between an acknowledgement and its purge, goes now.
    purgeExpired();
    setState(QStringLiteral("syncing"), m_lastError);
    m_portal->ping([this](const PortalReply &reply) {
        if (!reply.ok()) {
            finishRound(reply.kind == PortalReply::Kind::Unauthorized ? QStringLiteral("unauthorized")
                                                                       : QStringLiteral("offline"),
                        reply.describe());
            return;
        }
        m_round.reachable = true;
        // For the technician (motcua diagnostics): when the portal last answered.
        if (const Status recorded = m_store->recordPortalContact(QDateTime::currentDateTimeUtc()); !recorded)
            qCWarning(lcSync).noquote() << "the portal's answer is not recorded:" << recorded.error();
        sendNext();
    });
}

void SyncEngine::sendNext()
{
    const auto next = m_store->nextDue(QDateTime::currentDateTimeUtc());
    if (!next) {
        finishRound(QStringLiteral("idle"), next.error());
        return;
    }
    if (!next.value()) {
        sendRatings();
        return;
    }
    const Filing filing = *next.value();
    const auto body = portalPayload(*m_store, filing);
    if (!body) {
        (void)m_store->markFailed(filing.id, body.error());
        ++m_round.failed;
        sendNext();
        return;
    }
    if (const Status sending = m_store->markSending(filing.id); !sending) {
        // Another process (the CLI) took it: leave it to them.
        qCInfo(lcSync).noquote() << "skipping" << filing.fileCode << ":" << sending.error();
        finishRound(QStringLiteral("idle"), {});
        return;
    }
    m_portal->postFiling(filing.id, filing.fileCode, body.value(),
                         [this, filing](const PortalReply &reply) { onFilingReply(filing, reply); });
}

void SyncEngine::onFilingReply(const Filing &filing, const PortalReply &reply)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (reply.kind) {
    case PortalReply::Kind::Ok:
        if (const Status stored = m_store->markSent(filing.id, reply.body); !stored) {
            // Not stored: it stays `sending`, is queued again, and the portal answers the
            // resend with the same receipt.
            finishRound(QStringLiteral("idle"), stored.error());
            return;
        }
        ++m_round.sent;
        qCInfo(lcSync).noquote() << filing.fileCode << "acknowledged by the portal as" << reply.body.value(QStringLiteral("portalId")).toString();
        purgeExpired();
        sendNext();
        return;
    case PortalReply::Kind::Permanent:
        qCWarning(lcSync).noquote() << filing.fileCode << "refused by the portal:" << reply.describe();
        (void)m_store->markFailed(filing.id, reply.describe());
        ++m_round.failed;
        sendNext();
        return;
    case PortalReply::Kind::Unauthorized:
        (void)m_store->deferDelivery(filing.id, reply.describe(), {});
        finishRound(QStringLiteral("unauthorized"), reply.describe());
        return;
    case PortalReply::Kind::Transient: {
        const qint64 backoff = backoffMs(filing.attempts + 1, m_settings, QRandomGenerator::global()->generateDouble());
        const qint64 wait = std::max<qint64>(backoff, 1000LL * reply.retryAfterSeconds.value_or(0));
        (void)m_store->deferDelivery(filing.id, reply.describe(), now.addMSecs(wait));
        ++m_round.deferred;
        if (reply.httpStatus == 0) {
            // The network itself: the next filing would fare no better.
            finishRound(QStringLiteral("offline"), reply.describe());
            return;
        }
        sendNext(); // the portal answered: this filing's trouble, not the others'
        return;
    }
    }
}

void SyncEngine::sendRatings()
{
    m_ratings.run([this](const RatingSender::Outcome &outcome) {
        m_round.ratingsSent += outcome.sent;
        m_round.ratingsRefused += outcome.refused;
        if (!outcome.stopState.isEmpty()) {
            finishRound(outcome.stopState, outcome.error);
            return;
        }
        const auto toCheck = m_store->sentToCheck(
            QDateTime::currentDateTimeUtc().addSecs(-60LL * m_settings.statusCheckMinutes),
            m_settings.statusChecksPerRound);
        checkStatuses(toCheck ? toCheck.value() : QList<Filing>{});
    });
}

void SyncEngine::purgeExpired()
{
    const auto purged = m_store->purgeSent(QDateTime::currentDateTimeUtc().addDays(-m_settings.retentionDays));
    if (!purged)
        qCWarning(lcSync).noquote() << "personal data not purged:" << purged.error();
}

void SyncEngine::checkStatuses(QList<Filing> toCheck)
{
    if (toCheck.isEmpty()) {
        finishRound(QStringLiteral("idle"), {});
        return;
    }
    const Filing filing = toCheck.takeFirst();
    m_portal->fetchStatus(filing.fileCode, [this, filing, rest = std::move(toCheck)](const PortalReply &reply) {
        if (reply.ok()) {
            ++m_round.checked;
            (void)m_store->recordPortalStatus(filing.fileCode, reply.body);
            const QJsonObject payment = reply.body.value(QStringLiteral("payment")).toObject();
            if (payment.value(QStringLiteral("state")).toString() == QLatin1String("paid")) {
                const QJsonValue amount = payment.value(QStringLiteral("amount"));
                const auto changed = m_store->reconcilePayment(
                    filing.fileCode, payment.value(QStringLiteral("method")).toString(),
                    amount.isDouble() ? std::optional<qint64>(amount.toInteger()) : std::nullopt);
                if (changed && changed.value())
                    qCInfo(lcSync).noquote() << filing.fileCode << "paid according to the portal";
            }
        } else if (reply.httpStatus == 0) {
            finishRound(QStringLiteral("offline"), reply.describe());
            return;
        }
        checkStatuses(rest);
    });
}

void SyncEngine::finishRound(const QString &state, const QString &error)
{
    m_running = false;
    refreshStats();
    m_round.remaining = m_stats.queued;
    m_round.error = error;
    setState(state, error);
    const auto waiters = std::exchange(m_waiters, {});
    Q_EMIT roundFinished(m_round);
    for (const auto &done : waiters)
        done(m_round);
    if (m_again) {
        m_waiters = std::exchange(m_nextWaiters, {});
        syncNow();
    } else if (m_settings.scheduleRounds) {
        scheduleNextRound();
    }
}

void SyncEngine::scheduleNextRound()
{
    qint64 waitMs = std::max<qint64>(1000, 60'000LL * m_settings.statusCheckMinutes);
    if (m_state != QLatin1String("idle")) {
        // Unreachable or refused: probe again later, whatever is due.
        waitMs = 1000LL * m_settings.probeSeconds;
    } else if (const auto due = m_store->nextDueTime(); due && due.value().isValid()) {
        waitMs = std::min(waitMs, std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(due.value())));
    }
    m_timer.start(int(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
}

void SyncEngine::refreshStats()
{
    if (const auto stats = m_store->stats())
        m_stats = stats.value();
    Q_EMIT changed();
}

void SyncEngine::setState(const QString &state, const QString &error)
{
    if (!error.isEmpty() && error != m_lastError)
        qCInfo(lcSync).noquote() << "sync" << state << "-" << error;
    m_state = state;
    m_lastError = error;
    Q_EMIT changed();
}

QString SyncEngine::statusText() const
{
    if (m_state == QLatin1String("unauthorized"))
        return tr("Máy chưa được cấp quyền gửi hồ sơ · %n hồ sơ chờ gửi", nullptr, m_stats.queued);
    if (m_state == QLatin1String("starting"))
        return tr("Đang kiểm tra kết nối");
    if (m_state == QLatin1String("offline"))
        return m_stats.queued > 0 ? tr("Mất kết nối · %n hồ sơ chờ gửi", nullptr, m_stats.queued)
                                  : tr("Mất kết nối");
    if (m_stats.queued > 0)
        return tr("Đang gửi · %n hồ sơ chờ gửi", nullptr, m_stats.queued);
    return tr("Đã kết nối");
}

} // namespace motcua
