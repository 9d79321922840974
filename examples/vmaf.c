/* examples/vmaf.c - a vmaf-compatible command-line tool (libvmaf's `vmaf`: same flags, same
   output files) built on the single-file headers. One translation unit:

       cc -std=c99 -O2 -I. examples/vmaf.c -o vmaf -lm
       cc -std=c99 -O2 -I. -DVMAF_TOOL_VULKAN examples/vmaf.c -o vmaf -lm -lpthread -ldl
                                           (with --backend vulkan: needs libvulkan-volk-dev;
                                            -ldl only for glibc < 2.34; make does this itself
                                            when volk is installed, see addons/vk/vk.mk)

   The work is in examples/vmaf_cli.h (command line, frame loop, scorer), vmaf_input.h (.yuv and
   .y4m input) and vmaf_output.h (collector, pooling, XML/JSON/CSV/SUB). Run `vmaf --help`. */
#define _POSIX_C_SOURCE 200809L /* lstat (examples/vmaf_cli.h), signal(SIGPIPE) */
#define VMAF_VIF_IMPLEMENTATION
#define VMAF_ADM_IMPLEMENTATION
#define VMAF_MOTION_IMPLEMENTATION
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_vif.h"
#include "vmaf_adm.h"
#include "vmaf_motion.h"
#include "vmaf_model.h"

#include "examples/vmaf_cli.h"
#include "examples/vmaf_pipeline.h"

#if defined(VMAF_TOOL_VULKAN)
#define VMAF_VK_IMPLEMENTATION
#include "addons/vk/vmaf_vk.h"
#endif

#if defined(_WIN32)
#include <io.h>
#define isatty _isatty
#else
#include <signal.h>
#include <unistd.h>
#endif

/* The extractor registry: every extractor table the tool can use, looked up by name. */
static const VmafCliGetter vmaf_tool_extractors[] = {
    vmaf_vif_extractor,    vmaf_adm_extractor,          vmaf_motion_extractor,
    vmaf_vif_float_extractor, vmaf_adm_float_extractor, vmaf_motion_float_extractor,
};

/* --backend vulkan: one Vulkan context (device 0, or VMAF_VK_DEVICE=N) for the whole run; its
   per-context tables replace the CPU tables of the same names (vif, adm, motion, float_vif,
   float_adm, float_motion) and fall back to them for options the GPU path does not implement.
   --gpumask non-zero keeps everything on the CPU (libvmaf: the mask disables GPU use for the
   model features; here the --feature extractors share their names, so for those too). */
#if defined(VMAF_TOOL_VULKAN)
#if defined(VMAF_TOOL_THREADS)
static pthread_mutex_t vmaf_tool_vk_mu = PTHREAD_MUTEX_INITIALIZER;
static void vmaf_tool_vk_lock(void *u) { (void)u; pthread_mutex_lock(&vmaf_tool_vk_mu); }
static void vmaf_tool_vk_unlock(void *u) { (void)u; pthread_mutex_unlock(&vmaf_tool_vk_mu); }
#endif
static void vmaf_tool_vk_log(void *user, int level, const char *msg)
{
    (void)user;
    if (level <= 2) fprintf(stderr, "%s\n", msg);
}
static int vmaf_tool_vk_open(VmafCliBackend *b, const VmafCliSettings *s, const VmafCliEnv *env)
{
    VmafVkContext *ctx = NULL;
    VmafVkConfig cfg;
    const char *dev = getenv("VMAF_VK_DEVICE");
    unsigned i;
    int err;
    b->n_tables = 0;
    b->handle = NULL;
    if (s->gpumask) return 0; /* everything on the CPU */
    memset(&cfg, 0, sizeof cfg);
    cfg.device_index = dev ? (unsigned)atoi(dev) : 0u;
    cfg.log = vmaf_tool_vk_log;
#if defined(VMAF_TOOL_THREADS)
    cfg.lock = vmaf_tool_vk_lock;
    cfg.unlock = vmaf_tool_vk_unlock;
#endif
    err = vmaf_vk_context_create(&ctx, &cfg);
    if (err) {
        fprintf(stderr, "--backend vulkan: no usable Vulkan device (%s); run with --backend cpu\n", vmaf_result_string(err));
        return err;
    }
    for (i = 0; vmaf_vk_extractor_name(i); i++) {
        const VmafExtractor *cpu = vmaf_cli_find_extractor(env, vmaf_vk_extractor_name(i));
        if (cpu) vmaf_vk_context_fallback(ctx, cpu); /* env's getters: the CPU tables */
        b->tables[b->n_tables++] = vmaf_vk_context_extractor(ctx, vmaf_vk_extractor_name(i));
    }
    b->handle = ctx;
    return 0;
}
static void vmaf_tool_vk_close(VmafCliBackend *b)
{
    vmaf_vk_context_destroy((VmafVkContext *)b->handle);
    b->handle = NULL;
    b->n_tables = 0;
}
#else
static int vmaf_tool_vk_open(VmafCliBackend *b, const VmafCliSettings *s, const VmafCliEnv *env)
{
    (void)b;
    (void)env;
    if (s->gpumask) return 0;
    fprintf(stderr, "--backend vulkan: this build has no Vulkan support (build examples/vmaf.c with "
                    "-DVMAF_TOOL_VULKAN, see addons/vk/README.md); run with --backend cpu\n");
    return VMAF_ERR_NO_DEVICE;
}
static void vmaf_tool_vk_close(VmafCliBackend *b) { (void)b; }
#endif

int main(int argc, char **argv)
{
    VmafCliEnv env;
    VmafCliBackend vk;
#if !defined(_WIN32)
    /* A closed pipe on -o - must be a reported write error (exit 255), not a silent death. */
    signal(SIGPIPE, SIG_IGN);
#endif
    env.getters = vmaf_tool_extractors;
    env.n_getters = sizeof vmaf_tool_extractors / sizeof vmaf_tool_extractors[0];
    /* Models (and --feature next to them) run through vmaf_model.h's pipeline
       (examples/vmaf_pipeline.h, which also runs the --threads worker pool). */
    env.open_pipeline = vmaf_tool_pipeline_open;
    env.stderr_tty = isatty(2);
    env.version = NULL;
    memset(&vk, 0, sizeof vk);
    vk.open = vmaf_tool_vk_open;
    vk.close = vmaf_tool_vk_close;
    return vmaf_cli_main_backend(argc, argv, &env, &vk);
}
