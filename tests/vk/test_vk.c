/* tests/vk/test_vk.c - tests of addons/vk/vmaf_vk.h (Vulkan addon) on whatever Vulkan device is
   present (CI: Mesa lavapipe), with the validation layer on and a debug messenger: any
   validation message fails the test.
   Built and run by tests/test_vk.sh (it needs Vulkan flags, so it is not named tests/test_*.c).

   Checks:
   - host constants: the log2 table hash, cos^2(1 deg), Watson CSF factors (SPEC 2.5, 4.4, 4.5);
   - API: names, keys (equal to the CPU tables' keys), errors, strides, timing, the plain
     (private-device) tables, the per-context tables (args->user) and the CPU fallback;
   - odd and minimum sizes, every bit depth, random content: GPU == CPU extractors;
   - the option goldens of src01_8bit / q160x90_8bit (integer and float options);
   - every pair in tests/data/testdata through vmaf_model.h's pipeline with the Vulkan tables
     registered over the CPU ones (one shared device): integer features and the VMAF scores of
     vmaf_v0.6.1, its NEG and 4K variants against the goldens debug_int, default, neg, 4k
     (bit-identical required); float features and vmaf_float_v0.6.1 against debug_float and
     float and against our CPU pipeline (within 1e-4; bit-identical values are counted);
   - the seam: a "cpu-ref" backend (wrapper tables around the CPU extractors with their own
     user pointer) registered over the CPU tables, lacking motion, which falls back to CPU;
   - with --no-device (run under VK_DRIVER_FILES=/nonexistent): VMAF_ERR_NO_DEVICE.
   Prints per-family counts of bit-identical values ("parity" lines) and the summary line.
   VK_TEST_FULL=1 in the environment adds the float run of the 1080p pairs (lavapipe: ~10 s each). */
#define VMAF_VK_IMPLEMENTATION
#include "vmaf_vk.h"
#define VMAF_VIF_IMPLEMENTATION
#include "vmaf_vif.h"
#define VMAF_ADM_IMPLEMENTATION
#include "vmaf_adm.h"
#define VMAF_MOTION_IMPLEMENTATION
#include "vmaf_motion.h"
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_model.h"
#include "harness.h"
#include <time.h>

typedef struct {
    unsigned index;
    char key[160];
    double v;
} rec;
typedef struct {
    rec *r;
    int n, cap;
} recs;

static void emit_cb(void *user, unsigned index, const char *key, double v)
{
    recs *o = (recs *)user;
    if (o->n == o->cap) {
        o->cap = o->cap ? 2 * o->cap : 256;
        o->r = (rec *)realloc(o->r, sizeof(rec) * (size_t)o->cap);
    }
    o->r[o->n].index = index;
    snprintf(o->r[o->n].key, sizeof o->r[o->n].key, "%s", vmaf_name_alias(key));
    o->r[o->n].v = v;
    o->n++;
}

static const rec *find(const recs *o, unsigned index, const char *name)
{
    int i;
    for (i = 0; i < o->n; i++)
        if (o->r[i].index == index && !strcmp(o->r[i].key, name)) return &o->r[i];
    return NULL;
}

static unsigned long messages;
static void on_message(void *user, int severity, const char *msg)
{
    (void)user;
    messages++;
    fprintf(stderr, "VALIDATION (%d): %s\n", severity, msg);
}

/* parity counters: [float][family] with families vif, adm, motion, vmaf; golden and CPU */
enum { FAM_VIF, FAM_ADM, FAM_MOTION, FAM_VMAF, NFAM };
static const char *const fam_name[NFAM] = {"vif", "adm", "motion", "vmaf"};
static long g_total[2][NFAM], g_exact[2][NFAM], c_total[2][NFAM], c_exact[2][NFAM];
static double g_maxdiff[2][NFAM], c_maxdiff[2][NFAM];
static int family(const char *name)
{
    if (!strncmp(name, "vmaf", 4)) return FAM_VMAF;
    if (strstr(name, "vif")) return FAM_VIF;
    if (strstr(name, "motion")) return FAM_MOTION;
    return FAM_ADM;
}

static VmafLayout layout_of(const th_pair *p)
{
    return p->layout == 444 ? VMAF_LAYOUT_444 : (p->layout == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420);
}

/* Frame i of pair p (luma only; chroma pointers NULL): buffers returned in *rb, *db. */
static int read_pair(const th_pair *p, unsigned i, VmafFrame *rf, VmafFrame *df, unsigned char **rb, unsigned char **db)
{
    *rb = (unsigned char *)th_read_frame(p, 0, i);
    *db = (unsigned char *)th_read_frame(p, 1, i);
    if (!*rb || !*db) {
        free(*rb);
        free(*db);
        return -1;
    }
    memset(rf, 0, sizeof *rf);
    rf->w = p->w;
    rf->h = p->h;
    rf->bpc = p->bpc;
    rf->layout = layout_of(p);
    rf->data[0] = *rb;
    rf->stride[0] = (ptrdiff_t)(p->w * (p->bpc > 8 ? 2 : 1));
    *df = *rf;
    df->data[0] = *db;
    return 0;
}

/* Runs extractor `name` (a state of the shared context) with `opts` over the first `nframes`
   frames of pair p. */
static int run(VmafVkContext *ctx, const th_pair *p, const char *name, const char *opts, unsigned nframes, recs *out)
{
    const VmafExtractor *t = vmaf_vk_context_extractor(ctx, name);
    VmafExtractorArgs a;
    void *st = NULL;
    unsigned i;
    int err;
    memset(&a, 0, sizeof a);
    a.w = p->w;
    a.h = p->h;
    a.bpc = p->bpc;
    a.layout = layout_of(p);
    a.options = opts;
    a.user = t->user;
    err = t->create(&st, &a);
    if (err) return err;
    for (i = 0; i < nframes && !err; i++) {
        unsigned char *rb, *db;
        VmafFrame rf, df;
        if (read_pair(p, i, &rf, &df, &rb, &db)) {
            err = -1;
            break;
        }
        err = t->push(st, &rf, &df, i, emit_cb, out);
        free(rb);
        free(db);
    }
    if (!err && t->flush) err = t->flush(st, emit_cb, out);
    t->destroy(st);
    return err;
}

/* Every value of golden `g` (frames < nframes) must be produced; integer values must equal
   ours exactly, float ones within 1e-4. The golden's "vmaf" is our `vmaf_key`. */
static int g_rcp_kind = -1;
static void compare(const char *pair, const char *golden, const recs *o, unsigned nframes, int flt, const char *vmaf_key)
{
    /* float ADM follows the host's rcpss (the shader emulates it): Intel or AMD goldens */
    const char *why = NULL;
    th_golden *g;
    int i, k, missing = 0, differ = 0, far = 0, n = 0;
    if (g_rcp_kind < 0) g_rcp_kind = th_rcp_kind();
    g = th_golden_load_cpu(pair, golden, g_rcp_kind, &why);
    if (!g && why) { th_skip(why); return; }
    if (!CHECK(g != NULL, "%s/%s golden loads", pair, golden)) return;
    for (i = 0; i < g->nframes; i++) {
        const th_gframe *f = &g->frames[i];
        if (f->frame_num >= nframes) continue;
        for (k = 0; k < f->n; k++) {
            const char *name = f->kv[k].name;
            const rec *r;
            int fam;
            double d;
            if (!strcmp(name, "vmaf")) {
                if (!vmaf_key) continue;
                name = vmaf_key;
            }
            r = find(o, f->frame_num, name);
            if (!r) {
                if (missing++ < 3) fprintf(stderr, "  %s/%s frame %u: no value for %s\n", pair, golden, f->frame_num, name);
                continue;
            }
            fam = family(name);
            d = fabs(r->v - f->kv[k].value);
            g_total[flt][fam]++;
            n++;
            if (r->v == f->kv[k].value) g_exact[flt][fam]++;
            else if (differ++ < 5)
                fprintf(stderr, "  %s/%s frame %u %s: %.17g vs golden %.17g (diff %.3g)\n", pair, golden, f->frame_num,
                        name, r->v, f->kv[k].value, d);
            if (!(d <= 1e-4)) far++;
            if (d > g_maxdiff[flt][fam]) g_maxdiff[flt][fam] = d;
        }
    }
    CHECK(missing == 0 && n > 0, "%s/%s: every golden value produced (%d missing)", pair, golden, missing);
    if (flt) CHECK(far == 0, "%s/%s: %d values within 1e-4 of the golden (%d not)", pair, golden, n, far);
    else CHECK(differ == 0, "%s/%s: %d values, %d not bit-identical", pair, golden, n, differ);
    th_golden_free(g);
}

/* GPU values against our CPU values of the same run: same keys in the same order, integer
   values equal, float values within 1e-4. */
static void compare_cpu(const char *what, const recs *gpu, const recs *cpu, int flt)
{
    int i, order = 0, differ = 0, far = 0;
    for (i = 0; i < gpu->n && i < cpu->n; i++) {
        const rec *a = &gpu->r[i], *b = &cpu->r[i];
        int fam = family(b->key);
        double d = fabs(a->v - b->v);
        if (a->index != b->index || strcmp(a->key, b->key)) {
            if (order++ < 3) fprintf(stderr, "  %s: value %d is %u %s on the GPU, %u %s on the CPU\n", what, i, a->index, a->key, b->index, b->key);
            continue;
        }
        c_total[flt][fam]++;
        if (isnan(a->v) && isnan(b->v)) d = 0.0; /* e.g. 0/0 on flat random frames: NaN on both */
        if (a->v == b->v || d == 0.0) c_exact[flt][fam]++;
        else if (differ++ < 5) fprintf(stderr, "  %s: frame %u %s: %.17g vs CPU %.17g\n", what, a->index, a->key, a->v, b->v);
        if (!(d <= 1e-4)) far++;
        if (d > c_maxdiff[flt][fam]) c_maxdiff[flt][fam] = d;
    }
    CHECK(gpu->n == cpu->n && gpu->n > 0 && order == 0, "%s: GPU emits the CPU's %d values in the same order (%d, %d out of order)",
          what, cpu->n, gpu->n, order);
    if (flt) CHECK(far == 0, "%s: every value within 1e-4 of the CPU (%d not)", what, far);
    else CHECK(differ == 0, "%s: every value bit-identical to the CPU (%d not)", what, differ);
}

static void test_constants(void)
{
    static uint32_t words[32768];
    static const float f1[4] = {0x1.1cc774p-6f, 0x1.06050cp-5f, 0x1.634f1p-5f, 0x1.762816p-5f};
    static const float f2[4] = {0x1.820d54p-8f, 0x1.d48d46p-7f, 0x1.8fb80cp-6f, 0x1.008392p-5f};
    static const uint32_t u1[4] = {0, 137373792u, 186284160u, 196165808u};
    static const uint32_t u2[4] = {0, 61414028u, 104783920u, 134487184u};
    float cos2 = (float)(cos(1.0 * 3.14159265358979323846 / 180.0) * cos(1.0 * 3.14159265358979323846 / 180.0));
    vmaf__vk_fadm_opts fo;
    int s;
    CHECK(vmaf__vk_log2_table(words) == 0, "log2 table hash (SPEC 2.5)");
    CHECK(((words[33108 >> 1] >> 0) & 0xFFFF) == 30751, "log2 T[33108] = 30751");
    CHECK(cos2 == 0x1.ffd814p-1f && (float)0.99969542 == cos2, "cos^2(1 deg) = 0x1.ffd814p-1");
    vmaf__opt_defaults(vmaf__vk_fadm_options, &fo);
    for (s = 0; s < 4; s++) {
        float a, b, f[3];
        vmaf__vk_csf_factors(0, s, 3.0, 1080, &a, &b);
        CHECK(a == f1[s] && b == f2[s], "Watson factors scale %d: %a %a", s, a, b);
        vmaf__vk_fadm_factors(&fo, s, f);
        CHECK(f[0] == f1[s] && f[1] == f1[s] && f[2] == f2[s], "float_adm default factors scale %d", s);
        if (s > 0) CHECK((uint32_t)(a * pow(2, 32)) == u1[s] && (uint32_t)(b * pow(2, 32)) == u2[s], "fixed-point factors scale %d", s);
    }
    CHECK(vmaf__vk_ceil_log2(1) == 0 && vmaf__vk_ceil_log2(17) == 5 && vmaf__vk_ceil_log2(16) == 4, "ceil_log2");
    CHECK(vmaf__vk_fvif_width(0, 1.0f) == 17 && vmaf__vk_fvif_width(3, 1.0f) == 3 && vmaf__vk_fvif_width(0, 360.0f / 97.0f) == 65,
          "float VIF filter widths");
    CHECK(vmaf__vk_fvif_gauss(17)[8] == 0x1.e67f64p-4f && vmaf__vk_fvif_gauss(3)[1] == 0x1.55a0dep-1f, "float VIF taps (SPEC 3.2)");
#if defined(VMAF__VK_RCPSS)
    {
        uint32_t t[VMAF__VK_RCP_N], i, bad = 0, seed = 7;
        vmaf__vk_rcp_table(t);
        for (i = 0; i < 200000; i++) { /* the shader's emulation, on the host, against rcpss */
            uint32_t a, e, m, r, want;
            float d, y;
            int te;
            seed = seed * 1664525u + 1013904223u;
            a = seed;
            memcpy(&d, &a, sizeof d);
            y = _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(d)));
            memcpy(&want, &y, sizeof want);
            e = (a >> 23) & 0xFFu;
            m = a & 0x7FFFFFu;
            if (e == 0) r = (a & 0x80000000u) | 0x7F800000u;
            else if (e == 255) r = m ? (a | 0x400000u) : (a & 0x80000000u);
            else {
                te = (int)((t[m >> 11] >> 23) & 0xFFu) - ((int)e - 127);
                r = te <= 0 ? (a & 0x80000000u)
                            : (te >= 255 ? (a & 0x80000000u) | 0x7F800000u
                                         : (a & 0x80000000u) | ((uint32_t)te << 23) | (t[m >> 11] & 0x7FFFFFu));
            }
            bad += r != want;
        }
        CHECK(bad == 0, "rcpss emulation (fadm_dec.comp) equals the host's rcpss on 200000 random floats (%u differ)", bad);
    }
#endif
}

/* The CPU table of a GPU extractor name. */
static const VmafExtractor *cpu_table(const char *name)
{
    if (!strcmp(name, "vif")) return vmaf_vif_extractor();
    if (!strcmp(name, "adm")) return vmaf_adm_extractor();
    if (!strcmp(name, "motion")) return vmaf_motion_extractor();
    if (!strcmp(name, "float_vif")) return vmaf_vif_float_extractor();
    if (!strcmp(name, "float_adm")) return vmaf_adm_float_extractor();
    if (!strcmp(name, "float_motion")) return vmaf_motion_float_extractor();
    return NULL;
}

/* Same name, flags, provided list and keys (for several option strings) as the CPU table. */
static void test_tables(VmafVkContext *ctx)
{
    static const struct {
        const char *name, *opts;
    } cases[] = {{"vif", NULL}, {"vif", "vif_enhn_gain_limit=1.0:vif_skip_scale0=true"},
                 {"adm", "adm_enhn_gain_limit=1.0"}, {"adm", "adm_csf_mode=2:adm_min_val=0.5:adm_skip_aim=true"},
                 {"motion", "motion_five_frame_window=true:motion_fps_weight=1.23456789"},
                 {"float_vif", "vif_kernelscale=0.5:vif_sigma_nsq=1.5:vif_scale1_min_val=0.2"},
                 {"float_vif", "vif_prescale_method=bicubic"},
                 {"float_adm", "adm_csf_mode=1:adm_csf_scale=0.5:adm_f1s2=0.25:adm_ref_display_height=2160"},
                 {"float_adm", "adm_bypass_cm=1:adm_skip_aim_scale=2"},
                 {"float_motion", "motion_filter_size=3:motion_blend_offset=2"}, {"float_motion", NULL}};
    unsigned i, k;
    for (i = 0; vmaf_vk_extractor_name(i); i++) {
        const char *name = vmaf_vk_extractor_name(i);
        const VmafExtractor *g = vmaf_vk_context_extractor(ctx, name), *c = cpu_table(name), *pl = vmaf_vk_extractor(name);
        int same = g && c && pl && !strcmp(g->name, c->name) && g->flags == c->flags && g->user == ctx && !pl->user &&
                   g->abi == VMAF_EXTRACTOR_ABI && g->size == sizeof(VmafExtractor) && (g->flush != NULL) == (c->flush != NULL);
        for (k = 0; same && c->provided[k]; k++) same = g->provided[k] && !strcmp(g->provided[k], c->provided[k]);
        CHECK(same && !g->provided[k], "%s: table fields and provided list equal the CPU table's", name);
    }
    CHECK(i == 6 && !vmaf_vk_context_extractor(ctx, "psnr") && !vmaf_vk_context_extractor(NULL, "vif"), "six extractors");
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const VmafExtractor *g = vmaf_vk_context_extractor(ctx, cases[i].name), *c = cpu_table(cases[i].name);
        VmafExtractorArgs a;
        void *gs = NULL, *cs = NULL;
        int e1, e2, same = 1;
        memset(&a, 0, sizeof a);
        a.w = 64;
        a.h = 48;
        a.bpc = 10;
        a.layout = VMAF_LAYOUT_420;
        a.options = cases[i].opts;
        a.user = g->user;
        e1 = g->create(&gs, &a);
        a.user = NULL;
        e2 = c->create(&cs, &a);
        if (CHECK(!e1 && !e2, "%s %s: create on GPU and CPU (%d %d)", cases[i].name, cases[i].opts ? cases[i].opts : "", e1, e2)) {
            for (k = 0; c->provided[k]; k++) {
                char kg[256], kc[256];
                int r1 = g->key(gs, c->provided[k], kg, sizeof kg), r2 = c->key(cs, c->provided[k], kc, sizeof kc);
                if (r1 || r2 || strcmp(kg, kc)) {
                    same = 0;
                    fprintf(stderr, "  key of %s: %s vs %s\n", c->provided[k], kg, kc);
                }
            }
            CHECK(same, "%s %s: every key equals the CPU table's", cases[i].name, cases[i].opts ? cases[i].opts : "");
        }
        if (gs) g->destroy(gs);
        if (cs) c->destroy(cs);
    }
}

/* Odd and minimum sizes, every bit depth's extremes and random content: GPU values equal the
   CPU's (integer: exactly; float: within 1e-4, counted), under validation. */
static void test_sizes(VmafVkContext *ctx)
{
    static const struct {
        const char *fex;
        unsigned w, h, bpc;
    } cases[] = {{"vif", 16, 16, 8},          {"vif", 17, 31, 9},         {"vif", 35, 33, 16},
                 {"adm", 33, 33, 8},          {"adm", 35, 37, 11},        {"adm", 34, 33, 16},
                 {"motion", 3, 3, 8},         {"motion", 7, 5, 13},       {"float_vif", 16, 16, 8},
                 {"float_vif", 19, 17, 10},   {"float_vif", 35, 33, 16},  {"float_adm", 33, 33, 8},
                 {"float_adm", 35, 37, 12},   {"float_adm", 34, 40, 16},  {"float_motion", 3, 3, 8},
                 {"float_motion", 7, 5, 10},  {"float_motion", 9, 4, 16}};
    size_t c;
    uint32_t seed = 1;
    for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const VmafExtractor *t[2];
        unsigned w = cases[c].w, h = cases[c].h, bpc = cases[c].bpc, f, x, maxv = (1u << bpc) - 1;
        uint16_t *buf[2];
        VmafExtractorArgs a;
        void *st[2] = {NULL, NULL};
        recs o[2] = {{NULL, 0, 0}, {NULL, 0, 0}};
        int err = 0, i, k, finite = 1, flt = !strncmp(cases[c].fex, "float_", 6);
        char what[96];
        t[0] = vmaf_vk_context_extractor(ctx, cases[c].fex);
        t[1] = cpu_table(cases[c].fex);
        memset(&a, 0, sizeof a);
        a.w = w;
        a.h = h;
        a.bpc = bpc;
        a.options = "debug=true";
        for (k = 0; k < 2 && !err; k++) {
            a.user = t[k]->user;
            err = t[k]->create(&st[k], &a);
        }
        if (!CHECK(err == 0, "%s %ux%u %u-bit create (%d)", cases[c].fex, w, h, bpc, err)) {
            for (k = 0; k < 2; k++)
                if (st[k]) t[k]->destroy(st[k]);
            continue;
        }
        buf[0] = (uint16_t *)malloc(sizeof(uint16_t) * w * h);
        buf[1] = (uint16_t *)malloc(sizeof(uint16_t) * w * h);
        for (f = 0; f < 4 && !err; f++) {
            VmafFrame rf, df;
            for (x = 0; x < w * h; x++) {
                seed = seed * 1664525u + 1013904223u;
                /* extremes on frame 0, flat on frame 1, random afterwards */
                buf[0][x] = (uint16_t)(f == 0 ? ((x & 1) ? maxv : 0) : f == 1 ? maxv / 3 : (seed >> 8) & maxv);
                buf[1][x] = (uint16_t)(f == 0 ? ((x & 2) ? maxv : 0) : f == 1 ? maxv / 3 : (seed >> 12) & maxv);
                if (bpc == 8) {
                    ((uint8_t *)buf[0])[x] = (uint8_t)buf[0][x];
                    ((uint8_t *)buf[1])[x] = (uint8_t)buf[1][x];
                }
            }
            memset(&rf, 0, sizeof rf);
            rf.w = w;
            rf.h = h;
            rf.bpc = bpc;
            rf.layout = VMAF_LAYOUT_400;
            rf.data[0] = buf[0];
            rf.stride[0] = (ptrdiff_t)(w * (bpc > 8 ? 2 : 1));
            df = rf;
            df.data[0] = buf[1];
            for (k = 0; k < 2 && !err; k++) err = t[k]->push(st[k], &rf, &df, f, emit_cb, &o[k]);
        }
        for (k = 0; k < 2; k++) {
            if (!err && t[k]->flush) err = t[k]->flush(st[k], emit_cb, &o[k]);
            t[k]->destroy(st[k]);
        }
        for (i = 0; i < o[0].n; i++) finite &= isfinite(o[0].r[i].v) != 0;
        CHECK(err == 0 && o[0].n > 0 && (finite || flt), "%s %ux%u %u-bit: %d values%s", cases[c].fex, w, h, bpc, o[0].n,
              flt ? "" : ", all finite");
        snprintf(what, sizeof what, "%s %ux%u %u-bit random", cases[c].fex, w, h, bpc);
        compare_cpu(what, &o[0], &o[1], flt);
        free(buf[0]);
        free(buf[1]);
        free(o[0].r);
        free(o[1].r);
    }
}

static void test_options(VmafVkContext *ctx)
{
    static const struct {
        const char *pair, *golden, *fex, *opts;
    } cases[] = {
        {"src01_8bit", "opt_vif_vif_enhn_gain_limit1.0", "vif", "vif_enhn_gain_limit=1.0:debug=true"},
        {"src01_8bit", "opt_vif_vif_enhn_gain_limit1.05", "vif", "vif_enhn_gain_limit=1.05:debug=true"},
        {"src01_8bit", "opt_vif_vif_skip_scale0true", "vif", "vif_skip_scale0=true:debug=true"},
        {"src01_8bit", "opt_adm_adm_enhn_gain_limit1.0", "adm", "adm_enhn_gain_limit=1.0:debug=true"},
        {"src01_8bit", "opt_adm_adm_enhn_gain_limit1.05.scalar", "adm", "adm_enhn_gain_limit=1.05:debug=true"},
        {"src01_8bit", "opt_adm_adm_dlm_weight0.8", "adm", "adm_dlm_weight=0.8:debug=true"},
        {"src01_8bit", "opt_adm_adm_min_val0.97", "adm", "adm_min_val=0.97:debug=true"},
        {"src01_8bit", "opt_adm_adm_noise_weight0.5", "adm", "adm_noise_weight=0.5:debug=true"},
        {"src01_8bit", "opt_adm_adm_norm_view_dist4.0", "adm", "adm_norm_view_dist=4.0:debug=true"},
        {"src01_8bit", "opt_adm_adm_ref_display_height2160", "adm", "adm_ref_display_height=2160:debug=true"},
        {"src01_8bit", "opt_adm_adm_skip_aimtrue", "adm", "adm_skip_aim=true:debug=true"},
        {"src01_8bit", "opt_adm_adm_skip_scale0true", "adm", "adm_skip_scale0=true:debug=true"},
        {"src01_8bit", "opt_adm_adm_csf_mode2", "adm", "adm_csf_mode=2:debug=true"},
        {"src01_8bit", "opt_adm_adm_csf_mode3", "adm", "adm_csf_mode=3:debug=true"},
        {"src01_8bit", "opt_motion_motion_force_zerotrue", "motion", "motion_force_zero=true:debug=true"},
        {"src01_8bit", "opt_motion_motion_fps_weight2.0", "motion", "motion_fps_weight=2.0:debug=true"},
        {"src01_8bit", "opt_motion_motion_blend_factor0.5+motion_blend_offset2.0", "motion",
         "motion_blend_factor=0.5:motion_blend_offset=2.0:debug=true"},
        {"src01_8bit", "opt_motion_motion_max_val1.2", "motion", "motion_max_val=1.2:debug=true"},
        {"src01_8bit", "opt_motion_motion_five_frame_windowtrue+motion_moving_averagetrue", "motion",
         "motion_five_frame_window=true:motion_moving_average=true:debug=true"},
        {"q160x90_8bit", "opt_motion_motion_blend_factor0.5+motion_blend_offset0.5", "motion",
         "motion_blend_factor=0.5:motion_blend_offset=0.5:debug=true"},
        {"q160x90_8bit", "opt_motion_motion_max_val1.2", "motion", "motion_max_val=1.2:debug=true"},
        {"q160x90_8bit", "opt_motion_motion_five_frame_windowtrue", "motion", "motion_five_frame_window=true:debug=true"},
        {"q160x90_8bit", "opt_motion_motion_moving_averagetrue", "motion", "motion_moving_average=true:debug=true"},
        {"q160x90_8bit", "opt_motion_motion_fps_weight2.0", "motion", "motion_fps_weight=2.0:debug=true"},
        /* float options (src01_8bit: 576x324, 3 frames) */
        {"src01_8bit", "opt_float_vif_vif_enhn_gain_limit1.05", "float_vif", "vif_enhn_gain_limit=1.05:debug=true"},
        {"src01_8bit", "opt_float_vif_vif_sigma_nsq0.0", "float_vif", "vif_sigma_nsq=0.0:debug=true"},
        {"src01_8bit", "opt_float_vif_vif_skip_scale0true", "float_vif", "vif_skip_scale0=true:debug=true"},
        {"src01_8bit", "opt_float_vif_vif_scale1_min_val0.9", "float_vif", "vif_scale1_min_val=0.9:debug=true"},
        {"src01_8bit", "float_vif_ks0.5", "float_vif", "vif_kernelscale=0.5:debug=true"},
        {"src01_8bit", "float_vif_ks3.711340", "float_vif", "vif_kernelscale=3.711340:debug=true"},
        {"src01_8bit", "opt_float_adm_adm_enhn_gain_limit1.05", "float_adm", "adm_enhn_gain_limit=1.05:debug=true"},
        {"src01_8bit", "opt_float_adm_adm_norm_view_dist1.5", "float_adm", "adm_norm_view_dist=1.5:debug=true"},
        {"src01_8bit", "opt_float_adm_adm_csf_mode1+adm_csf_scale2.0", "float_adm", "adm_csf_mode=1:adm_csf_scale=2.0:debug=true"},
        {"src01_8bit", "opt_float_adm_adm_csf_mode2", "float_adm", "adm_csf_mode=2:debug=true"},
        {"src01_8bit", "opt_float_adm_adm_bypass_cm1", "float_adm", "adm_bypass_cm=1:debug=true"},
        {"src01_8bit", "opt_float_adm_adm_adm3_apply_hmtrue", "float_adm", "adm_adm3_apply_hm=true:debug=true"},
        {"src01_8bit", "opt_float_adm_adm_f2s10.5", "float_adm", "adm_f2s1=0.5:debug=true"},
        {"src01_8bit", "opt_float_adm_adm_skip_aim_scale0", "float_adm", "adm_skip_aim_scale=0:debug=true"},
        {"src01_8bit", "opt_float_adm_adm_skip_scale0true", "float_adm", "adm_skip_scale0=true:debug=true"},
        {"src01_8bit", "opt_float_motion_motion_force_zerotrue", "float_motion", "motion_force_zero=true:debug=true"},
        {"src01_8bit", "opt_float_motion_motion_fps_weight2.0", "float_motion", "motion_fps_weight=2.0:debug=true"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        th_pair p;
        recs o = {NULL, 0, 0};
        unsigned nf;
        int err, flt = !strncmp(cases[i].fex, "float_", 6);
        if (!CHECK(th_pair_by_name(cases[i].pair, &p), "pair %s", cases[i].pair)) continue;
        /* float vif / adm options on the first frame only (runtime); the frames are independent */
        nf = flt && !strstr(cases[i].fex, "motion") ? 1u : p.frames;
        err = run(ctx, &p, cases[i].fex, cases[i].opts, nf, &o);
        if (CHECK(err == 0, "%s %s: extraction (%d)", cases[i].pair, cases[i].golden, err))
            compare(cases[i].pair, cases[i].golden, &o, nf, flt, NULL);
        free(o.r);
    }
}

/* ---- the pipeline ---- */
static void pipe_log(void *user, int level, const char *msg)
{
    (void)user;
    if (level <= 2) fprintf(stderr, "  pipeline: %s\n", msg);
}

/* Runs pair p through a vmaf_model.h pipeline: the CPU tables registered, then (ctx) the
   context's Vulkan tables over them. Integer run (flt 0): vif, adm, motion with debug=true and
   the models vmaf_v0.6.1 ("vmaf"), its NEG ("vmaf_neg") and 4K ("vmaf_4k") variants; float
   run: float_vif, float_adm, float_motion with debug=true and vmaf_float_v0.6.1 ("vmaf").
   *states gets the number of extractor states sharing ctx. */
static int pipe_run(VmafVkContext *ctx, const th_pair *p, int flt, recs *out, unsigned *states)
{
    static const char *const int_models[3][2] = {{"vmaf_v0.6.1", "vmaf"}, {"vmaf_v0.6.1neg", "vmaf_neg"}, {"vmaf_4k_v0.6.1", "vmaf_4k"}};
    static const char *const flt_models[1][2] = {{"vmaf_float_v0.6.1", "vmaf"}};
    static const char *const int_feat[3] = {"vif", "adm", "motion"}, *const flt_feat[3] = {"float_vif", "float_adm", "float_motion"};
    VmafModelPipelineConfig pc;
    VmafModelPipeline *pl = NULL;
    VmafModelFile *m[3] = {NULL, NULL, NULL};
    const unsigned nm = flt ? 1u : 3u;
    unsigned i, refs0 = ctx ? ctx->refs : 0;
    int err;
    memset(&pc, 0, sizeof pc);
    pc.w = p->w;
    pc.h = p->h;
    pc.bpc = p->bpc;
    pc.layout = layout_of(p);
    pc.emit = emit_cb;
    pc.emit_user = out;
    pc.log = pipe_log;
    err = vmaf_model_pipeline_create(&pl, &pc);
    if (err) return err;
    err = vmaf_model_pipeline_register_known(pl) == 6 ? 0 : -1;
    for (i = 0; !err && ctx && vmaf_vk_extractor_name(i); i++)
        err = vmaf_model_pipeline_register(pl, vmaf_vk_context_extractor(ctx, vmaf_vk_extractor_name(i)));
    /* --feature first: the debug instances serve the models too (same keys) */
    for (i = 0; !err && i < 3; i++) err = vmaf_model_pipeline_add_feature(pl, flt ? flt_feat[i] : int_feat[i], "debug=true");
    for (i = 0; !err && i < nm; i++) {
        VmafModelOptions mo;
        memset(&mo, 0, sizeof mo);
        mo.name = flt ? flt_models[i][1] : int_models[i][1];
        err = vmaf_model_builtin(&m[i], flt ? flt_models[i][0] : int_models[i][0], &mo);
        if (!err) err = vmaf_model_pipeline_add_model(pl, m[i]);
    }
    if (states) *states = ctx ? ctx->refs - refs0 : 0;
    for (i = 0; !err && i < p->frames; i++) {
        unsigned char *rb, *db;
        VmafFrame rf, df;
        if (read_pair(p, i, &rf, &df, &rb, &db)) {
            err = -1;
            break;
        }
        err = vmaf_model_pipeline_push(pl, &rf, &df);
        free(rb);
        free(db);
    }
    if (!err) err = vmaf_model_pipeline_flush(pl);
    vmaf_model_pipeline_destroy(pl);
    for (i = 0; i < nm; i++) vmaf_model_free(m[i]);
    if (ctx) CHECK(ctx->refs == refs0, "%s: the pipeline released every state of the context", p->name);
    return err;
}

static void test_pairs(VmafVkContext *ctx)
{
    const char *full = getenv("VK_TEST_FULL");
    th_pair pairs[32];
    int np = th_pairs(pairs, 32), i, flt;
    CHECK(np >= 12, "manifest has the test pairs (%d)", np);
    for (i = 0; i < np; i++) {
        const th_pair *p = &pairs[i];
        for (flt = 0; flt < 2; flt++) {
            recs gpu = {NULL, 0, 0}, cpu = {NULL, 0, 0};
            unsigned states = 0;
            int e1, e2;
            char what[96];
            /* float at small sizes; VK_TEST_FULL=1 adds the 1080p pairs (about 10 s each on lavapipe) */
            if (flt && p->w >= 1920 && !(full && *full == '1')) continue;
            e1 = pipe_run(ctx, p, flt, &gpu, &states);
            e2 = pipe_run(NULL, p, flt, &cpu, NULL);
            if (CHECK(!e1 && !e2, "%s %s: pipeline runs (GPU %d, CPU %d)", p->name, flt ? "float" : "integer", e1, e2)) {
                /* integer: vif, adm, motion + vif, adm with egl 1; float: the three */
                CHECK(states == (flt ? 3u : 5u), "%s: %u extractor states share the one device", p->name, states);
                if (!flt) {
                    compare(p->name, "debug_int", &gpu, p->frames, 0, NULL);
                    compare(p->name, "default", &gpu, p->frames, 0, "vmaf");
                    compare(p->name, "neg", &gpu, p->frames, 0, "vmaf_neg");
                    compare(p->name, "4k", &gpu, p->frames, 0, "vmaf_4k");
                } else {
                    compare(p->name, "debug_float", &gpu, p->frames, 1, NULL);
                    compare(p->name, "float", &gpu, p->frames, 1, "vmaf");
                }
                snprintf(what, sizeof what, "%.60s %s pipeline", p->name, flt ? "float" : "integer");
                compare_cpu(what, &gpu, &cpu, flt);
            }
            free(gpu.r);
            free(cpu.r);
        }
        fprintf(stderr, "pair %s done (%.1f s CPU)\n", p->name, (double)clock() / CLOCKS_PER_SEC);
    }
}

/* ---- the seam: a "cpu-ref" backend of wrapper tables with their own user pointer ---- */
typedef struct {
    unsigned magic, creates, destroys, pushes, live, max_live;
} cpuref_ctx;
typedef struct {
    const VmafExtractor *cpu;
    void *inner;
    cpuref_ctx *ctx;
} cpuref_state;

static int cpuref_create(const VmafExtractor *cpu, void **s, const VmafExtractorArgs *a)
{
    cpuref_ctx *c = (cpuref_ctx *)a->user;
    cpuref_state *st;
    VmafExtractorArgs b = *a;
    int err;
    *s = NULL;
    if (!c || c->magic != 0xC0FFEEu) return VMAF_ERR_INVALID_ARGUMENT;
    st = (cpuref_state *)calloc(1, sizeof *st);
    if (!st) return VMAF_ERR_OUT_OF_MEMORY;
    b.user = cpu->user;
    err = cpu->create(&st->inner, &b);
    if (err) {
        free(st);
        return err;
    }
    st->cpu = cpu;
    st->ctx = c;
    c->creates++;
    if (++c->live > c->max_live) c->max_live = c->live;
    *s = st;
    return VMAF_OK;
}
static int cpuref_create_vif(void **s, const VmafExtractorArgs *a) { return cpuref_create(vmaf_vif_extractor(), s, a); }
static int cpuref_create_adm(void **s, const VmafExtractorArgs *a) { return cpuref_create(vmaf_adm_extractor(), s, a); }
static int cpuref_key(void *s, const char *provided, char *out, size_t size)
{
    cpuref_state *st = (cpuref_state *)s;
    return st->cpu->key(st->inner, provided, out, size);
}
static int cpuref_push(void *s, const VmafFrame *ref, const VmafFrame *dis, unsigned index, VmafEmitFn emit, void *user)
{
    cpuref_state *st = (cpuref_state *)s;
    st->ctx->pushes++;
    return st->cpu->push(st->inner, ref, dis, index, emit, user);
}
static void cpuref_destroy(void *s)
{
    cpuref_state *st = (cpuref_state *)s;
    if (!st) return;
    st->ctx->destroys++;
    st->ctx->live--;
    st->cpu->destroy(st->inner);
    free(st);
}

static void test_seam(void)
{
    cpuref_ctx c;
    VmafExtractor tables[2];
    VmafModelPipelineConfig pc;
    VmafModelPipeline *pl = NULL;
    VmafModelFile *m = NULL;
    th_pair p;
    recs o = {NULL, 0, 0};
    unsigned i;
    int err;
    if (!CHECK(th_pair_by_name("src01_8bit", &p), "pair src01_8bit")) return;
    memset(&c, 0, sizeof c);
    c.magic = 0xC0FFEEu;
    /* the backend has vif and adm (same names, provided lists, keys: those of the CPU), no motion */
    tables[0] = *vmaf_vif_extractor();
    tables[0].create = cpuref_create_vif;
    tables[1] = *vmaf_adm_extractor();
    tables[1].create = cpuref_create_adm;
    for (i = 0; i < 2; i++) {
        tables[i].key = cpuref_key;
        tables[i].push = cpuref_push;
        tables[i].flush = NULL;
        tables[i].destroy = cpuref_destroy;
        tables[i].user = &c;
    }
    memset(&pc, 0, sizeof pc);
    pc.w = p.w;
    pc.h = p.h;
    pc.bpc = p.bpc;
    pc.layout = layout_of(&p);
    pc.emit = emit_cb;
    pc.emit_user = &o;
    pc.log = pipe_log;
    err = vmaf_model_pipeline_create(&pl, &pc);
    if (!err) err = vmaf_model_pipeline_register_known(pl) == 6 ? 0 : -1;     /* CPU first ... */
    for (i = 0; !err && i < 2; i++) err = vmaf_model_pipeline_register(pl, &tables[i]); /* ... backend over it */
    if (!err) err = vmaf_model_builtin(&m, "vmaf_v0.6.1", NULL);
    if (!err) err = vmaf_model_pipeline_add_model(pl, m);
    for (i = 0; !err && i < p.frames; i++) {
        unsigned char *rb, *db;
        VmafFrame rf, df;
        if (read_pair(&p, i, &rf, &df, &rb, &db)) {
            err = -1;
            break;
        }
        err = vmaf_model_pipeline_push(pl, &rf, &df);
        free(rb);
        free(db);
    }
    if (!err) err = vmaf_model_pipeline_flush(pl);
    vmaf_model_pipeline_destroy(pl);
    vmaf_model_free(m);
    if (CHECK(err == 0, "cpu-ref backend: pipeline run (%d)", err)) {
        /* the pipeline may create and drop duplicates while it resolves keys: 2 stay */
        CHECK(c.creates >= 2 && c.creates == c.destroys && c.max_live >= 2 && c.pushes == 2 * p.frames,
              "cpu-ref backend: create got its user pointer; states of vif and adm ran every frame "
              "(%u created, %u destroyed, %u at most alive, %u pushes)", c.creates, c.destroys, c.max_live, c.pushes);
        CHECK(find(&o, 0, "integer_motion2") != NULL, "cpu-ref backend lacks motion: the CPU table registered too provides it");
        compare("src01_8bit", "default", &o, p.frames, 0, "vmaf");
    }
    free(o.r);
}

/* The fallback: an option the GPU refuses runs on the CPU table set on the context. */
static void test_fallback(VmafVkContext *ctx)
{
    static const struct {
        const char *fex, *opts;
    } cases[] = {{"float_vif", "vif_prescale=2.0:debug=true"},
                 {"float_adm", "adm_p_norm=2.0:debug=true"},
                 {"float_motion", "motion_add_scale1=true"},
                 {"adm", "adm_csf_mode=1:adm_csf_scale=0.002893:adm_csf_diag_scale=0.001586:debug=true"}};
    VmafExtractor odd;
    th_pair p;
    size_t i;
    if (!CHECK(th_pair_by_name("q160x90_8bit", &p), "pair q160x90_8bit")) return;
    CHECK(vmaf_vk_context_fallback(ctx, NULL) == VMAF_ERR_INVALID_ARGUMENT, "fallback: NULL table");
    odd = *vmaf_vif_extractor();
    odd.name = "psnr";
    CHECK(vmaf_vk_context_fallback(ctx, &odd) == VMAF_ERR_NOT_FOUND, "fallback: no GPU extractor of that name");
    odd.name = "motion";
    CHECK(vmaf_vk_context_fallback(ctx, &odd) == VMAF_ERR_INVALID_ARGUMENT, "fallback: temporal flag differs");
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        recs g = {NULL, 0, 0}, c = {NULL, 0, 0};
        const VmafExtractor *cpu = cpu_table(cases[i].fex);
        VmafExtractorArgs a;
        void *st = NULL;
        int err;
        char what[128];
        memset(&a, 0, sizeof a);
        a.w = p.w;
        a.h = p.h;
        a.bpc = p.bpc;
        a.options = cases[i].opts;
        CHECK(vmaf_vk_create(ctx, cases[i].fex, &st, &a) == VMAF_ERR_UNSUPPORTED && !st, "%s %s: refused by the GPU path",
              cases[i].fex, cases[i].opts);
        CHECK(vmaf_vk_context_fallback(ctx, cpu) == 0, "%s: fallback table set", cases[i].fex);
        err = run(ctx, &p, cases[i].fex, cases[i].opts, 6, &g);
        if (!err) {
            const VmafExtractor *t = cpu;
            unsigned f;
            a.user = NULL;
            err = t->create(&st, &a);
            for (f = 0; !err && f < 6; f++) {
                unsigned char *rb, *db;
                VmafFrame rf, df;
                if (read_pair(&p, f, &rf, &df, &rb, &db)) {
                    err = -1;
                    break;
                }
                err = t->push(st, &rf, &df, f, emit_cb, &c);
                free(rb);
                free(db);
            }
            if (!err && t->flush) err = t->flush(st, emit_cb, &c);
            if (st) t->destroy(st);
        }
        if (CHECK(err == 0, "%s %s: runs through the fallback (%d)", cases[i].fex, cases[i].opts, err)) {
            snprintf(what, sizeof what, "%s %s (fallback)", cases[i].fex, cases[i].opts);
            compare_cpu(what, &g, &c, 0);
        }
        free(g.r);
        free(c.r);
    }
}

static void test_api(VmafVkContext *ctx)
{
    const VmafExtractor *vif = vmaf_vk_extractor("vif"), *adm = vmaf_vk_extractor("adm"), *mot = vmaf_vk_extractor("motion");
    VmafExtractorArgs a;
    void *st = NULL;
    char key[256];
    th_pair p;
    VmafVkTiming tm;
    recs o1 = {NULL, 0, 0}, o2 = {NULL, 0, 0};
    static VmafVkContext fake; /* zeroed: not a context */
    int i, err;
    CHECK(vif && adm && mot && vmaf_vk_extractor("float_vif") && vmaf_vk_extractor("float_motion") && !vmaf_vk_extractor("psnr") &&
              !vmaf_vk_extractor(NULL),
          "table lookup by name");
    CHECK(vmaf_vk_extractor_on("vif", 7) && !vmaf_vk_extractor_on("vif", 8), "device-bound tables 0..7");
    CHECK(!strcmp(vmaf_vk_extractor_name(0), "vif") && !strcmp(vmaf_vk_extractor_name(5), "float_motion") && !vmaf_vk_extractor_name(6),
          "extractor names");
    CHECK(vif->abi == VMAF_EXTRACTOR_ABI && vif->size == sizeof(VmafExtractor) && !strcmp(vif->name, "vif") &&
              !strcmp(adm->name, "adm") && !strcmp(mot->name, "motion") && mot->flags == VMAF_EXTRACTOR_TEMPORAL &&
              mot->flush && !vif->flush && !vif->user,
          "table fields");
    CHECK(!strcmp(vmaf_vk_version(), VMAF_VK_VERSION_STRING), "version");
    memset(&a, 0, sizeof a);
    a.w = 64;
    a.h = 64;
    a.bpc = 10;
    a.options = "vif_enhn_gain_limit=1.0";
    err = vmaf_vk_create(ctx, "vif", &st, &a);
    if (CHECK(err == 0, "vif create 64x64 (%d)", err)) {
        CHECK(vif->key(st, "VMAF_integer_feature_vif_scale2_score", key, sizeof key) == 0 &&
                  !strcmp(key, "integer_vif_scale2_egl_1"), "key with option suffix: %s", key);
        CHECK(vif->key(st, "integer_vif_num", key, sizeof key) == 0 && !strcmp(key, "integer_vif_num_egl_1"), "debug key: %s", key);
        CHECK(vif->key(st, "VMAF_integer_feature_adm2_score", key, sizeof key) == VMAF_ERR_NOT_FOUND, "key of another extractor");
        {
            VmafFrame f;
            memset(&f, 0, sizeof f);
            f.w = 64;
            f.h = 32;
            f.bpc = 10;
            f.data[0] = key;
            f.stride[0] = 128;
            CHECK(vif->push(st, &f, &f, 0, NULL, NULL) == VMAF_ERR_MISMATCH, "frame of another size");
            CHECK(vif->push(st, NULL, &f, 0, NULL, NULL) == VMAF_ERR_INVALID_ARGUMENT, "NULL frame");
        }
        vif->destroy(st);
    }
    a.options = NULL;
    err = vmaf_vk_create(ctx, "motion", &st, &a);
    if (CHECK(err == 0, "motion create")) {
        CHECK(mot->key(st, "VMAF_integer_feature_motion2_score", key, sizeof key) == 0 && !strcmp(key, "VMAF_integer_feature_motion2_score"), "default key");
        CHECK(mot->flush(st, NULL, NULL) == 0, "flush with no frames");
        mot->destroy(st);
    }
    a.options = "vif_enhn_gain_limit=0.5";
    CHECK(vmaf_vk_create(ctx, "vif", &st, &a) == VMAF_ERR_BAD_OPTION && st == NULL, "option out of range");
    a.options = "no_such_option=1";
    CHECK(vmaf_vk_create(ctx, "vif", &st, &a) == VMAF_ERR_BAD_OPTION, "unknown option");
    a.options = "vif_kernelscale=1.3";
    CHECK(vmaf_vk_create(ctx, "float_vif", &st, &a) == VMAF_ERR_BAD_OPTION, "float_vif: kernel scale not accepted");
    a.options = "adm_norm_view_dist=1.5";
    CHECK(vmaf_vk_create(ctx, "adm", &st, &a) == VMAF_ERR_BAD_OPTION, "nvd * rdh < 3240 refused");
    a.options = "adm_csf_mode=1";
    CHECK(vmaf_vk_create(ctx, "adm", &st, &a) == VMAF_ERR_UNSUPPORTED, "Barten CSF refused (CPU fallback)");
    a.options = NULL;
    CHECK(vmaf_vk_create(ctx, "psnr", &st, &a) == VMAF_ERR_NOT_FOUND, "unknown extractor");
    a.w = 15;
    CHECK(vmaf_vk_create(ctx, "vif", &st, &a) == VMAF_ERR_TOO_SMALL, "vif below 16");
    CHECK(vmaf_vk_create(ctx, "float_vif", &st, &a) == VMAF_ERR_TOO_SMALL, "float_vif below 16");
    a.w = 32;
    CHECK(vmaf_vk_create(ctx, "adm", &st, &a) == VMAF_ERR_TOO_SMALL, "adm below 33");
    CHECK(vmaf_vk_create(ctx, "float_adm", &st, &a) == VMAF_ERR_TOO_SMALL, "float_adm below 33");
    a.w = 64;
    a.bpc = 17;
    CHECK(vmaf_vk_create(ctx, "motion", &st, &a) == VMAF_ERR_BAD_BPC, "bpc 17");
    CHECK(vmaf_vk_create(NULL, "vif", &st, &a) == VMAF_ERR_INVALID_ARGUMENT, "NULL context");
    a.bpc = 8;
    a.user = NULL;
    CHECK(vmaf_vk_context_extractor(ctx, "adm")->create(&st, &a) == VMAF_ERR_INVALID_ARGUMENT && !st,
          "per-context table: args->user must be the table's user");
    a.user = &fake;
    CHECK(vmaf_vk_context_extractor(ctx, "adm")->create(&st, &a) == VMAF_ERR_INVALID_ARGUMENT && !st,
          "per-context table: args->user that is no context is refused");
    CHECK(vmaf_vk_context_extractor(&fake, "adm") == NULL, "no tables of a non-context");

    /* padded, offset stride gives the same values; private-device table gives the same too */
    if (th_pair_by_name("hall_cif_422_10bit", &p)) {
        unsigned char *rb = (unsigned char *)th_read_frame(&p, 0, 0), *db = (unsigned char *)th_read_frame(&p, 1, 0);
        size_t row = (size_t)p.w * 2, pitch = row + 70;
        unsigned char *rp = (unsigned char *)calloc(pitch * p.h + 2, 1), *dp = (unsigned char *)calloc(pitch * p.h + 2, 1);
        static const char *const names[4] = {"vif", "adm", "float_vif", "float_adm"};
        VmafFrame rf, df;
        unsigned y;
        for (y = 0; y < p.h; y++) {
            memcpy(rp + 2 + y * pitch, rb + y * row, row);
            memcpy(dp + 2 + y * pitch, db + y * row, row);
        }
        memset(&rf, 0, sizeof rf);
        rf.w = p.w;
        rf.h = p.h;
        rf.bpc = 10;
        rf.layout = VMAF_LAYOUT_422;
        rf.data[0] = rb;
        rf.stride[0] = (ptrdiff_t)row;
        df = rf;
        df.data[0] = db;
        memset(&a, 0, sizeof a);
        a.w = p.w;
        a.h = p.h;
        a.bpc = 10;
        a.layout = VMAF_LAYOUT_422;
        a.options = "debug=true";
        for (i = 0; i < 4; i++) {
            const VmafExtractor *t = vmaf_vk_extractor(names[i]);
            err = vmaf_vk_create(ctx, t->name, &st, &a);
            if (!CHECK(err == 0, "%s create", t->name)) continue;
            CHECK(t->push(st, &rf, &df, 0, emit_cb, &o1) == 0, "%s tight push", t->name);
            CHECK(vmaf_vk_last_timing(st, &tm) == 0 && (!tm.valid || (tm.compute_ms > 0 && tm.upload_ms >= 0)),
                  "timing (%d, %.3f ms)", tm.valid, tm.compute_ms);
            rf.data[0] = rp + 2;
            df.data[0] = dp + 2;
            rf.stride[0] = df.stride[0] = (ptrdiff_t)pitch;
            CHECK(t->push(st, &rf, &df, 0, emit_cb, &o2) == 0, "%s padded push", t->name);
            rf.data[0] = rb;
            df.data[0] = db;
            rf.stride[0] = df.stride[0] = (ptrdiff_t)row;
            t->destroy(st);
        }
        if (CHECK(o1.n == o2.n && o1.n > 0, "same number of values")) {
            int same = 1;
            for (i = 0; i < o1.n; i++) same &= o1.r[i].v == o2.r[i].v && !strcmp(o1.r[i].key, o2.r[i].key);
            CHECK(same, "padded stride gives identical values");
        }
        /* the plain table: private context on device 0 */
        o2.n = 0;
        err = vif->create(&st, &a);
        if (CHECK(err == 0, "plain table create (%d)", err)) {
            CHECK(vif->push(st, &rf, &df, 0, emit_cb, &o2) == 0, "plain table push");
            vif->destroy(st);
            CHECK(o2.n == 15 && o2.r[0].v == o1.r[0].v && o2.r[14].v == o1.r[14].v, "plain table gives the same values");
        }
        free(rb);
        free(db);
        free(rp);
        free(dp);
    }
    /* temporal extractors: frames in order, push after flush */
    for (i = 0; i < 2; i++) {
        const VmafExtractor *t = vmaf_vk_extractor(i ? "float_motion" : "motion");
        memset(&a, 0, sizeof a);
        a.w = 16;
        a.h = 16;
        a.bpc = 8;
        if (CHECK(vmaf_vk_create(ctx, t->name, &st, &a) == 0, "%s 16x16", t->name)) {
            unsigned char pix[256];
            VmafFrame f;
            memset(pix, 7, sizeof pix);
            memset(&f, 0, sizeof f);
            f.w = f.h = 16;
            f.bpc = 8;
            f.data[0] = pix;
            f.stride[0] = 16;
            CHECK(t->push(st, &f, NULL, 1, NULL, NULL) == VMAF_ERR_STATE, "%s frame 1 without frame 0", t->name);
            CHECK(t->push(st, &f, NULL, 0, NULL, NULL) == 0 && t->push(st, &f, NULL, 1, NULL, NULL) == 0, "%s push", t->name);
            CHECK(t->flush(st, NULL, NULL) == 0, "%s flush", t->name);
            CHECK(t->push(st, &f, NULL, 2, NULL, NULL) == VMAF_ERR_STATE, "%s push after flush", t->name);
            t->destroy(st);
        }
    }
    free(o1.r);
    free(o2.r);
}

int main(int argc, char **argv)
{
    /* harness helpers this program does not need */
    (void)th_golden_get;
    (void)th_golden_pooled;
    (void)th_golden_args;
    VmafVkConfig cfg;
    VmafVkContext *ctx = NULL;
    unsigned n = 0;
    char name[256];
    int err, f, k;
    th_init();
    if (argc > 1 && !strcmp(argv[1], "--no-device")) {
        VmafExtractorArgs a;
        void *st = (void *)&n;
        memset(&a, 0, sizeof a);
        a.w = a.h = 64;
        a.bpc = 8;
        CHECK(vmaf_vk_device_count(&n) == 0 && n == 0, "no device counted");
        CHECK(vmaf_vk_context_create(&ctx, NULL) == VMAF_ERR_NO_DEVICE && !ctx, "context: VMAF_ERR_NO_DEVICE");
        CHECK(vmaf_vk_extractor("adm")->create(&st, &a) == VMAF_ERR_NO_DEVICE && !st, "extractor create: VMAF_ERR_NO_DEVICE");
        st = (void *)&n;
        CHECK(vmaf_vk_extractor("float_motion")->create(&st, &a) == VMAF_ERR_NO_DEVICE && !st, "float create: VMAF_ERR_NO_DEVICE");
        return th_finish();
    }
    test_constants();
    test_seam(); /* needs no device */
    err = vmaf_vk_device_count(&n);
    if (err || n == 0) {
        th_skip("no Vulkan device (install mesa-vulkan-drivers for lavapipe)");
        return th_finish();
    }
    CHECK(vmaf_vk_device_name(0, name, sizeof name) == 0 && name[0], "device name");
    CHECK(vmaf_vk_device_name(n, name, sizeof name) == VMAF_ERR_NO_DEVICE, "device index out of range");
    memset(&cfg, 0, sizeof cfg);
    cfg.flags = VMAF_VK_VALIDATION;
    cfg.message = on_message;
    err = vmaf_vk_context_create(&ctx, &cfg);
    if (err == VMAF_ERR_UNSUPPORTED) {
        th_skip("validation layer not installed (apt-get install vulkan-validationlayers); testing without it");
        cfg.flags = 0;
        err = vmaf_vk_context_create(&ctx, &cfg);
    }
    if (!CHECK(err == 0, "context create (%d)", err)) return th_finish();
    fprintf(stderr, "device: %s\n", vmaf_vk_context_device_name(ctx));
    test_api(ctx);
    test_tables(ctx);
    fprintf(stderr, "api, tables done (%.1f s CPU)\n", (double)clock() / CLOCKS_PER_SEC);
    test_sizes(ctx);
    fprintf(stderr, "sizes done (%.1f s CPU)\n", (double)clock() / CLOCKS_PER_SEC);
    test_options(ctx);
    fprintf(stderr, "options done (%.1f s CPU)\n", (double)clock() / CLOCKS_PER_SEC);
    test_pairs(ctx);
    test_fallback(ctx);
    fprintf(stderr, "fallback done (%.1f s CPU)\n", (double)clock() / CLOCKS_PER_SEC);
    CHECK(vmaf_vk_context_messages(ctx) == messages, "message counter");
    vmaf_vk_context_destroy(ctx);
    CHECK(messages == 0, "zero validation messages (%lu)", messages);
    for (f = 0; f < 2; f++)
        for (k = 0; k < NFAM; k++)
            printf("parity %-5s %-6s: goldens %ld of %ld bit-identical (max |diff| %.3g); CPU path %ld of %ld (max |diff| %.3g)\n",
                   f ? "float" : "int", fam_name[k], g_exact[f][k], g_total[f][k], g_maxdiff[f][k], c_exact[f][k], c_total[f][k],
                   c_maxdiff[f][k]);
    return th_finish();
}
