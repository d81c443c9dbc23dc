// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uidriver.h"

#include <QString>
#include <QStringList>

#include <functional>

class QQuickWindow;

namespace motcua {

class CatalogStore;
class Walkthrough;
class FilingStore;
class KioskContext;

// Walks the kiosk through every screen (as a citizen would reach them) and, when given a
// folder, saves a PNG of each: NN-<step>.png. Used by --tour (demo, screenshots) and by
// --self-test (to exercise every binding with real data).
class ScreenTour
{
public:
    ScreenTour(QQuickWindow *window, const CatalogStore &catalog, Walkthrough *walkthrough, const FilingStore &filings);

    // Returns the files written (or the step names when `outDir` is empty), or an empty
    // list with `error` set.
    [[nodiscard]] QStringList run(const QString &outDir, QString *error);

    // With the kiosk's services, the tour also shows the idle question, the satisfaction
    // screen and clerk mode (a demo clerk in the tour's own staff database).
    void setKiosk(KioskContext *kiosk) { m_kiosk = kiosk; }

private:
    // Saves NN-<name>.png into `outDir` (or only records the name when it is empty).
    [[nodiscard]] bool capture(const QString &outDir, const QString &name, QStringList *done, QString *error);
    // The idle question, the rating of `fileCode` and clerk mode (sessiontour.cpp).
    [[nodiscard]] bool runSessionSteps(const QString &fileCode,
                                       const std::function<bool(const QString &)> &shot);
    // English, large and very large text, high contrast and the accessibility menu (accesstour.cpp).
    [[nodiscard]] bool runAccessSteps(const std::function<bool(const QString &)> &shot);

    QQuickWindow *m_window;
    UiDriver m_ui;
    const CatalogStore &m_catalog;
    Walkthrough *m_walkthrough;
    const FilingStore &m_filings;
    KioskContext *m_kiosk = nullptr;
};

} // namespace motcua
