// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/filingstore.h"
#include "outbox/portalclient.h"

#include <functional>

namespace motcua {

// Sends the satisfaction ratings that are due (FilingStore::ratingsToSend) to the portal, one
// at a time: PUT /api/v1/filings/{fileCode}/rating (docs/portal-protocol.md). A step of each
// SyncEngine round, after the filings. Stored (200): marked sent, final. Refused for good (404,
// 400, other 4xx): set aside with the reason and never sent again (a replaced rating is due
// again). Transient (5xx, 429, a malformed reply): left due for the next round. No network, or
// the token refused: the step stops and says so.
class RatingSender
{
public:
    struct Outcome
    {
        int sent = 0;
        int refused = 0;
        int deferred = 0;
        QString stopState; // "" went through the list; "offline" or "unauthorized": stopped there
        QString error;     // why it stopped (English)
    };
    using Done = std::function<void(const Outcome &)>;

    RatingSender(FilingStore *store, PortalClient *portal, int perRound = 50)
        : m_store(store), m_portal(portal), m_perRound(perRound)
    {
    }

    // Sends up to perRound due ratings, then calls `done` once.
    void run(Done done);

private:
    void sendNext(QList<Filing> due, Outcome outcome, Done done);
    // Acts on the portal's answer to one rating; false when the step must stop.
    bool onReply(const Filing &filing, const PortalReply &reply, Outcome &outcome);

    FilingStore *m_store;
    PortalClient *m_portal;
    int m_perRound;
};

} // namespace motcua
