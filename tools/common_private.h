/* ---- vmaf common block: private part (v2) ---------------------------------------------------
   Byte-identical in every vmaf_*.h implementation section (source: tools/common_private.h).
   Everything here is static, so two implementations in one translation unit define it once
   (guard below) and implementations in several translation units each get a private copy:
   never a duplicate symbol. */
#ifndef VMAF_COMMON_PRIVATE
#define VMAF_COMMON_PRIVATE 2 /* bump on any change to this block */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(VMAF_MALLOC) && !defined(VMAF_FREE) || !defined(VMAF_MALLOC) && defined(VMAF_FREE)
#error "define both VMAF_MALLOC(size, user) and VMAF_FREE(ptr, user), or neither"
#endif
#ifndef VMAF_MALLOC
#define VMAF_MALLOC(size, user) ((void)(user), malloc(size))
#define VMAF_FREE(ptr, user) ((void)(user), free(ptr))
#endif
#ifndef VMAF_ASSERT
#include <assert.h>
#define VMAF_ASSERT(x) assert(x)
#endif

#if defined(__GNUC__) || defined(__clang__)
#define VMAF__MAYBE_UNUSED __attribute__((unused))
#define VMAF__FORCEINLINE static inline __attribute__((always_inline))
#else
#define VMAF__MAYBE_UNUSED
#define VMAF__FORCEINLINE static inline
#endif
#define VMAF__PRIVATE static VMAF__MAYBE_UNUSED
#ifdef __cplusplus
#define VMAF__RESTRICT __restrict
#else
#define VMAF__RESTRICT restrict
#endif

/* Floating-point contraction (a*b+c -> fma) changes float results in the last bit; libvmaf is
   built without it. Every vmaf_*.h implementation puts its code between VMAF__FP_BEGIN and
   VMAF__FP_END, after this block's #includes. The pragmas are pushed and popped, so the user's
   code after the include keeps its own setting. VMAF_DONT_CHANGE_FP_CONTRACT leaves them out
   (then build with -ffp-contract=off to keep bit-exactness). */
#if defined(VMAF_DONT_CHANGE_FP_CONTRACT)
#define VMAF__FP_BEGIN
#define VMAF__FP_END
#elif defined(__clang__) && (defined(__x86_64__) || defined(__i386__))
#define VMAF__FP_BEGIN _Pragma("float_control(push)") _Pragma("clang fp contract(off)")
#define VMAF__FP_END _Pragma("float_control(pop)")
#elif defined(__clang__) /* float_control is x86-only in clang 14: end at clang's default, "on" */
#define VMAF__FP_BEGIN _Pragma("clang fp contract(off)")
#define VMAF__FP_END _Pragma("clang fp contract(on)")
#elif defined(__GNUC__)
#define VMAF__FP_BEGIN _Pragma("GCC push_options") _Pragma("GCC optimize(\"fp-contract=off\")")
#define VMAF__FP_END _Pragma("GCC pop_options")
#elif defined(_MSC_VER)
#define VMAF__FP_BEGIN __pragma(fp_contract(off))
#define VMAF__FP_END
#else
#define VMAF__FP_BEGIN
#define VMAF__FP_END
#endif

/* ---- SIMD availability (compile time) and CPU detection (run time) ---- */
#if !defined(VMAF_NO_SIMD) && (defined(__x86_64__) || defined(_M_X64))
#define VMAF__X64 1
#if defined(__GNUC__) || defined(__clang__)
#include <immintrin.h>
#define VMAF__T_AVX2 __attribute__((target("avx2")))
#define VMAF__T_AVX512 __attribute__((target("avx512f,avx512bw,avx512dq,avx512vl")))
#elif defined(_MSC_VER)
#include <intrin.h>
#include <immintrin.h>
#define VMAF__T_AVX2
#define VMAF__T_AVX512
#endif
#if !defined(VMAF_NO_AVX2)
#define VMAF__HAVE_AVX2 1
#endif
#if !defined(VMAF_NO_AVX512) && (!defined(__GNUC__) || defined(__clang__) || __GNUC__ >= 8)
#define VMAF__HAVE_AVX512 1
#endif
#elif !defined(VMAF_NO_SIMD) && !defined(VMAF_NO_NEON) && (defined(__aarch64__) || defined(_M_ARM64))
#define VMAF__NEON 1
#define VMAF__HAVE_NEON 1
#include <arm_neon.h>
#endif

#if defined(VMAF__X64)
VMAF__PRIVATE void vmaf__cpuid(unsigned leaf, unsigned sub, unsigned r[4])
{
#if defined(_MSC_VER) && !defined(__clang__)
    int v[4];
    __cpuidex(v, (int)leaf, (int)sub);
    r[0] = (unsigned)v[0]; r[1] = (unsigned)v[1]; r[2] = (unsigned)v[2]; r[3] = (unsigned)v[3];
#else
    unsigned a, b, c, d;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(leaf), "c"(sub));
    r[0] = a; r[1] = b; r[2] = c; r[3] = d;
#endif
}
VMAF__PRIVATE uint64_t vmaf__xgetbv(void)
{
#if defined(_MSC_VER) && !defined(__clang__)
    return (uint64_t)_xgetbv(0);
#else
    unsigned lo, hi;
    __asm__ volatile(".byte 0x0f, 0x01, 0xd0" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
#endif
}
#endif

/* Detected CPU features as VMAF_CPU_* bits. Checks CPU and OS support (XCR0). Runs each time
   it is called (microseconds); results are stored in contexts, never in globals. */
VMAF__PRIVATE unsigned vmaf__cpu_detect(void)
{
    unsigned flags = 0;
#if defined(VMAF__X64)
    unsigned r[4], max_leaf;
    vmaf__cpuid(0, 0, r);
    max_leaf = r[0];
    vmaf__cpuid(1, 0, r);
    if (r[3] & (1u << 26)) flags |= VMAF_CPU_SSE2;
    if (r[2] & (1u << 9)) flags |= VMAF_CPU_SSSE3;
    if (r[2] & (1u << 19)) flags |= VMAF_CPU_SSE41;
    if ((r[2] & (1u << 27)) && (r[2] & (1u << 28)) && max_leaf >= 7) { /* OSXSAVE, AVX */
        uint64_t xcr0 = vmaf__xgetbv();
        unsigned l7[4];
        vmaf__cpuid(7, 0, l7);
        if ((xcr0 & 0x6) == 0x6) {
            if (l7[1] & (1u << 5)) flags |= VMAF_CPU_AVX2;
            /* AVX-512 F(16) DQ(17) BW(30) VL(31): the set VMAF__T_AVX512 names */
            if ((xcr0 & 0xe0) == 0xe0 && (l7[1] & (1u << 16)) && (l7[1] & (1u << 17)) &&
                (l7[1] & (1u << 30)) && (l7[1] & (1u << 31))) {
                flags |= VMAF_CPU_AVX512;
                /* ICL: VBMI2(c6) VNNI(c11) BITALG(c12) VPOPCNTDQ(c14), as libvmaf */
                if ((l7[2] & (1u << 6)) && (l7[2] & (1u << 11)) && (l7[2] & (1u << 12)) &&
                    (l7[2] & (1u << 14)))
                    flags |= VMAF_CPU_AVX512ICL;
            }
        }
    }
#elif defined(VMAF__NEON)
    flags |= VMAF_CPU_NEON;
#endif
    return flags;
}

/* ---- memory: one block, 64-byte aligned by us ---- */
VMAF__PRIVATE void *vmaf__alloc(const VmafAllocator *a, size_t size)
{
    unsigned char *raw, *p;
    if (size > (size_t)-1 - 64 - sizeof(void *)) return NULL;
    size += 64 + sizeof(void *);
    raw = (unsigned char *)((a && a->alloc) ? a->alloc(size, a->user) : VMAF_MALLOC(size, a ? a->user : NULL));
    if (!raw) return NULL;
    p = raw + sizeof(void *);
    p += (64 - ((uintptr_t)p & 63)) & 63;
    memcpy(p - sizeof(void *), &raw, sizeof(void *));
    return p;
}
VMAF__PRIVATE void vmaf__free(const VmafAllocator *a, void *p)
{
    void *raw;
    if (!p) return;
    memcpy(&raw, (unsigned char *)p - sizeof(void *), sizeof(void *));
    if (a && a->free) a->free(raw, a->user);
    else VMAF_FREE(raw, a ? a->user : NULL);
}
/* Round up to 64 bytes; returns 0 on overflow. */
VMAF__PRIVATE size_t vmaf__align64(size_t n) { return n > (size_t)-1 - 63 ? 0 : (n + 63) & ~(size_t)63; }
/* a * b, or 0 if it overflows size_t. */
VMAF__PRIVATE size_t vmaf__mul(size_t a, size_t b) { return (b && a > (size_t)-1 / b) ? 0 : a * b; }
/* a + b, or 0 if it overflows size_t. */
VMAF__PRIVATE size_t vmaf__add(size_t a, size_t b) { return a > (size_t)-1 - b ? 0 : a + b; }

/* ---- logging ---- */
VMAF__PRIVATE int vmaf__fail(VmafLogFn log, void *user, int err, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
VMAF__PRIVATE int vmaf__fail(VmafLogFn log, void *user, int err, const char *fmt, ...)
{
    if (log) {
        char msg[512];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        log(user, 1, msg);
    }
    return err;
}

/* ---- plane validation ---- */
/* Checks one plane against the geometry a state was created for. */
VMAF__PRIVATE int vmaf__check_plane(const VmafPlane *p, unsigned w, unsigned h, unsigned bpc)
{
    size_t row;
    if (!p || !p->data) return VMAF_ERR_INVALID_ARGUMENT;
    if (p->bpc < 8 || p->bpc > 16) return VMAF_ERR_BAD_BPC;
    if (p->w != w || p->h != h || p->bpc != bpc) return VMAF_ERR_MISMATCH;
    row = (size_t)p->w * (p->bpc > 8 ? 2u : 1u);
    if (p->stride < 0 || (size_t)p->stride < row) return VMAF_ERR_BAD_STRIDE;
    /* uint16 samples must be 2-byte aligned, on every row */
    if (p->bpc > 8 && ((((uintptr_t)p->data) & 1u) || (p->stride & 1))) return VMAF_ERR_BAD_STRIDE;
    return VMAF_OK;
}
/* 1 if a reference and a distorted frame differ in size, bit depth or layout (the callers
   return VMAF_ERR_MISMATCH). */
VMAF__PRIVATE int vmaf__frames_differ(const VmafFrame *a, const VmafFrame *b)
{
    return a->w != b->w || a->h != b->h || a->bpc != b->bpc || a->layout != b->layout;
}
/* Checks a geometry against a minimum size and an 8K-class maximum (32768 x 32768, well below
   any int/size_t overflow in the kernels). */
VMAF__PRIVATE int vmaf__check_geometry(unsigned w, unsigned h, unsigned bpc, unsigned min_w, unsigned min_h)
{
    if (bpc < 8 || bpc > 16) return VMAF_ERR_BAD_BPC;
    if (w > 32768u || h > 32768u) return VMAF_ERR_TOO_LARGE;
    if (w < min_w || h < min_h) return VMAF_ERR_TOO_SMALL;
    return VMAF_OK;
}

/* ---- options (libvmaf's VmafOption semantics, SPEC 6.5) ---- */
enum { VMAF__OPT_BOOL, VMAF__OPT_INT, VMAF__OPT_DOUBLE, VMAF__OPT_STRING };
enum { VMAF__OPT_FEATURE_PARAM = 1 };

/* One option of an extractor. The value lives in a config struct at `offset`:
   bool -> int (0/1), int -> int, double -> double, string -> const char * (one of `choices`). */
typedef struct VmafOptionDesc {
    const char *name;   /* libvmaf option name */
    const char *alias;  /* short name in output-key suffixes, NULL = name */
    int type;           /* VMAF__OPT_* */
    size_t offset;
    double def;         /* default (bool/int/double) */
    double min, max;    /* accepted range (bool/int/double) */
    unsigned flags;     /* VMAF__OPT_FEATURE_PARAM */
    const char *const *choices; /* string options: NULL-terminated accepted values; [0] = default */
} VmafOptionDesc;

/* libvmaf's numeric normalisation of option text: strtof, widen to double, print with %g,
   then atof (double) / atoi (int). Returns 0 if `text` is not a complete number. */
VMAF__PRIVATE int vmaf__opt_normalize(const char *text, double *out)
{
    char *end = NULL, buf[64];
    float f;
    if (!text || !*text) return 0;
    f = strtof(text, &end);
    if (!end || *end != 0 || end == text) return 0;
    snprintf(buf, sizeof buf, "%g", (double)f);
    *out = atof(buf);
    return 1;
}

/* Sets option `name` from `value` text in the struct `cfg`. Returns 0, VMAF_ERR_BAD_OPTION. */
VMAF__PRIVATE int vmaf__opt_set(const VmafOptionDesc *opts, void *cfg, const char *name,
                                const char *value, VmafLogFn log, void *log_user)
{
    const VmafOptionDesc *o;
    for (o = opts; o->name; o++)
        if (!strcmp(o->name, name)) break;
    if (!o->name) return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "unknown option '%s'", name);
    if (o->type == VMAF__OPT_BOOL) {
        int b;
        if (!strcmp(value, "true") || !strcmp(value, "1")) b = 1;
        else if (!strcmp(value, "false") || !strcmp(value, "0")) b = 0;
        else return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "option '%s' needs true or false, not '%s'", name, value);
        memcpy((char *)cfg + o->offset, &b, sizeof b);
    } else if (o->type == VMAF__OPT_STRING) {
        const char *const *c;
        for (c = o->choices; c && *c; c++)
            if (!strcmp(*c, value)) break;
        if (!c || !*c) return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "option '%s' does not accept '%s'", name, value);
        memcpy((char *)cfg + o->offset, c, sizeof(const char *));
    } else {
        double d;
        if (!vmaf__opt_normalize(value, &d))
            return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "option '%s' needs a number, not '%s'", name, value);
        if (o->type == VMAF__OPT_INT) {
            char buf[64];
            int i;
            snprintf(buf, sizeof buf, "%g", d);
            i = atoi(buf);
            if (!(i >= o->min && i <= o->max))
                return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "option '%s' = %d is outside [%g, %g]", name, i, o->min, o->max);
            memcpy((char *)cfg + o->offset, &i, sizeof i);
        } else {
            if (!(d >= o->min && d <= o->max))
                return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "option '%s' = %g is outside [%g, %g]", name, d, o->min, o->max);
            memcpy((char *)cfg + o->offset, &d, sizeof d);
        }
    }
    return VMAF_OK;
}

/* Writes every option's default into `cfg`. */
VMAF__PRIVATE void vmaf__opt_defaults(const VmafOptionDesc *opts, void *cfg)
{
    const VmafOptionDesc *o;
    for (o = opts; o->name; o++) {
        if (o->type == VMAF__OPT_BOOL || o->type == VMAF__OPT_INT) {
            int i = (int)o->def;
            memcpy((char *)cfg + o->offset, &i, sizeof i);
        } else if (o->type == VMAF__OPT_DOUBLE) {
            memcpy((char *)cfg + o->offset, &o->def, sizeof o->def);
        } else {
            memcpy((char *)cfg + o->offset, &o->choices[0], sizeof(const char *));
        }
    }
}

/* Parses "opt=val:opt=val" (NULL or "" = nothing) into `cfg`. */
VMAF__PRIVATE int vmaf__opt_parse(const VmafOptionDesc *opts, void *cfg, const char *text,
                                  VmafLogFn log, void *log_user)
{
    char name[128], value[128];
    while (text && *text) {
        size_t n = 0, v = 0;
        int err;
        while (*text && *text != '=' && *text != ':') {
            if (n + 1 >= sizeof name) return vmaf__fail(log, log_user, VMAF_ERR_PARSE, "option name too long");
            name[n++] = *text++;
        }
        name[n] = 0;
        if (*text != '=') return vmaf__fail(log, log_user, VMAF_ERR_PARSE, "option '%s' has no '=value'", name);
        text++;
        while (*text && *text != ':') {
            if (v + 1 >= sizeof value) return vmaf__fail(log, log_user, VMAF_ERR_PARSE, "value of option '%s' too long", name);
            value[v++] = *text++;
        }
        value[v] = 0;
        if (*text == ':') text++;
        err = vmaf__opt_set(opts, cfg, name, value, log, log_user);
        if (err) return err;
    }
    return VMAF_OK;
}

/* Builds the collector key of provided feature `provided` under the effective options in
   `cfg` (SPEC 6.5): unchanged when every feature-param option equals its default, else
   vmaf_name_alias(provided) + "_<alias>" (bool) or "_<alias>_<value>" per differing option,
   in strcmp order of option name; truncated to 255 bytes like libvmaf. */
VMAF__PRIVATE void vmaf__opt_key(const VmafOptionDesc *opts, const void *cfg, const char *provided,
                                 char *out, size_t size)
{
    const VmafOptionDesc *o, *sorted[64];
    char buf[257];
    size_t n = 0, i, j;
    for (o = opts; o->name && n < 64; o++) {
        int differs = 0;
        if (!(o->flags & VMAF__OPT_FEATURE_PARAM)) continue;
        if (o->type == VMAF__OPT_BOOL || o->type == VMAF__OPT_INT) {
            int v;
            memcpy(&v, (const char *)cfg + o->offset, sizeof v);
            differs = v != (int)o->def;
        } else if (o->type == VMAF__OPT_DOUBLE) {
            double v;
            memcpy(&v, (const char *)cfg + o->offset, sizeof v);
            differs = v != o->def;
        } else {
            const char *v;
            memcpy(&v, (const char *)cfg + o->offset, sizeof v);
            differs = strcmp(v, o->choices[0]) != 0;
        }
        if (differs) sorted[n++] = o;
    }
    for (i = 1; i < n; i++) /* insertion sort by name */
        for (j = i; j > 0 && strcmp(sorted[j - 1]->name, sorted[j]->name) > 0; j--) {
            const VmafOptionDesc *t = sorted[j];
            sorted[j] = sorted[j - 1];
            sorted[j - 1] = t;
        }
    if (n == 0) {
        snprintf(buf, sizeof buf, "%s", provided);
    } else {
        size_t len;
        snprintf(buf, 257, "%s", vmaf_name_alias(provided));
        for (i = 0; i < n; i++) {
            const char *a = sorted[i]->alias ? sorted[i]->alias : sorted[i]->name;
            len = strlen(buf);
            if (len >= 256) break;
            if (sorted[i]->type == VMAF__OPT_BOOL) {
                snprintf(buf + len, 257 - len, "_%s", a);
            } else if (sorted[i]->type == VMAF__OPT_INT) {
                int v;
                memcpy(&v, (const char *)cfg + sorted[i]->offset, sizeof v);
                snprintf(buf + len, 257 - len, "_%s_%d", a, v);
            } else if (sorted[i]->type == VMAF__OPT_DOUBLE) {
                double v;
                memcpy(&v, (const char *)cfg + sorted[i]->offset, sizeof v);
                snprintf(buf + len, 257 - len, "_%s_%g", a, v);
            } else {
                const char *v;
                memcpy(&v, (const char *)cfg + sorted[i]->offset, sizeof v);
                snprintf(buf + len, 257 - len, "_%s_%s", a, v);
            }
        }
        buf[255] = 0;
    }
    if (size) {
        size_t len = strlen(buf);
        if (len > size - 1) len = size - 1;
        memcpy(out, buf, len);
        out[len] = 0;
    }
}
#elif VMAF_COMMON_PRIVATE != 2
#error "vmaf_*.h implementations from different releases are mixed in one translation unit"
#endif /* VMAF_COMMON_PRIVATE */
/* ---- end of vmaf common block: private part ---- */
