# vmaf single-file headers: build the tool, the tests and the benchmarks.
#   make            build/vmaf (the vmaf-compatible command-line tool)
#   make test       every test; the last line is "N passed, N failed, N skipped"
#   make test SAN=1 the same under AddressSanitizer + UndefinedBehaviorSanitizer (build-san/)
#   make sync       copy tools/common_*.h into the four headers; make check-sync verifies
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

.PHONY: all test sync check-sync clean bench
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

clean:
	rm -rf build build-san

# Benchmarks (figures, never pass/fail): see bench/run.sh and bench/RESULTS.md.
bench: $(BUILD)/vmaf
	BUILD=$(BUILD) bench/run.sh
-include addons/vk/vk.mk
