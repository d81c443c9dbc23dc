// SPDX-License-Identifier: GPL-3.0-or-later
#include "framescanner.h"

#include <QVideoSink>


namespace motcua {

namespace {

// The bytes of the luminance (or of the colour pixels) of a mapped frame, as ZXing takes them;
// nothing for the formats that need converting first.
std::optional<QList<DecodedCode>> decodeMapped(const QVideoFrame &f)
{
    const int w = f.width();
    const int h = f.height();
    const uchar *data = f.bits(0);
    const int stride = f.bytesPerLine(0);
    const auto lum = [&](const uchar *start, int pixStride) {
        return QrDecoder::decodeLuminance(start, w, h, stride, pixStride);
    };
    switch (f.pixelFormat()) {
    // Planar and semi-planar YUV: plane 0 is the luminance, as is.
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return lum(data, 1);
    // Packed YUV: Y every other byte (YUYV: first; UYVY: second), AYUV: second of four.
    case QVideoFrameFormat::Format_YUYV:
        return lum(data, 2);
    case QVideoFrameFormat::Format_UYVY:
        return lum(data + 1, 2);
    case QVideoFrameFormat::Format_AYUV:
    case QVideoFrameFormat::Format_AYUV_Premultiplied:
        return lum(data + 1, 4);
    // 32-bit RGB: Qt names these by their byte order in memory.
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888:
        return QrDecoder::decodeView(data, w, h, stride, QrDecoder::PixelOrder::XRGB);
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888:
        return QrDecoder::decodeView(data, w, h, stride, QrDecoder::PixelOrder::BGRX);
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888:
        return QrDecoder::decodeView(data, w, h, stride, QrDecoder::PixelOrder::XBGR);
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888:
        return QrDecoder::decodeView(data, w, h, stride, QrDecoder::PixelOrder::RGBX);
    default:
        return std::nullopt;
    }
}

} // namespace

QList<DecodedCode> FrameScanner::decodeFrame(const QVideoFrame &frame)
{
    QVideoFrame f(frame);
    if (!f.isValid())
        return {};
    if (f.map(QVideoFrame::ReadOnly)) {
        const std::optional<QList<DecodedCode>> codes = f.bits(0) ? decodeMapped(f) : std::nullopt;
        f.unmap();
        if (codes)
            return *codes;
    }
    // Anything else (JPEG camera frames, GPU textures, 10-bit formats): let Qt convert it.
    return QrDecoder::decode(frame.toImage());
}

FrameScanner::FrameScanner(QObject *parent) : QObject(parent)
{
    m_worker = new QObject; // lives on the worker thread; decoding runs in its event loop
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("qr-decoder"));
    m_thread.start();
}

FrameScanner::~FrameScanner()
{
    m_thread.quit();
    m_thread.wait();
}

void FrameScanner::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    disconnect(m_sinkConnection);
    m_sink = sink;
    if (sink)
        m_sinkConnection = connect(sink, &QVideoSink::videoFrameChanged, this,
                                   [this](const QVideoFrame &frame) { (void)offerFrame(frame); });
    Q_EMIT videoSinkChanged();
}

bool FrameScanner::offerFrame(const QVideoFrame &frame)
{
    return frame.isValid() && dispatch([frame] { return decodeFrame(frame); }, frame.size());
}

bool FrameScanner::offerImage(const QImage &image)
{
    return !image.isNull() && dispatch([image] { return QrDecoder::decode(image); }, image.size());
}

bool FrameScanner::dispatch(std::function<QList<DecodedCode>()> decode, const QSize &frameSize)
{
    if (m_busy) {
        ++m_dropped;
        Q_EMIT statsChanged();
        return false;
    }
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [this, decode = std::move(decode), frameSize, generation = m_generation] {
        const QList<DecodedCode> codes = decode();
        QMetaObject::invokeMethod(this, [this, codes, frameSize, generation] { onDecoded(codes, frameSize, generation); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return true;
}

void FrameScanner::reset()
{
    m_lastText.clear();
    m_emptyInARow = 0;
    ++m_generation;
}

void FrameScanner::onDecoded(const QList<DecodedCode> &codes, const QSize &frameSize, quint64 generation)
{
    m_busy = false;
    if (generation != m_generation)
        return; // a frame from before reset(): another source, or a code already handled
    ++m_decoded;
    Q_EMIT statsChanged();
    Q_EMIT frameDecoded(codes.isEmpty() ? QList<QPointF>() : codes.first().corners, frameSize);
    if (codes.isEmpty()) {
        if (++m_emptyInARow >= m_forgetAfter)
            m_lastText.clear();
        return;
    }
    m_emptyInARow = 0;
    const DecodedCode &code = codes.first();
    if (code.text == m_lastText)
        return;
    m_lastText = code.text;
    Q_EMIT codeFound(code.text, code.corners, frameSize);
}

} // namespace motcua
