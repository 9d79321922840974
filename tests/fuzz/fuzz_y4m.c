/* tests/fuzz/fuzz_y4m.c - libFuzzer harness: the vmaf tool's video reader (examples/vmaf_input.h)
   on bytes read through a memory FILE (fmemopen).
   First byte (mode): bit 0 = 0: YUV4MPEG2 stream (the rest of the input);
                      bit 0 = 1: raw .yuv, geometry from the next 4 bytes (w, h, bpc, format),
                      small sizes plus a few out-of-range values.
   Invariants (abort() when broken): open/read return 0/1 or a documented negative code with a
   message in in.err; a returned frame has the header's geometry, every sample of every plane is
   readable (ASan checks the bounds) and no sample exceeds the bit depth; at most 64 frames are
   read (the reader never loops without consuming input). */
#define _POSIX_C_SOURCE 200809L
#include "examples/vmaf_input.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fz_fail(const char *what, int code)
{
    fprintf(stderr, "fuzz_y4m: invariant broken: %s (%d)\n", what, code);
    abort();
}

static int fz_code_ok(int r)
{
    return r == VMAF_ERR_PARSE || r == VMAF_ERR_IO || r == VMAF_ERR_UNSUPPORTED || r == VMAF_ERR_INVALID_ARGUMENT ||
           r == VMAF_ERR_TOO_LARGE || r == VMAF_ERR_BAD_BPC || r == VMAF_ERR_OUT_OF_MEMORY || r == VMAF_ERR_SAMPLE_RANGE;
}

static unsigned fz_frame_sum(const VmafInput *in, const VmafFrame *f)
{
    unsigned sum = 0;
    int p;
    if (f->w != in->w || f->h != in->h || f->bpc != in->bpc || f->layout != in->layout) fz_fail("frame geometry", 0);
    for (p = 0; p < 3; p++) {
        VmafPlane pl = vmaf_frame_plane(f, p);
        unsigned x, y, max = f->bpc >= 16 ? 65535u : (1u << f->bpc) - 1;
        if (!pl.data || pl.stride < (ptrdiff_t)(pl.w * (f->bpc > 8 ? 2u : 1u))) fz_fail("plane pointer or stride", p);
        for (y = 0; y < pl.h; y++) {
            const unsigned char *row = (const unsigned char *)pl.data + (ptrdiff_t)y * pl.stride;
            for (x = 0; x < pl.w; x++) {
                unsigned v;
                if (f->bpc > 8) {
                    uint16_t s;
                    memcpy(&s, row + 2 * x, 2);
                    v = s;
                } else {
                    v = row[x];
                }
                if (v > max) fz_fail("sample above the bit depth", (int)v);
                sum += v;
            }
        }
    }
    return sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const unsigned dims[16] = {1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 33, 0, 64, 32769, 100000};
    static const unsigned bpcs[8] = {8, 10, 12, 16, 9, 7, 17, 0};
    static const unsigned fmts[4] = {420, 422, 444, 411};
    VmafInput in;
    VmafInputRaw raw;
    const VmafInputRaw *rp = NULL;
    unsigned char *copy;
    FILE *f;
    int r, i;
    volatile unsigned sink = 0;
    if (size < 1) return 0;
    if (data[0] & 1) {
        if (size < 5) return 0;
        raw.w = dims[data[1] & 15];
        raw.h = dims[data[2] & 15];
        raw.bpc = bpcs[data[3] & 7];
        raw.pixfmt = fmts[data[4] & 3];
        rp = &raw;
        data += 5;
        size -= 5;
    } else {
        data++;
        size--;
    }
    if (size == 0) return 0; /* fmemopen needs a non-empty buffer */
    copy = (unsigned char *)malloc(size);
    if (!copy) return 0;
    memcpy(copy, data, size);
    f = fmemopen(copy, size, "rb");
    if (!f) { free(copy); return 0; }
    r = vmaf_input_open_stream(&in, f, "fuzz", rp, 1);
    if (r) {
        if (!fz_code_ok(r)) fz_fail("open: undocumented code", r);
        if (!in.err[0]) fz_fail("open: error without a message", r);
    } else {
        for (i = 0; i < 64; i++) {
            VmafFrame fr;
            in.err[0] = 0;
            r = vmaf_input_read(&in, (i & 1) ? NULL : &fr);
            if (r == 0) break;
            if (r < 0) {
                if (!fz_code_ok(r)) fz_fail("read: undocumented code", r);
                if (!in.err[0]) fz_fail("read: error without a message", r);
                break;
            }
            if (r != 1) fz_fail("read: unexpected result", r);
            if (!(i & 1)) sink += fz_frame_sum(&in, &fr);
        }
    }
    vmaf_input_close(&in);
    free(copy);
    (void)sink;
    return 0;
}
