#version 450
/* fmot_sad.comp - float motion SAD row sums (SPEC 5.3; libvmaf motion.c vmaf_image_sad_c):
   one invocation = one row, a float accumulator adds |a - b| in column order. The host adds
   the row sums in row order and divides by w * h (float), as the reference. */
#extension GL_GOOGLE_include_directive : require

layout(local_size_x = 64) in;
layout(std430, binding = 3) readonly buffer Blur { float blur[]; };
layout(std430, binding = 5) writeonly buffer Res { float res[]; };

layout(push_constant) uniform PC {
    uint w, h;
    uint a_off, b_off;
} pc;

void main()
{
    const uint y = gl_GlobalInvocationID.x;
    if (y >= pc.h) return;
    precise float line = 0.0;
    for (uint x = 0u; x < pc.w; x++) {
        precise float d = blur[pc.a_off + y * pc.w + x] - blur[pc.b_off + y * pc.w + x];
        line = line + abs(d);
    }
    res[y] = line;
}
