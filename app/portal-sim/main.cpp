// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-portal-sim: the provincial portal contract (docs/portal-protocol.md) on loopback, with
// faults on demand, for demos, tests and benchmarks.
#include "portalserver.h"
#include "simclock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace motcua::sim;

namespace {

const char *kDescription = R"(The provincial portal contract (docs/portal-protocol.md, version 1) over HTTP, for
demos, tests and benchmarks. Every /api/ request needs "Authorization: Bearer TOKEN".
Prints "motcua-portal-sim listening on http://ADDRESS:PORT" once it listens; logs one line
per request to stderr (never a body).

Faults apply to /api/ requests only. Rates are fractions 0..1 (together at most 1): each
request draws one outcome from a random generator seeded with --seed. error: 500 internal or
503 unavailable, half each; rate-limit: 429 with Retry-After; timeout: the request is
accepted and never answered; drop: the connection is closed without a reply; lost-reply
(POST /api/v1/filings only): the filing is stored, then the connection is closed without
the reply. --slow-ms delays every answer. --script plays its outcomes on the next /api/
requests, in order, then the rates apply again: ok, 500, 503, 429, timeout, drop,
lost-reply (the request is handled, the reply not sent), slow:MS, 400. Mind that
QNetworkAccessManager resends a request once by itself when the connection closes before
any byte of the reply: it sees a single drop or lost-reply only as a slower success.

Control endpoints (no token, loopback only, never faulted), JSON bodies:
  PUT  /sim/faults      {"errorRate", "rateLimitRate", "retryAfter", "timeoutRate",
                         "dropRate", "slowMs", "lostReplyRate", "script": [...], "seed"}
                        replaces every fault setting (a missing name: 0 or empty,
                        retryAfter 1) and restarts the random generator
  POST /sim/filings/FILECODE/status   {"status": "processing", "note": "..."}
  POST /sim/filings/FILECODE/payment  {"state": "paid"|"unpaid", "amount": 14000,
                                       "method": "bank", "reference": "..."}
  PUT  /sim/catalog     {"version", "bundle", "signature"}: serve exactly this (an empty
                        version withdraws it)
  GET  /sim/filings/FILECODE          {"fileCode", "portalId", "filedOnBehalfBy",
                                       "rating": {"rating", "reasons", "ratedAt",
                                       "storedAt", "puts"}}
  GET  /sim/stats       {"filings", "requests", "replays", "duplicates", "ratings",
                         "outcomes": {...}}
It runs until it is stopped (SIGTERM, Ctrl+C). Exit status 1: it cannot start; 2: a bad
argument.)";

int usageError(const QString &message)
{
    std::fprintf(stderr, "motcua-portal-sim: %s\n", message.toUtf8().constData());
    return 2;
}

// The fault flags as the JSON of PUT /sim/faults, keyed by "--flag" so that errors name
// the flag.
motcua::Result<FaultSettings> faultsFromFlags(const QCommandLineParser &parser)
{
    QJsonObject o;
    QStringList errors;
    for (const FaultSettings::Name &name : FaultSettings::names()) {
        if (!parser.isSet(name.flag))
            continue;
        const QString key = QStringLiteral("--") + name.flag;
        const QString value = parser.value(name.flag);
        if (name.json == QStringLiteral("script")) {
            o.insert(key, QJsonArray::fromStringList(value.split(u',', Qt::SkipEmptyParts)));
            continue;
        }
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            errors.append(QStringLiteral("%1: '%2' is not a number").arg(key, value));
        o.insert(key, number);
    }
    if (!errors.isEmpty())
        return motcua::Error{errors.join(QStringLiteral("; "))};
    return FaultSettings::fromJson(o, true);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-portal-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&](const char *name, const char *valueName, const char *help) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(valueName)});
    };
    option("port", "N", "TCP port; 0 picks a free one (default 8765)");
    option("bind", "ADDR", "address to listen on (default 127.0.0.1)");
    option("db", "PATH", "SQLite file for the filings (default: in memory)");
    option("token", "TOKEN", "the device token every /api/ request must carry (default demo-token)");
    option("error-rate", "R", "fraction of /api/ requests answered 500 or 503");
    option("rate-limit-rate", "R", "fraction answered 429 with Retry-After");
    option("retry-after", "SECONDS", "the Retry-After of a 429 (default 1)");
    option("timeout-rate", "R", "fraction accepted and never answered");
    option("drop-rate", "R", "fraction whose connection is closed without a reply");
    option("slow-ms", "N", "delay every /api/ answer by N ms");
    option("lost-reply-rate", "R", "fraction of POST /api/v1/filings stored but not answered");
    option("script", "LIST", "comma-separated outcomes for the next /api/ requests");
    option("seed", "N", "seed of the random generator (default 0: runs repeat)");
    option("catalog", "FILE", "catalog bundle GET /api/v1/catalog serves");
    option("catalog-signature", "FILE", "file with the bundle's base64 Ed25519 signature");
    option("catalog-version", "V", "the served bundle's version");
    option("clock-offset", "SECONDS", "the portal's clock runs SECONDS ahead of this machine's (negative: "
                                      "behind), in its Date header and times (a kiosk with a wrong clock)");
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    bool ok = true;
    const uint port = parser.isSet(QStringLiteral("port")) ? parser.value(QStringLiteral("port")).toUInt(&ok) : 8765;
    if (!ok || port > 65535)
        return usageError(QStringLiteral("--port: '%1' is not a port number (0-65535)").arg(parser.value(QStringLiteral("port"))));
    const QHostAddress address(parser.isSet(QStringLiteral("bind")) ? parser.value(QStringLiteral("bind"))
                                                                    : QStringLiteral("127.0.0.1"));
    if (address.isNull())
        return usageError(QStringLiteral("--bind: '%1' is not an IP address").arg(parser.value(QStringLiteral("bind"))));

    if (parser.isSet(QStringLiteral("clock-offset"))) {
        const qint64 offset = parser.value(QStringLiteral("clock-offset")).toLongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--clock-offset: '%1' is not a number of seconds").arg(parser.value(QStringLiteral("clock-offset"))));
        SimClock::setOffsetSeconds(offset);
    }

    PortalServer::Options options;
    if (parser.isSet(QStringLiteral("token")))
        options.token = parser.value(QStringLiteral("token"));
    if (options.token.isEmpty())
        return usageError(QStringLiteral("--token: must not be empty"));
    options.databasePath = parser.value(QStringLiteral("db"));
    const auto faults = faultsFromFlags(parser);
    if (!faults)
        return usageError(faults.error());
    options.faults = faults.value();

    const QStringList catalogFlags{QStringLiteral("catalog"), QStringLiteral("catalog-signature"),
                                   QStringLiteral("catalog-version")};
    const auto catalogSet = std::count_if(catalogFlags.cbegin(), catalogFlags.cend(),
                                          [&](const QString &flag) { return parser.isSet(flag); });
    if (catalogSet != 0 && catalogSet != catalogFlags.size())
        return usageError(QStringLiteral("--catalog, --catalog-signature and --catalog-version go together"));
    if (catalogSet != 0) {
        const auto offer = CatalogOffer::fromFiles(parser.value(catalogFlags[0]), parser.value(catalogFlags[1]),
                                                   parser.value(catalogFlags[2]));
        if (!offer)
            return usageError(offer.error());
        options.catalog = offer.value();
    }

    PortalServer server(std::move(options));
    const auto bound = server.start(address, quint16(port));
    if (!bound) {
        std::fprintf(stderr, "motcua-portal-sim: %s\n", bound.error().toUtf8().constData());
        return 1;
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(bound.value());
    std::fprintf(stdout, "motcua-portal-sim listening on %s\n", url.toString().toUtf8().constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
