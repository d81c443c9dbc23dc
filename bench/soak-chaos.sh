#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The full chaos soak (issue 11): N filings (default 1000) made by the headless kiosk while it is
# SIGKILLed at random moments and restarted and the portal simulator injects every fault; then
# the outbox drains and the checks run (tests/soak). Prints its figures. It takes minutes.
#   bench/soak-chaos.sh [N] [SEED]      MOTCUA_SOAK_PACE_MS, MOTCUA_SOAK_KEEP=1 as in the test
set -eu
N=${1:-1000}
SEED=${2:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
cmake --preset default >/dev/null
nice cmake --build --preset default --target motcua-soak-worker soak-tests motcua-portal-sim
# The test prints the figures; Catch2 adds what failed, if anything.
MOTCUA_SOAK_FILINGS=$N MOTCUA_SOAK_SEED=$SEED exec build/default/tests/soak-tests
