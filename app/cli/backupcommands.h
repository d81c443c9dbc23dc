// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua backup --out FILE: one consistent snapshot of the catalog, filings and staff
// databases (SQLite's online backup API; the kiosk may keep running) in one tar file with a
// manifest.json, mode 0600.
int runBackupCommand(const CliContext &ctx, const QStringList &args);

// motcua restore FILE [--yes]: checks the backup (manifest, SHA-256, integrity, schema not
// newer than this program), then copies each snapshot into the live database through the
// backup API and applies newer migrations. Without --yes it only checks and says what it would
// replace (exit 2).
int runRestoreCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
