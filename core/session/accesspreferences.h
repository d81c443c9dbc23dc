// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace motcua {

class VoiceGuide;

// How the citizen at the kiosk wants to read and hear it: language, text size, high contrast,
// voice guidance and its speed. The header's accessibility menu and the home screen's language
// switch change them; the config sets what each new citizen starts with, and reset() (the
// session is wiped) brings those back.
class AccessPreferences : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // "normal", "large" (1.5x) or "very_large" (2x); textScale is the factor.
    Q_PROPERTY(QString textSize READ textSize WRITE setTextSize NOTIFY textSizeChanged)
    Q_PROPERTY(double textScale READ textScale NOTIFY textSizeChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    Q_PROPERTY(bool voiceOn READ voiceOn WRITE setVoiceOn NOTIFY voiceChanged)
    Q_PROPERTY(double voiceRate READ voiceRate WRITE setVoiceRate NOTIFY voiceChanged)
    // Something differs from what the next citizen will find.
    Q_PROPERTY(bool changed READ isChanged NOTIFY anyChanged)

public:
    struct Defaults
    {
        QString language = QStringLiteral("vi");
        QString textSize = QStringLiteral("normal");
        bool highContrast = false;
        bool voiceOn = true;
        double voiceRate = 0.0;
    };

    // `beforeLanguageChange` runs before the process's language changes (the kiosk installs its
    // translation there, so that everything refreshing on the change gets the new words).
    explicit AccessPreferences(Defaults defaults, VoiceGuide *voice = nullptr,
                               std::function<void(const QString &)> beforeLanguageChange = {},
                               QObject *parent = nullptr);

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString textSize() const { return m_textSize; }
    void setTextSize(const QString &size);
    [[nodiscard]] double textScale() const { return scaleOf(m_textSize); }
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    [[nodiscard]] bool voiceOn() const { return m_voiceOn; }
    void setVoiceOn(bool on);
    [[nodiscard]] double voiceRate() const { return m_voiceRate; }
    void setVoiceRate(double rate);
    [[nodiscard]] bool isChanged() const;

    // Back to what the config says (the next citizen).
    Q_INVOKABLE void reset();

    [[nodiscard]] static QStringList textSizes(); // normal, large, very_large
    [[nodiscard]] static double scaleOf(const QString &size);

Q_SIGNALS:
    void languageChanged();
    void textSizeChanged();
    void highContrastChanged();
    void voiceChanged();
    void anyChanged();

private:
    // The process's language is now `language`: the voice speaks it, QML hears of it.
    void follow(const QString &language);

    Defaults m_defaults;
    VoiceGuide *m_voice;
    std::function<void(const QString &)> m_beforeLanguageChange;
    QString m_language;
    QString m_textSize;
    bool m_highContrast = false;
    bool m_voiceOn = true;
    double m_voiceRate = 0.0;
};

} // namespace motcua
