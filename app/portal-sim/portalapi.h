// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

class QHttpServerRequest;

namespace motcua::sim {

class CatalogOffer;
class SimStore;
struct SimStats;

// The contract's endpoints under /api/v1 (docs/portal-protocol.md), once the request has
// passed the fault plan and the token check.
class PortalApi
{
public:
    PortalApi(SimStore &store, const CatalogOffer &catalog, SimStats &stats)
        : m_store(store), m_catalog(catalog), m_stats(stats)
    {
    }

    // GET /api/v1/ping
    [[nodiscard]] Reply ping() const;
    // POST /api/v1/filings
    [[nodiscard]] Reply postFiling(const QHttpServerRequest &request);
    // GET /api/v1/filings/{fileCode}
    [[nodiscard]] Reply filing(const QString &fileCode);
    // PUT /api/v1/filings/{fileCode}/rating
    [[nodiscard]] Reply putRating(const QString &fileCode, const QByteArray &body);
    // GET /api/v1/catalog?since=V
    [[nodiscard]] Reply catalog(const QHttpServerRequest &request) const;

    // A request header, whatever the case of its name; empty when absent.
    [[nodiscard]] static QByteArray header(const QHttpServerRequest &request, const QByteArray &name);

private:
    SimStore &m_store;
    const CatalogOffer &m_catalog;
    SimStats &m_stats;
};

} // namespace motcua::sim
