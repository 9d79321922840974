/* examples/vmaf_cli.h - the vmaf tool: command line (libvmaf's `vmaf` flags and parsing), the
   frame loop, the scorer and the output file. A small single-file helper of the examples, not a
   library header (every function is static); examples/vmaf.c is main() around vmaf_cli_main().
   Kept in a header so tests can run the whole tool in-process with stand-in extractors.

   Structure of a run (vmaf_cli_main):
     parse argv -> VmafCliSettings          (libvmaf cli_parse.c semantics, SPEC 7.1)
     open both inputs (vmaf_input.h), check they match, skip frames, read the first pair
     vmaf_cli__scorer_open()                 <- where values come from (see below)
     for each frame pair: scorer.push(ref, dis, index, vmaf_out_emit, &collector)
     scorer.flush(vmaf_out_emit, &collector)
     model score lines on stderr, then the output file (vmaf_output.h) written in one go

   The scorer is an interface (VmafCliScorer: push, flush, close) with one emit callback into the
   collector. Without models it is the direct --feature driver (vmaf_cli_driver_open: the
   VmafExtractor tables found through the getters in VmafCliEnv). With models it is whatever
   env->open_pipeline returns: vmaf_model.h's pipeline wrapped in the same three callbacks (set
   by examples/vmaf.c). While that pointer is NULL the tool refuses model scoring with "model
   scoring not available yet"; -n with --feature works fully.

   Exit status: 0 success; 1 bad command line (as libvmaf's usage()); 255 any other failure
   (libvmaf's main returns -1). Unlike libvmaf, unknown options, stray arguments, read errors
   in the middle of a stream and an unwritable output file are errors too. */
#ifndef VMAF_EXAMPLES_CLI_H
#define VMAF_EXAMPLES_CLI_H

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "vmaf_model.h"
#include "examples/vmaf_input.h"
#include "examples/vmaf_output.h"

#if defined(_WIN32)
#include <sys/stat.h>
#define VMAF_CLI__ISREG(m) (((m) & _S_IFMT) == _S_IFREG)
#else
#include <sys/stat.h>
#define VMAF_CLI__ISREG(m) S_ISREG(m)
#endif

#if defined(__GNUC__) || defined(__clang__)
#define VMAF_CLI__FN static __attribute__((unused))
#define VMAF_CLI__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define VMAF_CLI__FN static
#define VMAF_CLI__PRINTF(a, b)
#endif

#define VMAF_CLI_VERSION "0.1.0"
#define VMAF_CLI_VERSION_STRING "sh-" VMAF_CLI_VERSION /* our version string (XML/JSON "version") */
enum { VMAF_CLI_MAX = 32 };                           /* libvmaf's CLI_SETTINGS_STATIC_ARRAY_LEN */
enum { VMAF_CLI_EXIT_OK = 0, VMAF_CLI_EXIT_USAGE = 1, VMAF_CLI_EXIT_FAIL = 255 };

/* ---------------------------------------------------------------- settings */

typedef struct VmafCliOverload {
    char *extractor; /* "vif" in -m ...:vif.vif_enhn_gain_limit=1 */
    char *option;    /* "vif_enhn_gain_limit" */
    char *value;     /* normalised like libvmaf's feature dictionary */
} VmafCliOverload;

typedef struct VmafCliModel {
    const char *version;  /* version=<built-in>, or NULL */
    const char *path;     /* path=<json>, or NULL (version wins when both are given) */
    const char *name;     /* name=<label>, default "vmaf" */
    int disable_clip, enable_transform;
    VmafCliOverload overload[VMAF_CLI_MAX];
    unsigned n_overload;
    char *buf; /* owns the strings above */
} VmafCliModel;

typedef struct VmafCliFeature {
    char *name;    /* extractor name */
    char *options; /* "opt=val:opt=val", values normalised, duplicate keys merged; "" if none */
} VmafCliFeature;

typedef struct VmafCliSettings {
    const char *ref, *dist;
    unsigned w, h, bpc, pixfmt; /* raw input geometry */
    int use_yuv;                /* any of -w -h -p -b given */
    const char *output;         /* -o; "-" = standard output */
    int format;                 /* VMAF_OUT_* (default XML) */
    int precision;              /* 0 = libvmaf rule, 1..17 = %.<N>g */
    VmafCliModel models[VMAF_CLI_MAX];
    unsigned n_models;
    VmafCliFeature features[VMAF_CLI_MAX];
    unsigned n_features;
    unsigned threads, subsample, cpumask, gpumask, frame_cnt, skip_ref, skip_dist;
    int no_prediction, quiet;
    const char *backend;        /* --backend: NULL or "cpu" (default), "vulkan" */
    const VmafExtractor *const *backend_tables; /* set by the backend: used before the getters */
    unsigned n_backend_tables;
} VmafCliSettings;

/* An extractor getter: vmaf_vif_extractor, vmaf_vif_float_extractor, ... (NULL result = not
   available in this build). */
typedef const VmafExtractor *(*VmafCliGetter)(void);

/* What turns frame pairs into emitted (index, key, value) triples. */
typedef struct VmafCliScorer {
    void *self;
    int (*push)(void *self, const VmafFrame *ref, const VmafFrame *dis, unsigned index, VmafEmitFn emit, void *user);
    int (*flush)(void *self, VmafEmitFn emit, void *user);
    void (*close)(void *self);
    /* Optional (NULL: frames are read into the inputs' own buffers). Called before each frame
       pair after the first is read: returns two buffers of `bytes` bytes (the input's whole
       frame, vmaf_input_frame_bytes) that the pair is then read into and pushed from, so a
       scorer that keeps frames for later work needs no copy. Returns 0 or a VMAF_ERR_*. */
    int (*buffers)(void *self, size_t bytes, unsigned char **ref, unsigned char **dis);
    char *err;     /* where push/flush/buffers leave a message */
    size_t err_size;
} VmafCliScorer;

/* Geometry handed to the scorer. */
typedef struct VmafCliVideo {
    unsigned w, h, bpc;
    VmafLayout layout;
} VmafCliVideo;

typedef struct VmafCliEnv VmafCliEnv;

/* Opens the model pipeline for a run with models (s->n_models > 0): it extracts the models'
   features and s->features (libvmaf registers model features first and drops a --feature
   instance whose extractor name and key are already registered), and emits per-frame feature
   values and model outputs (key = model name; collections also <name>_bagging, _stddev,
   _ci_p95_lo, _ci_p95_hi, <name>_0001..) through the emit callback. It must honour
   s->subsample (non-temporal extractors and predictions only at index % subsample == 0),
   s->cpumask and s->no_prediction (extract only). Prints its own error message and returns
   non-zero on failure. */
typedef int (*VmafCliPipelineOpen)(const VmafCliSettings *s, const VmafCliEnv *env, const VmafCliVideo *v, VmafCliScorer *out);

/* A GPU backend of the tool (--backend NAME other than cpu; examples/vmaf.c has "vulkan"),
   given to vmaf_cli_main_backend(). open() runs once after the command line is parsed: it
   fills `tables` with extractor tables that replace the CPU tables of the same name, in the
   model pipeline and in the --feature driver (names it does not fill stay on the CPU), and
   returns 0; or it prints why it cannot and returns non-zero (the tool exits with 255).
   close() runs after the run. */
typedef struct VmafCliBackend {
    int (*open)(struct VmafCliBackend *b, const VmafCliSettings *s, const VmafCliEnv *env);
    void (*close)(struct VmafCliBackend *b);
    const VmafExtractor *tables[16];
    unsigned n_tables;
    void *handle;
} VmafCliBackend;

struct VmafCliEnv {
    const VmafCliGetter *getters;      /* the extractor registry */
    unsigned n_getters;
    VmafCliPipelineOpen open_pipeline; /* NULL: "model scoring not available yet" */
    int stderr_tty;                    /* progress line and score lines (isatty(2) in main) */
    const char *version;               /* version string; NULL = VMAF_CLI_VERSION_STRING */
};

/* ---------------------------------------------------------------- usage */

static const char vmaf_cli__usage_text[] =
    "Supported options:\n"
    " --reference/-r $path:        path to reference .y4m or .yuv (\"-\" = standard input)\n"
    " --distorted/-d $path:        path to distorted .y4m or .yuv (\"-\" = standard input)\n"
    " --width/-w $unsigned:        width\n"
    " --height/-h $unsigned:       height\n"
    " --pixel_format/-p: $string   pixel format (420/422/444)\n"
    " --bitdepth/-b $unsigned:     bitdepth (8/10/12/16)\n"
    " --model/-m $params:          model parameters, colon \":\" delimited\n"
    "                              `path=` path to model file\n"
    "                              `version=` built-in model version\n"
    "                              `name=` name used in log (optional)\n"
    "                              `disable_clip`, `enable_transform`\n"
    "                              `<extractor>.<option>=<value>` feature overload\n"
    " --output/-o $path:           output file (\"-\" = standard output)\n"
    " --xml:                       write output file as XML (default)\n"
    " --json:                      write output file as JSON\n"
    " --csv:                       write output file as CSV\n"
    " --sub:                       write output file as subtitle\n"
    " --precision $digits:         digits of the values in the output file: 1..17 prints\n"
    "                              %.<N>g, `max` prints %.17g (exact), `legacy` (default)\n"
    "                              libvmaf's %.6f / %.16f rule\n"
    " --threads $unsigned:         number of threads that compute (0 or 1: the calling\n"
    "                              thread only; N: it and N - 1 workers); scores are\n"
    "                              identical for every number\n"
    " --feature $string:           additional feature, NAME or NAME=opt=val:opt=val\n"
    " --cpumask: $bitmask          restrict permitted CPU instruction sets\n"
    " --gpumask: $bitmask          restrict permitted GPU operations: non-zero keeps the\n"
    "                              features on the CPU (libvmaf's meaning)\n"
    " --backend $name:             where the features run: cpu (default) or vulkan (the\n"
    "                              Vulkan addon, addons/vk; what it lacks stays on the CPU)\n"
    " --frame_cnt $unsigned:       maximum number of frames to process\n"
    " --frame_skip_ref $unsigned:  skip the first N frames in reference\n"
    " --frame_skip_dist $unsigned: skip the first N frames in distorted\n"
    " --subsample: $unsigned       compute scores only every N frames\n"
    " --aom_ctc $version:          AOM CTC preset (not supported by this build)\n"
    " --nflx_ctc $version:         Netflix CTC preset (not supported by this build)\n"
    " --quiet/-q:                  disable FPS meter when run in a TTY\n"
    " --no_prediction/-n:          no prediction, extract features only\n"
    " --version/-v:                print version and exit\n"
    " --help:                      print this help and exit\n";

VMAF_CLI__FN void vmaf_cli__usage(FILE *f, const char *app)
{
    fprintf(f, "Usage: %s [options]\n\n%s", app, vmaf_cli__usage_text);
}

/* Prints the reason and the usage to stderr; returns VMAF_CLI_EXIT_USAGE. */
VMAF_CLI__FN int vmaf_cli__usage_error(const char *app, const char *fmt, ...) VMAF_CLI__PRINTF(2, 3);
VMAF_CLI__FN int vmaf_cli__usage_error(const char *app, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n\n");
    vmaf_cli__usage(stderr, app);
    return VMAF_CLI_EXIT_USAGE;
}

/* ---------------------------------------------------------------- option values */

VMAF_CLI__FN char *vmaf_cli__strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = (char *)malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

/* libvmaf's isnumeric() (dict.c): sscanf "%f %c" reads exactly one float and nothing else. */
VMAF_CLI__FN int vmaf_cli__isnumeric(const char *s)
{
    float f;
    char c;
    return sscanf(s, "%f %c", &f, &c) == 1;
}

/* libvmaf's feature-dictionary normalisation (SPEC 6.5): a numeric value is read with strtof,
   widened to double and re-printed with %g. Writes the value to out (size >= 64 is enough for
   %g; longer non-numeric values are copied as they are). Returns a malloc'd string. */
VMAF_CLI__FN char *vmaf_cli__normalise(const char *val)
{
    if (vmaf_cli__isnumeric(val)) {
        char *end = NULL, buf[64];
        double d = (double)strtof(val, &end);
        if (!(d == 0 && val == end)) {
            snprintf(buf, sizeof buf, "%g", d);
            return vmaf_cli__strdup(buf);
        }
    }
    return vmaf_cli__strdup(val);
}

/* libvmaf's parse_unsigned: strtoul base 0, the whole text. */
VMAF_CLI__FN int vmaf_cli__unsigned(const char *text, unsigned *out)
{
    char *end;
    unsigned long v = strtoul(text, &end, 0);
    if (end == text || *end) return 0;
    *out = (unsigned)v;
    return 1;
}

/* ---------------------------------------------------------------- --feature and --model */

VMAF_CLI__FN void vmaf_cli__free_settings(VmafCliSettings *s)
{
    unsigned i, j;
    for (i = 0; i < s->n_models; i++) {
        for (j = 0; j < s->models[i].n_overload; j++) {
            free(s->models[i].overload[j].extractor);
            free(s->models[i].overload[j].option);
            free(s->models[i].overload[j].value);
        }
        free(s->models[i].buf);
    }
    for (i = 0; i < s->n_features; i++) {
        free(s->features[i].name);
        free(s->features[i].options);
    }
    s->n_models = s->n_features = 0;
}

/* Parses "NAME" or "NAME=opt=val:opt=val" as libvmaf's parse_feature_config (with glibc
   strsep: an empty item, an item without '=' or an empty option list is an error). A later
   value of the same option replaces the earlier one in place (libvmaf's dictionary). */
VMAF_CLI__FN int vmaf_cli__parse_feature(const char *app, const char *arg, VmafCliFeature *out)
{
    const char *eq = strchr(arg, '=');
    size_t nlen = eq ? (size_t)(eq - arg) : strlen(arg);
    char *keys[64], *vals[64];
    unsigned n = 0, i;
    int ret = 0;
    out->name = out->options = NULL;
    if (nlen == 0) return vmaf_cli__usage_error(app, "Problem parsing feature \"%s\": no extractor name.", arg);
    out->name = (char *)malloc(nlen + 1);
    if (!out->name) return vmaf_cli__usage_error(app, "error while parsing feature option: %s", arg);
    memcpy(out->name, arg, nlen);
    out->name[nlen] = 0;
    if (eq) {
        const char *p = eq + 1;
        for (;;) {
            const char *item_end = strchr(p, ':'), *e;
            size_t ilen = item_end ? (size_t)(item_end - p) : strlen(p);
            char *key = NULL, *val = NULL;
            e = (const char *)memchr(p, '=', ilen);
            if (!e) {
                char shown[256];
                snprintf(shown, sizeof shown, "%.*s", (int)(ilen < 200 ? ilen : 200), p);
                ret = vmaf_cli__usage_error(app, "Problem parsing feature \"%s\", bad option string \"%s\".", out->name, shown);
                break;
            }
            if (e == p || memchr(e + 1, '=', ilen - (size_t)(e - p) - 1)) {
                ret = vmaf_cli__usage_error(app, "Problem parsing feature \"%s\"", arg);
                break;
            }
            if (n == 64) { ret = vmaf_cli__usage_error(app, "Problem parsing feature \"%s\": too many options", arg); break; }
            key = (char *)malloc((size_t)(e - p) + 1);
            val = (char *)malloc(ilen - (size_t)(e - p));
            if (!key || !val) { free(key); free(val); ret = vmaf_cli__usage_error(app, "error while parsing feature option: %s", arg); break; }
            memcpy(key, p, (size_t)(e - p));
            key[e - p] = 0;
            memcpy(val, e + 1, ilen - (size_t)(e - p) - 1);
            val[ilen - (size_t)(e - p) - 1] = 0;
            {
                char *norm = vmaf_cli__normalise(val);
                free(val);
                val = norm;
            }
            if (!val) { free(key); ret = vmaf_cli__usage_error(app, "error while parsing feature option: %s", arg); break; }
            for (i = 0; i < n && strcmp(keys[i], key); i++) {}
            if (i < n) { free(vals[i]); vals[i] = val; free(key); }
            else { keys[n] = key; vals[n] = val; n++; }
            if (!item_end) break;
            p = item_end + 1;
        }
    }
    if (!ret) {
        size_t len = 1;
        for (i = 0; i < n; i++) len += strlen(keys[i]) + strlen(vals[i]) + 2;
        out->options = (char *)malloc(len);
        if (!out->options) ret = vmaf_cli__usage_error(app, "error while parsing feature option: %s", arg);
        else {
            out->options[0] = 0;
            for (i = 0; i < n; i++) {
                if (i) strcat(out->options, ":");
                strcat(out->options, keys[i]);
                strcat(out->options, "=");
                strcat(out->options, vals[i]);
            }
        }
    }
    for (i = 0; i < n; i++) { free(keys[i]); free(vals[i]); }
    if (ret) {
        free(out->name);
        free(out->options);
        out->name = out->options = NULL;
    }
    return ret;
}

/* Parses "-m key=val:key=val" as libvmaf's parse_model_config. */
VMAF_CLI__FN int vmaf_cli__parse_model(const char *app, const char *arg, VmafCliModel *m)
{
    char *p, *item;
    memset(m, 0, sizeof *m);
    m->name = "vmaf";
    m->buf = vmaf_cli__strdup(arg);
    if (!m->buf) return vmaf_cli__usage_error(app, "error while parsing model option: %s", arg);
    p = m->buf;
    for (;;) {
        char *key, *val, *sep = strchr(p, ':');
        item = p;
        if (sep) *sep = 0;
        key = item;
        val = strchr(item, '=');
        if (val) {
            char *extra;
            *val++ = 0;
            extra = strchr(val, '=');
            if (extra) *extra = 0; /* libvmaf (strsep) ignores a further "=..." */
        }
        if (!val) {
            if (!strcmp(key, "disable_clip") || !strcmp(key, "enable_transform")) val = (char *)"true";
            else return vmaf_cli__usage_error(app, "Problem parsing model, bad option string \"%s\".", key);
        }
        if (!strcmp(key, "path")) m->path = val;
        else if (!strcmp(key, "name")) m->name = val;
        else if (!strcmp(key, "version")) m->version = val;
        else if (!strcmp(key, "disable_clip")) m->disable_clip |= !strcmp(val, "true");
        else if (!strcmp(key, "enable_transform")) m->enable_transform |= !strcmp(val, "true");
        else {
            VmafCliOverload *o;
            char *dot = strchr(key, '.'), *opt;
            if (m->n_overload == VMAF_CLI_MAX)
                return vmaf_cli__usage_error(app, "A maximum of %d feature overloads per model are supported\n", VMAF_CLI_MAX);
            if (!dot || dot == key || !dot[1])
                return vmaf_cli__usage_error(app, "Problem parsing model: \"%s\"\n(model keys are path, version, name, "
                                                  "disable_clip, enable_transform or <extractor>.<option>)", key);
            *dot = 0;
            opt = dot + 1;
            dot = strchr(opt, '.');
            if (dot) *dot = 0;
            o = &m->overload[m->n_overload];
            o->extractor = vmaf_cli__strdup(key);
            o->option = vmaf_cli__strdup(opt);
            o->value = vmaf_cli__normalise(val);
            m->n_overload++;
            if (!o->extractor || !o->option || !o->value) return vmaf_cli__usage_error(app, "error while parsing model option: %s", arg);
        }
        if (!sep) break;
        p = sep + 1;
    }
    return 0;
}

/* ---------------------------------------------------------------- command line */

enum {
    VMAF_CLI__O_XML = 256, VMAF_CLI__O_JSON, VMAF_CLI__O_CSV, VMAF_CLI__O_SUB, VMAF_CLI__O_THREADS,
    VMAF_CLI__O_FEATURE, VMAF_CLI__O_SUBSAMPLE, VMAF_CLI__O_CPUMASK, VMAF_CLI__O_GPUMASK,
    VMAF_CLI__O_AOM_CTC, VMAF_CLI__O_NFLX_CTC, VMAF_CLI__O_FRAME_CNT, VMAF_CLI__O_SKIP_REF,
    VMAF_CLI__O_SKIP_DIST, VMAF_CLI__O_PRECISION, VMAF_CLI__O_HELP
};
enum { VMAF_CLI__O_BACKEND = 512 };

typedef struct VmafCliLongOpt {
    const char *name;
    int has_arg;
    int id;
} VmafCliLongOpt;

static const VmafCliLongOpt vmaf_cli__long_opts[] = {
    {"reference", 1, 'r'}, {"distorted", 1, 'd'}, {"width", 1, 'w'}, {"height", 1, 'h'},
    {"pixel_format", 1, 'p'}, {"bitdepth", 1, 'b'}, {"model", 1, 'm'}, {"output", 1, 'o'},
    {"xml", 0, VMAF_CLI__O_XML}, {"json", 0, VMAF_CLI__O_JSON}, {"csv", 0, VMAF_CLI__O_CSV},
    {"sub", 0, VMAF_CLI__O_SUB}, {"threads", 1, VMAF_CLI__O_THREADS}, {"feature", 1, VMAF_CLI__O_FEATURE},
    {"subsample", 1, VMAF_CLI__O_SUBSAMPLE}, {"cpumask", 1, VMAF_CLI__O_CPUMASK},
    {"gpumask", 1, VMAF_CLI__O_GPUMASK}, {"aom_ctc", 1, VMAF_CLI__O_AOM_CTC},
    {"nflx_ctc", 1, VMAF_CLI__O_NFLX_CTC}, {"frame_cnt", 1, VMAF_CLI__O_FRAME_CNT},
    {"frame_skip_ref", 1, VMAF_CLI__O_SKIP_REF}, {"frame_skip_dist", 1, VMAF_CLI__O_SKIP_DIST},
    {"no_prediction", 0, 'n'}, {"version", 0, 'v'}, {"quiet", 0, 'q'},
    {"backend", 1, VMAF_CLI__O_BACKEND},
    {"precision", 1, VMAF_CLI__O_PRECISION}, {"help", 0, VMAF_CLI__O_HELP}, {NULL, 0, 0}};

/* short options: r d w h p b m o take a value; n v q do not (libvmaf's "r:d:w:h:p:b:m:o:nvq") */
VMAF_CLI__FN int vmaf_cli__short_has_arg(int c) { return strchr("rdwhpbmo", c) != NULL; }
VMAF_CLI__FN int vmaf_cli__short_known(int c) { return c && strchr("rdwhpbmonvq", c) != NULL; }

VMAF_CLI__FN const char *vmaf_cli__opt_display(int id, char *buf, size_t size)
{
    const VmafCliLongOpt *o;
    for (o = vmaf_cli__long_opts; o->name; o++)
        if (o->id == id) break;
    if (!o->name) snprintf(buf, size, "-%c", id);
    else if (id < 256) snprintf(buf, size, "-%c/--%s", id, o->name);
    else snprintf(buf, size, "--%s", o->name);
    return buf;
}

VMAF_CLI__FN int vmaf_cli__bad_value(const char *app, int id, const char *value, const char *shouldbe)
{
    char name[64];
    return vmaf_cli__usage_error(app, "Invalid argument \"%s\" for option %s; should be %s", value,
                                 vmaf_cli__opt_display(id, name, sizeof name), shouldbe);
}

/* Applies one option. Returns 0, VMAF_CLI_EXIT_USAGE, or -1 for "done, exit 0" (help/version). */
VMAF_CLI__FN int vmaf_cli__apply(VmafCliSettings *s, const VmafCliEnv *env, const char *app, int id, const char *v)
{
    unsigned u;
    switch (id) {
    case 'r': s->ref = v; break;
    case 'd': s->dist = v; break;
    case 'w':
    case 'h':
        if (!vmaf_cli__unsigned(v, &u)) return vmaf_cli__bad_value(app, id, v, "an integer");
        if (id == 'w') s->w = u;
        else s->h = u;
        s->use_yuv = 1;
        break;
    case 'p':
        if (!strcmp(v, "420")) s->pixfmt = 420;
        else if (!strcmp(v, "422")) s->pixfmt = 422;
        else if (!strcmp(v, "444")) s->pixfmt = 444;
        else return vmaf_cli__bad_value(app, id, v, "a valid pixel format (420/422/444)");
        s->use_yuv = 1;
        break;
    case 'b':
        if (!vmaf_cli__unsigned(v, &u)) return vmaf_cli__bad_value(app, id, v, "an integer");
        if (u != 8 && u != 10 && u != 12 && u != 16) return vmaf_cli__bad_value(app, id, v, "a valid bitdepth (8/10/12/16)");
        s->bpc = u;
        s->use_yuv = 1;
        break;
    case 'o': s->output = v; break;
    case VMAF_CLI__O_XML: s->format = VMAF_OUT_XML; break;
    case VMAF_CLI__O_JSON: s->format = VMAF_OUT_JSON; break;
    case VMAF_CLI__O_CSV: s->format = VMAF_OUT_CSV; break;
    case VMAF_CLI__O_SUB: s->format = VMAF_OUT_SUB; break;
    case 'm':
        if (s->n_models == VMAF_CLI_MAX) return vmaf_cli__usage_error(app, "A maximum of %d models are supported\n", VMAF_CLI_MAX);
        s->n_models++;
        return vmaf_cli__parse_model(app, v, &s->models[s->n_models - 1]);
    case VMAF_CLI__O_FEATURE: {
        int r;
        if (s->n_features == VMAF_CLI_MAX) return vmaf_cli__usage_error(app, "A maximum of %d features are supported\n", VMAF_CLI_MAX);
        r = vmaf_cli__parse_feature(app, v, &s->features[s->n_features]);
        if (!r) s->n_features++;
        return r;
    }
    case VMAF_CLI__O_THREADS:
    case VMAF_CLI__O_SUBSAMPLE:
    case VMAF_CLI__O_CPUMASK:
    case VMAF_CLI__O_GPUMASK:
    case VMAF_CLI__O_FRAME_CNT:
    case VMAF_CLI__O_SKIP_REF:
    case VMAF_CLI__O_SKIP_DIST:
        if (!vmaf_cli__unsigned(v, &u)) return vmaf_cli__bad_value(app, id, v, "an integer");
        if (id == VMAF_CLI__O_THREADS) s->threads = u;
        else if (id == VMAF_CLI__O_SUBSAMPLE) s->subsample = u;
        else if (id == VMAF_CLI__O_CPUMASK) s->cpumask = u;
        else if (id == VMAF_CLI__O_GPUMASK) s->gpumask = u;
        else if (id == VMAF_CLI__O_FRAME_CNT) s->frame_cnt = u;
        else if (id == VMAF_CLI__O_SKIP_REF) s->skip_ref = u;
        else s->skip_dist = u;
        break;
    case VMAF_CLI__O_AOM_CTC:
    case VMAF_CLI__O_NFLX_CTC:
        return vmaf_cli__usage_error(app, "%s %s is not supported by this build: its preset needs extractors that are "
                                          "not implemented here (psnr, ciede, float_ssim, float_ms_ssim, psnr_hvs, cambi)",
                                     id == VMAF_CLI__O_AOM_CTC ? "--aom_ctc" : "--nflx_ctc", v);
    case VMAF_CLI__O_PRECISION:
        if (!strcmp(v, "max")) s->precision = VMAF_OUT_PRECISION_MAX;
        else if (!strcmp(v, "legacy")) s->precision = VMAF_OUT_PRECISION_LIBVMAF;
        else if (!vmaf_cli__unsigned(v, &u) || u < 1 || u > 17)
            return vmaf_cli__bad_value(app, id, v, "1..17, max or legacy");
        else s->precision = (int)u;
        break;
    case VMAF_CLI__O_BACKEND:
        if (strcmp(v, "cpu") && strcmp(v, "vulkan")) return vmaf_cli__bad_value(app, id, v, "cpu or vulkan");
        s->backend = v;
        break;
    case 'n': s->no_prediction = 1; break;
    case 'q': s->quiet = 1; break;
    case 'v':
        fprintf(stderr, "%s\n", env->version ? env->version : VMAF_CLI_VERSION_STRING);
        return -1;
    case VMAF_CLI__O_HELP:
        vmaf_cli__usage(stdout, app);
        return -1;
    default: return vmaf_cli__usage_error(app, "internal error: option %d", id);
    }
    return 0;
}

/* Parses argv like getopt_long (long options as --name value or --name=value, unique prefixes,
   short options clustered or with attached values), then applies libvmaf's checks and its
   default model. Returns 0, VMAF_CLI_EXIT_USAGE (message printed), or -1 (help/version printed:
   exit 0). */
VMAF_CLI__FN int vmaf_cli_parse(VmafCliSettings *s, const VmafCliEnv *env, int argc, char **argv)
{
    const char *app = argc > 0 && argv[0] ? argv[0] : "vmaf";
    int i, r;
    unsigned a, b;
    memset(s, 0, sizeof *s);
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (!strcmp(arg, "--")) {
            if (i + 1 < argc) return vmaf_cli__usage_error(app, "unexpected argument \"%s\"", argv[i + 1]);
            break;
        }
        if (arg[0] == '-' && arg[1] == '-') {
            const char *name = arg + 2, *eq = strchr(name, '=');
            size_t len = eq ? (size_t)(eq - name) : strlen(name);
            const VmafCliLongOpt *o, *hit = NULL;
            int nhit = 0;
            const char *v = NULL;
            for (o = vmaf_cli__long_opts; o->name; o++) {
                if (strncmp(o->name, name, len)) continue;
                if (strlen(o->name) == len) { hit = o; nhit = 1; break; }
                hit = o;
                nhit++;
            }
            if (!nhit) return vmaf_cli__usage_error(app, "unrecognized option '--%.*s'", (int)len, name);
            if (nhit > 1) return vmaf_cli__usage_error(app, "option '--%.*s' is ambiguous", (int)len, name);
            if (hit->has_arg) {
                if (eq) v = eq + 1;
                else if (i + 1 < argc) v = argv[++i];
                else return vmaf_cli__usage_error(app, "option '--%s' requires an argument", hit->name);
            } else if (eq) {
                return vmaf_cli__usage_error(app, "option '--%s' doesn't allow an argument", hit->name);
            }
            r = vmaf_cli__apply(s, env, app, hit->id, v);
            if (r) return r;
        } else if (arg[0] == '-' && arg[1]) {
            const char *p;
            for (p = arg + 1; *p; p++) {
                int c = (unsigned char)*p;
                const char *v = NULL;
                if (!vmaf_cli__short_known(c)) return vmaf_cli__usage_error(app, "invalid option -- '%c'", *p);
                if (vmaf_cli__short_has_arg(c)) {
                    if (p[1]) v = p + 1;
                    else if (i + 1 < argc) v = argv[++i];
                    else return vmaf_cli__usage_error(app, "option requires an argument -- '%c'", *p);
                }
                r = vmaf_cli__apply(s, env, app, c, v);
                if (r) return r;
                if (v) break;
            }
        } else {
            return vmaf_cli__usage_error(app, "unexpected argument \"%s\"", arg);
        }
    }
    if (!s->format) s->format = VMAF_OUT_XML;
    if (!s->ref) return vmaf_cli__usage_error(app, "Reference .y4m or .yuv (-r/--reference) is required");
    if (!s->dist) return vmaf_cli__usage_error(app, "Distorted .y4m or .yuv (-d/--distorted) is required");
    if (s->use_yuv && !(s->w && s->h && s->pixfmt && s->bpc))
        return vmaf_cli__usage_error(app, "The following options are required for .yuv input:\n"
                                          "  --width/-w\n  --height/-h\n  --pixel_format/-p\n  --bitdepth/-b\n");
    if (!strcmp(s->ref, "-") && !strcmp(s->dist, "-"))
        return vmaf_cli__usage_error(app, "Only one of -r/--reference and -d/--distorted can read standard input (\"-\")");
    if (s->n_models == 0 && !s->no_prediction) {
        memset(&s->models[0], 0, sizeof s->models[0]);
        s->models[0].version = "vmaf_v0.6.1";
        s->models[0].name = "vmaf";
        s->n_models = 1;
    }
    for (a = 0; a < s->n_models; a++)
        for (b = a + 1; b < s->n_models; b++)
            if (!strcmp(s->models[a].name, s->models[b].name))
                return vmaf_cli__usage_error(app, "Each model should be uniquely named. Set using `--model` via the `name=...` param.");
    return 0;
}

/* ---------------------------------------------------------------- extractor registry */

/* libvmaf's extractor names that this build does not implement (for a clearer message). */
static const char *const vmaf_cli__libvmaf_only[] = {
    "psnr", "float_psnr", "float_ssim", "float_ms_ssim", "ciede", "psnr_hvs", "cambi", "float_ansnr",
    "float_moment", "speed_chroma", "speed_temporal", NULL};

/* The extractor table named `name`, or NULL. */
VMAF_CLI__FN const VmafExtractor *vmaf_cli_find_extractor(const VmafCliEnv *env, const char *name)
{
    unsigned i;
    for (i = 0; env && i < env->n_getters; i++) {
        const VmafExtractor *x = env->getters[i] ? env->getters[i]() : NULL;
        if (x && x->name && !strcmp(x->name, name)) return x;
    }
    return NULL;
}

/* ... with the --backend tables (s->backend_tables) first. */
VMAF_CLI__FN const VmafExtractor *vmaf_cli__lookup(const VmafCliSettings *s, const VmafCliEnv *env, const char *name)
{
    unsigned i;
    for (i = 0; i < s->n_backend_tables; i++)
        if (s->backend_tables[i] && s->backend_tables[i]->name && !strcmp(s->backend_tables[i]->name, name))
            return s->backend_tables[i];
    return vmaf_cli_find_extractor(env, name);
}

VMAF_CLI__FN const char *vmaf_cli__missing_reason(const char *name)
{
    static const char *const ours[] = {"vif", "adm", "motion", "float_vif", "float_adm", "float_motion", NULL};
    unsigned i;
    for (i = 0; ours[i]; i++)
        if (!strcmp(ours[i], name)) return "is not available in this build (its header is not compiled in)";
    for (i = 0; vmaf_cli__libvmaf_only[i]; i++)
        if (!strcmp(vmaf_cli__libvmaf_only[i], name)) return "is a libvmaf extractor that this build does not implement";
    return "is unknown (extractors: vif, adm, motion, float_vif, float_adm, float_motion)";
}

/* ---------------------------------------------------------------- scorer */

/* The direct --feature driver: one instance per distinct (extractor, key). Non-temporal
   extractors see only frames with index % subsample == 0; temporal ones see every frame and
   are flushed at the end (libvmaf's TEMPORAL / PREV_REF rule). */
typedef struct VmafCliInstance {
    const VmafExtractor *x;
    void *state;
    char key[256]; /* collector key of the first provided feature (de-duplication) */
} VmafCliInstance;

typedef struct VmafCliDriver {
    VmafCliInstance inst[VMAF_CLI_MAX];
    unsigned n;
    unsigned subsample;
    char err[512];
} VmafCliDriver;

VMAF_CLI__FN void vmaf_cli__log(void *user, int level, const char *message)
{
    const VmafExtractor *x = (const VmafExtractor *)user;
    if (level <= 2) fprintf(stderr, "%s: %s%s\n", x && x->name ? x->name : "extractor", level == 2 ? "warning: " : "", message);
}

VMAF_CLI__FN int vmaf_cli__driver_push(void *self, const VmafFrame *ref, const VmafFrame *dis, unsigned index, VmafEmitFn emit, void *user)
{
    VmafCliDriver *d = (VmafCliDriver *)self;
    unsigned i;
    for (i = 0; i < d->n; i++) {
        const VmafExtractor *x = d->inst[i].x;
        int err;
        if (!(x->flags & VMAF_EXTRACTOR_TEMPORAL) && d->subsample > 1 && index % d->subsample) continue;
        err = x->push(d->inst[i].state, ref, dis, index, emit, user);
        if (err) {
            snprintf(d->err, sizeof d->err, "extractor \"%s\" failed on frame %u: %s", x->name, index, vmaf_result_string(err));
            return err;
        }
    }
    return VMAF_OK;
}

VMAF_CLI__FN int vmaf_cli__driver_flush(void *self, VmafEmitFn emit, void *user)
{
    VmafCliDriver *d = (VmafCliDriver *)self;
    unsigned i;
    for (i = 0; i < d->n; i++) {
        const VmafExtractor *x = d->inst[i].x;
        int err;
        if (!x->flush) continue;
        err = x->flush(d->inst[i].state, emit, user);
        if (err) {
            snprintf(d->err, sizeof d->err, "extractor \"%s\" failed at the end of the stream: %s", x->name, vmaf_result_string(err));
            return err;
        }
    }
    return VMAF_OK;
}

VMAF_CLI__FN void vmaf_cli__driver_close(void *self)
{
    VmafCliDriver *d = (VmafCliDriver *)self;
    unsigned i;
    if (!d) return;
    for (i = 0; i < d->n; i++)
        if (d->inst[i].state) d->inst[i].x->destroy(d->inst[i].state);
    free(d);
}

/* The direct --feature driver as a scorer: one instance per distinct (extractor name, key) of
   s->features, created for geometry v. Prints the reason and returns non-zero on failure. */
VMAF_CLI__FN int vmaf_cli_driver_open(const VmafCliSettings *s, const VmafCliEnv *env, const VmafCliVideo *v, VmafCliScorer *out)
{
    VmafCliDriver *d;
    unsigned i, j;
    memset(out, 0, sizeof *out);
    d = (VmafCliDriver *)calloc(1, sizeof *d);
    if (!d) { fprintf(stderr, "out of memory\n"); return VMAF_ERR_OUT_OF_MEMORY; }
    d->subsample = s->subsample;
    out->self = d;
    out->push = vmaf_cli__driver_push;
    out->flush = vmaf_cli__driver_flush;
    out->close = vmaf_cli__driver_close;
    out->err = d->err;
    out->err_size = sizeof d->err;
    for (i = 0; i < s->n_features; i++) {
        const VmafCliFeature *f = &s->features[i];
        const VmafExtractor *x = vmaf_cli__lookup(s, env, f->name);
        VmafExtractorArgs args;
        VmafCliInstance inst;
        int err;
        if (!x) {
            fprintf(stderr, "problem loading feature extractor: %s\nfeature extractor \"%s\" %s\n", f->name, f->name,
                    vmaf_cli__missing_reason(f->name));
            vmaf_cli__driver_close(d);
            memset(out, 0, sizeof *out);
            return VMAF_ERR_NOT_FOUND;
        }
        if (x->abi != VMAF_EXTRACTOR_ABI || x->size < sizeof(VmafExtractor) || !x->create || !x->push || !x->destroy) {
            fprintf(stderr, "problem loading feature extractor: %s (incompatible extractor table)\n", f->name);
            vmaf_cli__driver_close(d);
            memset(out, 0, sizeof *out);
            return VMAF_ERR_UNSUPPORTED;
        }
        memset(&args, 0, sizeof args);
        args.w = v->w;
        args.h = v->h;
        args.bpc = v->bpc;
        args.layout = v->layout;
        args.options = f->options;
        args.cpumask = s->cpumask;
        args.user = x->user;
        args.log = vmaf_cli__log;
        memset(&inst, 0, sizeof inst);
        inst.x = x;
        args.log_user = (void *)(uintptr_t)x; /* the table is static: only its name is read */
        err = x->create(&inst.state, &args);
        if (err) {
            fprintf(stderr, "problem loading feature extractor: %s (%s%s%s: %s)\n", f->name, f->name, f->options[0] ? "=" : "",
                    f->options, vmaf_result_string(err));
            vmaf_cli__driver_close(d);
            memset(out, 0, sizeof *out);
            return err;
        }
        if (!(x->key && x->provided && x->provided[0] && !x->key(inst.state, x->provided[0], inst.key, sizeof inst.key)))
            snprintf(inst.key, sizeof inst.key, "%s", f->options);
        for (j = 0; j < d->n; j++)
            if (!strcmp(d->inst[j].x->name, x->name) && !strcmp(d->inst[j].key, inst.key)) break;
        if (j < d->n) { /* libvmaf keeps the first instance with the same key */
            x->destroy(inst.state);
            continue;
        }
        d->inst[d->n++] = inst;
    }
    return VMAF_OK;
}

/* Builds the scorer for this run: the model pipeline (env->open_pipeline) when models are
   requested (-m, or the default vmaf_v0.6.1 without -n), else the direct --feature driver.
   Prints the reason and returns non-zero on failure. */
VMAF_CLI__FN int vmaf_cli__scorer_open(const VmafCliSettings *s, const VmafCliEnv *env, const VmafCliVideo *v, VmafCliScorer *out)
{
    memset(out, 0, sizeof *out);
    if (s->n_models > 0) {
        const VmafCliModel *m = &s->models[0];
        if (env->open_pipeline) return env->open_pipeline(s, env, v, out);
        fprintf(stderr, "problem loading model: %s\nmodel scoring not available yet: this build has no model pipeline "
                        "(vmaf_model.h); use -n/--no_prediction with --feature to extract features only\n",
                m->version ? m->version : m->path ? m->path : m->name);
        return VMAF_ERR_UNSUPPORTED;
    }
    return vmaf_cli_driver_open(s, env, v, out);
}

/* ---------------------------------------------------------------- output file */

/* lstat() where the build exposes POSIX (examples/vmaf.c defines _POSIX_C_SOURCE): needed to tell
   a regular file from a symbolic link (such as /dev/stdout) before replacing or removing it. */
#if !defined(_WIN32) && ((defined(_POSIX_C_SOURCE) && _POSIX_C_SOURCE >= 200112L) || defined(_XOPEN_SOURCE) || \
                         defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(__APPLE__))
#define VMAF_CLI__HAVE_LSTAT 1
#include <unistd.h> /* getpid: the temporary file's name */
#endif

/* 1 if `path` names nothing yet or a regular file (not a link, device, FIFO or directory): then
   it is safe to write a temporary file beside it and rename that over it. */
VMAF_CLI__FN int vmaf_cli__plain_target(const char *path)
{
#if defined(VMAF_CLI__HAVE_LSTAT)
    struct stat st;
    errno = 0;
    if (lstat(path, &st) != 0) return errno == ENOENT;
    return S_ISREG(st.st_mode) ? 1 : 0;
#else
    (void)path;
    return 0;
#endif
}

/* Writes data to path ("-" = stdout). A regular file (or a new one) is written to a temporary
   file next to it, which is renamed over `path` only after every byte was written and the file
   was closed without error: a failed or interrupted run never leaves a partial file under the
   final name (a full disk, a file-size limit, a signal), and an older file of that name stays as
   it was. Anything else (a symbolic link such as /dev/stdout, a device such as /dev/full, a
   FIFO) is written directly and never removed. Errors are reported with the reason (strerror);
   a broken pipe on standard output is an error, not a silent exit (main() ignores SIGPIPE). */
VMAF_CLI__FN int vmaf_cli__write_file(const char *path, const char *data, size_t n)
{
    int to_stdout = !strcmp(path, "-"), ok, e;
    char *tmp = NULL;
    FILE *f;
    if (!to_stdout && vmaf_cli__plain_target(path)) {
        size_t len = strlen(path) + 40;
        tmp = (char *)malloc(len);
        if (!tmp) {
            fprintf(stderr, "could not write file: %s (out of memory)\n", path);
            return VMAF_ERR_OUT_OF_MEMORY;
        }
#if defined(VMAF_CLI__HAVE_LSTAT)
        snprintf(tmp, len, "%s.tmp-%ld", path, (long)getpid());
#else
        snprintf(tmp, len, "%s.tmp", path);
#endif
    }
    errno = 0;
    f = to_stdout ? stdout : fopen(tmp ? tmp : path, "wb");
    if (!f) {
        e = errno;
        fprintf(stderr, "could not open file: %s (%s)\n", path, e ? strerror(e) : "unknown error");
        free(tmp);
        return VMAF_ERR_IO;
    }
    errno = 0;
    ok = fwrite(data, 1, n, f) == n;
    e = errno;
    if (to_stdout) {
        if (fflush(f) != 0 && ok) { ok = 0; e = errno; }
    } else {
        if (fclose(f) != 0 && ok) { ok = 0; e = errno; }
    }
    if (ok && tmp && rename(tmp, path) != 0) { ok = 0; e = errno; }
    if (!ok) {
        fprintf(stderr, "could not write file: %s (%s)\n", path, e ? strerror(e) : "write error");
        if (tmp) remove(tmp); /* our own temporary file, never the target */
        if (to_stdout) clearerr(stdout);
        free(tmp);
        return VMAF_ERR_IO;
    }
    free(tmp);
    return VMAF_OK;
}

/* ---------------------------------------------------------------- the run */

static const char vmaf_cli__spinner[] = "|/-\\";

/* Reads and checks the two inputs' headers. */
VMAF_CLI__FN int vmaf_cli__open_inputs(const VmafCliSettings *s, VmafInput *ref, VmafInput *dis)
{
    VmafInputRaw raw;
    const VmafInputRaw *rp = NULL;
    int problems = 0;
    raw.w = s->w;
    raw.h = s->h;
    raw.bpc = s->bpc;
    raw.pixfmt = s->pixfmt;
    if (s->use_yuv) rp = &raw;
    if (vmaf_input_open(ref, s->ref, rp)) {
        fprintf(stderr, "%s\nproblem with reference file: %s\n", ref->err, s->ref);
        return VMAF_ERR_IO;
    }
    if (vmaf_input_open(dis, s->dist, rp)) {
        fprintf(stderr, "%s\nproblem with distorted file: %s\n", dis->err, s->dist);
        return VMAF_ERR_IO;
    }
    if (ref->w != dis->w || ref->h != dis->h) {
        fprintf(stderr, "dimensions do not match: %ux%u (\"%s\"), %ux%u (\"%s\")\n", ref->w, ref->h, s->ref, dis->w, dis->h, s->dist);
        problems++;
    }
    if (ref->pixfmt != dis->pixfmt) {
        fprintf(stderr, "pixel formats do not match: %u (\"%s\"), %u (\"%s\")\n", ref->pixfmt, s->ref, dis->pixfmt, s->dist);
        problems++;
    }
    if (ref->bpc != dis->bpc) {
        fprintf(stderr, "bitdepths do not match: %u (\"%s\"), %u (\"%s\")\n", ref->bpc, s->ref, dis->bpc, s->dist);
        problems++;
    }
    if (problems) {
        fprintf(stderr, "videos are incompatible, %d %s.\n", problems, problems == 1 ? "problem" : "problems");
        return VMAF_ERR_MISMATCH;
    }
    return VMAF_OK;
}

/* Drops the first n frames of an input. */
VMAF_CLI__FN int vmaf_cli__skip(VmafInput *in, unsigned n)
{
    unsigned i;
    for (i = 0; i < n; i++) {
        int r = vmaf_input_read(in, NULL);
        if (r < 0) { fprintf(stderr, "%s\n", in->err); return r; }
        if (r == 0) break;
    }
    return VMAF_OK;
}

/* Prints the pooled model scores as libvmaf does after the run: "<label>: %f" for every -m
   entry, then "<label>: %f, ci.p95: [%f, %f], stddev: %f" for every collection (recognised by
   its "<name>_bagging" output). Fails if a model has no score at some frame. */
VMAF_CLI__FN int vmaf_cli__model_lines(const VmafCliSettings *s, const VmafCliEnv *env, const VmafOutCollector *c, unsigned pic_cnt)
{
    unsigned i;
    int show = env->stderr_tty && (!s->quiet || !s->output);
    if (s->no_prediction) return VMAF_OK;
    for (i = 0; i < s->n_models; i++) {
        const VmafCliModel *m = &s->models[i];
        double v = 0.0;
        if (!pic_cnt || vmaf_out_pool(c, m->name, VMAF_OUT_POOL_MEAN, 0, pic_cnt - 1, s->subsample, &v)) {
            fprintf(stderr, "problem generating pooled VMAF score\n");
            return VMAF_ERR_MISSING_FEATURE;
        }
        if (show) fprintf(stderr, "%s: %f\n", m->version ? m->version : m->path ? m->path : m->name, v);
    }
    for (i = 0; i < s->n_models; i++) {
        const VmafCliModel *m = &s->models[i];
        static const char *const suffix[4] = {"_bagging", "_ci_p95_lo", "_ci_p95_hi", "_stddev"};
        double v[4];
        char key[300];
        int k, err = 0;
        snprintf(key, sizeof key, "%s_bagging", m->name);
        if (vmaf_out_find(c, key) < 0) continue;
        for (k = 0; k < 4 && !err; k++) {
            snprintf(key, sizeof key, "%s%s", m->name, suffix[k]);
            err = vmaf_out_pool(c, key, VMAF_OUT_POOL_MEAN, 0, pic_cnt - 1, s->subsample, &v[k]);
        }
        if (err) {
            fprintf(stderr, "problem generating pooled VMAF score\n");
            return err;
        }
        if (show)
            fprintf(stderr, "%s: %f, ci.p95: [%f, %f], stddev: %f\n", m->version ? m->version : m->path ? m->path : m->name, v[0],
                    v[1], v[2], v[3]);
    }
    return VMAF_OK;
}

/* The whole tool. Returns the process exit status. `backend` (may be NULL) serves --backend
   values other than cpu. */
VMAF_CLI__FN int vmaf_cli_main_backend(int argc, char **argv, const VmafCliEnv *env, VmafCliBackend *backend)
{
    VmafCliSettings s;
    VmafInput ref, dis;
    VmafCliScorer scorer;
    VmafCliVideo video;
    VmafOutCollector col;
    VmafOutBuf out;
    const char *version = env->version ? env->version : VMAF_CLI_VERSION_STRING;
    int progress, r, r1, r2, pending = 0, status = VMAF_CLI_EXIT_FAIL;
    VmafFrame fr, fd;
    unsigned index = 0;
    clock_t t0;
    float fps = 0.0f;
    int backend_open = 0;

    r = vmaf_cli_parse(&s, env, argc, argv);
    if (r) {
        vmaf_cli__free_settings(&s);
        return r < 0 ? VMAF_CLI_EXIT_OK : VMAF_CLI_EXIT_USAGE;
    }
    progress = env->stderr_tty && !s.quiet;
    memset(&ref, 0, sizeof ref);
    memset(&dis, 0, sizeof dis);
    memset(&scorer, 0, sizeof scorer);
    memset(&out, 0, sizeof out);
    vmaf_out_init(&col);
    if (progress) fprintf(stderr, "VMAF version %s\n", version);
    if (s.backend && strcmp(s.backend, "cpu")) { /* --backend vulkan */
        if (!backend || !backend->open) {
            fprintf(stderr, "--backend %s: not available in this build\n", s.backend);
            goto done;
        }
        if (backend->open(backend, &s, env)) goto done;
        backend_open = 1;
        s.backend_tables = backend->tables;
        s.n_backend_tables = backend->n_tables;
    }

    if (vmaf_cli__open_inputs(&s, &ref, &dis)) goto done;
    video.w = ref.w;
    video.h = ref.h;
    video.bpc = ref.bpc;
    video.layout = ref.layout;
    if (vmaf_cli__skip(&ref, s.skip_ref) || vmaf_cli__skip(&dis, s.skip_dist)) goto done;
    /* The first pair is read before the extractors are created: a short file whose header
       claims a huge frame fails here ("truncated"), before gigabytes of extractor state are
       allocated for that size. */
    r1 = vmaf_input_read(&ref, &fr);
    r2 = r1 < 0 ? 0 : vmaf_input_read(&dis, &fd);
    if (r1 < 0 || r2 < 0) {
        fprintf(stderr, "%s\nproblem while reading pictures\n", r1 < 0 ? ref.err : dis.err);
        goto done;
    }
    pending = 1;
    if (vmaf_cli__scorer_open(&s, env, &video, &scorer)) goto done;

    t0 = clock();
    for (index = 0;; index++) {
        if (s.frame_cnt && index >= s.frame_cnt) break;
        if (!pending) {
            if (scorer.buffers) {
                size_t nb = vmaf_input_frame_bytes(&ref) > vmaf_input_frame_bytes(&dis) ? vmaf_input_frame_bytes(&ref)
                                                                                        : vmaf_input_frame_bytes(&dis);
                r = scorer.buffers(scorer.self, nb, &ref.ext, &dis.ext);
                if (r) {
                    fprintf(stderr, "%s%s\nproblem reading pictures\n", progress ? "\n" : "",
                            scorer.err && scorer.err[0] ? scorer.err : vmaf_result_string(r));
                    goto done;
                }
            }
            r1 = vmaf_input_read(&ref, &fr);
            r2 = r1 < 0 ? 0 : vmaf_input_read(&dis, &fd);
        }
        pending = 0;
        if (r1 < 0 || r2 < 0) {
            fprintf(stderr, "%s%s\nproblem while reading pictures\n", progress ? "\n" : "", r1 < 0 ? ref.err : dis.err);
            goto done;
        }
        if (!r1 && !r2) break;
        if (!r1 || !r2) {
            fprintf(stderr, "\n\"%s\" ended before \"%s\".\n", !r1 ? s.ref : s.dist, !r1 ? s.dist : s.ref);
            break;
        }
        if (progress) {
            if (index > 0 && !(index % 10)) {
                clock_t dt = clock() - t0;
                if (dt > 0) fps = (float)(index + 1) / ((float)dt / CLOCKS_PER_SEC);
            }
            fprintf(stderr, "\r%u frame%s %c %.2f FPS\033[K", index + 1, index ? "s" : " ", vmaf_cli__spinner[index % 4], (double)fps);
            fflush(stderr);
        }
        r = scorer.push(scorer.self, &fr, &fd, index, vmaf_out_emit, &col);
        if (r || col.err) {
            fprintf(stderr, "%s%s\nproblem reading pictures\n", progress ? "\n" : "",
                    r ? (scorer.err && scorer.err[0] ? scorer.err : vmaf_result_string(r)) : col.errmsg);
            goto done;
        }
    }
    if (progress) fprintf(stderr, "\n");
    r = scorer.flush(scorer.self, vmaf_out_emit, &col);
    if (r || col.err) {
        fprintf(stderr, "%s\nproblem flushing context\n", r ? (scorer.err && scorer.err[0] ? scorer.err : vmaf_result_string(r)) : col.errmsg);
        goto done;
    }
    if (vmaf_cli__model_lines(&s, env, &col, index)) goto done;

    if (s.output) {
        VmafOutParams p;
        memset(&p, 0, sizeof p);
        p.version = version;
        p.fps = vmaf_out_fps(&col, index);
        p.w = video.w;
        p.h = video.h;
        p.subsample = s.subsample;
        p.pic_cnt = index;
        p.precision = s.precision;
        if (vmaf_out_write(&out, &col, s.format, &p)) {
            fprintf(stderr, "out of memory while formatting the output\n");
            goto done;
        }
        if (vmaf_cli__write_file(s.output, out.p, out.n)) goto done;
    }
    status = VMAF_CLI_EXIT_OK;
done:
    if (scorer.close) scorer.close(scorer.self);
    if (backend_open && backend->close) backend->close(backend);
    vmaf_input_close(&ref);
    vmaf_input_close(&dis);
    vmaf_out_free(&col);
    vmaf_out_buf_free(&out);
    vmaf_cli__free_settings(&s);
    return status;
}

VMAF_CLI__FN int vmaf_cli_main(int argc, char **argv, const VmafCliEnv *env)
{
    return vmaf_cli_main_backend(argc, argv, env, NULL);
}

#endif /* VMAF_EXAMPLES_CLI_H */
