#!/usr/bin/env bash
# ThreadSanitizer run (issue 7): tests/test_threads.c (several threads scoring with separate
# states of all seven extractor tables and separate pipelines at once, plus vmaf_model.h's
# frame-parallel split API on worker threads) and the vmaf tool's --threads worker pool
# (examples/vmaf_pipeline.h) on real pairs, both built with -fsanitize=thread. A data race is a
# failure; the tool's output must also equal the single-threaded output bit for bit.
# Skipped with a message when the compiler cannot build or run ThreadSanitizer programs.
# `make test-tsan` runs only this file.
set -u
cd "$(dirname "$0")/.."
P=0; F=0; S=0
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }
skip() { S=$((S+1)); echo "skip: $*"; }
CC=${CC:-cc}
if [ "${SAN:-}" = 1 ]; then
  echo "skip: ThreadSanitizer runs in the plain 'make test' (it cannot be combined with SAN=1's ASan)"
  echo "0 passed, 0 failed, 1 skipped"; exit 0
fi
B=${BUILD:-build}/tsan
mkdir -p "$B"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
flags="-std=c99 -O1 -g -Wall -Wextra -Werror -pedantic -fsanitize=thread -I."
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"

# shellcheck disable=SC2086
if ! $CC $flags tests/test_threads.c -o "$B/test_threads" -lm -lpthread 2>"$T/build.log"; then
  skip "$CC cannot build with -fsanitize=thread: $(head -n 1 "$T/build.log")"
  echo "$P passed, $F failed, $S skipped"; exit 0
fi
if ! TEST_THREADS_QUICK=1 "$B/test_threads" >"$T/out" 2>"$T/err"; then
  if grep -q "ThreadSanitizer: unexpected memory mapping\|FATAL: ThreadSanitizer" "$T/err"; then
    skip "ThreadSanitizer cannot run here: $(grep -m1 ThreadSanitizer "$T/err")"
    echo "$P passed, $F failed, $S skipped"; exit 0
  fi
  bad "test_threads under TSan: $(tail -n 1 "$T/out")"; grep -E "WARNING: ThreadSanitizer|SUMMARY|^FAIL|  #[0-4] " "$T/err" | head -30
else
  ok; echo "test_threads under TSan: $(tail -n 1 "$T/out")"
fi

# the tool's worker pool
# shellcheck disable=SC2086
if ! $CC $flags examples/vmaf.c -o "$B/vmaf" -lm -lpthread 2>"$T/build.log"; then
  bad "vmaf tool: TSan build failed"; head -5 "$T/build.log"
else
  ok
  D=tests/data/testdata
  VMAF_PLAIN=${VMAF_BIN:-build/vmaf}
  run_pair() { # label ref dis w h bpc frames threads extra...
    local label=$1 r=$2 d=$3 w=$4 h=$5 b=$6 th=$7; shift 7
    "$B/vmaf" -r "$D/$r" -d "$D/$d" -w "$w" -h "$h" -p 420 -b "$b" --threads "$th" --json --precision max "$@" \
        -o "$T/tsan.json" >"$T/o" 2>"$T/err"; local rc=$?
    if [ $rc -ne 0 ] || grep -q "ThreadSanitizer" "$T/err"; then
      bad "$label: vmaf --threads $th under TSan: exit $rc"; grep -E "WARNING: ThreadSanitizer|SUMMARY|  #[0-4] " "$T/err" | head -20; return
    fi
    ok
    if [ -x "$VMAF_PLAIN" ]; then
      "$VMAF_PLAIN" -r "$D/$r" -d "$D/$d" -w "$w" -h "$h" -p 420 -b "$b" --threads 0 --json --precision max "$@" \
          -o "$T/plain.json" >/dev/null 2>&1
      if cmp -s <(grep -v '"fps"' "$T/tsan.json") <(grep -v '"fps"' "$T/plain.json"); then ok
      else bad "$label: --threads $th output differs from --threads 0"; fi
    fi
  }
  run_pair src01_8bit src01_ref_576x324_3f_8bit.yuv src01_dis_576x324_3f_8bit.yuv 576 324 8 3
  run_pair sparks_10bit sparks_ref_480x270_5f_10bit.yuv sparks_dis_480x270_5f_10bit.yuv 480 270 10 2 \
      -m version=vmaf_v0.6.1:name=a -m version=vmaf_float_v0.6.1:name=b --feature vif=debug=true
fi
echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
