// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogoffer.h"
#include "common/result.h"
#include "faultplan.h"
#include "portalapi.h"
#include "simcontrol.h"
#include "simstats.h"
#include "simstore.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

class QTcpSocket;

namespace motcua::sim {

// motcua-portal-sim's HTTP side: routes every request, applies the fault plan to /api/,
// checks the device token, logs one line per request (never a body) and sends the reply
// now, later, or never.
class PortalServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString token = QStringLiteral("demo-token");
        QString databasePath; // empty: in memory
        FaultSettings faults;
        CatalogOffer catalog;
    };

    explicit PortalServer(Options options, QObject *parent = nullptr);
    ~PortalServer() override;

    // Opens the store and listens; returns the port (useful with port 0).
    [[nodiscard]] Result<quint16> start(const QHostAddress &address, quint16 port);

private:
    using Handler = std::function<Reply()>;

    void addRoutes();
    // An /api/ request: fault plan, then token, then `handler`.
    void serveApi(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                  const Handler &handler, bool storesFiling = false);
    // A /sim/ request: loopback only, never faulted.
    void serveSim(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                  const Handler &handler);
    void send(QHttpServerResponder &&responder, const Reply &reply, int delayMs);
    // Keeps the request open without an answer until the client goes away.
    void hold(QHttpServerResponder &&responder);
    // Closes the connection without a reply.
    static void drop(QTcpSocket *socket);
    [[nodiscard]] bool authorized(const QHttpServerRequest &request) const;
    static void log(const QHttpServerRequest &request, const QString &outcome, const Reply *reply,
                    int delayMs = 0);

    Options m_options;
    SimStore m_store;
    FaultPlan m_faults;
    SimStats m_stats;
    PortalApi m_api;
    SimControl m_control;
    QHttpServer m_http;
    std::map<QTcpSocket *, std::unique_ptr<QHttpServerResponder>> m_held;
};

} // namespace motcua::sim
