// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogbundle.h"
#include "catalog/catalogupdater.h"
#include "clicontext.h"

namespace motcua::cli {

// motcua catalog import FILE | search QUERY [--limit N] | show CODE | topics
int runCatalogCommand(const CliContext &ctx, const QStringList &args);

// What `catalog import` and `provision --catalog` share.
struct BundleFile
{
    QByteArray bytes;
    CatalogBundle bundle;
};
// FILE's bytes and the valid bundle they hold; else why not: "cannot read FILE: …", or "FILE is
// invalid (N problems); nothing was <done>" with every problem on a line of its own.
[[nodiscard]] Result<BundleFile> readBundle(const QString &file, const char *done);

struct CatalogImport
{
    QString version;
    int procedures = 0;
    int topics = 0;
    QString database;
};
// Replaces the catalog (ctx.databasePath()) by `bundle` and audits it ("imported from <source>").
[[nodiscard]] Result<CatalogImport> importCatalog(const CliContext &ctx, const CatalogBundle &bundle,
                                                  const QString &source);
// `catalog update`: one check with the portal of `config`, verified with its catalog_public_key;
// an applied update is audited.
[[nodiscard]] CatalogUpdater::UpdateResult updateCatalog(const CliContext &ctx, const KioskConfig &config,
                                                         CatalogStore &store);

} // namespace motcua::cli
