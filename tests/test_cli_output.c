/* tests/test_cli_output.c - the vmaf tool's collector, pooling and writers (examples/vmaf_output.h).

   - number formatting: the SPEC 7.2 cases (5e-7, 9.9e-7, 2.0000009, 1.2e-6, 0.000123, 1e-10,
     99.9999999, NaN, inf, huge values, negative values) and --precision;
   - every libvmaf golden (tests/data/golden/<pair>/<golden>.full.json): the 17-digit per-frame
     values are fed to the collector under their collector keys; pooled min/max/mean/harmonic
     must equal the golden's pooled values bit for bit; the JSON written with libvmaf's number
     rule must equal the stock <golden>.json, and with --precision max the .full.json, byte for
     byte except the version and fps lines;
   - XML, CSV and SUB for src01_8bit/default against the SPEC 7.3 samples (tests/data/cli/);
   - edge forms: nothing written (-n alone), missing values, per-frame null, subsample, first
     printed frame not at index 0, aggregates, duplicate writes. */
#include "tests/harness.h"
#include "examples/vmaf_output.h"

static char *read_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    long n;
    char *t;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    t = (char *)malloc((size_t)n + 1);
    if (t && fread(t, 1, (size_t)n, f) != (size_t)n) { free(t); t = NULL; }
    fclose(f);
    if (t) { t[n] = 0; if (len) *len = (size_t)n; }
    return t;
}

/* Compares two texts line by line, ignoring the 1-based lines skip1 and skip2 (0 = none).
   Returns 1 if equal; prints the first difference. */
static int same_except(const char *what, const char *got, const char *want, int skip1, int skip2)
{
    int line = 1;
    const char *g = got, *w = want;
    while (*g || *w) {
        const char *ge = strchr(g, '\n'), *we = strchr(w, '\n');
        size_t gl = ge ? (size_t)(ge - g) : strlen(g), wl = we ? (size_t)(we - w) : strlen(w);
        if (line != skip1 && line != skip2 && (gl != wl || memcmp(g, w, gl) || !ge != !we)) {
            fprintf(stderr, "%s: line %d differs:\n  got:  %.*s\n  want: %.*s\n", what, line, (int)gl, g, (int)wl, w);
            return 0;
        }
        if (!ge || !we) return !ge && !we;
        g = ge + 1;
        w = we + 1;
        line++;
    }
    return 1;
}

/* The collector key libvmaf uses for printed name `name` (inverse of vmaf_name_alias). */
static const char *collector_key(const char *name, char *buf, size_t n)
{
    snprintf(buf, n, "VMAF_feature_%s_score", name);
    if (!strcmp(vmaf_name_alias(buf), name)) return buf;
    if (!strncmp(name, "integer_", 8)) {
        snprintf(buf, n, "VMAF_integer_feature_%s_score", name + 8);
        if (!strcmp(vmaf_name_alias(buf), name)) return buf;
    }
    return name;
}

static void fmt(double x, int prec, const char *want)
{
    char buf[512];
    vmaf_out_number(buf, sizeof buf, x, prec);
    CHECK(!strcmp(buf, want), "format %.17g (precision %d): got %s, want %s", x, prec, buf, want);
}

static void test_numbers(void)
{
    char buf[512], want[512];
    fmt(5e-7, 0, "0.0000005000000000");
    fmt(9.9e-7, 0, "0.0000009900000000");
    fmt(2.0000009, 0, "2.0000008999999999");
    fmt(1.2e-6, 0, "0.000001");
    fmt(0.000123, 0, "0.000123");
    fmt(1e-10, 0, "0.0000000001000000");
    fmt(99.9999999, 0, "100.000000");
    fmt(1e-6, 0, "0.000001"); /* the double loop decides: c = 6 */
    fmt(0.5, 0, "0.500000");
    fmt(0.0, 0, "0.000000");
    fmt(-5e-7, 0, "-0.0000005000000000");
    fmt(-0.25, 0, "-0.250000");
    fmt(83.856284000421454, 0, "83.856284");
    fmt(4.5794420490866665, 0, "4.579442");
    fmt(HUGE_VAL, 0, "inf");
    fmt(-HUGE_VAL, 0, "-inf");
    vmaf_out_number(buf, sizeof buf, (double)NAN, 0);
    CHECK(!strcmp(buf, "nan") || !strcmp(buf, "-nan"), "NaN prints as the C library's nan: %s", buf);
    /* |x| >= 2^31: the reference's int conversion gives INT_MIN, so %.6f even for a tiny fraction */
    fmt(2147483648.0000002, 0, "2147483648.000000");
    fmt(3000000000.0000001, 0, "3000000000.000000");
    fmt(2147483647.0000002, 0, "2147483647.0000002384185791"); /* just below 2^31: %.16f */
    snprintf(want, sizeof want, "%.6f", 1e300);
    fmt(1e300, 0, want);
    fmt(1e-320, 0, "0.0000000000000000"); /* subnormal: many leading zeros, %.16f */
    fmt(0.1, 17, "0.10000000000000001");
    fmt(83.856284000421454, 17, "83.856284000421454");
    fmt(0.0, 17, "0");
    fmt(1e-10, 17, "1e-10");
    fmt(83.856284000421454, 4, "83.86");
    fmt(HUGE_VAL, 17, "inf");
}

/* Feeds a golden's per-frame values to a collector, one name at a time in the column order of
   `order` (its pooled list), so that the first-write order equals that file's. (A .json and its
   .full.json come from two runs with --threads 1, whose column order can differ.) */
static unsigned feed_ordered(VmafOutCollector *c, const th_golden *g, const th_golden *order)
{
    int p, i, k;
    unsigned pic_cnt = 0;
    char key[256];
    for (p = 0; p < order->npooled; p++)
        for (i = 0; i < g->nframes; i++)
            for (k = 0; k < g->frames[i].n; k++)
                if (!strcmp(g->frames[i].kv[k].name, order->pooled[p].name)) {
                    int err = vmaf_out_append(c, collector_key(order->pooled[p].name, key, sizeof key), g->frames[i].kv[k].value,
                                              g->frames[i].frame_num);
                    if (err) CHECK(0, "append %s at %u: %d", key, g->frames[i].frame_num, err);
                }
    for (i = 0; i < g->nframes; i++)
        if (g->frames[i].frame_num + 1 > pic_cnt) pic_cnt = g->frames[i].frame_num + 1;
    return pic_cnt;
}

static unsigned feed(VmafOutCollector *c, const th_golden *g) { return feed_ordered(c, g, g); }

static void test_goldens(void)
{
    char line[2048], pair[128], name[256], status[64];
    int files = 0, values = 0, json_same = 0, full_same = 0;
    FILE *idx = fopen(TH_DATA "/golden/INDEX.tsv", "r");
    if (!CHECK(idx != NULL, "open golden INDEX.tsv")) return;
    while (fgets(line, sizeof line, idx)) {
        char path[512];
        th_golden *g;
        VmafOutCollector c;
        VmafOutParams p;
        VmafOutBuf b;
        char *want;
        unsigned pic_cnt;
        int k, m;
        if (sscanf(line, "%127[^\t]\t%255[^\t]\t%63[^\t]", pair, name, status) != 3 || strncmp(status, "ok", 2)) continue;
        snprintf(path, sizeof path, TH_DATA "/golden/%s/%s.full.json", pair, name);
        g = th_golden_load_path(path);
        if (!CHECK(g != NULL, "load %s", path)) continue;
        files++;
        vmaf_out_init(&c);
        pic_cnt = feed(&c, g);
        CHECK(c.n == (unsigned)g->npooled, "%s/%s: %u columns, golden has %d", pair, name, c.n, g->npooled);
        /* pooling, bit for bit */
        for (k = 0; k < g->npooled; k++) {
            for (m = 0; m < 4; m++) {
                double got, want_v;
                char key[256];
                int err;
                if (!g->pooled[k].have[m]) continue;
                want_v = g->pooled[k].v[m];
                err = vmaf_out_pool(&c, collector_key(g->pooled[k].name, key, sizeof key), m + 1, 0, pic_cnt - 1, 0, &got);
                values++;
                CHECK(!err && (got == want_v || (isnan(got) && isnan(want_v))), "%s/%s pooled %s method %d: got %.17g want %.17g (err %d)",
                      pair, name, g->pooled[k].name, m + 1, got, want_v, err);
            }
        }
        memset(&p, 0, sizeof p);
        p.version = "test";
        p.fps = 123.45;
        p.w = 576;
        p.h = 324;
        p.pic_cnt = pic_cnt;
        /* stock JSON, with the stock file's column order */
        snprintf(path, sizeof path, TH_DATA "/golden/%s/%s.json", pair, name);
        want = read_text(path, NULL);
        {
            th_golden *order = th_golden_load_path(path);
            VmafOutCollector c6;
            vmaf_out_init(&c6);
            if (CHECK(order != NULL, "load %s", path)) feed_ordered(&c6, g, order);
            memset(&b, 0, sizeof b);
            CHECK(vmaf_out_write(&b, &c6, VMAF_OUT_JSON, &p) == VMAF_OK, "write json");
            if (CHECK(want != NULL, "read %s", path) && CHECK(same_except(path, b.p, want, 2, 3), "%s equals the stock JSON except version/fps", path))
                json_same++;
            vmaf_out_free(&c6);
            th_golden_free(order);
        }
        free(want);
        vmaf_out_buf_free(&b);
        /* --precision max against the 17-digit file */
        p.precision = VMAF_OUT_PRECISION_MAX;
        CHECK(vmaf_out_write(&b, &c, VMAF_OUT_JSON, &p) == VMAF_OK, "write json 17g");
        snprintf(path, sizeof path, TH_DATA "/golden/%s/%s.full.json", pair, name);
        want = read_text(path, NULL);
        if (CHECK(want != NULL, "read %s", path) && CHECK(same_except(path, b.p, want, 2, 3), "%s equals --precision max output except version/fps", path))
            full_same++;
        free(want);
        vmaf_out_buf_free(&b);
        vmaf_out_free(&c);
        th_golden_free(g);
    }
    fclose(idx);
    CHECK(files >= 240, "golden files read: %d", files);
    fprintf(stderr, "goldens: %d files, %d pooled values bit-identical checked, %d stock JSON and %d 17-digit JSON files byte-identical\n",
            files, values, json_same, full_same);
}

static void test_spec_samples(void)
{
    static const struct { int format; const char *file; int skip1, skip2; } cases[] = {
        {VMAF_OUT_XML, TH_DATA "/cli/src01_8bit_default.xml", 1, 3},
        {VMAF_OUT_CSV, TH_DATA "/cli/src01_8bit_default.csv", 0, 0},
        {VMAF_OUT_SUB, TH_DATA "/cli/src01_8bit_default.sub", 0, 0},
    };
    th_golden *g = th_golden_load("src01_8bit", "default");
    VmafOutCollector c;
    VmafOutParams p;
    unsigned i;
    if (!CHECK(g != NULL, "load src01_8bit/default")) return;
    vmaf_out_init(&c);
    memset(&p, 0, sizeof p);
    p.pic_cnt = feed(&c, g);
    p.version = "f85a8536";
    p.fps = 186.83;
    p.w = 576;
    p.h = 324;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        VmafOutBuf b;
        char *want = read_text(cases[i].file, NULL);
        memset(&b, 0, sizeof b);
        CHECK(vmaf_out_write(&b, &c, cases[i].format, &p) == VMAF_OK, "write %s", cases[i].file);
        if (CHECK(want != NULL, "read %s", cases[i].file))
            CHECK(same_except(cases[i].file, b.p, want, cases[i].skip1, cases[i].skip2), "%s matches", cases[i].file);
        /* the skipped XML lines still have the layout */
        if (cases[i].format == VMAF_OUT_XML) {
            CHECK(!strncmp(b.p, "<VMAF version=\"f85a8536\">\n", 26), "XML version line");
            CHECK(strstr(b.p, "\n  <fyi fps=\"186.83\" />\n") != NULL, "XML fps line");
        }
        free(want);
        vmaf_out_buf_free(&b);
    }
    vmaf_out_free(&c);
    th_golden_free(g);
}

static char *render(const VmafOutCollector *c, int format, const VmafOutParams *p)
{
    VmafOutBuf b;
    memset(&b, 0, sizeof b);
    if (vmaf_out_write(&b, c, format, p)) { vmaf_out_buf_free(&b); return NULL; }
    return b.p;
}

static void expect(const char *what, char *got, const char *want)
{
    CHECK(got && !strcmp(got, want), "%s:\n--- got\n%s--- want\n%s", what, got ? got : "(null)", want);
    free(got);
}

static void test_edges(void)
{
    VmafOutCollector c;
    VmafOutParams p;
    char *want;
    double v;
    memset(&p, 0, sizeof p);
    p.version = "f85a8536";
    p.w = 576;
    p.h = 324;

    /* nothing written (-n alone, 3 frames read): fps is 3/0 = inf */
    vmaf_out_init(&c);
    p.pic_cnt = 3;
    p.fps = vmaf_out_fps(&c, 3);
    CHECK(isinf(p.fps) && p.fps > 0, "fps with nothing written is +inf");
    CHECK(isnan(vmaf_out_fps(&c, 0)), "fps with nothing read is NaN");
    want = read_text(TH_DATA "/cli/empty_n.json", NULL);
    if (CHECK(want != NULL, "read empty_n.json")) expect("empty JSON (SPEC 7.3.5)", render(&c, VMAF_OUT_JSON, &p), want);
    free(want);
    expect("empty XML", render(&c, VMAF_OUT_XML, &p),
           "<VMAF version=\"f85a8536\">\n  <params qualityWidth=\"576\" qualityHeight=\"324\" />\n  <fyi fps=\"inf\" />\n"
           "  <frames>\n  </frames>\n  <pooled_metrics>\n  </pooled_metrics>\n  <aggregate_metrics />\n</VMAF>\n");
    expect("empty CSV", render(&c, VMAF_OUT_CSV, &p), "Frame,\n");
    expect("empty SUB", render(&c, VMAF_OUT_SUB, &p), "");
    vmaf_out_free(&c);

    /* a value missing at one frame: shorter CSV row, pooled methods omitted; a frame with
       nothing written is skipped */
    vmaf_out_init(&c);
    vmaf_out_append(&c, "VMAF_integer_feature_adm2_score", 0.5, 0);
    vmaf_out_append(&c, "x", 1.0, 0);
    vmaf_out_append(&c, "VMAF_integer_feature_adm2_score", 0.25, 1);
    vmaf_out_append(&c, "x", 3.0, 3);
    vmaf_out_append(&c, "VMAF_integer_feature_adm2_score", 1e-10, 3);
    p.pic_cnt = 4;
    p.fps = 2.5;
    CHECK(vmaf_out_pool(&c, "x", VMAF_OUT_POOL_MEAN, 0, 3, 0, &v) == VMAF_ERR_MISSING_FEATURE, "pooling a missing value fails");
    CHECK(vmaf_out_pool(&c, "x", VMAF_OUT_POOL_MEAN, 0, 0, 0, &v) == VMAF_OK && v == 1.0, "pooling a range that has it works");
    CHECK(vmaf_out_pool(&c, "nope", VMAF_OUT_POOL_MEAN, 0, 0, 0, &v) == VMAF_ERR_MISSING_FEATURE, "unknown key");
    CHECK(vmaf_out_pool(&c, "x", 9, 0, 0, 0, &v) == VMAF_ERR_INVALID_ARGUMENT, "bad method");
    expect("CSV with gaps", render(&c, VMAF_OUT_CSV, &p),
           "Frame,integer_adm2,x,\n0,0.500000,1.000000,\n1,0.250000,\n3,0.0000000001000000,3.000000,\n");
    expect("SUB with gaps", render(&c, VMAF_OUT_SUB, &p),
           "{0}{1}frame: 0|integer_adm2: 0.500000|x: 1.000000|\n{1}{2}frame: 1|integer_adm2: 0.250000|\n"
           "{3}{4}frame: 3|integer_adm2: 0.0000000001000000|x: 3.000000|\n");
    expect("JSON with gaps", render(&c, VMAF_OUT_JSON, &p),
           "{\n  \"version\": \"f85a8536\",\n  \"fps\": 2.50,\n  \"frames\": [\n"
           "    {\n      \"frameNum\": 0,\n      \"metrics\": {\n        \"integer_adm2\": 0.500000,\n        \"x\": 1.000000\n      }\n    },\n"
           "    {\n      \"frameNum\": 1,\n      \"metrics\": {\n        \"integer_adm2\": 0.250000\n      }\n    },\n"
           "    {\n      \"frameNum\": 3,\n      \"metrics\": {\n        \"integer_adm2\": 0.0000000001000000,\n        \"x\": 3.000000\n      }\n    }\n"
           "  ],\n  \"pooled_metrics\": {\n    \"integer_adm2\": {\n    },\n    \"x\": {\n    }\n  },\n"
           "  \"aggregate_metrics\": {\n  }\n}\n");
    vmaf_out_free(&c);

    /* XML: a name missing at some frame has no pooled attributes */
    vmaf_out_init(&c);
    vmaf_out_append(&c, "a", 0.5, 0);
    vmaf_out_append(&c, "a", 0.25, 1);
    vmaf_out_append(&c, "a", 1e-10, 2);
    vmaf_out_append(&c, "b", 7.0, 0);
    p.pic_cnt = 3;
    expect("XML with a missing value", render(&c, VMAF_OUT_XML, &p),
           "<VMAF version=\"f85a8536\">\n  <params qualityWidth=\"576\" qualityHeight=\"324\" />\n  <fyi fps=\"2.50\" />\n"
           "  <frames>\n    <frame frameNum=\"0\" a=\"0.500000\" b=\"7.000000\" />\n    <frame frameNum=\"1\" a=\"0.250000\" />\n"
           "    <frame frameNum=\"2\" a=\"0.0000000001000000\" />\n  </frames>\n  <pooled_metrics>\n"
           "    <metric name=\"a\" min=\"0.0000000001000000\" max=\"0.500000\" mean=\"0.250000\" harmonic_mean=\"0.216216\" />\n"
           "    <metric name=\"b\" />\n  </pooled_metrics>\n  <aggregate_metrics />\n</VMAF>\n");
    CHECK(vmaf_out_pool(&c, "a", VMAF_OUT_POOL_HARMONIC_MEAN, 0, 2, 0, &v) == VMAF_OK &&
              v == 3.0 / (1.0 / 1.5 + 1.0 / 1.25 + 1.0 / (1e-10 + 1.0)) - 1.0,
          "harmonic mean = n / sum(1/(s+1)) - 1");
    vmaf_out_free(&c);

    /* per-frame NaN / Inf in JSON: null with no newline (SPEC 7.2 sample) */
    vmaf_out_init(&c);
    vmaf_out_append(&c, "VMAF_integer_feature_motion3_score", 4.5794420490866665, 0);
    vmaf_out_append(&c, "inf", HUGE_VAL, 0);
    vmaf_out_append(&c, "vmaf", 83.856284000421454, 0);
    p.pic_cnt = 1;
    p.fps = (double)NAN;
    want = render(&c, VMAF_OUT_JSON, &p);
    CHECK(want && strstr(want, "  \"fps\": null,\n") != NULL, "JSON fps NaN is null");
    CHECK(want && strstr(want, "        \"integer_motion3\": 4.579442,\n        \"inf\": null,        \"vmaf\": 83.856284\n      }\n") != NULL,
          "JSON per-frame null layout:\n%s", want ? want : "");
    CHECK(want && strstr(want, "    \"inf\": {\n      \"min\": null,\n      \"max\": null,\n      \"mean\": null,\n      \"harmonic_mean\": null\n    },\n") != NULL,
          "JSON pooled nulls");
    free(want);
    want = render(&c, VMAF_OUT_CSV, &p);
    CHECK(want && !strcmp(want, "Frame,integer_motion3,inf,vmaf,\n0,4.579442,inf,83.856284,\n"), "CSV prints inf: %s", want ? want : "");
    free(want);
    vmaf_out_free(&c);
    vmaf_out_init(&c);
    vmaf_out_append(&c, "x", 1.0, 0);
    vmaf_out_append(&c, "y", -HUGE_VAL, 0);
    want = render(&c, VMAF_OUT_JSON, &p);
    CHECK(want && strstr(want, "        \"x\": 1.000000,\n        \"y\": null      }\n    }\n  ],\n") != NULL, "JSON null as last entry");
    free(want);
    vmaf_out_free(&c);

    /* subsample 2: frames 0, 2, 4 printed and pooled */
    vmaf_out_init(&c);
    {
        unsigned i;
        for (i = 0; i < 6; i++) vmaf_out_append(&c, "s", (double)i, i);
    }
    p.pic_cnt = 6;
    p.subsample = 2;
    p.fps = 1.0;
    CHECK(vmaf_out_pool(&c, "s", VMAF_OUT_POOL_MEAN, 0, 5, 2, &v) == VMAF_OK && v == 2.0, "subsampled mean = (0+2+4)/3");
    CHECK(vmaf_out_pool(&c, "s", VMAF_OUT_POOL_MAX, 0, 5, 2, &v) == VMAF_OK && v == 4.0, "subsampled max");
    CHECK(vmaf_out_pool(&c, "s", VMAF_OUT_POOL_MIN, 1, 5, 2, &v) == VMAF_OK && v == 0.0, "lo skipped: min starts at 0 (libvmaf quirk)");
    expect("subsampled CSV", render(&c, VMAF_OUT_CSV, &p), "Frame,s,\n0,0.000000,\n2,2.000000,\n4,4.000000,\n");
    expect("subsampled SUB", render(&c, VMAF_OUT_SUB, &p),
           "{0}{1}frame: 0|s: 0.000000|\n{2}{3}frame: 2|s: 2.000000|\n{4}{5}frame: 4|s: 4.000000|\n");
    p.subsample = 0;
    vmaf_out_free(&c);

    /* first printed frame not at index 0: libvmaf starts the array with ",\n" (index test) */
    vmaf_out_init(&c);
    vmaf_out_append(&c, "x", 1.0, 1);
    p.pic_cnt = 2;
    want = render(&c, VMAF_OUT_JSON, &p);
    CHECK(want && strstr(want, "  \"frames\": [,\n    {\n      \"frameNum\": 1,\n") != NULL, "stray comma quirk");
    CHECK(want && strstr(want, "    \"x\": {\n    }") != NULL, "x missing at 0: no pooled methods");
    free(want);
    vmaf_out_free(&c);

    /* aggregates (SPEC 7.3.5) */
    vmaf_out_init(&c);
    vmaf_out_set_aggregate(&c, "apsnr_y", 32.272514);
    vmaf_out_set_aggregate(&c, "apsnr_cb", 39.009937);
    vmaf_out_set_aggregate(&c, "apsnr_cr", 41.254394);
    want = render(&c, VMAF_OUT_JSON, &p);
    CHECK(want && strstr(want, "  \"aggregate_metrics\": {\n    \"apsnr_y\": 32.272514,\n    \"apsnr_cb\": 39.009937,\n"
                               "    \"apsnr_cr\": 41.254394\n  }\n}\n") != NULL, "JSON aggregates");
    free(want);
    want = render(&c, VMAF_OUT_XML, &p);
    CHECK(want && strstr(want, "  <aggregate_metrics apsnr_y=\"32.272514\" apsnr_cb=\"39.009937\" apsnr_cr=\"41.254394\" />\n") != NULL,
          "XML aggregates");
    free(want);
    vmaf_out_free(&c);

    /* duplicate write: an error, the first value stays */
    vmaf_out_init(&c);
    CHECK(vmaf_out_append(&c, "x", 1.0, 5) == VMAF_OK, "first write");
    vmaf_out_emit(&c, 5, "x", 2.0);
    CHECK(c.err == VMAF_ERR_STATE && strstr(c.errmsg, "cannot be overwritten at index 5") != NULL, "duplicate write reported: %s", c.errmsg);
    CHECK(vmaf_out_get(&c, "x", 5, &v) == VMAF_OK && v == 1.0, "first value kept");
    CHECK(vmaf_out_get(&c, "x", 4, &v) == VMAF_ERR_MISSING_FEATURE, "unwritten index");
    CHECK(vmaf_out_get(&c, "x", 100000, &v) == VMAF_ERR_MISSING_FEATURE, "index beyond capacity");
    CHECK(vmaf_out_append(&c, "x", 1.0, 100000) == VMAF_OK && vmaf_out_get(&c, "x", 100000, &v) == VMAF_OK && v == 1.0, "large index grows");
    {
        VmafOutBuf b;
        memset(&b, 0, sizeof b);
        CHECK(vmaf_out_write(&b, &c, 99, &p) == VMAF_ERR_INVALID_ARGUMENT, "bad format");
        vmaf_out_buf_free(&b);
    }
    vmaf_out_free(&c);
}

int main(void)
{
    /* harness.h functions are plain statics: mark the ones this test does not call as used */
    (void)th_golden_args; (void)th_golden_pooled; (void)th_golden_get; (void)th_read_frame;
    (void)th_pair_by_name; (void)th_skip;
    th_init();
    test_numbers();
    test_goldens();
    test_spec_samples();
    test_edges();
    return th_finish();
}
