// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTextToSpeech;

namespace motcua {

// Reads guidance aloud in the kiosk's language with Qt TextToSpeech. Without an engine or a
// voice for the language the kiosk stays silent and `problem` says why (for the technician);
// nothing else changes. Each new sentence cuts off the one before: guidance follows the screen.
class VoiceGuide : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(QString lastSaid READ lastSaid NOTIFY said)

public:
    explicit VoiceGuide(const QLocale &language = QLocale(QLocale::Vietnamese), QObject *parent = nullptr);
    ~VoiceGuide() override;

    [[nodiscard]] bool available() const { return m_speech != nullptr; }
    [[nodiscard]] QString problem() const { return m_problem; } // English, empty when available
    [[nodiscard]] bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    // What was last asked to be said (also when silent), for tests and the screen's repeat button.
    [[nodiscard]] QString lastSaid() const { return m_lastSaid; }

    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();
    // Stops and forgets what was last said (the session is wiped).
    void forget();

Q_SIGNALS:
    void enabledChanged();
    void said(const QString &text);

private:
    QTextToSpeech *m_speech = nullptr;
    QString m_problem;
    QString m_lastSaid;
    bool m_enabled = true;
};

} // namespace motcua
