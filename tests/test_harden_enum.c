/* tests/test_harden_enum.c - argument checks found by the hardening work of issue 7 after the
   first round: unknown enum values (vif prescale method, extractor layout) are
   VMAF_ERR_INVALID_ARGUMENT in every header, and adm / float_adm compare the reference's and the
   distorted frame's geometry and layout like vif does (VMAF_ERR_MISMATCH). */
#include "harness.h"

#define VMAF_VIF_IMPLEMENTATION
#define VMAF_ADM_IMPLEMENTATION
#define VMAF_MOTION_IMPLEMENTATION
#include "vmaf_vif.h"
#include "vmaf_adm.h"
#include "vmaf_motion.h"

static void em(void *u, unsigned i, const char *k, double v)
{
    (void)i;
    (void)k;
    (void)v;
    ++*(unsigned *)u;
}

int main(void)
{
    VmafVifConfig vc;
    VmafVifState *vs = NULL;
    VmafExtractorArgs a;
    void *st = NULL;
    static unsigned char buf[64 * 48 * 3];
    VmafFrame r, d;
    int k, err;
    th_init();

    /* 1. unknown prescale method: VMAF_ERR_INVALID_ARGUMENT (vmaf_vif_create_in's doc, the
          common block's "bad enum value") */
    vmaf_vif_config_default(&vc, VMAF_VIF_FLOAT);
    vc.w = 64;
    vc.h = 48;
    vc.prescale_method = (VmafVifPrescaleMethod)9;
    err = vmaf_vif_create(&vs, &vc);
    CHECK(err == VMAF_ERR_INVALID_ARGUMENT, "vif: unknown prescale_method -> %d, documented %d", err, VMAF_ERR_INVALID_ARGUMENT);
    vmaf_vif_destroy(vs);

    /* 2. every extractor table refuses an unknown layout in VmafExtractorArgs */
    for (k = 0; k < 7; k++) {
        const VmafExtractor *x = k == 0 ? vmaf_vif_extractor() : k == 1 ? vmaf_vif_float_extractor()
                               : k == 2 ? vmaf_adm_extractor() : k == 3 ? vmaf_adm_float_extractor()
                               : k == 4 ? vmaf_motion_extractor() : k == 5 ? vmaf_motion_float_extractor()
                               : vmaf_motion_v30_extractor();
        memset(&a, 0, sizeof a);
        a.w = 64;
        a.h = 48;
        a.bpc = 8;
        a.layout = (VmafLayout)9;
        err = x->create(&st, &a);
        CHECK(err == VMAF_ERR_INVALID_ARGUMENT, "%s: create with layout 9 -> %d, want %d", x->name, err,
              VMAF_ERR_INVALID_ARGUMENT);
        if (!err) x->destroy(st);
    }

    /* 3. vif / adm push(): a reference and a distorted frame of different layouts, sizes or bit
          depths are refused with VMAF_ERR_MISMATCH ("differ in size, layout or bit depth"),
          nothing is emitted, and the state still computes afterwards. */
    memset(&r, 0, sizeof r);
    r.w = 64;
    r.h = 48;
    r.bpc = 8;
    r.layout = VMAF_LAYOUT_420;
    r.data[0] = buf;
    r.data[1] = buf + 64 * 48;
    r.data[2] = buf + 64 * 48 * 2;
    r.stride[0] = r.stride[1] = r.stride[2] = 64;
    d = r;
    d.layout = VMAF_LAYOUT_444;
    for (k = 0; k < 4; k++) {
        const VmafExtractor *x = k == 0 ? vmaf_vif_extractor() : k == 1 ? vmaf_vif_float_extractor()
                               : k == 2 ? vmaf_adm_extractor() : vmaf_adm_float_extractor();
        unsigned n = 0;
        VmafFrame d2;
        memset(&a, 0, sizeof a);
        a.w = 64;
        a.h = 48;
        a.bpc = 8;
        a.layout = VMAF_LAYOUT_420;
        err = x->create(&st, &a);
        CHECK(err == VMAF_OK, "%s: create -> %d", x->name, err);
        if (err) continue;
        err = x->push(st, &r, &d, 0, em, &n);
        CHECK(err == VMAF_ERR_MISMATCH, "%s: push with 4:2:0 ref, 4:4:4 dis -> %d, want %d", x->name, err, VMAF_ERR_MISMATCH);
        d2 = r;
        d2.w = 62;
        err = x->push(st, &r, &d2, 0, em, &n);
        CHECK(err == VMAF_ERR_MISMATCH, "%s: push with 64x48 ref, 62x48 dis -> %d, want %d", x->name, err, VMAF_ERR_MISMATCH);
        d2 = r;
        d2.bpc = 10;
        err = x->push(st, &r, &d2, 0, em, &n);
        CHECK(err == VMAF_ERR_MISMATCH, "%s: push with 8-bit ref, 10-bit dis -> %d, want %d", x->name, err, VMAF_ERR_MISMATCH);
        CHECK(n == 0, "%s: refused pushes emitted %u values", x->name, n);
        err = x->push(st, &r, &r, 0, em, &n);
        CHECK(err == VMAF_OK && n > 0, "%s: push after refused pushes -> %d, %u values", x->name, err, n);
        x->destroy(st);
    }
    return th_finish();
}
