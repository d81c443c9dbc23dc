// SPDX-License-Identifier: GPL-3.0-or-later
#include "wedgedetector.h"

#include <QKeyEvent>

namespace motcua {

bool WedgeDetector::feed(const QString &text, qint64 msecs)
{
    // A clock that went back (two sources of timestamps) breaks a burst too.
    const bool continues = m_lastKeyAt >= 0 && msecs >= m_lastKeyAt && msecs - m_lastKeyAt <= kMaxGapMs;
    m_lastKeyAt = msecs;
    if (!continues)
        m_buffer.clear();
    if (text == QLatin1String("\r") || text == QLatin1String("\n")) {
        const bool burst = continues && m_buffer.size() >= kMinLength;
        if (burst)
            Q_EMIT scanned(m_buffer);
        m_buffer.clear();
        m_lastKeyAt = -1;
        return burst;
    }
    if (text.isEmpty())
        return false;
    m_buffer += text;
    // Once a run is clearly faster than any hand, its keys are the scanner's.
    return continues && m_buffer.size() >= kMinLength;
}

bool WedgeDetector::eventFilter(QObject *watched, QEvent *event)
{
    // A key press reaches the window, then the window hands it to the focused item: hear it
    // once, at the window.
    if (event->type() != QEvent::KeyPress || !watched->isWindowType())
        return QObject::eventFilter(watched, event);
    if (!m_clock.isValid())
        m_clock.start();
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    // When the key was pressed (the input device's time), not when it is handled: a busy
    // kiosk handles a scanner's keys late and unevenly, but they were typed milliseconds apart.
    // Events made by software may carry no time: then the time they are handled.
    const qint64 at = key->timestamp() != 0 ? qint64(key->timestamp()) : m_clock.elapsed();
    return feed(enter ? QStringLiteral("\r") : key->text(), at);
}

} // namespace motcua
