/* examples/vmaf_input.h - video input for the vmaf tool: raw planar .yuv and YUV4MPEG2 (.y4m),
   from a file or from standard input ("-"). A small single-file helper of the examples, not a
   library header: every function is static, include it in one C file.

   Usage
       VmafInput in;
       VmafInputRaw raw = {576, 324, 8, 420};      (or pass NULL for y4m)
       if (vmaf_input_open(&in, "ref.yuv", &raw)) { fprintf(stderr, "%s\n", in.err); ... }
       while ((r = vmaf_input_read(&in, &frame)) == 1) { ... frame.data[0] ... }
       if (r < 0) fprintf(stderr, "%s\n", in.err);
       vmaf_input_close(&in);

   Reading into your own buffers: set in.ext to a buffer of vmaf_input_frame_bytes(&in) bytes
   before a vmaf_input_read() and the frame lands there instead of in the internal buffer (the
   returned planes point into it); the internal buffer is left as it was. The vmaf tool uses
   it to read each frame straight into the worker job that will score it.

   What it accepts
   - Raw .yuv (VmafInputRaw given): planar Y, U, V; 4:2:0, 4:2:2 or 4:4:4; bpc 8 (one byte per
     sample) or 9..16 (two bytes per sample, little-endian, low-aligned). The caller decides the
     geometry (the vmaf tool accepts -b 8/10/12/16 only, like libvmaf).
   - YUV4MPEG2: the stream header "YUV4MPEG2" followed by space-separated tags and a newline.
       W<w> H<h>   required, 1..32768
       F<n>:<d>    required (libvmaf's reader requires it too); any integers
       A<n>:<d>    optional sample aspect; must be two integers when present
       I<c>        p or ? (progressive / unknown: accepted); t, b, m (interlaced): rejected
       C<type>     420 420jpeg 420mpeg2 420paldv 422 444 (8-bit), 420pN 422pN 444pN (N = 9..16,
                   e.g. C420p10, two bytes per sample), 444alpha (the alpha plane is read and
                   dropped), mono / monoN (luma only; exposed as 4:2:0 with mid-grey chroma
                   1 << (bpc - 1)). Default 420. Others (411, ...) are rejected. Chroma siting
                   variants are read as plain 4:2:0: no chroma resampling (the features use luma).
       X<text>     ignored, like every unknown tag
     Each frame is "FRAME", optional parameters up to a newline (at most 1024 bytes), then the
     planes. A stream may end only between frames.
   - Odd sizes: chroma planes in the file are ceil(w / 2) (and ceil(h / 2) for 4:2:0) samples, the
     layout ffmpeg writes and the one libvmaf's reader allocates. The VmafFrame we return keeps
     libvmaf's chroma size floor(w / 2) (see vmaf_frame_plane) with the file's stride. (libvmaf
     3.2.0's direct picture read uses the floor size for the file as well and loses framing on
     odd-sized inputs after frame 0; we read such files correctly.)
   - Samples above the bit depth (e.g. 1024 in a 10-bit file) are an error, reported with the
     file, frame, plane and position.

   Errors: every function returns 0 (or 1 for "frame read") on success and a negative VMAF_ERR_*
   code otherwise, with a one-line message (naming the file and the frame) in in->err. A file
   that is not YUV4MPEG2 when no raw geometry is given gives "Unknown file type." like libvmaf.
   Frame numbers in messages count from 0 from the start of that file.

   Needs the vmaf common block (VmafFrame, VMAF_ERR_*): include one of the vmaf_*.h first or let
   this file include vmaf_model.h. */
#ifndef VMAF_EXAMPLES_INPUT_H
#define VMAF_EXAMPLES_INPUT_H

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "vmaf_model.h"

#if defined(__GNUC__) || defined(__clang__)
#define VMAF_INPUT__FN static __attribute__((unused))
#else
#define VMAF_INPUT__FN static
#endif

#if defined(_WIN32)
#include <fcntl.h>
#include <io.h>
#define VMAF_INPUT__ISDIR(m) (((m) & _S_IFMT) == _S_IFDIR)
#else
#define VMAF_INPUT__ISDIR(m) S_ISDIR(m)
#endif

enum { VMAF_INPUT_MAX_DIM = 32768, VMAF_INPUT_MAX_HEADER = 1024 };

/* Geometry of a raw .yuv file. pixfmt is 420, 422 or 444. */
typedef struct VmafInputRaw {
    unsigned w, h, bpc, pixfmt;
} VmafInputRaw;

typedef struct VmafInput {
    FILE *f;
    int own;           /* 1: fclose on close (0 for stdin) */
    char name[256];    /* the path as given ("-" for stdin) */
    int y4m;           /* 1: YUV4MPEG2, 0: raw */
    unsigned w, h;     /* luma size */
    unsigned bpc;      /* 8..16 */
    unsigned pixfmt;   /* 420, 422 or 444 (mono reads as 420) */
    VmafLayout layout; /* pixfmt as a VmafLayout */
    int mono;          /* y4m Cmono*: no chroma in the file */
    int alpha;         /* y4m C444alpha: a fourth plane in the file */
    int fps_n, fps_d, par_n, par_d;
    char interlace;    /* 'p' or '?' */
    char chroma[24];   /* the C tag as written ("420" when absent) */
    unsigned cw, ch;   /* chroma plane size in the file (ceil), 0 for mono */
    size_t bps;        /* bytes per sample: 1 or 2 */
    size_t luma_bytes, chroma_bytes, read_bytes; /* per frame; read_bytes = bytes after FRAME */
    size_t total_bytes; /* the frame buffer when complete: Y, U, V (, alpha) */
    unsigned char *buf; /* one frame: Y, U, V (, alpha); grows while the first frame arrives */
    unsigned char *ext; /* when non-NULL, the caller's buffer of total_bytes for the next read */
    size_t cap;        /* bytes allocated in buf */
    int ready;         /* header parsed, geometry set */
    int grey;          /* mono: the mid-grey chroma has been written */
    unsigned frame;    /* frames read so far = file index of the next frame */
    char err[512];
} VmafInput;

VMAF_INPUT__FN int vmaf_input__fail(VmafInput *in, int code, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
VMAF_INPUT__FN int vmaf_input__fail(VmafInput *in, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(in->err, sizeof in->err, fmt, ap);
    va_end(ap);
    return code;
}

/* a * b, or 0 on overflow */
VMAF_INPUT__FN size_t vmaf_input__mul(size_t a, size_t b) { return (b && a > (size_t)-1 / b) ? 0 : a * b; }

/* Parses a whole decimal integer (optionally signed) from s[0..n). 1 on success. */
VMAF_INPUT__FN int vmaf_input__int(const char *s, size_t n, long *out)
{
    size_t i = 0;
    long v = 0;
    int neg = 0;
    if (n && (s[0] == '-' || s[0] == '+')) { neg = s[0] == '-'; i = 1; }
    if (i == n) return 0;
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        if (v > 100000000L) return 0; /* far beyond anything meaningful */
        v = v * 10 + (s[i] - '0');
    }
    *out = neg ? -v : v;
    return 1;
}

/* "n:d" with two integers. */
VMAF_INPUT__FN int vmaf_input__ratio(const char *s, size_t n, int *a, int *b)
{
    size_t i;
    long x, y;
    for (i = 0; i < n && s[i] != ':'; i++) {}
    if (i == n || !vmaf_input__int(s, i, &x) || !vmaf_input__int(s + i + 1, n - i - 1, &y)) return 0;
    *a = (int)x;
    *b = (int)y;
    return 1;
}

/* Chroma tag -> pixfmt, bpc, mono, alpha. 0 if unsupported. */
VMAF_INPUT__FN int vmaf_input__chroma(const char *c, unsigned *pixfmt, unsigned *bpc, int *mono, int *alpha)
{
    static const char *const plain420[] = {"420", "420jpeg", "420mpeg2", "420paldv"};
    size_t i;
    long n;
    *bpc = 8;
    *mono = *alpha = 0;
    for (i = 0; i < sizeof plain420 / sizeof plain420[0]; i++)
        if (!strcmp(c, plain420[i])) { *pixfmt = 420; return 1; }
    if (!strcmp(c, "422")) { *pixfmt = 422; return 1; }
    if (!strcmp(c, "444")) { *pixfmt = 444; return 1; }
    if (!strcmp(c, "444alpha")) { *pixfmt = 444; *alpha = 1; return 1; }
    if (!strncmp(c, "mono", 4)) {
        *pixfmt = 420;
        *mono = 1;
        if (!c[4]) return 1;
        if (!vmaf_input__int(c + 4, strlen(c + 4), &n) || c[4] < '0' || c[4] > '9' || n < 9 || n > 16) return 0;
        *bpc = (unsigned)n;
        return 1;
    }
    if ((!strncmp(c, "420p", 4) || !strncmp(c, "422p", 4) || !strncmp(c, "444p", 4)) && c[4] >= '0' && c[4] <= '9' &&
        vmaf_input__int(c + 4, strlen(c + 4), &n) && n >= 9 && n <= 16) {
        *pixfmt = (unsigned)((c[0] - '0') * 100 + (c[1] - '0') * 10 + (c[2] - '0'));
        *bpc = (unsigned)n;
        return 1;
    }
    return 0;
}

/* Sets the derived sizes and allocates the frame buffer. */
VMAF_INPUT__FN int vmaf_input__setup(VmafInput *in)
{
    size_t luma, chroma, total;
    if (in->w == 0 || in->h == 0)
        return vmaf_input__fail(in, VMAF_ERR_INVALID_ARGUMENT, "\"%s\": invalid frame size %ux%u", in->name, in->w, in->h);
    if (in->w > VMAF_INPUT_MAX_DIM || in->h > VMAF_INPUT_MAX_DIM)
        return vmaf_input__fail(in, VMAF_ERR_TOO_LARGE, "\"%s\": frame size %ux%u is larger than %ux%u", in->name,
                                in->w, in->h, (unsigned)VMAF_INPUT_MAX_DIM, (unsigned)VMAF_INPUT_MAX_DIM);
    if (in->bpc < 8 || in->bpc > 16)
        return vmaf_input__fail(in, VMAF_ERR_BAD_BPC, "\"%s\": unsupported bit depth %u", in->name, in->bpc);
    in->bps = in->bpc > 8 ? 2 : 1;
    in->layout = in->pixfmt == 444 ? VMAF_LAYOUT_444 : in->pixfmt == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420;
    in->cw = in->pixfmt == 444 ? in->w : (in->w + 1) / 2;
    in->ch = in->pixfmt == 420 ? (in->h + 1) / 2 : in->h;
    luma = vmaf_input__mul(vmaf_input__mul(in->w, in->h), in->bps);
    chroma = vmaf_input__mul(vmaf_input__mul(in->cw, in->ch), in->bps);
    if (!luma || !chroma)
        return vmaf_input__fail(in, VMAF_ERR_TOO_LARGE, "\"%s\": frame size %ux%u is too large", in->name, in->w, in->h);
    in->luma_bytes = luma;
    in->chroma_bytes = chroma;
    total = luma + 2 * chroma + (in->alpha ? luma : 0);
    in->total_bytes = total;
    in->read_bytes = in->mono ? luma : total;
    /* The frame buffer is allocated while the first frame's bytes arrive (vmaf_input__fill), so a
       few-byte header that claims a huge frame costs no memory until that much data is there. */
    in->ready = 1;
    return VMAF_OK;
}

/* Grows the frame buffer to at least `need` bytes (at most total_bytes). */
VMAF_INPUT__FN int vmaf_input__grow(VmafInput *in, size_t need)
{
    size_t ncap = in->cap ? in->cap : ((size_t)1 << 20);
    unsigned char *nb;
    while (ncap < need && ncap <= in->total_bytes / 2) ncap *= 2;
    if (ncap < need || ncap > in->total_bytes) ncap = in->total_bytes;
    if (ncap <= in->cap) return VMAF_OK;
    nb = (unsigned char *)realloc(in->buf, ncap);
    if (!nb) return vmaf_input__fail(in, VMAF_ERR_OUT_OF_MEMORY, "\"%s\": out of memory for a %ux%u frame", in->name, in->w, in->h);
    in->buf = nb;
    in->cap = ncap;
    return VMAF_OK;
}

/* Reads one frame's read_bytes into buf, growing it as the data arrives. Returns the bytes read
   (< read_bytes at the end of the stream or on error), or (size_t)-1 when out of memory. */
VMAF_INPUT__FN size_t vmaf_input__fill(VmafInput *in)
{
    size_t got = 0;
    while (got < in->read_bytes) {
        size_t want, n;
        if (in->cap < in->read_bytes && got == in->cap && vmaf_input__grow(in, got + 1)) return (size_t)-1;
        want = (in->cap < in->read_bytes ? in->cap : in->read_bytes) - got;
        n = fread(in->buf + got, 1, want, in->f);
        got += n;
        if (n < want) break;
    }
    return got;
}

/* The buffer the current frame is read into. */
VMAF_INPUT__FN unsigned char *vmaf_input__base(const VmafInput *in) { return in->ext ? in->ext : in->buf; }

/* After a complete frame: the buffer holds the whole frame, mono chroma is mid-grey. */
VMAF_INPUT__FN int vmaf_input__complete(VmafInput *in)
{
    if (!in->ext && in->cap < in->total_bytes && vmaf_input__grow(in, in->total_bytes)) return VMAF_ERR_OUT_OF_MEMORY;
    if (in->mono && (in->ext || !in->grey)) { /* mid-grey chroma, written once per buffer */
        size_t i, n = 2 * in->chroma_bytes / in->bps;
        unsigned char *c = vmaf_input__base(in) + in->luma_bytes;
        unsigned mid = 1u << (in->bpc - 1);
        for (i = 0; i < n; i++) {
            if (in->bps == 1) c[i] = (unsigned char)mid;
            else { uint16_t v = (uint16_t)mid; memcpy(c + 2 * i, &v, 2); }
        }
        if (!in->ext) in->grey = 1;
    }
    return VMAF_OK;
}

/* Reads and parses the YUV4MPEG2 stream header. */
VMAF_INPUT__FN int vmaf_input__y4m_header(VmafInput *in)
{
    static const char magic[] = "YUV4MPEG2";
    char hdr[VMAF_INPUT_MAX_HEADER + 1];
    size_t n = 0, p;
    int c, got_w = 0, got_h = 0, got_f = 0;
    long v;
    /* compare the magic byte by byte so that a binary file is rejected after a few bytes */
    for (n = 0; n < 9; n++) {
        errno = 0;
        c = getc(in->f);
        if (c == EOF && ferror(in->f))
            return vmaf_input__fail(in, VMAF_ERR_IO, "\"%s\": read error (%s)", in->name, errno ? strerror(errno) : "unknown error");
        if (c == EOF || c != magic[n])
            return vmaf_input__fail(in, VMAF_ERR_PARSE,
                                    "Unknown file type.\n\"%s\" does not start with a YUV4MPEG2 header "
                                    "(raw .yuv input needs -w, -h, -p and -b)", in->name);
    }
    n = 0;
    for (;;) {
        c = getc(in->f);
        if (c == EOF) return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": YUV4MPEG2 header is not terminated by a newline", in->name);
        if (c == '\n') break;
        if (n == 0 && c != ' ') return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": bad YUV4MPEG2 signature", in->name);
        if (n >= VMAF_INPUT_MAX_HEADER)
            return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": YUV4MPEG2 header longer than %d bytes", in->name, VMAF_INPUT_MAX_HEADER);
        hdr[n++] = (char)c;
    }
    hdr[n] = 0;
    strcpy(in->chroma, "420");
    in->interlace = '?';
    for (p = 0; p < n;) {
        size_t q, len;
        const char *t;
        while (p < n && hdr[p] == ' ') p++;
        if (p >= n) break;
        for (q = p; q < n && hdr[q] != ' '; q++) {}
        t = hdr + p + 1;
        len = q - p - 1;
        switch (hdr[p]) {
        case 'W':
        case 'H':
            if (!vmaf_input__int(t, len, &v) || v <= 0 || v > VMAF_INPUT_MAX_DIM)
                return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": invalid %s tag '%.*s' in the YUV4MPEG2 header (must be 1..%d)",
                                        in->name, hdr[p] == 'W' ? "width" : "height", (int)(q - p), hdr + p, VMAF_INPUT_MAX_DIM);
            if (hdr[p] == 'W') { in->w = (unsigned)v; got_w = 1; }
            else { in->h = (unsigned)v; got_h = 1; }
            break;
        case 'F':
            if (!vmaf_input__ratio(t, len, &in->fps_n, &in->fps_d))
                return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": invalid frame-rate tag '%.*s' in the YUV4MPEG2 header", in->name, (int)(q - p), hdr + p);
            got_f = 1;
            break;
        case 'A':
            if (!vmaf_input__ratio(t, len, &in->par_n, &in->par_d))
                return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": invalid aspect tag '%.*s' in the YUV4MPEG2 header", in->name, (int)(q - p), hdr + p);
            break;
        case 'I':
            if (len != 1 || !strchr("ptbm?", t[0]))
                return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": invalid interlace tag '%.*s' in the YUV4MPEG2 header", in->name, (int)(q - p), hdr + p);
            if (t[0] != 'p' && t[0] != '?')
                return vmaf_input__fail(in, VMAF_ERR_UNSUPPORTED, "\"%s\": interlaced input (I%c) is not supported; only progressive scan", in->name, t[0]);
            in->interlace = t[0];
            break;
        case 'C':
            if (len == 0 || len >= sizeof in->chroma)
                return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": invalid chroma tag '%.*s' in the YUV4MPEG2 header", in->name, (int)(q - p), hdr + p);
            memcpy(in->chroma, t, len);
            in->chroma[len] = 0;
            break;
        default: /* X and unknown tags are ignored */
            break;
        }
        p = q;
    }
    if (!got_w || !got_h || !got_f)
        return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": YUV4MPEG2 header lacks the %s tag", in->name,
                                !got_w ? "W (width)" : !got_h ? "H (height)" : "F (frame rate)");
    if (!vmaf_input__chroma(in->chroma, &in->pixfmt, &in->bpc, &in->mono, &in->alpha))
        return vmaf_input__fail(in, VMAF_ERR_UNSUPPORTED, "\"%s\": unsupported YUV4MPEG2 chroma type C%s "
                                "(supported: 420, 422, 444 and their p9..p16 forms, 444alpha, mono)", in->name, in->chroma);
    return VMAF_OK;
}

/* Opens `stream` (already open, binary) named `name`. raw == NULL: YUV4MPEG2. own: fclose on close. */
VMAF_INPUT__FN int vmaf_input_open_stream(VmafInput *in, FILE *stream, const char *name, const VmafInputRaw *raw, int own)
{
    int err;
    memset(in, 0, sizeof *in);
    snprintf(in->name, sizeof in->name, "%s", name ? name : "");
    in->f = stream;
    in->own = own;
    if (!stream) return vmaf_input__fail(in, VMAF_ERR_INVALID_ARGUMENT, "\"%s\": no stream", in->name);
    if (raw) {
        in->w = raw->w;
        in->h = raw->h;
        in->bpc = raw->bpc;
        in->pixfmt = raw->pixfmt;
        if (raw->pixfmt != 420 && raw->pixfmt != 422 && raw->pixfmt != 444)
            return vmaf_input__fail(in, VMAF_ERR_INVALID_ARGUMENT, "\"%s\": invalid pixel format %u", in->name, raw->pixfmt);
        in->interlace = 'p';
        snprintf(in->chroma, sizeof in->chroma, "%u", raw->pixfmt);
    } else {
        in->y4m = 1;
        err = vmaf_input__y4m_header(in);
        if (err) return err;
    }
    return vmaf_input__setup(in);
}

/* Opens a file by path; "-" is standard input. */
VMAF_INPUT__FN int vmaf_input_open(VmafInput *in, const char *path, const VmafInputRaw *raw)
{
    FILE *f;
    if (!path) path = "";
    if (!strcmp(path, "-")) {
#if defined(_WIN32)
        _setmode(_fileno(stdin), _O_BINARY);
#endif
        return vmaf_input_open_stream(in, stdin, path, raw, 0);
    }
    {
        struct stat st;
        if (stat(path, &st) == 0 && VMAF_INPUT__ISDIR(st.st_mode)) {
            memset(in, 0, sizeof *in);
            snprintf(in->name, sizeof in->name, "%s", path);
            return vmaf_input__fail(in, VMAF_ERR_IO, "could not open file: %s (it is a directory)", path);
        }
    }
    errno = 0;
    f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        memset(in, 0, sizeof *in);
        snprintf(in->name, sizeof in->name, "%s", path);
        return vmaf_input__fail(in, VMAF_ERR_IO, "could not open file: %s (%s)", path, e ? strerror(e) : "unknown error");
    }
    return vmaf_input_open_stream(in, f, path, raw, 1);
}

/* The plane checks: byte order and sample range. */
VMAF_INPUT__FN int vmaf_input__check(VmafInput *in, unsigned index)
{
    static const char *const plane_name[3] = {"Y", "U", "V"};
    const uint16_t probe = 1;
    unsigned char first;
    int pl;
    memcpy(&first, &probe, 1);
    if (in->bps != 2) return VMAF_OK;
    for (pl = 0; pl < 3; pl++) {
        unsigned pw = pl ? in->cw : in->w, ph = pl ? in->ch : in->h, x, y;
        unsigned char *p = vmaf_input__base(in) + (pl ? in->luma_bytes + (size_t)(pl - 1) * in->chroma_bytes : 0);
        size_t i, n = (size_t)pw * ph;
        unsigned max = (1u << in->bpc) - 1;
        if (pl && in->mono) break;
        if (!first) /* big-endian host: the files are little-endian */
            for (i = 0; i < n; i++) { unsigned char t = p[2 * i]; p[2 * i] = p[2 * i + 1]; p[2 * i + 1] = t; }
        if (in->bpc == 16) continue;
        for (y = 0; y < ph; y++) {
            const uint16_t *row = (const uint16_t *)(const void *)(p + (size_t)y * pw * 2);
            unsigned bad = 0;
            for (x = 0; x < pw; x++) bad |= row[x] > max;
            if (bad) {
                for (x = 0; row[x] <= max; x++) {}
                return vmaf_input__fail(in, VMAF_ERR_SAMPLE_RANGE,
                                        "\"%s\": frame %u: %s sample at (%u, %u) is %u, above the %u-bit maximum %u",
                                        in->name, index, plane_name[pl], x, y, (unsigned)row[x], in->bpc, max);
            }
        }
    }
    return VMAF_OK;
}

/* Reads the next frame into an internal buffer (or into in->ext when set) and points `out` at
   it (valid until the next read into the same buffer, or close). Returns 1 (frame), 0 (clean
   end of stream) or a negative VMAF_ERR_* (message in in->err). */
VMAF_INPUT__FN int vmaf_input_read(VmafInput *in, VmafFrame *out)
{
    size_t got;
    unsigned index = in->frame;
    if (!in->f || !in->ready) return vmaf_input__fail(in, VMAF_ERR_STATE, "\"%s\": input is not open", in->name);
    if (in->y4m) {
        char m[5];
        int c;
        size_t k;
        errno = 0;
        got = fread(m, 1, 5, in->f);
        if (ferror(in->f))
            return vmaf_input__fail(in, VMAF_ERR_IO, "\"%s\": frame %u: read error (%s)", in->name, index, errno ? strerror(errno) : "unknown error");
        if (got == 0) return 0;
        if (got < 5 && !memcmp(m, "FRAME", got))
            return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": frame %u: truncated FRAME marker at the end of the stream", in->name, index);
        if (got < 5 || memcmp(m, "FRAME", 5))
            return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": frame %u: missing FRAME marker (loss of framing: "
                                    "the frame data before it has the wrong size, or this is not a YUV4MPEG2 stream)", in->name, index);
        c = getc(in->f);
        if (c == ' ') {
            for (k = 0; (c = getc(in->f)) != EOF && c != '\n'; k++)
                if (k >= VMAF_INPUT_MAX_HEADER)
                    return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": frame %u: FRAME header longer than %d bytes", in->name, index, VMAF_INPUT_MAX_HEADER);
        }
        if (c == EOF) return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": frame %u: truncated FRAME header", in->name, index);
        if (c != '\n') return vmaf_input__fail(in, VMAF_ERR_PARSE, "\"%s\": frame %u: malformed FRAME header", in->name, index);
    }
    errno = 0;
    got = in->ext ? fread(in->ext, 1, in->read_bytes, in->f) : vmaf_input__fill(in);
    if (got == (size_t)-1) return VMAF_ERR_OUT_OF_MEMORY; /* message set by vmaf_input__grow */
    if (ferror(in->f))
        return vmaf_input__fail(in, VMAF_ERR_IO, "\"%s\": frame %u: read error (%s)", in->name, index, errno ? strerror(errno) : "unknown error");
    if (got == 0 && !in->y4m) return 0;
    if (got != in->read_bytes)
        return vmaf_input__fail(in, VMAF_ERR_IO, "\"%s\": frame %u is truncated: %lu of %lu bytes", in->name, index,
                                (unsigned long)got, (unsigned long)in->read_bytes);
    if (vmaf_input__complete(in)) return VMAF_ERR_OUT_OF_MEMORY;
    in->frame++;
    {
        int err = vmaf_input__check(in, index);
        if (err) return err;
    }
    if (out) {
        size_t cs = (size_t)in->cw * in->bps;
        memset(out, 0, sizeof *out);
        out->w = in->w;
        out->h = in->h;
        out->bpc = in->bpc;
        out->layout = in->layout;
        out->data[0] = vmaf_input__base(in);
        out->data[1] = vmaf_input__base(in) + in->luma_bytes;
        out->data[2] = vmaf_input__base(in) + in->luma_bytes + in->chroma_bytes;
        out->stride[0] = (ptrdiff_t)((size_t)in->w * in->bps);
        out->stride[1] = out->stride[2] = (ptrdiff_t)cs;
    }
    return 1;
}

/* Bytes of one whole frame (Y, U, V and a y4m alpha plane; mono files get their grey chroma
   planes here too): the size of a buffer for in->ext. 0 before the input is open. */
VMAF_INPUT__FN size_t vmaf_input_frame_bytes(const VmafInput *in) { return in->ready ? in->total_bytes : 0; }

VMAF_INPUT__FN void vmaf_input_close(VmafInput *in)
{
    if (in->f && in->own) fclose(in->f);
    free(in->buf);
    in->f = NULL;
    in->buf = NULL;
    in->ext = NULL;
    in->cap = 0;
    in->ready = 0;
}

#endif /* VMAF_EXAMPLES_INPUT_H */
