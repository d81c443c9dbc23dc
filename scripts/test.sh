#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test (core, UI offscreen, kiosk self-test,
# integration), then the package test.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default
# As root (CI): the Debian packages built, linted, installed, provisioned, upgraded, the kiosk
# session under cage, purged (packaging/tests/test-package.sh; skipped for other users).
packaging/tests/test-package.sh build/default
