/* examples/vmaf.c - placeholder: the vmaf-compatible tool arrives with issue 2. */
#include <stdio.h>
#define VMAF_VIF_IMPLEMENTATION
#define VMAF_ADM_IMPLEMENTATION
#define VMAF_MOTION_IMPLEMENTATION
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_vif.h"
#include "vmaf_adm.h"
#include "vmaf_motion.h"
#include "vmaf_model.h"
int main(void)
{
    printf("vmaf (single-header) %s\n", vmaf_model_version());
    return 0;
}
