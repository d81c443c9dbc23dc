// SPDX-License-Identifier: GPL-3.0-or-later
// `motcua clerk` and `motcua audit` as real processes: accounts added with the PIN from a file
// or standard input (never argv), listed without PINs, locked, reset, removed — each audited;
// `audit verify` exit codes after tampering; CSV export; a clerk's payment decision audited.
#include "testsupport.h"

#include "session/auditlog.h"
#include "session/clerkaccounts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

using namespace motcua;
using motcua::test::Cli;
using motcua::test::Run;

namespace {

// Where the CLI keeps staff.db under the test's XDG_DATA_HOME.
QString staffDb(const Cli &cli)
{
    return cli.dir.filePath(QStringLiteral("data/motcua/staff.db"));
}

QString writeText(const Cli &cli, const QString &name, const QByteArray &text)
{
    const QString path = cli.dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

QJsonArray jsonArray(const Run &run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QStringList actionsOf(const QJsonArray &entries)
{
    QStringList actions;
    for (const QJsonValue &e : entries)
        actions.append(e.toObject().value(QStringLiteral("action")).toString());
    return actions;
}

} // namespace

TEST_CASE("cli: clerk add, list, reset-pin and remove, with PINs never on the command line", "[cli][clerks]")
{
    Cli cli;
    const QString pinFile = writeText(cli, QStringLiteral("pin.txt"), "2468\nignored\n");
    const Run added = cli({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("Chị Lan"),
                           QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--pin-file"), pinFile});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.trimmed() == QStringLiteral("clerk added 'Chị Lan'"));
    const Run fromStdin = cli({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("Minh"),
                               QStringLiteral("--role"), QStringLiteral("technician")},
                              "13579\n");
    INFO(fromStdin.err.toStdString());
    CHECK(fromStdin.exitCode == 0);

    const Run shortPin = cli({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("Hoa"), QStringLiteral("--role"),
                              QStringLiteral("clerk")},
                             "12\n");
    CHECK(shortPin.exitCode == 2);
    CHECK(shortPin.err.contains(QStringLiteral("a PIN is 4 to 8 digits")));
    CHECK(cli({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("Hoa"), QStringLiteral("--role"),
               QStringLiteral("clerk")})
              .err.contains(QStringLiteral("no PIN given")));
    const Run taken = cli({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("CHỊ LAN"), QStringLiteral("--role"),
                           QStringLiteral("clerk"), QStringLiteral("--pin-file"), pinFile});
    CHECK(taken.exitCode == 2);
    CHECK(taken.err.contains(QStringLiteral("an account named 'Chị Lan' already exists")));
    CHECK(cli({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("Hoa"), QStringLiteral("--role"),
               QStringLiteral("admin"), QStringLiteral("--pin-file"), pinFile})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("Hoa"), QStringLiteral("--role"),
               QStringLiteral("clerk"), QStringLiteral("--pin"), QStringLiteral("1234")})
              .exitCode == 2);

    // The PIN works, as the kiosk will check it; five wrong ones lock the account.
    {
        auto accounts = ClerkAccounts::open(staffDb(cli));
        REQUIRE(accounts.ok());
        CHECK(accounts.value()->verify(QStringLiteral("Chị Lan"), QStringLiteral("2468")).ok);
        for (int i = 0; i < 5; ++i)
            (void)accounts.value()->verify(QStringLiteral("Chị Lan"), QStringLiteral("0000"));
    }
    const Run listed = cli({QStringLiteral("clerk"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("Minh")));
    CHECK(listed.out.contains(QStringLiteral("locked until")));
    CHECK_FALSE(listed.out.contains(QStringLiteral("2468")));
    const QJsonArray json = jsonArray(cli({QStringLiteral("--json"), QStringLiteral("clerk"), QStringLiteral("list")}));
    REQUIRE(json.size() == 2);
    const QString jsonText = QString::fromUtf8(QJsonDocument(json).toJson());
    CHECK_FALSE(jsonText.contains(QStringLiteral("argon2")));
    CHECK_FALSE(jsonText.contains(QStringLiteral("2468")));
    CHECK(json.at(0).toObject().value(QStringLiteral("locked")).toBool());

    const Run reset = cli({QStringLiteral("clerk"), QStringLiteral("reset-pin"), QStringLiteral("chị lan")}, "8642\n");
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    CHECK_FALSE(cli({QStringLiteral("clerk"), QStringLiteral("list")}).out.contains(QStringLiteral("locked until")));
    CHECK(cli({QStringLiteral("clerk"), QStringLiteral("reset-pin"), QStringLiteral("Hoa")}, "8642\n").exitCode == 2);
    CHECK(cli({QStringLiteral("clerk"), QStringLiteral("remove"), QStringLiteral("Minh")}).exitCode == 0);
    const Run gone = cli({QStringLiteral("clerk"), QStringLiteral("remove"), QStringLiteral("Minh")});
    CHECK(gone.exitCode == 2);
    CHECK(gone.err.contains(QStringLiteral("no account named 'Minh'")));

    const QJsonArray audit = jsonArray(cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")}));
    CHECK(actionsOf(audit)
          == QStringList({QStringLiteral("clerk_added"), QStringLiteral("clerk_added"), QStringLiteral("pin_reset"),
                          QStringLiteral("clerk_removed")}));
    CHECK(audit.at(0).toObject().value(QStringLiteral("object")).toString() == QStringLiteral("Chị Lan"));
    CHECK(audit.at(0).toObject().value(QStringLiteral("actor")).toString().startsWith(QStringLiteral("cli")));
    const Run intact = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(intact.exitCode == 0);
    CHECK(intact.out.trimmed() == QStringLiteral("audit log intact: 4 entries"));
}

TEST_CASE("cli: audit verify fails after tampering; export writes CSV", "[cli][audit]")
{
    Cli cli;
    const Run none = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("no audit log at")));
    {
        QDateTime at(QDate(2026, 11, 23), QTime(2, 0), QTimeZone::utc());
        auto log = AuditLog::open(staffDb(cli), [&at] { return at; });
        REQUIRE(log.ok());
        for (int i = 1; i <= 5; ++i) {
            at = at.addDays(1);
            REQUIRE(log.value()->append(QStringLiteral("kiosk"), QStringLiteral("resend"),
                                        QStringLiteral("000.00.01.H01-261123-000%1").arg(i), QStringLiteral("a, \"b\""))
                        .ok());
        }
    }
    CHECK(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);

    // 24 Nov to 26 Nov in the office's time zone: entries 1 to 3.
    const Run csv = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-11-24"),
                         QStringLiteral("--to"), QStringLiteral("2026-11-26"), QStringLiteral("--csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    const QStringList rows = csv.out.split(QStringLiteral("\r\n"));
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0) == QStringLiteral("seq,at,local_time,actor,action,object,detail,prev_hash,hash"));
    CHECK(rows.at(1).startsWith(QStringLiteral("1,2026-11-24T02:00:00.000Z,2026-11-24 09:00:00,kiosk,resend,"
                                               "000.00.01.H01-261123-0001,\"a, \"\"b\"\"\",")));
    CHECK(rows.at(3).startsWith(QStringLiteral("3,")));
    const QString out = cli.dir.filePath(QStringLiteral("audit.csv"));
    CHECK(cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("--out"), out}).exitCode
          == 0);
    CHECK(test::readFile(out).count("\r\n") == 6);
    CHECK(cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-11-31")}).exitCode
          == 2);
    CHECK(cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-11-30"),
               QStringLiteral("--to"), QStringLiteral("2026-11-01")})
              .exitCode
          == 2);

    {
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(staffDb(cli));
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'clerk:Lan' WHERE seq = 3")));
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const Run broken = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("entry 3: hash does not match its contents (edited?)")));
    const Run brokenJson = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(brokenJson.exitCode == 1);
    const QJsonObject check = QJsonDocument::fromJson(brokenJson.out.toUtf8()).object();
    CHECK_FALSE(check.value(QStringLiteral("ok")).toBool());
    CHECK(check.value(QStringLiteral("brokenAtSeq")).toInteger() == 3);
    CHECK(check.value(QStringLiteral("entries")).toInteger() == 5);

    const QString garbage = writeText(cli, QStringLiteral("garbage.db"), QByteArray(4096, 'x'));
    CHECK(cli({QStringLiteral("--staff-db"), garbage, QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 2);
}

TEST_CASE("cli: a clerk's payment decision and a resend are audited", "[cli][audit][payments]")
{
    Cli cli;
    const Run filed = cli({QStringLiteral("--json"), QStringLiteral("form"), QStringLiteral("run"), QStringLiteral("2.000815"),
                           QStringLiteral("--answers"), QStringLiteral(MOTCUA_SOURCE_DIR "/resources/forms/answers/2.000815.json")});
    REQUIRE(filed.exitCode == 0);
    const QString code = QJsonDocument::fromJson(filed.out.toUtf8()).object().value(QStringLiteral("fileCode")).toString();
    REQUIRE(cli({QStringLiteral("payment"), QStringLiteral("confirm"), code, QStringLiteral("--method"), QStringLiteral("cash"),
                 QStringLiteral("--by"), QStringLiteral("Chị Lan")})
                .exitCode
            == 0);
    // A refused decision changes nothing and is not audited.
    CHECK(cli({QStringLiteral("payment"), QStringLiteral("reject"), code, QStringLiteral("--by"), QStringLiteral("Chị Lan")})
              .exitCode
          == 2);
    REQUIRE(cli({QStringLiteral("outbox"), QStringLiteral("retry"), code}).exitCode == 0);

    const QJsonArray audit = jsonArray(cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")}));
    REQUIRE(actionsOf(audit) == QStringList({QStringLiteral("payment_confirmed"), QStringLiteral("resend")}));
    const QJsonObject paid = audit.at(0).toObject();
    CHECK(paid.value(QStringLiteral("actor")).toString() == QStringLiteral("cli:Chị Lan"));
    CHECK(paid.value(QStringLiteral("object")).toString() == code);
    CHECK(paid.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("cash, ")));
    CHECK(audit.at(1).toObject().value(QStringLiteral("object")).toString() == code);
    CHECK(cli({QStringLiteral("audit"), QStringLiteral("verify")}).out.contains(QStringLiteral("intact: 2 entries")));
}
