/* bench/bench_motion.c - throughput of vmaf_motion.h per SIMD path.

   Build and run from the repository root:
       cc -std=c99 -O2 -I. bench/bench_motion.c -o build/bench_motion -lm
       build/bench_motion [--frames N] [--runs R] [--size 1080p|4k|all] [--kind int|float|v30|all] [--bpc 8|10]
   (default: 24 frames, best of 3 runs, both sizes, every kind, 8-bit)

   Input: the 1920x1080 archer reference frame from tests/data (luma only); 4K tiles it 2x2.
   Frames alternate between two copies shifted by a few columns and rows, so every frame has
   real motion (an identical pair would let integer motion skip all-zero rows).
   For each kind (integer "motion" 3.2.0, "float_motion", 3.0 compat "motion") and each path
   the CPU has (scalar = cpumask ~0, AVX2 = cpumask 16, AVX-512 = cpumask 0; AArch64: scalar and
   NEON) it prints frames per second, ms per frame and ns per luma pixel from wall time, and
   CPU ms per frame (best of --runs runs each), and checks that every path gives the same sum of
   emitted values as the scalar path. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define VMAF_MOTION_IMPLEMENTATION
#include "vmaf_motion.h"

static double bm_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}
/* CPU time of this process: steadier than wall time on a shared machine */
static double bm_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void bm_sink(void *user, unsigned index, const char *key, double value)
{
    double *acc = (double *)user;
    (void)index;
    (void)key;
    *acc += value;
}

/* w*t x h*t plane made of the source tiled t x t times, shifted by (dx, dy) (wrapping);
   bpc 10 stores x << 2 in 16-bit samples */
static unsigned char *bm_tile(const unsigned char *src, unsigned w, unsigned h, unsigned t, unsigned dx, unsigned dy,
                              unsigned bpc)
{
    unsigned W = w * t, H = h * t, x, y, bps = bpc > 8 ? 2 : 1;
    unsigned char *d = (unsigned char *)malloc((size_t)W * H * bps);
    if (!d) exit(1);
    for (y = 0; y < H; y++)
        for (x = 0; x < W; x++) {
            unsigned v = src[(size_t)((y + dy) % h) * w + (x + dx) % w];
            if (bps == 1) {
                d[(size_t)y * W + x] = (unsigned char)v;
            } else {
                uint16_t s = (uint16_t)(v << (bpc - 8));
                memcpy(d + 2 * ((size_t)y * W + x), &s, 2);
            }
        }
    return d;
}

typedef struct {
    const char *name;
    unsigned cpumask;
    unsigned need; /* VMAF_CPU_* bit the path needs, 0 = always there */
} bm_path;

int main(int argc, char **argv)
{
    static const bm_path paths[] = {
        {"scalar", ~0u, 0},
#if defined(__aarch64__) || defined(_M_ARM64)
        {"NEON", 0u, VMAF_CPU_NEON},
#else
        {"AVX2", VMAF_CPU_AVX512, VMAF_CPU_AVX2},
        {"AVX-512", 0u, VMAF_CPU_AVX512},
#endif
    };
    static const char *const kind_name[3] = {"motion (int 3.2)", "float_motion", "motion (int 3.0)"};
    unsigned frames = 24, runs = 3, i, k, s, p, bpc = 8, cpu = vmaf__cpu_detect();
    int size_sel = 2, kind_sel = -1; /* size: 0 1080p, 1 4K, 2 both */
    unsigned char *src;
    FILE *f;
    for (i = 1; i < (unsigned)argc; i++) {
        if (!strcmp(argv[i], "--frames") && i + 1 < (unsigned)argc) frames = (unsigned)atoi(argv[++i]);
        else if (!strcmp(argv[i], "--runs") && i + 1 < (unsigned)argc) runs = (unsigned)atoi(argv[++i]);
        else if (!strcmp(argv[i], "--size") && i + 1 < (unsigned)argc) {
            i++;
            size_sel = !strcmp(argv[i], "4k") ? 1 : !strcmp(argv[i], "all") ? 2 : 0;
        } else if (!strcmp(argv[i], "--kind") && i + 1 < (unsigned)argc) {
            i++;
            kind_sel = !strcmp(argv[i], "int") ? 0 : !strcmp(argv[i], "float") ? 1 : !strcmp(argv[i], "v30") ? 2 : -1;
        } else if (!strcmp(argv[i], "--bpc") && i + 1 < (unsigned)argc) {
            bpc = (unsigned)atoi(argv[++i]);
            if (bpc < 8 || bpc > 16) bpc = 8;
        } else {
            fprintf(stderr, "usage: bench_motion [--frames N] [--runs R] [--size 1080p|4k|all] [--kind int|float|v30|all] [--bpc B]\n");
            return 2;
        }
    }
    if (frames < 2) frames = 2;
    if (runs < 1) runs = 1;
    src = (unsigned char *)malloc(1920u * 1080u);
    f = fopen("tests/data/testdata/archer_ref_1920x1080_1f_8bit.yuv", "rb");
    if (!src || !f || fread(src, 1, 1920u * 1080u, f) != 1920u * 1080u) {
        fprintf(stderr, "bench_motion: cannot read tests/data/testdata/archer_ref_1920x1080_1f_8bit.yuv (run from the repo root)\n");
        return 1;
    }
    fclose(f);
    printf("# vmaf_motion.h %s, %u frames per run (best of %u), %u-bit, cpu flags 0x%x\n", vmaf_motion_version(), frames, runs, bpc, cpu);
    printf("%-18s %-6s %-8s %9s %9s %9s %9s\n", "kind", "size", "path", "fps", "ms/frame", "ns/pixel", "cpu ms");
    for (s = 0; s < 2; s++) {
        unsigned t = s ? 2 : 1, w = 1920 * t, h = 1080 * t;
        unsigned char *fr[2];
        if (size_sel != 2 && (unsigned)size_sel != s) continue;
        fr[0] = bm_tile(src, 1920, 1080, t, 0, 0, bpc);
        fr[1] = bm_tile(src, 1920, 1080, t, 3, 1, bpc);
        for (k = 0; k < 3; k++) {
            double ref_sum = 0;
            if (kind_sel >= 0 && (unsigned)kind_sel != k) continue;
            for (p = 0; p < sizeof paths / sizeof paths[0]; p++) {
                const VmafExtractor *x = k == 0 ? vmaf_motion_extractor() : k == 1 ? vmaf_motion_float_extractor()
                                                                                    : vmaf_motion_v30_extractor();
                double best = 1e30, best_cpu = 1e30, sum = 0;
                int run;
                if (paths[p].need && !(cpu & paths[p].need)) {
                    printf("%-18s %-6s %-8s %9s\n", kind_name[k], s ? "4K" : "1080p", paths[p].name, "(not on this CPU)");
                    continue;
                }
                for (run = 0; run < (int)runs; run++) {
                    VmafExtractorArgs a;
                    void *st = NULL;
                    double t0, c0, dt, dc;
                    int err;
                    memset(&a, 0, sizeof a);
                    a.w = w;
                    a.h = h;
                    a.bpc = bpc;
                    a.layout = VMAF_LAYOUT_400;
                    a.cpumask = paths[p].cpumask;
                    if ((err = x->create(&st, &a)) != 0) {
                        printf("create failed: %s\n", vmaf_result_string(err));
                        return 1;
                    }
                    sum = 0;
                    t0 = bm_now();
                    c0 = bm_cpu();
                    for (i = 0; i < frames; i++) {
                        VmafFrame r;
                        memset(&r, 0, sizeof r);
                        r.w = w;
                        r.h = h;
                        r.bpc = bpc;
                        r.layout = VMAF_LAYOUT_400;
                        r.data[0] = fr[i & 1];
                        r.stride[0] = (ptrdiff_t)w * (bpc > 8 ? 2 : 1);
                        if ((err = x->push(st, &r, NULL, i, bm_sink, &sum)) != 0) {
                            printf("push failed: %s\n", vmaf_result_string(err));
                            return 1;
                        }
                    }
                    x->flush(st, bm_sink, &sum);
                    dt = bm_now() - t0;
                    dc = bm_cpu() - c0;
                    x->destroy(st);
                    if (dt < best) best = dt;
                    if (dc < best_cpu) best_cpu = dc;
                }
                if (p == 0) ref_sum = sum;
                printf("%-18s %-6s %-8s %9.1f %9.3f %9.3f %9.3f%s\n", kind_name[k], s ? "4K" : "1080p", paths[p].name, frames / best,
                       1e3 * best / frames, 1e9 * best / ((double)frames * w * h), 1e3 * best_cpu / frames,
                       sum == ref_sum ? "" : "   MISMATCH vs scalar");
            }
        }
        free(fr[0]);
        free(fr[1]);
    }
    free(src);
    return 0;
}
