// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua catalog import FILE | search QUERY [--limit N] | show CODE | topics
int runCatalogCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
