/*
 * varyvec.c - VaryVec: a vector of variable-size byte items in a single
 * GC vector (the notes' VaryVec), optional unit MONTY_VARYVEC.
 *
 * Layout of the vector, n items:
 *
 *     uint16_t off[n + 1] | item bytes ...
 *
 * Item i is data[off[i] .. off[i+1]) where data starts after the offset
 * table; off[0] == 0 and off[n] is the total data size (< 64 KB).  One
 * allocation for any number of items: much denser than a list of bytes
 * objects (2 bytes of overhead per item instead of a value plus an object
 * header).  Python sees module `varyvec` with type `VaryVec`: a mutable
 * sequence of bytes (indexing, assignment of any size, del, append,
 * insert, iteration, len, repr).
 */
#include "obj.h"
#if MONTY_VARYVEC

typedef struct VaryVec {
    GcObj hdr;
    GcVec v;
    uint16_t n;
} VaryVec;

extern const Type varyvec_type;

static void vv_mark(GcObj *o) { gc_mark_vec(&((VaryVec *)o)->v); }

static uint16_t *offs(const VaryVec *vv) { return (uint16_t *)vv->v.ptr; }
static uint8_t *data(const VaryVec *vv) { return (uint8_t *)vv->v.ptr + 2u * (vv->n + 1u); }
static size_t total(const VaryVec *vv) { return vv->v.ptr ? offs(vv)[vv->n] : 0; }

Value varyvec_new(void) {
    VaryVec *vv = obj_alloc(&varyvec_type, sizeof(VaryVec));
    return vv ? V(vv) : V_ERR;
}

/* item i (0 <= i < n): pointer valid until the next allocation */
const uint8_t *varyvec_get(Value v, size_t i, size_t *len) {
    VaryVec *vv = v_to_ptr(v);
    *len = (size_t)(offs(vv)[i + 1] - offs(vv)[i]);
    return data(vv) + offs(vv)[i];
}

size_t varyvec_len(Value v) { return ((VaryVec *)v_to_ptr(v))->n; }

/* makes room: the vector holds at least `bytes` */
static int room(VaryVec *vv, size_t bytes) {
    if (bytes <= vv->v.cap) return 0;
    if (!gc_vec_resize(&vv->v, bytes + bytes / 4 + 8)) {
        exc_raise_no_mem();
        return -1;
    }
    return 0;
}

/* inserts an item of n bytes at index i (0..count); p may be NULL (zeroed)
 * and must not point into this VaryVec */
int varyvec_insert(Value v, size_t i, const void *p, size_t n) {
    VaryVec *vv = v_to_ptr(v);
    size_t tot = total(vv);
    if (vv->n >= 0xFFFE || tot + n > 0xFFFF) {
        exc_raise(&overflow_error_type, "VaryVec too large");
        return -1;
    }
    if (!vv->v.ptr) {
        if (room(vv, 2 + n + 2) < 0) return -1;
        offs(vv)[0] = 0;
    } else if (room(vv, 2u * (vv->n + 2u) + tot + n) < 0) {
        return -1;
    }
    uint8_t *base = vv->v.ptr;
    size_t oldtab = 2u * (vv->n + 1u);
    /* data moves up by one offset entry, then the tail past item i by n */
    uint16_t at = offs(vv)[i];
    memmove(base + oldtab + 2 + at + n, base + oldtab + at, tot - at);
    memmove(base + oldtab + 2, base + oldtab, at);
    uint16_t *o = offs(vv);
    memmove(o + i + 2, o + i + 1, 2u * (vv->n - i));
    for (size_t k = i + 1; k <= vv->n + 1u; k++) o[k] = (uint16_t)(o[k] + (k == i + 1 ? 0 : n));
    o[i + 1] = (uint16_t)(at + n);
    vv->n++;
    if (p) memcpy(data(vv) + at, p, n);
    else memset(data(vv) + at, 0, n);
    return 0;
}

/* replaces item i by n bytes from p (not pointing into this VaryVec) */
int varyvec_set(Value v, size_t i, const void *p, size_t n) {
    VaryVec *vv = v_to_ptr(v);
    size_t old = (size_t)(offs(vv)[i + 1] - offs(vv)[i]), tot = total(vv);
    if (tot - old + n > 0xFFFF) {
        exc_raise(&overflow_error_type, "VaryVec too large");
        return -1;
    }
    if (n > old && room(vv, 2u * (vv->n + 1u) + tot - old + n) < 0) return -1;
    uint16_t *o = offs(vv);
    uint8_t *d = data(vv);
    memmove(d + o[i] + n, d + o[i + 1], tot - o[i + 1]);
    for (size_t k = i + 1; k <= vv->n; k++) o[k] = (uint16_t)(o[k] + n - old);
    memcpy(d + o[i], p, n);
    return 0;
}

void varyvec_remove(Value v, size_t i) {
    VaryVec *vv = v_to_ptr(v);
    uint16_t *o = offs(vv);
    size_t len = (size_t)(o[i + 1] - o[i]), tot = total(vv);
    uint8_t *base = vv->v.ptr;
    size_t tab = 2u * (vv->n + 1u);
    /* close the item's gap, then drop one offset entry */
    memmove(base + tab + o[i], base + tab + o[i + 1], tot - o[i + 1]);
    for (size_t k = i + 1; k <= vv->n; k++) o[k] = (uint16_t)(o[k] - len);
    memmove(o + i + 1, o + i + 2, 2u * (vv->n - i - 1));
    memmove(base + tab - 2, base + tab, tot - len);
    vv->n--;
}

/* ---- Python ---- */

/* bytes-like or str argument as an immutable copy (its data cannot move) */
static Value item_arg(Value x) {
    size_t n;
    const char *s = str_data(x, &n);
    if (s) return bytes_new(s, n);
    if (!bytes_data(x, NULL)) return exc_raise(&type_error_type, "VaryVec items are bytes, not %s", obj_type_name(x));
    return bytes_snapshot(x);
}

static int vv_append_value(Value vv, size_t i, Value x) {
    Value b = item_arg(x);
    if (b == V_ERR) return -1;
    root_push(v_to_ptr(b));
    size_t n;
    const uint8_t *d = bytes_data(b, &n);
    int r = varyvec_insert(vv, i, d, n);
    root_pop(1);
    return r;
}

static int vv_push(Value vv, Value x) { return vv_append_value(vv, varyvec_len(vv), x); }

static Value vv_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (arg_no_kw(a, "VaryVec") < 0 || arg_check(a, 0, 1, "VaryVec") < 0) return V_ERR;
    Value vv = varyvec_new();
    if (vv == V_ERR || a.n == 0) return vv;
    root_push(v_to_ptr(vv));
    int r = obj_each(a.v[0], vv_push, vv);
    root_pop(1);
    return r < 0 ? V_ERR : vv;
}

static Value vv_item(Value vv, size_t i) {
    size_t n;
    varyvec_get(vv, i, &n);
    Value b = bytes_new(NULL, n);
    if (b == V_ERR) return b;
    const uint8_t *d = varyvec_get(vv, i, &n); /* re-derived after allocating */
    memcpy((uint8_t *)bytes_data(b, NULL), d, n);
    return b;
}

static Value vv_subscr(Value self, Value key, Value val) {
    size_t i;
    if (obj_seq_index(key, varyvec_len(self), &i, "VaryVec") < 0) return V_ERR;
    if (val == V_NULL) return vv_item(self, i);
    if (val == V_DELETE) {
        varyvec_remove(self, i);
        return V_NONE;
    }
    Value b = item_arg(val);
    if (b == V_ERR) return b;
    root_push(v_to_ptr(b));
    size_t n;
    const uint8_t *d = bytes_data(b, &n);
    int r = varyvec_set(self, i, d, n);
    root_pop(1);
    return r < 0 ? V_ERR : V_NONE;
}

static int vv_print(Printer *p, Value v, bool repr) {
    (void)repr;
    if (pr_str(p, "VaryVec([") < 0) return -1;
    for (size_t i = 0; i < varyvec_len(v); i++) {
        Value b = vv_item(v, i);
        if (b == V_ERR || (i && pr_str(p, ", ") < 0)) return -1;
        root_push(v_to_ptr(b));
        int r = obj_print(p, b, true);
        root_pop(1);
        if (r < 0) return -1;
    }
    return pr_str(p, "])");
}

static Value vv_unop(int op, Value v) {
    if (op == UN_LEN) return v_from_int((intptr_t)varyvec_len(v));
    if (op == UN_BOOL) return v_from_bool(varyvec_len(v) != 0);
    if (op == UN_HASH) return exc_raise(&type_error_type, "unhashable type: 'VaryVec'");
    return V_NOTIMPL;
}

static Value vv_iter(int op, Value v) {
    (void)op;
    return seqiter_new(v);
}

static Value m_append(ArgVec a) { return vv_push(a.v[0], a.v[1]) < 0 ? V_ERR : V_NONE; }

static Value m_insert(ArgVec a) {
    intptr_t i;
    if (int_get(a.v[1], &i) < 0) return V_ERR;
    intptr_t n = (intptr_t)varyvec_len(a.v[0]);
    if (i < 0) i += n;
    if (i < 0) i = 0;
    if (i > n) i = n;
    return vv_append_value(a.v[0], (size_t)i, a.v[2]) < 0 ? V_ERR : V_NONE;
}

static Value m_pop(ArgVec a) {
    size_t n = varyvec_len(a.v[0]);
    if (!n) return exc_raise(&index_error_type, "pop from empty VaryVec");
    size_t i = n - 1;
    if (a.n > 1 && obj_seq_index(a.v[1], n, &i, "pop") < 0) return V_ERR;
    Value b = vv_item(a.v[0], i);
    if (b != V_ERR) varyvec_remove(a.v[0], i);
    return b;
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn vv_methods[] = {
    M(append, m_append, 2, 2, 0),
    M(insert, m_insert, 3, 3, 0),
    M(pop, m_pop, 1, 2, 0),
};

const Type varyvec_type = {
    .hdr = {&type_type.gc},
    .gc = {"VaryVec", vv_mark, NULL},
    .name = Q_VaryVec,
    .base = &object_type,
    .methods = vv_methods,
    .nmethods = sizeof vv_methods / sizeof vv_methods[0],
    .print = vv_print,
    .unop = vv_unop,
    .subscr = vv_subscr,
    .make_new = vv_make_new,
    .iter = vv_iter,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

static const ModAttr vv_attrs[] = {
    {Q_VaryVec, (Value)&varyvec_type},
};
const ModDef mod_varyvec = {Q_varyvec, 1, vv_attrs, NULL};
#endif
