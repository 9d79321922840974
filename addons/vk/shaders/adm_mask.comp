#version 450
/* adm_mask.comp - integer ADM contrast masking (numerator, DLM and AIM) and the reference
   energy (denominator) of one scale (SPEC 4.6-4.8; libvmaf integer_adm.c adm_csf, i4_adm_csf,
   adm_cm, i4_adm_cm, adm_csf_den_scale, adm_csf_den_s123). One workgroup = one row of the
   crop [top, bottom) x [left, right). The CSF of the masker band is recomputed from the
   decoupled bands at each neighbour (pure integer, identical to the stored CSF of the
   reference). Per row, the nine int64 sums (DLM h/v/d, AIM h/v/d, den h/v/d) get the
   reference's per-row rounding shift before they are added to the result slots. */
#extension GL_GOOGLE_include_directive : require
#define VK_WG 256u
#include "vk_common.glsl"

layout(local_size_x = 256) in;
layout(std430, binding = 2) readonly buffer BandRef { int band_ref[]; };
layout(std430, binding = 4) readonly buffer Dec { int dec[]; };
layout(std430, binding = 5) buffer Res { uint res[]; };

layout(push_constant) uniform PC {
    uint wb, hb;
    uint top, left, right;
    uint scale;
    uint plane;                 /* words per plane in dec */
    uint off_h, off_v, off_d;   /* reference detail bands (denominator) */
    uint rf0, rf1, rf2;         /* scale 0: i_rfactor (Q21, Q21, Q23); else (uint32)(f * 2^32) */
    uint shc_hv, shc_d;         /* cube shifts of the masking sums */
    uint shr;                   /* per-row shift of the masking sums: ceil(log2(hb)) */
    uint den_shq, den_shc, den_sha; /* denominator shifts (scale 0: only den_sha) */
    uint aim;                   /* 1: compute AIM too */
    uint slot;                  /* first of 9 result slots */
} pc;

uint rfactor(int t) { return t == 0 ? pc.rf0 : (t == 1 ? pc.rf1 : pc.rf2); }

/* CSF of a masker coefficient (the `dst` band of adm_csf / i4_adm_csf) */
int csf(int m, int t)
{
    if (pc.scale == 0u) {
        const int sh = t == 2 ? 17 : 15;
        const int add = t == 2 ? 65535 : 16384;
        return vk_wrap16((int(rfactor(t)) * m + add) >> sh);
    }
    return int((int64_t(rfactor(t)) * int64_t(m) + 134217728l) >> 28);
}
/* the `flt` band: |csf| / 30 */
int flt(int c)
{
    if (pc.scale == 0u) return vk_wrap16((4369 * abs(c) + 2048) >> 12);
    return int((143165577l * int64_t(abs(c)) - 2147483648l) >> 32);
}
/* centre term: |csf| / 15 */
int centre(int c)
{
    if (pc.scale == 0u) return vk_wrap16((8738 * abs(c) + 2048) >> 12);
    return int((286331153l * int64_t(abs(c)) - 2147483648l) >> 32);
}

/* masking threshold at (i, j) from the masker planes starting at plane index p0 */
int threshold(uint p0, int i, int j)
{
    const int H = int(pc.hb), W = int(pc.wb);
    int rows[3] = int[](i == 0 ? 1 : i - 1, i, i == H - 1 ? H - 1 : i + 1);
    int cols[3] = int[](j == 0 ? 1 : j - 1, j, j == W - 1 ? W - 1 : j + 1);
    int thr = 0;
    for (int t = 0; t < 3; t++) {
        uint base = (p0 + uint(t)) * pc.plane;
        int sum = 0;
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) {
                int c = csf(dec[base + uint(rows[a]) * pc.wb + uint(cols[b])], t);
                sum += (a == 1 && b == 1) ? centre(c) : flt(c);
            }
        thr += sum;
    }
    return thr;
}

/* one masked term max(|x| - thr, 0)^3 with the reference's rounding */
int64_t masked(int s, int t, int thr)
{
    if (pc.scale == 0u) {
        int x = s * int(rfactor(t));
        x = abs(x) - (thr << (t == 2 ? 12 : 10));
        x = max(x, 0);
        int xsq = int((int64_t(x) * int64_t(x) + (t == 2 ? 536870912l : 268435456l)) >> (t == 2 ? 30 : 29));
        uint shc = t == 2 ? pc.shc_d : pc.shc_hv;
        int64_t addc = shc > 0u ? (1l << (shc - 1u)) : 0l;
        return (int64_t(xsq) * int64_t(x) + addc) >> shc;
    }
    int x = int((int64_t(s) * int64_t(rfactor(t)) + 134217728l) >> 28);
    x = abs(x) - thr;
    x = max(x, 0);
    int xsq = int((int64_t(x) * int64_t(x) + 536870912l) >> 30);
    int64_t addc = pc.shc_hv > 0u ? (1l << (pc.shc_hv - 1u)) : 0l;
    return (int64_t(xsq) * int64_t(x) + addc) >> pc.shc_hv;
}

int64_t energy(int o)
{
    if (pc.scale == 0u) {
        uint64_t a = uint64_t(uint(abs(o)) & 0xFFFFu);
        return int64_t(a * a * a);
    }
    uint64_t a = uint64_t(uint(abs(o)));
    uint64_t q = (a * a + (1ul << pc.den_shq)) >> pc.den_shq;
    uint64_t addc = pc.den_shc > 0u ? (1ul << (pc.den_shc - 1u)) : 0ul;
    return int64_t((q * a + addc) >> pc.den_shc);
}

void main()
{
    const uint lid = gl_LocalInvocationID.x;
    const int i = int(pc.top + gl_WorkGroupID.y);
    int64_t acc[9];
    for (int q = 0; q < 9; q++) acc[q] = 0l;
    for (uint ju = pc.left + lid; ju < pc.right; ju += 256u) {
        const int j = int(ju);
        const uint o = uint(i) * pc.wb + ju;
        int thr = threshold(3u, i, j); /* DLM: masker A (planes 3..5), signal R */
        for (int t = 0; t < 3; t++) acc[t] += masked(dec[uint(t) * pc.plane + o], t, thr);
        if (pc.aim != 0u) {
            thr = threshold(0u, i, j); /* AIM: masker R, signal A */
            for (int t = 0; t < 3; t++) acc[3 + t] += masked(dec[uint(3 + t) * pc.plane + o], t, thr);
        }
        acc[6] += energy(band_ref[pc.off_h + o]);
        acc[7] += energy(band_ref[pc.off_v + o]);
        acc[8] += energy(band_ref[pc.off_d + o]);
    }
    for (int q = 0; q < 9; q++) acc[q] = vk_reduce(acc[q]);
    if (lid == 0u) {
        const int64_t addr = pc.shr > 0u ? (1l << (pc.shr - 1u)) : 0l;
        const int64_t adda = pc.den_sha > 0u ? (1l << (pc.den_sha - 1u)) : 0l;
        for (uint q = 0u; q < 6u; q++) {
            int64_t v = (acc[q] + addr) >> pc.shr;
            VK_ATOMIC_ADD64(res, pc.slot + q, v);
        }
        for (uint q = 6u; q < 9u; q++) {
            int64_t v = int64_t((uint64_t(acc[q]) + uint64_t(adda)) >> pc.den_sha);
            VK_ATOMIC_ADD64(res, pc.slot + q, v);
        }
    }
}
