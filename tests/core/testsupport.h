// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/clirun.h"
#include "catalog/catalogstore.h"
#include "forms/formsession.h"
#include "outbox/filingstore.h"

#include <QImage>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "../common/eventloop.h"

#include <functional>
#include <memory>

std::ostream &operator<<(std::ostream &os, const QString &s);

namespace motcua::test {

[[nodiscard]] QString dataPath(const QString &name);
[[nodiscard]] QByteArray readFile(const QString &path);
[[nodiscard]] QJsonObject readJsonObject(const QString &path);

// A store in a fresh temporary folder, filled from tests/data/<fixture> (or the built-in
// demo catalog when fixture is empty).
struct TempCatalog
{
    QTemporaryDir dir;
    std::unique_ptr<CatalogStore> store;
    explicit TempCatalog(const QString &fixture = QStringLiteral("mini-catalog.json"));
    [[nodiscard]] QString dbPath() const { return dir.filePath(QStringLiteral("catalog.db")); }
};

// The real `motcua` binary against files in a temporary folder of its own (catalog at db(),
// drafts and outbox under data/), with no config but what a test writes.
struct Cli
{
    QTemporaryDir dir;
    [[nodiscard]] QString db() const { return dir.filePath(QStringLiteral("cli.db")); }
    // `input` is its standard input (closed after it, so nothing waits for more).
    Run operator()(QStringList args, const QByteArray &input = {}) const;
};

// The standard output of a run that must have succeeded, as a JSON object (--json).
[[nodiscard]] QJsonObject jsonOutput(const Run &run);

// The paths of a step's problems, in order ("child.fullName", "copies[1].count").
[[nodiscard]] QStringList pathsOf(const QList<FieldError> &errors);

// A filing of certified copies (2.000815) received 23/11/2026 09:30 with this fee, ready for
// FilingStore::submit.
[[nodiscard]] Submission copiesSubmission(const FeeQuote &fee);


// The first page of a PDF as a picture at 150 dpi, made by pdftoppm as a person checking the
// file would; and its text, read with QtPdf.
[[nodiscard]] QImage pageImage(const QString &pdf);
[[nodiscard]] QString pdfText(const QString &pdf);

// The codes of a search, in rank order.
[[nodiscard]] QStringList codesOf(const SearchResult &result);

} // namespace motcua::test
