/*
 * capi.c - the CoreApi table handed to devs (core/core.h).
 */
#include "config.h"
#include "../boot/boot.h"
#include "core.h"
#include "gc.h"

#define DEVS_OWNER 1

#if MONTY_INTERP
#include "interp.h"

static Value capi_int_new(intptr_t i) { return int_from_intptr(i); }

static int capi_int_get(Value v, intptr_t *out) { return int_get(v, out); }

/* the bytes must be valid UTF-8 (else UnicodeDecodeError) */
static Value capi_str_new(const char *s, size_t n) { return str_decode_utf8(s, n); }

static const char *capi_str_get(Value v, size_t *n) {
    const char *s = str_data(v, n);
    if (!s) exc_raise(&type_error_type, "expected str, not %s", obj_type_name(v));
    return s;
}

static const char *capi_type_name(Value v) { return obj_type_name(v); }

static Value capi_raise(int kind, const char *msg) {
    static const Type *const kinds[CORE_EXC__COUNT] = {
        &exception_type, &type_error_type, &value_error_type, &index_error_type, &key_error_type,
        &overflow_error_type, &memory_error_type, &runtime_error_type, &os_error_type, &not_implemented_error_type,
    };
    const Type *t = kind >= 0 && kind < CORE_EXC__COUNT ? kinds[kind] : &exception_type;
    if (t == &memory_error_type) return exc_raise_no_mem();
    return exc_raise(t, "%s", msg ? msg : "");
}

static int capi_module_register(const CoreModule *m) { return vm_register_module(m, DEVS_OWNER); }
#else
/* Core without the interpreter still exports its table to devs: the
 * value and memory services that do not need the VM (the others NULL). */
extern const BootApi *core_boot;
static Value capi_int_new(intptr_t i) { return v_fits_int(i) ? v_from_int(i) : V_ERR; }
static int capi_int_get(Value v, intptr_t *out) {
    if (!v_is_int(v))
        return -1;
    *out = v_to_int(v);
    return 0;
}
static Value capi_raise(int kind, const char *msg) {
    core_boot->printf("core: exception %d: %s\n", kind, msg);
    return V_ERR;
}
#endif

static int capi_vec_resize(GcVec *v, size_t n) { return gc_vec_resize(v, n); }
static void *capi_malloc(size_t n) { return gc_malloc(DEVS_OWNER, n); }
static void *capi_calloc(size_t n, size_t s) { return gc_calloc(DEVS_OWNER, n, s); }
static void *capi_realloc(void *p, size_t n) { return gc_realloc(DEVS_OWNER, p, n); }

const CoreApi core_api = {
    .abi = ABI_VERSION(CORE_ABI_MAJOR, CORE_ABI_MINOR),
    .size = sizeof(CoreApi),
    .int_new = capi_int_new,
    .int_get = capi_int_get,
#if MONTY_INTERP
    .str_new = capi_str_new,
    .str_get = capi_str_get,
    .type_name = capi_type_name,
    .module_register = capi_module_register,
#endif
    .raise = capi_raise,
    .obj_alloc = gc_alloc,
    .gc_push = gc_push,
    .gc_pop = gc_pop,
    .gc_mark = gc_mark,
    .vec_resize = capi_vec_resize,
    .vec_free = gc_vec_free,
    .malloc = capi_malloc,
    .calloc = capi_calloc,
    .realloc = capi_realloc,
    .free = gc_free,
};
