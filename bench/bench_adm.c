/* bench/bench_adm.c - speed of vmaf_adm.h per SIMD path (scalar, AVX2, AVX-512 or NEON) for
   integer ("adm") and float ("float_adm") ADM at 1080p (tests/data archer pair) and 4K (the
   same frames tiled 2 x 2). Prints, per path, ms per frame, frames per second and ns per
   pixel on one thread (best of the runs, measured as process CPU time, which a busy shared
   machine disturbs far less than wall time; the wall-clock best is printed too), and checks
   that every path gives the scalar scores bit for bit (exit status 1 otherwise).
   Build and run from the repository root:
       cc -std=c99 -O2 -I. bench/bench_adm.c -o build/bench_adm -lm && build/bench_adm [seconds]
   (seconds = minimum measuring time per case, default 1.0) */
#define _POSIX_C_SOURCE 199309L
#define VMAF_ADM_IMPLEMENTATION
#include "vmaf_adm.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(clockid_t id)
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
        if (f) fclose(f);
        free(p);
        return NULL;
    }
    fclose(f);
    return p;
}

/* 2 x 2 tiling of a w x h plane */
static unsigned char *tile2(const unsigned char *src, unsigned w, unsigned h)
{
    unsigned char *p = (unsigned char *)malloc((size_t)4 * w * h);
    unsigned y;
    if (!p) return NULL;
    for (y = 0; y < 2 * h; y++) {
        memcpy(p + (size_t)y * 2 * w, src + (size_t)(y % h) * w, w);
        memcpy(p + (size_t)y * 2 * w + w, src + (size_t)(y % h) * w, w);
    }
    return p;
}

typedef struct { const char *name; unsigned mask, need; } Path;

int main(int argc, char **argv)
{
    const unsigned W = 1920, H = 1080;
    const double min_s = argc > 1 ? atof(argv[1]) : 1.0;
    unsigned char *ref = load_luma("tests/data/testdata/archer_ref_1920x1080_1f_8bit.yuv", W, H);
    unsigned char *dis = load_luma("tests/data/testdata/archer_dis_1920x1080_1f_8bit.yuv", W, H);
    unsigned char *ref4, *dis4;
    const unsigned cpu = vmaf__cpu_detect();
#if defined(__aarch64__) || defined(_M_ARM64)
    static const Path paths[] = {{"scalar", ~0u, 0}, {"NEON", 0, VMAF_CPU_NEON}};
#else
    static const Path paths[] = {{"scalar", ~0u, 0},
                                 {"AVX2", VMAF_CPU_AVX512, VMAF_CPU_AVX2},
                                 {"AVX-512", 0, VMAF_CPU_AVX512}};
#endif
    const int npaths = (int)(sizeof paths / sizeof paths[0]);
    int kind, res, pi, bad = 0;
    if (!ref || !dis) {
        fprintf(stderr, "run from the repository root (tests/data/testdata/archer_*_1920x1080 missing)\n");
        return 1;
    }
    ref4 = tile2(ref, W, H);
    dis4 = tile2(dis, W, H);
    printf("%-6s %-9s %-8s %10s %9s %9s %10s\n", "kind", "size", "path", "ms/frame", "fps", "ns/pixel", "wall ms");
    for (kind = 0; kind < 2; kind++) {
        for (res = 0; res < 2; res++) {
            const unsigned w = res ? 2 * W : W, h = res ? 2 * H : H;
            VmafPlane pr, pd;
            VmafAdmScores first;
            pr.data = res ? ref4 : ref;
            pd.data = res ? dis4 : dis;
            pr.stride = pd.stride = (ptrdiff_t)w;
            pr.w = pd.w = w;
            pr.h = pd.h = h;
            pr.bpc = pd.bpc = 8;
            for (pi = 0; pi < npaths; pi++) {
                VmafAdmConfig c;
                VmafAdmState *s = NULL;
                VmafAdmScores sc;
                double t0, t1, w0, w1, best = 1e30, wbest = 1e30, total = 0;
                int n = 0;
                if (paths[pi].need && !(cpu & paths[pi].need)) {
                    printf("%-6s %-9s %-8s %10s\n", kind ? "float" : "int", res ? "3840x2160" : "1920x1080",
                           paths[pi].name, "(no CPU support)");
                    continue;
                }
                vmaf_adm_config_default(&c, kind ? VMAF_ADM_FLOAT : VMAF_ADM_INTEGER);
                c.cpumask = paths[pi].mask;
                if (vmaf_adm_create(&s, w, h, 8, &c)) { printf("create failed\n"); return 1; }
                vmaf_adm_compute(s, &pr, &pd, &sc); /* warm-up */
                while (total < min_s || n < 3) {
                    w0 = now(CLOCK_MONOTONIC);
                    t0 = now(CLOCK_PROCESS_CPUTIME_ID);
                    vmaf_adm_compute(s, &pr, &pd, &sc);
                    t1 = now(CLOCK_PROCESS_CPUTIME_ID);
                    w1 = now(CLOCK_MONOTONIC);
                    total += t1 - t0;
                    if (t1 - t0 < best) best = t1 - t0;
                    if (w1 - w0 < wbest) wbest = w1 - w0;
                    n++;
                }
                if (pi == 0) first = sc;
                else if (memcmp(&first, &sc, sizeof sc)) { bad++; printf("  ^ scores differ from scalar!\n"); }
                printf("%-6s %-9s %-8s %10.2f %9.1f %9.2f %10.2f   (best of %d)\n", kind ? "float" : "int",
                       res ? "3840x2160" : "1920x1080", paths[pi].name, 1e3 * best, 1.0 / best,
                       1e9 * best / ((double)w * h), 1e3 * wbest, n);
                vmaf_adm_destroy(s);
            }
        }
    }
    free(ref); free(dis); free(ref4); free(dis4);
    return bad != 0;
}
