/* The ABI is a header; this file gives the C target something to compile and pins the layout
   that hosts and plugins agree on. */
#include "tk_plugin.h"

_Static_assert(sizeof(tk_span) == 8, "tk_span layout");
_Static_assert(sizeof(tk_token) == 32, "tk_token layout");
_Static_assert(sizeof(int64_t) == 8 && sizeof(size_t) == sizeof(void *), "ABI assumes LP64 or ILP32 sizes");
