// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua draft list | draft purge [--older-than-hours N]
int runDraftCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
