// SPDX-License-Identifier: GPL-3.0-or-later
#include "portalserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace motcua::sim {

namespace {

using Method = QHttpServerRequest::Method;

Reply faultReply(const Outcome &outcome, int retryAfter)
{
    switch (outcome.kind) {
    case Outcome::Kind::Internal:
        return Reply::error(500, QStringLiteral("internal"), QStringLiteral("simulated internal error"));
    case Outcome::Kind::Unavailable:
        return Reply::error(503, QStringLiteral("unavailable"), QStringLiteral("simulated outage"));
    case Outcome::Kind::RateLimited: {
        Reply r = Reply::error(429, QStringLiteral("rate_limited"), QStringLiteral("simulated rate limit"));
        r.retryAfter = QByteArray::number(retryAfter);
        return r;
    }
    case Outcome::Kind::Invalid:
        return Reply::error(400, QStringLiteral("invalid"), QStringLiteral("simulated: scripted 400"));
    default:
        return {};
    }
}

bool isFault(const Outcome &outcome)
{
    return !faultReply(outcome, 0).code.isEmpty();
}

} // namespace

PortalServer::PortalServer(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_api(m_store, m_options.catalog, m_stats),
      m_control(m_store, m_api, m_faults, m_options.catalog, m_stats)
{
    m_faults.setSettings(m_options.faults);
    addRoutes();
}

PortalServer::~PortalServer() = default;

Result<quint16> PortalServer::start(const QHostAddress &address, quint16 port)
{
    if (const Status opened = m_store.open(m_options.databasePath); !opened)
        return Error{opened.error()};
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0)
        return Error{QStringLiteral("cannot listen on %1 port %2").arg(address.toString()).arg(port)};
    return bound;
}

void PortalServer::addRoutes()
{
    m_http.route(QStringLiteral("/api/v1/ping"), Method::Get,
                 [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveApi(req, std::move(resp), [this] { return m_api.ping(); });
                 });
    m_http.route(QStringLiteral("/api/v1/filings"), Method::Post,
                 [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveApi(req, std::move(resp), [this, &req] { return m_api.postFiling(req); }, true);
                 });
    m_http.route(QStringLiteral("/api/v1/filings/<arg>"), Method::Get,
                 [this](const QString &code, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveApi(req, std::move(resp), [this, code] { return m_api.filing(code); });
                 });
    m_http.route(QStringLiteral("/api/v1/filings/<arg>/rating"), Method::Put,
                 [this](const QString &code, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveApi(req, std::move(resp), [this, code, &req] { return m_api.putRating(code, req.body()); });
                 });
    m_http.route(QStringLiteral("/api/v1/catalog"), Method::Get,
                 [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveApi(req, std::move(resp), [this, &req] { return m_api.catalog(req); });
                 });

    m_http.route(QStringLiteral("/sim/faults"), Method::Put,
                 [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveSim(req, std::move(resp), [this, &req] { return m_control.putFaults(req.body()); });
                 });
    m_http.route(QStringLiteral("/sim/filings/<arg>/status"), Method::Post,
                 [this](const QString &code, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveSim(req, std::move(resp), [&] { return m_control.postStatus(code, req.body()); });
                 });
    m_http.route(QStringLiteral("/sim/filings/<arg>/payment"), Method::Post,
                 [this](const QString &code, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveSim(req, std::move(resp), [&] { return m_control.postPayment(code, req.body()); });
                 });
    m_http.route(QStringLiteral("/sim/filings/<arg>"), Method::Get,
                 [this](const QString &code, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveSim(req, std::move(resp), [&] { return m_control.filing(code); });
                 });
    m_http.route(QStringLiteral("/sim/catalog"), Method::Put,
                 [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveSim(req, std::move(resp), [this, &req] { return m_control.putCatalog(req.body()); });
                 });
    m_http.route(QStringLiteral("/sim/stats"), Method::Get,
                 [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     serveSim(req, std::move(resp), [this] { return m_control.stats(); });
                 });

    // Last: anything else, whatever the method (the router tries the rules in order).
    m_http.route(QStringLiteral("/<arg>"), [](const QUrl &, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
        const Reply reply = Reply::error(404, QStringLiteral("not_found"),
                                         QStringLiteral("no such endpoint: %1").arg(req.url().path()));
        log(req, QStringLiteral("unrouted"), &reply);
        reply.writeTo(resp);
    });
}

bool PortalServer::authorized(const QHttpServerRequest &request) const
{
    return PortalApi::header(request, "Authorization") == "Bearer " + m_options.token.toUtf8();
}

void PortalServer::serveApi(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                            const Handler &handler, bool storesFiling)
{
    ++m_stats.requests;
    const Outcome outcome = m_faults.next(storesFiling);
    ++m_stats.outcomes[outcome.key()];
    QTcpSocket *socket = responder.socket();
    if (outcome.kind == Outcome::Kind::Timeout) {
        log(request, outcome.key(), nullptr);
        hold(std::move(responder));
        return;
    }
    if (outcome.kind == Outcome::Kind::Drop) {
        log(request, outcome.key(), nullptr);
        drop(socket);
        return;
    }
    Reply reply;
    if (isFault(outcome))
        reply = faultReply(outcome, m_faults.retryAfter());
    else if (!authorized(request))
        reply = Reply::error(401, QStringLiteral("unauthorized"), QStringLiteral("missing or wrong device token"));
    else
        reply = handler();
    if (outcome.kind == Outcome::Kind::LostReply) {
        log(request, outcome.key() + QStringLiteral(" (handled, reply not sent)"), &reply);
        drop(socket);
        return;
    }
    log(request, outcome.key(), &reply, outcome.delayMs);
    send(std::move(responder), reply, outcome.delayMs);
}

void PortalServer::serveSim(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                            const Handler &handler)
{
    const Reply reply = request.remoteAddress().isLoopback()
        ? handler()
        : Reply::error(403, QStringLiteral("forbidden"), QStringLiteral("/sim/ answers on loopback only"));
    log(request, QStringLiteral("sim"), &reply);
    reply.writeTo(responder);
}

void PortalServer::send(QHttpServerResponder &&responder, const Reply &reply, int delayMs)
{
    if (delayMs <= 0) {
        reply.writeTo(responder);
        return;
    }
    auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
    // With the socket as context: when the client has gone and the socket is deleted, the
    // reply is dropped with it.
    QTimer::singleShot(delayMs, later->socket(), [later, reply] {
        if (later->socket()->state() == QAbstractSocket::ConnectedState)
            reply.writeTo(*later);
    });
}

void PortalServer::hold(QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    m_held[socket] = std::make_unique<QHttpServerResponder>(std::move(responder));
    const auto release = [this, socket] { m_held.erase(socket); };
    connect(socket, &QAbstractSocket::disconnected, this, release);
    connect(socket, &QObject::destroyed, this, release);
}

void PortalServer::drop(QTcpSocket *socket)
{
    // After the server is done with this request: abort() inside its handler would pull the
    // socket from under it.
    QTimer::singleShot(0, socket, [socket] { socket->abort(); });
}

void PortalServer::log(const QHttpServerRequest &request, const QString &outcome, const Reply *reply,
                       int delayMs)
{
    const char *method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    QString line = QStringLiteral("%1 %2 outcome=%3 status=%4")
                       .arg(QString::fromLatin1(method ? method : "?").toUpper(),
                            request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority),
                            outcome, reply ? QString::number(reply->status) : QStringLiteral("none"));
    if (reply && !reply->code.isEmpty())
        line += QStringLiteral(" code=") + reply->code;
    if (delayMs > 0)
        line += QStringLiteral(" delay=%1ms").arg(delayMs);
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace motcua::sim
