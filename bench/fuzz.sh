#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench/fuzz.sh [SECONDS=600] [TARGET...]: builds the libFuzzer targets (asan preset) and fuzzes
# each for SECONDS (default 10 minutes) in fork mode with FUZZ_JOBS workers (default 2; 1 leaves
# a core to other work), from a copy of its checked-in corpus (tests/fuzz/corpus/<target>) plus
# its regressions. Prints per target exec/s, coverage, corpus size and crashes (crashes, hangs
# and out-of-memory inputs are kept in the run folder);
# exits non-zero when any target crashed. Targets: qrpayload cccd vietqr catalogbundle
# formdefinition portalreply config (default: all). tests/fuzz/README.md says what to do next.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
[ $# -gt 0 ] && shift
all=(qrpayload cccd vietqr catalogbundle formdefinition portalreply config)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
for t in "${targets[@]}"; do
  [ -d "tests/fuzz/corpus/$t" ] || { echo "fuzz.sh: no fuzz target '$t' (targets: ${all[*]})" >&2; exit 2; }
done

cmake --preset asan >/dev/null
nice cmake --build --preset asan --target "${targets[@]/#/fuzz-}"

root=$PWD
runs="$root/build/asan/fuzz-runs/$(date -u +%Y%m%dT%H%M%SZ)"
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1
results=()
failed=0
for t in "${targets[@]}"; do
  work="$runs/$t"
  mkdir -p "$work/corpus"
  cp tests/fuzz/corpus/"$t"/* "$work/corpus/"
  echo "fuzz.sh: $t for ${seconds} s (log: $work/fuzz.log)"
  # In its folder: fork mode writes its workers' files to the current one.
  (cd "$work" && nice "$root/build/asan/bin/fuzz-$t" -fork="${FUZZ_JOBS:-2}" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -dict="$root/tests/fuzz/dict/$t.dict" \
      -artifact_prefix="$work/" corpus "$root/tests/fuzz/regressions/$t" >fuzz.log 2>&1) || true
  # The last progress line: "#N: cov: C ft: F corp: K exec/s: E oom/timeout/crash: a/b/c time: Ts …"
  last=$(grep -E '^#[0-9]+: cov: ' "$work/fuzz.log" | tail -1 || true)
  field() { sed -nE "s|.* $1:? ([0-9/]+).*|\1|p" <<<"$last"; }
  found=$(find "$work" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  # Fork mode's exec/s is its last job's: the mean is the runs over the time.
  runs_done=$(sed -nE 's|^#([0-9]+):.*|\1|p' <<<"$last")
  elapsed=$(field time)
  mean=$([ -n "$runs_done" ] && [ "${elapsed:-0}" -gt 0 ] && echo $((runs_done / elapsed)) || echo -)
  results+=("$(printf '%-15s %10s %10s %8s %8s %8s %14s %7s' "$t" "${runs_done:--}" "$mean" "$(field cov)" "$(field ft)" \
    "$(field corp)" "$(field oom/timeout/crash)" "$found")")
  [ "$found" -eq 0 ] || failed=1
done

echo
printf '%-15s %10s %10s %8s %8s %8s %14s %7s\n' target runs exec/s cov ft corpus oom/tmo/crash inputs
printf '%s\n' "${results[@]}"
echo "runs: $runs"
if [ "$failed" -ne 0 ]; then
  echo "fuzz.sh: inputs that crashed, hung or ran out of memory are in $runs/<target>/ (tests/fuzz/README.md)" >&2
  exit 1
fi
