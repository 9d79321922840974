#version 450
/* adm_dwt.comp - integer ADM DWT at scales 1..3 of the previous scale's A band (SPEC 4.3;
   libvmaf integer_adm.c adm_dwt2_s123_combined): int64 accumulation, int32 results, with the
   per-scale vertical and horizontal rounding. One invocation = one coefficient of image z. */
#extension GL_GOOGLE_include_directive : require
#include "vk_common.glsl"

layout(local_size_x = 16, local_size_y = 16) in;
layout(std430, binding = 2) buffer BandRef { int band_ref[]; };
layout(std430, binding = 3) buffer BandDis { int band_dis[]; };

layout(push_constant) uniform PC {
    uint w_in, h_in; /* previous band */
    uint wb, hb;     /* this scale's bands */
    uint off_in;     /* previous A band */
    uint off_a, off_h, off_v, off_d;
    uint v_add, v_shift, h_add, h_shift;
} pc;

int load(uint z, uint idx) { return z == 0u ? band_ref[idx] : band_dis[idx]; }
void store(uint z, uint idx, int v)
{
    if (z == 0u) band_ref[idx] = v;
    else band_dis[idx] = v;
}

void main()
{
    const uint j = gl_GlobalInvocationID.x, i = gl_GlobalInvocationID.y, z = gl_GlobalInvocationID.z;
    if (j >= pc.wb || i >= pc.hb) return;
    const int W = int(pc.w_in), H = int(pc.h_in);
    uint rows[4], cols[4];
    for (int m = 0; m < 4; m++) {
        rows[m] = uint(vk_symr(2 * int(i) - 1 + m, H));
        cols[m] = uint(vk_symr(2 * int(j) - 1 + m, W));
    }
    int tlo[4], thi[4];
    for (int c = 0; c < 4; c++) {
        int64_t alo = 0l, ahi = 0l;
        for (int m = 0; m < 4; m++) {
            int64_t s = int64_t(load(z, pc.off_in + rows[m] * pc.w_in + cols[c]));
            alo += int64_t(VK_DB2_LO[m]) * s;
            ahi += int64_t(VK_DB2_HI[m]) * s;
        }
        tlo[c] = int((alo + int64_t(pc.v_add)) >> pc.v_shift);
        thi[c] = int((ahi + int64_t(pc.v_add)) >> pc.v_shift);
    }
    int64_t a = 0l, v = 0l, hh = 0l, d = 0l;
    for (int c = 0; c < 4; c++) {
        a += int64_t(VK_DB2_LO[c]) * int64_t(tlo[c]);
        v += int64_t(VK_DB2_HI[c]) * int64_t(tlo[c]);
        hh += int64_t(VK_DB2_LO[c]) * int64_t(thi[c]);
        d += int64_t(VK_DB2_HI[c]) * int64_t(thi[c]);
    }
    const uint o = i * pc.wb + j;
    const int64_t ha = int64_t(pc.h_add);
    store(z, pc.off_a + o, int((a + ha) >> pc.h_shift));
    store(z, pc.off_v + o, int((v + ha) >> pc.h_shift));
    store(z, pc.off_h + o, int((hh + ha) >> pc.h_shift));
    store(z, pc.off_d + o, int((d + ha) >> pc.h_shift));
}
