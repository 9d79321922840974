#!/usr/bin/env bash
# tests/test_vk.sh - Vulkan addon (addons/vk/vmaf_vk.h): builds tests/vk/test_vk.c with the
# Vulkan flags, runs it on the installed Vulkan driver (CI: Mesa lavapipe) with the validation
# layer on (any validation message fails), runs it again with no driver visible (expects
# VMAF_ERR_NO_DEVICE), checks that vmaf_vk_spirv.h matches the shaders (gen_spirv.py --check)
# and that the header compiles as C99/C++11 with gcc and clang; then the tool: `vmaf --backend
# vulkan` reproduces `--backend cpu` (integer values identical, float within 1e-4), fails with
# a message without a device, and examples/gpu_select.c scores the same on the GPU and on the
# CPU fallback. Prints "N passed, N failed, N skipped".
# Needs: glslc, libvulkan-volk-dev (+ libvulkan-dev), mesa-vulkan-drivers (and libvulkan1),
# vulkan-validationlayers. Without them it prints one skip.
set -u
cd "$(dirname "$0")/.."
CC=${CC:-cc}
BUILD=${BUILD:-build}
OUT="$BUILD/vk"
P=0; F=0; S=0
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }

missing=""
command -v glslc >/dev/null 2>&1 || missing="$missing glslc"
printf '#include <volk.h>\n' | $CC -E -x c - >/dev/null 2>&1 || missing="$missing libvulkan-volk-dev libvulkan-dev"
loader=0
{ /sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null; } | grep -q 'libvulkan\.so\.1' && loader=1
for f in /usr/lib/*/libvulkan.so.1 /usr/lib/libvulkan.so.1 /usr/local/lib/libvulkan.so.1; do [ -e "$f" ] && loader=1; done
[ $loader = 1 ] || missing="$missing libvulkan1"
icd=0
for d in /usr/share/vulkan/icd.d /etc/vulkan/icd.d /usr/local/share/vulkan/icd.d; do
  ls "$d"/*.json >/dev/null 2>&1 && icd=1
done
[ $icd = 1 ] || missing="$missing mesa-vulkan-drivers"
if [ -n "$missing" ]; then
  echo "skip: the Vulkan addon test needs: apt-get install$missing (and vulkan-validationlayers)"
  echo "0 passed, 0 failed, 1 skipped"
  exit 0
fi
mkdir -p "$OUT"

# generated SPIR-V, the common block and the tables copied from vmaf_vif.h are up to date
if python3 addons/vk/gen_spirv.py --check; then ok; else bad "addons/vk/vmaf_vk_spirv.h or the common block of vmaf_vk.h is stale"; fi

# the header compiles cleanly: C99 and C++11, gcc and clang, declarations only and with the implementation
W="-Wall -Wextra -Werror -pedantic"
printf '#include "vmaf_vk.h"\nint vk_decl_only(void);\nint vk_decl_only(void) { return vmaf_vk_extractor("vif") != 0; }\n' > "$OUT/decl.c"
printf '#define VMAF_VK_IMPLEMENTATION\n#include "vmaf_vk.h"\n#include "vmaf_vk.h"\nint main(void) { unsigned n; return vmaf_vk_device_count(&n) < -100000; }\n' > "$OUT/impl.c"
for cc in gcc clang; do
  command -v $cc >/dev/null 2>&1 || { S=$((S+1)); echo "skip: $cc not installed"; continue; }
  cxx=g++; [ $cc = clang ] && cxx=clang++
  for f in decl impl; do
    if $cc -std=c99 $W -Iaddons/vk -c "$OUT/$f.c" -o "$OUT/$f.o" 2>"$OUT/err"; then ok; else bad "$cc C99 $f"; head -20 "$OUT/err"; fi
    if $cxx -x c++ -std=c++11 $W -Iaddons/vk -c "$OUT/$f.c" -o "$OUT/$f.o" 2>"$OUT/err"; then ok; else bad "$cxx C++11 $f"; head -20 "$OUT/err"; fi
  done
done

# the test program (sanitizers when BUILD is a SAN build, as make test SAN=1 sets it)
SANFLAGS=""
case "$BUILD" in *san*) SANFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g";; esac
LIBS="-lm"
printf 'int main(void){return 0;}\n' > "$OUT/dl.c"
$CC "$OUT/dl.c" -o "$OUT/dl" -ldl >/dev/null 2>&1 && LIBS="$LIBS -ldl"
if ! $CC -std=c99 -O2 $W $SANFLAGS -I. -Iaddons/vk -Itests tests/vk/test_vk.c -o "$OUT/test_vk" $LIBS 2>"$OUT/err"; then
  bad "build tests/vk/test_vk.c"; head -30 "$OUT/err"
  echo "$P passed, $F failed, $S skipped"; exit 1
fi
ok
# the benchmark builds
if BUILD_ONLY=1 BUILD="$BUILD" CC="$CC" bash bench/vk_bench.sh >"$OUT/bench.log" 2>&1; then ok; else bad "bench/bench_vk.c build"; head -20 "$OUT/bench.log"; fi

# LeakSanitizer: the Vulkan loader, lavapipe/LLVM and the validation layer (C++, unloaded before
# exit, so its frames are "unknown module") keep allocations; the addon itself is C and never
# calls operator new, so those suppressions cannot hide a leak of ours.
printf 'leak:libvulkan\nleak:libvulkan_lvp\nleak:libLLVM\nleak:libVkLayer_khronos_validation\nleak:libdl\nleak:dlopen\nleak:operator new\n' > "$OUT/lsan.supp"
export LSAN_OPTIONS="suppressions=$PWD/$OUT/lsan.supp:print_suppressions=0"
# The loader dlcloses lavapipe at vkDestroyInstance, so what lavapipe keeps (on some CPUs, e.g.
# AMD Zen 4: one 128-byte realloc) shows up under "<unknown module>", which no suppression can
# name. Under SAN the test binaries run with lavapipe preloaded: it stays mapped, its frames
# keep their module name and the libvulkan_lvp line above applies. $RUN is empty otherwise.
RUN=""
if [ -n "$SANFLAGS" ]; then
  for f in /usr/lib/*/libvulkan_lvp.so /usr/lib/libvulkan_lvp.so; do
    [ -e "$f" ] && { RUN="env ASAN_OPTIONS=verify_asan_link_order=0 LD_PRELOAD=$f"; break; }
  done
fi

summary() { grep -E '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$1" | tail -n 1; }
NODEV="env VK_DRIVER_FILES=/nonexistent.json VK_ICD_FILENAMES=/nonexistent.json"
add() {
  local line=$1 rc=$2 p f s
  if [ -z "$line" ]; then bad "$3: no summary line (exit $rc)"; return; fi
  p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  s=0; [[ "$line" == *skipped* ]] && s=$(echo "$line" | sed -E 's/.* ([0-9]+) skipped/\1/')
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  P=$((P+p)); F=$((F+f)); S=$((S+s))
}

$RUN "$OUT/test_vk" >"$OUT/run.log" 2>&1; rc=$?
grep -E '^(FAIL|skip|parity|device)|VALIDATION|rror|Sanitizer' "$OUT/run.log" | head -n 60
add "$(summary "$OUT/run.log")" $rc "test_vk"

$NODEV $RUN "$OUT/test_vk" --no-device >"$OUT/nodev.log" 2>&1; rc=$?
grep -E '^FAIL|Sanitizer' "$OUT/nodev.log" | head -n 20
add "$(summary "$OUT/nodev.log")" $rc "test_vk --no-device"

# ---- the tool: build/vmaf --backend vulkan (make builds it with the addon when volk is
# installed, addons/vk/vk.mk); without that build, this script builds its own copy.
D=tests/data/testdata
SRC01="-r $D/src01_ref_576x324_3f_8bit.yuv -d $D/src01_dis_576x324_3f_8bit.yuv -w 576 -h 324 -p 420 -b 8"
Q160="-r $D/q160x90_ref_160x90_48f_8bit.yuv -d $D/q160x90_dis_160x90_48f_8bit.yuv -w 160 -h 90 -p 420 -b 8"
SPARKS="-r $D/sparks_ref_480x270_5f_10bit.yuv -d $D/sparks_dis_480x270_5f_10bit.yuv -w 480 -h 270 -p 420 -b 10"
VMAF="$BUILD/vmaf"
if [ ! -x "$VMAF" ] || $NODEV $RUN "$VMAF" $Q160 --frame_cnt 1 -q --backend vulkan 2>&1 | grep -q "no Vulkan support"; then
  VMAF="$OUT/vmaf"
  if $CC -std=c99 -O2 $W $SANFLAGS -I. -DVMAF_TOOL_VULKAN examples/vmaf.c -o "$VMAF" $LIBS -lpthread 2>"$OUT/err"; then ok
  else bad "build examples/vmaf.c with -DVMAF_TOOL_VULKAN"; head -20 "$OUT/err"; fi
fi
# every number of the two JSON files (fps excepted) equal (int) or within 1e-4 (float)
jcmp() {
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
a, b, tol = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), float(sys.argv[3])
n = same = 0; worst = 0.0
def walk(x, y, path):
    global n, same, worst
    if isinstance(x, dict):
        assert isinstance(y, dict) and sorted(x) == sorted(y), "keys differ at " + path
        for k in x:
            if k != "fps": walk(x[k], y[k], path + "/" + k)
    elif isinstance(x, list):
        assert isinstance(y, list) and len(x) == len(y), "lengths differ at " + path
        for i, (u, v) in enumerate(zip(x, y)): walk(u, v, "%s[%d]" % (path, i))
    elif isinstance(x, (int, float)) and not isinstance(x, bool):
        n += 1; d = abs(x - y); worst = max(worst, d); same += x == y
        assert d <= tol, "%s: %r vs %r" % (path, x, y)
    else:
        assert x == y, "%s: %r vs %r" % (path, x, y)
walk(a, b, "")
print("tool: %d values, %d identical, max |diff| %g" % (n, same, worst))
PY
}
tool_case() { # name tolerance args...
  local name=$1 tol=$2; shift 2
  if $RUN "$VMAF" "$@" -q --json --precision max -o "$OUT/tool_cpu.json" --backend cpu >"$OUT/tool.log" 2>&1 &&
     $RUN "$VMAF" "$@" -q --json --precision max -o "$OUT/tool_gpu.json" --backend vulkan >>"$OUT/tool.log" 2>&1 &&
     jcmp "$OUT/tool_gpu.json" "$OUT/tool_cpu.json" "$tol" >>"$OUT/tool.log" 2>&1; then
    ok; echo "$name: $(tail -n 1 "$OUT/tool.log")"
  else bad "vmaf --backend vulkan $name reproduces --backend cpu"; tail -n 5 "$OUT/tool.log"; fi
}
tool_case "src01 default model" 0 $SRC01
tool_case "src01 NEG model + debug features" 0 $SRC01 -m version=vmaf_v0.6.1neg --feature vif=debug=true --feature adm=debug=true
tool_case "q160x90 default model, 48 frames, --threads 2" 0 $Q160 --threads 2
tool_case "sparks 10-bit float model" 1e-4 $SPARKS -m version=vmaf_float_v0.6.1 --feature float_vif --feature float_adm --feature float_motion
tool_case "q160x90 float model" 1e-4 $Q160 -m version=vmaf_float_v0.6.1 --feature float_vif --feature float_adm --feature float_motion
tool_case "src01 -n float features, one GPU-refused option (CPU fallback)" 1e-4 $SRC01 -n --feature float_vif=debug=true \
  --feature float_adm=adm_p_norm=2.0 --feature float_motion
# no device: a clear message and a failure; --gpumask keeps everything on the CPU
$NODEV $RUN "$VMAF" $SRC01 -q --json -o "$OUT/tool_nodev.json" --backend vulkan >"$OUT/tool.log" 2>&1; rc=$?
if [ $rc -ne 0 ] && grep -q "no usable Vulkan device" "$OUT/tool.log"; then ok
else bad "vmaf --backend vulkan without a device: exit $rc, message: $(head -c 300 "$OUT/tool.log")"; fi
if $NODEV $RUN "$VMAF" $SRC01 -q --json --precision max -o "$OUT/tool_mask.json" --backend vulkan --gpumask 1 >"$OUT/tool.log" 2>&1 &&
   $RUN "$VMAF" $SRC01 -q --json --precision max -o "$OUT/tool_cpu.json" >>"$OUT/tool.log" 2>&1 &&
   jcmp "$OUT/tool_mask.json" "$OUT/tool_cpu.json" 0 >>"$OUT/tool.log" 2>&1; then ok
else bad "vmaf --backend vulkan --gpumask 1 runs on the CPU"; tail -n 5 "$OUT/tool.log"; fi
$RUN "$VMAF" $SRC01 -q --backend metal >"$OUT/tool.log" 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q "cpu or vulkan" "$OUT/tool.log" && ok || bad "vmaf --backend metal: usage error (exit $rc)"

# ---- examples/gpu_select.c: builds as documented, the same score on the GPU and without a device
if $CC -std=c99 -O2 $W $SANFLAGS -I. examples/gpu_select.c -o "$OUT/gpu_select" $LIBS 2>"$OUT/err"; then
  ok
  $RUN "$OUT/gpu_select" $D/src01_ref_576x324_3f_8bit.yuv $D/src01_dis_576x324_3f_8bit.yuv 576 324 >"$OUT/sel_gpu.log" 2>&1; r1=$?
  $NODEV $RUN "$OUT/gpu_select" $D/src01_ref_576x324_3f_8bit.yuv $D/src01_dis_576x324_3f_8bit.yuv 576 324 >"$OUT/sel_cpu.log" 2>&1; r2=$?
  if [ $r1 -eq 0 ] && [ $r2 -eq 0 ] && grep -q "^running on " "$OUT/sel_gpu.log" && grep -q "no Vulkan device: running on the CPU" "$OUT/sel_cpu.log" &&
     grep -qx "VMAF 82.564227" "$OUT/sel_gpu.log" && grep -qx "VMAF 82.564227" "$OUT/sel_cpu.log"; then ok
  else bad "gpu_select: VMAF 82.564227 on the GPU and on the CPU fallback"; cat "$OUT/sel_gpu.log" "$OUT/sel_cpu.log" | head -20; fi
else bad "build examples/gpu_select.c"; head -20 "$OUT/err"; fi

echo "$P passed, $F failed, $S skipped"
[ $F -eq 0 ]
