#!/usr/bin/env bash
# Header hygiene: every header compiles alone (C99 and C++11, gcc and clang, -Wall -Wextra
# -Werror -pedantic, with and without its IMPLEMENTATION macro); all four implementations in
# one file; implementations spread over two files and linked (also with VMAF_STATIC); the
# common blocks are byte-identical; no exported symbol collides with libvmaf's identifiers.
set -u
cd "$(dirname "$0")/.."
P=0; F=0; S=0
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }
skip() { S=$((S+1)); echo "skip: $*"; }
HEADERS="vmaf_vif.h vmaf_adm.h vmaf_motion.h vmaf_model.h"
W="-Wall -Wextra -Werror -pedantic"

if python3 tools/sync_common.py --check >"$T/sync.log" 2>&1; then ok; else bad "common blocks differ"; cat "$T/sync.log"; fi

compilers=""
for c in gcc clang; do command -v $c >/dev/null && compilers="$compilers $c" || skip "$c not installed (apt-get install $c)"; done
for cc in $compilers; do
  cxx=g++; [ "$cc" = clang ] && cxx=clang++
  for h in $HEADERS; do
    m=$(echo "$h" | sed -E 's/vmaf_(.*)\.h/\1/' | tr a-z A-Z)
    for impl in 0 1; do
      d=""; [ $impl = 1 ] && d="-DVMAF_${m}_IMPLEMENTATION"
      printf '#include "%s"\n' "$h" > "$T/a.c"
      if $cc -std=c99 $W $d -I. -c "$T/a.c" -o "$T/a.o" 2>"$T/e"; then ok; else bad "$cc C99 $h impl=$impl"; head -20 "$T/e"; fi
      if $cxx -x c++ -std=c++11 $W $d -I. -c "$T/a.c" -o "$T/a.o" 2>"$T/e"; then ok; else bad "$cxx C++11 $h impl=$impl"; head -20 "$T/e"; fi
    done
    # implementation included twice in one file is harmless
    printf '#define VMAF_%s_IMPLEMENTATION\n#include "%s"\n#include "%s"\n' "$m" "$h" "$h" > "$T/b.c"
    if $cc -std=c99 $W -I. -c "$T/b.c" -o "$T/b.o" 2>"$T/e"; then ok; else bad "$cc double include $h"; head -20 "$T/e"; fi
  done
  # all four implementations in one file, C and C++
  { for h in $HEADERS; do m=$(echo "$h" | sed -E 's/vmaf_(.*)\.h/\1/' | tr a-z A-Z); echo "#define VMAF_${m}_IMPLEMENTATION"; done
    for h in $HEADERS; do echo "#include \"$h\""; done
    echo 'int main(void) { return vmaf_vif_version()[0] != vmaf_model_version()[0]; }'; } > "$T/all.c"
  if $cc -std=c99 $W -I. "$T/all.c" -o "$T/all" -lm 2>"$T/e" && "$T/all"; then ok; else bad "$cc all four in one C file"; head -20 "$T/e"; fi
  if $cxx -x c++ -std=c++11 $W -I. "$T/all.c" -o "$T/allxx" -lm 2>"$T/e" && "$T/allxx"; then ok; else bad "$cxx all four in one C++ file"; head -20 "$T/e"; fi
  # split: vif+adm implemented in one TU, motion+model in another, a third only declares
  for st in "" "-DVMAF_STATIC"; do
    if [ -z "$st" ]; then other1='#include "vmaf_motion.h"'; other2='#include "vmaf_vif.h"'; else other1=''; other2=''; fi
    printf '#define VMAF_VIF_IMPLEMENTATION\n#define VMAF_ADM_IMPLEMENTATION\n#include "vmaf_vif.h"\n#include "vmaf_adm.h"\n%s\nconst char *s1(void);\nconst char *s1(void) { return vmaf_adm_version(); }\n' "$other1" > "$T/s1.c"
    printf '#define VMAF_MOTION_IMPLEMENTATION\n#define VMAF_MODEL_IMPLEMENTATION\n#include "vmaf_motion.h"\n#include "vmaf_model.h"\n%s\nconst char *s2(void);\nconst char *s2(void) { return vmaf_model_version(); }\n' "$other2" > "$T/s2.c"
    if [ -z "$st" ]; then
      printf '#include "vmaf_vif.h"\n#include "vmaf_model.h"\n#include "vmaf_motion.h"\nconst char *s1(void);\nconst char *s2(void);\nint main(void) { return !(s1()[0] && s2()[0] && vmaf_vif_version()[0] && vmaf_motion_version()[0]); }\n' > "$T/s3.c"
    else
      printf 'const char *s1(void);\nconst char *s2(void);\nint main(void) { return !(s1()[0] && s2()[0]); }\n' > "$T/s3.c"
    fi
    if $cc -std=c99 $W $st -I. "$T/s1.c" "$T/s2.c" "$T/s3.c" -o "$T/split" -lm 2>"$T/e" && "$T/split"; then ok; else bad "$cc split TUs $st"; head -20 "$T/e"; fi
  done
done

# exported symbols: all start with vmaf_ and none is a libvmaf identifier
if command -v nm >/dev/null; then
  { for h in $HEADERS; do m=$(echo "$h" | sed -E 's/vmaf_(.*)\.h/\1/' | tr a-z A-Z); echo "#define VMAF_${m}_IMPLEMENTATION"; done
    for h in $HEADERS; do echo "#include \"$h\""; done; } > "$T/sym.c"
  gcc -std=c99 -O2 -I. -c "$T/sym.c" -o "$T/sym.o"
  nm -g --defined-only "$T/sym.o" | awk '{print $3}' > "$T/syms"
  n=$(wc -l < "$T/syms")
  if grep -v '^vmaf_' "$T/syms" > "$T/odd"; then bad "exported symbols without vmaf_ prefix: $(tr '\n' ' ' < "$T/odd")"; else ok; fi
  if grep -Fxf tests/libvmaf_identifiers.txt "$T/syms" > "$T/clash"; then bad "symbols that libvmaf declares: $(tr '\n' ' ' < "$T/clash")"; else ok; fi
  # public identifiers in the declaration part must not be libvmaf's either
  for h in $HEADERS; do
    # declaration part only, with comments and string literals removed (model names such as
    # vmaf_v0.6.1 may appear in docs and strings; only identifiers count)
    sed -n '1,/_IMPLEMENTED$/p' "$h" | gcc -fpreprocessed -dD -E -P -x c - 2>/dev/null | sed -E 's/"([^"\\]|\\.)*"/""/g' | grep -oE '\b(vmaf_[A-Za-z_0-9]+|Vmaf[A-Za-z0-9_]+|VMAF_[A-Z0-9_]+)\b' | sort -u > "$T/ids"
    if grep -Fxf tests/libvmaf_identifiers.txt "$T/ids" > "$T/clash"; then bad "$h declares libvmaf identifiers: $(tr '\n' ' ' < "$T/clash")"; else ok; fi
  done
  echo "exported symbols checked: $n"
else
  skip "nm not installed (apt-get install binutils)"
fi
echo "$P passed, $F failed, $S skipped"
[ $F -eq 0 ]
