/*
 * core.h - the core segment's public contract (core ABI), used by devs.
 *
 * A devs segment gets a pointer to struct CoreApi in its init entry point
 * (see boot.h, SegHeader.init) and reaches core only through it.  It
 * registers its C modules with module_register; Python code then imports
 * them by name.  When devs is unloaded, core forgets its modules and
 * releases its malloc areas (gc_release_owner).
 *
 * Versioning as for boot.h: the table only grows at the end; a devs built
 * against (M, m) loads on core (M', m') iff M == M' and m <= m'.
 *
 * Memory rules for C module authors (docs/c-modules.md): calls marked
 * "may allocate" may run the GC, which may move vector data; re-derive raw
 * pointers into vectors after them, and keep objects you still need on the
 * temporary root stack (gc_push / gc_pop) across them.
 */
#ifndef CORE_H
#define CORE_H

#include <stddef.h>
#include <stdint.h>

#include "gc.h"
#include "value.h"

#define CORE_ABI_MAJOR 1
#define CORE_ABI_MINOR 0

/* exception kinds C code can raise (each maps to the CPython class) */
enum {
    CORE_EXC_EXCEPTION,
    CORE_EXC_TYPE_ERROR,
    CORE_EXC_VALUE_ERROR,
    CORE_EXC_INDEX_ERROR,
    CORE_EXC_KEY_ERROR,
    CORE_EXC_OVERFLOW_ERROR,
    CORE_EXC_MEMORY_ERROR,
    CORE_EXC_RUNTIME_ERROR,
    CORE_EXC_OS_ERROR,
    CORE_EXC_NOT_IMPLEMENTED_ERROR,
    CORE_EXC__COUNT
};

/* a module's function list ends with {NULL, NULL} */
typedef struct CoreFunc {
    const char *name;
    CFunc fn;
} CoreFunc;

typedef struct CoreModule {
    const char *name;
    const CoreFunc *funcs;
} CoreModule;

typedef struct CoreApi {
    uint16_t abi;   /* ABI_VERSION(CORE_ABI_MAJOR, CORE_ABI_MINOR) */
    uint16_t size;  /* sizeof(CoreApi) of the core that built it */

    /* -- values -- */
    Value (*int_new)(intptr_t i);                 /* may allocate */
    /* 0 and *out set, or -1 with TypeError/OverflowError pending */
    int (*int_get)(Value v, intptr_t *out);
    Value (*str_new)(const char *s, size_t n);    /* UTF-8; may allocate */
    /* pointer valid until the next allocation; NULL + TypeError if not str */
    const char *(*str_get)(Value v, size_t *n);
    const char *(*type_name)(Value v);

    /* -- errors: sets the pending exception, returns V_ERR -- */
    Value (*raise)(int exc_kind, const char *msg);

    /* -- modules -- */
    int (*module_register)(const CoreModule *m);  /* 0 or negative */

    /* -- memory (see gc.h) -- */
    void *(*obj_alloc)(const GcType *type, size_t bytes); /* may allocate */
    void (*gc_push)(const void *obj);
    void (*gc_pop)(int n);
    void (*gc_mark)(const void *obj);
    int (*vec_resize)(GcVec *v, size_t bytes);    /* 1 ok, 0 full; may allocate */
    void (*vec_free)(GcVec *v);
    /* malloc family for wrapped third-party code, owned by the caller's
     * segment: kept while it is loaded, collectable after its unload
     * unless reachable through an object (which marks it with gc_mark) */
    void *(*malloc)(size_t n);
    void *(*calloc)(size_t n, size_t size);
    void *(*realloc)(void *p, size_t n);
    void (*free)(void *p);
} CoreApi;

#endif
