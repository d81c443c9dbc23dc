// SPDX-License-Identifier: GPL-3.0-or-later
#include "voiceguide.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

#include <algorithm>

namespace motcua {

Q_LOGGING_CATEGORY(lcVoice, "motcua.voice")

VoiceGuide::VoiceGuide(const QString &language, const QString &engine, QObject *parent)
    : QObject(parent), m_engine(engine), m_language(language)
{
    connectEngine();
}

bool VoiceGuide::connectEngine()
{
    m_lastConnect.start();
    if (m_engine == QLatin1String("none")) {
        setProblem(QStringLiteral("voice turned off in the config (voice_engine = none)"));
        return false;
    }
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        setProblem(QStringLiteral("no text-to-speech engine is installed (qt6-speech-speechd-plugin, speech-dispatcher)"));
        return false;
    }
    if (!m_engine.isEmpty() && !engines.contains(m_engine)) {
        setProblem(QStringLiteral("no text-to-speech engine '%1' (installed: %2)").arg(m_engine, engines.join(QStringLiteral(", "))));
        return false;
    }
    delete m_speech;
    m_speech = m_engine.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(m_engine, this);
    if (m_speech->state() == QTextToSpeech::Error) {
        setProblem(QStringLiteral("the text-to-speech engine failed to start (is speech-dispatcher installed and "
                                  "a sound server running?)"));
        return false;
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this, &VoiceGuide::stateChanged);
    setLanguage(m_language);
    return m_available;
}

bool VoiceGuide::reconnect()
{
    if (m_available)
        return true;
    return connectEngine();
}

VoiceGuide::~VoiceGuide() = default;

void VoiceGuide::setProblem(const QString &problem)
{
    const bool available = problem.isEmpty();
    if (problem == m_problem && available == m_available)
        return;
    m_problem = problem;
    m_available = available;
    if (!available)
        qCInfo(lcVoice) << "voice guidance off:" << problem;
    Q_EMIT availabilityChanged();
    Q_EMIT stateChanged();
}

void VoiceGuide::setLanguage(const QString &language)
{
    if (language == m_language && m_available)
        return; // already speaking it: no need to ask the engine for its voices again
    m_language = language;
    if (!m_speech || m_speech->state() == QTextToSpeech::Error)
        return;
    const QLocale wanted(language == QLatin1String("en") ? QLocale::English : QLocale::Vietnamese);
    const QList<QLocale> locales = m_speech->availableLocales();
    const auto match = std::find_if(locales.begin(), locales.end(), [&](const QLocale &l) {
        return l.language() == wanted.language();
    });
    if (match == locales.end()) {
        setProblem(QStringLiteral("no %1 voice (for Vietnamese: speech-dispatcher-espeak-ng; the engine offers %2)")
                       .arg(QLocale::languageToString(wanted.language()))
                       .arg(locales.isEmpty() ? QStringLiteral("no voice at all") : QStringLiteral("%1 languages").arg(locales.size())));
        return;
    }
    m_speech->stop();
    m_speech->setLocale(*match);
    m_speech->setRate(m_rate);
    setProblem({});
}

void VoiceGuide::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        stop();
    Q_EMIT enabledChanged();
}

void VoiceGuide::setRate(double rate)
{
    rate = std::clamp(rate, -1.0, 1.0);
    if (qFuzzyCompare(rate + 2.0, m_rate + 2.0))
        return;
    m_rate = rate;
    if (m_speech)
        m_speech->setRate(rate);
    Q_EMIT rateChanged();
}

QString VoiceGuide::state() const
{
    if (!m_available)
        return QStringLiteral("unavailable");
    switch (m_speech->state()) {
    case QTextToSpeech::Ready: return QStringLiteral("ready");
    case QTextToSpeech::Speaking: return QStringLiteral("speaking");
    case QTextToSpeech::Paused: return QStringLiteral("paused");
    default: return QStringLiteral("error");
    }
}

QString VoiceGuide::voiceName() const
{
    if (!m_available)
        return {};
    return QStringLiteral("%1 (%2)").arg(m_speech->voice().name(), m_speech->engine());
}

void VoiceGuide::say(const QString &text)
{
    m_lastSaid = text;
    // speech-dispatcher may come up after the kiosk (a slow boot): try again now and then.
    if (!m_available && m_lastConnect.hasExpired(30'000))
        connectEngine();
    if (m_available && m_enabled && !text.trimmed().isEmpty()) {
        m_speech->stop();
        m_speech->say(text);
    }
    Q_EMIT said(text);
}

void VoiceGuide::repeat(const QString &fallback)
{
    const QString text = m_lastSaid.trimmed().isEmpty() ? fallback : m_lastSaid;
    m_lastSaid = text;
    if (!m_available)
        connectEngine(); // the citizen asked: worth a try at once
    if (m_available && !text.trimmed().isEmpty()) {
        m_speech->stop();
        m_speech->say(text);
    }
    Q_EMIT said(text);
}

void VoiceGuide::stop()
{
    if (m_available)
        m_speech->stop();
}

void VoiceGuide::forget()
{
    stop();
    m_lastSaid.clear();
    Q_EMIT said(m_lastSaid);
}

QString VoiceGuide::oneByOne(const QString &code)
{
    QStringList characters;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            characters.append(QString(c));
    }
    return characters.join(QStringLiteral(", "));
}

} // namespace motcua
