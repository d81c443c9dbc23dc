// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv FILE] [--pdf FILE] [--json]
int runStatsCommand(const CliContext &ctx, const QStringList &args);
// motcua rating FILECODE RATING [--reasons KEY,KEY...]
int runRatingCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
