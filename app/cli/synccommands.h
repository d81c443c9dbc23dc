// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua sync --once [--all]
int runSyncCommand(const CliContext &ctx, const QStringList &args);
// motcua status FILECODE
int runStatusCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
