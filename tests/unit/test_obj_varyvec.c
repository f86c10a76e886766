/*
 * test_obj_varyvec.c - VaryVec (variable-size byte items in one vector)
 * against a model kept outside the heap, with collections and compaction
 * in between (also run with GC_STRESS); and the array type's packing.
 * A build without MONTY_VARYVEC / MONTY_ARRAY checks instead that the
 * module is missing (ImportError).
 */
#include <stdlib.h>

#include "check.h"
#include "obj.h"
#include "vm.h"

static _Alignas(16) uint8_t pool[96 * 1024];

static void setup(void) {
    static VmHost host;
    if (vm_init(&host, pool, sizeof pool) < 0) {
        printf("FAIL setup: vm_init\n");
        exit(1);
    }
}

#if !MONTY_VARYVEC || !MONTY_ARRAY
/* defined in module.c (the interpreter's IMPORT_NAME calls it) */
Value import_name(Value name, Value fromlist, Value level, Value globals);

/* a part left out of the build: importing its module raises ImportError
 * (ModuleNotFoundError, as for any unknown module) */
static int import_fails(const char *name) {
    Value n = str_from_cstr(name);
    if (n == V_ERR) return 0;
    if (!v_is_qstr(n)) n = str_intern_value(n);
    if (import_name(n, V_NONE, v_from_int(0), V_NULL) != V_ERR) return 0;
    Value e = exc_take();
    return obj_isinstance(e, &import_error_type);
}
#endif

#if MONTY_VARYVEC
/* the model: up to 64 items of up to 40 bytes */
static uint8_t model[64][40];
static size_t model_len[64], model_n;

static int same(Value v) {
    if (varyvec_len(v) != model_n) return 0;
    for (size_t i = 0; i < model_n; i++) {
        size_t n;
        const uint8_t *d = varyvec_get(v, i, &n);
        if (n != model_len[i] || memcmp(d, model[i], n) != 0) return 0;
    }
    return 1;
}

TEST(varyvec_random_against_model) {
    setup();
    Value v = varyvec_new();
    CHECK(v != V_ERR);
    root_push(v_to_ptr(v));
    model_n = 0;
    unsigned seed = 12345;
    for (int step = 0; step < 3000; step++) {
        seed = seed * 1103515245u + 12345u;
        unsigned r = seed >> 8;
        uint8_t buf[40];
        size_t n = r % 40;
        for (size_t k = 0; k < n; k++) buf[k] = (uint8_t)(r + k * 31 + step);
        int op = (int)(r >> 12) % 4;
        if (op == 0 && model_n < 64) { /* insert */
            size_t i = model_n ? (r >> 16) % (model_n + 1) : 0;
            CHECK(varyvec_insert(v, i, buf, n) == 0);
            memmove(model[i + 1], model[i], (model_n - i) * sizeof model[0]);
            memmove(model_len + i + 1, model_len + i, (model_n - i) * sizeof model_len[0]);
            memcpy(model[i], buf, n);
            model_len[i] = n;
            model_n++;
        } else if (op == 1 && model_n) { /* replace, any size */
            size_t i = (r >> 16) % model_n;
            CHECK(varyvec_set(v, i, buf, n) == 0);
            memcpy(model[i], buf, n);
            model_len[i] = n;
        } else if (op == 2 && model_n) { /* remove */
            size_t i = (r >> 16) % model_n;
            varyvec_remove(v, i);
            memmove(model[i], model[i + 1], (model_n - i - 1) * sizeof model[0]);
            memmove(model_len + i, model_len + i + 1, (model_n - i - 1) * sizeof model_len[0]);
            model_n--;
        } else {
            /* garbage that makes the collector compact around v's vector */
            Value junk = bytearray_new(NULL, 300 + r % 200);
            CHECK(junk != V_ERR);
            if (step % 50 == 0) gc_collect();
        }
        CHECK_MSG(same(v), "mismatch at step %d", step);
    }
    gc_collect();
    CHECK(gc_verify() == NULL);
    CHECK(same(v));
    /* Python's view of it */
    Value r = obj_repr(v);
    CHECK(r != V_ERR);
    size_t n;
    const char *s = str_data(r, &n);
    CHECK(n > 10 && memcmp(s, "VaryVec([", 9) == 0);
    root_pop(1);
}
#else
TEST(varyvec_left_out) {
    setup();
    CHECK(import_fails("varyvec"));
    CHECK(!import_fails("sys")); /* the check itself works */
}
#endif

#if MONTY_ARRAY
TEST(array_packing_and_limits) {
    setup();
    Value args[2] = {str_from_cstr("h"), list_new(0, NULL)};
    root_push(v_to_ptr(args[1]));
    CHECK(list_append(args[1], v_from_int(-2)) == 0);
    CHECK(list_append(args[1], v_from_int(32767)) == 0);
    Value a = obj_call(V(&array_type), (ArgVec){args, 2, 0});
    CHECK(a != V_ERR);
    root_push(v_to_ptr(a));
    Value b = obj_call1(V(&bytes_type), a);
    CHECK(b != V_ERR);
    size_t n;
    const uint8_t *d = bytes_data(b, &n);
    CHECK_EQ(n, 4);
    CHECK(d[0] == 0xFE && d[1] == 0xFF && d[2] == 0xFF && d[3] == 0x7F);
    /* out of range for 'h' */
    CHECK_EQ(obj_setitem(a, v_from_int(0), v_from_int(40000)), -1);
    Value e = exc_take();
    CHECK(obj_isinstance(e, &overflow_error_type));
    CHECK_EQ(obj_getitem(a, v_from_int(1)), v_from_int(32767));
    root_pop(2);
}
#else
TEST(array_left_out) {
    setup();
    CHECK(import_fails("array"));
}
#endif

int main(void) {
#if MONTY_VARYVEC
    RUN(varyvec_random_against_model);
#else
    RUN(varyvec_left_out);
#endif
#if MONTY_ARRAY
    RUN(array_packing_and_limits);
#else
    RUN(array_left_out);
#endif
    return check_done();
}
