/* tests/test_model_pipeline.c - the vmaf_model.h pipeline driven by fake extractors that emit
   the golden feature values (a temporal one emits motion2/motion3 one frame late), single and
   frame-parallel (pthreads, 1..3 worker threads), against the libvmaf goldens. */
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_model.h"
#include "harness.h"
#include "test_model_util.h"
#include <pthread.h>

/* ---------------- fake extractors ---------------- */
static const th_golden *g_src[4]; /* where fakes look values up (first golden that has the key) */
static unsigned g_late = 1;       /* frames the fake temporal motion waits before emitting */

static int src_get(unsigned frame, const char *key, double *v)
{
    int i;
    for (i = 0; i < 4 && g_src[i]; i++)
        if (th_golden_get(g_src[i], (int)frame, vmaf_name_alias(key), v)) return 1;
    return 0;
}

typedef struct {
    double egl;
    int debug, force;
} fake_cfg;

static const VmafOptionDesc fake_opts_adm[] = {
    {"adm_enhn_gain_limit", "egl", VMAF__OPT_DOUBLE, offsetof(fake_cfg, egl), 100.0, 1.0, 100.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {"debug", NULL, VMAF__OPT_BOOL, offsetof(fake_cfg, debug), 0, 0, 1, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
static const VmafOptionDesc fake_opts_vif[] = {
    {"vif_enhn_gain_limit", "egl", VMAF__OPT_DOUBLE, offsetof(fake_cfg, egl), 100.0, 1.0, 100.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {"debug", NULL, VMAF__OPT_BOOL, offsetof(fake_cfg, debug), 0, 0, 1, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
static const VmafOptionDesc fake_opts_motion[] = {
    {"motion_force_zero", "force_0", VMAF__OPT_BOOL, offsetof(fake_cfg, force), 0, 0, 1, VMAF__OPT_FEATURE_PARAM, NULL},
    {"debug", NULL, VMAF__OPT_BOOL, offsetof(fake_cfg, debug), 0, 0, 1, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};

typedef struct {
    const VmafOptionDesc *opts;
    const char *const *provided;
    int kind; /* 0 spatial, 1 integer motion, 2 float motion */
    fake_cfg cfg;
    unsigned next, frames; /* temporal: next index expected, frames seen */
    unsigned w, h;
    int pushes;
} fake_state;

static const char *const prov_adm[] = {"VMAF_integer_feature_adm2_score", "VMAF_integer_feature_aim_score",
                                       "VMAF_integer_feature_adm3_score", "integer_adm_scale0", "integer_adm_scale1",
                                       "integer_adm_scale2", "integer_adm_scale3", NULL};
static const char *const prov_vif[] = {"VMAF_integer_feature_vif_scale0_score", "VMAF_integer_feature_vif_scale1_score",
                                       "VMAF_integer_feature_vif_scale2_score", "VMAF_integer_feature_vif_scale3_score", NULL};
static const char *const prov_motion[] = {"VMAF_integer_feature_motion_sad_score", "VMAF_integer_feature_motion2_score",
                                          "VMAF_integer_feature_motion3_score", NULL};
static const char *const prov_fadm[] = {"VMAF_feature_adm2_score", "VMAF_feature_aim_score", "VMAF_feature_adm3_score",
                                        "VMAF_feature_adm_scale0_score", "VMAF_feature_adm_scale1_score",
                                        "VMAF_feature_adm_scale2_score", "VMAF_feature_adm_scale3_score", NULL};
static const char *const prov_fvif[] = {"VMAF_feature_vif_scale0_score", "VMAF_feature_vif_scale1_score",
                                        "VMAF_feature_vif_scale2_score", "VMAF_feature_vif_scale3_score", NULL};
static const char *const prov_fmotion[] = {"VMAF_feature_motion_score", "VMAF_feature_motion2_score",
                                           "VMAF_feature_motion3_score", NULL};

static int fake_create(void **st, const VmafExtractorArgs *a, const VmafOptionDesc *opts, const char *const *prov, int kind)
{
    fake_state *s = (fake_state *)calloc(1, sizeof *s);
    int err;
    if (!s) return VMAF_ERR_OUT_OF_MEMORY;
    s->opts = opts;
    s->provided = prov;
    s->kind = kind;
    s->w = a->w;
    s->h = a->h;
    vmaf__opt_defaults(opts, &s->cfg);
    err = vmaf__opt_parse(opts, &s->cfg, a->options, a->log, a->log_user);
    if (err) {
        free(s);
        return err;
    }
    *st = s;
    return VMAF_OK;
}
static int c_adm(void **st, const VmafExtractorArgs *a) { return fake_create(st, a, fake_opts_adm, prov_adm, 0); }
static int c_vif(void **st, const VmafExtractorArgs *a) { return fake_create(st, a, fake_opts_vif, prov_vif, 0); }
static int c_motion(void **st, const VmafExtractorArgs *a) { return fake_create(st, a, fake_opts_motion, prov_motion, 1); }
static int c_fadm(void **st, const VmafExtractorArgs *a) { return fake_create(st, a, fake_opts_adm, prov_fadm, 0); }
static int c_fvif(void **st, const VmafExtractorArgs *a) { return fake_create(st, a, fake_opts_vif, prov_fvif, 0); }
static int c_fmotion(void **st, const VmafExtractorArgs *a) { return fake_create(st, a, fake_opts_motion, prov_fmotion, 2); }

static int fake_key(void *st, const char *provided, char *out, size_t size)
{
    fake_state *s = (fake_state *)st;
    const char *const *p;
    for (p = s->provided; *p; p++)
        if (!strcmp(*p, provided)) {
            vmaf__opt_key(s->opts, &s->cfg, provided, out, size);
            return VMAF_OK;
        }
    return VMAF_ERR_NOT_FOUND;
}

static void fake_emit_one(fake_state *s, unsigned frame, const char *provided, VmafEmitFn emit, void *user)
{
    char key[300];
    double v;
    fake_key(s, provided, key, sizeof key);
    if (src_get(frame, key, &v)) emit(user, frame, key, v);
}

/* temporal: emit motion2/motion3 of frame `f` */
static void fake_emit_late(fake_state *s, unsigned f, VmafEmitFn emit, void *user)
{
    fake_emit_one(s, f, s->provided[1], emit, user);
    fake_emit_one(s, f, s->provided[2], emit, user);
}

static int fake_push(void *st, const VmafFrame *ref, const VmafFrame *dis, unsigned index, VmafEmitFn emit, void *user)
{
    fake_state *s = (fake_state *)st;
    const char *const *p;
    if (!ref || !dis || ref->w != s->w || dis->h != s->h) return VMAF_ERR_MISMATCH;
    s->pushes++;
    if (s->kind == 0) {
        for (p = s->provided; *p; p++) fake_emit_one(s, index, *p, emit, user);
        return VMAF_OK;
    }
    if (index != s->next) return VMAF_ERR_STATE; /* temporal: frames in order */
    s->next++;
    s->frames++;
    fake_emit_one(s, index, s->provided[0], emit, user); /* sad / motion now */
    if (index >= g_late) fake_emit_late(s, index - g_late, emit, user);
    return VMAF_OK;
}

static int fake_flush(void *st, VmafEmitFn emit, void *user)
{
    fake_state *s = (fake_state *)st;
    unsigned f;
    if (s->kind == 0) return VMAF_OK;
    for (f = s->frames >= g_late ? s->frames - g_late : 0; f < s->frames; f++) fake_emit_late(s, f, emit, user);
    return VMAF_OK;
}

static void fake_destroy(void *st) { free(st); }

#define FAKE_TABLE(var, nm, prov, cr, fl)                                                         \
    static const VmafExtractor var = {VMAF_EXTRACTOR_ABI, sizeof(VmafExtractor), nm, prov, fl, cr, fake_key, fake_push, \
                                      fake_flush, fake_destroy, NULL}
FAKE_TABLE(t_adm, "adm", prov_adm, c_adm, 0);
FAKE_TABLE(t_vif, "vif", prov_vif, c_vif, 0);
FAKE_TABLE(t_motion, "motion", prov_motion, c_motion, VMAF_EXTRACTOR_TEMPORAL);
FAKE_TABLE(t_fadm, "float_adm", prov_fadm, c_fadm, 0);
FAKE_TABLE(t_fvif, "float_vif", prov_fvif, c_fvif, 0);
FAKE_TABLE(t_fmotion, "float_motion", prov_fmotion, c_fmotion, VMAF_EXTRACTOR_TEMPORAL);

static void register_all(VmafModelPipeline *p)
{
    CHECK(vmaf_model_pipeline_register(p, &t_fvif) == 0 && vmaf_model_pipeline_register(p, &t_fadm) == 0 &&
              vmaf_model_pipeline_register(p, &t_fmotion) == 0 && vmaf_model_pipeline_register(p, &t_vif) == 0 &&
              vmaf_model_pipeline_register(p, &t_adm) == 0 && vmaf_model_pipeline_register(p, &t_motion) == 0,
          "register the fake extractors");
}

/* ---------------- recording emitted values ---------------- */
typedef struct {
    unsigned frame;
    char key[160];
    double v;
} rec;
typedef struct {
    rec *r;
    unsigned n, cap, frames_ended;
    int order_ok;
} recorder;

static void rec_emit(void *user, unsigned frame, const char *key, double v)
{
    recorder *R = (recorder *)user;
    if (R->n && R->r[R->n - 1].frame > frame) R->order_ok = 0;
    if (R->n == R->cap) {
        R->cap = R->cap ? R->cap * 2 : 256;
        R->r = (rec *)realloc(R->r, sizeof(rec) * R->cap);
    }
    R->r[R->n].frame = frame;
    snprintf(R->r[R->n].key, sizeof R->r[R->n].key, "%s", key);
    R->r[R->n].v = v;
    R->n++;
}
static void rec_end(void *user, unsigned frame)
{
    recorder *R = (recorder *)user;
    if (frame + 1 > R->frames_ended) R->frames_ended = frame + 1;
}

/* ---------------- driving a pipeline: serial or with worker threads ---------------- */
typedef struct {
    VmafModelJob *job;
    int rc;
} worker_arg;
static void *worker(void *a)
{
    worker_arg *w = (worker_arg *)a;
    w->rc = vmaf_model_job_run(w->job);
    return NULL;
}

/* threads = 0: vmaf_model_pipeline_push; else submit up to `threads` jobs, run each on its own
   pthread, join and complete them in reverse order (commits must reorder). */
static int drive(VmafModelPipeline *p, const VmafFrame *ref, const VmafFrame *dis, unsigned frames, unsigned threads)
{
    unsigned f = 0;
    int err = 0;
    if (!threads) {
        for (f = 0; f < frames && !err; f++) err = vmaf_model_pipeline_push(p, ref, dis);
        return err ? err : vmaf_model_pipeline_flush(p);
    }
    while (f < frames && !err) {
        pthread_t th[8];
        worker_arg wa[8];
        unsigned k = 0, i;
        while (k < threads && f < frames && vmaf_model_pipeline_free_jobs(p) > 0) {
            if ((err = vmaf_model_pipeline_submit(p, ref, dis, &wa[k].job))) break;
            pthread_create(&th[k], NULL, worker, &wa[k]);
            k++;
            f++;
        }
        for (i = k; i-- > 0;) {
            int e;
            pthread_join(th[i], NULL);
            e = vmaf_model_pipeline_complete(p, wa[i].job);
            if (!err) err = e;
        }
    }
    return err ? err : vmaf_model_pipeline_flush(p);
}

typedef struct {
    VmafModelPipeline *p;
    recorder R;
    unsigned char luma[64];
    VmafFrame f;
} run_ctx;

static int setup(run_ctx *c, const th_pair *pr, unsigned jobs, unsigned flags, unsigned sub, unsigned lookahead)
{
    VmafModelPipelineConfig pc;
    memset(c, 0, sizeof *c);
    c->R.order_ok = 1;
    memset(&pc, 0, sizeof pc);
    pc.w = pr->w;
    pc.h = pr->h;
    pc.bpc = pr->bpc;
    pc.layout = pr->layout == 444 ? VMAF_LAYOUT_444 : pr->layout == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420;
    pc.jobs = jobs;
    pc.flags = flags;
    pc.subsample = sub;
    pc.lookahead = lookahead;
    pc.emit = rec_emit;
    pc.frame_end = rec_end;
    pc.emit_user = &c->R;
    c->f.data[0] = c->luma; /* fakes never read pixels */
    c->f.stride[0] = (ptrdiff_t)pr->w;
    c->f.w = pr->w;
    c->f.h = pr->h;
    c->f.bpc = pr->bpc;
    c->f.layout = pc.layout;
    return vmaf_model_pipeline_create(&c->p, &pc);
}

static void teardown(run_ctx *c)
{
    vmaf_model_pipeline_destroy(c->p);
    free(c->R.r);
}

static uint64_t bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

/* ---------------- goldens through the pipeline ---------------- */
static void test_goldens(void)
{
    static const char *const gold[] = {"default", "neg", "4k", "phone", "float", "bootstrap", "float_bootstrap"};
    static const unsigned thread_counts[] = {0, 1, 2, 3};
    th_pair pairs[64];
    int np = th_pairs(pairs, 64), pi;
    unsigned gi, total_bit = 0, total = 0, orders_checked = 0;
    for (gi = 0; gi < sizeof gold / sizeof gold[0]; gi++) {
        int is_float = strstr(gold[gi], "float") != NULL;
        for (pi = 0; pi < np; pi++) {
            char args[2048], spec[512], pname[64];
            th_golden *g;
            VmafModelFile *m = NULL;
            recorder first;
            unsigned ti;
            snprintf(pname, sizeof pname, "%.63s", pairs[pi].name);
            if (!th_golden_args(pname, gold[gi], args, sizeof args, NULL, 0) || !tm_model_spec(args, spec, sizeof spec)) continue;
            g = th_golden_load(pname, gold[gi]);
            if (!CHECK(g && vmaf_model_open(&m, spec, NULL) == 0, "%s/%s: golden and model", pname, gold[gi])) {
                th_golden_free(g);
                continue;
            }
            memset(&first, 0, sizeof first);
            g_src[0] = g;
            g_src[1] = NULL;
            for (ti = 0; ti < sizeof thread_counts / sizeof thread_counts[0]; ti++) {
                run_ctx c;
                unsigned t = thread_counts[ti], i, fr, k;
                int err;
                if (!CHECK(setup(&c, &pairs[pi], t ? t : 1, 0, 0, 0) == 0, "create")) continue;
                register_all(c.p);
                CHECK(vmaf_model_pipeline_add_model(c.p, m) == 0, "add model %s", spec);
                if (is_float) { /* the float goldens add the extractors with --feature (deduplicated) */
                    CHECK(vmaf_model_pipeline_add_feature(c.p, "float_vif", NULL) == 0 &&
                              vmaf_model_pipeline_add_feature(c.p, "float_adm", NULL) == 0 &&
                              vmaf_model_pipeline_add_feature(c.p, "float_motion", NULL) == 0, "add float features");
                    CHECK(c.p->ninst == 3, "--feature deduplicated against the model's extractors (%u instances)", (unsigned)c.p->ninst);
                }
                err = drive(c.p, &c.f, &c.f, (unsigned)g->nframes, t);
                CHECK(err == 0, "%s/%s threads %u: run %d (%s)", pname, gold[gi], t, err, vmaf_result_string(err));
                CHECK(c.R.order_ok && c.R.frames_ended == (unsigned)g->nframes, "frames emitted in order, all ended");
                /* every golden value, nothing else, in golden order for the integer models */
                for (fr = 0, i = 0; fr < (unsigned)g->nframes; fr++) {
                    const th_gframe *gf = &g->frames[fr];
                    unsigned start = i, n_here = 0, inorder = 1;
                    while (i < c.R.n && c.R.r[i].frame == fr) i++;
                    n_here = i - start;
                    CHECK(n_here == (unsigned)gf->n, "%s/%s t%u frame %u: %u values, golden %d", pname, gold[gi], t, fr, n_here, gf->n);
                    for (k = start; k < i; k++) {
                        double ref;
                        const char *nm = vmaf_name_alias(c.R.r[k].key);
                        if (!CHECK(th_golden_get(g, (int)fr, nm, &ref), "%s/%s: emitted %s not in golden", pname, gold[gi], nm)) continue;
                        total++;
                        total_bit += bits(ref) == bits(c.R.r[k].v);
                        CHECK(bits(ref) == bits(c.R.r[k].v), "%s/%s t%u frame %u %s: %.17g vs golden %.17g", pname, gold[gi], t, fr, nm,
                              c.R.r[k].v, ref);
                        if (k - start < (unsigned)gf->n && strcmp(gf->kv[k - start].name, nm)) inorder = 0;
                    }
                    if (!is_float) {
                        CHECK(inorder, "%s/%s t%u frame %u: libvmaf column order", pname, gold[gi], t, fr);
                        orders_checked++;
                    }
                }
                /* column list and pooled values */
                CHECK(vmaf_model_pipeline_column_count(c.p) == (unsigned)g->npooled, "%u columns, golden %d",
                      vmaf_model_pipeline_column_count(c.p), g->npooled);
                for (k = 0; k < (unsigned)g->npooled; k++) {
                    const char *col = vmaf_model_pipeline_column(c.p, k);
                    int method;
                    char key[300];
                    if (!is_float)
                        CHECK(col && !strcmp(vmaf_name_alias(col), g->pooled[k].name), "column %u: %s, golden %s", k, col ? col : "-",
                              g->pooled[k].name);
                    /* pooled by golden name: find the collector key that aliases to it */
                    snprintf(key, sizeof key, "%s", g->pooled[k].name);
                    for (i = 0; i < vmaf_model_pipeline_column_count(c.p); i++)
                        if (!strcmp(vmaf_name_alias(vmaf_model_pipeline_column(c.p, i)), g->pooled[k].name))
                            snprintf(key, sizeof key, "%s", vmaf_model_pipeline_column(c.p, i));
                    for (method = 1; method <= 4; method++) {
                        double v = 0;
                        if (!g->pooled[k].have[method - 1]) continue;
                        CHECK(vmaf_model_pipeline_pooled(c.p, key, method, &v) == 0 && bits(v) == bits(g->pooled[k].v[method - 1]),
                              "%s/%s pooled %s %d: %.17g vs %.17g", pname, gold[gi], key, method, v, g->pooled[k].v[method - 1]);
                    }
                }
                /* identical for any thread count */
                if (ti == 0) {
                    first = c.R;
                    c.R.r = NULL;
                } else {
                    int same = first.n == c.R.n;
                    for (k = 0; same && k < c.R.n; k++)
                        same = first.r[k].frame == c.R.r[k].frame && !strcmp(first.r[k].key, c.R.r[k].key) &&
                               bits(first.r[k].v) == bits(c.R.r[k].v);
                    CHECK(same, "%s/%s: %u threads emit exactly what 1 thread emits", pname, gold[gi], t);
                }
                teardown(&c);
            }
            free(first.r);
            vmaf_model_free(m);
            th_golden_free(g);
        }
    }
    printf("pipeline: %u/%u emitted values bit-identical to the goldens; %u frames checked for column order\n", total_bit, total,
           orders_checked);
    CHECK(total > 0 && total_bit == total, "all emitted values bit-identical");
}

/* ---------------- behaviour ---------------- */
static void test_behaviour(void)
{
    th_pair pr;
    th_golden *gd, *gn;
    VmafModelFile *md = NULL, *mn = NULL, *mb = NULL;
    VmafModelOptions o;
    run_ctx c;
    int err;
    unsigned k, i;
    double v = 0, ref = 0;
    if (!CHECK(th_pair_by_name("q160x90_8bit", &pr), "pair q160x90_8bit")) return;
    gd = th_golden_load("q160x90_8bit", "default");
    gn = th_golden_load("q160x90_8bit", "neg");
    if (!CHECK(gd && gn, "goldens")) return;
    memset(&o, 0, sizeof o);
    vmaf_model_builtin(&md, "vmaf_v0.6.1", NULL);
    o.name = "vmaf_neg";
    vmaf_model_builtin(&mn, "vmaf_v0.6.1neg", &o);
    o.name = "vmaf_b";
    vmaf_model_builtin(&mb, "vmaf_b_v0.6.3", &o);
    g_src[0] = gd;
    g_src[1] = gn;
    g_src[2] = NULL;

    /* two models + a collection: outputs in libvmaf's pooling order */
    setup(&c, &pr, 2, 0, 0, 0);
    register_all(c.p);
    CHECK(vmaf_model_pipeline_add_model(c.p, mb) == 0 && vmaf_model_pipeline_add_model(c.p, md) == 0 &&
              vmaf_model_pipeline_add_model(c.p, mn) == 0, "three models");
    CHECK(vmaf_model_pipeline_add_model(c.p, md) == VMAF_ERR_INVALID_ARGUMENT, "same output names twice rejected");
    CHECK(c.p->ninst == 5, "instances: adm, motion, vif, adm egl 1, vif egl 1 (%u)", (unsigned)c.p->ninst);
    CHECK(vmaf_model_pipeline_add_feature(c.p, "vif", "vif_enhn_gain_limit=1.0") == 0 && c.p->ninst == 5, "equal --feature dropped");
    CHECK(vmaf_model_pipeline_add_feature(c.p, "vif", "debug=true") == 0 && c.p->ninst == 5, "--feature with only non-param options dropped");
    CHECK(vmaf_model_pipeline_add_feature(c.p, "nope", NULL) == VMAF_ERR_NOT_FOUND, "unknown extractor");
    CHECK(vmaf_model_pipeline_add_feature(c.p, "vif", "bogus=1") == VMAF_ERR_BAD_OPTION, "create error passed on");
    err = drive(c.p, &c.f, &c.f, (unsigned)gd->nframes, 2);
    CHECK(err == 0, "run: %d", err);
    {
        const char *want[] = {"vmaf_b", "vmaf", "vmaf_neg", "vmaf_b_0001", "vmaf_b_0020", "vmaf_b_bagging", "vmaf_b_ci_p95_hi"};
        unsigned at[] = {0, 1, 2, 3, 22, 23, 26}, base = vmaf_model_pipeline_column_count(c.p) - 27;
        for (i = 0; i < 7; i++)
            CHECK(vmaf_model_pipeline_column(c.p, base + at[i]) && !strcmp(vmaf_model_pipeline_column(c.p, base + at[i]), want[i]),
                  "output column %u is %s", at[i], want[i]);
        CHECK(vmaf_model_pipeline_pooled(c.p, "vmaf", VMAF_MODEL_POOL_MEAN, &v) == 0 &&
                  th_golden_pooled(gd, "vmaf", 2, &ref) && bits(v) == bits(ref), "vmaf mean %.17g", v);
        CHECK(vmaf_model_pipeline_pooled(c.p, "vmaf_neg", VMAF_MODEL_POOL_MEAN, &v) == 0 &&
                  th_golden_pooled(gn, "vmaf", 2, &ref) && bits(v) == bits(ref), "vmaf_neg mean %.17g", v);
        CHECK(vmaf_model_pipeline_pooled(c.p, "integer_adm2_egl_1", VMAF_MODEL_POOL_MIN, &v) == 0 &&
                  th_golden_pooled(gn, "integer_adm2_egl_1", 0, &ref) && bits(v) == bits(ref), "feature column pooled");
        CHECK(vmaf_model_pipeline_pooled(c.p, "nope", 1, &v) == VMAF_ERR_NOT_FOUND, "pooled unknown key");
        CHECK(vmaf_model_pipeline_pooled(c.p, "vmaf", 9, &v) == VMAF_ERR_INVALID_ARGUMENT, "pooled bad method");
    }
    CHECK(vmaf_model_pipeline_push(c.p, &c.f, &c.f) == VMAF_ERR_STATE, "push after flush");
    CHECK(vmaf_model_pipeline_flush(c.p) == VMAF_ERR_STATE, "flush twice");
    teardown(&c);

    /* job bookkeeping */
    setup(&c, &pr, 2, 0, 0, 0);
    register_all(c.p);
    vmaf_model_pipeline_add_model(c.p, md);
    {
        VmafModelJob *a, *b, *x;
        VmafFrame bad = c.f;
        bad.w = 8;
        CHECK(vmaf_model_pipeline_free_jobs(c.p) == 2, "2 free jobs");
        CHECK(vmaf_model_pipeline_submit(c.p, &bad, &c.f, &a) == VMAF_ERR_MISMATCH, "geometry mismatch");
        CHECK(vmaf_model_pipeline_submit(c.p, &c.f, &c.f, &a) == 0 && vmaf_model_pipeline_submit(c.p, &c.f, &c.f, &b) == 0, "submit 2");
        CHECK(vmaf_model_pipeline_free_jobs(c.p) == 0, "0 free jobs");
        CHECK(vmaf_model_pipeline_submit(c.p, &c.f, &c.f, &x) == VMAF_ERR_STATE && x == NULL, "third submit refused");
        CHECK(vmaf_model_pipeline_complete(c.p, a) == VMAF_ERR_STATE, "complete before run");
        CHECK(vmaf_model_pipeline_flush(c.p) == VMAF_ERR_STATE, "flush with jobs in flight");
        CHECK(vmaf_model_pipeline_register(c.p, &t_vif) == VMAF_ERR_STATE, "register after start");
        CHECK(vmaf_model_pipeline_add_feature(c.p, "vif", NULL) == VMAF_ERR_STATE, "add after start");
        CHECK(vmaf_model_job_run(b) == 0 && vmaf_model_pipeline_complete(c.p, b) == 0, "second frame first");
        CHECK(c.R.n == 0, "nothing final yet");
        CHECK(vmaf_model_job_run(b) == VMAF_ERR_STATE, "run a finished job");
        CHECK(vmaf_model_job_run(a) == 0 && vmaf_model_pipeline_complete(c.p, a) == 0, "first frame");
        CHECK(vmaf_model_pipeline_free_jobs(c.p) == 2, "both free again");
        CHECK(vmaf_model_pipeline_flush(c.p) == 0 && c.R.frames_ended == 2, "flush emits both frames");
    }
    teardown(&c);

    /* registration errors and replacement */
    setup(&c, &pr, 1, 0, 0, 0);
    CHECK(vmaf_model_pipeline_register_known(c.p) == 0, "no extractor header included: nothing to register");
    {
        VmafExtractor badt = t_vif;
        badt.abi = 99;
        CHECK(vmaf_model_pipeline_register(c.p, &badt) == VMAF_ERR_INVALID_ARGUMENT, "wrong abi");
        badt = t_vif;
        badt.push = NULL;
        CHECK(vmaf_model_pipeline_register(c.p, &badt) == VMAF_ERR_INVALID_ARGUMENT, "no push");
        CHECK(vmaf_model_pipeline_register(c.p, &t_adm) == 0 && vmaf_model_pipeline_register(c.p, &t_vif) == 0, "register");
        CHECK(vmaf_model_pipeline_add_model(c.p, md) == VMAF_ERR_NOT_FOUND, "no motion extractor");
        CHECK(vmaf_model_pipeline_register(c.p, &t_motion) == 0 && vmaf_model_pipeline_add_model(c.p, md) == 0, "now it works");
        CHECK(vmaf_model_pipeline_register(c.p, &t_vif) == VMAF_ERR_STATE, "replacing a table in use");
    }
    teardown(&c);

    /* -n: features of the model, no outputs */
    setup(&c, &pr, 1, VMAF_MODEL_PIPELINE_NO_PREDICTION, 0, 0);
    register_all(c.p);
    vmaf_model_pipeline_add_model(c.p, mn);
    CHECK(drive(c.p, &c.f, &c.f, 3, 0) == 0, "run -n");
    for (k = 0, i = 0; k < c.R.n; k++) i += !strcmp(c.R.r[k].key, "vmaf_neg");
    CHECK(i == 0 && c.R.n == 3 * 14, "no model output with NO_PREDICTION (%u values)", c.R.n);
    CHECK(vmaf_model_pipeline_pooled(c.p, "vmaf_neg", 3, &v) == VMAF_ERR_NOT_FOUND, "no pooled output");
    teardown(&c);

    /* subsample 5: frames 0, 5, ... reported and pooled */
    setup(&c, &pr, 3, 0, 5, 0);
    register_all(c.p);
    vmaf_model_pipeline_add_model(c.p, md);
    CHECK(drive(c.p, &c.f, &c.f, (unsigned)gd->nframes, 3) == 0, "run subsample");
    {
        VmafModelPool pool;
        int ok = 1;
        vmaf_model_pool_init(&pool);
        for (k = 0; k < c.R.n; k++) {
            ok &= c.R.r[k].frame % 5 == 0;
            if (!strcmp(c.R.r[k].key, "vmaf")) {
                th_golden_get(gd, (int)c.R.r[k].frame, "vmaf", &ref);
                ok &= bits(ref) == bits(c.R.r[k].v);
                vmaf_model_pool_add(&pool, ref);
            }
        }
        CHECK(ok && pool.n == 10, "only frames i %% 5 == 0, with the golden scores (%u)", pool.n);
        vmaf_model_pool_get(&pool, VMAF_MODEL_POOL_HARMONIC_MEAN, &ref);
        CHECK(vmaf_model_pipeline_pooled(c.p, "vmaf", VMAF_MODEL_POOL_HARMONIC_MEAN, &v) == 0 && bits(v) == bits(ref),
              "pooled over the reported frames");
        CHECK(c.p->inst[0].ex == &t_adm && ((fake_state *)c.p->inst[0].state[0])->pushes +
                      ((fake_state *)c.p->inst[0].state[1])->pushes + ((fake_state *)c.p->inst[0].state[2])->pushes == 10,
              "non-temporal extractors skip the other frames");
    }
    teardown(&c);

    /* lookahead: motion 3 frames late fails with lookahead 2, works with 3 */
    g_late = 3;
    setup(&c, &pr, 1, 0, 0, 0);
    register_all(c.p);
    vmaf_model_pipeline_add_model(c.p, md);
    err = drive(c.p, &c.f, &c.f, 10, 0);
    CHECK(err == VMAF_ERR_MISSING_FEATURE, "3 frames late with lookahead 2: the model misses motion2 (%d)", err);
    CHECK(vmaf_model_pipeline_push(c.p, &c.f, &c.f) == VMAF_ERR_STATE, "failed pipeline refuses frames");
    teardown(&c);
    setup(&c, &pr, 1, VMAF_MODEL_PIPELINE_NO_PREDICTION, 0, 0);
    register_all(c.p);
    vmaf_model_pipeline_add_model(c.p, md);
    err = drive(c.p, &c.f, &c.f, 10, 0);
    CHECK(err == VMAF_ERR_STATE && c.R.frames_ended == 1, "3 frames late with lookahead 2: refused (%d)", err);
    teardown(&c);
    setup(&c, &pr, 2, 0, 0, 3);
    register_all(c.p);
    vmaf_model_pipeline_add_model(c.p, md);
    err = drive(c.p, &c.f, &c.f, (unsigned)gd->nframes, 2);
    CHECK(err == 0 && c.R.frames_ended == (unsigned)gd->nframes, "3 frames late with lookahead 3: %d", err);
    for (k = 0, i = 0; k < c.R.n; k++)
        if (!strcmp(c.R.r[k].key, "vmaf")) i += th_golden_get(gd, (int)c.R.r[k].frame, "vmaf", &ref) && bits(ref) == bits(c.R.r[k].v);
    CHECK(i == (unsigned)gd->nframes, "scores unchanged (%u)", i);
    teardown(&c);
    g_late = 1;

    /* a model feature nobody writes */
    g_src[0] = gn; /* has only _egl_1 keys: the default model misses integer_adm2 */
    g_src[1] = NULL;
    setup(&c, &pr, 1, 0, 0, 0);
    register_all(c.p);
    vmaf_model_pipeline_add_model(c.p, md);
    err = drive(c.p, &c.f, &c.f, 4, 0);
    CHECK(err == VMAF_ERR_MISSING_FEATURE, "missing feature: %d", err);
    teardown(&c);

    /* zero frames */
    setup(&c, &pr, 1, 0, 0, 0);
    register_all(c.p);
    vmaf_model_pipeline_add_model(c.p, md);
    CHECK(vmaf_model_pipeline_flush(c.p) == 0 && c.R.n == 0 && vmaf_model_pipeline_column_count(c.p) == 0, "no frames");
    CHECK(vmaf_model_pipeline_pooled(c.p, "vmaf", 3, &v) == VMAF_ERR_STATE, "nothing pooled");
    teardown(&c);
    {
        VmafModelPipelineConfig pc;
        VmafModelPipeline *p = NULL;
        memset(&pc, 0, sizeof pc);
        CHECK(vmaf_model_pipeline_create(&p, &pc) == VMAF_ERR_BAD_BPC, "bpc 0");
        pc.w = pc.h = 64;
        pc.bpc = 8;
        pc.jobs = 5000;
        CHECK(vmaf_model_pipeline_create(&p, &pc) == VMAF_ERR_INVALID_ARGUMENT && !p, "too many jobs");
        CHECK(vmaf_model_pipeline_create(NULL, &pc) == VMAF_ERR_INVALID_ARGUMENT, "NULL out");
        vmaf_model_pipeline_destroy(NULL);
    }
    vmaf_model_free(md);
    vmaf_model_free(mn);
    vmaf_model_free(mb);
    th_golden_free(gd);
    th_golden_free(gn);
}

int main(void)
{
    th_init();
    test_goldens();
    test_behaviour();
    return th_finish();
}
