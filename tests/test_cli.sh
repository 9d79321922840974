#!/usr/bin/env bash
# The vmaf tool from outside: --help lists every flag; -v; option parsing (good and bad: unknown
# flag, missing value, bad --feature syntax, bad -m key, -w without -h, ...) with libvmaf's exit
# status 1 and messages; input errors (not y4m, mismatched inputs, truncated stdin) with exit
# status 255; y4m and raw .yuv on standard input; the empty-output forms of SPEC 7.3.5; no
# output file after a failed run. Uses "${VMAF_BIN:-build/vmaf}" (make test sets VMAF_BIN).
set -u
cd "$(dirname "$0")/.."
VMAF="${VMAF_BIN:-build/vmaf}"
P=0; F=0; S=0
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
ok()   { P=$((P+1)); }
bad()  { F=$((F+1)); echo "FAIL $*"; }
skip() { S=$((S+1)); echo "skip: $*"; }
check() { if eval "$2"; then ok; else bad "$1"; fi; }

if [ ! -x "$VMAF" ]; then echo "FAIL no tool at $VMAF"; echo "0 passed, 1 failed, 0 skipped"; exit 1; fi

D=tests/data/testdata
REF8=$D/src01_ref_576x324_3f_8bit.yuv
DIS8=$D/src01_dis_576x324_3f_8bit.yuv
RAW="-w 576 -h 324 -p 420 -b 8"
FB=279936   # bytes of one 576x324 4:2:0 8-bit frame

# expect STATUS "description" "text that stderr must contain" args...
expect() {
  local want=$1 what=$2 text=$3; shift 3
  "$VMAF" "$@" >"$T/out" 2>"$T/err"; local rc=$?
  if grep -qE "Sanitizer|runtime error" "$T/err"; then bad "$what: sanitizer report"; head -20 "$T/err"; return; fi
  if [ "$rc" -ne "$want" ]; then bad "$what: exit $rc, want $want"; sed 's/^/    /' "$T/err" | head -5; return; fi
  ok
  if [ -n "$text" ]; then
    if grep -qF -- "$text" "$T/err"; then ok; else bad "$what: stderr lacks '$text'"; sed 's/^/    /' "$T/err" | head -5; fi
  fi
}

# y4m from a raw 8-bit 4:2:0 576x324 file: y4m SRC NFRAMES DEST [HEADER]
y4m() {
  local src=$1 n=$2 dst=$3 hdr=${4:-"YUV4MPEG2 W576 H324 F25:1 Ip A1:1 C420jpeg XYSCSS=420JPEG"}
  printf '%s\n' "$hdr" > "$dst"
  for ((i = 0; i < n; i++)); do printf 'FRAME\n' >> "$dst"; dd if="$src" bs=$FB skip=$i count=1 status=none >> "$dst"; done
}

# ---- --help and -v
"$VMAF" --help >"$T/help" 2>"$T/err"; rc=$?
check "--help exits 0 ($rc)" '[ $rc -eq 0 ]'
for flag in -r/--reference -d/--distorted -w/--width -h/--height -p/--pixel_format -b/--bitdepth -m/--model \
            -o/--output --xml --json --csv --sub --threads --feature --subsample --cpumask --gpumask --frame_cnt \
            --frame_skip_ref --frame_skip_dist -n/--no_prediction -v/--version -q/--quiet --aom_ctc --nflx_ctc \
            --precision --help; do
  long=${flag#*/}; short=${flag%%/*}
  if grep -qF -- "$long" "$T/help" && { [ "$short" = "$flag" ] || grep -qF -- "$long/$short" "$T/help" || grep -qF -- "$short" "$T/help"; }; then ok
  else bad "--help does not list $flag"; fi
done
"$VMAF" -v >"$T/out" 2>"$T/err"; rc=$?
check "-v exits 0 ($rc)" '[ $rc -eq 0 ]'
check "-v prints a version on stderr" 'grep -qE "^sh-[0-9]+\.[0-9]+\.[0-9]+" "$T/err"'
"$VMAF" --version >/dev/null 2>&1; check "--version exits 0" '[ $? -eq 0 ]'

# ---- usage errors: exit 1
expect 1 "unknown long flag" "unrecognized option '--bogus'" --bogus -r a -d b
expect 1 "unknown short flag" "invalid option -- 'x'" -x -r a -d b
expect 1 "-r without a value" "option requires an argument -- 'r'" -n -r
expect 1 "--feature without a value" "option '--feature' requires an argument" -r a -d b --feature
expect 1 "--xml=1" "option '--xml' doesn't allow an argument" -r a -d b --xml=1
expect 1 "ambiguous prefix" "option '--frame_skip' is ambiguous" -r a -d b --frame_skip 1
expect 1 "stray argument" 'unexpected argument "extra"' -r a -d b extra
expect 1 "no reference" "Reference .y4m or .yuv (-r/--reference) is required" -d b
expect 1 "no distorted" "Distorted .y4m or .yuv (-d/--distorted) is required" -r a
expect 1 "-w without -h" "The following options are required for .yuv input" -r a -d b -w 576
expect 1 "-w -h without -p -b" "--pixel_format/-p" -r a -d b -w 576 -h 324
expect 1 "-w abc" 'Invalid argument "abc" for option -w/--width; should be an integer' -r a -d b -w abc
expect 1 "-h empty" 'for option -h/--height; should be an integer' -r a -d b -h ""
expect 1 "-p 411" 'should be a valid pixel format (420/422/444)' -r a -d b -p 411
expect 1 "-b 9" 'should be a valid bitdepth (8/10/12/16)' -r a -d b -b 9
expect 1 "--threads x" 'for option --threads; should be an integer' -r a -d b --threads x
expect 1 "--subsample 1.5" 'for option --subsample; should be an integer' -r a -d b --subsample 1.5
expect 1 "--precision 0" 'for option --precision' -r a -d b --precision 0
expect 1 "--precision 18" 'for option --precision' -r a -d b --precision 18
expect 1 "--precision foo" 'for option --precision' -r a -d b --precision foo
expect 1 "--feature vif=debug" 'Problem parsing feature "vif", bad option string "debug".' -r a -d b --feature vif=debug
expect 1 "--feature vif=" 'Problem parsing feature "vif", bad option string "".' -r a -d b --feature vif=
expect 1 "--feature trailing colon" 'bad option string ""' -r a -d b --feature vif=debug=true:
expect 1 "--feature =x" 'Problem parsing feature "=x"' -r a -d b --feature =x
expect 1 "--feature a=b=c=d" 'Problem parsing feature "vif=a=b=c"' -r a -d b --feature vif=a=b=c
expect 1 "-m foo" 'Problem parsing model, bad option string "foo".' -r a -d b -m foo
expect 1 "-m version=x:foo=1" 'Problem parsing model: "foo"' -r a -d b -m version=x:foo=1
expect 1 "-m trailing colon" 'Problem parsing model, bad option string "".' -r a -d b -m version=x:
expect 1 "two models named vmaf" 'Each model should be uniquely named' -r a -d b -m version=x -m version=y
expect 1 "two inputs on stdin" 'Only one of -r/--reference and -d/--distorted can read standard input' -r - -d -
expect 1 "--aom_ctc" '--aom_ctc v1.0 is not supported by this build' -r a -d b --aom_ctc v1.0
expect 1 "--nflx_ctc" '--nflx_ctc v1.0 is not supported by this build' -r a -d b --nflx_ctc v1.0
check "usage errors print the usage" 'grep -qF "Supported options:" "$T/err"'

# ---- option forms that parse (then fail later for want of files: exit 255, not 1)
expect 255 "--opt=value, prefixes, clustered and attached short options" "could not open file: nosuch" \
  --ref=nosuch --dist nosuch -nq -w576 -h 324 -p420 -b 8 --thr 2 --subsample=2 --cpumask -1 --gpumask 0 \
  --frame_cnt 2 --frame_skip_ref 0 --frame_skip_dist 0 --feature vif=debug=true:vif_enhn_gain_limit=1.0 \
  -m version=vmaf_v0.6.1:name=a:disable_clip:enable_transform:vif.vif_enhn_gain_limit=1 -m path=x.json:name=b \
  --precision max --json -o "$T/x.json"
check "no output after a failed run" '[ ! -e "$T/x.json" ]'

# ---- input errors: exit 255
expect 255 "raw .yuv without -w/-h/-p/-b" "Unknown file type." -n -r $REF8 -d $DIS8
check "Unknown file type. is its own line" 'grep -qx "Unknown file type." "$T/err"'
check "names the file" 'grep -qF "problem with reference file: $REF8" "$T/err"'
expect 255 "missing file" "could not open file: $T/nope.y4m" -n -r "$T/nope.y4m" -d $DIS8
y4m $REF8 3 "$T/ref.y4m"
y4m $DIS8 3 "$T/dis.y4m"
y4m $DIS8 2 "$T/dis2.y4m"
y4m $DIS8 1 "$T/dis_w.y4m" "YUV4MPEG2 W288 H324 F25:1 C420"
printf 'YUV4MPEG2 W576 H324 F25:1 C420p10\n' > "$T/dis10.y4m"
expect 255 "different sizes" "dimensions do not match: 576x324" -n -r "$T/ref.y4m" -d "$T/dis_w.y4m"
expect 255 "different bit depths" "bitdepths do not match: 8" -n -r "$T/ref.y4m" -d "$T/dis10.y4m"
check "incompatible summary" 'grep -qF "videos are incompatible, 1 problem." "$T/err"'
# the main job: the built-in default model vmaf_v0.6.1 on the src01 pair (libvmaf 3.2.0: 82.564227)
expect 0 "default model scores the src01 pair" "" -r "$T/ref.y4m" -d "$T/dis.y4m" -o "$T/m.json" --json
check "default model pooled VMAF 82.564227" 'grep -A3 "\"vmaf\": {" "$T/m.json" | grep -qF "\"mean\": 82.564227,"'
expect 0 "default model on raw yuv with 2 threads" "" -r $REF8 -d $DIS8 -w 576 -h 324 -p 420 -b 8 --threads 2 -o "$T/m2.json" --json
check "--threads 2 output equals --threads 0 output" 'diff <(grep -v "\"fps\"" "$T/m.json") <(grep -v "\"fps\"" "$T/m2.json") >/dev/null'
expect 255 "unknown built-in model" "problem loading model: vmaf_nosuch" -m version=vmaf_nosuch -r "$T/ref.y4m" -d "$T/dis.y4m" -o "$T/bad.xml"
check "no output file when the model fails" '[ ! -e "$T/bad.xml" ]'
expect 255 "unknown extractor" 'feature extractor "nosuch" is unknown' -n --feature nosuch -r "$T/ref.y4m" -d "$T/dis.y4m"
expect 255 "libvmaf-only extractor" 'feature extractor "psnr" is a libvmaf extractor that this build does not implement' \
  -n --feature psnr -r "$T/ref.y4m" -d "$T/dis.y4m"
HL=$(head -1 "$T/dis.y4m" | wc -c)
head -c $((HL + 6 + FB + 6 + 1000)) "$T/dis.y4m" > "$T/trunc.y4m"
cat "$T/trunc.y4m" | "$VMAF" -n -r "$T/ref.y4m" -d - -o "$T/t.xml" >"$T/out" 2>"$T/err"; rc=$?
check "truncated stdin: exit 255 ($rc)" '[ $rc -eq 255 ]'
check "truncated stdin: names stdin and the frame" 'grep -qF "\"-\": frame 1 is truncated: 1000 of $FB bytes" "$T/err"'
check "truncated stdin: no output" '[ ! -e "$T/t.xml" ]'
expect 255 "unwritable output" "could not open file: $T/no/dir/o.xml" -n -r "$T/ref.y4m" -d "$T/dis.y4m" -o "$T/no/dir/o.xml"

# ---- standard input and the empty output forms (-n alone)
cat "$T/dis.y4m" | "$VMAF" -n -r "$T/ref.y4m" -d - -o "$T/n.xml" >"$T/out" 2>"$T/err"; rc=$?
check "y4m on stdin: exit 0 ($rc)" '[ $rc -eq 0 ]'
printf '<VMAF version="X">\n  <params qualityWidth="576" qualityHeight="324" />\n  <fyi fps="inf" />\n  <frames>\n  </frames>\n  <pooled_metrics>\n  </pooled_metrics>\n  <aggregate_metrics />\n</VMAF>\n' > "$T/want.xml"
check "-n alone XML (SPEC 7.3.5) with the size from the stdin header" 'diff <(sed 1d "$T/n.xml") <(sed 1d "$T/want.xml") >/dev/null'
check "XML version line" 'head -1 "$T/n.xml" | grep -qE "^<VMAF version=\"sh-[0-9.]+\">$"'
cat "$T/dis2.y4m" | "$VMAF" -n -r "$T/ref.y4m" -d - --json -o "$T/n.json" >"$T/out" 2>"$T/err"; rc=$?
check "shorter stdin: exit 0 ($rc)" '[ $rc -eq 0 ]'
check "shorter stdin: libvmaf's message" 'grep -qxF "\"-\" ended before \"$T/ref.y4m\"." "$T/err"'
check "-n alone JSON equals SPEC 7.3.5 except the version" 'diff <(sed 2d "$T/n.json") <(sed 2d tests/data/cli/empty_n.json) >/dev/null'
"$VMAF" -n -r "$T/ref.y4m" -d "$T/dis.y4m" --csv -o "$T/n.csv" 2>"$T/err"; rc=$?
check "-n alone CSV is 'Frame,' ($rc)" '[ $rc -eq 0 ] && [ "$(cat "$T/n.csv")" = "Frame," ]'
"$VMAF" -n -r "$T/ref.y4m" -d "$T/dis.y4m" --sub -o "$T/n.sub" 2>"$T/err"; rc=$?
check "-n alone SUB is empty ($rc)" '[ $rc -eq 0 ] && [ -e "$T/n.sub" ] && [ ! -s "$T/n.sub" ]'
"$VMAF" -n -r "$T/ref.y4m" -d "$T/dis.y4m" --json -o - >"$T/stdout.json" 2>"$T/err"; rc=$?
check "-o - writes to stdout ($rc)" '[ $rc -eq 0 ] && diff <(sed 2d "$T/stdout.json") <(sed 2d tests/data/cli/empty_n.json) >/dev/null'
cat $DIS8 | "$VMAF" -n -r $REF8 -d - $RAW --frame_cnt 2 -o "$T/raw.xml" 2>"$T/err"; rc=$?
check "raw .yuv on stdin: exit 0 ($rc)" '[ $rc -eq 0 ] && grep -qF "qualityWidth=\"576\" qualityHeight=\"324\"" "$T/raw.xml"'
"$VMAF" -n -q -r "$T/ref.y4m" -d "$T/dis.y4m" 2>"$T/err"; rc=$?
check "no -o: no file, exit 0 ($rc)" '[ $rc -eq 0 ]'

# ---- --feature through the real extractors, once they are compiled in
"$VMAF" -n --feature vif -r "$T/ref.y4m" -d "$T/dis.y4m" --json -o "$T/vif.json" 2>"$T/err"; rc=$?
if grep -qF "not available in this build" "$T/err"; then
  skip "extractor vif not in this build yet (tests/test_cli_golden.c compares the tool with the goldens once it is)"
else
  check "--feature vif on y4m input ($rc)" '[ $rc -eq 0 ] && grep -qF "\"integer_vif_scale0\":" "$T/vif.json"'
fi

echo "$P passed, $F failed, $S skipped"
[ $F -eq 0 ]
