// SPDX-License-Identifier: GPL-3.0-or-later
// The technician's CLI, run as a real process against a real database file.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using motcua::test::dataPath;

using motcua::test::Cli;
using motcua::test::Run;

TEST_CASE("cli: import then search as JSON", "[cli]")
{
    Cli cli;
    const Run imported = cli({QStringLiteral("catalog"), QStringLiteral("import"), dataPath(QStringLiteral("mini-catalog.json"))});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.startsWith(QStringLiteral("Imported 6 procedures in 3 topics (catalog version test-1)")));

    const Run search = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("dang ky khai sinh"),
                            QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("2")});
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out.toUtf8()).array();
    REQUIRE(hits.size() == 2);
    const QJsonObject first = hits.at(0).toObject();
    CHECK(first.value(QStringLiteral("code")).toString() == QStringLiteral("1.001193"));
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("Đăng ký khai sinh"));
    CHECK(first.value(QStringLiteral("topic")).toString() == QStringLiteral("Hộ tịch"));
}

TEST_CASE("cli: a fresh database gets the demo catalog", "[cli][demo]")
{
    Cli cli;
    const Run topics = cli({QStringLiteral("catalog"), QStringLiteral("topics"), QStringLiteral("--json")});
    REQUIRE(topics.exitCode == 0);
    CHECK(QJsonDocument::fromJson(topics.out.toUtf8()).array().size() >= 7);
}

TEST_CASE("cli: show prints every field", "[cli]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("catalog"), QStringLiteral("import"), dataPath(QStringLiteral("mini-catalog.json"))}).exitCode == 0);
    const Run json = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("2.000815"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    for (const char *key : {"code", "name", "topic", "topicName", "level", "processingTime", "onlineLevel",
                            "fee", "documents", "eligibility", "legalBasis", "delivery", "feeRuleDefinition"})
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("feeRuleDefinition")).toObject().value(QStringLiteral("capPerCopy")).toInt() == 200000);

    const Run human = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("1.001193")});
    REQUIRE(human.exitCode == 0);
    CHECK(human.out.contains(QStringLiteral("Giấy chứng sinh (original, 1): Do cơ sở y tế cấp")));

    const Run missing = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("1.999999")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.trimmed() == QStringLiteral("motcua: no procedure with code 1.999999 in the catalog"));
}

TEST_CASE("cli: an invalid bundle is refused and the catalog kept", "[cli]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("catalog"), QStringLiteral("import"), dataPath(QStringLiteral("mini-catalog.json"))}).exitCode == 0);
    const QString bad = cli.dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray text = motcua::test::readFile(dataPath(QStringLiteral("mini-catalog.json")));
    text.replace("\"name\": \"Giấy chứng sinh\", ", "");
    f.write(text);
    f.close();
    const Run r = cli({QStringLiteral("catalog"), QStringLiteral("import"), bad});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(QStringLiteral("motcua: %1 is invalid (1 problem); nothing was imported").arg(bad)));
    CHECK(r.err.contains(QStringLiteral("procedures[1].documents[1].name: missing")));
    const Run topics = cli({QStringLiteral("catalog"), QStringLiteral("topics"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(topics.out.toUtf8()).array().size() == 3);
}

TEST_CASE("cli: bad input exits non-zero with one line", "[cli]")
{
    Cli cli;
    const Run noCommand = cli({});
    CHECK(noCommand.exitCode == 2);
    CHECK(noCommand.err.trimmed() == QStringLiteral("motcua: no command given; see motcua --help"));
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({QStringLiteral("catalog"), QStringLiteral("search")}).exitCode == 2);
    const Run badLimit = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("zero")});
    CHECK(badLimit.exitCode == 2);
    CHECK(badLimit.err.contains(QStringLiteral("--limit must be a whole number")));
    const Run unknownOption = cli({QStringLiteral("catalog"), QStringLiteral("topics"), QStringLiteral("--colour")});
    CHECK(unknownOption.exitCode == 2);
    CHECK(unknownOption.err.trimmed() == QStringLiteral("motcua: unknown option --colour"));
    const Run unreadable = cli({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("/nonexistent.json")});
    CHECK(unreadable.exitCode == 2);
    CHECK(unreadable.err.startsWith(QStringLiteral("motcua: cannot read /nonexistent.json")));
    CHECK(cli({QStringLiteral("catalog"), QStringLiteral("topics"), QStringLiteral("extra")}).exitCode == 2);
    // --db=PATH works like --db PATH (the later one wins).
    CHECK(cli({QStringLiteral("--db=") + cli.db(), QStringLiteral("catalog"), QStringLiteral("topics")}).exitCode == 0);
}

TEST_CASE("cli: a search without hits says what to try", "[cli]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("catalog"), QStringLiteral("import"), dataPath(QStringLiteral("mini-catalog.json"))}).exitCode == 0);
    const Run r = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("xyzzy")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("No procedure matches \"xyzzy\"")));
    const Run json = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("xyzzy"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).array().isEmpty());
    const Run close = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("tôi muốn làm tạm trú"), QStringLiteral("--json")});
    const QJsonArray hits = QJsonDocument::fromJson(close.out.toUtf8()).array();
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.at(0).toObject().value(QStringLiteral("approximate")).toBool());
}

TEST_CASE("cli: config check names the bad key and file", "[cli][config]")
{
    Cli cli;
    const QString conf = cli.dir.filePath(QStringLiteral("kiosk.conf"));
    QFile f(conf);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[kiosk]\nidle_timeout_seconds=soon\n");
    f.close();
    const Run bad = cli({QStringLiteral("--config"), conf, QStringLiteral("config"), QStringLiteral("check")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(conf + QStringLiteral(": [kiosk] idle_timeout_seconds: 'soon' is not a whole number")));

    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("[kiosk]\nhotline=0238 3844 555\n[fees]\nho-tich-on-time=8000\nho-tich-ontime=8000\n");
    f.close();
    const Run good = cli({QStringLiteral("--config"), conf, QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--json")});
    REQUIRE(good.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(good.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("valid")).toBool());
    CHECK(o.value(QStringLiteral("effective")).toObject().value(QStringLiteral("hotline")).toString() == QStringLiteral("0238 3844 555"));
    // A misspelt fee rule id is not an error, but it is said (the fee would stay unset).
    const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).toString().startsWith(QStringLiteral("[fees] ho-tich-ontime: the catalog has no fee rule with this id")));
    CHECK(warnings.at(0).toString().contains(QStringLiteral("ho-tich-on-time")));
}

TEST_CASE("cli: cccd parse prints the fields or the reason", "[cli][cccd]")
{
    Cli cli;
    const Run good = cli({QStringLiteral("cccd"), QStringLiteral("parse"), QStringLiteral("--json"),
                          QStringLiteral("079305001234||Trần Thị Bình|01012005|Nữ|Phường Bến Thành|05062023")});
    REQUIRE(good.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(good.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("fullName")).toString() == QStringLiteral("Trần Thị Bình"));
    CHECK(o.value(QStringLiteral("dateOfBirth")).toString() == QStringLiteral("2005-01-01"));
    CHECK(o.value(QStringLiteral("sex")).toString() == QStringLiteral("female"));

    const Run bad = cli({QStringLiteral("cccd"), QStringLiteral("parse"),
                         QStringLiteral("079305001234||Trần Thị Bình|31022005|Nữ|Phường Bến Thành|05062023")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.trimmed() == QStringLiteral(
        "motcua: not a valid chip ID card code: the date of birth is not a real past date (ddmmyyyy)"));
    CHECK(cli({QStringLiteral("cccd"), QStringLiteral("read")}).exitCode == 2);
}

TEST_CASE("cli: an invalid config stops catalog commands instead of using another database", "[cli][config]")
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("kiosk.conf"));
    QFile f(conf);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[kiosk]\ndatabase=" + dir.filePath(QStringLiteral("province.db")).toUtf8() + "\nhotline=call us\n");
    f.close();
    QProcess p;
    p.start(QStringLiteral(MOTCUA_CLI_PATH), {QStringLiteral("--config"), conf, QStringLiteral("catalog"), QStringLiteral("topics")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    CHECK(err.startsWith(QStringLiteral("motcua: configuration is invalid (fix it or pass --db):")));
    CHECK(err.contains(QStringLiteral("hotline: 'call us'")));
}
