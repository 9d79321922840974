/* examples/gpu_select.c - picking a backend at run time: score two raw 8-bit 4:2:0 files with the
   default VMAF model on the GPU (Vulkan addon) when a device is there, on the CPU otherwise.

       cc -std=c99 -O2 -I. examples/gpu_select.c -o gpu_select -lm -ldl
       ./gpu_select ref.yuv dis.yuv 576 324 [float]
       (tests/data/testdata/src01_{ref,dis}_576x324_3f_8bit.yuv gives 82.564227 either way)

   Build needs: the Vulkan headers and volk (Debian/Ubuntu: libvulkan-dev libvulkan-volk-dev);
   -ldl only on glibc older than 2.34 (elsewhere dlopen is in libc; drop it on macOS/BSD).
   Nothing Vulkan is linked: the loader is opened at run time, so the same binary runs on a
   machine without Vulkan and takes the CPU path. With "float" as 5th argument it uses
   vmaf_float_v0.6.1 (float_vif, float_adm, float_motion) instead.

   The seam (vmaf_model.h, GPU BACKENDS): register the CPU tables first, then the backend's
   tables of the same names over them. The context's tables share one VkDevice (their create
   takes it from args->user, which the pipeline fills from the table's user pointer); whatever
   the backend lacks stays on the CPU tables, and vmaf_vk_context_fallback() also sends the
   option values the GPU path refuses to the CPU table of the same name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define VMAF_VIF_IMPLEMENTATION
#define VMAF_ADM_IMPLEMENTATION
#define VMAF_MOTION_IMPLEMENTATION
#define VMAF_MODEL_IMPLEMENTATION
#define VMAF_VK_IMPLEMENTATION
#include "addons/vk/vmaf_vk.h" /* first: volk wants to come before any other Vulkan header */
#include "vmaf_vif.h"
#include "vmaf_adm.h"
#include "vmaf_motion.h"
#include "vmaf_model.h"

static void on_value(void *user, unsigned frame, const char *key, double value)
{
    (void)user;
    if (!strcmp(key, "vmaf")) printf("frame %u: vmaf %f\n", frame, value);
}

int main(int argc, char **argv)
{
    VmafModelFile *model = NULL;
    VmafModelPipeline *p = NULL;
    VmafModelPipelineConfig pc;
    VmafVkContext *gpu = NULL;
    FILE *fr = NULL, *fd = NULL;
    unsigned w, h, i;
    size_t frame_bytes;
    unsigned char *ref = NULL, *dis = NULL;
    double mean;
    int err;

    if (argc != 5 && argc != 6) { fprintf(stderr, "usage: %s ref.yuv dis.yuv width height [float]\n", argv[0]); return 2; }
    w = (unsigned)atoi(argv[3]);
    h = (unsigned)atoi(argv[4]);
    frame_bytes = (size_t)w * h + 2 * (size_t)(w / 2) * (h / 2);
    fr = fopen(argv[1], "rb");
    fd = fopen(argv[2], "rb");
    ref = (unsigned char *)malloc(frame_bytes);
    dis = (unsigned char *)malloc(frame_bytes);
    if (!fr || !fd || !ref || !dis) { fprintf(stderr, "cannot open inputs\n"); err = VMAF_ERR_IO; goto fail; }

    /* 1. try the GPU */
    err = vmaf_vk_context_create(&gpu, NULL);
    if (err == VMAF_ERR_NO_DEVICE) printf("no Vulkan device: running on the CPU\n");
    else if (err) printf("Vulkan unavailable (%s): running on the CPU\n", vmaf_result_string(err));
    else printf("running on %s\n", vmaf_vk_context_device_name(gpu));

    /* 2. the pipeline: CPU tables, then the GPU tables over them */
    if ((err = vmaf_model_builtin(&model, argc == 6 ? "vmaf_float_v0.6.1" : vmaf_model_builtin_name(0), NULL)) != 0) goto fail;
    memset(&pc, 0, sizeof pc);
    pc.w = w;
    pc.h = h;
    pc.bpc = 8;
    pc.layout = VMAF_LAYOUT_420;
    pc.emit = on_value;
    if ((err = vmaf_model_pipeline_create(&p, &pc)) != 0) goto fail;
    if ((err = vmaf_model_pipeline_register_known(p)) < 0) goto fail;
    for (i = 0; gpu && vmaf_vk_extractor_name(i); i++) {
        const char *name = vmaf_vk_extractor_name(i);
        const VmafExtractor *cpu = NULL;
        if (!strcmp(name, "vif")) cpu = vmaf_vif_extractor();
        else if (!strcmp(name, "adm")) cpu = vmaf_adm_extractor();
        else if (!strcmp(name, "motion")) cpu = vmaf_motion_extractor();
        else if (!strcmp(name, "float_vif")) cpu = vmaf_vif_float_extractor();
        else if (!strcmp(name, "float_adm")) cpu = vmaf_adm_float_extractor();
        else if (!strcmp(name, "float_motion")) cpu = vmaf_motion_float_extractor();
        if (cpu) vmaf_vk_context_fallback(gpu, cpu);
        if ((err = vmaf_model_pipeline_register(p, vmaf_vk_context_extractor(gpu, name))) != 0) goto fail;
    }
    if ((err = vmaf_model_pipeline_add_model(p, model)) != 0) goto fail;

    /* 3. frames, exactly as on the CPU */
    while (fread(ref, 1, frame_bytes, fr) == frame_bytes && fread(dis, 1, frame_bytes, fd) == frame_bytes) {
        VmafFrame r, d;
        memset(&r, 0, sizeof r);
        r.w = w;
        r.h = h;
        r.bpc = 8;
        r.layout = VMAF_LAYOUT_420;
        d = r;
        r.data[0] = ref;       r.stride[0] = (ptrdiff_t)w;
        d.data[0] = dis;       d.stride[0] = (ptrdiff_t)w;
        if ((err = vmaf_model_pipeline_push(p, &r, &d)) != 0) goto fail;
    }
    if ((err = vmaf_model_pipeline_flush(p)) != 0) goto fail;
    if ((err = vmaf_model_pipeline_pooled(p, "vmaf", VMAF_MODEL_POOL_MEAN, &mean)) != 0) goto fail;
    printf("VMAF %f\n", mean);
    err = 0;
fail:
    if (err) fprintf(stderr, "error: %s\n", vmaf_result_string(err));
    vmaf_model_pipeline_destroy(p); /* before the context: the pipeline uses its tables */
    vmaf_vk_context_destroy(gpu);
    vmaf_model_free(model);
    free(ref);
    free(dis);
    if (fr) fclose(fr);
    if (fd) fclose(fd);
    return err ? 1 : 0;
}
