#version 450
/* vif_stat.comp - integer VIF statistic pass at one scale (SPEC 2.4-2.6; libvmaf
   integer_vif.c vif_statistic_8/16). One workgroup = 256 output pixels of one row. The vertical
   filter runs over the 256 + 2r columns the row needs (shared memory), then each invocation
   runs the horizontal filter and the per-pixel statistic for its pixel. The four int64
   accumulators are summed exactly over the workgroup and added to the result slots with
   64-bit atomics made of 32-bit ones (integer sums: any order gives the same value).
   The filters run in 32-bit arithmetic: every tap set sums to 65536, so a filtered 16-bit
   quantity fits 32 bits; a 32-bit quantity v (x*x, x*y, the vertical second moments) is
   filtered as its two 16-bit halves, sum = 2^16 * F(v >> 16) + F(v & 0xFFFF), which is the
   reference's 64-bit sum exactly. */
#extension GL_GOOGLE_include_directive : require
#define VK_WG 256u
#include "vk_common.glsl"

layout(local_size_x = 256) in;
layout(std430, binding = 0) readonly buffer RawRef { uint raw_ref[]; };
layout(std430, binding = 1) readonly buffer RawDis { uint raw_dis[]; };
layout(std430, binding = 2) buffer LvlRef { uint lvl_ref[]; };
layout(std430, binding = 3) buffer LvlDis { uint lvl_dis[]; };
layout(std430, binding = 4) buffer Res { uint res[]; };
layout(std430, binding = 5) readonly buffer Log2T { uint log2t[]; };

layout(push_constant) uniform PC {
    uint w, h;         /* size of this level */
    uint scale;        /* 0..3: filter */
    uint raw;          /* 1: level 0 read from the input planes; 0: from the level buffers */
    uint bpc8;         /* raw input is 8-bit */
    uint off;          /* word offset of this level in lvl_ref/lvl_dis */
    uint m_shift, m_add;   /* vertical mean rounding */
    uint sq_shift, sq_add; /* vertical second-moment rounding */
    uint eps_lo, eps_hi;   /* double 65536 * 1e-10 */
    uint egl_lo, egl_hi;   /* double vif_enhn_gain_limit */
    uint slot;             /* first of 4 result slots */
} pc;

shared uint s_m1[272], s_m2[272], s_xx[272], s_yy[272], s_xy[272];

uint load_ref(uint idx)
{
    if (pc.raw != 0u) return VK_RAW_SAMPLE(raw_ref, 0u, idx, pc.bpc8 != 0u);
    return lvl_ref[pc.off + idx];
}
uint load_dis(uint idx)
{
    if (pc.raw != 0u) return VK_RAW_SAMPLE(raw_dis, 0u, idx, pc.bpc8 != 0u);
    return lvl_dis[pc.off + idx];
}

int log2_tab(uint i) { return int((log2t[i >> 1] >> ((i & 1u) * 16u)) & 0xFFFFu); }
/* SPEC 2.5: L32(v) = T[v >> k] + 2048 k, k = 16 - clz32(v); v >= 2^17 */
int log2_32(uint v)
{
    int k = findMSB(v) - 15;
    return log2_tab(v >> uint(k)) + 2048 * k;
}
/* L64(v) = T[v >> k] + 2048 k, k = 48 - clz64(v) */
int log2_64(uint64_t v)
{
    int k = vk_msb64(v) - 15;
    return log2_tab(uint(v >> uint(k))) + 2048 * k;
}

/* a / d correctly rounded to nearest-even, for an integer 0 < a < 2^31 and a normal double
   d > 0, by long division of the mantissas: the same value as IEEE division on any device. */
double div_exact(uint a, double d)
{
    uvec2 db = unpackDouble2x32(d);
    int e = int((db.y >> 20) & 0x7FFu) - 1023;
    uint64_t md = (uint64_t(db.y & 0xFFFFFu) << 32) | uint64_t(db.x) | (1ul << 52);
    int s0 = 52 - findMSB(a);
    uint64_t r = uint64_t(a) << uint(s0);
    if (r < md) { r <<= 1; s0 += 1; }
    r -= md;
    uint64_t q = 1ul;
    for (int i = 0; i < 53; i++) {
        r <<= 1;
        q <<= 1;
        if (r >= md) { r -= md; q |= 1ul; }
    }
    bool guard = (q & 1ul) != 0ul;
    q >>= 1;
    int ex = 52 - e - s0;
    if (guard && (r != 0ul || (q & 1ul) != 0ul)) q += 1ul;
    if (q == (1ul << 53)) { q >>= 1; ex += 1; }
    uint hi = (uint(ex + 1023) << 20) | uint((q >> 32) & 0xFFFFFul);
    return packDouble2x32(uvec2(uint(q), hi));
}

/* (a * b + 2^31) >> 32 for 32-bit a, b: the rounded high word of the 64-bit product */
uint round_hi(uint a, uint b)
{
    uint hi, lo;
    umulExtended(a, b, hi, lo);
    return hi + (lo >= 0x80000000u ? 1u : 0u);
}

void main()
{
    const int W = int(pc.w), H = int(pc.h);
    const uint lid = gl_LocalInvocationID.x;
    const int y = int(gl_WorkGroupID.y);
    const int x0 = int(gl_WorkGroupID.x) * 256;
    const uint fw = VK_VIF_FW[pc.scale], fo = VK_VIF_FOFF[pc.scale];
    const int r = int(fw / 2u);
    const int ncols = 256 + 2 * r;

    /* vertical pass for the columns of this tile (plus the horizontal halo) */
    for (int c = int(lid); c < ncols; c += 256) {
        int lx = x0 - r + c;
        if (lx >= W + r) break;
        uint xx = uint(vk_r101(lx, W));
        uint am1 = 0u, am2 = 0u, xl = 0u, xh = 0u, yl = 0u, yh = 0u, cl = 0u, ch = 0u;
        for (uint k = 0u; k < fw; k++) {
            uint yy = uint(vk_r101(y - r + int(k), H));
            uint idx = yy * uint(W) + xx;
            uint a = load_ref(idx), b = load_dis(idx);
            uint f = VK_VIF_F[fo + k];
            uint aa = a * a, bb = b * b, ab = a * b;
            am1 += f * a;
            am2 += f * b;
            xl += f * (aa & 0xFFFFu);
            xh += f * (aa >> 16);
            yl += f * (bb & 0xFFFFu);
            yh += f * (bb >> 16);
            cl += f * (ab & 0xFFFFu);
            ch += f * (ab >> 16);
        }
        const uint64_t sa = uint64_t(pc.sq_add);
        s_m1[c] = (am1 + pc.m_add) >> pc.m_shift;
        s_m2[c] = (am2 + pc.m_add) >> pc.m_shift;
        s_xx[c] = uint((((uint64_t(xh) << 16) + uint64_t(xl)) + sa) >> pc.sq_shift);
        s_yy[c] = uint((((uint64_t(yh) << 16) + uint64_t(yl)) + sa) >> pc.sq_shift);
        s_xy[c] = uint((((uint64_t(ch) << 16) + uint64_t(cl)) + sa) >> pc.sq_shift);
    }
    barrier();

    int64_t num_log = 0l, den_log = 0l, num_lin = 0l, den_lin = 0l;
    const int x = x0 + int(lid);
    if (x < W) {
        uint mu1 = 0u, mu2 = 0u, xl = 0u, xh = 0u, yl = 0u, yh = 0u, cl = 0u, ch = 0u;
        for (uint k = 0u; k < fw; k++) {
            uint c = lid + k;
            uint f = VK_VIF_F[fo + k];
            uint vx = s_xx[c], vy = s_yy[c], vc = s_xy[c];
            mu1 += f * s_m1[c];
            mu2 += f * s_m2[c];
            xl += f * (vx & 0xFFFFu);
            xh += f * (vx >> 16);
            yl += f * (vy & 0xFFFFu);
            yh += f * (vy >> 16);
            cl += f * (vc & 0xFFFFu);
            ch += f * (vc >> 16);
        }
        uint mu1_sq = round_hi(mu1, mu1);
        uint mu2_sq = round_hi(mu2, mu2);
        uint mu12 = round_hi(mu1, mu2);
        uint xxf = uint((((uint64_t(xh) << 16) + uint64_t(xl)) + 32768ul) >> 16);
        uint yyf = uint((((uint64_t(yh) << 16) + uint64_t(yl)) + 32768ul) >> 16);
        uint xyf = uint((((uint64_t(ch) << 16) + uint64_t(cl)) + 32768ul) >> 16);
        int s1 = int(xxf - mu1_sq);
        int s2 = int(yyf - mu2_sq);
        int s12 = int(xyf - mu12);
        s2 = max(s2, 0);
        const int nsq = 131072;
        if (s1 >= nsq) {
            den_log = int64_t(log2_32(uint(nsq + s1)) - 2048 * 17);
            if (s12 > 0 && s2 > 0) {
                double eps = packDouble2x32(uvec2(pc.eps_lo, pc.eps_hi));
                double egl = packDouble2x32(uvec2(pc.egl_lo, pc.egl_hi));
                precise double d = double(s1) + eps;
                double g = div_exact(uint(s12), d);
                precise double t = g * double(s12);
                precise double u = double(s2) - t;
                int sv = u > 0.0 ? int(u) : 0;
                g = min(g, egl);
                uint n1 = uint(sv) + uint(nsq);
                precise double gg = g * g;
                precise double q = gg * double(s1);
                uint64_t n2 = uint64_t(int64_t(q) + int64_t(n1));
                num_log = int64_t(log2_64(n2) - log2_64(uint64_t(n1)));
            }
        } else {
            num_lin = int64_t(s2);
            den_lin = 1l;
        }
    }
    num_log = vk_reduce(num_log);
    den_log = vk_reduce(den_log);
    num_lin = vk_reduce(num_lin);
    den_lin = vk_reduce(den_lin);
    if (lid == 0u) {
        VK_ATOMIC_ADD64(res, pc.slot + 0u, num_log);
        VK_ATOMIC_ADD64(res, pc.slot + 1u, den_log);
        VK_ATOMIC_ADD64(res, pc.slot + 2u, num_lin);
        VK_ATOMIC_ADD64(res, pc.slot + 3u, den_lin);
    }
}
