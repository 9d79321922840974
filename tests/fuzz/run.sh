#!/usr/bin/env bash
# Runs each libFuzzer harness given on the command line (built by `make fuzz` into build-fuzz/)
# for FUZZ_SECONDS seconds (default 60), one after the other, niced. New corpus entries go to
# build-fuzz/corpus/<harness>/ (the committed seeds in tests/fuzz/corpus/<harness>/ are read, never
# written); a crash, leak, timeout or out-of-memory input is copied to
# tests/fuzz/regress/<harness>/ so that `make test` replays it from then on (tests/test_fuzz.sh).
# Prints one summary line per harness (executions, seconds, new crash files) and exits non-zero
# if any harness found something.
set -u
cd "$(dirname "$0")/../.."
SECS=${FUZZ_SECONDS:-60}
B=${FUZZ_BUILD:-build-fuzz}
status=0
for h in "$@"; do
  bin=$B/$h
  if [ ! -x "$bin" ]; then echo "$h: $bin not built (make fuzz)"; status=1; continue; fi
  mkdir -p "$B/corpus/$h" "$B/artifacts/$h" "tests/fuzz/regress/$h"
  case $h in
    fuzz_model) extra="-malloc_limit_mb=1024" ;;
    fuzz_y4m)   extra="-malloc_limit_mb=64" ;;   # a few bytes must never cost a frame's memory
    fuzz_cli)   extra="-malloc_limit_mb=1024 -close_fd_mask=2" ;;
    *)          extra="" ;;
  esac
  log=$B/$h.log
  start=$(date +%s)
  # shellcheck disable=SC2086
  nice -n 10 "$bin" -max_total_time="$SECS" -timeout=20 -rss_limit_mb=2048 $extra -print_final_stats=1 \
      -artifact_prefix="$B/artifacts/$h/" "$B/corpus/$h" "tests/fuzz/corpus/$h" >"$log" 2>&1
  rc=$?
  end=$(date +%s)
  execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  found=0
  for a in "$B/artifacts/$h"/*; do
    [ -f "$a" ] || continue
    found=$((found+1))
    cp "$a" "tests/fuzz/regress/$h/"
    rm -f "$a"
  done
  echo "$h: ${execs:-?} executions in $((end-start)) s, exit $rc, $found new crash file(s)"
  if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
    status=1
    grep -E 'ERROR|SUMMARY|invariant|runtime error' "$log" | head -10
    echo "  log: $log; inputs copied to tests/fuzz/regress/$h/"
  fi
done
exit $status
