// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-kiosk as systemd runs it (motcua-kiosk.service): the real binary, offscreen, with
// $NOTIFY_SOCKET on a real datagram socket standing in for systemd.
#include "../common/notifylistener.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>

using motcua::test::NotifyListener;

namespace {

struct KioskService
{
    QTemporaryDir dir;
    NotifyListener systemd;
    QProcess kiosk;

    KioskService()
    {
        QFile config(dir.filePath(QStringLiteral("kiosk.conf")));
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write("[kiosk]\nvoice_engine = none\ncamera = none\nportal_url = http://127.0.0.1:9\n");
        config.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("no-config")));
        env.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(systemd.path()));
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("400000"));
        env.remove(QStringLiteral("WATCHDOG_PID"));
        kiosk.setProcessEnvironment(env);
        kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        kiosk.start(QStringLiteral(MOTCUA_KIOSK_PATH),
                    {QStringLiteral("--fullscreen"), QStringLiteral("--config"), config.fileName(),
                     QStringLiteral("--db"), dir.filePath(QStringLiteral("motcua.db")),
                     QStringLiteral("--filings-db"), dir.filePath(QStringLiteral("filings.db")),
                     QStringLiteral("--staff-db"), dir.filePath(QStringLiteral("staff.db"))});
    }
    ~KioskService()
    {
        if (kiosk.state() != QProcess::NotRunning) {
            ::kill(pid_t(kiosk.processId()), SIGCONT);
            kiosk.kill();
            kiosk.waitForFinished(5000);
        }
    }
};

} // namespace

TEST_CASE("kiosk service: READY=1 at the first frame, watchdog pings, STOPPING=1 and a clean exit on SIGTERM",
          "[service]")
{
    KioskService service;
    REQUIRE(service.systemd.bound());
    REQUIRE(service.kiosk.waitForStarted(10000));

    REQUIRE(service.systemd.waitFor([&] { return service.systemd.count("READY=1") == 1; }, 60000));
    REQUIRE(service.systemd.waitFor([&] { return service.systemd.count("WATCHDOG=1") >= 3; }, 5000));
    bool statusShowsOutbox = false;
    for (const QByteArray &m : service.systemd.messages())
        statusShowsOutbox = statusShowsOutbox || (m.startsWith("STATUS=portal ") && m.contains("filing(s) waiting"));
    CHECK(statusShowsOutbox);

    SECTION("a frozen event loop stops the pings (systemd then restarts the kiosk)")
    {
        ::kill(pid_t(service.kiosk.processId()), SIGSTOP);
        service.systemd.waitFor([] { return false; }, 300); // what was already queued
        const int before = service.systemd.count("WATCHDOG=1");
        service.systemd.waitFor([] { return false; }, 1000);
        CHECK(service.systemd.count("WATCHDOG=1") == before);
        ::kill(pid_t(service.kiosk.processId()), SIGCONT);
        CHECK(service.systemd.waitFor([&] { return service.systemd.count("WATCHDOG=1") > before; }, 3000));
    }
    SECTION("SIGTERM (systemctl stop): STOPPING=1, exit status 0")
    {
        service.kiosk.terminate();
        REQUIRE(service.kiosk.waitForFinished(15000));
        CHECK(service.kiosk.exitStatus() == QProcess::NormalExit);
        CHECK(service.kiosk.exitCode() == 0);
        CHECK(service.systemd.count("STOPPING=1") == 1);
    }
}
