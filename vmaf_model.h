/* vmaf_model.h - v0.2.1 - VMAF models: JSON loading, SVM prediction, pooling and the feature pipeline.
   Single-file C99 / C++11 library. Part of the vmaf single-header set: vmaf_vif.h, vmaf_adm.h,
   vmaf_motion.h, vmaf_model.h. Each file works alone.

   In exactly one C or C++ file:
       #define VMAF_MODEL_IMPLEMENTATION
       #include "vmaf_model.h"
   Everywhere else, include it without the define to get the declarations.

   VMAF (the algorithm, the models and the reference numbers) is Netflix's: see
   https://github.com/Netflix/vmaf. This file is an independent implementation written from
   a specification; it reproduces libvmaf 3.2.0's numbers. License: MIT, see the end of file.
   The built-in model data (Netflix's model files, in compact form) carries Netflix's
   BSD-2-Clause-Patent notice next to it.

   WHAT IS IN HERE
     1. Models (VmafModelFile): load a libvmaf model JSON (single nu-SVR model such as
        libvmaf's default v0.6.1 model, or a bootstrap collection such as the v0.6.3 one) from
        text, a file or the built-in set; predict one frame's scores from its feature values,
        bit-identical with libvmaf (libvmaf/src/predict.c, svm.cpp).
     2. Pooling (VmafModelPool): min, max, mean, harmonic mean with libvmaf's arithmetic
        (libvmaf/src/libvmaf.c, feature score pooling).
     3. The pipeline (VmafModelPipeline): drives feature extractors (VmafExtractor tables, e.g.
        from vmaf_vif.h, vmaf_adm.h, vmaf_motion.h, or a GPU addon) for the models and extra
        features you add, and reports every per-frame value in libvmaf's column order, plus
        pooled values. Single-threaded, or frame-parallel on threads that YOU run.

   QUICK START (single thread)
       VmafModelFile *m;
       VmafModelPipeline *p;
       VmafModelPipelineConfig pc;
       vmaf_model_builtin(&m, vmaf_model_builtin_name(0), NULL); // the default model, or
                                                        // vmaf_model_read(&m, path, NULL)
       memset(&pc, 0, sizeof pc);
       pc.w = 1920; pc.h = 1080; pc.bpc = 8; pc.layout = VMAF_LAYOUT_420;
       pc.emit = my_emit; pc.emit_user = my_data;             // (user, frame, key, value)
       vmaf_model_pipeline_create(&p, &pc);
       vmaf_model_pipeline_register(p, vmaf_vif_extractor());   // ... adm, motion, or
       vmaf_model_pipeline_register_known(p);  // all of vmaf_vif/adm/motion.h included before
       vmaf_model_pipeline_add_model(p, m);
       for each frame: vmaf_model_pipeline_push(p, &ref, &dis);
       vmaf_model_pipeline_flush(p);
       vmaf_model_pipeline_pooled(p, "vmaf", VMAF_MODEL_POOL_MEAN, &score);
       vmaf_model_pipeline_destroy(p);
       vmaf_model_free(m);

   MODELS
     Built-in: the nine models of libvmaf 3.2.0 under libvmaf's version names, selected by name
     as `--model version=NAME`: the default v0.6.1 model and its NEG variant (gain limits 1),
     the 4K v0.6.1 model and its NEG variant, the v0.6.3 bootstrap collection (20 members), and
     the float-feature twins of v0.6.1, v0.6.1 NEG, 4K v0.6.1 and the v0.6.3 collection. The
     exact names are listed at the top of the implementation section (this file's public part
     avoids spelling libvmaf identifiers) and returned by vmaf_model_builtin_name().
     VMAF_MODEL_NO_BUILTIN leaves them out (about 180 KB of source).
     A model's outputs are named after its `name` (default "vmaf"):
       single model:  <name>
       collection:    <name> (its model "0"), <name>_0001 ... <name>_NNNN (each member with
                      its own transform/clip), <name>_bagging, <name>_stddev,
                      <name>_ci_p95_lo, <name>_ci_p95_hi (libvmaf predict.c, bootstrap
                      prediction).
     Options as libvmaf's `--model`: name, enable_transform, disable_clip (VmafModelOptions or
     the text form of vmaf_model_open), and feature overloads `<extractor>.<option>=<value>`
     (vmaf_model_overload), which apply to every feature that extractor provides.

   JSON PARSER (strict; differences from libvmaf's lenient reader are deliberate)
     RFC 8259 JSON only: no comments, NaN, trailing commas or duplicate keys; UTF-8 checked;
     nesting depth <= 32; input <= 64 MiB; <= 64 features, <= 10 knots, <= 100000 support
     vectors, <= 256 collection members. Numbers are converted with our own correctly rounded
     decimal->double code (no strtod, no locale). Errors return VMAF_ERR_PARSE (or
     VMAF_ERR_UNSUPPORTED for valid models we do not implement: kernels other than rbf, SVM
     types other than nu_svr/epsilon_svr, chroma_correction_parameter) and log one line with
     line:column and the JSON path, e.g.
       model JSON: line 12, column 9 (model_dict.slopes[3]): expected a number
     Rules beyond libvmaf: slopes/intercepts must have exactly (features + 1) entries when
     present (required for linear_rescale); score_clip is exactly [min, max];
     feature_opts_dicts has at most one object per feature; knots are [x, y] pairs; SV indices
     are 1..features, strictly increasing; option strings may not contain ':' or '='.
     Model option values are normalised like libvmaf (number -> float -> "%g"), locale-proof.

   PREDICTION (libvmaf/src/predict.c and svm.cpp; SPEC 6.2, 6.4)
     x' = slope*x + intercept; k_j = exp(-gamma * sum_i (x'_i - sv_ji)^2) in index order;
     y = sum_j coef_j*k_j - rho in file order; y = (y - intercept0) / slope0; then the score
     transform (polynomial p0 + p1*y + (p2*y)*y, knots, out_lte_in/out_gte_in) when enabled,
     then the clip. Collections: mean/stddev/percentiles over the members' raw scores, then
     member 1's transform and clip, stddev scaled by the slope g of that mapping at the mean.
     Same double operations in the same order as libvmaf, no FMA contraction: bit-identical.

   THE PIPELINE
     create (geometry) -> register extractor tables -> add models / extra features -> push
     frames in order -> flush -> pooled values. Everything is configured before the first
     frame. For each model feature the pipeline picks the first registered table that provides
     it, merges the model's options with the overloads, creates an extractor instance and
     computes the collector key with the table's key() (SPEC 6.5, e.g. "integer_adm2_egl_1"
     for the NEG models). Instances with the same extractor name and the same keys are created
     once (libvmaf's de-duplication: models first, then add_feature in call order; a later
     duplicate is dropped with its other options, as libvmaf's `--feature`).
     EMIT CONTRACT: cfg.emit(emit_user, frame, key, value) is called for every final value,
     frame after frame in increasing frame order, from push/complete/flush on the calling
     thread. Within a frame: the features in libvmaf's column order (the order in which each
     key was first written by a --threads 0 run: extractor by extractor in registration order,
     frame by frame; keys written late, such as motion2, come after), then the model outputs:
     every model's main score in add order, then each collection's _NNNN, _bagging, _stddev,
     _ci_p95_lo, _ci_p95_hi. Keys are collector keys (unaliased: apply vmaf_name_alias() to
     print libvmaf's names). cfg.frame_end(emit_user, frame) follows the last value of a
     frame. A frame is final once every extractor is past it: temporal extractors may emit a
     value up to `lookahead` frames late (default 2) or at flush; memory holds lookahead + 1
     frames of values, not the whole video. The key strings passed to emit stay valid until
     the pipeline is destroyed (model output names: until the model is freed).
     POOLING: the pipeline pools every key over all reported frames as libvmaf does
     (vmaf_model_pipeline_pooled, final after flush); you may also pool the emitted values
     yourself with VmafModelPool / vmaf_model_pool.

   THREADING (the library never starts threads; a split API in the style of stb_image_resize2)
     Model functions: a loaded VmafModelFile is read-only; vmaf_model_predict may run on many
     threads at once. The pipeline: configure with cfg.jobs = N (frames in flight). Then, on
     ONE control thread:
         vmaf_model_pipeline_submit(p, &ref, &dis, &job);  // runs temporal extractors now
         ... hand `job` to a worker thread, which calls vmaf_model_job_run(job) ...
         vmaf_model_pipeline_complete(p, job);  // after job_run returned (your sync)
     submit fails with VMAF_ERR_STATE while all N jobs are in flight
     (vmaf_model_pipeline_free_jobs() says how many are free): complete one first. Jobs may
     run and complete in any order; results are committed in frame order and are
     bit-identical for any N. job_run may run concurrently with other job_run calls and with
     submit/complete of OTHER jobs; every other pipeline call belongs to the control thread.
     Each job owns one state of every non-temporal extractor (N states each); temporal
     extractors (VMAF_EXTRACTOR_TEMPORAL) have one state and run inside submit. The frame
     data must stay valid until job_run returns. The allocator must be thread-safe if jobs
     run on several threads (it is only used while a job's value buffer grows, i.e. in the
     first frames). vmaf_model_pipeline_push = submit + run + complete.

   LIMITS
     Keys <= 4095 bytes; <= 65535 distinct keys; lookahead <= 64; jobs <= 1024.

   GPU BACKENDS (how a backend plugs in; example: addons/vk/vmaf_vk.h, examples/gpu_select.c)
     A backend is a set of VmafExtractor tables with the CPU extractors' names ("vif",
     "float_adm", ...), provided-feature lists, options and collector keys; this file never
     knows which device runs them. To use one:
       vmaf_model_pipeline_register_known(p);          // 1. the CPU tables
       for each backend table t:                       // 2. the backend's, over them: a table
           vmaf_model_pipeline_register(p, t);         //    replaces the one of the same name
       vmaf_model_pipeline_add_model(p, m);            // 3. then models and features as usual
     Whatever the backend lacks (an extractor name it does not export) stays on the CPU table
     registered in step 1; numbers, keys, column order and emit order stay those of the CPU
     path, so outputs can be compared value for value. A backend that shares one device among
     all its states exports per-context tables whose `user` is its context: the pipeline
     passes each table's `user` to create() in VmafExtractorArgs.user, so every state of every
     extractor (and, with cfg.jobs = N, the N states of each) lands on that one device
     (vmaf_vk_context_extractor(ctx, name)). A backend may also send option values it does not
     implement to a CPU table inside its own create() (vmaf_vk_context_fallback); create()
     errors other than that reach add_model / add_feature unchanged (VMAF_ERR_NO_DEVICE from
     a table that opens a device itself). Keep the backend's context alive until the pipeline
     is destroyed. With jobs > 1, job_run calls push on several states of the backend at once:
     the backend must allow that (the Vulkan addon takes a submit lock from its config).

   BAD INPUT (tests/test_harden.c checks every case; tests/README.md has the table)
     Every function validates its arguments and returns a VMAF_ERR_* code (never crashes, never
     reads out of bounds); errors of the loading, configuring, push and flush calls are also
     explained in one line through the log callback (NULL-pointer errors excepted). The
     pipeline does not scan samples: a sample above the bit depth (e.g. 0xFFFF in a 10-bit
     plane) gives memory-safe but unspecified values, as in the extractor headers; scan your
     input if it may hold such samples (the vmaf tool's reader refuses them with
     VMAF_ERR_SAMPLE_RANGE, naming the file, frame, plane and position).

   CONFIGURATION MACROS (define before including; identical in every file that includes it)
     VMAF_STATIC                    functions are static: a private copy per translation unit
     VMAFDEF                        linkage of public functions (default extern)
     VMAF_MALLOC(sz,u)/VMAF_FREE(p,u)  allocator used when a config's VmafAllocator is all-NULL
     VMAF_ASSERT(x)                 internal invariants only (default assert)
     VMAF_NO_STDIO                  leaves out vmaf_model_read and `path=` in vmaf_model_open
     VMAF_MODEL_NO_BUILTIN          no built-in models (vmaf_model_builtin returns NOT_FOUND)
     VMAF_MODEL_NO_AUTO_EXTRACTORS  vmaf_model_pipeline_register_known registers nothing
     VMAF_NO_SIMD, VMAF_NO_AVX2, VMAF_NO_AVX512, VMAF_NO_NEON   (no SIMD code in this file)
     VMAF_DONT_CHANGE_FP_CONTRACT   do not emit our scoped "no FMA contraction" pragmas
*/
#ifndef VMAF_MODEL_H
#define VMAF_MODEL_H
#define VMAF_MODEL_VERSION_MAJOR 0
#define VMAF_MODEL_VERSION_MINOR 2
#define VMAF_MODEL_VERSION_PATCH 1
#define VMAF_MODEL_VERSION_STRING "0.2.1"

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

/* Version of this header as "MAJOR.MINOR.PATCH". */
VMAFDEF const char *vmaf_model_version(void);

/* ================================ models ================================================== */

/* A loaded model: a single nu-SVR model or a bootstrap collection (main model "0" plus members
   "1".."N"). Opaque, read-only once loaded (except vmaf_model_overload); free with
   vmaf_model_free. One VmafModelFile can be added to several pipelines. */
typedef struct VmafModelFile VmafModelFile;

/* VmafModelOptions.flags (libvmaf's model flags under our names). */
enum {
    VMAF_MODEL_ENABLE_TRANSFORM = 1, /* `enable_transform`: switch on the score transform the
                                        model defines (no effect without a score_transform) */
    VMAF_MODEL_DISABLE_CLIP = 2      /* `disable_clip`: drop score_clip at load (also leaves a
                                        collection's bagging and CI bounds unclipped) */
};

/* Load options. A NULL pointer or an all-zero struct means: name "vmaf", no flags, malloc/free,
   no log. */
typedef struct VmafModelOptions {
    const char *name;        /* output name, 1..128 bytes of printable ASCII; NULL = "vmaf" */
    unsigned flags;          /* VMAF_MODEL_ENABLE_TRANSFORM | VMAF_MODEL_DISABLE_CLIP */
    VmafAllocator allocator; /* all-NULL = VMAF_MALLOC/VMAF_FREE */
    VmafLogFn log;           /* optional: receives the reason of an error */
    void *log_user;
} VmafModelOptions;

/* Loads a model from JSON text (`len` bytes, need not be NUL-terminated). A top-level object
   with "model_dict" is a single model; otherwise the keys "0", "1", ... form a collection
   (libvmaf read_json_model.c: keys are matched in file order against the next expected index,
   others skipped; "0" is the main model; at least "1" must exist; members must all be
   BOOTSTRAP_LIBSVMNUSVR or all RESIDUEBOOTSTRAP_LIBSVMNUSVR).
   Returns VMAF_OK and *out, or VMAF_ERR_INVALID_ARGUMENT (NULL out/json, bad options),
   VMAF_ERR_TOO_LARGE (len > 64 MiB), VMAF_ERR_PARSE, VMAF_ERR_UNSUPPORTED,
   VMAF_ERR_OUT_OF_MEMORY. *out is NULL on error. */
VMAFDEF int vmaf_model_parse(VmafModelFile **out, const char *json, size_t len,
                             const VmafModelOptions *opt);

/* Loads a model JSON file (vmaf_model_parse on its contents). VMAF_ERR_IO if it cannot be read;
   VMAF_ERR_UNSUPPORTED when built with VMAF_NO_STDIO. */
VMAFDEF int vmaf_model_read(VmafModelFile **out, const char *path, const VmafModelOptions *opt);

/* Loads a built-in model by its libvmaf version name (see MODELS above). VMAF_ERR_NOT_FOUND
   for an unknown name or when built with VMAF_MODEL_NO_BUILTIN. The numbers are identical to
   loading the corresponding tests/data/models/<name>.json. */
VMAFDEF int vmaf_model_builtin(VmafModelFile **out, const char *version, const VmafModelOptions *opt);

/* Name of built-in model i (0 = the default v0.6.1 model), NULL past the end. */
VMAFDEF const char *vmaf_model_builtin_name(unsigned i);

/* Loads a model from the text of libvmaf's `--model` option (tools/cli_parse.c):
   "key=value:key=value...", keys: version=<built-in>, path=<file> (version wins if both),
   name=<output name>, disable_clip and enable_transform (bare or =true; any other value is
   ignored, as libvmaf), and overloads <extractor>.<option>=<value>. `opt` supplies the
   allocator, log and default name/flags (may be NULL). vmaf_model_label() then returns the
   version (else the path), which libvmaf prints on stderr.
   Returns VMAF_ERR_PARSE for a key without '=' other than the two flags, or without
   version/path; else as vmaf_model_parse / vmaf_model_builtin / vmaf_model_read. */
VMAFDEF int vmaf_model_open(VmafModelFile **out, const char *spec, const VmafModelOptions *opt);

/* Feature overload (libvmaf model.c, feature overload): sets `option`=`value` for every
   model feature (of the main model and of every collection member) that the extractor named
   `extractor` provides, over the model's own feature_opts_dicts. Resolved when the model is
   added to a pipeline. Numeric values are normalised as libvmaf (float, "%g").
   VMAF_ERR_INVALID_ARGUMENT for NULL or empty strings or text with ':' or '=';
   VMAF_ERR_TOO_LARGE past 64 overloads. */
VMAFDEF int vmaf_model_overload(VmafModelFile *m, const char *extractor, const char *option,
                                const char *value);

VMAFDEF void vmaf_model_free(VmafModelFile *m);

/* Output name of the main model ("vmaf" by default). */
VMAFDEF const char *vmaf_model_name(const VmafModelFile *m);
/* What vmaf_model_open loaded (version or path); else the built-in name, the file path, or "". */
VMAFDEF const char *vmaf_model_label(const VmafModelFile *m);
/* Number of collection members (20 for the built-in v0.6.3 collections), 0 for a single model. */
VMAFDEF unsigned vmaf_model_collection_size(const VmafModelFile *m);

/* The model's feature table: the distinct (provided feature name, options) pairs used by the
   main model and the members, in order of first use. `options` is "opt=val:opt=val" in
   libvmaf's normalised text ("" for none), before overloads. Returns VMAF_ERR_INVALID_ARGUMENT
   for a bad index. */
VMAFDEF unsigned vmaf_model_feature_count(const VmafModelFile *m);
VMAFDEF int vmaf_model_feature(const VmafModelFile *m, unsigned i, const char **provided,
                               const char **options);

/* Outputs of vmaf_model_predict, in this order: main score, then for a collection the N
   member scores, bagging, stddev, ci_p95_lo, ci_p95_hi. Names as described under MODELS. */
VMAFDEF unsigned vmaf_model_output_count(const VmafModelFile *m);
VMAFDEF const char *vmaf_model_output_name(const VmafModelFile *m, unsigned i);

/* Predicts one frame: features[i] is the value of feature-table entry i
   (vmaf_model_feature_count values), outputs receives vmaf_model_output_count values.
   Bit-identical with libvmaf (predict.c: score prediction at an index, and its bootstrap
   variant for collections). Thread-safe; no allocation.
   Returns VMAF_OK or VMAF_ERR_INVALID_ARGUMENT. */
VMAFDEF int vmaf_model_predict(const VmafModelFile *m, const double *features, double *outputs);

/* ================================ pooling ================================================= */

/* Pooling methods; the same numbers as libvmaf's pooling-method enum. */
enum {
    VMAF_MODEL_POOL_MIN = 1,
    VMAF_MODEL_POOL_MAX = 2,
    VMAF_MODEL_POOL_MEAN = 3,
    VMAF_MODEL_POOL_HARMONIC_MEAN = 4 /* n / sum(1/(x+1)) - 1 */
};

/* Running pool, libvmaf's arithmetic (libvmaf.c, feature score pooling): values added in
   frame order; sum and sum of 1/(x+1) in double from 0; min/max start at the first value and
   change on strict comparisons. Zero-initialise (or vmaf_model_pool_init) before use. */
typedef struct VmafModelPool {
    double sum, inv_sum, min, max;
    unsigned n;
} VmafModelPool;

VMAFDEF void vmaf_model_pool_init(VmafModelPool *pool);
VMAFDEF void vmaf_model_pool_add(VmafModelPool *pool, double value);
/* VMAF_OK, VMAF_ERR_INVALID_ARGUMENT (NULL, unknown method) or VMAF_ERR_STATE (no value). */
VMAFDEF int vmaf_model_pool_get(const VmafModelPool *pool, int method, double *out);
/* Pools values[0..n-1] in one call. Same errors (VMAF_ERR_STATE for n == 0). */
VMAFDEF int vmaf_model_pool(const double *values, size_t n, int method, double *out);

/* ================================ pipeline ================================================ */

typedef struct VmafModelPipeline VmafModelPipeline;
typedef struct VmafModelJob VmafModelJob;

/* Called after the last value of frame `index` was emitted. */
typedef void (*VmafModelFrameFn)(void *user, unsigned index);

/* VmafModelPipelineConfig.flags */
enum {
    VMAF_MODEL_PIPELINE_NO_PREDICTION = 1 /* libvmaf `-n`: models pick the extractors, but no
                                             model output is computed or emitted */
};

/* Pipeline configuration; zero means default for every field except the geometry. */
typedef struct VmafModelPipelineConfig {
    unsigned w, h;          /* luma size of every frame (extractors check their minimum) */
    unsigned bpc;           /* 8..16 */
    VmafLayout layout;
    unsigned jobs;          /* frames in flight for frame-parallel use, 1..1024; 0 = 1 */
    unsigned lookahead;     /* frames a temporal extractor may be late, 1..64; 0 = 2 */
    unsigned subsample;     /* libvmaf --subsample: report/pool frames i % n == 0 only;
                               non-temporal extractors skip the others; 0 or 1 = every frame */
    unsigned flags;         /* VMAF_MODEL_PIPELINE_* */
    unsigned cpumask;       /* passed to every extractor (VMAF_CPU_* bits disable paths) */
    VmafEmitFn emit;        /* final per-frame values (see EMIT CONTRACT); may be NULL */
    VmafModelFrameFn frame_end; /* optional */
    void *emit_user;        /* first argument of emit and frame_end */
    VmafAllocator allocator;
    VmafLogFn log;
    void *log_user;
} VmafModelPipelineConfig;

/* Creates a pipeline. VMAF_ERR_INVALID_ARGUMENT (NULL, bad field: layout, jobs, lookahead,
   flags, half-set allocator), VMAF_ERR_BAD_BPC, VMAF_ERR_TOO_SMALL (w or h is 0; each extractor
   checks its own minimum when a model or feature is added), VMAF_ERR_TOO_LARGE (w or h > 32768),
   VMAF_ERR_OUT_OF_MEMORY. */
VMAFDEF int vmaf_model_pipeline_create(VmafModelPipeline **out, const VmafModelPipelineConfig *cfg);

/* Registers an extractor table (it must outlive the pipeline). A table whose name is already
   registered replaces the earlier one (e.g. a GPU addon's "vif" over the CPU one), unless that
   one is already in use (VMAF_ERR_STATE). VMAF_ERR_INVALID_ARGUMENT for a table with a wrong
   abi/size or missing name/create/key/push/destroy; VMAF_ERR_STATE after the first frame. */
VMAFDEF int vmaf_model_pipeline_register(VmafModelPipeline *p, const VmafExtractor *ex);

/* Registers the integer and float extractors of vmaf_vif.h, vmaf_adm.h and vmaf_motion.h that
   were included (declarations, with their implementation linked) before this file's
   implementation; returns how many (0 if none, or with VMAF_MODEL_NO_AUTO_EXTRACTORS), or a
   negative error from vmaf_model_pipeline_register. */
VMAFDEF int vmaf_model_pipeline_register_known(VmafModelPipeline *p);

/* Adds a model (borrowed: it must outlive the pipeline). Creates the extractor instances its
   features need. Returns VMAF_ERR_NOT_FOUND when no registered table provides a feature,
   VMAF_ERR_INVALID_ARGUMENT when an output name is already used by another model, an
   extractor's create() error (e.g. VMAF_ERR_BAD_OPTION, VMAF_ERR_TOO_SMALL),
   VMAF_ERR_STATE after the first frame. */
VMAFDEF int vmaf_model_pipeline_add_model(VmafModelPipeline *p, const VmafModelFile *m);

/* Adds the extractor named `extractor` with libvmaf option text "opt=val:opt=val" (NULL or ""
   for none), libvmaf's `--feature`. Dropped without error when an instance with the same name
   and keys exists (SPEC 7.1). VMAF_ERR_NOT_FOUND for an unregistered name; create() errors;
   VMAF_ERR_STATE after the first frame. */
VMAFDEF int vmaf_model_pipeline_add_feature(VmafModelPipeline *p, const char *extractor,
                                            const char *options);

/* Computes frame number vmaf_model_pipeline_frame_count() (0, 1, 2, ... in push order):
   submit + job_run + complete. Errors: VMAF_ERR_INVALID_ARGUMENT, VMAF_ERR_STATE (after
   flush, after an error, or no free job), extractor errors (VMAF_ERR_MISMATCH ...),
   VMAF_ERR_MISSING_FEATURE (a model feature has no value at a reported frame). A frame refused
   by the pipeline's own check (NULL frame or luma data, VMAF_ERR_MISMATCH: size, bit depth or
   layout differ from the config) is not consumed and the pipeline stays usable; after any other
   error (an extractor's, e.g. VMAF_ERR_BAD_STRIDE) the pipeline refuses further frames and
   flush (VMAF_ERR_STATE). */
VMAFDEF int vmaf_model_pipeline_push(VmafModelPipeline *p, const VmafFrame *ref, const VmafFrame *dis);

/* Frame-parallel API (THREADING above). submit: control thread, frames in order; runs the
   temporal extractors on this frame and returns a job. job_run: any thread; runs the
   non-temporal extractors; returns their first error (also reported by complete).
   complete: control thread, after job_run returned; commits finished frames in order and
   emits the final ones. free_jobs: how many jobs submit can still hand out.
   Out-of-order calls return VMAF_ERR_STATE: submit with no free job or after flush, job_run of
   a job that already ran or was completed, complete before job_run or twice; NULL pointers and
   a job of another pipeline return VMAF_ERR_INVALID_ARGUMENT. */
VMAFDEF int vmaf_model_pipeline_submit(VmafModelPipeline *p, const VmafFrame *ref,
                                       const VmafFrame *dis, VmafModelJob **job);
VMAFDEF int vmaf_model_job_run(VmafModelJob *job);
VMAFDEF int vmaf_model_pipeline_complete(VmafModelPipeline *p, VmafModelJob *job);
VMAFDEF unsigned vmaf_model_pipeline_free_jobs(const VmafModelPipeline *p);

/* End of stream: flushes the extractors and emits the remaining frames. All jobs must be
   completed (VMAF_ERR_STATE otherwise). Call once: a second flush, and pushes after it, return
   VMAF_ERR_STATE. */
VMAFDEF int vmaf_model_pipeline_flush(VmafModelPipeline *p);

/* Frames pushed/submitted so far. */
VMAFDEF unsigned vmaf_model_pipeline_frame_count(const VmafModelPipeline *p);

/* Every key reported so far in libvmaf's column order (features in first-write order, then
   model outputs): what libvmaf's output writers list. NULL for a bad index. */
VMAFDEF unsigned vmaf_model_pipeline_column_count(const VmafModelPipeline *p);
VMAFDEF const char *vmaf_model_pipeline_column(const VmafModelPipeline *p, unsigned i);

/* Pooled value of `key` over every reported frame (libvmaf pools 0..frames-1, every
   subsample-th). VMAF_ERR_NOT_FOUND (unknown key), VMAF_ERR_MISSING_FEATURE (the key lacks a
   value at some reported frame: libvmaf then omits the method), VMAF_ERR_STATE (no frame
   reported yet), VMAF_ERR_INVALID_ARGUMENT. Valid at any time; final after flush. */
VMAFDEF int vmaf_model_pipeline_pooled(const VmafModelPipeline *p, const char *key, int method,
                                       double *out);

VMAFDEF void vmaf_model_pipeline_destroy(VmafModelPipeline *p);

#ifdef __cplusplus
}
#endif
#endif /* VMAF_MODEL_H */

#if (defined(VMAF_MODEL_IMPLEMENTATION) || defined(__INTELLISENSE__)) && !defined(VMAF_MODEL_IMPLEMENTED)
#define VMAF_MODEL_IMPLEMENTED

/* BUILT-IN MODEL NAMES (libvmaf's), in vmaf_model_builtin_name() order:
     vmaf_v0.6.1 (default), vmaf_v0.6.1neg, vmaf_4k_v0.6.1, vmaf_4k_v0.6.1neg,
     vmaf_b_v0.6.3 (collection), vmaf_float_v0.6.1, vmaf_float_v0.6.1neg,
     vmaf_float_4k_v0.6.1, vmaf_float_b_v0.6.3 (collection).
   Sources of the formulas below (libvmaf): read_json_model.c (model JSON), svm.cpp
   (SVMModelParser, Kernel::k_function, svm_predict_values), predict.c
   (vmaf_predict_score_at_index, vmaf_bootstrap_predict_score_at_index, transform,
   piecewise_linear_mapping, percentile), model.c (vmaf_model_feature_overload, collection
   naming), libvmaf.c (vmaf_feature_score_pooled), fex_ctx_vector.c (de-duplication),
   feature_collector.c (column order). */

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

#include <locale.h>

VMAF__FP_BEGIN

VMAFDEF const char *vmaf_model_version(void) { return VMAF_MODEL_VERSION_STRING; }

/* ============================== limits and small helpers ================================== */
#define VMAF__MAX_JSON ((size_t)64 << 20) /* bytes of model JSON */
#define VMAF__MAX_DEPTH 32                /* JSON nesting */
#define VMAF__MAX_MEMBERS_JSON 4096       /* members of one JSON object */
#define VMAF__MAX_ELEMS_JSON (1u << 20)   /* elements of one JSON array */
#define VMAF__MAX_VALUES_JSON (1u << 20)  /* values in one JSON text */
#define VMAF__MAX_FEAT_TABLE 1024         /* distinct (feature, options) pairs of a model file */
#define VMAF__MAX_FEATURES 64             /* libvmaf MAX_FEATURE_COUNT */
#define VMAF__MAX_KNOTS 10                /* libvmaf MAX_KNOT_COUNT */
#define VMAF__MAX_SV 100000u
#define VMAF__MAX_COLL 256                /* collection members */
#define VMAF__MAX_OVERLOADS 64
#define VMAF__MAX_NAME 128
#define VMAF__MAX_KEY 4095
#define VMAF__MAX_COLUMNS 65535u
#define VMAF__NONE 0xffffffffu

/* Grows an array to hold `need` elements of `elem` bytes (doubling). Returns the new block (old
   contents copied, old block freed) or NULL when out of memory (the old block stays valid). */
static void *vmaf__grow(const VmafAllocator *a, void *ptr, size_t *cap, size_t need, size_t elem)
{
    size_t ncap = *cap ? *cap : 8, bytes;
    void *np;
    if (need <= *cap) return ptr;
    while (ncap < need) {
        if (ncap > ((size_t)-1) / 4) return NULL;
        ncap *= 2;
    }
    bytes = vmaf__mul(ncap, elem);
    if (!bytes) return NULL;
    np = vmaf__alloc(a, bytes);
    if (!np) return NULL;
    if (ptr) {
        memcpy(np, ptr, *cap * elem);
        vmaf__free(a, ptr);
    }
    *cap = ncap;
    return np;
}

/* Bump allocator for a model: blocks from the user's allocator, freed together. */
typedef struct vmaf__arena_blk {
    struct vmaf__arena_blk *next;
    size_t size, used;
} vmaf__arena_blk;

typedef struct vmaf__arena {
    const VmafAllocator *a;
    vmaf__arena_blk *head;
} vmaf__arena;

static void *vmaf__arena_get(vmaf__arena *ar, size_t size)
{
    vmaf__arena_blk *b = ar->head;
    size_t hdr = (sizeof(vmaf__arena_blk) + 15) & ~(size_t)15;
    unsigned char *p;
    if (size > ((size_t)1 << 40)) return NULL;
    size = (size + 15) & ~(size_t)15;
    if (!size) size = 16;
    if (!b || b->size - b->used < size) {
        size_t bs = size + hdr > 65536 ? size + hdr : 65536;
        b = (vmaf__arena_blk *)vmaf__alloc(ar->a, bs);
        if (!b) return NULL;
        b->size = bs;
        b->used = hdr;
        b->next = ar->head;
        ar->head = b;
    }
    p = (unsigned char *)b + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

static void vmaf__arena_free(vmaf__arena *ar)
{
    while (ar->head) {
        vmaf__arena_blk *n = ar->head->next;
        vmaf__free(ar->a, ar->head);
        ar->head = n;
    }
}

static char *vmaf__arena_strndup(vmaf__arena *ar, const char *s, size_t n)
{
    char *d = (char *)vmaf__arena_get(ar, n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

static int vmaf__streq_n(const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    return an == bn && !memcmp(a, b, an);
}

/* ============================== decimal -> binary conversion ===============================
   Correctly rounded (round half to even) conversion of decimal text to double or float,
   independent of the C locale and of the C library's strtod. Short inputs take the exact
   fast path (at most 15 digits and |exponent| <= 22: one IEEE operation on exact operands);
   everything else is done exactly with big integers: value = D * 10^e, quotient to 64 bits
   plus a sticky bit, then one rounding. Up to 800 significant digits are kept; further
   non-zero digits become a sticky digit, which cannot change the rounding (a halfway point
   between doubles has at most 767 significant digits). */
#define VMAF__DEC_DIGITS 800
#define VMAF__BIG_LIMBS 160 /* 5120 bits: > 10^1131 << 64 */

typedef struct vmaf__big {
    uint32_t d[VMAF__BIG_LIMBS];
    int n; /* limbs in use; d[n-1] != 0 unless n == 0 */
} vmaf__big;

static void vmaf__big_trim(vmaf__big *b)
{
    while (b->n > 0 && b->d[b->n - 1] == 0) b->n--;
}
static void vmaf__big_muladd(vmaf__big *b, uint32_t mul, uint32_t add)
{
    uint64_t carry = add;
    int i;
    for (i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->d[i] * mul + carry;
        b->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry && b->n < VMAF__BIG_LIMBS) b->d[b->n++] = (uint32_t)carry;
}
static void vmaf__big_pow10(vmaf__big *b, long e) /* b *= 10^e, e >= 0 */
{
    while (e >= 9) {
        vmaf__big_muladd(b, 1000000000u, 0);
        e -= 9;
    }
    if (e > 0) {
        uint32_t m = 1;
        while (e-- > 0) m *= 10;
        vmaf__big_muladd(b, m, 0);
    }
}
static int vmaf__big_bits(const vmaf__big *b)
{
    int bits;
    uint32_t top;
    if (b->n == 0) return 0;
    top = b->d[b->n - 1];
    bits = (b->n - 1) * 32;
    while (top) {
        bits++;
        top >>= 1;
    }
    return bits;
}
static void vmaf__big_shl(vmaf__big *b, int s) /* s >= 0; caller keeps the result in range */
{
    int w = s / 32, r = s % 32, i;
    if (b->n == 0) return;
    if (r) {
        uint32_t carry = 0;
        for (i = 0; i < b->n; i++) {
            uint32_t v = b->d[i];
            b->d[i] = (v << r) | carry;
            carry = v >> (32 - r);
        }
        if (carry) b->d[b->n++] = carry;
    }
    if (w) {
        for (i = b->n - 1; i >= 0; i--) b->d[i + w] = b->d[i];
        for (i = 0; i < w; i++) b->d[i] = 0;
        b->n += w;
    }
}
static void vmaf__big_shr1(vmaf__big *b)
{
    int i;
    for (i = 0; i < b->n; i++) {
        b->d[i] >>= 1;
        if (i + 1 < b->n) b->d[i] |= b->d[i + 1] << 31;
    }
    vmaf__big_trim(b);
}
static int vmaf__big_cmp(const vmaf__big *a, const vmaf__big *b)
{
    int i;
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}
static void vmaf__big_sub(vmaf__big *a, const vmaf__big *b) /* a -= b, a >= b */
{
    int64_t borrow = 0;
    int i;
    for (i = 0; i < a->n; i++) {
        int64_t t = (int64_t)a->d[i] - (i < b->n ? (int64_t)b->d[i] : 0) - borrow;
        borrow = t < 0;
        a->d[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
    }
    vmaf__big_trim(a);
}

/* q * 2^e2 (plus a sticky fraction below q's last bit) rounded to `mant` significant bits with
   exponent range [emin, emax] (53/-1022/1023 for double, 24/-126/127 for float). Returns the
   value as a double (exact), or HUGE_VAL with *range = 1 on overflow. */
static double vmaf__round_bits(uint64_t q, int sticky, long e2, int mant, int emin, int emax, int *range)
{
    int nb = 0, keep;
    long E;
    uint64_t m, t = q;
    while (t) {
        nb++;
        t >>= 1;
    }
    if (nb == 0) return 0.0;
    E = e2 + nb - 1;
    if (E > emax) {
        *range = 1;
        return HUGE_VAL;
    }
    keep = E >= emin ? mant : (int)(mant - (emin - E));
    if (keep < 0) return 0.0;
    if (keep == 0) {
        /* value in [half of the smallest subnormal, twice that): rounds to it unless a tie */
        uint64_t half = (uint64_t)1 << (nb - 1);
        m = (q > half || sticky) ? 1u : 0u;
    } else if (nb <= keep) {
        m = q << (keep - nb);
    } else {
        int shift = nb - keep;
        uint64_t rem = q & ((((uint64_t)1) << shift) - 1), half = (uint64_t)1 << (shift - 1);
        m = q >> shift;
        if (rem > half || (rem == half && (sticky || (m & 1)))) m++;
        if (keep == mant && m == ((uint64_t)1 << mant)) { /* carried into a new binade */
            m >>= 1;
            E++;
            if (E > emax) {
                *range = 1;
                return HUGE_VAL;
            }
        }
    }
    return ldexp((double)m, (int)(E - keep + 1));
}

/* Digits d[0..nd-1] (no leading zero), value D * 10^e; to_float selects float rounding. */
static double vmaf__dec_convert(const char *dig, int nd, long e, int to_float, int *range)
{
    vmaf__big a, b;
    int mant = to_float ? 24 : 53, emin = to_float ? -126 : -1022, emax = to_float ? 127 : 1023;
    int i;
    while (nd > 0 && dig[nd - 1] == '0') {
        nd--;
        e++;
    }
    if (nd == 0) return 0.0;
    if (nd + e > 310) {
        *range = 1;
        return HUGE_VAL;
    }
    if (nd + e < -330) return 0.0;
#if !defined(FLT_EVAL_METHOD) || FLT_EVAL_METHOD == 0
    if (nd <= 15 && e >= -22 && e <= 22) {
        static const double p10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        int64_t v = 0;
        double dv;
        for (i = 0; i < nd; i++) v = v * 10 + (dig[i] - '0');
        dv = (double)v; /* exact: < 10^15 */
        if (!to_float) return e < 0 ? dv / p10[-e] : dv * p10[e];
        /* float: only when the double result is exact (no double rounding) */
        if (e >= 0 && v < ((int64_t)1 << 53) / 1000000000LL && e <= 9) {
            double r = dv * p10[e]; /* exact integer < 2^53 */
            if (r < 9007199254740992.0) {
                int rg = 0;
                uint64_t u = (uint64_t)r;
                return vmaf__round_bits(u, 0, 0, mant, emin, emax, &rg);
            }
        }
    }
#endif
    a.n = 0;
    for (i = 0; i < nd;) { /* D, nine digits at a time */
        uint32_t chunk = 0, mul = 1;
        int k;
        for (k = 0; k < 9 && i < nd; k++, i++) {
            chunk = chunk * 10 + (uint32_t)(dig[i] - '0');
            mul *= 10;
        }
        if (a.n == 0) {
            if (chunk) {
                a.d[0] = chunk;
                a.n = 1;
            }
        } else {
            vmaf__big_muladd(&a, mul, chunk);
        }
    }
    if (e >= 0) {
        int bits, sh;
        uint64_t q = 0;
        int sticky = 0;
        vmaf__big_pow10(&a, e);
        bits = vmaf__big_bits(&a);
        sh = bits > 64 ? bits - 64 : 0;
        for (i = 0; i < 64 && i + sh < bits; i++) { /* top 64 bits */
            int bit = i + sh;
            if ((a.d[bit / 32] >> (bit % 32)) & 1u) q |= (uint64_t)1 << i;
        }
        for (i = 0; i < sh && !sticky; i++)
            if ((a.d[i / 32] >> (i % 32)) & 1u) sticky = 1;
        return vmaf__round_bits(q, sticky, sh, mant, emin, emax, range);
    } else {
        int bd, bm, k, j;
        uint64_t q = 0;
        b.n = 1;
        b.d[0] = 1;
        vmaf__big_pow10(&b, -e);
        bd = vmaf__big_bits(&a);
        bm = vmaf__big_bits(&b);
        k = 63 - bd + bm; /* a * 2^k / b lies in (2^62, 2^64) */
        if (k >= 0) vmaf__big_shl(&a, k);
        else vmaf__big_shl(&b, -k);
        vmaf__big_shl(&b, 63);
        for (j = 63; j >= 0; j--) {
            if (vmaf__big_cmp(&a, &b) >= 0) {
                vmaf__big_sub(&a, &b);
                q |= (uint64_t)1 << j;
            }
            vmaf__big_shr1(&b);
        }
        return vmaf__round_bits(q, a.n != 0, -(long)k, mant, emin, emax, range);
    }
}

/* Scans a number at s[0..n) and converts it. json = 1: RFC 8259 grammar
   (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?); json = 0: the C-like form
   [+-]?(digits[.digits?]|.digits)([eE][+-]?digits)? of libsvm text and option values.
   Returns the length scanned (0 = not a number); *range = 1 if the value overflows. */
static size_t vmaf__scan_number(const char *s, size_t n, int json, int to_float, double *out, int *range)
{
    char dig[VMAF__DEC_DIGITS + 1];
    int nd = 0, neg = 0, any = 0, trunc = 0;
    long dexp = 0, ex = 0;
    size_t i = 0;
    double v;
    *range = 0;
    if (i < n && (s[i] == '-' || (!json && s[i] == '+'))) neg = s[i++] == '-';
    if (json) {
        if (i >= n || s[i] < '0' || s[i] > '9') return 0;
        if (s[i] == '0' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') return 0;
    }
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
        any = 1;
        if (nd == 0 && s[i] == '0') continue;
        if (nd < VMAF__DEC_DIGITS) dig[nd++] = s[i];
        else {
            dexp++;
            if (s[i] != '0') trunc = 1;
        }
    }
    if (i < n && s[i] == '.') {
        size_t f0 = ++i;
        for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
            any = 1;
            if (nd == 0 && s[i] == '0') {
                dexp--;
                continue;
            }
            if (nd < VMAF__DEC_DIGITS) {
                dig[nd++] = s[i];
                dexp--;
            } else if (s[i] != '0') {
                trunc = 1;
            }
        }
        if (json && i == f0) return 0;
    }
    if (!any) return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t e0 = i++;
        int eneg = 0;
        if (i < n && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
        if (i >= n || s[i] < '0' || s[i] > '9') {
            if (json) return 0;
            i = e0; /* C-like: "1e" is the number 1 followed by "e" */
        } else {
            for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
                if (ex < 100000000L) ex = ex * 10 + (s[i] - '0');
            if (eneg) ex = -ex;
        }
    }
    if (trunc) {
        dig[nd++] = '1';
        dexp--;
    }
    v = vmaf__dec_convert(dig, nd, dexp + ex, to_float, range);
    *out = neg ? -v : v;
    return i;
}

/* libvmaf's option-value normalisation (dict.c: strtof, then "%g"), locale-proof: the text
   must be a whole number in the C-like form; writes "%g" of the float value with '.' as the
   decimal point. Returns 1 if `text` was numeric. */
static int vmaf__norm_number(const char *text, size_t n, char *out, size_t outsz)
{
    double v;
    int range;
    size_t k = vmaf__scan_number(text, n, 0, 1, &v, &range);
    const char *dp;
    size_t dl, i, j;
    char tmp[64];
    if (k == 0 || k != n || range) return 0;
    snprintf(tmp, sizeof tmp, "%g", v);
    dp = localeconv()->decimal_point;
    dl = dp ? strlen(dp) : 0;
    for (i = 0, j = 0; tmp[i] && j + 1 < outsz;) {
        if (dl && !(dl == 1 && dp[0] == '.') && !strncmp(tmp + i, dp, dl)) {
            out[j++] = '.';
            i += dl;
        } else {
            out[j++] = tmp[i++];
        }
    }
    out[j] = 0;
    return 1;
}

/* ============================== JSON (RFC 8259) into a small DOM =========================== */
enum { VMAF__J_NULL, VMAF__J_FALSE, VMAF__J_TRUE, VMAF__J_NUM, VMAF__J_STR, VMAF__J_ARR, VMAF__J_OBJ };

typedef struct vmaf__jn {
    int type;
    unsigned count;       /* children of an array or object */
    unsigned first, next; /* first child, next sibling (VMAF__NONE) */
    size_t key, klen;     /* member key in the string pool (object children) */
    size_t str, slen;     /* string value in the pool; number: its text in the input */
    size_t pos;           /* byte offset of the value in the input */
    double num;
} vmaf__jn;

typedef struct vmaf__json {
    const char *s;
    size_t len, i;
    vmaf__jn *n;
    size_t nn, capn;
    char *pool;
    size_t np, cappool;
    const VmafAllocator *a;
    VmafLogFn log;
    void *log_user;
    const char *what; /* "model JSON" */
} vmaf__json;

static void vmaf__linecol(const char *s, size_t len, size_t pos, unsigned *line, unsigned *col)
{
    size_t i;
    *line = 1;
    *col = 1;
    if (pos > len) pos = len;
    for (i = 0; i < pos; i++) {
        if (s[i] == '\n') {
            (*line)++;
            *col = 1;
        } else {
            (*col)++;
        }
    }
}

static int vmaf__jfail(vmaf__json *J, size_t pos, int err, const char *msg)
{
    unsigned line, col;
    vmaf__linecol(J->s, J->len, pos, &line, &col);
    return vmaf__fail(J->log, J->log_user, err, "%s: line %u, column %u: %s", J->what, line, col, msg);
}

static void vmaf__jws(vmaf__json *J)
{
    while (J->i < J->len) {
        char c = J->s[J->i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        J->i++;
    }
}

static int vmaf__jnode(vmaf__json *J, int type, unsigned *out)
{
    void *np;
    if (J->nn >= VMAF__MAX_VALUES_JSON) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "more than 1048576 values");
    np = vmaf__grow(J->a, J->n, &J->capn, J->nn + 1, sizeof(vmaf__jn));
    if (!np) return VMAF_ERR_OUT_OF_MEMORY;
    J->n = (vmaf__jn *)np;
    memset(&J->n[J->nn], 0, sizeof(vmaf__jn));
    J->n[J->nn].type = type;
    J->n[J->nn].first = J->n[J->nn].next = VMAF__NONE;
    J->n[J->nn].pos = J->i;
    *out = (unsigned)J->nn++;
    return VMAF_OK;
}

static int vmaf__jputc(vmaf__json *J, char c)
{
    if (J->np + 1 >= J->cappool) {
        void *np = vmaf__grow(J->a, J->pool, &J->cappool, J->np + 2, 1);
        if (!np) return VMAF_ERR_OUT_OF_MEMORY;
        J->pool = (char *)np;
    }
    J->pool[J->np++] = c;
    return VMAF_OK;
}

static int vmaf__jhex4(const char *s, unsigned *v)
{
    int k;
    *v = 0;
    for (k = 0; k < 4; k++) {
        char c = s[k];
        *v <<= 4;
        if (c >= '0' && c <= '9') *v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') *v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') *v |= (unsigned)(c - 'A' + 10);
        else return 0;
    }
    return 1;
}

/* Parses a string at J->i (on the quote) into the pool; *off and *len locate it (NUL-terminated). */
static int vmaf__jstring(vmaf__json *J, size_t *off, size_t *len)
{
    int err;
    J->i++;
    *off = J->np;
    for (;;) {
        unsigned char c;
        if (J->i >= J->len) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "unterminated string");
        c = (unsigned char)J->s[J->i];
        if (c == '"') {
            J->i++;
            break;
        }
        if (c < 0x20) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "control character in string (escape it)");
        if (c == '\\') {
            char e;
            unsigned cp = 0;
            if (J->i + 1 >= J->len) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "unterminated string");
            e = J->s[J->i + 1];
            switch (e) {
            case '"': case '\\': case '/': cp = (unsigned char)e; break;
            case 'b': cp = 8; break;
            case 'f': cp = 12; break;
            case 'n': cp = 10; break;
            case 'r': cp = 13; break;
            case 't': cp = 9; break;
            case 'u':
                if (J->i + 6 > J->len || !vmaf__jhex4(J->s + J->i + 2, &cp))
                    return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "bad \\u escape");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned lo;
                    if (J->i + 12 > J->len || J->s[J->i + 6] != '\\' || J->s[J->i + 7] != 'u' ||
                        !vmaf__jhex4(J->s + J->i + 8, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                        return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "unpaired UTF-16 surrogate in \\u escape");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    J->i += 6;
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "unpaired UTF-16 surrogate in \\u escape");
                }
                if (cp == 0) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "\\u0000 in a string is not supported");
                J->i += 4;
                break;
            default: return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "bad escape in string");
            }
            J->i += 2;
            if (cp < 0x80) {
                if ((err = vmaf__jputc(J, (char)cp))) return err;
            } else if (cp < 0x800) {
                if ((err = vmaf__jputc(J, (char)(0xC0 | (cp >> 6))))) return err;
                if ((err = vmaf__jputc(J, (char)(0x80 | (cp & 0x3F))))) return err;
            } else if (cp < 0x10000) {
                if ((err = vmaf__jputc(J, (char)(0xE0 | (cp >> 12))))) return err;
                if ((err = vmaf__jputc(J, (char)(0x80 | ((cp >> 6) & 0x3F))))) return err;
                if ((err = vmaf__jputc(J, (char)(0x80 | (cp & 0x3F))))) return err;
            } else {
                if ((err = vmaf__jputc(J, (char)(0xF0 | (cp >> 18))))) return err;
                if ((err = vmaf__jputc(J, (char)(0x80 | ((cp >> 12) & 0x3F))))) return err;
                if ((err = vmaf__jputc(J, (char)(0x80 | ((cp >> 6) & 0x3F))))) return err;
                if ((err = vmaf__jputc(J, (char)(0x80 | (cp & 0x3F))))) return err;
            }
            continue;
        }
        if (c < 0x80) {
            if ((err = vmaf__jputc(J, (char)c))) return err;
            J->i++;
        } else { /* validate one UTF-8 sequence */
            unsigned need, cp, k;
            if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
            else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; }
            else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; }
            else return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "invalid UTF-8");
            if (J->i + need >= J->len) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "invalid UTF-8");
            for (k = 1; k <= need; k++) {
                unsigned char cc = (unsigned char)J->s[J->i + k];
                if ((cc & 0xC0) != 0x80) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "invalid UTF-8");
                cp = (cp << 6) | (cc & 0x3F);
            }
            if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
                return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "invalid UTF-8");
            for (k = 0; k <= need; k++)
                if ((err = vmaf__jputc(J, J->s[J->i + k]))) return err;
            J->i += need + 1;
        }
    }
    *len = J->np - *off;
    return vmaf__jputc(J, 0);
}

static int vmaf__jvalue(vmaf__json *J, int depth, unsigned *out);

static int vmaf__jcontainer(vmaf__json *J, int depth, int obj, unsigned *out)
{
    unsigned self, last = VMAF__NONE, cnt = 0;
    int err = vmaf__jnode(J, obj ? VMAF__J_OBJ : VMAF__J_ARR, &self);
    char close = obj ? '}' : ']';
    if (err) return err;
    if (depth >= VMAF__MAX_DEPTH) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "nesting deeper than 32 levels");
    J->i++;
    vmaf__jws(J);
    if (J->i < J->len && J->s[J->i] == close) {
        J->i++;
        *out = self;
        return VMAF_OK;
    }
    for (;;) {
        unsigned child;
        size_t koff = 0, klen = 0;
        if (obj) {
            unsigned k;
            if (J->i >= J->len || J->s[J->i] != '"')
                return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, J->i >= J->len ? "unexpected end of text" : "expected a member name (string)");
            if ((err = vmaf__jstring(J, &koff, &klen))) return err;
            for (k = J->n[self].first; k != VMAF__NONE; k = J->n[k].next)
                if (J->n[k].klen == klen && !memcmp(J->pool + J->n[k].key, J->pool + koff, klen))
                    return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "duplicate member name");
            vmaf__jws(J);
            if (J->i >= J->len || J->s[J->i] != ':') return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "expected ':'");
            J->i++;
            vmaf__jws(J);
        }
        if ((obj && cnt >= VMAF__MAX_MEMBERS_JSON) || cnt >= VMAF__MAX_ELEMS_JSON)
            return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, obj ? "object with too many members" : "array with too many elements");
        if ((err = vmaf__jvalue(J, depth + 1, &child))) return err;
        J->n[child].key = koff;
        J->n[child].klen = klen;
        if (last == VMAF__NONE) J->n[self].first = child;
        else J->n[last].next = child;
        last = child;
        cnt++;
        J->n[self].count = cnt;
        vmaf__jws(J);
        if (J->i < J->len && J->s[J->i] == ',') {
            J->i++;
            vmaf__jws(J);
            continue;
        }
        if (J->i < J->len && J->s[J->i] == close) {
            J->i++;
            break;
        }
        return vmaf__jfail(J, J->i, VMAF_ERR_PARSE,
                           J->i >= J->len ? "unexpected end of text" : (obj ? "expected ',' or '}'" : "expected ',' or ']'"));
    }
    *out = self;
    return VMAF_OK;
}

static int vmaf__jvalue(vmaf__json *J, int depth, unsigned *out)
{
    int err;
    char c;
    if (J->i >= J->len) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "unexpected end of text");
    c = J->s[J->i];
    if (c == '{' || c == '[') return vmaf__jcontainer(J, depth, c == '{', out);
    if (c == '"') {
        size_t off, len;
        if ((err = vmaf__jnode(J, VMAF__J_STR, out))) return err;
        if ((err = vmaf__jstring(J, &off, &len))) return err;
        J->n[*out].str = off;
        J->n[*out].slen = len;
        return VMAF_OK;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        double v;
        int range;
        size_t k = vmaf__scan_number(J->s + J->i, J->len - J->i, 1, 0, &v, &range);
        if (!k) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "malformed number");
        if (range) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "number out of range (not a finite double)");
        if ((err = vmaf__jnode(J, VMAF__J_NUM, out))) return err;
        J->n[*out].num = v;
        J->n[*out].str = J->i;
        J->n[*out].slen = k;
        J->i += k;
        return VMAF_OK;
    }
    if (J->len - J->i >= 4 && !memcmp(J->s + J->i, "true", 4)) {
        if ((err = vmaf__jnode(J, VMAF__J_TRUE, out))) return err;
        J->i += 4;
        return VMAF_OK;
    }
    if (J->len - J->i >= 5 && !memcmp(J->s + J->i, "false", 5)) {
        if ((err = vmaf__jnode(J, VMAF__J_FALSE, out))) return err;
        J->i += 5;
        return VMAF_OK;
    }
    if (J->len - J->i >= 4 && !memcmp(J->s + J->i, "null", 4)) {
        if ((err = vmaf__jnode(J, VMAF__J_NULL, out))) return err;
        J->i += 4;
        return VMAF_OK;
    }
    return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "unexpected character (expected a JSON value)");
}

static void vmaf__json_free(vmaf__json *J)
{
    vmaf__free(J->a, J->n);
    vmaf__free(J->a, J->pool);
    J->n = NULL;
    J->pool = NULL;
}

/* Parses the whole text; the root is node 0. */
static int vmaf__json_parse(vmaf__json *J)
{
    unsigned root;
    int err;
    if (J->len >= 3 && !memcmp(J->s, "\xEF\xBB\xBF", 3)) J->i = 3; /* UTF-8 byte order mark */
    vmaf__jws(J);
    if ((err = vmaf__jvalue(J, 0, &root))) return err;
    vmaf__jws(J);
    if (J->i != J->len) return vmaf__jfail(J, J->i, VMAF_ERR_PARSE, "text after the JSON value");
    return VMAF_OK;
}

/* Child of object `obj` named `key`, or VMAF__NONE. */
static unsigned vmaf__jget(const vmaf__json *J, unsigned obj, const char *key)
{
    unsigned k;
    for (k = J->n[obj].first; k != VMAF__NONE; k = J->n[k].next)
        if (vmaf__streq_n(J->pool + J->n[k].key, J->n[k].klen, key)) return k;
    return VMAF__NONE;
}

/* ============================== the model ================================================= */
enum { VMAF__TYPE_NONE, VMAF__TYPE_SVR, VMAF__TYPE_BOOTSTRAP, VMAF__TYPE_RESIDUE };
enum { VMAF__NORM_UNSET, VMAF__NORM_NONE, VMAF__NORM_LINEAR };

typedef struct vmaf__feat {
    const char *provided, *options;
} vmaf__feat;

typedef struct vmaf__ovl {
    const char *ext, *opt, *val;
} vmaf__ovl;

/* One nu-SVR model (libvmaf's VmafModel, numbers only). */
typedef struct vmaf__member {
    const char *name;
    int type, norm;
    unsigned n;           /* features */
    unsigned *feat;       /* feature-table index of each feature */
    double slope0, icpt0; /* output (de)normalisation */
    double *slope, *icpt; /* per feature, NULL when not given (norm "none") */
    int clip;
    double clip_lo, clip_hi;
    int tr_on, p_on[3], knots_on, lte, gte;
    double p[3];
    unsigned nknots;
    double kx[VMAF__MAX_KNOTS], ky[VMAF__MAX_KNOTS];
    double gamma, rho;
    unsigned nsv;
    double *coef; /* nsv */
    double *sv;   /* nsv x n, dense (absent entries are 0: (x - 0)^2 == x*x exactly) */
} vmaf__member;

struct VmafModelFile {
    VmafAllocator alloc;
    vmaf__arena arena;
    const char *name, *label;
    vmaf__member *mem; /* [0] main model, [1..] collection members */
    size_t nmem, capmem;
    vmaf__feat *feat;
    size_t nfeat, capfeat;
    vmaf__ovl ovl[VMAF__MAX_OVERLOADS];
    unsigned novl;
    const char **out;
    unsigned nout;
};

typedef struct vmaf__mctx {
    vmaf__json *J;
    VmafModelFile *m;
    unsigned flags;
    char path[256];
    size_t plen;
} vmaf__mctx;

static size_t vmaf__path_push(vmaf__mctx *C, const char *key, unsigned idx, int is_idx)
{
    size_t old = C->plen;
    int k;
    if (is_idx) k = snprintf(C->path + C->plen, sizeof C->path - C->plen, "[%u]", idx);
    else k = snprintf(C->path + C->plen, sizeof C->path - C->plen, "%s%s", C->plen ? "." : "", key);
    if (k > 0) C->plen += (size_t)k;
    if (C->plen >= sizeof C->path) C->plen = sizeof C->path - 1;
    return old;
}
static void vmaf__path_pop(vmaf__mctx *C, size_t old)
{
    C->plen = old;
    C->path[old] = 0;
}

static int vmaf__mfail(vmaf__mctx *C, unsigned node, int err, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static int vmaf__mfail(vmaf__mctx *C, unsigned node, int err, const char *fmt, ...)
{
    char msg[320];
    unsigned line, col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vmaf__linecol(C->J->s, C->J->len, node == VMAF__NONE ? 0 : C->J->n[node].pos, &line, &col);
    return vmaf__fail(C->J->log, C->J->log_user, err, "%s: line %u, column %u (%s): %s", C->J->what, line, col,
                      C->plen ? C->path : "top level", msg);
}

static const char *vmaf__jtype_name(int t)
{
    switch (t) {
    case VMAF__J_NULL: return "null";
    case VMAF__J_FALSE: case VMAF__J_TRUE: return "a boolean";
    case VMAF__J_NUM: return "a number";
    case VMAF__J_STR: return "a string";
    case VMAF__J_ARR: return "an array";
    default: return "an object";
    }
}

static int vmaf__expect(vmaf__mctx *C, unsigned node, int type)
{
    if (C->J->n[node].type == type) return VMAF_OK;
    return vmaf__mfail(C, node, VMAF_ERR_PARSE, "expected %s, found %s", vmaf__jtype_name(type),
                       vmaf__jtype_name(C->J->n[node].type));
}

/* Array of numbers; count must equal `want`. */
static int vmaf__numbers(vmaf__mctx *C, unsigned node, double *out, unsigned want)
{
    unsigned k, i = 0;
    int err = vmaf__expect(C, node, VMAF__J_ARR);
    if (err) return err;
    if (C->J->n[node].count != want)
        return vmaf__mfail(C, node, VMAF_ERR_PARSE, "expected %u numbers, found %u elements", want, C->J->n[node].count);
    for (k = C->J->n[node].first; k != VMAF__NONE; k = C->J->n[k].next, i++) {
        size_t mark = vmaf__path_push(C, NULL, i, 1);
        if ((err = vmaf__expect(C, k, VMAF__J_NUM))) return err;
        vmaf__path_pop(C, mark);
        out[i] = C->J->n[k].num;
    }
    return VMAF_OK;
}

static int vmaf__text_ok(const char *s, size_t n, int allow_sep)
{
    size_t i;
    if (n == 0 || n > 255) return 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f) return 0;
        if (!allow_sep && (c == ':' || c == '=')) return 0;
    }
    return 1;
}

static int vmaf__parse_transform(vmaf__mctx *C, unsigned node, vmaf__member *mb)
{
    vmaf__json *J = C->J;
    unsigned k;
    int err = vmaf__expect(C, node, VMAF__J_OBJ);
    if (err) return err;
    mb->tr_on = 0;
    for (k = J->n[node].first; k != VMAF__NONE; k = J->n[k].next) {
        const char *key = J->pool + J->n[k].key;
        int t = J->n[k].type, pi = -1;
        size_t mark = vmaf__path_push(C, key, 0, 0);
        if (!strcmp(key, "enabled")) {
            if (t != VMAF__J_TRUE && t != VMAF__J_FALSE) return vmaf__mfail(C, k, VMAF_ERR_PARSE, "expected true or false");
            mb->tr_on = t == VMAF__J_TRUE;
        } else if (!strcmp(key, "p0")) pi = 0;
        else if (!strcmp(key, "p1")) pi = 1;
        else if (!strcmp(key, "p2")) pi = 2;
        else if (!strcmp(key, "knots")) {
            unsigned e, i = 0;
            if (t == VMAF__J_NULL) {
                mb->knots_on = 0;
                mb->nknots = 0;
            } else {
                if ((err = vmaf__expect(C, k, VMAF__J_ARR))) return err;
                if (J->n[k].count > VMAF__MAX_KNOTS)
                    return vmaf__mfail(C, k, VMAF_ERR_PARSE, "more than %d knots", VMAF__MAX_KNOTS);
                for (e = J->n[k].first; e != VMAF__NONE; e = J->n[e].next, i++) {
                    double xy[2];
                    size_t m2 = vmaf__path_push(C, NULL, i, 1);
                    if ((err = vmaf__numbers(C, e, xy, 2))) return err;
                    vmaf__path_pop(C, m2);
                    mb->kx[i] = xy[0];
                    mb->ky[i] = xy[1];
                }
                mb->nknots = i;
                mb->knots_on = 1;
            }
        } else if (!strcmp(key, "out_lte_in") || !strcmp(key, "out_gte_in")) {
            int on;
            if ((err = vmaf__expect(C, k, VMAF__J_STR))) return err;
            on = vmaf__streq_n(J->pool + J->n[k].str, J->n[k].slen, "true");
            if (key[4] == 'l') mb->lte |= on;
            else mb->gte |= on;
        }
        if (pi >= 0) {
            if (t == VMAF__J_NULL) mb->p_on[pi] = 0;
            else {
                if ((err = vmaf__expect(C, k, VMAF__J_NUM))) return err;
                mb->p_on[pi] = 1;
                mb->p[pi] = J->n[k].num;
            }
        }
        vmaf__path_pop(C, mark);
    }
    if (!mb->tr_on && (C->flags & VMAF_MODEL_ENABLE_TRANSFORM)) mb->tr_on = 1;
    return VMAF_OK;
}

/* Option text of one feature_opts_dicts entry: "k=v:k=v", values normalised as libvmaf. */
static int vmaf__parse_opts(vmaf__mctx *C, unsigned node, char *buf, size_t bufsz)
{
    vmaf__json *J = C->J;
    unsigned k;
    size_t len = 0;
    int err = vmaf__expect(C, node, VMAF__J_OBJ);
    if (err) return err;
    buf[0] = 0;
    for (k = J->n[node].first; k != VMAF__NONE; k = J->n[k].next) {
        const char *key = J->pool + J->n[k].key;
        char val[300];
        size_t mark;
        int w;
        if (!vmaf__text_ok(key, J->n[k].klen, 0) || strchr(key, '.'))
            return vmaf__mfail(C, k, VMAF_ERR_PARSE, "bad option name (1..255 printable characters, no ':', '=', '.')");
        mark = vmaf__path_push(C, key, 0, 0);
        switch (J->n[k].type) {
        case VMAF__J_NUM:
            if (!vmaf__norm_number(J->s + J->n[k].str, J->n[k].slen, val, sizeof val))
                return vmaf__mfail(C, k, VMAF_ERR_PARSE, "option value out of float range");
            break;
        case VMAF__J_TRUE: strcpy(val, "true"); break;
        case VMAF__J_FALSE: strcpy(val, "false"); break;
        case VMAF__J_STR:
            if (!vmaf__text_ok(J->pool + J->n[k].str, J->n[k].slen, 0))
                return vmaf__mfail(C, k, VMAF_ERR_PARSE, "bad option value (1..255 printable characters, no ':' or '=')");
            memcpy(val, J->pool + J->n[k].str, J->n[k].slen + 1);
            break;
        default: return vmaf__mfail(C, k, VMAF_ERR_PARSE, "option value must be a number, true, false or a string");
        }
        w = snprintf(buf + len, bufsz - len, "%s%s=%s", len ? ":" : "", key, val);
        if (w < 0 || (size_t)w >= bufsz - len) return vmaf__mfail(C, k, VMAF_ERR_PARSE, "options too long");
        len += (size_t)w;
        vmaf__path_pop(C, mark);
    }
    return VMAF_OK;
}

static int vmaf__feat_index(VmafModelFile *m, const char *provided, size_t plen, const char *options, unsigned *out)
{
    size_t i;
    void *np;
    for (i = 0; i < m->nfeat; i++)
        if (vmaf__streq_n(provided, plen, m->feat[i].provided) && !strcmp(m->feat[i].options, options)) {
            *out = (unsigned)i;
            return VMAF_OK;
        }
    if (m->nfeat >= VMAF__MAX_FEAT_TABLE) return VMAF_ERR_TOO_LARGE;
    np = vmaf__grow(&m->alloc, m->feat, &m->capfeat, m->nfeat + 1, sizeof(vmaf__feat));
    if (!np) return VMAF_ERR_OUT_OF_MEMORY;
    m->feat = (vmaf__feat *)np;
    m->feat[m->nfeat].provided = vmaf__arena_strndup(&m->arena, provided, plen);
    m->feat[m->nfeat].options = vmaf__arena_strndup(&m->arena, options, strlen(options));
    if (!m->feat[m->nfeat].provided || !m->feat[m->nfeat].options) return VMAF_ERR_OUT_OF_MEMORY;
    *out = (unsigned)m->nfeat++;
    return VMAF_OK;
}

/* ---- libsvm text (svm.cpp SVMModelParser): header tokens, "SV", one vector per line ---- */
typedef struct vmaf__svmtxt {
    const char *s;
    size_t n, i;
    unsigned line;
} vmaf__svmtxt;

static int vmaf__svm_sep(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static size_t vmaf__svm_token(vmaf__svmtxt *T, const char **tok)
{
    size_t b;
    while (T->i < T->n && vmaf__svm_sep(T->s[T->i])) {
        if (T->s[T->i] == '\n') T->line++;
        T->i++;
    }
    b = T->i;
    while (T->i < T->n && !vmaf__svm_sep(T->s[T->i])) T->i++;
    *tok = T->s + b;
    return T->i - b;
}

static int vmaf__svm_num(vmaf__svmtxt *T, double *v)
{
    const char *t;
    size_t n = vmaf__svm_token(T, &t);
    int range;
    return n && vmaf__scan_number(t, n, 0, 0, v, &range) == n && !range;
}

static int vmaf__svm_int(vmaf__svmtxt *T, long *v)
{
    const char *t;
    size_t n = vmaf__svm_token(T, &t), i = 0;
    int neg = 0;
    *v = 0;
    if (n && (t[0] == '-' || t[0] == '+')) neg = t[i++] == '-';
    if (i >= n) return 0;
    for (; i < n; i++) {
        if (t[i] < '0' || t[i] > '9' || *v > 100000000L) return 0;
        *v = *v * 10 + (t[i] - '0');
    }
    if (neg) *v = -*v;
    return 1;
}

static int vmaf__parse_svm(vmaf__mctx *C, unsigned node, vmaf__member *mb)
{
    vmaf__json *J = C->J;
    vmaf__svmtxt T;
    const char *tok;
    size_t tl;
    long nr_class = 0, total = -1, v;
    int have_type = 0, have_kernel = 0, have_gamma = 0, have_rho = 0;
    unsigned j;
    T.s = J->pool + J->n[node].str;
    T.n = J->n[node].slen;
    T.i = 0;
    T.line = 1;
#define VMAF__SVMFAIL(code, ...)                                                                  \
    do {                                                                                         \
        char m_[200];                                                                            \
        snprintf(m_, sizeof m_, __VA_ARGS__);                                                    \
        return vmaf__mfail(C, node, code, "libsvm text, line %u: %s", T.line, m_);              \
    } while (0)
    for (;;) {
        tl = vmaf__svm_token(&T, &tok);
        if (!tl) VMAF__SVMFAIL(VMAF_ERR_PARSE, "no \"SV\" section");
        if (tl == 2 && !memcmp(tok, "SV", 2)) break;
        if (tl == 8 && !memcmp(tok, "svm_type", 8)) {
            tl = vmaf__svm_token(&T, &tok);
            if (vmaf__streq_n(tok, tl, "nu_svr") || vmaf__streq_n(tok, tl, "epsilon_svr")) have_type = 1;
            else if (vmaf__streq_n(tok, tl, "c_svc") || vmaf__streq_n(tok, tl, "nu_svc") || vmaf__streq_n(tok, tl, "one_class"))
                VMAF__SVMFAIL(VMAF_ERR_UNSUPPORTED, "svm_type %.*s is not a regression (nu_svr/epsilon_svr)", (int)tl, tok);
            else VMAF__SVMFAIL(VMAF_ERR_PARSE, "unknown svm_type \"%.*s\"", (int)(tl > 40 ? 40 : tl), tok);
        } else if (tl == 11 && !memcmp(tok, "kernel_type", 11)) {
            tl = vmaf__svm_token(&T, &tok);
            if (vmaf__streq_n(tok, tl, "rbf")) have_kernel = 1;
            else if (vmaf__streq_n(tok, tl, "linear") || vmaf__streq_n(tok, tl, "polynomial") ||
                     vmaf__streq_n(tok, tl, "sigmoid") || vmaf__streq_n(tok, tl, "precomputed"))
                VMAF__SVMFAIL(VMAF_ERR_UNSUPPORTED, "kernel_type %.*s is not supported (only rbf)", (int)tl, tok);
            else VMAF__SVMFAIL(VMAF_ERR_PARSE, "unknown kernel_type \"%.*s\"", (int)(tl > 40 ? 40 : tl), tok);
        } else if (vmaf__streq_n(tok, tl, "gamma")) {
            if (!vmaf__svm_num(&T, &mb->gamma)) VMAF__SVMFAIL(VMAF_ERR_PARSE, "bad gamma");
            have_gamma = 1;
        } else if (vmaf__streq_n(tok, tl, "coef0")) {
            double d;
            if (!vmaf__svm_num(&T, &d)) VMAF__SVMFAIL(VMAF_ERR_PARSE, "bad coef0");
        } else if (vmaf__streq_n(tok, tl, "degree")) {
            if (!vmaf__svm_int(&T, &v)) VMAF__SVMFAIL(VMAF_ERR_PARSE, "bad degree");
        } else if (vmaf__streq_n(tok, tl, "nr_class")) {
            if (!vmaf__svm_int(&T, &nr_class) || nr_class != 2)
                VMAF__SVMFAIL(VMAF_ERR_PARSE, "nr_class must be 2 for a regression model");
        } else if (vmaf__streq_n(tok, tl, "total_sv")) {
            if (!vmaf__svm_int(&T, &total) || total < 1 || total > (long)VMAF__MAX_SV)
                VMAF__SVMFAIL(VMAF_ERR_PARSE, "total_sv must be 1..%u", VMAF__MAX_SV);
        } else if (vmaf__streq_n(tok, tl, "rho") || vmaf__streq_n(tok, tl, "probA") || vmaf__streq_n(tok, tl, "probB")) {
            double d;
            int is_rho = tl == 3;
            if (!nr_class) VMAF__SVMFAIL(VMAF_ERR_PARSE, "%.*s before nr_class", (int)tl, tok);
            if (!vmaf__svm_num(&T, &d)) VMAF__SVMFAIL(VMAF_ERR_PARSE, "bad number after %s", is_rho ? "rho" : "probA/probB");
            if (is_rho) {
                mb->rho = d;
                have_rho = 1;
            }
        } else if (vmaf__streq_n(tok, tl, "label") || vmaf__streq_n(tok, tl, "nr_sv")) {
            long c;
            if (!nr_class) VMAF__SVMFAIL(VMAF_ERR_PARSE, "%.*s before nr_class", (int)tl, tok);
            for (c = 0; c < nr_class; c++)
                if (!vmaf__svm_int(&T, &v)) VMAF__SVMFAIL(VMAF_ERR_PARSE, "bad integer in label/nr_sv");
        } else {
            VMAF__SVMFAIL(VMAF_ERR_PARSE, "unknown text \"%.*s\" in the header", (int)(tl > 40 ? 40 : tl), tok);
        }
    }
    if (!have_type) VMAF__SVMFAIL(VMAF_ERR_PARSE, "svm_type missing");
    if (!have_kernel) VMAF__SVMFAIL(VMAF_ERR_PARSE, "kernel_type missing");
    if (!have_gamma) VMAF__SVMFAIL(VMAF_ERR_PARSE, "gamma missing");
    if (!nr_class) VMAF__SVMFAIL(VMAF_ERR_PARSE, "nr_class missing");
    if (total < 0) VMAF__SVMFAIL(VMAF_ERR_PARSE, "total_sv missing");
    if (!have_rho) VMAF__SVMFAIL(VMAF_ERR_PARSE, "rho missing");
    while (T.i < T.n && (T.s[T.i] == ' ' || T.s[T.i] == '\t' || T.s[T.i] == '\r')) T.i++;
    if (T.i < T.n && T.s[T.i] != '\n') VMAF__SVMFAIL(VMAF_ERR_PARSE, "text after \"SV\" on its line");
    if (T.i < T.n) {
        T.i++;
        T.line++;
    }
    {   /* enough lines for total_sv? (checked before allocating) */
        size_t q, lines = T.i < T.n ? 1 : 0;
        for (q = T.i; q < T.n; q++) lines += T.s[q] == '\n';
        if (lines < (size_t)total) VMAF__SVMFAIL(VMAF_ERR_PARSE, "expected %ld support vectors, found at most %lu lines", total, (unsigned long)lines);
    }
    mb->nsv = (unsigned)total;
    mb->coef = (double *)vmaf__arena_get(&C->m->arena, sizeof(double) * mb->nsv);
    mb->sv = (double *)vmaf__arena_get(&C->m->arena, vmaf__mul(sizeof(double) * mb->n, mb->nsv));
    if (!mb->coef || !mb->sv) return VMAF_ERR_OUT_OF_MEMORY;
    for (j = 0; j < mb->nsv; j++, T.line++) {
        size_t eol = T.i, k;
        unsigned last = 0;
        int range;
        while (eol < T.n && T.s[eol] != '\n') eol++;
        while (T.i < eol && (T.s[T.i] == ' ' || T.s[T.i] == '\t' || T.s[T.i] == '\r')) T.i++;
        if (T.i >= eol) VMAF__SVMFAIL(VMAF_ERR_PARSE, "expected %u support vectors, found %u", mb->nsv, j);
        k = vmaf__scan_number(T.s + T.i, eol - T.i, 0, 0, &mb->coef[j], &range);
        if (!k || range || (T.i + k < eol && !vmaf__svm_sep(T.s[T.i + k])))
            VMAF__SVMFAIL(VMAF_ERR_PARSE, "bad coefficient");
        T.i += k;
        for (;;) {
            unsigned long idx = 0;
            double val;
            while (T.i < eol && (T.s[T.i] == ' ' || T.s[T.i] == '\t' || T.s[T.i] == '\r')) T.i++;
            if (T.i >= eol) break;
            k = T.i;
            while (T.i < eol && T.s[T.i] >= '0' && T.s[T.i] <= '9' && idx <= 1000000) idx = idx * 10 + (unsigned long)(T.s[T.i++] - '0');
            if (T.i == k || T.i >= eol || T.s[T.i] != ':') VMAF__SVMFAIL(VMAF_ERR_PARSE, "expected index:value");
            T.i++;
            k = vmaf__scan_number(T.s + T.i, eol - T.i, 0, 0, &val, &range);
            if (!k || range || (T.i + k < eol && !vmaf__svm_sep(T.s[T.i + k])))
                VMAF__SVMFAIL(VMAF_ERR_PARSE, "bad value after index %lu", idx);
            T.i += k;
            if (idx < 1 || idx > mb->n)
                VMAF__SVMFAIL(VMAF_ERR_PARSE, "feature index %lu outside 1..%u (the model's features)", idx, mb->n);
            if (idx <= last) VMAF__SVMFAIL(VMAF_ERR_PARSE, "feature indices must increase");
            last = (unsigned)idx;
            mb->sv[(size_t)j * mb->n + (idx - 1)] = val;
        }
        T.i = eol < T.n ? eol + 1 : eol;
    }
    for (; T.i < T.n; T.i++)
        if (!vmaf__svm_sep(T.s[T.i])) VMAF__SVMFAIL(VMAF_ERR_PARSE, "text after the last support vector");
#undef VMAF__SVMFAIL
    return VMAF_OK;
}

static int vmaf__name_ok(const char *s)
{
    size_t i, n = s ? strlen(s) : 0;
    if (n == 0 || n > VMAF__MAX_NAME) return 0;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] <= 0x20 || (unsigned char)s[i] >= 0x7f) return 0;
    return 1;
}

/* One model object (an object with "model_dict"), libvmaf read_json_model.c parse_model_dict. */
static int vmaf__parse_member(vmaf__mctx *C, unsigned top, vmaf__member *mb)
{
    vmaf__json *J = C->J;
    unsigned md, k, n_names = VMAF__NONE, n_opts = VMAF__NONE, n_slopes = VMAF__NONE, n_icpt = VMAF__NONE,
                    n_svm = VMAF__NONE, i;
    size_t mark0;
    int err;
    char opts[1024];
    double tmp[VMAF__MAX_FEATURES + 1];
    if ((err = vmaf__expect(C, top, VMAF__J_OBJ))) return err;
    md = vmaf__jget(J, top, "model_dict");
    if (md == VMAF__NONE) return vmaf__mfail(C, top, VMAF_ERR_PARSE, "no \"model_dict\"");
    mark0 = vmaf__path_push(C, "model_dict", 0, 0);
    if ((err = vmaf__expect(C, md, VMAF__J_OBJ))) return err;
    for (k = J->n[md].first; k != VMAF__NONE; k = J->n[k].next) {
        const char *key = J->pool + J->n[k].key;
        size_t mark = vmaf__path_push(C, key, 0, 0);
        if (!strcmp(key, "score_transform")) {
            if ((err = vmaf__parse_transform(C, k, mb))) return err;
        } else if (!strcmp(key, "model_type")) {
            const char *t;
            if ((err = vmaf__expect(C, k, VMAF__J_STR))) return err;
            t = J->pool + J->n[k].str;
            if (!strcmp(t, "LIBSVMNUSVR")) mb->type = VMAF__TYPE_SVR;
            else if (!strcmp(t, "BOOTSTRAP_LIBSVMNUSVR")) mb->type = VMAF__TYPE_BOOTSTRAP;
            else if (!strcmp(t, "RESIDUEBOOTSTRAP_LIBSVMNUSVR")) mb->type = VMAF__TYPE_RESIDUE;
            else return vmaf__mfail(C, k, VMAF_ERR_PARSE, "unknown model_type (LIBSVMNUSVR, BOOTSTRAP_LIBSVMNUSVR, RESIDUEBOOTSTRAP_LIBSVMNUSVR)");
        } else if (!strcmp(key, "norm_type")) {
            const char *t;
            if ((err = vmaf__expect(C, k, VMAF__J_STR))) return err;
            t = J->pool + J->n[k].str;
            if (!strcmp(t, "linear_rescale")) mb->norm = VMAF__NORM_LINEAR;
            else if (!strcmp(t, "none")) mb->norm = VMAF__NORM_NONE;
            else return vmaf__mfail(C, k, VMAF_ERR_PARSE, "unknown norm_type (linear_rescale, none)");
        } else if (!strcmp(key, "score_clip")) {
            double lh[2];
            if ((err = vmaf__numbers(C, k, lh, 2))) return err;
            if (!(C->flags & VMAF_MODEL_DISABLE_CLIP)) {
                mb->clip = 1;
                mb->clip_lo = lh[0];
                mb->clip_hi = lh[1];
            }
        } else if (!strcmp(key, "chroma_correction_parameter")) {
            return vmaf__mfail(C, k, VMAF_ERR_UNSUPPORTED, "chroma correction (v1.0.16 models) is not supported");
        } else if (!strcmp(key, "slopes")) n_slopes = k;
        else if (!strcmp(key, "intercepts")) n_icpt = k;
        else if (!strcmp(key, "feature_names")) n_names = k;
        else if (!strcmp(key, "feature_opts_dicts")) n_opts = k;
        else if (!strcmp(key, "model")) {
            if ((err = vmaf__expect(C, k, VMAF__J_STR))) return err;
            n_svm = k;
        }
        vmaf__path_pop(C, mark);
    }
    if (!mb->norm) return vmaf__mfail(C, md, VMAF_ERR_PARSE, "\"norm_type\" missing");
    if (n_names == VMAF__NONE) return vmaf__mfail(C, md, VMAF_ERR_PARSE, "\"feature_names\" missing");
    if (n_svm == VMAF__NONE) return vmaf__mfail(C, md, VMAF_ERR_PARSE, "\"model\" (libsvm text) missing");
    {
        size_t mark = vmaf__path_push(C, "feature_names", 0, 0);
        if ((err = vmaf__expect(C, n_names, VMAF__J_ARR))) return err;
        mb->n = J->n[n_names].count;
        if (mb->n < 1 || mb->n > VMAF__MAX_FEATURES)
            return vmaf__mfail(C, n_names, VMAF_ERR_PARSE, "1..%d feature names expected, found %u", VMAF__MAX_FEATURES, mb->n);
        vmaf__path_pop(C, mark);
    }
    mb->feat = (unsigned *)vmaf__arena_get(&C->m->arena, sizeof(unsigned) * mb->n);
    if (!mb->feat) return VMAF_ERR_OUT_OF_MEMORY;
    if (n_opts != VMAF__NONE) {
        size_t mark = vmaf__path_push(C, "feature_opts_dicts", 0, 0);
        if ((err = vmaf__expect(C, n_opts, VMAF__J_ARR))) return err;
        if (J->n[n_opts].count > mb->n)
            return vmaf__mfail(C, n_opts, VMAF_ERR_PARSE, "%u option objects for %u features", J->n[n_opts].count, mb->n);
        vmaf__path_pop(C, mark);
    }
    {
        unsigned kn = J->n[n_names].first, ko = n_opts == VMAF__NONE ? VMAF__NONE : J->n[n_opts].first;
        for (i = 0; i < mb->n; i++, kn = J->n[kn].next) {
            size_t mark = vmaf__path_push(C, "feature_names", 0, 0);
            vmaf__path_push(C, NULL, i, 1);
            if ((err = vmaf__expect(C, kn, VMAF__J_STR))) return err;
            if (!vmaf__text_ok(J->pool + J->n[kn].str, J->n[kn].slen, 1))
                return vmaf__mfail(C, kn, VMAF_ERR_PARSE, "bad feature name (1..255 printable characters)");
            vmaf__path_pop(C, mark);
            opts[0] = 0;
            if (ko != VMAF__NONE) {
                mark = vmaf__path_push(C, "feature_opts_dicts", 0, 0);
                vmaf__path_push(C, NULL, i, 1);
                if ((err = vmaf__parse_opts(C, ko, opts, sizeof opts))) return err;
                vmaf__path_pop(C, mark);
                ko = J->n[ko].next;
            }
            if ((err = vmaf__feat_index(C->m, J->pool + J->n[kn].str, J->n[kn].slen, opts, &mb->feat[i])))
                return err == VMAF_ERR_TOO_LARGE ? vmaf__mfail(C, kn, VMAF_ERR_PARSE, "more than %d distinct features in the file",
                                                               VMAF__MAX_FEAT_TABLE)
                                                 : err;
        }
    }
    if (n_slopes == VMAF__NONE || n_icpt == VMAF__NONE) {
        if (mb->norm == VMAF__NORM_LINEAR)
            return vmaf__mfail(C, md, VMAF_ERR_PARSE, "linear_rescale needs \"slopes\" and \"intercepts\"");
    }
    for (i = 0; i < 2; i++) {
        unsigned nd = i ? n_icpt : n_slopes;
        double *arr;
        size_t mark;
        if (nd == VMAF__NONE) continue;
        mark = vmaf__path_push(C, i ? "intercepts" : "slopes", 0, 0);
        if ((err = vmaf__numbers(C, nd, tmp, mb->n + 1))) return err;
        vmaf__path_pop(C, mark);
        arr = (double *)vmaf__arena_get(&C->m->arena, sizeof(double) * mb->n);
        if (!arr) return VMAF_ERR_OUT_OF_MEMORY;
        memcpy(arr, tmp + 1, sizeof(double) * mb->n);
        if (i) {
            mb->icpt0 = tmp[0];
            mb->icpt = arr;
        } else {
            mb->slope0 = tmp[0];
            mb->slope = arr;
        }
    }
    {
        size_t mark = vmaf__path_push(C, "model", 0, 0);
        if ((err = vmaf__parse_svm(C, n_svm, mb))) return err;
        vmaf__path_pop(C, mark);
    }
    vmaf__path_pop(C, mark0);
    return VMAF_OK;
}

static int vmaf__add_member(vmaf__mctx *C, unsigned top, const char *name)
{
    VmafModelFile *m = C->m;
    vmaf__member *mb;
    void *np = vmaf__grow(&m->alloc, m->mem, &m->capmem, m->nmem + 1, sizeof(vmaf__member));
    if (!np) return VMAF_ERR_OUT_OF_MEMORY;
    m->mem = (vmaf__member *)np;
    mb = &m->mem[m->nmem++];
    memset(mb, 0, sizeof *mb);
    mb->name = vmaf__arena_strndup(&m->arena, name, strlen(name));
    if (!mb->name) return VMAF_ERR_OUT_OF_MEMORY;
    return vmaf__parse_member(C, top, mb);
}

static int vmaf__interpret(vmaf__mctx *C)
{
    vmaf__json *J = C->J;
    VmafModelFile *m = C->m;
    unsigned root = 0, k, expect = 0, i;
    int err;
    char name[VMAF__MAX_NAME + 16];
    if (J->n[root].type != VMAF__J_OBJ) return vmaf__mfail(C, root, VMAF_ERR_PARSE, "a model is a JSON object");
    if (vmaf__jget(J, root, "model_dict") != VMAF__NONE) {
        if ((err = vmaf__add_member(C, root, m->name))) return err;
    } else {
        for (k = J->n[root].first; k != VMAF__NONE; k = J->n[k].next) {
            char want[16];
            size_t mark;
            snprintf(want, sizeof want, "%u", expect);
            if (!vmaf__streq_n(J->pool + J->n[k].key, J->n[k].klen, want)) continue;
            if (expect > VMAF__MAX_COLL) return vmaf__mfail(C, k, VMAF_ERR_PARSE, "more than %d collection members", VMAF__MAX_COLL);
            if (expect == 0) snprintf(name, sizeof name, "%s", m->name);
            else snprintf(name, sizeof name, "%s_%04u", m->name, expect);
            mark = vmaf__path_push(C, want, 0, 0);
            if ((err = vmaf__add_member(C, k, name))) return err;
            vmaf__path_pop(C, mark);
            expect++;
        }
        if (expect < 2)
            return vmaf__mfail(C, root, VMAF_ERR_PARSE,
                               "not a model: no \"model_dict\" (single model) and no members \"0\" and \"1\" (collection)");
        for (i = 1; i < m->nmem; i++)
            if (m->mem[i].type != m->mem[1].type ||
                (m->mem[i].type != VMAF__TYPE_BOOTSTRAP && m->mem[i].type != VMAF__TYPE_RESIDUE))
                return vmaf__mfail(C, root, VMAF_ERR_PARSE,
                                   "collection member \"%u\": model_type must be BOOTSTRAP_LIBSVMNUSVR or "
                                   "RESIDUEBOOTSTRAP_LIBSVMNUSVR, the same for every member", i);
    }
    /* output names */
    m->nout = m->nmem == 1 ? 1u : (unsigned)m->nmem + 4u;
    m->out = (const char **)vmaf__arena_get(&m->arena, sizeof(char *) * m->nout);
    if (!m->out) return VMAF_ERR_OUT_OF_MEMORY;
    for (i = 0; i < m->nmem; i++) m->out[i] = m->mem[i].name;
    if (m->nmem > 1) {
        static const char *const suf[4] = {"_bagging", "_stddev", "_ci_p95_lo", "_ci_p95_hi"};
        for (i = 0; i < 4; i++) {
            snprintf(name, sizeof name, "%s%s", m->name, suf[i]);
            if (!(m->out[m->nmem + i] = vmaf__arena_strndup(&m->arena, name, strlen(name)))) return VMAF_ERR_OUT_OF_MEMORY;
        }
    }
    return VMAF_OK;
}

static int vmaf__model_new(const VmafModelOptions *opt, const char *label, VmafModelFile **mp)
{
    VmafModelFile *m;
    VmafAllocator a;
    const char *name = opt && opt->name ? opt->name : "vmaf";
    memset(&a, 0, sizeof a);
    if (opt) a = opt->allocator;
    if ((a.alloc == NULL) != (a.free == NULL))
        return vmaf__fail(opt ? opt->log : NULL, opt ? opt->log_user : NULL, VMAF_ERR_INVALID_ARGUMENT,
                          "allocator: set both alloc and free, or neither");
    if (!vmaf__name_ok(name))
        return vmaf__fail(opt ? opt->log : NULL, opt ? opt->log_user : NULL, VMAF_ERR_INVALID_ARGUMENT,
                          "model name must be 1..%d printable characters without spaces", VMAF__MAX_NAME);
    if (opt && (opt->flags & ~(unsigned)(VMAF_MODEL_ENABLE_TRANSFORM | VMAF_MODEL_DISABLE_CLIP)))
        return vmaf__fail(opt->log, opt->log_user, VMAF_ERR_INVALID_ARGUMENT, "unknown model flags 0x%x", opt->flags);
    m = (VmafModelFile *)vmaf__alloc(&a, sizeof *m);
    if (!m) return VMAF_ERR_OUT_OF_MEMORY;
    memset(m, 0, sizeof *m);
    m->alloc = a;
    m->arena.a = &m->alloc;
    m->name = vmaf__arena_strndup(&m->arena, name, strlen(name));
    m->label = vmaf__arena_strndup(&m->arena, label ? label : "", label ? strlen(label) : 0);
    if (!m->name || !m->label) {
        vmaf_model_free(m);
        return VMAF_ERR_OUT_OF_MEMORY;
    }
    *mp = m;
    return VMAF_OK;
}

static int vmaf__model_load(VmafModelFile **out, const char *json, size_t len, const VmafModelOptions *opt,
                            const char *label, const char *what)
{
    VmafModelFile *m = NULL;
    vmaf__json J;
    vmaf__mctx C;
    int err;
    VmafLogFn log = opt ? opt->log : NULL;
    void *lu = opt ? opt->log_user : NULL;
    if (!out) return VMAF_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!json) return vmaf__fail(log, lu, VMAF_ERR_INVALID_ARGUMENT, "model JSON: NULL text");
    if (len > VMAF__MAX_JSON) return vmaf__fail(log, lu, VMAF_ERR_TOO_LARGE, "model JSON: larger than 64 MiB");
    if ((err = vmaf__model_new(opt, label, &m))) return err;
    memset(&J, 0, sizeof J);
    J.s = json;
    J.len = len;
    J.a = &m->alloc;
    J.log = log;
    J.log_user = lu;
    J.what = what;
    err = vmaf__json_parse(&J);
    if (!err) {
        memset(&C, 0, sizeof C);
        C.J = &J;
        C.m = m;
        C.flags = opt ? opt->flags : 0;
        err = vmaf__interpret(&C);
    }
    vmaf__json_free(&J);
    if (err) {
        vmaf_model_free(m);
        return err;
    }
    *out = m;
    return VMAF_OK;
}

/* ============================== built-in models =========================================== */
#if !defined(VMAF_MODEL_NO_BUILTIN)
/* >>> vmaf builtin models >>> */
/* Built-in model data, GENERATED by tools/gen_builtin_models.py from the model files in
   tests/data/models (Netflix's): do not edit by hand; `make test` checks that it is up to date.

   The models are Netflix's, distributed under the BSD+Patent license:
   Copyright (c) 2020 Netflix, Inc. (SPDX: BSD-2-Clause-Patent)
   Redistribution and use in source and binary forms, with or without modification, are
   permitted provided that the following conditions are met: 1. Redistributions of source code
   must retain the above copyright notice, this list of conditions and the following
   disclaimer. 2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation and/or other
   materials provided with the distribution. Subject to the terms and conditions of this
   license, each copyright holder and contributor hereby grants to those receiving rights under
   this license a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable
   (except for failure to satisfy the conditions of this license) patent license to make, have
   made, use, offer to sell, sell, import, and otherwise transfer this software, where such
   license applies only to those patent claims, already acquired or hereafter acquired,
   licensable by such copyright holder or contributor that are necessarily infringed by: (a)
   their Contribution(s) (the licensed copyrights of copyright holders and non-copyrightable
   additions of contributors, in source or binary form) alone; or (b) combination of their
   Contribution(s) with the work of authorship to which such Contribution(s) was added by such
   copyright holder or contributor, if, at the time the Contribution is added, such addition
   causes such combination to be necessarily infringed. The patent license shall not apply to
   any other combinations which include the Contribution. Except as expressly stated above, no
   rights or licenses from any copyright holder or contributor is granted under this license,
   whether expressly, by implication, estoppel or otherwise.
   THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS
   OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
   MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE
   COPYRIGHT HOLDERS OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
   EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE
   GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED
   AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
   NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED
   OF THE POSSIBILITY OF SUCH DAMAGE. */
typedef struct vmaf__bi_entry {
    const char *name;
    unsigned chunk, nchunks; /* range in vmaf__bi_text */
    unsigned block;          /* first block in vmaf__bi_blocks */
} vmaf__bi_entry;
static const char *const vmaf__bi_rows[699] = {
    "1:0.65734273 2:0.34681232 3:0.093755557 4:0.60913934 5:0.69117362 6:0.73495824 ",
    "1:0.8727433 2:0.49612229 3:0.59146724 4:0.78105663 5:0.84916292 6:0.8882561 ",
    "1:0.89890005 2:0.49612229 3:0.66823667 4:0.86050887 5:0.90873162 6:0.93335071 ",
    "1:0.20371751 2:0.49612229 3:0.10534315 4:-1.110223e-16 6:2.220446e-16 ",
    "1:0.33913836 2:0.49612229 3:0.14024497 4:0.074708413 5:0.10231651 6:0.1259153 ",
    "1:0.66426757 2:0.49612229 3:0.35268026 4:0.4805681 5:0.59603341 6:0.67408692 ",
    "1:0.59561632 2:0.49612229 3:0.27561601 4:0.33977371 5:0.4325213 6:0.50244952 ",
    "1:0.50821444 2:0.49612229 3:0.20276685 4:0.2004308 5:0.25758651 6:0.30054029 ",
    "1:0.77877298 2:0.49612229 3:0.444392 4:0.61630491 5:0.71210086 6:0.77386496 ",
    "1:0.71666017 2:0.49612229 3:0.35967401 4:0.47825205 5:0.57045236 6:0.63752441 ",
    "1:0.64025669 2:0.49612229 3:0.27766156 4:0.33407105 5:0.40732401 6:0.46359154 ",
    "1:0.88343983 2:0.23066177 3:0.65873851 4:0.86090402 5:0.90661213 6:0.93008753 ",
    "1:0.90822691 2:0.23066177 3:0.71439481 4:0.90904598 5:0.94146542 6:0.95674338 ",
    "1:0.49037399 2:0.23066177 3:0.32329421 4:0.33686197 5:0.39456977 6:0.44944683 ",
    "1:0.69044383 2:0.23066177 3:0.43933868 4:0.56327049 5:0.65339511 6:0.71348696 ",
    "1:0.62390093 2:0.23066177 3:0.3800888 4:0.44927578 5:0.52327759 6:0.57907725 ",
    "1:0.81887942 2:0.23066177 3:0.56208506 4:0.76164281 5:0.83176644 6:0.86914911 ",
    "1:0.77189471 2:0.23066177 3:0.50145055 4:0.66525882 5:0.74327951 6:0.79017822 ",
    "1:0.71405433 2:0.23066177 3:0.43952897 4:0.55736023 5:0.63319876 6:0.68402869 ",
    "1:0.92114073 3:0.45198963 4:0.97703695 5:0.9907273 6:0.99510256 ",
    "1:1 3:0.83319067 4:0.98956086 5:0.99577089 6:0.99784595 ",
    "4:0.10344019 5:0.34323945 6:0.63855969 ",
    "1:0.19531482 3:0.034330388 4:0.25480402 5:0.54197045 6:0.78020579 ",
    "1:0.48394064 3:0.11866359 4:0.58816959 5:0.86435738 6:0.96191842 ",
    "1:0.47628079 3:0.11185039 4:0.56180003 5:0.83415721 6:0.93617329 ",
    "1:0.46278632 3:0.10308547 4:0.52247575 5:0.78583924 6:0.89392193 ",
    "1:0.7038079 3:0.2174879 4:0.84423613 5:0.9662906 6:0.98430594 ",
    "1:0.69596686 3:0.20657211 4:0.81196884 5:0.94140702 6:0.96680805 ",
    "1:0.68404358 3:0.19261438 4:0.76066415 5:0.89973293 6:0.93660362 ",
    "1:0.84073022 2:0.34681232 3:0.22411304 4:0.88845644 5:0.94169671 6:0.96221395 ",
    "1:0.33900937 2:0.34681232 3:0.027607294 4:0.40659646 5:0.45456869 6:0.48256597 ",
    "1:0.44593129 2:0.34681232 3:0.041939301 4:0.45284872 5:0.5157613 6:0.55335821 ",
    "1:0.67301747 2:0.34681232 3:0.11526222 4:0.68549511 5:0.78556255 6:0.83507583 ",
    "1:0.62833533 2:0.34681232 3:0.092281981 4:0.61278125 5:0.70626575 6:0.75613977 ",
    "1:0.57196879 2:0.34681232 3:0.067548447 4:0.53383404 5:0.61287548 6:0.65468717 ",
    "1:0.75125028 2:0.34681232 3:0.1457048 4:0.75791308 5:0.84155109 6:0.88132116 ",
    "1:0.71121936 2:0.34681232 3:0.12095689 4:0.68834617 5:0.77453583 6:0.81892861 ",
    "1:0.80269544 2:0.25207203 3:0.3681723 4:0.80658472 5:0.8702283 6:0.90583519 ",
    "1:0.86095387 2:0.25207203 3:0.52475418 4:0.85053413 5:0.90454501 6:0.93093678 ",
    "1:0.5008963 2:0.25207203 3:0.2005129 4:0.41516485 5:0.45282017 6:0.47396143 ",
    "1:0.56977992 2:0.25207203 3:0.21631076 4:0.45848604 5:0.51102137 6:0.53823055 ",
    "1:0.72779828 2:0.25207203 3:0.3051639 4:0.67537297 5:0.75767261 6:0.80327187 ",
    "1:0.68848569 2:0.25207203 3:0.27393051 4:0.60399854 5:0.68000038 6:0.72275152 ",
    "1:0.64121401 2:0.25207203 3:0.23994344 4:0.52538719 5:0.5891732 6:0.62164073 ",
    "1:0.76673633 2:0.25207203 3:0.33053889 4:0.73085549 5:0.80341439 6:0.84546456 ",
    "1:0.73041172 2:0.25207203 3:0.29691153 4:0.66166141 5:0.73408074 6:0.77757209 ",
    "1:0.68529047 2:0.25207203 3:0.26283557 4:0.58611788 5:0.65192525 6:0.69015011 ",
    "1:0.86902267 2:0.48885268 3:0.5143645 4:0.8587242 5:0.91841685 6:0.94498293 ",
    "1:0.89266106 2:0.48885268 3:0.55208861 4:0.89938377 5:0.94642982 6:0.96615102 ",
    "1:0.42554844 2:0.48885268 3:0.2554221 4:0.36916892 5:0.43100226 6:0.50888404 ",
    "1:0.52520274 2:0.48885268 3:0.27824915 4:0.42915458 5:0.50850476 6:0.58585271 ",
    "1:0.69357445 2:0.48885268 3:0.35289928 4:0.61359907 5:0.7217863 6:0.78790011 ",
    "1:0.64679648 2:0.48885268 3:0.31268451 4:0.5167094 5:0.61224976 6:0.68477529 ",
    "1:0.80595874 2:0.48885268 3:0.44075432 4:0.7803455 5:0.86328719 6:0.90222545 ",
    "1:0.7715192 2:0.48885268 3:0.4012577 4:0.70792536 5:0.80063653 6:0.85083872 ",
    "1:0.82199966 2:0.20629643 3:0.30562098 4:0.80541317 5:0.89285836 6:0.92907353 ",
    "1:0.84774006 2:0.20629643 3:0.36755712 4:0.8681203 5:0.93297792 6:0.95700049 ",
    "1:0.26631905 2:0.20629643 3:0.076468978 4:0.29833807 5:0.37989948 6:0.4576277 ",
    "1:0.65439648 2:0.20629643 3:0.19487894 4:0.63045155 5:0.76931142 6:0.83706632 ",
    "1:0.55295603 2:0.20629643 3:0.13877412 4:0.4724047 5:0.59295828 6:0.66834832 ",
    "1:0.75448924 2:0.20629643 3:0.24707248 4:0.72284103 5:0.83178838 6:0.88053503 ",
    "1:0.83852041 2:0.15600331 3:0.1625414 4:0.81948421 5:0.90185357 6:0.9347395 ",
    "1:0.85805266 2:0.15600331 3:0.19693206 4:0.86294641 5:0.92990351 6:0.95498998 ",
    "1:0.43384835 2:0.15600331 3:0.030541611 4:0.37279112 5:0.4588284 6:0.52004828 ",
    "1:0.72588966 2:0.48885268 3:0.35394597 4:0.61189191 5:0.70897304 6:0.77099691 ",
    "1:0.65865915 2:0.20629643 3:0.1796405 4:0.56432133 5:0.68049028 6:0.74616621 ",
    "1:0.53095193 2:0.15600331 3:0.046271684 4:0.4328793 5:0.5309142 6:0.59282089 ",
    "1:0.71891465 2:0.15600331 3:0.11085278 4:0.68794624 5:0.80350923 6:0.85660483 ",
    "1:0.68635753 2:0.15600331 3:0.091457045 4:0.60849701 5:0.72282659 6:0.78137183 ",
    "1:0.64162333 2:0.15600331 3:0.068820233 4:0.51732819 5:0.62198733 6:0.67977328 ",
    "1:0.78395225 2:0.15600331 3:0.13401869 4:0.75274384 5:0.8506531 6:0.89321405 ",
    "1:0.75276337 2:0.15600331 3:0.11289462 4:0.67598462 5:0.78117168 6:0.83259364 ",
    "1:0.71345342 2:0.15600331 3:0.089218917 4:0.58797907 5:0.69284768 6:0.74971699 ",
    "1:0.93500967 2:0.08765484 3:0.72226864 4:0.93291747 5:0.960644 6:0.97304054 ",
    "1:0.95150668 2:0.08765484 3:0.77391346 4:0.95596295 5:0.97544784 6:0.98405871 ",
    "1:0.48148634 2:0.08765484 3:0.36628046 4:0.45852823 5:0.56005228 6:0.65708595 ",
    "1:0.59853216 2:0.08765484 3:0.42071301 4:0.56376512 5:0.66454599 6:0.741236 ",
    "1:0.79297271 2:0.08765484 3:0.5597726 4:0.80653689 5:0.88996341 6:0.92691132 ",
    "1:0.76798941 2:0.08765484 3:0.52069978 4:0.74484555 5:0.83431246 6:0.87935204 ",
    "1:0.73225133 2:0.08765484 3:0.47011786 4:0.66069877 5:0.75226598 6:0.80539407 ",
    "1:0.87240592 2:0.08765484 3:0.62680052 4:0.88208508 5:0.93041565 6:0.9505376 ",
    "1:0.84834872 2:0.08765484 3:0.58154998 4:0.82429855 5:0.8858516 6:0.91563291 ",
    "1:0.84365382 2:0.93973481 3:0.36718425 4:0.81512123 5:0.88887359 6:0.92320992 ",
    "1:0.89242364 2:0.93973481 3:0.41336953 4:0.88038833 5:0.93688884 6:0.95992879 ",
    "1:0.31373571 2:0.93973481 3:0.18757116 4:0.34864297 5:0.3777168 6:0.38922611 ",
    "1:0.42490775 2:0.93973481 3:0.20295859 4:0.39290035 5:0.43632323 6:0.45871216 ",
    "1:0.66865444 2:0.93973481 3:0.28594627 4:0.63969879 5:0.73360583 6:0.78380069 ",
    "1:0.62642524 2:0.93973481 3:0.26141889 4:0.56602175 5:0.64775366 6:0.69263211 ",
    "1:0.57430455 2:0.93973481 3:0.23537634 4:0.48984694 5:0.55363885 6:0.5853905 ",
    "1:0.76178555 2:0.93973481 3:0.32205372 4:0.7176044 5:0.80237787 6:0.84588741 ",
    "1:0.72282163 2:0.93973481 3:0.29554025 4:0.64471949 5:0.72634443 6:0.77062686 ",
    "1:0.67693861 2:0.93973481 3:0.2669659 4:0.56720118 5:0.63868728 6:0.67673331 ",
    "1:0.86023804 2:0.49739676 3:0.53966638 4:0.77392585 5:0.84784447 6:0.89031641 ",
    "1:0.31779385 2:0.49739676 3:0.17094319 4:0.12195679 5:0.13277563 6:0.14165413 ",
    "1:0.68317784 2:0.49739676 3:0.37192301 4:0.52750491 5:0.62426522 6:0.6929947 ",
    "1:0.55611181 2:0.49739676 3:0.24752355 4:0.28326524 5:0.33261781 6:0.37104424 ",
    "1:0.7772257 2:0.49739676 3:0.43832146 4:0.63397606 5:0.7240692 6:0.78367237 ",
    "1:0.66186286 2:0.49739676 3:0.30599867 4:0.39201262 5:0.45927759 6:0.51239284 ",
    "1:0.94601776 2:0.04579546 3:0.69472114 4:0.97790884 5:0.9891237 6:0.993277 ",
    "1:0.98838404 2:0.04579546 3:0.90293444 4:0.99181622 5:0.99642641 6:0.9978864 ",
    "1:0.30006056 2:0.04579546 3:0.31879 4:0.45852885 5:0.59717781 6:0.71487885 ",
    "1:0.44902891 2:0.04579546 3:0.35412414 4:0.55926446 5:0.70175505 6:0.79649177 ",
    "1:0.69856222 2:0.04579546 3:0.45989947 4:0.82115248 5:0.92520734 6:0.9594384 ",
    "1:0.67730161 2:0.04579546 3:0.44400319 4:0.77920819 5:0.88713866 6:0.92903178 ",
    "1:0.64419192 2:0.04579546 3:0.42297435 4:0.72390263 5:0.83364665 6:0.88344569 ",
    "1:0.80781899 2:0.04579546 3:0.52334234 4:0.88859427 5:0.94013924 6:0.95946903 ",
    "1:0.78080761 2:0.04579546 3:0.499439 4:0.84012074 5:0.90229375 6:0.92936693 ",
    "1:0.97128596 2:0.014623935 3:0.90135809 4:0.99584619 5:0.9970631 6:0.99757649 ",
    "1:0.99645027 2:0.014623935 3:1 4:1 5:1 6:1 ",
    "1:0.5326065 2:0.014623935 3:0.75468972 4:0.76017077 5:0.83753774 6:0.92265059 ",
    "1:0.62757004 2:0.014623935 3:0.77708563 4:0.84258654 5:0.91016348 6:0.95440359 ",
    "1:0.79306842 2:0.014623935 3:0.78900741 4:0.90386551 5:0.96905764 6:0.98466408 ",
    "1:0.77722867 2:0.014623935 3:0.78701408 4:0.89679281 5:0.96056131 6:0.977629 ",
    "1:0.75934622 2:0.014623935 3:0.78422805 4:0.88268036 5:0.94383829 6:0.96596858 ",
    "1:0.8878718 2:0.014623935 3:0.81445984 4:0.96615706 5:0.98858241 6:0.99176534 ",
    "1:0.88211614 2:0.014623935 3:0.81253935 4:0.95982371 5:0.98309178 6:0.9870796 ",
    "1:0.83805466 2:0.22767235 3:0.31750162 4:0.85145925 5:0.9121085 6:0.93772147 ",
    "1:0.86620985 2:0.22767235 3:0.35742938 4:0.89821492 5:0.94339974 6:0.96076173 ",
    "1:0.39289606 2:0.22767235 3:0.12019254 4:0.3951559 5:0.44657802 6:0.46771549 ",
    "1:0.48692411 2:0.22767235 3:0.13362033 4:0.43434224 5:0.49900609 6:0.53177669 ",
    "1:0.69743918 2:0.22767235 3:0.2263303 4:0.68859985 5:0.78706365 6:0.83662428 ",
    "1:0.65237548 2:0.22767235 3:0.19328493 4:0.60107975 5:0.69684945 6:0.74949279 ",
    "1:0.59461718 2:0.22767235 3:0.15963705 4:0.51010642 5:0.59283393 6:0.63883591 ",
    "1:0.77302727 2:0.22767235 3:0.26078021 4:0.76359704 5:0.8470807 6:0.8858359 ",
    "1:0.72953038 2:0.22767235 3:0.22331233 4:0.67735915 5:0.77029889 6:0.81802539 ",
    "1:0.87210923 2:0.16787772 3:0.69408521 4:0.91495146 5:0.94890261 6:0.96269344 ",
    "1:0.81595959 2:0.08765484 3:0.52947327 4:0.7501341 5:0.82294191 6:0.86264385 ",
    "1:0.72562415 2:0.49739676 3:0.37130724 4:0.51472366 5:0.59961357 6:0.66258291 ",
    "1:0.87135693 2:0.014623935 3:0.80905852 4:0.94637428 5:0.97242826 6:0.97946694 ",
    "1:0.48910215 2:0.16787772 3:0.49792761 4:0.59161372 5:0.62979552 6:0.64254584 ",
    "1:0.5685964 2:0.16787772 3:0.5149767 4:0.63026581 5:0.67890679 6:0.69964851 ",
    "1:0.75935478 2:0.16787772 3:0.60695536 4:0.80906778 5:0.87125816 6:0.89810007 ",
    "1:0.71788601 2:0.16787772 3:0.57600091 4:0.75310216 5:0.81471966 6:0.84249923 ",
    "1:0.66516668 2:0.16787772 3:0.54473368 4:0.69254626 5:0.74796983 6:0.77177867 ",
    "1:0.81880869 2:0.16787772 3:0.64309172 4:0.86078024 5:0.90892223 6:0.92908907 ",
    "1:0.78054558 2:0.16787772 3:0.60849279 4:0.80724494 5:0.86183239 6:0.88618408 ",
    "1:0.95353512 2:0.055921852 3:0.61526026 4:0.94655706 5:0.97211195 6:0.98210701 ",
    "1:0.98368527 2:0.055921852 3:0.7405327 4:0.96928567 5:0.9853799 6:0.99080378 ",
    "1:0.11318821 2:0.055921852 3:0.1590151 4:0.30536689 5:0.48614515 6:0.64344462 ",
    "1:0.30298819 2:0.055921852 3:0.19401703 4:0.41679982 5:0.61495039 6:0.74140301 ",
    "1:0.60614412 2:0.055921852 3:0.31791569 4:0.72365433 5:0.88324129 6:0.93484545 ",
    "1:0.58738733 2:0.055921852 3:0.29301498 4:0.67070014 5:0.83429953 6:0.89348041 ",
    "1:0.79496816 2:0.055921852 3:0.42192974 4:0.86711004 5:0.94030868 6:0.96084539 ",
    "1:0.77749763 2:0.055921852 3:0.38714172 4:0.81340799 5:0.90059649 6:0.93006702 ",
    "1:0.75215882 2:0.055921852 3:0.34721658 4:0.73960747 5:0.84370247 6:0.88485372 ",
    "1:0.89732805 2:0.58937038 3:0.58823535 4:0.80035053 5:0.86988422 6:0.90533033 ",
    "1:0.9228759 2:0.58937038 3:0.65797705 4:0.87169952 5:0.92200942 6:0.94454256 ",
    "1:0.19504362 2:0.58937038 3:0.21585801 4:0.1754362 5:0.20844015 6:0.23846443 ",
    "1:0.34425894 2:0.58937038 3:0.24672569 4:0.24188506 5:0.29544562 6:0.33843061 ",
    "1:0.66407117 2:0.58937038 3:0.40045124 4:0.55415203 5:0.66628031 6:0.73418465 ",
    "1:0.60780044 2:0.58937038 3:0.34931828 4:0.4519606 5:0.54893247 6:0.61355219 ",
    "1:0.53476258 2:0.58937038 3:0.29851601 4:0.34826788 5:0.42168642 6:0.47203603 ",
    "1:0.79195776 2:0.58937038 3:0.47493233 4:0.66775916 5:0.76196439 6:0.81489875 ",
    "1:0.7415564 2:0.58937038 3:0.41507439 4:0.56413083 5:0.65815516 6:0.7166999 ",
    "1:0.82021207 2:1 3:0.37381485 4:0.7891612 5:0.87031145 6:0.90944281 ",
    "1:0.85903236 2:1 3:0.43235998 4:0.86707094 5:0.92632217 6:0.95151451 ",
    "1:0.25243046 2:1 3:0.084027451 4:0.15537936 5:0.17410072 6:0.17212333 ",
    "1:0.35643487 2:1 3:0.10644455 4:0.21484368 5:0.25587544 6:0.27527817 ",
    "1:0.57605414 2:1 3:0.19031962 4:0.43030863 5:0.5277316 6:0.59069772 ",
    "1:0.49071444 2:1 3:0.14452095 4:0.31406915 5:0.38353445 6:0.42653517 ",
    "1:0.73255545 2:1 3:0.28883701 4:0.65284485 5:0.75623242 6:0.81297442 ",
    "1:0.67015395 2:1 3:0.2367756 4:0.5367057 5:0.64063877 6:0.70451767 ",
    "1:0.84450653 2:0.083369236 3:0.57279245 4:0.85249389 5:0.91751611 6:0.94621989 ",
    "1:0.39559773 2:0.083369236 3:0.28184137 4:0.37025203 5:0.46733936 6:0.53517338 ",
    "1:0.70621493 2:0.083369236 3:0.42718441 4:0.69347659 5:0.81124449 6:0.87136343 ",
    "1:0.65615861 2:0.083369236 3:0.37833052 4:0.59301482 5:0.71772587 6:0.7905538 ",
    "1:0.58837863 2:0.083369236 3:0.33229353 4:0.48675881 5:0.60141743 6:0.67458413 ",
    "1:0.77687144 2:0.083369236 3:0.48094343 4:0.76665994 5:0.86191893 6:0.90760934 ",
    "1:0.72849768 2:0.083369236 3:0.42082971 4:0.66591147 5:0.77995959 6:0.84260661 ",
    "1:0.66320082 2:0.083369236 3:0.36350305 4:0.54888271 5:0.66506794 6:0.73685112 ",
    "1:0.84500499 2:0.42532178 3:0.43562507 4:0.80721931 5:0.87934044 6:0.91434143 ",
    "1:0.8874543 2:0.42532178 3:0.50912639 4:0.87959883 5:0.93223488 6:0.95450335 ",
    "1:0.31032192 2:0.42532178 3:0.18976794 4:0.30662908 5:0.34637104 6:0.3661022 ",
    "1:0.41026349 2:0.42532178 3:0.20589097 4:0.35241209 5:0.40358156 6:0.42577381 ",
    "1:0.67552108 2:0.42532178 3:0.30879992 4:0.60375124 5:0.70097073 6:0.75507206 ",
    "1:0.62772585 2:0.42532178 3:0.27349745 4:0.5196735 5:0.60339149 6:0.65103342 ",
    "1:0.5741386 2:0.42532178 3:0.24033766 4:0.43855753 5:0.50243186 6:0.53322825 ",
    "1:0.7629976 2:0.42532178 3:0.35347476 4:0.69239941 5:0.78245146 6:0.83117443 ",
    "1:0.71746409 2:0.42532178 3:0.31296983 4:0.60525302 5:0.69243388 6:0.7432587 ",
    "1:0.73137955 2:0.16787772 3:0.57222383 4:0.74405775 5:0.79993424 6:0.82484891 ",
    "1:0.67383121 2:0.58937038 3:0.35481019 4:0.45269287 5:0.53578336 6:0.59116487 ",
    "1:0.5905971 2:1 3:0.18559792 4:0.41535212 5:0.50422336 6:0.56173557 ",
    "1:0.66157018 2:0.42532178 3:0.27479904 4:0.51802649 5:0.59270541 6:0.63560969 ",
    "1:0.66827754 2:0.54342577 3:0.18169339 4:0.50290989 5:0.59875259 6:0.65332628 ",
    "1:0.85027066 2:0.20820673 3:0.40997978 4:0.82462749 5:0.89794736 6:0.93142825 ",
    "1:0.87892054 2:0.20820673 3:0.45891267 4:0.87823329 5:0.93535353 6:0.95883927 ",
    "1:0.3986268 2:0.20820673 3:0.17753958 4:0.33495583 5:0.39777832 6:0.44399359 ",
    "1:0.48997993 2:0.20820673 3:0.20172681 4:0.39715881 5:0.47368229 6:0.52781628 ",
    "1:0.7022939 2:0.20820673 3:0.31094767 4:0.6676259 5:0.77726116 6:0.83518027 ",
    "1:0.65773092 2:0.20820673 3:0.27420721 4:0.57889989 5:0.68485118 6:0.74837036 ",
    "1:0.60031736 2:0.20820673 3:0.23419121 4:0.48018865 5:0.57200972 6:0.63197473 ",
    "1:0.77623676 2:0.20820673 3:0.3510016 4:0.74206651 5:0.83508543 6:0.88101902 ",
    "1:0.73562396 2:0.20820673 3:0.31004997 4:0.6557112 5:0.75585014 6:0.81164989 ",
    "1:0.67923081 2:0.20820673 3:0.26679137 4:0.55816547 5:0.65579282 6:0.71593631 ",
    "1:0.83968539 2:0.54342577 3:0.32439292 4:0.78747769 5:0.87303614 6:0.91271252 ",
    "1:0.86656342 2:0.54342577 3:0.37898741 4:0.85252726 5:0.92049615 6:0.94848246 ",
    "1:0.42728303 2:0.54342577 3:0.10123262 4:0.31581962 5:0.38571265 6:0.42827036 ",
    "1:0.63194526 2:0.54342577 3:0.18169045 4:0.51611903 5:0.62179755 6:0.68216176 ",
    "1:0.56954706 2:0.54342577 3:0.14271477 4:0.41491191 5:0.50173488 6:0.55220392 ",
    "1:0.76753176 2:0.54342577 3:0.26295318 4:0.6905031 5:0.79291823 6:0.84469464 ",
    "1:0.72348649 2:0.54342577 3:0.22334634 4:0.60145902 5:0.70573225 6:0.76318544 ",
    "1:0.83584492 2:0.047285912 3:0.53826775 4:0.933335 5:0.95948954 6:0.96870909 ",
    "1:0.85530855 2:0.047285912 3:0.55323777 4:0.95113339 5:0.97249918 6:0.9795177 ",
    "1:0.53835734 2:0.047285912 3:0.41965074 4:0.71632669 5:0.73953043 6:0.73487553 ",
    "1:0.59175144 2:0.047285912 3:0.43113594 4:0.74141738 5:0.76929188 6:0.77018949 ",
    "1:0.75962366 2:0.047285912 3:0.49613729 4:0.87838146 5:0.91688438 6:0.93150362 ",
    "1:0.72043129 2:0.047285912 3:0.47217411 4:0.83138845 5:0.8704229 6:0.88419439 ",
    "1:0.67287449 2:0.047285912 3:0.44652268 4:0.77691812 5:0.81043483 6:0.8177009 ",
    "1:0.8023177 2:0.047285912 3:0.51559706 4:0.90512389 5:0.93743101 6:0.9492968 ",
    "1:0.76751376 2:0.047285912 3:0.49225957 4:0.86357299 5:0.89948127 6:0.91221155 ",
    "1:0.72124785 2:0.047285912 3:0.46606653 4:0.81323145 5:0.84847474 6:0.85892657 ",
    "1:0.99939284 2:0.050988098 3:0.99999956 4:0.99999701 5:0.9999947 6:0.99999444 ",
    "1:0.99939284 2:0.71982347 3:0.99999932 4:0.99999929 5:0.99999902 6:0.9999986 ",
    "1:0.99939284 2:0.066104402 3:0.99999363 4:0.99999023 5:0.9999835 6:0.99998197 ",
    "1:0.99939284 2:0.021298217 3:0.99999905 4:0.99999854 5:0.99999742 6:0.9999955 ",
    "1:0.99939284 2:0.4219157 3:1 4:1 5:1 6:1 ",
    "1:0.99939284 2:0.41153394 3:0.99999809 4:0.99999407 5:0.999992 6:0.99999118 ",
    "1:0.99939284 2:0.17755989 3:0.99999975 4:0.99999351 5:0.99998797 6:0.99998744 ",
    "1:0.99939284 2:1 3:0.99999853 4:0.99999797 5:0.99999707 6:0.99999697 ",
    "1:0.99939284 2:0.067429096 3:0.99999826 4:0.99999612 5:0.99999354 6:0.99999337 ",
    "1:0.99939284 2:0.41032924 3:0.99999923 4:0.99999861 5:0.99999718 6:0.99999652 ",
    "1:0.99939284 2:0.064778982 3:0.99999965 4:0.99999001 5:0.99998599 6:0.99998452 ",
    "1:0.99939284 3:0.99999976 4:0.99999986 5:0.99999981 6:0.99999912 ",
    "1:0.99939284 2:0.14610739 3:0.99999926 4:0.99999442 5:0.99999157 6:0.99999139 ",
    "1:0.97067067 2:0.050988098 3:0.49543962 4:0.9490745 5:0.97475171 6:0.98472179 ",
    "1:0.96418744 2:0.050988098 3:0.46988192 4:0.92383404 5:0.95757873 6:0.97233463 ",
    "1:0.9377329 2:0.050988098 3:0.45140723 4:0.91821601 5:0.9544047 6:0.97006662 ",
    "1:0.92797904 2:0.050988098 3:0.42756389 4:0.88415491 5:0.92731024 6:0.947393 ",
    "1:0.9116005 2:0.050988098 3:0.4013622 4:0.8417096 5:0.88934565 6:0.91268991 ",
    "1:0.90408239 2:0.050988098 3:0.42837654 4:0.89330043 5:0.9381379 6:0.95747194 ",
    "1:0.89392463 2:0.050988098 3:0.40580803 4:0.85450813 5:0.90414358 6:0.92789549 ",
    "1:0.87860187 2:0.050988098 3:0.38181902 4:0.8098155 5:0.86047538 6:0.8864857 ",
    "1:0.84912189 2:0.050988098 3:0.40304721 4:0.85597966 5:0.91737096 6:0.94451916 ",
    "1:0.83864962 2:0.050988098 3:0.38405986 4:0.81919138 5:0.8810097 6:0.9109596 ",
    "1:0.82264009 2:0.050988098 3:0.35981237 4:0.77013967 5:0.82806852 6:0.85777151 ",
    "1:0.72530266 2:0.050988098 3:0.36509103 4:0.7803563 5:0.85121225 6:0.90847043 ",
    "1:0.71395913 2:0.050988098 3:0.35076533 4:0.74960971 5:0.81479928 6:0.86738588 ",
    "1:0.69835377 2:0.050988098 3:0.33114525 4:0.70635463 5:0.76097853 6:0.8040479 ",
    "1:0.57536217 2:0.050988098 3:0.33608994 4:0.71362303 5:0.76736581 6:0.82220476 ",
    "1:0.56279868 2:0.050988098 3:0.3242142 4:0.68621629 5:0.73148001 6:0.77845387 ",
    "1:0.54413788 2:0.050988098 3:0.30829451 4:0.65018018 5:0.68403685 6:0.71900287 ",
    "1:0.44593277 2:0.050988098 3:0.31899854 4:0.67259186 5:0.70967941 6:0.7722768 ",
    "1:0.43671916 2:0.050988098 3:0.30969518 4:0.65136495 5:0.68132238 6:0.73261178 ",
    "1:0.42693909 2:0.050988098 3:0.29609478 4:0.62046105 5:0.64002486 6:0.67430791 ",
    "1:0.86629362 2:0.71982347 3:0.48704318 4:0.79897775 5:0.87428887 6:0.91698512 ",
    "1:0.81132964 2:0.71982347 3:0.40069978 4:0.68226748 5:0.77591641 6:0.83959232 ",
    "1:0.83930799 2:0.71982347 3:0.43685332 4:0.73078798 5:0.82569797 6:0.88313372 ",
    "1:0.82104472 2:0.71982347 3:0.40784454 4:0.6870597 5:0.78745308 6:0.85289277 ",
    "1:0.74699836 2:0.71982347 3:0.31844762 4:0.53709426 5:0.6345148 6:0.71373411 ",
    "1:0.81333039 2:0.71982347 3:0.43098515 4:0.72394543 5:0.82486183 6:0.88337434 ",
    "1:0.7567244 2:0.71982347 3:0.34895637 4:0.58582297 5:0.69322753 6:0.77472255 ",
    "1:0.66873968 2:0.71982347 3:0.26759387 4:0.43612997 5:0.51903634 6:0.59741799 ",
    "1:0.73878903 2:0.71982347 3:0.36112988 4:0.62230674 5:0.75026901 6:0.8339499 ",
    "1:0.6832086 2:0.71982347 3:0.29503172 4:0.49646552 5:0.60960086 6:0.70454744 ",
    "1:0.60246526 2:0.71982347 3:0.22993127 4:0.37032595 5:0.45049262 6:0.53353221 ",
    "1:0.56179559 2:0.71982347 3:0.24308411 4:0.41261968 5:0.54180311 6:0.69179288 ",
    "1:0.5113668 2:0.71982347 3:0.2024429 4:0.32849939 5:0.42162036 6:0.54644452 ",
    "1:0.43448252 2:0.71982347 3:0.15539012 4:0.23356514 5:0.28327683 6:0.36722447 ",
    "1:0.3778537 2:0.71982347 3:0.16549547 4:0.2611707 5:0.3403477 6:0.46036189 ",
    "1:0.33784752 2:0.71982347 3:0.13817483 4:0.20458733 5:0.2516001 6:0.34154118 ",
    "1:0.27170374 2:0.71982347 3:0.10540751 4:0.13933699 5:0.15095506 6:0.19817438 ",
    "1:0.2331476 2:0.71982347 3:0.11204632 4:0.15703824 5:0.18727069 6:0.28587565 ",
    "1:0.19847267 2:0.71982347 3:0.092940166 4:0.11828028 5:0.1248167 6:0.18078381 ",
    "1:0.13919934 2:0.71982347 3:0.067437816 4:0.068775313 5:0.047314055 6:0.053241443 ",
    "1:0.93416822 2:0.066104402 3:0.78940676 4:0.94766693 5:0.97049944 6:0.98007081 ",
    "1:0.91129907 2:0.066104402 3:0.75598257 4:0.92233159 5:0.95186961 6:0.96556305 ",
    "1:0.88059412 2:0.066104402 3:0.71656123 4:0.88582657 5:0.92135563 6:0.93892845 ",
    "1:0.90889954 2:0.066104402 3:0.73107539 4:0.91167914 5:0.94403922 6:0.95868361 ",
    "1:0.87711044 2:0.066104402 3:0.69546312 4:0.87200488 5:0.90999902 6:0.92841888 ",
    "1:0.88034823 2:0.066104402 3:0.69789972 4:0.87983058 5:0.91913978 6:0.93738624 ",
    "1:0.84332172 2:0.066104402 3:0.66221738 4:0.8330874 5:0.87381425 6:0.89425692 ",
    "1:0.7947559 2:0.066104402 3:0.62943841 4:0.78442623 5:0.81961037 6:0.83588208 ",
    "1:0.80750528 2:0.066104402 3:0.63895062 4:0.80166112 5:0.84609333 6:0.86486365 ",
    "1:0.75551102 2:0.066104402 3:0.60539321 4:0.75077297 5:0.78607721 6:0.79724688 ",
    "1:0.76045302 2:0.066104402 3:0.64179152 4:0.79440383 5:0.84810636 6:0.88090735 ",
    "1:0.72233742 2:0.066104402 3:0.6111271 4:0.75016894 5:0.79398174 6:0.81321126 ",
    "1:0.67315793 2:0.066104402 3:0.58060257 4:0.70437387 5:0.73465103 6:0.73523596 ",
    "1:0.6723527 2:0.066104402 3:0.62006113 4:0.75287675 5:0.79557065 6:0.84205178 ",
    "1:0.63675161 2:0.066104402 3:0.59379594 4:0.71425087 5:0.74517244 6:0.77487561 ",
    "1:0.59242211 2:0.066104402 3:0.5636273 4:0.6689991 5:0.68518093 6:0.69076381 ",
    "1:0.5922744 2:0.066104402 3:0.60324622 4:0.72279409 5:0.75399448 6:0.80004372 ",
    "1:0.56164749 2:0.066104402 3:0.58086179 4:0.68984664 5:0.71004316 6:0.73622079 ",
    "1:0.52270076 2:0.066104402 3:0.55139557 4:0.64656965 5:0.65206052 6:0.65203367 ",
    "1:0.97683514 2:0.021298217 3:0.79006309 4:0.96543498 5:0.98286137 6:0.98970893 ",
    "1:0.96917374 2:0.021298217 3:0.73829188 4:0.94562107 5:0.9720532 6:0.9827408 ",
    "1:0.95871969 2:0.021298217 3:0.68499274 4:0.91613875 5:0.9539741 6:0.97047879 ",
    "1:0.96082897 2:0.021298217 3:0.71750756 4:0.95076843 5:0.97548069 6:0.98526422 ",
    "1:0.95164281 2:0.021298217 3:0.6658229 4:0.91863413 5:0.95575768 6:0.97210294 ",
    "1:0.93237214 2:0.021298217 3:0.58347155 4:0.85481826 5:0.91374583 6:0.94325142 ",
    "1:0.86241747 2:0.021298217 3:0.47931708 4:0.7776951 5:0.86801434 6:0.910233 ",
    "1:0.7980028 2:0.021298217 3:0.46673975 4:0.79695862 5:0.92218079 6:0.96750104 ",
    "1:0.78576115 2:0.021298217 3:0.43553076 4:0.7460098 5:0.87803168 6:0.93469599 ",
    "1:0.76605196 2:0.021298217 3:0.39315849 4:0.66848161 5:0.80255256 6:0.87361428 ",
    "1:0.58665967 2:0.021298217 3:0.3220426 4:0.54484412 5:0.7193025 6:0.88036572 ",
    "1:0.57643091 2:0.021298217 3:0.30580604 4:0.51190629 5:0.67579634 6:0.83081105 ",
    "1:0.55885972 2:0.021298217 3:0.28190551 4:0.46007761 5:0.60264024 6:0.74348398 ",
    "1:0.35873577 2:0.021298217 3:0.24431536 4:0.37994438 5:0.50206362 6:0.64244093 ",
    "1:0.35180843 2:0.021298217 3:0.2349948 4:0.36009808 5:0.47156276 6:0.60596511 ",
    "1:0.19466612 2:0.021298217 3:0.2006595 4:0.28475881 5:0.35586074 6:0.51761911 ",
    "1:0.18965751 2:0.021298217 3:0.19488505 4:0.27271641 5:0.33648612 6:0.48447905 ",
    "1:0.1814951 2:0.021298217 3:0.18573864 4:0.25287656 5:0.30301198 6:0.42421488 ",
    "1:0.91141884 2:0.4219157 3:0.51488117 4:0.85936589 5:0.92126637 6:0.9509564 ",
    "1:0.91050791 2:0.4219157 3:0.51170081 4:0.85742154 5:0.92017755 6:0.95028867 ",
    "1:0.88595276 2:0.4219157 3:0.44052173 4:0.80179187 5:0.88580681 6:0.92820352 ",
    "1:0.89351476 2:0.4219157 3:0.46719499 4:0.84064804 5:0.91220882 6:0.94578215 ",
    "1:0.87606982 2:0.4219157 3:0.42043726 4:0.79317785 5:0.88213449 6:0.92622089 ",
    "1:0.83041563 2:0.4219157 3:0.33320494 4:0.67165697 5:0.7906166 6:0.86070638 ",
    "1:0.81048328 2:0.4219157 3:0.3381176 4:0.76378989 5:0.88522402 6:0.93052674 ",
    "1:0.77358122 2:0.4219157 3:0.28271443 4:0.65320093 5:0.79807098 6:0.8696108 ",
    "1:0.72162639 2:0.4219157 3:0.22235436 4:0.5223276 5:0.67415206 6:0.77142043 ",
    "1:0.68842583 2:0.4219157 3:0.22275829 4:0.58336434 5:0.78879637 6:0.88983521 ",
    "1:0.6526809 2:0.4219157 3:0.1861581 4:0.48473563 5:0.67986667 6:0.80207435 ",
    "1:0.5997337 2:0.4219157 3:0.14502789 4:0.37458805 5:0.5431471 6:0.67665606 ",
    "1:0.45510711 2:0.4219157 3:0.10494997 4:0.29538479 5:0.49160337 6:0.71662671 ",
    "1:0.41748398 2:0.4219157 3:0.084767542 4:0.23463647 5:0.39118915 6:0.59179152 ",
    "1:0.35974355 2:0.4219157 3:0.060748299 4:0.16481355 5:0.27425611 6:0.43460248 ",
    "1:0.23169409 2:0.4219157 3:0.048508288 4:0.13768591 5:0.24707533 6:0.40719122 ",
    "1:0.20260612 2:0.4219157 3:0.036631159 4:0.102091 5:0.18145932 6:0.31803017 ",
    "1:0.15560078 2:0.4219157 3:0.022332774 4:0.060770097 5:0.10624488 6:0.20706242 ",
    "1:0.07072824 2:0.4219157 3:0.018298168 4:0.05227841 5:0.098051849 6:0.23169122 ",
    "1:1.110223e-16 2:0.4219157 3:-1.3877788e-17 4:-2.7755576e-17 6:0.048728064 ",
    "1:0.91005179 2:0.17755989 3:0.24323732 4:0.70234527 5:0.8362572 6:0.90187908 ",
    "1:0.88256545 2:0.17755989 3:0.15914187 4:0.55559405 5:0.71345251 6:0.80791685 ",
    "1:0.90419278 2:0.17755989 3:0.20481669 4:0.64392636 5:0.79442969 6:0.87497932 ",
    "1:0.87829669 2:0.17755989 3:0.13872696 4:0.51358873 5:0.67488416 6:0.77600855 ",
    "1:0.84542326 2:0.17755989 3:0.10437835 4:0.43810307 5:0.59082415 6:0.69314276 ",
    "1:0.86603509 2:0.17755989 3:0.15113761 4:0.53857524 5:0.70165231 6:0.80180281 ",
    "1:0.83995428 2:0.17755989 3:0.11205502 4:0.45141136 5:0.60876051 6:0.7150352 ",
    "1:0.80377521 2:0.17755989 3:0.088196383 4:0.39371713 5:0.53694408 6:0.63485159 ",
    "1:0.81385195 2:0.17755989 3:0.12620028 4:0.48485111 5:0.64894062 6:0.75467438 ",
    "1:0.78603394 2:0.17755989 3:0.099154008 4:0.41891421 5:0.57038625 6:0.67485233 ",
    "1:0.74608925 2:0.17755989 3:0.077679983 4:0.36403126 5:0.49643237 6:0.5866 ",
    "1:0.67021959 2:0.17755989 3:0.10106749 4:0.42493279 5:0.58169808 6:0.69537149 ",
    "1:0.64185148 2:0.17755989 3:0.083254507 4:0.37713697 5:0.51413321 6:0.61155168 ",
    "1:0.60166239 2:0.17755989 3:0.066162412 4:0.33103444 5:0.44584 6:0.5191942 ",
    "1:0.50596606 2:0.17755989 3:0.086479478 4:0.38777983 5:0.5308163 6:0.63660165 ",
    "1:0.47859936 2:0.17755989 3:0.072687526 4:0.34936144 5:0.47239557 6:0.5559507 ",
    "1:0.43845677 2:0.17755989 3:0.0580781 4:0.30930574 5:0.41085136 6:0.46717424 ",
    "1:0.36280896 2:0.17755989 3:0.076394495 4:0.36116467 5:0.49086262 6:0.5863048 ",
    "1:0.339869 2:0.17755989 3:0.065775733 4:0.33141351 5:0.44429517 6:0.51614837 ",
    "1:0.30203933 2:0.17755989 3:0.052980146 4:0.29595567 5:0.38900859 6:0.43266074 ",
    "1:0.83817724 2:1 3:0.48211034 4:0.67164548 5:0.74684182 6:0.80144501 ",
    "1:0.70376868 2:1 3:0.3003252 4:0.39047192 5:0.43165029 6:0.47109673 ",
    "1:0.79827724 2:1 3:0.42095183 4:0.57898312 5:0.67201591 6:0.73979589 ",
    "1:0.72627998 2:1 3:0.33468753 4:0.43786041 5:0.49854834 6:0.55141858 ",
    "1:0.64522624 2:1 3:0.33533743 4:0.42400651 5:0.4895503 6:0.572323 ",
    "1:0.57474363 2:1 3:0.26878017 4:0.31350754 5:0.33529491 6:0.37251888 ",
    "1:0.47520203 2:1 3:0.20793711 4:0.21420053 5:0.19540816 6:0.18220079 ",
    "1:0.47142758 2:1 3:0.27819932 4:0.32101893 5:0.34502997 6:0.38578806 ",
    "1:0.32605309 2:1 3:0.17816529 4:0.16093999 5:0.11686383 6:0.06853313 ",
    "1:0.31129079 2:1 3:0.24354672 4:0.25922218 5:0.25276742 6:0.27267936 ",
    "1:0.26050571 2:1 3:0.20191772 4:0.19422711 5:0.16030609 6:0.13256762 ",
    "1:0.1875636 2:1 3:0.16020164 4:0.13034576 5:0.070806091 ",
    "1:0.92043781 2:0.064778982 3:0.10731312 4:0.92865048 5:0.96616172 6:0.97870032 ",
    "1:0.89332398 2:0.064778982 3:0.081553072 4:0.88356542 5:0.93679165 6:0.95607085 ",
    "1:0.86104377 2:0.064778982 3:0.063594449 4:0.83329523 5:0.89705938 6:0.92172879 ",
    "1:0.86887317 2:0.064778982 3:0.080783435 4:0.8868064 5:0.93958114 6:0.95873325 ",
    "1:0.8407759 2:0.064778982 3:0.064276214 4:0.83712744 5:0.90102313 6:0.9260964 ",
    "1:0.8033305 2:0.064778982 3:0.048493857 4:0.78247464 5:0.8514111 6:0.87935001 ",
    "1:0.81084152 2:0.064778982 3:0.066615908 4:0.85255528 5:0.91699879 6:0.94147769 ",
    "1:0.78294588 2:0.064778982 3:0.052801797 4:0.79905896 5:0.86924403 6:0.89848251 ",
    "1:0.74279413 2:0.064778982 3:0.038810404 4:0.7430212 5:0.81108068 6:0.83919241 ",
    "1:0.7535469 2:0.064778982 3:0.0553861 4:0.81573181 5:0.89228763 6:0.92360272 ",
    "1:0.72656633 2:0.064778982 3:0.043258869 4:0.76460435 5:0.83920864 6:0.87155626 ",
    "1:0.68726622 2:0.064778982 3:0.030922104 4:0.71254668 5:0.77850594 6:0.80498778 ",
    "1:0.63349803 2:0.064778982 3:0.038013615 4:0.75176999 5:0.83528432 6:0.88215862 ",
    "1:0.60394824 2:0.064778982 3:0.03004494 4:0.71400524 5:0.78578757 6:0.82308143 ",
    "1:0.56241959 2:0.064778982 3:0.02136261 4:0.67291865 5:0.72892243 6:0.74881646 ",
    "1:0.50818128 2:0.064778982 3:0.028808053 4:0.71172156 5:0.78465896 6:0.82722602 ",
    "1:0.47829471 2:0.064778982 3:0.022946892 4:0.68323749 5:0.74386141 6:0.77269399 ",
    "1:0.43957805 2:0.064778982 3:0.015447998 4:0.64780359 5:0.69255168 6:0.70091868 ",
    "1:0.40154084 2:0.064778982 3:0.022697618 4:0.68415777 5:0.74445841 6:0.78162172 ",
    "1:0.3439641 2:0.064778982 3:0.011635393 4:0.63097298 5:0.66613358 6:0.66379079 ",
    "1:0.91491234 2:0.41153394 3:0.38096487 4:0.89889761 5:0.95038406 6:0.97192506 ",
    "1:0.88655237 2:0.41153394 3:0.32747681 4:0.82957396 5:0.90234555 6:0.93753935 ",
    "1:0.85734964 2:0.41153394 3:0.28689298 4:0.75950394 5:0.84227294 6:0.88860939 ",
    "1:0.87917131 2:0.41153394 3:0.31836031 4:0.81090768 5:0.887565 6:0.92590615 ",
    "1:0.85010476 2:0.41153394 3:0.28280816 4:0.74746763 5:0.83272303 6:0.8801866 ",
    "1:0.81463536 2:0.41153394 3:0.24667002 4:0.67362352 5:0.75792704 6:0.81078305 ",
    "1:0.84346189 2:0.41153394 3:0.29695396 4:0.76665422 5:0.85020434 6:0.8951033 ",
    "1:0.81160508 2:0.41153394 3:0.26264354 4:0.69736365 5:0.7831915 6:0.83531288 ",
    "1:0.77231516 2:0.41153394 3:0.22613832 4:0.61849783 5:0.69510002 6:0.74611821 ",
    "1:0.79826801 2:0.41153394 3:0.27610067 4:0.72574042 5:0.81561441 6:0.86703542 ",
    "1:0.76319665 2:0.41153394 3:0.24391634 4:0.65464587 5:0.73815109 6:0.79216889 ",
    "1:0.72069133 2:0.41153394 3:0.20960427 4:0.57721443 5:0.64402187 6:0.68939383 ",
    "1:0.68179043 2:0.41153394 3:0.23792453 4:0.64146311 5:0.729184 6:0.79705189 ",
    "1:0.64834555 2:0.41153394 3:0.21497621 4:0.58612074 5:0.65621763 6:0.70995949 ",
    "1:0.6030635 2:0.41153394 3:0.18639866 4:0.5184118 5:0.56298176 6:0.58999882 ",
    "1:0.56116305 2:0.41153394 3:0.211298 4:0.57777075 5:0.64729662 6:0.70904305 ",
    "1:0.52853073 2:0.41153394 3:0.19342012 4:0.53427881 5:0.58548314 6:0.62583696 ",
    "1:0.49283025 2:0.41153394 3:0.17138706 4:0.48192745 5:0.50981682 6:0.51812264 ",
    "1:0.45849528 2:0.41153394 3:0.1933288 4:0.53432693 5:0.58602965 6:0.63438973 ",
    "1:0.43100316 2:0.41153394 3:0.17890259 4:0.49936733 5:0.53431359 6:0.55603396 ",
    "1:0.39598444 2:0.41153394 3:0.16109051 4:0.45685412 5:0.47167834 6:0.46174802 ",
    "1:0.97539925 2:0.067429096 3:0.646082 4:0.95530639 5:0.9767318 6:0.9857173 ",
    "1:0.96522613 2:0.067429096 3:0.61691633 4:0.93120782 5:0.96017845 6:0.97392814 ",
    "1:0.95031972 2:0.067429096 3:0.57888699 4:0.89204371 5:0.92938039 6:0.94906265 ",
    "1:0.91931216 2:0.067429096 3:0.59158726 4:0.92239172 5:0.95405147 6:0.96924055 ",
    "1:0.90510334 2:0.067429096 3:0.5543729 4:0.88103934 5:0.92151244 6:0.94339816 ",
    "1:0.88176654 2:0.067429096 3:0.51021121 4:0.82348961 5:0.87083012 6:0.89896825 ",
    "1:0.86485312 2:0.067429096 3:0.5609934 4:0.89174108 5:0.93509159 6:0.95402597 ",
    "1:0.85006491 2:0.067429096 3:0.52208828 4:0.83957283 5:0.88962492 6:0.9155692 ",
    "1:0.82840588 2:0.067429096 3:0.47898696 4:0.77590082 5:0.82767172 6:0.85864944 ",
    "1:0.78384486 2:0.067429096 3:0.52761112 4:0.84813033 5:0.90853934 6:0.93801948 ",
    "1:0.76794198 2:0.067429096 3:0.49155575 4:0.79297779 5:0.85408909 6:0.88775992 ",
    "1:0.74071295 2:0.067429096 3:0.44850836 4:0.72304483 5:0.77871009 6:0.81240572 ",
    "1:0.63682623 2:0.067429096 3:0.47643242 4:0.76493774 5:0.83497363 6:0.89569946 ",
    "1:0.61909458 2:0.067429096 3:0.44811738 4:0.71722262 5:0.77852333 6:0.83338043 ",
    "1:0.598791 2:0.067429096 3:0.41455634 4:0.65898565 5:0.7066917 6:0.74905326 ",
    "1:0.45610548 2:0.067429096 3:0.43433493 4:0.68980457 5:0.74420076 6:0.80465634 ",
    "1:0.42128521 2:0.067429096 3:0.41290869 4:0.6515686 5:0.69403079 6:0.74177718 ",
    "1:0.3973199 2:0.067429096 3:0.38324463 4:0.59899705 5:0.62542129 6:0.65364255 ",
    "1:0.33929266 2:0.067429096 3:0.40196048 4:0.63234535 5:0.67000461 6:0.73359019 ",
    "1:0.30717303 2:0.067429096 3:0.36080477 4:0.55822348 5:0.57073663 6:0.59274921 ",
    "1:0.93399065 2:0.41032924 3:0.59783417 4:0.84190929 5:0.89750138 6:0.92595957 ",
    "1:0.90595546 2:0.41032924 3:0.52675557 4:0.75232557 5:0.81678388 6:0.85451254 ",
    "1:0.86884349 2:0.41032924 3:0.54882568 4:0.79721591 5:0.86027193 6:0.89474014 ",
    "1:0.83688316 2:0.41032924 3:0.48353911 4:0.70508019 5:0.770587 6:0.80951258 ",
    "1:0.79909048 2:0.41032924 3:0.42019162 4:0.60634089 5:0.66016059 6:0.69152126 ",
    "1:0.81190475 2:0.41032924 3:0.49259836 4:0.7117051 5:0.78203532 6:0.82516406 ",
    "1:0.74851584 2:0.41032924 3:0.45030562 4:0.6405497 5:0.71098466 6:0.75519602 ",
    "1:0.70811815 2:0.41032924 3:0.38732716 4:0.54017845 5:0.59142454 6:0.62173185 ",
    "1:0.65812028 2:0.41032924 3:0.32785534 4:0.44278414 5:0.46803981 6:0.47218162 ",
    "1:0.61340029 2:0.41032924 3:0.39943043 4:0.54621466 5:0.59971792 6:0.64499079 ",
    "1:0.56718004 2:0.41032924 3:0.34225148 4:0.45255833 5:0.47917361 6:0.49550478 ",
    "1:0.51323626 2:0.41032924 3:0.28723094 4:0.3630784 5:0.36155632 6:0.34265877 ",
    "1:0.46393127 2:0.41032924 3:0.36091767 4:0.47414782 5:0.50203091 6:0.5272931 ",
    "1:0.41890265 2:0.41032924 3:0.30897915 4:0.3896105 5:0.39059442 6:0.38221519 ",
    "1:0.36224567 2:0.41032924 3:0.25797424 4:0.30816486 5:0.2829338 6:0.23861234 ",
    "1:0.34347502 2:0.41032924 3:0.33118399 4:0.42270482 5:0.43137066 6:0.43794074 ",
    "1:0.303906 2:0.41032924 3:0.28516121 4:0.34844872 5:0.33277335 6:0.30318849 ",
    "1:0.25451112 2:0.41032924 3:0.239294 4:0.27618757 5:0.23743598 6:0.17354124 ",
    "1:1 3:0.98241836 4:0.99754447 5:0.99837843 6:0.99879687 ",
    "1:0.99927781 3:0.97396968 4:0.99499278 5:0.99653001 6:0.99752536 ",
    "1:0.99807987 3:0.96785094 4:0.99313412 5:0.99514902 6:0.99653825 ",
    "1:0.92550928 3:0.88463259 4:0.98984367 5:0.99445867 6:0.99599134 ",
    "1:0.92248998 3:0.88269439 4:0.98579001 5:0.9917863 6:0.99411831 ",
    "1:0.91252277 3:0.87943561 4:0.97844374 5:0.98618184 6:0.99029255 ",
    "1:0.85667795 3:0.86407181 4:0.96026885 5:0.98853248 6:0.99389802 ",
    "1:0.84996215 3:0.86241965 4:0.95421974 5:0.98239426 6:0.99048125 ",
    "1:0.82797239 3:0.85970304 4:0.94347269 5:0.97198968 6:0.98376521 ",
    "1:0.78359349 3:0.85232352 4:0.9205106 5:0.9639259 6:0.98760506 ",
    "1:0.7740968 3:0.85087015 4:0.91651049 5:0.95906687 6:0.98343256 ",
    "1:0.76412341 3:0.84902131 4:0.91055943 5:0.94944204 6:0.97481363 ",
    "1:0.61337431 3:0.83940428 4:0.87369959 5:0.90465003 6:0.96092101 ",
    "1:0.59932186 3:0.83841839 4:0.8712363 5:0.90033732 6:0.95480352 ",
    "1:0.58537358 3:0.83696642 4:0.86758813 5:0.893872 6:0.94383497 ",
    "1:0.42062928 3:0.82941095 4:0.83902061 5:0.84510353 6:0.87138257 ",
    "1:0.4002542 3:0.82840514 4:0.8368136 5:0.84093631 6:0.8674834 ",
    "1:0.3094628 3:0.82716541 4:0.83024299 5:0.82796719 6:0.86356706 ",
    "1:0.29001316 3:0.82647757 4:0.82867904 5:0.8248098 6:0.86408434 ",
    "1:0.27710266 3:0.8257051 4:0.82728426 5:0.82235905 6:0.85969923 ",
    "1:0.90663913 2:0.14610739 3:0.43817477 4:0.82784627 5:0.90710157 6:0.94001176 ",
    "1:0.90426096 2:0.14610739 3:0.43326406 4:0.82123487 5:0.9021133 6:0.93612907 ",
    "1:0.87301894 2:0.14610739 3:0.38374963 4:0.74222319 5:0.83336461 6:0.87727214 ",
    "1:0.86811426 2:0.14610739 3:0.40559067 4:0.79104253 5:0.88029881 6:0.91964051 ",
    "1:0.83600801 2:0.14610739 3:0.36858627 4:0.72304979 5:0.81750507 6:0.86398873 ",
    "1:0.79303316 2:0.14610739 3:0.33543633 4:0.65617509 5:0.74453253 6:0.78951163 ",
    "1:0.82226065 2:0.14610739 3:0.37726233 4:0.73857387 5:0.83579524 6:0.88322128 ",
    "1:0.78986743 2:0.14610739 3:0.34480055 4:0.67269731 5:0.7665205 6:0.81617937 ",
    "1:0.74513395 2:0.14610739 3:0.31379389 4:0.60684271 5:0.68827333 6:0.72971662 ",
    "1:0.75127417 2:0.14610739 3:0.35645593 4:0.69561666 5:0.79695173 6:0.84926516 ",
    "1:0.66677794 2:0.14610739 3:0.29749496 4:0.56835508 5:0.64245656 6:0.67864295 ",
    "1:0.62293836 2:0.14610739 3:0.32749068 4:0.63131327 5:0.72687613 6:0.78818537 ",
    "1:0.58735044 2:0.14610739 3:0.30296925 4:0.57601896 5:0.65321265 6:0.69799032 ",
    "1:0.54225634 2:0.14610739 3:0.27770782 4:0.51923537 5:0.57477828 6:0.59501544 ",
    "1:0.47989563 2:0.14610739 3:0.30820332 4:0.58503378 5:0.66456631 6:0.7174928 ",
    "1:0.4414077 2:0.14610739 3:0.28822665 4:0.53887566 5:0.59925188 6:0.62987117 ",
    "1:0.39949501 2:0.14610739 3:0.26598279 4:0.48912153 5:0.52873127 6:0.53229307 ",
    "1:0.39206975 2:0.14610739 3:0.29566289 4:0.55497136 5:0.62126765 6:0.66418112 ",
    "1:0.36544059 2:0.14610739 3:0.2785156 4:0.5155536 5:0.56455807 6:0.58211923 ",
    "1:0.69605554 2:0.34681232 3:0.093755557 4:0.60913934 5:0.69117362 6:0.73495824 ",
    "1:0.89192404 2:0.49612229 3:0.59146724 4:0.78105663 5:0.84916292 6:0.8882561 ",
    "1:0.91737037 2:0.49612229 3:0.66823667 4:0.86050887 5:0.90873162 6:0.93335071 ",
    "1:0.2214182 2:0.49612229 3:0.10534315 4:-1.110223e-16 6:2.220446e-16 ",
    "1:0.3594872 2:0.49612229 3:0.14024497 4:0.074708413 5:0.10231651 6:0.1259153 ",
    "1:0.67482533 2:0.49612229 3:0.35268026 4:0.4805681 5:0.59603341 6:0.67408692 ",
    "1:0.61342581 2:0.49612229 3:0.27561601 4:0.33977371 5:0.4325213 6:0.50244952 ",
    "1:0.5343717 2:0.49612229 3:0.20276685 4:0.2004308 5:0.25758651 6:0.30054029 ",
    "1:0.79391726 2:0.49612229 3:0.444392 4:0.61630491 5:0.71210086 6:0.77386496 ",
    "1:0.73867648 2:0.49612229 3:0.35967401 4:0.47825205 5:0.57045236 6:0.63752441 ",
    "1:0.67022121 2:0.49612229 3:0.27766156 4:0.33407105 5:0.40732401 6:0.46359154 ",
    "1:0.90057657 2:0.23066177 3:0.65873851 4:0.86090402 5:0.90661213 6:0.93008753 ",
    "1:0.93011029 2:0.23066177 3:0.71439481 4:0.90904598 5:0.94146542 6:0.95674338 ",
    "1:0.4874691 2:0.23066177 3:0.32329421 4:0.33686197 5:0.39456977 6:0.44944683 ",
    "1:0.73710984 2:0.23066177 3:0.49544357 4:0.66648649 5:0.76052819 6:0.81482311 ",
    "1:0.69004118 2:0.23066177 3:0.43933868 4:0.56327049 5:0.65339511 6:0.71348696 ",
    "1:0.62949394 2:0.23066177 3:0.3800888 4:0.44927578 5:0.52327759 6:0.57907725 ",
    "1:0.82277534 2:0.23066177 3:0.56208506 4:0.76164281 5:0.83176644 6:0.86914911 ",
    "1:0.78020364 2:0.23066177 3:0.50145055 4:0.66525882 5:0.74327951 6:0.79017822 ",
    "1:0.72746732 2:0.23066177 3:0.43952897 4:0.55736023 5:0.63319876 6:0.68402869 ",
    "1:0.91341872 3:0.45198963 4:0.97703695 5:0.9907273 6:0.99510256 ",
    "1:0.18980624 3:0.034330388 4:0.25480402 5:0.54197045 6:0.78020579 ",
    "1:0.4730794 3:0.11866359 4:0.58816959 5:0.86435738 6:0.96191842 ",
    "1:0.46600264 3:0.11185039 4:0.56180003 5:0.83415721 6:0.93617329 ",
    "1:0.45337497 3:0.10308547 4:0.52247575 5:0.78583924 6:0.89392193 ",
    "1:0.69386127 3:0.2174879 4:0.84423613 5:0.9662906 6:0.98430594 ",
    "1:0.68660174 3:0.20657211 4:0.81196884 5:0.94140702 6:0.96680805 ",
    "1:0.67544021 3:0.19261438 4:0.76066415 5:0.89973293 6:0.93660362 ",
    "1:0.87911146 2:0.34681232 3:0.22411304 4:0.88845644 5:0.94169671 6:0.96221395 ",
    "1:0.35760888 2:0.34681232 3:0.027607294 4:0.40659646 5:0.45456869 6:0.48256597 ",
    "1:0.4688131 2:0.34681232 3:0.041939301 4:0.45284872 5:0.5157613 6:0.55335821 ",
    "1:0.69816754 2:0.34681232 3:0.11526222 4:0.68549511 5:0.78556255 6:0.83507583 ",
    "1:0.65624547 2:0.34681232 3:0.092281981 4:0.61278125 5:0.70626575 6:0.75613977 ",
    "1:0.60311017 2:0.34681232 3:0.067548447 4:0.53383404 5:0.61287548 6:0.65468717 ",
    "1:0.74644956 2:0.34681232 3:0.12095689 4:0.68834617 5:0.77453583 6:0.81892861 ",
    "1:0.8048121 2:0.25207203 3:0.3681723 4:0.80658472 5:0.8702283 6:0.90583519 ",
    "1:0.89171605 2:0.25207203 3:0.52475418 4:0.85053413 5:0.90454501 6:0.93093678 ",
    "1:0.51012298 2:0.25207203 3:0.2005129 4:0.41516485 5:0.45282017 6:0.47396143 ",
    "1:0.5797031 2:0.25207203 3:0.21631076 4:0.45848604 5:0.51102137 6:0.53823055 ",
    "1:0.73166122 2:0.25207203 3:0.3051639 4:0.67537297 5:0.75767261 6:0.80327187 ",
    "1:0.69622281 2:0.25207203 3:0.27393051 4:0.60399854 5:0.68000038 6:0.72275152 ",
    "1:0.65317124 2:0.25207203 3:0.23994344 4:0.52538719 5:0.5891732 6:0.62164073 ",
    "1:0.77121222 2:0.25207203 3:0.33053889 4:0.73085549 5:0.80341439 6:0.84546456 ",
    "1:0.73815918 2:0.25207203 3:0.29691153 4:0.66166141 5:0.73408074 6:0.77757209 ",
    "1:0.69716201 2:0.25207203 3:0.26283557 4:0.58611788 5:0.65192525 6:0.69015011 ",
    "1:0.89725962 2:0.48885268 3:0.5143645 4:0.8587242 5:0.91841685 6:0.94498293 ",
    "1:0.92683589 2:0.48885268 3:0.55208861 4:0.89938377 5:0.94642982 6:0.96615102 ",
    "1:0.41563731 2:0.48885268 3:0.2554221 4:0.36916892 5:0.43100226 6:0.50888404 ",
    "1:0.52033349 2:0.48885268 3:0.27824915 4:0.42915458 5:0.50850476 6:0.58585271 ",
    "1:0.69691564 2:0.48885268 3:0.35289928 4:0.61359907 5:0.7217863 6:0.78790011 ",
    "1:0.65289017 2:0.48885268 3:0.31268451 4:0.5167094 5:0.61224976 6:0.68477529 ",
    "1:0.81789029 2:0.48885268 3:0.44075432 4:0.7803455 5:0.86328719 6:0.90222545 ",
    "1:0.78583004 2:0.48885268 3:0.4012577 4:0.70792536 5:0.80063653 6:0.85083872 ",
    "1:0.85559183 2:0.20629643 3:0.30562098 4:0.80541317 5:0.89285836 6:0.92907353 ",
    "1:0.87823623 2:0.20629643 3:0.36755712 4:0.8681203 5:0.93297792 6:0.95700049 ",
    "1:0.28569186 2:0.20629643 3:0.076468978 4:0.29833807 5:0.37989948 6:0.4576277 ",
    "1:0.67850561 2:0.20629643 3:0.19487894 4:0.63045155 5:0.76931142 6:0.83706632 ",
    "1:0.63920442 2:0.20629643 3:0.16825499 4:0.55661206 5:0.69111529 6:0.7656762 ",
    "1:0.78333908 2:0.20629643 3:0.24707248 4:0.72284103 5:0.83178838 6:0.88053503 ",
    "1:0.74673262 2:0.20629643 3:0.21465833 4:0.65034545 5:0.76692184 6:0.82551595 ",
    "1:0.87998127 2:0.15600331 3:0.1625414 4:0.81948421 5:0.90185357 6:0.9347395 ",
    "1:0.90420201 2:0.15600331 3:0.19693206 4:0.86294641 5:0.92990351 6:0.95498998 ",
    "1:0.43871049 2:0.15600331 3:0.030541611 4:0.37279112 5:0.4588284 6:0.52004828 ",
    "1:0.74285042 2:0.48885268 3:0.35394597 4:0.61189191 5:0.70897304 6:0.77099691 ",
    "1:0.69518774 2:0.20629643 3:0.1796405 4:0.56432133 5:0.68049028 6:0.74616621 ",
    "1:0.54042467 2:0.15600331 3:0.046271684 4:0.4328793 5:0.5309142 6:0.59282089 ",
    "1:0.70300609 2:0.15600331 3:0.091457045 4:0.60849701 5:0.72282659 6:0.78137183 ",
    "1:0.66144997 2:0.15600331 3:0.068820233 4:0.51732819 5:0.62198733 6:0.67977328 ",
    "1:0.80993214 2:0.15600331 3:0.13401869 4:0.75274384 5:0.8506531 6:0.89321405 ",
    "1:0.78167533 2:0.15600331 3:0.11289462 4:0.67598462 5:0.78117168 6:0.83259364 ",
    "1:0.74565796 2:0.15600331 3:0.089218917 4:0.58797907 5:0.69284768 6:0.74971699 ",
    "1:0.9418574 2:0.08765484 3:0.72226864 4:0.93291747 5:0.960644 6:0.97304054 ",
    "1:0.96968854 2:0.08765484 3:0.77391346 4:0.95596295 5:0.97544784 6:0.98405871 ",
    "1:0.45809369 2:0.08765484 3:0.36628046 4:0.45852823 5:0.56005228 6:0.65708595 ",
    "1:0.57776221 2:0.08765484 3:0.42071301 4:0.56376512 5:0.66454599 6:0.741236 ",
    "1:0.77257175 2:0.08765484 3:0.5597726 4:0.80653689 5:0.88996341 6:0.92691132 ",
    "1:0.74999802 2:0.08765484 3:0.52069978 4:0.74484555 5:0.83431246 6:0.87935204 ",
    "1:0.71777065 2:0.08765484 3:0.47011786 4:0.66069877 5:0.75226598 6:0.80539407 ",
    "1:0.86064316 2:0.08765484 3:0.62680052 4:0.88208508 5:0.93041565 6:0.9505376 ",
    "1:0.83887552 2:0.08765484 3:0.58154998 4:0.82429855 5:0.8858516 6:0.91563291 ",
    "1:0.85632141 2:0.93973481 3:0.36718425 4:0.81512123 5:0.88887359 6:0.92320992 ",
    "1:0.91941823 2:0.93973481 3:0.41336953 4:0.88038833 5:0.93688884 6:0.95992879 ",
    "1:0.3070772 2:0.93973481 3:0.18757116 4:0.34864297 5:0.3777168 6:0.38922611 ",
    "1:0.42428709 2:0.93973481 3:0.20295859 4:0.39290035 5:0.43632323 6:0.45871216 ",
    "1:0.66382463 2:0.93973481 3:0.28594627 4:0.63969879 5:0.73360583 6:0.78380069 ",
    "1:0.62474007 2:0.93973481 3:0.26141889 4:0.56602175 5:0.64775366 6:0.69263211 ",
    "1:0.5762709 2:0.93973481 3:0.23537634 4:0.48984694 5:0.55363885 6:0.5853905 ",
    "1:0.72960023 2:0.93973481 3:0.29554025 4:0.64471949 5:0.72634443 6:0.77062686 ",
    "1:0.68687464 2:0.93973481 3:0.2669659 4:0.56720118 5:0.63868728 6:0.67673331 ",
    "1:0.87062235 2:0.49739676 3:0.53966638 4:0.77392585 5:0.84784447 6:0.89031641 ",
    "1:0.67721467 2:0.49739676 3:0.37192301 4:0.52750491 5:0.62426522 6:0.6929947 ",
    "1:0.62552631 2:0.49739676 3:0.30895604 4:0.40532955 5:0.48355121 6:0.54476585 ",
    "1:0.56142653 2:0.49739676 3:0.24752355 4:0.28326524 5:0.33261781 6:0.37104424 ",
    "1:0.77998422 2:0.49739676 3:0.43832146 4:0.63397606 5:0.7240692 6:0.78367237 ",
    "1:0.67569895 2:0.49739676 3:0.30599867 4:0.39201262 5:0.45927759 6:0.51239284 ",
    "1:0.91839373 2:0.04579546 3:0.69472114 4:0.97790884 5:0.9891237 6:0.993277 ",
    "1:0.98791521 2:0.04579546 3:0.90293444 4:0.99181622 5:0.99642641 6:0.9978864 ",
    "1:0.25896526 2:0.04579546 3:0.31879 4:0.45852885 5:0.59717781 6:0.71487885 ",
    "1:0.40634904 2:0.04579546 3:0.35412414 4:0.55926446 5:0.70175505 6:0.79649177 ",
    "1:0.6483368 2:0.04579546 3:0.45989947 4:0.82115248 5:0.92520734 6:0.9594384 ",
    "1:0.62949718 2:0.04579546 3:0.44400319 4:0.77920819 5:0.88713866 6:0.92903178 ",
    "1:0.59976014 2:0.04579546 3:0.42297435 4:0.72390263 5:0.83364665 6:0.88344569 ",
    "1:0.78180974 2:0.04579546 3:0.54174294 4:0.92424698 5:0.96600395 6:0.97868211 ",
    "1:0.73985421 2:0.04579546 3:0.499439 4:0.84012074 5:0.90229375 6:0.92936693 ",
    "1:0.95273022 2:0.014623935 3:0.90135809 4:0.99584619 5:0.9970631 6:0.99757649 ",
    "1:0.99718538 2:0.014623935 3:1 4:1 5:1 6:1 ",
    "1:0.47722492 2:0.014623935 3:0.75468972 4:0.76017077 5:0.83753774 6:0.92265059 ",
    "1:0.5724789 2:0.014623935 3:0.77708563 4:0.84258654 5:0.91016348 6:0.95440359 ",
    "1:0.74425089 2:0.014623935 3:0.78900741 4:0.90386551 5:0.96905764 6:0.98466408 ",
    "1:0.72871424 2:0.014623935 3:0.78701408 4:0.89679281 5:0.96056131 6:0.977629 ",
    "1:0.71167822 2:0.014623935 3:0.78422805 4:0.88268036 5:0.94383829 6:0.96596858 ",
    "1:0.84765099 2:0.014623935 3:0.81445984 4:0.96615706 5:0.98858241 6:0.99176534 ",
    "1:0.84127012 2:0.014623935 3:0.81253935 4:0.95982371 5:0.98309178 6:0.9870796 ",
    "1:0.87931568 2:0.22767235 3:0.31750162 4:0.85145925 5:0.9121085 6:0.93772147 ",
    "1:0.91061528 2:0.22767235 3:0.35742938 4:0.89821492 5:0.94339974 6:0.96076173 ",
    "1:0.39257764 2:0.22767235 3:0.12019254 4:0.3951559 5:0.44657802 6:0.46771549 ",
    "1:0.49591192 2:0.22767235 3:0.13362033 4:0.43434224 5:0.49900609 6:0.53177669 ",
    "1:0.71284767 2:0.22767235 3:0.2263303 4:0.68859985 5:0.78706365 6:0.83662428 ",
    "1:0.67227079 2:0.22767235 3:0.19328493 4:0.60107975 5:0.69684945 6:0.74949279 ",
    "1:0.61928338 2:0.22767235 3:0.15963705 4:0.51010642 5:0.59283393 6:0.63883591 ",
    "1:0.80205907 2:0.22767235 3:0.26078021 4:0.76359704 5:0.8470807 6:0.8858359 ",
    "1:0.76382055 2:0.22767235 3:0.22331233 4:0.67735915 5:0.77029889 6:0.81802539 ",
    "1:0.71258735 2:0.22767235 3:0.1864032 4:0.58471122 5:0.67581508 6:0.72558613 ",
    "1:0.89291952 2:0.16787772 3:0.69408521 4:0.91495146 5:0.94890261 6:0.96269344 ",
    "1:0.91951481 2:0.16787772 3:0.7239389 4:0.94244479 5:0.9681932 6:0.97806033 ",
    "1:0.80929502 2:0.08765484 3:0.52947327 4:0.7501341 5:0.82294191 6:0.86264385 ",
    "1:0.73346397 2:0.49739676 3:0.37130724 4:0.51472366 5:0.59961357 6:0.66258291 ",
    "1:0.83089047 2:0.014623935 3:0.80905852 4:0.94637428 5:0.97242826 6:0.97946694 ",
    "1:0.48213397 2:0.16787772 3:0.49792761 4:0.59161372 5:0.62979552 6:0.64254584 ",
    "1:0.56800546 2:0.16787772 3:0.5149767 4:0.63026581 5:0.67890679 6:0.69964851 ",
    "1:0.76258425 2:0.16787772 3:0.60695536 4:0.80906778 5:0.87125816 6:0.89810007 ",
    "1:0.72319868 2:0.16787772 3:0.57600091 4:0.75310216 5:0.81471966 6:0.84249923 ",
    "1:0.67240963 2:0.16787772 3:0.54473368 4:0.69254626 5:0.74796983 6:0.77177867 ",
    "1:0.83017845 2:0.16787772 3:0.64309172 4:0.86078024 5:0.90892223 6:0.92908907 ",
    "1:0.79342163 2:0.16787772 3:0.60849279 4:0.80724494 5:0.86183239 6:0.88618408 ",
    "1:0.94938914 2:0.055921852 3:0.61526026 4:0.94655706 5:0.97211195 6:0.98210701 ",
    "1:0.98644504 2:0.055921852 3:0.7405327 4:0.96928567 5:0.9853799 6:0.99080378 ",
    "1:0.10775597 2:0.055921852 3:0.1590151 4:0.30536689 5:0.48614515 6:0.64344462 ",
    "1:0.29443857 2:0.055921852 3:0.19401703 4:0.41679982 5:0.61495039 6:0.74140301 ",
    "1:0.5898908 2:0.055921852 3:0.31791569 4:0.72365433 5:0.88324129 6:0.93484545 ",
    "1:0.57308967 2:0.055921852 3:0.29301498 4:0.67070014 5:0.83429953 6:0.89348041 ",
    "1:0.54792627 2:0.055921852 3:0.26207179 4:0.59416461 5:0.75957205 6:0.82870539 ",
    "1:0.78101613 2:0.055921852 3:0.42192974 4:0.86711004 5:0.94030868 6:0.96084539 ",
    "1:0.76526298 2:0.055921852 3:0.38714172 4:0.81340799 5:0.90059649 6:0.93006702 ",
    "1:0.74208953 2:0.055921852 3:0.34721658 4:0.73960747 5:0.84370247 6:0.88485372 ",
    "1:0.90795371 2:0.58937038 3:0.58823535 4:0.80035053 5:0.86988422 6:0.90533033 ",
    "1:0.93556416 2:0.58937038 3:0.65797705 4:0.87169952 5:0.92200942 6:0.94454256 ",
    "1:0.19680854 2:0.58937038 3:0.21585801 4:0.1754362 5:0.20844015 6:0.23846443 ",
    "1:0.34770698 2:0.58937038 3:0.24672569 4:0.24188506 5:0.29544562 6:0.33843061 ",
    "1:0.66051984 2:0.58937038 3:0.40045124 4:0.55415203 5:0.66628031 6:0.73418465 ",
    "1:0.6092064 2:0.58937038 3:0.34931828 4:0.4519606 5:0.54893247 6:0.61355219 ",
    "1:0.54184698 2:0.58937038 3:0.29851601 4:0.34826788 5:0.42168642 6:0.47203603 ",
    "1:0.79373193 2:0.58937038 3:0.47493233 4:0.66775916 5:0.76196439 6:0.81489875 ",
    "1:0.74778935 2:0.58937038 3:0.41507439 4:0.56413083 5:0.65815516 6:0.7166999 ",
    "1:0.85573143 2:1 3:0.37381485 4:0.7891612 5:0.87031145 6:0.90944281 ",
    "1:0.89778056 2:1 3:0.43235998 4:0.86707094 5:0.92632217 6:0.95151451 ",
    "1:0.26623337 2:1 3:0.084027451 4:0.15537936 5:0.17410072 6:0.17212333 ",
    "1:0.37392021 2:1 3:0.10644455 4:0.21484368 5:0.25587544 6:0.27527817 ",
    "1:0.59637711 2:1 3:0.19031962 4:0.43030863 5:0.5277316 6:0.59069772 ",
    "1:0.51603659 2:1 3:0.14452095 4:0.31406915 5:0.38353445 6:0.42653517 ",
    "1:0.75700132 2:1 3:0.28883701 4:0.65284485 5:0.75623242 6:0.81297442 ",
    "1:0.88260358 2:0.083369236 3:0.57279245 4:0.85249389 5:0.91751611 6:0.94621989 ",
    "1:0.91785848 2:0.083369236 3:0.63999999 4:0.90398906 5:0.94897505 6:0.96762621 ",
    "1:0.70997536 2:0.083369236 3:0.42718441 4:0.69347659 5:0.81124449 6:0.87136343 ",
    "1:0.66561759 2:0.083369236 3:0.37833052 4:0.59301482 5:0.71772587 6:0.7905538 ",
    "1:0.60283702 2:0.083369236 3:0.33229353 4:0.48675881 5:0.60141743 6:0.67458413 ",
    "1:0.79681394 2:0.083369236 3:0.48094343 4:0.76665994 5:0.86191893 6:0.90760934 ",
    "1:0.75431872 2:0.083369236 3:0.42082971 4:0.66591147 5:0.77995959 6:0.84260661 ",
    "1:0.69517962 2:0.083369236 3:0.36350305 4:0.54888271 5:0.66506794 6:0.73685112 ",
    "1:0.85877443 2:0.42532178 3:0.43562507 4:0.80721931 5:0.87934044 6:0.91434143 ",
    "1:0.91202697 2:0.42532178 3:0.50912639 4:0.87959883 5:0.93223488 6:0.95450335 ",
    "1:0.30512267 2:0.42532178 3:0.18976794 4:0.30662908 5:0.34637104 6:0.3661022 ",
    "1:0.40588686 2:0.42532178 3:0.20589097 4:0.35241209 5:0.40358156 6:0.42577381 ",
    "1:0.66777856 2:0.42532178 3:0.30879992 4:0.60375124 5:0.70097073 6:0.75507206 ",
    "1:0.62349716 2:0.42532178 3:0.27349745 4:0.5196735 5:0.60339149 6:0.65103342 ",
    "1:0.57348929 2:0.42532178 3:0.24033766 4:0.43855753 5:0.50243186 6:0.53322825 ",
    "1:0.75731817 2:0.42532178 3:0.35347476 4:0.69239941 5:0.78245146 6:0.83117443 ",
    "1:0.71492133 2:0.42532178 3:0.31296983 4:0.60525302 5:0.69243388 6:0.7432587 ",
    "1:0.74598388 2:0.16787772 3:0.57222383 4:0.74405775 5:0.79993424 6:0.82484891 ",
    "1:0.68521786 2:0.58937038 3:0.35481019 4:0.45269287 5:0.53578336 6:0.59116487 ",
    "1:0.62437406 2:1 3:0.18559792 4:0.41535212 5:0.50422336 6:0.56173557 ",
    "1:0.66256481 2:0.42532178 3:0.27479904 4:0.51802649 5:0.59270541 6:0.63560969 ",
    "1:0.70532989 2:0.54342577 3:0.18169339 4:0.50290989 5:0.59875259 6:0.65332628 ",
    "1:0.88220599 2:0.20820673 3:0.40997978 4:0.82462749 5:0.89794736 6:0.93142825 ",
    "1:0.91728681 2:0.20820673 3:0.45891267 4:0.87823329 5:0.93535353 6:0.95883927 ",
    "1:0.39053999 2:0.20820673 3:0.17753958 4:0.33495583 5:0.39777832 6:0.44399359 ",
    "1:0.48387441 2:0.20820673 3:0.20172681 4:0.39715881 5:0.47368229 6:0.52781628 ",
    "1:0.70099226 2:0.20820673 3:0.31094767 4:0.6676259 5:0.77726116 6:0.83518027 ",
    "1:0.65966561 2:0.20820673 3:0.27420721 4:0.57889989 5:0.68485118 6:0.74837036 ",
    "1:0.60617061 2:0.20820673 3:0.23419121 4:0.48018865 5:0.57200972 6:0.63197473 ",
    "1:0.7890525 2:0.20820673 3:0.3510016 4:0.74206651 5:0.83508543 6:0.88101902 ",
    "1:0.69891028 2:0.20820673 3:0.26679137 4:0.55816547 5:0.65579282 6:0.71593631 ",
    "1:0.8789356 2:0.54342577 3:0.32439292 4:0.78747769 5:0.87303614 6:0.91271252 ",
    "1:0.90799305 2:0.54342577 3:0.37898741 4:0.85252726 5:0.92049615 6:0.94848246 ",
    "1:0.44711702 2:0.54342577 3:0.10123262 4:0.31581962 5:0.38571265 6:0.42827036 ",
    "1:0.6566649 2:0.54342577 3:0.18169045 4:0.51611903 5:0.62179755 6:0.68216176 ",
    "1:0.79670443 2:0.54342577 3:0.26295318 4:0.6905031 5:0.79291823 6:0.84469464 ",
    "1:0.75664435 2:0.54342577 3:0.22334634 4:0.60145902 5:0.70573225 6:0.76318544 ",
    "1:0.8811176 2:0.047285912 3:0.53826775 4:0.933335 5:0.95948954 6:0.96870909 ",
    "1:0.90573613 2:0.047285912 3:0.55323777 4:0.95113339 5:0.97249918 6:0.9795177 ",
    "1:0.51733002 2:0.047285912 3:0.41965074 4:0.71632669 5:0.73953043 6:0.73487553 ",
    "1:0.5810431 2:0.047285912 3:0.43113594 4:0.74141738 5:0.76929188 6:0.77018949 ",
    "1:0.76491447 2:0.047285912 3:0.49613729 4:0.87838146 5:0.91688438 6:0.93150362 ",
    "1:0.72816168 2:0.047285912 3:0.47217411 4:0.83138845 5:0.8704229 6:0.88419439 ",
    "1:0.68443073 2:0.047285912 3:0.44652268 4:0.77691812 5:0.81043483 6:0.8177009 ",
    "1:0.82949905 2:0.047285912 3:0.51559706 4:0.90512389 5:0.93743101 6:0.9492968 ",
    "1:0.79740378 2:0.047285912 3:0.49225957 4:0.86357299 5:0.89948127 6:0.91221155 ",
    "1:0.75331875 2:0.047285912 3:0.46606653 4:0.81323145 5:0.84847474 6:0.85892657 ",
    "1:0.32027025 2:0.49739676 3:0.17094319 4:0.12195679 5:0.13277563 6:0.14165413 ",
    "1:0.69981151 2:0.54342577 3:0.21726369 4:0.60683566 5:0.72232536 6:0.78414054 ",
    "1:0.76580991 2:0.93973481 3:0.32205372 4:0.7176044 5:0.80237787 6:0.84588741 ",
    "1:0.93181136 2:0.49739676 3:0.62713449 4:0.86099016 5:0.91514168 6:0.94169199 ",
    "1:0.73251944 2:0.15600331 3:0.11085278 4:0.68794624 5:0.80350923 6:0.85660483 ",
    "1:0.58396162 2:0.20629643 3:0.13877412 4:0.4724047 5:0.59295828 6:0.66834832 ",
    "1:0.32002648 2:0.54342577 3:0.072456434 4:0.24261286 5:0.29785605 6:0.33368644 ",
    "1:0.37333711 2:0.23066177 3:0.29022709 4:0.26882214 5:0.30809596 6:0.35304275 ",
    "1:0.73288362 2:0.48885268 3:0.38858001 4:0.69395818 5:0.80318832 6:0.85946067 ",
    "1:0.76399364 2:0.04579546 3:0.52334234 4:0.88859427 5:0.94013924 6:0.95946903 ",
    "1:0.43289262 2:0.49739676 3:0.19942282 4:0.18051614 5:0.20657779 6:0.22630829 ",
    "1:0.78399277 2:0.34681232 3:0.1457048 4:0.75791308 5:0.84155109 6:0.88132116 ",
    "1:0.4197563 2:0.20629643 3:0.10015785 4:0.36799816 5:0.4733947 6:0.55804832 ",
    "1:0.65970734 2:1 3:0.23706331 4:0.5477205 5:0.66054901 6:0.7269284 ",
    "1:0.38478895 2:0.083369236 3:0.28184137 4:0.37025203 5:0.46733936 6:0.53517338 ",
    "1:0.69908122 2:1 3:0.2367756 4:0.5367057 5:0.64063877 6:0.70451767 ",
    "1:0.75186201 2:0.20820673 3:0.31004997 4:0.6557112 5:0.75585014 6:0.81164989 ",
    "1:0.85355434 2:0.34681232 3:0.18754744 4:0.83526909 5:0.90421808 6:0.93421072 ",
    "1:0.4807615 2:0.083369236 3:0.30044264 4:0.41587284 5:0.5230585 6:0.59468942 ",
    "1:0.5987601 2:0.54342577 3:0.14271477 4:0.41491191 5:0.50173488 6:0.55220392 "
};
static const char *const vmaf__bi_coefs[198] = {
    "-4",
    "4",
    "-0.3312466607741135",
    "1.296591709971377",
    "-3.795805084530972",
    "0.4082706381617505",
    "-1.966116876631112",
    "-3.906831378063804",
    "0.2951376518668717",
    "3.844294796952767",
    "1.791949006599779",
    "-0.04742554821603767",
    "1.697384149096087",
    "-0.4488405748991944",
    "3.578142440445044",
    "-2.810859235621974",
    "-3.934747494551165",
    "3.88822960690639",
    "-0.1291220645620671",
    "-3.429005082149631",
    "0.8826029312263716",
    "-2.604338473801064",
    "3.218179854477909",
    "-3.920029885313079",
    "-0.8973552482918951",
    "2.868499444203133",
    "-3.093921759128936",
    "-3.484354633465022",
    "3.030717770092585",
    "-2.824427709331125",
    "3.070369083729773",
    "3.349595037286852",
    "0.1908067873206156",
    "1.260121716784963",
    "-1.820426938591862",
    "2.066118912657622",
    "0.4106497146177331",
    "-0.395242760145892",
    "-0.9599025919311199",
    "1.143578590976773",
    "2.50876015662567",
    "-3.652247087177586",
    "1.906725233466803",
    "3.675912192223628",
    "0.4173625743095672",
    "-3.269899994233023",
    "-0.02101933337295771",
    "-3.349187662456667",
    "-3.707645922759767",
    "1.892176612527065",
    "2.884011641087779",
    "-1.829818330126881",
    "1.241005528642242",
    "3.725920839073204",
    "3.747920439254151",
    "-0.1701816698731179",
    "3.221956409323993",
    "0.501907176285194",
    "0.7851013538063726",
    "-0.3268925624051549",
    "-0.5235958324107677",
    "0.1644446502932614",
    "-3.110157924584541",
    "-2.039353680599536",
    "3.3652007526758",
    "2.470354597030938",
    "3.364458180636829",
    "-1.378305332305668",
    "-3.631578518804549",
    "0.9413360986241683",
    "-0.890943140113851",
    "-0.09917300877593396",
    "1.694205720739004",
    "-0.8743350082444694",
    "-3.364281862347453",
    "-0.2575443588609431",
    "-0.4860976037123063",
    "1.870157944946051",
    "3.043073135333841",
    "-3.233648632393172",
    "-2.066901918839273",
    "1.08676891972011",
    "-3.717190615602383",
    "-2.638182817930172",
    "-3.450270994062334",
    "-2.085280735426877",
    "3.803368181080287",
    "-3.682884618517136",
    "-3.475514614535311",
    "-3.139989531496726",
    "-3.527876688031444",
    "3.602929812379988",
    "2.593702006539725",
    "2.799098998361085",
    "-3.50719143723042",
    "0.5841343749640862",
    "-2.385364861414625",
    "-2.75836497743266",
    "2.354529904549924",
    "1.665617466998827",
    "3.926201903328468",
    "0.242221660202504",
    "2.428195691595104",
    "-2.434114453227482",
    "-2.914964270694813",
    "-2.407958259496237",
    "-1.359510920996496",
    "-3.34421308591725",
    "-0.8242747662499885",
    "-1.849849093915226",
    "-2.46565807517018",
    "-1.748535798254621",
    "0.2890463784564076",
    "2.459942512231567",
    "3.251011109312023",
    "-1.136118769442341",
    "-3.585054845675447",
    "1.399743882462317",
    "2.895530853502406",
    "-3.018917317002282",
    "1.704725264035279",
    "-1.616035288038479",
    "-0.759242791820978",
    "-3.884630988020474",
    "2.641410934967968",
    "0.2179413352761508",
    "1.00181772908222",
    "-0.6175788723658556",
    "-1.486841994841118",
    "0.6889025040962506",
    "-3.895579132793026",
    "1.449927496577411",
    "-3.596939885552049",
    "-0.6305772632292915",
    "-0.8894243940153255",
    "1.993421731397643",
    "0.006578268602357856",
    "-0.8830584572033334",
    "-2.052086895583625",
    "-1.805123619076877",
    "-0.2318947640411038",
    "-2.593062849608661",
    "3.750283413663082",
    "1.553399288856198",
    "-3.317831871689732",
    "0.6963172974807204",
    "0.08524522145850208",
    "-0.5891381413483847",
    "-0.02086475034401097",
    "-1.077848909261228",
    "-3.064936983552354",
    "1.914754778541499",
    "-1.247211215494023",
    "-0.5688559134979849",
    "3.61816629710394",
    "-0.6195323909920534",
    "0.7535888721095203",
    "-3.032803578809941",
    "-0.06414609832881771",
    "-1.714662018371208",
    "1.628244830786539",
    "1.371269410643672",
    "-3.519703185503076",
    "3.914763215763422",
    "-0.7248454444925998",
    "-1.755451370004323",
    "0.7139673735929057",
    "3.373890210384199",
    "-0.09852371407581535",
    "3.42140906285268",
    "0.4575646335842737",
    "-1.901476285924184",
    "3.806166866699888",
    "3.723435430816093",
    "3.217533795662864",
    "-1.020629759799599",
    "-2.511297023714154",
    "2.496021656464428",
    "3.503978343535571",
    "-1.220082880286698",
    "-0.9631453841729738",
    "-0.284844952026575",
    "-2.730379422168404",
    "-2.196740973442813",
    "2.845445322542697",
    "2.751019186921391",
    "-1.072879604388782",
    "3.566776002325675",
    "3.139278243844358",
    "1.697481244365876",
    "-1.387963335803035",
    "-1.535509468584138",
    "-1.938016416322493",
    "-1.191200391129056",
    "-0.05343163224908529",
    "-2.491334584277606",
    "2.000000000000001",
    "-1.402544171634588"
};
static const unsigned short vmaf__bi_sv[21000] = {
    0,0,1,1,1,2,1,3,1,4,1,5,1,6,1,7,1,8,1,9,1,10,1,11,1,12,0,13,0,14,0,15,1,16,1,17,1,18,1,19,1,
    20,1,21,1,22,1,23,1,24,1,25,1,26,1,27,1,28,1,29,0,30,0,31,0,32,0,33,0,34,2,35,0,36,0,37,0,
    38,0,39,0,40,0,41,0,42,0,43,0,44,0,45,0,46,1,47,1,48,0,49,0,50,0,51,0,52,1,53,0,54,1,55,0,
    56,1,57,0,58,1,59,1,60,1,61,1,62,0,63,0,64,0,65,0,66,0,67,0,68,0,69,1,70,0,71,0,72,1,73,1,
    74,0,75,0,76,0,77,0,78,0,79,0,80,0,81,0,82,0,83,0,84,0,85,0,86,0,87,0,88,0,89,0,90,0,91,1,
    92,3,93,1,94,1,95,1,96,1,97,1,98,1,99,1,100,0,101,0,102,0,103,0,104,0,105,0,106,1,107,1,108,
    0,109,0,110,0,111,0,112,0,113,0,114,0,115,1,116,1,117,1,118,1,119,1,120,1,121,1,122,1,123,1,
    124,1,125,0,126,1,127,0,128,0,129,0,130,0,131,0,132,0,133,1,134,0,135,1,136,1,137,1,138,1,
    139,1,140,1,141,1,142,1,143,1,144,1,145,0,146,1,147,1,148,1,149,1,150,1,151,1,152,1,153,1,
    154,4,155,0,156,0,157,0,158,0,159,1,160,5,161,0,162,0,163,0,164,0,165,0,166,0,167,6,168,7,
    169,1,170,1,171,1,172,1,173,1,174,1,175,1,176,1,177,1,178,0,179,1,180,1,181,1,182,0,183,1,
    184,1,185,1,186,0,187,1,188,0,189,8,190,1,191,1,192,0,193,1,194,1,195,0,196,0,197,1,198,1,
    199,0,200,1,201,1,202,0,203,0,204,0,205,0,206,0,207,0,208,0,209,0,210,0,0,1,1,1,2,1,3,1,4,1,
    5,1,6,1,7,1,8,1,9,1,10,1,11,1,12,0,13,0,14,0,15,1,16,1,17,1,18,1,19,1,20,1,21,1,22,1,23,1,
    24,1,25,1,26,1,27,1,28,1,29,0,30,0,31,0,32,0,33,0,34,2,35,0,36,0,37,0,38,0,39,0,40,0,41,0,
    42,0,43,0,44,0,45,0,46,1,47,1,48,0,49,0,50,0,51,0,52,1,53,0,54,1,55,0,56,1,57,0,58,1,59,1,
    60,1,61,1,62,0,63,0,64,0,65,0,66,0,67,0,68,0,69,1,70,0,71,0,72,1,73,1,74,0,75,0,76,0,77,0,
    78,0,79,0,80,0,81,0,82,0,83,0,84,0,85,0,86,0,87,0,88,0,89,0,90,0,91,1,92,3,93,1,94,1,95,1,
    96,1,97,1,98,1,99,1,100,0,101,0,102,0,103,0,104,0,105,0,106,1,107,1,108,0,109,0,110,0,111,0,
    112,0,113,0,114,0,115,1,116,1,117,1,118,1,119,1,120,1,121,1,122,1,123,1,124,1,125,0,126,1,
    127,0,128,0,129,0,130,0,131,0,132,0,133,1,134,0,135,1,136,1,137,1,138,1,139,1,140,1,141,1,
    142,1,143,1,144,1,145,0,146,1,147,1,148,1,149,1,150,1,151,1,152,1,153,1,154,4,155,0,156,0,
    157,0,158,0,159,1,160,5,161,0,162,0,163,0,164,0,165,0,166,0,167,6,168,7,169,1,170,1,171,1,
    172,1,173,1,174,1,175,1,176,1,177,1,178,0,179,1,180,1,181,1,182,0,183,1,184,1,185,1,186,0,
    187,1,188,0,189,8,190,1,191,1,192,0,193,1,194,1,195,0,196,0,197,1,198,1,199,0,200,1,201,1,
    202,0,203,0,204,0,205,0,206,0,207,0,208,0,209,0,210,1,211,0,212,1,213,1,214,0,215,0,216,0,
    217,0,218,1,219,0,220,1,221,1,222,0,223,1,224,1,225,1,226,1,227,0,228,1,229,0,230,0,231,0,
    232,0,233,0,234,0,235,0,236,0,237,0,238,0,239,0,240,0,241,0,242,0,243,0,244,0,244,0,245,0,
    246,0,247,1,248,0,249,1,250,1,251,0,252,0,253,1,254,0,255,0,256,0,257,0,258,0,259,0,260,9,
    261,0,262,0,263,1,264,1,265,1,266,1,267,1,268,1,269,0,270,0,271,0,272,0,273,10,274,0,275,0,
    276,0,277,0,278,0,279,0,280,0,281,0,282,1,283,1,284,1,285,1,286,1,287,0,288,0,289,1,290,0,
    291,0,292,0,293,0,294,0,295,1,296,1,297,1,298,1,299,1,300,1,301,1,302,1,303,1,304,1,305,1,
    306,1,307,1,308,1,309,1,310,1,311,1,312,1,313,0,314,1,315,1,316,1,317,1,318,11,319,1,320,0,
    321,1,322,0,323,1,324,12,325,1,326,1,327,0,328,1,329,13,330,0,331,1,332,1,333,0,334,1,335,1,
    336,1,337,1,338,1,339,1,340,0,341,1,341,14,342,1,343,1,344,1,345,1,346,15,347,1,348,0,349,1,
    350,1,351,0,352,1,353,1,354,1,355,1,356,1,357,0,358,1,359,1,360,0,361,1,362,16,363,0,364,1,
    365,0,366,0,367,0,368,0,369,0,370,1,371,0,372,17,373,1,374,0,375,1,376,1,377,0,378,1,379,0,
    380,0,381,0,382,0,383,0,384,0,385,0,386,0,387,0,388,0,389,0,390,0,391,0,392,0,393,1,394,1,
    395,0,396,1,397,1,398,0,399,1,400,0,401,0,402,1,403,0,404,0,405,1,406,0,407,0,408,0,409,0,
    410,0,411,1,412,1,413,1,414,0,415,1,416,1,417,0,418,1,419,1,420,18,421,0,422,1,423,1,424,0,
    425,1,426,1,427,0,428,1,429,1,430,1,431,1,432,1,433,1,434,1,435,1,436,1,437,0,438,0,439,0,
    440,0,441,0,442,0,443,0,444,0,445,0,446,19,447,0,448,1,449,1,450,1,451,0,452,1,453,0,454,1,
    455,1,456,0,457,1,458,0,459,0,460,1,461,0,462,1,463,0,464,0,465,1,466,1,467,0,468,1,469,1,
    470,1,211,0,212,1,213,1,214,0,215,0,216,0,217,0,218,1,219,0,220,1,221,1,222,0,223,1,224,1,
    225,1,226,1,227,0,228,1,229,0,230,0,231,0,232,0,233,0,234,0,235,0,236,0,237,0,238,0,239,0,
    240,0,241,0,242,0,243,0,244,0,244,0,245,0,246,0,247,1,248,0,249,1,250,1,251,0,252,0,253,1,
    254,0,255,0,256,0,257,0,258,0,259,0,260,9,261,0,262,0,263,1,264,1,265,1,266,1,267,1,268,1,
    269,0,270,0,271,0,272,0,273,10,274,0,275,0,276,0,277,0,278,0,279,0,280,0,281,0,282,1,283,1,
    284,1,285,1,286,1,287,0,288,0,289,1,290,0,291,0,292,0,293,0,294,0,295,1,296,1,297,1,298,1,
    299,1,300,1,301,1,302,1,303,1,304,1,305,1,306,1,307,1,308,1,309,1,310,1,311,1,312,1,313,0,
    314,1,315,1,316,1,317,1,318,11,319,1,320,0,321,1,322,0,323,1,324,12,325,1,326,1,327,0,328,1,
    329,13,330,0,331,1,332,1,333,0,334,1,335,1,336,1,337,1,338,1,339,1,340,0,341,1,341,14,342,1,
    343,1,344,1,345,1,346,15,347,1,348,0,349,1,350,1,351,0,352,1,353,1,354,1,355,1,356,1,357,0,
    358,1,359,1,360,0,361,1,362,16,363,0,364,1,365,0,366,0,367,0,368,0,369,0,370,1,371,0,372,17,
    373,1,374,0,375,1,376,1,377,0,378,1,379,0,380,0,381,0,382,0,383,0,384,0,385,0,386,0,387,0,
    388,0,389,0,390,0,391,0,392,0,393,1,394,1,395,0,396,1,397,1,398,0,399,1,400,0,401,0,402,1,
    403,0,404,0,405,1,406,0,407,0,408,0,409,0,410,0,411,1,412,1,413,1,414,0,415,1,416,1,417,0,
    418,1,419,1,420,18,421,0,422,1,423,1,424,0,425,1,426,1,427,0,428,1,429,1,430,1,431,1,432,1,
    433,1,434,1,435,1,436,1,437,0,438,0,439,0,440,0,441,0,442,0,443,0,444,0,445,0,446,19,447,0,
    448,1,449,1,450,1,451,0,452,1,453,0,454,1,455,1,456,0,457,1,458,0,459,0,460,1,461,0,462,1,
    463,0,464,0,465,1,466,1,467,0,468,1,469,1,470,0,471,1,472,1,473,1,474,1,475,1,476,1,477,1,
    478,1,479,1,480,1,481,1,482,1,483,0,484,20,485,21,486,0,487,1,488,1,489,1,490,1,491,1,20,1,
    21,1,492,1,493,1,494,1,495,1,496,1,497,1,498,1,499,0,500,0,501,0,502,0,503,0,504,0,505,0,
    506,0,507,0,508,0,509,0,510,0,511,0,512,0,513,0,514,0,515,1,516,1,517,0,518,0,519,0,520,0,
    521,1,522,0,523,22,524,0,525,1,526,0,527,23,528,1,529,0,530,1,531,1,532,0,533,0,534,0,535,0,
    536,0,537,0,538,1,539,0,540,0,541,1,542,1,543,0,544,0,545,0,546,0,547,0,548,0,549,0,550,0,
    551,0,552,0,553,0,554,0,555,0,556,0,557,0,558,0,559,1,560,1,561,1,562,1,563,1,564,1,565,1,
    566,1,567,1,568,0,569,24,570,0,571,0,572,1,573,0,574,1,575,1,576,0,577,0,578,0,579,0,580,0,
    581,0,582,0,583,1,584,1,585,1,586,1,587,1,588,1,589,1,590,1,591,1,592,0,593,1,594,0,595,0,
    596,1,597,0,598,0,599,0,600,0,601,0,602,0,603,1,604,0,605,1,606,1,607,1,608,1,609,1,610,1,
    611,1,612,1,613,1,614,1,615,1,616,0,617,1,618,1,619,1,620,1,621,1,622,1,623,1,624,25,625,0,
    626,0,627,0,628,0,629,26,630,1,631,0,632,0,633,0,634,0,635,0,636,0,637,0,638,0,639,1,640,1,
    641,1,642,1,643,1,644,1,645,1,646,1,647,1,648,0,649,1,650,1,651,1,652,0,653,1,654,1,655,1,
    656,27,657,1,658,0,659,1,660,1,661,0,662,1,663,1,664,0,665,0,666,1,667,0,668,1,669,28,670,0,
    671,0,672,0,673,0,674,0,675,0,676,0,677,0,678,0,504,1,597,0,535,1,594,1,656,1,590,0,541,1,
    645,0,601,0,657,0,534,1,591,1,493,0,633,1,490,0,679,0,603,1,664,0,596,1,613,1,614,0,599,1,
    516,1,531,29,680,0,680,0,671,0,681,0,548,0,598,1,594,30,478,0,527,1,526,1,20,1,522,1,472,1,
    585,0,525,1,479,0,666,0,598,1,573,1,631,0,578,0,653,1,498,0,534,1,588,31,651,1,606,0,515,1,
    522,1,474,0,649,32,492,0,509,0,538,1,494,0,518,1,542,1,567,1,573,0,507,0,662,1,485,0,528,0,
    649,33,493,0,569,0,675,34,680,1,592,1,494,1,610,1,562,1,20,1,480,1,648,0,583,1,21,0,582,1,
    682,1,622,1,522,0,545,1,623,0,593,1,499,1,619,1,481,1,21,0,600,0,549,1,652,0,554,0,683,1,
    643,0,512,0,666,1,608,0,636,0,684,0,571,1,474,1,585,1,477,0,518,0,685,35,651,1,473,0,538,0,
    668,1,606,1,656,1,478,0,653,0,537,0,538,0,509,1,490,1,498,0,503,1,561,36,478,0,511,0,649,1,
    522,0,662,0,681,37,686,1,481,1,21,0,581,1,543,1,592,0,578,1,609,1,655,1,669,0,605,1,597,1,
    646,0,556,0,525,1,609,0,544,1,573,0,558,1,587,1,669,1,561,0,559,1,481,0,635,0,681,0,544,0,
    665,1,651,1,647,0,534,1,687,1,485,1,590,0,602,0,627,1,490,1,575,1,20,0,678,0,598,0,572,0,
    558,0,634,0,546,1,481,0,681,0,636,1,526,0,521,1,606,0,681,1,663,0,599,0,598,1,664,38,688,0,
    509,1,591,0,637,1,640,0,600,39,492,1,594,1,647,1,652,0,519,1,532,1,621,0,679,1,491,0,506,0,
    668,0,632,0,571,0,513,40,625,0,659,0,511,0,549,0,601,1,613,0,511,1,648,41,625,1,485,0,535,1,
    20,0,662,0,537,42,562,1,478,1,619,0,632,0,557,0,537,1,685,0,513,1,527,1,667,0,605,0,581,1,
    688,0,504,1,624,1,648,43,689,1,475,1,565,1,517,1,561,44,690,1,500,0,523,0,581,1,532,0,550,0,
    649,0,512,1,651,0,557,1,663,0,578,1,647,1,542,0,518,1,657,1,516,1,589,1,667,1,527,1,660,0,
    515,0,505,0,630,0,633,1,485,0,602,1,607,0,574,0,536,1,563,1,568,1,667,1,643,0,545,0,681,1,
    499,1,494,0,538,0,595,0,506,0,501,0,525,1,594,0,678,0,548,1,651,1,489,0,521,0,662,1,586,1,
    531,1,543,1,526,1,651,0,582,0,678,0,558,0,603,1,664,1,667,0,549,1,607,0,518,0,678,1,655,0,
    653,1,667,0,676,0,668,0,673,45,486,0,520,0,580,1,606,1,670,1,661,1,655,1,622,1,524,0,487,0,
    600,1,615,1,658,1,494,0,505,1,527,0,605,1,607,1,640,0,632,0,682,1,495,0,471,1,691,46,625,0,
    639,0,554,0,503,1,527,0,537,1,568,1,516,1,654,1,592,0,632,0,544,1,586,1,660,0,668,0,673,0,
    515,0,506,1,566,0,512,1,640,0,536,47,540,0,671,1,568,0,557,1,499,1,576,48,486,1,606,0,628,0,
    523,0,675,1,491,0,632,1,644,1,663,0,554,1,517,0,558,1,479,1,565,0,548,0,550,0,596,1,472,0,
    628,1,650,1,524,1,527,1,592,1,542,1,563,0,554,1,660,0,579,0,602,1,622,1,522,1,616,0,501,1,
    661,0,508,0,514,0,503,1,20,1,489,0,557,0,602,0,511,0,535,0,504,1,480,1,606,1,621,1,624,0,
    545,0,552,0,503,0,506,1,489,0,637,0,581,0,574,0,515,1,517,1,573,1,612,1,564,1,609,1,588,0,
    637,0,653,0,471,1,491,1,604,1,655,49,565,0,595,1,606,1,576,1,623,0,673,0,605,50,692,0,555,1,
    624,0,599,1,494,1,543,1,667,1,607,1,529,1,473,1,644,0,525,1,586,0,693,0,552,1,532,1,568,0,
    558,1,614,1,564,1,609,1,691,1,478,51,500,0,580,0,541,1,694,0,504,1,490,0,556,0,515,1,606,1,
    584,0,659,1,496,1,576,1,687,0,471,1,645,1,488,52,688,1,644,1,622,0,637,0,637,1,652,1,622,0,
    630,0,571,1,472,0,547,0,574,1,576,1,655,0,581,0,677,1,560,0,668,0,601,1,542,0,617,0,601,1,
    488,0,537,0,636,0,672,0,598,1,622,1,615,0,514,1,642,0,518,1,473,1,613,0,503,0,552,1,694,1,
    524,1,655,0,635,0,677,0,553,1,491,0,571,0,521,0,505,1,497,0,617,1,694,1,480,1,641,0,666,0,
    520,1,482,1,664,0,595,1,661,0,538,1,531,0,510,0,510,1,489,0,601,0,577,0,675,1,624,0,633,1,
    646,0,502,0,629,0,518,1,472,1,488,1,644,1,473,0,676,0,605,1,691,53,695,1,20,1,669,1,592,0,
    638,0,674,1,499,0,554,0,525,0,601,1,495,0,519,54,565,1,479,1,490,1,479,1,609,0,659,0,538,1,
    489,55,682,1,594,1,494,0,633,0,525,1,590,1,664,0,557,1,564,1,543,1,480,1,499,0,598,0,510,0,
    534,0,554,0,503,0,582,56,627,0,653,1,494,1,609,0,605,57,691,58,692,1,615,0,602,1,499,0,634,
    0,548,0,505,0,525,0,557,1,499,0,550,1,618,0,581,0,547,1,517,0,552,0,554,1,482,0,487,0,693,0,
    534,0,557,0,649,0,671,0,527,0,507,1,658,0,666,0,525,1,631,1,621,0,636,0,637,1,685,0,579,0,
    630,0,636,1,650,1,586,59,549,0,653,1,516,1,594,0,523,1,561,1,567,0,556,0,520,0,636,1,522,1,
    621,0,633,0,510,0,690,0,583,0,518,1,588,0,471,0,636,1,491,1,606,1,654,1,623,0,521,1,647,0,
    630,0,574,1,498,0,593,0,515,1,529,0,639,60,549,0,617,0,627,0,629,1,618,1,499,0,583,1,613,1,
    474,0,572,1,573,0,559,0,557,1,516,0,602,1,695,0,536,1,640,0,657,1,608,0,572,0,671,1,20,1,
    648,1,643,1,643,0,537,1,21,0,521,0,572,1,651,1,652,1,654,0,662,0,636,0,634,0,547,0,671,0,
    541,0,503,0,668,1,524,1,565,1,517,1,479,1,622,0,535,1,640,0,582,1,687,0,681,1,615,1,589,61,
    687,0,537,1,479,0,677,0,506,0,602,0,540,1,480,0,582,0,519,0,649,1,643,0,572,1,640,1,588,1,
    475,1,624,1,651,0,506,0,673,62,530,0,634,1,607,0,487,1,495,0,558,0,525,0,628,0,548,1,584,1,
    485,0,598,0,471,1,576,0,583,1,592,1,644,0,541,1,524,0,518,0,518,1,645,0,558,0,630,0,627,0,
    577,0,515,1,616,0,502,1,615,1,588,0,548,1,576,0,605,1,661,1,478,63,693,1,481,0,507,0,665,0,
    600,0,507,1,474,0,559,1,608,0,689,1,478,1,563,0,518,1,613,1,656,1,573,1,645,1,622,1,499,1,
    493,0,504,1,476,1,654,1,609,1,497,1,670,0,503,1,642,1,473,1,604,1,661,0,676,1,20,1,496,0,
    657,0,601,0,693,0,657,0,657,1,612,0,506,0,690,1,584,0,541,1,667,0,693,1,592,1,495,1,539,0,
    515,64,475,1,474,1,597,0,673,1,494,1,651,1,695,0,578,1,522,1,620,1,543,0,633,0,600,65,660,1,
    560,0,659,1,642,1,575,0,601,0,536,1,479,0,677,1,643,1,612,1,615,1,661,0,657,0,600,0,571,0,
    634,1,542,1,495,0,510,1,658,1,656,1,631,1,498,1,664,0,548,0,582,0,603,0,578,1,594,1,564,0,
    507,1,643,1,586,0,662,66,561,0,601,0,659,1,476,0,523,0,471,1,661,1,589,1,568,1,621,1,495,0,
    696,1,473,1,531,0,690,1,663,1,604,0,571,1,592,1,566,1,567,1,615,1,643,1,482,0,530,0,581,1,
    646,0,636,1,588,0,553,0,540,1,612,1,614,0,500,0,547,1,592,0,486,0,556,0,484,1,667,0,696,1,
    480,0,690,0,513,0,601,1,590,1,619,67,629,1,640,1,609,0,598,1,575,0,696,1,499,0,538,1,692,1,
    590,0,599,1,631,0,556,0,544,1,585,1,592,0,665,0,486,0,528,1,479,1,667,0,510,0,583,1,622,0,
    556,1,656,1,590,1,607,68,697,1,532,0,662,1,641,0,553,1,497,0,666,0,577,0,674,1,669,0,533,0,
    502,0,569,69,490,0,632,0,535,0,617,0,662,1,669,0,603,0,518,1,543,1,20,0,523,1,663,0,554,1,
    663,0,632,1,475,0,544,0,503,1,490,0,617,1,481,0,696,0,581,1,20,0,533,1,594,0,527,0,556,0,
    484,1,647,0,579,1,522,1,604,1,645,1,479,0,593,0,578,1,652,1,483,0,605,0,653,1,655,0,665,0,
    653,0,617,0,600,1,568,1,650,0,502,1,643,70,682,0,471,1,587,1,587,0,668,1,646,71,629,1,472,1,
    608,0,633,0,548,1,489,1,687,1,609,1,645,1,539,0,536,1,586,1,480,0,528,1,608,1,624,0,578,0,
    649,0,553,0,503,0,572,0,558,0,549,1,532,1,621,0,603,0,501,1,498,72,539,0,558,0,572,0,502,1,
    497,73,595,1,654,0,676,1,664,1,564,1,567,0,541,1,564,1,542,1,691,1,493,1,472,0,537,1,539,74,
    638,1,494,1,618,1,568,1,531,1,618,1,479,1,587,1,664,0,668,1,696,1,647,1,590,0,582,1,611,1,
    485,0,548,0,572,0,628,1,650,0,678,0,632,1,589,0,678,1,691,1,542,1,647,1,584,1,529,1,604,0,
    547,0,581,1,496,0,509,1,522,1,590,1,516,1,494,0,540,1,576,0,506,1,650,0,533,1,667,1,481,0,
    547,0,596,1,586,0,544,1,620,1,607,0,507,0,580,1,563,1,492,0,508,1,648,1,592,0,503,0,537,0,
    637,0,500,0,572,1,531,1,618,1,485,1,650,0,513,0,582,1,606,0,533,1,586,1,480,0,581,75,694,0,
    508,0,506,1,539,0,536,1,646,0,662,1,529,1,610,1,606,1,531,1,614,0,599,1,20,1,474,1,618,0,
    503,1,609,0,525,1,655,0,639,0,605,76,689,0,662,0,569,0,578,1,651,1,613,1,516,1,650,0,569,0,
    501,0,668,1,496,0,520,0,512,0,554,77,685,1,566,0,692,1,472,0,602,0,553,1,478,78,685,0,677,0,
    633,0,666,0,672,1,539,0,505,0,577,1,542,0,538,0,511,0,692,0,577,0,541,1,522,0,662,0,617,0,
    630,1,608,1,607,0,694,0,505,0,668,0,504,1,565,0,583,79,500,0,666,0,678,0,626,1,612,1,667,1,
    20,1,517,0,557,0,534,1,652,1,590,1,648,0,535,0,541,0,505,1,560,0,627,1,476,1,522,1,560,0,
    577,0,681,1,21,0,581,0,511,1,616,0,601,0,676,1,650,80,502,81,473,1,560,0,484,1,490,0,582,1,
    497,0,638,1,585,0,653,82,689,1,643,1,560,1,488,0,558,0,665,0,653,0,550,1,654,0,617,0,534,0,
    601,0,571,0,504,1,631,0,649,1,493,1,663,1,608,1,561,0,554,0,638,0,599,1,21,0,535,0,551,1,
    568,0,508,1,667,1,624,1,531,83,694,1,584,1,592,0,692,0,471,0,537,0,520,1,477,1,489,1,641,0,
    510,1,644,1,532,0,521,1,609,0,636,0,634,0,570,1,642,1,645,0,501,0,521,1,654,1,690,1,475,1,
    594,0,549,0,676,1,648,0,535,0,545,84,694,1,472,1,645,0,601,1,575,1,616,0,555,0,692,0,554,0,
    534,1,21,1,481,0,502,1,645,1,526,1,592,1,608,0,554,0,673,1,606,85,682,1,620,0,674,0,580,0,
    674,1,489,1,612,86,475,1,489,0,500,0,580,1,498,87,638,0,678,0,536,1,670,1,695,1,584,1,616,1,
    587,0,545,0,633,0,603,1,491,1,576,1,656,0,639,0,513,1,483,0,555,1,565,1,594,0,538,1,568,0,
    599,0,581,1,490,0,519,0,600,1,524,88,502,0,514,0,509,0,653,1,667,1,687,0,509,1,658,0,633,0,
    505,1,588,1,614,1,597,89,657,0,541,1,497,1,687,1,623,0,574,1,606,0,510,1,592,1,695,1,650,90,
    682,0,626,1,497,1,494,1,643,0,665,0,675,1,483,1,591,1,619,1,640,1,564,1,568,91,688,0,555,0,
    487,1,476,0,541,0,515,0,635,0,538,1,563,1,669,0,635,1,631,1,622,1,654,0,549,1,606,0,538,0,
    537,1,477,0,577,0,674,0,685,0,547,1,615,1,565,1,669,0,521,1,517,0,636,0,578,1,597,0,538,1,
    567,1,621,1,652,0,547,0,639,0,507,0,600,0,509,1,524,0,544,1,613,0,601,1,590,0,502,1,539,1,
    499,0,574,0,672,1,618,0,511,92,688,0,599,0,511,1,563,0,508,0,681,0,501,0,557,0,570,0,636,0,
    603,1,480,1,648,0,546,1,563,1,590,1,667,0,593,0,545,1,644,0,514,1,567,0,547,0,525,0,632,1,
    573,1,655,1,612,1,566,1,686,1,594,1,526,0,600,0,555,0,559,1,488,0,484,0,689,0,555,0,637,1,
    480,1,517,0,649,0,634,0,519,0,534,1,563,1,611,1,529,0,689,1,480,0,678,0,582,1,543,93,485,1,
    669,0,553,0,527,0,548,0,696,1,490,0,629,1,491,0,653,1,669,1,496,0,672,0,513,0,595,94,528,1,
    592,0,629,1,473,1,623,1,652,0,672,0,503,0,580,0,577,1,641,0,689,0,553,0,649,0,504,1,647,0,
    662,0,690,1,687,0,665,1,624,0,579,0,512,1,563,1,591,0,557,0,617,0,536,0,675,1,478,0,583,1,
    594,0,675,1,489,0,514,1,594,0,486,95,570,0,659,1,575,0,636,0,636,1,563,1,490,0,559,0,675,1,
    609,1,477,1,613,1,590,1,529,1,604,0,676,0,537,1,482,0,630,1,669,0,653,0,636,0,599,1,624,0,
    600,1,604,0,523,1,570,0,582,1,576,0,581,0,509,1,496,1,560,0,617,96,626,0,601,97,683,1,618,1,
    647,1,651,1,643,98,478,0,545,1,479,1,619,0,507,0,629,1,607,1,669,0,547,0,515,1,620,1,614,1,
    497,1,645,0,514,1,641,0,637,1,651,1,624,1,492,0,558,1,499,1,609,0,507,0,484,1,658,1,685,0,
    525,0,595,1,587,1,497,0,671,1,473,1,584,0,559,1,652,99,478,1,652,1,687,1,526,1,481,100,570,
    0,581,0,502,0,633,101,485,1,543,1,679,0,533,1,517,1,604,102,694,1,531,0,506,1,644,0,649,0,
    665,0,578,0,574,0,580,1,692,0,514,0,559,0,530,1,564,1,679,0,579,1,497,1,655,1,560,0,630,1,
    477,1,667,103,657,104,683,0,639,0,583,0,554,0,583,0,635,0,521,1,607,0,582,1,684,1,20,1,697,
    1,524,0,506,0,574,0,553,1,618,1,670,1,669,1,585,1,641,1,640,0,666,1,655,0,637,1,670,1,691,0,
    581,0,577,1,483,1,488,0,665,0,637,1,586,0,637,0,676,0,596,1,622,1,489,1,576,1,594,1,661,0,
    521,0,515,1,644,1,562,0,598,1,640,0,523,1,618,1,658,1,670,105,635,1,20,106,633,0,506,1,475,
    1,560,0,518,0,639,1,585,1,683,0,637,0,601,1,589,1,476,1,492,1,604,1,615,0,506,1,589,0,535,1,
    645,1,472,0,501,1,566,1,573,1,658,1,652,107,572,0,600,0,512,1,647,1,614,108,633,0,559,1,526,
    1,568,1,604,109,626,0,627,1,516,1,604,1,694,1,695,0,673,0,501,0,601,0,677,0,627,0,521,1,570,
    0,484,1,656,1,614,1,652,0,553,110,617,0,662,1,621,111,668,112,528,1,586,1,566,1,575,1,618,0,
    665,0,662,0,601,0,547,1,663,1,680,0,556,0,538,1,660,0,596,1,20,0,507,1,529,113,685,0,514,
    114,694,1,685,1,488,0,574,1,481,1,20,1,497,0,676,1,643,1,472,0,533,0,674,0,666,1,492,0,506,
    1,695,1,592,0,627,0,471,0,629,0,500,0,569,0,639,0,665,0,675,0,601,1,526,1,621,0,675,0,506,0,
    509,0,637,0,571,1,488,0,546,1,655,0,509,0,500,0,665,0,677,0,578,0,509,1,489,0,547,0,515,1,
    587,0,632,1,478,0,515,0,523,0,508,0,536,1,576,1,648,1,531,0,544,0,676,1,481,0,674,1,497,0,
    639,0,501,0,599,1,482,1,651,0,541,1,497,0,558,1,670,0,675,1,697,1,493,0,582,1,651,1,660,1,
    565,0,574,0,513,0,520,1,496,0,582,1,685,1,618,1,480,0,582,0,677,1,485,0,528,0,571,0,580,1,
    613,0,670,1,614,0,571,1,479,0,536,0,471,0,506,1,621,1,573,0,486,0,596,1,687,0,550,1,565,0,
    579,0,500,0,653,0,659,0,632,0,693,1,687,1,539,1,650,1,610,0,583,0,598,0,554,0,548,1,498,1,
    615,0,551,1,597,0,696,1,522,0,503,1,495,1,488,0,555,1,539,1,607,1,608,0,556,0,596,1,613,0,
    683,0,666,1,594,1,485,1,488,1,661,1,575,0,534,0,550,0,596,0,602,115,630,1,592,1,656,1,496,0,
    500,1,664,0,666,0,510,1,590,1,475,0,534,0,550,0,550,1,516,1,566,0,635,0,501,1,562,1,485,1,
    658,0,550,0,600,1,591,0,547,1,607,1,482,0,570,1,483,1,669,0,673,0,638,0,541,1,566,0,508,1,
    522,0,558,1,516,0,511,1,625,1,654,1,622,1,585,0,603,1,21,1,474,1,497,116,486,0,546,0,544,0,
    570,0,484,1,517,0,541,0,487,0,633,0,519,1,610,1,568,1,694,0,487,0,617,1,543,1,661,0,507,0,
    552,1,483,1,498,0,602,0,601,1,585,1,616,1,654,1,645,0,581,1,623,1,20,117,529,0,530,1,643,0,
    557,1,560,1,612,0,544,1,539,1,565,0,514,0,574,0,670,1,656,118,573,0,665,1,622,1,482,1,606,1,
    618,0,557,0,628,0,666,0,673,0,678,0,536,1,625,119,679,0,628,0,552,0,534,0,593,0,535,1,613,1,
    567,1,498,0,580,1,610,0,659,120,695,121,685,1,643,122,626,1,618,1,475,0,556,1,496,0,505,0,
    553,1,561,1,480,1,478,1,607,1,499,1,474,1,480,0,657,0,649,1,615,1,651,0,577,0,688,0,683,1,
    498,1,594,1,473,1,646,0,598,1,656,123,697,1,590,0,670,0,546,1,610,1,644,1,542,0,553,1,543,0,
    636,124,686,0,538,1,618,0,534,0,544,1,492,1,567,0,554,0,617,0,511,0,582,1,589,0,501,1,586,1,
    683,0,504,1,664,1,543,0,553,1,609,0,602,125,530,0,533,0,628,0,572,1,645,0,582,0,541,1,21,1,
    612,0,533,0,551,126,565,0,638,1,495,0,510,0,599,1,478,0,636,0,541,1,645,1,625,1,495,0,672,1,
    590,0,634,0,534,0,633,0,676,1,640,1,472,1,588,127,593,1,695,1,531,0,535,0,572,0,617,128,540,
    1,489,1,610,0,574,0,552,1,623,1,640,0,487,0,509,1,488,0,514,0,513,1,568,0,617,0,692,0,506,1,
    479,0,649,1,618,1,586,0,672,1,563,0,581,0,537,1,619,0,535,1,489,0,673,0,546,1,516,0,544,1,
    640,0,535,1,690,1,624,0,501,1,576,1,575,1,696,1,575,1,589,1,613,0,598,0,638,1,684,0,552,1,
    575,0,605,1,564,0,602,0,569,1,695,1,643,1,589,1,683,1,624,1,620,1,606,1,648,1,620,1,695,1,
    477,0,581,0,562,0,523,1,684,1,624,129,682,0,653,1,476,0,504,0,553,0,555,0,633,0,582,0,569,1,
    481,1,528,0,632,1,661,0,574,0,509,1,589,1,575,0,501,1,589,1,619,1,613,0,487,1,685,130,692,0,
    674,0,540,1,647,1,604,1,604,0,662,1,565,0,556,1,485,1,499,1,609,0,509,1,489,1,516,0,536,1,
    478,0,598,1,619,0,538,0,582,0,572,0,668,0,638,0,508,0,508,1,640,0,487,1,584,1,543,0,657,1,
    575,1,656,131,685,0,509,0,671,1,695,0,553,0,521,1,623,0,662,1,586,1,615,1,623,1,498,0,577,1,
    654,1,667,0,572,0,512,0,569,0,513,0,551,1,670,1,524,0,676,0,546,1,522,0,537,1,612,1,591,1,
    587,1,474,1,648,0,538,1,20,0,515,1,590,0,598,1,619,1,656,1,575,1,585,0,574,1,562,0,657,1,
    686,0,544,0,551,0,502,1,643,1,620,1,618,1,615,1,576,1,644,132,681,0,603,0,665,0,633,1,661,1,
    664,1,591,0,580,1,567,0,536,0,629,1,615,0,617,1,568,1,495,1,640,1,640,0,666,0,541,1,493,0,
    674,0,521,1,475,0,673,0,649,1,684,0,510,1,622,1,656,1,573,1,531,0,634,1,656,0,519,1,565,1,
    631,0,525,0,673,0,627,1,651,0,533,1,567,1,648,1,587,1,613,1,655,0,523,0,546,1,560,0,578,0,
    635,0,636,1,664,0,674,1,490,1,614,1,563,1,650,0,509,0,617,0,509,1,488,0,578,0,688,0,533,0,
    572,0,553,1,619,0,519,0,523,0,471,0,570,1,622,0,605,1,542,1,648,1,522,0,635,0,637,133,689,0,
    558,0,649,1,610,0,510,1,607,1,532,1,480,1,640,1,612,1,496,1,473,0,649,0,510,0,649,1,620,0,
    534,1,573,1,687,1,615,0,632,1,621,0,512,0,595,0,538,1,663,0,535,1,611,0,535,1,20,0,521,0,
    659,0,649,0,551,0,541,1,589,0,558,1,496,0,605,1,494,1,475,0,668,1,604,0,572,0,666,0,509,1,
    566,0,555,1,645,0,674,0,583,0,649,0,672,1,623,1,622,0,605,1,647,1,667,134,683,0,557,0,571,1,
    619,1,655,0,633,1,661,0,487,0,605,0,627,1,561,0,505,1,615,0,487,0,533,135,695,1,648,1,585,0,
    500,0,511,0,577,1,490,1,494,0,506,0,535,0,666,1,479,0,538,136,691,1,631,1,604,0,599,1,615,0,
    628,0,599,1,476,1,684,0,600,1,20,0,544,1,604,1,496,0,602,137,670,1,498,1,489,0,544,0,683,0,
    486,0,559,1,610,0,639,0,676,1,611,0,583,1,647,138,630,0,635,0,678,1,658,0,683,0,536,0,537,0,
    518,1,473,139,617,1,604,1,606,1,604,0,596,0,665,0,537,1,472,0,603,1,492,1,613,1,482,0,506,0,
    538,0,523,1,20,0,501,140,697,0,574,0,676,1,590,0,577,0,693,0,579,0,550,0,515,1,492,0,571,0,
    629,0,534,1,592,0,580,1,477,0,548,1,623,1,663,1,595,1,492,1,567,1,20,1,526,1,643,1,621,0,
    671,1,604,1,476,0,471,0,547,1,631,0,629,0,507,1,560,1,587,1,543,1,613,0,535,1,622,0,598,0,
    513,1,590,1,493,0,571,1,646,0,601,1,494,1,652,1,611,0,519,0,578,1,621,0,676,1,20,0,674,1,
    648,1,522,1,516,0,571,0,502,1,490,1,621,1,641,1,643,1,475,0,553,1,591,1,642,0,545,0,628,1,
    474,1,493,141,486,1,621,1,497,1,610,1,594,1,647,0,662,1,654,1,613,1,624,1,492,1,644,1,655,0,
    571,1,613,0,520,0,521,142,562,1,563,0,668,0,513,0,657,0,569,0,514,1,648,1,589,0,550,0,571,
    143,539,0,511,0,579,0,635,1,495,1,688,0,672,0,696,1,472,1,661,1,561,0,484,0,551,0,579,0,511,
    0,556,0,515,1,643,0,672,1,516,1,479,1,491,1,473,1,586,1,643,0,639,0,504,1,477,0,557,0,672,1,
    562,0,629,144,630,1,532,0,510,1,623,1,566,0,635,1,562,1,663,0,681,0,535,0,603,1,573,1,494,1,
    489,0,538,0,602,1,641,0,628,0,535,1,643,0,486,1,532,0,681,0,574,0,677,1,613,1,631,1,613,1,
    485,0,581,1,499,0,598,1,623,145,595,0,551,0,557,0,600,0,659,1,670,0,668,0,580,1,490,1,565,0,
    550,1,483,1,607,0,534,1,613,0,595,1,661,1,526,1,567,1,611,1,493,1,499,1,475,1,658,0,595,0,
    595,0,471,0,665,0,546,1,590,0,504,0,577,0,507,0,530,1,660,1,531,1,658,0,580,0,487,1,585,1,
    616,1,480,1,640,1,495,1,667,0,509,1,472,0,581,0,534,146,562,1,644,0,595,0,511,1,498,1,604,1,
    684,1,522,0,537,1,658,1,543,0,637,0,541,0,626,1,584,1,491,0,530,1,526,0,638,0,659,0,554,1,
    641,1,480,0,540,1,589,0,633,0,601,0,678,0,518,1,472,0,596,0,677,0,571,1,588,0,558,1,483,1,
    613,0,547,0,602,0,545,1,576,0,514,1,620,1,499,1,561,1,695,0,595,0,518,1,691,1,685,0,518,147,
    530,0,521,0,514,0,535,1,560,0,548,0,665,0,637,1,483,1,516,0,538,1,565,0,520,0,500,1,661,1,
    644,1,475,0,537,0,557,0,637,0,580,1,611,0,632,1,496,0,593,0,559,0,580,1,613,1,684,1,660,0,
    501,0,471,1,667,1,694,1,612,0,628,0,509,148,530,1,489,1,489,0,668,0,659,1,623,1,655,0,540,1,
    568,1,614,0,508,1,619,1,619,0,659,0,503,1,652,1,624,1,567,1,20,0,536,1,498,1,567,0,545,0,
    653,0,554,1,606,0,662,1,526,149,473,1,648,0,545,1,621,0,520,0,503,0,634,1,624,1,480,1,489,1,
    496,1,531,1,648,0,676,1,567,0,551,0,572,0,579,0,504,1,516,150,630,0,555,0,583,1,478,1,585,0,
    523,0,519,0,514,0,546,1,475,0,540,1,698,151,695,1,499,152,575,1,498,1,560,1,652,1,616,0,557,
    0,512,0,507,1,566,0,548,0,599,0,544,1,667,0,583,1,586,0,670,1,522,0,552,1,565,0,632,1,619,0,
    514,0,653,1,597,1,590,1,576,1,585,1,613,1,612,1,652,1,656,0,547,1,575,1,631,1,670,0,487,1,
    616,1,21,0,617,153,691,1,481,0,600,0,649,1,563,0,505,0,504,1,489,0,510,1,658,1,641,1,614,0,
    541,0,689,154,485,0,521,0,572,0,632,1,472,1,616,0,681,0,547,1,611,1,619,0,537,1,516,1,646,0,
    519,155,651,0,507,1,619,1,20,1,644,1,660,0,521,1,613,1,560,1,475,156,478,1,529,0,627,0,673,
    0,678,1,592,1,492,0,678,1,641,0,511,0,545,0,632,1,576,0,519,1,497,0,538,0,550,0,583,0,538,0,
    500,1,587,0,666,0,508,1,543,1,517,1,608,1,670,0,675,1,488,0,552,0,552,1,658,0,552,0,617,1,
    576,0,533,1,475,1,496,0,546,1,620,1,496,1,532,0,635,1,645,0,536,0,570,0,546,0,637,0,512,1,
    623,0,502,0,484,0,544,1,669,0,552,0,697,0,662,0,572,0,626,0,676,0,502,1,648,0,678,1,566,1,
    604,1,660,1,661,0,580,157,617,1,618,0,501,0,572,0,500,1,496,0,525,1,481,1,656,0,628,1,539,1,
    526,0,675,1,566,1,660,0,547,0,538,1,648,0,692,1,641,1,495,0,582,0,577,0,626,1,664,1,688,1,
    664,158,691,159,668,0,571,0,471,1,531,0,598,1,590,1,640,1,474,0,570,0,697,0,514,0,596,160,
    684,1,563,1,683,1,531,0,504,1,495,1,664,1,495,0,535,1,604,1,565,0,672,1,522,1,616,0,487,0,
    580,0,676,0,574,0,487,0,533,1,652,0,514,1,493,1,616,1,566,1,624,0,550,0,502,0,627,1,531,1,
    610,1,522,1,631,0,501,0,571,0,509,0,501,0,649,1,529,1,661,1,658,0,487,1,21,0,525,0,634,0,
    506,1,565,1,481,0,635,1,626,0,578,1,532,0,684,0,580,0,649,0,582,1,616,1,475,0,507,0,673,0,
    601,1,615,0,577,0,523,1,568,0,603,1,688,1,617,0,684,161,696,1,619,0,659,0,555,1,658,1,585,0,
    679,1,496,1,496,1,640,1,573,1,479,0,675,1,622,0,677,0,602,0,506,1,584,1,566,0,484,0,504,0,
    672,1,640,0,547,1,485,1,568,0,506,162,692,1,486,0,653,1,491,1,488,1,605,1,638,0,510,0,603,1,
    646,0,550,1,565,1,576,0,507,1,646,0,512,0,628,1,477,0,602,1,483,1,586,1,648,1,492,0,691,0,
    554,1,21,1,646,1,638,1,688,1,20,0,691,1,495,1,542,0,503,1,663,163,475,1,587,0,577,0,507,0,
    553,1,604,1,564,1,565,1,607,1,645,1,495,0,558,1,618,0,581,1,522,0,678,0,548,0,600,1,567,0,
    675,0,649,1,588,1,568,0,675,1,622,0,602,0,582,0,675,0,546,1,615,1,566,0,668,0,509,1,595,1,
    610,1,643,0,698,1,682,1,619,0,600,0,538,0,504,0,632,1,650,0,579,1,612,0,675,0,530,1,638,1,
    688,0,628,0,504,0,515,1,565,1,669,1,608,1,516,0,578,0,520,1,542,0,537,1,661,1,590,0,665,0,
    527,0,579,0,598,1,543,1,645,1,620,0,527,0,559,1,516,1,611,0,512,0,689,1,21,164,551,1,542,0,
    569,0,544,1,575,1,529,1,565,1,20,0,578,0,577,0,556,1,623,0,603,0,548,0,632,0,580,1,622,0,
    601,0,525,165,684,0,508,1,473,0,519,1,656,1,570,166,696,1,646,0,675,1,605,0,602,1,641,1,640,
    0,569,0,639,1,609,0,582,1,612,0,510,0,520,0,544,0,674,1,477,1,492,0,525,1,565,0,501,1,654,0,
    685,0,668,0,559,1,623,0,569,0,600,1,591,1,607,1,522,0,629,1,20,0,696,1,531,0,505,167,664,0,
    692,1,478,1,586,0,487,0,507,0,637,1,481,0,675,1,588,0,527,1,477,0,668,1,623,0,668,0,507,1,
    498,0,487,0,678,0,632,1,499,1,526,1,590,1,623,1,473,0,510,0,635,0,578,0,598,0,521,1,495,0,
    545,1,516,0,515,0,525,0,578,1,479,1,495,0,580,0,680,0,527,1,494,0,553,0,637,1,568,1,655,1,
    473,0,515,0,666,0,632,0,535,1,645,168,657,1,490,0,574,1,485,1,667,0,677,0,503,1,670,1,495,1,
    620,0,545,0,598,1,592,169,562,1,491,1,483,0,602,1,493,1,565,170,664,0,551,1,576,1,588,0,683,
    1,526,1,560,0,500,0,513,0,598,1,477,0,511,1,568,0,630,0,509,0,502,0,691,0,484,1,492,1,648,1,
    481,0,603,0,637,1,633,1,586,1,584,0,673,1,589,0,506,1,647,0,518,1,564,0,677,0,513,1,648,171,
    639,0,659,1,21,1,491,1,624,1,526,1,620,1,573,0,551,0,599,1,609,0,520,1,606,0,637,0,639,1,
    619,0,571,0,666,0,541,1,493,1,565,1,476,1,563,1,647,1,614,0,580,0,662,1,481,1,669,1,646,0,
    577,1,472,0,673,1,491,0,519,1,607,0,520,0,552,1,488,1,591,0,653,0,627,0,509,0,681,0,513,0,
    600,1,576,0,603,0,554,1,592,1,494,1,499,0,639,0,505,1,646,0,550,1,472,1,640,0,484,0,530,1,
    522,1,561,1,584,0,545,0,536,0,583,1,667,0,581,0,512,1,606,0,574,1,473,1,549,0,547,0,580,1,
    562,1,488,0,572,0,521,1,479,1,633,172,493,0,555,1,20,1,588,0,538,1,573,173,562,0,537,1,609,
    0,541,174,631,0,601,1,641,0,508,1,489,0,577,1,532,1,643,0,632,0,630,1,529,1,479,1,609,0,675,
    0,602,1,590,0,547,0,569,1,643,0,595,0,537,0,636,1,621,1,531,1,565,1,646,1,648,0,536,1,590,0,
    484,0,533,0,547,0,581,1,686,175,593,0,603,0,555,1,594,1,658,0,595,0,639,1,658,1,485,1,524,1,
    588,0,633,1,613,1,588,1,616,1,491,1,482,1,564,0,636,0,559,1,610,1,497,1,20,0,551,0,518,1,
    560,1,644,0,547,1,563,1,494,0,502,0,596,1,594,1,499,0,668,0,572,0,630,176,692,1,496,1,619,0,
    571,177,686,1,532,0,519,0,659,0,545,1,517,1,562,1,658,0,541,1,478,1,640,1,612,0,540,0,596,0,
    693,0,676,0,601,0,634,1,565,1,631,0,546,1,604,0,571,178,679,0,574,1,651,0,484,1,562,1,586,0,
    502,0,662,1,490,1,531,1,564,1,661,0,484,0,535,0,675,0,503,0,572,1,476,0,554,1,20,1,496,0,
    548,0,555,0,595,0,538,1,21,1,21,0,541,1,489,0,555,0,633,1,661,1,529,1,499,1,590,0,635,1,529,
    0,601,0,512,0,536,179,634,0,536,1,539,1,587,1,612,1,565,0,504,0,605,1,576,1,656,1,648,1,495,
    0,681,1,608,1,489,0,574,0,540,1,640,1,542,1,607,0,628,1,526,1,491,0,536,0,533,0,675,1,529,1,
    529,1,641,1,563,180,595,1,485,0,600,0,653,1,472,1,619,0,511,0,512,0,552,1,646,0,578,0,537,1,
    644,0,535,0,545,1,20,1,560,1,564,1,564,0,570,0,547,1,615,0,537,0,520,1,526,1,576,0,627,1,
    473,0,570,0,675,0,630,1,688,0,546,0,541,0,598,181,693,1,568,0,544,0,534,0,550,1,496,0,632,1,
    543,0,635,0,536,0,617,0,555,1,568,0,559,1,489,0,518,0,683,1,616,0,637,1,20,1,619,1,590,0,
    558,1,481,0,548,1,516,1,566,1,624,1,661,0,505,0,534,1,480,1,656,1,654,1,475,0,547,0,679,0,
    669,1,543,0,571,1,647,0,519,0,502,1,522,0,520,1,641,0,679,1,532,0,617,0,515,0,649,0,635,182,
    669,1,483,1,663,0,632,0,629,0,487,1,663,1,532,1,610,183,693,0,668,0,636,1,594,1,482,0,670,0,
    682,0,580,1,643,1,641,1,585,0,502,0,572,1,644,0,581,1,616,184,499,0,527,1,481,1,564,0,510,1,
    667,1,491,1,648,0,547,0,639,0,596,0,626,0,550,0,514,0,579,0,534,1,646,0,583,1,594,0,688,1,
    565,0,583,1,611,1,619,0,689,0,636,0,518,0,558,0,570,0,530,1,655,1,651,0,538,1,614,1,667,1,
    651,1,604,1,480,1,491,1,496,1,610,0,512,1,532,185,475,0,582,1,584,0,674,0,677,0,510,1,474,1,
    654,0,689,1,493,0,513,0,546,186,629,1,597,0,536,1,560,1,497,1,496,0,627,0,536,0,541,1,623,1,
    646,1,542,1,591,1,560,1,568,0,678,0,527,1,476,0,509,0,505,0,580,0,676,0,635,0,547,1,584,0,
    521,1,567,1,565,0,569,0,579,0,670,0,556,1,489,1,531,1,590,1,20,0,678,0,519,0,688,1,568,0,
    547,1,497,0,690,1,588,1,563,0,676,0,471,1,609,1,493,0,659,0,685,1,591,1,608,1,474,1,497,0,
    521,0,551,1,475,1,621,0,545,1,609,0,693,0,627,1,642,1,543,0,533,0,572,1,567,1,588,1,475,1,
    567,1,587,0,636,0,555,0,484,1,608,0,523,1,644,0,508,0,657,1,531,187,478,0,544,0,520,188,475,
    1,516,189,612,1,567,0,523,1,560,1,667,0,672,1,613,1,667,1,594,0,605,0,537,1,20,0,534,1,619,
    0,673,1,575,0,506,0,685,1,667,1,494,1,663,190,486,1,643,0,601,1,563,0,679,1,478,0,678,0,675,
    1,477,1,494,0,598,1,656,0,639,1,493,1,588,1,655,1,656,1,526,1,658,0,545,0,638,0,671,191,568,
    1,499,1,481,1,477,0,537,1,488,1,474,1,658,0,602,192,509,0,601,1,488,0,541,1,667,1,640,1,652,
    0,537,1,575,1,614,0,629,1,477,1,644,0,540,1,492,0,603,0,555,0,500,0,659,0,508,0,556,1,474,0,
    603,0,533,193,697,1,20,0,599,1,475,1,495,0,537,1,479,1,477,1,494,1,660,0,544,0,540,1,573,
    194,595,1,618,0,685,0,572,0,487,0,506,0,544,0,508,0,525,1,664,0,580,1,584,1,615,0,503,0,694,
    1,489,0,514,0,672,0,634,1,481,1,480,0,525,1,641,1,608,0,518,0,673,0,657,0,540,0,672,1,695,1,
    654,1,624,0,680,1,480,0,484,1,616,0,637,0,521,0,639,0,541,0,633,0,582,0,583,1,655,0,571,1,
    532,1,587,1,522,1,608,0,672,0,679,1,610,1,575,0,507,1,594,1,647,0,600,1,575,1,646,1,498,0,
    550,0,515,0,625,0,596,1,532,1,585,0,639,0,548,0,504,1,531,0,603,1,480,0,638,0,599,195,679,0,
    502,1,656,1,563,1,608,1,614,1,641,0,558,1,587,1,604,0,548,0,629,0,547,1,664,1,664,0,525,0,
    511,1,609,1,656,0,520,0,662,1,517,1,483,0,503,0,626,0,681,0,672,0,685,0,569,1,564,0,538,0,
    627,1,624,0,681,0,665,196,660,1,592,1,482,0,582,0,685,1,495,1,652,1,608,0,504,1,618,1,591,1,
    669,1,591,197,528,1,592,0,512,1,587,0,0,1,1,1,2,1,3,1,4,1,5,1,6,1,7,1,8,1,9,1,10,1,11,1,12,
    0,13,0,14,0,15,1,16,1,17,1,18,1,19,1,20,1,21,1,22,1,23,1,24,1,25,1,26,1,27,1,28,1,29,0,30,0,
    31,0,32,0,33,0,34,2,35,0,36,0,37,0,38,0,39,0,40,0,41,0,42,0,43,0,44,0,45,0,46,1,47,1,48,0,
    49,0,50,0,51,0,52,1,53,0,54,1,55,0,56,1,57,0,58,1,59,1,60,1,61,1,62,0,63,0,64,0,65,0,66,0,
    67,0,68,0,69,1,70,0,71,0,72,1,73,1,74,0,75,0,76,0,77,0,78,0,79,0,80,0,81,0,82,0,83,0,84,0,
    85,0,86,0,87,0,88,0,89,0,90,0,91,1,92,3,93,1,94,1,95,1,96,1,97,1,98,1,99,1,100,0,101,0,102,
    0,103,0,104,0,105,0,106,1,107,1,108,0,109,0,110,0,111,0,112,0,113,0,114,0,115,1,116,1,117,1,
    118,1,119,1,120,1,121,1,122,1,123,1,124,1,125,0,126,1,127,0,128,0,129,0,130,0,131,0,132,0,
    133,1,134,0,135,1,136,1,137,1,138,1,139,1,140,1,141,1,142,1,143,1,144,1,145,0,146,1,147,1,
    148,1,149,1,150,1,151,1,152,1,153,1,154,4,155,0,156,0,157,0,158,0,159,1,160,5,161,0,162,0,
    163,0,164,0,165,0,166,0,167,6,168,7,169,1,170,1,171,1,172,1,173,1,174,1,175,1,176,1,177,1,
    178,0,179,1,180,1,181,1,182,0,183,1,184,1,185,1,186,0,187,1,188,0,189,8,190,1,191,1,192,0,
    193,1,194,1,195,0,196,0,197,1,198,1,199,0,200,1,201,1,202,0,203,0,204,0,205,0,206,0,207,0,
    208,0,209,0,210,0,0,1,1,1,2,1,3,1,4,1,5,1,6,1,7,1,8,1,9,1,10,1,11,1,12,0,13,0,14,0,15,1,16,
    1,17,1,18,1,19,1,20,1,21,1,22,1,23,1,24,1,25,1,26,1,27,1,28,1,29,0,30,0,31,0,32,0,33,0,34,2,
    35,0,36,0,37,0,38,0,39,0,40,0,41,0,42,0,43,0,44,0,45,0,46,1,47,1,48,0,49,0,50,0,51,0,52,1,
    53,0,54,1,55,0,56,1,57,0,58,1,59,1,60,1,61,1,62,0,63,0,64,0,65,0,66,0,67,0,68,0,69,1,70,0,
    71,0,72,1,73,1,74,0,75,0,76,0,77,0,78,0,79,0,80,0,81,0,82,0,83,0,84,0,85,0,86,0,87,0,88,0,
    89,0,90,0,91,1,92,3,93,1,94,1,95,1,96,1,97,1,98,1,99,1,100,0,101,0,102,0,103,0,104,0,105,0,
    106,1,107,1,108,0,109,0,110,0,111,0,112,0,113,0,114,0,115,1,116,1,117,1,118,1,119,1,120,1,
    121,1,122,1,123,1,124,1,125,0,126,1,127,0,128,0,129,0,130,0,131,0,132,0,133,1,134,0,135,1,
    136,1,137,1,138,1,139,1,140,1,141,1,142,1,143,1,144,1,145,0,146,1,147,1,148,1,149,1,150,1,
    151,1,152,1,153,1,154,4,155,0,156,0,157,0,158,0,159,1,160,5,161,0,162,0,163,0,164,0,165,0,
    166,0,167,6,168,7,169,1,170,1,171,1,172,1,173,1,174,1,175,1,176,1,177,1,178,0,179,1,180,1,
    181,1,182,0,183,1,184,1,185,1,186,0,187,1,188,0,189,8,190,1,191,1,192,0,193,1,194,1,195,0,
    196,0,197,1,198,1,199,0,200,1,201,1,202,0,203,0,204,0,205,0,206,0,207,0,208,0,209,0,210,1,
    211,0,212,1,213,1,214,0,215,0,216,0,217,0,218,1,219,0,220,1,221,1,222,0,223,1,224,1,225,1,
    226,1,227,0,228,1,229,0,230,0,231,0,232,0,233,0,234,0,235,0,236,0,237,0,238,0,239,0,240,0,
    241,0,242,0,243,0,244,0,244,0,245,0,246,0,247,1,248,0,249,1,250,1,251,0,252,0,253,1,254,0,
    255,0,256,0,257,0,258,0,259,0,260,9,261,0,262,0,263,1,264,1,265,1,266,1,267,1,268,1,269,0,
    270,0,271,0,272,0,273,10,274,0,275,0,276,0,277,0,278,0,279,0,280,0,281,0,282,1,283,1,284,1,
    285,1,286,1,287,0,288,0,289,1,290,0,291,0,292,0,293,0,294,0,295,1,296,1,297,1,298,1,299,1,
    300,1,301,1,302,1,303,1,304,1,305,1,306,1,307,1,308,1,309,1,310,1,311,1,312,1,313,0,314,1,
    315,1,316,1,317,1,318,11,319,1,320,0,321,1,322,0,323,1,324,12,325,1,326,1,327,0,328,1,329,
    13,330,0,331,1,332,1,333,0,334,1,335,1,336,1,337,1,338,1,339,1,340,0,341,1,341,14,342,1,343,
    1,344,1,345,1,346,15,347,1,348,0,349,1,350,1,351,0,352,1,353,1,354,1,355,1,356,1,357,0,358,
    1,359,1,360,0,361,1,362,16,363,0,364,1,365,0,366,0,367,0,368,0,369,0,370,1,371,0,372,17,373,
    1,374,0,375,1,376,1,377,0,378,1,379,0,380,0,381,0,382,0,383,0,384,0,385,0,386,0,387,0,388,0,
    389,0,390,0,391,0,392,0,393,1,394,1,395,0,396,1,397,1,398,0,399,1,400,0,401,0,402,1,403,0,
    404,0,405,1,406,0,407,0,408,0,409,0,410,0,411,1,412,1,413,1,414,0,415,1,416,1,417,0,418,1,
    419,1,420,18,421,0,422,1,423,1,424,0,425,1,426,1,427,0,428,1,429,1,430,1,431,1,432,1,433,1,
    434,1,435,1,436,1,437,0,438,0,439,0,440,0,441,0,442,0,443,0,444,0,445,0,446,19,447,0,448,1,
    449,1,450,1,451,0,452,1,453,0,454,1,455,1,456,0,457,1,458,0,459,0,460,1,461,0,462,1,463,0,
    464,0,465,1,466,1,467,0,468,1,469,1,470,0,471,1,472,1,473,1,474,1,475,1,476,1,477,1,478,1,
    479,1,480,1,481,1,482,1,483,0,484,20,485,21,486,0,487,1,488,1,489,1,490,1,491,1,20,1,21,1,
    492,1,493,1,494,1,495,1,496,1,497,1,498,1,499,0,500,0,501,0,502,0,503,0,504,0,505,0,506,0,
    507,0,508,0,509,0,510,0,511,0,512,0,513,0,514,0,515,1,516,1,517,0,518,0,519,0,520,0,521,1,
    522,0,523,22,524,0,525,1,526,0,527,23,528,1,529,0,530,1,531,1,532,0,533,0,534,0,535,0,536,0,
    537,0,538,1,539,0,540,0,541,1,542,1,543,0,544,0,545,0,546,0,547,0,548,0,549,0,550,0,551,0,
    552,0,553,0,554,0,555,0,556,0,557,0,558,0,559,1,560,1,561,1,562,1,563,1,564,1,565,1,566,1,
    567,1,568,0,569,24,570,0,571,0,572,1,573,0,574,1,575,1,576,0,577,0,578,0,579,0,580,0,581,0,
    582,0,583,1,584,1,585,1,586,1,587,1,588,1,589,1,590,1,591,1,592,0,593,1,594,0,595,0,596,1,
    597,0,598,0,599,0,600,0,601,0,602,0,603,1,604,0,605,1,606,1,607,1,608,1,609,1,610,1,611,1,
    612,1,613,1,614,1,615,1,616,0,617,1,618,1,619,1,620,1,621,1,622,1,623,1,624,25,625,0,626,0,
    627,0,628,0,629,26,630,1,631,0,632,0,633,0,634,0,635,0,636,0,637,0,638,0,639,1,640,1,641,1,
    642,1,643,1,644,1,645,1,646,1,647,1,648,0,649,1,650,1,651,1,652,0,653,1,654,1,655,1,656,27,
    657,1,658,0,659,1,660,1,661,0,662,1,663,1,664,0,665,0,666,1,667,0,668,1,669,28,670,0,671,0,
    672,0,673,0,674,0,675,0,676,0,677,0,678,0,504,1,597,0,535,1,594,1,656,1,590,0,541,1,645,0,
    601,0,657,0,534,1,591,1,493,0,633,1,490,0,679,0,603,1,664,0,596,1,613,1,614,0,599,1,516,1,
    531,29,680,0,680,0,671,0,681,0,548,0,598,1,594,30,478,0,527,1,526,1,20,1,522,1,472,1,585,0,
    525,1,479,0,666,0,598,1,573,1,631,0,578,0,653,1,498,0,534,1,588,31,651,1,606,0,515,1,522,1,
    474,0,649,32,492,0,509,0,538,1,494,0,518,1,542,1,567,1,573,0,507,0,662,1,485,0,528,0,649,33,
    493,0,569,0,675,34,680,1,592,1,494,1,610,1,562,1,20,1,480,1,648,0,583,1,21,0,582,1,682,1,
    622,1,522,0,545,1,623,0,593,1,499,1,619,1,481,1,21,0,600,0,549,1,652,0,554,0,683,1,643,0,
    512,0,666,1,608,0,636,0,684,0,571,1,474,1,585,1,477,0,518,0,685,35,651,1,473,0,538,0,668,1,
    606,1,656,1,478,0,653,0,537,0,538,0,509,1,490,1,498,0,503,1,561,36,478,0,511,0,649,1,522,0,
    662,0,681,37,686,1,481,1,21,0,581,1,543,1,592,0,578,1,609,1,655,1,669,0,605,1,597,1,646,0,
    556,0,525,1,609,0,544,1,573,0,558,1,587,1,669,1,561,0,559,1,481,0,635,0,681,0,544,0,665,1,
    651,1,647,0,534,1,687,1,485,1,590,0,602,0,627,1,490,1,575,1,20,0,678,0,598,0,572,0,558,0,
    634,0,546,1,481,0,681,0,636,1,526,0,521,1,606,0,681,1,663,0,599,0,598,1,664,38,688,0,509,1,
    591,0,637,1,640,0,600,39,492,1,594,1,647,1,652,0,519,1,532,1,621,0,679,1,491,0,506,0,668,0,
    632,0,571,0,513,40,625,0,659,0,511,0,549,0,601,1,613,0,511,1,648,41,625,1,485,0,535,1,20,0,
    662,0,537,42,562,1,478,1,619,0,632,0,557,0,537,1,685,0,513,1,527,1,667,0,605,0,581,1,688,0,
    504,1,624,1,648,43,689,1,475,1,565,1,517,1,561,44,690,1,500,0,523,0,581,1,532,0,550,0,649,0,
    512,1,651,0,557,1,663,0,578,1,647,1,542,0,518,1,657,1,516,1,589,1,667,1,527,1,660,0,515,0,
    505,0,630,0,633,1,485,0,602,1,607,0,574,0,536,1,563,1,568,1,667,1,643,0,545,0,681,1,499,1,
    494,0,538,0,595,0,506,0,501,0,525,1,594,0,678,0,548,1,651,1,489,0,521,0,662,1,586,1,531,1,
    543,1,526,1,651,0,582,0,678,0,558,0,603,1,664,1,667,0,549,1,607,0,518,0,678,1,655,0,653,1,
    667,0,676,0,668,0,673,45,486,0,520,0,580,1,606,1,670,1,661,1,655,1,622,1,524,0,487,0,600,1,
    615,1,658,1,494,0,505,1,527,0,605,1,607,1,640,0,632,0,682,1,495,0,471,1,691,46,625,0,639,0,
    554,0,503,1,527,0,537,1,568,1,516,1,654,1,592,0,632,0,544,1,586,1,660,0,668,0,673,0,515,0,
    506,1,566,0,512,1,640,0,536,47,540,0,671,1,568,0,557,1,499,1,576,48,486,1,606,0,628,0,523,0,
    675,1,491,0,632,1,644,1,663,0,554,1,517,0,558,1,479,1,565,0,548,0,550,0,596,1,472,0,628,1,
    650,1,524,1,527,1,592,1,542,1,563,0,554,1,660,0,579,0,602,1,622,1,522,1,616,0,501,1,661,0,
    508,0,514,0,503,1,20,1,489,0,557,0,602,0,511,0,535,0,504,1,480,1,606,1,621,1,624,0,545,0,
    552,0,503,0,506,1,489,0,637,0,581,0,574,0,515,1,517,1,573,1,612,1,564,1,609,1,588,0,637,0,
    653,0,471,1,491,1,604,1,655,49,565,0,595,1,606,1,576,1,623,0,673,0,605,50,692,0,555,1,624,0,
    599,1,494,1,543,1,667,1,607,1,529,1,473,1,644,0,525,1,586,0,693,0,552,1,532,1,568,0,558,1,
    614,1,564,1,609,1,691,1,478,51,500,0,580,0,541,1,694,0,504,1,490,0,556,0,515,1,606,1,584,0,
    659,1,496,1,576,1,687,0,471,1,645,1,488,52,688,1,644,1,622,0,637,0,637,1,652,1,622,0,630,0,
    571,1,472,0,547,0,574,1,576,1,655,0,581,0,677,1,560,0,668,0,601,1,542,0,617,0,601,1,488,0,
    537,0,636,0,672,0,598,1,622,1,615,0,514,1,642,0,518,1,473,1,613,0,503,0,552,1,694,1,524,1,
    655,0,635,0,677,0,553,1,491,0,571,0,521,0,505,1,497,0,617,1,694,1,480,1,641,0,666,0,520,1,
    482,1,664,0,595,1,661,0,538,1,531,0,510,0,510,1,489,0,601,0,577,0,675,1,624,0,633,1,646,0,
    502,0,629,0,518,1,472,1,488,1,644,1,473,0,676,0,605,1,691,53,695,1,20,1,669,1,592,0,638,0,
    674,1,499,0,554,0,525,0,601,1,495,0,519,54,565,1,479,1,490,1,479,1,609,0,659,0,538,1,489,55,
    682,1,594,1,494,0,633,0,525,1,590,1,664,0,557,1,564,1,543,1,480,1,499,0,598,0,510,0,534,0,
    554,0,503,0,582,56,627,0,653,1,494,1,609,0,605,57,691,58,692,1,615,0,602,1,499,0,634,0,548,
    0,505,0,525,0,557,1,499,0,550,1,618,0,581,0,547,1,517,0,552,0,554,1,482,0,487,0,693,0,534,0,
    557,0,649,0,671,0,527,0,507,1,658,0,666,0,525,1,631,1,621,0,636,0,637,1,685,0,579,0,630,0,
    636,1,650,1,586,59,549,0,653,1,516,1,594,0,523,1,561,1,567,0,556,0,520,0,636,1,522,1,621,0,
    633,0,510,0,690,0,583,0,518,1,588,0,471,0,636,1,491,1,606,1,654,1,623,0,521,1,647,0,630,0,
    574,1,498,0,593,0,515,1,529,0,639,60,549,0,617,0,627,0,629,1,618,1,499,0,583,1,613,1,474,0,
    572,1,573,0,559,0,557,1,516,0,602,1,695,0,536,1,640,0,657,1,608,0,572,0,671,1,20,1,648,1,
    643,1,643,0,537,1,21,0,521,0,572,1,651,1,652,1,654,0,662,0,636,0,634,0,547,0,671,0,541,0,
    503,0,668,1,524,1,565,1,517,1,479,1,622,0,535,1,640,0,582,1,687,0,681,1,615,1,589,61,687,0,
    537,1,479,0,677,0,506,0,602,0,540,1,480,0,582,0,519,0,649,1,643,0,572,1,640,1,588,1,475,1,
    624,1,651,0,506,0,673,62,530,0,634,1,607,0,487,1,495,0,558,0,525,0,628,0,548,1,584,1,485,0,
    598,0,471,1,576,0,583,1,592,1,644,0,541,1,524,0,518,0,518,1,645,0,558,0,630,0,627,0,577,0,
    515,1,616,0,502,1,615,1,588,0,548,1,576,0,605,1,661,1,478,63,693,1,481,0,507,0,665,0,600,0,
    507,1,474,0,559,1,608,0,689,1,478,1,563,0,518,1,613,1,656,1,573,1,645,1,622,1,499,1,493,0,
    504,1,476,1,654,1,609,1,497,1,670,0,503,1,642,1,473,1,604,1,661,0,676,1,20,1,496,0,657,0,
    601,0,693,0,657,0,657,1,612,0,506,0,690,1,584,0,541,1,667,0,693,1,592,1,495,1,539,0,515,64,
    475,1,474,1,597,0,673,1,494,1,651,1,695,0,578,1,522,1,620,1,543,0,633,0,600,65,660,1,560,0,
    659,1,642,1,575,0,601,0,536,1,479,0,677,1,643,1,612,1,615,1,661,0,657,0,600,0,571,0,634,1,
    542,1,495,0,510,1,658,1,656,1,631,1,498,1,664,0,548,0,582,0,603,0,578,1,594,1,564,0,507,1,
    643,1,586,0,662,66,561,0,601,0,659,1,476,0,523,0,471,1,661,1,589,1,568,1,621,1,495,0,696,1,
    473,1,531,0,690,1,663,1,604,0,571,1,592,1,566,1,567,1,615,1,643,1,482,0,530,0,581,1,646,0,
    636,1,588,0,553,0,540,1,612,1,614,0,500,0,547,1,592,0,486,0,556,0,484,1,667,0,696,1,480,0,
    690,0,513,0,601,1,590,1,619,67,629,1,640,1,609,0,598,1,575,0,696,1,499,0,538,1,692,1,590,0,
    599,1,631,0,556,0,544,1,585,1,592,0,665,0,486,0,528,1,479,1,667,0,510,0,583,1,622,0,556,1,
    656,1,590,1,607,68,697,1,532,0,662,1,641,0,553,1,497,0,666,0,577,0,674,1,669,0,533,0,502,0,
    569,69,490,0,632,0,535,0,617,0,662,1,669,0,603,0,518,1,543,1,20,0,523,1,663,0,554,1,663,0,
    632,1,475,0,544,0,503,1,490,0,617,1,481,0,696,0,581,1,20,0,533,1,594,0,527,0,556,0,484,1,
    647,0,579,1,522,1,604,1,645,1,479,0,593,0,578,1,652,1,483,0,605,0,653,1,655,0,665,0,653,0,
    617,0,600,1,568,1,650,0,502,1,643,70,682,0,471,1,587,1,587,0,668,1,646,71,629,1,472,1,608,0,
    633,0,548,1,489,1,687,1,609,1,645,1,539,0,536,1,586,1,480,0,528,1,608,1,624,0,578,0,649,0,
    553,0,503,0,572,0,558,0,549,1,532,1,621,0,603,0,501,1,498,72,539,0,558,0,572,0,502,1,497,73,
    595,1,654,0,676,1,664,1,564,1,567,0,541,1,564,1,542,1,691,1,493,1,472,0,537,1,539,74,638,1,
    494,1,618,1,568,1,531,1,618,1,479,1,587,1,664,0,668,1,696,1,647,1,590,0,582,1,611,1,485,0,
    548,0,572,0,628,1,650,0,678,0,632,1,589,0,678,1,691,1,542,1,647,1,584,1,529,1,604,0,547,0,
    581,1,496,0,509,1,522,1,590,1,516,1,494,0,540,1,576,0,506,1,650,0,533,1,667,1,481,0,547,0,
    596,1,586,0,544,1,620,1,607,0,507,0,580,1,563,1,492,0,508,1,648,1,592,0,503,0,537,0,637,0,
    500,0,572,1,531,1,618,1,485,1,650,0,513,0,582,1,606,0,533,1,586,1,480,0,581,75,694,0,508,0,
    506,1,539,0,536,1,646,0,662,1,529,1,610,1,606,1,531,1,614,0,599,1,20,1,474,1,618,0,503,1,
    609,0,525,1,655,0,639,0,605,76,689,0,662,0,569,0,578,1,651,1,613,1,516,1,650,0,569,0,501,0,
    668,1,496,0,520,0,512,0,554,77,685,1,566,0,692,1,472,0,602,0,553,1,478,78,685,0,677,0,633,0,
    666,0,672,1,539,0,505,0,577,1,542,0,538,0,511,0,692,0,577,0,541,1,522,0,662,0,617,0,630,1,
    608,1,607,0,694,0,505,0,668,0,504,1,565,0,583,79,500,0,666,0,678,0,626,1,612,1,667,1,20,1,
    517,0,557,0,534,1,652,1,590,1,648,0,535,0,541,0,505,1,560,0,627,1,476,1,522,1,560,0,577,0,
    681,1,21,0,581,0,511,1,616,0,601,0,676,1,650,80,502,81,473,1,560,0,484,1,490,0,582,1,497,0,
    638,1,585,0,653,82,689,1,643,1,560,1,488,0,558,0,665,0,653,0,550,1,654,0,617,0,534,0,601,0,
    571,0,504,1,631,0,649,1,493,1,663,1,608,1,561,0,554,0,638,0,599,1,21,0,535,0,551,1,568,0,
    508,1,667,1,624,1,531,83,694,1,584,1,592,0,692,0,471,0,537,0,520,1,477,1,489,1,641,0,510,1,
    644,1,532,0,521,1,609,0,636,0,634,0,570,1,642,1,645,0,501,0,521,1,654,1,690,1,475,1,594,0,
    549,0,676,1,648,0,535,0,545,84,694,1,472,1,645,0,601,1,575,1,616,0,555,0,692,0,554,0,534,1,
    21,1,481,0,502,1,645,1,526,1,592,1,608,0,554,0,673,1,606,85,682,1,620,0,674,0,580,0,674,1,
    489,1,612,86,475,1,489,0,500,0,580,1,498,87,638,0,678,0,536,1,670,1,695,1,584,1,616,1,587,0,
    545,0,633,0,603,1,491,1,576,1,656,0,639,0,513,1,483,0,555,1,565,1,594,0,538,1,568,0,599,0,
    581,1,490,0,519,0,600,1,524,88,502,0,514,0,509,0,653,1,667,1,687,0,509,1,658,0,633,0,505,1,
    588,1,614,1,597,89,657,0,541,1,497,1,687,1,623,0,574,1,606,0,510,1,592,1,695,1,650,90,682,0,
    626,1,497,1,494,1,643,0,665,0,675,1,483,1,591,1,619,1,640,1,564,1,568,91,688,0,555,0,487,1,
    476,0,541,0,515,0,635,0,538,1,563,1,669,0,635,1,631,1,622,1,654,0,549,1,606,0,538,0,537,1,
    477,0,577,0,674,0,685,0,547,1,615,1,565,1,669,0,521,1,517,0,636,0,578,1,597,0,538,1,567,1,
    621,1,652,0,547,0,639,0,507,0,600,0,509,1,524,0,544,1,613,0,601,1,590,0,502,1,539,1,499,0,
    574,0,672,1,618,0,511,92,688,0,599,0,511,1,563,0,508,0,681,0,501,0,557,0,570,0,636,0,603,1,
    480,1,648,0,546,1,563,1,590,1,667,0,593,0,545,1,644,0,514,1,567,0,547,0,525,0,632,1,573,1,
    655,1,612,1,566,1,686,1,594,1,526,0,600,0,555,0,559,1,488,0,484,0,689,0,555,0,637,1,480,1,
    517,0,649,0,634,0,519,0,534,1,563,1,611,1,529,0,689,1,480,0,678,0,582,1,543,93,485,1,669,0,
    553,0,527,0,548,0,696,1,490,0,629,1,491,0,653,1,669,1,496,0,672,0,513,0,595,94,528,1,592,0,
    629,1,473,1,623,1,652,0,672,0,503,0,580,0,577,1,641,0,689,0,553,0,649,0,504,1,647,0,662,0,
    690,1,687,0,665,1,624,0,579,0,512,1,563,1,591,0,557,0,617,0,536,0,675,1,478,0,583,1,594,0,
    675,1,489,0,514,1,594,0,486,95,570,0,659,1,575,0,636,0,636,1,563,1,490,0,559,0,675,1,609,1,
    477,1,613,1,590,1,529,1,604,0,676,0,537,1,482,0,630,1,669,0,653,0,636,0,599,1,624,0,600,1,
    604,0,523,1,570,0,582,1,576,0,581,0,509,1,496,1,560,0,617,96,626,0,601,97,683,1,618,1,647,1,
    651,1,643,98,478,0,545,1,479,1,619,0,507,0,629,1,607,1,669,0,547,0,515,1,620,1,614,1,497,1,
    645,0,514,1,641,0,637,1,651,1,624,1,492,0,558,1,499,1,609,0,507,0,484,1,658,1,685,0,525,0,
    595,1,587,1,497,0,671,1,473,1,584,0,559,1,652,99,478,1,652,1,687,1,526,1,481,100,570,0,581,
    0,502,0,633,101,485,1,543,1,679,0,533,1,517,1,604,102,694,1,531,0,506,1,644,0,649,0,665,0,
    578,0,574,0,580,1,692,0,514,0,559,0,530,1,564,1,679,0,579,1,497,1,655,1,560,0,630,1,477,1,
    667,103,657,104,683,0,639,0,583,0,554,0,583,0,635,0,521,1,607,0,582,1,684,1,20,1,697,1,524,
    0,506,0,574,0,553,1,618,1,670,1,669,1,585,1,641,1,640,0,666,1,655,0,637,1,670,1,691,0,581,0,
    577,1,483,1,488,0,665,0,637,1,586,0,637,0,676,0,596,1,622,1,489,1,576,1,594,1,661,0,521,0,
    515,1,644,1,562,0,598,1,640,0,523,1,618,1,658,1,670,105,635,1,20,106,633,0,506,1,475,1,560,
    0,518,0,639,1,585,1,683,0,637,0,601,1,589,1,476,1,492,1,604,1,615,0,506,1,589,0,535,1,645,1,
    472,0,501,1,566,1,573,1,658,1,652,107,572,0,600,0,512,1,647,1,614,108,633,0,559,1,526,1,568,
    1,604,109,626,0,627,1,516,1,604,1,694,1,695,0,673,0,501,0,601,0,677,0,627,0,521,1,570,0,484,
    1,656,1,614,1,652,0,553,110,617,0,662,1,621,111,668,112,528,1,586,1,566,1,575,1,618,0,665,0,
    662,0,601,0,547,1,663,1,680,0,556,0,538,1,660,0,596,1,20,0,507,1,529,113,685,0,514,114,694,
    1,685,1,488,0,574,1,481,1,20,1,497,0,676,1,643,1,472,0,533,0,674,0,666,1,492,0,506,1,695,1,
    592,0,627,0,471,0,629,0,500,0,569,0,639,0,665,0,675,0,601,1,526,1,621,0,675,0,506,0,509,0,
    637,0,571,1,488,0,546,1,655,0,509,0,500,0,665,0,677,0,578,0,509,1,489,0,547,0,515,1,587,0,
    632,1,478,0,515,0,523,0,508,0,536,1,576,1,648,1,531,0,544,0,676,1,481,0,674,1,497,0,639,0,
    501,0,599,1,482,1,651,0,541,1,497,0,558,1,670,0,675,1,697,1,493,0,582,1,651,1,660,1,565,0,
    574,0,513,0,520,1,496,0,582,1,685,1,618,1,480,0,582,0,677,1,485,0,528,0,571,0,580,1,613,0,
    670,1,614,0,571,1,479,0,536,0,471,0,506,1,621,1,573,0,486,0,596,1,687,0,550,1,565,0,579,0,
    500,0,653,0,659,0,632,0,693,1,687,1,539,1,650,1,610,0,583,0,598,0,554,0,548,1,498,1,615,0,
    551,1,597,0,696,1,522,0,503,1,495,1,488,0,555,1,539,1,607,1,608,0,556,0,596,1,613,0,683,0,
    666,1,594,1,485,1,488,1,661,1,575,0,534,0,550,0,596,0,602,115,630,1,592,1,656,1,496,0,500,1,
    664,0,666,0,510,1,590,1,475,0,534,0,550,0,550,1,516,1,566,0,635,0,501,1,562,1,485,1,658,0,
    550,0,600,1,591,0,547,1,607,1,482,0,570,1,483,1,669,0,673,0,638,0,541,1,566,0,508,1,522,0,
    558,1,516,0,511,1,625,1,654,1,622,1,585,0,603,1,21,1,474,1,497,116,486,0,546,0,544,0,570,0,
    484,1,517,0,541,0,487,0,633,0,519,1,610,1,568,1,694,0,487,0,617,1,543,1,661,0,507,0,552,1,
    483,1,498,0,602,0,601,1,585,1,616,1,654,1,645,0,581,1,623,1,20,117,529,0,530,1,643,0,557,1,
    560,1,612,0,544,1,539,1,565,0,514,0,574,0,670,1,656,118,573,0,665,1,622,1,482,1,606,1,618,0,
    557,0,628,0,666,0,673,0,678,0,536,1,625,119,679,0,628,0,552,0,534,0,593,0,535,1,613,1,567,1,
    498,0,580,1,610,0,659,120,695,121,685,1,643,122,626,1,618,1,475,0,556,1,496,0,505,0,553,1,
    561,1,480,1,478,1,607,1,499,1,474,1,480,0,657,0,649,1,615,1,651,0,577,0,688,0,683,1,498,1,
    594,1,473,1,646,0,598,1,656,123,697,1,590,0,670,0,546,1,610,1,644,1,542,0,553,1,543,0,636,
    124,686,0,538,1,618,0,534,0,544,1,492,1,567,0,554,0,617,0,511,0,582,1,589,0,501,1,586,1,683,
    0,504,1,664,1,543,0,553,1,609,0,602,125,530,0,533,0,628,0,572,1,645,0,582,0,541,1,21,1,612,
    0,533,0,551,126,565,0,638,1,495,0,510,0,599,1,478,0,636,0,541,1,645,1,625,1,495,0,672,1,590,
    0,634,0,534,0,633,0,676,1,640,1,472,1,588,127,593,1,695,1,531,0,535,0,572,0,617,128,540,1,
    489,1,610,0,574,0,552,1,623,1,640,0,487,0,509,1,488,0,514,0,513,1,568,0,617,0,692,0,506,1,
    479,0,649,1,618,1,586,0,672,1,563,0,581,0,537,1,619,0,535,1,489,0,673,0,546,1,516,0,544,1,
    640,0,535,1,690,1,624,0,501,1,576,1,575,1,696,1,575,1,589,1,613,0,598,0,638,1,684,0,552,1,
    575,0,605,1,564,0,602,0,569,1,695,1,643,1,589,1,683,1,624,1,620,1,606,1,648,1,620,1,695,1,
    477,0,581,0,562,0,523,1,684,1,624,129,682,0,653,1,476,0,504,0,553,0,555,0,633,0,582,0,569,1,
    481,1,528,0,632,1,661,0,574,0,509,1,589,1,575,0,501,1,589,1,619,1,613,0,487,1,685,130,692,0,
    674,0,540,1,647,1,604,1,604,0,662,1,565,0,556,1,485,1,499,1,609,0,509,1,489,1,516,0,536,1,
    478,0,598,1,619,0,538,0,582,0,572,0,668,0,638,0,508,0,508,1,640,0,487,1,584,1,543,0,657,1,
    575,1,656,131,685,0,509,0,671,1,695,0,553,0,521,1,623,0,662,1,586,1,615,1,623,1,498,0,577,1,
    654,1,667,0,572,0,512,0,569,0,513,0,551,1,670,1,524,0,676,0,546,1,522,0,537,1,612,1,591,1,
    587,1,474,1,648,0,538,1,20,0,515,1,590,0,598,1,619,1,656,1,575,1,585,0,574,1,562,0,657,1,
    686,0,544,0,551,0,502,1,643,1,620,1,618,1,615,1,576,1,644,132,681,0,603,0,665,0,633,1,661,1,
    664,1,591,0,580,1,567,0,536,0,629,1,615,0,617,1,568,1,495,1,640,1,640,0,666,0,541,1,493,0,
    674,0,521,1,475,0,673,0,649,1,684,0,510,1,622,1,656,1,573,1,531,0,634,1,656,0,519,1,565,1,
    631,0,525,0,673,0,627,1,651,0,533,1,567,1,648,1,587,1,613,1,655,0,523,0,546,1,560,0,578,0,
    635,0,636,1,664,0,674,1,490,1,614,1,563,1,650,0,509,0,617,0,509,1,488,0,578,0,688,0,533,0,
    572,0,553,1,619,0,519,0,523,0,471,0,570,1,622,0,605,1,542,1,648,1,522,0,635,0,637,133,689,0,
    558,0,649,1,610,0,510,1,607,1,532,1,480,1,640,1,612,1,496,1,473,0,649,0,510,0,649,1,620,0,
    534,1,573,1,687,1,615,0,632,1,621,0,512,0,595,0,538,1,663,0,535,1,611,0,535,1,20,0,521,0,
    659,0,649,0,551,0,541,1,589,0,558,1,496,0,605,1,494,1,475,0,668,1,604,0,572,0,666,0,509,1,
    566,0,555,1,645,0,674,0,583,0,649,0,672,1,623,1,622,0,605,1,647,1,667,134,683,0,557,0,571,1,
    619,1,655,0,633,1,661,0,487,0,605,0,627,1,561,0,505,1,615,0,487,0,533,135,695,1,648,1,585,0,
    500,0,511,0,577,1,490,1,494,0,506,0,535,0,666,1,479,0,538,136,691,1,631,1,604,0,599,1,615,0,
    628,0,599,1,476,1,684,0,600,1,20,0,544,1,604,1,496,0,602,137,670,1,498,1,489,0,544,0,683,0,
    486,0,559,1,610,0,639,0,676,1,611,0,583,1,647,138,630,0,635,0,678,1,658,0,683,0,536,0,537,0,
    518,1,473,139,617,1,604,1,606,1,604,0,596,0,665,0,537,1,472,0,603,1,492,1,613,1,482,0,506,0,
    538,0,523,1,20,0,501,140,697,0,574,0,676,1,590,0,577,0,693,0,579,0,550,0,515,1,492,0,571,0,
    629,0,534,1,592,0,580,1,477,0,548,1,623,1,663,1,595,1,492,1,567,1,20,1,526,1,643,1,621,0,
    671,1,604,1,476,0,471,0,547,1,631,0,629,0,507,1,560,1,587,1,543,1,613,0,535,1,622,0,598,0,
    513,1,590,1,493,0,571,1,646,0,601,1,494,1,652,1,611,0,519,0,578,1,621,0,676,1,20,0,674,1,
    648,1,522,1,516,0,571,0,502,1,490,1,621,1,641,1,643,1,475,0,553,1,591,1,642,0,545,0,628,1,
    474,1,493,141,486,1,621,1,497,1,610,1,594,1,647,0,662,1,654,1,613,1,624,1,492,1,644,1,655,0,
    571,1,613,0,520,0,521,142,562,1,563,0,668,0,513,0,657,0,569,0,514,1,648,1,589,0,550,0,571,
    143,539,0,511,0,579,0,635,1,495,1,688,0,672,0,696,1,472,1,661,1,561,0,484,0,551,0,579,0,511,
    0,556,0,515,1,643,0,672,1,516,1,479,1,491,1,473,1,586,1,643,0,639,0,504,1,477,0,557,0,672,1,
    562,0,629,144,630,1,532,0,510,1,623,1,566,0,635,1,562,1,663,0,681,0,535,0,603,1,573,1,494,1,
    489,0,538,0,602,1,641,0,628,0,535,1,643,0,486,1,532,0,681,0,574,0,677,1,613,1,631,1,613,1,
    485,0,581,1,499,0,598,1,623,145,595,0,551,0,557,0,600,0,659,1,670,0,668,0,580,1,490,1,565,0,
    550,1,483,1,607,0,534,1,613,0,595,1,661,1,526,1,567,1,611,1,493,1,499,1,475,1,658,0,595,0,
    595,0,471,0,665,0,546,1,590,0,504,0,577,0,507,0,530,1,660,1,531,1,658,0,580,0,487,1,585,1,
    616,1,480,1,640,1,495,1,667,0,509,1,472,0,581,0,534,146,562,1,644,0,595,0,511,1,498,1,604,1,
    684,1,522,0,537,1,658,1,543,0,637,0,541,0,626,1,584,1,491,0,530,1,526,0,638,0,659,0,554,1,
    641,1,480,0,540,1,589,0,633,0,601,0,678,0,518,1,472,0,596,0,677,0,571,1,588,0,558,1,483,1,
    613,0,547,0,602,0,545,1,576,0,514,1,620,1,499,1,561,1,695,0,595,0,518,1,691,1,685,0,518,147,
    530,0,521,0,514,0,535,1,560,0,548,0,665,0,637,1,483,1,516,0,538,1,565,0,520,0,500,1,661,1,
    644,1,475,0,537,0,557,0,637,0,580,1,611,0,632,1,496,0,593,0,559,0,580,1,613,1,684,1,660,0,
    501,0,471,1,667,1,694,1,612,0,628,0,509,148,530,1,489,1,489,0,668,0,659,1,623,1,655,0,540,1,
    568,1,614,0,508,1,619,1,619,0,659,0,503,1,652,1,624,1,567,1,20,0,536,1,498,1,567,0,545,0,
    653,0,554,1,606,0,662,1,526,149,473,1,648,0,545,1,621,0,520,0,503,0,634,1,624,1,480,1,489,1,
    496,1,531,1,648,0,676,1,567,0,551,0,572,0,579,0,504,1,516,150,630,0,555,0,583,1,478,1,585,0,
    523,0,519,0,514,0,546,1,475,0,540,1,698,151,695,1,499,152,575,1,498,1,560,1,652,1,616,0,557,
    0,512,0,507,1,566,0,548,0,599,0,544,1,667,0,583,1,586,0,670,1,522,0,552,1,565,0,632,1,619,0,
    514,0,653,1,597,1,590,1,576,1,585,1,613,1,612,1,652,1,656,0,547,1,575,1,631,1,670,0,487,1,
    616,1,21,0,617,153,691,1,481,0,600,0,649,1,563,0,505,0,504,1,489,0,510,1,658,1,641,1,614,0,
    541,0,689,154,485,0,521,0,572,0,632,1,472,1,616,0,681,0,547,1,611,1,619,0,537,1,516,1,646,0,
    519,155,651,0,507,1,619,1,20,1,644,1,660,0,521,1,613,1,560,1,475,156,478,1,529,0,627,0,673,
    0,678,1,592,1,492,0,678,1,641,0,511,0,545,0,632,1,576,0,519,1,497,0,538,0,550,0,583,0,538,0,
    500,1,587,0,666,0,508,1,543,1,517,1,608,1,670,0,675,1,488,0,552,0,552,1,658,0,552,0,617,1,
    576,0,533,1,475,1,496,0,546,1,620,1,496,1,532,0,635,1,645,0,536,0,570,0,546,0,637,0,512,1,
    623,0,502,0,484,0,544,1,669,0,552,0,697,0,662,0,572,0,626,0,676,0,502,1,648,0,678,1,566,1,
    604,1,660,1,661,0,580,157,617,1,618,0,501,0,572,0,500,1,496,0,525,1,481,1,656,0,628,1,539,1,
    526,0,675,1,566,1,660,0,547,0,538,1,648,0,692,1,641,1,495,0,582,0,577,0,626,1,664,1,688,1,
    664,158,691,159,668,0,571,0,471,1,531,0,598,1,590,1,640,1,474,0,570,0,697,0,514,0,596,160,
    684,1,563,1,683,1,531,0,504,1,495,1,664,1,495,0,535,1,604,1,565,0,672,1,522,1,616,0,487,0,
    580,0,676,0,574,0,487,0,533,1,652,0,514,1,493,1,616,1,566,1,624,0,550,0,502,0,627,1,531,1,
    610,1,522,1,631,0,501,0,571,0,509,0,501,0,649,1,529,1,661,1,658,0,487,1,21,0,525,0,634,0,
    506,1,565,1,481,0,635,1,626,0,578,1,532,0,684,0,580,0,649,0,582,1,616,1,475,0,507,0,673,0,
    601,1,615,0,577,0,523,1,568,0,603,1,688,1,617,0,684,161,696,1,619,0,659,0,555,1,658,1,585,0,
    679,1,496,1,496,1,640,1,573,1,479,0,675,1,622,0,677,0,602,0,506,1,584,1,566,0,484,0,504,0,
    672,1,640,0,547,1,485,1,568,0,506,162,692,1,486,0,653,1,491,1,488,1,605,1,638,0,510,0,603,1,
    646,0,550,1,565,1,576,0,507,1,646,0,512,0,628,1,477,0,602,1,483,1,586,1,648,1,492,0,691,0,
    554,1,21,1,646,1,638,1,688,1,20,0,691,1,495,1,542,0,503,1,663,163,475,1,587,0,577,0,507,0,
    553,1,604,1,564,1,565,1,607,1,645,1,495,0,558,1,618,0,581,1,522,0,678,0,548,0,600,1,567,0,
    675,0,649,1,588,1,568,0,675,1,622,0,602,0,582,0,675,0,546,1,615,1,566,0,668,0,509,1,595,1,
    610,1,643,0,698,1,682,1,619,0,600,0,538,0,504,0,632,1,650,0,579,1,612,0,675,0,530,1,638,1,
    688,0,628,0,504,0,515,1,565,1,669,1,608,1,516,0,578,0,520,1,542,0,537,1,661,1,590,0,665,0,
    527,0,579,0,598,1,543,1,645,1,620,0,527,0,559,1,516,1,611,0,512,0,689,1,21,164,551,1,542,0,
    569,0,544,1,575,1,529,1,565,1,20,0,578,0,577,0,556,1,623,0,603,0,548,0,632,0,580,1,622,0,
    601,0,525,165,684,0,508,1,473,0,519,1,656,1,570,166,696,1,646,0,675,1,605,0,602,1,641,1,640,
    0,569,0,639,1,609,0,582,1,612,0,510,0,520,0,544,0,674,1,477,1,492,0,525,1,565,0,501,1,654,0,
    685,0,668,0,559,1,623,0,569,0,600,1,591,1,607,1,522,0,629,1,20,0,696,1,531,0,505,167,664,0,
    692,1,478,1,586,0,487,0,507,0,637,1,481,0,675,1,588,0,527,1,477,0,668,1,623,0,668,0,507,1,
    498,0,487,0,678,0,632,1,499,1,526,1,590,1,623,1,473,0,510,0,635,0,578,0,598,0,521,1,495,0,
    545,1,516,0,515,0,525,0,578,1,479,1,495,0,580,0,680,0,527,1,494,0,553,0,637,1,568,1,655,1,
    473,0,515,0,666,0,632,0,535,1,645,168,657,1,490,0,574,1,485,1,667,0,677,0,503,1,670,1,495,1,
    620,0,545,0,598,1,592,169,562,1,491,1,483,0,602,1,493,1,565,170,664,0,551,1,576,1,588,0,683,
    1,526,1,560,0,500,0,513,0,598,1,477,0,511,1,568,0,630,0,509,0,502,0,691,0,484,1,492,1,648,1,
    481,0,603,0,637,1,633,1,586,1,584,0,673,1,589,0,506,1,647,0,518,1,564,0,677,0,513,1,648,171,
    639,0,659,1,21,1,491,1,624,1,526,1,620,1,573,0,551,0,599,1,609,0,520,1,606,0,637,0,639,1,
    619,0,571,0,666,0,541,1,493,1,565,1,476,1,563,1,647,1,614,0,580,0,662,1,481,1,669,1,646,0,
    577,1,472,0,673,1,491,0,519,1,607,0,520,0,552,1,488,1,591,0,653,0,627,0,509,0,681,0,513,0,
    600,1,576,0,603,0,554,1,592,1,494,1,499,0,639,0,505,1,646,0,550,1,472,1,640,0,484,0,530,1,
    522,1,561,1,584,0,545,0,536,0,583,1,667,0,581,0,512,1,606,0,574,1,473,1,549,0,547,0,580,1,
    562,1,488,0,572,0,521,1,479,1,633,172,493,0,555,1,20,1,588,0,538,1,573,173,562,0,537,1,609,
    0,541,174,631,0,601,1,641,0,508,1,489,0,577,1,532,1,643,0,632,0,630,1,529,1,479,1,609,0,675,
    0,602,1,590,0,547,0,569,1,643,0,595,0,537,0,636,1,621,1,531,1,565,1,646,1,648,0,536,1,590,0,
    484,0,533,0,547,0,581,1,686,175,593,0,603,0,555,1,594,1,658,0,595,0,639,1,658,1,485,1,524,1,
    588,0,633,1,613,1,588,1,616,1,491,1,482,1,564,0,636,0,559,1,610,1,497,1,20,0,551,0,518,1,
    560,1,644,0,547,1,563,1,494,0,502,0,596,1,594,1,499,0,668,0,572,0,630,176,692,1,496,1,619,0,
    571,177,686,1,532,0,519,0,659,0,545,1,517,1,562,1,658,0,541,1,478,1,640,1,612,0,540,0,596,0,
    693,0,676,0,601,0,634,1,565,1,631,0,546,1,604,0,571,178,679,0,574,1,651,0,484,1,562,1,586,0,
    502,0,662,1,490,1,531,1,564,1,661,0,484,0,535,0,675,0,503,0,572,1,476,0,554,1,20,1,496,0,
    548,0,555,0,595,0,538,1,21,1,21,0,541,1,489,0,555,0,633,1,661,1,529,1,499,1,590,0,635,1,529,
    0,601,0,512,0,536,179,634,0,536,1,539,1,587,1,612,1,565,0,504,0,605,1,576,1,656,1,648,1,495,
    0,681,1,608,1,489,0,574,0,540,1,640,1,542,1,607,0,628,1,526,1,491,0,536,0,533,0,675,1,529,1,
    529,1,641,1,563,180,595,1,485,0,600,0,653,1,472,1,619,0,511,0,512,0,552,1,646,0,578,0,537,1,
    644,0,535,0,545,1,20,1,560,1,564,1,564,0,570,0,547,1,615,0,537,0,520,1,526,1,576,0,627,1,
    473,0,570,0,675,0,630,1,688,0,546,0,541,0,598,181,693,1,568,0,544,0,534,0,550,1,496,0,632,1,
    543,0,635,0,536,0,617,0,555,1,568,0,559,1,489,0,518,0,683,1,616,0,637,1,20,1,619,1,590,0,
    558,1,481,0,548,1,516,1,566,1,624,1,661,0,505,0,534,1,480,1,656,1,654,1,475,0,547,0,679,0,
    669,1,543,0,571,1,647,0,519,0,502,1,522,0,520,1,641,0,679,1,532,0,617,0,515,0,649,0,635,182,
    669,1,483,1,663,0,632,0,629,0,487,1,663,1,532,1,610,183,693,0,668,0,636,1,594,1,482,0,670,0,
    682,0,580,1,643,1,641,1,585,0,502,0,572,1,644,0,581,1,616,184,499,0,527,1,481,1,564,0,510,1,
    667,1,491,1,648,0,547,0,639,0,596,0,626,0,550,0,514,0,579,0,534,1,646,0,583,1,594,0,688,1,
    565,0,583,1,611,1,619,0,689,0,636,0,518,0,558,0,570,0,530,1,655,1,651,0,538,1,614,1,667,1,
    651,1,604,1,480,1,491,1,496,1,610,0,512,1,532,185,475,0,582,1,584,0,674,0,677,0,510,1,474,1,
    654,0,689,1,493,0,513,0,546,186,629,1,597,0,536,1,560,1,497,1,496,0,627,0,536,0,541,1,623,1,
    646,1,542,1,591,1,560,1,568,0,678,0,527,1,476,0,509,0,505,0,580,0,676,0,635,0,547,1,584,0,
    521,1,567,1,565,0,569,0,579,0,670,0,556,1,489,1,531,1,590,1,20,0,678,0,519,0,688,1,568,0,
    547,1,497,0,690,1,588,1,563,0,676,0,471,1,609,1,493,0,659,0,685,1,591,1,608,1,474,1,497,0,
    521,0,551,1,475,1,621,0,545,1,609,0,693,0,627,1,642,1,543,0,533,0,572,1,567,1,588,1,475,1,
    567,1,587,0,636,0,555,0,484,1,608,0,523,1,644,0,508,0,657,1,531,187,478,0,544,0,520,188,475,
    1,516,189,612,1,567,0,523,1,560,1,667,0,672,1,613,1,667,1,594,0,605,0,537,1,20,0,534,1,619,
    0,673,1,575,0,506,0,685,1,667,1,494,1,663,190,486,1,643,0,601,1,563,0,679,1,478,0,678,0,675,
    1,477,1,494,0,598,1,656,0,639,1,493,1,588,1,655,1,656,1,526,1,658,0,545,0,638,0,671,191,568,
    1,499,1,481,1,477,0,537,1,488,1,474,1,658,0,602,192,509,0,601,1,488,0,541,1,667,1,640,1,652,
    0,537,1,575,1,614,0,629,1,477,1,644,0,540,1,492,0,603,0,555,0,500,0,659,0,508,0,556,1,474,0,
    603,0,533,193,697,1,20,0,599,1,475,1,495,0,537,1,479,1,477,1,494,1,660,0,544,0,540,1,573,
    194,595,1,618,0,685,0,572,0,487,0,506,0,544,0,508,0,525,1,664,0,580,1,584,1,615,0,503,0,694,
    1,489,0,514,0,672,0,634,1,481,1,480,0,525,1,641,1,608,0,518,0,673,0,657,0,540,0,672,1,695,1,
    654,1,624,0,680,1,480,0,484,1,616,0,637,0,521,0,639,0,541,0,633,0,582,0,583,1,655,0,571,1,
    532,1,587,1,522,1,608,0,672,0,679,1,610,1,575,0,507,1,594,1,647,0,600,1,575,1,646,1,498,0,
    550,0,515,0,625,0,596,1,532,1,585,0,639,0,548,0,504,1,531,0,603,1,480,0,638,0,599,195,679,0,
    502,1,656,1,563,1,608,1,614,1,641,0,558,1,587,1,604,0,548,0,629,0,547,1,664,1,664,0,525,0,
    511,1,609,1,656,0,520,0,662,1,517,1,483,0,503,0,626,0,681,0,672,0,685,0,569,1,564,0,538,0,
    627,1,624,0,681,0,665,196,660,1,592,1,482,0,582,0,685,1,495,1,652,1,608,0,504,1,618,1,591,1,
    669,1,591,197,528,1,592,0,512,1,587,
};
static const unsigned vmaf__bi_blocks[49][2] = {
    {0, 211}, {211, 211}, {422, 262}, {684, 262}, {946, 210}, {1156, 214},
    {1370, 210}, {1580, 212}, {1792, 211}, {2003, 211}, {2214, 212}, {2426, 209},
    {2635, 212}, {2847, 212}, {3059, 211}, {3270, 212}, {3482, 211}, {3693, 211},
    {3904, 212}, {4116, 212}, {4328, 210}, {4538, 210}, {4748, 211}, {4959, 210},
    {5169, 212}, {5381, 211}, {5592, 211}, {5803, 262}, {6065, 210}, {6275, 214},
    {6489, 210}, {6699, 212}, {6911, 211}, {7122, 211}, {7333, 212}, {7545, 209},
    {7754, 212}, {7966, 212}, {8178, 211}, {8389, 212}, {8601, 211}, {8812, 211},
    {9023, 212}, {9235, 212}, {9447, 210}, {9657, 210}, {9867, 211}, {10078, 210},
    {10288, 212}
};
static const char *const vmaf__bi_text[19] = {
    "{\"model_dict\":{\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal"
    "_sv 211\\nrho -1.33133\\nSV\\n\001\",\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"tr"
    "ue\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,1"
    "00.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_scor"
    "e\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_i"
    "nteger_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0."
    "3092981927591963,-1.7993968597186747,-0.003017198086831897,-0.1728125095425364,-0.52943090900812"
    "22,-0.7577185792093722,-1.083428597549764],\"model_type\":\"LIBSVMNUSVR\",\"slopes\":[0.01202076"
    "6332648465,2.8098077502505414,0.06264407466686016,1.222763456258933,1.5360318811084146,1.7620864"
    "995501058,2.08656468286432]}}",
    "{\"model_dict\":{\"slopes\":[0.012020766332648465,2.8098077502505414,0.06264407466686016,1.22276"
    "3456258933,1.5360318811084146,1.7620864995501058,2.08656468286432],\"score_transform\":{\"p2\":-"
    "0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"feature_opts_dicts\":["
    "{\"adm_enhn_gain_limit\":1.0},{},{\"vif_enhn_gain_limit\":1.0},{\"vif_enhn_gain_limit\":1.0},{\""
    "vif_enhn_gain_limit\":1.0},{\"vif_enhn_gain_limit\":1.0}],\"norm_type\":\"linear_rescale\",\"sco"
    "re_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feat"
    "ure_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_"
    "score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"i"
    "ntercepts\":[-0.3092981927591963,-1.7993968597186747,-0.003017198086831897,-0.1728125095425364,-"
    "0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"LIBSVMNUSVR\",\"mode"
    "l\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 211\\nrho -1.33133"
    "\\nSV\\n\001\"}}",
    "{\"model_dict\":{\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal"
    "_sv 262\\nrho -2.30449\\nSV\\n\001\",\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0]"
    ",\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\","
    "\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integ"
    "er_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.3119"
    "1973282964003,-0.8536192302086182,-0.01336836451078975,-0.09603743694887917,-0.21890356649141152"
    ",-0.35835059999617175,-0.5373563330683786],\"model_type\":\"LIBSVMNUSVR\",\"slopes\":[0.01238805"
    "9998472608,1.853012066458466,0.05141551931924402,1.0960374437054892,1.2189036205165853,1.3583508"
    "615652835,1.5373567703674345]}}",
    "{\"model_dict\":{\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal"
    "_sv 262\\nrho -2.30449\\nSV\\n\001\",\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0]"
    ",\"feature_opts_dicts\":[{\"adm_enhn_gain_limit\":1.0},{},{\"vif_enhn_gain_limit\":1.0},{\"vif_e"
    "nhn_gain_limit\":1.0},{\"vif_enhn_gain_limit\":1.0},{\"vif_enhn_gain_limit\":1.0}],\"feature_nam"
    "es\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_integer_"
    "feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integer_feature_vif_"
    "scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.31191973282964003,-"
    "0.8536192302086182,-0.01336836451078975,-0.09603743694887917,-0.21890356649141152,-0.35835059999"
    "617175,-0.5373563330683786],\"model_type\":\"LIBSVMNUSVR\",\"slopes\":[0.012388059998472608,1.85"
    "3012066458466,0.05141551931924402,1.0960374437054892,1.2189036205165853,1.3583508615652835,1.537"
    "3567703674345]}}",
    "{\"0\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1"
    ".70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"featu"
    "re_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_in"
    "teger_feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integer_featur"
    "e_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591"
    "963,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.75771857"
    "92093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_sv"
    "r\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 210\\nrho -1.38271\\nSV\\n\001\",\"slop"
    "es\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318811"
    "084146,1.7620864995501058,2.08656468286432]}},\"1\":{\"model_dict\":{\"score_transform\":{\"p2\""
    ":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear"
    "_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"V"
    "MAF_integer_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_fea"
    "ture_vif_scale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_sca"
    "le3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.172"
    "8125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTS"
    "TRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntot"
    "al_sv 214\\nrho -2.01955\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.062"
    "64407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"2\""
    ":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674"
    "692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_nam"
    "es\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_integer_"
    "feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integer_feature_vif_"
    "scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1"
    ".778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.75771857920937"
    "22,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nke"
    "rnel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 210\\nrho -1.1262\\nSV\\n\001\",\"slopes\":[0"
    ".012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318811084146,"
    "1.7620864995501058,2.08656468286432]}},\"3\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.007"
    "05305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescal"
    "e\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_int"
    "eger_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_feature_vi"
    "f_scale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_sco"
    "re\"],\"intercepts\":[-0.3092981927591963,-1",
    ".778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.75771857920937"
    "22,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nke"
    "rnel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 212\\nrho -1.07876\\nSV\\n\001\",\"slopes\":["
    "0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318811084146"
    ",1.7620864995501058,2.08656468286432]}},\"4\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00"
    "705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_resca"
    "le\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_in"
    "teger_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_feature_v"
    "if_scale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_sc"
    "ore\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.172812509"
    "5425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_L"
    "IBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv "
    "211\\nrho -1.51252\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.062644074"
    "66686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"5\":{\"mo"
    "del_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\""
    "p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":["
    "\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_integer_featur"
    "e_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integer_feature_vif_scale2"
    "_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.77856"
    "1646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.7577185792093722,-1."
    "083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_t"
    "ype rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 211\\nrho -1.02859\\nSV\\n\001\",\"slopes\":[0.0120"
    "20766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318811084146,1.762"
    "0864995501058,2.08656468286432]}},\"6\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305"
    ",\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\","
    "\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer"
    "_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_feature_vif_sc"
    "ale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_score\""
    "],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.17281250954253"
    "64,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVM"
    "NUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 212\\"
    "nrho -1.08406\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.06264407466686"
    "016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"7\":{\"model_d"
    "ict\":{\"score_transform\":{\"p2\":",
    "-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_"
    "rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"VM"
    "AF_integer_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_feat"
    "ure_vif_scale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_scal"
    "e3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.1728"
    "125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTST"
    "RAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntota"
    "l_sv 209\\nrho -1.60567\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.0626"
    "4407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"8\":"
    "{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.706746"
    "92,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_name"
    "s\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_integer_f"
    "eature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integer_feature_vif_s"
    "cale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1."
    "778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.757718579209372"
    "2,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nker"
    "nel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 212\\nrho -0.953329\\nSV\\n\001\",\"slopes\":["
    "0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318811084146"
    ",1.7620864995501058,2.08656468286432]}},\"9\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00"
    "705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_resca"
    "le\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_in"
    "teger_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_feature_v"
    "if_scale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_sc"
    "ore\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.172812509"
    "5425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_L"
    "IBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv "
    "212\\nrho -1.40801\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.062644074"
    "66686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"10\":{\"m"
    "odel_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,"
    "\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\""
    ":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_integer_feat"
    "ure_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integer_feature_vif_scal"
    "e2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778"
    "561646908718,-0.003017198086831897,-0",
    ".1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"B"
    "OOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\"
    "ntotal_sv 211\\nrho -1.49832\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0"
    ".06264407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},"
    "\"11\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1"
    ".70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"featu"
    "re_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_in"
    "teger_feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integer_featur"
    "e_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591"
    "963,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.75771857"
    "92093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_sv"
    "r\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 212\\nrho -0.882043\\nSV\\n\001\",\"slo"
    "pes\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.536031881"
    "1084146,1.7620864995501058,2.08656468286432]}},\"12\":{\"model_dict\":{\"score_transform\":{\"p2"
    "\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"line"
    "ar_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\","
    "\"VMAF_integer_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_"
    "feature_vif_scale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_"
    "scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0."
    "1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BO"
    "OTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\n"
    "total_sv 211\\nrho -1.3827\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.0"
    "6264407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"1"
    "3\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70"
    "674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_"
    "names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_integ"
    "er_feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integer_feature_v"
    "if_scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963"
    ",-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.75771857920"
    "93722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\"
    "nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 211\\nrho -1.09005\\nSV\\n\001\",\"slopes"
    "\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.536031881108"
    "4146,1.7620864995501058,2.08656468286432]}},\"14\":{\"model_dict\":{\"score_transform\":{\"p2\":"
    "-0.00705305,\"out_gte_in\":\"true\",\"p0\":",
    "1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feat"
    "ure_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_i"
    "nteger_feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integer_featu"
    "re_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.309298192759"
    "1963,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.7577185"
    "792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_s"
    "vr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 212\\nrho -1.2061\\nSV\\n\001\",\"slop"
    "es\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318811"
    "084146,1.7620864995501058,2.08656468286432]}},\"15\":{\"model_dict\":{\"score_transform\":{\"p2"
    "\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"line"
    "ar_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\","
    "\"VMAF_integer_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_"
    "feature_vif_scale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_"
    "scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0."
    "1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BO"
    "OTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\n"
    "total_sv 212\\nrho -1.47693\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0."
    "06264407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\""
    "16\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.7"
    "0674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature"
    "_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_inte"
    "ger_feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integer_feature_"
    "vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.309298192759196"
    "3,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.7577185792"
    "093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr"
    "\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 210\\nrho -1.45024\\nSV\\n\001\",\"slope"
    "s\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.53603188110"
    "84146,1.7620864995501058,2.08656468286432]}},\"17\":{\"model_dict\":{\"score_transform\":{\"p2\""
    ":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear"
    "_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"V"
    "MAF_integer_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_fea"
    "ture_vif_scale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_sca"
    "le3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.172"
    "8125095425364,-0.5294309090081222",
    ",-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"sv"
    "m_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 210\\nrho -1.19178\\nSV\\n"
    "\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933"
    ",1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"18\":{\"model_dict\":{\"score_trans"
    "form\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_t"
    "ype\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_ad"
    "m2_score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VM"
    "AF_integer_feature_vif_scale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_f"
    "eature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.00301719808"
    "6831897,-0.1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_"
    "type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr"
    "_class 2\\ntotal_sv 211\\nrho -1.00499\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.78638905"
    "79902773,0.06264407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.086564682"
    "86432]}},\"19\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\""
    ",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0"
    "],\"feature_names\":[\"VMAF_integer_feature_adm2_score\",\"VMAF_integer_feature_motion2_score\","
    "\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_integer_feature_vif_scale1_score\",\"VMAF_integ"
    "er_feature_vif_scale2_score\",\"VMAF_integer_feature_vif_scale3_score\"],\"intercepts\":[-0.3092"
    "981927591963,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0"
    ".7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_t"
    "ype nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 210\\nrho -1.68654\\nSV\\n\001"
    "\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5"
    "360318811084146,1.7620864995501058,2.08656468286432]}},\"20\":{\"model_dict\":{\"score_transform"
    "\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type"
    "\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_integer_feature_adm2_"
    "score\",\"VMAF_integer_feature_motion2_score\",\"VMAF_integer_feature_vif_scale0_score\",\"VMAF_"
    "integer_feature_vif_scale1_score\",\"VMAF_integer_feature_vif_scale2_score\",\"VMAF_integer_feat"
    "ure_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.00301719808683"
    "1897,-0.1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_typ"
    "e\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_cl"
    "ass 2\\ntotal_sv 212\\nrho -1.53695\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.78638905799"
    "02773,0.06264407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.086564682864"
    "32]}}}",
    "{\"model_dict\":{\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal"
    "_sv 211\\nrho -1.33133\\nSV\\n\001\",\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"tr"
    "ue\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,1"
    "00.0],\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_featu"
    "re_vif_scale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF"
    "_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.7993968597186747,-0.00301719"
    "8086831897,-0.1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"mod"
    "el_type\":\"LIBSVMNUSVR\",\"slopes\":[0.012020766332648465,2.8098077502505414,0.0626440746668601"
    "6,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}}",
    "{\"model_dict\":{\"slopes\":[0.012020766332648465,2.8098077502505414,0.06264407466686016,1.22276"
    "3456258933,1.5360318811084146,1.7620864995501058,2.08656468286432],\"score_transform\":{\"p2\":-"
    "0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"feature_opts_dicts\":["
    "{\"adm_enhn_gain_limit\":1.0},{},{\"vif_enhn_gain_limit\":1.0},{\"vif_enhn_gain_limit\":1.0},{\""
    "vif_enhn_gain_limit\":1.0},{\"vif_enhn_gain_limit\":1.0}],\"norm_type\":\"linear_rescale\",\"sco"
    "re_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_scor"
    "e\",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale"
    "2_score\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.799396859718"
    "6747,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428"
    "597549764],\"model_type\":\"LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma "
    "0.04\\nnr_class 2\\ntotal_sv 211\\nrho -1.33133\\nSV\\n\001\"}}",
    "{\"model_dict\":{\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal"
    "_sv 262\\nrho -2.30449\\nSV\\n\001\",\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0]"
    ",\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vi"
    "f_scale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feat"
    "ure_vif_scale3_score\"],\"intercepts\":[-0.31191973282964003,-0.8536192302086182,-0.013368364510"
    "78975,-0.09603743694887917,-0.21890356649141152,-0.35835059999617175,-0.5373563330683786],\"mode"
    "l_type\":\"LIBSVMNUSVR\",\"slopes\":[0.012388059998472608,1.853012066458466,0.05141551931924402,"
    "1.0960374437054892,1.2189036205165853,1.3583508615652835,1.5373567703674345]}}",
    "{\"0\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1"
    ".70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"featu"
    "re_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale0"
    "_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_"
    "scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0."
    "1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BO"
    "OTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\n"
    "total_sv 210\\nrho -1.38271\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0."
    "06264407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\""
    "1\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70"
    "674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_"
    "names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale0_sc"
    "ore\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_sca"
    "le3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.172"
    "8125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTS"
    "TRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntot"
    "al_sv 214\\nrho -2.01955\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.062"
    "64407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"2\""
    ":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674"
    "692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_nam"
    "es\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale0_score"
    "\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_scale3"
    "_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.172812"
    "5095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRA"
    "P_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_"
    "sv 210\\nrho -1.1262\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.0626440"
    "7466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"3\":{\""
    "model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,"
    "\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\""
    ":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale0_score\","
    "\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_scale3_sc"
    "ore\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.172812509"
    "5425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_L"
    "IBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_typ",
    "e rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 212\\nrho -1.07876\\nSV\\n\001\",\"slopes\":[0.012020"
    "766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318811084146,1.76208"
    "64995501058,2.08656468286432]}},\"4\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,"
    "\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\""
    "score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_s"
    "core\",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_sc"
    "ale2_score\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646"
    "908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.0834"
    "28597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type "
    "rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 211\\nrho -1.51252\\nSV\\n\001\",\"slopes\":[0.01202076"
    "6332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318811084146,1.7620864"
    "995501058,2.08656468286432]}},\"5\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"o"
    "ut_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"sco"
    "re_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_scor"
    "e\",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale"
    "2_score\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908"
    "718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.0834285"
    "97549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf"
    "\\ngamma 0.04\\nnr_class 2\\ntotal_sv 211\\nrho -1.02859\\nSV\\n\001\",\"slopes\":[0.01202076633"
    "2648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318811084146,1.7620864995"
    "501058,2.08656468286432]}},\"6\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_"
    "gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_"
    "clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\""
    ",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_s"
    "core\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718"
    ",-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.0834285975"
    "49764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\n"
    "gamma 0.04\\nnr_class 2\\ntotal_sv 212\\nrho -1.08406\\nSV\\n\001\",\"slopes\":[0.01202076633264"
    "8465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318811084146,1.7620864995501"
    "058,2.08656468286432]}},\"7\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte"
    "_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_cli"
    "p\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\""
    "VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_scor"
    "e\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0",
    ".3092981927591963,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.52943090900812"
    "22,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\""
    "svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 209\\nrho -1.60567\\nSV\\"
    "n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.22276345625893"
    "3,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"8\":{\"model_dict\":{\"score_trans"
    "form\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_t"
    "ype\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score"
    "\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_sc"
    "ore\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.30"
    "92981927591963,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,"
    "-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm"
    "_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 212\\nrho -0.953329\\nSV\\n"
    "\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933"
    ",1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"9\":{\"model_dict\":{\"score_transf"
    "orm\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_ty"
    "pe\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score"
    "\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_sc"
    "ore\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.30"
    "92981927591963,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,"
    "-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm"
    "_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 212\\nrho -1.40801\\nSV\\n"
    "\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933"
    ",1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"10\":{\"model_dict\":{\"score_trans"
    "form\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_t"
    "ype\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score"
    "\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_sc"
    "ore\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.30"
    "92981927591963,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,"
    "-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm"
    "_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 211\\nrho -1.49832\\nSV\\n"
    "\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933"
    ",1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"11\":{\"model_dict\":{\"score_trans"
    "form\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_t"
    "ype\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"f",
    "eature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_sc"
    "ale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_"
    "vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897"
    ",-0.1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":"
    "\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class "
    "2\\ntotal_sv 212\\nrho -0.882043\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.78638905799027"
    "73,0.06264407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]"
    "}},\"12\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0"
    "\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"f"
    "eature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_sc"
    "ale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_"
    "vif_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897"
    ",-0.1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":"
    "\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class "
    "2\\ntotal_sv 211\\nrho -1.3827\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773"
    ",0.06264407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}}"
    ",\"13\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":"
    "1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feat"
    "ure_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale"
    "0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif"
    "_scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0"
    ".1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"B"
    "OOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\"
    "ntotal_sv 211\\nrho -1.09005\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0"
    ".06264407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},"
    "\"14\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1"
    ".70674692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"featu"
    "re_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale0"
    "_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_"
    "scale3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0."
    "1728125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BO"
    "OTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\n"
    "total_sv 212\\nrho -1.2061\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.0"
    "6264407466686016,1.222763456258933,1.536031",
    "8811084146,1.7620864995501058,2.08656468286432]}},\"15\":{\"model_dict\":{\"score_transform\":{"
    "\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\""
    "linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMA"
    "F_feature_motion2_score\",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_score\",\""
    "VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927"
    "591963,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.75771"
    "85792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu"
    "_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 212\\nrho -1.47693\\nSV\\n\001\",\"s"
    "lopes\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.5360318"
    "811084146,1.7620864995501058,2.08656468286432]}},\"16\":{\"model_dict\":{\"score_transform\":{\""
    "p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"li"
    "near_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_"
    "feature_motion2_score\",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_score\",\"VM"
    "AF_feature_vif_scale2_score\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.309298192759"
    "1963,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.7577185"
    "792093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_s"
    "vr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 210\\nrho -1.45024\\nSV\\n\001\",\"slo"
    "pes\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.536031881"
    "1084146,1.7620864995501058,2.08656468286432]}},\"17\":{\"model_dict\":{\"score_transform\":{\"p2"
    "\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"line"
    "ar_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_fe"
    "ature_motion2_score\",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF"
    "_feature_vif_scale2_score\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.30929819275919"
    "63,-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.757718579"
    "2093722,-1.083428597549764],\"model_type\":\"BOOTSTRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr"
    "\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_sv 210\\nrho -1.19178\\nSV\\n\001\",\"slope"
    "s\":[0.012020766332648465,2.7863890579902773,0.06264407466686016,1.222763456258933,1.53603188110"
    "84146,1.7620864995501058,2.08656468286432]}},\"18\":{\"model_dict\":{\"score_transform\":{\"p2\""
    ":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674692,\"p1\":1.72643844},\"norm_type\":\"linear"
    "_rescale\",\"score_clip\":[0.0,100.0],\"feature_names\":[\"VMAF_feature_adm2_score\",\"VMAF_feat"
    "ure_motion2_score\",\"VMAF_feature_vif_scale0_score\",\"VMAF_feature_vif_scale1_score\",\"VMAF_f"
    "eature_vif_scale2_score\",\"VMAF_feature_vif_scale3_score\"],\"intercepts\":[-0.3092981927591963"
    ",-1.778561646908718,-0.003017198086831897,-0.1728125095425364,-0.5294309090081222,-0.75771857920"
    "93722,-1.083428597549764],\"model_type\":\"BOOTS",
    "TRAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntot"
    "al_sv 211\\nrho -1.00499\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.062"
    "64407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"19"
    "\":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.706"
    "74692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_n"
    "ames\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale0_sco"
    "re\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_scal"
    "e3_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.1728"
    "125095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTST"
    "RAP_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntota"
    "l_sv 210\\nrho -1.68654\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.0626"
    "4407466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}},\"20\""
    ":{\"model_dict\":{\"score_transform\":{\"p2\":-0.00705305,\"out_gte_in\":\"true\",\"p0\":1.70674"
    "692,\"p1\":1.72643844},\"norm_type\":\"linear_rescale\",\"score_clip\":[0.0,100.0],\"feature_nam"
    "es\":[\"VMAF_feature_adm2_score\",\"VMAF_feature_motion2_score\",\"VMAF_feature_vif_scale0_score"
    "\",\"VMAF_feature_vif_scale1_score\",\"VMAF_feature_vif_scale2_score\",\"VMAF_feature_vif_scale3"
    "_score\"],\"intercepts\":[-0.3092981927591963,-1.778561646908718,-0.003017198086831897,-0.172812"
    "5095425364,-0.5294309090081222,-0.7577185792093722,-1.083428597549764],\"model_type\":\"BOOTSTRA"
    "P_LIBSVMNUSVR\",\"model\":\"svm_type nu_svr\\nkernel_type rbf\\ngamma 0.04\\nnr_class 2\\ntotal_"
    "sv 212\\nrho -1.53695\\nSV\\n\001\",\"slopes\":[0.012020766332648465,2.7863890579902773,0.062644"
    "07466686016,1.222763456258933,1.5360318811084146,1.7620864995501058,2.08656468286432]}}}"
};
static const vmaf__bi_entry vmaf__bi_models[9] = {
    {"vmaf_v0.6.1", 0, 1, 0},
    {"vmaf_v0.6.1neg", 1, 1, 1},
    {"vmaf_4k_v0.6.1", 2, 1, 2},
    {"vmaf_4k_v0.6.1neg", 3, 1, 3},
    {"vmaf_b_v0.6.3", 4, 6, 4},
    {"vmaf_float_v0.6.1", 10, 1, 25},
    {"vmaf_float_v0.6.1neg", 11, 1, 26},
    {"vmaf_float_4k_v0.6.1", 12, 1, 27},
    {"vmaf_float_b_v0.6.3", 13, 6, 28}
};
/* <<< vmaf builtin models <<< */

/* Rebuilds the JSON text of built-in model `e` (see tools/gen_builtin_models.py). */
static char *vmaf__builtin_json(const VmafAllocator *a, const vmaf__bi_entry *e, size_t *len)
{
    size_t total = 0, o = 0;
    unsigned c, b, pass;
    char *buf = NULL;
    for (pass = 0; pass < 2; pass++) {
        b = e->block;
        for (c = e->chunk; c < e->chunk + e->nchunks; c++) {
            const char *s = vmaf__bi_text[c];
            for (; *s; s++) {
                unsigned i;
                if (*s != '\001') {
                    if (pass) buf[o] = *s;
                    o++;
                    continue;
                }
                for (i = vmaf__bi_blocks[b][0]; i < vmaf__bi_blocks[b][0] + vmaf__bi_blocks[b][1]; i++) {
                    const char *cs = vmaf__bi_coefs[vmaf__bi_sv[2 * i]], *rs = vmaf__bi_rows[vmaf__bi_sv[2 * i + 1]];
                    size_t cl = strlen(cs), rl = strlen(rs);
                    if (pass) {
                        memcpy(buf + o, cs, cl);
                        buf[o + cl] = ' ';
                        memcpy(buf + o + cl + 1, rs, rl);
                        buf[o + cl + 1 + rl] = '\\';
                        buf[o + cl + 2 + rl] = 'n';
                    }
                    o += cl + rl + 3;
                }
                b++;
            }
        }
        if (!pass) {
            total = o;
            o = 0;
            buf = (char *)vmaf__alloc(a, total + 1);
            if (!buf) return NULL;
        }
    }
    buf[total] = 0;
    *len = total;
    return buf;
}
#endif

VMAFDEF const char *vmaf_model_builtin_name(unsigned i)
{
#if !defined(VMAF_MODEL_NO_BUILTIN)
    if (i < sizeof vmaf__bi_models / sizeof vmaf__bi_models[0]) return vmaf__bi_models[i].name;
#else
    (void)i;
#endif
    return NULL;
}

VMAFDEF int vmaf_model_builtin(VmafModelFile **out, const char *version, const VmafModelOptions *opt)
{
    VmafLogFn log = opt ? opt->log : NULL;
    void *lu = opt ? opt->log_user : NULL;
#if !defined(VMAF_MODEL_NO_BUILTIN)
    unsigned i;
    if (!out) return VMAF_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!version) return vmaf__fail(log, lu, VMAF_ERR_INVALID_ARGUMENT, "built-in model: NULL name");
    for (i = 0; i < sizeof vmaf__bi_models / sizeof vmaf__bi_models[0]; i++) {
        if (!strcmp(version, vmaf__bi_models[i].name)) {
            VmafAllocator a;
            size_t len;
            char *text;
            int err;
            memset(&a, 0, sizeof a);
            if (opt) a = opt->allocator;
            if ((a.alloc == NULL) != (a.free == NULL)) return vmaf__fail(log, lu, VMAF_ERR_INVALID_ARGUMENT, "allocator: set both alloc and free, or neither");
            text = vmaf__builtin_json(&a, &vmaf__bi_models[i], &len);
            if (!text) return VMAF_ERR_OUT_OF_MEMORY;
            err = vmaf__model_load(out, text, len, opt, version, "built-in model JSON");
            vmaf__free(&a, text);
            return err;
        }
    }
    return vmaf__fail(log, lu, VMAF_ERR_NOT_FOUND, "no such built-in model: \"%.64s\"", version);
#else
    if (!out) return VMAF_ERR_INVALID_ARGUMENT;
    *out = NULL;
    (void)version;
    return vmaf__fail(log, lu, VMAF_ERR_NOT_FOUND, "built-in models are compiled out (VMAF_MODEL_NO_BUILTIN)");
#endif
}

VMAFDEF int vmaf_model_parse(VmafModelFile **out, const char *json, size_t len, const VmafModelOptions *opt)
{
    return vmaf__model_load(out, json, len, opt, NULL, "model JSON");
}

#if !defined(VMAF_NO_STDIO)
VMAFDEF int vmaf_model_read(VmafModelFile **out, const char *path, const VmafModelOptions *opt)
{
    VmafLogFn log = opt ? opt->log : NULL;
    void *lu = opt ? opt->log_user : NULL;
    VmafAllocator a;
    FILE *f;
    char *buf = NULL;
    size_t cap = 0, len = 0;
    int err;
    if (!out) return VMAF_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!path) return vmaf__fail(log, lu, VMAF_ERR_INVALID_ARGUMENT, "model file: NULL path");
    memset(&a, 0, sizeof a);
    if (opt) a = opt->allocator;
    if ((a.alloc == NULL) != (a.free == NULL)) return vmaf__fail(log, lu, VMAF_ERR_INVALID_ARGUMENT, "allocator: set both alloc and free, or neither");
    f = fopen(path, "rb");
    if (!f) return vmaf__fail(log, lu, VMAF_ERR_IO, "could not open model file \"%.200s\"", path);
    for (;;) {
        size_t got;
        if (len + 65536 > cap) {
            void *np;
            if (cap > VMAF__MAX_JSON) {
                fclose(f);
                vmaf__free(&a, buf);
                return vmaf__fail(log, lu, VMAF_ERR_TOO_LARGE, "model file \"%.200s\" is larger than 64 MiB", path);
            }
            np = vmaf__grow(&a, buf, &cap, len + 65536, 1);
            if (!np) {
                fclose(f);
                vmaf__free(&a, buf);
                return VMAF_ERR_OUT_OF_MEMORY;
            }
            buf = (char *)np;
        }
        got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) break;
    }
    if (ferror(f)) {
        fclose(f);
        vmaf__free(&a, buf);
        return vmaf__fail(log, lu, VMAF_ERR_IO, "could not read model file \"%.200s\"", path);
    }
    fclose(f);
    err = vmaf__model_load(out, buf ? buf : "", len, opt, path, "model JSON");
    vmaf__free(&a, buf);
    return err;
}
#else
VMAFDEF int vmaf_model_read(VmafModelFile **out, const char *path, const VmafModelOptions *opt)
{
    if (out) *out = NULL;
    (void)path;
    return vmaf__fail(opt ? opt->log : NULL, opt ? opt->log_user : NULL, VMAF_ERR_UNSUPPORTED,
                      "vmaf_model_read: built with VMAF_NO_STDIO");
}
#endif

VMAFDEF void vmaf_model_free(VmafModelFile *m)
{
    VmafAllocator a;
    if (!m) return;
    a = m->alloc;
    vmaf__arena_free(&m->arena);
    vmaf__free(&a, m->mem);
    vmaf__free(&a, m->feat);
    vmaf__free(&a, m);
}

/* Stores an overload; value normalised as vmaf_feature_dictionary_set (numeric -> %g). */
VMAFDEF int vmaf_model_overload(VmafModelFile *m, const char *extractor, const char *option, const char *value)
{
    char val[300];
    vmaf__ovl *o;
    if (!m || !extractor || !option || !value) return VMAF_ERR_INVALID_ARGUMENT;
    if (!vmaf__text_ok(extractor, strlen(extractor), 0) || !vmaf__text_ok(option, strlen(option), 0) ||
        !vmaf__text_ok(value, strlen(value), 0))
        return VMAF_ERR_INVALID_ARGUMENT;
    if (m->novl >= VMAF__MAX_OVERLOADS) return VMAF_ERR_TOO_LARGE;
    if (!vmaf__norm_number(value, strlen(value), val, sizeof val)) snprintf(val, sizeof val, "%s", value);
    o = &m->ovl[m->novl];
    o->ext = vmaf__arena_strndup(&m->arena, extractor, strlen(extractor));
    o->opt = vmaf__arena_strndup(&m->arena, option, strlen(option));
    o->val = vmaf__arena_strndup(&m->arena, val, strlen(val));
    if (!o->ext || !o->opt || !o->val) return VMAF_ERR_OUT_OF_MEMORY;
    m->novl++;
    return VMAF_OK;
}

VMAFDEF int vmaf_model_open(VmafModelFile **out, const char *spec, const VmafModelOptions *opt)
{
    VmafModelOptions o;
    VmafLogFn log = opt ? opt->log : NULL;
    void *lu = opt ? opt->log_user : NULL;
    char buf[4096];
    const char *version = NULL, *path = NULL;
    char *p, *ovl[VMAF__MAX_OVERLOADS][3];
    unsigned novl = 0, i;
    int err;
    if (!out) return VMAF_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!spec) return vmaf__fail(log, lu, VMAF_ERR_INVALID_ARGUMENT, "model option: NULL text");
    if (strlen(spec) >= sizeof buf) return vmaf__fail(log, lu, VMAF_ERR_PARSE, "model option text longer than 4095 bytes");
    memset(&o, 0, sizeof o);
    if (opt) o = *opt;
    strcpy(buf, spec);
    p = buf;
    while (p) { /* strsep(":") then strsep("=") twice, as cli_parse.c */
        char *kv = p, *key, *val, *eq;
        p = strchr(p, ':');
        if (p) *p++ = 0;
        key = kv;
        eq = strchr(kv, '=');
        val = NULL;
        if (eq) {
            char *eq2;
            *eq = 0;
            val = eq + 1;
            eq2 = strchr(val, '=');
            if (eq2) *eq2 = 0;
        }
        if (!val) {
            if (!strcmp(key, "disable_clip") || !strcmp(key, "enable_transform")) val = (char *)"true";
            else return vmaf__fail(log, lu, VMAF_ERR_PARSE, "model option: bad option string \"%.100s\"", key);
        }
        if (!strcmp(key, "path")) path = val;
        else if (!strcmp(key, "name")) o.name = val;
        else if (!strcmp(key, "version")) version = val;
        else if (!strcmp(key, "disable_clip")) o.flags |= !strcmp(val, "true") ? (unsigned)VMAF_MODEL_DISABLE_CLIP : 0u;
        else if (!strcmp(key, "enable_transform")) o.flags |= !strcmp(val, "true") ? (unsigned)VMAF_MODEL_ENABLE_TRANSFORM : 0u;
        else {
            char *dot = strchr(key, '.'), *dot2;
            if (!dot || dot == key || !dot[1])
                return vmaf__fail(log, lu, VMAF_ERR_PARSE, "model option: \"%.100s\" is not <extractor>.<option>", key);
            *dot = 0;
            dot2 = strchr(dot + 1, '.');
            if (dot2) *dot2 = 0;
            if (novl >= VMAF__MAX_OVERLOADS) return vmaf__fail(log, lu, VMAF_ERR_TOO_LARGE, "model option: more than 64 overloads");
            ovl[novl][0] = key;
            ovl[novl][1] = dot + 1;
            ovl[novl][2] = val;
            novl++;
        }
    }
    if (version) err = vmaf_model_builtin(out, version, &o);
#if !defined(VMAF_NO_STDIO)
    else if (path) err = vmaf_model_read(out, path, &o);
#endif
    else return vmaf__fail(log, lu, path ? VMAF_ERR_UNSUPPORTED : VMAF_ERR_PARSE,
                           path ? "model option: path= needs stdio (built with VMAF_NO_STDIO)"
                                : "model option: needs version=<built-in name> or path=<file>");
    if (err) return err;
    for (i = 0; i < novl; i++) {
        if ((err = vmaf_model_overload(*out, ovl[i][0], ovl[i][1], ovl[i][2]))) {
            vmaf_model_free(*out);
            *out = NULL;
            return vmaf__fail(log, lu, err, "model option: bad overload \"%.60s.%.60s=%.60s\"", ovl[i][0], ovl[i][1], ovl[i][2]);
        }
    }
    return VMAF_OK;
}

VMAFDEF const char *vmaf_model_name(const VmafModelFile *m) { return m ? m->name : NULL; }
VMAFDEF const char *vmaf_model_label(const VmafModelFile *m) { return m ? m->label : NULL; }
VMAFDEF unsigned vmaf_model_collection_size(const VmafModelFile *m) { return m && m->nmem > 1 ? (unsigned)m->nmem - 1 : 0u; }
VMAFDEF unsigned vmaf_model_feature_count(const VmafModelFile *m) { return m ? (unsigned)m->nfeat : 0u; }
VMAFDEF int vmaf_model_feature(const VmafModelFile *m, unsigned i, const char **provided, const char **options)
{
    if (!m || i >= m->nfeat) return VMAF_ERR_INVALID_ARGUMENT;
    if (provided) *provided = m->feat[i].provided;
    if (options) *options = m->feat[i].options;
    return VMAF_OK;
}
VMAFDEF unsigned vmaf_model_output_count(const VmafModelFile *m) { return m ? m->nout : 0u; }
VMAFDEF const char *vmaf_model_output_name(const VmafModelFile *m, unsigned i)
{
    return m && i < m->nout ? m->out[i] : NULL;
}

/* ============================== prediction (predict.c, svm.cpp) ============================ */

/* libvmaf predict.c piecewise_linear_mapping: later segments overwrite earlier ones; a failed
   monotonicity check stops and keeps what was written. */
static double vmaf__knots(const vmaf__member *mb, double x)
{
    double y = 0.0, slope = 0.0, offset = 0.0;
    unsigned idx, nseg;
    if (mb->nknots <= 1) return x;
    nseg = mb->nknots - 1;
    for (idx = 0; idx < nseg; idx++) {
        double x0 = mb->kx[idx], y0 = mb->ky[idx], x1 = mb->kx[idx + 1], y1 = mb->ky[idx + 1];
        int c0, c1;
        if (!(x0 < x1 && y0 <= y1)) return y;
        c0 = x0 <= x;
        c1 = x <= x1;
        if (y0 == y1) {
            if (c0 && c1) y = y0;
            if (idx == 0 && x < x0) y = y0;
            if (idx == nseg - 1 && x > x1) y = y0;
        } else {
            if (x0 == 0) {
                offset = y0;
                slope = (y1 - offset) / x1;
            } else {
                slope = (y1 - y0) / (x1 - x0);
                offset = y0 - (x0 * slope);
            }
            if (c0 && c1) y = slope * x + offset;
            if (idx == 0 && x < x0) y = slope * x + offset;
            if (idx == nseg - 1 && x > x1) y = slope * x + offset;
        }
    }
    return y;
}

static double vmaf__transform(const vmaf__member *mb, double y)
{
    double out, stage;
    if (!mb->tr_on) return y;
    if (mb->p_on[0] || mb->p_on[1] || mb->p_on[2]) {
        out = 0.0;
        if (mb->p_on[0]) out += mb->p[0];
        if (mb->p_on[1]) out += mb->p[1] * y;
        if (mb->p_on[2]) out += mb->p[2] * y * y;
    } else {
        out = y;
    }
    stage = out;
    if (mb->knots_on) out = vmaf__knots(mb, stage);
    if (mb->lte) out = (out > y) ? y : out;
    if (mb->gte) out = (out < y) ? y : out;
    return out;
}

static double vmaf__clip(const vmaf__member *mb, double y)
{
    if (!mb->clip) return y;
    y = (y < mb->clip_lo) ? mb->clip_lo : y;
    y = (y > mb->clip_hi) ? mb->clip_hi : y;
    return y;
}

/* SVM output, denormalised: no transform, no clip. */
static double vmaf__svm(const vmaf__member *mb, const double *ftab)
{
    double x[VMAF__MAX_FEATURES], sum = 0.0;
    unsigned i, j, n = mb->n;
    for (i = 0; i < n; i++) {
        x[i] = ftab[mb->feat[i]];
        if (mb->norm == VMAF__NORM_LINEAR) x[i] = mb->slope[i] * x[i] + mb->icpt[i];
    }
    for (j = 0; j < mb->nsv; j++) {
        const double *s = mb->sv + (size_t)j * n;
        double d2 = 0.0;
        for (i = 0; i < n; i++) {
            double d = x[i] - s[i];
            d2 += d * d;
        }
        sum += mb->coef[j] * exp(-mb->gamma * d2);
    }
    sum -= mb->rho;
    if (mb->norm == VMAF__NORM_LINEAR) sum = (sum - mb->icpt0) / mb->slope0;
    return sum;
}

static double vmaf__percentile(const double *s, unsigned n, double perc)
{
    const double p = perc * (n - 1) / 100.;
    const int l = (int)floor(p), r = (int)ceil(p);
    return (l == r) ? s[l] : s[l] * (r - p) + s[r] * (p - l);
}

VMAFDEF int vmaf_model_predict(const VmafModelFile *m, const double *features, double *outputs)
{
    double s[VMAF__MAX_COLL];
    unsigned j, cnt;
    const vmaf__member *m1;
    double sum = 0.0, mean, ssd = 0.0, sd, lo, hi, bag, plus, minus, slope;
    const double delta = 0.01;
    if (!m || !outputs || (!features && m->nfeat)) return VMAF_ERR_INVALID_ARGUMENT;
    outputs[0] = vmaf__clip(&m->mem[0], vmaf__transform(&m->mem[0], vmaf__svm(&m->mem[0], features)));
    if (m->nmem == 1) return VMAF_OK;
    cnt = (unsigned)m->nmem - 1;
    for (j = 0; j < cnt; j++) {
        const vmaf__member *mb = &m->mem[j + 1];
        s[j] = vmaf__svm(mb, features);
        outputs[1 + j] = vmaf__clip(mb, vmaf__transform(mb, s[j]));
    }
    for (j = 0; j < cnt; j++) sum += s[j];
    mean = sum / cnt;
    plus = mean + delta;
    minus = mean - delta;
    for (j = 0; j < cnt; j++) {
        double d = s[j] - mean;
        ssd += d * d;
    }
    sd = sqrt(ssd / cnt);
    for (j = 1; j < cnt; j++) { /* insertion sort, ascending (qsort with libvmaf's comparator) */
        double v = s[j];
        unsigned k = j;
        while (k > 0 && s[k - 1] > v) {
            s[k] = s[k - 1];
            k--;
        }
        s[k] = v;
    }
    lo = vmaf__percentile(s, cnt, 2.5);
    hi = vmaf__percentile(s, cnt, 97.5);
    m1 = &m->mem[1];
    bag = vmaf__clip(m1, vmaf__transform(m1, mean));
    lo = vmaf__clip(m1, vmaf__transform(m1, lo));
    hi = vmaf__clip(m1, vmaf__transform(m1, hi));
    plus = vmaf__clip(m1, vmaf__transform(m1, plus));
    minus = vmaf__clip(m1, vmaf__transform(m1, minus));
    slope = (plus - minus) / (2.0 * delta);
    sd *= slope;
    outputs[1 + cnt] = bag;
    outputs[2 + cnt] = sd;
    outputs[3 + cnt] = lo;
    outputs[4 + cnt] = hi;
    return VMAF_OK;
}

/* ============================== pooling (libvmaf.c vmaf_feature_score_pooled) ============== */
VMAFDEF void vmaf_model_pool_init(VmafModelPool *pool)
{
    if (pool) memset(pool, 0, sizeof *pool);
}

VMAFDEF void vmaf_model_pool_add(VmafModelPool *pool, double s)
{
    if (!pool) return;
    pool->sum += s;
    pool->inv_sum += 1. / (s + 1.);
    if (pool->n == 0 || s < pool->min) pool->min = s;
    if (pool->n == 0 || s > pool->max) pool->max = s;
    pool->n++;
}

VMAFDEF int vmaf_model_pool_get(const VmafModelPool *pool, int method, double *out)
{
    if (!pool || !out) return VMAF_ERR_INVALID_ARGUMENT;
    if (method < VMAF_MODEL_POOL_MIN || method > VMAF_MODEL_POOL_HARMONIC_MEAN) return VMAF_ERR_INVALID_ARGUMENT;
    if (pool->n == 0) return VMAF_ERR_STATE;
    switch (method) {
    case VMAF_MODEL_POOL_MEAN: *out = pool->sum / pool->n; break;
    case VMAF_MODEL_POOL_MIN: *out = pool->min; break;
    case VMAF_MODEL_POOL_MAX: *out = pool->max; break;
    default: *out = pool->n / pool->inv_sum - 1.0; break;
    }
    return VMAF_OK;
}

VMAFDEF int vmaf_model_pool(const double *values, size_t n, int method, double *out)
{
    VmafModelPool p;
    size_t i;
    if (!out || (n && !values) || n > 0xffffffffu) return VMAF_ERR_INVALID_ARGUMENT;
    vmaf_model_pool_init(&p);
    for (i = 0; i < n; i++) vmaf_model_pool_add(&p, values[i]);
    return vmaf_model_pool_get(&p, method, out);
}

/* ============================== the pipeline ============================================== */
typedef struct vmaf__rec {
    unsigned inst, index;
    size_t key; /* offset in the job's string buffer */
    double value;
} vmaf__rec;

struct VmafModelJob {
    VmafModelPipeline *p;
    unsigned slot, index, cur;
    int busy, ran, done, err;
    unsigned err_inst;
    VmafFrame ref, dis;
    vmaf__rec *rec;
    size_t nrec, caprec;
    char *str;
    size_t nstr, capstr;
};

typedef struct vmaf__inst {
    const VmafExtractor *ex;
    int temporal;
    void **state; /* temporal: 1 state; else one per job slot */
    unsigned nstate;
    char *sig;    /* keys of every provided feature: the de-duplication signature */
} vmaf__inst;

typedef struct vmaf__bind {
    const VmafModelFile *m;
    char **key;     /* collector key of each feature-table entry */
    unsigned *kid;  /* its column, VMAF__NONE until seen */
    unsigned *opos; /* pipeline output index of each model output */
} vmaf__bind;

typedef struct vmaf__col {
    char *name;
    VmafModelPool pool;
} vmaf__col;

struct VmafModelPipeline {
    VmafModelPipelineConfig cfg;
    unsigned njobs, L, W, sub;
    const VmafExtractor **tab;
    size_t ntab, captab;
    vmaf__inst *inst;
    size_t ninst, capinst;
    vmaf__bind *bind;
    size_t nbind, capbind;
    const char **oname; /* outputs in column order */
    VmafModelPool *opool;
    double *oval;
    unsigned nout;
    vmaf__col *col;
    size_t ncol, capcol;
    double *wval;          /* W x capcol values of the open frames */
    unsigned char *whas;   /* W x capcol written flags */
    double *xbuf, *obuf;   /* prediction scratch */
    VmafModelJob *jobs;    /* njobs + 1 (the last one collects flush output) */
    unsigned nsub, ncommit, first_open, nrep;
    int started, flushed, failed;
};

#define VMAF__PLOG(p, err, ...) vmaf__fail((p)->cfg.log, (p)->cfg.log_user, err, __VA_ARGS__)

static void *vmaf__palloc(VmafModelPipeline *p, size_t n)
{
    void *q = vmaf__alloc(&p->cfg.allocator, n ? n : 1);
    if (q) memset(q, 0, n ? n : 1);
    return q;
}

static char *vmaf__pstrdup(VmafModelPipeline *p, const char *s)
{
    size_t n = strlen(s);
    char *d = (char *)vmaf__alloc(&p->cfg.allocator, n + 1);
    if (d) memcpy(d, s, n + 1);
    return d;
}

VMAFDEF int vmaf_model_pipeline_create(VmafModelPipeline **out, const VmafModelPipelineConfig *cfg)
{
    VmafModelPipeline *p;
    int err;
    if (!out) return VMAF_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!cfg) return VMAF_ERR_INVALID_ARGUMENT;
    if ((cfg->allocator.alloc == NULL) != (cfg->allocator.free == NULL))
        return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_INVALID_ARGUMENT, "allocator: set both alloc and free, or neither");
    if ((err = vmaf__check_geometry(cfg->w, cfg->h, cfg->bpc, 1, 1)))
        return vmaf__fail(cfg->log, cfg->log_user, err, "pipeline: bad geometry %ux%u, %u bits", cfg->w, cfg->h, cfg->bpc);
    if ((unsigned)cfg->layout > (unsigned)VMAF_LAYOUT_444 || cfg->jobs > 1024 || cfg->lookahead > 64 ||
        (cfg->flags & ~(unsigned)VMAF_MODEL_PIPELINE_NO_PREDICTION))
        return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_INVALID_ARGUMENT,
                          "pipeline: bad layout, jobs (<= 1024), lookahead (<= 64) or flags");
    p = (VmafModelPipeline *)vmaf__alloc(&cfg->allocator, sizeof *p);
    if (!p) return VMAF_ERR_OUT_OF_MEMORY;
    memset(p, 0, sizeof *p);
    p->cfg = *cfg;
    p->njobs = cfg->jobs ? cfg->jobs : 1;
    p->L = cfg->lookahead ? cfg->lookahead : 2;
    p->W = p->L + 1;
    p->sub = cfg->subsample > 1 ? cfg->subsample : 1;
    *out = p;
    return VMAF_OK;
}

VMAFDEF int vmaf_model_pipeline_register(VmafModelPipeline *p, const VmafExtractor *ex)
{
    size_t i, k;
    void *np;
    if (!p) return VMAF_ERR_INVALID_ARGUMENT;
    if (!ex || ex->abi != VMAF_EXTRACTOR_ABI || ex->size < sizeof(VmafExtractor) || !ex->name || !ex->name[0] ||
        !ex->create || !ex->key || !ex->push || !ex->destroy)
        return VMAF__PLOG(p, VMAF_ERR_INVALID_ARGUMENT, "register: not a valid VmafExtractor table (abi %d)", VMAF_EXTRACTOR_ABI);
    if (p->started) return VMAF__PLOG(p, VMAF_ERR_STATE, "register: the pipeline has started");
    for (i = 0; i < p->ntab; i++) {
        if (strcmp(p->tab[i]->name, ex->name)) continue;
        for (k = 0; k < p->ninst; k++)
            if (p->inst[k].ex == p->tab[i])
                return VMAF__PLOG(p, VMAF_ERR_STATE, "register: extractor \"%s\" is already in use", ex->name);
        p->tab[i] = ex;
        return VMAF_OK;
    }
    np = vmaf__grow(&p->cfg.allocator, (void *)p->tab, &p->captab, p->ntab + 1, sizeof(*p->tab));
    if (!np) return VMAF_ERR_OUT_OF_MEMORY;
    p->tab = (const VmafExtractor **)np;
    p->tab[p->ntab++] = ex;
    return VMAF_OK;
}

static const VmafExtractor *vmaf__provider(const VmafModelPipeline *p, const char *feature)
{
    size_t i;
    for (i = 0; i < p->ntab; i++) {
        const char *const *pr = p->tab[i]->provided;
        for (; pr && *pr; pr++)
            if (!strcmp(*pr, feature)) return p->tab[i];
    }
    return NULL;
}

/* Creates an instance of `ex` with `options`; `provided` (may be NULL) gets its key in `key`.
   An instance with the same name and signature is kept instead (libvmaf de-duplication). */
static int vmaf__instantiate(VmafModelPipeline *p, const VmafExtractor *ex, const char *options,
                             const char *provided, char *key, size_t keysz)
{
    VmafExtractorArgs args;
    void *st = NULL;
    char *sig = NULL, kb[VMAF__MAX_KEY + 1];
    size_t siglen = 0, i;
    int err;
    vmaf__inst *in;
    void *np;
    memset(&args, 0, sizeof args);
    args.w = p->cfg.w;
    args.h = p->cfg.h;
    args.bpc = p->cfg.bpc;
    args.layout = p->cfg.layout;
    args.options = options && options[0] ? options : NULL;
    args.cpumask = p->cfg.cpumask;
    args.user = ex->user;
    args.allocator = p->cfg.allocator;
    args.log = p->cfg.log;
    args.log_user = p->cfg.log_user;
    if ((err = ex->create(&st, &args)))
        return VMAF__PLOG(p, err, "extractor \"%s\" with options \"%s\": %s", ex->name, options ? options : "",
                          vmaf_result_string(err));
    if (provided && (err = ex->key(st, provided, key, keysz))) {
        ex->destroy(st);
        return VMAF__PLOG(p, err, "extractor \"%s\" has no key for \"%s\"", ex->name, provided);
    }
    /* signature */
    {
        const char *const *pr;
        size_t cap = 0;
        for (pr = ex->provided; pr && *pr; pr++) {
            size_t kl;
            if ((err = ex->key(st, *pr, kb, sizeof kb))) {
                vmaf__free(&p->cfg.allocator, sig);
                ex->destroy(st);
                return VMAF__PLOG(p, err, "extractor \"%s\" has no key for its feature \"%s\"", ex->name, *pr);
            }
            kl = strlen(kb);
            np = vmaf__grow(&p->cfg.allocator, sig, &cap, siglen + kl + 2, 1);
            if (!np) {
                vmaf__free(&p->cfg.allocator, sig);
                ex->destroy(st);
                return VMAF_ERR_OUT_OF_MEMORY;
            }
            sig = (char *)np;
            memcpy(sig + siglen, kb, kl);
            siglen += kl;
            sig[siglen++] = '\n';
            sig[siglen] = 0;
        }
        if (!sig) {
            sig = vmaf__pstrdup(p, options ? options : "");
            if (!sig) {
                ex->destroy(st);
                return VMAF_ERR_OUT_OF_MEMORY;
            }
        }
    }
    for (i = 0; i < p->ninst; i++)
        if (!strcmp(p->inst[i].ex->name, ex->name) && !strcmp(p->inst[i].sig, sig)) {
            vmaf__free(&p->cfg.allocator, sig);
            ex->destroy(st);
            return VMAF_OK;
        }
    np = vmaf__grow(&p->cfg.allocator, p->inst, &p->capinst, p->ninst + 1, sizeof(vmaf__inst));
    if (!np) {
        vmaf__free(&p->cfg.allocator, sig);
        ex->destroy(st);
        return VMAF_ERR_OUT_OF_MEMORY;
    }
    p->inst = (vmaf__inst *)np;
    in = &p->inst[p->ninst];
    memset(in, 0, sizeof *in);
    in->ex = ex;
    in->sig = sig;
    in->temporal = (ex->flags & VMAF_EXTRACTOR_TEMPORAL) != 0;
    in->nstate = in->temporal ? 1u : p->njobs;
    in->state = (void **)vmaf__palloc(p, sizeof(void *) * in->nstate);
    if (!in->state) {
        vmaf__free(&p->cfg.allocator, sig);
        ex->destroy(st);
        return VMAF_ERR_OUT_OF_MEMORY;
    }
    in->state[0] = st;
    p->ninst++; /* from here on vmaf__rollback cleans up */
    for (i = 1; i < in->nstate; i++)
        if ((err = ex->create(&in->state[i], &args))) {
            in->state[i] = NULL;
            return VMAF__PLOG(p, err, "extractor \"%s\": %s", ex->name, vmaf_result_string(err));
        }
    return VMAF_OK;
}

/* Applies `ovl` entries for extractor `ext` over "k=v:k=v" `base` (libvmaf dictionary merge:
   an existing key takes the new value in place, a new key is appended). */
static int vmaf__merge_opts(const VmafModelFile *m, const char *ext, const char *base, char *out, size_t outsz)
{
    char keys[VMAF__MAX_OVERLOADS + 64][128], vals[VMAF__MAX_OVERLOADS + 64][300];
    unsigned n = 0, i, o;
    const char *s = base;
    size_t len = 0;
    while (s && *s) {
        const char *eq = strchr(s, '='), *end = strchr(s, ':');
        size_t kl, vl;
        if (!end) end = s + strlen(s);
        if (!eq || eq > end || n >= VMAF__MAX_OVERLOADS + 64) return VMAF_ERR_PARSE;
        kl = (size_t)(eq - s);
        vl = (size_t)(end - eq - 1);
        if (kl >= 128 || vl >= 300) return VMAF_ERR_PARSE;
        memcpy(keys[n], s, kl);
        keys[n][kl] = 0;
        memcpy(vals[n], eq + 1, vl);
        vals[n][vl] = 0;
        n++;
        s = *end ? end + 1 : end;
    }
    for (o = 0; o < m->novl; o++) {
        if (strcmp(m->ovl[o].ext, ext)) continue;
        for (i = 0; i < n; i++)
            if (!strcmp(keys[i], m->ovl[o].opt)) break;
        if (i == n) {
            if (n >= VMAF__MAX_OVERLOADS + 64 || strlen(m->ovl[o].opt) >= 128) return VMAF_ERR_PARSE;
            strcpy(keys[n++], m->ovl[o].opt);
        }
        snprintf(vals[i], sizeof vals[i], "%s", m->ovl[o].val);
    }
    out[0] = 0;
    for (i = 0; i < n; i++) {
        int w = snprintf(out + len, outsz - len, "%s%s=%s", i ? ":" : "", keys[i], vals[i]);
        if (w < 0 || (size_t)w >= outsz - len) return VMAF_ERR_TOO_LARGE;
        len += (size_t)w;
    }
    return VMAF_OK;
}

/* Undoes a failed add: destroys the instances and bindings created after the marks. */
static void vmaf__rollback(VmafModelPipeline *p, size_t ninst, size_t nbind)
{
    const VmafAllocator *a = &p->cfg.allocator;
    size_t s;
    while (p->ninst > ninst) {
        vmaf__inst *in = &p->inst[--p->ninst];
        for (s = 0; s < in->nstate; s++)
            if (in->state[s]) in->ex->destroy(in->state[s]);
        vmaf__free(a, in->state);
        vmaf__free(a, in->sig);
    }
    while (p->nbind > nbind) {
        vmaf__bind *b = &p->bind[--p->nbind];
        if (b->key)
            for (s = 0; s < b->m->nfeat; s++) vmaf__free(a, b->key[s]);
        vmaf__free(a, b->key);
        vmaf__free(a, b->kid);
        vmaf__free(a, b->opos);
    }
}

static int vmaf__add_model(VmafModelPipeline *p, const VmafModelFile *m)
{
    vmaf__bind *b;
    size_t i, j, k;
    int err;
    void *np;
    char opts[4096], key[VMAF__MAX_KEY + 1];
    for (i = 0; i < p->nbind; i++)
        for (j = 0; j < p->bind[i].m->nout; j++)
            for (k = 0; k < m->nout; k++)
                if (!strcmp(p->bind[i].m->out[j], m->out[k]))
                    return VMAF__PLOG(p, VMAF_ERR_INVALID_ARGUMENT, "add_model: output name \"%s\" is already used", m->out[k]);
    np = vmaf__grow(&p->cfg.allocator, p->bind, &p->capbind, p->nbind + 1, sizeof(vmaf__bind));
    if (!np) return VMAF_ERR_OUT_OF_MEMORY;
    p->bind = (vmaf__bind *)np;
    b = &p->bind[p->nbind];
    memset(b, 0, sizeof *b);
    b->m = m;
    b->key = (char **)vmaf__palloc(p, sizeof(char *) * (m->nfeat + 1));
    b->kid = (unsigned *)vmaf__palloc(p, sizeof(unsigned) * (m->nfeat + 1));
    b->opos = (unsigned *)vmaf__palloc(p, sizeof(unsigned) * (m->nout + 1));
    p->nbind++;
    if (!b->key || !b->kid || !b->opos) return VMAF_ERR_OUT_OF_MEMORY;
    for (i = 0; i < m->nfeat; i++) {
        const VmafExtractor *ex = vmaf__provider(p, m->feat[i].provided);
        b->kid[i] = VMAF__NONE;
        if (!ex)
            return VMAF__PLOG(p, VMAF_ERR_NOT_FOUND, "model \"%s\" needs feature \"%s\": no registered extractor provides it",
                              m->name, m->feat[i].provided);
        if (vmaf__merge_opts(m, ex->name, m->feat[i].options, opts, sizeof opts))
            return VMAF__PLOG(p, VMAF_ERR_BAD_OPTION, "model \"%s\": options of \"%s\" too long", m->name, m->feat[i].provided);
        if ((err = vmaf__instantiate(p, ex, opts, m->feat[i].provided, key, sizeof key))) return err;
        if (!(b->key[i] = vmaf__pstrdup(p, key))) return VMAF_ERR_OUT_OF_MEMORY;
    }
    return VMAF_OK;
}

VMAFDEF int vmaf_model_pipeline_add_model(VmafModelPipeline *p, const VmafModelFile *m)
{
    size_t ninst, nbind;
    int err;
    if (!p || !m) return VMAF_ERR_INVALID_ARGUMENT;
    if (p->started || p->failed) return VMAF__PLOG(p, VMAF_ERR_STATE, "add_model: the pipeline has started");
    ninst = p->ninst;
    nbind = p->nbind;
    err = vmaf__add_model(p, m);
    if (err) vmaf__rollback(p, ninst, nbind);
    return err;
}

VMAFDEF int vmaf_model_pipeline_add_feature(VmafModelPipeline *p, const char *extractor, const char *options)
{
    size_t i, ninst;
    int err;
    if (!p || !extractor) return VMAF_ERR_INVALID_ARGUMENT;
    if (p->started || p->failed) return VMAF__PLOG(p, VMAF_ERR_STATE, "add_feature: the pipeline has started");
    for (i = 0; i < p->ntab; i++)
        if (!strcmp(p->tab[i]->name, extractor)) {
            ninst = p->ninst;
            err = vmaf__instantiate(p, p->tab[i], options, NULL, NULL, 0);
            if (err) vmaf__rollback(p, ninst, p->nbind);
            return err;
        }
    return VMAF__PLOG(p, VMAF_ERR_NOT_FOUND, "add_feature: no registered extractor \"%.64s\"", extractor);
}

static int vmaf__start(VmafModelPipeline *p)
{
    size_t i, maxf = 1, maxo = 1;
    unsigned o, k;
    if (!(p->cfg.flags & VMAF_MODEL_PIPELINE_NO_PREDICTION)) {
        for (i = 0; i < p->nbind; i++) p->nout += p->bind[i].m->nout;
    }
    p->oname = (const char **)vmaf__palloc(p, sizeof(char *) * (p->nout + 1));
    p->opool = (VmafModelPool *)vmaf__palloc(p, sizeof(VmafModelPool) * (p->nout + 1));
    p->oval = (double *)vmaf__palloc(p, sizeof(double) * (p->nout + 1));
    p->jobs = (VmafModelJob *)vmaf__palloc(p, sizeof(VmafModelJob) * (p->njobs + 1));
    for (i = 0; i < p->nbind; i++) {
        if (p->bind[i].m->nfeat > maxf) maxf = p->bind[i].m->nfeat;
        if (p->bind[i].m->nout > maxo) maxo = p->bind[i].m->nout;
    }
    p->xbuf = (double *)vmaf__palloc(p, sizeof(double) * maxf);
    p->obuf = (double *)vmaf__palloc(p, sizeof(double) * maxo);
    if (!p->oname || !p->opool || !p->oval || !p->jobs || !p->xbuf || !p->obuf) return VMAF_ERR_OUT_OF_MEMORY;
    for (i = 0; i <= p->njobs; i++) {
        p->jobs[i].p = p;
        p->jobs[i].slot = (unsigned)i;
    }
    /* libvmaf's pooling order: every model's main score, then each collection's extras */
    if (p->nout) {
        o = 0;
        for (i = 0; i < p->nbind; i++) {
            p->bind[i].opos[0] = o;
            p->oname[o++] = p->bind[i].m->out[0];
        }
        for (i = 0; i < p->nbind; i++)
            for (k = 1; k < p->bind[i].m->nout; k++) {
                p->bind[i].opos[k] = o;
                p->oname[o++] = p->bind[i].m->out[k];
            }
    }
    p->started = 1;
    return VMAF_OK;
}

static void vmaf__job_emit(void *user, unsigned index, const char *key, double value)
{
    VmafModelJob *j = (VmafModelJob *)user;
    const VmafAllocator *a = &j->p->cfg.allocator;
    size_t kl;
    void *np;
    if (!j || j->err) return;
    kl = key ? strlen(key) : 0;
    if (kl == 0 || kl > VMAF__MAX_KEY) {
        j->err = VMAF_ERR_INVALID_ARGUMENT;
        j->err_inst = j->cur;
        return;
    }
    if (j->nrec + 1 > j->caprec) {
        np = vmaf__grow(a, j->rec, &j->caprec, j->nrec + 1, sizeof(vmaf__rec));
        if (!np) {
            j->err = VMAF_ERR_OUT_OF_MEMORY;
            return;
        }
        j->rec = (vmaf__rec *)np;
    }
    if (j->nstr + kl + 1 > j->capstr) {
        np = vmaf__grow(a, j->str, &j->capstr, j->nstr + kl + 1, 1);
        if (!np) {
            j->err = VMAF_ERR_OUT_OF_MEMORY;
            return;
        }
        j->str = (char *)np;
    }
    memcpy(j->str + j->nstr, key, kl + 1);
    j->rec[j->nrec].inst = j->cur;
    j->rec[j->nrec].index = index;
    j->rec[j->nrec].key = j->nstr;
    j->rec[j->nrec].value = value;
    j->nrec++;
    j->nstr += kl + 1;
}

static unsigned vmaf__col_find(const VmafModelPipeline *p, const char *name)
{
    size_t i;
    for (i = 0; i < p->ncol; i++)
        if (!strcmp(p->col[i].name, name)) return (unsigned)i;
    return VMAF__NONE;
}

static int vmaf__col_add(VmafModelPipeline *p, const char *name, unsigned *id)
{
    if (p->ncol >= VMAF__MAX_COLUMNS) return VMAF__PLOG(p, VMAF_ERR_TOO_LARGE, "more than %u distinct keys", VMAF__MAX_COLUMNS);
    if (p->ncol == p->capcol) { /* grow the column table and the frame window together */
        size_t ncap = p->capcol ? p->capcol * 2 : 64, w;
        vmaf__col *nc = (vmaf__col *)vmaf__palloc(p, sizeof(vmaf__col) * ncap);
        double *nv = (double *)vmaf__palloc(p, sizeof(double) * ncap * p->W);
        unsigned char *nh = (unsigned char *)vmaf__palloc(p, ncap * p->W);
        if (!nc || !nv || !nh) {
            vmaf__free(&p->cfg.allocator, nc);
            vmaf__free(&p->cfg.allocator, nv);
            vmaf__free(&p->cfg.allocator, nh);
            return VMAF_ERR_OUT_OF_MEMORY;
        }
        if (p->ncol) memcpy(nc, p->col, sizeof(vmaf__col) * p->ncol);
        for (w = 0; w < p->W; w++) {
            if (p->capcol) {
                memcpy(nv + w * ncap, p->wval + w * p->capcol, sizeof(double) * p->capcol);
                memcpy(nh + w * ncap, p->whas + w * p->capcol, p->capcol);
            }
        }
        vmaf__free(&p->cfg.allocator, p->col);
        vmaf__free(&p->cfg.allocator, p->wval);
        vmaf__free(&p->cfg.allocator, p->whas);
        p->col = nc;
        p->wval = nv;
        p->whas = nh;
        p->capcol = ncap;
    }
    p->col[p->ncol].name = vmaf__pstrdup(p, name);
    if (!p->col[p->ncol].name) return VMAF_ERR_OUT_OF_MEMORY;
    vmaf_model_pool_init(&p->col[p->ncol].pool);
    *id = (unsigned)p->ncol++;
    return VMAF_OK;
}

/* Moves a finished step's values into the frame window, extractor by extractor in
   registration order (the order a single-threaded libvmaf run writes them). */
static int vmaf__commit(VmafModelPipeline *p, VmafModelJob *j, int flush)
{
    size_t i, r;
    int err;
    for (i = 0; i < p->ninst; i++) {
        for (r = 0; r < j->nrec; r++) {
            const vmaf__rec *rc = &j->rec[r];
            const char *key = j->str + rc->key;
            unsigned id, slot;
            if (rc->inst != i) continue;
            if (rc->index < p->first_open)
                return VMAF__PLOG(p, VMAF_ERR_STATE,
                                  "extractor \"%s\" wrote \"%s\" for frame %u at frame %u: more than lookahead=%u frames late",
                                  p->inst[i].ex->name, key, rc->index, j->index, p->L);
            if (flush ? rc->index >= p->nsub : rc->index > j->index)
                return VMAF__PLOG(p, VMAF_ERR_STATE, "extractor \"%s\" wrote \"%s\" for frame %u, which was not pushed yet",
                                  p->inst[i].ex->name, key, rc->index);
            id = vmaf__col_find(p, key);
            if (id == VMAF__NONE && (err = vmaf__col_add(p, key, &id))) return err;
            slot = (rc->index % p->W) * (unsigned)p->capcol + id;
            if (p->whas[slot])
                return VMAF__PLOG(p, VMAF_ERR_STATE, "\"%s\" written twice for frame %u (extractor \"%s\")", key, rc->index,
                                  p->inst[i].ex->name);
            p->whas[slot] = 1;
            p->wval[slot] = rc->value;
        }
    }
    return VMAF_OK;
}

/* Frame `idx` is final: predict, pool and emit it (if reported), then free its window row. */
static int vmaf__finalize(VmafModelPipeline *p, unsigned idx)
{
    size_t row = (size_t)(idx % p->W) * p->capcol, c, b;
    unsigned f, o;
    int err = VMAF_OK;
    if (p->sub <= 1 || idx % p->sub == 0) {
        for (b = 0; b < p->nbind && p->nout; b++) {
            const VmafModelFile *m = p->bind[b].m;
            for (f = 0; f < m->nfeat; f++) {
                unsigned id = p->bind[b].kid[f];
                if (id == VMAF__NONE) id = p->bind[b].kid[f] = vmaf__col_find(p, p->bind[b].key[f]);
                if (id == VMAF__NONE || !p->whas[row + id])
                    return VMAF__PLOG(p, VMAF_ERR_MISSING_FEATURE, "model \"%s\" needs \"%s\" at frame %u, which no extractor wrote",
                                      m->name, p->bind[b].key[f], idx);
                p->xbuf[f] = p->wval[row + id];
            }
            vmaf_model_predict(m, p->xbuf, p->obuf);
            for (o = 0; o < m->nout; o++) p->oval[p->bind[b].opos[o]] = p->obuf[o];
        }
        p->nrep++;
        for (c = 0; c < p->ncol; c++) {
            if (!p->whas[row + c]) continue;
            vmaf_model_pool_add(&p->col[c].pool, p->wval[row + c]);
            if (p->cfg.emit) p->cfg.emit(p->cfg.emit_user, idx, p->col[c].name, p->wval[row + c]);
        }
        for (o = 0; o < p->nout; o++) {
            vmaf_model_pool_add(&p->opool[o], p->oval[o]);
            if (p->cfg.emit) p->cfg.emit(p->cfg.emit_user, idx, p->oname[o], p->oval[o]);
        }
        if (p->cfg.frame_end) p->cfg.frame_end(p->cfg.emit_user, idx);
    }
    if (p->capcol) memset(p->whas + row, 0, p->capcol);
    p->first_open = idx + 1;
    return err;
}

static int vmaf__check_frame(const VmafModelPipeline *p, const VmafFrame *f)
{
    if (!f || !f->data[0]) return VMAF_ERR_INVALID_ARGUMENT;
    if (f->w != p->cfg.w || f->h != p->cfg.h || f->bpc != p->cfg.bpc || f->layout != p->cfg.layout)
        return VMAF_ERR_MISMATCH;
    return VMAF_OK;
}

VMAFDEF int vmaf_model_pipeline_submit(VmafModelPipeline *p, const VmafFrame *ref, const VmafFrame *dis, VmafModelJob **job)
{
    VmafModelJob *j = NULL;
    unsigned i;
    int err;
    if (job) *job = NULL;
    if (!p || !job) return VMAF_ERR_INVALID_ARGUMENT;
    if (p->failed || p->flushed)
        return VMAF__PLOG(p, VMAF_ERR_STATE, "submit: the pipeline %s", p->failed ? "failed earlier" : "was flushed");
    if ((err = vmaf__check_frame(p, ref)) || (err = vmaf__check_frame(p, dis)))
        return VMAF__PLOG(p, err, "submit: frame missing or not %ux%u, %u bits, layout %d", p->cfg.w, p->cfg.h, p->cfg.bpc,
                          (int)p->cfg.layout);
    if (p->nsub == 0xfffffffeu) return VMAF__PLOG(p, VMAF_ERR_TOO_LARGE, "submit: too many frames");
    if (!p->started && (err = vmaf__start(p))) return err;
    for (i = 0; i < p->njobs && !j; i++)
        if (!p->jobs[i].busy) j = &p->jobs[i];
    if (!j) return VMAF__PLOG(p, VMAF_ERR_STATE, "submit: all %u jobs are in flight; complete one first", p->njobs);
    j->index = p->nsub++;
    j->busy = 1;
    j->ran = j->done = 0;
    j->err = VMAF_OK;
    j->nrec = j->nstr = 0;
    j->ref = *ref;
    j->dis = *dis;
    for (i = 0; i < p->ninst; i++) {
        if (!p->inst[i].temporal) continue;
        j->cur = i;
        err = p->inst[i].ex->push(p->inst[i].state[0], &j->ref, &j->dis, j->index, vmaf__job_emit, j);
        if (!err) err = j->err;
        if (err) {
            p->failed = err;
            return VMAF__PLOG(p, err, "extractor \"%s\" failed on frame %u: %s", p->inst[i].ex->name, j->index,
                              vmaf_result_string(err));
        }
    }
    *job = j;
    return VMAF_OK;
}

VMAFDEF int vmaf_model_job_run(VmafModelJob *j)
{
    VmafModelPipeline *p;
    unsigned i;
    if (!j || !j->p) return VMAF_ERR_INVALID_ARGUMENT;
    if (!j->busy || j->ran || j->done) return VMAF_ERR_STATE; /* already run, or completed */
    p = j->p;
    if (p->sub <= 1 || j->index % p->sub == 0) {
        for (i = 0; i < p->ninst && !j->err; i++) {
            int err;
            if (p->inst[i].temporal) continue;
            j->cur = i;
            err = p->inst[i].ex->push(p->inst[i].state[j->slot], &j->ref, &j->dis, j->index, vmaf__job_emit, j);
            if (err && !j->err) {
                j->err = err;
                j->err_inst = i;
            }
        }
    }
    j->ran = 1;
    return j->err;
}

VMAFDEF int vmaf_model_pipeline_complete(VmafModelPipeline *p, VmafModelJob *j)
{
    int err = VMAF_OK;
    if (!p || !j || j->p != p || j->slot >= p->njobs) return VMAF_ERR_INVALID_ARGUMENT;
    if (!j->busy || j->done) return VMAF__PLOG(p, VMAF_ERR_STATE, "complete: the job was completed already");
    if (!j->ran) return VMAF__PLOG(p, VMAF_ERR_STATE, "complete: vmaf_model_job_run was not called for frame %u", j->index);
    j->done = 1;
    if (p->failed) return VMAF_ERR_STATE;
    if (j->err) {
        p->failed = j->err;
        return VMAF__PLOG(p, j->err, "extractor \"%s\" failed on frame %u: %s",
                          j->err_inst < p->ninst ? p->inst[j->err_inst].ex->name : "?", j->index, vmaf_result_string(j->err));
    }
    for (;;) {
        VmafModelJob *next = NULL;
        unsigned i;
        for (i = 0; i < p->njobs; i++)
            if (p->jobs[i].busy && p->jobs[i].done && p->jobs[i].index == p->ncommit) next = &p->jobs[i];
        if (!next) break;
        if ((err = vmaf__commit(p, next, 0))) break;
        next->busy = 0;
        p->ncommit++;
        while (p->first_open + p->L < p->ncommit && !err) err = vmaf__finalize(p, p->first_open);
        if (err) break;
    }
    if (err) p->failed = err;
    return err;
}

VMAFDEF unsigned vmaf_model_pipeline_free_jobs(const VmafModelPipeline *p)
{
    unsigned i, n = 0;
    if (!p) return 0;
    if (!p->started) return p->njobs;
    for (i = 0; i < p->njobs; i++) n += !p->jobs[i].busy;
    return n;
}

VMAFDEF int vmaf_model_pipeline_push(VmafModelPipeline *p, const VmafFrame *ref, const VmafFrame *dis)
{
    VmafModelJob *j;
    int err = vmaf_model_pipeline_submit(p, ref, dis, &j);
    if (err) return err;
    vmaf_model_job_run(j);
    return vmaf_model_pipeline_complete(p, j);
}

VMAFDEF int vmaf_model_pipeline_flush(VmafModelPipeline *p)
{
    VmafModelJob *j;
    unsigned i, s;
    int err;
    if (!p) return VMAF_ERR_INVALID_ARGUMENT;
    if (p->failed || p->flushed)
        return VMAF__PLOG(p, VMAF_ERR_STATE, "flush: the pipeline %s", p->failed ? "failed earlier" : "was flushed already");
    if (!p->started && (err = vmaf__start(p))) return err;
    for (i = 0; i < p->njobs; i++)
        if (p->jobs[i].busy) return VMAF__PLOG(p, VMAF_ERR_STATE, "flush: frame %u is still in flight", p->jobs[i].index);
    j = &p->jobs[p->njobs];
    j->index = p->nsub;
    j->nrec = j->nstr = 0;
    j->err = VMAF_OK;
    for (i = 0; i < p->ninst; i++) {
        if (!p->inst[i].ex->flush) continue;
        for (s = 0; s < p->inst[i].nstate; s++) {
            j->cur = i;
            err = p->inst[i].ex->flush(p->inst[i].state[s], vmaf__job_emit, j);
            if (!err) err = j->err;
            if (err) {
                p->failed = err;
                return VMAF__PLOG(p, err, "extractor \"%s\" failed at flush: %s", p->inst[i].ex->name, vmaf_result_string(err));
            }
        }
    }
    err = vmaf__commit(p, j, 1);
    while (!err && p->first_open < p->nsub) err = vmaf__finalize(p, p->first_open);
    if (err) {
        p->failed = err;
        return err;
    }
    p->flushed = 1;
    return VMAF_OK;
}

VMAFDEF unsigned vmaf_model_pipeline_frame_count(const VmafModelPipeline *p) { return p ? p->nsub : 0u; }

VMAFDEF unsigned vmaf_model_pipeline_column_count(const VmafModelPipeline *p)
{
    if (!p) return 0;
    return (unsigned)p->ncol + (p->nrep ? p->nout : 0u);
}

VMAFDEF const char *vmaf_model_pipeline_column(const VmafModelPipeline *p, unsigned i)
{
    if (!p) return NULL;
    if (i < p->ncol) return p->col[i].name;
    i -= (unsigned)p->ncol;
    return p->nrep && i < p->nout ? p->oname[i] : NULL;
}

VMAFDEF int vmaf_model_pipeline_pooled(const VmafModelPipeline *p, const char *key, int method, double *out)
{
    const VmafModelPool *pool = NULL;
    unsigned i;
    if (!p || !key || !out) return VMAF_ERR_INVALID_ARGUMENT;
    if (method < VMAF_MODEL_POOL_MIN || method > VMAF_MODEL_POOL_HARMONIC_MEAN) return VMAF_ERR_INVALID_ARGUMENT;
    i = vmaf__col_find(p, key);
    if (i != VMAF__NONE) pool = &p->col[i].pool;
    for (i = 0; !pool && i < p->nout; i++)
        if (!strcmp(p->oname[i], key)) pool = &p->opool[i];
    if (!pool) return VMAF_ERR_NOT_FOUND;
    if (p->nrep == 0) return VMAF_ERR_STATE;
    if (pool->n != p->nrep) return VMAF_ERR_MISSING_FEATURE;
    return vmaf_model_pool_get(pool, method, out);
}

VMAFDEF void vmaf_model_pipeline_destroy(VmafModelPipeline *p)
{
    VmafAllocator a;
    size_t i;
    if (!p) return;
    a = p->cfg.allocator;
    vmaf__rollback(p, 0, 0);
    if (p->jobs)
        for (i = 0; i <= p->njobs; i++) {
            vmaf__free(&a, p->jobs[i].rec);
            vmaf__free(&a, p->jobs[i].str);
        }
    for (i = 0; i < p->ncol; i++) vmaf__free(&a, p->col[i].name);
    vmaf__free(&a, p->col);
    vmaf__free(&a, p->wval);
    vmaf__free(&a, p->whas);
    vmaf__free(&a, p->jobs);
    vmaf__free(&a, p->xbuf);
    vmaf__free(&a, p->obuf);
    vmaf__free(&a, p->oname);
    vmaf__free(&a, p->opool);
    vmaf__free(&a, p->oval);
    vmaf__free(&a, (void *)p->tab);
    vmaf__free(&a, p->inst);
    vmaf__free(&a, p->bind);
    vmaf__free(&a, p);
}

/* ---- convenience: the extractors of vmaf_vif.h / vmaf_adm.h / vmaf_motion.h ----
   Used when those headers (version 0.2 or later, which export the VmafExtractor tables) were
   included before this implementation, with their implementation in this file or, without
   VMAF_STATIC, linked from another one. */
#if !defined(VMAF_MODEL_NO_AUTO_EXTRACTORS) && (!defined(VMAF_STATIC) || defined(VMAF_VIF_IMPLEMENTED)) && \
    defined(VMAF_VIF_H) && defined(VMAF_VIF_VERSION_MINOR) && (VMAF_VIF_VERSION_MAJOR * 1000 + VMAF_VIF_VERSION_MINOR >= 2)
#define VMAF__AUTO_VIF 1
#endif
#if !defined(VMAF_MODEL_NO_AUTO_EXTRACTORS) && (!defined(VMAF_STATIC) || defined(VMAF_ADM_IMPLEMENTED)) && \
    defined(VMAF_ADM_H) && defined(VMAF_ADM_VERSION_MINOR) && (VMAF_ADM_VERSION_MAJOR * 1000 + VMAF_ADM_VERSION_MINOR >= 2)
#define VMAF__AUTO_ADM 1
#endif
#if !defined(VMAF_MODEL_NO_AUTO_EXTRACTORS) && (!defined(VMAF_STATIC) || defined(VMAF_MOTION_IMPLEMENTED)) && \
    defined(VMAF_MOTION_H) && defined(VMAF_MOTION_VERSION_MINOR) && (VMAF_MOTION_VERSION_MAJOR * 1000 + VMAF_MOTION_VERSION_MINOR >= 2)
#define VMAF__AUTO_MOTION 1
#endif

VMAFDEF int vmaf_model_pipeline_register_known(VmafModelPipeline *p)
{
    const VmafExtractor *list[6];
    int n = 0, i, err = 0, count = 0;
    if (!p) return VMAF_ERR_INVALID_ARGUMENT;
#if defined(VMAF__AUTO_VIF)
    list[n++] = vmaf_vif_float_extractor();
    list[n++] = vmaf_vif_extractor();
#endif
#if defined(VMAF__AUTO_ADM)
    list[n++] = vmaf_adm_float_extractor();
    list[n++] = vmaf_adm_extractor();
#endif
#if defined(VMAF__AUTO_MOTION)
    list[n++] = vmaf_motion_float_extractor();
    list[n++] = vmaf_motion_extractor();
#endif
    for (i = 0; i < n; i++) {
        if (!list[i]) continue;
        if ((err = vmaf_model_pipeline_register(p, list[i]))) return err;
        count++;
    }
    (void)list;
    return count;
}

VMAF__FP_END
#endif /* VMAF_MODEL_IMPLEMENTATION */


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
