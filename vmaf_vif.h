/* vmaf_vif.h - v0.3.2 - VIF features (integer_vif_scale0..3, vif_scale0..3) for VMAF.
   Single-file C99 / C++11 library. Part of the vmaf single-header set: vmaf_vif.h, vmaf_adm.h,
   vmaf_motion.h, vmaf_model.h. Each file works alone.

   In exactly one C or C++ file:
       #define VMAF_VIF_IMPLEMENTATION
       #include "vmaf_vif.h"
   Everywhere else, include it without the define to get the declarations.

   VMAF (the algorithm, the models and the reference numbers) is Netflix's: see
   https://github.com/Netflix/vmaf. This file is an independent implementation written from
   a specification; it reproduces libvmaf 3.2.0's numbers. License: MIT, see the end of file.

   WHAT IT COMPUTES
     VIF (visual information fidelity, Sheikh & Bovik 2006) on the luma plane at four scales,
     as libvmaf 3.2.0 does it, in two variants:
       VMAF_VIF_INTEGER  libvmaf extractor "vif" (libvmaf/src/feature/integer_vif.c): fixed
                         point, bit-identical to libvmaf. Used by the default v0.6.1 model
                         and most others.
       VMAF_VIF_FLOAT    libvmaf extractor "float_vif" (float_vif.c, vif.c, vif_tools.c): float
                         arithmetic in libvmaf's exact order (no FMA contraction), bit-identical
                         to libvmaf's x86-64 GCC build. Used by the float v0.6.1 model.

   QUICK START (typed API)
       VmafVifConfig cfg;
       VmafVifState *vif;
       VmafVifScores sc;
       VmafPlane ref = {ref_y, ref_stride_bytes, 1920, 1080, 8};
       VmafPlane dis = {dis_y, dis_stride_bytes, 1920, 1080, 8};
       vmaf_vif_config_default(&cfg, VMAF_VIF_INTEGER);
       cfg.w = 1920; cfg.h = 1080; cfg.bpc = 8;
       if (vmaf_vif_create(&vif, &cfg) == VMAF_OK) {
           if (vmaf_vif_compute(vif, &ref, &dis, &sc) == VMAF_OK)
               printf("%f %f %f %f\n", sc.scale[0], sc.scale[1], sc.scale[2], sc.scale[3]);
           vmaf_vif_destroy(vif);
       }
   Heap-free: vmaf_vif_memory_size(&cfg, &n), then vmaf_vif_create_in(&vif, buffer, n, &cfg);
   vmaf_vif_destroy() then frees nothing. Nothing is allocated per frame.

   GENERIC API
     vmaf_vif_extractor() ("vif") and vmaf_vif_float_extractor() ("float_vif") return
     VmafExtractor tables (see the common block): create() takes libvmaf option text such as
     "vif_enhn_gain_limit=1.0:debug=true", push() emits every value of a frame under libvmaf's
     collector keys, in libvmaf's order. vmaf_model.h and the vmaf tool use these.
     Differences from libvmaf: an option name the extractor does not have is an error
     (VMAF_ERR_BAD_OPTION; libvmaf ignores it), and a bad vif_kernelscale fails at create,
     not at the first frame.

   OPTIONS (config field = libvmaf option name, alias used in output names, range, default)
     both kinds:
       enhn_gain_limit  vif_enhn_gain_limit  egl    [1, 100]    100 (NEG models use 1.0)
       skip_scale0      vif_skip_scale0      ssclz  bool        0   (scale 0 = 0, num0 0, den0 -1)
       (generic API only: debug = true adds the num/den and combined outputs)
     VMAF_VIF_FLOAT only (an integer config must leave them at their defaults):
       kernelscale      vif_kernelscale      ks     [0.1, 4] and within 1e-3 of one of 1, 1/2,
                        3/2, 2, 2/3, 2.4, 360/97, 4/3, 3.5/3, 3.75/3, 4.25/3, 5/3, 3, 1/2.25,
                        1.4746, 1.54, 1.6, 1.06667, 0.711111, 0.74074, 1.111111; default 1. As
                        in libvmaf the value is validated, never snapped to the list.
       sigma_nsq        vif_sigma_nsq        snsq   [0, 5]      2
       prescale         vif_prescale         ps     [0.1, 4]    1 (frame resized before VIF)
       prescale_method  vif_prescale_method  pm     nearest, bilinear, bicubic, lanczos4
       scale1_min_val   vif_scale1_min_val   s1miv  [0, 1]      0 (lower clamp of scale 1; also
       scale2_min_val, scale3_min_val  (s2miv, s3miv)               for scales 2, 3)
     Out-of-range values: VMAF_ERR_BAD_OPTION, and the log callback names the option.
     In the generic API, non-default options add suffixes to the output names exactly as
     libvmaf does (SPEC 6.5): "integer_vif_scale0_egl_1", "vif_scale1_ks_0.5", ...

   FEATURE NAMES (collector keys at default options; printed names in parentheses)
     integer: VMAF_integer_feature_vif_scale{0..3}_score (integer_vif_scale{0..3});
              debug: integer_vif, integer_vif_num, integer_vif_den,
              integer_vif_num_scale{0..3}, integer_vif_den_scale{0..3}
     float:   VMAF_feature_vif_scale{0..3}_score (vif_scale{0..3});
              debug: vif, vif_num, vif_den, vif_num_scale{0..3}, vif_den_scale{0..3}

   INPUT AND LIMITS
     Luma only (any chroma layout), bpc 8..16 (8: uint8 samples; 9..16: uint16 samples in host
     order, 2-byte aligned, even stride), any stride >= the row size. Size up to 32768 x 32768.
     Minimum: every pyramid level must be at least half a filter wide, w_s, h_s >= W_s/2 + 1
     (SPEC 2.9 / 3.6). For the integer variant and float with kernelscale 1 that is 16 x 16;
     larger kernel scales need more (kernelscale 3: 40 x 40; 360/97: 56 x 56), and for the
     float variant the rule applies to the prescaled size (the input itself must then be at
     least 8 x 8). Smaller frames give VMAF_ERR_TOO_SMALL (libvmaf reads stale memory there).
     Float VIF at bpc 9, 11, 13, 14, 15 divides by 2^(bpc-8) (libvmaf misreads those depths).
     Samples above the bit depth give unspecified (but memory-safe) results.

   THREADING
     No global state. A state is used by one thread at a time; any number of states may run
     on different threads at once.

   SIMD AND DETERMINISM
     Kernel sets: scalar C, AVX2, AVX-512 (F, BW, DQ, VL), AVX-512 + VNNI ("avx512icl": the
     integer kernels use vpdpwssd, chosen where libvmaf's AVX512ICL set is present) and NEON.
     On x86-64 the set is chosen per state at create time from the CPU (cpuid and the OS's
     XCR0 state) minus cfg.cpumask (libvmaf bits: 8 (VMAF_CPU_AVX2) turns AVX2 off, 16
     (VMAF_CPU_AVX512) AVX-512, 32 (VMAF_CPU_AVX512ICL) the VNNI variant; ~0u forces scalar). The SIMD functions carry per-function target attributes, so a plain -O2 build
     runs AVX-512 where the CPU has it; no -mavx flags are needed. On AArch64 NEON is used
     whenever it is compiled in (it is mandatory there); cpumask bit 1 (VMAF_CPU_NEON) turns it
     off. VMAF_NO_SIMD / VMAF_NO_AVX2 / VMAF_NO_AVX512 / VMAF_NO_NEON leave paths out at
     compile time.
     Determinism contract: every kernel set gives the scalar set's bits for every output, the
     integer and the float variant alike, on every input (tests/test_vif_simd.c compares all
     outputs, num/den included, with memcmp). Integer VIF is exact integer arithmetic: the
     SIMD filters multiply-add 16-bit pairs into 32-bit lanes modulo 2^32 and split the 32-bit
     second moments into 16-bit halves, so every sum the scalar code keeps in 32 or 64 bits
     comes out identical; the per-pixel statistic runs the same double operations (no FMA)
     and reads the log2 table from the double's bits. Float VIF vectorises across independent
     pixels only: each lane runs the scalar operation sequence (separate multiply and add,
     float products rounded before widening, the double steps in double lanes), and the row
     and frame sums stay sequential, left to right and top to bottom.
     Speed (1080p 8-bit, one thread, CPU time per frame from bench/bench_vif.c on a Xeon with
     AVX-512): integer about 130 ms scalar, 20 ms AVX2, 13 ms AVX-512 (about 15% less with
     VNNI); float about 185, 32 and 24 ms. The implementation turns FP contraction off for
     its own code with scoped pragmas, so -O3 -march=native and gcc's -ffp-contract=fast do
     not change results (tests/test_vif_build.sh checks this). Exceptions: clang's
     -ffp-contract=fast ignores pragmas by design (use fast-honor-pragmas or the default), and
     VMAF_DONT_CHANGE_FP_CONTRACT leaves the pragmas out (then build with -ffp-contract=off).
     Float results assume IEEE binary32/64 with FLT_EVAL_METHOD 0 (x86-64, AArch64). The
     Gaussian taps and the integer log2 table are shipped as data (tools/gen_vif_tables.py),
     so no libm call decides a default-option result; vif_sigma_nsq uses powf and the
     bicubic / lanczos4 prescalers use sin, as libvmaf does.

   CONFIGURATION MACROS (define before including; identical in every file that includes it)
     VMAF_STATIC                    functions are static: a private copy per translation unit
     VMAFDEF                        linkage of public functions (default extern)
     VMAF_MALLOC(sz,u)/VMAF_FREE(p,u)  allocator used when a config's VmafAllocator is all-NULL
     VMAF_ASSERT(x)                 internal invariants only (default assert)
     VMAF_NO_SIMD                   scalar C only
     VMAF_NO_AVX2, VMAF_NO_AVX512, VMAF_NO_NEON   leave out one SIMD path
     VMAF_DONT_CHANGE_FP_CONTRACT   do not emit our scoped "no FMA contraction" pragmas

   HISTORY
     0.3.2  AVX-512 integer statistic pass: even and odd output columns of the horizontal
            filter from the same loads (about 15% faster VIF at 1080p on Zen 4)
     0.3.1  one rule for 16-bit planes: odd data address or odd stride -> VMAF_ERR_BAD_STRIDE;
            unknown prescale method and unknown layout -> VMAF_ERR_INVALID_ARGUMENT; prescaled size
            above 32768 -> VMAF_ERR_TOO_LARGE; key() with size 0 -> VMAF_ERR_INVALID_ARGUMENT;
            common block v3
     0.3.0  AVX2, AVX-512 and NEON kernels for both variants (bit-identical to scalar); the
            kernels share one scratch area in the state (still one allocation, ~20 KB more)
     0.2.0  integer and float VIF, typed and generic APIs, bit-exact with libvmaf 3.2.0
     0.1.0  skeleton
*/
#ifndef VMAF_VIF_H
#define VMAF_VIF_H
#define VMAF_VIF_VERSION_MAJOR 0
#define VMAF_VIF_VERSION_MINOR 3
#define VMAF_VIF_VERSION_PATCH 2
#define VMAF_VIF_VERSION_STRING "0.3.2"

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

/* Which VIF: libvmaf's integer extractor "vif" or its float extractor "float_vif". */
typedef enum VmafVifKind {
    VMAF_VIF_INTEGER = 0,
    VMAF_VIF_FLOAT = 1
} VmafVifKind;

/* Resampling method of the float prescaler (libvmaf vif_prescale_method). */
typedef enum VmafVifPrescaleMethod {
    VMAF_VIF_PRESCALE_NEAREST = 0,
    VMAF_VIF_PRESCALE_BILINEAR = 1,
    VMAF_VIF_PRESCALE_BICUBIC = 2,
    VMAF_VIF_PRESCALE_LANCZOS4 = 3
} VmafVifPrescaleMethod;

/* Configuration of one VIF state. Get the defaults with vmaf_vif_config_default(), then set
   w, h, bpc and whatever else differs. Every double field takes the value libvmaf's option
   would hold (no %g normalisation is applied here; the generic API applies libvmaf's). */
typedef struct VmafVifConfig {
    VmafVifKind kind;        /* VMAF_VIF_INTEGER ("vif") or VMAF_VIF_FLOAT ("float_vif") */
    unsigned w, h;           /* luma size in samples of every frame that will be computed */
    unsigned bpc;            /* bits per sample, 8..16 */
    double enhn_gain_limit;  /* vif_enhn_gain_limit, [1, 100], default 100 */
    int skip_scale0;         /* vif_skip_scale0, 0 or 1 */
    /* VMAF_VIF_FLOAT only; an integer config must keep the defaults */
    double kernelscale;      /* vif_kernelscale, default 1 (see the list in the top comment) */
    double sigma_nsq;        /* vif_sigma_nsq, [0, 5], default 2 */
    double prescale;         /* vif_prescale, [0.1, 4], default 1 */
    VmafVifPrescaleMethod prescale_method; /* vif_prescale_method, default nearest */
    double scale1_min_val;   /* vif_scale1_min_val, [0, 1], default 0 */
    double scale2_min_val;   /* vif_scale2_min_val, [0, 1], default 0 */
    double scale3_min_val;   /* vif_scale3_min_val, [0, 1], default 0 */
    /* runtime */
    unsigned cpumask;        /* VMAF_CPU_* bits that disable SIMD paths (libvmaf meaning) */
    VmafAllocator allocator; /* all-NULL = VMAF_MALLOC / VMAF_FREE; used by vmaf_vif_create */
    VmafLogFn log;           /* optional: receives the reason of an error */
    void *log_user;
} VmafVifConfig;

/* Scores of one frame. Every value equals the one libvmaf writes to its feature collector
   (a double); names are those of the integer variant, the float ones drop "integer_". */
typedef struct VmafVifScores {
    double scale[4];  /* integer_vif_scale{s} / vif_scale{s}. Integer: the float quotient
                         num_s / den_s; float: (double)num_s / den_s, scales 1..3 clamped below
                         by scale{s}_min_val. 0 for scale 0 when skip_scale0. */
    double num[4];    /* integer_vif_num_scale{s}: the float numerator; 0 when skipped */
    double den[4];    /* integer_vif_den_scale{s}: the float denominator; -1 when skipped */
    double vif;       /* integer_vif: num_total / den_total (1 if den_total == 0) */
    double num_total; /* integer_vif_num: sum over the computed scales, in double */
    double den_total; /* integer_vif_den */
} VmafVifScores;

/* One VIF computation state (opaque). Holds the buffers for one frame size. */
typedef struct VmafVifState VmafVifState;

/* Version of this header as "MAJOR.MINOR.PATCH". */
VMAFDEF const char *vmaf_vif_version(void);

/* Fills *cfg with libvmaf's defaults for `kind`: every option at its default, w = h = 0
   (to be set), bpc = 8, cpumask 0, default allocator, no log. NULL cfg: does nothing. */
VMAFDEF void vmaf_vif_config_default(VmafVifConfig *cfg, VmafVifKind kind);

/* Bytes that vmaf_vif_create_in() needs for `cfg` (one block; includes 64 bytes of slack
   for alignment, so any pointer will do).
   @return VMAF_OK, or the error vmaf_vif_create() would return for this config. */
VMAFDEF int vmaf_vif_memory_size(const VmafVifConfig *cfg, size_t *size);

/* Creates a state inside the caller's memory `mem` of `size` bytes (>= vmaf_vif_memory_size).
   The memory must stay valid until vmaf_vif_destroy() (which does not free it).
   @return VMAF_OK, VMAF_ERR_INVALID_ARGUMENT (NULL pointer, unknown kind or method, size too
           small), VMAF_ERR_BAD_BPC, VMAF_ERR_TOO_SMALL, VMAF_ERR_TOO_LARGE, VMAF_ERR_BAD_OPTION. */
VMAFDEF int vmaf_vif_create_in(VmafVifState **out, void *mem, size_t size, const VmafVifConfig *cfg);

/* Creates a state with one allocation through cfg->allocator.
   @return as vmaf_vif_create_in(), or VMAF_ERR_OUT_OF_MEMORY. *out is NULL on error. */
VMAFDEF int vmaf_vif_create(VmafVifState **out, const VmafVifConfig *cfg);

/* Computes VIF of one frame: `ref` and `dis` are luma planes of exactly the configured w x h
   and bpc (stride in bytes, any value >= w * bytes per sample; even for bpc > 8).
   Source: libvmaf integer_vif.c extract() / float_vif.c extract() + vif.c compute_vif().
   Samples above the bit depth are not checked (see the notes at the top of this file).
   @return VMAF_OK, VMAF_ERR_INVALID_ARGUMENT (NULL pointer or data), VMAF_ERR_BAD_BPC,
           VMAF_ERR_MISMATCH (size or bpc differs from the state), VMAF_ERR_BAD_STRIDE (stride
           below one row, or bpc > 8 with an odd data address or odd stride). On error *out is
           left unchanged. */
VMAFDEF int vmaf_vif_compute(VmafVifState *state, const VmafPlane *ref, const VmafPlane *dis,
                             VmafVifScores *out);

/* Destroys a state (frees its block if vmaf_vif_create made it). NULL: does nothing. */
VMAFDEF void vmaf_vif_destroy(VmafVifState *state);

/* Generic extractor tables (see VmafExtractor in the common block). Options are parsed with
   libvmaf's rules (full option names, numbers normalised strtof -> %g -> atof, bools
   true/false); create() returns VMAF_ERR_BAD_OPTION or VMAF_ERR_PARSE for bad text, and
   push() emits the 4 scale scores, then with debug=true: [integer_]vif, _num, _den,
   _num_scale0, _den_scale0, ..., _den_scale3, all with libvmaf's option suffixes. */
VMAFDEF const VmafExtractor *vmaf_vif_extractor(void);       /* "vif" (integer) */
VMAFDEF const VmafExtractor *vmaf_vif_float_extractor(void); /* "float_vif" */

#ifdef __cplusplus
}
#endif
#endif /* VMAF_VIF_H */

#if (defined(VMAF_VIF_IMPLEMENTATION) || defined(__INTELLISENSE__)) && !defined(VMAF_VIF_IMPLEMENTED)
#define VMAF_VIF_IMPLEMENTED

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

/* >>> vmaf_vif generated tables (tools/gen_vif_tables.py; do not edit) >>> */
/* Float VIF Gaussian taps for every odd width W = 3, 5, ..., 65 (SPEC 3.2, master's
   get_1d_gaussian_kernel with sigma = W / 5), concatenated: the taps of width W start
   at index m * (m + 2), m = (W - 3) / 2. Printed with 9 significant digits, which
   round-trips every float exactly. */
static const float vmaf__vif_gauss_taps[1088] = {
    /* W = 3 */
    0.166378513f, 0.667242944f, 0.166378513f,
    /* W = 5 */
    0.0544886813f, 0.244201332f, 0.402619928f, 0.244201332f, 0.0544886813f,
    /* W = 7 */
    0.0289952625f, 0.103818342f, 0.22317338f, 0.288026065f, 0.22317338f, 0.103818342f,
    0.0289952625f,
    /* W = 9 */
    0.0189780816f, 0.0558981709f, 0.120920911f, 0.192116067f, 0.224173561f, 0.192116067f,
    0.120920911f, 0.0558981709f, 0.0189780816f,
    /* W = 11 */
    0.0138663286f, 0.0351356231f, 0.0724108368f, 0.121374995f, 0.165472046f, 0.183480427f,
    0.165472046f, 0.121374995f, 0.0724108368f, 0.0351356231f, 0.0138663286f,
    /* W = 13 */
    0.0108323945f, 0.0244382806f, 0.0475523546f, 0.0798047259f, 0.115515567f, 0.144214079f,
    0.15528518f, 0.144214079f, 0.115515567f, 0.0798047259f, 0.0475523546f, 0.0244382806f,
    0.0108323945f,
    /* W = 15 */
    0.00884695165f, 0.0182159059f, 0.0335623957f, 0.0553350374f, 0.0816380233f, 0.107777938f,
    0.127324581f, 0.134598359f, 0.127324581f, 0.107777938f, 0.0816380233f, 0.0553350374f,
    0.0335623957f, 0.0182159059f, 0.00884695165f,
    /* W = 17 */
    0.00745626912f, 0.0142655009f, 0.0250313189f, 0.0402820669f, 0.059452612f, 0.0804750994f,
    0.0999041051f, 0.113746069f, 0.118773833f, 0.113746069f, 0.0999041051f, 0.0804750994f,
    0.059452612f, 0.0402820669f, 0.0250313189f, 0.0142655009f, 0.00745626912f,
    /* W = 19 */
    0.0064324094f, 0.0115882531f, 0.0194798857f, 0.030554777f, 0.044719398f, 0.0610712841f,
    0.0778219923f, 0.0925319865f, 0.102661014f, 0.106278017f, 0.102661014f, 0.0925319865f,
    0.0778219923f, 0.0610712841f, 0.044719398f, 0.030554777f, 0.0194798857f, 0.0115882531f,
    0.0064324094f,
    /* W = 21 */
    0.00564942416f, 0.00968039222f, 0.0156733524f, 0.0239778869f, 0.0346609168f, 0.0473422967f,
    0.0610996485f, 0.0745089278f, 0.0858534947f, 0.093473345f, 0.0961607248f, 0.093473345f,
    0.0858534947f, 0.0745089278f, 0.0610996485f, 0.0473422967f, 0.0346609168f, 0.0239778869f,
    0.0156733524f, 0.00968039222f, 0.00564942416f,
    /* W = 23 */
    0.00503249234f, 0.0082658669f, 0.0129499882f, 0.0193520114f, 0.0275840759f, 0.0375030376f,
    0.0486351475f, 0.0601602495f, 0.070981428f, 0.0798832104f, 0.0857515484f, 0.0878019482f,
    0.0857515484f, 0.0798832104f, 0.070981428f, 0.0601602495f, 0.0486351475f, 0.0375030376f,
    0.0275840759f, 0.0193520114f, 0.0129499882f, 0.0082658669f, 0.00503249234f,
    /* W = 25 */
    0.00453456212f, 0.007183081f, 0.0109323738f, 0.0159862433f, 0.022459833f, 0.0303176045f,
    0.0393198095f, 0.0489955023f, 0.0586582609f, 0.0674730688f, 0.07456927f, 0.0791803747f,
    0.080779925f, 0.0791803747f, 0.07456927f, 0.0674730688f, 0.0586582609f, 0.0489955023f,
    0.0393198095f, 0.0303176045f, 0.022459833f, 0.0159862433f, 0.0109323738f, 0.007183081f,
    0.00453456212f,
    /* W = 27 */
    0.00412465865f, 0.00633223169f, 0.00939359982f, 0.0134652294f, 0.0186509956f, 0.0249630008f,
    0.0322847925f, 0.0403464921f, 0.048721429f, 0.0568513535f, 0.0641014799f, 0.0698396042f,
    0.0735261887f, 0.0747977942f, 0.0735261887f, 0.0698396042f, 0.0641014799f, 0.0568513535f,
    0.048721429f, 0.0403464921f, 0.0322847925f, 0.0249630008f, 0.0186509956f, 0.0134652294f,
    0.00939359982f, 0.00633223169f, 0.00412465865f,
    /* W = 29 */
    0.00378160249f, 0.00564887188f, 0.00819100998f, 0.0115293069f, 0.0157528389f, 0.0208931752f,
    0.0268992353f, 0.0336174965f, 0.040783152f, 0.0480270758f, 0.0549011417f, 0.0609209426f,
    0.0656208321f, 0.0686130673f, 0.0696405023f, 0.0686130673f, 0.0656208321f, 0.0609209426f,
    0.0549011417f, 0.0480270758f, 0.040783152f, 0.0336174965f, 0.0268992353f, 0.0208931752f,
    0.0157528389f, 0.0115293069f, 0.00819100998f, 0.00564887188f, 0.00378160249f,
    /* W = 31 */
    0.00349044614f, 0.00508981198f, 0.00723143527f, 0.0100103514f, 0.0135013163f, 0.0177420974f,
    0.0227162056f, 0.0283379648f, 0.0344432034f, 0.0407887585f, 0.0470629707f, 0.0529078729f,
    0.0579513013f, 0.0618455112f, 0.0643065423f, 0.0651484579f, 0.0643065423f, 0.0618455112f,
    0.0579513013f, 0.0529078729f, 0.0470629707f, 0.0407887585f, 0.0344432034f, 0.0283379648f,
    0.0227162056f, 0.0177420974f, 0.0135013163f, 0.0100103514f, 0.00723143527f, 0.00508981198f,
    0.00349044614f,
    /* W = 33 */
    0.00324035762f, 0.00462517748f, 0.00645199185f, 0.00879608095f, 0.0117196487f, 0.0152605427f,
    0.0194202717f, 0.0241529718f, 0.0293572806f, 0.0348731391f, 0.0404851921f, 0.0459336936f,
    0.0509326793f, 0.0551939681f, 0.0584543273f, 0.0605022833f, 0.0612007529f, 0.0605022833f,
    0.0584543273f, 0.0551939681f, 0.0509326793f, 0.0459336936f, 0.0404851921f, 0.0348731391f,
    0.0293572806f, 0.0241529718f, 0.0194202717f, 0.0152605427f, 0.0117196487f, 0.00879608095f,
    0.00645199185f, 0.00462517748f, 0.00324035762f,
    /* W = 35 */
    0.00302329916f, 0.00423373003f, 0.00580900861f, 0.00780940149f, 0.0102865631f, 0.0132757695f,
    0.0167874973f, 0.0207993165f, 0.0252492819f, 0.0300321076f, 0.034999311f, 0.0399640948f,
    0.044711303f, 0.0490118973f, 0.0526408069f, 0.0553962551f, 0.0571182817f, 0.057704106f,
    0.0571182817f, 0.0553962551f, 0.0526408069f, 0.0490118973f, 0.044711303f, 0.0399640948f,
    0.034999311f, 0.0300321076f, 0.0252492819f, 0.0207993165f, 0.0167874973f, 0.0132757695f,
    0.0102865631f, 0.00780940149f, 0.00580900861f, 0.00423373003f, 0.00302329916f,
    /* W = 37 */
    0.00283318851f, 0.00390001014f, 0.00527138915f, 0.00699606119f, 0.0091169849f, 0.0116658919f,
    0.0146572953f, 0.0180825144f, 0.0219044816f, 0.0260541141f, 0.0304290708f, 0.0348955616f,
    0.0392935127f, 0.0434450842f, 0.0471660569f, 0.0502791144f, 0.0526277497f, 0.0540892668f,
    0.0545854047f, 0.0540892668f, 0.0526277497f, 0.0502791144f, 0.0471660569f, 0.0434450842f,
    0.0392935127f, 0.0348955616f, 0.0304290708f, 0.0260541141f, 0.0219044816f, 0.0180825144f,
    0.0146572953f, 0.0116658919f, 0.0091169849f, 0.00699606119f, 0.00527138915f, 0.00390001014f,
    0.00283318851f,
    /* W = 39 */
    0.00266533904f, 0.00361252669f, 0.00481649861f, 0.00631703762f, 0.00814999174f, 0.0103433821f,
    0.0129130762f, 0.0158583671f, 0.0191579498f, 0.0227667596f, 0.0266143028f, 0.0306048822f,
    0.0346200727f, 0.0385236107f, 0.0421684496f, 0.0454056635f, 0.0480943546f, 0.0501117818f,
    0.0513626337f, 0.0517864861f, 0.0513626337f, 0.0501117818f, 0.0480943546f, 0.0454056635f,
    0.0421684496f, 0.0385236107f, 0.0346200727f, 0.0306048822f, 0.0266143028f, 0.0227667596f,
    0.0191579498f, 0.0158583671f, 0.0129130762f, 0.0103433821f, 0.00814999174f, 0.00631703762f,
    0.00481649861f, 0.00361252669f, 0.00266533904f,
    /* W = 41 */
    0.00251608668f, 0.00336258719f, 0.00442754198f, 0.00574371545f, 0.00734115392f, 0.0092443591f,
    0.0114691285f, 0.0140192639f, 0.0168834459f, 0.0200326368f, 0.0234183464f, 0.0269721467f,
    0.0306066591f, 0.0342182219f, 0.0376912132f, 0.0409038253f, 0.0437349714f, 0.0460717715f,
    0.0478169732f, 0.0488956645f, 0.0492606126f, 0.0488956645f, 0.0478169732f, 0.0460717715f,
    0.0437349714f, 0.0409038253f, 0.0376912132f, 0.0342182219f, 0.0306066591f, 0.0269721467f,
    0.0234183464f, 0.0200326368f, 0.0168834459f, 0.0140192639f, 0.0114691285f, 0.0092443591f,
    0.00734115392f, 0.00574371545f, 0.00442754198f, 0.00336258719f, 0.00251608668f,
    /* W = 43 */
    0.00238252454f, 0.00314350217f, 0.00409183465f, 0.00525473012f, 0.0066574933f, 0.00832145009f,
    0.0102616046f, 0.0124841677f, 0.0149841402f, 0.0177432038f, 0.0207281336f, 0.0238900147f,
    0.0271644294f, 0.0304728262f, 0.033725068f, 0.0368231535f, 0.0396658778f, 0.0421542302f,
    0.0441970453f, 0.0457165353f, 0.046653185f, 0.0469696485f, 0.046653185f, 0.0457165353f,
    0.0441970453f, 0.0421542302f, 0.0396658778f, 0.0368231535f, 0.033725068f, 0.0304728262f,
    0.0271644294f, 0.0238900147f, 0.0207281336f, 0.0177432038f, 0.0149841402f, 0.0124841677f,
    0.0102616046f, 0.00832145009f, 0.0066574933f, 0.00525473012f, 0.00409183465f, 0.00314350217f,
    0.00238252454f,
    /* W = 45 */
    0.00226231618f, 0.00295004761f, 0.00379964546f, 0.00483387522f, 0.00607415894f,
    0.00753902551f, 0.00924235396f, 0.0111915004f, 0.0133854328f, 0.015813021f, 0.0184516665f,
    0.0212664343f, 0.0242098514f, 0.0272224937f, 0.0302344449f, 0.0331676304f, 0.0359389335f,
    0.0384639911f, 0.0406613536f, 0.0424568392f, 0.0437876657f, 0.0446061045f, 0.0448823012f,
    0.0446061045f, 0.0437876657f, 0.0424568392f, 0.0406613536f, 0.0384639911f, 0.0359389335f,
    0.0331676304f, 0.0302344449f, 0.0272224937f, 0.0242098514f, 0.0212664343f, 0.0184516665f,
    0.015813021f, 0.0133854328f, 0.0111915004f, 0.00924235396f, 0.00753902551f, 0.00607415894f,
    0.00483387522f, 0.00379964546f, 0.00295004761f, 0.00226231618f,
    /* W = 47 */
    0.00215356797f, 0.00277809659f, 0.00354340766f, 0.00446868548f, 0.00557215838f,
    0.00686992565f, 0.00837462768f, 0.0100940159f, 0.0120294951f, 0.0141747603f, 0.0165146366f,
    0.0190242361f, 0.0216685794f, 0.0244027358f, 0.0271726213f, 0.029916415f, 0.032566607f,
    0.0350526124f, 0.0373038091f, 0.0392528251f, 0.0408388637f, 0.0420108326f, 0.042730093f,
    0.0429725759f, 0.042730093f, 0.0420108326f, 0.0408388637f, 0.0392528251f, 0.0373038091f,
    0.0350526124f, 0.032566607f, 0.029916415f, 0.0271726213f, 0.0244027358f, 0.0216685794f,
    0.0190242361f, 0.0165146366f, 0.0141747603f, 0.0120294951f, 0.0100940159f, 0.00837462768f,
    0.00686992565f, 0.00557215838f, 0.00446868548f, 0.00354340766f, 0.00277809659f,
    0.00215356797f,
    /* W = 49 */
    0.00205472647f, 0.00262434781f, 0.00331716263f, 0.0041494458f, 0.00513678556f, 0.00629318878f,
    0.00763006182f, 0.0091551058f, 0.0108711785f, 0.0127752051f, 0.0148572046f, 0.0170995351f,
    0.0194764379f, 0.0219539553f, 0.0244902875f, 0.027036665f, 0.0295386221f, 0.0319378227f,
    0.0341742076f, 0.0361884125f, 0.037924394f, 0.0393319689f, 0.0403692499f, 0.0410047062f,
    0.0412187427f, 0.0410047062f, 0.0403692499f, 0.0393319689f, 0.037924394f, 0.0361884125f,
    0.0341742076f, 0.0319378227f, 0.0295386221f, 0.027036665f, 0.0244902875f, 0.0219539553f,
    0.0194764379f, 0.0170995351f, 0.0148572046f, 0.0127752051f, 0.0108711785f, 0.0091551058f,
    0.00763006182f, 0.00629318878f, 0.00513678556f, 0.0041494458f, 0.00331716263f, 0.00262434781f,
    0.00205472647f,
    /* W = 51 */
    0.00196450017f, 0.00248612254f, 0.00311615178f, 0.00386848091f, 0.00475650514f,
    0.00579243479f, 0.00698650675f, 0.00834612083f, 0.00987495296f, 0.0115720686f, 0.0134311346f,
    0.015439745f, 0.0175789613f, 0.019823119f, 0.0221399404f, 0.0244910084f, 0.0268325862f,
    0.0291168299f, 0.0312933028f, 0.0333107486f, 0.0351190716f, 0.0366713889f, 0.0379260331f,
    0.0388484076f, 0.0394125618f, 0.0396024287f, 0.0394125618f, 0.0388484076f, 0.0379260331f,
    0.0366713889f, 0.0351190716f, 0.0333107486f, 0.0312933028f, 0.0291168299f, 0.0268325862f,
    0.0244910084f, 0.0221399404f, 0.019823119f, 0.0175789613f, 0.015439745f, 0.0134311346f,
    0.0115720686f, 0.00987495296f, 0.00834612083f, 0.00698650675f, 0.00579243479f, 0.00475650514f,
    0.00386848091f, 0.00311615178f, 0.00248612254f, 0.00196450017f,
    /* W = 53 */
    0.00188181933f, 0.00236124289f, 0.00293655554f, 0.00361968251f, 0.004422192f, 0.00535475416f,
    0.00642652577f, 0.00764447637f, 0.00901268236f, 0.0105316192f, 0.0121975048f, 0.0140017299f,
    0.0159304179f, 0.0179641824f, 0.0200780965f, 0.0222419258f, 0.0244206395f, 0.0265751928f,
    0.0286635999f, 0.0306421872f, 0.0324671082f, 0.034095902f, 0.0354891531f, 0.0366120338f,
    0.0374357775f, 0.0379388966f, 0.0381080955f, 0.0379388966f, 0.0374357775f, 0.0366120338f,
    0.0354891531f, 0.034095902f, 0.0324671082f, 0.0306421872f, 0.0286635999f, 0.0265751928f,
    0.0244206395f, 0.0222419258f, 0.0200780965f, 0.0179641824f, 0.0159304179f, 0.0140017299f,
    0.0121975048f, 0.0105316192f, 0.00901268236f, 0.00764447637f, 0.00642652577f, 0.00535475416f,
    0.004422192f, 0.00361968251f, 0.00293655554f, 0.00236124289f, 0.00188181933f,
    /* W = 55 */
    0.00180577778f, 0.00224790722f, 0.00277525722f, 0.00339812133f, 0.0041265334f, 0.0049698418f,
    0.00593622867f, 0.00703217136f, 0.0082618827f, 0.00962674432f, 0.011124759f, 0.0127500705f,
    0.0144925676f, 0.0163376238f, 0.0182659924f, 0.0202538874f, 0.0222732872f, 0.0242924318f,
    0.0262765624f, 0.0281888135f, 0.0299913418f, 0.031646505f, 0.0331181772f, 0.0343730338f,
    0.0353818163f, 0.0361204483f, 0.0365710109f, 0.036722444f, 0.0365710109f, 0.0361204483f,
    0.0353818163f, 0.0343730338f, 0.0331181772f, 0.031646505f, 0.0299913418f, 0.0281888135f,
    0.0262765624f, 0.0242924318f, 0.0222732872f, 0.0202538874f, 0.0182659924f, 0.0163376238f,
    0.0144925676f, 0.0127500705f, 0.011124759f, 0.00962674432f, 0.0082618827f, 0.00703217136f,
    0.00593622867f, 0.0049698418f, 0.0041265334f, 0.00339812133f, 0.00277525722f, 0.00224790722f,
    0.00180577778f,
    /* W = 57 */
    0.00173561077f, 0.00214462122f, 0.00262970547f, 0.00319979293f, 0.0038636243f, 0.00462941499f,
    0.00550447125f, 0.00649476424f, 0.00760447653f, 0.00883554947f, 0.0101872282f, 0.0116556566f,
    0.0132335294f, 0.0149098383f, 0.0166697223f, 0.0184944775f, 0.0203616973f, 0.0222456045f,
    0.0241175182f, 0.0259465314f, 0.0277002845f, 0.029345898f, 0.0308509693f, 0.0321846232f,
    0.033318568f, 0.0342280753f, 0.0348928869f, 0.0352979489f, 0.0354340151f, 0.0352979489f,
    0.0348928869f, 0.0342280753f, 0.033318568f, 0.0321846232f, 0.0308509693f, 0.029345898f,
    0.0277002845f, 0.0259465314f, 0.0241175182f, 0.0222456045f, 0.0203616973f, 0.0184944775f,
    0.0166697223f, 0.0149098383f, 0.0132335294f, 0.0116556566f, 0.0101872282f, 0.00883554947f,
    0.00760447653f, 0.00649476424f, 0.00550447125f, 0.00462941499f, 0.0038636243f, 0.00319979293f,
    0.00262970547f, 0.00214462122f, 0.00173561077f,
    /* W = 59 */
    0.00167066581f, 0.00205013319f, 0.00249778782f, 0.0030214123f, 0.00362865278f, 0.00432674959f,
    0.00512222992f, 0.00602056691f, 0.00702581368f, 0.00814023335f, 0.00936392788f, 0.0106944935f,
    0.0121267186f, 0.0136523489f, 0.0152599271f, 0.0169347376f, 0.0186588764f, 0.0204114281f,
    0.0221688058f, 0.0239051878f, 0.0255931057f, 0.027204128f, 0.0287096277f, 0.0300816242f,
    0.0312936306f, 0.032321509f, 0.0331442542f, 0.0337447226f, 0.0341102108f, 0.0342329182f,
    0.0341102108f, 0.0337447226f, 0.0331442542f, 0.032321509f, 0.0312936306f, 0.0300816242f,
    0.0287096277f, 0.027204128f, 0.0255931057f, 0.0239051878f, 0.0221688058f, 0.0204114281f,
    0.0186588764f, 0.0169347376f, 0.0152599271f, 0.0136523489f, 0.0121267186f, 0.0106944935f,
    0.00936392788f, 0.00814023335f, 0.00702581368f, 0.00602056691f, 0.00512222992f,
    0.00432674959f, 0.00362865278f, 0.0030214123f, 0.00249778782f, 0.00205013319f, 0.00167066581f,
    /* W = 61 */
    0.00161038281f, 0.00196338771f, 0.00237774407f, 0.00286026509f, 0.00341766584f, 0.0040563466f,
    0.00478214445f, 0.00560005708f, 0.00651394855f, 0.00752624404f, 0.00863762852f,
    0.00984674692f, 0.0111499578f, 0.012541105f, 0.0140113672f, 0.0155491754f, 0.017140219f,
    0.0187675469f, 0.0204117745f, 0.0220513977f, 0.0236632135f, 0.0252228063f, 0.0267051626f,
    0.0280853081f, 0.0293389987f, 0.0304434244f, 0.0313779004f, 0.0321245007f, 0.032668639f,
    0.0329995379f, 0.0331105813f, 0.0329995379f, 0.032668639f, 0.0321245007f, 0.0313779004f,
    0.0304434244f, 0.0293389987f, 0.0280853081f, 0.0267051626f, 0.0252228063f, 0.0236632135f,
    0.0220513977f, 0.0204117745f, 0.0187675469f, 0.017140219f, 0.0155491754f, 0.0140113672f,
    0.012541105f, 0.0111499578f, 0.00984674692f, 0.00863762852f, 0.00752624404f, 0.00651394855f,
    0.00560005708f, 0.00478214445f, 0.0040563466f, 0.00341766584f, 0.00286026509f, 0.00237774407f,
    0.00196338771f, 0.00161038281f,
    /* W = 63 */
    0.00155428075f, 0.00188349059f, 0.00226809853f, 0.00271409377f, 0.00322739547f,
    0.00381367817f, 0.00447816681f, 0.0052254186f, 0.00605907431f, 0.00698161544f, 0.00799410883f,
    0.00909596216f, 0.0102847014f, 0.0115557788f, 0.01290242f, 0.0143155344f, 0.0157836862f,
    0.0172931403f, 0.0188279767f, 0.0203703195f, 0.0219006278f, 0.0233980548f, 0.0248409044f,
    0.0262071323f, 0.0274748951f, 0.0286231264f, 0.0296321064f, 0.0304840375f, 0.0311635472f,
    0.0316581652f, 0.0319586955f, 0.0320595056f, 0.0319586955f, 0.0316581652f, 0.0311635472f,
    0.0304840375f, 0.0296321064f, 0.0286231264f, 0.0274748951f, 0.0262071323f, 0.0248409044f,
    0.0233980548f, 0.0219006278f, 0.0203703195f, 0.0188279767f, 0.0172931403f, 0.0157836862f,
    0.0143155344f, 0.01290242f, 0.0115557788f, 0.0102847014f, 0.00909596216f, 0.00799410883f,
    0.00698161544f, 0.00605907431f, 0.0052254186f, 0.00447816681f, 0.00381367817f, 0.00322739547f,
    0.00271409377f, 0.00226809853f, 0.00188349059f, 0.00155428075f,
    /* W = 65 */
    0.00150193891f, 0.00180967525f, 0.00216760044f, 0.00258099986f, 0.00305511151f,
    0.00359497801f, 0.00420528743f, 0.00489018532f, 0.00565308053f, 0.00649643736f,
    0.00742156524f, 0.00842841715f, 0.00951539259f, 0.0106791724f, 0.0119145792f, 0.0132144783f,
    0.0145697314f, 0.0159692056f, 0.0173998401f, 0.0188467912f, 0.0202936325f, 0.0217226297f,
    0.0231150668f, 0.0244516488f, 0.0257129185f, 0.0268797241f, 0.0279337f, 0.0288577396f,
    0.0296364594f, 0.0302566346f, 0.0307075437f, 0.0309813116f, 0.0310731046f, 0.0309813116f,
    0.0307075437f, 0.0302566346f, 0.0296364594f, 0.0288577396f, 0.0279337f, 0.0268797241f,
    0.0257129185f, 0.0244516488f, 0.0231150668f, 0.0217226297f, 0.0202936325f, 0.0188467912f,
    0.0173998401f, 0.0159692056f, 0.0145697314f, 0.0132144783f, 0.0119145792f, 0.0106791724f,
    0.00951539259f, 0.00842841715f, 0.00742156524f, 0.00649643736f, 0.00565308053f,
    0.00489018532f, 0.00420528743f, 0.00359497801f, 0.00305511151f, 0.00258099986f,
    0.00216760044f, 0.00180967525f, 0.00150193891f,
};

/* The 21 vif_kernelscale values libvmaf accepts (its valid_kernelscales, as float). */
static const float vmaf__vif_kernelscales[21] = {
    1.0f,
    1.0f / 2.0f,
    3.0f / 2.0f,
    2.0f,
    2.0f / 3.0f,
    24.0f / 10.0f,
    360.0f / 97.0f,
    4.0f / 3.0f,
    3.5f / 3.0f,
    3.75f / 3.0f,
    4.25f / 3.0f,
    5.0f / 3.0f,
    3.0f,
    1.0f / 2.25f,
    1.4746f,
    1.54f,
    1.6f,
    1.06667f,
    0.711111f,
    0.740740f,
    1.111111f,
};

/* W_0..W_3 of each accepted kernel scale (SPEC 3.2 table); the library computes the
   widths from the caller's value at run time, the unit test compares with this. */
static const unsigned char vmaf__vif_kernelscale_widths[21][4] = {
    {17, 9, 5, 3},
    {9, 5, 3, 3},
    {27, 15, 9, 5},
    {35, 19, 11, 7},
    {13, 7, 5, 3},
    {41, 23, 13, 9},
    {65, 35, 19, 13},
    {23, 13, 7, 5},
    {21, 11, 7, 5},
    {23, 13, 7, 5},
    {25, 13, 9, 5},
    {29, 15, 9, 5},
    {51, 27, 15, 9},
    {9, 5, 3, 3},
    {27, 15, 9, 5},
    {27, 15, 9, 5},
    {29, 15, 9, 5},
    {19, 11, 7, 5},
    {13, 7, 5, 3},
    {13, 7, 5, 3},
    {19, 11, 7, 5},
};

/* Integer VIF log2 table (SPEC 2.5): T[i] = round(2048 * (float)log2(i)), i = 32767..65535.
   T[32767] = 30720, and bit (i - 32768) of this array is T[i] - T[i - 1] (always 0 or 1).
   Check: h = 0; for i in 32767..65535: h = h * 31 + T[i] (mod 2^64) = 18054239521728245405. */
static const uint32_t vmaf__vif_log2_steps[1024] = {
    0x10020040u, 0x40040080u, 0x80100200u, 0x00200400u, 0x00800801u, 0x01002004u, 0x02004008u, 0x08010020u,
    0x20020040u, 0x40080100u, 0x00100200u, 0x00400801u, 0x01002002u, 0x02004008u, 0x08010020u, 0x20040040u,
    0x80100100u, 0x00200400u, 0x00801002u, 0x02004008u, 0x08010010u, 0x20040040u, 0x80100100u, 0x00400400u,
    0x01001002u, 0x04004008u, 0x10020020u, 0x40080080u, 0x00200400u, 0x00801001u, 0x02004008u, 0x10010020u,
    0x40080080u, 0x00200200u, 0x00801001u, 0x04004008u, 0x10020020u, 0x80080100u, 0x00400400u, 0x01002002u,
    0x08008010u, 0x20040040u, 0x00200200u, 0x00801001u, 0x04004008u, 0x20020020u, 0x80100100u, 0x00800800u,
    0x02004004u, 0x10020020u, 0x80100100u, 0x00800800u, 0x02004004u, 0x10020020u, 0x00100100u, 0x00800801u,
    0x04004008u, 0x20020040u, 0x00200200u, 0x01001001u, 0x08008010u, 0x40080080u, 0x00400400u, 0x02002004u,
    0x10020020u, 0x00100100u, 0x01001001u, 0x08008008u, 0x40080080u, 0x00400400u, 0x04004004u, 0x20020040u,
    0x00200200u, 0x02002002u, 0x10010020u, 0x00100100u, 0x01001001u, 0x10010010u, 0x00100100u, 0x00800801u,
    0x08008008u, 0x80080080u, 0x00800800u, 0x08008008u, 0x80080080u, 0x00800800u, 0x08008008u, 0x80080080u,
    0x00800800u, 0x10010010u, 0x00100100u, 0x01001001u, 0x10010010u, 0x00100100u, 0x02002002u, 0x20020020u,
    0x00200200u, 0x04004004u, 0x40040040u, 0x00800800u, 0x08008008u, 0x00100080u, 0x01001001u, 0x20020010u,
    0x00200200u, 0x04004002u, 0x80040040u, 0x00800800u, 0x10010008u, 0x00200100u, 0x02002002u, 0x40040040u,
    0x00800800u, 0x10008008u, 0x00100100u, 0x02002002u, 0x80040040u, 0x00800800u, 0x10010010u, 0x00200200u,
    0x04004004u, 0x00080080u, 0x01001001u, 0x40020020u, 0x00800400u, 0x10008008u, 0x00200100u, 0x04004002u,
    0x00080080u, 0x02001001u, 0x40040020u, 0x00800800u, 0x20010010u, 0x00400200u, 0x08008004u, 0x00200100u,
    0x04004002u, 0x00080080u, 0x02002001u, 0x80040040u, 0x01001000u, 0x40020020u, 0x00800800u, 0x20020010u,
    0x00400400u, 0x10010008u, 0x00400200u, 0x10008008u, 0x00200200u, 0x08008004u, 0x00200100u, 0x08004004u,
    0x00200100u, 0x08004002u, 0x00100100u, 0x08004002u, 0x00100080u, 0x08004002u, 0x00100080u, 0x08004002u,
    0x00100080u, 0x08004002u, 0x00100100u, 0x08004002u, 0x00200100u, 0x08008004u, 0x00200100u, 0x10008004u,
    0x00400200u, 0x10010008u, 0x00400200u, 0x20010008u, 0x00800400u, 0x40020010u, 0x01000800u, 0x80040020u,
    0x02001000u, 0x00080040u, 0x04002001u, 0x00100080u, 0x08004002u, 0x00200100u, 0x10008004u, 0x00800400u,
    0x40020010u, 0x01000800u, 0x80040020u, 0x04002000u, 0x00100080u, 0x08004002u, 0x00400100u, 0x20010008u,
    0x00800400u, 0x80040020u, 0x02001000u, 0x00100080u, 0x08004002u, 0x00400200u, 0x40010008u, 0x01000800u,
    0x00080020u, 0x04002001u, 0x00200100u, 0x20010004u, 0x00800400u, 0x80040020u, 0x04002000u, 0x00200080u,
    0x20008004u, 0x01000400u, 0x00040020u, 0x04002001u, 0x00200100u, 0x20010008u, 0x01000800u, 0x00080040u,
    0x08004001u, 0x00400200u, 0x80020010u, 0x04001000u, 0x00100080u, 0x20008004u, 0x01000400u, 0x00080020u,
    0x08004001u, 0x00800200u, 0x80040010u, 0x04002000u, 0x00200100u, 0x40020008u, 0x02001000u, 0x00100080u,
    0x20010004u, 0x02000800u, 0x00100040u, 0x20008002u, 0x01000400u, 0x00080040u, 0x10008002u, 0x01000400u,
    0x00080020u, 0x10004002u, 0x01000400u, 0x00080020u, 0x10008002u, 0x01000400u, 0x00080040u, 0x20008002u,
    0x01000400u, 0x00100040u, 0x20008004u, 0x02000800u, 0x00100080u, 0x40010004u, 0x04001000u, 0x00200080u,
    0x80020008u, 0x08002000u, 0x00400200u, 0x00040010u, 0x10004001u, 0x01000400u, 0x00100040u, 0x20010004u,
    0x02000800u, 0x00200080u, 0x80020008u, 0x08002000u, 0x00800200u, 0x00080020u, 0x20008002u, 0x02000800u,
    0x00200080u, 0x00020008u, 0x10004001u, 0x01000400u, 0x00100040u, 0x40010004u, 0x04001000u, 0x00800200u,
    0x00080020u, 0x20008002u, 0x04000800u, 0x00400100u, 0x00040010u, 0x20008001u, 0x02000800u, 0x00400080u,
    0x00040010u, 0x20004001u, 0x02000800u, 0x00400080u, 0x00040010u, 0x20008001u, 0x04000800u, 0x00400100u,
    0x00080010u, 0x40008002u, 0x04001000u, 0x00800200u, 0x00100020u, 0x80010004u, 0x08002000u, 0x01000400u,
    0x00200080u, 0x00040008u, 0x20008001u, 0x04000800u, 0x00800100u, 0x00080020u, 0x80010004u, 0x10002000u,
    0x02000400u, 0x00400080u, 0x00080010u, 0x40010002u, 0x08002000u, 0x01000400u, 0x00200080u, 0x00040010u,
    0x40010002u, 0x08002000u, 0x01000400u, 0x00400080u, 0x00080010u, 0x80010002u, 0x10002000u, 0x02000800u,
    0x00400100u, 0x00100020u, 0x00020004u, 0x20004001u, 0x04001000u, 0x01000200u, 0x00200080u, 0x00080010u,
    0x80010002u, 0x10004000u, 0x04000800u, 0x00800200u, 0x00200040u, 0x00080010u, 0x80010002u, 0x20004000u,
    0x04000800u, 0x01000200u, 0x00400080u, 0x00080010u, 0x00020004u, 0x40008001u, 0x08002000u, 0x02000400u,
    0x00800100u, 0x00200040u, 0x00080010u, 0x80020004u, 0x20004000u, 0x08001000u, 0x02000400u, 0x00800100u,
    0x00200040u, 0x00080010u, 0x00020004u, 0x40008001u, 0x10002000u, 0x04000800u, 0x02000400u, 0x00800100u,
    0x00200040u, 0x00080010u, 0x00020004u, 0x80008001u, 0x20004000u, 0x08001000u, 0x02000400u, 0x01000200u,
    0x00400080u, 0x00100020u, 0x00080010u, 0x00020004u, 0x80010001u, 0x20004000u, 0x10001000u, 0x04000800u,
    0x02000200u, 0x00800100u, 0x00400040u, 0x00100020u, 0x00080010u, 0x00020004u, 0x80010002u, 0x40008000u,
    0x20002000u, 0x08001000u, 0x04000800u, 0x02000400u, 0x01000100u, 0x00400080u, 0x00200040u, 0x00100020u,
    0x00080010u, 0x00040004u, 0x00020002u, 0x80010001u, 0x40008000u, 0x20004000u, 0x10001000u, 0x08000800u,
    0x04000400u, 0x02000400u, 0x01000200u, 0x00800100u, 0x00400080u, 0x00200040u, 0x00200020u, 0x00100010u,
    0x00080008u, 0x00040008u, 0x00020004u, 0x00020002u, 0x00010001u, 0x80008001u, 0x40008000u, 0x40004000u,
    0x20002000u, 0x10002000u, 0x10001000u, 0x08000800u, 0x08000800u, 0x04000400u, 0x04000400u, 0x02000200u,
    0x02000200u, 0x01000200u, 0x01000100u, 0x00800100u, 0x00800080u, 0x00800080u, 0x00400080u, 0x00400040u,
    0x00400040u, 0x00400040u, 0x00200020u, 0x00200020u, 0x00200020u, 0x00200020u, 0x00200020u, 0x00100020u,
    0x00100010u, 0x00100010u, 0x00100010u, 0x00100010u, 0x00100010u, 0x00100010u, 0x00100010u, 0x00100010u,
    0x00100010u, 0x00100010u, 0x00100010u, 0x00200010u, 0x00200020u, 0x00200020u, 0x00200020u, 0x00200020u,
    0x00200020u, 0x00400040u, 0x00400040u, 0x00400040u, 0x00800040u, 0x00800080u, 0x00800080u, 0x01000100u,
    0x01000100u, 0x02000100u, 0x02000200u, 0x04000200u, 0x04000400u, 0x08000400u, 0x08000800u, 0x10000800u,
    0x10001000u, 0x20002000u, 0x20002000u, 0x40004000u, 0x80004000u, 0x80008000u, 0x00010000u, 0x00020001u,
    0x00020002u, 0x00040004u, 0x00080004u, 0x00100008u, 0x00200010u, 0x00200020u, 0x00400040u, 0x00800080u,
    0x01000100u, 0x02000200u, 0x04000400u, 0x08000800u, 0x10001000u, 0x20002000u, 0x40004000u, 0x80008000u,
    0x00010000u, 0x00020001u, 0x00040002u, 0x00080008u, 0x00100010u, 0x00400020u, 0x00800040u, 0x01000080u,
    0x02000200u, 0x08000400u, 0x10000800u, 0x20002000u, 0x80004000u, 0x00008000u, 0x00020001u, 0x00040004u,
    0x00100008u, 0x00200010u, 0x00800040u, 0x01000080u, 0x04000200u, 0x08000400u, 0x20001000u, 0x40004000u,
    0x00008000u, 0x00020001u, 0x00080004u, 0x00100008u, 0x00400020u, 0x01000080u, 0x02000200u, 0x08000400u,
    0x20001000u, 0x80004000u, 0x00010000u, 0x00040002u, 0x00080008u, 0x00200010u, 0x00800040u, 0x02000100u,
    0x08000400u, 0x20001000u, 0x80004000u, 0x00010000u, 0x00040002u, 0x00100008u, 0x00400020u, 0x02000100u,
    0x08000400u, 0x20001000u, 0x80004000u, 0x00010000u, 0x00040002u, 0x00200010u, 0x00800040u, 0x02000100u,
    0x10000400u, 0x40002000u, 0x00008000u, 0x00020001u, 0x00100008u, 0x00400020u, 0x02000080u, 0x08000400u,
    0x40001000u, 0x00008000u, 0x00020001u, 0x00100008u, 0x00800020u, 0x02000100u, 0x10000400u, 0x40002000u,
    0x00010000u, 0x00040002u, 0x00200010u, 0x01000080u, 0x08000200u, 0x20001000u, 0x00008000u, 0x00040001u,
    0x00100008u, 0x00800040u, 0x04000200u, 0x20001000u, 0x00008000u, 0x00020001u, 0x00100008u, 0x00800040u,
    0x04000200u, 0x20001000u, 0x00008000u, 0x00040002u, 0x00200010u, 0x01000080u, 0x08000400u, 0x80002000u,
    0x00010000u, 0x00080004u, 0x00800020u, 0x04000100u, 0x20000800u, 0x00008000u, 0x00040001u, 0x00200010u,
    0x02000080u, 0x10000400u, 0x00004000u, 0x00020001u, 0x00200008u, 0x01000040u, 0x10000400u, 0x80002000u,
    0x00020000u, 0x00100008u, 0x01000040u, 0x10000400u, 0x80002000u, 0x00020000u, 0x00200008u, 0x01000080u,
    0x10000400u, 0x00004000u, 0x00040001u, 0x00200010u, 0x02000080u, 0x20000800u, 0x00008000u, 0x00080002u,
    0x00800020u, 0x08000200u, 0x80002000u, 0x00010000u, 0x00100004u, 0x01000040u, 0x10000400u, 0x00004000u,
    0x00040001u, 0x00800020u, 0x08000200u, 0x80002000u, 0x00020000u, 0x00200008u, 0x02000080u, 0x20000800u,
    0x00008000u, 0x00100004u, 0x01000040u, 0x10000400u, 0x00004000u, 0x00080002u, 0x00800020u, 0x08000200u,
    0x00004000u, 0x00040001u, 0x00800010u, 0x08000200u, 0x80002000u, 0x00040000u, 0x00400010u, 0x08000200u,
    0x80002000u, 0x00040000u, 0x00400010u, 0x08000200u, 0x00002000u, 0x00040001u, 0x00800010u, 0x08000200u,
    0x00004000u, 0x00040001u, 0x00800020u, 0x10000400u, 0x00004000u, 0x00080002u, 0x01000040u, 0x20000800u,
    0x00010000u, 0x00100004u, 0x02000080u, 0x40001000u, 0x00020000u, 0x00400008u, 0x08000100u, 0x00002000u,
    0x00080001u, 0x01000020u, 0x20000400u, 0x00008000u, 0x00200004u, 0x04000080u, 0x80001000u, 0x00040000u,
    0x00800010u, 0x10000200u, 0x00008000u, 0x00100002u, 0x02000080u, 0x80001000u, 0x00040000u, 0x00800010u,
    0x10000400u, 0x00008000u, 0x00200004u, 0x04000080u, 0x00002000u, 0x00040001u, 0x01000020u, 0x40000800u,
    0x00010000u, 0x00400008u, 0x10000200u, 0x00004000u, 0x00100002u, 0x04000080u, 0x00002000u, 0x00040001u,
    0x01000020u, 0x40000800u, 0x00020000u, 0x00800010u, 0x20000400u, 0x00010000u, 0x00400008u, 0x08000200u,
    0x00004000u, 0x00100002u, 0x04000080u, 0x00002000u, 0x00080001u, 0x04000040u, 0x00002000u, 0x00080001u,
    0x02000040u, 0x80001000u, 0x00040000u, 0x01000020u, 0x40000800u, 0x00040000u, 0x01000020u, 0x40000800u,
    0x00020000u, 0x01000010u, 0x40000800u, 0x00020000u, 0x00800010u, 0x40000800u, 0x00020000u, 0x01000010u,
    0x40000800u, 0x00020000u, 0x01000020u, 0x40000800u, 0x00040000u, 0x01000020u, 0x80001000u, 0x00040000u,
    0x02000020u, 0x80001000u, 0x00080000u, 0x04000040u, 0x00002000u, 0x00100001u, 0x04000080u, 0x00004000u,
    0x00200002u, 0x08000100u, 0x00008000u, 0x00400004u, 0x20000200u, 0x00010000u, 0x00800010u, 0x40000800u,
    0x00040000u, 0x02000020u, 0x00001000u, 0x00080001u, 0x04000080u, 0x00004000u, 0x00200002u, 0x10000100u,
    0x00010000u, 0x00800008u, 0x40000400u, 0x00040000u, 0x02000020u, 0x00002000u, 0x00100001u, 0x08000080u,
    0x00008000u, 0x00400004u, 0x40000400u, 0x00020000u, 0x02000020u, 0x00001000u, 0x00100001u, 0x08000100u,
    0x00008000u, 0x00800008u, 0x40000400u, 0x00040000u, 0x04000040u, 0x00002000u, 0x00200002u, 0x20000200u,
    0x00020000u, 0x01000010u, 0x00001000u, 0x00100001u, 0x10000100u, 0x00010000u, 0x00800008u, 0x80000800u,
    0x00080000u, 0x08000080u, 0x00008000u, 0x00800008u, 0x80000800u, 0x00080000u, 0x08000080u, 0x00008000u,
    0x00800008u, 0x80000800u, 0x00080000u, 0x08000080u, 0x00008000u, 0x00800008u, 0x80000800u, 0x00100000u,
    0x10000100u, 0x00010000u, 0x01000010u, 0x00001000u, 0x00200001u, 0x20000200u, 0x00020000u, 0x02000020u,
    0x00004000u, 0x00400004u, 0x40000400u, 0x00080000u, 0x08000080u, 0x00008000u, 0x01000010u, 0x00001000u,
    0x00200001u, 0x20000200u, 0x00020000u, 0x04000040u, 0x00004000u, 0x00800008u, 0x00000800u, 0x00100001u,
    0x20000100u, 0x00020000u, 0x04000040u, 0x00004000u, 0x00800008u, 0x00001000u, 0x00100001u, 0x20000200u,
    0x00040000u, 0x08000040u, 0x00008000u, 0x01000010u, 0x00002000u, 0x00400002u, 0x80000400u, 0x00080000u,
    0x10000100u, 0x00020000u, 0x04000020u, 0x00008000u, 0x01000008u, 0x00001000u, 0x00200002u, 0x80000400u,
    0x00080000u, 0x20000100u, 0x00020000u, 0x08000040u, 0x00008000u, 0x02000010u, 0x00002000u, 0x00800004u,
    0x00000800u, 0x00200001u, 0x40000400u, 0x00080000u, 0x10000100u, 0x00020000u, 0x08000040u, 0x00010000u,
    0x02000010u, 0x00004000u, 0x01000008u, 0x00001000u, 0x00400002u, 0x00000800u, 0x00200001u, 0x40000400u,
    0x00080000u, 0x20000100u, 0x00040000u, 0x10000080u, 0x00020000u, 0x08000040u, 0x00010000u, 0x04000020u,
    0x00004000u, 0x01000008u, 0x00002000u, 0x00800004u, 0x00001000u, 0x00400002u, 0x00001000u, 0x00400002u,
    0x00000800u, 0x00200001u, 0x80000400u, 0x00100000u, 0x40000200u, 0x00080000u, 0x40000100u, 0x00080000u,
    0x20000100u, 0x00040000u, 0x20000080u, 0x00040000u, 0x10000080u, 0x00020000u, 0x10000040u, 0x00020000u,
    0x08000040u, 0x00020000u, 0x08000040u, 0x00010000u, 0x08000040u, 0x00010000u, 0x08000020u, 0x00010000u,
    0x08000020u, 0x00010000u, 0x08000020u, 0x00010000u, 0x08000020u, 0x00010000u, 0x08000040u, 0x00010000u,
    0x08000040u, 0x00020000u, 0x08000040u, 0x00020000u, 0x10000040u, 0x00020000u, 0x10000080u, 0x00040000u,
    0x20000080u, 0x00040000u, 0x20000100u, 0x00080000u, 0x40000100u, 0x00080000u, 0x40000200u, 0x00100000u,
    0x80000200u, 0x00200000u, 0x00000400u, 0x00200001u, 0x00000800u, 0x00400002u, 0x00001000u, 0x00800004u,
    0x00002000u, 0x01000008u, 0x00004000u, 0x02000010u, 0x00008000u, 0x04000020u, 0x00010000u, 0x10000040u,
    0x00020000u, 0x20000080u, 0x00080000u, 0x40000100u, 0x00100000u, 0x00000400u, 0x00200001u, 0x00000800u,
    0x00800002u, 0x00002000u, 0x02000008u, 0x00004000u, 0x04000010u, 0x00010000u, 0x10000040u, 0x00040000u,
    0x40000100u, 0x00100000u, 0x80000200u, 0x00200000u, 0x00000800u, 0x00800002u, 0x00002000u, 0x02000008u,
    0x00008000u, 0x08000020u, 0x00020000u, 0x20000080u, 0x00100000u, 0x00000400u, 0x00400001u, 0x00001000u,
    0x01000004u, 0x00004000u, 0x04000010u, 0x00010000u, 0x20000080u, 0x00080000u, 0x80000200u, 0x00200000u,
};
/* <<< vmaf_vif generated tables <<< */

/* ============================================================================================
   Constants
   ============================================================================================ */

/* Integer VIF filters, Q16, each sums to 65536 (SPEC 2.1; libvmaf integer_vif.h). */
static const uint16_t vmaf__vif_ifilt[4][17] = {
    {489, 935, 1640, 2640, 3896, 5274, 6547, 7455, 7784, 7455, 6547, 5274, 3896, 2640, 1640, 935, 489},
    {1244, 3663, 7925, 12590, 14692, 12590, 7925, 3663, 1244},
    {3571, 16004, 26386, 16004, 3571},
    {10904, 43728, 10904}};
static const unsigned vmaf__vif_iwidth[4] = {17, 9, 5, 3};

/* Coefficients of libvmaf's fast log2 polynomial (vif_tools.c, VIF_OPT_FAST_LOG2), highest
   degree first, as float. */
static const float vmaf__vif_log2_poly[9] = {
    -0.012671635276421f, 0.064841182402670f, -0.157048836463065f, 0.257167726303123f,
    -0.353800560300520f, 0.480131410397451f, -0.721314327952201f, 1.442694803896991f, 0.0f};

enum {
    VMAF__VIF_IPAD = 8,        /* padding of the integer row buffers (max half width) */
    VMAF__VIF_FPAD = 32,       /* padding of the float row buffers (half of the widest tap set) */
    VMAF__VIF_FMAXW = 65,      /* widest float filter */
    VMAF__VIF_NSQ = 131072,    /* integer sigma_nsq: 2.0 in units of 65536 (SPEC 2.6) */
    VMAF__VIF_LOG2_BASE = 32767
};

/* ============================================================================================
   Small helpers
   ============================================================================================ */

/* Reflect-101 (SPEC 0.3): valid while n > the filter half width, which create() ensures. */
static inline unsigned vmaf__vif_r101(int i, unsigned n)
{
    return i < 0 ? (unsigned)(-i) : ((unsigned)i >= n ? (unsigned)(2 * (int)n - i - 2) : (unsigned)i);
}

static inline unsigned vmaf__vif_clz32(uint32_t v)
{
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_clz(v);
#else
    unsigned n = 0;
    while (!(v & 0x80000000u)) { v <<= 1; n++; }
    return n;
#endif
}

static inline unsigned vmaf__vif_clz64(uint64_t v)
{
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_clzll((unsigned long long)v);
#else
    unsigned n = 0;
    while (!(v & ((uint64_t)1 << 63))) { v <<= 1; n++; }
    return n;
#endif
}

/* uint32 -> int32 with two's-complement wrap (SPEC 2.4: the sigma subtraction wraps). */
static inline int32_t vmaf__vif_u2i(uint32_t v)
{
    return v < 0x80000000u ? (int32_t)v : (int32_t)(v - 0x80000000u) - INT32_MAX - 1;
}

/* log2 lookups of libvmaf's integer VIF (integer_vif.h log2_32/log2_64), v >= 2^17.
   `t` is the table indexed from 32767. */
static inline int32_t vmaf__vif_l32(const uint16_t *t, uint32_t v)
{
    unsigned k = 16u - vmaf__vif_clz32(v);
    return (int32_t)t[(v >> k) - VMAF__VIF_LOG2_BASE] + 2048 * (int32_t)k;
}
static inline int32_t vmaf__vif_l64(const uint16_t *t, uint64_t v)
{
    unsigned k = 48u - vmaf__vif_clz64(v);
    return (int32_t)t[(size_t)(v >> k) - VMAF__VIF_LOG2_BASE] + 2048 * (int32_t)k;
}

/* Expands the shipped log2 steps into T[i - 32767], i = 32767..65535 (32769 entries). */
static void vmaf__vif_log2_expand(uint16_t *t)
{
    unsigned i;
    t[0] = 30720;
    for (i = 1; i <= 32768u; i++) {
        unsigned b = i - 1;
        t[i] = (uint16_t)(t[i - 1] + ((vmaf__vif_log2_steps[b >> 5] >> (b & 31)) & 1u));
    }
}

/* libvmaf's fast float log2 (vif_tools.c log2f_approx, SPEC 3.5). Only x == 0 and x < 0 are
   special; +inf and NaN go through the bit formula like in libvmaf. */
static inline float vmaf__vif_log2f(float x)
{
    uint32_t u, m;
    float rem, p = 0.0f, e;
    int i;
    if (x == 0) return -INFINITY;
    if (x < 0) return NAN;
    memcpy(&u, &x, sizeof u);
    e = (float)((int32_t)((u & 0x7F800000u) >> 23) - 127);
    m = (u & 0x007FFFFFu) | 0x3F800000u;
    memcpy(&rem, &m, sizeof rem);
    rem = rem - 1.0f;
    for (i = 0; i < 9; i++) p = p * rem + vmaf__vif_log2_poly[i];
    return e + p;
}

/* Float VIF filter width at `scale` for kernel scale ks (vif_tools.c vif_get_filter_size). */
static unsigned vmaf__vif_fwidth(int scale, float ks)
{
    int n = (1 << (4 - scale)) + 1;
    float f = (float)n * ks;
    int c = (int)ceil((double)f);
    if (c % 2 == 0) c++;
    return c < 3 ? 3u : (unsigned)c;
}

/* Taps of the float Gaussian of odd width W (3..65). */
static const float *vmaf__vif_gauss(unsigned w)
{
    unsigned m = (w - 3) / 2;
    return vmaf__vif_gauss_taps + m * (m + 2);
}

/* 1 if ks is within libvmaf's 1e-3 tolerance of an accepted kernel scale (as float). */
static int vmaf__vif_ks_valid(double ks)
{
    float k = (float)ks;
    int i;
    for (i = 0; i < 21; i++)
        if ((double)fabsf(k - vmaf__vif_kernelscales[i]) < 1e-3) return 1;
    return 0;
}

/* ============================================================================================
   Scalar kernels. Each works on one row; SIMD versions must produce the same bits.
   ============================================================================================ */

/* Integer statistic, vertical pass at level 0 with 8-bit samples (SPEC 2.4 first row):
   mean (sum F x + 128) >> 8, second moments unshifted (fit in uint32). */
static void vmaf__vif_ivert_u8(const void *const *rr, const void *const *dr, const uint16_t *f,
                               unsigned fw, unsigned w, unsigned mshift, unsigned sqshift,
                               uint32_t *const *o)
{
    unsigned j, k;
    (void)mshift;
    (void)sqshift;
    for (j = 0; j < w; j++) {
        uint32_t a1 = 0, a2 = 0, axx = 0, ayy = 0, axy = 0;
        for (k = 0; k < fw; k++) {
            uint32_t x = ((const uint8_t *)rr[k])[j], y = ((const uint8_t *)dr[k])[j];
            uint32_t fx = f[k] * x, fy = f[k] * y;
            a1 += fx;
            a2 += fy;
            axx += fx * x;
            ayy += fy * y;
            axy += fx * y;
        }
        o[0][j] = (a1 + 128) >> 8;
        o[1][j] = (a2 + 128) >> 8;
        o[2][j] = axx;
        o[3][j] = ayy;
        o[4][j] = axy;
    }
}

/* Integer statistic, vertical pass on uint16 samples (level 0 with bpc > 8: mshift = bpc,
   sqshift = 2 (bpc - 8); levels 1..3: 16 and 16). */
static void vmaf__vif_ivert_u16(const void *const *rr, const void *const *dr, const uint16_t *f,
                                unsigned fw, unsigned w, unsigned mshift, unsigned sqshift,
                                uint32_t *const *o)
{
    const uint32_t mround = 1u << (mshift - 1);
    const uint64_t sqround = sqshift ? (uint64_t)1 << (sqshift - 1) : 0;
    unsigned j, k;
    for (j = 0; j < w; j++) {
        uint32_t a1 = 0, a2 = 0;
        uint64_t axx = 0, ayy = 0, axy = 0;
        for (k = 0; k < fw; k++) {
            uint32_t x = ((const uint16_t *)rr[k])[j], y = ((const uint16_t *)dr[k])[j];
            uint32_t fx = f[k] * x, fy = f[k] * y;
            a1 += fx;
            a2 += fy;
            axx += fx * (uint64_t)x;
            ayy += fy * (uint64_t)y;
            axy += fx * (uint64_t)y;
        }
        o[0][j] = (uint16_t)((a1 + mround) >> mshift);
        o[1][j] = (uint16_t)((a2 + mround) >> mshift);
        o[2][j] = (uint32_t)((axx + sqround) >> sqshift);
        o[3][j] = (uint32_t)((ayy + sqround) >> sqshift);
        o[4][j] = (uint32_t)((axy + sqround) >> sqshift);
    }
}

/* The per-pixel integer statistic (SPEC 2.4 horizontal tail + 2.6) from the horizontal sums
   m1, m2 (sum F m, no shift) and xx, yy, xy (already (sum F v + 32768) >> 16). acc: num_log,
   den_log, num_lin, den_lin. */
static inline void vmaf__vif_ipix(uint32_t m1, uint32_t m2, uint32_t xx, uint32_t yy, uint32_t xy,
                                  const uint16_t *t, double egl, int64_t *acc)
{
    const double eps = 65536 * 1.0e-10;
    uint32_t mu1_sq = (uint32_t)(((uint64_t)m1 * m1 + 2147483648u) >> 32);
    uint32_t mu2_sq = (uint32_t)(((uint64_t)m2 * m2 + 2147483648u) >> 32);
    uint32_t mu12 = (uint32_t)(((uint64_t)m1 * m2 + 2147483648u) >> 32);
    int32_t s1 = vmaf__vif_u2i(xx - mu1_sq);
    int32_t s2 = vmaf__vif_u2i(yy - mu2_sq);
    int32_t s12 = vmaf__vif_u2i(xy - mu12);
    if (s2 < 0) s2 = 0;
    if (s1 >= VMAF__VIF_NSQ) {
        acc[1] += vmaf__vif_l32(t, (uint32_t)VMAF__VIF_NSQ + (uint32_t)s1) - 2048 * 17;
        if (s12 > 0 && s2 > 0) {
            double g = (double)s12 / ((double)s1 + eps);
            double d = (double)s2 - g * (double)s12;
            int32_t sv = d > 0 ? (int32_t)d : 0; /* d < s2 <= INT32_MAX */
            uint32_t n1;
            int64_t n2;
            if (!(g < egl)) g = egl;
            n1 = (uint32_t)sv + VMAF__VIF_NSQ;
            n2 = (int64_t)(g * g * (double)s1) + (int64_t)n1;
            acc[0] += vmaf__vif_l64(t, (uint64_t)n2) - vmaf__vif_l64(t, n1);
        }
    } else {
        acc[2] += s2;
        acc[3] += 1;
    }
}

/* The same from the unreduced 64-bit second-moment sums. */
static inline void vmaf__vif_ipixel(uint32_t m1, uint32_t m2, uint64_t sxx, uint64_t syy, uint64_t sxy,
                                    const uint16_t *t, double egl, int64_t *acc)
{
    vmaf__vif_ipix(m1, m2, (uint32_t)((sxx + 32768) >> 16), (uint32_t)((syy + 32768) >> 16),
                   (uint32_t)((sxy + 32768) >> 16), t, egl, acc);
}

/* Integer statistic, horizontal pass + per-pixel statistic over one row. `in` are the five
   vertical rows (mu1, mu2, xx, yy, xy), each readable at [-fw/2, w - 1 + fw/2]. */
static void vmaf__vif_ihstat(const uint32_t *const *in, const uint16_t *f, unsigned fw, unsigned w,
                             const uint16_t *t, double egl, int64_t *acc)
{
    const int r = (int)(fw / 2);
    unsigned j, k;
    for (j = 0; j < w; j++) {
        const uint32_t *p0 = in[0] + (ptrdiff_t)j - r, *p1 = in[1] + (ptrdiff_t)j - r;
        const uint32_t *p2 = in[2] + (ptrdiff_t)j - r, *p3 = in[3] + (ptrdiff_t)j - r;
        const uint32_t *p4 = in[4] + (ptrdiff_t)j - r;
        uint32_t m1 = 0, m2 = 0;
        uint64_t sxx = 0, syy = 0, sxy = 0;
        for (k = 0; k < fw; k++) {
            m1 += f[k] * p0[k];
            m2 += f[k] * p1[k];
            sxx += f[k] * (uint64_t)p2[k];
            syy += f[k] * (uint64_t)p3[k];
            sxy += f[k] * (uint64_t)p4[k];
        }
        vmaf__vif_ipixel(m1, m2, sxx, syy, sxy, t, egl, acc);
    }
}

/* Integer blur before decimation, vertical pass (SPEC 2.3): t = (sum F x + 2^(shift-1)) >> shift,
   shift = bpc at level 0, 16 above. 8-bit samples (level 0, bpc 8). */
static void vmaf__vif_isubv_u8(const void *const *rr, const void *const *dr, const uint16_t *f,
                               unsigned fw, unsigned w, unsigned shift, uint32_t *tr, uint32_t *td)
{
    unsigned j, k;
    (void)shift;
    for (j = 0; j < w; j++) {
        uint32_t a = 0, b = 0;
        for (k = 0; k < fw; k++) {
            a += f[k] * (uint32_t)((const uint8_t *)rr[k])[j];
            b += f[k] * (uint32_t)((const uint8_t *)dr[k])[j];
        }
        tr[j] = (a + 128) >> 8;
        td[j] = (b + 128) >> 8;
    }
}

static void vmaf__vif_isubv_u16(const void *const *rr, const void *const *dr, const uint16_t *f,
                                unsigned fw, unsigned w, unsigned shift, uint32_t *tr, uint32_t *td)
{
    const uint32_t rnd = 1u << (shift - 1);
    unsigned j, k;
    for (j = 0; j < w; j++) {
        uint32_t a = 0, b = 0;
        for (k = 0; k < fw; k++) {
            a += f[k] * (uint32_t)((const uint16_t *)rr[k])[j];
            b += f[k] * (uint32_t)((const uint16_t *)dr[k])[j];
        }
        tr[j] = (uint16_t)((a + rnd) >> shift);
        td[j] = (uint16_t)((b + rnd) >> shift);
    }
}

/* Integer blur, horizontal pass at the even columns only (the decimation keeps those):
   out[j] = (sum F t[2j - r + k] + 32768) >> 16, j < nout. */
static void vmaf__vif_isubh(const uint32_t *tr, const uint32_t *td, const uint16_t *f, unsigned fw,
                            unsigned nout, uint16_t *out_r, uint16_t *out_d)
{
    const int r = (int)(fw / 2);
    unsigned j, k;
    for (j = 0; j < nout; j++) {
        const uint32_t *a = tr + (ptrdiff_t)(2 * j) - r, *b = td + (ptrdiff_t)(2 * j) - r;
        uint32_t sa = 0, sb = 0;
        for (k = 0; k < fw; k++) {
            sa += f[k] * a[k];
            sb += f[k] * b[k];
        }
        out_r[j] = (uint16_t)((sa + 32768) >> 16);
        out_d[j] = (uint16_t)((sb + 32768) >> 16);
    }
}

/* Float vertical pass of the five filtered quantities (SPEC 3.3): per column, accumulators
   start at 0 and add f[k] * v in increasing k; v = x, y, x*x, y*y, x*y. */
static void vmaf__vif_fvert5(const float *const *rr, const float *const *dr, const float *f,
                             unsigned fw, unsigned w, float *const *o)
{
    unsigned j, k;
    for (j = 0; j < w; j++) {
        float a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
        for (k = 0; k < fw; k++) {
            const float c = f[k], x = rr[k][j], y = dr[k][j];
            a1 += c * x;
            a2 += c * y;
            a3 += c * (x * x);
            a4 += c * (y * y);
            a5 += c * (x * y);
        }
        o[0][j] = a1;
        o[1][j] = a2;
        o[2][j] = a3;
        o[3][j] = a4;
        o[4][j] = a5;
    }
}

/* Float vertical pass of the blur before decimation (the mean only, ref and dis). */
static void vmaf__vif_fvert2(const float *const *rr, const float *const *dr, const float *f,
                             unsigned fw, unsigned w, float *o_r, float *o_d)
{
    unsigned j, k;
    for (j = 0; j < w; j++) {
        float a1 = 0, a2 = 0;
        for (k = 0; k < fw; k++) {
            a1 += f[k] * rr[k][j];
            a2 += f[k] * dr[k][j];
        }
        o_r[j] = a1;
        o_d[j] = a2;
    }
}

/* Float horizontal pass: out[j] = sum_k f[k] * in[j * step - r + k], j < nout; `in` is padded. */
static void vmaf__vif_fhoriz(const float *in, const float *f, unsigned fw, unsigned nout, unsigned step,
                             float *out)
{
    const int r = (int)(fw / 2);
    unsigned j, k;
    for (j = 0; j < nout; j++) {
        const float *p = in + (ptrdiff_t)(j * step) - r;
        float a = 0;
        for (k = 0; k < fw; k++) a += f[k] * p[k];
        out[j] = a;
    }
}

/* Float per-pixel statistic over one row (SPEC 3.5, vif_tools.c vif_statistic_s), row sums
   in float from the left. h: mu1, mu2, xx, yy, xy. */
static void vmaf__vif_fstat(const float *const *h, unsigned w, double nsq, float egl, float smi,
                            float *num, float *den)
{
    const float eps = 1.0e-10f;
    float an = 0, ad = 0;
    unsigned j;
    for (j = 0; j < w; j++) {
        const float mu1 = h[0][j], mu2 = h[1][j];
        const float a1 = mu1 * mu1, a2 = mu2 * mu2, a12 = mu1 * mu2;
        float s1 = h[2][j] - a1, s2 = h[3][j] - a2;
        const float s12 = h[4][j] - a12;
        float g, sv, nv, dv;
        s1 = s1 > 0.0f ? s1 : 0.0f;
        s2 = s2 > 0.0f ? s2 : 0.0f;
        g = s12 / (s1 + eps);
        sv = s2 - g * s12;
        if (s1 < eps) {
            g = 0.0f;
            sv = s2;
            s1 = 0.0f;
        }
        if (s2 < eps) {
            g = 0.0f;
            sv = 0.0f;
        }
        if (g < 0.0f) {
            sv = s2;
            g = 0.0f;
        }
        sv = sv > eps ? sv : eps;
        g = g < egl ? g : egl;
        nv = vmaf__vif_log2f((float)(1.0 + (double)(g * g * s1) / ((double)sv + nsq)));
        dv = vmaf__vif_log2f((float)(1.0 + (double)s1 / nsq));
        if (s12 < 0.0f) nv = 0.0f;
        if ((double)s1 < nsq) {
            nv = 1.0f - s2 * smi;
            dv = 1.0f;
        }
        an += nv;
        ad += dv;
    }
    *num = an;
    *den = ad;
}

/* ============================================================================================
   Kernel interface. A kernel set (scalar, AVX2, AVX-512, NEON) works on a whole integer level
   or on one float row; every set gives the scalar set's bits (SPEC 8: fixed order, no FMA).
   ============================================================================================ */

/* An integer pyramid level: 8-bit (level 0 at bpc 8) or 16-bit samples. */
typedef struct vmaf__VifILevel {
    const unsigned char *r, *d;
    size_t rs, ds; /* strides in bytes */
    unsigned w, h;
    int u8;
} vmaf__VifILevel;

/* One integer level job: the statistic (istat) or the blur + decimation (idec) of level L. */
typedef struct vmaf__VifIJob {
    vmaf__VifILevel L;
    unsigned sc;              /* the filter F_sc */
    unsigned mshift, sqshift; /* statistic vertical shifts for 16-bit samples (SPEC 2.4) */
    unsigned dshift;          /* blur vertical shift (SPEC 2.3) */
    const uint16_t *log2t;    /* T[i - 32767], 32769 entries and one 0 (32-bit gathers read it) */
    double egl;
    unsigned char *scr;       /* scratch of vmaf__vif_scr_bytes(kind, scr_w) bytes, 64-aligned */
    unsigned scr_w;           /* the width the scratch is sized for (>= L.w) */
} vmaf__VifIJob;

/* One float row job (statistic or blur row) at a level of width w. */
typedef struct vmaf__VifFJob {
    const float *f;
    unsigned fw, w;
    double nsq;
    double nsq_rcp; /* 1 / nsq when nsq is a power of two (then x / nsq == x * nsq_rcp exactly), else 0 */
    float egl, smi;
    float *scr; /* scratch, as above */
    unsigned scr_w;
} vmaf__VifFJob;

/* Per-state kernel table, chosen at create time (vmaf__vif_pick_kernels). */
typedef struct vmaf__VifKernels {
    void (*istat)(const vmaf__VifIJob *, int64_t *);
    void (*idec)(const vmaf__VifIJob *, uint16_t *, uint16_t *);
    void (*fstat)(const float *const *, const float *const *, const vmaf__VifFJob *, float *, float *);
    void (*fdec)(const float *const *, const float *const *, const vmaf__VifFJob *, float *, float *);
    void (*to_float)(const void *, unsigned, unsigned, float *);
    const char *name; /* "scalar", "avx2", "avx512", "avx512icl" (AVX-512 + VNNI), "neon" */
} vmaf__VifKernels;

/* Scratch geometry. Scalar integer: 7 uint32 rows padded by VMAF__VIF_IPAD. SIMD integer: up
   to 18 uint16 rows with VMAF__VIF_SPADL / VMAF__VIF_SPADR padding (vector over-reads of the
   last block stay inside). Float: 10 rows of vmaf__vif_fstride() floats. */
enum { VMAF__VIF_SPADL = 32, VMAF__VIF_SPADR = 96, VMAF__VIF_SROWS = 18, VMAF__VIF_FROWS = 10 };

static size_t vmaf__vif_irow_n(unsigned w) { return (size_t)w + 2 * VMAF__VIF_IPAD; }
static size_t vmaf__vif_sstride(unsigned w)
{
    return ((size_t)w + VMAF__VIF_SPADL + VMAF__VIF_SPADR + 31) & ~(size_t)31;
}
static size_t vmaf__vif_fstride(unsigned w) { return ((size_t)w + 2 * VMAF__VIF_FPAD + 32 + 15) & ~(size_t)15; }

static size_t vmaf__vif_scr_bytes(VmafVifKind kind, unsigned w)
{
    size_t a, b;
    if (kind == VMAF_VIF_FLOAT) return vmaf__mul(vmaf__mul(vmaf__vif_fstride(w), VMAF__VIF_FROWS), sizeof(float));
    a = vmaf__mul(vmaf__mul(vmaf__vif_irow_n(w), 7), sizeof(uint32_t));
    b = vmaf__mul(vmaf__mul(vmaf__vif_sstride(w), VMAF__VIF_SROWS), sizeof(uint16_t));
    return a > b ? a : b;
}

static uint32_t *vmaf__vif_irow(const vmaf__VifIJob *J, unsigned k)
{
    return (uint32_t *)(void *)J->scr + k * vmaf__vif_irow_n(J->scr_w) + VMAF__VIF_IPAD;
}
/* uint16 row k of the SIMD integer layout */
VMAF__PRIVATE uint16_t *vmaf__vif_srow(const vmaf__VifIJob *J, unsigned k)
{
    return (uint16_t *)(void *)J->scr + k * vmaf__vif_sstride(J->scr_w) + VMAF__VIF_SPADL;
}
static float *vmaf__vif_frow(const vmaf__VifFJob *J, unsigned k)
{
    return J->scr + k * vmaf__vif_fstride(J->scr_w) + VMAF__VIF_FPAD;
}

static void vmaf__vif_pad_u32(uint32_t *row, unsigned w, unsigned r)
{
    unsigned m;
    for (m = 1; m <= r; m++) {
        row[-(ptrdiff_t)m] = row[m];
        row[w - 1 + m] = row[w - 1 - m];
    }
}

VMAF__PRIVATE void vmaf__vif_pad_u16(uint16_t *row, unsigned w, unsigned r)
{
    unsigned m;
    for (m = 1; m <= r; m++) {
        row[-(ptrdiff_t)m] = row[m];
        row[w - 1 + m] = row[w - 1 - m];
    }
}

static void vmaf__vif_pad_f(float *row, unsigned w, unsigned r)
{
    unsigned m;
    for (m = 1; m <= r; m++) {
        row[-(ptrdiff_t)m] = row[m];
        row[w - 1 + m] = row[w - 1 - m];
    }
}

/* The fw rows (R101) around row i of a level; entry fw repeats entry fw - 1, so that the last
   tap pair of an odd filter (whose second coefficient is 0) reads a valid row. */
static void vmaf__vif_irows(const vmaf__VifILevel *L, unsigned i, unsigned fw, const void **rr, const void **dr)
{
    const int r = (int)(fw / 2);
    unsigned k;
    for (k = 0; k < fw; k++) {
        unsigned a = vmaf__vif_r101((int)i - r + (int)k, L->h);
        rr[k] = L->r + (size_t)a * L->rs;
        dr[k] = L->d + (size_t)a * L->ds;
    }
    rr[fw] = rr[fw - 1];
    dr[fw] = dr[fw - 1];
}

/* 1 / v if v is a power of two (2^-1020 .. 2^1023), else 0. */
static double vmaf__vif_pow2_rcp(double v)
{
    int e;
    if (!(v > 0.0) || v > DBL_MAX || frexp(v, &e) != 0.5 || e < -1020 || e > 1023) return 0.0;
    return 1.0 / v;
}

/* ---- scalar kernel set ---- */

/* One row of samples as float: p / 2^(bpc-8) - 128 (libvmaf picture_copy, SPEC 3.1). */
static void vmaf__vif_to_float(const void *row, unsigned bpc, unsigned w, float *dst)
{
    unsigned j;
    if (bpc == 8) {
        const uint8_t *p = (const uint8_t *)row;
        for (j = 0; j < w; j++) dst[j] = (float)p[j] + -128;
    } else {
        const uint16_t *p = (const uint16_t *)row;
        const float scaler = (float)(1u << (bpc - 8));
        for (j = 0; j < w; j++) dst[j] = (float)p[j] / scaler + -128;
    }
}


static void vmaf__vif_istat_c(const vmaf__VifIJob *J, int64_t *acc)
{
    const vmaf__VifILevel *L = &J->L;
    const uint16_t *f = vmaf__vif_ifilt[J->sc];
    const unsigned fw = vmaf__vif_iwidth[J->sc], r = fw / 2;
    const void *rr[18], *dr[18];
    uint32_t *v[5];
    unsigned i, q;
    for (q = 0; q < 5; q++) v[q] = vmaf__vif_irow(J, q);
    for (i = 0; i < L->h; i++) {
        vmaf__vif_irows(L, i, fw, rr, dr);
        if (L->u8) vmaf__vif_ivert_u8(rr, dr, f, fw, L->w, 8, 0, v);
        else vmaf__vif_ivert_u16(rr, dr, f, fw, L->w, J->mshift, J->sqshift, v);
        for (q = 0; q < 5; q++) vmaf__vif_pad_u32(v[q], L->w, r);
        vmaf__vif_ihstat((const uint32_t *const *)v, f, fw, L->w, J->log2t, J->egl, acc);
    }
}

/* Blur level L with F_sc and keep the even rows and columns: (w/2) x (h/2), rows of w/2. */
static void vmaf__vif_idec_c(const vmaf__VifIJob *J, uint16_t *out_r, uint16_t *out_d)
{
    const vmaf__VifILevel *L = &J->L;
    const uint16_t *f = vmaf__vif_ifilt[J->sc];
    const unsigned fw = vmaf__vif_iwidth[J->sc], r = fw / 2, nw = L->w / 2, nh = L->h / 2;
    const void *rr[18], *dr[18];
    uint32_t *tr = vmaf__vif_irow(J, 5), *td = vmaf__vif_irow(J, 6);
    unsigned i;
    for (i = 0; i < nh; i++) {
        vmaf__vif_irows(L, 2 * i, fw, rr, dr);
        if (L->u8) vmaf__vif_isubv_u8(rr, dr, f, fw, L->w, J->dshift, tr, td);
        else vmaf__vif_isubv_u16(rr, dr, f, fw, L->w, J->dshift, tr, td);
        vmaf__vif_pad_u32(tr, L->w, r);
        vmaf__vif_pad_u32(td, L->w, r);
        vmaf__vif_isubh(tr, td, f, fw, nw, out_r + (size_t)i * nw, out_d + (size_t)i * nw);
    }
}

/* One float statistic row: vertical pass, horizontal pass, per-pixel statistic, row sums. */
static void vmaf__vif_fstat_row_c(const float *const *rr, const float *const *dr, const vmaf__VifFJob *J, float *num,
                                  float *den)
{
    const unsigned r = J->fw / 2;
    float *v[5], *h[5];
    unsigned q;
    for (q = 0; q < 5; q++) {
        v[q] = vmaf__vif_frow(J, q);
        h[q] = vmaf__vif_frow(J, 5 + q);
    }
    vmaf__vif_fvert5(rr, dr, J->f, J->fw, J->w, v);
    for (q = 0; q < 5; q++) {
        vmaf__vif_pad_f(v[q], J->w, r);
        vmaf__vif_fhoriz(v[q], J->f, J->fw, J->w, 1, h[q]);
    }
    vmaf__vif_fstat((const float *const *)h, J->w, J->nsq, J->egl, J->smi, num, den);
}

/* One float blur row, even columns only: w/2 outputs per plane. */
static void vmaf__vif_fdec_row_c(const float *const *rr, const float *const *dr, const vmaf__VifFJob *J, float *out_r,
                                 float *out_d)
{
    const unsigned r = J->fw / 2;
    float *a = vmaf__vif_frow(J, 0), *b = vmaf__vif_frow(J, 1);
    vmaf__vif_fvert2(rr, dr, J->f, J->fw, J->w, a, b);
    vmaf__vif_pad_f(a, J->w, r);
    vmaf__vif_pad_f(b, J->w, r);
    vmaf__vif_fhoriz(a, J->f, J->fw, J->w / 2, 2, out_r);
    vmaf__vif_fhoriz(b, J->f, J->fw, J->w / 2, 2, out_d);
}

/* >>> SIMD kernels >>> */
/* The integer filters as tap pairs for the SIMD kernels, which multiply-add 16-bit pairs into
   32-bit lanes (pmaddwd): pair p covers offsets o[p] and o[p] + 1 with the coefficients
   cf[p] & 0xFFFF and cf[p] >> 16. Every coefficient is below 32768 (signed 16-bit): F3's
   centre 43728 is split into 21864 + 21864 over two pairs, and odd filters end with a zero
   coefficient. Each table still sums to 65536, which the kernels' offset-binary trick needs:
   sum F (v - 32768) = sum F v - 2^31 (mod 2^32). */
typedef struct vmaf__VifIPairs {
    unsigned n;
    unsigned char o[9];
    uint32_t cf[9];
    /* Two adjacent output rows share the row pairs: row i + 1 needs F shifted by one tap,
       cs[p] = (f[o[p] - 1], f[o[p]]) (f[-1] = 0). Only for the pair layouts o[p] = 2p
       (F0..F2); dual = 0 for F3. */
    int dual;
    uint32_t cs[9];
} vmaf__VifIPairs;
#define VMAF__VIF_P2(a, b) ((uint32_t)(a) | ((uint32_t)(b) << 16))
VMAF__MAYBE_UNUSED static const vmaf__VifIPairs vmaf__vif_ipairs[4] = {
    {9, {0, 2, 4, 6, 8, 10, 12, 14, 16},
     {VMAF__VIF_P2(489, 935), VMAF__VIF_P2(1640, 2640), VMAF__VIF_P2(3896, 5274), VMAF__VIF_P2(6547, 7455),
      VMAF__VIF_P2(7784, 7455), VMAF__VIF_P2(6547, 5274), VMAF__VIF_P2(3896, 2640), VMAF__VIF_P2(1640, 935),
      VMAF__VIF_P2(489, 0)},
     1,
     {VMAF__VIF_P2(0, 489), VMAF__VIF_P2(935, 1640), VMAF__VIF_P2(2640, 3896), VMAF__VIF_P2(5274, 6547),
      VMAF__VIF_P2(7455, 7784), VMAF__VIF_P2(7455, 6547), VMAF__VIF_P2(5274, 3896), VMAF__VIF_P2(2640, 1640),
      VMAF__VIF_P2(935, 489)}},
    {5, {0, 2, 4, 6, 8, 0, 0, 0, 0},
     {VMAF__VIF_P2(1244, 3663), VMAF__VIF_P2(7925, 12590), VMAF__VIF_P2(14692, 12590), VMAF__VIF_P2(7925, 3663),
      VMAF__VIF_P2(1244, 0), 0, 0, 0, 0},
     1,
     {VMAF__VIF_P2(0, 1244), VMAF__VIF_P2(3663, 7925), VMAF__VIF_P2(12590, 14692), VMAF__VIF_P2(12590, 7925),
      VMAF__VIF_P2(3663, 1244), 0, 0, 0, 0}},
    {3, {0, 2, 4, 0, 0, 0, 0, 0, 0},
     {VMAF__VIF_P2(3571, 16004), VMAF__VIF_P2(26386, 16004), VMAF__VIF_P2(3571, 0), 0, 0, 0, 0, 0, 0},
     1,
     {VMAF__VIF_P2(0, 3571), VMAF__VIF_P2(16004, 26386), VMAF__VIF_P2(16004, 3571), 0, 0, 0, 0, 0, 0}},
    {2, {0, 1, 0, 0, 0, 0, 0, 0, 0}, {VMAF__VIF_P2(10904, 21864), VMAF__VIF_P2(21864, 10904), 0, 0, 0, 0, 0, 0, 0},
     0,
     {0, 0, 0, 0, 0, 0, 0, 0, 0}}};

/* Rows i - r .. i + 1 + r (all inside the level) for two output rows i, i + 1. */
VMAF__MAYBE_UNUSED static void vmaf__vif_irows2(const vmaf__VifILevel *L, unsigned i, unsigned fw, const void **rr,
                                                const void **dr)
{
    unsigned k;
    for (k = 0; k <= fw; k++) {
        rr[k] = L->r + (size_t)(i - fw / 2 + k) * L->rs;
        dr[k] = L->d + (size_t)(i - fw / 2 + k) * L->ds;
    }
}

/* Population count of a lane mask. */
VMAF__MAYBE_UNUSED static inline unsigned vmaf__vif_popcnt(uint32_t v)
{
    v = v - ((v >> 1) & 0x55555555u);
    v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
    return (((v + (v >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24;
}

/* Scalar column helpers for the SIMD sets that cannot mask their loads (AVX2, NEON): they
   run the scalar kernels on one column, so the tail columns get the scalar bits. `off` is
   the row layout's offset (0x8000 for offset binary, 0 for plain). */
VMAF__MAYBE_UNUSED static void vmaf__vif_ivcol(const void *const *rr, const void *const *dr, const uint16_t *f, unsigned fw,
                                               unsigned j, int u8, unsigned mshift, unsigned sqshift, uint16_t *const *o,
                                               uint16_t off)
{
    const void *a[18], *b[18];
    uint32_t v[5], *vp[5];
    const size_t bps = u8 ? 1 : 2;
    unsigned k;
    for (k = 0; k < fw; k++) {
        a[k] = (const unsigned char *)rr[k] + j * bps;
        b[k] = (const unsigned char *)dr[k] + j * bps;
    }
    for (k = 0; k < 5; k++) vp[k] = &v[k];
    if (u8) vmaf__vif_ivert_u8(a, b, f, fw, 1, mshift, sqshift, vp);
    else vmaf__vif_ivert_u16(a, b, f, fw, 1, mshift, sqshift, vp);
    o[0][j] = (uint16_t)(v[0] ^ off);
    o[1][j] = (uint16_t)(v[1] ^ off);
    for (k = 0; k < 3; k++) {
        o[2 + 2 * k][j] = (uint16_t)((v[2 + k] & 0xFFFFu) ^ off);
        o[3 + 2 * k][j] = (uint16_t)((v[2 + k] >> 16) ^ off);
    }
}

VMAF__MAYBE_UNUSED static void vmaf__vif_isubcol(const void *const *rr, const void *const *dr, const uint16_t *f, unsigned fw,
                                                 unsigned j, int u8, unsigned shift, uint16_t *tr, uint16_t *td, uint16_t off)
{
    const void *a[18], *b[18];
    uint32_t x, y;
    const size_t bps = u8 ? 1 : 2;
    unsigned k;
    for (k = 0; k < fw; k++) {
        a[k] = (const unsigned char *)rr[k] + j * bps;
        b[k] = (const unsigned char *)dr[k] + j * bps;
    }
    if (u8) vmaf__vif_isubv_u8(a, b, f, fw, 1, shift, &x, &y);
    else vmaf__vif_isubv_u16(a, b, f, fw, 1, shift, &x, &y);
    tr[j] = (uint16_t)(x ^ off);
    td[j] = (uint16_t)(y ^ off);
}

/* Column j of the float vertical pass (5 quantities or, with o[2] == NULL, the 2 means). */
VMAF__MAYBE_UNUSED static void vmaf__vif_fvcol(const float *const *rr, const float *const *dr, const float *f, unsigned fw,
                                               unsigned j, float *const *o)
{
    const float *a[VMAF__VIF_FMAXW], *b[VMAF__VIF_FMAXW];
    float v[5], *vp[5];
    unsigned k;
    for (k = 0; k < fw; k++) {
        a[k] = rr[k] + j;
        b[k] = dr[k] + j;
    }
    for (k = 0; k < 5; k++) vp[k] = &v[k];
    if (o[2]) {
        vmaf__vif_fvert5(a, b, f, fw, 1, vp);
        for (k = 0; k < 5; k++) o[k][j] = v[k];
    } else {
        vmaf__vif_fvert2(a, b, f, fw, 1, vp[0], vp[1]);
        o[0][j] = v[0];
        o[1][j] = v[1];
    }
}


/* ---- AVX2 kernel set (run-time checked). The same layout and arithmetic as the AVX-512
   set, 8 lanes; columns that do not fill a vector go through the scalar column helpers. ---- */
#if defined(VMAF__HAVE_AVX2)

/* Pairs of rows k, k+1 as 16-bit halves of 32-bit lanes, 8 columns from c: the two rows'
   samples interleaved (bytes, then widened to words; or words, lanes 0-3 and 4-7 blended). */
VMAF__T_AVX2 static inline __m256i vmaf__vif_y_pair8(const void *a, const void *b, unsigned c)
{
    const __m128i lo = _mm_loadl_epi64((const __m128i *)(const void *)((const uint8_t *)a + c));
    const __m128i hi = _mm_loadl_epi64((const __m128i *)(const void *)((const uint8_t *)b + c));
    return _mm256_cvtepu8_epi16(_mm_unpacklo_epi8(lo, hi));
}
VMAF__T_AVX2 static inline __m256i vmaf__vif_y_pair16(const void *a, const void *b, unsigned c)
{
    const __m256i lo = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)((const uint16_t *)a + c)));
    const __m256i hi = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)((const uint16_t *)b + c)));
    return _mm256_blend_epi32(_mm256_unpacklo_epi16(lo, hi), _mm256_unpackhi_epi16(lo, hi), 0xF0);
}
VMAF__T_AVX2 static inline __m256i vmaf__vif_y_madd(__m256i acc, __m256i v, __m256i f)
{
    return _mm256_add_epi32(acc, _mm256_madd_epi16(v, f));
}
/* 8 lanes holding values 0..65535 -> 8 uint16 in offset binary. */
VMAF__T_AVX2 static inline __m128i vmaf__vif_y_pack(__m256i v)
{
    const __m256i p = _mm256_permute4x64_epi64(_mm256_packus_epi32(v, v), 0x08);
    return _mm_xor_si128(_mm256_castsi256_si128(p), _mm_set1_epi16(-32768));
}
VMAF__T_AVX2 static inline void vmaf__vif_y_st16(uint16_t *p, __m256i v)
{
    _mm_storeu_si128((__m128i *)(void *)p, vmaf__vif_y_pack(v));
}
VMAF__T_AVX2 static inline void vmaf__vif_y_st32(uint16_t *lo, uint16_t *hi, __m256i v)
{
    vmaf__vif_y_st16(lo, _mm256_and_si256(v, _mm256_set1_epi32(0xFFFF)));
    vmaf__vif_y_st16(hi, _mm256_srli_epi32(v, 16));
}

/* Statistic vertical pass (see vmaf__vif_ivb_z): one row, or two rows sharing the row pairs. */
VMAF__T_AVX2 VMAF__FORCEINLINE void vmaf__vif_ivb_y(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                                    const uint16_t *f, unsigned fw, unsigned w, const int u8,
                                                    const int dual, unsigned mshift, unsigned sqshift, uint16_t *const *o)
{
    const __m256i off = _mm256_set1_epi32((int)0x80008000u), r31 = _mm256_set1_epi32(INT32_MIN);
    const __m256i zero = _mm256_setzero_si256(), lo16 = _mm256_set1_epi32(0xFFFF);
    const __m256i mr = _mm256_set1_epi32((int)(1u << ((u8 ? 8 : mshift) - 1)));
    const __m256i sr = _mm256_set1_epi32(u8 ? 0 : (int)(1u << (sqshift - 1)));
    const __m128i ms = _mm_cvtsi32_si128(u8 ? 8 : (int)mshift), ss = _mm_cvtsi32_si128(u8 ? 0 : (int)sqshift);
    const __m128i hs = _mm_cvtsi32_si128(u8 ? 16 : (int)(16 - sqshift));
    const unsigned n = P->n;
    unsigned c, p, q;
    for (c = 0; c + 8 <= w; c += 8) {
        __m256i a0 = u8 ? zero : r31, a1 = a0, a2 = r31, a3 = u8 ? zero : r31, a4 = r31, a5 = a3, a6 = r31, a7 = a3;
        __m256i b0 = a0, b1 = a0, b2 = r31, b3 = a3, b4 = r31, b5 = a3, b6 = r31, b7 = a3;
        for (p = 0; p < n; p++) {
            const __m256i FA = _mm256_set1_epi32((int)P->cf[p]), FB = _mm256_set1_epi32((int)P->cs[p]);
            const unsigned k = P->o[p];
            const __m256i x = u8 ? vmaf__vif_y_pair8(rr[k], rr[k + 1], c) : vmaf__vif_y_pair16(rr[k], rr[k + 1], c);
            const __m256i y = u8 ? vmaf__vif_y_pair8(dr[k], dr[k + 1], c) : vmaf__vif_y_pair16(dr[k], dr[k + 1], c);
            const __m256i q0 = u8 ? x : _mm256_xor_si256(x, off), q1 = u8 ? y : _mm256_xor_si256(y, off);
            const __m256i q2 = _mm256_xor_si256(_mm256_mullo_epi16(x, x), off);
            const __m256i q4 = _mm256_xor_si256(_mm256_mullo_epi16(y, y), off);
            const __m256i q6 = _mm256_xor_si256(_mm256_mullo_epi16(x, y), off);
            a0 = vmaf__vif_y_madd(a0, q0, FA);
            a1 = vmaf__vif_y_madd(a1, q1, FA);
            a2 = vmaf__vif_y_madd(a2, q2, FA);
            a4 = vmaf__vif_y_madd(a4, q4, FA);
            a6 = vmaf__vif_y_madd(a6, q6, FA);
            if (dual) {
                b0 = vmaf__vif_y_madd(b0, q0, FB);
                b1 = vmaf__vif_y_madd(b1, q1, FB);
                b2 = vmaf__vif_y_madd(b2, q2, FB);
                b4 = vmaf__vif_y_madd(b4, q4, FB);
                b6 = vmaf__vif_y_madd(b6, q6, FB);
            }
            if (!u8) {
                const __m256i q3 = _mm256_xor_si256(_mm256_mulhi_epu16(x, x), off);
                const __m256i q5 = _mm256_xor_si256(_mm256_mulhi_epu16(y, y), off);
                const __m256i q7 = _mm256_xor_si256(_mm256_mulhi_epu16(x, y), off);
                a3 = vmaf__vif_y_madd(a3, q3, FA);
                a5 = vmaf__vif_y_madd(a5, q5, FA);
                a7 = vmaf__vif_y_madd(a7, q7, FA);
                if (dual) {
                    b3 = vmaf__vif_y_madd(b3, q3, FB);
                    b5 = vmaf__vif_y_madd(b5, q5, FB);
                    b7 = vmaf__vif_y_madd(b7, q7, FB);
                }
            }
        }
        for (q = 0; q < (dual ? 2u : 1u); q++) {
            uint16_t *const *d = o + 8 * q;
            if (q) {
                a0 = b0; a1 = b1; a2 = b2; a3 = b3; a4 = b4; a5 = b5; a6 = b6; a7 = b7;
            }
            vmaf__vif_y_st16(d[0] + c, _mm256_and_si256(_mm256_srl_epi32(_mm256_add_epi32(a0, mr), ms), lo16));
            vmaf__vif_y_st16(d[1] + c, _mm256_and_si256(_mm256_srl_epi32(_mm256_add_epi32(a1, mr), ms), lo16));
            vmaf__vif_y_st32(d[2] + c, d[3] + c,
                             _mm256_add_epi32(_mm256_sll_epi32(a3, hs), _mm256_srl_epi32(_mm256_add_epi32(a2, sr), ss)));
            vmaf__vif_y_st32(d[4] + c, d[5] + c,
                             _mm256_add_epi32(_mm256_sll_epi32(a5, hs), _mm256_srl_epi32(_mm256_add_epi32(a4, sr), ss)));
            vmaf__vif_y_st32(d[6] + c, d[7] + c,
                             _mm256_add_epi32(_mm256_sll_epi32(a7, hs), _mm256_srl_epi32(_mm256_add_epi32(a6, sr), ss)));
        }
    }
    for (; c < w; c++) { /* the tail columns through the scalar code (the second row: rows + 1) */
        vmaf__vif_ivcol(rr, dr, f, fw, c, u8, mshift, sqshift, o, 0x8000);
        if (dual) vmaf__vif_ivcol(rr + 1, dr + 1, f, fw, c, u8, mshift, sqshift, o + 8, 0x8000);
    }
}
VMAF__T_AVX2 static void vmaf__vif_iv_y(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                        const uint16_t *f, unsigned fw, unsigned w, int u8, unsigned mshift,
                                        unsigned sqshift, uint16_t *const *o)
{
    if (u8) vmaf__vif_ivb_y(rr, dr, P, f, fw, w, 1, 0, mshift, sqshift, o);
    else vmaf__vif_ivb_y(rr, dr, P, f, fw, w, 0, 0, mshift, sqshift, o);
}
VMAF__T_AVX2 static void vmaf__vif_iv2_y(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                         const uint16_t *f, unsigned fw, unsigned w, int u8, unsigned mshift,
                                         unsigned sqshift, uint16_t *const *o)
{
    if (u8) vmaf__vif_ivb_y(rr, dr, P, f, fw, w, 1, 1, mshift, sqshift, o);
    else vmaf__vif_ivb_y(rr, dr, P, f, fw, w, 0, 1, mshift, sqshift, o);
}

VMAF__T_AVX2 static inline __m256i vmaf__vif_y_mulhr(__m256i a, __m256i b, __m256i a1, __m256i b1)
{
    const __m256i r = _mm256_set1_epi64x(0x80000000LL);
    const __m256i e = _mm256_srli_epi64(_mm256_add_epi64(_mm256_mul_epu32(a, b), r), 32);
    const __m256i o = _mm256_add_epi64(_mm256_mul_epu32(a1, b1), r);
    return _mm256_blend_epi32(e, o, 0xAA);
}

/* bits >> 37 of 4 exact doubles, as 4 int32 (see vmaf__vif_z_lbits) */
VMAF__T_AVX2 static inline __m128i vmaf__vif_y_lbits(__m256d v)
{
    const __m256i b = _mm256_srli_epi64(_mm256_castpd_si256(v), 37);
    return _mm256_castsi256_si128(_mm256_permutevar8x32_epi32(b, _mm256_setr_epi32(0, 2, 4, 6, 0, 2, 4, 6)));
}
VMAF__T_AVX2 static inline __m256i vmaf__vif_y_look(__m256i b, const uint16_t *t)
{
    const __m256i idx = _mm256_add_epi32(_mm256_and_si256(b, _mm256_set1_epi32(0x7FFF)), _mm256_set1_epi32(1));
    return _mm256_and_si256(_mm256_i32gather_epi32((const int *)(const void *)t, idx, 2), _mm256_set1_epi32(0xFFFF));
}

typedef struct vmaf__VifYAcc {
    __m256i num, den, lin;
    uint64_t cnt;
} vmaf__VifYAcc;

/* The per-pixel statistic of 8 pixels, n of them valid (see vmaf__vif_istat16_z). */
VMAF__T_AVX2 static inline void vmaf__vif_istat8_y(__m256i M1, __m256i M2, __m256i XX, __m256i YY, __m256i XY, unsigned n,
                                                   const uint16_t *t, __m256d egl, vmaf__VifYAcc *A)
{
    const __m256i zero = _mm256_setzero_si256();
    const __m256i M1o = _mm256_srli_epi64(M1, 32), M2o = _mm256_srli_epi64(M2, 32);
    const __m256i s1 = _mm256_sub_epi32(XX, vmaf__vif_y_mulhr(M1, M1, M1o, M1o));
    const __m256i s2 = _mm256_max_epi32(_mm256_sub_epi32(YY, vmaf__vif_y_mulhr(M2, M2, M2o, M2o)), zero);
    const __m256i s12 = _mm256_sub_epi32(XY, vmaf__vif_y_mulhr(M1, M2, M1o, M2o));
    const __m256i valid = _mm256_cmpgt_epi32(_mm256_set1_epi32((int)n), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
    const __m256i klog = _mm256_and_si256(valid, _mm256_cmpgt_epi32(s1, _mm256_set1_epi32(VMAF__VIF_NSQ - 1)));
    const __m256i klin = _mm256_andnot_si256(klog, valid);
    const int mlin = _mm256_movemask_ps(_mm256_castsi256_ps(klin));
    if (mlin) {
        const __m256i v = _mm256_and_si256(s2, klin);
        A->lin = _mm256_add_epi64(A->lin, _mm256_add_epi64(_mm256_cvtepu32_epi64(_mm256_castsi256_si128(v)),
                                                           _mm256_cvtepu32_epi64(_mm256_extracti128_si256(v, 1))));
        A->cnt += vmaf__vif_popcnt((uint32_t)mlin);
    }
    if (_mm256_movemask_ps(_mm256_castsi256_ps(klog))) {
        const __m256d nd = _mm256_set1_pd((double)VMAF__VIF_NSQ);
        const __m256i knum =
            _mm256_and_si256(klog, _mm256_and_si256(_mm256_cmpgt_epi32(s12, zero), _mm256_cmpgt_epi32(s2, zero)));
        __m128i bd[2], b1[2], b2[2];
        __m256i cd, ld;
        int h;
        for (h = 0; h < 2; h++) {
            const __m128i s1h = h ? _mm256_extracti128_si256(s1, 1) : _mm256_castsi256_si128(s1);
            bd[h] = vmaf__vif_y_lbits(_mm256_add_pd(_mm256_cvtepi32_pd(s1h), nd));
        }
        cd = _mm256_inserti128_si256(_mm256_castsi128_si256(bd[0]), bd[1], 1);
        ld = _mm256_add_epi32(vmaf__vif_y_look(cd, t),
                              _mm256_sub_epi32(_mm256_slli_epi32(_mm256_srli_epi32(cd, 15), 11),
                                               _mm256_set1_epi32(2048 * (1023 + 15 + 17))));
        A->den = _mm256_add_epi32(A->den, _mm256_and_si256(ld, klog));
        if (_mm256_movemask_ps(_mm256_castsi256_ps(knum))) {
            const __m256d eps = _mm256_set1_pd(65536 * 1.0e-10), zd = _mm256_setzero_pd();
            __m256i c1, c2, ln;
            for (h = 0; h < 2; h++) {
                const __m128i s1h = h ? _mm256_extracti128_si256(s1, 1) : _mm256_castsi256_si128(s1);
                const __m128i s2h = h ? _mm256_extracti128_si256(s2, 1) : _mm256_castsi256_si128(s2);
                const __m128i s12h = h ? _mm256_extracti128_si256(s12, 1) : _mm256_castsi256_si128(s12);
                const __m256d d1 = _mm256_cvtepi32_pd(s1h), d2 = _mm256_cvtepi32_pd(s2h), d12 = _mm256_cvtepi32_pd(s12h);
                __m256d g = _mm256_div_pd(d12, _mm256_add_pd(d1, eps));
                const __m256d dd = _mm256_sub_pd(d2, _mm256_mul_pd(g, d12));
                const __m256d n1 = _mm256_add_pd(_mm256_round_pd(_mm256_max_pd(dd, zd), _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC), nd);
                __m256d n2;
                g = _mm256_min_pd(g, egl);
                n2 = _mm256_add_pd(_mm256_round_pd(_mm256_mul_pd(_mm256_mul_pd(g, g), d1), _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC),
                                   n1);
                b1[h] = vmaf__vif_y_lbits(n1);
                b2[h] = vmaf__vif_y_lbits(n2);
            }
            c1 = _mm256_inserti128_si256(_mm256_castsi128_si256(b1[0]), b1[1], 1);
            c2 = _mm256_inserti128_si256(_mm256_castsi128_si256(b2[0]), b2[1], 1);
            ln = _mm256_sub_epi32(vmaf__vif_y_look(c2, t), vmaf__vif_y_look(c1, t));
            ln = _mm256_add_epi32(ln, _mm256_slli_epi32(_mm256_sub_epi32(_mm256_srli_epi32(c2, 15), _mm256_srli_epi32(c1, 15)), 11));
            A->num = _mm256_add_epi32(A->num, _mm256_and_si256(ln, knum));
        }
    }
}

VMAF__T_AVX2 static inline int64_t vmaf__vif_y_sum32(__m256i v)
{
    const __m256i s = _mm256_add_epi64(_mm256_cvtepi32_epi64(_mm256_castsi256_si128(v)),
                                       _mm256_cvtepi32_epi64(_mm256_extracti128_si256(v, 1)));
    const __m128i h = _mm_add_epi64(_mm256_castsi256_si128(s), _mm256_extracti128_si256(s, 1));
    return (int64_t)_mm_cvtsi128_si64(h) + (int64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(h, h));
}
VMAF__T_AVX2 static inline int64_t vmaf__vif_y_sum64(__m256i s)
{
    const __m128i h = _mm_add_epi64(_mm256_castsi256_si128(s), _mm256_extracti128_si256(s, 1));
    return (int64_t)_mm_cvtsi128_si64(h) + (int64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(h, h));
}

VMAF__T_AVX2 static void vmaf__vif_ih_y(uint16_t *const *v, const vmaf__VifIPairs *P, unsigned r, unsigned w,
                                        const uint16_t *t, double egl, int64_t *acc)
{
    const __m256i r31 = _mm256_set1_epi32(INT32_MIN), h16 = _mm256_set1_epi32(32768);
    const __m256d eglv = _mm256_set1_pd(egl);
    vmaf__VifYAcc A;
    unsigned j0, q, p;
    A.num = A.den = A.lin = _mm256_setzero_si256();
    A.cnt = 0;
    for (j0 = 0; j0 < w; j0 += 16)
        for (q = 0; q < 2 && j0 + q < w; q++) {
            const ptrdiff_t b = (ptrdiff_t)(j0 + q) - (ptrdiff_t)r;
            const unsigned n = (w - j0 - q + 1) / 2;
            __m256i a0 = r31, a1 = r31, a2 = r31, a3 = r31, a4 = r31, a5 = r31, a6 = r31, a7 = r31;
            for (p = 0; p < P->n; p++) {
                const __m256i F = _mm256_set1_epi32((int)P->cf[p]);
                const ptrdiff_t o = b + P->o[p];
                a0 = vmaf__vif_y_madd(a0, _mm256_loadu_si256((const __m256i *)(const void *)(v[0] + o)), F);
                a1 = vmaf__vif_y_madd(a1, _mm256_loadu_si256((const __m256i *)(const void *)(v[1] + o)), F);
                a2 = vmaf__vif_y_madd(a2, _mm256_loadu_si256((const __m256i *)(const void *)(v[2] + o)), F);
                a3 = vmaf__vif_y_madd(a3, _mm256_loadu_si256((const __m256i *)(const void *)(v[3] + o)), F);
                a4 = vmaf__vif_y_madd(a4, _mm256_loadu_si256((const __m256i *)(const void *)(v[4] + o)), F);
                a5 = vmaf__vif_y_madd(a5, _mm256_loadu_si256((const __m256i *)(const void *)(v[5] + o)), F);
                a6 = vmaf__vif_y_madd(a6, _mm256_loadu_si256((const __m256i *)(const void *)(v[6] + o)), F);
                a7 = vmaf__vif_y_madd(a7, _mm256_loadu_si256((const __m256i *)(const void *)(v[7] + o)), F);
            }
            vmaf__vif_istat8_y(a0, a1, _mm256_add_epi32(a3, _mm256_srli_epi32(_mm256_add_epi32(a2, h16), 16)),
                               _mm256_add_epi32(a5, _mm256_srli_epi32(_mm256_add_epi32(a4, h16), 16)),
                               _mm256_add_epi32(a7, _mm256_srli_epi32(_mm256_add_epi32(a6, h16), 16)), n > 8 ? 8 : n, t,
                               eglv, &A);
        }
    acc[0] += vmaf__vif_y_sum32(A.num);
    acc[1] += vmaf__vif_y_sum32(A.den);
    acc[2] += vmaf__vif_y_sum64(A.lin);
    acc[3] += (int64_t)A.cnt;
}

VMAF__T_AVX2 static void vmaf__vif_istat_y(const vmaf__VifIJob *J, int64_t *acc)
{
    const vmaf__VifILevel *L = &J->L;
    const vmaf__VifIPairs *P = &vmaf__vif_ipairs[J->sc];
    const uint16_t *f = vmaf__vif_ifilt[J->sc];
    const unsigned fw = vmaf__vif_iwidth[J->sc], r = fw / 2;
    const void *rr[18], *dr[18];
    uint16_t *v[16];
    unsigned i, q;
    for (q = 0; q < 16; q++) v[q] = vmaf__vif_srow(J, q);
    for (i = 0; i < L->h;) {
        const int dual = P->dual && i >= r && i + 1 + r < L->h;
        if (dual) {
            vmaf__vif_irows2(L, i, fw, rr, dr);
            vmaf__vif_iv2_y(rr, dr, P, f, fw, L->w, L->u8, L->u8 ? 8 : J->mshift, L->u8 ? 0 : J->sqshift, v);
        } else {
            vmaf__vif_irows(L, i, fw, rr, dr);
            vmaf__vif_iv_y(rr, dr, P, f, fw, L->w, L->u8, L->u8 ? 8 : J->mshift, L->u8 ? 0 : J->sqshift, v);
        }
        for (q = 0; q < (dual ? 16u : 8u); q++) vmaf__vif_pad_u16(v[q], L->w, r);
        vmaf__vif_ih_y(v, P, r, L->w, J->log2t, J->egl, acc);
        if (dual) vmaf__vif_ih_y(v + 8, P, r, L->w, J->log2t, J->egl, acc);
        i += dual ? 2 : 1;
    }
}

VMAF__T_AVX2 static void vmaf__vif_idec_y(const vmaf__VifIJob *J, uint16_t *out_r, uint16_t *out_d)
{
    const vmaf__VifILevel *L = &J->L;
    const vmaf__VifIPairs *P = &vmaf__vif_ipairs[J->sc];
    const uint16_t *f = vmaf__vif_ifilt[J->sc];
    const unsigned fw = vmaf__vif_iwidth[J->sc], r = fw / 2, nw = L->w / 2, nh = L->h / 2, w = L->w;
    const __m256i init = _mm256_set1_epi32(L->u8 ? 0 : INT32_MIN);
    const __m256i offx = _mm256_set1_epi32(L->u8 ? 0 : (int)0x80008000u);
    const __m256i rnd = _mm256_set1_epi32((int)(1u << (J->dshift - 1))), lo16 = _mm256_set1_epi32(0xFFFF);
    const __m256i r31 = _mm256_set1_epi32(INT32_MIN), h16 = _mm256_set1_epi32(32768);
    const __m128i sh = _mm_cvtsi32_si128((int)J->dshift), off16 = _mm_set1_epi16(-32768);
    uint16_t *tr = vmaf__vif_srow(J, 16), *td = vmaf__vif_srow(J, 17);
    const void *rr[18], *dr[18];
    unsigned i, c, p, j;
    for (i = 0; i < nh; i++) {
        vmaf__vif_irows(L, 2 * i, fw, rr, dr);
        for (c = 0; c + 8 <= w; c += 8) {
            __m256i ar = init, ad = init;
            for (p = 0; p < P->n; p++) {
                const __m256i F = _mm256_set1_epi32((int)P->cf[p]);
                const unsigned k = P->o[p];
                const __m256i x = L->u8 ? vmaf__vif_y_pair8(rr[k], rr[k + 1], c) : vmaf__vif_y_pair16(rr[k], rr[k + 1], c);
                const __m256i y = L->u8 ? vmaf__vif_y_pair8(dr[k], dr[k + 1], c) : vmaf__vif_y_pair16(dr[k], dr[k + 1], c);
                ar = vmaf__vif_y_madd(ar, _mm256_xor_si256(x, offx), F);
                ad = vmaf__vif_y_madd(ad, _mm256_xor_si256(y, offx), F);
            }
            vmaf__vif_y_st16(tr + c, _mm256_and_si256(_mm256_srl_epi32(_mm256_add_epi32(ar, rnd), sh), lo16));
            vmaf__vif_y_st16(td + c, _mm256_and_si256(_mm256_srl_epi32(_mm256_add_epi32(ad, rnd), sh), lo16));
        }
        for (; c < w; c++) vmaf__vif_isubcol(rr, dr, f, fw, c, L->u8, J->dshift, tr, td, 0x8000);
        vmaf__vif_pad_u16(tr, w, r);
        vmaf__vif_pad_u16(td, w, r);
        for (j = 0; j < nw; j += 8) {
            const ptrdiff_t b = (ptrdiff_t)(2 * j) - (ptrdiff_t)r;
            __m256i ar = r31, ad = r31;
            __m128i vr, vd;
            for (p = 0; p < P->n; p++) {
                const __m256i F = _mm256_set1_epi32((int)P->cf[p]);
                ar = vmaf__vif_y_madd(ar, _mm256_loadu_si256((const __m256i *)(const void *)(tr + b + P->o[p])), F);
                ad = vmaf__vif_y_madd(ad, _mm256_loadu_si256((const __m256i *)(const void *)(td + b + P->o[p])), F);
            }
            vr = _mm_xor_si128(vmaf__vif_y_pack(_mm256_srli_epi32(_mm256_add_epi32(ar, h16), 16)), off16);
            vd = _mm_xor_si128(vmaf__vif_y_pack(_mm256_srli_epi32(_mm256_add_epi32(ad, h16), 16)), off16);
            if (nw - j >= 8) {
                _mm_storeu_si128((__m128i *)(void *)(out_r + (size_t)i * nw + j), vr);
                _mm_storeu_si128((__m128i *)(void *)(out_d + (size_t)i * nw + j), vd);
            } else {
                uint16_t tmp[8];
                _mm_storeu_si128((__m128i *)(void *)tmp, vr);
                memcpy(out_r + (size_t)i * nw + j, tmp, (nw - j) * sizeof(uint16_t));
                _mm_storeu_si128((__m128i *)(void *)tmp, vd);
                memcpy(out_d + (size_t)i * nw + j, tmp, (nw - j) * sizeof(uint16_t));
            }
        }
    }
}

VMAF__T_AVX2 static inline __m256 vmaf__vif_y_log2f_fix(__m256 x, __m256 r)
{
    r = _mm256_blendv_ps(r, _mm256_set1_ps(-INFINITY), _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_EQ_OQ));
    return _mm256_blendv_ps(r, _mm256_set1_ps(NAN), _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_LT_OQ));
}
VMAF__T_AVX2 static inline __m256 vmaf__vif_y_log2e(__m256 x, __m256 *rem)
{
    const __m256i u = _mm256_castps_si256(x);
    *rem = _mm256_sub_ps(
        _mm256_castsi256_ps(_mm256_or_si256(_mm256_and_si256(u, _mm256_set1_epi32(0x007FFFFF)), _mm256_set1_epi32(0x3F800000))),
        _mm256_set1_ps(1.0f));
    return _mm256_cvtepi32_ps(
        _mm256_sub_epi32(_mm256_srli_epi32(_mm256_and_si256(u, _mm256_set1_epi32(0x7F800000)), 23), _mm256_set1_epi32(127)));
}
/* two fast log2 at once (see vmaf__vif_z_log2f2) */
VMAF__T_AVX2 static inline void vmaf__vif_y_log2f2(__m256 x1, __m256 x2, __m256 *y1, __m256 *y2)
{
    __m256 r1, r2;
    const __m256 e1 = vmaf__vif_y_log2e(x1, &r1), e2 = vmaf__vif_y_log2e(x2, &r2);
    __m256 p1 = _mm256_set1_ps(vmaf__vif_log2_poly[0]), p2 = p1;
    int i;
    for (i = 1; i < 9; i++) {
        const __m256 c = _mm256_set1_ps(vmaf__vif_log2_poly[i]);
        p1 = _mm256_add_ps(_mm256_mul_ps(p1, r1), c);
        p2 = _mm256_add_ps(_mm256_mul_ps(p2, r2), c);
    }
    *y1 = vmaf__vif_y_log2f_fix(x1, _mm256_add_ps(e1, p1));
    *y2 = vmaf__vif_y_log2f_fix(x2, _mm256_add_ps(e2, p2));
}

VMAF__T_AVX2 static inline void vmaf__vif_fstat8_y(__m256 mu1, __m256 mu2, __m256 xx, __m256 yy, __m256 xy, __m256d nsq,
                                                   __m256d rcp, int use_rcp, __m256 egl, __m256 smi, __m256 *nvo,
                                                   __m256 *dvo)
{
    const __m256 zero = _mm256_setzero_ps(), eps = _mm256_set1_ps(1.0e-10f), one = _mm256_set1_ps(1.0f);
    const __m256d oned = _mm256_set1_pd(1.0);
    const __m256 s12 = _mm256_sub_ps(xy, _mm256_mul_ps(mu1, mu2));
    __m256 s1 = _mm256_max_ps(_mm256_sub_ps(xx, _mm256_mul_ps(mu1, mu1)), zero);
    const __m256 s2 = _mm256_max_ps(_mm256_sub_ps(yy, _mm256_mul_ps(mu2, mu2)), zero);
    __m256 g = _mm256_div_ps(s12, _mm256_add_ps(s1, eps)), sv = _mm256_sub_ps(s2, _mm256_mul_ps(g, s12)), t, nv, dv, k;
    __m128 na[2], da[2];
    __m256d kl[2];
    int h;
    k = _mm256_cmp_ps(s1, eps, _CMP_LT_OQ);
    g = _mm256_blendv_ps(g, zero, k);
    sv = _mm256_blendv_ps(sv, s2, k);
    s1 = _mm256_blendv_ps(s1, zero, k);
    k = _mm256_cmp_ps(s2, eps, _CMP_LT_OQ);
    g = _mm256_blendv_ps(g, zero, k);
    sv = _mm256_blendv_ps(sv, zero, k);
    k = _mm256_cmp_ps(g, zero, _CMP_LT_OQ);
    sv = _mm256_blendv_ps(sv, s2, k);
    g = _mm256_blendv_ps(g, zero, k);
    sv = _mm256_max_ps(sv, eps);
    g = _mm256_min_ps(g, egl);
    t = _mm256_mul_ps(_mm256_mul_ps(g, g), s1);
    for (h = 0; h < 2; h++) {
        const __m256d td = _mm256_cvtps_pd(h ? _mm256_extractf128_ps(t, 1) : _mm256_castps256_ps128(t));
        const __m256d svd = _mm256_cvtps_pd(h ? _mm256_extractf128_ps(sv, 1) : _mm256_castps256_ps128(sv));
        const __m256d s1d = _mm256_cvtps_pd(h ? _mm256_extractf128_ps(s1, 1) : _mm256_castps256_ps128(s1));
        na[h] = _mm256_cvtpd_ps(_mm256_add_pd(oned, _mm256_div_pd(td, _mm256_add_pd(svd, nsq))));
        da[h] = _mm256_cvtpd_ps(_mm256_add_pd(oned, use_rcp ? _mm256_mul_pd(s1d, rcp) : _mm256_div_pd(s1d, nsq)));
        kl[h] = _mm256_cmp_pd(s1d, nsq, _CMP_LT_OQ);
    }
    vmaf__vif_y_log2f2(_mm256_insertf128_ps(_mm256_castps128_ps256(na[0]), na[1], 1),
                       _mm256_insertf128_ps(_mm256_castps128_ps256(da[0]), da[1], 1), &nv, &dv);
    nv = _mm256_blendv_ps(nv, zero, _mm256_cmp_ps(s12, zero, _CMP_LT_OQ));
    { /* the double compare masks (4 x 64 bits each) as 8 x 32 bits */
        const __m256i ev = _mm256_setr_epi32(0, 2, 4, 6, 0, 2, 4, 6);
        const __m256 k0 = _mm256_permutevar8x32_ps(_mm256_castpd_ps(kl[0]), ev);
        const __m256 k1 = _mm256_permutevar8x32_ps(_mm256_castpd_ps(kl[1]), ev);
        k = _mm256_insertf128_ps(k0, _mm256_castps256_ps128(k1), 1);
    }
    *nvo = _mm256_blendv_ps(nv, _mm256_sub_ps(one, _mm256_mul_ps(s2, smi)), k);
    *dvo = _mm256_blendv_ps(dv, one, k);
}

VMAF__T_AVX2 static void vmaf__vif_fv_y(const float *const *rr, const float *const *dr, const float *f, unsigned fw,
                                        unsigned w, float *const *o)
{
    unsigned c, k;
    for (c = 0; c + 8 <= w; c += 8) {
        __m256 a1 = _mm256_setzero_ps(), a2 = a1, a3 = a1, a4 = a1, a5 = a1;
        if (o[2]) {
            for (k = 0; k < fw; k++) {
                const __m256 F = _mm256_set1_ps(f[k]);
                const __m256 x = _mm256_loadu_ps(rr[k] + c), y = _mm256_loadu_ps(dr[k] + c);
                a1 = _mm256_add_ps(a1, _mm256_mul_ps(F, x));
                a2 = _mm256_add_ps(a2, _mm256_mul_ps(F, y));
                a3 = _mm256_add_ps(a3, _mm256_mul_ps(F, _mm256_mul_ps(x, x)));
                a4 = _mm256_add_ps(a4, _mm256_mul_ps(F, _mm256_mul_ps(y, y)));
                a5 = _mm256_add_ps(a5, _mm256_mul_ps(F, _mm256_mul_ps(x, y)));
            }
            _mm256_storeu_ps(o[2] + c, a3);
            _mm256_storeu_ps(o[3] + c, a4);
            _mm256_storeu_ps(o[4] + c, a5);
        } else {
            for (k = 0; k < fw; k++) {
                const __m256 F = _mm256_set1_ps(f[k]);
                a1 = _mm256_add_ps(a1, _mm256_mul_ps(F, _mm256_loadu_ps(rr[k] + c)));
                a2 = _mm256_add_ps(a2, _mm256_mul_ps(F, _mm256_loadu_ps(dr[k] + c)));
            }
        }
        _mm256_storeu_ps(o[0] + c, a1);
        _mm256_storeu_ps(o[1] + c, a2);
    }
    for (; c < w; c++) vmaf__vif_fvcol(rr, dr, f, fw, c, o);
}

VMAF__T_AVX2 static inline __m256 vmaf__vif_fh8_y(const float *in, const float *f, unsigned fw, ptrdiff_t j)
{
    __m256 a = _mm256_setzero_ps();
    unsigned k;
    for (k = 0; k < fw; k++) a = _mm256_add_ps(a, _mm256_mul_ps(_mm256_set1_ps(f[k]), _mm256_loadu_ps(in + j + k)));
    return a;
}
VMAF__T_AVX2 static inline void vmaf__vif_fh8x5_y(float *const *v, const float *f, unsigned fw, ptrdiff_t j, __m256 *o)
{
    __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, a4 = a0;
    unsigned k;
    for (k = 0; k < fw; k++) {
        const __m256 F = _mm256_set1_ps(f[k]);
        a0 = _mm256_add_ps(a0, _mm256_mul_ps(F, _mm256_loadu_ps(v[0] + j + k)));
        a1 = _mm256_add_ps(a1, _mm256_mul_ps(F, _mm256_loadu_ps(v[1] + j + k)));
        a2 = _mm256_add_ps(a2, _mm256_mul_ps(F, _mm256_loadu_ps(v[2] + j + k)));
        a3 = _mm256_add_ps(a3, _mm256_mul_ps(F, _mm256_loadu_ps(v[3] + j + k)));
        a4 = _mm256_add_ps(a4, _mm256_mul_ps(F, _mm256_loadu_ps(v[4] + j + k)));
    }
    o[0] = a0;
    o[1] = a1;
    o[2] = a2;
    o[3] = a3;
    o[4] = a4;
}

VMAF__T_AVX2 static void vmaf__vif_fstat_row_y(const float *const *rr, const float *const *dr, const vmaf__VifFJob *J,
                                               float *num, float *den)
{
    const unsigned w = J->w, fw = J->fw, r = fw / 2;
    const __m256d nsq = _mm256_set1_pd(J->nsq), rcp = _mm256_set1_pd(J->nsq_rcp);
    const __m256 egl = _mm256_set1_ps(J->egl), smi = _mm256_set1_ps(J->smi);
    const int use_rcp = J->nsq_rcp != 0.0;
    float *v[5], tn[8], td[8], an = 0.0f, ad = 0.0f;
    unsigned q, j, i;
    for (q = 0; q < 5; q++) v[q] = vmaf__vif_frow(J, q);
    vmaf__vif_fv_y(rr, dr, J->f, fw, w, v);
    for (q = 0; q < 5; q++) vmaf__vif_pad_f(v[q], w, r);
    for (j = 0; j < w; j += 8) {
        const ptrdiff_t b = (ptrdiff_t)j - (ptrdiff_t)r;
        const unsigned lim = w - j < 8 ? w - j : 8;
        __m256 n, d, h[5];
        vmaf__vif_fh8x5_y(v, J->f, fw, b, h);
        vmaf__vif_fstat8_y(h[0], h[1], h[2], h[3], h[4], nsq, rcp, use_rcp, egl, smi, &n, &d);
        _mm256_storeu_ps(tn, n);
        _mm256_storeu_ps(td, d);
        for (i = 0; i < lim; i++) { /* the row sums, in the scalar order; overlaps the next block */
            an += tn[i];
            ad += td[i];
        }
    }
    *num = an;
    *den = ad;
}

VMAF__T_AVX2 static void vmaf__vif_fdec_row_y(const float *const *rr, const float *const *dr, const vmaf__VifFJob *J,
                                              float *out_r, float *out_d)
{
    const unsigned w = J->w, fw = J->fw, r = fw / 2, nw = w / 2;
    const __m256i even = _mm256_setr_epi32(0, 2, 4, 6, 1, 3, 5, 7);
    float *v[5], tmp[8];
    unsigned j, q;
    for (q = 0; q < 5; q++) v[q] = vmaf__vif_frow(J, q);
    v[2] = NULL;
    vmaf__vif_fv_y(rr, dr, J->f, fw, w, v);
    vmaf__vif_pad_f(v[0], w, r);
    vmaf__vif_pad_f(v[1], w, r);
    for (j = 0; j < nw; j += 8) {
        const ptrdiff_t b = (ptrdiff_t)(2 * j) - (ptrdiff_t)r;
        for (q = 0; q < 2; q++) {
            const __m256 lo = _mm256_permutevar8x32_ps(vmaf__vif_fh8_y(v[q], J->f, fw, b), even);
            const __m256 hi = _mm256_permutevar8x32_ps(vmaf__vif_fh8_y(v[q], J->f, fw, b + 8), even);
            const __m256 e = _mm256_permute2f128_ps(lo, hi, 0x20);
            float *o = (q ? out_d : out_r) + j;
            if (nw - j >= 8) _mm256_storeu_ps(o, e);
            else {
                _mm256_storeu_ps(tmp, e);
                memcpy(o, tmp, (nw - j) * sizeof(float));
            }
        }
    }
}

VMAF__T_AVX2 static void vmaf__vif_to_float_y(const void *row, unsigned bpc, unsigned w, float *dst)
{
    const __m256 m128 = _mm256_set1_ps(-128.0f), sc = _mm256_set1_ps((float)(1u << (bpc - 8)));
    unsigned j = 0;
    if (bpc == 8)
        for (; j + 8 <= w; j += 8)
            _mm256_storeu_ps(dst + j, _mm256_add_ps(_mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_loadl_epi64(
                                                        (const __m128i *)(const void *)((const uint8_t *)row + j)))),
                                                    m128));
    else
        for (; j + 8 <= w; j += 8)
            _mm256_storeu_ps(dst + j, _mm256_add_ps(_mm256_div_ps(_mm256_cvtepi32_ps(_mm256_cvtepu16_epi32(_mm_loadu_si128(
                                                                      (const __m128i *)(const void *)((const uint16_t *)row + j)))),
                                                                  sc),
                                                    m128));
    if (j < w) vmaf__vif_to_float((const unsigned char *)row + j * (bpc == 8 ? 1u : 2u), bpc, w - j, dst + j);
}

#endif /* VMAF__HAVE_AVX2 */

/* ---- AVX-512 kernel set (F, BW, DQ, VL; run-time checked) ----
   Integer layout: the statistic's vertical pass writes 8 uint16 rows in offset binary
   (v ^ 0x8000 = v - 32768 as int16): m1, m2, and the low and high halves of xx, yy, xy. The
   horizontal pass multiply-adds tap pairs (pmaddwd) over them: accumulators start at 2^31,
   which cancels the offset because every filter sums to 65536. Pairs of adjacent columns
   give the even output columns from one load and the odd ones from the load one column to
   the right, so a 16-lane vector holds 16 outputs of one parity. Everything is exact modulo
   2^32, and every quantity the scalar code keeps fits in 32 bits (SPEC 2.4), so the results
   are the scalar ones; the per-pixel statistic uses the same double operations (no FMA). */
#if defined(VMAF__HAVE_AVX512)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

VMAF__T_AVX512 static inline __mmask16 vmaf__vif_z_mask(unsigned n)
{
    return n >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << n) - 1u);
}

/* Pairs of rows k, k+1 as 16-bit halves of 32-bit lanes, 16 columns from c (m: valid). A full
   block (m all ones) is built with two byte shuffles of the 16 bytes broadcast to every 128-bit
   lane (8-bit) or one two-source word permute (16-bit); a partial one with masked loads, so
   nothing past the row is read. */
VMAF__T_AVX512 static inline __m512i vmaf__vif_z_pair8(const void *a, const void *b, unsigned c, __mmask16 m)
{
    if (m == (__mmask16)0xFFFF) {
        /* lane L, dword i: byte 0 <- byte 4L + i of a, byte 2 <- byte 4L + i of b, rest 0 */
        const __m512i g = _mm512_set_epi32(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        const __m512i ia = _mm512_or_si512(g, _mm512_set1_epi32((int)0xFFFFFF00u));
        const __m512i ib = _mm512_or_si512(_mm512_slli_epi32(g, 16), _mm512_set1_epi32((int)0xFF00FFFFu));
        const __m512i va = _mm512_broadcast_i32x4(_mm_loadu_si128((const __m128i *)(const void *)((const uint8_t *)a + c)));
        const __m512i vb = _mm512_broadcast_i32x4(_mm_loadu_si128((const __m128i *)(const void *)((const uint8_t *)b + c)));
        return _mm512_mask_shuffle_epi8(_mm512_shuffle_epi8(va, ia), (__mmask64)0x4444444444444444ULL, vb, ib);
    } else {
        const __m512i lo = _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(m, (const uint8_t *)a + c));
        const __m512i hi = _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(m, (const uint8_t *)b + c));
        return _mm512_or_si512(lo, _mm512_slli_epi32(hi, 16));
    }
}
VMAF__T_AVX512 static inline __m512i vmaf__vif_z_pair16(const void *a, const void *b, unsigned c, __mmask16 m)
{
    if (m == (__mmask16)0xFFFF) {
        /* word 2i <- word i of a, word 2i + 1 <- word i of b (index 32 + i) */
        const __m512i idx = _mm512_set_epi32(47 << 16 | 15, 46 << 16 | 14, 45 << 16 | 13, 44 << 16 | 12, 43 << 16 | 11,
                                             42 << 16 | 10, 41 << 16 | 9, 40 << 16 | 8, 39 << 16 | 7, 38 << 16 | 6,
                                             37 << 16 | 5, 36 << 16 | 4, 35 << 16 | 3, 34 << 16 | 2, 33 << 16 | 1,
                                             32 << 16 | 0);
        const __m512i va = _mm512_castsi256_si512(_mm256_loadu_si256((const __m256i *)(const void *)((const uint16_t *)a + c)));
        const __m512i vb = _mm512_castsi256_si512(_mm256_loadu_si256((const __m256i *)(const void *)((const uint16_t *)b + c)));
        return _mm512_permutex2var_epi16(va, idx, vb);
    } else {
        const __m512i lo = _mm512_cvtepu16_epi32(_mm256_maskz_loadu_epi16(m, (const uint16_t *)a + c));
        const __m512i hi = _mm512_cvtepu16_epi32(_mm256_maskz_loadu_epi16(m, (const uint16_t *)b + c));
        return _mm512_or_si512(lo, _mm512_slli_epi32(hi, 16));
    }
}
VMAF__T_AVX512 static inline __m512i vmaf__vif_z_madd(__m512i acc, __m512i v, __m512i f)
{
    return _mm512_add_epi32(acc, _mm512_madd_epi16(v, f));
}
/* The same in one instruction (AVX512-VNNI vpdpwssd: the two int16 products and acc summed with
   32-bit wraparound, so exactly acc + madd(v, f) mod 2^32). Inline asm keeps the base target
   attribute: the "avx512icl" kernels are the AVX-512 ones with this step, chosen only where
   cpuid reports VNNI (VMAF_CPU_AVX512ICL). */
VMAF__T_AVX512 static inline __m512i vmaf__vif_z_dp(__m512i acc, __m512i v, __m512i f)
{
    __asm__("vpdpwssd {%2, %1, %0|%0, %1, %2}" : "+v"(acc) : "v"(f), "vm"(v));
    return acc;
}
#define VMAF__VIF_ZMADD(vnni, acc, v, f) ((vnni) ? vmaf__vif_z_dp(acc, v, f) : vmaf__vif_z_madd(acc, v, f))
/* The same with v in a register: for a loaded vector used twice, which the memory operand
   form would load twice. */
VMAF__T_AVX512 static inline __m512i vmaf__vif_z_dpr(__m512i acc, __m512i v, __m512i f)
{
    __asm__("vpdpwssd {%2, %1, %0|%0, %1, %2}" : "+v"(acc) : "v"(f), "v"(v));
    return acc;
}
#define VMAF__VIF_ZMADDR(vnni, acc, v, f) ((vnni) ? vmaf__vif_z_dpr(acc, v, f) : vmaf__vif_z_madd(acc, v, f))
/* Stores the low 16 bits of 16 lanes in offset binary. */
VMAF__T_AVX512 static inline void vmaf__vif_z_st16(uint16_t *p, __m512i v)
{
    _mm256_storeu_si256((__m256i *)(void *)p, _mm256_xor_si256(_mm512_cvtepi32_epi16(v), _mm256_set1_epi16(-32768)));
}
/* A 32-bit vertical sum as its low and high halves. */
VMAF__T_AVX512 static inline void vmaf__vif_z_st32(uint16_t *lo, uint16_t *hi, __m512i v)
{
    vmaf__vif_z_st16(lo, v);
    vmaf__vif_z_st16(hi, _mm512_srli_epi32(v, 16));
}

/* Statistic vertical pass over one row, or (dual) over two adjacent rows that share their
   row pairs: the second row's sums use the shifted coefficients P->cs. 8-bit samples
   (SPEC 2.4 row 1): the products fit 16 bits, so no high halves. 16-bit samples: the
   products x*y are split into 16-bit halves (mullo / mulhi), each filtered exactly in 32
   bits; (sum F xy + rnd) >> sh = (sum F hi << (16 - sh)) + ((sum F lo + rnd) >> sh), sh <= 16.
   Outputs: o[0..7] (and o[8..15] for the second row). */
VMAF__T_AVX512 VMAF__FORCEINLINE void vmaf__vif_ivb_z(const void *const *rr, const void *const *dr,
                                                      const vmaf__VifIPairs *P, unsigned c0, unsigned w, const int full,
                                                      const int u8, const int dual, const int vnni, unsigned mshift,
                                                      unsigned sqshift, uint16_t *const *o)
{
    const __m512i off = _mm512_set1_epi32((int)0x80008000u), r31 = _mm512_set1_epi32(INT32_MIN);
    const __m512i zero = _mm512_setzero_si512(), lo16 = _mm512_set1_epi32(0xFFFF);
    const __m512i mr = _mm512_set1_epi32((int)(1u << ((u8 ? 8 : mshift) - 1)));
    const __m512i sr = _mm512_set1_epi32(u8 ? 0 : (int)(1u << (sqshift - 1)));
    const __m128i ms = _mm_cvtsi32_si128(u8 ? 8 : (int)mshift), ss = _mm_cvtsi32_si128(u8 ? 0 : (int)sqshift);
    const __m128i hs = _mm_cvtsi32_si128(u8 ? 16 : (int)(16 - sqshift));
    const unsigned n = P->n;
    unsigned c, p, q;
    for (c = c0; c < w; c += 16) {
        const __mmask16 m = full ? (__mmask16)0xFFFF : vmaf__vif_z_mask(w - c);
        __m512i a0 = u8 ? zero : r31, a1 = a0, a2 = r31, a3 = u8 ? zero : r31, a4 = r31, a5 = a3, a6 = r31, a7 = a3;
        __m512i b0 = a0, b1 = a0, b2 = r31, b3 = a3, b4 = r31, b5 = a3, b6 = r31, b7 = a3;
        for (p = 0; p < n; p++) {
            const __m512i FA = _mm512_set1_epi32((int)P->cf[p]), FB = _mm512_set1_epi32((int)P->cs[p]);
            const unsigned k = P->o[p];
            const __m512i x = u8 ? vmaf__vif_z_pair8(rr[k], rr[k + 1], c, m) : vmaf__vif_z_pair16(rr[k], rr[k + 1], c, m);
            const __m512i y = u8 ? vmaf__vif_z_pair8(dr[k], dr[k + 1], c, m) : vmaf__vif_z_pair16(dr[k], dr[k + 1], c, m);
            const __m512i q0 = u8 ? x : _mm512_xor_si512(x, off), q1 = u8 ? y : _mm512_xor_si512(y, off);
            const __m512i q2 = _mm512_xor_si512(_mm512_mullo_epi16(x, x), off);
            const __m512i q4 = _mm512_xor_si512(_mm512_mullo_epi16(y, y), off);
            const __m512i q6 = _mm512_xor_si512(_mm512_mullo_epi16(x, y), off);
            a0 = VMAF__VIF_ZMADD(vnni, a0, q0, FA);
            a1 = VMAF__VIF_ZMADD(vnni, a1, q1, FA);
            a2 = VMAF__VIF_ZMADD(vnni, a2, q2, FA);
            a4 = VMAF__VIF_ZMADD(vnni, a4, q4, FA);
            a6 = VMAF__VIF_ZMADD(vnni, a6, q6, FA);
            if (dual) {
                b0 = VMAF__VIF_ZMADD(vnni, b0, q0, FB);
                b1 = VMAF__VIF_ZMADD(vnni, b1, q1, FB);
                b2 = VMAF__VIF_ZMADD(vnni, b2, q2, FB);
                b4 = VMAF__VIF_ZMADD(vnni, b4, q4, FB);
                b6 = VMAF__VIF_ZMADD(vnni, b6, q6, FB);
            }
            if (!u8) {
                const __m512i q3 = _mm512_xor_si512(_mm512_mulhi_epu16(x, x), off);
                const __m512i q5 = _mm512_xor_si512(_mm512_mulhi_epu16(y, y), off);
                const __m512i q7 = _mm512_xor_si512(_mm512_mulhi_epu16(x, y), off);
                a3 = VMAF__VIF_ZMADD(vnni, a3, q3, FA);
                a5 = VMAF__VIF_ZMADD(vnni, a5, q5, FA);
                a7 = VMAF__VIF_ZMADD(vnni, a7, q7, FA);
                if (dual) {
                    b3 = VMAF__VIF_ZMADD(vnni, b3, q3, FB);
                    b5 = VMAF__VIF_ZMADD(vnni, b5, q5, FB);
                    b7 = VMAF__VIF_ZMADD(vnni, b7, q7, FB);
                }
            }
        }
        for (q = 0; q < (dual ? 2u : 1u); q++) {
            uint16_t *const *d = o + 8 * q;
            if (q) {
                a0 = b0; a1 = b1; a2 = b2; a3 = b3; a4 = b4; a5 = b5; a6 = b6; a7 = b7;
            }
            vmaf__vif_z_st16(d[0] + c, _mm512_and_si512(_mm512_srl_epi32(_mm512_add_epi32(a0, mr), ms), lo16));
            vmaf__vif_z_st16(d[1] + c, _mm512_and_si512(_mm512_srl_epi32(_mm512_add_epi32(a1, mr), ms), lo16));
            vmaf__vif_z_st32(d[2] + c, d[3] + c,
                             _mm512_add_epi32(_mm512_sll_epi32(a3, hs), _mm512_srl_epi32(_mm512_add_epi32(a2, sr), ss)));
            vmaf__vif_z_st32(d[4] + c, d[5] + c,
                             _mm512_add_epi32(_mm512_sll_epi32(a5, hs), _mm512_srl_epi32(_mm512_add_epi32(a4, sr), ss)));
            vmaf__vif_z_st32(d[6] + c, d[7] + c,
                             _mm512_add_epi32(_mm512_sll_epi32(a7, hs), _mm512_srl_epi32(_mm512_add_epi32(a6, sr), ss)));
        }
    }
}
VMAF__T_AVX512 static void vmaf__vif_iv8_z(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                           unsigned w, uint16_t *const *o)
{
    vmaf__vif_ivb_z(rr, dr, P, 0, w & ~15u, 1, 1, 0, 0, 8, 0, o);
    if (w & 15u) vmaf__vif_ivb_z(rr, dr, P, w & ~15u, w, 0, 1, 0, 0, 8, 0, o);
}
VMAF__T_AVX512 static void vmaf__vif_iv8x2_z(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                             unsigned w, uint16_t *const *o)
{
    vmaf__vif_ivb_z(rr, dr, P, 0, w & ~15u, 1, 1, 1, 0, 8, 0, o);
    if (w & 15u) vmaf__vif_ivb_z(rr, dr, P, w & ~15u, w, 0, 1, 1, 0, 8, 0, o);
}
VMAF__T_AVX512 static void vmaf__vif_iv16_z(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                            unsigned w, unsigned mshift, unsigned sqshift, uint16_t *const *o)
{
    vmaf__vif_ivb_z(rr, dr, P, 0, w & ~15u, 1, 0, 0, 0, mshift, sqshift, o);
    if (w & 15u) vmaf__vif_ivb_z(rr, dr, P, w & ~15u, w, 0, 0, 0, 0, mshift, sqshift, o);
}
VMAF__T_AVX512 static void vmaf__vif_iv16x2_z(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                              unsigned w, unsigned mshift, unsigned sqshift, uint16_t *const *o)
{
    vmaf__vif_ivb_z(rr, dr, P, 0, w & ~15u, 1, 0, 1, 0, mshift, sqshift, o);
    if (w & 15u) vmaf__vif_ivb_z(rr, dr, P, w & ~15u, w, 0, 0, 1, 0, mshift, sqshift, o);
}
VMAF__T_AVX512 static void vmaf__vif_iv8_zv(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                           unsigned w, uint16_t *const *o)
{
    vmaf__vif_ivb_z(rr, dr, P, 0, w & ~15u, 1, 1, 0, 1, 8, 0, o);
    if (w & 15u) vmaf__vif_ivb_z(rr, dr, P, w & ~15u, w, 0, 1, 0, 1, 8, 0, o);
}
VMAF__T_AVX512 static void vmaf__vif_iv8x2_zv(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                             unsigned w, uint16_t *const *o)
{
    vmaf__vif_ivb_z(rr, dr, P, 0, w & ~15u, 1, 1, 1, 1, 8, 0, o);
    if (w & 15u) vmaf__vif_ivb_z(rr, dr, P, w & ~15u, w, 0, 1, 1, 1, 8, 0, o);
}
VMAF__T_AVX512 static void vmaf__vif_iv16_zv(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                            unsigned w, unsigned mshift, unsigned sqshift, uint16_t *const *o)
{
    vmaf__vif_ivb_z(rr, dr, P, 0, w & ~15u, 1, 0, 0, 1, mshift, sqshift, o);
    if (w & 15u) vmaf__vif_ivb_z(rr, dr, P, w & ~15u, w, 0, 0, 0, 1, mshift, sqshift, o);
}
VMAF__T_AVX512 static void vmaf__vif_iv16x2_zv(const void *const *rr, const void *const *dr, const vmaf__VifIPairs *P,
                                              unsigned w, unsigned mshift, unsigned sqshift, uint16_t *const *o)
{
    vmaf__vif_ivb_z(rr, dr, P, 0, w & ~15u, 1, 0, 1, 1, mshift, sqshift, o);
    if (w & 15u) vmaf__vif_ivb_z(rr, dr, P, w & ~15u, w, 0, 0, 1, 1, mshift, sqshift, o);
}

/* (a * b + 2^31) >> 32 of 16 uint32 lanes (a1, b1: a, b shifted right by 32 in 64-bit lanes). */
VMAF__T_AVX512 static inline __m512i vmaf__vif_z_mulhr(__m512i a, __m512i b, __m512i a1, __m512i b1)
{
    const __m512i r = _mm512_set1_epi64(0x80000000LL);
    const __m512i e = _mm512_srli_epi64(_mm512_add_epi64(_mm512_mul_epu32(a, b), r), 32);
    const __m512i o = _mm512_add_epi64(_mm512_mul_epu32(a1, b1), r);
    return _mm512_mask_blend_epi32((__mmask16)0xAAAA, e, o);
}

/* log2 table entry and exponent from double bits (SPEC 2.5 with v an exact double): bits >> 37
   = biased exponent << 15 | top 15 mantissa bits, and v >> k = 32768 + those 15 bits. */
VMAF__T_AVX512 static inline __m256i vmaf__vif_z_lbits(__m512d v)
{
    return _mm512_cvtepi64_epi32(_mm512_srli_epi64(_mm512_castpd_si512(v), 37));
}
VMAF__T_AVX512 static inline __m512i vmaf__vif_z_look(__m512i b, const uint16_t *t)
{
    const __m512i idx = _mm512_add_epi32(_mm512_and_si512(b, _mm512_set1_epi32(0x7FFF)), _mm512_set1_epi32(1));
    return _mm512_and_si512(_mm512_i32gather_epi32(idx, (const void *)t, 2), _mm512_set1_epi32(0xFFFF));
}

typedef struct vmaf__VifZAcc {
    __m512i num, den, lin;
    uint64_t cnt;
} vmaf__VifZAcc;

/* The per-pixel statistic (SPEC 2.4 tail, 2.6) of 16 pixels. */
VMAF__T_AVX512 VMAF__FORCEINLINE void vmaf__vif_istat16_z(__m512i M1, __m512i M2, __m512i XX, __m512i YY, __m512i XY,
                                                      __mmask16 valid, const uint16_t *t, __m512d egl,
                                                      vmaf__VifZAcc *A)
{
    const __m512i zero = _mm512_setzero_si512(), nsq = _mm512_set1_epi32(VMAF__VIF_NSQ);
    const __m512i M1o = _mm512_srli_epi64(M1, 32), M2o = _mm512_srli_epi64(M2, 32);
    const __m512i s1 = _mm512_sub_epi32(XX, vmaf__vif_z_mulhr(M1, M1, M1o, M1o));
    const __m512i s2 = _mm512_max_epi32(_mm512_sub_epi32(YY, vmaf__vif_z_mulhr(M2, M2, M2o, M2o)), zero);
    const __m512i s12 = _mm512_sub_epi32(XY, vmaf__vif_z_mulhr(M1, M2, M1o, M2o));
    const __mmask16 klog = _mm512_mask_cmpge_epi32_mask(valid, s1, nsq);
    const __mmask16 klin = (__mmask16)(valid & ~klog);
    if (klin) {
        const __m512i v = _mm512_maskz_mov_epi32(klin, s2);
        A->lin = _mm512_add_epi64(A->lin, _mm512_add_epi64(_mm512_cvtepu32_epi64(_mm512_castsi512_si256(v)),
                                                           _mm512_cvtepu32_epi64(_mm512_extracti64x4_epi64(v, 1))));
        A->cnt += vmaf__vif_popcnt(klin);
    }
    if (klog) {
        /* den: L32(NSQ + s1); uint32 -> float rounding toward zero keeps the exponent and
           the top 16 bits exact, so bits >> 8 = biased exponent << 15 | 15 mantissa bits */
        const __m512i bd = _mm512_srli_epi32(
            _mm512_castps_si512(_mm512_cvt_roundepu32_ps(_mm512_add_epi32(s1, nsq), _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC)),
            8);
        const __m512i ld = _mm512_add_epi32(vmaf__vif_z_look(bd, t),
                                            _mm512_sub_epi32(_mm512_slli_epi32(_mm512_srli_epi32(bd, 15), 11),
                                                             _mm512_set1_epi32(2048 * (127 + 15 + 17))));
        const __mmask16 knum =
            _mm512_mask_cmpgt_epi32_mask(_mm512_mask_cmpgt_epi32_mask(klog, s12, zero), s2, zero);
        A->den = _mm512_mask_add_epi32(A->den, klog, A->den, ld);
        if (knum) {
            const __m512d eps = _mm512_set1_pd(65536 * 1.0e-10), zd = _mm512_setzero_pd();
            const __m512d nd = _mm512_set1_pd((double)VMAF__VIF_NSQ);
            __m256i b1[2], b2[2];
            __m512i c1, c2, ln;
            int h;
            for (h = 0; h < 2; h++) {
                const __m256i s1h = h ? _mm512_extracti64x4_epi64(s1, 1) : _mm512_castsi512_si256(s1);
                const __m256i s2h = h ? _mm512_extracti64x4_epi64(s2, 1) : _mm512_castsi512_si256(s2);
                const __m256i s12h = h ? _mm512_extracti64x4_epi64(s12, 1) : _mm512_castsi512_si256(s12);
                const __m512d d1 = _mm512_cvtepi32_pd(s1h), d2 = _mm512_cvtepi32_pd(s2h), d12 = _mm512_cvtepi32_pd(s12h);
                __m512d g = _mm512_div_pd(d12, _mm512_add_pd(d1, eps));
                const __m512d dd = _mm512_sub_pd(d2, _mm512_mul_pd(g, d12));
                const __m512d n1 = _mm512_add_pd(_mm512_roundscale_pd(_mm512_max_pd(dd, zd), 0x0B), nd);
                __m512d n2;
                g = _mm512_min_pd(g, egl);
                n2 = _mm512_add_pd(_mm512_roundscale_pd(_mm512_mul_pd(_mm512_mul_pd(g, g), d1), 0x0B), n1);
                b1[h] = vmaf__vif_z_lbits(n1);
                b2[h] = vmaf__vif_z_lbits(n2);
            }
            c1 = _mm512_inserti64x4(_mm512_castsi256_si512(b1[0]), b1[1], 1);
            c2 = _mm512_inserti64x4(_mm512_castsi256_si512(b2[0]), b2[1], 1);
            ln = _mm512_sub_epi32(vmaf__vif_z_look(c2, t), vmaf__vif_z_look(c1, t));
            ln = _mm512_add_epi32(ln, _mm512_slli_epi32(_mm512_sub_epi32(_mm512_srli_epi32(c2, 15), _mm512_srli_epi32(c1, 15)), 11));
            A->num = _mm512_mask_add_epi32(A->num, knum, A->num, ln);
        }
    }
}

/* Sum of 16 int32 lanes as int64. */
VMAF__T_AVX512 static inline int64_t vmaf__vif_z_sum32(__m512i v)
{
    return (int64_t)_mm512_reduce_add_epi64(_mm512_add_epi64(_mm512_cvtepi32_epi64(_mm512_castsi512_si256(v)),
                                                             _mm512_cvtepi32_epi64(_mm512_extracti64x4_epi64(v, 1))));
}

/* Statistic horizontal pass + per-pixel statistic over one row (v: the 8 offset rows). */
VMAF__T_AVX512 VMAF__FORCEINLINE void vmaf__vif_ihb_z(uint16_t *const *v, const vmaf__VifIPairs *P, unsigned r,
                                                      unsigned w, const uint16_t *t, double egl, const int vnni,
                                                      int64_t *acc)
{
    const __m512i r31 = _mm512_set1_epi32(INT32_MIN), h16 = _mm512_set1_epi32(32768);
    const __m512d eglv = _mm512_set1_pd(egl);
    vmaf__VifZAcc A;
    unsigned j0, q, p;
    A.num = A.den = A.lin = _mm512_setzero_si512();
    A.cnt = 0;
    if (P->dual) {
        /* Even and odd output columns from the same loads (pairs at even offsets from j0 - r):
           the odd ones use the coefficients shifted by one tap, P->cs (as the dual vertical
           pass does for rows). Same sums, half the loads of the loop below. */
        for (j0 = 0; j0 < w; j0 += 32) {
            const ptrdiff_t b = (ptrdiff_t)j0 - (ptrdiff_t)r;
            __m512i a0 = r31, a1 = r31, a2 = r31, a3 = r31, a4 = r31, a5 = r31, a6 = r31, a7 = r31;
            __m512i b0 = r31, b1 = r31, b2 = r31, b3 = r31, b4 = r31, b5 = r31, b6 = r31, b7 = r31;
            for (p = 0; p < P->n; p++) {
                const __m512i FA = _mm512_set1_epi32((int)P->cf[p]), FB = _mm512_set1_epi32((int)P->cs[p]);
                const ptrdiff_t o = b + P->o[p];
                __m512i x;
                x = _mm512_loadu_si512((const void *)(v[0] + o));
                a0 = VMAF__VIF_ZMADDR(vnni, a0, x, FA);
                b0 = VMAF__VIF_ZMADDR(vnni, b0, x, FB);
                x = _mm512_loadu_si512((const void *)(v[1] + o));
                a1 = VMAF__VIF_ZMADDR(vnni, a1, x, FA);
                b1 = VMAF__VIF_ZMADDR(vnni, b1, x, FB);
                x = _mm512_loadu_si512((const void *)(v[2] + o));
                a2 = VMAF__VIF_ZMADDR(vnni, a2, x, FA);
                b2 = VMAF__VIF_ZMADDR(vnni, b2, x, FB);
                x = _mm512_loadu_si512((const void *)(v[3] + o));
                a3 = VMAF__VIF_ZMADDR(vnni, a3, x, FA);
                b3 = VMAF__VIF_ZMADDR(vnni, b3, x, FB);
                x = _mm512_loadu_si512((const void *)(v[4] + o));
                a4 = VMAF__VIF_ZMADDR(vnni, a4, x, FA);
                b4 = VMAF__VIF_ZMADDR(vnni, b4, x, FB);
                x = _mm512_loadu_si512((const void *)(v[5] + o));
                a5 = VMAF__VIF_ZMADDR(vnni, a5, x, FA);
                b5 = VMAF__VIF_ZMADDR(vnni, b5, x, FB);
                x = _mm512_loadu_si512((const void *)(v[6] + o));
                a6 = VMAF__VIF_ZMADDR(vnni, a6, x, FA);
                b6 = VMAF__VIF_ZMADDR(vnni, b6, x, FB);
                x = _mm512_loadu_si512((const void *)(v[7] + o));
                a7 = VMAF__VIF_ZMADDR(vnni, a7, x, FA);
                b7 = VMAF__VIF_ZMADDR(vnni, b7, x, FB);
            }
            vmaf__vif_istat16_z(a0, a1, _mm512_add_epi32(a3, _mm512_srli_epi32(_mm512_add_epi32(a2, h16), 16)),
                                _mm512_add_epi32(a5, _mm512_srli_epi32(_mm512_add_epi32(a4, h16), 16)),
                                _mm512_add_epi32(a7, _mm512_srli_epi32(_mm512_add_epi32(a6, h16), 16)),
                                vmaf__vif_z_mask((w - j0 + 1) / 2), t, eglv, &A);
            if (j0 + 1 < w)
                vmaf__vif_istat16_z(b0, b1, _mm512_add_epi32(b3, _mm512_srli_epi32(_mm512_add_epi32(b2, h16), 16)),
                                    _mm512_add_epi32(b5, _mm512_srli_epi32(_mm512_add_epi32(b4, h16), 16)),
                                    _mm512_add_epi32(b7, _mm512_srli_epi32(_mm512_add_epi32(b6, h16), 16)),
                                    vmaf__vif_z_mask((w - j0) / 2), t, eglv, &A);
        }
    } else
    for (j0 = 0; j0 < w; j0 += 32)
        for (q = 0; q < 2 && j0 + q < w; q++) {
            const ptrdiff_t b = (ptrdiff_t)(j0 + q) - (ptrdiff_t)r;
            __m512i a0 = r31, a1 = r31, a2 = r31, a3 = r31, a4 = r31, a5 = r31, a6 = r31, a7 = r31;
            for (p = 0; p < P->n; p++) {
                const __m512i F = _mm512_set1_epi32((int)P->cf[p]);
                const ptrdiff_t o = b + P->o[p];
                a0 = VMAF__VIF_ZMADD(vnni, a0, _mm512_loadu_si512((const void *)(v[0] + o)), F);
                a1 = VMAF__VIF_ZMADD(vnni, a1, _mm512_loadu_si512((const void *)(v[1] + o)), F);
                a2 = VMAF__VIF_ZMADD(vnni, a2, _mm512_loadu_si512((const void *)(v[2] + o)), F);
                a3 = VMAF__VIF_ZMADD(vnni, a3, _mm512_loadu_si512((const void *)(v[3] + o)), F);
                a4 = VMAF__VIF_ZMADD(vnni, a4, _mm512_loadu_si512((const void *)(v[4] + o)), F);
                a5 = VMAF__VIF_ZMADD(vnni, a5, _mm512_loadu_si512((const void *)(v[5] + o)), F);
                a6 = VMAF__VIF_ZMADD(vnni, a6, _mm512_loadu_si512((const void *)(v[6] + o)), F);
                a7 = VMAF__VIF_ZMADD(vnni, a7, _mm512_loadu_si512((const void *)(v[7] + o)), F);
            }
            vmaf__vif_istat16_z(a0, a1, _mm512_add_epi32(a3, _mm512_srli_epi32(_mm512_add_epi32(a2, h16), 16)),
                                _mm512_add_epi32(a5, _mm512_srli_epi32(_mm512_add_epi32(a4, h16), 16)),
                                _mm512_add_epi32(a7, _mm512_srli_epi32(_mm512_add_epi32(a6, h16), 16)),
                                vmaf__vif_z_mask((w - j0 - q + 1) / 2), t, eglv, &A);
        }
    acc[0] += vmaf__vif_z_sum32(A.num);
    acc[1] += vmaf__vif_z_sum32(A.den);
    acc[2] += (int64_t)_mm512_reduce_add_epi64(A.lin);
    acc[3] += (int64_t)A.cnt;
}

VMAF__T_AVX512 static void vmaf__vif_ih_z(uint16_t *const *v, const vmaf__VifIPairs *P, unsigned r, unsigned w,
                                          const uint16_t *t, double egl, int64_t *acc)
{
    vmaf__vif_ihb_z(v, P, r, w, t, egl, 0, acc);
}
VMAF__T_AVX512 static void vmaf__vif_ih_zv(uint16_t *const *v, const vmaf__VifIPairs *P, unsigned r, unsigned w,
                                           const uint16_t *t, double egl, int64_t *acc)
{
    vmaf__vif_ihb_z(v, P, r, w, t, egl, 1, acc);
}

VMAF__T_AVX512 VMAF__FORCEINLINE void vmaf__vif_istatb_z(const vmaf__VifIJob *J, int64_t *acc, const int vnni)
{
    const vmaf__VifILevel *L = &J->L;
    const vmaf__VifIPairs *P = &vmaf__vif_ipairs[J->sc];
    const unsigned fw = vmaf__vif_iwidth[J->sc], r = fw / 2;
    const void *rr[18], *dr[18];
    uint16_t *v[16];
    unsigned i, q;
    for (q = 0; q < 16; q++) v[q] = vmaf__vif_srow(J, q);
    for (i = 0; i < L->h;) {
        const int dual = P->dual && i >= r && i + 1 + r < L->h;
        if (dual) {
            vmaf__vif_irows2(L, i, fw, rr, dr);
            if (L->u8) (vnni ? vmaf__vif_iv8x2_zv : vmaf__vif_iv8x2_z)(rr, dr, P, L->w, v);
            else (vnni ? vmaf__vif_iv16x2_zv : vmaf__vif_iv16x2_z)(rr, dr, P, L->w, J->mshift, J->sqshift, v);
        } else {
            vmaf__vif_irows(L, i, fw, rr, dr);
            if (L->u8) (vnni ? vmaf__vif_iv8_zv : vmaf__vif_iv8_z)(rr, dr, P, L->w, v);
            else (vnni ? vmaf__vif_iv16_zv : vmaf__vif_iv16_z)(rr, dr, P, L->w, J->mshift, J->sqshift, v);
        }
        for (q = 0; q < (dual ? 16u : 8u); q++) vmaf__vif_pad_u16(v[q], L->w, r);
        (vnni ? vmaf__vif_ih_zv : vmaf__vif_ih_z)(v, P, r, L->w, J->log2t, J->egl, acc);
        if (dual) (vnni ? vmaf__vif_ih_zv : vmaf__vif_ih_z)(v + 8, P, r, L->w, J->log2t, J->egl, acc);
        i += dual ? 2 : 1;
    }
}

VMAF__T_AVX512 static void vmaf__vif_istat_z(const vmaf__VifIJob *J, int64_t *acc) { vmaf__vif_istatb_z(J, acc, 0); }
VMAF__T_AVX512 static void vmaf__vif_istat_zv(const vmaf__VifIJob *J, int64_t *acc) { vmaf__vif_istatb_z(J, acc, 1); }

/* Blur vertical pass of 16 columns from c (m: valid; u8, vnni, and m for full blocks are
   constants after inlining, so the inner loop has no branches). */
VMAF__T_AVX512 VMAF__FORCEINLINE void vmaf__vif_idv_z(const void *const *rr, const void *const *dr,
                                                      const vmaf__VifIPairs *P, unsigned n, unsigned c, __mmask16 m,
                                                      const int u8, const int vnni, __m512i rnd, __m128i sh,
                                                      uint16_t *tr, uint16_t *td)
{
    const __m512i offx = _mm512_set1_epi32(u8 ? 0 : (int)0x80008000u), lo16 = _mm512_set1_epi32(0xFFFF);
    __m512i ar = _mm512_set1_epi32(u8 ? 0 : INT32_MIN), ad = ar;
    unsigned p;
    for (p = 0; p < n; p++) {
        const __m512i F = _mm512_set1_epi32((int)P->cf[p]);
        const unsigned k = P->o[p];
        const __m512i x = u8 ? vmaf__vif_z_pair8(rr[k], rr[k + 1], c, m) : vmaf__vif_z_pair16(rr[k], rr[k + 1], c, m);
        const __m512i y = u8 ? vmaf__vif_z_pair8(dr[k], dr[k + 1], c, m) : vmaf__vif_z_pair16(dr[k], dr[k + 1], c, m);
        ar = VMAF__VIF_ZMADD(vnni, ar, u8 ? x : _mm512_xor_si512(x, offx), F);
        ad = VMAF__VIF_ZMADD(vnni, ad, u8 ? y : _mm512_xor_si512(y, offx), F);
    }
    vmaf__vif_z_st16(tr + c, _mm512_and_si512(_mm512_srl_epi32(_mm512_add_epi32(ar, rnd), sh), lo16));
    vmaf__vif_z_st16(td + c, _mm512_and_si512(_mm512_srl_epi32(_mm512_add_epi32(ad, rnd), sh), lo16));
}

VMAF__T_AVX512 VMAF__FORCEINLINE void vmaf__vif_idecb_z(const vmaf__VifIJob *J, uint16_t *out_r, uint16_t *out_d,
                                                        const int vnni)
{
    const vmaf__VifILevel *L = &J->L;
    const vmaf__VifIPairs *P = &vmaf__vif_ipairs[J->sc];
    const unsigned fw = vmaf__vif_iwidth[J->sc], r = fw / 2, nw = L->w / 2, nh = L->h / 2, w = L->w;
    const unsigned n = P->n, wf = w & ~15u;
    const __m512i rnd = _mm512_set1_epi32((int)(1u << (J->dshift - 1)));
    const __m512i r31 = _mm512_set1_epi32(INT32_MIN), h16 = _mm512_set1_epi32(32768);
    const __m128i sh = _mm_cvtsi32_si128((int)J->dshift);
    uint16_t *tr = vmaf__vif_srow(J, 16), *td = vmaf__vif_srow(J, 17);
    const void *rr[18], *dr[18];
    unsigned i, c, p, j;
    for (i = 0; i < nh; i++) {
        vmaf__vif_irows(L, 2 * i, fw, rr, dr);
        if (L->u8) {
            for (c = 0; c < wf; c += 16) vmaf__vif_idv_z(rr, dr, P, n, c, (__mmask16)0xFFFF, 1, vnni, rnd, sh, tr, td);
            if (c < w) vmaf__vif_idv_z(rr, dr, P, n, c, vmaf__vif_z_mask(w - c), 1, vnni, rnd, sh, tr, td);
        } else {
            for (c = 0; c < wf; c += 16) vmaf__vif_idv_z(rr, dr, P, n, c, (__mmask16)0xFFFF, 0, vnni, rnd, sh, tr, td);
            if (c < w) vmaf__vif_idv_z(rr, dr, P, n, c, vmaf__vif_z_mask(w - c), 0, vnni, rnd, sh, tr, td);
        }
        vmaf__vif_pad_u16(tr, w, r);
        vmaf__vif_pad_u16(td, w, r);
        for (j = 0; j < nw; j += 16) {
            const ptrdiff_t b = (ptrdiff_t)(2 * j) - (ptrdiff_t)r;
            const __mmask16 m = vmaf__vif_z_mask(nw - j);
            __m512i ar = r31, ad = r31;
            for (p = 0; p < P->n; p++) {
                const __m512i F = _mm512_set1_epi32((int)P->cf[p]);
                ar = VMAF__VIF_ZMADD(vnni, ar, _mm512_loadu_si512((const void *)(tr + b + P->o[p])), F);
                ad = VMAF__VIF_ZMADD(vnni, ad, _mm512_loadu_si512((const void *)(td + b + P->o[p])), F);
            }
            _mm256_mask_storeu_epi16(out_r + (size_t)i * nw + j, m,
                                     _mm512_cvtepi32_epi16(_mm512_srli_epi32(_mm512_add_epi32(ar, h16), 16)));
            _mm256_mask_storeu_epi16(out_d + (size_t)i * nw + j, m,
                                     _mm512_cvtepi32_epi16(_mm512_srli_epi32(_mm512_add_epi32(ad, h16), 16)));
        }
    }
}

VMAF__T_AVX512 static void vmaf__vif_idec_z(const vmaf__VifIJob *J, uint16_t *out_r, uint16_t *out_d)
{
    vmaf__vif_idecb_z(J, out_r, out_d, 0);
}
VMAF__T_AVX512 static void vmaf__vif_idec_zv(const vmaf__VifIJob *J, uint16_t *out_r, uint16_t *out_d)
{
    vmaf__vif_idecb_z(J, out_r, out_d, 1);
}

/* libvmaf's fast log2 (vmaf__vif_log2f) of two vectors at once (two independent Horner
   chains). The first step 0 * rem + c0 is c0 exactly (rem is in [0, 1)), so p starts at c0. */
VMAF__T_AVX512 static inline __m512 vmaf__vif_z_log2f_fix(__m512 x, __m512 r)
{
    r = _mm512_mask_mov_ps(r, _mm512_cmp_ps_mask(x, _mm512_setzero_ps(), _CMP_EQ_OQ), _mm512_set1_ps(-INFINITY));
    return _mm512_mask_mov_ps(r, _mm512_cmp_ps_mask(x, _mm512_setzero_ps(), _CMP_LT_OQ), _mm512_set1_ps(NAN));
}
VMAF__T_AVX512 static inline __m512 vmaf__vif_z_log2e(__m512 x, __m512 *rem)
{
    const __m512i u = _mm512_castps_si512(x);
    *rem = _mm512_sub_ps(
        _mm512_castsi512_ps(_mm512_or_si512(_mm512_and_si512(u, _mm512_set1_epi32(0x007FFFFF)), _mm512_set1_epi32(0x3F800000))),
        _mm512_set1_ps(1.0f));
    return _mm512_cvtepi32_ps(
        _mm512_sub_epi32(_mm512_srli_epi32(_mm512_and_si512(u, _mm512_set1_epi32(0x7F800000)), 23), _mm512_set1_epi32(127)));
}
VMAF__T_AVX512 static inline void vmaf__vif_z_log2f2(__m512 x1, __m512 x2, __m512 *y1, __m512 *y2)
{
    __m512 r1, r2;
    const __m512 e1 = vmaf__vif_z_log2e(x1, &r1), e2 = vmaf__vif_z_log2e(x2, &r2);
    __m512 p1 = _mm512_set1_ps(vmaf__vif_log2_poly[0]), p2 = p1;
    int i;
    for (i = 1; i < 9; i++) {
        const __m512 c = _mm512_set1_ps(vmaf__vif_log2_poly[i]);
        p1 = _mm512_add_ps(_mm512_mul_ps(p1, r1), c);
        p2 = _mm512_add_ps(_mm512_mul_ps(p2, r2), c);
    }
    *y1 = vmaf__vif_z_log2f_fix(x1, _mm512_add_ps(e1, p1));
    *y2 = vmaf__vif_z_log2f_fix(x2, _mm512_add_ps(e2, p2));
}

/* The float per-pixel statistic (vmaf__vif_fstat) of 16 pixels: same float and double
   operations in the same order, branches as masks. */
VMAF__T_AVX512 static inline void vmaf__vif_fstat16_z(__m512 mu1, __m512 mu2, __m512 xx, __m512 yy, __m512 xy,
                                                      __m512d nsq, __m512d rcp, int use_rcp, __m512 egl, __m512 smi,
                                                      __m512 *nvo, __m512 *dvo)
{
    const __m512 zero = _mm512_setzero_ps(), eps = _mm512_set1_ps(1.0e-10f), one = _mm512_set1_ps(1.0f);
    const __m512d oned = _mm512_set1_pd(1.0);
    const __m512 s12 = _mm512_sub_ps(xy, _mm512_mul_ps(mu1, mu2));
    __m512 s1 = _mm512_max_ps(_mm512_sub_ps(xx, _mm512_mul_ps(mu1, mu1)), zero);
    const __m512 s2 = _mm512_max_ps(_mm512_sub_ps(yy, _mm512_mul_ps(mu2, mu2)), zero);
    __m512 g = _mm512_div_ps(s12, _mm512_add_ps(s1, eps)), sv = _mm512_sub_ps(s2, _mm512_mul_ps(g, s12)), t, nv, dv;
    __m256 na[2], da[2];
    __mmask16 k;
    __mmask8 kl[2];
    int h;
    k = _mm512_cmp_ps_mask(s1, eps, _CMP_LT_OQ);
    g = _mm512_mask_mov_ps(g, k, zero);
    sv = _mm512_mask_mov_ps(sv, k, s2);
    s1 = _mm512_mask_mov_ps(s1, k, zero);
    k = _mm512_cmp_ps_mask(s2, eps, _CMP_LT_OQ);
    g = _mm512_mask_mov_ps(g, k, zero);
    sv = _mm512_mask_mov_ps(sv, k, zero);
    k = _mm512_cmp_ps_mask(g, zero, _CMP_LT_OQ);
    sv = _mm512_mask_mov_ps(sv, k, s2);
    g = _mm512_mask_mov_ps(g, k, zero);
    sv = _mm512_max_ps(sv, eps);
    g = _mm512_min_ps(g, egl);
    t = _mm512_mul_ps(_mm512_mul_ps(g, g), s1);
    for (h = 0; h < 2; h++) {
        const __m512d td = _mm512_cvtps_pd(h ? _mm512_extractf32x8_ps(t, 1) : _mm512_castps512_ps256(t));
        const __m512d svd = _mm512_cvtps_pd(h ? _mm512_extractf32x8_ps(sv, 1) : _mm512_castps512_ps256(sv));
        const __m512d s1d = _mm512_cvtps_pd(h ? _mm512_extractf32x8_ps(s1, 1) : _mm512_castps512_ps256(s1));
        na[h] = _mm512_cvtpd_ps(_mm512_add_pd(oned, _mm512_div_pd(td, _mm512_add_pd(svd, nsq))));
        da[h] = _mm512_cvtpd_ps(_mm512_add_pd(oned, use_rcp ? _mm512_mul_pd(s1d, rcp) : _mm512_div_pd(s1d, nsq)));
        kl[h] = _mm512_cmp_pd_mask(s1d, nsq, _CMP_LT_OQ);
    }
    vmaf__vif_z_log2f2(_mm512_insertf32x8(_mm512_castps256_ps512(na[0]), na[1], 1),
                       _mm512_insertf32x8(_mm512_castps256_ps512(da[0]), da[1], 1), &nv, &dv);
    nv = _mm512_mask_mov_ps(nv, _mm512_cmp_ps_mask(s12, zero, _CMP_LT_OQ), zero);
    k = (__mmask16)(kl[0] | ((unsigned)kl[1] << 8));
    *nvo = _mm512_mask_mov_ps(nv, k, _mm512_sub_ps(one, _mm512_mul_ps(s2, smi)));
    *dvo = _mm512_mask_mov_ps(dv, k, one);
}

/* Float vertical pass over a row: 5 quantities (o[2] != NULL) or the 2 means. */
VMAF__T_AVX512 static void vmaf__vif_fv_z(const float *const *rr, const float *const *dr, const float *f, unsigned fw,
                                          unsigned w, float *const *o)
{
    unsigned c, k;
    for (c = 0; c < w; c += 16) {
        const __mmask16 m = vmaf__vif_z_mask(w - c);
        __m512 a1 = _mm512_setzero_ps(), a2 = a1, a3 = a1, a4 = a1, a5 = a1;
        if (o[2]) {
            for (k = 0; k < fw; k++) {
                const __m512 F = _mm512_set1_ps(f[k]);
                const __m512 x = _mm512_maskz_loadu_ps(m, rr[k] + c), y = _mm512_maskz_loadu_ps(m, dr[k] + c);
                a1 = _mm512_add_ps(a1, _mm512_mul_ps(F, x));
                a2 = _mm512_add_ps(a2, _mm512_mul_ps(F, y));
                a3 = _mm512_add_ps(a3, _mm512_mul_ps(F, _mm512_mul_ps(x, x)));
                a4 = _mm512_add_ps(a4, _mm512_mul_ps(F, _mm512_mul_ps(y, y)));
                a5 = _mm512_add_ps(a5, _mm512_mul_ps(F, _mm512_mul_ps(x, y)));
            }
            _mm512_storeu_ps(o[2] + c, a3);
            _mm512_storeu_ps(o[3] + c, a4);
            _mm512_storeu_ps(o[4] + c, a5);
        } else {
            for (k = 0; k < fw; k++) {
                const __m512 F = _mm512_set1_ps(f[k]);
                a1 = _mm512_add_ps(a1, _mm512_mul_ps(F, _mm512_maskz_loadu_ps(m, rr[k] + c)));
                a2 = _mm512_add_ps(a2, _mm512_mul_ps(F, _mm512_maskz_loadu_ps(m, dr[k] + c)));
            }
        }
        _mm512_storeu_ps(o[0] + c, a1);
        _mm512_storeu_ps(o[1] + c, a2);
    }
}

/* Float horizontal pass at 16 columns from j of a padded row (k increasing, as scalar). */
VMAF__T_AVX512 static inline __m512 vmaf__vif_fh16_z(const float *in, const float *f, unsigned fw, ptrdiff_t j)
{
    __m512 a = _mm512_setzero_ps();
    unsigned k;
    for (k = 0; k < fw; k++) a = _mm512_add_ps(a, _mm512_mul_ps(_mm512_set1_ps(f[k]), _mm512_loadu_ps(in + j + k)));
    return a;
}
/* The same for the 5 statistic rows at once (5 independent chains per tap). */
VMAF__T_AVX512 static inline void vmaf__vif_fh16x5_z(float *const *v, const float *f, unsigned fw, ptrdiff_t j, __m512 *o)
{
    __m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, a4 = a0;
    unsigned k;
    for (k = 0; k < fw; k++) {
        const __m512 F = _mm512_set1_ps(f[k]);
        a0 = _mm512_add_ps(a0, _mm512_mul_ps(F, _mm512_loadu_ps(v[0] + j + k)));
        a1 = _mm512_add_ps(a1, _mm512_mul_ps(F, _mm512_loadu_ps(v[1] + j + k)));
        a2 = _mm512_add_ps(a2, _mm512_mul_ps(F, _mm512_loadu_ps(v[2] + j + k)));
        a3 = _mm512_add_ps(a3, _mm512_mul_ps(F, _mm512_loadu_ps(v[3] + j + k)));
        a4 = _mm512_add_ps(a4, _mm512_mul_ps(F, _mm512_loadu_ps(v[4] + j + k)));
    }
    o[0] = a0;
    o[1] = a1;
    o[2] = a2;
    o[3] = a3;
    o[4] = a4;
}

VMAF__T_AVX512 static void vmaf__vif_fstat_row_z(const float *const *rr, const float *const *dr, const vmaf__VifFJob *J,
                                                 float *num, float *den)
{
    const unsigned w = J->w, fw = J->fw, r = fw / 2;
    const __m512d nsq = _mm512_set1_pd(J->nsq), rcp = _mm512_set1_pd(J->nsq_rcp);
    const __m512 egl = _mm512_set1_ps(J->egl), smi = _mm512_set1_ps(J->smi);
    const int use_rcp = J->nsq_rcp != 0.0;
    float *v[5], tn[16], td[16], an = 0.0f, ad = 0.0f;
    unsigned q, j, i;
    for (q = 0; q < 5; q++) v[q] = vmaf__vif_frow(J, q);
    vmaf__vif_fv_z(rr, dr, J->f, fw, w, v);
    for (q = 0; q < 5; q++) vmaf__vif_pad_f(v[q], w, r);
    for (j = 0; j < w; j += 16) {
        const ptrdiff_t b = (ptrdiff_t)j - (ptrdiff_t)r;
        const unsigned lim = w - j < 16 ? w - j : 16;
        __m512 n, d, h[5];
        vmaf__vif_fh16x5_z(v, J->f, fw, b, h);
        vmaf__vif_fstat16_z(h[0], h[1], h[2], h[3], h[4], nsq, rcp, use_rcp, egl, smi, &n, &d);
        _mm512_storeu_ps(tn, n);
        _mm512_storeu_ps(td, d);
        for (i = 0; i < lim; i++) { /* the row sums, in the scalar order; overlaps the next block */
            an += tn[i];
            ad += td[i];
        }
    }
    *num = an;
    *den = ad;
}

VMAF__T_AVX512 static void vmaf__vif_fdec_row_z(const float *const *rr, const float *const *dr, const vmaf__VifFJob *J,
                                                float *out_r, float *out_d)
{
    const unsigned w = J->w, fw = J->fw, r = fw / 2, nw = w / 2;
    const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
    float *v[5];
    unsigned j, q;
    for (q = 0; q < 5; q++) v[q] = vmaf__vif_frow(J, q);
    v[2] = NULL;
    vmaf__vif_fv_z(rr, dr, J->f, fw, w, v);
    vmaf__vif_pad_f(v[0], w, r);
    vmaf__vif_pad_f(v[1], w, r);
    for (j = 0; j < nw; j += 16) {
        const ptrdiff_t b = (ptrdiff_t)(2 * j) - (ptrdiff_t)r;
        const __mmask16 m = vmaf__vif_z_mask(nw - j);
        for (q = 0; q < 2; q++) {
            const __m512 lo = vmaf__vif_fh16_z(v[q], J->f, fw, b), hi = vmaf__vif_fh16_z(v[q], J->f, fw, b + 16);
            _mm512_mask_storeu_ps((q ? out_d : out_r) + j, m, _mm512_permutex2var_ps(lo, even, hi));
        }
    }
}

VMAF__T_AVX512 static void vmaf__vif_to_float_z(const void *row, unsigned bpc, unsigned w, float *dst)
{
    const __m512 m128 = _mm512_set1_ps(-128.0f), sc = _mm512_set1_ps((float)(1u << (bpc - 8)));
    unsigned j;
    for (j = 0; j < w; j += 16) {
        const __mmask16 m = vmaf__vif_z_mask(w - j);
        __m512 v;
        if (bpc == 8) v = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(m, (const uint8_t *)row + j)));
        else
            v = _mm512_div_ps(_mm512_cvtepi32_ps(_mm512_cvtepu16_epi32(_mm256_maskz_loadu_epi16(m, (const uint16_t *)row + j))),
                              sc);
        _mm512_mask_storeu_ps(dst + j, m, _mm512_add_ps(v, m128));
    }
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#undef VMAF__VIF_ZMADD
#endif /* VMAF__HAVE_AVX512 */

/* ---- NEON kernel set (AArch64, compile time). Integer rows are plain uint16 (NEON multiplies
   unsigned 16-bit lanes into 32-bit accumulators, so no offset is needed) with the same
   low/high split of the 32-bit second moments; the statistic's arithmetic runs on 2 double
   lanes and the log2 table is read per lane (NEON has no gather). Float: 4 lanes, separate
   multiply and add (never vfma / vmla), ordered row sums. ---- */
#if defined(VMAF__HAVE_NEON)

/* Statistic vertical pass over one row (8-bit or 16-bit samples). */
static void vmaf__vif_iv_n(const void *const *rr, const void *const *dr, const uint16_t *f, unsigned fw, unsigned w,
                           int u8, unsigned mshift, unsigned sqshift, uint16_t *const *o)
{
    const int32x4_t ms = vdupq_n_s32(-(int)mshift), ss = vdupq_n_s32(-(int)sqshift);
    const int32x4_t hs = vdupq_n_s32(16 - (int)sqshift);
    const uint32x4_t mr = vdupq_n_u32(1u << (mshift - 1)), sr = vdupq_n_u32(u8 ? 0u : 1u << (sqshift - 1));
    unsigned c, k, q;
    for (c = 0; c + 8 <= w; c += 8) {
        uint32x4_t a[16];
        for (q = 0; q < 16; q++) a[q] = vdupq_n_u32(0);
        for (k = 0; k < fw; k++) {
            const uint16_t fk = f[k];
            uint16x8_t x, y, p[6];
            if (u8) {
                x = vmovl_u8(vld1_u8((const uint8_t *)rr[k] + c));
                y = vmovl_u8(vld1_u8((const uint8_t *)dr[k] + c));
            } else {
                x = vld1q_u16((const uint16_t *)rr[k] + c);
                y = vld1q_u16((const uint16_t *)dr[k] + c);
            }
            p[0] = vmulq_u16(x, x);
            p[1] = vmulq_u16(y, y);
            p[2] = vmulq_u16(x, y);
            a[0] = vmlal_n_u16(a[0], vget_low_u16(x), fk);
            a[1] = vmlal_high_n_u16(a[1], x, fk);
            a[2] = vmlal_n_u16(a[2], vget_low_u16(y), fk);
            a[3] = vmlal_high_n_u16(a[3], y, fk);
            for (q = 0; q < 3; q++) {
                a[4 + 4 * q] = vmlal_n_u16(a[4 + 4 * q], vget_low_u16(p[q]), fk);
                a[5 + 4 * q] = vmlal_high_n_u16(a[5 + 4 * q], p[q], fk);
            }
            if (!u8) { /* high halves of the 32-bit products */
                p[3] = vshrn_high_n_u32(vshrn_n_u32(vmull_u16(vget_low_u16(x), vget_low_u16(x)), 16), vmull_high_u16(x, x), 16);
                p[4] = vshrn_high_n_u32(vshrn_n_u32(vmull_u16(vget_low_u16(y), vget_low_u16(y)), 16), vmull_high_u16(y, y), 16);
                p[5] = vshrn_high_n_u32(vshrn_n_u32(vmull_u16(vget_low_u16(x), vget_low_u16(y)), 16), vmull_high_u16(x, y), 16);
                for (q = 0; q < 3; q++) {
                    a[6 + 4 * q] = vmlal_n_u16(a[6 + 4 * q], vget_low_u16(p[3 + q]), fk);
                    a[7 + 4 * q] = vmlal_high_n_u16(a[7 + 4 * q], p[3 + q], fk);
                }
            }
        }
        for (q = 0; q < 2; q++) {
            const uint32x4_t lo = vshlq_u32(vaddq_u32(a[2 * q], mr), ms), hi = vshlq_u32(vaddq_u32(a[2 * q + 1], mr), ms);
            vst1q_u16(o[q] + c, vcombine_u16(vmovn_u32(lo), vmovn_u32(hi)));
        }
        for (q = 0; q < 3; q++) {
            uint32x4_t lo = vshlq_u32(vaddq_u32(a[4 + 4 * q], sr), ss), hi = vshlq_u32(vaddq_u32(a[5 + 4 * q], sr), ss);
            lo = vaddq_u32(lo, vshlq_u32(a[6 + 4 * q], hs)); /* u8: a[6..] are 0 */
            hi = vaddq_u32(hi, vshlq_u32(a[7 + 4 * q], hs));
            vst1q_u16(o[2 + 2 * q] + c, vcombine_u16(vmovn_u32(lo), vmovn_u32(hi)));
            vst1q_u16(o[3 + 2 * q] + c, vcombine_u16(vshrn_n_u32(lo, 16), vshrn_n_u32(hi, 16)));
        }
    }
    for (; c < w; c++) vmaf__vif_ivcol(rr, dr, f, fw, c, u8, mshift, sqshift, o, 0);
}

static inline uint32x4_t vmaf__vif_n_mulhr(uint32x4_t a, uint32x4_t b)
{
    const uint64x2_t r = vdupq_n_u64(0x80000000u);
    return vshrn_high_n_u64(vshrn_n_u64(vaddq_u64(vmull_u32(vget_low_u32(a), vget_low_u32(b)), r), 32),
                            vaddq_u64(vmull_high_u32(a, b), r), 32);
}

/* The per-pixel statistic of 4 pixels (n valid): the arithmetic in vectors, the table look-ups
   and the accumulation per lane. */
static inline void vmaf__vif_istat4_n(uint32x4_t M1, uint32x4_t M2, uint32x4_t XX, uint32x4_t YY, uint32x4_t XY,
                                      unsigned n, const uint16_t *t, double egl, int64_t *acc)
{
    const int32x4_t s1 = vreinterpretq_s32_u32(vsubq_u32(XX, vmaf__vif_n_mulhr(M1, M1)));
    const int32x4_t s2 = vmaxq_s32(vreinterpretq_s32_u32(vsubq_u32(YY, vmaf__vif_n_mulhr(M2, M2))), vdupq_n_s32(0));
    const int32x4_t s12 = vreinterpretq_s32_u32(vsubq_u32(XY, vmaf__vif_n_mulhr(M1, M2)));
    const float64x2_t eps = vdupq_n_f64(65536 * 1.0e-10), zero = vdupq_n_f64(0.0), nd = vdupq_n_f64((double)VMAF__VIF_NSQ);
    const float64x2_t eg = vdupq_n_f64(egl);
    int32_t a1[4], a2[4], a12[4];
    uint64_t bd[4], b1[4], b2[4];
    unsigned i, h;
    vst1q_s32(a1, s1);
    vst1q_s32(a2, s2);
    vst1q_s32(a12, s12);
    for (h = 0; h < 2; h++) {
        const float64x2_t d1 = vcvtq_f64_s64(vmovl_s32(h ? vget_high_s32(s1) : vget_low_s32(s1)));
        const float64x2_t d2 = vcvtq_f64_s64(vmovl_s32(h ? vget_high_s32(s2) : vget_low_s32(s2)));
        const float64x2_t d12 = vcvtq_f64_s64(vmovl_s32(h ? vget_high_s32(s12) : vget_low_s32(s12)));
        float64x2_t g = vdivq_f64(d12, vaddq_f64(d1, eps));
        const float64x2_t dd = vsubq_f64(d2, vmulq_f64(g, d12));
        const float64x2_t n1 = vaddq_f64(vrndq_f64(vbslq_f64(vcgtq_f64(dd, zero), dd, zero)), nd);
        float64x2_t n2;
        g = vbslq_f64(vcltq_f64(g, eg), g, eg);
        n2 = vaddq_f64(vrndq_f64(vmulq_f64(vmulq_f64(g, g), d1)), n1);
        vst1q_u64(bd + 2 * h, vshrq_n_u64(vreinterpretq_u64_f64(vaddq_f64(d1, nd)), 37));
        vst1q_u64(b1 + 2 * h, vshrq_n_u64(vreinterpretq_u64_f64(n1), 37));
        vst1q_u64(b2 + 2 * h, vshrq_n_u64(vreinterpretq_u64_f64(n2), 37));
    }
    for (i = 0; i < n; i++) {
        if (a1[i] >= VMAF__VIF_NSQ) {
            acc[1] += (int64_t)t[(bd[i] & 0x7FFF) + 1] + 2048 * ((int64_t)(bd[i] >> 15) - (1023 + 15 + 17));
            if (a12[i] > 0 && a2[i] > 0)
                acc[0] += (int64_t)t[(b2[i] & 0x7FFF) + 1] - (int64_t)t[(b1[i] & 0x7FFF) + 1] +
                          2048 * ((int64_t)(b2[i] >> 15) - (int64_t)(b1[i] >> 15));
        } else {
            acc[2] += a2[i];
            acc[3] += 1;
        }
    }
}

/* Statistic horizontal pass (8 outputs per step) + statistic over one row. */
static void vmaf__vif_ih_n(uint16_t *const *v, const uint16_t *f, unsigned fw, unsigned w, const uint16_t *t, double egl,
                           int64_t *acc)
{
    const int r = (int)(fw / 2);
    const uint32x4_t h16 = vdupq_n_u32(32768);
    unsigned j, k, q;
    for (j = 0; j < w; j += 8) {
        uint32x4_t a[16], X[10];
        for (q = 0; q < 16; q++) a[q] = vdupq_n_u32(0);
        for (k = 0; k < fw; k++) {
            const uint16_t fk = f[k];
            for (q = 0; q < 8; q++) {
                const uint16x8_t x = vld1q_u16(v[q] + (ptrdiff_t)j - r + (ptrdiff_t)k);
                a[2 * q] = vmlal_n_u16(a[2 * q], vget_low_u16(x), fk);
                a[2 * q + 1] = vmlal_high_n_u16(a[2 * q + 1], x, fk);
            }
        }
        for (q = 0; q < 4; q++) X[q] = a[q]; /* M1, M2 (low, high 4 lanes) */
        for (q = 0; q < 3; q++) {           /* XX, YY, XY = hi + ((lo + 32768) >> 16) */
            X[4 + 2 * q] = vaddq_u32(a[6 + 4 * q], vshrq_n_u32(vaddq_u32(a[4 + 4 * q], h16), 16));
            X[5 + 2 * q] = vaddq_u32(a[7 + 4 * q], vshrq_n_u32(vaddq_u32(a[5 + 4 * q], h16), 16));
        }
        for (q = 0; q < 2; q++) {
            const unsigned left = w - j - 4 * q;
            if (j + 4 * q >= w) break;
            vmaf__vif_istat4_n(X[q], X[2 + q], X[4 + q], X[6 + q], X[8 + q], left > 4 ? 4 : left, t, egl, acc);
        }
    }
}

static void vmaf__vif_istat_n(const vmaf__VifIJob *J, int64_t *acc)
{
    const vmaf__VifILevel *L = &J->L;
    const uint16_t *f = vmaf__vif_ifilt[J->sc];
    const unsigned fw = vmaf__vif_iwidth[J->sc], r = fw / 2;
    const void *rr[18], *dr[18];
    uint16_t *v[8];
    unsigned i, q;
    for (q = 0; q < 8; q++) v[q] = vmaf__vif_srow(J, q);
    for (i = 0; i < L->h; i++) {
        vmaf__vif_irows(L, i, fw, rr, dr);
        vmaf__vif_iv_n(rr, dr, f, fw, L->w, L->u8, L->u8 ? 8 : J->mshift, L->u8 ? 0 : J->sqshift, v);
        for (q = 0; q < 8; q++) vmaf__vif_pad_u16(v[q], L->w, r);
        vmaf__vif_ih_n(v, f, fw, L->w, J->log2t, J->egl, acc);
    }
}

static void vmaf__vif_idec_n(const vmaf__VifIJob *J, uint16_t *out_r, uint16_t *out_d)
{
    const vmaf__VifILevel *L = &J->L;
    const uint16_t *f = vmaf__vif_ifilt[J->sc];
    const unsigned fw = vmaf__vif_iwidth[J->sc], r = fw / 2, nw = L->w / 2, nh = L->h / 2, w = L->w;
    const int32x4_t sh = vdupq_n_s32(-(int)J->dshift);
    const uint32x4_t rnd = vdupq_n_u32(1u << (J->dshift - 1)), h16 = vdupq_n_u32(32768);
    uint16_t *tr = vmaf__vif_srow(J, 16), *td = vmaf__vif_srow(J, 17);
    const void *rr[18], *dr[18];
    unsigned i, c, k, j;
    for (i = 0; i < nh; i++) {
        vmaf__vif_irows(L, 2 * i, fw, rr, dr);
        for (c = 0; c + 8 <= w; c += 8) {
            uint32x4_t a0 = vdupq_n_u32(0), a1 = a0, b0 = a0, b1 = a0;
            for (k = 0; k < fw; k++) {
                uint16x8_t x, y;
                if (L->u8) {
                    x = vmovl_u8(vld1_u8((const uint8_t *)rr[k] + c));
                    y = vmovl_u8(vld1_u8((const uint8_t *)dr[k] + c));
                } else {
                    x = vld1q_u16((const uint16_t *)rr[k] + c);
                    y = vld1q_u16((const uint16_t *)dr[k] + c);
                }
                a0 = vmlal_n_u16(a0, vget_low_u16(x), f[k]);
                a1 = vmlal_high_n_u16(a1, x, f[k]);
                b0 = vmlal_n_u16(b0, vget_low_u16(y), f[k]);
                b1 = vmlal_high_n_u16(b1, y, f[k]);
            }
            vst1q_u16(tr + c, vcombine_u16(vmovn_u32(vshlq_u32(vaddq_u32(a0, rnd), sh)),
                                           vmovn_u32(vshlq_u32(vaddq_u32(a1, rnd), sh))));
            vst1q_u16(td + c, vcombine_u16(vmovn_u32(vshlq_u32(vaddq_u32(b0, rnd), sh)),
                                           vmovn_u32(vshlq_u32(vaddq_u32(b1, rnd), sh))));
        }
        for (; c < w; c++) vmaf__vif_isubcol(rr, dr, f, fw, c, L->u8, J->dshift, tr, td, 0);
        vmaf__vif_pad_u16(tr, w, r);
        vmaf__vif_pad_u16(td, w, r);
        for (j = 0; j < nw; j += 8) {
            uint32x4_t a0 = vdupq_n_u32(0), a1 = a0, b0 = a0, b1 = a0;
            uint16x8_t or_, od;
            for (k = 0; k < fw; k++) { /* vld2 de-interleaves: val[0] = the even-offset samples */
                const uint16x8_t x = vld2q_u16(tr + 2 * (ptrdiff_t)j - (ptrdiff_t)r + (ptrdiff_t)k).val[0];
                const uint16x8_t y = vld2q_u16(td + 2 * (ptrdiff_t)j - (ptrdiff_t)r + (ptrdiff_t)k).val[0];
                a0 = vmlal_n_u16(a0, vget_low_u16(x), f[k]);
                a1 = vmlal_high_n_u16(a1, x, f[k]);
                b0 = vmlal_n_u16(b0, vget_low_u16(y), f[k]);
                b1 = vmlal_high_n_u16(b1, y, f[k]);
            }
            or_ = vcombine_u16(vshrn_n_u32(vaddq_u32(a0, h16), 16), vshrn_n_u32(vaddq_u32(a1, h16), 16));
            od = vcombine_u16(vshrn_n_u32(vaddq_u32(b0, h16), 16), vshrn_n_u32(vaddq_u32(b1, h16), 16));
            if (nw - j >= 8) {
                vst1q_u16(out_r + (size_t)i * nw + j, or_);
                vst1q_u16(out_d + (size_t)i * nw + j, od);
            } else {
                uint16_t tmp[8];
                vst1q_u16(tmp, or_);
                memcpy(out_r + (size_t)i * nw + j, tmp, (nw - j) * sizeof(uint16_t));
                vst1q_u16(tmp, od);
                memcpy(out_d + (size_t)i * nw + j, tmp, (nw - j) * sizeof(uint16_t));
            }
        }
    }
}

static inline float32x4_t vmaf__vif_n_log2e(float32x4_t x, float32x4_t *rem)
{
    const uint32x4_t u = vreinterpretq_u32_f32(x);
    *rem = vsubq_f32(vreinterpretq_f32_u32(vorrq_u32(vandq_u32(u, vdupq_n_u32(0x007FFFFFu)), vdupq_n_u32(0x3F800000u))),
                     vdupq_n_f32(1.0f));
    return vcvtq_f32_s32(vsubq_s32(vreinterpretq_s32_u32(vshrq_n_u32(vandq_u32(u, vdupq_n_u32(0x7F800000u)), 23)),
                                   vdupq_n_s32(127)));
}
static inline float32x4_t vmaf__vif_n_log2f_fix(float32x4_t x, float32x4_t r)
{
    r = vbslq_f32(vceqq_f32(x, vdupq_n_f32(0.0f)), vdupq_n_f32(-INFINITY), r);
    return vbslq_f32(vcltq_f32(x, vdupq_n_f32(0.0f)), vdupq_n_f32(NAN), r);
}
/* two fast log2 at once (see vmaf__vif_log2f; p starts at c0 = 0 * rem + c0) */
static inline void vmaf__vif_n_log2f2(float32x4_t x1, float32x4_t x2, float32x4_t *y1, float32x4_t *y2)
{
    float32x4_t r1, r2;
    const float32x4_t e1 = vmaf__vif_n_log2e(x1, &r1), e2 = vmaf__vif_n_log2e(x2, &r2);
    float32x4_t p1 = vdupq_n_f32(vmaf__vif_log2_poly[0]), p2 = p1;
    int i;
    for (i = 1; i < 9; i++) {
        const float32x4_t c = vdupq_n_f32(vmaf__vif_log2_poly[i]);
        p1 = vaddq_f32(vmulq_f32(p1, r1), c);
        p2 = vaddq_f32(vmulq_f32(p2, r2), c);
    }
    *y1 = vmaf__vif_n_log2f_fix(x1, vaddq_f32(e1, p1));
    *y2 = vmaf__vif_n_log2f_fix(x2, vaddq_f32(e2, p2));
}

/* The float per-pixel statistic of 4 pixels (selects written as the scalar ternaries). */
static inline void vmaf__vif_fstat4_n(float32x4_t mu1, float32x4_t mu2, float32x4_t xx, float32x4_t yy, float32x4_t xy,
                                      double nsq, double rcp, float egl, float smi, float32x4_t *nvo, float32x4_t *dvo)
{
    const float32x4_t zero = vdupq_n_f32(0.0f), eps = vdupq_n_f32(1.0e-10f), one = vdupq_n_f32(1.0f);
    const float32x4_t eg = vdupq_n_f32(egl);
    const float64x2_t ns = vdupq_n_f64(nsq), oned = vdupq_n_f64(1.0), rc = vdupq_n_f64(rcp);
    const float32x4_t s12 = vsubq_f32(xy, vmulq_f32(mu1, mu2));
    float32x4_t s1 = vsubq_f32(xx, vmulq_f32(mu1, mu1)), s2 = vsubq_f32(yy, vmulq_f32(mu2, mu2)), g, sv, t, nv, dv;
    float64x2_t td[2], svd[2], s1d[2];
    uint32x4_t k;
    int h;
    s1 = vbslq_f32(vcgtq_f32(s1, zero), s1, zero);
    s2 = vbslq_f32(vcgtq_f32(s2, zero), s2, zero);
    g = vdivq_f32(s12, vaddq_f32(s1, eps));
    sv = vsubq_f32(s2, vmulq_f32(g, s12));
    k = vcltq_f32(s1, eps);
    g = vbslq_f32(k, zero, g);
    sv = vbslq_f32(k, s2, sv);
    s1 = vbslq_f32(k, zero, s1);
    k = vcltq_f32(s2, eps);
    g = vbslq_f32(k, zero, g);
    sv = vbslq_f32(k, zero, sv);
    k = vcltq_f32(g, zero);
    sv = vbslq_f32(k, s2, sv);
    g = vbslq_f32(k, zero, g);
    sv = vbslq_f32(vcgtq_f32(sv, eps), sv, eps);
    g = vbslq_f32(vcltq_f32(g, eg), g, eg);
    t = vmulq_f32(vmulq_f32(g, g), s1);
    td[0] = vcvt_f64_f32(vget_low_f32(t));
    td[1] = vcvt_high_f64_f32(t);
    svd[0] = vcvt_f64_f32(vget_low_f32(sv));
    svd[1] = vcvt_high_f64_f32(sv);
    s1d[0] = vcvt_f64_f32(vget_low_f32(s1));
    s1d[1] = vcvt_high_f64_f32(s1);
    for (h = 0; h < 2; h++) {
        td[h] = vaddq_f64(oned, vdivq_f64(td[h], vaddq_f64(svd[h], ns)));
        svd[h] = vaddq_f64(oned, rcp != 0.0 ? vmulq_f64(s1d[h], rc) : vdivq_f64(s1d[h], ns));
    }
    vmaf__vif_n_log2f2(vcvt_high_f32_f64(vcvt_f32_f64(td[0]), td[1]), vcvt_high_f32_f64(vcvt_f32_f64(svd[0]), svd[1]),
                       &nv, &dv);
    nv = vbslq_f32(vcltq_f32(s12, zero), zero, nv);
    k = vcombine_u32(vmovn_u64(vcltq_f64(s1d[0], ns)), vmovn_u64(vcltq_f64(s1d[1], ns)));
    *nvo = vbslq_f32(k, vsubq_f32(one, vmulq_f32(s2, vdupq_n_f32(smi))), nv);
    *dvo = vbslq_f32(k, one, dv);
}

static void vmaf__vif_fv_n(const float *const *rr, const float *const *dr, const float *f, unsigned fw, unsigned w,
                           float *const *o)
{
    unsigned c, k;
    for (c = 0; c + 4 <= w; c += 4) {
        float32x4_t a1 = vdupq_n_f32(0.0f), a2 = a1, a3 = a1, a4 = a1, a5 = a1;
        if (o[2]) {
            for (k = 0; k < fw; k++) {
                const float32x4_t F = vdupq_n_f32(f[k]), x = vld1q_f32(rr[k] + c), y = vld1q_f32(dr[k] + c);
                a1 = vaddq_f32(a1, vmulq_f32(F, x));
                a2 = vaddq_f32(a2, vmulq_f32(F, y));
                a3 = vaddq_f32(a3, vmulq_f32(F, vmulq_f32(x, x)));
                a4 = vaddq_f32(a4, vmulq_f32(F, vmulq_f32(y, y)));
                a5 = vaddq_f32(a5, vmulq_f32(F, vmulq_f32(x, y)));
            }
            vst1q_f32(o[2] + c, a3);
            vst1q_f32(o[3] + c, a4);
            vst1q_f32(o[4] + c, a5);
        } else {
            for (k = 0; k < fw; k++) {
                const float32x4_t F = vdupq_n_f32(f[k]);
                a1 = vaddq_f32(a1, vmulq_f32(F, vld1q_f32(rr[k] + c)));
                a2 = vaddq_f32(a2, vmulq_f32(F, vld1q_f32(dr[k] + c)));
            }
        }
        vst1q_f32(o[0] + c, a1);
        vst1q_f32(o[1] + c, a2);
    }
    for (; c < w; c++) vmaf__vif_fvcol(rr, dr, f, fw, c, o);
}

/* The float horizontal pass of the 5 statistic rows at 4 columns from j (5 chains per tap). */
static inline void vmaf__vif_fh4x5_n(float *const *v, const float *f, unsigned fw, ptrdiff_t j, float32x4_t *o)
{
    float32x4_t a0 = vdupq_n_f32(0.0f), a1 = a0, a2 = a0, a3 = a0, a4 = a0;
    unsigned k;
    for (k = 0; k < fw; k++) {
        const float32x4_t F = vdupq_n_f32(f[k]);
        a0 = vaddq_f32(a0, vmulq_f32(F, vld1q_f32(v[0] + j + k)));
        a1 = vaddq_f32(a1, vmulq_f32(F, vld1q_f32(v[1] + j + k)));
        a2 = vaddq_f32(a2, vmulq_f32(F, vld1q_f32(v[2] + j + k)));
        a3 = vaddq_f32(a3, vmulq_f32(F, vld1q_f32(v[3] + j + k)));
        a4 = vaddq_f32(a4, vmulq_f32(F, vld1q_f32(v[4] + j + k)));
    }
    o[0] = a0;
    o[1] = a1;
    o[2] = a2;
    o[3] = a3;
    o[4] = a4;
}

static void vmaf__vif_fstat_row_n(const float *const *rr, const float *const *dr, const vmaf__VifFJob *J, float *num,
                                  float *den)
{
    const unsigned w = J->w, fw = J->fw, r = fw / 2;
    float *v[5], tn[4], td[4], an = 0.0f, ad = 0.0f;
    unsigned q, j, i;
    for (q = 0; q < 5; q++) v[q] = vmaf__vif_frow(J, q);
    vmaf__vif_fv_n(rr, dr, J->f, fw, w, v);
    for (q = 0; q < 5; q++) vmaf__vif_pad_f(v[q], w, r);
    for (j = 0; j < w; j += 4) {
        const ptrdiff_t b = (ptrdiff_t)j - (ptrdiff_t)r;
        const unsigned lim = w - j < 4 ? w - j : 4;
        float32x4_t n, d, h[5];
        vmaf__vif_fh4x5_n(v, J->f, fw, b, h);
        vmaf__vif_fstat4_n(h[0], h[1], h[2], h[3], h[4], J->nsq, J->nsq_rcp, J->egl, J->smi, &n, &d);
        vst1q_f32(tn, n);
        vst1q_f32(td, d);
        for (i = 0; i < lim; i++) { /* the row sums, in the scalar order */
            an += tn[i];
            ad += td[i];
        }
    }
    *num = an;
    *den = ad;
}

static void vmaf__vif_to_float_n(const void *row, unsigned bpc, unsigned w, float *dst)
{
    const float32x4_t m128 = vdupq_n_f32(-128.0f), sc = vdupq_n_f32((float)(1u << (bpc - 8)));
    unsigned j = 0;
    if (bpc == 8)
        for (; j + 8 <= w; j += 8) {
            const uint16x8_t x = vmovl_u8(vld1_u8((const uint8_t *)row + j));
            vst1q_f32(dst + j, vaddq_f32(vcvtq_f32_u32(vmovl_u16(vget_low_u16(x))), m128));
            vst1q_f32(dst + j + 4, vaddq_f32(vcvtq_f32_u32(vmovl_high_u16(x)), m128));
        }
    else
        for (; j + 8 <= w; j += 8) {
            const uint16x8_t x = vld1q_u16((const uint16_t *)row + j);
            vst1q_f32(dst + j, vaddq_f32(vdivq_f32(vcvtq_f32_u32(vmovl_u16(vget_low_u16(x))), sc), m128));
            vst1q_f32(dst + j + 4, vaddq_f32(vdivq_f32(vcvtq_f32_u32(vmovl_high_u16(x)), sc), m128));
        }
    if (j < w) vmaf__vif_to_float((const unsigned char *)row + j * (bpc == 8 ? 1u : 2u), bpc, w - j, dst + j);
}

static void vmaf__vif_fdec_row_n(const float *const *rr, const float *const *dr, const vmaf__VifFJob *J, float *out_r,
                                 float *out_d)
{
    const unsigned w = J->w, fw = J->fw, r = fw / 2, nw = w / 2;
    float *v[5], tmp[4];
    unsigned j, q, k;
    for (q = 0; q < 5; q++) v[q] = vmaf__vif_frow(J, q);
    v[2] = NULL;
    vmaf__vif_fv_n(rr, dr, J->f, fw, w, v);
    vmaf__vif_pad_f(v[0], w, r);
    vmaf__vif_pad_f(v[1], w, r);
    for (j = 0; j < nw; j += 4)
        for (q = 0; q < 2; q++) {
            const float *in = v[q] + 2 * (ptrdiff_t)j - (ptrdiff_t)r;
            float32x4_t a = vdupq_n_f32(0.0f);
            float *o = (q ? out_d : out_r) + j;
            for (k = 0; k < fw; k++) a = vaddq_f32(a, vmulq_f32(vdupq_n_f32(J->f[k]), vld2q_f32(in + k).val[0]));
            if (nw - j >= 4) vst1q_f32(o, a);
            else {
                vst1q_f32(tmp, a);
                memcpy(o, tmp, (nw - j) * sizeof(float));
            }
        }
}

#endif /* VMAF__HAVE_NEON */

/* <<< SIMD kernels <<< */

/* `cpu` = detected VMAF_CPU_* bits minus the config's cpumask. The best available set wins:
   AVX-512 (bit VMAF_CPU_AVX512), else AVX2 (VMAF_CPU_AVX2), else NEON (VMAF_CPU_NEON), else
   scalar C. */
static void vmaf__vif_pick_kernels(vmaf__VifKernels *k, unsigned cpu)
{
    (void)cpu;
    k->istat = vmaf__vif_istat_c;
    k->idec = vmaf__vif_idec_c;
    k->fstat = vmaf__vif_fstat_row_c;
    k->fdec = vmaf__vif_fdec_row_c;
    k->to_float = vmaf__vif_to_float;
    k->name = "scalar";
/* >>> SIMD pick >>> */
#if defined(VMAF__HAVE_AVX2)
    if (cpu & VMAF_CPU_AVX2) {
        k->istat = vmaf__vif_istat_y;
        k->idec = vmaf__vif_idec_y;
        k->fstat = vmaf__vif_fstat_row_y;
        k->fdec = vmaf__vif_fdec_row_y;
        k->to_float = vmaf__vif_to_float_y;
        k->name = "avx2";
    }
#endif
#if defined(VMAF__HAVE_AVX512)
    if (cpu & VMAF_CPU_AVX512) {
        k->istat = vmaf__vif_istat_z;
        k->idec = vmaf__vif_idec_z;
        k->fstat = vmaf__vif_fstat_row_z;
        k->fdec = vmaf__vif_fdec_row_z;
        k->to_float = vmaf__vif_to_float_z;
        k->name = "avx512";
        if (cpu & VMAF_CPU_AVX512ICL) { /* VNNI: same kernels, vpdpwssd for madd + add */
            k->istat = vmaf__vif_istat_zv;
            k->idec = vmaf__vif_idec_zv;
            k->name = "avx512icl";
        }
    }
#endif
#if defined(VMAF__HAVE_NEON)
    if (cpu & VMAF_CPU_NEON) {
        k->istat = vmaf__vif_istat_n;
        k->idec = vmaf__vif_idec_n;
        k->fstat = vmaf__vif_fstat_row_n;
        k->fdec = vmaf__vif_fdec_row_n;
        k->to_float = vmaf__vif_to_float_n;
        k->name = "neon";
    }
#endif
/* <<< SIMD pick <<< */
}

/* ============================================================================================
   State
   ============================================================================================ */

struct VmafVifState {
    VmafVifConfig cfg;
    void *block;              /* what vmaf_vif_create allocated, NULL for create_in */
    vmaf__VifKernels k;
    unsigned w, h, bpc;       /* input geometry */
    unsigned lw[4], lh[4];    /* level sizes (float: of the prescaled image) */
    unsigned fw[4];           /* filter widths per scale */
    const float *taps[4];     /* float taps per scale */
    /* integer */
    uint16_t *log2t;          /* 32769 entries T[i - 32767], then one 0 */
    uint16_t *il[4][2];       /* levels 1..3, ref / dis */
    unsigned char *scr;       /* kernel scratch, vmaf__vif_scr_bytes(kind, sw) */
    /* float */
    double nsq;
    float egl_f, smi;
    int prescale;             /* 1 when the prescaled size differs from the input size */
    unsigned sw, sh;          /* prescaled size (= w, h without prescale) */
    float *fin[2], *fsc[2];   /* prescale: input as float, and prescaled */
    int *cx0, *cx1;           /* prescale column tables */
    float *cwt;               /* prescale column weights (9 per column) */
    float *ring[2];           /* level 0 rows converted to float (no prescale) */
    unsigned *ring_tag[2];
    unsigned ring_n;
    float *fl[4][2];          /* levels 1..3 */
};

/* Bump allocator over one block; base NULL = only count. */
typedef struct vmaf__VifArena {
    unsigned char *base;
    size_t off;
    int overflow;
} vmaf__VifArena;

static void *vmaf__vif_take(vmaf__VifArena *a, size_t n, size_t elem)
{
    size_t bytes = vmaf__mul(n, elem), al, next;
    void *p;
    if (n && elem && !bytes) a->overflow = 1;
    al = vmaf__align64(bytes);
    if (bytes && !al) a->overflow = 1;
    next = vmaf__add(a->off, al);
    if (al && !next) a->overflow = 1;
    if (a->overflow) return NULL;
    p = a->base ? (void *)(a->base + a->off) : NULL;
    a->off = next;
    return p;
}

/* Validates `cfg` and fills the geometry part of *s. */
static int vmaf__vif_setup(const VmafVifConfig *cfg, VmafVifState *s)
{
    VmafLogFn log = cfg->log;
    void *lu = cfg->log_user;
    int err, sc;
    unsigned min_in = 16;
    if (cfg->kind != VMAF_VIF_INTEGER && cfg->kind != VMAF_VIF_FLOAT)
        return vmaf__fail(log, lu, VMAF_ERR_INVALID_ARGUMENT, "vif: unknown kind %d", (int)cfg->kind);
    if (!(cfg->enhn_gain_limit >= 1.0 && cfg->enhn_gain_limit <= 100.0))
        return vmaf__fail(log, lu, VMAF_ERR_BAD_OPTION, "vif: option 'vif_enhn_gain_limit' = %g is outside [1, 100]",
                          cfg->enhn_gain_limit);
    if (cfg->kind == VMAF_VIF_INTEGER) {
        if (cfg->kernelscale != 1.0 || cfg->sigma_nsq != 2.0 || cfg->prescale != 1.0 ||
            cfg->prescale_method != VMAF_VIF_PRESCALE_NEAREST || cfg->scale1_min_val != 0.0 ||
            cfg->scale2_min_val != 0.0 || cfg->scale3_min_val != 0.0)
            return vmaf__fail(log, lu, VMAF_ERR_BAD_OPTION,
                              "vif: the options vif_kernelscale, vif_sigma_nsq, vif_prescale, vif_prescale_method "
                              "and vif_scale*_min_val exist only in float_vif (integer config must keep defaults)");
    } else {
        if (!(cfg->kernelscale >= 0.1 && cfg->kernelscale <= 4.0))
            return vmaf__fail(log, lu, VMAF_ERR_BAD_OPTION, "float_vif: option 'vif_kernelscale' = %g is outside [0.1, 4]",
                              cfg->kernelscale);
        if (!vmaf__vif_ks_valid(cfg->kernelscale))
            return vmaf__fail(log, lu, VMAF_ERR_BAD_OPTION,
                              "float_vif: option 'vif_kernelscale' = %g is not one of the 21 accepted values",
                              cfg->kernelscale);
        if (!(cfg->sigma_nsq >= 0.0 && cfg->sigma_nsq <= 5.0))
            return vmaf__fail(log, lu, VMAF_ERR_BAD_OPTION, "float_vif: option 'vif_sigma_nsq' = %g is outside [0, 5]",
                              cfg->sigma_nsq);
        if (!(cfg->prescale >= 0.1 && cfg->prescale <= 4.0))
            return vmaf__fail(log, lu, VMAF_ERR_BAD_OPTION, "float_vif: option 'vif_prescale' = %g is outside [0.1, 4]",
                              cfg->prescale);
        if ((unsigned)cfg->prescale_method > (unsigned)VMAF_VIF_PRESCALE_LANCZOS4)
            return vmaf__fail(log, lu, VMAF_ERR_INVALID_ARGUMENT, "float_vif: unknown prescale method %d (enum value)",
                              (int)cfg->prescale_method);
        if (!(cfg->scale1_min_val >= 0.0 && cfg->scale1_min_val <= 1.0))
            return vmaf__fail(log, lu, VMAF_ERR_BAD_OPTION, "float_vif: option 'vif_scale1_min_val' = %g is outside [0, 1]",
                              cfg->scale1_min_val);
        if (!(cfg->scale2_min_val >= 0.0 && cfg->scale2_min_val <= 1.0))
            return vmaf__fail(log, lu, VMAF_ERR_BAD_OPTION, "float_vif: option 'vif_scale2_min_val' = %g is outside [0, 1]",
                              cfg->scale2_min_val);
        if (!(cfg->scale3_min_val >= 0.0 && cfg->scale3_min_val <= 1.0))
            return vmaf__fail(log, lu, VMAF_ERR_BAD_OPTION, "float_vif: option 'vif_scale3_min_val' = %g is outside [0, 1]",
                              cfg->scale3_min_val);
        if (cfg->prescale != 1.0) min_in = 8;
    }
    err = vmaf__check_geometry(cfg->w, cfg->h, cfg->bpc, min_in, min_in);
    if (err == VMAF_ERR_BAD_BPC)
        return vmaf__fail(log, lu, err, "vif: bpc %u is outside 8..16", cfg->bpc);
    if (err)
        return vmaf__fail(log, lu, err, "vif: frame %ux%u is %s (minimum %ux%u, maximum 32768x32768)", cfg->w, cfg->h,
                          err == VMAF_ERR_TOO_SMALL ? "too small" : "too large", min_in, min_in);
    memset(s, 0, sizeof *s);
    s->cfg = *cfg;
    s->w = cfg->w;
    s->h = cfg->h;
    s->bpc = cfg->bpc;
    s->sw = cfg->w;
    s->sh = cfg->h;
    if (cfg->kind == VMAF_VIF_INTEGER) {
        for (sc = 0; sc < 4; sc++) s->fw[sc] = vmaf__vif_iwidth[sc];
    } else {
        float ks = (float)cfg->kernelscale;
        double sw = (double)cfg->w * cfg->prescale + 0.5, sh = (double)cfg->h * cfg->prescale + 0.5;
        if (sw >= 32769.0 || sh >= 32769.0) /* (int) truncation below gives more than 32768 */
            return vmaf__fail(log, lu, VMAF_ERR_TOO_LARGE,
                              "float_vif: frame %ux%u prescaled by %g is larger than 32768x32768", cfg->w, cfg->h,
                              cfg->prescale);
        s->sw = (unsigned)(int)sw;
        s->sh = (unsigned)(int)sh;
        s->prescale = s->sw != cfg->w || s->sh != cfg->h;
        for (sc = 0; sc < 4; sc++) {
            s->fw[sc] = vmaf__vif_fwidth(sc, ks);
            if (s->fw[sc] > VMAF__VIF_FMAXW) /* cannot happen for an accepted ks */
                return vmaf__fail(log, lu, VMAF_ERR_BAD_OPTION, "float_vif: option 'vif_kernelscale' = %g is too large",
                                  cfg->kernelscale);
            s->taps[sc] = vmaf__vif_gauss(s->fw[sc]);
        }
        s->nsq = cfg->sigma_nsq;
        s->egl_f = (float)cfg->enhn_gain_limit;
        s->smi = (float)((double)powf((float)cfg->sigma_nsq, 2.0f) / (255.0 * 255.0));
    }
    s->lw[0] = s->sw;
    s->lh[0] = s->sh;
    for (sc = 1; sc < 4; sc++) {
        s->lw[sc] = s->lw[sc - 1] / 2;
        s->lh[sc] = s->lh[sc - 1] / 2;
    }
    /* every level must be at least half a filter wide (SPEC 2.9, 3.6): scale s reads fw[s]/2
       rows and columns around each pixel, and level 0 with skip_scale0 only feeds the blur */
    for (sc = 0; sc < 4; sc++) {
        unsigned r = (sc == 0 && cfg->skip_scale0) ? s->fw[1] / 2 : s->fw[sc] / 2;
        if (s->lw[sc] < r + 1 || s->lh[sc] < r + 1)
            return vmaf__fail(log, lu, VMAF_ERR_TOO_SMALL,
                              "%s: frame %ux%u (%ux%u after prescale) is too small: scale %d is %ux%u, its "
                              "filter needs at least %ux%u",
                              cfg->kind == VMAF_VIF_INTEGER ? "vif" : "float_vif", cfg->w, cfg->h, s->sw, s->sh, sc,
                              s->lw[sc], s->lh[sc], r + 1, r + 1);
    }
    return VMAF_OK;
}

/* Lays the state's buffers out in the arena (pointers stay NULL while only counting). */
static void vmaf__vif_plan(VmafVifState *s, vmaf__VifArena *a)
{
    int sc, q;
    for (sc = 1; sc < 4; sc++)
        for (q = 0; q < 2; q++) {
            size_t n = vmaf__mul(s->lw[sc], s->lh[sc]);
            if (s->cfg.kind == VMAF_VIF_INTEGER) s->il[sc][q] = (uint16_t *)vmaf__vif_take(a, n, sizeof(uint16_t));
            else s->fl[sc][q] = (float *)vmaf__vif_take(a, n, sizeof(float));
        }
    s->scr = (unsigned char *)vmaf__vif_take(a, vmaf__vif_scr_bytes(s->cfg.kind, s->sw), 1);
    if (!vmaf__vif_scr_bytes(s->cfg.kind, s->sw)) a->overflow = 1;
    if (s->cfg.kind == VMAF_VIF_INTEGER) {
        s->log2t = (uint16_t *)vmaf__vif_take(a, 32770, sizeof(uint16_t));
        return;
    }
    if (s->prescale) {
        for (q = 0; q < 2; q++) {
            s->fin[q] = (float *)vmaf__vif_take(a, vmaf__mul(s->w, s->h), sizeof(float));
            s->fsc[q] = (float *)vmaf__vif_take(a, vmaf__mul(s->sw, s->sh), sizeof(float));
        }
        s->cx0 = (int *)vmaf__vif_take(a, s->sw, sizeof(int));
        s->cx1 = (int *)vmaf__vif_take(a, s->sw, sizeof(int));
        s->cwt = (float *)vmaf__vif_take(a, vmaf__mul(s->sw, 9), sizeof(float));
    } else {
        s->ring_n = s->fw[0] > s->fw[1] ? s->fw[0] : s->fw[1];
        for (q = 0; q < 2; q++) {
            s->ring[q] = (float *)vmaf__vif_take(a, vmaf__mul(s->ring_n, s->sw), sizeof(float));
            s->ring_tag[q] = (unsigned *)vmaf__vif_take(a, s->ring_n, sizeof(unsigned));
        }
    }
}

/* ============================================================================================
   Float prescaler (SPEC 3.1; vif_tools.c vif_scale_frame_*): float image w x h -> sw x sh.
   ============================================================================================ */

/* Single reflection into [0, n-1] (libvmaf's mirror()), then a clamp that never fires for
   the sizes create() accepts. */
static inline int vmaf__vif_mirror(int v, int n)
{
    int m = n - 1;
    if (v < 0) v = -v;
    if (v > m) v = 2 * m - v;
    if (v < 0) v = 0;
    if (v > m) v = m;
    return v;
}

static float vmaf__vif_cubic(float t)
{
    const float a = -0.75f;
    if (t < 0) t = -t;
    if (t < 1) return ((a + 2) * t - (a + 3)) * t * t + 1;
    if (t < 2) return (((t - 5) * t + 8) * t - 4) * a;
    return 0;
}

static float vmaf__vif_lanczos(float x)
{
    const float a = 4.0f;
    const double pi = 3.14159265358979323846;
    const double xd = (double)x, ad = (double)a;
    if (x == 0.0f) return 1.0f;
    if (x > -a && x < a) return (float)(ad * sin(pi * xd) * sin(pi * xd / ad) / (pi * pi * xd * xd));
    return 0.0f;
}

/* Source coordinate of output index x: (float)((x + 0.5) * ratio - 0.5) evaluated in double. */
static inline float vmaf__vif_srcpos(unsigned x, float ratio)
{
    return (float)(((double)x + 0.5) * (double)ratio - 0.5);
}

/* Per-column tables of the prescaler (they depend only on the sizes). */
static void vmaf__vif_prescale_columns(VmafVifState *s)
{
    const float ratio = (float)s->w / (float)s->sw;
    const int n = (int)s->w;
    unsigned x;
    int i;
    for (x = 0; x < s->sw; x++) {
        float c = vmaf__vif_srcpos(x, ratio), d;
        int x0 = (int)floor((double)c);
        switch (s->cfg.prescale_method) {
        case VMAF_VIF_PRESCALE_NEAREST:
            s->cx0[x] = vmaf__vif_mirror((int)((float)x * ratio), n);
            break;
        case VMAF_VIF_PRESCALE_BILINEAR:
            s->cx0[x] = vmaf__vif_mirror(x0, n);
            s->cx1[x] = vmaf__vif_mirror((int)ceil((double)c), n);
            s->cwt[9 * (size_t)x] = c - (float)s->cx0[x]; /* uses the mirrored x1 (SPEC 3.1) */
            break;
        case VMAF_VIF_PRESCALE_BICUBIC:
            s->cx0[x] = x0;
            d = c - (float)x0;
            for (i = -1; i <= 2; i++) s->cwt[9 * (size_t)x + (size_t)(i + 1)] = vmaf__vif_cubic((float)i - d);
            break;
        default:
            s->cx0[x] = x0;
            d = c - (float)x0;
            for (i = -4; i <= 4; i++) s->cwt[9 * (size_t)x + (size_t)(i + 4)] = vmaf__vif_lanczos((float)i - d);
            break;
        }
    }
}

static void vmaf__vif_prescale_frame(const VmafVifState *s, const float *src, float *dst)
{
    const float ratio = (float)s->h / (float)s->sh;
    const int n = (int)s->h, nx = (int)s->w;
    const size_t ss = s->w;
    unsigned y, x;
    int i, j;
    for (y = 0; y < s->sh; y++) {
        float *o = dst + (size_t)y * s->sw;
        float c = vmaf__vif_srcpos(y, ratio), d;
        int y0 = (int)floor((double)c);
        float wy[9];
        switch (s->cfg.prescale_method) {
        case VMAF_VIF_PRESCALE_NEAREST: {
            const float *row = src + (size_t)vmaf__vif_mirror((int)((float)y * ratio), n) * ss;
            for (x = 0; x < s->sw; x++) o[x] = row[s->cx0[x]];
            break;
        }
        case VMAF_VIF_PRESCALE_BILINEAR: {
            int y1 = vmaf__vif_mirror(y0, n), y2 = vmaf__vif_mirror((int)ceil((double)c), n);
            const float *r1 = src + (size_t)y1 * ss, *r2 = src + (size_t)y2 * ss;
            float dy = c - (float)y1;
            for (x = 0; x < s->sw; x++) {
                const int x1 = s->cx0[x], x2 = s->cx1[x];
                const float dx = s->cwt[9 * (size_t)x];
                o[x] = (1 - dy) * (1 - dx) * r1[x1] + (1 - dy) * dx * r1[x2] + dy * (1 - dx) * r2[x1] +
                       dy * dx * r2[x2];
            }
            break;
        }
        case VMAF_VIF_PRESCALE_BICUBIC:
            d = c - (float)y0;
            for (i = -1; i <= 2; i++) wy[i + 1] = vmaf__vif_cubic((float)i - d);
            for (x = 0; x < s->sw; x++) {
                const float *wx = s->cwt + 9 * (size_t)x;
                float v = 0.0f;
                for (j = -1; j <= 2; j++) {
                    const float *row = src + (size_t)vmaf__vif_mirror(y0 + j, n) * ss;
                    for (i = -1; i <= 2; i++) v += row[vmaf__vif_mirror(s->cx0[x] + i, nx)] * (wx[i + 1] * wy[j + 1]);
                }
                o[x] = v;
            }
            break;
        default:
            d = c - (float)y0;
            for (i = -4; i <= 4; i++) wy[i + 4] = vmaf__vif_lanczos((float)i - d);
            for (x = 0; x < s->sw; x++) {
                const float *wx = s->cwt + 9 * (size_t)x;
                float v = 0.0f, wsum = 0.0f;
                for (j = -4; j <= 4; j++) {
                    const float *row = src + (size_t)vmaf__vif_mirror(y0 + j, n) * ss;
                    for (i = -4; i <= 4; i++) {
                        const float wgt = wx[i + 4] * wy[j + 4];
                        wsum += wgt;
                        v += row[vmaf__vif_mirror(s->cx0[x] + i, nx)] * wgt;
                    }
                }
                o[x] = v / wsum;
            }
            break;
        }
    }
}

/* ============================================================================================
   Frame drivers
   ============================================================================================ */

static void vmaf__vif_int_frame(VmafVifState *s, const VmafPlane *ref, const VmafPlane *dis, float *num, float *den)
{
    const unsigned s0 = s->cfg.skip_scale0 ? 1u : 0u;
    vmaf__VifIJob J;
    unsigned sc;
    memset(&J, 0, sizeof J);
    J.L.r = (const unsigned char *)ref->data;
    J.L.d = (const unsigned char *)dis->data;
    J.L.rs = (size_t)ref->stride;
    J.L.ds = (size_t)dis->stride;
    J.L.w = s->w;
    J.L.h = s->h;
    J.L.u8 = s->bpc == 8;
    J.log2t = s->log2t;
    J.egl = s->cfg.enhn_gain_limit;
    J.scr = s->scr;
    J.scr_w = s->sw;
    for (sc = s0; sc < 4; sc++) {
        int64_t acc[4] = {0, 0, 0, 0};
        J.sc = sc;
        if (sc > 0) { /* blur level sc-1 with F_sc, keep even rows and columns */
            const unsigned nw = J.L.w / 2, nh = J.L.h / 2;
            J.dshift = sc == 1 ? s->bpc : 16;
            s->k.idec(&J, s->il[sc][0], s->il[sc][1]);
            J.L.r = (const unsigned char *)s->il[sc][0];
            J.L.d = (const unsigned char *)s->il[sc][1];
            J.L.rs = J.L.ds = (size_t)nw * sizeof(uint16_t);
            J.L.w = nw;
            J.L.h = nh;
            J.L.u8 = 0;
        }
        J.mshift = sc == 0 ? s->bpc : 16;
        J.sqshift = sc == 0 ? 2 * (s->bpc - 8) : 16;
        s->k.istat(&J, acc);
        num[sc] = (float)((double)acc[0] / 2048.0 + ((double)acc[3] - ((double)acc[2] / 16384.0) / 65025.0));
        den[sc] = (float)((double)acc[1] / 2048.0 + (double)acc[3]);
    }
}

/* A float pyramid level: a float image, or (level 0 without prescale) the input planes read
   through the ring of converted rows. */
typedef struct vmaf__VifFLevel {
    const float *r, *d;
    size_t stride; /* elements */
    unsigned w, h;
    const VmafPlane *pr, *pd;
} vmaf__VifFLevel;

/* Row `a` of input plane `which` as float, converted at most once while it stays in the ring.
   All rows one output row needs lie within ring_n consecutive indices, so they never evict
   each other. */
static const float *vmaf__vif_ringrow(VmafVifState *s, int which, const VmafPlane *p, unsigned a)
{
    unsigned slot = a % s->ring_n;
    float *row = s->ring[which] + (size_t)slot * s->sw;
    if (s->ring_tag[which][slot] != a) {
        s->k.to_float((const unsigned char *)p->data + (size_t)a * (size_t)p->stride, s->bpc, s->sw, row);
        s->ring_tag[which][slot] = a;
    }
    return row;
}

static void vmaf__vif_frows(VmafVifState *s, const vmaf__VifFLevel *L, unsigned i, unsigned fw, const float **rr,
                            const float **dr)
{
    const int r = (int)(fw / 2);
    unsigned k;
    for (k = 0; k < fw; k++) {
        unsigned a = vmaf__vif_r101((int)i - r + (int)k, L->h);
        if (L->pr) {
            rr[k] = vmaf__vif_ringrow(s, 0, L->pr, a);
            dr[k] = vmaf__vif_ringrow(s, 1, L->pd, a);
        } else {
            rr[k] = L->r + (size_t)a * L->stride;
            dr[k] = L->d + (size_t)a * L->stride;
        }
    }
}

static void vmaf__vif_float_frame(VmafVifState *s, const VmafPlane *ref, const VmafPlane *dis, float *num, float *den)
{
    const unsigned s0 = s->cfg.skip_scale0 ? 1u : 0u;
    vmaf__VifFLevel L;
    vmaf__VifFJob J;
    const float *rr[VMAF__VIF_FMAXW + 1], *dr[VMAF__VIF_FMAXW + 1];
    unsigned sc, i, q;
    memset(&L, 0, sizeof L);
    memset(&J, 0, sizeof J);
    L.w = s->sw;
    L.h = s->sh;
    if (s->prescale) {
        const VmafPlane *pl[2];
        pl[0] = ref;
        pl[1] = dis;
        for (q = 0; q < 2; q++) {
            for (i = 0; i < s->h; i++)
                s->k.to_float((const unsigned char *)pl[q]->data + (size_t)i * (size_t)pl[q]->stride, s->bpc, s->w,
                                   s->fin[q] + (size_t)i * s->w);
            vmaf__vif_prescale_frame(s, s->fin[q], s->fsc[q]);
        }
        L.r = s->fsc[0];
        L.d = s->fsc[1];
        L.stride = s->sw;
    } else {
        for (q = 0; q < 2; q++)
            for (i = 0; i < s->ring_n; i++) s->ring_tag[q][i] = UINT_MAX;
        L.pr = ref;
        L.pd = dis;
    }
    J.nsq = s->nsq;
    J.nsq_rcp = vmaf__vif_pow2_rcp(s->nsq);
    J.egl = s->egl_f;
    J.smi = s->smi;
    J.scr = (float *)(void *)s->scr;
    J.scr_w = s->sw;
    for (sc = s0; sc < 4; sc++) {
        const unsigned fw = s->fw[sc];
        float fnum = 0.0f, fden = 0.0f;
        J.f = s->taps[sc];
        J.fw = fw;
        if (sc > 0) {
            const unsigned nw = L.w / 2, nh = L.h / 2;
            float *out_r = s->fl[sc][0], *out_d = s->fl[sc][1];
            J.w = L.w;
            for (i = 0; i < nh; i++) {
                vmaf__vif_frows(s, &L, 2 * i, fw, rr, dr);
                s->k.fdec(rr, dr, &J, out_r + (size_t)i * nw, out_d + (size_t)i * nw);
            }
            L.r = out_r;
            L.d = out_d;
            L.stride = nw;
            L.w = nw;
            L.h = nh;
            L.pr = L.pd = NULL;
        }
        J.w = L.w;
        for (i = 0; i < L.h; i++) {
            float rn, rd;
            vmaf__vif_frows(s, &L, i, fw, rr, dr);
            s->k.fstat(rr, dr, &J, &rn, &rd);
            fnum += rn;
            fden += rd;
        }
        num[sc] = fnum;
        den[sc] = fden;
    }
}

/* ============================================================================================
   Public API
   ============================================================================================ */

VMAFDEF const char *vmaf_vif_version(void) { return VMAF_VIF_VERSION_STRING; }

VMAFDEF void vmaf_vif_config_default(VmafVifConfig *cfg, VmafVifKind kind)
{
    if (!cfg) return;
    memset(cfg, 0, sizeof *cfg);
    cfg->kind = kind;
    cfg->bpc = 8;
    cfg->enhn_gain_limit = 100.0;
    cfg->skip_scale0 = 0;
    cfg->kernelscale = 1.0;
    cfg->sigma_nsq = 2.0;
    cfg->prescale = 1.0;
    cfg->prescale_method = VMAF_VIF_PRESCALE_NEAREST;
    cfg->scale1_min_val = cfg->scale2_min_val = cfg->scale3_min_val = 0.0;
    cfg->cpumask = 0;
    cfg->allocator.alloc = NULL;
    cfg->allocator.free = NULL;
    cfg->allocator.user = NULL;
    cfg->log = NULL;
    cfg->log_user = NULL;
}

/* Total bytes for cfg, including 64 bytes of alignment slack. */
static int vmaf__vif_size(const VmafVifConfig *cfg, VmafVifState *tmp, size_t *size)
{
    vmaf__VifArena a;
    int err = vmaf__vif_setup(cfg, tmp);
    if (err) return err;
    a.base = NULL;
    a.off = 0;
    a.overflow = 0;
    vmaf__vif_take(&a, 1, sizeof(VmafVifState));
    vmaf__vif_plan(tmp, &a);
    if (a.overflow || a.off > (size_t)-1 - 64)
        return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_TOO_LARGE, "vif: frame %ux%u needs more memory than size_t holds",
                          cfg->w, cfg->h);
    *size = a.off + 64;
    return VMAF_OK;
}

VMAFDEF int vmaf_vif_memory_size(const VmafVifConfig *cfg, size_t *size)
{
    VmafVifState tmp;
    if (!cfg || !size) return VMAF_ERR_INVALID_ARGUMENT;
    return vmaf__vif_size(cfg, &tmp, size);
}

VMAFDEF int vmaf_vif_create_in(VmafVifState **out, void *mem, size_t size, const VmafVifConfig *cfg)
{
    VmafVifState tmp, *s;
    vmaf__VifArena a;
    size_t need;
    int err;
    if (out) *out = NULL;
    if (!out || !mem || !cfg) return VMAF_ERR_INVALID_ARGUMENT;
    err = vmaf__vif_size(cfg, &tmp, &need);
    if (err) return err;
    if (size < need)
        return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_INVALID_ARGUMENT,
                          "vif: create_in got %lu bytes, this config needs %lu", (unsigned long)size, (unsigned long)need);
    a.base = (unsigned char *)mem + ((64 - ((uintptr_t)mem & 63)) & 63);
    a.off = 0;
    a.overflow = 0;
    s = (VmafVifState *)vmaf__vif_take(&a, 1, sizeof(VmafVifState));
    *s = tmp;
    vmaf__vif_plan(s, &a);
    vmaf__vif_pick_kernels(&s->k, vmaf__cpu_detect() & ~cfg->cpumask);
    memset(s->scr, 0, vmaf__vif_scr_bytes(s->cfg.kind, s->sw));
    if (s->log2t) {
        vmaf__vif_log2_expand(s->log2t);
        s->log2t[32769] = 0;
    }
    if (s->prescale) vmaf__vif_prescale_columns(s);
    *out = s;
    return VMAF_OK;
}

VMAFDEF int vmaf_vif_create(VmafVifState **out, const VmafVifConfig *cfg)
{
    VmafVifState tmp;
    size_t size = 0;
    void *mem;
    int err;
    if (out) *out = NULL;
    if (!out || !cfg) return VMAF_ERR_INVALID_ARGUMENT;
    err = vmaf__vif_size(cfg, &tmp, &size);
    if (err) return err;
    mem = vmaf__alloc(&cfg->allocator, size);
    if (!mem) return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_OUT_OF_MEMORY, "vif: cannot allocate %lu bytes",
                                (unsigned long)size);
    err = vmaf_vif_create_in(out, mem, size, cfg);
    if (err) {
        vmaf__free(&cfg->allocator, mem);
        return err;
    }
    (*out)->block = mem;
    return VMAF_OK;
}

VMAFDEF void vmaf_vif_destroy(VmafVifState *state)
{
    VmafAllocator a;
    void *block;
    if (!state || !state->block) return;
    a = state->cfg.allocator;
    block = state->block;
    state->block = NULL;
    vmaf__free(&a, block);
}

static int vmaf__vif_check_input(const VmafVifState *s, const VmafPlane *p, const char *which)
{
    int err = vmaf__check_plane(p, s->w, s->h, s->bpc);
    if (err)
        return vmaf__fail(s->cfg.log, s->cfg.log_user, err,
                          "vif: %s plane rejected (%s); the state expects %ux%u at %u bits, stride >= %u bytes", which,
                          vmaf_result_string(err), s->w, s->h, s->bpc, s->w * (s->bpc > 8 ? 2u : 1u));
    return VMAF_OK;
}

VMAFDEF int vmaf_vif_compute(VmafVifState *state, const VmafPlane *ref, const VmafPlane *dis, VmafVifScores *out)
{
    float num[4] = {0, 0, 0, 0}, den[4] = {0, 0, 0, 0};
    VmafVifScores sc;
    unsigned s0, k;
    int err;
    if (!state || !ref || !dis || !out) return VMAF_ERR_INVALID_ARGUMENT;
    err = vmaf__vif_check_input(state, ref, "reference");
    if (!err) err = vmaf__vif_check_input(state, dis, "distorted");
    if (err) return err;
    s0 = state->cfg.skip_scale0 ? 1u : 0u;
    if (state->cfg.kind == VMAF_VIF_INTEGER) vmaf__vif_int_frame(state, ref, dis, num, den);
    else vmaf__vif_float_frame(state, ref, dis, num, den);

    memset(&sc, 0, sizeof sc);
    for (k = 0; k < 4; k++) {
        sc.num[k] = (double)num[k];
        sc.den[k] = (double)den[k];
    }
    if (state->cfg.kind == VMAF_VIF_INTEGER) {
        for (k = s0; k < 4; k++) sc.scale[k] = (double)(num[k] / den[k]); /* float quotient (SPEC 2.7) */
    } else {
        const double minv[4] = {0.0, state->cfg.scale1_min_val, state->cfg.scale2_min_val, state->cfg.scale3_min_val};
        for (k = s0; k < 4; k++) {
            double q = (double)num[k] / (double)den[k];
            sc.scale[k] = k == 0 ? q : (q > minv[k] ? q : minv[k]); /* libvmaf MAX() (SPEC 3.6) */
        }
    }
    if (s0) {
        sc.scale[0] = 0.0;
        sc.num[0] = 0.0;
        sc.den[0] = -1.0;
    }
    sc.num_total = 0.0;
    sc.den_total = 0.0;
    for (k = s0; k < 4; k++) {
        sc.num_total += (double)num[k];
        sc.den_total += (double)den[k];
    }
    sc.vif = sc.den_total == 0.0 ? 1.0 : sc.num_total / sc.den_total;
    *out = sc;
    return VMAF_OK;
}

/* ============================================================================================
   Generic extractors ("vif", "float_vif")
   ============================================================================================ */

/* Option values as libvmaf's option parser sees them (common block VmafOptionDesc layout). */
typedef struct vmaf__VifOpts {
    int debug;
    double egl;
    int skip;
    double ks, ps;
    const char *pm;
    double s1miv, s2miv, s3miv, snsq;
} vmaf__VifOpts;

static const char *const vmaf__vif_pm_names[] = {"nearest", "bilinear", "bicubic", "lanczos4", NULL};

/* libvmaf integer_vif.c options[] */
static const VmafOptionDesc vmaf__vif_int_options[] = {
    {"debug", NULL, VMAF__OPT_BOOL, offsetof(vmaf__VifOpts, debug), 0.0, 0.0, 1.0, 0, NULL},
    {"vif_enhn_gain_limit", "egl", VMAF__OPT_DOUBLE, offsetof(vmaf__VifOpts, egl), 100.0, 1.0, 100.0,
     VMAF__OPT_FEATURE_PARAM, NULL},
    {"vif_skip_scale0", "ssclz", VMAF__OPT_BOOL, offsetof(vmaf__VifOpts, skip), 0.0, 0.0, 1.0, VMAF__OPT_FEATURE_PARAM,
     NULL},
    {NULL, NULL, 0, 0, 0.0, 0.0, 0.0, 0, NULL}};

/* libvmaf float_vif.c options[] */
static const VmafOptionDesc vmaf__vif_float_options[] = {
    {"debug", NULL, VMAF__OPT_BOOL, offsetof(vmaf__VifOpts, debug), 0.0, 0.0, 1.0, 0, NULL},
    {"vif_enhn_gain_limit", "egl", VMAF__OPT_DOUBLE, offsetof(vmaf__VifOpts, egl), 100.0, 1.0, 100.0,
     VMAF__OPT_FEATURE_PARAM, NULL},
    {"vif_kernelscale", "ks", VMAF__OPT_DOUBLE, offsetof(vmaf__VifOpts, ks), 1.0, 0.1, 4.0, VMAF__OPT_FEATURE_PARAM,
     NULL},
    {"vif_prescale", "ps", VMAF__OPT_DOUBLE, offsetof(vmaf__VifOpts, ps), 1.0, 0.1, 4.0, VMAF__OPT_FEATURE_PARAM, NULL},
    {"vif_scale1_min_val", "s1miv", VMAF__OPT_DOUBLE, offsetof(vmaf__VifOpts, s1miv), 0.0, 0.0, 1.0,
     VMAF__OPT_FEATURE_PARAM, NULL},
    {"vif_scale2_min_val", "s2miv", VMAF__OPT_DOUBLE, offsetof(vmaf__VifOpts, s2miv), 0.0, 0.0, 1.0,
     VMAF__OPT_FEATURE_PARAM, NULL},
    {"vif_scale3_min_val", "s3miv", VMAF__OPT_DOUBLE, offsetof(vmaf__VifOpts, s3miv), 0.0, 0.0, 1.0,
     VMAF__OPT_FEATURE_PARAM, NULL},
    {"vif_prescale_method", "pm", VMAF__OPT_STRING, offsetof(vmaf__VifOpts, pm), 0.0, 0.0, 0.0,
     VMAF__OPT_FEATURE_PARAM, vmaf__vif_pm_names},
    {"vif_sigma_nsq", "snsq", VMAF__OPT_DOUBLE, offsetof(vmaf__VifOpts, snsq), 2.0, 0.0, 5.0, VMAF__OPT_FEATURE_PARAM,
     NULL},
    {"vif_skip_scale0", "ssclz", VMAF__OPT_BOOL, offsetof(vmaf__VifOpts, skip), 0.0, 0.0, 1.0, VMAF__OPT_FEATURE_PARAM,
     NULL},
    {NULL, NULL, 0, 0, 0.0, 0.0, 0.0, 0, NULL}};

/* Provided features in libvmaf's order, which is also the emit order. */
static const char *const vmaf__vif_int_provided[] = {
    "VMAF_integer_feature_vif_scale0_score", "VMAF_integer_feature_vif_scale1_score",
    "VMAF_integer_feature_vif_scale2_score", "VMAF_integer_feature_vif_scale3_score",
    "integer_vif", "integer_vif_num", "integer_vif_den",
    "integer_vif_num_scale0", "integer_vif_den_scale0", "integer_vif_num_scale1", "integer_vif_den_scale1",
    "integer_vif_num_scale2", "integer_vif_den_scale2", "integer_vif_num_scale3", "integer_vif_den_scale3", NULL};
static const char *const vmaf__vif_float_provided[] = {
    "VMAF_feature_vif_scale0_score", "VMAF_feature_vif_scale1_score",
    "VMAF_feature_vif_scale2_score", "VMAF_feature_vif_scale3_score",
    "vif", "vif_num", "vif_den",
    "vif_num_scale0", "vif_den_scale0", "vif_num_scale1", "vif_den_scale1",
    "vif_num_scale2", "vif_den_scale2", "vif_num_scale3", "vif_den_scale3", NULL};

typedef struct vmaf__VifExt {
    VmafVifState *vif;
    VmafAllocator alloc;
    vmaf__VifOpts opts;
    const VmafOptionDesc *desc;
    const char *const *provided;
    unsigned w, h, bpc;
    VmafLayout layout;
    VmafLogFn log;
    void *log_user;
    char keys[15][264]; /* > 257: keeps gcc -O2 from warning about strncpy in vmaf__opt_key */
} vmaf__VifExt;

static int vmaf__vif_ext_create(void **state, const VmafExtractorArgs *args, VmafVifKind kind)
{
    const VmafOptionDesc *desc = kind == VMAF_VIF_INTEGER ? vmaf__vif_int_options : vmaf__vif_float_options;
    vmaf__VifExt *x;
    vmaf__VifOpts o;
    VmafVifConfig cfg;
    size_t head = vmaf__align64(sizeof(vmaf__VifExt)), size, total;
    unsigned char *mem;
    int err, i;
    if (state) *state = NULL;
    if (!state || !args) return VMAF_ERR_INVALID_ARGUMENT;
    if ((unsigned)args->layout > (unsigned)VMAF_LAYOUT_444)
        return vmaf__fail(args->log, args->log_user, VMAF_ERR_INVALID_ARGUMENT, "%s: unknown layout %d",
                          kind == VMAF_VIF_INTEGER ? "vif" : "float_vif", (int)args->layout);
    memset(&o, 0, sizeof o);
    vmaf__opt_defaults(desc, &o);
    err = vmaf__opt_parse(desc, &o, args->options, args->log, args->log_user);
    if (err) return err;
    vmaf_vif_config_default(&cfg, kind);
    cfg.w = args->w;
    cfg.h = args->h;
    cfg.bpc = args->bpc;
    cfg.enhn_gain_limit = o.egl;
    cfg.skip_scale0 = o.skip;
    if (kind == VMAF_VIF_FLOAT) {
        cfg.kernelscale = o.ks;
        cfg.prescale = o.ps;
        cfg.sigma_nsq = o.snsq;
        cfg.scale1_min_val = o.s1miv;
        cfg.scale2_min_val = o.s2miv;
        cfg.scale3_min_val = o.s3miv;
        for (i = 0; vmaf__vif_pm_names[i]; i++)
            if (!strcmp(o.pm, vmaf__vif_pm_names[i])) cfg.prescale_method = (VmafVifPrescaleMethod)i;
    }
    cfg.cpumask = args->cpumask;
    cfg.allocator = args->allocator;
    cfg.log = args->log;
    cfg.log_user = args->log_user;
    err = vmaf_vif_memory_size(&cfg, &size);
    if (err) return err;
    total = vmaf__add(head, size);
    if (!total) return VMAF_ERR_TOO_LARGE;
    mem = (unsigned char *)vmaf__alloc(&args->allocator, total);
    if (!mem) return vmaf__fail(args->log, args->log_user, VMAF_ERR_OUT_OF_MEMORY, "vif: out of memory");
    x = (vmaf__VifExt *)mem;
    memset(x, 0, sizeof *x);
    err = vmaf_vif_create_in(&x->vif, mem + head, size, &cfg);
    if (err) {
        vmaf__free(&args->allocator, mem);
        return err;
    }
    x->alloc = args->allocator;
    x->opts = o;
    x->desc = desc;
    x->provided = kind == VMAF_VIF_INTEGER ? vmaf__vif_int_provided : vmaf__vif_float_provided;
    x->w = args->w;
    x->h = args->h;
    x->bpc = args->bpc;
    x->layout = args->layout;
    x->log = args->log;
    x->log_user = args->log_user;
    for (i = 0; i < 15; i++) vmaf__opt_key(desc, &x->opts, x->provided[i], x->keys[i], sizeof x->keys[i]);
    *state = x;
    return VMAF_OK;
}

static int vmaf__vif_ext_create_int(void **state, const VmafExtractorArgs *args)
{
    return vmaf__vif_ext_create(state, args, VMAF_VIF_INTEGER);
}

static int vmaf__vif_ext_create_float(void **state, const VmafExtractorArgs *args)
{
    return vmaf__vif_ext_create(state, args, VMAF_VIF_FLOAT);
}

static int vmaf__vif_ext_key(void *state, const char *provided, char *out, size_t size)
{
    vmaf__VifExt *x = (vmaf__VifExt *)state;
    int i;
    if (!x || !provided || !out || !size) return VMAF_ERR_INVALID_ARGUMENT;
    for (i = 0; i < 15; i++)
        if (!strcmp(provided, x->provided[i])) {
            strncpy(out, x->keys[i], size - 1);
            out[size - 1] = 0;
            return VMAF_OK;
        }
    return VMAF_ERR_NOT_FOUND;
}

static int vmaf__vif_ext_push(void *state, const VmafFrame *ref, const VmafFrame *dis, unsigned index, VmafEmitFn emit,
                              void *user)
{
    vmaf__VifExt *x = (vmaf__VifExt *)state;
    VmafPlane pr, pd;
    VmafVifScores sc;
    int err, k;
    if (!x || !ref || !dis || !emit) return VMAF_ERR_INVALID_ARGUMENT;
    if (vmaf__frames_differ(ref, dis) || ref->w != x->w || ref->h != x->h || ref->bpc != x->bpc)
        return vmaf__fail(x->log, x->log_user, VMAF_ERR_MISMATCH,
                          "%s: frames %ux%u/%ux%u at %u/%u bits do not match each other or the extractor (%ux%u, %u bits)",
                          x->provided == vmaf__vif_int_provided ? "vif" : "float_vif", ref->w, ref->h, dis->w, dis->h,
                          ref->bpc, dis->bpc, x->w, x->h, x->bpc);
    pr = vmaf_frame_plane(ref, 0);
    pd = vmaf_frame_plane(dis, 0);
    err = vmaf_vif_compute(x->vif, &pr, &pd, &sc);
    if (err) return err;
    for (k = 0; k < 4; k++) emit(user, index, x->keys[k], sc.scale[k]);
    if (!x->opts.debug) return VMAF_OK;
    emit(user, index, x->keys[4], sc.vif);
    emit(user, index, x->keys[5], sc.num_total);
    emit(user, index, x->keys[6], sc.den_total);
    for (k = 0; k < 4; k++) {
        emit(user, index, x->keys[7 + 2 * k], sc.num[k]);
        emit(user, index, x->keys[8 + 2 * k], sc.den[k]);
    }
    return VMAF_OK;
}

static void vmaf__vif_ext_destroy(void *state)
{
    vmaf__VifExt *x = (vmaf__VifExt *)state;
    VmafAllocator a;
    if (!x) return;
    a = x->alloc;
    vmaf_vif_destroy(x->vif);
    vmaf__free(&a, x);
}

static const VmafExtractor vmaf__vif_ext_int = {
    VMAF_EXTRACTOR_ABI, (uint32_t)sizeof(VmafExtractor), "vif", vmaf__vif_int_provided, 0,
    vmaf__vif_ext_create_int, vmaf__vif_ext_key, vmaf__vif_ext_push, NULL, vmaf__vif_ext_destroy, NULL};
static const VmafExtractor vmaf__vif_ext_float = {
    VMAF_EXTRACTOR_ABI, (uint32_t)sizeof(VmafExtractor), "float_vif", vmaf__vif_float_provided, 0,
    vmaf__vif_ext_create_float, vmaf__vif_ext_key, vmaf__vif_ext_push, NULL, vmaf__vif_ext_destroy, NULL};

VMAFDEF const VmafExtractor *vmaf_vif_extractor(void) { return &vmaf__vif_ext_int; }
VMAFDEF const VmafExtractor *vmaf_vif_float_extractor(void) { return &vmaf__vif_ext_float; }

VMAF__FP_END
#endif /* VMAF_VIF_IMPLEMENTATION */

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
