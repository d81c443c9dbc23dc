// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua form list | validate FILE | run CODE --answers FILE [--at DATETIME]
int runFormCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
