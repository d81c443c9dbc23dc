// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosksession.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QLoggingCategory>

namespace motcua {

Q_LOGGING_CATEGORY(lcSession, "motcua.session")

namespace {

KioskSession::Clock monotonicClock()
{
    static QElapsedTimer started;
    if (!started.isValid())
        started.start();
    return [] { return started.elapsed(); };
}

} // namespace

KioskSession::KioskSession(Settings settings, Clock clock, QObject *parent)
    : QObject(parent), m_settings(settings), m_clock(clock ? std::move(clock) : monotonicClock())
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &KioskSession::check);
}

int KioskSession::secondsLeft() const
{
    if (m_state != QLatin1String("warning"))
        return 0;
    const qint64 left = 1000LL * m_settings.warningSeconds - (m_clock() - m_warningSinceMs);
    return int(std::max<qint64>(0, (left + 999) / 1000));
}

void KioskSession::setIdleSeconds(int seconds)
{
    m_settings.idleSeconds = std::max(1, seconds);
    Q_EMIT changed();
}

void KioskSession::setWarningSeconds(int seconds)
{
    m_settings.warningSeconds = std::max(1, seconds);
    Q_EMIT changed();
}

void KioskSession::touched()
{
    m_lastTouchMs = m_clock();
    Q_EMIT activity();
    if (m_state != QLatin1String("active")) {
        setState(QStringLiteral("active"));
        m_tick.start();
    }
}

void KioskSession::end(const QString &reason)
{
    if (m_state == QLatin1String("none"))
        return;
    m_tick.stop();
    m_holds.clear();
    setState(QStringLiteral("none"));
    qCInfo(lcSession).noquote() << "session ended:" << reason;
    Q_EMIT wipeRequested(reason);
}

void KioskSession::hold(const QString &why)
{
    m_holds.insert(why);
    if (m_state == QLatin1String("warning"))
        touched(); // what must stay on screen came back: no question
    Q_EMIT changed();
}

void KioskSession::release(const QString &why)
{
    if (m_holds.remove(why))
        m_lastTouchMs = m_clock(); // the idle time counts from now, not from before the hold
    Q_EMIT changed();
}

void KioskSession::check()
{
    const qint64 now = m_clock();
    if (m_state == QLatin1String("active")) {
        if (held() || now - m_lastTouchMs < 1000LL * m_settings.idleSeconds)
            return;
        m_warningSinceMs = now;
        setState(QStringLiteral("warning"));
        Q_EMIT warningStarted();
    } else if (m_state == QLatin1String("warning")) {
        if (now - m_warningSinceMs >= 1000LL * m_settings.warningSeconds)
            end(QStringLiteral("idle"));
        else
            Q_EMIT changed(); // the countdown
    }
}

void KioskSession::listenTo(QObject *target)
{
    target->installEventFilter(this);
}

bool KioskSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        touched();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KioskSession::setState(const QString &state)
{
    m_state = state;
    Q_EMIT changed();
}

} // namespace motcua
