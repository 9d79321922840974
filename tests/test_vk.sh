#!/usr/bin/env bash
# tests/test_vk.sh - Vulkan addon (addons/vk/vmaf_vk.h): builds tests/vk/test_vk.c with the
# Vulkan flags, runs it on the installed Vulkan driver (CI: Mesa lavapipe) with the validation
# layer on, runs it again with no driver visible (expects VMAF_ERR_NO_DEVICE), checks that
# vmaf_vk_spirv.h matches the shaders (gen_spirv.py --check) and that the header compiles as
# C99/C++11 with gcc and clang. Prints "N passed, N failed, N skipped".
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

# generated SPIR-V and the common block are up to date
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

summary() { grep -E '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$1" | tail -n 1; }
add() {
  local line=$1 rc=$2 p f s
  if [ -z "$line" ]; then bad "$3: no summary line (exit $rc)"; return; fi
  p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  s=0; [[ "$line" == *skipped* ]] && s=$(echo "$line" | sed -E 's/.* ([0-9]+) skipped/\1/')
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  P=$((P+p)); F=$((F+f)); S=$((S+s))
}

"$OUT/test_vk" >"$OUT/run.log" 2>&1; rc=$?
grep -E '^(FAIL|skip|parity|device)|VALIDATION|rror|Sanitizer' "$OUT/run.log" | head -n 60
add "$(summary "$OUT/run.log")" $rc "test_vk"

VK_DRIVER_FILES=/nonexistent.json VK_ICD_FILENAMES=/nonexistent.json "$OUT/test_vk" --no-device >"$OUT/nodev.log" 2>&1; rc=$?
grep -E '^FAIL|Sanitizer' "$OUT/nodev.log" | head -n 20
add "$(summary "$OUT/nodev.log")" $rc "test_vk --no-device"

echo "$P passed, $F failed, $S skipped"
[ $F -eq 0 ]
