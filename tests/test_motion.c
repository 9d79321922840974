/* tests/test_motion.c - vmaf_motion.h against libvmaf goldens, streaming contract, errors,
   and random odd sizes against a naive in-test reference.

   1. every motion value of every golden in tests/data/golden (integer: bit-identical; float:
      within 1e-6, bit-identical count printed) and tests/data/golden-v3.0.0 (compat mode);
   2. typed API == extractor table, for several chunkings, strides, create_in, interleaved
      contexts; the documented record timing;
   3. bad arguments, bad options, state errors;
   4. random sizes 3..41, bpc 8..16, padded strides, tight buffers (ASan), against a naive
      implementation of the formulas (SPEC 5) and an offline (whole-series) motion2/motion3. */
#define VMAF_MOTION_IMPLEMENTATION
#include "vmaf_motion.h"
#include "harness.h"

#include <stdint.h>

/* the naive reference below must not contract a*b+c into FMA either (gcc's -std=c99 already
   does not; clang does by default) */
#if defined(__clang__)
#pragma clang fp contract(off)
#endif

/* ------------------------------------------------------------------------------------------
   frames of a pair (reference only: motion never reads the distorted video)
   ------------------------------------------------------------------------------------------ */
typedef struct {
    th_pair p;
    unsigned n;
    unsigned char **buf; /* Y, U, V back to back, tight */
} pair_frames;

static VmafLayout layout_of(unsigned l)
{
    return l == 444 ? VMAF_LAYOUT_444 : l == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420;
}

static VmafFrame frame_of(const pair_frames *pf, unsigned i)
{
    VmafFrame f;
    unsigned bps = pf->p.bpc > 8 ? 2 : 1, cw, ch;
    size_t luma = (size_t)pf->p.w * pf->p.h * bps;
    memset(&f, 0, sizeof f);
    f.w = pf->p.w;
    f.h = pf->p.h;
    f.bpc = pf->p.bpc;
    f.layout = layout_of(pf->p.layout);
    cw = f.layout == VMAF_LAYOUT_444 ? f.w : f.w >> 1;
    ch = f.layout == VMAF_LAYOUT_420 ? f.h >> 1 : f.h;
    f.data[0] = pf->buf[i];
    f.data[1] = pf->buf[i] + luma;
    f.data[2] = pf->buf[i] + luma + (size_t)cw * ch * bps;
    f.stride[0] = (ptrdiff_t)(f.w * bps);
    f.stride[1] = f.stride[2] = (ptrdiff_t)(cw * bps);
    return f;
}

static int load_pair(const char *name, pair_frames *pf)
{
    unsigned i;
    memset(pf, 0, sizeof *pf);
    if (!th_pair_by_name(name, &pf->p)) return 0;
    pf->buf = (unsigned char **)calloc(pf->p.frames, sizeof *pf->buf);
    for (i = 0; i < pf->p.frames; i++) {
        pf->buf[i] = (unsigned char *)th_read_frame(&pf->p, 0, i);
        if (!pf->buf[i]) return 0;
        pf->n++;
    }
    return 1;
}

static void free_pair(pair_frames *pf)
{
    unsigned i;
    for (i = 0; i < pf->n; i++) free(pf->buf[i]);
    free(pf->buf);
}

/* ------------------------------------------------------------------------------------------
   event collector for the extractor tables
   ------------------------------------------------------------------------------------------ */
typedef struct {
    unsigned idx;
    char key[160];
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
        l->cap = l->cap ? 2 * l->cap : 256;
        l->e = (ev *)realloc(l->e, sizeof(ev) * (size_t)l->cap);
    }
    l->e[l->n].idx = index;
    snprintf(l->e[l->n].key, sizeof l->e[l->n].key, "%s", key);
    l->e[l->n].v = value;
    l->n++;
}

/* value of printed name `name` at frame `idx` in the events; 1 if found */
static int ev_get(const evlist *l, unsigned idx, const char *name, double *v)
{
    int i;
    for (i = 0; i < l->n; i++)
        if (l->e[i].idx == idx && !strcmp(vmaf_name_alias(l->e[i].key), name)) {
            *v = l->e[i].v;
            return 1;
        }
    return 0;
}

/* Runs an extractor table over frames [0, n) with one state. Returns 0 or the first error. */
static int run_table(const VmafExtractor *x, const pair_frames *pf, unsigned n, const char *opts, unsigned cpumask,
                     evlist *out, void **keep_state)
{
    VmafExtractorArgs a;
    void *st = NULL;
    unsigned i;
    int err;
    memset(&a, 0, sizeof a);
    a.w = pf->p.w;
    a.h = pf->p.h;
    a.bpc = pf->p.bpc;
    a.layout = layout_of(pf->p.layout);
    a.options = opts;
    a.cpumask = cpumask;
    err = x->create(&st, &a);
    if (err) return err;
    for (i = 0; i < n && !err; i++) {
        VmafFrame f = frame_of(pf, i);
        err = x->push(st, &f, NULL, i, emit_cb, out);
    }
    if (!err) err = x->flush(st, emit_cb, out);
    if (keep_state) *keep_state = st;
    else x->destroy(st);
    return err;
}

/* ------------------------------------------------------------------------------------------
   1. goldens
   ------------------------------------------------------------------------------------------ */
typedef struct {
    int checked, identical;
} tally;
static tally t_int, t_float, t_v30;

/* option text of "--feature NAME[=opts]" in a golden's CLI args; "" when only the model
   requests the extractor. Returns 0 when neither the feature nor a suitable model is there. */
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
                while (v[k] && v[k] != ' ' && k + 1 < n) { out[k] = v[k]; k++; }
            }
            out[k] = 0;
            return 1;
        }
    }
    return 0;
}

/* Compares every event with the golden, and checks that every golden value the extractor
   can produce was emitted exactly once. */
static void compare_golden(const char *what, const th_golden *g, const evlist *l, const VmafExtractor *x, void *st,
                           int exact, tally *t)
{
    char names[8][256];
    int nn = 0, i, k, fr, expect = 0, bad = 0;
    const char *const *p;
    char tiny[4];
    for (p = x->provided; *p && nn < 8; p++) {
        char key[256];
        if (x->key(st, *p, key, sizeof key) == 0) snprintf(names[nn++], sizeof names[0], "%s", vmaf_name_alias(key));
    }
    CHECK(x->key(st, "VMAF_feature_vif_scale0_score", tiny, sizeof tiny) == VMAF_ERR_NOT_FOUND, "%s: key() of a foreign name", what);
    for (fr = 0; fr < g->nframes; fr++)
        for (k = 0; k < g->frames[fr].n; k++)
            for (i = 0; i < nn; i++)
                if (!strcmp(g->frames[fr].kv[k].name, names[i])) expect++;
    CHECK(expect > 0, "%s: golden has motion values", what);
    CHECK(l->n == expect, "%s: %d values emitted, golden has %d", what, l->n, expect);
    for (i = 0; i < l->n; i++) {
        double gv;
        const char *name = vmaf_name_alias(l->e[i].key);
        int j, dup = 0;
        for (j = 0; j < i; j++)
            if (l->e[j].idx == l->e[i].idx && !strcmp(l->e[j].key, l->e[i].key)) dup = 1;
        if (dup) { CHECK(0, "%s: %s frame %u emitted twice", what, name, l->e[i].idx); bad++; continue; }
        if (!th_golden_get(g, (int)l->e[i].idx, name, &gv) || g->frames[l->e[i].idx].frame_num != l->e[i].idx) {
            CHECK(0, "%s: %s frame %u not in golden", what, name, l->e[i].idx);
            bad++;
            continue;
        }
        t->checked++;
        if (gv == l->e[i].v) t->identical++;
        if (exact) {
            if (!CHECK_EQ_DBL(l->e[i].v, gv, "%s: %s[%u] = %.17g, golden %.17g", what, name, l->e[i].idx, l->e[i].v, gv)) bad++;
        } else {
            if (!CHECK_NEAR(l->e[i].v, gv, 1e-6, "%s: %s[%u] = %.17g, golden %.17g", what, name, l->e[i].idx, l->e[i].v, gv)) bad++;
        }
    }
    (void)bad;
}

static void test_goldens(void)
{
    th_pair all[64];
    int np = th_pairs(all, 64), pi;
    CHECK(np >= 12, "manifest has the pairs (%d)", np);
    for (pi = 0; pi < np; pi++) {
        pair_frames pf;
        FILE *f;
        char line[2048];
        if (!load_pair(all[pi].name, &pf)) {
            CHECK(0, "cannot read frames of %s", all[pi].name);
            free_pair(&pf);
            continue;
        }
        f = fopen(TH_DATA "/golden/INDEX.tsv", "r");
        while (f && fgets(line, sizeof line, f)) {
            char pair[128], gname[256], st[128], args[1536], opts[512], what[512];
            const VmafExtractor *x = NULL;
            int is_int;
            args[0] = 0;
            line[strcspn(line, "\n")] = 0;
            if (sscanf(line, "%127[^\t]\t%255[^\t]\t%127[^\t]\t%1535[^\n]", pair, gname, st, args) < 3) continue;
            if (strcmp(pair, all[pi].name) || strcmp(st, "ok")) continue;
            is_int = !strcmp(gname, "default") || !strcmp(gname, "neg") || !strcmp(gname, "4k") ||
                     !strcmp(gname, "bootstrap") || !strcmp(gname, "phone") || !strcmp(gname, "debug_int") ||
                     !strncmp(gname, "opt_motion_", 11);
            if (is_int) {
                x = vmaf_motion_extractor();
                feature_opts(args, "motion", opts, sizeof opts);
            } else if (!strcmp(gname, "float") || !strcmp(gname, "float_bootstrap") || !strcmp(gname, "debug_float") ||
                       !strncmp(gname, "opt_float_motion_", 17)) {
                x = vmaf_motion_float_extractor();
                feature_opts(args, "float_motion", opts, sizeof opts);
            }
            if (x) {
                th_golden *g = th_golden_load(pair, gname);
                evlist l = {NULL, 0, 0};
                void *state = NULL;
                int err;
                snprintf(what, sizeof what, "%.100s/%.200s [%.180s]", pair, gname, opts);
                CHECK(g != NULL, "%s: golden loads", what);
                err = run_table(x, &pf, pf.n, opts, 0, &l, &state);
                CHECK(err == 0, "%s: run (%s)", what, vmaf_result_string(err));
                if (g && !err) compare_golden(what, g, &l, x, state, is_int, is_int ? &t_int : &t_float);
                if (state) x->destroy(state);
                free(l.e);
                th_golden_free(g);
            }
        }
        if (f) fclose(f);

        /* libvmaf 3.0.0 compatibility goldens */
        {
            static const char *const v30[] = {"default", "motion_debug"};
            int k;
            for (k = 0; k < 2; k++) {
                char path[512], what[512];
                th_golden *g;
                evlist l = {NULL, 0, 0};
                void *state = NULL;
                int err;
                snprintf(path, sizeof path, TH_DATA "/golden-v3.0.0/%.60s/%s.full.json", all[pi].name, v30[k]);
                g = th_golden_load_path(path);
                snprintf(what, sizeof what, "v3.0.0 %.60s/%s", all[pi].name, v30[k]);
                if (!CHECK(g != NULL, "%s: golden loads", what)) continue;
                err = run_table(vmaf_motion_v30_extractor(), &pf, pf.n, k ? "debug=true" : NULL, 0, &l, &state);
                CHECK(err == 0, "%s: run", what);
                if (!err) compare_golden(what, g, &l, vmaf_motion_v30_extractor(), state, 1, &t_v30);
                if (state) vmaf_motion_v30_extractor()->destroy(state);
                free(l.e);
                th_golden_free(g);
            }
        }
        free_pair(&pf);
    }
    printf("integer motion (3.2.0): %d/%d values bit-identical\n", t_int.identical, t_int.checked);
    printf("float motion:           %d/%d values bit-identical (all within 1e-6)\n", t_float.identical, t_float.checked);
    printf("integer motion (3.0.0): %d/%d values bit-identical\n", t_v30.identical, t_v30.checked);
    CHECK(t_int.checked >= 3000 && t_int.identical == t_int.checked, "integer goldens all bit-identical");
    CHECK(t_v30.checked >= 300 && t_v30.identical == t_v30.checked, "v3.0.0 goldens all bit-identical");
    CHECK(t_float.checked >= 1500, "float goldens checked");
}

/* ------------------------------------------------------------------------------------------
   2. streaming: typed API == tables, chunkings, strides, create_in, interleaving, timing
   ------------------------------------------------------------------------------------------ */
typedef struct {
    VmafMotionKind kind;
    const char *opts;        /* libvmaf option text for the table (debug=true added) */
    VmafMotionOptions o;     /* the same for the typed API */
} variant;

/* expected number of records returned after push of frame i (0-based), total */
static unsigned expected_after_push(const variant *v, unsigned i)
{
    if (v->kind == VMAF_MOTION_FLOAT && v->o.force_zero) return i + 1;
    if (v->kind == VMAF_MOTION_INTEGER_V30) return v->o.force_zero ? i + 1 : (i ? i : 1);
    if (v->kind == VMAF_MOTION_INTEGER && v->o.five_frame_window) return i >= 2 ? i : 0;
    return i;
}

/* copies frame i into a buffer with stride = row + pad (pad varies), exact allocation */
static unsigned char *restride(const pair_frames *pf, unsigned i, unsigned pad, VmafFrame *out)
{
    VmafFrame f = frame_of(pf, i);
    unsigned bps = pf->p.bpc > 8 ? 2 : 1, p;
    size_t off[3], total = 0;
    unsigned char *b;
    for (p = 0; p < 3; p++) {
        VmafPlane pl = vmaf_frame_plane(&f, (int)p);
        size_t stride = (size_t)pl.w * bps + pad * bps;
        off[p] = total;
        total += stride * pl.h;
        out->stride[p] = (ptrdiff_t)stride;
    }
    b = (unsigned char *)malloc(total);
    for (p = 0; p < 3; p++) {
        VmafPlane pl = vmaf_frame_plane(&f, (int)p);
        unsigned y;
        for (y = 0; y < pl.h; y++)
            memcpy(b + off[p] + (size_t)y * (size_t)out->stride[p], (const unsigned char *)pl.data + (size_t)y * (size_t)pl.stride,
                   (size_t)pl.w * bps);
        out->data[p] = b + off[p];
    }
    out->w = f.w;
    out->h = f.h;
    out->bpc = f.bpc;
    out->layout = f.layout;
    return b;
}

static void check_record_vs_table(const char *what, const variant *v, const VmafMotionScores *r, const evlist *tab,
                                  const char *names[3])
{
    double tv;
    CHECK(ev_get(tab, r->index, names[0], &tv) && tv == r->motion, "%s: frame %u motion typed %.17g", what, r->index, r->motion);
    CHECK(ev_get(tab, r->index, names[1], &tv) && tv == r->motion2, "%s: frame %u motion2 typed %.17g", what, r->index, r->motion2);
    if (v->kind != VMAF_MOTION_INTEGER_V30)
        CHECK(ev_get(tab, r->index, names[2], &tv) && tv == r->motion3, "%s: frame %u motion3 typed %.17g", what, r->index, r->motion3);
    else
        CHECK(r->motion3 == 0.0, "%s: V30 motion3 is 0", what);
}

static void test_streaming(void)
{
    pair_frames pf;
    static const unsigned chunk_a[] = {1}, chunk_b[] = {2, 3}, chunk_c[] = {5, 1, 7};
    static const unsigned *const chunks[] = {chunk_a, chunk_b, chunk_c};
    static const unsigned nchunk[] = {1, 2, 3};
    variant vars[8];
    int nv = 0, vi;
    if (!CHECK(load_pair("q160x90_8bit", &pf), "q160x90 loads")) return;

    vars[nv].kind = VMAF_MOTION_INTEGER; vars[nv].opts = "debug=true";
    vmaf_motion_options_default(&vars[nv].o, vars[nv].kind); nv++;
    vars[nv].kind = VMAF_MOTION_INTEGER; vars[nv].opts = "debug=true:motion_five_frame_window=true:motion_moving_average=true:motion_blend_factor=0.5:motion_blend_offset=0.5";
    vmaf_motion_options_default(&vars[nv].o, vars[nv].kind);
    vars[nv].o.five_frame_window = vars[nv].o.moving_average = 1; vars[nv].o.blend_factor = 0.5; vars[nv].o.blend_offset = 0.5; nv++;
    vars[nv].kind = VMAF_MOTION_INTEGER; vars[nv].opts = "debug=true:motion_force_zero=true";
    vmaf_motion_options_default(&vars[nv].o, vars[nv].kind); vars[nv].o.force_zero = 1; nv++;
    vars[nv].kind = VMAF_MOTION_FLOAT; vars[nv].opts = "debug=true";
    vmaf_motion_options_default(&vars[nv].o, vars[nv].kind); nv++;
    vars[nv].kind = VMAF_MOTION_FLOAT; vars[nv].opts = "motion_add_uv=true:motion_fps_weight=2:motion_max_val=3";
    vmaf_motion_options_default(&vars[nv].o, vars[nv].kind); vars[nv].o.add_uv = 1; vars[nv].o.fps_weight = 2; vars[nv].o.max_val = 3; nv++;
    vars[nv].kind = VMAF_MOTION_FLOAT; vars[nv].opts = "motion_add_scale1=true:motion_filter_size=3";
    vmaf_motion_options_default(&vars[nv].o, vars[nv].kind); vars[nv].o.add_scale1 = 1; vars[nv].o.filter_size = 3; nv++;
    vars[nv].kind = VMAF_MOTION_FLOAT; vars[nv].opts = "motion_force_zero=true";
    vmaf_motion_options_default(&vars[nv].o, vars[nv].kind); vars[nv].o.force_zero = 1; nv++;
    vars[nv].kind = VMAF_MOTION_INTEGER_V30; vars[nv].opts = "";
    vmaf_motion_options_default(&vars[nv].o, vars[nv].kind); nv++;

    for (vi = 0; vi < nv; vi++) {
        const variant *v = &vars[vi];
        const VmafExtractor *x = v->kind == VMAF_MOTION_FLOAT ? vmaf_motion_float_extractor()
                               : v->kind == VMAF_MOTION_INTEGER ? vmaf_motion_extractor() : vmaf_motion_v30_extractor();
        evlist tab = {NULL, 0, 0};
        void *st = NULL;
        const char *names[3];
        char keys[3][256], what[256];
        int ci, err;
        unsigned n = pf.n;
        snprintf(what, sizeof what, "stream kind %d [%s]", (int)v->kind, v->opts);
        err = run_table(x, &pf, n, v->opts, 0, &tab, &st);
        if (!CHECK(err == 0, "%s: table run", what)) continue;
        {
            const char *pm = v->kind == VMAF_MOTION_INTEGER ? "VMAF_integer_feature_motion_sad_score"
                           : v->kind == VMAF_MOTION_FLOAT ? "VMAF_feature_motion_score" : "VMAF_integer_feature_motion_score";
            const char *p2 = v->kind == VMAF_MOTION_FLOAT ? "VMAF_feature_motion2_score" : "VMAF_integer_feature_motion2_score";
            const char *p3 = v->kind == VMAF_MOTION_FLOAT ? "VMAF_feature_motion3_score" : "VMAF_integer_feature_motion3_score";
            x->key(st, pm, keys[0], 256);
            x->key(st, p2, keys[1], 256);
            if (x->key(st, p3, keys[2], 256)) keys[2][0] = 0;
            names[0] = vmaf_name_alias(keys[0]);
            names[1] = vmaf_name_alias(keys[1]);
            names[2] = vmaf_name_alias(keys[2]);
        }
        /* the table's own pushes after flush fail; a second flush emits nothing */
        {
            VmafFrame f = frame_of(&pf, 0);
            int before = tab.n;
            CHECK(x->push(st, &f, NULL, n, emit_cb, &tab) == VMAF_ERR_STATE, "%s: table push after flush", what);
            CHECK(x->flush(st, emit_cb, &tab) == 0 && tab.n == before, "%s: second table flush is harmless", what);
        }
        x->destroy(st);

        for (ci = 0; ci < 3; ci++) {
            VmafMotionConfig cfg;
            VmafMotionContext *a = NULL, *b = NULL;
            VmafMotionScores out[VMAF_MOTION_MAX_OUT];
            unsigned got_a = 0, got_b = 0, i = 0, k, no;
            void *mem = NULL;
            size_t need;
            memset(&cfg, 0, sizeof cfg);
            cfg.w = pf.p.w;
            cfg.h = pf.p.h;
            cfg.bpc = pf.p.bpc;
            cfg.layout = layout_of(pf.p.layout);
            cfg.kind = v->kind;
            cfg.options = &v->o;
            need = vmaf_motion_memory_size(&cfg);
            CHECK(need > 0, "%s: memory_size", what);
            mem = malloc(need + 1);
            /* context a: heap-free, at an odd address; context b: heap, cpumask = scalar */
            err = vmaf_motion_create_in(&a, (unsigned char *)mem + 1, need, &cfg);
            CHECK(err == 0 && a, "%s: create_in at an odd address (%s)", what, vmaf_result_string(err));
            cfg.cpumask = ~0u;
            err = vmaf_motion_create(&b, &cfg);
            CHECK(err == 0 && b, "%s: create", what);
            if (!a || !b) { vmaf_motion_destroy(a); vmaf_motion_destroy(b); free(mem); continue; }
            k = 0;
            while (i < n) {
                unsigned c = chunks[ci][k++ % nchunk[ci]], j;
                VmafFrame fr[8];
                unsigned char *bufs[8];
                for (j = 0; j < c && i + j < n; j++) bufs[j] = restride(&pf, i + j, (i + j) % 5 * 3, &fr[j]);
                for (j = 0; j < c && i < n; j++, i++) {
                    unsigned r;
                    /* a gets the padded copy, b the original tight frame: same values */
                    VmafFrame tight = frame_of(&pf, i);
                    err = vmaf_motion_push(a, &fr[j], out, &no);
                    CHECK(err == 0, "%s: push %u", what, i);
                    for (r = 0; r < no; r++) {
                        CHECK(out[r].index == got_a, "%s: record order (%u, expected %u)", what, out[r].index, got_a);
                        check_record_vs_table(what, v, &out[r], &tab, names);
                        got_a++;
                    }
                    CHECK(got_a == expected_after_push(v, i), "%s chunking %d: after push %u, %u records (expected %u)", what, ci, i,
                          got_a, expected_after_push(v, i));
                    err = vmaf_motion_push(b, &tight, out, &no);
                    for (r = 0; r < no; r++) {
                        check_record_vs_table(what, v, &out[r], &tab, names);
                        got_b++;
                    }
                    free(bufs[j]);
                }
            }
            err = vmaf_motion_flush(a, out, &no);
            CHECK(err == 0, "%s: flush", what);
            for (k = 0; k < no; k++) {
                CHECK(out[k].index == got_a, "%s: flush record order", what);
                check_record_vs_table(what, v, &out[k], &tab, names);
                got_a++;
            }
            CHECK(got_a == n, "%s: %u records for %u frames", what, got_a, n);
            CHECK(vmaf_motion_flush(a, out, &no) == 0 && no == 0, "%s: second flush returns nothing", what);
            {
                VmafFrame f0 = frame_of(&pf, 0);
                CHECK(vmaf_motion_push(a, &f0, out, &no) == VMAF_ERR_STATE && no == 0, "%s: push after flush", what);
            }
            vmaf_motion_flush(b, out, &no);
            got_b += no;
            CHECK(got_b == n, "%s: context b %u records", what, got_b);
            /* reset: a second stream (the first 9 frames) gives the same values again */
            CHECK(vmaf_motion_reset(a) == 0, "%s: reset", what);
            if (ci == 0) {
                unsigned m = 9, cnt = 0;
                double last = -1;
                for (i = 0; i < m; i++) {
                    VmafFrame f = frame_of(&pf, i);
                    vmaf_motion_push(a, &f, out, &no);
                    for (k = 0; k < no; k++, cnt++)
                        if (out[k].index < m - 1) check_record_vs_table(what, v, &out[k], &tab, names);
                }
                vmaf_motion_flush(a, out, &no);
                for (k = 0; k < no; k++, cnt++) last = out[k].motion2;
                CHECK(cnt == m, "%s: reset stream has %u records", what, cnt);
                if (v->kind == VMAF_MOTION_INTEGER && !v->o.five_frame_window && !v->o.force_zero) {
                    double s8;
                    CHECK(ev_get(&tab, 8, names[0], &s8) && last == s8, "%s: last frame motion2 = its own motion", what);
                }
            }
            vmaf_motion_destroy(a);
            vmaf_motion_destroy(b);
            free(mem);
        }
        free(tab.e);
    }
    free_pair(&pf);
}

/* ------------------------------------------------------------------------------------------
   3. errors
   ------------------------------------------------------------------------------------------ */
static int fail_alloc_calls;
static void *fail_alloc(size_t n, void *user)
{
    (void)n;
    (void)user;
    fail_alloc_calls++;
    return NULL;
}
static void dummy_free(void *p, void *user)
{
    (void)p;
    (void)user;
}
static int log_calls;
static void log_cb(void *user, int level, const char *msg)
{
    (void)user;
    (void)level;
    if (msg && *msg) log_calls++;
}

static int table_create(const VmafExtractor *x, unsigned w, unsigned h, unsigned bpc, VmafLayout l, const char *opts, void **st)
{
    VmafExtractorArgs a;
    memset(&a, 0, sizeof a);
    a.w = w;
    a.h = h;
    a.bpc = bpc;
    a.layout = l;
    a.options = opts;
    *st = NULL;
    return x->create(st, &a);
}

static void test_errors(void)
{
    VmafMotionConfig cfg;
    VmafMotionOptions o;
    VmafMotionContext *c = NULL;
    VmafMotionScores out[VMAF_MOTION_MAX_OUT];
    unsigned no = 7;
    void *st;
    unsigned char pix[64 * 64 * 2];
    VmafFrame f;
    const VmafExtractor *xi = vmaf_motion_extractor(), *xf = vmaf_motion_float_extractor();
    char key[256];

    memset(pix, 0, sizeof pix);
    memset(&cfg, 0, sizeof cfg);
    CHECK(vmaf_motion_create(NULL, &cfg) == VMAF_ERR_INVALID_ARGUMENT, "create(NULL out)");
    CHECK(vmaf_motion_create(&c, NULL) == VMAF_ERR_INVALID_ARGUMENT && !c, "create(NULL cfg)");
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_BAD_BPC, "zeroed config: bpc 0");
    cfg.bpc = 8;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_TOO_SMALL, "zeroed config: 0x0");
    cfg.w = 2; cfg.h = 10;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_TOO_SMALL, "w = 2");
    cfg.w = 10; cfg.h = 2;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_TOO_SMALL, "h = 2");
    cfg.w = 32769; cfg.h = 10;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_TOO_LARGE, "w = 32769");
    cfg.w = 16; cfg.h = 16; cfg.bpc = 7;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_BAD_BPC, "bpc 7");
    cfg.bpc = 17;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_BAD_BPC, "bpc 17");
    cfg.bpc = 8;
    cfg.kind = (VmafMotionKind)3;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_INVALID_ARGUMENT, "unknown kind");
    CHECK(vmaf_motion_memory_size(&cfg) == 0 && vmaf_motion_memory_size(NULL) == 0, "memory_size of bad config is 0");
    cfg.kind = VMAF_MOTION_INTEGER;
    cfg.layout = (VmafLayout)9;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_INVALID_ARGUMENT, "unknown layout");
    cfg.layout = VMAF_LAYOUT_420;
    CHECK(vmaf_motion_options_default(NULL, VMAF_MOTION_FLOAT) == VMAF_ERR_INVALID_ARGUMENT, "options_default(NULL)");
    CHECK(vmaf_motion_options_default(&o, (VmafMotionKind)5) == VMAF_ERR_INVALID_ARGUMENT, "options_default(bad kind)");
    CHECK(vmaf_motion_options_default(&o, VMAF_MOTION_FLOAT) == 0 && o.debug == 1 && o.filter_size == 5 && o.blend_offset == 40.0 &&
              o.max_val == 10000.0 && o.fps_weight == 1.0 && o.blend_factor == 1.0 && !o.force_zero,
          "float defaults");
    CHECK(vmaf_motion_options_default(&o, VMAF_MOTION_INTEGER) == 0 && o.debug == 0, "integer debug default false");
    cfg.options = &o;
    o.fps_weight = 5.5;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_BAD_OPTION, "fps_weight 5.5");
    o.fps_weight = 1.0;
    o.blend_factor = -0.1;
    cfg.log = log_cb;
    log_calls = 0;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_BAD_OPTION && log_calls == 1, "blend_factor -0.1 (logged)");
    cfg.log = NULL;
    vmaf_motion_options_default(&o, VMAF_MOTION_FLOAT);
    o.filter_size = 10;
    cfg.kind = VMAF_MOTION_FLOAT;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_BAD_OPTION, "filter_size 10");
    o.filter_size = 5;
    o.add_uv = 1;
    cfg.layout = VMAF_LAYOUT_400;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_BAD_OPTION, "add_uv with 400");
    cfg.layout = VMAF_LAYOUT_420;
    cfg.w = 5;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_TOO_SMALL, "add_uv with 2-wide chroma");
    cfg.w = 64;
    o.add_scale1 = 1;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_UNSUPPORTED, "add_uv + add_scale1 at 420");
    cfg.layout = VMAF_LAYOUT_444;
    CHECK(vmaf_motion_create(&c, &cfg) == 0, "add_uv + add_scale1 at 444");
    vmaf_motion_destroy(c);
    c = NULL;
    o.add_uv = 0;
    cfg.w = 15362;
    cfg.h = 3;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_TOO_LARGE, "add_scale1 half width 7681");
    cfg.w = 15360;
    CHECK(vmaf_motion_memory_size(&cfg) > 0, "add_scale1 half width 7680");
    cfg.w = 16;
    cfg.h = 16;
    /* allocator failure */
    cfg.allocator.alloc = fail_alloc;
    cfg.allocator.free = dummy_free;
    CHECK(vmaf_motion_create(&c, &cfg) == VMAF_ERR_OUT_OF_MEMORY && fail_alloc_calls == 1 && !c, "allocation failure");
    memset(&cfg.allocator, 0, sizeof cfg.allocator);
    /* create_in */
    cfg.options = NULL;
    cfg.kind = VMAF_MOTION_INTEGER;
    {
        size_t need = vmaf_motion_memory_size(&cfg);
        void *mem = malloc(need);
        CHECK(vmaf_motion_create_in(&c, NULL, need, &cfg) == VMAF_ERR_INVALID_ARGUMENT, "create_in(NULL mem)");
        CHECK(vmaf_motion_create_in(&c, mem, 100, &cfg) == VMAF_ERR_INVALID_ARGUMENT, "create_in too small");
        CHECK(vmaf_motion_create_in(&c, mem, need, &cfg) == 0, "create_in exact size");
        vmaf_motion_destroy(c);
        free(mem);
    }
    /* push errors */
    CHECK(vmaf_motion_create(&c, &cfg) == 0, "create 16x16");
    memset(&f, 0, sizeof f);
    f.w = 16; f.h = 16; f.bpc = 8; f.layout = VMAF_LAYOUT_420;
    f.data[0] = pix; f.stride[0] = 16;
    CHECK(vmaf_motion_push(NULL, &f, out, &no) == VMAF_ERR_INVALID_ARGUMENT && no == 0, "push(NULL ctx)");
    CHECK(vmaf_motion_push(c, NULL, out, &no) == VMAF_ERR_INVALID_ARGUMENT, "push(NULL frame)");
    CHECK(vmaf_motion_push(c, &f, NULL, &no) == VMAF_ERR_INVALID_ARGUMENT, "push(NULL out)");
    CHECK(vmaf_motion_push(c, &f, out, NULL) == VMAF_ERR_INVALID_ARGUMENT, "push(NULL n_out)");
    f.data[0] = NULL;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_INVALID_ARGUMENT, "push(NULL data)");
    f.data[0] = pix;
    f.stride[0] = 15;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_BAD_STRIDE, "stride 15 < 16");
    f.stride[0] = -16;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_BAD_STRIDE, "negative stride");
    f.stride[0] = 16;
    f.w = 17;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_MISMATCH, "width mismatch");
    f.w = 16;
    f.bpc = 10;
    f.stride[0] = 32;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_MISMATCH, "bpc mismatch");
    f.bpc = 99;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_BAD_BPC, "bpc 99");
    f.bpc = 8;
    f.stride[0] = 16;
    CHECK(vmaf_motion_push(c, &f, out, &no) == 0 && no == 0, "valid push after errors is frame 0");
    CHECK(vmaf_motion_push(c, &f, out, &no) == 0 && no == 1 && out[0].index == 0 && out[0].motion2 == 0.0, "push 1 returns frame 0");
    CHECK(vmaf_motion_flush(NULL, out, &no) == VMAF_ERR_INVALID_ARGUMENT, "flush(NULL)");
    CHECK(vmaf_motion_flush(c, out, &no) == 0 && no == 1 && out[0].index == 1, "flush returns frame 1");
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_STATE, "push after flush");
    CHECK(vmaf_motion_flush(c, out, &no) == 0 && no == 0, "flush twice");
    CHECK(vmaf_motion_reset(NULL) == VMAF_ERR_INVALID_ARGUMENT, "reset(NULL)");
    vmaf_motion_destroy(c);
    vmaf_motion_destroy(NULL);
    /* 16-bit: odd stride / odd address */
    cfg.bpc = 10;
    CHECK(vmaf_motion_create(&c, &cfg) == 0, "create 10-bit");
    f.bpc = 10;
    f.stride[0] = 33;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_BAD_STRIDE, "odd stride for 16-bit samples");
    f.stride[0] = 34;
    f.data[0] = pix + 1;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_BAD_STRIDE, "odd address for 16-bit samples");
    vmaf_motion_destroy(c);
    /* float add_uv: chroma plane checks */
    vmaf_motion_options_default(&o, VMAF_MOTION_FLOAT);
    o.add_uv = 1;
    cfg.bpc = 8;
    cfg.layout = VMAF_LAYOUT_420;
    cfg.kind = VMAF_MOTION_FLOAT;
    cfg.options = &o;
    CHECK(vmaf_motion_create(&c, &cfg) == 0, "create float add_uv");
    f.bpc = 8;
    f.data[0] = pix;
    f.stride[0] = 16;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_INVALID_ARGUMENT, "add_uv: NULL chroma");
    f.data[1] = f.data[2] = pix;
    f.stride[1] = f.stride[2] = 8;
    f.layout = VMAF_LAYOUT_444;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_MISMATCH, "add_uv: layout mismatch");
    f.layout = VMAF_LAYOUT_420;
    f.stride[2] = 7;
    CHECK(vmaf_motion_push(c, &f, out, &no) == VMAF_ERR_BAD_STRIDE, "add_uv: chroma stride");
    f.stride[2] = 8;
    CHECK(vmaf_motion_push(c, &f, out, &no) == 0, "add_uv: valid");
    vmaf_motion_destroy(c);

    /* extractor tables: options and order */
    CHECK(xi->abi == VMAF_EXTRACTOR_ABI && xi->size == sizeof(VmafExtractor) && !strcmp(xi->name, "motion") &&
              (xi->flags & VMAF_EXTRACTOR_TEMPORAL) && !strcmp(xf->name, "float_motion") && (xf->flags & VMAF_EXTRACTOR_TEMPORAL) &&
              !strcmp(vmaf_motion_v30_extractor()->name, "motion"),
          "table headers");
    CHECK(xi->create(NULL, NULL) == VMAF_ERR_INVALID_ARGUMENT, "table create(NULL)");
    CHECK(table_create(xi, 16, 16, 8, VMAF_LAYOUT_420, "motion_fps_weight=6", &st) == VMAF_ERR_BAD_OPTION && !st, "fps weight 6");
    CHECK(table_create(xi, 16, 16, 8, VMAF_LAYOUT_420, "motion_filter_size=3", &st) == VMAF_ERR_BAD_OPTION, "float option on integer");
    CHECK(table_create(xi, 16, 16, 8, VMAF_LAYOUT_420, "motion_force_zero=yes", &st) == VMAF_ERR_BAD_OPTION, "bool 'yes'");
    CHECK(table_create(xi, 16, 16, 8, VMAF_LAYOUT_420, "motion_force_zero", &st) == VMAF_ERR_PARSE, "option without value");
    CHECK(table_create(xf, 16, 16, 8, VMAF_LAYOUT_420, "motion_five_frame_window=true", &st) == VMAF_ERR_BAD_OPTION,
          "integer option on float");
    CHECK(table_create(vmaf_motion_v30_extractor(), 16, 16, 8, VMAF_LAYOUT_420, "motion_fps_weight=2", &st) == VMAF_ERR_BAD_OPTION,
          "3.2 option on 3.0");
    CHECK(table_create(xi, 2, 16, 8, VMAF_LAYOUT_420, NULL, &st) == VMAF_ERR_TOO_SMALL, "table 2x16");
    CHECK(table_create(xi, 16, 16, 8, VMAF_LAYOUT_420, "motion_fps_weight=1.23456789:motion_five_frame_window=true", &st) == 0,
          "table create with options");
    CHECK(xi->key(st, "VMAF_integer_feature_motion2_score", key, sizeof key) == 0 && !strcmp(key, "integer_motion2_mffw_mfw_1.23457"),
          "key with normalised option value: %s", key);
    CHECK(xi->key(st, "VMAF_integer_feature_motion_sad_score", key, sizeof key) == 0 &&
              !strcmp(key, "VMAF_integer_feature_motion_sad_score_mffw_mfw_1.23457"),
          "sad key: %s", key);
    CHECK(xi->key(st, "VMAF_integer_feature_motion2_score", key, 8) == 0 && strlen(key) == 7, "key truncated to size");
    CHECK(xi->key(st, "integer_motion2", key, sizeof key) == VMAF_ERR_NOT_FOUND, "key of an alias is not found");
    {
        evlist l = {NULL, 0, 0};
        VmafFrame g;
        memset(&g, 0, sizeof g);
        g.w = 16; g.h = 16; g.bpc = 8; g.data[0] = pix; g.stride[0] = 16;
        CHECK(xi->push(st, &g, NULL, 1, emit_cb, &l) == VMAF_ERR_STATE, "table push: index 1 before 0");
        CHECK(xi->push(st, &g, NULL, 0, NULL, &l) == VMAF_ERR_INVALID_ARGUMENT, "table push: NULL emit");
        CHECK(xi->push(st, &g, NULL, 0, emit_cb, &l) == 0 && l.n == 1, "table push 0: one value (sad)");
        CHECK(xi->push(st, &g, NULL, 0, emit_cb, &l) == VMAF_ERR_STATE, "table push: index 0 twice");
        g.w = 15;
        CHECK(xi->push(st, &g, NULL, 1, emit_cb, &l) == VMAF_ERR_MISMATCH, "table push: size mismatch");
        free(l.e);
    }
    xi->destroy(st);
    CHECK(table_create(xi, 16, 16, 8, VMAF_LAYOUT_420, "motion_force_zero=false:debug=false", &st) == 0, "defaults spelled out");
    CHECK(xi->key(st, "VMAF_integer_feature_motion2_score", key, sizeof key) == 0 && !strcmp(key, "VMAF_integer_feature_motion2_score"),
          "default options keep the plain key");
    xi->destroy(st);
}

/* ------------------------------------------------------------------------------------------
   4. random sizes vs a naive reference
   ------------------------------------------------------------------------------------------ */
static uint32_t rng_state = 12345u;
static uint32_t rnd(void)
{
    rng_state = rng_state * 1664525u + 1013904223u;
    return rng_state >> 8;
}

static int n_r101(int i, int n) { return i < 0 ? -i : i >= n ? 2 * n - i - 2 : i; }
static int n_symr(int i, int n) { return i < 0 ? -i : i >= n ? 2 * n - i - 1 : i; }
static const int NG[5] = {3571, 16004, 26386, 16004, 3571};

/* sample (x, y) of a plane as an int */
static int px(const VmafPlane *p, int x, int y)
{
    const unsigned char *row = (const unsigned char *)p->data + (ptrdiff_t)y * p->stride;
    if (p->bpc == 8) return row[x];
    {
        uint16_t v;
        memcpy(&v, row + 2 * x, 2);
        return v;
    }
}

/* libvmaf 3.2 sad score of prev -> cur (SPEC 5.1) */
static double naive_int_sad(const VmafPlane *P, const VmafPlane *C, double fps, double mx)
{
    int w = (int)P->w, h = (int)P->h, y, x, k, sh = P->bpc == 8 ? 8 : (int)P->bpc;
    int64_t *t = (int64_t *)malloc(sizeof(int64_t) * (size_t)w);
    uint64_t sad = 0;
    double v;
    for (y = 0; y < h; y++) {
        uint32_t rs = 0;
        for (x = 0; x < w; x++) {
            int64_t a = 0;
            for (k = 0; k < 5; k++) a += (int64_t)NG[k] * (px(P, x, n_r101(y - 2 + k, h)) - px(C, x, n_r101(y - 2 + k, h)));
            t[x] = (a + ((int64_t)1 << (sh - 1))) >> sh;
        }
        for (x = 0; x < w; x++) {
            int64_t a = 0, r;
            for (k = 0; k < 5; k++) a += (int64_t)NG[k] * t[n_r101(x - 2 + k, w)];
            r = (a + 32768) >> 16;
            rs += (uint32_t)(r < 0 ? -r : r);
        }
        sad += rs;
    }
    free(t);
    v = (double)sad / 256. / (double)(w * h) * fps;
    return v < mx ? v : mx;
}

/* libvmaf 3.0 blur (SPEC 5.2) into out (uint16, w*h) */
static void naive_v30_blur(const VmafPlane *P, uint16_t *out)
{
    int w = (int)P->w, h = (int)P->h, y, x, k, sh = P->bpc == 8 ? 8 : (int)P->bpc;
    uint16_t *t = (uint16_t *)malloc(sizeof(uint16_t) * (size_t)w * (size_t)h);
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++) {
            uint32_t a = 0;
            for (k = 0; k < 5; k++) a += (uint32_t)NG[k] * (uint32_t)px(P, x, n_symr(y - 2 + k, h));
            t[y * w + x] = (uint16_t)((a + (1u << (sh - 1))) >> sh);
        }
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++) {
            uint32_t a = 0;
            for (k = 0; k < 5; k++) a += (uint32_t)NG[k] * t[y * w + n_symr(x - 2 + k, w)];
            out[y * w + x] = (uint16_t)((a + 32768) >> 16);
        }
    free(t);
}

/* float blur (SPEC 5.3) into out (w*h floats) */
static void naive_float_blur(const VmafPlane *P, int fs, float *out)
{
    static const float f5[5] = {0.054488685, 0.244201342, 0.402619947, 0.244201342, 0.054488685};
    static const float f3[3] = {0.166378498, 0.667243004, 0.166378498};
    static const float f1[5] = {0.0, 0.0, 1.0, 0.0, 0.0};
    const float *f = fs == 3 ? f3 : fs == 1 ? f1 : f5;
    int fw = fs == 3 ? 3 : 5, r = fw / 2, w = (int)P->w, h = (int)P->h, y, x, k;
    float div = (float)(1 << (P->bpc - 8));
    float *src = (float *)malloc(sizeof(float) * (size_t)w * (size_t)h), *t = (float *)malloc(sizeof(float) * (size_t)w * (size_t)h);
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++) src[y * w + x] = (float)px(P, x, y) / div - 128;
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++) {
            float a = 0;
            for (k = 0; k < fw; k++) a += f[k] * src[n_r101(y - r + k, h) * w + x];
            t[y * w + x] = a;
        }
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++) {
            float a = 0;
            for (k = 0; k < fw; k++) a += f[k] * t[y * w + n_r101(x - r + k, w)];
            out[y * w + x] = a;
        }
    free(src);
    free(t);
}

static float naive_fsad(const float *a, const float *b, int w, int h)
{
    float acc = 0;
    int y, x;
    for (y = 0; y < h; y++) {
        float line = 0;
        for (x = 0; x < w; x++) line = (float)(line + fabs((double)(a[y * w + x] - b[y * w + x])));
        acc += line;
    }
    return acc / (float)(w * h);
}

static void naive_half(const float *s, int w, int h, float *d, int dw, int dh)
{
    float rx = (float)w / (float)dw, ry = (float)h / (float)dh;
    int y, x;
    for (y = 0; y < dh; y++)
        for (x = 0; x < dw; x++) {
            float xx = (float)((x + 0.5) * rx - 0.5), yy = (float)((y + 0.5) * ry - 0.5);
            int x1 = (int)floor(xx), x2 = (int)ceil(xx), y1 = (int)floor(yy), y2 = (int)ceil(yy);
            float dx, dy;
            if (x1 < 0) x1 = -x1;
            if (x2 > w - 1) x2 = 2 * (w - 1) - x2;
            if (y1 < 0) y1 = -y1;
            if (y2 > h - 1) y2 = 2 * (h - 1) - y2;
            dx = xx - (float)x1;
            dy = yy - (float)y1;
            d[y * dw + x] = (1 - dy) * (1 - dx) * s[y1 * w + x1] + (1 - dy) * dx * s[y1 * w + x2] + dy * (1 - dx) * s[y2 * w + x1] +
                            dy * dx * s[y2 * w + x2];
        }
}

static double blend(double v, double f, double o) { return v * f + (1 - f) * (o < v ? o : v); }

/* offline motion2/motion3 from a whole integer sad series (libvmaf integer_motion.c flush) */
static void offline_int(const double *sad, unsigned n, const VmafMotionOptions *o, double *m2, double *m3)
{
    unsigned st = o->five_frame_window ? 2 : 1, mi = st, i;
    double stamp = 0, prev = 0;
    if (n > mi) {
        stamp = blend(sad[mi], o->blend_factor, o->blend_offset);
        if (stamp > o->max_val) stamp = o->max_val;
    }
    for (i = 0; i < n; i++) {
        if (i < mi) {
            m2[i] = 0;
            m3[i] = stamp;
            prev = stamp;
        } else {
            double p;
            if (i + 1 >= n) m2[i] = sad[i];
            else if ((int)i - (int)(st - 1) >= (int)mi) m2[i] = sad[i - (st - 1)] < sad[i + 1] ? sad[i - (st - 1)] : sad[i + 1];
            else m2[i] = sad[i + 1];
            p = blend(m2[i], o->blend_factor, o->blend_offset);
            if (p > o->max_val) p = o->max_val;
            m3[i] = o->moving_average ? (p + prev) / 2.0 : p;
            prev = p;
        }
    }
}

/* one random stream through the typed API, compared with the naive reference */
static void random_case(VmafMotionKind kind, const VmafMotionOptions *o, unsigned w, unsigned h, unsigned bpc, VmafLayout lay,
                        unsigned nf, int shift_from8)
{
    enum { MAXF = 6 };
    unsigned char *buf[MAXF][3];
    VmafFrame fr[MAXF];
    VmafMotionConfig cfg;
    VmafMotionContext *c = NULL;
    VmafMotionScores out[VMAF_MOTION_MAX_OUT], rec[MAXF];
    double s[MAXF], m2[MAXF], m3[MAXF], mo[MAXF];
    unsigned i, p, k, no, got = 0, bps = bpc > 8 ? 2 : 1, maxv = (1u << bpc) - 1;
    char what[200];
    int err, bad = 0;
    snprintf(what, sizeof what, "random kind %d %ux%u %u-bit layout %d fs %d uv %d s1 %d ffw %d", (int)kind, w, h, bpc, (int)lay,
             o->filter_size, o->add_uv, o->add_scale1, o->five_frame_window);
    memset(&cfg, 0, sizeof cfg);
    cfg.w = w; cfg.h = h; cfg.bpc = bpc; cfg.layout = lay; cfg.kind = kind; cfg.options = o;
    /* frames: smooth moving pattern + noise, padded strides, exact-size buffers */
    for (i = 0; i < nf; i++) {
        memset(&fr[i], 0, sizeof fr[i]);
        fr[i].w = w; fr[i].h = h; fr[i].bpc = bpc; fr[i].layout = lay;
        for (p = 0; p < 3; p++) {
            VmafPlane pl;
            unsigned y, x, pad = rnd() % 7;
            size_t stride, size;
            fr[i].data[p] = NULL;
            pl = vmaf_frame_plane(&fr[i], (int)p);
            if (!pl.w || !pl.h) { buf[i][p] = NULL; continue; }
            stride = (size_t)(pl.w + pad) * bps;
            size = stride * (pl.h - 1) + (size_t)pl.w * bps;
            buf[i][p] = (unsigned char *)malloc(size);
            for (y = 0; y < pl.h; y++)
                for (x = 0; x < pl.w; x++) {
                    unsigned v = (unsigned)((x * 7 + y * 3 + i * (5 + p)) % 200) + rnd() % 56, v8 = v & 255;
                    if (rnd() % 50 == 0) v = rnd() & maxv; /* extremes */
                    if (shift_from8) v = v8 << (bpc - 8);
                    else if (bpc > 8) v = (v << (bpc - 8)) | (rnd() & ((1u << (bpc - 8)) - 1));
                    if (v > maxv) v = maxv;
                    if (bps == 1) buf[i][p][y * stride + x] = (unsigned char)v;
                    else {
                        uint16_t v16 = (uint16_t)v;
                        memcpy(buf[i][p] + y * stride + 2 * x, &v16, 2);
                    }
                }
            fr[i].data[p] = buf[i][p];
            fr[i].stride[p] = (ptrdiff_t)stride;
        }
    }
    err = vmaf_motion_create(&c, &cfg);
    if (!CHECK(err == 0, "%s: create (%s)", what, vmaf_result_string(err))) goto done;
    for (i = 0; i < nf; i++) {
        err = vmaf_motion_push(c, &fr[i], out, &no);
        CHECK(err == 0, "%s: push", what);
        for (k = 0; k < no && got < MAXF; k++) rec[got++] = out[k];
    }
    vmaf_motion_flush(c, out, &no);
    for (k = 0; k < no && got < MAXF; k++) rec[got++] = out[k];
    vmaf_motion_destroy(c);
    if (!CHECK(got == nf, "%s: %u records", what, got)) goto done;

    /* naive reference */
    {
        VmafPlane P[MAXF];
        for (i = 0; i < nf; i++) P[i] = vmaf_frame_plane(&fr[i], 0);
        if (kind == VMAF_MOTION_INTEGER) {
            unsigned mi = o->five_frame_window ? 2 : 1;
            for (i = 0; i < nf; i++) s[i] = i < mi || o->force_zero ? 0.0 : naive_int_sad(&P[i - mi], &P[i], o->fps_weight, o->max_val);
            offline_int(s, nf, o, m2, m3);
            for (i = 0; i < nf; i++) mo[i] = s[i];
        } else if (kind == VMAF_MOTION_INTEGER_V30) {
            uint16_t *b0 = (uint16_t *)malloc(2 * (size_t)w * h), *b1 = (uint16_t *)malloc(2 * (size_t)w * h);
            for (i = 0; i < nf; i++) {
                naive_v30_blur(&P[i], i & 1 ? b1 : b0);
                if (!i) { s[0] = 0; continue; }
                {
                    uint64_t sad = 0;
                    unsigned y, x;
                    for (y = 0; y < h; y++) {
                        uint32_t rs = 0;
                        for (x = 0; x < w; x++) rs += (uint32_t)abs((int)b0[y * w + x] - (int)b1[y * w + x]);
                        sad += rs;
                    }
                    s[i] = (float)(sad / 256.) / (w * h);
                }
            }
            if (o->force_zero)
                for (i = 0; i < nf; i++) s[i] = 0;
            for (i = 0; i < nf; i++) {
                mo[i] = s[i];
                m2[i] = i == 0 ? 0 : i + 1 == nf ? s[i] : (s[i] < s[i + 1] ? s[i] : s[i + 1]);
                m3[i] = 0;
            }
            free(b0);
            free(b1);
        } else {
            float *bl[2][3], *hs[2][3];
            double fps = o->fps_weight, mx = o->max_val, raw[MAXF];
            int np = o->add_uv ? 3 : 1, q;
            for (q = 0; q < np; q++) {
                VmafPlane pl = vmaf_frame_plane(&fr[0], q);
                int sw = (int)(pl.w * 0.5 + 0.5), sh = (int)(pl.h * 0.5 + 0.5);
                bl[0][q] = (float *)malloc(sizeof(float) * pl.w * pl.h);
                bl[1][q] = (float *)malloc(sizeof(float) * pl.w * pl.h);
                hs[0][q] = (float *)malloc(sizeof(float) * (size_t)(sw * sh));
                hs[1][q] = (float *)malloc(sizeof(float) * (size_t)(sw * sh));
            }
            for (i = 0; i < nf; i++) {
                raw[i] = 0;
                for (q = 0; q < np; q++) {
                    VmafPlane pl = vmaf_frame_plane(&fr[i], q);
                    int sw = (int)(pl.w * 0.5 + 0.5), sh = (int)(pl.h * 0.5 + 0.5);
                    naive_float_blur(&pl, o->filter_size, bl[i & 1][q]);
                    naive_half(bl[i & 1][q], (int)pl.w, (int)pl.h, hs[i & 1][q], sw, sh);
                    if (i) {
                        float v = naive_fsad(bl[0][q], bl[1][q], (int)pl.w, (int)pl.h);
                        if (o->add_scale1) v = v + naive_fsad(hs[0][q], hs[1][q], sw, sh);
                        raw[i] += (double)v;
                    }
                }
            }
            for (i = 0; i < nf; i++) {
                double sm = i == 0 ? 0 : raw[i] * fps, v2;
                mo[i] = o->force_zero ? 0 : (sm < mx ? sm : mx);
                if (i == 0) v2 = 0;
                else v2 = i + 1 == nf ? raw[i] : (raw[i] < raw[i + 1] ? raw[i] : raw[i + 1]);
                m2[i] = o->force_zero ? 0 : (v2 * fps < mx ? v2 * fps : mx);
                if (i == 0) v2 = nf > 1 ? raw[1] : 0;
                m3[i] = o->force_zero || (i == 0 && nf == 1) ? 0 : blend(v2 * fps, o->blend_factor, o->blend_offset);
                if (m3[i] > mx) m3[i] = mx;
            }
            for (q = 0; q < np; q++) {
                free(bl[0][q]);
                free(bl[1][q]);
                free(hs[0][q]);
                free(hs[1][q]);
            }
        }
    }
    for (i = 0; i < nf; i++) {
        if (rec[i].index != i || rec[i].motion != mo[i] || rec[i].motion2 != m2[i] || rec[i].motion3 != m3[i]) {
            bad++;
            fprintf(stderr, "  %s frame %u: got %.17g %.17g %.17g, naive %.17g %.17g %.17g\n", what, i, rec[i].motion, rec[i].motion2,
                    rec[i].motion3, mo[i], m2[i], m3[i]);
        }
    }
    CHECK(bad == 0, "%s: equals the naive reference", what);
done:
    for (i = 0; i < nf; i++)
        for (p = 0; p < 3; p++) free(buf[i][p]);
}

static void test_random(void)
{
    static const unsigned bpcs[] = {8, 9, 10, 12, 13, 16};
    int it;
    /* fixed corner cases first */
    {
        VmafMotionOptions o;
        vmaf_motion_options_default(&o, VMAF_MOTION_FLOAT);
        o.add_uv = o.add_scale1 = 1;
        random_case(VMAF_MOTION_FLOAT, &o, 17, 13, 10, VMAF_LAYOUT_444, 5, 0);
        random_case(VMAF_MOTION_FLOAT, &o, 8, 8, 8, VMAF_LAYOUT_420, 4, 0); /* 420 where libvmaf is defined */
        random_case(VMAF_MOTION_FLOAT, &o, 3, 3, 16, VMAF_LAYOUT_444, 3, 0);
        o.add_scale1 = 0;
        o.filter_size = 3;
        random_case(VMAF_MOTION_FLOAT, &o, 9, 7, 12, VMAF_LAYOUT_422, 4, 0);
        o.add_uv = 0;
        o.filter_size = 1;
        random_case(VMAF_MOTION_FLOAT, &o, 3, 4, 8, VMAF_LAYOUT_400, 2, 0);
        vmaf_motion_options_default(&o, VMAF_MOTION_INTEGER);
        o.five_frame_window = o.moving_average = 1;
        random_case(VMAF_MOTION_INTEGER, &o, 3, 3, 16, VMAF_LAYOUT_400, 6, 0);
        random_case(VMAF_MOTION_INTEGER, &o, 4, 5, 8, VMAF_LAYOUT_420, 3, 0);
        random_case(VMAF_MOTION_INTEGER, &o, 5, 3, 8, VMAF_LAYOUT_420, 2, 0);
        o.five_frame_window = 0;
        random_case(VMAF_MOTION_INTEGER, &o, 3, 3, 9, VMAF_LAYOUT_444, 1, 0);
        vmaf_motion_options_default(&o, VMAF_MOTION_INTEGER_V30);
        random_case(VMAF_MOTION_INTEGER_V30, &o, 3, 3, 9, VMAF_LAYOUT_420, 4, 0);
        random_case(VMAF_MOTION_INTEGER_V30, &o, 4, 3, 16, VMAF_LAYOUT_420, 2, 0);
    }
    for (it = 0; it < 90; it++) {
        VmafMotionOptions o;
        VmafMotionKind kind = (VmafMotionKind)(it % 3);
        unsigned bpc = bpcs[rnd() % 6], w = 3 + rnd() % 39, h = 3 + rnd() % 39, nf = 1 + rnd() % 6;
        VmafLayout lay = (VmafLayout)(rnd() % 4);
        vmaf_motion_options_default(&o, kind);
        if (kind == VMAF_MOTION_INTEGER) {
            o.five_frame_window = rnd() % 2;
            o.moving_average = rnd() % 2;
            if (rnd() % 2) { o.blend_factor = 0.5; o.blend_offset = (rnd() % 4) * 0.5; }
            if (rnd() % 3 == 0) o.fps_weight = 2.0;
            if (rnd() % 3 == 0) o.max_val = 1.2;
            if (rnd() % 8 == 0) o.force_zero = 1;
        } else if (kind == VMAF_MOTION_FLOAT) {
            static const int fsz[] = {5, 3, 1, 0, 7};
            if (bpc != 8 && bpc != 10 && bpc != 12 && bpc != 16 && rnd() % 2) bpc = 10;
            o.filter_size = fsz[rnd() % 5];
            o.add_scale1 = rnd() % 2;
            o.add_uv = lay != VMAF_LAYOUT_400 && rnd() % 2;
            if (o.add_uv && lay != VMAF_LAYOUT_444) o.add_scale1 = 0;
            if (o.add_uv && lay != VMAF_LAYOUT_444) { w += 3; h += 3; } /* chroma >= 3 */
            if (rnd() % 2) { o.blend_factor = 0.5; o.blend_offset = 0.5; }
            if (rnd() % 3 == 0) o.fps_weight = 2.0;
            if (rnd() % 4 == 0) o.max_val = 1.2;
            if (rnd() % 10 == 0) o.force_zero = 1;
        } else if (rnd() % 8 == 0) {
            o.force_zero = 1;
        }
        random_case(kind, &o, w, h, bpc, lay, nf, 0);
    }
    /* bit-depth invariance: 8-bit content shifted left gives the same values (SPEC 1) */
    {
        static const unsigned deep[] = {10, 12, 16};
        int kk, d;
        for (kk = 0; kk < 3; kk++) {
            VmafMotionOptions o;
            vmaf_motion_options_default(&o, (VmafMotionKind)kk);
            for (d = 0; d < 3; d++) {
                rng_state = 777u;
                random_case((VmafMotionKind)kk, &o, 23, 17, 8, VMAF_LAYOUT_420, 4, 1);
                rng_state = 777u;
                random_case((VmafMotionKind)kk, &o, 23, 17, deep[d], VMAF_LAYOUT_420, 4, 1);
            }
        }
    }
}

/* bit-depth invariance check on the records themselves (not only vs naive) */
static void test_depth_invariance(void)
{
    pair_frames a, b;
    int kk;
    if (!CHECK(load_pair("src01_8bit", &a) && load_pair("src01_16bit", &b), "src01 8/16-bit load")) return;
    for (kk = 0; kk < 3; kk++) {
        const VmafExtractor *x = kk == 0 ? vmaf_motion_extractor() : kk == 1 ? vmaf_motion_float_extractor() : vmaf_motion_v30_extractor();
        evlist la = {NULL, 0, 0}, lb = {NULL, 0, 0};
        int i, same = 1;
        run_table(x, &a, a.n, "debug=true", 0, &la, NULL);
        run_table(x, &b, b.n, "debug=true", 0, &lb, NULL);
        same = la.n == lb.n && la.n > 0;
        for (i = 0; same && i < la.n; i++) same = la.e[i].idx == lb.e[i].idx && !strcmp(la.e[i].key, lb.e[i].key) && la.e[i].v == lb.e[i].v;
        CHECK(same, "%s: src01 8-bit and 16-bit give identical values", x->name);
        free(la.e);
        free(lb.e);
    }
    free_pair(&a);
    free_pair(&b);
}

/* 8K frames: black, white, black give known values (the integer ones exactly) */
static void test_8k(void)
{
    const unsigned w = 7680, h = 4320;
    static const VmafMotionKind kinds[] = {VMAF_MOTION_INTEGER, VMAF_MOTION_INTEGER, VMAF_MOTION_FLOAT, VMAF_MOTION_INTEGER_V30};
    static const unsigned depth[] = {8, 16, 8, 8};
    int t;
    for (t = 0; t < 4; t++) {
        unsigned bpc = depth[t], bps = bpc > 8 ? 2 : 1, i, k, no, got = 0;
        unsigned char *black = (unsigned char *)calloc((size_t)w * h, bps), *white = (unsigned char *)malloc((size_t)w * h * bps);
        VmafMotionConfig cfg;
        VmafMotionContext *c = NULL;
        VmafMotionScores out[VMAF_MOTION_MAX_OUT], rec[4];
        VmafFrame f;
        size_t need;
        const double s = bpc == 8 ? 255.0 : 65535.0 / 256.0, tol = kinds[t] == VMAF_MOTION_FLOAT ? 1e-3 : 0.0;
        const double m3 = kinds[t] == VMAF_MOTION_INTEGER_V30 ? 0.0 : s;
        memset(white, 0xff, (size_t)w * h * bps);
        memset(&cfg, 0, sizeof cfg);
        cfg.w = w; cfg.h = h; cfg.bpc = bpc; cfg.kind = kinds[t];
        need = vmaf_motion_memory_size(&cfg);
        CHECK(need > 0 && need < (size_t)w * h * 9, "8K kind %d: memory %lu bytes", (int)kinds[t], (unsigned long)need);
        if (!CHECK(vmaf_motion_create(&c, &cfg) == 0, "8K kind %d: create", (int)kinds[t])) { free(black); free(white); continue; }
        memset(&f, 0, sizeof f);
        f.w = w; f.h = h; f.bpc = bpc; f.stride[0] = (ptrdiff_t)(w * bps);
        for (i = 0; i < 3; i++) {
            f.data[0] = i == 1 ? white : black;
            CHECK(vmaf_motion_push(c, &f, out, &no) == 0, "8K push");
            for (k = 0; k < no && got < 4; k++) rec[got++] = out[k];
        }
        vmaf_motion_flush(c, out, &no);
        for (k = 0; k < no && got < 4; k++) rec[got++] = out[k];
        vmaf_motion_destroy(c);
        if (CHECK(got == 3, "8K kind %d: 3 records", (int)kinds[t])) {
            CHECK(rec[0].motion == 0 && rec[0].motion2 == 0 && fabs(rec[0].motion3 - m3) <= tol, "8K kind %d frame 0: %.17g %.17g %.17g",
                  (int)kinds[t], rec[0].motion, rec[0].motion2, rec[0].motion3);
            for (i = 1; i < 3; i++)
                CHECK(fabs(rec[i].motion - s) <= tol && fabs(rec[i].motion2 - s) <= tol && fabs(rec[i].motion3 - m3) <= tol,
                      "8K kind %d %u-bit frame %u: %.17g %.17g %.17g (expected %.17g)", (int)kinds[t], bpc, i, rec[i].motion,
                      rec[i].motion2, rec[i].motion3, s);
        }
        free(black);
        free(white);
    }
    /* the largest accepted size is only measured */
    {
        VmafMotionConfig cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.w = 32768; cfg.h = 32768; cfg.bpc = 16;
        CHECK(vmaf_motion_memory_size(&cfg) > (size_t)32768 * 32768 * 2 || sizeof(size_t) < 8, "32768x32768 16-bit measures");
    }
}

int main(void)
{
    (void)th_golden_args; /* harness helpers this test does not need */
    (void)th_golden_pooled;
    (void)th_skip;
    th_init();
    CHECK(!strcmp(vmaf_motion_version(), VMAF_MOTION_VERSION_STRING), "version");
    test_goldens();
    test_streaming();
    test_errors();
    test_random();
    test_depth_invariance();
    test_8k();
    return th_finish();
}
