#!/usr/bin/env bash
# vmaf_model.h: the built-in model data must be what tools/gen_builtin_models.py generates from
# tests/data/models/*.json (the generator also checks that decoding gives back each JSON), and
# the header must build and work without it (VMAF_MODEL_NO_BUILTIN) and without stdio.
set -u
cd "$(dirname "$0")/.."
P=0; F=0; S=0
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
if ! command -v python3 >/dev/null; then
  echo "skip: python3 not installed"; S=$((S+1))
else
  if python3 tools/gen_builtin_models.py --check; then P=$((P+1)); else F=$((F+1)); echo "FAIL built-in model data out of date"; fi
fi
CC=${CC:-cc}
cat > "$T/nb.c" <<'C'
#define VMAF_MODEL_IMPLEMENTATION
#define VMAF_MODEL_NO_BUILTIN
#define VMAF_NO_STDIO
#include "vmaf_model.h"
int main(void)
{
    VmafModelFile *m = 0;
    const char *j = "{\"model_dict\": {\"norm_type\": \"none\", \"feature_names\": [\"a\"], \"model\": "
                    "\"svm_type nu_svr\\nkernel_type rbf\\ngamma 1\\nnr_class 2\\ntotal_sv 1\\nrho 0\\nSV\\n1 1:0\\n\"}}";
    double x = 0, y = -1;
    if (vmaf_model_builtin_name(0) != 0) return 1;
    if (vmaf_model_builtin(&m, "vmaf_v0.6.1", 0) != VMAF_ERR_NOT_FOUND) return 2;
    if (vmaf_model_open(&m, "path=x.json", 0) != VMAF_ERR_UNSUPPORTED) return 3;
    if (vmaf_model_read(&m, "x.json", 0) != VMAF_ERR_UNSUPPORTED) return 6;
    if (vmaf_model_parse(&m, j, strlen(j), 0) != 0) return 4;
    vmaf_model_predict(m, &x, &y);
    vmaf_model_free(m);
    return y == 1.0 ? 0 : 5;
}
C
if $CC -std=c99 -Wall -Wextra -Werror -pedantic -I. "$T/nb.c" -o "$T/nb" -lm 2>"$T/e" && "$T/nb"; then P=$((P+1)); else F=$((F+1)); echo "FAIL VMAF_MODEL_NO_BUILTIN + VMAF_NO_STDIO build (exit $?)"; head -20 "$T/e"; fi
echo "$P passed, $F failed, $S skipped"
[ $F -eq 0 ]
