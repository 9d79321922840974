#!/usr/bin/env bash
# bench/vk_bench.sh - builds bench/bench_vk.c (Vulkan addon throughput) into $BUILD/vk/bench_vk
# and runs it with the given options (see the top of bench/bench_vk.c). Needs the Vulkan headers
# and volk (apt-get install libvulkan-dev libvulkan-volk-dev) and a Vulkan driver at run time.
# BUILD_ONLY=1 only builds.
set -eu
cd "$(dirname "$0")/.."
CC=${CC:-cc}
BUILD=${BUILD:-build}
mkdir -p "$BUILD/vk"
LIBS="-lm"
printf 'int main(void){return 0;}\n' > "$BUILD/vk/dl.c"
$CC "$BUILD/vk/dl.c" -o "$BUILD/vk/dl" -ldl >/dev/null 2>&1 && LIBS="$LIBS -ldl"
$CC -std=c99 -O2 -Wall -Wextra -Werror -pedantic -I. -Iaddons/vk bench/bench_vk.c -o "$BUILD/vk/bench_vk" $LIBS
[ "${BUILD_ONLY:-0}" = 1 ] && exit 0
exec "$BUILD/vk/bench_vk" "$@"
