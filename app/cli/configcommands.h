// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua config check: validates the config files and prints the effective values.
int runConfigCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
