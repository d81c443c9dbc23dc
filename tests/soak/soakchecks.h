// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace motcua::soak {

// The end checks of the chaos soak, on the files the killed and restarted worker left in `dir`
// (journal.log, filings.db, catalog.db) and the portal simulator's database.
struct SoakCheck
{
    QStringList problems;       // empty: the soak passed
    int filings = 0;            // in the outbox
    int atPortal = 0;           // stored by the portal
    int exactlyOnce = 0;        // outbox filings at the portal once, under their key and code
    int shownCodes = 0;         // file codes the journal says the citizen saw
    int unacknowledged = 0;     // filed by a commit a kill cut off before the code was shown
    int drafts = 0;             // drafts the journal saw created
    int draftsLeft = 0;         // still in filings.db at the end
    int resumed = 0;            // drafts taken up again after a kill
    int paid = 0;               // payments the journal saw confirmed
    int tornJournalLines = 0;
    int attempts = 0;           // POSTs the outbox counted, in all
    int statusesKept = 0;       // filings whose portal status the kiosk recorded
    QMap<QString, QString> integrity; // database → PRAGMA integrity_check

    [[nodiscard]] bool passed() const { return problems.isEmpty(); }
};

// `expected`: the filings the worker was asked for.
[[nodiscard]] SoakCheck checkSoak(const QString &dir, const QString &portalDatabase, int expected);

} // namespace motcua::soak
