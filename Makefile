# vmaf single-file headers: build the tool, the tests and the benchmarks.
#   make            build/vmaf (the vmaf-compatible command-line tool)
#   make test       every test; the last line is "N passed, N failed, N skipped"
#   make test SAN=1 the same under AddressSanitizer + UndefinedBehaviorSanitizer (build-san/)
#   make sync       copy tools/common_*.h into the four headers; make check-sync verifies
#   make fuzz       build the libFuzzer harnesses (tests/fuzz/, clang) and run each FUZZ_SECONDS s
#   make test-tsan  the thread tests under ThreadSanitizer (also run by make test: test_tsan.sh)
# Build in parallel by default (GNU make 4.3+ takes -j from here); tests/run.sh runs the tests
# TEST_JOBS at a time (default: all CPUs). `make -j1 test TEST_JOBS=1` runs everything serially.
ifeq ($(filter -j%,$(MAKEFLAGS)),)
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 1)
endif
CC      ?= cc
SAN     ?=
OPT     ?= -O2
WARN    = -Wall -Wextra -Werror -pedantic
CSTD    = -std=c99
ifeq ($(SAN),1)
BUILD   ?= build-san
SANFLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g
else
BUILD   ?= build
SANFLAGS =
endif
CFLAGS  ?= $(OPT)
ALLFLAGS = $(CSTD) $(CFLAGS) $(WARN) $(SANFLAGS) -I.
LDLIBS  = -lm -lpthread
HEADERS = vmaf_vif.h vmaf_adm.h vmaf_motion.h vmaf_model.h
EXAMPLE_H = $(wildcard examples/*.h)
TEST_SRCS = $(sort $(wildcard tests/test_*.c))
TEST_BINS = $(TEST_SRCS:tests/%.c=$(BUILD)/tests/%)
TEST_SH   = $(sort $(wildcard tests/test_*.sh))

.PHONY: all test sync check-sync clean bench fuzz test-tsan
all: $(BUILD)/vmaf

$(BUILD)/vmaf: examples/vmaf.c $(EXAMPLE_H) $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(ALLFLAGS) examples/vmaf.c -o $@ $(LDLIBS)

$(BUILD)/tests/%: tests/%.c tests/harness.h $(HEADERS) $(EXAMPLE_H)
	@mkdir -p $(dir $@)
	$(CC) $(ALLFLAGS) $< -o $@ $(LDLIBS)

test: $(BUILD)/vmaf $(TEST_BINS)
	@VMAF_BIN=$(BUILD)/vmaf BUILD=$(BUILD) SAN=$(SAN) CC="$(CC)" tests/run.sh $(TEST_BINS) $(TEST_SH)

sync:
	python3 tools/sync_common.py

check-sync:
	python3 tools/sync_common.py --check

# libFuzzer harnesses (tests/fuzz/fuzz_*.c). `make test` replays their corpora and regression
# inputs without libFuzzer (tests/test_fuzz.sh); `make fuzz` runs the real fuzzers.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZERS      = $(sort $(notdir $(basename $(wildcard tests/fuzz/fuzz_*.c))))
fuzz: $(FUZZERS:%=build-fuzz/%)
	FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh $(FUZZERS)

build-fuzz/%: tests/fuzz/%.c $(HEADERS) $(EXAMPLE_H)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c99 -O2 -g $(WARN) -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -I. $< -o $@ -lm -lpthread

test-tsan:
	@CC="$(CC)" tests/run.sh tests/test_tsan.sh

clean:
	rm -rf build build-san build-fuzz

# Benchmarks (figures, never pass/fail): see bench/run.sh and bench/RESULTS.md.
bench: $(BUILD)/vmaf
	BUILD=$(BUILD) bench/run.sh
-include addons/vk/vk.mk
