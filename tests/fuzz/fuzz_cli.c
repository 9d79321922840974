/* tests/fuzz/fuzz_cli.c - libFuzzer harness: the vmaf tool's option parsers (examples/vmaf_cli.h)
   and what they feed: the extractors' create() through the VmafExtractor tables, and model
   feature overloads through vmaf_model.h's pipeline.
   Input: byte 0 = mode, bytes 1..4 = geometry (width, height, bpc, layout + cpumask, each an
   index into a table of small, boundary and out-of-range values), then option text up to the
   first NUL, then sample bytes for the frames (cycled; 16-bit samples may exceed the bit depth
   when mode bit 2 is set, else they are masked to it).
     mode % 3 == 0: --feature text -> vmaf_cli__parse_feature; a known extractor is created with
                    the parsed options (mode bit 3 picks the libvmaf 3.0 motion table), asked
                    for every key, fed 2 frames (temporal ones 3) and flushed;
     mode % 3 == 1: --model text -> vmaf_cli__parse_model; the named built-in model (or the
                    default one) gets the overloads and runs 2 frames in a pipeline;
     mode % 3 == 2: a whole command line (arguments separated by '\n') -> vmaf_cli_parse.
   Invariants (abort() when broken): parsers return 0 or the usage status, create() returns 0
   or a documented code (and leaves *state NULL), push/flush of a created state succeed on valid
   frames, keys are NUL-terminated within their buffer. Usage text goes to stderr: run with
   -close_fd_mask=2 (make fuzz does). */
#define VMAF_VIF_IMPLEMENTATION
#define VMAF_ADM_IMPLEMENTATION
#define VMAF_MOTION_IMPLEMENTATION
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_vif.h"
#include "vmaf_adm.h"
#include "vmaf_motion.h"
#include "vmaf_model.h"
#include "examples/vmaf_cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fz_fail(const char *what, int code)
{
    fprintf(stderr, "fuzz_cli: invariant broken: %s (%d %s)\n", what, code, vmaf_result_string(code));
    abort();
}

static void fz_emit(void *user, unsigned index, const char *key, double value)
{
    (void)value;
    (void)index;
    if (!key || !key[0]) fz_fail("empty key emitted", 0);
    ++*(unsigned *)user;
}

static void fz_quiet(void *user, int level, const char *msg)
{
    (void)user;
    (void)level;
    if (!msg || !msg[0]) fz_fail("empty log message", 0);
}

typedef struct {
    unsigned w, h, bpc, cpumask;
    VmafLayout layout;
    const uint8_t *samples;
    size_t nsamples;
    int raw16; /* samples may exceed the bit depth */
} fz_geo;

/* Frame buffers: Y, U, V planes with a padded stride, filled from the input bytes. */
static unsigned char *fz_frame(const fz_geo *g, VmafFrame *f, unsigned salt)
{
    size_t bps = g->bpc > 8 ? 2 : 1, total = 0, off[3], k, n;
    unsigned char *buf;
    int p;
    memset(f, 0, sizeof *f);
    f->w = g->w;
    f->h = g->h;
    f->bpc = g->bpc;
    f->layout = g->layout;
    for (p = 0; p < 3; p++) {
        VmafPlane pl;
        f->stride[p] = (ptrdiff_t)((g->w + 3) * bps);
        pl = vmaf_frame_plane(f, p);
        off[p] = total;
        total += (size_t)f->stride[p] * (pl.h ? pl.h : 1);
    }
    buf = (unsigned char *)malloc(total);
    if (!buf) return NULL;
    n = total / bps;
    for (k = 0; k < n; k++) {
        unsigned v = g->nsamples ? g->samples[(k + salt) % g->nsamples] : (unsigned)(k * 7 + salt);
        if (bps == 1) {
            buf[k] = (unsigned char)v;
        } else {
            uint16_t s;
            v = v * 257u + (unsigned)(k & 255);
            if (!g->raw16 && g->bpc < 16) v &= (1u << g->bpc) - 1;
            s = (uint16_t)v;
            memcpy(buf + 2 * k, &s, 2);
        }
    }
    for (p = 0; p < 3; p++) f->data[p] = buf + off[p];
    return buf;
}

static int fz_create_ok(int err)
{
    return err == VMAF_ERR_BAD_OPTION || err == VMAF_ERR_PARSE || err == VMAF_ERR_TOO_SMALL || err == VMAF_ERR_TOO_LARGE ||
           err == VMAF_ERR_BAD_BPC || err == VMAF_ERR_INVALID_ARGUMENT || err == VMAF_ERR_UNSUPPORTED ||
           err == VMAF_ERR_OUT_OF_MEMORY;
}

/* Runs extractor x with `options` on 3 frames of geometry g. */
static void fz_extractor(const VmafExtractor *x, const char *options, const fz_geo *g)
{
    VmafExtractorArgs a;
    void *st = (void *)&a;
    VmafFrame fr, fd;
    unsigned char *br, *bd;
    unsigned i, emitted = 0;
    const char *const *p;
    int err;
    memset(&a, 0, sizeof a);
    a.w = g->w;
    a.h = g->h;
    a.bpc = g->bpc;
    a.layout = g->layout;
    a.options = options;
    a.cpumask = g->cpumask;
    a.log = fz_quiet;
    err = x->create(&st, &a);
    if (err) {
        if (!fz_create_ok(err)) fz_fail("create: undocumented code", err);
        if (st) fz_fail("create: state not NULL after an error", err);
        return;
    }
    for (p = x->provided; *p; p++) {
        char key[300];
        memset(key, 'x', sizeof key);
        if (x->key(st, *p, key, 257)) fz_fail("key() of a provided feature failed", 0);
        if (!memchr(key, 0, 257)) fz_fail("key not terminated", 0);
    }
    br = fz_frame(g, &fr, 0);
    bd = fz_frame(g, &fd, 11);
    if (br && bd) {
        unsigned nframes = x->flush ? 3u : 2u; /* temporal tables see a third frame */
        for (i = 0; i < nframes; i++) {
            err = x->push(st, &fr, &fd, i, fz_emit, &emitted);
            if (err) fz_fail("push of a valid frame failed", err);
            fr.data[0] = (const unsigned char *)fr.data[0] + (i & 1); /* vary the content */
            if (g->bpc > 8) fr.data[0] = br; /* keep 16-bit planes aligned */
        }
        if (x->flush && (err = x->flush(st, fz_emit, &emitted)) != 0) fz_fail("flush failed", err);
        if (x->flush && (err = x->flush(st, fz_emit, &emitted)) != 0) fz_fail("second flush failed", err);
        if (!emitted) fz_fail("no value emitted", 0);
    }
    free(br);
    free(bd);
    x->destroy(st);
}

static void fz_model(const VmafCliModel *cm, const fz_geo *g)
{
    VmafModelFile *m = NULL;
    VmafModelPipeline *p = NULL;
    const char *version;
    VmafModelPipelineConfig pc;
    VmafModelOptions o;
    VmafFrame fr, fd;
    unsigned char *br = NULL, *bd = NULL;
    unsigned i, emitted = 0;
    int err;
    memset(&o, 0, sizeof o);
    o.name = cm->name;
    o.log = fz_quiet;
    o.flags = (cm->enable_transform ? (unsigned)VMAF_MODEL_ENABLE_TRANSFORM : 0u) | (cm->disable_clip ? (unsigned)VMAF_MODEL_DISABLE_CLIP : 0u);
    version = cm->version ? cm->version : "vmaf_v0.6.1";
    /* the 20-member collections cost ~100 ms each under ASan: their single-model twins take the
       same overloads (fuzz_model.c covers the collections themselves) */
    if (!strcmp(version, "vmaf_b_v0.6.3")) version = "vmaf_v0.6.1";
    if (!strcmp(version, "vmaf_float_b_v0.6.3")) version = "vmaf_float_v0.6.1";
    err = vmaf_model_builtin(&m, version, &o);
    if (err == VMAF_ERR_NOT_FOUND || err == VMAF_ERR_INVALID_ARGUMENT) return;
    if (err) fz_fail("built-in model", err);
    for (i = 0; i < cm->n_overload; i++) {
        err = vmaf_model_overload(m, cm->overload[i].extractor, cm->overload[i].option, cm->overload[i].value);
        if (err && err != VMAF_ERR_INVALID_ARGUMENT && err != VMAF_ERR_TOO_LARGE) fz_fail("overload", err);
    }
    memset(&pc, 0, sizeof pc);
    pc.w = g->w;
    pc.h = g->h;
    pc.bpc = g->bpc;
    pc.layout = g->layout;
    pc.cpumask = g->cpumask;
    pc.emit = fz_emit;
    pc.emit_user = &emitted;
    pc.log = fz_quiet;
    err = vmaf_model_pipeline_create(&p, &pc);
    if (err) goto done;
    if (vmaf_model_pipeline_register_known(p) < 0) fz_fail("register_known", 0);
    err = vmaf_model_pipeline_add_model(p, m);
    if (err) {
        if (!fz_create_ok(err) && err != VMAF_ERR_NOT_FOUND) fz_fail("add_model: undocumented code", err);
        goto done;
    }
    br = fz_frame(g, &fr, 0);
    bd = fz_frame(g, &fd, 5);
    if (!br || !bd) goto done;
    for (i = 0; i < 2; i++)
        if ((err = vmaf_model_pipeline_push(p, &fr, &fd)) != 0) fz_fail("pipeline push", err);
    if ((err = vmaf_model_pipeline_flush(p)) != 0) fz_fail("pipeline flush", err);
    if (!emitted) fz_fail("pipeline emitted nothing", 0);
done:
    free(br);
    free(bd);
    vmaf_model_pipeline_destroy(p);
    vmaf_model_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const unsigned dims[16] = {0, 1, 2, 3, 8, 15, 16, 17, 32, 33, 40, 48, 57, 64, 32769, 100000};
    static const unsigned bpcs[8] = {8, 10, 12, 16, 9, 0, 17, 7};
    static const unsigned masks[4] = {0, 16, 24, ~0u};
    static const VmafLayout layouts[4] = {VMAF_LAYOUT_420, VMAF_LAYOUT_444, VMAF_LAYOUT_422, VMAF_LAYOUT_400};
    fz_geo g;
    const uint8_t *nul;
    char *text;
    size_t tlen;
    unsigned mode;
    if (size < 5) return 0;
    mode = data[0];
    memset(&g, 0, sizeof g);
    g.w = dims[data[1] & 15];
    g.h = dims[data[2] & 15];
    g.bpc = bpcs[data[3] & 7];
    g.layout = layouts[data[4] & 3];
    g.cpumask = masks[(data[4] >> 2) & 3];
    g.raw16 = (mode & 4) != 0;
    data += 5;
    size -= 5;
    if ((unsigned long long)g.w * g.h > 2304 && g.w <= 32768 && g.h <= 32768) return 0; /* keep runs fast */
    nul = (const uint8_t *)memchr(data, 0, size);
    tlen = nul ? (size_t)(nul - data) : size;
    g.samples = nul ? nul + 1 : NULL;
    g.nsamples = nul ? size - tlen - 1 : 0;
    text = (char *)malloc(tlen + 1);
    if (!text) return 0;
    memcpy(text, data, tlen);
    text[tlen] = 0;
    if (mode % 3 == 0) {
        VmafCliFeature f;
        int r = vmaf_cli__parse_feature("vmaf", text, &f);
        if (r != 0 && r != VMAF_CLI_EXIT_USAGE) fz_fail("parse_feature status", r);
        if (!r) {
            static VmafCliGetter const getters[7] = {vmaf_vif_extractor, vmaf_adm_extractor, vmaf_motion_extractor,
                                                     vmaf_vif_float_extractor, vmaf_adm_float_extractor,
                                                     vmaf_motion_float_extractor, vmaf_motion_v30_extractor};
            int k;
            if (!f.name || !f.options) fz_fail("parse_feature: NULL result", 0);
            for (k = 0; k < 7; k++) {
                const VmafExtractor *x = getters[k]();
                if (strcmp(x->name, f.name)) continue;
                if (!strcmp(f.name, "motion") && ((mode & 8) != 0) != (k == 6)) continue;
                fz_extractor(x, f.options, &g);
                break;
            }
            free(f.name);
            free(f.options);
        } else if (f.name || f.options) {
            fz_fail("parse_feature: result left after an error", r);
        }
    } else if (mode % 3 == 1) {
        VmafCliSettings s;
        int r;
        memset(&s, 0, sizeof s);
        s.n_models = 1;
        r = vmaf_cli__parse_model("vmaf", text, &s.models[0]);
        if (r != 0 && r != VMAF_CLI_EXIT_USAGE) fz_fail("parse_model status", r);
        if (!r) fz_model(&s.models[0], &g);
        vmaf_cli__free_settings(&s);
    } else {
        char *argv[40];
        int argc = 1, r;
        char *p = text;
        VmafCliSettings s;
        VmafCliEnv env;
        memset(&env, 0, sizeof env);
        argv[0] = (char *)"vmaf";
        while (argc < 39) {
            char *nl = strchr(p, '\n');
            argv[argc++] = p;
            if (!nl) break;
            *nl = 0;
            p = nl + 1;
        }
        argv[argc] = NULL;
        r = vmaf_cli_parse(&s, &env, argc, argv);
        if (r != 0 && r != VMAF_CLI_EXIT_USAGE && r != -1) fz_fail("vmaf_cli_parse status", r);
        vmaf_cli__free_settings(&s);
    }
    free(text);
    return 0;
}
