// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

namespace motcua::sim {

class CatalogOffer;
class FaultPlan;
class PortalApi;
class SimStore;
struct SimStats;

// The simulator's own endpoints under /sim/ (no token; never subject to faults): what a test
// or a demo uses to steer the portal.
class SimControl
{
public:
    SimControl(SimStore &store, PortalApi &api, FaultPlan &faults, CatalogOffer &catalog, SimStats &stats)
        : m_store(store), m_api(api), m_faults(faults), m_catalog(catalog), m_stats(stats)
    {
    }

    // PUT /sim/faults: replaces every fault setting; answers with the settings now in force.
    [[nodiscard]] Reply putFaults(const QByteArray &body);
    // POST /sim/filings/{fileCode}/status {"status", "note"}: answers with the filing as
    // GET /api/v1/filings/{fileCode} would.
    [[nodiscard]] Reply postStatus(const QString &fileCode, const QByteArray &body);
    // POST /sim/filings/{fileCode}/payment {"state", "amount", "method", "reference"}.
    [[nodiscard]] Reply postPayment(const QString &fileCode, const QByteArray &body);
    // PUT /sim/catalog {"version", "bundle", "signature"}: served exactly so.
    [[nodiscard]] Reply putCatalog(const QByteArray &body);
    // GET /sim/filings/{fileCode}: what the portal keeps of a filing besides its status
    // (filedOnBehalfBy, the rating and how many times it was PUT).
    [[nodiscard]] Reply filing(const QString &fileCode);
    // GET /sim/stats
    [[nodiscard]] Reply stats();

private:
    SimStore &m_store;
    PortalApi &m_api;
    FaultPlan &m_faults;
    CatalogOffer &m_catalog;
    SimStats &m_stats;
};

} // namespace motcua::sim
