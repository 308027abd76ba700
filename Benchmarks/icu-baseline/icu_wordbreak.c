/*
 * The reference for an ICU-backed tokenizer: UTF-8 → UTF-16 (u_strFromUTF8) and ICU word break
 * with one reused iterator, visiting every boundary and its rule status. Nothing else.
 *
 * With --nfkc it measures ICU's NFKC normalization instead (UTF-8 → UTF-16 + unorm2), the
 * reference for the toolkit's normalizer.
 *
 * Input: documents separated by NUL bytes (UTF-8). Output: one JSON line
 * {"docs","bytes","seconds","mb_per_s","words"}; bytes are the documents' UTF-8 bytes.
 * Build: cc -O2 icu_wordbreak.c $(pkg-config --cflags --libs icu-uc) -o icu_wordbreak
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/unorm2.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    int nfkc = argc > 2 && strcmp(argv[1], "--nfkc") == 0;
    const char *path = argv[argc - 1];
    if (argc < 2) { fprintf(stderr, "usage: %s [--nfkc] FILE\n", argv[0]); return 64; }
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 66; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc(size + 1);
    if (fread(data, 1, size, f) != (size_t)size) { perror("read"); return 65; }
    data[size] = 0;
    fclose(f);

    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_WORD, "ar", NULL, 0, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "ubrk_open: %s\n", u_errorName(status)); return 1; }
    const UNormalizer2 *norm = unorm2_getNFKCInstance(&status);
    int32_t cap = 1 << 16;
    UChar *buf = malloc(cap * sizeof(UChar));
    UChar *out = malloc(4 * cap * sizeof(UChar));
    long docs = 0, words = 0, bytes = 0;

    double t0 = now();
    char *p = data, *end = data + size;
    while (p < end) {
        char *q = memchr(p, 0, end - p);
        if (!q) q = end;
        int32_t len = (int32_t)(q - p);
        if (len > cap) { cap = len; buf = realloc(buf, cap * sizeof(UChar)); out = realloc(out, 4 * cap * sizeof(UChar)); }
        int32_t ulen = 0;
        status = U_ZERO_ERROR;
        u_strFromUTF8(buf, cap, &ulen, p, len, &status);
        if (nfkc) {
            words += unorm2_normalize(norm, buf, ulen, out, 4 * cap, &status);
        } else {
            ubrk_setText(it, buf, ulen, &status);
            for (int32_t b = ubrk_next(it); b != UBRK_DONE; b = ubrk_next(it)) {
                if (ubrk_getRuleStatus(it) >= UBRK_WORD_NONE_LIMIT) words++;
            }
        }
        docs++;
        bytes += len;
        p = q + 1;
    }
    double secs = now() - t0;
    printf("{\"docs\":%ld,\"bytes\":%ld,\"seconds\":%.3f,\"mb_per_s\":%.2f,\"words\":%ld}\n",
           docs, bytes, secs, bytes / 1e6 / secs, words);
    ubrk_close(it);
    return 0;
}
