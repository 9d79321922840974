#version 450
/* adm_decouple.comp - integer ADM decoupling of the distorted detail bands into restored (R)
   and additive (A) parts (SPEC 4.4; libvmaf integer_adm.c adm_decouple, adm_decouple_s123).
   One invocation = one coefficient. Scale 0 uses int16 semantics, scales 1..3 int32 with
   the "best 15 bits" division. The angle test converts int64 values to float with
   round-to-nearest-even in integer code and then computes in double exactly as the reference
   (the products are `precise`, so no device contracts them). The enhancement step truncates
   (the scalar reference rule). */
#extension GL_GOOGLE_include_directive : require
#include "vk_common.glsl"

layout(local_size_x = 16, local_size_y = 16) in;
layout(std430, binding = 2) readonly buffer BandRef { int band_ref[]; };
layout(std430, binding = 3) readonly buffer BandDis { int band_dis[]; };
layout(std430, binding = 4) writeonly buffer Dec { int dec[]; };

layout(push_constant) uniform PC {
    uint wb, hb;
    uint off_h, off_v, off_d;  /* detail bands in band_ref/band_dis */
    uint plane;                /* words per plane in dec: R_h R_v R_d A_h A_v A_d */
    uint scale;
    uint egl_lo, egl_hi;       /* double adm_enhn_gain_limit */
    uint cos2_bits;            /* float (cos(1 deg))^2 */
} pc;

/* (double)(float)v, with the int64 -> float conversion rounded to nearest-even */
double f2d(int64_t v)
{
    if (v == 0l) return 0.0;
    bool neg = v < 0l;
    uint64_t u = neg ? uint64_t(-v) : uint64_t(v);
    int msb = vk_msb64(u);
    double r;
    if (msb <= 23) {
        r = double(u);
    } else {
        int sh = msb - 23;
        uint64_t m = u >> uint(sh);
        uint64_t rem = u & ((1ul << uint(sh)) - 1ul);
        uint64_t half_ = 1ul << uint(sh - 1);
        if (rem > half_ || (rem == half_ && (m & 1ul) != 0ul)) m += 1ul;
        r = ldexp(double(m), sh);
    }
    return neg ? -r : r;
}

/* the reference divides by 4096.0; multiplying by 2^-12 is the same exact scaling, and a
   multiply is correctly rounded on every device while a division need not be */
bool angle_test(int64_t dp, int64_t om, int64_t tm)
{
    const double inv4096 = 0.000244140625;
    double cos2 = double(uintBitsToFloat(pc.cos2_bits));
    precise double a = f2d(dp) * inv4096;
    if (!(a >= 0.0)) return false;
    precise double lhs = a * a;
    precise double om4 = f2d(om) * inv4096;
    precise double tm4 = f2d(tm) * inv4096;
    precise double r1 = cos2 * om4;
    precise double r2 = r1 * tm4;
    return lhs >= r2;
}

/* DIV[32768 + m] of the reference: 2^30 / |m| (integer division) with the sign of m */
int div_lut(int m)
{
    int q = int(0x40000000u / uint(abs(m)));
    return m < 0 ? -q : q;
}

/* enhancement: r = min(r * egl, t) if r > 0, max(...) if r < 0, truncated toward zero */
int enhance(int r, int t, int sgn)
{
    double egl = packDouble2x32(uvec2(pc.egl_lo, pc.egl_hi));
    precise double e = double(r) * egl;
    double lim = double(t);
    return sgn > 0 ? int(e < lim ? e : lim) : int(e > lim ? e : lim);
}

int restore0(int o, int t, bool angle)
{
    int k = 32768;
    if (o != 0) k = int((int64_t(div_lut(o)) * int64_t(t) + 16384l) >> 15);
    k = clamp(k, 0, 32768);
    int r = vk_wrap16((k * o + 16384) >> 15);
    if (angle && k > 0 && o != 0) r = vk_wrap16(enhance(r, t, o > 0 ? 1 : -1));
    return r;
}

int restore123(int o, int t, bool angle)
{
    int64_t k = 32768l;
    if (o != 0) {
        uint a = uint(abs(o));
        uint sh = 0u, m = a;
        if (a >= 32768u) {
            sh = uint(findMSB(a) - 14);
            m = (a + (1u << (sh - 1u))) >> sh;
        }
        int64_t sg = o < 0 ? -1l : 1l;
        k = ((int64_t(div_lut(int(m))) * int64_t(t)) * sg + (1l << (14u + sh))) >> (15u + sh);
    }
    k = clamp(k, 0l, 32768l);
    int r = int((k * int64_t(o) + 16384l) >> 15);
    if (angle && k > 0l && o != 0) r = enhance(r, t, o > 0 ? 1 : -1);
    return r;
}

void main()
{
    const uint j = gl_GlobalInvocationID.x, i = gl_GlobalInvocationID.y;
    if (j >= pc.wb || i >= pc.hb) return;
    const uint o = i * pc.wb + j;
    int oh = band_ref[pc.off_h + o], ov = band_ref[pc.off_v + o], od = band_ref[pc.off_d + o];
    int th = band_dis[pc.off_h + o], tv = band_dis[pc.off_v + o], td = band_dis[pc.off_d + o];
    int64_t dp = int64_t(oh) * int64_t(th) + int64_t(ov) * int64_t(tv);
    int64_t om = int64_t(oh) * int64_t(oh) + int64_t(ov) * int64_t(ov);
    int64_t tm = int64_t(th) * int64_t(th) + int64_t(tv) * int64_t(tv);
    bool angle = angle_test(dp, om, tm);
    int rh, rv, rd, ah, av, ad;
    if (pc.scale == 0u) {
        rh = restore0(oh, th, angle);
        rv = restore0(ov, tv, angle);
        rd = restore0(od, td, angle);
        ah = vk_wrap16(th - rh);
        av = vk_wrap16(tv - rv);
        ad = vk_wrap16(td - rd);
    } else {
        rh = restore123(oh, th, angle);
        rv = restore123(ov, tv, angle);
        rd = restore123(od, td, angle);
        ah = th - rh;
        av = tv - rv;
        ad = td - rd;
    }
    dec[o] = rh;
    dec[pc.plane + o] = rv;
    dec[2u * pc.plane + o] = rd;
    dec[3u * pc.plane + o] = ah;
    dec[4u * pc.plane + o] = av;
    dec[5u * pc.plane + o] = ad;
}
