#!/usr/bin/env bash
# vmaf_adm.h in the build configurations that tests/test_hygiene.sh does not cover, compiled
# with -Wall -Wextra -Werror -pedantic: VMAF_NO_SIMD, VMAF_NO_AVX512, VMAF_NO_AVX2 and
# -march=native (FMA available: the scoped no-contraction pragmas must hold) with gcc and
# clang as C99 and C++11; -O0, -O3 with VMAF_ADM_FLOAT_TRUE_DIVISION, VMAF_STATIC. Then the
# SIMD parity test (tests/test_adm_simd.c --quick: no goldens) runs in three of them: gcc
# -march=native, clang, and gcc -DVMAF_NO_AVX512 (the AVX-512 path must be reported as skipped
# and the AVX2 path still match the scalar one). The runs are skipped under SAN=1 (the
# sanitizer build of that test runs anyway) to keep the time down.
set -u
cd "$(dirname "$0")/.."
P=0; F=0; S=0
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }
skip() { S=$((S+1)); echo "skip: $*"; }
W="-Wall -Wextra -Werror -pedantic"
printf '#define VMAF_ADM_IMPLEMENTATION\n#include "vmaf_adm.h"\nint f(void);\nint f(void) { return vmaf_adm_version()[0] == 0; }\n' > "$T/a.c"

compilers=""
for c in gcc clang; do command -v $c >/dev/null && compilers="$compilers $c" || skip "$c not installed (apt-get install $c)"; done
arch=$(uname -m)
native_ok() { $1 -march=native -E -x c /dev/null >/dev/null 2>&1; }
# compile (-c) only: the code generation is where target-attribute and -Wmaybe-uninitialized
# problems show up
check() { # compiler, language (c / c++), flags...
  local cc=$1 lang=$2; shift 2
  local std="-std=c99"; [ "$lang" = c++ ] && std="-std=c++11"
  case " $* " in *" -march=native "*) if ! native_ok "$cc"; then skip "$cc -march=native unsupported"; return; fi;; esac
  local o="-O2"; case " $* " in *" -O0 "*|*" -O3 "*) o="";; esac
  if $cc -x $lang $std $W $o "$@" -I. -c "$T/a.c" -o "$T/a.o" 2>"$T/e"; then ok; else bad "$cc $lang $*"; head -20 "$T/e"; fi
}
for cc in $compilers; do
  cxx=g++; [ "$cc" = clang ] && cxx=clang++
  for cfg in "-DVMAF_NO_SIMD" "-DVMAF_NO_AVX512" "-DVMAF_NO_AVX2" "-march=native"; do check $cc c $cfg; done
  for cfg in "-DVMAF_NO_SIMD" "-DVMAF_NO_AVX512" "-march=native"; do check $cxx c++ $cfg; done
done
command -v gcc >/dev/null && { check gcc c -O0; check gcc c -O3 -DVMAF_ADM_FLOAT_TRUE_DIVISION; check gcc c -DVMAF_STATIC; }

if [ "${SAN:-}" = 1 ]; then
  skip "parity runs in extra configurations: plain build only"
else
  run_cfg() { # compiler, flags...
    local cc=$1; shift
    if ! command -v "$cc" >/dev/null; then skip "$cc not installed"; return; fi
    if ! $cc -std=c99 -O2 $W "$@" -I. tests/test_adm_simd.c -o "$T/simd" -lm 2>"$T/e"; then bad "build test_adm_simd with $cc $*"; head -20 "$T/e"; return; fi
    local log line p f s
    log=$("$T/simd" --quick 2>&1); rc=$?
    line=$(echo "$log" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    if [ "$rc" -ne 0 ] || [ -z "$line" ]; then bad "test_adm_simd with $cc $* (exit $rc)"; echo "$log" | grep -E '^FAIL' | head -20; return; fi
    p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    s=0; [[ "$line" == *skipped* ]] && s=$(echo "$line" | sed -E 's/.* ([0-9]+) skipped/\1/')
    echo "test_adm_simd with $cc $*: $line"; echo "$log" | grep -E '^skip' | sort -u | head -5
    if [ "$f" -ne 0 ]; then bad "test_adm_simd with $cc $*"; else ok; fi
    S=$((S+s))
  }
  case "$arch" in
    x86_64|amd64)
      run_cfg gcc -march=native
      run_cfg clang
      run_cfg gcc -DVMAF_NO_AVX512;;
    *) run_cfg gcc; run_cfg gcc -DVMAF_NO_SIMD;;
  esac
fi
echo "$P passed, $F failed, $S skipped"
[ $F -eq 0 ]
