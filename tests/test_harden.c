/* tests/test_harden.c - bad input to every public function of the four headers (issue 7).

   Each bad-input class of tests/README.md ("Bad input") is fed to every public function that
   can receive it, through the public API only, and the returned code must be the one the header
   documents: NULL pointers, zero / too small / oversized dimensions (including sizes whose
   buffer computations would overflow size_t or int: 100000x100000, UINT_MAX), strides below the
   row (and negative; odd strides and addresses for 16-bit samples where the header says so),
   bit depths outside 8..16, reference/distorted mismatches, unknown enum values, unknown or
   out-of-range options (typed configs and libvmaf option text), malformed option text, calls in
   the wrong order (push after flush, flush twice, out-of-order temporal frames, complete before
   job_run, register after start, ...), wrong memory blocks for the _create_in functions.
   Where a config carries a log callback, an error must also produce a non-empty log message
   ("say clearly what was wrong"). After every rejected call the object must still work: the
   next valid call succeeds and gives the same values as a fresh object (nothing consumed).
   Samples above the bit depth: the library computes something memory-safe (documented as
   unspecified; the tool's reader rejects them), so the test only asks for VMAF_OK and, under
   `make test SAN=1`, no sanitizer report.
   tests/test_harden_enum.c adds the enum-value and ref/dis layout checks; tests/README.md
   has the whole table. */
#define VMAF_VIF_IMPLEMENTATION
#define VMAF_ADM_IMPLEMENTATION
#define VMAF_MOTION_IMPLEMENTATION
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_vif.h"
#include "vmaf_adm.h"
#include "vmaf_motion.h"
#include "vmaf_model.h"
#include "harness.h"
#include <limits.h>

/* ------------------------------------------------------------------ helpers */

static int g_logs;
static char g_last[600];
static void tlog(void *user, int level, const char *msg)
{
    (void)user;
    if (level == 1 && msg && msg[0]) {
        g_logs++;
        snprintf(g_last, sizeof g_last, "%s", msg);
    }
}

/* exact code */
#define EXPECT(expr, code)                                                                                           \
    do {                                                                                                             \
        int r_;                                                                                                      \
        g_logs = 0;                                                                                                  \
        r_ = (expr);                                                                                                 \
        CHECK(r_ == (code), "%s -> %d (%s), want %d (%s)", #expr, r_, vmaf_result_string(r_), (int)(code),            \
              vmaf_result_string(code));                                                                              \
    } while (0)
/* exact code and a log message */
#define EXPECT_LOG(expr, code)                                                                                       \
    do {                                                                                                             \
        EXPECT(expr, code);                                                                                          \
        CHECK(g_logs > 0, "%s: no log message for the error", #expr);                                                \
    } while (0)
/* any error code (for inputs where several documented codes fit) */
#define EXPECT_ERR(expr)                                                                                             \
    do {                                                                                                             \
        int r_;                                                                                                      \
        g_logs = 0;                                                                                                  \
        r_ = (expr);                                                                                                 \
        CHECK(r_ < 0, "%s -> %d, want an error", #expr, r_);                                                          \
    } while (0)

/* A frame of w x h samples with `pad` extra bytes per row, filled with a smooth pattern plus
   noise; samples are bpc-bit unless `raw` is set (then full 16-bit values, 0xFFFF-heavy). */
typedef struct {
    VmafFrame f;
    unsigned char *mem;
} tframe;

static void tframe_make(tframe *t, unsigned w, unsigned h, unsigned bpc, VmafLayout layout, unsigned pad, unsigned seed,
                        int raw)
{
    size_t bps = bpc > 8 ? 2 : 1, off[3], total = 0;
    unsigned p, x, y, max = bpc >= 16 ? 65535u : (1u << bpc) - 1;
    uint32_t r = 2463534242u + seed * 7919u;
    memset(t, 0, sizeof *t);
    t->f.w = w;
    t->f.h = h;
    t->f.bpc = bpc;
    t->f.layout = layout;
    for (p = 0; p < 3; p++) {
        VmafPlane pl;
        t->f.stride[p] = (ptrdiff_t)(w * bps + pad);
        pl = vmaf_frame_plane(&t->f, (int)p);
        off[p] = total;
        total += (size_t)t->f.stride[p] * (pl.h ? pl.h : 1);
    }
    t->mem = (unsigned char *)calloc(total + 16, 1);
    for (p = 0; p < 3; p++) {
        VmafPlane pl;
        t->f.data[p] = t->mem + off[p];
        pl = vmaf_frame_plane(&t->f, (int)p);
        for (y = 0; y < pl.h; y++)
            for (x = 0; x < pl.w; x++) {
                unsigned v;
                r ^= r << 13;
                r ^= r >> 17;
                r ^= r << 5;
                v = raw ? ((r & 3) ? 0xFFFFu : (r >> 8) & 0xFFFFu)
                        : (((x * 5 + y * 3 + seed * 17) * (max + 1) / 256 + (r >> 11) % 9) & max);
                if (bps == 1) {
                    t->mem[off[p] + (size_t)y * (size_t)t->f.stride[p] + x] = (unsigned char)v;
                } else {
                    uint16_t s = (uint16_t)v;
                    memcpy(t->mem + off[p] + (size_t)y * (size_t)t->f.stride[p] + 2 * x, &s, 2);
                }
            }
    }
}
static void tframe_free(tframe *t) { free(t->mem); }

static void tfree(void *ptr, void *user)
{
    (void)user;
    free(ptr);
}

/* emit collector */
typedef struct {
    unsigned n;
    double sum;
    unsigned nonfinite;
} tsink;
static void temit(void *user, unsigned index, const char *key, double value)
{
    tsink *s = (tsink *)user;
    (void)index;
    (void)key;
    s->n++;
    if (value == value && value - value == 0) s->sum += value;
    else s->nonfinite++;
}

static const char *long_text(char c, size_t n)
{
    static char buf[2048];
    if (n >= sizeof buf) n = sizeof buf - 1;
    memset(buf, c, n);
    buf[n] = 0;
    return buf;
}

/* ------------------------------------------------------------------ VIF (typed API) */

static void test_vif(void)
{
    VmafVifConfig c, good;
    VmafVifState *s = (VmafVifState *)&c; /* sentinel: must become NULL on error */
    VmafVifScores sc, ref_sc, sentinel;
    VmafPlane pr, pd;
    tframe a, b, a16, b16;
    size_t n = 0;
    unsigned char *mem;

    CHECK(!strcmp(vmaf_vif_version(), VMAF_VIF_VERSION_STRING), "vmaf_vif_version");
    vmaf_vif_config_default(NULL, VMAF_VIF_INTEGER); /* no crash */
    vmaf_vif_config_default(&good, VMAF_VIF_INTEGER);
    good.w = 64;
    good.h = 48;
    good.log = tlog;

    /* NULL pointers */
    EXPECT(vmaf_vif_memory_size(NULL, &n), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_vif_memory_size(&good, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_vif_create(NULL, &good), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_vif_create(&s, NULL), VMAF_ERR_INVALID_ARGUMENT);
    CHECK(s == NULL, "vif_create: *out not NULL after an error");
    mem = (unsigned char *)malloc(1 << 20);
    EXPECT(vmaf_vif_create_in(NULL, mem, 1 << 20, &good), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_vif_create_in(&s, NULL, 1 << 20, &good), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_vif_create_in(&s, mem, 1 << 20, NULL), VMAF_ERR_INVALID_ARGUMENT);
    vmaf_vif_destroy(NULL);

    /* geometry and bit depth, through memory_size, create and create_in */
    {
        static const struct { unsigned w, h, bpc; int code; } g[] = {
            {0, 48, 8, VMAF_ERR_TOO_SMALL},        {64, 0, 8, VMAF_ERR_TOO_SMALL},
            {15, 48, 8, VMAF_ERR_TOO_SMALL},       {64, 15, 8, VMAF_ERR_TOO_SMALL},
            {1, 1, 8, VMAF_ERR_TOO_SMALL},         {32769, 64, 8, VMAF_ERR_TOO_LARGE},
            {64, 32769, 8, VMAF_ERR_TOO_LARGE},    {100000, 100000, 8, VMAF_ERR_TOO_LARGE},
            {UINT_MAX, UINT_MAX, 8, VMAF_ERR_TOO_LARGE}, {65536, 65536, 16, VMAF_ERR_TOO_LARGE},
            {64, 48, 0, VMAF_ERR_BAD_BPC},         {64, 48, 7, VMAF_ERR_BAD_BPC},
            {64, 48, 17, VMAF_ERR_BAD_BPC},        {64, 48, 32, VMAF_ERR_BAD_BPC},
            {64, 48, UINT_MAX, VMAF_ERR_BAD_BPC},
        };
        size_t i;
        for (i = 0; i < sizeof g / sizeof g[0]; i++) {
            c = good;
            c.w = g[i].w;
            c.h = g[i].h;
            c.bpc = g[i].bpc;
            EXPECT_LOG(vmaf_vif_memory_size(&c, &n), g[i].code);
            s = (VmafVifState *)&c;
            EXPECT_LOG(vmaf_vif_create(&s, &c), g[i].code);
            CHECK(s == NULL, "vif_create %ux%u@%u: *out not NULL", g[i].w, g[i].h, g[i].bpc);
            EXPECT_LOG(vmaf_vif_create_in(&s, mem, 1 << 20, &c), g[i].code);
            c.kind = VMAF_VIF_FLOAT;
            EXPECT_LOG(vmaf_vif_create(&s, &c), g[i].code);
        }
        /* the minimum: 16 x 16 works, both kinds */
        c = good;
        c.w = c.h = 16;
        EXPECT(vmaf_vif_create(&s, &c), VMAF_OK);
        vmaf_vif_destroy(s);
        c.kind = VMAF_VIF_FLOAT;
        EXPECT(vmaf_vif_create(&s, &c), VMAF_OK);
        vmaf_vif_destroy(s);
        /* larger kernel scales need larger frames (documented: ks 3 -> 40x40, 360/97 -> 56x56) */
        c.kernelscale = 3.0;
        c.w = c.h = 39;
        EXPECT_LOG(vmaf_vif_create(&s, &c), VMAF_ERR_TOO_SMALL);
        c.w = c.h = 40;
        EXPECT(vmaf_vif_create(&s, &c), VMAF_OK);
        vmaf_vif_destroy(s);
        c.kernelscale = 360.0 / 97.0;
        c.w = c.h = 55;
        EXPECT_LOG(vmaf_vif_create(&s, &c), VMAF_ERR_TOO_SMALL);
        /* prescale: the rule applies to the prescaled size, and the input must be >= 8 x 8 */
        c = good;
        c.kind = VMAF_VIF_FLOAT;
        c.prescale = 0.5;
        c.w = c.h = 24;
        EXPECT_LOG(vmaf_vif_create(&s, &c), VMAF_ERR_TOO_SMALL);
        c.prescale = 4.0;
        c.w = c.h = 7;
        EXPECT_LOG(vmaf_vif_create(&s, &c), VMAF_ERR_TOO_SMALL);
    }

    /* unknown enum values and options out of range */
    c = good;
    c.kind = (VmafVifKind)7;
    EXPECT_LOG(vmaf_vif_create(&s, &c), VMAF_ERR_INVALID_ARGUMENT);
    {
        static const struct { int kind; int field; double v; } o[] = {
            {0, 0, 0.5}, {0, 0, 100.5}, {0, 0, NAN}, {0, 0, -INFINITY},
            {0, 1, 2.0}, {0, 2, 1.0}, {0, 3, 2.0}, {0, 5, 0.5}, /* float-only fields in an integer config */
            {1, 0, 0.99}, {1, 1, 0.05}, {1, 1, 4.5}, {1, 1, 1.3}, {1, 1, NAN}, {1, 2, -0.1}, {1, 2, 5.1},
            {1, 3, 0.09}, {1, 3, 4.01}, {1, 5, -0.01}, {1, 5, 1.01}, {1, 6, 2.0}, {1, 7, NAN},
        };
        size_t i;
        for (i = 0; i < sizeof o / sizeof o[0]; i++) {
            vmaf_vif_config_default(&c, o[i].kind ? VMAF_VIF_FLOAT : VMAF_VIF_INTEGER);
            c.w = 64;
            c.h = 48;
            c.log = tlog;
            switch (o[i].field) {
            case 0: c.enhn_gain_limit = o[i].v; break;
            case 1: c.kernelscale = o[i].v; break;
            case 2: c.sigma_nsq = o[i].v; break;
            case 3: c.prescale = o[i].v; break;
            case 5: c.scale1_min_val = o[i].v; break;
            case 6: c.scale2_min_val = o[i].v; break;
            default: c.scale3_min_val = o[i].v; break;
            }
            EXPECT_LOG(vmaf_vif_create(&s, &c), VMAF_ERR_BAD_OPTION);
            EXPECT_LOG(vmaf_vif_memory_size(&c, &n), VMAF_ERR_BAD_OPTION);
        }
        /* unknown prescale method (a bad enum value): INVALID_ARGUMENT */
        vmaf_vif_config_default(&c, VMAF_VIF_FLOAT);
        c.log = good.log;
        c.log_user = good.log_user;
        c.w = 64;
        c.h = 48;
        c.prescale_method = (VmafVifPrescaleMethod)9;
        EXPECT_LOG(vmaf_vif_create(&s, &c), VMAF_ERR_INVALID_ARGUMENT);
        EXPECT_LOG(vmaf_vif_memory_size(&c, &n), VMAF_ERR_INVALID_ARGUMENT);
        /* a prescaled size above 32768 is TOO_LARGE, below it the prescale is accepted */
        c.prescale_method = VMAF_VIF_PRESCALE_BILINEAR;
        c.prescale = 4.0;
        c.w = 32768;
        c.h = 64;
        EXPECT_LOG(vmaf_vif_memory_size(&c, &n), VMAF_ERR_TOO_LARGE);
        c.w = 64;
        c.h = 8193;
        EXPECT_LOG(vmaf_vif_memory_size(&c, &n), VMAF_ERR_TOO_LARGE);
        c.h = 8192;
        EXPECT(vmaf_vif_memory_size(&c, &n), VMAF_OK);
        c.w = 64;
        c.h = 48;
        c.prescale = 1.0;
        c.prescale_method = VMAF_VIF_PRESCALE_NEAREST;
        c.kind = VMAF_VIF_INTEGER;
        c.prescale_method = VMAF_VIF_PRESCALE_BICUBIC; /* float-only field in an integer config */
        EXPECT(vmaf_vif_create(&s, &c), VMAF_ERR_BAD_OPTION);
    }

    /* create_in: block too small by one byte; any alignment of the block */
    c = good;
    EXPECT(vmaf_vif_memory_size(&c, &n), VMAF_OK);
    {
        unsigned char *blk = (unsigned char *)malloc(n + 1);
        EXPECT_LOG(vmaf_vif_create_in(&s, blk + 1, n - 1, &c), VMAF_ERR_INVALID_ARGUMENT);
        CHECK(s == NULL, "vif_create_in: *out not NULL after an error");
        EXPECT(vmaf_vif_create_in(&s, blk + 1, n, &c), VMAF_OK);
        vmaf_vif_destroy(s); /* frees nothing */
        free(blk);
    }

    /* compute */
    tframe_make(&a, 64, 48, 8, VMAF_LAYOUT_420, 3, 1, 0);
    tframe_make(&b, 64, 48, 8, VMAF_LAYOUT_420, 0, 2, 0);
    EXPECT(vmaf_vif_create(&s, &good), VMAF_OK);
    pr = vmaf_frame_plane(&a.f, 0);
    pd = vmaf_frame_plane(&b.f, 0);
    EXPECT(vmaf_vif_compute(s, &pr, &pd, &ref_sc), VMAF_OK);
    memset(&sentinel, 0x5a, sizeof sentinel);
    sc = sentinel;
    EXPECT(vmaf_vif_compute(NULL, &pr, &pd, &sc), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_vif_compute(s, NULL, &pd, &sc), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_vif_compute(s, &pr, NULL, &sc), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_vif_compute(s, &pr, &pd, NULL), VMAF_ERR_INVALID_ARGUMENT);
    {
        VmafPlane bad = pd;
        bad.data = NULL;
        EXPECT_LOG(vmaf_vif_compute(s, &pr, &bad, &sc), VMAF_ERR_INVALID_ARGUMENT);
        bad = pd;
        bad.w = 63;
        EXPECT_LOG(vmaf_vif_compute(s, &pr, &bad, &sc), VMAF_ERR_MISMATCH);
        bad = pr;
        bad.h = 49;
        EXPECT_LOG(vmaf_vif_compute(s, &bad, &pd, &sc), VMAF_ERR_MISMATCH);
        bad = pd;
        bad.bpc = 10;
        EXPECT_LOG(vmaf_vif_compute(s, &pr, &bad, &sc), VMAF_ERR_MISMATCH);
        bad.bpc = 17;
        EXPECT_LOG(vmaf_vif_compute(s, &pr, &bad, &sc), VMAF_ERR_BAD_BPC);
        bad.bpc = 0;
        EXPECT_LOG(vmaf_vif_compute(s, &pr, &bad, &sc), VMAF_ERR_BAD_BPC);
        bad = pd;
        bad.stride = 63;
        EXPECT_LOG(vmaf_vif_compute(s, &pr, &bad, &sc), VMAF_ERR_BAD_STRIDE);
        bad.stride = -64;
        EXPECT_LOG(vmaf_vif_compute(s, &pr, &bad, &sc), VMAF_ERR_BAD_STRIDE);
        bad.stride = 0;
        EXPECT_LOG(vmaf_vif_compute(s, &pr, &bad, &sc), VMAF_ERR_BAD_STRIDE);
        CHECK(!memcmp(&sc, &sentinel, sizeof sc), "vif_compute wrote *out on error");
    }
    EXPECT(vmaf_vif_compute(s, &pr, &pd, &sc), VMAF_OK); /* still works, same numbers */
    CHECK(!memcmp(&sc, &ref_sc, sizeof sc), "vif: values changed after rejected calls");
    vmaf_vif_destroy(s);

    /* 16-bit planes: odd stride or odd address -> BAD_STRIDE (common block rule) */
    c = good;
    c.bpc = 10;
    tframe_make(&a16, 64, 48, 10, VMAF_LAYOUT_420, 2, 3, 0);
    tframe_make(&b16, 64, 48, 10, VMAF_LAYOUT_420, 2, 4, 0);
    EXPECT(vmaf_vif_create(&s, &c), VMAF_OK);
    pr = vmaf_frame_plane(&a16.f, 0);
    pd = vmaf_frame_plane(&b16.f, 0);
    EXPECT(vmaf_vif_compute(s, &pr, &pd, &ref_sc), VMAF_OK);
    {
        VmafPlane bad = pd;
        bad.stride = 129;
        EXPECT_LOG(vmaf_vif_compute(s, &pr, &bad, &sc), VMAF_ERR_BAD_STRIDE);
        bad = pd;
        bad.data = (const unsigned char *)pd.data + 1;
        EXPECT_LOG(vmaf_vif_compute(s, &pr, &bad, &sc), VMAF_ERR_BAD_STRIDE);
    }
    /* samples above the bit depth: memory-safe, unspecified values */
    {
        tframe r1, r2;
        VmafPlane q1, q2;
        tframe_make(&r1, 64, 48, 10, VMAF_LAYOUT_420, 0, 5, 1);
        tframe_make(&r2, 64, 48, 10, VMAF_LAYOUT_420, 0, 6, 1);
        q1 = vmaf_frame_plane(&r1.f, 0);
        q2 = vmaf_frame_plane(&r2.f, 0);
        EXPECT(vmaf_vif_compute(s, &q1, &q2, &sc), VMAF_OK);
        vmaf_vif_destroy(s);
        c.kind = VMAF_VIF_FLOAT;
        EXPECT(vmaf_vif_create(&s, &c), VMAF_OK);
        EXPECT(vmaf_vif_compute(s, &q1, &q2, &sc), VMAF_OK);
        tframe_free(&r1);
        tframe_free(&r2);
    }
    vmaf_vif_destroy(s);
    tframe_free(&a);
    tframe_free(&b);
    tframe_free(&a16);
    tframe_free(&b16);
    free(mem);
}

/* ------------------------------------------------------------------ ADM (typed API) */

static void test_adm(void)
{
    VmafAdmConfig c, good;
    VmafAdmState *s = (VmafAdmState *)&c;
    VmafAdmScores sc, ref_sc, sentinel;
    VmafPlane pr, pd;
    tframe a, b;
    char key[64];
    size_t n;

    CHECK(!strcmp(vmaf_adm_version(), VMAF_ADM_VERSION_STRING), "vmaf_adm_version");
    vmaf_adm_config_default(NULL, VMAF_ADM_INTEGER);
    vmaf_adm_config_default(&good, VMAF_ADM_INTEGER);
    good.log = tlog;

    /* config_parse */
    c = good;
    EXPECT(vmaf_adm_config_parse(NULL, "debug=true"), VMAF_ERR_INVALID_ARGUMENT);
    c.kind = (VmafAdmKind)5;
    EXPECT(vmaf_adm_config_parse(&c, "debug=true"), VMAF_ERR_INVALID_ARGUMENT);
    c = good;
    EXPECT(vmaf_adm_config_parse(&c, NULL), VMAF_OK);
    EXPECT(vmaf_adm_config_parse(&c, ""), VMAF_OK);
    EXPECT_LOG(vmaf_adm_config_parse(&c, "adm_enhn_gain_limit"), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_adm_config_parse(&c, "bogus=1"), VMAF_ERR_BAD_OPTION);
    EXPECT_LOG(vmaf_adm_config_parse(&c, "adm_enhn_gain_limit=abc"), VMAF_ERR_BAD_OPTION);
    EXPECT_LOG(vmaf_adm_config_parse(&c, "adm_enhn_gain_limit=0.5"), VMAF_ERR_BAD_OPTION);
    EXPECT_LOG(vmaf_adm_config_parse(&c, "adm_csf_mode=4"), VMAF_ERR_BAD_OPTION);
    EXPECT_LOG(vmaf_adm_config_parse(&c, "adm_p_norm=2"), VMAF_ERR_BAD_OPTION); /* float only */
    EXPECT_LOG(vmaf_adm_config_parse(&c, "debug=maybe"), VMAF_ERR_BAD_OPTION);
    EXPECT_LOG(vmaf_adm_config_parse(&c, long_text('a', 300)), VMAF_ERR_PARSE);
    c.kind = VMAF_ADM_FLOAT;
    EXPECT_LOG(vmaf_adm_config_parse(&c, "adm_csf_mode=10"), VMAF_ERR_BAD_OPTION);
    EXPECT_LOG(vmaf_adm_config_parse(&c, "adm_skip_aim=true"), VMAF_ERR_BAD_OPTION); /* integer only */

    /* memory_size: 0 for every invalid input */
    CHECK(vmaf_adm_memory_size(64, 48, 8, NULL) == 0, "adm_memory_size(NULL cfg)");
    c = good;
    c.kind = (VmafAdmKind)3;
    CHECK(vmaf_adm_memory_size(64, 48, 8, &c) == 0, "adm_memory_size(bad kind)");
    CHECK(vmaf_adm_memory_size(32, 48, 8, &good) == 0, "adm_memory_size(32 wide)");
    CHECK(vmaf_adm_memory_size(32769, 48, 8, &good) == 0, "adm_memory_size(32769 wide)");
    CHECK(vmaf_adm_memory_size(100000, 100000, 8, &good) == 0, "adm_memory_size(100000^2)");
    CHECK(vmaf_adm_memory_size(UINT_MAX, UINT_MAX, 8, &good) == 0, "adm_memory_size(UINT_MAX^2)");
    CHECK(vmaf_adm_memory_size(64, 48, 7, &good) == 0, "adm_memory_size(bpc 7)");
    CHECK(vmaf_adm_memory_size(64, 48, 17, &good) == 0, "adm_memory_size(bpc 17)");
    n = vmaf_adm_memory_size(64, 48, 8, &good);
    CHECK(n > 0, "adm_memory_size(64x48)");

    /* create: NULL, geometry, bit depth */
    EXPECT(vmaf_adm_create(NULL, 64, 48, 8, &good), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_adm_create(&s, 64, 48, 8, NULL), VMAF_OK); /* NULL cfg = integer defaults */
    vmaf_adm_destroy(s);
    vmaf_adm_destroy(NULL);
    {
        static const struct { unsigned w, h, bpc; int code; } g[] = {
            {0, 48, 8, VMAF_ERR_TOO_SMALL},        {64, 0, 8, VMAF_ERR_TOO_SMALL},
            {32, 48, 8, VMAF_ERR_TOO_SMALL},       {64, 32, 8, VMAF_ERR_TOO_SMALL},
            {32769, 48, 8, VMAF_ERR_TOO_LARGE},    {48, 32769, 8, VMAF_ERR_TOO_LARGE},
            {100000, 100000, 8, VMAF_ERR_TOO_LARGE}, {UINT_MAX, UINT_MAX, 8, VMAF_ERR_TOO_LARGE},
            {64, 48, 0, VMAF_ERR_BAD_BPC},         {64, 48, 7, VMAF_ERR_BAD_BPC},
            {64, 48, 17, VMAF_ERR_BAD_BPC},        {64, 48, UINT_MAX, VMAF_ERR_BAD_BPC},
        };
        size_t i;
        unsigned char *blk = (unsigned char *)malloc(n + 64);
        for (i = 0; i < sizeof g / sizeof g[0]; i++) {
            int k;
            for (k = 0; k < 2; k++) {
                c = good;
                c.kind = k ? VMAF_ADM_FLOAT : VMAF_ADM_INTEGER;
                s = (VmafAdmState *)&c;
                EXPECT_LOG(vmaf_adm_create(&s, g[i].w, g[i].h, g[i].bpc, &c), g[i].code);
                CHECK(s == NULL, "adm_create: *out not NULL after an error");
                EXPECT_LOG(vmaf_adm_create_in(&s, blk, n, g[i].w, g[i].h, g[i].bpc, &c), g[i].code);
            }
        }
        /* the minimum, VMAF_ADM_MIN_SIZE */
        EXPECT(vmaf_adm_create(&s, VMAF_ADM_MIN_SIZE, VMAF_ADM_MIN_SIZE, 8, &good), VMAF_OK);
        vmaf_adm_destroy(s);
        /* create_in */
        EXPECT(vmaf_adm_create_in(NULL, blk, n, 64, 48, 8, &good), VMAF_ERR_INVALID_ARGUMENT);
        EXPECT_LOG(vmaf_adm_create_in(&s, NULL, n, 64, 48, 8, &good), VMAF_ERR_INVALID_ARGUMENT);
        EXPECT_LOG(vmaf_adm_create_in(&s, blk + 1, n - 1, 64, 48, 8, &good), VMAF_ERR_INVALID_ARGUMENT);
        EXPECT(vmaf_adm_create_in(&s, blk + 1, n, 64, 48, 8, &good), VMAF_OK);
        vmaf_adm_destroy(s); /* frees nothing */
        free(blk);
    }

    /* options out of range, cross-kind fields, unsupported integer CSF settings */
    {
        int i;
        for (i = 0; i < 16; i++) {
            vmaf_adm_config_default(&c, i < 11 ? VMAF_ADM_INTEGER : VMAF_ADM_FLOAT);
            c.log = tlog;
            switch (i) {
            case 0: c.enhn_gain_limit = 0.99; break;
            case 1: c.enhn_gain_limit = NAN; break;
            case 2: c.norm_view_dist = 2.0; break;           /* 2 * 1080 < 3240 (integer) */
            case 3: c.ref_display_height = 0; break;
            case 4: c.csf_mode = 1; break;                   /* Barten overflows the fixed point */
            case 5: c.csf_mode = 2; c.ref_display_height = 1440; break; /* no blend table */
            case 6: c.p_norm = 2.0; break;                   /* float-only field */
            case 7: c.skip_scale0 = 2; break;
            case 8: c.noise_weight = -1.0; break;
            case 9: c.dlm_weight = 1.5; break;
            case 10: c.csf_mode = -1; break;
            case 11: c.skip_aim = 1; break;                  /* integer-only field, float kind */
            case 12: c.skip_aim_scale = 4; break;
            case 13: c.f1s[2] = 11.0; break;
            case 14: c.p_norm = 0.5; break;
            default: c.csf_mode = 10; break;
            }
            EXPECT_LOG(vmaf_adm_create(&s, 64, 48, 8, &c), VMAF_ERR_BAD_OPTION);
        }
        c = good;
        c.kind = (VmafAdmKind)2;
        EXPECT_LOG(vmaf_adm_create(&s, 64, 48, 8, &c), VMAF_ERR_INVALID_ARGUMENT);
    }

    /* compute */
    tframe_make(&a, 64, 48, 8, VMAF_LAYOUT_420, 5, 1, 0);
    tframe_make(&b, 64, 48, 8, VMAF_LAYOUT_420, 0, 2, 0);
    EXPECT(vmaf_adm_create(&s, 64, 48, 8, &good), VMAF_OK);
    pr = vmaf_frame_plane(&a.f, 0);
    pd = vmaf_frame_plane(&b.f, 0);
    EXPECT(vmaf_adm_compute(s, &pr, &pd, &ref_sc), VMAF_OK);
    memset(&sentinel, 0x5a, sizeof sentinel);
    sc = sentinel;
    EXPECT(vmaf_adm_compute(NULL, &pr, &pd, &sc), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_adm_compute(s, NULL, &pd, &sc), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_adm_compute(s, &pr, NULL, &sc), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_adm_compute(s, &pr, &pd, NULL), VMAF_ERR_INVALID_ARGUMENT);
    {
        VmafPlane bad = pd;
        bad.data = NULL;
        EXPECT_LOG(vmaf_adm_compute(s, &pr, &bad, &sc), VMAF_ERR_INVALID_ARGUMENT);
        bad = pd;
        bad.w = 65;
        EXPECT_LOG(vmaf_adm_compute(s, &pr, &bad, &sc), VMAF_ERR_MISMATCH);
        bad = pr;
        bad.h = 47;
        EXPECT_LOG(vmaf_adm_compute(s, &bad, &pd, &sc), VMAF_ERR_MISMATCH);
        bad = pd;
        bad.bpc = 12;
        EXPECT_LOG(vmaf_adm_compute(s, &pr, &bad, &sc), VMAF_ERR_MISMATCH);
        bad.bpc = 20;
        EXPECT_LOG(vmaf_adm_compute(s, &pr, &bad, &sc), VMAF_ERR_BAD_BPC);
        bad = pd;
        bad.stride = 63;
        EXPECT_LOG(vmaf_adm_compute(s, &pr, &bad, &sc), VMAF_ERR_BAD_STRIDE);
        bad.stride = -64;
        EXPECT_LOG(vmaf_adm_compute(s, &pr, &bad, &sc), VMAF_ERR_BAD_STRIDE);
        CHECK(!memcmp(&sc, &sentinel, sizeof sc), "adm_compute wrote *out on error");
    }
    EXPECT(vmaf_adm_compute(s, &pr, &pd, &sc), VMAF_OK);
    CHECK(!memcmp(&sc, &ref_sc, sizeof sc), "adm: values changed after rejected calls");

    /* key */
    EXPECT(vmaf_adm_key(NULL, "VMAF_integer_feature_adm2_score", key, sizeof key), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_adm_key(s, NULL, key, sizeof key), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_adm_key(s, "VMAF_integer_feature_adm2_score", NULL, 16), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_adm_key(s, "VMAF_integer_feature_adm2_score", key, 0), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_adm_key(s, "nosuch", key, sizeof key), VMAF_ERR_NOT_FOUND);
    EXPECT(vmaf_adm_key(s, "VMAF_feature_adm2_score", key, sizeof key), VMAF_ERR_NOT_FOUND); /* float name */
    memset(key, 'x', sizeof key);
    EXPECT(vmaf_adm_key(s, "VMAF_integer_feature_adm2_score", key, 8), VMAF_OK);
    CHECK(!strcmp(key, "VMAF_in") && key[8] == 'x', "adm_key truncation: '%s'", key);
    vmaf_adm_destroy(s);

    /* 16-bit planes: odd stride or odd address -> BAD_STRIDE (common block rule); an even
       padded stride at an even address gives the tight plane's values */
    {
        tframe t16;
        unsigned char *odd;
        unsigned y;
        VmafPlane q, qo;
        VmafAdmScores s1, s2;
        tframe_make(&t16, 64, 48, 10, VMAF_LAYOUT_420, 0, 7, 0);
        q = vmaf_frame_plane(&t16.f, 0);
        odd = (unsigned char *)malloc(48 * 132 + 2);
        for (y = 0; y < 48; y++) memcpy(odd + 1 + y * 131, (const unsigned char *)q.data + y * 128, 128);
        qo = q;
        qo.data = odd + 1;
        qo.stride = 131;
        c = good;
        EXPECT(vmaf_adm_create(&s, 64, 48, 10, &c), VMAF_OK);
        EXPECT(vmaf_adm_compute(s, &q, &q, &s1), VMAF_OK);
        memcpy(&s2, &s1, sizeof s2);
        EXPECT_LOG(vmaf_adm_compute(s, &qo, &qo, &s2), VMAF_ERR_BAD_STRIDE); /* both odd */
        qo.stride = 132;
        EXPECT_LOG(vmaf_adm_compute(s, &q, &qo, &s2), VMAF_ERR_BAD_STRIDE); /* odd address */
        qo.data = odd;
        qo.stride = 131;
        EXPECT_LOG(vmaf_adm_compute(s, &qo, &q, &s2), VMAF_ERR_BAD_STRIDE); /* odd stride */
        CHECK(!memcmp(&s1, &s2, sizeof s1), "adm_compute wrote *out on a 16-bit alignment error");
        qo.stride = 132;
        for (y = 0; y < 48; y++) memcpy(odd + y * 132, (const unsigned char *)q.data + y * 128, 128);
        EXPECT(vmaf_adm_compute(s, &qo, &qo, &s2), VMAF_OK);
        CHECK(!memcmp(&s1, &s2, sizeof s1), "adm: a padded 16-bit stride changes the result");
        vmaf_adm_destroy(s);
        free(odd);
        tframe_free(&t16);
    }
    /* samples above the bit depth (bpc 10, values up to 0xFFFF): memory-safe */
    {
        tframe r1, r2;
        int k;
        tframe_make(&r1, 64, 48, 10, VMAF_LAYOUT_420, 0, 5, 1);
        tframe_make(&r2, 64, 48, 10, VMAF_LAYOUT_420, 0, 6, 1);
        pr = vmaf_frame_plane(&r1.f, 0);
        pd = vmaf_frame_plane(&r2.f, 0);
        for (k = 0; k < 2; k++) {
            c = good;
            c.kind = k ? VMAF_ADM_FLOAT : VMAF_ADM_INTEGER;
            EXPECT(vmaf_adm_create(&s, 64, 48, 10, &c), VMAF_OK);
            EXPECT(vmaf_adm_compute(s, &pr, &pd, &sc), VMAF_OK);
            vmaf_adm_destroy(s);
        }
        tframe_free(&r1);
        tframe_free(&r2);
    }
    tframe_free(&a);
    tframe_free(&b);
}

/* ------------------------------------------------------------------ motion (typed API) */

static void test_motion(void)
{
    VmafMotionConfig c, good;
    VmafMotionOptions o;
    VmafMotionContext *m = (VmafMotionContext *)&c;
    VmafMotionScores out[VMAF_MOTION_MAX_OUT];
    unsigned nout = 99, i;
    tframe a, b;
    size_t n;
    unsigned char *blk;

    CHECK(!strcmp(vmaf_motion_version(), VMAF_MOTION_VERSION_STRING), "vmaf_motion_version");
    EXPECT(vmaf_motion_options_default(NULL, VMAF_MOTION_INTEGER), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_motion_options_default(&o, (VmafMotionKind)3), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_motion_options_default(&o, (VmafMotionKind)-1), VMAF_ERR_INVALID_ARGUMENT);
    memset(&good, 0, sizeof good);
    good.w = 64;
    good.h = 48;
    good.bpc = 8;
    good.layout = VMAF_LAYOUT_420;
    good.log = tlog;

    CHECK(vmaf_motion_memory_size(NULL) == 0, "motion_memory_size(NULL)");
    EXPECT(vmaf_motion_create(NULL, &good), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_motion_create(&m, NULL), VMAF_ERR_INVALID_ARGUMENT);
    CHECK(m == NULL, "motion_create: *out not NULL after an error");
    {
        static const struct { unsigned w, h, bpc; int code; } g[] = {
            {0, 48, 8, VMAF_ERR_TOO_SMALL},          {64, 0, 8, VMAF_ERR_TOO_SMALL},
            {2, 48, 8, VMAF_ERR_TOO_SMALL},          {64, 2, 8, VMAF_ERR_TOO_SMALL},
            {32769, 48, 8, VMAF_ERR_TOO_LARGE},      {100000, 100000, 8, VMAF_ERR_TOO_LARGE},
            {UINT_MAX, UINT_MAX, 8, VMAF_ERR_TOO_LARGE}, {64, 48, 7, VMAF_ERR_BAD_BPC},
            {64, 48, 17, VMAF_ERR_BAD_BPC},          {64, 48, 0, VMAF_ERR_BAD_BPC},
        };
        size_t k;
        unsigned kind;
        for (k = 0; k < sizeof g / sizeof g[0]; k++)
            for (kind = 0; kind < 3; kind++) {
                c = good;
                c.kind = (VmafMotionKind)kind;
                c.w = g[k].w;
                c.h = g[k].h;
                c.bpc = g[k].bpc;
                CHECK(vmaf_motion_memory_size(&c) == 0, "motion_memory_size(%ux%u@%u)", c.w, c.h, c.bpc);
                m = (VmafMotionContext *)&c;
                EXPECT_LOG(vmaf_motion_create(&m, &c), g[k].code);
                CHECK(m == NULL, "motion_create: *out not NULL after an error");
            }
        c = good;
        c.w = c.h = 3;
        EXPECT(vmaf_motion_create(&m, &c), VMAF_OK);
        vmaf_motion_destroy(m);
    }
    c = good;
    c.kind = (VmafMotionKind)3;
    EXPECT_LOG(vmaf_motion_create(&m, &c), VMAF_ERR_INVALID_ARGUMENT);
    c = good;
    c.layout = (VmafLayout)4;
    EXPECT_LOG(vmaf_motion_create(&m, &c), VMAF_ERR_INVALID_ARGUMENT);
    /* options */
    for (i = 0; i < 10; i++) {
        c = good;
        c.kind = i < 4 ? VMAF_MOTION_INTEGER : VMAF_MOTION_FLOAT;
        vmaf_motion_options_default(&o, c.kind);
        c.options = &o;
        switch (i) {
        case 0: o.blend_factor = 1.5; break;
        case 1: o.blend_offset = -1; break;
        case 2: o.fps_weight = NAN; break;
        case 3: o.max_val = 10001; break;
        case 4: o.filter_size = 10; break;
        case 5: o.filter_size = -1; break;
        case 6: o.fps_weight = 5.5; break;
        case 7: o.add_uv = 1; c.layout = VMAF_LAYOUT_400; break;
        case 8: o.max_val = -INFINITY; break;
        default: o.blend_factor = -0.1; break;
        }
        EXPECT_LOG(vmaf_motion_create(&m, &c), VMAF_ERR_BAD_OPTION);
    }
    c = good; /* add_uv with 4:2:0 chroma below 3x3 */
    c.kind = VMAF_MOTION_FLOAT;
    c.w = 5;
    c.h = 5;
    vmaf_motion_options_default(&o, c.kind);
    o.add_uv = 1;
    c.options = &o;
    EXPECT_LOG(vmaf_motion_create(&m, &c), VMAF_ERR_TOO_SMALL);
    c.w = 20000; /* add_scale1 half width above 7680 */
    c.h = 3;
    o.add_uv = 0;
    o.add_scale1 = 1;
    EXPECT_LOG(vmaf_motion_create(&m, &c), VMAF_ERR_TOO_LARGE);
    c.w = 9; /* add_uv + add_scale1 where libvmaf is undefined */
    c.h = 9;
    o.add_uv = 1;
    EXPECT_LOG(vmaf_motion_create(&m, &c), VMAF_ERR_UNSUPPORTED);

    /* create_in */
    n = vmaf_motion_memory_size(&good);
    CHECK(n > 0, "motion_memory_size(64x48)");
    blk = (unsigned char *)malloc(n + 1);
    EXPECT(vmaf_motion_create_in(&m, NULL, n, &good), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_motion_create_in(NULL, blk, n, &good), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_motion_create_in(&m, blk + 1, n - 64, &good), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_motion_create_in(&m, blk + 1, n, &good), VMAF_OK);
    vmaf_motion_destroy(m);
    free(blk);

    /* push / flush / reset */
    tframe_make(&a, 64, 48, 8, VMAF_LAYOUT_420, 0, 1, 0);
    tframe_make(&b, 64, 48, 8, VMAF_LAYOUT_420, 7, 2, 0);
    EXPECT(vmaf_motion_create(&m, &good), VMAF_OK);
    EXPECT(vmaf_motion_push(NULL, &a.f, out, &nout), VMAF_ERR_INVALID_ARGUMENT);
    CHECK(nout == 0, "motion_push: *n_out not 0 after an error");
    EXPECT(vmaf_motion_push(m, &a.f, NULL, &nout), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_motion_push(m, &a.f, out, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_motion_push(m, NULL, out, &nout), VMAF_ERR_INVALID_ARGUMENT);
    {
        VmafFrame bad = a.f;
        bad.data[0] = NULL;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_INVALID_ARGUMENT);
        bad = a.f;
        bad.w = 63;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_MISMATCH);
        bad = a.f;
        bad.bpc = 10;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_MISMATCH);
        bad.bpc = 99;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_BAD_BPC);
        bad = a.f;
        bad.stride[0] = 10;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_BAD_STRIDE);
        bad.stride[0] = -64;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_BAD_STRIDE);
        CHECK(nout == 0, "motion_push: *n_out not 0 after an error");
    }
    EXPECT(vmaf_motion_push(m, &a.f, out, &nout), VMAF_OK); /* frame 0: nothing consumed before */
    CHECK(nout == 0, "motion push 0 returned %u records", nout);
    EXPECT(vmaf_motion_push(m, &b.f, out, &nout), VMAF_OK);
    CHECK(nout == 1 && out[0].index == 0, "motion push 1: %u records, index %u", nout, out[0].index);
    EXPECT(vmaf_motion_flush(NULL, out, &nout), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_motion_flush(m, NULL, &nout), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_motion_flush(m, out, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_motion_flush(m, out, &nout), VMAF_OK);
    CHECK(nout == 1 && out[0].index == 1, "motion flush: %u records", nout);
    EXPECT(vmaf_motion_flush(m, out, &nout), VMAF_OK); /* flush twice: nothing */
    CHECK(nout == 0, "second flush returned %u records", nout);
    EXPECT_LOG(vmaf_motion_push(m, &a.f, out, &nout), VMAF_ERR_STATE); /* push after flush */
    EXPECT(vmaf_motion_reset(NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_motion_reset(m), VMAF_OK);
    EXPECT(vmaf_motion_push(m, &a.f, out, &nout), VMAF_OK);
    CHECK(nout == 0, "push after reset: frame 0 again");
    vmaf_motion_destroy(m);
    vmaf_motion_destroy(NULL);
    tframe_free(&a);
    tframe_free(&b);

    /* 16-bit: odd stride and odd address -> BAD_STRIDE (documented); samples above the depth */
    c = good;
    c.bpc = 12;
    tframe_make(&a, 64, 48, 12, VMAF_LAYOUT_420, 2, 1, 0);
    EXPECT(vmaf_motion_create(&m, &c), VMAF_OK);
    {
        VmafFrame bad = a.f;
        bad.stride[0] = 129;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_BAD_STRIDE);
        bad = a.f;
        bad.data[0] = (const unsigned char *)a.f.data[0] + 1;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_BAD_STRIDE);
    }
    vmaf_motion_destroy(m);
    tframe_free(&a);
    /* float motion with motion_add_uv reads U and V: their pointers and strides are checked */
    c = good;
    c.kind = VMAF_MOTION_FLOAT;
    vmaf_motion_options_default(&o, c.kind);
    o.add_uv = 1;
    c.options = &o;
    tframe_make(&a, 64, 48, 8, VMAF_LAYOUT_420, 0, 1, 0);
    EXPECT(vmaf_motion_create(&m, &c), VMAF_OK);
    {
        VmafFrame bad = a.f;
        bad.data[2] = NULL;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_INVALID_ARGUMENT);
        bad = a.f;
        bad.stride[1] = 31;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_BAD_STRIDE);
        bad = a.f;
        bad.layout = VMAF_LAYOUT_444;
        EXPECT_LOG(vmaf_motion_push(m, &bad, out, &nout), VMAF_ERR_MISMATCH);
        EXPECT(vmaf_motion_push(m, &a.f, out, &nout), VMAF_OK);
    }
    vmaf_motion_destroy(m);
    tframe_free(&a);
    {
        unsigned kind;
        tframe r1, r2;
        tframe_make(&r1, 64, 48, 10, VMAF_LAYOUT_420, 0, 5, 1);
        tframe_make(&r2, 64, 48, 10, VMAF_LAYOUT_420, 0, 6, 1);
        for (kind = 0; kind < 3; kind++) {
            c = good;
            c.bpc = 10;
            c.kind = (VmafMotionKind)kind;
            vmaf_motion_options_default(&o, c.kind);
            o.add_uv = kind == 1;
            o.five_frame_window = kind == 0;
            c.options = &o;
            EXPECT(vmaf_motion_create(&m, &c), VMAF_OK);
            for (i = 0; i < 4; i++) EXPECT(vmaf_motion_push(m, (i & 1) ? &r2.f : &r1.f, out, &nout), VMAF_OK);
            EXPECT(vmaf_motion_flush(m, out, &nout), VMAF_OK);
            vmaf_motion_destroy(m);
        }
        tframe_free(&r1);
        tframe_free(&r2);
    }
}

/* ------------------------------------------------------------------ the 7 extractor tables */

/* Values of a fresh state of x on frames (a, b) pushed as frames 0 and 1 (then flushed). */
static void ext_reference(const VmafExtractor *x, const VmafExtractorArgs *args, const tframe *a, const tframe *b,
                          tsink *out)
{
    void *st = NULL;
    memset(out, 0, sizeof *out);
    if (x->create(&st, args)) return;
    x->push(st, &a->f, &b->f, 0, temit, out);
    x->push(st, &b->f, &a->f, 1, temit, out);
    if (x->flush) x->flush(st, temit, out);
    x->destroy(st);
}

static void ext_suite(const VmafExtractor *x, unsigned minw, int temporal, const char *float_only_option)
{
    VmafExtractorArgs args, a2;
    void *st = (void *)&args;
    tframe a, b, c16;
    tsink ref, got;
    char key[300];
    const char *const *pp;
    size_t i;
    unsigned k;

    /* the table itself */
    CHECK(x->abi == VMAF_EXTRACTOR_ABI && x->size == sizeof(VmafExtractor), "%s: abi/size", x->name);
    CHECK(x->name && x->provided && x->provided[0] && x->create && x->key && x->push && x->destroy, "%s: table fields",
          x->name);
    CHECK(((x->flags & VMAF_EXTRACTOR_TEMPORAL) != 0) == temporal && (x->flush != NULL) == temporal,
          "%s: temporal flag / flush", x->name);

    memset(&args, 0, sizeof args);
    args.w = 64;
    args.h = 48;
    args.bpc = 8;
    args.layout = VMAF_LAYOUT_420;
    args.log = tlog;

    /* create: NULL, geometry, bit depth, option text */
    EXPECT(x->create(NULL, &args), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(x->create(&st, NULL), VMAF_ERR_INVALID_ARGUMENT);
    CHECK(st == NULL, "%s create(NULL args): *state not NULL", x->name);
    {
        static const struct { unsigned w, h, bpc; int code; } g[] = {
            {0, 48, 8, VMAF_ERR_TOO_SMALL},          {64, 0, 8, VMAF_ERR_TOO_SMALL},
            {32769, 48, 8, VMAF_ERR_TOO_LARGE},      {64, 32769, 8, VMAF_ERR_TOO_LARGE},
            {100000, 100000, 8, VMAF_ERR_TOO_LARGE}, {UINT_MAX, UINT_MAX, 8, VMAF_ERR_TOO_LARGE},
            {65536, 65536, 16, VMAF_ERR_TOO_LARGE},  {64, 48, 0, VMAF_ERR_BAD_BPC},
            {64, 48, 7, VMAF_ERR_BAD_BPC},           {64, 48, 17, VMAF_ERR_BAD_BPC},
            {64, 48, UINT_MAX, VMAF_ERR_BAD_BPC},
        };
        for (i = 0; i < sizeof g / sizeof g[0]; i++) {
            a2 = args;
            a2.w = g[i].w;
            a2.h = g[i].h;
            a2.bpc = g[i].bpc;
            st = &args;
            EXPECT_LOG(x->create(&st, &a2), g[i].code);
            CHECK(st == NULL, "%s create(%ux%u@%u): *state not NULL", x->name, a2.w, a2.h, a2.bpc);
        }
        a2 = args;
        a2.w = minw - 1;
        a2.h = minw;
        EXPECT_LOG(x->create(&st, &a2), VMAF_ERR_TOO_SMALL);
        a2.w = minw;
        a2.h = minw - 1;
        EXPECT_LOG(x->create(&st, &a2), VMAF_ERR_TOO_SMALL);
        a2.h = minw;
        EXPECT(x->create(&st, &a2), VMAF_OK);
        x->destroy(st);
    }
    {
        static const struct { const char *text; int code; } t[] = {
            {"nosuch=1", VMAF_ERR_BAD_OPTION},   {"debug", VMAF_ERR_PARSE},
            {"debug=maybe", VMAF_ERR_BAD_OPTION}, {"=1", VMAF_ERR_BAD_OPTION},
            {":", VMAF_ERR_PARSE},               {"debug=true:nosuch", VMAF_ERR_PARSE},
            {"debug=", VMAF_ERR_BAD_OPTION},
        };
        for (i = 0; i < sizeof t / sizeof t[0]; i++) {
            a2 = args;
            a2.options = t[i].text;
            st = &args;
            EXPECT_LOG(x->create(&st, &a2), t[i].code);
            CHECK(st == NULL, "%s create('%s'): *state not NULL", x->name, t[i].text);
        }
        a2 = args;
        a2.options = long_text('o', 400); /* name longer than the parser's buffer */
        EXPECT_LOG(x->create(&st, &a2), VMAF_ERR_PARSE);
        {
            char txt[600];
            memcpy(txt, "debug=", 6);
            memset(txt + 6, '1', 400); /* value longer than the parser's buffer */
            txt[406] = 0;
            a2.options = txt;
            EXPECT_LOG(x->create(&st, &a2), VMAF_ERR_PARSE);
        }
        if (float_only_option) { /* an option of the float twin: unknown here */
            a2.options = float_only_option;
            EXPECT_LOG(x->create(&st, &a2), VMAF_ERR_BAD_OPTION);
        }
        a2.options = "debug=true:"; /* a trailing ':' is fine */
        EXPECT(x->create(&st, &a2), VMAF_OK);
        x->destroy(st);
        a2.options = "";
        EXPECT(x->create(&st, &a2), VMAF_OK);
        x->destroy(st);
    }
    /* an unknown layout: documented for motion; see the pending file for vif/adm */
    a2 = args;
    a2.layout = (VmafLayout)9;
    st = NULL;
    if (temporal) {
        EXPECT_LOG(x->create(&st, &a2), VMAF_ERR_INVALID_ARGUMENT);
    } else if (x->create(&st, &a2) == VMAF_OK) {
        x->destroy(st);
    }

    /* key */
    EXPECT(x->create(&st, &args), VMAF_OK);
    EXPECT(x->key(NULL, x->provided[0], key, sizeof key), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(x->key(st, NULL, key, sizeof key), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(x->key(st, "nosuch_feature", key, sizeof key), VMAF_ERR_NOT_FOUND);
    for (pp = x->provided; *pp; pp++) {
        EXPECT(x->key(st, *pp, key, sizeof key), VMAF_OK);
        CHECK(!strcmp(key, *pp), "%s: key of %s at default options is '%s'", x->name, *pp, key);
    }
    EXPECT(x->key(st, x->provided[0], NULL, sizeof key), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(x->key(st, x->provided[0], key, 0), VMAF_ERR_INVALID_ARGUMENT);
    memset(key, 'x', sizeof key);
    EXPECT(x->key(st, x->provided[0], key, 5), VMAF_OK);
    CHECK(strlen(key) == 4 && key[5] == 'x', "%s: key() wrote past its buffer", x->name);

    /* push */
    tframe_make(&a, 64, 48, 8, VMAF_LAYOUT_420, 0, 1, 0);
    tframe_make(&b, 64, 48, 8, VMAF_LAYOUT_420, 9, 2, 0);
    ext_reference(x, &args, &a, &b, &ref);
    CHECK(ref.n > 0 && ref.nonfinite == 0, "%s: reference run emitted %u values (%u not finite)", x->name, ref.n,
          ref.nonfinite);
    memset(&got, 0, sizeof got);
    EXPECT(x->push(NULL, &a.f, &b.f, 0, temit, &got), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(x->push(st, &a.f, &b.f, 0, NULL, &got), VMAF_ERR_INVALID_ARGUMENT);
    if (temporal) {
        EXPECT_LOG(x->push(st, NULL, &b.f, 0, temit, &got), VMAF_ERR_INVALID_ARGUMENT);
        EXPECT_LOG(x->push(st, &a.f, &b.f, 1, temit, &got), VMAF_ERR_STATE); /* frame 1 before 0 */
    } else {
        EXPECT(x->push(st, NULL, &b.f, 0, temit, &got), VMAF_ERR_INVALID_ARGUMENT);
        EXPECT(x->push(st, &a.f, NULL, 0, temit, &got), VMAF_ERR_INVALID_ARGUMENT);
    }
    {
        VmafFrame bad;
        static const int which[2] = {0, 1};
        for (k = 0; k < (temporal ? 1u : 2u); k++) {
            const VmafFrame *r = which[k] ? &a.f : &bad, *d = which[k] ? &bad : &b.f;
            bad = which[k] ? b.f : a.f;
            bad.w = 62;
            EXPECT_LOG(x->push(st, r, d, 0, temit, &got), VMAF_ERR_MISMATCH);
            bad = which[k] ? b.f : a.f;
            bad.h = 50;
            EXPECT_LOG(x->push(st, r, d, 0, temit, &got), VMAF_ERR_MISMATCH);
            bad = which[k] ? b.f : a.f;
            bad.bpc = 10;
            EXPECT_LOG(x->push(st, r, d, 0, temit, &got), VMAF_ERR_MISMATCH);
            bad = which[k] ? b.f : a.f;
            bad.data[0] = NULL;
            EXPECT_LOG(x->push(st, r, d, 0, temit, &got), VMAF_ERR_INVALID_ARGUMENT);
            bad = which[k] ? b.f : a.f;
            bad.stride[0] = 63;
            EXPECT_LOG(x->push(st, r, d, 0, temit, &got), VMAF_ERR_BAD_STRIDE);
            bad.stride[0] = -(ptrdiff_t)64;
            EXPECT_LOG(x->push(st, r, d, 0, temit, &got), VMAF_ERR_BAD_STRIDE);
        }
        if (!temporal && !strstr(x->name, "adm")) { /* reference and distorted of different
                                                        layouts (adm ignores it: pending file) */
            bad = b.f;
            bad.layout = VMAF_LAYOUT_444;
            EXPECT_LOG(x->push(st, &a.f, &bad, 0, temit, &got), VMAF_ERR_MISMATCH);
        }
    }
    CHECK(got.n == 0, "%s: values emitted by rejected pushes", x->name);
    /* after the rejected calls the state gives a fresh state's values */
    EXPECT(x->push(st, &a.f, &b.f, 0, temit, &got), VMAF_OK);
    EXPECT(x->push(st, &b.f, &a.f, 1, temit, &got), VMAF_OK);
    if (temporal) {
        EXPECT(x->flush(NULL, temit, &got), VMAF_ERR_INVALID_ARGUMENT);
        EXPECT(x->flush(st, NULL, &got), VMAF_ERR_INVALID_ARGUMENT);
        EXPECT(x->flush(st, temit, &got), VMAF_OK);
    }
    CHECK(got.n == ref.n && got.sum == ref.sum, "%s: %u values (sum %.17g) after rejected calls, fresh state %u (%.17g)",
          x->name, got.n, got.sum, ref.n, ref.sum);
    if (temporal) {
        unsigned before = got.n;
        EXPECT(x->flush(st, temit, &got), VMAF_OK); /* flush twice: nothing more */
        CHECK(got.n == before, "%s: second flush emitted %u values", x->name, got.n - before);
        EXPECT_LOG(x->push(st, &a.f, &b.f, 2, temit, &got), VMAF_ERR_STATE); /* push after flush */
        CHECK(got.n == before, "%s: push after flush emitted values", x->name);
    } else { /* frames in any order */
        EXPECT(x->push(st, &a.f, &b.f, 7, temit, &got), VMAF_OK);
        EXPECT(x->push(st, &a.f, &b.f, 3, temit, &got), VMAF_OK);
    }
    x->destroy(st);
    x->destroy(NULL);

    /* 16-bit planes: an odd stride or odd address is refused by every extractor */
    a2 = args;
    a2.bpc = 10;
    tframe_make(&c16, 64, 48, 10, VMAF_LAYOUT_420, 2, 3, 0);
    EXPECT(x->create(&st, &a2), VMAF_OK);
    {
        VmafFrame bad = c16.f;
        bad.stride[0] = 129;
        memset(&got, 0, sizeof got);
        EXPECT_LOG(x->push(st, &bad, &c16.f, 0, temit, &got), VMAF_ERR_BAD_STRIDE);
        bad = c16.f;
        bad.data[0] = (const unsigned char *)bad.data[0] + 1;
        EXPECT_LOG(x->push(st, &bad, &c16.f, 0, temit, &got), VMAF_ERR_BAD_STRIDE);
        CHECK(got.n == 0, "%s: a refused 16-bit frame emitted %u values", x->name, got.n);
    }
    EXPECT(x->push(st, &c16.f, &c16.f, 0, temit, &got), VMAF_OK);
    x->destroy(st);
    tframe_free(&c16);

    /* samples above the bit depth: memory-safe, unspecified values */
    {
        tframe r1, r2;
        tframe_make(&r1, 64, 48, 10, VMAF_LAYOUT_420, 0, 5, 1);
        tframe_make(&r2, 64, 48, 10, VMAF_LAYOUT_420, 0, 6, 1);
        EXPECT(x->create(&st, &a2), VMAF_OK);
        EXPECT(x->push(st, &r1.f, &r2.f, 0, temit, &got), VMAF_OK);
        EXPECT(x->push(st, &r2.f, &r1.f, 1, temit, &got), VMAF_OK);
        if (temporal) EXPECT(x->flush(st, temit, &got), VMAF_OK);
        x->destroy(st);
        tframe_free(&r1);
        tframe_free(&r2);
    }
    tframe_free(&a);
    tframe_free(&b);
}

/* ------------------------------------------------------------------ model: files, pooling */

static char *read_text(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long len;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = (char *)malloc((size_t)len + 1);
    if (buf && fread(buf, 1, (size_t)len, f) != (size_t)len) { free(buf); buf = NULL; }
    fclose(f);
    if (buf) buf[len] = 0;
    *n = (size_t)len;
    return buf;
}

/* Replaces the first `from` in text by `to` (same or shorter), in place. */
static int replace_once(char *text, const char *from, const char *to)
{
    char *p = strstr(text, from);
    size_t lf = strlen(from), lt = strlen(to);
    if (!p || lt > lf) return 0;
    memcpy(p, to, lt);
    memmove(p + lt, p + lf, strlen(p + lf) + 1);
    return 1;
}

static void test_model_files(void)
{
    VmafModelOptions o;
    VmafModelFile *m = (VmafModelFile *)&o;
    VmafModelPool pool;
    size_t n = 0;
    char *json = read_text(TH_DATA "/models/vmaf_v0.6.1.json", &n), *bad;
    double feats[8] = {0.5, 0.9, 0.95, 0.97, 0.99, 0.98, 3.0, 0}, outs[40], v;
    const char *prov, *opts;
    static const double vals[3] = {1.0, 2.0, 4.0};

    CHECK(!strcmp(vmaf_model_version(), VMAF_MODEL_VERSION_STRING), "vmaf_model_version");
    memset(&o, 0, sizeof o);
    o.log = tlog;
    if (!CHECK(json != NULL, "read vmaf_v0.6.1.json")) return;

    /* parse */
    EXPECT(vmaf_model_parse(NULL, json, n, &o), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_parse(&m, NULL, 10, &o), VMAF_ERR_INVALID_ARGUMENT);
    CHECK(m == NULL, "model_parse: *out not NULL after an error");
    EXPECT_LOG(vmaf_model_parse(&m, json, ((size_t)64 << 20) + 1, &o), VMAF_ERR_TOO_LARGE); /* checked first */
    EXPECT_LOG(vmaf_model_parse(&m, json, (size_t)-1, &o), VMAF_ERR_TOO_LARGE);
    EXPECT_LOG(vmaf_model_parse(&m, "", 0, &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_parse(&m, "{", 1, &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_parse(&m, "{}", 2, &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_parse(&m, "[]", 2, &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_parse(&m, "{\"model_dict\": 1}", 17, &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_parse(&m, json, n / 2, &o), VMAF_ERR_PARSE); /* truncated */
    bad = (char *)malloc(n + 1);
    memcpy(bad, json, n + 1);
    CHECK(replace_once(bad, "svm_type nu_svr", "svm_type c_svc"), "model text has a nu_svr model");
    EXPECT_LOG(vmaf_model_parse(&m, bad, strlen(bad), &o), VMAF_ERR_UNSUPPORTED);
    memcpy(bad, json, n + 1);
    CHECK(replace_once(bad, "\"feature_names\"", "\"feature_namez\""), "model text has feature_names");
    EXPECT_LOG(vmaf_model_parse(&m, bad, strlen(bad), &o), VMAF_ERR_PARSE);
    free(bad);
    o.name = "bad\nname";
    EXPECT_ERR(vmaf_model_parse(&m, json, n, &o));
    o.name = long_text('n', 200); /* more than 128 bytes */
    EXPECT_ERR(vmaf_model_parse(&m, json, n, &o));
    o.name = "";
    EXPECT_ERR(vmaf_model_parse(&m, json, n, &o));
    o.name = NULL;
    o.allocator.alloc = NULL;
    o.allocator.free = tfree;
    EXPECT_LOG(vmaf_model_parse(&m, json, n, &o), VMAF_ERR_INVALID_ARGUMENT);
    memset(&o.allocator, 0, sizeof o.allocator);
    EXPECT(vmaf_model_parse(&m, json, n, &o), VMAF_OK);

    /* queries */
    CHECK(vmaf_model_name(NULL) == NULL && vmaf_model_label(NULL) == NULL, "model getters with NULL");
    CHECK(vmaf_model_feature_count(NULL) == 0 && vmaf_model_output_count(NULL) == 0 &&
              vmaf_model_collection_size(NULL) == 0,
          "model counts with NULL");
    EXPECT(vmaf_model_feature(NULL, 0, &prov, &opts), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_feature(m, vmaf_model_feature_count(m), &prov, &opts), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_feature(m, UINT_MAX, &prov, &opts), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_feature(m, 0, NULL, NULL), VMAF_OK);
    CHECK(vmaf_model_output_name(m, vmaf_model_output_count(m)) == NULL, "output_name past the end");
    CHECK(vmaf_model_output_name(NULL, 0) == NULL, "output_name(NULL)");
    EXPECT(vmaf_model_predict(NULL, feats, outs), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_predict(m, NULL, outs), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_predict(m, feats, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_predict(m, feats, outs), VMAF_OK);
    feats[0] = NAN; /* a NaN feature: no crash, some output */
    EXPECT(vmaf_model_predict(m, feats, outs), VMAF_OK);

    /* overload */
    EXPECT(vmaf_model_overload(NULL, "vif", "vif_enhn_gain_limit", "1"), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_overload(m, NULL, "vif_enhn_gain_limit", "1"), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_overload(m, "vif", NULL, "1"), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_overload(m, "vif", "vif_enhn_gain_limit", NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_overload(m, "", "vif_enhn_gain_limit", "1"), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_overload(m, "vif", "a:b", "1"), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_overload(m, "vif", "a=b", "1"), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_overload(m, "vif", "x", "1:2"), VMAF_ERR_INVALID_ARGUMENT);
    {
        int i, r = VMAF_OK;
        for (i = 0; i < 64 && r == VMAF_OK; i++) r = vmaf_model_overload(m, "vif", "vif_enhn_gain_limit", "1");
        CHECK(r == VMAF_OK, "64 overloads accepted");
        EXPECT(vmaf_model_overload(m, "vif", "vif_enhn_gain_limit", "1"), VMAF_ERR_TOO_LARGE);
    }
    vmaf_model_free(m);
    vmaf_model_free(NULL);

    /* read */
    EXPECT(vmaf_model_read(NULL, TH_DATA "/models/vmaf_v0.6.1.json", &o), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_read(&m, NULL, &o), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_read(&m, TH_DATA "/models/no_such_model.json", &o), VMAF_ERR_IO);
    EXPECT_LOG(vmaf_model_read(&m, TH_DATA "/models", &o), VMAF_ERR_IO); /* a directory */
    EXPECT_LOG(vmaf_model_read(&m, "/dev/null", &o), VMAF_ERR_PARSE);  /* empty */
    CHECK(m == NULL, "model_read: *out not NULL after an error");

    /* built-in */
    EXPECT(vmaf_model_builtin(NULL, "vmaf_v0.6.1", &o), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_builtin(&m, NULL, &o), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_builtin(&m, "vmaf_v9.9.9", &o), VMAF_ERR_NOT_FOUND);
    EXPECT_LOG(vmaf_model_builtin(&m, "", &o), VMAF_ERR_NOT_FOUND);
    CHECK(vmaf_model_builtin_name(0) != NULL && vmaf_model_builtin_name(1000) == NULL &&
              vmaf_model_builtin_name(UINT_MAX) == NULL,
          "builtin_name bounds");

    /* open (--model text) */
    EXPECT(vmaf_model_open(NULL, "version=vmaf_v0.6.1", &o), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_open(&m, NULL, &o), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_open(&m, "", &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_open(&m, "name=x", &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_open(&m, "version", &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_open(&m, "version=vmaf_v0.6.1:bogus", &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_open(&m, "version=vmaf_v0.6.1:.x=1", &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_open(&m, "version=vmaf_v0.6.1:vif.=1", &o), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_open(&m, "version=nosuch", &o), VMAF_ERR_NOT_FOUND);
    EXPECT_LOG(vmaf_model_open(&m, "path=" TH_DATA "/models/missing.json", &o), VMAF_ERR_IO);
    EXPECT_LOG(vmaf_model_open(&m, long_text('v', 5000), &o), VMAF_ERR_PARSE);
    {
        char spec[4096];
        int i;
        size_t len = (size_t)snprintf(spec, sizeof spec, "version=vmaf_v0.6.1");
        for (i = 0; i < 65; i++) len += (size_t)snprintf(spec + len, sizeof spec - len, ":vif.o%d=1", i);
        EXPECT_LOG(vmaf_model_open(&m, spec, &o), VMAF_ERR_TOO_LARGE);
        CHECK(m == NULL, "model_open: *out not NULL after an error");
    }

    /* pooling */
    vmaf_model_pool_init(NULL);
    vmaf_model_pool_add(NULL, 1.0);
    vmaf_model_pool_init(&pool);
    EXPECT(vmaf_model_pool_get(&pool, VMAF_MODEL_POOL_MEAN, &v), VMAF_ERR_STATE); /* no value */
    vmaf_model_pool_add(&pool, 2.0);
    EXPECT(vmaf_model_pool_get(NULL, VMAF_MODEL_POOL_MEAN, &v), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pool_get(&pool, VMAF_MODEL_POOL_MEAN, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pool_get(&pool, 0, &v), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pool_get(&pool, 5, &v), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pool_get(&pool, -1, &v), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pool(NULL, 3, VMAF_MODEL_POOL_MEAN, &v), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pool(vals, 3, VMAF_MODEL_POOL_MEAN, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pool(vals, 0, VMAF_MODEL_POOL_MEAN, &v), VMAF_ERR_STATE);
    EXPECT(vmaf_model_pool(vals, 3, 9, &v), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pool(vals, 3, VMAF_MODEL_POOL_MAX, &v), VMAF_OK);
    CHECK(v == 4.0, "pool max");
    free(json);
}

/* ------------------------------------------------------------------ model: the pipeline */

static const VmafExtractor *bad_table(int which)
{
    static VmafExtractor t[6];
    const VmafExtractor *v = vmaf_vif_extractor();
    int i;
    for (i = 0; i < 6; i++) t[i] = *v;
    t[0].abi = 99;
    t[1].size = 8;
    t[2].name = NULL;
    t[3].name = "";
    t[4].create = NULL;
    t[5].push = NULL;
    return &t[which];
}

static void pipe_config(VmafModelPipelineConfig *pc, unsigned w, unsigned h, tsink *sink)
{
    memset(pc, 0, sizeof *pc);
    pc->w = w;
    pc->h = h;
    pc->bpc = 8;
    pc->layout = VMAF_LAYOUT_420;
    pc->emit = temit;
    pc->emit_user = sink;
    pc->log = tlog;
}

static void test_pipeline(void)
{
    VmafModelPipelineConfig pc, c;
    VmafModelPipeline *p = (VmafModelPipeline *)&pc, *p2;
    VmafModelFile *m, *m2;
    VmafModelJob *j1, *j2, *j3;
    tframe a, b;
    tsink sink;
    double v;
    int i;

    memset(&sink, 0, sizeof sink);
    pipe_config(&pc, 64, 48, &sink);
    EXPECT(vmaf_model_pipeline_create(NULL, &pc), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_create(&p, NULL), VMAF_ERR_INVALID_ARGUMENT);
    CHECK(p == NULL, "pipeline_create: *out not NULL after an error");
    for (i = 0; i < 14; i++) {
        int want;
        c = pc;
        switch (i) {
        case 0: c.bpc = 7; want = VMAF_ERR_BAD_BPC; break;
        case 1: c.bpc = 17; want = VMAF_ERR_BAD_BPC; break;
        case 2: c.w = 40000; want = VMAF_ERR_TOO_LARGE; break;
        case 3: c.w = c.h = 100000; want = VMAF_ERR_TOO_LARGE; break;
        case 4: c.w = c.h = UINT_MAX; want = VMAF_ERR_TOO_LARGE; break;
        case 5: c.w = 0; want = VMAF_ERR_TOO_SMALL; break;
        case 6: c.h = 0; want = VMAF_ERR_TOO_SMALL; break;
        case 7: c.layout = (VmafLayout)7; want = VMAF_ERR_INVALID_ARGUMENT; break;
        case 8: c.jobs = 1025; want = VMAF_ERR_INVALID_ARGUMENT; break;
        case 9: c.lookahead = 65; want = VMAF_ERR_INVALID_ARGUMENT; break;
        case 10: c.flags = 8; want = VMAF_ERR_INVALID_ARGUMENT; break;
        case 11: c.allocator.free = tfree; want = VMAF_ERR_INVALID_ARGUMENT; break;
        case 12: c.jobs = UINT_MAX; want = VMAF_ERR_INVALID_ARGUMENT; break;
        default: c.bpc = 0; want = VMAF_ERR_BAD_BPC; break;
        }
        EXPECT_LOG(vmaf_model_pipeline_create(&p, &c), want);
        CHECK(p == NULL, "pipeline_create case %d: *out not NULL", i);
    }

    /* register */
    EXPECT(vmaf_model_pipeline_create(&p, &pc), VMAF_OK);
    EXPECT(vmaf_model_pipeline_register(NULL, vmaf_vif_extractor()), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_pipeline_register(p, NULL), VMAF_ERR_INVALID_ARGUMENT);
    for (i = 0; i < 6; i++) EXPECT_LOG(vmaf_model_pipeline_register(p, bad_table(i)), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_register_known(NULL), VMAF_ERR_INVALID_ARGUMENT);

    /* add_model: nothing registered yet */
    EXPECT(vmaf_model_builtin(&m, "vmaf_v0.6.1", NULL), VMAF_OK);
    EXPECT(vmaf_model_pipeline_add_model(NULL, m), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_add_model(p, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_pipeline_add_model(p, m), VMAF_ERR_NOT_FOUND);
    EXPECT(vmaf_model_pipeline_register_known(p), 6);
    /* add_feature */
    EXPECT(vmaf_model_pipeline_add_feature(NULL, "vif", NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_add_feature(p, NULL, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_pipeline_add_feature(p, "nosuch", NULL), VMAF_ERR_NOT_FOUND);
    EXPECT_LOG(vmaf_model_pipeline_add_feature(p, "vif", "bogus=1"), VMAF_ERR_BAD_OPTION);
    EXPECT_LOG(vmaf_model_pipeline_add_feature(p, "vif", "debug"), VMAF_ERR_PARSE);
    EXPECT_LOG(vmaf_model_pipeline_add_feature(p, "adm", "adm_enhn_gain_limit=200"), VMAF_ERR_BAD_OPTION);
    /* a model whose overload is out of range, or names an unknown option */
    EXPECT(vmaf_model_builtin(&m2, "vmaf_v0.6.1", NULL), VMAF_OK);
    EXPECT(vmaf_model_overload(m2, "vif", "vif_enhn_gain_limit", "0.5"), VMAF_OK);
    EXPECT_LOG(vmaf_model_pipeline_add_model(p, m2), VMAF_ERR_BAD_OPTION);
    vmaf_model_free(m2);
    EXPECT(vmaf_model_builtin(&m2, "vmaf_v0.6.1", NULL), VMAF_OK);
    EXPECT(vmaf_model_overload(m2, "adm", "no_such_option", "1"), VMAF_OK);
    EXPECT_LOG(vmaf_model_pipeline_add_model(p, m2), VMAF_ERR_BAD_OPTION);
    vmaf_model_free(m2);
    /* the good model, then the same output name again */
    EXPECT(vmaf_model_pipeline_add_model(p, m), VMAF_OK);
    EXPECT_LOG(vmaf_model_pipeline_add_model(p, m), VMAF_ERR_INVALID_ARGUMENT);

    /* frames */
    tframe_make(&a, 64, 48, 8, VMAF_LAYOUT_420, 0, 1, 0);
    tframe_make(&b, 64, 48, 8, VMAF_LAYOUT_420, 0, 2, 0);
    EXPECT(vmaf_model_pipeline_pooled(p, "vmaf", VMAF_MODEL_POOL_MEAN, &v), VMAF_ERR_NOT_FOUND); /* not started */
    EXPECT(vmaf_model_pipeline_push(NULL, &a.f, &b.f), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_pipeline_push(p, NULL, &b.f), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT_LOG(vmaf_model_pipeline_push(p, &a.f, NULL), VMAF_ERR_INVALID_ARGUMENT);
    {
        VmafFrame bad = b.f;
        bad.h = 50;
        EXPECT_LOG(vmaf_model_pipeline_push(p, &a.f, &bad), VMAF_ERR_MISMATCH);
        bad = b.f;
        bad.bpc = 10;
        EXPECT_LOG(vmaf_model_pipeline_push(p, &a.f, &bad), VMAF_ERR_MISMATCH);
        bad = b.f;
        bad.layout = VMAF_LAYOUT_444;
        EXPECT_LOG(vmaf_model_pipeline_push(p, &a.f, &bad), VMAF_ERR_MISMATCH);
        bad = b.f;
        bad.data[0] = NULL;
        EXPECT_LOG(vmaf_model_pipeline_push(p, &a.f, &bad), VMAF_ERR_INVALID_ARGUMENT);
    }
    CHECK(vmaf_model_pipeline_frame_count(p) == 0, "rejected frames were counted");
    EXPECT(vmaf_model_pipeline_push(p, &a.f, &b.f), VMAF_OK); /* a rejected frame is not consumed */
    EXPECT(vmaf_model_pipeline_push(p, &b.f, &a.f), VMAF_OK);
    /* configuration after the first frame */
    EXPECT_LOG(vmaf_model_pipeline_register(p, vmaf_vif_extractor()), VMAF_ERR_STATE);
    EXPECT_LOG(vmaf_model_pipeline_add_feature(p, "vif", "debug=true"), VMAF_ERR_STATE);
    EXPECT_LOG(vmaf_model_pipeline_add_model(p, m), VMAF_ERR_STATE);
    EXPECT(vmaf_model_pipeline_flush(NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_flush(p), VMAF_OK);
    EXPECT_LOG(vmaf_model_pipeline_flush(p), VMAF_ERR_STATE);          /* flush twice */
    EXPECT_LOG(vmaf_model_pipeline_push(p, &a.f, &b.f), VMAF_ERR_STATE); /* push after flush */
    CHECK(vmaf_model_pipeline_frame_count(p) == 2, "frame count after flush");
    EXPECT(vmaf_model_pipeline_pooled(p, "vmaf", VMAF_MODEL_POOL_MEAN, &v), VMAF_OK);
    EXPECT(vmaf_model_pipeline_pooled(NULL, "vmaf", VMAF_MODEL_POOL_MEAN, &v), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_pooled(p, NULL, VMAF_MODEL_POOL_MEAN, &v), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_pooled(p, "vmaf", VMAF_MODEL_POOL_MEAN, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_pooled(p, "vmaf", 0, &v), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_pooled(p, "vmaf", 5, &v), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_pooled(p, "nosuch", VMAF_MODEL_POOL_MEAN, &v), VMAF_ERR_NOT_FOUND);
    CHECK(vmaf_model_pipeline_column(p, vmaf_model_pipeline_column_count(p)) == NULL &&
              vmaf_model_pipeline_column(p, UINT_MAX) == NULL && vmaf_model_pipeline_column(NULL, 0) == NULL,
          "pipeline_column bounds");
    CHECK(vmaf_model_pipeline_column_count(NULL) == 0 && vmaf_model_pipeline_frame_count(NULL) == 0 &&
              vmaf_model_pipeline_free_jobs(NULL) == 0,
          "pipeline getters with NULL");
    vmaf_model_pipeline_destroy(p);
    vmaf_model_pipeline_destroy(NULL);

    /* a frame below the extractors' minimum: refused when the model is added */
    pipe_config(&c, 16, 16, &sink);
    EXPECT(vmaf_model_pipeline_create(&p2, &c), VMAF_OK);
    EXPECT(vmaf_model_pipeline_register_known(p2), 6);
    EXPECT_LOG(vmaf_model_pipeline_add_model(p2, m), VMAF_ERR_TOO_SMALL);
    EXPECT(vmaf_model_pipeline_add_feature(p2, "vif", NULL), VMAF_OK); /* the rollback left it usable */
    vmaf_model_pipeline_destroy(p2);

    /* the split API: out-of-order calls */
    c = pc;
    c.jobs = 2;
    EXPECT(vmaf_model_pipeline_create(&p2, &c), VMAF_OK);
    EXPECT(vmaf_model_pipeline_register_known(p2), 6);
    EXPECT(vmaf_model_pipeline_add_model(p2, m), VMAF_OK);
    CHECK(vmaf_model_pipeline_free_jobs(p2) == 2, "free_jobs before start");
    EXPECT(vmaf_model_pipeline_submit(NULL, &a.f, &b.f, &j1), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_submit(p2, &a.f, &b.f, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_submit(p2, &a.f, &b.f, &j1), VMAF_OK);
    EXPECT(vmaf_model_pipeline_pooled(p2, "vmaf", VMAF_MODEL_POOL_MEAN, &v), VMAF_ERR_STATE); /* nothing reported */
    EXPECT(vmaf_model_pipeline_submit(p2, &b.f, &a.f, &j2), VMAF_OK);
    j3 = (VmafModelJob *)&c;
    EXPECT_LOG(vmaf_model_pipeline_submit(p2, &a.f, &b.f, &j3), VMAF_ERR_STATE); /* no free job */
    CHECK(j3 == NULL, "submit: *job not NULL after an error");
    EXPECT_LOG(vmaf_model_pipeline_complete(p2, j1), VMAF_ERR_STATE); /* before job_run */
    EXPECT_LOG(vmaf_model_pipeline_flush(p2), VMAF_ERR_STATE);        /* jobs in flight */
    EXPECT(vmaf_model_job_run(NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_job_run(j2), VMAF_OK); /* jobs may run in any order */
    EXPECT(vmaf_model_job_run(j2), VMAF_ERR_STATE);
    EXPECT(vmaf_model_pipeline_complete(NULL, j2), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_complete(p2, NULL), VMAF_ERR_INVALID_ARGUMENT);
    EXPECT(vmaf_model_pipeline_complete(p2, j2), VMAF_OK);
    EXPECT(vmaf_model_pipeline_complete(p2, j2), VMAF_ERR_STATE); /* twice */
    EXPECT(vmaf_model_job_run(j1), VMAF_OK);
    EXPECT(vmaf_model_pipeline_complete(p2, j1), VMAF_OK);
    EXPECT(vmaf_model_pipeline_flush(p2), VMAF_OK);
    vmaf_model_pipeline_destroy(p2);

    /* an extractor error mid-stream: reported, then the pipeline refuses further frames */
    EXPECT(vmaf_model_pipeline_create(&p2, &pc), VMAF_OK);
    EXPECT(vmaf_model_pipeline_register_known(p2), 6);
    EXPECT(vmaf_model_pipeline_add_model(p2, m), VMAF_OK);
    EXPECT(vmaf_model_pipeline_push(p2, &a.f, &b.f), VMAF_OK);
    {
        VmafFrame bad = b.f;
        bad.stride[0] = 10;
        EXPECT_LOG(vmaf_model_pipeline_push(p2, &a.f, &bad), VMAF_ERR_BAD_STRIDE);
    }
    EXPECT_LOG(vmaf_model_pipeline_push(p2, &a.f, &b.f), VMAF_ERR_STATE);
    EXPECT_LOG(vmaf_model_pipeline_flush(p2), VMAF_ERR_STATE);
    vmaf_model_pipeline_destroy(p2);

    vmaf_model_free(m);
    tframe_free(&a);
    tframe_free(&b);
}

int main(void)
{
    th_init();
    test_vif();
    test_adm();
    test_motion();
    ext_suite(vmaf_vif_extractor(), 16, 0, "vif_kernelscale=2");
    ext_suite(vmaf_vif_float_extractor(), 16, 0, NULL);
    ext_suite(vmaf_adm_extractor(), VMAF_ADM_MIN_SIZE, 0, "adm_p_norm=2");
    ext_suite(vmaf_adm_float_extractor(), VMAF_ADM_MIN_SIZE, 0, "adm_skip_aim=true");
    ext_suite(vmaf_motion_extractor(), 3, 1, "motion_filter_size=3");
    ext_suite(vmaf_motion_float_extractor(), 3, 1, "motion_five_frame_window=true");
    ext_suite(vmaf_motion_v30_extractor(), 3, 1, "motion_blend_factor=0.5");
    test_model_files();
    test_pipeline();
    return th_finish();
}
