// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

class QObject;

namespace motcua {

class Walkthrough;

// Files one procedure through the real filing screen with the demo answers compiled into
// the program (resources/forms/answers), the way a citizen would: the first step empty, the
// error summary after "Tiếp tục", every step filled in, the review page and the file code.
// `capture(name)` is called at each of those moments (a screenshot, or nothing).
class FilingTour
{
public:
    using Capture = std::function<bool(const QString &name)>;

    FilingTour(QObject *shell, Walkthrough *walkthrough) : m_shell(shell), m_walkthrough(walkthrough) {}

    // `showErrors`: also capture the step with its error summary. False with `error` set.
    [[nodiscard]] bool run(const QString &procedureCode, bool showErrors, const Capture &capture,
                           QString *error);

    [[nodiscard]] static QJsonObject demoAnswers(const QString &procedureCode);

private:
    QObject *m_shell;
    Walkthrough *m_walkthrough;
};

} // namespace motcua
