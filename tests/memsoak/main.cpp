// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-memory-soak: the real kiosk UI (offscreen, the startup of motcua-kiosk, the demo
// catalog, the portal simulator as a real process) through N citizen visits; prints the
// memory and object counts after the first, the 100th and the last, and fails when they grow.
#include "citizenvisit.h"
#include "kioskcontext.h"
#include "kioskstartup.h"
#include "objectcensus.h"
#include "scanvideo.h"
#include "simprocess.h"
#include "uidriver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtQml/QQmlExtensionPlugin>

#include <malloc.h>

#include <cstdio>
#include <optional>

Q_IMPORT_QML_PLUGIN(MotCua_UiPlugin)

using namespace motcua;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

constexpr qint64 kRssGoalKb = 200 * 1024;
constexpr double kGrowthGoalPercent = 5.0;
constexpr int kGrowthFromSession = 100;
constexpr int kMemoryGoalsFromSessions = 200; // fewer sessions say nothing about growth

struct Options
{
    int sessions = 20;
    qint64 objectSlack = 3;           // --object-slack: QObjects the last visit may hold above the first's
    bool eachVisit = false;           // --each: a row (and the classes that grew) after every visit
    bool leakOnePerSession = false;   // --leak-one-object-per-session (hidden): proves the check can fail
    int mallocArenaMax = 0;           // --malloc-arena-max N (hidden): a baseline, e.g. glibc's 8 × cores
};

std::optional<Options> parse(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto number = [&](auto &target) {
            bool ok = false;
            if (i + 1 < args.size())
                target = args.at(++i).toInt(&ok);
            return ok && target >= 0;
        };
        if (a == QLatin1String("--leak-one-object-per-session"))
            o.leakOnePerSession = true;
        else if (a == QLatin1String("--each"))
            o.eachVisit = true;
        else if (!((a == QLatin1String("--sessions") && number(o.sessions) && o.sessions > 0)
                   || (a == QLatin1String("--object-slack") && number(o.objectSlack))
                   || (a == QLatin1String("--malloc-arena-max") && number(o.mallocArenaMax))))
            return std::nullopt;
    }
    return o;
}

const char *kUsage = "Usage: motcua-memory-soak [--sessions N (20)] [--object-slack N (3)] [--each]\n";

// The kiosk's config for the soak: the camera is a video of the poster, the portal is the
// simulator, the commune takes bank transfers confirmed by a clerk's code, nobody speaks.
bool writeConfig(const QString &path, const QString &video, const test::PortalSim &sim, const QString &clerkCode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("[kiosk]\ncamera=" + video.toUtf8() + "\nportal_url=" + sim.baseUrl().toString().toUtf8()
               + "\nportal_token=" + sim.token().toUtf8() + "\nclerk_code=" + clerkCode.toUtf8()
               + "\npayee_bin=970405\npayee_account=3600205123456\npayee_name=UBND XA MINH CHAU\n"
                 "payment_minutes=5\nvoice_engine=none\n");
    return file.error() == QFile::NoError;
}

QString megabytes(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1);
}

void printRow(QTextStream &out, const QString &label, const ObjectCensus &c, double secondsPerVisit)
{
    out << label.leftJustified(14) << megabytes(c.rssKb).rightJustified(8) << megabytes(c.peakRssKb).rightJustified(9)
        << QString::number(c.qobjects).rightJustified(10) << QString::number(c.windowObjects).rightJustified(9)
        << QString::number(c.quickItems).rightJustified(7) << QString::number(c.sqlConnections).rightJustified(7)
        << QString::number(secondsPerVisit, 'f', 2).rightJustified(11) << '\n';
}

// Once the visit's deleteLater()s, queued work and garbage (QML contexts of gone screens wait
// for the JavaScript collector) are done: the QObject count has not moved for 300 ms (or 3 s
// have passed).
ObjectCensus quietCensus(QQuickWindow *window, QJSEngine &engine)
{
    ObjectCensus census = ObjectCensus::take(window);
    for (int round = 0; round < 10; ++round) {
        engine.collectGarbage();
        UiDriver::settle(300);
        const ObjectCensus again = ObjectCensus::take(window);
        const bool quiet = again.qobjects == census.qobjects;
        census = again;
        if (quiet)
            break;
    }
    return census;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool hooked = ObjectCensus::install();
    KioskStartup::prepareEnvironment();
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs.append(QString::fromLocal8Bit(argv[i]));
    const auto options = parse(rawArgs);
    if (!options) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (options->mallocArenaMax > 0)
        mallopt(M_ARENA_MAX, options->mallocArenaMax);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    KioskStartup::configureApplication(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!hooked)
        err << "memory-soak: this Qt has no object hooks; QObjects are not counted\n";

    QTemporaryDir dir;
    const QString clerkCode = QStringLiteral("2468");
    const QString poster = QStringLiteral("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=")
                           + QLatin1String(CitizenVisit::kPosterProcedure);
    const auto video = testmedia::makeScanVideo(dir.filePath(QStringLiteral("poster.mp4")), poster, 0.2, 2);
    if (!video) {
        err << "memory-soak: " << video.error() << '\n';
        return 1;
    }
    test::PortalSim sim;
    if (!sim.isRunning()) {
        err << "memory-soak: the portal simulator did not start: " << sim.error() << '\n';
        return 1;
    }
    const QString config = dir.filePath(QStringLiteral("kiosk.conf"));
    if (!writeConfig(config, video.value(), sim, clerkCode)) {
        err << "memory-soak: cannot write " << config << '\n';
        return 1;
    }
    auto context = KioskContext::start(config, dir.filePath(QStringLiteral("catalog.db")),
                                       dir.filePath(QStringLiteral("filings.db")), dir.filePath(QStringLiteral("staff.db")));
    if (!context) {
        err << "memory-soak: the kiosk cannot start: " << context.error() << '\n';
        return 1;
    }
    KioskContext *kiosk = context.value().get();
    KioskContext::setInstance(kiosk);
    kiosk->scans()->listenTo(&app);
    kiosk->camera()->setStallAfterMs(30000); // a busy machine may take a while to start a video

    QQmlApplicationEngine engine;
    KioskStartup::configureEngine(engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/MotCua/Ui/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        err << "memory-soak: the user interface failed to load\n";
        return 1;
    }
    window->resize(1920, 1080);
    window->requestActivate();
    UiDriver ui(window);
    const ObjectCensus start = quietCensus(window, engine);

    CitizenVisit visit(ui, *kiosk, clerkCode);
    QElapsedTimer clock;
    clock.start();
    std::optional<ObjectCensus> first;
    std::optional<ObjectCensus> hundredth;
    ObjectCensus last;
    double firstSeconds = 0;
    double hundredthSeconds = 0;
    double lastSeconds = 0;
    for (int n = 1; n <= options->sessions; ++n) {
        QElapsedTimer visitClock;
        visitClock.start();
        QString error;
        if (!visit.run(n, &error)) {
            err << "memory-soak: visit " << n << " failed: " << error << '\n';
            return 1;
        }
        if (options->leakOnePerSession)
            (void)new QObject; // on purpose: what the object check is there to catch
        const double seconds = double(visitClock.elapsed()) / 1000.0;
        lastSeconds = seconds;
        last = quietCensus(window, engine);
        if (options->eachVisit) {
            printRow(err, QStringLiteral("session %1").arg(n), last, seconds);
            if (n > 1)
                err << "   grown: " << last.grownSince(*first).join(QStringLiteral(", ")) << Qt::endl;
        }
        if (n == 1) {
            first = last;
            firstSeconds = seconds;
        }
        if (n == kGrowthFromSession) {
            hundredth = last;
            hundredthSeconds = seconds;
        }
        if (n % 50 == 0)
            err << "memory-soak: " << n << " visits, RSS " << megabytes(last.rssKb) << " MB, " << last.qobjects
                << " QObjects" << Qt::endl;
    }
    const double perVisit = double(clock.elapsed()) / 1000.0 / options->sessions;

    out << "memory soak: " << options->sessions << " citizen visits" << (kSanitized ? " (AddressSanitizer: RSS goals not checked)" : "")
        << '\n';
    out << "after         RSS(MB)  peak(MB)  QObjects  window  items  SQLite  s/session\n";
    printRow(out, QStringLiteral("start"), start, 0);
    printRow(out, QStringLiteral("session 1"), *first, firstSeconds);
    if (hundredth && options->sessions > kGrowthFromSession)
        printRow(out, QStringLiteral("session %1").arg(kGrowthFromSession), *hundredth, hundredthSeconds);
    printRow(out, QStringLiteral("session %1").arg(options->sessions), last, lastSeconds);
    out << QString::number(perVisit, 'f', 2) << " s per visit on average (with the counting after each)\n";

    QStringList failures;
    const qint64 objectGrowth = last.qobjects - first->qobjects;
    out << "QObjects from session 1 to " << options->sessions << ": " << (objectGrowth >= 0 ? "+" : "") << objectGrowth
        << " (slack " << options->objectSlack << ")\n";
    if (hooked && objectGrowth > options->objectSlack) {
        failures << QStringLiteral("%1 more QObjects after the last visit than after the first: a leak per visit?").arg(objectGrowth);
        out << "classes with more live objects: " << last.grownSince(*first).join(QStringLiteral(", ")) << '\n';
    }
    if (hundredth && options->sessions > kGrowthFromSession) {
        const double growth = 100.0 * double(last.rssKb - hundredth->rssKb) / double(hundredth->rssKb);
        out << "RSS growth from session " << kGrowthFromSession << " to " << options->sessions << ": "
            << QString::number(growth, 'f', 1) << " % (goal < " << kGrowthGoalPercent << " %); peak "
            << megabytes(last.peakRssKb) << " MB (goal <= 200 MB)\n";
        if (!kSanitized && options->sessions >= kMemoryGoalsFromSessions) {
            if (growth >= kGrowthGoalPercent)
                failures << QStringLiteral("RSS grew %1 % from session %2").arg(growth, 0, 'f', 1).arg(kGrowthFromSession);
            if (last.rssKb > kRssGoalKb)
                failures << QStringLiteral("RSS %1 MB is over 200 MB").arg(megabytes(last.rssKb));
        }
    }
    for (const QString &f : std::as_const(failures))
        out << "FAILED: " << f << '\n';
    out << (failures.isEmpty() ? "memory soak: goals met\n" : "memory soak: goals NOT met\n");
    out.flush();
    return failures.isEmpty() ? 0 : 1;
}
