#include "tk_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>
#include <unicode/utf16.h>
#include <unicode/uregex.h>

struct tk_breaker {
    UBreakIterator *it;
};

static void copy_err(UErrorCode status, char *err, size_t cap) {
    if (err && cap > 0) {
        strncpy(err, u_errorName(status), cap - 1);
        err[cap - 1] = 0;
    }
}

tk_breaker *tk_breaker_open(int kind, const char *locale, char *err, size_t err_cap) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == TK_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    /* Arabic has no tailoring: ICU answers U_USING_DEFAULT_WARNING, which is not a failure. */
    UBreakIterator *it = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status) || it == NULL) {
        copy_err(status, err, err_cap);
        return NULL;
    }
    tk_breaker *b = malloc(sizeof *b);
    if (!b) { ubrk_close(it); copy_err(U_MEMORY_ALLOCATION_ERROR, err, err_cap); return NULL; }
    b->it = it;
    return b;
}

void tk_breaker_close(tk_breaker *b) {
    if (!b) return;
    ubrk_close(b->it);
    free(b);
}

int32_t tk_breaker_segment(tk_breaker *b, const uint16_t *text, int32_t len,
                           int32_t *ends, int32_t *statuses) {
    UErrorCode status = U_ZERO_ERROR;
    if (len == 0) return 0;
    ubrk_setText(b->it, (const UChar *)text, len, &status);
    if (U_FAILURE(status)) return -1;
    int32_t n = 0;
    ubrk_first(b->it);
    for (int32_t end = ubrk_next(b->it); end != UBRK_DONE; end = ubrk_next(b->it)) {
        ends[n] = end;
        statuses[n] = ubrk_getRuleStatus(b->it);
        n++;
    }
    /* Detach the iterator from the caller's buffer, which may be freed after this call. */
    ubrk_setText(b->it, NULL, 0, &status);
    return n;
}

static const UNormalizer2 *normalizer(int form) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = form == TK_NFKC ? unorm2_getNFKCInstance(&status)
                                            : unorm2_getNFCInstance(&status);
    return U_FAILURE(status) ? NULL : n;
}

int32_t tk_normalize(int form, const uint16_t *src, int32_t len, uint16_t *dst, int32_t dst_cap) {
    const UNormalizer2 *n = normalizer(form);
    if (!n) return INT32_MIN;
    UErrorCode status = U_ZERO_ERROR;
    int32_t out = unorm2_normalize(n, (const UChar *)src, len, (UChar *)dst, dst_cap, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -out;
    if (U_FAILURE(status)) return INT32_MIN;
    return out;
}

int tk_norm_is_inert(int form, uint32_t cp) {
    const UNormalizer2 *n = normalizer(form);
    return n ? (unorm2_isInert(n, (UChar32)cp) ? 1 : 0) : 0;
}

int tk_norm_has_boundary_before(int form, uint32_t cp) {
    const UNormalizer2 *n = normalizer(form);
    return n ? (unorm2_hasBoundaryBefore(n, (UChar32)cp) ? 1 : 0) : 0;
}

int tk_norm_props(int form, uint32_t cp) {
    const UNormalizer2 *n = normalizer(form);
    if (!n) return 0;
    UChar buf[2];
    int32_t len = 0;
    UBool err = 0;
    U16_APPEND((UChar *)buf, len, 2, (UChar32)cp, err);
    if (err) return 0;
    UErrorCode status = U_ZERO_ERROR;
    UNormalizationCheckResult qc = unorm2_quickCheck(n, buf, len, &status);
    int bits = 0;
    if (qc == UNORM_YES) bits |= 1;
    if (qc == UNORM_MAYBE) bits |= 2;
    if (u_getCombiningClass((UChar32)cp) != 0) bits |= 4;
    if (unorm2_hasBoundaryBefore(n, (UChar32)cp)) bits |= 8;
    if (unorm2_hasBoundaryAfter(n, (UChar32)cp)) bits |= 16;
    return bits;
}

int tk_char_type(uint32_t cp) { return (int)u_charType((UChar32)cp); }

int tk_is_alphabetic(uint32_t cp) { return u_hasBinaryProperty((UChar32)cp, UCHAR_ALPHABETIC) ? 1 : 0; }

int tk_sentence_break(uint32_t cp) { return u_getIntPropertyValue((UChar32)cp, UCHAR_SENTENCE_BREAK); }

int tk_script(uint32_t cp) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript((UChar32)cp, &status);
    return U_FAILURE(status) ? -1 : (int)s;
}

int32_t tk_utf8_to_utf16(const uint8_t *src, int32_t len, uint16_t *dst, int32_t *replaced) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t out = 0;
    int32_t subs = 0;
    u_strFromUTF8WithSub((UChar *)dst, len, &out, (const char *)src, len, 0xFFFD, &subs, &status);
    if (replaced) *replaced = subs;
    return U_FAILURE(status) ? -1 : out;
}

const char *tk_icu_version(void) {
    static char buf[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, buf);
    return buf;
}

struct tk_regex {
    URegularExpression *re;
};

tk_regex *tk_regex_open(const uint16_t *pattern, int32_t len, uint32_t flags,
                        char *err, size_t err_cap, int32_t *err_offset) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    URegularExpression *re = uregex_open((const UChar *)pattern, len, flags, &pe, &status);
    if (U_FAILURE(status) || re == NULL) {
        copy_err(status, err, err_cap);
        if (err_offset) *err_offset = pe.offset;
        return NULL;
    }
    tk_regex *r = malloc(sizeof *r);
    if (!r) { uregex_close(re); copy_err(U_MEMORY_ALLOCATION_ERROR, err, err_cap); return NULL; }
    r->re = re;
    return r;
}

void tk_regex_close(tk_regex *r) {
    if (!r) return;
    uregex_close(r->re);
    free(r);
}

int32_t tk_regex_set_limits(tk_regex *r, int32_t time_limit, int32_t stack_limit) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_setTimeLimit(r->re, time_limit, &status);
    uregex_setStackLimit(r->re, stack_limit, &status);
    return U_FAILURE(status) ? -1 : 0;
}

int32_t tk_regex_set_text(tk_regex *r, const uint16_t *text, int32_t len) {
    static const UChar empty[1] = {0};
    UErrorCode status = U_ZERO_ERROR;
    uregex_setText(r->re, len > 0 ? (const UChar *)text : empty, len, &status);
    return U_FAILURE(status) ? -1 : 0;
}

void tk_regex_reset_text(tk_regex *r) {
    static const UChar empty[1] = {0};
    UErrorCode status = U_ZERO_ERROR;
    uregex_setText(r->re, empty, 0, &status);
}

int32_t tk_regex_find_next(tk_regex *r) {
    UErrorCode status = U_ZERO_ERROR;
    UBool found = uregex_findNext(r->re, &status);
    if (status == U_REGEX_TIME_OUT) return TK_REGEX_TIME_OUT;
    if (status == U_REGEX_STACK_OVERFLOW) return TK_REGEX_STACK_OVERFLOW;
    if (U_FAILURE(status)) return TK_REGEX_ERROR;
    return found ? 1 : 0;
}

int32_t tk_regex_start(tk_regex *r, int32_t group) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t v = uregex_start(r->re, group, &status);
    return U_FAILURE(status) ? -1 : v;
}

int32_t tk_regex_end(tk_regex *r, int32_t group) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t v = uregex_end(r->re, group, &status);
    return U_FAILURE(status) ? -1 : v;
}

int32_t tk_regex_group(tk_regex *r, int32_t group, uint16_t *dst, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uregex_group(r->re, group, (UChar *)dst, cap, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -n;
    if (U_FAILURE(status)) return INT32_MIN;
    return n;
}

int32_t tk_regex_group_count(tk_regex *r) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uregex_groupCount(r->re, &status);
    return U_FAILURE(status) ? -1 : n;
}

int32_t tk_regex_group_number(tk_regex *r, const char *name_utf8, int32_t len) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uregex_groupNumberFromCName(r->re, name_utf8, len, &status);
    return U_FAILURE(status) ? -1 : n;
}
