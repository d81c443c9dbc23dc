// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QImage>
#include <QTimeZone>

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace motcua::test {

QString dataPath(const QString &name)
{
    return QStringLiteral(MOTCUA_TEST_DATA "/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

TempCatalog::TempCatalog(const QString &fixture)
{
    REQUIRE(dir.isValid());
    auto opened = CatalogStore::open(dbPath());
    REQUIRE(opened.ok());
    store = std::move(opened).value();
    if (fixture.isEmpty()) {
        auto seeded = store->seedIfEmpty();
        INFO(seeded.error());
        REQUIRE(seeded.ok());
        REQUIRE(seeded.value());
        return;
    }
    auto bundle = CatalogBundle::load(dataPath(fixture));
    INFO(bundle.error());
    REQUIRE(bundle.ok());
    REQUIRE(store->importBundle(bundle.value()).ok());
}

QStringList codesOf(const SearchResult &result)
{
    QStringList codes;
    for (const ProcedureSummary &p : result.hits)
        codes.append(p.code);
    return codes;
}

QStringList pathsOf(const QList<FieldError> &errors)
{
    QStringList paths;
    for (const FieldError &e : errors)
        paths.append(e.path);
    return paths;
}

Run Cli::operator()(QStringList args, const QByteArray &input) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    args.prepend(db());
    args.prepend(QStringLiteral("--db"));
    return runCli(args, env, input);
}

QJsonObject jsonOutput(const Run &run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

Submission copiesSubmission(const FeeQuote &fee)
{
    Submission s;
    s.agencyCode = QStringLiteral("000.00.01.H01");
    s.procedureCode = QStringLiteral("2.000815");
    s.procedureName = QStringLiteral("Chứng thực bản sao từ bản chính");
    s.formVersion = 1;
    s.deliveryMethod = QStringLiteral("counter");
    s.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), QTimeZone("Asia/Ho_Chi_Minh"));
    s.appointmentDate = s.receivedAt.date();
    s.fee = fee;
    return s;
}

// The first page as a picture, made by pdftoppm as a person checking the file would.
QImage pageImage(const QString &pdf)
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    REQUIRE_FALSE(pdftoppm.isEmpty()); // packaging/install-deps.sh installs poppler-utils
    QProcess p;
    const QString prefix = pdf + QStringLiteral("-page");
    p.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-f"),
                       QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                       prefix});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QImage(prefix + QStringLiteral(".png"));
}

QString pdfText(const QString &pdf)
{
    QPdfDocument document;
    REQUIRE(document.load(pdf) == QPdfDocument::Error::None);
    return document.getAllText(0).text();
}

} // namespace motcua::test
