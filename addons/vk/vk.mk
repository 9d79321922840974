# addons/vk/vk.mk - Makefile fragment of the Vulkan addon (addons/vk/vmaf_vk.h).
# Add to the end of the root Makefile:   -include addons/vk/vk.mk
# or use it alone:                       make -f addons/vk/vk.mk vk-test
#
#   make vk-spirv   regenerate addons/vk/vmaf_vk_spirv.h from addons/vk/shaders (needs glslc)
#   make vk-check   fail if vmaf_vk_spirv.h or vmaf_vk.h's common block is stale
#   make vk-test    tests/test_vk.sh (lavapipe + validation layer in CI)
#   make vk-bench   build and run bench/bench_vk.c (VK_BENCH_ARGS="--sizes 1080p,4k --frames 30")
#
# The shaders are not a file dependency of anything: a fresh checkout builds from the committed
# vmaf_vk_spirv.h without glslc; vk-check (run by tests/test_vk.sh) catches a stale one.
#
# The vmaf tool (build/vmaf) gets `--backend vulkan` when volk is installed: this fragment adds
# -DVMAF_TOOL_VULKAN (examples/vmaf.c then compiles addons/vk/vmaf_vk.h in) and -ldl where the
# C library needs it. `make VK_TOOL=0` builds the tool without it (--backend vulkan then fails
# with a message).
CC    ?= cc
BUILD ?= build
VK_DIR := addons/vk
VK_BENCH_ARGS ?=
VK_TOOL ?= $(shell printf '\043include <volk.h>\n' | $(CC) -E -x c - >/dev/null 2>&1 && echo 1 || echo 0)
ifeq ($(VK_TOOL),1)
VK_LDL := $(shell printf 'int main(void){return 0;}\n' | $(CC) -x c - -o /dev/null -ldl >/dev/null 2>&1 && echo -ldl)
$(BUILD)/vmaf: ALLFLAGS += -DVMAF_TOOL_VULKAN
$(BUILD)/vmaf: LDLIBS += $(VK_LDL)
$(BUILD)/vmaf: $(VK_DIR)/vmaf_vk.h $(VK_DIR)/vmaf_vk_spirv.h
endif

.PHONY: vk-spirv vk-check vk-test vk-bench vk-sync-common
vk-spirv:
	python3 $(VK_DIR)/gen_spirv.py

vk-check:
	python3 $(VK_DIR)/gen_spirv.py --check

vk-sync-common:
	python3 $(VK_DIR)/gen_spirv.py --sync-common

vk-test:
	BUILD=$(BUILD) CC="$(CC)" bash tests/test_vk.sh

$(BUILD)/vk/bench_vk: bench/bench_vk.c $(VK_DIR)/vmaf_vk.h $(VK_DIR)/vmaf_vk_spirv.h
	BUILD_ONLY=1 BUILD=$(BUILD) CC="$(CC)" bash bench/vk_bench.sh

vk-bench: $(BUILD)/vk/bench_vk
	$(BUILD)/vk/bench_vk $(VK_BENCH_ARGS)
