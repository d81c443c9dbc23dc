// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosktranslator.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QTranslator>

namespace motcua {

KioskTranslator::KioskTranslator(QObject *parent) : QObject(parent) {}

KioskTranslator::~KioskTranslator()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

void KioskTranslator::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

bool KioskTranslator::install(const QString &language)
{
    if (language == m_language)
        return m_problem.isEmpty(); // already in place (the config's language, set twice at start)
    m_language = language;
    m_problem.clear();
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (language != QLatin1String("vi")) {
        auto translator = std::make_unique<QTranslator>();
        const QString file = QStringLiteral(":/i18n/motcua_%1.qm").arg(language);
        if (translator->load(file)) {
            QCoreApplication::installTranslator(translator.get());
            m_translator = std::move(translator);
        } else {
            m_problem = QStringLiteral("no translation %1; showing Vietnamese").arg(file);
        }
    }
    return m_problem.isEmpty();
}

void KioskTranslator::retranslate()
{
    if (m_engine)
        m_engine->retranslate();
}

} // namespace motcua
