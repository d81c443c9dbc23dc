#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The kiosk's memory over many citizen visits (tests/memsoak): builds motcua-memory-soak and runs
# SESSIONS visits (default 1000, about 40 minutes on 2 cores), then prints RSS after the first,
# the 100th and the last visit, the peak, the growth from the 100th, QObject counts and seconds
# per visit. Goals: RSS <= 200 MB, growth < 5 %.
#   bench/memory-soak.sh [SESSIONS]
#   MEMSOAK_BASELINE=1 bench/memory-soak.sh 300   # also a run with glibc's default malloc
#                                                 # arenas (8 per core) instead of the kiosk's 2
set -euo pipefail
cd "$(dirname "$0")/.."
sessions="${1:-1000}"

cmake --preset default >/dev/null
cmake --build --preset default --target motcua-memory-soak motcua-portal-sim
soak=build/default/bin/motcua-memory-soak

runtime="$(mktemp -d)"
trap 'rm -rf "$runtime"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" XDG_CONFIG_HOME="$runtime/no-config"

status=0
if [ "${MEMSOAK_BASELINE:-0}" = 1 ]; then
  echo "== baseline: glibc's default malloc arenas ($((8 * $(nproc))) on $(nproc) cores)"
  "$soak" --sessions "$sessions" --malloc-arena-max "$((8 * $(nproc)))" || true
  echo
fi
echo "== the kiosk as it runs (2 malloc arenas, ui/src/kioskstartup.cpp)"
"$soak" --sessions "$sessions" || status=$?
exit "$status"
