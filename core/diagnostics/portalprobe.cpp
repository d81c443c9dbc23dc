// SPDX-License-Identifier: GPL-3.0-or-later
#include "portalprobe.h"

#include <cstdlib>

namespace motcua {

namespace {

HealthCheck portalCheck(const PortalReply &reply, const QUrl &url, qint64 elapsedMs)
{
    HealthCheck check{QStringLiteral("portal"), Health::Ok, {},
                      {{QStringLiteral("url"), url.toString()}, {QStringLiteral("httpStatus"), reply.httpStatus},
                       {QStringLiteral("elapsedMs"), elapsedMs}}};
    if (reply.ok()) {
        check.detail = QStringLiteral("reachable, token accepted (%1 ms)").arg(elapsedMs);
    } else if (reply.kind == PortalReply::Kind::Unauthorized) {
        check.health = Health::Broken;
        check.detail = QStringLiteral("token rejected (%1): put this kiosk's device token in with motcua provision --token-file FILE").arg(reply.describe());
    } else if (reply.pin == PortalReply::Pin::Mismatched) {
        check.health = Health::Broken;
        check.detail = QStringLiteral("refused: the server's public key does not match portal_pin_sha256");
    } else if (reply.httpStatus == 0) {
        check.health = Health::Degraded;
        check.detail = QStringLiteral("unreachable at %1 (%2); filings wait in the outbox").arg(url.toString(), reply.describe());
    } else {
        check.health = Health::Degraded;
        check.detail = QStringLiteral("answered but not as expected (%1)").arg(reply.describe());
    }
    return check;
}

HealthCheck tlsCheck(const PortalReply &reply, const QUrl &url, bool pinned)
{
    HealthCheck check{QStringLiteral("portal.tls"), Health::NotApplicable, {}, {}};
    if (url.scheme() != QLatin1String("https")) {
        check.detail = QStringLiteral("portal_url is not https: no TLS to check");
        return check;
    }
    if (!pinned) {
        check.detail = QStringLiteral("no portal_pin_sha256 set: the system's certificate authorities decide");
        return check;
    }
    switch (reply.pin) {
    case PortalReply::Pin::Matched:
        check.health = Health::Ok;
        check.detail = QStringLiteral("the server's public key matches portal_pin_sha256");
        break;
    case PortalReply::Pin::Mismatched:
        check.health = Health::Broken;
        check.detail = QStringLiteral("the server's public key does not match portal_pin_sha256");
        break;
    case PortalReply::Pin::NotChecked:
        check.health = Health::Skipped;
        check.detail = QStringLiteral("no TLS session with the portal (%1)").arg(reply.describe());
        break;
    }
    return check;
}

HealthCheck clockCheck(const PortalReply &reply, const QDateTime &kioskNow)
{
    HealthCheck check{QStringLiteral("clock"), Health::Ok, {}, {}};
    QDateTime portalNow = reply.serverDate;
    QString source = QStringLiteral("Date header");
    if (!portalNow.isValid() && reply.ok()) {
        portalNow = QDateTime::fromString(reply.body.value(QStringLiteral("time")).toString(), Qt::ISODate);
        source = QStringLiteral("ping time");
    }
    if (!portalNow.isValid()) {
        check.health = Health::Skipped;
        check.detail = reply.httpStatus == 0 ? QStringLiteral("the portal did not answer")
                                             : QStringLiteral("the portal's reply has no Date header");
        return check;
    }
    // Positive: this kiosk's clock is ahead of the portal's. The Date header has whole seconds.
    const qint64 skew = portalNow.secsTo(kioskNow);
    const qint64 size = std::llabs(skew);
    check.values = {{QStringLiteral("skewSeconds"), skew}, {QStringLiteral("portalTime"), portalNow.toUTC().toString(Qt::ISODate)}};
    const QString direction = skew > 0 ? QStringLiteral("ahead of") : QStringLiteral("behind");
    if (size <= 2) {
        check.detail = QStringLiteral("in step with the portal's %1").arg(source);
        return check;
    }
    check.detail = QStringLiteral("%1 %2 the portal's %3").arg(duration(size), direction, source);
    if (size > PortalProbe::kSkewBrokenSeconds) {
        check.health = Health::Broken;
        check.detail += QStringLiteral(" (over %1: file codes and appointment dates go wrong; set the time, e.g. timedatectl)")
                            .arg(duration(PortalProbe::kSkewBrokenSeconds));
    } else if (size > PortalProbe::kSkewDegradedSeconds) {
        check.health = Health::Degraded;
        check.detail += QStringLiteral(" (over %1; is NTP on? timedatectl)").arg(duration(PortalProbe::kSkewDegradedSeconds));
    }
    return check;
}

} // namespace

PortalProbe::PortalProbe(const KioskConfig &config, int timeoutMs, QObject *parent)
    : QObject(parent),
      m_client([&] {
          PortalClient::Settings settings = PortalClient::settingsFrom(config);
          settings.timeoutMs = timeoutMs;
          return settings;
      }()),
      m_url(config.portalUrl),
      m_pinned(!config.portalPinSha256.isEmpty())
{
}

void PortalProbe::run(Callback done)
{
    m_clock.start();
    m_client.ping([this, done = std::move(done)](const PortalReply &reply) {
        done(read(reply, m_url, m_pinned, m_clock.elapsed(), QDateTime::currentDateTimeUtc()));
    });
}

QList<HealthCheck> PortalProbe::read(const PortalReply &reply, const QUrl &portalUrl, bool pinned, qint64 elapsedMs,
                                     const QDateTime &kioskNow)
{
    return {portalCheck(reply, portalUrl, elapsedMs), tlsCheck(reply, portalUrl, pinned), clockCheck(reply, kioskNow)};
}

} // namespace motcua
