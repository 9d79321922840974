#!/usr/bin/env bash
# make bench: throughput of the vmaf headers on this machine.
#  1. bench/bench: every extractor at 1080p and 4K, per SIMD path (cpumask 0 = best, 16 = AVX2,
#     -1 = scalar): frames/s and ns per pixel.
#  2. build/vmaf end to end with the default model on the archer 1080p pair looped to N frames
#     (and tiled 2x2 to 4K): wall-clock frames/s for --threads 1 and 2, and peak RSS.
#  3. If LIBVMAF_BIN points to a libvmaf `vmaf` binary you built yourself (this repository never
#     builds or ships libvmaf), the same runs with it, for a same-machine, same-run ratio.
#  4. Instructions per pixel at 1080p, per extractor and path and end to end: from `perf stat -e
#     instructions` where the CPU exposes counters (every path), else from valgrind's callgrind
#     (scalar and AVX2 only: valgrind cannot run AVX-512). Steady state: (I(3 frames) -
#     I(1 frame)) / 2, deterministic with callgrind. INSTR=0 skips this part.
# Environment: FRAMES (default 120; 4K runs FRAMES / 3: a 2-thread run of under a second is mostly
# start-up and host noise), RUNS (default 3, the median is printed), SIZES ("1080p 4k"),
# INSTR (default 1). The looped inputs go to /dev/shm when it has room (a machine that drops its
# page cache would otherwise time the disk), else to TMPDIR.
set -eu
cd "$(dirname "$0")/.."
FRAMES=${FRAMES:-120}; RUNS=${RUNS:-3}; SIZES=${SIZES:-"1080p 4k"}
B=${BUILD:-build}
mkdir -p "$B"
cc -std=c99 -O2 -Wall -Wextra -I. bench/bench.c -o "$B/bench" -lm -lpthread
make -s "$B/vmaf" >/dev/null
need_kb=$(( (FRAMES + 2) * 3110400 * 2 * 5 / 4 / 1024 ))
if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -gt "$need_kb" ]; then
  T=$(mktemp -d -p /dev/shm)
else
  T=$(mktemp -d)
fi
trap 'rm -rf "$T"' EXIT
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
    open("%s/%s_4k.yuv" % (t, kind), "wb").write(frame * max(1, n // 3))
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run_tool() { # bin size threads extra... -> prints "fps rss_mib"
  local bin=$1 size=$2 th=$3; shift 3
  local w=1920 h=1080 n=$FRAMES
  [ "$size" = 4k ] && { w=3840; h=2160; n=$(( FRAMES / 3 > 0 ? FRAMES / 3 : 1 )); }
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
echo; echo "## end to end, default model vmaf_v0.6.1, $FRAMES frames (4K: $(( FRAMES / 3 ))), median of $RUNS runs, wall clock"
printf '%-10s %-8s %-8s %10s %10s\n' tool size threads fps "peak MiB"
for size in $SIZES; do
  for th in 1 2; do
    read -r f m < <(run_tool "$B/vmaf" "$size" "$th")
    printf '%-10s %-8s %-8s %10.2f %10.1f\n' ours "$size" "$th" "$f" "$m"
    [ "$th" = 1 ] && f1=$f
    [ "$th" = 2 ] && printf '%-10s %-8s %-8s %10s %10s   2 threads / 1 thread %.2fx\n' "" "" "" "" "" "$(echo "$f / $f1" | bc -l)"
    if [ -n "${LIBVMAF_BIN:-}" ]; then
      read -r lf lm < <(run_tool "$LIBVMAF_BIN" "$size" "$th")
      printf '%-10s %-8s %-8s %10.2f %10.1f   ratio ours/libvmaf %.2fx\n' libvmaf "$size" "$th" "$lf" "$lm" "$(echo "$f / $lf" | bc -l)"
    fi
  done
done

[ "${INSTR:-1}" = 0 ] && exit 0
# instruction counts: perf where it counts, else callgrind
if perf stat -x, -e instructions true 2>&1 >/dev/null | grep -q '^[0-9]'; then
  counter=perf; paths="0 16 -1"
elif command -v valgrind >/dev/null; then
  counter=callgrind; paths="16 -1"
else
  echo; echo "## instructions per pixel: neither perf counters nor valgrind here (skipped)"; exit 0
fi
instr() { # command... -> instructions of the whole process
  if [ "$counter" = perf ]; then
    perf stat -x, -e instructions -o "$T/perf" "$@" >/dev/null 2>&1; awk -F, '/instructions/ {print $1}' "$T/perf"
  else
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
  fi
}
px=$((1920 * 1080))
steady() { # label command-with-FRAMES-placeholder... (FRAMES replaced by 1 and 3)
  local label=$1; shift
  local a b
  a=$(instr "${@//@N@/1}"); b=$(instr "${@//@N@/3}")
  if [ -z "$a" ] || [ -z "$b" ]; then printf '%-34s %14s\n' "$label" "n/a"; return; fi
  printf '%-34s %14.1f %10.1f\n' "$label" "$(echo "($b - $a) / 2 / 1000000" | bc -l)" "$(echo "($b - $a) / 2 / $px" | bc -l)"
}
echo; echo "## instructions at 1080p ($counter), steady state per frame"
[ "$counter" = callgrind ] && echo "(AVX-512: n/a, valgrind cannot run it; cpumask 16 = AVX2, -1 = scalar)"
printf '%-34s %14s %10s\n' "what" "M instr/frame" "per pixel"
head -c $((3110400 * 3)) "$T/ref_1080p.yuv" > "$T/r3.yuv"; head -c $((3110400 * 3)) "$T/dis_1080p.yuv" > "$T/d3.yuv"
head -c 3110400 "$T/ref_1080p.yuv" > "$T/r1.yuv"; head -c 3110400 "$T/dis_1080p.yuv" > "$T/d1.yuv"
for mask in $paths; do
  for x in vif adm motion float_vif float_adm float_motion; do
    steady "$x, cpumask $mask" "$B/bench" --size 1080p --frames @N@ --cpumask "$mask" --only "$x"
  done
  steady "ours end to end, cpumask $mask" "$B/vmaf" -r "$T/r@N@.yuv" -d "$T/d@N@.yuv" -w 1920 -h 1080 -p 420 -b 8 --cpumask "$mask" -q -o /dev/null --json
  if [ -n "${LIBVMAF_BIN:-}" ]; then
    steady "libvmaf end to end, cpumask $mask" "$LIBVMAF_BIN" -r "$T/r@N@.yuv" -d "$T/d@N@.yuv" -w 1920 -h 1080 -p 420 -b 8 --cpumask "$([ "$mask" = -1 ] && echo 255 || echo "$mask")" -q -o /dev/null --json
  fi
done
