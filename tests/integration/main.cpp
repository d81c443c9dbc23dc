// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QString>

#include <ostream>

// Catch2 prints QStrings in failed checks with this.
std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

int main(int argc, char *argv[])
{
    // QProcess and QNetworkAccessManager want an application object and its event loop; no
    // GUI: these tests only talk HTTP to a real motcua-portal-sim.
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
