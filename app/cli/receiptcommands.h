// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua receipt FILECODE --out FILE.pdf [--layout a5|roll80]
int runReceiptCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
