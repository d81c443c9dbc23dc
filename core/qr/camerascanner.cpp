// SPDX-License-Identifier: GPL-3.0-or-later
#include "camerascanner.h"

#include <QCamera>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>

namespace motcua {

Q_LOGGING_CATEGORY(lcCamera, "motcua.camera")

namespace {

constexpr int kDefaultHintAfterMs = 10'000;
// A camera that has sent no frame for this long (since it started, or since the last one) will not.
constexpr int kDefaultStallAfterMs = 8'000;

// For the citizen, in the kiosk's language when the message is set.
QString noCameraText()
{
    return QCoreApplication::translate("motcua::CameraScanner",
                                       "Máy chưa có camera để quét mã. Bạn có thể đưa mã vào máy quét cầm tay ở quầy, "
                                       "hoặc tìm thủ tục bằng chữ.");
}

QString cameraFailedText()
{
    return QCoreApplication::translate("motcua::CameraScanner",
                                       "Camera đang gặp trục trặc. Bạn có thể đưa mã vào máy quét cầm tay ở quầy, "
                                       "hoặc nhờ cán bộ giúp.");
}

bool namesVideoFile(const QString &source)
{
    return source.startsWith(u'/');
}

} // namespace

CameraScanner::CameraScanner(QString source, QSize resolution, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_resolution(resolution)
{
    m_hintTimer.setSingleShot(true);
    m_hintTimer.setInterval(kDefaultHintAfterMs);
    connect(&m_hintTimer, &QTimer::timeout, this, [this] { setHintDue(true); });
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(kDefaultStallAfterMs);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcCamera) << "no frame from" << m_deviceName << "for" << m_stallTimer.interval() << "ms";
        fail(cameraFailedText());
    });
    connect(&m_frames, &FrameScanner::frameDecoded, this, [this](const QList<QPointF> &corners, QSize frameSize) {
        if (m_state != State::Starting && m_state != State::Scanning)
            return;
        m_stallTimer.start();
        if (m_state == State::Starting) {
            setState(State::Scanning);
            m_hintTimer.start();
        }
        setCorners(corners, frameSize);
        // A code in sight (even one already reported) is not a citizen in need of the hint.
        if (!corners.isEmpty()) {
            setHintDue(false);
            m_hintTimer.start();
        }
    });
    connect(&m_frames, &FrameScanner::codeFound, this, [this](const QString &text) {
        if (m_state != State::Scanning)
            return;
        setHintDue(false);
        m_hintTimer.start();
        Q_EMIT codeFound(text);
    });
}

void CameraScanner::watchDevices()
{
    if (m_devices)
        return;
    m_devices = new QMediaDevices(this);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, [this] {
        if ((m_state == State::NoCamera || m_state == State::Failed) && !namesVideoFile(m_source)
            && m_source != QLatin1String("none"))
            start();
    });
}

QVideoSink *CameraScanner::sink()
{
    if (m_viewSink)
        return m_viewSink.get();
    if (!m_ownSink)
        m_ownSink = std::make_unique<QVideoSink>();
    return m_ownSink.get();
}

CameraScanner::~CameraScanner()
{
    stop();
}

void CameraScanner::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
}

void CameraScanner::setVideoSink(QVideoSink *sink)
{
    if (m_viewSink == sink && m_frames.videoSink() == this->sink())
        return;
    disconnect(m_sinkGone);
    m_viewSink = sink;
    // The view may go first (the window closing): frames then come back to our own sink. A
    // running source is started again on it rather than switched while it plays (GStreamer
    // may fail a stream whose sink changes under it).
    if (sink)
        m_sinkGone = connect(sink, &QObject::destroyed, this, [this] {
            const bool running = m_state == State::Starting || m_state == State::Scanning;
            setVideoSink(nullptr);
            if (running)
                start();
        });
    connectSink();
    Q_EMIT videoSinkChanged();
}

void CameraScanner::connectSink()
{
    if (m_session)
        m_session->setVideoSink(sink());
    if (m_player)
        m_player->setVideoSink(sink());
    m_frames.setVideoSink(sink());
}

void CameraScanner::setStallAfterMs(int ms)
{
    if (ms == m_stallTimer.interval())
        return;
    m_stallTimer.setInterval(ms);
    Q_EMIT stallAfterMsChanged();
}

void CameraScanner::setHintAfterMs(int ms)
{
    if (ms == m_hintTimer.interval())
        return;
    m_hintTimer.setInterval(ms);
    Q_EMIT hintAfterMsChanged();
}

QCameraDevice CameraScanner::findCamera(const QString &source)
{
    if (source == QLatin1String("none") || namesVideoFile(source))
        return {};
    if (source == QLatin1String("auto"))
        return QMediaDevices::defaultVideoInput();
    for (const QCameraDevice &camera : QMediaDevices::videoInputs()) {
        if (QString::fromUtf8(camera.id()) == source || camera.description().contains(source, Qt::CaseInsensitive))
            return camera;
    }
    return {};
}

QCameraFormat CameraScanner::nearestFormat(const QCameraDevice &camera, QSize resolution)
{
    QCameraFormat best;
    qint64 bestScore = std::numeric_limits<qint64>::max();
    for (const QCameraFormat &format : camera.videoFormats()) {
        const QSize size = format.resolution();
        qint64 score = qAbs(qint64(size.width()) * size.height() - qint64(resolution.width()) * resolution.height());
        // JPEG frames must be decompressed before reading: a last resort.
        if (format.pixelFormat() == QVideoFrameFormat::Format_Jpeg)
            score += qint64(1) << 40;
        if (score < bestScore) {
            bestScore = score;
            best = format;
        }
    }
    return best;
}

void CameraScanner::start()
{
    stop();
    watchDevices();
    connectSink();
    setState(State::Starting);
    if (m_source == QLatin1String("none")) {
        setState(State::NoCamera, noCameraText());
        return;
    }
    if (namesVideoFile(m_source))
        startVideo(m_source);
    else
        startCamera();
    if (m_state == State::Starting)
        m_stallTimer.start();
}

void CameraScanner::fail(const QString &why)
{
    release(); // a failed camera neither films the hall nor keeps the decoder busy
    setState(State::Failed, why);
}

void CameraScanner::startVideo(const QString &file)
{
    if (!QFileInfo(file).isReadable()) {
        qCWarning(lcCamera) << "video source" << file << "cannot be read";
        fail(cameraFailedText());
        return;
    }
    m_deviceName = QFileInfo(file).fileName();
    m_player = std::make_unique<QMediaPlayer>();
    m_player->setLoops(QMediaPlayer::Infinite);
    m_player->setVideoSink(sink());
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &why) {
        qCWarning(lcCamera) << "video source failed:" << why;
        QMetaObject::invokeMethod(this, [this, run = m_run] {
            if (run == m_run) // not a source started since
                fail(cameraFailedText());
        }, Qt::QueuedConnection);
    });
    m_player->setSource(QUrl::fromLocalFile(file));
    m_player->play();
}

void CameraScanner::startCamera()
{
    const QCameraDevice device = findCamera(m_source);
    if (device.isNull()) {
        qCInfo(lcCamera) << "no camera matches" << m_source << "- cameras present:" << QMediaDevices::videoInputs().size();
        setState(State::NoCamera, noCameraText());
        return;
    }
    m_deviceName = device.description();
    m_camera = std::make_unique<QCamera>(device);
    const QCameraFormat format = nearestFormat(device, m_resolution);
    if (!format.isNull())
        m_camera->setCameraFormat(format);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString &why) {
        if (error == QCamera::NoError)
            return;
        qCWarning(lcCamera) << "camera" << m_deviceName << "failed:" << why;
        QMetaObject::invokeMethod(this, [this, run = m_run] {
            if (run == m_run) // not a source started since
                fail(cameraFailedText());
        }, Qt::QueuedConnection);
    });
    m_session = std::make_unique<QMediaCaptureSession>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(sink());
    qCInfo(lcCamera) << "camera" << m_deviceName << "at" << format.resolution();
    m_camera->start();
}

void CameraScanner::release()
{
    ++m_run;
    m_hintTimer.stop();
    m_stallTimer.stop();
    if (m_player)
        m_player->stop();
    if (m_camera)
        m_camera->stop();
    m_session.reset();
    m_camera.reset();
    m_player.reset();
    m_frames.reset(); // a decode still under way belongs to the source just stopped
    setCorners({}, {});
    setHintDue(false);
}

void CameraScanner::stop()
{
    release();
    m_deviceName.clear();
    setState(State::Off);
}

void CameraScanner::scanAgain()
{
    m_frames.reset();
    setHintDue(false);
    if (m_state == State::Scanning)
        m_hintTimer.start();
}

void CameraScanner::setState(State state, const QString &problem)
{
    if (state == m_state && problem == m_problem)
        return;
    m_state = state;
    m_problem = problem;
    Q_EMIT stateChanged();
}

void CameraScanner::setCorners(const QList<QPointF> &corners, QSize frameSize)
{
    QVariantList normalised;
    if (frameSize.width() > 0 && frameSize.height() > 0) {
        for (const QPointF &p : corners)
            normalised.append(QPointF(p.x() / frameSize.width(), p.y() / frameSize.height()));
    }
    if (normalised == m_corners)
        return;
    m_corners = normalised;
    Q_EMIT cornersChanged();
}

void CameraScanner::setHintDue(bool due)
{
    if (due == m_hintDue)
        return;
    m_hintDue = due;
    Q_EMIT hintDueChanged();
}

} // namespace motcua
