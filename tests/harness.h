/* tests/harness.h - test helpers shared by tests/test_*.c (test code only, not part of the library).

   - counters and CHECK macros; th_finish() prints "N passed, N failed, N skipped" and returns
     the exit status (tests/run.sh sums those lines into the final one);
   - the manifest of tests/data/testdata (MANIFEST.tsv) and a raw YUV frame reader;
   - a reader for the libvmaf JSON files in tests/data/golden (*.full.json: 17 digits);
   - tests/data/golden/INDEX.tsv lookup (the exact CLI arguments of each golden);
   - the float ADM reference for this CPU (tests/data/golden or tests/data/golden-amd).

   Paths are relative to the repository root; tests run from there (make test does). */
#ifndef VMAF_TEST_HARNESS_H
#define VMAF_TEST_HARNESS_H
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) || defined(__clang__)
#define TH_FN static __attribute__((unused))
#else
#define TH_FN static
#endif

#ifndef TH_DATA
#define TH_DATA "tests/data"
#endif

typedef struct {
    int pass, fail, skip;
    int verbose;
} th_counts;
static th_counts th_c;

/* Records one check. Prints failures always, passes only with TH_VERBOSE=1 in the environment. */
TH_FN int th_check(int ok, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    if (ok) th_c.pass++;
    else th_c.fail++;
    if (!ok || th_c.verbose) {
        fprintf(stderr, "%s %s:%d: ", ok ? "ok  " : "FAIL", file, line);
        va_start(ap, fmt);
        vfprintf(stderr, fmt, ap);
        va_end(ap);
        fputc('\n', stderr);
    }
    return ok;
}
#define CHECK(cond, ...) th_check((cond) ? 1 : 0, __FILE__, __LINE__, __VA_ARGS__)
/* exact equality of two doubles (bit-exactness check at 17 significant digits) */
#define CHECK_EQ_DBL(a, b, ...) CHECK((a) == (b) || (isnan(a) && isnan(b)), __VA_ARGS__)
#define CHECK_NEAR(a, b, tol, ...) CHECK(fabs((double)(a) - (double)(b)) <= (tol), __VA_ARGS__)

TH_FN void th_skip(const char *why)
{
    th_c.skip++;
    fprintf(stderr, "skip: %s\n", why);
}

TH_FN void th_init(void)
{
    const char *v = getenv("TH_VERBOSE");
    th_c.verbose = v && *v && *v != '0';
}

TH_FN int th_finish(void)
{
    printf("%d passed, %d failed, %d skipped\n", th_c.pass, th_c.fail, th_c.skip);
    return th_c.fail ? 1 : 0;
}

/* ---------------- manifest and YUV input ---------------- */
typedef struct {
    char name[64], ref[128], dis[128];
    unsigned w, h, layout /* 420, 422, 444 */, bpc, frames;
} th_pair;

/* Reads tests/data/testdata/MANIFEST.tsv. Returns the number of pairs (<= max). */
TH_FN int th_pairs(th_pair *out, int max)
{
    char line[1024];
    int n = 0;
    FILE *f = fopen(TH_DATA "/testdata/MANIFEST.tsv", "r");
    if (!f) return 0;
    if (!fgets(line, sizeof line, f)) { fclose(f); return 0; } /* header */
    while (n < max && fgets(line, sizeof line, f)) {
        th_pair *p = &out[n];
        if (sscanf(line, "%63[^\t]\t%127[^\t]\t%127[^\t]\t%u\t%u\t%u\t%u\t%u", p->name, p->ref, p->dis,
                   &p->w, &p->h, &p->layout, &p->bpc, &p->frames) == 8)
            n++;
    }
    fclose(f);
    return n;
}

TH_FN int th_pair_by_name(const char *name, th_pair *out)
{
    th_pair all[64];
    int i, n = th_pairs(all, 64);
    for (i = 0; i < n; i++)
        if (!strcmp(all[i].name, name)) { *out = all[i]; return 1; }
    return 0;
}

/* Bytes of one frame (all three planes) of a pair. */
TH_FN size_t th_frame_bytes(const th_pair *p)
{
    size_t bps = p->bpc > 8 ? 2 : 1, luma = (size_t)p->w * p->h, cw = p->w, ch = p->h;
    if (p->layout == 420) { cw = p->w >> 1; ch = p->h >> 1; }
    else if (p->layout == 422) { cw = p->w >> 1; }
    return (luma + 2 * cw * ch) * bps;
}

/* Loads frame `index` of the reference (which = 0) or distorted (which = 1) file into a new
   malloc'd buffer holding Y, U, V planes back to back (tight strides). NULL on error. */
TH_FN void *th_read_frame(const th_pair *p, int which, unsigned index)
{
    char path[512];
    size_t n = th_frame_bytes(p);
    void *buf;
    FILE *f;
    snprintf(path, sizeof path, TH_DATA "/testdata/%s", which ? p->dis : p->ref);
    f = fopen(path, "rb");
    if (!f) return NULL;
    buf = malloc(n);
    if (!buf || fseek(f, (long)(n * index), SEEK_SET) || fread(buf, 1, n, f) != n) {
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    return buf;
}

/* ---------------- golden JSON (libvmaf output layout) ---------------- */
typedef struct {
    char name[160];
    double value;
    int is_null;
} th_kv;

typedef struct {
    unsigned frame_num;
    int n;
    th_kv *kv;
} th_gframe;

typedef struct {
    int nframes;
    th_gframe *frames;
    int npooled;
    struct {
        char name[160];
        double v[4]; /* min, max, mean, harmonic_mean */
        int have[4];
    } *pooled;
} th_golden;

TH_FN const char *th__skip_ws(const char *s)
{
    while (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t') s++;
    return s;
}
TH_FN const char *th__string(const char *s, char *out, size_t n)
{
    size_t i = 0;
    if (*s != '"') return NULL;
    s++;
    while (*s && *s != '"') {
        if (i + 1 < n) out[i++] = *s;
        s++;
    }
    out[i] = 0;
    return *s == '"' ? s + 1 : NULL;
}
TH_FN const char *th__number(const char *s, double *v, int *is_null)
{
    char *end;
    *is_null = 0;
    if (!strncmp(s, "null", 4)) { *is_null = 1; *v = NAN; return s + 4; }
    *v = strtod(s, &end);
    return end == s ? NULL : end;
}

TH_FN void th_golden_free(th_golden *g)
{
    int i;
    if (!g) return;
    for (i = 0; i < g->nframes; i++) free(g->frames[i].kv);
    free(g->frames);
    free(g->pooled);
    free(g);
}

/* Parses a libvmaf JSON output file (the layout of SPEC 7.2). NULL if unreadable. */
TH_FN th_golden *th_golden_load_path(const char *path)
{
    FILE *f = fopen(path, "rb");
    long len;
    char *text, key[160];
    const char *s;
    th_golden *g;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    fseek(f, 0, SEEK_SET);
    text = (char *)malloc((size_t)len + 1);
    if (!text || fread(text, 1, (size_t)len, f) != (size_t)len) { fclose(f); free(text); return NULL; }
    text[len] = 0;
    fclose(f);
    g = (th_golden *)calloc(1, sizeof *g);
    s = strstr(text, "\"frames\": [");
    if (!s) goto bad;
    s += 11;
    for (;;) {
        th_gframe *fr;
        s = th__skip_ws(s);
        if (*s == ',') s = th__skip_ws(s + 1);
        if (*s == ']') { s++; break; }
        if (*s != '{') goto bad;
        s = strstr(s, "\"frameNum\":");
        if (!s) goto bad;
        g->frames = (th_gframe *)realloc(g->frames, sizeof(th_gframe) * (size_t)(g->nframes + 1));
        fr = &g->frames[g->nframes++];
        memset(fr, 0, sizeof *fr);
        fr->frame_num = (unsigned)strtoul(s + 11, NULL, 10);
        s = strstr(s, "\"metrics\": {");
        if (!s) goto bad;
        s += 12;
        for (;;) {
            th_kv kv;
            s = th__skip_ws(s);
            if (*s == ',') s = th__skip_ws(s + 1);
            if (*s == '}') { s++; break; }
            s = th__string(s, kv.name, sizeof kv.name);
            if (!s) goto bad;
            s = th__skip_ws(s);
            if (*s != ':') goto bad;
            s = th__number(th__skip_ws(s + 1), &kv.value, &kv.is_null);
            if (!s) goto bad;
            fr->kv = (th_kv *)realloc(fr->kv, sizeof(th_kv) * (size_t)(fr->n + 1));
            fr->kv[fr->n++] = kv;
        }
        s = th__skip_ws(s);
        if (*s != '}') goto bad;
        s++;
    }
    s = strstr(s, "\"pooled_metrics\": {");
    if (!s) goto bad;
    s += 19;
    for (;;) {
        static const char *methods[4] = {"min", "max", "mean", "harmonic_mean"};
        s = th__skip_ws(s);
        if (*s == ',') s = th__skip_ws(s + 1);
        if (*s == '}') break;
        s = th__string(s, key, sizeof key);
        if (!s) goto bad;
        s = th__skip_ws(s);
        if (*s != ':') goto bad;
        s = th__skip_ws(s + 1);
        if (*s != '{') goto bad;
        s++;
        g->pooled = realloc(g->pooled, sizeof(*g->pooled) * (size_t)(g->npooled + 1));
        memset(&g->pooled[g->npooled], 0, sizeof(*g->pooled));
        strcpy(g->pooled[g->npooled].name, key);
        for (;;) {
            char m[32];
            double v;
            int isnull, k;
            s = th__skip_ws(s);
            if (*s == ',') s = th__skip_ws(s + 1);
            if (*s == '}') { s++; break; }
            s = th__string(s, m, sizeof m);
            if (!s) goto bad;
            s = th__skip_ws(s);
            if (*s != ':') goto bad;
            s = th__number(th__skip_ws(s + 1), &v, &isnull);
            if (!s) goto bad;
            for (k = 0; k < 4; k++)
                if (!strcmp(m, methods[k])) { g->pooled[g->npooled].v[k] = v; g->pooled[g->npooled].have[k] = 1; }
        }
        g->npooled++;
    }
    free(text);
    return g;
bad:
    fprintf(stderr, "harness: cannot parse %s\n", path);
    free(text);
    th_golden_free(g);
    return NULL;
}

/* Loads tests/data/golden/<pair>/<golden>.full.json (17-digit values). */
TH_FN th_golden *th_golden_load(const char *pair, const char *golden)
{
    char path[512];
    snprintf(path, sizeof path, TH_DATA "/golden/%s/%s.full.json", pair, golden);
    return th_golden_load_path(path);
}

/* Value of `name` at golden frame position `i` (not frameNum). 1 if present. */
TH_FN int th_golden_get(const th_golden *g, int i, const char *name, double *v)
{
    int k;
    if (!g || i < 0 || i >= g->nframes) return 0;
    for (k = 0; k < g->frames[i].n; k++)
        if (!strcmp(g->frames[i].kv[k].name, name)) { *v = g->frames[i].kv[k].value; return 1; }
    return 0;
}

/* Pooled value; method 0 min, 1 max, 2 mean, 3 harmonic_mean. 1 if present. */
TH_FN int th_golden_pooled(const th_golden *g, const char *name, int method, double *v)
{
    int k;
    for (k = 0; g && k < g->npooled; k++)
        if (!strcmp(g->pooled[k].name, name) && g->pooled[k].have[method]) { *v = g->pooled[k].v[method]; return 1; }
    return 0;
}

/* The extra CLI arguments of a golden (INDEX.tsv column 4) and its status ("ok", ...).
   Returns 1 if the row exists. */
TH_FN int th_golden_args(const char *pair, const char *golden, char *args, size_t nargs, char *status, size_t nstatus)
{
    char line[2048], p[128], gname[256], st[64], a[1536];
    FILE *f = fopen(TH_DATA "/golden/INDEX.tsv", "r");
    if (!f) return 0;
    while (fgets(line, sizeof line, f)) {
        a[0] = 0;
        line[strcspn(line, "\n")] = 0;
        if (sscanf(line, "%127[^\t]\t%255[^\t]\t%63[^\t]\t%1535[^\n]", p, gname, st, a) >= 3 &&
            !strcmp(p, pair) && !strcmp(gname, golden)) {
            if (args) snprintf(args, nargs, "%s", a);
            if (status) snprintf(status, nstatus, "%s", st);
            fclose(f);
            return 1;
        }
    }
    fclose(f);
    return 0;
}
/* ---------------- float ADM goldens per CPU vendor ----------------
   Float ADM divides as n * rcp(d) with x86's approximate reciprocal rcpss plus one Newton step,
   as libvmaf does on x86 (adm_tools.c DIVS). rcpss comes from a vendor table, so libvmaf's own
   float ADM values, and the float VMAF scores built on them, depend on the CPU: up to 1.1e-5 on
   a float VMAF score between the Intel CPU that made tests/data/golden and an AMD Zen 4.
   tests/data/golden-amd holds libvmaf f85a8536's output on such an AMD CPU for every golden
   that involves float ADM (same arguments; see its README).
   th_rcp_kind(): TH_RCP_INTEL (tests/data/golden applies), TH_RCP_AMD (tests/data/golden-amd
   applies) or TH_RCP_OTHER (another table, a non-x86 build, VMAF_ADM_FLOAT_TRUE_DIVISION: no
   reference exists for float ADM values; tests report them as skipped). The test must be built
   with the flags the library under test was built with (make test does). */
enum { TH_RCP_INTEL = 0, TH_RCP_AMD = 1, TH_RCP_OTHER = 2 };
#if !defined(VMAF_ADM_FLOAT_TRUE_DIVISION) && (defined(__SSE2__) || defined(_M_X64))
#include <stdint.h>
#include <xmmintrin.h>
TH_FN int th_rcp_kind(void)
{
    uint32_t h = 0, f = 2166136261u, m, b, u;
    float x, y;
    /* 1. the 12-bit fingerprint recorded on the Intel CPU that made the goldens */
    for (m = 0; m < (1u << 12); m++) {
        b = 0x3f800000u | (m << 11);
        memcpy(&x, &b, 4);
        y = _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(x)));
        memcpy(&u, &y, 4);
        h = h * 31u + u;
    }
    if (h == 1951662080u) return TH_RCP_INTEL;
    /* 2. FNV-1a over rcpss of every mantissa in [1, 2), recorded on the AMD EPYC (Zen 4) that
          made tests/data/golden-amd */
    for (m = 0; m < (1u << 23); m++) {
        b = 0x3f800000u | m;
        memcpy(&x, &b, 4);
        y = _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(x)));
        memcpy(&u, &y, 4);
        f = (f ^ (u >> 8)) * 16777619u;
    }
    return f == 2580258245u ? TH_RCP_AMD : TH_RCP_OTHER;
}
#else
TH_FN int th_rcp_kind(void) { return TH_RCP_OTHER; }
#endif

TH_FN const char *th_rcp_name(int kind)
{
    return kind == TH_RCP_INTEL ? "Intel rcpss" : kind == TH_RCP_AMD ? "AMD rcpss" : "another reciprocal";
}

/* 1 if golden <pair>/<golden> involves float ADM (a float_adm feature or a float model). */
TH_FN int th_golden_is_float_adm(const char *pair, const char *golden)
{
    char args[1536], st[64];
    if (!strncmp(golden, "debug_float", 11) || !strncmp(golden, "opt_float_adm", 13)) return 1;
    if (!th_golden_args(pair, golden, args, sizeof args, st, sizeof st)) return 0;
    return strstr(args, "float_adm") != NULL || strstr(args, "vmaf_float") != NULL;
}

/* The reference for <pair>/<golden> on this CPU: tests/data/golden, or tests/data/golden-amd for
   a float ADM golden on an AMD rcpss. NULL (with *why set) if none applies: the caller skips. */
TH_FN th_golden *th_golden_load_cpu(const char *pair, const char *golden, int rcp_kind, const char **why)
{
    char path[512];
    if (why) *why = NULL;
    if (!th_golden_is_float_adm(pair, golden) || rcp_kind == TH_RCP_INTEL) return th_golden_load(pair, golden);
    if (rcp_kind == TH_RCP_AMD) {
        snprintf(path, sizeof path, TH_DATA "/golden-amd/%s/%s.full.json", pair, golden);
        return th_golden_load_path(path);
    }
    if (why) *why = "float ADM values depend on the CPU's rcpss table; no reference for this CPU's";
    return NULL;
}
#endif /* VMAF_TEST_HARNESS_H */
