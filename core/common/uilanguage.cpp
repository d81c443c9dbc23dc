// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/uilanguage.h"

namespace motcua {

UiLanguage &UiLanguage::instance()
{
    static UiLanguage language;
    return language;
}

QString UiLanguage::current()
{
    return instance().m_language;
}

QStringList UiLanguage::supported()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

bool UiLanguage::set(const QString &language)
{
    if (!supported().contains(language))
        return false;
    UiLanguage &self = instance();
    if (self.m_language != language) {
        self.m_language = language;
        Q_EMIT self.changed(language);
    }
    return true;
}

} // namespace motcua
