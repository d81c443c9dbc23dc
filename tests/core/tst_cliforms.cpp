// SPDX-License-Identifier: GPL-3.0-or-later
// `motcua form …` and `motcua outbox list`, run as a real process: each of the eight forms
// filed headless from its demo answers, problems reported per field, nothing half-written.
#include "testsupport.h"

#include "outbox/filingstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using motcua::test::Cli;
using motcua::test::Run;

namespace {

const QStringList kCodes{QStringLiteral("1.000656"), QStringLiteral("1.000894"), QStringLiteral("1.001193"),
                         QStringLiteral("1.004194"), QStringLiteral("1.004873"), QStringLiteral("2.000635"),
                         QStringLiteral("2.000815"), QStringLiteral("2.000884")};

QString formPath(const QString &code)
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/resources/forms/%1.json").arg(code);
}

QString answersPath(const QString &code)
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/resources/forms/answers/%1.json").arg(code);
}

// Monday 23 November 2026, 09:00 local time.
const QString kMonday = QStringLiteral("2026-11-23T09:00:00");

QJsonArray outbox(const Cli &cli)
{
    const Run list = cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    return QJsonDocument::fromJson(list.out.toUtf8()).array();
}

} // namespace

TEST_CASE("cli: form validate accepts the bundled forms and names what is wrong in a broken one", "[cli][forms]")
{
    Cli cli;
    for (const QString &code : kCodes) {
        const Run ok = cli({QStringLiteral("form"), QStringLiteral("validate"), formPath(code)});
        INFO(ok.err.toStdString());
        CHECK(ok.exitCode == 0);
        CHECK(ok.out.contains(QStringLiteral("valid form for %1").arg(code)));
    }
    const QString broken = cli.dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "motcua-form", "formatVersion": 1, "procedure": "1.001193", "version": 1,
                  "title": "x", "applicant": "a",
                  "steps": [{"id": "s", "title": "S", "fields": [{"id": "a", "type": "person", "label": "A"},
                            {"id": "b", "type": "choice", "label": "B", "options": []}]}]})");
    file.close();
    const Run bad = cli({QStringLiteral("form"), QStringLiteral("validate"), broken});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("broken.json: steps[0].fields[1].options: needs at least 2 entries")));
}

TEST_CASE("cli: each of the eight forms is filed from its answers with a file code and appointment", "[cli][forms]")
{
    Cli cli;
    for (qsizetype i = 0; i < kCodes.size(); ++i) {
        const QString &code = kCodes.at(i);
        const Run run = cli({QStringLiteral("form"), QStringLiteral("run"), code, QStringLiteral("--answers"),
                             answersPath(code), QStringLiteral("--at"), kMonday, QStringLiteral("--json")});
        INFO(code.toStdString() << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonObject filing = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(filing.value(QStringLiteral("submitted")).toBool());
        CHECK(filing.value(QStringLiteral("fileCode")).toString()
              == QStringLiteral("000.00.01.H01-261123-%1").arg(i + 1, 4, 10, QLatin1Char('0')));
        CHECK(filing.value(QStringLiteral("status")).toString() == QStringLiteral("queued"));
        CHECK(filing.value(QStringLiteral("procedureCode")).toString() == code);
        CHECK_FALSE(filing.value(QStringLiteral("applicantName")).toString().isEmpty());
        CHECK(filing.value(QStringLiteral("id")).toString().size() == 36); // a UUID
    }
    const QJsonArray filed = outbox(cli);
    REQUIRE(filed.size() == kCodes.size());
    QHash<QString, QString> appointments;
    for (const QJsonValue &f : filed)
        appointments.insert(f[QStringLiteral("procedureCode")].toString(), f[QStringLiteral("appointmentDate")].toString());
    CHECK(appointments.value(QStringLiteral("1.001193")) == QStringLiteral("2026-11-23")); // same day
    CHECK(appointments.value(QStringLiteral("1.004873")) == QStringLiteral("2026-11-26")); // 3 working days
    CHECK(appointments.value(QStringLiteral("1.004194")) == QStringLiteral("2026-11-26"));

    // The technician's table shows codes and dates, never a citizen's name.
    const Run table = cli({QStringLiteral("outbox"), QStringLiteral("list")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("000.00.01.H01-261123-0008")));
    for (const QJsonValue &f : filed)
        CHECK_FALSE(table.out.contains(f[QStringLiteral("applicantName")].toString()));
}

TEST_CASE("cli: form run lists every problem of the answers and files nothing", "[cli][forms]")
{
    Cli cli;
    QJsonObject answers = motcua::test::readJsonObject(answersPath(QStringLiteral("1.001193")));
    answers.insert(QStringLiteral("phone"), QStringLiteral("0123"));
    QJsonObject child = answers.value(QStringLiteral("child")).toObject();
    child.insert(QStringLiteral("dateOfBirth"), QStringLiteral("2026-02-30"));
    answers.insert(QStringLiteral("child"), child);
    answers.remove(QStringLiteral("relationship"));
    const QString path = cli.dir.filePath(QStringLiteral("answers.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(answers).toJson());
    file.close();

    const Run run = cli({QStringLiteral("form"), QStringLiteral("run"), QStringLiteral("1.001193"),
                         QStringLiteral("--answers"), path, QStringLiteral("--at"), kMonday});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("3 problem(s)")));
    CHECK(run.err.contains(QStringLiteral("filer / phone:")));
    CHECK(run.err.contains(QStringLiteral("filer / relationship: an answer is required")));
    CHECK(run.err.contains(QStringLiteral("childInfo / child.dateOfBirth:")));
    CHECK_FALSE(run.err.contains(QStringLiteral("0123"))); // answers are not echoed
    CHECK(outbox(cli).isEmpty());

    answers.insert(QStringLiteral("favouriteColour"), QStringLiteral("blue"));
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QJsonDocument(answers).toJson());
    file.close();
    const Run unknown = cli({QStringLiteral("form"), QStringLiteral("run"), QStringLiteral("1.001193"),
                             QStringLiteral("--answers"), path});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("has no field(s) favouriteColour")));

    const Run noForm = cli({QStringLiteral("form"), QStringLiteral("run"), QStringLiteral("1.004222"),
                            QStringLiteral("--answers"), path});
    CHECK(noForm.exitCode == 2);
    CHECK(noForm.err.contains(QStringLiteral("no form for procedure 1.004222")));
}

TEST_CASE("cli: drafts are listed without names and purged by age", "[cli][forms]")
{
    Cli cli;
    const QString filings = cli.dir.filePath(QStringLiteral("data/motcua/filings.db"));
    {
        auto store = motcua::FilingStore::open(filings);
        REQUIRE(store.ok());
        const auto id = store.value()->createDraft(QStringLiteral("1.001193"), 1);
        REQUIRE(id.ok());
        REQUIRE(store.value()->saveDraft(id.value(), {{QStringLiteral("step"), QStringLiteral("childInfo")}},
                                         QStringLiteral("Trần Thị Hoa")).ok());
    }
    const Run list = cli({QStringLiteral("draft"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("1.001193")));
    CHECK(list.out.contains(QStringLiteral("childInfo")));
    CHECK_FALSE(list.out.contains(QStringLiteral("Trần Thị Hoa")));
    const Run json = cli({QStringLiteral("draft"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).array().first()[QStringLiteral("applicantName")].toString()
          == QStringLiteral("Trần Thị Hoa"));

    const Run young = cli({QStringLiteral("draft"), QStringLiteral("purge")}); // default: 8 hours
    CHECK(young.out.contains(QStringLiteral("deleted 0 draft(s)")));
    const Run all = cli({QStringLiteral("draft"), QStringLiteral("purge"), QStringLiteral("--older-than-hours"), QStringLiteral("0")});
    CHECK(all.out.contains(QStringLiteral("deleted 1 draft(s)")));
    CHECK(cli({QStringLiteral("draft"), QStringLiteral("list")}).out.contains(QStringLiteral("no drafts")));
}
