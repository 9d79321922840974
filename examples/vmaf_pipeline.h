/* examples/vmaf_pipeline.h - the vmaf tool's model scorer: vmaf_model.h's pipeline wrapped in the
   tool's VmafCliScorer interface (examples/vmaf_cli.h), plus the small pthreads worker pool
   behind `--threads N`. A helper of the examples, not a library header (all functions static).

   --threads 0 or 1: every frame is computed on the calling thread (vmaf_model_pipeline_push).
   --threads N > 1: N - 1 worker threads and the calling thread run vmaf_model_job_run(); the
   calling thread also reads frames, submits jobs (the pipeline runs temporal extractors such
   as motion there) and completes finished jobs, and computes a queued job whenever every job
   slot is taken (instead of waiting), so N threads share N cores. Each job slot owns the
   buffers its frame pair is read into (the scorer's `buffers` hook), so frames are not copied;
   only a pair pushed from elsewhere (the first one, read before the scorer existed) is copied
   into its slot. The pipeline commits frames in order, so the output is identical for every N
   (a tested property). The library itself never starts threads: this file does. */
#ifndef VMAF_EXAMPLES_PIPELINE_H
#define VMAF_EXAMPLES_PIPELINE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vmaf_model.h"
#include "examples/vmaf_cli.h"

#if !defined(_WIN32)
#include <pthread.h>
#define VMAF_TOOL_THREADS 1
#endif

enum { VMAF_TOOL_MAX_THREADS = 64 };

typedef struct VmafToolSlot {
    VmafModelJob *job;      /* in flight when non-NULL */
    unsigned char *buf[2];  /* the ref and dis frames of this slot (cap bytes each) */
    size_t cap;
    VmafFrame ref, dis;
    int done, err;
} VmafToolSlot;

typedef struct VmafToolPipe {
    VmafModelPipeline *p;
    VmafModelFile *models[VMAF_CLI_MAX];
    unsigned n_models;
    VmafEmitFn emit; /* the collector callback of the current push/flush */
    void *emit_user;
    char err[512];
    /* worker pool (threads > 1) */
    unsigned n_threads, n_slots;
    unsigned n_workers; /* threads started: n_threads - 1 (the control thread computes too) */
    size_t frame_bytes; /* one frame's planes, tight */
    VmafToolSlot *slots;
    VmafToolSlot *next; /* handed out by `buffers`, filled by the next push */
#if defined(VMAF_TOOL_THREADS)
    pthread_t tid[VMAF_TOOL_MAX_THREADS];
    pthread_mutex_t mu;
    pthread_cond_t work_cv, done_cv;
    unsigned *queue; /* ring of slot indices waiting for a worker */
    unsigned q_head, q_len;
    int stop, started;
#endif
} VmafToolPipe;

static void vmaf_tool__pipe_emit(void *user, unsigned index, const char *key, double value)
{
    VmafToolPipe *t = (VmafToolPipe *)user;
    if (t->emit) t->emit(t->emit_user, index, key, value);
}

static void vmaf_tool__pipe_log(void *user, int level, const char *msg)
{
    (void)user;
    if (level <= 2) fprintf(stderr, "%s\n", msg);
}

#if defined(VMAF_TOOL_THREADS)
/* Takes the oldest queued job and runs it on the calling thread (a worker, or the control
   thread helping). Called and returns with t->mu held; the queue must not be empty. */
static void vmaf_tool__run_queued(VmafToolPipe *t)
{
    VmafToolSlot *slot = &t->slots[t->queue[t->q_head]];
    t->q_head = (t->q_head + 1) % t->n_slots;
    t->q_len--;
    pthread_mutex_unlock(&t->mu);
    slot->err = vmaf_model_job_run(slot->job);
    pthread_mutex_lock(&t->mu);
    slot->done = 1;
    pthread_cond_broadcast(&t->done_cv);
}

static void *vmaf_tool__worker(void *arg)
{
    VmafToolPipe *t = (VmafToolPipe *)arg;
    pthread_mutex_lock(&t->mu);
    for (;;) {
        while (!t->stop && t->q_len == 0) pthread_cond_wait(&t->work_cv, &t->mu);
        if (t->q_len == 0) break; /* stop requested and nothing left */
        vmaf_tool__run_queued(t);
    }
    pthread_mutex_unlock(&t->mu);
    return NULL;
}

/* Completes every finished job (control thread). If `wait_one`, first waits until at least one
   in-flight job has finished. Returns the first error. */
static int vmaf_tool__reap(VmafToolPipe *t, int wait_one)
{
    unsigned i;
    int err = 0;
    pthread_mutex_lock(&t->mu);
    if (wait_one) {
        for (;;) {
            int inflight = 0, finished = 0;
            for (i = 0; i < t->n_slots; i++) {
                if (t->slots[i].job) inflight = 1;
                if (t->slots[i].job && t->slots[i].done) finished = 1;
            }
            if (finished || !inflight) break;
            pthread_cond_wait(&t->done_cv, &t->mu);
        }
    }
    pthread_mutex_unlock(&t->mu);
    for (i = 0; i < t->n_slots; i++) {
        VmafToolSlot *s = &t->slots[i];
        int done;
        pthread_mutex_lock(&t->mu);
        done = s->job && s->done;
        pthread_mutex_unlock(&t->mu);
        if (!done) continue;
        {
            int e = vmaf_model_pipeline_complete(t->p, s->job);
            if (!err) err = s->err ? s->err : e;
        }
        s->job = NULL;
        s->done = 0;
    }
    return err;
}

/* Runs one queued job on the calling (control) thread, if any is queued: the control thread is
   the N-th compute thread of --threads N, so N threads compute on N cores with no thread
   waiting idle. Returns 1 if it ran one. */
static int vmaf_tool__help(VmafToolPipe *t)
{
    int ran;
    pthread_mutex_lock(&t->mu);
    ran = t->q_len > 0;
    if (ran) vmaf_tool__run_queued(t);
    pthread_mutex_unlock(&t->mu);
    return ran;
}

/* Gives a free slot buffers of at least `bytes` each (what they held is dropped). */
static int vmaf_tool__slot_grow(VmafToolSlot *s, size_t bytes)
{
    int k;
    if (s->cap >= bytes) return 0;
    for (k = 0; k < 2; k++) {
        free(s->buf[k]);
        s->buf[k] = (unsigned char *)malloc(bytes);
    }
    s->cap = s->buf[0] && s->buf[1] ? bytes : 0;
    return s->cap ? 0 : VMAF_ERR_OUT_OF_MEMORY;
}

/* A free slot with buffers of at least `bytes` each (reaps finished jobs; when every slot is
   busy, runs a queued job here or waits for one to finish). NULL with *err set on failure. */
static VmafToolSlot *vmaf_tool__free_slot(VmafToolPipe *t, size_t bytes, int *err)
{
    unsigned i;
    VmafToolSlot *s = NULL;
    *err = 0;
    while (!s) {
        for (i = 0; i < t->n_slots && !s; i++)
            if (!t->slots[i].job) s = &t->slots[i];
        if (s && vmaf_model_pipeline_free_jobs(t->p) > 0) break;
        s = NULL;
        if ((*err = vmaf_tool__reap(t, !vmaf_tool__help(t))) != 0) return NULL;
    }
    if ((*err = vmaf_tool__slot_grow(s, bytes)) != 0) return NULL;
    return s;
}

static int vmaf_tool__pipe_buffers(void *self, size_t bytes, unsigned char **ref, unsigned char **dis)
{
    VmafToolPipe *t = (VmafToolPipe *)self;
    int err;
    VmafToolSlot *s;
    if (t->n_threads <= 1) return VMAF_ERR_STATE;
    s = vmaf_tool__free_slot(t, bytes, &err); /* an unused earlier reservation is free too */
    if (!s) {
        if (!t->err[0]) snprintf(t->err, sizeof t->err, "%s", vmaf_result_string(err));
        return err;
    }
    t->next = s;
    *ref = s->buf[0];
    *dis = s->buf[1];
    return 0;
}

/* Copies a frame into slot memory (a frame not read into the slot's buffers). */
static void vmaf_tool__copy_frame(const VmafFrame *src, VmafFrame *dst, unsigned char *mem)
{
    int i;
    *dst = *src;
    for (i = 0; i < 3; i++) {
        VmafPlane pl = vmaf_frame_plane(src, i);
        size_t row = (size_t)pl.w * (src->bpc > 8 ? 2u : 1u);
        unsigned y;
        if (!src->data[i] || !pl.w || !pl.h) { dst->data[i] = NULL; dst->stride[i] = 0; continue; }
        for (y = 0; y < pl.h; y++) memcpy(mem + (size_t)y * row, (const unsigned char *)src->data[i] + (ptrdiff_t)y * src->stride[i], row);
        dst->data[i] = mem;
        dst->stride[i] = (ptrdiff_t)row;
        mem += row * pl.h;
    }
}
#endif

static int vmaf_tool__pipe_push(void *self, const VmafFrame *ref, const VmafFrame *dis, unsigned index, VmafEmitFn emit, void *user)
{
    VmafToolPipe *t = (VmafToolPipe *)self;
    int err;
    (void)index;
    t->emit = emit;
    t->emit_user = user;
#if defined(VMAF_TOOL_THREADS)
    if (t->n_threads > 1) {
        /* the slot `buffers` reserved, whose buffers the pair was read into: used as they are;
           any other pair is copied into a free slot */
        VmafToolSlot *s = t->next;
        t->next = NULL;
        if (s && ref->data[0] == s->buf[0] && dis->data[0] == s->buf[1]) {
            s->ref = *ref;
            s->dis = *dis;
        } else {
            if (!s && !(s = vmaf_tool__free_slot(t, t->frame_bytes, &err))) goto fail;
            if ((err = vmaf_tool__slot_grow(s, t->frame_bytes)) != 0) goto fail;
            vmaf_tool__copy_frame(ref, &s->ref, s->buf[0]);
            vmaf_tool__copy_frame(dis, &s->dis, s->buf[1]);
        }
        s->done = 0;
        s->err = 0;
        if ((err = vmaf_model_pipeline_submit(t->p, &s->ref, &s->dis, &s->job)) != 0) { s->job = NULL; goto fail; }
        pthread_mutex_lock(&t->mu);
        t->queue[(t->q_head + t->q_len) % t->n_slots] = (unsigned)(s - t->slots);
        t->q_len++;
        pthread_cond_signal(&t->work_cv);
        pthread_mutex_unlock(&t->mu);
        /* commit whatever has finished, without waiting */
        if ((err = vmaf_tool__reap(t, 0)) != 0) goto fail;
        return 0;
    }
#endif
    err = vmaf_model_pipeline_push(t->p, ref, dis);
    if (!err) return 0;
#if defined(VMAF_TOOL_THREADS)
fail:
#endif
    if (!t->err[0]) snprintf(t->err, sizeof t->err, "%s", vmaf_result_string(err));
    return err;
}

static int vmaf_tool__pipe_flush(void *self, VmafEmitFn emit, void *user)
{
    VmafToolPipe *t = (VmafToolPipe *)self;
    int err = 0;
    t->emit = emit;
    t->emit_user = user;
#if defined(VMAF_TOOL_THREADS)
    if (t->n_threads > 1) {
        unsigned i;
        for (;;) {
            int inflight = 0;
            for (i = 0; i < t->n_slots; i++)
                if (t->slots[i].job) inflight = 1;
            if (!inflight) break;
            if ((err = vmaf_tool__reap(t, !vmaf_tool__help(t))) != 0) break;
        }
    }
#endif
    if (!err) err = vmaf_model_pipeline_flush(t->p);
    if (err && !t->err[0]) snprintf(t->err, sizeof t->err, "%s", vmaf_result_string(err));
    return err;
}

static void vmaf_tool__pipe_close(void *self)
{
    VmafToolPipe *t = (VmafToolPipe *)self;
    unsigned i;
    if (!t) return;
#if defined(VMAF_TOOL_THREADS)
    if (t->started) {
        pthread_mutex_lock(&t->mu);
        t->stop = 1;
        t->q_len = 0; /* drop queued work: the run is over */
        pthread_cond_broadcast(&t->work_cv);
        pthread_mutex_unlock(&t->mu);
        for (i = 0; i < t->n_workers; i++) pthread_join(t->tid[i], NULL);
        pthread_mutex_destroy(&t->mu);
        pthread_cond_destroy(&t->work_cv);
        pthread_cond_destroy(&t->done_cv);
    }
    free(t->queue);
#endif
    if (t->slots) {
        for (i = 0; i < t->n_slots; i++) {
            free(t->slots[i].buf[0]);
            free(t->slots[i].buf[1]);
        }
        free(t->slots);
    }
    vmaf_model_pipeline_destroy(t->p);
    for (i = 0; i < t->n_models; i++) vmaf_model_free(t->models[i]);
    free(t);
}

/* Loads one -m entry: version= (built-in) wins over path=; name, flags and overloads applied. */
static int vmaf_tool__load_model(const VmafCliModel *cm, VmafModelFile **out)
{
    VmafModelOptions o;
    unsigned i;
    int err;
    memset(&o, 0, sizeof o);
    o.name = cm->name;
    o.flags = (cm->enable_transform ? VMAF_MODEL_ENABLE_TRANSFORM : 0u) | (cm->disable_clip ? VMAF_MODEL_DISABLE_CLIP : 0u);
    o.log = vmaf_tool__pipe_log;
    if (cm->version) err = vmaf_model_builtin(out, cm->version, &o);
    else if (cm->path) err = vmaf_model_read(out, cm->path, &o);
    else err = VMAF_ERR_INVALID_ARGUMENT;
    if (err) {
        fprintf(stderr, "problem loading model: %s (%s)\n", cm->version ? cm->version : cm->path ? cm->path : "(none)", vmaf_result_string(err));
        return err;
    }
    for (i = 0; i < cm->n_overload; i++) {
        err = vmaf_model_overload(*out, cm->overload[i].extractor, cm->overload[i].option, cm->overload[i].value);
        if (err) {
            fprintf(stderr, "problem overloading model feature: %s.%s=%s (%s)\n", cm->overload[i].extractor, cm->overload[i].option,
                    cm->overload[i].value, vmaf_result_string(err));
            return err;
        }
    }
    return 0;
}

/* VmafCliPipelineOpen for examples/vmaf.c. */
static int vmaf_tool_pipeline_open(const VmafCliSettings *s, const VmafCliEnv *env, const VmafCliVideo *v, VmafCliScorer *out)
{
    VmafToolPipe *t;
    VmafModelPipelineConfig pc;
    unsigned i;
    int err;
    memset(out, 0, sizeof *out);
    t = (VmafToolPipe *)calloc(1, sizeof *t);
    if (!t) { fprintf(stderr, "out of memory\n"); return VMAF_ERR_OUT_OF_MEMORY; }
    t->n_threads = s->threads > VMAF_TOOL_MAX_THREADS ? VMAF_TOOL_MAX_THREADS : s->threads;
#if !defined(VMAF_TOOL_THREADS)
    t->n_threads = 0;
#endif
    memset(&pc, 0, sizeof pc);
    pc.w = v->w;
    pc.h = v->h;
    pc.bpc = v->bpc;
    pc.layout = v->layout;
    pc.jobs = t->n_threads > 1 ? t->n_threads + 1 : 1; /* one frame being read while N run */
    pc.subsample = s->subsample;
    pc.flags = s->no_prediction ? VMAF_MODEL_PIPELINE_NO_PREDICTION : 0u;
    pc.cpumask = s->cpumask;
    pc.emit = vmaf_tool__pipe_emit;
    pc.emit_user = t;
    pc.log = vmaf_tool__pipe_log;
    out->self = t;
    out->push = vmaf_tool__pipe_push;
    out->flush = vmaf_tool__pipe_flush;
    out->close = vmaf_tool__pipe_close;
    out->err = t->err;
    out->err_size = sizeof t->err;
    if ((err = vmaf_model_pipeline_create(&t->p, &pc)) != 0) {
        fprintf(stderr, "problem initializing the pipeline: %s\n", vmaf_result_string(err));
        goto fail;
    }
    for (i = 0; i < env->n_getters; i++) {
        const VmafExtractor *x = env->getters[i]();
        if (x && (err = vmaf_model_pipeline_register(t->p, x)) != 0) goto fail;
    }
    for (i = 0; i < s->n_backend_tables; i++) /* --backend: over the CPU tables */
        if ((err = vmaf_model_pipeline_register(t->p, s->backend_tables[i])) != 0) goto fail;
    for (i = 0; i < s->n_models; i++) {
        if ((err = vmaf_tool__load_model(&s->models[i], &t->models[t->n_models])) != 0) goto fail;
        t->n_models++;
        if ((err = vmaf_model_pipeline_add_model(t->p, t->models[i])) != 0) {
            fprintf(stderr, "problem loading model features: %s (%s)\n",
                    s->models[i].version ? s->models[i].version : s->models[i].path, vmaf_result_string(err));
            goto fail;
        }
    }
    for (i = 0; i < s->n_features; i++) {
        if ((err = vmaf_model_pipeline_add_feature(t->p, s->features[i].name, s->features[i].options)) != 0) {
            fprintf(stderr, "problem loading feature extractor: %s (%s)\n", s->features[i].name, vmaf_result_string(err));
            goto fail;
        }
    }
#if defined(VMAF_TOOL_THREADS)
    if (t->n_threads > 1) {
        size_t frame = 0;
        int k;
        for (k = 0; k < 3; k++) {
            VmafFrame f;
            VmafPlane pl;
            memset(&f, 0, sizeof f);
            f.w = v->w; f.h = v->h; f.bpc = v->bpc; f.layout = v->layout;
            pl = vmaf_frame_plane(&f, k);
            frame += (size_t)pl.w * pl.h * (v->bpc > 8 ? 2u : 1u);
        }
        t->n_slots = pc.jobs;
        t->frame_bytes = frame;
        t->slots = (VmafToolSlot *)calloc(t->n_slots, sizeof *t->slots);
        t->queue = (unsigned *)calloc(t->n_slots, sizeof *t->queue);
        if (!t->slots || !t->queue) { err = VMAF_ERR_OUT_OF_MEMORY; goto fail; }
        /* slot buffers are allocated when first used (vmaf_tool__free_slot) */
        out->buffers = vmaf_tool__pipe_buffers;
        if (t->n_slots < 2) { err = VMAF_ERR_INVALID_ARGUMENT; goto fail; }
        pthread_mutex_init(&t->mu, NULL);
        pthread_cond_init(&t->work_cv, NULL);
        pthread_cond_init(&t->done_cv, NULL);
        t->started = 1;
        for (i = 0; i + 1 < t->n_threads; i++) {
            if (pthread_create(&t->tid[i], NULL, vmaf_tool__worker, t) != 0) {
                fprintf(stderr, "could not start worker threads\n");
                err = VMAF_ERR_OUT_OF_MEMORY;
                goto fail;
            }
            t->n_workers = i + 1; /* joined by close */
        }
    }
#endif
    return 0;
fail:
    if (!err) err = VMAF_ERR_INVALID_ARGUMENT;
    vmaf_tool__pipe_close(t);
    memset(out, 0, sizeof *out);
    return err;
}

#endif /* VMAF_EXAMPLES_PIPELINE_H */
