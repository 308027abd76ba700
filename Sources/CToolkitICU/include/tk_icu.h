#ifndef TK_ICU_H
#define TK_ICU_H
/*
 * The toolkit's whole boundary to the system ICU. Only plain C types cross it: Swift code
 * importing this header never sees ICU's own declarations, which would clash with the
 * ICU bundled in Swift's Foundation.
 */
#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Opaque reusable break iterator (word or sentence). One per worker: not thread-safe. */
typedef struct tk_breaker tk_breaker;

enum { TK_BREAK_WORD = 0, TK_BREAK_SENTENCE = 1 };

/* Rule-status ranges of ICU word break (UBRK_WORD_*), mirrored so Swift needs no ICU header. */
enum {
    TK_WORD_NONE_LIMIT = 100,
    TK_WORD_NUMBER_LIMIT = 200,
    TK_WORD_LETTER_LIMIT = 300,
    TK_WORD_KANA_LIMIT = 400,
    TK_WORD_IDEO_LIMIT = 500
};

/* Returns NULL on failure and writes the ICU error name into err (if err_cap > 0). */
tk_breaker *tk_breaker_open(int kind, const char *locale, char *err, size_t err_cap);
void tk_breaker_close(tk_breaker *b);

/*
 * Segments text[0..len) and writes each segment's end offset (UTF-16 units) and rule status.
 * ends/statuses must hold len entries (there are never more segments than units).
 * Returns the number of segments, or -1 on error.
 */
int32_t tk_breaker_segment(tk_breaker *b, const uint16_t *text, int32_t len,
                           int32_t *ends, int32_t *statuses);

/* Normalization forms available from ICU. */
enum { TK_NFC = 0, TK_NFKC = 1 };

/* Normalizes src into dst (capacity dst_cap). Returns the length, or -(needed) when dst_cap is
   too small, or INT32_MIN on another error. */
int32_t tk_normalize(int form, const uint16_t *src, int32_t len, uint16_t *dst, int32_t dst_cap);

/* 1 when the code point is normalization-inert for the form: unchanged and never interacting
   with its neighbours. */
int tk_norm_is_inert(int form, uint32_t cp);
/* 1 when the form has a boundary before cp (text can be cut there without changing results). */
int tk_norm_has_boundary_before(int form, uint32_t cp);

/* Normalization properties of one code point for a form, as bits: 1 = quick check "yes",
   2 = quick check "maybe", 4 = canonical combining class is non-zero, 8 = boundary before,
   16 = boundary after. */
int tk_norm_props(int form, uint32_t cp);

/* ICU general category (UCharCategory value) of a code point. */
int tk_char_type(uint32_t cp);
/* 1 when the code point is alphabetic / a decimal digit per ICU's properties. */
int tk_is_alphabetic(uint32_t cp);
/* Sentence_Break property value (USentenceBreak) of a code point. */
int tk_sentence_break(uint32_t cp);
/* Script code (UScriptCode) of a code point. */
int tk_script(uint32_t cp);

/* Converts UTF-8 to UTF-16, replacing ill-formed sequences with U+FFFD. dst holds len units
   (enough for any input). Returns the UTF-16 length; *replaced counts substitutions. */
int32_t tk_utf8_to_utf16(const uint8_t *src, int32_t len, uint16_t *dst, int32_t *replaced);

/* ---- Regular expressions (ICU uregex) over UTF-16 text ---- */

/* Opaque compiled pattern with its own match state. One per worker: not thread-safe. */
typedef struct tk_regex tk_regex;

/* Pattern flags, mirrored from ICU's URegexpFlag. */
enum {
    TK_REGEX_CASE_INSENSITIVE = 2,
    TK_REGEX_COMMENTS = 4,
    TK_REGEX_DOTALL = 32,
    TK_REGEX_MULTILINE = 8
};

/* Results of tk_regex_find_next besides 1 (found) and 0 (no more matches). */
enum {
    TK_REGEX_ERROR = -1,
    TK_REGEX_TIME_OUT = -2,
    TK_REGEX_STACK_OVERFLOW = -3
};

/* Compiles a pattern. Returns NULL on failure with the ICU error name in err and the offending
   offset (UTF-16 units, or -1) in *err_offset. */
tk_regex *tk_regex_open(const uint16_t *pattern, int32_t len, uint32_t flags,
                        char *err, size_t err_cap, int32_t *err_offset);
void tk_regex_close(tk_regex *re);

/* Bounds each match: time_limit in ICU match-engine steps (0 = none), stack_limit in bytes
   (0 = none). Returns 0, or -1 on error. */
int32_t tk_regex_set_limits(tk_regex *re, int32_t time_limit, int32_t stack_limit);

/* Sets the text to search (kept by reference: keep it alive until tk_regex_reset_text).
   Returns 0, or -1 on error. */
int32_t tk_regex_set_text(tk_regex *re, const uint16_t *text, int32_t len);
/* Detaches the text. */
void tk_regex_reset_text(tk_regex *re);

/* Finds the next match: 1 found, 0 none, or TK_REGEX_TIME_OUT / TK_REGEX_STACK_OVERFLOW /
   TK_REGEX_ERROR. */
int32_t tk_regex_find_next(tk_regex *re);

/* Start / end (UTF-16 units) of a group of the last match (0 = whole match); -1 when the
   group did not take part. */
int32_t tk_regex_start(tk_regex *re, int32_t group);
int32_t tk_regex_end(tk_regex *re, int32_t group);

/* Copies a group's text of the last match into dst (capacity cap). Returns its length, or
   -(needed) when cap is too small, or INT32_MIN on error. */
int32_t tk_regex_group(tk_regex *re, int32_t group, uint16_t *dst, int32_t cap);

/* Number of capture groups in the pattern. */
int32_t tk_regex_group_count(tk_regex *re);

/* The number of a named group (?<name>…), or -1 when the pattern has no such group. */
int32_t tk_regex_group_number(tk_regex *re, const char *name_utf8, int32_t len);

/* The ICU version string, e.g. "72.1". */
const char *tk_icu_version(void);

#ifdef __cplusplus
}
#endif
#endif
