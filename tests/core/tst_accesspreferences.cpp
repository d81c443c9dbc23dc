// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/localtext.h"
#include "common/uilanguage.h"
#include "session/accesspreferences.h"
#include "voice/voiceguide.h"
#include "testsupport.h"

#include <QSignalSpy>

using namespace motcua;

TEST_CASE("a citizen's choices apply at once and the next citizen finds the config's", "[access]")
{
    // A guide without an engine: what it is told is what matters here (tests/inclusion speaks).
    VoiceGuide voice(QStringLiteral("vi"), QStringLiteral("no-such-engine"));
    // The kiosk installs its translation in the hook: it must run before the language changes.
    QStringList hookSaw;
    AccessPreferences access({QStringLiteral("vi"), QStringLiteral("large"), false, true, -0.2}, &voice,
                             [&](const QString &language) { hookSaw << UiLanguage::current() + QStringLiteral("→") + language; });
    CHECK(access.textScale() == Approx(1.5));
    CHECK_FALSE(access.isChanged());
    CHECK(voice.enabled());
    CHECK(voice.rate() == Approx(-0.2));

    QSignalSpy languages(&UiLanguage::instance(), &UiLanguage::changed);
    QSignalSpy anything(&access, &AccessPreferences::anyChanged);
    access.setLanguage(QStringLiteral("en"));
    CHECK(UiLanguage::current() == QStringLiteral("en"));
    CHECK(languages.count() == 1);
    CHECK(hookSaw == QStringList{QStringLiteral("vi→en")});
    access.setTextSize(QStringLiteral("very_large"));
    CHECK(access.textScale() == Approx(2.0));
    access.setHighContrast(true);
    access.setVoiceOn(false);
    CHECK_FALSE(voice.enabled());
    access.setVoiceRate(3.0); // clamped
    CHECK(access.voiceRate() == Approx(1.0));
    CHECK(voice.rate() == Approx(1.0));
    CHECK(access.isChanged());
    CHECK(anything.count() >= 5);

    SECTION("nonsense is ignored")
    {
        access.setTextSize(QStringLiteral("huge"));
        access.setLanguage(QStringLiteral("fr"));
        CHECK(access.textSize() == QStringLiteral("very_large"));
        CHECK(access.language() == QStringLiteral("en"));
    }
    SECTION("the session is wiped")
    {
        access.reset();
        CHECK(UiLanguage::current() == QStringLiteral("vi"));
        CHECK(access.textSize() == QStringLiteral("large"));
        CHECK_FALSE(access.highContrast());
        CHECK(voice.enabled());
        CHECK(voice.rate() == Approx(-0.2));
        CHECK_FALSE(access.isChanged());
    }
    UiLanguage::set(QStringLiteral("vi"));
}

TEST_CASE("the language set elsewhere is the preferences' language too", "[access]")
{
    AccessPreferences access({}, nullptr);
    QSignalSpy changed(&access, &AccessPreferences::languageChanged);
    UiLanguage::set(QStringLiteral("en"));
    CHECK(access.language() == QStringLiteral("en"));
    CHECK(changed.count() == 1);
    UiLanguage::set(QStringLiteral("vi"));
    CHECK(access.language() == QStringLiteral("vi"));
}

TEST_CASE("catalog and form texts pick English beside Vietnamese", "[access][i18n]")
{
    const QJsonObject object{{QStringLiteral("name"), QStringLiteral("Đăng ký khai sinh")},
                             {QStringLiteral("help"), QStringLiteral("Chỉ có tiếng Việt")},
                             {QStringLiteral("en"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Birth registration")},
                                                                {QStringLiteral("help"), QStringLiteral("  ")}}}};
    const auto pick = [&](const QString &key, const QString &language) {
        return localText(object.value(key).toString(), object.value(QStringLiteral("en")).toObject(), key, language);
    };
    CHECK(pick(QStringLiteral("name"), QStringLiteral("vi")) == QStringLiteral("Đăng ký khai sinh"));
    CHECK(pick(QStringLiteral("name"), QStringLiteral("en")) == QStringLiteral("Birth registration"));
    // A blank English text falls back to the Vietnamese.
    CHECK(pick(QStringLiteral("help"), QStringLiteral("en")) == QStringLiteral("Chỉ có tiếng Việt"));
    CHECK_FALSE(UiLanguage::set(QStringLiteral("fr")));
    CHECK(UiLanguage::current() == QStringLiteral("vi"));
}
