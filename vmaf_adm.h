/* vmaf_adm.h - v0.2.0 - ADM features for VMAF: libvmaf's "adm" (integer_adm2, integer_aim,
   integer_adm3, integer_adm_scale0..3) and "float_adm" (adm2, aim, adm3, adm_scale0..3).
   Single-file C99 / C++11 library. Part of the vmaf single-header set: vmaf_vif.h, vmaf_adm.h,
   vmaf_motion.h, vmaf_model.h. Each file works alone.

   In exactly one C or C++ file:
       #define VMAF_ADM_IMPLEMENTATION
       #include "vmaf_adm.h"
   Everywhere else, include it without the define to get the declarations.

   VMAF (the algorithm, the models and the reference numbers) is Netflix's: see
   https://github.com/Netflix/vmaf. This file is an independent implementation written from
   a specification; it reproduces libvmaf 3.2.0's numbers. License: MIT, see the end of file.

   QUICK START
       VmafAdmConfig cfg;
       VmafAdmState *adm;
       VmafAdmScores sc;
       VmafPlane ref = {ref_y, ref_stride_bytes, 1920, 1080, 8};
       VmafPlane dis = {dis_y, dis_stride_bytes, 1920, 1080, 8};
       vmaf_adm_config_default(&cfg, VMAF_ADM_INTEGER);      (or VMAF_ADM_FLOAT)
       vmaf_adm_config_parse(&cfg, "adm_enhn_gain_limit=1.0"); (optional, libvmaf option text)
       if (vmaf_adm_create(&adm, 1920, 1080, 8, &cfg) == 0) {
           if (vmaf_adm_compute(adm, &ref, &dis, &sc) == 0)
               printf("integer_adm2 %.6f\n", sc.adm2);       (once per frame pair)
           vmaf_adm_destroy(adm);
       }
   Heap-free: vmaf_adm_memory_size() + vmaf_adm_create_in(). Model pipelines and the vmaf tool
   use the generic tables vmaf_adm_extractor() ("adm") and vmaf_adm_float_extractor()
   ("float_adm"), which emit every value under libvmaf's collector keys.

   CONFIGURATION MACROS (define before including; identical in every file that includes it)
     VMAF_STATIC                    functions are static: a private copy per translation unit
     VMAFDEF                        linkage of public functions (default extern)
     VMAF_MALLOC(sz,u)/VMAF_FREE(p,u)  allocator used when a config's VmafAllocator is all-NULL
     VMAF_ASSERT(x)                 internal invariants only (default assert)
     VMAF_NO_SIMD                   scalar C only (today every ADM kernel is scalar C anyway)
     VMAF_NO_AVX2, VMAF_NO_AVX512, VMAF_NO_NEON   leave out one SIMD path
     VMAF_DONT_CHANGE_FP_CONTRACT   do not emit our scoped "no FMA contraction" pragmas
     VMAF_ADM_FLOAT_TRUE_DIVISION   float ADM divides exactly instead of through x86 rcpss (see
                                    DETERMINISM); this is what libvmaf does on non-x86 builds

   OPTIONS (VmafAdmConfig field = libvmaf option; default; range; "float" = float_adm only)
     enhn_gain_limit    adm_enhn_gain_limit     100      [1, 100]     NEG models use 1.0
     norm_view_dist     adm_norm_view_dist      3.0      [0.75, 24]   integer: nvd*rdh >= 3240
     ref_display_height adm_ref_display_height  1080     [1, 4320]
     csf_mode           adm_csf_mode            0        integer [0,3], float [0,9]
     csf_scale          adm_csf_scale           1.0      [0, 50]      Barten H/V
     csf_diag_scale     adm_csf_diag_scale      1.0      [0, 50]      Barten D
     noise_weight       adm_noise_weight        0.03125  [0, 1500]
     dlm_weight         adm_dlm_weight          0.5      [0, 1]
     min_val            adm_min_val             0.0      [0, 1]
     skip_scale0        adm_skip_scale0         false
     skip_aim           adm_skip_aim            false    integer only
     bypass_cm          adm_bypass_cm           0        [0, 1]       float
     adm3_apply_hm      adm_adm3_apply_hm       false                 float
     p_norm             adm_p_norm              3.0      [1, 20]      float
     f1s[k], f2s[k]     adm_f1s0..3, adm_f2s0..3 -1      [-1, 10]     float
     skip_aim_scale     adm_skip_aim_scale      -1       [0, 3]       float
     debug              debug                   false    extractor tables also emit num/den
   Unknown option names are an error here (VMAF_ERR_BAD_OPTION); libvmaf ignores them.

   FEATURE NAMES (libvmaf order of emission; collector key -> printed name)
     integer: VMAF_integer_feature_adm2_score (integer_adm2), VMAF_integer_feature_aim_score
       (integer_aim), VMAF_integer_feature_adm3_score (integer_adm3), integer_adm_scale0..3;
       debug: integer_adm, integer_adm_num, integer_adm_den, integer_adm_num_scale0,
       integer_adm_den_scale0, ... integer_adm_den_scale3.
     float: VMAF_feature_adm2_score (adm2), VMAF_feature_aim_score (aim), VMAF_feature_adm3_score
       (adm3), VMAF_feature_adm_scale0..3_score (adm_scale0..3); debug: adm, adm_num, adm_den,
       adm_num_scale0, adm_den_scale0, ... adm_den_scale3.
     A feature-param option that differs from its default renames every output as libvmaf does
     (SPEC 6.5): alias + "_<alias>[_<value>]" per option in name order, e.g. integer_adm2_egl_1,
     integer_adm_num_scale0_egl_1, adm2_scfd_0.001586_csf_1_scf_0.002893. Not feature params:
     debug, adm_skip_aim. The float debug output "adm" is never renamed (libvmaf quirk).

   THREADING
     A state is used by one thread at a time; separate states are independent (no globals).
     The library never creates threads.

   DETERMINISM
     Integer ADM is bit-identical to libvmaf 3.2.0's scalar C code on every option the
     reference handles consistently (checked against libvmaf's 17-digit output: 36 runs on 12
     pairs, 8 to 16 bits, every option). The float kernels keep libvmaf's operation order with FMA
     contraction off. Float ADM's decouple step divides as n * rcp(d) with x86's rcpss plus
     one Newton step, as libvmaf does on x86: on Intel CPUs ours matches the Intel-made goldens
     bit for bit; AMD's rcpss table differs (so does libvmaf's own output there), and non-x86
     builds divide exactly (like libvmaf on ARM): then the scores move by about 1e-7 and the debug
     num values within about two float ulps. Run-time libm calls: powf (1/3 powers), pow, log10,
     exp for non-default CSF settings; the default Watson factors are shipped as data.

   DECISIONS WHERE LIBVMAF IS INCONSISTENT
     - Non-integer adm_enhn_gain_limit (e.g. 1.05): libvmaf's scalar C code truncates r * egl,
       its AVX2 / AVX-512 kernels round it, in their vector column blocks only. Ours reproduces
       the scalar path (golden "opt_adm_adm_enhn_gain_limit1.05.scalar", --cpumask 255). Integer
       values (100, 1: every shipped model) agree on every path.
     - Integer adm_csf_mode=1 (Barten) at the default scales: libvmaf's fixed-point factors
       overflow (undefined behaviour; NaN on AVX-512, three paths disagree). Ours refuses any
       integer CSF setting whose factors do not fit the fixed point (scale 0: factor1 * 2^21 and
       factor2 * 2^23 < 65536; scales 1..3: factor < 1) with VMAF_ERR_BAD_OPTION and a log
       message, and computes normally when they fit, e.g. scf 0.002893 / scfd 0.001586 (then
       deterministic, finite and within 2e-3 of float_adm). Blend modes 2/3 without a table for
       (ref_display_height, norm_view_dist) are refused too (libvmaf uses -22 as the factor).
     - aim when the denominator is 0 (flat frames with noise_weight 0): libvmaf leaves it
       uninitialised; ours is 0.
     - float_adm at bpc 9, 11, 13, 14, 15: libvmaf reads such planes as 8-bit bytes; ours uses
       p / 2^(bpc-8) like the other depths.

   LIMITS
     Frames VMAF_ADM_MIN_SIZE (33) to 32768 samples in each dimension (smaller: libvmaf's DWT
     index builder writes out of bounds); bpc 8..16 (16-bit samples for bpc > 8, any byte
     stride). Memory per state: about 8.5 * w * h bytes (integer), 17 * w * h (float).

   HISTORY
     0.1.0  integer and float ADM, all options, extractor tables (scalar C)
*/
#ifndef VMAF_ADM_H
#define VMAF_ADM_H
#define VMAF_ADM_VERSION_MAJOR 0
#define VMAF_ADM_VERSION_MINOR 2
#define VMAF_ADM_VERSION_PATCH 0
#define VMAF_ADM_VERSION_STRING "0.2.0"

/* >>> vmaf common public >>> */
/* ---- vmaf common block: public part (v1) ----------------------------------------------------
   Byte-identical in every vmaf_*.h: edit tools/common_public.h, then run `make sync`
   (tools/sync_common.py). `make check-sync` (part of `make test`) fails if the copies differ.
   Guarded, so several vmaf_*.h in one translation unit declare it once. */
#ifndef VMAF_COMMON_PUBLIC
#define VMAF_COMMON_PUBLIC 2 /* bump on any change to this block */
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
    X(ERR_BAD_STRIDE, -1004, "stride smaller than one row of samples")                           \
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
       writes at most `size` bytes including the NUL. Returns 0, or VMAF_ERR_NOT_FOUND. */
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
#elif VMAF_COMMON_PUBLIC != 2
#error "vmaf_*.h headers from different releases are mixed in one translation unit"
#endif
/* ---- end of vmaf common block: public part ---- */
/* <<< vmaf common public <<< */

#ifdef __cplusplus
extern "C" {
#endif

/* Which ADM extractor a state computes. */
typedef enum VmafAdmKind {
    VMAF_ADM_INTEGER = 0, /* libvmaf "adm" (integer_adm.c): fixed point, bit-exact */
    VMAF_ADM_FLOAT = 1    /* libvmaf "float_adm" (float_adm.c, adm.c, adm_tools.c): float */
} VmafAdmKind;

/* Smallest accepted frame width and height. libvmaf's integer DWT index builder needs every
   DWT input dimension >= 5 at all four scales (ceil(n / 8) >= 5); below that it writes out of
   bounds. Both kinds use the same limit. */
#define VMAF_ADM_MIN_SIZE 33

/* Options of one ADM state. Initialise with vmaf_adm_config_default() (a zeroed struct is NOT
   the defaults: several options have 0 as a legal non-default value), then change fields or
   call vmaf_adm_config_parse() with libvmaf's option text. The libvmaf option name and its
   range are given for each field; values outside the range make create fail with
   VMAF_ERR_BAD_OPTION. "int+float" fields exist in both extractors; "float only" fields must
   keep their defaults for VMAF_ADM_INTEGER and vice versa (else VMAF_ERR_BAD_OPTION). */
typedef struct VmafAdmConfig {
    VmafAdmKind kind;          /* VMAF_ADM_INTEGER or VMAF_ADM_FLOAT */
    double enhn_gain_limit;    /* adm_enhn_gain_limit  100.0  [1, 100]   int+float */
    double norm_view_dist;     /* adm_norm_view_dist   3.0    [0.75, 24] int+float; integer
                                  needs norm_view_dist * ref_display_height >= 3240 */
    int ref_display_height;    /* adm_ref_display_height 1080 [1, 4320]  int+float */
    int csf_mode;              /* adm_csf_mode 0: integer 0 Watson97, 1 Barten, 2 Barten-Watson
                                  blend, 3 blend "MAE" [0, 3]; float 0 Watson97, 1 Barten,
                                  2 ADM native CSF, 3..9 = Watson97 [0, 9] */
    double csf_scale;          /* adm_csf_scale        1.0    [0, 50]    Barten H/V scale */
    double csf_diag_scale;     /* adm_csf_diag_scale   1.0    [0, 50]    Barten D scale */
    double noise_weight;       /* adm_noise_weight     0.03125 [0, 1500] */
    double dlm_weight;         /* adm_dlm_weight       0.5    [0, 1]     adm3 = max(dlmw*adm2 +
                                  (1-dlmw)*(1-aim), min_val) */
    double min_val;            /* adm_min_val          0.0    [0, 1] */
    int skip_scale0;           /* adm_skip_scale0      0      bool */
    int skip_aim;              /* adm_skip_aim         0      bool, integer only */
    int bypass_cm;             /* adm_bypass_cm        0      [0, 1], float only */
    int adm3_apply_hm;         /* adm_adm3_apply_hm    0      bool, float only */
    double p_norm;             /* adm_p_norm           3.0    [1, 20], float only */
    double f1s[4];             /* adm_f1s0..3         -1.0    [-1, 10], float only: when >= 0,
                                  replaces the H/V CSF factor of that scale */
    double f2s[4];             /* adm_f2s0..3         -1.0    [-1, 10], float only: D factor */
    int skip_aim_scale;        /* adm_skip_aim_scale  -1 (none) or [0, 3], float only */
    int debug;                 /* debug                0      bool: the extractor table also
                                  emits num/den outputs (vmaf_adm_compute always fills them) */
    unsigned cpumask;          /* VMAF_CPU_* bits of SIMD paths to disable (libvmaf meaning) */
    VmafAllocator allocator;   /* all-NULL: VMAF_MALLOC / VMAF_FREE */
    VmafLogFn log;             /* optional: receives the reason for an error */
    void *log_user;
} VmafAdmConfig;

/* Scores of one frame. Per scale, num_scale and den_scale are float values widened to double
   (libvmaf's scores[] array). All fields are libvmaf's output values:
   integer: integer_adm2, integer_aim, integer_adm3, integer_adm_scale0..3 and the debug
   outputs integer_adm (= adm2), integer_adm_num, integer_adm_den, integer_adm_num_scale0..3,
   integer_adm_den_scale0..3; float: adm2, aim, adm3, adm_scale0..3, adm, adm_num, ... */
typedef struct VmafAdmScores {
    double adm2;          /* sum(num) / sum(den); 1.0 when the denominator is 0 */
    double aim;           /* additive-impairment measure; 0.0 when the denominator is 0 */
    double adm3;          /* combination of adm2 and aim (see dlm_weight, adm3_apply_hm) */
    double scale[4];      /* num_scale[k] / den_scale[k] */
    double num, den;      /* sums over the scales (set to 0 below 1e-10 * W*H / 1920*1080) */
    double num_scale[4];  /* per-scale numerators (float precision) */
    double den_scale[4];  /* per-scale denominators (float precision) */
} VmafAdmScores;

/* Opaque state: buffers for one frame size, options, kernels. One thread at a time. */
typedef struct VmafAdmState VmafAdmState;

/* Fills *cfg with the defaults of `kind` (libvmaf's defaults, listed in VmafAdmConfig).
   Does nothing if cfg is NULL. */
VMAFDEF void vmaf_adm_config_default(VmafAdmConfig *cfg, VmafAdmKind kind);

/* Applies libvmaf option text "name=value:name=value" (names of the extractor cfg->kind, e.g.
   "adm_enhn_gain_limit=1.0:debug=true") to *cfg. Numbers go through libvmaf's normalisation
   (strtof, %g, atof/atoi: at most 6 significant digits survive, SPEC 6.5).
   @return 0, VMAF_ERR_INVALID_ARGUMENT (NULL cfg or bad kind), VMAF_ERR_PARSE (malformed text)
           or VMAF_ERR_BAD_OPTION (unknown option or value out of range). */
VMAFDEF int vmaf_adm_config_parse(VmafAdmConfig *cfg, const char *options);

/* Bytes that vmaf_adm_create_in() needs for frames of w x h samples (including 64 bytes of
   alignment slack). About 8.5*w*h bytes for the integer kind, 17*w*h for float.
   @return the size, or 0 if cfg is NULL, the kind is unknown, bpc is outside 8..16 or the
           size is outside VMAF_ADM_MIN_SIZE..32768 or overflows size_t. */
VMAFDEF size_t vmaf_adm_memory_size(unsigned w, unsigned h, unsigned bpc, const VmafAdmConfig *cfg);

/* Creates a state for w x h luma planes of bit depth bpc (8..16) with the options in cfg
   (NULL = integer defaults). One allocation through cfg->allocator.
   @return 0, VMAF_ERR_INVALID_ARGUMENT (out NULL, bad kind), VMAF_ERR_BAD_BPC,
           VMAF_ERR_TOO_SMALL (w or h < VMAF_ADM_MIN_SIZE), VMAF_ERR_TOO_LARGE (> 32768),
           VMAF_ERR_BAD_OPTION (option out of range; integer: norm_view_dist *
           ref_display_height < 3240, a blend CSF mode without a table for that
           (ref_display_height, norm_view_dist) pair, or CSF factors that do not fit the fixed
           point pipeline, e.g. Barten with the default scales), VMAF_ERR_OUT_OF_MEMORY.
           *out is NULL on error. */
VMAFDEF int vmaf_adm_create(VmafAdmState **out, unsigned w, unsigned h, unsigned bpc, const VmafAdmConfig *cfg);

/* Same as vmaf_adm_create(), in caller memory `mem` of `size` >= vmaf_adm_memory_size()
   bytes (any alignment). The state lives in mem; vmaf_adm_destroy() frees nothing.
   @return as vmaf_adm_create(), and VMAF_ERR_INVALID_ARGUMENT if mem is NULL or too small. */
VMAFDEF int vmaf_adm_create_in(VmafAdmState **out, void *mem, size_t size, unsigned w, unsigned h,
                               unsigned bpc, const VmafAdmConfig *cfg);

/* Computes the ADM scores of one reference / distorted pair of luma planes (w x h samples,
   bpc as given at create; stride in bytes, >= one row, may be padded).
   @return 0, VMAF_ERR_INVALID_ARGUMENT (NULL), VMAF_ERR_MISMATCH (size or bpc differ from the
           state), VMAF_ERR_BAD_BPC, VMAF_ERR_BAD_STRIDE. *out is untouched on error. */
VMAFDEF int vmaf_adm_compute(VmafAdmState *s, const VmafPlane *ref, const VmafPlane *dis, VmafAdmScores *out);

/* Collector key of output `name` (one of libvmaf's provided-feature names of this kind, e.g.
   "VMAF_integer_feature_adm2_score", "integer_adm_num_scale0", "VMAF_feature_adm2_score",
   "adm_num") under the state's options (SPEC 6.5), written to out (at most size bytes).
   @return 0, VMAF_ERR_INVALID_ARGUMENT or VMAF_ERR_NOT_FOUND. */
VMAFDEF int vmaf_adm_key(const VmafAdmState *s, const char *name, char *out, size_t size);

/* Frees a state made by vmaf_adm_create() (nothing for vmaf_adm_create_in()). NULL is fine. */
VMAFDEF void vmaf_adm_destroy(VmafAdmState *s);

/* Generic extractor tables (VmafExtractor, see the common block): name "adm" (integer) and
   "float_adm". create() parses args->options with the libvmaf option names of that extractor;
   push() computes the luma of one frame pair and emits, in libvmaf's order, adm2, aim, adm3,
   adm_scale0..3 and, with debug=true, adm, num, den, num_scale0, den_scale0, ... den_scale3
   under their collector keys. Not temporal; flush is NULL. */
VMAFDEF const VmafExtractor *vmaf_adm_extractor(void);
VMAFDEF const VmafExtractor *vmaf_adm_float_extractor(void);

/* Version of this header as "MAJOR.MINOR.PATCH". */
VMAFDEF const char *vmaf_adm_version(void);

#ifdef __cplusplus
}
#endif
#endif /* VMAF_ADM_H */

#if (defined(VMAF_ADM_IMPLEMENTATION) || defined(__INTELLISENSE__)) && !defined(VMAF_ADM_IMPLEMENTED)
#define VMAF_ADM_IMPLEMENTED

/* >>> vmaf common private >>> */
/* ---- vmaf common block: private part (v1) ---------------------------------------------------
   Byte-identical in every vmaf_*.h implementation section (source: tools/common_private.h).
   Everything here is static, so two implementations in one translation unit define it once
   (guard below) and implementations in several translation units each get a private copy:
   never a duplicate symbol. */
#ifndef VMAF_COMMON_PRIVATE
#define VMAF_COMMON_PRIVATE 1
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
    return VMAF_OK;
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
#endif /* VMAF_COMMON_PRIVATE */
/* ---- end of vmaf common block: private part ---- */
/* <<< vmaf common private <<< */

/* ============================== vmaf_adm.h implementation ==============================
   Reference: libvmaf (Netflix/vmaf master f85a8536 == v3.2.0) src/feature/integer_adm.c,
   integer_adm.h, float_adm.c, adm.c, adm_tools.c, adm_tools.h, adm_csf_tools.h,
   barten_csf_tools.h; our specification is SPEC.md section 4. Written from the
   specification; no libvmaf code is reproduced here. */

/* Float ADM divides as n * rcp(d) with x86's approximate reciprocal refined by one Newton
   step, as libvmaf does whenever it is compiled for SSE2 (adm_tools.c DIVS). */
#if !defined(VMAF_ADM_FLOAT_TRUE_DIVISION) && \
    (defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2))
#include <xmmintrin.h>
#define VMAF__ADM_RCPSS 1
#endif

VMAF__FP_BEGIN

#define VMAF__ADM_PI 3.14159265358979323846
#define VMAF__ADM_NPLANES 17

/* Plane slots. Bands of the reference: A H V D; of the distorted: A H V D, where the
   distorted H V D are overwritten by the restored bands R (decouple reads t before it writes
   r); the additive bands; the CSF-weighted masker (C) and its 1/30 share (F). */
enum {
    VMAF__ADM_RA = 0, VMAF__ADM_RH = 1, VMAF__ADM_DA = 4, VMAF__ADM_DH = 5, /* = R */
    VMAF__ADM_AH = 8, VMAF__ADM_CH = 11, VMAF__ADM_FH = 14
};

/* Daubechies-2 filters. Integer: Q15 (integer_adm.h); float: the double constants of
   adm_tools.c rounded to float. */
static const int32_t vmaf__adm_ilo[4] = {15826, 27411, 7345, -4240};
static const int32_t vmaf__adm_ihi[4] = {-4240, -7345, 27411, -15826};
static const float vmaf__adm_flo[4] = {(float)0.482962913144690, (float)0.836516303737469,
                                       (float)0.224143868041857, (float)-0.129409522550921};
static const float vmaf__adm_fhi[4] = {(float)-0.129409522550921, (float)-0.224143868041857,
                                       (float)0.836516303737469, (float)-0.482962913144690};

/* Watson97 factors 1/Q(lambda, theta) for theta = 1 (H, V) and 2 (D) at the default display
   (norm_view_dist * ref_display_height = 3240), as x86-64 glibc computes them (SPEC 4.5):
   shipped as data so that other libm implementations cannot move the last bit. */
static const float vmaf__adm_watson_default[4][2] = {
    {(float)0.0173815377, (float)0.005890687},   {(float)0.0319848284, (float)0.0142990677},
    {(float)0.0433726609, (float)0.0243969075},  {(float)0.0456734113, (float)0.0313127376}};

/* cos(1 degree)^2 computed in double and rounded to float (0x1.ffd814p-1). */
#define VMAF__ADM_COS2 ((float)0.99969542)

/* 1/30 and 1/15 of float ADM: double literals in libvmaf despite their names (SPEC 4.10). */
#define VMAF__ADM_C30 0.0333333351
#define VMAF__ADM_C15 0.0666666701

typedef struct VmafAdmGeo {
    int w, h;           /* DWT input size at this scale */
    int bw, bh;         /* band size: (w + 1) / 2 x (h + 1) / 2 */
    int el, et, er, eb; /* extended region (decouple, CSF), SPEC 4.1 */
    int cl, ct, cr, cb; /* crop (masking sums, denominators) */
    const int32_t *iy;  /* source rows of output row i: iy[k * bh + i], k = 0..3 */
    const int32_t *ix;  /* source columns of output column j: ix[k * bw + j] */
} VmafAdmGeo;

typedef struct VmafAdmKernels {
    /* integer */
    void (*dwt0)(VmafAdmState *s, const VmafPlane *p, int which, int lo_only);
    void (*dwt123)(VmafAdmState *s, int scale);
    void (*dec0)(VmafAdmState *s);
    void (*dec123)(VmafAdmState *s, int scale);
    void (*csf0)(VmafAdmState *s, int aim);
    void (*csf123)(VmafAdmState *s, int scale, int aim);
    float (*cm0)(VmafAdmState *s, int aim);
    float (*cm123)(VmafAdmState *s, int scale, int aim);
    float (*den0)(VmafAdmState *s);
    float (*den123)(VmafAdmState *s, int scale);
    /* float */
    void (*fdwt)(VmafAdmState *s, int scale, const VmafPlane *p, int which, int lo_only);
    void (*fdec)(VmafAdmState *s, int scale);
    void (*fcsf)(VmafAdmState *s, int scale, int aim);
    float (*fcm)(VmafAdmState *s, int scale, int aim);
    float (*fden)(VmafAdmState *s, int scale);
} VmafAdmKernels;

#define VMAF__ADM_NKEYS 18

struct VmafAdmState {
    VmafAdmConfig cfg;
    unsigned w, h, bpc;
    int owned;               /* allocated by vmaf_adm_create */
    unsigned cpu;            /* detected & ~cpumask */
    VmafAdmKernels k;
    VmafAdmGeo geo[4];
    float rf[4][3];          /* CSF factors per scale for H, V, D (float) */
    uint16_t irf0[3];        /* integer scale 0 fixed point (Q21, Q21, Q23) */
    uint32_t irf[4][3];      /* integer scales 1..3 fixed point (Q32) */
    ptrdiff_t st16, st32, stf; /* plane strides in elements */
    int16_t *p16[VMAF__ADM_NPLANES]; /* integer scale 0 */
    int32_t *p32[VMAF__ADM_NPLANES]; /* integer scales 1..3 (aliases the scale-0 slots 1..3, 5..16) */
    float *pf[VMAF__ADM_NPLANES];    /* float, all scales */
    int32_t *tmp;            /* integer: 4 rows of w */
    float *ftmp;             /* float: 2 rows of w (same memory as tmp) */
    int32_t *div;            /* integer: 65537-entry reciprocal table, DIV[32768 +- i] = +-(2^30 / i) */
    char keys[VMAF__ADM_NKEYS][256];
};

/* ---------------- small helpers ---------------- */
/* Two's-complement wrap to 32 bits, as the reference's int32 stores behave with GCC. */
static inline int32_t vmaf__adm_w32(int64_t v) { return (int32_t)(uint32_t)(uint64_t)v; }
static inline int16_t vmaf__adm_w16(int32_t v) { return (int16_t)(uint16_t)(uint32_t)v; }
static inline int64_t vmaf__adm_add64(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static inline uint32_t vmaf__adm_uabs(int32_t v) { return v < 0 ? 0u - (uint32_t)v : (uint32_t)v; }
static inline int vmaf__adm_clog2(uint64_t v) /* ceil(log2(v)), v >= 1 */
{
    int c = 0;
    while (((uint64_t)1 << c) < v) c++;
    return c;
}
static inline int vmaf__adm_clz32(uint32_t v) /* v != 0 */
{
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_clz(v);
#else
    int n = 0;
    while (!(v & 0x80000000u)) { v <<= 1; n++; }
    return n;
#endif
}
/* 2^e as libvmaf's pow(2, unsigned) evaluates it: an exponent that went negative wrapped to a
   huge unsigned value, giving +inf (never reached up to 32768 x 32768, kept for fidelity). */
static inline double vmaf__adm_pow2u(int e) { return e < 0 ? HUGE_VAL : ldexp(1.0, e); }
static inline uint16_t vmaf__adm_ld16(const unsigned char *p)
{
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
}

#if defined(VMAF__ADM_RCPSS)
static inline float vmaf__adm_divs(float n, float d)
{
    float y = _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(d)));
    return n * (y + y * (1.0f - d * y));
}
#else
static inline float vmaf__adm_divs(float n, float d) { return n / d; }
#endif

/* ---------------- CSF factors (SPEC 4.5) ---------------- */
static float vmaf__adm_watson_q(int lambda, int theta, double nvd, int rdh)
{
    static const float amp[4][4] = {
        {(float)0.62171, (float)0.67234, (float)0.72709, (float)0.67234},
        {(float)0.34537, (float)0.41317, (float)0.49428, (float)0.41317},
        {(float)0.18004, (float)0.22727, (float)0.28688, (float)0.22727},
        {(float)0.091401, (float)0.11792, (float)0.15214, (float)0.11792}};
    static const float g[4] = {(float)1.501, 1.0f, (float)0.534, 1.0f};
    const float a = (float)0.495, k = (float)0.466, f0 = (float)0.401;
    float r = (float)(nvd * rdh * VMAF__ADM_PI / 180.0);
    float temp = (float)log10(pow(2.0, lambda + 1) * f0 * g[theta] / r);
    return (float)(2.0 * a * pow(10.0, (double)(k * temp * temp)) / amp[lambda][theta]);
}

/* Barten CSF of HDR-VDP-2 (barten_csf_tools.h), with libvmaf's float/double rounding steps. */
static float vmaf__adm_barten(int lambda, double nvd, int rdh, double lum, double scale)
{
    static const float anchors[6] = {(float)0.002, (float)0.02, (float)0.2, 2.0f, 20.0f, 150.0f};
    static const float par[6][5] = {
        {(float)0.0160737, (float)0.991265, (float)3.74038, (float)0.50722, (float)4.46044},
        {(float)0.383873, (float)0.800889, (float)3.54104, (float)0.682505, (float)4.94958},
        {(float)0.929301, (float)0.476505, (float)4.37453, (float)0.750315, (float)5.28678},
        {(float)1.29776, (float)0.405782, (float)4.40602, (float)0.935314, (float)5.61425},
        {(float)1.49222, (float)0.334278, (float)3.79542, (float)1.07327, (float)6.4635},
        {(float)1.46213, (float)0.394533, (float)2.7755, (float)1.16577, (float)7.45665}};
    static const float sa[4] = {(float)30.162, (float)4.0627, (float)1.6596, (float)0.2712};
    static const float ma[4] = {(float)0.424838596301290, (float)0.572435103936480,
                                (float)0.000167576239164937, (float)0.00255872352306433};
    static const float mb[4] = {(float)0.028, (float)0.37, 37.0f, 360.0f};
    float r = (float)(nvd * rdh * VMAF__ADM_PI / 180.0);
    float sf = (float)((double)r / pow(2.0, lambda + 1));
    double cl = lum > (double)anchors[5] ? (double)anchors[5] : (lum < (double)anchors[0] ? (double)anchors[0] : lum);
    int li = 0, ri = 0, i;
    float lp, rp, sp, p[4], a, b, csf, mtf = 0.0f, lumf, rod;
    for (i = 0; i < 5; i++)
        if (cl >= (double)anchors[i] && cl <= (double)anchors[i + 1]) { li = i; ri = i + 1; break; }
    lp = (float)log10((double)anchors[li]);
    rp = (float)log10((double)anchors[ri]);
    sp = (float)log10(cl);
    for (i = 0; i < 4; i++)
        p[i] = par[li][i + 1] + ((par[ri][i + 1] - par[li][i + 1]) / (rp - lp)) * (sp - lp);
    a = (float)(1.0f + pow((double)(p[0] * sf), (double)p[1]));
    b = (float)(1.0f / pow(1 - exp(-pow((double)(sf / 7), 2)), (double)p[2]));
    csf = (float)((double)p[3] / pow((double)(a * b), 0.5));
    for (i = 0; i < 4; i++) mtf = (float)((double)mtf + (double)ma[i] * exp((double)(-mb[i] * sf)));
    lumf = (float)lum;
    rod = (float)((double)sa[0] * pow(pow((double)(sa[1] / lumf), (double)sa[2]) + 1, (double)(-sa[3])));
    return (float)((double)(csf * mtf * rod) * scale);
}

/* "ADM native" CSF of the DLM paper (adm_csf_tools.h), float_adm mode 2. */
static float vmaf__adm_native(int lambda, double nvd, int rdh, int diag)
{
    float r = (float)(nvd * rdh * VMAF__ADM_PI / 180.0);
    float sf = (float)((double)r / pow(2.0, lambda + 1));
    if (diag) sf = (float)((double)sf / 0.7);
    return (float)((0.31 + 0.69 * (double)sf) * exp(-0.29 * (double)sf));
}

/* Barten-Watson blend tables (barten_csf_tools.h), [mae][table][theta'][scale]. */
static int vmaf__adm_blend(int mae, int scale, int diag, double nvd, int rdh, float *out)
{
    static const float t[2][8][2][4] = {
        {{{(float)0.01183, (float)0.025026, (float)0.04295, (float)0.058621}, {(float)0.004302, (float)0.011778, (float)0.023918, (float)0.035901}},
         {{(float)0.004212, (float)0.014809, (float)0.029642, (float)0.047464}, {(float)0.000984, (float)0.005852, (float)0.0146, (float)0.027574}},
         {{(float)0.00226, (float)0.01183, (float)0.025026, (float)0.04295}, {(float)0.000479, (float)0.004302, (float)0.011778, (float)0.023918}},
         {{(float)0.000092, (float)0.004212, (float)0.014809, (float)0.029642}, {(float)0.000050, (float)0.000984, (float)0.005852, (float)0.0146}},
         {{(float)0.018715, (float)0.035637, (float)0.052798, (float)0.061509}, {(float)0.007999, (float)0.018396, (float)0.031851, (float)0.037718}},
         {{(float)0.010144, (float)0.022561, (float)0.040309, (float)0.05672}, {(float)0.003463, (float)0.010282, (float)0.021839, (float)0.034641}},
         {{(float)0.027961, (float)0.045875, (float)0.060275, (float)0.056234}, {(float)0.013572, (float)0.026277, (float)0.036959, (float)0.034511}},
         {{(float)0.016781, (float)0.032822, (float)0.05032, (float)0.061594}, {(float)0.00691, (float)0.016545, (float)0.029917, (float)0.037777}}},
        {{{(float)0.011249, (float)0.022606, (float)0.035930, (float)0.045673}, {(float)0.004097, (float)0.010921, (float)0.021430, (float)0.031313}},
         {{(float)0.004052, (float)0.013939, (float)0.026298, (float)0.038833}, {(float)0.000927, (float)0.005544, (float)0.013415, (float)0.024515}},
         {{(float)0.002166, (float)0.011249, (float)0.022606, (float)0.035930}, {(float)0.000447, (float)0.004097, (float)0.010921, (float)0.021430}},
         {{(float)0.000077, (float)0.004052, (float)0.013939, (float)0.026298}, {(float)0.000045, (float)0.000927, (float)0.005544, (float)0.013415}},
         {{(float)0.017329, (float)0.030870, (float)0.042134, (float)0.047410}, {(float)0.007509, (float)0.016707, (float)0.028072, (float)0.032722}},
         {{(float)0.009689, (float)0.020577, (float)0.034162, (float)0.044523}, {(float)0.003302, (float)0.009579, (float)0.019661, (float)0.030318}},
         {{(float)0.024969, (float)0.037825, (float)0.046676, (float)0.043974}, {(float)0.012511, (float)0.023424, (float)0.032139, (float)0.030166}},
         {{(float)0.015665, (float)0.028766, (float)0.040612, (float)0.047483}, {(float)0.006514, (float)0.015107, (float)0.026476, (float)0.032776}}}};
    /* (rdh, nvd) -> table: 1080/3, 1080/5, 2160/1.5 (= 1080/3), 2160/3, 2160/5, 720/3, 720/5, 480/3, 480/5 */
    int ti;
    if (rdh == 1080 && nvd == 3.0) ti = 0;
    else if (rdh == 1080 && nvd == 5.0) ti = 1;
    else if (rdh == 2160 && nvd == 1.5) ti = 0;
    else if (rdh == 2160 && nvd == 3.0) ti = 2;
    else if (rdh == 2160 && nvd == 5.0) ti = 3;
    else if (rdh == 720 && nvd == 3.0) ti = 4;
    else if (rdh == 720 && nvd == 5.0) ti = 5;
    else if (rdh == 480 && nvd == 3.0) ti = 6;
    else if (rdh == 480 && nvd == 5.0) ti = 7;
    else return -1;
    *out = t[mae][ti][diag][scale];
    return 0;
}

/* CSF factors of one scale: f[0] = f[1] = factor1 (H, V), f[2] = factor2 (D). */
static int vmaf__adm_factors(const VmafAdmConfig *c, int scale, float f[3])
{
    float f1, f2;
    const double nvd = c->norm_view_dist;
    const int rdh = c->ref_display_height;
    if (c->csf_mode == 1) {
        f1 = vmaf__adm_barten(scale, nvd, rdh, 100.0, c->csf_scale);
        f2 = vmaf__adm_barten(scale, nvd, rdh, 100.0, c->csf_diag_scale);
    } else if (c->kind == VMAF_ADM_INTEGER && (c->csf_mode == 2 || c->csf_mode == 3)) {
        if (vmaf__adm_blend(c->csf_mode == 3, scale, 0, nvd, rdh, &f1) ||
            vmaf__adm_blend(c->csf_mode == 3, scale, 1, nvd, rdh, &f2))
            return -1;
    } else if (c->kind == VMAF_ADM_FLOAT && c->csf_mode == 2) {
        f1 = vmaf__adm_native(scale, nvd, rdh, 0);
        f2 = vmaf__adm_native(scale, nvd, rdh, 1);
    } else {
        /* Watson97 depends only on the display resolution r */
        float r = (float)(nvd * rdh * VMAF__ADM_PI / 180.0);
        float r0 = (float)(3.0 * 1080 * VMAF__ADM_PI / 180.0);
        if (r == r0) {
            f1 = vmaf__adm_watson_default[scale][0];
            f2 = vmaf__adm_watson_default[scale][1];
        } else {
            f1 = 1.0f / vmaf__adm_watson_q(scale, 1, nvd, rdh);
            f2 = 1.0f / vmaf__adm_watson_q(scale, 2, nvd, rdh);
        }
    }
    if (c->kind == VMAF_ADM_FLOAT) {
        if (c->f1s[scale] >= 0) f1 = (float)c->f1s[scale];
        if (c->f2s[scale] >= 0) f2 = (float)c->f2s[scale];
    }
    f[0] = f1;
    f[1] = f1;
    f[2] = f2;
    return 0;
}

/* ======================= integer kernels (scalar C) ======================= */

/* Scale 0 DWT from the user's plane (SPEC 4.3): V pass centres and shifts by bpc (Q7 rows),
   H pass rounds by 2^15 and shifts by 16 (Q6 bands, int16). */
static void vmaf__adm_dwt0_c(VmafAdmState *s, const VmafPlane *p, int which, int lo_only)
{
    const VmafAdmGeo *g = &s->geo[0];
    const ptrdiff_t st = s->st16;
    int16_t *A = s->p16[4 * which], *H = s->p16[4 * which + 1];
    int16_t *V = s->p16[4 * which + 2], *D = s->p16[4 * which + 3];
    int32_t *tlo = s->tmp, *thi = s->tmp + g->w;
    const int b = (int)p->bpc;
    const int64_t half = (int64_t)1 << (b - 1);
    const unsigned char *base = (const unsigned char *)p->data;
    int i, j, k;
    for (i = 0; i < g->bh; i++) {
        const unsigned char *r[4];
        for (k = 0; k < 4; k++) r[k] = base + (ptrdiff_t)g->iy[k * g->bh + i] * p->stride;
        if (b == 8) {
            for (j = 0; j < g->w; j++) {
                const int32_t x0 = r[0][j], x1 = r[1][j], x2 = r[2][j], x3 = r[3][j];
                int32_t acc = 15826 * x0 + 27411 * x1 + 7345 * x2 - 4240 * x3 - 46342 * 128;
                tlo[j] = (int16_t)((acc + 128) >> 8);
                if (!lo_only) {
                    acc = -4240 * x0 - 7345 * x1 + 27411 * x2 - 15826 * x3;
                    thi[j] = (int16_t)((acc + 128) >> 8);
                }
            }
        } else {
            for (j = 0; j < g->w; j++) {
                const int64_t x0 = vmaf__adm_ld16(r[0] + 2 * j), x1 = vmaf__adm_ld16(r[1] + 2 * j);
                const int64_t x2 = vmaf__adm_ld16(r[2] + 2 * j), x3 = vmaf__adm_ld16(r[3] + 2 * j);
                int64_t acc = 15826 * x0 + 27411 * x1 + 7345 * x2 - 4240 * x3 - 46342 * half;
                tlo[j] = (int16_t)vmaf__adm_w32((acc + half) >> b);
                if (!lo_only) {
                    acc = -4240 * x0 - 7345 * x1 + 27411 * x2 - 15826 * x3;
                    thi[j] = (int16_t)vmaf__adm_w32((acc + half) >> b);
                }
            }
        }
        for (j = 0; j < g->bw; j++) {
            const int j0 = g->ix[j], j1 = g->ix[g->bw + j], j2 = g->ix[2 * g->bw + j], j3 = g->ix[3 * g->bw + j];
            int32_t s0 = tlo[j0], s1 = tlo[j1], s2 = tlo[j2], s3 = tlo[j3];
            A[i * st + j] = (int16_t)((15826 * s0 + 27411 * s1 + 7345 * s2 - 4240 * s3 + 32768) >> 16);
            if (lo_only) continue;
            V[i * st + j] = (int16_t)((-4240 * s0 - 7345 * s1 + 27411 * s2 - 15826 * s3 + 32768) >> 16);
            s0 = thi[j0]; s1 = thi[j1]; s2 = thi[j2]; s3 = thi[j3];
            H[i * st + j] = (int16_t)((15826 * s0 + 27411 * s1 + 7345 * s2 - 4240 * s3 + 32768) >> 16);
            D[i * st + j] = (int16_t)((-4240 * s0 - 7345 * s1 + 27411 * s2 - 15826 * s3 + 32768) >> 16);
        }
    }
}

/* Scales 1..3 DWT (adm_dwt2_s123_combined): int64 sums, per-scale rounding and shifts. The
   A band of scale s is written over the A band of scale s - 1 (rows are consumed before they
   are overwritten); scale 1 reads the int16 scale-0 A bands directly. */
static void vmaf__adm_dwt123_c(VmafAdmState *s, int scale)
{
    static const int64_t rv[3] = {0, 32768, 32768}, rh[3] = {16384, 32768, 16384};
    static const int sv[3] = {0, 16, 16}, sh[3] = {15, 16, 15};
    const VmafAdmGeo *g = &s->geo[scale];
    const ptrdiff_t st = s->st32;
    const int64_t addv = rv[scale - 1], addh = rh[scale - 1];
    const int shv = sv[scale - 1], shh = sh[scale - 1];
    int32_t *tlo = s->tmp, *thi = s->tmp + g->w;
    int which, i, j, k;
    for (which = 0; which < 2; which++) {
        const int16_t *in16 = scale == 1 ? s->p16[4 * which] : NULL;
        const int32_t *in32 = s->p32[4 * which];
        int32_t *A = s->p32[4 * which], *H = s->p32[4 * which + 1];
        int32_t *V = s->p32[4 * which + 2], *D = s->p32[4 * which + 3];
        for (i = 0; i < g->bh; i++) {
            int64_t x[4], acc;
            if (in16) {
                const int16_t *r[4];
                for (k = 0; k < 4; k++) r[k] = in16 + (ptrdiff_t)g->iy[k * g->bh + i] * s->st16;
                for (j = 0; j < g->w; j++) {
                    x[0] = r[0][j]; x[1] = r[1][j]; x[2] = r[2][j]; x[3] = r[3][j];
                    acc = 15826 * x[0] + 27411 * x[1] + 7345 * x[2] - 4240 * x[3];
                    tlo[j] = vmaf__adm_w32((acc + addv) >> shv);
                    acc = -4240 * x[0] - 7345 * x[1] + 27411 * x[2] - 15826 * x[3];
                    thi[j] = vmaf__adm_w32((acc + addv) >> shv);
                }
            } else {
                const int32_t *r[4];
                for (k = 0; k < 4; k++) r[k] = in32 + (ptrdiff_t)g->iy[k * g->bh + i] * st;
                for (j = 0; j < g->w; j++) {
                    x[0] = r[0][j]; x[1] = r[1][j]; x[2] = r[2][j]; x[3] = r[3][j];
                    acc = 15826 * x[0] + 27411 * x[1] + 7345 * x[2] - 4240 * x[3];
                    tlo[j] = vmaf__adm_w32((acc + addv) >> shv);
                    acc = -4240 * x[0] - 7345 * x[1] + 27411 * x[2] - 15826 * x[3];
                    thi[j] = vmaf__adm_w32((acc + addv) >> shv);
                }
            }
            for (j = 0; j < g->bw; j++) {
                const int j0 = g->ix[j], j1 = g->ix[g->bw + j], j2 = g->ix[2 * g->bw + j], j3 = g->ix[3 * g->bw + j];
                int64_t s0 = tlo[j0], s1 = tlo[j1], s2 = tlo[j2], s3 = tlo[j3];
                A[i * st + j] = vmaf__adm_w32((15826 * s0 + 27411 * s1 + 7345 * s2 - 4240 * s3 + addh) >> shh);
                V[i * st + j] = vmaf__adm_w32((-4240 * s0 - 7345 * s1 + 27411 * s2 - 15826 * s3 + addh) >> shh);
                s0 = thi[j0]; s1 = thi[j1]; s2 = thi[j2]; s3 = thi[j3];
                H[i * st + j] = vmaf__adm_w32((15826 * s0 + 27411 * s1 + 7345 * s2 - 4240 * s3 + addh) >> shh);
                D[i * st + j] = vmaf__adm_w32((-4240 * s0 - 7345 * s1 + 27411 * s2 - 15826 * s3 + addh) >> shh);
            }
        }
    }
}

/* Angle test of decouple: (o . t) >= 0 and (o . t)^2 >= cos^2(1 deg) |o|^2 |t|^2, evaluated on
   the int64 values rounded to float and scaled by 1/4096 in double (SPEC 4.4). */
static inline int vmaf__adm_angle(int64_t dp, int64_t om, int64_t tm)
{
    const double d = (double)(float)dp / 4096.0;
    return d >= 0.0 && d * d >= (double)VMAF__ADM_COS2 * ((double)(float)om / 4096.0) * ((double)(float)tm / 4096.0);
}

/* Scale 0 decouple (adm_decouple) on the extended region. */
static void vmaf__adm_dec0_c(VmafAdmState *s)
{
    const VmafAdmGeo *g = &s->geo[0];
    const ptrdiff_t st = s->st16;
    const double egl = s->cfg.enhn_gain_limit;
    const int32_t *div = s->div;
    int i, j, th;
    for (i = g->et; i < g->eb; i++) {
        for (j = g->el; j < g->er; j++) {
            const ptrdiff_t x = i * st + j;
            const int32_t oh = s->p16[VMAF__ADM_RH][x], ov = s->p16[VMAF__ADM_RH + 1][x];
            const int32_t th_ = s->p16[VMAF__ADM_DH][x], tv = s->p16[VMAF__ADM_DH + 1][x];
            const int angle = vmaf__adm_angle((int64_t)oh * th_ + (int64_t)ov * tv,
                                              (int64_t)oh * oh + (int64_t)ov * ov,
                                              (int64_t)th_ * th_ + (int64_t)tv * tv);
            for (th = 0; th < 3; th++) {
                const int32_t o = s->p16[VMAF__ADM_RH + th][x], t = s->p16[VMAF__ADM_DH + th][x];
                int32_t k = o == 0 ? 32768 : vmaf__adm_w32(((int64_t)div[o + 32768] * t + 16384) >> 15);
                int16_t r;
                k = k < 0 ? 0 : (k > 32768 ? 32768 : k);
                r = (int16_t)((k * o + 16384) >> 15);
                if (angle && k > 0) {
                    const double re = (double)r * egl, td = (double)t;
                    if (o > 0) r = (int16_t)(re < td ? re : td);
                    else if (o < 0) r = (int16_t)(re > td ? re : td);
                }
                s->p16[VMAF__ADM_DH + th][x] = r;
                s->p16[VMAF__ADM_AH + th][x] = vmaf__adm_w16(t - r);
            }
        }
    }
}

/* Scales 1..3 decouple (adm_decouple_s123): the divisor is reduced to its best 15 bits. */
static void vmaf__adm_dec123_c(VmafAdmState *s, int scale)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const ptrdiff_t st = s->st32;
    const double egl = s->cfg.enhn_gain_limit;
    const int32_t *div = s->div;
    int i, j, th;
    for (i = g->et; i < g->eb; i++) {
        for (j = g->el; j < g->er; j++) {
            const ptrdiff_t x = i * st + j;
            const int32_t oh = s->p32[VMAF__ADM_RH][x], ov = s->p32[VMAF__ADM_RH + 1][x];
            const int32_t th_ = s->p32[VMAF__ADM_DH][x], tv = s->p32[VMAF__ADM_DH + 1][x];
            const int angle = vmaf__adm_angle(
                vmaf__adm_add64((int64_t)oh * th_, (int64_t)ov * tv),
                vmaf__adm_add64((int64_t)oh * oh, (int64_t)ov * ov),
                vmaf__adm_add64((int64_t)th_ * th_, (int64_t)tv * tv));
            for (th = 0; th < 3; th++) {
                const int32_t o = s->p32[VMAF__ADM_RH + th][x], t = s->p32[VMAF__ADM_DH + th][x];
                int64_t k;
                int32_t r;
                if (o == 0) {
                    k = 32768;
                } else {
                    const uint32_t a = vmaf__adm_uabs(o);
                    uint32_t m = a;
                    int sh = 0;
                    if (a >= 32768) {
                        sh = 17 - vmaf__adm_clz32(a);
                        m = (a + (1u << (sh - 1))) >> sh;
                    }
                    k = (int64_t)div[m + 32768] * t;
                    if (o < 0) k = -k;
                    k = (k + ((int64_t)1 << (14 + sh))) >> (15 + sh);
                }
                k = k < 0 ? 0 : (k > 32768 ? 32768 : k);
                r = vmaf__adm_w32((k * o + 16384) >> 15);
                if (angle && k > 0) {
                    const double re = (double)r * egl, td = (double)t;
                    if (o > 0) r = (int32_t)(re < td ? re : td);
                    else if (o < 0) r = (int32_t)(re > td ? re : td);
                }
                s->p32[VMAF__ADM_DH + th][x] = r;
                s->p32[VMAF__ADM_AH + th][x] = vmaf__adm_w32((int64_t)t - r);
            }
        }
    }
}

/* Scale 0 CSF (adm_csf) on the extended region: masker M = additive bands (DLM) or restored
   bands (AIM); C = fixed-point rf * M (Q12), F = |C| / 30 (Q17 via 4369 = 2^17 / 30). */
static void vmaf__adm_csf0_c(VmafAdmState *s, int aim)
{
    static const int32_t add[3] = {16384, 16384, 65535}; /* 65535 on D: reference quirk */
    static const int sh[3] = {15, 15, 17};
    const VmafAdmGeo *g = &s->geo[0];
    const ptrdiff_t st = s->st16;
    int i, j, th;
    for (th = 0; th < 3; th++) {
        const int16_t *M = s->p16[(aim ? VMAF__ADM_DH : VMAF__ADM_AH) + th];
        int16_t *C = s->p16[VMAF__ADM_CH + th], *F = s->p16[VMAF__ADM_FH + th];
        const int32_t rf = s->irf0[th];
        for (i = g->et; i < g->eb; i++) {
            for (j = g->el; j < g->er; j++) {
                const int16_t d = vmaf__adm_w16((rf * M[i * st + j] + add[th]) >> sh[th]);
                C[i * st + j] = d;
                F[i * st + j] = vmaf__adm_w16((4369 * (d < 0 ? -(int32_t)d : d) + 2048) >> 12);
            }
        }
    }
}

/* Scales 1..3 CSF (i4_adm_csf): Q32 factors; the 1/30 rounding constant is -2^31 (the
   reference's 1u << 31 stored in an int32, Netflix issue #955; reproduced). */
static void vmaf__adm_csf123_c(VmafAdmState *s, int scale, int aim)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const ptrdiff_t st = s->st32;
    int i, j, th;
    for (th = 0; th < 3; th++) {
        const int32_t *M = s->p32[(aim ? VMAF__ADM_DH : VMAF__ADM_AH) + th];
        int32_t *C = s->p32[VMAF__ADM_CH + th], *F = s->p32[VMAF__ADM_FH + th];
        const int64_t rf = s->irf[scale][th];
        for (i = g->et; i < g->eb; i++) {
            for (j = g->el; j < g->er; j++) {
                const int32_t d = vmaf__adm_w32(((int64_t)M[i * st + j] * rf + 134217728) >> 28);
                C[i * st + j] = d;
                F[i * st + j] = vmaf__adm_w32(((int64_t)143165577 * vmaf__adm_uabs(d) - 2147483648LL) >> 32);
            }
        }
    }
}

/* Masking-sum traversal shared by all masking kernels (SPEC 4.1): row 0 if top <= 0, rows
   max(top,1)..min(bottom,h-1)-1, row h-1 if bottom > h-1; in each row column 0 if left <= 0,
   columns max(left,1)..min(right,w-1)-1, column w-1 if right > w-1. Neighbour index -1 reads
   1 and index h (w) reads h-1 (w-1). VMAF__ADM_CM_ROWS(PIX, ROWEND) expands PIX(i, j, im, ip,
   jm, jp) per visited pixel and ROWEND after each visited row block. */
#define VMAF__ADM_CM_ROW(PIX, i, im, ip)                                             \
    do {                                                                             \
        int j_;                                                                      \
        if (l <= 0) PIX((i), 0, (im), (ip), 1, 1);                                   \
        for (j_ = c0; j_ < c1; j_++) PIX((i), j_, (im), (ip), j_ - 1, j_ + 1);       \
        if (r > w - 1) PIX((i), w - 1, (im), (ip), w - 2, w - 1);                    \
    } while (0)
#define VMAF__ADM_CM_ROWS(PIX, ROWSTART, ROWEND)                                     \
    do {                                                                             \
        int i_;                                                                      \
        ROWSTART;                                                                    \
        if (t <= 0) VMAF__ADM_CM_ROW(PIX, 0, 1, 1);                                  \
        ROWEND;                                                                      \
        for (i_ = r0; i_ < r1; i_++) {                                               \
            ROWSTART;                                                                \
            VMAF__ADM_CM_ROW(PIX, i_, i_ - 1, i_ + 1);                               \
            ROWEND;                                                                  \
        }                                                                            \
        ROWSTART;                                                                    \
        if (b > h - 1) VMAF__ADM_CM_ROW(PIX, h - 1, h - 2, h - 1);                   \
        ROWEND;                                                                      \
    } while (0)

/* Scale 0 masking sum (adm_cm). aim = 0: signal R, masker A, noise weight from the config;
   aim = 1: signal A, masker R, no noise term. */
static float vmaf__adm_cm0_c(VmafAdmState *s, int aim)
{
    const VmafAdmGeo *g = &s->geo[0];
    const ptrdiff_t st = s->st16;
    const int w = g->bw, h = g->bh, l = g->cl, t = g->ct, r = g->cr, b = g->cb;
    const int c0 = l > 1 ? l : 1, c1 = r < w - 1 ? r : w - 1;
    const int r0 = t > 1 ? t : 1, r1 = b < h - 1 ? b : h - 1;
    const int lw = vmaf__adm_clog2((uint64_t)w), shr = vmaf__adm_clog2((uint64_t)h);
    const int shc[3] = {lw - 4, lw - 4, lw - 3}, sub[3] = {10, 10, 12}, sh2[3] = {29, 29, 30};
    const int64_t add2[3] = {268435456, 268435456, 536870912};
    const int64_t addc[3] = {(int64_t)1 << (shc[0] - 1), (int64_t)1 << (shc[1] - 1), (int64_t)1 << (shc[2] - 1)};
    const int64_t addr = (int64_t)1 << (shr - 1);
    const int16_t *S[3], *C[3], *F[3];
    const int32_t rf[3] = {s->irf0[0], s->irf0[1], s->irf0[2]};
    const double nw = aim ? 0.0 : s->cfg.noise_weight;
    int64_t acc[3] = {0, 0, 0}, inner[3] = {0, 0, 0};
    float f[3], add;
    int th;
    for (th = 0; th < 3; th++) {
        S[th] = s->p16[(aim ? VMAF__ADM_AH : VMAF__ADM_DH) + th];
        C[th] = s->p16[VMAF__ADM_CH + th];
        F[th] = s->p16[VMAF__ADM_FH + th];
    }
#define VMAF__ADM_PIX0(i, j, im, ip, jm, jp)                                                          \
    do {                                                                                              \
        int32_t thr = 0;                                                                              \
        int q;                                                                                        \
        for (q = 0; q < 3; q++) {                                                                     \
            const int16_t *fm = F[q] + (im) * st, *f0 = F[q] + (i) * st, *fp = F[q] + (ip) * st;      \
            const int32_t cc = C[q][(i) * st + (j)];                                                  \
            thr += fm[jm] + fm[j] + fm[jp] + f0[jm] + f0[jp] + fp[jm] + fp[j] + fp[jp];               \
            thr += vmaf__adm_w16((8738 * (cc < 0 ? -cc : cc) + 2048) >> 12);                          \
        }                                                                                             \
        for (q = 0; q < 3; q++) {                                                                     \
            const int32_t xv = (int32_t)S[q][(i) * st + (j)] * rf[q];                                 \
            int32_t x = vmaf__adm_w32((int64_t)(xv < 0 ? -(int64_t)xv : xv) -                         \
                                      (int64_t)vmaf__adm_w32((int64_t)thr * ((int64_t)1 << sub[q]))); \
            int32_t x2;                                                                               \
            x = x < 0 ? 0 : x;                                                                        \
            x2 = vmaf__adm_w32(((int64_t)x * x + add2[q]) >> sh2[q]);                                 \
            inner[q] = vmaf__adm_add64(inner[q], ((int64_t)x2 * x + addc[q]) >> shc[q]);             \
        }                                                                                             \
    } while (0)
#define VMAF__ADM_RS0 (inner[0] = inner[1] = inner[2] = 0)
#define VMAF__ADM_RE0                                                                                 \
    do {                                                                                              \
        int q;                                                                                        \
        for (q = 0; q < 3; q++) acc[q] = vmaf__adm_add64(acc[q], vmaf__adm_add64(inner[q], addr) >> shr); \
    } while (0)
    VMAF__ADM_CM_ROWS(VMAF__ADM_PIX0, VMAF__ADM_RS0, VMAF__ADM_RE0);
#undef VMAF__ADM_PIX0
#undef VMAF__ADM_RS0
#undef VMAF__ADM_RE0
    f[0] = (float)((double)acc[0] / vmaf__adm_pow2u(52 - shc[0] - shr));
    f[1] = (float)((double)acc[1] / vmaf__adm_pow2u(52 - shc[1] - shr));
    f[2] = (float)((double)acc[2] / vmaf__adm_pow2u(57 - shc[2] - shr));
    add = powf((float)((b - t) * (r - l) * nw), 1.0f / 3.0f);
    return ((powf(f[0], 1.0f / 3.0f) + add) + (powf(f[1], 1.0f / 3.0f) + add)) + (powf(f[2], 1.0f / 3.0f) + add);
}

/* Scales 1..3 masking sum (i4_adm_cm). */
static float vmaf__adm_cm123_c(VmafAdmState *s, int scale, int aim)
{
    static const int ex[3] = {45, 39, 36};
    const VmafAdmGeo *g = &s->geo[scale];
    const ptrdiff_t st = s->st32;
    const int w = g->bw, h = g->bh, l = g->cl, t = g->ct, r = g->cr, b = g->cb;
    const int c0 = l > 1 ? l : 1, c1 = r < w - 1 ? r : w - 1;
    const int r0 = t > 1 ? t : 1, r1 = b < h - 1 ? b : h - 1;
    const int shc = vmaf__adm_clog2((uint64_t)w), shr = vmaf__adm_clog2((uint64_t)h);
    const int64_t addc = (int64_t)1 << (shc - 1), addr = (int64_t)1 << (shr - 1);
    const int32_t *S[3], *C[3], *F[3];
    const int64_t rf[3] = {s->irf[scale][0], s->irf[scale][1], s->irf[scale][2]};
    const double nw = aim ? 0.0 : s->cfg.noise_weight;
    const float fs = (float)vmaf__adm_pow2u(ex[scale - 1] - shc - shr);
    int64_t acc[3] = {0, 0, 0}, inner[3] = {0, 0, 0};
    float f[3], add;
    int th;
    for (th = 0; th < 3; th++) {
        S[th] = s->p32[(aim ? VMAF__ADM_AH : VMAF__ADM_DH) + th];
        C[th] = s->p32[VMAF__ADM_CH + th];
        F[th] = s->p32[VMAF__ADM_FH + th];
    }
#define VMAF__ADM_PIX1(i, j, im, ip, jm, jp)                                                          \
    do {                                                                                              \
        int64_t thr64 = 0;                                                                            \
        int32_t thr;                                                                                  \
        int q;                                                                                        \
        for (q = 0; q < 3; q++) {                                                                     \
            const int32_t *fm = F[q] + (im) * st, *f0 = F[q] + (i) * st, *fp = F[q] + (ip) * st;      \
            thr64 += (int64_t)fm[jm] + fm[j] + fm[jp] + f0[jm] + f0[jp] + fp[jm] + fp[j] + fp[jp];    \
            thr64 += vmaf__adm_w32(((int64_t)286331153 * vmaf__adm_uabs(C[q][(i) * st + (j)]) -      \
                                    2147483648LL) >> 32);                                             \
        }                                                                                             \
        thr = vmaf__adm_w32(thr64);                                                                   \
        for (q = 0; q < 3; q++) {                                                                     \
            const int32_t xv = vmaf__adm_w32(((int64_t)S[q][(i) * st + (j)] * rf[q] + 134217728) >> 28); \
            int32_t x = vmaf__adm_w32((int64_t)vmaf__adm_uabs(xv) - thr);                             \
            int32_t x2;                                                                               \
            x = x < 0 ? 0 : x;                                                                        \
            x2 = vmaf__adm_w32(((int64_t)x * x + 536870912) >> 30);                                   \
            inner[q] = vmaf__adm_add64(inner[q], ((int64_t)x2 * x + addc) >> shc);                   \
        }                                                                                             \
    } while (0)
#define VMAF__ADM_RS1 (inner[0] = inner[1] = inner[2] = 0)
#define VMAF__ADM_RE1                                                                                 \
    do {                                                                                              \
        int q;                                                                                        \
        for (q = 0; q < 3; q++) acc[q] = vmaf__adm_add64(acc[q], vmaf__adm_add64(inner[q], addr) >> shr); \
    } while (0)
    VMAF__ADM_CM_ROWS(VMAF__ADM_PIX1, VMAF__ADM_RS1, VMAF__ADM_RE1);
#undef VMAF__ADM_PIX1
#undef VMAF__ADM_RS1
#undef VMAF__ADM_RE1
    /* int64 -> float conversion, then a float division (scale 0 divides in double) */
    f[0] = (float)acc[0] / fs;
    f[1] = (float)acc[1] / fs;
    f[2] = (float)acc[2] / fs;
    add = powf((float)((b - t) * (r - l) * nw), 1.0f / 3.0f);
    return ((powf(f[0], 1.0f / 3.0f) + add) + (powf(f[1], 1.0f / 3.0f) + add)) + (powf(f[2], 1.0f / 3.0f) + add);
}

/* Scale 0 denominator (adm_csf_den_scale): sum |O|^3 of the reference bands over the crop,
   per-row shift by max(0, ceil(log2(area)) - 20), then times rf^3 of the float factor. */
static float vmaf__adm_den0_c(VmafAdmState *s)
{
    const VmafAdmGeo *g = &s->geo[0];
    const ptrdiff_t st = s->st16;
    const int area = (g->cb - g->ct) * (g->cr - g->cl);
    const int sa0 = vmaf__adm_clog2((uint64_t)area) - 20, sa = sa0 > 0 ? sa0 : 0;
    const uint64_t ra = sa > 0 ? (uint64_t)1 << (sa - 1) : 0;
    uint64_t acc[3] = {0, 0, 0};
    double csf[3];
    float add, den = 0.0f;
    int i, j, th;
    for (i = g->ct; i < g->cb; i++) {
        for (th = 0; th < 3; th++) {
            const int16_t *o = s->p16[VMAF__ADM_RH + th] + i * st;
            uint64_t inner = 0;
            for (j = g->cl; j < g->cr; j++) {
                const uint64_t a = vmaf__adm_uabs(o[j]);
                inner += a * a * a;
            }
            acc[th] += (inner + ra) >> sa;
        }
    }
    for (th = 0; th < 3; th++)
        csf[th] = ((double)acc[th] / vmaf__adm_pow2u(18 - sa)) * pow((double)s->rf[0][th], 3);
    add = powf((float)(area * s->cfg.noise_weight), 1.0f / 3.0f);
    den = ((powf((float)csf[0], 1.0f / 3.0f) + add) + (powf((float)csf[1], 1.0f / 3.0f) + add)) +
          (powf((float)csf[2], 1.0f / 3.0f) + add);
    return den;
}

/* Scales 1..3 denominator (adm_csf_den_s123). The square is rounded with a full unit 2^shq,
   not half of it (reference quirk, reproduced). */
static float vmaf__adm_den123_c(VmafAdmState *s, int scale)
{
    static const int shq_t[3] = {31, 30, 31}, cv[3] = {32, 27, 23};
    const VmafAdmGeo *g = &s->geo[scale];
    const ptrdiff_t st = s->st32;
    const int shq = shq_t[scale - 1];
    const uint64_t addq = (uint64_t)1 << shq;
    const int shc = vmaf__adm_clog2((uint64_t)(g->cr - g->cl)), sha = vmaf__adm_clog2((uint64_t)(g->cb - g->ct));
    const uint64_t addc = (uint64_t)1 << (shc - 1), adda = (uint64_t)1 << (sha - 1);
    const int area = (g->cb - g->ct) * (g->cr - g->cl);
    uint64_t acc[3] = {0, 0, 0};
    double csf[3];
    float add;
    int i, j, th;
    for (i = g->ct; i < g->cb; i++) {
        for (th = 0; th < 3; th++) {
            const int32_t *o = s->p32[VMAF__ADM_RH + th] + i * st;
            uint64_t inner = 0;
            for (j = g->cl; j < g->cr; j++) {
                const uint64_t a = vmaf__adm_uabs(o[j]);
                inner += ((((a * a) + addq) >> shq) * a + addc) >> shc;
            }
            acc[th] += (inner + adda) >> sha;
        }
    }
    for (th = 0; th < 3; th++)
        csf[th] = ((double)acc[th] / vmaf__adm_pow2u(cv[scale - 1] - sha - shc)) * pow((double)s->rf[scale][th], 3);
    add = powf((float)(area * s->cfg.noise_weight), 1.0f / 3.0f);
    return ((powf((float)csf[0], 1.0f / 3.0f) + add) + (powf((float)csf[1], 1.0f / 3.0f) + add)) +
           (powf((float)csf[2], 1.0f / 3.0f) + add);
}

/* ======================= float kernels (scalar C) ======================= */

/* Float DWT (adm_dwt2_s): float taps, sums formed left to right from 0. Scale 0 reads the
   user's plane as x = p / 2^(bpc-8) - 128 (picture_copy); scales 1..3 read the previous A
   band in place. */
static void vmaf__adm_fdwt_c(VmafAdmState *s, int scale, const VmafPlane *p, int which, int lo_only)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const ptrdiff_t st = s->stf;
    float *A = s->pf[4 * which], *H = s->pf[4 * which + 1], *V = s->pf[4 * which + 2], *D = s->pf[4 * which + 3];
    float *tlo = s->ftmp, *thi = tlo + g->w;
    const float *L = vmaf__adm_flo, *Hf = vmaf__adm_fhi;
    int i, j, k;
    for (i = 0; i < g->bh; i++) {
        float x0, x1, x2, x3, acc;
        if (scale == 0) {
            const unsigned char *r[4];
            const float inv = 1.0f / (float)(1u << (p->bpc - 8));
            for (k = 0; k < 4; k++) r[k] = (const unsigned char *)p->data + (ptrdiff_t)g->iy[k * g->bh + i] * p->stride;
#define VMAF__ADM_FV                                                                               \
    do {                                                                                           \
        acc = 0.0f; acc += L[0] * x0; acc += L[1] * x1; acc += L[2] * x2; acc += L[3] * x3;        \
        tlo[j] = acc;                                                                              \
        if (!lo_only) {                                                                            \
            acc = 0.0f; acc += Hf[0] * x0; acc += Hf[1] * x1; acc += Hf[2] * x2; acc += Hf[3] * x3; \
            thi[j] = acc;                                                                          \
        }                                                                                          \
    } while (0)
            if (p->bpc == 8) {
                for (j = 0; j < g->w; j++) {
                    x0 = (float)r[0][j] + -128.0f; x1 = (float)r[1][j] + -128.0f;
                    x2 = (float)r[2][j] + -128.0f; x3 = (float)r[3][j] + -128.0f;
                    VMAF__ADM_FV;
                }
            } else {
                for (j = 0; j < g->w; j++) {
                    x0 = (float)vmaf__adm_ld16(r[0] + 2 * j) * inv + -128.0f;
                    x1 = (float)vmaf__adm_ld16(r[1] + 2 * j) * inv + -128.0f;
                    x2 = (float)vmaf__adm_ld16(r[2] + 2 * j) * inv + -128.0f;
                    x3 = (float)vmaf__adm_ld16(r[3] + 2 * j) * inv + -128.0f;
                    VMAF__ADM_FV;
                }
            }
        } else {
            const float *r[4];
            for (k = 0; k < 4; k++) r[k] = A + (ptrdiff_t)g->iy[k * g->bh + i] * st;
            for (j = 0; j < g->w; j++) {
                x0 = r[0][j]; x1 = r[1][j]; x2 = r[2][j]; x3 = r[3][j];
                VMAF__ADM_FV;
            }
        }
        for (j = 0; j < g->bw; j++) {
            const int j0 = g->ix[j], j1 = g->ix[g->bw + j], j2 = g->ix[2 * g->bw + j], j3 = g->ix[3 * g->bw + j];
            float s0 = tlo[j0], s1 = tlo[j1], s2 = tlo[j2], s3 = tlo[j3];
            acc = 0.0f; acc += L[0] * s0; acc += L[1] * s1; acc += L[2] * s2; acc += L[3] * s3;
            A[i * st + j] = acc;
            if (lo_only) continue;
            acc = 0.0f; acc += Hf[0] * s0; acc += Hf[1] * s1; acc += Hf[2] * s2; acc += Hf[3] * s3;
            V[i * st + j] = acc;
            s0 = thi[j0]; s1 = thi[j1]; s2 = thi[j2]; s3 = thi[j3];
            acc = 0.0f; acc += L[0] * s0; acc += L[1] * s1; acc += L[2] * s2; acc += L[3] * s3;
            H[i * st + j] = acc;
            acc = 0.0f; acc += Hf[0] * s0; acc += Hf[1] * s1; acc += Hf[2] * s2; acc += Hf[3] * s3;
            D[i * st + j] = acc;
        }
    }
#undef VMAF__ADM_FV
}

/* Float decouple (adm_decouple_s) on the extended region. */
static void vmaf__adm_fdec_c(VmafAdmState *s, int scale)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const ptrdiff_t st = s->stf;
    const double egl = s->cfg.enhn_gain_limit;
    const float eps = (float)1e-30, cos2 = VMAF__ADM_COS2;
    int i, j, th;
    for (i = g->et; i < g->eb; i++) {
        for (j = g->el; j < g->er; j++) {
            const ptrdiff_t x = i * st + j;
            const float oh = s->pf[VMAF__ADM_RH][x], ov = s->pf[VMAF__ADM_RH + 1][x];
            const float th_ = s->pf[VMAF__ADM_DH][x], tv = s->pf[VMAF__ADM_DH + 1][x];
            const float dp = oh * th_ + ov * tv, om = oh * oh + ov * ov, tm = th_ * th_ + tv * tv;
            const int angle = dp >= 0.0f && dp * dp >= cos2 * om * tm;
            for (th = 0; th < 3; th++) {
                const float o = s->pf[VMAF__ADM_RH + th][x], t = s->pf[VMAF__ADM_DH + th][x];
                float k = vmaf__adm_divs(t, o + eps), r;
                k = k < 0.0f ? 0.0f : (k > 1.0f ? 1.0f : k);
                r = k * o;
                if (angle && r > 0.0) {
                    const double re = (double)r * egl;
                    r = (float)(re < (double)t ? re : (double)t);
                }
                if (angle && r < 0.0) {
                    const double re = (double)r * egl;
                    r = (float)(re > (double)t ? re : (double)t);
                }
                s->pf[VMAF__ADM_DH + th][x] = r;
                s->pf[VMAF__ADM_AH + th][x] = t - r;
            }
        }
    }
}

/* Float CSF (adm_csf_s): C = rf * M, F = (float)(C30 * |C|) with a double C30. */
static void vmaf__adm_fcsf_c(VmafAdmState *s, int scale, int aim)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const ptrdiff_t st = s->stf;
    int i, j, th;
    for (th = 0; th < 3; th++) {
        const float *M = s->pf[(aim ? VMAF__ADM_DH : VMAF__ADM_AH) + th];
        float *C = s->pf[VMAF__ADM_CH + th], *F = s->pf[VMAF__ADM_FH + th];
        const float rf = s->rf[scale][th];
        for (i = g->et; i < g->eb; i++) {
            for (j = g->el; j < g->er; j++) {
                const float d = rf * M[i * st + j];
                C[i * st + j] = d;
                F[i * st + j] = (float)(VMAF__ADM_C30 * (double)fabsf(d));
            }
        }
    }
}

/* Float masking sum (adm_cm_s): per orientation the 9 neighbourhood terms are added in float
   in the order above / same row (centre term added in double) / below; thr = H + V + D. */
static float vmaf__adm_fcm_c(VmafAdmState *s, int scale, int aim)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const ptrdiff_t st = s->stf;
    const int w = g->bw, h = g->bh, l = g->cl, t = g->ct, r = g->cr, b = g->cb;
    const int c0 = l > 1 ? l : 1, c1 = r < w - 1 ? r : w - 1;
    const int r0 = t > 1 ? t : 1, r1 = b < h - 1 ? b : h - 1;
    const double p = s->cfg.p_norm, nw = aim ? 0.0 : s->cfg.noise_weight;
    const int p3 = p == 3.0, bypass = s->cfg.bypass_cm != 0;
    const float pf = (float)p, ip = (float)(1.0f / p);
    const float *S[3], *C[3], *F[3];
    const float rf[3] = {s->rf[scale][0], s->rf[scale][1], s->rf[scale][2]};
    float acc[3] = {0.0f, 0.0f, 0.0f}, inner[3] = {0.0f, 0.0f, 0.0f}, add;
    int th;
    for (th = 0; th < 3; th++) {
        S[th] = s->pf[(aim ? VMAF__ADM_AH : VMAF__ADM_DH) + th];
        C[th] = s->pf[VMAF__ADM_CH + th];
        F[th] = s->pf[VMAF__ADM_FH + th];
    }
#define VMAF__ADM_PIXF(i, j, im, ip, jm, jp)                                                        \
    do {                                                                                            \
        float thr = 0.0f;                                                                           \
        int q;                                                                                      \
        if (!bypass) {                                                                              \
            for (q = 0; q < 3; q++) {                                                               \
                const float *fm = F[q] + (im) * st, *f0 = F[q] + (i) * st, *fp = F[q] + (ip) * st;  \
                float sum = 0.0f;                                                                   \
                sum += fm[jm]; sum += fm[j]; sum += fm[jp];                                         \
                sum += f0[jm];                                                                      \
                sum = (float)((double)sum + VMAF__ADM_C15 * (double)fabsf(C[q][(i) * st + (j)]));   \
                sum += f0[jp];                                                                      \
                sum += fp[jm]; sum += fp[j]; sum += fp[jp];                                         \
                thr += sum;                                                                         \
            }                                                                                       \
        }                                                                                           \
        for (q = 0; q < 3; q++) {                                                                   \
            float x = fabsf(S[q][(i) * st + (j)] * rf[q]) - thr;                                    \
            x = x < 0.0f ? 0.0f : x;                                                                \
            if (p3) inner[q] += x * x * x;                                                          \
            else inner[q] += powf(x, pf);                                                           \
        }                                                                                           \
    } while (0)
#define VMAF__ADM_RSF (inner[0] = inner[1] = inner[2] = 0.0f)
#define VMAF__ADM_REF (acc[0] += inner[0], acc[1] += inner[1], acc[2] += inner[2])
    VMAF__ADM_CM_ROWS(VMAF__ADM_PIXF, VMAF__ADM_RSF, VMAF__ADM_REF);
#undef VMAF__ADM_PIXF
#undef VMAF__ADM_RSF
#undef VMAF__ADM_REF
    add = powf((float)((r - l) * (b - t) * nw), ip);
    return ((powf(acc[0], ip) + add) + (powf(acc[1], ip) + add)) + (powf(acc[2], ip) + add);
}

/* Float denominator (adm_csf_den_scale_s): sum |rf * O|^p over the crop. */
static float vmaf__adm_fden_c(VmafAdmState *s, int scale)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const ptrdiff_t st = s->stf;
    const double p = s->cfg.p_norm;
    const int p3 = p == 3.0;
    const float pf = (float)p, ip = (float)(1.0f / p);
    float acc[3] = {0.0f, 0.0f, 0.0f}, add;
    int i, j, th;
    for (i = g->ct; i < g->cb; i++) {
        float inner[3] = {0.0f, 0.0f, 0.0f};
        for (j = g->cl; j < g->cr; j++) {
            for (th = 0; th < 3; th++) {
                const float a = fabsf(s->rf[scale][th] * s->pf[VMAF__ADM_RH + th][i * st + j]);
                if (p3) inner[th] += a * a * a;
                else inner[th] += powf(a, pf);
            }
        }
        acc[0] += inner[0];
        acc[1] += inner[1];
        acc[2] += inner[2];
    }
    add = powf((float)((g->cr - g->cl) * (g->cb - g->ct) * s->cfg.noise_weight), ip);
    return ((powf(acc[0], ip) + add) + (powf(acc[1], ip) + add)) + (powf(acc[2], ip) + add);
}

/* ======================= frame drivers ======================= */

static void vmaf__adm_finish(const VmafAdmState *s, const float nums[4], const float dens[4], double num,
                             double den, double aim_num, double aim_den, VmafAdmScores *o)
{
    const VmafAdmConfig *c = &s->cfg;
    const double limit = 1e-10 * (double)(int)(s->w * s->h) / (1920.0 * 1080.0);
    double adm2, aim = 0.0, adm3;
    int k;
    num = num < limit ? 0 : num;
    den = den < limit ? 0 : den;
    if (den == 0.0) {
        adm2 = 1.0; /* aim stays 0: libvmaf leaves it unset here (SPEC 10.2 item 7) */
    } else {
        adm2 = num / den;
        if (c->kind == VMAF_ADM_INTEGER) aim = aim_num / den;
        else {
            aim = aim_num / aim_den;
            aim = aim < 1.0 ? aim : 1.0;
        }
    }
    if (c->kind == VMAF_ADM_FLOAT && c->adm3_apply_hm) adm3 = 2 * adm2 * aim / (adm2 + aim);
    else adm3 = adm2 * c->dlm_weight + (1 - aim) * (1 - c->dlm_weight);
    adm3 = adm3 > c->min_val ? adm3 : c->min_val;
    o->adm2 = adm2;
    o->aim = aim;
    o->adm3 = adm3;
    o->num = num;
    o->den = den;
    for (k = 0; k < 4; k++) {
        o->num_scale[k] = nums[k];
        o->den_scale[k] = dens[k];
        o->scale[k] = (double)nums[k] / (double)dens[k];
    }
}

static void vmaf__adm_run_int(VmafAdmState *s, const VmafPlane *ref, const VmafPlane *dis, VmafAdmScores *o)
{
    const VmafAdmConfig *c = &s->cfg;
    float nums[4], dens[4], aims[4];
    double num = 0, den = 0, aim = 0;
    int sc;
    s->k.dwt0(s, ref, 0, c->skip_scale0);
    s->k.dwt0(s, dis, 1, c->skip_scale0);
    nums[0] = 0.0f;
    aims[0] = 0.0f;
    if (c->skip_scale0) {
        dens[0] = (float)1e-10;
    } else {
        s->k.dec0(s);
        dens[0] = s->k.den0(s);
        s->k.csf0(s, 0);
        nums[0] = s->k.cm0(s, 0);
        if (!c->skip_aim) {
            s->k.csf0(s, 1);
            aims[0] = s->k.cm0(s, 1);
        }
    }
    for (sc = 1; sc < 4; sc++) {
        s->k.dwt123(s, sc);
        s->k.dec123(s, sc);
        dens[sc] = s->k.den123(s, sc);
        s->k.csf123(s, sc, 0);
        nums[sc] = s->k.cm123(s, sc, 0);
        aims[sc] = 0.0f;
        if (!c->skip_aim) {
            s->k.csf123(s, sc, 1);
            aims[sc] = s->k.cm123(s, sc, 1);
        }
    }
    for (sc = 0; sc < 4; sc++) {
        num += nums[sc];
        den += dens[sc];
        aim += aims[sc];
    }
    vmaf__adm_finish(s, nums, dens, num, den, aim, 0.0, o);
}

static void vmaf__adm_run_float(VmafAdmState *s, const VmafPlane *ref, const VmafPlane *dis, VmafAdmScores *o)
{
    const VmafAdmConfig *c = &s->cfg;
    float nums[4], dens[4], aims[4];
    double num = 0, den = 0, aim_num = 0, aim_den = 0;
    int sc;
    for (sc = 0; sc < 4; sc++) {
        const int lo_only = sc == 0 && c->skip_scale0;
        s->k.fdwt(s, sc, ref, 0, lo_only);
        s->k.fdwt(s, sc, dis, 1, lo_only);
        if (lo_only) {
            nums[sc] = 0.0f;
            dens[sc] = (float)1e-10;
            aims[sc] = 0.0f;
        } else {
            s->k.fdec(s, sc);
            dens[sc] = s->k.fden(s, sc);
            s->k.fcsf(s, sc, 0);
            nums[sc] = s->k.fcm(s, sc, 0);
            s->k.fcsf(s, sc, 1);
            aims[sc] = s->k.fcm(s, sc, 1);
        }
        num += nums[sc];
        den += dens[sc];
        if (c->skip_aim_scale != sc) {
            aim_den += dens[sc];
            aim_num += aims[sc];
        }
    }
    vmaf__adm_finish(s, nums, dens, num, den, aim_num, aim_den, o);
}

/* ======================= options, keys, layout ======================= */

#define VMAF__ADM_OFF(f) offsetof(VmafAdmConfig, f)
#define VMAF__ADM_FP VMAF__OPT_FEATURE_PARAM
static const VmafOptionDesc vmaf__adm_opts_int[] = {
    {"debug", NULL, VMAF__OPT_BOOL, VMAF__ADM_OFF(debug), 0, 0, 1, 0, NULL},
    {"adm_csf_scale", "scf", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(csf_scale), 1.0, 0.0, 50.0, VMAF__ADM_FP, NULL},
    {"adm_csf_diag_scale", "scfd", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(csf_diag_scale), 1.0, 0.0, 50.0, VMAF__ADM_FP, NULL},
    {"adm_dlm_weight", "dlmw", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(dlm_weight), 0.5, 0.0, 1.0, VMAF__ADM_FP, NULL},
    {"adm_enhn_gain_limit", "egl", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(enhn_gain_limit), 100.0, 1.0, 100.0, VMAF__ADM_FP, NULL},
    {"adm_norm_view_dist", "nvd", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(norm_view_dist), 3.0, 0.75, 24.0, VMAF__ADM_FP, NULL},
    {"adm_ref_display_height", "rdh", VMAF__OPT_INT, VMAF__ADM_OFF(ref_display_height), 1080, 1, 4320, VMAF__ADM_FP, NULL},
    {"adm_csf_mode", "csf", VMAF__OPT_INT, VMAF__ADM_OFF(csf_mode), 0, 0, 3, VMAF__ADM_FP, NULL},
    {"adm_noise_weight", "nw", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(noise_weight), 0.03125, 0.0, 1500.0, VMAF__ADM_FP, NULL},
    {"adm_skip_aim", NULL, VMAF__OPT_BOOL, VMAF__ADM_OFF(skip_aim), 0, 0, 1, 0, NULL},
    {"adm_skip_scale0", "ssz", VMAF__OPT_BOOL, VMAF__ADM_OFF(skip_scale0), 0, 0, 1, VMAF__ADM_FP, NULL},
    {"adm_min_val", "min", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(min_val), 0.0, 0.0, 1.0, VMAF__ADM_FP, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
static const VmafOptionDesc vmaf__adm_opts_float[] = {
    {"debug", NULL, VMAF__OPT_BOOL, VMAF__ADM_OFF(debug), 0, 0, 1, 0, NULL},
    {"adm_enhn_gain_limit", "egl", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(enhn_gain_limit), 100.0, 1.0, 100.0, VMAF__ADM_FP, NULL},
    {"adm_norm_view_dist", "nvd", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(norm_view_dist), 3.0, 0.75, 24.0, VMAF__ADM_FP, NULL},
    {"adm_noise_weight", "nw", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(noise_weight), 0.03125, 0.0, 1500.0, VMAF__ADM_FP, NULL},
    {"adm_csf_scale", "scf", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(csf_scale), 1.0, 0.0, 50.0, VMAF__ADM_FP, NULL},
    {"adm_csf_diag_scale", "scfd", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(csf_diag_scale), 1.0, 0.0, 50.0, VMAF__ADM_FP, NULL},
    {"adm_ref_display_height", "rdf", VMAF__OPT_INT, VMAF__ADM_OFF(ref_display_height), 1080, 1, 4320, VMAF__ADM_FP, NULL},
    {"adm_csf_mode", "csf", VMAF__OPT_INT, VMAF__ADM_OFF(csf_mode), 0, 0, 9, VMAF__ADM_FP, NULL},
    {"adm_bypass_cm", "bcm", VMAF__OPT_INT, VMAF__ADM_OFF(bypass_cm), 0, 0, 1, VMAF__ADM_FP, NULL},
    {"adm_adm3_apply_hm", "aah", VMAF__OPT_BOOL, VMAF__ADM_OFF(adm3_apply_hm), 0, 0, 1, VMAF__ADM_FP, NULL},
    {"adm_p_norm", "apn", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(p_norm), 3.0, 1.0, 20.0, VMAF__ADM_FP, NULL},
    {"adm_dlm_weight", "dlmw", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(dlm_weight), 0.5, 0.0, 1.0, VMAF__ADM_FP, NULL},
    {"adm_min_val", "min", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(min_val), 0.0, 0.0, 1.0, VMAF__ADM_FP, NULL},
    {"adm_f1s0", "f1s0", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(f1s), -1.0, -1.0, 10.0, VMAF__ADM_FP, NULL},
    {"adm_f1s1", "f1s1", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(f1s) + sizeof(double), -1.0, -1.0, 10.0, VMAF__ADM_FP, NULL},
    {"adm_f1s2", "f1s2", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(f1s) + 2 * sizeof(double), -1.0, -1.0, 10.0, VMAF__ADM_FP, NULL},
    {"adm_f1s3", "f1s3", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(f1s) + 3 * sizeof(double), -1.0, -1.0, 10.0, VMAF__ADM_FP, NULL},
    {"adm_f2s0", "f2s0", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(f2s), -1.0, -1.0, 10.0, VMAF__ADM_FP, NULL},
    {"adm_f2s1", "f2s1", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(f2s) + sizeof(double), -1.0, -1.0, 10.0, VMAF__ADM_FP, NULL},
    {"adm_f2s2", "f2s2", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(f2s) + 2 * sizeof(double), -1.0, -1.0, 10.0, VMAF__ADM_FP, NULL},
    {"adm_f2s3", "f2s3", VMAF__OPT_DOUBLE, VMAF__ADM_OFF(f2s) + 3 * sizeof(double), -1.0, -1.0, 10.0, VMAF__ADM_FP, NULL},
    /* default -1 lies outside the accepted [0, 3], as in libvmaf */
    {"adm_skip_aim_scale", "sasc", VMAF__OPT_INT, VMAF__ADM_OFF(skip_aim_scale), -1, 0, 3, VMAF__ADM_FP, NULL},
    {"adm_skip_scale0", "ssz", VMAF__OPT_BOOL, VMAF__ADM_OFF(skip_scale0), 0, 0, 1, VMAF__ADM_FP, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
#undef VMAF__ADM_FP

/* libvmaf's provided-feature lists (integer_adm.c, float_adm.c) and our emission order. */
static const char *const vmaf__adm_provided_int[] = {
    "VMAF_integer_feature_adm2_score", "VMAF_integer_feature_aim_score", "VMAF_integer_feature_adm3_score",
    "integer_adm_scale0", "integer_adm_scale1", "integer_adm_scale2", "integer_adm_scale3",
    "integer_adm", "integer_adm_num", "integer_adm_den",
    "integer_adm_num_scale0", "integer_adm_den_scale0", "integer_adm_num_scale1", "integer_adm_den_scale1",
    "integer_adm_num_scale2", "integer_adm_den_scale2", "integer_adm_num_scale3", "integer_adm_den_scale3",
    NULL};
static const char *const vmaf__adm_provided_float[] = {
    "VMAF_feature_adm2_score", "VMAF_feature_aim_score", "VMAF_feature_adm3_score", "VMAF_feature_adm_scale0_score",
    "VMAF_feature_adm_scale1_score", "VMAF_feature_adm_scale2_score", "VMAF_feature_adm_scale3_score",
    "adm_num", "adm_den", "adm_scale0",
    "adm_num_scale0", "adm_den_scale0", "adm_num_scale1", "adm_den_scale1",
    "adm_num_scale2", "adm_den_scale2", "adm_num_scale3", "adm_den_scale3",
    NULL};
static const char *const vmaf__adm_emit_float[VMAF__ADM_NKEYS] = {
    "VMAF_feature_adm2_score", "VMAF_feature_aim_score", "VMAF_feature_adm3_score", "VMAF_feature_adm_scale0_score",
    "VMAF_feature_adm_scale1_score", "VMAF_feature_adm_scale2_score", "VMAF_feature_adm_scale3_score",
    "adm", "adm_num", "adm_den",
    "adm_num_scale0", "adm_den_scale0", "adm_num_scale1", "adm_den_scale1",
    "adm_num_scale2", "adm_den_scale2", "adm_num_scale3", "adm_den_scale3"};

static const VmafOptionDesc *vmaf__adm_opts(int kind)
{
    return kind == VMAF_ADM_FLOAT ? vmaf__adm_opts_float : vmaf__adm_opts_int;
}

VMAFDEF void vmaf_adm_config_default(VmafAdmConfig *cfg, VmafAdmKind kind)
{
    if (!cfg) return;
    memset(cfg, 0, sizeof *cfg);
    cfg->kind = kind;
    /* both tables together cover every field; fields of the other kind get their defaults too */
    vmaf__opt_defaults(vmaf__adm_opts_int, cfg);
    vmaf__opt_defaults(vmaf__adm_opts_float, cfg);
}

VMAFDEF int vmaf_adm_config_parse(VmafAdmConfig *cfg, const char *options)
{
    if (!cfg || (cfg->kind != VMAF_ADM_INTEGER && cfg->kind != VMAF_ADM_FLOAT)) return VMAF_ERR_INVALID_ARGUMENT;
    return vmaf__opt_parse(vmaf__adm_opts(cfg->kind), cfg, options, cfg->log, cfg->log_user);
}

/* Checks every option value of cfg against its kind's table and the cross-option rules. */
static int vmaf__adm_check_config(const VmafAdmConfig *c)
{
    const VmafOptionDesc *o, *other;
    const int kind = c->kind;
    if (kind != VMAF_ADM_INTEGER && kind != VMAF_ADM_FLOAT)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_INVALID_ARGUMENT, "adm: unknown kind %d", (int)kind);
    for (o = vmaf__adm_opts(kind); o->name; o++) {
        double v;
        if (o->type == VMAF__OPT_DOUBLE) {
            memcpy(&v, (const char *)c + o->offset, sizeof v);
        } else {
            int iv;
            memcpy(&iv, (const char *)c + o->offset, sizeof iv);
            v = iv;
        }
        if (o->offset == VMAF__ADM_OFF(skip_aim_scale) && v == -1) continue;
        if (!(v >= o->min && v <= o->max))
            return vmaf__fail(c->log, c->log_user, VMAF_ERR_BAD_OPTION, "%s: option '%s' = %g is outside [%g, %g]",
                              kind ? "float_adm" : "adm", o->name, v, o->min, o->max);
    }
    /* options of the other kind only: must keep their defaults */
    other = vmaf__adm_opts(!kind);
    for (o = other; o->name; o++) {
        const VmafOptionDesc *m;
        int same = 0, differs;
        for (m = vmaf__adm_opts(kind); m->name; m++)
            if (m->offset == o->offset) same = 1;
        if (same) continue;
        if (o->type == VMAF__OPT_DOUBLE) {
            double v;
            memcpy(&v, (const char *)c + o->offset, sizeof v);
            differs = v != o->def;
        } else {
            int v;
            memcpy(&v, (const char *)c + o->offset, sizeof v);
            differs = v != (int)o->def;
        }
        if (differs)
            return vmaf__fail(c->log, c->log_user, VMAF_ERR_BAD_OPTION, "%s: option '%s' exists only in %s",
                              kind ? "float_adm" : "adm", o->name, kind ? "adm (integer)" : "float_adm");
    }
    if (kind == VMAF_ADM_INTEGER && c->norm_view_dist * c->ref_display_height < 3.0 * 1080)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_BAD_OPTION,
                          "adm: adm_norm_view_dist * adm_ref_display_height = %g * %d = %g is below 3240 "
                          "(3.0 x 1080): the integer ADM pipeline cannot represent that angular frequency "
                          "(libvmaf rejects it too); use float_adm",
                          c->norm_view_dist, c->ref_display_height, c->norm_view_dist * c->ref_display_height);
    return VMAF_OK;
}

/* Per-scale CSF factors and, for the integer kind, their fixed-point forms (SPEC 4.5). */
static int vmaf__adm_setup_factors(VmafAdmState *s)
{
    const VmafAdmConfig *c = &s->cfg;
    int sc, th;
    for (sc = 0; sc < 4; sc++) {
        if (vmaf__adm_factors(c, sc, s->rf[sc]))
            return vmaf__fail(c->log, c->log_user, VMAF_ERR_BAD_OPTION,
                              "adm: adm_csf_mode %d has no blend table for adm_ref_display_height %d with "
                              "adm_norm_view_dist %g (tables: 1080/3, 1080/5, 2160/1.5, 2160/3, 2160/5)",
                              c->csf_mode, c->ref_display_height, c->norm_view_dist);
    }
    if (c->kind != VMAF_ADM_INTEGER) return VMAF_OK;
    if (fabs(c->norm_view_dist * c->ref_display_height - 3.0 * 1080) < 1.0e-8 && c->csf_mode == 0) {
        s->irf0[0] = 36453; /* hard-coded by the reference for the default display */
        s->irf0[1] = 36453;
        s->irf0[2] = 49417;
    } else {
        for (th = 0; th < 3; th++) {
            const double v = (double)s->rf[0][th] * (th < 2 ? 2097152.0 : 8388608.0);
            if (!(v >= 0.0 && v < 65536.0))
                return vmaf__fail(c->log, c->log_user, VMAF_ERR_BAD_OPTION,
                                  "adm: adm_csf_mode %d gives a scale-0 CSF factor %g that does not fit the "
                                  "integer pipeline (needs %s < %g); libvmaf overflows here (undefined "
                                  "results); lower adm_csf_scale / adm_csf_diag_scale or use float_adm",
                                  c->csf_mode, (double)s->rf[0][th], th < 2 ? "factor1" : "factor2",
                                  th < 2 ? 65536.0 / 2097152.0 : 65536.0 / 8388608.0);
            s->irf0[th] = (uint16_t)v;
        }
    }
    for (sc = 1; sc < 4; sc++) {
        for (th = 0; th < 3; th++) {
            const double v = (double)s->rf[sc][th] * 4294967296.0;
            if (!(v >= 0.0 && v < 4294967296.0))
                return vmaf__fail(c->log, c->log_user, VMAF_ERR_BAD_OPTION,
                                  "adm: adm_csf_mode %d gives a scale-%d CSF factor %g >= 1 that does not fit "
                                  "the integer pipeline; libvmaf overflows here (undefined results); lower "
                                  "adm_csf_scale / adm_csf_diag_scale or use float_adm",
                                  c->csf_mode, sc, (double)s->rf[sc][th]);
            s->irf[sc][th] = (uint32_t)v;
        }
    }
    return VMAF_OK;
}

typedef struct VmafAdmLayout {
    size_t total, state, idx, tmp, div, planes, plane16, plane32, planef, region32;
    int bw[4], bh[4], w[4], h[4];
    ptrdiff_t st16, st32, stf;
} VmafAdmLayout;

/* Computes the single-block layout; 0 on overflow. */
static size_t vmaf__adm_layout(VmafAdmLayout *L, unsigned w, unsigned h, int kind)
{
    size_t n = 0, idx = 0, sz;
    int sc;
    memset(L, 0, sizeof *L);
    L->w[0] = (int)w;
    L->h[0] = (int)h;
    for (sc = 0; sc < 4; sc++) {
        if (sc) { L->w[sc] = L->bw[sc - 1]; L->h[sc] = L->bh[sc - 1]; }
        L->bw[sc] = (L->w[sc] + 1) / 2;
        L->bh[sc] = (L->h[sc] + 1) / 2;
        idx += 4 * (size_t)(L->bw[sc] + L->bh[sc]);
    }
    L->state = vmaf__align64(sizeof(VmafAdmState));
    L->idx = vmaf__align64(vmaf__mul(idx, sizeof(int32_t)));
    L->tmp = vmaf__align64(vmaf__mul((size_t)w, 4 * sizeof(int32_t)));
    if (kind == VMAF_ADM_INTEGER) {
        L->st16 = (L->bw[0] + 31) & ~31;
        L->st32 = (L->bw[1] + 15) & ~15;
        L->div = vmaf__align64(65537 * sizeof(int32_t));
        L->plane16 = vmaf__align64(vmaf__mul(vmaf__mul((size_t)L->st16, (size_t)L->bh[0]), sizeof(int16_t)));
        L->plane32 = vmaf__align64(vmaf__mul(vmaf__mul((size_t)L->st32, (size_t)L->bh[1]), sizeof(int32_t)));
        /* scale-0 slots other than the two A bands are dead once scale 1 starts: the int32
           planes of scales 1..3 share that region */
        sz = vmaf__mul(15, L->plane16);
        L->region32 = vmaf__mul(VMAF__ADM_NPLANES, L->plane32);
        if (L->region32 > sz) sz = L->region32;
        L->planes = vmaf__add(vmaf__mul(2, L->plane16), sz);
        if (!L->plane16 || !L->plane32 || !sz) return 0;
    } else {
        L->stf = (L->bw[0] + 15) & ~15;
        L->planef = vmaf__align64(vmaf__mul(vmaf__mul((size_t)L->stf, (size_t)L->bh[0]), sizeof(float)));
        L->planes = vmaf__mul(VMAF__ADM_NPLANES, L->planef);
        if (!L->planef) return 0;
    }
    if (!L->state || !L->idx || !L->tmp || !L->planes) return 0;
    n = vmaf__add(L->state, L->idx);
    n = n ? vmaf__add(n, L->tmp) : 0;
    n = n ? vmaf__add(n, L->div) : 0;
    n = n ? vmaf__add(n, L->planes) : 0;
    n = n ? vmaf__add(n, 64) : 0; /* alignment slack for create_in */
    L->total = n;
    return n;
}

VMAFDEF size_t vmaf_adm_memory_size(unsigned w, unsigned h, unsigned bpc, const VmafAdmConfig *cfg)
{
    VmafAdmLayout L;
    if (!cfg || (cfg->kind != VMAF_ADM_INTEGER && cfg->kind != VMAF_ADM_FLOAT)) return 0;
    if (vmaf__check_geometry(w, h, bpc, VMAF_ADM_MIN_SIZE, VMAF_ADM_MIN_SIZE) != VMAF_OK) return 0;
    return vmaf__adm_layout(&L, w, h, cfg->kind);
}

static void vmaf__adm_pick_kernels(VmafAdmState *s)
{
    s->cpu = vmaf__cpu_detect() & ~s->cfg.cpumask;
    s->k.dwt0 = vmaf__adm_dwt0_c;
    s->k.dwt123 = vmaf__adm_dwt123_c;
    s->k.dec0 = vmaf__adm_dec0_c;
    s->k.dec123 = vmaf__adm_dec123_c;
    s->k.csf0 = vmaf__adm_csf0_c;
    s->k.csf123 = vmaf__adm_csf123_c;
    s->k.cm0 = vmaf__adm_cm0_c;
    s->k.cm123 = vmaf__adm_cm123_c;
    s->k.den0 = vmaf__adm_den0_c;
    s->k.den123 = vmaf__adm_den123_c;
    s->k.fdwt = vmaf__adm_fdwt_c;
    s->k.fdec = vmaf__adm_fdec_c;
    s->k.fcsf = vmaf__adm_fcsf_c;
    s->k.fcm = vmaf__adm_fcm_c;
    s->k.fden = vmaf__adm_fden_c;
    /* SIMD kernels (AVX2 / AVX-512 / NEON) plug in here, chosen from s->cpu; they must give
       the scalar results bit for bit (same integer arithmetic, same float operation order). */
}

/* Source index of tap k (0..3) of output i for an input of length n (SPEC 4.2): 2i - 1 + k
   with -1 -> 1 and n + d -> n - 1 - d. */
static void vmaf__adm_indices(int32_t *out, int nout, int n)
{
    int i, k;
    for (k = 0; k < 4; k++) {
        for (i = 0; i < nout; i++) {
            int v = 2 * i - 1 + k;
            if (v < 0) v = -v;
            else if (v >= n) v = 2 * n - v - 1;
            out[k * nout + i] = v;
        }
    }
}

VMAFDEF int vmaf_adm_create_in(VmafAdmState **out, void *mem, size_t size, unsigned w, unsigned h,
                               unsigned bpc, const VmafAdmConfig *cfg)
{
    VmafAdmConfig defcfg;
    VmafAdmLayout L;
    VmafAdmState *s;
    unsigned char *base;
    int32_t *idx;
    int err, sc, k, i;
    const char *const *emit;
    if (out) *out = NULL;
    if (!cfg) {
        vmaf_adm_config_default(&defcfg, VMAF_ADM_INTEGER);
        cfg = &defcfg;
    }
    if (!out || !mem)
        return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_INVALID_ARGUMENT, "adm: NULL out or memory");
    err = vmaf__adm_check_config(cfg);
    if (err) return err;
    err = vmaf__check_geometry(w, h, bpc, VMAF_ADM_MIN_SIZE, VMAF_ADM_MIN_SIZE);
    if (err)
        return vmaf__fail(cfg->log, cfg->log_user, err, "adm: frame %ux%u at %u bits is not supported "
                          "(size %d..32768 in each dimension, bpc 8..16)", w, h, bpc, VMAF_ADM_MIN_SIZE);
    if (!vmaf__adm_layout(&L, w, h, cfg->kind))
        return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_TOO_LARGE, "adm: %ux%u needs more memory than size_t holds", w, h);
    if (size < L.total)
        return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_INVALID_ARGUMENT,
                          "adm: memory block of %lu bytes is smaller than the %lu needed",
                          (unsigned long)size, (unsigned long)L.total);
    base = (unsigned char *)mem;
    base += (64 - ((uintptr_t)base & 63)) & 63;
    memset(base, 0, L.total - 64);
    s = (VmafAdmState *)(void *)base;
    s->cfg = *cfg;
    s->w = w;
    s->h = h;
    s->bpc = bpc;
    base += L.state;
    idx = (int32_t *)(void *)base;
    base += L.idx;
    for (sc = 0; sc < 4; sc++) {
        VmafAdmGeo *g = &s->geo[sc];
        g->w = L.w[sc];
        g->h = L.h[sc];
        g->bw = L.bw[sc];
        g->bh = L.bh[sc];
        vmaf__adm_indices(idx, g->bh, g->h);
        g->iy = idx;
        idx += 4 * g->bh;
        vmaf__adm_indices(idx, g->bw, g->w);
        g->ix = idx;
        idx += 4 * g->bw;
        /* (int) of a double truncates toward zero, as in the reference */
        g->el = (int)(g->bw * 0.1 - 0.5 - 1);
        g->et = (int)(g->bh * 0.1 - 0.5 - 1);
        g->er = g->bw - g->el + 2;
        g->eb = g->bh - g->et + 2;
        if (g->el < 0) g->el = 0;
        if (g->et < 0) g->et = 0;
        if (g->er > g->bw) g->er = g->bw;
        if (g->eb > g->bh) g->eb = g->bh;
        g->cl = (int)(g->bw * 0.1 - 0.5);
        g->ct = (int)(g->bh * 0.1 - 0.5);
        g->cr = g->bw - g->cl;
        g->cb = g->bh - g->ct;
    }
    s->tmp = (int32_t *)(void *)base;
    s->ftmp = (float *)(void *)base;
    base += L.tmp;
    if (cfg->kind == VMAF_ADM_INTEGER) {
        s->div = (int32_t *)(void *)base;
        base += L.div;
        for (i = 1; i <= 32768; i++) {
            s->div[32768 + i] = (int32_t)(1073741824 / i);
            s->div[32768 - i] = -(int32_t)(1073741824 / i);
        }
        s->st16 = L.st16;
        s->st32 = L.st32;
        s->p16[VMAF__ADM_RA] = (int16_t *)(void *)base;
        s->p16[VMAF__ADM_DA] = (int16_t *)(void *)(base + L.plane16);
        base += 2 * L.plane16;
        for (k = 0, i = 0; k < VMAF__ADM_NPLANES; k++) {
            if (k == VMAF__ADM_RA || k == VMAF__ADM_DA) continue;
            s->p16[k] = (int16_t *)(void *)(base + (size_t)i++ * L.plane16);
        }
        for (k = 0; k < VMAF__ADM_NPLANES; k++) s->p32[k] = (int32_t *)(void *)(base + (size_t)k * L.plane32);
    } else {
        s->stf = L.stf;
        for (k = 0; k < VMAF__ADM_NPLANES; k++) s->pf[k] = (float *)(void *)(base + (size_t)k * L.planef);
    }
    err = vmaf__adm_setup_factors(s);
    if (err) return err;
    vmaf__adm_pick_kernels(s);
    emit = cfg->kind == VMAF_ADM_FLOAT ? vmaf__adm_emit_float : vmaf__adm_provided_int;
    for (k = 0; k < VMAF__ADM_NKEYS; k++) {
        if (cfg->kind == VMAF_ADM_FLOAT && !strcmp(emit[k], "adm"))
            strcpy(s->keys[k], "adm"); /* not a provided feature in libvmaf: never renamed */
        else
            vmaf__opt_key(vmaf__adm_opts(cfg->kind), &s->cfg, emit[k], s->keys[k], sizeof s->keys[k]);
    }
    *out = s;
    return VMAF_OK;
}

VMAFDEF int vmaf_adm_create(VmafAdmState **out, unsigned w, unsigned h, unsigned bpc, const VmafAdmConfig *cfg)
{
    VmafAdmConfig defcfg;
    size_t size;
    void *mem;
    int err;
    if (out) *out = NULL;
    if (!cfg) {
        vmaf_adm_config_default(&defcfg, VMAF_ADM_INTEGER);
        cfg = &defcfg;
    }
    if (!out) return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_INVALID_ARGUMENT, "adm: NULL out");
    err = vmaf__adm_check_config(cfg);
    if (err) return err;
    err = vmaf__check_geometry(w, h, bpc, VMAF_ADM_MIN_SIZE, VMAF_ADM_MIN_SIZE);
    if (err)
        return vmaf__fail(cfg->log, cfg->log_user, err, "adm: frame %ux%u at %u bits is not supported "
                          "(size %d..32768 in each dimension, bpc 8..16)", w, h, bpc, VMAF_ADM_MIN_SIZE);
    size = vmaf_adm_memory_size(w, h, bpc, cfg);
    if (!size) return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_TOO_LARGE, "adm: %ux%u is too large", w, h);
    mem = vmaf__alloc(&cfg->allocator, size);
    if (!mem)
        return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_OUT_OF_MEMORY, "adm: cannot allocate %lu bytes",
                          (unsigned long)size);
    err = vmaf_adm_create_in(out, mem, size, w, h, bpc, cfg);
    if (err) {
        vmaf__free(&cfg->allocator, mem);
        return err;
    }
    (*out)->owned = 1;
    return VMAF_OK;
}

VMAFDEF void vmaf_adm_destroy(VmafAdmState *s)
{
    VmafAllocator a;
    if (!s || !s->owned) return;
    a = s->cfg.allocator;
    vmaf__free(&a, s); /* the state sits at the start of its (64-byte aligned) block */
}

VMAFDEF int vmaf_adm_compute(VmafAdmState *s, const VmafPlane *ref, const VmafPlane *dis, VmafAdmScores *out)
{
    int err;
    if (!s || !ref || !dis || !out) return VMAF_ERR_INVALID_ARGUMENT;
    err = vmaf__check_plane(ref, s->w, s->h, s->bpc);
    if (!err) err = vmaf__check_plane(dis, s->w, s->h, s->bpc);
    if (err)
        return vmaf__fail(s->cfg.log, s->cfg.log_user, err, "adm: plane does not match the state (%ux%u, %u bits): %s",
                          s->w, s->h, s->bpc, vmaf_result_string(err));
    if (s->cfg.kind == VMAF_ADM_INTEGER) vmaf__adm_run_int(s, ref, dis, out);
    else vmaf__adm_run_float(s, ref, dis, out);
    return VMAF_OK;
}

VMAFDEF int vmaf_adm_key(const VmafAdmState *s, const char *name, char *out, size_t size)
{
    const char *const *p;
    if (!s || !name || !out || !size) return VMAF_ERR_INVALID_ARGUMENT;
    for (p = s->cfg.kind == VMAF_ADM_FLOAT ? vmaf__adm_provided_float : vmaf__adm_provided_int; *p; p++) {
        if (!strcmp(*p, name)) {
            vmaf__opt_key(vmaf__adm_opts(s->cfg.kind), &s->cfg, name, out, size);
            return VMAF_OK;
        }
    }
    return VMAF_ERR_NOT_FOUND;
}

/* ---------------- generic extractor tables ---------------- */
static int vmaf__adm_ext_create(void **state, const VmafExtractorArgs *a, VmafAdmKind kind)
{
    VmafAdmConfig c;
    VmafAdmState *s = NULL;
    int err;
    if (!state) return VMAF_ERR_INVALID_ARGUMENT;
    *state = NULL;
    if (!a) return VMAF_ERR_INVALID_ARGUMENT;
    vmaf_adm_config_default(&c, kind);
    c.cpumask = a->cpumask;
    c.allocator = a->allocator;
    c.log = a->log;
    c.log_user = a->log_user;
    err = vmaf_adm_config_parse(&c, a->options);
    if (err) return err;
    err = vmaf_adm_create(&s, a->w, a->h, a->bpc, &c);
    if (err) return err;
    *state = s;
    return VMAF_OK;
}
static int vmaf__adm_ext_create_int(void **state, const VmafExtractorArgs *a)
{
    return vmaf__adm_ext_create(state, a, VMAF_ADM_INTEGER);
}
static int vmaf__adm_ext_create_float(void **state, const VmafExtractorArgs *a)
{
    return vmaf__adm_ext_create(state, a, VMAF_ADM_FLOAT);
}
static int vmaf__adm_ext_key(void *state, const char *provided, char *out, size_t size)
{
    return vmaf_adm_key((const VmafAdmState *)state, provided, out, size);
}
static int vmaf__adm_ext_push(void *state, const VmafFrame *ref, const VmafFrame *dis, unsigned index,
                              VmafEmitFn emit, void *user)
{
    VmafAdmState *s = (VmafAdmState *)state;
    VmafPlane pr, pd;
    VmafAdmScores r;
    double v[VMAF__ADM_NKEYS];
    int err, k, n;
    if (!s || !ref || !dis || !emit) return VMAF_ERR_INVALID_ARGUMENT;
    pr = vmaf_frame_plane(ref, 0);
    pd = vmaf_frame_plane(dis, 0);
    err = vmaf_adm_compute(s, &pr, &pd, &r);
    if (err) return err;
    v[0] = r.adm2;
    v[1] = r.aim;
    v[2] = r.adm3;
    for (k = 0; k < 4; k++) v[3 + k] = r.scale[k];
    v[7] = r.adm2;
    v[8] = r.num;
    v[9] = r.den;
    for (k = 0; k < 4; k++) {
        v[10 + 2 * k] = r.num_scale[k];
        v[11 + 2 * k] = r.den_scale[k];
    }
    n = s->cfg.debug ? VMAF__ADM_NKEYS : 7;
    for (k = 0; k < n; k++) emit(user, index, s->keys[k], v[k]);
    return VMAF_OK;
}
static void vmaf__adm_ext_destroy(void *state) { vmaf_adm_destroy((VmafAdmState *)state); }

static const VmafExtractor vmaf__adm_ext_int = {
    VMAF_EXTRACTOR_ABI, sizeof(VmafExtractor), "adm", vmaf__adm_provided_int, 0, vmaf__adm_ext_create_int,
    vmaf__adm_ext_key, vmaf__adm_ext_push, NULL, vmaf__adm_ext_destroy, NULL};
static const VmafExtractor vmaf__adm_ext_float = {
    VMAF_EXTRACTOR_ABI, sizeof(VmafExtractor), "float_adm", vmaf__adm_provided_float, 0,
    vmaf__adm_ext_create_float, vmaf__adm_ext_key, vmaf__adm_ext_push, NULL, vmaf__adm_ext_destroy, NULL};

VMAFDEF const VmafExtractor *vmaf_adm_extractor(void) { return &vmaf__adm_ext_int; }
VMAFDEF const VmafExtractor *vmaf_adm_float_extractor(void) { return &vmaf__adm_ext_float; }

VMAFDEF const char *vmaf_adm_version(void) { return VMAF_ADM_VERSION_STRING; }

#undef VMAF__ADM_OFF
#undef VMAF__ADM_CM_ROW
#undef VMAF__ADM_CM_ROWS

VMAF__FP_END
#endif /* VMAF_ADM_IMPLEMENTATION */

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
