#!/usr/bin/env bash
# NEON paths: cross-compile every tests/test_*_simd.c (and test_motion/adm/vif golden tests)
# for AArch64 and run them under qemu-user. Skipped, with what to install, where the cross
# compiler or qemu is missing (.ci/run installs gcc-aarch64-linux-gnu and qemu-user).
set -u
cd "$(dirname "$0")/.."
CC_ARM=${CC_ARM:-aarch64-linux-gnu-gcc}
QEMU=${QEMU:-qemu-aarch64}
if ! command -v "$CC_ARM" >/dev/null || ! command -v "$QEMU" >/dev/null; then
  echo "skip: NEON tests need $CC_ARM and $QEMU (apt-get install gcc-aarch64-linux-gnu qemu-user)"
  echo "0 passed, 0 failed, 1 skipped"; exit 0
fi
if [ "${SAN:-}" = 1 ]; then
  echo "skip: NEON tests run in the plain build only"; echo "0 passed, 0 failed, 1 skipped"; exit 0
fi
out=${BUILD:-build}/arm64; mkdir -p "$out"
P=0; F=0; S=0
for src in $(ls tests/test_*_simd.c 2>/dev/null); do
  bin="$out/$(basename "$src" .c)"
  if ! "$CC_ARM" -std=c99 -O2 -Wall -Wextra -Werror -pedantic -static -I. "$src" -o "$bin" -lm -lpthread 2>"$bin.err"; then
    echo "FAIL compile $src for aarch64"; head -20 "$bin.err"; F=$((F+1)); continue
  fi
  log=$("$QEMU" "$bin" 2>&1); rc=$?
  line=$(echo "$log" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
  if [ -z "$line" ]; then echo "FAIL $src under qemu (exit $rc)"; echo "$log" | tail -20; F=$((F+1)); continue; fi
  p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  s=0; [[ "$line" == *skipped* ]] && s=$(echo "$line" | sed -E 's/.* ([0-9]+) skipped/\1/')
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  echo "$src (aarch64/qemu): $line"; echo "$log" | grep -E '^(FAIL|skip)' | head -20
  P=$((P+p)); F=$((F+f)); S=$((S+s))
done
echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
