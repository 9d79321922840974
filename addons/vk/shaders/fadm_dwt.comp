#version 450
/* fadm_dwt.comp - float ADM DWT of one scale (SPEC 4.2, 4.10; libvmaf adm_tools.c
   adm_dwt2_s). One invocation = one coefficient (i, j) of the four bands of image z (0 ref,
   1 dis). The four intermediate rows (vertical filter, acc from 0 in tap order) are formed at
   the four source columns of j, then the horizontal filters; sources mirror with the
   symmetric index map. Scale 0 reads the input planes (p / 2^(bpc-8) - 128), scales 1..3 the
   previous A band. The filter taps come as float bits from the host. */
#extension GL_GOOGLE_include_directive : require
#include "vk_common.glsl"
#include "vk_float.glsl"

layout(local_size_x = 16, local_size_y = 16) in;
layout(std430, binding = 0) readonly buffer RawRef { uint raw_ref[]; };
layout(std430, binding = 1) readonly buffer RawDis { uint raw_dis[]; };
layout(std430, binding = 2) buffer BandRef { float band_ref[]; };
layout(std430, binding = 3) buffer BandDis { float band_dis[]; };

layout(push_constant) uniform PC {
    uint w_in, h_in;   /* input size */
    uint wb, hb;       /* band size */
    uint raw, bpc8, inv_bits;
    uint off_in;       /* previous A band (raw = 0) */
    uint off_a, off_h, off_v, off_d;
    uint lo[4], hi[4]; /* float bits of the db2 filters */
} pc;

float load(uint z, uint idx)
{
    const bool b8 = pc.bpc8 != 0u;
    if (pc.raw != 0u) {
        if (z == 0u) return vk_raw_to_float(VK_RAW_SAMPLE(raw_ref, 0u, idx, b8), b8, uintBitsToFloat(pc.inv_bits));
        return vk_raw_to_float(VK_RAW_SAMPLE(raw_dis, 0u, idx, b8), b8, uintBitsToFloat(pc.inv_bits));
    }
    return z == 0u ? band_ref[pc.off_in + idx] : band_dis[pc.off_in + idx];
}
void store(uint z, uint idx, float v)
{
    if (z == 0u) band_ref[idx] = v;
    else band_dis[idx] = v;
}

void main()
{
    const uint j = gl_GlobalInvocationID.x, i = gl_GlobalInvocationID.y, z = gl_GlobalInvocationID.z;
    if (j >= pc.wb || i >= pc.hb) return;
    const int W = int(pc.w_in), H = int(pc.h_in);
    float L[4], F[4];
    uint rows[4], cols[4];
    for (int m = 0; m < 4; m++) {
        L[m] = uintBitsToFloat(pc.lo[m]);
        F[m] = uintBitsToFloat(pc.hi[m]);
        rows[m] = uint(vk_symr(2 * int(i) - 1 + m, H));
        cols[m] = uint(vk_symr(2 * int(j) - 1 + m, W));
    }
    float tlo[4], thi[4];
    for (int c = 0; c < 4; c++) {
        float x[4];
        for (int m = 0; m < 4; m++) x[m] = load(z, rows[m] * pc.w_in + cols[c]);
        precise float a = 0.0;
        for (int m = 0; m < 4; m++) a = a + L[m] * x[m];
        tlo[c] = a;
        precise float b = 0.0;
        for (int m = 0; m < 4; m++) b = b + F[m] * x[m];
        thi[c] = b;
    }
    precise float a = 0.0, v = 0.0, hh = 0.0, d = 0.0;
    for (int c = 0; c < 4; c++) {
        a = a + L[c] * tlo[c];
        v = v + F[c] * tlo[c];
        hh = hh + L[c] * thi[c];
        d = d + F[c] * thi[c];
    }
    const uint o = i * pc.wb + j;
    store(z, pc.off_a + o, a);
    store(z, pc.off_v + o, v);
    store(z, pc.off_h + o, hh);
    store(z, pc.off_d + o, d);
}
