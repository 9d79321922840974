/* tests/test_cli_input.c - video input of the vmaf tool (examples/vmaf_input.h).

   Good input: raw .yuv and YUV4MPEG2 files made in a temporary directory from the tests/data
   pairs (4:2:0 / 4:2:2 / 4:4:4, 8 / 10 / 12 / 16-bit, mono, 444alpha, odd sizes, header tags,
   FRAME parameters, standard input); every plane of every frame must equal the raw file.
   Bad input: truncated files, a missing or broken FRAME marker, bad or missing header tags,
   unsupported chroma types, interlacing, samples above the bit depth, zero/huge sizes, not a
   YUV4MPEG2 file ("Unknown file type."), a missing file: each must give its error code and a
   message naming the file (and the frame where there is one). */
#define _POSIX_C_SOURCE 200809L
#include "tests/harness.h"
#include "examples/vmaf_input.h"
#include <unistd.h>

static char tmpdir[64];
static char made[64][320];
static int nmade;

static const char *tpath(const char *name)
{
    static char buf[8][320];
    static int k;
    k = (k + 1) & 7;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

static const char *write_file(const char *name, const void *data, size_t n, const char *mode)
{
    const char *p = tpath(name);
    FILE *f = fopen(p, mode);
    int i, known = 0;
    if (!f) { fprintf(stderr, "cannot write %s\n", p); exit(1); }
    if (n) fwrite(data, 1, n, f);
    fclose(f);
    for (i = 0; i < nmade; i++) known |= !strcmp(made[i], p);
    if (!known && nmade < 64) snprintf(made[nmade++], sizeof made[0], "%s", p);
    return p;
}
static const char *put(const char *name, const void *data, size_t n) { return write_file(name, data, n, "wb"); }
static const char *add(const char *name, const void *data, size_t n) { return write_file(name, data, n, "ab"); }
static const char *puts_(const char *name, const char *text) { return put(name, text, strlen(text)); }
static const char *adds(const char *name, const char *text) { return add(name, text, strlen(text)); }

/* Checks that opening `path` fails with `code` and a message containing every given part. */
static void open_fails(const char *what, const char *path, const VmafInputRaw *raw, int code, const char *part1, const char *part2)
{
    VmafInput in;
    int r = vmaf_input_open(&in, path, raw);
    CHECK(r == code, "%s: open returns %d (want %d): %s", what, r, code, in.err);
    CHECK(strstr(in.err, path) != NULL, "%s: message names the file: %s", what, in.err);
    if (part1) CHECK(strstr(in.err, part1) != NULL, "%s: message has \"%s\": %s", what, part1, in.err);
    if (part2) CHECK(strstr(in.err, part2) != NULL, "%s: message has \"%s\": %s", what, part2, in.err);
    vmaf_input_close(&in);
}

/* Opens `path`, reads frames until the end or an error; the frame `bad` must fail with `code`
   (bad < 0: no failure expected, `frames` frames). */
static void read_fails(const char *what, const char *path, const VmafInputRaw *raw, int bad, int code, const char *part1, const char *part2)
{
    VmafInput in;
    VmafFrame fr;
    int r, i;
    char frame_txt[32];
    if (!CHECK(vmaf_input_open(&in, path, raw) == VMAF_OK, "%s: opens: %s", what, in.err)) { vmaf_input_close(&in); return; }
    for (i = 0; i < bad; i++) CHECK(vmaf_input_read(&in, &fr) == 1, "%s: frame %d reads: %s", what, i, in.err);
    r = vmaf_input_read(&in, &fr);
    CHECK(r == code, "%s: frame %d returns %d (want %d): %s", what, bad, r, code, in.err);
    CHECK(strstr(in.err, path) != NULL, "%s: message names the file: %s", what, in.err);
    snprintf(frame_txt, sizeof frame_txt, "frame %d", bad);
    CHECK(strstr(in.err, frame_txt) != NULL, "%s: message names %s: %s", what, frame_txt, in.err);
    if (part1) CHECK(strstr(in.err, part1) != NULL, "%s: message has \"%s\": %s", what, part1, in.err);
    if (part2) CHECK(strstr(in.err, part2) != NULL, "%s: message has \"%s\": %s", what, part2, in.err);
    vmaf_input_close(&in);
}

/* Compares a VmafFrame with a tight raw buffer (Y, U, V) of the pair's geometry. */
static int frame_equals(const VmafFrame *fr, const unsigned char *raw, unsigned w, unsigned h, unsigned layout, unsigned bpc)
{
    unsigned cw = layout == 444 ? w : (w + 1) / 2, ch = layout == 420 ? (h + 1) / 2 : h, pl, y;
    size_t bps = bpc > 8 ? 2 : 1, off = 0;
    for (pl = 0; pl < 3; pl++) {
        VmafPlane p = vmaf_frame_plane(fr, (int)pl);
        unsigned pw = pl ? cw : w, ph = pl ? ch : h;
        if (p.w != (pl ? (layout == 444 ? w : w / 2) : w) || p.h != (pl ? (layout == 420 ? h / 2 : h) : h)) return 0;
        if (p.stride != (ptrdiff_t)(pw * bps) || p.bpc != bpc) return 0;
        for (y = 0; y < ph; y++)
            if (memcmp((const unsigned char *)p.data + (size_t)y * (size_t)p.stride, raw + off + (size_t)y * pw * bps, pw * bps)) return 0;
        off += (size_t)pw * ph * bps;
    }
    return 1;
}

static const char *chroma_tag(unsigned layout, unsigned bpc, char *buf)
{
    if (bpc == 8) sprintf(buf, "%u", layout);
    else sprintf(buf, "%up%u", layout, bpc);
    return buf;
}

/* Writes the reference of a pair as y4m (all its frames, at most 3) and checks both readers. */
static void test_pair(const char *pair_name)
{
    th_pair p;
    VmafInput in;
    VmafInputRaw raw;
    VmafFrame fr;
    char hdr[256], tag[16], name[64], rawpath[300];
    unsigned i, n;
    const char *path;
    if (!CHECK(th_pair_by_name(pair_name, &p), "pair %s in the manifest", pair_name)) return;
    n = p.frames < 3 ? p.frames : 3;
    snprintf(name, sizeof name, "%s.y4m", pair_name);
    snprintf(hdr, sizeof hdr, "YUV4MPEG2 W%u H%u F25:1 Ip A1:1 C%s XYSCSS=%s\n", p.w, p.h, chroma_tag(p.layout, p.bpc, tag), tag);
    path = puts_(name, hdr);
    for (i = 0; i < n; i++) {
        void *buf = th_read_frame(&p, 0, i);
        if (!CHECK(buf != NULL, "read frame %u of %s", i, p.ref)) return;
        adds(name, i == 1 ? "FRAME Ip XFOO=bar\n" : "FRAME\n");
        add(name, buf, th_frame_bytes(&p));
        free(buf);
    }
    /* y4m */
    if (CHECK(vmaf_input_open(&in, path, NULL) == VMAF_OK, "%s: open y4m: %s", pair_name, in.err)) {
        CHECK(in.y4m && in.w == p.w && in.h == p.h && in.bpc == p.bpc && in.pixfmt == p.layout, "%s: y4m geometry %ux%u %u %u-bit",
              pair_name, in.w, in.h, in.pixfmt, in.bpc);
        CHECK(in.fps_n == 25 && in.fps_d == 1 && in.par_n == 1 && in.par_d == 1 && in.interlace == 'p', "%s: F, A, I tags", pair_name);
        for (i = 0; i < n; i++) {
            void *buf = th_read_frame(&p, 0, i);
            CHECK(vmaf_input_read(&in, &fr) == 1, "%s: y4m frame %u: %s", pair_name, i, in.err);
            CHECK(buf && frame_equals(&fr, (const unsigned char *)buf, p.w, p.h, p.layout, p.bpc), "%s: y4m frame %u equals the raw frame", pair_name, i);
            CHECK(fr.layout == (p.layout == 444 ? VMAF_LAYOUT_444 : p.layout == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420), "%s: layout", pair_name);
            free(buf);
        }
        CHECK(vmaf_input_read(&in, &fr) == 0, "%s: y4m ends after %u frames", pair_name, n);
        CHECK(vmaf_input_read(&in, &fr) == 0, "%s: end is sticky", pair_name);
    }
    vmaf_input_close(&in);
    /* raw */
    raw.w = p.w;
    raw.h = p.h;
    raw.bpc = p.bpc;
    raw.pixfmt = p.layout;
    snprintf(rawpath, sizeof rawpath, TH_DATA "/testdata/%s", p.ref);
    if (CHECK(vmaf_input_open(&in, rawpath, &raw) == VMAF_OK, "%s: open raw: %s", pair_name, in.err)) {
        for (i = 0; i < p.frames; i++) {
            void *buf = th_read_frame(&p, 0, i);
            CHECK(vmaf_input_read(&in, &fr) == 1, "%s: raw frame %u: %s", pair_name, i, in.err);
            CHECK(buf && frame_equals(&fr, (const unsigned char *)buf, p.w, p.h, p.layout, p.bpc), "%s: raw frame %u equals", pair_name, i);
            free(buf);
        }
        CHECK(vmaf_input_read(&in, &fr) == 0, "%s: raw ends after %u frames", pair_name, p.frames);
    }
    vmaf_input_close(&in);
}

static void test_variants(void)
{
    th_pair p8, p16;
    VmafInput in;
    VmafFrame fr;
    VmafInputRaw raw;
    unsigned char *f8, *f16, odd[2][27];
    size_t luma8, luma16, i;
    const char *path;
    unsigned k;
    if (!CHECK(th_pair_by_name("src01_8bit", &p8) && th_pair_by_name("src01_16bit", &p16), "src01 pairs")) return;
    f8 = (unsigned char *)th_read_frame(&p8, 1, 0);
    f16 = (unsigned char *)th_read_frame(&p16, 1, 0);
    if (!CHECK(f8 && f16, "read src01 frames")) { free(f8); free(f16); return; }
    luma8 = (size_t)p8.w * p8.h;
    luma16 = luma8 * 2;

    /* no C tag: 4:2:0 8-bit; unknown tags ignored; I? accepted */
    path = puts_("default.y4m", "YUV4MPEG2 W576 H324 F30000:1001 I? Zunknown X\nFRAME\n");
    add("default.y4m", f8, th_frame_bytes(&p8));
    if (CHECK(vmaf_input_open(&in, path, NULL) == VMAF_OK, "no C tag: %s", in.err)) {
        CHECK(in.pixfmt == 420 && in.bpc == 8 && !strcmp(in.chroma, "420") && in.fps_n == 30000 && in.fps_d == 1001, "no C tag = 420");
        CHECK(vmaf_input_read(&in, &fr) == 1 && frame_equals(&fr, f8, 576, 324, 420, 8), "no C tag frame");
    }
    vmaf_input_close(&in);

    /* chroma siting variants read as 4:2:0 */
    {
        static const char *const tags[3] = {"420jpeg", "420mpeg2", "420paldv"};
        for (k = 0; k < 3; k++) {
            char h[128], n[32];
            snprintf(n, sizeof n, "siting%u.y4m", k);
            snprintf(h, sizeof h, "YUV4MPEG2 W576 H324 F25:1 C%s\nFRAME\n", tags[k]);
            path = puts_(n, h);
            add(n, f8, th_frame_bytes(&p8));
            CHECK(vmaf_input_open(&in, path, NULL) == VMAF_OK && vmaf_input_read(&in, &fr) == 1 && frame_equals(&fr, f8, 576, 324, 420, 8),
                  "C%s reads as 4:2:0", tags[k]);
            vmaf_input_close(&in);
        }
    }

    /* mono: luma only in the file, mid-grey chroma */
    path = puts_("mono.y4m", "YUV4MPEG2 W576 H324 F25:1 Cmono\nFRAME\n");
    add("mono.y4m", f8, luma8);
    adds("mono.y4m", "FRAME\n");
    add("mono.y4m", f8, luma8);
    if (CHECK(vmaf_input_open(&in, path, NULL) == VMAF_OK, "mono: %s", in.err)) {
        for (k = 0; k < 2; k++) {
            VmafPlane u, v;
            int grey = 1;
            CHECK(vmaf_input_read(&in, &fr) == 1, "mono frame %u: %s", k, in.err);
            u = vmaf_frame_plane(&fr, 1);
            v = vmaf_frame_plane(&fr, 2);
            CHECK(fr.layout == VMAF_LAYOUT_420 && fr.bpc == 8 && !memcmp(fr.data[0], f8, luma8), "mono luma, 4:2:0 layout");
            for (i = 0; i < (size_t)u.w; i++) grey &= ((const unsigned char *)u.data)[i] == 128 && ((const unsigned char *)v.data)[i] == 128;
            CHECK(grey && u.w == 288 && u.h == 162, "mono chroma is 128");
        }
        CHECK(vmaf_input_read(&in, &fr) == 0, "mono ends");
    }
    vmaf_input_close(&in);
    path = puts_("mono16.y4m", "YUV4MPEG2 W576 H324 F25:1 Cmono16\nFRAME\n");
    add("mono16.y4m", f16, luma16);
    if (CHECK(vmaf_input_open(&in, path, NULL) == VMAF_OK, "mono16: %s", in.err)) {
        uint16_t c;
        CHECK(vmaf_input_read(&in, &fr) == 1 && fr.bpc == 16 && !memcmp(fr.data[0], f16, luma16), "mono16 luma");
        memcpy(&c, fr.data[2], 2);
        CHECK(c == 32768, "mono16 chroma is 32768: %u", (unsigned)c);
    }
    vmaf_input_close(&in);

    /* 444alpha: the alpha plane is skipped */
    {
        th_pair p444;
        unsigned char *a, *g;
        if (CHECK(th_pair_by_name("hall_cif_444", &p444), "hall_cif_444")) {
            size_t fb = th_frame_bytes(&p444), lb = (size_t)p444.w * p444.h;
            g = (unsigned char *)th_read_frame(&p444, 0, 0);
            a = (unsigned char *)malloc(lb);
            if (a) memset(a, 0xEE, lb);
            path = puts_("alpha.y4m", "YUV4MPEG2 W352 H288 F25:1 C444alpha\n");
            for (k = 0; k < 2 && g && a; k++) {
                adds("alpha.y4m", "FRAME\n");
                add("alpha.y4m", g, fb);
                add("alpha.y4m", a, lb);
            }
            if (CHECK(vmaf_input_open(&in, path, NULL) == VMAF_OK, "444alpha: %s", in.err)) {
                for (k = 0; k < 2; k++)
                    CHECK(vmaf_input_read(&in, &fr) == 1 && g && frame_equals(&fr, g, 352, 288, 444, 8), "444alpha frame %u", k);
                CHECK(vmaf_input_read(&in, &fr) == 0, "444alpha ends");
            }
            vmaf_input_close(&in);
            free(a);
            free(g);
        }
    }

    /* odd sizes: 5x3 4:2:0 has 3x2 chroma planes in the file (27 bytes per frame) */
    for (k = 0; k < 2; k++)
        for (i = 0; i < 27; i++) odd[k][i] = (unsigned char)(k * 100 + i);
    path = put("odd.yuv", odd, sizeof odd);
    raw.w = 5;
    raw.h = 3;
    raw.bpc = 8;
    raw.pixfmt = 420;
    if (CHECK(vmaf_input_open(&in, path, &raw) == VMAF_OK, "odd raw: %s", in.err)) {
        for (k = 0; k < 2; k++) {
            VmafPlane u;
            CHECK(vmaf_input_read(&in, &fr) == 1, "odd frame %u", k);
            u = vmaf_frame_plane(&fr, 1);
            CHECK(((const unsigned char *)fr.data[0])[0] == k * 100 && u.w == 2 && u.h == 1 && u.stride == 3 &&
                      ((const unsigned char *)u.data)[0] == k * 100 + 15 && ((const unsigned char *)fr.data[2])[0] == k * 100 + 21,
                  "odd frame %u: chroma planes at 15 and 21, stride 3, size 2x1", k);
        }
        CHECK(vmaf_input_read(&in, &fr) == 0, "odd raw ends after 2 frames");
    }
    vmaf_input_close(&in);
    path = puts_("odd.y4m", "YUV4MPEG2 W5 H3 F25:1 C420\nFRAME\n");
    add("odd.y4m", odd[0], 27);
    adds("odd.y4m", "FRAME\n");
    add("odd.y4m", odd[1], 27);
    if (CHECK(vmaf_input_open(&in, path, NULL) == VMAF_OK, "odd y4m: %s", in.err)) {
        CHECK(vmaf_input_read(&in, &fr) == 1 && vmaf_input_read(&in, &fr) == 1 && ((const unsigned char *)fr.data[1])[0] == 115,
              "odd y4m keeps framing: %s", in.err);
        CHECK(vmaf_input_read(&in, &fr) == 0, "odd y4m ends");
    }
    vmaf_input_close(&in);

    /* 16-bit accepts the full range; 10-bit accepts 1023 */
    {
        uint16_t s16[6] = {65535, 0, 65535, 1, 2, 3}, s10[6] = {1023, 0, 1023, 1023, 1023, 1023};
        raw.w = 2; raw.h = 2; raw.bpc = 16; raw.pixfmt = 420;
        path = put("full16.yuv", s16, sizeof s16);
        CHECK(vmaf_input_open(&in, path, &raw) == VMAF_OK && vmaf_input_read(&in, &fr) == 1, "16-bit 65535 accepted: %s", in.err);
        vmaf_input_close(&in);
        raw.bpc = 10;
        path = put("max10.yuv", s10, sizeof s10);
        CHECK(vmaf_input_open(&in, path, &raw) == VMAF_OK && vmaf_input_read(&in, &fr) == 1, "10-bit 1023 accepted: %s", in.err);
        vmaf_input_close(&in);
    }

    /* standard input */
    path = tpath("src01_8bit.y4m");
    if (CHECK(freopen(path, "rb", stdin) != NULL, "redirect stdin")) {
        if (CHECK(vmaf_input_open(&in, "-", NULL) == VMAF_OK, "stdin: %s", in.err)) {
            CHECK(!in.own && in.w == 576 && in.h == 324, "stdin header");
            for (k = 0; k < 3; k++) {
                void *buf = th_read_frame(&p8, 0, k);
                CHECK(vmaf_input_read(&in, &fr) == 1 && buf && frame_equals(&fr, (const unsigned char *)buf, 576, 324, 420, 8), "stdin frame %u", k);
                free(buf);
            }
            CHECK(vmaf_input_read(&in, &fr) == 0, "stdin ends");
        }
        vmaf_input_close(&in);
    }
    free(f8);
    free(f16);
}

static void test_bad(void)
{
    th_pair p;
    VmafInputRaw raw;
    VmafInput in;
    VmafFrame fr;
    unsigned char *f;
    size_t fb;
    const char *path;
    char big[1200];
    if (!CHECK(th_pair_by_name("src01_8bit", &p), "src01_8bit")) return;
    f = (unsigned char *)th_read_frame(&p, 0, 0);
    if (!CHECK(f != NULL, "frame")) return;
    fb = th_frame_bytes(&p);
    raw.w = 576; raw.h = 324; raw.bpc = 8; raw.pixfmt = 420;

    /* truncated raw: frame 1 is half there */
    put("trunc.yuv", f, fb);
    path = add("trunc.yuv", f, fb / 2);
    read_fails("truncated raw", path, &raw, 1, VMAF_ERR_IO, "truncated", NULL);
    /* truncated y4m data */
    puts_("trunc.y4m", "YUV4MPEG2 W576 H324 F25:1\nFRAME\n");
    add("trunc.y4m", f, fb);
    adds("trunc.y4m", "FRAME\n");
    path = add("trunc.y4m", f, 100);
    read_fails("truncated y4m", path, NULL, 1, VMAF_ERR_IO, "truncated", "100 of 279936");
    /* FRAME header and no data */
    puts_("nodata.y4m", "YUV4MPEG2 W576 H324 F25:1\nFRAME\n");
    add("nodata.y4m", f, fb);
    path = adds("nodata.y4m", "FRAME\n");
    read_fails("FRAME without data", path, NULL, 1, VMAF_ERR_IO, "truncated", NULL);
    /* truncated FRAME marker */
    puts_("trunc_marker.y4m", "YUV4MPEG2 W576 H324 F25:1\nFRAME\n");
    add("trunc_marker.y4m", f, fb);
    path = adds("trunc_marker.y4m", "FRA");
    read_fails("truncated FRAME marker", path, NULL, 1, VMAF_ERR_PARSE, "truncated FRAME marker", NULL);
    /* missing FRAME marker (loss of framing): a frame one byte too long */
    puts_("noframe.y4m", "YUV4MPEG2 W576 H324 F25:1\nFRAME\n");
    add("noframe.y4m", f, fb);
    add("noframe.y4m", "x", 1);
    adds("noframe.y4m", "FRAME\n");
    path = add("noframe.y4m", f, fb);
    read_fails("missing FRAME marker", path, NULL, 1, VMAF_ERR_PARSE, "missing FRAME marker", NULL);
    path = puts_("noframe0.y4m", "YUV4MPEG2 W576 H324 F25:1\nGARBAGE AND MORE");
    read_fails("missing first FRAME marker", path, NULL, 0, VMAF_ERR_PARSE, "missing FRAME marker", NULL);
    path = puts_("short_noframe.y4m", "YUV4MPEG2 W576 H324 F25:1\nXY");
    read_fails("two stray bytes", path, NULL, 0, VMAF_ERR_PARSE, "missing FRAME marker", NULL);
    /* FRAME header problems */
    path = puts_("frame_eof.y4m", "YUV4MPEG2 W576 H324 F25:1\nFRAME Ixx");
    read_fails("FRAME header without newline", path, NULL, 0, VMAF_ERR_PARSE, "truncated FRAME header", NULL);
    path = puts_("frame_bad.y4m", "YUV4MPEG2 W576 H324 F25:1\nFRAMES\n");
    read_fails("FRAMES", path, NULL, 0, VMAF_ERR_PARSE, "malformed FRAME header", NULL);
    memset(big, 'X', sizeof big);
    big[0] = ' ';
    puts_("frame_long.y4m", "YUV4MPEG2 W576 H324 F25:1\nFRAME");
    path = add("frame_long.y4m", big, sizeof big);
    read_fails("FRAME header too long", path, NULL, 0, VMAF_ERR_PARSE, "longer than", NULL);

    /* not YUV4MPEG2 */
    {
        char rawpath[300];
        snprintf(rawpath, sizeof rawpath, TH_DATA "/testdata/%s", p.ref);
        open_fails("raw file as y4m", rawpath, NULL, VMAF_ERR_PARSE, "-w, -h, -p and -b", NULL);
        CHECK(vmaf_input_open(&in, rawpath, NULL) != VMAF_OK && !strncmp(in.err, "Unknown file type.\n", 19), "first line is libvmaf's: %s", in.err);
        vmaf_input_close(&in);
    }
    open_fails("empty file", put("empty.y4m", "", 0), NULL, VMAF_ERR_PARSE, "Unknown file type.", NULL);
    open_fails("YUV4MPEG1", puts_("v1.y4m", "YUV4MPEG1 W576 H324 F25:1\n"), NULL, VMAF_ERR_PARSE, "Unknown file type.", NULL);
    open_fails("no space after magic", puts_("sig.y4m", "YUV4MPEG2X W576 H324 F25:1\n"), NULL, VMAF_ERR_PARSE, "signature", NULL);
    open_fails("no newline", puts_("nonl.y4m", "YUV4MPEG2 W576 H324 F25:1"), NULL, VMAF_ERR_PARSE, "newline", NULL);
    open_fails("no tags", puts_("notags.y4m", "YUV4MPEG2\n"), NULL, VMAF_ERR_PARSE, "W (width)", NULL);
    memset(big, 'X', sizeof big);
    big[sizeof big - 1] = '\n';
    puts_("hdr_long.y4m", "YUV4MPEG2 W576 H324 F25:1 ");
    open_fails("header too long", add("hdr_long.y4m", big, sizeof big), NULL, VMAF_ERR_PARSE, "longer than", NULL);

    /* header tags */
    open_fails("missing W", puts_("h1.y4m", "YUV4MPEG2 H324 F25:1\n"), NULL, VMAF_ERR_PARSE, "W (width)", NULL);
    open_fails("missing H", puts_("h2.y4m", "YUV4MPEG2 W576 F25:1\n"), NULL, VMAF_ERR_PARSE, "H (height)", NULL);
    open_fails("missing F", puts_("h3.y4m", "YUV4MPEG2 W576 H324\n"), NULL, VMAF_ERR_PARSE, "F (frame rate)", NULL);
    open_fails("W0", puts_("h4.y4m", "YUV4MPEG2 W0 H324 F25:1\n"), NULL, VMAF_ERR_PARSE, "width", "W0");
    open_fails("W-5", puts_("h5.y4m", "YUV4MPEG2 W-5 H324 F25:1\n"), NULL, VMAF_ERR_PARSE, "width", NULL);
    open_fails("Wabc", puts_("h6.y4m", "YUV4MPEG2 Wabc H324 F25:1\n"), NULL, VMAF_ERR_PARSE, "width", NULL);
    open_fails("W12x", puts_("h6b.y4m", "YUV4MPEG2 W12x H324 F25:1\n"), NULL, VMAF_ERR_PARSE, "width", NULL);
    open_fails("H0", puts_("h7.y4m", "YUV4MPEG2 W576 H0 F25:1\n"), NULL, VMAF_ERR_PARSE, "height", NULL);
    open_fails("H40000", puts_("h8.y4m", "YUV4MPEG2 W576 H40000 F25:1\n"), NULL, VMAF_ERR_PARSE, "height", "32768");
    open_fails("F30", puts_("h9.y4m", "YUV4MPEG2 W576 H324 F30\n"), NULL, VMAF_ERR_PARSE, "frame-rate", NULL);
    open_fails("Fa:b", puts_("h10.y4m", "YUV4MPEG2 W576 H324 Fa:b\n"), NULL, VMAF_ERR_PARSE, "frame-rate", NULL);
    open_fails("A1", puts_("h11.y4m", "YUV4MPEG2 W576 H324 F25:1 A1\n"), NULL, VMAF_ERR_PARSE, "aspect", NULL);
    open_fails("It", puts_("h12.y4m", "YUV4MPEG2 W576 H324 F25:1 It\n"), NULL, VMAF_ERR_UNSUPPORTED, "interlaced", NULL);
    open_fails("Ib", puts_("h13.y4m", "YUV4MPEG2 W576 H324 F25:1 Ib\n"), NULL, VMAF_ERR_UNSUPPORTED, "interlaced", NULL);
    open_fails("Im", puts_("h14.y4m", "YUV4MPEG2 W576 H324 F25:1 Im\n"), NULL, VMAF_ERR_UNSUPPORTED, "interlaced", NULL);
    open_fails("Ix", puts_("h15.y4m", "YUV4MPEG2 W576 H324 F25:1 Ix\n"), NULL, VMAF_ERR_PARSE, "interlace", NULL);
    open_fails("C411", puts_("h16.y4m", "YUV4MPEG2 W576 H324 F25:1 C411\n"), NULL, VMAF_ERR_UNSUPPORTED, "C411", NULL);
    open_fails("C420p8", puts_("h17.y4m", "YUV4MPEG2 W576 H324 F25:1 C420p8\n"), NULL, VMAF_ERR_UNSUPPORTED, "C420p8", NULL);
    open_fails("C420p17", puts_("h18.y4m", "YUV4MPEG2 W576 H324 F25:1 C420p17\n"), NULL, VMAF_ERR_UNSUPPORTED, "C420p17", NULL);
    open_fails("Cfoo", puts_("h19.y4m", "YUV4MPEG2 W576 H324 F25:1 Cfoo\n"), NULL, VMAF_ERR_UNSUPPORTED, "Cfoo", NULL);
    open_fails("Cmono7", puts_("h20.y4m", "YUV4MPEG2 W576 H324 F25:1 Cmono7\n"), NULL, VMAF_ERR_UNSUPPORTED, "Cmono7", NULL);
    open_fails("C", puts_("h21.y4m", "YUV4MPEG2 W576 H324 F25:1 C\n"), NULL, VMAF_ERR_PARSE, "chroma", NULL);
    open_fails("C420p+9", puts_("h22.y4m", "YUV4MPEG2 W576 H324 F25:1 C420p+9\n"), NULL, VMAF_ERR_UNSUPPORTED, NULL, NULL);

    /* samples above the bit depth */
    {
        uint16_t fr10[2][6 * 4 + 2 * 3 * 2];
        size_t n = sizeof fr10[0] / 2, k;
        for (k = 0; k < n; k++) fr10[0][k] = fr10[1][k] = (uint16_t)(k * 20);
        fr10[1][2 * 6 + 3] = 1024; /* luma (3, 2) of frame 1 */
        raw.w = 6; raw.h = 4; raw.bpc = 10; raw.pixfmt = 420;
        path = put("over10.yuv", fr10, sizeof fr10);
        read_fails("10-bit luma sample 1024", path, &raw, 1, VMAF_ERR_SAMPLE_RANGE, "Y sample at (3, 2) is 1024", "10-bit maximum 1023");
        fr10[1][2 * 6 + 3] = 5;
        fr10[1][24 + 6 + 2] = 2000; /* V plane (2, 0) */
        path = put("over10v.yuv", fr10, sizeof fr10);
        read_fails("10-bit V sample 2000", path, &raw, 1, VMAF_ERR_SAMPLE_RANGE, "V sample at (2, 0) is 2000", NULL);
        fr10[1][24 + 6 + 2] = 5;
        fr10[0][24 + 1] = 4096; /* U (1, 0) of frame 0 in a 12-bit y4m */
        puts_("over12.y4m", "YUV4MPEG2 W6 H4 F25:1 C420p12\nFRAME\n");
        path = add("over12.y4m", fr10[0], sizeof fr10[0]);
        read_fails("12-bit U sample 4096", path, NULL, 0, VMAF_ERR_SAMPLE_RANGE, "U sample at (1, 0) is 4096", "12-bit maximum 4095");
    }

    /* raw geometry */
    raw.w = 0; raw.h = 324; raw.bpc = 8; raw.pixfmt = 420;
    path = tpath("trunc.yuv");
    open_fails("raw width 0", path, &raw, VMAF_ERR_INVALID_ARGUMENT, "invalid frame size 0x324", NULL);
    raw.w = 40000;
    open_fails("raw width 40000", path, &raw, VMAF_ERR_TOO_LARGE, "40000x324", NULL);
    raw.w = 576; raw.pixfmt = 411;
    open_fails("raw 411", path, &raw, VMAF_ERR_INVALID_ARGUMENT, "pixel format", NULL);
    raw.pixfmt = 420; raw.bpc = 7;
    open_fails("raw bpc 7", path, &raw, VMAF_ERR_BAD_BPC, "bit depth", NULL);
    raw.bpc = 17;
    open_fails("raw bpc 17", path, &raw, VMAF_ERR_BAD_BPC, "bit depth", NULL);
    open_fails("missing file", tpath("does_not_exist.yuv"), NULL, VMAF_ERR_IO, "could not open file", NULL);
    /* use after close */
    raw.bpc = 8;
    CHECK(vmaf_input_open(&in, path, &raw) == VMAF_OK, "open");
    vmaf_input_close(&in);
    CHECK(vmaf_input_read(&in, &fr) == VMAF_ERR_STATE, "read after close");
    vmaf_input_close(&in);
    free(f);
}

int main(void)
{
    static const char *const pairs[] = {"src01_8bit", "src01_10bit", "src01_12bit", "src01_16bit", "hall_cif_444", "hall_cif_422_10bit"};
    unsigned i;
    int k;
    (void)th_golden_args; (void)th_golden_pooled; (void)th_golden_get; (void)th_golden_load; (void)th_skip;
    th_init();
    snprintf(tmpdir, sizeof tmpdir, "/tmp/vmaf_cli_input_XXXXXX");
    if (!mkdtemp(tmpdir)) { fprintf(stderr, "mkdtemp failed\n"); return 1; }
    for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) test_pair(pairs[i]);
    test_variants();
    test_bad();
    for (k = 0; k < nmade; k++) remove(made[k]);
    rmdir(tmpdir);
    return th_finish();
}
