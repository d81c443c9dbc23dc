// SPDX-License-Identifier: GPL-3.0-or-later
// bench-sync-drain: N queued filings (default 1000) drained by the SyncEngine into the real
// motcua-portal-sim on loopback, with no faults and with 20 % of requests faulted (500/503,
// 429, dropped, lost replies). Prints the time to drain, requests per filing and duplicates at
// the portal (must be 0), next to a baseline measured in the same run: the same number of
// POSTs sent back to back by a bare QNetworkAccessManager (no outbox, no SQLite).
// Goal: ≤ 30 s for 1,000 filings with no faults.
#include "../tests/integration/simprocess.h"

#include "outbox/filingstore.h"
#include "../tests/integration/samplefiling.h"
#include "outbox/portalclient.h"
#include "outbox/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

using namespace motcua;

namespace {


struct Drain
{
    double seconds = 0;
    int rounds = 0;
    int filingsAtPortal = 0;
    int requests = 0;
    int duplicates = 0;
    int left = 0;
};

Drain drain(int count, const QStringList &simArguments, const QJsonObject &faults)
{
    test::PortalSim sim(simArguments);
    if (!sim.isRunning()) {
        std::fprintf(stderr, "bench-sync-drain: %s\n", qPrintable(sim.error()));
        std::exit(1);
    }
    if (!faults.isEmpty() && !sim.setFaults(faults)) {
        std::fprintf(stderr, "bench-sync-drain: faults refused: %s\n", qPrintable(sim.error()));
        std::exit(1);
    }
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("filings.db"))).value();
    for (int i = 0; i < count; ++i)
        (void)store->submit({}, test::sampleSubmission(i, QTime(7, 0)));
    PortalClient client({sim.baseUrl(), sim.token(), {}, QStringLiteral("000.00.01.H01"), 2000});
    SyncEngine::Settings settings;
    settings.watchReachability = false;
    settings.scheduleRounds = false;
    settings.statusChecksPerRound = 0;
    SyncEngine engine(store.get(), &client, settings);
    Drain d;
    QElapsedTimer clock;
    clock.start();
    // Rounds back to back, each after the back-off is waived: the time is the sync's own.
    while (d.rounds < 200) {
        ++d.rounds;
        (void)store->makeAllDue();
        QEventLoop loop;
        SyncEngine::RoundSummary summary;
        engine.runRound([&](const SyncEngine::RoundSummary &s) {
            summary = s;
            loop.quit();
        });
        loop.exec();
        if (summary.remaining == 0)
            break;
    }
    d.seconds = clock.elapsed() / 1000.0;
    const QJsonObject stats = sim.stats();
    d.filingsAtPortal = stats.value(QStringLiteral("filings")).toInt();
    d.requests = stats.value(QStringLiteral("requests")).toInt();
    d.duplicates = stats.value(QStringLiteral("duplicates")).toInt();
    d.left = store->stats()->queued;
    return d;
}

// The same number of POSTs, one after another, from a bare client.
double baseline(int count)
{
    test::PortalSim sim;
    QNetworkAccessManager network;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("agencyCode"), QStringLiteral("000.00.01.H01")},
                                  {QStringLiteral("procedureCode"), QStringLiteral("2.000815")},
                                  {QStringLiteral("receivedAt"), QStringLiteral("2026-11-23T07:00:00+07:00")},
                                  {QStringLiteral("appointmentDate"), QStringLiteral("2026-11-24")},
                                  {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}}},
                                  {QStringLiteral("answers"), QJsonObject{}}})
            .toJson(QJsonDocument::Compact);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        QJsonObject filing = QJsonDocument::fromJson(body).object();
        filing.insert(QStringLiteral("fileCode"), QStringLiteral("000.00.01.H01-261123-%1").arg(i + 1, 4, 10, QLatin1Char('0')));
        QNetworkRequest request(sim.url(QStringLiteral("/api/v1/filings")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + sim.token().toLatin1());
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        QNetworkReply *reply = network.post(request, QJsonDocument(filing).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
    }
    return clock.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;
    QTextStream out(stdout);
    out << "bench-sync-drain: " << count << " filings into motcua-portal-sim on loopback\n";
    const double bare = baseline(count);
    out << QStringLiteral("  baseline, bare POSTs back to back:     %1 s (%2 per s)\n").arg(bare, 0, 'f', 2).arg(count / bare, 0, 'f', 0);
    const auto show = [&](const char *label, const Drain &d) {
        out << QStringLiteral("  %1 %2 s (%3 per s), %4 rounds, %5 requests per filing, %6 at the portal, "
                              "%7 duplicates, %8 left\n")
                   .arg(QLatin1String(label))
                   .arg(d.seconds, 0, 'f', 2)
                   .arg(count / d.seconds, 0, 'f', 0)
                   .arg(d.rounds)
                   .arg(double(d.requests) / count, 0, 'f', 2)
                   .arg(d.filingsAtPortal)
                   .arg(d.duplicates)
                   .arg(d.left);
        out.flush();
    };
    show("SyncEngine, no faults:                ", drain(count, {}, {}));
    // 20 % of requests faulted, spread over the kinds (rates of the simulator, seeded).
    show("SyncEngine, 20 % faults:              ",
         drain(count, {QStringLiteral("--seed"), QStringLiteral("11")},
               {{QStringLiteral("errorRate"), 0.08}, {QStringLiteral("rateLimitRate"), 0.04}, {QStringLiteral("retryAfter"), 1},
                {QStringLiteral("dropRate"), 0.04}, {QStringLiteral("lostReplyRate"), 0.04}, {QStringLiteral("seed"), 11}}));
    return 0;
}
