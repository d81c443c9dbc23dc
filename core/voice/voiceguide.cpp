// SPDX-License-Identifier: GPL-3.0-or-later
#include "voiceguide.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

namespace motcua {

Q_LOGGING_CATEGORY(lcVoice, "motcua.voice")

VoiceGuide::VoiceGuide(const QLocale &language, QObject *parent) : QObject(parent)
{
    if (QTextToSpeech::availableEngines().isEmpty()) {
        m_problem = QStringLiteral("no text-to-speech engine is installed (qt6-speech-speechd-plugin, speech-dispatcher)");
    } else {
        auto *speech = new QTextToSpeech(this);
        const QList<QLocale> locales =
            speech->state() == QTextToSpeech::Error ? QList<QLocale>() : speech->availableLocales();
        const auto match = std::find_if(locales.begin(), locales.end(), [&](const QLocale &l) {
            return l.language() == language.language();
        });
        if (speech->state() == QTextToSpeech::Error) {
            m_problem = QStringLiteral("the text-to-speech engine failed to start");
            delete speech;
        } else if (match == locales.end()) {
            m_problem = QStringLiteral("no %1 voice (for Vietnamese: speech-dispatcher-espeak-ng)")
                            .arg(QLocale::languageToString(language.language()));
            delete speech;
        } else {
            speech->setLocale(*match);
            m_speech = speech;
        }
    }
    if (!m_problem.isEmpty())
        qCInfo(lcVoice) << "voice guidance off:" << m_problem;
}

VoiceGuide::~VoiceGuide() = default;

void VoiceGuide::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        stop();
    Q_EMIT enabledChanged();
}

void VoiceGuide::say(const QString &text)
{
    m_lastSaid = text;
    if (m_speech && m_enabled && !text.trimmed().isEmpty()) {
        m_speech->stop();
        m_speech->say(text);
    }
    Q_EMIT said(text);
}

void VoiceGuide::stop()
{
    if (m_speech)
        m_speech->stop();
}

void VoiceGuide::forget()
{
    stop();
    m_lastSaid.clear();
    Q_EMIT said(m_lastSaid);
}

} // namespace motcua
