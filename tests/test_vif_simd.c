/* tests/test_vif_simd.c - vmaf_vif.h: every SIMD kernel set gives the scalar bits.

   For each path this build and CPU offer (x86-64: AVX-512 + VNNI = cpumask 0, AVX-512 =
   cpumask 32, AVX2 = cpumask 16, scalar = cpumask 24; AArch64: NEON = cpumask 0), against the scalar reference
   (cpumask ~0):
     1. kernel level: integer levels (8-bit and 16-bit samples, every scale, out-of-range
        samples, garbage in the scratch) compare the int64 statistic accumulators and the
        decimated planes; float rows compare the row sums and the decimated rows bit for bit;
     2. golden pairs through the generic extractor: every emitted value equals the libvmaf
        golden exactly (debug_int, debug_float, some float_vif_ks* and opt_* goldens);
     3. random frames: odd sizes 16..200 and 1920x1080, tight / padded / odd strides, data
        one sample off alignment, bpc 8..16, noise / smooth / all-zero / all-max / checkerboard,
        egl 1, skip_scale0, kernel scales, prescale methods, sigma_nsq: memcmp of the whole
        VmafVifScores (scores, num, den) against the scalar path.
   A path the CPU (or this build) lacks is reported as skipped, never as passed. Under
   qemu (AArch64) the case counts are smaller; TEST_VIF_SIMD_QUICK=1 (tests/test_vif_config.sh,
   which runs this program in several build configurations) keeps a quarter of the cases and
   the goldens of src01_8bit only. */
#define VMAF_VIF_IMPLEMENTATION
#include "vmaf_vif.h"
#include "harness.h"
#include <time.h>

typedef struct {
    const char *name;
    unsigned mask;
    int have;    /* this build and CPU offer it */
    long cases;  /* comparisons made */
    long values; /* values compared */
} t_path;

#if defined(VMAF__X64)
static t_path t_paths[] = {{"avx512icl", 0u, 0, 0, 0},
                           {"avx512", VMAF_CPU_AVX512ICL, 0, 0, 0},
                           {"avx2", VMAF_CPU_AVX512, 0, 0, 0},
                           {"scalar", VMAF_CPU_AVX2 | VMAF_CPU_AVX512, 0, 0, 0}};
#define T_ARM 0
#elif defined(VMAF__NEON)
static t_path t_paths[] = {{"neon", 0u, 0, 0, 0}};
#define T_ARM 1
#else
static t_path t_paths[] = {{"scalar", 0u, 0, 0, 0}};
#define T_ARM 0
#endif
#define T_NPATH ((int)(sizeof t_paths / sizeof t_paths[0]))
static int t_quick; /* TEST_VIF_SIMD_QUICK=1 */
#define T_REF (~0u)

/* ---------------------------------------------------------------- helpers ---------------- */

static uint32_t t_rng = 4242u;
static uint32_t t_rand(void)
{
    t_rng = t_rng * 1664525u + 1013904223u;
    return t_rng >> 8;
}

/* Kernel set a cpumask selects in this process. */
static const char *t_kernel_name(unsigned mask)
{
    vmaf__VifKernels k;
    vmaf__vif_pick_kernels(&k, vmaf__cpu_detect() & ~mask);
    return k.name;
}

/* What this build and CPU must offer (independent of the header's own choice). */
static int t_expect(const char *name)
{
    unsigned cpu = vmaf__cpu_detect();
    (void)cpu;
    if (!strcmp(name, "scalar")) return 1;
#if defined(VMAF__HAVE_AVX512)
    if (!strcmp(name, "avx512")) return (cpu & VMAF_CPU_AVX512) != 0;
    if (!strcmp(name, "avx512icl")) return (cpu & VMAF_CPU_AVX512) && (cpu & VMAF_CPU_AVX512ICL);
#endif
#if defined(VMAF__HAVE_AVX2)
    if (!strcmp(name, "avx2")) return (cpu & VMAF_CPU_AVX2) != 0;
#endif
#if defined(VMAF__HAVE_NEON)
    if (!strcmp(name, "neon")) return 1;
#endif
    return 0;
}

static void test_dispatch(void)
{
    int i;
    CHECK(!strcmp(t_kernel_name(T_REF), "scalar"), "cpumask ~0 selects the scalar kernels (got %s)",
          t_kernel_name(T_REF));
    for (i = 0; i < T_NPATH; i++) {
        const char *got = t_kernel_name(t_paths[i].mask);
        t_paths[i].have = t_expect(t_paths[i].name);
        if (t_paths[i].have)
            CHECK(!strcmp(got, t_paths[i].name), "cpumask %u selects %s (got %s)", t_paths[i].mask, t_paths[i].name, got);
        else {
            char why[160];
            CHECK(strcmp(got, t_paths[i].name) != 0, "cpumask %u: %s selected although unavailable", t_paths[i].mask,
                  t_paths[i].name);
            snprintf(why, sizeof why, "%s path: not offered by this CPU or build", t_paths[i].name);
            th_skip(why);
        }
    }
#if defined(VMAF__X64)
    {
        unsigned cpu = vmaf__cpu_detect();
        if ((cpu & VMAF_CPU_AVX512) && (cpu & VMAF_CPU_AVX2)) /* mask 8 alone keeps AVX-512 (libvmaf) */
            CHECK(!strcmp(t_kernel_name(VMAF_CPU_AVX2),
                          t_expect("avx512icl") ? "avx512icl" : t_expect("avx512") ? "avx512" : "scalar"),
                  "cpumask 8 keeps AVX-512 (got %s)", t_kernel_name(VMAF_CPU_AVX2));
    }
#endif
}

/* The SIMD kernels' tap-pair tables: pairs (o, o+1) x cf reproduce F_s, the shifted pairs cs
   reproduce F_s one row later (tap k at offset k + 1), every coefficient fits int16, and each
   table sums to 65536 (the offset-binary trick needs it). */
static void test_pair_tables(void)
{
    int sc, ok = 1;
    for (sc = 0; sc < 4; sc++) {
        const vmaf__VifIPairs *P = &vmaf__vif_ipairs[sc];
        const unsigned fw = vmaf__vif_iwidth[sc];
        long a[20], b[20], suma = 0, sumb = 0;
        unsigned p, k;
        memset(a, 0, sizeof a);
        memset(b, 0, sizeof b);
        for (p = 0; p < P->n; p++) {
            unsigned c0 = P->cf[p] & 0xFFFF, c1 = P->cf[p] >> 16, d0 = P->cs[p] & 0xFFFF, d1 = P->cs[p] >> 16;
            if (c0 > 32767 || c1 > 32767 || d0 > 32767 || d1 > 32767) ok = 0;
            a[P->o[p]] += c0;
            a[P->o[p] + 1] += c1;
            b[P->o[p]] += d0;
            b[P->o[p] + 1] += d1;
            suma += (long)(c0 + c1);
            sumb += (long)(d0 + d1);
        }
        for (k = 0; k < 20; k++) {
            if (a[k] != (k < fw ? vmaf__vif_ifilt[sc][k] : 0)) ok = 0;
            if (P->dual && b[k] != (k >= 1 && k <= fw ? vmaf__vif_ifilt[sc][k - 1] : 0)) ok = 0;
        }
        if (suma != 65536 || (P->dual && sumb != 65536)) ok = 0;
        if (P->dual) /* the dual pass needs the plain pair layout o[p] = 2p */
            for (p = 0; p < P->n; p++)
                if (P->o[p] != 2 * p) ok = 0;
    }
    CHECK(ok, "tap-pair tables reproduce F0..F3 (and F shifted by one tap)");
}

/* 64-byte aligned scratch filled with garbage (kernels must not depend on its content). */
static unsigned char *t_scratch(VmafVifKind kind, unsigned w, void **raw)
{
    size_t n = vmaf__vif_scr_bytes(kind, w);
    unsigned char *p = (unsigned char *)malloc(n + 64);
    unsigned char *a = p + ((64 - ((uintptr_t)p & 63)) & 63);
    size_t i;
    for (i = 0; i < n; i++) a[i] = (unsigned char)(t_rand() & 0xFF);
    *raw = p;
    return a;
}

/* ---------------------------------------------------------------- 1. kernels ------------- */

/* Integer level kernels on random levels: 8-bit level 0, 16-bit level 0 at bpc 9..16 (also
   samples above the depth), 16-bit levels 1..3 (any uint16). */
static void test_int_kernels(void)
{
    uint16_t *t = (uint16_t *)malloc(32770 * sizeof(uint16_t));
    int it, n = (T_ARM ? 120 : 240) / (t_quick ? 4 : 1), ok[8] = {1, 1, 1, 1, 1, 1, 1, 1}, pi;
    vmaf__vif_log2_expand(t);
    t[32769] = 0;
    for (it = 0; it < n; it++) {
        unsigned w = 16 + t_rand() % 170, h = 9 + t_rand() % 30, sc = t_rand() % 4, bpc = 8 + t_rand() % 9;
        int u8 = sc == 0 && bpc == 8, content = (int)(t_rand() % 12), wide = (int)(t_rand() % 3 == 0);
        size_t bps = u8 ? 1 : 2, stride = w * bps + (t_rand() % 3) * 2, size = stride * (h - 1) + w * bps;
        unsigned char *rb, *db;
        unsigned maxv = u8 ? 255u : (sc == 0 && !wide ? (1u << bpc) - 1u : 65535u), fw = vmaf__vif_iwidth[sc];
        vmaf__VifIJob J;
        int64_t ref_acc[4] = {0, 0, 0, 0};
        uint16_t *ref_o[2] = {NULL, NULL}, *o[2];
        void *raw;
        size_t i;
        if (h < fw / 2 + 1) h = fw / 2 + 1;
        size = stride * (h - 1) + w * bps;
        rb = (unsigned char *)malloc(size);
        db = (unsigned char *)malloc(size);
        for (i = 0; i < size; i++) { /* samples by content class, row padding bytes random too */
            unsigned v, x = (unsigned)((i % stride) / bps), y = (unsigned)(i / stride);
            unsigned base = (unsigned)(maxv * (0.5 + 0.45 * sin(0.13 * x + 0.07 * y)));
            unsigned char *tgt[2];
            int q;
            tgt[0] = rb;
            tgt[1] = db;
            if (bps == 2 && (i & 1)) continue;
            for (q = 0; q < 2; q++) {
                switch (content) {
                case 0: v = t_rand() % (maxv + 1); break;
                case 1: v = 0; break;
                case 2: v = maxv; break;
                case 3: v = ((x + y + (unsigned)q) & 1) ? maxv : 0; break;
                case 4: v = q ? t_rand() % (maxv + 1) : maxv; break;
                case 6: /* low variance (sigma^2 near 2 in 8-bit units: s1 near NSQ, the branch edge) */
                case 7: case 8: case 9: case 10: case 11: {
                    unsigned unit = u8 ? 1u : (sc == 0 ? 1u << (bpc - 8) : 256u);
                    v = (maxv / 2) + unit * (t_rand() % (3u + (unsigned)content % 3u));
                    if (v > maxv) v = maxv;
                    break;
                }
                default: {
                    int d = (int)base + (q ? (int)(t_rand() % 41) - 20 : 0);
                    v = d < 0 ? 0 : d > (int)maxv ? maxv : (unsigned)d;
                }
                }
                if (bps == 1) tgt[q][i] = (unsigned char)v;
                else {
                    uint16_t s = (uint16_t)v;
                    memcpy(tgt[q] + i, &s, 2);
                }
            }
        }
        memset(&J, 0, sizeof J);
        J.L.r = rb;
        J.L.d = db;
        J.L.rs = J.L.ds = stride;
        J.L.w = w;
        J.L.h = h;
        J.L.u8 = u8;
        J.sc = sc;
        J.mshift = sc == 0 ? bpc : 16;
        J.sqshift = sc == 0 ? 2 * (bpc - 8) : 16;
        if (u8) J.mshift = 8, J.sqshift = 0;
        J.dshift = sc == 0 ? (u8 ? 8 : bpc) : 16;
        J.log2t = t;
        J.egl = (t_rand() % 3 == 0) ? 1.0 : 100.0;
        J.scr_w = w;
        for (pi = -1; pi < T_NPATH; pi++) {
            vmaf__VifKernels k;
            int64_t acc[4] = {0, 0, 0, 0};
            if (pi >= 0 && !t_paths[pi].have) continue;
            vmaf__vif_pick_kernels(&k, vmaf__cpu_detect() & ~(pi < 0 ? T_REF : t_paths[pi].mask));
            J.scr = t_scratch(VMAF_VIF_INTEGER, w, &raw);
            o[0] = (uint16_t *)malloc((w / 2) * (h / 2) * sizeof(uint16_t) + 1);
            o[1] = (uint16_t *)malloc((w / 2) * (h / 2) * sizeof(uint16_t) + 1);
            k.istat(&J, acc);
            J.sc = sc < 3 ? sc + 1 : sc; /* the blur of the next scale */
            k.idec(&J, o[0], o[1]);
            J.sc = sc;
            free(raw);
            if (pi < 0) {
                memcpy(ref_acc, acc, sizeof acc);
                ref_o[0] = o[0];
                ref_o[1] = o[1];
                continue;
            }
            t_paths[pi].cases++;
            t_paths[pi].values += 4 + 2 * (long)((w / 2) * (h / 2));
            if (memcmp(acc, ref_acc, sizeof acc) != 0) {
                if (ok[pi])
                    fprintf(stderr, "%s istat %ux%u sc %u u8 %d bpc %u content %d: acc %lld %lld %lld %lld vs %lld %lld %lld %lld\n",
                            t_paths[pi].name, w, h, sc, u8, bpc, content, (long long)acc[0], (long long)acc[1],
                            (long long)acc[2], (long long)acc[3], (long long)ref_acc[0], (long long)ref_acc[1],
                            (long long)ref_acc[2], (long long)ref_acc[3]);
                ok[pi] = 0;
            }
            if (memcmp(o[0], ref_o[0], (w / 2) * (h / 2) * sizeof(uint16_t)) ||
                memcmp(o[1], ref_o[1], (w / 2) * (h / 2) * sizeof(uint16_t))) {
                if (ok[pi]) fprintf(stderr, "%s idec %ux%u sc %u u8 %d bpc %u differs\n", t_paths[pi].name, w, h, sc, u8, bpc);
                ok[pi] = 0;
            }
            free(o[0]);
            free(o[1]);
        }
        free(ref_o[0]);
        free(ref_o[1]);
        free(rb);
        free(db);
    }
    for (pi = 0; pi < T_NPATH; pi++)
        if (t_paths[pi].have) CHECK(ok[pi], "%s: integer level kernels equal scalar (%d levels)", t_paths[pi].name, n);
    free(t);
}

/* Float row kernels on random rows (values of any sign and magnitude a level can hold). */
static void test_float_kernels(void)
{
    int it, n = (T_ARM ? 60 : 300) / (t_quick ? 4 : 1), ok[8] = {1, 1, 1, 1, 1, 1, 1, 1}, pi;
    for (it = 0; it < n; it++) {
        unsigned w = 3 + t_rand() % 200, fw = 3 + 2 * (t_rand() % 31), k, content = t_rand() % 5;
        static const double nsqs[] = {2.0, 1.0, 0.0, 5.0, 0.3};
        float *rows[2][65];
        const float *rp[66], *dp[66];
        float ref_sum[2] = {0, 0}, *ref_o[2] = {NULL, NULL};
        vmaf__VifFJob J;
        void *raw;
        if (w < fw / 2 + 1) w = fw / 2 + 1;
        for (k = 0; k < fw; k++) {
            unsigned j, q;
            for (q = 0; q < 2; q++) {
                rows[q][k] = (float *)malloc(w * sizeof(float));
                for (j = 0; j < w; j++) {
                    float v;
                    switch (content) {
                    case 0: v = (float)((int)(t_rand() % 256) - 128); break;
                    case 1: v = -128.0f; break;
                    case 2: v = ((j + k + q) & 1) ? 127.0f : -128.0f; break;
                    case 3: v = (float)(t_rand() % 1000000) / 977.0f - 512.0f; break;
                    default: v = (float)(100.0 * sin(0.1 * j + 0.2 * k)) + (q ? (float)(t_rand() % 7) : 0.0f);
                    }
                    rows[q][k][j] = v;
                }
            }
            rp[k] = rows[0][k];
            dp[k] = rows[1][k];
        }
        memset(&J, 0, sizeof J);
        J.fw = fw;
        J.w = w;
        J.f = vmaf__vif_gauss(fw);
        J.nsq = nsqs[t_rand() % 5];
        J.nsq_rcp = vmaf__vif_pow2_rcp(J.nsq);
        J.egl = (t_rand() % 3 == 0) ? 1.0f : 100.0f;
        J.smi = (float)((double)powf((float)J.nsq, 2.0f) / (255.0 * 255.0));
        J.scr_w = w;
        for (pi = -1; pi < T_NPATH; pi++) {
            vmaf__VifKernels kk;
            float sum[2], *o[2];
            if (pi >= 0 && !t_paths[pi].have) continue;
            vmaf__vif_pick_kernels(&kk, vmaf__cpu_detect() & ~(pi < 0 ? T_REF : t_paths[pi].mask));
            J.scr = (float *)(void *)t_scratch(VMAF_VIF_FLOAT, w, &raw);
            o[0] = (float *)malloc((w / 2) * sizeof(float) + 4);
            o[1] = (float *)malloc((w / 2) * sizeof(float) + 4);
            kk.fstat(rp, dp, &J, &sum[0], &sum[1]);
            kk.fdec(rp, dp, &J, o[0], o[1]);
            free(raw);
            if (pi < 0) {
                ref_sum[0] = sum[0];
                ref_sum[1] = sum[1];
                ref_o[0] = o[0];
                ref_o[1] = o[1];
                continue;
            }
            t_paths[pi].cases++;
            t_paths[pi].values += 2 + 2 * (long)(w / 2);
            if (memcmp(sum, ref_sum, sizeof sum) != 0 || memcmp(o[0], ref_o[0], (w / 2) * sizeof(float)) != 0 ||
                memcmp(o[1], ref_o[1], (w / 2) * sizeof(float)) != 0) {
                if (ok[pi])
                    fprintf(stderr, "%s float row w %u fw %u content %u nsq %g: %.9g %.9g vs %.9g %.9g\n",
                            t_paths[pi].name, w, fw, content, J.nsq, sum[0], sum[1], ref_sum[0], ref_sum[1]);
                ok[pi] = 0;
            }
            free(o[0]);
            free(o[1]);
        }
        free(ref_o[0]);
        free(ref_o[1]);
        for (k = 0; k < fw; k++) {
            free(rows[0][k]);
            free(rows[1][k]);
        }
    }
    for (it = 0; it < n; it++) { /* sample rows to float (level 0 of float VIF) */
        unsigned w = 1 + t_rand() % 100, bpc = 8 + t_rand() % 9, j;
        size_t bps = bpc > 8 ? 2 : 1;
        unsigned char *row = (unsigned char *)malloc(w * bps);
        float ref[100], got[100];
        for (j = 0; j < w; j++) {
            uint16_t v = (uint16_t)(t_rand() & 0xFFFF); /* any uint16, also above the depth */
            if (bps == 1) row[j] = (unsigned char)v;
            else memcpy(row + 2 * j, &v, 2);
        }
        vmaf__vif_to_float(row, bpc, w, ref);
        for (pi = 0; pi < T_NPATH; pi++) {
            vmaf__VifKernels kk;
            if (!t_paths[pi].have) continue;
            vmaf__vif_pick_kernels(&kk, vmaf__cpu_detect() & ~t_paths[pi].mask);
            kk.to_float(row, bpc, w, got);
            if (memcmp(got, ref, w * sizeof(float)) != 0) {
                if (ok[pi]) fprintf(stderr, "%s to_float w %u bpc %u differs\n", t_paths[pi].name, w, bpc);
                ok[pi] = 0;
            }
        }
        free(row);
    }
    for (pi = 0; pi < T_NPATH; pi++)
        if (t_paths[pi].have) CHECK(ok[pi], "%s: float row kernels equal scalar (%d rows)", t_paths[pi].name, n);
}

/* ---------------------------------------------------------------- 2. goldens ------------- */

typedef struct {
    int n;
    char key[64][256];
    double v[64];
} t_collect;

static void t_emit(void *user, unsigned index, const char *key, double value)
{
    t_collect *c = (t_collect *)user;
    (void)index;
    if (c->n < 64) {
        snprintf(c->key[c->n], sizeof c->key[0], "%s", key);
        c->v[c->n] = value;
    }
    c->n++;
}

static VmafLayout t_layout(unsigned l)
{
    return l == 444 ? VMAF_LAYOUT_444 : l == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420;
}

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

/* The option text of "--feature <name>=..." in a golden's CLI arguments. */
static int t_golden_opts(const char *pair, const char *golden, const char *name, char *out, size_t n)
{
    char args[1600], st[80], pat[64];
    const char *s;
    size_t len;
    if (!th_golden_args(pair, golden, args, sizeof args, st, sizeof st)) return 0;
    snprintf(pat, sizeof pat, "--feature %s=", name);
    s = strstr(args, pat);
    if (!s) return 0;
    s += strlen(pat);
    len = strcspn(s, " \t\n");
    if (len >= n) len = n - 1;
    memcpy(out, s, len);
    out[len] = 0;
    return 1;
}

static long t_golden_exact, t_golden_values;

/* Every path through the generic extractor: each emitted value == golden, and == scalar. */
static void t_golden(const char *pair, const char *golden, int is_float)
{
    const VmafExtractor *ex = is_float ? vmaf_vif_float_extractor() : vmaf_vif_extractor();
    th_golden *g = th_golden_load(pair, golden);
    char opts[512];
    th_pair p;
    int fi, pi, k;
    if (!g || !th_pair_by_name(pair, &p) || !t_golden_opts(pair, golden, is_float ? "float_vif" : "vif", opts, sizeof opts)) {
        char why[256];
        snprintf(why, sizeof why, "golden %s/%s or its input missing", pair, golden);
        th_skip(why);
        th_golden_free(g);
        return;
    }
    for (fi = 0; fi < g->nframes; fi++) {
        unsigned fn = g->frames[fi].frame_num;
        void *rb = th_read_frame(&p, 0, fn), *db = th_read_frame(&p, 1, fn);
        t_collect ref;
        VmafFrame fr, fd;
        if (!CHECK(rb && db, "%s: cannot read frame %u", pair, fn)) {
            free(rb);
            free(db);
            break;
        }
        fr = t_frame(&p, rb);
        fd = t_frame(&p, db);
        ref.n = -1;
        for (pi = -1; pi < T_NPATH; pi++) {
            VmafExtractorArgs a;
            void *st = NULL;
            t_collect c;
            int err;
            if (pi >= 0 && !t_paths[pi].have) continue;
            memset(&a, 0, sizeof a);
            a.w = p.w;
            a.h = p.h;
            a.bpc = p.bpc;
            a.layout = t_layout(p.layout);
            a.options = opts;
            a.cpumask = pi < 0 ? T_REF : t_paths[pi].mask;
            c.n = 0;
            err = ex->create(&st, &a);
            if (!CHECK(err == VMAF_OK, "%s/%s create: %d", pair, golden, err)) continue;
            err = ex->push(st, &fr, &fd, fn, t_emit, &c);
            ex->destroy(st);
            CHECK(err == VMAF_OK && c.n > 0 && c.n <= 64, "%s/%s push: %d", pair, golden, err);
            for (k = 0; k < c.n && k < 64; k++) {
                double want = 0;
                const char *name = vmaf_name_alias(c.key[k]);
                if (!CHECK(th_golden_get(g, fi, name, &want), "%s/%s: golden has no %s", pair, golden, name)) continue;
                CHECK_EQ_DBL(c.v[k], want, "%s %s/%s frame %u %s: %.17g != golden %.17g", pi < 0 ? "scalar" : t_paths[pi].name,
                             pair, golden, fn, name, c.v[k], want);
                if (pi >= 0) {
                    t_golden_values++;
                    if (c.v[k] == want) t_golden_exact++;
                    t_paths[pi].values++;
                }
            }
            if (pi < 0) ref = c;
            else {
                t_paths[pi].cases++;
                CHECK(c.n == ref.n && !memcmp(c.v, ref.v, sizeof(double) * (size_t)(c.n < 64 ? c.n : 64)),
                      "%s %s/%s frame %u: values differ from the scalar path", t_paths[pi].name, pair, golden, fn);
            }
        }
        free(rb);
        free(db);
    }
    th_golden_free(g);
}

static void test_goldens(void)
{
    static const char *const pairs_arm[] = {"src01_8bit", "sparks_10bit", "hall_cif_422_10bit"};
    static const char *const pairs_x86[] = {"src01_8bit", "sparks_10bit", "hall_cif_422_10bit", "src01_16bit",
                                            "archer_1080p"};
    static const char *const float_opts[] = {"float_vif_ks0.5", "float_vif_ks3.711340", "float_vif_ks1.06667",
                                             "opt_float_vif_vif_prescale2.0+vif_prescale_methodbicubic",
                                             "opt_float_vif_vif_prescale0.5", "opt_float_vif_vif_sigma_nsq0.0",
                                             "opt_float_vif_vif_enhn_gain_limit1.0",
                                             "opt_float_vif_vif_skip_scale0true"};
    static const char *const int_opts[] = {"opt_vif_vif_enhn_gain_limit1.0", "opt_vif_vif_enhn_gain_limit1.05",
                                           "opt_vif_vif_skip_scale0true"};
    const char *const *pairs = T_ARM ? pairs_arm : pairs_x86;
    int np = t_quick ? 1 : T_ARM ? 3 : 5, i;
    for (i = 0; i < np; i++) {
        t_golden(pairs[i], "debug_int", 0);
        t_golden(pairs[i], "debug_float", 1);
    }
    for (i = 0; i < (int)(sizeof float_opts / sizeof float_opts[0]); i++)
        if ((!T_ARM || i < 3) && (!t_quick || i < 2)) t_golden("src01_8bit", float_opts[i], 1);
    for (i = 0; i < (int)(sizeof int_opts / sizeof int_opts[0]); i++)
        if (!t_quick || i == 0) t_golden("src01_8bit", int_opts[i], 0);
    printf("golden values through SIMD paths: %ld compared, %ld bit-identical to libvmaf%s\n", t_golden_values,
           t_golden_exact, t_golden_values == t_golden_exact ? " (all)" : "");
}

/* ---------------------------------------------------------------- 3. random frames ------- */

/* Fills w x h samples of depth bpc (content class c, seed s) into a plane with the given
   stride in bytes, starting `lead` bytes into an exactly sized buffer. */
static void *t_plane(unsigned w, unsigned h, unsigned bpc, size_t stride, size_t lead, int c, int s, const uint16_t *base,
                     VmafPlane *pl)
{
    size_t bps = bpc > 8 ? 2 : 1, size = lead + stride * (h - 1) + w * bps;
    unsigned char *buf = (unsigned char *)malloc(size), *p0 = buf + lead;
    unsigned maxv = (1u << bpc) - 1u, i, j;
    memset(buf, 0x5A, size);
    for (i = 0; i < h; i++)
        for (j = 0; j < w; j++) {
            unsigned v;
            switch (c) {
            case 0: v = t_rand() & maxv; break;                          /* noise */
            case 1: v = 0; break;                                        /* all zero */
            case 2: v = maxv; break;                                     /* all max */
            case 3: v = ((i + j + (unsigned)s) & 1) ? maxv : 0; break;   /* checkerboard */
            case 4: v = base[(size_t)i * w + j]; break;                  /* the reference */
            default: {                                                   /* reference + noise */
                int d = (int)base[(size_t)i * w + j] + (int)(t_rand() % (2 * (maxv >> 5) + 3)) - (int)(maxv >> 5) - 1;
                v = d < 0 ? 0 : d > (int)maxv ? maxv : (unsigned)d;
            }
            }
            if (bps == 1) p0[(size_t)i * stride + j] = (unsigned char)v;
            else {
                uint16_t x = (uint16_t)v;
                memcpy(p0 + (size_t)i * stride + 2 * j, &x, 2);
            }
        }
    pl->data = p0;
    pl->stride = (ptrdiff_t)stride;
    pl->w = w;
    pl->h = h;
    pl->bpc = bpc;
    return buf;
}

static int t_run(const VmafVifConfig *cfg, const VmafPlane *r, const VmafPlane *d, VmafVifScores *sc)
{
    VmafVifState *s;
    int err = vmaf_vif_create(&s, cfg);
    if (err) return err;
    err = vmaf_vif_compute(s, r, d, sc);
    vmaf_vif_destroy(s);
    return err;
}

static void t_random_case(int it, unsigned w, unsigned h, int *ok, int *ran)
{
    static const unsigned depths[] = {8, 10, 12, 16, 9, 11, 13, 14, 15};
    unsigned bpc = depths[t_rand() % (it % 3 ? 4 : 9)], kind = t_rand() % 2, bps = bpc > 8 ? 2 : 1;
    int cr = (int)(t_rand() % 4), cd = (int)(t_rand() % 6), pi;
    size_t sr = (size_t)w * bps + (t_rand() % 3 == 0 ? 0 : (t_rand() % 9) * bps + (bps == 1 ? 1 : 0));
    size_t sd = (size_t)w * bps + (t_rand() % 2 ? 0 : 2 * bps + (bps == 1 ? 3 : 0));
    size_t lead = t_rand() % 2 ? bps : 0;
    uint16_t *base = (uint16_t *)malloc((size_t)w * h * sizeof(uint16_t));
    VmafVifConfig cfg;
    VmafPlane pr, pd;
    VmafVifScores ref;
    void *br, *bd;
    size_t i;
    int err;
    if (cr == 0) cr = 5 + (int)(t_rand() % 2) * 0; /* smooth reference more often than noise */
    for (i = 0; i < (size_t)w * h; i++) {
        unsigned maxv = (1u << bpc) - 1u, x = (unsigned)(i % w), y = (unsigned)(i / w);
        base[i] = (uint16_t)(maxv * (0.5 + 0.4 * sin(0.09 * x + 0.05 * y + it) * cos(0.04 * x - 0.11 * y)));
    }
    br = t_plane(w, h, bpc, sr, lead, cr == 5 ? 4 : cr, 0, base, &pr);
    bd = t_plane(w, h, bpc, sd, lead, cd, 1, base, &pd);
    vmaf_vif_config_default(&cfg, kind ? VMAF_VIF_FLOAT : VMAF_VIF_INTEGER);
    cfg.w = w;
    cfg.h = h;
    cfg.bpc = bpc;
    cfg.skip_scale0 = t_rand() % 5 == 0;
    if (t_rand() % 3 == 0) cfg.enhn_gain_limit = t_rand() % 2 ? 1.0 : 1.0 + (t_rand() % 990) / 10.0;
    if (kind) {
        if (t_rand() % 3 == 0) cfg.kernelscale = (double)vmaf__vif_kernelscales[t_rand() % 21];
        if (t_rand() % 4 == 0) {
            cfg.prescale = 0.5 + (t_rand() % 30) / 10.0;
            cfg.prescale_method = (VmafVifPrescaleMethod)(t_rand() % 4);
        }
        if (t_rand() % 4 == 0) cfg.sigma_nsq = (t_rand() % 6) * 1.0;
    }
    cfg.cpumask = T_REF;
    err = t_run(&cfg, &pr, &pd, &ref);
    if (err == VMAF_ERR_TOO_SMALL) { /* kernel scale / prescale too large for this size */
        free(br);
        free(bd);
        free(base);
        return;
    }
    CHECK(err == VMAF_OK, "random %d: scalar compute = %d", it, err);
    (*ran)++;
    for (pi = 0; pi < T_NPATH; pi++) {
        VmafVifScores sc;
        if (!t_paths[pi].have) continue;
        cfg.cpumask = t_paths[pi].mask;
        memset(&sc, 0x3C, sizeof sc);
        err = t_run(&cfg, &pr, &pd, &sc);
        t_paths[pi].cases++;
        t_paths[pi].values += 15;
        if (err != VMAF_OK || memcmp(&sc, &ref, sizeof sc) != 0) {
            if (ok[pi])
                fprintf(stderr,
                        "%s random %d: %ux%u bpc %u kind %u content %d/%d egl %g ks %g ps %g/%d nsq %g skip %d: "
                        "scale0 %.17g vs %.17g, num3 %.17g vs %.17g\n",
                        t_paths[pi].name, it, w, h, bpc, kind, cr, cd, cfg.enhn_gain_limit, cfg.kernelscale,
                        cfg.prescale, (int)cfg.prescale_method, cfg.sigma_nsq, cfg.skip_scale0, sc.scale[0],
                        ref.scale[0], sc.num[3], ref.num[3]);
            ok[pi] = 0;
        }
    }
    free(br);
    free(bd);
    free(base);
}

static void test_random(void)
{
    int it, ok[8] = {1, 1, 1, 1, 1, 1, 1, 1}, ran = 0, pi, n = (T_ARM ? 40 : 160) / (t_quick ? 4 : 1);
    for (it = 0; it < n; it++) t_random_case(it, 16 + t_rand() % 185, 16 + t_rand() % 185, ok, &ran);
    for (it = 0; it < (T_ARM || t_quick ? 0 : 2); it++) t_random_case(1000 + it, 1920, 1080, ok, &ran);
    CHECK(ran > n * 3 / 4, "random frames: %d of %d ran (others too small for their kernel scale)", ran, n);
    for (pi = 0; pi < T_NPATH; pi++)
        if (t_paths[pi].have) CHECK(ok[pi], "%s: random frames bit-identical to scalar (%d frames)", t_paths[pi].name, ran);
}

/* ---------------------------------------------------------------- main ------------------- */

static void t_timed(const char *name, void (*fn)(void))
{
    clock_t t0 = clock();
    fn();
    fprintf(stderr, "time: %-16s %6.2f s cpu\n", name, (double)(clock() - t0) / CLOCKS_PER_SEC);
}

int main(void)
{
    int pi;
    th_init();
    t_quick = getenv("TEST_VIF_SIMD_QUICK") && *getenv("TEST_VIF_SIMD_QUICK") == '1';
    t_timed("dispatch", test_dispatch);
    test_pair_tables();
    t_timed("int kernels", test_int_kernels);
    t_timed("float kernels", test_float_kernels);
    t_timed("goldens", test_goldens);
    t_timed("random", test_random);
    for (pi = 0; pi < T_NPATH; pi++)
        if (t_paths[pi].have)
            printf("%-7s %6ld comparisons, %8ld values, all bit-identical to scalar unless a FAIL line says otherwise\n",
                   t_paths[pi].name, t_paths[pi].cases, t_paths[pi].values);
        else
            printf("%-7s skipped (not offered by this CPU or build)\n", t_paths[pi].name);
    return th_finish();
}
