// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace motcua {

class UiDriver;
class Walkthrough;

// Files one procedure through the real filing screen with the demo answers compiled into
// the program (resources/forms/answers), the way a citizen would: the first step empty, the
// error summary after "Tiếp tục", every step filled in, the review page and the file code.
// `capture(name)` is called at each of those moments (a screenshot, or nothing).
class FilingTour
{
public:
    using Capture = std::function<bool(const QString &name)>;

    FilingTour(UiDriver &ui, Walkthrough *walkthrough) : m_ui(ui), m_walkthrough(walkthrough) {}

    // `showErrors`: also capture the step with its error summary. False with `error` set.
    // The filing screen is opened unless it is already on top (a citizen tapped "start").
    [[nodiscard]] bool run(const QString &procedureCode, bool showErrors, const Capture &capture,
                           QString *error);

    [[nodiscard]] static QJsonObject demoAnswers(const QString &procedureCode);
    // How long each step is left on screen before its capture (300 ms: rendered, settled).
    void setPauseMs(int ms) { m_pauseMs = ms; }

private:
    UiDriver &m_ui;
    Walkthrough *m_walkthrough;
    int m_pauseMs = 300;
};

} // namespace motcua
