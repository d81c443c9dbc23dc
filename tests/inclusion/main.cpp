// SPDX-License-Identifier: GPL-3.0-or-later
// Inclusion checks: the Vietnamese voice, the translations, and the rules every QML file keeps
// (texts through qsTr, input hints on every field).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QString>

#include <ostream>

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // QProcess and Qt TextToSpeech want an event loop
    return Catch::Session().run(argc, argv);
}
