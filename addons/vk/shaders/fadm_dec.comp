#version 450
/* fadm_dec.comp - float ADM decouple (SPEC 4.10; libvmaf adm_tools.c adm_decouple_s). One
   invocation = one coefficient: k = clamp(t / (o + 1e-30), 0, 1), r = k * o, the enhancement
   step in double when the (H, V) angles of o and t are within 1 degree, a = t - r. The
   restored r overwrites the distorted band (t is read first, as in the reference); a goes to
   three planes in `work`. The division is n * rcp(d) with rcp emulated bit for bit from the
   table of the host's rcpss (x86: libvmaf's DIVS; table[m] = rcpss(1 + m / 4096)), or a
   correctly rounded division (through double) when the host divides exactly. */
#extension GL_GOOGLE_include_directive : require
#include "vk_common.glsl"

layout(local_size_x = 16, local_size_y = 16) in;
layout(std430, binding = 2) readonly buffer BandRef { float band_ref[]; };
layout(std430, binding = 3) buffer BandDis { float band_dis[]; };
layout(std430, binding = 4) buffer Work { uint work[]; }; /* [0, 4096): rcp table; then a planes */

layout(push_constant) uniform PC {
    uint wb, hb;
    uint off_h, off_v, off_d; /* band planes (ref and dis) */
    uint add_off;             /* word offset of the three additive planes in work */
    uint plane;               /* words per plane */
    uint egl_lo, egl_hi;      /* double adm_enhn_gain_limit */
    uint cos2_bits, eps_bits; /* float cos^2(1 deg), float 1e-30 */
    uint rcp;                 /* 1: rcpss emulation, 0: exact division */
} pc;

/* rcpss(d): the table holds the result for d in [1, 2) by its top 12 mantissa bits; the
   exponent scales it; zero and denormal d give inf, results below the normal range 0. */
float rcp_emul(float d)
{
    const uint a = floatBitsToUint(d), s = a & 0x80000000u, e = (a >> 23) & 0xFFu, m = a & 0x7FFFFFu;
    if (e == 0u) return uintBitsToFloat(s | 0x7F800000u);
    if (e == 255u) return uintBitsToFloat(m != 0u ? (a | 0x400000u) : s);
    const uint t = work[m >> 11];
    const int te = int((t >> 23) & 0xFFu) - (int(e) - 127);
    if (te <= 0) return uintBitsToFloat(s);
    if (te >= 255) return uintBitsToFloat(s | 0x7F800000u);
    return uintBitsToFloat(s | (uint(te) << 23) | (t & 0x7FFFFFu));
}

float divs(float n, float d)
{
    if (pc.rcp != 0u) {
        const float y = rcp_emul(d);
        precise float dy = d * y;
        precise float one = 1.0 - dy;
        precise float yc = y * one;
        precise float yn = y + yc;
        precise float r = n * yn;
        return r;
    }
    precise double q = double(n) / double(d);
    return float(q);
}

void main()
{
    const uint j = gl_GlobalInvocationID.x, i = gl_GlobalInvocationID.y;
    if (j >= pc.wb || i >= pc.hb) return;
    const uint x = i * pc.wb + j;
    const uint offs[3] = uint[](pc.off_h, pc.off_v, pc.off_d);
    const double egl = packDouble2x32(uvec2(pc.egl_lo, pc.egl_hi));
    const float cos2 = uintBitsToFloat(pc.cos2_bits), eps = uintBitsToFloat(pc.eps_bits);
    float o[3], t[3];
    for (int q = 0; q < 3; q++) {
        o[q] = band_ref[offs[q] + x];
        t[q] = band_dis[offs[q] + x];
    }
    precise float p1 = o[0] * t[0], p2 = o[1] * t[1];
    precise float dp = p1 + p2;
    precise float q1 = o[0] * o[0], q2 = o[1] * o[1];
    precise float om = q1 + q2;
    precise float u1 = t[0] * t[0], u2 = t[1] * t[1];
    precise float tm = u1 + u2;
    precise float dd = dp * dp;
    precise float c1 = cos2 * om;
    precise float c2 = c1 * tm;
    const bool angle = dp >= 0.0 && dd >= c2;
    for (int q = 0; q < 3; q++) {
        precise float den = o[q] + eps;
        float k = divs(t[q], den);
        k = k < 0.0 ? 0.0 : (k > 1.0 ? 1.0 : k);
        precise float r = k * o[q];
        if (angle && r > 0.0) {
            precise double re = double(r) * egl;
            r = float(re < double(t[q]) ? re : double(t[q]));
        }
        if (angle && r < 0.0) {
            precise double re = double(r) * egl;
            r = float(re > double(t[q]) ? re : double(t[q]));
        }
        precise float a = t[q] - r;
        band_dis[offs[q] + x] = r;
        work[pc.add_off + uint(q) * pc.plane + x] = floatBitsToUint(a);
    }
}
