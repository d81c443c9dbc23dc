// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace motcua {

// One citizen's use of the kiosk: it starts at the first touch and ends on finish, "Kết thúc"
// or idle. After `idleSeconds` without a touch the kiosk asks "Bạn còn đang sử dụng?" for
// `warningSeconds`; a touch or "Tiếp tục" carries on, else the session ends and wipeRequested()
// asks every service to forget it. While something must stay on screen (a payment code being
// scanned, a receipt printing), a hold keeps the idle clock from running.
// The clock is injectable: tests move it by hand and call check().
class KioskSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY changed)    // none | active | warning
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY changed) // of the warning
    Q_PROPERTY(bool held READ held NOTIFY changed)
    // From the config (idle_timeout_seconds); tests shorten them.
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY changed)
    Q_PROPERTY(int warningSeconds READ warningSeconds WRITE setWarningSeconds NOTIFY changed)

public:
    struct Settings
    {
        int idleSeconds = 90;
        int warningSeconds = 20;
    };
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit KioskSession(Settings settings, Clock clock = {}, QObject *parent = nullptr);

    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] int secondsLeft() const;
    [[nodiscard]] bool held() const { return !m_holds.isEmpty(); }
    [[nodiscard]] int idleSeconds() const { return m_settings.idleSeconds; }
    [[nodiscard]] int warningSeconds() const { return m_settings.warningSeconds; }
    void setIdleSeconds(int seconds);
    void setWarningSeconds(int seconds);

    // Any touch, key or scan: starts a session, or puts idle off; ends a warning.
    Q_INVOKABLE void touched();
    Q_INVOKABLE void continueSession() { touched(); }
    // Finished, or "Kết thúc": the session ends now.
    Q_INVOKABLE void end(const QString &reason = QStringLiteral("finished"));
    // `why` (e.g. "payment") keeps the session from idling until released.
    Q_INVOKABLE void hold(const QString &why);
    Q_INVOKABLE void release(const QString &why);
    // Looks at the clock (the timer calls it every second).
    void check();
    // Every press, touch, wheel or key that reaches `target` (the application) is a touch.
    void listenTo(QObject *target);
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void changed();
    void warningStarted();
    // Someone touched the kiosk (clerk mode's own idle clock listens).
    void activity();
    // The session is over: screens go home, answers, photos, scans, search text and the
    // keyboard's buffer are forgotten. `reason`: finished | idle | …
    void wipeRequested(const QString &reason);

private:
    void setState(const QString &state);

    Settings m_settings;
    Clock m_clock;
    QTimer m_tick;
    QString m_state = QStringLiteral("none");
    qint64 m_lastTouchMs = 0;
    qint64 m_warningSinceMs = 0;
    QSet<QString> m_holds;
};

} // namespace motcua
