#!/usr/bin/env bash
# vmaf_vif.h build checks:
#  1. the generated tables in vmaf_vif.h are what tools/gen_vif_tables.py produces from the
#     SPEC 3.2 / 2.5 formulas (the script also checks them against the SPEC check values);
#  2. the float VIF bits do not move under compiler flags that contract a*b+c into FMA
#     (gcc GNU mode with -ffp-contract=fast, -O3 -march=native; clang -march=native): the
#     header's scoped "no contraction" pragmas must hold. Runs tests/test_vif.c in quick mode.
set -u
cd "$(dirname "$0")/.."
P=0; F=0; S=0
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }
skip() { S=$((S+1)); echo "skip: $*"; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT

if command -v python3 >/dev/null; then
  if python3 tools/gen_vif_tables.py --check; then ok; else bad "vmaf_vif.h generated tables are out of date"; fi
else
  skip "python3 not installed: generated tables not checked"
fi

run_variant() { # name compiler flags...
  local name=$1 cc=$2; shift 2
  if ! command -v "$cc" >/dev/null; then skip "$cc not installed ($name)"; return; fi
  if ! "$cc" "$@" -Wall -Wextra -Werror -I. tests/test_vif.c -o "$T/t" -lm -lpthread 2>"$T/e"; then
    bad "$name: build failed"; head -20 "$T/e"; return
  fi
  if TEST_VIF_QUICK=1 "$T/t" >"$T/out" 2>&1; then ok; echo "$name: $(tail -n 1 "$T/out")"
  else bad "$name: $(tail -n 1 "$T/out")"; grep -E '^FAIL' "$T/out" | head -10; fi
}
native=""
if gcc -march=native -E -x c /dev/null >/dev/null 2>&1; then native=-march=native; fi
run_variant "gcc gnu11 -O3 $native -ffp-contract=fast" gcc -std=gnu11 -O3 $native -ffp-contract=fast
run_variant "clang c99 -O2 $native" clang -std=c99 -O2 $native

echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
