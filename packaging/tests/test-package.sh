#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages from build to purge, on this machine, as root (scripts/test.sh runs it
# after the test suite; CI machines are fresh and disposable):
#   build both packages with CPack (and a "previous" version to upgrade from), lintian,
#   install with apt (Depends resolved from Debian), the motcua user and its 0700 data folder,
#   the systemd unit verified, provision against the installed portal simulator (twice:
#   idempotent; a wrong token changes nothing), a filing made and sent, diagnostics --json,
#   backup, upgrade keeping the data, the kiosk session under cage headless as the motcua
#   user up to its first frame (grim screenshot), purge; and the mkosi image recipe parses.
# Usage: packaging/tests/test-package.sh [BUILD_DIR]   (default build/default)
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build/default}" && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "test-package: skipped: it installs packages, run it as root (CI does)"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
export LC_ALL=C.UTF-8

work=$(mktemp -d /tmp/motcua-package-test.XXXXXX)
chmod 0755 "$work"
sim_pid=""
cage_pid=""
cleanup() {
    [ -n "$cage_pid" ] && kill "$cage_pid" 2>/dev/null || true
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    # The folder holds a backup with (demo) citizen data: gone unless asked to keep it.
    [ -n "${MOTCUA_KEEP_TEST_DIR:-}" ] && echo "test-package: kept $work" || rm -rf "$work"
}
trap cleanup EXIT

started=$(date +%s)
step() { printf '\n== test-package [%ss]: %s\n' "$(($(date +%s) - started))" "$*"; }
fail() { printf 'test-package: FAILED: %s\n' "$*" >&2; exit 1; }
expect_eq() { [ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"; }

if dpkg-query -W motcua-kiosk >/dev/null 2>&1; then
    step "removing a motcua-kiosk left from an earlier run"
    apt-get purge -y -qq motcua-kiosk motcua-portal-sim >/dev/null
fi

version=$("$build/bin/motcua" --version | awk '{print $2}')
step "cpack: version $version, and $version~previous to upgrade from"
cpack --config "$build/CPackConfig.cmake" -B "$work/new" >/dev/null
cpack --config "$build/CPackConfig.cmake" -B "$work/old" -D CPACK_PACKAGE_VERSION="$version~previous" >/dev/null
kiosk_deb=$(ls "$work"/new/motcua-kiosk_"$version"_*.deb)
sim_deb=$(ls "$work"/new/motcua-portal-sim_"$version"_*.deb)
ls -l "$work"/new/*.deb "$work"/old/*.deb

step "the image recipe parses (mkosi summary)"
mkosi --directory "$src/packaging/image" summary >"$work/mkosi.txt" 2>&1 || { cat "$work/mkosi.txt"; fail "mkosi summary"; }
grep -qi 'warning' "$work/mkosi.txt" && { cat "$work/mkosi.txt"; fail "mkosi warns about the recipe"; }
grep -q 'Release: bookworm' "$work/mkosi.txt" || fail "the image is not Debian 12"
[ -x "$src/packaging/image/mkosi.postinst" ] || fail "mkosi.postinst is not executable"

step "lintian (no error, no warning)"
lintian --fail-on error,warning "$kiosk_deb" "$sim_deb"

step "package metadata"
depends=$(dpkg-deb -f "$kiosk_deb" Depends)
for needed in cage xwayland qt6-wayland libqt6sql6-sqlite qml6-module-qtquick-controls qml6-module-qtquick-virtualkeyboard \
              qml6-module-qtmultimedia "libqt6quick6 (" "libzxing2 ("; do
    grep -qF "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
dpkg-deb --ctrl-tarfile "$kiosk_deb" | tar -xO ./conffiles | grep -qx /etc/motcua/kiosk.conf \
    || fail "/etc/motcua/kiosk.conf is not a conffile"
dpkg-deb -c "$kiosk_deb" | grep -q ' ./usr/share/man/man1/motcua.1.gz$' || fail "no man page for motcua"

step "apt-get install the previous version (Depends from Debian)"
apt-get install -y -qq "$work"/old/motcua-kiosk_*.deb "$work"/old/motcua-portal-sim_*.deb >/dev/null
getent passwd motcua >/dev/null || fail "no motcua user"
expect_eq "$(stat -c '%U:%G %a' /var/lib/motcua)" "motcua:motcua 700" "/var/lib/motcua"
expect_eq "$(stat -c '%U:%G %a' /etc/motcua/kiosk.conf)" "root:motcua 640" "/etc/motcua/kiosk.conf"
systemd-analyze verify /lib/systemd/system/motcua-kiosk.service 2>&1 | tee "$work/verify.log"
if grep -q 'motcua-kiosk' "$work/verify.log"; then fail "systemd-analyze verify complains about the unit"; fi
motcua-kiosk --version | grep -qx "motcua-kiosk $version~previous\|motcua-kiosk $version" || fail "motcua-kiosk --version"

step "the installed portal simulator on loopback"
token=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
printf '%s\n' "$token" >"$work/token"
printf 'wrong-%s\n' "$token" >"$work/wrong-token"
chmod 0600 "$work/token" "$work/wrong-token"
motcua-portal-sim --port 0 --token "$token" >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
for _ in $(seq 100); do grep -q 'listening on' "$work/sim.out" && break; sleep 0.1; done
portal=$(grep -o 'http://[0-9.:]*' "$work/sim.out" | head -1)
[ -n "$portal" ] || fail "the simulator did not start: $(cat "$work/sim.err")"
echo "portal: $portal"

step "motcua provision"
printf '2468\n' >"$work/pin"
provision=(motcua provision --commune "UBND xã Minh Châu, tỉnh Phú Thọ" --agency-code 000.00.31.H45
           --hotline "1800 1096" --portal "$portal" --token-file "$work/token"
           --payee-bin 970436 --payee-account 0011004455667 --payee-name "UBND XA MINH CHAU"
           --technician kythuat --technician-pin-file "$work/pin")
"${provision[@]}" | tee "$work/provision-1.txt"
grep -q 'UBND xã Minh Châu, tỉnh Phú Thọ' /etc/motcua/kiosk.conf || fail "commune not written"
grep -qF "$token" /etc/motcua/kiosk.conf && fail "the token is in kiosk.conf"
expect_eq "$(stat -c '%U:%G %a' /etc/motcua/portal-token)" "root:motcua 640" "/etc/motcua/portal-token"
grep -q '^; `motcua provision` fills in' /etc/motcua/kiosk.conf || fail "provision dropped the file's comments"
conf_sum=$(sha256sum /etc/motcua/kiosk.conf)
"${provision[@]}" | tee "$work/provision-2.txt"
expect_eq "$(sha256sum /etc/motcua/kiosk.conf)" "$conf_sum" "kiosk.conf after a second provision"
grep -qi 'unchanged\|nothing' "$work/provision-2.txt" || fail "a second provision does not say nothing changed"
wrong=("${provision[@]}")
wrong[11]="$work/wrong-token"
set +e
"${wrong[@]}" >"$work/provision-wrong.txt" 2>&1
rc=$?
set -e
[ "$rc" -ne 0 ] || fail "provision with a token the portal rejects exited 0"
expect_eq "$(sha256sum /etc/motcua/kiosk.conf)" "$conf_sum" "kiosk.conf after a rejected token"
motcua config check >/dev/null || fail "motcua config check"

step "a citizen's filing, made and sent with the command line (as root)"
motcua form run 1.001193 --answers "$src/resources/forms/answers/1.001193.json" | tee "$work/form.txt"
motcua sync --once --all
for db in motcua.db filings.db staff.db; do
    expect_eq "$(stat -c %U "/var/lib/motcua/$db")" motcua "owner of /var/lib/motcua/$db"
done
sent_before=$(motcua --json outbox stats | tr -d ' \n')

step "motcua diagnostics --json"
set +e
motcua diagnostics --json >"$work/diagnostics.json"
rc=$?
set -e
cat "$work/diagnostics.json"
[ "$rc" -le 1 ] || fail "diagnostics says broken (exit $rc)"
for check in portal database; do
    grep -q "\"$check" "$work/diagnostics.json" || fail "diagnostics has no $check check"
done
grep -q '"integrity' "$work/diagnostics.json" || true

step "motcua backup"
motcua backup --out "$work/kiosk.backup"
expect_eq "$(stat -c %a "$work/kiosk.backup")" 600 "backup file mode"

step "upgrade to $version: data kept"
apt-get install -y -qq "$kiosk_deb" "$sim_deb" >/dev/null
expect_eq "$(dpkg-query -W -f '${Version}' motcua-kiosk)" "$version" "installed version"
expect_eq "$(motcua --json outbox stats | tr -d ' \n')" "$sent_before" "outbox after the upgrade"
expect_eq "$(stat -c '%U:%G %a' /var/lib/motcua)" "motcua:motcua 700" "/var/lib/motcua after the upgrade"
expect_eq "$(sha256sum /etc/motcua/kiosk.conf)" "$conf_sum" "provisioned kiosk.conf after the upgrade"

step "the kiosk session under cage, headless, as the motcua user"
# A portrait screen (cage -r) also keeps cage from scanning the kiosk's buffer straight out,
# which the headless backend's screenshots show as black.
sed -i 's/^MOTCUA_CAGE_OPTIONS=.*/MOTCUA_CAGE_OPTIONS="-r"/' /etc/default/motcua-kiosk
runtime="$work/runtime"
install -d -o motcua -g motcua -m 0700 "$runtime"
(cd / && exec runuser -u motcua -- env -i HOME=/var/lib/motcua PATH=/usr/bin:/bin LANG=C.UTF-8 \
    XDG_RUNTIME_DIR="$runtime" WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
    /usr/libexec/motcua/motcua-kiosk-session) >"$work/session.log" 2>&1 &
cage_pid=$!
session_start=$(date +%s%N)
shot="$runtime/first-frame.png"
colours=0
for _ in $(seq 120); do
    sleep 0.5
    [ -S "$runtime/wayland-0" ] || continue
    runuser -u motcua -- env XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY=wayland-0 grim "$shot" 2>/dev/null || continue
    colours=$(identify -format '%k' "$shot")
    [ "$colours" -gt 500 ] && break
done
elapsed_ms=$(( ($(date +%s%N) - session_start) / 1000000 ))
grep -v "unknown key" "$work/session.log" | tail -15
[ "$colours" -gt 500 ] || fail "no kiosk frame on the headless screen after 60 s ($colours colours)"
size=$(identify -format '%wx%h' "$shot")
echo "first frame on screen after ${elapsed_ms} ms: $size, $colours colours"
grep -q 'first frame on screen' "$work/session.log" || fail "the kiosk did not log its first frame"
ps -o user=,args= -C motcua-kiosk | grep -q '^motcua .*--fullscreen' || fail "motcua-kiosk is not running as motcua, full screen"
[ -n "${MOTCUA_SCREENSHOTS:-}" ] && cp "$shot" "$MOTCUA_SCREENSHOTS/cage-first-frame.png"
kill "$cage_pid"; wait "$cage_pid" 2>/dev/null || true; cage_pid=""

step "apt-get purge"
kill "$sim_pid"; wait "$sim_pid" 2>/dev/null || true; sim_pid=""
apt-get purge -y -qq motcua-kiosk motcua-portal-sim >/dev/null
[ ! -e /var/lib/motcua ] || fail "/var/lib/motcua is still there after purge"
[ ! -e /etc/motcua ] || fail "/etc/motcua is still there after purge"
[ ! -e /etc/default/motcua-kiosk ] || fail "/etc/default/motcua-kiosk is still there after purge"
[ ! -e /usr/bin/motcua ] || fail "/usr/bin/motcua is still there after purge"
dpkg-query -W motcua-kiosk >/dev/null 2>&1 && fail "motcua-kiosk is still known to dpkg"

step "passed"
