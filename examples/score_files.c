/* examples/score_files.c - the smallest complete embedding: score two raw 8-bit 4:2:0 files with
   the built-in default VMAF model, frame by frame, and print the pooled mean.

       cc -std=c99 -O2 -I. examples/score_files.c -o score_files -lm
       ./score_files ref.yuv dis.yuv 576 324
       (tests/data/testdata/src01_{ref,dis}_576x324_3f_8bit.yuv gives 82.564227, as libvmaf)

   Everything goes through vmaf_model.h's pipeline; the three extractor headers are included
   first, so vmaf_model_pipeline_register_known() finds them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define VMAF_VIF_IMPLEMENTATION
#define VMAF_ADM_IMPLEMENTATION
#define VMAF_MOTION_IMPLEMENTATION
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_vif.h"
#include "vmaf_adm.h"
#include "vmaf_motion.h"
#include "vmaf_model.h"

/* Called for every final per-frame value; we print only the model score. */
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
    FILE *fr, *fd;
    unsigned w, h;
    size_t luma, frame_bytes;
    unsigned char *ref, *dis;
    double mean;
    int err;

    if (argc != 5) { fprintf(stderr, "usage: %s ref.yuv dis.yuv width height\n", argv[0]); return 2; }
    w = (unsigned)atoi(argv[3]);
    h = (unsigned)atoi(argv[4]);
    luma = (size_t)w * h;
    frame_bytes = luma + 2 * (size_t)(w / 2) * (h / 2);
    fr = fopen(argv[1], "rb");
    fd = fopen(argv[2], "rb");
    ref = (unsigned char *)malloc(frame_bytes);
    dis = (unsigned char *)malloc(frame_bytes);
    if (!fr || !fd || !ref || !dis) { fprintf(stderr, "cannot open inputs\n"); return 1; }

    if ((err = vmaf_model_builtin(&model, vmaf_model_builtin_name(0), NULL)) != 0) goto fail;
    memset(&pc, 0, sizeof pc);
    pc.w = w;
    pc.h = h;
    pc.bpc = 8;
    pc.layout = VMAF_LAYOUT_420;
    pc.emit = on_value;
    if ((err = vmaf_model_pipeline_create(&p, &pc)) != 0) goto fail;
    if ((err = vmaf_model_pipeline_register_known(p)) < 0) goto fail;
    if ((err = vmaf_model_pipeline_add_model(p, model)) != 0) goto fail;

    while (fread(ref, 1, frame_bytes, fr) == frame_bytes && fread(dis, 1, frame_bytes, fd) == frame_bytes) {
        VmafFrame r, d;
        memset(&r, 0, sizeof r);
        r.w = w;
        r.h = h;
        r.bpc = 8;
        r.layout = VMAF_LAYOUT_420;
        d = r;
        r.data[0] = ref;       r.stride[0] = (ptrdiff_t)w;  /* luma is all the features read */
        d.data[0] = dis;       d.stride[0] = (ptrdiff_t)w;
        if ((err = vmaf_model_pipeline_push(p, &r, &d)) != 0) goto fail;
    }
    if ((err = vmaf_model_pipeline_flush(p)) != 0) goto fail;
    if ((err = vmaf_model_pipeline_pooled(p, "vmaf", VMAF_MODEL_POOL_MEAN, &mean)) != 0) goto fail;
    printf("VMAF %f\n", mean);
    err = 0;
fail:
    if (err) fprintf(stderr, "error: %s\n", vmaf_result_string(err));
    vmaf_model_pipeline_destroy(p);
    vmaf_model_free(model);
    free(ref);
    free(dis);
    fclose(fr);
    fclose(fd);
    return err ? 1 : 0;
}
