#version 450
/* fvif_v.comp - float VIF vertical filter pass (SPEC 3.3; libvmaf vif_tools.c vif_filter1d_s,
   _sq_s, _xy_s and the blur before vif_dec2_s). One invocation = one output column x of one
   output row. Mode 0 (statistic): rows y = 0..h-1, the five quantities x, y, x*x, y*y, x*y,
   each accumulated from 0 in tap order as acc += f[k] * v. Mode 1 (decimation blur): rows
   2i for i < h/2, the two means only. Rows mirror with reflect-101. */
#extension GL_GOOGLE_include_directive : require
#include "vk_common.glsl"
#include "vk_float.glsl"

layout(local_size_x = 64, local_size_y = 4) in;
layout(std430, binding = 0) readonly buffer RawRef { uint raw_ref[]; };
layout(std430, binding = 1) readonly buffer RawDis { uint raw_dis[]; };
layout(std430, binding = 2) readonly buffer Lv { float lv[]; };  /* taps, then the levels */
layout(std430, binding = 3) writeonly buffer Tmp { float tmp[]; };

layout(push_constant) uniform PC {
    uint w, h;          /* size of the level read */
    uint raw, bpc8;     /* raw: level 0 from the input planes */
    uint inv_bits;      /* float 1 / 2^(bpc-8) */
    uint off_ref, off_dis; /* float offsets of the level in lv (raw = 0: unused) */
    uint fw, tap_off;   /* filter width and the offset of its taps in lv */
    uint mode;          /* 0: five quantities, 1: two means at even rows */
    uint rows;          /* output rows: h (mode 0) or h / 2 (mode 1) */
} pc;

float ref_at(uint idx)
{
    if (pc.raw != 0u) return vk_raw_to_float(VK_RAW_SAMPLE(raw_ref, 0u, idx, pc.bpc8 != 0u), pc.bpc8 != 0u, uintBitsToFloat(pc.inv_bits));
    return lv[pc.off_ref + idx];
}
float dis_at(uint idx)
{
    if (pc.raw != 0u) return vk_raw_to_float(VK_RAW_SAMPLE(raw_dis, 0u, idx, pc.bpc8 != 0u), pc.bpc8 != 0u, uintBitsToFloat(pc.inv_bits));
    return lv[pc.off_dis + idx];
}

void main()
{
    const uint x = gl_GlobalInvocationID.x, y = gl_GlobalInvocationID.y;
    if (x >= pc.w || y >= pc.rows) return;
    const int H = int(pc.h), r = int(pc.fw / 2u);
    const int yc = pc.mode == 0u ? int(y) : 2 * int(y);
    const uint plane = pc.w * pc.rows, o = y * pc.w + x;
    precise float a1 = 0.0, a2 = 0.0, a3 = 0.0, a4 = 0.0, a5 = 0.0;
    for (int k = 0; k < int(pc.fw); k++) {
        const uint idx = uint(vk_r101(yc - r + k, H)) * pc.w + x;
        const float c = lv[pc.tap_off + uint(k)];
        const float xv = ref_at(idx), yv = dis_at(idx);
        a1 = a1 + c * xv;
        a2 = a2 + c * yv;
        if (pc.mode == 0u) {
            precise float xx = xv * xv, yy = yv * yv, xy = xv * yv;
            a3 = a3 + c * xx;
            a4 = a4 + c * yy;
            a5 = a5 + c * xy;
        }
    }
    tmp[o] = a1;
    tmp[plane + o] = a2;
    if (pc.mode == 0u) {
        tmp[2u * plane + o] = a3;
        tmp[3u * plane + o] = a4;
        tmp[4u * plane + o] = a5;
    }
}
