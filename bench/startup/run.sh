#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cold start to the first frame of the home screen: motcua-kiosk against Chromium in kiosk mode
# showing a static copy of the same home screen (home.html), on one Xvfb, in the same run.
# Each repetition runs, in turn: the kiosk with fresh caches (QML, Qt's shader cache and Mesa's
# are removed), the kiosk with the caches the previous run left, Chromium with a fresh profile.
# bench-startup-watch times each from its exec to the moment probe pixels of the screen show the
# home screen (header, help button, two tile discs), and the kiosk's READY=1 (sd_notify). It
# prints both medians, min–max, the ratio, whether the goal (<= 0.5x Chromium's) is met, and the
# medians of the kiosk's own start-up marks (QT_LOGGING_RULES=motcua.startup.info=true).
#
# Usage: bench/startup/run.sh [REPS]          (default 10)
#   BUILD_DIR   where the binaries are (default build/default)
#   SHOTS=DIR   also save a screenshot of each program's home screen into DIR
# Needs: Xvfb, chromium (packaging/install-deps.sh --bench), ImageMagick's import for SHOTS.
set -euo pipefail

reps=${1:-10}
here=$(cd "$(dirname "$0")" && pwd)
source_root=$(cd "$here/../.." && pwd)
bin=${BUILD_DIR:-$source_root/build/default}/bin
kiosk=$bin/motcua-kiosk
watch=$bin/bench-startup-watch
chromium=$(command -v chromium || true)
width=1280
height=800

for tool in "$kiosk" "$watch"; do
  [ -x "$tool" ] || { echo "run.sh: $tool missing (cmake --build --preset default --target motcua-kiosk bench-startup-watch)" >&2; exit 2; }
done
[ -n "$chromium" ] || { echo "run.sh: chromium missing (packaging/install-deps.sh --bench)" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "run.sh: Xvfb missing" >&2; exit 2; }

work=$(mktemp -d /tmp/bench-startup.XXXXXX)
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A display number nobody uses.
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 "${width}x${height}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.05; done
export DISPLAY=":$display"

# The kiosk as installed: its own databases (seeded by the warm-up run), caches under
# XDG_CACHE_HOME, the default (demo) commune, Vietnamese, the camera and voice as configured.
mkdir -p "$work/data" "$work/cache" "$work/runtime"
chmod 700 "$work/runtime"
export XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config"
cat >"$work/kiosk.conf" <<EOF
[kiosk]
database = $work/data/motcua.db
filings_database = $work/data/filings.db
staff_database = $work/data/staff.db
EOF

# Header blue, the help button's yellow, the "Tra cứu hồ sơ" and "Trợ giúp" tiles' discs:
# together only the home screen at 1280x800.
probes=(--probe 6,6=0B4A8B --probe 995,30=FFC83D --probe 760,462=00695C --probe 1068,462=8A4B00)

shot=()
# The kiosk logs where its time goes (app/kiosk/main.cpp); each run's phases are kept apart.
kiosk_log=$work/kiosk.log
run_kiosk() {
  QT_LOGGING_RULES="motcua.startup.info=true" "$watch" "${probes[@]}" "${shot[@]}" --log "$kiosk_log" -- \
    "$kiosk" --config "$work/kiosk.conf" --size "${width}x${height}"
}
run_chromium() {
  local profile
  profile=$(mktemp -d "$work/chromium-profile.XXXXXX")
  # --no-sandbox: Debian's chromium refuses to run as root without it (CI runs as root);
  # no translation bar over the Vietnamese page.
  "$watch" "${probes[@]}" "${shot[@]}" --log "$work/chromium.log" -- \
    "$chromium" --kiosk --no-first-run --no-default-browser-check --noerrdialogs --disable-infobars \
    --password-store=basic --disable-features=Translate --no-sandbox --user-data-dir="$profile" \
    --window-position=0,0 --window-size="$width,$height" "file://$here/home.html"
  rm -rf "$profile"
}
fresh_caches() {
  rm -rf "$work/cache/motcua" "$work/cache/mesa_shader_cache" "$work/cache/qtshadercache"*
}
# "home_ms=… ready_ms=…" → the home figure
home_ms() { sed -n 's/^home_ms=\([0-9.]*\).*/\1/p'; }

echo "bench/startup: $reps repetitions on Xvfb $DISPLAY ${width}x${height}, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# Warm-up, not counted: seeds the kiosk's databases, brings both programs into the page cache.
run_kiosk >/dev/null || { echo "run.sh: the kiosk never showed its home screen (see $work/kiosk.log):" >&2; tail -20 "$work/kiosk.log" >&2; exit 1; }
run_chromium >/dev/null || { echo "run.sh: chromium never showed the home page:" >&2; tail -20 "$work/chromium.log" >&2; exit 1; }

if [ -n "${SHOTS:-}" ]; then
  mkdir -p "$SHOTS"
  shot=(--shot "$SHOTS/startup-kiosk.png")
  run_kiosk >/dev/null
  shot=(--shot "$SHOTS/startup-chromium.png")
  run_chromium >/dev/null
  shot=()
fi

: >"$work/fresh" ; : >"$work/kept" ; : >"$work/chromium" ; : >"$work/ready"
for i in $(seq "$reps"); do
  fresh_caches
  kiosk_log=$work/phases-fresh-$i.log
  line=$(run_kiosk) && echo "$line" | home_ms >>"$work/fresh" && echo "$line" | sed -n 's/.*ready_ms=\([0-9.]*\)$/\1/p' >>"$work/ready"
  f=$line
  kiosk_log=$work/phases-kept-$i.log
  line=$(run_kiosk) && echo "$line" | home_ms >>"$work/kept"
  k=$line
  line=$(run_chromium) && echo "$line" | home_ms >>"$work/chromium"
  printf '  run %2d: kiosk fresh caches %-32s kiosk caches kept %-32s chromium %s\n' "$i" "$f" "$k" "$line"
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { sort -n "$1" | awk 'NR == 1 { min = $1 } { max = $1 } END { printf "%s–%s", min, max }'; }
chromium_median=$(median "$work/chromium")
echo
printf '%-28s %10s %16s %8s %s\n' "to the first home frame" "median ms" "min–max ms" "runs" "vs chromium"
for variant in fresh kept; do
  label=$([ $variant = fresh ] && echo "kiosk, fresh caches" || echo "kiosk, caches kept")
  m=$(median "$work/$variant")
  ratio=$(awk -v a="$m" -v b="$chromium_median" 'BEGIN { printf "%.2f", a / b }')
  goal=$(awk -v r="$ratio" 'BEGIN { print (r <= 0.5 ? "goal <= 0.5x met" : "goal <= 0.5x not met") }')
  printf '%-28s %10s %16s %8s %sx (%s)\n' "$label" "$m" "$(range "$work/$variant")" "$(wc -l <"$work/$variant")" "$ratio" "$goal"
done
printf '%-28s %10s %16s %8s\n' "chromium --kiosk home.html" "$chromium_median" "$(range "$work/chromium")" "$(wc -l <"$work/chromium")"
printf '%-28s %10s %16s %8s\n' "kiosk READY=1 (fresh)" "$(median "$work/ready")" "$(range "$work/ready")" "$(wc -l <"$work/ready")"

# Medians of the kiosk's own marks (ms since main(); the rest of home_ms is exec, the dynamic
# linker and the time until the frame is on the screen).
echo
echo "kiosk's start-up marks, median ms since main() (fresh caches / caches kept):"
for phase in "application" "databases and services" "QML loaded" "first frame on screen"; do
  for variant in fresh kept; do
    cat "$work"/phases-$variant-*.log 2>/dev/null | sed -n "s/^motcua.startup: *\([0-9]*\) ms  $phase\$/\1/p" >"$work/phase-$variant"
  done
  printf '  %-26s %8s / %s\n' "$phase" "$(median "$work/phase-fresh")" "$(median "$work/phase-kept")"
done
