/* tests/test_cli_driver.c - the vmaf tool's frame loop and --feature driver, run in-process
   (vmaf_cli_main from examples/vmaf_cli.h) with two stand-in extractors behind the VmafExtractor
   table, on small generated y4m files whose frame means are known:
     "fake"   (non-temporal): per frame the luma mean of dis and ref, the index, the cpumask and
              the parsed options it was created with;
     "fake_t" (temporal): the change of the ref mean to the next frame (emitted one frame late,
              the last one at flush) and how many frames it has seen.
   Checks --frame_cnt, --frame_skip_ref/dist, --subsample (temporal extractors still see every
   frame), --cpumask, option normalisation, de-duplication of instances (libvmaf's rule), the
   precision flag, errors from extractors and the collector, input mismatches, and that a failed
   run writes no output file. */
#define _POSIX_C_SOURCE 200809L
#include "tests/harness.h"
#include "examples/vmaf_cli.h"
#include <fcntl.h>
#include <unistd.h>

/* ---------------- stand-in extractors ---------------- */
typedef struct Fake {
    unsigned w, h, bpc, cpumask;
    double scale;
    int debug, dup, temporal;
    long fail_at;
    unsigned pushes;
    long last;
    double prev_mean;
} Fake;

static const char *const fake_provided[] = {"fake_dis", NULL};
static const char *const fake_t_provided[] = {"fake_t_diff", NULL};

static int fake_create_any(void **state, const VmafExtractorArgs *a, int temporal)
{
    Fake *f;
    const char *p = a->options;
    if (!state || !a) return VMAF_ERR_INVALID_ARGUMENT;
    f = (Fake *)calloc(1, sizeof *f);
    if (!f) return VMAF_ERR_OUT_OF_MEMORY;
    f->w = a->w; f->h = a->h; f->bpc = a->bpc; f->cpumask = a->cpumask;
    f->scale = 1.0; f->fail_at = -1; f->last = -1; f->temporal = temporal;
    while (p && *p) {
        char k[64], v[64];
        if (sscanf(p, "%63[^=]=%63[^:]", k, v) != 2) { free(f); return VMAF_ERR_PARSE; }
        if (!strcmp(k, "scale")) { char *e; f->scale = strtod(v, &e); if (*e) { free(f); return VMAF_ERR_BAD_OPTION; } }
        else if (!strcmp(k, "debug")) f->debug = !strcmp(v, "true");
        else if (!strcmp(k, "dup")) f->dup = !strcmp(v, "true");
        else if (!strcmp(k, "fail_at")) f->fail_at = atol(v);
        else { free(f); if (a->log) a->log(a->log_user, 1, "unknown option"); return VMAF_ERR_BAD_OPTION; }
        p = strchr(p, ':');
        if (p) p++;
    }
    *state = f;
    return VMAF_OK;
}
static int fake_create(void **s, const VmafExtractorArgs *a) { return fake_create_any(s, a, 0); }
static int fake_t_create(void **s, const VmafExtractorArgs *a) { return fake_create_any(s, a, 1); }

/* key: the name, plus "_scale_<%g>" when scale differs from its default 1 (a feature param) */
static void fake_name(const Fake *f, const char *base, char *out, size_t n)
{
    if (f->scale != 1.0) snprintf(out, n, "%s_scale_%g", base, f->scale);
    else snprintf(out, n, "%s", base);
}
static int fake_key(void *state, const char *provided, char *out, size_t size)
{
    fake_name((const Fake *)state, provided, out, size);
    return VMAF_OK;
}

static double luma_mean(const VmafFrame *fr)
{
    unsigned x, y;
    double s = 0;
    for (y = 0; y < fr->h; y++)
        for (x = 0; x < fr->w; x++) s += ((const unsigned char *)fr->data[0])[(size_t)y * (size_t)fr->stride[0] + x];
    return s / ((double)fr->w * fr->h);
}

static void out(const Fake *f, VmafEmitFn emit, void *user, unsigned index, const char *base, double v)
{
    char k[128];
    fake_name(f, base, k, sizeof k);
    emit(user, index, k, v);
}

static int fake_push(void *state, const VmafFrame *ref, const VmafFrame *dis, unsigned index, VmafEmitFn emit, void *user)
{
    Fake *f = (Fake *)state;
    if (ref->w != f->w || dis->h != f->h) return VMAF_ERR_MISMATCH;
    if ((long)index == f->fail_at) return VMAF_ERR_SAMPLE_RANGE;
    f->pushes++;
    out(f, emit, user, index, "fake_dis", luma_mean(dis) * f->scale);
    out(f, emit, user, index, "fake_ref", luma_mean(ref));
    out(f, emit, user, index, "fake_index", index);
    out(f, emit, user, index, "fake_cpumask", f->cpumask);
    out(f, emit, user, index, "fake_opt_scale", f->scale);
    if (f->debug) out(f, emit, user, index, "fake_debug", f->pushes);
    if (f->dup) out(f, emit, user, index, "fake_dis", 0.0);
    return VMAF_OK;
}

static int fake_t_push(void *state, const VmafFrame *ref, const VmafFrame *dis, unsigned index, VmafEmitFn emit, void *user)
{
    Fake *f = (Fake *)state;
    double m = luma_mean(ref);
    (void)dis;
    if ((long)index != f->last + 1) return VMAF_ERR_STATE; /* temporal: every frame, in order */
    f->last = index;
    f->pushes++;
    if (index > 0) out(f, emit, user, index - 1, "fake_t_diff", fabs(m - f->prev_mean));
    out(f, emit, user, index, "fake_t_seen", f->pushes);
    f->prev_mean = m;
    return VMAF_OK;
}
static int fake_t_flush(void *state, VmafEmitFn emit, void *user)
{
    Fake *f = (Fake *)state;
    if (f->last >= 0) out(f, emit, user, (unsigned)f->last, "fake_t_diff", 0.0);
    return VMAF_OK;
}
static void fake_destroy(void *state) { free(state); }

static const VmafExtractor fake_table = {VMAF_EXTRACTOR_ABI, sizeof(VmafExtractor), "fake", fake_provided, 0,
                                         fake_create, fake_key, fake_push, NULL, fake_destroy, NULL};
static const VmafExtractor fake_t_table = {VMAF_EXTRACTOR_ABI, sizeof(VmafExtractor), "fake_t", fake_t_provided, VMAF_EXTRACTOR_TEMPORAL,
                                           fake_t_create, fake_key, fake_t_push, fake_t_flush, fake_destroy, NULL};
static const VmafExtractor *get_fake(void) { return &fake_table; }
static const VmafExtractor *get_fake_t(void) { return &fake_t_table; }
static const VmafExtractor *get_none(void) { return NULL; } /* a header compiled without its extractor */
static const VmafCliGetter getters[] = {get_none, get_fake, get_fake_t};

/* ---------------- files and runs ---------------- */
static char tmpdir[64];

static const char *tpath(const char *name)
{
    static char buf[8][320];
    static int k;
    k = (k + 1) & 7;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

/* y4m with `frames` frames of w x h 4:2:0 8-bit; frame k has luma value base + step * k */
static void make_y4m(const char *name, unsigned w, unsigned h, unsigned frames, int base, int step, const char *chroma)
{
    FILE *f = fopen(tpath(name), "wb");
    unsigned k;
    size_t luma = (size_t)w * h, c = (size_t)((w + 1) / 2) * ((h + 1) / 2);
    unsigned char *buf = (unsigned char *)malloc(luma + 2 * c);
    if (!f || !buf) { fprintf(stderr, "cannot write %s\n", name); exit(1); }
    fprintf(f, "YUV4MPEG2 W%u H%u F25:1 Ip C%s\n", w, h, chroma);
    for (k = 0; k < frames; k++) {
        memset(buf, base + step * (int)k, luma);
        memset(buf + luma, 128, 2 * c);
        fprintf(f, "FRAME\n");
        fwrite(buf, 1, luma + 2 * c, f);
    }
    fclose(f);
    free(buf);
}

/* ---------------- a stand-in model pipeline ----------------
   Wraps the direct driver for s->features and emits, for every model at every non-subsampled
   index (unless -n), "<name>" = 50 + index; a model whose version contains "_b_" is a
   "collection" and also emits <name>_bagging = 60 + i, _ci_p95_lo = 55 + i, _ci_p95_hi = 65 + i,
   _stddev = 1. pipe_hole leaves the model score out at that index. */
typedef struct FakePipe {
    VmafCliScorer inner;
    const VmafCliSettings *s;
} FakePipe;
static long pipe_hole = -1;
static int pipe_opened;

static int pipe_push(void *self, const VmafFrame *ref, const VmafFrame *dis, unsigned index, VmafEmitFn emit, void *user)
{
    FakePipe *p = (FakePipe *)self;
    unsigned m;
    int err = p->inner.push(p->inner.self, ref, dis, index, emit, user);
    if (err) return err;
    if (p->s->no_prediction || (p->s->subsample > 1 && index % p->s->subsample)) return VMAF_OK;
    for (m = 0; m < p->s->n_models; m++) {
        const VmafCliModel *md = &p->s->models[m];
        char k[300];
        if ((long)index != pipe_hole) emit(user, index, md->name, 50.0 + index);
        if (md->version && strstr(md->version, "_b_")) {
            snprintf(k, sizeof k, "%s_bagging", md->name); emit(user, index, k, 60.0 + index);
            snprintf(k, sizeof k, "%s_ci_p95_lo", md->name); emit(user, index, k, 55.0 + index);
            snprintf(k, sizeof k, "%s_ci_p95_hi", md->name); emit(user, index, k, 65.0 + index);
            snprintf(k, sizeof k, "%s_stddev", md->name); emit(user, index, k, 1.0);
        }
    }
    return VMAF_OK;
}
static int pipe_flush(void *self, VmafEmitFn emit, void *user)
{
    FakePipe *p = (FakePipe *)self;
    return p->inner.flush(p->inner.self, emit, user);
}
static void pipe_close(void *self)
{
    FakePipe *p = (FakePipe *)self;
    if (p->inner.close) p->inner.close(p->inner.self);
    free(p);
}
static int pipe_open(const VmafCliSettings *s, const VmafCliEnv *env, const VmafCliVideo *v, VmafCliScorer *out)
{
    FakePipe *p = (FakePipe *)calloc(1, sizeof *p);
    int err;
    if (!p) return VMAF_ERR_OUT_OF_MEMORY;
    pipe_opened++;
    err = vmaf_cli_driver_open(s, env, v, &p->inner);
    if (err) { free(p); return err; }
    p->s = s;
    memset(out, 0, sizeof *out);
    out->self = p;
    out->push = pipe_push;
    out->flush = pipe_flush;
    out->close = pipe_close;
    out->err = p->inner.err;
    out->err_size = p->inner.err_size;
    return VMAF_OK;
}

static VmafCliPipelineOpen use_pipeline;
static int use_tty;

/* Runs the tool with a command line built from printf-style text (split on spaces). */
static int run(const char *fmt, ...)
{
    static char line[2048];
    char *argv[64];
    int argc = 0;
    char *p;
    va_list ap;
    VmafCliEnv env;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    argv[argc++] = (char *)"vmaf";
    for (p = strtok(line, " "); p && argc < 63; p = strtok(NULL, " ")) argv[argc++] = p;
    argv[argc] = NULL;
    env.getters = getters;
    env.n_getters = 3;
    env.open_pipeline = use_pipeline;
    env.stderr_tty = use_tty;
    env.version = "test-version";
    return vmaf_cli_main(argc, argv, &env);
}

/* Runs like run() with stderr sent to a file; returns the exit status, the text in *err. */
static int run_capture(char **err, const char *args)
{
    const char *path = tpath("stderr.txt");
    int saved, fd, rc;
    FILE *f;
    long n;
    fflush(stderr);
    saved = dup(2);
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (saved < 0 || fd < 0) { fprintf(stderr, "cannot redirect stderr\n"); exit(1); }
    dup2(fd, 2);
    close(fd);
    rc = run("%s", args);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    *err = NULL;
    f = fopen(path, "rb");
    if (f) {
        fseek(f, 0, SEEK_END);
        n = ftell(f);
        fseek(f, 0, SEEK_SET);
        *err = (char *)calloc(1, (size_t)n + 1);
        if (*err && fread(*err, 1, (size_t)n, f) != (size_t)n) (*err)[0] = 0;
        fclose(f);
    }
    remove(path);
    return rc;
}

static int exists(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f) fclose(f);
    return f != NULL;
}

/* Value of `name` at frameNum `frame`, or NAN. */
static double at(const th_golden *g, unsigned frame, const char *name)
{
    int i;
    double v;
    for (i = 0; g && i < g->nframes; i++)
        if (g->frames[i].frame_num == frame && th_golden_get(g, i, name, &v)) return v;
    return NAN;
}

static th_golden *load_out(void)
{
    th_golden *g = th_golden_load_path(tpath("out.json"));
    remove(tpath("out.json"));
    return g;
}

#define IO "-r %s -d %s -o %s --json --precision max"

int main(void)
{
    th_golden *g;
    unsigned i;
    int rc;
    double v;
    (void)th_golden_args; (void)th_golden_load; (void)th_read_frame; (void)th_pair_by_name; (void)th_skip;
    th_init();
    snprintf(tmpdir, sizeof tmpdir, "/tmp/vmaf_cli_driver_XXXXXX");
    if (!mkdtemp(tmpdir)) return 1;
    make_y4m("ref.y4m", 16, 8, 6, 0, 10, "420");  /* ref frame k: 10k */
    make_y4m("dis.y4m", 16, 8, 6, 3, 10, "420");  /* dis frame k: 10k + 3 */
    make_y4m("dis10.y4m", 16, 10, 6, 3, 10, "420");
    make_y4m("dis444.y4m", 16, 8, 6, 3, 10, "444");
    make_y4m("dis_short.y4m", 16, 8, 4, 3, 10, "420");

    /* plain run: every frame, temporal flush, column order */
    rc = run("-n --feature fake --feature fake_t " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    CHECK(rc == 0, "plain run exits 0 (%d)", rc);
    g = load_out();
    if (CHECK(g && g->nframes == 6, "6 frames")) {
        static const char *const order[] = {"fake_dis", "fake_ref", "fake_index", "fake_cpumask", "fake_opt_scale", "fake_t_seen", "fake_t_diff"};
        for (i = 0; i < 6; i++) {
            CHECK(at(g, i, "fake_dis") == 10.0 * i + 3 && at(g, i, "fake_ref") == 10.0 * i && at(g, i, "fake_index") == i, "frame %u values", i);
            CHECK(at(g, i, "fake_t_seen") == i + 1, "temporal saw %u frames by frame %u", i + 1, i);
            CHECK(at(g, i, "fake_t_diff") == (i < 5 ? 10.0 : 0.0), "temporal value of frame %u (flush for the last)", i);
            CHECK(at(g, i, "fake_cpumask") == 0.0, "default cpumask 0");
        }
        CHECK(g->npooled == 7, "7 columns");
        for (i = 0; i < 7 && (int)i < g->npooled; i++) CHECK(!strcmp(g->pooled[i].name, order[i]), "column %u is %s (%s)", i, order[i], g->pooled[i].name);
        CHECK(th_golden_pooled(g, "fake_dis", 2, &v) && v == 28.0, "pooled mean of fake_dis = 28");
        CHECK(th_golden_pooled(g, "fake_t_diff", 0, &v) && v == 0.0, "pooled min of fake_t_diff = 0");
    }
    th_golden_free(g);

    /* --frame_cnt */
    rc = run("-n --feature fake_t --frame_cnt 3 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && g && g->nframes == 3 && at(g, 1, "fake_t_diff") == 10.0 && at(g, 2, "fake_t_diff") == 0.0, "--frame_cnt 3: 3 frames, flushed at 2");
    th_golden_free(g);

    /* --frame_skip_ref / --frame_skip_dist: numbering restarts at 0; the shorter input ends first */
    rc = run("-n --feature fake --feature fake_t --frame_skip_ref 2 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && g && g->nframes == 4, "--frame_skip_ref 2: 4 pairs");
    for (i = 0; g && i < 4; i++)
        CHECK(at(g, i, "fake_ref") == 10.0 * (i + 2) && at(g, i, "fake_dis") == 10.0 * i + 3 && at(g, i, "fake_t_seen") == i + 1,
              "skip_ref frame %u pairs ref %u with dis %u", i, i + 2, i);
    th_golden_free(g);
    rc = run("-n --feature fake --frame_skip_dist 1 --frame_skip_ref 0 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && g && g->nframes == 5 && at(g, 0, "fake_dis") == 13.0 && at(g, 4, "fake_ref") == 40.0, "--frame_skip_dist 1");
    th_golden_free(g);
    rc = run("-n --feature fake --frame_skip_dist 10 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && g && g->nframes == 0, "skipping past the end: no frames");
    th_golden_free(g);

    /* --subsample 2: frames 0, 2, 4; the temporal extractor still sees every frame */
    rc = run("-n --feature fake --feature fake_t --subsample 2 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    if (CHECK(rc == 0 && g && g->nframes == 3, "--subsample 2: 3 frames printed")) {
        CHECK(g->frames[0].frame_num == 0 && g->frames[1].frame_num == 2 && g->frames[2].frame_num == 4, "original indices 0, 2, 4");
        CHECK(at(g, 2, "fake_t_seen") == 3 && at(g, 4, "fake_t_seen") == 5, "temporal pushed on every frame");
        CHECK(at(g, 2, "fake_dis") == 23.0, "non-temporal value at 2");
        CHECK(th_golden_pooled(g, "fake_dis", 2, &v) && v == 23.0, "pooled over 0, 2, 4: mean 23");
        CHECK(th_golden_pooled(g, "fake_t_seen", 1, &v) && v == 5.0, "pooled max of fake_t_seen over 0, 2, 4 = 5");
    }
    th_golden_free(g);

    /* --cpumask reaches the extractor (strtoul base 0: -1 is all ones, 0x30 is 48) */
    rc = run("-n --feature fake --cpumask -1 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && at(g, 0, "fake_cpumask") == 4294967295.0, "--cpumask -1");
    th_golden_free(g);
    rc = run("-n --feature fake --cpumask 0x30 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && at(g, 0, "fake_cpumask") == 48.0, "--cpumask 0x30");
    th_golden_free(g);

    /* option normalisation: strtof -> %g; the later value of a repeated option wins */
    rc = run("-n --feature fake=scale=1.23456789 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && at(g, 0, "fake_opt_scale_scale_1.23457") == atof("1.23457"), "scale=1.23456789 computes with 1.23457");
    th_golden_free(g);
    rc = run("-n --feature fake=scale=2:scale=1e0 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && at(g, 1, "fake_dis") == 13.0 && at(g, 1, "fake_opt_scale") == 1.0, "scale=2:scale=1e0 -> scale 1 (default key)");
    th_golden_free(g);

    /* de-duplication: same extractor and key -> the first instance only */
    rc = run("-n --feature fake --feature fake " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && g && g->nframes == 6 && g->npooled == 5, "two identical --feature: one instance");
    th_golden_free(g);
    rc = run("-n --feature fake --feature fake=debug=true " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && g && isnan(at(g, 0, "fake_debug")), "a later debug=true instance is discarded (libvmaf)");
    th_golden_free(g);
    rc = run("-n --feature fake=debug=true --feature fake " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && g && at(g, 5, "fake_debug") == 6.0, "the first instance keeps debug=true");
    th_golden_free(g);
    rc = run("-n --feature fake --feature fake=scale=2 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && g && at(g, 1, "fake_dis") == 13.0 && at(g, 1, "fake_dis_scale_2") == 26.0, "a different key: two instances");
    th_golden_free(g);

    /* --precision: default libvmaf rule gives 6 decimals */
    rc = run("-n --feature fake=scale=0.333333333 -r %s -d %s -o %s --csv", tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.csv"));
    {
        FILE *f = fopen(tpath("out.csv"), "rb");
        char l1[512] = "", l2[512] = "";
        if (f) { if (!fgets(l1, sizeof l1, f) || !fgets(l2, sizeof l2, f)) l2[0] = 0; fclose(f); }
        CHECK(rc == 0 && !strcmp(l2, "0,0.999999,0.000000,0.000000,0.000000,0.333333,\n"), "CSV row with the default number rule: %s", l2);
        remove(tpath("out.csv"));
    }

    /* raw input through the tool */
    {
        FILE *f = fopen(tpath("a.yuv"), "wb");
        unsigned char frame[16 * 8 + 2 * 8 * 4];
        for (i = 0; i < 4; i++) { memset(frame, (int)(5 * i), sizeof frame); if (f) fwrite(frame, 1, sizeof frame, f); }
        if (f) fclose(f);
        rc = run("-n --feature fake -w 16 -h 8 -p 420 -b 8 " IO, tpath("a.yuv"), tpath("a.yuv"), tpath("out.json"));
        g = load_out();
        CHECK(rc == 0 && g && g->nframes == 4 && at(g, 3, "fake_dis") == 15.0, "raw .yuv input");
        th_golden_free(g);
        remove(tpath("a.yuv"));
    }

    /* inputs of different lengths: common frames are scored, exit 0 */
    rc = run("-n --feature fake " IO, tpath("ref.y4m"), tpath("dis_short.y4m"), tpath("out.json"));
    g = load_out();
    CHECK(rc == 0 && g && g->nframes == 4, "shorter distorted: 4 frames");
    th_golden_free(g);

    /* failures: exit 255 and no output file */
    remove(tpath("out.json"));
    rc = run("-n --feature fake=fail_at=2 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    CHECK(rc == 255 && !exists(tpath("out.json")), "extractor error on frame 2: exit 255 (%d), no output", rc);
    rc = run("-n --feature fake=dup=true " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    CHECK(rc == 255 && !exists(tpath("out.json")), "duplicate write: exit 255 (%d), no output", rc);
    rc = run("-n --feature fake=scale=abc " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    CHECK(rc == 255 && !exists(tpath("out.json")), "create fails (bad option): exit 255 (%d)", rc);
    rc = run("-n --feature fake=bogus=1 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    CHECK(rc == 255, "create fails (unknown option, logged): exit 255 (%d)", rc);
    rc = run("-n --feature nosuch " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    CHECK(rc == 255 && !exists(tpath("out.json")), "unknown extractor: exit 255 (%d)", rc);
    rc = run("-n --feature vif " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    CHECK(rc == 255, "extractor not in the registry: exit 255 (%d)", rc);
    rc = run(IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    CHECK(rc == 255 && !exists(tpath("out.json")), "default model: not available yet, exit 255 (%d), no output", rc);
    rc = run("-n -m version=vmaf_v0.6.1 " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    CHECK(rc == 255, "-n with -m still needs the model: exit 255 (%d)", rc);
    rc = run("-n --feature fake " IO, tpath("ref.y4m"), tpath("dis10.y4m"), tpath("out.json"));
    CHECK(rc == 255 && !exists(tpath("out.json")), "different sizes: exit 255 (%d)", rc);
    rc = run("-n --feature fake " IO, tpath("ref.y4m"), tpath("dis444.y4m"), tpath("out.json"));
    CHECK(rc == 255, "different pixel formats: exit 255 (%d)", rc);
    rc = run("-n --feature fake " IO, tpath("ref.y4m"), tpath("missing.y4m"), tpath("out.json"));
    CHECK(rc == 255, "missing distorted file: exit 255 (%d)", rc);
    rc = run("-n --feature fake " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("no/such/dir/out.json"));
    CHECK(rc == 255, "unwritable output: exit 255 (%d)", rc);
    rc = run("-n --feature fake --bogus " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
    CHECK(rc == 1, "usage error: exit 1 (%d)", rc);
    rc = run("--help");
    CHECK(rc == 0, "--help: exit 0");

    /* model runs through a pipeline behind env->open_pipeline: columns, pooled score lines */
    use_pipeline = pipe_open;
    use_tty = 1;
    {
        char args[1024], *e = NULL;
        snprintf(args, sizeof args, "--feature fake " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
        rc = run_capture(&e, args);
        g = load_out();
        CHECK(rc == 0 && pipe_opened == 1, "default model through the pipeline: exit %d", rc);
        CHECK(g && g->npooled == 6 && !strcmp(g->pooled[5].name, "vmaf") && at(g, 5, "vmaf") == 55.0, "model column last: vmaf = 50 + i");
        CHECK(e && strstr(e, "VMAF version test-version\n"), "tty: version line");
        CHECK(e && strstr(e, "6 frames"), "tty: progress line");
        CHECK(e && strstr(e, "\nvmaf_v0.6.1: 52.500000\n"), "tty: pooled model line: %s", e ? e : "");
        th_golden_free(g);
        free(e);

        snprintf(args, sizeof args, "-m version=vmaf_b_v0.6.3 -m version=vmaf_v0.6.1:name=v2 --subsample 2 " IO, tpath("ref.y4m"),
                 tpath("dis.y4m"), tpath("out.json"));
        rc = run_capture(&e, args);
        g = load_out();
        CHECK(rc == 0 && g && g->nframes == 3 && at(g, 4, "v2") == 54.0 && at(g, 2, "vmaf_bagging") == 62.0, "two models, subsample 2");
        CHECK(e && strstr(e, "\nvmaf_b_v0.6.3: 52.000000\nvmaf_v0.6.1: 52.000000\n"
                             "vmaf_b_v0.6.3: 62.000000, ci.p95: [57.000000, 67.000000], stddev: 1.000000\n"),
              "model lines in libvmaf's order, pooled over 0, 2, 4: %s", e ? e : "");
        th_golden_free(g);
        free(e);

        snprintf(args, sizeof args, "-q -m path=my.json " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
        rc = run_capture(&e, args);
        remove(tpath("out.json"));
        CHECK(rc == 0 && e && !strstr(e, "my.json:") && !strstr(e, "VMAF version"), "-q with -o: no lines: %s", e ? e : "");
        free(e);
        snprintf(args, sizeof args, "-q -m path=my.json -r %s -d %s", tpath("ref.y4m"), tpath("dis.y4m"));
        rc = run_capture(&e, args);
        CHECK(rc == 0 && e && strstr(e, "my.json: 52.500000\n") && !strstr(e, "frames"), "-q without -o: score line only: %s", e ? e : "");
        free(e);

        snprintf(args, sizeof args, "-n -m version=vmaf_v0.6.1 --feature fake " IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
        rc = run_capture(&e, args);
        g = load_out();
        CHECK(rc == 0 && g && g->npooled == 5 && e && !strstr(e, "vmaf_v0.6.1:"), "-n with -m: features only, no score line");
        th_golden_free(g);
        free(e);

        pipe_hole = 3;
        snprintf(args, sizeof args, IO, tpath("ref.y4m"), tpath("dis.y4m"), tpath("out.json"));
        rc = run_capture(&e, args);
        CHECK(rc == 255 && !exists(tpath("out.json")) && e && strstr(e, "problem generating pooled VMAF score"),
              "a model score missing at a frame: exit 255, no output");
        free(e);
        pipe_hole = -1;
    }
    use_pipeline = NULL;
    use_tty = 0;

    remove(tpath("ref.y4m"));
    remove(tpath("dis.y4m"));
    remove(tpath("dis10.y4m"));
    remove(tpath("dis444.y4m"));
    remove(tpath("dis_short.y4m"));
    rmdir(tmpdir);
    return th_finish();
}
