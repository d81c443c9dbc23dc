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
    // False, with problem() saying why, when the translation cannot be loaded (Vietnamese shows).
    bool apply(const QString &language);
    [[nodiscard]] QString problem() const { return m_problem; }

private:
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QString m_problem;
};

} // namespace motcua
