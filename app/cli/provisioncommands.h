// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace motcua::cli {

// motcua provision --commune NAME --agency-code CODE --hotline NUMBER --portal URL
//                  --token-file FILE [--pin-sha256 HASH] [--payee-bin BIN --payee-account ACC
//                  --payee-name NAME] [--catalog FILE] [--technician NAME
//                  --technician-pin-file FILE] [--offline]
// Sets up a kiosk in one go: checks every value and the portal with the token first (exit 2
// listing every bad value, exit 1 when the portal refuses the token or cannot be reached, and
// then nothing is written), then edits the [kiosk] keys of the config file (comments and other
// lines kept), writes the token to portal-token beside it (0640), imports the catalog and adds
// the first technician. Idempotent: the same arguments again change nothing and say so.
int runProvisionCommand(const CliContext &ctx, const QStringList &args);

} // namespace motcua::cli
