// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesspreferences.h"

#include "common/uilanguage.h"
#include "voice/voiceguide.h"

#include <algorithm>

namespace motcua {

AccessPreferences::AccessPreferences(Defaults defaults, VoiceGuide *voice,
                                     std::function<void(const QString &)> beforeLanguageChange, QObject *parent)
    : QObject(parent), m_defaults(std::move(defaults)), m_voice(voice),
      m_beforeLanguageChange(std::move(beforeLanguageChange))
{
    for (auto signal : {&AccessPreferences::languageChanged, &AccessPreferences::textSizeChanged,
                        &AccessPreferences::highContrastChanged, &AccessPreferences::voiceChanged})
        connect(this, signal, this, &AccessPreferences::anyChanged);
    // The language is the process's (translator, catalog and form texts): follow it both ways.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &AccessPreferences::follow);
    reset();
}

void AccessPreferences::reset()
{
    setLanguage(m_defaults.language);
    setTextSize(m_defaults.textSize);
    setHighContrast(m_defaults.highContrast);
    setVoiceOn(m_defaults.voiceOn);
    setVoiceRate(m_defaults.voiceRate);
}

bool AccessPreferences::isChanged() const
{
    return m_language != m_defaults.language || m_textSize != m_defaults.textSize
           || m_highContrast != m_defaults.highContrast || m_voiceOn != m_defaults.voiceOn
           || !qFuzzyCompare(m_voiceRate + 2.0, m_defaults.voiceRate + 2.0);
}

void AccessPreferences::setLanguage(const QString &language)
{
    if (!UiLanguage::supported().contains(language))
        return;
    if (m_beforeLanguageChange && language != UiLanguage::current())
        m_beforeLanguageChange(language);
    UiLanguage::set(language); // follow() hears of it when it changes
    follow(language);          // and the first time, when the process had it already
}

void AccessPreferences::follow(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (m_voice)
        m_voice->setLanguage(language);
    Q_EMIT languageChanged();
}

void AccessPreferences::setTextSize(const QString &size)
{
    if (!textSizes().contains(size) || size == m_textSize)
        return;
    m_textSize = size;
    Q_EMIT textSizeChanged();
}

void AccessPreferences::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    Q_EMIT highContrastChanged();
}

void AccessPreferences::setVoiceOn(bool on)
{
    if (m_voice)
        m_voice->setEnabled(on);
    if (on == m_voiceOn)
        return;
    m_voiceOn = on;
    Q_EMIT voiceChanged();
}

void AccessPreferences::setVoiceRate(double rate)
{
    rate = std::clamp(rate, -1.0, 1.0);
    if (m_voice)
        m_voice->setRate(rate);
    if (qFuzzyCompare(rate + 2.0, m_voiceRate + 2.0))
        return;
    m_voiceRate = rate;
    Q_EMIT voiceChanged();
}

QStringList AccessPreferences::textSizes()
{
    return {QStringLiteral("normal"), QStringLiteral("large"), QStringLiteral("very_large")};
}

double AccessPreferences::scaleOf(const QString &size)
{
    if (size == QLatin1String("very_large"))
        return 2.0;
    if (size == QLatin1String("large"))
        return 1.5;
    return 1.0;
}

} // namespace motcua
