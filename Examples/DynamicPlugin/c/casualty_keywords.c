/*
 * casualty-keywords: a toolkit plugin in plain C, loaded at run time.
 *
 *   cc -shared -fPIC -O2 -I ../../../Sources/CToolkitPluginABI/include \
 *      casualty_keywords.c -o libcasualty_keywords.so
 *   toolkit-cli run --plugin ./libcasualty_keywords.so \
 *      --chain normalize,tokenize,casualty-keywords --input ../../../Samples
 *
 * Finds words for killing and injuring among the tokens (compared in normalized form, so
 * قتلى, قتلي and قَتلى all match) and, when a number token stands within `window` tokens, reports
 * it as the count. Each item: {"start","end","text","label","count"?, "number"?: span}.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tk_plugin.h"

/* Keywords in the toolkit's normalized form (profile "search": no diacritics, ة → ه, ى → ي,
   أ/إ/آ → ا). A real plugin would read them from a file named by an option. */
static const char *const killed[] = {"قتل", "مقتل", "قتلي", "قتيل", "قتيلا", "قتلوا", "قتلت", NULL};
static const char *const injured[] = {"جرح", "جرحي", "جريح", "جريحا", "جرحا", "اصيب", "اصيبوا", "اصابه", "اصابات",
                                      "مصاب", "مصابين", NULL};

uint32_t tk_plugin_abi_version(void) { return TK_PLUGIN_ABI_VERSION; }

const char *tk_plugin_describe(void) {
    return "{\"name\":\"casualty-keywords\",\"version\":\"1.0.0\","
           "\"summary\":\"Words for killed and injured, with a nearby number as the count (C example)\","
           "\"requires\":[\"tokens\"],\"after\":[\"normalized\"],\"inputs\":[\"norm_utf8\"],"
           "\"options\":[{\"name\":\"window\",\"type\":\"int\",\"default\":\"2\","
           "\"help\":\"how many tokens before or after a keyword to look for its number (0: none)\"}]}";
}

/* Per-worker state: the option and the output buffer. */
typedef struct {
    int window;
    char *out;
    size_t len, cap;
} instance;

void *tk_plugin_create(const tk_option *options, size_t count, char *error, size_t error_cap) {
    instance *p = calloc(1, sizeof *p);
    if (!p) { snprintf(error, error_cap, "out of memory"); return NULL; }
    p->window = 2;
    for (size_t i = 0; i < count; i++) {
        if (strcmp(options[i].name, "window") == 0) p->window = atoi(options[i].value);
    }
    if (p->window < 0) { snprintf(error, error_cap, "window must not be negative"); free(p); return NULL; }
    return p;
}

void tk_plugin_destroy(void *instance_) {
    instance *p = instance_;
    if (p) free(p->out);
    free(p);
}

static int append(instance *p, const char *s, size_t n) {
    if (p->len + n > p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 4096;
        while (cap < p->len + n) cap *= 2;
        char *q = realloc(p->out, cap);
        if (!q) return -1;
        p->out = q;
        p->cap = cap;
    }
    memcpy(p->out + p->len, s, n);
    p->len += n;
    return 0;
}

static int append_str(instance *p, const char *s) { return append(p, s, strlen(s)); }

static int append_int(instance *p, long v) {
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%ld", v);
    return append(p, buf, (size_t)n);
}

static int in_list(const char *const *list, const char *s, size_t n) {
    for (; *list; list++) {
        if (strlen(*list) == n && memcmp(*list, s, n) == 0) return 1;
    }
    return 0;
}

/* The value of a number token from its normalized form (digits are ASCII after folding);
   thousands separators are skipped, a decimal part is dropped. */
static long number_value(const tk_document *doc, const tk_token *t) {
    long v = 0;
    for (int32_t i = t->norm8_start; i < t->norm8_end; i++) {
        char c = doc->norm8[i];
        if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
        else if (c == '.') break;
    }
    return v;
}

int32_t tk_plugin_process(void *instance_, const tk_document *doc, tk_result *result) {
    instance *p = instance_;
    p->len = 0;
    int first = 1;
    if (append_str(p, "[")) goto oom;
    for (size_t i = 0; i < doc->token_count; i++) {
        const tk_token *t = &doc->tokens[i];
        if (t->kind != TK_TOKEN_WORD) continue;
        const char *norm = doc->norm8 + t->norm8_start;
        size_t n = (size_t)(t->norm8_end - t->norm8_start);
        const char *label = in_list(killed, norm, n) ? "killed" : in_list(injured, norm, n) ? "injured" : NULL;
        if (!label) continue;
        /* The nearest number token within the window, looking after the keyword first. */
        const tk_token *number = NULL;
        for (int d = 1; d <= p->window && !number; d++) {
            if (i + d < doc->token_count && doc->tokens[i + d].kind == TK_TOKEN_NUMBER) number = &doc->tokens[i + d];
            else if (i >= (size_t)d && doc->tokens[i - d].kind == TK_TOKEN_NUMBER) number = &doc->tokens[i - d];
        }
        /* Spans only: the host adds each span's "text" from the original. */
        if ((!first && append_str(p, ",")) || append_str(p, "{\"start\":") || append_int(p, t->start) ||
            append_str(p, ",\"end\":") || append_int(p, t->end) ||
            append_str(p, ",\"label\":\"") || append_str(p, label) || append_str(p, "\"")) goto oom;
        if (number && (append_str(p, ",\"count\":") || append_int(p, number_value(doc, number)) ||
                       append_str(p, ",\"number\":{\"start\":") || append_int(p, number->start) ||
                       append_str(p, ",\"end\":") || append_int(p, number->end) || append_str(p, "}"))) goto oom;
        if (append_str(p, "}")) goto oom;
        first = 0;
    }
    if (append_str(p, "]")) goto oom;
    result->json = p->out;
    result->json_len = p->len;
    return 0;
oom:
    result->error = "out of memory";
    result->error_len = strlen(result->error);
    return 1;
}
