#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test (core, UI offscreen, kiosk self-test,
# integration, soaks' short versions, fuzz replays), then the package test, then the whole suite
# again under AddressSanitizer + UndefinedBehaviorSanitizer (clang) with the fuzzers' short runs.
# MOTCUA_SKIP_ASAN=1 skips the sanitizer pass (a quicker local run; CI never sets it).
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default
# As root (CI): the Debian packages built, linted, installed, provisioned, upgraded, the kiosk
# session under cage, purged (packaging/tests/test-package.sh; skipped for other users).
packaging/tests/test-package.sh build/default

if [ "${MOTCUA_SKIP_ASAN:-0}" = 1 ]; then
  echo "test.sh: MOTCUA_SKIP_ASAN=1, the sanitizer pass is skipped"
  exit 0
fi
# The same tests built with clang, ASan and UBSan (any report fails its test), and each fuzzer
# for a short run (tests/fuzz).
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
