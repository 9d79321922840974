/* tests/test_threads.c - several threads scoring at once (issue 7). Built normally by `make test`
   and under ThreadSanitizer by tests/test_tsan.sh (which is what finds data races).

   1. Independent states: 4 threads, each with its own states of all seven extractor tables
      (vif, float_vif, adm, float_adm, motion, float_motion, motion 3.0) and its own model
      pipeline (default model + float model), score the same real pair at the same time. Every
      thread must emit exactly the values, in exactly the order, of a single-threaded run.
   2. The frame-parallel split API of vmaf_model.h: one pipeline with cfg.jobs = 4, frames
      submitted and completed on the main thread, vmaf_model_job_run() on 3 worker threads in
      whatever order they finish. Output must equal the single-threaded pipeline bit for bit.
   Data: tests/data/testdata src01 8-bit (576x324, 3 frames) and the 10-bit sparks pair. */
#define _POSIX_C_SOURCE 200809L
#define VMAF_VIF_IMPLEMENTATION
#define VMAF_ADM_IMPLEMENTATION
#define VMAF_MOTION_IMPLEMENTATION
#define VMAF_MODEL_IMPLEMENTATION
#include "vmaf_vif.h"
#include "vmaf_adm.h"
#include "vmaf_motion.h"
#include "vmaf_model.h"
#include "harness.h"
#include <pthread.h>

enum { NTHREADS = 4, MAXV = 2048 };

typedef struct {
    unsigned n;
    unsigned idx[MAXV];
    char key[MAXV][72]; /* copies: extractor keys die with their state */
    double v[MAXV];
} trace;

static void trace_emit(void *user, unsigned index, const char *key, double value)
{
    trace *t = (trace *)user;
    if (t->n < MAXV) {
        t->idx[t->n] = index;
        snprintf(t->key[t->n], sizeof t->key[t->n], "%s", key);
        t->v[t->n] = value;
    }
    t->n++;
}

/* Same values, same order, same keys (by text). */
static int trace_same(const trace *a, const trace *b)
{
    unsigned i;
    if (a->n != b->n || a->n > MAXV) return 0;
    for (i = 0; i < a->n; i++)
        if (a->idx[i] != b->idx[i] || strcmp(a->key[i], b->key[i]) ||
            memcmp(&a->v[i], &b->v[i], sizeof(double)))
            return 0;
    return 1;
}

typedef struct {
    th_pair pair;
    VmafFrame ref[8], dis[8];
    void *mem[16];
    unsigned nframes;
} video;

static int video_load(video *v, const char *name, unsigned maxf)
{
    unsigned i;
    memset(v, 0, sizeof *v);
    if (!th_pair_by_name(name, &v->pair)) return 0;
    v->nframes = v->pair.frames < maxf ? v->pair.frames : maxf;
    for (i = 0; i < v->nframes; i++) {
        int w;
        for (w = 0; w < 2; w++) {
            VmafFrame *f = w ? &v->dis[i] : &v->ref[i];
            unsigned char *buf = (unsigned char *)th_read_frame(&v->pair, w, i);
            size_t bps = v->pair.bpc > 8 ? 2 : 1, luma = (size_t)v->pair.w * v->pair.h * bps;
            if (!buf) return 0;
            v->mem[2 * i + (unsigned)w] = buf;
            memset(f, 0, sizeof *f);
            f->w = v->pair.w;
            f->h = v->pair.h;
            f->bpc = v->pair.bpc;
            f->layout = v->pair.layout == 444 ? VMAF_LAYOUT_444 : v->pair.layout == 422 ? VMAF_LAYOUT_422 : VMAF_LAYOUT_420;
            f->data[0] = buf;
            f->stride[0] = (ptrdiff_t)(v->pair.w * bps);
            f->data[1] = buf + luma;
            f->stride[1] = (ptrdiff_t)(vmaf_frame_plane(f, 1).w * bps);
            f->data[2] = buf + luma + (size_t)f->stride[1] * vmaf_frame_plane(f, 1).h;
            f->stride[2] = f->stride[1];
        }
    }
    return 1;
}

static void video_free(video *v)
{
    unsigned i;
    for (i = 0; i < 16; i++) free(v->mem[i]);
}

static const VmafExtractor *table(int i)
{
    switch (i) {
    case 0: return vmaf_vif_extractor();
    case 1: return vmaf_vif_float_extractor();
    case 2: return vmaf_adm_extractor();
    case 3: return vmaf_adm_float_extractor();
    case 4: return vmaf_motion_extractor();
    case 5: return vmaf_motion_float_extractor();
    default: return vmaf_motion_v30_extractor();
    }
}
static const char *const table_opts[7] = {"debug=true", "debug=true", "debug=true", "debug=true",
                                          "debug=true:motion_five_frame_window=true", "motion_add_uv=true", NULL};

/* Everything one thread computes: 7 extractors, then a pipeline with two models. */
typedef struct {
    const video *v;
    trace ext[7], pipe;
    int err;
} work;

static int run_pipeline(const video *v, unsigned jobs, trace *out, int threads, unsigned cpumask);

static void *work_run(void *arg)
{
    work *w = (work *)arg;
    int e;
    unsigned i;
    for (e = 0; e < 7 && !w->err; e++) {
        const VmafExtractor *x = table(e);
        VmafExtractorArgs a;
        void *st = NULL;
        memset(&a, 0, sizeof a);
        a.w = w->v->pair.w;
        a.h = w->v->pair.h;
        a.bpc = w->v->pair.bpc;
        a.layout = w->v->ref[0].layout;
        a.options = table_opts[e];
        w->ext[e].n = 0;
        if ((w->err = x->create(&st, &a)) != 0) break;
        for (i = 0; i < w->v->nframes && !w->err; i++)
            w->err = x->push(st, &w->v->ref[i], &w->v->dis[i], i, trace_emit, &w->ext[e]);
        if (!w->err && x->flush) w->err = x->flush(st, trace_emit, &w->ext[e]);
        x->destroy(st);
    }
    if (!w->err) w->err = run_pipeline(w->v, 1, &w->pipe, 0, 0);
    return NULL;
}

/* ---- the split API on worker threads */
typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    VmafModelJob *queue[64];
    unsigned head, len;
    int done[64]; /* indexed by queue slot order: job finished */
    VmafModelJob *finished[64];
    unsigned nfinished;
    int stop;
} pool;

static void *pool_worker(void *arg)
{
    pool *p = (pool *)arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        VmafModelJob *j;
        while (!p->stop && p->len == 0) pthread_cond_wait(&p->cv, &p->mu);
        if (p->len == 0) break;
        j = p->queue[p->head];
        p->head = (p->head + 1) % 64;
        p->len--;
        pthread_mutex_unlock(&p->mu);
        vmaf_model_job_run(j);
        pthread_mutex_lock(&p->mu);
        p->finished[p->nfinished++] = j;
        pthread_cond_broadcast(&p->cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static int run_pipeline(const video *v, unsigned jobs, trace *out, int threads, unsigned cpumask)
{
    VmafModelPipelineConfig pc;
    VmafModelPipeline *p = NULL;
    VmafModelFile *m1 = NULL, *m2 = NULL;
    VmafModelOptions mo;
    unsigned i;
    int err;
    memset(&pc, 0, sizeof pc);
    pc.w = v->pair.w;
    pc.h = v->pair.h;
    pc.bpc = v->pair.bpc;
    pc.layout = v->ref[0].layout;
    pc.jobs = jobs;
    pc.cpumask = cpumask;
    pc.emit = trace_emit;
    pc.emit_user = out;
    out->n = 0;
    memset(&mo, 0, sizeof mo);
    mo.name = "float";
    if ((err = vmaf_model_builtin(&m1, "vmaf_v0.6.1", NULL)) || (err = vmaf_model_builtin(&m2, "vmaf_float_v0.6.1", &mo)) ||
        (err = vmaf_model_pipeline_create(&p, &pc)) || (err = vmaf_model_pipeline_register_known(p)) < 0 ||
        (err = vmaf_model_pipeline_add_model(p, m1)) || (err = vmaf_model_pipeline_add_model(p, m2)))
        goto done;
    if (!threads) {
        for (i = 0; i < v->nframes && !err; i++) err = vmaf_model_pipeline_push(p, &v->ref[i], &v->dis[i]);
    } else {
        pool pl;
        pthread_t tid[3];
        unsigned t, inflight = 0;
        memset(&pl, 0, sizeof pl);
        pthread_mutex_init(&pl.mu, NULL);
        pthread_cond_init(&pl.cv, NULL);
        for (t = 0; t < 3; t++) pthread_create(&tid[t], NULL, pool_worker, &pl);
        /* each frame twice (as frames n..2n-1 again) to keep 4 jobs busy */
        for (i = 0; i < 2 * v->nframes && !err; i++) {
            VmafModelJob *j = NULL;
            while (!err && vmaf_model_pipeline_free_jobs(p) == 0) { /* wait for one, complete all finished */
                unsigned k;
                pthread_mutex_lock(&pl.mu);
                while (pl.nfinished == 0) pthread_cond_wait(&pl.cv, &pl.mu);
                for (k = 0; k < pl.nfinished && !err; k++) {
                    err = vmaf_model_pipeline_complete(p, pl.finished[k]);
                    inflight--;
                }
                pl.nfinished = 0;
                pthread_mutex_unlock(&pl.mu);
            }
            if (err || (err = vmaf_model_pipeline_submit(p, &v->ref[i % v->nframes], &v->dis[i % v->nframes], &j))) break;
            pthread_mutex_lock(&pl.mu);
            pl.queue[(pl.head + pl.len) % 64] = j;
            pl.len++;
            inflight++;
            pthread_cond_broadcast(&pl.cv);
            pthread_mutex_unlock(&pl.mu);
        }
        while (inflight > 0) {
            unsigned k;
            pthread_mutex_lock(&pl.mu);
            while (pl.nfinished == 0) pthread_cond_wait(&pl.cv, &pl.mu);
            for (k = 0; k < pl.nfinished; k++) {
                int e2 = vmaf_model_pipeline_complete(p, pl.finished[k]);
                if (!err) err = e2;
                inflight--;
            }
            pl.nfinished = 0;
            pthread_mutex_unlock(&pl.mu);
        }
        pthread_mutex_lock(&pl.mu);
        pl.stop = 1;
        pthread_cond_broadcast(&pl.cv);
        pthread_mutex_unlock(&pl.mu);
        for (t = 0; t < 3; t++) pthread_join(tid[t], NULL);
        pthread_mutex_destroy(&pl.mu);
        pthread_cond_destroy(&pl.cv);
    }
    if (!err) err = vmaf_model_pipeline_flush(p);
done:
    vmaf_model_pipeline_destroy(p);
    vmaf_model_free(m1);
    vmaf_model_free(m2);
    return err;
}

/* the single-threaded pipeline over frames 0..n-1, n..2n-1 (the same frames twice) */
static int run_pipeline_twice(const video *v, trace *out)
{
    video v2 = *v;
    unsigned i;
    for (i = 0; i < v->nframes; i++) {
        v2.ref[v->nframes + i] = v->ref[i];
        v2.dis[v->nframes + i] = v->dis[i];
    }
    v2.nframes = 2 * v->nframes;
    return run_pipeline(&v2, 1, out, 0, 0);
}

static void check_video(const char *name)
{
    static video v;
    static work base, w[NTHREADS];
    static trace split, twice;
    pthread_t tid[NTHREADS];
    int t, e;
    if (!video_load(&v, name, 4)) {
        th_skip("test data missing");
        return;
    }
    base.v = &v;
    work_run(&base);
    if (!CHECK(base.err == 0, "%s: single-threaded run failed: %d", name, base.err)) return;
    for (e = 0; e < 7; e++) CHECK(base.ext[e].n > 0 && base.ext[e].n <= MAXV, "%s: extractor %d emitted %u values", name, e, base.ext[e].n);
    for (t = 0; t < NTHREADS; t++) {
        memset(&w[t], 0, sizeof w[t]);
        w[t].v = &v;
        CHECK(pthread_create(&tid[t], NULL, work_run, &w[t]) == 0, "pthread_create");
    }
    for (t = 0; t < NTHREADS; t++) {
        pthread_join(tid[t], NULL);
        CHECK(w[t].err == 0, "%s: thread %d failed: %d", name, t, w[t].err);
        for (e = 0; e < 7; e++)
            CHECK(trace_same(&w[t].ext[e], &base.ext[e]), "%s: thread %d, %s: values differ from the single-threaded run", name,
                  t, table(e)->name);
        CHECK(trace_same(&w[t].pipe, &base.pipe), "%s: thread %d: pipeline values differ", name, t);
    }
    /* the split API on worker threads (each frame twice) == one thread */
    CHECK(run_pipeline_twice(&v, &twice) == 0, "%s: pipeline over the frames twice", name);
    CHECK(run_pipeline(&v, 4, &split, 1, 0) == 0, "%s: frame-parallel pipeline", name);
    CHECK(twice.n > 0 && trace_same(&split, &twice), "%s: frame-parallel pipeline (jobs 4, 3 workers) differs from push()",
          name);
    /* one pipeline over the frames twice: frame n+k repeats frame k exactly, except for the
       temporal values (and the model scores that use them) of the first and last frame */
    {
        unsigned n = v.nframes, i, j, matched = 0;
        int all_ok = 1;
        for (i = 0; i < twice.n && i < MAXV; i++) {
            unsigned k = twice.idx[i];
            int temporal_edge = (k % n == 0 || k % n == n - 1) &&
                                (strstr(twice.key[i], "motion") || !strcmp(twice.key[i], "vmaf") || !strcmp(twice.key[i], "float"));
            if (k < n || temporal_edge) continue;
            for (j = 0; j < twice.n && j < MAXV; j++)
                if (twice.idx[j] == k - n && !strcmp(twice.key[j], twice.key[i])) break;
            if (j == twice.n || memcmp(&twice.v[j], &twice.v[i], sizeof(double))) {
                all_ok = 0;
                fprintf(stderr, "frame %u %s: %.17g, frame %u: %.17g\n", k, twice.key[i], twice.v[i], k - n,
                        j < twice.n ? twice.v[j] : -1.0);
            } else {
                matched++;
            }
        }
        CHECK(all_ok && matched >= 20, "%s: repeated frames differ in one pipeline (%u values matched)", name, matched);
    }
    /* every cpumask (SIMD paths disabled in any combination) gives the same bits */
    {
        static const unsigned masks[5] = {16, 24, 48, 8, ~0u};
        static trace tm;
        int k;
        for (k = 0; k < 5; k++) {
            CHECK(run_pipeline(&v, 1, &tm, 0, masks[k]) == 0, "%s: pipeline with cpumask %u", name, masks[k]);
            CHECK(trace_same(&tm, &base.pipe), "%s: cpumask %u changes the results", name, masks[k]);
        }
    }
    video_free(&v);
}

int main(void)
{
    th_init();
    check_video("src01_8bit");
    if (!getenv("TEST_THREADS_QUICK")) check_video("sparks_10bit"); /* TSan runs are slow */
    return th_finish();
}
