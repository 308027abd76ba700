/*
 * noop: the smallest toolkit plugin. It asks for the tokens and returns an empty layer, so
 * `toolkit-cli bench` shows what crossing the plugin boundary costs by itself.
 *
 *   cc -shared -fPIC -O2 -I ../../../Sources/CToolkitPluginABI/include noop.c -o libnoop.so
 *
 * Built with -DNOOP_UTF8 it is "noop-u8" and also asks for the UTF-8 norms, to measure that input.
 */
#include "tk_plugin.h"

static int instance_tag;

uint32_t tk_plugin_abi_version(void) { return TK_PLUGIN_ABI_VERSION; }

#ifdef NOOP_UTF8
#define NOOP_NAME "noop-u8"
#define NOOP_INPUTS ",\"inputs\":[\"norm_utf8\"]"
#else
#define NOOP_NAME "noop"
#define NOOP_INPUTS ""
#endif

const char *tk_plugin_describe(void) {
    return "{\"name\":\"" NOOP_NAME "\",\"summary\":\"Does nothing with the tokens (measures the plugin boundary)\","
           "\"requires\":[\"tokens\"]" NOOP_INPUTS "}";
}

void *tk_plugin_create(const tk_option *options, size_t count, char *error, size_t error_cap) {
    (void)options; (void)count; (void)error; (void)error_cap;
    return &instance_tag;
}

int32_t tk_plugin_process(void *instance, const tk_document *doc, tk_result *result) {
    (void)instance; (void)doc;
    result->json = "[]";
    result->json_len = 2;
    return 0;
}

void tk_plugin_destroy(void *instance) { (void)instance; }
