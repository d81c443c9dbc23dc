// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskoptions.h"

#include <QRegularExpression>

namespace motcua {

QString KioskOptions::usage()
{
    return QStringLiteral(
        "Usage: motcua-kiosk [--config FILE] [--db PATH] [--filings-db PATH] [--staff-db PATH]\n"
        "                    [--size WxH]\n"
        "                    [--fullscreen] [--self-test] [--tour DIR] [--open SCREEN]\n"
        "  --config FILE  read only this config file (default /etc/motcua/kiosk.conf, then\n"
        "                 $XDG_CONFIG_HOME/motcua/kiosk.conf)\n"
        "  --db PATH      catalog database file (default from config)\n"
        "  --filings-db PATH\n"
        "                 drafts and outbox database file (default from config; a temporary\n"
        "                 one for --self-test and --tour, which file demo forms)\n"
        "  --staff-db PATH\n"
        "                 clerk accounts and audit log (default from config; a temporary one\n"
        "                 for --self-test and --tour)\n"
        "  --size WxH     window size, e.g. 1080x1920 for a portrait kiosk (default 1920x1080;\n"
        "                 with --fullscreen the screen's size)\n"
        "  --fullscreen   cover the whole screen (kiosk session)\n"
        "  --self-test    load every screen and component, exit 1 on any QML warning or error\n"
        "  --tour DIR     walk through every screen, save a PNG of each into DIR, exit\n"
        "  --open SCREEN[=ARG]\n"
        "                 start on this screen: scanner (to check the camera), search=TEXT,\n"
        "                 topics, procedure=CODE, help, filing=CODE\n"
        "  --help, --version\n"
        "\n"
        "Under systemd (motcua-kiosk.service) it reports READY=1 at its first frame and feeds the\n"
        "unit's watchdog from its event loop; SIGTERM stops it cleanly. Full screen, it ignores\n"
        "requests to close its window.\n");
}

Result<KioskOptions> KioskOptions::parse(const QStringList &arguments)
{
    KioskOptions o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size())
                return std::nullopt;
            return arguments.at(++i);
        };
        if (a == QLatin1String("--fullscreen")) {
            o.fullScreen = true;
        } else if (a == QLatin1String("--self-test")) {
            o.selfTest = true;
        } else if (a == QLatin1String("--config") || a == QLatin1String("--db")
                   || a == QLatin1String("--filings-db") || a == QLatin1String("--staff-db")
                   || a == QLatin1String("--tour")
                   || a == QLatin1String("--size") || a == QLatin1String("--open")) {
            const auto v = value();
            if (!v)
                return Error{QStringLiteral("option %1 needs a value").arg(a)};
            if (a == QLatin1String("--config"))
                o.configFile = *v;
            else if (a == QLatin1String("--db"))
                o.databasePath = *v;
            else if (a == QLatin1String("--filings-db"))
                o.filingsDatabasePath = *v;
            else if (a == QLatin1String("--staff-db"))
                o.staffDatabasePath = *v;
            else if (a == QLatin1String("--tour"))
                o.tourDir = *v;
            else if (a == QLatin1String("--open"))
                o.openScreen = *v;
            else {
                static const QRegularExpression re(QStringLiteral("^([0-9]{3,4})x([0-9]{3,4})$"));
                const auto m = re.match(*v);
                if (!m.hasMatch())
                    return Error{QStringLiteral("--size '%1' is not WIDTHxHEIGHT like 1920x1080").arg(*v)};
                o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
            }
        } else {
            return Error{QStringLiteral("unknown option %1").arg(a)};
        }
    }
    return o;
}

} // namespace motcua
