// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activitymarker.h"
#include "soakjournal.h"

#include "forms/walkthrough.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <random>

namespace motcua::soak {

// The citizen at the kiosk, for the chaos soak: fills filings through the real Walkthrough one
// small act per step() (one answer, Next, submit, pay), with the demo answers of each form,
// and tells the journal and the activity marker what it does. After a restart it first takes
// up the drafts a kill interrupted, as a citizen who comes back would, then starts new filings
// until the outbox holds `target`.
class FilingDriver
{
public:
    FilingDriver(CatalogStore *catalog, FilingStore *store, SoakJournal *journal, ActivityMarker *marker,
                 int target, quint32 seed);
    ~FilingDriver();

    // Confirms the fees a kill left unpaid and counts the outbox: once, before the first step().
    // `before`: the journal as the previous runs left it (the answers they saw saved).
    void startUp(const SoakJournal::Read &before);
    // One act. False once there is nothing left to fill (target reached, no draft waiting).
    bool step();
    // A form refused its demo answers or the store failed: the soak cannot go on (English).
    [[nodiscard]] QString fatal() const { return m_fatal; }
    [[nodiscard]] int filed() const { return m_filed; }

private:
    void startFiling();
    bool resumeDraft(const Draft &draft);
    void queueStepFields();
    void answerNext();
    void submit();
    void pay(const QString &fileCode);
    void fail(const QString &why);

    CatalogStore *m_catalog;
    FilingStore *m_store;
    SoakJournal *m_journal;
    ActivityMarker *m_marker;
    int m_target;
    std::mt19937 m_random;
    std::unique_ptr<Walkthrough> m_walk;
    QStringList m_procedures; // those with a form and demo answers
    QJsonObject m_answers;    // the demo answers of the filing under way
    QStringList m_toAnswer;   // the current step's fields still to answer
    QHash<QString, QSet<QString>> m_savedBefore; // draft → fields journaled as saved before a kill
    int m_filed = 0;
    QString m_fatal;
};

} // namespace motcua::soak
