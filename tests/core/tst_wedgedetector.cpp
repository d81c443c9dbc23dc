// SPDX-License-Identifier: GPL-3.0-or-later
// A handheld scanner's burst of keys versus a person typing.
#include "testsupport.h"

#include "qr/wedgedetector.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace motcua;

namespace {

// Types `text` then Enter, `gapMs` apart from `startMs`; returns how many keys were swallowed.
int type(WedgeDetector &d, const QString &text, qint64 gapMs, qint64 startMs = 1000)
{
    int swallowed = 0;
    qint64 t = startMs;
    for (const QChar c : text) {
        swallowed += d.feed(QString(c), t) ? 1 : 0;
        t += gapMs;
    }
    swallowed += d.feed(QStringLiteral("\r"), t) ? 1 : 0;
    return swallowed;
}

} // namespace

TEST_CASE("a scanner's burst is one payload, and its keys do not reach the UI", "[wedge]")
{
    WedgeDetector d;
    QSignalSpy scanned(&d, &WedgeDetector::scanned);
    const QString card = QStringLiteral("001195012345||Trần Thị Hoa|18031995|Nữ|Hà Nội|01022021");
    const int swallowed = type(d, card, 4);
    REQUIRE(scanned.size() == 1);
    CHECK(scanned.first().first().toString() == card);
    // The first few keys cannot be told from typing yet; every later key and Enter are held back.
    CHECK(swallowed == card.size() - WedgeDetector::kMinLength + 2);
}

TEST_CASE("a person typing, even fast, is not a scanner", "[wedge]")
{
    WedgeDetector d;
    QSignalSpy scanned(&d, &WedgeDetector::scanned);
    CHECK(type(d, QStringLiteral("dang ky khai sinh"), 120) == 0);
    CHECK(type(d, QStringLiteral("khai sinh"), 60) == 0);
    CHECK(type(d, QStringLiteral("abc"), 3) == 0); // too short to be a code
    CHECK(scanned.isEmpty());
}

TEST_CASE("a pause inside a burst starts over; two scans in a row are two payloads", "[wedge]")
{
    WedgeDetector d;
    QSignalSpy scanned(&d, &WedgeDetector::scanned);
    (void)type(d, QStringLiteral("1.001193"), 5, 1000);
    (void)type(d, QStringLiteral("2.000815"), 5, 2000);
    REQUIRE(scanned.size() == 2);
    CHECK(scanned.at(1).first().toString() == QStringLiteral("2.000815"));
    // Someone types "12", waits, then a scan arrives: only the scan is reported.
    (void)d.feed(QStringLiteral("1"), 5000);
    (void)d.feed(QStringLiteral("2"), 5150);
    (void)type(d, QStringLiteral("1.004194"), 5, 5600);
    REQUIRE(scanned.size() == 3);
    CHECK(scanned.last().first().toString() == QStringLiteral("1.004194"));
}

TEST_CASE("as an event filter it swallows the scanner's keys only", "[wedge]")
{
    WedgeDetector d;
    QSignalSpy scanned(&d, &WedgeDetector::scanned);
    QWindow target; // the app filter hears keys at the window (items get them again afterwards)
    QObject item;
    QKeyEvent atItem(QEvent::KeyPress, 0, Qt::NoModifier, QStringLiteral("x"));
    CHECK_FALSE(d.eventFilter(&item, &atItem));
    int passed = 0;
    for (const QChar c : QStringLiteral("1.001193")) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        passed += d.eventFilter(&target, &press) ? 0 : 1;
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    CHECK(d.eventFilter(&target, &enter)); // delivered within milliseconds: a scanner
    CHECK(passed == WedgeDetector::kMinLength - 1);
    REQUIRE(scanned.size() == 1);
    CHECK(scanned.first().first().toString() == QStringLiteral("1.001193"));
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    CHECK_FALSE(d.eventFilter(&target, &release));
}

TEST_CASE("as an event filter it goes by when keys were pressed, not when the kiosk got to them", "[wedge]")
{
    // Found under the sanitizers in CI: a busy kiosk took over 35 ms to handle one key of a
    // scan, and the code was read without its first character (".004194").
    WedgeDetector d;
    QSignalSpy scanned(&d, &WedgeDetector::scanned);
    QWindow target;
    const auto press = [&](int key, const QString &text, ulong pressedAt) {
        QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, text);
        event.setTimestamp(pressedAt);
        const bool swallowed = d.eventFilter(&target, &event);
        QTest::qSleep(45); // the kiosk is slow to handle each key
        return swallowed;
    };
    ulong at = 500'000;
    for (const QChar c : QStringLiteral("1.004194"))
        (void)press(c.unicode(), QString(c), at += 5);
    CHECK(press(Qt::Key_Return, QStringLiteral("\r"), at += 5));
    REQUIRE(scanned.size() == 1);
    CHECK(scanned.first().first().toString() == QStringLiteral("1.004194"));

    // A person's keys, 120 ms apart by their timestamps, stay a person's however fast the
    // kiosk gets to them.
    for (const QChar c : QStringLiteral("1.004194")) {
        QKeyEvent event(QEvent::KeyPress, c.unicode(), Qt::NoModifier, QString(c));
        event.setTimestamp(at += 120);
        CHECK_FALSE(d.eventFilter(&target, &event));
    }
    CHECK(scanned.size() == 1);

    // A key stamped earlier than the one before it (another clock) starts a new burst.
    for (int i = 0; i < WedgeDetector::kMinLength; ++i)
        (void)d.feed(QStringLiteral("7"), 3000 + 5 * i);
    CHECK_FALSE(d.feed(QStringLiteral("8"), 2990));
    CHECK_FALSE(d.feed(QStringLiteral("\r"), 2995));
    CHECK(scanned.size() == 1);
}
