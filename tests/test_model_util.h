/* tests/test_model_util.h - helpers shared by tests/test_model*.c (test code only). */
#ifndef TEST_MODEL_UTIL_H
#define TEST_MODEL_UTIL_H
#if defined(__GNUC__) || defined(__clang__)
#define TM_UNUSED __attribute__((unused))
#else
#define TM_UNUSED
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* tests/harness.h defines static helpers that a test may not use: reference them all. */
#ifdef VMAF_TEST_HARNESS_H
TM_UNUSED static void tm_use_harness(void)
{
    (void)th_check; (void)th_skip; (void)th_init; (void)th_finish; (void)th_pairs; (void)th_pair_by_name;
    (void)th_frame_bytes; (void)th_read_frame; (void)th_golden_free; (void)th_golden_load_path;
    (void)th_golden_load; (void)th_golden_get; (void)th_golden_pooled; (void)th_golden_args;
}
#endif

/* Whole file, NUL-terminated (malloc'd); NULL on error. */
TM_UNUSED static char *tm_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    long n;
    char *b;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    b = (char *)malloc((size_t)n + 1);
    if (!b || fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        fclose(f);
        return NULL;
    }
    b[n] = 0;
    fclose(f);
    if (len) *len = (size_t)n;
    return b;
}

/* Copy of `s` with the first `from` replaced by `to`; NULL if `from` is absent. */
TM_UNUSED static char *tm_replace(const char *s, const char *from, const char *to)
{
    const char *p = strstr(s, from);
    size_t a, fl = strlen(from), tl = strlen(to), n = strlen(s);
    char *r;
    if (!p) return NULL;
    a = (size_t)(p - s);
    r = (char *)malloc(n - fl + tl + 1);
    memcpy(r, s, a);
    memcpy(r + a, to, tl);
    memcpy(r + a + tl, p + fl, n - a - fl + 1);
    return r;
}

/* As tm_replace, but only looks after the first occurrence of `after`. */
TM_UNUSED static char *tm_replace_after(const char *s, const char *after, const char *from, const char *to)
{
    const char *a = strstr(s, after);
    char *tail, *r;
    size_t pre;
    if (!a) return NULL;
    pre = (size_t)(a - s);
    tail = tm_replace(a, from, to);
    if (!tail) return NULL;
    r = (char *)malloc(pre + strlen(tail) + 1);
    memcpy(r, s, pre);
    strcpy(r + pre, tail);
    free(tail);
    return r;
}

/* The value of --model in a golden's CLI arguments. */
TM_UNUSED static int tm_model_spec(const char *args, char *out, size_t n)
{
    const char *p = strstr(args, "--model ");
    size_t k = 0;
    if (!p) return 0;
    p += 8;
    while (*p && *p != ' ' && k + 1 < n) out[k++] = *p++;
    out[k] = 0;
    return k > 0;
}

/* Collector key of a model feature (SPEC 6.5) for the options the shipped models use:
   adm_enhn_gain_limit / vif_enhn_gain_limit (alias egl, double, default 100). */
TM_UNUSED static void tm_key(const char *provided, const char *options, char *out, size_t n)
{
    char suffix[256] = "";
    const char *o = options;
    while (o && *o) {
        char name[128], val[128];
        size_t k = 0, v = 0;
        while (*o && *o != '=' && k + 1 < sizeof name) name[k++] = *o++;
        name[k] = 0;
        if (*o == '=') o++;
        while (*o && *o != ':' && v + 1 < sizeof val) val[v++] = *o++;
        val[v] = 0;
        if (*o == ':') o++;
        if ((!strcmp(name, "adm_enhn_gain_limit") || !strcmp(name, "vif_enhn_gain_limit")) && atof(val) != 100.0) {
            char g[64];
            snprintf(g, sizeof g, "_egl_%g", atof(val));
            strncat(suffix, g, sizeof suffix - strlen(suffix) - 1);
        }
    }
    if (suffix[0]) snprintf(out, n, "%s%s", vmaf_name_alias(provided), suffix);
    else snprintf(out, n, "%s", provided);
}
#endif
