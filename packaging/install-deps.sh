#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, with apt, the Debian 12 packages MotCua Kiosk needs to build, run and test: the set
# shared/DESIGN.md verified for this product (camera, portal simulator and voice included).
# Idempotent: packages already present are skipped; nothing is downloaded when all are there.
# Usage: packaging/install-deps.sh [--bench]  (run as root, or with sudo available)
#   --bench   also what the benchmarks in bench/ compare against (Chromium, for bench/startup)
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ pkg-config git
  # Qt 6.4 development
  qt6-base-dev qt6-declarative-dev qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev qt6-virtualkeyboard-dev qt6-speech-dev qt6-pdf-dev
  qt6-qpa-plugins libgl-dev
  # QML runtime modules the UI imports
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtmultimedia qml6-module-qtquick-shapes qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin
  qml6-module-qt-labs-folderlistmodel qml6-module-qttest libqt6svg6
  # dictionaries the on-screen keyboard loads for its Vietnamese and English layouts
  hunspell-vi hunspell-en-us
  # libraries
  libzxing-dev catch2 libsqlite3-dev sqlite3
  libsodium-dev
  # voice guidance: Qt's speech-dispatcher plugin, espeak-ng's Vietnamese voice, and a sound
  # server that also runs headless (the voice test starts its own)
  qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio
  # media
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  # test videos for the QR scanner (made from generated images in the tests); PDF to pictures
  ffmpeg poppler-utils
  # receipts: a real print queue that writes PDFs (the printing test starts its own cupsd)
  cups printer-driver-cups-pdf
  # the TLS test makes its certificate with the openssl tool
  openssl
  # the baseline bench-qr-decode compares against
  zbar-tools
  # headless display, fonts, screenshots
  xvfb xauth x11-utils fonts-noto-core imagemagick
  # bench-startup-watch reads the Xvfb screen with Xlib
  libx11-dev
  # Debian packages (CPack DEB, man pages, lintian), the kiosk session (cage and the Xwayland
  # it needs to start, Qt's Wayland plugin, grim for its screenshots) and the image recipe
  # (mkosi), for packaging/tests
  dpkg-dev help2man lintian cage xwayland qt6-wayland grim mkosi
  # the sanitizer build (clang, ASan + UBSan) and the fuzzers (libFuzzer), for the asan preset
  clang libclang-rt-14-dev
)

bench=false
for arg in "$@"; do
  case "$arg" in
    --bench) bench=true ;;
    *) echo "install-deps: unknown option $arg (usage: install-deps.sh [--bench])" >&2; exit 3 ;;
  esac
done
if $bench; then
  # the browser kiosk bench/startup measures against
  packages+=(chromium)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root (or install sudo)" >&2; exit 1; }
  SUDO="sudo"
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
