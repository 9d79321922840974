/* tests/test_adm_simd.c - the SIMD paths of vmaf_adm.h (AVX2, AVX-512 on x86-64; NEON on
   AArch64) against its scalar path, bit for bit.
   - every path is selected through cpumask, as a user would: {0 (all), 16 (no AVX-512),
     24 (no AVX2, no AVX-512), ~0 (scalar)} on x86, {0 (NEON), ~0} on AArch64; a path the CPU
     (or the build) lacks is reported as skipped;
   - goldens: every integer and float ADM golden of tests/data/golden on every path: the values
     must match the goldens as in tests/test_adm.c, and every VmafAdmScores struct (debug
     num/den included) must equal the scalar one byte for byte (memcmp);
   - synthetic frames: odd sizes 33..200, one 1920x1080, padded and odd strides, unaligned
     planes, bpc 8/10/12/16, random, smooth, all-zero, all-max and checkerboard content, many
     option sets: memcmp against the scalar path;
   - row kernels with full-range inputs (far beyond what real frames produce), to back the
     claim "exact on every input": every SIMD row function against the scalar element code;
   - x86: the 8-lane rcpps returns rcpss's values (the float decouple relies on it).
   Runs under qemu-aarch64 too (tests/test_neon.sh), with fewer cases there. */
#define VMAF_ADM_IMPLEMENTATION
#include "vmaf_adm.h"
#include "tests/harness.h"

#if defined(__aarch64__) || defined(_M_ARM64)
#define T_ARM 1
#endif

/* ------------------------------------------------------------------ paths */
typedef struct {
    const char *name;
    unsigned mask;        /* cpumask that selects it */
    const VmafAdmRows *rows; /* the row table a state must pick (NULL: scalar) */
    int avail;            /* compiled in and supported by this CPU */
    long gold_values, gold_exact, frames_equal, frames; /* golden statistics */
    long cases, cases_equal;                          /* synthetic statistics */
    long kernel_checks;
} Path;
static Path paths[4];
static int npaths;

static void add_path(const char *name, unsigned mask, const VmafAdmRows *rows, int avail)
{
    Path *p = &paths[npaths++];
    memset(p, 0, sizeof *p);
    p->name = name;
    p->mask = mask;
    p->rows = rows;
    p->avail = avail;
}

static void setup_paths(void)
{
    const unsigned cpu = vmaf__cpu_detect();
    (void)cpu;
#if defined(T_ARM)
#if defined(VMAF__HAVE_NEON)
    add_path("NEON", 0, &vmaf__adm_rows_neon, (cpu & VMAF_CPU_NEON) != 0);
#else
    add_path("NEON", 0, NULL, 0);
#endif
#else
#if defined(VMAF__HAVE_AVX512)
    add_path("AVX-512", 0, &vmaf__adm_rows_avx512, (cpu & VMAF_CPU_AVX512) != 0);
#else
    add_path("AVX-512", 0, NULL, 0);
#endif
#if defined(VMAF__HAVE_AVX2)
    add_path("AVX2", VMAF_CPU_AVX512, &vmaf__adm_rows_avx2, (cpu & VMAF_CPU_AVX2) != 0);
#else
    add_path("AVX2", VMAF_CPU_AVX512, NULL, 0);
#endif
    add_path("no-AVX2", VMAF_CPU_AVX512 | VMAF_CPU_AVX2, NULL, 1); /* = scalar in this build */
#endif
}

static void skip_path(const Path *p, const char *what)
{
    char msg[160];
    snprintf(msg, sizeof msg, "%s path %s: not available (CPU or build)", p->name, what);
    th_skip(msg);
}

/* ------------------------------------------------------------------ random numbers */
static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}
static int32_t rnd_i32(void) /* full range with extra weight on the edges */
{
    static const int32_t edge[8] = {0, 1, -1, INT32_MAX, INT32_MIN, 32767, -32768, 65536};
    const uint32_t c = rnd() % 16;
    if (c == 0) return edge[rnd() % 8];
    if (c < 5) return (int32_t)(rnd() % 70000) - 35000;
    return (int32_t)((rnd() << 16) ^ rnd());
}
static int16_t rnd_i16(void)
{
    const uint32_t c = rnd() % 16;
    if (c == 0) return (int16_t)(rnd() % 2 ? 32767 : -32768);
    if (c == 1) return 0;
    return (int16_t)(int32_t)(rnd() % 65536 - 32768);
}
static float rnd_f(void)
{
    static const float edge[6] = {0.0f, -0.0f, 1.0f, -1.0f, (float)1e-31, (float)-1e-30};
    const uint32_t c = rnd() % 16;
    if (c == 0) return edge[rnd() % 6];
    return ((float)(int32_t)(rnd() % 2000001) - 1000000.0f) / (float)(1u << (rnd() % 20));
}

/* ------------------------------------------------------------------ planes */
typedef struct {
    unsigned char *buf;
    VmafPlane p;
} TPlane;

/* w x h plane, `pad` extra bytes per row, `off` bytes of misalignment, tight last row */
static void tplane(TPlane *t, unsigned w, unsigned h, unsigned bpc, unsigned pad, unsigned off)
{
    const size_t bps = bpc > 8 ? 2 : 1, row = w * bps, stride = row + pad;
    t->buf = (unsigned char *)malloc(stride * (h - 1) + row + off);
    t->p.data = t->buf + off;
    t->p.stride = (ptrdiff_t)stride;
    t->p.w = w;
    t->p.h = h;
    t->p.bpc = bpc;
}
static void tset(TPlane *t, unsigned x, unsigned y, unsigned v)
{
    unsigned char *q = (unsigned char *)t->p.data + (size_t)y * (size_t)t->p.stride + (t->p.bpc > 8 ? 2 * x : x);
    if (t->p.bpc > 8) {
        const uint16_t s = (uint16_t)v;
        memcpy(q, &s, 2);
    } else {
        *q = (unsigned char)v;
    }
}
/* content kinds: 0 smooth + noise, 1 full-range noise, 2 zero, 3 max, 4 checkerboard,
   5 inverted checkerboard, 6 2x2 checkerboard, 7 ramp */
static void tfill(TPlane *t, int kind, int which, uint32_t seed)
{
    const unsigned maxv = (1u << t->p.bpc) - 1;
    unsigned x, y;
    for (y = 0; y < t->p.h; y++) {
        for (x = 0; x < t->p.w; x++) {
            unsigned v;
            switch (kind) {
            case 0: {
                double f = 0.5 + 0.3 * sin(x * 0.11 + seed % 5) * cos(y * 0.07) + 0.1 * ((x * 7 + y * 13 + seed) % 23) / 23.0;
                f += which ? 0.04 * (((x / 4 + y / 4) & 1) ? 1 : -1) : 0.0;
                f += ((double)(rnd() % 1000) - 500) / (which ? 20000.0 : 40000.0);
                v = f <= 0 ? 0u : f >= 1 ? maxv : (unsigned)(f * maxv);
                break;
            }
            case 1: v = rnd() & maxv; break;
            case 2: v = 0; break;
            case 3: v = maxv; break;
            case 4: v = ((x + y) & 1) ? maxv : 0; break;
            case 5: v = ((x + y) & 1) ? 0 : maxv; break;
            case 6: v = ((x / 2 + y / 2) & 1) ? maxv : 0; break;
            default: v = (unsigned)(((uint64_t)(x * 3 + y * 5) * maxv) / (3 * t->p.w + 5 * t->p.h)); break;
            }
            tset(t, x, y, v);
        }
    }
}

/* ------------------------------------------------------------------ running a path */
static int run_path(VmafAdmKind kind, const char *opts, unsigned mask, const VmafPlane *r, const VmafPlane *d,
                    VmafAdmScores *out, const VmafAdmRows **rows)
{
    VmafAdmConfig c;
    VmafAdmState *s = NULL;
    int err;
    vmaf_adm_config_default(&c, kind);
    c.cpumask = mask;
    err = vmaf_adm_config_parse(&c, opts);
    if (!err) err = vmaf_adm_create(&s, r->w, r->h, r->bpc, &c);
    if (!err) {
        memset(out, 0, sizeof *out);
        err = vmaf_adm_compute(s, r, d, out);
        if (rows) *rows = s->rows;
    }
    vmaf_adm_destroy(s);
    return err;
}

/* the scores must be byte-identical (NaN payloads included) */
static int same_scores(const VmafAdmScores *a, const VmafAdmScores *b) { return memcmp(a, b, sizeof *a) == 0; }

/* compares every available path with the scalar path on one pair; returns the number of
   paths that differ */
static int compare_paths(VmafAdmKind kind, const char *opts, const VmafPlane *r, const VmafPlane *d, const char *what)
{
    VmafAdmScores ref, sc;
    int i, bad = 0, err;
    err = run_path(kind, opts, ~0u, r, d, &ref, NULL);
    if (!CHECK(err == 0, "%s kind %d opts '%s': scalar compute = %d", what, (int)kind, opts, err)) return 1;
    for (i = 0; i < npaths; i++) {
        const VmafAdmRows *rows = NULL;
        if (!paths[i].avail) continue;
        err = run_path(kind, opts, paths[i].mask, r, d, &sc, &rows);
        paths[i].cases++;
        if (!CHECK(err == 0 && rows == paths[i].rows, "%s kind %d: %s path picked (err %d)", what, (int)kind, paths[i].name, err)) {
            bad++;
            continue;
        }
        if (CHECK(same_scores(&ref, &sc), "%s kind %d opts '%s' %ux%u bpc %u: %s == scalar (adm2 %.17g vs %.17g, num %.17g vs %.17g)",
                  what, (int)kind, opts, r->w, r->h, r->bpc, paths[i].name, sc.adm2, ref.adm2, sc.num, ref.num))
            paths[i].cases_equal++;
        else
            bad++;
    }
    return bad;
}

/* ------------------------------------------------------------------ rcpps == rcpss */
#if defined(VMAF__ADM_RCPSS) && defined(VMAF__ADM_X86)
VMAF__T_AVX2 static void vmaf__adm_rcp8_test(const float *x, float *y) { _mm256_storeu_ps(y, _mm256_rcp_ps(_mm256_loadu_ps(x))); }
#endif
static void test_rcp(void)
{
#if defined(VMAF__ADM_RCPSS) && defined(VMAF__ADM_X86)
    if (!(vmaf__cpu_detect() & VMAF_CPU_AVX2)) {
        th_skip("rcpps check: no AVX2");
        return;
    }
    {
        long bad = 0, n = 0;
        uint32_t m, e, i;
        /* every mantissa at exponent 0 (both signs), samples at every other exponent */
        for (m = 0; m < (1u << 23); m += 8) {
            uint32_t b[8];
            float x[8], y[8];
            for (i = 0; i < 8; i++) b[i] = ((m + i) & 1 ? 0x80000000u : 0) | (127u << 23) | (m + i);
            memcpy(x, b, sizeof x);
            vmaf__adm_rcp8_test(x, y);
            for (i = 0; i < 8; i++) {
                const float s = _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(x[i])));
                bad += memcmp(&s, &y[i], 4) != 0;
                n++;
            }
        }
        for (e = 1; e < 255; e++) {
            for (i = 0; i < 256; i += 8) {
                uint32_t b[8], k;
                float x[8], y[8];
                for (k = 0; k < 8; k++) b[k] = (e << 23) | (rnd() & 0x807FFFFFu);
                memcpy(x, b, sizeof x);
                vmaf__adm_rcp8_test(x, y);
                for (k = 0; k < 8; k++) {
                    const float s = _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(x[k])));
                    bad += memcmp(&s, &y[k], 4) != 0;
                    n++;
                }
            }
        }
        CHECK(bad == 0, "_mm256_rcp_ps == _mm_rcp_ss on %ld inputs (%ld differ)", n, bad);
        CHECK(vmaf__adm_rcp_avx2(), "create-time rcp check passes on this CPU");
        printf("rcpps == rcpss: %ld inputs, %ld differ\n", n, bad);
    }
#else
    th_skip("rcpps check: float ADM divides exactly in this build");
#endif
}

/* ------------------------------------------------------------------ exact int64 -> float (AVX2) */
#if defined(VMAF__ADM_X86)
VMAF__T_AVX2 static void i64f4(const int64_t *v, double *out)
{
    _mm256_storeu_pd(out, vmaf__adm_i64f_avx2(_mm256_loadu_si256((const __m256i *)(const void *)v)));
}
#endif
static void test_i64f(void)
{
#if defined(VMAF__ADM_X86)
    long n = 0, bad = 0;
    int it, k;
    if (!(vmaf__cpu_detect() & VMAF_CPU_AVX2)) {
        th_skip("int64 -> float check: no AVX2");
        return;
    }
    for (it = 0; it < 200000; it++) {
        int64_t v[4];
        double d[4];
        for (k = 0; k < 4; k++) {
            /* float rounding midpoints at every magnitude, +-0..2, plus random values */
            const int e = 1 + (int)(rnd() % 62), sh = e > 24 ? e - 24 : 0;
            uint64_t m = ((uint64_t)rnd() << 32 | rnd()) & (((uint64_t)1 << (e < 63 ? e : 62)) - 1);
            if (rnd() % 2) m = (m >> sh << sh) | (sh ? (uint64_t)1 << (sh - 1) : 0);
            m += (uint64_t)(rnd() % 5) - 2;
            v[k] = rnd() % 2 ? (int64_t)m : -(int64_t)m;
            if (rnd() % 64 == 0) v[k] = rnd() % 2 ? INT64_MAX - (int64_t)(rnd() % 4096) : INT64_MIN + (int64_t)(rnd() % 4096);
        }
        i64f4(v, d);
        for (k = 0; k < 4; k++) {
            const double want = (double)(float)v[k];
            bad += memcmp(&want, &d[k], sizeof want) != 0;
            n++;
        }
    }
    CHECK(bad == 0, "int64 -> float (AVX2 helper) == scalar conversion on %ld values (%ld differ)", n, bad);
#endif
}

/* ------------------------------------------------------------------ goldens */
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

static int exact_reciprocal; /* Intel or AMD rcpss: a float golden for this CPU exists */
static int rcp_kind;

static void golden_values(Path *pa, const VmafAdmState *s, const VmafAdmScores *o, th_golden *g, unsigned f, int is_float,
                          const char *what)
{
    double v[VMAF__ADM_NKEYS];
    int k, n = s->cfg.debug ? VMAF__ADM_NKEYS : 7;
    v[0] = o->adm2; v[1] = o->aim; v[2] = o->adm3;
    for (k = 0; k < 4; k++) v[3 + k] = o->scale[k];
    v[7] = o->adm2; v[8] = o->num; v[9] = o->den;
    for (k = 0; k < 4; k++) {
        v[10 + 2 * k] = o->num_scale[k];
        v[11 + 2 * k] = o->den_scale[k];
    }
    for (k = 0; k < n; k++) {
        const char *name = vmaf_name_alias(s->keys[k]);
        double gv = 0;
        if (!CHECK(th_golden_get(g, (int)f, name, &gv), "%s frame %u: %s in golden", what, f, name)) continue;
        pa->gold_values++;
        if (v[k] == gv) pa->gold_exact++;
        if (!is_float) CHECK_EQ_DBL(v[k], gv, "%s frame %u %s (%s): %.17g vs golden %.17g", what, f, name, pa->name, v[k], gv);
        else if (exact_reciprocal || (strncmp(name, "adm_num", 7) && strncmp(name, "adm_den", 7)))
            CHECK_NEAR(v[k], gv, 1e-6, "%s frame %u %s (%s): %.17g vs golden %.17g", what, f, name, pa->name, v[k], gv);
        else
            CHECK_NEAR(v[k], gv, 5e-7 * fabs(gv), "%s frame %u %s (%s): %.17g vs golden %.17g", what, f, name, pa->name, v[k], gv);
    }
}

static void run_golden(const char *pair, const char *golden, const char *args, int is_float)
{
    th_pair p;
    th_golden *g;
    char opts[512], what[600];
    VmafAdmState *st[5] = {NULL, NULL, NULL, NULL, NULL};
    Path scalar;
    unsigned f;
    int i, err;
    if (!th_pair_by_name(pair, &p)) { th_skip("pair missing from MANIFEST"); return; }
    g = is_float && rcp_kind == TH_RCP_AMD ? th_golden_load_cpu(pair, golden, rcp_kind, NULL) : th_golden_load(pair, golden);
    if (!g) { th_skip(golden); return; }
    snprintf(what, sizeof what, "%s/%s", pair, golden);
    feature_options(args, is_float ? "float_adm" : "adm", opts, sizeof opts);
    if (strstr(args, "version=vmaf_v0.6.1neg")) snprintf(opts, sizeof opts, "adm_enhn_gain_limit=1.0");
    memset(&scalar, 0, sizeof scalar);
    scalar.name = "scalar";
    for (i = 0; i <= npaths; i++) {
        VmafAdmConfig c;
        if (i < npaths && !paths[i].avail) continue;
        vmaf_adm_config_default(&c, is_float ? VMAF_ADM_FLOAT : VMAF_ADM_INTEGER);
        c.cpumask = i < npaths ? paths[i].mask : ~0u;
        err = vmaf_adm_config_parse(&c, opts);
        if (!err) err = vmaf_adm_create(&st[i], p.w, p.h, p.bpc, &c);
        CHECK(err == 0, "%s: create(%s) on %s = %d", what, opts, i < npaths ? paths[i].name : "scalar", err);
    }
    for (f = 0; f < p.frames && (int)f < g->nframes; f++) {
        unsigned char *r = (unsigned char *)th_read_frame(&p, 0, f), *d = (unsigned char *)th_read_frame(&p, 1, f);
        VmafPlane pr, pd;
        VmafAdmScores ref, o;
        if (!CHECK(r && d && st[npaths], "%s frame %u readable", what, f)) { free(r); free(d); break; }
        pr.data = r;
        pd.data = d;
        pr.stride = pd.stride = (ptrdiff_t)p.w * (p.bpc > 8 ? 2 : 1);
        pr.w = pd.w = p.w;
        pr.h = pd.h = p.h;
        pr.bpc = pd.bpc = p.bpc;
        memset(&ref, 0, sizeof ref);
        CHECK(vmaf_adm_compute(st[npaths], &pr, &pd, &ref) == 0, "%s frame %u: scalar compute", what, f);
        golden_values(&scalar, st[npaths], &ref, g, f, is_float, what);
        for (i = 0; i < npaths; i++) {
            if (!st[i]) continue;
            memset(&o, 0, sizeof o);
            CHECK(vmaf_adm_compute(st[i], &pr, &pd, &o) == 0 && st[i]->rows == paths[i].rows, "%s frame %u: %s compute", what, f,
                  paths[i].name);
            paths[i].frames++;
            if (CHECK(same_scores(&o, &ref), "%s frame %u: %s scores == scalar (adm2 %.17g vs %.17g)", what, f, paths[i].name, o.adm2,
                      ref.adm2))
                paths[i].frames_equal++;
            golden_values(&paths[i], st[i], &o, g, f, is_float, what);
        }
        free(r);
        free(d);
    }
    for (i = 0; i <= npaths; i++) vmaf_adm_destroy(st[i]);
    th_golden_free(g);
}

static void test_goldens(void)
{
    char line[2048], pair[128], golden[256], status[128], args[1536];
    int i, runs = 0;
    FILE *f = fopen(TH_DATA "/golden/INDEX.tsv", "r");
    if (!f) { th_skip("no golden INDEX.tsv"); return; }
    rcp_kind = th_rcp_kind(); /* float ADM reference for this CPU: see tests/test_adm.c */
    exact_reciprocal = rcp_kind != TH_RCP_OTHER;
    for (i = 0; i < npaths; i++)
        if (!paths[i].avail) skip_path(&paths[i], "goldens");
    while (fgets(line, sizeof line, f)) {
        int is_float, is_int;
        args[0] = 0;
        line[strcspn(line, "\n")] = 0;
        if (sscanf(line, "%127[^\t]\t%255[^\t]\t%127[^\t]\t%1535[^\n]", pair, golden, status, args) < 3) continue;
        if (strncmp(status, "ok", 2)) continue;
        is_int = !strcmp(golden, "debug_int") || !strcmp(golden, "neg") || !strncmp(golden, "opt_adm_", 8);
        is_float = !strcmp(golden, "debug_float") || !strncmp(golden, "opt_float_adm_", 14);
        if (!is_int && !is_float) continue;
        /* libvmaf's AVX2 / AVX-512 results of the non-integer gain limit; ours follow `.scalar` */
        if (!strcmp(golden, "opt_adm_adm_enhn_gain_limit1.05") || !strcmp(golden, "opt_adm_adm_enhn_gain_limit1.05.avx2")) continue;
#if defined(T_ARM)
        /* under qemu: the small pairs only (the 1080p ones are covered on x86) */
        if (strstr(pair, "1080p")) continue;
#endif
        run_golden(pair, golden, args, is_float);
        runs++;
    }
    fclose(f);
#if defined(T_ARM)
    CHECK(runs >= 40, "golden runs: %d", runs);
#else
    CHECK(runs >= 75, "golden runs: %d", runs);
#endif
    for (i = 0; i < npaths; i++)
        if (paths[i].avail)
            printf("goldens, %-8s path: %ld/%ld frames' scores == scalar; %ld of %ld golden values bit-identical\n", paths[i].name,
                   paths[i].frames_equal, paths[i].frames, paths[i].gold_exact, paths[i].gold_values);
}

/* ------------------------------------------------------------------ synthetic frames */
static const char *const int_opts[] = {
    "", "adm_enhn_gain_limit=1.0", "adm_enhn_gain_limit=1.05", "adm_enhn_gain_limit=7", "adm_skip_scale0=true",
    "adm_skip_aim=true", "adm_noise_weight=0", "adm_csf_mode=1:adm_csf_scale=0.002893:adm_csf_diag_scale=0.001586",
    "adm_csf_mode=2", "adm_csf_mode=3:adm_norm_view_dist=5", "adm_norm_view_dist=5:adm_ref_display_height=2160",
    "adm_norm_view_dist=24:adm_ref_display_height=4320:adm_enhn_gain_limit=1.7", "adm_dlm_weight=0.2:adm_min_val=0.3"};
static const char *const float_opts[] = {
    "", "adm_enhn_gain_limit=1.0", "adm_enhn_gain_limit=1.05", "adm_enhn_gain_limit=1.25", "adm_skip_scale0=true", "adm_noise_weight=0",
    "adm_bypass_cm=1", "adm_p_norm=2.5", "adm_csf_mode=1", "adm_csf_mode=2", "adm_f1s1=0.5:adm_f2s3=2:adm_skip_aim_scale=2",
    "adm_adm3_apply_hm=true:adm_norm_view_dist=0.75:adm_ref_display_height=720", "adm_csf_scale=3:adm_csf_diag_scale=0.2"};

static void synthetic_case(unsigned w, unsigned h, unsigned bpc, int kr, int kd, const char *tag)
{
    TPlane r, d;
    char what[200];
    const uint32_t seed = rnd();
    /* 16-bit rows must stay 2-byte aligned (else VMAF_ERR_BAD_STRIDE); the SIMD loads still see
       every alignment modulo the vector width */
    const unsigned a = bpc > 8 ? 2 : 1;
    const unsigned pad_r = a * (rnd() % 41), pad_d = a * (rnd() % 9);
    tplane(&r, w, h, bpc, pad_r, a * (rnd() % 3));
    tplane(&d, w, h, bpc, pad_d, a * (rnd() % 2));
    tfill(&r, kr, 0, seed);
    tfill(&d, kd, 1, seed);
    snprintf(what, sizeof what, "%s %ux%u bpc %u content %d/%d", tag, w, h, bpc, kr, kd);
    compare_paths(VMAF_ADM_INTEGER, "", &r.p, &d.p, what);
    compare_paths(VMAF_ADM_FLOAT, "", &r.p, &d.p, what);
    compare_paths(VMAF_ADM_INTEGER, int_opts[rnd() % (sizeof int_opts / sizeof int_opts[0])], &r.p, &d.p, what);
    compare_paths(VMAF_ADM_FLOAT, float_opts[rnd() % (sizeof float_opts / sizeof float_opts[0])], &r.p, &d.p, what);
    free(r.buf);
    free(d.buf);
}

static void test_synthetic(int count)
{
    static const unsigned bpcs[4] = {8, 10, 12, 16};
    static const unsigned fixed[][2] = {{33, 33}, {33, 200}, {200, 33}, {34, 35}, {47, 61}, {64, 64}, {97, 33}, {129, 77}, {200, 200}, {161, 99}};
    int n, i;
    for (i = 0; i < npaths; i++)
        if (!paths[i].avail) skip_path(&paths[i], "synthetic frames");
    for (n = 0; n < count; n++) {
        const int nf = (int)(sizeof fixed / sizeof fixed[0]);
        unsigned w = n < nf ? fixed[n][0] : 33 + rnd() % 168, h = n < nf ? fixed[n][1] : 33 + rnd() % 168;
        const unsigned bpc = bpcs[n % 4];
        int kr = (int)(rnd() % 8), kd = (int)(rnd() % 8);
        if (n % 3 == 0) { kr = 0; kd = 0; }    /* natural-looking content most often */
        if (n % 7 == 1) { kr = 1; kd = 1; }    /* independent full-range noise */
        synthetic_case(w, h, bpc, kr, kd, "synthetic");
    }
    /* every pair of extreme contents once, at 8 and 16 bits */
    for (n = 0; n < 2; n++) {
        int kr, kd;
        for (kr = 1; kr < 8; kr++)
            for (kd = 1; kd < 8; kd++)
                if (kr == kd || (kr + kd) % 3 == 0) synthetic_case(41 + 2 * (unsigned)kr, 37 + (unsigned)kd, n ? 16 : 8, kr, kd, "extreme");
    }
}

static void test_1080p(void)
{
    TPlane r, d;
    int i;
    for (i = 0; i < npaths; i++)
        if (!paths[i].avail) skip_path(&paths[i], "1920x1080");
    tplane(&r, 1920, 1080, 8, 0, 0);
    tplane(&d, 1920, 1080, 8, 64, 1);
    tfill(&r, 0, 0, 3);
    tfill(&d, 0, 1, 3);
    compare_paths(VMAF_ADM_INTEGER, "", &r.p, &d.p, "1920x1080");
    compare_paths(VMAF_ADM_FLOAT, "", &r.p, &d.p, "1920x1080");
    free(r.buf);
    free(d.buf);
    tplane(&r, 1920, 1080, 10, 6, 0);
    tplane(&d, 1920, 1080, 10, 0, 0);
    tfill(&r, 0, 0, 4);
    tfill(&d, 0, 1, 4);
    compare_paths(VMAF_ADM_INTEGER, "adm_enhn_gain_limit=1.05", &r.p, &d.p, "1920x1080 10-bit");
    compare_paths(VMAF_ADM_FLOAT, "adm_enhn_gain_limit=1.05", &r.p, &d.p, "1920x1080 10-bit");
    free(r.buf);
    free(d.buf);
}

/* ------------------------------------------------------------------ row kernels, full-range inputs */
#define KN 77 /* columns per kernel check: vector blocks plus every tail length */

static void kernels_dwt(Path *pa, const VmafAdmRows *R)
{
    static const int32_t cl[4] = {15826, 27411, 7345, -4240}, ch[4] = {-4240, -7345, 27411, -15826};
    int16_t buf[16][KN + 64], ref[16][KN + 64];
    int32_t b32[8][KN + 64], r32[8][KN + 64];
    int it, w, k, j, bad;
    for (it = 0; it < 24; it++) {
        const int bpc = 8 + (it % 9), lo_only = it % 5 == 4;
        const unsigned maxv = (1u << bpc) - 1;
        unsigned char src[4][2 * (KN + 8)];
        const unsigned char *rp[4];
        int16_t *lo = buf[0] + 16, *hi = buf[1] + 16, *rlo = ref[0] + 16, *rhi = ref[1] + 16;
        w = 1 + (int)(rnd() % KN);
        for (k = 0; k < 4; k++) {
            for (j = 0; j < w; j++) {
                const unsigned v = it % 4 == 1 ? maxv : it % 4 == 2 ? 0 : rnd() & maxv;
                if (bpc == 8) src[k][j] = (unsigned char)v;
                else { const uint16_t s = (uint16_t)v; memcpy(src[k] + 2 * j, &s, 2); }
            }
            rp[k] = src[k];
        }
        memset(buf, 0, sizeof buf);
        memset(ref, 0, sizeof ref);
        R->v0(rp, bpc, lo, hi, w, lo_only);
        for (j = 0; j < w; j++) vmaf__adm_v0_1(rp, bpc, j, rlo, rhi, lo_only);
        CHECK(!memcmp(buf, ref, sizeof buf), "%s v0 bpc %d w %d lo_only %d", pa->name, bpc, w, lo_only);
        pa->kernel_checks++;
    }
    for (it = 0; it < 24; it++) {
        /* horizontal scale-0 pass on padded rows in the range a vertical pass can produce */
        const int lo_only = it % 6 == 5, bw = 1 + (int)(rnd() % (KN / 2));
        int16_t *lo = buf[0] + 16, *hi = buf[1] + 16, *band[4], *rband[4];
        for (j = -1; j <= 2 * bw; j++) {
            lo[j] = (int16_t)((int32_t)(rnd() % 54823) - 27411);
            hi[j] = (int16_t)((int32_t)(rnd() % 54823) - 27411);
            if (it % 4 == 1) { lo[j] = (int16_t)(j & 1 ? 27411 : -27411); hi[j] = (int16_t)(j & 2 ? -27411 : 27411); }
        }
        for (k = 0; k < 4; k++) {
            band[k] = buf[4 + k];
            rband[k] = ref[4 + k];
            memset(buf[4 + k], 0, sizeof buf[0]);
            memset(ref[4 + k], 0, sizeof ref[0]);
        }
        R->h0(lo, hi, band, bw, lo_only);
        for (j = 0; j < bw; j++) {
            rband[0][j] = vmaf__adm_h0_1(lo, j, cl);
            if (lo_only) continue;
            rband[2][j] = vmaf__adm_h0_1(lo, j, ch);
            rband[1][j] = vmaf__adm_h0_1(hi, j, cl);
            rband[3][j] = vmaf__adm_h0_1(hi, j, ch);
        }
        bad = 0;
        for (k = 0; k < 4; k++) bad |= memcmp(buf[4 + k], ref[4 + k], sizeof buf[0]);
        CHECK(!bad, "%s h0 bw %d lo_only %d", pa->name, bw, lo_only);
        pa->kernel_checks++;
    }
    for (it = 0; it < 24; it++) {
        /* scales 1..3 vertical passes (any int16 / int32 input) and horizontal pass (any split input) */
        int16_t s16[4][KN + 8];
        int32_t s32[4][KN + 8];
        const int16_t *p16[4];
        const int32_t *p32[4];
        int16_t *sp[4], *rsp[4];
        const int16_t *csp[4];
        int32_t *band[4], *rband[4];
        const int sh16 = it & 1, bw = 1 + (int)(rnd() % (KN / 2));
        w = 1 + (int)(rnd() % KN);
        for (k = 0; k < 4; k++) {
            for (j = 0; j < w; j++) {
                s16[k][j] = rnd_i16();
                s32[k][j] = rnd_i32();
            }
            p16[k] = s16[k];
            p32[k] = s32[k];
            sp[k] = buf[k] + 16;
            rsp[k] = ref[k] + 16;
        }
        memset(buf, 0, sizeof buf);
        memset(ref, 0, sizeof ref);
        R->v1(p16, sp, w);
        for (j = 0; j < w; j++) vmaf__adm_v1_1(p16, j, rsp);
        CHECK(!memcmp(buf, ref, sizeof buf), "%s v1 w %d", pa->name, w);
        memset(buf, 0, sizeof buf);
        memset(ref, 0, sizeof ref);
        R->v2(p32, sp, w);
        for (j = 0; j < w; j++) vmaf__adm_v2_1(p32, j, rsp);
        CHECK(!memcmp(buf, ref, sizeof buf), "%s v2 w %d", pa->name, w);
        for (k = 0; k < 4; k++) {
            for (j = -1; j <= 2 * bw; j++) sp[k][j] = rnd_i16();
            csp[k] = sp[k];
            band[k] = b32[k];
            rband[k] = r32[k];
        }
        memset(b32, 0, sizeof b32);
        memset(r32, 0, sizeof r32);
        R->h1(csp, band, bw, sh16);
        for (j = 0; j < bw; j++) {
            rband[0][j] = vmaf__adm_h1_1(sp[0], sp[1], j, cl, sh16);
            rband[2][j] = vmaf__adm_h1_1(sp[0], sp[1], j, ch, sh16);
            rband[1][j] = vmaf__adm_h1_1(sp[2], sp[3], j, cl, sh16);
            rband[3][j] = vmaf__adm_h1_1(sp[2], sp[3], j, ch, sh16);
        }
        CHECK(!memcmp(b32, r32, sizeof b32), "%s h1 bw %d sh16 %d", pa->name, bw, sh16);
        pa->kernel_checks += 3;
    }
}

/* decouple rows on a real state whose band planes hold random values */
static void kernels_dec(Path *pa, const VmafAdmRows *R)
{
    static const double egls[5] = {100.0, 1.0, 1.05, 1.7, 1.25};
    VmafAdmConfig c;
    VmafAdmState *s = NULL, *f = NULL;
    int it, q, j, e;
    vmaf_adm_config_default(&c, VMAF_ADM_INTEGER);
    c.cpumask = ~0u;
    if (!CHECK(vmaf_adm_create(&s, 2 * KN + 40, 90, 8, &c) == 0, "kernel state")) return;
    vmaf_adm_config_default(&c, VMAF_ADM_FLOAT);
    c.cpumask = ~0u;
    if (!CHECK(vmaf_adm_create(&f, 2 * KN + 40, 90, 8, &c) == 0, "kernel state")) { vmaf_adm_destroy(s); return; }
    for (e = 0; e < 5; e++) {
        s->cfg.enhn_gain_limit = egls[e];
        f->cfg.enhn_gain_limit = egls[e];
        for (it = 0; it < 6; it++) {
            const int n = 1 + (int)(rnd() % KN);
            int16_t save16[6][KN], out16[6][KN];
            int32_t save32[6][KN], out32[6][KN];
            float savef[6][KN], outf[6][KN];
            /* scale 0: |band| <= 22931 (the scale-0 DWT bound, SPEC 4.3) */
            for (q = 0; q < 3; q++)
                for (j = 0; j < n; j++) {
                    const int32_t lim = 22931;
                    int32_t o = (int32_t)(rnd() % (2 * lim + 1)) - lim, t = (int32_t)(rnd() % (2 * lim + 1)) - lim;
                    if (rnd() % 4 == 0) t = (int32_t)((double)o * (0.5 + (rnd() % 100) / 99.0)); /* near-parallel */
                    if (rnd() % 16 == 0) o = 0;
                    save16[q][j] = s->p16[VMAF__ADM_RH + q][j] = (int16_t)o;
                    save16[3 + q][j] = s->p16[VMAF__ADM_DH + q][j] = (int16_t)t;
                }
            R->dec0(s, 0, n);
            for (q = 0; q < 3; q++) {
                memcpy(out16[q], s->p16[VMAF__ADM_DH + q], sizeof out16[0]);
                memcpy(out16[3 + q], s->p16[VMAF__ADM_AH + q], sizeof out16[0]);
                memcpy(s->p16[VMAF__ADM_DH + q], save16[3 + q], sizeof out16[0]);
            }
            for (j = 0; j < n; j++) vmaf__adm_dec0_px(s, j);
            for (q = 0; q < 3; q++) {
                CHECK(!memcmp(out16[q], s->p16[VMAF__ADM_DH + q], (size_t)n * 2) && !memcmp(out16[3 + q], s->p16[VMAF__ADM_AH + q], (size_t)n * 2),
                      "%s dec0 n %d egl %g orientation %d", pa->name, n, egls[e], q);
            }
            /* scales 1..3: any int32 */
            for (q = 0; q < 3; q++)
                for (j = 0; j < n; j++) {
                    int32_t o = rnd_i32(), t = rnd_i32();
                    if (rnd() % 4 == 0) t = (int32_t)((double)o * (0.5 + (rnd() % 100) / 99.0));
                    save32[q][j] = s->p32[VMAF__ADM_RH + q][j] = o;
                    save32[3 + q][j] = s->p32[VMAF__ADM_DH + q][j] = t;
                }
            R->dec1(s, 0, n);
            for (q = 0; q < 3; q++) {
                memcpy(out32[q], s->p32[VMAF__ADM_DH + q], sizeof out32[0]);
                memcpy(out32[3 + q], s->p32[VMAF__ADM_AH + q], sizeof out32[0]);
                memcpy(s->p32[VMAF__ADM_DH + q], save32[3 + q], sizeof out32[0]);
            }
            for (j = 0; j < n; j++) vmaf__adm_dec123_px(s, j);
            for (q = 0; q < 3; q++)
                CHECK(!memcmp(out32[q], s->p32[VMAF__ADM_DH + q], (size_t)n * 4) && !memcmp(out32[3 + q], s->p32[VMAF__ADM_AH + q], (size_t)n * 4),
                      "%s dec1 n %d egl %g orientation %d", pa->name, n, egls[e], q);
            /* float (the SIMD decouple is used only when rcpps == rcpss) */
            if (vmaf__adm_rcp_ok(f)) {
                for (q = 0; q < 3; q++)
                    for (j = 0; j < n; j++) {
                        float o = rnd_f(), t = rnd_f();
                        if (rnd() % 4 == 0) t = o * (float)(0.5 + (rnd() % 100) / 99.0);
                        savef[q][j] = f->pf[VMAF__ADM_RH + q][j] = o;
                        savef[3 + q][j] = f->pf[VMAF__ADM_DH + q][j] = t;
                    }
                R->fdec(f, 0, n);
                for (q = 0; q < 3; q++) {
                    memcpy(outf[q], f->pf[VMAF__ADM_DH + q], sizeof outf[0]);
                    memcpy(outf[3 + q], f->pf[VMAF__ADM_AH + q], sizeof outf[0]);
                    memcpy(f->pf[VMAF__ADM_DH + q], savef[3 + q], sizeof outf[0]);
                }
                for (j = 0; j < n; j++) vmaf__adm_fdec_px(f, j);
                for (q = 0; q < 3; q++)
                    CHECK(!memcmp(outf[q], f->pf[VMAF__ADM_DH + q], (size_t)n * 4) && !memcmp(outf[3 + q], f->pf[VMAF__ADM_AH + q], (size_t)n * 4),
                          "%s fdec n %d egl %g orientation %d", pa->name, n, egls[e], q);
            }
            pa->kernel_checks += 3;
        }
    }
    vmaf_adm_destroy(s);
    vmaf_adm_destroy(f);
}

static void kernels_cm(Path *pa, const VmafAdmRows *R)
{
    static const int32_t rf0s[5][3] = {{36453, 36453, 49417}, {100, 200, 300}, {65535, 32768, 32767}, {0, 1, 65535}, {20000, 40000, 60000}};
    static const uint32_t rfs[5][3] = {{137373792u, 137373792u, 61414028u}, {0xFFFFFFFFu, 0x80000000u, 0x7FFFFFFFu},
                                       {0u, 1u, 3000000000u}, {196165808u, 2147483648u, 4000000000u}, {5u, 70000u, 2500000000u}};
    int it, j, k, q;
    for (it = 0; it < 40; it++) {
        const int n = 1 + (int)(rnd() % KN), set = it % 5;
        int16_t m16[3][KN], s16[3][KN];
        int32_t m32[3][KN], s32[3][KN], G[4][KN + 2], T[2][KN], Gr[2][KN], Tr[2][KN];
        const int16_t *M16[3], *S16[3];
        const int32_t *M32[3], *S32[3], *G3[3];
        int32_t rf0[3];
        uint32_t rf[3];
        VmafAdmCmK kk;
        int64_t in[3], inr[3];
        for (q = 0; q < 3; q++) {
            for (j = 0; j < n; j++) {
                m16[q][j] = rnd_i16();
                s16[q][j] = rnd_i16();
                m32[q][j] = rnd_i32();
                s32[q][j] = rnd_i32();
            }
            M16[q] = m16[q]; S16[q] = s16[q]; M32[q] = m32[q]; S32[q] = s32[q];
            rf0[q] = set == 4 ? (int32_t)(rnd() % 65536) : rf0s[set][q];
            rf[q] = set == 4 ? ((uint32_t)rnd() << 16) ^ rnd() : rfs[set][q];
        }
        /* CSF terms */
        memset(G, 0, sizeof G);
        memset(T, 0, sizeof T);
        memset(Gr, 0, sizeof Gr);
        memset(Tr, 0, sizeof Tr);
        R->g0(M16, rf0, G[0], T[0], n);
        for (j = 0; j < n; j++) vmaf__adm_g0_1(M16, rf0, j, Gr[0], Tr[0]);
        R->g1(M32, rf, G[1], T[1], n);
        for (j = 0; j < n; j++) vmaf__adm_g1_1(M32, rf, j, Gr[1], Tr[1]);
        CHECK(!memcmp(G[0], Gr[0], sizeof Gr[0]) && !memcmp(T[0], Tr[0], sizeof Tr[0]), "%s g0 n %d rf %d %d %d", pa->name, n, rf0[0], rf0[1], rf0[2]);
        CHECK(!memcmp(G[1], Gr[1], sizeof Gr[1]) && !memcmp(T[1], Tr[1], sizeof Tr[1]), "%s g1 n %d rf %u %u %u", pa->name, n, rf[0], rf[1], rf[2]);
        /* horizontal 3-sums of any int32 row (wrapping) */
        {
            int32_t hv[KN], hr[KN];
            for (j = 0; j < n + 2; j++) G[3][j] = rnd_i32();
            R->h3(G[3] + 1, hv, n);
            for (j = 0; j < n; j++) hr[j] = vmaf__adm_h3_1(G[3] + 1, j);
            CHECK(!memcmp(hv, hr, (size_t)n * 4), "%s h3 n %d", pa->name, n);
        }
        /* masking rows: any 3-sum rows, T, S (thr wraps like the scalar int64 sum cast to int32) */
        for (k = 0; k < 3; k++)
            for (j = 0; j < n + 2; j++) G[k][j] = it % 3 ? rnd_i32() : (int32_t)(rnd() % 200000) - 100000;
        for (j = 0; j < n; j++) T[0][j] = it % 3 ? rnd_i32() : (int32_t)(rnd() % 200000) - 100000;
        for (k = 0; k < 3; k++) G3[k] = G[k] + 1;
        memset(&kk, 0, sizeof kk);
        for (q = 0; q < 3; q++) {
            kk.rf0[q] = rf0[q];
            kk.rf[q] = rf[q];
            kk.shc[q] = 1 + (int)(rnd() % 14);
            kk.addc[q] = (int64_t)1 << (kk.shc[q] - 1);
            in[q] = inr[q] = (int64_t)(((uint64_t)rnd() << 32) ^ rnd());
        }
        R->cm0(S16, G3, T[0], &kk, n, in);
        for (j = 0; j < n; j++) vmaf__adm_cm0_1(S16, G3, T[0], &kk, j, inr);
        CHECK(!memcmp(in, inr, sizeof in), "%s cm0 n %d", pa->name, n);
        for (q = 0; q < 3; q++) {
            kk.shc[q] = 2 + (int)(rnd() % 13);
            kk.addc[q] = (int64_t)1 << (kk.shc[q] - 1);
        }
        R->cm1(S32, G3, T[0], &kk, n, in);
        for (j = 0; j < n; j++) vmaf__adm_cm1_1(S32, G3, T[0], &kk, j, inr);
        CHECK(!memcmp(in, inr, sizeof in), "%s cm1 n %d rf %u %u %u", pa->name, n, rf[0], rf[1], rf[2]);
        /* denominators */
        {
            const int shq = 30 + (it & 1), shc = 1 + (int)(rnd() % 14);
            uint64_t a = 0, b = 0;
            for (j = 0; j < n; j++) {
                a += vmaf__adm_den0_1(s16[0][j]);
                b += vmaf__adm_den1_1(s32[0][j], shq, shc);
            }
            CHECK(R->den0(s16[0], n) == a, "%s den0 n %d", pa->name, n);
            CHECK(R->den1(s32[0], n, shq, shc) == b, "%s den1 n %d shq %d shc %d", pa->name, n, shq, shc);
        }
        pa->kernel_checks += 6;
    }
}

static void kernels_float(Path *pa, const VmafAdmRows *R)
{
    const float *L = vmaf__adm_flo, *H = vmaf__adm_fhi;
    float fb[16][KN + 64], fr[16][KN + 64];
    int it, j, k, q, w;
    for (it = 0; it < 30; it++) {
        const int bpc = 8 + (it % 9), lo_only = it % 7 == 6;
        const unsigned maxv = (1u << bpc) - 1;
        unsigned char src[4][2 * (KN + 8)];
        const unsigned char *rp[4];
        float fsrc[4][KN + 8];
        const float *fp[4];
        float *lo = fb[0] + 16, *hi = fb[1] + 16, *rlo = fr[0] + 16, *rhi = fr[1] + 16;
        w = 1 + (int)(rnd() % KN);
        for (k = 0; k < 4; k++) {
            for (j = 0; j < w; j++) {
                const unsigned v = it % 5 == 1 ? maxv : rnd() & maxv;
                if (bpc == 8) src[k][j] = (unsigned char)v;
                else { const uint16_t sv = (uint16_t)v; memcpy(src[k] + 2 * j, &sv, 2); }
                fsrc[k][j] = rnd_f();
            }
            rp[k] = src[k];
            fp[k] = fsrc[k];
        }
        memset(fb, 0, sizeof fb);
        memset(fr, 0, sizeof fr);
        R->fv0(rp, bpc, lo, hi, w, lo_only);
        for (j = 0; j < w; j++) vmaf__adm_fv0_1(rp, bpc, j, rlo, rhi, lo_only);
        CHECK(!memcmp(fb, fr, sizeof fb), "%s fv0 bpc %d w %d", pa->name, bpc, w);
        memset(fb, 0, sizeof fb);
        memset(fr, 0, sizeof fr);
        R->fv(fp, lo, hi, w, lo_only);
        for (j = 0; j < w; j++) vmaf__adm_fv_1(fp[0][j], fp[1][j], fp[2][j], fp[3][j], rlo, rhi, j, lo_only);
        CHECK(!memcmp(fb, fr, sizeof fb), "%s fv w %d", pa->name, w);
        {
            const int bw = 1 + (int)(rnd() % (KN / 2));
            float *band[4], *rband[4];
            memset(fb, 0, sizeof fb);
            memset(fr, 0, sizeof fr);
            for (j = -1; j <= 2 * bw; j++) {
                lo[j] = rlo[j] = rnd_f();
                hi[j] = rhi[j] = rnd_f();
            }
            for (k = 0; k < 4; k++) {
                band[k] = fb[4 + k];
                rband[k] = fr[4 + k];
            }
            R->fh(lo, hi, band, bw, lo_only);
            for (j = 0; j < bw; j++) {
                rband[0][j] = vmaf__adm_fh_1(rlo, j, L);
                if (lo_only) continue;
                rband[2][j] = vmaf__adm_fh_1(rlo, j, H);
                rband[1][j] = vmaf__adm_fh_1(rhi, j, L);
                rband[3][j] = vmaf__adm_fh_1(rhi, j, H);
            }
            CHECK(!memcmp(fb, fr, sizeof fb), "%s fh bw %d lo_only %d", pa->name, bw, lo_only);
        }
        {
            /* CSF, masking terms (bypass on and off) and denominator terms */
            const int n = 1 + (int)(rnd() % KN), bypass = it % 4 == 3;
            const float rf[3] = {rnd_f(), rnd_f(), (float)(rnd() % 1000) / 997.0f};
            float M[3][KN + 2], Cb[3][KN + 2], Fb[3][3][KN + 2], Cr[KN + 2], Frr[KN + 2];
            const float *S3[3], *C3[3], *F9[9], *O3[3];
            float *out[3], *rout[3];
            memset(fb, 0, sizeof fb);
            memset(fr, 0, sizeof fr);
            for (q = 0; q < 3; q++)
                for (j = 0; j < n + 2; j++) {
                    M[q][j] = rnd_f();
                    for (k = 0; k < 3; k++) Fb[q][k][j] = (float)fabs(rnd_f());
                }
            R->fcsf(M[0], Cb[0], Fb[0][0], rf[0], n);
            for (j = 0; j < n; j++) vmaf__adm_fcsf_1(M[0], Cr, Frr, rf[0], j);
            CHECK(!memcmp(Cb[0], Cr, (size_t)n * 4) && !memcmp(Fb[0][0], Frr, (size_t)n * 4), "%s fcsf n %d", pa->name, n);
            for (q = 0; q < 3; q++) {
                for (j = 0; j < n + 2; j++) Cb[q][j] = rnd_f();
                S3[q] = M[q] + 1;
                C3[q] = Cb[q] + 1;
                O3[q] = M[q];
                for (k = 0; k < 3; k++) F9[3 * q + k] = Fb[q][k] + 1;
                out[q] = fb[q];
                rout[q] = fr[q];
            }
            R->fcm(S3, C3, F9, rf, bypass, n, out);
            for (j = 0; j < n; j++) vmaf__adm_fcm_1(S3, C3, F9, rf, bypass, j, j - 1, j + 1, rout, j);
            CHECK(!memcmp(fb, fr, sizeof fb), "%s fcm n %d bypass %d", pa->name, n, bypass);
            R->fden(O3, rf, n, out);
            for (q = 0; q < 3; q++)
                for (j = 0; j < n; j++) {
                    const float a = fabsf(rf[q] * O3[q][j]);
                    rout[q][j] = a * a * a;
                }
            CHECK(!memcmp(fb, fr, sizeof fb), "%s fden n %d", pa->name, n);
        }
        pa->kernel_checks += 6;
    }
}

static void test_kernels(void)
{
    int i;
    for (i = 0; i < npaths; i++) {
        Path *pa = &paths[i];
        if (!pa->rows) continue; /* the scalar-equivalent mask 24 has no row functions */
        if (!pa->avail) {
            skip_path(pa, "row kernels");
            continue;
        }
        kernels_dwt(pa, pa->rows);
        kernels_dec(pa, pa->rows);
        kernels_cm(pa, pa->rows);
        kernels_float(pa, pa->rows);
        printf("row kernels, %-8s path: %ld full-range checks\n", pa->name, pa->kernel_checks);
    }
}

int main(int argc, char **argv)
{
    /* --quick (tests/test_adm_config.sh): no goldens, fewer synthetic frames */
    const int quick = argc > 1 && !strcmp(argv[1], "--quick");
    int i;
    th_init();
    setup_paths();
    test_rcp();
    test_i64f();
    test_kernels();
#if defined(T_ARM)
    test_synthetic(14);
#else
    test_synthetic(quick ? 16 : 60);
#endif
    test_1080p();
    if (!quick) test_goldens();
    for (i = 0; i < npaths; i++)
        if (paths[i].avail)
            printf("synthetic, %-8s path: %ld of %ld cases bit-identical to scalar\n", paths[i].name, paths[i].cases_equal, paths[i].cases);
    return th_finish();
}
