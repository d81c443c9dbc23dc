// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

// How one part of the kiosk stands (motcua diagnostics, the technician screen). In order of
// severity: the worst check of a run decides its verdict.
enum class Health {
    NotApplicable, // "n/a": not configured here (no printer, voice off, http portal and TLS)
    Skipped,       // "skipped": could not be checked because of another check's problem
    Ok,
    Degraded, // the kiosk works, but a technician should look (offline, disk filling up…)
    Broken,   // citizens cannot be served, or data is at risk
};

// One named check: a stable id ("database.filings"), its health, one English line a technician
// understands, and numbers for monitoring tools. Never personal data.
struct HealthCheck
{
    QString id;
    Health health = Health::Ok;
    QString detail;
    QJsonObject values; // extra JSON fields (sizeBytes, waiting, skewSeconds…)

    // {"id", "status", "detail", …values}
    [[nodiscard]] QJsonObject toJson() const;
    // Back from toJson(); nullopt when `o` is not a check.
    [[nodiscard]] static std::optional<HealthCheck> fromJson(const QJsonObject &o);
};

// "n/a", "skipped", "ok", "degraded", "broken"
[[nodiscard]] QString healthName(Health health);
[[nodiscard]] std::optional<Health> healthFromName(const QString &name);
// The worst health of `checks` (Ok when none is worse; n/a and skipped count as Ok).
[[nodiscard]] Health worstHealth(const QList<HealthCheck> &checks);
// The exit status monitoring tools read: 0 ok, 1 degraded, 2 broken.
[[nodiscard]] int exitCodeOf(Health health);
// 1234567 → "1.2 MB" (powers of 1024, one decimal from KB on).
[[nodiscard]] QString byteSize(qint64 bytes);
// 93784 → "1 d 2 h", 7500 → "2 h 5 min", 42 → "42 s".
[[nodiscard]] QString duration(qint64 seconds);

} // namespace motcua
