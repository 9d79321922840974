#version 450
/* vif_decimate.comp - integer VIF blur + 2x decimation from level s-1 to level s (SPEC 2.3;
   libvmaf integer_vif.c subsample_rd_8/16 + decimate_and_pad). Only the kept (even) samples
   are computed. One workgroup = 128 output samples of one output row: the vertical filter
   runs on input row 2i for the 256 + 2r input columns needed, then the horizontal filter. */
#extension GL_GOOGLE_include_directive : require
#include "vk_common.glsl"

layout(local_size_x = 128) in;
layout(std430, binding = 0) readonly buffer RawRef { uint raw_ref[]; };
layout(std430, binding = 1) readonly buffer RawDis { uint raw_dis[]; };
layout(std430, binding = 2) buffer LvlRef { uint lvl_ref[]; };
layout(std430, binding = 3) buffer LvlDis { uint lvl_dis[]; };

layout(push_constant) uniform PC {
    uint w_in, h_in;     /* level s-1 */
    uint w_out, h_out;   /* level s */
    uint scale;          /* s = 1..3: filter F_s */
    uint raw;            /* 1: level s-1 is the input plane */
    uint bpc8;
    uint src_off, dst_off;
    uint v_shift, v_add; /* vertical rounding: bpc / 2^(bpc-1) for s = 1, else 16 / 32768 */
} pc;

shared uint s_tr[264], s_td[264];

uint load_ref(uint idx)
{
    if (pc.raw != 0u) return VK_RAW_SAMPLE(raw_ref, 0u, idx, pc.bpc8 != 0u);
    return lvl_ref[pc.src_off + idx];
}
uint load_dis(uint idx)
{
    if (pc.raw != 0u) return VK_RAW_SAMPLE(raw_dis, 0u, idx, pc.bpc8 != 0u);
    return lvl_dis[pc.src_off + idx];
}

void main()
{
    const int W = int(pc.w_in), H = int(pc.h_in);
    const uint lid = gl_LocalInvocationID.x;
    const int i = int(gl_WorkGroupID.y);
    const int j0 = int(gl_WorkGroupID.x) * 128;
    const uint fw = VK_VIF_FW[pc.scale], fo = VK_VIF_FOFF[pc.scale];
    const int r = int(fw / 2u);
    const int Y = 2 * i, X0 = 2 * j0;
    const int ncols = 256 + 2 * r;

    for (int c = int(lid); c < ncols; c += 128) {
        int lx = X0 - r + c;
        if (lx >= W + r) break;
        uint xx = uint(vk_r101(lx, W));
        uint ar = 0u, ad = 0u;
        for (uint k = 0u; k < fw; k++) {
            uint yy = uint(vk_r101(Y - r + int(k), H));
            uint idx = yy * uint(W) + xx;
            uint f = VK_VIF_F[fo + k];
            ar += f * load_ref(idx);
            ad += f * load_dis(idx);
        }
        s_tr[c] = ((ar + pc.v_add) >> pc.v_shift) & 0xFFFFu;
        s_td[c] = ((ad + pc.v_add) >> pc.v_shift) & 0xFFFFu;
    }
    barrier();

    const int j = j0 + int(lid);
    if (j < int(pc.w_out)) {
        uint br = 0u, bd = 0u;
        for (uint k = 0u; k < fw; k++) {
            uint c = 2u * lid + k;
            uint f = VK_VIF_F[fo + k];
            br += f * s_tr[c];
            bd += f * s_td[c];
        }
        uint o = pc.dst_off + uint(i) * pc.w_out + uint(j);
        lvl_ref[o] = ((br + 32768u) >> 16) & 0xFFFFu;
        lvl_dis[o] = ((bd + 32768u) >> 16) & 0xFFFFu;
    }
}
