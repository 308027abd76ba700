/*
 * A plugin library for the host's tests. Built once per variant with -D:
 *   (none)            "fixture": echoes what it received, as JSON
 *   BAD_VERSION       reports ABI version 999
 *   MISSING_PROCESS   does not export tk_plugin_process
 *   CLASH             is named "tokenize"
 *   BAD_JSON          returns broken JSON
 *   OUT_OF_BOUNDS     returns a span past the end of the text
 *   FAIL              fails every document with a message
 *   ECHO_LAYER        requires the layer "stand-in" and returns it as its own
 *   BAD_DESCRIPTOR    describes itself with an unknown field
 */
#include <stdio.h>
#include <string.h>

#include "tk_plugin.h"

#ifdef BAD_VERSION
uint32_t tk_plugin_abi_version(void) { return 999; }
#else
uint32_t tk_plugin_abi_version(void) { return TK_PLUGIN_ABI_VERSION; }
#endif

const char *tk_plugin_describe(void) {
#if defined(CLASH)
    return "{\"name\":\"tokenize\",\"summary\":\"clashes with a built-in\"}";
#elif defined(ECHO_LAYER)
    return "{\"name\":\"echo\",\"requires\":[\"stand-in\"]}";
#elif defined(BAD_DESCRIPTOR)
    return "{\"name\":\"fixture\",\"colour\":\"red\"}";
#else
    return "{\"name\":\"fixture\",\"version\":\"2.1.0\",\"summary\":\"test fixture\","
           "\"requires\":[\"tokens\",\"sentences\"],\"after\":[\"normalized\"],\"inputs\":[\"norm_utf8\"],"
           "\"options\":[{\"name\":\"greeting\",\"type\":\"string\",\"default\":\"hi\",\"help\":\"echoed\"},"
           "{\"name\":\"mode\",\"type\":\"choice\",\"choices\":[\"a\",\"b\"],\"default\":\"a\"}]}";
#endif
}

typedef struct {
    char greeting[64];
    char out[65536];
} instance;

static instance instances[64];
static int next_instance;

void *tk_plugin_create(const tk_option *options, size_t count, char *error, size_t error_cap) {
    if (next_instance >= 64) { snprintf(error, error_cap, "too many instances"); return NULL; }
    instance *p = &instances[__atomic_fetch_add(&next_instance, 1, __ATOMIC_SEQ_CST)];
    strcpy(p->greeting, "?");
    for (size_t i = 0; i < count; i++) {
        if (strcmp(options[i].name, "greeting") == 0) snprintf(p->greeting, sizeof p->greeting, "%s", options[i].value);
    }
    if (strcmp(p->greeting, "refuse") == 0) { snprintf(error, error_cap, "greeting 'refuse' refused"); return NULL; }
    return p;
}

#ifndef MISSING_PROCESS
int32_t tk_plugin_process(void *instance_, const tk_document *doc, tk_result *result) {
    instance *p = instance_;
    int n = 0;
#if defined(BAD_JSON)
    n = snprintf(p->out, sizeof p->out, "[{\"start\":0,");
#elif defined(OUT_OF_BOUNDS)
    n = snprintf(p->out, sizeof p->out, "[{\"start\":0,\"end\":%lld}]", (long long)doc->length + 1);
#elif defined(FAIL)
    result->error = "fixture failure";
    result->error_len = strlen(result->error);
    return 7;
#elif defined(ECHO_LAYER)
    if (doc->layer_count != 1 || strcmp(doc->layers[0].name, "stand-in") != 0) {
        result->error = "no stand-in layer";
        result->error_len = strlen(result->error);
        return 1;
    }
    n = snprintf(p->out, sizeof p->out, "%.*s", (int)doc->layers[0].json_len, doc->layers[0].json);
#else
    /* Echo: sizes, the first token (span, kind, UTF-8 norm), the greeting. */
    n = snprintf(p->out, sizeof p->out,
                 "{\"size_ok\":%s,\"id\":\"%.*s\",\"length\":%lld,\"text_len\":%zu,\"norm16_len\":%zu,"
                 "\"tokens\":%zu,\"sentences\":%zu,\"greeting\":\"%s\"",
                 doc->size >= sizeof(tk_document) ? "true" : "false", (int)doc->id_len, doc->id,
                 (long long)doc->length, doc->text_len, doc->norm16_len, doc->token_count, doc->sentence_count,
                 p->greeting);
    if (doc->token_count > 0) {
        const tk_token *t = &doc->tokens[doc->token_count - 1];
        n += snprintf(p->out + n, sizeof p->out - n,
                      ",\"last\":{\"start\":%d,\"end\":%d,\"kind\":%d,\"norm\":\"%.*s\",\"text\":\"wrong on purpose\"}",
                      t->start, t->end, t->kind, t->norm8_end - t->norm8_start, doc->norm8 + t->norm8_start);
    }
    n += snprintf(p->out + n, sizeof p->out - n, "}");
#endif
    result->json = p->out;
    result->json_len = (size_t)n;
    return 0;
}
#endif

void tk_plugin_destroy(void *instance) { (void)instance; }
