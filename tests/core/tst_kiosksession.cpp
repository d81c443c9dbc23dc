// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk session's clock, moved by hand: idle → "Bạn còn đang sử dụng?" → wipe; a touch or
// "Tiếp tục" carries on; a payment code on screen holds the idle clock.
#include "testsupport.h"

#include "session/kiosksession.h"

#include <QCoreApplication>
#include <QSignalSpy>

using namespace motcua;

TEST_CASE("session: idle, then the question, then the wipe; a touch carries on", "[session]")
{
    qint64 now = 0;
    KioskSession session({90, 20}, [&] { return now; });
    QSignalSpy wiped(&session, &KioskSession::wipeRequested);
    QSignalSpy warned(&session, &KioskSession::warningStarted);
    CHECK(session.state() == QStringLiteral("none"));
    now = 500'000;
    session.check();
    CHECK(session.state() == QStringLiteral("none")); // nobody there: nothing to time

    session.touched();
    CHECK(session.state() == QStringLiteral("active"));
    now += 89'000;
    session.check();
    CHECK(session.state() == QStringLiteral("active"));
    now += 1'000;
    session.check();
    CHECK(session.state() == QStringLiteral("warning"));
    CHECK(warned.size() == 1);
    CHECK(session.secondsLeft() == 20);
    now += 12'500;
    session.check();
    CHECK(session.secondsLeft() == 8);

    session.continueSession(); // "Tiếp tục"
    CHECK(session.state() == QStringLiteral("active"));
    now += 90'000;
    session.check();
    now += 19'999;
    session.check();
    CHECK(session.state() == QStringLiteral("warning"));
    CHECK(wiped.isEmpty());
    now += 1;
    session.check();
    CHECK(session.state() == QStringLiteral("none"));
    REQUIRE(wiped.size() == 1);
    CHECK(wiped.first().first().toString() == QStringLiteral("idle"));
}

TEST_CASE("session: a hold (payment code on screen) keeps it from idling; finishing wipes at once", "[session]")
{
    qint64 now = 0;
    KioskSession session({90, 20}, [&] { return now; });
    QSignalSpy wiped(&session, &KioskSession::wipeRequested);
    session.touched();
    session.hold(QStringLiteral("payment"));
    CHECK(session.held());
    now += 600'000; // ten minutes scanning with a phone
    session.check();
    CHECK(session.state() == QStringLiteral("active"));
    session.release(QStringLiteral("payment"));
    now += 89'000;
    session.check();
    CHECK(session.state() == QStringLiteral("active")); // idle counts from the release
    now += 1'000;
    session.check();
    CHECK(session.state() == QStringLiteral("warning"));
    session.hold(QStringLiteral("printing"));
    CHECK(session.state() == QStringLiteral("active"));
    session.end();
    CHECK(session.state() == QStringLiteral("none"));
    REQUIRE(wiped.size() == 1);
    CHECK(wiped.first().first().toString() == QStringLiteral("finished"));
    CHECK_FALSE(session.held());
    session.end(); // nothing to end
    CHECK(wiped.size() == 1);
}

TEST_CASE("session: presses, touches and keys anywhere in the application count as touches", "[session]")
{
    qint64 now = 0;
    KioskSession session({90, 20}, [&] { return now; });
    QObject window;
    session.listenTo(&window);
    QEvent move(QEvent::MouseMove);
    QCoreApplication::sendEvent(&window, &move);
    CHECK(session.state() == QStringLiteral("none")); // a mouse moving by itself is nobody
    QEvent press(QEvent::MouseButtonPress);
    QCoreApplication::sendEvent(&window, &press);
    CHECK(session.state() == QStringLiteral("active"));
    now += 90'000;
    session.check();
    CHECK(session.state() == QStringLiteral("warning"));
    QEvent key(QEvent::KeyPress);
    QCoreApplication::sendEvent(&window, &key);
    CHECK(session.state() == QStringLiteral("active"));
}
