/*
 * dict.c - the insertion-ordered hash table (DictCore) used by dicts,
 * sets, classes, instances and modules; and the dict type with its views.
 *
 * Vector layout (one GcVec, so one allocation per table):
 *
 *     DictEntry entries[cap] | uint16_t hash[cap] | slot index[1 << hbits]
 *
 * Index slots are uint8 when cap < 255, else uint16: 0 is empty, k is
 * entry k-1.  Up to DICT_LINEAR entries there is no index (hbits == 0):
 * the entries are scanned, comparing the stored 16-bit hash first.
 * Deleted entries keep key == V_NULL (the index still points at them, so
 * probing walks over them) until the next resize.
 *
 * Keys are compared by identity first; two qstrs or two small ints are
 * equal only if identical.  Other comparisons may run Python __eq__, which
 * may allocate (moving the vector) or even mutate the table: lookups use
 * indices, re-derive the pointers after each comparison and restart if
 * the table was resized.
 */
#include "obj.h"

static inline size_t idx_width(const DictCore *d) { return d->cap < 255 ? 1 : 2; }
static inline uint16_t *dc_hashes(const DictCore *d) {
    return (uint16_t *)((char *)d->v.ptr + (size_t)d->cap * sizeof(DictEntry));
}
static inline uint8_t *dc_index(const DictCore *d) {
    return (uint8_t *)(dc_hashes(d) + d->cap);
}
static inline uint32_t slot_get(const DictCore *d, const uint8_t *ix, size_t i) {
    return idx_width(d) == 1 ? ix[i] : ((const uint16_t *)(const void *)ix)[i];
}
static inline void slot_set(const DictCore *d, uint8_t *ix, size_t i, uint32_t k) {
    if (idx_width(d) == 1) ix[i] = (uint8_t)k;
    else ((uint16_t *)(void *)ix)[i] = (uint16_t)k;
}

void dc_mark(DictCore *d) {
    gc_mark_vec(&d->v);
    DictEntry *e = d->v.ptr;
    for (uint32_t i = 0; i < d->used; i++) {
        if (v_is_obj(e[i].key)) gc_mark(v_to_ptr(e[i].key));
        if (v_is_obj(e[i].val)) gc_mark(v_to_ptr(e[i].val));
    }
}

/* hash of a key as the table uses it (16 bits); -1 raised */
static int32_t key_hash(Value k) {
    if (v_is_qstr(k)) return (int32_t)qstr_hash(v_to_qstr(k));
    Value h = k;
    if (!v_is_int(k)) {
        h = obj_hash(k);
        if (h == V_ERR) return -1;
    }
    /* fold to 16 bits; must agree for equal keys of different types
     * (1 == 1.0 == True), so every path goes through here */
    uintptr_t u = (uintptr_t)v_to_int(h);
    return (int32_t)((u ^ (u >> 16)) & 0xFFFF);
}

/* equality for lookups: 1, 0, -1 raised */
static int key_eq(Value a, Value b) {
    if (a == b) return 1;
    if (v_is_int(a) && v_is_int(b)) return 0;
    if (v_is_qstr(a) && v_is_qstr(b)) return 0;
    if (v_is_qstr(a) || v_is_qstr(b)) {
        if (!str_is(a) || !str_is(b)) {
            /* a str never equals a non-str built-in; user classes may
             * claim otherwise (their __eq__), so ask them */
            if (v_is_obj(a) && (obj_type(a)->flags & TF_HEAP)) return obj_eq(a, b);
            if (v_is_obj(b) && (obj_type(b)->flags & TF_HEAP)) return obj_eq(a, b);
            return 0;
        }
        return str_eq(a, b);
    }
    return obj_eq(a, b);
}

/* the entry index of key (with hash h), -1 absent, -2 raised */
static long find(DictCore *d, Value key, uint32_t h) {
restart:
    if (!d->len) return -1;
    if (!d->hbits) {
        for (uint32_t i = 0; i < d->used; i++) {
            DictEntry *e = &dc_entries(d)[i];
            if (e->key == key) return (long)i;
            if (dc_hashes(d)[i] != h || e->key == V_NULL) continue;
            uint16_t cap = d->cap;
            int eq = key_eq(e->key, key);
            if (eq < 0) return -2;
            if (eq) return (long)i;
            if (d->cap != cap) goto restart;
        }
        return -1;
    }
    size_t mask = ((size_t)1 << d->hbits) - 1;
    for (size_t s = h & mask;; s = (s + 1) & mask) {
        uint32_t k = slot_get(d, dc_index(d), s);
        if (!k) return -1;
        DictEntry *e = &dc_entries(d)[k - 1];
        if (e->key == key) return (long)(k - 1);
        if (e->key == V_NULL || dc_hashes(d)[k - 1] != h) continue;
        uint16_t cap = d->cap;
        int eq = key_eq(e->key, key);
        if (eq < 0) return -2;
        if (eq) return (long)(k - 1);
        if (d->cap != cap) goto restart;
    }
}

Value dc_get(DictCore *d, Value key) {
    int32_t h = key_hash(key);
    if (h < 0) return V_ERR;
    long i = find(d, key, (uint32_t)h);
    if (i == -2) return V_ERR;
    return i < 0 ? V_NULL : dc_entries(d)[i].val;
}

Value dc_get_q(const DictCore *d, Value qkey, uint16_t *hint) {
    const DictEntry *e = dc_entries(d);
    if (hint && *hint < d->used && e[*hint].key == qkey) return e[*hint].val;
    if (!d->len) return V_NULL;
    uint32_t h = qstr_hash(v_to_qstr(qkey));
    const uint16_t *hs = dc_hashes(d);
    if (!d->hbits) {
        for (uint32_t i = 0; i < d->used; i++) {
            if (hs[i] != h) continue;
            Value k = e[i].key;
            if (k == qkey || (!v_is_qstr(k) && str_is(k) && str_eq(k, qkey))) {
                if (hint) *hint = (uint16_t)i;
                return e[i].val;
            }
        }
        return V_NULL;
    }
    size_t mask = ((size_t)1 << d->hbits) - 1;
    for (size_t s = h & mask;; s = (s + 1) & mask) {
        uint32_t k = slot_get(d, dc_index(d), s);
        if (!k) return V_NULL;
        Value key = e[k - 1].key;
        if (hs[k - 1] != h) continue;
        if (key == qkey || (!v_is_qstr(key) && str_is(key) && str_eq(key, qkey))) {
            if (hint) *hint = (uint16_t)(k - 1);
            return e[k - 1].val;
        }
    }
}

static void rebuild_index(DictCore *d) {
    if (!d->hbits) return;
    uint8_t *ix = dc_index(d);
    size_t slots = (size_t)1 << d->hbits;
    memset(ix, 0, idx_width(d) * slots);
    const uint16_t *hs = dc_hashes(d);
    for (uint32_t k = 0; k < d->used; k++) {
        size_t s = hs[k] & (slots - 1);
        while (slot_get(d, ix, s)) s = (s + 1) & (slots - 1);
        slot_set(d, ix, s, k + 1);
    }
}

/* Rebuilds in place with room for at least `need` entries, dropping
 * deleted ones.  The vector is resized with its contents kept, so a
 * failed allocation leaves a valid (compacted) table behind. */
static int resize(DictCore *d, size_t need) {
    size_t cap = need < 4 ? 4 : need;
    if (cap < d->len) cap = d->len;
    if (cap > 0xFFF0) {
        exc_raise(&memory_error_type, "dict too large");
        return -1;
    }
    uint8_t hbits = 0;
    if (cap > DICT_LINEAR) {
        hbits = 3;
        while (((size_t)1 << hbits) < cap + cap / 2) hbits++;
    }
    size_t width = cap < 255 ? 1 : 2;
    size_t bytes = cap * (sizeof(DictEntry) + 2) + (hbits ? width << hbits : 0);
    /* 1. compact the live entries and their hashes to the front */
    uint32_t n = 0;
    if (d->v.ptr) {
        DictEntry *e = dc_entries(d);
        uint16_t *hs = dc_hashes(d);
        for (uint32_t i = 0; i < d->used; i++) {
            if (e[i].key == V_NULL) continue;
            e[n] = e[i];
            hs[n] = hs[i];
            n++;
        }
    }
    d->used = d->len = (uint16_t)n;
    size_t oldcap = d->cap;
    size_t oldh = oldcap * sizeof(DictEntry); /* offset of the hashes */
    size_t newh = cap * sizeof(DictEntry);
    if (cap < oldcap) {
        /* shrinking: move the hashes down first */
        memmove((char *)d->v.ptr + newh, (char *)d->v.ptr + oldh, n * 2);
        d->cap = (uint16_t)cap;
        d->hbits = 0;
        gc_vec_resize(&d->v, bytes); /* shrinking keeps the data */
    } else if (!gc_vec_resize(&d->v, bytes)) {
        /* out of memory: keep the old geometry, with a fresh index */
        rebuild_index(d);
        exc_raise_no_mem();
        return -1;
    } else {
        memmove((char *)d->v.ptr + newh, (char *)d->v.ptr + oldh, n * 2);
    }
    d->cap = (uint16_t)cap;
    d->hbits = hbits;
    rebuild_index(d);
    return 0;
}

static int insert_new(DictCore *d, Value key, Value val, uint32_t h) {
    if (d->used >= d->cap) {
        size_t need = (size_t)d->len + 1;
        need = need < 4 ? 4 : need + need / 2;
        if (resize(d, need) < 0) return -1;
    }
    uint32_t i = d->used++;
    dc_entries(d)[i].key = key;
    dc_entries(d)[i].val = val;
    dc_hashes(d)[i] = (uint16_t)h;
    d->len++;
    if (d->hbits) {
        size_t mask = ((size_t)1 << d->hbits) - 1;
        size_t s = h & mask;
        uint8_t *ix = dc_index(d);
        while (slot_get(d, ix, s)) s = (s + 1) & mask;
        slot_set(d, ix, s, i + 1);
    }
    return 0;
}

bool dc_append_q(DictCore *d, Value qkey, Value val) {
    if (d->hbits || d->used >= d->cap) return false;
    DictEntry *e = dc_entries(d);
    for (uint32_t i = 0; i < d->used; i++)
        if (e[i].key == qkey) return false;
    uint32_t i = d->used++;
    e[i].key = qkey;
    e[i].val = val;
    dc_hashes(d)[i] = (uint16_t)qstr_hash(v_to_qstr(qkey));
    d->len++;
    return true;
}

int dc_reserve(DictCore *d, size_t n) { return resize(d, n); }

int dc_set(DictCore *d, Value key, Value val) {
    int32_t h = key_hash(key);
    if (h < 0) return -1;
    long i = find(d, key, (uint32_t)h);
    if (i == -2) return -1;
    if (i >= 0) {
        dc_entries(d)[i].val = val;
        return 0;
    }
    return insert_new(d, key, val, (uint32_t)h);
}

Value dc_del(DictCore *d, Value key) {
    int32_t h = key_hash(key);
    if (h < 0) return V_ERR;
    long i = find(d, key, (uint32_t)h);
    if (i == -2) return V_ERR;
    if (i < 0) return V_NULL;
    DictEntry *e = &dc_entries(d)[i];
    Value old = e->val;
    e->key = e->val = V_NULL;
    d->len--;
    /* trailing deletions can be reused at once */
    while (d->used && dc_entries(d)[d->used - 1].key == V_NULL && !d->hbits) d->used--;
    if (!d->len) dc_clear(d);
    return old;
}

void dc_clear(DictCore *d) {
    gc_vec_free(&d->v);
    d->used = d->len = d->cap = 0;
    d->hbits = 0;
}

bool dc_next(const DictCore *d, size_t *pos, DictEntry **e) {
    while (*pos < d->used) {
        DictEntry *x = &dc_entries(d)[(*pos)++];
        if (x->key != V_NULL) {
            *e = x;
            return true;
        }
    }
    return false;
}

int dc_copy(DictCore *dst, const DictCore *src) {
    if (!src->len) return 0;
    size_t bytes = (size_t)src->cap * (sizeof(DictEntry) + 2) + (src->hbits ? idx_width(src) << src->hbits : 0);
    if (!gc_vec_resize(&dst->v, bytes)) {
        exc_raise_no_mem();
        return -1;
    }
    memcpy(dst->v.ptr, src->v.ptr, bytes);
    dst->used = src->used;
    dst->len = src->len;
    dst->cap = src->cap;
    dst->hbits = src->hbits;
    return 0;
}

/* ---- the dict type ---- */

static void dict_mark(GcObj *o) { dc_mark(&((Dict *)o)->d); }

Value dict_new(void) {
    Dict *d = obj_alloc(&dict_type, sizeof(Dict));
    return d ? V(d) : V_ERR;
}

static DictCore *dcore(Value d) { return &((Dict *)v_to_ptr(inst_native(d)))->d; }

Value dict_get(Value d, Value key) { return dc_get(dcore(d), key); }
int dict_set(Value d, Value key, Value val) { return dc_set(dcore(d), key, val); }
int dict_set_q(Value d, uint32_t q, Value val) { return dc_set(dcore(d), q_(q), val); }

static int dict_print(Printer *p, Value v, bool repr) {
    (void)repr;
    int rec = repr_enter(v);
    if (rec < 0) return -1;
    if (rec) return pr_str(p, "{...}");
    int r = pr_str(p, "{");
    size_t pos = 0;
    DictEntry *e;
    bool first = true;
    while (r == 0 && dc_next(dcore(v), &pos, &e)) {
        Value k = e->key, x = e->val;
        r = pr_fmt(p, first ? "%r: %r" : ", %r: %r", k, x);
        first = false;
    }
    if (r == 0) r = pr_str(p, "}");
    repr_leave();
    return r;
}

static Value dict_unop(int op, Value v) {
    DictCore *d = dcore(v);
    switch (op) {
    case UN_BOOL: return v_from_bool(d->len != 0);
    case UN_LEN: return v_from_int(d->len);
    case UN_HASH: return exc_raise(&type_error_type, "unhashable type: '%s'", obj_type_name(v));
    default: return V_NOTIMPL;
    }
}

static Value dict_eq(Value a, Value b) {
    DictCore *da = dcore(a), *db = dcore(b);
    if (da->len != db->len) return V_FALSE;
    for (size_t pos = 0;;) {
        DictEntry *e;
        if (!dc_next(dcore(a), &pos, &e)) break;
        Value k = e->key, v = e->val;
        Value w = dc_get(dcore(b), k);
        if (w == V_ERR) return V_ERR;
        if (w == V_NULL) return V_FALSE;
        int eq = obj_eq(v, w);
        if (eq < 0) return V_ERR;
        if (!eq) return V_FALSE;
    }
    return V_TRUE;
}

int dict_update(Value d, Value other) {
    if (obj_isinstance(other, &dict_type)) {
        for (size_t pos = 0;;) {
            DictEntry *e;
            if (!dc_next(dcore(other), &pos, &e)) break;
            if (dc_set(dcore(d), e->key, e->val) < 0) return -1;
        }
        return 0;
    }
    /* a mapping with keys(), or an iterable of pairs */
    Value keys = obj_getattr_opt(other, QV(keys));
    if (keys == V_ERR) return -1;
    if (keys != V_NULL) {
        Value ks = obj_call0(keys);
        if (ks == V_ERR) return -1;
        root_push(v_to_ptr(ks));
        Value it = obj_iter(ks);
        int r = it == V_ERR ? -1 : 0;
        if (r == 0) root_push(v_to_ptr(it));
        while (r == 0) {
            Value k = obj_next(it);
            if (k == V_NULL) break;
            Value v = k == V_ERR ? V_ERR : obj_getitem(other, k);
            if (v == V_ERR || dc_set(dcore(d), k, v) < 0) r = -1;
        }
        root_pop(it == V_ERR ? 1 : 2);
        return r;
    }
    Value it = obj_iter(other);
    if (it == V_ERR) return -1;
    root_push(v_to_ptr(it));
    int r = 0;
    for (size_t i = 0;; i++) {
        Value item = obj_next(it);
        if (item == V_NULL) break;
        if (item == V_ERR) {
            r = -1;
            break;
        }
        root_push(v_to_ptr(item));
        Value pair = tuple_from_iter(item);
        root_pop(1);
        if (pair == V_ERR) {
            if (obj_isinstance(exc_peek(), &type_error_type)) {
                exc_take();
                exc_raise(&type_error_type, "cannot convert dictionary update sequence element #%d to a sequence", (long)i);
            }
            r = -1;
            break;
        }
        if (tuple_p(pair)->len != 2) {
            exc_raise(&value_error_type, "dictionary update sequence element #%d has length %d; 2 is required", (long)i,
                      (long)tuple_p(pair)->len);
            r = -1;
            break;
        }
        root_push(v_to_ptr(pair));
        r = dc_set(dcore(d), tuple_p(pair)->items[0], tuple_p(pair)->items[1]);
        root_pop(1);
        if (r < 0) break;
    }
    root_pop(1);
    return r;
}

static Value dict_copy_of(Value src) {
    Value d = dict_new();
    if (d == V_ERR) return d;
    root_push(v_to_ptr(d));
    int r = dc_copy(dcore(d), dcore(src));
    root_pop(1);
    return r < 0 ? V_ERR : d;
}

static Value dict_binop(int op, Value a, Value b) {
    int base = op & 0x1F;
    if (op & OPR_REFLECTED) {
        if (base == OPR_OR && obj_isinstance(a, &dict_type)) {
        }
        return V_NOTIMPL;
    }
    if (base == OPR_CONTAINS) {
        Value r = dc_get(dcore(a), b);
        return r == V_ERR ? r : v_from_bool(r != V_NULL);
    }
    if (op == (OPR_OR | OPR_INPLACE)) return dict_update(a, b) < 0 ? V_ERR : a;
    if (!obj_isinstance(b, &dict_type)) return V_NOTIMPL;
    if (base == OPR_EQ || base == OPR_NE) {
        Value r = dict_eq(a, b);
        if (r == V_ERR || base == OPR_EQ) return r;
        return v_from_bool(r == V_FALSE);
    }
    if (base == OPR_OR) {
        Value d = (op & OPR_INPLACE) ? a : dict_copy_of(a);
        if (d == V_ERR) return d;
        root_push(v_to_ptr(d));
        int r = dict_update(d, b);
        root_pop(1);
        return r < 0 ? V_ERR : d;
    }
    return V_NOTIMPL;
}

static Value dict_subscr(Value self, Value key, Value val) {
    DictCore *d = dcore(self);
    if (val == V_NULL) {
        Value r = dc_get(d, key);
        if (r != V_NULL) return r;
        if (obj_type(self) != &dict_type) {
            /* subclasses may define __missing__ */
            Value m = type_lookup(obj_type(self), QV(__missing__));
            if (m != V_NULL) return obj_call2(m, self, key);
        }
        return exc_raise_value(exc_new1(&key_error_type, key));
    }
    if (val == V_DELETE) {
        Value r = dc_del(d, key);
        if (r == V_ERR) return r;
        if (r == V_NULL) return exc_raise_value(exc_new1(&key_error_type, key));
        return V_NONE;
    }
    return dc_set(d, key, val) < 0 ? V_ERR : V_NONE;
}

/* ---- iterators and views ---- */

enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS };

typedef struct DictIter {
    GcObj hdr;
    Value d;
    uint32_t pos;
    uint16_t len0; /* size at creation: "changed size during iteration" */
    uint8_t kind;
} DictIter;

typedef struct DictView {
    GcObj hdr;
    Value d;
    uint8_t kind;
} DictView;

static void dictiter_mark(GcObj *o) { gc_mark(v_to_ptr(((DictIter *)o)->d)); }

static Value dictiter_next(Value it) {
    DictIter *i = v_to_ptr(it);
    DictCore *d = &((Dict *)v_to_ptr(i->d))->d;
    if (obj_isinstance(i->d, &set_type) || obj_isinstance(i->d, &frozenset_type) || true) {
        /* all DictCore holders (dict, set, frozenset) keep it after the header */
    }
    if (d->len != i->len0) {
        i->len0 = d->len; /* raise once */
        return exc_raise(&runtime_error_type, obj_isinstance(i->d, &dict_type) ? "dictionary changed size during iteration"
                                                                                : "Set changed size during iteration");
    }
    size_t pos = i->pos;
    DictEntry *e;
    if (!dc_next(d, &pos, &e)) {
        i->pos = pos;
        return V_NULL;
    }
    i->pos = (uint32_t)pos;
    if (i->kind == VIEW_KEYS) return e->key;
    if (i->kind == VIEW_VALUES) return e->val;
    Value pair[2] = {e->key, e->val};
    return tuple_new(2, pair);
}

const Type dictiter_type = {
    .hdr = {&type_type.gc},
    .gc = {"dict_iterator", dictiter_mark, NULL},
    .name = Q_iterator,
    .flags = TF_ITERSELF,
    .base = &object_type,
    .next = dictiter_next,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* iterator over any DictCore holder (dict, set, frozenset): the DictCore
 * sits right after the header in all of them (and in Inst) */
Value dictiter_new(Value d, int kind) {
    d = inst_native(d);
    DictIter *i = obj_alloc(&dictiter_type, sizeof(DictIter));
    if (!i) return V_ERR;
    i->d = d;
    i->kind = (uint8_t)kind;
    i->len0 = ((Dict *)v_to_ptr(d))->d.len;
    return V(i);
}

static Value dict_iter(int op, Value v) {
    (void)op;
    return dictiter_new(v, VIEW_KEYS);
}

static void dictview_mark(GcObj *o) { gc_mark(v_to_ptr(((DictView *)o)->d)); }

static int dictview_print(Printer *p, Value v, bool repr) {
    (void)repr;
    DictView *dv = v_to_ptr(v);
    static const char *const names[] = {"dict_keys", "dict_values", "dict_items"};
    Value l = list_from_iter(v);
    if (l == V_ERR) return -1;
    root_push(v_to_ptr(l));
    int r = pr_fmt(p, "%s(%r)", names[dv->kind], l);
    root_pop(1);
    return r;
}

static Value dictview_iter(int op, Value v) {
    (void)op;
    DictView *dv = v_to_ptr(v);
    return dictiter_new(dv->d, dv->kind);
}

static Value dictview_unop(int op, Value v) {
    DictView *dv = v_to_ptr(v);
    if (op == UN_LEN) return v_from_int(dcore(dv->d)->len);
    if (op == UN_BOOL) return v_from_bool(dcore(dv->d)->len != 0);
    return V_NOTIMPL;
}

static Value dictview_binop(int op, Value a, Value b) {
    int base = op & 0x1F;
    if (op & OPR_REFLECTED) {
        if (!obj_is(b, &dictview_type)) return V_NOTIMPL;
        /* set ops with the view on the right: convert and retry */
        Value s = set_from_iter(&set_type, b);
        if (s == V_ERR) return s;
        root_push(v_to_ptr(s));
        Value r = obj_binop(base, a, s);
        root_pop(1);
        return r;
    }
    DictView *dv = v_to_ptr(a);
    if (base == OPR_CONTAINS) {
        if (dv->kind == VIEW_KEYS) {
            Value r = dc_get(dcore(dv->d), b);
            return r == V_ERR ? r : v_from_bool(r != V_NULL);
        }
        if (dv->kind == VIEW_ITEMS) {
            if (!obj_is(b, &tuple_type) || tuple_p(b)->len != 2) return V_FALSE;
            Value r = dc_get(dcore(dv->d), tuple_p(b)->items[0]);
            if (r == V_ERR || r == V_NULL) return r == V_ERR ? r : V_FALSE;
            int e = obj_eq(r, tuple_p(b)->items[1]);
            return e < 0 ? V_ERR : v_from_bool(e);
        }
        return V_NOTIMPL; /* values: iterate */
    }
    if (dv->kind == VIEW_VALUES) return V_NOTIMPL;
    /* comparisons and set operations: as sets */
    Value s = set_from_iter(&set_type, a);
    if (s == V_ERR) return s;
    root_push(v_to_ptr(s));
    Value o = b;
    if (obj_is(b, &dictview_type)) {
        o = set_from_iter(&set_type, b);
        if (o == V_ERR) {
            root_pop(1);
            return o;
        }
    }
    root_push(v_to_ptr(o));
    Value r = obj_isinstance(o, &set_type) || obj_isinstance(o, &frozenset_type) || base == OPR_EQ || base == OPR_NE
                  ? obj_binop(base, s, o)
                  : V_NOTIMPL;
    root_pop(2);
    return r;
}

const Type dictview_type = {
    .hdr = {&type_type.gc},
    .gc = {"dict_view", dictview_mark, NULL},
    .name = Q_dict_keys,
    .base = &object_type,
    .print = dictview_print,
    .unop = dictview_unop,
    .binop = dictview_binop,
    .iter = dictview_iter,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

static Value view_new(Value d, int kind) {
    DictView *v = obj_alloc(&dictview_type, sizeof(DictView));
    if (!v) return V_ERR;
    v->d = inst_native(d);
    v->kind = (uint8_t)kind;
    return V(v);
}

/* ---- methods ---- */

static Value d_keys(ArgVec a) { return view_new(a.v[0], VIEW_KEYS); }
static Value d_values(ArgVec a) { return view_new(a.v[0], VIEW_VALUES); }
static Value d_items(ArgVec a) { return view_new(a.v[0], VIEW_ITEMS); }

static Value d_get(ArgVec a) {
    if (arg_check(a, 2, 3, "get") < 0) return V_ERR;
    Value r = dc_get(dcore(a.v[0]), a.v[1]);
    if (r == V_NULL) return a.n > 2 ? a.v[2] : V_NONE;
    return r;
}

static Value d_pop(ArgVec a) {
    if (arg_check(a, 2, 3, "pop") < 0) return V_ERR;
    Value r = dc_del(dcore(a.v[0]), a.v[1]);
    if (r == V_NULL) {
        if (a.n > 2) return a.v[2];
        return exc_raise_value(exc_new1(&key_error_type, a.v[1]));
    }
    return r;
}

static Value d_popitem(ArgVec a) {
    DictCore *d = dcore(a.v[0]);
    if (!d->len) return exc_raise(&key_error_type, "popitem(): dictionary is empty");
    uint32_t i = d->used;
    while (dc_entries(d)[i - 1].key == V_NULL) i--;
    Value kv[2] = {dc_entries(d)[i - 1].key, dc_entries(d)[i - 1].val}; /* the vector may move */
    Value pair = tuple_new(2, kv);
    if (pair == V_ERR) return pair;
    d = dcore(a.v[0]);
    DictEntry *e = &dc_entries(d)[i - 1];
    e->key = e->val = V_NULL;
    d->len--;
    if (!d->hbits) d->used = i - 1;
    if (!d->len) dc_clear(d);
    return pair;
}

static Value d_setdefault(ArgVec a) {
    if (arg_check(a, 2, 3, "setdefault") < 0) return V_ERR;
    Value r = dc_get(dcore(a.v[0]), a.v[1]);
    if (r != V_NULL) return r;
    Value dv = a.n > 2 ? a.v[2] : V_NONE;
    return dc_set(dcore(a.v[0]), a.v[1], dv) < 0 ? V_ERR : dv;
}

static Value d_update(ArgVec a) {
    if (a.n > 2) return exc_raise(&type_error_type, "update expected at most 1 argument, got %d", (long)a.n - 1);
    if (a.n == 2 && dict_update(a.v[0], a.v[1]) < 0) return V_ERR;
    for (int i = 0; i < a.nkw; i++)
        if (dc_set(dcore(a.v[0]), a.v[a.n + 2 * i], a.v[a.n + 2 * i + 1]) < 0) return V_ERR;
    return V_NONE;
}

static Value d_copy(ArgVec a) { return dict_copy_of(a.v[0]); }

static Value d_clear(ArgVec a) {
    dc_clear(dcore(a.v[0]));
    return V_NONE;
}

static Value d_fromkeys(ArgVec a) {
    if (arg_check(a, 2, 3, "fromkeys") < 0) return V_ERR;
    Value cls = a.v[0];
    Value d = cls == V(&dict_type) ? dict_new() : obj_call0(cls);
    if (d == V_ERR) return d;
    root_push(v_to_ptr(d));
    Value it = obj_iter(a.v[1]);
    Value r = d;
    if (it == V_ERR) r = V_ERR;
    else {
        root_push(v_to_ptr(it));
        for (;;) {
            Value k = obj_next(it);
            if (k == V_NULL) break;
            if (k == V_ERR || obj_setitem(d, k, a.n > 2 ? a.v[2] : V_NONE) < 0) {
                r = V_ERR;
                break;
            }
        }
        root_pop(1);
    }
    root_pop(1);
    return r;
}

static Value dict_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (a.n > 1) return exc_raise(&type_error_type, "dict expected at most 1 argument, got %d", (long)a.n);
    Value d = dict_new();
    if (d == V_ERR) return d;
    root_push(v_to_ptr(d));
    int r = 0;
    if (a.n == 1) r = dict_update(d, a.v[0]);
    for (int i = 0; r == 0 && i < a.nkw; i++) r = dc_set(dcore(d), a.v[a.n + 2 * i], a.v[a.n + 2 * i + 1]);
    root_pop(1);
    return r < 0 ? V_ERR : d;
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn dict_methods[] = {
    M(clear, d_clear, 1, 1, 0),
    M(copy, d_copy, 1, 1, 0),
    M(fromkeys, d_fromkeys, 2, 3, BF_CLASS),
    M(get, d_get, 2, 3, 0),
    M(items, d_items, 1, 1, 0),
    M(keys, d_keys, 1, 1, 0),
    M(pop, d_pop, 2, 3, 0),
    M(popitem, d_popitem, 1, 1, 0),
    M(setdefault, d_setdefault, 2, 3, 0),
    M(update, d_update, 1, 2, BF_KW),
    M(values, d_values, 1, 1, 0),
};

const Type dict_type = {
    .hdr = {&type_type.gc},
    .gc = {"dict", dict_mark, NULL},
    .name = Q_dict,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = dict_methods,
    .nmethods = sizeof dict_methods / sizeof dict_methods[0],
    .print = dict_print,
    .unop = dict_unop,
    .binop = dict_binop,
    .subscr = dict_subscr,
    .make_new = dict_make_new,
    .iter = dict_iter,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
