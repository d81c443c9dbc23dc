// SPDX-License-Identifier: GPL-3.0-or-later
// The scanner screen's camera, fed here by what stands in for a camera on these machines: a
// video file played in a loop through the real QMediaPlayer path.
#include "testsupport.h"

#include "qr/camerascanner.h"
#include "scanvideo.h"

#include <QSignalSpy>
#include <QVideoSink>

#include <memory>

using namespace motcua;
using motcua::test::waitUntil;

namespace {

const QString kPoster = QStringLiteral(
    "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193");

QString scanVideo(const QTemporaryDir &dir, double emptySeconds, double codeSeconds)
{
    const auto video = testmedia::makeScanVideo(dir.filePath(QStringLiteral("scan.mp4")), kPoster, emptySeconds,
                                                codeSeconds);
    INFO(video.error().toStdString());
    REQUIRE(video.ok());
    return video.value();
}

} // namespace

TEST_CASE("without a camera the scanner says so and what else works", "[camera]")
{
    for (const QString source : {QStringLiteral("none"), QStringLiteral("Camera that is not plugged in")}) {
        INFO(source.toStdString());
        CameraScanner scanner(source);
        scanner.start();
        CHECK(scanner.state() == CameraScanner::State::NoCamera);
        CHECK(scanner.problem().contains(QStringLiteral("máy quét cầm tay")));
        scanner.stop();
        CHECK(scanner.state() == CameraScanner::State::Off);
        CHECK(scanner.problem().isEmpty());
    }
    CHECK(CameraScanner::findCamera(QStringLiteral("none")).isNull());
    CHECK(CameraScanner::findCamera(QStringLiteral("/srv/demo.mp4")).isNull());
}

TEST_CASE("a video source that cannot be read is a camera failure", "[camera]")
{
    CameraScanner scanner(QStringLiteral("/nonexistent/scan.mp4"));
    scanner.start();
    CHECK(scanner.state() == CameraScanner::State::Failed);
    CHECK(scanner.problem().contains(QStringLiteral("trục trặc")));
}

TEST_CASE("a video in place of the camera: scanning, one code, its corners, scan again", "[camera][video]")
{
    QTemporaryDir dir;
    CameraScanner scanner(scanVideo(dir, 1, 2));
    scanner.setStallAfterMs(30000); // a busy test machine may take a while to start a video
    scanner.frames().setForgetAfterEmptyFrames(1000); // only scanAgain() makes the code new again
    QSignalSpy found(&scanner, &CameraScanner::codeFound);
    scanner.start();
    CHECK(scanner.state() == CameraScanner::State::Starting);
    CHECK(scanner.deviceName() == QStringLiteral("scan.mp4"));
    REQUIRE(waitUntil([&] { return scanner.state() == CameraScanner::State::Scanning; }, 30000));
    REQUIRE(waitUntil([&] { return !found.isEmpty(); }, 15000));
    CHECK(found.first().at(0).toString() == kPoster);

    // The frame around the code: four corners inside the picture, around its middle.
    REQUIRE(waitUntil([&] { return scanner.corners().size() == 4; }, 5000));
    double sumX = 0;
    for (const QVariant &corner : scanner.corners()) {
        const QPointF p = corner.toPointF();
        CHECK((p.x() > 0.1 && p.x() < 0.9 && p.y() > 0.1 && p.y() < 0.9));
        sumX += p.x();
    }
    CHECK(sumX / 4 == Approx(0.5).margin(0.05));

    // The same code in the following frames is not a new scan; after scanAgain() it is.
    REQUIRE(waitUntil([&] { return scanner.corners().size() == 4; }, 5000));
    waitUntil([] { return false; }, 500);
    CHECK(found.size() == 1);
    scanner.scanAgain();
    REQUIRE(waitUntil([&] { return found.size() == 2; }, 1500));

    scanner.stop();
    CHECK(scanner.state() == CameraScanner::State::Off);
    CHECK(scanner.corners().isEmpty());
}

TEST_CASE("the hint comes when no code has been seen for a while, and goes with a code", "[camera][video]")
{
    QTemporaryDir dir;
    CameraScanner scanner(scanVideo(dir, 3, 1));
    scanner.setHintAfterMs(600);
    scanner.setStallAfterMs(30000);
    QSignalSpy found(&scanner, &CameraScanner::codeFound);
    scanner.start();
    REQUIRE(waitUntil([&] { return scanner.state() == CameraScanner::State::Scanning; }, 30000));
    CHECK_FALSE(scanner.hintDue());
    REQUIRE(waitUntil([&] { return scanner.hintDue(); }, 3000));
    CHECK(found.isEmpty());
    REQUIRE(waitUntil([&] { return !found.isEmpty(); }, 10000));
    CHECK_FALSE(scanner.hintDue());
    scanner.stop();
    CHECK_FALSE(scanner.hintDue());
}

TEST_CASE("a source that sends no frames in time has failed, and is let go", "[camera][video]")
{
    QTemporaryDir dir;
    CameraScanner scanner(scanVideo(dir, 1, 1));
    scanner.setStallAfterMs(1); // no video starts that fast
    QSignalSpy found(&scanner, &CameraScanner::codeFound);
    scanner.start();
    REQUIRE(waitUntil([&] { return scanner.state() == CameraScanner::State::Failed; }, 5000));
    CHECK(scanner.problem().contains(QStringLiteral("trục trặc")));
    const int decoded = scanner.frames().framesDecoded();
    waitUntil([] { return false; }, 2500); // the whole video's time: nothing is read any more
    CHECK(scanner.frames().framesDecoded() <= decoded + 1);
    CHECK(found.isEmpty());
    // Tried again with time enough, it works.
    scanner.setStallAfterMs(30000);
    scanner.start();
    REQUIRE(waitUntil([&] { return !found.isEmpty(); }, 30000));
}

TEST_CASE("the view's sink going away sends frames back to the scanner's own", "[camera][video]")
{
    QTemporaryDir dir;
    CameraScanner scanner(scanVideo(dir, 0.5, 3));
    scanner.setStallAfterMs(30000);
    QSignalSpy found(&scanner, &CameraScanner::codeFound);
    auto view = std::make_unique<QVideoSink>();
    scanner.setVideoSink(view.get());
    scanner.start();
    REQUIRE(waitUntil([&] { return scanner.state() == CameraScanner::State::Scanning; }, 30000));
    view.reset(); // the screen's VideoOutput destroyed first
    CHECK(scanner.videoSink() == nullptr);
    CHECK(scanner.frames().videoSink() != nullptr);
    REQUIRE(waitUntil([&] { return !found.isEmpty(); }, 30000)); // still scanning, from its own sink
}
