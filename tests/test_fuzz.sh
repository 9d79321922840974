#!/usr/bin/env bash
# Replays every fuzz input without libFuzzer: each harness tests/fuzz/fuzz_*.c is built with the
# test compiler ($CC; with SAN=1 under ASan+UBSan like the other tests) and the plain main() of
# tests/fuzz/replay.c, then run over its seed corpus tests/fuzz/corpus/<harness>/ and its
# regression inputs tests/fuzz/regress/<harness>/ (every crash input the fuzzers ever found).
# One check per harness build and one per replayed input set; a crash names the input.
set -u
cd "$(dirname "$0")/.."
P=0; F=0; S=0
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }
CC=${CC:-cc}
B=${BUILD:-build}/fuzz-replay
mkdir -p "$B"
flags="-std=c99 -O2 -g -Wall -Wextra -Werror -pedantic -I."
if [ "${SAN:-}" = 1 ]; then flags="$flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"; fi
for src in tests/fuzz/fuzz_*.c; do
  h=$(basename "$src" .c)
  # shellcheck disable=SC2086
  if ! $CC $flags "$src" tests/fuzz/replay.c -o "$B/$h" -lm -lpthread 2>"$B/$h.build.log"; then
    bad "$h: replay build failed"; head -20 "$B/$h.build.log"; continue
  fi
  ok
  for set in corpus regress; do
    d=tests/fuzz/$set/$h
    [ -d "$d" ] || continue
    n=$(find "$d" -maxdepth 1 -type f ! -name '.*' | wc -l)
    [ "$n" -gt 0 ] || continue
    if "$B/$h" "$d" >"$B/$h.$set.out" 2>"$B/$h.$set.err"; then
      ok; echo "$h: $set: $(tail -n 1 "$B/$h.$set.out")"
    else
      bad "$h: $set: crashed after input $(grep '^replay: ' "$B/$h.$set.err" | tail -n 1)"
      grep -vE '^replay: ' "$B/$h.$set.err" | grep -E 'ERROR|SUMMARY|invariant|runtime error|#[0-9] ' | head -12
    fi
  done
done
echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
