// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/kioskconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;

namespace motcua {

// One answer of the portal, sorted the way docs/portal-protocol.md says the kiosk acts on it.
struct PortalReply
{
    // A Retry-After longer than this (a typo, a hostile proxy) waits this long: a day.
    static constexpr int kMaxRetryAfterSeconds = 24 * 60 * 60;

    enum class Kind {
        Ok,           // 2xx, and the body passed its schema check
        Transient,    // try again later: network, timeout, 408/409/429/5xx, a malformed reply
        Permanent,    // the filing itself is refused: other 4xx
        Unauthorized, // 401/403: the device token; nothing is the filing's fault
    };
    Kind kind = Kind::Transient;
    int httpStatus = 0;   // 0: no HTTP reply at all
    QJsonObject body;     // a 2xx body (empty for 204)
    QString code;         // the portal's error code ("rate_limited", …)
    QString error;        // English, for the log and the clerk
    std::optional<int> retryAfterSeconds; // 0 … kMaxRetryAfterSeconds
    // The reply's HTTP Date header (UTC; invalid when it had none): the portal's clock.
    QDateTime serverDate;
    // portal_pin_sha256 against the server's public key: not compared (no pin, or no TLS),
    // matched, or not (the request was then aborted: a network error).
    enum class Pin { NotChecked, Matched, Mismatched };
    Pin pin = Pin::NotChecked;

    [[nodiscard]] bool ok() const { return kind == Kind::Ok; }
    // "HTTP 503 unavailable: …", "network: Connection refused"
    [[nodiscard]] QString describe() const;
};

// What came back for one request, as the network layer saw it: the portal's rules
// (PortalClient::interpret) apply to it without a network, so they can be tested and fuzzed.
struct RawPortalReply
{
    int httpStatus = 0;     // 0: no HTTP reply at all
    QString transportError; // the network layer's words: why there was no reply, or for the status
    QByteArray dateHeader;
    QByteArray retryAfterHeader;
    QByteArray body;
    PortalReply::Pin pin = PortalReply::Pin::NotChecked;
    QDateTime receivedAt = QDateTime::currentDateTimeUtc(); // what a Retry-After date counts from
};

// The kiosk's side of the portal contract (docs/portal-protocol.md) over QNetworkAccessManager:
// Bearer device token, optional pinned public key, a transfer timeout, and a schema check of
// every reply. Asynchronous: each call ends in exactly one callback, on this object's thread.
class PortalClient : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl baseUrl;
        QString token;
        QString pinSha256;  // base64 SHA-256 of the server's SubjectPublicKeyInfo; empty: no pin
        QString agencyCode;
        int timeoutMs = 30000;
    };
    using Callback = std::function<void(const PortalReply &)>;
    // A reply body's schema check: "" when it is what the contract says, else what is wrong.
    using Check = std::function<QString(const QJsonObject &)>;

    explicit PortalClient(Settings settings, QObject *parent = nullptr);
    [[nodiscard]] static Settings settingsFrom(const KioskConfig &config);

    void ping(Callback done);
    // POST /api/v1/filings: `body` is the exact bytes (the idempotency rule compares them).
    void postFiling(const QString &idempotencyKey, const QString &fileCode, const QByteArray &body, Callback done);
    void fetchStatus(const QString &fileCode, Callback done);
    // PUT /api/v1/filings/{fileCode}/rating: `body` from ratingPayload(). Idempotent at the portal.
    void putRating(const QString &fileCode, const QByteArray &body, Callback done);
    // 204 comes back Ok with an empty body.
    void fetchCatalog(const QString &sinceVersion, Callback done);

    // The schema checks of the replies: "" when the body is what the contract says, else
    // what is wrong (English).
    [[nodiscard]] static QString checkAcknowledgement(const QJsonObject &body, const QString &fileCode);
    [[nodiscard]] static QString checkStatus(const QJsonObject &body, const QString &fileCode);
    [[nodiscard]] static QString checkCatalog(const QJsonObject &body);
    [[nodiscard]] static QString checkRating(const QJsonObject &body, const QString &fileCode);
    // How the kiosk acts on an HTTP status (docs/portal-protocol.md, "Errors").
    [[nodiscard]] static PortalReply::Kind kindOf(int httpStatus);
    // An HTTP date ("Wed, 02 Dec 2026 16:50:50 GMT"), or invalid.
    [[nodiscard]] static QDateTime parseHttpDate(const QByteArray &value);
    // Retry-After: delta-seconds (ASCII digits) or an HTTP date, as seconds from `now`,
    // 0 … PortalReply::kMaxRetryAfterSeconds; nothing when it is neither.
    [[nodiscard]] static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // How the kiosk acts on a reply: its status, then the body's schema (`check`) for a 2xx.
    [[nodiscard]] static PortalReply interpret(const RawPortalReply &raw, const Check &check);

private:
    void send(const QByteArray &verb, const QString &path, const QByteArray &body,
              const QList<std::pair<QByteArray, QByteArray>> &headers, Check check, Callback done);
    [[nodiscard]] PortalReply readReply(QNetworkReply *reply, const Check &check, PortalReply::Pin pin) const;

    Settings m_settings;
    QNetworkAccessManager m_network;
};

} // namespace motcua
