/* vmaf_vk.h - v0.2.1 - Vulkan compute addon for the vmaf single-file headers: integer and float
   VIF, ADM and motion on the GPU, with the same numbers as libvmaf 3.2.0 and the CPU headers.
   Single-file C99 / C++11 library (addon: the core headers never include it).

   In exactly one C or C++ file:
       #define VMAF_VK_IMPLEMENTATION
       #include "vmaf_vk.h"
   Everywhere else, include it without the define to get the declarations. The implementation
   needs the Vulkan headers and volk (Debian: libvulkan-dev, libvulkan-volk-dev) at compile
   time, and nothing at link time beyond libc (-ldl on glibc < 2.34): the Vulkan loader
   (libvulkan.so.1 / vulkan-1.dll) is opened at run time through volk. Without a loader or a
   usable device every create call returns VMAF_ERR_NO_DEVICE and the program runs on.
   The SPIR-V of the shaders is embedded from the generated "vmaf_vk_spirv.h" (next to this
   file; regenerate with addons/vk/gen_spirv.py, which needs glslc).

   VMAF (the algorithm, the models and the reference numbers) is Netflix's: see
   https://github.com/Netflix/vmaf. This file is an independent implementation written from
   a specification; it reproduces libvmaf 3.2.0's numbers. License: MIT, see the end of file.

   QUICK START: a vmaf_model.h pipeline on one GPU (what examples/gpu_select.c does)
       VmafVkContext *ctx;
       if (vmaf_vk_context_create(&ctx, NULL) == VMAF_OK) {   // VMAF_ERR_NO_DEVICE: CPU only
           vmaf_model_pipeline_register_known(p);             // the CPU tables first,
           for (i = 0; vmaf_vk_extractor_name(i); i++) {      // then ours over them
               const char *n = vmaf_vk_extractor_name(i);
               vmaf_vk_context_fallback(ctx, <the CPU table named n>);  // optional
               vmaf_model_pipeline_register(p, vmaf_vk_context_extractor(ctx, n));
           }
           ... add models, push frames, flush, destroy the pipeline ...
           vmaf_vk_context_destroy(ctx);                       // after the pipeline
       }
   The context's tables share its one VkInstance / VkDevice / queue and compiled pipelines:
   their create() takes the context from VmafExtractorArgs.user, which vmaf_model.h's pipeline
   (and the vmaf tool's driver) fill from the table's `user`. Without a pipeline:
       const VmafExtractor *t = vmaf_vk_context_extractor(ctx, "float_vif");
       VmafExtractorArgs a = {0};  a.w = 1920; a.h = 1080; a.bpc = 8; a.user = t->user;
       t->create(&st, &a);  t->push(st, &ref, &dis, 0, my_emit, my_user);  t->destroy(st);
   vmaf_vk_extractor(name) is a static table whose create() opens a private device per state.

   CONFIGURATION MACROS (define before including; identical in every file that includes it)
     VMAF_STATIC                    functions are static: a private copy per translation unit
     VMAFDEF                        linkage of public functions (default extern)
     VMAF_MALLOC(sz,u)/VMAF_FREE(p,u)  allocator used when a config's VmafAllocator is all-NULL
     VMAF_VK_NO_VOLK_IMPLEMENTATION the program compiles volk.c itself (else this file does,
                                    with VOLK_IMPLEMENTATION, in the implementation file, which
                                    then exports volk's volk* functions and vk* pointers: do not
                                    link -lvulkan or a second volk into the same program)
     VMAF_ADM_FLOAT_TRUE_DIVISION   float_adm divides exactly instead of emulating x86 rcpss
                                    (define it exactly when vmaf_adm.h gets it: same results)
     VMAF_DONT_CHANGE_FP_CONTRACT   do not emit our scoped "no FMA contraction" pragmas
   Include this file (with the implementation) before any <vulkan/vulkan.h> of your own, or
   define VK_NO_PROTOTYPES first: volk requires it.

   EXTRACTORS (libvmaf names, options, output keys, emission order: those of the CPU tables of
   vmaf_vif.h, vmaf_adm.h and vmaf_motion.h; SPEC 6.5 naming)
     "vif"     integer VIF; every option (vif_enhn_gain_limit, vif_skip_scale0, debug). >= 16x16.
     "adm"     integer ADM; every option except adm_csf_mode=1 (Barten: VMAF_ERR_UNSUPPORTED).
               nvd * rdh must be >= 3240 (VMAF_ERR_BAD_OPTION, as libvmaf). >= 33x33. The
               enhancement step truncates (libvmaf's scalar path).
     "motion"  integer motion, libvmaf 3.2.0 form (temporal: push frames in order from 0, then
               flush; motion2/motion3 of frame i-1 are emitted when frame i arrives, the last
               at flush); every option. >= 3x3.
     "float_vif"  every option except vif_prescale != 1 (VMAF_ERR_UNSUPPORTED); all 21 kernel
               scales. >= 16x16 and each level at least half its filter wide.
     "float_adm"  every option except adm_p_norm != 3 (VMAF_ERR_UNSUPPORTED); CSF modes 0..9
               (Watson, Barten, "ADM native" as vmaf_adm.h), f1s/f2s overrides, bypass_cm,
               adm3_apply_hm, skip_aim_scale. >= 33x33.
     "float_motion"  temporal; every option except motion_add_scale1 and motion_add_uv
               (VMAF_ERR_UNSUPPORTED). >= 3x3.
     Bits per sample 8..16 (the VmafPlane rules), any stride; luma only is read. With a
     fallback table set (vmaf_vk_context_fallback), what is refused runs on the CPU instead.

   DEVICE REQUIREMENTS
     Vulkan 1.0 with a compute queue, shaderInt64, 256-invocation workgroups and 6 storage
     buffers per shader stage (every desktop GPU); all but "motion" and "float_motion" also
     need shaderFloat64 (else their create returns VMAF_ERR_UNSUPPORTED). Every storage
     buffer must fit maxStorageBufferRange (>= 128 MiB: integer features to 4K everywhere;
     float_vif needs 20 bytes per pixel in one buffer, 41 MiB at 1080p, 166 MiB at 4K, which
     most desktop GPUs allow; else VMAF_ERR_TOO_LARGE). Devices are numbered in
     vkEnumeratePhysicalDevices order, counting only usable ones.

   DETERMINISM
     Integer features: all per-pixel work is integer arithmetic, or IEEE double steps marked
     `precise` (no contraction) where libvmaf uses double; divisions the reference does in
     double are exact long divisions. Sums are exact integer sums (order-free).
     Float features: every float/double operation of the CPU path, per pixel, in its order,
     `precise` (glslc -O0: no reassociation); float divisions go through double (a correctly
     rounded double quotient of two floats rounds to the correctly rounded float quotient);
     float_adm's n * rcp(d) emulates the host's rcpss bit for bit from a 4096-entry table made
     with the host's own instruction (Intel's result depends on the top 11 mantissa bits, AMD
     Zen's on the top 12). No float atomics and no tree reductions: one invocation
     sums a row in column order (rowsum.comp), the host adds the row sums in row order, as the
     CPU does. Results do not depend on scheduling, and equal the CPU path's bits where the
     device's double division is IEEE (lavapipe; AMD, NVIDIA, Intel compilers emit IEEE
     division) and float denormals are kept. The final steps (log2 table, score divisions,
     powf) run on the host in libvmaf's operation order.

   THREADING
     States of one context may run on several threads at once (each state on one thread at a
     time; e.g. vmaf_model.h's job API) when the context has a submit lock (VmafVkConfig.lock
     and .unlock): every state has its own command pool, buffers and fence. Without a lock,
     use a context's states from one thread at a time. Creating contexts and states calls
     volkInitialize() and builds pipelines in the context: do that from one thread.

   HISTORY
     0.2.1  common block v3 (16-bit planes with an odd address or stride: VMAF_ERR_BAD_STRIDE).
     0.2.0  float_vif, float_adm, float_motion; per-context tables (VmafExtractorArgs.user,
            common block v2); CPU fallback tables; motion emission as the CPU extractors;
            per-state command pools and an optional submit lock.
     0.1.0  first version: integer vif, adm, motion.
*/
#ifndef VMAF_VK_H
#define VMAF_VK_H
#define VMAF_VK_VERSION_MAJOR 0
#define VMAF_VK_VERSION_MINOR 2
#define VMAF_VK_VERSION_PATCH 1
#define VMAF_VK_VERSION_STRING "0.2.1"

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

/* A Vulkan instance + device + queue + compiled pipelines, shareable by extractor states. */
typedef struct VmafVkContext VmafVkContext;

/* Receives Vulkan validation-layer messages (only with VMAF_VK_VALIDATION). severity follows
   the log levels of VmafLogFn: 1 error, 2 warning (performance warnings included). */
typedef void (*VmafVkMessageFn)(void *user, int severity, const char *message);

enum {
    VMAF_VK_VALIDATION = 1 /* enable VK_LAYER_KHRONOS_validation (+ synchronization checks)
                              and route its warnings and errors to `message` and `log` */
};

/* Context configuration. Zero-initialised means defaults. */
typedef struct VmafVkConfig {
    unsigned device_index;   /* among usable devices (see vmaf_vk_device_count); 0 = first */
    unsigned flags;          /* VMAF_VK_* */
    VmafVkMessageFn message; /* optional, see VMAF_VK_VALIDATION */
    void *message_user;
    VmafAllocator allocator; /* host memory of contexts and states; all-NULL = VMAF_MALLOC */
    VmafLogFn log;           /* optional: reasons for errors, validation messages */
    void *log_user;
    /* Optional lock around queue submissions, for states of this context pushed from several
       threads at once (each state on one thread at a time; e.g. vmaf_model.h's job API). Both
       or neither; the library itself never starts threads. */
    void (*lock)(void *user);
    void (*unlock)(void *user);
    void *lock_user;
} VmafVkConfig;

/* GPU time of the last push() of a state, from timestamp queries (valid = 0 when the queue
   has no timestamps or nothing ran). upload: staging copy (0 when the device reads host-visible
   memory directly); compute: all dispatches of the frame. Milliseconds. */
typedef struct VmafVkTiming {
    int valid;
    double upload_ms;
    double compute_ms;
} VmafVkTiming;

/* Version of this header as "MAJOR.MINOR.PATCH". */
VMAFDEF const char *vmaf_vk_version(void);

/* Number of usable Vulkan devices (compute queue + shaderInt64) in *count; 0 when there is
   no Vulkan loader or driver. @return 0, VMAF_ERR_INVALID_ARGUMENT (count NULL),
   VMAF_ERR_OUT_OF_MEMORY. */
VMAFDEF int vmaf_vk_device_count(unsigned *count);

/* Name of usable device `index` (e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"), NUL-terminated,
   truncated to `size` bytes. @return 0, VMAF_ERR_NO_DEVICE (index out of range or no loader),
   VMAF_ERR_INVALID_ARGUMENT (name NULL or size 0). */
VMAFDEF int vmaf_vk_device_name(unsigned index, char *name, size_t size);

/* Opens device cfg->device_index (cfg NULL = defaults). *out = NULL on error.
   @return 0, VMAF_ERR_INVALID_ARGUMENT (out NULL), VMAF_ERR_NO_DEVICE (no loader or no such
   usable device), VMAF_ERR_UNSUPPORTED (VMAF_VK_VALIDATION asked, layer not installed),
   VMAF_ERR_OUT_OF_MEMORY. */
VMAFDEF int vmaf_vk_context_create(VmafVkContext **out, const VmafVkConfig *cfg);

/* Releases the caller's reference; the device is destroyed once no state uses it. NULL ok. */
VMAFDEF void vmaf_vk_context_destroy(VmafVkContext *ctx);

/* Device name of a context ("" for NULL). */
VMAFDEF const char *vmaf_vk_context_device_name(const VmafVkContext *ctx);

/* Number of validation messages the context has received (warnings and errors). */
VMAFDEF unsigned long vmaf_vk_context_messages(const VmafVkContext *ctx);

/* The extractor table named `name` (see vmaf_vk_extractor_name; NULL for any other name). Its
   create() opens a private context on usable device 0 for each state (no validation) and
   ignores args->user. The table is static: same name, options, outputs and flags as the CPU
   extractor, `user` = NULL. Pipelines should rather use vmaf_vk_context_extractor(). */
VMAFDEF const VmafExtractor *vmaf_vk_extractor(const char *name);

/* The same tables bound to usable device `device_index` (0..7); NULL beyond. */
VMAFDEF const VmafExtractor *vmaf_vk_extractor_on(const char *name, unsigned device_index);

/* Creates a state of extractor `name` on a shared context (its allocator and log are used
   when args leaves them NULL; args->user is ignored), with the context's fallback table when
   the GPU path refuses the options. Drive the state with the push, key, flush and destroy of
   any table of this addon with that name. @return 0, or what the table's create returns:
   VMAF_ERR_INVALID_ARGUMENT, VMAF_ERR_NOT_FOUND (name), VMAF_ERR_BAD_BPC, VMAF_ERR_TOO_SMALL,
   VMAF_ERR_TOO_LARGE, VMAF_ERR_BAD_OPTION, VMAF_ERR_PARSE, VMAF_ERR_UNSUPPORTED (device
   lacks shaderFloat64, or an option value the GPU path does not implement),
   VMAF_ERR_NO_DEVICE, VMAF_ERR_OUT_OF_MEMORY. */
VMAFDEF int vmaf_vk_create(VmafVkContext *ctx, const char *name, void **state,
                           const VmafExtractorArgs *args);

/* Name of GPU extractor i (0..5: "vif", "adm", "motion", "float_vif", "float_adm",
   "float_motion"); NULL beyond. */
VMAFDEF const char *vmaf_vk_extractor_name(unsigned i);

/* The context's own table for extractor `name` (NULL for an unknown name or a NULL context):
   same name, options, outputs and flags as the CPU table, user = ctx. Its create() takes the
   context from args->user, so every state of a pipeline that fills args->user from the
   table's user (vmaf_model.h's pipeline does) shares this one device. The tables live in
   the context: keep your reference until every pipeline using them is destroyed. */
VMAFDEF const VmafExtractor *vmaf_vk_context_extractor(VmafVkContext *ctx, const char *name);

/* Sets the CPU table (e.g. vmaf_adm_float_extractor()) that this context's table of the same
   name uses when the GPU path refuses the options with VMAF_ERR_UNSUPPORTED (e.g.
   vif_prescale, adm_p_norm != 3, motion_add_uv): create() then makes a state of the CPU
   table, driven through the GPU table's push/key/flush/destroy, and logs (level 3) that it
   did. @return 0, VMAF_ERR_INVALID_ARGUMENT (bad table, or its temporal flag differs),
   VMAF_ERR_NOT_FOUND (no GPU extractor of that name). */
VMAFDEF int vmaf_vk_context_fallback(VmafVkContext *ctx, const VmafExtractor *cpu);

/* GPU timing of the last push() of a state made by this addon. @return 0 or
   VMAF_ERR_INVALID_ARGUMENT. */
VMAFDEF int vmaf_vk_last_timing(const void *state, VmafVkTiming *out);

#ifdef __cplusplus
}
#endif
#endif /* VMAF_VK_H */

#if (defined(VMAF_VK_IMPLEMENTATION) || defined(__INTELLISENSE__)) && !defined(VMAF_VK_IMPLEMENTED)
#define VMAF_VK_IMPLEMENTED

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

#ifndef VMAF_VK_NO_VOLK_IMPLEMENTATION
#define VOLK_IMPLEMENTATION
#endif
#include <volk.h>
#include "vmaf_vk_spirv.h"

VMAF__FP_BEGIN

/* ---- Vulkan entry points, loaded per context (never volk's global tables, so several
   instances, with or without layers, coexist) ---- */
#define VMAF__VK_INSTANCE_FNS(X)                                                                  \
    X(DestroyInstance) X(EnumeratePhysicalDevices) X(GetPhysicalDeviceProperties)                  \
    X(GetPhysicalDeviceFeatures) X(GetPhysicalDeviceMemoryProperties)                              \
    X(GetPhysicalDeviceQueueFamilyProperties) X(CreateDevice) X(GetDeviceProcAddr)
#define VMAF__VK_DEVICE_FNS(X)                                                                    \
    X(DestroyDevice) X(GetDeviceQueue) X(CreateBuffer) X(DestroyBuffer)                            \
    X(GetBufferMemoryRequirements) X(AllocateMemory) X(FreeMemory) X(BindBufferMemory)             \
    X(MapMemory) X(CreateShaderModule) X(DestroyShaderModule) X(CreateDescriptorSetLayout)         \
    X(DestroyDescriptorSetLayout) X(CreatePipelineLayout) X(DestroyPipelineLayout)                 \
    X(CreateComputePipelines) X(DestroyPipeline) X(CreateDescriptorPool) X(DestroyDescriptorPool)  \
    X(AllocateDescriptorSets) X(UpdateDescriptorSets) X(CreateCommandPool) X(DestroyCommandPool)   \
    X(AllocateCommandBuffers) X(FreeCommandBuffers) X(BeginCommandBuffer) X(EndCommandBuffer)      \
    X(ResetCommandBuffer) X(CmdBindPipeline) X(CmdBindDescriptorSets) X(CmdPushConstants)          \
    X(CmdDispatch) X(CmdPipelineBarrier) X(CmdCopyBuffer) X(CmdFillBuffer) X(CmdResetQueryPool)    \
    X(CmdWriteTimestamp) X(CreateQueryPool) X(DestroyQueryPool) X(GetQueryPoolResults)             \
    X(CreateFence) X(DestroyFence) X(ResetFences) X(WaitForFences) X(QueueSubmit)                  \
    X(DeviceWaitIdle)
#define VMAF__VK_DECLARE(n) PFN_vk##n n;
typedef struct vmaf__vk_fns {
    VMAF__VK_INSTANCE_FNS(VMAF__VK_DECLARE)
    VMAF__VK_DEVICE_FNS(VMAF__VK_DECLARE)
    PFN_vkDestroyDebugUtilsMessengerEXT DestroyDebugUtilsMessengerEXT;
} vmaf__vk_fns;

enum {
    VMAF__VK_P_VIF_STAT,
    VMAF__VK_P_VIF_DEC,
    VMAF__VK_P_ADM_DWT0,
    VMAF__VK_P_ADM_DWT,
    VMAF__VK_P_ADM_DEC,
    VMAF__VK_P_ADM_MASK,
    VMAF__VK_P_MOTION,
    VMAF__VK_P_FVIF_V,
    VMAF__VK_P_FVIF_H,
    VMAF__VK_P_ROWSUM,
    VMAF__VK_P_FADM_DWT,
    VMAF__VK_P_FADM_DEC,
    VMAF__VK_P_FADM_MASK,
    VMAF__VK_P_FMOT_BLUR,
    VMAF__VK_P_FMOT_SAD,
    VMAF__VK_NPIPE
};
/* extractor kinds, in vmaf_vk_extractor_name() order */
enum { VMAF__VK_VIF, VMAF__VK_ADM, VMAF__VK_MOTION, VMAF__VK_FVIF, VMAF__VK_FADM, VMAF__VK_FMOTION, VMAF__VK_NKIND };
#define VMAF__VK_MAGIC 0x564d564bu /* "VMVK": args->user really is a context */
static const char *const vmaf__vk_names[VMAF__VK_NKIND + 1] = {"vif", "adm", "motion", "float_vif", "float_adm",
                                                               "float_motion", NULL};
#define VMAF__VK_NBIND 6
#define VMAF__VK_PUSH_BYTES 128

struct VmafVkContext {
    VmafAllocator alloc;
    VmafLogFn log;
    void *log_user;
    VmafVkMessageFn message;
    void *message_user;
    unsigned long messages;
    unsigned refs;
    PFN_vkGetInstanceProcAddr gipa;
    VkInstance instance;
    VkDebugUtilsMessengerEXT messenger;
    VkPhysicalDevice phys;
    VkDevice device;
    VkQueue queue;
    uint32_t qfam, ts_bits;
    VkPhysicalDeviceProperties props;
    VkPhysicalDeviceMemoryProperties mem;
    int has_f64;
    vmaf__vk_fns fn;
    VkDescriptorSetLayout dsl;
    VkPipelineLayout layout;
    VkPipeline pipe[VMAF__VK_NPIPE];
    void (*lock)(void *user);       /* queue-submit lock (VmafVkConfig) */
    void (*unlock)(void *user);
    void *lock_user;
    uint32_t magic;
    VmafExtractor tables[VMAF__VK_NKIND];       /* per-context tables, user = this context */
    const VmafExtractor *fallback[VMAF__VK_NKIND]; /* CPU tables for what the GPU refuses */
};

static void vmaf__vk_ctx_tables(VmafVkContext *c);

static const uint32_t *vmaf__vk_spirv(int id, size_t *bytes)
{
    switch (id) {
#define VMAF__VK_SPV(e, n) case e: *bytes = sizeof(vmaf__vk_spv_##n); return vmaf__vk_spv_##n;
        VMAF__VK_SPV(VMAF__VK_P_VIF_STAT, vif_stat)
        VMAF__VK_SPV(VMAF__VK_P_VIF_DEC, vif_decimate)
        VMAF__VK_SPV(VMAF__VK_P_ADM_DWT0, adm_dwt0)
        VMAF__VK_SPV(VMAF__VK_P_ADM_DWT, adm_dwt)
        VMAF__VK_SPV(VMAF__VK_P_ADM_DEC, adm_decouple)
        VMAF__VK_SPV(VMAF__VK_P_ADM_MASK, adm_mask)
        VMAF__VK_SPV(VMAF__VK_P_MOTION, motion_sad)
        VMAF__VK_SPV(VMAF__VK_P_FVIF_V, fvif_v)
        VMAF__VK_SPV(VMAF__VK_P_FVIF_H, fvif_h)
        VMAF__VK_SPV(VMAF__VK_P_ROWSUM, rowsum)
        VMAF__VK_SPV(VMAF__VK_P_FADM_DWT, fadm_dwt)
        VMAF__VK_SPV(VMAF__VK_P_FADM_DEC, fadm_dec)
        VMAF__VK_SPV(VMAF__VK_P_FADM_MASK, fadm_mask)
        VMAF__VK_SPV(VMAF__VK_P_FMOT_BLUR, fmot_blur)
        VMAF__VK_SPV(VMAF__VK_P_FMOT_SAD, fmot_sad)
#undef VMAF__VK_SPV
    default: *bytes = 0; return NULL;
    }
}

static int vmaf__vk_err(VmafVkContext *c, VkResult r, const char *what)
{
    int e = (r == VK_ERROR_OUT_OF_HOST_MEMORY || r == VK_ERROR_OUT_OF_DEVICE_MEMORY)
                ? VMAF_ERR_OUT_OF_MEMORY
                : VMAF_ERR_NO_DEVICE;
    return vmaf__fail(c ? c->log : NULL, c ? c->log_user : NULL, e, "vulkan: %s failed (VkResult %d)", what, (int)r);
}

static VKAPI_ATTR VkBool32 VKAPI_CALL vmaf__vk_debug_cb(VkDebugUtilsMessageSeverityFlagBitsEXT sev,
                                                       VkDebugUtilsMessageTypeFlagsEXT type,
                                                       const VkDebugUtilsMessengerCallbackDataEXT *data,
                                                       void *user)
{
    VmafVkContext *c = (VmafVkContext *)user;
    int level = (sev & VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT) ? 1 : 2;
    const char *msg = (data && data->pMessage) ? data->pMessage : "(no message)";
    (void)type;
    if (!c) return VK_FALSE;
    c->messages++;
    if (c->message) c->message(c->message_user, level, msg);
    if (c->log) c->log(c->log_user, level, msg);
    return VK_FALSE;
}

static int vmaf__vk_has_layer(VmafVkContext *c, const char *name)
{
    PFN_vkEnumerateInstanceLayerProperties enum_layers =
        (PFN_vkEnumerateInstanceLayerProperties)c->gipa(VK_NULL_HANDLE, "vkEnumerateInstanceLayerProperties");
    VkLayerProperties props[64];
    uint32_t n = 64, i;
    if (!enum_layers) return 0;
    if (enum_layers(&n, props) < 0) return 0;
    for (i = 0; i < n; i++)
        if (!strcmp(props[i].layerName, name)) return 1;
    return 0;
}

static int vmaf__vk_has_instance_ext(VmafVkContext *c, const char *layer, const char *name)
{
    PFN_vkEnumerateInstanceExtensionProperties enum_ext =
        (PFN_vkEnumerateInstanceExtensionProperties)c->gipa(VK_NULL_HANDLE, "vkEnumerateInstanceExtensionProperties");
    VkExtensionProperties props[128];
    uint32_t n = 128, i;
    if (!enum_ext) return 0;
    if (enum_ext(layer, &n, props) < 0) return 0;
    for (i = 0; i < n; i++)
        if (!strcmp(props[i].extensionName, name)) return 1;
    return 0;
}

/* Loader + instance (+ validation layer and messenger). */
static int vmaf__vk_instance(VmafVkContext *c, int validation)
{
    static const char *const layer = "VK_LAYER_KHRONOS_validation";
    PFN_vkCreateInstance create_instance;
    VkApplicationInfo app;
    VkInstanceCreateInfo ci;
    VkDebugUtilsMessengerCreateInfoEXT dci;
    VkValidationFeaturesEXT vf;
    VkValidationFeatureEnableEXT enables[1];
    const char *exts[3];
    uint32_t next = 0;
    VkResult r;
    if (volkInitialize() != VK_SUCCESS || !vkGetInstanceProcAddr)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_NO_DEVICE, "vulkan: no Vulkan loader (libvulkan.so.1) found");
    c->gipa = vkGetInstanceProcAddr;
    create_instance = (PFN_vkCreateInstance)c->gipa(VK_NULL_HANDLE, "vkCreateInstance");
    if (!create_instance) return vmaf__fail(c->log, c->log_user, VMAF_ERR_NO_DEVICE, "vulkan: loader without vkCreateInstance");
    memset(&app, 0, sizeof app);
    app.sType = VK_STRUCTURE_TYPE_APPLICATION_INFO;
    app.pApplicationName = "vmaf_vk";
    app.pEngineName = "vmaf_vk";
    app.apiVersion = VK_API_VERSION_1_0;
    memset(&ci, 0, sizeof ci);
    ci.sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO;
    ci.pApplicationInfo = &app;
#ifdef VK_KHR_portability_enumeration
    if (vmaf__vk_has_instance_ext(c, NULL, VK_KHR_PORTABILITY_ENUMERATION_EXTENSION_NAME)) {
        exts[next++] = VK_KHR_PORTABILITY_ENUMERATION_EXTENSION_NAME;
        ci.flags |= VK_INSTANCE_CREATE_ENUMERATE_PORTABILITY_BIT_KHR;
    }
#endif
    memset(&dci, 0, sizeof dci);
    if (validation) {
        if (!vmaf__vk_has_layer(c, layer) || !vmaf__vk_has_instance_ext(c, NULL, VK_EXT_DEBUG_UTILS_EXTENSION_NAME))
            return vmaf__fail(c->log, c->log_user, VMAF_ERR_UNSUPPORTED,
                              "vulkan: validation asked for, but %s or VK_EXT_debug_utils is missing", layer);
        exts[next++] = VK_EXT_DEBUG_UTILS_EXTENSION_NAME;
        ci.enabledLayerCount = 1;
        ci.ppEnabledLayerNames = &layer;
        dci.sType = VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT;
        dci.messageSeverity = VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT;
        dci.messageType = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT |
                          VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT;
        dci.pfnUserCallback = vmaf__vk_debug_cb;
        dci.pUserData = c;
        ci.pNext = &dci;
        if (vmaf__vk_has_instance_ext(c, layer, VK_EXT_VALIDATION_FEATURES_EXTENSION_NAME)) {
            exts[next++] = VK_EXT_VALIDATION_FEATURES_EXTENSION_NAME;
            enables[0] = VK_VALIDATION_FEATURE_ENABLE_SYNCHRONIZATION_VALIDATION_EXT;
            memset(&vf, 0, sizeof vf);
            vf.sType = VK_STRUCTURE_TYPE_VALIDATION_FEATURES_EXT;
            vf.enabledValidationFeatureCount = 1;
            vf.pEnabledValidationFeatures = enables;
            dci.pNext = &vf;
        }
    }
    ci.enabledExtensionCount = next;
    ci.ppEnabledExtensionNames = next ? exts : NULL;
    r = create_instance(&ci, NULL, &c->instance);
    if (r != VK_SUCCESS) {
        c->instance = VK_NULL_HANDLE;
        return vmaf__fail(c->log, c->log_user, r == VK_ERROR_OUT_OF_HOST_MEMORY ? VMAF_ERR_OUT_OF_MEMORY : VMAF_ERR_NO_DEVICE,
                          "vulkan: vkCreateInstance failed (VkResult %d)", (int)r);
    }
#define VMAF__VK_LOAD_I(n)                                                                   \
    c->fn.n = (PFN_vk##n)c->gipa(c->instance, "vk" #n);                                      \
    if (!c->fn.n) return vmaf__fail(c->log, c->log_user, VMAF_ERR_NO_DEVICE, "vulkan: no vk" #n);
    VMAF__VK_INSTANCE_FNS(VMAF__VK_LOAD_I)
#undef VMAF__VK_LOAD_I
    if (validation) {
        PFN_vkCreateDebugUtilsMessengerEXT create_messenger =
            (PFN_vkCreateDebugUtilsMessengerEXT)c->gipa(c->instance, "vkCreateDebugUtilsMessengerEXT");
        c->fn.DestroyDebugUtilsMessengerEXT =
            (PFN_vkDestroyDebugUtilsMessengerEXT)c->gipa(c->instance, "vkDestroyDebugUtilsMessengerEXT");
        if (!create_messenger || !c->fn.DestroyDebugUtilsMessengerEXT)
            return vmaf__fail(c->log, c->log_user, VMAF_ERR_UNSUPPORTED, "vulkan: no debug messenger entry points");
        dci.pNext = NULL;
        r = create_messenger(c->instance, &dci, NULL, &c->messenger);
        if (r != VK_SUCCESS) return vmaf__vk_err(c, r, "vkCreateDebugUtilsMessengerEXT");
    }
    return VMAF_OK;
}

/* Usable device number `index`; *count = number of usable ones. Usable: a compute queue,
   shaderInt64, 256-invocation workgroups (256 x 1 and 16 x 16) and 6 storage buffers per stage
   (all desktop devices; above the Vulkan minimums). */
static int vmaf__vk_pick(VmafVkContext *c, unsigned index, VkPhysicalDevice *out, uint32_t *qfam, unsigned *count)
{
    VkPhysicalDevice devs[16];
    uint32_t n = 16, i, q;
    unsigned usable = 0;
    VkResult r = c->fn.EnumeratePhysicalDevices(c->instance, &n, devs);
    if (r < 0) return vmaf__vk_err(c, r, "vkEnumeratePhysicalDevices");
    for (i = 0; i < n; i++) {
        VkPhysicalDeviceFeatures f;
        VkPhysicalDeviceProperties p;
        VkQueueFamilyProperties qf[16];
        uint32_t nq = 16;
        int found = -1;
        c->fn.GetPhysicalDeviceFeatures(devs[i], &f);
        c->fn.GetPhysicalDeviceProperties(devs[i], &p);
        if (!f.shaderInt64) continue;
        if (p.limits.maxComputeWorkGroupInvocations < 256 || p.limits.maxComputeWorkGroupSize[0] < 256 ||
            p.limits.maxComputeWorkGroupSize[1] < 16 || p.limits.maxPerStageDescriptorStorageBuffers < VMAF__VK_NBIND ||
            p.limits.maxComputeSharedMemorySize < 16384)
            continue;
        c->fn.GetPhysicalDeviceQueueFamilyProperties(devs[i], &nq, qf);
        for (q = 0; q < nq && found < 0; q++)
            if (qf[q].queueFlags & VK_QUEUE_COMPUTE_BIT) found = (int)q;
        if (found < 0) continue;
        if (usable == index && out) {
            *out = devs[i];
            *qfam = (uint32_t)found;
        }
        usable++;
    }
    if (count) *count = usable;
    return index < usable ? VMAF_OK : VMAF_ERR_NO_DEVICE;
}

static void vmaf__vk_ctx_free(VmafVkContext *c)
{
    int i;
    VmafAllocator a;
    if (!c) return;
    a = c->alloc;
    if (c->device) {
        c->fn.DeviceWaitIdle(c->device);
        for (i = 0; i < VMAF__VK_NPIPE; i++)
            if (c->pipe[i]) c->fn.DestroyPipeline(c->device, c->pipe[i], NULL);
        if (c->layout) c->fn.DestroyPipelineLayout(c->device, c->layout, NULL);
        if (c->dsl) c->fn.DestroyDescriptorSetLayout(c->device, c->dsl, NULL);
        c->fn.DestroyDevice(c->device, NULL);
    }
    if (c->messenger) c->fn.DestroyDebugUtilsMessengerEXT(c->instance, c->messenger, NULL);
    if (c->instance && c->fn.DestroyInstance) c->fn.DestroyInstance(c->instance, NULL);
    vmaf__free(&a, c);
}

static void vmaf__vk_ctx_release(VmafVkContext *c)
{
    if (c && --c->refs == 0) vmaf__vk_ctx_free(c);
}

static int vmaf__vk_ctx_open(VmafVkContext **out, const VmafVkConfig *cfg)
{
    VmafVkContext *c;
    VmafVkConfig def;
    VkPhysicalDeviceFeatures have, want;
    VkDeviceQueueCreateInfo qci;
    VkDeviceCreateInfo dci;
    VkDescriptorSetLayoutBinding bind[VMAF__VK_NBIND];
    VkDescriptorSetLayoutCreateInfo dslci;
    VkPushConstantRange pcr;
    VkPipelineLayoutCreateInfo plci;
    VkQueueFamilyProperties qf[16];
    uint32_t nq = 16;
    float prio = 1.0f;
    VkResult r;
    int err, i;
    *out = NULL;
    if (!cfg) {
        memset(&def, 0, sizeof def);
        cfg = &def;
    }
    c = (VmafVkContext *)vmaf__alloc(&cfg->allocator, sizeof *c);
    if (!c) return vmaf__fail(cfg->log, cfg->log_user, VMAF_ERR_OUT_OF_MEMORY, "vulkan: out of memory");
    memset(c, 0, sizeof *c);
    c->alloc = cfg->allocator;
    c->log = cfg->log;
    c->log_user = cfg->log_user;
    c->message = cfg->message;
    c->message_user = cfg->message_user;
    c->refs = 1;
    c->lock = cfg->lock;
    c->unlock = cfg->unlock;
    c->lock_user = cfg->lock_user;
    c->magic = VMAF__VK_MAGIC;
    vmaf__vk_ctx_tables(c);
    err = vmaf__vk_instance(c, (cfg->flags & VMAF_VK_VALIDATION) != 0);
    if (!err) {
        err = vmaf__vk_pick(c, cfg->device_index, &c->phys, &c->qfam, NULL);
        if (err) vmaf__fail(c->log, c->log_user, err, "vulkan: no usable device number %u", cfg->device_index);
    }
    if (err) {
        vmaf__vk_ctx_free(c);
        return err;
    }
    c->fn.GetPhysicalDeviceProperties(c->phys, &c->props);
    c->fn.GetPhysicalDeviceMemoryProperties(c->phys, &c->mem);
    c->fn.GetPhysicalDeviceFeatures(c->phys, &have);
    c->fn.GetPhysicalDeviceQueueFamilyProperties(c->phys, &nq, qf);
    c->ts_bits = c->qfam < nq ? qf[c->qfam].timestampValidBits : 0;
    c->has_f64 = have.shaderFloat64 != 0;
    memset(&want, 0, sizeof want);
    want.shaderInt64 = VK_TRUE;
    want.shaderFloat64 = have.shaderFloat64;
    memset(&qci, 0, sizeof qci);
    qci.sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO;
    qci.queueFamilyIndex = c->qfam;
    qci.queueCount = 1;
    qci.pQueuePriorities = &prio;
    memset(&dci, 0, sizeof dci);
    dci.sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO;
    dci.queueCreateInfoCount = 1;
    dci.pQueueCreateInfos = &qci;
    dci.pEnabledFeatures = &want;
    r = c->fn.CreateDevice(c->phys, &dci, NULL, &c->device);
    if (r != VK_SUCCESS) {
        c->device = VK_NULL_HANDLE;
        err = vmaf__vk_err(c, r, "vkCreateDevice");
        vmaf__vk_ctx_free(c);
        return err;
    }
#define VMAF__VK_LOAD_D(n)                                                                   \
    c->fn.n = (PFN_vk##n)c->fn.GetDeviceProcAddr(c->device, "vk" #n);                        \
    if (!c->fn.n) err = VMAF_ERR_NO_DEVICE;
    VMAF__VK_DEVICE_FNS(VMAF__VK_LOAD_D)
#undef VMAF__VK_LOAD_D
    if (err) {
        vmaf__fail(c->log, c->log_user, err, "vulkan: device entry points missing");
        if (!c->fn.DestroyDevice) c->device = VK_NULL_HANDLE; /* cannot clean up; leak */
        else { c->fn.DestroyDevice(c->device, NULL); c->device = VK_NULL_HANDLE; }
        vmaf__vk_ctx_free(c);
        return err;
    }
    c->fn.GetDeviceQueue(c->device, c->qfam, 0, &c->queue);
    for (i = 0; i < VMAF__VK_NBIND; i++) {
        memset(&bind[i], 0, sizeof bind[i]);
        bind[i].binding = (uint32_t)i;
        bind[i].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
        bind[i].descriptorCount = 1;
        bind[i].stageFlags = VK_SHADER_STAGE_COMPUTE_BIT;
    }
    memset(&dslci, 0, sizeof dslci);
    dslci.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO;
    dslci.bindingCount = VMAF__VK_NBIND;
    dslci.pBindings = bind;
    r = c->fn.CreateDescriptorSetLayout(c->device, &dslci, NULL, &c->dsl);
    if (r == VK_SUCCESS) {
        pcr.stageFlags = VK_SHADER_STAGE_COMPUTE_BIT;
        pcr.offset = 0;
        pcr.size = VMAF__VK_PUSH_BYTES;
        memset(&plci, 0, sizeof plci);
        plci.sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO;
        plci.setLayoutCount = 1;
        plci.pSetLayouts = &c->dsl;
        plci.pushConstantRangeCount = 1;
        plci.pPushConstantRanges = &pcr;
        r = c->fn.CreatePipelineLayout(c->device, &plci, NULL, &c->layout);
    }
    if (r != VK_SUCCESS) {
        err = vmaf__vk_err(c, r, "pipeline layout creation");
        vmaf__vk_ctx_free(c);
        return err;
    }
    *out = c;
    return VMAF_OK;
}

/* Compute pipeline `id`, built on first use and kept by the context. */
static int vmaf__vk_pipeline(VmafVkContext *c, int id)
{
    VkShaderModuleCreateInfo smci;
    VkComputePipelineCreateInfo cpci;
    VkShaderModule mod;
    VkResult r;
    size_t bytes;
    const uint32_t *code;
    if (c->pipe[id]) return VMAF_OK;
    code = vmaf__vk_spirv(id, &bytes);
    memset(&smci, 0, sizeof smci);
    smci.sType = VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO;
    smci.codeSize = bytes;
    smci.pCode = code;
    r = c->fn.CreateShaderModule(c->device, &smci, NULL, &mod);
    if (r != VK_SUCCESS) return vmaf__vk_err(c, r, "vkCreateShaderModule");
    memset(&cpci, 0, sizeof cpci);
    cpci.sType = VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO;
    cpci.stage.sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO;
    cpci.stage.stage = VK_SHADER_STAGE_COMPUTE_BIT;
    cpci.stage.module = mod;
    cpci.stage.pName = "main";
    cpci.layout = c->layout;
    r = c->fn.CreateComputePipelines(c->device, VK_NULL_HANDLE, 1, &cpci, NULL, &c->pipe[id]);
    c->fn.DestroyShaderModule(c->device, mod, NULL);
    if (r != VK_SUCCESS) {
        c->pipe[id] = VK_NULL_HANDLE;
        return vmaf__vk_err(c, r, "vkCreateComputePipelines");
    }
    return VMAF_OK;
}

/* ---- buffers ---- */
typedef struct vmaf__vk_buf {
    VkBuffer b;
    VkDeviceMemory m;
    VkDeviceSize size;
    void *map;
} vmaf__vk_buf;

enum { VMAF__VK_MEM_DEVICE, VMAF__VK_MEM_DIRECT, VMAF__VK_MEM_HOST };

/* kind DEVICE: device-local preferred; DIRECT: device-local and host-visible (mapped) or
   VMAF_ERR_UNSUPPORTED; HOST: host-visible coherent (mapped), cached preferred. */
static int vmaf__vk_buf_create(VmafVkContext *c, vmaf__vk_buf *b, VkDeviceSize size, int kind, int storage)
{
    VkBufferCreateInfo bci;
    VkMemoryRequirements req;
    VkMemoryAllocateInfo mai;
    VkMemoryPropertyFlags pref[2];
    VkResult r;
    uint32_t i;
    int pass;
    memset(b, 0, sizeof *b);
    size = (size + 3) & ~(VkDeviceSize)3;
    if (size < 16) size = 16;
    if (storage && size > c->props.limits.maxStorageBufferRange)
        return vmaf__fail(c->log, c->log_user, VMAF_ERR_TOO_LARGE,
                          "vulkan: a %.0f MiB buffer exceeds the device's maxStorageBufferRange (%u bytes)",
                          (double)size / 1048576.0, (unsigned)c->props.limits.maxStorageBufferRange);
    memset(&bci, 0, sizeof bci);
    bci.sType = VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO;
    bci.size = size;
    bci.usage = VK_BUFFER_USAGE_TRANSFER_SRC_BIT | VK_BUFFER_USAGE_TRANSFER_DST_BIT |
                (storage ? VK_BUFFER_USAGE_STORAGE_BUFFER_BIT : 0);
    bci.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
    r = c->fn.CreateBuffer(c->device, &bci, NULL, &b->b);
    if (r != VK_SUCCESS) {
        b->b = VK_NULL_HANDLE;
        return vmaf__vk_err(c, r, "vkCreateBuffer");
    }
    c->fn.GetBufferMemoryRequirements(c->device, b->b, &req);
    if (kind == VMAF__VK_MEM_DEVICE) {
        pref[0] = VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT;
        pref[1] = 0;
    } else if (kind == VMAF__VK_MEM_DIRECT) {
        pref[0] = pref[1] = VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT | VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT |
                            VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
    } else {
        pref[0] = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT |
                  VK_MEMORY_PROPERTY_HOST_CACHED_BIT;
        pref[1] = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
    }
    r = VK_ERROR_OUT_OF_DEVICE_MEMORY;
    for (pass = 0; pass < 2 && !b->m; pass++)
        for (i = 0; i < c->mem.memoryTypeCount && !b->m; i++) {
            if (!(req.memoryTypeBits & (1u << i))) continue;
            if ((c->mem.memoryTypes[i].propertyFlags & pref[pass]) != pref[pass]) continue;
            memset(&mai, 0, sizeof mai);
            mai.sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO;
            mai.allocationSize = req.size;
            mai.memoryTypeIndex = i;
            r = c->fn.AllocateMemory(c->device, &mai, NULL, &b->m);
            if (r != VK_SUCCESS) b->m = VK_NULL_HANDLE;
        }
    if (!b->m) {
        c->fn.DestroyBuffer(c->device, b->b, NULL);
        b->b = VK_NULL_HANDLE;
        if (kind == VMAF__VK_MEM_DIRECT) return VMAF_ERR_UNSUPPORTED; /* caller stages instead */
        return vmaf__vk_err(c, r, "vkAllocateMemory");
    }
    r = c->fn.BindBufferMemory(c->device, b->b, b->m, 0);
    if (r == VK_SUCCESS && kind != VMAF__VK_MEM_DEVICE) r = c->fn.MapMemory(c->device, b->m, 0, VK_WHOLE_SIZE, 0, &b->map);
    b->size = size;
    if (r != VK_SUCCESS) return vmaf__vk_err(c, r, "vkBindBufferMemory / vkMapMemory");
    return VMAF_OK;
}

static void vmaf__vk_buf_free(VmafVkContext *c, vmaf__vk_buf *b)
{
    if (b->b) c->fn.DestroyBuffer(c->device, b->b, NULL);
    if (b->m) c->fn.FreeMemory(c->device, b->m, NULL); /* unmaps */
    memset(b, 0, sizeof *b);
}

/* ---- options, provided features (libvmaf's tables) ---- */

typedef struct vmaf__vk_vif_opts {
    int debug;
    double egl;
    int skip_scale0;
} vmaf__vk_vif_opts;

typedef struct vmaf__vk_adm_opts {
    int debug;
    double csf_scale, csf_diag_scale, dlm_weight, egl, nvd;
    int rdh, csf_mode;
    double noise_weight;
    int skip_aim, skip_scale0;
    double min_val;
} vmaf__vk_adm_opts;

typedef struct vmaf__vk_motion_opts {
    int force_zero;
    double blend_factor, blend_offset, fps_weight, max_val;
    int five_frame, moving_average, debug;
} vmaf__vk_motion_opts;

typedef struct vmaf__vk_fvif_opts {
    int debug;
    double egl, ks, ps, s1miv, s2miv, s3miv;
    const char *pm;
    double snsq;
    int skip_scale0;
} vmaf__vk_fvif_opts;

typedef struct vmaf__vk_fadm_opts {
    int debug;
    double egl, nvd, noise_weight, csf_scale, csf_diag_scale;
    int rdh, csf_mode, bypass_cm, apply_hm;
    double p_norm, dlm_weight, min_val, f1s[4], f2s[4];
    int skip_aim_scale, skip_scale0;
} vmaf__vk_fadm_opts;

typedef struct vmaf__vk_fmotion_opts {
    int debug, force_zero;
    double fps_weight, blend_factor, blend_offset;
    int add_scale1, filter_size, add_uv;
    double max_val;
} vmaf__vk_fmotion_opts;

#define VMAF__VK_FP VMAF__OPT_FEATURE_PARAM
static const VmafOptionDesc vmaf__vk_vif_options[] = {
    {"debug", NULL, VMAF__OPT_BOOL, offsetof(vmaf__vk_vif_opts, debug), 0, 0, 1, 0, NULL},
    {"vif_enhn_gain_limit", "egl", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_vif_opts, egl), 100.0, 1.0, 100.0, VMAF__VK_FP, NULL},
    {"vif_skip_scale0", "ssclz", VMAF__OPT_BOOL, offsetof(vmaf__vk_vif_opts, skip_scale0), 0, 0, 1, VMAF__VK_FP, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
static const VmafOptionDesc vmaf__vk_adm_options[] = {
    {"debug", NULL, VMAF__OPT_BOOL, offsetof(vmaf__vk_adm_opts, debug), 0, 0, 1, 0, NULL},
    {"adm_csf_scale", "scf", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_adm_opts, csf_scale), 1.0, 0.0, 50.0, VMAF__VK_FP, NULL},
    {"adm_csf_diag_scale", "scfd", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_adm_opts, csf_diag_scale), 1.0, 0.0, 50.0, VMAF__VK_FP, NULL},
    {"adm_dlm_weight", "dlmw", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_adm_opts, dlm_weight), 0.5, 0.0, 1.0, VMAF__VK_FP, NULL},
    {"adm_enhn_gain_limit", "egl", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_adm_opts, egl), 100.0, 1.0, 100.0, VMAF__VK_FP, NULL},
    {"adm_norm_view_dist", "nvd", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_adm_opts, nvd), 3.0, 0.75, 24.0, VMAF__VK_FP, NULL},
    {"adm_ref_display_height", "rdh", VMAF__OPT_INT, offsetof(vmaf__vk_adm_opts, rdh), 1080, 1, 4320, VMAF__VK_FP, NULL},
    {"adm_csf_mode", "csf", VMAF__OPT_INT, offsetof(vmaf__vk_adm_opts, csf_mode), 0, 0, 3, VMAF__VK_FP, NULL},
    {"adm_noise_weight", "nw", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_adm_opts, noise_weight), 0.03125, 0.0, 1500.0, VMAF__VK_FP, NULL},
    {"adm_skip_aim", NULL, VMAF__OPT_BOOL, offsetof(vmaf__vk_adm_opts, skip_aim), 0, 0, 1, 0, NULL},
    {"adm_skip_scale0", "ssz", VMAF__OPT_BOOL, offsetof(vmaf__vk_adm_opts, skip_scale0), 0, 0, 1, VMAF__VK_FP, NULL},
    {"adm_min_val", "min", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_adm_opts, min_val), 0.0, 0.0, 1.0, VMAF__VK_FP, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
static const VmafOptionDesc vmaf__vk_motion_options[] = {
    {"motion_force_zero", "force_0", VMAF__OPT_BOOL, offsetof(vmaf__vk_motion_opts, force_zero), 0, 0, 1, VMAF__VK_FP, NULL},
    {"motion_blend_factor", "mbf", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_motion_opts, blend_factor), 1.0, 0.0, 1.0, VMAF__VK_FP, NULL},
    {"motion_blend_offset", "mbo", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_motion_opts, blend_offset), 40.0, 0.0, 1000.0, VMAF__VK_FP, NULL},
    {"motion_fps_weight", "mfw", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_motion_opts, fps_weight), 1.0, 0.0, 5.0, VMAF__VK_FP, NULL},
    {"motion_max_val", "mmxv", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_motion_opts, max_val), 10000.0, 0.0, 10000.0, VMAF__VK_FP, NULL},
    {"motion_five_frame_window", "mffw", VMAF__OPT_BOOL, offsetof(vmaf__vk_motion_opts, five_frame), 0, 0, 1, VMAF__VK_FP, NULL},
    {"motion_moving_average", "mma", VMAF__OPT_BOOL, offsetof(vmaf__vk_motion_opts, moving_average), 0, 0, 1, VMAF__VK_FP, NULL},
    {"debug", NULL, VMAF__OPT_BOOL, offsetof(vmaf__vk_motion_opts, debug), 0, 0, 1, 0, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
/* float extractors: libvmaf float_vif.c, float_adm.c, float_motion.c (as vmaf_vif.h,
   vmaf_adm.h and vmaf_motion.h declare them) */
static const char *const vmaf__vk_pm_names[] = {"nearest", "bilinear", "bicubic", "lanczos4", NULL};
static const VmafOptionDesc vmaf__vk_fvif_options[] = {
    {"debug", NULL, VMAF__OPT_BOOL, offsetof(vmaf__vk_fvif_opts, debug), 0, 0, 1, 0, NULL},
    {"vif_enhn_gain_limit", "egl", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fvif_opts, egl), 100.0, 1.0, 100.0, VMAF__VK_FP, NULL},
    {"vif_kernelscale", "ks", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fvif_opts, ks), 1.0, 0.1, 4.0, VMAF__VK_FP, NULL},
    {"vif_prescale", "ps", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fvif_opts, ps), 1.0, 0.1, 4.0, VMAF__VK_FP, NULL},
    {"vif_scale1_min_val", "s1miv", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fvif_opts, s1miv), 0.0, 0.0, 1.0, VMAF__VK_FP, NULL},
    {"vif_scale2_min_val", "s2miv", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fvif_opts, s2miv), 0.0, 0.0, 1.0, VMAF__VK_FP, NULL},
    {"vif_scale3_min_val", "s3miv", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fvif_opts, s3miv), 0.0, 0.0, 1.0, VMAF__VK_FP, NULL},
    {"vif_prescale_method", "pm", VMAF__OPT_STRING, offsetof(vmaf__vk_fvif_opts, pm), 0, 0, 0, VMAF__VK_FP, vmaf__vk_pm_names},
    {"vif_sigma_nsq", "snsq", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fvif_opts, snsq), 2.0, 0.0, 5.0, VMAF__VK_FP, NULL},
    {"vif_skip_scale0", "ssclz", VMAF__OPT_BOOL, offsetof(vmaf__vk_fvif_opts, skip_scale0), 0, 0, 1, VMAF__VK_FP, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
#define VMAF__VK_FA(f) offsetof(vmaf__vk_fadm_opts, f)
static const VmafOptionDesc vmaf__vk_fadm_options[] = {
    {"debug", NULL, VMAF__OPT_BOOL, VMAF__VK_FA(debug), 0, 0, 1, 0, NULL},
    {"adm_enhn_gain_limit", "egl", VMAF__OPT_DOUBLE, VMAF__VK_FA(egl), 100.0, 1.0, 100.0, VMAF__VK_FP, NULL},
    {"adm_norm_view_dist", "nvd", VMAF__OPT_DOUBLE, VMAF__VK_FA(nvd), 3.0, 0.75, 24.0, VMAF__VK_FP, NULL},
    {"adm_noise_weight", "nw", VMAF__OPT_DOUBLE, VMAF__VK_FA(noise_weight), 0.03125, 0.0, 1500.0, VMAF__VK_FP, NULL},
    {"adm_csf_scale", "scf", VMAF__OPT_DOUBLE, VMAF__VK_FA(csf_scale), 1.0, 0.0, 50.0, VMAF__VK_FP, NULL},
    {"adm_csf_diag_scale", "scfd", VMAF__OPT_DOUBLE, VMAF__VK_FA(csf_diag_scale), 1.0, 0.0, 50.0, VMAF__VK_FP, NULL},
    {"adm_ref_display_height", "rdf", VMAF__OPT_INT, VMAF__VK_FA(rdh), 1080, 1, 4320, VMAF__VK_FP, NULL},
    {"adm_csf_mode", "csf", VMAF__OPT_INT, VMAF__VK_FA(csf_mode), 0, 0, 9, VMAF__VK_FP, NULL},
    {"adm_bypass_cm", "bcm", VMAF__OPT_INT, VMAF__VK_FA(bypass_cm), 0, 0, 1, VMAF__VK_FP, NULL},
    {"adm_adm3_apply_hm", "aah", VMAF__OPT_BOOL, VMAF__VK_FA(apply_hm), 0, 0, 1, VMAF__VK_FP, NULL},
    {"adm_p_norm", "apn", VMAF__OPT_DOUBLE, VMAF__VK_FA(p_norm), 3.0, 1.0, 20.0, VMAF__VK_FP, NULL},
    {"adm_dlm_weight", "dlmw", VMAF__OPT_DOUBLE, VMAF__VK_FA(dlm_weight), 0.5, 0.0, 1.0, VMAF__VK_FP, NULL},
    {"adm_min_val", "min", VMAF__OPT_DOUBLE, VMAF__VK_FA(min_val), 0.0, 0.0, 1.0, VMAF__VK_FP, NULL},
    {"adm_f1s0", "f1s0", VMAF__OPT_DOUBLE, VMAF__VK_FA(f1s), -1.0, -1.0, 10.0, VMAF__VK_FP, NULL},
    {"adm_f1s1", "f1s1", VMAF__OPT_DOUBLE, VMAF__VK_FA(f1s) + sizeof(double), -1.0, -1.0, 10.0, VMAF__VK_FP, NULL},
    {"adm_f1s2", "f1s2", VMAF__OPT_DOUBLE, VMAF__VK_FA(f1s) + 2 * sizeof(double), -1.0, -1.0, 10.0, VMAF__VK_FP, NULL},
    {"adm_f1s3", "f1s3", VMAF__OPT_DOUBLE, VMAF__VK_FA(f1s) + 3 * sizeof(double), -1.0, -1.0, 10.0, VMAF__VK_FP, NULL},
    {"adm_f2s0", "f2s0", VMAF__OPT_DOUBLE, VMAF__VK_FA(f2s), -1.0, -1.0, 10.0, VMAF__VK_FP, NULL},
    {"adm_f2s1", "f2s1", VMAF__OPT_DOUBLE, VMAF__VK_FA(f2s) + sizeof(double), -1.0, -1.0, 10.0, VMAF__VK_FP, NULL},
    {"adm_f2s2", "f2s2", VMAF__OPT_DOUBLE, VMAF__VK_FA(f2s) + 2 * sizeof(double), -1.0, -1.0, 10.0, VMAF__VK_FP, NULL},
    {"adm_f2s3", "f2s3", VMAF__OPT_DOUBLE, VMAF__VK_FA(f2s) + 3 * sizeof(double), -1.0, -1.0, 10.0, VMAF__VK_FP, NULL},
    /* default -1 lies outside the accepted [0, 3], as in libvmaf */
    {"adm_skip_aim_scale", "sasc", VMAF__OPT_INT, VMAF__VK_FA(skip_aim_scale), -1, 0, 3, VMAF__VK_FP, NULL},
    {"adm_skip_scale0", "ssz", VMAF__OPT_BOOL, VMAF__VK_FA(skip_scale0), 0, 0, 1, VMAF__VK_FP, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
#undef VMAF__VK_FA
static const VmafOptionDesc vmaf__vk_fmotion_options[] = {
    {"debug", NULL, VMAF__OPT_BOOL, offsetof(vmaf__vk_fmotion_opts, debug), 1, 0, 1, 0, NULL},
    {"motion_force_zero", "force_0", VMAF__OPT_BOOL, offsetof(vmaf__vk_fmotion_opts, force_zero), 0, 0, 1, VMAF__VK_FP, NULL},
    {"motion_fps_weight", "mfw", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fmotion_opts, fps_weight), 1.0, 0.0, 5.0, VMAF__VK_FP, NULL},
    {"motion_blend_factor", "mbf", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fmotion_opts, blend_factor), 1.0, 0.0, 1.0, VMAF__VK_FP, NULL},
    {"motion_blend_offset", "mbo", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fmotion_opts, blend_offset), 40.0, 0.0, 1000.0, VMAF__VK_FP, NULL},
    {"motion_add_scale1", "mdc", VMAF__OPT_BOOL, offsetof(vmaf__vk_fmotion_opts, add_scale1), 0, 0, 1, VMAF__VK_FP, NULL},
    {"motion_filter_size", "mfs", VMAF__OPT_INT, offsetof(vmaf__vk_fmotion_opts, filter_size), 5, 0, 9, VMAF__VK_FP, NULL},
    {"motion_add_uv", "mau", VMAF__OPT_BOOL, offsetof(vmaf__vk_fmotion_opts, add_uv), 0, 0, 1, VMAF__VK_FP, NULL},
    {"motion_max_val", "mmxv", VMAF__OPT_DOUBLE, offsetof(vmaf__vk_fmotion_opts, max_val), 10000.0, 0.0, 10000.0, VMAF__VK_FP, NULL},
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL}};
#undef VMAF__VK_FP

static const char *const vmaf__vk_vif_provided[] = {
    "VMAF_integer_feature_vif_scale0_score", "VMAF_integer_feature_vif_scale1_score",
    "VMAF_integer_feature_vif_scale2_score", "VMAF_integer_feature_vif_scale3_score",
    "integer_vif", "integer_vif_num", "integer_vif_den", "integer_vif_num_scale0",
    "integer_vif_den_scale0", "integer_vif_num_scale1", "integer_vif_den_scale1",
    "integer_vif_num_scale2", "integer_vif_den_scale2", "integer_vif_num_scale3",
    "integer_vif_den_scale3", NULL};
static const char *const vmaf__vk_adm_provided[] = {
    "VMAF_integer_feature_adm2_score", "VMAF_integer_feature_aim_score",
    "VMAF_integer_feature_adm3_score", "integer_adm_scale0", "integer_adm_scale1",
    "integer_adm_scale2", "integer_adm_scale3", "integer_adm", "integer_adm_num", "integer_adm_den",
    "integer_adm_num_scale0", "integer_adm_den_scale0", "integer_adm_num_scale1",
    "integer_adm_den_scale1", "integer_adm_num_scale2", "integer_adm_den_scale2",
    "integer_adm_num_scale3", "integer_adm_den_scale3", NULL};
static const char *const vmaf__vk_motion_provided[] = {
    "VMAF_integer_feature_motion_sad_score", "VMAF_integer_feature_motion_score",
    "VMAF_integer_feature_motion2_score", "VMAF_integer_feature_motion3_score", NULL};
static const char *const vmaf__vk_fvif_provided[] = {
    "VMAF_feature_vif_scale0_score", "VMAF_feature_vif_scale1_score", "VMAF_feature_vif_scale2_score",
    "VMAF_feature_vif_scale3_score", "vif", "vif_num", "vif_den", "vif_num_scale0", "vif_den_scale0",
    "vif_num_scale1", "vif_den_scale1", "vif_num_scale2", "vif_den_scale2", "vif_num_scale3",
    "vif_den_scale3", NULL};
/* libvmaf's float_adm list: "adm_scale0" is listed but never written, and the debug output
   "adm" is written but not listed (so never renamed); vmaf__vk_fadm_emitted is what we emit */
static const char *const vmaf__vk_fadm_provided[] = {
    "VMAF_feature_adm2_score", "VMAF_feature_aim_score", "VMAF_feature_adm3_score",
    "VMAF_feature_adm_scale0_score", "VMAF_feature_adm_scale1_score", "VMAF_feature_adm_scale2_score",
    "VMAF_feature_adm_scale3_score", "adm_num", "adm_den", "adm_scale0", "adm_num_scale0", "adm_den_scale0",
    "adm_num_scale1", "adm_den_scale1", "adm_num_scale2", "adm_den_scale2", "adm_num_scale3",
    "adm_den_scale3", NULL};
static const char *const vmaf__vk_fadm_emitted[] = {
    "VMAF_feature_adm2_score", "VMAF_feature_aim_score", "VMAF_feature_adm3_score",
    "VMAF_feature_adm_scale0_score", "VMAF_feature_adm_scale1_score", "VMAF_feature_adm_scale2_score",
    "VMAF_feature_adm_scale3_score", "adm", "adm_num", "adm_den", "adm_num_scale0", "adm_den_scale0",
    "adm_num_scale1", "adm_den_scale1", "adm_num_scale2", "adm_den_scale2", "adm_num_scale3",
    "adm_den_scale3", NULL};
static const char *const vmaf__vk_fmotion_provided[] = {"VMAF_feature_motion_score", "VMAF_feature_motion2_score",
                                                        "VMAF_feature_motion3_score", NULL};
#define VMAF__VK_MAXKEYS 18

/* ---- state ---- */
typedef struct vmaf__vk_adm_scale {
    unsigned wb, hb;                /* band size */
    int left, top, right, bottom;   /* crop of the masking sums and denominators */
    uint32_t rf[3];                 /* scale 0: Q21/Q21/Q23; else (uint32)(f * 2^32) */
    float rff[3];                   /* the float CSF factors */
    uint32_t shc_hv, shc_d, shr, den_shq, den_shc, den_sha;
} vmaf__vk_adm_scale;

#define VMAF__VK_RCP_N 4096u /* rcpss table entries (float ADM); fadm_dec.comp indexes it with m >> 11 */
typedef struct vmaf__vk_state {
    VmafVkContext *ctx;
    int kind;
    unsigned w, h, bpc, bps;
    VmafAllocator alloc;
    VmafLogFn log;
    void *log_user;
    vmaf__vk_vif_opts vif;
    vmaf__vk_adm_opts adm;
    vmaf__vk_motion_opts mot;
    vmaf__vk_fvif_opts fvif;
    vmaf__vk_fadm_opts fadm;
    vmaf__vk_fmotion_opts fmot;
    const VmafExtractor *fb;        /* CPU fallback table (the state is then fb_state) */
    void *fb_state;
    char keys[VMAF__VK_MAXKEYS][256];
    size_t plane_bytes;             /* one tight plane, rounded up to 4 bytes */
    int direct;                     /* inputs are device-local + host-visible: no staging */
    vmaf__vk_buf in[2], work[3], res, readback, staging, table, dummy;
    VkDescriptorPool dpool;
    VkDescriptorSet set;
    VkCommandPool cpool;            /* own pool: states of one context may run on several threads */
    VkCommandBuffer cmd;
    VkFence fence;
    VkQueryPool qpool;
    VmafVkTiming timing;
    /* vif */
    unsigned lw[4], lh[4], loff[4];
    /* adm */
    vmaf__vk_adm_scale as[4];
    uint32_t band_plane;            /* words per band plane (scale-0 band size) */
    float cos2;
    /* motion (integer: sad of the last three frames; float: raw score of the last frame) */
    double sad[3], prev_m3, fscore;
    unsigned pushes;
    int flushed;
    /* float features */
    VkDeviceSize res_bytes;         /* result slots / row sums */
    float *rows;                    /* host copy of the row sums */
    unsigned fw[4], toff[4], roff[4]; /* float VIF: filter widths, tap offsets, row-sum offsets */
    uint32_t lref[4], ldis[4];      /* float VIF: level offsets (floats) in the level buffer */
    float frf[4][3];                /* float ADM: CSF factors */
    float egl_f, smi;               /* float VIF */
    int rcp;                        /* float ADM: emulate the host's rcpss */
    float ftaps[5];                 /* float motion */
    unsigned ftw;
} vmaf__vk_state;

static unsigned vmaf__vk_ceil_log2(unsigned long n)
{
    unsigned k = 0;
    while (k < 63 && (1ul << k) < n) k++;
    return k;
}

/* pow(2, e) for an exponent formed in uint32 arithmetic as libvmaf does (a wrapped, huge
   exponent gives +inf like pow). */
static double vmaf__vk_pow2u(uint32_t e) { return e > 2000u ? HUGE_VAL : ldexp(1.0, (int)e); }

/* Watson97 quantisation step (libvmaf integer_adm.c dwt_quant_step, float/double as there). */
static float vmaf__vk_quant_step(int lambda, int theta, double nvd, int rdh)
{
    static const float amp[6][4] = {{0.62171f, 0.67234f, 0.72709f, 0.67234f},
                                    {0.34537f, 0.41317f, 0.49428f, 0.41317f},
                                    {0.18004f, 0.22727f, 0.28688f, 0.22727f},
                                    {0.091401f, 0.11792f, 0.15214f, 0.11792f},
                                    {0.045943f, 0.059758f, 0.077727f, 0.059758f},
                                    {0.023013f, 0.030018f, 0.039156f, 0.030018f}};
    static const float g[4] = {1.501f, 1.0f, 0.534f, 1.0f};
    const float a = 0.495f, k = 0.466f, f0 = 0.401f;
    float r = (float)(nvd * rdh * 3.14159265358979323846 / 180.0);
    float temp = (float)log10(pow(2.0, lambda + 1) * f0 * g[theta] / r);
    float kt = k * temp;
    float ktt = kt * temp;
    return (float)(2.0 * a * pow(10.0, ktt) / amp[lambda][theta]);
}

/* CSF factors f1 (h, v) and f2 (d) of scale `s` for Watson (0) or the blend tables (2, 3);
   0 on success, -1 for an unsupported mode or (rdh, nvd) pair. */
static int vmaf__vk_csf_factors(int mode, int s, double nvd, int rdh, float *f1, float *f2)
{
    /* libvmaf barten_csf_tools.h BLENDED_CSF_* (mode 2) and BLENDED_CSF_*_MAE (mode 3):
       [pair][theta'][scale]; pairs 1080/3H, 1080/5H, 2160/3H, 2160/5H, 720/5H */
    static const float blend[2][5][2][4] = {
        {{{0.01183f, 0.025026f, 0.04295f, 0.058621f}, {0.004302f, 0.011778f, 0.023918f, 0.035901f}},
         {{0.004212f, 0.014809f, 0.029642f, 0.047464f}, {0.000984f, 0.005852f, 0.0146f, 0.027574f}},
         {{0.00226f, 0.01183f, 0.025026f, 0.04295f}, {0.000479f, 0.004302f, 0.011778f, 0.023918f}},
         {{0.000092f, 0.004212f, 0.014809f, 0.029642f}, {0.000050f, 0.000984f, 0.005852f, 0.0146f}},
         {{0.010144f, 0.022561f, 0.040309f, 0.05672f}, {0.003463f, 0.010282f, 0.021839f, 0.034641f}}},
        {{{0.011249f, 0.022606f, 0.035930f, 0.045673f}, {0.004097f, 0.010921f, 0.021430f, 0.031313f}},
         {{0.004052f, 0.013939f, 0.026298f, 0.038833f}, {0.000927f, 0.005544f, 0.013415f, 0.024515f}},
         {{0.002166f, 0.011249f, 0.022606f, 0.035930f}, {0.000447f, 0.004097f, 0.010921f, 0.021430f}},
         {{0.000077f, 0.004052f, 0.013939f, 0.026298f}, {0.000045f, 0.000927f, 0.005544f, 0.013415f}},
         {{0.009689f, 0.020577f, 0.034162f, 0.044523f}, {0.003302f, 0.009579f, 0.019661f, 0.030318f}}}};
    int p;
    if (mode == 0) {
        *f1 = 1.0f / vmaf__vk_quant_step(s, 1, nvd, rdh);
        *f2 = 1.0f / vmaf__vk_quant_step(s, 2, nvd, rdh);
        return 0;
    }
    if (mode != 2 && mode != 3) return -1;
    if (rdh == 1080 && nvd == 3.0) p = 0;
    else if (rdh == 1080 && nvd == 5.0) p = 1;
    else if (rdh == 2160 && nvd == 1.5) p = 0;
    else if (rdh == 2160 && nvd == 3.0) p = 2;
    else if (rdh == 2160 && nvd == 5.0) p = 3;
    else if (rdh == 720 && nvd == 5.0) p = 4;
    else return -1;
    *f1 = blend[mode - 2][p][0][s];
    *f2 = blend[mode - 2][p][1][s];
    return 0;
}

/* log2 table of SPEC 2.5 for i in [32767, 65535] (uint16, packed two per word), built from
   double log2 rounded to float (identical to libvmaf's log2f table on glibc); checked
   against the SPEC hash, so a libm that rounds differently is caught. */
static int vmaf__vk_log2_table(uint32_t *words /* 32768 */)
{
    uint64_t hash = 0;
    unsigned i;
    memset(words, 0, 32768 * sizeof(uint32_t));
    for (i = 32767; i < 65536; i++) {
        float lf = (float)log2((double)i);
        uint32_t v = (uint32_t)(uint16_t)round((double)(lf * 2048.0f));
        words[i >> 1] |= v << ((i & 1u) * 16u);
        hash = hash * 31u + v;
    }
    return hash == 18054239521728245405ull ? 0 : -1;
}

static const VmafOptionDesc *vmaf__vk_options(int kind)
{
    static const VmafOptionDesc *const t[VMAF__VK_NKIND] = {vmaf__vk_vif_options, vmaf__vk_adm_options,
                                                            vmaf__vk_motion_options, vmaf__vk_fvif_options,
                                                            vmaf__vk_fadm_options, vmaf__vk_fmotion_options};
    return t[kind];
}
static const char *const *vmaf__vk_provided(int kind)
{
    static const char *const *const t[VMAF__VK_NKIND] = {vmaf__vk_vif_provided, vmaf__vk_adm_provided,
                                                         vmaf__vk_motion_provided, vmaf__vk_fvif_provided,
                                                         vmaf__vk_fadm_provided, vmaf__vk_fmotion_provided};
    return t[kind];
}
/* the keys a state emits, in slot order (= provided, except float_adm) */
static const char *const *vmaf__vk_emitted(int kind)
{
    return kind == VMAF__VK_FADM ? vmaf__vk_fadm_emitted : vmaf__vk_provided(kind);
}
static void *vmaf__vk_opts(vmaf__vk_state *st)
{
    switch (st->kind) {
    case VMAF__VK_VIF: return &st->vif;
    case VMAF__VK_ADM: return &st->adm;
    case VMAF__VK_MOTION: return &st->mot;
    case VMAF__VK_FVIF: return &st->fvif;
    case VMAF__VK_FADM: return &st->fadm;
    default: return &st->fmot;
    }
}

static void vmaf__vk_state_free(vmaf__vk_state *st)
{
    VmafVkContext *c;
    VmafAllocator a;
    int i;
    if (!st) return;
    c = st->ctx;
    a = st->alloc;
    if (c) { /* every submission of the state was waited for: nothing of it is in flight */
        if (st->qpool) c->fn.DestroyQueryPool(c->device, st->qpool, NULL);
        if (st->fence) c->fn.DestroyFence(c->device, st->fence, NULL);
        if (st->cpool) c->fn.DestroyCommandPool(c->device, st->cpool, NULL);
        if (st->dpool) c->fn.DestroyDescriptorPool(c->device, st->dpool, NULL);
        for (i = 0; i < 2; i++) vmaf__vk_buf_free(c, &st->in[i]);
        for (i = 0; i < 3; i++) vmaf__vk_buf_free(c, &st->work[i]);
        vmaf__vk_buf_free(c, &st->res);
        vmaf__vk_buf_free(c, &st->readback);
        vmaf__vk_buf_free(c, &st->staging);
        vmaf__vk_buf_free(c, &st->table);
        vmaf__vk_buf_free(c, &st->dummy);
        vmaf__vk_ctx_release(c);
    }
    if (st->fb && st->fb_state) st->fb->destroy(st->fb_state);
    vmaf__free(&a, st->rows);
    vmaf__free(&a, st);
}

/* one-shot submission of the recorded st->cmd, waiting for it */
static int vmaf__vk_submit(vmaf__vk_state *st)
{
    VmafVkContext *c = st->ctx;
    VkSubmitInfo si;
    VkResult r = c->fn.EndCommandBuffer(st->cmd);
    if (r != VK_SUCCESS) return vmaf__vk_err(c, r, "vkEndCommandBuffer");
    r = c->fn.ResetFences(c->device, 1, &st->fence);
    if (r != VK_SUCCESS) return vmaf__vk_err(c, r, "vkResetFences");
    memset(&si, 0, sizeof si);
    si.sType = VK_STRUCTURE_TYPE_SUBMIT_INFO;
    si.commandBufferCount = 1;
    si.pCommandBuffers = &st->cmd;
    if (c->lock) c->lock(c->lock_user);
    r = c->fn.QueueSubmit(c->queue, 1, &si, st->fence);
    if (c->unlock) c->unlock(c->lock_user);
    if (r != VK_SUCCESS) return vmaf__vk_err(c, r, "vkQueueSubmit");
    r = c->fn.WaitForFences(c->device, 1, &st->fence, VK_TRUE, UINT64_MAX);
    if (r != VK_SUCCESS) return vmaf__vk_err(c, r, "vkWaitForFences");
    return VMAF_OK;
}

static int vmaf__vk_begin(vmaf__vk_state *st)
{
    VmafVkContext *c = st->ctx;
    VkCommandBufferBeginInfo bi;
    VkResult r = c->fn.ResetCommandBuffer(st->cmd, 0);
    if (r != VK_SUCCESS) return vmaf__vk_err(c, r, "vkResetCommandBuffer");
    memset(&bi, 0, sizeof bi);
    bi.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO;
    bi.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
    r = c->fn.BeginCommandBuffer(st->cmd, &bi);
    if (r != VK_SUCCESS) return vmaf__vk_err(c, r, "vkBeginCommandBuffer");
    return VMAF_OK;
}

static void vmaf__vk_barrier(vmaf__vk_state *st, VkPipelineStageFlags src, VkAccessFlags sa,
                             VkPipelineStageFlags dst, VkAccessFlags da)
{
    VkMemoryBarrier mb;
    memset(&mb, 0, sizeof mb);
    mb.sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER;
    mb.srcAccessMask = sa;
    mb.dstAccessMask = da;
    st->ctx->fn.CmdPipelineBarrier(st->cmd, src, dst, 0, 1, &mb, 0, NULL, 0, NULL);
}

#define VMAF__VK_SHADER_RW (VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT)

static void vmaf__vk_stamp(vmaf__vk_state *st, uint32_t q)
{
    if (st->qpool) st->ctx->fn.CmdWriteTimestamp(st->cmd, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, st->qpool, q);
}

/* Frame prologue: timestamps, zeroed results, staging copies (regions given), barrier. */
static void vmaf__vk_prologue(vmaf__vk_state *st, const VkBufferCopy *copies, const int *dst, int ncopies)
{
    VmafVkContext *c = st->ctx;
    int i;
    if (st->qpool) {
        c->fn.CmdResetQueryPool(st->cmd, st->qpool, 0, 3);
        vmaf__vk_stamp(st, 0);
    }
    c->fn.CmdFillBuffer(st->cmd, st->res.b, 0, VK_WHOLE_SIZE, 0);
    for (i = 0; i < ncopies; i++) c->fn.CmdCopyBuffer(st->cmd, st->staging.b, st->in[dst[i]].b, 1, &copies[i]);
    vmaf__vk_barrier(st, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT,
                     VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VMAF__VK_SHADER_RW);
    vmaf__vk_stamp(st, 1);
}

static void vmaf__vk_dispatch(vmaf__vk_state *st, int pipe, const void *pc, size_t pcsize,
                              uint32_t gx, uint32_t gy, uint32_t gz)
{
    VmafVkContext *c = st->ctx;
    c->fn.CmdBindPipeline(st->cmd, VK_PIPELINE_BIND_POINT_COMPUTE, c->pipe[pipe]);
    c->fn.CmdBindDescriptorSets(st->cmd, VK_PIPELINE_BIND_POINT_COMPUTE, c->layout, 0, 1, &st->set, 0, NULL);
    c->fn.CmdPushConstants(st->cmd, c->layout, VK_SHADER_STAGE_COMPUTE_BIT, 0, (uint32_t)pcsize, pc);
    c->fn.CmdDispatch(st->cmd, gx, gy, gz);
    vmaf__vk_barrier(st, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_ACCESS_SHADER_WRITE_BIT,
                     VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VMAF__VK_SHADER_RW);
}

/* Frame epilogue: copy the (device-local) result slots to the host-visible readback buffer,
   submit, wait, read timing. */
static int vmaf__vk_finish_run(vmaf__vk_state *st)
{
    VmafVkContext *c = st->ctx;
    VkBufferCopy cp;
    int err;
    vmaf__vk_stamp(st, 2);
    vmaf__vk_barrier(st, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
                     VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT, VK_PIPELINE_STAGE_TRANSFER_BIT,
                     VK_ACCESS_TRANSFER_READ_BIT);
    cp.srcOffset = 0;
    cp.dstOffset = 0;
    cp.size = st->res.size;
    c->fn.CmdCopyBuffer(st->cmd, st->res.b, st->readback.b, 1, &cp);
    vmaf__vk_barrier(st, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT, VK_PIPELINE_STAGE_HOST_BIT,
                     VK_ACCESS_HOST_READ_BIT);
    err = vmaf__vk_submit(st);
    if (err) return err;
    st->timing.valid = 0;
    if (st->qpool) {
        uint64_t ts[3];
        if (c->fn.GetQueryPoolResults(c->device, st->qpool, 0, 3, sizeof ts, ts, sizeof ts[0],
                                      VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WAIT_BIT) == VK_SUCCESS) {
            uint64_t mask = c->ts_bits >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << c->ts_bits) - 1);
            double p = (double)c->props.limits.timestampPeriod / 1e6;
            st->timing.valid = 1;
            st->timing.upload_ms = (double)((ts[1] - ts[0]) & mask) * p;
            st->timing.compute_ms = (double)((ts[2] - ts[1]) & mask) * p;
        }
    }
    return VMAF_OK;
}

/* ... then the 64-bit result slots (two little-endian words each) */
static int vmaf__vk_finish(vmaf__vk_state *st, int64_t *out, int nslots)
{
    int err = vmaf__vk_finish_run(st), i;
    if (err) return err;
    for (i = 0; i < nslots; i++) {
        const uint32_t *w = (const uint32_t *)st->readback.map + 2 * i;
        uint64_t u = ((uint64_t)w[1] << 32) | w[0];
        memcpy(&out[i], &u, sizeof u);
    }
    return VMAF_OK;
}

/* ... or the float row sums (into st->rows) */
static int vmaf__vk_finish_rows(vmaf__vk_state *st, size_t n)
{
    int err = vmaf__vk_finish_run(st);
    if (err) return err;
    memcpy(st->rows, st->readback.map, n * sizeof(float));
    return VMAF_OK;
}

/* Copies the luma of `f` as tight rows to dst. */
static void vmaf__vk_copy_plane(vmaf__vk_state *st, unsigned char *dst, const VmafPlane *p)
{
    size_t row = (size_t)st->w * st->bps;
    unsigned y;
    for (y = 0; y < st->h; y++) memcpy(dst + row * y, (const unsigned char *)p->data + (ptrdiff_t)y * p->stride, row);
}

static int vmaf__vk_frame_plane(vmaf__vk_state *st, const VmafFrame *f, VmafPlane *p)
{
    int err;
    if (!f) return vmaf__fail(st->log, st->log_user, VMAF_ERR_INVALID_ARGUMENT, "vulkan: NULL frame");
    *p = vmaf_frame_plane(f, 0);
    err = vmaf__check_plane(p, st->w, st->h, st->bpc);
    if (err) return vmaf__fail(st->log, st->log_user, err, "vulkan: frame does not match the state (%ux%u, %u bits)", st->w, st->h, st->bpc);
    return VMAF_OK;
}

/* Uploads ref (and dis) lumas: into the mapped inputs (direct) or into the staging buffer,
   returning the copy regions for the prologue. */
static int vmaf__vk_upload(vmaf__vk_state *st, const VmafPlane *planes, const VkDeviceSize *dst_off, int n,
                           VkBufferCopy *copies, int *dst, int *ncopies)
{
    int i;
    *ncopies = 0;
    for (i = 0; i < n; i++) {
        int target = st->kind == VMAF__VK_MOTION ? 0 : i;
        if (st->direct) {
            vmaf__vk_copy_plane(st, (unsigned char *)st->in[target].map + dst_off[i], &planes[i]);
        } else {
            VkDeviceSize so = (VkDeviceSize)i * st->plane_bytes;
            vmaf__vk_copy_plane(st, (unsigned char *)st->staging.map + so, &planes[i]);
            copies[*ncopies].srcOffset = so;
            copies[*ncopies].dstOffset = dst_off[i];
            copies[*ncopies].size = st->plane_bytes;
            dst[*ncopies] = target;
            (*ncopies)++;
        }
    }
    return VMAF_OK;
}

/* ---- push constant blocks (layouts of the shaders' `PC` blocks) ---- */
typedef struct vmaf__vk_pc_vif_stat {
    uint32_t w, h, scale, raw, bpc8, off, m_shift, m_add, sq_shift, sq_add, eps_lo, eps_hi, egl_lo, egl_hi, slot;
} vmaf__vk_pc_vif_stat;
typedef struct vmaf__vk_pc_vif_dec {
    uint32_t w_in, h_in, w_out, h_out, scale, raw, bpc8, src_off, dst_off, v_shift, v_add;
} vmaf__vk_pc_vif_dec;
typedef struct vmaf__vk_pc_dwt0 {
    uint32_t w, h, wb, hb, bpc, bpc8, off_a, off_h, off_v, off_d;
} vmaf__vk_pc_dwt0;
typedef struct vmaf__vk_pc_dwt {
    uint32_t w_in, h_in, wb, hb, off_in, off_a, off_h, off_v, off_d, v_add, v_shift, h_add, h_shift;
} vmaf__vk_pc_dwt;
typedef struct vmaf__vk_pc_dec {
    uint32_t wb, hb, off_h, off_v, off_d, plane, scale, egl_lo, egl_hi, cos2_bits;
} vmaf__vk_pc_dec;
typedef struct vmaf__vk_pc_mask {
    uint32_t wb, hb, top, left, right, scale, plane, off_h, off_v, off_d, rf0, rf1, rf2, shc_hv, shc_d, shr,
        den_shq, den_shc, den_sha, aim, slot;
} vmaf__vk_pc_mask;
typedef struct vmaf__vk_pc_motion {
    uint32_t w, h, bpc, bpc8, prev_off, cur_off, slot;
} vmaf__vk_pc_motion;
typedef struct vmaf__vk_pc_fvif_v {
    uint32_t w, h, raw, bpc8, inv_bits, off_ref, off_dis, fw, tap_off, mode, rows;
} vmaf__vk_pc_fvif_v;
typedef struct vmaf__vk_pc_fvif_h {
    uint32_t w, h, fw, tap_off, mode, w_out, dst_ref, dst_dis, egl_bits, nsq_lo, nsq_hi, smi_bits;
} vmaf__vk_pc_fvif_h;
typedef struct vmaf__vk_pc_rowsum {
    uint32_t src_off, plane, nplanes, row_stride, col0, ncols, row0, nrows, dst_off;
} vmaf__vk_pc_rowsum;
typedef struct vmaf__vk_pc_fdwt {
    uint32_t w_in, h_in, wb, hb, raw, bpc8, inv_bits, off_in, off_a, off_h, off_v, off_d, lo[4], hi[4];
} vmaf__vk_pc_fdwt;
typedef struct vmaf__vk_pc_fdec {
    uint32_t wb, hb, off_h, off_v, off_d, add_off, plane, egl_lo, egl_hi, cos2_bits, eps_bits, rcp;
} vmaf__vk_pc_fdec;
typedef struct vmaf__vk_pc_fmask {
    uint32_t wb, hb, top, left, bottom, right, off_h, off_v, off_d, add_off, term_off, plane, rf[3], c30_lo, c30_hi,
        c15_lo, c15_hi, bypass;
} vmaf__vk_pc_fmask;
typedef struct vmaf__vk_pc_fblur {
    uint32_t w, h, bpc8, inv_bits, mode, fw, taps[5], dst_off;
} vmaf__vk_pc_fblur;
typedef struct vmaf__vk_pc_fsad {
    uint32_t w, h, a_off, b_off;
} vmaf__vk_pc_fsad;

static uint32_t vmaf__vk_fbits(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}
/* 1 / 2^(bpc-8) as float bits (exact) */
static uint32_t vmaf__vk_inv_bits(unsigned bpc) { return vmaf__vk_fbits(1.0f / (float)(1u << (bpc - 8))); }

static void vmaf__vk_double_words(double d, uint32_t *lo, uint32_t *hi)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    *lo = (uint32_t)u;
    *hi = (uint32_t)(u >> 32);
}

static void vmaf__vk_emit(vmaf__vk_state *st, VmafEmitFn emit, void *user, unsigned index, int key, double v)
{
    if (emit) emit(user, index, st->keys[key], v);
}

/* ---- VIF ---- */
static int vmaf__vk_vif_push(vmaf__vk_state *st, const VmafPlane *pl, unsigned index, VmafEmitFn emit, void *user)
{
    static const double eps = 65536 * 1.0e-10; /* libvmaf's expression */
    VkBufferCopy copies[2];
    VkDeviceSize offs[2] = {0, 0};
    int dst[2], ncopies, err, s;
    int64_t acc[16];
    float num[4], den[4];
    uint32_t eps_lo, eps_hi, egl_lo, egl_hi;
    vmaf__vk_double_words(eps, &eps_lo, &eps_hi);
    vmaf__vk_double_words(st->vif.egl, &egl_lo, &egl_hi);
    vmaf__vk_upload(st, pl, offs, 2, copies, dst, &ncopies);
    err = vmaf__vk_begin(st);
    if (err) return err;
    vmaf__vk_prologue(st, copies, dst, ncopies);
    for (s = 0; s < 4; s++) {
        if (s > 0) {
            vmaf__vk_pc_vif_dec pc;
            pc.w_in = st->lw[s - 1];
            pc.h_in = st->lh[s - 1];
            pc.w_out = st->lw[s];
            pc.h_out = st->lh[s];
            pc.scale = (uint32_t)s;
            pc.raw = s == 1;
            pc.bpc8 = st->bpc == 8;
            pc.src_off = st->loff[s - 1];
            pc.dst_off = st->loff[s];
            pc.v_shift = s == 1 ? st->bpc : 16u;
            pc.v_add = s == 1 ? 1u << (st->bpc - 1) : 32768u;
            vmaf__vk_dispatch(st, VMAF__VK_P_VIF_DEC, &pc, sizeof pc, (st->lw[s] + 127) / 128, st->lh[s], 1);
        }
        if (s > 0 || !st->vif.skip_scale0) {
            vmaf__vk_pc_vif_stat pc;
            pc.w = st->lw[s];
            pc.h = st->lh[s];
            pc.scale = (uint32_t)s;
            pc.raw = s == 0;
            pc.bpc8 = st->bpc == 8;
            pc.off = st->loff[s];
            pc.m_shift = s == 0 ? st->bpc : 16u;
            pc.m_add = s == 0 ? 1u << (st->bpc - 1) : 32768u;
            pc.sq_shift = s == 0 ? 2u * (st->bpc - 8) : 16u;
            pc.sq_add = pc.sq_shift ? 1u << (pc.sq_shift - 1) : 0u;
            pc.eps_lo = eps_lo;
            pc.eps_hi = eps_hi;
            pc.egl_lo = egl_lo;
            pc.egl_hi = egl_hi;
            pc.slot = 4u * (uint32_t)s;
            vmaf__vk_dispatch(st, VMAF__VK_P_VIF_STAT, &pc, sizeof pc, (st->lw[s] + 255) / 256, st->lh[s], 1);
        }
    }
    err = vmaf__vk_finish(st, acc, 16);
    if (err) return err;
    for (s = 0; s < 4; s++) {
        const int64_t *a = acc + 4 * s;
        /* libvmaf vif_statistic_*: double arithmetic, stored as float */
        num[s] = (float)(a[0] / 2048.0 + (a[3] - (a[2] / 16384.0) / 65025.0));
        den[s] = (float)(a[1] / 2048.0 + a[3]);
    }
    /* write_scores */
    vmaf__vk_emit(st, emit, user, index, 0, st->vif.skip_scale0 ? 0.0f : num[0] / den[0]);
    for (s = 1; s < 4; s++) vmaf__vk_emit(st, emit, user, index, s, num[s] / den[s]);
    if (st->vif.debug) {
        double sn, sd;
        if (st->vif.skip_scale0) {
            sn = (double)num[1] + (double)num[2] + (double)num[3];
            sd = (double)den[1] + (double)den[2] + (double)den[3];
        } else {
            sn = (double)num[0] + (double)num[1] + (double)num[2] + (double)num[3];
            sd = (double)den[0] + (double)den[1] + (double)den[2] + (double)den[3];
        }
        vmaf__vk_emit(st, emit, user, index, 4, sd == 0.0 ? 1.0f : sn / sd);
        vmaf__vk_emit(st, emit, user, index, 5, sn);
        vmaf__vk_emit(st, emit, user, index, 6, sd);
        vmaf__vk_emit(st, emit, user, index, 7, st->vif.skip_scale0 ? 0.0f : num[0]);
        vmaf__vk_emit(st, emit, user, index, 8, st->vif.skip_scale0 ? -1.0f : den[0]);
        for (s = 1; s < 4; s++) {
            vmaf__vk_emit(st, emit, user, index, 7 + 2 * s, num[s]);
            vmaf__vk_emit(st, emit, user, index, 8 + 2 * s, den[s]);
        }
    }
    return VMAF_OK;
}

/* ---- ADM ---- */
static int vmaf__vk_adm_push(vmaf__vk_state *st, const VmafPlane *pl, unsigned index, VmafEmitFn emit, void *user)
{
    static const uint32_t vadd[4] = {0, 0, 32768, 32768}, vsh[4] = {0, 0, 16, 16};
    static const uint32_t hadd[4] = {0, 16384, 32768, 16384}, hsh[4] = {0, 15, 16, 15};
    static const uint32_t den_conv[4] = {0, 32, 27, 23}, num_conv[4] = {0, 45, 39, 36};
    const uint32_t P = st->band_plane;
    const vmaf__vk_adm_opts *o = &st->adm;
    VkBufferCopy copies[2];
    VkDeviceSize offs[2] = {0, 0};
    int dst[2], ncopies, err, s, t;
    int64_t acc[36];
    uint32_t egl_lo, egl_hi, cos2_bits;
    double num = 0, den = 0, aim_num = 0, scores[8], score, score_aim = 0.0, limit;
    vmaf__vk_double_words(o->egl, &egl_lo, &egl_hi);
    memcpy(&cos2_bits, &st->cos2, sizeof cos2_bits);
    vmaf__vk_upload(st, pl, offs, 2, copies, dst, &ncopies);
    err = vmaf__vk_begin(st);
    if (err) return err;
    vmaf__vk_prologue(st, copies, dst, ncopies);
    for (s = 0; s < 4; s++) {
        const vmaf__vk_adm_scale *sc = &st->as[s];
        if (s == 0) {
            vmaf__vk_pc_dwt0 pc;
            pc.w = st->w;
            pc.h = st->h;
            pc.wb = sc->wb;
            pc.hb = sc->hb;
            pc.bpc = st->bpc;
            pc.bpc8 = st->bpc == 8;
            pc.off_a = 0;
            pc.off_h = 2 * P;
            pc.off_v = 3 * P;
            pc.off_d = 4 * P;
            vmaf__vk_dispatch(st, VMAF__VK_P_ADM_DWT0, &pc, sizeof pc, (sc->wb + 15) / 16, (sc->hb + 15) / 16, 2);
        } else {
            vmaf__vk_pc_dwt pc;
            pc.w_in = st->as[s - 1].wb;
            pc.h_in = st->as[s - 1].hb;
            pc.wb = sc->wb;
            pc.hb = sc->hb;
            pc.off_in = (uint32_t)((s - 1) % 2) * P;
            pc.off_a = (uint32_t)(s % 2) * P;
            pc.off_h = 2 * P;
            pc.off_v = 3 * P;
            pc.off_d = 4 * P;
            pc.v_add = vadd[s];
            pc.v_shift = vsh[s];
            pc.h_add = hadd[s];
            pc.h_shift = hsh[s];
            vmaf__vk_dispatch(st, VMAF__VK_P_ADM_DWT, &pc, sizeof pc, (sc->wb + 15) / 16, (sc->hb + 15) / 16, 2);
        }
        if (s == 0 && o->skip_scale0) continue;
        {
            vmaf__vk_pc_dec pc;
            pc.wb = sc->wb;
            pc.hb = sc->hb;
            pc.off_h = 2 * P;
            pc.off_v = 3 * P;
            pc.off_d = 4 * P;
            pc.plane = P;
            pc.scale = (uint32_t)s;
            pc.egl_lo = egl_lo;
            pc.egl_hi = egl_hi;
            pc.cos2_bits = cos2_bits;
            vmaf__vk_dispatch(st, VMAF__VK_P_ADM_DEC, &pc, sizeof pc, (sc->wb + 15) / 16, (sc->hb + 15) / 16, 1);
        }
        {
            vmaf__vk_pc_mask pc;
            pc.wb = sc->wb;
            pc.hb = sc->hb;
            pc.top = (uint32_t)sc->top;
            pc.left = (uint32_t)sc->left;
            pc.right = (uint32_t)sc->right;
            pc.scale = (uint32_t)s;
            pc.plane = P;
            pc.off_h = 2 * P;
            pc.off_v = 3 * P;
            pc.off_d = 4 * P;
            pc.rf0 = sc->rf[0];
            pc.rf1 = sc->rf[1];
            pc.rf2 = sc->rf[2];
            pc.shc_hv = sc->shc_hv;
            pc.shc_d = sc->shc_d;
            pc.shr = sc->shr;
            pc.den_shq = sc->den_shq;
            pc.den_shc = sc->den_shc;
            pc.den_sha = sc->den_sha;
            pc.aim = !o->skip_aim;
            pc.slot = 9u * (uint32_t)s;
            vmaf__vk_dispatch(st, VMAF__VK_P_ADM_MASK, &pc, sizeof pc, 1, (uint32_t)(sc->bottom - sc->top), 1);
        }
    }
    err = vmaf__vk_finish(st, acc, 36);
    if (err) return err;

    /* host part of libvmaf integer_compute_adm / adm_cm / i4_adm_cm / adm_csf_den_* */
    for (s = 0; s < 4; s++) {
        const vmaf__vk_adm_scale *sc = &st->as[s];
        const int64_t *a = acc + 9 * s;
        float num_s = 0.0f, den_s = 0.0f, aim_s = 0.0f;
        if (s == 0 && o->skip_scale0) {
            den_s = (float)1e-10;
        } else {
            const int area = (sc->bottom - sc->top) * (sc->right - sc->left);
            const float add_nw = powf((float)(area * o->noise_weight), 1.0f / 3.0f);
            const float add_0 = powf((float)(area * 0.0), 1.0f / 3.0f);
            float fn[3], fa[3], dt[3];
            if (s == 0) {
                const double dhv = vmaf__vk_pow2u(52u - sc->shc_hv - sc->shr);
                const double dd = vmaf__vk_pow2u(57u - sc->shc_d - sc->shr);
                const double shift_csf = pow(2, (18 - (int32_t)sc->den_sha));
                for (t = 0; t < 3; t++) {
                    fn[t] = (float)((double)a[t] / (t == 2 ? dd : dhv));
                    fa[t] = (float)((double)a[3 + t] / (t == 2 ? dd : dhv));
                }
                for (t = 0; t < 3; t++) {
                    double csf = (double)((double)(uint64_t)a[6 + t] / shift_csf) * pow((double)sc->rff[t], 3);
                    dt[t] = powf((float)csf, 1.0f / 3.0f) + add_nw;
                }
            } else {
                const float fs = (float)vmaf__vk_pow2u(num_conv[s] - sc->shc_hv - sc->shr);
                const double shift_csf = vmaf__vk_pow2u(den_conv[s] - sc->den_sha - sc->den_shc);
                for (t = 0; t < 3; t++) {
                    fn[t] = (float)a[t] / fs;
                    fa[t] = (float)a[3 + t] / fs;
                }
                for (t = 0; t < 3; t++) {
                    double csf = (double)((double)(uint64_t)a[6 + t] / shift_csf) * pow((double)sc->rff[t], 3);
                    dt[t] = powf((float)csf, 1.0f / 3.0f) + add_nw;
                }
            }
            {
                float n0 = powf(fn[0], 1.0f / 3.0f) + add_nw, n1 = powf(fn[1], 1.0f / 3.0f) + add_nw;
                float n2 = powf(fn[2], 1.0f / 3.0f) + add_nw;
                num_s = n0 + n1 + n2;
                den_s = dt[0] + dt[1] + dt[2];
                if (!o->skip_aim) {
                    float a0 = powf(fa[0], 1.0f / 3.0f) + add_0, a1 = powf(fa[1], 1.0f / 3.0f) + add_0;
                    float a2 = powf(fa[2], 1.0f / 3.0f) + add_0;
                    aim_s = a0 + a1 + a2;
                }
            }
        }
        num += num_s;
        den += den_s;
        aim_num += aim_s;
        scores[2 * s] = num_s;
        scores[2 * s + 1] = den_s;
    }
    limit = 1e-10 * (int)(st->w * st->h) / (1920.0 * 1080.0);
    num = num < limit ? 0 : num;
    den = den < limit ? 0 : den;
    if (den == 0.0) {
        score = 1.0f;
    } else {
        score_aim = aim_num / den;
        score = num / den;
    }
    {
        double adm3 = score * o->dlm_weight + (1 - score_aim) * (1 - o->dlm_weight);
        if (!(adm3 > o->min_val)) adm3 = o->min_val;
        vmaf__vk_emit(st, emit, user, index, 0, score);
        vmaf__vk_emit(st, emit, user, index, 1, score_aim);
        vmaf__vk_emit(st, emit, user, index, 2, adm3);
    }
    for (s = 0; s < 4; s++) vmaf__vk_emit(st, emit, user, index, 3 + s, scores[2 * s] / scores[2 * s + 1]);
    if (o->debug) {
        vmaf__vk_emit(st, emit, user, index, 7, score);
        vmaf__vk_emit(st, emit, user, index, 8, num);
        vmaf__vk_emit(st, emit, user, index, 9, den);
        for (s = 0; s < 8; s++) vmaf__vk_emit(st, emit, user, index, 10 + s, scores[s]);
    }
    return VMAF_OK;
}

/* Row sums, one invocation per (plane, row), into result floats [dst, dst + nplanes * nrows). */
static void vmaf__vk_rowsum(vmaf__vk_state *st, uint32_t src_off, uint32_t plane, uint32_t nplanes, uint32_t row_stride,
                            uint32_t col0, uint32_t ncols, uint32_t row0, uint32_t nrows, uint32_t dst)
{
    vmaf__vk_pc_rowsum pc;
    pc.src_off = src_off;
    pc.plane = plane;
    pc.nplanes = nplanes;
    pc.row_stride = row_stride;
    pc.col0 = col0;
    pc.ncols = ncols;
    pc.row0 = row0;
    pc.nrows = nrows;
    pc.dst_off = dst;
    vmaf__vk_dispatch(st, VMAF__VK_P_ROWSUM, &pc, sizeof pc, (nplanes * nrows + 63) / 64, 1, 1);
}

/* The reference's frame sum: a float accumulator adding the row sums in row order. */
static float vmaf__vk_sum_rows(const float *rows, unsigned n)
{
    float a = 0.0f;
    unsigned i;
    for (i = 0; i < n; i++) a += rows[i];
    return a;
}

/* ---- float VIF (libvmaf float_vif.c, vif.c compute_vif, vif_tools.c; SPEC 3) ---- */
static int vmaf__vk_fvif_push(vmaf__vk_state *st, const VmafPlane *pl, unsigned index, VmafEmitFn emit, void *user)
{
    const vmaf__vk_fvif_opts *o = &st->fvif;
    const unsigned s0 = o->skip_scale0 ? 1u : 0u;
    VkBufferCopy copies[2];
    VkDeviceSize offs[2] = {0, 0};
    int dst[2], ncopies, err;
    unsigned s;
    uint32_t nsq_lo, nsq_hi;
    float num[4] = {0, 0, 0, 0}, den[4] = {0, 0, 0, 0};
    double scale[4], numd[4], dend[4], minv[4], nt = 0.0, dt = 0.0;
    vmaf__vk_double_words(o->snsq, &nsq_lo, &nsq_hi);
    vmaf__vk_upload(st, pl, offs, 2, copies, dst, &ncopies);
    err = vmaf__vk_begin(st);
    if (err) return err;
    vmaf__vk_prologue(st, copies, dst, ncopies);
    for (s = 0; s < 4; s++) {
        vmaf__vk_pc_fvif_v v;
        vmaf__vk_pc_fvif_h h;
        if (s > 0) { /* blur level s-1 with filter s, keep every second row and column */
            v.w = st->lw[s - 1];
            v.h = st->lh[s - 1];
            v.raw = s == 1;
            v.bpc8 = st->bpc == 8;
            v.inv_bits = vmaf__vk_inv_bits(st->bpc);
            v.off_ref = st->lref[s - 1];
            v.off_dis = st->ldis[s - 1];
            v.fw = st->fw[s];
            v.tap_off = st->toff[s];
            v.mode = 1;
            v.rows = st->lh[s];
            vmaf__vk_dispatch(st, VMAF__VK_P_FVIF_V, &v, sizeof v, (v.w + 63) / 64, (v.rows + 3) / 4, 1);
            memset(&h, 0, sizeof h);
            h.w = st->lw[s - 1];
            h.h = st->lh[s];
            h.fw = st->fw[s];
            h.tap_off = st->toff[s];
            h.mode = 1;
            h.w_out = st->lw[s];
            h.dst_ref = st->lref[s];
            h.dst_dis = st->ldis[s];
            vmaf__vk_dispatch(st, VMAF__VK_P_FVIF_H, &h, sizeof h, (h.w_out + 63) / 64, (h.h + 3) / 4, 1);
        }
        if (s < s0) continue;
        v.w = st->lw[s];
        v.h = st->lh[s];
        v.raw = s == 0;
        v.bpc8 = st->bpc == 8;
        v.inv_bits = vmaf__vk_inv_bits(st->bpc);
        v.off_ref = st->lref[s];
        v.off_dis = st->ldis[s];
        v.fw = st->fw[s];
        v.tap_off = st->toff[s];
        v.mode = 0;
        v.rows = st->lh[s];
        vmaf__vk_dispatch(st, VMAF__VK_P_FVIF_V, &v, sizeof v, (v.w + 63) / 64, (v.rows + 3) / 4, 1);
        h.w = st->lw[s];
        h.h = st->lh[s];
        h.fw = st->fw[s];
        h.tap_off = st->toff[s];
        h.mode = 0;
        h.w_out = 0;
        h.dst_ref = h.dst_dis = 0;
        h.egl_bits = vmaf__vk_fbits(st->egl_f);
        h.nsq_lo = nsq_lo;
        h.nsq_hi = nsq_hi;
        h.smi_bits = vmaf__vk_fbits(st->smi);
        vmaf__vk_dispatch(st, VMAF__VK_P_FVIF_H, &h, sizeof h, (h.w + 63) / 64, (h.h + 3) / 4, 1);
        vmaf__vk_rowsum(st, 0, st->lw[s] * st->lh[s], 2, st->lw[s], 0, st->lw[s], 0, st->lh[s], st->roff[s]);
    }
    err = vmaf__vk_finish_rows(st, st->roff[3] + 2 * (size_t)st->lh[3]);
    if (err) return err;
    for (s = s0; s < 4; s++) {
        num[s] = vmaf__vk_sum_rows(st->rows + st->roff[s], st->lh[s]);
        den[s] = vmaf__vk_sum_rows(st->rows + st->roff[s] + st->lh[s], st->lh[s]);
    }
    /* vmaf_vif_compute / libvmaf float_vif.c write_scores */
    minv[0] = 0.0;
    minv[1] = o->s1miv;
    minv[2] = o->s2miv;
    minv[3] = o->s3miv;
    for (s = 0; s < 4; s++) {
        double q = (double)num[s] / (double)den[s];
        scale[s] = s == 0 ? q : (q > minv[s] ? q : minv[s]);
        numd[s] = (double)num[s];
        dend[s] = (double)den[s];
    }
    if (s0) {
        scale[0] = 0.0;
        numd[0] = 0.0;
        dend[0] = -1.0;
    }
    for (s = s0; s < 4; s++) {
        nt += (double)num[s];
        dt += (double)den[s];
    }
    for (s = 0; s < 4; s++) vmaf__vk_emit(st, emit, user, index, (int)s, scale[s]);
    if (o->debug) {
        vmaf__vk_emit(st, emit, user, index, 4, dt == 0.0 ? 1.0 : nt / dt);
        vmaf__vk_emit(st, emit, user, index, 5, nt);
        vmaf__vk_emit(st, emit, user, index, 6, dt);
        for (s = 0; s < 4; s++) {
            vmaf__vk_emit(st, emit, user, index, 7 + 2 * (int)s, numd[s]);
            vmaf__vk_emit(st, emit, user, index, 8 + 2 * (int)s, dend[s]);
        }
    }
    return VMAF_OK;
}

/* ---- float ADM (libvmaf float_adm.c, adm.c compute_adm, adm_tools.c; SPEC 4.10) ---- */
#define VMAF__VK_ADM_C30 0.0333333351 /* libvmaf's double literals (SPEC 4.10) */
#define VMAF__VK_ADM_C15 0.0666666701

static int vmaf__vk_fadm_push(vmaf__vk_state *st, const VmafPlane *pl, unsigned index, VmafEmitFn emit, void *user)
{
    static const double lo[4] = {0.482962913144690, 0.836516303737469, 0.224143868041857, -0.129409522550921};
    static const double hi[4] = {-0.129409522550921, -0.224143868041857, 0.836516303737469, -0.482962913144690};
    const vmaf__vk_fadm_opts *o = &st->fadm;
    const uint32_t P = st->band_plane, add_off = VMAF__VK_RCP_N, term_off = VMAF__VK_RCP_N + 3 * P;
    const float ip = (float)(1.0f / o->p_norm);
    VkBufferCopy copies[2];
    VkDeviceSize offs[2] = {0, 0};
    int dst[2], ncopies, err, s, q;
    uint32_t egl_lo, egl_hi, c30_lo, c30_hi, c15_lo, c15_hi;
    float nums[4], dens[4], aims[4];
    double num = 0, den = 0, aim_num = 0, aim_den = 0, adm2, aim = 0.0, adm3, limit;
    vmaf__vk_double_words(o->egl, &egl_lo, &egl_hi);
    vmaf__vk_double_words(VMAF__VK_ADM_C30, &c30_lo, &c30_hi);
    vmaf__vk_double_words(VMAF__VK_ADM_C15, &c15_lo, &c15_hi);
    vmaf__vk_upload(st, pl, offs, 2, copies, dst, &ncopies);
    err = vmaf__vk_begin(st);
    if (err) return err;
    vmaf__vk_prologue(st, copies, dst, ncopies);
    for (s = 0; s < 4; s++) {
        const vmaf__vk_adm_scale *sc = &st->as[s];
        vmaf__vk_pc_fdwt d;
        vmaf__vk_pc_fdec c;
        vmaf__vk_pc_fmask m;
        d.w_in = s ? st->as[s - 1].wb : st->w;
        d.h_in = s ? st->as[s - 1].hb : st->h;
        d.wb = sc->wb;
        d.hb = sc->hb;
        d.raw = s == 0;
        d.bpc8 = st->bpc == 8;
        d.inv_bits = vmaf__vk_inv_bits(st->bpc);
        d.off_in = (uint32_t)((s + 1) % 2) * P;
        d.off_a = (uint32_t)(s % 2) * P;
        d.off_h = 2 * P;
        d.off_v = 3 * P;
        d.off_d = 4 * P;
        for (q = 0; q < 4; q++) {
            d.lo[q] = vmaf__vk_fbits((float)lo[q]);
            d.hi[q] = vmaf__vk_fbits((float)hi[q]);
        }
        vmaf__vk_dispatch(st, VMAF__VK_P_FADM_DWT, &d, sizeof d, (sc->wb + 15) / 16, (sc->hb + 15) / 16, 2);
        if (s == 0 && o->skip_scale0) continue;
        c.wb = sc->wb;
        c.hb = sc->hb;
        c.off_h = 2 * P;
        c.off_v = 3 * P;
        c.off_d = 4 * P;
        c.add_off = add_off;
        c.plane = P;
        c.egl_lo = egl_lo;
        c.egl_hi = egl_hi;
        c.cos2_bits = vmaf__vk_fbits(st->cos2);
        c.eps_bits = vmaf__vk_fbits((float)1e-30);
        c.rcp = (uint32_t)st->rcp;
        vmaf__vk_dispatch(st, VMAF__VK_P_FADM_DEC, &c, sizeof c, (sc->wb + 15) / 16, (sc->hb + 15) / 16, 1);
        m.wb = sc->wb;
        m.hb = sc->hb;
        m.top = (uint32_t)sc->top;
        m.left = (uint32_t)sc->left;
        m.bottom = (uint32_t)sc->bottom;
        m.right = (uint32_t)sc->right;
        m.off_h = 2 * P;
        m.off_v = 3 * P;
        m.off_d = 4 * P;
        m.add_off = add_off;
        m.term_off = term_off;
        m.plane = P;
        for (q = 0; q < 3; q++) m.rf[q] = vmaf__vk_fbits(st->frf[s][q]);
        m.c30_lo = c30_lo;
        m.c30_hi = c30_hi;
        m.c15_lo = c15_lo;
        m.c15_hi = c15_hi;
        m.bypass = (uint32_t)o->bypass_cm;
        vmaf__vk_dispatch(st, VMAF__VK_P_FADM_MASK, &m, sizeof m, (uint32_t)(sc->right - sc->left + 15) / 16,
                          (uint32_t)(sc->bottom - sc->top + 15) / 16, 1);
        vmaf__vk_rowsum(st, term_off, P, 9, sc->wb, (uint32_t)sc->left, (uint32_t)(sc->right - sc->left),
                        (uint32_t)sc->top, (uint32_t)(sc->bottom - sc->top), st->roff[s]);
    }
    err = vmaf__vk_finish_rows(st, st->roff[3] + 9 * (size_t)(st->as[3].bottom - st->as[3].top));
    if (err) return err;
    /* host part of adm_cm_s / adm_csf_den_scale_s and compute_adm */
    for (s = 0; s < 4; s++) {
        const vmaf__vk_adm_scale *sc = &st->as[s];
        const unsigned nr = (unsigned)(sc->bottom - sc->top);
        const int area = (sc->right - sc->left) * (sc->bottom - sc->top);
        float acc[9], add_n, add_0;
        if (s == 0 && o->skip_scale0) {
            nums[s] = 0.0f;
            dens[s] = (float)1e-10;
            aims[s] = 0.0f;
        } else {
            for (q = 0; q < 9; q++) acc[q] = vmaf__vk_sum_rows(st->rows + st->roff[s] + (size_t)q * nr, nr);
            add_n = powf((float)(area * o->noise_weight), ip);
            add_0 = powf((float)(area * 0.0), ip);
            nums[s] = ((powf(acc[0], ip) + add_n) + (powf(acc[1], ip) + add_n)) + (powf(acc[2], ip) + add_n);
            aims[s] = ((powf(acc[3], ip) + add_0) + (powf(acc[4], ip) + add_0)) + (powf(acc[5], ip) + add_0);
            dens[s] = ((powf(acc[6], ip) + add_n) + (powf(acc[7], ip) + add_n)) + (powf(acc[8], ip) + add_n);
        }
        num += nums[s];
        den += dens[s];
        if (o->skip_aim_scale != s) {
            aim_den += dens[s];
            aim_num += aims[s];
        }
    }
    limit = 1e-10 * (double)(int)(st->w * st->h) / (1920.0 * 1080.0);
    num = num < limit ? 0 : num;
    den = den < limit ? 0 : den;
    if (den == 0.0) {
        adm2 = 1.0; /* aim stays 0 (libvmaf leaves it unset) */
    } else {
        adm2 = num / den;
        aim = aim_num / aim_den;
        aim = aim < 1.0 ? aim : 1.0;
    }
    if (o->apply_hm) adm3 = 2 * adm2 * aim / (adm2 + aim);
    else adm3 = adm2 * o->dlm_weight + (1 - aim) * (1 - o->dlm_weight);
    adm3 = adm3 > o->min_val ? adm3 : o->min_val;
    vmaf__vk_emit(st, emit, user, index, 0, adm2);
    vmaf__vk_emit(st, emit, user, index, 1, aim);
    vmaf__vk_emit(st, emit, user, index, 2, adm3);
    for (s = 0; s < 4; s++) vmaf__vk_emit(st, emit, user, index, 3 + s, (double)nums[s] / (double)dens[s]);
    if (o->debug) {
        vmaf__vk_emit(st, emit, user, index, 7, adm2);
        vmaf__vk_emit(st, emit, user, index, 8, num);
        vmaf__vk_emit(st, emit, user, index, 9, den);
        for (s = 0; s < 4; s++) {
            vmaf__vk_emit(st, emit, user, index, 10 + 2 * s, nums[s]);
            vmaf__vk_emit(st, emit, user, index, 11 + 2 * s, dens[s]);
        }
    }
    return VMAF_OK;
}

/* ---- motion (integer: libvmaf 3.2.0 integer_motion.c; float: float_motion.c, motion.c) ----
   Emission follows the CPU extractors of vmaf_motion.h value for value and in the same order:
   motion2 / motion3 of frame i-1 when frame i arrives, the last frame's at flush. */
static double vmaf__vk_blend(double v, double f, double off) { return v * f + (1 - f) * (off < v ? off : v); }
static double vmaf__vk_min(double a, double b) { return a < b ? a : b; }

enum { VMAF__VK_MK_SAD, VMAF__VK_MK_MOTION, VMAF__VK_MK_M2, VMAF__VK_MK_M3 };
/* value `what` (0 motion, 2 motion2, 3 motion3) of frame j */
static void vmaf__vk_mput(vmaf__vk_state *st, VmafEmitFn emit, void *user, unsigned j, int what, double v)
{
    if (st->kind == VMAF__VK_MOTION) {
        if (what == 0) {
            vmaf__vk_emit(st, emit, user, j, VMAF__VK_MK_SAD, v);
            if (st->mot.debug) vmaf__vk_emit(st, emit, user, j, VMAF__VK_MK_MOTION, v);
        } else {
            vmaf__vk_emit(st, emit, user, j, what, v);
        }
    } else { /* float keys: motion, motion2, motion3 */
        if (what == 0) {
            if (st->fmot.debug) vmaf__vk_emit(st, emit, user, j, 0, v);
        } else {
            vmaf__vk_emit(st, emit, user, j, what - 1, v);
        }
    }
}

/* integer motion2 / motion3 of frame j >= min_idx; has_next: the sad of j + 1 exists */
static void vmaf__vk_motion_final(vmaf__vk_state *st, VmafEmitFn emit, void *user, unsigned j, int has_next)
{
    const vmaf__vk_motion_opts *o = &st->mot;
    const unsigned m = o->five_frame ? 2u : 1u;
    double m2, p, m3;
    if (!has_next) {
        m2 = st->sad[j % 3];
    } else {
        const double hi = st->sad[(j + 1) % 3];
        const unsigned lo_idx = j - (m - 1);
        m2 = lo_idx >= m ? vmaf__vk_min(st->sad[lo_idx % 3], hi) : hi;
    }
    vmaf__vk_mput(st, emit, user, j, 2, m2);
    p = vmaf__vk_min(vmaf__vk_blend(m2, o->blend_factor, o->blend_offset), o->max_val);
    m3 = o->moving_average ? (p + st->prev_m3) / 2.0 : p;
    st->prev_m3 = p;
    vmaf__vk_mput(st, emit, user, j, 3, m3);
}

static int vmaf__vk_motion_push(vmaf__vk_state *st, const VmafPlane *ref, unsigned index, VmafEmitFn emit, void *user)
{
    const vmaf__vk_motion_opts *o = &st->mot;
    const unsigned m = o->five_frame ? 2u : 1u, i = st->pushes;
    double score = 0.0;
    unsigned j;
    int err;
    if (!o->force_zero) {
        const VkDeviceSize slot_bytes = st->plane_bytes;
        VkDeviceSize off = (VkDeviceSize)(i % 3u) * slot_bytes;
        VkBufferCopy copies[1];
        int dst[1], ncopies;
        int64_t sad = 0;
        const int compute = i >= m;
        vmaf__vk_upload(st, ref, &off, 1, copies, dst, &ncopies);
        if (compute || ncopies) {
            err = vmaf__vk_begin(st);
            if (err) return err;
            vmaf__vk_prologue(st, copies, dst, ncopies);
            if (compute) {
                vmaf__vk_pc_motion pc;
                pc.w = st->w;
                pc.h = st->h;
                pc.bpc = st->bpc;
                pc.bpc8 = st->bpc == 8;
                pc.prev_off = (uint32_t)(((i - m) % 3u) * slot_bytes / 4);
                pc.cur_off = (uint32_t)(off / 4);
                pc.slot = 0;
                vmaf__vk_dispatch(st, VMAF__VK_P_MOTION, &pc, sizeof pc, (st->w + 255) / 256, st->h, 1);
            }
            err = vmaf__vk_finish(st, &sad, 1);
            if (err) return err;
        }
        if (compute) {
            double v = (double)(uint64_t)sad / 256. / (double)(st->w * st->h) * o->fps_weight;
            score = vmaf__vk_min(v, o->max_val);
        }
    }
    st->pushes++;
    st->sad[i % 3] = score;
    vmaf__vk_mput(st, emit, user, index, 0, score);
    if (i == m) {
        const double stamp = vmaf__vk_min(vmaf__vk_blend(score, o->blend_factor, o->blend_offset), o->max_val);
        for (j = 0; j < m; j++) {
            vmaf__vk_mput(st, emit, user, j, 2, 0.0);
            vmaf__vk_mput(st, emit, user, j, 3, stamp);
        }
        st->prev_m3 = stamp;
    } else if (i > m) {
        vmaf__vk_motion_final(st, emit, user, i - 1, 1);
    }
    return VMAF_OK;
}

static int vmaf__vk_fmotion_push(vmaf__vk_state *st, const VmafPlane *ref, unsigned index, VmafEmitFn emit, void *user)
{
    const vmaf__vk_fmotion_opts *o = &st->fmot;
    const unsigned i = st->pushes;
    const uint32_t plane = st->w * st->h, cur = (i & 1u) * plane, prv = ((i & 1u) ^ 1u) * plane;
    const double fps = o->fps_weight, mx = o->max_val;
    VkBufferCopy copies[1];
    VkDeviceSize off = 0;
    vmaf__vk_pc_fblur b;
    int dst[1], ncopies, err, k;
    double score;
    st->pushes++;
    if (o->force_zero) {
        vmaf__vk_mput(st, emit, user, index, 2, 0.0);
        vmaf__vk_mput(st, emit, user, index, 3, 0.0);
        vmaf__vk_mput(st, emit, user, index, 0, 0.0);
        return VMAF_OK;
    }
    vmaf__vk_upload(st, ref, &off, 1, copies, dst, &ncopies);
    err = vmaf__vk_begin(st);
    if (err) return err;
    vmaf__vk_prologue(st, copies, dst, ncopies);
    b.w = st->w;
    b.h = st->h;
    b.bpc8 = st->bpc == 8;
    b.inv_bits = vmaf__vk_inv_bits(st->bpc);
    b.fw = st->ftw;
    for (k = 0; k < 5; k++) b.taps[k] = vmaf__vk_fbits(st->ftaps[k]);
    b.dst_off = cur;
    b.mode = 0;
    vmaf__vk_dispatch(st, VMAF__VK_P_FMOT_BLUR, &b, sizeof b, (st->w + 63) / 64, (st->h + 3) / 4, 1);
    b.mode = 1;
    vmaf__vk_dispatch(st, VMAF__VK_P_FMOT_BLUR, &b, sizeof b, (st->w + 63) / 64, (st->h + 3) / 4, 1);
    if (i > 0) {
        vmaf__vk_pc_fsad d;
        d.w = st->w;
        d.h = st->h;
        d.a_off = prv;
        d.b_off = cur;
        vmaf__vk_dispatch(st, VMAF__VK_P_FMOT_SAD, &d, sizeof d, (st->h + 63) / 64, 1, 1);
    }
    err = vmaf__vk_finish_rows(st, i > 0 ? st->h : 0);
    if (err) return err;
    if (i == 0) {
        vmaf__vk_mput(st, emit, user, index, 2, 0.0);
        vmaf__vk_mput(st, emit, user, index, 0, 0.0);
        return VMAF_OK;
    }
    /* vmaf_image_sad_c: float frame sum of the row sums, float division by w * h */
    score = (double)(vmaf__vk_sum_rows(st->rows, st->h) / (float)(st->w * st->h));
    vmaf__vk_mput(st, emit, user, index, 0, vmaf__vk_min(score * fps, mx));
    if (i == 1) {
        vmaf__vk_mput(st, emit, user, 0, 3, vmaf__vk_min(vmaf__vk_blend(score * fps, o->blend_factor, o->blend_offset), mx));
    } else {
        const double s2 = st->fscore < score ? st->fscore : score;
        vmaf__vk_mput(st, emit, user, index - 1, 2, vmaf__vk_min(s2 * fps, mx));
        vmaf__vk_mput(st, emit, user, index - 1, 3, vmaf__vk_min(vmaf__vk_blend(s2 * fps, o->blend_factor, o->blend_offset), mx));
    }
    st->fscore = score;
    return VMAF_OK;
}

static int vmaf__vk_motion_flush(void *state, VmafEmitFn emit, void *user)
{
    vmaf__vk_state *st = (vmaf__vk_state *)state;
    unsigned n, j;
    if (!st) return VMAF_ERR_INVALID_ARGUMENT;
    if (st->fb) return st->fb->flush ? st->fb->flush(st->fb_state, emit, user) : VMAF_OK;
    if (st->kind != VMAF__VK_MOTION && st->kind != VMAF__VK_FMOTION) return VMAF_ERR_INVALID_ARGUMENT;
    if (st->flushed) return VMAF_OK;
    st->flushed = 1;
    n = st->pushes;
    if (!n) return VMAF_OK;
    if (st->kind == VMAF__VK_FMOTION) {
        const vmaf__vk_fmotion_opts *o = &st->fmot;
        if (o->force_zero) return VMAF_OK;
        if (n == 1) {
            vmaf__vk_mput(st, emit, user, 0, 3, 0.0);
            return VMAF_OK;
        }
        vmaf__vk_mput(st, emit, user, n - 1, 2, vmaf__vk_min(st->fscore * o->fps_weight, o->max_val));
        vmaf__vk_mput(st, emit, user, n - 1, 3,
                      vmaf__vk_min(vmaf__vk_blend(st->fscore * o->fps_weight, o->blend_factor, o->blend_offset), o->max_val));
        return VMAF_OK;
    }
    if (n <= (st->mot.five_frame ? 2u : 1u)) { /* no scored frame: everything is 0 */
        for (j = 0; j < n; j++) {
            vmaf__vk_mput(st, emit, user, j, 2, 0.0);
            vmaf__vk_mput(st, emit, user, j, 3, 0.0);
        }
    } else {
        vmaf__vk_motion_final(st, emit, user, n - 1, 0);
    }
    return VMAF_OK;
}

/* ---- float constants and host-side factors ---- */

/* float VIF filter width at `scale` for kernel scale ks (vif_tools.c vif_get_filter_size) */
static unsigned vmaf__vk_fvif_width(int scale, float ks)
{
    int n = (1 << (4 - scale)) + 1;
    float f = (float)n * ks;
    int c = (int)ceil((double)f);
    if (c % 2 == 0) c++;
    return c < 3 ? 3u : (unsigned)c;
}
/* taps of the float Gaussian of odd width w (3..65), as vmaf_vif.h ships them */
static const float *vmaf__vk_fvif_gauss(unsigned w)
{
    unsigned m = (w - 3) / 2;
    return vmaf__vk_fvif_taps + m * (m + 2);
}
/* libvmaf accepts a kernel scale within 1e-3 (as float) of one of 21 values */
static int vmaf__vk_fvif_ks_valid(double ks)
{
    float k = (float)ks;
    int i;
    for (i = 0; i < 21; i++)
        if ((double)fabsf(k - vmaf__vk_fvif_kernelscales[i]) < 1e-3) return 1;
    return 0;
}

/* rcpss of x86 (libvmaf adm_tools.c DIVS on SSE2 builds): its result depends on the top 11
   (Intel) or 12 (AMD Zen) mantissa bits only, scaled by the exponent; the table holds
   rcpss(1 + m / 4096). Built from the host's own instruction, so the GPU reproduces exactly
   what vmaf_adm.h computes on this machine (Intel and AMD tables differ). */
#if !defined(VMAF_ADM_FLOAT_TRUE_DIVISION) && \
    (defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2))
#include <xmmintrin.h>
#define VMAF__VK_RCPSS 1
static void vmaf__vk_rcp_table(uint32_t *t)
{
    uint32_t i;
    for (i = 0; i < VMAF__VK_RCP_N; i++) {
        uint32_t u = 0x3F800000u | (i << 11);
        float d, y;
        memcpy(&d, &u, sizeof d);
        y = _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(d)));
        memcpy(&t[i], &y, sizeof y);
    }
}
#else
static void vmaf__vk_rcp_table(uint32_t *t) { memset(t, 0, VMAF__VK_RCP_N * sizeof *t); }
#endif

/* Barten CSF (barten_csf_tools.h) with libvmaf's float/double steps, float_adm mode 1 */
static float vmaf__vk_barten(int lambda, double nvd, int rdh, double lum, double scale)
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
    float r = (float)(nvd * rdh * 3.14159265358979323846 / 180.0);
    float sf = (float)((double)r / pow(2.0, lambda + 1));
    double cl = lum > (double)anchors[5] ? (double)anchors[5] : (lum < (double)anchors[0] ? (double)anchors[0] : lum);
    int li = 0, ri = 0, i;
    float lp, rp, sp, p[4], a, b, csf, mtf = 0.0f, lumf, rod;
    for (i = 0; i < 5; i++)
        if (cl >= (double)anchors[i] && cl <= (double)anchors[i + 1]) {
            li = i;
            ri = i + 1;
            break;
        }
    lp = (float)log10((double)anchors[li]);
    rp = (float)log10((double)anchors[ri]);
    sp = (float)log10(cl);
    for (i = 0; i < 4; i++) p[i] = par[li][i + 1] + ((par[ri][i + 1] - par[li][i + 1]) / (rp - lp)) * (sp - lp);
    a = (float)(1.0f + pow((double)(p[0] * sf), (double)p[1]));
    b = (float)(1.0f / pow(1 - exp(-pow((double)(sf / 7), 2)), (double)p[2]));
    csf = (float)((double)p[3] / pow((double)(a * b), 0.5));
    for (i = 0; i < 4; i++) mtf = (float)((double)mtf + (double)ma[i] * exp((double)(-mb[i] * sf)));
    lumf = (float)lum;
    rod = (float)((double)sa[0] * pow(pow((double)(sa[1] / lumf), (double)sa[2]) + 1, (double)(-sa[3])));
    return (float)((double)(csf * mtf * rod) * scale);
}

/* float_adm CSF factors of one scale (libvmaf adm.c / adm_tools.c; SPEC 4.5): mode 1 Barten,
   2 "ADM native", anything else Watson97 (its default-display values shipped as data, as
   vmaf_adm.h does); then the adm_f1s / adm_f2s overrides. */
static void vmaf__vk_fadm_factors(const vmaf__vk_fadm_opts *o, int s, float f[3])
{
    static const float watson_default[4][2] = {{(float)0.0173815377, (float)0.005890687},
                                               {(float)0.0319848284, (float)0.0142990677},
                                               {(float)0.0433726609, (float)0.0243969075},
                                               {(float)0.0456734113, (float)0.0313127376}};
    float f1, f2;
    if (o->csf_mode == 1) {
        f1 = vmaf__vk_barten(s, o->nvd, o->rdh, 100.0, o->csf_scale);
        f2 = vmaf__vk_barten(s, o->nvd, o->rdh, 100.0, o->csf_diag_scale);
    } else if (o->csf_mode == 2) {
        float r = (float)(o->nvd * o->rdh * 3.14159265358979323846 / 180.0);
        float sf = (float)((double)r / pow(2.0, s + 1)), sd = (float)((double)sf / 0.7);
        f1 = (float)((0.31 + 0.69 * (double)sf) * exp(-0.29 * (double)sf));
        f2 = (float)((0.31 + 0.69 * (double)sd) * exp(-0.29 * (double)sd));
    } else {
        float r = (float)(o->nvd * o->rdh * 3.14159265358979323846 / 180.0);
        float r0 = (float)(3.0 * 1080 * 3.14159265358979323846 / 180.0);
        if (r == r0) {
            f1 = watson_default[s][0];
            f2 = watson_default[s][1];
        } else {
            f1 = 1.0f / vmaf__vk_quant_step(s, 1, o->nvd, o->rdh);
            f2 = 1.0f / vmaf__vk_quant_step(s, 2, o->nvd, o->rdh);
        }
    }
    if (o->f1s[s] >= 0) f1 = (float)o->f1s[s];
    if (o->f2s[s] >= 0) f2 = (float)o->f2s[s];
    f[0] = f1;
    f[1] = f1;
    f[2] = f2;
}

/* ---- extractor entry points ---- */
static int vmaf__vk_upload_static(vmaf__vk_state *st, vmaf__vk_buf *dst, const void *data, size_t bytes)
{
    VmafVkContext *c = st->ctx;
    vmaf__vk_buf tmp;
    VkBufferCopy cp;
    int err;
    if (dst->map) {
        memcpy(dst->map, data, bytes);
        return VMAF_OK;
    }
    err = vmaf__vk_buf_create(c, &tmp, bytes, VMAF__VK_MEM_HOST, 0);
    if (err) return err;
    memcpy(tmp.map, data, bytes);
    err = vmaf__vk_begin(st);
    if (!err) {
        cp.srcOffset = 0;
        cp.dstOffset = 0;
        cp.size = bytes;
        c->fn.CmdCopyBuffer(st->cmd, tmp.b, dst->b, 1, &cp);
        vmaf__vk_barrier(st, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT,
                         VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_ACCESS_SHADER_READ_BIT);
        err = vmaf__vk_submit(st);
    }
    vmaf__vk_buf_free(c, &tmp);
    return err;
}

/* Buffers, descriptors, command buffer, fence, queries and pipelines of a state. */
static int vmaf__vk_state_gpu(vmaf__vk_state *st)
{
    VmafVkContext *c = st->ctx;
    VkDescriptorPoolSize ps;
    VkDescriptorPoolCreateInfo dpci;
    VkDescriptorSetAllocateInfo dsai;
    VkDescriptorBufferInfo dbi[VMAF__VK_NBIND];
    VkWriteDescriptorSet wr[VMAF__VK_NBIND];
    VkCommandPoolCreateInfo cpci;
    VkCommandBufferAllocateInfo cbai;
    VkFenceCreateInfo fci;
    VkQueryPoolCreateInfo qpci;
    const vmaf__vk_buf *bind[VMAF__VK_NBIND];
    VkDeviceSize in_bytes = st->kind == VMAF__VK_MOTION ? 3 * (VkDeviceSize)st->plane_bytes : st->plane_bytes;
    const VkDeviceSize wh = (VkDeviceSize)st->w * st->h;
    int nin = (st->kind == VMAF__VK_MOTION || st->kind == VMAF__VK_FMOTION) ? 1 : 2;
    int err = VMAF_OK, i;
    VkResult r;

    if (st->kind == VMAF__VK_VIF) {
        err = vmaf__vk_pipeline(c, VMAF__VK_P_VIF_STAT);
        if (!err) err = vmaf__vk_pipeline(c, VMAF__VK_P_VIF_DEC);
    } else if (st->kind == VMAF__VK_ADM) {
        err = vmaf__vk_pipeline(c, VMAF__VK_P_ADM_DWT0);
        if (!err) err = vmaf__vk_pipeline(c, VMAF__VK_P_ADM_DWT);
        if (!err) err = vmaf__vk_pipeline(c, VMAF__VK_P_ADM_DEC);
        if (!err) err = vmaf__vk_pipeline(c, VMAF__VK_P_ADM_MASK);
    } else if (st->kind == VMAF__VK_MOTION) {
        err = vmaf__vk_pipeline(c, VMAF__VK_P_MOTION);
    } else if (st->kind == VMAF__VK_FVIF) {
        err = vmaf__vk_pipeline(c, VMAF__VK_P_FVIF_V);
        if (!err) err = vmaf__vk_pipeline(c, VMAF__VK_P_FVIF_H);
        if (!err) err = vmaf__vk_pipeline(c, VMAF__VK_P_ROWSUM);
    } else if (st->kind == VMAF__VK_FADM) {
        err = vmaf__vk_pipeline(c, VMAF__VK_P_FADM_DWT);
        if (!err) err = vmaf__vk_pipeline(c, VMAF__VK_P_FADM_DEC);
        if (!err) err = vmaf__vk_pipeline(c, VMAF__VK_P_FADM_MASK);
        if (!err) err = vmaf__vk_pipeline(c, VMAF__VK_P_ROWSUM);
    } else {
        err = vmaf__vk_pipeline(c, VMAF__VK_P_FMOT_BLUR);
        if (!err) err = vmaf__vk_pipeline(c, VMAF__VK_P_FMOT_SAD);
    }
    if (err) return err;

    /* inputs: device-local + host-visible if the device has it, else staged */
    st->direct = 1;
    for (i = 0; i < nin && st->direct; i++) {
        err = vmaf__vk_buf_create(c, &st->in[i], in_bytes, VMAF__VK_MEM_DIRECT, 1);
        if (err == VMAF_ERR_UNSUPPORTED) st->direct = 0;
        else if (err) return err;
    }
    if (!st->direct) {
        for (i = 0; i < nin; i++) vmaf__vk_buf_free(c, &st->in[i]);
        for (i = 0; i < nin && !err; i++) err = vmaf__vk_buf_create(c, &st->in[i], in_bytes, VMAF__VK_MEM_DEVICE, 1);
        if (!err) err = vmaf__vk_buf_create(c, &st->staging, (VkDeviceSize)nin * st->plane_bytes, VMAF__VK_MEM_HOST, 0);
        if (err) return err;
    }
    err = vmaf__vk_buf_create(c, &st->dummy, 16, VMAF__VK_MEM_DEVICE, 1);
    if (st->res_bytes < 36 * 8) st->res_bytes = 36 * 8;
    if (!err) err = vmaf__vk_buf_create(c, &st->res, st->res_bytes, VMAF__VK_MEM_DEVICE, 1);
    if (!err) err = vmaf__vk_buf_create(c, &st->readback, st->res_bytes, VMAF__VK_MEM_HOST, 0);
    if (err) return err;
    for (i = 0; i < VMAF__VK_NBIND; i++) bind[i] = &st->dummy;
    bind[0] = &st->in[0];
    if (st->kind == VMAF__VK_VIF) {
        VkDeviceSize lv = (VkDeviceSize)(st->loff[3] + st->lw[3] * st->lh[3]) * 4;
        err = vmaf__vk_buf_create(c, &st->work[0], lv, VMAF__VK_MEM_DEVICE, 1);
        if (!err) err = vmaf__vk_buf_create(c, &st->work[1], lv, VMAF__VK_MEM_DEVICE, 1);
        if (!err) err = vmaf__vk_buf_create(c, &st->table, 32768 * 4, st->direct ? VMAF__VK_MEM_DIRECT : VMAF__VK_MEM_DEVICE, 1);
        if (err == VMAF_ERR_UNSUPPORTED) err = vmaf__vk_buf_create(c, &st->table, 32768 * 4, VMAF__VK_MEM_DEVICE, 1);
        bind[1] = &st->in[1];
        bind[2] = &st->work[0];
        bind[3] = &st->work[1];
        bind[4] = &st->res;
        bind[5] = &st->table;
    } else if (st->kind == VMAF__VK_ADM) {
        VkDeviceSize P = (VkDeviceSize)st->band_plane * 4;
        err = vmaf__vk_buf_create(c, &st->work[0], 5 * P, VMAF__VK_MEM_DEVICE, 1);
        if (!err) err = vmaf__vk_buf_create(c, &st->work[1], 5 * P, VMAF__VK_MEM_DEVICE, 1);
        if (!err) err = vmaf__vk_buf_create(c, &st->work[2], 6 * P, VMAF__VK_MEM_DEVICE, 1);
        bind[1] = &st->in[1];
        bind[2] = &st->work[0];
        bind[3] = &st->work[1];
        bind[4] = &st->work[2];
        bind[5] = &st->res;
    } else if (st->kind == VMAF__VK_MOTION) {
        bind[5] = &st->res;
    } else if (st->kind == VMAF__VK_FVIF) {
        VkDeviceSize lv = (VkDeviceSize)st->ldis[3] + (VkDeviceSize)st->lw[3] * st->lh[3];
        err = vmaf__vk_buf_create(c, &st->work[0], 4 * lv, VMAF__VK_MEM_DEVICE, 1);
        if (!err) err = vmaf__vk_buf_create(c, &st->work[1], 4 * 5 * wh, VMAF__VK_MEM_DEVICE, 1);
        if (!err) err = vmaf__vk_buf_create(c, &st->work[2], 4 * 2 * wh, VMAF__VK_MEM_DEVICE, 1);
        bind[1] = &st->in[1];
        bind[2] = &st->work[0];
        bind[3] = &st->work[1];
        bind[4] = &st->work[2];
        bind[5] = &st->res;
    } else if (st->kind == VMAF__VK_FADM) {
        VkDeviceSize P = (VkDeviceSize)st->band_plane * 4;
        err = vmaf__vk_buf_create(c, &st->work[0], 5 * P, VMAF__VK_MEM_DEVICE, 1);
        if (!err) err = vmaf__vk_buf_create(c, &st->work[1], 5 * P, VMAF__VK_MEM_DEVICE, 1);
        if (!err) err = vmaf__vk_buf_create(c, &st->work[2], VMAF__VK_RCP_N * 4 + 12 * P, VMAF__VK_MEM_DEVICE, 1);
        bind[1] = &st->in[1];
        bind[2] = &st->work[0];
        bind[3] = &st->work[1];
        bind[4] = &st->work[2];
        bind[5] = &st->res;
    } else {
        err = vmaf__vk_buf_create(c, &st->work[0], 4 * wh, VMAF__VK_MEM_DEVICE, 1);
        if (!err) err = vmaf__vk_buf_create(c, &st->work[1], 4 * 2 * wh, VMAF__VK_MEM_DEVICE, 1);
        bind[2] = &st->work[0];
        bind[3] = &st->work[1];
        bind[5] = &st->res;
    }
    if (err) return err;

    ps.type = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
    ps.descriptorCount = VMAF__VK_NBIND;
    memset(&dpci, 0, sizeof dpci);
    dpci.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO;
    dpci.maxSets = 1;
    dpci.poolSizeCount = 1;
    dpci.pPoolSizes = &ps;
    r = c->fn.CreateDescriptorPool(c->device, &dpci, NULL, &st->dpool);
    if (r != VK_SUCCESS) {
        st->dpool = VK_NULL_HANDLE;
        return vmaf__vk_err(c, r, "vkCreateDescriptorPool");
    }
    memset(&dsai, 0, sizeof dsai);
    dsai.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO;
    dsai.descriptorPool = st->dpool;
    dsai.descriptorSetCount = 1;
    dsai.pSetLayouts = &c->dsl;
    r = c->fn.AllocateDescriptorSets(c->device, &dsai, &st->set);
    if (r != VK_SUCCESS) return vmaf__vk_err(c, r, "vkAllocateDescriptorSets");
    for (i = 0; i < VMAF__VK_NBIND; i++) {
        dbi[i].buffer = bind[i]->b;
        dbi[i].offset = 0;
        dbi[i].range = VK_WHOLE_SIZE;
        memset(&wr[i], 0, sizeof wr[i]);
        wr[i].sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET;
        wr[i].dstSet = st->set;
        wr[i].dstBinding = (uint32_t)i;
        wr[i].descriptorCount = 1;
        wr[i].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
        wr[i].pBufferInfo = &dbi[i];
    }
    c->fn.UpdateDescriptorSets(c->device, VMAF__VK_NBIND, wr, 0, NULL);

    memset(&cpci, 0, sizeof cpci);
    cpci.sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO;
    cpci.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
    cpci.queueFamilyIndex = c->qfam;
    r = c->fn.CreateCommandPool(c->device, &cpci, NULL, &st->cpool);
    if (r != VK_SUCCESS) {
        st->cpool = VK_NULL_HANDLE;
        return vmaf__vk_err(c, r, "vkCreateCommandPool");
    }
    memset(&cbai, 0, sizeof cbai);
    cbai.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
    cbai.commandPool = st->cpool;
    cbai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
    cbai.commandBufferCount = 1;
    r = c->fn.AllocateCommandBuffers(c->device, &cbai, &st->cmd);
    if (r != VK_SUCCESS) {
        st->cmd = VK_NULL_HANDLE;
        return vmaf__vk_err(c, r, "vkAllocateCommandBuffers");
    }
    memset(&fci, 0, sizeof fci);
    fci.sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO;
    r = c->fn.CreateFence(c->device, &fci, NULL, &st->fence);
    if (r != VK_SUCCESS) {
        st->fence = VK_NULL_HANDLE;
        return vmaf__vk_err(c, r, "vkCreateFence");
    }
    if (c->ts_bits) {
        memset(&qpci, 0, sizeof qpci);
        qpci.sType = VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO;
        qpci.queryType = VK_QUERY_TYPE_TIMESTAMP;
        qpci.queryCount = 3;
        if (c->fn.CreateQueryPool(c->device, &qpci, NULL, &st->qpool) != VK_SUCCESS) st->qpool = VK_NULL_HANDLE;
    }
    if (st->kind == VMAF__VK_VIF) {
        uint32_t *words = (uint32_t *)vmaf__alloc(&st->alloc, 32768 * sizeof(uint32_t));
        if (!words) return vmaf__fail(st->log, st->log_user, VMAF_ERR_OUT_OF_MEMORY, "vulkan: out of memory");
        if (vmaf__vk_log2_table(words)) err = vmaf__fail(st->log, st->log_user, VMAF_ERR_UNSUPPORTED,
                                                         "vulkan vif: this libm's log2 gives another table than libvmaf's");
        if (!err) err = vmaf__vk_upload_static(st, &st->table, words, 32768 * sizeof(uint32_t));
        vmaf__free(&st->alloc, words);
    } else if (st->kind == VMAF__VK_FVIF) { /* the taps of the four scales at 65 * s */
        float taps[4 * 65];
        int k;
        memset(taps, 0, sizeof taps);
        for (k = 0; k < 4; k++) memcpy(taps + 65 * k, vmaf__vk_fvif_gauss(st->fw[k]), st->fw[k] * sizeof(float));
        err = vmaf__vk_upload_static(st, &st->work[0], taps, sizeof taps);
    } else if (st->kind == VMAF__VK_FADM && st->rcp) {
        uint32_t t[VMAF__VK_RCP_N];
        vmaf__vk_rcp_table(t);
        err = vmaf__vk_upload_static(st, &st->work[2], t, sizeof t);
    }
    return err;
}

/* Kind-specific checks and host-side constants. */
static int vmaf__vk_state_setup(vmaf__vk_state *st)
{
    int s;
    if (st->kind == VMAF__VK_VIF) {
        st->lw[0] = st->w;
        st->lh[0] = st->h;
        for (s = 1; s < 4; s++) {
            st->lw[s] = st->lw[s - 1] / 2;
            st->lh[s] = st->lh[s - 1] / 2;
        }
        st->loff[0] = st->loff[1] = 0;
        st->loff[2] = st->lw[1] * st->lh[1];
        st->loff[3] = st->loff[2] + st->lw[2] * st->lh[2];
    } else if (st->kind == VMAF__VK_ADM) {
        const vmaf__vk_adm_opts *o = &st->adm;
        unsigned pw = st->w, ph = st->h;
        if (o->nvd * o->rdh < 3.0 * 1080)
            return vmaf__fail(st->log, st->log_user, VMAF_ERR_BAD_OPTION,
                              "vulkan adm: adm_norm_view_dist * adm_ref_display_height must be >= 3240");
        if (o->csf_mode == 1)
            return vmaf__fail(st->log, st->log_user, VMAF_ERR_UNSUPPORTED, "vulkan adm: adm_csf_mode=1 (Barten) is not implemented on the GPU");
        st->cos2 = (float)(cos(1.0 * 3.14159265358979323846 / 180.0) * cos(1.0 * 3.14159265358979323846 / 180.0));
        for (s = 0; s < 4; s++) {
            vmaf__vk_adm_scale *sc = &st->as[s];
            float f1, f2;
            int t;
            sc->wb = (pw + 1) / 2;
            sc->hb = (ph + 1) / 2;
            pw = sc->wb;
            ph = sc->hb;
            sc->left = (int)(sc->wb * 0.1 - 0.5);
            sc->top = (int)(sc->hb * 0.1 - 0.5);
            sc->right = (int)sc->wb - sc->left;
            sc->bottom = (int)sc->hb - sc->top;
            if (vmaf__vk_csf_factors(o->csf_mode, s, o->nvd, o->rdh, &f1, &f2))
                return vmaf__fail(st->log, st->log_user, VMAF_ERR_UNSUPPORTED,
                                  "vulkan adm: adm_csf_mode=%d has no table for display height %d at %g H",
                                  o->csf_mode, o->rdh, o->nvd);
            sc->rff[0] = sc->rff[1] = f1;
            sc->rff[2] = f2;
            if (s == 0) {
                unsigned long area;
                int sa;
                if (fabs(o->nvd * o->rdh - 3.0 * 1080) < 1.0e-8 && o->csf_mode == 0) {
                    sc->rf[0] = sc->rf[1] = 36453;
                    sc->rf[2] = 49417;
                } else {
                    for (t = 0; t < 3; t++) {
                        double v = sc->rff[t] * pow(2, t == 2 ? 23 : 21);
                        if (!(v >= 0.0 && v < 65536.0))
                            return vmaf__fail(st->log, st->log_user, VMAF_ERR_UNSUPPORTED, "vulkan adm: CSF factor overflows the 16-bit pipeline");
                        sc->rf[t] = (uint16_t)v;
                    }
                }
                sc->shc_hv = vmaf__vk_ceil_log2(sc->wb) - 4;
                sc->shc_d = vmaf__vk_ceil_log2(sc->wb) - 3;
                sc->shr = vmaf__vk_ceil_log2(sc->hb);
                area = (unsigned long)(sc->bottom - sc->top) * (unsigned long)(sc->right - sc->left);
                sa = (int)vmaf__vk_ceil_log2(area) - 20;
                sc->den_sha = sa > 0 ? (uint32_t)sa : 0u;
            } else {
                for (t = 0; t < 3; t++) {
                    double v = sc->rff[t] * pow(2, 32);
                    if (!(v >= 0.0 && v < 4294967296.0))
                        return vmaf__fail(st->log, st->log_user, VMAF_ERR_UNSUPPORTED, "vulkan adm: CSF factor overflows the 32-bit pipeline");
                    sc->rf[t] = (uint32_t)v;
                }
                sc->shc_hv = sc->shc_d = vmaf__vk_ceil_log2(sc->wb);
                sc->shr = vmaf__vk_ceil_log2(sc->hb);
                sc->den_shq = s == 2 ? 30u : 31u;
                sc->den_shc = vmaf__vk_ceil_log2((unsigned long)(sc->right - sc->left));
                sc->den_sha = vmaf__vk_ceil_log2((unsigned long)(sc->bottom - sc->top));
            }
        }
        st->band_plane = st->as[0].wb * st->as[0].hb;
    } else if (st->kind == VMAF__VK_FVIF) {
        const vmaf__vk_fvif_opts *o = &st->fvif;
        const unsigned sw = (unsigned)(int)((double)st->w * o->ps + 0.5), sh = (unsigned)(int)((double)st->h * o->ps + 0.5);
        uint32_t off = 272;
        if (!vmaf__vk_fvif_ks_valid(o->ks))
            return vmaf__fail(st->log, st->log_user, VMAF_ERR_BAD_OPTION,
                              "vulkan float_vif: option 'vif_kernelscale' = %g is not one of the 21 accepted values", o->ks);
        if (sw != st->w || sh != st->h)
            return vmaf__fail(st->log, st->log_user, VMAF_ERR_UNSUPPORTED, "vulkan float_vif: vif_prescale is not implemented on the GPU");
        if (st->w < 16 || st->h < 16)
            return vmaf__fail(st->log, st->log_user, VMAF_ERR_TOO_SMALL, "vulkan float_vif: frame %ux%u is below 16x16", st->w, st->h);
        st->lw[0] = st->w;
        st->lh[0] = st->h;
        for (s = 1; s < 4; s++) {
            st->lw[s] = st->lw[s - 1] / 2;
            st->lh[s] = st->lh[s - 1] / 2;
        }
        for (s = 0; s < 4; s++) {
            st->fw[s] = vmaf__vk_fvif_width(s, (float)o->ks);
            if (st->fw[s] > 65)
                return vmaf__fail(st->log, st->log_user, VMAF_ERR_BAD_OPTION, "vulkan float_vif: vif_kernelscale %g is too large", o->ks);
            st->toff[s] = 65u * (unsigned)s;
        }
        for (s = 0; s < 4; s++) {
            unsigned r = (s == 0 && o->skip_scale0) ? st->fw[1] / 2 : st->fw[s] / 2;
            if (st->lw[s] < r + 1 || st->lh[s] < r + 1)
                return vmaf__fail(st->log, st->log_user, VMAF_ERR_TOO_SMALL,
                                  "vulkan float_vif: frame %ux%u is too small: scale %d is %ux%u, its filter needs %ux%u",
                                  st->w, st->h, s, st->lw[s], st->lh[s], r + 1, r + 1);
        }
        st->lref[0] = st->ldis[0] = 0;
        for (s = 1; s < 4; s++) {
            st->lref[s] = off;
            off += st->lw[s] * st->lh[s];
            st->ldis[s] = off;
            off += st->lw[s] * st->lh[s];
        }
        st->roff[0] = 0;
        for (s = 1; s < 4; s++) st->roff[s] = st->roff[s - 1] + 2 * st->lh[s - 1];
        st->res_bytes = 4 * ((VkDeviceSize)st->roff[3] + 2 * st->lh[3]);
        st->egl_f = (float)o->egl;
        st->smi = (float)((double)powf((float)o->snsq, 2.0f) / (255.0 * 255.0));
    } else if (st->kind == VMAF__VK_FADM) {
        const vmaf__vk_fadm_opts *o = &st->fadm;
        unsigned pw = st->w, ph = st->h, rows = 0;
        if (o->p_norm != 3.0)
            return vmaf__fail(st->log, st->log_user, VMAF_ERR_UNSUPPORTED, "vulkan float_adm: adm_p_norm other than 3 is not implemented on the GPU");
        st->cos2 = (float)0.99969542; /* cos(1 deg)^2 in double, rounded to float (0x1.ffd814p-1) */
#if defined(VMAF__VK_RCPSS)
        st->rcp = 1;
#endif
        for (s = 0; s < 4; s++) {
            vmaf__vk_adm_scale *sc = &st->as[s];
            sc->wb = (pw + 1) / 2;
            sc->hb = (ph + 1) / 2;
            pw = sc->wb;
            ph = sc->hb;
            sc->left = (int)(sc->wb * 0.1 - 0.5);
            sc->top = (int)(sc->hb * 0.1 - 0.5);
            sc->right = (int)sc->wb - sc->left;
            sc->bottom = (int)sc->hb - sc->top;
            vmaf__vk_fadm_factors(o, s, st->frf[s]);
            st->roff[s] = rows;
            rows += 9u * (unsigned)(sc->bottom - sc->top);
        }
        st->band_plane = st->as[0].wb * st->as[0].hb;
        st->res_bytes = 4 * (VkDeviceSize)rows;
    } else if (st->kind == VMAF__VK_FMOTION) {
        static const double f5[5] = {0.054488685, 0.244201342, 0.402619947, 0.244201342, 0.054488685};
        static const double f3[3] = {0.166378498, 0.667243004, 0.166378498};
        const vmaf__vk_fmotion_opts *o = &st->fmot;
        if (o->add_scale1 || o->add_uv)
            return vmaf__fail(st->log, st->log_user, VMAF_ERR_UNSUPPORTED,
                              "vulkan float_motion: motion_add_scale1 and motion_add_uv are not implemented on the GPU");
        memset(st->ftaps, 0, sizeof st->ftaps);
        if (o->filter_size == 3) {
            st->ftw = 3;
            for (s = 0; s < 3; s++) st->ftaps[s] = (float)f3[s];
        } else if (o->filter_size == 1) {
            st->ftw = 5;
            st->ftaps[2] = 1.0f;
        } else {
            st->ftw = 5;
            for (s = 0; s < 5; s++) st->ftaps[s] = (float)f5[s];
        }
        st->res_bytes = 4 * (VkDeviceSize)st->h;
    }
    if (st->res_bytes) {
        st->rows = (float *)vmaf__alloc(&st->alloc, (size_t)st->res_bytes);
        if (!st->rows) return vmaf__fail(st->log, st->log_user, VMAF_ERR_OUT_OF_MEMORY, "vulkan: out of memory");
    }
    return VMAF_OK;
}

static int vmaf__vk_state_create(VmafVkContext *shared, unsigned device, int kind, void **out, const VmafExtractorArgs *args)
{
    static const unsigned min_size[VMAF__VK_NKIND] = {16, 33, 3, 8, 33, 3};
    vmaf__vk_state *st;
    VmafAllocator al;
    VmafLogFn log;
    void *log_user;
    const char *const *prov = vmaf__vk_emitted(kind);
    const char *name = vmaf__vk_names[kind];
    int err, i;
    if (!out) return VMAF_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!args) return VMAF_ERR_INVALID_ARGUMENT;
    al = args->allocator;
    log = args->log;
    log_user = args->log_user;
    if (shared && !al.alloc && !al.free) al = shared->alloc;
    if (shared && !log) {
        log = shared->log;
        log_user = shared->log_user;
    }
    err = vmaf__check_geometry(args->w, args->h, args->bpc, min_size[kind], min_size[kind]);
    if (err)
        return vmaf__fail(log, log_user, err, "vulkan %s: %ux%u at %u bits is not supported (minimum %ux%u, 8..16 bits)",
                          name, args->w, args->h, args->bpc, min_size[kind], min_size[kind]);
    st = (vmaf__vk_state *)vmaf__alloc(&al, sizeof *st);
    if (!st) return vmaf__fail(log, log_user, VMAF_ERR_OUT_OF_MEMORY, "vulkan: out of memory");
    memset(st, 0, sizeof *st);
    st->kind = kind;
    st->alloc = al;
    st->log = log;
    st->log_user = log_user;
    st->w = args->w;
    st->h = args->h;
    st->bpc = args->bpc;
    st->bps = args->bpc > 8 ? 2u : 1u;
    st->plane_bytes = ((size_t)st->w * st->h * st->bps + 3) & ~(size_t)3;
    vmaf__opt_defaults(vmaf__vk_options(kind), vmaf__vk_opts(st));
    err = vmaf__opt_parse(vmaf__vk_options(kind), vmaf__vk_opts(st), args->options, log, log_user);
    if (!err) err = vmaf__vk_state_setup(st);
    for (i = 0; !err && prov[i]; i++) {
        if (kind == VMAF__VK_FADM && !strcmp(prov[i], "adm")) strcpy(st->keys[i], "adm"); /* never renamed */
        else vmaf__opt_key(vmaf__vk_options(kind), vmaf__vk_opts(st), prov[i], st->keys[i], sizeof st->keys[i]);
    }
    if (!err) {
        if (shared) {
            st->ctx = shared;
            shared->refs++;
        } else {
            VmafVkConfig cfg;
            memset(&cfg, 0, sizeof cfg);
            cfg.device_index = device;
            cfg.allocator = al;
            cfg.log = log;
            cfg.log_user = log_user;
            err = vmaf__vk_ctx_open(&st->ctx, &cfg);
        }
    }
    if (!err && kind != VMAF__VK_MOTION && kind != VMAF__VK_FMOTION && !st->ctx->has_f64)
        err = vmaf__fail(log, log_user, VMAF_ERR_UNSUPPORTED, "vulkan %s: the device has no shaderFloat64", name);
    if (!err) err = vmaf__vk_state_gpu(st);
    if (err) {
        vmaf__vk_state_free(st);
        return err;
    }
    *out = st;
    return VMAF_OK;
}

/* A state on a shared context; when the GPU path refuses the options (VMAF_ERR_UNSUPPORTED)
   and the context has a CPU fallback table for this extractor, a state of that table,
   wrapped so that this addon's push/key/flush/destroy forward to it. */
typedef struct vmaf__vk_capture {
    char msg[512];
} vmaf__vk_capture;
static void vmaf__vk_capture_log(void *user, int level, const char *msg)
{
    vmaf__vk_capture *c = (vmaf__vk_capture *)user;
    (void)level;
    if (!c->msg[0]) snprintf(c->msg, sizeof c->msg, "%s", msg);
}

static int vmaf__vk_shared_create(VmafVkContext *ctx, int kind, void **out, const VmafExtractorArgs *args)
{
    const VmafExtractor *fb = ctx->fallback[kind];
    VmafExtractorArgs a;
    vmaf__vk_state *st;
    vmaf__vk_capture cap;
    VmafLogFn log = args->log ? args->log : ctx->log;
    void *log_user = args->log ? args->log_user : ctx->log_user;
    int err;
    if (!fb) return vmaf__vk_state_create(ctx, 0, kind, out, args);
    /* with a fallback, a refusal is not an error: hold the message back until we know */
    a = *args;
    cap.msg[0] = 0;
    a.log = vmaf__vk_capture_log;
    a.log_user = &cap;
    err = vmaf__vk_state_create(ctx, 0, kind, out, &a);
    if (!err) {
        st = (vmaf__vk_state *)*out;
        st->log = log;
        st->log_user = log_user;
        return VMAF_OK;
    }
    if (err != VMAF_ERR_UNSUPPORTED) {
        if (log && cap.msg[0]) log(log_user, 1, cap.msg);
        return err;
    }
    a = *args;
    a.user = fb->user;
    if (!a.allocator.alloc && !a.allocator.free) a.allocator = ctx->alloc;
    st = (vmaf__vk_state *)vmaf__alloc(&a.allocator, sizeof *st);
    if (!st) return vmaf__fail(log, log_user, VMAF_ERR_OUT_OF_MEMORY, "vulkan: out of memory");
    memset(st, 0, sizeof *st);
    st->kind = kind;
    st->alloc = a.allocator;
    st->log = log;
    st->log_user = log_user;
    st->fb = fb;
    err = fb->create(&st->fb_state, &a);
    if (err) {
        st->fb_state = NULL;
        vmaf__vk_state_free(st);
        return err;
    }
    if (log) {
        char msg[640];
        snprintf(msg, sizeof msg, "%.300s; options \"%.100s\" run on the CPU fallback table", cap.msg[0] ? cap.msg : vmaf__vk_names[kind],
                 args->options ? args->options : "");
        log(log_user, 3, msg);
    }
    *out = st;
    return VMAF_OK;
}

static int vmaf__vk_key(void *state, const char *provided, char *out, size_t size)
{
    vmaf__vk_state *st = (vmaf__vk_state *)state;
    const char *const *prov;
    int i;
    if (!st || !provided || !out || !size) return VMAF_ERR_INVALID_ARGUMENT;
    if (st->fb) return st->fb->key(st->fb_state, provided, out, size);
    prov = vmaf__vk_provided(st->kind);
    for (i = 0; prov[i]; i++)
        if (!strcmp(prov[i], provided)) {
            vmaf__opt_key(vmaf__vk_options(st->kind), vmaf__vk_opts(st), provided, out, size);
            return VMAF_OK;
        }
    return VMAF_ERR_NOT_FOUND;
}

static int vmaf__vk_push(void *state, const VmafFrame *ref, const VmafFrame *dis, unsigned index,
                         VmafEmitFn emit, void *user)
{
    vmaf__vk_state *st = (vmaf__vk_state *)state;
    VmafPlane pl[2];
    int err;
    if (!st) return VMAF_ERR_INVALID_ARGUMENT;
    if (st->fb) return st->fb->push(st->fb_state, ref, dis, index, emit, user);
    err = vmaf__vk_frame_plane(st, ref, &pl[0]);
    if (err) return err;
    if (st->kind == VMAF__VK_MOTION || st->kind == VMAF__VK_FMOTION) {
        if (st->flushed) return vmaf__fail(st->log, st->log_user, VMAF_ERR_STATE, "vulkan %s: push after flush", vmaf__vk_names[st->kind]);
        if (index != st->pushes)
            return vmaf__fail(st->log, st->log_user, VMAF_ERR_STATE, "vulkan %s: frame %u pushed, frame %u expected (frames go in order)",
                              vmaf__vk_names[st->kind], index, st->pushes);
        return st->kind == VMAF__VK_MOTION ? vmaf__vk_motion_push(st, &pl[0], index, emit, user)
                                           : vmaf__vk_fmotion_push(st, &pl[0], index, emit, user);
    }
    err = vmaf__vk_frame_plane(st, dis, &pl[1]);
    if (err) return err;
    switch (st->kind) {
    case VMAF__VK_VIF: return vmaf__vk_vif_push(st, pl, index, emit, user);
    case VMAF__VK_ADM: return vmaf__vk_adm_push(st, pl, index, emit, user);
    case VMAF__VK_FVIF: return vmaf__vk_fvif_push(st, pl, index, emit, user);
    default: return vmaf__vk_fadm_push(st, pl, index, emit, user);
    }
}

static void vmaf__vk_destroy(void *state) { vmaf__vk_state_free((vmaf__vk_state *)state); }

#define VMAF__VK_CREATES(d)                                                                       \
    static int vmaf__vk_create_vif_##d(void **s, const VmafExtractorArgs *a)                      \
    { return vmaf__vk_state_create(NULL, d, VMAF__VK_VIF, s, a); }                                \
    static int vmaf__vk_create_adm_##d(void **s, const VmafExtractorArgs *a)                      \
    { return vmaf__vk_state_create(NULL, d, VMAF__VK_ADM, s, a); }                                \
    static int vmaf__vk_create_motion_##d(void **s, const VmafExtractorArgs *a)                   \
    { return vmaf__vk_state_create(NULL, d, VMAF__VK_MOTION, s, a); }                             \
    static int vmaf__vk_create_fvif_##d(void **s, const VmafExtractorArgs *a)                     \
    { return vmaf__vk_state_create(NULL, d, VMAF__VK_FVIF, s, a); }                               \
    static int vmaf__vk_create_fadm_##d(void **s, const VmafExtractorArgs *a)                     \
    { return vmaf__vk_state_create(NULL, d, VMAF__VK_FADM, s, a); }                               \
    static int vmaf__vk_create_fmotion_##d(void **s, const VmafExtractorArgs *a)                  \
    { return vmaf__vk_state_create(NULL, d, VMAF__VK_FMOTION, s, a); }
VMAF__VK_CREATES(0)
VMAF__VK_CREATES(1)
VMAF__VK_CREATES(2)
VMAF__VK_CREATES(3)
VMAF__VK_CREATES(4)
VMAF__VK_CREATES(5)
VMAF__VK_CREATES(6)
VMAF__VK_CREATES(7)
#undef VMAF__VK_CREATES

#define VMAF__VK_T(name, prov, flags, create, flush)                                              \
    {VMAF_EXTRACTOR_ABI, (uint32_t)sizeof(VmafExtractor), name, prov, flags, create, vmaf__vk_key, \
     vmaf__vk_push, flush, vmaf__vk_destroy, NULL}
#define VMAF__VK_TABLES(d)                                                                        \
    {VMAF__VK_T("vif", vmaf__vk_vif_provided, 0, vmaf__vk_create_vif_##d, NULL),                  \
     VMAF__VK_T("adm", vmaf__vk_adm_provided, 0, vmaf__vk_create_adm_##d, NULL),                  \
     VMAF__VK_T("motion", vmaf__vk_motion_provided, VMAF_EXTRACTOR_TEMPORAL,                      \
                vmaf__vk_create_motion_##d, vmaf__vk_motion_flush),                               \
     VMAF__VK_T("float_vif", vmaf__vk_fvif_provided, 0, vmaf__vk_create_fvif_##d, NULL),          \
     VMAF__VK_T("float_adm", vmaf__vk_fadm_provided, 0, vmaf__vk_create_fadm_##d, NULL),          \
     VMAF__VK_T("float_motion", vmaf__vk_fmotion_provided, VMAF_EXTRACTOR_TEMPORAL,               \
                vmaf__vk_create_fmotion_##d, vmaf__vk_motion_flush)}
static const VmafExtractor vmaf__vk_tables[8][VMAF__VK_NKIND] = {
    VMAF__VK_TABLES(0), VMAF__VK_TABLES(1), VMAF__VK_TABLES(2), VMAF__VK_TABLES(3),
    VMAF__VK_TABLES(4), VMAF__VK_TABLES(5), VMAF__VK_TABLES(6), VMAF__VK_TABLES(7)};
#undef VMAF__VK_TABLES
#undef VMAF__VK_T

/* create() of the per-context tables: the context arrives as args->user */
static int vmaf__vk_create_ctx(int kind, void **s, const VmafExtractorArgs *a)
{
    VmafVkContext *ctx;
    if (s) *s = NULL;
    if (!s || !a) return VMAF_ERR_INVALID_ARGUMENT;
    ctx = (VmafVkContext *)a->user;
    if (!ctx || ctx->magic != VMAF__VK_MAGIC)
        return vmaf__fail(a->log, a->log_user, VMAF_ERR_INVALID_ARGUMENT,
                          "vulkan %s: args->user is not this table's context (pass VmafExtractor.user to create)",
                          vmaf__vk_names[kind]);
    return vmaf__vk_shared_create(ctx, kind, s, a);
}
static int vmaf__vk_cc_vif(void **s, const VmafExtractorArgs *a) { return vmaf__vk_create_ctx(VMAF__VK_VIF, s, a); }
static int vmaf__vk_cc_adm(void **s, const VmafExtractorArgs *a) { return vmaf__vk_create_ctx(VMAF__VK_ADM, s, a); }
static int vmaf__vk_cc_motion(void **s, const VmafExtractorArgs *a) { return vmaf__vk_create_ctx(VMAF__VK_MOTION, s, a); }
static int vmaf__vk_cc_fvif(void **s, const VmafExtractorArgs *a) { return vmaf__vk_create_ctx(VMAF__VK_FVIF, s, a); }
static int vmaf__vk_cc_fadm(void **s, const VmafExtractorArgs *a) { return vmaf__vk_create_ctx(VMAF__VK_FADM, s, a); }
static int vmaf__vk_cc_fmotion(void **s, const VmafExtractorArgs *a) { return vmaf__vk_create_ctx(VMAF__VK_FMOTION, s, a); }

static void vmaf__vk_ctx_tables(VmafVkContext *c)
{
    static int (*const creates[VMAF__VK_NKIND])(void **, const VmafExtractorArgs *) = {
        vmaf__vk_cc_vif, vmaf__vk_cc_adm, vmaf__vk_cc_motion, vmaf__vk_cc_fvif, vmaf__vk_cc_fadm, vmaf__vk_cc_fmotion};
    int k;
    for (k = 0; k < VMAF__VK_NKIND; k++) {
        c->tables[k] = vmaf__vk_tables[0][k];
        c->tables[k].create = creates[k];
        c->tables[k].user = c;
    }
}

static int vmaf__vk_kind(const char *name)
{
    int k;
    if (!name) return -1;
    for (k = 0; k < VMAF__VK_NKIND; k++)
        if (!strcmp(name, vmaf__vk_names[k])) return k;
    return -1;
}

/* ---- public API ---- */
VMAFDEF const char *vmaf_vk_version(void) { return VMAF_VK_VERSION_STRING; }

VMAFDEF const VmafExtractor *vmaf_vk_extractor_on(const char *name, unsigned device_index)
{
    int k = vmaf__vk_kind(name);
    if (k < 0 || device_index >= 8) return NULL;
    return &vmaf__vk_tables[device_index][k];
}

VMAFDEF const VmafExtractor *vmaf_vk_extractor(const char *name) { return vmaf_vk_extractor_on(name, 0); }

/* instance-only probe for the device queries */
static int vmaf__vk_probe(unsigned index, unsigned *count, char *name, size_t size)
{
    VmafAllocator none;
    VmafVkContext *c;
    VkPhysicalDevice pd = VK_NULL_HANDLE;
    uint32_t q;
    int err;
    memset(&none, 0, sizeof none);
    c = (VmafVkContext *)vmaf__alloc(&none, sizeof *c);
    if (!c) return VMAF_ERR_OUT_OF_MEMORY;
    memset(c, 0, sizeof *c);
    err = vmaf__vk_instance(c, 0);
    if (!err) err = vmaf__vk_pick(c, index, &pd, &q, count);
    if (!err && name) {
        VkPhysicalDeviceProperties p;
        c->fn.GetPhysicalDeviceProperties(pd, &p);
        strncpy(name, p.deviceName, size - 1);
        name[size - 1] = 0;
    }
    vmaf__vk_ctx_free(c);
    return err;
}

VMAFDEF int vmaf_vk_device_count(unsigned *count)
{
    int err;
    if (!count) return VMAF_ERR_INVALID_ARGUMENT;
    *count = 0;
    err = vmaf__vk_probe(0, count, NULL, 0);
    return err == VMAF_ERR_NO_DEVICE && *count == 0 ? VMAF_OK : err;
}

VMAFDEF int vmaf_vk_device_name(unsigned index, char *name, size_t size)
{
    if (!name || !size) return VMAF_ERR_INVALID_ARGUMENT;
    name[0] = 0;
    return vmaf__vk_probe(index, NULL, name, size);
}

VMAFDEF int vmaf_vk_context_create(VmafVkContext **out, const VmafVkConfig *cfg)
{
    if (!out) return VMAF_ERR_INVALID_ARGUMENT;
    return vmaf__vk_ctx_open(out, cfg);
}

VMAFDEF void vmaf_vk_context_destroy(VmafVkContext *ctx) { vmaf__vk_ctx_release(ctx); }

VMAFDEF const char *vmaf_vk_context_device_name(const VmafVkContext *ctx) { return ctx ? ctx->props.deviceName : ""; }

VMAFDEF unsigned long vmaf_vk_context_messages(const VmafVkContext *ctx) { return ctx ? ctx->messages : 0; }

VMAFDEF int vmaf_vk_create(VmafVkContext *ctx, const char *name, void **state, const VmafExtractorArgs *args)
{
    int k = vmaf__vk_kind(name);
    if (state) *state = NULL;
    if (!ctx || !state || !args || ctx->magic != VMAF__VK_MAGIC) return VMAF_ERR_INVALID_ARGUMENT;
    if (k < 0) return vmaf__fail(ctx->log, ctx->log_user, VMAF_ERR_NOT_FOUND, "vulkan: no extractor '%s'", name ? name : "(null)");
    return vmaf__vk_shared_create(ctx, k, state, args);
}

VMAFDEF const char *vmaf_vk_extractor_name(unsigned i) { return i < VMAF__VK_NKIND ? vmaf__vk_names[i] : NULL; }

VMAFDEF const VmafExtractor *vmaf_vk_context_extractor(VmafVkContext *ctx, const char *name)
{
    int k = vmaf__vk_kind(name);
    if (!ctx || ctx->magic != VMAF__VK_MAGIC || k < 0) return NULL;
    return &ctx->tables[k];
}

VMAFDEF int vmaf_vk_context_fallback(VmafVkContext *ctx, const VmafExtractor *cpu)
{
    int k;
    if (!ctx || ctx->magic != VMAF__VK_MAGIC || !cpu || cpu->abi != VMAF_EXTRACTOR_ABI || cpu->size < sizeof(VmafExtractor) ||
        !cpu->name || !cpu->create || !cpu->key || !cpu->push || !cpu->destroy)
        return VMAF_ERR_INVALID_ARGUMENT;
    k = vmaf__vk_kind(cpu->name);
    if (k < 0) return vmaf__fail(ctx->log, ctx->log_user, VMAF_ERR_NOT_FOUND, "vulkan: no GPU extractor named '%s'", cpu->name);
    if ((cpu->flags & VMAF_EXTRACTOR_TEMPORAL) != (ctx->tables[k].flags & VMAF_EXTRACTOR_TEMPORAL) ||
        (ctx->tables[k].flags & VMAF_EXTRACTOR_TEMPORAL && !cpu->flush) || cpu->user == ctx)
        return vmaf__fail(ctx->log, ctx->log_user, VMAF_ERR_INVALID_ARGUMENT,
                          "vulkan: fallback table '%s' differs in its temporal flag or has no flush", cpu->name);
    ctx->fallback[k] = cpu;
    return VMAF_OK;
}

VMAFDEF int vmaf_vk_last_timing(const void *state, VmafVkTiming *out)
{
    if (!state || !out) return VMAF_ERR_INVALID_ARGUMENT;
    *out = ((const vmaf__vk_state *)state)->timing;
    return VMAF_OK;
}

VMAF__FP_END
#endif /* VMAF_VK_IMPLEMENTATION */

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
