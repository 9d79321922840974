/* bench/bench.c - throughput of each extractor and of the default model, per SIMD path.

   Build and run through `make bench` (bench/run.sh), or by hand:
       cc -std=c99 -O2 -I. bench/bench.c -o build/bench -lm -lpthread
       build/bench [--size 1080p|4k] [--frames N] [--cpumask M] [--only NAME]

   Input: the 1920x1080 archer pair from tests/data (one frame each). For 4K the frame is tiled
   2x2 to 3840x2160. Frames alternate between two shifted copies so that motion is not zero.
   Prints one line per extractor: frames/s, ns per luma pixel, and peak resident memory. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#define VMAF_VIF_IMPLEMENTATION
#define VMAF_ADM_IMPLEMENTATION
#define VMAF_MOTION_IMPLEMENTATION
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_vif.h"
#include "vmaf_adm.h"
#include "vmaf_motion.h"
#include "vmaf_model.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void sink(void *user, unsigned index, const char *key, double value)
{
    double *acc = (double *)user;
    (void)index;
    (void)key;
    *acc += value;
}

static unsigned char *load_luma(const char *path, unsigned w, unsigned h)
{
    FILE *f = fopen(path, "rb");
    unsigned char *p = (unsigned char *)malloc((size_t)w * h);
    if (!f || !p || fread(p, 1, (size_t)w * h, f) != (size_t)w * h) {
        fprintf(stderr, "bench: cannot read %s\n", path);
        exit(1);
    }
    fclose(f);
    return p;
}

/* tile a w x h plane `t` times in each direction, shifting by `shift` columns (motion) */
static unsigned char *tile(const unsigned char *src, unsigned w, unsigned h, unsigned t, unsigned shift)
{
    unsigned W = w * t, H = h * t, x, y;
    unsigned char *d = (unsigned char *)malloc((size_t)W * H);
    for (y = 0; y < H; y++)
        for (x = 0; x < W; x++) d[(size_t)y * W + x] = src[(size_t)(y % h) * w + (x + shift) % w];
    return d;
}

typedef const VmafExtractor *(*getter)(void);

int main(int argc, char **argv)
{
    static const struct { const char *name; getter get; } ex[] = {
        {"vif", vmaf_vif_extractor},         {"adm", vmaf_adm_extractor},
        {"motion", vmaf_motion_extractor},   {"float_vif", vmaf_vif_float_extractor},
        {"float_adm", vmaf_adm_float_extractor}, {"float_motion", vmaf_motion_float_extractor},
    };
    unsigned t = 1, frames = 20, cpumask = 0, i, k;
    const char *only = NULL;
    unsigned char *ref0, *dis0, *ref[2], *dis[2];
    unsigned w = 1920, h = 1080;
    struct rusage ru;
    for (i = 1; i < (unsigned)argc; i++) {
        if (!strcmp(argv[i], "--size") && i + 1 < (unsigned)argc) t = !strcmp(argv[++i], "4k") ? 2 : 1;
        else if (!strcmp(argv[i], "--frames") && i + 1 < (unsigned)argc) frames = (unsigned)atoi(argv[++i]);
        else if (!strcmp(argv[i], "--cpumask") && i + 1 < (unsigned)argc) cpumask = (unsigned)strtol(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--only") && i + 1 < (unsigned)argc) only = argv[++i];
        else { fprintf(stderr, "usage: bench [--size 1080p|4k] [--frames N] [--cpumask M] [--only NAME]\n"); return 2; }
    }
    ref0 = load_luma("tests/data/testdata/archer_ref_1920x1080_1f_8bit.yuv", w, h);
    dis0 = load_luma("tests/data/testdata/archer_dis_1920x1080_1f_8bit.yuv", w, h);
    for (k = 0; k < 2; k++) { ref[k] = tile(ref0, w, h, t, k * 3); dis[k] = tile(dis0, w, h, t, k * 3); }
    w *= t;
    h *= t;
    printf("# %ux%u, %u frames, cpumask %u (detected cpu flags %u)\n", w, h, frames, cpumask, vmaf__cpu_detect());
    printf("%-14s %10s %12s\n", "extractor", "fps", "ns/pixel");
    for (i = 0; i < sizeof ex / sizeof ex[0]; i++) {
        const VmafExtractor *e = ex[i].get();
        VmafExtractorArgs a;
        void *st = NULL;
        double acc = 0, t0, dt;
        int err;
        if (only && strcmp(only, ex[i].name)) continue;
        if (!e) { printf("%-14s %10s\n", ex[i].name, "n/a"); continue; }
        memset(&a, 0, sizeof a);
        a.w = w; a.h = h; a.bpc = 8; a.layout = VMAF_LAYOUT_400; a.cpumask = cpumask;
        if ((err = e->create(&st, &a)) != 0) { printf("%-14s create failed: %s\n", ex[i].name, vmaf_result_string(err)); continue; }
        t0 = now_s();
        for (k = 0; k < frames; k++) {
            VmafFrame r, d;
            memset(&r, 0, sizeof r);
            r.w = w; r.h = h; r.bpc = 8; r.layout = VMAF_LAYOUT_400;
            d = r;
            r.data[0] = ref[k & 1]; r.stride[0] = (ptrdiff_t)w;
            d.data[0] = dis[k & 1]; d.stride[0] = (ptrdiff_t)w;
            if ((err = e->push(st, &r, &d, k, sink, &acc)) != 0) { printf("push failed: %s\n", vmaf_result_string(err)); break; }
        }
        if (e->flush) e->flush(st, sink, &acc);
        dt = now_s() - t0;
        e->destroy(st);
        printf("%-14s %10.2f %12.2f   (checksum %.6g)\n", ex[i].name, frames / dt, 1e9 * dt / ((double)frames * w * h), acc);
    }
    getrusage(RUSAGE_SELF, &ru);
    printf("# peak RSS %.1f MiB\n", ru.ru_maxrss / 1024.0);
    for (k = 0; k < 2; k++) { free(ref[k]); free(dis[k]); }
    free(ref0);
    free(dis0);
    return 0;
}
