/* tests/test_vif.c - vmaf_vif.h: golden values (libvmaf 3.2.0 .full.json), SPEC unit checks,
   bad input, and properties (threads, strides, bit depths, odd sizes).

   Integer VIF must be bit-identical to every golden value; float VIF must be within 1e-6
   absolute, and the test prints how many values are bit-identical. */
#define VMAF_VIF_IMPLEMENTATION
#include "vmaf_vif.h"
#include "harness.h"
#include <pthread.h>
#include <time.h>

#if defined(__SANITIZE_ADDRESS__)
#define T_SAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define T_SAN 1
#endif
#endif
#ifndef T_SAN
#define T_SAN 0
#endif

/* ---------------------------------------------------------------- helpers ---------------- */

/* TEST_VIF_QUICK=1 (tests/test_vif_build.sh): no 8K frame, no typed-API repeat of the debug
   goldens, kernel-scale goldens on src01_8bit only. */
static int t_quick;

typedef struct {
    int n;
    unsigned index[64];
    char key[64][256];
    double v[64];
} t_collect;

static void t_emit(void *user, unsigned index, const char *key, double value)
{
    t_collect *c = (t_collect *)user;
    if (c->n < 64) {
        c->index[c->n] = index;
        snprintf(c->key[c->n], sizeof c->key[0], "%s", key);
        c->v[c->n] = value;
    }
    c->n++;
}

static char t_last_log[1024];
static void t_log(void *user, int level, const char *msg)
{
    (void)user;
    (void)level;
    snprintf(t_last_log, sizeof t_last_log, "%s", msg);
}

static VmafLayout t_layout(unsigned l)
{
    return l == 444 ? VMAF_LAYOUT_444 : l == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420;
}

/* A VmafFrame over a buffer from th_read_frame (Y, U, V back to back, tight strides). */
static VmafFrame t_frame(const th_pair *p, const void *buf)
{
    VmafFrame f;
    size_t bps = p->bpc > 8 ? 2 : 1, cw = p->w, ch = p->h;
    if (p->layout == 420) { cw = p->w >> 1; ch = p->h >> 1; }
    else if (p->layout == 422) cw = p->w >> 1;
    memset(&f, 0, sizeof f);
    f.data[0] = buf;
    f.data[1] = (const unsigned char *)buf + (size_t)p->w * p->h * bps;
    f.data[2] = (const unsigned char *)f.data[1] + cw * ch * bps;
    f.stride[0] = (ptrdiff_t)(p->w * bps);
    f.stride[1] = f.stride[2] = (ptrdiff_t)(cw * bps);
    f.w = p->w;
    f.h = p->h;
    f.bpc = p->bpc;
    f.layout = t_layout(p->layout);
    return f;
}

static VmafPlane t_luma(const th_pair *p, const void *buf)
{
    VmafPlane pl;
    pl.data = buf;
    pl.stride = (ptrdiff_t)(p->w * (p->bpc > 8 ? 2u : 1u));
    pl.w = p->w;
    pl.h = p->h;
    pl.bpc = p->bpc;
    return pl;
}

/* One row of INDEX.tsv. */
typedef struct {
    char pair[64], golden[160], status[64], args[512];
} t_index_row;

static int t_index(t_index_row *rows, int max)
{
    char line[2048];
    int n = 0;
    FILE *f = fopen(TH_DATA "/golden/INDEX.tsv", "r");
    if (!f) return 0;
    while (n < max && fgets(line, sizeof line, f)) {
        t_index_row *r = &rows[n];
        line[strcspn(line, "\n")] = 0;
        r->args[0] = 0;
        if (sscanf(line, "%63[^\t]\t%159[^\t]\t%63[^\t]\t%511[^\n]", r->pair, r->golden, r->status, r->args) >= 3) n++;
    }
    fclose(f);
    return n;
}

/* The option text of "--feature <name>=<opts>" in a golden's CLI arguments ("" if the
   extractor appears without options, NULL if absent). */
static const char *t_feature_opts(const char *args, const char *name, char *out, size_t n)
{
    char pat[64];
    const char *s;
    size_t len;
    snprintf(pat, sizeof pat, "--feature %s", name);
    s = args;
    while ((s = strstr(s, pat)) != NULL) {
        const char *e = s + strlen(pat);
        if (*e == '=') {
            e++;
            len = strcspn(e, " ");
            if (len >= n) len = n - 1;
            memcpy(out, e, len);
            out[len] = 0;
            return out;
        }
        if (*e == ' ' || *e == 0) {
            out[0] = 0;
            return out;
        }
        s = e;
    }
    return NULL;
}

/* Per golden family: counts of compared values and of bit-identical ones. */
typedef struct {
    const char *name;
    long values, exact;
    int goldens;
} t_family;

static int t_count_vif_keys(const th_golden *g, int fi)
{
    int k, n = 0;
    for (k = 0; k < g->frames[fi].n; k++)
        if (strstr(g->frames[fi].kv[k].name, "vif")) n++;
    return n;
}

/* Runs `ex` with `opts` over every frame of golden `golden` on `p` and compares every emitted
   value (exact for integer, 1e-6 for float). */
static void t_golden_generic(const VmafExtractor *ex, const th_pair *p, const char *golden, const char *opts,
                             int exact, t_family *fam)
{
    th_golden *g = th_golden_load(p->name, golden);
    VmafExtractorArgs args;
    void *st = NULL;
    int fi, k, err;
    if (!g) {
        char why[256];
        snprintf(why, sizeof why, "golden %s/%s missing", p->name, golden);
        th_skip(why);
        return;
    }
    memset(&args, 0, sizeof args);
    args.w = p->w;
    args.h = p->h;
    args.bpc = p->bpc;
    args.layout = t_layout(p->layout);
    args.options = opts;
    args.log = t_log;
    err = ex->create(&st, &args);
    if (!CHECK(err == VMAF_OK, "%s/%s: create(%s) = %d (%s)", p->name, golden, opts, err, t_last_log)) {
        th_golden_free(g);
        return;
    }
    fam->goldens++;
    for (fi = 0; fi < g->nframes; fi++) {
        unsigned fn = g->frames[fi].frame_num;
        void *rb = th_read_frame(p, 0, fn), *db = th_read_frame(p, 1, fn);
        t_collect c;
        VmafFrame fr, fd;
        if (!CHECK(rb && db, "%s: cannot read frame %u", p->name, fn)) {
            free(rb);
            free(db);
            break;
        }
        fr = t_frame(p, rb);
        fd = t_frame(p, db);
        c.n = 0;
        err = ex->push(st, &fr, &fd, fn, t_emit, &c);
        CHECK(err == VMAF_OK, "%s/%s frame %u: push = %d", p->name, golden, fn, err);
        CHECK(c.n == t_count_vif_keys(g, fi), "%s/%s frame %u: emitted %d values, golden has %d vif values", p->name,
              golden, fn, c.n, t_count_vif_keys(g, fi));
        for (k = 0; k < c.n && k < 64; k++) {
            const char *name = vmaf_name_alias(c.key[k]);
            double want = 0;
            CHECK(c.index[k] == fn, "emit index %u != %u", c.index[k], fn);
            if (!CHECK(th_golden_get(g, fi, name, &want), "%s/%s frame %u: golden has no '%s'", p->name, golden, fn,
                       name))
                continue;
            fam->values++;
            if (c.v[k] == want) fam->exact++;
            if (exact)
                CHECK_EQ_DBL(c.v[k], want, "%s/%s frame %u %s: %.17g != %.17g", p->name, golden, fn, name, c.v[k], want);
            else
                CHECK_NEAR(c.v[k], want, 1e-6, "%s/%s frame %u %s: %.17g vs %.17g", p->name, golden, fn, name, c.v[k],
                           want);
        }
        free(rb);
        free(db);
    }
    ex->destroy(st);
    /* pooled mean of the first score (libvmaf: double sum in frame order / n) */
    if (g->nframes > 0) {
        char key[300];
        double sum = 0, v = 0, mean = 0;
        ex->create(&st, &args);
        ex->key(st, ex->provided[0], key, sizeof key);
        ex->destroy(st);
        for (fi = 0; fi < g->nframes; fi++)
            if (th_golden_get(g, fi, vmaf_name_alias(key), &v)) sum += v;
        if (CHECK(th_golden_pooled(g, vmaf_name_alias(key), 2, &mean), "%s/%s: pooled %s", p->name, golden,
                  vmaf_name_alias(key)))
            CHECK_EQ_DBL(sum / g->nframes, mean, "%s/%s: pooled mean of %s", p->name, golden, vmaf_name_alias(key));
    }
    th_golden_free(g);
}

/* The typed API over a debug golden (every scores field against its libvmaf name). */
static void t_golden_typed(VmafVifKind kind, const th_pair *p, const char *golden, t_family *fam)
{
    const char *pre = kind == VMAF_VIF_INTEGER ? "integer_vif" : "vif";
    th_golden *g = th_golden_load(p->name, golden);
    VmafVifConfig cfg;
    VmafVifState *s = NULL;
    int fi, k, err;
    if (!g) {
        th_skip("typed: golden missing");
        return;
    }
    vmaf_vif_config_default(&cfg, kind);
    cfg.w = p->w;
    cfg.h = p->h;
    cfg.bpc = p->bpc;
    err = vmaf_vif_create(&s, &cfg);
    if (!CHECK(err == VMAF_OK, "typed create %s = %d", p->name, err)) {
        th_golden_free(g);
        return;
    }
    fam->goldens++;
    for (fi = 0; fi < g->nframes; fi++) {
        unsigned fn = g->frames[fi].frame_num;
        void *rb = th_read_frame(p, 0, fn), *db = th_read_frame(p, 1, fn);
        VmafPlane pr, pd;
        VmafVifScores sc;
        char name[64];
        double got[15], want = 0;
        const char *names[15];
        char nb[15][64];
        if (!CHECK(rb && db, "%s: cannot read frame %u", p->name, fn)) {
            free(rb);
            free(db);
            break;
        }
        pr = t_luma(p, rb);
        pd = t_luma(p, db);
        err = vmaf_vif_compute(s, &pr, &pd, &sc);
        CHECK(err == VMAF_OK, "typed compute = %d", err);
        for (k = 0; k < 4; k++) {
            snprintf(nb[k], 64, "%s_scale%d", pre, k);
            got[k] = sc.scale[k];
            snprintf(nb[7 + 2 * k], 64, "%s_num_scale%d", pre, k);
            got[7 + 2 * k] = sc.num[k];
            snprintf(nb[8 + 2 * k], 64, "%s_den_scale%d", pre, k);
            got[8 + 2 * k] = sc.den[k];
        }
        snprintf(nb[4], 64, "%s", pre);
        got[4] = sc.vif;
        snprintf(nb[5], 64, "%s_num", pre);
        got[5] = sc.num_total;
        snprintf(nb[6], 64, "%s_den", pre);
        got[6] = sc.den_total;
        for (k = 0; k < 15; k++) {
            names[k] = nb[k];
            snprintf(name, sizeof name, "%s", names[k]);
            if (!CHECK(th_golden_get(g, fi, name, &want), "typed %s/%s: no '%s'", p->name, golden, name)) continue;
            fam->values++;
            if (got[k] == want) fam->exact++;
            if (kind == VMAF_VIF_INTEGER)
                CHECK_EQ_DBL(got[k], want, "typed %s/%s frame %u %s: %.17g != %.17g", p->name, golden, fn, name, got[k],
                             want);
            else
                CHECK_NEAR(got[k], want, 1e-6, "typed %s/%s frame %u %s: %.17g vs %.17g", p->name, golden, fn, name,
                           got[k], want);
        }
        free(rb);
        free(db);
    }
    vmaf_vif_destroy(s);
    th_golden_free(g);
}

static void t_report(const t_family *f)
{
    printf("%-28s %3d goldens %6ld values, %6ld bit-identical%s\n", f->name, f->goldens, f->values, f->exact,
           f->values == f->exact ? " (all)" : "");
}

static void test_goldens(void)
{
    static t_index_row rows[1024];
    th_pair pairs[64];
    int np = th_pairs(pairs, 64), nr = t_index(rows, 1024), i, j;
    t_family fi_debug = {"integer debug_int", 0, 0, 0}, fi_neg = {"integer neg", 0, 0, 0};
    t_family fi_opt = {"integer opt_vif_*", 0, 0, 0}, fi_typed = {"integer typed API", 0, 0, 0};
    t_family ff_debug = {"float debug_float", 0, 0, 0}, ff_ks = {"float float_vif_ks*", 0, 0, 0};
    t_family ff_opt = {"float opt_float_vif_*", 0, 0, 0}, ff_typed = {"float typed API", 0, 0, 0};
    char opts[512];
    CHECK(np >= 12, "manifest has %d pairs", np);
    CHECK(nr > 100, "INDEX.tsv has %d rows", nr);
    for (i = 0; i < nr; i++) {
        const t_index_row *r = &rows[i];
        th_pair p;
        if (strcmp(r->status, "ok") != 0 || !th_pair_by_name(r->pair, &p)) continue;
        if (!strcmp(r->golden, "debug_int")) {
            if (t_feature_opts(r->args, "vif", opts, sizeof opts))
                t_golden_generic(vmaf_vif_extractor(), &p, r->golden, opts, 1, &fi_debug);
            if (!t_quick) t_golden_typed(VMAF_VIF_INTEGER, &p, r->golden, &fi_typed);
        } else if (!strcmp(r->golden, "neg")) {
            char a[1600], stt[80]; /* larger than INDEX.tsv fields: harness strncpy bounds */
            CHECK(th_golden_args(r->pair, r->golden, a, sizeof a, stt, sizeof stt) && strstr(a, "vmaf_v0.6.1neg"),
                  "%s/neg runs vmaf_v0.6.1neg", r->pair);
            /* vmaf_v0.6.1neg runs vif with vif_enhn_gain_limit = 1.0 (SPEC 6.5) */
            t_golden_generic(vmaf_vif_extractor(), &p, r->golden, "vif_enhn_gain_limit=1.0", 1, &fi_neg);
        } else if (!strncmp(r->golden, "opt_vif_", 8)) {
            if (t_feature_opts(r->args, "vif", opts, sizeof opts))
                t_golden_generic(vmaf_vif_extractor(), &p, r->golden, opts, 1, &fi_opt);
        } else if (!strcmp(r->golden, "debug_float")) {
            if (t_feature_opts(r->args, "float_vif", opts, sizeof opts))
                t_golden_generic(vmaf_vif_float_extractor(), &p, r->golden, opts, 0, &ff_debug);
            if (!t_quick) t_golden_typed(VMAF_VIF_FLOAT, &p, r->golden, &ff_typed);
        } else if (!strncmp(r->golden, "float_vif_ks", 12)) {
            if (t_quick && strcmp(r->pair, "src01_8bit") != 0) continue;
            if (t_feature_opts(r->args, "float_vif", opts, sizeof opts))
                t_golden_generic(vmaf_vif_float_extractor(), &p, r->golden, opts, 0, &ff_ks);
        } else if (!strncmp(r->golden, "opt_float_vif_", 14)) {
            if (t_feature_opts(r->args, "float_vif", opts, sizeof opts))
                t_golden_generic(vmaf_vif_float_extractor(), &p, r->golden, opts, 0, &ff_opt);
        }
    }
    /* every pair has debug_int, neg, debug_float; 4 opt_vif, 21 x 2 ks, 15 opt_float_vif */
    CHECK(fi_debug.goldens == np && fi_neg.goldens == np && ff_debug.goldens == np, "goldens per pair: %d %d %d of %d",
          fi_debug.goldens, fi_neg.goldens, ff_debug.goldens, np);
    CHECK(fi_opt.goldens == 4, "opt_vif goldens: %d", fi_opt.goldens);
    CHECK(ff_ks.goldens == (t_quick ? 21 : 42), "float_vif_ks goldens: %d", ff_ks.goldens);
    CHECK(ff_opt.goldens == 15, "opt_float_vif goldens: %d", ff_opt.goldens);
    printf("golden values compared (family, goldens, values, bit-identical):\n");
    {
        const t_family *all[8];
        all[0] = &fi_debug; all[1] = &fi_neg; all[2] = &fi_opt; all[3] = &fi_typed;
        all[4] = &ff_debug; all[5] = &ff_ks; all[6] = &ff_opt; all[7] = &ff_typed;
        for (j = 0; j < 8; j++) t_report(all[j]);
    }
    CHECK(fi_debug.exact == fi_debug.values && fi_neg.exact == fi_neg.values && fi_opt.exact == fi_opt.values &&
              fi_typed.exact == fi_typed.values,
          "integer VIF bit-identical everywhere");
}

/* ---------------------------------------------------------------- SPEC 10.3 unit checks --- */

/* Master's run-time Gaussian (SPEC 3.2), computed here with the C library. */
static void t_gauss(unsigned w, float *out)
{
    float sigma = (float)w / 5.0f, sum = 0;
    int half = ((int)w - 1) / 2, i;
    for (i = 0; i < (int)w; i++) {
        float x = (float)(i - half);
        float num = (float)exp(-0.5 * x / sigma * x / sigma);
        float den = (float)(1 / (sigma * sqrt(2 * 3.14159265358979323846)));
        out[i] = num / den;
        sum += out[i];
    }
    for (i = 0; i < (int)w; i++) out[i] /= sum;
}

static void test_units(void)
{
    static const float spec17[9] = {0x1.e8a77p-8f, 0x1.d373b2p-7f, 0x1.9a1cf6p-6f, 0x1.49fd9ep-5f, 0x1.e7092ap-5f,
                                    0x1.49a042p-4f, 0x1.99350cp-4f, 0x1.d1e766p-4f, 0x1.e67f64p-4f};
    static const float spec9[5] = {0x1.36efd8p-6f, 0x1.c9eaf6p-5f, 0x1.ef4ac4p-4f, 0x1.897426p-3f, 0x1.cb1b82p-3f};
    static const float spec5[3] = {0x1.be5f0cp-5f, 0x1.f41fd4p-3f, 0x1.9c4866p-2f};
    static const float spec3[2] = {0x1.54be42p-3f, 0x1.55a0dep-1f};
    static const unsigned char spec_w[21][4] = {
        {17, 9, 5, 3}, {9, 5, 3, 3}, {27, 15, 9, 5}, {35, 19, 11, 7}, {13, 7, 5, 3}, {41, 23, 13, 9},
        {65, 35, 19, 13}, {23, 13, 7, 5}, {21, 11, 7, 5}, {23, 13, 7, 5}, {25, 13, 9, 5}, {29, 15, 9, 5},
        {51, 27, 15, 9}, {9, 5, 3, 3}, {27, 15, 9, 5}, {27, 15, 9, 5}, {29, 15, 9, 5}, {19, 11, 7, 5},
        {13, 7, 5, 3}, {13, 7, 5, 3}, {19, 11, 7, 5}};
    static uint16_t t[32769];
    uint64_t h = 0;
    unsigned i, s, w;
    float g[65], nanv, infv;
    uint32_t bits;
    int ok;

    /* integer filters: each sums to 65536 and is symmetric (SPEC 2.1) */
    for (s = 0; s < 4; s++) {
        uint32_t sum = 0;
        for (i = 0; i < vmaf__vif_iwidth[s]; i++) sum += vmaf__vif_ifilt[s][i];
        CHECK(sum == 65536, "integer VIF filter %u sums to %u", s, sum);
        ok = 1;
        for (i = 0; i < vmaf__vif_iwidth[s]; i++)
            if (vmaf__vif_ifilt[s][i] != vmaf__vif_ifilt[s][vmaf__vif_iwidth[s] - 1 - i]) ok = 0;
        CHECK(ok, "integer VIF filter %u symmetric", s);
    }
    /* log2 table (SPEC 2.5, 10.3) */
    vmaf__vif_log2_expand(t);
    for (i = 0; i < 32769; i++) h = h * 31 + t[i];
    CHECK(h == 18054239521728245405ull, "log2 table hash %llu", (unsigned long long)h);
    CHECK(t[33108 - 32767] == 30751, "T[33108] = %u", t[33108 - 32767]);
    CHECK(t[0] == 30720 && t[1] == 30720 && t[2] == 30720, "T[32767..32769] = 30720");
    CHECK(t[32768] == 32768, "T[65535] = %u", t[32768]);
    CHECK(vmaf__vif_l32(t, 131072u) == 2048 * 17, "L32(2^17) = %d", vmaf__vif_l32(t, 131072u));
    CHECK(vmaf__vif_l64(t, (uint64_t)1 << 40) == 2048 * 40, "L64(2^40)");
    /* Gaussian taps: every shipped width equals the SPEC 3.2 procedure run here, bit for bit */
    ok = 1;
    for (w = 3; w <= 65; w += 2) {
        const float *tab = vmaf__vif_gauss(w);
        float sum = 0;
        t_gauss(w, g);
        for (i = 0; i < w; i++) {
            if (memcmp(&g[i], &tab[i], sizeof(float)) != 0) ok = 0;
            sum += tab[i];
        }
        CHECK(fabs(sum - 1.0) < 1e-6, "taps of width %u sum to %.9g", w, sum);
    }
    CHECK(ok, "shipped Gaussian taps equal the run-time formula for W = 3..65");
    /* ks = 1 taps from SPEC 3.2 (hex) */
    ok = !memcmp(vmaf__vif_gauss(17), spec17, sizeof spec17) && !memcmp(vmaf__vif_gauss(9), spec9, sizeof spec9) &&
         !memcmp(vmaf__vif_gauss(5), spec5, sizeof spec5) && !memcmp(vmaf__vif_gauss(3), spec3, sizeof spec3);
    CHECK(ok, "ks = 1 taps equal SPEC 3.2");
    /* widths of the 21 kernel scales (SPEC 3.2 table) */
    for (i = 0; i < 21; i++) {
        ok = 1;
        for (s = 0; s < 4; s++) {
            unsigned ww = vmaf__vif_fwidth((int)s, vmaf__vif_kernelscales[i]);
            if (ww != spec_w[i][s] || ww != vmaf__vif_kernelscale_widths[i][s]) ok = 0;
        }
        CHECK(ok, "kernelscale %u (%g) widths", i, (double)vmaf__vif_kernelscales[i]);
        CHECK(vmaf__vif_ks_valid((double)vmaf__vif_kernelscales[i]), "kernelscale %u accepted", i);
    }
    CHECK(vmaf__vif_fwidth(0, (float)1.0005) == 19, "ks 1.0005 -> W0 = 19 (not snapped)");
    CHECK(vmaf__vif_ks_valid(1.0009) && !vmaf__vif_ks_valid(1.0011) && !vmaf__vif_ks_valid(0.3), "ks tolerance 1e-3");
    /* fast log2 (SPEC 3.5) */
    CHECK(vmaf__vif_log2f(1.0f) == 0.0f && vmaf__vif_log2f(2.0f) == 1.0f && vmaf__vif_log2f(0.5f) == -1.0f,
          "log2f at powers of two");
    CHECK(fabs(vmaf__vif_log2f(3.0f) - 1.5849625) < 1e-4, "log2f(3) = %.9g", (double)vmaf__vif_log2f(3.0f));
    infv = (float)HUGE_VAL;
    CHECK(vmaf__vif_log2f(infv) == 128.0f, "log2f(+inf) = 128");
    bits = 0x7FC00000u;
    memcpy(&nanv, &bits, sizeof nanv);
    {
        float p = 0, r = 0.5f;
        for (i = 0; i < 9; i++) p = p * r + vmaf__vif_log2_poly[i];
        CHECK(vmaf__vif_log2f(nanv) == 128.0f + p, "log2f(NaN) = 128 + P(0.5) = %.9g", (double)vmaf__vif_log2f(nanv));
    }
    CHECK(vmaf__vif_log2f(0.0f) == -INFINITY && isnan(vmaf__vif_log2f(-1.0f)), "log2f(0), log2f(-1)");
    /* extractor tables */
    CHECK(!strcmp(vmaf_vif_extractor()->name, "vif") && !strcmp(vmaf_vif_float_extractor()->name, "float_vif"),
          "extractor names");
    CHECK(vmaf_vif_extractor()->abi == VMAF_EXTRACTOR_ABI && vmaf_vif_extractor()->size == sizeof(VmafExtractor) &&
              vmaf_vif_extractor()->flush == NULL && !(vmaf_vif_extractor()->flags & VMAF_EXTRACTOR_TEMPORAL),
          "extractor table fields");
    CHECK(!strcmp(vmaf_vif_version(), VMAF_VIF_VERSION_STRING), "version");
}

/* ---------------------------------------------------------------- synthetic frames ------- */

static uint32_t t_rng = 12345u;
static uint32_t t_rand(void)
{
    t_rng = t_rng * 1664525u + 1013904223u;
    return t_rng >> 8;
}

/* Smooth content plus noise, 8-bit values. */
static void t_fill8(uint8_t *p, unsigned w, unsigned h, int seed, int noise)
{
    unsigned i, j;
    for (i = 0; i < h; i++)
        for (j = 0; j < w; j++) {
            int v = 128 + (int)(60.0 * sin(0.11 * j + 0.07 * i + seed) + 40.0 * cos(0.05 * i * (seed + 1) - 0.13 * j));
            if (noise) v += (int)(t_rand() % (unsigned)(2 * noise + 1)) - noise;
            p[(size_t)i * w + j] = (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
        }
}

/* Copies 8-bit content into a plane of bit depth bpc (samples << (bpc - 8)) with the given
   stride (bytes); the buffer ends exactly after the last sample of the last row. */
static void *t_plane(const uint8_t *src, unsigned w, unsigned h, unsigned bpc, size_t stride, VmafPlane *pl)
{
    size_t bps = bpc > 8 ? 2 : 1, size = stride * (h - 1) + w * bps;
    unsigned char *buf = (unsigned char *)malloc(size);
    unsigned i, j;
    memset(buf, 0xA5, size);
    for (i = 0; i < h; i++)
        for (j = 0; j < w; j++) {
            if (bpc == 8) buf[(size_t)i * stride + j] = src[(size_t)i * w + j];
            else {
                uint16_t v = (uint16_t)(src[(size_t)i * w + j] << (bpc - 8));
                memcpy(buf + (size_t)i * stride + 2 * j, &v, 2);
            }
        }
    pl->data = buf;
    pl->stride = (ptrdiff_t)stride;
    pl->w = w;
    pl->h = h;
    pl->bpc = bpc;
    return buf;
}

static int t_compute(const VmafVifConfig *cfg, const VmafPlane *r, const VmafPlane *d, VmafVifScores *sc)
{
    VmafVifState *s;
    int err = vmaf_vif_create(&s, cfg);
    if (err) return err;
    err = vmaf_vif_compute(s, r, d, sc);
    vmaf_vif_destroy(s);
    return err;
}

static int t_same(const VmafVifScores *a, const VmafVifScores *b)
{
    return !memcmp(a, b, sizeof *a);
}

/* ---------------------------------------------------------------- bad input -------------- */

static int t_alloc_count, t_free_count;
static void *t_alloc(size_t n, void *u)
{
    (void)u;
    t_alloc_count++;
    return malloc(n);
}
static void t_free(void *p, void *u)
{
    (void)u;
    t_free_count++;
    free(p);
}

static int t_create_err(VmafVifConfig cfg, const char *needle)
{
    VmafVifState *s = (VmafVifState *)&cfg; /* must be reset to NULL on error */
    int err;
    t_last_log[0] = 0;
    cfg.log = t_log;
    err = vmaf_vif_create(&s, &cfg);
    if (err == VMAF_OK) vmaf_vif_destroy(s);
    else CHECK(s == NULL, "create leaves *out NULL on error");
    if (needle) CHECK(strstr(t_last_log, needle) != NULL, "log '%s' names '%s'", t_last_log, needle);
    return err;
}

static void test_bad_input(void)
{
    VmafVifConfig ci, cf, c;
    VmafVifState *s = NULL;
    VmafVifScores sc;
    VmafPlane r, d, x;
    uint8_t img[64 * 64];
    void *rb, *db, *xb;
    size_t size = 0;
    char key[256];
    void *st;
    VmafExtractorArgs args;
    unsigned char *mem;
    int err;

    vmaf_vif_config_default(&ci, VMAF_VIF_INTEGER);
    vmaf_vif_config_default(&cf, VMAF_VIF_FLOAT);
    ci.w = cf.w = 64;
    ci.h = cf.h = 64;
    vmaf_vif_config_default(NULL, VMAF_VIF_FLOAT); /* no crash */

    CHECK(vmaf_vif_create(NULL, &ci) == VMAF_ERR_INVALID_ARGUMENT, "create(NULL, cfg)");
    CHECK(vmaf_vif_create(&s, NULL) == VMAF_ERR_INVALID_ARGUMENT && s == NULL, "create(out, NULL)");
    CHECK(vmaf_vif_memory_size(NULL, &size) == VMAF_ERR_INVALID_ARGUMENT, "memory_size(NULL)");
    CHECK(vmaf_vif_memory_size(&ci, NULL) == VMAF_ERR_INVALID_ARGUMENT, "memory_size(cfg, NULL)");
    CHECK(vmaf_vif_create_in(&s, NULL, 100, &ci) == VMAF_ERR_INVALID_ARGUMENT, "create_in(NULL mem)");
    vmaf_vif_destroy(NULL);

    c = ci; c.kind = (VmafVifKind)7;
    CHECK(t_create_err(c, NULL) == VMAF_ERR_INVALID_ARGUMENT, "unknown kind");
    c = ci; c.bpc = 7;
    CHECK(t_create_err(c, "bpc") == VMAF_ERR_BAD_BPC, "bpc 7");
    c = cf; c.bpc = 17;
    CHECK(t_create_err(c, "bpc") == VMAF_ERR_BAD_BPC, "bpc 17");
    c = ci; c.w = 15;
    CHECK(t_create_err(c, NULL) == VMAF_ERR_TOO_SMALL, "15 wide");
    c = ci; c.h = 15;
    CHECK(t_create_err(c, NULL) == VMAF_ERR_TOO_SMALL, "15 high");
    c = ci; c.w = c.h = 16;
    CHECK(t_create_err(c, NULL) == VMAF_OK, "16x16 integer");
    c = cf; c.w = c.h = 16;
    CHECK(t_create_err(c, NULL) == VMAF_OK, "16x16 float");
    c = cf; c.w = c.h = 39; c.kernelscale = 3.0;
    CHECK(t_create_err(c, "small") == VMAF_ERR_TOO_SMALL, "ks 3 at 39x39");
    c.w = c.h = 40;
    CHECK(t_create_err(c, NULL) == VMAF_OK, "ks 3 at 40x40");
    c = cf; c.w = 100; c.h = 55; c.kernelscale = 360.0 / 97.0;
    CHECK(t_create_err(c, NULL) == VMAF_ERR_TOO_SMALL, "ks 360/97 at 100x55");
    c.h = 56;
    CHECK(t_create_err(c, NULL) == VMAF_OK, "ks 360/97 at 100x56");
    c = cf; c.w = c.h = 29; c.prescale = 0.5;
    CHECK(t_create_err(c, NULL) == VMAF_ERR_TOO_SMALL, "prescale 0.5 of 29x29");
    c = cf; c.w = c.h = 8; c.prescale = 2.0;
    CHECK(t_create_err(c, NULL) == VMAF_OK, "prescale 2 of 8x8");
    c = cf; c.w = c.h = 7; c.prescale = 4.0;
    CHECK(t_create_err(c, NULL) == VMAF_ERR_TOO_SMALL, "prescale 4 of 7x7");
    c = ci; c.w = 40000;
    CHECK(t_create_err(c, NULL) == VMAF_ERR_TOO_LARGE, "40000 wide");
    c = ci; c.skip_scale0 = 1; c.w = c.h = 16;
    CHECK(t_create_err(c, NULL) == VMAF_OK, "skip_scale0 at 16x16");

    c = ci; c.enhn_gain_limit = 0.5;
    CHECK(t_create_err(c, "vif_enhn_gain_limit") == VMAF_ERR_BAD_OPTION, "egl 0.5");
    c = cf; c.enhn_gain_limit = 100.5;
    CHECK(t_create_err(c, "vif_enhn_gain_limit") == VMAF_ERR_BAD_OPTION, "egl 100.5");
    c = ci; c.enhn_gain_limit = NAN;
    CHECK(t_create_err(c, "vif_enhn_gain_limit") == VMAF_ERR_BAD_OPTION, "egl NaN");
    c = cf; c.kernelscale = 0.3;
    CHECK(t_create_err(c, "vif_kernelscale") == VMAF_ERR_BAD_OPTION, "ks 0.3");
    c = cf; c.kernelscale = 4.5;
    CHECK(t_create_err(c, "vif_kernelscale") == VMAF_ERR_BAD_OPTION, "ks 4.5");
    c = cf; c.sigma_nsq = -0.1;
    CHECK(t_create_err(c, "vif_sigma_nsq") == VMAF_ERR_BAD_OPTION, "sigma_nsq -0.1");
    c = cf; c.sigma_nsq = 5.5;
    CHECK(t_create_err(c, "vif_sigma_nsq") == VMAF_ERR_BAD_OPTION, "sigma_nsq 5.5");
    c = cf; c.prescale = 0.05;
    CHECK(t_create_err(c, "vif_prescale") == VMAF_ERR_BAD_OPTION, "prescale 0.05");
    c = cf; c.prescale = 4.5;
    CHECK(t_create_err(c, "vif_prescale") == VMAF_ERR_BAD_OPTION, "prescale 4.5");
    c = cf; c.prescale_method = (VmafVifPrescaleMethod)9;
    CHECK(t_create_err(c, "prescale method") == VMAF_ERR_INVALID_ARGUMENT, "method 9 (an enum value)");
    c = cf; c.scale1_min_val = 1.5;
    CHECK(t_create_err(c, "vif_scale1_min_val") == VMAF_ERR_BAD_OPTION, "s1miv 1.5");
    c = cf; c.scale2_min_val = -1;
    CHECK(t_create_err(c, "vif_scale2_min_val") == VMAF_ERR_BAD_OPTION, "s2miv -1");
    c = cf; c.scale3_min_val = 2;
    CHECK(t_create_err(c, "vif_scale3_min_val") == VMAF_ERR_BAD_OPTION, "s3miv 2");
    c = ci; c.kernelscale = 2.0;
    CHECK(t_create_err(c, "vif_kernelscale") == VMAF_ERR_BAD_OPTION, "integer with ks");

    /* create_in: size checks, misaligned memory */
    CHECK(vmaf_vif_memory_size(&ci, &size) == VMAF_OK && size > 32769 * 2, "memory_size %lu", (unsigned long)size);
    mem = (unsigned char *)malloc(size + 1);
    CHECK(vmaf_vif_create_in(&s, mem + 1, size - 1, &ci) == VMAF_ERR_INVALID_ARGUMENT && s == NULL, "create_in short");
    CHECK(vmaf_vif_create_in(&s, mem + 1, size, &ci) == VMAF_OK && s != NULL, "create_in at odd address");

    /* compute */
    t_fill8(img, 64, 64, 1, 3);
    rb = t_plane(img, 64, 64, 8, 64, &r);
    db = t_plane(img, 64, 64, 8, 70, &d);
    CHECK(vmaf_vif_compute(NULL, &r, &d, &sc) == VMAF_ERR_INVALID_ARGUMENT, "compute(NULL state)");
    CHECK(vmaf_vif_compute(s, NULL, &d, &sc) == VMAF_ERR_INVALID_ARGUMENT, "compute(NULL ref)");
    CHECK(vmaf_vif_compute(s, &r, NULL, &sc) == VMAF_ERR_INVALID_ARGUMENT, "compute(NULL dis)");
    CHECK(vmaf_vif_compute(s, &r, &d, NULL) == VMAF_ERR_INVALID_ARGUMENT, "compute(NULL out)");
    x = d; x.data = NULL;
    CHECK(vmaf_vif_compute(s, &r, &x, &sc) == VMAF_ERR_INVALID_ARGUMENT, "NULL data");
    x = d; x.w = 63;
    CHECK(vmaf_vif_compute(s, &r, &x, &sc) == VMAF_ERR_MISMATCH, "width mismatch");
    x = r; x.h = 65;
    CHECK(vmaf_vif_compute(s, &x, &d, &sc) == VMAF_ERR_MISMATCH, "height mismatch");
    x = d; x.bpc = 10; x.stride = 128;
    CHECK(vmaf_vif_compute(s, &r, &x, &sc) == VMAF_ERR_MISMATCH, "bpc mismatch");
    x = d; x.bpc = 20;
    CHECK(vmaf_vif_compute(s, &r, &x, &sc) == VMAF_ERR_BAD_BPC, "bpc 20");
    x = d; x.stride = 63;
    CHECK(vmaf_vif_compute(s, &r, &x, &sc) == VMAF_ERR_BAD_STRIDE, "stride 63");
    x = d; x.stride = -64;
    CHECK(vmaf_vif_compute(s, &r, &x, &sc) == VMAF_ERR_BAD_STRIDE, "negative stride");
    sc.scale[0] = -5;
    CHECK(vmaf_vif_compute(s, &r, &r, &sc) == VMAF_OK && sc.scale[0] > 0.99999 && sc.scale[0] <= 1.0,
          "identical frames: scale0 %.17g", sc.scale[0]);
    vmaf_vif_destroy(s); /* create_in: frees nothing */
    free(mem);
    free(rb);
    free(db);

    /* 16-bit planes: odd stride, misaligned data */
    c = ci; c.bpc = 10;
    CHECK(vmaf_vif_create(&s, &c) == VMAF_OK, "10-bit create");
    rb = t_plane(img, 64, 64, 10, 128, &r);
    db = t_plane(img, 64, 64, 10, 129, &d);
    CHECK(vmaf_vif_compute(s, &r, &d, &sc) == VMAF_ERR_BAD_STRIDE, "odd stride at 10 bits");
    xb = malloc(64 * 64 * 2 + 2);
    x = r; x.data = (unsigned char *)xb + 1;
    CHECK(vmaf_vif_compute(s, &x, &r, &sc) == VMAF_ERR_BAD_STRIDE, "misaligned 16-bit data");
    vmaf_vif_destroy(s);
    free(xb);
    free(rb);
    free(db);

    /* allocator: one allocation per create, none per frame, one free per destroy */
    t_alloc_count = t_free_count = 0;
    c = cf;
    c.allocator.alloc = t_alloc;
    c.allocator.free = t_free;
    rb = t_plane(img, 64, 64, 8, 64, &r);
    CHECK(vmaf_vif_create(&s, &c) == VMAF_OK, "create with allocator");
    CHECK(vmaf_vif_compute(s, &r, &r, &sc) == VMAF_OK && vmaf_vif_compute(s, &r, &r, &sc) == VMAF_OK, "compute x2");
    vmaf_vif_destroy(s);
    CHECK(t_alloc_count == 1 && t_free_count == 1, "allocations %d, frees %d", t_alloc_count, t_free_count);

    /* generic API */
    memset(&args, 0, sizeof args);
    args.w = 64;
    args.h = 64;
    args.bpc = 8;
    args.layout = VMAF_LAYOUT_420;
    args.log = t_log;
    args.options = "vif_enhn_gain_limit=0.5";
    st = (void *)&args;
    CHECK(vmaf_vif_extractor()->create(&st, &args) == VMAF_ERR_BAD_OPTION && st == NULL &&
              strstr(t_last_log, "vif_enhn_gain_limit"),
          "generic egl 0.5: %s", t_last_log);
    args.options = "vif_kernelscale=0.3";
    CHECK(vmaf_vif_float_extractor()->create(&st, &args) == VMAF_ERR_BAD_OPTION && strstr(t_last_log, "vif_kernelscale"),
          "generic ks 0.3: %s", t_last_log);
    args.options = "vif_kernelscale=5";
    CHECK(vmaf_vif_float_extractor()->create(&st, &args) == VMAF_ERR_BAD_OPTION && strstr(t_last_log, "vif_kernelscale"),
          "generic ks 5: %s", t_last_log);
    args.options = "vif_prescale_method=cubic";
    CHECK(vmaf_vif_float_extractor()->create(&st, &args) == VMAF_ERR_BAD_OPTION &&
              strstr(t_last_log, "vif_prescale_method"),
          "generic method: %s", t_last_log);
    args.options = "vif_sigma_nsq=7";
    CHECK(vmaf_vif_float_extractor()->create(&st, &args) == VMAF_ERR_BAD_OPTION && strstr(t_last_log, "vif_sigma_nsq"),
          "generic snsq: %s", t_last_log);
    args.options = "debug=maybe";
    CHECK(vmaf_vif_extractor()->create(&st, &args) == VMAF_ERR_BAD_OPTION && strstr(t_last_log, "debug"),
          "generic bool: %s", t_last_log);
    args.options = "debug";
    CHECK(vmaf_vif_extractor()->create(&st, &args) == VMAF_ERR_PARSE, "generic parse");
    CHECK(vmaf_vif_extractor()->create(NULL, &args) == VMAF_ERR_INVALID_ARGUMENT, "generic create(NULL)");
    CHECK(vmaf_vif_extractor()->create(&st, NULL) == VMAF_ERR_INVALID_ARGUMENT, "generic create(args NULL)");
    args.options = NULL;
    args.w = 12;
    CHECK(vmaf_vif_extractor()->create(&st, &args) == VMAF_ERR_TOO_SMALL, "generic too small");
    args.w = 64;
    args.bpc = 3;
    CHECK(vmaf_vif_extractor()->create(&st, &args) == VMAF_ERR_BAD_BPC, "generic bpc");
    args.bpc = 8;

    /* keys */
    {
        static const struct {
            int is_float;
            const char *opts, *provided, *key;
        } kt[] = {
            {0, NULL, "VMAF_integer_feature_vif_scale0_score", "VMAF_integer_feature_vif_scale0_score"},
            {0, "vif_enhn_gain_limit=100", "VMAF_integer_feature_vif_scale2_score", "VMAF_integer_feature_vif_scale2_score"},
            {0, "vif_enhn_gain_limit=1.0", "VMAF_integer_feature_vif_scale0_score", "integer_vif_scale0_egl_1"},
            {0, "vif_enhn_gain_limit=1.0:debug=true", "integer_vif_num_scale3", "integer_vif_num_scale3_egl_1"},
            {0, "vif_skip_scale0=true", "VMAF_integer_feature_vif_scale1_score", "integer_vif_scale1_ssclz"},
            {0, "vif_skip_scale0=true:vif_enhn_gain_limit=1.05", "integer_vif", "integer_vif_egl_1.05_ssclz"},
            {0, "debug=true", "integer_vif_den", "integer_vif_den"},
            {1, NULL, "VMAF_feature_vif_scale0_score", "VMAF_feature_vif_scale0_score"},
            {1, "vif_kernelscale=1.111111", "VMAF_feature_vif_scale0_score", "vif_scale0_ks_1.11111"},
            {1, "vif_kernelscale=3.711340", "vif_num", "vif_num_ks_3.71134"},
            {1, "vif_prescale=2.0:vif_prescale_method=bicubic", "vif", "vif_ps_2_pm_bicubic"},
            {1, "vif_scale1_min_val=0.987654321", "VMAF_feature_vif_scale1_score", "vif_scale1_s1miv_0.987654"},
            {1, "vif_sigma_nsq=0.0", "vif_den_scale0", "vif_den_scale0_snsq_0"},
            {1, "vif_prescale_method=nearest", "vif_den_scale0", "vif_den_scale0"},
        };
        unsigned i;
        for (i = 0; i < sizeof kt / sizeof kt[0]; i++) {
            const VmafExtractor *ex = kt[i].is_float ? vmaf_vif_float_extractor() : vmaf_vif_extractor();
            args.options = kt[i].opts;
            st = NULL;
            err = ex->create(&st, &args);
            if (!CHECK(err == VMAF_OK, "create %s: %d", kt[i].opts ? kt[i].opts : "(none)", err)) continue;
            err = ex->key(st, kt[i].provided, key, sizeof key);
            CHECK(err == VMAF_OK && !strcmp(key, kt[i].key), "key %s [%s] = %s, want %s", kt[i].provided,
                  kt[i].opts ? kt[i].opts : "", key, kt[i].key);
            ex->destroy(st);
        }
        args.options = NULL;
        CHECK(vmaf_vif_extractor()->create(&st, &args) == VMAF_OK, "create default");
        CHECK(vmaf_vif_extractor()->key(st, "VMAF_feature_vif_scale0_score", key, sizeof key) == VMAF_ERR_NOT_FOUND,
              "float key from the integer extractor: not found");
        CHECK(vmaf_vif_extractor()->key(st, "VMAF_integer_feature_vif_scale0_score", key, 8) == VMAF_OK &&
                  strlen(key) == 7,
              "key truncated to the buffer");
        {
            VmafFrame fr, fd;
            t_collect cl;
            memset(&fr, 0, sizeof fr);
            fr.data[0] = r.data;
            fr.stride[0] = r.stride;
            fr.w = 64;
            fr.h = 64;
            fr.bpc = 8;
            fr.layout = VMAF_LAYOUT_420;
            fd = fr;
            cl.n = 0;
            CHECK(vmaf_vif_extractor()->push(st, &fr, &fd, 5, t_emit, &cl) == VMAF_OK && cl.n == 4 && cl.index[0] == 5,
                  "push without debug emits 4 values");
            fd.h = 32;
            CHECK(vmaf_vif_extractor()->push(st, &fr, &fd, 6, t_emit, &cl) == VMAF_ERR_MISMATCH, "push size mismatch");
            fd = fr;
            fd.layout = VMAF_LAYOUT_444;
            CHECK(vmaf_vif_extractor()->push(st, &fr, &fd, 6, t_emit, &cl) == VMAF_ERR_MISMATCH,
                  "push layout mismatch");
            fd = fr;
            fd.w = fr.w = 32;
            CHECK(vmaf_vif_extractor()->push(st, &fr, &fd, 6, t_emit, &cl) == VMAF_ERR_MISMATCH,
                  "push frame of another size");
            CHECK(vmaf_vif_extractor()->push(st, NULL, &fd, 6, t_emit, &cl) == VMAF_ERR_INVALID_ARGUMENT, "push NULL");
            CHECK(vmaf_vif_extractor()->push(st, &fd, &fd, 6, NULL, &cl) == VMAF_ERR_INVALID_ARGUMENT, "push no emit");
        }
        vmaf_vif_extractor()->destroy(st);
        vmaf_vif_extractor()->destroy(NULL);
    }
    free(rb);
}

/* ---------------------------------------------------------------- properties ------------- */

/* Odd sizes, padded strides, every bit depth: a padded-stride plane and a tight one give the
   same bits; 8-bit content shifted to any bpc gives the same bits (SPEC 1); under SAN the
   tight buffers catch any read past the last sample. */
static void test_strides_and_depths(void)
{
    static const unsigned sizes[][2] = {{16, 16}, {17, 19}, {33, 16}, {16, 41}, {45, 37}, {63, 31}, {80, 23}};
    static const unsigned depths[] = {8, 9, 10, 11, 12, 13, 14, 15, 16};
    unsigned si, di, kind;
    int ok_pad = 1, ok_depth = 1, ok_range = 1, n = 0;
    for (si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
        unsigned w = sizes[si][0], h = sizes[si][1];
        uint8_t *a = (uint8_t *)malloc((size_t)w * h), *b = (uint8_t *)malloc((size_t)w * h);
        t_fill8(a, w, h, (int)si, 0);
        t_fill8(b, w, h, (int)si, 12);
        for (kind = 0; kind < 2; kind++) {
            VmafVifScores base;
            memset(&base, 0, sizeof base);
            for (di = 0; di < sizeof depths / sizeof depths[0]; di++) {
                unsigned bpc = depths[di], skip;
                size_t bps = bpc > 8 ? 2 : 1;
                for (skip = 0; skip < 2; skip++) {
                    VmafVifConfig cfg;
                    VmafPlane r1, d1, r2, d2;
                    void *p1, *p2, *p3, *p4;
                    VmafVifScores s1, s2;
                    int e1, e2;
                    if (skip && di != 0 && di != 2) continue;
                    vmaf_vif_config_default(&cfg, kind ? VMAF_VIF_FLOAT : VMAF_VIF_INTEGER);
                    cfg.w = w;
                    cfg.h = h;
                    cfg.bpc = bpc;
                    cfg.skip_scale0 = (int)skip;
                    p1 = t_plane(a, w, h, bpc, w * bps, &r1);
                    p2 = t_plane(b, w, h, bpc, w * bps, &d1);
                    p3 = t_plane(a, w, h, bpc, w * bps + 2 * (1 + si), &r2);
                    p4 = t_plane(b, w, h, bpc, w * bps + 64, &d2);
                    e1 = t_compute(&cfg, &r1, &d1, &s1);
                    e2 = t_compute(&cfg, &r2, &d2, &s2);
                    CHECK(e1 == VMAF_OK && e2 == VMAF_OK, "%ux%u bpc %u kind %u: %d %d", w, h, bpc, kind, e1, e2);
                    if (!t_same(&s1, &s2)) ok_pad = 0;
                    if (!skip) {
                        unsigned k;
                        if (di == 0) base = s1;
                        else if (!t_same(&base, &s1)) ok_depth = 0;
                        for (k = 0; k < 4; k++)
                            if (!(s1.scale[k] > 0.0 && s1.scale[k] < 1.1)) ok_range = 0;
                    } else {
                        CHECK(s1.scale[0] == 0.0 && s1.num[0] == 0.0 && s1.den[0] == -1.0 && s1.scale[1] == base.scale[1],
                              "skip_scale0 %ux%u", w, h);
                    }
                    n++;
                    free(p1);
                    free(p2);
                    free(p3);
                    free(p4);
                }
            }
        }
        free(a);
        free(b);
    }
    CHECK(ok_pad, "padded strides give the same bits as tight ones (%d runs)", n);
    CHECK(ok_depth, "8-bit content shifted to bpc 9..16 gives the same bits");
    CHECK(ok_range, "scores in (0, 1.1) (tiny noisy frames can exceed 1 a little)");
}

/* Random sizes, bit depths, strides and options: a tight plane (the buffer ends right after
   the last sample) and a padded one give the same bits, and a state made with create_in in
   caller memory at an odd address gives the same bits as vmaf_vif_create. */
static void test_random(void)
{
    int it, ok = 1, n = 0;
    t_rng = 777u;
    for (it = 0; it < 24; it++) {
        unsigned w = 16 + t_rand() % 90, h = 16 + t_rand() % 70, bpc = 8 + t_rand() % 9;
        unsigned kind = t_rand() % 2, bps = bpc > 8 ? 2 : 1;
        size_t pad = (t_rand() % 5) * 2;
        uint8_t *a = (uint8_t *)malloc((size_t)w * h), *b = (uint8_t *)malloc((size_t)w * h);
        VmafVifConfig cfg;
        VmafPlane r1, d1, r2, d2;
        VmafVifScores s1, s2, s3;
        VmafVifState *st;
        void *p1, *p2, *p3, *p4;
        unsigned char *mem;
        size_t size;
        t_fill8(a, w, h, it, 0);
        t_fill8(b, w, h, it, 1 + it % 13);
        vmaf_vif_config_default(&cfg, kind ? VMAF_VIF_FLOAT : VMAF_VIF_INTEGER);
        cfg.w = w;
        cfg.h = h;
        cfg.bpc = bpc;
        cfg.skip_scale0 = t_rand() % 4 == 0;
        if (t_rand() % 3 == 0) cfg.enhn_gain_limit = 1.0 + (t_rand() % 100) / 10.0;
        if (kind && t_rand() % 3 == 0) {
            cfg.prescale = 0.6 + (t_rand() % 30) / 10.0;
            cfg.prescale_method = (VmafVifPrescaleMethod)(t_rand() % 4);
        }
        if (kind && t_rand() % 3 == 0) cfg.kernelscale = (double)vmaf__vif_kernelscales[t_rand() % 21];
        if (kind && t_rand() % 4 == 0) cfg.sigma_nsq = (t_rand() % 50) / 10.0;
        p1 = t_plane(a, w, h, bpc, (size_t)w * bps, &r1);
        p2 = t_plane(b, w, h, bpc, (size_t)w * bps, &d1);
        p3 = t_plane(a, w, h, bpc, (size_t)w * bps + pad, &r2);
        p4 = t_plane(b, w, h, bpc, (size_t)w * bps + pad + 2, &d2);
        if (vmaf_vif_memory_size(&cfg, &size) != VMAF_OK) { /* too small for this kernel scale / prescale */
            CHECK(t_compute(&cfg, &r1, &d1, &s1) == VMAF_ERR_TOO_SMALL, "random %d: only TOO_SMALL may fail", it);
        } else {
            mem = (unsigned char *)malloc(size + 1);
            CHECK(t_compute(&cfg, &r1, &d1, &s1) == VMAF_OK, "random %d: compute", it);
            CHECK(t_compute(&cfg, &r2, &d2, &s2) == VMAF_OK, "random %d: compute padded", it);
            CHECK(vmaf_vif_create_in(&st, mem + 1, size, &cfg) == VMAF_OK && vmaf_vif_compute(st, &r2, &d1, &s3) == VMAF_OK,
                  "random %d: create_in", it);
            vmaf_vif_destroy(st);
            if (!t_same(&s1, &s2) || !t_same(&s1, &s3)) {
                ok = 0;
                fprintf(stderr, "random %d: %ux%u bpc %u kind %u differs\n", it, w, h, bpc, kind);
            }
            n++;
            free(mem);
        }
        free(p1);
        free(p2);
        free(p3);
        free(p4);
        free(a);
        free(b);
    }
    CHECK(ok && n > 12, "random frames: tight, padded and create_in states agree (%d runs)", n);
}

/* Float options on odd small frames: every kernel scale at its minimum size, every prescale
   method up and down (SAN checks the resamplers' reads). */
static void test_float_options_small(void)
{
    static const double ps[] = {0.5, 0.73, 2.0, 3.3};
    unsigned i, m, q;
    int ok = 1, n = 0;
    for (i = 0; i < 21; i++) { /* each ks at the smallest accepted size (odd + 1) */
        VmafVifConfig cfg;
        VmafVifScores sc;
        VmafPlane r, d;
        void *p1, *p2;
        uint8_t *a, *b;
        unsigned w = 1, sc3;
        vmaf_vif_config_default(&cfg, VMAF_VIF_FLOAT);
        cfg.kernelscale = (double)vmaf__vif_kernelscales[i];
        sc3 = vmaf__vif_kernelscale_widths[i][3] / 2 + 1;
        w = 8 * sc3 + 1; /* w_3 = sc3 */
        cfg.w = w;
        cfg.h = w + 2;
        a = (uint8_t *)malloc((size_t)w * (w + 2));
        b = (uint8_t *)malloc((size_t)w * (w + 2));
        t_fill8(a, w, w + 2, (int)i, 0);
        t_fill8(b, w, w + 2, (int)i, 9);
        p1 = t_plane(a, w, w + 2, 8, w, &r);
        p2 = t_plane(b, w, w + 2, 8, w + 3, &d);
        if (t_compute(&cfg, &r, &d, &sc) != VMAF_OK) ok = 0;
        for (q = 0; q < 4; q++)
            if (!(sc.scale[q] > 0 && sc.scale[q] < 1.1)) ok = 0;
        cfg.h = 8 * sc3 - 1;
        r.h = d.h = cfg.h;
        if (t_compute(&cfg, &r, &d, &sc) != VMAF_ERR_TOO_SMALL) ok = 0;
        free(p1);
        free(p2);
        free(a);
        free(b);
        n++;
    }
    CHECK(ok, "every kernel scale at its minimum size (%d)", n);
    ok = 1;
    for (m = 0; m < 4; m++)
        for (i = 0; i < sizeof ps / sizeof ps[0]; i++) {
            VmafVifConfig cfg;
            VmafVifScores sc;
            VmafPlane r, d;
            void *p1, *p2;
            uint8_t a[53 * 47], b[53 * 47];
            vmaf_vif_config_default(&cfg, VMAF_VIF_FLOAT);
            cfg.w = 53;
            cfg.h = 47;
            cfg.bpc = 10;
            cfg.prescale = ps[i];
            cfg.prescale_method = (VmafVifPrescaleMethod)m;
            t_fill8(a, cfg.w, cfg.h, (int)m, 0);
            t_fill8(b, cfg.w, cfg.h, (int)m, 7);
            p1 = t_plane(a, cfg.w, cfg.h, 10, cfg.w * 2, &r);
            p2 = t_plane(b, cfg.w, cfg.h, 10, cfg.w * 2 + 6, &d);
            if (t_compute(&cfg, &r, &d, &sc) != VMAF_OK) ok = 0;
            for (q = 0; q < 4; q++)
                if (!(sc.scale[q] > 0 && sc.scale[q] < 1.1)) ok = 0;
            free(p1);
            free(p2);
        }
    CHECK(ok, "prescale methods x factors on 53x47");
    { /* upscaling a tiny frame: 8x8 x 2 and 9x11 x 4 */
        VmafVifConfig cfg;
        VmafVifScores sc;
        VmafPlane r, d;
        void *p1, *p2;
        uint8_t a[9 * 11], b[9 * 11];
        for (m = 0; m < 4; m++) {
            vmaf_vif_config_default(&cfg, VMAF_VIF_FLOAT);
            cfg.w = 9;
            cfg.h = 11;
            cfg.prescale = 4.0;
            cfg.prescale_method = (VmafVifPrescaleMethod)m;
            t_fill8(a, 9, 11, 3, 0);
            t_fill8(b, 9, 11, 3, 20);
            p1 = t_plane(a, 9, 11, 8, 9, &r);
            p2 = t_plane(b, 9, 11, 8, 9, &d);
            CHECK(t_compute(&cfg, &r, &d, &sc) == VMAF_OK && sc.scale[3] > 0, "9x11 prescale 4 method %u", m);
            free(p1);
            free(p2);
        }
    }
}

/* Two states on two threads give the same bits as one thread. */
typedef struct {
    VmafVifKind kind;
    const th_pair *p;
    VmafVifScores sc[3];
    int err;
} t_job;

static void *t_thread(void *arg)
{
    t_job *j = (t_job *)arg;
    VmafVifConfig cfg;
    VmafVifState *s;
    unsigned f;
    vmaf_vif_config_default(&cfg, j->kind);
    cfg.w = j->p->w;
    cfg.h = j->p->h;
    cfg.bpc = j->p->bpc;
    j->err = vmaf_vif_create(&s, &cfg);
    if (j->err) return NULL;
    for (f = 0; f < 3 && f < j->p->frames; f++) {
        void *rb = th_read_frame(j->p, 0, f), *db = th_read_frame(j->p, 1, f);
        VmafPlane r, d;
        if (!rb || !db) {
            j->err = -1;
            free(rb);
            free(db);
            break;
        }
        r = t_luma(j->p, rb);
        d = t_luma(j->p, db);
        j->err |= vmaf_vif_compute(s, &r, &d, &j->sc[f]);
        free(rb);
        free(db);
    }
    vmaf_vif_destroy(s);
    return NULL;
}

static void test_threads(void)
{
    th_pair p;
    t_job a, b, c;
    pthread_t ta, tb;
    unsigned kind;
    if (!th_pair_by_name("sparks_10bit", &p)) {
        th_skip("sparks_10bit missing");
        return;
    }
    for (kind = 0; kind < 2; kind++) {
        memset(&a, 0, sizeof a);
        a.kind = (VmafVifKind)kind;
        a.p = &p;
        b = a;
        c = a;
        t_thread(&c);
        CHECK(pthread_create(&ta, NULL, t_thread, &a) == 0 && pthread_create(&tb, NULL, t_thread, &b) == 0,
              "threads start");
        pthread_join(ta, NULL);
        pthread_join(tb, NULL);
        CHECK(!a.err && !b.err && !c.err, "thread errors %d %d %d", a.err, b.err, c.err);
        CHECK(!memcmp(a.sc, c.sc, sizeof a.sc) && !memcmp(b.sc, c.sc, sizeof b.sc),
              "kind %u: two threads give the single-thread bits", kind);
    }
}

/* 8K: create and compute one frame (not under the sanitizers: too slow there). */
static void test_8k(void)
{
    const unsigned w = 7680, h = 4320;
    uint8_t *a, *b;
    VmafPlane r, d;
    unsigned kind, i;
    if (t_quick) return;
    if (T_SAN) {
        VmafVifConfig cfg;
        size_t size;
        vmaf_vif_config_default(&cfg, VMAF_VIF_FLOAT);
        cfg.w = w;
        cfg.h = h;
        CHECK(vmaf_vif_memory_size(&cfg, &size) == VMAF_OK && size > (size_t)w * h, "8K memory size (SAN: no compute)");
        return;
    }
    a = (uint8_t *)malloc((size_t)w * h);
    b = (uint8_t *)malloc((size_t)w * h);
    for (i = 0; i < h; i++) {
        t_fill8(a + (size_t)i * w, w, 1, (int)(i % 7), 0);
        t_fill8(b + (size_t)i * w, w, 1, (int)(i % 7), 6);
    }
    r.data = a;
    d.data = b;
    r.stride = d.stride = w;
    r.w = d.w = w;
    r.h = d.h = h;
    r.bpc = d.bpc = 8;
    for (kind = 0; kind < 2; kind++) {
        VmafVifConfig cfg;
        VmafVifScores sc;
        memset(&sc, 0, sizeof sc);
        vmaf_vif_config_default(&cfg, (VmafVifKind)kind);
        cfg.w = w;
        cfg.h = h;
        CHECK(t_compute(&cfg, &r, &d, &sc) == VMAF_OK && sc.scale[0] > 0 && sc.scale[0] < 1 && sc.scale[3] > 0,
              "8K kind %u: %g %g", kind, sc.scale[0], sc.scale[3]);
    }
    free(a);
    free(b);
}

static void t_timed(const char *name, void (*fn)(void))
{
    clock_t t0 = clock();
    fn();
    fprintf(stderr, "time: %-24s %6.2f s cpu\n", name, (double)(clock() - t0) / CLOCKS_PER_SEC);
}

int main(void)
{
    th_init();
    t_quick = getenv("TEST_VIF_QUICK") && *getenv("TEST_VIF_QUICK") == '1';
    t_timed("units", test_units);
    t_timed("bad input", test_bad_input);
    t_timed("strides and depths", test_strides_and_depths);
    t_timed("random", test_random);
    t_timed("float options", test_float_options_small);
    t_timed("threads", test_threads);
    t_timed("goldens", test_goldens);
    t_timed("8K", test_8k);
    return th_finish();
}
