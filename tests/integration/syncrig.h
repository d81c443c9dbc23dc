// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/filingstore.h"
#include "outbox/portalclient.h"
#include "outbox/syncengine.h"
#include "samplefiling.h"
#include "simprocess.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

namespace motcua::test {

// An outbox in a temporary folder, a sim, a client and an engine between them (tst_sync.cpp,
// tst_ratingsync.cpp).
struct Rig
{
    QTemporaryDir dir;
    std::unique_ptr<FilingStore> store;
    PortalSim sim;
    std::unique_ptr<PortalClient> client;
    std::unique_ptr<SyncEngine> engine;

    explicit Rig(const QStringList &simArguments = {}, SyncEngine::Settings settings = quiet(), int timeoutMs = 5000)
        : sim(simArguments)
    {
        REQUIRE(sim.isRunning());
        store = FilingStore::open(dir.filePath(QStringLiteral("filings.db"))).value();
        client = std::make_unique<PortalClient>(
            PortalClient::Settings{sim.baseUrl(), sim.token(), {}, QStringLiteral("000.00.01.H01"), timeoutMs});
        engine = std::make_unique<SyncEngine>(store.get(), client.get(), settings);
    }

    static SyncEngine::Settings quiet()
    {
        SyncEngine::Settings s;
        s.watchReachability = false;
        s.scheduleRounds = false; // each round when the test asks
        s.jitter = 0;
        return s;
    }

    // Files `count` filings; the first has a photo.
    QStringList file(int count)
    {
        QStringList codes;
        for (int i = 0; i < count; ++i) {
            Submission s = test::sampleSubmission(i);
            QString draft;
            if (i == 0) {
                draft = store->createDraft(s.procedureCode, 1).value();
                const auto photo = store->addAttachment(draft, QStringLiteral("giay-to.jpg"), QStringLiteral("image/jpeg"),
                                                        QByteArray(5000, 'x'));
                s.attachmentIds = {photo->id};
            }
            const auto filed = store->submit(draft, s);
            REQUIRE(filed.ok());
            codes.append(filed->fileCode);
        }
        return codes;
    }

    SyncEngine::RoundSummary round()
    {
        SyncEngine::RoundSummary summary;
        bool done = false;
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        engine->runRound([&](const SyncEngine::RoundSummary &s) {
            summary = s;
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        REQUIRE(done);
        return summary;
    }

    Filing filing(const QString &code) const { return *store->filingByCode(code).value(); }
};


} // namespace motcua::test
