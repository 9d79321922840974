#!/usr/bin/env bash
# Runs every test program and shell test given on the command line, sums their
# "N passed, N failed, N skipped" lines and prints the total as the last line.
# A program that crashes, exits non-zero or prints no summary line counts as one failure.
set -u
P=0; F=0; S=0
for t in "$@"; do
    log=$(mktemp)
    if [[ "$t" == *.sh ]]; then bash "$t" >"$log" 2>&1; rc=$?; else "$t" >"$log" 2>&1; rc=$?; fi
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        echo "== $t: no summary line (exit $rc)"; tail -n 30 "$log"; F=$((F+1)); rm -f "$log"; continue
    fi
    p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    s=0; [[ "$line" == *skipped* ]] && s=$(echo "$line" | sed -E 's/.* ([0-9]+) skipped/\1/')
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    P=$((P+p)); F=$((F+f)); S=$((S+s))
    if [ "$f" -ne 0 ]; then echo "== $t: $line (exit $rc)"; grep -E '^(FAIL|skip)|rror|Sanitizer' "$log" | head -n 40
    else echo "== $t: $line"; grep -E '^skip' "$log" | sort | uniq | head -n 10; fi
    rm -f "$log"
done
echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
