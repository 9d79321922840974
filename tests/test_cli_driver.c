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
    env.stderr_tty = 0;
    env.version = "test-version";
    return vmaf_cli_main(argc, argv, &env);
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

    remove(tpath("ref.y4m"));
    remove(tpath("dis.y4m"));
    remove(tpath("dis10.y4m"));
    remove(tpath("dis444.y4m"));
    remove(tpath("dis_short.y4m"));
    rmdir(tmpdir);
    return th_finish();
}
