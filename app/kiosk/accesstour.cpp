// SPDX-License-Identifier: GPL-3.0-or-later
// The tour's inclusion part: the same screens in English, with large and very large text, in
// high contrast, and the accessibility menu that sets them.
#include "screentour.h"

#include "kioskcontext.h"

namespace motcua {

bool ScreenTour::runAccessSteps(const std::function<bool(const QString &)> &shot)
{
    AccessPreferences *access = m_kiosk->access();
    struct Look
    {
        QString name;
        QString language;
        QString textSize;
        bool highContrast;
        QString screen;
        QString argument;
    };
    const QString birth = QStringLiteral("1.001193");
    const QString vi = QStringLiteral("vi");
    const QString en = QStringLiteral("en");
    const QString normal = QStringLiteral("normal");
    const QString large = QStringLiteral("large");
    const QString veryLarge = QStringLiteral("very_large");
    const QList<Look> looks{
        {QStringLiteral("english-home"), en, normal, false, QStringLiteral("home"), {}},
        {QStringLiteral("english-procedure"), en, normal, false, QStringLiteral("procedure"), birth},
        {QStringLiteral("english-filing"), en, normal, false, QStringLiteral("filing"), birth},
        {QStringLiteral("large-text-home"), vi, large, false, QStringLiteral("home"), {}},
        {QStringLiteral("very-large-text-filing"), vi, veryLarge, false, QStringLiteral("filing"), birth},
        {QStringLiteral("very-large-text-english-procedure"), en, veryLarge, false, QStringLiteral("procedure"), birth},
        {QStringLiteral("high-contrast-home"), vi, normal, true, QStringLiteral("home"), {}},
        {QStringLiteral("high-contrast-large-filing"), vi, large, true, QStringLiteral("filing"), birth},
        {QStringLiteral("high-contrast-english-procedure"), en, normal, true, QStringLiteral("procedure"), birth},
    };
    for (const Look &look : looks) {
        m_ui.showHome();
        UiDriver::settle(200);
        access->setLanguage(look.language);
        access->setTextSize(look.textSize);
        access->setHighContrast(look.highContrast);
        if (look.screen != QLatin1String("home"))
            m_ui.openScreen(look.screen, look.argument);
        UiDriver::settle(500);
        const bool saved = shot(look.name);
        if (look.screen == QLatin1String("filing"))
            m_walkthrough->cancel();
        if (!saved)
            return false;
    }
    m_ui.showHome();
    access->reset();
    access->setTextSize(large);
    UiDriver::settle(200);
    QMetaObject::invokeMethod(m_ui.shell(), "openAccessMenu");
    UiDriver::settle(500);
    const bool menuSaved = shot(QStringLiteral("accessibility-menu"));
    m_kiosk->endSession(QStringLiteral("tour")); // closes the menu, back to the config's settings
    UiDriver::settle(200);
    return menuSaved;
}

} // namespace motcua
