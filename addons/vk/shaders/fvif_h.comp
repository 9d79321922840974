#version 450
/* fvif_h.comp - float VIF horizontal filter pass (SPEC 3.3-3.5; libvmaf vif_tools.c). Mode 0:
   one invocation = one pixel: the five vertically filtered quantities are filtered
   horizontally (reflect-101 columns, acc += f[k] * v from 0 in tap order), then the per-pixel
   statistic of vif_statistic_s gives num and den, written to two planes (the row sums are
   formed by rowsum.comp in column order). Mode 1 (decimation): pixel (j, i) of the next level
   is the horizontal filter at column 2j of the blurred row i, for ref and dis. */
#extension GL_GOOGLE_include_directive : require
#include "vk_common.glsl"
#include "vk_float.glsl"

layout(local_size_x = 64, local_size_y = 4) in;
layout(std430, binding = 2) buffer Lv { float lv[]; };            /* taps, levels */
layout(std430, binding = 3) readonly buffer Tmp { float tmp[]; }; /* vertical pass output */
layout(std430, binding = 4) writeonly buffer Nd { float nd[]; };  /* num plane, den plane */

layout(push_constant) uniform PC {
    uint w, h;          /* width of the rows in tmp, rows in tmp */
    uint fw, tap_off;
    uint mode;          /* 0: statistic, 1: decimation */
    uint w_out;         /* mode 1: w / 2 */
    uint dst_ref, dst_dis; /* mode 1: float offsets of the next level in lv */
    uint egl_bits;      /* float vif_enhn_gain_limit */
    uint nsq_lo, nsq_hi; /* double vif_sigma_nsq */
    uint smi_bits;      /* float (double)powf(nsq, 2) / 65025 */
} pc;

float hfilt(uint q, uint plane, uint y, int xc)
{
    const int W = int(pc.w), r = int(pc.fw / 2u);
    const uint base = q * plane + y * pc.w;
    precise float a = 0.0;
    for (int k = 0; k < int(pc.fw); k++) a = a + lv[pc.tap_off + uint(k)] * tmp[base + uint(vk_r101(xc - r + k, W))];
    return a;
}

void main()
{
    const uint x = gl_GlobalInvocationID.x, y = gl_GlobalInvocationID.y;
    const uint plane = pc.w * pc.h;
    if (pc.mode == 1u) {
        if (x >= pc.w_out || y >= pc.h) return;
        lv[pc.dst_ref + y * pc.w_out + x] = hfilt(0u, plane, y, 2 * int(x));
        lv[pc.dst_dis + y * pc.w_out + x] = hfilt(1u, plane, y, 2 * int(x));
        return;
    }
    if (x >= pc.w || y >= pc.h) return;
    const float eps = uintBitsToFloat(0x2edbe6ffu); /* 1.0e-10f */
    const float egl = uintBitsToFloat(pc.egl_bits), smi = uintBitsToFloat(pc.smi_bits);
    const double nsq = packDouble2x32(uvec2(pc.nsq_lo, pc.nsq_hi));
    const float mu1 = hfilt(0u, plane, y, int(x)), mu2 = hfilt(1u, plane, y, int(x));
    const float xx = hfilt(2u, plane, y, int(x)), yy = hfilt(3u, plane, y, int(x)), xy = hfilt(4u, plane, y, int(x));
    precise float a1 = mu1 * mu1, a2 = mu2 * mu2, a12 = mu1 * mu2;
    precise float s1 = xx - a1, s2 = yy - a2;
    precise float s12 = xy - a12;
    s1 = s1 > 0.0 ? s1 : 0.0;
    s2 = s2 > 0.0 ? s2 : 0.0;
    /* float division through double: the double quotient of two floats rounded to float is
       the correctly rounded float quotient */
    precise float s1e = s1 + eps;
    precise double gq = double(s12) / double(s1e);
    precise float g = float(gq);
    precise float gs = g * s12;
    precise float sv = s2 - gs;
    if (s1 < eps) {
        g = 0.0;
        sv = s2;
        s1 = 0.0;
    }
    if (s2 < eps) {
        g = 0.0;
        sv = 0.0;
    }
    if (g < 0.0) {
        sv = s2;
        g = 0.0;
    }
    sv = sv > eps ? sv : eps;
    g = g < egl ? g : egl;
    precise float gg = g * g;
    precise float ggs = gg * s1;
    precise double nd1 = double(sv) + nsq;
    precise double q1 = double(ggs) / nd1;
    precise double v1 = 1.0lf + q1;
    precise double q2 = double(s1) / nsq;
    precise double v2 = 1.0lf + q2;
    float nv = vk_log2f(float(v1));
    float dv = vk_log2f(float(v2));
    if (s12 < 0.0) nv = 0.0;
    if (double(s1) < nsq) {
        precise float t = s2 * smi;
        nv = 1.0 - t;
        dv = 1.0;
    }
    nd[y * pc.w + x] = nv;
    nd[plane + y * pc.w + x] = dv;
}
