/* bench/bench_vk.c - throughput of the Vulkan addon (addons/vk/vmaf_vk.h).
   Build and run: bench/vk_bench.sh [options]   (or make -f addons/vk/vk.mk vk-bench)
   Options: --device N (usable device index, default 0), --frames N (timed frames, default 30),
            --bpc 8|10 (default 8), --sizes LIST (comma list of 1080p, 4k, WxH; default 1080p,4k),
            --only NAME (vif, adm, motion, float_vif, float_adm, float_motion), --int, --float.
   For each size it runs the six extractors (each on its own state, one shared device) and
   prints frames per second:
     upload incl.: frames / wall-clock time of push() (host copy of both lumas into mapped or
                   staging memory, the transfer, all dispatches, the wait and the host math);
     upload excl.: frames / GPU time of the dispatches alone (timestamp queries, after the
                   upload has landed);
   and the same for the three integer extractors together (what vmaf_v0.6.1 needs per frame)
   and the three float ones (vmaf_float_v0.6.1).
   Content: synthetic 8/10-bit luma (smooth gradients + texture + noise), distorted = reference
   plus noise and a blur, moving by a few pixels per frame so motion is not zero. */
#define _POSIX_C_SOURCE 199309L
#define VMAF_VK_IMPLEMENTATION
#include "vmaf_vk.h"
#include <time.h>

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static uint32_t rng = 12345u;
static unsigned rnd(void)
{
    rng = rng * 1664525u + 1013904223u;
    return rng >> 16;
}

/* frame i of a synthetic sequence: reference and distorted luma, bpc 8 or 10 */
static void make_frame(void *refp, void *disp, unsigned w, unsigned h, unsigned bpc, unsigned i)
{
    unsigned x, y, maxv = (1u << bpc) - 1;
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++) {
            unsigned xs = x + 3 * i, ys = y + i;
            int v = (int)((xs * 255u / (w + 64)) / 2 + (ys * 255u / (h + 64)) / 4 + ((xs / 7 + ys / 5) & 31) + (rnd() & 7));
            int d = v + (int)(rnd() % 9) - 4 + (((x ^ y) & 8) ? 2 : -2);
            if (bpc > 8) {
                v <<= bpc - 8;
                d <<= bpc - 8;
            }
            if (v < 0) v = 0;
            if (d < 0) d = 0;
            if (v > (int)maxv) v = (int)maxv;
            if (d > (int)maxv) d = (int)maxv;
            if (bpc > 8) {
                ((uint16_t *)refp)[(size_t)y * w + x] = (uint16_t)v;
                ((uint16_t *)disp)[(size_t)y * w + x] = (uint16_t)d;
            } else {
                ((uint8_t *)refp)[(size_t)y * w + x] = (uint8_t)v;
                ((uint8_t *)disp)[(size_t)y * w + x] = (uint8_t)d;
            }
        }
}

static void sink(void *user, unsigned index, const char *key, double v)
{
    (void)index;
    (void)key;
    *(double *)user += v;
}

int main(int argc, char **argv)
{
    const char *sizes = "1080p,4k", *only = NULL;
    int want_int = 1, want_float = 1;
    unsigned device = 0, frames = 30, bpc = 8, nbuf = 4;
    VmafVkConfig cfg;
    VmafVkContext *ctx;
    int i, err;
    char list[256], *tok;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--device") && i + 1 < argc) device = (unsigned)atoi(argv[++i]);
        else if (!strcmp(argv[i], "--frames") && i + 1 < argc) frames = (unsigned)atoi(argv[++i]);
        else if (!strcmp(argv[i], "--bpc") && i + 1 < argc) bpc = (unsigned)atoi(argv[++i]);
        else if (!strcmp(argv[i], "--sizes") && i + 1 < argc) sizes = argv[++i];
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
        else if (!strcmp(argv[i], "--int")) want_float = 0;
        else if (!strcmp(argv[i], "--float")) want_int = 0;
        else {
            fprintf(stderr, "usage: %s [--device N] [--frames N] [--bpc 8|10] [--sizes 1080p,4k,WxH] [--only NAME] [--int|--float]\n",
                    argv[0]);
            return 2;
        }
    }
    if (frames < 1 || (bpc != 8 && bpc != 10)) return 2;
    memset(&cfg, 0, sizeof cfg);
    cfg.device_index = device;
    err = vmaf_vk_context_create(&ctx, &cfg);
    if (err) {
        printf("no Vulkan device %u: %s\n", device, vmaf_result_string(err));
        return 1;
    }
    printf("device: %s, %u-bit, %u timed frames (after 2 warm-up)\n", vmaf_vk_context_device_name(ctx), bpc, frames);
    printf("%-10s %-12s %14s %14s %12s %12s\n", "size", "feature", "fps upl.incl", "fps upl.excl", "ms/frame", "gpu ms/frame");
    snprintf(list, sizeof list, "%s", sizes);
    for (tok = strtok(list, ","); tok; tok = strtok(NULL, ",")) {
        unsigned w, h, k, f;
        size_t bytes;
        void *ref[4], *dis[4];
        double tot_wall[2] = {0, 0}, tot_gpu[2] = {0, 0};
        int ran[2] = {0, 0};
        if (!strcmp(tok, "1080p")) { w = 1920; h = 1080; }
        else if (!strcmp(tok, "4k")) { w = 3840; h = 2160; }
        else if (sscanf(tok, "%ux%u", &w, &h) != 2) { fprintf(stderr, "bad size %s\n", tok); continue; }
        bytes = (size_t)w * h * (bpc > 8 ? 2 : 1);
        for (k = 0; k < nbuf; k++) {
            ref[k] = malloc(bytes);
            dis[k] = malloc(bytes);
            if (!ref[k] || !dis[k]) return 1;
            make_frame(ref[k], dis[k], w, h, bpc, k);
        }
        for (k = 0; vmaf_vk_extractor_name(k); k++) {
            const char *name = vmaf_vk_extractor_name(k);
            const VmafExtractor *t = vmaf_vk_context_extractor(ctx, name);
            const int flt = k >= 3;
            VmafExtractorArgs a;
            void *st;
            double wall = 0, gpu = 0, acc = 0;
            if (only && strcmp(only, name)) continue;
            if ((flt && !want_float) || (!flt && !want_int)) continue;
            memset(&a, 0, sizeof a);
            a.w = w;
            a.h = h;
            a.bpc = bpc;
            a.layout = VMAF_LAYOUT_400;
            a.user = t->user;
            err = t->create(&st, &a);
            if (err) {
                printf("%-10s %-12s  create failed: %s\n", tok, name, vmaf_result_string(err));
                continue;
            }
            for (f = 0; f < frames + 2 && !err; f++) {
                VmafFrame rf, df;
                VmafVkTiming tm;
                double t0;
                memset(&rf, 0, sizeof rf);
                rf.w = w;
                rf.h = h;
                rf.bpc = bpc;
                rf.layout = VMAF_LAYOUT_400;
                rf.data[0] = ref[f % nbuf];
                rf.stride[0] = (ptrdiff_t)(w * (bpc > 8 ? 2 : 1));
                df = rf;
                df.data[0] = dis[f % nbuf];
                t0 = now_s();
                err = t->push(st, &rf, &df, f, sink, &acc);
                if (f >= 2) {
                    wall += now_s() - t0;
                    if (vmaf_vk_last_timing(st, &tm) == 0 && tm.valid) gpu += tm.compute_ms / 1000.0;
                }
            }
            if (t->flush) t->flush(st, sink, &acc);
            t->destroy(st);
            if (err) {
                printf("%-10s %-12s  push failed: %s\n", tok, name, vmaf_result_string(err));
                continue;
            }
            tot_wall[flt] += wall;
            tot_gpu[flt] += gpu;
            ran[flt]++;
            printf("%-10s %-12s %14.1f %14.1f %12.3f %12.3f\n", tok, name, frames / wall, gpu > 0 ? frames / gpu : 0.0,
                   1000.0 * wall / frames, 1000.0 * gpu / frames);
        }
        for (k = 0; k < 2 && !only; k++)
            if (ran[k] == 3)
                printf("%-10s %-12s %14.1f %14.1f %12.3f %12.3f\n", tok, k ? "all float" : "all integer", frames / tot_wall[k],
                       tot_gpu[k] > 0 ? frames / tot_gpu[k] : 0.0, 1000.0 * tot_wall[k] / frames, 1000.0 * tot_gpu[k] / frames);
        for (k = 0; k < nbuf; k++) {
            free(ref[k]);
            free(dis[k]);
        }
    }
    vmaf_vk_context_destroy(ctx);
    return 0;
}
