// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua qr decode IMAGE… | qr classify TEXT
int runQrCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
