/* examples/vmaf_stub_extractors.h - TEMPORARY stand-ins for the extractor getters.

   The vmaf tool finds its extractors through six getters that the real headers export:
       vmaf_vif_extractor()    ("vif")       vmaf_vif_float_extractor()    ("float_vif")
       vmaf_adm_extractor()    ("adm")       vmaf_adm_float_extractor()    ("float_adm")
       vmaf_motion_extractor() ("motion")    vmaf_motion_float_extractor() ("float_motion")
   While a header is still a skeleton without them, this file defines static getters that
   return NULL, so the tool compiles and reports "not available in this build".

   When a real header lands, define its macro before including this file in examples/vmaf.c
   (or delete the include line once all three have landed):
       VMAF_CLI_HAVE_VIF_EXTRACTORS, VMAF_CLI_HAVE_ADM_EXTRACTORS, VMAF_CLI_HAVE_MOTION_EXTRACTORS
   Forgetting it is a compile error ("static declaration follows non-static"), never a silent
   stub. */
#ifndef VMAF_EXAMPLES_STUB_EXTRACTORS_H
#define VMAF_EXAMPLES_STUB_EXTRACTORS_H
#include "vmaf_model.h"

#ifndef VMAF_CLI_HAVE_VIF_EXTRACTORS
static const VmafExtractor *vmaf_vif_extractor(void) { return NULL; }
static const VmafExtractor *vmaf_vif_float_extractor(void) { return NULL; }
#endif
#ifndef VMAF_CLI_HAVE_ADM_EXTRACTORS
static const VmafExtractor *vmaf_adm_extractor(void) { return NULL; }
static const VmafExtractor *vmaf_adm_float_extractor(void) { return NULL; }
#endif
#ifndef VMAF_CLI_HAVE_MOTION_EXTRACTORS
static const VmafExtractor *vmaf_motion_extractor(void) { return NULL; }
static const VmafExtractor *vmaf_motion_float_extractor(void) { return NULL; }
#endif

#endif /* VMAF_EXAMPLES_STUB_EXTRACTORS_H */
