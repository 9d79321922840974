/* tests/vk/test_vk.c - tests of addons/vk/vmaf_vk.h (Vulkan addon) on whatever Vulkan device is
   present (CI: Mesa lavapipe), with the validation layer on: any validation message fails.
   Built and run by tests/test_vk.sh (it needs Vulkan flags, so it is not named tests/test_*.c).

   Checks:
   - host constants: the log2 table hash, cos^2(1 deg), Watson CSF factors (SPEC 2.5, 4.4, 4.5);
   - every value of every frame of every pair in tests/data/testdata against the libvmaf
     goldens debug_int, default, 4k and neg (17 digits): bit-identical is required;
   - the option goldens of src01_8bit / q160x90_8bit (vif, adm, motion options);
   - API: names, keys, errors, strides, timing, the plain (private-device) tables;
   - with --no-device (run under VK_DRIVER_FILES=/nonexistent): VMAF_ERR_NO_DEVICE.
   Prints per-family counts of bit-identical values and the summary line. */
#define VMAF_VK_IMPLEMENTATION
#include "vmaf_vk.h"
#include "harness.h"

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

/* family counters: 0 vif, 1 adm, 2 motion */
static long fam_total[3], fam_exact[3];
static double fam_maxdiff[3];
static int family(const char *name)
{
    if (strstr(name, "vif")) return 0;
    if (strstr(name, "motion")) return 2;
    return 1;
}

/* Runs extractor `name` with `opts` over the first `nframes` frames of pair p. */
static int run(VmafVkContext *ctx, const th_pair *p, const char *name, const char *opts, unsigned nframes, recs *out)
{
    const VmafExtractor *t = vmaf_vk_extractor(name);
    VmafExtractorArgs a;
    void *st = NULL;
    unsigned i;
    int err;
    memset(&a, 0, sizeof a);
    a.w = p->w;
    a.h = p->h;
    a.bpc = p->bpc;
    a.layout = p->layout == 444 ? VMAF_LAYOUT_444 : (p->layout == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420);
    a.options = opts;
    err = vmaf_vk_create(ctx, name, &st, &a);
    if (err) return err;
    for (i = 0; i < nframes && !err; i++) {
        unsigned char *rb = (unsigned char *)th_read_frame(p, 0, i), *db = (unsigned char *)th_read_frame(p, 1, i);
        VmafFrame rf, df;
        size_t bps = p->bpc > 8 ? 2 : 1, luma = (size_t)p->w * p->h * bps;
        if (!rb || !db) {
            free(rb);
            free(db);
            err = -1;
            break;
        }
        memset(&rf, 0, sizeof rf);
        rf.w = p->w;
        rf.h = p->h;
        rf.bpc = p->bpc;
        rf.layout = a.layout;
        rf.data[0] = rb;
        rf.stride[0] = (ptrdiff_t)(p->w * bps);
        df = rf;
        df.data[0] = db;
        (void)luma;
        err = t->push(st, &rf, &df, i, emit_cb, out);
        free(rb);
        free(db);
    }
    if (!err && t->flush) err = t->flush(st, emit_cb, out);
    t->destroy(st);
    return err;
}

/* Every value of golden `g` (frames < nframes, names not skipped) must equal ours exactly. */
static void compare(const char *pair, const char *golden, const recs *o, unsigned nframes)
{
    th_golden *g = th_golden_load(pair, golden);
    int i, k, missing = 0, differ = 0, n = 0;
    if (!CHECK(g != NULL, "%s/%s golden loads", pair, golden)) return;
    for (i = 0; i < g->nframes; i++) {
        const th_gframe *f = &g->frames[i];
        if (f->frame_num >= nframes) continue;
        for (k = 0; k < f->n; k++) {
            const rec *r;
            int fam;
            double d;
            if (!strcmp(f->kv[k].name, "vmaf")) continue;
            r = find(o, f->frame_num, f->kv[k].name);
            if (!r) {
                if (missing++ < 3) fprintf(stderr, "  %s/%s frame %u: no value for %s\n", pair, golden, f->frame_num, f->kv[k].name);
                continue;
            }
            fam = family(f->kv[k].name);
            d = fabs(r->v - f->kv[k].value);
            fam_total[fam]++;
            n++;
            if (r->v == f->kv[k].value) fam_exact[fam]++;
            else if (differ++ < 5)
                fprintf(stderr, "  %s/%s frame %u %s: %.17g vs golden %.17g (diff %.3g)\n", pair, golden, f->frame_num,
                        f->kv[k].name, r->v, f->kv[k].value, d);
            if (d > fam_maxdiff[fam]) fam_maxdiff[fam] = d;
        }
    }
    CHECK(missing == 0 && n > 0, "%s/%s: every golden value produced (%d missing)", pair, golden, missing);
    CHECK(differ == 0, "%s/%s: %d values, %d not bit-identical", pair, golden, n, differ);
    th_golden_free(g);
}

static void test_constants(void)
{
    static uint32_t words[32768];
    static const float f1[4] = {0x1.1cc774p-6f, 0x1.06050cp-5f, 0x1.634f1p-5f, 0x1.762816p-5f};
    static const float f2[4] = {0x1.820d54p-8f, 0x1.d48d46p-7f, 0x1.8fb80cp-6f, 0x1.008392p-5f};
    static const uint32_t u1[4] = {0, 137373792u, 186284160u, 196165808u};
    static const uint32_t u2[4] = {0, 61414028u, 104783920u, 134487184u};
    float cos2 = (float)(cos(1.0 * 3.14159265358979323846 / 180.0) * cos(1.0 * 3.14159265358979323846 / 180.0));
    int s;
    CHECK(vmaf__vk_log2_table(words) == 0, "log2 table hash (SPEC 2.5)");
    CHECK(((words[33108 >> 1] >> 0) & 0xFFFF) == 30751, "log2 T[33108] = 30751");
    CHECK(cos2 == 0x1.ffd814p-1f, "cos^2(1 deg) = 0x1.ffd814p-1");
    for (s = 0; s < 4; s++) {
        float a, b;
        vmaf__vk_csf_factors(0, s, 3.0, 1080, &a, &b);
        CHECK(a == f1[s] && b == f2[s], "Watson factors scale %d: %a %a", s, a, b);
        if (s > 0) CHECK((uint32_t)(a * pow(2, 32)) == u1[s] && (uint32_t)(b * pow(2, 32)) == u2[s], "fixed-point factors scale %d", s);
    }
    CHECK(vmaf__vk_ceil_log2(1) == 0 && vmaf__vk_ceil_log2(17) == 5 && vmaf__vk_ceil_log2(16) == 4, "ceil_log2");
}

static void test_pairs(VmafVkContext *ctx)
{
    th_pair pairs[32];
    int np = th_pairs(pairs, 32), i;
    CHECK(np >= 12, "manifest has the test pairs (%d)", np);
    for (i = 0; i < np; i++) {
        const th_pair *p = &pairs[i];
        unsigned nf = p->frames;
        recs a = {NULL, 0, 0}, b = {NULL, 0, 0};
        int e1 = run(ctx, p, "vif", "debug=true", nf, &a);
        int e2 = run(ctx, p, "adm", "debug=true", nf, &a);
        int e3 = run(ctx, p, "motion", "debug=true", nf, &a);
        int e4 = run(ctx, p, "vif", "vif_enhn_gain_limit=1.0", nf, &b);
        int e5 = run(ctx, p, "adm", "adm_enhn_gain_limit=1.0", nf, &b);
        int e6 = run(ctx, p, "motion", NULL, nf, &b);
        if (!CHECK(!e1 && !e2 && !e3 && !e4 && !e5 && !e6, "%s: extraction (%d %d %d %d %d %d)", p->name, e1, e2, e3, e4, e5, e6))
            continue;
        compare(p->name, "debug_int", &a, nf);
        compare(p->name, "default", &a, nf);
        compare(p->name, "4k", &a, nf);
        compare(p->name, "neg", &b, nf);
        free(a.r);
        free(b.r);
        fprintf(stderr, "pair %s done\n", p->name);
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
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        th_pair p;
        recs o = {NULL, 0, 0};
        int err;
        if (!CHECK(th_pair_by_name(cases[i].pair, &p), "pair %s", cases[i].pair)) continue;
        err = run(ctx, &p, cases[i].fex, cases[i].opts, p.frames, &o);
        if (CHECK(err == 0, "%s %s: extraction (%d)", cases[i].pair, cases[i].golden, err))
            compare(cases[i].pair, cases[i].golden, &o, p.frames);
        free(o.r);
    }
}

/* Odd and minimum sizes, every bit depth's extremes: no error, finite values (no oracle for
   these sizes in the goldens; the point is clean execution under validation). */
static void test_sizes(VmafVkContext *ctx)
{
    static const struct {
        const char *fex;
        unsigned w, h, bpc;
    } cases[] = {{"vif", 16, 16, 8}, {"vif", 17, 31, 9}, {"vif", 35, 33, 16}, {"adm", 33, 33, 8},
                 {"adm", 35, 37, 11}, {"adm", 34, 33, 16}, {"motion", 3, 3, 8}, {"motion", 7, 5, 13}};
    size_t c;
    uint32_t seed = 1;
    for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const VmafExtractor *t = vmaf_vk_extractor(cases[c].fex);
        unsigned w = cases[c].w, h = cases[c].h, bpc = cases[c].bpc, f, x, maxv = (1u << bpc) - 1;
        uint16_t *buf[2];
        VmafExtractorArgs a;
        void *st;
        recs o = {NULL, 0, 0};
        int err, i, finite = 1;
        memset(&a, 0, sizeof a);
        a.w = w;
        a.h = h;
        a.bpc = bpc;
        a.options = "debug=true";
        err = vmaf_vk_create(ctx, cases[c].fex, &st, &a);
        if (!CHECK(err == 0, "%s %ux%u %u-bit create (%d)", cases[c].fex, w, h, bpc, err)) continue;
        buf[0] = (uint16_t *)malloc(sizeof(uint16_t) * w * h);
        buf[1] = (uint16_t *)malloc(sizeof(uint16_t) * w * h);
        for (f = 0; f < 3 && !err; f++) {
            VmafFrame rf, df;
            for (x = 0; x < w * h; x++) {
                seed = seed * 1664525u + 1013904223u;
                /* extremes on frame 0, random afterwards */
                buf[0][x] = (uint16_t)(f == 0 ? ((x & 1) ? maxv : 0) : (seed >> 8) & maxv);
                buf[1][x] = (uint16_t)(f == 0 ? ((x & 2) ? maxv : 0) : (seed >> 12) & maxv);
                if (bpc == 8) {
                    ((uint8_t *)buf[0])[x] = (uint8_t)buf[0][x];
                    ((uint8_t *)buf[1])[x] = (uint8_t)buf[1][x];
                }
            }
            memset(&rf, 0, sizeof rf);
            rf.w = w;
            rf.h = h;
            rf.bpc = bpc;
            rf.data[0] = buf[0];
            rf.stride[0] = (ptrdiff_t)(w * (bpc > 8 ? 2 : 1));
            df = rf;
            df.data[0] = buf[1];
            err = t->push(st, &rf, &df, f, emit_cb, &o);
        }
        if (!err && t->flush) err = t->flush(st, emit_cb, &o);
        t->destroy(st);
        for (i = 0; i < o.n; i++) finite &= isfinite(o.r[i].v) != 0;
        CHECK(err == 0 && o.n > 0 && finite, "%s %ux%u %u-bit: %d values, all finite", cases[c].fex, w, h, bpc, o.n);
        free(buf[0]);
        free(buf[1]);
        free(o.r);
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
    int i, err;
    CHECK(vif && adm && mot && !vmaf_vk_extractor("float_vif") && !vmaf_vk_extractor(NULL), "table lookup by name");
    CHECK(vmaf_vk_extractor_on("vif", 7) && !vmaf_vk_extractor_on("vif", 8), "device-bound tables 0..7");
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
    a.options = "motion_fps_weight=1.23456789";
    err = vmaf_vk_create(ctx, "motion", &st, &a);
    if (CHECK(err == 0, "motion create with option")) {
        CHECK(mot->key(st, "VMAF_integer_feature_motion_sad_score", key, sizeof key) == 0 &&
                  !strcmp(key, "VMAF_integer_feature_motion_sad_score_mfw_1.23457"), "normalised option in key: %s", key);
        mot->destroy(st);
    }
    a.options = "vif_enhn_gain_limit=0.5";
    CHECK(vmaf_vk_create(ctx, "vif", &st, &a) == VMAF_ERR_BAD_OPTION && st == NULL, "option out of range");
    a.options = "no_such_option=1";
    CHECK(vmaf_vk_create(ctx, "vif", &st, &a) == VMAF_ERR_BAD_OPTION, "unknown option");
    a.options = "adm_norm_view_dist=1.5";
    CHECK(vmaf_vk_create(ctx, "adm", &st, &a) == VMAF_ERR_BAD_OPTION, "nvd * rdh < 3240 refused");
    a.options = "adm_csf_mode=1";
    CHECK(vmaf_vk_create(ctx, "adm", &st, &a) == VMAF_ERR_UNSUPPORTED, "Barten CSF refused (CPU fallback)");
    a.options = NULL;
    CHECK(vmaf_vk_create(ctx, "float_vif", &st, &a) == VMAF_ERR_NOT_FOUND, "unknown extractor");
    a.w = 15;
    CHECK(vmaf_vk_create(ctx, "vif", &st, &a) == VMAF_ERR_TOO_SMALL, "vif below 16");
    a.w = 32;
    CHECK(vmaf_vk_create(ctx, "adm", &st, &a) == VMAF_ERR_TOO_SMALL, "adm below 33");
    a.w = 64;
    a.bpc = 17;
    CHECK(vmaf_vk_create(ctx, "motion", &st, &a) == VMAF_ERR_BAD_BPC, "bpc 17");
    CHECK(vmaf_vk_create(NULL, "vif", &st, &a) == VMAF_ERR_INVALID_ARGUMENT, "NULL context");

    /* padded, offset stride gives the same values; private-device table gives the same too */
    if (th_pair_by_name("hall_cif_422_10bit", &p)) {
        unsigned char *rb = (unsigned char *)th_read_frame(&p, 0, 0), *db = (unsigned char *)th_read_frame(&p, 1, 0);
        size_t row = (size_t)p.w * 2, pitch = row + 70;
        unsigned char *rp = (unsigned char *)calloc(pitch * p.h + 2, 1), *dp = (unsigned char *)calloc(pitch * p.h + 2, 1);
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
        for (i = 0; i < 2; i++) {
            const VmafExtractor *t = i ? adm : vif;
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
    /* motion: out-of-order start, push after flush */
    memset(&a, 0, sizeof a);
    a.w = 16;
    a.h = 16;
    a.bpc = 8;
    if (CHECK(vmaf_vk_create(ctx, "motion", &st, &a) == 0, "motion 16x16")) {
        unsigned char pix[256];
        VmafFrame f;
        memset(pix, 7, sizeof pix);
        memset(&f, 0, sizeof f);
        f.w = f.h = 16;
        f.bpc = 8;
        f.data[0] = pix;
        f.stride[0] = 16;
        CHECK(mot->push(st, &f, NULL, 1, NULL, NULL) == VMAF_ERR_STATE, "motion frame 1 without frame 0");
        CHECK(mot->push(st, &f, NULL, 0, NULL, NULL) == 0 && mot->push(st, &f, NULL, 1, NULL, NULL) == 0, "motion push");
        CHECK(mot->flush(st, NULL, NULL) == 0, "motion flush");
        CHECK(mot->push(st, &f, NULL, 2, NULL, NULL) == VMAF_ERR_STATE, "push after flush");
        mot->destroy(st);
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
    int err, f;
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
        return th_finish();
    }
    test_constants();
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
    test_sizes(ctx);
    test_options(ctx);
    test_pairs(ctx);
    CHECK(vmaf_vk_context_messages(ctx) == messages, "message counter");
    vmaf_vk_context_destroy(ctx);
    CHECK(messages == 0, "zero validation messages (%lu)", messages);
    for (f = 0; f < 3; f++)
        printf("parity %-6s: %ld of %ld golden values bit-identical, max |diff| %.3g\n", f == 0 ? "vif" : (f == 1 ? "adm" : "motion"),
               fam_exact[f], fam_total[f], fam_maxdiff[f]);
    return th_finish();
}
