// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QQuickWindow;

namespace motcua {

class CatalogStore;
class Walkthrough;
class FilingStore;

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

    // Lets the event loop run for `ms` (animations, bindings, rendering).
    static void settle(int ms);

private:
    // Saves NN-<name>.png into `outDir` (or only records the name when it is empty).
    [[nodiscard]] bool capture(const QString &outDir, const QString &name, QStringList *done, QString *error);

    QQuickWindow *m_window;
    const CatalogStore &m_catalog;
    Walkthrough *m_walkthrough;
    const FilingStore &m_filings;
};

} // namespace motcua
