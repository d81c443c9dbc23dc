// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-soak-worker: the kiosk without a screen for the chaos soak (tst_chaos.cpp). The real
// core on real files in --dir (catalog from the embedded demo bundle, filings.db), filings
// filled through the Walkthrough at a random pace, and the real SyncEngine sending them to the
// portal at --portal and looking up the status of those sent. It fills until the outbox holds --filings, then waits until every filing
// has left it, and exits 0. It is meant to be killed (SIGKILL) at any moment and started again.
#include "filingdriver.h"

#include "catalog/catalogstore.h"
#include "outbox/portalclient.h"
#include "outbox/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <random>

using namespace motcua;
using namespace motcua::soak;

namespace {

int failWith(const QString &why)
{
    std::fprintf(stderr, "motcua-soak-worker: %s\n", why.toUtf8().constData());
    return 3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("dir"), QStringLiteral("folder of the databases and the journal"), QStringLiteral("DIR")},
                       {QStringLiteral("portal"), QStringLiteral("portal URL"), QStringLiteral("URL")},
                       {QStringLiteral("token"), QStringLiteral("device token"), QStringLiteral("TOKEN")},
                       {QStringLiteral("filings"), QStringLiteral("filings to file in all"), QStringLiteral("N")},
                       {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("N")},
                       {QStringLiteral("pace-ms"), QStringLiteral("mean pause between two acts"), QStringLiteral("MS")}});
    parser.process(app);
    const QDir dir(parser.value(QStringLiteral("dir")));
    const int target = parser.value(QStringLiteral("filings")).toInt();
    const int paceMs = parser.value(QStringLiteral("pace-ms")).toInt();
    std::mt19937 random(parser.value(QStringLiteral("seed")).toUInt());

    ActivityMarker marker(dir.filePath(QStringLiteral("marker.bin")));
    if (!marker.isOpen())
        return failWith(QStringLiteral("cannot map the activity marker"));
    marker.set(Activity::StartingUp);
    const SoakJournal::Read before = SoakJournal::read(dir.filePath(QStringLiteral("journal.log")));
    SoakJournal journal(dir.filePath(QStringLiteral("journal.log")));
    if (!journal.isOpen())
        return failWith(QStringLiteral("cannot open the journal"));
    auto catalog = CatalogStore::openSeeded(dir.filePath(QStringLiteral("catalog.db")));
    if (!catalog)
        return failWith(catalog.error());
    auto store = FilingStore::open(dir.filePath(QStringLiteral("filings.db")));
    if (!store)
        return failWith(store.error());

    PortalClient portal({QUrl(parser.value(QStringLiteral("portal"))), parser.value(QStringLiteral("token")), {},
                         QStringLiteral("000.00.01.H22"), 1500});
    SyncEngine::Settings settings;
    settings.baseBackoffMs = 200;
    settings.maxBackoffMs = 2000;
    settings.probeSeconds = 1;
    settings.watchReachability = false;
    settings.statusCheckMinutes = 0; // every round also looks up the status of sent filings
    SyncEngine engine(store.value().get(), &portal, settings);

    FilingDriver driver(catalog.value().get(), store.value().get(), &journal, &marker, target, random());
    driver.startUp(before);
    engine.start();
    marker.set(Activity::BetweenWrites);

    // The acts, each after a random pause; then the outbox drains and the worker stops.
    std::exponential_distribution<double> pause(1.0 / std::max(1, paceMs));
    QTimer act;
    act.setSingleShot(true);
    int exitCode = 0;
    QObject::connect(&act, &QTimer::timeout, &app, [&] {
        const int filedBefore = driver.filed();
        const bool more = driver.step();
        if (!driver.fatal().isEmpty()) {
            exitCode = failWith(driver.fatal());
            QCoreApplication::exit(exitCode);
            return;
        }
        if (driver.filed() != filedBefore)
            engine.syncNow();
        if (more) {
            act.start(int(std::min(pause(random), 20.0 * paceMs)));
            return;
        }
        // The outbox itself, not the engine's count of its last round (a filing made since
        // would be left behind).
        const auto outbox = store.value()->stats();
        if (outbox && outbox->queued == 0) {
            QCoreApplication::exit(0);
            return;
        }
        act.start(100); // draining
    });
    act.start(0);
    return QCoreApplication::exec();
}
