#!/usr/bin/env bash
# The embedding examples build as documented (one cc line each, C99, -Werror) and run:
# score_files reproduces libvmaf's pooled VMAF on src01 (82.564227); engine_frame runs heap-free
# per-frame features; custom_alloc shows one allocation at create and none per frame.
set -u
cd "$(dirname "$0")/.."
P=0; F=0
ok() { P=$((P+1)); }
bad() { F=$((F+1)); echo "FAIL $*"; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
CCX=${CC:-cc}
SANF=""; [ "${SAN:-}" = 1 ] && SANF="-fsanitize=address,undefined -fno-sanitize-recover=all -g"
for ex in score_files engine_frame custom_alloc; do
  if $CCX -std=c99 -O2 -Wall -Wextra -Werror -pedantic $SANF -I. examples/$ex.c -o "$T/$ex" -lm 2>"$T/err"; then ok; else bad "build examples/$ex.c"; head -20 "$T/err"; fi
done
D=tests/data/testdata
if "$T/score_files" $D/src01_ref_576x324_3f_8bit.yuv $D/src01_dis_576x324_3f_8bit.yuv 576 324 > "$T/out" 2>&1; then ok; else bad "score_files exit"; cat "$T/out"; fi
grep -qx "VMAF 82.564227" "$T/out" && ok || { bad "score_files prints VMAF 82.564227"; cat "$T/out"; }
grep -qx "frame 0: vmaf 83.856284" "$T/out" && ok || bad "score_files frame 0 = 83.856284"
if "$T/engine_frame" > "$T/out" 2>&1; then ok; else bad "engine_frame exit"; cat "$T/out"; fi
[ "$(grep -c 'motion2 of frame' "$T/out")" = 5 ] && ok || { bad "engine_frame reports motion2 for all 5 frames"; cat "$T/out"; }
if "$T/custom_alloc" > "$T/out" 2>&1; then ok; else bad "custom_alloc exit"; cat "$T/out"; fi
grep -q "allocations: 1 at create" "$T/out" && grep -q "0 during 10 frames" "$T/out" && ok || { bad "custom_alloc: 1 allocation at create, 0 per frame"; cat "$T/out"; }
echo "$P passed, $F failed, 0 skipped"
[ $F -eq 0 ]
