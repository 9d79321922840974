#version 450
/* adm_dwt0.comp - integer ADM scale-0 DWT of the input planes (SPEC 4.2-4.3; libvmaf
   integer_adm.c adm_dwt2_8/16 with dwt2_src_indices_filt). One invocation = one coefficient
   (i, j) of the four bands of image z (0 ref, 1 dis). int32 arithmetic wraps like the
   reference; the intermediate rows and the bands are int16 (kept as sign-extended ints). */
#extension GL_GOOGLE_include_directive : require
#include "vk_common.glsl"

layout(local_size_x = 16, local_size_y = 16) in;
layout(std430, binding = 0) readonly buffer RawRef { uint raw_ref[]; };
layout(std430, binding = 1) readonly buffer RawDis { uint raw_dis[]; };
layout(std430, binding = 2) buffer BandRef { int band_ref[]; };
layout(std430, binding = 3) buffer BandDis { int band_dis[]; };

layout(push_constant) uniform PC {
    uint w, h;       /* frame */
    uint wb, hb;     /* bands: (w+1)/2 x (h+1)/2 */
    uint bpc, bpc8;
    uint off_a, off_h, off_v, off_d;
} pc;

uint load(uint z, uint idx)
{
    if (z == 0u) return VK_RAW_SAMPLE(raw_ref, 0u, idx, pc.bpc8 != 0u);
    return VK_RAW_SAMPLE(raw_dis, 0u, idx, pc.bpc8 != 0u);
}
void store(uint z, uint idx, int v)
{
    if (z == 0u) band_ref[idx] = v;
    else band_dis[idx] = v;
}

void main()
{
    const uint j = gl_GlobalInvocationID.x, i = gl_GlobalInvocationID.y, z = gl_GlobalInvocationID.z;
    if (j >= pc.wb || i >= pc.hb) return;
    const int W = int(pc.w), H = int(pc.h);
    const int sh = int(pc.bpc), add = 1 << (sh - 1);
    uint rows[4], cols[4];
    for (int m = 0; m < 4; m++) {
        rows[m] = uint(vk_symr(2 * int(i) - 1 + m, H));
        cols[m] = uint(vk_symr(2 * int(j) - 1 + m, W));
    }
    int tlo[4], thi[4];
    for (int c = 0; c < 4; c++) {
        int alo = 0, ahi = 0;
        for (int m = 0; m < 4; m++) {
            int p = int(load(z, rows[m] * pc.w + cols[c]));
            alo += VK_DB2_LO[m] * p;
            ahi += VK_DB2_HI[m] * p;
        }
        alo -= 46342 * add;
        tlo[c] = vk_wrap16((alo + add) >> sh);
        thi[c] = vk_wrap16((ahi + add) >> sh);
    }
    int a = 0, v = 0, hh = 0, d = 0;
    for (int c = 0; c < 4; c++) {
        a += VK_DB2_LO[c] * tlo[c];
        v += VK_DB2_HI[c] * tlo[c];
        hh += VK_DB2_LO[c] * thi[c];
        d += VK_DB2_HI[c] * thi[c];
    }
    const uint o = i * pc.wb + j;
    store(z, pc.off_a + o, vk_wrap16((a + 32768) >> 16));
    store(z, pc.off_v + o, vk_wrap16((v + 32768) >> 16));
    store(z, pc.off_h + o, vk_wrap16((hh + 32768) >> 16));
    store(z, pc.off_d + o, vk_wrap16((d + 32768) >> 16));
}
