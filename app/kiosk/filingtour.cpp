// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingtour.h"

#include "forms/walkthrough.h"
#include "uidriver.h"

#include <QFile>
#include <QJsonDocument>

namespace motcua {

QJsonObject FilingTour::demoAnswers(const QString &procedureCode)
{
    QFile file(QStringLiteral(":/motcua/forms/answers/%1.json").arg(procedureCode));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool FilingTour::run(const QString &procedureCode, bool showErrors, const Capture &capture, QString *error)
{
    const QJsonObject answers = demoAnswers(procedureCode);
    if (answers.isEmpty()) {
        *error = QStringLiteral("no demo answers for %1").arg(procedureCode);
        return false;
    }
    if (m_ui.currentScreen() != QLatin1String("filingScreen")) {
        m_ui.openScreen(QStringLiteral("filing"), procedureCode);
        UiDriver::settle(500);
    }
    if (m_ui.currentScreen() != QLatin1String("filingScreen")) {
        *error = QStringLiteral("the filing screen of %1 did not open").arg(procedureCode);
        return false;
    }
    const QString prefix = QStringLiteral("filing-%1-").arg(procedureCode);
    if (showErrors) {
        if (!capture(prefix + QStringLiteral("first-step")))
            return false;
        (void)m_walkthrough->next(); // nothing answered yet: the error summary shows
        UiDriver::settle(m_pauseMs);
        if (!capture(prefix + QStringLiteral("errors")))
            return false;
    }
    for (int guard = 0; m_walkthrough->stage() != QLatin1String("review"); ++guard) {
        const FormSession *session = m_walkthrough->session();
        if (!session || guard > 30) {
            *error = QStringLiteral("the filing of %1 stopped at step %2").arg(procedureCode, m_walkthrough->stepId());
            return false;
        }
        for (const FieldDefinition &f : session->steps()[size_t(session->currentStep())].fields)
            if (answers.contains(f.id))
                m_walkthrough->setAnswer(f.id, answers.value(f.id).toVariant());
        UiDriver::settle(m_pauseMs);
        const QString stepId = m_walkthrough->stepId();
        if (!capture(prefix + QStringLiteral("%1-%2").arg(m_walkthrough->position(), 2, 10, QLatin1Char('0')).arg(stepId)))
            return false;
        if (!m_walkthrough->next()) {
            *error = QStringLiteral("step %1 of %2 refused the demo answers").arg(stepId, procedureCode);
            return false;
        }
    }
    UiDriver::settle(m_pauseMs);
    if (!capture(prefix + QStringLiteral("review")))
        return false;
    if (!m_walkthrough->submit()) {
        *error = QStringLiteral("submitting %1 failed: %2").arg(procedureCode, m_walkthrough->problem());
        return false;
    }
    UiDriver::settle(m_pauseMs);
    return capture(prefix + QStringLiteral("confirmation"));
}

} // namespace motcua
