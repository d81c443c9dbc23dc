// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua camera list: the cameras present, their formats, and which one the config picks.
int runCameraCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
