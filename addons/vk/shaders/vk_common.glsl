/* vk_common.glsl - helpers shared by the vmaf_vk.h compute shaders (part of vmaf_vk.h, MIT).
   Integer arithmetic follows C semantics of the libvmaf reference: 32-bit int/uint wrap,
   >> on int is arithmetic, narrowing conversions keep the low bits. Double arithmetic is
   marked `precise` (SPIR-V NoContraction) wherever a rounding step matters. */
#extension GL_EXT_shader_explicit_arithmetic_types_int64 : require

/* Reflect-101 index: -i below 0, 2n-i-2 from n up. */
int vk_r101(int i, int n) { return i < 0 ? -i : (i >= n ? 2 * n - i - 2 : i); }
/* Symmetric index (edge repeated on the high side): -i below 0, 2n-i-1 from n up. */
int vk_symr(int i, int n) { return i < 0 ? -i : (i >= n ? 2 * n - i - 1 : i); }
/* Low 16 bits, sign-extended: the C (int16_t) conversion. */
int vk_wrap16(int v) { return bitfieldExtract(v, 0, 16); }

/* Sample `idx` (row-major, tight rows) of a plane packed in 32-bit words: bytes for 8-bit
   input, little-endian 16-bit halves above that. */
#define VK_RAW_SAMPLE(BUF, base, idx, bpc8)                                                  \
    ((bpc8) ? ((BUF[(base) + ((idx) >> 2)] >> (((idx) & 3u) * 8u)) & 0xFFu)                   \
            : ((BUF[(base) + ((idx) >> 1)] >> (((idx) & 1u) * 16u)) & 0xFFFFu))

/* Index of the most significant set bit of a non-zero 64-bit value. */
int vk_msb64(uint64_t v)
{
    uint hi = uint(v >> 32);
    return hi != 0u ? 32 + findMSB(hi) : findMSB(uint(v));
}

/* 64-bit atomic add built from two 32-bit atomics. res[2s] holds the low word, res[2s+1] the
   high word; the carry out of the low word is added to the high word, so after all adds the
   pair holds the exact sum modulo 2^64 whatever the order (integer sums are associative). */
#define VK_ATOMIC_ADD64(RES, s, value)                                                       \
    {                                                                                        \
        uint64_t vk_u_ = uint64_t(value);                                                    \
        if (vk_u_ != 0ul) {                                                                  \
            uint vk_lo_ = uint(vk_u_), vk_hi_ = uint(vk_u_ >> 32);                            \
            uint vk_old_ = atomicAdd(RES[2u * (s)], vk_lo_);                                 \
            uint vk_c_ = (vk_old_ + vk_lo_ < vk_old_) ? 1u : 0u;                              \
            if (vk_hi_ + vk_c_ != 0u) atomicAdd(RES[2u * (s) + 1u], vk_hi_ + vk_c_);          \
        }                                                                                    \
    }

#ifdef VK_WG
/* Sum of one int64 per invocation over the workgroup (exact; call in uniform control flow). */
shared int64_t vk_red[VK_WG];
int64_t vk_reduce(int64_t v)
{
    uint lid = gl_LocalInvocationIndex;
    vk_red[lid] = v;
    barrier();
    for (uint s = VK_WG / 2u; s > 0u; s >>= 1) {
        if (lid < s) vk_red[lid] += vk_red[lid + s];
        barrier();
    }
    int64_t r = vk_red[0];
    barrier();
    return r;
}
#endif

/* The integer VIF filters (SPEC 2.1), flattened: scale s starts at VK_VIF_FOFF[s]. */
const uint VK_VIF_F[34] = uint[](489u, 935u, 1640u, 2640u, 3896u, 5274u, 6547u, 7455u, 7784u,
                                 7455u, 6547u, 5274u, 3896u, 2640u, 1640u, 935u, 489u,
                                 1244u, 3663u, 7925u, 12590u, 14692u, 12590u, 7925u, 3663u, 1244u,
                                 3571u, 16004u, 26386u, 16004u, 3571u,
                                 10904u, 43728u, 10904u);
const uint VK_VIF_FOFF[4] = uint[](0u, 17u, 26u, 31u);
const uint VK_VIF_FW[4] = uint[](17u, 9u, 5u, 3u);

/* db2 wavelet, Q15 (SPEC 4.2) */
const int VK_DB2_LO[4] = int[](15826, 27411, 7345, -4240);
const int VK_DB2_HI[4] = int[](-4240, -7345, 27411, -15826);
