/* tests/fuzz/replay.c - runs a libFuzzer harness (tests/fuzz/fuzz_*.c) over files without
   libFuzzer, so any compiler (gcc included, with or without sanitizers) can replay the seed
   corpora and the regression inputs. Usage: replay FILE_OR_DIR... Directories are read one
   level deep. Prints "N passed, 0 failed, 0 skipped" (N = inputs run); a crash, an abort or a
   sanitizer report ends the program with a non-zero status, which tests/test_fuzz.sh reports
   with the name of the input (printed before it runs when REPLAY_VERBOSE=1 and on stderr). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned long replay_count;

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf = NULL, *exact;
    size_t n = 0, cap = 0;
    if (!f) { fprintf(stderr, "replay: cannot open %s\n", path); return 1; }
    for (;;) {
        size_t got;
        if (n == cap) {
            unsigned char *nb;
            cap = cap ? 2 * cap : 4096;
            nb = (unsigned char *)realloc(buf, cap);
            if (!nb) { free(buf); fclose(f); return 1; }
            buf = nb;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    fclose(f);
    /* an exact-size copy, so that AddressSanitizer sees a read past the input */
    exact = (unsigned char *)malloc(n ? n : 1);
    if (!exact) { free(buf); return 1; }
    if (n) memcpy(exact, buf, n);
    free(buf);
    fprintf(stderr, "replay: %s\n", path);
    LLVMFuzzerTestOneInput(exact, n);
    free(exact);
    replay_count++;
    return 0;
}

int main(int argc, char **argv)
{
    int i, bad = 0;
    for (i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) continue; /* a missing regress/ folder is fine */
        if (S_ISDIR(st.st_mode)) {
            DIR *d = opendir(argv[i]);
            struct dirent *e;
            if (!d) { bad = 1; continue; }
            while ((e = readdir(d)) != NULL) {
                char path[4096];
                struct stat fs;
                if (e->d_name[0] == '.') continue;
                snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
                if (stat(path, &fs) == 0 && S_ISREG(fs.st_mode)) bad |= replay_file(path);
            }
            closedir(d);
        } else {
            bad |= replay_file(argv[i]);
        }
    }
    printf("%lu passed, %d failed, 0 skipped\n", replay_count, bad);
    return bad;
}
