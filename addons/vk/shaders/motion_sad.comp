#version 450
/* motion_sad.comp - integer motion SAD between the previous and the current reference luma
   (SPEC 5.1, master "pipelined" form; libvmaf integer_motion.c motion_score_pipeline_8/16):
   5-tap vertical filter of the signed difference with rounding shift by bpc, 5-tap horizontal
   filter with rounding shift by 16, absolute values summed. One workgroup = 256 pixels of one
   row; the exact uint64 sum is added to one result slot. Each row sum fits 32 bits for widths
   up to 32768, so the reference's uint32 row accumulator never wraps and order is free. */
#extension GL_GOOGLE_include_directive : require
#define VK_WG 256u
#include "vk_common.glsl"

layout(local_size_x = 256) in;
layout(std430, binding = 0) readonly buffer Ring { uint ring[]; };
layout(std430, binding = 5) buffer Res { uint res[]; };

layout(push_constant) uniform PC {
    uint w, h;
    uint bpc, bpc8;
    uint prev_off, cur_off; /* word offsets of the two planes in the ring */
    uint slot;
} pc;

const int G[5] = int[](3571, 16004, 26386, 16004, 3571);
shared int s_t[260];

void main()
{
    const int W = int(pc.w), H = int(pc.h);
    const uint lid = gl_LocalInvocationID.x;
    const int y = int(gl_WorkGroupID.y);
    const int x0 = int(gl_WorkGroupID.x) * 256;
    const bool b8 = pc.bpc8 != 0u;
    const int64_t yround = 1l << (pc.bpc - 1u);
    for (int c = int(lid); c < 260; c += 256) {
        int lx = x0 - 2 + c;
        if (lx >= W + 2) break;
        uint xx = uint(vk_r101(lx, W));
        int64_t a = 0l;
        for (int k = 0; k < 5; k++) {
            uint idx = uint(vk_r101(y - 2 + k, H)) * uint(W) + xx;
            int d = int(VK_RAW_SAMPLE(ring, pc.prev_off, idx, b8)) - int(VK_RAW_SAMPLE(ring, pc.cur_off, idx, b8));
            a += int64_t(G[k]) * int64_t(d);
        }
        s_t[c] = int((a + yround) >> pc.bpc);
    }
    barrier();
    int64_t v = 0l;
    const int x = x0 + int(lid);
    if (x < W) {
        int64_t a = 0l;
        for (int k = 0; k < 5; k++) a += int64_t(G[k]) * int64_t(s_t[int(lid) + k]);
        v = int64_t(abs(int((a + 32768l) >> 16)));
    }
    v = vk_reduce(v);
    if (lid == 0u) VK_ATOMIC_ADD64(res, pc.slot, v);
}
