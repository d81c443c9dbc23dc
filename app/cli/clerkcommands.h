// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua clerk add NAME --role clerk|technician [--pin-file FILE] | list | remove NAME
//             | reset-pin NAME [--pin-file FILE]
// A PIN never comes from the command line (`ps` would show it): --pin-file's first line, else
// standard input's first line, else (on a terminal) asked twice without echo.
int runClerkCommand(const CliContext &ctx, const QStringList &args);

// A new PIN, checked: `file`'s first line; without a file, standard input's first line (a pipe
// or a file); else, on a terminal, typed twice without echo.
[[nodiscard]] Result<QString> readPin(const QString &file);

} // namespace motcua::cli
