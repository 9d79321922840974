/* examples/vmaf.c - a vmaf-compatible command-line tool (libvmaf's `vmaf`: same flags, same
   output files) built on the single-file headers. One translation unit:

       cc -std=c99 -O2 -I. examples/vmaf.c -o vmaf -lm

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

int main(int argc, char **argv)
{
    VmafCliEnv env;
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
    return vmaf_cli_main(argc, argv, &env);
}
