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

QString UiLanguage::text(const QJsonObject &object, const QString &key)
{
    return text(object, key, current());
}

QString UiLanguage::text(const QJsonObject &object, const QString &key, const QString &language)
{
    if (language != QLatin1String("vi")) {
        const QString translated = object.value(language).toObject().value(key).toString();
        if (!translated.trimmed().isEmpty())
            return translated;
    }
    return object.value(key).toString();
}

} // namespace motcua
