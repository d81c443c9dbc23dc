// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTextToSpeech;

namespace motcua {

// Reads guidance aloud in the kiosk's language with Qt TextToSpeech (speech-dispatcher with
// espeak-ng's Vietnamese voice on the kiosk). Without an engine or a voice for the language the
// kiosk stays silent and `problem` says why (English, for the technician's diagnostics);
// nothing else changes. Each new sentence cuts off the one before: guidance follows the screen.
class VoiceGuide : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availabilityChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY availabilityChanged)
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)
    // "ready", "speaking", "paused", "error", or "unavailable" (no voice: see problem).
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString lastSaid READ lastSaid NOTIFY said)

public:
    // `language`: "vi" or "en"; `engine`: a Qt TextToSpeech engine name, empty for the
    // system's default (speech-dispatcher on the kiosk), "none" for no voice at all.
    explicit VoiceGuide(const QString &language = QStringLiteral("vi"), const QString &engine = {},
                        QObject *parent = nullptr);
    ~VoiceGuide() override;

    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] QString problem() const { return m_problem; } // empty when available
    [[nodiscard]] bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    [[nodiscard]] double rate() const { return m_rate; }
    void setRate(double rate); // -1.0 slowest … 1.0 fastest
    [[nodiscard]] QString state() const;
    // The voice that speaks, e.g. "vi (espeak-ng)", or empty.
    [[nodiscard]] QString voiceName() const;
    // What was last asked to be said (also when silent), for tests and the screen's repeat button.
    [[nodiscard]] QString lastSaid() const { return m_lastSaid; }

    // Speaks in `language` from now on ("vi" or "en"); silent (with a problem) without its voice.
    void setLanguage(const QString &language);
    // Tries the engine again when it was not available (speech-dispatcher started late); say()
    // does so by itself at most every 30 s. Returns whether the voice is available now.
    bool reconnect();

    // Guidance: spoken when the voice is on (and remembered either way).
    Q_INVOKABLE void say(const QString &text);
    // The speaker button: what was said last (or `fallback` when nothing was), spoken even with
    // guidance off, since the citizen asked for it.
    Q_INVOKABLE void repeat(const QString &fallback = {});
    Q_INVOKABLE void stop();
    // Stops and forgets what was last said (the session is wiped).
    void forget();

    // A code read one character at a time ("26-0512" → "2, 6, 0, 5, 1, 2"), so that a voice
    // does not read it as a number: the citizen writes it down as it is read.
    [[nodiscard]] Q_INVOKABLE static QString oneByOne(const QString &code);

Q_SIGNALS:
    void availabilityChanged();
    void enabledChanged();
    void rateChanged();
    void stateChanged();
    void said(const QString &text);

private:
    bool connectEngine();
    void setProblem(const QString &problem);

    QTextToSpeech *m_speech = nullptr; // the engine, kept across languages
    QString m_engine;                  // asked for; empty: the system's default
    QString m_language;
    QElapsedTimer m_lastConnect;
    QString m_problem;
    QString m_lastSaid;
    bool m_available = false;
    bool m_enabled = true;
    double m_rate = 0.0;
};

} // namespace motcua
