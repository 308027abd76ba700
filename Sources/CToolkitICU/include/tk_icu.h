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

/* The ICU version string, e.g. "72.1". */
const char *tk_icu_version(void);

#ifdef __cplusplus
}
#endif
#endif
