// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch.hpp>

#ifndef MOTCUA_CLI_PATH
#error "MOTCUA_CLI_PATH must name the motcua binary"
#endif

namespace motcua::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QStringList &arguments, const QString &home, int timeoutMs)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(MOTCUA_CLI_PATH), arguments);
    REQUIRE(cli.waitForFinished(timeoutMs));
    return {cli.exitCode(), cli.readAllStandardOutput(), cli.readAllStandardError()};
}

} // namespace motcua::test
