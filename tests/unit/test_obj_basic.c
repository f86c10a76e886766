/*
 * test_obj_basic.c - the object model in C: qstrs, ints, strs, dicts,
 * lists, exceptions, and their interaction with the collector (this file
 * also runs in the GC_STRESS variant, which compacts on every allocation).
 */
#include <stdlib.h>

#include "check.h"
#include "obj.h"
#include "text.h"
#include "vm.h"

static _Alignas(16) uint8_t pool[192 * 1024];

static void setup(size_t size) {
    static VmHost host;
    if (vm_init(&host, pool, size) < 0) {
        printf("FAIL setup: vm_init\n");
        exit(1);
    }
}

/* str value from a C string, via the API a C module would use */
static Value S(const char *s) { return str_from_cstr(s); }

static bool str_is_c(Value v, const char *c) {
    size_t n;
    const char *d = str_data(v, &n);
    return d && n == strlen(c) && memcmp(d, c, n) == 0;
}

/* repr() of a value as a C string (static buffer) */
static const char *R(Value v) {
    static char buf[512];
    Value r = obj_repr(v);
    if (r == V_ERR) {
        exc_take();
        return "<error>";
    }
    size_t n;
    const char *d = str_data(r, &n);
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, d, n);
    buf[n] = 0;
    return buf;
}

TEST(qstr_table_sorted_and_hashed) {
    setup(sizeof pool);
    /* built-in qstrs are in name order (binary search relies on it) and
     * their stored hash is the string hash */
    for (uint32_t q = 1; q < Q__COUNT; q++) {
        size_t n1, n2;
        const char *a = qstr_str(q - 1, &n1), *b = qstr_str(q, &n2);
        int c = memcmp(a, b, n1 < n2 ? n1 : n2);
        CHECK_MSG(c < 0 || (c == 0 && n1 < n2), "qstr %u '%s' !< '%s'", (unsigned)q, a, b);
        CHECK_EQ(qstr_hash(q), str_hash_bytes(b, n2));
    }
    CHECK_EQ(qstr_find("append", 6), Q_append);
    CHECK_EQ(qstr_find("no such name here", 17), -1);
    /* run-time interning: same text, same index; NUL-terminated copies */
    char tmp[16] = "dynamic_name";
    int32_t q1 = qstr_intern(tmp, 12, false);
    tmp[0] = 'X';
    int32_t q2 = qstr_intern("dynamic_name", 12, false);
    CHECK(q1 >= Q__COUNT);
    CHECK_EQ(q1, q2);
    CHECK_STR(qstr_str((uint32_t)q1, NULL), "dynamic_name");
    CHECK_EQ(qstr_intern("len", 3, false), Q_len);
}

TEST(method_tables_sorted) {
    setup(sizeof pool);
    const Type *types[] = {&int_type, &str_type, &bytes_type, &bytearray_type, &tuple_type, &list_type,
                           &dict_type, &set_type, &frozenset_type, &range_type, &object_type, &type_type,
                           &base_exception_type, &gen_type, &property_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        const Type *t = types[i];
        for (uint16_t k = 1; k < t->nmethods; k++)
            CHECK_MSG(t->methods[k - 1].name < t->methods[k].name, "%s.%s out of order", type_name(t),
                      qstr_str(t->methods[k].name, NULL));
    }
    const ModDef *mods[] = {&mod_builtins};
    for (size_t i = 0; i < sizeof mods / sizeof mods[0]; i++)
        for (uint16_t k = 1; k < mods[i]->nattrs; k++) CHECK(mods[i]->attrs[k - 1].name < mods[i]->attrs[k].name);
    /* lookups through the MRO */
    CHECK(type_lookup(&bool_type, QV(bit_length)) != V_NULL);
    CHECK(type_lookup(&key_error_type, QV(with_traceback)) != V_NULL);
    CHECK(type_lookup(&list_type, QV(upper)) == V_NULL);
}

TEST(int_small_and_big) {
    setup(sizeof pool);
    Value a = v_from_int(SMALL_INT_MAX);
    Value b = obj_binop(OPR_ADD, a, v_from_int(1));
#if MONTY_BIGINT
    CHECK(b != V_ERR);
    CHECK(!v_is_int(b));
    CHECK(obj_isinstance(b, &int_type));
    /* back into the small range: normalised to a small int */
    Value c = obj_binop(OPR_SUB, b, v_from_int(1));
    CHECK_EQ(c, a);
    Value p = obj_binop(OPR_POW, v_from_int(2), v_from_int(100));
    CHECK_STR(R(p), "1267650600228229401496703205376");
    Value q = obj_binop(OPR_FLOORDIV, p, obj_binop(OPR_POW, v_from_int(2), v_from_int(98)));
    CHECK_EQ(q, v_from_int(4));
    /* equal values hash equal whatever their representation */
    Value big = obj_binop(OPR_MUL, v_from_int(1 << 20), v_from_int(1 << 20));
    Value h1 = obj_hash(big);
    CHECK(h1 != V_ERR);
#if MONTY_FLOAT
    Value f = float_new(1099511627776.0);
    CHECK_EQ(obj_hash(f), h1);
    CHECK_EQ(obj_compare(OPR_EQ, f, big), V_TRUE);
#endif
#else
    /* without big ints leaving the small range raises OverflowError */
    CHECK(b == V_ERR);
    Value ov = exc_take();
    CHECK(obj_isinstance(ov, &overflow_error_type));
    CHECK_EQ(obj_binop(OPR_POW, v_from_int(2), v_from_int(100)), V_ERR);
    CHECK(obj_isinstance(exc_take(), &overflow_error_type));
    CHECK_EQ(int_parse("99999999999999999999", 20, 10), V_ERR);
    CHECK(obj_isinstance(exc_take(), &overflow_error_type));
#endif
    /* Python's floor division and modulo signs */
    CHECK_EQ(obj_binop(OPR_FLOORDIV, v_from_int(-7), v_from_int(2)), v_from_int(-4));
    CHECK_EQ(obj_binop(OPR_MOD, v_from_int(-7), v_from_int(2)), v_from_int(1));
    CHECK_EQ(obj_binop(OPR_MOD, v_from_int(7), v_from_int(-2)), v_from_int(-1));
    CHECK_EQ(obj_hash(v_from_int(-1)), v_from_int(-2));
    CHECK_EQ(obj_binop(OPR_FLOORDIV, v_from_int(1), v_from_int(0)), V_ERR);
    Value e = exc_take();
    CHECK(obj_isinstance(e, &zero_division_error_type));
    CHECK_STR(R(e), "ZeroDivisionError('integer division or modulo by zero')");
    /* parsing */
    CHECK_EQ(int_parse(" -0x_ff ", 8, 0), v_from_int(-255));
    CHECK_EQ(int_parse("1_000", 5, 10), v_from_int(1000));
    CHECK_EQ(int_parse("012", 3, 0), V_ERR);
    e = exc_take();
    CHECK(obj_isinstance(e, &value_error_type));
    CHECK_STR(R(e), "ValueError(\"invalid literal for int() with base 0: '012'\")");
}

TEST(str_basics) {
    setup(sizeof pool);
    Value s = S("h\xc3\xa9llo w\xc3\xb6rld");
    CHECK(s != V_ERR);
    CHECK_EQ(obj_len(s), v_from_int(11));
    /* indexing counts code points */
    Value c = obj_getitem(s, v_from_int(1));
    CHECK(str_is_c(c, "\xc3\xa9"));
    c = obj_getitem(s, v_from_int(-1));
    CHECK(str_is_c(c, "d"));
    /* a qstr and a str object with the same text are equal, hash equal */
    Value q = QV(append);
    Value o = str_new("append", 6);
    CHECK(!v_is_qstr(o) || o == q);
    CHECK_EQ(obj_eq(q, o), 1);
    CHECK_EQ(obj_hash(q), obj_hash(o));
    /* methods through the generic call path */
    Value parts = obj_call_method(S("a,b,,c"), Q_split, 1, (Value[]){S(",")});
    CHECK_STR(R(parts), "['a', 'b', '', 'c']");
    Value joined = obj_call_method(S("-"), Q_join, 1, &parts);
    CHECK(str_is_c(joined, "a-b--c"));
    CHECK_STR(R(S("it's \"q\"\n\x01")), "'it\\'s \"q\"\\n\\x01'");
    Value up = obj_call_method(S("MiXeD 42"), Q_upper, 0, NULL);
    CHECK(str_is_c(up, "MIXED 42"));
    Value f = str_format_percent(S("%5.1f|%-4d|%s|%x"), tuple_new(4, (Value[]){v_from_int(3), v_from_int(7), S("z"), v_from_int(255)}));
#if MONTY_FLOAT
    CHECK(str_is_c(f, "  3.0|7   |z|ff"));
#else
    /* without floats %f raises ValueError */
    CHECK(f == V_ERR);
    CHECK(obj_isinstance(exc_take(), &value_error_type));
#endif
}

TEST(dict_order_growth_and_keys) {
    setup(sizeof pool);
    Value d = dict_new();
    root_push(v_to_ptr(d));
    /* 300 keys: from the linear layout into the indexed one */
    for (int i = 0; i < 300; i++) CHECK(dict_set(d, v_from_int(i * 7), v_from_int(i)) == 0);
    CHECK_EQ(obj_len(d), v_from_int(300));
    for (int i = 0; i < 300; i++) CHECK_EQ(dict_get(d, v_from_int(i * 7)), v_from_int(i));
    CHECK_EQ(dict_get(d, v_from_int(5)), V_NULL);
    /* deletions keep insertion order of the rest */
    for (int i = 0; i < 300; i += 2) CHECK(obj_setitem(d, v_from_int(i * 7), V_DELETE) == 0);
    size_t pos = 0;
    DictEntry *e;
    int expect = 1;
    while (dc_next(&dict_p(d)->d, &pos, &e)) {
        CHECK_EQ(e->val, v_from_int(expect));
        expect += 2;
    }
    CHECK_EQ(expect, 301);
    /* 1, 1.0 and True are the same key; str objects find qstr keys */
    Value d2 = dict_new();
    root_push(v_to_ptr(d2));
    CHECK(dict_set(d2, v_from_int(1), S("int")) == 0);
    CHECK(dict_set(d2, V_TRUE, S("bool")) == 0);
#if MONTY_FLOAT
    CHECK(dict_set(d2, float_new(1.0), S("float")) == 0);
#endif
    CHECK_EQ(obj_len(d2), v_from_int(1));
    CHECK(dict_set(d2, QV(keys), v_from_int(9)) == 0);
    CHECK_EQ(dict_get(d2, str_new("keys", 4)), v_from_int(9));
    /* unhashable keys raise TypeError */
    CHECK_EQ(dict_set(d2, list_new(0, NULL), V_NONE), -1);
    Value x = exc_take();
    CHECK(obj_isinstance(x, &type_error_type));
    CHECK_STR(R(x), "TypeError(\"unhashable type: 'list'\")");
    gc_collect();
    CHECK(gc_verify() == NULL);
    CHECK_EQ(dict_get(d, v_from_int(7)), v_from_int(1));
    root_pop(2);
}

TEST(list_sort_stable_with_key) {
    setup(sizeof pool);
    Value l = list_new(0, NULL);
    root_push(v_to_ptr(l));
    /* (key, original position): equal keys must keep their order */
    for (int i = 0; i < 40; i++) {
        Value t = tuple_new(2, (Value[]){v_from_int((i * 17) % 5), v_from_int(i)});
        CHECK(t != V_ERR && list_append(l, t) == 0);
    }
    CHECK(list_sort(l, V_NONE, false) == 0);
    Value *it = list_items(l);
    for (int i = 1; i < 40; i++) {
        Tuple *a = tuple_p(it[i - 1]), *b = tuple_p(it[i]);
        CHECK(a->items[0] < b->items[0] || (a->items[0] == b->items[0] && a->items[1] < b->items[1]));
    }
    /* reverse keeps equal items in their original order too */
    Value l2 = list_new(0, NULL);
    root_push(v_to_ptr(l2));
    for (int i = 0; i < 10; i++) list_append(l2, v_from_int(i % 3));
    CHECK(list_sort(l2, V_NONE, true) == 0);
    CHECK_STR(R(l2), "[2, 2, 2, 1, 1, 1, 0, 0, 0, 0]");
    /* comparing incompatible items raises and leaves the list intact */
    list_append(l2, S("x"));
    CHECK_EQ(list_sort(l2, V_NONE, false), -1);
    Value e = exc_take();
    CHECK_STR(R(e), "TypeError(\"'<' not supported between instances of 'str' and 'int'\")");
    CHECK_EQ(list_p(l2)->len, 11);
    root_pop(2);
}

TEST(memory_error_and_recovery) {
    setup(16 * 1024);
    Value keep = list_new(0, NULL);
    root_push(v_to_ptr(keep));
    int n = 0;
    for (;;) {
        Value b = bytes_new(NULL, 512);
        if (b == V_ERR) break;
        CHECK(list_append(keep, b) == 0 || exc_pending());
        if (exc_pending()) break;
        n++;
        CHECK(n < 1000);
    }
    Value e = exc_take();
    CHECK(obj_isinstance(e, &memory_error_type));
    CHECK(n > 5);
    /* drop everything: allocation works again */
    list_p(keep)->len = 0;
    gc_collect();
    CHECK(gc_verify() == NULL);
    Value b = bytes_new(NULL, 4096);
    CHECK(b != V_ERR);
    root_pop(1);
}

TEST(exceptions_and_messages) {
    setup(sizeof pool);
    CHECK_EQ(exc_raise(&key_error_type, "%s=%d", "k", 5L), V_ERR);
    CHECK(exc_pending());
    Value e = exc_take();
    CHECK(!exc_pending());
    CHECK(exc_matches(e, V(&lookup_error_type)));
    CHECK(!exc_matches(e, V(&value_error_type)));
    Value tup = tuple_new(2, (Value[]){V(&value_error_type), V(&key_error_type)});
    CHECK(exc_matches(e, tup));
    /* KeyError's str is the repr of its key */
    Value k = exc_new1(&key_error_type, S("name"));
    Value s = obj_str(k);
    CHECK(str_is_c(s, "'name'"));
    CHECK(obj_getattr(v_from_int(3), QV(append)) == V_ERR);
    e = exc_take();
    CHECK_STR(R(e), "AttributeError(\"'int' object has no attribute 'append'\")");
}

int main(void) {
    RUN(qstr_table_sorted_and_hashed);
    RUN(method_tables_sorted);
    RUN(int_small_and_big);
    RUN(str_basics);
    RUN(dict_order_growth_and_keys);
    RUN(list_sort_stable_with_key);
    RUN(memory_error_and_recovery);
    RUN(exceptions_and_messages);
    return check_done();
}
