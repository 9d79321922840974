#!/usr/bin/env bash
# vmaf_vif.h build configurations: the header must compile warning-free (-Wall -Wextra -Werror
# -pedantic) and its SIMD paths must give the scalar bits in every configuration a user may
# pick: gcc and clang, C (c99) and C++ (c++11), default flags, -march=native, -O3, -O0, and with
# VMAF_NO_SIMD / VMAF_NO_AVX512 / VMAF_NO_AVX2 (paths left out are reported as skipped by
# the test program). C builds run tests/test_vif_simd.c in quick mode; C++ builds run a small
# program that compares every cpumask against the scalar path (g++ 12 must not emit its
# AVX-512 -Wmaybe-uninitialized false positives, STYLE 6).
set -u
cd "$(dirname "$0")/.."
P=0; F=0; S=0
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
native=""
if gcc -march=native -E -x c /dev/null >/dev/null 2>&1; then native=-march=native; fi

run_c() { # name compiler flags...
  local name=$1 cc=$2; shift 2
  if ! command -v "$cc" >/dev/null; then S=$((S+1)); echo "skip: $cc not installed ($name)"; return; fi
  if ! "$cc" -std=c99 "$@" -Wall -Wextra -Werror -pedantic -I. tests/test_vif_simd.c -o "$T/c" -lm -lpthread 2>"$T/e"; then
    F=$((F+1)); echo "FAIL $name: build failed"; head -20 "$T/e"; return
  fi
  if TEST_VIF_SIMD_QUICK=1 "$T/c" >"$T/out" 2>&1; then
    P=$((P+1)); echo "$name: $(tail -n 1 "$T/out") ($(grep -c '^skip' "$T/out") paths skipped)"
  else F=$((F+1)); echo "FAIL $name: $(tail -n 1 "$T/out")"; grep -E '^FAIL' "$T/out" | head -10; fi
}

cat >"$T/cpp.cpp" <<'CPP'
#define VMAF_VIF_IMPLEMENTATION
#include "vmaf_vif.h"
#include <cstdio>
#include <cstring>
#include <vector>
int main()
{
    const unsigned w = 77, h = 53;
    std::vector<unsigned char> a(w * h), b(w * h);
    int pass = 0, fail = 0;
    for (unsigned i = 0; i < w * h; i++) {
        a[i] = (unsigned char)((i * 7 + i / w * 13) & 255);
        b[i] = (unsigned char)((a[i] + (i % 5)) & 255);
    }
    for (int kind = 0; kind < 2; kind++) {
        const unsigned masks[] = {~0u, 0u, 16u, 24u};
        VmafVifScores ref, sc;
        for (int m = 0; m < 4; m++) {
            VmafVifConfig cfg;
            VmafVifState *s = NULL;
            VmafPlane r = {a.data(), (ptrdiff_t)w, w, h, 8}, d = {b.data(), (ptrdiff_t)w, w, h, 8};
            vmaf_vif_config_default(&cfg, kind ? VMAF_VIF_FLOAT : VMAF_VIF_INTEGER);
            cfg.w = w;
            cfg.h = h;
            cfg.cpumask = masks[m];
            if (vmaf_vif_create(&s, &cfg) != VMAF_OK || vmaf_vif_compute(s, &r, &d, m ? &sc : &ref) != VMAF_OK) {
                fail++;
                vmaf_vif_destroy(s);
                continue;
            }
            vmaf_vif_destroy(s);
            if (m && std::memcmp(&sc, &ref, sizeof sc) != 0) fail++;
            else pass++;
        }
    }
    std::printf("%d passed, %d failed, 0 skipped\n", pass, fail);
    return fail != 0;
}
CPP

run_cpp() { # name compiler flags...
  local name=$1 cxx=$2; shift 2
  if ! command -v "$cxx" >/dev/null; then S=$((S+1)); echo "skip: $cxx not installed ($name)"; return; fi
  if ! "$cxx" -std=c++11 "$@" -Wall -Wextra -Werror -pedantic -I. "$T/cpp.cpp" -o "$T/p" 2>"$T/e"; then
    F=$((F+1)); echo "FAIL $name: build failed"; head -20 "$T/e"; return
  fi
  if "$T/p" >"$T/out" 2>&1; then P=$((P+1)); echo "$name: $(tail -n 1 "$T/out")"
  else F=$((F+1)); echo "FAIL $name: $(tail -n 1 "$T/out")"; fi
}

if [ "${SAN:-}" = 1 ]; then
  # under the sanitizers the plain build already ran tests/test_vif_simd.c; check two configs
  run_c "gcc c99 -O1 -DVMAF_NO_AVX512 (sanitized)" gcc -O1 -DVMAF_NO_AVX512 -fsanitize=address,undefined -fno-sanitize-recover=all
  run_c "clang c99 -O1 (sanitized)" clang -O1 -fsanitize=address,undefined -fno-sanitize-recover=all
else
  run_c "gcc c99 -O2 -DVMAF_NO_SIMD" gcc -O2 -DVMAF_NO_SIMD
  run_c "gcc c99 -O2 -DVMAF_NO_AVX512" gcc -O2 -DVMAF_NO_AVX512
  run_c "gcc c99 -O2 -DVMAF_NO_AVX2" gcc -O2 -DVMAF_NO_AVX2
  run_c "gcc c99 -O3 $native" gcc -O3 $native
  run_c "gcc c99 -O0" gcc -O0
  run_c "clang c99 -O2" clang -O2
  run_c "clang c99 -O2 $native" clang -O2 $native
  run_c "clang c99 -O2 -DVMAF_NO_SIMD" clang -O2 -DVMAF_NO_SIMD
  for cxx in g++ clang++; do
    run_cpp "$cxx c++11 -O2" "$cxx" -O2
    run_cpp "$cxx c++11 -O2 $native" "$cxx" -O2 $native
    run_cpp "$cxx c++11 -O3 -DVMAF_NO_AVX512" "$cxx" -O3 -DVMAF_NO_AVX512
    run_cpp "$cxx c++11 -O2 -DVMAF_NO_SIMD" "$cxx" -O2 -DVMAF_NO_SIMD
  done
fi
echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
