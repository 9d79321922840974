/* examples/custom_alloc.c - route every allocation through your own allocator (VmafAllocator),
   here a counting one, and see that nothing is allocated per frame.

       cc -std=c99 -O2 -I. examples/custom_alloc.c -o custom_alloc -lm */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define VMAF_VIF_IMPLEMENTATION
#include "vmaf_vif.h"

typedef struct { size_t calls, bytes, live; } Counter;

static void *count_alloc(size_t n, void *user)
{
    Counter *c = (Counter *)user;
    c->calls++;
    c->bytes += n;
    c->live++;
    return malloc(n);
}
static void count_free(void *p, void *user)
{
    ((Counter *)user)->live--;
    free(p);
}

int main(void)
{
    enum { W = 176, H = 144 };
    Counter c;
    VmafVifConfig cfg;
    VmafVifState *s;
    VmafVifScores sc;
    VmafPlane ref, dis;
    static unsigned char a[W * H], b[W * H];
    size_t calls_after_create;
    int i, f;
    for (i = 0; i < W * H; i++) { a[i] = (unsigned char)(i * 7); b[i] = (unsigned char)(i * 7 + (i % 3)); }
    memset(&c, 0, sizeof c);
    vmaf_vif_config_default(&cfg, VMAF_VIF_FLOAT);
    cfg.w = W; cfg.h = H; cfg.bpc = 8;
    cfg.allocator.alloc = count_alloc;
    cfg.allocator.free = count_free;
    cfg.allocator.user = &c;
    if (vmaf_vif_create(&s, &cfg)) return 1;
    calls_after_create = c.calls;
    ref.data = a; ref.stride = W; ref.w = W; ref.h = H; ref.bpc = 8;
    dis = ref;
    dis.data = b;
    for (f = 0; f < 10; f++)
        if (vmaf_vif_compute(s, &ref, &dis, &sc)) return 1;
    printf("vif_scale0 %f; allocations: %zu at create (%zu bytes), %zu during 10 frames\n", sc.scale[0],
           calls_after_create, c.bytes, c.calls - calls_after_create);
    vmaf_vif_destroy(s);
    printf("live blocks after destroy: %zu\n", c.live);
    return (c.calls == calls_after_create && c.live == 0) ? 0 : 1;
}
