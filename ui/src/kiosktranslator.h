// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QQmlEngine;
class QTranslator;

namespace motcua {

// Shows the kiosk in the citizen's language: installs the compiled translation (:/i18n/) of
// `language` for Qt's tr()/qsTr() and re-evaluates every qsTr() binding of the QML engine, so
// that all screens change at once, live. Vietnamese is the source language: nothing to load.
class KioskTranslator : public QObject
{
    Q_OBJECT

public:
    explicit KioskTranslator(QObject *parent = nullptr);
    ~KioskTranslator() override;

    // The engine whose bindings follow the language (the kiosk's one engine).
    void setEngine(QQmlEngine *engine);
    // Installs the translation of `language` for tr()/qsTr(): false, with problem() saying why,
    // when it cannot be loaded (Vietnamese shows). Call it before the language changes, so that
    // models refreshing on UiLanguage::changed already get the new words.
    bool install(const QString &language);
    // Re-evaluates every qsTr() binding of the engine (after the change).
    void retranslate();
    [[nodiscard]] QString problem() const { return m_problem; }

private:
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language = QStringLiteral("vi"); // what is installed (Vietnamese: nothing)
    QString m_problem;
};

} // namespace motcua
