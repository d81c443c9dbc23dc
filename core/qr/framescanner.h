// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/qrdecoder.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QThread>
#include <QVideoFrame>
#include <QVideoSink>

#include <functional>

namespace motcua {

// Reads QR codes from a stream of frames — a camera, a video file (through a QVideoSink), or
// still images — on one worker thread. One frame is decoded at a time; frames that arrive
// while the worker is busy are dropped (the camera does not wait, and the newest frame is the
// one that matters). `codeFound` fires only when the decoded text changes; after
// `forgetAfterEmptyFrames` frames without a code, the same code counts as new again.
class FrameScanner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(int framesDecoded READ framesDecoded NOTIFY statsChanged)
    Q_PROPERTY(int framesDropped READ framesDropped NOTIFY statsChanged)
public:
    explicit FrameScanner(QObject *parent = nullptr);
    ~FrameScanner() override;

    [[nodiscard]] QVideoSink *videoSink() const { return m_sink; }
    // Scans every frame the sink shows (a MediaPlayer's or a Camera's VideoOutput sink).
    void setVideoSink(QVideoSink *sink);

    // Hands one frame to the worker, or drops it when the worker is busy; returns whether it
    // was taken.
    bool offerFrame(const QVideoFrame &frame);
    bool offerImage(const QImage &image);

    [[nodiscard]] int framesDecoded() const { return m_decoded; }
    [[nodiscard]] int framesDropped() const { return m_dropped; }
    [[nodiscard]] bool busy() const { return m_busy; }
    void setForgetAfterEmptyFrames(int frames) { m_forgetAfter = frames; }
    // Forget the last code (a new citizen, a new screen): the next one is new.
    Q_INVOKABLE void reset();

    // The luminance of a video frame for ZXing, whatever its pixel format (tests use it too).
    [[nodiscard]] static QList<DecodedCode> decodeFrame(const QVideoFrame &frame);

Q_SIGNALS:
    // `corners` are in frame pixels; `frameSize` tells the UI how to map them to the view.
    void codeFound(const QString &text, const QList<QPointF> &corners, const QSize &frameSize);
    // Every decoded frame: the corners of its first code (none: no code), for the viewfinder.
    void frameDecoded(const QList<QPointF> &corners, const QSize &frameSize);
    void videoSinkChanged();
    void statsChanged();

private:
    // Runs `decode` on the worker unless it is busy (then the frame is dropped).
    bool dispatch(std::function<QList<DecodedCode>()> decode, const QSize &frameSize);
    void onDecoded(const QList<DecodedCode> &codes, const QSize &frameSize, quint64 generation);

    QThread m_thread;
    QObject *m_worker = nullptr;
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;
    bool m_busy = false;
    int m_decoded = 0;
    int m_dropped = 0;
    int m_emptyInARow = 0;
    int m_forgetAfter = 15;
    QString m_lastText;
    quint64 m_generation = 0; // reset() starts a new one: older results are dropped
};

} // namespace motcua
