// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua fee CODE [--pages N] [--copies N] [--cases N] [--exemption KEY]
int runFeeCommand(const CliContext &ctx, const QStringList &args);
// motcua vietqr encode --bin BIN --account ACC [--card] [--amount N] [--note TEXT] [--png FILE]
// motcua vietqr parse PAYLOAD
int runVietQrCommand(const CliContext &ctx, const QStringList &args);
// motcua payment list [--state S] | confirm FILECODE --method bank|cash --by NAME [--amount N]
//                    | reject FILECODE --by NAME
int runPaymentCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
