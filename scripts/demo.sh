#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the kiosk on the built-in demo catalog.
# With a display: a window (1920x1080; pass --size 1080x1920 for portrait, --fullscreen).
# Without one: runs under Xvfb, walks through every screen in both orientations, saves a
# screenshot of each into $MOTCUA_SCREENSHOTS (default ./screenshots-out) and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

kiosk=build/default/bin/motcua-kiosk
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$kiosk" "$@"
fi

out=${MOTCUA_SCREENSHOTS:-$PWD/screenshots-out}
echo "No display found: running the kiosk under Xvfb and walking through every screen."
xvfb-run -a -s "-screen 0 1920x1080x24" "$kiosk" --size 1920x1080 --tour "$out/landscape" "$@"
xvfb-run -a -s "-screen 0 1080x1920x24" "$kiosk" --size 1080x1920 --tour "$out/portrait" "$@"
echo "Screenshots of every screen are in $out"
