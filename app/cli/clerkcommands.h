// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua clerk add NAME --role clerk|technician [--pin-file FILE] | list | remove NAME
//             | reset-pin NAME [--pin-file FILE]
// A PIN never comes from the command line (`ps` would show it): --pin-file's first line, else
// standard input's first line, else (on a terminal) asked twice without echo.
int runClerkCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
