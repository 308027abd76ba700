#ifndef TK_PLUGIN_H
#define TK_PLUGIN_H
/*
 * The plugin ABI of the Arabic news toolkit, version 1.
 *
 * A shared library that exports the five functions declared at the end of this file can be
 * loaded at run time and chained with the built-in plugins:
 *
 *     toolkit-cli run --plugin ./libcasualties.so --chain normalize,tokenize,casualty-keywords
 *
 * Only plain C types cross the boundary, so plugins can be written in C, C++, Rust, Zig or
 * Swift (with @_cdecl exports and no dependency on the toolkit's Swift code). The host checks
 * tk_plugin_abi_version() before anything else and refuses other versions.
 *
 * Life cycle
 *   1. tk_plugin_describe() once: a JSON object describing the plugin (see below).
 *   2. tk_plugin_create() once per worker, with the plugin's options.
 *   3. tk_plugin_process() for each document: an instance is used by one thread at a time (not
 *      always the same one), and instances of one plugin run in parallel, so keep mutable
 *      state in the instance, not in globals.
 *   4. tk_plugin_destroy() when the run ends.
 *
 * Descriptor (UTF-8 JSON, NUL-terminated, valid for the life of the library):
 *
 *   {"name": "casualty-keywords",        plugin and --chain name; must not clash with another
 *    "version": "1.0.0",
 *    "summary": "one line for toolkit-cli plugins",
 *    "produces": "casualty-keywords",    the layer (record key) it writes; default: name
 *    "requires": ["tokens"],             layers that must come earlier in the chain
 *    "after": ["normalized"],            layers that, when present in the chain, come earlier
 *    "inputs": ["norm_utf8"],            optional extra inputs (see tk_document)
 *    "options": [{"name": "counts", "type": "bool", "default": "true", "help": "…"}]}
 *
 *   Option types: "bool", "int", "double", "string", or "choice" with "choices": [...]. The host
 *   validates --set values against them and passes every option with a value to create().
 *
 * Output
 *   process() returns the layer as UTF-8 JSON: usually an array of items with spans,
 *   [{"start": 12, "end": 17, "label": "killed"}], where start/end are offsets into the
 *   ORIGINAL text in Unicode scalars (code points), end-exclusive. The host checks every object
 *   that carries numeric "start" and "end" (integers, 0 <= start <= end <= length) and writes
 *   its "text" from the original (a "text" the plugin gives is replaced). Invalid JSON or a span
 *   out of bounds becomes an error entry of that document; the run goes on.
 */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TK_PLUGIN_ABI_VERSION 1u

/* Token kinds, as in the records' "kind". */
enum {
    TK_TOKEN_WORD = 0,
    TK_TOKEN_NUMBER = 1,
    TK_TOKEN_PUNCT = 2,
    TK_TOKEN_SYMBOL = 3,
    TK_TOKEN_URL = 4,
    TK_TOKEN_EMAIL = 5,
    TK_TOKEN_HASHTAG = 6,
    TK_TOKEN_MENTION = 7
};

/* A span of the original text in Unicode scalars, end-exclusive. */
typedef struct tk_span {
    int32_t start;
    int32_t end;
} tk_span;

/* One token of the `tokens` layer. */
typedef struct tk_token {
    int32_t start;       /* original text, Unicode scalars, end-exclusive */
    int32_t end;
    int32_t norm_start;  /* its normalized form: UTF-16 units of tk_document.norm16 */
    int32_t norm_end;
    int32_t norm8_start; /* its normalized form: bytes of tk_document.norm8, when the descriptor */
    int32_t norm8_end;   /*   lists "norm_utf8" in "inputs"; otherwise -1 */
    int32_t kind;        /* TK_TOKEN_* */
    int32_t reserved;    /* 0 */
} tk_token;

/* A layer produced earlier in the chain, as the JSON the record would hold. */
typedef struct tk_layer {
    const char *name;    /* NUL-terminated */
    const char *json;    /* UTF-8, not NUL-terminated */
    size_t json_len;
} tk_layer;

/*
 * One document. Pointers are valid only during the process() call. Strings are UTF-8 and not
 * NUL-terminated unless stated.
 */
typedef struct tk_document {
    uint32_t size;                 /* sizeof(tk_document) in the host; later versions only append */
    uint32_t reserved;
    const char *id;
    size_t id_len;
    const char *text;              /* the original text, valid UTF-8 (ill-formed input repaired) */
    size_t text_len;               /* bytes */
    int64_t length;                /* Unicode scalars: the bound of every span */
    const uint16_t *norm16;        /* normalized text, UTF-16; NULL when the chain has none yet */
    size_t norm16_len;
    const char *norm8;             /* normalized text, UTF-8: only with the "norm_utf8" input */
    size_t norm8_len;
    const tk_token *tokens;        /* when "tokens" is required; else NULL */
    size_t token_count;
    const tk_span *sentences;      /* when "sentences" is required; else NULL */
    size_t sentence_count;
    const tk_layer *layers;        /* every other required layer (e.g. "numbers") as JSON */
    size_t layer_count;
} tk_document;

/* One option value for create(): both strings NUL-terminated. */
typedef struct tk_option {
    const char *name;
    const char *value;
} tk_option;

/*
 * What process() hands back. The memory belongs to the instance and must stay valid until the
 * next process() or destroy() on that instance.
 */
typedef struct tk_result {
    const char *json;              /* on success: the layer's JSON */
    size_t json_len;
    const char *error;             /* on failure: a message for the document's errors */
    size_t error_len;
} tk_result;

/* The entry points a plugin library exports. (Hidden from Swift, which defines them with
   @_cdecl in a plugin and reaches them through the pointer types below in a host.) */
#ifndef __swift__
uint32_t tk_plugin_abi_version(void);
const char *tk_plugin_describe(void);
/* Returns NULL on failure, with a NUL-terminated message written into error (error_cap bytes). */
void *tk_plugin_create(const tk_option *options, size_t option_count, char *error, size_t error_cap);
/* Returns 0 on success, anything else on failure (then result->error explains). */
int32_t tk_plugin_process(void *instance, const tk_document *document, tk_result *result);
void tk_plugin_destroy(void *instance);
#endif

/* Pointer types of the entry points, for hosts that look them up with dlsym. */
typedef uint32_t (*tk_plugin_abi_version_fn)(void);
typedef const char *(*tk_plugin_describe_fn)(void);
typedef void *(*tk_plugin_create_fn)(const tk_option *, size_t, char *, size_t);
typedef int32_t (*tk_plugin_process_fn)(void *, const tk_document *, tk_result *);
typedef void (*tk_plugin_destroy_fn)(void *);

#ifdef __cplusplus
}
#endif
#endif
