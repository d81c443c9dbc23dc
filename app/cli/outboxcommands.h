// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua outbox list [--limit N]
int runOutboxCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
