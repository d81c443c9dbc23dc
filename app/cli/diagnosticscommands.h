// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua diagnostics [--json]: every check of docs/technician-guide.md, one line each.
// Exit 0 healthy, 1 degraded, 2 broken (the worst check), 3 a wrong command line.
int runDiagnosticsCommand(const CliContext &ctx, const QStringList &args);

// The exit status of a wrong `motcua diagnostics` command line (not 2: that means broken).
constexpr int kDiagnosticsUsageExit = 3;

} // namespace motcua::cli
