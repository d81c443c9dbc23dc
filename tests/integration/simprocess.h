// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace motcua::test {

// One HTTP exchange, done synchronously (see PortalSim::send).
struct HttpResult
{
    int status = 0; // the HTTP status; 0 when no reply came (dropped, refused, timed out)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // What QNetworkReply said. Note that it also reports HTTP error statuses (a 404 is
    // ContentNotFoundError), so look at `status` first.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    bool timedOut = false; // the client gave up waiting (and aborted the request)
    qint64 elapsedMs = 0;

    [[nodiscard]] bool replied() const { return status != 0; }
    // A reply header, whatever the case of its name; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    // The body as a JSON object (empty when it is not one).
    [[nodiscard]] QJsonObject json() const;
};

// The real motcua-portal-sim binary on a free loopback port, for tests.
//
//     PortalSim sim({QStringLiteral("--script"), QStringLiteral("500,ok")});
//     REQUIRE(sim.isRunning());
//     const HttpResult r = sim.api("GET", QStringLiteral("/api/v1/ping"));
//
// The constructor starts `motcua-portal-sim --port 0 ARGUMENTS...` (in-memory database unless
// ARGUMENTS has --db) and waits for its "listening on" line; the destructor stops it. Every
// call is synchronous: it runs an event loop until the answer comes or its timeout passes.
// Not copyable; one thread.
//
// Mind QNetworkAccessManager (and so PortalClient): when a connection closes before any byte
// of the reply, it resends the request once by itself, even a POST. A single scripted `drop`
// or `lost-reply` is therefore invisible to it (the resend gets the next outcome); script two
// in a row ("drop,drop") or use a rate of 1 for the client to see the network error.
class PortalSim
{
public:
    explicit PortalSim(const QStringList &arguments = {});
    ~PortalSim();
    PortalSim(const PortalSim &) = delete;
    PortalSim &operator=(const PortalSim &) = delete;

    // Started and listening. When not, error() says why.
    [[nodiscard]] bool isRunning() const;
    // Why it did not start, or why the last /sim/ helper failed (its reply or transport error).
    [[nodiscard]] QString error() const { return m_error; }
    // http://127.0.0.1:PORT (no trailing slash): the kiosk's portal_url.
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    // baseUrl() + "/api/v1/ping" ("path?query" works too).
    [[nodiscard]] QUrl url(const QString &pathAndQuery) const;
    // The device token it expects: --token from the arguments, else "demo-token".
    [[nodiscard]] QString token() const { return m_token; }
    // Everything it has written to stderr so far (one line per request).
    [[nodiscard]] QByteArray log();

    // Any request, as given (no token added). `headers` are set as they are; a body gets
    // Content-Type: application/json unless `headers` has one.
    [[nodiscard]] HttpResult send(const QByteArray &method, const QString &pathAndQuery,
                                  const QByteArray &body = {},
                                  const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                  int timeoutMs = 5000);
    // send() with "Authorization: Bearer <token()>" added: an /api/ request as a kiosk makes it.
    [[nodiscard]] HttpResult api(const QByteArray &method, const QString &pathAndQuery,
                                 const QByteArray &body = {},
                                 QList<QPair<QByteArray, QByteArray>> headers = {},
                                 int timeoutMs = 5000);

    // The /sim/ control endpoints (docs/portal-protocol.md; motcua-portal-sim --help). Each
    // returns false, with error() set, unless the simulator answered 200.
    // PUT /sim/faults: replaces every fault setting, e.g. {"dropRate": 1} or
    // {"script": ["500", "ok"], "retryAfter": 3}; {} clears them all.
    [[nodiscard]] bool setFaults(const QJsonObject &faults);
    // POST /sim/filings/{fileCode}/status {"status", "note"} (status: received, processing,
    // needs_documents, awaiting_payment, withdrawn, refused, result_ready, done).
    [[nodiscard]] bool setStatus(const QString &fileCode, const QString &status, const QString &note = {});
    // POST /sim/filings/{fileCode}/payment {"state": "paid"|"unpaid", "amount", "method", "reference"}.
    [[nodiscard]] bool setPayment(const QString &fileCode, const QJsonObject &payment);
    // PUT /sim/catalog {"version", "bundle" (base64), "signature" (base64)}: served as it is.
    [[nodiscard]] bool setCatalog(const QJsonObject &catalog);
    // GET /sim/stats: {"filings", "requests", "replays", "duplicates", "outcomes": {...}};
    // empty with error() set when it fails.
    [[nodiscard]] QJsonObject stats();

    // The simulator binary this build made.
    [[nodiscard]] static QString executable();

private:
    [[nodiscard]] bool control(const QByteArray &method, const QString &path, const QJsonObject &body);
    void readLog();

    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_token = QStringLiteral("demo-token");
    QString m_error;
    QByteArray m_log;
};

} // namespace motcua::test
