// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua poster [--codes CODE,CODE…] --out FILE.pdf
int runPosterCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
