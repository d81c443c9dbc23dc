// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace motcua::test {

// One finished run of the `motcua` binary this build made.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // Standard output as a JSON object (empty when it is not one).
    [[nodiscard]] QJsonObject json() const;
};

// Runs `motcua ARGUMENTS...` with XDG_CONFIG_HOME and XDG_DATA_HOME inside `home` (so that no
// config or database of the machine is used) and waits for it (a failed test when it does not
// finish within `timeoutMs`).
[[nodiscard]] CliRun runCli(const QStringList &arguments, const QString &home, int timeoutMs = 20000);

} // namespace motcua::test
