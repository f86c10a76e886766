/*
 * list.c - lists: items in a vector (which compaction may move: pointers
 * from list_items are re-derived after anything that may allocate or run
 * Python code).
 */
#include "obj.h"

static void list_mark(GcObj *o) {
    List *l = (List *)o;
    gc_mark_vec(&l->v);
    Value *it = l->v.ptr;
    for (uint32_t i = 0; i < l->len; i++)
        if (v_is_obj(it[i])) gc_mark(v_to_ptr(it[i]));
}

static int list_reserve(List *l, size_t n) {
    if (n * sizeof(Value) <= l->v.cap) return 0;
    size_t cap = l->len + l->len / 2 + 4;
    if (cap < n) cap = n;
    if (!gc_vec_resize(&l->v, cap * sizeof(Value))) {
        /* retry with the exact size before giving up */
        if (cap == n || !gc_vec_resize(&l->v, n * sizeof(Value))) {
            exc_raise_no_mem();
            return -1;
        }
    }
    return 0;
}

Value list_new(size_t n, const Value *items) {
    List *l = obj_alloc(&list_type, sizeof(List));
    if (!l) return V_ERR;
    if (n) {
        root_push(l);
        int r = list_reserve(l, n);
        root_pop(1);
        if (r < 0) return V_ERR;
        Value *d = l->v.ptr;
        for (size_t i = 0; i < n; i++) d[i] = items ? items[i] : V_NONE;
        l->len = (uint32_t)n;
    }
    return V(l);
}

int list_append(Value lv, Value x) {
    List *l = v_to_ptr(inst_native(lv));
    if (l->len * sizeof(Value) >= l->v.cap && list_reserve(l, l->len + 1) < 0) return -1;
    ((Value *)l->v.ptr)[l->len++] = x;
    return 0;
}

int list_extend(Value lv, Value src) {
    lv = inst_native(lv);
    if (obj_is(src, &list_type) || obj_is(src, &tuple_type)) {
        size_t n;
        seq_items(src, &n);
        List *l = v_to_ptr(lv);
        if (list_reserve(l, l->len + n) < 0) return -1;
        const Value *s = seq_items(src, &n); /* re-derive: may be l itself */
        if (n) vcopy((Value *)l->v.ptr + l->len, s, n);
        l->len += (uint32_t)n;
        return 0;
    }
    return obj_each(src, list_append, lv);
}

Value list_from_iter(Value it) {
    Value l = list_new(0, NULL);
    if (l == V_ERR) return l;
    root_push(v_to_ptr(l));
    int r = list_extend(l, it);
    root_pop(1);
    return r < 0 ? V_ERR : l;
}

/* ---- sorting: stable merge sort on (key, value) pairs ----
 * The pairs live in a vector of a temporary holder object; comparisons may
 * run Python code (and so allocate and move vectors), so the buffer is
 * re-derived after every comparison through `base()`. */
typedef struct SortBuf {
    GcObj hdr;
    GcVec v; /* Value[4 * n]: pairs, then merge space */
    uint32_t n;
} SortBuf;

static void sortbuf_mark(GcObj *o) {
    SortBuf *s = (SortBuf *)o;
    gc_mark_vec(&s->v);
    Value *p = s->v.ptr;
    for (uint32_t i = 0; i < 4 * s->n; i++)
        if (v_is_obj(p[i])) gc_mark(v_to_ptr(p[i]));
}
static const Type sortbuf_type = {
    .hdr = {&type_type.gc},
    .gc = {"sortbuf", sortbuf_mark, NULL},
    .name = Q_list,
    .base = &object_type,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* a < b: 1, 0, or -1 raised */
static int less(Value a, Value b) {
    if (v_is_int(a) && v_is_int(b)) return (intptr_t)a < (intptr_t)b;
    /* common key types without the operator dispatch */
    const Type *ta = obj_type_inl(a), *tb = obj_type_inl(b);
    if (ta == tb) {
        if (ta == &str_type) return str_cmp(a, b) < 0;
        if (ta == &tuple_type) {
            Value r = seq_compare(OPR_LT, a, b);
            if (r == V_ERR) return -1;
            if (r == V_TRUE || r == V_FALSE) return r == V_TRUE;
            int t = obj_truth(r);
            return t;
        }
    }
    Value r = obj_compare(OPR_LT, a, b);
    if (r == V_ERR) return -1;
    return r == V_TRUE;
}

int list_sort(Value lv, Value key, bool reverse) {
    lv = inst_native(lv);
    List *l = v_to_ptr(lv);
    size_t n = l->len;
    if (n < 2) return 0;
    SortBuf *sb = obj_alloc(&sortbuf_type, sizeof(SortBuf));
    if (!sb) return -1;
    root_push(sb);
    int rc = -1;
    if (!gc_vec_resize(&sb->v, 4 * n * sizeof(Value))) {
        exc_raise_no_mem();
        goto out;
    }
    {
        Value *p = sb->v.ptr;
        for (size_t i = 0; i < 4 * n; i++) p[i] = V_NONE;
        sb->n = (uint32_t)n;
        const Value *items = list_items(lv);
        for (size_t i = 0; i < n; i++) p[2 * i] = p[2 * i + 1] = items[i];
    }
    /* the list appears empty while sorting (as CPython) */
    l->len = 0;
    if (key != V_NONE && key != V_NULL) {
        for (size_t i = 0; i < n; i++) {
            Value k = obj_call1(key, ((Value *)sb->v.ptr)[2 * i + 1]);
            if (k == V_ERR) goto restore;
            ((Value *)sb->v.ptr)[2 * i] = k;
        }
    }
    /* bottom-up merge sort; runs of width w merged from src into dst */
    size_t src = 0, dst = 2 * n; /* offsets (in Values) of the two halves */
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            if (mid < hi) {
                /* runs already in order (sorted or reversed input) merge
                 * with one comparison */
                Value *p = sb->v.ptr;
                Value kl = p[src + 2 * (mid - 1)], kr = p[src + 2 * mid];
                int c = reverse ? less(kl, kr) : less(kr, kl);
                if (c < 0) goto restore;
                if (!c) {
                    p = sb->v.ptr;
                    memcpy(p + dst + 2 * lo, p + src + 2 * lo, (hi - lo) * 2 * sizeof(Value));
                    continue;
                }
            }
            while (i < mid && j < hi) {
                Value *p = sb->v.ptr;
                Value ki = p[src + 2 * i], kj = p[src + 2 * j];
                /* stable: take from the right run only if strictly less
                 * (reversed: strictly greater, keeping equal items in order) */
                int c = reverse ? less(ki, kj) : less(kj, ki);
                if (c < 0) goto restore;
                p = sb->v.ptr;
                size_t from = c ? j++ : i++;
                p[dst + 2 * k] = p[src + 2 * from];
                p[dst + 2 * k + 1] = p[src + 2 * from + 1];
                k++;
            }
            Value *p = sb->v.ptr;
            while (i < mid) {
                p[dst + 2 * k] = p[src + 2 * i];
                p[dst + 2 * k + 1] = p[src + 2 * i + 1];
                i++, k++;
            }
            while (j < hi) {
                p[dst + 2 * k] = p[src + 2 * j];
                p[dst + 2 * k + 1] = p[src + 2 * j + 1];
                j++, k++;
            }
        }
        size_t t = src;
        src = dst;
        dst = t;
    }
    rc = 0;
restore:
    /* write back (sorted, or the original order on error) */
    if (rc < 0) src = 0;
    l = v_to_ptr(lv);
    if (l->len != 0 && rc == 0) {
        rc = -1;
        exc_raise(&value_error_type, "list modified during sort");
    }
    if (l->v.cap >= n * sizeof(Value)) {
        Value *p = sb->v.ptr, *items = l->v.ptr;
        for (size_t i = 0; i < n; i++) items[i] = p[src + 2 * i + 1];
        l->len = (uint32_t)n;
    }
out:
    gc_vec_free(&sb->v);
    sb->n = 0;
    root_pop(1);
    return rc;
}

/* ---- slots ---- */

static int list_print(Printer *p, Value v, bool repr) {
    (void)repr;
    return seq_print(p, v, "[", "]", false);
}

static Value list_unop(int op, Value v) {
    List *l = v_to_ptr(inst_native(v));
    switch (op) {
    case UN_BOOL: return v_from_bool(l->len != 0);
    case UN_LEN: return v_from_int(l->len);
    case UN_HASH: return exc_raise(&type_error_type, "unhashable type: 'list'");
    default: return V_NOTIMPL;
    }
}

static Value list_binop(int op, Value a, Value b) {
    if (op == (OPR_ADD | OPR_INPLACE)) {
        return list_extend(a, b) < 0 ? V_ERR : a;
    }
    if (op == (OPR_MUL | OPR_INPLACE) && int_is(b)) {
        intptr_t n;
        if (int_get(b, &n) < 0) return V_ERR;
        List *l = v_to_ptr(inst_native(a));
        size_t len = l->len;
        if (n <= 0) {
            l->len = 0;
            return a;
        }
        if (list_reserve(l, len * (size_t)n) < 0) return V_ERR;
        Value *d = l->v.ptr;
        for (intptr_t i = 1; i < n; i++) vcopy(d + (size_t)i * len, d, len);
        l->len = (uint32_t)(len * (size_t)n);
        return a;
    }
    return seq_binop(op & ~OPR_INPLACE, a, b, &list_type);
}

/* slice assignment: l[st:en] = items (step 1) */
static int list_splice(Value lv, size_t st, size_t en, Value src) {
    /* materialise the source first (it may be the list itself or an iterator) */
    Value tmp = src;
    if (!obj_is(src, &tuple_type)) {
        tmp = tuple_from_iter(src);
        if (tmp == V_ERR) {
            if (obj_isinstance(exc_peek(), &type_error_type)) {
                exc_take();
                exc_raise(&type_error_type, "can only assign an iterable");
            }
            return -1;
        }
    }
    root_push(v_to_ptr(tmp));
    List *l = v_to_ptr(lv);
    size_t m = tuple_p(tmp)->len, len = l->len;
    if (en < st) en = st;
    size_t nl = len - (en - st) + m;
    int r = list_reserve(l, nl);
    if (r == 0) {
        Value *d = l->v.ptr;
        memmove(d + st + m, d + en, (len - en) * sizeof(Value));
        vcopy(d + st, tuple_p(tmp)->items, m);
        l->len = (uint32_t)nl;
    }
    root_pop(1);
    return r;
}

static Value list_subscr(Value self, Value key, Value val) {
    self = inst_native(self);
    List *l = v_to_ptr(self);
    if (v_is_int(key)) {
        intptr_t i = v_to_int(key);
        if (i < 0) i += l->len;
        if (i < 0 || i >= (intptr_t)l->len)
            return exc_raise(&index_error_type, val == V_NULL ? "list index out of range" : "list assignment index out of range");
        Value *d = l->v.ptr;
        if (val == V_NULL) return d[i];
        if (val == V_DELETE) {
            memmove(d + i, d + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
            l->len--;
        } else {
            d[i] = val;
        }
        return V_NONE;
    }
    if (obj_is(key, &slice_type)) {
        intptr_t st, en, step;
        intptr_t cnt = slice_indices(key, l->len, &st, &en, &step);
        if (cnt < 0) return V_ERR;
        if (val == V_NULL) {
            Value r = list_new((size_t)cnt, NULL);
            if (r == V_ERR) return r;
            Value *d = list_items(r), *s = list_items(self);
            for (intptr_t i = 0, k = st; i < cnt; i++, k += step) d[i] = s[k];
            return r;
        }
        if (step == 1) {
            if (val == V_DELETE) {
                Value *d = l->v.ptr;
                if (cnt > 0) {
                    memmove(d + st, d + st + cnt, (l->len - (size_t)(st + cnt)) * sizeof(Value));
                    l->len -= (uint32_t)cnt;
                }
                return V_NONE;
            }
            return list_splice(self, (size_t)st, (size_t)(st + cnt), val) < 0 ? V_ERR : V_NONE;
        }
        if (val == V_DELETE) {
            Value *d = l->v.ptr;
            size_t o = 0;
            /* normalise to an increasing index walk */
            intptr_t lo = step > 0 ? st : st + (cnt - 1) * step, as = step > 0 ? step : -step;
            for (size_t i = 0; i < l->len; i++) {
                bool del = cnt > 0 && (intptr_t)i >= lo && (intptr_t)i <= lo + (cnt - 1) * as && ((intptr_t)i - lo) % as == 0;
                if (!del) d[o++] = d[i];
            }
            l->len = (uint32_t)o;
            return V_NONE;
        }
        Value tmp = tuple_from_iter(val);
        if (tmp == V_ERR) return V_ERR;
        if ((intptr_t)tuple_p(tmp)->len != cnt)
            return exc_raise(&value_error_type, "attempt to assign sequence of size %d to extended slice of size %d",
                             (long)tuple_p(tmp)->len, (long)cnt);
        Value *d = list_items(self);
        for (intptr_t i = 0, k = st; i < cnt; i++, k += step) d[k] = tuple_p(tmp)->items[i];
        return V_NONE;
    }
    size_t i;
    if (obj_seq_index(key, l->len, &i, "list") < 0) return V_ERR;
    return list_subscr(self, v_from_int((intptr_t)i), val);
}

/* list iterator: index walk (tolerates mutation as CPython) */
static Value list_iter(int op, Value v) {
    (void)op;
    return seqiter_new(v);
}

static Value list_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (arg_no_kw(a, "list") < 0 || arg_check(a, 0, 1, "list") < 0) return V_ERR;
    if (a.n == 0) return list_new(0, NULL);
    return list_from_iter(a.v[0]);
}

/* ---- methods ---- */

static Value l_append(ArgVec a) { return list_append(a.v[0], a.v[1]) < 0 ? V_ERR : V_NONE; }
static Value l_extend(ArgVec a) { return list_extend(a.v[0], a.v[1]) < 0 ? V_ERR : V_NONE; }

static Value l_insert(ArgVec a) {
    Value lv = inst_native(a.v[0]);
    intptr_t i;
    if (int_get(a.v[1], &i) < 0) return V_ERR;
    List *l = v_to_ptr(lv);
    if (i < 0) i += l->len;
    if (i < 0) i = 0;
    if (i > (intptr_t)l->len) i = l->len;
    if (list_append(lv, V_NONE) < 0) return V_ERR;
    Value *d = l->v.ptr;
    memmove(d + i + 1, d + i, (l->len - 1 - (size_t)i) * sizeof(Value));
    d[i] = a.v[2];
    return V_NONE;
}

static Value l_pop(ArgVec a) {
    Value lv = inst_native(a.v[0]);
    List *l = v_to_ptr(lv);
    if (l->len == 0) return exc_raise(&index_error_type, "pop from empty list");
    size_t i = l->len - 1;
    if (a.n > 1) {
        intptr_t k;
        if (int_get(a.v[1], &k) < 0) return V_ERR;
        if (k < 0) k += l->len;
        if (k < 0 || k >= (intptr_t)l->len) return exc_raise(&index_error_type, "pop index out of range");
        i = (size_t)k;
    }
    Value *d = l->v.ptr;
    Value x = d[i];
    memmove(d + i, d + i + 1, (l->len - i - 1) * sizeof(Value));
    l->len--;
    /* shrink a mostly empty vector */
    if (l->v.cap > 64 && l->len * sizeof(Value) * 4 < l->v.cap) gc_vec_resize(&l->v, l->v.cap / 2);
    return x;
}

static Value l_remove(ArgVec a) {
    Value lv = inst_native(a.v[0]);
    for (size_t i = 0;; i++) {
        List *l = v_to_ptr(lv);
        if (i >= l->len) return exc_raise(&value_error_type, "list.remove(x): x not in list");
        int e = obj_eq(list_items(lv)[i], a.v[1]);
        if (e < 0) return V_ERR;
        if (e) {
            Value *d = list_items(lv);
            memmove(d + i, d + i + 1, (l->len - i - 1) * sizeof(Value));
            l->len--;
            return V_NONE;
        }
    }
}

static Value l_index(ArgVec a) { return seq_index(a, "list"); }
static Value l_count(ArgVec a) { return seq_count(a.v[0], a.v[1]); }

static Value l_sort(ArgVec a) {
    if (a.n > 1) return exc_raise(&type_error_type, "sort() takes no positional arguments");
    Value key = arg_kw(a, Q_key), rev = arg_kw(a, Q_reverse);
    int r = rev == V_NULL ? 0 : obj_truth(rev);
    if (r < 0) return V_ERR;
    return list_sort(a.v[0], key, r) < 0 ? V_ERR : V_NONE;
}

static Value l_reverse(ArgVec a) {
    Value lv = inst_native(a.v[0]);
    List *l = v_to_ptr(lv);
    Value *d = l->v.ptr;
    for (size_t i = 0; i < l->len / 2; i++) {
        Value t = d[i];
        d[i] = d[l->len - 1 - i];
        d[l->len - 1 - i] = t;
    }
    return V_NONE;
}

static Value l_copy(ArgVec a) {
    size_t n;
    seq_items(a.v[0], &n);
    Value r = list_new(n, NULL);
    if (r == V_ERR) return r;
    vcopy(list_items(r), seq_items(a.v[0], &n), n);
    return r;
}

static Value l_clear(ArgVec a) {
    List *l = v_to_ptr(inst_native(a.v[0]));
    l->len = 0;
    gc_vec_free(&l->v);
    return V_NONE;
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn list_methods[] = {
    M(append, l_append, 2, 2, 0),
    M(clear, l_clear, 1, 1, 0),
    M(copy, l_copy, 1, 1, 0),
    M(count, l_count, 2, 2, 0),
    M(extend, l_extend, 2, 2, 0),
    M(index, l_index, 2, 4, 0),
    M(insert, l_insert, 3, 3, 0),
    M(pop, l_pop, 1, 2, 0),
    M(remove, l_remove, 2, 2, 0),
    M(reverse, l_reverse, 1, 1, 0),
    M(sort, l_sort, 1, 1, BF_KW),
};

const Type list_type = {
    .hdr = {&type_type.gc},
    .gc = {"list", list_mark, NULL},
    .name = Q_list,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = list_methods,
    .nmethods = sizeof list_methods / sizeof list_methods[0],
    .print = list_print,
    .unop = list_unop,
    .binop = list_binop,
    .subscr = list_subscr,
    .make_new = list_make_new,
    .iter = list_iter,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
