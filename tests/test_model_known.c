/* tests/test_model_known.c - vmaf_model_pipeline_register_known picks up the extractor tables
   of vmaf_vif.h / vmaf_adm.h / vmaf_motion.h when those were included before the
   implementation. Here stand-ins play the three headers (version 0.2, implementation present). */
#include "vmaf_model.h" /* declarations: the common block types */
#include "harness.h"
#include "test_model_util.h"

#define VMAF_VIF_H
#define VMAF_VIF_VERSION_MAJOR 0
#define VMAF_VIF_VERSION_MINOR 2
#define VMAF_VIF_IMPLEMENTED
#define VMAF_ADM_H
#define VMAF_ADM_VERSION_MAJOR 0
#define VMAF_ADM_VERSION_MINOR 2
#define VMAF_ADM_IMPLEMENTED
#define VMAF_MOTION_H
#define VMAF_MOTION_VERSION_MAJOR 1
#define VMAF_MOTION_VERSION_MINOR 0
#define VMAF_MOTION_IMPLEMENTED

static int k_create(void **st, const VmafExtractorArgs *a) { (void)a; *st = malloc(1); return *st ? 0 : VMAF_ERR_OUT_OF_MEMORY; }
static int k_key(void *st, const char *p, char *out, size_t n) { (void)st; snprintf(out, n, "%s", p); return 0; }
static int k_push(void *st, const VmafFrame *r, const VmafFrame *d, unsigned i, VmafEmitFn e, void *u)
{
    (void)st; (void)r; (void)d; (void)i; (void)e; (void)u;
    return 0;
}
static void k_destroy(void *st) { free(st); }
static const char *const k_none[] = {NULL};
#define KT(var, nm) static const VmafExtractor var = {VMAF_EXTRACTOR_ABI, sizeof(VmafExtractor), nm, k_none, 0, k_create, k_key, k_push, NULL, k_destroy, NULL}
KT(kvif, "vif");
KT(kfvif, "float_vif");
KT(kadm, "adm");
KT(kfadm, "float_adm");
KT(kmotion, "motion");
KT(kfmotion, "float_motion");
const VmafExtractor *vmaf_vif_extractor(void);
const VmafExtractor *vmaf_vif_float_extractor(void);
const VmafExtractor *vmaf_adm_extractor(void);
const VmafExtractor *vmaf_adm_float_extractor(void);
const VmafExtractor *vmaf_motion_extractor(void);
const VmafExtractor *vmaf_motion_float_extractor(void);
const VmafExtractor *vmaf_vif_extractor(void) { return &kvif; }
const VmafExtractor *vmaf_vif_float_extractor(void) { return &kfvif; }
const VmafExtractor *vmaf_adm_extractor(void) { return &kadm; }
const VmafExtractor *vmaf_adm_float_extractor(void) { return &kfadm; }
const VmafExtractor *vmaf_motion_extractor(void) { return &kmotion; }
const VmafExtractor *vmaf_motion_float_extractor(void) { return &kfmotion; }

#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_model.h"

int main(void)
{
    VmafModelPipeline *p = NULL;
    VmafModelPipelineConfig pc;
    th_init();
    memset(&pc, 0, sizeof pc);
    pc.w = pc.h = 64;
    pc.bpc = 8;
    CHECK(vmaf_model_pipeline_create(&p, &pc) == 0, "create");
    CHECK(vmaf_model_pipeline_register_known(p) == 6, "six tables registered");
    CHECK(p->ntab == 6 && p->tab[0] == &kfvif && p->tab[1] == &kvif && p->tab[5] == &kmotion, "float before integer, as libvmaf");
    CHECK(vmaf_model_pipeline_add_feature(p, "float_motion", NULL) == 0 && vmaf_model_pipeline_add_feature(p, "adm", NULL) == 0,
          "usable by name");
    CHECK(vmaf_model_pipeline_register_known(NULL) == VMAF_ERR_INVALID_ARGUMENT, "NULL");
    vmaf_model_pipeline_destroy(p);
    return th_finish();
}
