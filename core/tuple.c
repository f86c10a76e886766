/*
 * tuple.c - tuples (items inline, immutable) and the helpers shared by
 * sequences: printing, lexicographic comparison, the generic index
 * iterator.
 */
#include "obj.h"

const Tuple empty_tuple = {{&tuple_type.gc}, 0};

Value tuple_new(size_t n, const Value *items) {
    if (n == 0) return V_EMPTY_TUPLE;
    Tuple *t = obj_alloc(&tuple_type, sizeof(Tuple) + n * sizeof(Value));
    if (!t) return V_ERR;
    t->len = (uint32_t)n;
    for (size_t i = 0; i < n; i++) t->items[i] = items ? items[i] : V_NONE;
    return V(t);
}

static void tuple_mark(GcObj *o) {
    Tuple *t = (Tuple *)o;
    for (uint32_t i = 0; i < t->len; i++)
        if (v_is_obj(t->items[i])) gc_mark(v_to_ptr(t->items[i]));
}

Value tuple_from_iter(Value it) {
    if (obj_is(it, &tuple_type)) return it;
    Value l = list_from_iter(it);
    if (l == V_ERR) return l;
    root_push(v_to_ptr(l));
    Value t = tuple_new(list_p(l)->len, NULL);
    if (t != V_ERR && list_p(l)->len) vcopy(tuple_p(t)->items, list_items(l), list_p(l)->len);
    root_pop(1);
    return t;
}

/* ---- shared sequence helpers ---- */

/* prints items[0..n) between open/close; items re-read each step since
 * printing may allocate (list vectors move) */
int seq_print(Printer *p, Value self, const char *open, const char *close, bool tuple1) {
    int rec = repr_enter(self);
    if (rec < 0) return -1;
    if (rec) return pr_fmt(p, "%s...%s", open, close);
    int r = pr_str(p, open);
    for (size_t i = 0; r == 0; i++) {
        size_t n;
        const Value *items = seq_items(self, &n);
        if (i >= n) break;
        if (i) r = pr_str(p, ", ");
        if (r == 0) r = obj_print(p, items[i], true);
    }
    if (r == 0 && tuple1) {
        size_t n;
        seq_items(self, &n);
        if (n == 1) r = pr_str(p, ",");
    }
    if (r == 0) r = pr_str(p, close);
    repr_leave();
    return r;
}

/* lexicographic comparison of two sequences of the same kind */
Value seq_compare(int op, Value a, Value b) {
    size_t na, nb;
    const Value *ia = seq_items(a, &na), *ib = seq_items(b, &nb);
    if ((op == OPR_EQ || op == OPR_NE) && na != nb) return v_from_bool(op == OPR_NE);
    /* tuples never change: their items are read in place; list items are
     * re-derived after every comparison (they may move) */
    bool fixed = obj_type_of_obj(v_to_ptr(a)) == &tuple_type && obj_type_of_obj(v_to_ptr(b)) == &tuple_type;
    for (size_t i = 0;; i++) {
        if (i >= na || i >= nb) break;
        Value x = ia[i], y = ib[i];
        int e = x == y ? 1 : obj_eq(x, y);
        if (e < 0) return V_ERR;
        if (!e) {
            if (op == OPR_EQ) return V_FALSE;
            if (op == OPR_NE) return V_TRUE;
            return obj_compare(op, x, y);
        }
        if (!fixed) {
            ia = seq_items(a, &na);
            ib = seq_items(b, &nb);
        }
    }
    switch (op) {
    case OPR_LT: return v_from_bool(na < nb);
    case OPR_LE: return v_from_bool(na <= nb);
    case OPR_EQ: return v_from_bool(na == nb);
    case OPR_NE: return v_from_bool(na != nb);
    case OPR_GT: return v_from_bool(na > nb);
    default: return v_from_bool(na >= nb);
    }
}

const Value *seq_items(Value v, size_t *n) {
    const Type *t = obj_type_of_obj(v_to_ptr(v));
    if (t == &tuple_type) {
        *n = tuple_p(v)->len;
        return tuple_p(v)->items;
    }
    if (t != &list_type) v = inst_native(v);
    if (obj_is(v, &list_type)) {
        *n = list_p(v)->len;
        return list_items(v);
    }
    *n = tuple_p(v)->len;
    return tuple_p(v)->items;
}

Value seq_contains(Value self, Value x) {
    for (size_t i = 0;; i++) {
        size_t n;
        const Value *it = seq_items(self, &n);
        if (i >= n) return V_FALSE;
        int e = obj_eq(it[i], x);
        if (e < 0) return V_ERR;
        if (e) return V_TRUE;
    }
}

Value seq_count(Value self, Value x) {
    intptr_t c = 0;
    for (size_t i = 0;; i++) {
        size_t n;
        const Value *it = seq_items(self, &n);
        if (i >= n) return v_from_int(c);
        int e = obj_eq(it[i], x);
        if (e < 0) return V_ERR;
        c += e;
    }
}

Value seq_index(ArgVec a, const char *what) {
    if (arg_check(a, 2, 4, "index") < 0) return V_ERR;
    size_t n;
    seq_items(a.v[0], &n);
    intptr_t st = 0, en = (intptr_t)n;
    if (a.n > 2 && int_get(a.v[2], &st) < 0) return V_ERR;
    if (a.n > 3 && int_get(a.v[3], &en) < 0) return V_ERR;
    if (st < 0) st += (intptr_t)n;
    if (st < 0) st = 0;
    if (en < 0) en += (intptr_t)n;
    for (intptr_t i = st; i < en; i++) {
        const Value *it = seq_items(a.v[0], &n);
        if ((size_t)i >= n) break;
        int e = obj_eq(it[i], a.v[1]);
        if (e < 0) return V_ERR;
        if (e) return v_from_int(i);
    }
    if (what[0] == 'l') return exc_raise(&value_error_type, "%r is not in list", a.v[1]);
    return exc_raise(&value_error_type, "tuple.index(x): x not in tuple");
}

/* hash of a tuple: combine item hashes (xxHash-like, as CPython) */
static Value tuple_hash(Value v) {
    Tuple *t = v_to_ptr(inst_native(v));
    uintptr_t acc = (uintptr_t)0x27D4EB2F165667C5ull;
    for (uint32_t i = 0; i < t->len; i++) {
        Value h = obj_hash(t->items[i]);
        if (h == V_ERR) return V_ERR;
        acc += (uintptr_t)v_to_int(h) * (uintptr_t)0xC2B2AE3D27D4EB4Full;
        acc = (acc << 13) | (acc >> (sizeof(uintptr_t) * 8 - 13));
        acc *= (uintptr_t)0x9E3779B185EBCA87ull;
    }
    acc += t->len ^ 3527539u;
    intptr_t r = (intptr_t)(acc >> 2);
    if (!v_fits_int(r)) r >>= 2;
    return v_from_int(r == -1 ? -2 : r);
}

/* ---- generic iterator over list/tuple (and objects with __getitem__) ---- */

typedef struct SeqIter {
    GcObj hdr;
    Value seq;
    size_t i;
} SeqIter;

static void seqiter_mark(GcObj *o) { gc_mark(v_to_ptr(((SeqIter *)o)->seq)); }

static Value seqiter_next(Value it) {
    SeqIter *s = v_to_ptr(it);
    Value seq = s->seq;
    if (seq == V_NULL) return V_NULL;
    if (obj_is(seq, &list_type) || obj_is(seq, &tuple_type)) {
        size_t n;
        const Value *items = seq_items(seq, &n);
        if (s->i >= n) {
            s->seq = V_NULL;
            return V_NULL;
        }
        return items[s->i++];
    }
    /* old-style iteration protocol: __getitem__ until IndexError */
    Value r = obj_getitem(seq, v_from_int((intptr_t)s->i));
    if (r == V_ERR) {
        if (obj_isinstance(exc_peek(), &index_error_type) || obj_isinstance(exc_peek(), &stop_iteration_type)) {
            exc_take();
            s->seq = V_NULL;
            return V_NULL;
        }
        return V_ERR;
    }
    s->i++;
    return r;
}

const Type seqiter_type = {
    .hdr = {&type_type.gc},
    .gc = {"iterator", seqiter_mark, NULL},
    .name = Q_iterator,
    .flags = TF_ITERSELF,
    .base = &object_type,
    .next = seqiter_next,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

Value seqiter_new(Value seq) {
    SeqIter *s = obj_alloc(&seqiter_type, sizeof(SeqIter));
    if (!s) return V_ERR;
    s->seq = inst_native(seq);
    if (!obj_is(s->seq, &list_type) && !obj_is(s->seq, &tuple_type)) s->seq = seq;
    return V(s);
}

static Value seq_iter(int op, Value v) {
    (void)op;
    return seqiter_new(v);
}

/* ---- tuple slots ---- */

static int tuple_print(Printer *p, Value v, bool repr) {
    (void)repr;
    return seq_print(p, v, "(", ")", true);
}

static Value tuple_unop(int op, Value v) {
    Tuple *t = v_to_ptr(inst_native(v));
    switch (op) {
    case UN_BOOL: return v_from_bool(t->len != 0);
    case UN_LEN: return v_from_int(t->len);
    case UN_HASH: return tuple_hash(v);
    default: return V_NOTIMPL;
    }
}

static Value seq_repeat(Value s, Value nv, bool is_list) {
    intptr_t n;
    if (int_get_count(nv, &n) < 0) return V_ERR;
    if (n < 0) n = 0;
    size_t len;
    seq_items(s, &len);
    if (len && (size_t)n > (SIZE_MAX / sizeof(Value) / 2) / len) return exc_raise_no_mem();
    size_t total = len * (size_t)n;
    Value r = is_list ? list_new(total, NULL) : tuple_new(total, NULL);
    if (r == V_ERR) return r;
    const Value *src = seq_items(s, &len);
    size_t m;
    Value *dst = (Value *)seq_items(r, &m);
    if (len)
        for (intptr_t i = 0; i < n; i++) vcopy(dst + (size_t)i * len, src, len);
    return r;
}

Value seq_binop(int op, Value a, Value b, const Type *t) {
    int base = op & 0x1F;
    bool refl = op & OPR_REFLECTED;
    bool is_list = t == &list_type;
    if (base == OPR_MUL) {
        Value s = refl ? b : a, nv = refl ? a : b;
        if (!int_is(nv)) return V_NOTIMPL;
        return seq_repeat(s, nv, is_list);
    }
    if (refl) return V_NOTIMPL;
    if (base == OPR_CONTAINS) return seq_contains(a, b);
    if (!obj_isinstance(b, t)) {
        if (base == OPR_ADD)
            return exc_raise(&type_error_type, "can only concatenate %s (not \"%s\") to %s", type_name(t), obj_type_name(b),
                             type_name(t));
        return V_NOTIMPL;
    }
    if (base == OPR_ADD) {
        size_t n1, n2;
        seq_items(a, &n1);
        seq_items(b, &n2);
        Value r = is_list ? list_new(n1 + n2, NULL) : tuple_new(n1 + n2, NULL);
        if (r == V_ERR) return r;
        size_t m;
        Value *d = (Value *)seq_items(r, &m);
        vcopy(d, seq_items(a, &n1), n1);
        vcopy(d + n1, seq_items(b, &n2), n2);
        return r;
    }
    if (base >= OPR_LT && base <= OPR_GE) return seq_compare(base, a, b);
    return V_NOTIMPL;
}

static Value tuple_binop(int op, Value a, Value b) { return seq_binop(op, a, b, &tuple_type); }

static Value tuple_subscr(Value self, Value key, Value val) {
    self = inst_native(self);
    if (val != V_NULL) return exc_raise(&type_error_type, "'tuple' object does not support item assignment");
    Tuple *t = v_to_ptr(self);
    if (obj_is(key, &slice_type)) {
        intptr_t st, en, step;
        intptr_t cnt = slice_indices(key, t->len, &st, &en, &step);
        if (cnt < 0) return V_ERR;
        if (step == 1 && cnt == (intptr_t)t->len) return self;
        Value r = tuple_new((size_t)cnt, NULL);
        if (r == V_ERR) return r;
        for (intptr_t i = 0, k = st; i < cnt; i++, k += step) tuple_p(r)->items[i] = t->items[k];
        return r;
    }
    size_t i;
    if (obj_seq_index(key, t->len, &i, "tuple") < 0) return V_ERR;
    return t->items[i];
}

static Value tuple_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (arg_no_kw(a, "tuple") < 0 || arg_check(a, 0, 1, "tuple") < 0) return V_ERR;
    if (a.n == 0) return V_EMPTY_TUPLE;
    return tuple_from_iter(a.v[0]);
}

static Value tuple_count(ArgVec a) { return seq_count(a.v[0], a.v[1]); }
static Value tuple_index(ArgVec a) { return seq_index(a, "tuple"); }

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn tuple_methods[] = {
    M(count, tuple_count, 2, 2, 0),
    M(index, tuple_index, 2, 4, 0),
};

const Type tuple_type = {
    .hdr = {&type_type.gc},
    .gc = {"tuple", tuple_mark, NULL},
    .name = Q_tuple,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = tuple_methods,
    .nmethods = 2,
    .print = tuple_print,
    .unop = tuple_unop,
    .binop = tuple_binop,
    .subscr = tuple_subscr,
    .make_new = tuple_make_new,
    .iter = seq_iter,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* count by iteration (any iterable) */
Value seq_count_iter(Value iterable, Value x) {
    Value it = obj_iter(iterable);
    if (it == V_ERR) return it;
    root_push(v_to_ptr(it));
    intptr_t c = 0;
    Value r = V_NONE;
    for (;;) {
        Value y = obj_next(it);
        if (y == V_NULL) break;
        int e = y == V_ERR ? -1 : obj_eq(y, x);
        if (e < 0) {
            r = V_ERR;
            break;
        }
        c += e;
    }
    root_pop(1);
    return r == V_ERR ? r : v_from_int(c);
}
