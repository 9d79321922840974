/* examples/vmaf_output.h - the vmaf tool's feature collector, pooling and output writers
   (XML, JSON, CSV, SUB) in libvmaf 3.2.0's exact layouts (SPEC 7.2, 7.3). A small single-file
   helper of the examples, not a library header: every function is static.

   Collector
     VmafOutCollector c; vmaf_out_init(&c);
     vmaf_out_emit(&c, index, key, value)   a VmafEmitFn: pass &c as the extractors' `user`
     vmaf_out_append(&c, key, value, index) the same, returning the error code
     vmaf_out_free(&c);
   Keys are collector keys (e.g. "VMAF_integer_feature_vif_scale0_score"); output files print
   them through vmaf_name_alias(). Columns are kept in first-write order, as libvmaf's collector.
   A second write of the same key at the same index is an error (libvmaf: "cannot be
   overwritten"); the first error is kept in c.err / c.errmsg.

   Pooling (SPEC 6.6): vmaf_out_pool() over indices lo..hi, skipping i % subsample != 0 when
   subsample > 1; fails (VMAF_ERR_MISSING_FEATURE) when any used index lacks the value.

   Writers: vmaf_out_write() appends a whole file to a memory buffer (VmafOutBuf), so the tool can
   write it in one go only after everything succeeded. Numbers follow libvmaf's rule (SPEC 7.2:
   %.6f, or %.16f when the fractional part is non-zero and below ~1e-6) unless a precision is
   given: VmafOutParams.precision = N (1..17) prints %.<N>g, VMAF_OUT_PRECISION_MAX (17) is %.17g
   (round-trips every double; the format of the goldens' .full.json files). Precision applies to
   per-frame, pooled and aggregate values; fps always prints %.2f. */
#ifndef VMAF_EXAMPLES_OUTPUT_H
#define VMAF_EXAMPLES_OUTPUT_H

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "vmaf_model.h"

#if defined(__GNUC__) || defined(__clang__)
#define VMAF_OUT__FN static __attribute__((unused))
#else
#define VMAF_OUT__FN static
#endif

enum { VMAF_OUT_XML = 1, VMAF_OUT_JSON, VMAF_OUT_CSV, VMAF_OUT_SUB };
enum { VMAF_OUT_POOL_MIN = 1, VMAF_OUT_POOL_MAX, VMAF_OUT_POOL_MEAN, VMAF_OUT_POOL_HARMONIC_MEAN };
enum { VMAF_OUT_PRECISION_LIBVMAF = 0, VMAF_OUT_PRECISION_MAX = 17 };

typedef struct VmafOutFeature {
    char *key;
    double *value;
    unsigned char *written;
    unsigned cap; /* entries allocated */
    unsigned end; /* 1 + highest written index */
} VmafOutFeature;

typedef struct VmafOutAggregate {
    char *name;
    double value;
} VmafOutAggregate;

typedef struct VmafOutCollector {
    VmafOutFeature *f;
    unsigned n, cap;
    VmafOutAggregate *agg;
    unsigned nagg, agg_cap;
    int timed;            /* t_begin set */
    clock_t t_begin, t_end; /* clock() at the first and the latest write (libvmaf's fps timer) */
    int err;              /* first error of vmaf_out_emit */
    char errmsg[320];
} VmafOutCollector;

VMAF_OUT__FN void vmaf_out_init(VmafOutCollector *c) { memset(c, 0, sizeof *c); }

VMAF_OUT__FN void vmaf_out_free(VmafOutCollector *c)
{
    unsigned i;
    for (i = 0; i < c->n; i++) {
        free(c->f[i].key);
        free(c->f[i].value);
        free(c->f[i].written);
    }
    for (i = 0; i < c->nagg; i++) free(c->agg[i].name);
    free(c->f);
    free(c->agg);
    memset(c, 0, sizeof *c);
}

VMAF_OUT__FN char *vmaf_out__strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = (char *)malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

/* Index of `key`, or -1. */
VMAF_OUT__FN int vmaf_out_find(const VmafOutCollector *c, const char *key)
{
    unsigned i;
    for (i = c->n; i-- > 0;)
        if (!strcmp(c->f[i].key, key)) return (int)i;
    return -1;
}

VMAF_OUT__FN int vmaf_out__set_error(VmafOutCollector *c, int err, const char *key, unsigned index)
{
    if (!c->err) {
        c->err = err;
        if (err == VMAF_ERR_STATE)
            snprintf(c->errmsg, sizeof c->errmsg, "feature \"%.200s\" cannot be overwritten at index %u", key, index);
        else
            snprintf(c->errmsg, sizeof c->errmsg, "cannot store feature \"%.200s\" at index %u: %s", key, index, vmaf_result_string(err));
    }
    return err;
}

/* Stores `value` for `key` at frame `index`. VMAF_OK, VMAF_ERR_STATE (already written),
   VMAF_ERR_OUT_OF_MEMORY, VMAF_ERR_INVALID_ARGUMENT (NULL key). */
VMAF_OUT__FN int vmaf_out_append(VmafOutCollector *c, const char *key, double value, unsigned index)
{
    int k;
    VmafOutFeature *f;
    clock_t now = clock();
    if (!c->timed) { c->timed = 1; c->t_begin = now; }
    c->t_end = now;
    if (!key) return vmaf_out__set_error(c, VMAF_ERR_INVALID_ARGUMENT, "(null)", index);
    k = vmaf_out_find(c, key);
    if (k < 0) {
        if (c->n == c->cap) {
            unsigned ncap = c->cap ? c->cap * 2 : 16;
            VmafOutFeature *nf = (VmafOutFeature *)realloc(c->f, sizeof *nf * ncap);
            if (!nf) return vmaf_out__set_error(c, VMAF_ERR_OUT_OF_MEMORY, key, index);
            c->f = nf;
            c->cap = ncap;
        }
        f = &c->f[c->n];
        memset(f, 0, sizeof *f);
        f->key = vmaf_out__strdup(key);
        if (!f->key) return vmaf_out__set_error(c, VMAF_ERR_OUT_OF_MEMORY, key, index);
        k = (int)c->n++;
    }
    f = &c->f[k];
    if (index >= f->cap) {
        unsigned ncap = f->cap ? f->cap : 64;
        double *nv;
        unsigned char *nw;
        while (ncap <= index) {
            if (ncap > UINT_MAX / 2) { ncap = UINT_MAX; break; }
            ncap *= 2;
        }
        if (index >= ncap) return vmaf_out__set_error(c, VMAF_ERR_TOO_LARGE, key, index);
        nv = (double *)realloc(f->value, sizeof *nv * ncap);
        if (!nv) return vmaf_out__set_error(c, VMAF_ERR_OUT_OF_MEMORY, key, index);
        f->value = nv;
        nw = (unsigned char *)realloc(f->written, ncap);
        if (!nw) return vmaf_out__set_error(c, VMAF_ERR_OUT_OF_MEMORY, key, index);
        memset(nw + f->cap, 0, ncap - f->cap);
        f->written = nw;
        f->cap = ncap;
    }
    if (f->written[index]) return vmaf_out__set_error(c, VMAF_ERR_STATE, key, index);
    f->written[index] = 1;
    f->value[index] = value;
    if (index + 1 > f->end) f->end = index + 1;
    return VMAF_OK;
}

/* VmafEmitFn adapter: `user` is the collector; errors are kept in c->err. */
VMAF_OUT__FN void vmaf_out_emit(void *user, unsigned index, const char *key, double value)
{
    vmaf_out_append((VmafOutCollector *)user, key, value, index);
}

/* An aggregate metric (written once; a second write replaces the value). */
VMAF_OUT__FN int vmaf_out_set_aggregate(VmafOutCollector *c, const char *name, double value)
{
    unsigned i;
    for (i = 0; i < c->nagg; i++)
        if (!strcmp(c->agg[i].name, name)) { c->agg[i].value = value; return VMAF_OK; }
    if (c->nagg == c->agg_cap) {
        unsigned ncap = c->agg_cap ? c->agg_cap * 2 : 8;
        VmafOutAggregate *na = (VmafOutAggregate *)realloc(c->agg, sizeof *na * ncap);
        if (!na) return VMAF_ERR_OUT_OF_MEMORY;
        c->agg = na;
        c->agg_cap = ncap;
    }
    c->agg[c->nagg].name = vmaf_out__strdup(name);
    if (!c->agg[c->nagg].name) return VMAF_ERR_OUT_OF_MEMORY;
    c->agg[c->nagg++].value = value;
    return VMAF_OK;
}

/* Value of `key` at `index`: VMAF_OK or VMAF_ERR_MISSING_FEATURE. */
VMAF_OUT__FN int vmaf_out_get(const VmafOutCollector *c, const char *key, unsigned index, double *value)
{
    int k = vmaf_out_find(c, key);
    if (k < 0 || index >= c->f[k].cap || !c->f[k].written[index]) return VMAF_ERR_MISSING_FEATURE;
    *value = c->f[k].value[index];
    return VMAF_OK;
}

/* libvmaf's vmaf_feature_score_pooled (SPEC 6.6). */
VMAF_OUT__FN int vmaf_out_pool(const VmafOutCollector *c, const char *key, int method, unsigned lo, unsigned hi,
                               unsigned subsample, double *out)
{
    unsigned i, n = 0;
    double mn = 0.0, mx = 0.0, sum = 0.0, isum = 0.0;
    int k = vmaf_out_find(c, key);
    if (lo > hi || method < VMAF_OUT_POOL_MIN || method > VMAF_OUT_POOL_HARMONIC_MEAN) return VMAF_ERR_INVALID_ARGUMENT;
    if (k < 0) return VMAF_ERR_MISSING_FEATURE;
    for (i = lo;; i++) {
        if (!(subsample > 1 && i % subsample)) {
            const VmafOutFeature *f = &c->f[k];
            double s;
            if (i >= f->cap || !f->written[i]) return VMAF_ERR_MISSING_FEATURE;
            s = f->value[i];
            n++;
            sum += s;
            isum += 1.0 / (s + 1.0);
            if (i == lo || s < mn) mn = s;
            if (i == lo || s > mx) mx = s;
        }
        if (i == hi) break;
    }
    switch (method) {
    case VMAF_OUT_POOL_MIN: *out = mn; break;
    case VMAF_OUT_POOL_MAX: *out = mx; break;
    case VMAF_OUT_POOL_MEAN: *out = sum / n; break;
    default: *out = n / isum - 1.0; break;
    }
    return VMAF_OK;
}

/* libvmaf's fps: pictures read / CPU seconds between the first and the latest collector write.
   Nothing written gives +inf (or NaN with no pictures), as libvmaf's division by zero. */
VMAF_OUT__FN double vmaf_out_fps(const VmafOutCollector *c, unsigned pic_cnt)
{
    double dt = (double)(c->t_end - c->t_begin) / CLOCKS_PER_SEC;
    if (!c->timed || dt == 0.0) return pic_cnt ? HUGE_VAL : -(double)NAN;
    return pic_cnt / dt;
}

/* ---- number formatting ---- */

/* libvmaf's count_leading_zeros_d (output.c): see SPEC 7.2. The int conversion is done as the x86
   reference does it, without undefined behaviour: out of int range (or NaN) gives INT_MIN. */
VMAF_OUT__FN int vmaf_out__leading_zeros(double x)
{
    double ip, f;
    int c = 0;
    if (x < 0) x = fabs(x);
    ip = (x < 2147483648.0 && x > -2147483649.0) ? (double)(int)x : (double)INT_MIN;
    f = x - ip;
    while (f < 1.0 && f != 0) {
        f *= 10;
        c++;
    }
    return c;
}

/* Formats `x` into buf: precision 0 = libvmaf's rule, 1..17 = %.<N>g. */
VMAF_OUT__FN void vmaf_out_number(char *buf, size_t size, double x, int precision)
{
    if (precision > 0)
        snprintf(buf, size, "%.*g", precision > 17 ? 17 : precision, x);
    else if (vmaf_out__leading_zeros(x) <= 6)
        snprintf(buf, size, "%.6f", x);
    else
        snprintf(buf, size, "%.16f", x);
}

/* ---- growing text buffer ---- */
typedef struct VmafOutBuf {
    char *p;
    size_t n, cap;
    int oom;
} VmafOutBuf;

VMAF_OUT__FN void vmaf_out_buf_free(VmafOutBuf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

VMAF_OUT__FN void vmaf_out__put(VmafOutBuf *b, const char *s, size_t len)
{
    if (b->oom) return;
    if (b->n + len + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 4096;
        char *np;
        while (ncap < b->n + len + 1) ncap *= 2;
        np = (char *)realloc(b->p, ncap);
        if (!np) { b->oom = 1; return; }
        b->p = np;
        b->cap = ncap;
    }
    memcpy(b->p + b->n, s, len);
    b->n += len;
    b->p[b->n] = 0;
}

VMAF_OUT__FN void vmaf_out__printf(VmafOutBuf *b, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
VMAF_OUT__FN void vmaf_out__printf(VmafOutBuf *b, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) { b->oom = 1; return; }
    if ((size_t)n < sizeof small) { vmaf_out__put(b, small, (size_t)n); return; }
    {
        char *big = (char *)malloc((size_t)n + 1);
        if (!big) { b->oom = 1; return; }
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        vmaf_out__put(b, big, (size_t)n);
        free(big);
    }
}

/* ---- writers ---- */
typedef struct VmafOutParams {
    const char *version; /* version string written in XML and JSON */
    double fps;          /* see vmaf_out_fps() */
    unsigned w, h;       /* picture size (XML params) */
    unsigned subsample;  /* print (and pool) only indices % subsample == 0 when > 1 */
    unsigned pic_cnt;    /* pictures read: pooling runs over 0..pic_cnt-1 */
    int precision;       /* 0: libvmaf rule; 1..17: %.<N>g */
} VmafOutParams;

static const char *const vmaf_out__pool_names[5] = {"", "min", "max", "mean", "harmonic_mean"};

/* 1 + the highest written index over all features. */
VMAF_OUT__FN unsigned vmaf_out__frames_end(const VmafOutCollector *c)
{
    unsigned i, e = 0;
    for (i = 0; i < c->n; i++)
        if (c->f[i].end > e) e = c->f[i].end;
    return e;
}

VMAF_OUT__FN int vmaf_out__has(const VmafOutFeature *f, unsigned i) { return i < f->cap && f->written[i]; }

/* Number of features written at frame i. */
VMAF_OUT__FN unsigned vmaf_out__count(const VmafOutCollector *c, unsigned i)
{
    unsigned j, n = 0;
    for (j = 0; j < c->n; j++) n += (unsigned)vmaf_out__has(&c->f[j], i);
    return n;
}

VMAF_OUT__FN int vmaf_out__pool_all(const VmafOutCollector *c, const char *key, const VmafOutParams *p, int method, double *v)
{
    if (!p->pic_cnt) return VMAF_ERR_MISSING_FEATURE; /* libvmaf pools 0..UINT_MAX here, failing at 0 */
    return vmaf_out_pool(c, key, method, 0, p->pic_cnt - 1, p->subsample, v);
}

VMAF_OUT__FN int vmaf_out__finite(double x) { return isfinite(x) ? 1 : 0; }

VMAF_OUT__FN void vmaf_out__xml(VmafOutBuf *b, const VmafOutCollector *c, const VmafOutParams *p)
{
    unsigned i, j, end = vmaf_out__frames_end(c);
    char num[64];
    int m;
    vmaf_out__printf(b, "<VMAF version=\"%s\">\n", p->version);
    vmaf_out__printf(b, "  <params qualityWidth=\"%u\" qualityHeight=\"%u\" />\n", p->w, p->h);
    vmaf_out__printf(b, "  <fyi fps=\"%.2f\" />\n", p->fps);
    vmaf_out__printf(b, "  <frames>\n");
    for (i = 0; i < end; i++) {
        if (p->subsample > 1 && i % p->subsample) continue;
        if (!vmaf_out__count(c, i)) continue;
        vmaf_out__printf(b, "    <frame frameNum=\"%u\" ", i);
        for (j = 0; j < c->n; j++) {
            if (!vmaf_out__has(&c->f[j], i)) continue;
            vmaf_out_number(num, sizeof num, c->f[j].value[i], p->precision);
            vmaf_out__printf(b, "%s=\"%s\" ", vmaf_name_alias(c->f[j].key), num);
        }
        vmaf_out__printf(b, "/>\n");
    }
    vmaf_out__printf(b, "  </frames>\n");
    vmaf_out__printf(b, "  <pooled_metrics>\n");
    for (j = 0; j < c->n; j++) {
        vmaf_out__printf(b, "    <metric name=\"%s\" ", vmaf_name_alias(c->f[j].key));
        for (m = VMAF_OUT_POOL_MIN; m <= VMAF_OUT_POOL_HARMONIC_MEAN; m++) {
            double v;
            if (vmaf_out__pool_all(c, c->f[j].key, p, m, &v)) continue;
            vmaf_out_number(num, sizeof num, v, p->precision);
            vmaf_out__printf(b, "%s=\"%s\" ", vmaf_out__pool_names[m], num);
        }
        vmaf_out__printf(b, "/>\n");
    }
    vmaf_out__printf(b, "  </pooled_metrics>\n");
    vmaf_out__printf(b, "  <aggregate_metrics ");
    for (j = 0; j < c->nagg; j++) {
        vmaf_out_number(num, sizeof num, c->agg[j].value, p->precision);
        vmaf_out__printf(b, "%s=\"%s\" ", c->agg[j].name, num);
    }
    vmaf_out__printf(b, "/>\n");
    vmaf_out__printf(b, "</VMAF>\n");
}

VMAF_OUT__FN void vmaf_out__json(VmafOutBuf *b, const VmafOutCollector *c, const VmafOutParams *p)
{
    unsigned i, j, end = vmaf_out__frames_end(c);
    char num[64];
    int m;
    vmaf_out__printf(b, "{\n");
    vmaf_out__printf(b, "  \"version\": \"%s\",\n", p->version);
    if (vmaf_out__finite(p->fps)) vmaf_out__printf(b, "  \"fps\": %.2f,\n", p->fps);
    else vmaf_out__printf(b, "  \"fps\": null,\n");
    vmaf_out__printf(b, "  \"frames\": [");
    for (i = 0; i < end; i++) {
        unsigned cnt, k = 0;
        if (p->subsample > 1 && i % p->subsample) continue;
        cnt = vmaf_out__count(c, i);
        if (!cnt) continue;
        vmaf_out__printf(b, "%s", i > 0 ? ",\n" : "\n"); /* libvmaf tests the index, not "first printed" */
        vmaf_out__printf(b, "    {\n");
        vmaf_out__printf(b, "      \"frameNum\": %u,\n", i);
        vmaf_out__printf(b, "      \"metrics\": {\n");
        for (j = 0; j < c->n; j++) {
            double v;
            if (!vmaf_out__has(&c->f[j], i)) continue;
            k++;
            v = c->f[j].value[i];
            if (vmaf_out__finite(v)) {
                vmaf_out_number(num, sizeof num, v, p->precision);
                vmaf_out__printf(b, "        \"%s\": %s%s\n", vmaf_name_alias(c->f[j].key), num, k < cnt ? "," : "");
            } else { /* libvmaf writes no newline after a per-frame null */
                vmaf_out__printf(b, "        \"%s\": null%s", vmaf_name_alias(c->f[j].key), k < cnt ? "," : "");
            }
        }
        vmaf_out__printf(b, "      }\n");
        vmaf_out__printf(b, "    }");
    }
    vmaf_out__printf(b, "\n  ],\n");
    vmaf_out__printf(b, "  \"pooled_metrics\": {");
    for (j = 0; j < c->n; j++) {
        vmaf_out__printf(b, "%s", j > 0 ? ",\n" : "\n");
        vmaf_out__printf(b, "    \"%s\": {", vmaf_name_alias(c->f[j].key));
        for (m = VMAF_OUT_POOL_MIN; m <= VMAF_OUT_POOL_HARMONIC_MEAN; m++) {
            double v;
            if (vmaf_out__pool_all(c, c->f[j].key, p, m, &v)) continue;
            vmaf_out__printf(b, "%s", m > VMAF_OUT_POOL_MIN ? ",\n" : "\n");
            if (vmaf_out__finite(v)) {
                vmaf_out_number(num, sizeof num, v, p->precision);
                vmaf_out__printf(b, "      \"%s\": %s", vmaf_out__pool_names[m], num);
            } else {
                vmaf_out__printf(b, "      \"%s\": null", vmaf_out__pool_names[m]);
            }
        }
        vmaf_out__printf(b, "\n");
        vmaf_out__printf(b, "    }");
    }
    vmaf_out__printf(b, "\n  },\n");
    vmaf_out__printf(b, "  \"aggregate_metrics\": {");
    for (j = 0; j < c->nagg; j++) {
        double v = c->agg[j].value;
        if (vmaf_out__finite(v)) {
            vmaf_out_number(num, sizeof num, v, p->precision);
            vmaf_out__printf(b, "\n    \"%s\": %s", c->agg[j].name, num);
        } else {
            vmaf_out__printf(b, "\n    \"%s\": null", c->agg[j].name);
        }
        vmaf_out__printf(b, "%s", j + 1 < c->nagg ? "," : "");
    }
    vmaf_out__printf(b, "\n  }\n");
    vmaf_out__printf(b, "}\n");
}

VMAF_OUT__FN void vmaf_out__csv(VmafOutBuf *b, const VmafOutCollector *c, const VmafOutParams *p)
{
    unsigned i, j, end = vmaf_out__frames_end(c);
    char num[64];
    vmaf_out__printf(b, "Frame,");
    for (j = 0; j < c->n; j++) vmaf_out__printf(b, "%s,", vmaf_name_alias(c->f[j].key));
    vmaf_out__printf(b, "\n");
    for (i = 0; i < end; i++) {
        if (p->subsample > 1 && i % p->subsample) continue;
        if (!vmaf_out__count(c, i)) continue;
        vmaf_out__printf(b, "%u,", i);
        for (j = 0; j < c->n; j++) {
            if (!vmaf_out__has(&c->f[j], i)) continue;
            vmaf_out_number(num, sizeof num, c->f[j].value[i], p->precision);
            vmaf_out__printf(b, "%s,", num);
        }
        vmaf_out__printf(b, "\n");
    }
}

VMAF_OUT__FN void vmaf_out__sub(VmafOutBuf *b, const VmafOutCollector *c, const VmafOutParams *p)
{
    unsigned i, j, end = vmaf_out__frames_end(c);
    char num[64];
    for (i = 0; i < end; i++) {
        if (p->subsample > 1 && i % p->subsample) continue;
        if (!vmaf_out__count(c, i)) continue;
        vmaf_out__printf(b, "{%u}{%u}frame: %u|", i, i + 1, i);
        for (j = 0; j < c->n; j++) {
            if (!vmaf_out__has(&c->f[j], i)) continue;
            vmaf_out_number(num, sizeof num, c->f[j].value[i], p->precision);
            vmaf_out__printf(b, "%s: %s|", vmaf_name_alias(c->f[j].key), num);
        }
        vmaf_out__printf(b, "\n");
    }
}

/* Appends the whole output file in `format` (VMAF_OUT_XML/JSON/CSV/SUB) to `b`.
   Returns VMAF_OK, VMAF_ERR_INVALID_ARGUMENT (bad format) or VMAF_ERR_OUT_OF_MEMORY. */
VMAF_OUT__FN int vmaf_out_write(VmafOutBuf *b, const VmafOutCollector *c, int format, const VmafOutParams *p)
{
    switch (format) {
    case VMAF_OUT_XML: vmaf_out__xml(b, c, p); break;
    case VMAF_OUT_JSON: vmaf_out__json(b, c, p); break;
    case VMAF_OUT_CSV: vmaf_out__csv(b, c, p); break;
    case VMAF_OUT_SUB: vmaf_out__sub(b, c, p); break;
    default: return VMAF_ERR_INVALID_ARGUMENT;
    }
    if (!b->p) vmaf_out__put(b, "", 0);
    return b->oom ? VMAF_ERR_OUT_OF_MEMORY : VMAF_OK;
}

#endif /* VMAF_EXAMPLES_OUTPUT_H */
