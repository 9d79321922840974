/* tests/fuzz/fuzz_model.c - libFuzzer harness: vmaf_model.h's model loader.
   First byte (mode):
     bit 0 = 0: the rest is model JSON for vmaf_model_parse (not NUL-terminated);
     bit 0 = 1: the rest is `--model` option text for vmaf_model_open (texts naming path= are
                skipped: they would read arbitrary files of this machine);
     bit 1: VMAF_MODEL_ENABLE_TRANSFORM, bit 2: VMAF_MODEL_DISABLE_CLIP, bit 3: name "m".
   Invariants (abort() when broken): the result is VMAF_OK with a model, or a documented error
   code with *out == NULL and, except for out-of-memory, a log message; a loaded model answers
   every query and predicts (features from the input bytes, also NaN/inf) without trouble.
   Build: `make fuzz` (clang -fsanitize=fuzzer,address,undefined); replay: tests/test_fuzz.sh. */
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_model.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
    int n;
} fz_log;

static void fz_logfn(void *user, int level, const char *msg)
{
    (void)level;
    if (msg && msg[0]) ((fz_log *)user)->n++;
}

static void fz_fail(const char *what, int err)
{
    fprintf(stderr, "fuzz_model: invariant broken: %s (%d %s)\n", what, err, vmaf_result_string(err));
    abort();
}

static void fz_exercise(VmafModelFile *m, const uint8_t *data, size_t size)
{
    double feat[80], out[300];
    unsigned i, nf = vmaf_model_feature_count(m), no = vmaf_model_output_count(m);
    const char *prov, *opts;
    if (nf > 64 || no > 300) fz_fail("feature or output count beyond the documented limits", (int)nf);
    if (!vmaf_model_name(m) || !vmaf_model_label(m)) fz_fail("NULL name or label", 0);
    (void)vmaf_model_collection_size(m);
    for (i = 0; i < nf; i++) {
        if (vmaf_model_feature(m, i, &prov, &opts) || !prov || !opts) fz_fail("feature() failed", (int)i);
        (void)strlen(prov);
        (void)strlen(opts);
    }
    if (vmaf_model_feature(m, nf, &prov, &opts) != VMAF_ERR_INVALID_ARGUMENT) fz_fail("feature(count) accepted", 0);
    for (i = 0; i < no; i++)
        if (!vmaf_model_output_name(m, i)) fz_fail("NULL output name", (int)i);
    if (vmaf_model_output_name(m, no)) fz_fail("output_name(count) not NULL", 0);
    for (i = 0; i < nf; i++) {
        unsigned char b = size ? data[i % size] : 0;
        feat[i] = b == 255 ? NAN : b == 254 ? INFINITY : b == 253 ? -1e300 : (double)b / 32.0;
    }
    if (vmaf_model_predict(m, feat, out)) fz_fail("predict failed", 0);
    if (vmaf_model_overload(m, "vif", "vif_enhn_gain_limit", "1.0") && vmaf_model_overload(m, "vif", "x", "1"))
        fz_fail("overload failed", 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    VmafModelOptions opt;
    VmafModelFile *m = (VmafModelFile *)&opt; /* must be overwritten with NULL on error */
    fz_log lg;
    unsigned mode;
    int err;
    if (size < 1) return 0;
    mode = data[0];
    data++;
    size--;
    memset(&opt, 0, sizeof opt);
    memset(&lg, 0, sizeof lg);
    opt.flags = ((mode & 2) ? (unsigned)VMAF_MODEL_ENABLE_TRANSFORM : 0u) | ((mode & 4) ? (unsigned)VMAF_MODEL_DISABLE_CLIP : 0u);
    opt.name = (mode & 8) ? "m" : NULL;
    opt.log = fz_logfn;
    opt.log_user = &lg;
    if (mode & 1) {
        char *text = (char *)malloc(size + 1);
        if (!text) return 0;
        if (size) memcpy(text, data, size);
        text[size] = 0;
        if (strstr(text, "path")) { free(text); return 0; }
        err = vmaf_model_open(&m, text, &opt);
        free(text);
        if (err && err != VMAF_ERR_INVALID_ARGUMENT && err != VMAF_ERR_TOO_LARGE && err != VMAF_ERR_PARSE &&
            err != VMAF_ERR_UNSUPPORTED && err != VMAF_ERR_OUT_OF_MEMORY && err != VMAF_ERR_NOT_FOUND)
            fz_fail("vmaf_model_open returned an undocumented code", err);
    } else {
        /* an exact-size copy: no NUL after the text, so an over-read is an ASan report */
        char *json = (char *)malloc(size ? size : 1);
        if (!json) return 0;
        if (size) memcpy(json, data, size);
        err = vmaf_model_parse(&m, json, size, &opt);
        free(json);
        if (err && err != VMAF_ERR_INVALID_ARGUMENT && err != VMAF_ERR_TOO_LARGE && err != VMAF_ERR_PARSE &&
            err != VMAF_ERR_UNSUPPORTED && err != VMAF_ERR_OUT_OF_MEMORY)
            fz_fail("vmaf_model_parse returned an undocumented code", err);
    }
    if (err) {
        if (m) fz_fail("*out not NULL after an error", err);
        if (err != VMAF_ERR_OUT_OF_MEMORY && lg.n == 0) fz_fail("error without a log message", err);
        return 0;
    }
    if (!m) fz_fail("VMAF_OK without a model", 0);
    fz_exercise(m, data, size);
    vmaf_model_free(m);
    return 0;
}
