/* vmaf_adm.h - v0.3.3 - ADM features for VMAF: libvmaf's "adm" (integer_adm2, integer_aim,
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
     VMAF_NO_SIMD                   scalar C only (no intrinsics headers, no SIMD code)
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

   SIMD
     Every kernel has AVX2 and AVX-512 (F/BW/DQ/VL) versions on x86-64, chosen at run time per
     state from the CPU (cpuid + OS state) minus cfg.cpumask (libvmaf's bits: VMAF_CPU_AVX2 = 8,
     VMAF_CPU_AVX512 = 16), through per-function target attributes: a plain -O2 build uses
     AVX-512 where the CPU has it. AArch64 always has NEON (cpumask bit 1 turns it off). All
     paths give the same results bit for bit, integer and float (see DETERMINISM). At 1080p on
     one core of an AVX-512 Xeon: integer about 28 / 6.2 / 3.9 ms per frame (scalar / AVX2 /
     AVX-512), float about 28 / 6.8 / 5.4 ms (bench/bench_adm.c, before 0.3.3). The SIMD paths
     run each scale row by row and keep most bands in 4-row rings (see "row-by-row frame
     drivers"), so a state's working set is a few MB at 1080p; the scalar path works a whole
     plane at a time.

   THREADING
     A state is used by one thread at a time; separate states are independent (no globals).
     The library never creates threads.

   DETERMINISM
     Integer ADM is bit-identical to libvmaf 3.2.0's scalar C code on every option the
     reference handles consistently (checked against libvmaf's 17-digit output: 36 runs on 12
     pairs, 8 to 16 bits, every option). The float kernels keep libvmaf's operation order with FMA
     contraction off. Float ADM's decouple step divides as n * rcp(d) with x86's rcpss plus
     one Newton step, as libvmaf does on x86, so float ADM (and float VMAF) follow the CPU's
     rcpss table exactly as libvmaf's do: on an Intel CPU ours matches the Intel-made goldens bit
     for bit, on an AMD Zen 4 it matches libvmaf run on that CPU bit for bit (tests/data/
     golden-amd: 63 goldens; the two vendors' float VMAF differ by up to 1.1e-5). Non-x86
     builds divide exactly (like libvmaf on ARM): then the scores move by about 1e-7 from the
     Intel goldens and the debug num values by about two float ulps. Run-time libm calls: powf
     (1/3 powers), pow, log10, exp for non-default CSF settings; the default Watson factors are
     shipped as data.
     The SIMD paths (AVX2, AVX-512, NEON) give the scalar path's results bit for bit, for every
     output, integer and float, on every input: exact integer arithmetic with the scalar code's
     wrap-arounds; float values computed in the scalar operation order (no FMA, double where
     the scalar code uses double) and float row sums still added column by column. The x86
     SIMD float decouple uses the 8-lane rcpps, which returns rcpss's values (checked at create;
     a CPU where it would not keeps the scalar decouple). Checked by tests/test_adm_simd.c on
     every golden, on synthetic frames and on full-range inputs of every SIMD row function.

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
     index builder writes out of bounds); bpc 8..16 (uint16 samples in host order for bpc > 8,
     2-byte aligned, even byte stride). Samples above the bit depth are not checked: no
     undefined behaviour or out-of-bounds access (tests/test_harden.c), but the scores are then
     unspecified. Memory per state: about 8.5 * w * h bytes (integer), 17 * w * h (float), plus
     about 150 * w (integer) or 320 * w (float) bytes of row buffers and rings. The SIMD paths
     touch only about 1.5 * w * h (integer) or 2 * w * h (float) bytes of the planes: the rest
     of the block is never written, so never resident (float with adm_p_norm other than 3 uses
     whole planes).

   HISTORY
     0.3.3  integer and float ADM on the SIMD paths run each scale row by row (DWT, decouple,
            denominator and masking rows interleaved): the H, V, D and additive bands live in
            4-row rings, only the A bands are whole planes (1080p: ~3 MB of planes touched
            instead of 18 MB integer, 4 instead of 35 MB float; AVX-512 integer 5.2 -> 4.7 ms
            per 1080p frame and 24.6 -> 19.5 ms at 4K, float 6.6 -> 5.0 and 32.4 -> 20.5 ms);
            same scores
     0.3.2  the band planes (most of the state) are zeroed by the first compute, not by
            create: with one state per thread, each thread touches its own pages
     0.3.1  one rule for 16-bit planes: odd data address or odd stride -> VMAF_ERR_BAD_STRIDE;
            unknown layout -> VMAF_ERR_INVALID_ARGUMENT; push() refuses ref/dis of different
            size, bpc or layout (VMAF_ERR_MISMATCH); common block v3
     0.3.0  AVX2, AVX-512 and NEON kernels for integer and float ADM (bit-identical)
     0.1.0  integer and float ADM, all options, extractor tables (scalar C)
*/
#ifndef VMAF_ADM_H
#define VMAF_ADM_H
#define VMAF_ADM_VERSION_MAJOR 0
#define VMAF_ADM_VERSION_MINOR 3
#define VMAF_ADM_VERSION_PATCH 3
#define VMAF_ADM_VERSION_STRING "0.3.3"

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
   alignment slack). About 8.5*w*h bytes for the integer kind, 17*w*h for float; the SIMD
   paths touch only about 1.5*w*h (integer) or 2*w*h (float) of them.
   @return the size, or 0 if cfg is NULL, the kind is unknown, bpc is outside 8..16 or the
           size is outside VMAF_ADM_MIN_SIZE..32768 or overflows size_t. */
VMAFDEF size_t vmaf_adm_memory_size(unsigned w, unsigned h, unsigned bpc, const VmafAdmConfig *cfg);

/* Creates a state for w x h luma planes of bit depth bpc (8..16) with the options in cfg
   (NULL = integer defaults). One allocation through cfg->allocator. Create writes only its
   head (state, index tables, row buffers, band rings and the integer reciprocal table: about
   150 * w + 300 KB integer, 320 * w float); the first vmaf_adm_compute() zeroes the band
   planes it uses, so most pages are first touched by the thread that computes.
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
           state), VMAF_ERR_BAD_BPC, VMAF_ERR_BAD_STRIDE (stride below one row, or bpc > 8 with
           an odd data address or odd stride). *out is untouched on error. */
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
#define VMAF__ADM_RING 4 /* rows per band ring of the SIMD row-by-row drivers (a power of 2) */

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

typedef struct VmafAdmRows VmafAdmRows; /* SIMD row functions of one instruction set */

struct VmafAdmState {
    VmafAdmConfig cfg;
    unsigned w, h, bpc;
    int owned;               /* allocated by vmaf_adm_create */
    unsigned cpu;            /* detected & ~cpumask */
    VmafAdmKernels k;
    const VmafAdmRows *rows; /* SIMD paths: row functions used by the *_v drivers */
    int fused;               /* vmaf__adm_int_rows / vmaf__adm_float_rows compute the frame, with
                                the H, V, D and additive bands in rings (vmaf__adm_ro) */
    VmafAdmGeo geo[4];
    float rf[4][3];          /* CSF factors per scale for H, V, D (float) */
    uint16_t irf0[3];        /* integer scale 0 fixed point (Q21, Q21, Q23) */
    uint32_t irf[4][3];      /* integer scales 1..3 fixed point (Q32) */
    ptrdiff_t st16, st32, stf; /* plane strides in elements */
    int16_t *p16[VMAF__ADM_NPLANES]; /* integer scale 0 */
    int32_t *p32[VMAF__ADM_NPLANES]; /* integer scales 1..3 (aliases the scale-0 slots 1..3, 5..16) */
    float *pf[VMAF__ADM_NPLANES];    /* float, all scales */
    int32_t *tmp;            /* scratch rows: 64 w + 8192 bytes (scalar DWT rows, SIMD rows) */
    float *ftmp;             /* float view of tmp */
    int32_t *div;            /* integer: 65537-entry reciprocal table, DIV[32768 +- i] = +-(2^30 / i) */
    unsigned char *lazy;     /* the band planes, zeroed by the first compute (not by create: the
                                thread that computes first touches those pages, in parallel) */
    size_t lazy_n;
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

/* Scale 0 decouple (adm_decouple) of the coefficient at offset x of the int16 planes. */
static inline void vmaf__adm_dec0_px(VmafAdmState *s, ptrdiff_t x)
{
    const double egl = s->cfg.enhn_gain_limit;
    const int32_t *div = s->div;
    const int32_t oh = s->p16[VMAF__ADM_RH][x], ov = s->p16[VMAF__ADM_RH + 1][x];
    const int32_t th_ = s->p16[VMAF__ADM_DH][x], tv = s->p16[VMAF__ADM_DH + 1][x];
    const int angle = vmaf__adm_angle((int64_t)oh * th_ + (int64_t)ov * tv, (int64_t)oh * oh + (int64_t)ov * ov,
                                      (int64_t)th_ * th_ + (int64_t)tv * tv);
    int th;
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

/* Scale 0 decouple (adm_decouple) on the extended region. */
static void vmaf__adm_dec0_c(VmafAdmState *s)
{
    const VmafAdmGeo *g = &s->geo[0];
    int i, j;
    for (i = g->et; i < g->eb; i++)
        for (j = g->el; j < g->er; j++) vmaf__adm_dec0_px(s, i * s->st16 + j);
}

/* Scales 1..3 decouple (adm_decouple_s123) of the coefficient at offset x of the int32
   planes: the divisor is reduced to its best 15 bits. */
static inline void vmaf__adm_dec123_px(VmafAdmState *s, ptrdiff_t x)
{
    const double egl = s->cfg.enhn_gain_limit;
    const int32_t *div = s->div;
    const int32_t oh = s->p32[VMAF__ADM_RH][x], ov = s->p32[VMAF__ADM_RH + 1][x];
    const int32_t th_ = s->p32[VMAF__ADM_DH][x], tv = s->p32[VMAF__ADM_DH + 1][x];
    const int angle = vmaf__adm_angle(vmaf__adm_add64((int64_t)oh * th_, (int64_t)ov * tv),
                                      vmaf__adm_add64((int64_t)oh * oh, (int64_t)ov * ov),
                                      vmaf__adm_add64((int64_t)th_ * th_, (int64_t)tv * tv));
    int th;
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

/* Scales 1..3 decouple (adm_decouple_s123) on the extended region. */
static void vmaf__adm_dec123_c(VmafAdmState *s, int scale)
{
    const VmafAdmGeo *g = &s->geo[scale];
    int i, j;
    for (i = g->et; i < g->eb; i++)
        for (j = g->el; j < g->er; j++) vmaf__adm_dec123_px(s, i * s->st32 + j);
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

/* Float decouple (adm_decouple_s) of the coefficient at offset x of the float planes. */
static inline void vmaf__adm_fdec_px(VmafAdmState *s, ptrdiff_t x)
{
    const double egl = s->cfg.enhn_gain_limit;
    const float eps = (float)1e-30, cos2 = VMAF__ADM_COS2;
    const float oh = s->pf[VMAF__ADM_RH][x], ov = s->pf[VMAF__ADM_RH + 1][x];
    const float th_ = s->pf[VMAF__ADM_DH][x], tv = s->pf[VMAF__ADM_DH + 1][x];
    const float dp = oh * th_ + ov * tv, om = oh * oh + ov * ov, tm = th_ * th_ + tv * tv;
    const int angle = dp >= 0.0f && dp * dp >= cos2 * om * tm;
    int th;
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

/* Float decouple (adm_decouple_s) on the extended region. */
static void vmaf__adm_fdec_c(VmafAdmState *s, int scale)
{
    const VmafAdmGeo *g = &s->geo[scale];
    int i, j;
    for (i = g->et; i < g->eb; i++)
        for (j = g->el; j < g->er; j++) vmaf__adm_fdec_px(s, i * s->stf + j);
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

/* ======================= SIMD kernels (AVX2, AVX-512, NEON) =======================
   Every SIMD kernel gives the scalar kernels' results bit for bit, on every input:
   - integer kernels use exact integer arithmetic only: products are widened where the scalar
     code widens, 32-bit values wrap where the scalar code wraps (vmaf__adm_w32/w16); a 64-bit
     scalar product becomes a 64-bit lane product (even / odd lanes on AVX2);
   - float kernels keep the scalar operation order for every output value: lanes are
     independent columns, no FMA, double precision where the scalar code converts to double,
     and each float row sum still adds one column after the other in column order (the SIMD
     code computes the terms, a scalar loop adds them; several rows are summed side by side);
   - the integer masking rows (cm0 / cm1) fuse the CSF step: they compute, for the rows they
     need, G = sum over orientations of the 1/30 terms and T = sum of (1/15 centre term minus
     own 1/30 term), so thr = (3x3 box sum of G) + T, the box as three rows of horizontal
     3-sums R (computed once per row); no CSF planes are written. The float masking sum
     computes its C and F rows into small rings the same way (vmaf__adm_fcm_run).
   Structure: the drivers below (plain C) walk rows and borders; each ISA provides the row
   functions of VmafAdmRows, which process n consecutive samples (SIMD blocks, then scalar
   element helpers for the remainder). Integer ADM, and float ADM when every float stage has
   a row kernel (adm_p_norm 3 and an rcpps that matches rcpss), run each scale row by row
   (vmaf__adm_int_rows, vmaf__adm_float_rows); otherwise float ADM runs the *_v plane
   drivers, mixed with scalar kernels. */
#if defined(VMAF__HAVE_AVX2) || defined(VMAF__HAVE_AVX512) || defined(VMAF__HAVE_NEON)
#define VMAF__ADM_SIMD 1
#endif

#if defined(VMAF__ADM_SIMD)
/* Constants of one masking-sum row (integer). */
typedef struct VmafAdmCmK {
    int32_t rf0[3];  /* scale 0: fixed-point CSF factors (uint16 values) */
    uint32_t rf[3];  /* scales 1..3: Q32 factors */
    int shc[3];      /* per-term shift */
    int64_t addc[3]; /* its rounding constant */
} VmafAdmCmK;

struct VmafAdmRows {
    /* integer DWT, scale 0: vertical pass of one output row (four source rows of bytes or
       16-bit samples) into int16 rows lo, hi (columns 0..w-1); horizontal pass from the
       padded rows (valid -1..w+1) into band rows A, H, V, D (columns 0..bw-1) */
    void (*v0)(const unsigned char *const *r, int bpc, int16_t *lo, int16_t *hi, int w, int lo_only);
    void (*h0)(const int16_t *lo, const int16_t *hi, int16_t *const *band, int bw, int lo_only);
    /* scales 1..3: vertical pass into "split" rows sp[0..3] = (low16 ^ 0x8000, high16) of
       the int32 results of the lo and hi filters; v1 reads int16 rows (scale 1), v2 int32 rows
       (scales 2, 3); horizontal pass h1 from the padded split rows into int32 band rows */
    void (*v1)(const int16_t *const *r, int16_t *const *sp, int w);
    void (*v2)(const int32_t *const *r, int16_t *const *sp, int w);
    void (*h1)(const int16_t *const *sp, int32_t *const *band, int bw, int sh16);
    /* decouple of n coefficients from plane offset x */
    void (*dec0)(VmafAdmState *s, ptrdiff_t x, int n);
    void (*dec1)(VmafAdmState *s, ptrdiff_t x, int n);
    /* CSF terms G and T of n samples from the masker rows M[0..2] */
    void (*g0)(const int16_t *const *M, const int32_t *rf, int32_t *G, int32_t *T, int n);
    void (*g1)(const int32_t *const *M, const uint32_t *rf, int32_t *G, int32_t *T, int n);
    /* horizontal 3-sums of a G row: R[j] = G[j-1] + G[j] + G[j+1] (wrapping), j = 0..n-1 */
    void (*h3)(const int32_t *G, int32_t *R, int n);
    /* masking terms of n pixels: signal rows S[0..2], 3-sum rows R above / same / below, T;
       thr = sum of the three R + T; adds the exact row sums to inner[0..2] */
    void (*cm0)(const int16_t *const *S, const int32_t *const *G, const int32_t *T, const VmafAdmCmK *k, int n, int64_t *inner);
    void (*cm1)(const int32_t *const *S, const int32_t *const *G, const int32_t *T, const VmafAdmCmK *k, int n, int64_t *inner);
    /* denominator row sums */
    uint64_t (*den0)(const int16_t *o, int n);
    uint64_t (*den1)(const int32_t *o, int n, int shq, int shc);
    /* float DWT: vertical pass from the plane (scale 0) or from float rows; horizontal pass */
    void (*fv0)(const unsigned char *const *r, int bpc, float *lo, float *hi, int w, int lo_only);
    void (*fv)(const float *const *r, float *lo, float *hi, int w, int lo_only);
    void (*fh)(const float *lo, const float *hi, float *const *band, int bw, int lo_only);
    void (*fdec)(VmafAdmState *s, ptrdiff_t x, int n);
    void (*fcsf)(const float *M, float *C, float *F, float rf, int n);
    /* masking terms max(|rf S| - thr, 0)^3 of n interior pixels into out[0..2]; F[3q + 0/1/2]
       are the rows above / same / below of orientation q */
    void (*fcm)(const float *const *S, const float *const *C, const float *const *F, const float *rf, int bypass, int n,
                float *const *out);
    /* |rf O|^3 of n samples of the three orientations into out[0..2] */
    void (*fden)(const float *const *O, const float *rf, int n, float *const *out);
};

/* ---- scalar element helpers (tails of the SIMD rows; same arithmetic as the kernels) ---- */
/* Scale-0 vertical pass of column j: samples centred by 2^(bpc-1) make the sums exact in
   int32 (the lo taps add up to 46342, the hi taps to 0). */
static inline void vmaf__adm_v0_1(const unsigned char *const *r, int bpc, int j, int16_t *lo, int16_t *hi, int lo_only)
{
    const int32_t half = (int32_t)1 << (bpc - 1);
    int32_t x[4];
    int k;
    for (k = 0; k < 4; k++) x[k] = (bpc == 8 ? (int32_t)r[k][j] : (int32_t)vmaf__adm_ld16(r[k] + 2 * j)) - half;
    lo[j] = (int16_t)((15826 * x[0] + 27411 * x[1] + 7345 * x[2] - 4240 * x[3] + half) >> bpc);
    if (!lo_only) hi[j] = (int16_t)((-4240 * x[0] - 7345 * x[1] + 27411 * x[2] - 15826 * x[3] + half) >> bpc);
}
/* Scale-0 horizontal pass, output j, from a padded row t. */
static inline int16_t vmaf__adm_h0_1(const int16_t *t, int j, const int32_t *c)
{
    return (int16_t)((c[0] * t[2 * j - 1] + c[1] * t[2 * j] + c[2] * t[2 * j + 1] + c[3] * t[2 * j + 2] + 32768) >> 16);
}
/* split form of an int32 value: (low 16 bits ^ 0x8000, high 16 bits), so that
   v = 65536 * high + (low + 32768) with both halves signed 16-bit */
static inline void vmaf__adm_split(int32_t v, int16_t *l, int16_t *h)
{
    *l = vmaf__adm_w16((int32_t)(((uint32_t)v & 0xFFFFu) ^ 0x8000u));
    *h = (int16_t)(v >> 16);
}
static inline int64_t vmaf__adm_unsplit(int16_t l, int16_t h)
{
    return (int64_t)h * 65536 + (int64_t)((uint32_t)(uint16_t)l ^ 0x8000u);
}
static inline void vmaf__adm_v1_1(const int16_t *const *r, int j, int16_t *const *sp)
{
    const int32_t x0 = r[0][j], x1 = r[1][j], x2 = r[2][j], x3 = r[3][j];
    vmaf__adm_split(15826 * x0 + 27411 * x1 + 7345 * x2 - 4240 * x3, sp[0] + j, sp[1] + j);
    vmaf__adm_split(-4240 * x0 - 7345 * x1 + 27411 * x2 - 15826 * x3, sp[2] + j, sp[3] + j);
}
static inline void vmaf__adm_v2_1(const int32_t *const *r, int j, int16_t *const *sp)
{
    const int64_t x0 = r[0][j], x1 = r[1][j], x2 = r[2][j], x3 = r[3][j];
    vmaf__adm_split(vmaf__adm_w32((15826 * x0 + 27411 * x1 + 7345 * x2 - 4240 * x3 + 32768) >> 16), sp[0] + j, sp[1] + j);
    vmaf__adm_split(vmaf__adm_w32((-4240 * x0 - 7345 * x1 + 27411 * x2 - 15826 * x3 + 32768) >> 16), sp[2] + j, sp[3] + j);
}
static inline int32_t vmaf__adm_h1_1(const int16_t *L, const int16_t *H, int j, const int32_t *c, int sh16)
{
    const int64_t x0 = vmaf__adm_unsplit(L[2 * j - 1], H[2 * j - 1]), x1 = vmaf__adm_unsplit(L[2 * j], H[2 * j]);
    const int64_t x2 = vmaf__adm_unsplit(L[2 * j + 1], H[2 * j + 1]), x3 = vmaf__adm_unsplit(L[2 * j + 2], H[2 * j + 2]);
    const int64_t acc = c[0] * x0 + c[1] * x1 + c[2] * x2 + c[3] * x3;
    return sh16 ? vmaf__adm_w32((acc + 32768) >> 16) : vmaf__adm_w32((acc + 16384) >> 15);
}
/* CSF terms of one scale-0 sample (SPEC 4.6, 4.7): G = sum of F, T = sum of (centre - F). */
static inline void vmaf__adm_g0_1(const int16_t *const *M, const int32_t *rf, int j, int32_t *G, int32_t *T)
{
    static const int32_t add[3] = {16384, 16384, 65535};
    static const int sh[3] = {15, 15, 17};
    int32_t g = 0, ct = 0;
    int q;
    for (q = 0; q < 3; q++) {
        const int16_t c = vmaf__adm_w16((rf[q] * M[q][j] + add[q]) >> sh[q]);
        const int32_t a = c < 0 ? -(int32_t)c : c;
        g += vmaf__adm_w16((4369 * a + 2048) >> 12);
        ct += vmaf__adm_w16((8738 * a + 2048) >> 12);
    }
    G[j] = g;
    T[j] = ct - g;
}
static inline void vmaf__adm_g1_1(const int32_t *const *M, const uint32_t *rf, int j, int32_t *G, int32_t *T)
{
    int64_t g = 0, ct = 0;
    int q;
    for (q = 0; q < 3; q++) {
        const int32_t c = vmaf__adm_w32(((int64_t)M[q][j] * (int64_t)rf[q] + 134217728) >> 28);
        const uint32_t a = vmaf__adm_uabs(c);
        g += vmaf__adm_w32(((int64_t)143165577 * a - 2147483648LL) >> 32);
        ct += vmaf__adm_w32(((int64_t)286331153 * a - 2147483648LL) >> 32);
    }
    G[j] = vmaf__adm_w32(g);
    T[j] = vmaf__adm_w32(ct - g);
}
static inline int32_t vmaf__adm_h3_1(const int32_t *G, int j)
{
    return vmaf__adm_w32((int64_t)G[j - 1] + G[j] + G[j + 1]);
}
/* thr of SPEC 4.7 modulo 2^32 (the scalar code's int64 sum cast to int32) from 3-sum rows */
static inline int32_t vmaf__adm_box(const int32_t *const *R, const int32_t *T, int j)
{
    return vmaf__adm_w32((int64_t)R[0][j] + R[1][j] + R[2][j] + T[j]);
}
/* masking terms of one pixel (SPEC 4.7); thr from vmaf__adm_box */
static inline void vmaf__adm_cm0_1(const int16_t *const *S, const int32_t *const *G, const int32_t *T, const VmafAdmCmK *k,
                                   int j, int64_t *inner)
{
    static const int sub[3] = {10, 10, 12}, sh2[3] = {29, 29, 30};
    static const int64_t add2[3] = {268435456, 268435456, 536870912};
    const int32_t thr = vmaf__adm_box(G, T, j);
    int q;
    for (q = 0; q < 3; q++) {
        const int32_t xv = (int32_t)S[q][j] * k->rf0[q];
        int32_t x = vmaf__adm_w32((int64_t)(xv < 0 ? -(int64_t)xv : xv) - (int64_t)vmaf__adm_w32((int64_t)thr * ((int64_t)1 << sub[q])));
        int32_t x2;
        x = x < 0 ? 0 : x;
        x2 = vmaf__adm_w32(((int64_t)x * x + add2[q]) >> sh2[q]);
        inner[q] = vmaf__adm_add64(inner[q], ((int64_t)x2 * x + k->addc[q]) >> k->shc[q]);
    }
}
static inline void vmaf__adm_cm1_1(const int32_t *const *S, const int32_t *const *G, const int32_t *T, const VmafAdmCmK *k,
                                   int j, int64_t *inner)
{
    const int32_t thr = vmaf__adm_box(G, T, j);
    int q;
    for (q = 0; q < 3; q++) {
        const int32_t xv = vmaf__adm_w32(((int64_t)S[q][j] * (int64_t)k->rf[q] + 134217728) >> 28);
        int32_t x = vmaf__adm_w32((int64_t)vmaf__adm_uabs(xv) - thr), x2;
        x = x < 0 ? 0 : x;
        x2 = vmaf__adm_w32(((int64_t)x * x + 536870912) >> 30);
        inner[q] = vmaf__adm_add64(inner[q], ((int64_t)x2 * x + k->addc[q]) >> k->shc[q]);
    }
}
static inline uint64_t vmaf__adm_den0_1(int16_t o)
{
    const uint64_t a = vmaf__adm_uabs(o);
    return a * a * a;
}
static inline uint64_t vmaf__adm_den1_1(int32_t o, int shq, int shc)
{
    const uint64_t a = vmaf__adm_uabs(o);
    return ((((a * a) + ((uint64_t)1 << shq)) >> shq) * a + ((uint64_t)1 << (shc - 1))) >> shc;
}
/* float DWT: one column of the vertical pass, one output of the horizontal pass */
static inline void vmaf__adm_fv_1(float x0, float x1, float x2, float x3, float *lo, float *hi, int j, int lo_only)
{
    const float *L = vmaf__adm_flo, *Hf = vmaf__adm_fhi;
    float acc = 0.0f;
    acc += L[0] * x0; acc += L[1] * x1; acc += L[2] * x2; acc += L[3] * x3;
    lo[j] = acc;
    if (!lo_only) {
        acc = 0.0f;
        acc += Hf[0] * x0; acc += Hf[1] * x1; acc += Hf[2] * x2; acc += Hf[3] * x3;
        hi[j] = acc;
    }
}
static inline void vmaf__adm_fv0_1(const unsigned char *const *r, int bpc, int j, float *lo, float *hi, int lo_only)
{
    float x[4];
    int k;
    if (bpc == 8) {
        for (k = 0; k < 4; k++) x[k] = (float)r[k][j] + -128.0f;
    } else {
        const float inv = 1.0f / (float)(1u << (bpc - 8));
        for (k = 0; k < 4; k++) x[k] = (float)vmaf__adm_ld16(r[k] + 2 * j) * inv + -128.0f;
    }
    vmaf__adm_fv_1(x[0], x[1], x[2], x[3], lo, hi, j, lo_only);
}
static inline float vmaf__adm_fh_1(const float *t, int j, const float *c)
{
    float acc = 0.0f;
    acc += c[0] * t[2 * j - 1]; acc += c[1] * t[2 * j]; acc += c[2] * t[2 * j + 1]; acc += c[3] * t[2 * j + 2];
    return acc;
}
static inline void vmaf__adm_fcsf_1(const float *M, float *C, float *F, float rf, int j)
{
    const float d = rf * M[j];
    C[j] = d;
    F[j] = (float)(VMAF__ADM_C30 * (double)fabsf(d));
}
/* masking terms of one pixel (float); S, C: rows i; F[3q + 0/1/2]: rows im, i, ip */
static inline void vmaf__adm_fcm_1(const float *const *S, const float *const *C, const float *const *F, const float *rf,
                                   int bypass, int j, int jm, int jp, float *const *out, int o)
{
    float thr = 0.0f;
    int q;
    if (!bypass) {
        for (q = 0; q < 3; q++) {
            const float *fm = F[3 * q], *f0 = F[3 * q + 1], *fp = F[3 * q + 2];
            float sum = 0.0f;
            sum += fm[jm]; sum += fm[j]; sum += fm[jp];
            sum += f0[jm];
            sum = (float)((double)sum + VMAF__ADM_C15 * (double)fabsf(C[q][j]));
            sum += f0[jp];
            sum += fp[jm]; sum += fp[j]; sum += fp[jp];
            thr += sum;
        }
    }
    for (q = 0; q < 3; q++) {
        float x = fabsf(S[q][j] * rf[q]) - thr;
        x = x < 0.0f ? 0.0f : x;
        out[q][o] = x * x * x;
    }
}

/* ---- drivers (plain C; the row functions come from s->rows) ---- */
static void vmaf__adm_pad16(int16_t *t, int w)
{
    t[-1] = t[1];
    t[w] = t[w - 1];
    t[w + 1] = t[w - 2];
}
static void vmaf__adm_padf(float *t, int w)
{
    t[-1] = t[1];
    t[w] = t[w - 1];
    t[w + 1] = t[w - 2];
}
/* Scratch row k in s->tmp: w + 32 elements of 4 bytes (w: the frame width, the longest row
   any driver uses), 64-byte aligned, plus a front margin of 16 elements (the padded index -1
   and some slack). */
static void *vmaf__adm_row(VmafAdmState *s, int k)
{
    const size_t st = (((size_t)s->geo[0].w + 32) * 4 + 63) & ~(size_t)63;
    return (unsigned char *)s->tmp + (size_t)k * st + 16 * 4;
}

/* ---- row-by-row frame drivers of the SIMD paths (vmaf__adm_int_rows, vmaf__adm_float_rows) ----
   Every scale runs row by row: DWT row i of both frames, decouple of row i, denominator row
   i, then each masking row whose 3 x 3 window is complete. Only the A bands, which the next
   scale reads, are whole planes; the H, V, D bands of both frames and the artifact bands live
   in rings of VMAF__ADM_RING rows (at 1080p about 3 MB of planes instead of 18 MB integer, 4
   instead of 35 MB float, so two threads' working sets stay in a shared L3). Rows are visited
   in the scalar order; integer sums are exact and float row sums are added in row order as
   before: the scores are the plane-at-a-time ones bit for bit. Scratch rows (vmaf__adm_row)
   are listed at each driver. */
/* Offset of band row `row` of an H, V, D or additive slot: its ring row on the row-by-row
   drivers, its plane row otherwise. */
static ptrdiff_t vmaf__adm_ro(const VmafAdmState *s, int row, ptrdiff_t st)
{
    return (ptrdiff_t)(s->fused ? row & (VMAF__ADM_RING - 1) : row) * st;
}

/* DWT row i of one frame (which: 0 reference, 1 distorted) at one scale. */
static void vmaf__adm_dwt_row(VmafAdmState *s, int scale, const VmafPlane *p, int which, int i, int lo_only)
{
    const VmafAdmGeo *g = &s->geo[scale];
    int k;
    if (scale == 0) {
        int16_t *lo = (int16_t *)vmaf__adm_row(s, 0), *hi = (int16_t *)vmaf__adm_row(s, 1);
        const unsigned char *r[4];
        int16_t *band[4];
        for (k = 0; k < 4; k++) r[k] = (const unsigned char *)p->data + (ptrdiff_t)g->iy[k * g->bh + i] * p->stride;
        s->rows->v0(r, (int)p->bpc, lo, hi, g->w, lo_only);
        vmaf__adm_pad16(lo, g->w);
        if (!lo_only) vmaf__adm_pad16(hi, g->w);
        band[0] = s->p16[4 * which] + i * s->st16;
        for (k = 1; k < 4; k++) band[k] = s->p16[4 * which + k] + vmaf__adm_ro(s, i, s->st16);
        s->rows->h0(lo, hi, band, g->bw, lo_only);
    } else {
        int16_t *sp[4];
        const int16_t *csp[4];
        int32_t *band[4];
        for (k = 0; k < 4; k++) csp[k] = sp[k] = (int16_t *)vmaf__adm_row(s, k);
        if (scale == 1) {
            const int16_t *r[4];
            for (k = 0; k < 4; k++) r[k] = s->p16[4 * which] + (ptrdiff_t)g->iy[k * g->bh + i] * s->st16;
            s->rows->v1(r, sp, g->w);
        } else { /* in place: rows 2i-1.. are read before row i is written */
            const int32_t *r[4];
            for (k = 0; k < 4; k++) r[k] = s->p32[4 * which] + (ptrdiff_t)g->iy[k * g->bh + i] * s->st32;
            s->rows->v2(r, sp, g->w);
        }
        for (k = 0; k < 4; k++) vmaf__adm_pad16(sp[k], g->w);
        band[0] = s->p32[4 * which] + i * s->st32;
        for (k = 1; k < 4; k++) band[k] = s->p32[4 * which + k] + vmaf__adm_ro(s, i, s->st32);
        s->rows->h1(csp, band, g->bw, scale == 2);
    }
}

/* Integer masking sum of one scale with the CSF fused (SPEC 4.6, 4.7). Rows are visited in
   the scalar order; G/T rows live in a ring of three (rows i-1, i, i+1). */
typedef struct VmafAdmCmRing {
    int32_t *G, *R[3], *T[3]; /* G: one row; R (3-sums of G) and T: rows i-1, i, i+1 */
    int next, gs, ge, cs, ce;
} VmafAdmCmRing;

static void vmaf__adm_icm_row(VmafAdmState *s, int scale, int aim, VmafAdmCmRing *ring, const VmafAdmCmK *k, int i,
                              int cs, int ce, int64_t *inner)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const int w = g->bw, h = g->bh;
    const int im = i == 0 ? 1 : i - 1, ip = i == h - 1 ? h - 1 : i + 1, last = i + 1 < h ? i + 1 : h - 1;
    const int m0 = aim ? VMAF__ADM_DH : VMAF__ADM_AH, s0 = aim ? VMAF__ADM_AH : VMAF__ADM_DH;
    const int32_t *G3[3];
    int q;
    while (ring->next <= last) {
        const int row = ring->next, slot = row % 3, n = ring->ge - ring->gs;
        int32_t *G = ring->G, *T = ring->T[slot];
        if (scale == 0) {
            const int16_t *M[3];
            for (q = 0; q < 3; q++) M[q] = s->p16[m0 + q] + vmaf__adm_ro(s, row, s->st16) + ring->gs;
            s->rows->g0(M, k->rf0, G + ring->gs, T + ring->gs, n);
        } else {
            const int32_t *M[3];
            for (q = 0; q < 3; q++) M[q] = s->p32[m0 + q] + vmaf__adm_ro(s, row, s->st32) + ring->gs;
            s->rows->g1(M, k->rf, G + ring->gs, T + ring->gs, n);
        }
        if (ring->gs == 0) G[-1] = G[1];
        if (ring->ge == w) G[w] = G[w - 1];
        s->rows->h3(G + cs, ring->R[slot] + cs, ce - cs);
        ring->next++;
    }
    G3[0] = ring->R[im % 3] + cs;
    G3[1] = ring->R[i % 3] + cs;
    G3[2] = ring->R[ip % 3] + cs;
    if (scale == 0) {
        const int16_t *S[3];
        for (q = 0; q < 3; q++) S[q] = s->p16[s0 + q] + vmaf__adm_ro(s, i, s->st16) + cs;
        s->rows->cm0(S, G3, ring->T[i % 3] + cs, k, ce - cs, inner);
    } else {
        const int32_t *S[3];
        for (q = 0; q < 3; q++) S[q] = s->p32[s0 + q] + vmaf__adm_ro(s, i, s->st32) + cs;
        s->rows->cm1(S, G3, ring->T[i % 3] + cs, k, ce - cs, inner);
    }
}

/* One masking sum in progress: constants, row rings, the sums and the next row to visit. */
typedef struct VmafAdmCm {
    VmafAdmCmK k;
    VmafAdmCmRing ring;
    int64_t acc[3], addr;
    int scale, aim, shr, cs, ce, r0, r1, i;
} VmafAdmCm;

static void vmaf__adm_cm_begin(VmafAdmState *s, VmafAdmCm *c, int scale, int aim, int trow)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const int w = g->bw, h = g->bh, l = g->cl, t = g->ct, r = g->cr, b = g->cb;
    int q, first;
    memset(c, 0, sizeof *c);
    c->scale = scale;
    c->aim = aim;
    c->r0 = t > 1 ? t : 1;
    c->r1 = b < h - 1 ? b : h - 1;
    c->cs = l > 0 ? l : 0;
    c->ce = r < w ? r : w;
    c->shr = vmaf__adm_clog2((uint64_t)h);
    c->addr = (int64_t)1 << (c->shr - 1);
    if (scale == 0) {
        const int lw = vmaf__adm_clog2((uint64_t)w);
        for (q = 0; q < 3; q++) {
            c->k.rf0[q] = s->irf0[q];
            c->k.shc[q] = lw - (q < 2 ? 4 : 3);
        }
    } else {
        for (q = 0; q < 3; q++) {
            c->k.rf[q] = s->irf[scale][q];
            c->k.shc[q] = vmaf__adm_clog2((uint64_t)w);
        }
    }
    for (q = 0; q < 3; q++) c->k.addc[q] = (int64_t)1 << (c->k.shc[q] - 1);
    for (q = 0; q < 3; q++) {
        c->ring.R[q] = (int32_t *)vmaf__adm_row(s, trow + q);
        c->ring.T[q] = (int32_t *)vmaf__adm_row(s, trow + 3 + q);
    }
    c->ring.G = (int32_t *)vmaf__adm_row(s, trow + 6);
    c->ring.gs = c->cs > 0 ? c->cs - 1 : 0;
    c->ring.ge = c->ce < w ? c->ce + 1 : w;
    /* rows in the scalar order: 0 if top <= 0, max(top,1)..min(bottom,h-1)-1, h-1 if
       bottom > h-1; the per-row shift rounds each visited row's sum */
    first = t <= 0 ? 0 : c->r0;
    c->ring.next = first > 0 ? first - 1 : 0;
    c->i = -1;
}

/* Visits the pending masking rows whose band rows (up to the row below) are ready: rows
   0..avail of the bands have been decoupled. */
static void vmaf__adm_cm_run(VmafAdmState *s, VmafAdmCm *c, int avail)
{
    const VmafAdmGeo *g = &s->geo[c->scale];
    const int h = g->bh, t = g->ct, b = g->cb;
    int q;
    for (; c->i <= c->r1; c->i++) {
        const int i = c->i, row = i < 0 ? 0 : (i == c->r1 ? h - 1 : i);
        int64_t inner[3] = {0, 0, 0};
        if (i < 0 ? t > 0 : (i == c->r1 ? b <= h - 1 : i < c->r0)) continue;
        if ((row + 1 < h ? row + 1 : h - 1) > avail) return;
        vmaf__adm_icm_row(s, c->scale, c->aim, &c->ring, &c->k, row, c->cs, c->ce, inner);
        for (q = 0; q < 3; q++) c->acc[q] = vmaf__adm_add64(c->acc[q], vmaf__adm_add64(inner[q], c->addr) >> c->shr);
    }
}

static float vmaf__adm_cm_end(const VmafAdmState *s, const VmafAdmCm *c)
{
    static const int ex[3] = {45, 39, 36};
    const VmafAdmGeo *g = &s->geo[c->scale];
    const double nw = c->aim ? 0.0 : s->cfg.noise_weight;
    float f[3], add;
    if (c->scale == 0) {
        f[0] = (float)((double)c->acc[0] / vmaf__adm_pow2u(52 - c->k.shc[0] - c->shr));
        f[1] = (float)((double)c->acc[1] / vmaf__adm_pow2u(52 - c->k.shc[1] - c->shr));
        f[2] = (float)((double)c->acc[2] / vmaf__adm_pow2u(57 - c->k.shc[2] - c->shr));
    } else {
        const float fs = (float)vmaf__adm_pow2u(ex[c->scale - 1] - c->k.shc[0] - c->shr);
        f[0] = (float)c->acc[0] / fs;
        f[1] = (float)c->acc[1] / fs;
        f[2] = (float)c->acc[2] / fs;
    }
    add = powf((float)((g->cb - g->ct) * (g->cr - g->cl) * nw), 1.0f / 3.0f);
    return ((powf(f[0], 1.0f / 3.0f) + add) + (powf(f[1], 1.0f / 3.0f) + add)) + (powf(f[2], 1.0f / 3.0f) + add);
}

/* Denominator of one scale in progress (SPEC 4.8): per-row sums of |rf o|^3 of the reference
   H, V, D bands over the crop, each row's sum rounded by a shift. */
typedef struct VmafAdmDen {
    uint64_t acc[3], add;
    int sh, shq, shc;
} VmafAdmDen;

static void vmaf__adm_den_begin(const VmafAdmState *s, VmafAdmDen *d, int scale)
{
    static const int shq_t[3] = {31, 30, 31};
    const VmafAdmGeo *g = &s->geo[scale];
    memset(d, 0, sizeof *d);
    if (scale == 0) {
        const int sa0 = vmaf__adm_clog2((uint64_t)((g->cb - g->ct) * (g->cr - g->cl))) - 20;
        d->sh = sa0 > 0 ? sa0 : 0;
        d->add = d->sh > 0 ? (uint64_t)1 << (d->sh - 1) : 0;
    } else {
        d->shq = shq_t[scale - 1];
        d->shc = vmaf__adm_clog2((uint64_t)(g->cr - g->cl));
        d->sh = vmaf__adm_clog2((uint64_t)(g->cb - g->ct));
        d->add = (uint64_t)1 << (d->sh - 1);
    }
}

static void vmaf__adm_den_row(VmafAdmState *s, VmafAdmDen *d, int scale, int i)
{
    const VmafAdmGeo *g = &s->geo[scale];
    int th;
    for (th = 0; th < 3; th++) {
        const uint64_t v =
            scale == 0 ? s->rows->den0(s->p16[VMAF__ADM_RH + th] + vmaf__adm_ro(s, i, s->st16) + g->cl, g->cr - g->cl)
                       : s->rows->den1(s->p32[VMAF__ADM_RH + th] + vmaf__adm_ro(s, i, s->st32) + g->cl, g->cr - g->cl,
                                       d->shq, d->shc);
        d->acc[th] += (v + d->add) >> d->sh;
    }
}

static float vmaf__adm_den_end(const VmafAdmState *s, const VmafAdmDen *d, int scale)
{
    static const int cv[3] = {32, 27, 23};
    const VmafAdmGeo *g = &s->geo[scale];
    const int area = (g->cb - g->ct) * (g->cr - g->cl);
    const double div = scale == 0 ? vmaf__adm_pow2u(18 - d->sh) : vmaf__adm_pow2u(cv[scale - 1] - d->sh - d->shc);
    double csf[3];
    float add;
    int th;
    for (th = 0; th < 3; th++) csf[th] = ((double)d->acc[th] / div) * pow((double)s->rf[scale][th], 3);
    add = powf((float)(area * s->cfg.noise_weight), 1.0f / 3.0f);
    return ((powf((float)csf[0], 1.0f / 3.0f) + add) + (powf((float)csf[1], 1.0f / 3.0f) + add)) +
           (powf((float)csf[2], 1.0f / 3.0f) + add);
}

/* The four scales of integer ADM, row by row (see the head of this block). Scratch rows: 0..3
   DWT, 4..10 masking sum, 11..17 AIM masking sum. */
static void vmaf__adm_int_rows(VmafAdmState *s, const VmafPlane *ref, const VmafPlane *dis, float nums[4],
                               float dens[4], float aims[4])
{
    const VmafAdmConfig *c = &s->cfg;
    int sc, i;
    for (sc = 0; sc < 4; sc++) {
        const VmafAdmGeo *g = &s->geo[sc];
        const int skip = sc == 0 && c->skip_scale0;
        const ptrdiff_t st = sc ? s->st32 : s->st16;
        VmafAdmDen den;
        VmafAdmCm num, aim;
        nums[sc] = 0.0f;
        aims[sc] = 0.0f;
        vmaf__adm_den_begin(s, &den, sc);
        vmaf__adm_cm_begin(s, &num, sc, 0, 4);
        vmaf__adm_cm_begin(s, &aim, sc, 1, 11);
        for (i = 0; i < g->bh; i++) {
            vmaf__adm_dwt_row(s, sc, ref, 0, i, skip);
            vmaf__adm_dwt_row(s, sc, dis, 1, i, skip);
            if (skip) continue;
            if (i >= g->et && i < g->eb) {
                if (sc == 0) s->rows->dec0(s, vmaf__adm_ro(s, i, st) + g->el, g->er - g->el);
                else s->rows->dec1(s, vmaf__adm_ro(s, i, st) + g->el, g->er - g->el);
            }
            if (i >= g->ct && i < g->cb) vmaf__adm_den_row(s, &den, sc, i);
            vmaf__adm_cm_run(s, &num, i);
            if (!c->skip_aim) vmaf__adm_cm_run(s, &aim, i);
        }
        if (skip) {
            dens[0] = (float)1e-10;
            continue;
        }
        dens[sc] = vmaf__adm_den_end(s, &den, sc);
        nums[sc] = vmaf__adm_cm_end(s, &num);
        if (!c->skip_aim) aims[sc] = vmaf__adm_cm_end(s, &aim);
    }
}

/* Float DWT row i of one frame (which: 0 reference, 1 distorted) at one scale; the H, V, D
   rows go to row i of their planes or rings (vmaf__adm_ro). */
static void vmaf__adm_fdwt_row(VmafAdmState *s, int scale, const VmafPlane *p, int which, int i, int lo_only)
{
    const VmafAdmGeo *g = &s->geo[scale];
    float *lo = (float *)vmaf__adm_row(s, 0), *hi = (float *)vmaf__adm_row(s, 1);
    float *band[4];
    int k;
    if (scale == 0) {
        const unsigned char *r[4];
        for (k = 0; k < 4; k++) r[k] = (const unsigned char *)p->data + (ptrdiff_t)g->iy[k * g->bh + i] * p->stride;
        s->rows->fv0(r, (int)p->bpc, lo, hi, g->w, lo_only);
    } else { /* in place: rows 2i-1.. are read before row i is written */
        const float *r[4];
        for (k = 0; k < 4; k++) r[k] = s->pf[4 * which] + (ptrdiff_t)g->iy[k * g->bh + i] * s->stf;
        s->rows->fv(r, lo, hi, g->w, lo_only);
    }
    vmaf__adm_padf(lo, g->w);
    if (!lo_only) vmaf__adm_padf(hi, g->w);
    band[0] = s->pf[4 * which] + i * s->stf;
    for (k = 1; k < 4; k++) band[k] = s->pf[4 * which + k] + vmaf__adm_ro(s, i, s->stf);
    s->rows->fh(lo, hi, band, g->bw, lo_only);
}

static void vmaf__adm_fdwt_v(VmafAdmState *s, int scale, const VmafPlane *p, int which, int lo_only)
{
    int i;
    for (i = 0; i < s->geo[scale].bh; i++) vmaf__adm_fdwt_row(s, scale, p, which, i, lo_only);
}

static void vmaf__adm_fdec_v(VmafAdmState *s, int scale)
{
    const VmafAdmGeo *g = &s->geo[scale];
    int i;
    for (i = g->et; i < g->eb; i++) s->rows->fdec(s, i * s->stf + g->el, g->er - g->el);
}

static void vmaf__adm_fcsf_v(VmafAdmState *s, int scale, int aim)
{
    const VmafAdmGeo *g = &s->geo[scale];
    int i, th;
    for (th = 0; th < 3; th++) {
        const float *M = s->pf[(aim ? VMAF__ADM_DH : VMAF__ADM_AH) + th];
        float *C = s->pf[VMAF__ADM_CH + th], *F = s->pf[VMAF__ADM_FH + th];
        for (i = g->et; i < g->eb; i++) {
            const ptrdiff_t x = i * s->stf + g->el;
            s->rows->fcsf(M + x, C + x, F + x, s->rf[scale][th], g->er - g->el);
        }
    }
}

/* Sequential float row sums of nr rows x 3 orientations (buf[3r + q], n terms each): every
   sum adds its terms in column order, exactly like the scalar kernels; independent sums run
   side by side. */
static void vmaf__adm_fsum(float *const *buf, int nr, int n, float *inner)
{
    int j, k;
    if (nr == 4) {
        const float *b0 = buf[0], *b1 = buf[1], *b2 = buf[2], *b3 = buf[3], *b4 = buf[4], *b5 = buf[5];
        const float *b6 = buf[6], *b7 = buf[7], *b8 = buf[8], *b9 = buf[9], *b10 = buf[10], *b11 = buf[11];
        float a0 = 0.0f, a1 = 0.0f, a2 = 0.0f, a3 = 0.0f, a4 = 0.0f, a5 = 0.0f;
        float a6 = 0.0f, a7 = 0.0f, a8 = 0.0f, a9 = 0.0f, a10 = 0.0f, a11 = 0.0f;
        for (j = 0; j < n; j++) {
            a0 += b0[j]; a1 += b1[j]; a2 += b2[j]; a3 += b3[j]; a4 += b4[j]; a5 += b5[j];
            a6 += b6[j]; a7 += b7[j]; a8 += b8[j]; a9 += b9[j]; a10 += b10[j]; a11 += b11[j];
        }
        inner[0] = a0; inner[1] = a1; inner[2] = a2; inner[3] = a3; inner[4] = a4; inner[5] = a5;
        inner[6] = a6; inner[7] = a7; inner[8] = a8; inner[9] = a9; inner[10] = a10; inner[11] = a11;
        return;
    }
    for (k = 0; k < 3 * nr; k += 3) {
        const float *x0 = buf[k], *x1 = buf[k + 1], *x2 = buf[k + 2];
        float a0 = 0.0f, a1 = 0.0f, a2 = 0.0f;
        for (j = 0; j < n; j++) { a0 += x0[j]; a1 += x1[j]; a2 += x2[j]; }
        inner[k] = a0; inner[k + 1] = a1; inner[k + 2] = a2;
    }
}

/* Adds the nr buffered row sums to acc in row order (the scalar order). */
static void vmaf__adm_fflush(float *const *buf, int *nr, int n, float acc[3])
{
    float inner[12];
    int k, q;
    vmaf__adm_fsum(buf, *nr, n, inner);
    for (k = 0; k < *nr; k++)
        for (q = 0; q < 3; q++) acc[q] += inner[3 * k + q];
    *nr = 0;
}

/* Float masking sum with the CSF step fused: C and F rows (SPEC 4.10) are computed into a
   ring of three rows per orientation, exactly as vmaf__adm_fcsf_c computes them, instead of
   full planes; the SIMD fcsf kernel then does nothing (vmaf__adm_fcsf_none, set as a pair).
   Masking terms of up to four rows are summed side by side (vmaf__adm_fsum). Kept as a
   context (begin, run, end) so the row-by-row driver can feed it rows as they are made. */
static void vmaf__adm_fcsf_none(VmafAdmState *s, int scale, int aim) { (void)s; (void)scale; (void)aim; }

typedef struct VmafAdmFcm {
    float *buf[12], *Cr[3][3], *Fr[3][3];
    float acc[3];
    int scale, aim, nr, next, i, r0, r1, cs, ce;
} VmafAdmFcm;

static void vmaf__adm_fcm_begin(VmafAdmState *s, VmafAdmFcm *c, int scale, int aim, int trow)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const int w = g->bw, h = g->bh, t = g->ct;
    int k, q, first;
    memset(c, 0, sizeof *c);
    c->scale = scale;
    c->aim = aim;
    c->r0 = t > 1 ? t : 1;
    c->r1 = g->cb < h - 1 ? g->cb : h - 1;
    c->cs = g->cl > 0 ? g->cl : 0;
    c->ce = g->cr < w ? g->cr : w;
    for (k = 0; k < 12; k++) c->buf[k] = (float *)vmaf__adm_row(s, trow + k);
    for (q = 0; q < 3; q++)
        for (k = 0; k < 3; k++) {
            c->Fr[q][k] = (float *)vmaf__adm_row(s, trow + 12 + 3 * q + k);
            c->Cr[q][k] = (float *)vmaf__adm_row(s, trow + 21 + 3 * q + k);
        }
    first = t <= 0 ? 0 : c->r0;
    c->next = first > 0 ? first - 1 : 0;
    c->i = -1;
}

/* Visits the pending rows whose band rows (up to the row below) are ready (rows 0..avail). */
static void vmaf__adm_fcm_run(VmafAdmState *s, VmafAdmFcm *c, int avail)
{
    const VmafAdmGeo *g = &s->geo[c->scale];
    const int w = g->bw, h = g->bh, t = g->ct, b = g->cb, cs = c->cs, ce = c->ce, r1 = c->r1;
    const int gs = cs > 0 ? cs - 1 : 0, ge = ce < w ? ce + 1 : w; /* columns of C / F needed */
    const int vs = cs > 1 ? cs : 1, ve = ce < w - 1 ? ce : w - 1; /* columns with both neighbours inside */
    const int bypass = s->cfg.bypass_cm != 0;
    const float rf[3] = {s->rf[c->scale][0], s->rf[c->scale][1], s->rf[c->scale][2]};
    const ptrdiff_t st = s->stf;
    const int m0 = c->aim ? VMAF__ADM_DH : VMAF__ADM_AH, s0 = c->aim ? VMAF__ADM_AH : VMAF__ADM_DH;
    int k, q;
    for (; c->i <= r1; c->i++) {
        const int i = c->i, row = i < 0 ? 0 : (i == r1 ? h - 1 : i);
        if (!(i < 0 ? t > 0 : (i == r1 ? b <= h - 1 : i < c->r0))) {
            const int im = row == 0 ? 1 : row - 1, ipr = row == h - 1 ? h - 1 : row + 1, need = row + 1 < h ? row + 1 : h - 1;
            const float *S[3], *C[3], *F[9];
            float *out[3];
            if (need > avail) return;
            for (; c->next <= need; c->next++)
                for (q = 0; q < 3; q++)
                    s->rows->fcsf(s->pf[m0 + q] + vmaf__adm_ro(s, c->next, st) + gs, c->Cr[q][c->next % 3] + gs,
                                  c->Fr[q][c->next % 3] + gs, rf[q], ge - gs);
            for (q = 0; q < 3; q++) {
                S[q] = s->pf[s0 + q] + vmaf__adm_ro(s, row, st);
                C[q] = c->Cr[q][row % 3];
                F[3 * q] = c->Fr[q][im % 3];
                F[3 * q + 1] = c->Fr[q][row % 3];
                F[3 * q + 2] = c->Fr[q][ipr % 3];
                out[q] = c->buf[3 * c->nr + q];
            }
            if (cs == 0) vmaf__adm_fcm_1(S, C, F, rf, bypass, 0, 1, 1, out, 0);
            if (ve > vs) {
                const float *Sv[3], *Cv[3], *Fv[9];
                float *ov[3];
                for (q = 0; q < 3; q++) {
                    Sv[q] = S[q] + vs;
                    Cv[q] = C[q] + vs;
                    ov[q] = out[q] + (vs - cs);
                }
                for (k = 0; k < 9; k++) Fv[k] = F[k] + vs;
                s->rows->fcm(Sv, Cv, Fv, rf, bypass, ve - vs, ov);
            }
            if (ce == w) vmaf__adm_fcm_1(S, C, F, rf, bypass, w - 1, w - 2, w - 1, out, w - 1 - cs);
            c->nr++;
        }
        if (c->nr == 4 || (i == r1 && c->nr > 0)) vmaf__adm_fflush(c->buf, &c->nr, ce - cs, c->acc);
    }
}

static float vmaf__adm_fcm_end(const VmafAdmState *s, const VmafAdmFcm *c)
{
    const VmafAdmGeo *g = &s->geo[c->scale];
    const double p = s->cfg.p_norm, nw = c->aim ? 0.0 : s->cfg.noise_weight;
    const float ip = (float)(1.0f / p);
    const float add = powf((float)((g->cr - g->cl) * (g->cb - g->ct) * nw), ip);
    return ((powf(c->acc[0], ip) + add) + (powf(c->acc[1], ip) + add)) + (powf(c->acc[2], ip) + add);
}

static float vmaf__adm_fcm_v(VmafAdmState *s, int scale, int aim)
{
    VmafAdmFcm c;
    vmaf__adm_fcm_begin(s, &c, scale, aim, 2);
    vmaf__adm_fcm_run(s, &c, s->geo[scale].bh - 1);
    return vmaf__adm_fcm_end(s, &c);
}

/* Float denominator in progress: |rf o|^3 of the reference H, V, D bands over the crop, row
   sums of up to four rows side by side, added in row order. */
typedef struct VmafAdmFden {
    float *buf[12];
    float acc[3];
    int nr;
} VmafAdmFden;

static void vmaf__adm_fden_begin(VmafAdmState *s, VmafAdmFden *d, int trow)
{
    int k;
    memset(d, 0, sizeof *d);
    for (k = 0; k < 12; k++) d->buf[k] = (float *)vmaf__adm_row(s, trow + k);
}

static void vmaf__adm_fden_row(VmafAdmState *s, VmafAdmFden *d, int scale, int i)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const float rf[3] = {s->rf[scale][0], s->rf[scale][1], s->rf[scale][2]};
    const float *O[3];
    int q;
    for (q = 0; q < 3; q++) O[q] = s->pf[VMAF__ADM_RH + q] + vmaf__adm_ro(s, i, s->stf) + g->cl;
    s->rows->fden(O, rf, g->cr - g->cl, d->buf + 3 * d->nr);
    d->nr++;
    if (d->nr == 4 || i == g->cb - 1) vmaf__adm_fflush(d->buf, &d->nr, g->cr - g->cl, d->acc);
}

static float vmaf__adm_fden_end(const VmafAdmState *s, const VmafAdmFden *d, int scale)
{
    const VmafAdmGeo *g = &s->geo[scale];
    const float ip = (float)(1.0f / s->cfg.p_norm);
    const float add = powf((float)((g->cr - g->cl) * (g->cb - g->ct) * s->cfg.noise_weight), ip);
    return ((powf(d->acc[0], ip) + add) + (powf(d->acc[1], ip) + add)) + (powf(d->acc[2], ip) + add);
}

static float vmaf__adm_fden_v(VmafAdmState *s, int scale)
{
    const VmafAdmGeo *g = &s->geo[scale];
    VmafAdmFden d;
    int i;
    vmaf__adm_fden_begin(s, &d, 2);
    for (i = g->ct; i < g->cb; i++) vmaf__adm_fden_row(s, &d, scale, i);
    return vmaf__adm_fden_end(s, &d, scale);
}

/* The four scales of float ADM row by row, as vmaf__adm_int_rows does for integer ADM (used
   when every float stage has its SIMD kernel: s->fused). Scratch rows: 0..1 DWT, 2..13
   denominator, 14..43 masking sum, 44..73 AIM masking sum. */
static void vmaf__adm_float_rows(VmafAdmState *s, const VmafPlane *ref, const VmafPlane *dis, float nums[4],
                                 float dens[4], float aims[4])
{
    int sc, i;
    for (sc = 0; sc < 4; sc++) {
        const VmafAdmGeo *g = &s->geo[sc];
        const int skip = sc == 0 && s->cfg.skip_scale0;
        VmafAdmFden den;
        VmafAdmFcm num, aim;
        vmaf__adm_fden_begin(s, &den, 2);
        vmaf__adm_fcm_begin(s, &num, sc, 0, 14);
        vmaf__adm_fcm_begin(s, &aim, sc, 1, 44);
        for (i = 0; i < g->bh; i++) {
            vmaf__adm_fdwt_row(s, sc, ref, 0, i, skip);
            vmaf__adm_fdwt_row(s, sc, dis, 1, i, skip);
            if (skip) continue;
            if (i >= g->et && i < g->eb) s->rows->fdec(s, vmaf__adm_ro(s, i, s->stf) + g->el, g->er - g->el);
            if (i >= g->ct && i < g->cb) vmaf__adm_fden_row(s, &den, sc, i);
            vmaf__adm_fcm_run(s, &num, i);
            vmaf__adm_fcm_run(s, &aim, i);
        }
        if (skip) {
            nums[0] = 0.0f;
            dens[0] = (float)1e-10;
            aims[0] = 0.0f;
            continue;
        }
        dens[sc] = vmaf__adm_fden_end(s, &den, sc);
        nums[sc] = vmaf__adm_fcm_end(s, &num);
        aims[sc] = vmaf__adm_fcm_end(s, &aim);
    }
}
#endif /* VMAF__ADM_SIMD */
/* ---------------- x86: AVX2 row functions (also the tails of the AVX-512 ones) ---------------- */
#if defined(VMAF__HAVE_AVX2) || defined(VMAF__HAVE_AVX512)
#define VMAF__ADM_X86 1
/* int16 coefficient pair (c0 in the low half, c1 in the high half) for madd */
#define VMAF__ADM_PAIR(c0, c1) ((int)((c1) * 65536 + (((c0) + 65536) & 0xFFFF)))

VMAF__T_AVX2 static inline __m256i vmaf__adm_ld256(const void *p) { return _mm256_loadu_si256((const __m256i *)p); }
VMAF__T_AVX2 static inline void vmaf__adm_st256(void *p, __m256i v) { _mm256_storeu_si256((__m256i *)p, v); }
VMAF__T_AVX2 static inline __m256i vmaf__adm_ld8x16_avx2(const int16_t *p)
{
    return _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(const void *)p));
}
/* 8 int32 lanes -> 8 int16 (low 16 bits, as the scalar (int16_t) casts) */
VMAF__T_AVX2 static inline void vmaf__adm_st8x16_avx2(int16_t *p, __m256i v)
{
    v = _mm256_and_si256(v, _mm256_set1_epi32(0xFFFF));
    _mm_storeu_si128((__m128i *)(void *)p, _mm_packus_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1)));
}
VMAF__T_AVX2 static inline uint64_t vmaf__adm_hsum64_avx2(__m256i v)
{
    uint64_t t[4];
    _mm256_storeu_si256((__m256i *)(void *)t, v);
    return t[0] + t[1] + t[2] + t[3];
}

/* ---- integer DWT ---- */
/* lo/hi filters of 16 columns, x0..x3 = samples minus 2^(bpc-1) as int16 */
VMAF__T_AVX2 static inline void vmaf__adm_v0x_avx2(__m256i x0, __m256i x1, __m256i x2, __m256i x3, __m256i rnd, __m128i sh,
                                                   int16_t *lo, int16_t *hi, int lo_only)
{
    const __m256i a = _mm256_unpacklo_epi16(x0, x1), b = _mm256_unpackhi_epi16(x0, x1);
    const __m256i c = _mm256_unpacklo_epi16(x2, x3), d = _mm256_unpackhi_epi16(x2, x3);
    __m256i c01 = _mm256_set1_epi32(VMAF__ADM_PAIR(15826, 27411)), c23 = _mm256_set1_epi32(VMAF__ADM_PAIR(7345, -4240));
    __m256i s0 = _mm256_add_epi32(_mm256_madd_epi16(a, c01), _mm256_madd_epi16(c, c23));
    __m256i s1 = _mm256_add_epi32(_mm256_madd_epi16(b, c01), _mm256_madd_epi16(d, c23));
    s0 = _mm256_sra_epi32(_mm256_add_epi32(s0, rnd), sh);
    s1 = _mm256_sra_epi32(_mm256_add_epi32(s1, rnd), sh);
    vmaf__adm_st256(lo, _mm256_packs_epi32(s0, s1)); /* unpack + pack: natural order; values fit */
    if (lo_only) return;
    c01 = _mm256_set1_epi32(VMAF__ADM_PAIR(-4240, -7345));
    c23 = _mm256_set1_epi32(VMAF__ADM_PAIR(27411, -15826));
    s0 = _mm256_add_epi32(_mm256_madd_epi16(a, c01), _mm256_madd_epi16(c, c23));
    s1 = _mm256_add_epi32(_mm256_madd_epi16(b, c01), _mm256_madd_epi16(d, c23));
    s0 = _mm256_sra_epi32(_mm256_add_epi32(s0, rnd), sh);
    s1 = _mm256_sra_epi32(_mm256_add_epi32(s1, rnd), sh);
    vmaf__adm_st256(hi, _mm256_packs_epi32(s0, s1));
}
VMAF__T_AVX2 static void vmaf__adm_v0_avx2(const unsigned char *const *r, int bpc, int16_t *lo, int16_t *hi, int w, int lo_only)
{
    const int half = 1 << (bpc - 1);
    const __m256i h16 = _mm256_set1_epi16((short)(half >= 32768 ? half - 65536 : half));
    const __m256i rnd = _mm256_set1_epi32(half);
    const __m128i sh = _mm_cvtsi32_si128(bpc);
    int j = 0;
    if (bpc == 8) {
        for (; j + 16 <= w; j += 16) {
            const __m256i x0 = _mm256_sub_epi16(_mm256_cvtepu8_epi16(_mm_loadu_si128((const __m128i *)(const void *)(r[0] + j))), h16);
            const __m256i x1 = _mm256_sub_epi16(_mm256_cvtepu8_epi16(_mm_loadu_si128((const __m128i *)(const void *)(r[1] + j))), h16);
            const __m256i x2 = _mm256_sub_epi16(_mm256_cvtepu8_epi16(_mm_loadu_si128((const __m128i *)(const void *)(r[2] + j))), h16);
            const __m256i x3 = _mm256_sub_epi16(_mm256_cvtepu8_epi16(_mm_loadu_si128((const __m128i *)(const void *)(r[3] + j))), h16);
            vmaf__adm_v0x_avx2(x0, x1, x2, x3, rnd, sh, lo + j, hi + j, lo_only);
        }
    } else {
        for (; j + 16 <= w; j += 16) {
            const __m256i x0 = _mm256_sub_epi16(vmaf__adm_ld256(r[0] + 2 * j), h16);
            const __m256i x1 = _mm256_sub_epi16(vmaf__adm_ld256(r[1] + 2 * j), h16);
            const __m256i x2 = _mm256_sub_epi16(vmaf__adm_ld256(r[2] + 2 * j), h16);
            const __m256i x3 = _mm256_sub_epi16(vmaf__adm_ld256(r[3] + 2 * j), h16);
            vmaf__adm_v0x_avx2(x0, x1, x2, x3, rnd, sh, lo + j, hi + j, lo_only);
        }
    }
    for (; j < w; j++) vmaf__adm_v0_1(r, bpc, j, lo, hi, lo_only);
}
/* 8 outputs of a horizontal pass from padded row p = t + 2j - 1: (c01.(p[0],p[1]) + c23.(p[2],p[3]) + 2^15) >> 16 */
VMAF__T_AVX2 static inline __m256i vmaf__adm_h8_avx2(const int16_t *p, __m256i c01, __m256i c23)
{
    const __m256i s = _mm256_add_epi32(_mm256_madd_epi16(vmaf__adm_ld256(p), c01), _mm256_madd_epi16(vmaf__adm_ld256(p + 2), c23));
    return _mm256_srai_epi32(_mm256_add_epi32(s, _mm256_set1_epi32(32768)), 16);
}
VMAF__T_AVX2 static inline void vmaf__adm_h16_avx2(const int16_t *p, __m256i c01, __m256i c23, int16_t *out)
{
    const __m256i a = vmaf__adm_h8_avx2(p, c01, c23), b = vmaf__adm_h8_avx2(p + 16, c01, c23);
    vmaf__adm_st256(out, _mm256_permute4x64_epi64(_mm256_packs_epi32(a, b), 0xD8));
}
VMAF__T_AVX2 static void vmaf__adm_h0_avx2(const int16_t *lo, const int16_t *hi, int16_t *const *band, int bw, int lo_only)
{
    static const int32_t cl[4] = {15826, 27411, 7345, -4240}, ch[4] = {-4240, -7345, 27411, -15826};
    const __m256i l01 = _mm256_set1_epi32(VMAF__ADM_PAIR(15826, 27411)), l23 = _mm256_set1_epi32(VMAF__ADM_PAIR(7345, -4240));
    const __m256i h01 = _mm256_set1_epi32(VMAF__ADM_PAIR(-4240, -7345)), h23 = _mm256_set1_epi32(VMAF__ADM_PAIR(27411, -15826));
    int j = 0;
    for (; j + 16 <= bw; j += 16) {
        vmaf__adm_h16_avx2(lo + 2 * j - 1, l01, l23, band[0] + j);
        if (lo_only) continue;
        vmaf__adm_h16_avx2(lo + 2 * j - 1, h01, h23, band[2] + j);
        vmaf__adm_h16_avx2(hi + 2 * j - 1, l01, l23, band[1] + j);
        vmaf__adm_h16_avx2(hi + 2 * j - 1, h01, h23, band[3] + j);
    }
    for (; j < bw; j++) {
        band[0][j] = vmaf__adm_h0_1(lo, j, cl);
        if (lo_only) continue;
        band[2][j] = vmaf__adm_h0_1(lo, j, ch);
        band[1][j] = vmaf__adm_h0_1(hi, j, cl);
        band[3][j] = vmaf__adm_h0_1(hi, j, ch);
    }
}
/* store two vectors of int32 results as split rows (low ^ 0x8000, high); perm: the inputs are
   in natural order (8 + 8) and need the pack's lane interleave undone */
VMAF__T_AVX2 static inline void vmaf__adm_split_avx2(__m256i a, __m256i b, int16_t *L, int16_t *H, int perm)
{
    const __m256i m = _mm256_set1_epi32(0xFFFF);
    __m256i l = _mm256_packus_epi32(_mm256_and_si256(a, m), _mm256_and_si256(b, m));
    __m256i h = _mm256_packs_epi32(_mm256_srai_epi32(a, 16), _mm256_srai_epi32(b, 16));
    if (perm) {
        l = _mm256_permute4x64_epi64(l, 0xD8);
        h = _mm256_permute4x64_epi64(h, 0xD8);
    }
    vmaf__adm_st256(L, _mm256_xor_si256(l, _mm256_set1_epi16(-32768)));
    vmaf__adm_st256(H, h);
}
VMAF__T_AVX2 static void vmaf__adm_v1_avx2(const int16_t *const *r, int16_t *const *sp, int w)
{
    const __m256i l01 = _mm256_set1_epi32(VMAF__ADM_PAIR(15826, 27411)), l23 = _mm256_set1_epi32(VMAF__ADM_PAIR(7345, -4240));
    const __m256i h01 = _mm256_set1_epi32(VMAF__ADM_PAIR(-4240, -7345)), h23 = _mm256_set1_epi32(VMAF__ADM_PAIR(27411, -15826));
    int j = 0;
    for (; j + 16 <= w; j += 16) {
        const __m256i x0 = vmaf__adm_ld256(r[0] + j), x1 = vmaf__adm_ld256(r[1] + j);
        const __m256i x2 = vmaf__adm_ld256(r[2] + j), x3 = vmaf__adm_ld256(r[3] + j);
        const __m256i a = _mm256_unpacklo_epi16(x0, x1), b = _mm256_unpackhi_epi16(x0, x1);
        const __m256i c = _mm256_unpacklo_epi16(x2, x3), d = _mm256_unpackhi_epi16(x2, x3);
        /* exact: |sum| <= 54822 * 32768 */
        vmaf__adm_split_avx2(_mm256_add_epi32(_mm256_madd_epi16(a, l01), _mm256_madd_epi16(c, l23)),
                             _mm256_add_epi32(_mm256_madd_epi16(b, l01), _mm256_madd_epi16(d, l23)), sp[0] + j, sp[1] + j, 0);
        vmaf__adm_split_avx2(_mm256_add_epi32(_mm256_madd_epi16(a, h01), _mm256_madd_epi16(c, h23)),
                             _mm256_add_epi32(_mm256_madd_epi16(b, h01), _mm256_madd_epi16(d, h23)), sp[2] + j, sp[3] + j, 0);
    }
    for (; j < w; j++) vmaf__adm_v1_1(r, j, sp);
}
/* Scales 2, 3 vertical pass of 8 columns: x = 65536 xh + xl' + 32768 (xh, xl' int16), so
   sum c.x = 65536 (sum c.xh + sum(c) / 2) + sum c.xl', both sums exact in int32 by madd, and
   (sum c.x + 2^15) >> 16 = P' + ((Q + 2^15) >> 16) modulo 2^32 (SPEC 4.3 without int64). */
VMAF__T_AVX2 static inline void vmaf__adm_v2x_avx2(const int32_t *const *r, int j, __m256i *lo, __m256i *hi)
{
    const __m256i f = _mm256_set1_epi32(0x8000), rnd = _mm256_set1_epi32(32768);
    const __m256i x0 = _mm256_xor_si256(vmaf__adm_ld256(r[0] + j), f), x1 = _mm256_xor_si256(vmaf__adm_ld256(r[1] + j), f);
    const __m256i x2 = _mm256_xor_si256(vmaf__adm_ld256(r[2] + j), f), x3 = _mm256_xor_si256(vmaf__adm_ld256(r[3] + j), f);
    const __m256i u01 = _mm256_blend_epi16(x0, _mm256_slli_epi32(x1, 16), 0xAA);
    const __m256i p01 = _mm256_blend_epi16(_mm256_srli_epi32(x0, 16), x1, 0xAA);
    const __m256i u23 = _mm256_blend_epi16(x2, _mm256_slli_epi32(x3, 16), 0xAA);
    const __m256i p23 = _mm256_blend_epi16(_mm256_srli_epi32(x2, 16), x3, 0xAA);
    __m256i c01 = _mm256_set1_epi32(VMAF__ADM_PAIR(15826, 27411)), c23 = _mm256_set1_epi32(VMAF__ADM_PAIR(7345, -4240));
    __m256i q = _mm256_add_epi32(_mm256_madd_epi16(u01, c01), _mm256_madd_epi16(u23, c23));
    __m256i p = _mm256_add_epi32(_mm256_add_epi32(_mm256_madd_epi16(p01, c01), _mm256_madd_epi16(p23, c23)), _mm256_set1_epi32(23171));
    *lo = _mm256_add_epi32(p, _mm256_srai_epi32(_mm256_add_epi32(q, rnd), 16));
    c01 = _mm256_set1_epi32(VMAF__ADM_PAIR(-4240, -7345));
    c23 = _mm256_set1_epi32(VMAF__ADM_PAIR(27411, -15826));
    q = _mm256_add_epi32(_mm256_madd_epi16(u01, c01), _mm256_madd_epi16(u23, c23));
    p = _mm256_add_epi32(_mm256_madd_epi16(p01, c01), _mm256_madd_epi16(p23, c23));
    *hi = _mm256_add_epi32(p, _mm256_srai_epi32(_mm256_add_epi32(q, rnd), 16));
}
VMAF__T_AVX2 static void vmaf__adm_v2_avx2(const int32_t *const *r, int16_t *const *sp, int w)
{
    int j = 0;
    for (; j + 16 <= w; j += 16) {
        __m256i lo0, hi0, lo1, hi1;
        vmaf__adm_v2x_avx2(r, j, &lo0, &hi0);
        vmaf__adm_v2x_avx2(r, j + 8, &lo1, &hi1);
        vmaf__adm_split_avx2(lo0, lo1, sp[0] + j, sp[1] + j, 1);
        vmaf__adm_split_avx2(hi0, hi1, sp[2] + j, sp[3] + j, 1);
    }
    for (; j < w; j++) vmaf__adm_v2_1(r, j, sp);
}
/* 8 outputs of a scales 1..3 horizontal pass from split rows at t + 2j - 1 */
VMAF__T_AVX2 static inline __m256i vmaf__adm_h1x_avx2(const int16_t *L, const int16_t *H, __m256i c01, __m256i c23, int k, int sh16)
{
    const __m256i q = _mm256_add_epi32(_mm256_madd_epi16(vmaf__adm_ld256(L), c01), _mm256_madd_epi16(vmaf__adm_ld256(L + 2), c23));
    const __m256i p = _mm256_add_epi32(_mm256_add_epi32(_mm256_madd_epi16(vmaf__adm_ld256(H), c01), _mm256_madd_epi16(vmaf__adm_ld256(H + 2), c23)),
                                       _mm256_set1_epi32(k));
    if (sh16) return _mm256_add_epi32(p, _mm256_srai_epi32(_mm256_add_epi32(q, _mm256_set1_epi32(32768)), 16));
    return _mm256_add_epi32(_mm256_slli_epi32(p, 1), _mm256_srai_epi32(_mm256_add_epi32(q, _mm256_set1_epi32(16384)), 15));
}
VMAF__T_AVX2 static void vmaf__adm_h1_avx2(const int16_t *const *sp, int32_t *const *band, int bw, int sh16)
{
    static const int32_t cl[4] = {15826, 27411, 7345, -4240}, ch[4] = {-4240, -7345, 27411, -15826};
    const __m256i l01 = _mm256_set1_epi32(VMAF__ADM_PAIR(15826, 27411)), l23 = _mm256_set1_epi32(VMAF__ADM_PAIR(7345, -4240));
    const __m256i h01 = _mm256_set1_epi32(VMAF__ADM_PAIR(-4240, -7345)), h23 = _mm256_set1_epi32(VMAF__ADM_PAIR(27411, -15826));
    int j = 0;
    for (; j + 8 <= bw; j += 8) {
        const int o = 2 * j - 1;
        vmaf__adm_st256(band[0] + j, vmaf__adm_h1x_avx2(sp[0] + o, sp[1] + o, l01, l23, 23171, sh16));
        vmaf__adm_st256(band[2] + j, vmaf__adm_h1x_avx2(sp[0] + o, sp[1] + o, h01, h23, 0, sh16));
        vmaf__adm_st256(band[1] + j, vmaf__adm_h1x_avx2(sp[2] + o, sp[3] + o, l01, l23, 23171, sh16));
        vmaf__adm_st256(band[3] + j, vmaf__adm_h1x_avx2(sp[2] + o, sp[3] + o, h01, h23, 0, sh16));
    }
    for (; j < bw; j++) {
        band[0][j] = vmaf__adm_h1_1(sp[0], sp[1], j, cl, sh16);
        band[2][j] = vmaf__adm_h1_1(sp[0], sp[1], j, ch, sh16);
        band[1][j] = vmaf__adm_h1_1(sp[2], sp[3], j, cl, sh16);
        band[3][j] = vmaf__adm_h1_1(sp[2], sp[3], j, ch, sh16);
    }
}

/* ---- decouple ---- */
/* angle test on four double lanes holding float values: dp >= 0 and dp^2 >= (cos2 om) tm.
   The scalar code scales every factor by 1/4096 first; with these magnitudes (integers up to
   2^63, so no underflow) that only moves the exponents and gives the same comparison. */
VMAF__T_AVX2 static inline __m256d vmaf__adm_angled_avx2(__m256d d, __m256d o, __m256d t)
{
    const __m256d c2 = _mm256_set1_pd((double)VMAF__ADM_COS2);
    return _mm256_and_pd(_mm256_cmp_pd(d, _mm256_setzero_pd(), _CMP_GE_OQ),
                         _mm256_cmp_pd(_mm256_mul_pd(d, d), _mm256_mul_pd(_mm256_mul_pd(c2, o), t), _CMP_GE_OQ));
}
/* two 4 x 64-bit masks (lanes 0-3, 4-7) -> one 8 x 32-bit mask */
VMAF__T_AVX2 static inline __m256i vmaf__adm_mask8_avx2(__m256d m0, __m256d m1)
{
    const __m256i x = _mm256_blend_epi32(_mm256_castpd_si256(m0), _mm256_castpd_si256(m1), 0xAA);
    return _mm256_permutevar8x32_epi32(x, _mm256_setr_epi32(0, 2, 4, 6, 1, 3, 5, 7));
}
VMAF__T_AVX2 static inline __m256i vmaf__adm_anglef_avx2(__m256 dp, __m256 om, __m256 tm)
{
    const __m256d a = vmaf__adm_angled_avx2(_mm256_cvtps_pd(_mm256_castps256_ps128(dp)), _mm256_cvtps_pd(_mm256_castps256_ps128(om)),
                                            _mm256_cvtps_pd(_mm256_castps256_ps128(tm)));
    const __m256d b = vmaf__adm_angled_avx2(_mm256_cvtps_pd(_mm256_extractf128_ps(dp, 1)), _mm256_cvtps_pd(_mm256_extractf128_ps(om, 1)),
                                            _mm256_cvtps_pd(_mm256_extractf128_ps(tm, 1)));
    return vmaf__adm_mask8_avx2(a, b);
}
/* egl step on r (8 lanes) where cond: o > 0 -> trunc(min(r egl, t)), o < 0 -> trunc(max(r egl, t)),
   in double like the scalar code; integer egl values (100, 1) give exact int32 products */
VMAF__T_AVX2 static inline __m256i vmaf__adm_egl_avx2(__m256i r, __m256i o, __m256i t, __m256i cond, double egl, int egli)
{
    const __m256i zero = _mm256_setzero_si256();
    __m256i rp, rn, rr;
    if (egli) { /* scale 0 only: |r| <= 32768 fits int16, egl <= 100: one madd */
        const __m256i re = _mm256_madd_epi16(r, _mm256_set1_epi32((int)egl));
        rp = _mm256_min_epi32(re, t);
        rn = _mm256_max_epi32(re, t);
    } else {
        const __m256d e = _mm256_set1_pd(egl);
        const __m256d r0 = _mm256_mul_pd(_mm256_cvtepi32_pd(_mm256_castsi256_si128(r)), e);
        const __m256d r1 = _mm256_mul_pd(_mm256_cvtepi32_pd(_mm256_extracti128_si256(r, 1)), e);
        const __m256d t0 = _mm256_cvtepi32_pd(_mm256_castsi256_si128(t)), t1 = _mm256_cvtepi32_pd(_mm256_extracti128_si256(t, 1));
        rp = _mm256_inserti128_si256(_mm256_castsi128_si256(_mm256_cvttpd_epi32(_mm256_min_pd(r0, t0))), _mm256_cvttpd_epi32(_mm256_min_pd(r1, t1)), 1);
        rn = _mm256_inserti128_si256(_mm256_castsi128_si256(_mm256_cvttpd_epi32(_mm256_max_pd(r0, t0))), _mm256_cvttpd_epi32(_mm256_max_pd(r1, t1)), 1);
    }
    rr = _mm256_blendv_epi8(r, rp, _mm256_cmpgt_epi32(o, zero));
    rr = _mm256_blendv_epi8(rr, rn, _mm256_cmpgt_epi32(zero, o));
    return _mm256_blendv_epi8(r, rr, cond);
}
VMAF__T_AVX2 static void vmaf__adm_dec0_avx2(VmafAdmState *s, ptrdiff_t x, int n)
{
    const double egl = s->cfg.enhn_gain_limit;
    const int egli = egl == (double)(int)egl;
    const int32_t *div = s->div;
    const __m256i zero = _mm256_setzero_si256(), c32768 = _mm256_set1_epi32(32768), r64 = _mm256_set1_epi64x(16384);
    const int16_t *ro[3];
    int16_t *rt[3], *ra[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        ro[q] = s->p16[VMAF__ADM_RH + q] + x;
        rt[q] = s->p16[VMAF__ADM_DH + q] + x;
        ra[q] = s->p16[VMAF__ADM_AH + q] + x;
    }
    for (; j + 8 <= n; j += 8) {
        __m256i O[3], T[3], po, pt, angle;
        for (q = 0; q < 3; q++) {
            O[q] = vmaf__adm_ld8x16_avx2(ro[q] + j);
            T[q] = vmaf__adm_ld8x16_avx2(rt[q] + j);
        }
        /* (h, v) int16 pairs: dot products exact in int32 (|band| <= 22930 at scale 0) */
        po = _mm256_blend_epi16(O[0], _mm256_slli_epi32(O[1], 16), 0xAA);
        pt = _mm256_blend_epi16(T[0], _mm256_slli_epi32(T[1], 16), 0xAA);
        angle = vmaf__adm_anglef_avx2(_mm256_cvtepi32_ps(_mm256_madd_epi16(po, pt)), _mm256_cvtepi32_ps(_mm256_madd_epi16(po, po)),
                                      _mm256_cvtepi32_ps(_mm256_madd_epi16(pt, pt)));
        for (q = 0; q < 3; q++) {
            const __m256i o = O[q], t = T[q];
            const __m256i dv = _mm256_i32gather_epi32((const int *)div, _mm256_add_epi32(o, c32768), 4);
            const __m256i pe = _mm256_add_epi64(_mm256_mul_epi32(dv, t), r64);
            const __m256i pq = _mm256_add_epi64(_mm256_mul_epi32(_mm256_srli_epi64(dv, 32), _mm256_srli_epi64(t, 32)), r64);
            __m256i k = _mm256_blend_epi32(_mm256_srli_epi64(pe, 15), _mm256_slli_epi64(pq, 17), 0xAA), r;
            k = _mm256_blendv_epi8(k, c32768, _mm256_cmpeq_epi32(o, zero));
            k = _mm256_min_epi32(_mm256_max_epi32(k, zero), c32768);
            /* k o by madd: k < 32768 is k's low int16 half (high half 0); k = 32768 gives r = o */
            r = _mm256_srai_epi32(_mm256_add_epi32(_mm256_madd_epi16(k, o), _mm256_set1_epi32(16384)), 15);
            r = _mm256_blendv_epi8(r, o, _mm256_cmpeq_epi32(k, c32768));
            r = vmaf__adm_egl_avx2(r, o, t, _mm256_and_si256(angle, _mm256_cmpgt_epi32(k, zero)), egl, egli);
            vmaf__adm_st8x16_avx2(rt[q] + j, r);
            vmaf__adm_st8x16_avx2(ra[q] + j, _mm256_sub_epi32(t, r));
        }
    }
    for (; j < n; j++) vmaf__adm_dec0_px(s, x + j);
}
/* (double)(float)v of four int64 lanes, the same rounding as a scalar int64 -> float
   conversion. For |v| >= 2^36 the bits below 2^12 are folded into a sticky bit 2^11: the float
   rounding points there are multiples of 2^12, so the rounding is unchanged, and the value then
   fits a double exactly (as does every |v| < 2^36): double -> float rounds once. */
VMAF__T_AVX2 static inline __m256d vmaf__adm_i64f_avx2(__m256i v)
{
    const __m256i zero = _mm256_setzero_si256(), lowm = _mm256_set1_epi64x(0xFFF);
    const __m256i small = _mm256_cmpeq_epi64(_mm256_srli_epi64(_mm256_add_epi64(v, _mm256_set1_epi64x((long long)1 << 36)), 37), zero);
    const __m256i sticky = _mm256_andnot_si256(_mm256_cmpeq_epi64(_mm256_and_si256(v, lowm), zero), _mm256_set1_epi64x(0x800));
    __m256d hi, lo;
    v = _mm256_blendv_epi8(_mm256_or_si256(_mm256_andnot_si256(lowm, v), sticky), v, small);
    hi = _mm256_cvtepi32_pd(_mm256_castsi256_si128(_mm256_permutevar8x32_epi32(v, _mm256_setr_epi32(1, 3, 5, 7, 1, 3, 5, 7))));
    lo = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(_mm256_and_si256(v, _mm256_set1_epi64x(0xFFFFFFFFLL)),
                                                           _mm256_set1_epi64x(0x4330000000000000LL))),
                       _mm256_set1_pd(4503599627370496.0));
    return _mm256_cvtps_pd(_mm256_cvtpd_ps(_mm256_add_pd(_mm256_mul_pd(hi, _mm256_set1_pd(4294967296.0)), lo)));
}
VMAF__T_AVX2 static inline __m256i vmaf__adm_dec1q_avx2(__m256i o, __m256i t, __m256i angle, const int32_t *div, double egl)
{
    const __m256i zero = _mm256_setzero_si256(), one = _mm256_set1_epi32(1), c32768 = _mm256_set1_epi32(32768);
    const __m256i k64 = _mm256_set1_epi64x(32768), m32 = _mm256_set1_epi64x(0xFFFFFFFFLL), r64 = _mm256_set1_epi64x(16384);
    const __m256i a = _mm256_abs_epi32(o); /* |o| as uint32 */
    const __m256i big = _mm256_xor_si256(_mm256_cmpeq_epi32(_mm256_srli_epi32(a, 15), zero), _mm256_set1_epi32(-1));
    /* msb(a) = exponent of (float)(a >> 8) + 8 (exact: a >> 8 < 2^24); sh = msb - 14 = 17 - clz(a) */
    const __m256i msb = _mm256_sub_epi32(_mm256_srli_epi32(_mm256_castps_si256(_mm256_cvtepi32_ps(_mm256_srli_epi32(a, 8))), 23),
                                         _mm256_set1_epi32(119));
    const __m256i sh = _mm256_and_si256(_mm256_sub_epi32(msb, _mm256_set1_epi32(14)), big);
    const __m256i m = _mm256_srlv_epi32(_mm256_add_epi32(a, _mm256_sllv_epi32(one, _mm256_sub_epi32(sh, one))), sh);
    const __m256i dv = _mm256_i32gather_epi32((const int *)(div + 32768), m, 4);
    const __m256i neg = _mm256_cmpgt_epi32(zero, o);
    const __m256i ne = _mm256_shuffle_epi32(neg, 0xA0), no = _mm256_shuffle_epi32(neg, 0xF5);
    const __m256i she = _mm256_and_si256(sh, m32), sho = _mm256_srli_epi64(sh, 32);
    __m256i pe = _mm256_mul_epi32(dv, t), po = _mm256_mul_epi32(_mm256_srli_epi64(dv, 32), _mm256_srli_epi64(t, 32));
    __m256i ke, ko, k, r;
    pe = _mm256_sub_epi64(_mm256_xor_si256(pe, ne), ne);
    po = _mm256_sub_epi64(_mm256_xor_si256(po, no), no);
    pe = _mm256_add_epi64(pe, _mm256_sllv_epi64(_mm256_set1_epi64x(16384), she));
    po = _mm256_add_epi64(po, _mm256_sllv_epi64(_mm256_set1_epi64x(16384), sho));
    ke = _mm256_srlv_epi64(pe, _mm256_add_epi64(she, _mm256_set1_epi64x(15)));
    ko = _mm256_srlv_epi64(po, _mm256_add_epi64(sho, _mm256_set1_epi64x(15)));
    /* clamp to [0, 32768]: negative sums give 0 (their logical shift is meaningless) */
    ke = _mm256_andnot_si256(_mm256_cmpgt_epi64(zero, pe), _mm256_blendv_epi8(ke, k64, _mm256_cmpgt_epi64(ke, k64)));
    ko = _mm256_andnot_si256(_mm256_cmpgt_epi64(zero, po), _mm256_blendv_epi8(ko, k64, _mm256_cmpgt_epi64(ko, k64)));
    k = _mm256_blend_epi32(ke, _mm256_slli_epi64(ko, 32), 0xAA);
    k = _mm256_blendv_epi8(k, c32768, _mm256_cmpeq_epi32(o, zero));
    /* r = (k o + 2^14) >> 15 in int64, low 32 bits */
    pe = _mm256_add_epi64(_mm256_mul_epi32(k, o), r64);
    po = _mm256_add_epi64(_mm256_mul_epi32(_mm256_srli_epi64(k, 32), _mm256_srli_epi64(o, 32)), r64);
    r = _mm256_blend_epi32(_mm256_srli_epi64(pe, 15), _mm256_slli_epi64(po, 17), 0xAA);
    return vmaf__adm_egl_avx2(r, o, t, _mm256_and_si256(angle, _mm256_cmpgt_epi32(k, zero)), egl, 0);
}
VMAF__T_AVX2 static void vmaf__adm_dec1_avx2(VmafAdmState *s, ptrdiff_t x, int n)
{
    const double egl = s->cfg.enhn_gain_limit;
    const int32_t *ro[3];
    int32_t *rt[3], *ra[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        ro[q] = s->p32[VMAF__ADM_RH + q] + x;
        rt[q] = s->p32[VMAF__ADM_DH + q] + x;
        ra[q] = s->p32[VMAF__ADM_AH + q] + x;
    }
    for (; j + 8 <= n; j += 8) {
        __m256i O[3], T[3], a0, a1, oh, ov, th, tv;
        for (q = 0; q < 3; q++) {
            O[q] = vmaf__adm_ld256(ro[q] + j);
            T[q] = vmaf__adm_ld256(rt[q] + j);
        }
        oh = O[0]; ov = O[1]; th = T[0]; tv = T[1];
        a0 = _mm256_castpd_si256(vmaf__adm_angled_avx2(
            vmaf__adm_i64f_avx2(_mm256_add_epi64(_mm256_mul_epi32(oh, th), _mm256_mul_epi32(ov, tv))),
            vmaf__adm_i64f_avx2(_mm256_add_epi64(_mm256_mul_epi32(oh, oh), _mm256_mul_epi32(ov, ov))),
            vmaf__adm_i64f_avx2(_mm256_add_epi64(_mm256_mul_epi32(th, th), _mm256_mul_epi32(tv, tv)))));
        oh = _mm256_srli_epi64(oh, 32); ov = _mm256_srli_epi64(ov, 32);
        th = _mm256_srli_epi64(th, 32); tv = _mm256_srli_epi64(tv, 32);
        a1 = _mm256_castpd_si256(vmaf__adm_angled_avx2(
            vmaf__adm_i64f_avx2(_mm256_add_epi64(_mm256_mul_epi32(oh, th), _mm256_mul_epi32(ov, tv))),
            vmaf__adm_i64f_avx2(_mm256_add_epi64(_mm256_mul_epi32(oh, oh), _mm256_mul_epi32(ov, ov))),
            vmaf__adm_i64f_avx2(_mm256_add_epi64(_mm256_mul_epi32(th, th), _mm256_mul_epi32(tv, tv)))));
        a0 = _mm256_blend_epi32(a0, a1, 0xAA);
        for (q = 0; q < 3; q++) {
            const __m256i r = vmaf__adm_dec1q_avx2(O[q], T[q], a0, s->div, egl);
            vmaf__adm_st256(rt[q] + j, r);
            vmaf__adm_st256(ra[q] + j, _mm256_sub_epi32(T[q], r));
        }
    }
    for (; j < n; j++) vmaf__adm_dec123_px(s, x + j);
}

/* ---- CSF terms (fused into the masking sums) ---- */
/* scale 0, 16 samples of one orientation in int16 lanes: C = (rf M + 2^14) >> 15 (H, V) or
   (rf M + 65535) >> 17 (D), wrapped to int16; returns u = |C| (uint16 lanes) */
VMAF__T_AVX2 static inline __m256i vmaf__adm_c0_avx2(__m256i M, int32_t rf, int diag)
{
    if (!diag) { /* rf M = (rf - 32768) M + 32768 M for rf >= 32768 */
        if (rf >= 32768) return _mm256_abs_epi16(_mm256_add_epi16(M, _mm256_mulhrs_epi16(M, _mm256_set1_epi16((short)(rf - 32768)))));
        return _mm256_abs_epi16(_mm256_mulhrs_epi16(M, _mm256_set1_epi16((short)rf)));
    } else { /* ceil(rf M / 2^16) >> 1: high half plus one if the low half is non-zero */
        const __m256i f = _mm256_set1_epi16((short)(rf >= 32768 ? rf - 65536 : rf));
        __m256i hi = _mm256_mulhi_epi16(M, f);
        const __m256i lo = _mm256_mullo_epi16(M, f);
        if (rf >= 32768) hi = _mm256_add_epi16(hi, M);
        hi = _mm256_add_epi16(_mm256_add_epi16(hi, _mm256_set1_epi16(1)), _mm256_cmpeq_epi16(lo, _mm256_setzero_si256()));
        return _mm256_abs_epi16(_mm256_srai_epi16(hi, 1));
    }
}
/* (c u + 2048) >> 12 for c = 4369 (F) or 8738 (centre term), u <= 32768, wrapped to int16:
   u * (c >> 12) + floor((16 (c & 4095) u + 2^15) / 2^16) */
VMAF__T_AVX2 static inline __m256i vmaf__adm_f0_avx2(__m256i u, int twice)
{
    const __m256i c = _mm256_set1_epi16((short)(twice ? 8736 : 4368));
    __m256i v = _mm256_add_epi16(_mm256_mulhi_epu16(u, c), _mm256_srli_epi16(_mm256_mullo_epi16(u, c), 15));
    v = _mm256_add_epi16(v, u);
    return twice ? _mm256_add_epi16(v, u) : v;
}
VMAF__T_AVX2 static void vmaf__adm_g0_avx2(const int16_t *const *M, const int32_t *rf, int32_t *G, int32_t *T, int n)
{
    const __m256i ones = _mm256_set1_epi16(1), zero = _mm256_setzero_si256();
    int j = 0;
    for (; j + 16 <= n; j += 16) {
        const __m256i uh = vmaf__adm_c0_avx2(vmaf__adm_ld256(M[0] + j), rf[0], 0);
        const __m256i uv = vmaf__adm_c0_avx2(vmaf__adm_ld256(M[1] + j), rf[1], 0);
        const __m256i ud = vmaf__adm_c0_avx2(vmaf__adm_ld256(M[2] + j), rf[2], 1);
        const __m256i fh = vmaf__adm_f0_avx2(uh, 0), fv = vmaf__adm_f0_avx2(uv, 0), fd = vmaf__adm_f0_avx2(ud, 0);
        const __m256i ch = vmaf__adm_f0_avx2(uh, 1), cv = vmaf__adm_f0_avx2(uv, 1), cd = vmaf__adm_f0_avx2(ud, 1);
        const __m256i gl = _mm256_add_epi32(_mm256_madd_epi16(_mm256_unpacklo_epi16(fh, fv), ones), _mm256_madd_epi16(_mm256_unpacklo_epi16(fd, zero), ones));
        const __m256i gh = _mm256_add_epi32(_mm256_madd_epi16(_mm256_unpackhi_epi16(fh, fv), ones), _mm256_madd_epi16(_mm256_unpackhi_epi16(fd, zero), ones));
        const __m256i cl = _mm256_add_epi32(_mm256_madd_epi16(_mm256_unpacklo_epi16(ch, cv), ones), _mm256_madd_epi16(_mm256_unpacklo_epi16(cd, zero), ones));
        const __m256i chh = _mm256_add_epi32(_mm256_madd_epi16(_mm256_unpackhi_epi16(ch, cv), ones), _mm256_madd_epi16(_mm256_unpackhi_epi16(cd, zero), ones));
        const __m256i tl = _mm256_sub_epi32(cl, gl), th = _mm256_sub_epi32(chh, gh);
        vmaf__adm_st256(G + j, _mm256_permute2x128_si256(gl, gh, 0x20));
        vmaf__adm_st256(G + j + 8, _mm256_permute2x128_si256(gl, gh, 0x31));
        vmaf__adm_st256(T + j, _mm256_permute2x128_si256(tl, th, 0x20));
        vmaf__adm_st256(T + j + 8, _mm256_permute2x128_si256(tl, th, 0x31));
    }
    for (; j < n; j++) vmaf__adm_g0_1(M, rf, j, G, T);
}
/* scales 1..3: C = (M rf + 2^27) >> 28 with a 64-bit product (rf < 2^32: a factor >= 2^31 is
   rf - 2^32 plus M << 32); returns |C| */
VMAF__T_AVX2 static inline __m256i vmaf__adm_c1_avx2(__m256i M, uint32_t rf)
{
    const __m256i f = _mm256_set1_epi32((int)(rf >= 2147483648u ? (int64_t)rf - 4294967296LL : (int64_t)rf));
    const __m256i r27 = _mm256_set1_epi64x(134217728);
    __m256i pe = _mm256_mul_epi32(M, f), po = _mm256_mul_epi32(_mm256_srli_epi64(M, 32), f);
    if (rf >= 2147483648u) {
        pe = _mm256_add_epi64(pe, _mm256_slli_epi64(M, 32));
        po = _mm256_add_epi64(po, _mm256_and_si256(M, _mm256_set1_epi64x((long long)0xFFFFFFFF00000000ULL)));
    }
    pe = _mm256_srli_epi64(_mm256_add_epi64(pe, r27), 28);
    po = _mm256_slli_epi64(_mm256_add_epi64(po, r27), 4);
    return _mm256_abs_epi32(_mm256_blend_epi32(pe, po, 0xAA));
}
/* (c u - 2^31) >> 32 (high half) for u = |C| <= 2^31 */
VMAF__T_AVX2 static inline __m256i vmaf__adm_f1_avx2(__m256i u, int c)
{
    const __m256i k = _mm256_set1_epi32(c), h = _mm256_set1_epi64x(2147483648LL);
    const __m256i pe = _mm256_sub_epi64(_mm256_mul_epu32(u, k), h), po = _mm256_sub_epi64(_mm256_mul_epu32(_mm256_srli_epi64(u, 32), k), h);
    return _mm256_blend_epi32(_mm256_srli_epi64(pe, 32), po, 0xAA);
}
VMAF__T_AVX2 static void vmaf__adm_g1_avx2(const int32_t *const *M, const uint32_t *rf, int32_t *G, int32_t *T, int n)
{
    int j = 0;
    for (; j + 8 <= n; j += 8) {
        __m256i g = _mm256_setzero_si256(), ct = _mm256_setzero_si256();
        int q;
        for (q = 0; q < 3; q++) {
            const __m256i u = vmaf__adm_c1_avx2(vmaf__adm_ld256(M[q] + j), rf[q]);
            g = _mm256_add_epi32(g, vmaf__adm_f1_avx2(u, 143165577));
            ct = _mm256_add_epi32(ct, vmaf__adm_f1_avx2(u, 286331153));
        }
        vmaf__adm_st256(G + j, g);
        vmaf__adm_st256(T + j, _mm256_sub_epi32(ct, g));
    }
    for (; j < n; j++) vmaf__adm_g1_1(M, rf, j, G, T);
}

/* ---- masking sums ---- */
VMAF__T_AVX2 static void vmaf__adm_h3_avx2(const int32_t *G, int32_t *R, int n)
{
    int j = 0;
    for (; j + 8 <= n; j += 8)
        vmaf__adm_st256(R + j, _mm256_add_epi32(_mm256_add_epi32(vmaf__adm_ld256(G + j - 1), vmaf__adm_ld256(G + j)), vmaf__adm_ld256(G + j + 1)));
    for (; j < n; j++) R[j] = vmaf__adm_h3_1(G, j);
}
VMAF__T_AVX2 static inline __m256i vmaf__adm_box_avx2(const int32_t *const *R, const int32_t *T, int j)
{
    return _mm256_add_epi32(_mm256_add_epi32(vmaf__adm_ld256(R[0] + j), vmaf__adm_ld256(R[1] + j)),
                            _mm256_add_epi32(vmaf__adm_ld256(R[2] + j), vmaf__adm_ld256(T + j)));
}
/* sum of ((x2 x + addc) >> shc) over 8 lanes, x >= 0, x2 = (x^2 + add2) >> sh2 wrapped to int32.
   The product lies in (-2^62, 2^62), so (p + addc + 2^62) >> shc is a logical shift; every
   lane therefore carries an extra 2^(62 - shc), removed once per row. */
VMAF__T_AVX2 static inline __m256i vmaf__adm_cube_avx2(__m256i x, __m256i add2, __m128i sh2, __m256i bias, __m128i shc)
{
    const __m256i xo = _mm256_srli_epi64(x, 32);
    const __m256i x2e = _mm256_srl_epi64(_mm256_add_epi64(_mm256_mul_epu32(x, x), add2), sh2);
    const __m256i x2o = _mm256_srl_epi64(_mm256_add_epi64(_mm256_mul_epu32(xo, xo), add2), sh2);
    const __m256i ve = _mm256_srl_epi64(_mm256_add_epi64(_mm256_mul_epi32(x2e, x), bias), shc);
    const __m256i vo = _mm256_srl_epi64(_mm256_add_epi64(_mm256_mul_epi32(x2o, xo), bias), shc);
    return _mm256_add_epi64(ve, vo);
}
VMAF__T_AVX2 static void vmaf__adm_cm0_avx2(const int16_t *const *S, const int32_t *const *G, const int32_t *T, const VmafAdmCmK *k,
                                            int n, int64_t *inner)
{
    static const int sh2[3] = {29, 29, 30};
    static const int64_t add2[3] = {268435456, 268435456, 536870912};
    __m256i acc[3], bias[3], a2[3], rf[3];
    __m128i s2[3], sc[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        acc[q] = _mm256_setzero_si256();
        bias[q] = _mm256_set1_epi64x(k->addc[q] + ((int64_t)1 << 62));
        a2[q] = _mm256_set1_epi64x(add2[q]);
        rf[q] = _mm256_set1_epi32(k->rf0[q]);
        s2[q] = _mm_cvtsi32_si128(sh2[q]);
        sc[q] = _mm_cvtsi32_si128(k->shc[q]);
    }
    for (; j + 8 <= n; j += 8) {
        const __m256i thr = vmaf__adm_box_avx2(G, T, j), zero = _mm256_setzero_si256();
        const __m256i t10 = _mm256_slli_epi32(thr, 10), t12 = _mm256_slli_epi32(thr, 12);
        for (q = 0; q < 3; q++) {
            const __m256i xv = _mm256_mullo_epi32(vmaf__adm_ld8x16_avx2(S[q] + j), rf[q]);
            const __m256i x = _mm256_max_epi32(_mm256_sub_epi32(_mm256_abs_epi32(xv), q < 2 ? t10 : t12), zero);
            acc[q] = _mm256_add_epi64(acc[q], vmaf__adm_cube_avx2(x, a2[q], s2[q], bias[q], sc[q]));
        }
    }
    for (q = 0; q < 3; q++)
        inner[q] = (int64_t)((uint64_t)inner[q] + vmaf__adm_hsum64_avx2(acc[q]) - (uint64_t)j * ((uint64_t)1 << (62 - k->shc[q])));
    for (; j < n; j++) vmaf__adm_cm0_1(S, G, T, k, j, inner);
}
VMAF__T_AVX2 static void vmaf__adm_cm1_avx2(const int32_t *const *S, const int32_t *const *G, const int32_t *T, const VmafAdmCmK *k,
                                            int n, int64_t *inner)
{
    __m256i acc[3], bias[3];
    const __m256i a2 = _mm256_set1_epi64x(536870912);
    const __m128i s2 = _mm_cvtsi32_si128(30);
    __m128i sc[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        acc[q] = _mm256_setzero_si256();
        bias[q] = _mm256_set1_epi64x(k->addc[q] + ((int64_t)1 << 62));
        sc[q] = _mm_cvtsi32_si128(k->shc[q]);
    }
    for (; j + 8 <= n; j += 8) {
        const __m256i thr = vmaf__adm_box_avx2(G, T, j), zero = _mm256_setzero_si256();
        for (q = 0; q < 3; q++) {
            const __m256i x = _mm256_max_epi32(_mm256_sub_epi32(vmaf__adm_c1_avx2(vmaf__adm_ld256(S[q] + j), k->rf[q]), thr), zero);
            acc[q] = _mm256_add_epi64(acc[q], vmaf__adm_cube_avx2(x, a2, s2, bias[q], sc[q]));
        }
    }
    for (q = 0; q < 3; q++)
        inner[q] = (int64_t)((uint64_t)inner[q] + vmaf__adm_hsum64_avx2(acc[q]) - (uint64_t)j * ((uint64_t)1 << (62 - k->shc[q])));
    for (; j < n; j++) vmaf__adm_cm1_1(S, G, T, k, j, inner);
}

/* ---- denominators ---- */
VMAF__T_AVX2 static uint64_t vmaf__adm_den0_avx2(const int16_t *o, int n)
{
    __m256i acc = _mm256_setzero_si256();
    uint64_t sum;
    int j = 0;
    for (; j + 8 <= n; j += 8) {
        const __m256i a = _mm256_abs_epi32(vmaf__adm_ld8x16_avx2(o + j)), a2 = _mm256_mullo_epi32(a, a);
        acc = _mm256_add_epi64(acc, _mm256_mul_epu32(a2, a));
        acc = _mm256_add_epi64(acc, _mm256_mul_epu32(_mm256_srli_epi64(a2, 32), _mm256_srli_epi64(a, 32)));
    }
    sum = vmaf__adm_hsum64_avx2(acc);
    for (; j < n; j++) sum += vmaf__adm_den0_1(o[j]);
    return sum;
}
/* ((a^2 + 2^shq) >> shq) can reach 2^32 + 2, so its product with a takes two 32 x 32 products */
VMAF__T_AVX2 static inline __m256i vmaf__adm_d1_avx2(__m256i a, __m256i addq, __m128i shq, __m256i addc, __m128i shc)
{
    const __m256i q = _mm256_srl_epi64(_mm256_add_epi64(_mm256_mul_epu32(a, a), addq), shq);
    const __m256i qa = _mm256_add_epi64(_mm256_mul_epu32(q, a), _mm256_slli_epi64(_mm256_mul_epu32(_mm256_srli_epi64(q, 32), a), 32));
    return _mm256_srl_epi64(_mm256_add_epi64(qa, addc), shc);
}
VMAF__T_AVX2 static uint64_t vmaf__adm_den1_avx2(const int32_t *o, int n, int shq, int shc)
{
    const __m256i addq = _mm256_set1_epi64x((long long)1 << shq), addc = _mm256_set1_epi64x((long long)1 << (shc - 1));
    const __m128i sq = _mm_cvtsi32_si128(shq), sc = _mm_cvtsi32_si128(shc);
    __m256i acc = _mm256_setzero_si256();
    uint64_t sum;
    int j = 0;
    for (; j + 8 <= n; j += 8) {
        const __m256i a = _mm256_abs_epi32(vmaf__adm_ld256(o + j));
        acc = _mm256_add_epi64(acc, vmaf__adm_d1_avx2(a, addq, sq, addc, sc));
        acc = _mm256_add_epi64(acc, vmaf__adm_d1_avx2(_mm256_srli_epi64(a, 32), addq, sq, addc, sc));
    }
    sum = vmaf__adm_hsum64_avx2(acc);
    for (; j < n; j++) sum += vmaf__adm_den1_1(o[j], shq, shc);
    return sum;
}

/* ---- float ---- */
VMAF__T_AVX2 static inline void vmaf__adm_fvx_avx2(__m256 x0, __m256 x1, __m256 x2, __m256 x3, float *lo, float *hi, int lo_only)
{
    const float *L = vmaf__adm_flo, *H = vmaf__adm_fhi;
    __m256 acc = _mm256_add_ps(_mm256_setzero_ps(), _mm256_mul_ps(_mm256_set1_ps(L[0]), x0));
    acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_set1_ps(L[1]), x1));
    acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_set1_ps(L[2]), x2));
    acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_set1_ps(L[3]), x3));
    _mm256_storeu_ps(lo, acc);
    if (lo_only) return;
    acc = _mm256_add_ps(_mm256_setzero_ps(), _mm256_mul_ps(_mm256_set1_ps(H[0]), x0));
    acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_set1_ps(H[1]), x1));
    acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_set1_ps(H[2]), x2));
    acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_set1_ps(H[3]), x3));
    _mm256_storeu_ps(hi, acc);
}
VMAF__T_AVX2 static void vmaf__adm_fv0_avx2(const unsigned char *const *r, int bpc, float *lo, float *hi, int w, int lo_only)
{
    const __m256 m128 = _mm256_set1_ps(-128.0f);
    int j = 0, k;
    if (bpc == 8) {
        for (; j + 8 <= w; j += 8) {
            __m256 x[4];
            for (k = 0; k < 4; k++)
                x[k] = _mm256_add_ps(_mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(const void *)(r[k] + j)))), m128);
            vmaf__adm_fvx_avx2(x[0], x[1], x[2], x[3], lo + j, hi + j, lo_only);
        }
    } else {
        const __m256 inv = _mm256_set1_ps(1.0f / (float)(1u << (bpc - 8)));
        for (; j + 8 <= w; j += 8) {
            __m256 x[4];
            for (k = 0; k < 4; k++)
                x[k] = _mm256_add_ps(_mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i *)(const void *)(r[k] + 2 * j)))), inv), m128);
            vmaf__adm_fvx_avx2(x[0], x[1], x[2], x[3], lo + j, hi + j, lo_only);
        }
    }
    for (; j < w; j++) vmaf__adm_fv0_1(r, bpc, j, lo, hi, lo_only);
}
VMAF__T_AVX2 static void vmaf__adm_fv_avx2(const float *const *r, float *lo, float *hi, int w, int lo_only)
{
    int j = 0;
    for (; j + 8 <= w; j += 8)
        vmaf__adm_fvx_avx2(_mm256_loadu_ps(r[0] + j), _mm256_loadu_ps(r[1] + j), _mm256_loadu_ps(r[2] + j), _mm256_loadu_ps(r[3] + j), lo + j, hi + j, lo_only);
    for (; j < w; j++) vmaf__adm_fv_1(r[0][j], r[1][j], r[2][j], r[3][j], lo, hi, j, lo_only);
}
/* even / odd elements of p[0..15] in order */
VMAF__T_AVX2 static inline void vmaf__adm_deint_avx2(const float *p, __m256 *e, __m256 *o)
{
    const __m256 a = _mm256_loadu_ps(p), b = _mm256_loadu_ps(p + 8);
    *e = _mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(_mm256_shuffle_ps(a, b, 0x88)), 0xD8));
    *o = _mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(_mm256_shuffle_ps(a, b, 0xDD)), 0xD8));
}
VMAF__T_AVX2 static inline __m256 vmaf__adm_f4_avx2(__m256 s0, __m256 s1, __m256 s2, __m256 s3, const float *c)
{
    __m256 acc = _mm256_add_ps(_mm256_setzero_ps(), _mm256_mul_ps(_mm256_set1_ps(c[0]), s0));
    acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_set1_ps(c[1]), s1));
    acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_set1_ps(c[2]), s2));
    return _mm256_add_ps(acc, _mm256_mul_ps(_mm256_set1_ps(c[3]), s3));
}
VMAF__T_AVX2 static void vmaf__adm_fh_avx2(const float *lo, const float *hi, float *const *band, int bw, int lo_only)
{
    const float *L = vmaf__adm_flo, *H = vmaf__adm_fhi;
    int j = 0;
    for (; j + 8 <= bw; j += 8) {
        __m256 s0, s1, s2, s3;
        vmaf__adm_deint_avx2(lo + 2 * j - 1, &s0, &s1);
        vmaf__adm_deint_avx2(lo + 2 * j + 1, &s2, &s3);
        _mm256_storeu_ps(band[0] + j, vmaf__adm_f4_avx2(s0, s1, s2, s3, L));
        if (lo_only) continue;
        _mm256_storeu_ps(band[2] + j, vmaf__adm_f4_avx2(s0, s1, s2, s3, H));
        vmaf__adm_deint_avx2(hi + 2 * j - 1, &s0, &s1);
        vmaf__adm_deint_avx2(hi + 2 * j + 1, &s2, &s3);
        _mm256_storeu_ps(band[1] + j, vmaf__adm_f4_avx2(s0, s1, s2, s3, L));
        _mm256_storeu_ps(band[3] + j, vmaf__adm_f4_avx2(s0, s1, s2, s3, H));
    }
    for (; j < bw; j++) {
        band[0][j] = vmaf__adm_fh_1(lo, j, L);
        if (lo_only) continue;
        band[2][j] = vmaf__adm_fh_1(lo, j, H);
        band[1][j] = vmaf__adm_fh_1(hi, j, L);
        band[3][j] = vmaf__adm_fh_1(hi, j, H);
    }
}
/* (float)op(r egl, t) in double, op = min or max */
VMAF__T_AVX2 static inline __m256 vmaf__adm_fegl_avx2(__m256 r, __m256 t, __m256d egl, int mx)
{
    const __m256d r0 = _mm256_mul_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(r)), egl);
    const __m256d r1 = _mm256_mul_pd(_mm256_cvtps_pd(_mm256_extractf128_ps(r, 1)), egl);
    const __m256d t0 = _mm256_cvtps_pd(_mm256_castps256_ps128(t)), t1 = _mm256_cvtps_pd(_mm256_extractf128_ps(t, 1));
    const __m128 a = _mm256_cvtpd_ps(mx ? _mm256_max_pd(r0, t0) : _mm256_min_pd(r0, t0));
    const __m128 b = _mm256_cvtpd_ps(mx ? _mm256_max_pd(r1, t1) : _mm256_min_pd(r1, t1));
    return _mm256_insertf128_ps(_mm256_castps128_ps256(a), b, 1);
}
/* The egl step (float(op(r egl, t)) in double, op = min or max) needs no double when egl is a
   float value: r egl is then exact in double (24 + 24 significant bits), so rounding it to
   float before op gives the same float (rounding is monotonic and t is a float). */
VMAF__T_AVX2 static void vmaf__adm_fdec_avx2(VmafAdmState *s, ptrdiff_t x, int n)
{
    const int eglf = (double)(float)s->cfg.enhn_gain_limit == s->cfg.enhn_gain_limit;
    const __m256 ef = _mm256_set1_ps((float)s->cfg.enhn_gain_limit);
    const __m256d egl = _mm256_set1_pd(s->cfg.enhn_gain_limit);
    const __m256 zero = _mm256_setzero_ps(), one = _mm256_set1_ps(1.0f), eps = _mm256_set1_ps((float)1e-30);
    const __m256 cos2 = _mm256_set1_ps(VMAF__ADM_COS2);
    const float *ro[3];
    float *rt[3], *ra[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        ro[q] = s->pf[VMAF__ADM_RH + q] + x;
        rt[q] = s->pf[VMAF__ADM_DH + q] + x;
        ra[q] = s->pf[VMAF__ADM_AH + q] + x;
    }
    for (; j + 8 <= n; j += 8) {
        const __m256 oh = _mm256_loadu_ps(ro[0] + j), ov = _mm256_loadu_ps(ro[1] + j);
        const __m256 th = _mm256_loadu_ps(rt[0] + j), tv = _mm256_loadu_ps(rt[1] + j);
        const __m256 dp = _mm256_add_ps(_mm256_mul_ps(oh, th), _mm256_mul_ps(ov, tv));
        const __m256 om = _mm256_add_ps(_mm256_mul_ps(oh, oh), _mm256_mul_ps(ov, ov));
        const __m256 tm = _mm256_add_ps(_mm256_mul_ps(th, th), _mm256_mul_ps(tv, tv));
        const __m256 angle = _mm256_and_ps(_mm256_cmp_ps(dp, zero, _CMP_GE_OQ),
                                           _mm256_cmp_ps(_mm256_mul_ps(dp, dp), _mm256_mul_ps(_mm256_mul_ps(cos2, om), tm), _CMP_GE_OQ));
        __m256 O[3], T[3];
        O[0] = oh; O[1] = ov; O[2] = _mm256_loadu_ps(ro[2] + j);
        T[0] = th; T[1] = tv; T[2] = _mm256_loadu_ps(rt[2] + j);
        for (q = 0; q < 3; q++) {
            const __m256 o = O[q], t = T[q], d = _mm256_add_ps(o, eps);
            __m256 k, r, m;
#if defined(VMAF__ADM_RCPSS)
            { /* n rcp(d) refined by one Newton step, exactly as the scalar rcpss code */
                const __m256 y = _mm256_rcp_ps(d);
                k = _mm256_mul_ps(t, _mm256_add_ps(y, _mm256_mul_ps(y, _mm256_sub_ps(one, _mm256_mul_ps(d, y)))));
            }
#else
            k = _mm256_div_ps(t, d);
#endif
            k = _mm256_max_ps(zero, _mm256_min_ps(one, k)); /* (k < 0) ? 0 : (k > 1) ? 1 : k */
            r = _mm256_mul_ps(k, o);
            m = _mm256_and_ps(angle, _mm256_cmp_ps(r, zero, _CMP_GT_OQ));
            r = _mm256_blendv_ps(r, eglf ? _mm256_min_ps(_mm256_mul_ps(r, ef), t) : vmaf__adm_fegl_avx2(r, t, egl, 0), m);
            m = _mm256_and_ps(angle, _mm256_cmp_ps(r, zero, _CMP_LT_OQ));
            r = _mm256_blendv_ps(r, eglf ? _mm256_max_ps(_mm256_mul_ps(r, ef), t) : vmaf__adm_fegl_avx2(r, t, egl, 1), m);
            _mm256_storeu_ps(rt[q] + j, r);
            _mm256_storeu_ps(ra[q] + j, _mm256_sub_ps(t, r));
        }
    }
    for (; j < n; j++) vmaf__adm_fdec_px(s, x + j);
}
VMAF__T_AVX2 static void vmaf__adm_fcsf_avx2(const float *M, float *C, float *F, float rf, int n)
{
    const __m256 f = _mm256_set1_ps(rf), absm = _mm256_castsi256_ps(_mm256_set1_epi32(0x7FFFFFFF));
    const __m256d c30 = _mm256_set1_pd(VMAF__ADM_C30);
    int j = 0;
    for (; j + 8 <= n; j += 8) {
        const __m256 d = _mm256_mul_ps(f, _mm256_loadu_ps(M + j)), a = _mm256_and_ps(d, absm);
        const __m128 lo = _mm256_cvtpd_ps(_mm256_mul_pd(c30, _mm256_cvtps_pd(_mm256_castps256_ps128(a))));
        const __m128 hi = _mm256_cvtpd_ps(_mm256_mul_pd(c30, _mm256_cvtps_pd(_mm256_extractf128_ps(a, 1))));
        _mm256_storeu_ps(C + j, d);
        _mm256_storeu_ps(F + j, _mm256_insertf128_ps(_mm256_castps128_ps256(lo), hi, 1));
    }
    for (; j < n; j++) vmaf__adm_fcsf_1(M, C, F, rf, j);
}
/* sum = (float)((double)sum + C15 |c|) */
VMAF__T_AVX2 static inline __m256 vmaf__adm_fc15_avx2(__m256 sum, __m256 c)
{
    const __m256d c15 = _mm256_set1_pd(VMAF__ADM_C15);
    const __m256 a = _mm256_and_ps(c, _mm256_castsi256_ps(_mm256_set1_epi32(0x7FFFFFFF)));
    const __m128 lo = _mm256_cvtpd_ps(_mm256_add_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(sum)), _mm256_mul_pd(c15, _mm256_cvtps_pd(_mm256_castps256_ps128(a)))));
    const __m128 hi = _mm256_cvtpd_ps(_mm256_add_pd(_mm256_cvtps_pd(_mm256_extractf128_ps(sum, 1)), _mm256_mul_pd(c15, _mm256_cvtps_pd(_mm256_extractf128_ps(a, 1)))));
    return _mm256_insertf128_ps(_mm256_castps128_ps256(lo), hi, 1);
}
VMAF__T_AVX2 static void vmaf__adm_fcm_avx2(const float *const *S, const float *const *C, const float *const *F, const float *rf,
                                            int bypass, int n, float *const *out)
{
    const __m256 zero = _mm256_setzero_ps(), absm = _mm256_castsi256_ps(_mm256_set1_epi32(0x7FFFFFFF));
    int j = 0, q;
    for (; j + 8 <= n; j += 8) {
        __m256 thr = zero;
        if (!bypass) {
            for (q = 0; q < 3; q++) {
                const float *fm = F[3 * q] + j, *f0 = F[3 * q + 1] + j, *fp = F[3 * q + 2] + j;
                __m256 sum = _mm256_add_ps(zero, _mm256_loadu_ps(fm - 1));
                sum = _mm256_add_ps(sum, _mm256_loadu_ps(fm));
                sum = _mm256_add_ps(sum, _mm256_loadu_ps(fm + 1));
                sum = _mm256_add_ps(sum, _mm256_loadu_ps(f0 - 1));
                sum = vmaf__adm_fc15_avx2(sum, _mm256_loadu_ps(C[q] + j));
                sum = _mm256_add_ps(sum, _mm256_loadu_ps(f0 + 1));
                sum = _mm256_add_ps(sum, _mm256_loadu_ps(fp - 1));
                sum = _mm256_add_ps(sum, _mm256_loadu_ps(fp));
                sum = _mm256_add_ps(sum, _mm256_loadu_ps(fp + 1));
                thr = _mm256_add_ps(thr, sum);
            }
        }
        for (q = 0; q < 3; q++) {
            __m256 x = _mm256_sub_ps(_mm256_and_ps(_mm256_mul_ps(_mm256_loadu_ps(S[q] + j), _mm256_set1_ps(rf[q])), absm), thr);
            x = _mm256_max_ps(zero, x); /* (x < 0) ? 0 : x */
            _mm256_storeu_ps(out[q] + j, _mm256_mul_ps(_mm256_mul_ps(x, x), x));
        }
    }
    for (; j < n; j++) vmaf__adm_fcm_1(S, C, F, rf, bypass, j, j - 1, j + 1, out, j);
}
VMAF__T_AVX2 static void vmaf__adm_fden_avx2(const float *const *O, const float *rf, int n, float *const *out)
{
    const __m256 absm = _mm256_castsi256_ps(_mm256_set1_epi32(0x7FFFFFFF));
    int j = 0, q;
    for (; j + 8 <= n; j += 8)
        for (q = 0; q < 3; q++) {
            const __m256 a = _mm256_and_ps(_mm256_mul_ps(_mm256_set1_ps(rf[q]), _mm256_loadu_ps(O[q] + j)), absm);
            _mm256_storeu_ps(out[q] + j, _mm256_mul_ps(_mm256_mul_ps(a, a), a));
        }
    for (; j < n; j++)
        for (q = 0; q < 3; q++) {
            const float a = fabsf(rf[q] * O[q][j]);
            out[q][j] = a * a * a;
        }
}

static const VmafAdmRows vmaf__adm_rows_avx2 = {
    vmaf__adm_v0_avx2, vmaf__adm_h0_avx2, vmaf__adm_v1_avx2, vmaf__adm_v2_avx2, vmaf__adm_h1_avx2,
    vmaf__adm_dec0_avx2, vmaf__adm_dec1_avx2, vmaf__adm_g0_avx2, vmaf__adm_g1_avx2, vmaf__adm_h3_avx2, vmaf__adm_cm0_avx2,
    vmaf__adm_cm1_avx2, vmaf__adm_den0_avx2, vmaf__adm_den1_avx2, vmaf__adm_fv0_avx2, vmaf__adm_fv_avx2,
    vmaf__adm_fh_avx2, vmaf__adm_fdec_avx2, vmaf__adm_fcsf_avx2, vmaf__adm_fcm_avx2, vmaf__adm_fden_avx2};
#endif /* x86 */
/* ---------------- x86: AVX-512 row functions (F, BW, DQ, VL; remainders go to AVX2) ---------------- */
#if defined(VMAF__HAVE_AVX512)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push /* g++ 12 warns inside its own avx512 headers (STYLE 6) */
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
VMAF__T_AVX512 static inline __m512i vmaf__adm_ld512(const void *p) { return _mm512_loadu_si512(p); }
VMAF__T_AVX512 static inline void vmaf__adm_st512(void *p, __m512i v) { _mm512_storeu_si512(p, v); }
/* wrapping sum of eight uint64 lanes (_mm512_reduce_add_epi64 adds as signed C integers:
   UBSan rejects the intended wrap-around) */
VMAF__T_AVX512 static inline uint64_t vmaf__adm_hsum64_512(__m512i v)
{
    uint64_t t[8];
    _mm512_storeu_si512((void *)t, v);
    return ((t[0] + t[1]) + (t[2] + t[3])) + ((t[4] + t[5]) + (t[6] + t[7]));
}
/* undo the per-128-bit-lane interleave of pack(a, b) */
VMAF__T_AVX512 static inline __m512i vmaf__adm_unpack_order512(__m512i v)
{
    return _mm512_permutexvar_epi64(_mm512_setr_epi64(0, 2, 4, 6, 1, 3, 5, 7), v);
}

/* ---- integer DWT ---- */
VMAF__T_AVX512 static inline void vmaf__adm_v0x_512(__m512i x0, __m512i x1, __m512i x2, __m512i x3, __m512i rnd, __m128i sh,
                                                    int16_t *lo, int16_t *hi, int lo_only)
{
    const __m512i a = _mm512_unpacklo_epi16(x0, x1), b = _mm512_unpackhi_epi16(x0, x1);
    const __m512i c = _mm512_unpacklo_epi16(x2, x3), d = _mm512_unpackhi_epi16(x2, x3);
    __m512i c01 = _mm512_set1_epi32(VMAF__ADM_PAIR(15826, 27411)), c23 = _mm512_set1_epi32(VMAF__ADM_PAIR(7345, -4240));
    __m512i s0 = _mm512_add_epi32(_mm512_madd_epi16(a, c01), _mm512_madd_epi16(c, c23));
    __m512i s1 = _mm512_add_epi32(_mm512_madd_epi16(b, c01), _mm512_madd_epi16(d, c23));
    s0 = _mm512_sra_epi32(_mm512_add_epi32(s0, rnd), sh);
    s1 = _mm512_sra_epi32(_mm512_add_epi32(s1, rnd), sh);
    vmaf__adm_st512(lo, _mm512_packs_epi32(s0, s1));
    if (lo_only) return;
    c01 = _mm512_set1_epi32(VMAF__ADM_PAIR(-4240, -7345));
    c23 = _mm512_set1_epi32(VMAF__ADM_PAIR(27411, -15826));
    s0 = _mm512_add_epi32(_mm512_madd_epi16(a, c01), _mm512_madd_epi16(c, c23));
    s1 = _mm512_add_epi32(_mm512_madd_epi16(b, c01), _mm512_madd_epi16(d, c23));
    s0 = _mm512_sra_epi32(_mm512_add_epi32(s0, rnd), sh);
    s1 = _mm512_sra_epi32(_mm512_add_epi32(s1, rnd), sh);
    vmaf__adm_st512(hi, _mm512_packs_epi32(s0, s1));
}
VMAF__T_AVX512 static void vmaf__adm_v0_512(const unsigned char *const *r, int bpc, int16_t *lo, int16_t *hi, int w, int lo_only)
{
    const int half = 1 << (bpc - 1), bps = bpc > 8 ? 2 : 1;
    const __m512i h16 = _mm512_set1_epi16((short)(half >= 32768 ? half - 65536 : half));
    const __m512i rnd = _mm512_set1_epi32(half);
    const __m128i sh = _mm_cvtsi32_si128(bpc);
    const unsigned char *rr[4];
    int j = 0, k;
    if (bpc == 8) {
        for (; j + 32 <= w; j += 32) {
            __m512i x[4];
            for (k = 0; k < 4; k++)
                x[k] = _mm512_sub_epi16(_mm512_cvtepu8_epi16(_mm256_loadu_si256((const __m256i *)(const void *)(r[k] + j))), h16);
            vmaf__adm_v0x_512(x[0], x[1], x[2], x[3], rnd, sh, lo + j, hi + j, lo_only);
        }
    } else {
        for (; j + 32 <= w; j += 32) {
            __m512i x[4];
            for (k = 0; k < 4; k++) x[k] = _mm512_sub_epi16(vmaf__adm_ld512(r[k] + 2 * j), h16);
            vmaf__adm_v0x_512(x[0], x[1], x[2], x[3], rnd, sh, lo + j, hi + j, lo_only);
        }
    }
    for (k = 0; k < 4; k++) rr[k] = r[k] + j * bps;
    vmaf__adm_v0_avx2(rr, bpc, lo + j, hi + j, w - j, lo_only);
}
VMAF__T_AVX512 static inline __m512i vmaf__adm_h16_512(const int16_t *p, __m512i c01, __m512i c23)
{
    const __m512i s = _mm512_add_epi32(_mm512_madd_epi16(vmaf__adm_ld512(p), c01), _mm512_madd_epi16(vmaf__adm_ld512(p + 2), c23));
    return _mm512_srai_epi32(_mm512_add_epi32(s, _mm512_set1_epi32(32768)), 16);
}
VMAF__T_AVX512 static inline void vmaf__adm_h32_512(const int16_t *p, __m512i c01, __m512i c23, int16_t *out)
{
    vmaf__adm_st512(out, vmaf__adm_unpack_order512(_mm512_packs_epi32(vmaf__adm_h16_512(p, c01, c23), vmaf__adm_h16_512(p + 32, c01, c23))));
}
VMAF__T_AVX512 static void vmaf__adm_h0_512(const int16_t *lo, const int16_t *hi, int16_t *const *band, int bw, int lo_only)
{
    const __m512i l01 = _mm512_set1_epi32(VMAF__ADM_PAIR(15826, 27411)), l23 = _mm512_set1_epi32(VMAF__ADM_PAIR(7345, -4240));
    const __m512i h01 = _mm512_set1_epi32(VMAF__ADM_PAIR(-4240, -7345)), h23 = _mm512_set1_epi32(VMAF__ADM_PAIR(27411, -15826));
    int16_t *b2[4];
    int j = 0, k;
    for (; j + 32 <= bw; j += 32) {
        vmaf__adm_h32_512(lo + 2 * j - 1, l01, l23, band[0] + j);
        if (lo_only) continue;
        vmaf__adm_h32_512(lo + 2 * j - 1, h01, h23, band[2] + j);
        vmaf__adm_h32_512(hi + 2 * j - 1, l01, l23, band[1] + j);
        vmaf__adm_h32_512(hi + 2 * j - 1, h01, h23, band[3] + j);
    }
    for (k = 0; k < 4; k++) b2[k] = band[k] + j;
    vmaf__adm_h0_avx2(lo + 2 * j, hi + 2 * j, b2, bw - j, lo_only);
}
VMAF__T_AVX512 static inline void vmaf__adm_split_512(__m512i a, __m512i b, int16_t *L, int16_t *H, int perm)
{
    const __m512i m = _mm512_set1_epi32(0xFFFF);
    __m512i l = _mm512_packus_epi32(_mm512_and_si512(a, m), _mm512_and_si512(b, m));
    __m512i h = _mm512_packs_epi32(_mm512_srai_epi32(a, 16), _mm512_srai_epi32(b, 16));
    if (perm) {
        l = vmaf__adm_unpack_order512(l);
        h = vmaf__adm_unpack_order512(h);
    }
    vmaf__adm_st512(L, _mm512_xor_si512(l, _mm512_set1_epi16(-32768)));
    vmaf__adm_st512(H, h);
}
VMAF__T_AVX512 static void vmaf__adm_v1_512(const int16_t *const *r, int16_t *const *sp, int w)
{
    const __m512i l01 = _mm512_set1_epi32(VMAF__ADM_PAIR(15826, 27411)), l23 = _mm512_set1_epi32(VMAF__ADM_PAIR(7345, -4240));
    const __m512i h01 = _mm512_set1_epi32(VMAF__ADM_PAIR(-4240, -7345)), h23 = _mm512_set1_epi32(VMAF__ADM_PAIR(27411, -15826));
    const int16_t *rr[4];
    int16_t *s2[4];
    int j = 0, k;
    for (; j + 32 <= w; j += 32) {
        const __m512i x0 = vmaf__adm_ld512(r[0] + j), x1 = vmaf__adm_ld512(r[1] + j);
        const __m512i x2 = vmaf__adm_ld512(r[2] + j), x3 = vmaf__adm_ld512(r[3] + j);
        const __m512i a = _mm512_unpacklo_epi16(x0, x1), b = _mm512_unpackhi_epi16(x0, x1);
        const __m512i c = _mm512_unpacklo_epi16(x2, x3), d = _mm512_unpackhi_epi16(x2, x3);
        vmaf__adm_split_512(_mm512_add_epi32(_mm512_madd_epi16(a, l01), _mm512_madd_epi16(c, l23)),
                            _mm512_add_epi32(_mm512_madd_epi16(b, l01), _mm512_madd_epi16(d, l23)), sp[0] + j, sp[1] + j, 0);
        vmaf__adm_split_512(_mm512_add_epi32(_mm512_madd_epi16(a, h01), _mm512_madd_epi16(c, h23)),
                            _mm512_add_epi32(_mm512_madd_epi16(b, h01), _mm512_madd_epi16(d, h23)), sp[2] + j, sp[3] + j, 0);
    }
    for (k = 0; k < 4; k++) {
        rr[k] = r[k] + j;
        s2[k] = sp[k] + j;
    }
    vmaf__adm_v1_avx2(rr, s2, w - j);
}
VMAF__T_AVX512 static inline void vmaf__adm_v2x_512(const int32_t *const *r, int j, __m512i *lo, __m512i *hi)
{
    const __m512i f = _mm512_set1_epi32(0x8000), rnd = _mm512_set1_epi32(32768);
    const __mmask32 odd = 0xAAAAAAAAu;
    const __m512i x0 = _mm512_xor_si512(vmaf__adm_ld512(r[0] + j), f), x1 = _mm512_xor_si512(vmaf__adm_ld512(r[1] + j), f);
    const __m512i x2 = _mm512_xor_si512(vmaf__adm_ld512(r[2] + j), f), x3 = _mm512_xor_si512(vmaf__adm_ld512(r[3] + j), f);
    const __m512i u01 = _mm512_mask_blend_epi16(odd, x0, _mm512_slli_epi32(x1, 16));
    const __m512i p01 = _mm512_mask_blend_epi16(odd, _mm512_srli_epi32(x0, 16), x1);
    const __m512i u23 = _mm512_mask_blend_epi16(odd, x2, _mm512_slli_epi32(x3, 16));
    const __m512i p23 = _mm512_mask_blend_epi16(odd, _mm512_srli_epi32(x2, 16), x3);
    __m512i c01 = _mm512_set1_epi32(VMAF__ADM_PAIR(15826, 27411)), c23 = _mm512_set1_epi32(VMAF__ADM_PAIR(7345, -4240));
    __m512i q = _mm512_add_epi32(_mm512_madd_epi16(u01, c01), _mm512_madd_epi16(u23, c23));
    __m512i p = _mm512_add_epi32(_mm512_add_epi32(_mm512_madd_epi16(p01, c01), _mm512_madd_epi16(p23, c23)), _mm512_set1_epi32(23171));
    *lo = _mm512_add_epi32(p, _mm512_srai_epi32(_mm512_add_epi32(q, rnd), 16));
    c01 = _mm512_set1_epi32(VMAF__ADM_PAIR(-4240, -7345));
    c23 = _mm512_set1_epi32(VMAF__ADM_PAIR(27411, -15826));
    q = _mm512_add_epi32(_mm512_madd_epi16(u01, c01), _mm512_madd_epi16(u23, c23));
    p = _mm512_add_epi32(_mm512_madd_epi16(p01, c01), _mm512_madd_epi16(p23, c23));
    *hi = _mm512_add_epi32(p, _mm512_srai_epi32(_mm512_add_epi32(q, rnd), 16));
}
VMAF__T_AVX512 static void vmaf__adm_v2_512(const int32_t *const *r, int16_t *const *sp, int w)
{
    const int32_t *rr[4];
    int16_t *s2[4];
    int j = 0, k;
    for (; j + 32 <= w; j += 32) {
        __m512i lo0, hi0, lo1, hi1;
        vmaf__adm_v2x_512(r, j, &lo0, &hi0);
        vmaf__adm_v2x_512(r, j + 16, &lo1, &hi1);
        vmaf__adm_split_512(lo0, lo1, sp[0] + j, sp[1] + j, 1);
        vmaf__adm_split_512(hi0, hi1, sp[2] + j, sp[3] + j, 1);
    }
    for (k = 0; k < 4; k++) {
        rr[k] = r[k] + j;
        s2[k] = sp[k] + j;
    }
    vmaf__adm_v2_avx2(rr, s2, w - j);
}
VMAF__T_AVX512 static inline __m512i vmaf__adm_h1x_512(const int16_t *L, const int16_t *H, __m512i c01, __m512i c23, int k, int sh16)
{
    const __m512i q = _mm512_add_epi32(_mm512_madd_epi16(vmaf__adm_ld512(L), c01), _mm512_madd_epi16(vmaf__adm_ld512(L + 2), c23));
    const __m512i p = _mm512_add_epi32(_mm512_add_epi32(_mm512_madd_epi16(vmaf__adm_ld512(H), c01), _mm512_madd_epi16(vmaf__adm_ld512(H + 2), c23)),
                                       _mm512_set1_epi32(k));
    if (sh16) return _mm512_add_epi32(p, _mm512_srai_epi32(_mm512_add_epi32(q, _mm512_set1_epi32(32768)), 16));
    return _mm512_add_epi32(_mm512_slli_epi32(p, 1), _mm512_srai_epi32(_mm512_add_epi32(q, _mm512_set1_epi32(16384)), 15));
}
VMAF__T_AVX512 static void vmaf__adm_h1_512(const int16_t *const *sp, int32_t *const *band, int bw, int sh16)
{
    const __m512i l01 = _mm512_set1_epi32(VMAF__ADM_PAIR(15826, 27411)), l23 = _mm512_set1_epi32(VMAF__ADM_PAIR(7345, -4240));
    const __m512i h01 = _mm512_set1_epi32(VMAF__ADM_PAIR(-4240, -7345)), h23 = _mm512_set1_epi32(VMAF__ADM_PAIR(27411, -15826));
    const int16_t *s2[4];
    int32_t *b2[4];
    int j = 0, k;
    for (; j + 16 <= bw; j += 16) {
        const int o = 2 * j - 1;
        vmaf__adm_st512(band[0] + j, vmaf__adm_h1x_512(sp[0] + o, sp[1] + o, l01, l23, 23171, sh16));
        vmaf__adm_st512(band[2] + j, vmaf__adm_h1x_512(sp[0] + o, sp[1] + o, h01, h23, 0, sh16));
        vmaf__adm_st512(band[1] + j, vmaf__adm_h1x_512(sp[2] + o, sp[3] + o, l01, l23, 23171, sh16));
        vmaf__adm_st512(band[3] + j, vmaf__adm_h1x_512(sp[2] + o, sp[3] + o, h01, h23, 0, sh16));
    }
    for (k = 0; k < 4; k++) {
        s2[k] = sp[k] + 2 * j;
        b2[k] = band[k] + j;
    }
    vmaf__adm_h1_avx2(s2, b2, bw - j, sh16);
}

/* ---- decouple ---- */
VMAF__T_AVX512 static inline __mmask8 vmaf__adm_angled_512(__m512d d, __m512d o, __m512d t)
{
    const __m512d c2 = _mm512_set1_pd((double)VMAF__ADM_COS2);
    return _mm512_cmp_pd_mask(d, _mm512_setzero_pd(), _CMP_GE_OQ) &
           _mm512_cmp_pd_mask(_mm512_mul_pd(d, d), _mm512_mul_pd(_mm512_mul_pd(c2, o), t), _CMP_GE_OQ);
}
VMAF__T_AVX512 static inline __mmask16 vmaf__adm_anglef_512(__m512 dp, __m512 om, __m512 tm)
{
    const __mmask8 a = vmaf__adm_angled_512(_mm512_cvtps_pd(_mm512_castps512_ps256(dp)), _mm512_cvtps_pd(_mm512_castps512_ps256(om)),
                                            _mm512_cvtps_pd(_mm512_castps512_ps256(tm)));
    const __mmask8 b = vmaf__adm_angled_512(_mm512_cvtps_pd(_mm512_extractf32x8_ps(dp, 1)), _mm512_cvtps_pd(_mm512_extractf32x8_ps(om, 1)),
                                            _mm512_cvtps_pd(_mm512_extractf32x8_ps(tm, 1)));
    return (__mmask16)((unsigned)a | ((unsigned)b << 8));
}
VMAF__T_AVX512 static inline __m512i vmaf__adm_egl_512(__m512i r, __m512i o, __m512i t, __mmask16 cond, double egl, int egli)
{
    const __m512i zero = _mm512_setzero_si512();
    __m512i rp, rn;
    if (egli) {
        const __m512i re = _mm512_madd_epi16(r, _mm512_set1_epi32((int)egl));
        rp = _mm512_min_epi32(re, t);
        rn = _mm512_max_epi32(re, t);
    } else {
        const __m512d e = _mm512_set1_pd(egl);
        const __m512d r0 = _mm512_mul_pd(_mm512_cvtepi32_pd(_mm512_castsi512_si256(r)), e);
        const __m512d r1 = _mm512_mul_pd(_mm512_cvtepi32_pd(_mm512_extracti64x4_epi64(r, 1)), e);
        const __m512d t0 = _mm512_cvtepi32_pd(_mm512_castsi512_si256(t)), t1 = _mm512_cvtepi32_pd(_mm512_extracti64x4_epi64(t, 1));
        rp = _mm512_inserti64x4(_mm512_castsi256_si512(_mm512_cvttpd_epi32(_mm512_min_pd(r0, t0))), _mm512_cvttpd_epi32(_mm512_min_pd(r1, t1)), 1);
        rn = _mm512_inserti64x4(_mm512_castsi256_si512(_mm512_cvttpd_epi32(_mm512_max_pd(r0, t0))), _mm512_cvttpd_epi32(_mm512_max_pd(r1, t1)), 1);
    }
    r = _mm512_mask_mov_epi32(r, cond & _mm512_cmpgt_epi32_mask(o, zero), rp);
    return _mm512_mask_mov_epi32(r, cond & _mm512_cmplt_epi32_mask(o, zero), rn);
}
VMAF__T_AVX512 static void vmaf__adm_dec0_512(VmafAdmState *s, ptrdiff_t x, int n)
{
    const double egl = s->cfg.enhn_gain_limit;
    const int egli = egl == (double)(int)egl;
    const int32_t *div = s->div;
    const __m512i zero = _mm512_setzero_si512(), c32768 = _mm512_set1_epi32(32768), r64 = _mm512_set1_epi64(16384);
    const __mmask32 odd = 0xAAAAAAAAu;
    const int16_t *ro[3];
    int16_t *rt[3], *ra[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        ro[q] = s->p16[VMAF__ADM_RH + q] + x;
        rt[q] = s->p16[VMAF__ADM_DH + q] + x;
        ra[q] = s->p16[VMAF__ADM_AH + q] + x;
    }
    for (; j + 16 <= n; j += 16) {
        __m512i O[3], T[3], po, pt;
        __mmask16 angle;
        for (q = 0; q < 3; q++) {
            O[q] = _mm512_cvtepi16_epi32(_mm256_loadu_si256((const __m256i *)(const void *)(ro[q] + j)));
            T[q] = _mm512_cvtepi16_epi32(_mm256_loadu_si256((const __m256i *)(const void *)(rt[q] + j)));
        }
        po = _mm512_mask_blend_epi16(odd, O[0], _mm512_slli_epi32(O[1], 16));
        pt = _mm512_mask_blend_epi16(odd, T[0], _mm512_slli_epi32(T[1], 16));
        angle = vmaf__adm_anglef_512(_mm512_cvtepi32_ps(_mm512_madd_epi16(po, pt)), _mm512_cvtepi32_ps(_mm512_madd_epi16(po, po)),
                                     _mm512_cvtepi32_ps(_mm512_madd_epi16(pt, pt)));
        for (q = 0; q < 3; q++) {
            const __m512i o = O[q], t = T[q];
            const __m512i dv = _mm512_i32gather_epi32(_mm512_add_epi32(o, c32768), (const int *)div, 4);
            const __m512i pe = _mm512_add_epi64(_mm512_mul_epi32(dv, t), r64);
            const __m512i pq = _mm512_add_epi64(_mm512_mul_epi32(_mm512_srli_epi64(dv, 32), _mm512_srli_epi64(t, 32)), r64);
            __m512i k = _mm512_mask_blend_epi32(0xAAAA, _mm512_srli_epi64(pe, 15), _mm512_slli_epi64(pq, 17)), r;
            k = _mm512_mask_mov_epi32(k, _mm512_cmpeq_epi32_mask(o, zero), c32768);
            k = _mm512_min_epi32(_mm512_max_epi32(k, zero), c32768);
            r = _mm512_srai_epi32(_mm512_add_epi32(_mm512_madd_epi16(k, o), _mm512_set1_epi32(16384)), 15);
            r = _mm512_mask_mov_epi32(r, _mm512_cmpeq_epi32_mask(k, c32768), o);
            r = vmaf__adm_egl_512(r, o, t, angle & _mm512_cmpgt_epi32_mask(k, zero), egl, egli);
            _mm256_storeu_si256((__m256i *)(void *)(rt[q] + j), _mm512_cvtepi32_epi16(r));
            _mm256_storeu_si256((__m256i *)(void *)(ra[q] + j), _mm512_cvtepi32_epi16(_mm512_sub_epi32(t, r)));
        }
    }
    vmaf__adm_dec0_avx2(s, x + j, n - j);
}
/* scales 1..3, 8 coefficients in int64 lanes */
VMAF__T_AVX512 static inline __m256i vmaf__adm_dec1q_512(__m256i o32, __m256i t32, __mmask8 angle, const int32_t *div, double egl)
{
    const __m512i zero = _mm512_setzero_si512();
    const __m512i o = _mm512_cvtepi32_epi64(o32), t = _mm512_cvtepi32_epi64(t32);
    const __m512i a = _mm512_abs_epi64(o);
    const __mmask8 big = _mm512_cmpgt_epi64_mask(a, _mm512_set1_epi64(32767));
    /* msb(a) = exponent of (float)(a >> 8) + 8, exact since a >> 8 < 2^24 */
    const __m256i e = _mm256_srli_epi32(_mm256_castps_si256(_mm256_cvtepi32_ps(_mm512_cvtepi64_epi32(_mm512_srli_epi64(a, 8)))), 23);
    const __m512i sh = _mm512_maskz_mov_epi64(big, _mm512_sub_epi64(_mm512_cvtepu32_epi64(e), _mm512_set1_epi64(133)));
    const __m512i m = _mm512_srlv_epi64(_mm512_add_epi64(a, _mm512_maskz_mov_epi64(big, _mm512_sllv_epi64(_mm512_set1_epi64(1),
                                        _mm512_sub_epi64(sh, _mm512_set1_epi64(1))))), sh);
    const __m512i dv = _mm512_cvtepi32_epi64(_mm512_i64gather_epi32(m, (const int *)(div + 32768), 4));
    __m512i p = _mm512_mul_epi32(dv, t), k, r;
    __mmask8 cond;
    p = _mm512_mask_sub_epi64(p, _mm512_cmplt_epi64_mask(o, zero), zero, p);
    p = _mm512_add_epi64(p, _mm512_sllv_epi64(_mm512_set1_epi64(16384), sh));
    k = _mm512_srav_epi64(p, _mm512_add_epi64(sh, _mm512_set1_epi64(15)));
    k = _mm512_min_epi64(_mm512_max_epi64(k, zero), _mm512_set1_epi64(32768));
    k = _mm512_mask_mov_epi64(k, _mm512_cmpeq_epi64_mask(o, zero), _mm512_set1_epi64(32768));
    r = _mm512_srai_epi64(_mm512_add_epi64(_mm512_mul_epi32(k, o), _mm512_set1_epi64(16384)), 15);
    cond = angle & _mm512_cmpgt_epi64_mask(k, zero);
    {
        const __m512d rd = _mm512_mul_pd(_mm512_cvtepi64_pd(r), _mm512_set1_pd(egl)), td = _mm512_cvtepi64_pd(t);
        r = _mm512_mask_mov_epi64(r, cond & _mm512_cmpgt_epi64_mask(o, zero), _mm512_cvttpd_epi64(_mm512_min_pd(rd, td)));
        r = _mm512_mask_mov_epi64(r, cond & _mm512_cmplt_epi64_mask(o, zero), _mm512_cvttpd_epi64(_mm512_max_pd(rd, td)));
    }
    return _mm512_cvtepi64_epi32(r);
}
VMAF__T_AVX512 static inline __mmask8 vmaf__adm_angle64_512(__m256i oh32, __m256i ov32, __m256i th32, __m256i tv32)
{
    const __m512i oh = _mm512_cvtepi32_epi64(oh32), ov = _mm512_cvtepi32_epi64(ov32);
    const __m512i th = _mm512_cvtepi32_epi64(th32), tv = _mm512_cvtepi32_epi64(tv32);
    const __m512i dp = _mm512_add_epi64(_mm512_mul_epi32(oh, th), _mm512_mul_epi32(ov, tv));
    const __m512i om = _mm512_add_epi64(_mm512_mul_epi32(oh, oh), _mm512_mul_epi32(ov, ov));
    const __m512i tm = _mm512_add_epi64(_mm512_mul_epi32(th, th), _mm512_mul_epi32(tv, tv));
    return vmaf__adm_angled_512(_mm512_cvtps_pd(_mm512_cvtepi64_ps(dp)), _mm512_cvtps_pd(_mm512_cvtepi64_ps(om)),
                                _mm512_cvtps_pd(_mm512_cvtepi64_ps(tm)));
}
VMAF__T_AVX512 static void vmaf__adm_dec1_512(VmafAdmState *s, ptrdiff_t x, int n)
{
    const double egl = s->cfg.enhn_gain_limit;
    const int32_t *ro[3];
    int32_t *rt[3], *ra[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        ro[q] = s->p32[VMAF__ADM_RH + q] + x;
        rt[q] = s->p32[VMAF__ADM_DH + q] + x;
        ra[q] = s->p32[VMAF__ADM_AH + q] + x;
    }
    for (; j + 8 <= n; j += 8) {
        __m256i O[3], T[3];
        __mmask8 angle;
        for (q = 0; q < 3; q++) {
            O[q] = _mm256_loadu_si256((const __m256i *)(const void *)(ro[q] + j));
            T[q] = _mm256_loadu_si256((const __m256i *)(const void *)(rt[q] + j));
        }
        angle = vmaf__adm_angle64_512(O[0], O[1], T[0], T[1]);
        for (q = 0; q < 3; q++) {
            const __m256i r = vmaf__adm_dec1q_512(O[q], T[q], angle, s->div, egl);
            _mm256_storeu_si256((__m256i *)(void *)(rt[q] + j), r);
            _mm256_storeu_si256((__m256i *)(void *)(ra[q] + j), _mm256_sub_epi32(T[q], r));
        }
    }
    vmaf__adm_dec1_avx2(s, x + j, n - j);
}

/* ---- CSF terms ---- */
VMAF__T_AVX512 static inline __m512i vmaf__adm_c0_512(__m512i M, int32_t rf, int diag)
{
    if (!diag) {
        if (rf >= 32768) return _mm512_abs_epi16(_mm512_add_epi16(M, _mm512_mulhrs_epi16(M, _mm512_set1_epi16((short)(rf - 32768)))));
        return _mm512_abs_epi16(_mm512_mulhrs_epi16(M, _mm512_set1_epi16((short)rf)));
    } else {
        const __m512i f = _mm512_set1_epi16((short)(rf >= 32768 ? rf - 65536 : rf));
        __m512i hi = _mm512_mulhi_epi16(M, f);
        const __m512i lo = _mm512_mullo_epi16(M, f);
        if (rf >= 32768) hi = _mm512_add_epi16(hi, M);
        hi = _mm512_mask_add_epi16(hi, _mm512_test_epi16_mask(lo, lo), hi, _mm512_set1_epi16(1));
        return _mm512_abs_epi16(_mm512_srai_epi16(hi, 1));
    }
}
VMAF__T_AVX512 static inline __m512i vmaf__adm_f0_512(__m512i u, int twice)
{
    const __m512i c = _mm512_set1_epi16((short)(twice ? 8736 : 4368));
    __m512i v = _mm512_add_epi16(_mm512_mulhi_epu16(u, c), _mm512_srli_epi16(_mm512_mullo_epi16(u, c), 15));
    v = _mm512_add_epi16(v, u);
    return twice ? _mm512_add_epi16(v, u) : v;
}
/* sum of three int16 vectors of 16 lanes, widened to int32 */
VMAF__T_AVX512 static inline __m512i vmaf__adm_sum3_512(__m256i a, __m256i b, __m256i c)
{
    return _mm512_add_epi32(_mm512_add_epi32(_mm512_cvtepi16_epi32(a), _mm512_cvtepi16_epi32(b)), _mm512_cvtepi16_epi32(c));
}
VMAF__T_AVX512 static void vmaf__adm_g0_512(const int16_t *const *M, const int32_t *rf, int32_t *G, int32_t *T, int n)
{
    const int16_t *m2[3];
    int j = 0, q;
    for (; j + 32 <= n; j += 32) {
        const __m512i uh = vmaf__adm_c0_512(vmaf__adm_ld512(M[0] + j), rf[0], 0);
        const __m512i uv = vmaf__adm_c0_512(vmaf__adm_ld512(M[1] + j), rf[1], 0);
        const __m512i ud = vmaf__adm_c0_512(vmaf__adm_ld512(M[2] + j), rf[2], 1);
        const __m512i fh = vmaf__adm_f0_512(uh, 0), fv = vmaf__adm_f0_512(uv, 0), fd = vmaf__adm_f0_512(ud, 0);
        const __m512i ch = vmaf__adm_f0_512(uh, 1), cv = vmaf__adm_f0_512(uv, 1), cd = vmaf__adm_f0_512(ud, 1);
        __m512i g = vmaf__adm_sum3_512(_mm512_castsi512_si256(fh), _mm512_castsi512_si256(fv), _mm512_castsi512_si256(fd));
        __m512i c = vmaf__adm_sum3_512(_mm512_castsi512_si256(ch), _mm512_castsi512_si256(cv), _mm512_castsi512_si256(cd));
        vmaf__adm_st512(G + j, g);
        vmaf__adm_st512(T + j, _mm512_sub_epi32(c, g));
        g = vmaf__adm_sum3_512(_mm512_extracti64x4_epi64(fh, 1), _mm512_extracti64x4_epi64(fv, 1), _mm512_extracti64x4_epi64(fd, 1));
        c = vmaf__adm_sum3_512(_mm512_extracti64x4_epi64(ch, 1), _mm512_extracti64x4_epi64(cv, 1), _mm512_extracti64x4_epi64(cd, 1));
        vmaf__adm_st512(G + j + 16, g);
        vmaf__adm_st512(T + j + 16, _mm512_sub_epi32(c, g));
    }
    for (q = 0; q < 3; q++) m2[q] = M[q] + j;
    vmaf__adm_g0_avx2(m2, rf, G + j, T + j, n - j);
}
VMAF__T_AVX512 static inline __m512i vmaf__adm_c1_512(__m512i M, uint32_t rf)
{
    const __m512i f = _mm512_set1_epi32((int)(rf >= 2147483648u ? (int64_t)rf - 4294967296LL : (int64_t)rf));
    const __m512i r27 = _mm512_set1_epi64(134217728);
    __m512i pe = _mm512_mul_epi32(M, f), po = _mm512_mul_epi32(_mm512_srli_epi64(M, 32), f);
    if (rf >= 2147483648u) {
        pe = _mm512_add_epi64(pe, _mm512_slli_epi64(M, 32));
        po = _mm512_add_epi64(po, _mm512_and_si512(M, _mm512_set1_epi64((long long)0xFFFFFFFF00000000ULL)));
    }
    pe = _mm512_srli_epi64(_mm512_add_epi64(pe, r27), 28);
    po = _mm512_slli_epi64(_mm512_add_epi64(po, r27), 4);
    return _mm512_abs_epi32(_mm512_mask_blend_epi32(0xAAAA, pe, po));
}
VMAF__T_AVX512 static inline __m512i vmaf__adm_f1_512(__m512i u, int c)
{
    const __m512i k = _mm512_set1_epi32(c), h = _mm512_set1_epi64(2147483648LL);
    const __m512i pe = _mm512_sub_epi64(_mm512_mul_epu32(u, k), h), po = _mm512_sub_epi64(_mm512_mul_epu32(_mm512_srli_epi64(u, 32), k), h);
    return _mm512_mask_blend_epi32(0xAAAA, _mm512_srli_epi64(pe, 32), po);
}
VMAF__T_AVX512 static void vmaf__adm_g1_512(const int32_t *const *M, const uint32_t *rf, int32_t *G, int32_t *T, int n)
{
    const int32_t *m2[3];
    int j = 0, q;
    for (; j + 16 <= n; j += 16) {
        __m512i g = _mm512_setzero_si512(), ct = _mm512_setzero_si512();
        for (q = 0; q < 3; q++) {
            const __m512i u = vmaf__adm_c1_512(vmaf__adm_ld512(M[q] + j), rf[q]);
            g = _mm512_add_epi32(g, vmaf__adm_f1_512(u, 143165577));
            ct = _mm512_add_epi32(ct, vmaf__adm_f1_512(u, 286331153));
        }
        vmaf__adm_st512(G + j, g);
        vmaf__adm_st512(T + j, _mm512_sub_epi32(ct, g));
    }
    for (q = 0; q < 3; q++) m2[q] = M[q] + j;
    vmaf__adm_g1_avx2(m2, rf, G + j, T + j, n - j);
}

/* ---- masking sums ---- */
VMAF__T_AVX512 static void vmaf__adm_h3_512(const int32_t *G, int32_t *R, int n)
{
    int j = 0;
    for (; j + 16 <= n; j += 16)
        vmaf__adm_st512(R + j, _mm512_add_epi32(_mm512_add_epi32(vmaf__adm_ld512(G + j - 1), vmaf__adm_ld512(G + j)), vmaf__adm_ld512(G + j + 1)));
    vmaf__adm_h3_avx2(G + j, R + j, n - j);
}
VMAF__T_AVX512 static inline __m512i vmaf__adm_box_512(const int32_t *const *R, const int32_t *T, int j)
{
    return _mm512_add_epi32(_mm512_add_epi32(vmaf__adm_ld512(R[0] + j), vmaf__adm_ld512(R[1] + j)),
                            _mm512_add_epi32(vmaf__adm_ld512(R[2] + j), vmaf__adm_ld512(T + j)));
}
VMAF__T_AVX512 static inline __m512i vmaf__adm_cube_512(__m512i x, __m512i add2, __m128i sh2, __m512i bias, __m128i shc)
{
    const __m512i xo = _mm512_srli_epi64(x, 32);
    const __m512i x2e = _mm512_srl_epi64(_mm512_add_epi64(_mm512_mul_epu32(x, x), add2), sh2);
    const __m512i x2o = _mm512_srl_epi64(_mm512_add_epi64(_mm512_mul_epu32(xo, xo), add2), sh2);
    const __m512i ve = _mm512_srl_epi64(_mm512_add_epi64(_mm512_mul_epi32(x2e, x), bias), shc);
    const __m512i vo = _mm512_srl_epi64(_mm512_add_epi64(_mm512_mul_epi32(x2o, xo), bias), shc);
    return _mm512_add_epi64(ve, vo);
}
VMAF__T_AVX512 static void vmaf__adm_cm0_512(const int16_t *const *S, const int32_t *const *G, const int32_t *T, const VmafAdmCmK *k,
                                             int n, int64_t *inner)
{
    static const int sh2[3] = {29, 29, 30};
    static const int64_t add2[3] = {268435456, 268435456, 536870912};
    __m512i acc[3], bias[3], a2[3], rf[3];
    __m128i s2[3], sc[3];
    const int16_t *S2[3];
    const int32_t *G2[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        acc[q] = _mm512_setzero_si512();
        bias[q] = _mm512_set1_epi64(k->addc[q] + ((int64_t)1 << 62));
        a2[q] = _mm512_set1_epi64(add2[q]);
        rf[q] = _mm512_set1_epi32(k->rf0[q]);
        s2[q] = _mm_cvtsi32_si128(sh2[q]);
        sc[q] = _mm_cvtsi32_si128(k->shc[q]);
    }
    for (; j + 16 <= n; j += 16) {
        const __m512i thr = vmaf__adm_box_512(G, T, j), zero = _mm512_setzero_si512();
        const __m512i t10 = _mm512_slli_epi32(thr, 10), t12 = _mm512_slli_epi32(thr, 12);
        for (q = 0; q < 3; q++) {
            const __m512i sv = _mm512_cvtepi16_epi32(_mm256_loadu_si256((const __m256i *)(const void *)(S[q] + j)));
            const __m512i x = _mm512_max_epi32(_mm512_sub_epi32(_mm512_abs_epi32(_mm512_mullo_epi32(sv, rf[q])), q < 2 ? t10 : t12), zero);
            acc[q] = _mm512_add_epi64(acc[q], vmaf__adm_cube_512(x, a2[q], s2[q], bias[q], sc[q]));
        }
    }
    for (q = 0; q < 3; q++) {
        inner[q] = (int64_t)((uint64_t)inner[q] + vmaf__adm_hsum64_512(acc[q]) - (uint64_t)j * ((uint64_t)1 << (62 - k->shc[q])));
        S2[q] = S[q] + j;
        G2[q] = G[q] + j;
    }
    vmaf__adm_cm0_avx2(S2, G2, T + j, k, n - j, inner);
}
VMAF__T_AVX512 static void vmaf__adm_cm1_512(const int32_t *const *S, const int32_t *const *G, const int32_t *T, const VmafAdmCmK *k,
                                             int n, int64_t *inner)
{
    __m512i acc[3], bias[3];
    const __m512i a2 = _mm512_set1_epi64(536870912);
    const __m128i s2 = _mm_cvtsi32_si128(30);
    __m128i sc[3];
    const int32_t *S2[3], *G2[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        acc[q] = _mm512_setzero_si512();
        bias[q] = _mm512_set1_epi64(k->addc[q] + ((int64_t)1 << 62));
        sc[q] = _mm_cvtsi32_si128(k->shc[q]);
    }
    for (; j + 16 <= n; j += 16) {
        const __m512i thr = vmaf__adm_box_512(G, T, j), zero = _mm512_setzero_si512();
        for (q = 0; q < 3; q++) {
            const __m512i x = _mm512_max_epi32(_mm512_sub_epi32(vmaf__adm_c1_512(vmaf__adm_ld512(S[q] + j), k->rf[q]), thr), zero);
            acc[q] = _mm512_add_epi64(acc[q], vmaf__adm_cube_512(x, a2, s2, bias[q], sc[q]));
        }
    }
    for (q = 0; q < 3; q++) {
        inner[q] = (int64_t)((uint64_t)inner[q] + vmaf__adm_hsum64_512(acc[q]) - (uint64_t)j * ((uint64_t)1 << (62 - k->shc[q])));
        S2[q] = S[q] + j;
        G2[q] = G[q] + j;
    }
    vmaf__adm_cm1_avx2(S2, G2, T + j, k, n - j, inner);
}

/* ---- denominators ---- */
VMAF__T_AVX512 static uint64_t vmaf__adm_den0_512(const int16_t *o, int n)
{
    __m512i acc = _mm512_setzero_si512();
    int j = 0;
    for (; j + 16 <= n; j += 16) {
        const __m512i a = _mm512_abs_epi32(_mm512_cvtepi16_epi32(_mm256_loadu_si256((const __m256i *)(const void *)(o + j))));
        const __m512i a2 = _mm512_mullo_epi32(a, a);
        acc = _mm512_add_epi64(acc, _mm512_mul_epu32(a2, a));
        acc = _mm512_add_epi64(acc, _mm512_mul_epu32(_mm512_srli_epi64(a2, 32), _mm512_srli_epi64(a, 32)));
    }
    return vmaf__adm_hsum64_512(acc) + vmaf__adm_den0_avx2(o + j, n - j);
}
VMAF__T_AVX512 static inline __m512i vmaf__adm_d1_512(__m512i a, __m512i addq, __m128i shq, __m512i addc, __m128i shc)
{
    const __m512i q = _mm512_srl_epi64(_mm512_add_epi64(_mm512_mul_epu32(a, a), addq), shq);
    const __m512i qa = _mm512_add_epi64(_mm512_mul_epu32(q, a), _mm512_slli_epi64(_mm512_mul_epu32(_mm512_srli_epi64(q, 32), a), 32));
    return _mm512_srl_epi64(_mm512_add_epi64(qa, addc), shc);
}
VMAF__T_AVX512 static uint64_t vmaf__adm_den1_512(const int32_t *o, int n, int shq, int shc)
{
    const __m512i addq = _mm512_set1_epi64((long long)1 << shq), addc = _mm512_set1_epi64((long long)1 << (shc - 1));
    const __m128i sq = _mm_cvtsi32_si128(shq), sc = _mm_cvtsi32_si128(shc);
    __m512i acc = _mm512_setzero_si512();
    int j = 0;
    for (; j + 16 <= n; j += 16) {
        const __m512i a = _mm512_abs_epi32(vmaf__adm_ld512(o + j));
        acc = _mm512_add_epi64(acc, vmaf__adm_d1_512(a, addq, sq, addc, sc));
        acc = _mm512_add_epi64(acc, vmaf__adm_d1_512(_mm512_srli_epi64(a, 32), addq, sq, addc, sc));
    }
    return vmaf__adm_hsum64_512(acc) + vmaf__adm_den1_avx2(o + j, n - j, shq, shc);
}

/* ---- float ---- */
VMAF__T_AVX512 static inline __m512 vmaf__adm_f4_512(__m512 s0, __m512 s1, __m512 s2, __m512 s3, const float *c)
{
    __m512 acc = _mm512_add_ps(_mm512_setzero_ps(), _mm512_mul_ps(_mm512_set1_ps(c[0]), s0));
    acc = _mm512_add_ps(acc, _mm512_mul_ps(_mm512_set1_ps(c[1]), s1));
    acc = _mm512_add_ps(acc, _mm512_mul_ps(_mm512_set1_ps(c[2]), s2));
    return _mm512_add_ps(acc, _mm512_mul_ps(_mm512_set1_ps(c[3]), s3));
}
VMAF__T_AVX512 static void vmaf__adm_fv0_512(const unsigned char *const *r, int bpc, float *lo, float *hi, int w, int lo_only)
{
    const __m512 m128 = _mm512_set1_ps(-128.0f);
    const int bps = bpc > 8 ? 2 : 1;
    const unsigned char *rr[4];
    int j = 0, k;
    if (bpc == 8) {
        for (; j + 16 <= w; j += 16) {
            __m512 x[4];
            for (k = 0; k < 4; k++)
                x[k] = _mm512_add_ps(_mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i *)(const void *)(r[k] + j)))), m128);
            _mm512_storeu_ps(lo + j, vmaf__adm_f4_512(x[0], x[1], x[2], x[3], vmaf__adm_flo));
            if (!lo_only) _mm512_storeu_ps(hi + j, vmaf__adm_f4_512(x[0], x[1], x[2], x[3], vmaf__adm_fhi));
        }
    } else {
        const __m512 inv = _mm512_set1_ps(1.0f / (float)(1u << (bpc - 8)));
        for (; j + 16 <= w; j += 16) {
            __m512 x[4];
            for (k = 0; k < 4; k++)
                x[k] = _mm512_add_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i *)(const void *)(r[k] + 2 * j)))), inv), m128);
            _mm512_storeu_ps(lo + j, vmaf__adm_f4_512(x[0], x[1], x[2], x[3], vmaf__adm_flo));
            if (!lo_only) _mm512_storeu_ps(hi + j, vmaf__adm_f4_512(x[0], x[1], x[2], x[3], vmaf__adm_fhi));
        }
    }
    for (k = 0; k < 4; k++) rr[k] = r[k] + j * bps;
    vmaf__adm_fv0_avx2(rr, bpc, lo + j, hi + j, w - j, lo_only);
}
VMAF__T_AVX512 static void vmaf__adm_fv_512(const float *const *r, float *lo, float *hi, int w, int lo_only)
{
    const float *rr[4];
    int j = 0, k;
    for (; j + 16 <= w; j += 16) {
        const __m512 x0 = _mm512_loadu_ps(r[0] + j), x1 = _mm512_loadu_ps(r[1] + j);
        const __m512 x2 = _mm512_loadu_ps(r[2] + j), x3 = _mm512_loadu_ps(r[3] + j);
        _mm512_storeu_ps(lo + j, vmaf__adm_f4_512(x0, x1, x2, x3, vmaf__adm_flo));
        if (!lo_only) _mm512_storeu_ps(hi + j, vmaf__adm_f4_512(x0, x1, x2, x3, vmaf__adm_fhi));
    }
    for (k = 0; k < 4; k++) rr[k] = r[k] + j;
    vmaf__adm_fv_avx2(rr, lo + j, hi + j, w - j, lo_only);
}
VMAF__T_AVX512 static inline void vmaf__adm_deint_512(const float *p, __m512 *e, __m512 *o)
{
    const __m512 a = _mm512_loadu_ps(p), b = _mm512_loadu_ps(p + 16);
    *e = _mm512_permutex2var_ps(a, _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30), b);
    *o = _mm512_permutex2var_ps(a, _mm512_setr_epi32(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31), b);
}
VMAF__T_AVX512 static void vmaf__adm_fh_512(const float *lo, const float *hi, float *const *band, int bw, int lo_only)
{
    const float *L = vmaf__adm_flo, *H = vmaf__adm_fhi;
    float *b2[4];
    int j = 0, k;
    for (; j + 16 <= bw; j += 16) {
        __m512 s0, s1, s2, s3;
        vmaf__adm_deint_512(lo + 2 * j - 1, &s0, &s1);
        vmaf__adm_deint_512(lo + 2 * j + 1, &s2, &s3);
        _mm512_storeu_ps(band[0] + j, vmaf__adm_f4_512(s0, s1, s2, s3, L));
        if (lo_only) continue;
        _mm512_storeu_ps(band[2] + j, vmaf__adm_f4_512(s0, s1, s2, s3, H));
        vmaf__adm_deint_512(hi + 2 * j - 1, &s0, &s1);
        vmaf__adm_deint_512(hi + 2 * j + 1, &s2, &s3);
        _mm512_storeu_ps(band[1] + j, vmaf__adm_f4_512(s0, s1, s2, s3, L));
        _mm512_storeu_ps(band[3] + j, vmaf__adm_f4_512(s0, s1, s2, s3, H));
    }
    for (k = 0; k < 4; k++) b2[k] = band[k] + j;
    vmaf__adm_fh_avx2(lo + 2 * j, hi + 2 * j, b2, bw - j, lo_only);
}
VMAF__T_AVX512 static inline __m512 vmaf__adm_fegl_512(__m512 r, __m512 t, __m512d egl, int mx)
{
    const __m512d r0 = _mm512_mul_pd(_mm512_cvtps_pd(_mm512_castps512_ps256(r)), egl);
    const __m512d r1 = _mm512_mul_pd(_mm512_cvtps_pd(_mm512_extractf32x8_ps(r, 1)), egl);
    const __m512d t0 = _mm512_cvtps_pd(_mm512_castps512_ps256(t)), t1 = _mm512_cvtps_pd(_mm512_extractf32x8_ps(t, 1));
    const __m256 a = _mm512_cvtpd_ps(mx ? _mm512_max_pd(r0, t0) : _mm512_min_pd(r0, t0));
    const __m256 b = _mm512_cvtpd_ps(mx ? _mm512_max_pd(r1, t1) : _mm512_min_pd(r1, t1));
    return _mm512_insertf32x8(_mm512_castps256_ps512(a), b, 1);
}
VMAF__T_AVX512 static void vmaf__adm_fdec_512(VmafAdmState *s, ptrdiff_t x, int n)
{
    const int eglf = (double)(float)s->cfg.enhn_gain_limit == s->cfg.enhn_gain_limit; /* see vmaf__adm_fdec_avx2 */
    const __m512 ef = _mm512_set1_ps((float)s->cfg.enhn_gain_limit);
    const __m512d egl = _mm512_set1_pd(s->cfg.enhn_gain_limit);
    const __m512 zero = _mm512_setzero_ps(), one = _mm512_set1_ps(1.0f), eps = _mm512_set1_ps((float)1e-30);
    const __m512 cos2 = _mm512_set1_ps(VMAF__ADM_COS2);
    const float *ro[3];
    float *rt[3], *ra[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        ro[q] = s->pf[VMAF__ADM_RH + q] + x;
        rt[q] = s->pf[VMAF__ADM_DH + q] + x;
        ra[q] = s->pf[VMAF__ADM_AH + q] + x;
    }
    for (; j + 16 <= n; j += 16) {
        const __m512 oh = _mm512_loadu_ps(ro[0] + j), ov = _mm512_loadu_ps(ro[1] + j);
        const __m512 th = _mm512_loadu_ps(rt[0] + j), tv = _mm512_loadu_ps(rt[1] + j);
        const __m512 dp = _mm512_add_ps(_mm512_mul_ps(oh, th), _mm512_mul_ps(ov, tv));
        const __m512 om = _mm512_add_ps(_mm512_mul_ps(oh, oh), _mm512_mul_ps(ov, ov));
        const __m512 tm = _mm512_add_ps(_mm512_mul_ps(th, th), _mm512_mul_ps(tv, tv));
        const __mmask16 angle = _mm512_cmp_ps_mask(dp, zero, _CMP_GE_OQ) &
                                _mm512_cmp_ps_mask(_mm512_mul_ps(dp, dp), _mm512_mul_ps(_mm512_mul_ps(cos2, om), tm), _CMP_GE_OQ);
        __m512 O[3], T[3];
        O[0] = oh; O[1] = ov; O[2] = _mm512_loadu_ps(ro[2] + j);
        T[0] = th; T[1] = tv; T[2] = _mm512_loadu_ps(rt[2] + j);
        for (q = 0; q < 3; q++) {
            const __m512 o = O[q], t = T[q], d = _mm512_add_ps(o, eps);
            __m512 k, r;
            __mmask16 m;
#if defined(VMAF__ADM_RCPSS)
            { /* 12-bit rcp (the rcpss table) on two halves: rcp14 would differ */
                const __m512 y = _mm512_insertf32x8(_mm512_castps256_ps512(_mm256_rcp_ps(_mm512_castps512_ps256(d))),
                                                    _mm256_rcp_ps(_mm512_extractf32x8_ps(d, 1)), 1);
                k = _mm512_mul_ps(t, _mm512_add_ps(y, _mm512_mul_ps(y, _mm512_sub_ps(one, _mm512_mul_ps(d, y)))));
            }
#else
            k = _mm512_div_ps(t, d);
#endif
            k = _mm512_max_ps(zero, _mm512_min_ps(one, k));
            r = _mm512_mul_ps(k, o);
            m = angle & _mm512_cmp_ps_mask(r, zero, _CMP_GT_OQ);
            r = _mm512_mask_mov_ps(r, m, eglf ? _mm512_min_ps(_mm512_mul_ps(r, ef), t) : vmaf__adm_fegl_512(r, t, egl, 0));
            m = angle & _mm512_cmp_ps_mask(r, zero, _CMP_LT_OQ);
            r = _mm512_mask_mov_ps(r, m, eglf ? _mm512_max_ps(_mm512_mul_ps(r, ef), t) : vmaf__adm_fegl_512(r, t, egl, 1));
            _mm512_storeu_ps(rt[q] + j, r);
            _mm512_storeu_ps(ra[q] + j, _mm512_sub_ps(t, r));
        }
    }
    vmaf__adm_fdec_avx2(s, x + j, n - j);
}
VMAF__T_AVX512 static void vmaf__adm_fcsf_512(const float *M, float *C, float *F, float rf, int n)
{
    const __m512 f = _mm512_set1_ps(rf);
    const __m512d c30 = _mm512_set1_pd(VMAF__ADM_C30);
    int j = 0;
    for (; j + 16 <= n; j += 16) {
        const __m512 d = _mm512_mul_ps(f, _mm512_loadu_ps(M + j)), a = _mm512_abs_ps(d);
        const __m256 lo = _mm512_cvtpd_ps(_mm512_mul_pd(c30, _mm512_cvtps_pd(_mm512_castps512_ps256(a))));
        const __m256 hi = _mm512_cvtpd_ps(_mm512_mul_pd(c30, _mm512_cvtps_pd(_mm512_extractf32x8_ps(a, 1))));
        _mm512_storeu_ps(C + j, d);
        _mm512_storeu_ps(F + j, _mm512_insertf32x8(_mm512_castps256_ps512(lo), hi, 1));
    }
    vmaf__adm_fcsf_avx2(M + j, C + j, F + j, rf, n - j);
}
VMAF__T_AVX512 static inline __m512 vmaf__adm_fc15_512(__m512 sum, __m512 c)
{
    const __m512d c15 = _mm512_set1_pd(VMAF__ADM_C15);
    const __m512 a = _mm512_abs_ps(c);
    const __m256 lo = _mm512_cvtpd_ps(_mm512_add_pd(_mm512_cvtps_pd(_mm512_castps512_ps256(sum)), _mm512_mul_pd(c15, _mm512_cvtps_pd(_mm512_castps512_ps256(a)))));
    const __m256 hi = _mm512_cvtpd_ps(_mm512_add_pd(_mm512_cvtps_pd(_mm512_extractf32x8_ps(sum, 1)), _mm512_mul_pd(c15, _mm512_cvtps_pd(_mm512_extractf32x8_ps(a, 1)))));
    return _mm512_insertf32x8(_mm512_castps256_ps512(lo), hi, 1);
}
VMAF__T_AVX512 static void vmaf__adm_fcm_512(const float *const *S, const float *const *C, const float *const *F, const float *rf,
                                             int bypass, int n, float *const *out)
{
    const __m512 zero = _mm512_setzero_ps();
    const float *S2[3], *C2[3], *F2[9];
    float *o2[3];
    int j = 0, q;
    for (; j + 16 <= n; j += 16) {
        __m512 thr = zero;
        if (!bypass) {
            for (q = 0; q < 3; q++) {
                const float *fm = F[3 * q] + j, *f0 = F[3 * q + 1] + j, *fp = F[3 * q + 2] + j;
                __m512 sum = _mm512_add_ps(zero, _mm512_loadu_ps(fm - 1));
                sum = _mm512_add_ps(sum, _mm512_loadu_ps(fm));
                sum = _mm512_add_ps(sum, _mm512_loadu_ps(fm + 1));
                sum = _mm512_add_ps(sum, _mm512_loadu_ps(f0 - 1));
                sum = vmaf__adm_fc15_512(sum, _mm512_loadu_ps(C[q] + j));
                sum = _mm512_add_ps(sum, _mm512_loadu_ps(f0 + 1));
                sum = _mm512_add_ps(sum, _mm512_loadu_ps(fp - 1));
                sum = _mm512_add_ps(sum, _mm512_loadu_ps(fp));
                sum = _mm512_add_ps(sum, _mm512_loadu_ps(fp + 1));
                thr = _mm512_add_ps(thr, sum);
            }
        }
        for (q = 0; q < 3; q++) {
            __m512 x = _mm512_sub_ps(_mm512_abs_ps(_mm512_mul_ps(_mm512_loadu_ps(S[q] + j), _mm512_set1_ps(rf[q]))), thr);
            x = _mm512_max_ps(zero, x);
            _mm512_storeu_ps(out[q] + j, _mm512_mul_ps(_mm512_mul_ps(x, x), x));
        }
    }
    for (q = 0; q < 3; q++) {
        S2[q] = S[q] + j;
        C2[q] = C[q] + j;
        o2[q] = out[q] + j;
    }
    for (q = 0; q < 9; q++) F2[q] = F[q] + j;
    vmaf__adm_fcm_avx2(S2, C2, F2, rf, bypass, n - j, o2);
}
VMAF__T_AVX512 static void vmaf__adm_fden_512(const float *const *O, const float *rf, int n, float *const *out)
{
    const float *O2[3];
    float *o2[3];
    int j = 0, q;
    for (; j + 16 <= n; j += 16)
        for (q = 0; q < 3; q++) {
            const __m512 a = _mm512_abs_ps(_mm512_mul_ps(_mm512_set1_ps(rf[q]), _mm512_loadu_ps(O[q] + j)));
            _mm512_storeu_ps(out[q] + j, _mm512_mul_ps(_mm512_mul_ps(a, a), a));
        }
    for (q = 0; q < 3; q++) {
        O2[q] = O[q] + j;
        o2[q] = out[q] + j;
    }
    vmaf__adm_fden_avx2(O2, rf, n - j, o2);
}

static const VmafAdmRows vmaf__adm_rows_avx512 = {
    vmaf__adm_v0_512, vmaf__adm_h0_512, vmaf__adm_v1_512, vmaf__adm_v2_512, vmaf__adm_h1_512,
    vmaf__adm_dec0_512, vmaf__adm_dec1_512, vmaf__adm_g0_512, vmaf__adm_g1_512, vmaf__adm_h3_512, vmaf__adm_cm0_512,
    vmaf__adm_cm1_512, vmaf__adm_den0_512, vmaf__adm_den1_512, vmaf__adm_fv0_512, vmaf__adm_fv_512,
    vmaf__adm_fh_512, vmaf__adm_fdec_512, vmaf__adm_fcsf_512, vmaf__adm_fcm_512, vmaf__adm_fden_512};
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#endif /* VMAF__HAVE_AVX512 */
/* ---------------- AArch64: NEON row functions ---------------- */
#if defined(VMAF__HAVE_NEON)
/* ---- integer DWT ---- */
/* 8 columns: acc = c0 x0 + c1 x1 + c2 x2 + c3 x3 in exact int32 (widening multiply-adds) */
static inline int32x4_t vmaf__adm_mac4l_neon(int16x8_t x0, int16x8_t x1, int16x8_t x2, int16x8_t x3, const int32_t *c)
{
    int32x4_t a = vmull_n_s16(vget_low_s16(x0), (int16_t)c[0]);
    a = vmlal_n_s16(a, vget_low_s16(x1), (int16_t)c[1]);
    a = vmlal_n_s16(a, vget_low_s16(x2), (int16_t)c[2]);
    return vmlal_n_s16(a, vget_low_s16(x3), (int16_t)c[3]);
}
static inline int32x4_t vmaf__adm_mac4h_neon(int16x8_t x0, int16x8_t x1, int16x8_t x2, int16x8_t x3, const int32_t *c)
{
    int32x4_t a = vmull_n_s16(vget_high_s16(x0), (int16_t)c[0]);
    a = vmlal_n_s16(a, vget_high_s16(x1), (int16_t)c[1]);
    a = vmlal_n_s16(a, vget_high_s16(x2), (int16_t)c[2]);
    return vmlal_n_s16(a, vget_high_s16(x3), (int16_t)c[3]);
}
static void vmaf__adm_v0_neon(const unsigned char *const *r, int bpc, int16_t *lo, int16_t *hi, int w, int lo_only)
{
    static const int32_t cl[4] = {15826, 27411, 7345, -4240}, ch[4] = {-4240, -7345, 27411, -15826};
    const int half = 1 << (bpc - 1);
    const int16x8_t h16 = vdupq_n_s16((int16_t)(half >= 32768 ? half - 65536 : half));
    const int32x4_t rnd = vdupq_n_s32(half), sh = vdupq_n_s32(-bpc);
    int j = 0, k;
    for (; j + 8 <= w; j += 8) {
        int16x8_t x[4];
        for (k = 0; k < 4; k++) {
            const uint16x8_t v = bpc == 8 ? vmovl_u8(vld1_u8(r[k] + j)) : vld1q_u16((const uint16_t *)(const void *)(r[k] + 2 * j));
            x[k] = vsubq_s16(vreinterpretq_s16_u16(v), h16);
        }
        vst1q_s16(lo + j, vcombine_s16(vmovn_s32(vshlq_s32(vaddq_s32(vmaf__adm_mac4l_neon(x[0], x[1], x[2], x[3], cl), rnd), sh)),
                                       vmovn_s32(vshlq_s32(vaddq_s32(vmaf__adm_mac4h_neon(x[0], x[1], x[2], x[3], cl), rnd), sh))));
        if (lo_only) continue;
        vst1q_s16(hi + j, vcombine_s16(vmovn_s32(vshlq_s32(vaddq_s32(vmaf__adm_mac4l_neon(x[0], x[1], x[2], x[3], ch), rnd), sh)),
                                       vmovn_s32(vshlq_s32(vaddq_s32(vmaf__adm_mac4h_neon(x[0], x[1], x[2], x[3], ch), rnd), sh))));
    }
    for (; j < w; j++) vmaf__adm_v0_1(r, bpc, j, lo, hi, lo_only);
}
/* 8 outputs from padded row p = t + 2j - 1 */
static inline int16x8_t vmaf__adm_h8_neon(const int16_t *p, const int32_t *c)
{
    const int16x8x2_t a = vld2q_s16(p), b = vld2q_s16(p + 2);
    const int32x4_t rnd = vdupq_n_s32(32768);
    const int32x4_t l = vaddq_s32(vmaf__adm_mac4l_neon(a.val[0], a.val[1], b.val[0], b.val[1], c), rnd);
    const int32x4_t h = vaddq_s32(vmaf__adm_mac4h_neon(a.val[0], a.val[1], b.val[0], b.val[1], c), rnd);
    return vcombine_s16(vmovn_s32(vshrq_n_s32(l, 16)), vmovn_s32(vshrq_n_s32(h, 16)));
}
static void vmaf__adm_h0_neon(const int16_t *lo, const int16_t *hi, int16_t *const *band, int bw, int lo_only)
{
    static const int32_t cl[4] = {15826, 27411, 7345, -4240}, ch[4] = {-4240, -7345, 27411, -15826};
    int j = 0;
    for (; j + 8 <= bw; j += 8) {
        vst1q_s16(band[0] + j, vmaf__adm_h8_neon(lo + 2 * j - 1, cl));
        if (lo_only) continue;
        vst1q_s16(band[2] + j, vmaf__adm_h8_neon(lo + 2 * j - 1, ch));
        vst1q_s16(band[1] + j, vmaf__adm_h8_neon(hi + 2 * j - 1, cl));
        vst1q_s16(band[3] + j, vmaf__adm_h8_neon(hi + 2 * j - 1, ch));
    }
    for (; j < bw; j++) {
        band[0][j] = vmaf__adm_h0_1(lo, j, cl);
        if (lo_only) continue;
        band[2][j] = vmaf__adm_h0_1(lo, j, ch);
        band[1][j] = vmaf__adm_h0_1(hi, j, cl);
        band[3][j] = vmaf__adm_h0_1(hi, j, ch);
    }
}
static inline void vmaf__adm_split_neon(int32x4_t a, int32x4_t b, int16_t *L, int16_t *H)
{
    vst1q_s16(L, veorq_s16(vcombine_s16(vmovn_s32(a), vmovn_s32(b)), vdupq_n_s16(-32768)));
    vst1q_s16(H, vcombine_s16(vshrn_n_s32(a, 16), vshrn_n_s32(b, 16)));
}
static void vmaf__adm_v1_neon(const int16_t *const *r, int16_t *const *sp, int w)
{
    static const int32_t cl[4] = {15826, 27411, 7345, -4240}, ch[4] = {-4240, -7345, 27411, -15826};
    int j = 0;
    for (; j + 8 <= w; j += 8) {
        const int16x8_t x0 = vld1q_s16(r[0] + j), x1 = vld1q_s16(r[1] + j), x2 = vld1q_s16(r[2] + j), x3 = vld1q_s16(r[3] + j);
        vmaf__adm_split_neon(vmaf__adm_mac4l_neon(x0, x1, x2, x3, cl), vmaf__adm_mac4h_neon(x0, x1, x2, x3, cl), sp[0] + j, sp[1] + j);
        vmaf__adm_split_neon(vmaf__adm_mac4l_neon(x0, x1, x2, x3, ch), vmaf__adm_mac4h_neon(x0, x1, x2, x3, ch), sp[2] + j, sp[3] + j);
    }
    for (; j < w; j++) vmaf__adm_v1_1(r, j, sp);
}
/* split form (low ^ 0x8000, high) of 8 int32 values as two int16x8 */
static inline void vmaf__adm_tosplit_neon(const int32_t *p, int16x8_t *l, int16x8_t *h)
{
    const int32x4_t a = vld1q_s32(p), b = vld1q_s32(p + 4);
    *l = veorq_s16(vcombine_s16(vmovn_s32(a), vmovn_s32(b)), vdupq_n_s16(-32768));
    *h = vcombine_s16(vshrn_n_s32(a, 16), vshrn_n_s32(b, 16));
}
/* (sum c.x + rnd) >> sh of split inputs: 65536 (P + k) + Q, see vmaf__adm_v2x_avx2 */
static inline int32x4_t vmaf__adm_pq_neon(int32x4_t q, int32x4_t p, int k, int sh16)
{
    p = vaddq_s32(p, vdupq_n_s32(k));
    if (sh16) return vaddq_s32(p, vshrq_n_s32(vaddq_s32(q, vdupq_n_s32(32768)), 16));
    return vaddq_s32(vshlq_n_s32(p, 1), vshrq_n_s32(vaddq_s32(q, vdupq_n_s32(16384)), 15));
}
static void vmaf__adm_v2_neon(const int32_t *const *r, int16_t *const *sp, int w)
{
    static const int32_t cl[4] = {15826, 27411, 7345, -4240}, ch[4] = {-4240, -7345, 27411, -15826};
    int j = 0;
    for (; j + 8 <= w; j += 8) {
        int16x8_t l[4], h[4];
        int k;
        for (k = 0; k < 4; k++) vmaf__adm_tosplit_neon(r[k] + j, &l[k], &h[k]);
        vmaf__adm_split_neon(vmaf__adm_pq_neon(vmaf__adm_mac4l_neon(l[0], l[1], l[2], l[3], cl), vmaf__adm_mac4l_neon(h[0], h[1], h[2], h[3], cl), 23171, 1),
                             vmaf__adm_pq_neon(vmaf__adm_mac4h_neon(l[0], l[1], l[2], l[3], cl), vmaf__adm_mac4h_neon(h[0], h[1], h[2], h[3], cl), 23171, 1),
                             sp[0] + j, sp[1] + j);
        vmaf__adm_split_neon(vmaf__adm_pq_neon(vmaf__adm_mac4l_neon(l[0], l[1], l[2], l[3], ch), vmaf__adm_mac4l_neon(h[0], h[1], h[2], h[3], ch), 0, 1),
                             vmaf__adm_pq_neon(vmaf__adm_mac4h_neon(l[0], l[1], l[2], l[3], ch), vmaf__adm_mac4h_neon(h[0], h[1], h[2], h[3], ch), 0, 1),
                             sp[2] + j, sp[3] + j);
    }
    for (; j < w; j++) vmaf__adm_v2_1(r, j, sp);
}
static inline void vmaf__adm_h1x_neon(const int16_t *L, const int16_t *H, const int32_t *c, int k, int sh16, int32_t *out)
{
    const int16x8x2_t la = vld2q_s16(L), lb = vld2q_s16(L + 2), ha = vld2q_s16(H), hb = vld2q_s16(H + 2);
    vst1q_s32(out, vmaf__adm_pq_neon(vmaf__adm_mac4l_neon(la.val[0], la.val[1], lb.val[0], lb.val[1], c),
                                     vmaf__adm_mac4l_neon(ha.val[0], ha.val[1], hb.val[0], hb.val[1], c), k, sh16));
    vst1q_s32(out + 4, vmaf__adm_pq_neon(vmaf__adm_mac4h_neon(la.val[0], la.val[1], lb.val[0], lb.val[1], c),
                                         vmaf__adm_mac4h_neon(ha.val[0], ha.val[1], hb.val[0], hb.val[1], c), k, sh16));
}
static void vmaf__adm_h1_neon(const int16_t *const *sp, int32_t *const *band, int bw, int sh16)
{
    static const int32_t cl[4] = {15826, 27411, 7345, -4240}, ch[4] = {-4240, -7345, 27411, -15826};
    int j = 0;
    for (; j + 8 <= bw; j += 8) {
        const int o = 2 * j - 1;
        vmaf__adm_h1x_neon(sp[0] + o, sp[1] + o, cl, 23171, sh16, band[0] + j);
        vmaf__adm_h1x_neon(sp[0] + o, sp[1] + o, ch, 0, sh16, band[2] + j);
        vmaf__adm_h1x_neon(sp[2] + o, sp[3] + o, cl, 23171, sh16, band[1] + j);
        vmaf__adm_h1x_neon(sp[2] + o, sp[3] + o, ch, 0, sh16, band[3] + j);
    }
    for (; j < bw; j++) {
        band[0][j] = vmaf__adm_h1_1(sp[0], sp[1], j, cl, sh16);
        band[2][j] = vmaf__adm_h1_1(sp[0], sp[1], j, ch, sh16);
        band[1][j] = vmaf__adm_h1_1(sp[2], sp[3], j, cl, sh16);
        band[3][j] = vmaf__adm_h1_1(sp[2], sp[3], j, ch, sh16);
    }
}

/* ---- decouple ---- */
/* angle test on two double lanes (see vmaf__adm_angled_avx2) */
static inline uint64x2_t vmaf__adm_angled_neon(float64x2_t d, float64x2_t o, float64x2_t t)
{
    const float64x2_t c2 = vdupq_n_f64((double)VMAF__ADM_COS2);
    return vandq_u64(vcgeq_f64(d, vdupq_n_f64(0.0)), vcgeq_f64(vmulq_f64(d, d), vmulq_f64(vmulq_f64(c2, o), t)));
}
static inline uint32x4_t vmaf__adm_anglef_neon(float32x4_t dp, float32x4_t om, float32x4_t tm)
{
    const uint64x2_t a = vmaf__adm_angled_neon(vcvt_f64_f32(vget_low_f32(dp)), vcvt_f64_f32(vget_low_f32(om)), vcvt_f64_f32(vget_low_f32(tm)));
    const uint64x2_t b = vmaf__adm_angled_neon(vcvt_high_f64_f32(dp), vcvt_high_f64_f32(om), vcvt_high_f64_f32(tm));
    return vcombine_u32(vmovn_u64(a), vmovn_u64(b));
}
static inline int32x4_t vmaf__adm_gather_neon(const int32_t *base, int32x4_t idx)
{
    int32_t i[4], v[4];
    vst1q_s32(i, idx);
    v[0] = base[i[0]]; v[1] = base[i[1]]; v[2] = base[i[2]]; v[3] = base[i[3]];
    return vld1q_s32(v);
}
/* egl step (see vmaf__adm_egl_avx2); comparisons and selects reproduce the scalar ternaries */
static inline int32x4_t vmaf__adm_egl_neon(int32x4_t r, int32x4_t o, int32x4_t t, uint32x4_t cond, double egl, int egli)
{
    const int32x4_t zero = vdupq_n_s32(0);
    int32x4_t rp, rn;
    if (egli) {
        const int32x4_t re = vmulq_n_s32(r, (int32_t)egl);
        rp = vminq_s32(re, t);
        rn = vmaxq_s32(re, t);
    } else {
        const float64x2_t e = vdupq_n_f64(egl);
        const float64x2_t r0 = vmulq_f64(vcvtq_f64_s64(vmovl_s32(vget_low_s32(r))), e), r1 = vmulq_f64(vcvtq_f64_s64(vmovl_s32(vget_high_s32(r))), e);
        const float64x2_t t0 = vcvtq_f64_s64(vmovl_s32(vget_low_s32(t))), t1 = vcvtq_f64_s64(vmovl_s32(vget_high_s32(t)));
        rp = vcombine_s32(vmovn_s64(vcvtq_s64_f64(vbslq_f64(vcltq_f64(r0, t0), r0, t0))), vmovn_s64(vcvtq_s64_f64(vbslq_f64(vcltq_f64(r1, t1), r1, t1))));
        rn = vcombine_s32(vmovn_s64(vcvtq_s64_f64(vbslq_f64(vcgtq_f64(r0, t0), r0, t0))), vmovn_s64(vcvtq_s64_f64(vbslq_f64(vcgtq_f64(r1, t1), r1, t1))));
    }
    rp = vbslq_s32(vcgtq_s32(o, zero), rp, vbslq_s32(vcltq_s32(o, zero), rn, r));
    return vbslq_s32(cond, rp, r);
}
static void vmaf__adm_dec0_neon(VmafAdmState *s, ptrdiff_t x, int n)
{
    const double egl = s->cfg.enhn_gain_limit;
    const int egli = egl == (double)(int)egl;
    const int32x4_t zero = vdupq_n_s32(0), c32768 = vdupq_n_s32(32768);
    const int16_t *ro[3];
    int16_t *rt[3], *ra[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        ro[q] = s->p16[VMAF__ADM_RH + q] + x;
        rt[q] = s->p16[VMAF__ADM_DH + q] + x;
        ra[q] = s->p16[VMAF__ADM_AH + q] + x;
    }
    for (; j + 4 <= n; j += 4) {
        int32x4_t O[3], T[3];
        uint32x4_t angle;
        for (q = 0; q < 3; q++) {
            O[q] = vmovl_s16(vld1_s16(ro[q] + j));
            T[q] = vmovl_s16(vld1_s16(rt[q] + j));
        }
        angle = vmaf__adm_anglef_neon(vcvtq_f32_s32(vmlaq_s32(vmulq_s32(O[0], T[0]), O[1], T[1])),
                                      vcvtq_f32_s32(vmlaq_s32(vmulq_s32(O[0], O[0]), O[1], O[1])),
                                      vcvtq_f32_s32(vmlaq_s32(vmulq_s32(T[0], T[0]), T[1], T[1])));
        for (q = 0; q < 3; q++) {
            const int32x4_t o = O[q], t = T[q];
            const int32x4_t dv = vmaf__adm_gather_neon(s->div, vaddq_s32(o, c32768));
            const int64x2_t r64 = vdupq_n_s64(16384);
            int32x4_t k = vcombine_s32(vmovn_s64(vshrq_n_s64(vaddq_s64(vmull_s32(vget_low_s32(dv), vget_low_s32(t)), r64), 15)),
                                       vmovn_s64(vshrq_n_s64(vaddq_s64(vmull_high_s32(dv, t), r64), 15)));
            int32x4_t r;
            k = vbslq_s32(vceqq_s32(o, zero), c32768, k);
            k = vminq_s32(vmaxq_s32(k, zero), c32768);
            r = vshrq_n_s32(vaddq_s32(vmulq_s32(k, o), vdupq_n_s32(16384)), 15);
            r = vmaf__adm_egl_neon(r, o, t, vandq_u32(angle, vcgtq_s32(k, zero)), egl, egli);
            vst1_s16(rt[q] + j, vmovn_s32(r));
            vst1_s16(ra[q] + j, vmovn_s32(vsubq_s32(t, r)));
        }
    }
    for (; j < n; j++) vmaf__adm_dec0_px(s, x + j);
}
static inline int64x2_t vmaf__adm_clamp64_neon(int64x2_t k)
{
    const int64x2_t zero = vdupq_n_s64(0), c = vdupq_n_s64(32768);
    k = vbslq_s64(vcltq_s64(k, zero), zero, k);
    return vbslq_s64(vcgtq_s64(k, c), c, k);
}
static void vmaf__adm_dec1_neon(VmafAdmState *s, ptrdiff_t x, int n)
{
    const double egl = s->cfg.enhn_gain_limit;
    const int32x4_t zero = vdupq_n_s32(0), c32768 = vdupq_n_s32(32768), one = vdupq_n_s32(1);
    const int32_t *ro[3];
    int32_t *rt[3], *ra[3];
    int j = 0, q, l;
    for (q = 0; q < 3; q++) {
        ro[q] = s->p32[VMAF__ADM_RH + q] + x;
        rt[q] = s->p32[VMAF__ADM_DH + q] + x;
        ra[q] = s->p32[VMAF__ADM_AH + q] + x;
    }
    for (; j + 4 <= n; j += 4) {
        int32x4_t O[3], T[3];
        int64_t dp[4], om[4], tm[4];
        uint32_t ang[4];
        uint32x4_t angle;
        for (q = 0; q < 3; q++) {
            O[q] = vld1q_s32(ro[q] + j);
            T[q] = vld1q_s32(rt[q] + j);
        }
        vst1q_s64(dp, vmlal_s32(vmull_s32(vget_low_s32(O[0]), vget_low_s32(T[0])), vget_low_s32(O[1]), vget_low_s32(T[1])));
        vst1q_s64(dp + 2, vmlal_high_s32(vmull_high_s32(O[0], T[0]), O[1], T[1]));
        vst1q_s64(om, vmlal_s32(vmull_s32(vget_low_s32(O[0]), vget_low_s32(O[0])), vget_low_s32(O[1]), vget_low_s32(O[1])));
        vst1q_s64(om + 2, vmlal_high_s32(vmull_high_s32(O[0], O[0]), O[1], O[1]));
        vst1q_s64(tm, vmlal_s32(vmull_s32(vget_low_s32(T[0]), vget_low_s32(T[0])), vget_low_s32(T[1]), vget_low_s32(T[1])));
        vst1q_s64(tm + 2, vmlal_high_s32(vmull_high_s32(T[0], T[0]), T[1], T[1]));
        /* int64 -> float per lane with the scalar conversion */
        for (l = 0; l < 4; l++) ang[l] = vmaf__adm_angle(dp[l], om[l], tm[l]) ? 0xFFFFFFFFu : 0u;
        angle = vld1q_u32(ang);
        for (q = 0; q < 3; q++) {
            const int32x4_t o = O[q], t = T[q];
            const uint32x4_t a = vreinterpretq_u32_s32(vabsq_s32(o));
            const uint32x4_t big = vcgeq_u32(a, vdupq_n_u32(32768));
            const int32x4_t sh = vbslq_s32(big, vsubq_s32(vdupq_n_s32(17), vreinterpretq_s32_u32(vclzq_u32(a))), zero);
            /* m = (a + 2^(sh-1)) >> sh; sh = 0 gives 1 >> 1 = 0 for the rounding term */
            const uint32x4_t m = vshlq_u32(vaddq_u32(a, vshlq_u32(vdupq_n_u32(1), vsubq_s32(sh, one))), vnegq_s32(sh));
            const int32x4_t dv = vmaf__adm_gather_neon(s->div + 32768, vreinterpretq_s32_u32(m));
            const int64x2_t sh0 = vmovl_s32(vget_low_s32(sh)), sh1 = vmovl_s32(vget_high_s32(sh));
            const uint64x2_t n0 = vcltzq_s64(vmovl_s32(vget_low_s32(o))), n1 = vcltzq_s64(vmovl_s32(vget_high_s32(o)));
            int64x2_t p0 = vmull_s32(vget_low_s32(dv), vget_low_s32(t)), p1 = vmull_high_s32(dv, t);
            int32x4_t k, r;
            p0 = vbslq_s64(n0, vnegq_s64(p0), p0);
            p1 = vbslq_s64(n1, vnegq_s64(p1), p1);
            p0 = vaddq_s64(p0, vshlq_s64(vdupq_n_s64(16384), sh0));
            p1 = vaddq_s64(p1, vshlq_s64(vdupq_n_s64(16384), sh1));
            p0 = vmaf__adm_clamp64_neon(vshlq_s64(p0, vnegq_s64(vaddq_s64(sh0, vdupq_n_s64(15)))));
            p1 = vmaf__adm_clamp64_neon(vshlq_s64(p1, vnegq_s64(vaddq_s64(sh1, vdupq_n_s64(15)))));
            k = vcombine_s32(vmovn_s64(p0), vmovn_s64(p1));
            k = vbslq_s32(vceqq_s32(o, zero), c32768, k);
            r = vcombine_s32(vmovn_s64(vshrq_n_s64(vaddq_s64(vmull_s32(vget_low_s32(k), vget_low_s32(o)), vdupq_n_s64(16384)), 15)),
                             vmovn_s64(vshrq_n_s64(vaddq_s64(vmull_high_s32(k, o), vdupq_n_s64(16384)), 15)));
            r = vmaf__adm_egl_neon(r, o, t, vandq_u32(angle, vcgtq_s32(k, zero)), egl, 0);
            vst1q_s32(rt[q] + j, r);
            vst1q_s32(ra[q] + j, vsubq_s32(t, r));
        }
    }
    for (; j < n; j++) vmaf__adm_dec123_px(s, x + j);
}

/* ---- CSF terms ---- */
static void vmaf__adm_g0_neon(const int16_t *const *M, const int32_t *rf, int32_t *G, int32_t *T, int n)
{
    static const int32_t add[3] = {16384, 16384, 65535};
    static const int sh[3] = {15, 15, 17};
    int j = 0, q;
    for (; j + 4 <= n; j += 4) {
        int32x4_t g = vdupq_n_s32(0), ct = vdupq_n_s32(0);
        for (q = 0; q < 3; q++) {
            const int32x4_t c = vshlq_s32(vmlaq_n_s32(vdupq_n_s32(add[q]), vmovl_s16(vld1_s16(M[q] + j)), rf[q]), vdupq_n_s32(-sh[q]));
            const int32x4_t a = vabsq_s32(vmovl_s16(vmovn_s32(c)));
            g = vaddq_s32(g, vmovl_s16(vmovn_s32(vshrq_n_s32(vmlaq_n_s32(vdupq_n_s32(2048), a, 4369), 12))));
            ct = vaddq_s32(ct, vmovl_s16(vmovn_s32(vshrq_n_s32(vmlaq_n_s32(vdupq_n_s32(2048), a, 8738), 12))));
        }
        vst1q_s32(G + j, g);
        vst1q_s32(T + j, vsubq_s32(ct, g));
    }
    for (; j < n; j++) vmaf__adm_g0_1(M, rf, j, G, T);
}
/* |(M rf + 2^27) >> 28| (64-bit product, rf < 2^32) */
static inline uint32x4_t vmaf__adm_c1_neon(int32x4_t M, uint32_t rf)
{
    const int32_t f = (int32_t)(rf >= 2147483648u ? (int64_t)rf - 4294967296LL : (int64_t)rf);
    const int64x2_t r27 = vdupq_n_s64(134217728);
    int64x2_t p0 = vmull_n_s32(vget_low_s32(M), f), p1 = vmull_high_n_s32(M, f);
    if (rf >= 2147483648u) {
        p0 = vaddq_s64(p0, vshll_n_s32(vget_low_s32(M), 32));
        p1 = vaddq_s64(p1, vshll_high_n_s32(M, 32));
    }
    return vreinterpretq_u32_s32(vabsq_s32(vcombine_s32(vmovn_s64(vshrq_n_s64(vaddq_s64(p0, r27), 28)), vmovn_s64(vshrq_n_s64(vaddq_s64(p1, r27), 28)))));
}
static inline int32x4_t vmaf__adm_f1_neon(uint32x4_t u, uint32_t c)
{
    const int64x2_t h = vdupq_n_s64(2147483648LL);
    return vcombine_s32(vshrn_n_s64(vsubq_s64(vreinterpretq_s64_u64(vmull_n_u32(vget_low_u32(u), c)), h), 32),
                        vshrn_n_s64(vsubq_s64(vreinterpretq_s64_u64(vmull_high_n_u32(u, c)), h), 32));
}
static void vmaf__adm_g1_neon(const int32_t *const *M, const uint32_t *rf, int32_t *G, int32_t *T, int n)
{
    int j = 0, q;
    for (; j + 4 <= n; j += 4) {
        int32x4_t g = vdupq_n_s32(0), ct = vdupq_n_s32(0);
        for (q = 0; q < 3; q++) {
            const uint32x4_t u = vmaf__adm_c1_neon(vld1q_s32(M[q] + j), rf[q]);
            g = vaddq_s32(g, vmaf__adm_f1_neon(u, 143165577u));
            ct = vaddq_s32(ct, vmaf__adm_f1_neon(u, 286331153u));
        }
        vst1q_s32(G + j, g);
        vst1q_s32(T + j, vsubq_s32(ct, g));
    }
    for (; j < n; j++) vmaf__adm_g1_1(M, rf, j, G, T);
}

/* ---- masking sums ---- */
static void vmaf__adm_h3_neon(const int32_t *G, int32_t *R, int n)
{
    int j = 0;
    for (; j + 4 <= n; j += 4) vst1q_s32(R + j, vaddq_s32(vaddq_s32(vld1q_s32(G + j - 1), vld1q_s32(G + j)), vld1q_s32(G + j + 1)));
    for (; j < n; j++) R[j] = vmaf__adm_h3_1(G, j);
}
static inline int32x4_t vmaf__adm_box_neon(const int32_t *const *R, const int32_t *T, int j)
{
    return vaddq_s32(vaddq_s32(vld1q_s32(R[0] + j), vld1q_s32(R[1] + j)), vaddq_s32(vld1q_s32(R[2] + j), vld1q_s32(T + j)));
}
/* ((x2 x + addc) >> shc) summed into acc, x2 = (x^2 + add2) >> sh2 wrapped to int32, x >= 0 */
static inline int64x2_t vmaf__adm_cube_neon(int64x2_t acc, int32x4_t x, int64x2_t add2, int64x2_t nsh2, int64x2_t addc, int64x2_t nshc)
{
    const int32x4_t x2 = vcombine_s32(vmovn_s64(vshlq_s64(vaddq_s64(vmull_s32(vget_low_s32(x), vget_low_s32(x)), add2), nsh2)),
                                      vmovn_s64(vshlq_s64(vaddq_s64(vmull_high_s32(x, x), add2), nsh2)));
    acc = vaddq_s64(acc, vshlq_s64(vaddq_s64(vmull_s32(vget_low_s32(x2), vget_low_s32(x)), addc), nshc));
    return vaddq_s64(acc, vshlq_s64(vaddq_s64(vmull_high_s32(x2, x), addc), nshc));
}
static void vmaf__adm_cm0_neon(const int16_t *const *S, const int32_t *const *G, const int32_t *T, const VmafAdmCmK *k, int n,
                               int64_t *inner)
{
    static const int sub[3] = {10, 10, 12}, sh2[3] = {29, 29, 30};
    static const int64_t add2[3] = {268435456, 268435456, 536870912};
    int64x2_t acc[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) acc[q] = vdupq_n_s64(0);
    for (; j + 4 <= n; j += 4) {
        const int32x4_t thr = vmaf__adm_box_neon(G, T, j);
        for (q = 0; q < 3; q++) {
            const int32x4_t xv = vmulq_n_s32(vmovl_s16(vld1_s16(S[q] + j)), k->rf0[q]);
            const int32x4_t x = vmaxq_s32(vsubq_s32(vabsq_s32(xv), vshlq_s32(thr, vdupq_n_s32(sub[q]))), vdupq_n_s32(0));
            acc[q] = vmaf__adm_cube_neon(acc[q], x, vdupq_n_s64(add2[q]), vdupq_n_s64(-sh2[q]), vdupq_n_s64(k->addc[q]), vdupq_n_s64(-k->shc[q]));
        }
    }
    for (q = 0; q < 3; q++) inner[q] = vmaf__adm_add64(inner[q], vmaf__adm_add64(vgetq_lane_s64(acc[q], 0), vgetq_lane_s64(acc[q], 1)));
    for (; j < n; j++) vmaf__adm_cm0_1(S, G, T, k, j, inner);
}
static void vmaf__adm_cm1_neon(const int32_t *const *S, const int32_t *const *G, const int32_t *T, const VmafAdmCmK *k, int n,
                               int64_t *inner)
{
    int64x2_t acc[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) acc[q] = vdupq_n_s64(0);
    for (; j + 4 <= n; j += 4) {
        const int32x4_t thr = vmaf__adm_box_neon(G, T, j);
        for (q = 0; q < 3; q++) {
            const int32x4_t x = vmaxq_s32(vsubq_s32(vreinterpretq_s32_u32(vmaf__adm_c1_neon(vld1q_s32(S[q] + j), k->rf[q])), thr), vdupq_n_s32(0));
            acc[q] = vmaf__adm_cube_neon(acc[q], x, vdupq_n_s64(536870912), vdupq_n_s64(-30), vdupq_n_s64(k->addc[q]), vdupq_n_s64(-k->shc[q]));
        }
    }
    for (q = 0; q < 3; q++) inner[q] = vmaf__adm_add64(inner[q], vmaf__adm_add64(vgetq_lane_s64(acc[q], 0), vgetq_lane_s64(acc[q], 1)));
    for (; j < n; j++) vmaf__adm_cm1_1(S, G, T, k, j, inner);
}

/* ---- denominators ---- */
static uint64_t vmaf__adm_den0_neon(const int16_t *o, int n)
{
    uint64x2_t acc = vdupq_n_u64(0);
    uint64_t sum;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        const uint32x4_t a = vreinterpretq_u32_s32(vabsq_s32(vmovl_s16(vld1_s16(o + j))));
        const uint32x4_t a2 = vmulq_u32(a, a);
        acc = vmlal_u32(acc, vget_low_u32(a2), vget_low_u32(a));
        acc = vmlal_high_u32(acc, a2, a);
    }
    sum = vgetq_lane_u64(acc, 0) + vgetq_lane_u64(acc, 1);
    for (; j < n; j++) sum += vmaf__adm_den0_1(o[j]);
    return sum;
}
static inline uint64x2_t vmaf__adm_d1_neon(uint32x2_t a, uint64x2_t addq, int64x2_t nshq, uint64x2_t addc, int64x2_t nshc)
{
    const uint64x2_t q = vshlq_u64(vaddq_u64(vmull_u32(a, a), addq), nshq);
    const uint64x2_t qa = vaddq_u64(vmull_u32(vmovn_u64(q), a), vshlq_n_u64(vmull_u32(vshrn_n_u64(q, 32), a), 32));
    return vshlq_u64(vaddq_u64(qa, addc), nshc);
}
static uint64_t vmaf__adm_den1_neon(const int32_t *o, int n, int shq, int shc)
{
    const uint64x2_t addq = vdupq_n_u64((uint64_t)1 << shq), addc = vdupq_n_u64((uint64_t)1 << (shc - 1));
    const int64x2_t nq = vdupq_n_s64(-shq), nc = vdupq_n_s64(-shc);
    uint64x2_t acc = vdupq_n_u64(0);
    uint64_t sum;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        const uint32x4_t a = vreinterpretq_u32_s32(vabsq_s32(vld1q_s32(o + j)));
        acc = vaddq_u64(acc, vmaf__adm_d1_neon(vget_low_u32(a), addq, nq, addc, nc));
        acc = vaddq_u64(acc, vmaf__adm_d1_neon(vget_high_u32(a), addq, nq, addc, nc));
    }
    sum = vgetq_lane_u64(acc, 0) + vgetq_lane_u64(acc, 1);
    for (; j < n; j++) sum += vmaf__adm_den1_1(o[j], shq, shc);
    return sum;
}

/* ---- float ---- */
static inline float32x4_t vmaf__adm_f4_neon(float32x4_t s0, float32x4_t s1, float32x4_t s2, float32x4_t s3, const float *c)
{
    float32x4_t acc = vaddq_f32(vdupq_n_f32(0.0f), vmulq_n_f32(s0, c[0]));
    acc = vaddq_f32(acc, vmulq_n_f32(s1, c[1]));
    acc = vaddq_f32(acc, vmulq_n_f32(s2, c[2]));
    return vaddq_f32(acc, vmulq_n_f32(s3, c[3]));
}
static void vmaf__adm_fv0_neon(const unsigned char *const *r, int bpc, float *lo, float *hi, int w, int lo_only)
{
    const float32x4_t m128 = vdupq_n_f32(-128.0f);
    const float inv = 1.0f / (float)(1u << (bpc - 8));
    int j = 0, k;
    for (; j + 4 <= w; j += 4) {
        float32x4_t x[4];
        for (k = 0; k < 4; k++) {
            if (bpc == 8) {
                const uint8x8_t b = vcreate_u8((uint64_t)r[k][j] | ((uint64_t)r[k][j + 1] << 8) | ((uint64_t)r[k][j + 2] << 16) | ((uint64_t)r[k][j + 3] << 24));
                x[k] = vaddq_f32(vcvtq_f32_u32(vmovl_u16(vget_low_u16(vmovl_u8(b)))), m128);
            } else {
                x[k] = vaddq_f32(vmulq_n_f32(vcvtq_f32_u32(vmovl_u16(vld1_u16((const uint16_t *)(const void *)(r[k] + 2 * j)))), inv), m128);
            }
        }
        vst1q_f32(lo + j, vmaf__adm_f4_neon(x[0], x[1], x[2], x[3], vmaf__adm_flo));
        if (!lo_only) vst1q_f32(hi + j, vmaf__adm_f4_neon(x[0], x[1], x[2], x[3], vmaf__adm_fhi));
    }
    for (; j < w; j++) vmaf__adm_fv0_1(r, bpc, j, lo, hi, lo_only);
}
static void vmaf__adm_fv_neon(const float *const *r, float *lo, float *hi, int w, int lo_only)
{
    int j = 0;
    for (; j + 4 <= w; j += 4) {
        const float32x4_t x0 = vld1q_f32(r[0] + j), x1 = vld1q_f32(r[1] + j), x2 = vld1q_f32(r[2] + j), x3 = vld1q_f32(r[3] + j);
        vst1q_f32(lo + j, vmaf__adm_f4_neon(x0, x1, x2, x3, vmaf__adm_flo));
        if (!lo_only) vst1q_f32(hi + j, vmaf__adm_f4_neon(x0, x1, x2, x3, vmaf__adm_fhi));
    }
    for (; j < w; j++) vmaf__adm_fv_1(r[0][j], r[1][j], r[2][j], r[3][j], lo, hi, j, lo_only);
}
static void vmaf__adm_fh_neon(const float *lo, const float *hi, float *const *band, int bw, int lo_only)
{
    const float *L = vmaf__adm_flo, *H = vmaf__adm_fhi;
    int j = 0;
    for (; j + 4 <= bw; j += 4) {
        float32x4x2_t a = vld2q_f32(lo + 2 * j - 1), b = vld2q_f32(lo + 2 * j + 1);
        vst1q_f32(band[0] + j, vmaf__adm_f4_neon(a.val[0], a.val[1], b.val[0], b.val[1], L));
        if (lo_only) continue;
        vst1q_f32(band[2] + j, vmaf__adm_f4_neon(a.val[0], a.val[1], b.val[0], b.val[1], H));
        a = vld2q_f32(hi + 2 * j - 1);
        b = vld2q_f32(hi + 2 * j + 1);
        vst1q_f32(band[1] + j, vmaf__adm_f4_neon(a.val[0], a.val[1], b.val[0], b.val[1], L));
        vst1q_f32(band[3] + j, vmaf__adm_f4_neon(a.val[0], a.val[1], b.val[0], b.val[1], H));
    }
    for (; j < bw; j++) {
        band[0][j] = vmaf__adm_fh_1(lo, j, L);
        if (lo_only) continue;
        band[2][j] = vmaf__adm_fh_1(lo, j, H);
        band[1][j] = vmaf__adm_fh_1(hi, j, L);
        band[3][j] = vmaf__adm_fh_1(hi, j, H);
    }
}
/* (float)(r egl op t ? r egl : t) in double; mx selects > (max) instead of < (min) */
static inline float32x4_t vmaf__adm_fegl_neon(float32x4_t r, float32x4_t t, double egl, int mx)
{
    const float64x2_t e = vdupq_n_f64(egl);
    const float64x2_t r0 = vmulq_f64(vcvt_f64_f32(vget_low_f32(r)), e), r1 = vmulq_f64(vcvt_high_f64_f32(r), e);
    const float64x2_t t0 = vcvt_f64_f32(vget_low_f32(t)), t1 = vcvt_high_f64_f32(t);
    const float64x2_t a = vbslq_f64(mx ? vcgtq_f64(r0, t0) : vcltq_f64(r0, t0), r0, t0);
    const float64x2_t b = vbslq_f64(mx ? vcgtq_f64(r1, t1) : vcltq_f64(r1, t1), r1, t1);
    return vcvt_high_f32_f64(vcvt_f32_f64(a), b);
}
static void vmaf__adm_fdec_neon(VmafAdmState *s, ptrdiff_t x, int n)
{
    const double egl = s->cfg.enhn_gain_limit;
    const int eglf = (double)(float)egl == egl; /* see vmaf__adm_fdec_avx2 */
    const float32x4_t zero = vdupq_n_f32(0.0f), one = vdupq_n_f32(1.0f), eps = vdupq_n_f32((float)1e-30);
    const float32x4_t cos2 = vdupq_n_f32(VMAF__ADM_COS2);
    const float *ro[3];
    float *rt[3], *ra[3];
    int j = 0, q;
    for (q = 0; q < 3; q++) {
        ro[q] = s->pf[VMAF__ADM_RH + q] + x;
        rt[q] = s->pf[VMAF__ADM_DH + q] + x;
        ra[q] = s->pf[VMAF__ADM_AH + q] + x;
    }
    for (; j + 4 <= n; j += 4) {
        const float32x4_t oh = vld1q_f32(ro[0] + j), ov = vld1q_f32(ro[1] + j), th = vld1q_f32(rt[0] + j), tv = vld1q_f32(rt[1] + j);
        const float32x4_t dp = vaddq_f32(vmulq_f32(oh, th), vmulq_f32(ov, tv));
        const float32x4_t om = vaddq_f32(vmulq_f32(oh, oh), vmulq_f32(ov, ov));
        const float32x4_t tm = vaddq_f32(vmulq_f32(th, th), vmulq_f32(tv, tv));
        const uint32x4_t angle = vandq_u32(vcgeq_f32(dp, zero), vcgeq_f32(vmulq_f32(dp, dp), vmulq_f32(vmulq_f32(cos2, om), tm)));
        float32x4_t O[3], T[3];
        O[0] = oh; O[1] = ov; O[2] = vld1q_f32(ro[2] + j);
        T[0] = th; T[1] = tv; T[2] = vld1q_f32(rt[2] + j);
        for (q = 0; q < 3; q++) {
            const float32x4_t o = O[q], t = T[q];
            float32x4_t k = vdivq_f32(t, vaddq_f32(o, eps)), r;
            uint32x4_t m;
            k = vbslq_f32(vcgtq_f32(k, one), one, k);
            k = vbslq_f32(vcltq_f32(k, zero), zero, k);
            r = vmulq_f32(k, o);
            m = vandq_u32(angle, vcgtq_f32(r, zero));
            if (eglf) {
                float32x4_t re = vmulq_n_f32(r, (float)egl);
                r = vbslq_f32(m, vbslq_f32(vcltq_f32(re, t), re, t), r);
                m = vandq_u32(angle, vcltq_f32(r, zero));
                re = vmulq_n_f32(r, (float)egl);
                r = vbslq_f32(m, vbslq_f32(vcgtq_f32(re, t), re, t), r);
            } else {
                r = vbslq_f32(m, vmaf__adm_fegl_neon(r, t, egl, 0), r);
                m = vandq_u32(angle, vcltq_f32(r, zero));
                r = vbslq_f32(m, vmaf__adm_fegl_neon(r, t, egl, 1), r);
            }
            vst1q_f32(rt[q] + j, r);
            vst1q_f32(ra[q] + j, vsubq_f32(t, r));
        }
    }
    for (; j < n; j++) vmaf__adm_fdec_px(s, x + j);
}
static inline float32x4_t vmaf__adm_dmul_neon(float32x4_t a, double c)
{
    const float64x2_t k = vdupq_n_f64(c);
    return vcvt_high_f32_f64(vcvt_f32_f64(vmulq_f64(k, vcvt_f64_f32(vget_low_f32(a)))), vmulq_f64(k, vcvt_high_f64_f32(a)));
}
static void vmaf__adm_fcsf_neon(const float *M, float *C, float *F, float rf, int n)
{
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        const float32x4_t d = vmulq_n_f32(vld1q_f32(M + j), rf);
        vst1q_f32(C + j, d);
        vst1q_f32(F + j, vmaf__adm_dmul_neon(vabsq_f32(d), VMAF__ADM_C30));
    }
    for (; j < n; j++) vmaf__adm_fcsf_1(M, C, F, rf, j);
}
static void vmaf__adm_fcm_neon(const float *const *S, const float *const *C, const float *const *F, const float *rf, int bypass,
                               int n, float *const *out)
{
    const float32x4_t zero = vdupq_n_f32(0.0f);
    const float64x2_t c15 = vdupq_n_f64(VMAF__ADM_C15);
    int j = 0, q;
    for (; j + 4 <= n; j += 4) {
        float32x4_t thr = zero;
        if (!bypass) {
            for (q = 0; q < 3; q++) {
                const float *fm = F[3 * q] + j, *f0 = F[3 * q + 1] + j, *fp = F[3 * q + 2] + j;
                const float32x4_t a = vabsq_f32(vld1q_f32(C[q] + j));
                float32x4_t sum = vaddq_f32(zero, vld1q_f32(fm - 1));
                sum = vaddq_f32(sum, vld1q_f32(fm));
                sum = vaddq_f32(sum, vld1q_f32(fm + 1));
                sum = vaddq_f32(sum, vld1q_f32(f0 - 1));
                sum = vcvt_high_f32_f64(vcvt_f32_f64(vaddq_f64(vcvt_f64_f32(vget_low_f32(sum)), vmulq_f64(c15, vcvt_f64_f32(vget_low_f32(a))))),
                                        vaddq_f64(vcvt_high_f64_f32(sum), vmulq_f64(c15, vcvt_high_f64_f32(a))));
                sum = vaddq_f32(sum, vld1q_f32(f0 + 1));
                sum = vaddq_f32(sum, vld1q_f32(fp - 1));
                sum = vaddq_f32(sum, vld1q_f32(fp));
                sum = vaddq_f32(sum, vld1q_f32(fp + 1));
                thr = vaddq_f32(thr, sum);
            }
        }
        for (q = 0; q < 3; q++) {
            float32x4_t x = vsubq_f32(vabsq_f32(vmulq_n_f32(vld1q_f32(S[q] + j), rf[q])), thr);
            x = vbslq_f32(vcltq_f32(x, zero), zero, x);
            vst1q_f32(out[q] + j, vmulq_f32(vmulq_f32(x, x), x));
        }
    }
    for (; j < n; j++) vmaf__adm_fcm_1(S, C, F, rf, bypass, j, j - 1, j + 1, out, j);
}
static void vmaf__adm_fden_neon(const float *const *O, const float *rf, int n, float *const *out)
{
    int j = 0, q;
    for (; j + 4 <= n; j += 4)
        for (q = 0; q < 3; q++) {
            const float32x4_t a = vabsq_f32(vmulq_n_f32(vld1q_f32(O[q] + j), rf[q]));
            vst1q_f32(out[q] + j, vmulq_f32(vmulq_f32(a, a), a));
        }
    for (; j < n; j++)
        for (q = 0; q < 3; q++) {
            const float a = fabsf(rf[q] * O[q][j]);
            out[q][j] = a * a * a;
        }
}

static const VmafAdmRows vmaf__adm_rows_neon = {
    vmaf__adm_v0_neon, vmaf__adm_h0_neon, vmaf__adm_v1_neon, vmaf__adm_v2_neon, vmaf__adm_h1_neon,
    vmaf__adm_dec0_neon, vmaf__adm_dec1_neon, vmaf__adm_g0_neon, vmaf__adm_g1_neon, vmaf__adm_h3_neon, vmaf__adm_cm0_neon,
    vmaf__adm_cm1_neon, vmaf__adm_den0_neon, vmaf__adm_den1_neon, vmaf__adm_fv0_neon, vmaf__adm_fv_neon,
    vmaf__adm_fh_neon, vmaf__adm_fdec_neon, vmaf__adm_fcsf_neon, vmaf__adm_fcm_neon, vmaf__adm_fden_neon};
#endif /* VMAF__HAVE_NEON */

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

/* The four scales of integer ADM a whole plane at a time (the scalar kernels). */
static void vmaf__adm_int_planes(VmafAdmState *s, const VmafPlane *ref, const VmafPlane *dis, float nums[4],
                                 float dens[4], float aims[4])
{
    const VmafAdmConfig *c = &s->cfg;
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
}

static void vmaf__adm_run_int(VmafAdmState *s, const VmafPlane *ref, const VmafPlane *dis, VmafAdmScores *o)
{
    float nums[4], dens[4], aims[4];
    double num = 0, den = 0, aim = 0;
    int sc;
#if defined(VMAF__ADM_SIMD)
    if (s->fused) vmaf__adm_int_rows(s, ref, dis, nums, dens, aims);
    else
#endif
        vmaf__adm_int_planes(s, ref, dis, nums, dens, aims);
    for (sc = 0; sc < 4; sc++) {
        num += nums[sc];
        den += dens[sc];
        aim += aims[sc];
    }
    vmaf__adm_finish(s, nums, dens, num, den, aim, 0.0, o);
}

/* The four scales of float ADM a whole plane at a time. */
static void vmaf__adm_float_planes(VmafAdmState *s, const VmafPlane *ref, const VmafPlane *dis, float nums[4],
                                   float dens[4], float aims[4])
{
    int sc;
    for (sc = 0; sc < 4; sc++) {
        const int lo_only = sc == 0 && s->cfg.skip_scale0;
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
    }
}

static void vmaf__adm_run_float(VmafAdmState *s, const VmafPlane *ref, const VmafPlane *dis, VmafAdmScores *o)
{
    const VmafAdmConfig *c = &s->cfg;
    float nums[4], dens[4], aims[4];
    double num = 0, den = 0, aim_num = 0, aim_den = 0;
    int sc;
#if defined(VMAF__ADM_SIMD)
    if (s->fused) vmaf__adm_float_rows(s, ref, dis, nums, dens, aims);
    else
#endif
        vmaf__adm_float_planes(s, ref, dis, nums, dens, aims);
    for (sc = 0; sc < 4; sc++) {
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
    size_t total, state, idx, tmp, div, ring0, ring1, planes, plane16, plane32, planef, region32;
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
    /* scalar: 4 int32 rows of w; SIMD: 18 (integer) or 74 (float) rows of w + 32 int32 or
       float (vmaf__adm_row) */
    L->tmp = vmaf__align64(vmaf__add(vmaf__mul((size_t)w, kind == VMAF_ADM_INTEGER ? 80 : 300), 16384));
    if (kind == VMAF_ADM_INTEGER) {
        L->st16 = (L->bw[0] + 31) & ~31;
        L->st32 = (L->bw[1] + 15) & ~15;
        L->div = vmaf__align64(65537 * sizeof(int32_t));
        L->plane16 = vmaf__align64(vmaf__mul(vmaf__mul((size_t)L->st16, (size_t)L->bh[0]), sizeof(int16_t)));
        L->plane32 = vmaf__align64(vmaf__mul(vmaf__mul((size_t)L->st32, (size_t)L->bh[1]), sizeof(int32_t)));
        /* SIMD integer driver: band rings of the H, V, D slots of both frames and the additive
           bands (9 slots), int16 for scale 0, int32 for scales 1..3 */
        L->ring0 = (size_t)L->st16 * VMAF__ADM_RING * sizeof(int16_t);
        L->ring1 = (size_t)L->st32 * VMAF__ADM_RING * sizeof(int32_t);
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
        L->ring0 = (size_t)L->stf * VMAF__ADM_RING * sizeof(float); /* SIMD float driver: the same 9 rings */
        L->planes = vmaf__mul(VMAF__ADM_NPLANES, L->planef);
        if (!L->planef) return 0;
    }
    if (!L->state || !L->idx || !L->tmp || !L->planes) return 0;
    n = vmaf__add(L->state, L->idx);
    n = n ? vmaf__add(n, L->tmp) : 0;
    n = n ? vmaf__add(n, L->div) : 0;
    n = n ? vmaf__add(n, vmaf__mul(9, L->ring0 + L->ring1)) : 0;
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

#if defined(VMAF__ADM_SIMD)
#if defined(VMAF__ADM_RCPSS) && defined(VMAF__ADM_X86)
/* The x86 SIMD float decouple uses the 8-lane rcpps, which must return rcpss's values (the
   scalar path). Intel and AMD each use one table for both; checked here on 4096 inputs that
   cover every 12-bit mantissa prefix, so a CPU where they differ keeps the scalar kernel. */
VMAF__T_AVX2 static int vmaf__adm_rcp_avx2(void)
{
    uint32_t i, k;
    for (i = 0; i < 4096; i += 8) {
        float x[8], y[8];
        for (k = 0; k < 8; k++) {
            const uint32_t b = ((i + k) & 1 ? 0xBF800000u : 0x3F800000u) | ((i + k) << 11) | (((i + k) * 2654435761u) >> 21);
            memcpy(&x[k], &b, 4);
        }
        _mm256_storeu_ps(y, _mm256_rcp_ps(_mm256_loadu_ps(x)));
        for (k = 0; k < 8; k++) {
            const float r = _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(x[k])));
            if (memcmp(&r, &y[k], 4)) return 0;
        }
    }
    return 1;
}
#endif
static int vmaf__adm_rcp_ok(const VmafAdmState *s)
{
#if defined(VMAF__ADM_RCPSS) && defined(VMAF__ADM_X86)
    return s->cfg.kind != VMAF_ADM_FLOAT || vmaf__adm_rcp_avx2();
#else
    (void)s;
    return 1;
#endif
}
#endif

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
    s->rows = NULL;
    s->fused = 0;
#if defined(VMAF__HAVE_AVX2)
    if (s->cpu & VMAF_CPU_AVX2) s->rows = &vmaf__adm_rows_avx2;
#endif
#if defined(VMAF__HAVE_AVX512)
    if (s->cpu & VMAF_CPU_AVX512) s->rows = &vmaf__adm_rows_avx512;
#endif
#if defined(VMAF__HAVE_NEON)
    if (s->cpu & VMAF_CPU_NEON) s->rows = &vmaf__adm_rows_neon;
#endif
#if defined(VMAF__ADM_SIMD)
    if (!s->rows) return;
    /* every SIMD kernel gives the scalar results bit for bit (see "SIMD kernels"); the
       row-by-row drivers call the row functions themselves */
    s->k.fdwt = vmaf__adm_fdwt_v;
    s->k.fcsf = vmaf__adm_fcsf_v;
    if (vmaf__adm_rcp_ok(s)) s->k.fdec = vmaf__adm_fdec_v;
    if (s->cfg.p_norm == 3.0) { /* other norms call powf per term: scalar */
        s->k.fcsf = vmaf__adm_fcsf_none; /* fused into fcm: always set as a pair */
        s->k.fcm = vmaf__adm_fcm_v;
        s->k.fden = vmaf__adm_fden_v;
    }
    /* row by row when every stage has a row kernel */
    s->fused = s->cfg.kind == VMAF_ADM_INTEGER || (s->k.fdec == vmaf__adm_fdec_v && s->k.fcm == vmaf__adm_fcm_v);
#endif
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
    memset(base, 0, L.state + L.idx + L.tmp + L.div + 9 * (L.ring0 + L.ring1));
    s = (VmafAdmState *)(void *)base;
    s->lazy = base + L.state + L.idx + L.tmp + L.div + 9 * (L.ring0 + L.ring1);
    s->lazy_n = L.planes;
    s->cfg = *cfg;
    vmaf__adm_pick_kernels(s);
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
    }
    /* band rings of the row-by-row drivers (9 slots; CH..FH unused there): the scale-0 rings
       (int16 or float), then the int32 ones */
    for (i = 0; s->fused && i < 9; i++) {
        static const int slot[9] = {1, 2, 3, 5, 6, 7, 8, 9, 10};
        unsigned char *r0 = base + (size_t)i * L.ring0, *r1 = base + 9 * L.ring0 + (size_t)i * L.ring1;
        if (cfg->kind == VMAF_ADM_INTEGER) {
            s->p16[slot[i]] = (int16_t *)(void *)r0;
            s->p32[slot[i]] = (int32_t *)(void *)r1;
        } else {
            s->pf[slot[i]] = (float *)(void *)r0;
        }
    }
    base += 9 * (L.ring0 + L.ring1);
    if (cfg->kind == VMAF_ADM_INTEGER) {
        s->st16 = L.st16;
        s->st32 = L.st32;
        s->p16[VMAF__ADM_RA] = (int16_t *)(void *)base;
        s->p16[VMAF__ADM_DA] = (int16_t *)(void *)(base + L.plane16);
        base += 2 * L.plane16;
        if (s->fused) { /* whole planes: the A bands only; the rest of the region stays untouched */
            s->p32[VMAF__ADM_RA] = (int32_t *)(void *)base;
            s->p32[VMAF__ADM_DA] = (int32_t *)(void *)(base + L.plane32);
            s->lazy_n = 2 * (L.plane16 + L.plane32);
        } else {
            for (k = 0, i = 0; k < VMAF__ADM_NPLANES; k++) {
                if (k == VMAF__ADM_RA || k == VMAF__ADM_DA) continue;
                s->p16[k] = (int16_t *)(void *)(base + (size_t)i++ * L.plane16);
            }
            for (k = 0; k < VMAF__ADM_NPLANES; k++) s->p32[k] = (int32_t *)(void *)(base + (size_t)k * L.plane32);
        }
    } else {
        s->stf = L.stf;
        if (s->fused) {
            s->pf[VMAF__ADM_RA] = (float *)(void *)base;
            s->pf[VMAF__ADM_DA] = (float *)(void *)(base + L.planef);
            s->lazy_n = 2 * L.planef;
        } else {
            for (k = 0; k < VMAF__ADM_NPLANES; k++) s->pf[k] = (float *)(void *)(base + (size_t)k * L.planef);
        }
    }
    err = vmaf__adm_setup_factors(s);
    if (err) return err;
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
    if (s->lazy) {
        memset(s->lazy, 0, s->lazy_n);
        s->lazy = NULL;
    }
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
    if ((unsigned)a->layout > (unsigned)VMAF_LAYOUT_444)
        return vmaf__fail(a->log, a->log_user, VMAF_ERR_INVALID_ARGUMENT, "%s: unknown layout %d",
                          kind == VMAF_ADM_INTEGER ? "adm" : "float_adm", (int)a->layout);
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
    if (vmaf__frames_differ(ref, dis))
        return vmaf__fail(s->cfg.log, s->cfg.log_user, VMAF_ERR_MISMATCH,
                          "%s: reference %ux%u (%u bits, layout %d) and distorted %ux%u (%u bits, layout %d) differ",
                          s->cfg.kind == VMAF_ADM_INTEGER ? "adm" : "float_adm", ref->w, ref->h, ref->bpc,
                          (int)ref->layout, dis->w, dis->h, dis->bpc, (int)dis->layout);
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
#undef VMAF__ADM_PAIR

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
