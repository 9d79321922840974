#!/usr/bin/env bash
# The vmaf tool when the file system is hostile (issue 7): a missing file, a directory given as
# an input or as the output, an unreadable input (chmod 000, or /proc/self/mem when running as
# root, where permissions do not stop reads), a full disk (/dev/full), a file-size limit hit
# while writing a regular file (ulimit -f: the disk-full case for a regular file), -o into a
# missing directory, a closed standard output, and a broken pipe on -o - (SIGPIPE: reader gone
# before the write, and `head -c 10` closing after 10 bytes of a 110 KB output).
# Every case must exit with status 255 (never die from a signal), print a message that names the
# file and the reason, and leave no output file, no temporary file and no truncated copy of an
# older output file behind. Uses "${VMAF_BIN:-build/vmaf}".
set -u
cd "$(dirname "$0")/.."
VMAF="${VMAF_BIN:-build/vmaf}"
P=0; F=0; S=0
T=$(mktemp -d); trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }
skip() { S=$((S+1)); echo "skip: $*"; }
if [ ! -x "$VMAF" ]; then echo "FAIL no tool at $VMAF"; echo "0 passed, 1 failed, 0 skipped"; exit 1; fi

D=tests/data/testdata
REF=$D/src01_ref_576x324_3f_8bit.yuv
DIS=$D/src01_dis_576x324_3f_8bit.yuv
RAW="-w 576 -h 324 -p 420 -b 8"
QR=$D/q160x90_ref_160x90_48f_8bit.yuv
QD=$D/q160x90_dis_160x90_48f_8bit.yuv
BIG="-r $QR -d $QD -w 160 -h 90 -p 420 -b 8 --json --precision max --feature vif=debug=true --feature adm=debug=true --feature float_vif=debug=true --feature float_adm=debug=true"

# expect_fail "what" "stderr text" rc-file-or-run... : checks exit 255, the message, no sanitizer report
check_run() { # what rc errfile text...
  local what=$1 rc=$2 err=$3; shift 3
  if grep -qE "Sanitizer|runtime error" "$err"; then bad "$what: sanitizer report"; head -20 "$err"; return; fi
  if [ "$rc" -ne 255 ]; then bad "$what: exit $rc, want 255"; sed 's/^/    /' "$err" | head -5; return; fi
  ok
  local t
  for t in "$@"; do
    if grep -qF -- "$t" "$err"; then ok; else bad "$what: stderr lacks '$t'"; sed 's/^/    /' "$err" | head -5; fi
  done
}
no_leftovers() { # what dir
  local left
  left=$(find "$2" -maxdepth 1 -name '*.tmp-*' | head -1)
  if [ -z "$left" ]; then ok; else bad "$1: temporary file left: $left"; fi
}

# ---- inputs
"$VMAF" -r "$T/missing.yuv" -d "$DIS" $RAW >"$T/o" 2>"$T/e"
check_run "missing reference" $? "$T/e" "could not open file: $T/missing.yuv" "No such file or directory" "problem with reference file"
{ printf 'YUV4MPEG2 W576 H324 F25:1 C420jpeg\nFRAME\n'; head -c 279936 "$REF"; } > "$T/ref.y4m"
"$VMAF" -r "$T/ref.y4m" -d "$T/missing.y4m" >"$T/o" 2>"$T/e"
check_run "missing distorted (y4m)" $? "$T/e" "could not open file: $T/missing.y4m" "problem with distorted file"
mkdir -p "$T/adir"
"$VMAF" -r "$T/adir" -d "$DIS" $RAW >"$T/o" 2>"$T/e"
check_run "directory as reference" $? "$T/e" "$T/adir" "is a directory"
"$VMAF" -r "$REF" -d "$T/adir" $RAW >"$T/o" 2>"$T/e"
check_run "directory as distorted" $? "$T/e" "$T/adir" "is a directory"
"$VMAF" -r "$T/adir" -d "$T/adir" >"$T/o" 2>"$T/e"
check_run "directory as y4m input" $? "$T/e" "is a directory"
cp "$REF" "$T/noread.yuv"; chmod 000 "$T/noread.yuv"
if [ "$(id -u)" != 0 ]; then
  "$VMAF" -r "$T/noread.yuv" -d "$DIS" $RAW >"$T/o" 2>"$T/e"
  check_run "unreadable reference (chmod 000)" $? "$T/e" "$T/noread.yuv" "Permission denied"
else
  skip "running as root: chmod 000 does not stop reads (the /proc/self/mem case below covers read errors)"
fi
if [ -r /proc/self/mem ]; then
  "$VMAF" -r /proc/self/mem -d "$DIS" $RAW >"$T/o" 2>"$T/e"
  check_run "read error on the reference (/proc/self/mem)" $? "$T/e" "/proc/self/mem" "read error" "problem while reading pictures"
  "$VMAF" -r /proc/self/mem -d "$DIS" >"$T/o" 2>"$T/e"
  check_run "read error in a y4m header (/proc/self/mem)" $? "$T/e" "/proc/self/mem" "read error"
else
  skip "no /proc/self/mem: read-error case not run"
fi

# a 60-byte y4m that claims a 32768x32768 16-bit 4:4:4 frame (6 GiB): the reader must report
# the truncated frame, not allocate the claimed size (its buffer grows with the data read)
{ printf 'YUV4MPEG2 W32768 H32768 F25:1 C444p16\nFRAME\n'; head -c 100 "$REF"; } > "$T/huge.y4m"
if [ "${SAN:-}" != 1 ]; then
  ( ulimit -v 400000; exec "$VMAF" -r "$T/huge.y4m" -d "$T/huge.y4m" ) >"$T/o" 2>"$T/e"
  check_run "tiny y4m claiming a 6 GiB frame (400 MB address-space limit)" $? "$T/e" "frame 0 is truncated: 100 of"
else
  "$VMAF" -r "$T/huge.y4m" -d "$T/huge.y4m" >"$T/o" 2>"$T/e"
  check_run "tiny y4m claiming a 6 GiB frame" $? "$T/e" "frame 0 is truncated: 100 of"
fi

# ---- output
"$VMAF" -r "$REF" -d "$DIS" $RAW -o /dev/full --json >"$T/o" 2>"$T/e"
check_run "-o /dev/full" $? "$T/e" "could not write file: /dev/full" "No space left on device"
"$VMAF" -r "$REF" -d "$DIS" $RAW -o "$T/nodir/out.json" --json >"$T/o" 2>"$T/e"
check_run "-o into a missing directory" $? "$T/e" "could not open file: $T/nodir/out.json" "No such file or directory"
if [ -e "$T/nodir" ]; then bad "-o into a missing directory created it"; else ok; fi
"$VMAF" -r "$REF" -d "$DIS" $RAW -o "$T/adir" --json >"$T/o" 2>"$T/e"
check_run "-o a directory" $? "$T/e" "could not open file: $T/adir" "Is a directory"
# a full disk for a regular file: a 1 KiB file-size limit (SIGXFSZ ignored, so write() fails)
printf 'OLD\n' > "$T/keep.json"
( ulimit -f 1; trap '' XFSZ; exec "$VMAF" $BIG -o "$T/keep.json" ) >"$T/o" 2>"$T/e"
check_run "file-size limit while writing a regular file" $? "$T/e" "could not write file: $T/keep.json" "File too large"
if [ "$(cat "$T/keep.json")" = OLD ]; then ok; else bad "the older output file was changed by a failed write ($(wc -c <"$T/keep.json") bytes)"; fi
( ulimit -f 1; trap '' XFSZ; exec "$VMAF" $BIG -o "$T/new.json" ) >"$T/o" 2>"$T/e"
check_run "file-size limit, new file" $? "$T/e" "File too large"
if [ -e "$T/new.json" ]; then bad "a partial output file was left: $T/new.json"; else ok; fi
no_leftovers "file-size limit" "$T"
# a read-only directory (non-root only)
mkdir -p "$T/ro"; chmod 555 "$T/ro"
if [ "$(id -u)" != 0 ]; then
  "$VMAF" -r "$REF" -d "$DIS" $RAW -o "$T/ro/out.json" >"$T/o" 2>"$T/e"
  check_run "-o into a read-only directory" $? "$T/e" "Permission denied"
else
  skip "running as root: a read-only directory is writable"
fi
# standard output closed
"$VMAF" -r "$REF" -d "$DIS" $RAW -o - --json >&- 2>"$T/e"
check_run "-o - with standard output closed" $? "$T/e" "could not write file: -" "Bad file descriptor"
# SIGPIPE: the reader is gone before the tool writes (it computes first) ...
"$VMAF" -r "$REF" -d "$DIS" $RAW -o - --json 2>"$T/e" | true
check_run "-o - into a closed pipe" "${PIPESTATUS[0]}" "$T/e" "could not write file: -" "Broken pipe"
# ... and the reader closes after 10 bytes of a 110 KB output (more than a pipe buffer)
"$VMAF" $BIG -o - 2>"$T/e" | head -c 10 >"$T/head"
check_run "-o - | head -c 10" "${PIPESTATUS[0]}" "$T/e" "could not write file: -" "Broken pipe"
if [ "$(wc -c <"$T/head")" -eq 10 ]; then ok; else bad "head did not get 10 bytes"; fi

# ---- a good run still works, replaces an older file and leaves no temporary file
printf 'OLD\n' > "$T/good.json"
"$VMAF" -r "$REF" -d "$DIS" $RAW -o "$T/good.json" --json >"$T/o" 2>"$T/e"; rc=$?
if [ $rc -eq 0 ] && grep -q '"pooled_metrics"' "$T/good.json"; then ok; else bad "good run: exit $rc"; head -5 "$T/e"; fi
no_leftovers "good run" "$T"
"$VMAF" -r "$REF" -d "$DIS" $RAW -o /dev/stdout --json >"$T/stdout.json" 2>"$T/e"; rc=$?
if [ $rc -eq 0 ] && cmp -s <(grep -v '"fps"' "$T/stdout.json") <(grep -v '"fps"' "$T/good.json"); then ok; else bad "-o /dev/stdout: exit $rc or different output"; fi

# a symbolic link as -o (like /dev/stdout): written through, never replaced or removed
printf 'OLD\n' > "$T/real.json"; ln -s "$T/real.json" "$T/link.json"
"$VMAF" -r "$REF" -d "$DIS" $RAW -o "$T/link.json" --json >"$T/o" 2>"$T/e"; rc=$?
if [ $rc -eq 0 ] && [ -L "$T/link.json" ] && grep -q '"pooled_metrics"' "$T/real.json"; then ok; else bad "-o through a symlink: exit $rc, link kept: $([ -L "$T/link.json" ] && echo yes || echo no)"; fi
ln -s /dev/full "$T/full-link"
"$VMAF" -r "$REF" -d "$DIS" $RAW -o "$T/full-link" --json >"$T/o" 2>"$T/e"
check_run "-o a symlink to /dev/full" $? "$T/e" "No space left on device"
if [ -L "$T/full-link" ]; then ok; else bad "a failed write removed the symlink it wrote through"; fi

echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
