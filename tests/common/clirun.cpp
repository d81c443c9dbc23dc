// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace motcua::test {

Run runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MOTCUA_CLI_PATH), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace motcua::test
