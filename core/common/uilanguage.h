// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace motcua {

// The language the citizen reads the kiosk in: "vi" (the source language) or "en". There is one
// per process, like Qt's installed translator: the kiosk sets it from the config and from the
// home screen's language switch, and models that show catalog or form texts listen to
// changed() and show their rows again.
//
// Catalog and form data carry Vietnamese in the plain keys and English, where a province wrote
// it, in an "en" object beside them:
//   { "name": "Đăng ký khai sinh", "en": { "name": "Birth registration" } }
// localText() (common/localtext.h) picks the English text in English when there is one, else
// the Vietnamese.
class UiLanguage : public QObject
{
    Q_OBJECT

public:
    static UiLanguage &instance();

    [[nodiscard]] static QString current();
    [[nodiscard]] static bool isEnglish() { return current() == QLatin1String("en"); }
    [[nodiscard]] static QStringList supported(); // {"vi", "en"}
    // Changes the language; false (and no change) for a language not in supported().
    static bool set(const QString &language);

Q_SIGNALS:
    void changed(const QString &language);

private:
    UiLanguage() = default;
    QString m_language = QStringLiteral("vi");
};

} // namespace motcua
