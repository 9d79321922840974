#!/usr/bin/env bash
# Determinism of the vmaf tool (issue 7): the same input gives the same bits for every thread
# count (--threads 0, 1, 2, 3: the worker pool of examples/vmaf_pipeline.h) and every SIMD
# selection (--cpumask 0 = everything detected, 16 = no AVX-512, 24 = no AVX2/AVX-512, 48 = no
# AVX-512/ICL, -1 = scalar C only), and for repeated runs. Every value of the --precision max JSON
# output (17 significant digits: exact doubles) is compared; only the "fps" line may differ.
# With today's scalar-only headers every cpumask takes the same code path; once SIMD kernels land
# this compares them against the scalar C path bit for bit.
# In-process repetition (twice through one pipeline, two pipelines, cpumask in the library
# config) is tests/test_threads.c. Uses "${VMAF_BIN:-build/vmaf}".
set -u
cd "$(dirname "$0")/.."
VMAF="${VMAF_BIN:-build/vmaf}"
P=0; F=0; S=0
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }
if [ ! -x "$VMAF" ]; then echo "FAIL no tool at $VMAF"; echo "0 passed, 1 failed, 0 skipped"; exit 1; fi
D=tests/data/testdata

matrix() { # label "threads..." "cpumasks..." args...
  local label=$1 threads=$2 masks=$3; shift 3
  local first="" th m out
  for th in $threads; do
    for m in $masks; do
      out="$T/$label.t$th.m$m.json"
      if ! "$VMAF" "$@" --threads "$th" --cpumask "$m" --json --precision max -o "$out" >/dev/null 2>"$T/err"; then
        bad "$label: --threads $th --cpumask $m failed"; head -3 "$T/err"; continue
      fi
      grep -v '"fps"' "$out" > "$out.nofps"
      if [ -z "$first" ]; then first="$out.nofps"; ok; continue; fi
      if cmp -s "$first" "$out.nofps"; then ok
      else bad "$label: --threads $th --cpumask $m differs from the first run"; diff "$first" "$out.nofps" | head -6; fi
    done
  done
}
if [ "${SAN:-}" = 1 ]; then TH="0 3"; MS="0 -1"; else TH="0 1 2 3"; MS="0 16 24 48 -1"; fi
matrix src01_8bit "$TH" "$MS" -r $D/src01_ref_576x324_3f_8bit.yuv -d $D/src01_dis_576x324_3f_8bit.yuv -w 576 -h 324 -p 420 -b 8 \
  --feature float_vif --feature float_adm --feature float_motion=motion_add_uv=true
matrix sparks_10bit "0 2 3" "0 -1" -r $D/sparks_ref_480x270_5f_10bit.yuv -d $D/sparks_dis_480x270_5f_10bit.yuv -w 480 -h 270 -p 420 -b 10 \
  -m version=vmaf_v0.6.1neg:name=neg -m version=vmaf_b_v0.6.3:name=b --feature vif=debug=true --feature adm=debug=true
matrix q160x90_subsample "0 1 3" "0 -1" -r $D/q160x90_ref_160x90_48f_8bit.yuv -d $D/q160x90_dis_160x90_48f_8bit.yuv -w 160 -h 90 -p 420 -b 8 \
  --subsample 3 -m version=vmaf_float_v0.6.1:name=f
# y4m inputs whose frame buffer is not just Y, U, V: mono (the reader writes mid-grey chroma
# into each buffer it reads into, the job slot buffers with --threads > 1) and 444alpha (a
# fourth plane read and dropped); motion_add_uv makes the chroma count.
mk_y4m() { # src w h frames tag out: each frame's luma as Y (mono) or as Y, U, V and alpha (444alpha)
  local src=$1 w=$2 h=$3 n=$4 tag=$5 out=$6 i fs=$(( $2 * $3 * 3 / 2 )) ls=$(( $2 * $3 ))
  { printf 'YUV4MPEG2 W%d H%d F25:1 Ip C%s\n' "$w" "$h" "$tag"
    for i in $(seq 0 $((n - 1))); do
      printf 'FRAME\n'
      tail -c +$((i * fs + 1)) "$src" | head -c "$ls" > "$T/y"
      if [ "$tag" = mono ]; then cat "$T/y"; else cat "$T/y" "$T/y" "$T/y" "$T/y"; fi
    done; } > "$out"
}
for k in ref dis; do
  mk_y4m $D/src01_${k}_576x324_3f_8bit.yuv 576 324 3 mono "$T/$k.mono.y4m"
  mk_y4m $D/src01_${k}_576x324_3f_8bit.yuv 576 324 3 444alpha "$T/$k.alpha.y4m"
done
matrix y4m_mono "0 2 3" "0" -r "$T/ref.mono.y4m" -d "$T/dis.mono.y4m" --feature float_motion=motion_add_uv=true
matrix y4m_444alpha "0 2 3" "0" -r "$T/ref.alpha.y4m" -d "$T/dis.alpha.y4m" --feature float_motion=motion_add_uv=true
# the same run twice gives the same bits (nothing depends on time, addresses or the environment)
"$VMAF" -r $D/src01_ref_576x324_3f_8bit.yuv -d $D/src01_dis_576x324_3f_8bit.yuv -w 576 -h 324 -p 420 -b 8 --threads 2 \
  --json --precision max -o "$T/again.json" >/dev/null 2>&1
"$VMAF" -r $D/src01_ref_576x324_3f_8bit.yuv -d $D/src01_dis_576x324_3f_8bit.yuv -w 576 -h 324 -p 420 -b 8 --threads 2 \
  --json --precision max -o "$T/again2.json" >/dev/null 2>&1
if cmp -s <(grep -v '"fps"' "$T/again.json") <(grep -v '"fps"' "$T/again2.json"); then ok; else bad "two identical runs differ"; fi
echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
