/* vk_float.glsl - helpers of the float-feature shaders of vmaf_vk.h (MIT). Every float and
   double temporary that takes part in a rounding step is `precise` (SPIR-V NoContraction: no
   FMA), and the operations are written in the C reference's order. Conversions from double
   to float round to nearest even (every Vulkan device does). */

/* A raw input sample as the float pictures of libvmaf (picture_copy, SPEC 3.1): 8-bit
   p - 128; deeper p / 2^(bpc-8) - 128, written as a multiplication by the exact power of two
   `inv`, which gives the same float. */
float vk_raw_to_float(uint v, bool bpc8, float inv)
{
    precise float f = float(v);
    if (!bpc8) f = f * inv;
    precise float r = f + -128.0;
    return r;
}

/* The fast log2 of libvmaf's float VIF (vif_tools.c log2f_approx, SPEC 3.5). x == 0 gives
   -inf and x < 0 NaN; everything else (+inf and NaN too) goes through the bit formula. A NaN
   is first given the canonical quiet mantissa 0x400000 that x86 and ARM produce for 0/0, so
   a device with another NaN pattern gives the CPU's result. */
float vk_log2f(float x)
{
    /* the C reference's float literals -0.012671635276421f ... 1.442694803896991f, 0, as bits
       (a GLSL literal may be rounded through double first) */
    const uint C[9] = uint[](0xbc4f9cb1u, 0x3d84cb74u, 0xbe20d169u, 0x3e83ab7du, 0xbeb52559u, 0x3ef5d3c9u,
                             0xbf38a80eu, 0x3fb8aa39u, 0u);
    uint u = floatBitsToUint(x);
    if ((u & 0x7FFFFFFFu) > 0x7F800000u) u = 0x7FC00000u; /* NaN */
    else if (x == 0.0) return uintBitsToFloat(0xFF800000u);
    else if (x < 0.0) return uintBitsToFloat(0x7FC00000u);
    precise float e = float(int((u & 0x7F800000u) >> 23) - 127);
    precise float rem = uintBitsToFloat((u & 0x007FFFFFu) | 0x3F800000u) - 1.0;
    precise float p = 0.0;
    for (int i = 0; i < 9; i++) p = p * rem + uintBitsToFloat(C[i]);
    precise float r = e + p;
    return r;
}
