// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua cccd parse TEXT: the fields of a chip ID card QR payload, or why it is not one.
int runCccdCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
