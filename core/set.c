/*
 * set.c - set and frozenset, on the same DictCore as dicts (values unused).
 */
#include "obj.h"

typedef Dict Set; /* same layout: header + DictCore */

static DictCore *score(Value s) { return &((Set *)v_to_ptr(inst_native(s)))->d; }
static bool is_anyset(Value v) { return obj_isinstance(v, &set_type) || obj_isinstance(v, &frozenset_type); }

static void set_mark(GcObj *o) { dc_mark(&((Set *)o)->d); }

Value set_new(const Type *t) {
    Set *s = obj_alloc(t, sizeof(Set));
    return s ? V(s) : V_ERR;
}

int set_add(Value s, Value x) { return dc_set(score(s), x, V_NONE); }

Value set_contains(Value s, Value x) {
    Value r = dc_get(score(s), x);
    if (r == V_ERR) {
        /* set membership of an unhashable set: CPython retries with a
         * frozenset; other unhashables propagate the TypeError */
        return V_ERR;
    }
    return v_from_bool(r != V_NULL);
}

static int set_update_from(Value s, Value src) {
    if (is_anyset(src) || obj_isinstance(src, &dict_type)) {
        size_t pos = 0;
        DictEntry *e;
        while (dc_next(score(src), &pos, &e))
            if (dc_set(score(s), e->key, V_NONE) < 0) return -1;
        return 0;
    }
    return obj_each(src, set_add, s);
}

Value set_from_iter(const Type *t, Value src) {
    Value s = set_new(t);
    if (s == V_ERR) return s;
    root_push(v_to_ptr(s));
    int r = set_update_from(s, src);
    root_pop(1);
    return r < 0 ? V_ERR : s;
}

static Value set_copy_as(const Type *t, Value src) {
    Value s = set_new(t);
    if (s == V_ERR) return s;
    root_push(v_to_ptr(s));
    int r = dc_copy(score(s), score(src));
    root_pop(1);
    return r < 0 ? V_ERR : s;
}

static const Type *result_type(Value a) {
    return obj_isinstance(a, &frozenset_type) ? &frozenset_type : &set_type;
}

/* ---- printing ---- */

static int set_print(Printer *p, Value v, bool repr) {
    (void)repr;
    bool frozen = obj_isinstance(v, &frozenset_type);
    DictCore *d = score(v);
    if (!d->len) return pr_str(p, frozen ? "frozenset()" : "set()");
    int rec = repr_enter(v);
    if (rec < 0) return -1;
    if (rec) return pr_fmt(p, "%s(...)", obj_type_name(v));
    int r = pr_str(p, frozen ? "frozenset({" : "{");
    size_t pos = 0;
    DictEntry *e;
    bool first = true;
    while (r == 0 && dc_next(score(v), &pos, &e)) {
        r = pr_fmt(p, first ? "%r" : ", %r", e->key);
        first = false;
    }
    if (r == 0) r = pr_str(p, frozen ? "})" : "}");
    repr_leave();
    return r;
}

/* ---- algebra ---- */

/* a <= b */
static int subset(Value a, Value b) {
    if (score(a)->len > score(b)->len) return 0;
    size_t pos = 0;
    DictEntry *e;
    while (dc_next(score(a), &pos, &e)) {
        Value r = dc_get(score(b), e->key);
        if (r == V_ERR) return -1;
        if (r == V_NULL) return 0;
    }
    return 1;
}

/* op: 0 union, 1 intersection, 2 difference, 3 symmetric difference;
 * into == V_NULL builds a new set of type t, else updates `into` (== a) */
static Value set_algebra(int op, Value a, Value b, const Type *t, bool inplace) {
    Value other = b;
    if (!is_anyset(b)) {
        other = set_from_iter(&set_type, b);
        if (other == V_ERR) return other;
    }
    root_push(v_to_ptr(other));
    Value r = V_ERR;
    Value res = inplace ? a : (op == 0 || op == 2 || op == 3) ? set_copy_as(t, a) : set_new(t);
    if (res == V_ERR) goto out;
    root_push(v_to_ptr(res));
    size_t pos = 0;
    DictEntry *e;
    switch (op) {
    case 0:
        if (set_update_from(res, other) < 0) goto out2;
        break;
    case 1:
        if (inplace) {
            /* keep only the keys also in other */
            Value keep = set_new(&set_type);
            if (keep == V_ERR) goto out2;
            root_push(v_to_ptr(keep));
            int rc = 0;
            while (rc == 0 && dc_next(score(a), &pos, &e)) {
                Value key = e->key;
                Value x = dc_get(score(other), key);
                if (x == V_ERR) rc = -1;
                else if (x != V_NULL) rc = set_add(keep, key);
            }
            if (rc == 0) {
                dc_clear(score(a));
                rc = dc_copy(score(a), score(keep));
            }
            root_pop(1);
            if (rc < 0) goto out2;
        } else {
            while (dc_next(score(a), &pos, &e)) {
                Value key = e->key;
                Value x = dc_get(score(other), key);
                if (x == V_ERR) goto out2;
                if (x != V_NULL && set_add(res, key) < 0) goto out2;
            }
        }
        break;
    case 2:
        while (dc_next(score(other), &pos, &e)) {
            if (dc_del(score(res), e->key) == V_ERR) goto out2;
        }
        break;
    case 3:
        while (dc_next(score(other), &pos, &e)) {
            Value key = e->key;
            Value x = dc_get(score(a == res ? a : a), key);
            if (x == V_ERR) goto out2;
            if (inplace) {
                /* a is being modified: decide by membership in res */
                x = dc_get(score(res), key);
                if (x == V_ERR) goto out2;
            }
            if (x != V_NULL) {
                if (dc_del(score(res), key) == V_ERR) goto out2;
            } else if (set_add(res, key) < 0) {
                goto out2;
            }
        }
        break;
    }
    r = res;
out2:
    root_pop(1);
out:
    root_pop(1);
    return r;
}

static Value set_binop(int op, Value a, Value b) {
    int base = op & 0x1F;
    bool inplace = op & OPR_INPLACE;
    if (op & OPR_REFLECTED) return V_NOTIMPL;
    if (base == OPR_CONTAINS) {
        Value r = dc_get(score(a), b);
        if (r == V_ERR) {
            if (is_anyset(b) && obj_isinstance(exc_peek(), &type_error_type)) {
                exc_take();
                Value f = set_copy_as(&frozenset_type, b);
                if (f == V_ERR) return f;
                return set_contains(a, f);
            }
            return r;
        }
        return v_from_bool(r != V_NULL);
    }
    if (!is_anyset(b)) return V_NOTIMPL;
    bool mutable_a = obj_isinstance(a, &set_type);
    switch (base) {
    case OPR_OR: return set_algebra(0, a, b, result_type(a), inplace && mutable_a);
    case OPR_AND: return set_algebra(1, a, b, result_type(a), inplace && mutable_a);
    case OPR_SUB: return set_algebra(2, a, b, result_type(a), inplace && mutable_a);
    case OPR_XOR: return set_algebra(3, a, b, result_type(a), inplace && mutable_a);
    case OPR_EQ:
    case OPR_NE: {
        int s = score(a)->len == score(b)->len ? subset(a, b) : 0;
        if (s < 0) return V_ERR;
        return v_from_bool(base == OPR_EQ ? s : !s);
    }
    case OPR_LE:
    case OPR_GE: {
        int s = base == OPR_LE ? subset(a, b) : subset(b, a);
        return s < 0 ? V_ERR : v_from_bool(s);
    }
    case OPR_LT:
    case OPR_GT: {
        Value x = base == OPR_LT ? a : b, y = base == OPR_LT ? b : a;
        if (score(x)->len >= score(y)->len) return V_FALSE;
        int s = subset(x, y);
        return s < 0 ? V_ERR : v_from_bool(s);
    }
    default: return V_NOTIMPL;
    }
}

static Value set_unop(int op, Value v) {
    DictCore *d = score(v);
    switch (op) {
    case UN_BOOL: return v_from_bool(d->len != 0);
    case UN_LEN: return v_from_int(d->len);
    case UN_HASH: {
        if (!obj_isinstance(v, &frozenset_type)) return exc_raise(&type_error_type, "unhashable type: 'set'");
        uintptr_t acc = 0x1F2E3D4Cu;
        size_t pos = 0;
        DictEntry *e;
        while (dc_next(score(v), &pos, &e)) {
            Value h = obj_hash(e->key);
            if (h == V_ERR) return h;
            uintptr_t x = (uintptr_t)v_to_int(h);
            acc ^= (x ^ (x << 16) ^ 89869747u) * 3644798167u;
        }
        intptr_t r = (intptr_t)(acc >> 2);
        return v_from_int(r == -1 ? -2 : r);
    }
    default: return V_NOTIMPL;
    }
}

static Value set_iter(int op, Value v) {
    (void)op;
    return dictiter_new(v, 0);
}

static Value set_make_new(const Type *t, ArgVec a) {
    if (arg_no_kw(a, type_name(t)) < 0 || arg_check(a, 0, 1, type_name(t)) < 0) return V_ERR;
    if (t != &set_type && t != &frozenset_type) t = &set_type;
    if (a.n == 0) return set_new(t);
    if (t == &frozenset_type && obj_is(a.v[0], &frozenset_type)) return a.v[0];
    return set_from_iter(t, a.v[0]);
}

/* ---- methods ---- */

static Value s_add(ArgVec a) { return set_add(a.v[0], a.v[1]) < 0 ? V_ERR : V_NONE; }

static Value s_remove(ArgVec a) {
    Value r = dc_del(score(a.v[0]), a.v[1]);
    if (r == V_ERR) return r;
    if (r == V_NULL) return exc_raise_value(exc_new1(&key_error_type, a.v[1]));
    return V_NONE;
}

static Value s_discard(ArgVec a) { return dc_del(score(a.v[0]), a.v[1]) == V_ERR ? V_ERR : V_NONE; }

static Value s_pop(ArgVec a) {
    DictCore *d = score(a.v[0]);
    size_t pos = 0;
    DictEntry *e;
    if (!dc_next(d, &pos, &e)) return exc_raise(&key_error_type, "pop from an empty set");
    Value k = e->key;
    e->key = e->val = V_NULL;
    d->len--;
    if (!d->len) dc_clear(d);
    return k;
}

static Value s_clear(ArgVec a) {
    dc_clear(score(a.v[0]));
    return V_NONE;
}

static Value s_copy(ArgVec a) { return set_copy_as(result_type(a.v[0]), a.v[0]); }

static Value multi(ArgVec a, int op, bool inplace) {
    Value acc = a.v[0];
    if (!inplace && a.n == 1) return set_copy_as(result_type(acc), acc);
    int pushed = 0;
    for (int i = 1; i < a.n; i++) {
        acc = set_algebra(op, acc, a.v[i], result_type(a.v[0]), inplace || i > 1);
        if (acc == V_ERR) break;
        if (i == 1 && !inplace) {
            root_push(v_to_ptr(acc));
            pushed++;
        }
    }
    root_pop(pushed);
    if (acc == V_ERR) return acc;
    return inplace ? V_NONE : acc;
}

static Value s_union(ArgVec a) { return multi(a, 0, false); }
static Value s_intersection(ArgVec a) { return multi(a, 1, false); }
static Value s_difference(ArgVec a) { return multi(a, 2, false); }
static Value s_symmetric_difference(ArgVec a) { return multi(a, 3, false); }
static Value s_update(ArgVec a) { return multi(a, 0, true); }
static Value s_intersection_update(ArgVec a) { return multi(a, 1, true); }
static Value s_difference_update(ArgVec a) { return multi(a, 2, true); }
static Value s_symmetric_difference_update(ArgVec a) { return multi(a, 3, true); }

static Value with_set(Value other, Value *tmp) {
    if (is_anyset(other)) return other;
    *tmp = set_from_iter(&set_type, other);
    return *tmp;
}

static Value s_issubset(ArgVec a) {
    Value t = V_NONE, o = with_set(a.v[1], &t);
    if (o == V_ERR) return o;
    root_push(v_to_ptr(o));
    int r = subset(a.v[0], o);
    root_pop(1);
    return r < 0 ? V_ERR : v_from_bool(r);
}

static Value s_issuperset(ArgVec a) {
    Value t = V_NONE, o = with_set(a.v[1], &t);
    if (o == V_ERR) return o;
    root_push(v_to_ptr(o));
    int r = subset(o, a.v[0]);
    root_pop(1);
    return r < 0 ? V_ERR : v_from_bool(r);
}

static Value s_isdisjoint(ArgVec a) {
    Value t = V_NONE, o = with_set(a.v[1], &t);
    if (o == V_ERR) return o;
    root_push(v_to_ptr(o));
    Value r = V_TRUE;
    size_t pos = 0;
    DictEntry *e;
    while (dc_next(score(a.v[0]), &pos, &e)) {
        Value x = dc_get(score(o), e->key);
        if (x == V_ERR || x != V_NULL) {
            r = x == V_ERR ? V_ERR : V_FALSE;
            break;
        }
    }
    root_pop(1);
    return r;
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn set_methods[] = {
    M(add, s_add, 2, 2, 0),
    M(clear, s_clear, 1, 1, 0),
    M(copy, s_copy, 1, 1, 0),
    M(difference, s_difference, 1, 255, BF_VAR),
    M(difference_update, s_difference_update, 1, 255, BF_VAR),
    M(discard, s_discard, 2, 2, 0),
    M(intersection, s_intersection, 1, 255, BF_VAR),
    M(intersection_update, s_intersection_update, 1, 255, BF_VAR),
    M(isdisjoint, s_isdisjoint, 2, 2, 0),
    M(issubset, s_issubset, 2, 2, 0),
    M(issuperset, s_issuperset, 2, 2, 0),
    M(pop, s_pop, 1, 1, 0),
    M(remove, s_remove, 2, 2, 0),
    M(symmetric_difference, s_symmetric_difference, 2, 2, 0),
    M(symmetric_difference_update, s_symmetric_difference_update, 2, 2, 0),
    M(union, s_union, 1, 255, BF_VAR),
    M(update, s_update, 1, 255, BF_VAR),
};

static const BuiltinFn frozenset_methods[] = {
    M(copy, s_copy, 1, 1, 0),
    M(difference, s_difference, 1, 255, BF_VAR),
    M(intersection, s_intersection, 1, 255, BF_VAR),
    M(isdisjoint, s_isdisjoint, 2, 2, 0),
    M(issubset, s_issubset, 2, 2, 0),
    M(issuperset, s_issuperset, 2, 2, 0),
    M(symmetric_difference, s_symmetric_difference, 2, 2, 0),
    M(union, s_union, 1, 255, BF_VAR),
};

const Type set_type = {
    .hdr = {&type_type.gc},
    .gc = {"set", set_mark, NULL},
    .name = Q_set,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = set_methods,
    .nmethods = sizeof set_methods / sizeof set_methods[0],
    .print = set_print,
    .unop = set_unop,
    .binop = set_binop,
    .make_new = set_make_new,
    .iter = set_iter,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

const Type frozenset_type = {
    .hdr = {&type_type.gc},
    .gc = {"frozenset", set_mark, NULL},
    .name = Q_frozenset,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = frozenset_methods,
    .nmethods = sizeof frozenset_methods / sizeof frozenset_methods[0],
    .print = set_print,
    .unop = set_unop,
    .binop = set_binop,
    .make_new = set_make_new,
    .iter = set_iter,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
