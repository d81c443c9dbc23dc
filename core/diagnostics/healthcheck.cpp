// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcheck.h"

#include <algorithm>

namespace motcua {

QJsonObject HealthCheck::toJson() const
{
    QJsonObject o = values;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("status"), healthName(health));
    o.insert(QStringLiteral("detail"), detail);
    return o;
}

std::optional<HealthCheck> HealthCheck::fromJson(const QJsonObject &o)
{
    const auto health = healthFromName(o.value(QStringLiteral("status")).toString());
    const QString id = o.value(QStringLiteral("id")).toString();
    if (!health || id.isEmpty())
        return std::nullopt;
    QJsonObject values = o;
    for (const char *key : {"id", "status", "detail"})
        values.remove(QLatin1String(key));
    return HealthCheck{id, *health, o.value(QStringLiteral("detail")).toString(), values};
}

std::optional<Health> healthFromName(const QString &name)
{
    for (Health h : {Health::NotApplicable, Health::Skipped, Health::Ok, Health::Degraded, Health::Broken}) {
        if (healthName(h) == name)
            return h;
    }
    return std::nullopt;
}

QString healthName(Health health)
{
    switch (health) {
    case Health::NotApplicable: return QStringLiteral("n/a");
    case Health::Skipped: return QStringLiteral("skipped");
    case Health::Ok: return QStringLiteral("ok");
    case Health::Degraded: return QStringLiteral("degraded");
    case Health::Broken: return QStringLiteral("broken");
    }
    return {};
}

Health worstHealth(const QList<HealthCheck> &checks)
{
    Health worst = Health::Ok;
    for (const HealthCheck &check : checks)
        worst = std::max(worst, check.health);
    return worst;
}

int exitCodeOf(Health health)
{
    switch (health) {
    case Health::Degraded: return 1;
    case Health::Broken: return 2;
    default: return 0;
    }
}

QString byteSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    const char *units[] = {"KB", "MB", "GB", "TB"};
    double value = double(bytes) / 1024;
    int unit = 0;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

QString duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return QStringLiteral("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

} // namespace motcua
