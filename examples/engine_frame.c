/* examples/engine_frame.c - per-frame features inside an engine loop, without touching the heap
   while running: the states live in one arena that the engine owns (the *_create_in API), the
   planes are views of the engine's own buffers (any stride), and motion streams frame by frame.

       cc -std=c99 -O2 -I. examples/engine_frame.c -o engine_frame -lm

   Only the three extractor headers are used; no model. Each prints its per-frame value. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define VMAF_VIF_IMPLEMENTATION
#define VMAF_ADM_IMPLEMENTATION
#define VMAF_MOTION_IMPLEMENTATION
#include "vmaf_vif.h"
#include "vmaf_adm.h"
#include "vmaf_motion.h"

enum { W = 320, H = 180, PITCH = 384 /* bytes per row of the "render target", > W */ };

/* A synthetic render target: a moving gradient; the "encoded" copy adds a little noise. */
static void render(unsigned char *ref, unsigned char *dis, unsigned t)
{
    unsigned x, y, seed = 12345u + t;
    for (y = 0; y < H; y++)
        for (x = 0; x < W; x++) {
            unsigned v = (x * 3 + y * 2 + t * 4) & 255u;
            seed = seed * 1103515245u + 12345u;
            ref[y * PITCH + x] = (unsigned char)v;
            dis[y * PITCH + x] = (unsigned char)(v > 250 ? v : v + ((seed >> 16) & 3u));
        }
}

int main(void)
{
    VmafVifConfig vc;
    VmafAdmConfig ac;
    VmafMotionConfig mc;
    VmafVifState *vif = NULL;
    VmafAdmState *adm = NULL;
    VmafMotionContext *mot = NULL;
    size_t nv = 0, na, nm;
    unsigned char *arena, *ref, *dis;
    unsigned t, i, n;
    VmafMotionScores ms[VMAF_MOTION_MAX_OUT];

    vmaf_vif_config_default(&vc, VMAF_VIF_INTEGER);
    vc.w = W; vc.h = H; vc.bpc = 8;
    vmaf_adm_config_default(&ac, VMAF_ADM_INTEGER);
    memset(&mc, 0, sizeof mc);
    mc.w = W; mc.h = H; mc.bpc = 8; mc.layout = VMAF_LAYOUT_400;

    /* one arena for all three states, sized up front (the engine could use a static pool) */
    if (vmaf_vif_memory_size(&vc, &nv)) return 1;
    na = vmaf_adm_memory_size(W, H, 8, &ac);
    nm = vmaf_motion_memory_size(&mc);
    if (!na || !nm) return 1;
    arena = (unsigned char *)malloc(nv + na + nm);
    ref = (unsigned char *)malloc((size_t)PITCH * H);
    dis = (unsigned char *)malloc((size_t)PITCH * H);
    if (!arena || !ref || !dis) return 1;
    if (vmaf_vif_create_in(&vif, arena, nv, &vc) || vmaf_adm_create_in(&adm, arena + nv, na, W, H, 8, &ac) ||
        vmaf_motion_create_in(&mot, arena + nv + na, nm, &mc)) {
        fprintf(stderr, "state creation failed\n");
        return 1;
    }
    printf("arena: %zu bytes for vif + adm + motion at %dx%d\n", nv + na + nm, W, H);

    for (t = 0; t < 5; t++) { /* the engine's frame loop: no allocation in here */
        VmafPlane r, d;
        VmafFrame rf;
        VmafVifScores vs;
        VmafAdmScores as;
        render(ref, dis, t);
        r.data = ref; r.stride = PITCH; r.w = W; r.h = H; r.bpc = 8;
        d = r;
        d.data = dis;
        memset(&rf, 0, sizeof rf);
        rf.data[0] = ref; rf.stride[0] = PITCH; rf.w = W; rf.h = H; rf.bpc = 8; rf.layout = VMAF_LAYOUT_400;
        if (vmaf_vif_compute(vif, &r, &d, &vs) || vmaf_adm_compute(adm, &r, &d, &as) || vmaf_motion_push(mot, &rf, ms, &n)) {
            fprintf(stderr, "frame %u failed\n", t);
            return 1;
        }
        printf("frame %u: vif_scale0 %f adm2 %f\n", t, vs.scale[0], as.adm2);
        for (i = 0; i < n; i++) printf("  motion2 of frame %u: %f\n", ms[i].index, ms[i].motion2);
    }
    vmaf_motion_flush(mot, ms, &n); /* the last frame's motion becomes final at the end */
    for (i = 0; i < n; i++) printf("  motion2 of frame %u: %f\n", ms[i].index, ms[i].motion2);

    vmaf_vif_destroy(vif); /* with *_create_in these free nothing: the arena is ours */
    vmaf_adm_destroy(adm);
    vmaf_motion_destroy(mot);
    free(arena);
    free(ref);
    free(dis);
    return 0;
}
