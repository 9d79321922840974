#!/usr/bin/env bash
# valgrind memcheck of the vmaf tool on a real pair (issue 7): no invalid read or write, no use of
# uninitialised values, no definitely-lost memory, for the default model on one thread and for
# two models plus extra features on the --threads 2 worker pool. Runs the plain build (tests run
# this file with VMAF_BIN=build/vmaf; valgrind cannot run an ASan binary, so under SAN=1 it is
# skipped). --cpumask -1 selects the scalar C kernels: valgrind does not implement AVX-512.
# Skipped with a message when valgrind is not installed. About 30 s on the small src01 pair.
set -u
cd "$(dirname "$0")/.."
VMAF="${VMAF_BIN:-build/vmaf}"
P=0; F=0; S=0
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }
skip() { S=$((S+1)); echo "skip: $*"; }
done_() { echo "$P passed, $F failed, $S skipped"; [ "$F" -eq 0 ]; exit $?; }
if ! command -v valgrind >/dev/null 2>&1; then skip "valgrind is not installed (apt-get install valgrind)"; done_; fi
if [ "${SAN:-}" = 1 ]; then skip "valgrind runs in the plain 'make test' (SAN=1 builds are ASan binaries)"; done_; fi
if [ ! -x "$VMAF" ]; then bad "no tool at $VMAF"; done_; fi
D=tests/data/testdata
PAIR="-r $D/src01_ref_576x324_3f_8bit.yuv -d $D/src01_dis_576x324_3f_8bit.yuv -w 576 -h 324 -p 420 -b 8 --cpumask -1"
VG="valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --track-origins=yes -q"

run() { # label args...
  local label=$1; shift
  # shellcheck disable=SC2086
  timeout 300 $VG "$VMAF" $PAIR "$@" >"$T/out" 2>"$T/err"; local rc=$?
  if [ $rc -eq 0 ]; then ok; echo "$label: clean"
  else bad "$label: exit $rc under valgrind"; grep -E "==[0-9]+==" "$T/err" | head -25; fi
}
run "default model, 1 thread" --threads 0 -o "$T/a.xml"
run "2 models + features, --threads 2" --threads 2 -m version=vmaf_v0.6.1:name=v -m version=vmaf_float_v0.6.1:name=f \
    --feature vif=debug=true --feature float_motion=motion_add_uv=true --json -o "$T/b.json"
run "features only (-n), CSV" -n --feature adm --feature motion=motion_five_frame_window=true --csv -o "$T/c.csv"
done_
