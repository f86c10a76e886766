/*
 * range.c - range (small-int bounds), its iterator, and slice objects.
 */
#include "obj.h"

static intptr_t range_len(const Range *r) {
    if (r->step > 0) return r->start < r->stop ? (r->stop - r->start - 1) / r->step + 1 : 0;
    return r->start > r->stop ? (r->start - r->stop - 1) / (-r->step) + 1 : 0;
}

static Value range_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (arg_no_kw(a, "range") < 0) return V_ERR;
    if (a.n < 1 || a.n > 3) {
        if (a.n == 0) return exc_raise(&type_error_type, "range expected at least 1 argument, got 0");
        return exc_raise(&type_error_type, "range expected at most 3 arguments, got %d", (long)a.n);
    }
    intptr_t v[3] = {0, 0, 1};
    for (int i = 0; i < a.n; i++) {
        Value x = a.v[i];
        if (!int_is(x)) {
            Value ix = obj_index(x);
            if (ix == V_ERR) {
                exc_take();
                return exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", obj_type_name(x));
            }
            x = ix;
        }
        if (int_get(x, &v[i]) < 0) return V_ERR;
    }
    Range *r = obj_alloc(&range_type, sizeof(Range));
    if (!r) return V_ERR;
    if (a.n == 1) {
        r->start = 0;
        r->stop = v[0];
        r->step = 1;
    } else {
        r->start = v[0];
        r->stop = v[1];
        r->step = v[2];
    }
    if (r->step == 0) return exc_raise(&value_error_type, "range() arg 3 must not be zero");
    return V(r);
}

static int range_print(Printer *p, Value v, bool repr) {
    (void)repr;
    Range *r = v_to_ptr(v);
    if (r->step == 1) return pr_fmt(p, "range(%d, %d)", (long)r->start, (long)r->stop);
    return pr_fmt(p, "range(%d, %d, %d)", (long)r->start, (long)r->stop, (long)r->step);
}

static Value range_unop(int op, Value v) {
    Range *r = v_to_ptr(v);
    switch (op) {
    case UN_LEN: return v_from_int(range_len(r));
    case UN_BOOL: return v_from_bool(range_len(r) != 0);
    case UN_HASH: {
        Value t[3] = {v_from_int(range_len(r)), v_from_int(r->start), v_from_int(r->step)};
        Value tup = tuple_new(3, t);
        return tup == V_ERR ? tup : obj_hash(tup);
    }
    default: return V_NOTIMPL;
    }
}

static Value range_binop(int op, Value a, Value b) {
    int base = op & 0x1F;
    if (op & OPR_REFLECTED) return V_NOTIMPL;
    Range *r = v_to_ptr(a);
    if (base == OPR_CONTAINS) {
        if (!v_is_int(b)) {
            if (!int_is(b)) return V_NOTIMPL; /* fall back to iteration (floats) */
            return V_FALSE;
        }
        intptr_t x = v_to_int(b);
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return V_FALSE;
        return v_from_bool((x - r->start) % r->step == 0);
    }
    if ((base == OPR_EQ || base == OPR_NE) && obj_is(b, &range_type)) {
        Range *s = v_to_ptr(b);
        intptr_t n1 = range_len(r), n2 = range_len(s);
        bool eq = n1 == n2 && (n1 == 0 || (r->start == s->start && (n1 == 1 || r->step == s->step)));
        return v_from_bool(base == OPR_EQ ? eq : !eq);
    }
    return V_NOTIMPL;
}

static Value range_subscr(Value self, Value key, Value val) {
    Range *r = v_to_ptr(self);
    if (val != V_NULL) return exc_raise(&type_error_type, "'range' object does not support item assignment");
    intptr_t n = range_len(r);
    if (obj_is(key, &slice_type)) {
        intptr_t st, en, step;
        intptr_t cnt = slice_indices(key, n, &st, &en, &step);
        if (cnt < 0) return V_ERR;
        Range *s = obj_alloc(&range_type, sizeof(Range));
        if (!s) return V_ERR;
        r = v_to_ptr(self);
        s->start = r->start + st * r->step;
        s->step = r->step * step;
        s->stop = r->start + en * r->step;
        return V(s);
    }
    size_t i;
    if (obj_seq_index(key, (size_t)n, &i, "range object") < 0) return V_ERR;
    return int_from_intptr(r->start + (intptr_t)i * r->step);
}

static Value rangeiter_next(Value it) {
    RangeIter *r = v_to_ptr(it);
    if (r->step > 0 ? r->cur >= r->stop : r->cur <= r->stop) return V_NULL;
    intptr_t x = r->cur;
    r->cur += r->step;
    return v_from_int(x);
}

const Type rangeiter_type = {
    .hdr = {&type_type.gc},
    .gc = {"range_iterator", NULL, NULL},
    .name = Q_range_iterator,
    .flags = TF_ITERSELF,
    .base = &object_type,
    .next = rangeiter_next,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

Value rangeiter_new(intptr_t start, intptr_t stop, intptr_t step) {
    RangeIter *i = obj_alloc(&rangeiter_type, sizeof(RangeIter));
    if (!i) return V_ERR;
    i->cur = start;
    i->stop = stop;
    i->step = step;
    return V(i);
}

static Value range_iter(int op, Value v) {
    (void)op;
    Range *r = v_to_ptr(v);
    return rangeiter_new(r->start, r->stop, r->step);
}

static Value range_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    Range *r = v_to_ptr(self);
    if (name == QV(start)) return int_from_intptr(r->start);
    if (name == QV(stop)) return int_from_intptr(r->stop);
    if (name == QV(step)) return int_from_intptr(r->step);
    return V_NULL;
}

static Value range_count(ArgVec a) {
    Value r = range_binop(OPR_CONTAINS, a.v[0], a.v[1]);
    if (r == V_NOTIMPL) return seq_count_iter(a.v[0], a.v[1]);
    return r == V_ERR ? r : v_from_int(r == V_TRUE);
}

static Value range_index(ArgVec a) {
    Value r = range_binop(OPR_CONTAINS, a.v[0], a.v[1]);
    if (r == V_ERR) return r;
    if (r != V_TRUE) return exc_raise(&value_error_type, "%r is not in range", a.v[1]);
    Range *g = v_to_ptr(a.v[0]);
    return v_from_int((v_to_int(a.v[1]) - g->start) / g->step);
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn range_methods[] = {
    M(count, range_count, 2, 2, 0),
    M(index, range_index, 2, 2, 0),
};

const Type range_type = {
    .hdr = {&type_type.gc},
    .gc = {"range", NULL, NULL},
    .name = Q_range,
    .base = &object_type,
    .methods = range_methods,
    .nmethods = 2,
    .print = range_print,
    .unop = range_unop,
    .binop = range_binop,
    .subscr = range_subscr,
    .make_new = range_make_new,
    .iter = range_iter,
    .attr = range_attr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* ---- slice ---- */

static void slice_mark(GcObj *o) {
    Slice *s = (Slice *)o;
    if (v_is_obj(s->start)) gc_mark(v_to_ptr(s->start));
    if (v_is_obj(s->stop)) gc_mark(v_to_ptr(s->stop));
    if (v_is_obj(s->step)) gc_mark(v_to_ptr(s->step));
}

Value slice_new(Value start, Value stop, Value step) {
    Slice *s = obj_alloc(&slice_type, sizeof(Slice));
    if (!s) return V_ERR;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return V(s);
}

/* a slice bound: None -> def, else an index clamped like CPython */
static int bound(Value v, intptr_t *out) {
    if (v_is_int(v)) {
        *out = v_to_int(v);
        return 0;
    }
    Value i = obj_index(v);
    if (i == V_ERR) {
        exc_take();
        exc_raise(&type_error_type, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (v_is_int(i)) {
        *out = v_to_int(i);
        return 0;
    }
    /* big ints clamp */
    *out = int_sign(i) < 0 ? SMALL_INT_MIN : SMALL_INT_MAX;
    return 0;
}

intptr_t slice_indices(Value sl, intptr_t len, intptr_t *start, intptr_t *stop, intptr_t *step) {
    Slice *s = v_to_ptr(sl);
    intptr_t st, en, sp = 1;
    if (s->step != V_NONE && bound(s->step, &sp) < 0) return -1;
    if (sp == 0) {
        exc_raise(&value_error_type, "slice step cannot be zero");
        return -1;
    }
    if (s->start == V_NONE) st = sp < 0 ? len - 1 : 0;
    else {
        if (bound(s->start, &st) < 0) return -1;
        if (st < 0) {
            st += len;
            if (st < 0) st = sp < 0 ? -1 : 0;
        } else if (st >= len) {
            st = sp < 0 ? len - 1 : len;
        }
    }
    if (s->stop == V_NONE) en = sp < 0 ? -1 : len;
    else {
        if (bound(s->stop, &en) < 0) return -1;
        if (en < 0) {
            en += len;
            if (en < 0) en = sp < 0 ? -1 : 0;
        } else if (en >= len) {
            en = sp < 0 ? len - 1 : len;
        }
    }
    *start = st;
    *stop = en;
    *step = sp;
    if (sp < 0) return en < st ? (st - en - 1) / (-sp) + 1 : 0;
    return st < en ? (en - st - 1) / sp + 1 : 0;
}

static int slice_print(Printer *p, Value v, bool repr) {
    (void)repr;
    Slice *s = v_to_ptr(v);
    return pr_fmt(p, "slice(%r, %r, %r)", s->start, s->stop, s->step);
}

static Value slice_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    Slice *s = v_to_ptr(self);
    if (name == QV(start)) return s->start;
    if (name == QV(stop)) return s->stop;
    if (name == QV(step)) return s->step;
    return V_NULL;
}

static Value slice_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (arg_check(a, 1, 3, "slice") < 0) return V_ERR;
    if (a.n == 1) return slice_new(V_NONE, a.v[0], V_NONE);
    return slice_new(a.v[0], a.v[1], a.n > 2 ? a.v[2] : V_NONE);
}

static Value slice_binop(int op, Value a, Value b) {
    if (op == OPR_EQ && obj_is(b, &slice_type)) {
        Slice *x = v_to_ptr(a), *y = v_to_ptr(b);
        Value t1[3] = {x->start, x->stop, x->step}, t2[3] = {y->start, y->stop, y->step};
        for (int i = 0; i < 3; i++) {
            int e = obj_eq(t1[i], t2[i]);
            if (e <= 0) return e < 0 ? V_ERR : V_FALSE;
        }
        return V_TRUE;
    }
    return V_NOTIMPL;
}

static Value slice_indices_m(ArgVec a) {
    intptr_t len, st, en, sp;
    if (int_get(a.v[1], &len) < 0) return V_ERR;
    if (slice_indices(a.v[0], len, &st, &en, &sp) < 0) return V_ERR;
    Value t[3] = {v_from_int(st), v_from_int(en), v_from_int(sp)};
    return tuple_new(3, t);
}

static const BuiltinFn slice_methods[] = {
    M(indices, slice_indices_m, 2, 2, 0),
};

static Value slice_unop(int op, Value v) {
    (void)v;
    if (op == UN_HASH) return exc_raise(&type_error_type, "unhashable type: 'slice'");
    return V_NOTIMPL;
}

const Type slice_type = {
    .hdr = {&type_type.gc},
    .gc = {"slice", slice_mark, NULL},
    .name = Q_slice,
    .base = &object_type,
    .methods = slice_methods,
    .nmethods = 1,
    .print = slice_print,
    .attr = slice_attr,
    .make_new = slice_make_new,
    .binop = slice_binop,
    .unop = slice_unop,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
