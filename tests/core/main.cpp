// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Qt (SQL drivers, QProcess, resources, multimedia) wants an application object.
    QGuiApplication app(argc, argv); // video frames and media playback want a GUI application
    return Catch::Session().run(argc, argv);
}
