#version 450
/* rowsum.comp - fixed-order float row sums for the float features. One invocation = one
   (plane, row) pair: a float accumulator starting at 0 adds the row's values in increasing
   column order, exactly the reference's per-row loop; the host then adds the row sums in row
   order. No atomics, no shared-memory tree: the result does not depend on scheduling. */
#extension GL_GOOGLE_include_directive : require

layout(local_size_x = 64) in;
layout(std430, binding = 4) readonly buffer Src { float src[]; };
layout(std430, binding = 5) writeonly buffer Dst { float dst[]; };

layout(push_constant) uniform PC {
    uint src_off;     /* float offset of plane 0 */
    uint plane;       /* floats between planes */
    uint nplanes;
    uint row_stride;  /* floats between rows */
    uint col0, ncols; /* summed columns */
    uint row0, nrows; /* summed rows */
    uint dst_off;     /* result p * nrows + row */
} pc;

void main()
{
    const uint t = gl_GlobalInvocationID.x;
    if (t >= pc.nplanes * pc.nrows) return;
    const uint p = t / pc.nrows, row = t - p * pc.nrows;
    const uint base = pc.src_off + p * pc.plane + (pc.row0 + row) * pc.row_stride + pc.col0;
    precise float s = 0.0;
    for (uint c = 0u; c < pc.ncols; c++) s = s + src[base + c];
    dst[pc.dst_off + t] = s;
}
