#version 450
/* fmot_blur.comp - float motion blur (SPEC 5.3; libvmaf motion.c compute_motion,
   convolution.c): separable, reflect-101 on both axes, float accumulation from 0 in tap
   order. Mode 0: vertical pass of the converted input (p / 2^(bpc-8) - 128) into tmp; mode 1:
   horizontal pass of tmp into the blur plane at dst_off. One invocation = one pixel. */
#extension GL_GOOGLE_include_directive : require
#include "vk_common.glsl"
#include "vk_float.glsl"

layout(local_size_x = 64, local_size_y = 4) in;
layout(std430, binding = 0) readonly buffer Raw { uint raw[]; };
layout(std430, binding = 2) buffer Tmp { float tmp[]; };
layout(std430, binding = 3) buffer Blur { float blur[]; };

layout(push_constant) uniform PC {
    uint w, h;
    uint bpc8, inv_bits;
    uint mode;
    uint fw;
    uint taps[5];   /* float bits */
    uint dst_off;
} pc;

void main()
{
    const uint x = gl_GlobalInvocationID.x, y = gl_GlobalInvocationID.y;
    if (x >= pc.w || y >= pc.h) return;
    const int W = int(pc.w), H = int(pc.h), r = int(pc.fw / 2u);
    const bool b8 = pc.bpc8 != 0u;
    precise float a = 0.0;
    if (pc.mode == 0u) {
        for (int k = 0; k < int(pc.fw); k++) {
            const uint idx = uint(vk_r101(int(y) - r + k, H)) * pc.w + x;
            const float v = vk_raw_to_float(VK_RAW_SAMPLE(raw, 0u, idx, b8), b8, uintBitsToFloat(pc.inv_bits));
            a = a + uintBitsToFloat(pc.taps[k]) * v;
        }
        tmp[y * pc.w + x] = a;
    } else {
        for (int k = 0; k < int(pc.fw); k++)
            a = a + uintBitsToFloat(pc.taps[k]) * tmp[y * pc.w + uint(vk_r101(int(x) - r + k, W))];
        blur[pc.dst_off + y * pc.w + x] = a;
    }
}
