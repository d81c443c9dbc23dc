// SPDX-License-Identifier: GPL-3.0-or-later
// The frame pipeline: busy frames dropped, codes reported once, every video pixel format, and a
// real video file played through QMediaPlayer into the scanner.
#include "testsupport.h"

#include "qr/framescanner.h"
#include "scanvideo.h"

#include <QDeadlineTimer>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QVideoSink>

using namespace motcua;
using motcua::test::waitUntil;

namespace {

const QString kCode = QStringLiteral("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.000815");

QImage frameWith(const QString &text, QSize size = {640, 480})
{
    return testmedia::sceneWith(text, size);
}

// Waits until the scanner has decoded `count` frames in all.
void waitDecoded(const FrameScanner &scanner, int count)
{
    REQUIRE(waitUntil([&] { return scanner.framesDecoded() >= count; }, 10000));
}

// A video frame of `format` whose luminance (or colour) carries `image`.
QVideoFrame videoFrame(const QImage &image, QVideoFrameFormat::PixelFormat format)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const QImage rgb = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(image.size(), format));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int plane = 0; plane < frame.planeCount(); ++plane)
        std::fill(frame.bits(plane), frame.bits(plane) + frame.mappedBytes(plane), uchar(128));
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = frame.bits(0) + y * frame.bytesPerLine(0);
        const uchar *g = gray.constScanLine(y);
        const auto *c = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            switch (format) {
            case QVideoFrameFormat::Format_YUYV: row[2 * x] = g[x]; break;
            case QVideoFrameFormat::Format_UYVY: row[2 * x + 1] = g[x]; break;
            case QVideoFrameFormat::Format_BGRA8888: {
                uchar *p = row + 4 * x; p[0] = uchar(qBlue(c[x])); p[1] = uchar(qGreen(c[x])); p[2] = uchar(qRed(c[x])); p[3] = 255;
                break;
            }
            case QVideoFrameFormat::Format_ARGB8888: {
                uchar *p = row + 4 * x; p[0] = 255; p[1] = uchar(qRed(c[x])); p[2] = uchar(qGreen(c[x])); p[3] = uchar(qBlue(c[x]));
                break;
            }
            case QVideoFrameFormat::Format_RGBA8888: {
                uchar *p = row + 4 * x; p[0] = uchar(qRed(c[x])); p[1] = uchar(qGreen(c[x])); p[2] = uchar(qBlue(c[x])); p[3] = 255;
                break;
            }
            default: row[x] = g[x]; // planar / semi-planar YUV: plane 0
            }
        }
    }
    frame.unmap();
    return frame;
}

} // namespace

TEST_CASE("every video pixel format a camera or decoder hands over is read", "[framescanner]")
{
    // The code in the red channel only, so that a colour format read in the wrong byte order
    // sees nothing.
    QImage image = frameWith(kCode);
    for (int y = 0; y < image.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            row[x] = qRgb(qRed(row[x]), 0, 0);
    }
    for (const auto format : {QVideoFrameFormat::Format_YUV420P, QVideoFrameFormat::Format_NV12,
                              QVideoFrameFormat::Format_NV21, QVideoFrameFormat::Format_YUV422P,
                              QVideoFrameFormat::Format_YUYV, QVideoFrameFormat::Format_UYVY,
                              QVideoFrameFormat::Format_BGRA8888, QVideoFrameFormat::Format_ARGB8888,
                              QVideoFrameFormat::Format_RGBA8888, QVideoFrameFormat::Format_Y8}) {
        INFO(QVideoFrameFormat::pixelFormatToString(format).toStdString());
        const bool colour = format == QVideoFrameFormat::Format_BGRA8888 || format == QVideoFrameFormat::Format_ARGB8888
                            || format == QVideoFrameFormat::Format_RGBA8888;
        const QList<DecodedCode> codes = FrameScanner::decodeFrame(videoFrame(colour ? image : frameWith(kCode), format));
        REQUIRE(codes.size() == 1);
        CHECK(codes.first().text == kCode);
    }
}

TEST_CASE("frames that arrive while the worker is busy are dropped", "[framescanner]")
{
    FrameScanner scanner;
    const QImage frame = frameWith(kCode, {1280, 720});
    int taken = 0;
    for (int i = 0; i < 20; ++i) // no event loop in between: the worker is still on the first
        taken += scanner.offerImage(frame) ? 1 : 0;
    CHECK(taken == 1);
    CHECK(scanner.framesDropped() == 19);
    waitDecoded(scanner, 1);
    CHECK_FALSE(scanner.busy());
    CHECK(scanner.offerImage(frame));
    waitDecoded(scanner, 2);
}

TEST_CASE("a code is reported when it appears, not on every frame", "[framescanner]")
{
    FrameScanner scanner;
    scanner.setForgetAfterEmptyFrames(3);
    QSignalSpy found(&scanner, &FrameScanner::codeFound);
    const QImage code = frameWith(kCode);
    const QImage other = frameWith(QStringLiteral("1.001193"));
    const QImage empty = frameWith(QString());
    int decoded = 0;
    const auto show = [&](const QImage &image) {
        REQUIRE(scanner.offerImage(image));
        waitDecoded(scanner, ++decoded);
    };
    for (int i = 0; i < 5; ++i)
        show(code);
    REQUIRE(found.size() == 1);
    CHECK(found.first().at(0).toString() == kCode);
    const auto corners = found.first().at(1).value<QList<QPointF>>();
    CHECK(corners.size() == 4);
    CHECK(found.first().at(2).toSize() == QSize(640, 480));
    show(other);
    CHECK(found.size() == 2);
    show(code);
    CHECK(found.size() == 3);
    show(empty);
    show(code); // one empty frame is a hand passing by: still the same code
    CHECK(found.size() == 3);
    for (int i = 0; i < 3; ++i)
        show(empty);
    show(code); // gone for a while, then shown again: new
    CHECK(found.size() == 4);
    scanner.reset();
    show(code);
    CHECK(found.size() == 5);
}

TEST_CASE("a video file played through QMediaPlayer is scanned frame by frame", "[framescanner][video]")
{
    QTemporaryDir dir;
    // One second without a code, then two with it, as a camera pointed at a poster.
    const auto video = testmedia::makeScanVideo(dir.filePath(QStringLiteral("scan.mp4")), kCode);
    INFO(video.error().toStdString());
    REQUIRE(video.ok());

    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    FrameScanner scanner;
    scanner.setVideoSink(&sink);
    QSignalSpy found(&scanner, &FrameScanner::codeFound);
    player.setSource(QUrl::fromLocalFile(video.value()));
    player.play();
    REQUIRE(waitUntil([&] { return !found.isEmpty(); }, 20000));
    waitUntil([&] { return player.playbackState() == QMediaPlayer::StoppedState; }, 5000); // the rest of the video
    CHECK(found.first().at(0).toString() == kCode);
    CHECK(found.size() == 1); // the same code in every later frame is not reported again
    CHECK(scanner.framesDecoded() >= 2);
    player.stop();
}
