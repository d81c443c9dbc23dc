// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>
#include <utility>

namespace motcua::sim {

// What the simulator does with one /api/ request instead of (or on top of) answering it.
struct Outcome
{
    enum class Kind {
        Ok,            // answer normally
        Internal,      // 500 internal
        Unavailable,   // 503 unavailable
        RateLimited,   // 429 rate_limited with Retry-After
        Timeout,       // accept, never answer (until the client gives up)
        Drop,          // close the connection without a reply
        LostReply,     // handle the request (a filing is stored), then close without the reply
        Invalid,       // 400 invalid (scripted only)
    };
    Kind kind = Kind::Ok;
    int delayMs = 0; // the reply (if any) leaves this much later

    // The name in the statistics and the log: ok, 500, 503, 429, timeout, drop, lost-reply,
    // 400; "slow" for an answered request that was only delayed.
    [[nodiscard]] QString key() const;
    // One entry of --script / "script": ok, 500, 503, 429, timeout, drop, lost-reply,
    // slow:MS, 400.
    [[nodiscard]] static std::optional<Outcome> fromScriptEntry(const QString &entry);
};

// Every fault setting, as PUT /sim/faults and the command line know it.
struct FaultSettings
{
    double errorRate = 0;     // 500 or 503, half each
    double rateLimitRate = 0; // 429
    double timeoutRate = 0;
    double dropRate = 0;
    double lostReplyRate = 0; // POST /api/v1/filings only
    int retryAfter = 1;       // seconds, sent with 429
    int slowMs = 0;           // every answered /api/ request waits this long
    QStringList script;       // outcomes for the next requests, before the rates apply again
    quint64 seed = 0;

    // The command-line flag and the JSON name of each setting.
    struct Name
    {
        QString flag; // without the leading "--"
        QString json;
    };
    [[nodiscard]] static const QList<Name> &names();

    // Reads the JSON of PUT /sim/faults; a missing name takes its default (0, empty, and 1 s
    // for retryAfter). With `flagNames` the errors name the command-line flags instead (the
    // command line is converted to the same JSON first). Rates are 0..1 and add up to 1 at most.
    [[nodiscard]] static Result<FaultSettings> fromJson(const QJsonObject &o, bool flagNames = false);
    [[nodiscard]] QJsonObject toJson() const;
};

// The fault settings in force, the script still to play and the random generator that
// picks outcomes (seeded, so a run repeats).
class FaultPlan
{
public:
    FaultPlan() { setSettings({}); }

    void setSettings(const FaultSettings &settings);
    [[nodiscard]] const FaultSettings &settings() const { return m_settings; }
    [[nodiscard]] int retryAfter() const { return m_settings.retryAfter; }

    // The outcome for the next /api/ request. `storesFiling`: it is a POST /api/v1/filings, the
    // only request the lost-reply rate applies to.
    [[nodiscard]] Outcome next(bool storesFiling);

private:
    [[nodiscard]] double draw();

    FaultSettings m_settings;
    QList<Outcome> m_script;
    std::mt19937_64 m_random;
};

} // namespace motcua::sim
