/*
 * bytes.c - bytes (immutable, data inline in the object) and bytearray
 * (mutable, data in a vector that may move on compaction).  The text
 * methods are shared with str (str.c).
 */
#include "obj.h"
#include "text.h"

Value bytes_new(const void *s, size_t n) {
    Bytes *b = obj_alloc(&bytes_type, sizeof(Bytes) + n + 1);
    if (!b) return V_ERR;
    b->len = (uint32_t)n;
    if (s && n) memcpy(b->data, s, n);
    return V(b);
}

Value bytearray_new(const void *s, size_t n) {
    ByteArray *b = obj_alloc(&bytearray_type, sizeof(ByteArray));
    if (!b) return V_ERR;
    if (n) {
        root_push(b);
        bool ok = gc_vec_resize(&b->v, n);
        root_pop(1);
        if (!ok) return exc_raise_no_mem();
        /* s is stable (an object or a constant), never a vector */
        if (s) memcpy(b->v.ptr, s, n);
    }
    b->len = (uint32_t)n;
    return V(b);
}

const uint8_t *bytes_data(Value v, size_t *len) {
    v = inst_native(v);
    const Type *t = obj_type(v);
    if (t == &bytes_type) {
        Bytes *b = v_to_ptr(v);
        if (len) *len = b->len;
        return b->data;
    }
    if (t == &bytearray_type) {
        ByteArray *b = v_to_ptr(v);
        if (len) *len = b->len;
        return b->v.ptr ? b->v.ptr : (const uint8_t *)"";
    }
    if (len) *len = 0;
    return NULL;
}

/* an immutable copy of a bytes-like value; safe for bytearray, whose
 * data may move during the allocation */
Value bytes_snapshot(Value v) {
    size_t n;
    bytes_data(v, &n);
    Value c = bytes_new(NULL, n);
    if (c == V_ERR) return c;
    const uint8_t *d = bytes_data(v, &n); /* re-derived after allocating */
    if (n) memcpy(((Bytes *)v_to_ptr(c))->data, d, n);
    return c;
}

int bytearray_append(Value ba, const void *s, size_t n) {
    ByteArray *b = v_to_ptr(inst_native(ba));
    if (b->len + n > b->v.cap) {
        size_t cap = b->v.cap + b->v.cap / 2 + 8;
        if (cap < b->len + n) cap = b->len + n;
        if (!gc_vec_resize(&b->v, cap)) {
            exc_raise_no_mem();
            return -1;
        }
    }
    memmove((uint8_t *)b->v.ptr + b->len, s, n);
    b->len += (uint32_t)n;
    return 0;
}

static void bytearray_mark(GcObj *o) { gc_mark_vec(&((ByteArray *)o)->v); }

/* bytes(x) / bytearray(x) from an int count, a bytes-like, a str with an
 * encoding (done by the caller) or an iterable of ints */
Value bytes_from_value(const Type *t, Value x) {
    if (int_is(x)) {
        intptr_t n;
        if (int_get_count(x, &n) < 0) return V_ERR;
        if (n < 0) return exc_raise(&value_error_type, "negative count");
        Value r = t == &bytearray_type ? bytearray_new(NULL, (size_t)n) : bytes_new(NULL, (size_t)n);
        if (r != V_ERR && t == &bytearray_type && n) memset(((ByteArray *)v_to_ptr(r))->v.ptr, 0, (size_t)n);
        return r;
    }
    size_t n;
    const uint8_t *d = bytes_data(x, &n);
#if MONTY_ARRAY
    const uint8_t *array_data(Value v, size_t *len);
    if (!d && array_data(x, &n)) {
        /* the raw items of an array (the data may move: allocate first) */
        Value r = t == &bytearray_type ? bytearray_new(NULL, n) : bytes_new(NULL, n);
        if (r != V_ERR && n) memcpy((uint8_t *)bytes_data(r, NULL), array_data(x, &n), n);
        return r;
    }
#endif
    if (d) {
        if (t == &bytearray_type) {
            /* copy via a bytes snapshot if x is a bytearray (its data may move) */
            if (obj_is(inst_native(x), &bytearray_type)) {
                Value c = bytes_snapshot(x);
                if (c == V_ERR) return c;
                root_push(v_to_ptr(c));
                Value r = bytearray_new(((Bytes *)v_to_ptr(c))->data, n);
                root_pop(1);
                return r;
            }
            return bytearray_new(d, n);
        }
        if (obj_is(x, &bytes_type)) return x;
        return bytes_snapshot(x);
    }
    if (str_is(x)) return exc_raise(&type_error_type, "string argument without an encoding");
    Value it = obj_iter(x);
    if (it == V_ERR) {
        exc_take();
        return exc_raise(&type_error_type, "cannot convert '%s' object to %s", obj_type_name(x), type_name(t));
    }
    root_push(v_to_ptr(it));
    Value ba = bytearray_new(NULL, 0);
    if (ba == V_ERR) {
        root_pop(1);
        return V_ERR;
    }
    root_push(v_to_ptr(ba));
    Value r = ba;
    for (;;) {
        Value i = obj_next(it);
        if (i == V_NULL) break;
        intptr_t b;
        if (i == V_ERR || int_get(i, &b) < 0) {
            if (i != V_ERR && exc_pending() && obj_isinstance(exc_peek(), &type_error_type)) {
                exc_take();
                exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", obj_type_name(i));
            }
            r = V_ERR;
            break;
        }
        if (b < 0 || b > 255) {
            r = exc_raise(&value_error_type, "bytes must be in range(0, 256)");
            break;
        }
        uint8_t c = (uint8_t)b;
        if (bytearray_append(ba, &c, 1) < 0) {
            r = V_ERR;
            break;
        }
    }
    if (r != V_ERR && t != &bytearray_type) {
        ByteArray *b = v_to_ptr(ba);
        Value bb = bytes_new(NULL, b->len);
        if (bb != V_ERR) memcpy(((Bytes *)v_to_ptr(bb))->data, b->v.ptr, b->len);
        r = bb;
    }
    root_pop(2);
    return r;
}

static Value bytes_make_new(const Type *t, ArgVec a) {
    if (a.n == 0) return t == &bytearray_type ? bytearray_new(NULL, 0) : bytes_new(NULL, 0);
    Value x = a.v[0];
    if (str_is(x)) {
        Value enc = a.n > 1 ? a.v[1] : arg_kw(a, Q_encoding);
        if (enc == V_NULL) return exc_raise(&type_error_type, "string argument without an encoding");
        size_t n;
        const char *s = str_data(x, &n);
        return t == &bytearray_type ? bytearray_new(s, n) : bytes_new(s, n);
    }
    return bytes_from_value(t, x);
}

/* ---- printing ---- */

static int bytes_print_data(Printer *p, const uint8_t *d, size_t n) {
    char q = '\'';
    if (memchr(d, '\'', n) && !memchr(d, '"', n)) q = '"';
    if (pr_fmt(p, "b%c", q) < 0) return -1;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        char buf[4];
        size_t k = 0;
        if (c == (uint8_t)q || c == '\\') {
            buf[k++] = '\\';
            buf[k++] = (char)c;
        } else if (c == '\n') {
            buf[k++] = '\\';
            buf[k++] = 'n';
        } else if (c == '\r') {
            buf[k++] = '\\';
            buf[k++] = 'r';
        } else if (c == '\t') {
            buf[k++] = '\\';
            buf[k++] = 't';
        } else if (c < 0x20 || c >= 0x7F) {
            static const char hx[] = "0123456789abcdef";
            buf[k++] = '\\';
            buf[k++] = 'x';
            buf[k++] = hx[c >> 4];
            buf[k++] = hx[c & 15];
        } else {
            buf[k++] = (char)c;
        }
        if (pr_mem(p, buf, k) < 0) return -1;
    }
    return pr_mem(p, &q, 1);
}

static int bytes_print(Printer *p, Value v, bool repr) {
    (void)repr;
    size_t n;
    const uint8_t *d = bytes_data(v, &n);
    /* the printer may allocate (string builders): print from a snapshot
     * for bytearray, whose data may move */
    if (obj_is(inst_native(v), &bytearray_type)) {
        Value c = bytes_snapshot(v);
        if (c == V_ERR) return -1;
        root_push(v_to_ptr(c));
        int r = pr_str(p, "bytearray(");
        if (r == 0) r = bytes_print_data(p, ((Bytes *)v_to_ptr(c))->data, n);
        if (r == 0) r = pr_str(p, ")");
        root_pop(1);
        return r;
    }
    return bytes_print_data(p, d, n);
}

/* ---- slots ---- */

static Value bytes_unop(int op, Value v) {
    size_t n;
    const uint8_t *d = bytes_data(v, &n);
    switch (op) {
    case UN_BOOL: return v_from_bool(n != 0);
    case UN_LEN: return v_from_int((intptr_t)n);
    case UN_HASH: {
        if (obj_is(inst_native(v), &bytearray_type))
            return exc_raise(&type_error_type, "unhashable type: 'bytearray'");
        Bytes *b = v_to_ptr(inst_native(v));
        if (!b->hash) b->hash = str_hash_bytes((const char *)d, n) | 0x10000u;
        return v_from_int((intptr_t)(b->hash & 0xFFFF));
    }
    default: return V_NOTIMPL;
    }
}

static bool bytes_like(Value v) { return bytes_data(v, NULL) != NULL; }

static int bcmp3(Value a, Value b) {
    size_t n1, n2;
    const uint8_t *s1 = bytes_data(a, &n1), *s2 = bytes_data(b, &n2);
    int c = memcmp(s1, s2, n1 < n2 ? n1 : n2);
    if (c) return c < 0 ? -1 : 1;
    return n1 < n2 ? -1 : n1 > n2;
}

static Value bytes_binop(int op, Value a, Value b) {
    int base = op & 0x1F;
    bool refl = op & OPR_REFLECTED;
    const Type *ta = obj_type(inst_native(a));
    if (base == OPR_MOD) return refl ? V_NOTIMPL : bytes_format_percent(inst_native(a), b);
    if (base == OPR_MUL) {
        Value s = refl ? b : a, nv = refl ? a : b;
        if (!int_is(nv)) return V_NOTIMPL;
        intptr_t n;
        if (int_get_count(nv, &n) < 0) return V_ERR;
        if (n < 0) n = 0;
        size_t len;
        bytes_data(s, &len);
        const Type *rt = obj_type(inst_native(s));
        if (len && (size_t)n > (SIZE_MAX / 2) / len) return exc_raise_no_mem();
        Value r = rt == &bytearray_type ? bytearray_new(NULL, len * (size_t)n) : bytes_new(NULL, len * (size_t)n);
        if (r == V_ERR) return r;
        uint8_t *d = (uint8_t *)bytes_data(r, NULL);
        const uint8_t *src = bytes_data(s, &len);
        for (intptr_t i = 0; i < n; i++) memcpy(d + (size_t)i * len, src, len);
        if ((op & OPR_INPLACE) && rt == &bytearray_type) {
            /* b *= n mutates b: swap the vectors' contents */
            ByteArray *x = v_to_ptr(inst_native(s)), *y = v_to_ptr(r);
            size_t nl = y->len;
            if (!gc_vec_resize(&x->v, nl ? nl : 1)) return exc_raise_no_mem();
            memcpy(x->v.ptr, y->v.ptr, nl);
            x->len = (uint32_t)nl;
            return s;
        }
        return r;
    }
    if (refl) return V_NOTIMPL;
    if (base == OPR_CONTAINS) {
        size_t n;
        const uint8_t *d = bytes_data(a, &n);
        if (int_is(b)) {
            intptr_t c;
            if (int_get(b, &c) < 0) return V_ERR;
            if (c < 0 || c > 255) return exc_raise(&value_error_type, "byte must be in range(0, 256)");
            return v_from_bool(memchr(d, (int)c, n) != NULL);
        }
        if (!bytes_like(b)) return exc_raise(&type_error_type, "a bytes-like object is required, not '%s'", obj_type_name(b));
        size_t m;
        const uint8_t *s = bytes_data(b, &m);
        if (m == 0) return V_TRUE;
        for (size_t i = 0; i + m <= n; i++)
            if (!memcmp(d + i, s, m)) return V_TRUE;
        return V_FALSE;
    }
    if (!bytes_like(b)) {
        if (base == OPR_EQ || base == OPR_NE) return V_NOTIMPL;
        return V_NOTIMPL;
    }
    switch (base) {
    case OPR_ADD: {
        size_t n1, n2;
        bytes_data(a, &n1);
        bytes_data(b, &n2);
        if (ta == &bytearray_type && (op & OPR_INPLACE)) {
            /* a += b: b may be a itself or move: snapshot */
            Value c = bytes_snapshot(b);
            if (c == V_ERR) return c;
            root_push(v_to_ptr(c));
            int r = bytearray_append(a, ((Bytes *)v_to_ptr(c))->data, n2);
            root_pop(1);
            return r < 0 ? V_ERR : a;
        }
        Value r = ta == &bytearray_type ? bytearray_new(NULL, n1 + n2) : bytes_new(NULL, n1 + n2);
        if (r == V_ERR) return r;
        uint8_t *d = (uint8_t *)bytes_data(r, NULL);
        memcpy(d, bytes_data(a, NULL), n1);
        memcpy(d + n1, bytes_data(b, NULL), n2);
        return r;
    }
    case OPR_EQ: return v_from_bool(bcmp3(a, b) == 0);
    case OPR_NE: return v_from_bool(bcmp3(a, b) != 0);
    case OPR_LT: return v_from_bool(bcmp3(a, b) < 0);
    case OPR_LE: return v_from_bool(bcmp3(a, b) <= 0);
    case OPR_GT: return v_from_bool(bcmp3(a, b) > 0);
    case OPR_GE: return v_from_bool(bcmp3(a, b) >= 0);
    default: return V_NOTIMPL;
    }
}

static Value bytes_subscr(Value self, Value key, Value val) {
    self = inst_native(self);
    bool ba = obj_is(self, &bytearray_type);
    size_t n;
    const uint8_t *d = bytes_data(self, &n);
    if (obj_is(key, &slice_type)) {
        intptr_t st, en, step;
        intptr_t cnt = slice_indices(key, (intptr_t)n, &st, &en, &step);
        if (cnt < 0) return V_ERR;
        if (val == V_NULL) {
            Value r = ba ? bytearray_new(NULL, (size_t)cnt) : bytes_new(NULL, (size_t)cnt);
            if (r == V_ERR) return r;
            uint8_t *o = (uint8_t *)bytes_data(r, NULL);
            d = bytes_data(self, &n);
            for (intptr_t i = 0, k = st; i < cnt; i++, k += step) o[i] = d[k];
            return r;
        }
        if (!ba) return exc_raise(&type_error_type, "'bytes' object does not support item assignment");
        /* bytearray slice assignment / deletion: rebuild */
        Value src = V_NULL;
        size_t sn = 0;
        if (val != V_DELETE) {
            src = bytes_from_value(&bytes_type, val);
            if (src == V_ERR) return V_ERR;
            bytes_data(src, &sn);
        }
        root_push(v_to_ptr(src == V_NULL ? V_NONE : src));
        Value r = V_NONE;
        if (step != 1) {
            if (val != V_DELETE && (intptr_t)sn != cnt) {
                r = exc_raise(&value_error_type, "attempt to assign bytes of size %d to extended slice of size %d", (long)sn,
                              (long)cnt);
            } else if (val != V_DELETE) {
                uint8_t *w = ((ByteArray *)v_to_ptr(self))->v.ptr;
                const uint8_t *s = bytes_data(src, NULL);
                for (intptr_t i = 0, k = st; i < cnt; i++, k += step) w[k] = s[i];
            } else {
                ByteArray *b = v_to_ptr(self);
                uint8_t *w = b->v.ptr;
                size_t o = 0;
                for (size_t i = 0; i < b->len; i++) {
                    bool del = false;
                    if (step > 0 ? ((intptr_t)i >= st && (intptr_t)i < en) : ((intptr_t)i <= st && (intptr_t)i > en))
                        del = (((intptr_t)i - st) % step) == 0;
                    if (!del) w[o++] = w[i];
                }
                b->len = (uint32_t)o;
            }
        } else {
            ByteArray *b = v_to_ptr(self);
            size_t len = b->len;
            if (en < st) en = st;
            size_t tail = len - (size_t)en;
            size_t nl = (size_t)st + sn + tail;
            if (nl > b->v.cap && !gc_vec_resize(&b->v, nl)) {
                r = exc_raise_no_mem();
            } else {
                uint8_t *w = b->v.ptr;
                memmove(w + st + sn, w + en, tail);
                if (sn) memcpy(w + st, bytes_data(src, NULL), sn);
                b->len = (uint32_t)nl;
            }
        }
        root_pop(1);
        return r;
    }
    size_t i;
    if (obj_seq_index(key, n, &i, ba ? "bytearray" : "index") < 0) return V_ERR;
    if (val == V_NULL) return v_from_int(d[i]);
    if (!ba) return exc_raise(&type_error_type, "'bytes' object does not support item assignment");
    if (val == V_DELETE) {
        ByteArray *b = v_to_ptr(self);
        memmove((uint8_t *)b->v.ptr + i, (uint8_t *)b->v.ptr + i + 1, b->len - i - 1);
        b->len--;
        return V_NONE;
    }
    intptr_t x;
    if (int_get(val, &x) < 0) return V_ERR;
    if (x < 0 || x > 255) return exc_raise(&value_error_type, "byte must be in range(0, 256)");
    ((uint8_t *)((ByteArray *)v_to_ptr(self))->v.ptr)[i] = (uint8_t)x;
    return V_NONE;
}

/* iterator over bytes / bytearray: yields ints */
typedef struct BytesIter {
    GcObj hdr;
    Value b;
    size_t i;
} BytesIter;

static void bytesiter_mark(GcObj *o) { gc_mark(v_to_ptr(((BytesIter *)o)->b)); }

static Value bytesiter_next(Value it) {
    BytesIter *i = v_to_ptr(it);
    size_t n;
    const uint8_t *d = bytes_data(i->b, &n);
    if (i->i >= n) return V_NULL;
    return v_from_int(d[i->i++]);
}

static const Type bytesiter_type = {
    .hdr = {&type_type.gc},
    .gc = {"bytes_iterator", bytesiter_mark, NULL},
    .name = Q_iterator,
    .flags = TF_ITERSELF,
    .base = &object_type,
    .next = bytesiter_next,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

static Value bytes_iter(int op, Value v) {
    (void)op;
    BytesIter *i = obj_alloc(&bytesiter_type, sizeof(BytesIter));
    if (!i) return V_ERR;
    i->b = inst_native(v);
    return V(i);
}

/* ---- bytes-only methods ---- */

static Value bytes_decode(ArgVec a) {
    size_t n;
    const uint8_t *d = bytes_data(a.v[0], &n);
    if (obj_is(inst_native(a.v[0]), &bytearray_type)) {
        Value c = bytes_snapshot(a.v[0]);
        if (c == V_ERR) return c;
        root_push(v_to_ptr(c));
        Value r = str_decode_utf8((const char *)((Bytes *)v_to_ptr(c))->data, n);
        root_pop(1);
        return r;
    }
    return str_decode_utf8((const char *)d, n);
}

static Value bytes_hex(ArgVec a) {
    size_t n;
    bytes_data(a.v[0], &n);
    const char *sep = NULL;
    size_t sepn = 0;
    if (a.n > 1) {
        sep = str_data(a.v[1], &sepn);
        if (!sep) return exc_raise(&type_error_type, "sep must be str or bytes.");
    }
    size_t outn = 2 * n + (n ? (n - 1) * sepn : 0);
    char *o;
    Value r = str_new_raw(outn, &o);
    if (r == V_ERR) return r;
    const uint8_t *d = bytes_data(a.v[0], &n);
    static const char hx[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        if (i && sepn) {
            memcpy(o, sep, sepn);
            o += sepn;
        }
        *o++ = hx[d[i] >> 4];
        *o++ = hx[d[i] & 15];
    }
    return str_intern_small(r);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static Value bytes_fromhex(ArgVec a) {
    /* classmethod: v[0] is the type */
    if (a.n != 2) return exc_raise(&type_error_type, "fromhex() takes exactly one argument (%d given)", (long)a.n - 1);
    size_t n;
    const char *s = str_data(a.v[1], &n);
    if (!s) return exc_raise(&type_error_type, "fromhex() argument must be str, not %s", obj_type_name(a.v[1]));
    const Type *t = a.v[0] == V(&bytearray_type) ? &bytearray_type : &bytes_type;
    size_t cnt = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        if (i + 1 >= n || hexval(s[i]) < 0 || hexval(s[i + 1]) < 0) {
            size_t pos = hexval(s[i]) < 0 ? i : i + 1;
            return exc_raise(&value_error_type, "non-hexadecimal number found in fromhex() arg at position %d", (long)pos);
        }
        cnt++;
        i += 2;
    }
    Value r = t == &bytearray_type ? bytearray_new(NULL, cnt) : bytes_new(NULL, cnt);
    if (r == V_ERR) return r;
    uint8_t *d = (uint8_t *)bytes_data(r, NULL);
    s = str_data(a.v[1], &n);
    for (size_t i = 0, k = 0; i < n;) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        d[k++] = (uint8_t)(hexval(s[i]) * 16 + hexval(s[i + 1]));
        i += 2;
    }
    return r;
}

/* ---- bytearray mutators ---- */

static int byte_arg(Value v, uint8_t *out) {
    intptr_t x;
    if (int_get(v, &x) < 0) return -1;
    if (x < 0 || x > 255) {
        exc_raise(&value_error_type, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (uint8_t)x;
    return 0;
}

static Value ba_append(ArgVec a) {
    uint8_t c;
    if (byte_arg(a.v[1], &c) < 0) return V_ERR;
    return bytearray_append(a.v[0], &c, 1) < 0 ? V_ERR : V_NONE;
}

static Value ba_extend(ArgVec a) {
    Value src = bytes_from_value(&bytes_type, a.v[1]);
    if (src == V_ERR) return V_ERR;
    root_push(v_to_ptr(src));
    size_t n;
    bytes_data(src, &n);
    int r = 0;
    /* grow first, then copy from the (immovable) bytes object */
    ByteArray *b = v_to_ptr(inst_native(a.v[0]));
    if (b->len + n > b->v.cap && !gc_vec_resize(&b->v, b->len + n)) r = -1, exc_raise_no_mem();
    if (r == 0) r = bytearray_append(a.v[0], bytes_data(src, NULL), n);
    root_pop(1);
    return r < 0 ? V_ERR : V_NONE;
}

static Value ba_pop(ArgVec a) {
    ByteArray *b = v_to_ptr(inst_native(a.v[0]));
    if (!b->len) return exc_raise(&index_error_type, "pop from empty bytearray");
    size_t i = b->len - 1;
    if (a.n > 1 && obj_seq_index(a.v[1], b->len, &i, "pop") < 0) return V_ERR;
    uint8_t *d = b->v.ptr;
    uint8_t c = d[i];
    memmove(d + i, d + i + 1, b->len - i - 1);
    b->len--;
    return v_from_int(c);
}

static Value ba_insert(ArgVec a) {
    ByteArray *b = v_to_ptr(inst_native(a.v[0]));
    intptr_t i;
    uint8_t c;
    if (int_get(a.v[1], &i) < 0 || byte_arg(a.v[2], &c) < 0) return V_ERR;
    if (i < 0) i += b->len;
    if (i < 0) i = 0;
    if (i > (intptr_t)b->len) i = b->len;
    if (bytearray_append(a.v[0], &c, 1) < 0) return V_ERR;
    uint8_t *d = b->v.ptr;
    memmove(d + i + 1, d + i, b->len - 1 - (size_t)i);
    d[i] = c;
    return V_NONE;
}

static Value ba_remove(ArgVec a) {
    ByteArray *b = v_to_ptr(inst_native(a.v[0]));
    uint8_t c;
    if (byte_arg(a.v[1], &c) < 0) return V_ERR;
    uint8_t *d = b->v.ptr;
    for (size_t i = 0; i < b->len; i++)
        if (d[i] == c) {
            memmove(d + i, d + i + 1, b->len - i - 1);
            b->len--;
            return V_NONE;
        }
    return exc_raise(&value_error_type, "value not found in bytearray");
}

static Value ba_clear(ArgVec a) {
    ByteArray *b = v_to_ptr(inst_native(a.v[0]));
    b->len = 0;
    gc_vec_free(&b->v);
    return V_NONE;
}

static Value ba_reverse(ArgVec a) {
    ByteArray *b = v_to_ptr(inst_native(a.v[0]));
    uint8_t *d = b->v.ptr;
    for (size_t i = 0; i < b->len / 2; i++) {
        uint8_t t = d[i];
        d[i] = d[b->len - 1 - i];
        d[b->len - 1 - i] = t;
    }
    return V_NONE;
}

static Value ba_copy(ArgVec a) {
    Value c = bytes_from_value(&bytes_type, a.v[0]);
    if (c == V_ERR) return c;
    root_push(v_to_ptr(c));
    size_t n;
    bytes_data(c, &n);
    Value r = bytearray_new(bytes_data(c, NULL), n);
    root_pop(1);
    return r;
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
/* sorted by name (qstr order) */
static const BuiltinFn bytes_methods[] = {
    M(capitalize, str_capitalize, 1, 1, 0),
    M(center, str_center, 1, 3, 0),
    M(count, str_count, 1, 4, 0),
    M(decode, bytes_decode, 1, 3, BF_KW),
    M(endswith, str_endswith, 1, 4, 0),
    M(expandtabs, str_expandtabs, 1, 2, BF_KW),
    M(find, str_find, 1, 4, 0),
    M(fromhex, bytes_fromhex, 1, 2, BF_CLASS),
    M(hex, bytes_hex, 1, 3, 0),
    M(index, str_index, 1, 4, 0),
    M(isalnum, str_isalnum, 1, 1, 0),
    M(isalpha, str_isalpha, 1, 1, 0),
    M(isascii, str_isascii, 1, 1, 0),
    M(isdigit, str_isdigit, 1, 1, 0),
    M(islower, str_islower, 1, 1, 0),
    M(isspace, str_isspace, 1, 1, 0),
    M(istitle, str_istitle, 1, 1, 0),
    M(isupper, str_isupper, 1, 1, 0),
    M(join, str_join_m, 1, 2, 0),
    M(ljust, str_ljust, 1, 3, 0),
    M(lower, str_lower, 1, 1, 0),
    M(lstrip, str_lstrip, 1, 2, 0),
    M(partition, str_partition, 1, 2, 0),
    M(removeprefix, str_removeprefix, 1, 2, 0),
    M(removesuffix, str_removesuffix, 1, 2, 0),
    M(replace, str_replace, 1, 4, 0),
    M(rfind, str_rfind, 1, 4, 0),
    M(rindex, str_rindex, 1, 4, 0),
    M(rjust, str_rjust, 1, 3, 0),
    M(rpartition, str_rpartition, 1, 2, 0),
    M(rsplit, str_rsplit, 1, 3, BF_KW),
    M(rstrip, str_rstrip, 1, 2, 0),
    M(split, str_split, 1, 3, BF_KW),
    M(splitlines, str_splitlines, 1, 2, BF_KW),
    M(startswith, str_startswith, 1, 4, 0),
    M(strip, str_strip, 1, 2, 0),
    M(swapcase, str_swapcase, 1, 1, 0),
    M(title, str_title, 1, 1, 0),
    M(upper, str_upper, 1, 1, 0),
    M(zfill, str_zfill, 1, 2, 0),
};

/* bytearray's own methods; the others are bytes' (type_find_method looks
 * there next), which work on either */
static const BuiltinFn bytearray_methods[] = {
    M(append, ba_append, 2, 2, 0),
    M(clear, ba_clear, 1, 1, 0),
    M(copy, ba_copy, 1, 1, 0),
    M(extend, ba_extend, 2, 2, 0),
    M(insert, ba_insert, 3, 3, 0),
    M(pop, ba_pop, 1, 2, 0),
    M(remove, ba_remove, 2, 2, 0),
    M(reverse, ba_reverse, 1, 1, 0),
};

const Type bytes_type = {
    .hdr = {&type_type.gc},
    .gc = {"bytes", NULL, NULL},
    .name = Q_bytes,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = bytes_methods,
    .nmethods = sizeof bytes_methods / sizeof bytes_methods[0],
    .print = bytes_print,
    .unop = bytes_unop,
    .binop = bytes_binop,
    .subscr = bytes_subscr,
    .make_new = bytes_make_new,
    .iter = bytes_iter,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

const Type bytearray_type = {
    .hdr = {&type_type.gc},
    .gc = {"bytearray", bytearray_mark, NULL},
    .name = Q_bytearray,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = bytearray_methods,
    .nmethods = sizeof bytearray_methods / sizeof bytearray_methods[0],
    .print = bytes_print,
    .unop = bytes_unop,
    .binop = bytes_binop,
    .subscr = bytes_subscr,
    .make_new = bytes_make_new,
    .iter = bytes_iter,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
