// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/framescanner.h"

#include <QCameraDevice>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>
#include <QVariantList>
#include <QVideoSink>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QMediaDevices;
class QMediaPlayer;

namespace motcua {

// The scanner screen's eye: a camera (chosen by config) or a video file played in a loop in its
// place, shown in the screen's VideoOutput and read by a FrameScanner from the same sink.
// It reports what the citizen needs to know — scanning, no camera, camera failed — where the
// code is in the picture (to draw a frame around it), and when to give the "hold the code in
// the frame" hint. Codes go out through `codeFound`; the kiosk hands them to its ScanInbox.
class CameraScanner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY stateChanged)
    Q_PROPERTY(QVariantList corners READ corners NOTIFY cornersChanged)
    Q_PROPERTY(bool hintDue READ hintDue NOTIFY hintDueChanged)
    Q_PROPERTY(int hintAfterMs READ hintAfterMs WRITE setHintAfterMs NOTIFY hintAfterMsChanged)
    Q_PROPERTY(int stallAfterMs READ stallAfterMs WRITE setStallAfterMs NOTIFY stallAfterMsChanged)

public:
    enum class State { Off, Starting, Scanning, NoCamera, Failed };
    Q_ENUM(State)

    // `source` as the config's `camera` key: auto, none, part of a camera's name or id, or
    // a video file's absolute path.
    explicit CameraScanner(QString source = QStringLiteral("auto"), QSize resolution = {1280, 720},
                           QObject *parent = nullptr);
    ~CameraScanner() override;

    [[nodiscard]] QString source() const { return m_source; }
    void setSource(const QString &source); // takes effect at the next start()
    [[nodiscard]] QVideoSink *videoSink() const { return m_viewSink; }
    // The view's sink (VideoOutput.videoSink); without one, frames go to a sink of our own.
    void setVideoSink(QVideoSink *sink);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString problem() const { return m_problem; } // for the citizen, in the language of when it failed
    [[nodiscard]] QString deviceName() const { return m_deviceName; }
    // The four corners of the code seen in the last frame, each {x, y} as a fraction of the
    // frame's width and height; empty when the last frame held no code.
    [[nodiscard]] QVariantList corners() const { return m_corners; }
    [[nodiscard]] bool hintDue() const { return m_hintDue; }
    [[nodiscard]] int hintAfterMs() const { return m_hintTimer.interval(); }
    void setHintAfterMs(int ms);
    // A source that sends no frame for this long (none at all after start(), or none any more:
    // unplugged, frozen) has failed.
    [[nodiscard]] int stallAfterMs() const { return m_stallTimer.interval(); }
    void setStallAfterMs(int ms);
    [[nodiscard]] FrameScanner &frames() { return m_frames; }

    // The camera the source names (auto: the default one); null when there is none.
    [[nodiscard]] static QCameraDevice findCamera(const QString &source);
    // The camera's format nearest to `resolution` (uncompressed formats preferred).
    [[nodiscard]] static QCameraFormat nearestFormat(const QCameraDevice &camera, QSize resolution);

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    // After a code was handled on the same screen: the same code, shown again, counts anew.
    Q_INVOKABLE void scanAgain();

Q_SIGNALS:
    void codeFound(const QString &text);
    void sourceChanged();
    void videoSinkChanged();
    void stateChanged();
    void cornersChanged();
    void hintDueChanged();
    void hintAfterMsChanged();
    void stallAfterMsChanged();

private:
    void startVideo(const QString &file);
    void startCamera();
    // Stops the source and the timers, keeps the state.
    void release();
    void fail(const QString &why);
    // Session, player and FrameScanner all on sink().
    void connectSink();
    // A camera plugged in while the screen waits is used at once: watched from the first start().
    void watchDevices();
    void setState(State state, const QString &problem = {});
    void setCorners(const QList<QPointF> &corners, QSize frameSize);
    void setHintDue(bool due);
    // The view's sink, else our own, made at first need: a QVideoSink loads the multimedia
    // backend (GStreamer), half a second the kiosk's start does without.
    QVideoSink *sink();

    QString m_source;
    QSize m_resolution;
    QPointer<QVideoSink> m_viewSink;
    std::unique_ptr<QVideoSink> m_ownSink;
    FrameScanner m_frames;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QMediaPlayer> m_player;
    QMediaDevices *m_devices = nullptr;
    State m_state = State::Off;
    QString m_problem;
    QString m_deviceName;
    QVariantList m_corners;
    bool m_hintDue = false;
    QTimer m_hintTimer;
    QTimer m_stallTimer;
    QMetaObject::Connection m_sinkGone;
    quint64 m_run = 0; // which start() a queued error belongs to
};

} // namespace motcua
