// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace motcua {

// Command line of motcua-kiosk.
struct KioskOptions
{
    QString configFile;   // --config FILE
    QString databasePath; // --db PATH
    QString filingsDatabasePath; // --filings-db PATH
    QString staffDatabasePath;   // --staff-db PATH
    QSize size{1920, 1080}; // --size WxH (1080x1920 for portrait kiosks)
    bool fullScreen = false; // --fullscreen
    bool selfTest = false;   // --self-test
    QString tourDir;         // --tour DIR
    QString openScreen;      // --open SCREEN[=ARGUMENT], e.g. scanner, procedure=1.001193

    [[nodiscard]] static Result<KioskOptions> parse(const QStringList &arguments);
    [[nodiscard]] static QString usage();
};

} // namespace motcua
