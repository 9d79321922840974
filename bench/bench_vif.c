/* bench/bench_vif.c - vmaf_vif.h throughput per kernel set (scalar, AVX2, AVX-512, AVX-512 + VNNI / NEON),
   integer ("vif") and float ("float_vif") VIF, at 1080p and 4K.

   Build and run from the repository root:
       cc -std=c99 -O2 -I. bench/bench_vif.c -o build/bench_vif -lm
       build/bench_vif [--frames N] [--size 1080p|4k|all] [--kind int|float|all] [--path NAME] [--bpc B]

   Input: the 1920x1080 archer pair of tests/data (8-bit luma); for 4K it is tiled 2x2 to
   3840x2160; --bpc 9..16 shifts the samples up to that depth (16-bit kernels). Frames alternate
   between two copies shifted by 3 columns. For each path the
   typed API computes N frames (after one warm-up frame) and the program prints frames per
   second and ns per pixel from the process CPU time (robust on a shared machine) and from
   wall time, plus a checksum of the scores (identical on every path: the kernels are
   bit-exact). A path this CPU or build lacks prints "n/a". */
#define _POSIX_C_SOURCE 200809L
#define VMAF_VIF_IMPLEMENTATION
#include "vmaf_vif.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double t_now(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static unsigned char *load_luma(const char *path, unsigned w, unsigned h)
{
    FILE *f = fopen(path, "rb");
    unsigned char *p = (unsigned char *)malloc((size_t)w * h);
    if (!f || !p || fread(p, 1, (size_t)w * h, f) != (size_t)w * h) {
        fprintf(stderr, "bench_vif: cannot read %s (run from the repository root)\n", path);
        exit(1);
    }
    fclose(f);
    return p;
}

/* tile a w x h plane t times in each direction, shifted by `shift` columns, at depth bpc */
static unsigned char *tile(const unsigned char *src, unsigned w, unsigned h, unsigned t, unsigned shift, unsigned bpc)
{
    unsigned W = w * t, H = h * t, x, y;
    unsigned char *d = (unsigned char *)malloc((size_t)W * H * (bpc > 8 ? 2 : 1));
    for (y = 0; y < H; y++)
        for (x = 0; x < W; x++) {
            unsigned v = src[(size_t)(y % h) * w + (x + shift) % w];
            if (bpc == 8) d[(size_t)y * W + x] = (unsigned char)v;
            else {
                uint16_t s = (uint16_t)(v << (bpc - 8));
                memcpy(d + 2 * ((size_t)y * W + x), &s, 2);
            }
        }
    return d;
}

typedef struct {
    const char *name;
    unsigned mask;
} path_t;

int main(int argc, char **argv)
{
#if defined(VMAF__X64)
    static const path_t paths[] = {
        {"scalar", ~0u}, {"avx2", VMAF_CPU_AVX512}, {"avx512", VMAF_CPU_AVX512ICL}, {"avx512icl", 0u}};
#elif defined(VMAF__NEON)
    static const path_t paths[] = {{"scalar", ~0u}, {"neon", 0u}};
#else
    static const path_t paths[] = {{"scalar", ~0u}};
#endif
    unsigned frames = 10, bpc = 8, i, k, si, ki, pi;
    const char *size = "all", *kind = "all", *only = NULL;
    unsigned char *ref0, *dis0;
    for (i = 1; i < (unsigned)argc; i++) {
        if (!strcmp(argv[i], "--frames") && i + 1 < (unsigned)argc) frames = (unsigned)atoi(argv[++i]);
        else if (!strcmp(argv[i], "--size") && i + 1 < (unsigned)argc) size = argv[++i];
        else if (!strcmp(argv[i], "--kind") && i + 1 < (unsigned)argc) kind = argv[++i];
        else if (!strcmp(argv[i], "--path") && i + 1 < (unsigned)argc) only = argv[++i];
        else if (!strcmp(argv[i], "--bpc") && i + 1 < (unsigned)argc) bpc = (unsigned)atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_vif [--frames N] [--size 1080p|4k|all] [--kind int|float|all] [--path NAME] "
                            "[--bpc B]\n");
            return 2;
        }
    }
    if (frames < 1) frames = 1;
    if (bpc < 8 || bpc > 16) bpc = 8;
    ref0 = load_luma("tests/data/testdata/archer_ref_1920x1080_1f_8bit.yuv", 1920, 1080);
    dis0 = load_luma("tests/data/testdata/archer_dis_1920x1080_1f_8bit.yuv", 1920, 1080);
    printf("# vmaf_vif.h %s, %u frames per measurement, %u-bit samples, detected cpu flags 0x%x\n", vmaf_vif_version(),
           frames, bpc, vmaf__cpu_detect());
    printf("%-6s %-6s %-9s %9s %9s %10s %9s  %s\n", "size", "kind", "path", "fps(cpu)", "ms/frame", "ns/pixel", "fps(wall)",
           "checksum");
    for (si = 0; si < 2; si++) {
        const unsigned t = si ? 2 : 1, w = 1920 * t, h = 1080 * t;
        unsigned char *ref[2], *dis[2];
        if (strcmp(size, "all") && strcmp(size, si ? "4k" : "1080p")) continue;
        for (k = 0; k < 2; k++) {
            ref[k] = tile(ref0, 1920, 1080, t, k * 3, bpc);
            dis[k] = tile(dis0, 1920, 1080, t, k * 3, bpc);
        }
        for (ki = 0; ki < 2; ki++) {
            if (strcmp(kind, "all") && strcmp(kind, ki ? "float" : "int")) continue;
            for (pi = 0; pi < sizeof paths / sizeof paths[0]; pi++) {
                VmafVifConfig cfg;
                VmafVifState *st = NULL;
                VmafVifScores sc;
                double c0, w0, cpu, wall, sum = 0;
                int err;
                if (only && strcmp(only, paths[pi].name)) continue;
                vmaf_vif_config_default(&cfg, ki ? VMAF_VIF_FLOAT : VMAF_VIF_INTEGER);
                cfg.w = w;
                cfg.h = h;
                cfg.bpc = bpc;
                cfg.cpumask = paths[pi].mask;
                if ((err = vmaf_vif_create(&st, &cfg)) != VMAF_OK) {
                    printf("create failed: %s\n", vmaf_result_string(err));
                    return 1;
                }
                if (strcmp(st->k.name, paths[pi].name)) {
                    printf("%-6s %-6s %-9s %9s\n", si ? "4k" : "1080p", ki ? "float" : "int", paths[pi].name, "n/a");
                    vmaf_vif_destroy(st);
                    continue;
                }
                for (k = 0; k <= frames; k++) {
                    VmafPlane r, d;
                    r.data = ref[k & 1];
                    r.stride = (ptrdiff_t)(w * (bpc > 8 ? 2 : 1));
                    r.w = w;
                    r.h = h;
                    r.bpc = bpc;
                    d = r;
                    d.data = dis[k & 1];
                    if (k == 1) { /* frame 0 warms up */
                        c0 = t_now(CLOCK_PROCESS_CPUTIME_ID);
                        w0 = t_now(CLOCK_MONOTONIC);
                    }
                    if (vmaf_vif_compute(st, &r, &d, &sc) != VMAF_OK) return 1;
                    if (k) sum += sc.scale[0] + sc.scale[1] + sc.scale[2] + sc.scale[3];
                }
                cpu = t_now(CLOCK_PROCESS_CPUTIME_ID) - c0;
                wall = t_now(CLOCK_MONOTONIC) - w0;
                vmaf_vif_destroy(st);
                printf("%-6s %-6s %-9s %9.2f %9.2f %10.2f %9.2f  %.12g\n", si ? "4k" : "1080p", ki ? "float" : "int",
                       paths[pi].name, frames / cpu, 1e3 * cpu / frames, 1e9 * cpu / ((double)frames * w * h),
                       frames / wall, sum);
                fflush(stdout);
            }
        }
        for (k = 0; k < 2; k++) {
            free(ref[k]);
            free(dis[k]);
        }
    }
    free(ref0);
    free(dis0);
    return 0;
}
