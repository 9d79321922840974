#!/usr/bin/env bash
# Runs every test program and shell test given on the command line, sums their
# "N passed, N failed, N skipped" lines and prints the total as the last line.
# A program that crashes, exits non-zero or prints no summary line counts as one failure.
# TEST_JOBS (default: the number of CPUs) tests run at once; each writes to its own log and
# temporary directory, and the reports are printed in command-line order.
set -u
P=0; F=0; S=0
J=${TEST_JOBS:-$(nproc 2>/dev/null || echo 1)}
[ "$J" -ge 1 ] 2>/dev/null || J=1
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
n=0
for t in "$@"; do
    while [ "$(jobs -rp | wc -l)" -ge "$J" ]; do wait -n 2>/dev/null || true; done
    (
        if [[ "$t" == *.sh ]]; then bash "$t" >"$D/$n.log" 2>&1; else "$t" >"$D/$n.log" 2>&1; fi
        echo $? >"$D/$n.rc"
    ) &
    n=$((n+1))
done
wait
n=0
for t in "$@"; do
    log="$D/$n.log"; rc=$(cat "$D/$n.rc" 2>/dev/null || echo 1); n=$((n+1))
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        echo "== $t: no summary line (exit $rc)"; tail -n 30 "$log"; F=$((F+1)); continue
    fi
    p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    s=0; [[ "$line" == *skipped* ]] && s=$(echo "$line" | sed -E 's/.* ([0-9]+) skipped/\1/')
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    P=$((P+p)); F=$((F+f)); S=$((S+s))
    if [ "$f" -ne 0 ]; then echo "== $t: $line (exit $rc)"; grep -E '^(FAIL|skip)|rror|Sanitizer' "$log" | head -n 40
    else echo "== $t: $line"; grep -E '^skip' "$log" | sort | uniq | head -n 10; fi
done
echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
