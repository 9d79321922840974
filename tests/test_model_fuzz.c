/* tests/test_model_fuzz.c - deterministic mutation fuzzing of the model loader (run under
   ASan/UBSan with `make test SAN=1`), model option text, and allocation-failure injection
   for the loader and the pipeline. Every input must either load (and then predict without
   trouble) or be rejected with an error code and a log message. */
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_model.h"
#include "harness.h"
#include "test_model_util.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}
static size_t rndn(size_t n) { return n ? (size_t)(rnd() % n) : 0; }

typedef struct {
    int n;
} logcount;
static void count_log(void *u, int level, const char *msg)
{
    (void)level;
    if (msg && msg[0]) ((logcount *)u)->n++;
}

static const char *const tokens[] = {"{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-", "1e999", "NaN", "null", "true",
                                     "1.5e-320", "\\u00e9", "\\ud83d\\ude00", "\xc3\xa9", "\xff", "\n", " ", "SV", "rbf",
                                     "total_sv 1000000", "\\n", "7:", "e", "\"model_dict\"", "\"0\":", "\"1\":"};

/* One random edit of buf[0..*len) (capacity cap). */
static void mutate(char *buf, size_t *len, size_t cap)
{
    size_t n = *len, a = rndn(n + 1), b, k;
    switch (rnd() % 8) {
    case 0: /* byte */
        if (n) buf[rndn(n)] = (char)rnd();
        break;
    case 1: /* printable byte */
        if (n) buf[rndn(n)] = (char)(32 + rnd() % 95);
        break;
    case 2: /* delete a range */
        b = a + rndn(64);
        if (b > n) b = n;
        memmove(buf + a, buf + b, n - b);
        *len = n - (b - a);
        break;
    case 3: /* truncate */
        *len = a;
        break;
    case 4: { /* insert a token */
        const char *t = tokens[rndn(sizeof tokens / sizeof tokens[0])];
        k = strlen(t);
        if (n + k >= cap) break;
        memmove(buf + a + k, buf + a, n - a);
        memcpy(buf + a, t, k);
        *len = n + k;
        break;
    }
    case 5: { /* duplicate a range */
        b = rndn(128);
        if (a + b > n) b = n - a;
        if (n + b >= cap) break;
        memmove(buf + a + b, buf + a, n - a);
        memmove(buf + a + b, buf + a, b);
        *len = n + b;
        break;
    }
    case 6: /* change a digit */
        for (k = 0; k < 64 && n; k++) {
            size_t i = rndn(n);
            if (buf[i] >= '0' && buf[i] <= '9') {
                buf[i] = (char)('0' + rnd() % 10);
                break;
            }
        }
        break;
    default: /* swap two bytes */
        if (n) {
            char t;
            b = rndn(n);
            if (a >= n) a = n - 1;
            t = buf[a];
            buf[a] = buf[b];
            buf[b] = t;
        }
        break;
    }
}

static unsigned accepted, rejected, silent;

static void try_load(const char *buf, size_t len)
{
    VmafModelFile *m = NULL;
    VmafModelOptions o;
    logcount lc = {0};
    int err;
    memset(&o, 0, sizeof o);
    o.log = count_log;
    o.log_user = &lc;
    o.flags = (unsigned)(rnd() % 4);
    err = vmaf_model_parse(&m, buf, len, &o);
    if (err) {
        rejected++;
        if (lc.n == 0 && err != VMAF_ERR_OUT_OF_MEMORY) silent++;
        return;
    }
    accepted++;
    {
        unsigned nf = vmaf_model_feature_count(m), no = vmaf_model_output_count(m), i;
        double x[4096], y[512];
        if (nf <= 4096 && no <= 512) {
            for (i = 0; i < nf; i++) x[i] = (double)(rnd() % 1000) / 500.0 - 0.5;
            vmaf_model_predict(m, x, y);
            for (i = 0; i < no; i++) (void)vmaf_model_output_name(m, i);
        }
    }
    vmaf_model_free(m);
}

static void fuzz_file(const char *path, unsigned rounds)
{
    size_t len, cap;
    char *orig = tm_read_file(path, &len), *buf;
    unsigned r;
    if (!CHECK(orig != NULL, "read %s", path)) return;
    cap = len + 4096;
    buf = (char *)malloc(cap);
    for (r = 0; r < rounds; r++) {
        size_t n = len;
        unsigned k, edits = 1 + (unsigned)(rnd() % 4);
        memcpy(buf, orig, len);
        for (k = 0; k < edits; k++) mutate(buf, &n, cap);
        try_load(buf, n);
    }
    free(buf);
    free(orig);
}

/* ---------------- allocation failure injection ---------------- */
typedef struct {
    long left; /* allocations still allowed; < 0: unlimited */
    long live;
} failing;
static void *f_alloc(size_t n, void *u)
{
    failing *f = (failing *)u;
    if (f->left == 0) return NULL;
    if (f->left > 0) f->left--;
    f->live++;
    return malloc(n);
}
static void f_free(void *p, void *u)
{
    ((failing *)u)->live--;
    free(p);
}

/* a trivial extractor for the pipeline runs */
typedef struct {
    int dummy;
} tiny;
static const char *const tiny_prov[] = {"VMAF_integer_feature_adm2_score", "VMAF_integer_feature_motion2_score",
                                        "VMAF_integer_feature_vif_scale0_score", "VMAF_integer_feature_vif_scale1_score",
                                        "VMAF_integer_feature_vif_scale2_score", "VMAF_integer_feature_vif_scale3_score", NULL};
static int tiny_create(void **st, const VmafExtractorArgs *a)
{
    tiny *t = (tiny *)malloc(sizeof *t);
    (void)a;
    if (!t) return VMAF_ERR_OUT_OF_MEMORY;
    *st = t;
    return 0;
}
static int tiny_key(void *st, const char *provided, char *out, size_t size)
{
    (void)st;
    snprintf(out, size, "%s", provided);
    return 0;
}
static int tiny_push(void *st, const VmafFrame *r, const VmafFrame *d, unsigned index, VmafEmitFn emit, void *user)
{
    const char *const *p;
    (void)st;
    (void)r;
    (void)d;
    for (p = tiny_prov; *p; p++) emit(user, index, *p, 0.5);
    return 0;
}
static void tiny_destroy(void *st) { free(st); }
static const VmafExtractor tiny_table = {VMAF_EXTRACTOR_ABI, sizeof(VmafExtractor), "tiny", tiny_prov, 0, tiny_create, tiny_key,
                                         tiny_push, NULL, tiny_destroy, NULL};

static int run_with_limit(long limit, const char *text, size_t len, int *loaded)
{
    failing f;
    VmafModelOptions o;
    VmafModelFile *m = NULL;
    VmafModelPipeline *p = NULL;
    VmafModelPipelineConfig pc;
    unsigned char px[16 * 16];
    VmafFrame fr;
    int err, i;
    f.left = limit;
    f.live = 0;
    memset(&o, 0, sizeof o);
    o.allocator.alloc = f_alloc;
    o.allocator.free = f_free;
    o.allocator.user = &f;
    *loaded = 0;
    err = text ? vmaf_model_parse(&m, text, len, &o) : vmaf_model_builtin(&m, "vmaf_b_v0.6.3", &o);
    if (!err) {
        *loaded = 1;
        memset(&pc, 0, sizeof pc);
        pc.w = pc.h = 16;
        pc.bpc = 8;
        pc.jobs = 2;
        pc.allocator = o.allocator;
        memset(&fr, 0, sizeof fr);
        memset(px, 0, sizeof px);
        fr.data[0] = px;
        fr.stride[0] = 16;
        fr.w = fr.h = 16;
        fr.bpc = 8;
        err = vmaf_model_pipeline_create(&p, &pc);
        if (!err) err = vmaf_model_pipeline_register(p, &tiny_table);
        if (!err) err = vmaf_model_pipeline_add_model(p, m);
        for (i = 0; i < 4 && !err; i++) err = vmaf_model_pipeline_push(p, &fr, &fr);
        if (!err) err = vmaf_model_pipeline_flush(p);
        vmaf_model_pipeline_destroy(p);
        vmaf_model_free(m);
    }
    CHECK(f.live == 0, "allocation limit %ld: %ld blocks leaked", limit, f.live);
    return err;
}

static void test_alloc_failures(void)
{
    size_t len;
    char *text = tm_read_file(TH_DATA "/models/vmaf_v0.6.1.json", &len);
    long limit;
    int loaded, ok_seen = 0, err;
    unsigned oom = 0;
    if (!CHECK(text != NULL, "read model")) return;
    for (limit = 0; limit < 400 && !ok_seen; limit++) {
        err = run_with_limit(limit, text, len, &loaded);
        if (err == 0) ok_seen = 1;
        else {
            oom++;
            CHECK(err == VMAF_ERR_OUT_OF_MEMORY, "limit %ld: error %d is out-of-memory", limit, err);
        }
    }
    CHECK(ok_seen, "succeeds once enough allocations are allowed (%u failing runs)", oom);
    for (limit = 0; limit < 60; limit++) { /* built-in collection: text rebuild, 21 members */
        err = run_with_limit(limit, NULL, 0, &loaded);
        CHECK(err == 0 || err == VMAF_ERR_OUT_OF_MEMORY, "built-in, limit %ld: %d", limit, err);
    }
    free(text);
}

/* ---------------- --model text ---------------- */
static void fuzz_spec(void)
{
    static const char *const parts[] = {"version=vmaf_v0.6.1", "version=vmaf_b_v0.6.3", "version=", "path=", "path=/nonexistent",
                                        "name=x", "name=", "name=a b", "disable_clip", "enable_transform", "enable_transform=no",
                                        "vif.vif_enhn_gain_limit=1.0", "adm.x=y", "a.b", ".b=1", "a.=1", "=", "::", ":", "x",
                                        "vif.opt=1:2", "motion.motion_force_zero=true", "version=vmaf_v0.6.1=x"};
    unsigned r, bad = 0;
    char spec[1024];
    for (r = 0; r < 3000; r++) {
        VmafModelFile *m = NULL;
        VmafModelOptions o;
        logcount lc = {0};
        unsigned k, n = 1 + (unsigned)(rnd() % 5);
        int err;
        spec[0] = 0;
        for (k = 0; k < n; k++) {
            if (k) strcat(spec, ":");
            strcat(spec, parts[rndn(sizeof parts / sizeof parts[0])]);
        }
        memset(&o, 0, sizeof o);
        o.log = count_log;
        o.log_user = &lc;
        err = vmaf_model_open(&m, spec, &o);
        if (err) {
            bad += lc.n == 0;
            CHECK(m == NULL, "no model on error");
        } else {
            CHECK(m && vmaf_model_output_count(m) >= 1, "model from \"%s\"", spec);
        }
        vmaf_model_free(m);
    }
    CHECK(bad == 0, "every rejected --model text logged a reason (%u silent)", bad);
}

int main(void)
{
    th_init();
    fuzz_file(TH_DATA "/models/vmaf_v0.6.1.json", 2500);
    fuzz_file(TH_DATA "/models/vmaf_v0.6.1neg.json", 1500);
    fuzz_file(TH_DATA "/models/vmaf_float_4k_v0.6.1.json", 1500);
    fuzz_file(TH_DATA "/models/vmaf_b_v0.6.3.json", 40);
    printf("fuzz: %u mutated models accepted, %u rejected\n", accepted, rejected);
    CHECK(rejected > 1000 && accepted > 50, "both outcomes exercised (%u accepted, %u rejected)", accepted, rejected);
    CHECK(silent == 0, "every rejection logged a reason (%u silent)", silent);
    {   /* random bytes */
        unsigned r;
        char junk[512];
        for (r = 0; r < 2000; r++) {
            size_t n = rndn(sizeof junk), i;
            for (i = 0; i < n; i++) junk[i] = (char)tokens[rndn(sizeof tokens / sizeof tokens[0])][0];
            try_load(junk, n);
        }
    }
    fuzz_spec();
    test_alloc_failures();
    return th_finish();
}
