#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the kiosk image packaging/image/motcua-kiosk.raw (as root, with the network to
# Debian's mirror): the motcua-kiosk package from BUILD_DIR, then `mkosi build`.
# Write it to the kiosk's disk with: dd if=motcua-kiosk.raw of=/dev/sdX bs=4M conv=fsync
# Usage: packaging/image/build-image.sh [BUILD_DIR] [-- MKOSI OPTIONS...]
#        e.g. ... -- --password 'a root password' (else root cannot log in: use SSH keys in
#        mkosi.extra/root/.ssh/authorized_keys)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build/default}" && pwd)
shift || true
[ "${1:-}" = "--" ] && shift

[ "$(id -u)" -eq 0 ] || { echo "build-image: run as root (mkosi needs it)" >&2; exit 1; }
command -v mkosi >/dev/null || apt-get install -y -qq mkosi

rm -rf "$here/mkosi.extra/var/cache/motcua"
mkdir -p "$here/mkosi.extra/var/cache/motcua"
cpack --config "$build/CPackConfig.cmake" -B "$here/mkosi.extra/var/cache/motcua" >/dev/null
rm -rf "$here/mkosi.extra/var/cache/motcua/_CPack_Packages"
cd "$here"
mkosi --force "$@" build
echo "build-image: $here/motcua-kiosk.raw"
