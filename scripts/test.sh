#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test (core, UI offscreen, kiosk self-test).
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default
