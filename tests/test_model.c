/* tests/test_model.c - vmaf_model.h: number conversion, model loading (files and built-ins),
   prediction and pooling against the libvmaf goldens, option handling, malformed models. */
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_model.h"
#include "harness.h"
#include "test_model_util.h"

/* ---------------- decimal -> double/float against the C library (C locale) ---------------- */
static uint64_t dbl_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static void test_decimal(void)
{
    static const char *const edge[] = {
        "0", "-0", "1", "0.1", "0.012020766332648465", "-0.3092981927591963", "2.220446e-16",
        "-1.110223e-16", "9007199254740993", "9007199254740992.5", "9007199254740993.0000000001",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
        "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
        "1e-400", "1.7976931348623157e308", "1.7976931348623158e308", "179769313486231580793728971405301e276",
        "123456789012345678901234567890e-40", "0.000000000000000000000000000000000000000001",
        "7.038531e-26", "8.533e+68", "4.1006e-184", "9.998e+307", "9.9538452227e-280",
        "6.47660115e-260", "7.4e+47", "5.92e+48", "7.35e+66", "8.32116e+55", "1e23", "8.9255e-300",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126",
        "2.50000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
        "3.4028235677973366e38", "1.17549435e-38", "1.4e-45", "7.0064923216240854e-46", "16777217",
        "0.3333333333333333333333333333333333333333333333333333333333333333333333333333333333333",
        "1.5", "+1.5", ".5", "5.", "1e5", "1E-5", "123.456e2"};
    unsigned i, bad = 0, badf = 0, n = 0;
    uint64_t s = 88172645463325252ull;
    char buf[128];
    for (i = 0; i < sizeof edge / sizeof edge[0] + 200000; i++) {
        const char *t;
        double v, ref;
        float vf, reff;
        int range;
        size_t k;
        if (i < sizeof edge / sizeof edge[0]) {
            t = edge[i];
        } else { /* random mantissa of 1..25 digits, random exponent */
            unsigned nd, d, e, pos = 0;
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            nd = 1 + (unsigned)(s % 25);
            if (s & 0x100000) buf[pos++] = '-';
            for (d = 0; d < nd; d++) {
                s ^= s << 13; s ^= s >> 7; s ^= s << 17;
                buf[pos++] = (char)('0' + s % 10);
                if (d == 0 && (s & 0x80000)) buf[pos++] = '.';
            }
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            e = (unsigned)(s % 700);
            pos += (unsigned)sprintf(buf + pos, "e%d", (int)e - 360);
            buf[pos] = 0;
            t = buf;
        }
        k = vmaf__scan_number(t, strlen(t), 0, 0, &v, &range);
        ref = strtod(t, NULL);
        n++;
        if (k != strlen(t) || (!range && dbl_bits(v) != dbl_bits(ref)) || (range && !isinf(ref))) {
            if (bad++ < 5) fprintf(stderr, "decimal: %s -> %.17g, strtod %.17g\n", t, v, ref);
        }
        k = vmaf__scan_number(t, strlen(t), 0, 1, &v, &range);
        vf = (float)v;
        reff = strtof(t, NULL);
        if (k != strlen(t) || (!range && (float)v != reff) || (!range && (double)vf != v) || (range && !isinf(reff))) {
            if (badf++ < 5) fprintf(stderr, "decimal->float: %s -> %.9g, strtof %.9g\n", t, (double)vf, (double)reff);
        }
    }
    {   /* long mantissas (up to 900 digits: the sticky-digit path) at extreme exponents */
        static char lng[1024];
        for (i = 0; i < 300; i++) {
            unsigned nd, d, pos = 0;
            double v, ref;
            int range;
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            nd = 700 + (unsigned)(s % 200);
            for (d = 0; d < nd; d++) {
                s ^= s << 13; s ^= s >> 7; s ^= s << 17;
                lng[pos++] = (char)('0' + (d == 0 ? 1 + s % 9 : (i % 3 == 0 && d > 20 ? 0 : s % 10)));
            }
            if (i % 5 == 0) lng[pos - 1] = '1'; /* a non-zero digit far beyond double precision */
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            pos += (unsigned)sprintf(lng + pos, "e%d", -(int)nd - 340 + (int)(s % 700));
            lng[pos] = 0;
            vmaf__scan_number(lng, pos, 1, 0, &v, &range);
            ref = strtod(lng, NULL);
            n++;
            if ((!range && dbl_bits(v) != dbl_bits(ref)) || (range && !isinf(ref))) {
                if (bad++ < 5) fprintf(stderr, "decimal (long): %.40s... -> %.17g, strtod %.17g\n", lng, v, ref);
            }
        }
    }
    CHECK(bad == 0, "decimal->double: %u of %u differ from strtod", bad, n);
    CHECK(badf == 0, "decimal->float: %u of %u differ from strtof", badf, n);
    /* JSON grammar */
    {
        static const char *const notjson[] = {"+1", ".5", "5.", "01", "-", "1e", "1e+", "-.5", "0x10"};
        static const char *const json[] = {"0", "-0", "0.5", "-1.25e-3", "1E5", "10"};
        double v;
        int range;
        for (i = 0; i < sizeof notjson / sizeof notjson[0]; i++)
            CHECK(vmaf__scan_number(notjson[i], strlen(notjson[i]), 1, 0, &v, &range) != strlen(notjson[i]),
                  "JSON rejects number %s", notjson[i]);
        for (i = 0; i < sizeof json / sizeof json[0]; i++)
            CHECK(vmaf__scan_number(json[i], strlen(json[i]), 1, 0, &v, &range) == strlen(json[i]) && v == strtod(json[i], NULL),
                  "JSON accepts number %s", json[i]);
    }
    /* option normalisation: strtof -> %g */
    {
        char out[64];
        CHECK(vmaf__norm_number("1.0", 3, out, sizeof out) && !strcmp(out, "1"), "norm 1.0 -> %s", out);
        CHECK(vmaf__norm_number("1.23456789", 10, out, sizeof out) && !strcmp(out, "1.23457"), "norm 1.23456789 -> %s", out);
        CHECK(vmaf__norm_number("0.0015864", 9, out, sizeof out) && !strcmp(out, "0.0015864"), "norm 0.0015864 -> %s", out);
        CHECK(!vmaf__norm_number("true", 4, out, sizeof out), "norm rejects true");
        CHECK(!vmaf__norm_number("1e99", 4, out, sizeof out), "norm rejects a float overflow");
    }
}

/* ---------------- built-in == file, member by member ---------------- */
static int member_equal(const vmaf__member *a, const vmaf__member *b, const VmafModelFile *ma, const VmafModelFile *mb)
{
    unsigned i;
    if (strcmp(a->name, b->name) || a->type != b->type || a->norm != b->norm || a->n != b->n) return 0;
    for (i = 0; i < a->n; i++) {
        if (strcmp(ma->feat[a->feat[i]].provided, mb->feat[b->feat[i]].provided)) return 0;
        if (strcmp(ma->feat[a->feat[i]].options, mb->feat[b->feat[i]].options)) return 0;
    }
    if (dbl_bits(a->slope0) != dbl_bits(b->slope0) || dbl_bits(a->icpt0) != dbl_bits(b->icpt0)) return 0;
    if ((a->slope == NULL) != (b->slope == NULL) || (a->icpt == NULL) != (b->icpt == NULL)) return 0;
    if (a->slope && memcmp(a->slope, b->slope, sizeof(double) * a->n)) return 0;
    if (a->icpt && memcmp(a->icpt, b->icpt, sizeof(double) * a->n)) return 0;
    if (a->clip != b->clip || dbl_bits(a->clip_lo) != dbl_bits(b->clip_lo) || dbl_bits(a->clip_hi) != dbl_bits(b->clip_hi)) return 0;
    if (a->tr_on != b->tr_on || a->knots_on != b->knots_on || a->lte != b->lte || a->gte != b->gte || a->nknots != b->nknots) return 0;
    for (i = 0; i < 3; i++)
        if (a->p_on[i] != b->p_on[i] || dbl_bits(a->p[i]) != dbl_bits(b->p[i])) return 0;
    if (memcmp(a->kx, b->kx, sizeof a->kx) || memcmp(a->ky, b->ky, sizeof a->ky)) return 0;
    if (dbl_bits(a->gamma) != dbl_bits(b->gamma) || dbl_bits(a->rho) != dbl_bits(b->rho) || a->nsv != b->nsv) return 0;
    if (memcmp(a->coef, b->coef, sizeof(double) * a->nsv)) return 0;
    if (memcmp(a->sv, b->sv, sizeof(double) * a->nsv * a->n)) return 0;
    return 1;
}

static void test_builtin_vs_file(void)
{
    unsigned i, j;
    CHECK(!strcmp(vmaf_model_builtin_name(0), "vmaf_v0.6.1"), "default built-in is vmaf_v0.6.1");
    for (i = 0; vmaf_model_builtin_name(i); i++) {
        const char *name = vmaf_model_builtin_name(i);
        char path[256];
        VmafModelFile *a = NULL, *b = NULL;
        int ea, eb, same = 1;
        snprintf(path, sizeof path, TH_DATA "/models/%s.json", name);
        ea = vmaf_model_builtin(&a, name, NULL);
        eb = vmaf_model_read(&b, path, NULL);
        CHECK(ea == 0 && eb == 0, "load %s: built-in %d, file %d", name, ea, eb);
        if (ea || eb) continue;
        CHECK(!strcmp(vmaf_model_label(a), name) && !strcmp(vmaf_model_label(b), path), "labels of %s", name);
        same = a->nmem == b->nmem && a->nfeat == b->nfeat && a->nout == b->nout;
        for (j = 0; same && j < a->nmem; j++) same = member_equal(&a->mem[j], &b->mem[j], a, b);
        for (j = 0; same && j < a->nout; j++) same = !strcmp(a->out[j], b->out[j]);
        CHECK(same, "built-in %s has exactly the numbers of %s", name, path);
        CHECK(vmaf_model_collection_size(a) == (strstr(name, "_b_") ? 20u : 0u), "%s collection size %u", name,
              vmaf_model_collection_size(a));
        vmaf_model_free(a);
        vmaf_model_free(b);
    }
    CHECK(i == 9, "9 built-in models (%u)", i);
    {
        VmafModelFile *m = (VmafModelFile *)1;
        CHECK(vmaf_model_builtin(&m, "vmaf_v9", NULL) == VMAF_ERR_NOT_FOUND && m == NULL, "unknown built-in");
        CHECK(vmaf_model_read(&m, TH_DATA "/models/nonexistent.json", NULL) == VMAF_ERR_IO, "missing file");
    }
}

/* ---------------- prediction and pooling against the goldens ---------------- */
typedef struct {
    const char *golden;
    double tol;
    unsigned frames_ok, frames_bit, frames_n, pooled_ok, pooled_bit, pooled_n;
} family;

static void test_goldens(void)
{
    family fam[] = {{"default", 1e-9, 0, 0, 0, 0, 0, 0}, {"neg", 1e-9, 0, 0, 0, 0, 0, 0},
                    {"4k", 1e-9, 0, 0, 0, 0, 0, 0},      {"phone", 1e-9, 0, 0, 0, 0, 0, 0},
                    {"float", 1e-6, 0, 0, 0, 0, 0, 0},   {"bootstrap", 1e-9, 0, 0, 0, 0, 0, 0},
                    {"float_bootstrap", 1e-6, 0, 0, 0, 0, 0, 0}};
    th_pair pairs[64];
    int np = th_pairs(pairs, 64), pi;
    unsigned fi, feat_pool_bit = 0, feat_pool_n = 0;
    CHECK(np >= 12, "manifest has the 12 pairs (%d)", np);
    for (fi = 0; fi < sizeof fam / sizeof fam[0]; fi++) {
        family *F = &fam[fi];
        for (pi = 0; pi < np; pi++) {
            char args[2048], spec[512], pname[64];
            th_golden *g;
            VmafModelFile *m = NULL;
            unsigned nf, no, f, o, k, fr;
            double *x, *y;
            VmafModelPool *pools;
            char keys[64][300];
            snprintf(pname, sizeof pname, "%.63s", pairs[pi].name);
            if (!th_golden_args(pname, F->golden, args, sizeof args, NULL, 0)) {
                th_skip("golden row missing");
                continue;
            }
            if (!tm_model_spec(args, spec, sizeof spec)) {
                CHECK(0, "no --model in %s", args);
                continue;
            }
            g = th_golden_load(pname, F->golden);
            if (!CHECK(g != NULL, "load golden %s/%s", pname, F->golden)) continue;
            if (!CHECK(vmaf_model_open(&m, spec, NULL) == 0, "open model \"%s\"", spec)) {
                th_golden_free(g);
                continue;
            }
            nf = vmaf_model_feature_count(m);
            no = vmaf_model_output_count(m);
            x = (double *)calloc(nf, sizeof(double));
            y = (double *)calloc(no, sizeof(double));
            pools = (VmafModelPool *)calloc(no, sizeof(VmafModelPool));
            for (f = 0; f < nf; f++) {
                const char *pr, *op;
                vmaf_model_feature(m, f, &pr, &op);
                tm_key(pr, op, keys[f], sizeof keys[f]);
            }
            for (fr = 0; fr < (unsigned)g->nframes; fr++) {
                int have = 1;
                for (f = 0; f < nf; f++)
                    if (!th_golden_get(g, (int)fr, vmaf_name_alias(keys[f]), &x[f])) {
                        CHECK(0, "%s/%s frame %u: no feature %s", pname, F->golden, fr, vmaf_name_alias(keys[f]));
                        have = 0;
                    }
                if (!have) continue;
                CHECK(vmaf_model_predict(m, x, y) == 0, "predict");
                for (o = 0; o < no; o++) {
                    double ref;
                    const char *on = vmaf_model_output_name(m, o);
                    vmaf_model_pool_add(&pools[o], y[o]);
                    if (!CHECK(th_golden_get(g, (int)fr, on, &ref), "%s/%s frame %u: golden has %s", pname, F->golden, fr, on))
                        continue;
                    F->frames_n++;
                    F->frames_ok += fabs(y[o] - ref) <= F->tol;
                    F->frames_bit += dbl_bits(y[o]) == dbl_bits(ref);
                    CHECK_NEAR(y[o], ref, F->tol, "%s/%s frame %u %s: %.17g vs golden %.17g", pname, F->golden, fr, on,
                               y[o], ref);
                }
            }
            for (o = 0; o < no; o++) {
                const char *on = vmaf_model_output_name(m, o);
                for (k = 1; k <= 4; k++) {
                    double v = 0, ref = 0;
                    if (!CHECK(th_golden_pooled(g, on, (int)k - 1, &ref), "golden pooled %s", on)) continue;
                    vmaf_model_pool_get(&pools[o], (int)k, &v);
                    F->pooled_n++;
                    F->pooled_ok += fabs(v - ref) <= F->tol;
                    F->pooled_bit += dbl_bits(v) == dbl_bits(ref);
                    CHECK_NEAR(v, ref, F->tol, "%s/%s pooled %s method %u: %.17g vs %.17g", pname, F->golden, on, k, v, ref);
                }
            }
            /* pooling of every golden feature column: same arithmetic, so identical */
            for (k = 0; k < (unsigned)g->npooled; k++) {
                int isout = 0, method;
                VmafModelPool pool;
                for (o = 0; o < no; o++) isout |= !strcmp(g->pooled[k].name, vmaf_model_output_name(m, o));
                if (isout) continue;
                vmaf_model_pool_init(&pool);
                for (fr = 0; fr < (unsigned)g->nframes; fr++) {
                    double v;
                    if (th_golden_get(g, (int)fr, g->pooled[k].name, &v)) vmaf_model_pool_add(&pool, v);
                }
                for (method = 1; method <= 4; method++) {
                    double v;
                    if (!g->pooled[k].have[method - 1]) continue;
                    vmaf_model_pool_get(&pool, method, &v);
                    feat_pool_n++;
                    feat_pool_bit += dbl_bits(v) == dbl_bits(g->pooled[k].v[method - 1]);
                }
            }
            free(x);
            free(y);
            free(pools);
            vmaf_model_free(m);
            th_golden_free(g);
        }
        printf("golden %-16s per-frame outputs: %u/%u within %g, %u/%u bit-identical; pooled: %u/%u within, %u/%u bit-identical\n",
               F->golden, F->frames_ok, F->frames_n, F->tol, F->frames_bit, F->frames_n, F->pooled_ok, F->pooled_n, F->pooled_bit,
               F->pooled_n);
        CHECK(F->frames_n > 0 && F->frames_bit == F->frames_n, "%s: every per-frame output bit-identical (%u/%u)", F->golden,
              F->frames_bit, F->frames_n);
        CHECK(F->pooled_n > 0 && F->pooled_bit == F->pooled_n, "%s: every pooled output bit-identical (%u/%u)", F->golden,
              F->pooled_bit, F->pooled_n);
    }
    printf("pooled golden feature columns: %u/%u bit-identical\n", feat_pool_bit, feat_pool_n);
    CHECK(feat_pool_n > 0 && feat_pool_bit == feat_pool_n, "feature pooling bit-identical (%u/%u)", feat_pool_bit, feat_pool_n);
}

/* ---------------- options ---------------- */
static void test_options(void)
{
    VmafModelFile *m = NULL, *t = NULL, *c = NULL;
    VmafModelOptions o;
    double x[6] = {0.9, 3.0, 0.5, 0.8, 0.9, 0.95}, y[32], z[32];
    double hi[6] = {1.2, 40.0, 1.0, 1.0, 1.0, 1.0};
    unsigned i;
    memset(&o, 0, sizeof o);
    CHECK(vmaf_model_builtin(&m, "vmaf_v0.6.1", NULL) == 0, "load default");
    o.flags = VMAF_MODEL_ENABLE_TRANSFORM;
    CHECK(vmaf_model_builtin(&t, "vmaf_v0.6.1", &o) == 0, "load with enable_transform");
    if (m && t) {
        vmaf_model_predict(m, x, y);
        vmaf_model_predict(t, x, z);
        CHECK(z[0] > y[0], "transform raises the score (%g > %g)", z[0], y[0]);
        vmaf_model_predict(m, hi, y);
        CHECK(y[0] == 100.0, "clipped at 100 (%g)", y[0]);
    }
    vmaf_model_free(t);
    t = NULL;
    o.flags = VMAF_MODEL_DISABLE_CLIP;
    CHECK(vmaf_model_builtin(&t, "vmaf_v0.6.1", &o) == 0, "load with disable_clip");
    if (t) {
        vmaf_model_predict(t, hi, z);
        CHECK(z[0] > 100.0, "unclipped above 100 (%g)", z[0]);
    }
    vmaf_model_free(t);
    t = NULL;
    /* enable_transform on a model without score_transform changes nothing */
    o.flags = VMAF_MODEL_ENABLE_TRANSFORM;
    CHECK(vmaf_model_builtin(&t, "vmaf_4k_v0.6.1", &o) == 0 && vmaf_model_builtin(&c, "vmaf_4k_v0.6.1", NULL) == 0, "4k");
    if (t && c) {
        vmaf_model_predict(t, x, y);
        vmaf_model_predict(c, x, z);
        CHECK(dbl_bits(y[0]) == dbl_bits(z[0]), "enable_transform without score_transform: no change");
    }
    vmaf_model_free(t);
    vmaf_model_free(c);
    t = c = NULL;
    /* names */
    o.flags = 0;
    o.name = "neg";
    CHECK(vmaf_model_builtin(&c, "vmaf_b_v0.6.3", &o) == 0, "collection named neg");
    if (c) {
        static const char *const want[] = {"neg", "neg_0001", "neg_0020", "neg_bagging", "neg_stddev", "neg_ci_p95_lo", "neg_ci_p95_hi"};
        static const unsigned at[] = {0, 1, 20, 21, 22, 23, 24};
        CHECK(vmaf_model_output_count(c) == 25, "25 outputs");
        for (i = 0; i < 7; i++)
            CHECK(vmaf_model_output_name(c, at[i]) && !strcmp(vmaf_model_output_name(c, at[i]), want[i]), "output %u is %s", at[i], want[i]);
        CHECK(vmaf_model_output_name(c, 25) == NULL, "no output 25");
    }
    vmaf_model_free(c);
    c = NULL;
    o.name = "bad name";
    CHECK(vmaf_model_builtin(&c, "vmaf_v0.6.1", &o) == VMAF_ERR_INVALID_ARGUMENT, "name with a space rejected");
    o.name = NULL;
    o.flags = 8;
    CHECK(vmaf_model_builtin(&c, "vmaf_v0.6.1", &o) == VMAF_ERR_INVALID_ARGUMENT, "unknown flag rejected");
    /* vmaf_model_open: the --model text */
    CHECK(vmaf_model_open(&c, "version=vmaf_v0.6.1:name=phone:enable_transform", NULL) == 0, "open phone");
    if (c && t == NULL) {
        o.flags = VMAF_MODEL_ENABLE_TRANSFORM;
        o.name = NULL;
        vmaf_model_builtin(&t, "vmaf_v0.6.1", &o);
        vmaf_model_predict(c, x, y);
        vmaf_model_predict(t, x, z);
        CHECK(!strcmp(vmaf_model_name(c), "phone") && dbl_bits(y[0]) == dbl_bits(z[0]), "open == options");
        CHECK(!strcmp(vmaf_model_label(c), "vmaf_v0.6.1"), "label is the version");
    }
    vmaf_model_free(c);
    vmaf_model_free(t);
    c = t = NULL;
    CHECK(vmaf_model_open(&c, "version=vmaf_v0.6.1:enable_transform=false:disable_clip=1", NULL) == 0, "=false/=1 ignored");
    if (c && m) {
        vmaf_model_predict(c, hi, y);
        vmaf_model_predict(m, hi, z);
        CHECK(dbl_bits(y[0]) == dbl_bits(z[0]), "flags with other values are ignored, as libvmaf");
    }
    vmaf_model_free(c);
    c = NULL;
    CHECK(vmaf_model_open(&c, "path=" TH_DATA "/models/vmaf_v0.6.1neg.json:vif.vif_enhn_gain_limit=1.0:adm.adm_enhn_gain_limit=1.00000001",
                          NULL) == 0, "open path with overloads");
    if (c) {
        CHECK(c->novl == 2 && !strcmp(c->ovl[0].ext, "vif") && !strcmp(c->ovl[0].opt, "vif_enhn_gain_limit") &&
              !strcmp(c->ovl[0].val, "1") && !strcmp(c->ovl[1].val, "1"), "overload values normalised");
        CHECK(!strcmp(vmaf_model_label(c), TH_DATA "/models/vmaf_v0.6.1neg.json"), "label is the path");
    }
    vmaf_model_free(c);
    c = NULL;
    CHECK(vmaf_model_open(&c, "version=vmaf_v0.6.1:bogus", NULL) == VMAF_ERR_PARSE, "key without = rejected");
    CHECK(vmaf_model_open(&c, "name=x", NULL) == VMAF_ERR_PARSE, "no version/path rejected");
    CHECK(vmaf_model_open(&c, "version=vmaf_v0.6.1:vif=3", NULL) == VMAF_ERR_PARSE, "overload without . rejected");
    CHECK(vmaf_model_open(&c, "version=nope", NULL) == VMAF_ERR_NOT_FOUND, "unknown version");
    CHECK(vmaf_model_open(&c, "version=vmaf_v0.6.1:path=/nonexistent", NULL) == 0, "version wins over path");
    vmaf_model_free(c);
    c = NULL;
    if (m) {
        CHECK(vmaf_model_overload(m, "vif", "a:b", "1") == VMAF_ERR_INVALID_ARGUMENT, "overload with ':' rejected");
        CHECK(vmaf_model_overload(m, "vif", "x", "") == VMAF_ERR_INVALID_ARGUMENT, "empty overload value rejected");
        CHECK(vmaf_model_predict(m, NULL, y) == VMAF_ERR_INVALID_ARGUMENT, "predict NULL features");
        CHECK(vmaf_model_feature(m, 6, NULL, NULL) == VMAF_ERR_INVALID_ARGUMENT, "feature index out of range");
    }
    vmaf_model_free(m);
    vmaf_model_free(NULL);
}

/* ---------------- pooling ---------------- */
static void test_pool(void)
{
    double v[5] = {1.0, 0.0, 3.0, 2.0, 0.5}, r;
    VmafModelPool p;
    CHECK(vmaf_model_pool(v, 5, VMAF_MODEL_POOL_MEAN, &r) == 0 && r == 6.5 / 5, "mean");
    CHECK(vmaf_model_pool(v, 5, VMAF_MODEL_POOL_MIN, &r) == 0 && r == 0.0, "min");
    CHECK(vmaf_model_pool(v, 5, VMAF_MODEL_POOL_MAX, &r) == 0 && r == 3.0, "max");
    CHECK(vmaf_model_pool(v, 5, VMAF_MODEL_POOL_HARMONIC_MEAN, &r) == 0 &&
              r == 5.0 / (1. / 2. + 1. / 1. + 1. / 4. + 1. / 3. + 1. / 1.5) - 1.0, "harmonic mean %.17g", r);
    CHECK(vmaf_model_pool(v, 0, VMAF_MODEL_POOL_MEAN, &r) == VMAF_ERR_STATE, "no values");
    CHECK(vmaf_model_pool(v, 5, 0, &r) == VMAF_ERR_INVALID_ARGUMENT, "method 0");
    CHECK(vmaf_model_pool(v, 5, 5, &r) == VMAF_ERR_INVALID_ARGUMENT, "method 5");
    CHECK(vmaf_model_pool(NULL, 5, 3, &r) == VMAF_ERR_INVALID_ARGUMENT, "NULL values");
    vmaf_model_pool_init(&p);
    vmaf_model_pool_add(&p, NAN);
    vmaf_model_pool_add(&p, 2.0);
    CHECK(vmaf_model_pool_get(&p, VMAF_MODEL_POOL_MIN, &r) == 0 && isnan(r), "NaN first stays min (strict comparisons)");
}

/* ---------------- malformed models ---------------- */
typedef struct {
    int n;
    char last[512];
} logcap;
static void cap_log(void *u, int level, const char *msg)
{
    logcap *c = (logcap *)u;
    (void)level;
    c->n++;
    snprintf(c->last, sizeof c->last, "%s", msg);
}

static void expect_fail(const char *what, const char *json, size_t len, int want, const char *needle)
{
    VmafModelFile *m = (VmafModelFile *)1;
    VmafModelOptions o;
    logcap c;
    int err;
    memset(&o, 0, sizeof o);
    memset(&c, 0, sizeof c);
    o.log = cap_log;
    o.log_user = &c;
    err = vmaf_model_parse(&m, json, len, &o);
    CHECK(err == want && m == NULL, "%s: error %d (%s), want %d", what, err, vmaf_result_string(err), want);
    CHECK(c.n >= 1 && (!needle || strstr(c.last, needle)), "%s: message \"%s\" (want \"%s\")", what, c.last, needle ? needle : "");
    if (err == 0) vmaf_model_free(m);
}

static void test_malformed(void)
{
    char *v061 = tm_read_file(TH_DATA "/models/vmaf_v0.6.1.json", NULL);
    char *b = tm_read_file(TH_DATA "/models/vmaf_b_v0.6.3.json", NULL);
    char *t, *deep;
    size_t i;
    if (!CHECK(v061 && b, "read model files")) return;
    expect_fail("empty", "", 0, VMAF_ERR_PARSE, "line 1, column 1");
    expect_fail("only whitespace", "  \n ", 4, VMAF_ERR_PARSE, "end of text");
    expect_fail("array", "[]", 2, VMAF_ERR_PARSE, "a model is a JSON object");
    expect_fail("unclosed", "{", 1, VMAF_ERR_PARSE, "end of text");
    expect_fail("model_dict number", "{\"model_dict\": 5}", 17, VMAF_ERR_PARSE, "(model_dict): expected an object");
    expect_fail("truncated", v061, strlen(v061) / 2, VMAF_ERR_PARSE, NULL);
    expect_fail("truncated collection", b, strlen(b) - 3, VMAF_ERR_PARSE, NULL);
    expect_fail("trailing text", "{} x", 4, VMAF_ERR_PARSE, "text after the JSON value");
    expect_fail("duplicate key", "{\"a\": 1, \"a\": 2}", 16, VMAF_ERR_PARSE, "duplicate");
    expect_fail("NaN", "{\"x\": NaN}", 10, VMAF_ERR_PARSE, "unexpected character");
    expect_fail("comment", "{/* */}", 7, VMAF_ERR_PARSE, NULL);
    expect_fail("trailing comma", "{\"a\": [1,]}", 11, VMAF_ERR_PARSE, NULL);
    expect_fail("bad UTF-8", "{\"\xff\": 1}", 8, VMAF_ERR_PARSE, "UTF-8");
    expect_fail("control char", "{\"a\nb\": 1}", 10, VMAF_ERR_PARSE, "control character");
    expect_fail("lone surrogate", "{\"\\ud800\": 1}", 13, VMAF_ERR_PARSE, "surrogate");
    expect_fail("overflow", "{\"a\": 1e999}", 12, VMAF_ERR_PARSE, "out of range");
    expect_fail("no model", "{\"a\": 1}", 8, VMAF_ERR_PARSE, "not a model");
    {   /* an array of 1.1 million numbers */
        size_t nb = 1100000, k2;
        char *huge = (char *)malloc(nb * 2 + 16);
        memcpy(huge, "{\"a\": [", 7);
        for (k2 = 0; k2 < nb; k2++) {
            huge[7 + 2 * k2] = '0';
            huge[8 + 2 * k2] = k2 + 1 < nb ? ',' : ']';
        }
        huge[7 + 2 * nb] = '}';
        expect_fail("huge array", huge, 8 + 2 * nb, VMAF_ERR_PARSE, "more than 1048576 values");
        free(huge);
    }
    deep = (char *)malloc(2000);
    for (i = 0; i < 1000; i++) deep[i] = '[';
    for (i = 0; i < 1000; i++) deep[1000 + i] = ']';
    expect_fail("deep nesting", deep, 2000, VMAF_ERR_PARSE, "nesting");
    free(deep);
    {
        VmafModelFile *m;
        CHECK(vmaf_model_parse(&m, "{}", (size_t)65 << 20, NULL) == VMAF_ERR_TOO_LARGE, "larger than 64 MiB");
        CHECK(vmaf_model_parse(NULL, "{}", 2, NULL) == VMAF_ERR_INVALID_ARGUMENT, "NULL out");
        CHECK(vmaf_model_parse(&m, NULL, 2, NULL) == VMAF_ERR_INVALID_ARGUMENT, "NULL text");
    }
#define MUT(what, from, to, want, needle)                                                       \
    do {                                                                                        \
        t = tm_replace_after(v061, "\"model_dict\"", from, to);                               \
        if (CHECK(t != NULL, "mutation %s applies", what)) expect_fail(what, t, strlen(t), want, needle); \
        free(t);                                                                                \
    } while (0)
    MUT("slopes string", "\"slopes\": [", "\"slopes\": \"x\", \"slopes_\": [", VMAF_ERR_PARSE, "(model_dict.slopes): expected an array");
    MUT("slope string", "0.012020766332648465", "\"0.01\"", VMAF_ERR_PARSE, "(model_dict.slopes[0]): expected a number");
    MUT("missing norm_type", "\"norm_type\"", "\"norm_typo\"", VMAF_ERR_PARSE, "norm_type\" missing");
    MUT("bad norm_type", "\"linear_rescale\"", "\"log\"", VMAF_ERR_PARSE, "norm_type");
    MUT("missing model", "\"model\": \"svm_type", "\"modelx\": \"svm_type", VMAF_ERR_PARSE, "libsvm text) missing");
    MUT("missing slopes", "\"slopes\"", "\"slopez\"", VMAF_ERR_PARSE, "linear_rescale needs");
    MUT("short slopes", "0.012020766332648465,", "", VMAF_ERR_PARSE, "expected 7 numbers");
    MUT("NaN slope", "0.012020766332648465", "NaN", VMAF_ERR_PARSE, NULL);
    MUT("feature name number", "\"VMAF_integer_feature_adm2_score\"", "7", VMAF_ERR_PARSE, "feature_names[0]");
    MUT("clip 3", "\"score_clip\": [", "\"score_clip\": [1, ", VMAF_ERR_PARSE, "score_clip");
    MUT("model_type", "\"LIBSVMNUSVR\"", "\"SVR\"", VMAF_ERR_PARSE, "model_type");
    MUT("p0 string", "\"p0\": 1.70674692", "\"p0\": \"1\"", VMAF_ERR_PARSE, "score_transform.p0");
    MUT("enabled string", "\"p0\": 1.70674692", "\"enabled\": \"yes\", \"p0\": 1.70674692", VMAF_ERR_PARSE, "true or false");
    MUT("knots 11", "\"p0\": 1.70674692", "\"knots\": [[0,0],[1,1],[2,2],[3,3],[4,4],[5,5],[6,6],[7,7],[8,8],[9,9],[10,10]], \"p0\": 1.70674692",
        VMAF_ERR_PARSE, "knots");
    MUT("knot triple", "\"p0\": 1.70674692", "\"knots\": [[0,0,0]], \"p0\": 1.70674692", VMAF_ERR_PARSE, "knots[0]");
    MUT("chroma", "\"norm_type\"", "\"chroma_correction_parameter\": 1, \"norm_type\"", VMAF_ERR_UNSUPPORTED, "chroma");
    MUT("unknown kernel", "kernel_type rbf", "kernel_type rbfx", VMAF_ERR_PARSE, "unknown kernel_type");
    MUT("linear kernel", "kernel_type rbf", "kernel_type linear", VMAF_ERR_UNSUPPORTED, "kernel_type linear");
    MUT("svm type", "svm_type nu_svr", "svm_type c_svc", VMAF_ERR_UNSUPPORTED, "svm_type");
    MUT("svm junk", "nr_class 2", "nr_class 2\\nfoo 3", VMAF_ERR_PARSE, "unknown text");
    MUT("no rho", "rho -1.33133", "", VMAF_ERR_PARSE, "rho missing");
    MUT("total_sv too big", "total_sv 211", "total_sv 212", VMAF_ERR_PARSE, "expected 212 support vectors");
    MUT("total_sv small", "total_sv 211", "total_sv 210", VMAF_ERR_PARSE, "text after the last");
    MUT("total_sv huge", "total_sv 211", "total_sv 99999999999", VMAF_ERR_PARSE, "total_sv");
    MUT("sv index", "6:0.73495824", "7:0.73495824", VMAF_ERR_PARSE, "feature index 7");
    MUT("sv order", "5:0.69117362 6:0.73495824", "6:0.69117362 5:0.73495824", VMAF_ERR_PARSE, "increase");
    MUT("sv value", "6:0.73495824", "6:x", VMAF_ERR_PARSE, "bad value");
    MUT("sv coef", "\\n-4 1:0.65734273", "\\n-4x 1:0.65734273", VMAF_ERR_PARSE, "bad coefficient");
    MUT("sv huge value", "6:0.73495824", "6:1e400", VMAF_ERR_PARSE, "bad value");
    MUT("opts number", "\"norm_type\"", "\"feature_opts_dicts\": [{\"a\": [1]}], \"norm_type\"", VMAF_ERR_PARSE, "feature_opts_dicts[0].a");
    MUT("opts too many", "\"norm_type\"", "\"feature_opts_dicts\": [{},{},{},{},{},{},{}], \"norm_type\"", VMAF_ERR_PARSE, "7 option objects");
    MUT("opts value colon", "\"norm_type\"", "\"feature_opts_dicts\": [{\"a\": \"x:y\"}], \"norm_type\"", VMAF_ERR_PARSE, "bad option value");
    {
        /* 65 features */
        char *big = (char *)malloc(strlen(v061) + 65 * 20 + 10), *p0;
        t = tm_replace(v061, "\"feature_names\": [", "\"feature_names\": [@");
        if (t && big) {
            p0 = strchr(t, '@');
            memcpy(big, t, (size_t)(p0 - t));
            big[p0 - t] = 0;
            for (i = 0; i < 65; i++) strcat(big, "\"f\", ");
            strcat(big, p0 + 1);
            expect_fail("65 features", big, strlen(big), VMAF_ERR_PARSE, "1..64 feature names");
        }
        free(t);
        free(big);
    }
    /* collections */
    {
        t = tm_replace(b, "\"1\": {", "\"one\": {");
        if (CHECK(t != NULL, "collection mutation")) {
            /* members "0" and then "2": 2 is skipped (not the next index), so only "0": error */
            expect_fail("collection without 1", t, strlen(t), VMAF_ERR_PARSE, "not a model");
        }
        free(t);
        t = tm_replace(b, "BOOTSTRAP_LIBSVMNUSVR", "LIBSVMNUSVR"); /* first occurrence: member "0"? */
        if (t) {
            VmafModelFile *m = NULL;
            int err = vmaf_model_parse(&m, t, strlen(t), NULL);
            /* the first BOOTSTRAP type belongs to member "0" or "1"; if "0", it loads (its type is irrelevant) */
            CHECK(err == 0 || err == VMAF_ERR_PARSE, "collection type change: %d", err);
            vmaf_model_free(m);
        }
        free(t);
    }
    {
        const char *mini0 = "{\"model_dict\": {\"model_type\": \"%s\", \"norm_type\": \"none\", \"feature_names\": [\"a\"],"
                            " \"model\": \"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.5\\nnr_class 2\\ntotal_sv 1\\nrho 0.25\\nSV\\n2 1:0.5 \\n\"}}";
        char one[600], coll[2000];
        VmafModelFile *m = NULL;
        double xin = 1.5, out[8];
        snprintf(one, sizeof one, mini0, "LIBSVMNUSVR");
        CHECK(vmaf_model_parse(&m, one, strlen(one), NULL) == 0, "minimal model (norm none, no slopes)");
        if (m) {
            vmaf_model_predict(m, &xin, out);
            CHECK(out[0] == 2 * exp(-0.5 * 1.0) - 0.25, "minimal prediction %.17g", out[0]);
        }
        vmaf_model_free(m);
        m = NULL;
        snprintf(coll, sizeof coll, "{\"0\": %s, \"1\": %s, \"2\": %s}", one, one, one);
        expect_fail("collection of LIBSVMNUSVR", coll, strlen(coll), VMAF_ERR_PARSE, "BOOTSTRAP");
        {
            char b1[600], b2[600];
            snprintf(b1, sizeof b1, mini0, "BOOTSTRAP_LIBSVMNUSVR");
            snprintf(b2, sizeof b2, mini0, "RESIDUEBOOTSTRAP_LIBSVMNUSVR");
            snprintf(coll, sizeof coll, "{\"0\": %s, \"1\": %s, \"2\": %s}", one, b1, b2);
            expect_fail("mixed member types", coll, strlen(coll), VMAF_ERR_PARSE, "same for every member");
            snprintf(coll, sizeof coll, "{\"x\": 1, \"0\": %s, \"y\": 2, \"1\": %s, \"3\": %s}", one, b2, b1);
            CHECK(vmaf_model_parse(&m, coll, strlen(coll), NULL) == 0 && vmaf_model_collection_size(m) == 1,
                  "collection: other keys and out-of-sequence members are skipped");
            vmaf_model_free(m);
        }
    }
    free(v061);
    free(b);
}

/* knots and transform arithmetic (predict.c piecewise_linear_mapping) */
static void test_knots(void)
{
    vmaf__member mb;
    memset(&mb, 0, sizeof mb);
    mb.tr_on = 1;
    mb.knots_on = 1;
    mb.nknots = 3;
    mb.kx[0] = 0; mb.ky[0] = 0;
    mb.kx[1] = 50; mb.ky[1] = 60;
    mb.kx[2] = 100; mb.ky[2] = 100;
    CHECK(vmaf__transform(&mb, 25.0) == 30.0, "knot segment 0");
    CHECK(vmaf__transform(&mb, 75.0) == 80.0, "knot segment 1");
    CHECK(vmaf__transform(&mb, -10.0) == -12.0, "extrapolate low");
    CHECK(vmaf__transform(&mb, 110.0) == 108.0, "extrapolate high");
    CHECK(vmaf__transform(&mb, NAN) == 0.0, "NaN gives 0");
    mb.ky[2] = 50; /* not monotone: stops at segment 1 keeping segment 0's result */
    CHECK(vmaf__transform(&mb, 25.0) == 30.0 && vmaf__transform(&mb, 75.0) == 0.0, "failed check keeps earlier output");
    mb.nknots = 1;
    CHECK(vmaf__transform(&mb, 7.0) == 7.0, "one knot: identity");
    mb.nknots = 0;
    mb.knots_on = 0;
    mb.p_on[0] = mb.p_on[1] = mb.p_on[2] = 1;
    mb.p[0] = 1.70674692; mb.p[1] = 1.72643844; mb.p[2] = -0.00705305;
    {
        double y = 83.171225032470034, want = 0.0;
        want += mb.p[0];
        want += mb.p[1] * y;
        want += (mb.p[2] * y) * y;
        CHECK(vmaf__transform(&mb, y) == want, "polynomial order");
        mb.gte = 1;
        CHECK(vmaf__transform(&mb, 200.0) == 200.0, "out_gte_in");
    }
}

int main(void)
{
    th_init();
    test_decimal();
    test_builtin_vs_file();
    test_goldens();
    test_options();
    test_pool();
    test_malformed();
    test_knots();
    return th_finish();
}
