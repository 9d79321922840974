/* vmaf_motion.h - v0.3.1 - VMAF motion features (integer_motion2/3, motion, motion2, motion3).
   Single-file C99 / C++11 library. Part of the vmaf single-header set: vmaf_vif.h, vmaf_adm.h,
   vmaf_motion.h, vmaf_model.h. Each file works alone.

   In exactly one C or C++ file:
       #define VMAF_MOTION_IMPLEMENTATION
       #include "vmaf_motion.h"
   Everywhere else, include it without the define to get the declarations.

   VMAF (the algorithm, the models and the reference numbers) is Netflix's: see
   https://github.com/Netflix/vmaf. This file is an independent implementation written from
   a specification; it reproduces libvmaf 3.2.0's numbers (and, on request, libvmaf 3.0.0 /
   3.1.0 integer motion). License: MIT, see the end of the file.

   WHAT IT COMPUTES
     Motion is the temporal activity of the REFERENCE video: a blurred mean absolute difference
     between consecutive reference luma frames. The distorted video is never read. Three kinds:
       VMAF_MOTION_INTEGER      libvmaf 3.2.0 extractor "motion" (used by the v0.6.1 models):
                                fixed-point, bit-identical to libvmaf on every CPU.
       VMAF_MOTION_FLOAT        libvmaf extractor "float_motion" (the float models): float.
       VMAF_MOTION_INTEGER_V30  compatibility: libvmaf 3.0.0 / 3.1.0 "motion" (what most Linux
                                distributions ship). 3.0 blurred each frame, rounded the blur to
                                16 bits, then took the SAD of the two blurs, with edge-repeating
                                mirrors at the bottom/right border and a float normalisation;
                                3.2 blurs the signed difference of the two frames with
                                reflect-101 borders. Per-frame values differ by up to ~7e-3
                                (larger on small frames), so VMAF scores differ by up to ~1e-2.
                                3.0 has no motion3 and only the options debug / motion_force_zero.

   QUICK START (typed API: one context per reference stream)
       VmafMotionConfig cfg;
       VmafMotionContext *m;
       VmafMotionScores s[VMAF_MOTION_MAX_OUT];
       unsigned n, i;
       memset(&cfg, 0, sizeof cfg);            // zero = defaults: integer motion, libvmaf options
       cfg.w = 1920; cfg.h = 1080; cfg.bpc = 8;
       if (vmaf_motion_create(&m, &cfg)) return;
       for (each reference frame f) {           // VmafFrame: data[0] + stride[0] is enough
           vmaf_motion_push(m, &f, s, &n);
           for (i = 0; i < n; i++) use(s[i].index, s[i].motion2);   // final values
       }
       vmaf_motion_flush(m, s, &n);             // the last frame's values
       for (i = 0; i < n; i++) use(s[i].index, s[i].motion2);
       vmaf_motion_destroy(m);

   STREAMING CONTRACT (which frame each value belongs to)
     Frames are numbered 0, 1, 2, ... in push order. A frame's motion2/motion3 depend on the
     NEXT frame, so the typed API returns a frame's record (motion, motion2, motion3) as soon as
     all three are final, at most VMAF_MOTION_MAX_OUT (2) records per call, in frame order:
       - push of frame i (i >= 1) returns the record of frame i-1;
       - push of frame 0 returns nothing; flush returns the record of the last frame;
       - integer with motion_five_frame_window: pushes 0 and 1 return nothing, push 2 returns
         frames 0 and 1, push i >= 3 returns frame i-1; flush returns the last frame (or frames
         0 and 1 when only two frames were pushed);
       - float with motion_force_zero, and V30 with motion_force_zero: push i returns frame i
         itself (all zero); flush returns nothing;
       - V30 (3.0 has no motion3, so frame 0 is final at once): push 0 returns frame 0, push 1
         nothing, push i >= 2 frame i-1; flush returns the last frame (nothing if only one).
     Every pushed frame gets exactly one record, with the values libvmaf prints for that frame
     (libvmaf's integer extractor writes motion2/motion3 only at its flush; the numbers are
     the same). After flush, push returns VMAF_ERR_STATE until vmaf_motion_reset(); a second
     flush returns nothing. Memory is bounded: the context keeps one or two previous frames
     (integer: the raw luma; float: its blur; V30: its 16-bit blur), never the stream.

     Per-frame rules (libvmaf's), for n frames:
       integer: s(i) = min(SAD_i / 256 / (w*h) * fps_weight, max_val), SAD_i from the blurred
                difference of frame i and frame i-1 (i-2 with the five-frame window); s(i) = 0
                for the unscored frames (i < 1; i < 2 with the five-frame window). motion = s.
                motion2(i) = 0 for unscored frames, min(s(i), s(i+1)) (five-frame window:
                min(s(i-1), s(i+1)), and s(3) for i = 2), s(n-1) for the last frame.
                motion3(i) = min(blend(motion2(i)), max_val), averaged with the previous
                frame's value under motion_moving_average; unscored frames get
                min(blend(s(first scored frame)), max_val), or 0 when there is none.
       float:   m(i) = mean |blur(i-1) - blur(i)| (+ U, V, half-size terms by option);
                motion(i) = min(m(i) * fps_weight, max_val), 0 for frame 0;
                motion2(i) = min(min(m(i), m(i+1)) * fps_weight, max_val), m(n-1) alone for
                the last frame, 0 for frame 0; motion3(i) = min(blend(that product), max_val),
                with motion3(0) from m(1) (0 for a single frame).
       V30:     motion(i) = SAD of the 16-bit blurs / 256 / (w*h) (a float quotient), 0 for
                frame 0; motion2 as integer with the 3-frame window; no motion3.

   GENERIC EXTRACTOR TABLES (what vmaf_model.h's pipeline and the vmaf tool use)
     vmaf_motion_extractor()       name "motion",       VMAF_EXTRACTOR_TEMPORAL
     vmaf_motion_float_extractor() name "float_motion", VMAF_EXTRACTOR_TEMPORAL
     vmaf_motion_v30_extractor()   name "motion",       VMAF_EXTRACTOR_TEMPORAL (compat 3.0/3.1)
     create() parses libvmaf option text ("motion_fps_weight=2:debug=true"); push(ref, dis,
     index) needs index == number of frames pushed so far (0, 1, 2, ...; else VMAF_ERR_STATE),
     ignores `dis` (may be NULL) and emits, under libvmaf's collector keys, every value that
     became final, each with the frame index it belongs to:
       integer: push i emits VMAF_integer_feature_motion_sad_score(i) [+ debug:
                VMAF_integer_feature_motion_score(i), printed "integer_motion"], then motion2 and
                motion3 of the frames that became final (as the typed API above);
       float:   exactly libvmaf's timing: push 0 emits motion2(0) [+ debug motion(0)], push 1
                emits [debug motion(1)] and motion3(0), push i >= 2 emits [debug motion(i)],
                motion2(i-1), motion3(i-1); flush emits motion2/motion3 of the last frame (only
                motion3(0) = 0 after a single frame). motion_force_zero: push i emits
                motion2(i), motion3(i) [, motion(i)] = 0; flush emits nothing.
       V30:     push 0 emits motion2(0) = 0 [+ motion(0)], push i >= 1 [motion(i)] and, for
                i >= 2, motion2(i-1); flush emits motion2 of the last frame (if n >= 2).
                motion_force_zero: push i emits motion2(i) [, motion(i)] = 0.
     flush() a second time emits nothing; push() after flush() fails with VMAF_ERR_STATE.
     Keys carry option suffixes exactly as libvmaf (e.g. "integer_motion2_force_0",
     "VMAF_integer_feature_motion_sad_score_mffw"); key() returns them for a provided name.
     --subsample N / --frame_skip_*: motion is temporal, so run it on EVERY frame in order (as
     libvmaf does for its TEMPORAL / PREV_REF extractors) and drop the values of frames you do
     not print; the values at printed indices then equal an unsubsampled run. frame_skip drops
     input frames before pairing; the first paired frame is frame 0 (a "first frame" here).

   OPTIONS (libvmaf names; VmafMotionOptions fields; vmaf_motion_options_default() sets them)
     name                      field              default  range     kinds   key suffix
     motion_force_zero         force_zero         false             all     _force_0
     motion_blend_factor       blend_factor       1.0      [0,1]    int,flt _mbf_<v>
     motion_blend_offset       blend_offset       40.0     [0,1000] int,flt _mbo_<v>
     motion_fps_weight         fps_weight         1.0      [0,5]    int,flt _mfw_<v>
     motion_max_val            max_val            10000    [0,1e4]  int,flt _mmxv_<v>
     motion_five_frame_window  five_frame_window  false             int     _mffw
     motion_moving_average     moving_average     false             int     _mma
     motion_filter_size        filter_size        5        [0,9]    flt     _mfs_<v> (3: 3-tap,
                                                                            1: identity, else 5)
     motion_add_scale1         add_scale1         false             flt     _mdc
     motion_add_uv             add_uv             false             flt     _mau (reads U, V)
     debug                     debug              int false, flt/V30 true   (tables only: emit
                                                                            the per-frame motion)
     blend(v) = v*factor + (1-factor)*min(offset, v) (libvmaf motion_blend_tools.h).

   CONFIGURATION MACROS (define before including; identical in every file that includes it)
     VMAF_STATIC                    functions are static: a private copy per translation unit
     VMAFDEF                        linkage of public functions (default extern)
     VMAF_MALLOC(sz,u)/VMAF_FREE(p,u)  allocator used when a config's VmafAllocator is all-NULL
     VMAF_ASSERT(x)                 internal invariants only (default assert)
     VMAF_NO_SIMD                   scalar C only
     VMAF_NO_AVX2, VMAF_NO_AVX512, VMAF_NO_NEON   leave out one SIMD path
     VMAF_DONT_CHANGE_FP_CONTRACT   do not emit our scoped "no FMA contraction" pragmas

   MEMORY, THREADS, SIMD
     One allocation per context at create (vmaf_motion_memory_size() + vmaf_motion_create_in()
     for heap-free use); nothing is allocated per frame. No global state, no threads: a
     context is used by one thread at a time; separate contexts are independent.
     Kernels are picked per context at create from the detected CPU features minus
     cfg.cpumask (libvmaf bits: 8 turns AVX2 off, 16 AVX-512, 1 NEON; ~0u = scalar C):
       x86-64   AVX-512 (F+BW+DQ+VL), else AVX2, else scalar; chosen at run time (the AVX
                code carries per-function target attributes: no -mavx2 / -march needed);
       AArch64  NEON (always present), else scalar; chosen at compile time.
     Every kernel of every kind (3.2 blurred-difference SAD, 3.0 blur + SAD, float conversion,
     vertical / horizontal blur, SAD, half-size bilinear) has these paths.
     Determinism: every path gives bit-identical results to the scalar C path, for every value
     and every input (tests/test_motion_simd.c). Integer kernels compute the same integers
     (32-bit or 16-bit lanes where the ranges allow, proven in the kernel comments; rows with
     samples above the bit depth fall back to exact wider or scalar passes). Float kernels do the same float
     operations per sample in the same order (separate multiply and add, no FMA) and keep the
     reference's summation order: each SAD row is summed in column order inside one vector
     lane (rows are spread over lanes by transposes), rows are added in order. Integer results
     are bit-identical to libvmaf; float results too, with FMA contraction disabled, which the
     header does itself with scoped pragmas (gcc, clang, MSVC). clang's -ffp-contract=fast
     (also implied by -ffast-math) overrides every pragma: do not build float motion with it.
     Speed (bench/bench_motion.c, 1080p 8-bit, one core of an AVX-512 Xeon, ms per frame):
     integer 0.47 (AVX-512), 0.63 (AVX2), 3.1 (scalar); float 1.1, 1.4, 6.1; 3.0 mode 0.71,
     0.87, 4.3.

   LIMITS
     Luma 3x3 .. 32768x32768 (smaller: VMAF_ERR_TOO_SMALL), bpc 8..16, any stride >= one row,
     layouts 400/420/422/444 (only float motion_add_uv reads chroma; its chroma planes must be
     >= 3x3). Samples above the bit depth are not checked (no undefined behaviour; the values
     then match what libvmaf computes from them). Float motion at bpc 9, 11, 13, 14, 15 uses
     x / 2^(bpc-8) - 128 (libvmaf only converts 8, 10, 12 and 16 bits correctly).
     motion_add_scale1 needs (int)(w*0.5+0.5) <= 7680 (libvmaf's limit; else TOO_LARGE).
     motion_add_uv with motion_add_scale1 is VMAF_ERR_UNSUPPORTED when the chroma row (rounded
     up to 8 floats) differs from the luma row: libvmaf then reads uninitialised memory.

   HISTORY
     0.3.1  one rule for 16-bit planes: odd data address or odd stride -> VMAF_ERR_BAD_STRIDE;
            common block v3
     0.3.0  AVX2, AVX-512 and NEON kernels for every kind, bit-identical to scalar.
     0.2.0  integer (3.2.0 and 3.0 compat) and float motion, typed streaming API, tables.
     0.1.0  skeleton.
*/
#ifndef VMAF_MOTION_H
#define VMAF_MOTION_H
#define VMAF_MOTION_VERSION_MAJOR 0
#define VMAF_MOTION_VERSION_MINOR 3
#define VMAF_MOTION_VERSION_PATCH 1
#define VMAF_MOTION_VERSION_STRING "0.3.1"

/* >>> vmaf common public >>> */
/* ---- vmaf common block: public part (v3) ----------------------------------------------------
   Byte-identical in every vmaf_*.h: edit tools/common_public.h, then run `make sync`
   (tools/sync_common.py). `make check-sync` (part of `make test`) fails if the copies differ.
   Guarded, so several vmaf_*.h in one translation unit declare it once. */
#ifndef VMAF_COMMON_PUBLIC
#define VMAF_COMMON_PUBLIC 3 /* bump on any change to this block */
#include <stddef.h>
#include <stdint.h>

#ifndef VMAFDEF
#  if defined(VMAF_STATIC) && (defined(__GNUC__) || defined(__clang__))
#    define VMAFDEF static __attribute__((unused))
#  elif defined(VMAF_STATIC)
#    define VMAFDEF static
#  else
#    define VMAFDEF extern
#  endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Result codes. Every public function returns 0 (VMAF_OK) or one of these negative values;
   vmaf_result_string() gives a one-line English description. -12 and -22 keep the errno
   values that libvmaf returns (ENOMEM, EINVAL). */
#define VMAF__RESULTS(X)                                                                          \
    X(OK, 0, "ok")                                                                               \
    X(ERR_OUT_OF_MEMORY, -12, "out of memory")                                                   \
    X(ERR_INVALID_ARGUMENT, -22, "invalid argument (NULL pointer or bad enum value)")            \
    X(ERR_TOO_SMALL, -1001, "frame is smaller than the feature's minimum size")                 \
    X(ERR_TOO_LARGE, -1002, "frame is larger than supported (size computations would overflow)") \
    X(ERR_BAD_BPC, -1003, "bits per component outside 8..16")                                    \
    X(ERR_BAD_STRIDE, -1004, "stride smaller than one row, or 16-bit samples not 2-byte aligned") \
    X(ERR_MISMATCH, -1005, "reference and distorted differ in size, layout or bit depth")       \
    X(ERR_BAD_OPTION, -1006, "unknown option or option value out of range")                     \
    X(ERR_SAMPLE_RANGE, -1007, "sample value above the bit depth")                               \
    X(ERR_STATE, -1008, "call out of order (e.g. push after flush)")                             \
    X(ERR_PARSE, -1009, "malformed text (model JSON, option string, video header)")              \
    X(ERR_IO, -1010, "file could not be read or written")                                        \
    X(ERR_NOT_FOUND, -1011, "unknown model, feature or extractor name")                          \
    X(ERR_UNSUPPORTED, -1012, "not supported by this build or backend")                          \
    X(ERR_NO_DEVICE, -1013, "no GPU device available")                                           \
    X(ERR_MISSING_FEATURE, -1014, "a feature the model needs has no value for this frame")
#define VMAF__RESULT_ENUM(n, v, s) VMAF_##n = v,
#define VMAF__RESULT_CASE(n, v, s) case v: return s;
enum { VMAF__RESULTS(VMAF__RESULT_ENUM) VMAF__RESULTS_END_ };

static inline const char *vmaf_result_string(int result)
{
    switch (result) {
        VMAF__RESULTS(VMAF__RESULT_CASE)
    default: return "unknown error";
    }
}

/* CPU feature bits, with libvmaf's `cpumask` meanings. A `cpumask` field in any config
   DISABLES the paths whose bits are set (libvmaf semantics): 0 = use everything detected,
   ~0u (or -1 on the command line) = scalar C only. VMAF_CPU_NEON shares bit 1 with SSE2. */
enum {
    VMAF_CPU_SSE2 = 1,
    VMAF_CPU_NEON = 1,
    VMAF_CPU_SSSE3 = 2,
    VMAF_CPU_SSE41 = 4,
    VMAF_CPU_AVX2 = 8,
    VMAF_CPU_AVX512 = 16,
    VMAF_CPU_AVX512ICL = 32
};

/* Chroma layout of a frame. Chroma planes are (w >> ss_x) x (h >> ss_y) samples (floor),
   as in libvmaf. VMAF_LAYOUT_400 has no chroma planes. */
typedef enum VmafLayout {
    VMAF_LAYOUT_400 = 0,
    VMAF_LAYOUT_420 = 1,
    VMAF_LAYOUT_422 = 2,
    VMAF_LAYOUT_444 = 3
} VmafLayout;

/* One plane of samples, borrowed from the caller and never freed by the library.
   data:   first sample of the top row. bpc == 8: uint8_t samples; bpc 9..16: uint16_t samples
           in host byte order (little-endian files map directly on x86/ARM), low-aligned, so a
           10-bit sample lies in 0..1023. Need not be aligned beyond the sample type.
   stride: bytes from one row to the next (>= w * bytes per sample); may exceed the row.
   w, h:   width and height in samples.
   bpc:    bits per component, 8..16. */
typedef struct VmafPlane {
    const void *data;
    ptrdiff_t stride;
    unsigned w, h;
    unsigned bpc;
} VmafPlane;

/* A picture: up to three planes (Y, U, V) with a common bit depth. w, h are the luma size;
   chroma sizes follow from `layout`. Only float_motion with motion_add_uv reads chroma;
   every other feature reads plane 0 (luma) only, so data[1..2] may be NULL for them. */
typedef struct VmafFrame {
    const void *data[3];
    ptrdiff_t stride[3]; /* bytes */
    unsigned w, h;       /* luma samples */
    unsigned bpc;        /* 8..16 */
    VmafLayout layout;
} VmafFrame;

/* The luma plane (i = 0) or a chroma plane (i = 1, 2) of a frame, with its derived size. */
static inline VmafPlane vmaf_frame_plane(const VmafFrame *f, int i)
{
    VmafPlane p;
    unsigned sx = 0, sy = 0;
    if (i > 0) {
        sx = (f->layout == VMAF_LAYOUT_420 || f->layout == VMAF_LAYOUT_422) ? 1u : 0u;
        sy = (f->layout == VMAF_LAYOUT_420) ? 1u : 0u;
    }
    p.data = f->data[i];
    p.stride = f->stride[i];
    p.w = (i > 0 && f->layout == VMAF_LAYOUT_400) ? 0u : f->w >> sx;
    p.h = (i > 0 && f->layout == VMAF_LAYOUT_400) ? 0u : f->h >> sy;
    p.bpc = f->bpc;
    return p;
}

/* Allocator hooks, carried in every config. All-NULL means VMAF_MALLOC/VMAF_FREE (default:
   malloc/free). The library aligns its blocks itself: alloc needs no alignment beyond malloc's. */
typedef struct VmafAllocator {
    void *(*alloc)(size_t size, void *user);
    void (*free)(void *ptr, void *user);
    void *user;
} VmafAllocator;

/* Optional log sink. The library never prints; it calls this (if set) with a message that
   explains an error code in detail (which option, which size). Levels follow libvmaf:
   1 error, 2 warning, 3 info, 4 debug. */
typedef void (*VmafLogFn)(void *user, int level, const char *message);

/* ---- Generic feature-extractor interface ----------------------------------------------------
   Each extractor header (vmaf_vif.h, vmaf_adm.h, vmaf_motion.h) exports static tables of this
   type (vmaf_vif_extractor(), vmaf_vif_float_extractor(), ...). vmaf_model.h drives extractors only through this
   table, so it never depends on the other headers, and a GPU addon plugs in by providing a
   table with the same extractor name. Values are "emitted" under libvmaf's collector keys:
   the provided-feature name when every feature-param option is at its default (e.g.
   "VMAF_integer_feature_vif_scale0_score"), else alias + option suffixes (SPEC 6.5, e.g.
   "integer_vif_scale0_egl_1"); debug outputs under their libvmaf names (e.g. "integer_vif_num").
   vmaf_name_alias() maps a collector key to the name printed in output files. */
#define VMAF_EXTRACTOR_ABI 1

/* An extractor calls this once per value. `index` is the frame the value belongs to (temporal
   extractors emit values for earlier frames from push() and flush()). */
typedef void (*VmafEmitFn)(void *user, unsigned index, const char *key, double value);

enum {
    VMAF_EXTRACTOR_TEMPORAL = 1 /* frames must be pushed in index order through one state */
};

typedef struct VmafExtractorArgs {
    unsigned w, h;           /* luma size of every frame that will be pushed */
    unsigned bpc;            /* 8..16 */
    VmafLayout layout;
    const char *options;     /* "opt=val:opt=val" with libvmaf option names, or NULL */
    unsigned cpumask;        /* libvmaf bits: set bits disable SIMD paths */
    VmafAllocator allocator; /* all-NULL = default */
    VmafLogFn log;           /* optional: receives the detailed reason for an error */
    void *log_user;
    void *user;              /* the table's `user` (VmafExtractor.user), passed back by the
                                caller, e.g. a GPU addon's shared device context; NULL for CPU */
} VmafExtractorArgs;

typedef struct VmafExtractor {
    uint32_t abi;                  /* VMAF_EXTRACTOR_ABI */
    uint32_t size;                 /* sizeof(VmafExtractor) as compiled into the provider */
    const char *name;              /* libvmaf extractor name: "vif", "float_vif", "adm", ... */
    const char *const *provided;   /* NULL-terminated provided-feature names (libvmaf's) */
    unsigned flags;                /* VMAF_EXTRACTOR_* */
    /* Parse args->options and allocate a state. Returns 0 or a negative VMAF_ERR_*. */
    int (*create)(void **state, const VmafExtractorArgs *args);
    /* Collector key that `provided` feature gets with this state's effective options (SPEC 6.5);
       writes at most `size` bytes including the NUL (a longer key is cut; keys are at most 256
       characters). Returns 0, VMAF_ERR_NOT_FOUND, or VMAF_ERR_INVALID_ARGUMENT (NULL state,
       provided or out, or size 0). */
    int (*key)(void *state, const char *provided, char *out, size_t size);
    /* Compute frame `index`. Non-temporal extractors emit every value of `index` before
       returning and accept frames in any order; temporal ones emit whatever became final. */
    int (*push)(void *state, const VmafFrame *ref, const VmafFrame *dis, unsigned index,
                VmafEmitFn emit, void *user);
    /* End of stream: emit the values still pending (temporal extractors). May be NULL. */
    int (*flush)(void *state, VmafEmitFn emit, void *user);
    void (*destroy)(void *state);
    void *user; /* provider data (GPU addons); NULL for the CPU extractors */
} VmafExtractor;

/* libvmaf's alias map (libvmaf/src/feature/alias.c): collector key -> printed name. Names not
   in the map (e.g. "VMAF_integer_feature_motion_sad_score", or keys with option suffixes,
   which are already aliased) are returned unchanged. */
static inline const char *vmaf_name_alias(const char *key)
{
    static const char *const map[][2] = {
        {"VMAF_feature_adm2_score", "adm2"},
        {"VMAF_feature_aim_score", "aim"},
        {"VMAF_feature_adm3_score", "adm3"},
        {"VMAF_feature_adm_scale0_score", "adm_scale0"},
        {"VMAF_feature_adm_scale1_score", "adm_scale1"},
        {"VMAF_feature_adm_scale2_score", "adm_scale2"},
        {"VMAF_feature_adm_scale3_score", "adm_scale3"},
        {"VMAF_feature_motion_score", "motion"},
        {"VMAF_feature_motion2_score", "motion2"},
        {"VMAF_feature_motion3_score", "motion3"},
        {"VMAF_feature_vif_scale0_score", "vif_scale0"},
        {"VMAF_feature_vif_scale1_score", "vif_scale1"},
        {"VMAF_feature_vif_scale2_score", "vif_scale2"},
        {"VMAF_feature_vif_scale3_score", "vif_scale3"},
        {"VMAF_integer_feature_adm2_score", "integer_adm2"},
        {"VMAF_integer_feature_aim_score", "integer_aim"},
        {"VMAF_integer_feature_adm3_score", "integer_adm3"},
        {"VMAF_integer_feature_motion_score", "integer_motion"},
        {"VMAF_integer_feature_motion2_score", "integer_motion2"},
        {"VMAF_integer_feature_motion3_score", "integer_motion3"},
        {"VMAF_integer_feature_vif_scale0_score", "integer_vif_scale0"},
        {"VMAF_integer_feature_vif_scale1_score", "integer_vif_scale1"},
        {"VMAF_integer_feature_vif_scale2_score", "integer_vif_scale2"},
        {"VMAF_integer_feature_vif_scale3_score", "integer_vif_scale3"},
    };
    size_t i, j;
    if (!key) return key;
    for (i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
        const char *a = map[i][0];
        for (j = 0; a[j] && a[j] == key[j]; j++) {}
        if (a[j] == 0 && key[j] == 0) return map[i][1];
    }
    return key;
}

#ifdef __cplusplus
}
#endif
#elif VMAF_COMMON_PUBLIC != 3
#error "vmaf_*.h headers from different releases are mixed in one translation unit"
#endif
/* ---- end of vmaf common block: public part ---- */
/* <<< vmaf common public <<< */

#ifdef __cplusplus
extern "C" {
#endif

/* Which motion feature a context computes. */
typedef enum VmafMotionKind {
    VMAF_MOTION_INTEGER = 0,    /* libvmaf 3.2.0 "motion": integer_motion2, integer_motion3 */
    VMAF_MOTION_FLOAT = 1,      /* libvmaf "float_motion": motion, motion2, motion3 */
    VMAF_MOTION_INTEGER_V30 = 2 /* libvmaf 3.0.0/3.1.0 "motion": integer_motion, integer_motion2 */
} VmafMotionKind;

/* Most records one push or flush returns. */
#define VMAF_MOTION_MAX_OUT 2

/* Options, with libvmaf's names, meanings and ranges (see the table in the top comment).
   Fill with vmaf_motion_options_default() and change what you need; fields that do not apply
   to the chosen kind are ignored. Bool fields: 0 or non-zero. */
typedef struct VmafMotionOptions {
    int force_zero;        /* motion_force_zero: every score is 0 */
    double blend_factor;   /* motion_blend_factor, [0, 1], default 1 (no blending) */
    double blend_offset;   /* motion_blend_offset, [0, 1000], default 40 */
    double fps_weight;     /* motion_fps_weight, [0, 5], default 1: multiplies the motion */
    double max_val;        /* motion_max_val, [0, 10000], default 10000: clip */
    int five_frame_window; /* motion_five_frame_window (integer): compare frame i with i-2 */
    int moving_average;    /* motion_moving_average (integer): motion3 = mean of 2 frames */
    int filter_size;       /* motion_filter_size (float), [0, 9], default 5: 3 = 3-tap blur,
                              1 = no blur, anything else = 5-tap blur */
    int add_scale1;        /* motion_add_scale1 (float): add the SAD of the half-size blurs */
    int add_uv;            /* motion_add_uv (float): add the U and V motion (needs chroma) */
    int debug;             /* debug: extractor tables also emit the per-frame motion. Default
                              0 for VMAF_MOTION_INTEGER, 1 for the other kinds. The typed API
                              always returns every value and ignores this. */
} VmafMotionOptions;

/* Creation parameters. A zeroed struct plus w, h, bpc gives libvmaf 3.2.0 integer motion
   with default options. */
typedef struct VmafMotionConfig {
    unsigned w, h;                    /* luma size of every frame, 3..32768 */
    unsigned bpc;                     /* bits per component, 8..16 */
    VmafLayout layout;                /* chroma layout; read only with add_uv (float) */
    VmafMotionKind kind;              /* default VMAF_MOTION_INTEGER */
    const VmafMotionOptions *options; /* NULL = vmaf_motion_options_default(kind); copied */
    unsigned cpumask;                 /* VMAF_CPU_* bits to disable (libvmaf --cpumask) */
    VmafAllocator allocator;          /* all-NULL = VMAF_MALLOC / VMAF_FREE */
    VmafLogFn log;                    /* optional: receives the reason for an error */
    void *log_user;
} VmafMotionConfig;

/* The values of one frame, returned once all of them are final.
   motion:  the per-frame motion s(index): integer = libvmaf
            VMAF_integer_feature_motion_sad_score (= debug "integer_motion"); float = "motion";
            V30 = "integer_motion".
   motion2: integer_motion2 / motion2 (the feature the VMAF models use).
   motion3: integer_motion3 / motion3; 0 for VMAF_MOTION_INTEGER_V30 (3.0 has none).
   Unit: mean absolute difference of blurred luma on the 8-bit scale (a black-to-white cut
   gives 255 at 8 bits, 65535/256 at 16), times fps_weight, clipped to max_val; >= 0. */
typedef struct VmafMotionScores {
    unsigned index; /* frame these values belong to: 0 = the first frame pushed */
    double motion;
    double motion2;
    double motion3;
} VmafMotionScores;

typedef struct VmafMotionContext VmafMotionContext;

/* Version of this header as "MAJOR.MINOR.PATCH". */
VMAFDEF const char *vmaf_motion_version(void);

/* Writes libvmaf's default options for `kind` into *opt.
   @return 0, or VMAF_ERR_INVALID_ARGUMENT (NULL opt, unknown kind). */
VMAFDEF int vmaf_motion_options_default(VmafMotionOptions *opt, VmafMotionKind kind);

/* Bytes vmaf_motion_create_in() needs for `cfg` (any alignment of the block is fine), or 0
   if cfg is invalid (vmaf_motion_create() says why). Sizes: integer keeps 1 previous luma
   frame (2 with five_frame_window) at w*h*(bpc > 8 ? 2 : 1) bytes; float keeps 2 blurred
   frames of w*h floats per plane; V30 keeps 1 frame of 16-bit blur. */
VMAFDEF size_t vmaf_motion_memory_size(const VmafMotionConfig *cfg);

/* Creates a context in one allocation through cfg->allocator.
   @return 0, VMAF_ERR_INVALID_ARGUMENT (NULL, unknown kind or layout), VMAF_ERR_BAD_BPC,
   VMAF_ERR_TOO_SMALL (w or h < 3; chroma < 3 with add_uv), VMAF_ERR_TOO_LARGE (> 32768, or
   add_scale1 with a half width > 7680), VMAF_ERR_BAD_OPTION (option out of range; add_uv with
   VMAF_LAYOUT_400), VMAF_ERR_UNSUPPORTED (add_uv + add_scale1 where libvmaf is undefined, see
   LIMITS), VMAF_ERR_OUT_OF_MEMORY. *out is NULL on error. */
VMAFDEF int vmaf_motion_create(VmafMotionContext **out, const VmafMotionConfig *cfg);

/* As vmaf_motion_create(), inside caller memory `mem` of `size` >= vmaf_motion_memory_size(cfg)
   bytes (no heap use). The block must outlive the context; vmaf_motion_destroy() frees nothing.
   @return as vmaf_motion_create(); VMAF_ERR_INVALID_ARGUMENT also for NULL mem or small size. */
VMAFDEF int vmaf_motion_create_in(VmafMotionContext **out, void *mem, size_t size,
                                  const VmafMotionConfig *cfg);

/* Feeds the next reference frame (frame number = frames pushed so far). Reads luma
   (ref->data[0], ref->stride[0]; w, h, bpc must equal the config) and, for float add_uv, the
   U and V planes (ref->layout must equal cfg.layout). The frame is copied or consumed before
   the call returns. Writes the records that became final to out[0..*n_out-1] (*n_out <= 2,
   in frame order; see STREAMING CONTRACT).
   @return 0, VMAF_ERR_INVALID_ARGUMENT (NULL pointer or plane), VMAF_ERR_BAD_BPC,
   VMAF_ERR_MISMATCH (size, bpc or layout differ from the config), VMAF_ERR_BAD_STRIDE (stride
   below one row; for bpc > 8 also an odd stride or an odd data address), VMAF_ERR_STATE
   (after flush). On error nothing is consumed and *n_out = 0. */
VMAFDEF int vmaf_motion_push(VmafMotionContext *ctx, const VmafFrame *ref,
                             VmafMotionScores out[VMAF_MOTION_MAX_OUT], unsigned *n_out);

/* End of stream: writes the records still pending (normally the last frame's; none if no
   frame was pushed or after a previous flush; see STREAMING CONTRACT). Further pushes fail with VMAF_ERR_STATE.
   @return 0 or VMAF_ERR_INVALID_ARGUMENT (NULL pointer). */
VMAFDEF int vmaf_motion_flush(VmafMotionContext *ctx, VmafMotionScores out[VMAF_MOTION_MAX_OUT],
                              unsigned *n_out);

/* Forgets every frame: the next push is frame 0 of a new stream (no allocation).
   @return 0 or VMAF_ERR_INVALID_ARGUMENT. */
VMAFDEF int vmaf_motion_reset(VmafMotionContext *ctx);

/* Frees a context from vmaf_motion_create() (nothing for _create_in). NULL is a no-op. */
VMAFDEF void vmaf_motion_destroy(VmafMotionContext *ctx);

/* Generic extractor tables (see the top comment). Static, never freed. */
VMAFDEF const VmafExtractor *vmaf_motion_extractor(void);       /* "motion" (libvmaf 3.2.0) */
VMAFDEF const VmafExtractor *vmaf_motion_float_extractor(void); /* "float_motion" */
VMAFDEF const VmafExtractor *vmaf_motion_v30_extractor(void);   /* "motion" (libvmaf 3.0/3.1) */

#ifdef __cplusplus
}
#endif
#endif /* VMAF_MOTION_H */

#if (defined(VMAF_MOTION_IMPLEMENTATION) || defined(__INTELLISENSE__)) && !defined(VMAF_MOTION_IMPLEMENTED)
#define VMAF_MOTION_IMPLEMENTED

/* >>> vmaf common private >>> */
/* ---- vmaf common block: private part (v2) ---------------------------------------------------
   Byte-identical in every vmaf_*.h implementation section (source: tools/common_private.h).
   Everything here is static, so two implementations in one translation unit define it once
   (guard below) and implementations in several translation units each get a private copy:
   never a duplicate symbol. */
#ifndef VMAF_COMMON_PRIVATE
#define VMAF_COMMON_PRIVATE 2 /* bump on any change to this block */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(VMAF_MALLOC) && !defined(VMAF_FREE) || !defined(VMAF_MALLOC) && defined(VMAF_FREE)
#error "define both VMAF_MALLOC(size, user) and VMAF_FREE(ptr, user), or neither"
#endif
#ifndef VMAF_MALLOC
#define VMAF_MALLOC(size, user) ((void)(user), malloc(size))
#define VMAF_FREE(ptr, user) ((void)(user), free(ptr))
#endif
#ifndef VMAF_ASSERT
#include <assert.h>
#define VMAF_ASSERT(x) assert(x)
#endif

#if defined(__GNUC__) || defined(__clang__)
#define VMAF__MAYBE_UNUSED __attribute__((unused))
#define VMAF__FORCEINLINE static inline __attribute__((always_inline))
#else
#define VMAF__MAYBE_UNUSED
#define VMAF__FORCEINLINE static inline
#endif
#define VMAF__PRIVATE static VMAF__MAYBE_UNUSED
#ifdef __cplusplus
#define VMAF__RESTRICT __restrict
#else
#define VMAF__RESTRICT restrict
#endif

/* Floating-point contraction (a*b+c -> fma) changes float results in the last bit; libvmaf is
   built without it. Every vmaf_*.h implementation puts its code between VMAF__FP_BEGIN and
   VMAF__FP_END, after this block's #includes. The pragmas are pushed and popped, so the user's
   code after the include keeps its own setting. VMAF_DONT_CHANGE_FP_CONTRACT leaves them out
   (then build with -ffp-contract=off to keep bit-exactness). */
#if defined(VMAF_DONT_CHANGE_FP_CONTRACT)
#define VMAF__FP_BEGIN
#define VMAF__FP_END
#elif defined(__clang__) && (defined(__x86_64__) || defined(__i386__))
#define VMAF__FP_BEGIN _Pragma("float_control(push)") _Pragma("clang fp contract(off)")
#define VMAF__FP_END _Pragma("float_control(pop)")
#elif defined(__clang__) /* float_control is x86-only in clang 14: end at clang's default, "on" */
#define VMAF__FP_BEGIN _Pragma("clang fp contract(off)")
#define VMAF__FP_END _Pragma("clang fp contract(on)")
#elif defined(__GNUC__)
#define VMAF__FP_BEGIN _Pragma("GCC push_options") _Pragma("GCC optimize(\"fp-contract=off\")")
#define VMAF__FP_END _Pragma("GCC pop_options")
#elif defined(_MSC_VER)
#define VMAF__FP_BEGIN __pragma(fp_contract(off))
#define VMAF__FP_END
#else
#define VMAF__FP_BEGIN
#define VMAF__FP_END
#endif

/* ---- SIMD availability (compile time) and CPU detection (run time) ---- */
#if !defined(VMAF_NO_SIMD) && (defined(__x86_64__) || defined(_M_X64))
#define VMAF__X64 1
#if defined(__GNUC__) || defined(__clang__)
#include <immintrin.h>
#define VMAF__T_AVX2 __attribute__((target("avx2")))
#define VMAF__T_AVX512 __attribute__((target("avx512f,avx512bw,avx512dq,avx512vl")))
#elif defined(_MSC_VER)
#include <intrin.h>
#include <immintrin.h>
#define VMAF__T_AVX2
#define VMAF__T_AVX512
#endif
#if !defined(VMAF_NO_AVX2)
#define VMAF__HAVE_AVX2 1
#endif
#if !defined(VMAF_NO_AVX512) && (!defined(__GNUC__) || defined(__clang__) || __GNUC__ >= 8)
#define VMAF__HAVE_AVX512 1
#endif
#elif !defined(VMAF_NO_SIMD) && !defined(VMAF_NO_NEON) && (defined(__aarch64__) || defined(_M_ARM64))
#define VMAF__NEON 1
#define VMAF__HAVE_NEON 1
#include <arm_neon.h>
#endif

#if defined(VMAF__X64)
VMAF__PRIVATE void vmaf__cpuid(unsigned leaf, unsigned sub, unsigned r[4])
{
#if defined(_MSC_VER) && !defined(__clang__)
    int v[4];
    __cpuidex(v, (int)leaf, (int)sub);
    r[0] = (unsigned)v[0]; r[1] = (unsigned)v[1]; r[2] = (unsigned)v[2]; r[3] = (unsigned)v[3];
#else
    unsigned a, b, c, d;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(leaf), "c"(sub));
    r[0] = a; r[1] = b; r[2] = c; r[3] = d;
#endif
}
VMAF__PRIVATE uint64_t vmaf__xgetbv(void)
{
#if defined(_MSC_VER) && !defined(__clang__)
    return (uint64_t)_xgetbv(0);
#else
    unsigned lo, hi;
    __asm__ volatile(".byte 0x0f, 0x01, 0xd0" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
#endif
}
#endif

/* Detected CPU features as VMAF_CPU_* bits. Checks CPU and OS support (XCR0). Runs each time
   it is called (microseconds); results are stored in contexts, never in globals. */
VMAF__PRIVATE unsigned vmaf__cpu_detect(void)
{
    unsigned flags = 0;
#if defined(VMAF__X64)
    unsigned r[4], max_leaf;
    vmaf__cpuid(0, 0, r);
    max_leaf = r[0];
    vmaf__cpuid(1, 0, r);
    if (r[3] & (1u << 26)) flags |= VMAF_CPU_SSE2;
    if (r[2] & (1u << 9)) flags |= VMAF_CPU_SSSE3;
    if (r[2] & (1u << 19)) flags |= VMAF_CPU_SSE41;
    if ((r[2] & (1u << 27)) && (r[2] & (1u << 28)) && max_leaf >= 7) { /* OSXSAVE, AVX */
        uint64_t xcr0 = vmaf__xgetbv();
        unsigned l7[4];
        vmaf__cpuid(7, 0, l7);
        if ((xcr0 & 0x6) == 0x6) {
            if (l7[1] & (1u << 5)) flags |= VMAF_CPU_AVX2;
            /* AVX-512 F(16) DQ(17) BW(30) VL(31): the set VMAF__T_AVX512 names */
            if ((xcr0 & 0xe0) == 0xe0 && (l7[1] & (1u << 16)) && (l7[1] & (1u << 17)) &&
                (l7[1] & (1u << 30)) && (l7[1] & (1u << 31))) {
                flags |= VMAF_CPU_AVX512;
                /* ICL: VBMI2(c6) VNNI(c11) BITALG(c12) VPOPCNTDQ(c14), as libvmaf */
                if ((l7[2] & (1u << 6)) && (l7[2] & (1u << 11)) && (l7[2] & (1u << 12)) &&
                    (l7[2] & (1u << 14)))
                    flags |= VMAF_CPU_AVX512ICL;
            }
        }
    }
#elif defined(VMAF__NEON)
    flags |= VMAF_CPU_NEON;
#endif
    return flags;
}

/* ---- memory: one block, 64-byte aligned by us ---- */
VMAF__PRIVATE void *vmaf__alloc(const VmafAllocator *a, size_t size)
{
    unsigned char *raw, *p;
    if (size > (size_t)-1 - 64 - sizeof(void *)) return NULL;
    size += 64 + sizeof(void *);
    raw = (unsigned char *)((a && a->alloc) ? a->alloc(size, a->user) : VMAF_MALLOC(size, a ? a->user : NULL));
    if (!raw) return NULL;
    p = raw + sizeof(void *);
    p += (64 - ((uintptr_t)p & 63)) & 63;
    memcpy(p - sizeof(void *), &raw, sizeof(void *));
    return p;
}
VMAF__PRIVATE void vmaf__free(const VmafAllocator *a, void *p)
{
    void *raw;
    if (!p) return;
    memcpy(&raw, (unsigned char *)p - sizeof(void *), sizeof(void *));
    if (a && a->free) a->free(raw, a->user);
    else VMAF_FREE(raw, a ? a->user : NULL);
}
/* Round up to 64 bytes; returns 0 on overflow. */
VMAF__PRIVATE size_t vmaf__align64(size_t n) { return n > (size_t)-1 - 63 ? 0 : (n + 63) & ~(size_t)63; }
/* a * b, or 0 if it overflows size_t. */
VMAF__PRIVATE size_t vmaf__mul(size_t a, size_t b) { return (b && a > (size_t)-1 / b) ? 0 : a * b; }
/* a + b, or 0 if it overflows size_t. */
VMAF__PRIVATE size_t vmaf__add(size_t a, size_t b) { return a > (size_t)-1 - b ? 0 : a + b; }

/* ---- logging ---- */
VMAF__PRIVATE int vmaf__fail(VmafLogFn log, void *user, int err, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
VMAF__PRIVATE int vmaf__fail(VmafLogFn log, void *user, int err, const char *fmt, ...)
{
    if (log) {
        char msg[512];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        log(user, 1, msg);
    }
    return err;
}

/* ---- plane validation ---- */
/* Checks one plane against the geometry a state was created for. */
VMAF__PRIVATE int vmaf__check_plane(const VmafPlane *p, unsigned w, unsigned h, unsigned bpc)
{
    size_t row;
    if (!p || !p->data) return VMAF_ERR_INVALID_ARGUMENT;
    if (p->bpc < 8 || p->bpc > 16) return VMAF_ERR_BAD_BPC;
    if (p->w != w || p->h != h || p->bpc != bpc) return VMAF_ERR_MISMATCH;
    row = (size_t)p->w * (p->bpc > 8 ? 2u : 1u);
    if (p->stride < 0 || (size_t)p->stride < row) return VMAF_ERR_BAD_STRIDE;
    /* uint16 samples must be 2-byte aligned, on every row */
    if (p->bpc > 8 && ((((uintptr_t)p->data) & 1u) || (p->stride & 1))) return VMAF_ERR_BAD_STRIDE;
    return VMAF_OK;
}
/* 1 if a reference and a distorted frame differ in size, bit depth or layout (the callers
   return VMAF_ERR_MISMATCH). */
VMAF__PRIVATE int vmaf__frames_differ(const VmafFrame *a, const VmafFrame *b)
{
    return a->w != b->w || a->h != b->h || a->bpc != b->bpc || a->layout != b->layout;
}
/* Checks a geometry against a minimum size and an 8K-class maximum (32768 x 32768, well below
   any int/size_t overflow in the kernels). */
VMAF__PRIVATE int vmaf__check_geometry(unsigned w, unsigned h, unsigned bpc, unsigned min_w, unsigned min_h)
{
    if (bpc < 8 || bpc > 16) return VMAF_ERR_BAD_BPC;
    if (w > 32768u || h > 32768u) return VMAF_ERR_TOO_LARGE;
    if (w < min_w || h < min_h) return VMAF_ERR_TOO_SMALL;
    return VMAF_OK;
}

/* ---- options (libvmaf's VmafOption semantics, SPEC 6.5) ---- */
enum { VMAF__OPT_BOOL, VMAF__OPT_INT, VMAF__OPT_DOUBLE, VMAF__OPT_STRING };
enum { VMAF__OPT_FEATURE_PARAM = 1 };

/* One option of an extractor. The value lives in a config struct at `offset`:
   bool -> int (0/1), int -> int, double -> double, string -> const char * (one of `choices`). */
typedef struct VmafOptionDesc {
    const char *name;   /* libvmaf option name */
    const char *alias;  /* short name in output-key suffixes, NULL = name */
    int type;           /* VMAF__OPT_* */
    size_t offset;
    double def;         /* default (bool/int/double) */
    double min, max;    /* accepted range (bool/int/double) */
    unsigned flags;     /* VMAF__OPT_FEATURE_PARAM */
    const char *const *choices; /* string options: NULL-terminated accepted values; [0] = default */
} VmafOptionDesc;

/* libvmaf's numeric normalisation of option text: strtof, widen to double, print with %g,
   then atof (double) / atoi (int). Returns 0 if `text` is not a complete number. */
VMAF__PRIVATE int vmaf__opt_normalize(const char *text, double *out)
{
    char *end = NULL, buf[64];
    float f;
    if (!text || !*text) return 0;
    f = strtof(text, &end);
    if (!end || *end != 0 || end == text) return 0;
    snprintf(buf, sizeof buf, "%g", (double)f);
    *out = atof(buf);
    return 1;
}

/* Sets option `name` from `value` text in the struct `cfg`. Returns 0, VMAF_ERR_BAD_OPTION. */
VMAF__PRIVATE int vmaf__opt_set(const VmafOptionDesc *opts, void *cfg, const char *name,
                                const char *value, VmafLogFn log, void *log_user)
{
    const VmafOptionDesc *o;
    for (o = opts; o->name; o++)
        if (!strcmp(o->name, name)) break;
    if (!o->name) return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "unknown option '%s'", name);
    if (o->type == VMAF__OPT_BOOL) {
        int b;
        if (!strcmp(value, "true") || !strcmp(value, "1")) b = 1;
        else if (!strcmp(value, "false") || !strcmp(value, "0")) b = 0;
        else return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "option '%s' needs true or false, not '%s'", name, value);
        memcpy((char *)cfg + o->offset, &b, sizeof b);
    } else if (o->type == VMAF__OPT_STRING) {
        const char *const *c;
        for (c = o->choices; c && *c; c++)
            if (!strcmp(*c, value)) break;
        if (!c || !*c) return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "option '%s' does not accept '%s'", name, value);
        memcpy((char *)cfg + o->offset, c, sizeof(const char *));
    } else {
        double d;
        if (!vmaf__opt_normalize(value, &d))
            return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "option '%s' needs a number, not '%s'", name, value);
        if (o->type == VMAF__OPT_INT) {
            char buf[64];
            int i;
            snprintf(buf, sizeof buf, "%g", d);
            i = atoi(buf);
            if (!(i >= o->min && i <= o->max))
                return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "option '%s' = %d is outside [%g, %g]", name, i, o->min, o->max);
            memcpy((char *)cfg + o->offset, &i, sizeof i);
        } else {
            if (!(d >= o->min && d <= o->max))
                return vmaf__fail(log, log_user, VMAF_ERR_BAD_OPTION, "option '%s' = %g is outside [%g, %g]", name, d, o->min, o->max);
            memcpy((char *)cfg + o->offset, &d, sizeof d);
        }
    }
    return VMAF_OK;
}

/* Writes every option's default into `cfg`. */
VMAF__PRIVATE void vmaf__opt_defaults(const VmafOptionDesc *opts, void *cfg)
{
    const VmafOptionDesc *o;
    for (o = opts; o->name; o++) {
        if (o->type == VMAF__OPT_BOOL || o->type == VMAF__OPT_INT) {
            int i = (int)o->def;
            memcpy((char *)cfg + o->offset, &i, sizeof i);
        } else if (o->type == VMAF__OPT_DOUBLE) {
            memcpy((char *)cfg + o->offset, &o->def, sizeof o->def);
        } else {
            memcpy((char *)cfg + o->offset, &o->choices[0], sizeof(const char *));
        }
    }
}

/* Parses "opt=val:opt=val" (NULL or "" = nothing) into `cfg`. */
VMAF__PRIVATE int vmaf__opt_parse(const VmafOptionDesc *opts, void *cfg, const char *text,
                                  VmafLogFn log, void *log_user)
{
    char name[128], value[128];
    while (text && *text) {
        size_t n = 0, v = 0;
        int err;
        while (*text && *text != '=' && *text != ':') {
            if (n + 1 >= sizeof name) return vmaf__fail(log, log_user, VMAF_ERR_PARSE, "option name too long");
            name[n++] = *text++;
        }
        name[n] = 0;
        if (*text != '=') return vmaf__fail(log, log_user, VMAF_ERR_PARSE, "option '%s' has no '=value'", name);
        text++;
        while (*text && *text != ':') {
            if (v + 1 >= sizeof value) return vmaf__fail(log, log_user, VMAF_ERR_PARSE, "value of option '%s' too long", name);
            value[v++] = *text++;
        }
        value[v] = 0;
        if (*text == ':') text++;
        err = vmaf__opt_set(opts, cfg, name, value, log, log_user);
        if (err) return err;
    }
    return VMAF_OK;
}

/* Builds the collector key of provided feature `provided` under the effective options in
   `cfg` (SPEC 6.5): unchanged when every feature-param option equals its default, else
   vmaf_name_alias(provided) + "_<alias>" (bool) or "_<alias>_<value>" per differing option,
   in strcmp order of option name; truncated to 255 bytes like libvmaf. */
VMAF__PRIVATE void vmaf__opt_key(const VmafOptionDesc *opts, const void *cfg, const char *provided,
                                 char *out, size_t size)
{
    const VmafOptionDesc *o, *sorted[64];
    char buf[257];
    size_t n = 0, i, j;
    for (o = opts; o->name && n < 64; o++) {
        int differs = 0;
        if (!(o->flags & VMAF__OPT_FEATURE_PARAM)) continue;
        if (o->type == VMAF__OPT_BOOL || o->type == VMAF__OPT_INT) {
            int v;
            memcpy(&v, (const char *)cfg + o->offset, sizeof v);
            differs = v != (int)o->def;
        } else if (o->type == VMAF__OPT_DOUBLE) {
            double v;
            memcpy(&v, (const char *)cfg + o->offset, sizeof v);
            differs = v != o->def;
        } else {
            const char *v;
            memcpy(&v, (const char *)cfg + o->offset, sizeof v);
            differs = strcmp(v, o->choices[0]) != 0;
        }
        if (differs) sorted[n++] = o;
    }
    for (i = 1; i < n; i++) /* insertion sort by name */
        for (j = i; j > 0 && strcmp(sorted[j - 1]->name, sorted[j]->name) > 0; j--) {
            const VmafOptionDesc *t = sorted[j];
            sorted[j] = sorted[j - 1];
            sorted[j - 1] = t;
        }
    if (n == 0) {
        snprintf(buf, sizeof buf, "%s", provided);
    } else {
        size_t len;
        snprintf(buf, 257, "%s", vmaf_name_alias(provided));
        for (i = 0; i < n; i++) {
            const char *a = sorted[i]->alias ? sorted[i]->alias : sorted[i]->name;
            len = strlen(buf);
            if (len >= 256) break;
            if (sorted[i]->type == VMAF__OPT_BOOL) {
                snprintf(buf + len, 257 - len, "_%s", a);
            } else if (sorted[i]->type == VMAF__OPT_INT) {
                int v;
                memcpy(&v, (const char *)cfg + sorted[i]->offset, sizeof v);
                snprintf(buf + len, 257 - len, "_%s_%d", a, v);
            } else if (sorted[i]->type == VMAF__OPT_DOUBLE) {
                double v;
                memcpy(&v, (const char *)cfg + sorted[i]->offset, sizeof v);
                snprintf(buf + len, 257 - len, "_%s_%g", a, v);
            } else {
                const char *v;
                memcpy(&v, (const char *)cfg + sorted[i]->offset, sizeof v);
                snprintf(buf + len, 257 - len, "_%s_%s", a, v);
            }
        }
        buf[255] = 0;
    }
    if (size) {
        size_t len = strlen(buf);
        if (len > size - 1) len = size - 1;
        memcpy(out, buf, len);
        out[len] = 0;
    }
}
#elif VMAF_COMMON_PRIVATE != 2
#error "vmaf_*.h implementations from different releases are mixed in one translation unit"
#endif /* VMAF_COMMON_PRIVATE */
/* ---- end of vmaf common block: private part ---- */
/* <<< vmaf common private <<< */

VMAF__FP_BEGIN

/* ================================================================================================
   Constants (facts carried over from libvmaf)
   ============================================================================================== */

/* Integer blur, Q16, sum 65536 (libvmaf integer_motion.h `filter`). */
static const int32_t vmaf__mot_g[5] = {3571, 16004, 26386, 16004, 3571};
/* Float blurs (libvmaf motion_tools.h FILTER_5_s, FILTER_3_s, FILTER_5_NO_OP_s): the double
   literals are converted to float exactly as the reference's float arrays are. */
static const float vmaf__mot_f5[5] = {(float)0.054488685, (float)0.244201342, (float)0.402619947, (float)0.244201342, (float)0.054488685};
static const float vmaf__mot_f3[3] = {(float)0.166378498, (float)0.667243004, (float)0.166378498};
static const float vmaf__mot_f1[5] = {(float)0.0, (float)0.0, (float)1.0, (float)0.0, (float)0.0};

/* libvmaf's limit on the bilinear half-size width (vif_tools.h VIF_BILINEAR_MAX_WIDTH). */
#define VMAF__MOT_BILINEAR_MAX_W 7680

enum { VMAF__MOT_M = 1, VMAF__MOT_M2 = 2, VMAF__MOT_M3 = 4 };
enum { VMAF__MOT_KEY_SAD, VMAF__MOT_KEY_MOTION, VMAF__MOT_KEY_M2, VMAF__MOT_KEY_M3, VMAF__MOT_NKEYS };

/* ================================================================================================
   Option tables (libvmaf integer_motion.c / float_motion.c `options`, v3.0.0 integer_motion.c)
   ============================================================================================== */
#define VMAF__MOT_OFF(f) offsetof(VmafMotionOptions, f)
static const VmafOptionDesc vmaf__mot_opts_int[] = {
    {"motion_force_zero", "force_0", VMAF__OPT_BOOL, VMAF__MOT_OFF(force_zero), 0, 0, 1, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_blend_factor", "mbf", VMAF__OPT_DOUBLE, VMAF__MOT_OFF(blend_factor), 1.0, 0.0, 1.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_blend_offset", "mbo", VMAF__OPT_DOUBLE, VMAF__MOT_OFF(blend_offset), 40.0, 0.0, 1000.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_fps_weight", "mfw", VMAF__OPT_DOUBLE, VMAF__MOT_OFF(fps_weight), 1.0, 0.0, 5.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_max_val", "mmxv", VMAF__OPT_DOUBLE, VMAF__MOT_OFF(max_val), 10000.0, 0.0, 10000.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_five_frame_window", "mffw", VMAF__OPT_BOOL, VMAF__MOT_OFF(five_frame_window), 0, 0, 1, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_moving_average", "mma", VMAF__OPT_BOOL, VMAF__MOT_OFF(moving_average), 0, 0, 1, VMAF__OPT_FEATURE_PARAM, NULL},
    {"debug", NULL, VMAF__OPT_BOOL, VMAF__MOT_OFF(debug), 0, 0, 1, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
static const VmafOptionDesc vmaf__mot_opts_float[] = {
    {"debug", NULL, VMAF__OPT_BOOL, VMAF__MOT_OFF(debug), 1, 0, 1, 0, NULL},
    {"motion_force_zero", "force_0", VMAF__OPT_BOOL, VMAF__MOT_OFF(force_zero), 0, 0, 1, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_fps_weight", "mfw", VMAF__OPT_DOUBLE, VMAF__MOT_OFF(fps_weight), 1.0, 0.0, 5.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_blend_factor", "mbf", VMAF__OPT_DOUBLE, VMAF__MOT_OFF(blend_factor), 1.0, 0.0, 1.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_blend_offset", "mbo", VMAF__OPT_DOUBLE, VMAF__MOT_OFF(blend_offset), 40.0, 0.0, 1000.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_add_scale1", "mdc", VMAF__OPT_BOOL, VMAF__MOT_OFF(add_scale1), 0, 0, 1, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_filter_size", "mfs", VMAF__OPT_INT, VMAF__MOT_OFF(filter_size), 5, 0, 9, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_add_uv", "mau", VMAF__OPT_BOOL, VMAF__MOT_OFF(add_uv), 0, 0, 1, VMAF__OPT_FEATURE_PARAM, NULL},
    {"motion_max_val", "mmxv", VMAF__OPT_DOUBLE, VMAF__MOT_OFF(max_val), 10000.0, 0.0, 10000.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
static const VmafOptionDesc vmaf__mot_opts_v30[] = {
    {"debug", NULL, VMAF__OPT_BOOL, VMAF__MOT_OFF(debug), 1, 0, 1, 0, NULL},
    {"motion_force_zero", "force_0", VMAF__OPT_BOOL, VMAF__MOT_OFF(force_zero), 0, 0, 1, VMAF__OPT_FEATURE_PARAM, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
#undef VMAF__MOT_OFF

static const char *const vmaf__mot_provided_int[] = {
    "VMAF_integer_feature_motion_sad_score", "VMAF_integer_feature_motion_score",
    "VMAF_integer_feature_motion2_score", "VMAF_integer_feature_motion3_score", NULL};
static const char *const vmaf__mot_provided_float[] = {
    "VMAF_feature_motion_score", "VMAF_feature_motion2_score", "VMAF_feature_motion3_score", NULL};
static const char *const vmaf__mot_provided_v30[] = {
    "VMAF_integer_feature_motion_score", "VMAF_integer_feature_motion2_score", NULL};

VMAF__PRIVATE const VmafOptionDesc *vmaf__mot_desc(int kind)
{
    return kind == VMAF_MOTION_FLOAT ? vmaf__mot_opts_float
         : kind == VMAF_MOTION_INTEGER_V30 ? vmaf__mot_opts_v30 : vmaf__mot_opts_int;
}
VMAF__PRIVATE const char *const *vmaf__mot_provided(int kind)
{
    return kind == VMAF_MOTION_FLOAT ? vmaf__mot_provided_float
         : kind == VMAF_MOTION_INTEGER_V30 ? vmaf__mot_provided_v30 : vmaf__mot_provided_int;
}

/* ================================================================================================
   Kernels. Each state holds a table of them, picked at create from the CPU features minus the
   cpumask: scalar C, AVX2, AVX-512 (x86-64, chosen at run time) or NEON (AArch64, compile
   time). Every SIMD kernel gives bit-identical results to the scalar one:
     - integer kernels are exact (the same integers; only the grouping of exact sums differs,
       and wrapping uint32 row sums are order-free);
     - float kernels do, per sample, the same float operations in the same order (separate
       multiply and add, never FMA; the blur adds taps in tap order); a SAD row is summed in
       column order in one lane (rows are spread across lanes with a transpose), and the
       frame sum adds the row sums in row order.
   ============================================================================================== */
typedef struct vmaf__mot_kernels {
    /* libvmaf 3.2 pipeline: SAD of the 5x5-blurred signed difference prev - cur.
       Byte pointers and byte strides; 16-bit rows are 2-byte aligned. `row`: w int32. */
    uint64_t (*isad8)(const unsigned char *prev, ptrdiff_t ps, const unsigned char *cur,
                      ptrdiff_t cs, int32_t *row, int w, int h);
    uint64_t (*isad16)(const unsigned char *prev, ptrdiff_t ps, const unsigned char *cur,
                       ptrdiff_t cs, int32_t *row, int w, int h, int bpc);
    /* libvmaf 3.0: row y of the 16-bit blur of `src` (vertical pass into tmp, then
       horizontal) written over prow; returns sum |old prow - new| (uint32, wraps) if `sad`. */
    uint32_t (*lblur)(const unsigned char *src, ptrdiff_t stride, int bpc, int w, int h, int y,
                      uint16_t *tmp, uint16_t *prow, int sad);
    /* float: one converted source row, vertical pass over fw rows, horizontal pass
       (reflect-101), SAD (returns acc + the row sums of |a - b|, rows in order), one row of
       the bilinear half-size scaler. */
    void (*fconv)(const unsigned char *src, int bpc, int w, float *out);
    void (*fvpass)(const float *const *rows, const float *f, int fw, int w, float *out);
    void (*fhpass)(const float *in, const float *f, int fw, int w, float *out);
    float (*fsad)(const float *a, const float *b, ptrdiff_t stride, int w, int h, float acc);
    void (*fbilin)(const float *r1, const float *r2, float dy, float *d, int dst_w, const int *x1a,
                   const int *x2a, const float *dxa);
    const char *name; /* "scalar", "avx2", "avx512", "neon" */
} vmaf__mot_kernels;

/* reflect-101: -1 -> 1, n -> n-2 (libvmaf 3.2 `mirror`, float convolution edges) */
VMAF__FORCEINLINE int vmaf__mot_r101(int i, int n) { return i < 0 ? -i : (i >= n ? 2 * n - i - 2 : i); }
/* libvmaf 3.0 integer motion edges: reflect-101 below 0, edge repeated above: n -> n-1 */
VMAF__FORCEINLINE int vmaf__mot_symr(int i, int n) { return i < 0 ? -i : (i >= n ? 2 * n - i - 1 : i); }

/* ---- integer 3.2: column helpers (also the tails and edges of the SIMD kernels) ---- */
/* |horizontal 5-tap pass| at column x of the blurred difference row t (reflect-101). */
VMAF__FORCEINLINE uint32_t vmaf__mot_hcol(const int32_t *t, int x, int w)
{
    int64_t a = 0;
    int32_t v;
    int k;
    for (k = 0; k < 5; k++) a += (int64_t)vmaf__mot_g[k] * t[vmaf__mot_r101(x - 2 + k, w)];
    v = (int32_t)((a + 32768) >> 16);
    return (uint32_t)(v < 0 ? -v : v);
}
/* Sum of vmaf__mot_hcol over columns [x0, x1), uint32 (wraps as libvmaf's row_sad). */
VMAF__FORCEINLINE uint32_t vmaf__mot_hcols(const int32_t *t, int x0, int x1, int w)
{
    uint32_t s = 0;
    int x;
    for (x = x0; x < x1; x++) s += vmaf__mot_hcol(t, x, w);
    return s;
}
/* One column of the 8-bit vertical pass: (sum G*(p - c) + 128) >> 8. */
VMAF__FORCEINLINE int32_t vmaf__mot_v8col(const uint8_t *const *pr, const uint8_t *const *cr, int x)
{
    int32_t a = vmaf__mot_g[0] * ((int32_t)pr[0][x] - (int32_t)cr[0][x] + (int32_t)pr[4][x] - (int32_t)cr[4][x]) +
                vmaf__mot_g[1] * ((int32_t)pr[1][x] - (int32_t)cr[1][x] + (int32_t)pr[3][x] - (int32_t)cr[3][x]) +
                vmaf__mot_g[2] * ((int32_t)pr[2][x] - (int32_t)cr[2][x]);
    return (a + 128) >> 8;
}
/* One column of the 16-bit vertical pass: (sum G*(p - c) + 2^(bpc-1)) >> bpc, int64 sum. */
VMAF__FORCEINLINE int32_t vmaf__mot_v16col(const uint16_t *const *pr, const uint16_t *const *cr, int x, int bpc)
{
    int64_t a = (int64_t)(vmaf__mot_g[0] * ((int32_t)pr[0][x] - (int32_t)cr[0][x] + (int32_t)pr[4][x] - (int32_t)cr[4][x])) +
                (int64_t)(vmaf__mot_g[1] * ((int32_t)pr[1][x] - (int32_t)cr[1][x] + (int32_t)pr[3][x] - (int32_t)cr[3][x])) +
                (int64_t)(vmaf__mot_g[2] * ((int32_t)pr[2][x] - (int32_t)cr[2][x]));
    return (int32_t)((a + ((int64_t)1 << (bpc - 1))) >> bpc);
}
/* Row pointers of the five source rows around y (reflect-101). */
VMAF__FORCEINLINE void vmaf__mot_rows5(const unsigned char *base, ptrdiff_t stride, int y, int h, const unsigned char **r)
{
    int k;
    for (k = 0; k < 5; k++) r[k] = base + (ptrdiff_t)vmaf__mot_r101(y - 2 + k, h) * stride;
}

/* Horizontal 5-tap pass of one row of the blurred difference, |.| summed in uint32 (wraps as
   libvmaf's row_sad does). Source: libvmaf integer_motion.c motion_score_pipeline_8/16. */
VMAF__PRIVATE uint32_t vmaf__mot_hsum_c(const int32_t *t, int w)
{
    uint32_t s;
    int x;
    if (w < 5) return vmaf__mot_hcols(t, 0, w, w);
    s = vmaf__mot_hcols(t, 0, 2, w);
    for (x = 2; x < w - 2; x++) {
        const int32_t *p = t + x - 2;
        int64_t a = (int64_t)vmaf__mot_g[0] * (p[0] + p[4]) + (int64_t)vmaf__mot_g[1] * (p[1] + p[3]) +
                    (int64_t)vmaf__mot_g[2] * p[2];
        int32_t v = (int32_t)((a + 32768) >> 16);
        s += (uint32_t)(v < 0 ? -v : v);
    }
    return s + vmaf__mot_hcols(t, w - 2, w, w);
}

/* Vertical pass of the 8-bit pipeline for one row: t = (sum G*(p - c) + 128) >> 8. G is
   symmetric, so G0*(d0+d4) + G1*(d1+d3) + G2*d2 (exact integers, any order is the same). */
VMAF__PRIVATE int32_t vmaf__mot_vrow8_c(const uint8_t *const *pr, const uint8_t *const *cr, int32_t *VMAF__RESTRICT t, int w)
{
    const uint8_t *VMAF__RESTRICT p0 = pr[0], *VMAF__RESTRICT p1 = pr[1], *VMAF__RESTRICT p2 = pr[2];
    const uint8_t *VMAF__RESTRICT p3 = pr[3], *VMAF__RESTRICT p4 = pr[4];
    const uint8_t *VMAF__RESTRICT c0 = cr[0], *VMAF__RESTRICT c1 = cr[1], *VMAF__RESTRICT c2 = cr[2];
    const uint8_t *VMAF__RESTRICT c3 = cr[3], *VMAF__RESTRICT c4 = cr[4];
    int32_t any = 0;
    int x;
    for (x = 0; x < w; x++) {
        int32_t a = vmaf__mot_g[0] * ((int32_t)p0[x] - (int32_t)c0[x] + (int32_t)p4[x] - (int32_t)c4[x]) +
                    vmaf__mot_g[1] * ((int32_t)p1[x] - (int32_t)c1[x] + (int32_t)p3[x] - (int32_t)c3[x]) +
                    vmaf__mot_g[2] * ((int32_t)p2[x] - (int32_t)c2[x]);
        int32_t v = (a + 128) >> 8; /* arithmetic shift, as the reference */
        t[x] = v;
        any |= v;
    }
    return any;
}

VMAF__PRIVATE uint64_t vmaf__mot_isad8_c(const unsigned char *prev, ptrdiff_t ps, const unsigned char *cur,
                                         ptrdiff_t cs, int32_t *t, int w, int h)
{
    uint64_t sad = 0;
    int y;
    for (y = 0; y < h; y++) {
        const unsigned char *pr[5], *cr[5];
        vmaf__mot_rows5(prev, ps, y, h, pr);
        vmaf__mot_rows5(cur, cs, y, h, cr);
        if (vmaf__mot_vrow8_c(pr, cr, t, w)) sad += vmaf__mot_hsum_c(t, w); /* an all-zero row adds 0 */
    }
    return sad;
}

/* Vertical pass of the 16-bit pipeline: t = (sum G*(p - c) + 2^(bpc-1)) >> bpc. Every product
   fits in int32 (|d0 + d4| <= 131070); the sum is int64 as in the reference. */
VMAF__PRIVATE int32_t vmaf__mot_vrow16_c(const uint16_t *const *pr, const uint16_t *const *cr, int32_t *VMAF__RESTRICT t,
                                         int w, int bpc)
{
    const uint16_t *VMAF__RESTRICT p0 = pr[0], *VMAF__RESTRICT p1 = pr[1], *VMAF__RESTRICT p2 = pr[2];
    const uint16_t *VMAF__RESTRICT p3 = pr[3], *VMAF__RESTRICT p4 = pr[4];
    const uint16_t *VMAF__RESTRICT c0 = cr[0], *VMAF__RESTRICT c1 = cr[1], *VMAF__RESTRICT c2 = cr[2];
    const uint16_t *VMAF__RESTRICT c3 = cr[3], *VMAF__RESTRICT c4 = cr[4];
    const int64_t rnd = (int64_t)1 << (bpc - 1);
    int32_t any = 0;
    int x;
    for (x = 0; x < w; x++) {
        int64_t a = (int64_t)(vmaf__mot_g[0] * ((int32_t)p0[x] - (int32_t)c0[x] + (int32_t)p4[x] - (int32_t)c4[x])) +
                    (int64_t)(vmaf__mot_g[1] * ((int32_t)p1[x] - (int32_t)c1[x] + (int32_t)p3[x] - (int32_t)c3[x])) +
                    (int64_t)(vmaf__mot_g[2] * ((int32_t)p2[x] - (int32_t)c2[x]));
        int32_t v = (int32_t)((a + rnd) >> bpc);
        t[x] = v;
        any |= v;
    }
    return any;
}

VMAF__PRIVATE uint64_t vmaf__mot_isad16_c(const unsigned char *prev, ptrdiff_t ps, const unsigned char *cur,
                                          ptrdiff_t cs, int32_t *t, int w, int h, int bpc)
{
    uint64_t sad = 0;
    int y, k;
    for (y = 0; y < h; y++) {
        const unsigned char *pb[5], *cb[5];
        const uint16_t *pr[5], *cr[5];
        vmaf__mot_rows5(prev, ps, y, h, pb);
        vmaf__mot_rows5(cur, cs, y, h, cb);
        for (k = 0; k < 5; k++) {
            pr[k] = (const uint16_t *)(const void *)pb[k];
            cr[k] = (const uint16_t *)(const void *)cb[k];
        }
        if (vmaf__mot_vrow16_c(pr, cr, t, w, bpc)) sad += vmaf__mot_hsum_c(t, w);
    }
    return sad;
}

/* ---- integer 3.0: libvmaf 3.0.0 integer_motion.c y_convolution_8/16 + x_convolution_16 ----
   vertical (sum G*p + 2^(s-1)) >> s into uint16 (s = 8 for 8-bit, else bpc; the store wraps
   like the reference's uint16 store), horizontal (sum G*t + 32768) >> 16; top/left
   reflect-101, bottom/right edge-repeating mirror. All sums fit in uint32. */
VMAF__FORCEINLINE uint16_t vmaf__mot_lv8col(const uint8_t *const *r, int x)
{
    uint32_t a = (uint32_t)vmaf__mot_g[0] * r[0][x];
    a += (uint32_t)vmaf__mot_g[1] * r[1][x];
    a += (uint32_t)vmaf__mot_g[2] * r[2][x];
    a += (uint32_t)vmaf__mot_g[3] * r[3][x];
    a += (uint32_t)vmaf__mot_g[4] * r[4][x];
    return (uint16_t)((a + 128u) >> 8);
}
VMAF__FORCEINLINE uint16_t vmaf__mot_lv16col(const uint16_t *const *r, int x, int shift)
{
    uint32_t a = (uint32_t)vmaf__mot_g[0] * r[0][x];
    a += (uint32_t)vmaf__mot_g[1] * r[1][x];
    a += (uint32_t)vmaf__mot_g[2] * r[2][x];
    a += (uint32_t)vmaf__mot_g[3] * r[3][x];
    a += (uint32_t)vmaf__mot_g[4] * r[4][x];
    return (uint16_t)((a + ((uint32_t)1 << (shift - 1))) >> shift);
}
/* Horizontal pass at column x (any x, mirrored). */
VMAF__FORCEINLINE uint16_t vmaf__mot_lhcol(const uint16_t *tmp, int x, int w)
{
    uint32_t a = 0;
    int k;
    for (k = 0; k < 5; k++) a += (uint32_t)vmaf__mot_g[k] * tmp[vmaf__mot_symr(x - 2 + k, w)];
    return (uint16_t)((a + 32768u) >> 16);
}
/* Horizontal pass over columns [x0, x1) written over prow; returns the SAD against the old
   prow values (0 without `sad`). */
VMAF__FORCEINLINE uint32_t vmaf__mot_lhcols(const uint16_t *tmp, uint16_t *prow, int x0, int x1, int w, int sad)
{
    uint32_t s = 0;
    int x;
    for (x = x0; x < x1; x++) {
        uint16_t v = vmaf__mot_lhcol(tmp, x, w);
        int d = (int)prow[x] - (int)v;
        if (sad) s += (uint32_t)(d < 0 ? -d : d);
        prow[x] = v;
    }
    return s;
}
/* Row pointers of the five source rows around y (top reflect-101, bottom edge-repeating). */
VMAF__FORCEINLINE void vmaf__mot_lrows5(const unsigned char *src, ptrdiff_t stride, int y, int h, const unsigned char **r)
{
    int k;
    for (k = 0; k < 5; k++) r[k] = src + (ptrdiff_t)vmaf__mot_symr(y - 2 + k, h) * stride;
}

VMAF__PRIVATE uint32_t vmaf__mot_lblur_c(const unsigned char *src, ptrdiff_t stride, int bpc, int w, int h, int y,
                                         uint16_t *VMAF__RESTRICT tmp, uint16_t *VMAF__RESTRICT prow, int sad)
{
    const unsigned char *rb[5];
    uint32_t s = 0;
    int x;
    vmaf__mot_lrows5(src, stride, y, h, rb);
    if (bpc == 8) {
        const uint8_t *r[5];
        for (x = 0; x < 5; x++) r[x] = rb[x];
        for (x = 0; x < w; x++) tmp[x] = vmaf__mot_lv8col(r, x);
    } else {
        const uint16_t *r[5];
        for (x = 0; x < 5; x++) r[x] = (const uint16_t *)(const void *)rb[x];
        for (x = 0; x < w; x++) tmp[x] = vmaf__mot_lv16col(r, x, bpc);
    }
    if (w < 5) return vmaf__mot_lhcols(tmp, prow, 0, w, w, sad);
    s = vmaf__mot_lhcols(tmp, prow, 0, 2, w, sad);
    for (x = 2; x < w - 2; x++) {
        const uint16_t *p = tmp + x - 2;
        uint32_t a = (uint32_t)vmaf__mot_g[0] * p[0];
        uint16_t v;
        int d;
        a += (uint32_t)vmaf__mot_g[1] * p[1];
        a += (uint32_t)vmaf__mot_g[2] * p[2];
        a += (uint32_t)vmaf__mot_g[3] * p[3];
        a += (uint32_t)vmaf__mot_g[4] * p[4];
        v = (uint16_t)((a + 32768u) >> 16);
        d = (int)prow[x] - (int)v;
        s += (uint32_t)(d < 0 ? -d : d);
        prow[x] = v;
    }
    s += vmaf__mot_lhcols(tmp, prow, w - 2, w, w, sad);
    return sad ? s : 0;
}

/* ---- float motion ---- */
/* (float)p / 2^(bpc-8) - 128 for one row (libvmaf picture_copy). */
VMAF__PRIVATE void vmaf__mot_fconv_c(const unsigned char *src, int bpc, int w, float *out)
{
    int x;
    if (bpc == 8) {
        for (x = 0; x < w; x++) out[x] = (float)src[x] + -128.0f;
    } else {
        const uint16_t *s = (const uint16_t *)(const void *)src;
        const float div = (float)(1u << (bpc - 8));
        for (x = 0; x < w; x++) out[x] = (float)s[x] / div + -128.0f;
    }
}

/* Float vertical pass (libvmaf common/convolution.c convolution_y_c_s and the AVX scanline:
   acc = 0, then acc += f[k] * x[k] in tap order, all float). rows[k] is source row y-r+k
   after reflect-101. */
VMAF__FORCEINLINE float vmaf__mot_fvcol(const float *const *rows, const float *f, int fw, int x)
{
    float a = 0.0f;
    int k;
    for (k = 0; k < fw; k++) a += f[k] * rows[k][x];
    return a;
}
VMAF__PRIVATE void vmaf__mot_fvpass_c(const float *const *rows, const float *f, int fw, int w, float *VMAF__RESTRICT out)
{
    const float *VMAF__RESTRICT r0 = rows[0], *VMAF__RESTRICT r1 = rows[1], *VMAF__RESTRICT r2 = rows[2];
    const float f0 = f[0], f1 = f[1], f2 = f[2];
    int x;
    if (fw == 5) {
        const float *VMAF__RESTRICT r3 = rows[3], *VMAF__RESTRICT r4 = rows[4];
        const float f3 = f[3], f4 = f[4];
        for (x = 0; x < w; x++) {
            float a = 0.0f;
            a += f0 * r0[x];
            a += f1 * r1[x];
            a += f2 * r2[x];
            a += f3 * r3[x];
            a += f4 * r4[x];
            out[x] = a;
        }
    } else {
        for (x = 0; x < w; x++) {
            float a = 0.0f;
            a += f0 * r0[x];
            a += f1 * r1[x];
            a += f2 * r2[x];
            out[x] = a;
        }
    }
}

/* Float horizontal pass (convolution_x_c_s / convolution_edge_s), reflect-101 columns. */
VMAF__FORCEINLINE float vmaf__mot_fhcol(const float *in, const float *f, int fw, int w, int x)
{
    const int r = fw / 2;
    float a = 0.0f;
    int k;
    for (k = 0; k < fw; k++) a += f[k] * in[vmaf__mot_r101(x - r + k, w)];
    return a;
}
VMAF__PRIVATE void vmaf__mot_fhpass_c(const float *VMAF__RESTRICT in, const float *f, int fw, int w, float *VMAF__RESTRICT out)
{
    const int r = fw / 2;
    int x, k, lo = w < r ? w : r, hi = w - r > r ? w - r : r;
    for (x = 0; x < lo; x++) out[x] = vmaf__mot_fhcol(in, f, fw, w, x);
    if (fw == 5) {
        const float f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
        for (x = 2; x < w - 2; x++) {
            const float *p = in + x - 2;
            float a = 0.0f;
            a += f0 * p[0];
            a += f1 * p[1];
            a += f2 * p[2];
            a += f3 * p[3];
            a += f4 * p[4];
            out[x] = a;
        }
    } else {
        for (x = r; x < w - r; x++) {
            const float *p = in + x - r;
            float a = 0.0f;
            for (k = 0; k < fw; k++) a += f[k] * p[k];
            out[x] = a;
        }
    }
    for (x = hi; x < w; x++) out[x] = vmaf__mot_fhcol(in, f, fw, w, x);
}

/* Sum of absolute differences (libvmaf motion.c vmaf_image_sad_c): a float row sum in column
   order, added to the float frame sum `acc` in row order (the caller divides by w*h; it may
   call this for consecutive stripes of rows). The reference adds
   fabs() in double and stores to float; for two floats that equals the float sum exactly
   (53 >= 2*24+2 bits, so the double rounding is innocuous). */
VMAF__FORCEINLINE float vmaf__mot_fsad_row(const float *pa, const float *pb, int x0, int w, float line)
{
    int x;
    for (x = x0; x < w; x++) line += fabsf(pa[x] - pb[x]);
    return line;
}
VMAF__PRIVATE float vmaf__mot_fsad_c(const float *a, const float *b, ptrdiff_t stride, int w, int h, float acc)
{
    int y;
    for (y = 0; y < h; y++) acc += vmaf__mot_fsad_row(a + (ptrdiff_t)y * stride, b + (ptrdiff_t)y * stride, 0, w, 0.0f);
    return acc;
}

/* One output row of the bilinear resize (libvmaf vif_scale_frame_bilinear_apply_s): r1, r2
   are the source rows y1, y2; x1a/x2a/dxa the column table. */
VMAF__FORCEINLINE float vmaf__mot_fbilin_px(const float *r1, const float *r2, float dy, float ddx, int a, int b)
{
    return (1 - dy) * (1 - ddx) * r1[a] + (1 - dy) * ddx * r1[b] + dy * (1 - ddx) * r2[a] + dy * ddx * r2[b];
}
VMAF__PRIVATE void vmaf__mot_fbilin_c(const float *r1, const float *r2, float dy, float *d, int dst_w, const int *x1a,
                                      const int *x2a, const float *dxa)
{
    int x;
    for (x = 0; x < dst_w; x++) d[x] = vmaf__mot_fbilin_px(r1, r2, dy, dxa[x], x1a[x], x2a[x]);
}

/* ---- AVX2 kernels (x86-64, picked at run time; every function carries VMAF__T_AVX2) ----
   Integer 3.2 horizontal pass in 32-bit lanes: for |t| <= 65535 (always true for in-range
   samples: |t| <= 65280 at 8 bits, <= 65535 above), with G = {3571, 16004, 26386, 16004, 3571}
       (sum G*t + 32768) >> 16 == (((3571*(t0+t4) + 32768) >> 1) + 8002*(t1+t3) + 13193*t2) >> 15
   exactly (G1 = 2*8002, G2 = 2*13193; halving an odd numerator cannot cross a multiple of
   2^16), and every partial sum stays below 2^31 in magnitude. The 16-bit vertical pass uses the
   same identity with shift bpc. Rows where some |t| > 65535 (samples above the bit depth) take
   the scalar horizontal pass. */
#if defined(VMAF__HAVE_AVX2) || defined(VMAF__HAVE_AVX512)
/* helpers shared with the AVX-512 kernels */
VMAF__T_AVX2 VMAF__FORCEINLINE __m256i vmaf__mot_hcore_avx2(__m256i t0, __m256i t1, __m256i t2, __m256i t3, __m256i t4)
{
    const __m256i s04 = _mm256_add_epi32(t0, t4), s13 = _mm256_add_epi32(t1, t3);
    __m256i k = _mm256_srai_epi32(_mm256_add_epi32(_mm256_mullo_epi32(s04, _mm256_set1_epi32(3571)), _mm256_set1_epi32(32768)), 1);
    k = _mm256_add_epi32(k, _mm256_mullo_epi32(s13, _mm256_set1_epi32(8002)));
    k = _mm256_add_epi32(k, _mm256_mullo_epi32(t2, _mm256_set1_epi32(13193)));
    return _mm256_abs_epi32(_mm256_srai_epi32(k, 15));
}
VMAF__T_AVX2 VMAF__FORCEINLINE uint32_t vmaf__mot_hadd_avx2(__m256i v)
{
    __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4e));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xb1));
    return (uint32_t)_mm_cvtsi128_si32(s);
}
VMAF__T_AVX2 VMAF__FORCEINLINE uint32_t vmaf__mot_or_avx2(__m256i v)
{
    __m128i s = _mm_or_si128(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    s = _mm_or_si128(s, _mm_shuffle_epi32(s, 0x4e));
    s = _mm_or_si128(s, _mm_shuffle_epi32(s, 0xb1));
    return (uint32_t)_mm_cvtsi128_si32(s);
}
VMAF__T_AVX2 VMAF__FORCEINLINE __m256i vmaf__mot_ld8x16_avx2(const unsigned char *p)
{
    return _mm256_cvtepu8_epi16(_mm_loadu_si128((const __m128i *)(const void *)p));
}
/* One 8x8 block of |a - b| (rows a..a+7, columns x..x+7) transposed and added column by
   column into `line`, whose lane j holds row j's running sum: row order within a lane is the
   scalar loop's. */
VMAF__T_AVX2 VMAF__FORCEINLINE __m256 vmaf__mot_sadblk_avx2(const float *pa, const float *pb, ptrdiff_t stride, int x, __m256 line)
{
    const __m256 nosign = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
    __m256 r[8], t[8], u[8];
    int j;
    for (j = 0; j < 8; j++)
        r[j] = _mm256_and_ps(nosign, _mm256_sub_ps(_mm256_loadu_ps(pa + j * stride + x), _mm256_loadu_ps(pb + j * stride + x)));
    for (j = 0; j < 8; j += 2) {
        t[j] = _mm256_unpacklo_ps(r[j], r[j + 1]);
        t[j + 1] = _mm256_unpackhi_ps(r[j], r[j + 1]);
    }
    /* u[4g + m]: rows 4g..4g+3 of columns m (low lane) and 4 + m (high lane) */
    for (j = 0; j < 8; j += 4) {
        u[j] = _mm256_shuffle_ps(t[j], t[j + 2], 0x44);
        u[j + 1] = _mm256_shuffle_ps(t[j], t[j + 2], 0xee);
        u[j + 2] = _mm256_shuffle_ps(t[j + 1], t[j + 3], 0x44);
        u[j + 3] = _mm256_shuffle_ps(t[j + 1], t[j + 3], 0xee);
    }
    for (j = 0; j < 4; j++) line = _mm256_add_ps(line, _mm256_permute2f128_ps(u[j], u[4 + j], 0x20));
    for (j = 0; j < 4; j++) line = _mm256_add_ps(line, _mm256_permute2f128_ps(u[j], u[4 + j], 0x31));
    return line;
}
/* Row sums of 8 rows (two = 0) or 16 rows (two = 1: two independent add chains, which hides
   the add latency) over columns [0, 8*floor(w/8)); ls[j] gets row j's partial sum. Returns
   the number of columns done. */
VMAF__T_AVX2 static inline int vmaf__mot_fsad8_avx2(const float *pa, const float *pb, ptrdiff_t stride, int w, int two, float *ls)
{
    __m256 l0 = _mm256_setzero_ps(), l1 = _mm256_setzero_ps();
    const ptrdiff_t o = 8 * stride;
    int x;
    if (two)
        for (x = 0; x + 8 <= w; x += 8) {
            l0 = vmaf__mot_sadblk_avx2(pa, pb, stride, x, l0);
            l1 = vmaf__mot_sadblk_avx2(pa + o, pb + o, stride, x, l1);
        }
    else
        for (x = 0; x + 8 <= w; x += 8) l0 = vmaf__mot_sadblk_avx2(pa, pb, stride, x, l0);
    _mm256_storeu_ps(ls, l0);
    if (two) _mm256_storeu_ps(ls + 8, l1);
    return x;
}
#endif

#if defined(VMAF__HAVE_AVX2)
/* Row SAD of the horizontal pass; needs every |t[x]| <= 65535. */
VMAF__T_AVX2 static uint32_t vmaf__mot_hsum_avx2(const int32_t *t, int w)
{
    __m256i acc = _mm256_setzero_si256();
    uint32_t s;
    int x;
    if (w < 12) return vmaf__mot_hsum_c(t, w);
    s = vmaf__mot_hcols(t, 0, 2, w);
    for (x = 2; x + 10 <= w; x += 8) {
        const int32_t *p = t + x - 2;
        acc = _mm256_add_epi32(acc, vmaf__mot_hcore_avx2(_mm256_loadu_si256((const __m256i *)(const void *)p),
                                                         _mm256_loadu_si256((const __m256i *)(const void *)(p + 1)),
                                                         _mm256_loadu_si256((const __m256i *)(const void *)(p + 2)),
                                                         _mm256_loadu_si256((const __m256i *)(const void *)(p + 3)),
                                                         _mm256_loadu_si256((const __m256i *)(const void *)(p + 4))));
    }
    return s + vmaf__mot_hadd_avx2(acc) + vmaf__mot_hcols(t, x, w, w);
}
/* Adds a row's SAD given the OR of |t| over the row: 0 = all-zero row (adds 0), bits above 16
   = out-of-range samples (scalar pass). */
VMAF__T_AVX2 VMAF__FORCEINLINE uint32_t vmaf__mot_hrow_avx2(const int32_t *t, int w, uint32_t any)
{
    if (!any) return 0;
    return (any >> 16) ? vmaf__mot_hsum_c(t, w) : vmaf__mot_hsum_avx2(t, w);
}

VMAF__T_AVX2 static uint64_t vmaf__mot_isad8_avx2(const unsigned char *prev, ptrdiff_t ps, const unsigned char *cur,
                                                  ptrdiff_t cs, int32_t *t, int w, int h)
{
    const __m256i g01 = _mm256_set1_epi32((16004 << 16) | 3571), g2r = _mm256_set1_epi32((128 << 16) | 26386);
    const __m256i one = _mm256_set1_epi16(1);
    uint64_t sad = 0;
    int y, x;
    for (y = 0; y < h; y++) {
        const unsigned char *pr[5], *cr[5];
        __m256i any = _mm256_setzero_si256();
        uint32_t anys = 0;
        vmaf__mot_rows5(prev, ps, y, h, pr);
        vmaf__mot_rows5(cur, cs, y, h, cr);
        for (x = 0; x + 16 <= w; x += 16) {
            const __m256i d0 = _mm256_sub_epi16(vmaf__mot_ld8x16_avx2(pr[0] + x), vmaf__mot_ld8x16_avx2(cr[0] + x));
            const __m256i d1 = _mm256_sub_epi16(vmaf__mot_ld8x16_avx2(pr[1] + x), vmaf__mot_ld8x16_avx2(cr[1] + x));
            const __m256i d2 = _mm256_sub_epi16(vmaf__mot_ld8x16_avx2(pr[2] + x), vmaf__mot_ld8x16_avx2(cr[2] + x));
            const __m256i d3 = _mm256_sub_epi16(vmaf__mot_ld8x16_avx2(pr[3] + x), vmaf__mot_ld8x16_avx2(cr[3] + x));
            const __m256i d4 = _mm256_sub_epi16(vmaf__mot_ld8x16_avx2(pr[4] + x), vmaf__mot_ld8x16_avx2(cr[4] + x));
            const __m256i s04 = _mm256_add_epi16(d0, d4), s13 = _mm256_add_epi16(d1, d3);
            /* (G0, G1) . (s04, s13) + (G2, 128) . (d2, 1) = sum G*d + 128; lo: columns 0-3, 8-11 */
            __m256i lo = _mm256_add_epi32(_mm256_madd_epi16(_mm256_unpacklo_epi16(s04, s13), g01),
                                          _mm256_madd_epi16(_mm256_unpacklo_epi16(d2, one), g2r));
            __m256i hi = _mm256_add_epi32(_mm256_madd_epi16(_mm256_unpackhi_epi16(s04, s13), g01),
                                          _mm256_madd_epi16(_mm256_unpackhi_epi16(d2, one), g2r));
            lo = _mm256_srai_epi32(lo, 8);
            hi = _mm256_srai_epi32(hi, 8);
            _mm256_storeu_si256((__m256i *)(void *)(t + x), _mm256_permute2x128_si256(lo, hi, 0x20));
            _mm256_storeu_si256((__m256i *)(void *)(t + x + 8), _mm256_permute2x128_si256(lo, hi, 0x31));
            any = _mm256_or_si256(any, _mm256_or_si256(lo, hi));
        }
        for (; x < w; x++) anys |= (uint32_t)(t[x] = vmaf__mot_v8col(pr, cr, x));
        if (anys || !_mm256_testz_si256(any, any)) sad += vmaf__mot_hsum_avx2(t, w); /* |t| <= 65280 */
    }
    return sad;
}

/* 16-bit vertical pass, exact for any samples: 32-bit lanes split into even / odd columns.
   Fills t[0 .. 16*floor(w/16)) and ORs |t| into *any; returns the columns done. */
VMAF__T_AVX2 VMAF__FORCEINLINE int vmaf__mot_v16eo_avx2(const uint16_t *const *pr, const uint16_t *const *cr, int32_t *t, int w,
                                                         int bpc, __m256i *any)
{
    const __m256i lo16 = _mm256_set1_epi32(0xffff), rnd = _mm256_set1_epi32(1 << (bpc - 1));
    const __m256i c0 = _mm256_set1_epi32(3571), c1 = _mm256_set1_epi32(8002), c2 = _mm256_set1_epi32(13193);
    const __m128i sh = _mm_cvtsi32_si128(bpc - 1);
    int x, k;
    for (x = 0; x + 16 <= w; x += 16) {
        /* 32-bit lane i holds columns 2i (low half) and 2i+1 (high half): even / odd */
        __m256i de[5], dO[5], te, to, lo, hi;
        for (k = 0; k < 5; k++) {
            const __m256i p = _mm256_loadu_si256((const __m256i *)(const void *)(pr[k] + x));
            const __m256i c = _mm256_loadu_si256((const __m256i *)(const void *)(cr[k] + x));
            de[k] = _mm256_sub_epi32(_mm256_and_si256(p, lo16), _mm256_and_si256(c, lo16));
            dO[k] = _mm256_sub_epi32(_mm256_srli_epi32(p, 16), _mm256_srli_epi32(c, 16));
        }
        te = _mm256_srai_epi32(_mm256_add_epi32(_mm256_mullo_epi32(_mm256_add_epi32(de[0], de[4]), c0), rnd), 1);
        te = _mm256_add_epi32(te, _mm256_mullo_epi32(_mm256_add_epi32(de[1], de[3]), c1));
        te = _mm256_sra_epi32(_mm256_add_epi32(te, _mm256_mullo_epi32(de[2], c2)), sh);
        to = _mm256_srai_epi32(_mm256_add_epi32(_mm256_mullo_epi32(_mm256_add_epi32(dO[0], dO[4]), c0), rnd), 1);
        to = _mm256_add_epi32(to, _mm256_mullo_epi32(_mm256_add_epi32(dO[1], dO[3]), c1));
        to = _mm256_sra_epi32(_mm256_add_epi32(to, _mm256_mullo_epi32(dO[2], c2)), sh);
        lo = _mm256_unpacklo_epi32(te, to); /* columns 0-3, 8-11 */
        hi = _mm256_unpackhi_epi32(te, to); /* columns 4-7, 12-15 */
        _mm256_storeu_si256((__m256i *)(void *)(t + x), _mm256_permute2x128_si256(lo, hi, 0x20));
        _mm256_storeu_si256((__m256i *)(void *)(t + x + 8), _mm256_permute2x128_si256(lo, hi, 0x31));
        *any = _mm256_or_si256(*any, _mm256_or_si256(_mm256_abs_epi32(te), _mm256_abs_epi32(to)));
    }
    return x;
}
/* 16-bit vertical pass for bpc <= 14 in 16-bit lanes (as the 8-bit pass): exact while every
   sample is below 2^bpc (|d0 + d4| <= 32766); returns the columns done, or -1 when a sample
   of the row is larger (the caller then uses vmaf__mot_v16eo_avx2). */
VMAF__T_AVX2 VMAF__FORCEINLINE int vmaf__mot_v16md_avx2(const uint16_t *const *pr, const uint16_t *const *cr, int32_t *t, int w,
                                                         int bpc, __m256i *any)
{
    const __m256i g01 = _mm256_set1_epi32((16004 << 16) | 3571), g2r = _mm256_set1_epi32((1 << (bpc - 1 + 16)) | 26386);
    const __m256i one = _mm256_set1_epi16(1), above = _mm256_set1_epi16((short)-(1 << bpc));
    const __m128i sh = _mm_cvtsi32_si128(bpc);
    __m256i big = _mm256_setzero_si256(), nz = _mm256_setzero_si256();
    int x, k;
    for (x = 0; x + 16 <= w; x += 16) {
        __m256i d[5], s04, s13, lo, hi;
        for (k = 0; k < 5; k++) {
            const __m256i p = _mm256_loadu_si256((const __m256i *)(const void *)(pr[k] + x));
            const __m256i c = _mm256_loadu_si256((const __m256i *)(const void *)(cr[k] + x));
            big = _mm256_or_si256(big, _mm256_or_si256(p, c));
            d[k] = _mm256_sub_epi16(p, c);
        }
        s04 = _mm256_add_epi16(d[0], d[4]);
        s13 = _mm256_add_epi16(d[1], d[3]);
        lo = _mm256_add_epi32(_mm256_madd_epi16(_mm256_unpacklo_epi16(s04, s13), g01), _mm256_madd_epi16(_mm256_unpacklo_epi16(d[2], one), g2r));
        hi = _mm256_add_epi32(_mm256_madd_epi16(_mm256_unpackhi_epi16(s04, s13), g01), _mm256_madd_epi16(_mm256_unpackhi_epi16(d[2], one), g2r));
        lo = _mm256_sra_epi32(lo, sh);
        hi = _mm256_sra_epi32(hi, sh);
        _mm256_storeu_si256((__m256i *)(void *)(t + x), _mm256_permute2x128_si256(lo, hi, 0x20));
        _mm256_storeu_si256((__m256i *)(void *)(t + x + 8), _mm256_permute2x128_si256(lo, hi, 0x31));
        nz = _mm256_or_si256(nz, _mm256_or_si256(lo, hi));
    }
    if (!_mm256_testz_si256(big, above)) return -1;
    if (!_mm256_testz_si256(nz, nz)) *any = _mm256_or_si256(*any, _mm256_set1_epi32(1)); /* non-zero; |t| < 65536 here */
    return x;
}

VMAF__T_AVX2 static uint64_t vmaf__mot_isad16_avx2(const unsigned char *prev, ptrdiff_t ps, const unsigned char *cur,
                                                   ptrdiff_t cs, int32_t *t, int w, int h, int bpc)
{
    uint64_t sad = 0;
    int y, x, k;
    for (y = 0; y < h; y++) {
        const unsigned char *pb[5], *cb[5];
        const uint16_t *pr[5], *cr[5];
        __m256i any = _mm256_setzero_si256();
        uint32_t anys;
        vmaf__mot_rows5(prev, ps, y, h, pb);
        vmaf__mot_rows5(cur, cs, y, h, cb);
        for (k = 0; k < 5; k++) {
            pr[k] = (const uint16_t *)(const void *)pb[k];
            cr[k] = (const uint16_t *)(const void *)cb[k];
        }
        x = bpc <= 14 ? vmaf__mot_v16md_avx2(pr, cr, t, w, bpc, &any) : -1;
        if (x < 0) x = vmaf__mot_v16eo_avx2(pr, cr, t, w, bpc, &any);
        anys = vmaf__mot_or_avx2(any);
        for (; x < w; x++) {
            int32_t v = t[x] = vmaf__mot_v16col(pr, cr, x, bpc);
            anys |= (uint32_t)(v < 0 ? -v : v);
        }
        sad += vmaf__mot_hrow_avx2(t, w, anys);
    }
    return sad;
}

/* 3.0 blur row: vertical pass into tmp, horizontal pass + SAD written over prow */
VMAF__T_AVX2 static uint32_t vmaf__mot_lblur_avx2(const unsigned char *src, ptrdiff_t stride, int bpc, int w, int h, int y,
                                                  uint16_t *tmp, uint16_t *prow, int sad)
{
    const __m256i lo16 = _mm256_set1_epi32(0xffff);
    const __m256i g0 = _mm256_set1_epi32(3571), g1 = _mm256_set1_epi32(16004), g2 = _mm256_set1_epi32(26386);
    const unsigned char *rb[5];
    __m256i acc = _mm256_setzero_si256();
    uint32_t s;
    int x, k;
    vmaf__mot_lrows5(src, stride, y, h, rb);
    if (bpc == 8) {
        const __m256i g01 = _mm256_set1_epi32((16004 << 16) | 3571), g2r = _mm256_set1_epi32((128 << 16) | 26386);
        const __m256i one = _mm256_set1_epi16(1);
        const uint8_t *r[5];
        for (k = 0; k < 5; k++) r[k] = rb[k];
        for (x = 0; x + 16 <= w; x += 16) {
            const __m256i s04 = _mm256_add_epi16(vmaf__mot_ld8x16_avx2(r[0] + x), vmaf__mot_ld8x16_avx2(r[4] + x));
            const __m256i s13 = _mm256_add_epi16(vmaf__mot_ld8x16_avx2(r[1] + x), vmaf__mot_ld8x16_avx2(r[3] + x));
            const __m256i v2 = vmaf__mot_ld8x16_avx2(r[2] + x);
            __m256i lo = _mm256_add_epi32(_mm256_madd_epi16(_mm256_unpacklo_epi16(s04, s13), g01),
                                          _mm256_madd_epi16(_mm256_unpacklo_epi16(v2, one), g2r));
            __m256i hi = _mm256_add_epi32(_mm256_madd_epi16(_mm256_unpackhi_epi16(s04, s13), g01),
                                          _mm256_madd_epi16(_mm256_unpackhi_epi16(v2, one), g2r));
            /* <= 65280 each; the in-lane pack restores column order */
            _mm256_storeu_si256((__m256i *)(void *)(tmp + x), _mm256_packus_epi32(_mm256_srli_epi32(lo, 8), _mm256_srli_epi32(hi, 8)));
        }
        for (; x < w; x++) tmp[x] = vmaf__mot_lv8col(r, x);
    } else {
        const __m256i rnd = _mm256_set1_epi32(1 << (bpc - 1));
        const __m128i sh = _mm_cvtsi32_si128(bpc);
        const uint16_t *r[5];
        for (k = 0; k < 5; k++) r[k] = (const uint16_t *)(const void *)rb[k];
        for (x = 0; x + 16 <= w; x += 16) {
            __m256i e[5], o[5], te, to;
            for (k = 0; k < 5; k++) {
                const __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(r[k] + x));
                e[k] = _mm256_and_si256(v, lo16);
                o[k] = _mm256_srli_epi32(v, 16);
            }
            /* uint32 sums, < 2^32 */
            te = _mm256_add_epi32(_mm256_mullo_epi32(_mm256_add_epi32(e[0], e[4]), g0), _mm256_mullo_epi32(_mm256_add_epi32(e[1], e[3]), g1));
            te = _mm256_srl_epi32(_mm256_add_epi32(_mm256_add_epi32(te, _mm256_mullo_epi32(e[2], g2)), rnd), sh);
            to = _mm256_add_epi32(_mm256_mullo_epi32(_mm256_add_epi32(o[0], o[4]), g0), _mm256_mullo_epi32(_mm256_add_epi32(o[1], o[3]), g1));
            to = _mm256_srl_epi32(_mm256_add_epi32(_mm256_add_epi32(to, _mm256_mullo_epi32(o[2], g2)), rnd), sh);
            _mm256_storeu_si256((__m256i *)(void *)(tmp + x), _mm256_or_si256(_mm256_and_si256(te, lo16), _mm256_slli_epi32(to, 16)));
        }
        for (; x < w; x++) tmp[x] = vmaf__mot_lv16col(r, x, bpc);
    }
    if (w < 20) return vmaf__mot_lhcols(tmp, prow, 0, w, w, sad);
    s = vmaf__mot_lhcols(tmp, prow, 0, 2, w, sad);
    for (x = 2; x + 18 <= w; x += 16) {
        /* output columns x+2i (even) and x+2i+1 (odd) from three loads split into halves */
        const __m256i m = _mm256_loadu_si256((const __m256i *)(const void *)(tmp + x - 2));
        const __m256i z = _mm256_loadu_si256((const __m256i *)(const void *)(tmp + x));
        const __m256i p = _mm256_loadu_si256((const __m256i *)(const void *)(tmp + x + 2));
        const __m256i q = _mm256_loadu_si256((const __m256i *)(const void *)(prow + x));
        const __m256i ml = _mm256_and_si256(m, lo16), mh = _mm256_srli_epi32(m, 16);
        const __m256i zl = _mm256_and_si256(z, lo16), zh = _mm256_srli_epi32(z, 16);
        const __m256i pl = _mm256_and_si256(p, lo16), ph = _mm256_srli_epi32(p, 16);
        const __m256i rr = _mm256_set1_epi32(32768);
        __m256i ev = _mm256_add_epi32(_mm256_mullo_epi32(_mm256_add_epi32(ml, pl), g0), _mm256_mullo_epi32(_mm256_add_epi32(mh, zh), g1));
        __m256i od = _mm256_add_epi32(_mm256_mullo_epi32(_mm256_add_epi32(mh, ph), g0), _mm256_mullo_epi32(_mm256_add_epi32(zl, pl), g1));
        ev = _mm256_srli_epi32(_mm256_add_epi32(_mm256_add_epi32(ev, _mm256_mullo_epi32(zl, g2)), rr), 16);
        od = _mm256_srli_epi32(_mm256_add_epi32(_mm256_add_epi32(od, _mm256_mullo_epi32(zh, g2)), rr), 16);
        acc = _mm256_add_epi32(acc, _mm256_abs_epi32(_mm256_sub_epi32(_mm256_and_si256(q, lo16), ev)));
        acc = _mm256_add_epi32(acc, _mm256_abs_epi32(_mm256_sub_epi32(_mm256_srli_epi32(q, 16), od)));
        _mm256_storeu_si256((__m256i *)(void *)(prow + x), _mm256_or_si256(ev, _mm256_slli_epi32(od, 16)));
    }
    s += vmaf__mot_hadd_avx2(acc) + vmaf__mot_lhcols(tmp, prow, x, w, w, sad);
    return sad ? s : 0;
}

/* ---- float ---- */
VMAF__T_AVX2 static void vmaf__mot_fconv_avx2(const unsigned char *src, int bpc, int w, float *out)
{
    const __m256 m128 = _mm256_set1_ps(-128.0f);
    int x = 0;
    if (bpc == 8) {
        for (; x + 8 <= w; x += 8) {
            const __m256i v = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(const void *)(src + x)));
            _mm256_storeu_ps(out + x, _mm256_add_ps(_mm256_cvtepi32_ps(v), m128));
        }
        for (; x < w; x++) out[x] = (float)src[x] + -128.0f;
    } else {
        /* x / 2^k == x * 2^-k exactly (both are exact in float) */
        const uint16_t *s = (const uint16_t *)(const void *)src;
        const float div = (float)(1u << (bpc - 8));
        const __m256 inv = _mm256_set1_ps(1.0f / div);
        for (; x + 8 <= w; x += 8) {
            const __m256i v = _mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i *)(const void *)(s + x)));
            _mm256_storeu_ps(out + x, _mm256_add_ps(_mm256_mul_ps(_mm256_cvtepi32_ps(v), inv), m128));
        }
        for (; x < w; x++) out[x] = (float)s[x] / div + -128.0f;
    }
}

VMAF__T_AVX2 static void vmaf__mot_fvpass_avx2(const float *const *rows, const float *f, int fw, int w, float *out)
{
    int x = 0, k;
    if (fw == 5) {
        const __m256 f0 = _mm256_set1_ps(f[0]), f1 = _mm256_set1_ps(f[1]), f2 = _mm256_set1_ps(f[2]);
        const __m256 f3 = _mm256_set1_ps(f[3]), f4 = _mm256_set1_ps(f[4]);
        for (; x + 8 <= w; x += 8) {
            __m256 a = _mm256_add_ps(_mm256_setzero_ps(), _mm256_mul_ps(f0, _mm256_loadu_ps(rows[0] + x)));
            a = _mm256_add_ps(a, _mm256_mul_ps(f1, _mm256_loadu_ps(rows[1] + x)));
            a = _mm256_add_ps(a, _mm256_mul_ps(f2, _mm256_loadu_ps(rows[2] + x)));
            a = _mm256_add_ps(a, _mm256_mul_ps(f3, _mm256_loadu_ps(rows[3] + x)));
            a = _mm256_add_ps(a, _mm256_mul_ps(f4, _mm256_loadu_ps(rows[4] + x)));
            _mm256_storeu_ps(out + x, a);
        }
    } else {
        for (; x + 8 <= w; x += 8) {
            __m256 a = _mm256_setzero_ps();
            for (k = 0; k < fw; k++) a = _mm256_add_ps(a, _mm256_mul_ps(_mm256_set1_ps(f[k]), _mm256_loadu_ps(rows[k] + x)));
            _mm256_storeu_ps(out + x, a);
        }
    }
    for (; x < w; x++) out[x] = vmaf__mot_fvcol(rows, f, fw, x);
}

VMAF__T_AVX2 static void vmaf__mot_fhpass_avx2(const float *in, const float *f, int fw, int w, float *out)
{
    const int r = fw / 2;
    int x, k;
    if (w < 2 * r + 8) {
        vmaf__mot_fhpass_c(in, f, fw, w, out);
        return;
    }
    for (x = 0; x < r; x++) out[x] = vmaf__mot_fhcol(in, f, fw, w, x);
    if (fw == 5) {
        const __m256 f0 = _mm256_set1_ps(f[0]), f1 = _mm256_set1_ps(f[1]), f2 = _mm256_set1_ps(f[2]);
        const __m256 f3 = _mm256_set1_ps(f[3]), f4 = _mm256_set1_ps(f[4]);
        for (; x + 8 + 2 <= w; x += 8) {
            const float *p = in + x - 2;
            __m256 a = _mm256_add_ps(_mm256_setzero_ps(), _mm256_mul_ps(f0, _mm256_loadu_ps(p)));
            a = _mm256_add_ps(a, _mm256_mul_ps(f1, _mm256_loadu_ps(p + 1)));
            a = _mm256_add_ps(a, _mm256_mul_ps(f2, _mm256_loadu_ps(p + 2)));
            a = _mm256_add_ps(a, _mm256_mul_ps(f3, _mm256_loadu_ps(p + 3)));
            a = _mm256_add_ps(a, _mm256_mul_ps(f4, _mm256_loadu_ps(p + 4)));
            _mm256_storeu_ps(out + x, a);
        }
    } else {
        for (; x + 8 + r <= w; x += 8) {
            __m256 a = _mm256_setzero_ps();
            for (k = 0; k < fw; k++) a = _mm256_add_ps(a, _mm256_mul_ps(_mm256_set1_ps(f[k]), _mm256_loadu_ps(in + x - r + k)));
            _mm256_storeu_ps(out + x, a);
        }
    }
    for (; x < w; x++) out[x] = vmaf__mot_fhcol(in, f, fw, w, x);
}

VMAF__T_AVX2 static float vmaf__mot_fsad_avx2(const float *a, const float *b, ptrdiff_t stride, int w, int h, float acc)
{
    int y = 0, x, j;
    while (y + 8 <= h) {
        const float *pa = a + (ptrdiff_t)y * stride, *pb = b + (ptrdiff_t)y * stride;
        const int n = y + 16 <= h ? 16 : 8;
        float ls[16];
        x = vmaf__mot_fsad8_avx2(pa, pb, stride, w, n == 16, ls);
        for (j = 0; j < n; j++) acc += vmaf__mot_fsad_row(pa + j * stride, pb + j * stride, x, w, ls[j]);
        y += n;
    }
    for (; y < h; y++) acc += vmaf__mot_fsad_row(a + (ptrdiff_t)y * stride, b + (ptrdiff_t)y * stride, 0, w, 0.0f);
    return acc;
}

VMAF__T_AVX2 static void vmaf__mot_fbilin_avx2(const float *r1, const float *r2, float dy, float *d, int dst_w, const int *x1a,
                                               const int *x2a, const float *dxa)
{
    const __m256 one = _mm256_set1_ps(1.0f), vdy = _mm256_set1_ps(dy), omdy = _mm256_set1_ps(1 - dy);
    int x = 0;
    for (; x + 8 <= dst_w; x += 8) {
        const __m256i ia = _mm256_loadu_si256((const __m256i *)(const void *)(x1a + x));
        const __m256i ib = _mm256_loadu_si256((const __m256i *)(const void *)(x2a + x));
        const __m256 ddx = _mm256_loadu_ps(dxa + x), omdx = _mm256_sub_ps(one, ddx);
        __m256 v = _mm256_mul_ps(_mm256_mul_ps(omdy, omdx), _mm256_i32gather_ps(r1, ia, 4));
        v = _mm256_add_ps(v, _mm256_mul_ps(_mm256_mul_ps(omdy, ddx), _mm256_i32gather_ps(r1, ib, 4)));
        v = _mm256_add_ps(v, _mm256_mul_ps(_mm256_mul_ps(vdy, omdx), _mm256_i32gather_ps(r2, ia, 4)));
        v = _mm256_add_ps(v, _mm256_mul_ps(_mm256_mul_ps(vdy, ddx), _mm256_i32gather_ps(r2, ib, 4)));
        _mm256_storeu_ps(d + x, v);
    }
    for (; x < dst_w; x++) d[x] = vmaf__mot_fbilin_px(r1, r2, dy, dxa[x], x1a[x], x2a[x]);
}
#endif /* VMAF__HAVE_AVX2 */

/* ---- AVX-512 kernels (F, BW, DQ, VL; picked at run time; every function carries
   VMAF__T_AVX512). Same arithmetic as the AVX2 kernels, 16 lanes. g++ 12 reports false
   -Wmaybe-uninitialized inside its own avx512 headers at -O2; silenced for this section. ---- */
#if defined(VMAF__HAVE_AVX512)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
VMAF__T_AVX512 VMAF__FORCEINLINE __m512i vmaf__mot_hcore_avx512(__m512i t0, __m512i t1, __m512i t2, __m512i t3, __m512i t4)
{
    const __m512i s04 = _mm512_add_epi32(t0, t4), s13 = _mm512_add_epi32(t1, t3);
    __m512i k = _mm512_srai_epi32(_mm512_add_epi32(_mm512_mullo_epi32(s04, _mm512_set1_epi32(3571)), _mm512_set1_epi32(32768)), 1);
    k = _mm512_add_epi32(k, _mm512_mullo_epi32(s13, _mm512_set1_epi32(8002)));
    k = _mm512_add_epi32(k, _mm512_mullo_epi32(t2, _mm512_set1_epi32(13193)));
    return _mm512_abs_epi32(_mm512_srai_epi32(k, 15));
}
/* Row SAD of the horizontal pass; needs every |t[x]| <= 65535. */
VMAF__T_AVX512 static uint32_t vmaf__mot_hsum_avx512(const int32_t *t, int w)
{
    __m512i acc = _mm512_setzero_si512();
    uint32_t s;
    int x;
    if (w < 20) return vmaf__mot_hsum_c(t, w);
    s = vmaf__mot_hcols(t, 0, 2, w);
    for (x = 2; x + 18 <= w; x += 16) {
        const int32_t *p = t + x - 2;
        acc = _mm512_add_epi32(acc, vmaf__mot_hcore_avx512(_mm512_loadu_si512((const void *)p), _mm512_loadu_si512((const void *)(p + 1)),
                                                           _mm512_loadu_si512((const void *)(p + 2)), _mm512_loadu_si512((const void *)(p + 3)),
                                                           _mm512_loadu_si512((const void *)(p + 4))));
    }
    if (x + 10 <= w) {
        const int32_t *p = t + x - 2;
        s += vmaf__mot_hadd_avx2(vmaf__mot_hcore_avx2(_mm256_loadu_si256((const __m256i *)(const void *)p),
                                                      _mm256_loadu_si256((const __m256i *)(const void *)(p + 1)),
                                                      _mm256_loadu_si256((const __m256i *)(const void *)(p + 2)),
                                                      _mm256_loadu_si256((const __m256i *)(const void *)(p + 3)),
                                                      _mm256_loadu_si256((const __m256i *)(const void *)(p + 4))));
        x += 8;
    }
    return s + (uint32_t)_mm512_reduce_add_epi32(acc) + vmaf__mot_hcols(t, x, w, w);
}
VMAF__T_AVX512 VMAF__FORCEINLINE __m512i vmaf__mot_ld8x32_avx512(const unsigned char *p)
{
    return _mm512_cvtepu8_epi16(_mm256_loadu_si256((const __m256i *)(const void *)p));
}

VMAF__T_AVX512 static uint64_t vmaf__mot_isad8_avx512(const unsigned char *prev, ptrdiff_t ps, const unsigned char *cur,
                                                      ptrdiff_t cs, int32_t *t, int w, int h)
{
    const __m512i g01 = _mm512_set1_epi32((16004 << 16) | 3571), g2r = _mm512_set1_epi32((128 << 16) | 26386);
    const __m512i one = _mm512_set1_epi16(1);
    /* unpack lo/hi give columns {0-3, 8-11, 16-19, 24-27} / {4-7, ...}: back to column order */
    const __m512i i0 = _mm512_setr_epi32(0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23);
    const __m512i i1 = _mm512_setr_epi32(8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31);
    uint64_t sad = 0;
    int y, x;
    for (y = 0; y < h; y++) {
        const unsigned char *pr[5], *cr[5];
        __m512i any = _mm512_setzero_si512();
        uint32_t anys = 0;
        vmaf__mot_rows5(prev, ps, y, h, pr);
        vmaf__mot_rows5(cur, cs, y, h, cr);
        for (x = 0; x + 32 <= w; x += 32) {
            const __m512i d0 = _mm512_sub_epi16(vmaf__mot_ld8x32_avx512(pr[0] + x), vmaf__mot_ld8x32_avx512(cr[0] + x));
            const __m512i d1 = _mm512_sub_epi16(vmaf__mot_ld8x32_avx512(pr[1] + x), vmaf__mot_ld8x32_avx512(cr[1] + x));
            const __m512i d2 = _mm512_sub_epi16(vmaf__mot_ld8x32_avx512(pr[2] + x), vmaf__mot_ld8x32_avx512(cr[2] + x));
            const __m512i d3 = _mm512_sub_epi16(vmaf__mot_ld8x32_avx512(pr[3] + x), vmaf__mot_ld8x32_avx512(cr[3] + x));
            const __m512i d4 = _mm512_sub_epi16(vmaf__mot_ld8x32_avx512(pr[4] + x), vmaf__mot_ld8x32_avx512(cr[4] + x));
            const __m512i s04 = _mm512_add_epi16(d0, d4), s13 = _mm512_add_epi16(d1, d3);
            __m512i lo = _mm512_add_epi32(_mm512_madd_epi16(_mm512_unpacklo_epi16(s04, s13), g01),
                                          _mm512_madd_epi16(_mm512_unpacklo_epi16(d2, one), g2r));
            __m512i hi = _mm512_add_epi32(_mm512_madd_epi16(_mm512_unpackhi_epi16(s04, s13), g01),
                                          _mm512_madd_epi16(_mm512_unpackhi_epi16(d2, one), g2r));
            lo = _mm512_srai_epi32(lo, 8);
            hi = _mm512_srai_epi32(hi, 8);
            _mm512_storeu_si512((void *)(t + x), _mm512_permutex2var_epi32(lo, i0, hi));
            _mm512_storeu_si512((void *)(t + x + 16), _mm512_permutex2var_epi32(lo, i1, hi));
            any = _mm512_or_si512(any, _mm512_or_si512(lo, hi));
        }
        for (; x < w; x++) anys |= (uint32_t)(t[x] = vmaf__mot_v8col(pr, cr, x));
        if (anys || _mm512_test_epi32_mask(any, any)) sad += vmaf__mot_hsum_avx512(t, w); /* |t| <= 65280 */
    }
    return sad;
}

VMAF__T_AVX512 VMAF__FORCEINLINE int vmaf__mot_v16eo_avx512(const uint16_t *const *pr, const uint16_t *const *cr, int32_t *t, int w,
                                                             int bpc, __m512i *any)
{
    const __m512i lo16 = _mm512_set1_epi32(0xffff), rnd = _mm512_set1_epi32(1 << (bpc - 1));
    const __m512i c0 = _mm512_set1_epi32(3571), c1 = _mm512_set1_epi32(8002), c2 = _mm512_set1_epi32(13193);
    const __m512i i0 = _mm512_setr_epi32(0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23);
    const __m512i i1 = _mm512_setr_epi32(8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31);
    const __m128i sh = _mm_cvtsi32_si128(bpc - 1);
    int x, k;
    for (x = 0; x + 32 <= w; x += 32) {
        __m512i de[5], dO[5], te, to, lo, hi;
        for (k = 0; k < 5; k++) {
            const __m512i p = _mm512_loadu_si512((const void *)(pr[k] + x));
            const __m512i c = _mm512_loadu_si512((const void *)(cr[k] + x));
            de[k] = _mm512_sub_epi32(_mm512_and_si512(p, lo16), _mm512_and_si512(c, lo16));
            dO[k] = _mm512_sub_epi32(_mm512_srli_epi32(p, 16), _mm512_srli_epi32(c, 16));
        }
        te = _mm512_srai_epi32(_mm512_add_epi32(_mm512_mullo_epi32(_mm512_add_epi32(de[0], de[4]), c0), rnd), 1);
        te = _mm512_add_epi32(te, _mm512_mullo_epi32(_mm512_add_epi32(de[1], de[3]), c1));
        te = _mm512_sra_epi32(_mm512_add_epi32(te, _mm512_mullo_epi32(de[2], c2)), sh);
        to = _mm512_srai_epi32(_mm512_add_epi32(_mm512_mullo_epi32(_mm512_add_epi32(dO[0], dO[4]), c0), rnd), 1);
        to = _mm512_add_epi32(to, _mm512_mullo_epi32(_mm512_add_epi32(dO[1], dO[3]), c1));
        to = _mm512_sra_epi32(_mm512_add_epi32(to, _mm512_mullo_epi32(dO[2], c2)), sh);
        lo = _mm512_unpacklo_epi32(te, to);
        hi = _mm512_unpackhi_epi32(te, to);
        _mm512_storeu_si512((void *)(t + x), _mm512_permutex2var_epi32(lo, i0, hi));
        _mm512_storeu_si512((void *)(t + x + 16), _mm512_permutex2var_epi32(lo, i1, hi));
        *any = _mm512_or_si512(*any, _mm512_or_si512(_mm512_abs_epi32(te), _mm512_abs_epi32(to)));
    }
    return x;
}
VMAF__T_AVX512 VMAF__FORCEINLINE int vmaf__mot_v16md_avx512(const uint16_t *const *pr, const uint16_t *const *cr, int32_t *t, int w,
                                                             int bpc, __m512i *any)
{
    const __m512i g01 = _mm512_set1_epi32((16004 << 16) | 3571), g2r = _mm512_set1_epi32((1 << (bpc - 1 + 16)) | 26386);
    const __m512i one = _mm512_set1_epi16(1), above = _mm512_set1_epi16((short)-(1 << bpc));
    const __m512i i0 = _mm512_setr_epi32(0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23);
    const __m512i i1 = _mm512_setr_epi32(8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31);
    const __m128i sh = _mm_cvtsi32_si128(bpc);
    __m512i big = _mm512_setzero_si512(), nz = _mm512_setzero_si512();
    int x, k;
    for (x = 0; x + 32 <= w; x += 32) {
        __m512i d[5], s04, s13, lo, hi;
        for (k = 0; k < 5; k++) {
            const __m512i p = _mm512_loadu_si512((const void *)(pr[k] + x));
            const __m512i c = _mm512_loadu_si512((const void *)(cr[k] + x));
            big = _mm512_or_si512(big, _mm512_or_si512(p, c));
            d[k] = _mm512_sub_epi16(p, c);
        }
        s04 = _mm512_add_epi16(d[0], d[4]);
        s13 = _mm512_add_epi16(d[1], d[3]);
        lo = _mm512_add_epi32(_mm512_madd_epi16(_mm512_unpacklo_epi16(s04, s13), g01), _mm512_madd_epi16(_mm512_unpacklo_epi16(d[2], one), g2r));
        hi = _mm512_add_epi32(_mm512_madd_epi16(_mm512_unpackhi_epi16(s04, s13), g01), _mm512_madd_epi16(_mm512_unpackhi_epi16(d[2], one), g2r));
        lo = _mm512_sra_epi32(lo, sh);
        hi = _mm512_sra_epi32(hi, sh);
        _mm512_storeu_si512((void *)(t + x), _mm512_permutex2var_epi32(lo, i0, hi));
        _mm512_storeu_si512((void *)(t + x + 16), _mm512_permutex2var_epi32(lo, i1, hi));
        nz = _mm512_or_si512(nz, _mm512_or_si512(lo, hi));
    }
    if (_mm512_test_epi16_mask(big, above)) return -1;
    if (_mm512_test_epi32_mask(nz, nz)) *any = _mm512_or_si512(*any, _mm512_set1_epi32(1)); /* non-zero; |t| < 65536 here */
    return x;
}

VMAF__T_AVX512 static uint64_t vmaf__mot_isad16_avx512(const unsigned char *prev, ptrdiff_t ps, const unsigned char *cur,
                                                       ptrdiff_t cs, int32_t *t, int w, int h, int bpc)
{
    uint64_t sad = 0;
    int y, x, k;
    for (y = 0; y < h; y++) {
        const unsigned char *pb[5], *cb[5];
        const uint16_t *pr[5], *cr[5];
        __m512i any = _mm512_setzero_si512();
        uint32_t anys;
        vmaf__mot_rows5(prev, ps, y, h, pb);
        vmaf__mot_rows5(cur, cs, y, h, cb);
        for (k = 0; k < 5; k++) {
            pr[k] = (const uint16_t *)(const void *)pb[k];
            cr[k] = (const uint16_t *)(const void *)cb[k];
        }
        x = bpc <= 14 ? vmaf__mot_v16md_avx512(pr, cr, t, w, bpc, &any) : -1;
        if (x < 0) x = vmaf__mot_v16eo_avx512(pr, cr, t, w, bpc, &any);
        anys = (uint32_t)_mm512_reduce_or_epi32(any);
        for (; x < w; x++) {
            int32_t v = t[x] = vmaf__mot_v16col(pr, cr, x, bpc);
            anys |= (uint32_t)(v < 0 ? -v : v);
        }
        if (anys) sad += (anys >> 16) ? vmaf__mot_hsum_c(t, w) : vmaf__mot_hsum_avx512(t, w);
    }
    return sad;
}

VMAF__T_AVX512 static uint32_t vmaf__mot_lblur_avx512(const unsigned char *src, ptrdiff_t stride, int bpc, int w, int h, int y,
                                                      uint16_t *tmp, uint16_t *prow, int sad)
{
    const __m512i lo16 = _mm512_set1_epi32(0xffff);
    const __m512i g0 = _mm512_set1_epi32(3571), g1 = _mm512_set1_epi32(16004), g2 = _mm512_set1_epi32(26386);
    const unsigned char *rb[5];
    __m512i acc = _mm512_setzero_si512();
    uint32_t s;
    int x, k;
    vmaf__mot_lrows5(src, stride, y, h, rb);
    if (bpc == 8) {
        const __m512i g01 = _mm512_set1_epi32((16004 << 16) | 3571), g2r = _mm512_set1_epi32((128 << 16) | 26386);
        const __m512i one = _mm512_set1_epi16(1);
        const uint8_t *r[5];
        for (k = 0; k < 5; k++) r[k] = rb[k];
        for (x = 0; x + 32 <= w; x += 32) {
            const __m512i s04 = _mm512_add_epi16(vmaf__mot_ld8x32_avx512(r[0] + x), vmaf__mot_ld8x32_avx512(r[4] + x));
            const __m512i s13 = _mm512_add_epi16(vmaf__mot_ld8x32_avx512(r[1] + x), vmaf__mot_ld8x32_avx512(r[3] + x));
            const __m512i v2 = vmaf__mot_ld8x32_avx512(r[2] + x);
            __m512i lo = _mm512_add_epi32(_mm512_madd_epi16(_mm512_unpacklo_epi16(s04, s13), g01),
                                          _mm512_madd_epi16(_mm512_unpacklo_epi16(v2, one), g2r));
            __m512i hi = _mm512_add_epi32(_mm512_madd_epi16(_mm512_unpackhi_epi16(s04, s13), g01),
                                          _mm512_madd_epi16(_mm512_unpackhi_epi16(v2, one), g2r));
            _mm512_storeu_si512((void *)(tmp + x), _mm512_packus_epi32(_mm512_srli_epi32(lo, 8), _mm512_srli_epi32(hi, 8)));
        }
        for (; x < w; x++) tmp[x] = vmaf__mot_lv8col(r, x);
    } else {
        const __m512i rnd = _mm512_set1_epi32(1 << (bpc - 1));
        const __m128i sh = _mm_cvtsi32_si128(bpc);
        const uint16_t *r[5];
        for (k = 0; k < 5; k++) r[k] = (const uint16_t *)(const void *)rb[k];
        for (x = 0; x + 32 <= w; x += 32) {
            __m512i e[5], o[5], te, to;
            for (k = 0; k < 5; k++) {
                const __m512i v = _mm512_loadu_si512((const void *)(r[k] + x));
                e[k] = _mm512_and_si512(v, lo16);
                o[k] = _mm512_srli_epi32(v, 16);
            }
            te = _mm512_add_epi32(_mm512_mullo_epi32(_mm512_add_epi32(e[0], e[4]), g0), _mm512_mullo_epi32(_mm512_add_epi32(e[1], e[3]), g1));
            te = _mm512_srl_epi32(_mm512_add_epi32(_mm512_add_epi32(te, _mm512_mullo_epi32(e[2], g2)), rnd), sh);
            to = _mm512_add_epi32(_mm512_mullo_epi32(_mm512_add_epi32(o[0], o[4]), g0), _mm512_mullo_epi32(_mm512_add_epi32(o[1], o[3]), g1));
            to = _mm512_srl_epi32(_mm512_add_epi32(_mm512_add_epi32(to, _mm512_mullo_epi32(o[2], g2)), rnd), sh);
            _mm512_storeu_si512((void *)(tmp + x), _mm512_or_si512(_mm512_and_si512(te, lo16), _mm512_slli_epi32(to, 16)));
        }
        for (; x < w; x++) tmp[x] = vmaf__mot_lv16col(r, x, bpc);
    }
    if (w < 36) return vmaf__mot_lhcols(tmp, prow, 0, w, w, sad);
    s = vmaf__mot_lhcols(tmp, prow, 0, 2, w, sad);
    for (x = 2; x + 34 <= w; x += 32) {
        const __m512i m = _mm512_loadu_si512((const void *)(tmp + x - 2));
        const __m512i z = _mm512_loadu_si512((const void *)(tmp + x));
        const __m512i p = _mm512_loadu_si512((const void *)(tmp + x + 2));
        const __m512i q = _mm512_loadu_si512((const void *)(prow + x));
        const __m512i ml = _mm512_and_si512(m, lo16), mh = _mm512_srli_epi32(m, 16);
        const __m512i zl = _mm512_and_si512(z, lo16), zh = _mm512_srli_epi32(z, 16);
        const __m512i pl = _mm512_and_si512(p, lo16), ph = _mm512_srli_epi32(p, 16);
        const __m512i rr = _mm512_set1_epi32(32768);
        __m512i ev = _mm512_add_epi32(_mm512_mullo_epi32(_mm512_add_epi32(ml, pl), g0), _mm512_mullo_epi32(_mm512_add_epi32(mh, zh), g1));
        __m512i od = _mm512_add_epi32(_mm512_mullo_epi32(_mm512_add_epi32(mh, ph), g0), _mm512_mullo_epi32(_mm512_add_epi32(zl, pl), g1));
        ev = _mm512_srli_epi32(_mm512_add_epi32(_mm512_add_epi32(ev, _mm512_mullo_epi32(zl, g2)), rr), 16);
        od = _mm512_srli_epi32(_mm512_add_epi32(_mm512_add_epi32(od, _mm512_mullo_epi32(zh, g2)), rr), 16);
        acc = _mm512_add_epi32(acc, _mm512_abs_epi32(_mm512_sub_epi32(_mm512_and_si512(q, lo16), ev)));
        acc = _mm512_add_epi32(acc, _mm512_abs_epi32(_mm512_sub_epi32(_mm512_srli_epi32(q, 16), od)));
        _mm512_storeu_si512((void *)(prow + x), _mm512_or_si512(ev, _mm512_slli_epi32(od, 16)));
    }
    s += (uint32_t)_mm512_reduce_add_epi32(acc) + vmaf__mot_lhcols(tmp, prow, x, w, w, sad);
    return sad ? s : 0;
}

VMAF__T_AVX512 static void vmaf__mot_fconv_avx512(const unsigned char *src, int bpc, int w, float *out)
{
    const __m512 m128 = _mm512_set1_ps(-128.0f);
    int x = 0;
    if (bpc == 8) {
        for (; x + 16 <= w; x += 16) {
            const __m512i v = _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i *)(const void *)(src + x)));
            _mm512_storeu_ps(out + x, _mm512_add_ps(_mm512_cvtepi32_ps(v), m128));
        }
        for (; x < w; x++) out[x] = (float)src[x] + -128.0f;
    } else {
        const uint16_t *s = (const uint16_t *)(const void *)src;
        const float div = (float)(1u << (bpc - 8));
        const __m512 inv = _mm512_set1_ps(1.0f / div); /* exact: a power of two */
        for (; x + 16 <= w; x += 16) {
            const __m512i v = _mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i *)(const void *)(s + x)));
            _mm512_storeu_ps(out + x, _mm512_add_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(v), inv), m128));
        }
        for (; x < w; x++) out[x] = (float)s[x] / div + -128.0f;
    }
}

VMAF__T_AVX512 static void vmaf__mot_fvpass_avx512(const float *const *rows, const float *f, int fw, int w, float *out)
{
    int x = 0, k;
    if (fw == 5) {
        const __m512 f0 = _mm512_set1_ps(f[0]), f1 = _mm512_set1_ps(f[1]), f2 = _mm512_set1_ps(f[2]);
        const __m512 f3 = _mm512_set1_ps(f[3]), f4 = _mm512_set1_ps(f[4]);
        for (; x + 16 <= w; x += 16) {
            __m512 a = _mm512_add_ps(_mm512_setzero_ps(), _mm512_mul_ps(f0, _mm512_loadu_ps(rows[0] + x)));
            a = _mm512_add_ps(a, _mm512_mul_ps(f1, _mm512_loadu_ps(rows[1] + x)));
            a = _mm512_add_ps(a, _mm512_mul_ps(f2, _mm512_loadu_ps(rows[2] + x)));
            a = _mm512_add_ps(a, _mm512_mul_ps(f3, _mm512_loadu_ps(rows[3] + x)));
            a = _mm512_add_ps(a, _mm512_mul_ps(f4, _mm512_loadu_ps(rows[4] + x)));
            _mm512_storeu_ps(out + x, a);
        }
    } else {
        for (; x + 16 <= w; x += 16) {
            __m512 a = _mm512_setzero_ps();
            for (k = 0; k < fw; k++) a = _mm512_add_ps(a, _mm512_mul_ps(_mm512_set1_ps(f[k]), _mm512_loadu_ps(rows[k] + x)));
            _mm512_storeu_ps(out + x, a);
        }
    }
    for (; x < w; x++) out[x] = vmaf__mot_fvcol(rows, f, fw, x);
}

VMAF__T_AVX512 static void vmaf__mot_fhpass_avx512(const float *in, const float *f, int fw, int w, float *out)
{
    const int r = fw / 2;
    int x, k;
    if (w < 2 * r + 16) {
        vmaf__mot_fhpass_c(in, f, fw, w, out);
        return;
    }
    for (x = 0; x < r; x++) out[x] = vmaf__mot_fhcol(in, f, fw, w, x);
    if (fw == 5) {
        const __m512 f0 = _mm512_set1_ps(f[0]), f1 = _mm512_set1_ps(f[1]), f2 = _mm512_set1_ps(f[2]);
        const __m512 f3 = _mm512_set1_ps(f[3]), f4 = _mm512_set1_ps(f[4]);
        for (; x + 16 + 2 <= w; x += 16) {
            const float *p = in + x - 2;
            __m512 a = _mm512_add_ps(_mm512_setzero_ps(), _mm512_mul_ps(f0, _mm512_loadu_ps(p)));
            a = _mm512_add_ps(a, _mm512_mul_ps(f1, _mm512_loadu_ps(p + 1)));
            a = _mm512_add_ps(a, _mm512_mul_ps(f2, _mm512_loadu_ps(p + 2)));
            a = _mm512_add_ps(a, _mm512_mul_ps(f3, _mm512_loadu_ps(p + 3)));
            a = _mm512_add_ps(a, _mm512_mul_ps(f4, _mm512_loadu_ps(p + 4)));
            _mm512_storeu_ps(out + x, a);
        }
    } else {
        for (; x + 16 + r <= w; x += 16) {
            __m512 a = _mm512_setzero_ps();
            for (k = 0; k < fw; k++) a = _mm512_add_ps(a, _mm512_mul_ps(_mm512_set1_ps(f[k]), _mm512_loadu_ps(in + x - r + k)));
            _mm512_storeu_ps(out + x, a);
        }
    }
    for (; x < w; x++) out[x] = vmaf__mot_fhcol(in, f, fw, w, x);
}

/* One 16x16 block of |a - b| transposed and added column by column into `line` (lane j =
   row j, columns in order). */
VMAF__T_AVX512 VMAF__FORCEINLINE __m512 vmaf__mot_sadblk_avx512(const float *pa, const float *pb, ptrdiff_t stride, int x, __m512 line)
{
    const __m512 nosign = _mm512_castsi512_ps(_mm512_set1_epi32(0x7fffffff));
    __m512 r[16], t[16];
    int j, m;
    for (j = 0; j < 16; j++)
        r[j] = _mm512_and_ps(nosign, _mm512_sub_ps(_mm512_loadu_ps(pa + j * stride + x), _mm512_loadu_ps(pb + j * stride + x)));
    for (j = 0; j < 16; j += 2) {
        t[j] = _mm512_unpacklo_ps(r[j], r[j + 1]);
        t[j + 1] = _mm512_unpackhi_ps(r[j], r[j + 1]);
    }
    /* r[4g + m]: rows 4g..4g+3 of columns {m, 4+m, 8+m, 12+m} (one per 128-bit lane) */
    for (j = 0; j < 16; j += 4) {
        r[j] = _mm512_shuffle_ps(t[j], t[j + 2], 0x44);
        r[j + 1] = _mm512_shuffle_ps(t[j], t[j + 2], 0xee);
        r[j + 2] = _mm512_shuffle_ps(t[j + 1], t[j + 3], 0x44);
        r[j + 3] = _mm512_shuffle_ps(t[j + 1], t[j + 3], 0xee);
    }
    for (m = 0; m < 4; m++) {
        const __m512 x0 = _mm512_shuffle_f32x4(r[m], r[4 + m], 0x44), x1 = _mm512_shuffle_f32x4(r[m], r[4 + m], 0xee);
        const __m512 y0 = _mm512_shuffle_f32x4(r[8 + m], r[12 + m], 0x44), y1 = _mm512_shuffle_f32x4(r[8 + m], r[12 + m], 0xee);
        t[m] = _mm512_shuffle_f32x4(x0, y0, 0x88);      /* column m */
        t[4 + m] = _mm512_shuffle_f32x4(x0, y0, 0xdd);  /* column 4 + m */
        t[8 + m] = _mm512_shuffle_f32x4(x1, y1, 0x88);  /* column 8 + m */
        t[12 + m] = _mm512_shuffle_f32x4(x1, y1, 0xdd); /* column 12 + m */
    }
    for (j = 0; j < 16; j++) line = _mm512_add_ps(line, t[j]);
    return line;
}

/* SAD: 32 rows at a time (two 16-row blocks, two independent add chains), then 16, then the
   AVX2 8-row block, then scalar rows. */
VMAF__T_AVX512 static float vmaf__mot_fsad_avx512(const float *a, const float *b, ptrdiff_t stride, int w, int h, float acc)
{
    int y = 0, x, j;
    while (y + 16 <= h) {
        const float *pa = a + (ptrdiff_t)y * stride, *pb = b + (ptrdiff_t)y * stride;
        const ptrdiff_t o = 16 * stride;
        const int n = y + 32 <= h ? 32 : 16;
        __m512 l0 = _mm512_setzero_ps(), l1 = _mm512_setzero_ps();
        float ls[32];
        if (n == 32)
            for (x = 0; x + 16 <= w; x += 16) {
                l0 = vmaf__mot_sadblk_avx512(pa, pb, stride, x, l0);
                l1 = vmaf__mot_sadblk_avx512(pa + o, pb + o, stride, x, l1);
            }
        else
            for (x = 0; x + 16 <= w; x += 16) l0 = vmaf__mot_sadblk_avx512(pa, pb, stride, x, l0);
        _mm512_storeu_ps(ls, l0);
        _mm512_storeu_ps(ls + 16, l1);
        for (j = 0; j < n; j++) acc += vmaf__mot_fsad_row(pa + j * stride, pb + j * stride, x, w, ls[j]);
        y += n;
    }
    if (y + 8 <= h) {
        float ls[16];
        const float *pa = a + (ptrdiff_t)y * stride, *pb = b + (ptrdiff_t)y * stride;
        x = vmaf__mot_fsad8_avx2(pa, pb, stride, w, 0, ls);
        for (j = 0; j < 8; j++) acc += vmaf__mot_fsad_row(pa + j * stride, pb + j * stride, x, w, ls[j]);
        y += 8;
    }
    for (; y < h; y++) acc += vmaf__mot_fsad_row(a + (ptrdiff_t)y * stride, b + (ptrdiff_t)y * stride, 0, w, 0.0f);
    return acc;
}

VMAF__T_AVX512 static void vmaf__mot_fbilin_avx512(const float *r1, const float *r2, float dy, float *d, int dst_w, const int *x1a,
                                                   const int *x2a, const float *dxa)
{
    const __m512 one = _mm512_set1_ps(1.0f), vdy = _mm512_set1_ps(dy), omdy = _mm512_set1_ps(1 - dy);
    int x = 0;
    for (; x + 16 <= dst_w; x += 16) {
        const __m512i ia = _mm512_loadu_si512((const void *)(x1a + x));
        const __m512i ib = _mm512_loadu_si512((const void *)(x2a + x));
        const __m512 ddx = _mm512_loadu_ps(dxa + x), omdx = _mm512_sub_ps(one, ddx);
        __m512 v = _mm512_mul_ps(_mm512_mul_ps(omdy, omdx), _mm512_i32gather_ps(ia, r1, 4));
        v = _mm512_add_ps(v, _mm512_mul_ps(_mm512_mul_ps(omdy, ddx), _mm512_i32gather_ps(ib, r1, 4)));
        v = _mm512_add_ps(v, _mm512_mul_ps(_mm512_mul_ps(vdy, omdx), _mm512_i32gather_ps(ia, r2, 4)));
        v = _mm512_add_ps(v, _mm512_mul_ps(_mm512_mul_ps(vdy, ddx), _mm512_i32gather_ps(ib, r2, 4)));
        _mm512_storeu_ps(d + x, v);
    }
    for (; x < dst_w; x++) d[x] = vmaf__mot_fbilin_px(r1, r2, dy, dxa[x], x1a[x], x2a[x]);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#endif /* VMAF__HAVE_AVX512 */

/* ---- NEON kernels (AArch64, compile time). Same arithmetic as the AVX2 kernels: integer
   multiply-accumulate (vmla/vmlal) is exact; float uses separate vmulq/vaddq, never vfma. ---- */
#if defined(VMAF__HAVE_NEON)
VMAF__FORCEINLINE int32x4_t vmaf__mot_hcore_neon(int32x4_t t0, int32x4_t t1, int32x4_t t2, int32x4_t t3, int32x4_t t4)
{
    int32x4_t k = vshrq_n_s32(vaddq_s32(vmulq_n_s32(vaddq_s32(t0, t4), 3571), vdupq_n_s32(32768)), 1);
    k = vmlaq_n_s32(k, vaddq_s32(t1, t3), 8002);
    k = vmlaq_n_s32(k, t2, 13193);
    return vabsq_s32(vshrq_n_s32(k, 15));
}
/* Row SAD of the horizontal pass; needs every |t[x]| <= 65535 (see the AVX2 notes). */
VMAF__PRIVATE uint32_t vmaf__mot_hsum_neon(const int32_t *t, int w)
{
    uint32x4_t acc = vdupq_n_u32(0);
    uint32_t s;
    int x;
    if (w < 10) return vmaf__mot_hsum_c(t, w);
    s = vmaf__mot_hcols(t, 0, 2, w);
    for (x = 2; x + 6 <= w; x += 4) {
        const int32_t *p = t + x - 2;
        acc = vaddq_u32(acc, vreinterpretq_u32_s32(vmaf__mot_hcore_neon(vld1q_s32(p), vld1q_s32(p + 1), vld1q_s32(p + 2),
                                                                        vld1q_s32(p + 3), vld1q_s32(p + 4))));
    }
    return s + vaddvq_u32(acc) + vmaf__mot_hcols(t, x, w, w);
}

VMAF__PRIVATE uint64_t vmaf__mot_isad8_neon(const unsigned char *prev, ptrdiff_t ps, const unsigned char *cur, ptrdiff_t cs,
                                            int32_t *t, int w, int h)
{
    uint64_t sad = 0;
    int y, x, k;
    for (y = 0; y < h; y++) {
        const unsigned char *pr[5], *cr[5];
        int32x4_t any = vdupq_n_s32(0);
        uint32_t anys;
        vmaf__mot_rows5(prev, ps, y, h, pr);
        vmaf__mot_rows5(cur, cs, y, h, cr);
        for (x = 0; x + 8 <= w; x += 8) {
            int16x8_t d[5], s04, s13;
            int32x4_t lo, hi;
            for (k = 0; k < 5; k++) d[k] = vreinterpretq_s16_u16(vsubl_u8(vld1_u8(pr[k] + x), vld1_u8(cr[k] + x)));
            s04 = vaddq_s16(d[0], d[4]);
            s13 = vaddq_s16(d[1], d[3]);
            lo = vmlal_n_s16(vmlal_n_s16(vmull_n_s16(vget_low_s16(s04), 3571), vget_low_s16(s13), 16004), vget_low_s16(d[2]), 26386);
            hi = vmlal_high_n_s16(vmlal_high_n_s16(vmull_high_n_s16(s04, 3571), s13, 16004), d[2], 26386);
            lo = vshrq_n_s32(vaddq_s32(lo, vdupq_n_s32(128)), 8);
            hi = vshrq_n_s32(vaddq_s32(hi, vdupq_n_s32(128)), 8);
            vst1q_s32(t + x, lo);
            vst1q_s32(t + x + 4, hi);
            any = vorrq_s32(any, vorrq_s32(lo, hi));
        }
        anys = vmaxvq_u32(vreinterpretq_u32_s32(any));
        for (; x < w; x++) anys |= (uint32_t)(t[x] = vmaf__mot_v8col(pr, cr, x));
        if (anys) sad += vmaf__mot_hsum_neon(t, w); /* |t| <= 65280 */
    }
    return sad;
}

/* 16-bit vertical pass for bpc <= 14 in 16-bit lanes (see vmaf__mot_v16md_avx2): returns the
   columns done, or -1 when a sample of the row is at or above 2^bpc. */
VMAF__FORCEINLINE int vmaf__mot_v16md_neon(const uint16_t *const *pr, const uint16_t *const *cr, int32_t *t, int w, int bpc,
                                           uint32x4_t *any)
{
    const int32x4_t rnd = vdupq_n_s32(1 << (bpc - 1)), sh = vdupq_n_s32(-bpc);
    uint16x8_t big = vdupq_n_u16(0);
    int32x4_t nz = vdupq_n_s32(0);
    int x, k;
    for (x = 0; x + 8 <= w; x += 8) {
        int16x8_t d[5], s04, s13;
        int32x4_t lo, hi;
        for (k = 0; k < 5; k++) {
            const uint16x8_t p = vld1q_u16(pr[k] + x), c = vld1q_u16(cr[k] + x);
            big = vorrq_u16(big, vorrq_u16(p, c));
            d[k] = vreinterpretq_s16_u16(vsubq_u16(p, c));
        }
        s04 = vaddq_s16(d[0], d[4]);
        s13 = vaddq_s16(d[1], d[3]);
        lo = vmlal_n_s16(vmlal_n_s16(vmull_n_s16(vget_low_s16(s04), 3571), vget_low_s16(s13), 16004), vget_low_s16(d[2]), 26386);
        hi = vmlal_high_n_s16(vmlal_high_n_s16(vmull_high_n_s16(s04, 3571), s13, 16004), d[2], 26386);
        lo = vshlq_s32(vaddq_s32(lo, rnd), sh);
        hi = vshlq_s32(vaddq_s32(hi, rnd), sh);
        vst1q_s32(t + x, lo);
        vst1q_s32(t + x + 4, hi);
        nz = vorrq_s32(nz, vorrq_s32(lo, hi));
    }
    if (vmaxvq_u16(big) >> bpc) return -1;
    if (vmaxvq_u32(vreinterpretq_u32_s32(nz))) *any = vorrq_u32(*any, vdupq_n_u32(1)); /* non-zero; |t| < 65536 here */
    return x;
}

VMAF__PRIVATE uint64_t vmaf__mot_isad16_neon(const unsigned char *prev, ptrdiff_t ps, const unsigned char *cur, ptrdiff_t cs,
                                             int32_t *t, int w, int h, int bpc)
{
    const int32x4_t rnd = vdupq_n_s32(1 << (bpc - 1)), sh = vdupq_n_s32(-(bpc - 1));
    uint64_t sad = 0;
    int y, x, k;
    for (y = 0; y < h; y++) {
        const unsigned char *pb[5], *cb[5];
        const uint16_t *pr[5], *cr[5];
        uint32x4_t any = vdupq_n_u32(0);
        uint32_t anys = 0;
        vmaf__mot_rows5(prev, ps, y, h, pb);
        vmaf__mot_rows5(cur, cs, y, h, cb);
        for (k = 0; k < 5; k++) {
            pr[k] = (const uint16_t *)(const void *)pb[k];
            cr[k] = (const uint16_t *)(const void *)cb[k];
        }
        x = bpc <= 14 ? vmaf__mot_v16md_neon(pr, cr, t, w, bpc, &any) : -1;
        if (x < 0) /* any samples: 32-bit lanes, exact by the identity of the AVX2 notes */
            for (x = 0; x + 8 <= w; x += 8) {
                int32x4_t dl[5], dh[5], lo, hi;
                for (k = 0; k < 5; k++) {
                    const uint16x8_t p = vld1q_u16(pr[k] + x), c = vld1q_u16(cr[k] + x);
                    dl[k] = vreinterpretq_s32_u32(vsubl_u16(vget_low_u16(p), vget_low_u16(c)));
                    dh[k] = vreinterpretq_s32_u32(vsubl_high_u16(p, c));
                }
                lo = vshrq_n_s32(vaddq_s32(vmulq_n_s32(vaddq_s32(dl[0], dl[4]), 3571), rnd), 1);
                lo = vshlq_s32(vmlaq_n_s32(vmlaq_n_s32(lo, vaddq_s32(dl[1], dl[3]), 8002), dl[2], 13193), sh);
                hi = vshrq_n_s32(vaddq_s32(vmulq_n_s32(vaddq_s32(dh[0], dh[4]), 3571), rnd), 1);
                hi = vshlq_s32(vmlaq_n_s32(vmlaq_n_s32(hi, vaddq_s32(dh[1], dh[3]), 8002), dh[2], 13193), sh);
                vst1q_s32(t + x, lo);
                vst1q_s32(t + x + 4, hi);
                any = vorrq_u32(any, vorrq_u32(vreinterpretq_u32_s32(vabsq_s32(lo)), vreinterpretq_u32_s32(vabsq_s32(hi))));
            }
        any = vorrq_u32(any, vextq_u32(any, any, 2));
        any = vorrq_u32(any, vextq_u32(any, any, 1));
        anys = vgetq_lane_u32(any, 0);
        for (; x < w; x++) {
            int32_t v = t[x] = vmaf__mot_v16col(pr, cr, x, bpc);
            anys |= (uint32_t)(v < 0 ? -v : v);
        }
        if (anys) sad += (anys >> 16) ? vmaf__mot_hsum_c(t, w) : vmaf__mot_hsum_neon(t, w);
    }
    return sad;
}

VMAF__PRIVATE uint32_t vmaf__mot_lblur_neon(const unsigned char *src, ptrdiff_t stride, int bpc, int w, int h, int y, uint16_t *tmp,
                                            uint16_t *prow, int sad)
{
    const unsigned char *rb[5];
    uint32x4_t acc = vdupq_n_u32(0);
    uint32_t s;
    int x, k;
    vmaf__mot_lrows5(src, stride, y, h, rb);
    if (bpc == 8) {
        const uint8_t *r[5];
        for (k = 0; k < 5; k++) r[k] = rb[k];
        for (x = 0; x + 8 <= w; x += 8) {
            const uint16x8_t s04 = vaddl_u8(vld1_u8(r[0] + x), vld1_u8(r[4] + x));
            const uint16x8_t s13 = vaddl_u8(vld1_u8(r[1] + x), vld1_u8(r[3] + x));
            const uint16x8_t v2 = vmovl_u8(vld1_u8(r[2] + x));
            uint32x4_t lo = vmlal_n_u16(vmlal_n_u16(vmull_n_u16(vget_low_u16(s04), 3571), vget_low_u16(s13), 16004), vget_low_u16(v2), 26386);
            uint32x4_t hi = vmlal_high_n_u16(vmlal_high_n_u16(vmull_high_n_u16(s04, 3571), s13, 16004), v2, 26386);
            lo = vshrq_n_u32(vaddq_u32(lo, vdupq_n_u32(128)), 8);
            hi = vshrq_n_u32(vaddq_u32(hi, vdupq_n_u32(128)), 8);
            vst1q_u16(tmp + x, vcombine_u16(vmovn_u32(lo), vmovn_u32(hi)));
        }
        for (; x < w; x++) tmp[x] = vmaf__mot_lv8col(r, x);
    } else {
        const uint32x4_t rnd = vdupq_n_u32(1u << (bpc - 1));
        const int32x4_t sh = vdupq_n_s32(-bpc);
        const uint16_t *r[5];
        for (k = 0; k < 5; k++) r[k] = (const uint16_t *)(const void *)rb[k];
        for (x = 0; x + 8 <= w; x += 8) {
            const uint16x8_t v0 = vld1q_u16(r[0] + x), v1 = vld1q_u16(r[1] + x), v2 = vld1q_u16(r[2] + x);
            const uint16x8_t v3 = vld1q_u16(r[3] + x), v4 = vld1q_u16(r[4] + x);
            /* uint32 sums, < 2^32; the narrowing store wraps like the reference's uint16 store */
            uint32x4_t lo = vmlaq_n_u32(vmulq_n_u32(vaddl_u16(vget_low_u16(v0), vget_low_u16(v4)), 3571),
                                        vaddl_u16(vget_low_u16(v1), vget_low_u16(v3)), 16004);
            uint32x4_t hi = vmlaq_n_u32(vmulq_n_u32(vaddl_high_u16(v0, v4), 3571), vaddl_high_u16(v1, v3), 16004);
            lo = vshlq_u32(vaddq_u32(vmlal_n_u16(lo, vget_low_u16(v2), 26386), rnd), sh);
            hi = vshlq_u32(vaddq_u32(vmlal_high_n_u16(hi, v2, 26386), rnd), sh);
            vst1q_u16(tmp + x, vcombine_u16(vmovn_u32(lo), vmovn_u32(hi)));
        }
        for (; x < w; x++) tmp[x] = vmaf__mot_lv16col(r, x, bpc);
    }
    if (w < 12) return vmaf__mot_lhcols(tmp, prow, 0, w, w, sad);
    s = vmaf__mot_lhcols(tmp, prow, 0, 2, w, sad);
    for (x = 2; x + 10 <= w; x += 8) {
        const uint16_t *p = tmp + x - 2;
        const uint16x8_t t0 = vld1q_u16(p), t1 = vld1q_u16(p + 1), t2 = vld1q_u16(p + 2), t3 = vld1q_u16(p + 3), t4 = vld1q_u16(p + 4);
        uint32x4_t lo = vmlaq_n_u32(vmulq_n_u32(vaddl_u16(vget_low_u16(t0), vget_low_u16(t4)), 3571),
                                    vaddl_u16(vget_low_u16(t1), vget_low_u16(t3)), 16004);
        uint32x4_t hi = vmlaq_n_u32(vmulq_n_u32(vaddl_high_u16(t0, t4), 3571), vaddl_high_u16(t1, t3), 16004);
        uint16x8_t nv, q = vld1q_u16(prow + x);
        lo = vshrq_n_u32(vaddq_u32(vmlal_n_u16(lo, vget_low_u16(t2), 26386), vdupq_n_u32(32768)), 16);
        hi = vshrq_n_u32(vaddq_u32(vmlal_high_n_u16(hi, t2, 26386), vdupq_n_u32(32768)), 16);
        nv = vcombine_u16(vmovn_u32(lo), vmovn_u32(hi));
        acc = vpadalq_u16(acc, vabdq_u16(q, nv));
        vst1q_u16(prow + x, nv);
    }
    s += vaddvq_u32(acc) + vmaf__mot_lhcols(tmp, prow, x, w, w, sad);
    return sad ? s : 0;
}

VMAF__PRIVATE void vmaf__mot_fconv_neon(const unsigned char *src, int bpc, int w, float *out)
{
    const float32x4_t m128 = vdupq_n_f32(-128.0f);
    int x = 0;
    if (bpc == 8) {
        for (; x + 8 <= w; x += 8) {
            const uint16x8_t v = vmovl_u8(vld1_u8(src + x));
            vst1q_f32(out + x, vaddq_f32(vcvtq_f32_u32(vmovl_u16(vget_low_u16(v))), m128));
            vst1q_f32(out + x + 4, vaddq_f32(vcvtq_f32_u32(vmovl_high_u16(v)), m128));
        }
        for (; x < w; x++) out[x] = (float)src[x] + -128.0f;
    } else {
        const uint16_t *s = (const uint16_t *)(const void *)src;
        const float div = (float)(1u << (bpc - 8));
        const float32x4_t inv = vdupq_n_f32(1.0f / div); /* exact: a power of two */
        for (; x + 8 <= w; x += 8) {
            const uint16x8_t v = vld1q_u16(s + x);
            vst1q_f32(out + x, vaddq_f32(vmulq_f32(vcvtq_f32_u32(vmovl_u16(vget_low_u16(v))), inv), m128));
            vst1q_f32(out + x + 4, vaddq_f32(vmulq_f32(vcvtq_f32_u32(vmovl_high_u16(v)), inv), m128));
        }
        for (; x < w; x++) out[x] = (float)s[x] / div + -128.0f;
    }
}

VMAF__PRIVATE void vmaf__mot_fvpass_neon(const float *const *rows, const float *f, int fw, int w, float *out)
{
    int x = 0, k;
    for (; x + 4 <= w; x += 4) {
        float32x4_t a = vdupq_n_f32(0.0f);
        for (k = 0; k < fw; k++) a = vaddq_f32(a, vmulq_f32(vdupq_n_f32(f[k]), vld1q_f32(rows[k] + x)));
        vst1q_f32(out + x, a);
    }
    for (; x < w; x++) out[x] = vmaf__mot_fvcol(rows, f, fw, x);
}

VMAF__PRIVATE void vmaf__mot_fhpass_neon(const float *in, const float *f, int fw, int w, float *out)
{
    const int r = fw / 2;
    int x, k;
    if (w < 2 * r + 4) {
        vmaf__mot_fhpass_c(in, f, fw, w, out);
        return;
    }
    for (x = 0; x < r; x++) out[x] = vmaf__mot_fhcol(in, f, fw, w, x);
    for (; x + 4 + r <= w; x += 4) {
        float32x4_t a = vdupq_n_f32(0.0f);
        for (k = 0; k < fw; k++) a = vaddq_f32(a, vmulq_f32(vdupq_n_f32(f[k]), vld1q_f32(in + x - r + k)));
        vst1q_f32(out + x, a);
    }
    for (; x < w; x++) out[x] = vmaf__mot_fhcol(in, f, fw, w, x);
}

/* One 4x4 block of |a - b| transposed and added column by column into `line` (lane j = row j). */
VMAF__FORCEINLINE float32x4_t vmaf__mot_sadblk_neon(const float *pa, const float *pb, ptrdiff_t stride, int x, float32x4_t line)
{
    float32x4_t r[4], t0, t1, t2, t3;
    int j;
    for (j = 0; j < 4; j++) r[j] = vabsq_f32(vsubq_f32(vld1q_f32(pa + j * stride + x), vld1q_f32(pb + j * stride + x)));
    t0 = vtrn1q_f32(r[0], r[1]); /* r0[0] r1[0] r0[2] r1[2] */
    t1 = vtrn2q_f32(r[0], r[1]); /* r0[1] r1[1] r0[3] r1[3] */
    t2 = vtrn1q_f32(r[2], r[3]);
    t3 = vtrn2q_f32(r[2], r[3]);
    line = vaddq_f32(line, vreinterpretq_f32_f64(vtrn1q_f64(vreinterpretq_f64_f32(t0), vreinterpretq_f64_f32(t2))));
    line = vaddq_f32(line, vreinterpretq_f32_f64(vtrn1q_f64(vreinterpretq_f64_f32(t1), vreinterpretq_f64_f32(t3))));
    line = vaddq_f32(line, vreinterpretq_f32_f64(vtrn2q_f64(vreinterpretq_f64_f32(t0), vreinterpretq_f64_f32(t2))));
    return vaddq_f32(line, vreinterpretq_f32_f64(vtrn2q_f64(vreinterpretq_f64_f32(t1), vreinterpretq_f64_f32(t3))));
}

/* SAD: 8 rows at a time (two 4-row blocks, two add chains), then 4, then scalar rows. */
VMAF__PRIVATE float vmaf__mot_fsad_neon(const float *a, const float *b, ptrdiff_t stride, int w, int h, float acc)
{
    int y = 0, x, j;
    while (y + 4 <= h) {
        const float *pa = a + (ptrdiff_t)y * stride, *pb = b + (ptrdiff_t)y * stride;
        const ptrdiff_t o = 4 * stride;
        const int n = y + 8 <= h ? 8 : 4;
        float32x4_t l0 = vdupq_n_f32(0.0f), l1 = vdupq_n_f32(0.0f);
        float ls[8];
        if (n == 8)
            for (x = 0; x + 4 <= w; x += 4) {
                l0 = vmaf__mot_sadblk_neon(pa, pb, stride, x, l0);
                l1 = vmaf__mot_sadblk_neon(pa + o, pb + o, stride, x, l1);
            }
        else
            for (x = 0; x + 4 <= w; x += 4) l0 = vmaf__mot_sadblk_neon(pa, pb, stride, x, l0);
        vst1q_f32(ls, l0);
        vst1q_f32(ls + 4, l1);
        for (j = 0; j < n; j++) acc += vmaf__mot_fsad_row(pa + j * stride, pb + j * stride, x, w, ls[j]);
        y += n;
    }
    for (; y < h; y++) acc += vmaf__mot_fsad_row(a + (ptrdiff_t)y * stride, b + (ptrdiff_t)y * stride, 0, w, 0.0f);
    return acc;
}

VMAF__PRIVATE void vmaf__mot_fbilin_neon(const float *r1, const float *r2, float dy, float *d, int dst_w, const int *x1a,
                                         const int *x2a, const float *dxa)
{
    const float32x4_t one = vdupq_n_f32(1.0f), vdy = vdupq_n_f32(dy), omdy = vdupq_n_f32(1 - dy);
    int x = 0, i;
    for (; x + 4 <= dst_w; x += 4) {
        float g[4][4];
        float32x4_t ddx = vld1q_f32(dxa + x), omdx = vsubq_f32(one, ddx), v;
        for (i = 0; i < 4; i++) {
            g[0][i] = r1[x1a[x + i]];
            g[1][i] = r1[x2a[x + i]];
            g[2][i] = r2[x1a[x + i]];
            g[3][i] = r2[x2a[x + i]];
        }
        v = vmulq_f32(vmulq_f32(omdy, omdx), vld1q_f32(g[0]));
        v = vaddq_f32(v, vmulq_f32(vmulq_f32(omdy, ddx), vld1q_f32(g[1])));
        v = vaddq_f32(v, vmulq_f32(vmulq_f32(vdy, omdx), vld1q_f32(g[2])));
        v = vaddq_f32(v, vmulq_f32(vmulq_f32(vdy, ddx), vld1q_f32(g[3])));
        vst1q_f32(d + x, v);
    }
    for (; x < dst_w; x++) d[x] = vmaf__mot_fbilin_px(r1, r2, dy, dxa[x], x1a[x], x2a[x]);
}
#endif /* VMAF__HAVE_NEON */

VMAF__PRIVATE void vmaf__mot_pick_kernels(vmaf__mot_kernels *k, unsigned cpumask)
{
    unsigned flags = vmaf__cpu_detect() & ~cpumask;
    (void)flags;
    k->isad8 = vmaf__mot_isad8_c;
    k->isad16 = vmaf__mot_isad16_c;
    k->lblur = vmaf__mot_lblur_c;
    k->fconv = vmaf__mot_fconv_c;
    k->fvpass = vmaf__mot_fvpass_c;
    k->fhpass = vmaf__mot_fhpass_c;
    k->fsad = vmaf__mot_fsad_c;
    k->fbilin = vmaf__mot_fbilin_c;
    k->name = "scalar";
#if defined(VMAF__HAVE_AVX2)
    if (flags & VMAF_CPU_AVX2) {
        k->isad8 = vmaf__mot_isad8_avx2;
        k->isad16 = vmaf__mot_isad16_avx2;
        k->lblur = vmaf__mot_lblur_avx2;
        k->fconv = vmaf__mot_fconv_avx2;
        k->fvpass = vmaf__mot_fvpass_avx2;
        k->fhpass = vmaf__mot_fhpass_avx2;
        k->fsad = vmaf__mot_fsad_avx2;
        k->fbilin = vmaf__mot_fbilin_avx2;
        k->name = "avx2";
    }
#endif
#if defined(VMAF__HAVE_AVX512)
    if (flags & VMAF_CPU_AVX512) {
        k->isad8 = vmaf__mot_isad8_avx512;
        k->isad16 = vmaf__mot_isad16_avx512;
        k->lblur = vmaf__mot_lblur_avx512;
        k->fconv = vmaf__mot_fconv_avx512;
        k->fvpass = vmaf__mot_fvpass_avx512;
        k->fhpass = vmaf__mot_fhpass_avx512;
        k->fsad = vmaf__mot_fsad_avx512;
        k->fbilin = vmaf__mot_fbilin_avx512;
        k->name = "avx512";
    }
#endif
#if defined(VMAF__HAVE_NEON)
    if (flags & VMAF_CPU_NEON) {
        k->isad8 = vmaf__mot_isad8_neon;
        k->isad16 = vmaf__mot_isad16_neon;
        k->lblur = vmaf__mot_lblur_neon;
        k->fconv = vmaf__mot_fconv_neon;
        k->fvpass = vmaf__mot_fvpass_neon;
        k->fhpass = vmaf__mot_fhpass_neon;
        k->fsad = vmaf__mot_fsad_neon;
        k->fbilin = vmaf__mot_fbilin_neon;
        k->name = "neon";
    }
#endif
}

/* libvmaf vif_tools.c `mirror` (float) used by the bilinear scaler. */
VMAF__FORCEINLINE float vmaf__mot_fmirror(float i, float left, float right)
{
    return i < left ? -i : (i > right ? 2 * right - i : i);
}

/* Bilinear column table (libvmaf vif_scale_frame_bilinear_precompute_columns_s). */
VMAF__PRIVATE void vmaf__mot_bilinear_cols(int src_w, int dst_w, int *x1, int *x2, float *dx)
{
    const float ratio = (float)src_w / (float)dst_w;
    int x;
    for (x = 0; x < dst_w; x++) {
        float xx = (float)(((double)x + 0.5) * (double)ratio - 0.5);
        x1[x] = (int)vmaf__mot_fmirror((float)floor((double)xx), 0.0f, (float)(src_w - 1));
        x2[x] = (int)vmaf__mot_fmirror((float)ceil((double)xx), 0.0f, (float)(src_w - 1));
        dx[x] = xx - (float)x1[x];
    }
}

/* Bilinear resize (libvmaf vif_scale_frame_bilinear_apply_s), float. Strides in floats. The
   row positions are computed here, each output row by the kernel. */
VMAF__PRIVATE void vmaf__mot_bilinear(const vmaf__mot_kernels *k, const float *src, ptrdiff_t sstride, int src_h, float *dst,
                                      ptrdiff_t dstride, int dst_w, int dst_h, const int *x1a, const int *x2a, const float *dxa)
{
    const float ratio = (float)src_h / (float)dst_h;
    int y;
    for (y = 0; y < dst_h; y++) {
        float yy = (float)(((double)y + 0.5) * (double)ratio - 0.5);
        int y1 = (int)vmaf__mot_fmirror((float)floor((double)yy), 0.0f, (float)(src_h - 1));
        int y2 = (int)vmaf__mot_fmirror((float)ceil((double)yy), 0.0f, (float)(src_h - 1));
        float dy = yy - (float)y1;
        k->fbilin(src + (ptrdiff_t)y1 * sstride, src + (ptrdiff_t)y2 * sstride, dy, dst + (ptrdiff_t)y * dstride, dst_w, x1a, x2a, dxa);
    }
}

/* ================================================================================================
   Context
   ============================================================================================== */
typedef struct vmaf__mot_fplane {
    int w, h;            /* plane size */
    float *blur[2];      /* blur of frames with even / odd numbers (w x h, stride w) */
    int sw, sh;          /* half size (add_scale1) */
    float *scaled[2];    /* bilinear half-size blur, stride sw */
    int *x1, *x2;        /* bilinear column table */
    float *dx;
} vmaf__mot_fplane;

struct VmafMotionContext {
    VmafMotionOptions opt; /* effective options (bools normalised to 0/1) */
    VmafAllocator alloc;
    VmafLogFn log;
    void *log_user;
    void *block;           /* what vmaf__alloc returned; NULL for _create_in */
    int kind;
    int w, h, bpc, layout;
    unsigned cpu_flags;
    vmaf__mot_kernels k;

    unsigned n;            /* frames pushed since create / reset */
    int flushed;

    /* integer (3.2): previous luma frames, frame j in slot j % window (tight rows) */
    unsigned char *prev[2];
    size_t prev_stride;
    int32_t *trow;
    double sad[3];         /* s(j) in slot j % 3 */
    double prev_processed; /* motion3 moving-average memory */

    /* integer (3.0): the previous frame's 16-bit blur */
    uint16_t *lprev, *ltmp;
    double lscore;         /* s(n-1) */

    /* float */
    int nplanes, fw;
    const float *taps;
    vmaf__mot_fplane fp[3];
    float *ring;           /* fw converted rows */
    float *frow;           /* vertical-pass output row */
    double fscore;         /* raw s(n-1), before fps weight */

    /* output: extractor-table mode (emit set) or typed mode (records) */
    VmafEmitFn emit;
    void *emit_user;
    char key[VMAF__MOT_NKEYS][256];
    VmafMotionScores *out;
    unsigned n_out;
    unsigned full_mask;
    VmafMotionScores pend[4]; /* typed records being assembled, frame j in slot j & 3 */
    unsigned pend_mask[4];
};

/* ---- one-block layout ---- */
typedef struct vmaf__mot_bump {
    unsigned char *base; /* NULL: only measure */
    size_t used;
    int bad;
} vmaf__mot_bump;

VMAF__PRIVATE void *vmaf__mot_take(vmaf__mot_bump *b, size_t count, size_t elem)
{
    size_t n, u;
    void *r;
    if (!count) return NULL;
    n = vmaf__align64(vmaf__mul(count, elem));
    u = vmaf__add(b->used, n);
    if (!n || !u) {
        b->bad = 1;
        return NULL;
    }
    r = b->base ? (void *)(b->base + b->used) : NULL;
    b->used = u;
    return r;
}

/* Places every buffer of `c` (whose geometry and options are set) after the context struct.
   Returns the bytes needed from a 64-aligned base, or 0 on overflow. */
VMAF__PRIVATE size_t vmaf__mot_plan(VmafMotionContext *c, unsigned char *base)
{
    vmaf__mot_bump b;
    size_t w = (size_t)c->w, h = (size_t)c->h;
    int i, p;
    b.base = base;
    b.used = 0;
    b.bad = 0;
    vmaf__mot_take(&b, 1, sizeof(VmafMotionContext));
    if (c->opt.force_zero) return b.bad ? 0 : b.used;
    if (c->kind == VMAF_MOTION_INTEGER) {
        int nprev = c->opt.five_frame_window ? 2 : 1;
        c->prev_stride = w * (c->bpc > 8 ? 2u : 1u);
        for (i = 0; i < nprev; i++)
            c->prev[i] = (unsigned char *)vmaf__mot_take(&b, h, c->prev_stride);
        c->trow = (int32_t *)vmaf__mot_take(&b, w, sizeof(int32_t));
    } else if (c->kind == VMAF_MOTION_INTEGER_V30) {
        c->lprev = (uint16_t *)vmaf__mot_take(&b, vmaf__mul(w, h), sizeof(uint16_t));
        c->ltmp = (uint16_t *)vmaf__mot_take(&b, w, sizeof(uint16_t));
    } else {
        for (p = 0; p < c->nplanes; p++) {
            vmaf__mot_fplane *f = &c->fp[p];
            size_t pn = vmaf__mul((size_t)f->w, (size_t)f->h);
            if (!pn) b.bad = 1;
            for (i = 0; i < 2; i++) f->blur[i] = (float *)vmaf__mot_take(&b, pn, sizeof(float));
            if (c->opt.add_scale1) {
                size_t sn = vmaf__mul((size_t)f->sw, (size_t)f->sh);
                for (i = 0; i < 2; i++) f->scaled[i] = (float *)vmaf__mot_take(&b, sn, sizeof(float));
                f->x1 = (int *)vmaf__mot_take(&b, (size_t)f->sw, sizeof(int));
                f->x2 = (int *)vmaf__mot_take(&b, (size_t)f->sw, sizeof(int));
                f->dx = (float *)vmaf__mot_take(&b, (size_t)f->sw, sizeof(float));
            }
        }
        c->ring = (float *)vmaf__mot_take(&b, vmaf__mul((size_t)c->fw, w), sizeof(float));
        c->frow = (float *)vmaf__mot_take(&b, w, sizeof(float));
    }
    return b.bad ? 0 : b.used;
}

/* Checks a config, fills `c` (a scratch or the real context) with geometry and effective
   options. Returns 0 or an error (logged). */
VMAF__PRIVATE int vmaf__mot_setup(VmafMotionContext *c, const VmafMotionConfig *cfg)
{
    const VmafOptionDesc *d;
    int err, p;
    memset(c, 0, sizeof *c);
    if (!cfg) return VMAF_ERR_INVALID_ARGUMENT;
    c->log = cfg->log;
    c->log_user = cfg->log_user;
    if ((unsigned)cfg->kind > 2u)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_INVALID_ARGUMENT, "motion: unknown kind %d", (int)cfg->kind);
    if ((unsigned)cfg->layout > 3u)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_INVALID_ARGUMENT, "motion: unknown layout %d", (int)cfg->layout);
    err = vmaf__check_geometry(cfg->w, cfg->h, cfg->bpc, 3, 3);
    if (err)
        return vmaf__fail(c->log, c->log_user, err, "motion: %ux%u at %u bits: %s (need 3x3..32768x32768, 8..16 bits)",
                          cfg->w, cfg->h, cfg->bpc, vmaf_result_string(err));
    c->kind = (int)cfg->kind;
    c->w = (int)cfg->w;
    c->h = (int)cfg->h;
    c->bpc = (int)cfg->bpc;
    c->layout = (int)cfg->layout;
    c->alloc = cfg->allocator;
    if (cfg->options) c->opt = *cfg->options;
    else vmaf_motion_options_default(&c->opt, cfg->kind);
    for (d = vmaf__mot_desc(c->kind); d->name; d++) {
        char *field = (char *)&c->opt + d->offset;
        if (d->type == VMAF__OPT_BOOL) {
            int v;
            memcpy(&v, field, sizeof v);
            v = v != 0;
            memcpy(field, &v, sizeof v);
        } else if (d->type == VMAF__OPT_INT) {
            int v;
            memcpy(&v, field, sizeof v);
            if (!(v >= d->min && v <= d->max))
                return vmaf__fail(c->log, c->log_user, VMAF_ERR_BAD_OPTION, "motion: option '%s' = %d is outside [%g, %g]",
                                  d->name, v, d->min, d->max);
        } else {
            double v;
            memcpy(&v, field, sizeof v);
            if (!(v >= d->min && v <= d->max))
                return vmaf__fail(c->log, c->log_user, VMAF_ERR_BAD_OPTION, "motion: option '%s' = %g is outside [%g, %g]",
                                  d->name, v, d->min, d->max);
        }
    }
    c->full_mask = c->kind == VMAF_MOTION_INTEGER_V30 ? (unsigned)(VMAF__MOT_M | VMAF__MOT_M2)
                                                      : (unsigned)(VMAF__MOT_M | VMAF__MOT_M2 | VMAF__MOT_M3);
    if (c->kind != VMAF_MOTION_FLOAT) return VMAF_OK;

    /* float geometry */
    c->nplanes = c->opt.add_uv ? 3 : 1;
    c->fw = c->opt.filter_size == 3 ? 3 : 5;
    c->taps = c->opt.filter_size == 3 ? vmaf__mot_f3 : c->opt.filter_size == 1 ? vmaf__mot_f1 : vmaf__mot_f5;
    if (c->opt.add_uv && c->layout == VMAF_LAYOUT_400)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_BAD_OPTION, "motion: motion_add_uv needs chroma planes (layout is 400)");
    for (p = 0; p < c->nplanes; p++) {
        vmaf__mot_fplane *f = &c->fp[p];
        int sx = p && c->layout != VMAF_LAYOUT_444, sy = p && c->layout == VMAF_LAYOUT_420;
        f->w = c->w >> sx;
        f->h = c->h >> sy;
        if (f->w < 3 || f->h < 3)
            return vmaf__fail(c->log, c->log_user, VMAF_ERR_TOO_SMALL, "motion: chroma plane %dx%d is below 3x3 (motion_add_uv)", f->w, f->h);
        f->sw = (int)(f->w * 0.5 + 0.5);
        f->sh = (int)(f->h * 0.5 + 0.5);
    }
    if (c->opt.add_scale1 && c->fp[0].sw > VMAF__MOT_BILINEAR_MAX_W)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_TOO_LARGE, "motion: motion_add_scale1 supports half widths up to %d, not %d",
                          VMAF__MOT_BILINEAR_MAX_W, c->fp[0].sw);
    if (c->opt.add_scale1 && c->opt.add_uv && (c->fp[1].w + 7) / 8 != (c->w + 7) / 8)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_UNSUPPORTED,
                          "motion: motion_add_uv with motion_add_scale1 reads uninitialised memory in libvmaf at this chroma width");
    return VMAF_OK;
}

VMAF__PRIVATE void vmaf__mot_keys(VmafMotionContext *c)
{
    const VmafOptionDesc *d = vmaf__mot_desc(c->kind);
    const char *name[VMAF__MOT_NKEYS] = {NULL, NULL, NULL, NULL};
    int i;
    if (c->kind == VMAF_MOTION_FLOAT) {
        name[VMAF__MOT_KEY_MOTION] = "VMAF_feature_motion_score";
        name[VMAF__MOT_KEY_M2] = "VMAF_feature_motion2_score";
        name[VMAF__MOT_KEY_M3] = "VMAF_feature_motion3_score";
    } else {
        name[VMAF__MOT_KEY_MOTION] = "VMAF_integer_feature_motion_score";
        name[VMAF__MOT_KEY_M2] = "VMAF_integer_feature_motion2_score";
        if (c->kind == VMAF_MOTION_INTEGER) {
            name[VMAF__MOT_KEY_SAD] = "VMAF_integer_feature_motion_sad_score";
            name[VMAF__MOT_KEY_M3] = "VMAF_integer_feature_motion3_score";
        }
    }
    for (i = 0; i < VMAF__MOT_NKEYS; i++) {
        if (name[i]) vmaf__opt_key(d, &c->opt, name[i], c->key[i], sizeof c->key[i]);
        else c->key[i][0] = 0;
    }
}

VMAF__PRIVATE int vmaf__mot_init(VmafMotionContext **out, const VmafMotionConfig *cfg, void *mem, size_t size)
{
    VmafMotionContext tmp, *c;
    unsigned char *base;
    void *block = NULL;
    size_t need;
    int err, p;
    if (!out) return VMAF_ERR_INVALID_ARGUMENT;
    *out = NULL;
    err = vmaf__mot_setup(&tmp, cfg);
    if (err) return err;
    need = vmaf__mot_plan(&tmp, NULL);
    if (!need) return vmaf__fail(tmp.log, tmp.log_user, VMAF_ERR_TOO_LARGE, "motion: state size overflows");
    if (mem) {
        size_t pad = (size_t)((64 - ((uintptr_t)mem & 63)) & 63);
        if (size < pad || size - pad < need)
            return vmaf__fail(tmp.log, tmp.log_user, VMAF_ERR_INVALID_ARGUMENT, "motion: block of %lu bytes, %lu needed",
                              (unsigned long)size, (unsigned long)vmaf__add(need, 63));
        base = (unsigned char *)mem + pad;
    } else {
        block = vmaf__alloc(&tmp.alloc, need);
        if (!block) return vmaf__fail(tmp.log, tmp.log_user, VMAF_ERR_OUT_OF_MEMORY, "motion: cannot allocate %lu bytes", (unsigned long)need);
        base = (unsigned char *)block;
    }
    c = (VmafMotionContext *)(void *)base;
    *c = tmp;
    vmaf__mot_plan(c, base);
    c->block = block;
    c->cpu_flags = vmaf__cpu_detect() & ~(cfg->cpumask);
    vmaf__mot_pick_kernels(&c->k, cfg->cpumask);
    vmaf__mot_keys(c);
    if (c->lprev) /* the blur kernels read the previous row even for frame 0 (and then ignore it) */
        memset(c->lprev, 0, (size_t)c->w * (size_t)c->h * sizeof(uint16_t));
    if (c->kind == VMAF_MOTION_FLOAT && c->opt.add_scale1 && !c->opt.force_zero)
        for (p = 0; p < c->nplanes; p++)
            vmaf__mot_bilinear_cols(c->fp[p].w, c->fp[p].sw, c->fp[p].x1, c->fp[p].x2, c->fp[p].dx);
    *out = c;
    return VMAF_OK;
}

/* ================================================================================================
   Output: extractor-table keys or typed records
   ============================================================================================== */
VMAF__PRIVATE void vmaf__mot_put(VmafMotionContext *c, unsigned index, unsigned what, double v)
{
    unsigned slot = index & 3u;
    if (c->emit) {
        if (what == VMAF__MOT_M) {
            if (c->kind == VMAF_MOTION_INTEGER) c->emit(c->emit_user, index, c->key[VMAF__MOT_KEY_SAD], v);
            if (c->opt.debug) c->emit(c->emit_user, index, c->key[VMAF__MOT_KEY_MOTION], v);
        } else {
            c->emit(c->emit_user, index, c->key[what == VMAF__MOT_M2 ? VMAF__MOT_KEY_M2 : VMAF__MOT_KEY_M3], v);
        }
        return;
    }
    if (!c->pend_mask[slot] || c->pend[slot].index != index) {
        memset(&c->pend[slot], 0, sizeof c->pend[slot]);
        c->pend[slot].index = index;
        c->pend_mask[slot] = 0;
    }
    if (what == VMAF__MOT_M) c->pend[slot].motion = v;
    else if (what == VMAF__MOT_M2) c->pend[slot].motion2 = v;
    else c->pend[slot].motion3 = v;
    c->pend_mask[slot] |= what;
    if (c->pend_mask[slot] == c->full_mask) {
        VMAF_ASSERT(c->n_out < VMAF_MOTION_MAX_OUT);
        if (c->out && c->n_out < VMAF_MOTION_MAX_OUT) c->out[c->n_out++] = c->pend[slot];
        c->pend_mask[slot] = 0;
    }
}

/* libvmaf motion_blend_tools.h motion_blend() */
VMAF__FORCEINLINE double vmaf__mot_blend(double v, double factor, double offset)
{
    return v * factor + (1 - factor) * (offset < v ? offset : v);
}
VMAF__FORCEINLINE double vmaf__mot_min(double a, double b) { return a < b ? a : b; }

/* ================================================================================================
   Integer motion, libvmaf 3.2.0 (integer_motion.c extract + flush, computed incrementally)
   ============================================================================================== */
/* motion2 / motion3 of frame j >= min_idx; has_next: s(j+1) exists. */
VMAF__PRIVATE void vmaf__mot_int_final(VmafMotionContext *c, unsigned j, int has_next)
{
    const unsigned m = c->opt.five_frame_window ? 2u : 1u;
    double m2, p, m3;
    if (!has_next) {
        m2 = c->sad[j % 3];
    } else {
        double hi = c->sad[(j + 1) % 3];
        unsigned lo_idx = j - (m - 1); /* stride - 1 == min_idx - 1 */
        if (lo_idx >= m) {
            double lo = c->sad[lo_idx % 3];
            m2 = lo < hi ? lo : hi;
        } else {
            m2 = hi;
        }
    }
    vmaf__mot_put(c, j, VMAF__MOT_M2, m2);
    p = vmaf__mot_min(vmaf__mot_blend(m2, c->opt.blend_factor, c->opt.blend_offset), c->opt.max_val);
    m3 = c->opt.moving_average ? (p + c->prev_processed) / 2.0 : p;
    c->prev_processed = p;
    vmaf__mot_put(c, j, VMAF__MOT_M3, m3);
}

VMAF__PRIVATE void vmaf__mot_int_push(VmafMotionContext *c, const VmafFrame *ref)
{
    const unsigned i = c->n, m = c->opt.five_frame_window ? 2u : 1u;
    double s = 0.0;
    unsigned j;
    if (!c->opt.force_zero) {
        const unsigned char *cur = (const unsigned char *)ref->data[0];
        const ptrdiff_t cs = ref->stride[0];
        unsigned char *slot = c->prev[i % m];
        int y;
        if (i >= m) {
            uint64_t sad = c->bpc == 8 ? c->k.isad8(slot, (ptrdiff_t)c->prev_stride, cur, cs, c->trow, c->w, c->h)
                                       : c->k.isad16(slot, (ptrdiff_t)c->prev_stride, cur, cs, c->trow, c->w, c->h, c->bpc);
            double v = (double)sad / 256. / (double)((unsigned)c->w * (unsigned)c->h) * c->opt.fps_weight;
            s = vmaf__mot_min(v, c->opt.max_val);
        }
        for (y = 0; y < c->h; y++) /* frame i replaces frame i - m, no longer needed */
            memcpy(slot + (size_t)y * c->prev_stride, cur + (ptrdiff_t)y * cs, c->prev_stride);
    }
    c->sad[i % 3] = s;
    vmaf__mot_put(c, i, VMAF__MOT_M, s);
    if (i == m) {
        const double stamp = vmaf__mot_min(vmaf__mot_blend(s, c->opt.blend_factor, c->opt.blend_offset), c->opt.max_val);
        for (j = 0; j < m; j++) {
            vmaf__mot_put(c, j, VMAF__MOT_M2, 0.0);
            vmaf__mot_put(c, j, VMAF__MOT_M3, stamp);
        }
        c->prev_processed = stamp;
    } else if (i > m) {
        vmaf__mot_int_final(c, i - 1, 1);
    }
}

VMAF__PRIVATE void vmaf__mot_int_flush(VmafMotionContext *c)
{
    const unsigned m = c->opt.five_frame_window ? 2u : 1u;
    unsigned j;
    if (!c->n) return;
    if (c->n <= m) { /* no scored frame: everything is 0 */
        for (j = 0; j < c->n; j++) {
            vmaf__mot_put(c, j, VMAF__MOT_M2, 0.0);
            vmaf__mot_put(c, j, VMAF__MOT_M3, 0.0);
        }
    } else {
        vmaf__mot_int_final(c, c->n - 1, 0);
    }
}

/* ================================================================================================
   Integer motion, libvmaf 3.0.0 / 3.1.0 (blur each frame to 16 bits, SAD of the blurs)
   ============================================================================================== */
VMAF__PRIVATE void vmaf__mot_v30_push(VmafMotionContext *c, const VmafFrame *ref)
{
    const unsigned i = c->n;
    uint64_t sad = 0;
    double score, s2;
    int y;
    if (c->opt.force_zero) {
        vmaf__mot_put(c, i, VMAF__MOT_M2, 0.0);
        vmaf__mot_put(c, i, VMAF__MOT_M, 0.0);
        return;
    }
    for (y = 0; y < c->h; y++) /* blur row y over the previous frame's row, summing |old - new| */
        sad += c->k.lblur((const unsigned char *)ref->data[0], ref->stride[0], c->bpc, c->w, c->h, y, c->ltmp,
                          c->lprev + (size_t)y * (size_t)c->w, i != 0);
    if (!i) {
        vmaf__mot_put(c, 0, VMAF__MOT_M2, 0.0);
        vmaf__mot_put(c, 0, VMAF__MOT_M, 0.0);
        return;
    }
    /* (float)(sad / 256.) / (w * h): a float quotient (v3.0.0 normalize_and_scale_sad) */
    score = (double)((float)((double)sad / 256.) / (float)((unsigned)c->w * (unsigned)c->h));
    vmaf__mot_put(c, i, VMAF__MOT_M, score);
    if (i >= 2) {
        s2 = c->lscore < score ? c->lscore : score;
        vmaf__mot_put(c, i - 1, VMAF__MOT_M2, s2);
    }
    c->lscore = score;
}

VMAF__PRIVATE void vmaf__mot_v30_flush(VmafMotionContext *c)
{
    if (!c->opt.force_zero && c->n >= 2) vmaf__mot_put(c, c->n - 1, VMAF__MOT_M2, c->lscore);
}

/* ================================================================================================
   Float motion (libvmaf float_motion.c, motion.c, common/convolution.c, picture_copy.c)
   ============================================================================================== */
/* Separable blur of one plane into dst (w x h, stride w): vertical pass per output row from a
   ring of fw converted source rows, then the horizontal pass. With `prev` (the previous
   frame's blur) the SAD of prev and dst is summed stripe by stripe while the new rows are
   still in cache; returns that float frame sum (rows in order), 0 without prev. */
#define VMAF__MOT_STRIPE 32
VMAF__PRIVATE float vmaf__mot_fblur(VmafMotionContext *c, const vmaf__mot_fplane *f, const unsigned char *src,
                                    ptrdiff_t stride, float *dst, const float *prev)
{
    const int fw = c->fw, r = fw / 2, w = f->w, h = f->h;
    const float *rows[5];
    float acc = 0.0f;
    int y, k, done = 0, y0 = 0;
    for (y = 0; y < h; y++) {
        int need = y + r < h - 1 ? y + r : h - 1;
        for (; done <= need; done++)
            c->k.fconv(src + (ptrdiff_t)done * stride, c->bpc, w, c->ring + (size_t)(done % fw) * (size_t)w);
        for (k = 0; k < fw; k++) rows[k] = c->ring + (size_t)(vmaf__mot_r101(y - r + k, h) % fw) * (size_t)w;
        c->k.fvpass(rows, c->taps, fw, w, c->frow);
        c->k.fhpass(c->frow, c->taps, fw, w, dst + (size_t)y * (size_t)w);
        if (prev && (y + 1 - y0 == VMAF__MOT_STRIPE || y == h - 1)) {
            acc = c->k.fsad(prev + (size_t)y0 * (size_t)w, dst + (size_t)y0 * (size_t)w, w, w, y + 1 - y0, acc);
            y0 = y + 1;
        }
    }
    return acc;
}

VMAF__PRIVATE void vmaf__mot_float_push(VmafMotionContext *c, const VmafFrame *ref)
{
    const unsigned i = c->n;
    const int cur = (int)(i & 1u), prv = cur ^ 1;
    const double fps = c->opt.fps_weight, mx = c->opt.max_val;
    const double bf = c->opt.blend_factor, bo = c->opt.blend_offset;
    double score;
    int p;
    if (c->opt.force_zero) {
        vmaf__mot_put(c, i, VMAF__MOT_M2, 0.0);
        vmaf__mot_put(c, i, VMAF__MOT_M3, 0.0);
        vmaf__mot_put(c, i, VMAF__MOT_M, 0.0);
        return;
    }
    score = 0.0;
    for (p = 0; p < c->nplanes; p++) {
        /* compute_motion() of the plane: mean |blur(n-1) - blur(n)| (+ the same of the half-size
           blurs), float; the planes add in double */
        vmaf__mot_fplane *f = &c->fp[p];
        float s = vmaf__mot_fblur(c, f, (const unsigned char *)ref->data[p], ref->stride[p], f->blur[cur], i ? f->blur[prv] : NULL);
        s = s / (float)(f->w * f->h);
        if (c->opt.add_scale1) {
            vmaf__mot_bilinear(&c->k, f->blur[cur], f->w, f->h, f->scaled[cur], f->sw, f->sw, f->sh, f->x1, f->x2, f->dx);
            if (i) s = s + c->k.fsad(f->scaled[prv], f->scaled[cur], f->sw, f->sw, f->sh, 0.0f) / (float)(f->sw * f->sh);
        }
        score = p ? score + (double)s : (double)s;
    }
    if (!i) {
        vmaf__mot_put(c, 0, VMAF__MOT_M2, 0.0);
        vmaf__mot_put(c, 0, VMAF__MOT_M, 0.0);
        return;
    }
    vmaf__mot_put(c, i, VMAF__MOT_M, vmaf__mot_min(score * fps, mx));
    if (i == 1) {
        vmaf__mot_put(c, 0, VMAF__MOT_M3, vmaf__mot_min(vmaf__mot_blend(score * fps, bf, bo), mx));
    } else {
        const double s2 = c->fscore < score ? c->fscore : score;
        vmaf__mot_put(c, i - 1, VMAF__MOT_M2, vmaf__mot_min(s2 * fps, mx));
        vmaf__mot_put(c, i - 1, VMAF__MOT_M3, vmaf__mot_min(vmaf__mot_blend(s2 * fps, bf, bo), mx));
    }
    c->fscore = score;
}

VMAF__PRIVATE void vmaf__mot_float_flush(VmafMotionContext *c)
{
    const double fps = c->opt.fps_weight, mx = c->opt.max_val;
    if (c->opt.force_zero || !c->n) return;
    if (c->n == 1) {
        vmaf__mot_put(c, 0, VMAF__MOT_M3, 0.0);
        return;
    }
    vmaf__mot_put(c, c->n - 1, VMAF__MOT_M2, vmaf__mot_min(c->fscore * fps, mx));
    vmaf__mot_put(c, c->n - 1, VMAF__MOT_M3,
                  vmaf__mot_min(vmaf__mot_blend(c->fscore * fps, c->opt.blend_factor, c->opt.blend_offset), mx));
}

/* ================================================================================================
   Shared push / flush
   ============================================================================================== */
VMAF__PRIVATE int vmaf__mot_check_frame(const VmafMotionContext *c, const VmafFrame *f)
{
    int p, np = c->kind == VMAF_MOTION_FLOAT ? c->nplanes : 1;
    if (!f) return vmaf__fail(c->log, c->log_user, VMAF_ERR_INVALID_ARGUMENT, "motion: NULL frame");
    if (np > 1 && f->layout != (VmafLayout)c->layout)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_MISMATCH, "motion: frame layout %d, context layout %d", (int)f->layout, c->layout);
    for (p = 0; p < np; p++) {
        VmafPlane pl = vmaf_frame_plane(f, p);
        unsigned pw = (unsigned)(p ? c->fp[p].w : c->w), ph = (unsigned)(p ? c->fp[p].h : c->h);
        int err = vmaf__check_plane(&pl, pw, ph, (unsigned)c->bpc);
        if (err)
            return vmaf__fail(c->log, c->log_user, err, "motion: plane %d (%ux%u, %u bits, stride %ld): %s; expected %ux%u, %d bits",
                              p, pl.w, pl.h, pl.bpc, (long)pl.stride, vmaf_result_string(err), pw, ph, c->bpc);
    }
    return VMAF_OK;
}

VMAF__PRIVATE void vmaf__mot_process(VmafMotionContext *c, const VmafFrame *ref)
{
    if (c->kind == VMAF_MOTION_INTEGER) vmaf__mot_int_push(c, ref);
    else if (c->kind == VMAF_MOTION_FLOAT) vmaf__mot_float_push(c, ref);
    else vmaf__mot_v30_push(c, ref);
    c->n++;
}

VMAF__PRIVATE void vmaf__mot_finish(VmafMotionContext *c)
{
    if (!c->flushed) {
        if (c->kind == VMAF_MOTION_INTEGER) vmaf__mot_int_flush(c);
        else if (c->kind == VMAF_MOTION_FLOAT) vmaf__mot_float_flush(c);
        else vmaf__mot_v30_flush(c);
    }
    c->flushed = 1;
}

/* ================================================================================================
   Public API
   ============================================================================================== */
VMAFDEF const char *vmaf_motion_version(void) { return VMAF_MOTION_VERSION_STRING; }

VMAFDEF int vmaf_motion_options_default(VmafMotionOptions *opt, VmafMotionKind kind)
{
    if (!opt || (unsigned)kind > 2u) return VMAF_ERR_INVALID_ARGUMENT;
    memset(opt, 0, sizeof *opt);
    /* every field gets its libvmaf default; the kind's own table (debug) goes last */
    vmaf__opt_defaults(vmaf__mot_opts_int, opt);
    vmaf__opt_defaults(vmaf__mot_opts_float, opt);
    vmaf__opt_defaults(vmaf__mot_desc((int)kind), opt);
    return VMAF_OK;
}

VMAFDEF size_t vmaf_motion_memory_size(const VmafMotionConfig *cfg)
{
    VmafMotionContext tmp;
    size_t need;
    if (!cfg) return 0;
    {
        VmafMotionConfig quiet = *cfg;
        quiet.log = NULL;
        if (vmaf__mot_setup(&tmp, &quiet)) return 0;
    }
    need = vmaf__mot_plan(&tmp, NULL);
    return need ? vmaf__add(need, 63) : 0;
}

VMAFDEF int vmaf_motion_create(VmafMotionContext **out, const VmafMotionConfig *cfg)
{
    return vmaf__mot_init(out, cfg, NULL, 0);
}

VMAFDEF int vmaf_motion_create_in(VmafMotionContext **out, void *mem, size_t size, const VmafMotionConfig *cfg)
{
    if (!mem) {
        if (out) *out = NULL;
        return VMAF_ERR_INVALID_ARGUMENT;
    }
    return vmaf__mot_init(out, cfg, mem, size);
}

VMAFDEF int vmaf_motion_push(VmafMotionContext *ctx, const VmafFrame *ref, VmafMotionScores out[VMAF_MOTION_MAX_OUT],
                             unsigned *n_out)
{
    int err;
    if (n_out) *n_out = 0;
    if (!ctx || !out || !n_out) return VMAF_ERR_INVALID_ARGUMENT;
    if (ctx->flushed) return vmaf__fail(ctx->log, ctx->log_user, VMAF_ERR_STATE, "motion: push after flush (call vmaf_motion_reset)");
    err = vmaf__mot_check_frame(ctx, ref);
    if (err) return err;
    ctx->out = out;
    ctx->n_out = 0;
    vmaf__mot_process(ctx, ref);
    *n_out = ctx->n_out;
    ctx->out = NULL;
    return VMAF_OK;
}

VMAFDEF int vmaf_motion_flush(VmafMotionContext *ctx, VmafMotionScores out[VMAF_MOTION_MAX_OUT], unsigned *n_out)
{
    if (n_out) *n_out = 0;
    if (!ctx || !out || !n_out) return VMAF_ERR_INVALID_ARGUMENT;
    ctx->out = out;
    ctx->n_out = 0;
    vmaf__mot_finish(ctx);
    *n_out = ctx->n_out;
    ctx->out = NULL;
    return VMAF_OK;
}

VMAFDEF int vmaf_motion_reset(VmafMotionContext *ctx)
{
    if (!ctx) return VMAF_ERR_INVALID_ARGUMENT;
    ctx->n = 0;
    ctx->flushed = 0;
    ctx->sad[0] = ctx->sad[1] = ctx->sad[2] = 0.0;
    ctx->prev_processed = ctx->lscore = ctx->fscore = 0.0;
    memset(ctx->pend_mask, 0, sizeof ctx->pend_mask);
    return VMAF_OK;
}

VMAFDEF void vmaf_motion_destroy(VmafMotionContext *ctx)
{
    if (ctx && ctx->block) {
        VmafAllocator a = ctx->alloc;
        vmaf__free(&a, ctx->block);
    }
}

/* ---- generic extractor tables ---- */
VMAF__PRIVATE int vmaf__mot_x_create(void **state, const VmafExtractorArgs *a, VmafMotionKind kind)
{
    VmafMotionOptions o;
    VmafMotionConfig cfg;
    VmafMotionContext *c = NULL;
    int err;
    if (!state) return VMAF_ERR_INVALID_ARGUMENT;
    *state = NULL;
    if (!a) return VMAF_ERR_INVALID_ARGUMENT;
    vmaf_motion_options_default(&o, kind);
    err = vmaf__opt_parse(vmaf__mot_desc((int)kind), &o, a->options, a->log, a->log_user);
    if (err) return err;
    memset(&cfg, 0, sizeof cfg);
    cfg.w = a->w;
    cfg.h = a->h;
    cfg.bpc = a->bpc;
    cfg.layout = a->layout;
    cfg.kind = kind;
    cfg.options = &o;
    cfg.cpumask = a->cpumask;
    cfg.allocator = a->allocator;
    cfg.log = a->log;
    cfg.log_user = a->log_user;
    err = vmaf_motion_create(&c, &cfg);
    if (err) return err;
    *state = c;
    return VMAF_OK;
}
VMAF__PRIVATE int vmaf__mot_x_create_int(void **s, const VmafExtractorArgs *a) { return vmaf__mot_x_create(s, a, VMAF_MOTION_INTEGER); }
VMAF__PRIVATE int vmaf__mot_x_create_float(void **s, const VmafExtractorArgs *a) { return vmaf__mot_x_create(s, a, VMAF_MOTION_FLOAT); }
VMAF__PRIVATE int vmaf__mot_x_create_v30(void **s, const VmafExtractorArgs *a) { return vmaf__mot_x_create(s, a, VMAF_MOTION_INTEGER_V30); }

VMAF__PRIVATE int vmaf__mot_x_key(void *state, const char *provided, char *out, size_t size)
{
    VmafMotionContext *c = (VmafMotionContext *)state;
    const char *const *p;
    if (!c || !provided || !out || !size) return VMAF_ERR_INVALID_ARGUMENT;
    for (p = vmaf__mot_provided(c->kind); *p; p++)
        if (!strcmp(*p, provided)) {
            vmaf__opt_key(vmaf__mot_desc(c->kind), &c->opt, provided, out, size);
            return VMAF_OK;
        }
    return VMAF_ERR_NOT_FOUND;
}

VMAF__PRIVATE int vmaf__mot_x_push(void *state, const VmafFrame *ref, const VmafFrame *dis, unsigned index,
                                   VmafEmitFn emit, void *user)
{
    VmafMotionContext *c = (VmafMotionContext *)state;
    int err;
    (void)dis; /* motion reads the reference only */
    if (!c || !emit) return VMAF_ERR_INVALID_ARGUMENT;
    if (c->flushed) return vmaf__fail(c->log, c->log_user, VMAF_ERR_STATE, "motion: push after flush");
    if (index != c->n)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_STATE, "motion: frame %u pushed, frame %u expected (frames go in order)", index, c->n);
    err = vmaf__mot_check_frame(c, ref);
    if (err) return err;
    c->emit = emit;
    c->emit_user = user;
    vmaf__mot_process(c, ref);
    c->emit = NULL;
    return VMAF_OK;
}

VMAF__PRIVATE int vmaf__mot_x_flush(void *state, VmafEmitFn emit, void *user)
{
    VmafMotionContext *c = (VmafMotionContext *)state;
    if (!c || !emit) return VMAF_ERR_INVALID_ARGUMENT;
    c->emit = emit;
    c->emit_user = user;
    vmaf__mot_finish(c);
    c->emit = NULL;
    return VMAF_OK;
}

VMAF__PRIVATE void vmaf__mot_x_destroy(void *state) { vmaf_motion_destroy((VmafMotionContext *)state); }

static const VmafExtractor vmaf__mot_x_int = {
    VMAF_EXTRACTOR_ABI, (uint32_t)sizeof(VmafExtractor), "motion", vmaf__mot_provided_int, VMAF_EXTRACTOR_TEMPORAL,
    vmaf__mot_x_create_int, vmaf__mot_x_key, vmaf__mot_x_push, vmaf__mot_x_flush, vmaf__mot_x_destroy, NULL};
static const VmafExtractor vmaf__mot_x_float = {
    VMAF_EXTRACTOR_ABI, (uint32_t)sizeof(VmafExtractor), "float_motion", vmaf__mot_provided_float, VMAF_EXTRACTOR_TEMPORAL,
    vmaf__mot_x_create_float, vmaf__mot_x_key, vmaf__mot_x_push, vmaf__mot_x_flush, vmaf__mot_x_destroy, NULL};
static const VmafExtractor vmaf__mot_x_v30 = {
    VMAF_EXTRACTOR_ABI, (uint32_t)sizeof(VmafExtractor), "motion", vmaf__mot_provided_v30, VMAF_EXTRACTOR_TEMPORAL,
    vmaf__mot_x_create_v30, vmaf__mot_x_key, vmaf__mot_x_push, vmaf__mot_x_flush, vmaf__mot_x_destroy, NULL};

VMAFDEF const VmafExtractor *vmaf_motion_extractor(void) { return &vmaf__mot_x_int; }
VMAFDEF const VmafExtractor *vmaf_motion_float_extractor(void) { return &vmaf__mot_x_float; }
VMAFDEF const VmafExtractor *vmaf_motion_v30_extractor(void) { return &vmaf__mot_x_v30; }

VMAF__FP_END
#endif /* VMAF_MOTION_IMPLEMENTATION */

/*
MIT License

Copyright (c) 2026 the vmaf single-header authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/
