#!/usr/bin/env bash
# vmaf_motion.h build configurations: the header compiles -Wall -Wextra -Werror -pedantic with
# gcc and clang, as C (c99) and C++ (c++11), with -DVMAF_NO_SIMD, -DVMAF_NO_AVX512,
# -DVMAF_NO_AVX2 and -march=native (plus GNU modes that contract a*b+c into FMA unless the
# header's scoped pragmas keep it out: gcc -ffp-contract=fast, clang's default). Each C build runs tests/test_motion_simd.c in quick
# mode (every compiled-in SIMD path against scalar, goldens); each C++ build runs a small
# SIMD-vs-scalar check written below. Prints "N passed, N failed, N skipped".
set -u
cd "$(dirname "$0")/.."
P=0; F=0; S=0
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }
skip() { S=$((S+1)); echo "skip: $*"; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
W="-Wall -Wextra -Werror -pedantic"

native=""
if gcc -march=native -E -x c /dev/null >/dev/null 2>&1; then native=-march=native; fi

# C: the parity test itself (the plain gcc -O2 build is make test's own)
c_variant() { # label compiler flags...
  local label=$1 cc=$2; shift 2
  if ! command -v "$cc" >/dev/null; then skip "$cc not installed ($label)"; return; fi
  if ! "$cc" "$@" $W -I. tests/test_motion_simd.c -o "$T/c" -lm 2>"$T/e"; then bad "$label: build"; head -20 "$T/e"; return; fi
  if TEST_MOTION_SIMD_QUICK=1 "$T/c" >"$T/o" 2>&1; then ok; echo "$label: $(tail -n 1 "$T/o")"
  else bad "$label: $(tail -n 1 "$T/o")"; grep -E '^FAIL' "$T/o" | head -10; fi
}
c_variant "gcc c99 -O2 -DVMAF_NO_SIMD"           gcc -std=c99 -O2 -DVMAF_NO_SIMD
c_variant "gcc c99 -O2 -DVMAF_NO_AVX512"         gcc -std=c99 -O2 -DVMAF_NO_AVX512
c_variant "gcc c99 -O2 -DVMAF_NO_AVX2"           gcc -std=c99 -O2 -DVMAF_NO_AVX2
if [ -n "$native" ]; then
  c_variant "gcc gnu11 -O3 -march=native -ffp-contract=fast" gcc -std=gnu11 -O3 $native -ffp-contract=fast
  c_variant "clang c99 -O2 -march=native"        clang -std=c99 -O2 $native
else
  skip "-march=native not supported here"
fi
# clang's GNU mode contracts inside expressions unless the header's pragmas stop it. (clang's
# -ffp-contract=fast, also implied by -ffast-math, ignores every pragma: not a supported build.)
if [ -n "$native" ]; then c_variant "clang gnu11 -O2 -march=native" clang -std=gnu11 -O2 $native; fi

# AArch64 with clang (NEON codegen by a second compiler), linked by the cross gcc, run under
# qemu. -Wno-ignored-pragmas: clang 14 ignores the common block's `float_control(push)` on
# AArch64 (its `fp contract(off)` still applies).
if command -v clang >/dev/null && command -v aarch64-linux-gnu-gcc >/dev/null && command -v qemu-aarch64 >/dev/null; then
  if clang --target=aarch64-linux-gnu -std=c99 -O2 $W -Wno-ignored-pragmas -I. -c tests/test_motion_simd.c -o "$T/a.o" 2>"$T/e" &&
     aarch64-linux-gnu-gcc -static "$T/a.o" -o "$T/a" -lm 2>>"$T/e"; then
    if TEST_MOTION_SIMD_QUICK=1 qemu-aarch64 "$T/a" >"$T/o" 2>&1; then ok; echo "clang aarch64 c99 -O2 (qemu): $(tail -n 1 "$T/o")"
    else bad "clang aarch64 (qemu): $(tail -n 1 "$T/o")"; grep -E '^FAIL' "$T/o" | head -10; fi
  else bad "clang aarch64: build"; head -20 "$T/e"; fi
else
  skip "clang, aarch64-linux-gnu-gcc or qemu-aarch64 missing: no AArch64 clang build"
fi

# C++: the header in a C++ translation unit, SIMD (cpumask 0) against scalar (cpumask ~0)
cat > "$T/x.cpp" <<'CPP'
#define VMAF_MOTION_IMPLEMENTATION
#include "vmaf_motion.h"
#include <stdio.h>
struct Sum { double v[64]; int n; };
static void emit(void *u, unsigned, const char *, double v) { Sum *s = (Sum *)u; if (s->n < 64) s->v[s->n++] = v; }
static int run(const VmafExtractor *x, const char *opts, unsigned bpc, unsigned mask, Sum *s)
{
    const unsigned w = 197, h = 61, bps = bpc > 8 ? 2 : 1;
    unsigned char *buf = (unsigned char *)malloc((size_t)w * h * bps * 3);
    VmafExtractorArgs a;
    void *st = NULL;
    unsigned i, k;
    int err;
    unsigned r = 12345u;
    for (k = 0; k < w * h * 3; k++) {
        r = r * 1664525u + 1013904223u;
        unsigned v = (r >> 9) & ((1u << bpc) - 1);
        if (bps == 1) buf[k] = (unsigned char)v; else { uint16_t q = (uint16_t)v; memcpy(buf + 2 * k, &q, 2); }
    }
    memset(&a, 0, sizeof a);
    a.w = w; a.h = h; a.bpc = bpc; a.layout = VMAF_LAYOUT_444; a.options = opts; a.cpumask = mask;
    s->n = 0;
    err = x->create(&st, &a);
    for (i = 0; i < 3 && !err; i++) {
        VmafFrame f;
        memset(&f, 0, sizeof f);
        f.w = w; f.h = h; f.bpc = bpc; f.layout = VMAF_LAYOUT_444;
        /* frame i: the three random planes rotated by i, so every frame differs */
        for (k = 0; k < 3; k++) { f.data[k] = buf + (size_t)w * h * bps * ((k + i) % 3); f.stride[k] = (ptrdiff_t)(w * bps); }
        err = x->push(st, &f, NULL, i, emit, s);
    }
    if (!err) err = x->flush(st, emit, s);
    if (st) x->destroy(st);
    free(buf);
    return err;
}
int main()
{
    const VmafExtractor *xs[3] = {vmaf_motion_extractor(), vmaf_motion_float_extractor(), vmaf_motion_v30_extractor()};
    const char *opts[3] = {"debug=true", "motion_add_uv=true:motion_add_scale1=true", "debug=true"};
    unsigned bpcs[2] = {8, 10}, b;
    int i, j, bad = 0, n = 0;
    double total = 0;
    for (i = 0; i < 3; i++)
        for (b = 0; b < 2; b++) {
            Sum s0, s1;
            if (run(xs[i], opts[i], bpcs[b], ~0u, &s0) || run(xs[i], opts[i], bpcs[b], 0u, &s1) || s0.n != s1.n || !s0.n) { bad++; continue; }
            for (j = 0; j < s0.n; j++, n++) { bad += memcmp(&s0.v[j], &s1.v[j], sizeof(double)) != 0; total += s0.v[j]; }
        }
    if (!(total > 0)) bad++; /* the frames must move */
    vmaf__mot_kernels k;
    vmaf__mot_pick_kernels(&k, 0u);
    printf("%d values, %d differ; cpumask 0 uses '%s' kernels\n", n, bad, k.name);
    return bad != 0;
}
CPP
cxx_variant() { # label compiler flags...
  local label=$1 cxx=$2; shift 2
  if ! command -v "$cxx" >/dev/null; then skip "$cxx not installed ($label)"; return; fi
  if ! "$cxx" "$@" $W -I. "$T/x.cpp" -o "$T/x" -lm 2>"$T/e"; then bad "$label: build"; head -20 "$T/e"; return; fi
  if "$T/x" >"$T/o" 2>&1; then ok; echo "$label: $(tail -n 1 "$T/o")"; else bad "$label: $(tail -n 1 "$T/o")"; fi
}
cxx_variant "g++ c++11 -O2"                      g++ -std=c++11 -O2
cxx_variant "g++ c++11 -O2 -DVMAF_NO_SIMD"       g++ -std=c++11 -O2 -DVMAF_NO_SIMD
cxx_variant "g++ c++11 -O2 -DVMAF_NO_AVX512"     g++ -std=c++11 -O2 -DVMAF_NO_AVX512
cxx_variant "clang++ c++11 -O2"                  clang++ -std=c++11 -O2
cxx_variant "clang++ c++11 -O2 -DVMAF_NO_AVX512" clang++ -std=c++11 -O2 -DVMAF_NO_AVX512
if [ -n "$native" ]; then
  cxx_variant "g++ c++17 -O3 -march=native"      g++ -std=c++17 -O3 $native
  cxx_variant "clang++ c++11 -O2 -march=native"  clang++ -std=c++11 -O2 $native
fi

echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
