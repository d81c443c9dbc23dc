#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the kiosk on the built-in demo catalog, with the
# provincial portal simulator (motcua-portal-sim) beside it.
# With a display: a window (1920x1080; pass --size 1080x1920 for portrait, --fullscreen).
# Without one: runs under Xvfb, walks through every screen in both orientations, saves a
# screenshot of each into $MOTCUA_SCREENSHOTS (default ./screenshots-out) and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

kiosk=build/default/bin/motcua-kiosk
# The local portal simulator, where the kiosk's default portal_url points (127.0.0.1:8765):
# filings are sent to it, the status lookup asks it. Stopped when the demo ends.
start_portal() {
  build/default/bin/motcua-portal-sim --port 8765 "$@" 2>/dev/null &
  sim=$!
  trap 'kill $sim 2>/dev/null || true' EXIT
}

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  # Kept between demos, like the kiosk's own outbox.
  simdb="${XDG_DATA_HOME:-$HOME/.local/share}/motcua/portal-sim.db"
  mkdir -p "$(dirname "$simdb")"
  start_portal --db "$simdb"
  "$kiosk" "$@"
  exit
fi

out=${MOTCUA_SCREENSHOTS:-$PWD/screenshots-out}
echo "No display found: running the kiosk under Xvfb and walking through every screen."
# Each tour files into a fresh outbox, so each gets a fresh portal (in memory) too.
for size in 1920x1080:landscape 1080x1920:portrait; do
  start_portal
  xvfb-run -a -s "-screen 0 ${size%%:*}x24" "$kiosk" --size "${size%%:*}" --tour "$out/${size##*:}" "$@"
  kill $sim 2>/dev/null || true
  wait $sim 2>/dev/null || true
done
echo "Screenshots of every screen are in $out"
