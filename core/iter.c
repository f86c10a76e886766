/*
 * iter.c - the lazy iterator types of the builtins: enumerate, zip, map,
 * filter, reversed, and iter(callable, sentinel).
 */
#include "obj.h"

typedef struct Multi {
    GcObj hdr;
    Value f;        /* map/filter function, enumerate counter, sentinel */
    Value extra;    /* callable_iterator: the callable */
    uint16_t n;     /* iterators */
    uint8_t strict;
    uint8_t done;
    Value its[];
} Multi;

static void multi_mark(GcObj *o) {
    Multi *m = (Multi *)o;
    if (v_is_obj(m->f)) gc_mark(v_to_ptr(m->f));
    if (v_is_obj(m->extra)) gc_mark(v_to_ptr(m->extra));
    for (uint16_t i = 0; i < m->n; i++)
        if (v_is_obj(m->its[i])) gc_mark(v_to_ptr(m->its[i]));
}

/* a Multi of type t over iter(a.v[first..]) */
static Value multi_new(const Type *t, ArgVec a, int first, Value f) {
    int n = a.n - first;
    if (n < 0) n = 0;
    Multi *m = obj_alloc(t, sizeof(Multi) + (size_t)n * sizeof(Value));
    if (!m) return V_ERR;
    m->f = f;
    m->extra = V_NONE;
    m->n = 0;
    for (int i = 0; i < n; i++) m->its[i] = V_NONE;
    root_push(m);
    for (int i = 0; i < n; i++) {
        Value it = obj_iter(a.v[first + i]);
        if (it == V_ERR) {
            root_pop(1);
            return it;
        }
        m->its[i] = it;
        m->n = (uint16_t)(i + 1);
    }
    root_pop(1);
    return V(m);
}

static Value self_iter(int op, Value v) {
    (void)op;
    return v;
}

#define ITER_TYPE(cname, pyname, qname, nextfn, newfn)                                                               \
    const Type cname##_type = {                                                                                      \
        .hdr = {&type_type.gc},                                                                                      \
        .gc = {pyname, multi_mark, NULL},                                                                            \
        .name = qname,                                                                                               \
        .flags = TF_ITERSELF,                                                                                        \
        .base = &object_type,                                                                                        \
        .iter = self_iter,                                                                                           \
        .next = nextfn,                                                                                              \
        .make_new = newfn,                                                                                           \
        .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,                                                              \
    };

/* ---- enumerate ---- */

static Value enumerate_next(Value v) {
    Multi *m = v_to_ptr(v);
    Value x = obj_next(m->its[0]);
    if (x == V_NULL || x == V_ERR) return x;
    Value pair[2] = {m->f, x};
    root_push(v_is_obj(x) ? v_to_ptr(x) : NULL);
    Value t = tuple_new(2, pair);
    root_pop(1);
    if (t == V_ERR) return t;
    Value n = v_is_int(m->f) ? int_from_intptr(v_to_int(m->f) + 1) : obj_binop(OPR_ADD, m->f, v_from_int(1));
    if (n == V_ERR) return n;
    m->f = n;
    return t;
}

static Value enumerate_make_new(const Type *t, ArgVec a) {
    Value start = a.n > 1 ? a.v[1] : arg_kw(a, Q_start);
    if (start == V_NULL) start = v_from_int(0);
    if (a.n < 1) {
        Value it = arg_kw(a, Q_iterable);
        if (it == V_NULL) return exc_raise(&type_error_type, "enumerate() missing required argument 'iterable' (pos 1)");
        return multi_new(t, (ArgVec){&it, 1, 0}, 0, start);
    }
    if (!int_is(start)) return exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", obj_type_name(start));
    return multi_new(t, (ArgVec){a.v, 1, 0}, 0, start);
}
ITER_TYPE(enumerate, "enumerate", Q_enumerate, enumerate_next, enumerate_make_new)

/* ---- zip ---- */

static Value zip_next(Value v) {
    Multi *m = v_to_ptr(v);
    if (m->done || m->n == 0) return V_NULL;
    Value t = tuple_new(m->n, NULL);
    if (t == V_ERR) return t;
    root_push(v_to_ptr(t));
    for (uint16_t i = 0; i < m->n; i++) {
        Value x = obj_next(m->its[i]);
        if (x == V_NULL) {
            m->done = 1;
            root_pop(1);
            if (m->strict && i > 0)
                return exc_raise(&value_error_type, "zip() argument %d is shorter than argument%s%d", (long)i + 1,
                                 i == 1 ? " " : "s 1-", (long)i);
            if (m->strict && i == 0) {
                for (uint16_t k = 1; k < m->n; k++) {
                    Value y = obj_next(m->its[k]);
                    if (y == V_ERR) return y;
                    if (y != V_NULL)
                        return exc_raise(&value_error_type, "zip() argument %d is longer than argument%s%d", (long)k + 1,
                                         k == 1 ? " " : "s 1-", (long)k);
                }
            }
            return V_NULL;
        }
        if (x == V_ERR) {
            root_pop(1);
            return x;
        }
        tuple_p(t)->items[i] = x;
    }
    root_pop(1);
    return t;
}

static Value zip_make_new(const Type *t, ArgVec a) {
    Value strict = arg_kw(a, Q_strict);
    Value z = multi_new(t, (ArgVec){a.v, a.n, 0}, 0, V_NONE);
    if (z != V_ERR && strict != V_NULL) ((Multi *)v_to_ptr(z))->strict = obj_truth(strict) > 0;
    return z;
}
ITER_TYPE(zip, "zip", Q_zip, zip_next, zip_make_new)

/* ---- map ---- */

static Value map_next(Value v) {
    Multi *m = v_to_ptr(v);
    Value args[8];
    if (m->n > 8) return exc_raise(&type_error_type, "map() supports at most 8 iterables");
    for (uint16_t i = 0; i < m->n; i++) {
        Value x = obj_next(m->its[i]);
        if (x == V_NULL || x == V_ERR) {
            root_pop(i);
            return x;
        }
        args[i] = x;
        root_push(v_is_obj(x) ? v_to_ptr(x) : NULL);
    }
    Value r = obj_call(m->f, (ArgVec){args, m->n, 0});
    root_pop(m->n);
    return r;
}

static Value map_make_new(const Type *t, ArgVec a) {
    if (a.n < 2) return exc_raise(&type_error_type, "map() must have at least two arguments.");
    return multi_new(t, a, 1, a.v[0]);
}
ITER_TYPE(map, "map", Q_map, map_next, map_make_new)

/* ---- filter ---- */

static Value filter_next(Value v) {
    Multi *m = v_to_ptr(v);
    for (;;) {
        Value x = obj_next(m->its[0]);
        if (x == V_NULL || x == V_ERR) return x;
        root_push(v_is_obj(x) ? v_to_ptr(x) : NULL);
        int t;
        if (m->f == V_NONE) {
            t = obj_truth(x);
        } else {
            Value r = obj_call1(m->f, x);
            t = r == V_ERR ? -1 : obj_truth(r);
        }
        root_pop(1);
        if (t < 0) return V_ERR;
        if (t) return x;
    }
}

static Value filter_make_new(const Type *t, ArgVec a) {
    if (arg_check(a, 2, 2, "filter") < 0) return V_ERR;
    return multi_new(t, a, 1, a.v[0]);
}
ITER_TYPE(filter, "filter", Q_filter, filter_next, filter_make_new)

/* ---- reversed: over a sequence by index ---- */

static Value reversed_next(Value v) {
    Multi *m = v_to_ptr(v);
    intptr_t i = v_to_int(m->f);
    if (i < 0) return V_NULL;
    m->f = v_from_int(i - 1);
    Value r = obj_getitem(m->extra, v_from_int(i));
    if (r == V_ERR && obj_isinstance(exc_peek(), &index_error_type)) {
        exc_take();
        m->f = v_from_int(-1);
        return V_NULL;
    }
    return r;
}

static Value reversed_make_new(const Type *t, ArgVec a) {
    if (arg_no_kw(a, "reversed") < 0 || arg_check(a, 1, 1, "reversed") < 0) return V_ERR;
    Value seq = a.v[0];
    const Type *st = obj_type(seq);
    if (st->flags & TF_HEAP) {
        Value rf = type_lookup(st, QV(__reversed__));
        if (rf != V_NULL) return obj_call1(rf, seq);
    }
    if (obj_isinstance(seq, &dict_type) || obj_is(seq, &dictview_type)) {
        /* dicts are reversible: materialise the keys */
        seq = list_from_iter(seq);
        if (seq == V_ERR) return seq;
    }
    if (!st->subscr && !obj_is(seq, &list_type)) return exc_raise(&type_error_type, "'%s' object is not reversible", type_name(st));
    root_push(v_is_obj(seq) ? v_to_ptr(seq) : NULL);
    intptr_t n = obj_len_int(seq);
    Multi *m = n < 0 ? NULL : obj_alloc(t, sizeof(Multi));
    root_pop(1);
    if (!m) return V_ERR;
    m->f = v_from_int(n - 1);
    m->extra = seq;
    return V(m);
}
ITER_TYPE(reversed, "reversed", Q_reversed, reversed_next, reversed_make_new)

/* ---- iter(callable, sentinel) ---- */

static Value calliter_next(Value v) {
    Multi *m = v_to_ptr(v);
    if (m->done) return V_NULL;
    Value r = obj_call0(m->extra);
    if (r == V_ERR) return r;
    int e = obj_eq(r, m->f);
    if (e < 0) return V_ERR;
    if (e) {
        m->done = 1;
        return V_NULL;
    }
    return r;
}
ITER_TYPE(calliter, "callable_iterator", Q_callable_iterator, calliter_next, NULL)

Value calliter_new(Value callable, Value sentinel) {
    Multi *m = obj_alloc(&calliter_type, sizeof(Multi));
    if (!m) return V_ERR;
    m->f = sentinel;
    m->extra = callable;
    return V(m);
}
