// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua audit verify | list [--limit N] | export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]
//             [--out FILE]
// verify: exit 0 intact, 1 broken (the first problem printed), 2 the log cannot be read.
int runAuditCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
