/*
 * array.c - the array module: typed numeric vectors (the notes' Array),
 * optional unit MONTY_ARRAY.
 *
 * An array keeps its items packed in one vector (which compaction may
 * move: pointers into it are re-derived after allocating).  Typecodes as
 * CPython's: b B h H i I l L q Q f d (i/I are 32-bit, l/L 32-bit on the
 * boards and 64-bit natively, as the C types).
 */
#include "obj.h"
#if MONTY_ARRAY

typedef struct Array {
    GcObj hdr;
    GcVec v;
    uint32_t len;    /* items */
    char code;       /* typecode */
    uint8_t size;    /* bytes per item */
} Array;

extern const Type array_type;

static int code_size(char c) {
    switch (c) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': return 4;
    case 'l': case 'L': return (int)sizeof(long);
    case 'q': case 'Q': return 8;
#if MONTY_FLOAT
    case 'f': return 4;
    case 'd': return 8;
#endif
    default: return 0;
    }
}

static void array_mark(GcObj *o) { gc_mark_vec(&((Array *)o)->v); }

static Array *arr(Value v) { return v_to_ptr(inst_native(v)); }

static int reserve(Array *a, size_t n) {
    size_t need = n * a->size;
    if (need <= a->v.cap) return 0;
    size_t cap = a->v.cap + a->v.cap / 2 + 8;
    if (cap < need) cap = need;
    if (!gc_vec_resize(&a->v, cap)) {
        exc_raise_no_mem();
        return -1;
    }
    return 0;
}

/* reads item i as a value (may allocate: big ints, floats) */
static Value get_item(Array *a, size_t i) {
    const uint8_t *p = (const uint8_t *)a->v.ptr + i * a->size;
    switch (a->code) {
    case 'b': return v_from_int(*(const int8_t *)p);
    case 'B': return v_from_int(*p);
    case 'h': { int16_t x; memcpy(&x, p, 2); return v_from_int(x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return v_from_int(x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return int_from_i64(x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return int_from_u64(x); }
    case 'l': { long x; memcpy(&x, p, sizeof x); return int_from_i64(x); }
    case 'L': { unsigned long x; memcpy(&x, p, sizeof x); return int_from_u64(x); }
    case 'q': { int64_t x; memcpy(&x, p, 8); return int_from_i64(x); }
    case 'Q': { uint64_t x; memcpy(&x, p, 8); return int_from_u64(x); }
#if MONTY_FLOAT
    case 'f': { float x; memcpy(&x, p, 4); return float_new(x); }
    case 'd': { double x; memcpy(&x, p, 8); return float_new(x); }
#endif
    default: return V_NONE;
    }
}

/* converts v for storing: 0 and the bytes in out, or -1 raised */
static int pack(char code, Value v, uint8_t out[8]) {
#if MONTY_FLOAT
    if (code == 'f' || code == 'd') {
        double d;
        if (float_coerce(v, &d) < 0) return -1;
        if (code == 'f') {
            float f = (float)d;
            memcpy(out, &f, 4);
        } else {
            memcpy(out, &d, 8);
        }
        return 0;
    }
#endif
    if (!int_is(v)) {
        exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", obj_type_name(v));
        return -1;
    }
    int64_t x;
    uint64_t ux = 0;
    bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q';
    if (int_get_i64(v, &x) < 0) {
        /* 'Q' values of 2**63 and above */
        if (code != 'Q' || int_sign(v) < 0) return -1;
        exc_take();
        Value hi = obj_binop(OPR_RSHIFT, v, v_from_int(32));
        int64_t h, l;
        if (hi == V_ERR || int_get_i64(hi, &h) < 0) return -1;
        Value lo = obj_binop(OPR_AND, v, int_from_u64(0xFFFFFFFFu));
        if (lo == V_ERR || int_get_i64(lo, &l) < 0) return -1;
        if (h >> 32) goto range;
        ux = ((uint64_t)h << 32) | (uint64_t)l;
        memcpy(out, &ux, 8);
        return 0;
    }
    int size = code_size(code);
    if (is_unsigned) {
        if (x < 0) {
            exc_raise(&overflow_error_type, "unsigned %s is less than minimum", size == 1 ? "byte integer" : "int");
            return -1;
        }
        if (size < 8 && (uint64_t)x >> (8 * size)) goto range;
    } else if (size < 8) {
        int64_t lim = (int64_t)1 << (8 * size - 1);
        if (x < -lim || x >= lim) goto range;
    }
    switch (size) {
    case 1: out[0] = (uint8_t)x; break;
    case 2: { int16_t y = (int16_t)x; memcpy(out, &y, 2); break; }
    case 4: { int32_t y = (int32_t)x; memcpy(out, &y, 4); break; }
    default: memcpy(out, &x, 8); break;
    }
    return 0;
range:
    if (code == 'b') exc_raise(&overflow_error_type, "signed char is greater than maximum");
    else if (code == 'B') exc_raise(&overflow_error_type, "unsigned byte integer is greater than maximum");
    else exc_raise(&overflow_error_type, "%s is %s than maximum", is_unsigned ? "unsigned int" : "signed integer",
                   "greater");
    return -1;
}

static int array_append(Value av, Value x) {
    uint8_t buf[8];
    Array *a = arr(av);
    if (pack(a->code, x, buf) < 0) return -1;
    if (reserve(a, a->len + 1) < 0) return -1;
    memcpy((uint8_t *)a->v.ptr + a->len * a->size, buf, a->size);
    a->len++;
    return 0;
}

static int array_extend(Value av, Value src) {
    if (obj_isinstance(src, &array_type)) {
        Array *a = arr(av), *b = arr(src);
        if (a->code != b->code) {
            exc_raise(&type_error_type, "can only extend with array of same kind");
            return -1;
        }
        size_t n = b->len;
        if (reserve(a, a->len + n) < 0) return -1;
        memmove((uint8_t *)a->v.ptr + a->len * a->size, b->v.ptr, n * a->size);
        a->len += (uint32_t)n;
        return 0;
    }
    return obj_each(src, array_append, av);
}

static Value new_array(char code, size_t n) {
    Array *a = obj_alloc(&array_type, sizeof(Array));
    if (!a) return V_ERR;
    a->code = code;
    a->size = (uint8_t)code_size(code);
    if (n) {
        root_push(a);
        int r = reserve(a, n);
        root_pop(1);
        if (r < 0) return V_ERR;
    }
    return V(a);
}

static Value array_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (arg_check(a, 1, 2, "array") < 0) return V_ERR;
    size_t n;
    const char *tc = str_data(a.v[0], &n);
    if (!tc) return exc_raise(&type_error_type, "array() argument 1 must be a unicode character, not %s", obj_type_name(a.v[0]));
    if (n != 1 || !code_size(tc[0]))
        return exc_raise(&value_error_type, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Value r = new_array(tc[0], 0);
    if (r == V_ERR || a.n < 2) return r;
    root_push(v_to_ptr(r));
    int rc;
    Value init = a.v[1];
    if (obj_is(init, &bytes_type) || obj_is(init, &bytearray_type)) {
        /* raw machine values */
        size_t bn;
        bytes_data(init, &bn);
        Array *x = arr(r);
        if (bn % x->size) {
            exc_raise(&value_error_type, "bytes length not a multiple of item size");
            rc = -1;
        } else {
            rc = reserve(x, bn / x->size);
            if (rc == 0) {
                memcpy(x->v.ptr, bytes_data(init, NULL), bn);
                x->len = (uint32_t)(bn / x->size);
            }
        }
    } else if (str_is(init)) {
        exc_raise(&type_error_type, "cannot use a str to initialize an array with typecode '%c'", (int)tc[0]);
        rc = -1;
    } else {
        rc = array_extend(r, init);
    }
    root_pop(1);
    return rc < 0 ? V_ERR : r;
}

static int array_print(Printer *p, Value v, bool repr) {
    (void)repr;
    Array *a = arr(v);
    if (pr_fmt(p, "array('%c'", (int)a->code) < 0) return -1;
    if (a->len) {
        if (pr_str(p, ", [") < 0) return -1;
        for (size_t i = 0; i < arr(v)->len; i++) {
            Value x = get_item(arr(v), i);
            if (x == V_ERR || (i && pr_str(p, ", ") < 0)) return -1;
            root_push(v_is_obj(x) ? v_to_ptr(x) : NULL);
            int r = obj_print(p, x, true);
            root_pop(1);
            if (r < 0) return -1;
        }
        if (pr_str(p, "]") < 0) return -1;
    }
    return pr_str(p, ")");
}

static Value array_unop(int op, Value v) {
    Array *a = arr(v);
    switch (op) {
    case UN_LEN: return v_from_int(a->len);
    case UN_BOOL: return v_from_bool(a->len != 0);
    case UN_HASH: return exc_raise(&type_error_type, "unhashable type: 'array.array'");
    default: return V_NOTIMPL;
    }
}

static Value array_binop(int op, Value x, Value y) {
    int base = op & 0x1F;
    if (op & OPR_REFLECTED) return V_NOTIMPL;
    if (base == OPR_CONTAINS) {
        for (size_t i = 0; i < arr(x)->len; i++) {
            Value it = get_item(arr(x), i);
            if (it == V_ERR) return it;
            int e = obj_eq(it, y);
            if (e) return e < 0 ? V_ERR : V_TRUE;
        }
        return V_FALSE;
    }
    if (!obj_isinstance(y, &array_type)) return V_NOTIMPL;
    Array *a = arr(x), *b = arr(y);
    if (base == OPR_ADD) {
        if (a->code != b->code) return exc_raise(&type_error_type, "bad argument type for built-in operation");
        if (op & OPR_INPLACE) return array_extend(x, y) < 0 ? V_ERR : x;
        Value r = new_array(a->code, a->len + b->len);
        if (r == V_ERR) return r;
        a = arr(x), b = arr(y);
        Array *c = arr(r);
        memcpy(c->v.ptr, a->v.ptr, a->len * a->size);
        memcpy((uint8_t *)c->v.ptr + a->len * a->size, b->v.ptr, b->len * b->size);
        c->len = a->len + b->len;
        return r;
    }
    if (base == OPR_EQ || base == OPR_NE) {
        bool eq = a->len == b->len;
        for (size_t i = 0; eq && i < arr(x)->len; i++) {
            Value p = get_item(arr(x), i);
            if (p == V_ERR) return p;
            root_push(v_is_obj(p) ? v_to_ptr(p) : NULL);
            Value q = get_item(arr(y), i);
            int e = q == V_ERR ? -1 : obj_eq(p, q);
            root_pop(1);
            if (e < 0) return V_ERR;
            eq = e;
        }
        return v_from_bool(base == OPR_EQ ? eq : !eq);
    }
    return V_NOTIMPL;
}

static Value array_subscr(Value self, Value key, Value val) {
    Array *a = arr(self);
    if (obj_is(key, &slice_type)) {
        intptr_t st, en, step;
        intptr_t cnt = slice_indices(key, a->len, &st, &en, &step);
        if (cnt < 0) return V_ERR;
        if (val != V_NULL) return exc_raise(&type_error_type, "array slice assignment is not supported");
        Value r = new_array(a->code, (size_t)cnt);
        if (r == V_ERR) return r;
        a = arr(self);
        Array *c = arr(r);
        for (intptr_t i = 0, k = st; i < cnt; i++, k += step)
            memcpy((uint8_t *)c->v.ptr + i * c->size, (uint8_t *)a->v.ptr + k * a->size, a->size);
        c->len = (uint32_t)cnt;
        return r;
    }
    size_t i;
    if (obj_seq_index(key, a->len, &i, "array") < 0) return V_ERR;
    if (val == V_NULL) return get_item(a, i);
    if (val == V_DELETE) {
        uint8_t *d = a->v.ptr;
        memmove(d + i * a->size, d + (i + 1) * a->size, (a->len - i - 1) * a->size);
        a->len--;
        return V_NONE;
    }
    uint8_t buf[8];
    if (pack(a->code, val, buf) < 0) return V_ERR;
    a = arr(self);
    memcpy((uint8_t *)a->v.ptr + i * a->size, buf, a->size);
    return V_NONE;
}

static Value array_iter(int op, Value v) {
    (void)op;
    return seqiter_new(v);
}

static Value array_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    Array *a = arr(self);
    if (name == QV(typecode)) {
        char c = a->code;
        return str_new(&c, 1);
    }
    if (name == QV(itemsize)) return v_from_int(a->size);
    return V_NULL;
}

static Value m_append(ArgVec a) { return array_append(a.v[0], a.v[1]) < 0 ? V_ERR : V_NONE; }
static Value m_extend(ArgVec a) { return array_extend(a.v[0], a.v[1]) < 0 ? V_ERR : V_NONE; }

static Value m_pop(ArgVec a) {
    Array *x = arr(a.v[0]);
    if (!x->len) return exc_raise(&index_error_type, "pop from empty array");
    size_t i = x->len - 1;
    if (a.n > 1 && obj_seq_index(a.v[1], x->len, &i, "pop") < 0) return V_ERR;
    Value r = get_item(x, i);
    if (r == V_ERR) return r;
    x = arr(a.v[0]);
    uint8_t *d = x->v.ptr;
    memmove(d + i * x->size, d + (i + 1) * x->size, (x->len - i - 1) * x->size);
    x->len--;
    return r;
}

static Value m_insert(ArgVec a) {
    intptr_t i;
    if (int_get(a.v[1], &i) < 0) return V_ERR;
    if (array_append(a.v[0], a.v[2]) < 0) return V_ERR;
    Array *x = arr(a.v[0]);
    intptr_t n = x->len - 1;
    if (i < 0) i += n;
    if (i < 0) i = 0;
    if (i > n) i = n;
    uint8_t tmp[8], *d = x->v.ptr;
    memcpy(tmp, d + n * x->size, x->size);
    memmove(d + (i + 1) * x->size, d + i * x->size, (size_t)(n - i) * x->size);
    memcpy(d + i * x->size, tmp, x->size);
    return V_NONE;
}

static Value m_tolist(ArgVec a) {
    Value l = list_new(0, NULL);
    if (l == V_ERR) return l;
    root_push(v_to_ptr(l));
    for (size_t i = 0; i < arr(a.v[0])->len; i++) {
        Value x = get_item(arr(a.v[0]), i);
        if (x == V_ERR || list_append(l, x) < 0) {
            root_pop(1);
            return V_ERR;
        }
    }
    root_pop(1);
    return l;
}

static Value m_tobytes(ArgVec a) {
    Array *x = arr(a.v[0]);
    Value b = bytes_new(NULL, x->len * x->size);
    if (b == V_ERR) return b;
    x = arr(a.v[0]);
    if (x->len) memcpy((uint8_t *)bytes_data(b, NULL), x->v.ptr, x->len * x->size);
    return b;
}

static Value m_index(ArgVec a) {
    for (size_t i = 0; i < arr(a.v[0])->len; i++) {
        Value x = get_item(arr(a.v[0]), i);
        if (x == V_ERR) return x;
        int e = obj_eq(x, a.v[1]);
        if (e) return e < 0 ? V_ERR : v_from_int((intptr_t)i);
    }
    return exc_raise(&value_error_type, "array.index(x): x not in array");
}

static Value m_count(ArgVec a) { return seq_count_iter(a.v[0], a.v[1]); }

static Value m_reverse(ArgVec a) {
    Array *x = arr(a.v[0]);
    uint8_t tmp[8], *d = x->v.ptr;
    for (size_t i = 0; i < x->len / 2; i++) {
        uint8_t *p = d + i * x->size, *q = d + (x->len - 1 - i) * x->size;
        memcpy(tmp, p, x->size);
        memcpy(p, q, x->size);
        memcpy(q, tmp, x->size);
    }
    return V_NONE;
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn array_methods[] = {
    M(append, m_append, 2, 2, 0),
    M(count, m_count, 2, 2, 0),
    M(extend, m_extend, 2, 2, 0),
    M(index, m_index, 2, 2, 0),
    M(insert, m_insert, 3, 3, 0),
    M(pop, m_pop, 1, 2, 0),
    M(reverse, m_reverse, 1, 1, 0),
    M(tobytes, m_tobytes, 1, 1, 0),
    M(tolist, m_tolist, 1, 1, 0),
};

const Type array_type = {
    .hdr = {&type_type.gc},
    .gc = {"array", array_mark, NULL},
    .name = Q_array,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = array_methods,
    .nmethods = sizeof array_methods / sizeof array_methods[0],
    .print = array_print,
    .unop = array_unop,
    .binop = array_binop,
    .subscr = array_subscr,
    .make_new = array_make_new,
    .iter = array_iter,
    .attr = array_attr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

static const ModAttr array_attrs[] = {
    {Q_array, (Value)&array_type},
    {Q_typecodes, v_from_qstr_c(Q_typecodes_str)},
};
const ModDef mod_array = {Q_array, 2, array_attrs, NULL};

/* bytes(array) and friends: the raw items */
const uint8_t *array_data(Value v, size_t *len) {
    if (!obj_isinstance(v, &array_type)) return NULL;
    Array *a = arr(v);
    *len = a->len * a->size;
    return a->v.ptr ? a->v.ptr : (const uint8_t *)"";
}
#endif
