// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceNotifier speaks systemd's notify protocol to a real datagram socket.
#include "../common/notifylistener.h"
#include "common/servicenotifier.h"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace motcua;
using motcua::test::NotifyListener;

namespace {

// Sets (or, with an empty value, unsets) environment variables for one scope.
struct ScopedEnvironment
{
    QList<QByteArray> names;
    ScopedEnvironment(std::initializer_list<std::pair<const char *, QByteArray>> values)
    {
        for (const auto &[name, value] : values) {
            names.append(name);
            if (value.isEmpty())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
    }
    ~ScopedEnvironment()
    {
        for (const QByteArray &name : std::as_const(names))
            qunsetenv(name.constData());
    }
};

} // namespace

TEST_CASE("service notifier: outside systemd it is inactive and sends nothing", "[service]")
{
    ScopedEnvironment env{{"NOTIFY_SOCKET", {}}, {"WATCHDOG_USEC", {}}, {"WATCHDOG_PID", {}}};
    ServiceNotifier notifier;
    CHECK_FALSE(notifier.active());
    CHECK(notifier.watchdogInterval().count() == 0);
    CHECK_FALSE(notifier.send(QByteArrayLiteral("READY=1")));
}

TEST_CASE("service notifier: READY=1 with a status, then watchdog pings from the event loop", "[service]")
{
    NotifyListener systemd;
    REQUIRE(systemd.bound());
    ScopedEnvironment env{{"NOTIFY_SOCKET", systemd.path()}, {"WATCHDOG_USEC", "200000"}, {"WATCHDOG_PID", {}}};
    ServiceNotifier notifier;
    REQUIRE(notifier.active());
    CHECK(notifier.watchdogInterval().count() == 100);
    CHECK(systemd.messages().isEmpty()); // nothing before the first frame

    notifier.ready(QStringLiteral("home screen shown"));
    REQUIRE(systemd.waitFor([&] { return systemd.count("WATCHDOG=1") >= 4; }, 3000));
    CHECK(systemd.messages().first() == QByteArrayLiteral("READY=1\nSTATUS=home screen shown"));
    CHECK(systemd.count("READY=1") == 1);

    notifier.ready(QStringLiteral("again")); // a second "ready" is only a status
    notifier.stopping();
    const int pingsAtStop = systemd.count("WATCHDOG=1");
    systemd.waitFor([] { return false; }, 300);
    CHECK(systemd.count("READY=1") == 1);
    CHECK(systemd.count("STATUS=again") == 1);
    CHECK(systemd.count("STOPPING=1") == 1);
    CHECK(systemd.count("WATCHDOG=1") == pingsAtStop); // the pings stop with the kiosk
}

TEST_CASE("service notifier: a watchdog meant for another process is left alone", "[service]")
{
    NotifyListener systemd;
    REQUIRE(systemd.bound());
    SECTION("WATCHDOG_PID of a stranger: no pings")
    {
        ScopedEnvironment env{{"NOTIFY_SOCKET", systemd.path()}, {"WATCHDOG_USEC", "100000"}, {"WATCHDOG_PID", "1"}};
        ServiceNotifier notifier;
        CHECK(notifier.watchdogInterval().count() == 0);
        notifier.ready(QStringLiteral("up"));
        systemd.waitFor([] { return false; }, 300);
        CHECK(systemd.count("READY=1") == 1);
        CHECK(systemd.count("WATCHDOG=1") == 0);
    }
    SECTION("WATCHDOG_PID of the parent (cage runs the kiosk): pings")
    {
        ScopedEnvironment env{{"NOTIFY_SOCKET", systemd.path()},
                              {"WATCHDOG_USEC", "100000"},
                              {"WATCHDOG_PID", QByteArray::number(qint64(getppid()))}};
        ServiceNotifier notifier;
        CHECK(notifier.watchdogInterval().count() == 50);
    }
    SECTION("no WATCHDOG_USEC: no pings")
    {
        ScopedEnvironment env{{"NOTIFY_SOCKET", systemd.path()}, {"WATCHDOG_USEC", {}}, {"WATCHDOG_PID", {}}};
        ServiceNotifier notifier;
        CHECK(notifier.watchdogInterval().count() == 0);
    }
}

TEST_CASE("service notifier: a NOTIFY_SOCKET that is no socket path is refused", "[service]")
{
    ScopedEnvironment env{{"NOTIFY_SOCKET", "vsock:2:1234"}, {"WATCHDOG_USEC", {}}, {"WATCHDOG_PID", {}}};
    ServiceNotifier notifier;
    CHECK_FALSE(notifier.active());
}
