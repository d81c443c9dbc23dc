// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace motcua {

// Tells a handheld (keyboard-wedge) scanner from a person: the scanner "types" a whole payload
// and Enter with a few milliseconds between keys, people need 80 ms or more. Installed as an
// application-wide event filter it hears the keys wherever the focus is; a finished burst is
// reported with `scanned` and its keys are swallowed, so the payload does not also land in
// whatever text box has the focus. Keys typed by a person pass through untouched.
class WedgeDetector : public QObject
{
    Q_OBJECT
public:
    explicit WedgeDetector(QObject *parent = nullptr) : QObject(parent) {}

    // Feeds one key (text as QKeyEvent::text(); Enter/Return as "\r"), pressed at `msecs` on
    // any clock (a key earlier than the one before starts over).
    // Returns whether the key belongs to a scanner burst (and should not reach the UI).
    bool feed(const QString &text, qint64 msecs);

    bool eventFilter(QObject *watched, QEvent *event) override;
    // Drops a half-typed burst (the session is wiped).
    void reset() { m_buffer.clear(); m_lastKeyAt = -1; }

    static constexpr qint64 kMaxGapMs = 35;   // between two keys of one burst
    static constexpr int kMinLength = 6;      // shorter bursts are fast typists, not codes

Q_SIGNALS:
    void scanned(const QString &payload);

private:
    QString m_buffer;
    qint64 m_lastKeyAt = -1;
    QElapsedTimer m_clock;
};

} // namespace motcua
