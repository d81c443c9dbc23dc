// SPDX-License-Identifier: GPL-3.0-or-later
#include "screentour.h"

#include "catalog/catalogstore.h"
#include "filingtour.h"
#include "forms/formdefinition.h"
#include "outbox/filingstore.h"

#include <QDir>
#include <QImage>
#include <QQuickWindow>

namespace motcua {

namespace {

struct Step
{
    QString name;
    QString screen;
    QString argument;
};

} // namespace

ScreenTour::ScreenTour(QQuickWindow *window, const CatalogStore &catalog, Walkthrough *walkthrough,
                       const FilingStore &filings)
    : m_window(window), m_ui(window), m_catalog(catalog), m_walkthrough(walkthrough), m_filings(filings)
{
}

bool ScreenTour::capture(const QString &outDir, const QString &name, QStringList *done, QString *error)
{
    if (outDir.isEmpty()) {
        done->append(name);
        return true;
    }
    const QString file = QDir(outDir).filePath(
        QStringLiteral("%1-%2.png").arg(done->size() + 1, 2, 10, QLatin1Char('0')).arg(name));
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(file)) {
        *error = QStringLiteral("cannot save screenshot %1").arg(file);
        return false;
    }
    done->append(file);
    return true;
}

QStringList ScreenTour::run(const QString &outDir, QString *error)
{
    if (!m_ui.shell()) {
        *error = QStringLiteral("the window has no kioskShell");
        return {};
    }
    const QList<TopicSummary> topics = m_catalog.topics();
    const QString firstTopic = topics.isEmpty() ? QString() : topics.first().topic.id;
    const QList<Step> steps{
        {QStringLiteral("home"), QStringLiteral("home"), {}},
        {QStringLiteral("search-start"), QStringLiteral("search"), {}},
        {QStringLiteral("search-results"), QStringLiteral("search"), QStringLiteral("dang ky khai sinh")},
        {QStringLiteral("search-no-result"), QStringLiteral("search"), QStringLiteral("cap phep bay drone")},
        {QStringLiteral("topics"), QStringLiteral("topics"), {}},
        {QStringLiteral("topic-") + firstTopic, QStringLiteral("topic"), firstTopic},
        {QStringLiteral("procedure-khai-sinh"), QStringLiteral("procedure"), QStringLiteral("1.001193")},
        {QStringLiteral("procedure-chung-thuc-ban-sao"), QStringLiteral("procedure"), QStringLiteral("2.000815")},
        {QStringLiteral("help"), QStringLiteral("help"), {}},
        {QStringLiteral("scanner"), QStringLiteral("scanner"), {}},
    };
    if (!outDir.isEmpty() && !QDir().mkpath(outDir)) {
        *error = QStringLiteral("cannot create folder %1").arg(outDir);
        return {};
    }
    QStringList done;
    for (const Step &step : steps) {
        m_ui.showHome();
        UiDriver::settle(200);
        m_ui.openScreen(step.screen, step.argument);
        UiDriver::settle(500); // transitions are 150 ms; leave time for the keyboard to slide in
        if (m_ui.currentScreen().isEmpty()) {
            *error = QStringLiteral("step %1 opened no screen").arg(step.name);
            return {};
        }
        if (!capture(outDir, step.name, &done, error))
            return {};
    }
    // A whole birth registration (every step type, an error, review, file code) and the
    // repeating group of a certified copy on screenshots; every bundled form in a self-test.
    FilingTour filing(m_ui, m_walkthrough);
    const auto shot = [&](const QString &name) { return capture(outDir, name, &done, error); };
    const QString birth = QStringLiteral("1.001193");
    const QStringList codes = outDir.isEmpty() ? FormDefinition::bundledCodes()
                                               : QStringList{birth, QStringLiteral("2.000815")};
    for (const QString &code : codes) {
        m_ui.showHome();
        UiDriver::settle(200);
        if (!filing.run(code, code == birth, shot, error))
            return {};
    }
    // The lookup of the filing just made: on the kiosk (or at the portal, when one answers).
    const auto recent = m_filings.filings(1);
    const QString lastCode = recent && !recent->isEmpty() ? recent->first().fileCode : QString();
    for (const Step &step : {Step{QStringLiteral("status-start"), QStringLiteral("status"), {}},
                             Step{QStringLiteral("status-found"), QStringLiteral("status"), lastCode},
                             Step{QStringLiteral("outbox"), QStringLiteral("outbox"), {}}}) {
        m_ui.showHome();
        UiDriver::settle(200);
        m_ui.openScreen(step.screen, step.argument);
        UiDriver::settle(1500); // a portal that answers takes a moment
        if (!capture(outDir, step.name, &done, error))
            return {};
    }
    if (m_kiosk && !runSessionSteps(lastCode, shot))
        return {};
    if (m_kiosk && !runAccessSteps(shot))
        return {};
    m_ui.showHome();
    UiDriver::settle(200);
    return done;
}

} // namespace motcua
