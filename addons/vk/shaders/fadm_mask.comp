#version 450
/* fadm_mask.comp - float ADM per-coefficient terms of the masking and denominator sums
   (SPEC 4.1, 4.10; libvmaf adm_tools.c adm_csf_s, adm_cm_s, adm_csf_den_scale_s). One
   invocation = one coefficient (i, j) of the crop; neighbours index -1 -> 1 and n -> n-1.
   Writes nine planes: for the DLM numerator (signal r, masker a), the AIM numerator (signal a,
   masker r) and the denominator (|rf o|), per orientation H, V, D, the cube of the masked
   value. CSF: c = rf * m, its 1/30 share (float)(C30 * |c|) with a double C30; the
   threshold of each orientation adds the eight neighbours' shares in float and the centre
   term C15 * |c| in double, in the reference's order; thr = H + V + D. The row sums are
   formed by rowsum.comp in column order. */
#extension GL_GOOGLE_include_directive : require
#include "vk_common.glsl"

layout(local_size_x = 16, local_size_y = 16) in;
layout(std430, binding = 2) readonly buffer BandRef { float band_ref[]; };
layout(std430, binding = 3) readonly buffer BandDis { float band_dis[]; }; /* restored r in H, V, D */
layout(std430, binding = 4) buffer Work { float work[]; };               /* a planes, term planes */

layout(push_constant) uniform PC {
    uint wb, hb;
    uint top, left, bottom, right; /* crop */
    uint off_h, off_v, off_d;
    uint add_off, term_off, plane;
    uint rf[3];                    /* float bits */
    uint c30_lo, c30_hi, c15_lo, c15_hi;
    uint bypass;
} pc;

float sig(uint which, uint q, uint idx) /* 0: restored r, 1: additive a */
{
    const uint offs[3] = uint[](pc.off_h, pc.off_v, pc.off_d);
    return which == 0u ? band_dis[offs[q] + idx] : work[pc.add_off + q * pc.plane + idx];
}

float share(float rf, float m, double c30) /* (float)(C30 * |rf * m|) */
{
    precise float c = rf * m;
    precise double v = c30 * double(abs(c));
    return float(v);
}

/* masked terms of one numerator: signal `s` (0 r, 1 a), masker the other */
void terms(uint s, uint i, uint j, uint im, uint ip, uint jm, uint jp, float rf[3], double c30, double c15, out float o[3])
{
    const uint m = 1u - s, W = pc.wb;
    precise float thr = 0.0;
    if (pc.bypass == 0u) {
        for (uint q = 0u; q < 3u; q++) {
            precise float sum = 0.0;
            sum = sum + share(rf[q], sig(m, q, im * W + jm), c30);
            sum = sum + share(rf[q], sig(m, q, im * W + j), c30);
            sum = sum + share(rf[q], sig(m, q, im * W + jp), c30);
            sum = sum + share(rf[q], sig(m, q, i * W + jm), c30);
            precise float cc = rf[q] * sig(m, q, i * W + j);
            precise double ct = c15 * double(abs(cc));
            precise double sd = double(sum) + ct;
            sum = float(sd);
            sum = sum + share(rf[q], sig(m, q, i * W + jp), c30);
            sum = sum + share(rf[q], sig(m, q, ip * W + jm), c30);
            sum = sum + share(rf[q], sig(m, q, ip * W + j), c30);
            sum = sum + share(rf[q], sig(m, q, ip * W + jp), c30);
            thr = thr + sum;
        }
    }
    for (uint q = 0u; q < 3u; q++) {
        precise float v = sig(s, q, i * W + j) * rf[q];
        precise float x = abs(v) - thr;
        x = x < 0.0 ? 0.0 : x;
        precise float x2 = x * x;
        precise float x3 = x2 * x;
        o[q] = x3;
    }
}

void main()
{
    const uint j = pc.left + gl_GlobalInvocationID.x, i = pc.top + gl_GlobalInvocationID.y;
    if (j >= pc.right || i >= pc.bottom) return;
    const uint W = pc.wb, H = pc.hb;
    const uint im = i == 0u ? 1u : i - 1u, ip = i == H - 1u ? H - 1u : i + 1u;
    const uint jm = j == 0u ? 1u : j - 1u, jp = j == W - 1u ? W - 1u : j + 1u;
    const double c30 = packDouble2x32(uvec2(pc.c30_lo, pc.c30_hi)), c15 = packDouble2x32(uvec2(pc.c15_lo, pc.c15_hi));
    float rf[3];
    for (int q = 0; q < 3; q++) rf[q] = uintBitsToFloat(pc.rf[q]);
    const uint offs[3] = uint[](pc.off_h, pc.off_v, pc.off_d);
    const uint x = i * W + j;
    float o[3];
    terms(0u, i, j, im, ip, jm, jp, rf, c30, c15, o);
    for (uint q = 0u; q < 3u; q++) work[pc.term_off + q * pc.plane + x] = o[q];
    terms(1u, i, j, im, ip, jm, jp, rf, c30, c15, o);
    for (uint q = 0u; q < 3u; q++) work[pc.term_off + (3u + q) * pc.plane + x] = o[q];
    for (uint q = 0u; q < 3u; q++) {
        precise float v = rf[q] * band_ref[offs[q] + x];
        precise float a = abs(v);
        precise float a2 = a * a;
        precise float a3 = a2 * a;
        work[pc.term_off + (6u + q) * pc.plane + x] = a3;
    }
}
