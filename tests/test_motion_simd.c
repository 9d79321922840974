/* tests/test_motion_simd.c - every SIMD path of vmaf_motion.h against its scalar path.

   Paths: x86-64 loops cpumask over {0 (all: AVX-512), 16 (no AVX-512: AVX2), 24 (no AVX2 and
   no AVX-512: scalar), ~0u (scalar, the reference)}; AArch64 over {0 (NEON), 1 (NEON bit off:
   scalar), ~0u}. A path the CPU (or the build: VMAF_NO_AVX512 ...) lacks is reported as
   skipped, never as passed.

   1. dispatch: the kernel table each cpumask selects;
   2. kernels: each kernel of each SIMD path against the scalar kernel on random and extreme
      rows (memcmp of every output; float compared bit for bit);
   3. goldens: q160x90_8bit (48 frames), src01 (8/10/12/16 bit), sparks_10bit: every motion golden
      (integer 3.2 incl. option variants, float incl. scale1 / filter sizes / uv, 3.0 compat)
      through each path: values equal the scalar path exactly and still match the goldens
      (integer exactly, float within 1e-6 as tests/test_motion.c);
   4. random streams: sizes 3..200 (and one 1920x1080 pair), padded, odd and unaligned strides,
      data offset by one sample, bpc 8/9/10/12/16, noise / smooth / all-zero / all-max /
      checkerboard / samples above the bit depth; integer (3-, 5-frame window), float (filter
      size 5/3/1, motion_add_scale1, motion_add_uv at 4:4:4) and 3.0: every emitted value of
      every path equals the scalar one exactly.
   Set TEST_MOTION_SIMD_QUICK=1 for a short run (fewer random cases; used by the build checks). */
#define VMAF_MOTION_IMPLEMENTATION
#include "vmaf_motion.h"
#include "harness.h"

#include <stdint.h>

#if defined(__aarch64__) || defined(_M_ARM64)
#define TS_ARM 1
#endif

static int quick;

/* ------------------------------------------------------------------------------------------
   paths
   ------------------------------------------------------------------------------------------ */
typedef struct {
    const char *label;
    unsigned mask;
    const char *kernels; /* expected kernel table name */
    int simd;            /* a distinct SIMD path (compared with the scalar one) */
    int avail;           /* compiled in and the CPU has it */
} ts_path;
static ts_path paths[4];
static int npaths;

static void add_path(const char *label, unsigned mask, const char *kernels, int simd, int avail)
{
    paths[npaths].label = label;
    paths[npaths].mask = mask;
    paths[npaths].kernels = kernels;
    paths[npaths].simd = simd;
    paths[npaths].avail = avail;
    npaths++;
}

static void setup_paths(void)
{
    unsigned cpu = vmaf__cpu_detect();
    int h512 = 0, h2 = 0, hneon = 0;
#if defined(VMAF__HAVE_AVX512)
    h512 = (cpu & VMAF_CPU_AVX512) != 0;
#endif
#if defined(VMAF__HAVE_AVX2)
    h2 = (cpu & VMAF_CPU_AVX2) != 0;
#endif
#if defined(VMAF__HAVE_NEON)
    hneon = (cpu & VMAF_CPU_NEON) != 0;
#endif
    (void)cpu;
#if defined(TS_ARM)
    (void)h512;
    (void)h2;
    add_path("NEON (cpumask 0)", 0u, "neon", 1, hneon);
    add_path("NEON off (cpumask 1)", 1u, "scalar", 0, 1);
#else
    (void)hneon;
    add_path("AVX-512 (cpumask 0)", 0u, "avx512", 1, h512);
    add_path("AVX2 (cpumask 16)", 16u, "avx2", 1, h2);
    add_path("no AVX2/AVX-512 (cpumask 24)", 24u, "scalar", 0, 1);
#endif
    add_path("scalar (cpumask ~0)", ~0u, "scalar", 0, 1);
}

static const char *kernels_of(unsigned mask)
{
    vmaf__mot_kernels k;
    vmaf__mot_pick_kernels(&k, mask);
    return k.name;
}

static void test_dispatch(void)
{
    int i;
    for (i = 0; i < npaths; i++) {
        if (!paths[i].avail) {
            char why[160];
            snprintf(why, sizeof why, "%s: not available on this CPU / build (selects '%s')", paths[i].label, kernels_of(paths[i].mask));
            th_skip(why);
            continue;
        }
        CHECK(!strcmp(kernels_of(paths[i].mask), paths[i].kernels), "%s selects '%s' kernels (got '%s')", paths[i].label,
              paths[i].kernels, kernels_of(paths[i].mask));
    }
    {
        /* a context keeps the table of its own cpumask */
        VmafMotionConfig cfg;
        VmafMotionContext *c = NULL;
        memset(&cfg, 0, sizeof cfg);
        cfg.w = 16;
        cfg.h = 16;
        cfg.bpc = 8;
        cfg.cpumask = ~0u;
        CHECK(vmaf_motion_create(&c, &cfg) == 0 && c && !strcmp(c->k.name, "scalar"), "cpumask ~0 context uses scalar kernels");
        vmaf_motion_destroy(c);
    }
}

/* ------------------------------------------------------------------------------------------
   random numbers and content
   ------------------------------------------------------------------------------------------ */
static uint32_t rng = 0x2545f491u;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

enum { C_NOISE, C_SMOOTH, C_ZERO, C_MAX, C_CHECKER, C_ABOVE, C_CUT, C_SMALL, C_COUNT };
static const char *const content_name[C_COUNT] = {"noise", "smooth", "zero", "max", "checker", "above-depth", "cut", "small"};

/* sample (x, y) of frame `i` of a stream with content `c` */
static unsigned sample(int c, unsigned bpc, unsigned i, unsigned x, unsigned y, unsigned p)
{
    unsigned maxv = (1u << bpc) - 1;
    switch (c) {
    case C_NOISE: return rnd() & maxv;
    case C_SMOOTH: {
        unsigned v = ((x * 7 + y * 3 + i * (5 + p)) % 200 + rnd() % 56) << (bpc - 8);
        return v > maxv ? maxv : v;
    }
    case C_ZERO: return 0;
    case C_MAX: return maxv;
    case C_CHECKER: return ((x + y + i) & 1) ? maxv : 0;
    case C_ABOVE: return bpc == 16 ? (rnd() & 0xffff) : (rnd() % 4 ? (rnd() & 0xffff) : (rnd() & maxv)); /* not checked by the API */
    case C_CUT: return (i & 1) ? maxv : 0;
    default: return rnd() % 3;
    }
}

/* ------------------------------------------------------------------------------------------
   2. kernel parity
   ------------------------------------------------------------------------------------------ */
typedef struct {
    int n, same;
} tally;
static tally t_kern, t_int, t_flt, t_v30, t_gold;

static void tally_add(tally *t, int same)
{
    t->n++;
    t->same += same;
}

/* a w x h plane of samples (8 or 16 bit) with stride `stride` bytes in an exact-size block */
static unsigned char *make_plane(int c, unsigned bpc, unsigned i, unsigned w, unsigned h, size_t stride, unsigned p)
{
    unsigned bps = bpc > 8 ? 2 : 1, x, y;
    size_t size = stride * (h - 1) + (size_t)w * bps;
    unsigned char *b = (unsigned char *)malloc(size);
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++) {
            unsigned v = sample(c, bpc, i, x, y, p);
            if (bps == 1) b[y * stride + x] = (unsigned char)v;
            else {
                uint16_t s = (uint16_t)v;
                memcpy(b + y * stride + 2 * x, &s, 2);
            }
        }
    return b;
}

static float rnd_float(void)
{
    /* values like blurred samples: [-128, 128) with random low mantissa bits, some exact zeros */
    if (rnd() % 16 == 0) return 0.0f;
    return (float)((int)(rnd() % 65536u) - 32768) / 256.0f + (float)(rnd() % 1024u) * (1.0f / 1048576.0f);
}

static void kernels_one_path(const ts_path *pt, int rounds)
{
    vmaf__mot_kernels ks, kp;
    int r, bad = 0;
    char what[200];
    vmaf__mot_pick_kernels(&ks, ~0u);
    vmaf__mot_pick_kernels(&kp, pt->mask);
    for (r = 0; r < rounds; r++) {
        static const unsigned depths[] = {8, 9, 10, 12, 16};
        unsigned w = r < 70 ? 3 + (unsigned)r : 3 + rnd() % 198, h = 3 + rnd() % 8, bpc = depths[rnd() % 5], bps = bpc > 8 ? 2 : 1;
        int c = (int)(rnd() % C_COUNT);
        size_t stride = ((size_t)w + rnd() % 9) * bps + (bps == 1 ? rnd() % 2 : 0);
        unsigned char *P = make_plane(c, bpc, 0, w, h, stride, 0), *Q = make_plane(c, bpc, 1, w, h, stride, 0);
        int32_t *t1 = (int32_t *)malloc(sizeof(int32_t) * w), *t2 = (int32_t *)malloc(sizeof(int32_t) * w);
        uint16_t *tmp1 = (uint16_t *)malloc(2 * (size_t)w), *tmp2 = (uint16_t *)malloc(2 * (size_t)w);
        uint16_t *pr1 = (uint16_t *)malloc(2 * (size_t)w), *pr2 = (uint16_t *)malloc(2 * (size_t)w);
        float *fr[5], *o1 = (float *)malloc(sizeof(float) * w), *o2 = (float *)malloc(sizeof(float) * w);
        unsigned x, k;
        int y;
        snprintf(what, sizeof what, "%s kernels %ux%u %u-bit %s stride %lu", pt->label, w, h, bpc, content_name[c], (unsigned long)stride);
        /* integer 3.2 */
        {
            uint64_t a, b;
            if (bpc == 8) {
                a = ks.isad8(P, (ptrdiff_t)stride, Q, (ptrdiff_t)stride, t1, (int)w, (int)h);
                b = kp.isad8(P, (ptrdiff_t)stride, Q, (ptrdiff_t)stride, t2, (int)w, (int)h);
            } else {
                a = ks.isad16(P, (ptrdiff_t)stride, Q, (ptrdiff_t)stride, t1, (int)w, (int)h, (int)bpc);
                b = kp.isad16(P, (ptrdiff_t)stride, Q, (ptrdiff_t)stride, t2, (int)w, (int)h, (int)bpc);
            }
            tally_add(&t_kern, a == b);
            if (a != b) { bad++; CHECK(0, "%s: isad %llu vs scalar %llu", what, (unsigned long long)b, (unsigned long long)a); }
        }
        /* integer 3.0: every row, with and without the SAD, from the same previous row */
        for (y = 0; y < (int)h; y++) {
            uint32_t a, b;
            int sad = (int)(rnd() % 4 != 0);
            for (x = 0; x < w; x++) pr1[x] = pr2[x] = (uint16_t)(rnd() & 0xffff);
            a = ks.lblur(P, (ptrdiff_t)stride, (int)bpc, (int)w, (int)h, y, tmp1, pr1, sad);
            b = kp.lblur(P, (ptrdiff_t)stride, (int)bpc, (int)w, (int)h, y, tmp2, pr2, sad);
            tally_add(&t_kern, a == b && !memcmp(pr1, pr2, 2 * (size_t)w));
            if (a != b || memcmp(pr1, pr2, 2 * (size_t)w)) { bad++; CHECK(0, "%s: lblur row %d (sad %d)", what, y, sad); }
        }
        /* float: conversion, vertical and horizontal passes with each filter, SAD, bilinear */
        for (k = 0; k < 5; k++) fr[k] = (float *)malloc(sizeof(float) * w);
        ks.fconv(P, (int)bpc, (int)w, o1);
        kp.fconv(P, (int)bpc, (int)w, o2);
        tally_add(&t_kern, !memcmp(o1, o2, sizeof(float) * w));
        if (memcmp(o1, o2, sizeof(float) * w)) { bad++; CHECK(0, "%s: fconv", what); }
        {
            static const float *const taps[3] = {vmaf__mot_f5, vmaf__mot_f3, vmaf__mot_f1};
            static const int fws[3] = {5, 3, 5};
            int f;
            for (f = 0; f < 3; f++) {
                const float *rows[5];
                for (k = 0; k < 5; k++) {
                    for (x = 0; x < w; x++) fr[k][x] = rnd_float();
                    rows[k] = fr[k];
                }
                ks.fvpass(rows, taps[f], fws[f], (int)w, o1);
                kp.fvpass(rows, taps[f], fws[f], (int)w, o2);
                tally_add(&t_kern, !memcmp(o1, o2, sizeof(float) * w));
                if (memcmp(o1, o2, sizeof(float) * w)) { bad++; CHECK(0, "%s: fvpass fw %d", what, fws[f]); }
                ks.fhpass(fr[0], taps[f], fws[f], (int)w, o1);
                kp.fhpass(fr[0], taps[f], fws[f], (int)w, o2);
                tally_add(&t_kern, !memcmp(o1, o2, sizeof(float) * w));
                if (memcmp(o1, o2, sizeof(float) * w)) { bad++; CHECK(0, "%s: fhpass fw %d", what, fws[f]); }
            }
        }
        {
            unsigned fh = 1 + rnd() % 40, fs = w + rnd() % 5, i;
            float *A = (float *)malloc(sizeof(float) * ((size_t)fs * (fh - 1) + w));
            float *B = (float *)malloc(sizeof(float) * ((size_t)fs * (fh - 1) + w));
            float sa, sb, acc0 = rnd() % 2 ? 0.0f : rnd_float();
            for (i = 0; i < fs * (fh - 1) + w; i++) {
                A[i] = rnd_float();
                B[i] = rnd() % 8 ? rnd_float() : A[i];
            }
            sa = ks.fsad(A, B, (ptrdiff_t)fs, (int)w, (int)fh, acc0);
            sb = kp.fsad(A, B, (ptrdiff_t)fs, (int)w, (int)fh, acc0);
            tally_add(&t_kern, !memcmp(&sa, &sb, sizeof sa));
            if (memcmp(&sa, &sb, sizeof sa)) { bad++; CHECK(0, "%s: fsad %ux%u stride %u: %.9g vs scalar %.9g", what, w, fh, fs, sb, sa); }
            free(A);
            free(B);
        }
        {
            int dw = (int)(w * 0.5 + 0.5);
            int *x1 = (int *)malloc(sizeof(int) * (size_t)dw), *x2 = (int *)malloc(sizeof(int) * (size_t)dw);
            float *dx = (float *)malloc(sizeof(float) * (size_t)dw), dy = (float)(rnd() % 1000) / 1000.0f;
            vmaf__mot_bilinear_cols((int)w, dw, x1, x2, dx);
            for (x = 0; x < w; x++) {
                fr[0][x] = rnd_float();
                fr[1][x] = rnd_float();
            }
            ks.fbilin(fr[0], fr[1], dy, o1, dw, x1, x2, dx);
            kp.fbilin(fr[0], fr[1], dy, o2, dw, x1, x2, dx);
            tally_add(&t_kern, !memcmp(o1, o2, sizeof(float) * (size_t)dw));
            if (memcmp(o1, o2, sizeof(float) * (size_t)dw)) { bad++; CHECK(0, "%s: fbilin", what); }
            free(x1);
            free(x2);
            free(dx);
        }
        for (k = 0; k < 5; k++) free(fr[k]);
        free(o1);
        free(o2);
        free(P);
        free(Q);
        free(t1);
        free(t2);
        free(tmp1);
        free(tmp2);
        free(pr1);
        free(pr2);
    }
    CHECK(bad == 0, "%s: every kernel output equals the scalar kernel's (%d rounds)", pt->label, rounds);
}

static void test_kernels(void)
{
    int i;
    for (i = 0; i < npaths; i++)
        if (paths[i].simd && paths[i].avail) kernels_one_path(&paths[i], quick ? 80 : 400);
}

/* ------------------------------------------------------------------------------------------
   event lists (extractor-table runs)
   ------------------------------------------------------------------------------------------ */
typedef struct {
    unsigned idx;
    char key[128];
    double v;
} ev;
typedef struct {
    ev *e;
    int n, cap;
} evlist;

static void emit_cb(void *user, unsigned index, const char *key, double value)
{
    evlist *l = (evlist *)user;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 64;
        l->e = (ev *)realloc(l->e, sizeof(ev) * (size_t)l->cap);
    }
    l->e[l->n].idx = index;
    snprintf(l->e[l->n].key, sizeof l->e[l->n].key, "%s", key);
    l->e[l->n].v = value;
    l->n++;
}

/* runs extractor x over frames f[0..n) with cpumask; 0 or the first error */
static int run_x(const VmafExtractor *x, const VmafFrame *f, unsigned n, const char *opts, unsigned mask, evlist *out)
{
    VmafExtractorArgs a;
    void *st = NULL;
    unsigned i;
    int err;
    memset(&a, 0, sizeof a);
    a.w = f[0].w;
    a.h = f[0].h;
    a.bpc = f[0].bpc;
    a.layout = f[0].layout;
    a.options = opts;
    a.cpumask = mask;
    err = x->create(&st, &a);
    if (err) return err;
    for (i = 0; i < n && !err; i++) err = x->push(st, &f[i], NULL, i, emit_cb, out);
    if (!err) err = x->flush(st, emit_cb, out);
    x->destroy(st);
    return err;
}

/* every event of `got` equals `ref` (same order, key, index; exact value) */
static int same_events(const evlist *ref, const evlist *got, tally *t, const char *what)
{
    int i, bad = 0;
    if (ref->n != got->n) {
        CHECK(0, "%s: %d values, scalar %d", what, got->n, ref->n);
        return 0;
    }
    for (i = 0; i < ref->n; i++) {
        int same = ref->e[i].idx == got->e[i].idx && !strcmp(ref->e[i].key, got->e[i].key) &&
                   !memcmp(&ref->e[i].v, &got->e[i].v, sizeof(double));
        tally_add(t, same);
        if (!same && bad++ < 3)
            fprintf(stderr, "  %s: %s[%u] = %.17g, scalar %s[%u] = %.17g\n", what, got->e[i].key, got->e[i].idx, got->e[i].v,
                    ref->e[i].key, ref->e[i].idx, ref->e[i].v);
    }
    return bad == 0;
}

/* ------------------------------------------------------------------------------------------
   3. goldens through every path
   ------------------------------------------------------------------------------------------ */
static VmafLayout layout_of(unsigned l)
{
    return l == 444 ? VMAF_LAYOUT_444 : l == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420;
}

/* option text of "--feature NAME[=opts]" in golden CLI args (see tests/test_motion.c) */
static int feature_opts(const char *args, const char *name, char *out, size_t n)
{
    const char *s = args;
    size_t ln = strlen(name);
    out[0] = 0;
    while ((s = strstr(s, "--feature ")) != NULL) {
        s += 10;
        if (!strncmp(s, name, ln) && (s[ln] == ' ' || s[ln] == 0 || s[ln] == '=')) {
            size_t k = 0;
            if (s[ln] == '=') {
                const char *v = s + ln + 1;
                while (v[k] && v[k] != ' ' && k + 1 < n) {
                    out[k] = v[k];
                    k++;
                }
            }
            out[k] = 0;
            return 1;
        }
    }
    return 0;
}

/* compares each event with the golden (by printed name and frame): exact or within 1e-6 */
static void check_golden(const char *what, const th_golden *g, const evlist *l, int exact)
{
    int i, bad = 0, found = 0;
    for (i = 0; i < l->n; i++) {
        double gv;
        const char *name = vmaf_name_alias(l->e[i].key);
        if (!th_golden_get(g, (int)l->e[i].idx, name, &gv)) continue; /* e.g. debug values the golden lacks */
        found++;
        tally_add(&t_gold, gv == l->e[i].v);
        if (exact ? gv != l->e[i].v : fabs(gv - l->e[i].v) > 1e-6) {
            if (bad++ < 3) fprintf(stderr, "  %s: %s[%u] = %.17g, golden %.17g\n", what, name, l->e[i].idx, l->e[i].v, gv);
        }
    }
    CHECK(found > 0 && bad == 0, "%s: %d values match the golden (%d off)", what, found, bad);
}

static void golden_pair(const char *pair)
{
    th_pair p;
    VmafFrame *fr;
    unsigned char **buf;
    unsigned i, n, bps;
    FILE *f;
    char line[2048];
    if (!CHECK(th_pair_by_name(pair, &p), "pair %s in the manifest", pair)) return;
    n = p.frames;
    bps = p.bpc > 8 ? 2 : 1;
    fr = (VmafFrame *)calloc(n, sizeof *fr);
    buf = (unsigned char **)calloc(n, sizeof *buf);
    for (i = 0; i < n; i++) {
        unsigned cw, ch;
        size_t luma = (size_t)p.w * p.h * bps;
        buf[i] = (unsigned char *)th_read_frame(&p, 0, i);
        if (!CHECK(buf[i] != NULL, "%s frame %u reads", pair, i)) goto done;
        fr[i].w = p.w;
        fr[i].h = p.h;
        fr[i].bpc = p.bpc;
        fr[i].layout = layout_of(p.layout);
        cw = fr[i].layout == VMAF_LAYOUT_444 ? p.w : p.w >> 1;
        ch = fr[i].layout == VMAF_LAYOUT_420 ? p.h >> 1 : p.h;
        fr[i].data[0] = buf[i];
        fr[i].data[1] = buf[i] + luma;
        fr[i].data[2] = buf[i] + luma + (size_t)cw * ch * bps;
        fr[i].stride[0] = (ptrdiff_t)(p.w * bps);
        fr[i].stride[1] = fr[i].stride[2] = (ptrdiff_t)(cw * bps);
    }
    /* 3.2 integer and float goldens (tests/data/golden/INDEX.tsv rows with status "ok") */
    f = fopen(TH_DATA "/golden/INDEX.tsv", "r");
    while (f && fgets(line, sizeof line, f)) {
        char gp[128], gname[256], st[128], args[1536], opts[512], what[600];
        const VmafExtractor *x = NULL;
        int is_int = 0, k;
        th_golden *g;
        evlist ref = {NULL, 0, 0};
        args[0] = 0;
        line[strcspn(line, "\n")] = 0;
        if (sscanf(line, "%127[^\t]\t%255[^\t]\t%127[^\t]\t%1535[^\n]", gp, gname, st, args) < 3) continue;
        if (strcmp(gp, pair) || strcmp(st, "ok")) continue;
        if (!strcmp(gname, "default") || !strcmp(gname, "debug_int") || !strncmp(gname, "opt_motion_", 11)) {
            x = vmaf_motion_extractor();
            is_int = 1;
            feature_opts(args, "motion", opts, sizeof opts);
        } else if (!strcmp(gname, "float") || !strcmp(gname, "debug_float") || !strncmp(gname, "opt_float_motion_", 17)) {
            x = vmaf_motion_float_extractor();
            feature_opts(args, "float_motion", opts, sizeof opts);
        }
        if (!x) continue;
        if (quick && strcmp(gname, "default") && strcmp(gname, "float") && strcmp(gname, "opt_float_motion_motion_add_uvtrue") &&
            strcmp(gname, "opt_float_motion_motion_add_scale1true"))
            continue;
        g = th_golden_load(pair, gname);
        if (!CHECK(g != NULL, "%s/%s golden loads", pair, gname)) continue;
        snprintf(what, sizeof what, "%.60s/%.120s [%.200s] scalar", pair, gname, opts);
        CHECK(run_x(x, fr, n, opts, ~0u, &ref) == 0, "%s: run", what);
        check_golden(what, g, &ref, is_int);
        for (k = 0; k < npaths; k++) {
            evlist l = {NULL, 0, 0};
            if (paths[k].mask == ~0u || !paths[k].avail) continue;
            snprintf(what, sizeof what, "%.60s/%.120s [%.200s] %.60s", pair, gname, opts, paths[k].label);
            if (CHECK(run_x(x, fr, n, opts, paths[k].mask, &l) == 0, "%s: run", what)) {
                CHECK(same_events(&ref, &l, is_int ? &t_int : &t_flt, what), "%s: equals the scalar path", what);
                check_golden(what, g, &l, is_int);
            }
            free(l.e);
        }
        free(ref.e);
        th_golden_free(g);
    }
    if (f) fclose(f);
    /* 3.0.0 compatibility goldens */
    {
        static const char *const v30[] = {"default", "motion_debug"};
        int k, m;
        for (k = 0; k < 2; k++) {
            char path[512], what[300];
            th_golden *g;
            evlist ref = {NULL, 0, 0};
            snprintf(path, sizeof path, TH_DATA "/golden-v3.0.0/%.60s/%s.full.json", pair, v30[k]);
            g = th_golden_load_path(path);
            if (!g) continue;
            snprintf(what, sizeof what, "v3.0.0 %s/%s scalar", pair, v30[k]);
            CHECK(run_x(vmaf_motion_v30_extractor(), fr, n, k ? "debug=true" : NULL, ~0u, &ref) == 0, "%s: run", what);
            check_golden(what, g, &ref, 1);
            for (m = 0; m < npaths; m++) {
                evlist l = {NULL, 0, 0};
                if (paths[m].mask == ~0u || !paths[m].avail) continue;
                snprintf(what, sizeof what, "v3.0.0 %s/%s %s", pair, v30[k], paths[m].label);
                if (CHECK(run_x(vmaf_motion_v30_extractor(), fr, n, k ? "debug=true" : NULL, paths[m].mask, &l) == 0, "%s: run", what)) {
                    CHECK(same_events(&ref, &l, &t_v30, what), "%s: equals the scalar path", what);
                    check_golden(what, g, &l, 1);
                }
                free(l.e);
            }
            free(ref.e);
            th_golden_free(g);
        }
    }
done:
    for (i = 0; i < n; i++) free(buf[i]);
    free(buf);
    free(fr);
}

static void test_goldens(void)
{
    golden_pair("q160x90_8bit");
    golden_pair("src01_8bit");
    if (!quick) {
        golden_pair("src01_10bit");
        golden_pair("src01_12bit");
        golden_pair("src01_16bit");
    }
    golden_pair("sparks_10bit");
}

/* ------------------------------------------------------------------------------------------
   4. random streams through the public extractor tables
   ------------------------------------------------------------------------------------------ */
enum { MAXF = 6 };
typedef struct {
    VmafFrame f[MAXF];
    unsigned char *blk[MAXF][3];
    unsigned n;
} stream;

/* frames of content c; plane strides padded (odd for 8-bit when `odd`), data offset by one
   sample when `shift`; every plane in its own exact-size block (ASan catches over-reads) */
static void make_stream(stream *s, unsigned w, unsigned h, unsigned bpc, VmafLayout lay, unsigned n, int c, unsigned pad, int odd,
                        int shift)
{
    unsigned i, p, bps = bpc > 8 ? 2 : 1;
    memset(s, 0, sizeof *s);
    s->n = n;
    for (i = 0; i < n; i++) {
        s->f[i].w = w;
        s->f[i].h = h;
        s->f[i].bpc = bpc;
        s->f[i].layout = lay;
        for (p = 0; p < 3; p++) {
            VmafPlane pl = vmaf_frame_plane(&s->f[i], (int)p);
            size_t stride, off = shift ? bps : 0, size;
            unsigned x, y;
            if (!pl.w || !pl.h) continue;
            stride = (size_t)(pl.w + pad) * bps + (bps == 1 && odd ? 1 : 0);
            size = off + stride * (pl.h - 1) + (size_t)pl.w * bps;
            s->blk[i][p] = (unsigned char *)malloc(size);
            memset(s->blk[i][p], 0xa5, size);
            for (y = 0; y < pl.h; y++)
                for (x = 0; x < pl.w; x++) {
                    unsigned v = sample(c, bpc, i, x, y, p);
                    unsigned char *d = s->blk[i][p] + off + y * stride + x * bps;
                    if (bps == 1) *d = (unsigned char)v;
                    else {
                        uint16_t v16 = (uint16_t)v;
                        memcpy(d, &v16, 2);
                    }
                }
            s->f[i].data[p] = s->blk[i][p] + off;
            s->f[i].stride[p] = (ptrdiff_t)stride;
        }
    }
}

static void free_stream(stream *s)
{
    unsigned i, p;
    for (i = 0; i < s->n; i++)
        for (p = 0; p < 3; p++) free(s->blk[i][p]);
}

/* one stream through one extractor and option set, every SIMD path vs scalar */
static void parity_case(const VmafExtractor *x, const char *opts, const stream *s, tally *t, const char *desc)
{
    evlist ref = {NULL, 0, 0};
    int k, err;
    char what[400];
    err = run_x(x, s->f, s->n, opts, ~0u, &ref);
    snprintf(what, sizeof what, "%s [%s] %s", x->name, opts, desc);
    if (!CHECK(err == 0, "%s: scalar run (%s)", what, vmaf_result_string(err))) return;
    for (k = 0; k < npaths; k++) {
        evlist l = {NULL, 0, 0};
        char w2[480];
        if (!paths[k].simd || !paths[k].avail) continue;
        snprintf(w2, sizeof w2, "%s %s", what, paths[k].label);
        err = run_x(x, s->f, s->n, opts, paths[k].mask, &l);
        if (CHECK(err == 0, "%s: run", w2)) CHECK(same_events(&ref, &l, t, w2), "%s: every value equals the scalar path", w2);
        free(l.e);
    }
    free(ref.e);
}

static void random_streams(int cases)
{
    static const unsigned depths[] = {8, 10, 12, 16, 9};
    static const char *const int_opts[] = {"debug=true", "debug=true:motion_five_frame_window=true:motion_moving_average=true",
                                           "debug=true:motion_fps_weight=2:motion_blend_factor=0.5:motion_blend_offset=0.5"};
    static const char *const flt_opts[] = {"debug=true",
                                           "motion_add_scale1=true",
                                           "motion_filter_size=3",
                                           "motion_filter_size=1:motion_add_scale1=true",
                                           "motion_add_uv=true",
                                           "motion_add_uv=true:motion_add_scale1=true:motion_filter_size=3",
                                           "motion_filter_size=7:motion_fps_weight=2"};
    int it;
    for (it = 0; it < cases; it++) {
        stream s;
        unsigned w = 3 + rnd() % 198, h = 3 + rnd() % 198, bpc = depths[rnd() % 5], nf = 2 + rnd() % 4, pad = rnd() % 3 ? rnd() % 40 : 0;
        int c = (int)(rnd() % C_COUNT), odd = (int)(rnd() % 2), shift = (int)(rnd() % 2), kind = it % 3;
        VmafLayout lay = VMAF_LAYOUT_444;
        char desc[200];
        if (it % 7 == 0) w = 3 + rnd() % 20; /* plenty of tiny frames: tails and edges only */
        if (it % 11 == 0) h = 3 + rnd() % 4;
        snprintf(desc, sizeof desc, "%ux%u %u-bit %s, %u frames, pad %u odd %d shift %d", w, h, bpc, content_name[c], nf, pad, odd,
                 shift);
        make_stream(&s, w, h, bpc, lay, nf, c, pad, odd, shift);
        if (kind == 0) parity_case(vmaf_motion_extractor(), int_opts[rnd() % 3], &s, &t_int, desc);
        else if (kind == 1) parity_case(vmaf_motion_float_extractor(), flt_opts[rnd() % 7], &s, &t_flt, desc);
        else parity_case(vmaf_motion_v30_extractor(), "debug=true", &s, &t_v30, desc);
        free_stream(&s);
    }
}

/* every content at every depth at a few awkward widths, for all three kinds */
static void extreme_streams(void)
{
    static const unsigned depths[] = {8, 10, 12, 16};
    static const unsigned sizes[][2] = {{3, 3}, {17, 5}, {33, 9}, {67, 7}, {129, 4}};
    int c, d, z;
    for (c = 0; c < C_COUNT; c++)
        for (d = 0; d < 4; d++)
            for (z = 0; z < 5; z++) {
                stream s;
                char desc[200];
                if (quick && z % 2) continue;
                snprintf(desc, sizeof desc, "%ux%u %u-bit %s", sizes[z][0], sizes[z][1], depths[d], content_name[c]);
                make_stream(&s, sizes[z][0], sizes[z][1], depths[d], VMAF_LAYOUT_444, 4, c, (unsigned)z, z & 1, z & 1);
                parity_case(vmaf_motion_extractor(), "debug=true", &s, &t_int, desc);
                parity_case(vmaf_motion_float_extractor(), "motion_add_uv=true:motion_add_scale1=true", &s, &t_flt, desc);
                parity_case(vmaf_motion_v30_extractor(), "debug=true", &s, &t_v30, desc);
                free_stream(&s);
            }
}

/* one 1920x1080 pair (plus a third frame) per kind */
static void full_hd(void)
{
    stream s;
    make_stream(&s, 1920, 1080, 8, VMAF_LAYOUT_420, 3, C_SMOOTH, 0, 0, 0);
    parity_case(vmaf_motion_extractor(), "debug=true", &s, &t_int, "1920x1080 8-bit");
    parity_case(vmaf_motion_float_extractor(), "debug=true", &s, &t_flt, "1920x1080 8-bit");
    if (!quick) parity_case(vmaf_motion_float_extractor(), "motion_add_scale1=true", &s, &t_flt, "1920x1080 8-bit");
    parity_case(vmaf_motion_v30_extractor(), "debug=true", &s, &t_v30, "1920x1080 8-bit");
    free_stream(&s);
    if (quick) return;
    make_stream(&s, 1920, 1080, 10, VMAF_LAYOUT_420, 2, C_NOISE, 8, 0, 1);
    parity_case(vmaf_motion_extractor(), "debug=true", &s, &t_int, "1920x1080 10-bit");
    parity_case(vmaf_motion_float_extractor(), "debug=true", &s, &t_flt, "1920x1080 10-bit");
    parity_case(vmaf_motion_v30_extractor(), "debug=true", &s, &t_v30, "1920x1080 10-bit");
    free_stream(&s);
}

int main(void)
{
    const char *q = getenv("TEST_MOTION_SIMD_QUICK");
    int i, any_simd = 0;
    (void)th_golden_args;
    (void)th_golden_pooled;
    th_init();
    quick = q && *q && *q != '0';
    setup_paths();
    for (i = 0; i < npaths; i++) {
        printf("path %-30s -> %-7s %s\n", paths[i].label, kernels_of(paths[i].mask), paths[i].avail ? "" : "(not available: skipped)");
        if (paths[i].simd && paths[i].avail) any_simd = 1;
    }
    test_dispatch();
    test_kernels();
    test_goldens();
#if defined(TS_ARM)
    random_streams(quick ? 20 : 150);
#else
    random_streams(quick ? 40 : 800);
#endif
    extreme_streams();
    full_hd();
    if (!any_simd) th_skip("no SIMD path on this CPU / build: nothing compared with the scalar path");
    printf("kernel outputs:           %d/%d bit-identical to scalar\n", t_kern.same, t_kern.n);
    printf("integer motion (3.2.0):   %d/%d values bit-identical to scalar\n", t_int.same, t_int.n);
    printf("float motion:             %d/%d values bit-identical to scalar\n", t_flt.same, t_flt.n);
    printf("integer motion (3.0.0):   %d/%d values bit-identical to scalar\n", t_v30.same, t_v30.n);
    printf("golden values (all paths): %d/%d bit-identical to the golden (integer all; float within 1e-6)\n", t_gold.same, t_gold.n);
    if (any_simd) CHECK(t_int.n > 0 && t_flt.n > 0 && t_v30.n > 0 && t_kern.n > 0, "SIMD paths were compared");
    return th_finish();
}
