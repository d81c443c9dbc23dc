// SPDX-License-Identifier: GPL-3.0-or-later
// The chaos soak (issue 11): filings made by the headless kiosk (motcua-soak-worker) while it is
// SIGKILLed at random moments and started again, against the portal simulator injecting every
// fault it knows; then the outbox drains with the faults off and soakchecks.cpp looks at what
// is left. Knobs: MOTCUA_SOAK_FILINGS (100), MOTCUA_SOAK_SEED (1), MOTCUA_SOAK_PACE_MS (2),
// MOTCUA_SOAK_KEEP=1 (keep the folder, printed). bench/soak-chaos.sh runs the full 1,000.
#include "activitymarker.h"
#include "soakchecks.h"

#include "../integration/simprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <random>

#ifndef MOTCUA_SOAK_WORKER_PATH
#error "MOTCUA_SOAK_WORKER_PATH must name the motcua-soak-worker binary"
#endif

using namespace motcua;
using namespace motcua::soak;

namespace {

int envNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// Runs the event loop (the simulator's log is read meanwhile) for `ms`, or until `worker` ends.
void waitFor(QProcess &worker, int ms)
{
    if (worker.state() == QProcess::NotRunning)
        return;
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    QObject::connect(&worker, &QProcess::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

// How many filings the worker has marked `sending`: a POST in flight.
int postsInFlight(const QString &filingsDb)
{
    if (!QFile::exists(filingsDb))
        return 0;
    int n = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("soak-peek"));
        db.setDatabaseName(filingsDb);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'sending'")) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("soak-peek"));
    return n;
}

QString tail(const QString &path, int bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    f.seek(std::max<qint64>(0, f.size() - bytes));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("chaos: filings survive SIGKILLs and every portal fault, each at the portal exactly once", "[soak]")
{
    const int filings = envNumber("MOTCUA_SOAK_FILINGS", 100);
    const int seed = envNumber("MOTCUA_SOAK_SEED", 1);
    const int paceMs = envNumber("MOTCUA_SOAK_PACE_MS", 2);
    const bool keep = envNumber("MOTCUA_SOAK_KEEP", 0) != 0;
    QElapsedTimer wall;
    wall.start();

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    dir.setAutoRemove(!keep);
    const QString portalDb = dir.filePath(QStringLiteral("portal.db"));
    const QString filingsDb = dir.filePath(QStringLiteral("filings.db"));
    const QString workerLog = dir.filePath(QStringLiteral("worker.log"));
    // Every kind of fault the simulator has, at once (retry-after 1 s with each 429).
    auto sim = std::make_unique<test::PortalSim>(QStringList{
        QStringLiteral("--db"), portalDb, QStringLiteral("--seed"), QString::number(seed),
        QStringLiteral("--error-rate"), QStringLiteral("0.08"), QStringLiteral("--rate-limit-rate"), QStringLiteral("0.04"),
        QStringLiteral("--retry-after"), QStringLiteral("1"), QStringLiteral("--timeout-rate"), QStringLiteral("0.02"),
        QStringLiteral("--drop-rate"), QStringLiteral("0.06"), QStringLiteral("--lost-reply-rate"), QStringLiteral("0.10"),
        QStringLiteral("--slow-ms"), QStringLiteral("20")});
    REQUIRE(sim->isRunning());

    ActivityMarker marker(dir.filePath(QStringLiteral("marker.bin")));
    REQUIRE(marker.isOpen());
    std::mt19937 random{quint32(seed)};
    std::uniform_int_distribution<int> killAfterMs(50, 1000);

    QProcess worker;
    worker.setStandardOutputFile(workerLog, QIODevice::Append);
    worker.setStandardErrorFile(workerLog, QIODevice::Append);
    worker.setProgram(QStringLiteral(MOTCUA_SOAK_WORKER_PATH));
    int runs = 0;
    const auto startWorker = [&] {
        worker.setArguments({QStringLiteral("--dir"), dir.path(), QStringLiteral("--portal"), sim->baseUrl().toString(),
                             QStringLiteral("--token"), sim->token(), QStringLiteral("--filings"), QString::number(filings),
                             QStringLiteral("--seed"), QString::number(seed * 100'000 + runs),
                             QStringLiteral("--pace-ms"), QString::number(paceMs)});
        worker.start();
        REQUIRE(worker.waitForStarted(10000));
        ++runs;
    };
    const auto endedBadly = [&] {
        return worker.exitStatus() != QProcess::NormalExit || worker.exitCode() != 0;
    };

    int kills = 0;
    int postsAtKill = 0;
    std::map<QString, int> killsByMoment;
    const qint64 chaosLimitMs = 60'000 + qint64(filings) * 3'000;
    while (marker.filed() < filings) {
        REQUIRE(wall.elapsed() < chaosLimitMs);
        startWorker();
        waitFor(worker, killAfterMs(random));
        if (worker.state() == QProcess::NotRunning) {
            INFO(tail(workerLog, 3000).toStdString());
            REQUIRE_FALSE(endedBadly());
            break; // it filed and sent everything before its kill
        }
        if (marker.filed() >= filings)
            break;
        const QString moment = QString::fromLatin1(activityName(marker.activity()));
        const int inFlight = postsInFlight(filingsDb);
        ::kill(pid_t(worker.processId()), SIGKILL);
        REQUIRE(worker.waitForFinished(10000));
        ++kills;
        ++killsByMoment[moment];
        postsAtKill += inFlight;
    }

    // The filings are made: the portal heals and the outbox drains.
    REQUIRE(sim->setFaults({}));
    if (worker.state() == QProcess::NotRunning && runs > 0 && kills > 0 && worker.exitStatus() == QProcess::CrashExit)
        startWorker();
    waitFor(worker, 120'000);
    {
        INFO(tail(workerLog, 3000).toStdString());
        REQUIRE(worker.state() == QProcess::NotRunning);
        REQUIRE_FALSE(endedBadly());
    }
    const QJsonObject stats = sim->stats();
    sim.reset(); // stopped: its database is complete
    const SoakCheck check = checkSoak(dir.path(), portalDb, filings);
    const double seconds = double(wall.elapsed()) / 1000.0;

    QStringList moments;
    for (const auto &[moment, n] : killsByMoment)
        moments.append(QStringLiteral("%1 %2").arg(moment).arg(n));
    QStringList outcomes;
    const QJsonObject byOutcome = stats.value(QStringLiteral("outcomes")).toObject();
    for (auto it = byOutcome.begin(); it != byOutcome.end(); ++it)
        outcomes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt()));
    QStringList integrity;
    for (auto it = check.integrity.cbegin(); it != check.integrity.cend(); ++it)
        integrity.append(QStringLiteral("%1 %2").arg(it.key(), it.value()));
    const QString report = QStringLiteral(
        "chaos soak: %1 filings, seed %2, pace %3 ms\n"
        "  wall time                %4 s\n"
        "  worker runs              %5 (kills %6, restarts %7)\n"
        "  kills by moment          %8\n"
        "  POSTs in flight at kill  %9\n"
        "  portal requests          %10 (%11)\n"
        "  filing POSTs             %12 (retries %13)\n"
        "  idempotent replays       %14, duplicates refused %15\n"
        "  drafts                   %16 (resumed after a kill %17, left %18)\n"
        "  file codes shown         %19 (filed by a commit cut off before the screen: %20)\n"
        "  payments confirmed       %21 (statuses looked up and kept: %27)\n"
        "  journal lines torn       %22\n"
        "  integrity_check          %23\n"
        "  at the portal            %24 of %25\n"
        "  exactly once             %26\n")
        .arg(filings).arg(seed).arg(paceMs)
        .arg(seconds, 0, 'f', 1)
        .arg(runs).arg(kills).arg(std::max(0, runs - 1))
        .arg(moments.isEmpty() ? QStringLiteral("-") : moments.join(QStringLiteral(", ")))
        .arg(postsAtKill)
        .arg(stats.value(QStringLiteral("requests")).toInt()).arg(outcomes.join(QStringLiteral(", ")))
        .arg(check.attempts).arg(check.attempts - check.filings)
        .arg(stats.value(QStringLiteral("replays")).toInt()).arg(stats.value(QStringLiteral("duplicates")).toInt())
        .arg(check.drafts).arg(check.resumed).arg(check.draftsLeft)
        .arg(check.shownCodes).arg(check.unacknowledged)
        .arg(check.paid)
        .arg(check.tornJournalLines)
        .arg(integrity.join(QStringLiteral(", ")))
        .arg(check.atPortal).arg(check.filings)
        .arg(check.passed() && check.exactlyOnce == filings ? QStringLiteral("yes (%1/%2)").arg(check.exactlyOnce).arg(filings)
                                                            : QStringLiteral("NO (%1/%2)").arg(check.exactlyOnce).arg(filings))
        .arg(check.statusesKept);
    std::printf("%s", report.toUtf8().constData());
    if (keep)
        std::printf("  kept                     %s\n", dir.path().toUtf8().constData());
    std::fflush(stdout);

    INFO(check.problems.mid(0, 30).join(u'\n').toStdString());
    CHECK(check.passed());
    CHECK(check.exactlyOnce == filings);
    CHECK(stats.value(QStringLiteral("duplicates")).toInt() == 0);
    CHECK(kills > 0);
    CHECK(check.statusesKept > 0);
}
