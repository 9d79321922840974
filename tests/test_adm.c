/* tests/test_adm.c - vmaf_adm.h against libvmaf 3.2.0 goldens, plus API, error and robustness
   checks.
   - integer ADM ("adm"): every per-frame value of every debug_int, neg and opt_adm_* golden on
     every pair that has them must be bit-identical (17 significant digits);
   - float ADM ("float_adm"): every per-frame value of debug_float and opt_float_adm_* goldens
     within 1e-6 absolute; the number of bit-identical values is printed;
   All golden runs go through the VmafExtractor tables (options parsed from INDEX.tsv, keys,
   emission order); the direct API is cross-checked against them. */
#define VMAF_ADM_IMPLEMENTATION
#include "vmaf_adm.h"
#include "tests/harness.h"
#include <pthread.h>
#include <time.h>

/* ------------------------------------------------------------------ golden runs */
typedef struct {
    unsigned index;
    char key[256];
    double value;
} Emitted;

typedef struct {
    Emitted *v;
    int n, cap;
} EmitList;

static void collect(void *user, unsigned index, const char *key, double value)
{
    EmitList *l = (EmitList *)user;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 256;
        l->v = (Emitted *)realloc(l->v, sizeof(Emitted) * (size_t)l->cap);
    }
    l->v[l->n].index = index;
    snprintf(l->v[l->n].key, sizeof l->v[l->n].key, "%s", key);
    l->v[l->n].value = value;
    l->n++;
}

/* Extracts the option text of `--feature <name>=...` from CLI arguments, or "" . */
static void feature_options(const char *args, const char *name, char *out, size_t n)
{
    char pat[64];
    const char *p;
    size_t k = 0;
    out[0] = 0;
    snprintf(pat, sizeof pat, "--feature %s=", name);
    p = strstr(args, pat);
    if (!p) return;
    p += strlen(pat);
    while (*p && *p != ' ' && k + 1 < n) out[k++] = *p++;
    out[k] = 0;
}

static int is_adm_name(const char *name, int is_float)
{
    if (is_float) return !strncmp(name, "adm", 3) || !strncmp(name, "aim", 3);
    return !strncmp(name, "integer_adm", 11) || !strncmp(name, "integer_aim", 11);
}

/* Float ADM divides through x86's approximate reciprocal (rcpss + one Newton step), like
   libvmaf, and rcpss is a vendor table: the float goldens are tests/data/golden on Intel's table
   and tests/data/golden-amd on AMD's (th_rcp_kind() in tests/harness.h), compared as everywhere
   else. Non-x86 builds (and VMAF_ADM_FLOAT_TRUE_DIVISION) divide exactly, as libvmaf does there,
   and no golden exists for that: they are compared with the Intel goldens, the debug num/den
   outputs to a relative 5e-7 (measured: <= 1.9e-7 relative), the scores to 1e-6 absolute. */
static int rcp_kind;
static int exact_reciprocal;

/* per golden family: debug_int, neg, opt_adm_*, debug_float, opt_float_adm_* */
static const char *const fam_names[5] = {"debug_int", "neg", "opt_adm_*", "debug_float", "opt_float_adm_*"};
static long fam_values[5], fam_exact[5];
static int fam_runs[5];
static int family(const char *golden)
{
    if (!strcmp(golden, "debug_int")) return 0;
    if (!strcmp(golden, "neg")) return 1;
    if (!strncmp(golden, "opt_adm_", 8)) return 2;
    if (!strcmp(golden, "debug_float")) return 3;
    return 4;
}

static struct {
    long int_values, int_exact;
    long float_values, float_exact;
    double float_maxdiff;
    int int_goldens, float_goldens;
} stats;

/* Runs one golden through the extractor table and compares every value. */
static void run_golden(const char *pair, const char *golden, const char *args, int is_float)
{
    th_pair p;
    th_golden *g;
    char opts[512], wanted[4096], status[256];
    const VmafExtractor *ex = is_float ? vmaf_adm_float_extractor() : vmaf_adm_extractor();
    VmafExtractorArgs a;
    EmitList l;
    void *st = NULL;
    unsigned f;
    int err, i, k;
    if (!th_pair_by_name(pair, &p)) { th_skip("pair missing from MANIFEST"); return; }
    g = is_float && rcp_kind == TH_RCP_AMD ? th_golden_load_cpu(pair, golden, rcp_kind, NULL) : th_golden_load(pair, golden);
    if (!g) { th_skip(golden); return; }
    CHECK(th_golden_args(pair, golden, wanted, sizeof wanted, status, sizeof status) && !strcmp(wanted, args),
          "%s/%s: INDEX lookup", pair, golden);
    feature_options(args, is_float ? "float_adm" : "adm", opts, sizeof opts);
    if (strstr(args, "version=vmaf_v0.6.1neg")) snprintf(opts, sizeof opts, "adm_enhn_gain_limit=1.0");
    memset(&a, 0, sizeof a);
    memset(&l, 0, sizeof l);
    a.w = p.w;
    a.h = p.h;
    a.bpc = p.bpc;
    a.layout = p.layout == 444 ? VMAF_LAYOUT_444 : p.layout == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420;
    a.options = opts;
    err = ex->create(&st, &a);
    if (!CHECK(err == 0, "%s/%s: create(%s) = %d", pair, golden, opts, err)) { th_golden_free(g); return; }
    CHECK(g->nframes == (int)p.frames, "%s/%s: %d golden frames", pair, golden, g->nframes);
    for (f = 0; f < p.frames && (int)f < g->nframes; f++) {
        unsigned char *r = (unsigned char *)th_read_frame(&p, 0, f), *d = (unsigned char *)th_read_frame(&p, 1, f);
        VmafFrame fr, fd;
        int first = l.n, ngold = 0, pos = 0;
        if (!CHECK(r && d, "%s frame %u readable", pair, f)) { free(r); free(d); break; }
        memset(&fr, 0, sizeof fr);
        fr.w = p.w;
        fr.h = p.h;
        fr.bpc = p.bpc;
        fr.layout = a.layout;
        fd = fr;
        fr.data[0] = r;
        fd.data[0] = d;
        fr.stride[0] = fd.stride[0] = (ptrdiff_t)p.w * (p.bpc > 8 ? 2 : 1);
        err = ex->push(st, &fr, &fd, f, collect, &l);
        CHECK(err == 0, "%s/%s frame %u: push = %d", pair, golden, f, err);
        /* every emitted value exists in the golden, in the same relative order */
        for (k = 0; k < g->frames[f].n; k++) {
            const th_kv *kv = &g->frames[f].kv[k];
            if (!is_adm_name(kv->name, is_float)) continue;
            ngold++;
            if (first + pos < l.n)
                CHECK(!strcmp(vmaf_name_alias(l.v[first + pos].key), kv->name), "%s/%s frame %u: output %d is %s, golden has %s",
                      pair, golden, f, pos, vmaf_name_alias(l.v[first + pos].key), kv->name);
            pos++;
        }
        CHECK(ngold == l.n - first, "%s/%s frame %u: %d values emitted, golden has %d", pair, golden, f, l.n - first, ngold);
        for (i = first; i < l.n; i++) {
            double gv = 0;
            const char *name = vmaf_name_alias(l.v[i].key);
            CHECK(l.v[i].index == f, "emit index");
            if (!CHECK(th_golden_get(g, (int)f, name, &gv), "%s/%s frame %u: %s not in golden", pair, golden, f, name))
                continue;
            fam_values[family(golden)]++;
            if (l.v[i].value == gv) fam_exact[family(golden)]++;
            if (is_float) {
                double dd = fabs(l.v[i].value - gv);
                stats.float_values++;
                if (l.v[i].value == gv) stats.float_exact++;
                if (dd > stats.float_maxdiff) stats.float_maxdiff = dd;
                if (exact_reciprocal || (strncmp(name, "adm_num", 7) && strncmp(name, "adm_den", 7)))
                    CHECK_NEAR(l.v[i].value, gv, 1e-6, "%s/%s frame %u %s: %.17g vs golden %.17g", pair, golden, f, name, l.v[i].value, gv);
                else
                    CHECK_NEAR(l.v[i].value, gv, 5e-7 * fabs(gv), "%s/%s frame %u %s: %.17g vs golden %.17g", pair, golden, f, name, l.v[i].value, gv);
            } else {
                stats.int_values++;
                if (l.v[i].value == gv) stats.int_exact++;
                CHECK_EQ_DBL(l.v[i].value, gv, "%s/%s frame %u %s: %.17g vs golden %.17g", pair, golden, f, name, l.v[i].value, gv);
            }
        }
        free(r);
        free(d);
        if (f == 0) { /* the table's key() gives the emitted keys; "adm" (float debug) is not provided */
            for (i = first; i < l.n; i++) {
                const char *src = is_float ? vmaf__adm_emit_float[i - first] : vmaf__adm_provided_int[i - first];
                char key[256];
                err = ex->key(st, src, key, sizeof key);
                if (!strcmp(src, "adm")) CHECK(err == VMAF_ERR_NOT_FOUND, "key(adm) is not provided");
                else CHECK(err == 0 && !strcmp(key, l.v[i].key), "%s/%s: key(%s) = %s, emitted %s", pair, golden, src, key, l.v[i].key);
            }
        }
    }
    /* pooled mean of adm2 (libvmaf: sum of the per-frame values in frame order / n) */
    {
        double pm, sum = 0;
        int n = 0;
        const char *k2 = l.n ? l.v[0].key : "";
        for (i = 0; i < l.n; i++)
            if (!strcmp(l.v[i].key, k2)) { sum += l.v[i].value; n++; }
        if (n && th_golden_pooled(g, vmaf_name_alias(k2), 2, &pm))
            CHECK_NEAR(sum / n, pm, is_float ? 1e-6 : 1e-15, "%s/%s pooled mean of %s", pair, golden, vmaf_name_alias(k2));
    }
    fam_runs[family(golden)]++;
    if (is_float) stats.float_goldens++;
    else stats.int_goldens++;
    ex->destroy(st);
    free(l.v);
    th_golden_free(g);
}

static void test_goldens(void)
{
    char line[2048], pair[128], golden[256], status[128], args[1536];
    int i;
    FILE *f = fopen(TH_DATA "/golden/INDEX.tsv", "r");
    if (!f) { th_skip("no golden INDEX.tsv"); return; }
    rcp_kind = th_rcp_kind();
    exact_reciprocal = rcp_kind != TH_RCP_OTHER;
    printf("float ADM reference: %s\n", rcp_kind == TH_RCP_INTEL ? "tests/data/golden (Intel rcpss)"
                                   : rcp_kind == TH_RCP_AMD ? "tests/data/golden-amd (AMD rcpss)"
                                                            : "tests/data/golden, num/den to 5e-7 relative (exact division)");
    while (fgets(line, sizeof line, f)) {
        int is_float, is_int;
        args[0] = 0;
        line[strcspn(line, "\n")] = 0;
        if (sscanf(line, "%127[^\t]\t%255[^\t]\t%127[^\t]\t%1535[^\n]", pair, golden, status, args) < 3) continue;
        if (strncmp(status, "ok", 2)) continue;
        is_int = !strcmp(golden, "debug_int") || !strcmp(golden, "neg") || !strncmp(golden, "opt_adm_", 8);
        is_float = !strcmp(golden, "debug_float") || !strncmp(golden, "opt_float_adm_", 14);
        if (!is_int && !is_float) continue;
        /* the AVX-512 (default) and AVX2 results of the non-integer enhancement gain limit
           round where libvmaf's scalar C code truncates; ours reproduces `.scalar` */
        if (!strcmp(golden, "opt_adm_adm_enhn_gain_limit1.05") || !strcmp(golden, "opt_adm_adm_enhn_gain_limit1.05.avx2"))
            continue;
        run_golden(pair, golden, args, is_float);
    }
    fclose(f);
    CHECK(stats.int_goldens >= 36, "integer goldens run: %d", stats.int_goldens);
    CHECK(stats.float_goldens >= 38, "float goldens run: %d", stats.float_goldens);
    for (i = 0; i < 5; i++)
        printf("  %-16s %2d runs: %ld of %ld values bit-identical\n", fam_names[i], fam_runs[i], fam_exact[i], fam_values[i]);
    printf("integer ADM: %d goldens, %ld of %ld values bit-identical\n", stats.int_goldens, stats.int_exact, stats.int_values);
    printf("float ADM: %d goldens, %ld of %ld values bit-identical (max |diff| %.3g)\n", stats.float_goldens,
           stats.float_exact, stats.float_values, stats.float_maxdiff);
}

/* ------------------------------------------------------------------ helpers for synthetic tests */
static uint32_t rng_state = 12345;
static uint32_t rnd(void)
{
    rng_state = rng_state * 1664525u + 1013904223u;
    return rng_state >> 8;
}

/* A w x h plane of bit depth bpc with `pad` extra bytes per row and a tight last row (no slack
   after the last sample, so ASan sees any over-read). Samples: smooth pattern + noise. */
typedef struct {
    unsigned char *buf;
    VmafPlane p;
} TestPlane;

static void plane_alloc(TestPlane *t, unsigned w, unsigned h, unsigned bpc, unsigned pad)
{
    size_t bps = bpc > 8 ? 2 : 1, row = w * bps, stride = row + pad;
    t->buf = (unsigned char *)malloc(stride * (h - 1) + row);
    t->p.data = t->buf;
    t->p.stride = (ptrdiff_t)stride;
    t->p.w = w;
    t->p.h = h;
    t->p.bpc = bpc;
}
static void plane_set(TestPlane *t, unsigned x, unsigned y, unsigned v)
{
    unsigned char *q = t->buf + (size_t)y * (size_t)t->p.stride + (t->p.bpc > 8 ? 2 * x : x);
    if (t->p.bpc > 8) {
        uint16_t s = (uint16_t)v;
        memcpy(q, &s, 2);
    } else {
        *q = (unsigned char)v;
    }
}
/* 8-bit content generator: ref (which = 0) or a distorted version (which = 1). */
static unsigned content(unsigned x, unsigned y, unsigned w, unsigned h, int which, uint32_t seed)
{
    double v = 128 + 60 * sin(x * 0.07 + seed % 7) * cos(y * 0.05) + 40.0 * ((x * 7 + y * 13 + seed) % 29) / 29.0;
    uint32_t n = (x * 2654435761u) ^ (y * 40503u) ^ (seed * 97u);
    n ^= n >> 13;
    n *= 0x5bd1e995u;
    n ^= n >> 15;
    v += (double)(n % 17) - 8;
    if (which) v = v * 0.9 + 12 + (double)((n >> 8) % 9) - 4 + ((x / 8 + y / 8) % 2 ? 6 : -6) * (x < w / 2);
    (void)h;
    return v < 0 ? 0u : v > 255 ? 255u : (unsigned)v;
}
static void fill(TestPlane *t, int which, uint32_t seed, unsigned shift)
{
    unsigned x, y;
    for (y = 0; y < t->p.h; y++)
        for (x = 0; x < t->p.w; x++) plane_set(t, x, y, content(x, y, t->p.w, t->p.h, which, seed) << shift);
}

/* equal values, NaN equal to NaN (a scale whose bands are all zero gives 0/0, as in libvmaf) */
static int same(double a, double b) { return a == b || (isnan(a) && isnan(b)); }
static int scores_equal(const VmafAdmScores *a, const VmafAdmScores *b)
{
    int k, eq = same(a->adm2, b->adm2) && same(a->aim, b->aim) && same(a->adm3, b->adm3) && same(a->num, b->num) &&
                same(a->den, b->den);
    for (k = 0; k < 4; k++)
        eq = eq && same(a->scale[k], b->scale[k]) && same(a->num_scale[k], b->num_scale[k]) &&
             same(a->den_scale[k], b->den_scale[k]);
    return eq;
}
static int scores_finite(const VmafAdmScores *a)
{
    int k, ok = isfinite(a->adm2) && isfinite(a->aim) && isfinite(a->adm3) && isfinite(a->num) && isfinite(a->den);
    for (k = 0; k < 4; k++) ok = ok && isfinite(a->scale[k]) && isfinite(a->num_scale[k]) && isfinite(a->den_scale[k]);
    return ok;
}

static int compute_once(VmafAdmKind kind, const char *opts, const VmafPlane *r, const VmafPlane *d, VmafAdmScores *out)
{
    VmafAdmConfig c;
    VmafAdmState *s = NULL;
    int err;
    vmaf_adm_config_default(&c, kind);
    err = vmaf_adm_config_parse(&c, opts);
    if (!err) err = vmaf_adm_create(&s, r->w, r->h, r->bpc, &c);
    if (!err) err = vmaf_adm_compute(s, r, d, out);
    vmaf_adm_destroy(s);
    return err;
}

/* ------------------------------------------------------------------ constants */
static void test_constants(void)
{
    VmafAdmState *s = NULL;
    VmafAdmConfig c;
    int sc, th, err;
    float cos2 = (float)(cos(1.0 * VMAF__ADM_PI / 180.0) * cos(1.0 * VMAF__ADM_PI / 180.0));
    static const uint32_t irf_expect[4][3] = {{0, 0, 0}, {137373792, 137373792, 61414028},
                                              {186284160, 186284160, 104783920}, {196165808, 196165808, 134487184}};
    CHECK(VMAF__ADM_COS2 == cos2, "cos^2(1 deg) as float: %a vs %a", (double)VMAF__ADM_COS2, (double)cos2);
    CHECK(VMAF__ADM_COS2 == (float)ldexp(0x1ffd814, -25), "cos^2 = 0x1.ffd814p-1");
    /* shipped Watson97 factors equal this libm's run-time values (glibc: SPEC 4.5 table) */
    for (sc = 0; sc < 4; sc++) {
        float f1 = 1.0f / vmaf__adm_watson_q(sc, 1, 3.0, 1080), f2 = 1.0f / vmaf__adm_watson_q(sc, 2, 3.0, 1080);
        CHECK(f1 == vmaf__adm_watson_default[sc][0] && f2 == vmaf__adm_watson_default[sc][1],
              "Watson factors scale %d: %a %a vs shipped %a %a", sc, (double)f1, (double)f2,
              (double)vmaf__adm_watson_default[sc][0], (double)vmaf__adm_watson_default[sc][1]);
    }
    vmaf_adm_config_default(&c, VMAF_ADM_INTEGER);
    err = vmaf_adm_create(&s, 64, 64, 8, &c);
    if (!CHECK(err == 0 && s, "create 64x64")) return;
    CHECK(s->div[32768 + 1] == 1073741824 && s->div[32768 + 32768] == 32768 && s->div[32768 - 3] == -357913941,
          "reciprocal table check values (SPEC 10.3)");
    CHECK(s->irf0[0] == 36453 && s->irf0[1] == 36453 && s->irf0[2] == 49417, "hard-coded scale-0 factors");
    for (sc = 1; sc < 4; sc++)
        for (th = 0; th < 3; th++)
            CHECK(s->irf[sc][th] == irf_expect[sc][th], "Q32 factor scale %d theta %d: %u", sc, th, s->irf[sc][th]);
    vmaf_adm_destroy(s);
    /* same product 3240 with another pair: hard-coded scale-0 values too; other products: computed */
    c.norm_view_dist = 1.5;
    c.ref_display_height = 2160;
    err = vmaf_adm_create(&s, 64, 64, 8, &c);
    CHECK(err == 0 && s->irf0[0] == 36453 && s->irf0[2] == 49417, "1.5 x 2160 uses the hard-coded factors");
    vmaf_adm_destroy(s);
    c.norm_view_dist = 4.0;
    c.ref_display_height = 1080;
    err = vmaf_adm_create(&s, 64, 64, 8, &c);
    CHECK(err == 0 && s->irf0[0] == (uint16_t)((double)s->rf[0][0] * 2097152.0), "4 x 1080 computes the factors");
    vmaf_adm_destroy(s);
}

/* ------------------------------------------------------------------ errors */
static int log_calls;
static char log_last[512];
static void logger(void *user, int level, const char *msg)
{
    (void)user;
    (void)level;
    log_calls++;
    snprintf(log_last, sizeof log_last, "%s", msg);
}

static void test_errors(void)
{
    VmafAdmConfig c, cf;
    VmafAdmState *s = NULL;
    VmafAdmScores sc;
    TestPlane r, d, o;
    VmafExtractorArgs a;
    void *st = (void *)&c;
    int err;
    vmaf_adm_config_default(&c, VMAF_ADM_INTEGER);
    vmaf_adm_config_default(&cf, VMAF_ADM_FLOAT);
    c.log = cf.log = logger;
    CHECK(vmaf_adm_create(NULL, 64, 64, 8, &c) == VMAF_ERR_INVALID_ARGUMENT, "create NULL out");
    CHECK(vmaf_adm_create(&s, 32, 64, 8, &c) == VMAF_ERR_TOO_SMALL && !s, "32 wide is too small");
    CHECK(vmaf_adm_create(&s, 64, 32, 8, &cf) == VMAF_ERR_TOO_SMALL, "32 high is too small (float)");
    CHECK(vmaf_adm_create(&s, 1, 1, 8, &c) == VMAF_ERR_TOO_SMALL, "1x1 is too small");
    CHECK(vmaf_adm_create(&s, 40000, 64, 8, &c) == VMAF_ERR_TOO_LARGE, "40000 wide is too large");
    CHECK(vmaf_adm_create(&s, 64, 64, 7, &c) == VMAF_ERR_BAD_BPC, "bpc 7");
    CHECK(vmaf_adm_create(&s, 64, 64, 17, &cf) == VMAF_ERR_BAD_BPC, "bpc 17");
    CHECK(vmaf_adm_memory_size(32, 64, 8, &c) == 0 && vmaf_adm_memory_size(64, 64, 8, NULL) == 0 &&
          vmaf_adm_memory_size(64, 64, 8, &c) > 0, "memory_size validity");
    /* options */
    CHECK(vmaf_adm_config_parse(&c, "adm_enhn_gain_limit=0.5") == VMAF_ERR_BAD_OPTION, "egl 0.5 out of range");
    CHECK(vmaf_adm_config_parse(&c, "adm_norm_view_dist=30") == VMAF_ERR_BAD_OPTION, "nvd 30 out of range");
    CHECK(vmaf_adm_config_parse(&c, "adm_csf_mode=4") == VMAF_ERR_BAD_OPTION, "integer csf_mode 4");
    CHECK(vmaf_adm_config_parse(&cf, "adm_csf_mode=9") == 0 && cf.csf_mode == 9, "float csf_mode 9 accepted");
    CHECK(vmaf_adm_config_parse(&cf, "adm_csf_mode=10") == VMAF_ERR_BAD_OPTION, "float csf_mode 10");
    CHECK(vmaf_adm_config_parse(&c, "adm_bypass_cm=1") == VMAF_ERR_BAD_OPTION, "float-only option on integer");
    CHECK(vmaf_adm_config_parse(&cf, "adm_skip_aim=true") == VMAF_ERR_BAD_OPTION, "integer-only option on float");
    CHECK(vmaf_adm_config_parse(&cf, "adm_skip_aim_scale=4") == VMAF_ERR_BAD_OPTION, "skip_aim_scale 4");
    CHECK(vmaf_adm_config_parse(&cf, "adm_skip_aim_scale=-1") == VMAF_ERR_BAD_OPTION, "skip_aim_scale -1 (libvmaf: [0,3])");
    CHECK(vmaf_adm_config_parse(&c, "debug=maybe") == VMAF_ERR_BAD_OPTION, "bool option text");
    CHECK(vmaf_adm_config_parse(&c, "debug") == VMAF_ERR_PARSE, "option without value");
    CHECK(vmaf_adm_config_parse(NULL, "debug=true") == VMAF_ERR_INVALID_ARGUMENT, "parse NULL cfg");
    vmaf_adm_config_default(&c, VMAF_ADM_INTEGER);
    vmaf_adm_config_default(&cf, VMAF_ADM_FLOAT);
    c.log = cf.log = logger;
    c.enhn_gain_limit = 0.5;
    CHECK(vmaf_adm_create(&s, 64, 64, 8, &c) == VMAF_ERR_BAD_OPTION, "egl 0.5 set directly");
    c.enhn_gain_limit = 100;
    c.p_norm = 2;
    CHECK(vmaf_adm_create(&s, 64, 64, 8, &c) == VMAF_ERR_BAD_OPTION, "float-only field on integer");
    c.p_norm = 3;
    c.kind = (VmafAdmKind)7;
    CHECK(vmaf_adm_create(&s, 64, 64, 8, &c) == VMAF_ERR_INVALID_ARGUMENT, "bad kind");
    c.kind = VMAF_ADM_INTEGER;
    /* integer: view distance x display height below 3240 is rejected, with a log message */
    log_calls = 0;
    c.norm_view_dist = 1.5;
    CHECK(vmaf_adm_create(&s, 64, 64, 8, &c) == VMAF_ERR_BAD_OPTION && log_calls == 1 && strstr(log_last, "3240"),
          "nvd 1.5 x 1080 rejected (%s)", log_last);
    c.norm_view_dist = 3;
    c.ref_display_height = 720;
    CHECK(vmaf_adm_create(&s, 64, 64, 8, &c) == VMAF_ERR_BAD_OPTION, "rdh 720 rejected");
    c.ref_display_height = 1080;
    cf.norm_view_dist = 1.5;
    CHECK(vmaf_adm_create(&s, 64, 64, 8, &cf) == 0, "float accepts nvd 1.5");
    vmaf_adm_destroy(s);
    s = NULL;
    /* integer CSF modes whose factors overflow the fixed point, or without a blend table */
    c.csf_mode = 1;
    CHECK(vmaf_adm_create(&s, 64, 64, 8, &c) == VMAF_ERR_BAD_OPTION, "integer Barten at default scales rejected");
    c.csf_mode = 2;
    c.ref_display_height = 1440;
    CHECK(vmaf_adm_create(&s, 64, 64, 8, &c) == VMAF_ERR_BAD_OPTION, "blend CSF without table rejected");
    c.ref_display_height = 2160;
    c.norm_view_dist = 1.5;
    CHECK(vmaf_adm_create(&s, 64, 64, 8, &c) == 0, "blend CSF 2160/1.5 accepted");
    vmaf_adm_destroy(s);
    s = NULL;
    vmaf_adm_config_default(&c, VMAF_ADM_INTEGER);
    c.log = logger;
    /* compute errors */
    plane_alloc(&r, 64, 64, 8, 0);
    plane_alloc(&d, 64, 64, 8, 3);
    plane_alloc(&o, 64, 66, 8, 0);
    fill(&r, 0, 1, 0);
    fill(&d, 1, 1, 0);
    fill(&o, 1, 1, 0);
    err = vmaf_adm_create(&s, 64, 64, 8, &c);
    CHECK(err == 0, "create");
    CHECK(vmaf_adm_compute(NULL, &r.p, &d.p, &sc) == VMAF_ERR_INVALID_ARGUMENT, "compute NULL state");
    CHECK(vmaf_adm_compute(s, NULL, &d.p, &sc) == VMAF_ERR_INVALID_ARGUMENT, "compute NULL ref");
    CHECK(vmaf_adm_compute(s, &r.p, &d.p, NULL) == VMAF_ERR_INVALID_ARGUMENT, "compute NULL out");
    CHECK(vmaf_adm_compute(s, &r.p, &o.p, &sc) == VMAF_ERR_MISMATCH, "size mismatch");
    d.p.bpc = 10;
    CHECK(vmaf_adm_compute(s, &r.p, &d.p, &sc) == VMAF_ERR_MISMATCH, "bpc mismatch");
    d.p.bpc = 20;
    CHECK(vmaf_adm_compute(s, &r.p, &d.p, &sc) == VMAF_ERR_BAD_BPC, "bpc 20");
    d.p.bpc = 8;
    d.p.stride = 63;
    CHECK(vmaf_adm_compute(s, &r.p, &d.p, &sc) == VMAF_ERR_BAD_STRIDE, "stride < row");
    d.p.stride = -64;
    CHECK(vmaf_adm_compute(s, &r.p, &d.p, &sc) == VMAF_ERR_BAD_STRIDE, "negative stride");
    d.p.stride = 67;
    d.p.data = NULL;
    CHECK(vmaf_adm_compute(s, &r.p, &d.p, &sc) == VMAF_ERR_INVALID_ARGUMENT, "NULL data");
    d.p.data = d.buf;
    CHECK(vmaf_adm_compute(s, &r.p, &d.p, &sc) == 0 && scores_finite(&sc), "valid compute after errors");
    vmaf_adm_destroy(s);
    vmaf_adm_destroy(NULL);
    /* create_in */
    {
        size_t need = vmaf_adm_memory_size(64, 64, 8, &c);
        unsigned char *mem = (unsigned char *)malloc(need + 1);
        VmafAdmScores s2;
        CHECK(vmaf_adm_create_in(&s, mem + 1, need - 1, 64, 64, 8, &c) == VMAF_ERR_INVALID_ARGUMENT, "create_in too small");
        CHECK(vmaf_adm_create_in(&s, NULL, need, 64, 64, 8, &c) == VMAF_ERR_INVALID_ARGUMENT, "create_in NULL");
        CHECK(vmaf_adm_create_in(&s, mem + 1, need, 64, 64, 8, &c) == 0, "create_in at an odd address");
        CHECK(vmaf_adm_compute(s, &r.p, &d.p, &s2) == 0 && scores_equal(&sc, &s2), "create_in state gives the same scores");
        vmaf_adm_destroy(s); /* frees nothing */
        free(mem);
    }
    /* extractor create errors */
    memset(&a, 0, sizeof a);
    a.w = 64;
    a.h = 64;
    a.bpc = 8;
    a.options = "adm_enhn_gain_limit=200";
    CHECK(vmaf_adm_extractor()->create(&st, &a) == VMAF_ERR_BAD_OPTION && st == NULL, "extractor: option out of range");
    a.options = "adm_norm_view_dist=1.5";
    CHECK(vmaf_adm_extractor()->create(&st, &a) == VMAF_ERR_BAD_OPTION, "extractor: nvd x rdh < 3240");
    CHECK(vmaf_adm_float_extractor()->create(&st, &a) == 0, "float extractor: nvd 1.5");
    vmaf_adm_float_extractor()->destroy(st);
    a.options = "no_such_option=1";
    CHECK(vmaf_adm_extractor()->create(&st, &a) == VMAF_ERR_BAD_OPTION, "extractor: unknown option");
    a.options = NULL;
    a.w = 20;
    CHECK(vmaf_adm_extractor()->create(&st, &a) == VMAF_ERR_TOO_SMALL, "extractor: too small");
    CHECK(vmaf_adm_extractor()->create(NULL, &a) == VMAF_ERR_INVALID_ARGUMENT, "extractor: NULL state");
    CHECK(vmaf_adm_extractor()->abi == VMAF_EXTRACTOR_ABI && !strcmp(vmaf_adm_extractor()->name, "adm") &&
          !strcmp(vmaf_adm_float_extractor()->name, "float_adm") && vmaf_adm_extractor()->flush == NULL &&
          vmaf_adm_extractor()->flags == 0, "extractor tables");
    free(r.buf);
    free(d.buf);
    free(o.buf);
}

/* ------------------------------------------------------------------ allocation */
static int n_alloc, n_free;
static void *count_alloc(size_t size, void *user)
{
    (void)user;
    n_alloc++;
    return malloc(size);
}
static void count_free(void *p, void *user)
{
    (void)user;
    n_free++;
    free(p);
}

static void test_allocation(void)
{
    int kind;
    TestPlane r, d;
    plane_alloc(&r, 100, 77, 10, 4);
    plane_alloc(&d, 100, 77, 10, 0);
    fill(&r, 0, 9, 2);
    fill(&d, 1, 9, 2);
    for (kind = 0; kind < 2; kind++) {
        VmafAdmConfig c;
        VmafAdmState *s = NULL;
        VmafAdmScores a;
        int i, ok = 1;
        vmaf_adm_config_default(&c, (VmafAdmKind)kind);
        c.allocator.alloc = count_alloc;
        c.allocator.free = count_free;
        n_alloc = n_free = 0;
        CHECK(vmaf_adm_create(&s, 100, 77, 10, &c) == 0 && n_alloc == 1, "kind %d: one allocation at create", kind);
        for (i = 0; i < 3; i++) ok = ok && vmaf_adm_compute(s, &r.p, &d.p, &a) == 0;
        CHECK(ok && n_alloc == 1 && n_free == 0, "kind %d: nothing allocated per frame", kind);
        vmaf_adm_destroy(s);
        CHECK(n_free == 1, "kind %d: one free at destroy", kind);
    }
    free(r.buf);
    free(d.buf);
}

/* ------------------------------------------------------------------ keys */
static void test_keys(void)
{
    static const struct {
        int is_float;
        const char *opts, *name, *key;
    } cases[] = {
        {0, "", "VMAF_integer_feature_adm2_score", "VMAF_integer_feature_adm2_score"},
        {0, "adm_enhn_gain_limit=100", "VMAF_integer_feature_adm2_score", "VMAF_integer_feature_adm2_score"},
        {0, "adm_enhn_gain_limit=1.0", "VMAF_integer_feature_adm2_score", "integer_adm2_egl_1"},
        {0, "adm_enhn_gain_limit=1.0", "integer_adm_scale0", "integer_adm_scale0_egl_1"},
        {0, "debug=true:adm_skip_aim=true", "integer_adm_num", "integer_adm_num"},
        {0, "adm_skip_scale0=true:adm_ref_display_height=2160", "VMAF_integer_feature_aim_score", "integer_aim_rdh_2160_ssz"},
        {1, "adm_csf_mode=1:adm_csf_scale=0.002893:adm_csf_diag_scale=0.001586", "VMAF_feature_adm2_score",
         "adm2_scfd_0.001586_csf_1_scf_0.002893"},
        {1, "adm_ref_display_height=2160", "VMAF_feature_adm3_score", "adm3_rdf_2160"},
        {1, "adm_f1s0=0.5", "adm_scale0", "adm_scale0_f1s0_0.5"},
        {1, "adm_f1s0=0.5", "adm", NULL},
        {0, "", "adm_num", NULL},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        VmafAdmConfig c;
        VmafAdmState *s = NULL;
        char key[256];
        int err;
        vmaf_adm_config_default(&c, cases[i].is_float ? VMAF_ADM_FLOAT : VMAF_ADM_INTEGER);
        err = vmaf_adm_config_parse(&c, cases[i].opts);
        if (!err) err = vmaf_adm_create(&s, 48, 48, 8, &c);
        if (!CHECK(err == 0, "key case %d create", (int)i)) continue;
        err = vmaf_adm_key(s, cases[i].name, key, sizeof key);
        if (cases[i].key) CHECK(err == 0 && !strcmp(key, cases[i].key), "key %s (%s) = %s", cases[i].name, cases[i].opts, key);
        else CHECK(err == VMAF_ERR_NOT_FOUND, "key %s not provided", cases[i].name);
        vmaf_adm_destroy(s);
    }
}

/* ------------------------------------------------------------------ csf_mode 1 (integer Barten) */
static void test_integer_barten(void)
{
    static const char *opts = "adm_csf_mode=1:adm_csf_scale=0.002893:adm_csf_diag_scale=0.001586";
    th_pair p;
    unsigned char *r, *d;
    VmafPlane pr, pd;
    VmafAdmScores a, b, f;
    int err;
    if (!th_pair_by_name("hall_cif", &p)) { th_skip("hall_cif missing"); return; }
    r = (unsigned char *)th_read_frame(&p, 0, 0);
    d = (unsigned char *)th_read_frame(&p, 1, 0);
    if (!CHECK(r && d, "hall_cif readable")) { free(r); free(d); return; }
    pr.data = r;
    pr.stride = p.w;
    pr.w = p.w;
    pr.h = p.h;
    pr.bpc = 8;
    pd = pr;
    pd.data = d;
    err = compute_once(VMAF_ADM_INTEGER, opts, &pr, &pd, &a);
    CHECK(err == 0, "integer Barten with fitting scales: %d", err);
    err = compute_once(VMAF_ADM_INTEGER, opts, &pr, &pd, &b);
    CHECK(err == 0 && scores_equal(&a, &b), "integer Barten is deterministic");
    CHECK(scores_finite(&a) && a.adm2 > 0.5 && a.adm2 < 1.01, "integer Barten finite and plausible: adm2 %.17g", a.adm2);
    err = compute_once(VMAF_ADM_FLOAT, opts, &pr, &pd, &f);
    CHECK(err == 0 && fabs(a.adm2 - f.adm2) < 2e-3 && fabs(a.aim - f.aim) < 2e-3,
          "integer Barten close to float Barten: adm2 %.9g vs %.9g, aim %.9g vs %.9g", a.adm2, f.adm2, a.aim, f.aim);
    printf("integer csf_mode=1 (%s) on hall_cif: adm2 %.17g (float_adm %.17g)\n", opts, a.adm2, f.adm2);
    err = compute_once(VMAF_ADM_INTEGER, "adm_csf_mode=1", &pr, &pd, &b);
    CHECK(err == VMAF_ERR_BAD_OPTION, "integer Barten at default scales rejected: %d", err);
    free(r);
    free(d);
}

/* ------------------------------------------------------------------ threads */
typedef struct {
    const th_pair *p;
    const unsigned char *r, *d;
    VmafAdmKind kind;
    VmafAdmScores out[3];
    int err;
} ThreadJob;

static void *thread_main(void *arg)
{
    ThreadJob *j = (ThreadJob *)arg;
    VmafAdmConfig c;
    VmafAdmState *s = NULL;
    VmafPlane pr, pd;
    int it;
    vmaf_adm_config_default(&c, j->kind);
    j->err = vmaf_adm_create(&s, j->p->w, j->p->h, j->p->bpc, &c);
    pr.data = j->r;
    pr.stride = (ptrdiff_t)j->p->w;
    pr.w = j->p->w;
    pr.h = j->p->h;
    pr.bpc = j->p->bpc;
    pd = pr;
    pd.data = j->d;
    for (it = 0; it < 3 && !j->err; it++) j->err = vmaf_adm_compute(s, &pr, &pd, &j->out[it]);
    vmaf_adm_destroy(s);
    return NULL;
}

static void test_threads(void)
{
    th_pair p;
    unsigned char *r, *d;
    int kind;
    if (!th_pair_by_name("parkjoy_x264", &p)) { th_skip("parkjoy missing"); return; }
    r = (unsigned char *)th_read_frame(&p, 0, 3);
    d = (unsigned char *)th_read_frame(&p, 1, 3);
    if (!CHECK(r && d, "parkjoy readable")) { free(r); free(d); return; }
    for (kind = 0; kind < 2; kind++) {
        ThreadJob j[2];
        pthread_t t[2];
        int i;
        for (i = 0; i < 2; i++) {
            memset(&j[i], 0, sizeof j[i]);
            j[i].p = &p;
            j[i].r = r;
            j[i].d = d;
            j[i].kind = (VmafAdmKind)kind;
        }
        for (i = 0; i < 2; i++) pthread_create(&t[i], NULL, thread_main, &j[i]);
        for (i = 0; i < 2; i++) pthread_join(t[i], NULL);
        CHECK(j[0].err == 0 && j[1].err == 0, "threads ran");
        for (i = 0; i < 3; i++)
            CHECK(scores_equal(&j[0].out[i], &j[1].out[i]) && scores_equal(&j[0].out[0], &j[0].out[i]),
                  "kind %d: two states on two threads agree (iteration %d)", kind, i);
    }
    free(r);
    free(d);
}

/* ------------------------------------------------------------------ random sizes, strides, depths */
static void test_random(int count)
{
    int n;
    for (n = 0; n < count; n++) {
        unsigned w = 33 + rnd() % 200, h = 33 + rnd() % 160, bpc = 9 + rnd() % 8, kind;
        uint32_t seed = rnd();
        TestPlane r8, d8, rh, dh;
        if (n % 3 == 0) w |= 1;
        if (n % 4 == 0) h |= 1;
        if (n == 0) { w = 33; h = 33; }
        if (n == 1) { w = 33; h = 250; }
        if (n == 2) { w = 301; h = 35; }
        plane_alloc(&r8, w, h, 8, rnd() % 40);
        plane_alloc(&d8, w, h, 8, rnd() % 40);
        plane_alloc(&rh, w, h, bpc, 2 * (rnd() % 21)); /* 16-bit rows stay 2-byte aligned (BAD_STRIDE otherwise) */
        plane_alloc(&dh, w, h, bpc, 2 * (rnd() % 20));
        fill(&r8, 0, seed, 0);
        fill(&d8, 1, seed, 0);
        fill(&rh, 0, seed, bpc - 8);
        fill(&dh, 1, seed, bpc - 8);
        for (kind = 0; kind < 2; kind++) {
            VmafAdmScores a, b, c;
            int e1 = compute_once((VmafAdmKind)kind, "", &r8.p, &d8.p, &a);
            int e2 = compute_once((VmafAdmKind)kind, "", &r8.p, &d8.p, &b);
            int e3 = compute_once((VmafAdmKind)kind, "", &rh.p, &dh.p, &c);
            CHECK(e1 == 0 && e2 == 0 && e3 == 0, "random %ux%u: compute", w, h);
            CHECK(scores_finite(&a) && a.adm2 > 0 && a.adm2 < 1.1, "random %ux%u kind %u: finite (adm2 %g)", w, h, kind, a.adm2);
            CHECK(scores_equal(&a, &b), "random %ux%u kind %u: deterministic", w, h, kind);
            /* the same content shifted to a higher bit depth gives identical scores */
            CHECK(scores_equal(&a, &c), "random %ux%u kind %u: 8-bit == %u-bit shifted (%.17g vs %.17g)", w, h, kind, bpc,
                  a.adm2, c.adm2);
        }
        /* options that change the traversal: skip_scale0, skip_aim, p_norm, bypass */
        {
            VmafAdmScores a;
            CHECK(compute_once(VMAF_ADM_INTEGER, "adm_skip_scale0=true:adm_skip_aim=true", &rh.p, &dh.p, &a) == 0 &&
                      a.num_scale[0] == 0 && a.aim == 0 && isfinite(a.adm2),
                  "random %ux%u: integer skip options", w, h);
            CHECK(compute_once(VMAF_ADM_FLOAT, "adm_p_norm=2.5:adm_bypass_cm=1:adm_skip_scale0=true", &rh.p, &dh.p, &a) == 0 &&
                      isfinite(a.adm2),
                  "random %ux%u: float options", w, h);
        }
        free(r8.buf);
        free(d8.buf);
        free(rh.buf);
        free(dh.buf);
    }
}

/* extreme content: full-range noise, checkerboards and their inversions at 8 and 16 bits,
   both kinds, both gain limits (exercises the wrap-around paths; SAN must stay quiet) */
static void test_extreme(void)
{
    static const unsigned bpcs[3] = {8, 12, 16};
    int pat, bi, kind, e;
    for (bi = 0; bi < 3; bi++) {
        const unsigned bpc = bpcs[bi], maxv = (1u << bpc) - 1, w = 67, h = 45;
        for (pat = 0; pat < 4; pat++) {
            TestPlane r, d;
            unsigned x, y;
            plane_alloc(&r, w, h, bpc, bpc > 8 ? 2 : 1); /* padded rows (16-bit rows stay aligned) */
            plane_alloc(&d, w, h, bpc, 0);
            for (y = 0; y < h; y++) {
                for (x = 0; x < w; x++) {
                    unsigned v = pat == 0 ? rnd() & maxv : pat == 1 ? ((x + y) & 1) * maxv
                               : pat == 2 ? ((x / 2 + y) & 1) * maxv : (x * 977 + y * 131) & maxv;
                    unsigned u = pat == 0 ? rnd() & maxv : pat == 3 ? maxv - v : ((x + y / 3) & 1) * maxv;
                    plane_set(&r, x, y, v);
                    plane_set(&d, x, y, u);
                }
            }
            for (kind = 0; kind < 2; kind++) {
                for (e = 0; e < 2; e++) {
                    VmafAdmScores a, b;
                    const char *o = e ? "adm_enhn_gain_limit=1.0:adm_noise_weight=0" : "";
                    int err = compute_once((VmafAdmKind)kind, o, &r.p, &d.p, &a);
                    CHECK(err == 0 && compute_once((VmafAdmKind)kind, o, &r.p, &d.p, &b) == 0 && scores_equal(&a, &b),
                          "extreme pattern %d bpc %u kind %d: deterministic", pat, bpc, kind);
                    CHECK(!isnan(a.adm2) && !isnan(a.adm3), "extreme pattern %d bpc %u kind %d: adm2 %g", pat, bpc, kind, a.adm2);
                }
            }
            free(r.buf);
            free(d.buf);
        }
    }
}

/* identical inputs, flat inputs (den = 0 with nw = 0: adm2 = 1, aim = 0) */
static void test_special(void)
{
    TestPlane r, d;
    VmafAdmScores a;
    unsigned x, y;
    int kind;
    plane_alloc(&r, 96, 80, 10, 6);
    plane_alloc(&d, 96, 80, 10, 0);
    for (y = 0; y < 80; y++)
        for (x = 0; x < 96; x++) {
            plane_set(&r, x, y, 512);
            plane_set(&d, x, y, 512);
        }
    for (kind = 0; kind < 2; kind++) {
        CHECK(compute_once((VmafAdmKind)kind, "adm_noise_weight=0", &r.p, &d.p, &a) == 0 && a.adm2 == 1.0 && a.aim == 0.0 &&
                  a.den == 0.0 && a.adm3 == 1.0,
              "flat frame kind %d: adm2 1, aim 0 (adm2 %g aim %g adm3 %g)", kind, a.adm2, a.aim, a.adm3);
    }
    fill(&r, 0, 5, 2);
    for (kind = 0; kind < 2; kind++) {
        CHECK(compute_once((VmafAdmKind)kind, "", &r.p, &r.p, &a) == 0 && fabs(a.adm2 - 1.0) < 1e-4 && a.aim < 1e-3,
              "ref vs ref kind %d: adm2 %.9g aim %.3g", kind, a.adm2, a.aim);
    }
    free(r.buf);
    free(d.buf);
}

/* 8K frame: both kinds run and give sane values */
static void test_8k(void)
{
    TestPlane r, d;
    VmafAdmScores a;
    int kind;
    clock_t t0 = clock();
    plane_alloc(&r, 7680, 4320, 8, 0);
    plane_alloc(&d, 7680, 4320, 8, 0);
    fill(&r, 0, 77, 0);
    fill(&d, 1, 77, 0);
    for (kind = 0; kind < 2; kind++) {
        int err = compute_once((VmafAdmKind)kind, "", &r.p, &d.p, &a);
        CHECK(err == 0 && scores_finite(&a) && a.adm2 > 0.3 && a.adm2 < 1.0, "8K kind %d: adm2 %.9g", kind, a.adm2);
    }
    printf("8K: both kinds in %.2f s\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
    free(r.buf);
    free(d.buf);
}

int main(void)
{
    th_init();
    test_constants();
    test_errors();
    test_keys();
    test_allocation();
    test_goldens();
    test_integer_barten();
    test_threads();
    test_random(14);
    test_extreme();
    test_special();
    test_8k();
    return th_finish();
}
