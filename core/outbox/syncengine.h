// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/filingstore.h"
#include "outbox/portalclient.h"
#include "outbox/ratingsender.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace motcua {

// Sends the outbox to the portal (docs/portal-protocol.md, "Retry rules"): one filing in
// flight, oldest first, the filing's id as Idempotency-Key; back-off with jitter, capped, and
// Retry-After honoured; permanent errors set aside for the clerk; personal data purged after
// the acknowledgement. Then sends the satisfaction ratings that are due (RatingSender) and
// asks the portal how sent filings stand (status, payment).
// A round starts when start() is called, when a filing falls due, every probe interval while
// the portal is unreachable, when the system reports the network back, and on syncNow().
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY changed) // starting | idle | syncing | offline | unauthorized
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)   // filings not yet at the portal
    Q_PROPERTY(int failed READ failed NOTIFY changed)     // set aside: a clerk must look
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed) // for the header, in the kiosk's language

public:
    struct Settings
    {
        int baseBackoffMs = 5'000;
        int maxBackoffMs = 15 * 60'000;
        double jitter = 0.2;          // ± this fraction
        int probeSeconds = 60;        // while unreachable with filings waiting
        int retentionDays = 0;        // personal data kept after the acknowledgement
        int statusCheckMinutes = 10;  // how stale a sent filing's status may get
        int statusChecksPerRound = 20;
        bool watchReachability = true;
        bool scheduleRounds = true;   // false: rounds only when asked (CLI, tests)
    };

    struct RoundSummary
    {
        bool reachable = false;
        int sent = 0;
        int deferred = 0;
        int failed = 0;
        int remaining = 0;  // still waiting after the round
        int checked = 0;    // sent filings whose status was refreshed
        int ratingsSent = 0;
        int ratingsRefused = 0; // refused for good by the portal: not sent again
        QString error;      // why the round stopped early (English)
        [[nodiscard]] QJsonObject toJson() const;
    };

    SyncEngine(FilingStore *store, PortalClient *portal, Settings settings, QObject *parent = nullptr);
    [[nodiscard]] static Settings settingsFrom(const KioskConfig &config);

    // Queues again what a crash left `sending`, and runs the first round.
    void start();
    // One round, then `done` (motcua sync --once). Asked during a round, it runs after it.
    void runRound(std::function<void(const RoundSummary &)> done = {});
    Q_INVOKABLE void syncNow();
    // The clerk's "Gửi lại": a failed filing is queued and a round starts.
    Q_INVOKABLE bool retry(const QString &fileCode);

    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] bool online() const { return m_state == QLatin1String("idle") || m_state == QLatin1String("syncing"); }
    [[nodiscard]] int waiting() const { return m_stats.queued; }
    [[nodiscard]] int failed() const { return m_stats.failed; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] QString statusText() const;

    // The wait before attempt `attempts` + 1: base · 2^(attempts−1), capped, times (1 ± jitter)
    // with `unit` in [0, 1) choosing where in that band.
    [[nodiscard]] static qint64 backoffMs(int attempts, const Settings &settings, double unit);

Q_SIGNALS:
    void changed();
    void roundFinished(const motcua::SyncEngine::RoundSummary &summary);

private:
    void sendNext();
    void onFilingReply(const Filing &filing, const PortalReply &reply);
    // After the filings: the ratings that are due, then the statuses.
    void sendRatings();
    void checkStatuses(QList<Filing> toCheck);
    // Deletes the personal data of filings acknowledged more than retentionDays ago.
    void purgeExpired();
    void finishRound(const QString &state, const QString &error);
    void scheduleNextRound();
    void refreshStats();
    void setState(const QString &state, const QString &error);
    void watchReachability();

    FilingStore *m_store;
    PortalClient *m_portal;
    Settings m_settings;
    RatingSender m_ratings;
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false;
    RoundSummary m_round;
    QList<std::function<void(const RoundSummary &)>> m_waiters;     // for the round running
    QList<std::function<void(const RoundSummary &)>> m_nextWaiters; // for the one after it
    QString m_state = QStringLiteral("starting");
    QString m_lastError;
    OutboxStats m_stats;
};

} // namespace motcua
