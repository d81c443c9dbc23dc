// SPDX-License-Identifier: GPL-3.0-or-later
// `motcua provision` as a technician runs it, against the real simulator with a real token
// file: the commented template keeps its comments, KioskConfig reads the values back (a
// commune name with a comma), the token goes to portal-token (0640) and never into the config,
// the catalog is imported and the technician added; the same run again changes nothing; a
// token the portal rejects and bad arguments write nothing.
#include "../common/clirun.h"
#include "../common/files.h"
#include "catalog/catalogstore.h"
#include "config/kioskconfig.h"
#include "session/clerkaccounts.h"
#include "simprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace motcua;
using motcua::test::PortalSim;
using motcua::test::Run;

namespace {

const QString kToken = QStringLiteral("kiosk-7f3a9c-token");
const QString kCommune = QStringLiteral("UBND xã Minh Châu, tỉnh Phú Thọ");
const QStringList kPayee{QStringLiteral("--payee-bin"), QStringLiteral("970436"), QStringLiteral("--payee-account"),
                         QStringLiteral("0011004455667"), QStringLiteral("--payee-name"), QStringLiteral("UBND XA MINH CHAU")};

const QByteArray kTemplate = "# MotCua Kiosk configuration: set by `motcua provision`\n"
                             "[kiosk]\n"
                             "; The commune's name as the kiosk shows it\n"
                             ";commune_name = UBND xã ...\n"
                             "; The province's agency code of this commune\n"
                             ";agency_code = 000.00.00.H00\n"
                             "idle_timeout_seconds = 120\n"
                             "\n"
                             "; [fees] rule-id = amount in đồng\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A kiosk's folders in a temporary directory: etc/kiosk.conf (the template), data/ (XDG_DATA_HOME).
struct Kiosk
{
    QTemporaryDir dir;
    QString config = dir.filePath(QStringLiteral("etc/kiosk.conf"));

    Kiosk()
    {
        REQUIRE(dir.isValid());
        write(QStringLiteral("etc/kiosk.conf"), kTemplate);
        write(QStringLiteral("token.txt"), kToken.toUtf8() + "\n");
        write(QStringLiteral("wrong-token.txt"), "someone-elses-token\n");
        write(QStringLiteral("pin.txt"), "97531\n");
    }
    QString write(const QString &name, const QByteArray &text) const
    {
        return test::writeFile(dir.filePath(name), text);
    }
    [[nodiscard]] QString path(const QString &name) const { return dir.filePath(name); }
    [[nodiscard]] QString tokenFile() const { return path(QStringLiteral("etc/portal-token")); }

    Run run(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        return test::runCli(QStringList{QStringLiteral("--config"), config} + args, env);
    }
    // provision with the required options only.
    Run provisionOnly(const QString &portal, const QString &tokenFile, const QStringList &extra = {}) const
    {
        return run(QStringList{QStringLiteral("provision"), QStringLiteral("--commune"), kCommune,
                               QStringLiteral("--agency-code"), QStringLiteral("000.00.31.H45"), QStringLiteral("--hotline"),
                               QStringLiteral("0210 3855 123"), QStringLiteral("--portal"), portal,
                               QStringLiteral("--token-file"), path(tokenFile)}
                   + extra);
    }
    // ... and the test catalog, and technician kythuat.
    Run provision(const PortalSim &sim, const QString &tokenFile, const QStringList &extra = {}) const
    {
        return provisionOnly(sim.baseUrl().toString(), tokenFile,
                             QStringList{QStringLiteral("--catalog"), QStringLiteral(MOTCUA_TEST_DATA "/mini-catalog.json"),
                                         QStringLiteral("--technician"), QStringLiteral("kythuat"),
                                         QStringLiteral("--technician-pin-file"), path(QStringLiteral("pin.txt"))}
                                 + extra);
    }
};

} // namespace

TEST_CASE("provision: a kiosk set up against the portal, and the same run again changes nothing", "[provision]")
{
    PortalSim sim({QStringLiteral("--token"), kToken});
    INFO(sim.error().toStdString());
    REQUIRE(sim.isRunning());
    Kiosk kiosk;
    const Run first = kiosk.provision(sim, QStringLiteral("token.txt"), kPayee);
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("config: commune_name (not set) → '%1'").arg(kCommune)));
    CHECK(first.out.contains(QStringLiteral("config: portal_token_file (not set) → '%1'").arg(kiosk.tokenFile())));
    CHECK(first.out.contains(QStringLiteral("token: written to %1").arg(kiosk.tokenFile())));
    CHECK(first.out.contains(QStringLiteral("catalog: imported version test-1 (6 procedures)")));
    CHECK(first.out.contains(QStringLiteral("technician kythuat: created")));
    CHECK(first.out.contains(QStringLiteral("provision: ")));

    // Comments and other lines kept; the values read back as the kiosk reads them.
    const QByteArray text = readAll(kiosk.config);
    INFO(text.toStdString());
    for (const QByteArray &line : kTemplate.split('\n'))
        CHECK(text.contains(line));
    CHECK(text.contains(";commune_name = UBND xã ...\ncommune_name="));
    CHECK_FALSE(text.contains(kToken.toUtf8()));
    const auto config = KioskConfig::loadFile(kiosk.config);
    INFO(config.error().toStdString());
    REQUIRE(config.ok());
    CHECK(config->communeName == kCommune);
    CHECK(config->agencyCode == QStringLiteral("000.00.31.H45"));
    CHECK(config->hotline == QStringLiteral("0210 3855 123"));
    CHECK(config->portalUrl == sim.baseUrl());
    CHECK(config->portalToken == kToken);
    CHECK(config->portalTokenFile == kiosk.tokenFile());
    CHECK(config->payeeBin == QStringLiteral("970436"));
    CHECK(config->payeeName == QStringLiteral("UBND XA MINH CHAU"));
    CHECK(config->idleTimeoutSeconds == 120);
    CHECK(QFile::permissions(kiosk.tokenFile())
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup));
    CHECK(readAll(kiosk.tokenFile()) == kToken.toUtf8() + "\n");

    {
        auto catalog = CatalogStore::open(kiosk.path(QStringLiteral("data/motcua/motcua.db")));
        REQUIRE(catalog.ok());
        CHECK(catalog.value()->catalogVersion() == QStringLiteral("test-1"));
        CHECK(catalog.value()->procedureCount() == 6);
        auto accounts = ClerkAccounts::open(kiosk.path(QStringLiteral("data/motcua/staff.db")));
        REQUIRE(accounts.ok());
        const auto technician = accounts.value()->find(QStringLiteral("kythuat"));
        REQUIRE(technician.ok());
        REQUIRE(technician.value().has_value());
        CHECK(technician.value()->role == QStringLiteral("technician"));
    }
    // The provision is in the audit log.
    const Run audit = kiosk.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
    CHECK(audit.out.contains(QStringLiteral("\"provision\"")));

    // The same arguments again: nothing changes, down to the config file's bytes.
    const Run again = kiosk.provision(sim, QStringLiteral("token.txt"), kPayee);
    INFO(again.out.toStdString() << again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("config: commune_name unchanged")));
    CHECK(again.out.contains(QStringLiteral("config: payee_name unchanged")));
    CHECK(again.out.contains(QStringLiteral("token: %1 unchanged").arg(kiosk.tokenFile())));
    CHECK(again.out.contains(QStringLiteral("catalog: version test-1 (6 procedures) already imported, unchanged")));
    CHECK(again.out.contains(QStringLiteral("technician kythuat: already exists (role technician), PIN unchanged")));
    CHECK(again.out.contains(QStringLiteral("provision: nothing changed")));
    CHECK_FALSE(again.out.contains(QStringLiteral("→")));
    CHECK(readAll(kiosk.config) == text);
}

TEST_CASE("provision: --json reports each change as an object", "[provision]")
{
    PortalSim sim({QStringLiteral("--token"), kToken});
    REQUIRE(sim.isRunning());
    Kiosk kiosk;
    const Run run = kiosk.provision(sim, QStringLiteral("token.txt"), {QStringLiteral("--json")});
    INFO(run.err.toStdString());
    // --json is a global option: it works after the command's arguments too.
    REQUIRE(run.exitCode == 0);
    const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(out.value(QStringLiteral("changed")).toBool());
    CHECK(out.value(QStringLiteral("portalChecked")).toBool());
    CHECK(out.value(QStringLiteral("token")).toObject().value(QStringLiteral("changed")).toBool());
    CHECK(out.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("version")).toString() == QStringLiteral("test-1"));
    CHECK(out.value(QStringLiteral("technician")).toObject().value(QStringLiteral("created")).toBool());
    const QJsonArray entries = out.value(QStringLiteral("config")).toObject().value(QStringLiteral("entries")).toArray();
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.at(0).toObject().value(QStringLiteral("key")).toString() == QStringLiteral("commune_name"));
    CHECK(entries.at(0).toObject().value(QStringLiteral("after")).toString() == kCommune);
}

TEST_CASE("provision: a token the portal rejects writes nothing", "[provision]")
{
    PortalSim sim({QStringLiteral("--token"), kToken});
    REQUIRE(sim.isRunning());
    Kiosk kiosk;
    const Run rejected = kiosk.provision(sim, QStringLiteral("wrong-token.txt"));
    CHECK(rejected.exitCode == 1);
    CHECK(rejected.err.contains(QStringLiteral("rejected the token")));
    CHECK(rejected.err.contains(QStringLiteral("nothing was changed")));
    CHECK(readAll(kiosk.config) == kTemplate);
    CHECK_FALSE(QFile::exists(kiosk.tokenFile()));
    CHECK_FALSE(QFile::exists(kiosk.path(QStringLiteral("data/motcua/staff.db"))));

    // No portal at all: also nothing, unless --offline says so.
    Kiosk offline;
    const Run unreachable = offline.provisionOnly(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("token.txt"));
    CHECK(unreachable.exitCode == 1);
    CHECK(unreachable.err.contains(QStringLiteral("cannot reach the portal at http://127.0.0.1:9")));
    CHECK(readAll(offline.config) == kTemplate);
    const Run withoutNetwork = offline.provisionOnly(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("token.txt"),
                                                     {QStringLiteral("--offline")});
    INFO(withoutNetwork.err.toStdString());
    CHECK(withoutNetwork.exitCode == 0);
    CHECK(withoutNetwork.out.contains(QStringLiteral("catalog: built-in catalog version")));
}

TEST_CASE("provision: bad arguments are all listed and nothing is written", "[provision]")
{
    Kiosk kiosk;
    const Run bad = kiosk.run({QStringLiteral("provision"), QStringLiteral("--commune"), kCommune, QStringLiteral("--agency-code"),
                               QStringLiteral("H45"), QStringLiteral("--hotline"), QStringLiteral("call us"),
                               QStringLiteral("--portal"), QStringLiteral("ftp://portal.example"), QStringLiteral("--token-file"),
                               kiosk.path(QStringLiteral("no-such-token")), QStringLiteral("--pin-sha256"),
                               QStringLiteral("abc"), QStringLiteral("--payee-bin"), QStringLiteral("97043"),
                               QStringLiteral("--technician"), QStringLiteral("kythuat")});
    CHECK(bad.exitCode == 2);
    INFO(bad.err.toStdString());
    CHECK(bad.err.contains(QStringLiteral("nothing was changed; 8 problems")));
    CHECK(bad.err.contains(QStringLiteral("--agency-code: 'H45' is not an agency code")));
    CHECK(bad.err.contains(QStringLiteral("--hotline: 'call us' is not a phone number")));
    CHECK(bad.err.contains(QStringLiteral("--portal: 'ftp://portal.example' is not an http(s) URL")));
    CHECK(bad.err.contains(QStringLiteral("--pin-sha256: is not the base64 of a SHA-256")));
    CHECK(bad.err.contains(QStringLiteral("--payee-bin: '97043' is not a 6-digit bank BIN")));
    CHECK(bad.err.contains(QStringLiteral("--payee-bin, --payee-account and --payee-name go together")));
    CHECK(bad.err.contains(QStringLiteral("--token-file: cannot read the token file")));
    CHECK(bad.err.contains(QStringLiteral("--technician and --technician-pin-file go together")));
    CHECK(readAll(kiosk.config) == kTemplate);
    CHECK_FALSE(QFile::exists(kiosk.tokenFile()));

    const Run missing = kiosk.run({QStringLiteral("provision")});
    CHECK(missing.exitCode == 2);
    for (const char *option : {"--commune", "--agency-code", "--hotline", "--portal", "--token-file"})
        CHECK(missing.err.contains(QStringLiteral("%1 is required").arg(QLatin1String(option))));
}
