// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace motcua::test {

// One run of the `motcua` CLI.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real `motcua` binary (MOTCUA_CLI_PATH) with `args` in `env`; `input` is its standard
// input (closed after it, so nothing waits for more). Fails the test when it does not finish.
Run runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {});

} // namespace motcua::test
