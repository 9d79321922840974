#!/usr/bin/env bash
# make bench: throughput of the vmaf headers on this machine.
#  1. bench/bench: every extractor at 1080p and 4K, per SIMD path (cpumask 0 = best, 16 = AVX2,
#     -1 = scalar): frames/s and ns per pixel.
#  2. build/vmaf end to end with the default model on the archer 1080p pair looped to N frames
#     (and tiled 2x2 to 4K): wall-clock frames/s for --threads 1 and 2, and peak RSS.
#  3. If LIBVMAF_BIN points to a libvmaf `vmaf` binary you built yourself (this repository never
#     builds or ships libvmaf), the same runs with it, for a same-machine, same-run ratio.
# Environment: FRAMES (default 50), RUNS (default 3, the median is printed), SIZES ("1080p 4k").
set -eu
cd "$(dirname "$0")/.."
FRAMES=${FRAMES:-50}; RUNS=${RUNS:-3}; SIZES=${SIZES:-"1080p 4k"}
B=${BUILD:-build}
mkdir -p "$B"
cc -std=c99 -O2 -Wall -Wextra -I. bench/bench.c -o "$B/bench" -lm -lpthread
make -s "$B/vmaf" >/dev/null
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
echo "# CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
for size in $SIZES; do
  for mask in 0 16 -1; do
    echo; echo "## extractors, $size, cpumask $mask"
    "$B/bench" --size "$size" --frames $([ "$size" = 4k ] && echo 5 || echo 10) --cpumask "$mask"
  done
done
# looped inputs
python3 - "$T" "$FRAMES" <<'PY'
import sys
t, n = sys.argv[1], int(sys.argv[2])
for kind in ("ref", "dis"):
    src = open("tests/data/testdata/archer_%s_1920x1080_1f_8bit.yuv" % kind, "rb").read()
    open("%s/%s_1080p.yuv" % (t, kind), "wb").write(src * n)
    w, h = 1920, 1080
    Y, U, V = src[:w*h], src[w*h:w*h*5//4], src[w*h*5//4:]
    def tile(p, pw, ph):
        rows = [p[i*pw:(i+1)*pw] for i in range(ph)]
        return b"".join(r + r for r in rows) * 2
    frame = tile(Y, w, h) + tile(U, w//2, h//2) + tile(V, w//2, h//2)
    open("%s/%s_4k.yuv" % (t, kind), "wb").write(frame * max(1, n // 4))
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run_tool() { # bin size threads extra... -> prints "fps rss_mib"
  local bin=$1 size=$2 th=$3; shift 3
  local w=1920 h=1080 n=$FRAMES
  [ "$size" = 4k ] && { w=3840; h=2160; n=$(( FRAMES / 4 > 0 ? FRAMES / 4 : 1 )); }
  local fps=() rss=0
  for r in $(seq "$RUNS"); do
    local t0=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$T/rss" "$bin" -r "$T/ref_$size.yuv" -d "$T/dis_$size.yuv" -w $w -h $h -p 420 -b 8 --threads "$th" -q "$@" -o "$T/out.json" --json >/dev/null 2>&1
    local t1=$(date +%s.%N)
    fps+=("$(echo "$n / ($t1 - $t0)" | bc -l)")
    rss=$(cat "$T/rss")
  done
  printf '%s %.1f\n' "$(printf '%s\n' "${fps[@]}" | median)" "$(echo "$rss / 1024" | bc -l)"
}
echo; echo "## end to end, default model vmaf_v0.6.1, $FRAMES frames (4K: $(( FRAMES / 4 ))), median of $RUNS runs, wall clock"
printf '%-10s %-8s %-8s %10s %10s\n' tool size threads fps "peak MiB"
for size in $SIZES; do
  for th in 1 2; do
    read -r f m < <(run_tool "$B/vmaf" "$size" "$th")
    printf '%-10s %-8s %-8s %10.2f %10.1f\n' ours "$size" "$th" "$f" "$m"
    if [ -n "${LIBVMAF_BIN:-}" ]; then
      read -r lf lm < <(run_tool "$LIBVMAF_BIN" "$size" "$th")
      printf '%-10s %-8s %-8s %10.2f %10.1f   ratio ours/libvmaf %.2fx\n' libvmaf "$size" "$th" "$lf" "$lm" "$(echo "$f / $lf" | bc -l)"
    fi
  done
done
