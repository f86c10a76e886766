/*
 * str.c - str (UTF-8, indexed by code point) and the text methods shared
 * with bytes and bytearray.
 *
 * A str value is either a qstr (interned, in the qstr table) or a Str
 * object holding its bytes inline.  Neither ever moves, so pointers from
 * str_data stay valid while the value is reachable.  bytearray data lives
 * in a vector that may move: the shared methods first snapshot a
 * bytearray `self` into an immutable bytes object (see text_self).
 */
#include "text.h"

/* ---- construction and access ---- */

size_t utf8_count(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((uint8_t)s[i] & 0xC0) != 0x80;
    return c;
}

Value str_new_raw(size_t n, char **data) {
    Str *s = obj_alloc(&str_type, sizeof(Str) + n + 1);
    if (!s) return V_ERR;
    s->len = (uint32_t)n;
    *data = s->data;
    return V(s);
}

/* after filling a raw str: count code points (non-ASCII input) */
static void str_fix(Value v) {
    Str *s = v_to_ptr(v);
    s->flags = 0; /* the text changed: nothing known */
}

Value str_new(const char *p, size_t n) {
    if (n == 0) return QV(empty);
    if (n == 1 && (uint8_t)p[0] < 0x80) {
        Value c = qstr_char_value((uint8_t)p[0]);
        if (c) return c;
        int32_t q = qstr_intern(p, 1, false);
        return q < 0 ? V_ERR : q_(q);
    }
    char *d;
    Value v = str_new_raw(n, &d);
    if (v == V_ERR) return v;
    memcpy(d, p, n);
    str_fix(v);
    return v;
}

Value str_from_cstr(const char *s) { return str_new(s, strlen(s)); }

/* builders finish through here: empty and one-char results are shared */
Value str_intern_small(Value v) {
    Str *s = v_to_ptr(v);
    if (s->len == 0) return QV(empty);
    if (s->len == 1 && (uint8_t)s->data[0] < 0x80) {
        /* s itself is not rooted: intern from a copy on the C stack */
        char c = s->data[0];
        Value cv = qstr_char_value((uint8_t)c);
        if (cv) return cv;
        int32_t q = qstr_intern(&c, 1, false);
        return q < 0 ? V_ERR : q_(q);
    }
    str_fix(v);
    return v;
}

const char *str_data(Value v, size_t *len) {
    if (v_is_qstr(v)) return qstr_str(v_to_qstr(v), len);
    if (v_is_obj(v) && obj_type_of_obj(v_to_ptr(v)) == &str_type) {
        Str *s = v_to_ptr(v);
        *len = s->len;
        return s->data;
    }
    if (v_is_obj(v) && obj_isinstance(v, &str_type)) {
        /* an instance of a str subclass: its native value is a str object
         * or an interned string */
        Value nv = inst_native(v);
        if (nv != v) return str_data(nv, len);
    }
    *len = 0;
    return NULL;
}

static size_t str_nchars(Value v) {
    if (v_is_qstr(v)) {
        size_t n;
        const char *s = qstr_str(v_to_qstr(v), &n);
        return utf8_count(s, n);
    }
    Str *s = v_to_ptr(inst_native(v));
    if (s->flags & STR_ASCII_KNOWN) {
        if (s->flags & STR_ASCII) return s->len;
        return utf8_count(s->data, s->len);
    }
    size_t n = utf8_count(s->data, s->len);
    s->flags |= (uint8_t)(STR_ASCII_KNOWN | (n == s->len ? STR_ASCII : 0));
    return n;
}

Value str_intern_value(Value s) {
    if (v_is_qstr(s)) return s;
    size_t n;
    const char *d = str_data(s, &n);
    int32_t q = qstr_intern(d, n, false);
    return q < 0 ? V_ERR : q_(q);
}

bool str_eq(Value a, Value b) {
    if (a == b) return true;
    if (v_is_qstr(a) && v_is_qstr(b)) return false;
    size_t n1, n2;
    const char *s1 = str_data(a, &n1), *s2 = str_data(b, &n2);
    return n1 == n2 && memcmp(s1, s2, n1) == 0;
}

int str_cmp(Value a, Value b) {
    size_t n1, n2;
    const char *s1 = str_data(a, &n1), *s2 = str_data(b, &n2);
    int c = memcmp(s1, s2, n1 < n2 ? n1 : n2);
    if (c) return c < 0 ? -1 : 1;
    return n1 < n2 ? -1 : n1 > n2;
}

/* decode one UTF-8 sequence (input assumed valid) */
static uint32_t utf8_get(const char *s, size_t *adv) {
    uint8_t c = (uint8_t)s[0];
    if (c < 0x80) {
        *adv = 1;
        return c;
    }
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    uint32_t cp = c & (0x3F >> n);
    for (int i = 1; i <= n; i++) cp = (cp << 6) | ((uint8_t)s[i] & 0x3F);
    *adv = (size_t)n + 1;
    return cp;
}

static int utf8_put(char *buf, uint32_t cp) {
    if (cp < 0x80) {
        buf[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        buf[0] = (char)(0xC0 | (cp >> 6));
        buf[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        buf[0] = (char)(0xE0 | (cp >> 12));
        buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (cp >> 18));
    buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

Value str_from_codepoint(uint32_t cp) {
    char buf[4];
    int n = utf8_put(buf, cp);
    return str_new(buf, (size_t)n);
}

uint32_t str_codepoint_at(const char *s, size_t *adv) { return utf8_get(s, adv); }

/* strict UTF-8 validation (no surrogates, no overlongs) */
static long utf8_invalid_at(const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint8_t c = (uint8_t)s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int k;
        uint32_t min;
        if (c >= 0xC2 && c <= 0xDF) k = 1, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF) k = 2, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4) k = 3, min = 0x10000;
        else return (long)i;
        if (i + (size_t)k >= n + 0 && i + (size_t)k > n - 1 + 1) return (long)i;
        uint32_t cp = c & (0x3F >> k);
        for (int j = 1; j <= k; j++) {
            if (i + (size_t)j >= n || ((uint8_t)s[i + j] & 0xC0) != 0x80) return (long)i;
            cp = (cp << 6) | ((uint8_t)s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return (long)i;
        i += (size_t)k + 1;
    }
    return -1;
}

Value str_decode_utf8(const char *s, size_t n) {
    long bad = utf8_invalid_at(s, n);
    if (bad >= 0)
        return exc_raise(&unicode_decode_error_type, "'utf-8' codec can't decode byte 0x%x in position %d: invalid start byte",
                         (unsigned long)(uint8_t)s[bad], bad);
    return str_new(s, n);
}

/* byte offset of code point index i (0 <= i <= nchars) */
static size_t cp_off(const char *s, size_t n, size_t nchars, size_t i) {
    if (n == nchars) return i;
    size_t off = 0;
    while (i && off < n) {
        off++;
        while (off < n && ((uint8_t)s[off] & 0xC0) == 0x80) off++;
        i--;
    }
    return off;
}

/* ---- printing ---- */

int str_print_repr(Printer *p, const char *s, size_t n, bool ascii) {
    char q = '\'';
    if (memchr(s, '\'', n) && !memchr(s, '"', n)) q = '"';
    if (pr_mem(p, &q, 1) < 0) return -1;
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && (uint8_t)s[run] >= 0x20 && (uint8_t)s[run] < 0x7F && s[run] != '\\' && s[run] != q) run++;
        if (run > i) {
            if (pr_mem(p, s + i, run - i) < 0) return -1;
            i = run;
            continue;
        }
        size_t adv;
        uint32_t c = utf8_get(s + i, &adv);
        char buf[12];
        const char *out = buf;
        size_t on = 2;
        buf[0] = '\\';
        if (c == '\\' || c == (uint32_t)q) buf[1] = (char)c;
        else if (c == '\n') buf[1] = 'n';
        else if (c == '\r') buf[1] = 'r';
        else if (c == '\t') buf[1] = 't';
        else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || (ascii && c >= 0x80)) {
            static const char hx[] = "0123456789abcdef";
            int w = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            buf[1] = w == 2 ? 'x' : w == 4 ? 'u' : 'U';
            for (int k = 0; k < w; k++) buf[2 + k] = hx[(c >> (4 * (w - 1 - k))) & 15];
            on = (size_t)w + 2;
        } else {
            out = s + i;
            on = adv;
        }
        if (pr_mem(p, out, on) < 0) return -1;
        i += adv;
    }
    return pr_mem(p, &q, 1);
}

static int str_print(Printer *p, Value v, bool repr) {
    size_t n;
    const char *s = str_data(v, &n);
    if (!repr) return pr_mem(p, s, n);
    return str_print_repr(p, s, n, false);
}

/* ---- shared text engine (str, bytes, bytearray) ---- */

typedef struct Txt {
    const char *s;
    size_t n;
    const Type *t; /* str_type, bytes_type or bytearray_type: result type */
} Txt;

static bool is_bytes_like(Value v) { return obj_isinstance(v, &bytes_type) || obj_isinstance(v, &bytearray_type); }

static Value mk(const Type *t, const char *s, size_t n) {
    if (t == &str_type) return str_new(s, n);
    if (t == &bytearray_type) return bytearray_new(s, n);
    return bytes_new(s, n);
}

/* The text behind self (v[0]).  A bytearray is first copied into bytes so
 * the data cannot move while results are being allocated; the copy is
 * written back into a.v[0]'s slot?  No: args are read-only views, so the
 * copy is rooted with gc_push and the caller pops it (returns 1 push). */
static int txt_get(Value v, Txt *t, int *pushed) {
    v = inst_native(v);
    if (v_is_qstr(v) || obj_is(v, &str_type)) {
        t->s = str_data(v, &t->n);
        t->t = &str_type;
        return 0;
    }
    if (obj_is(v, &bytes_type)) {
        t->s = (const char *)bytes_data(v, &t->n);
        t->t = &bytes_type;
        return 0;
    }
    if (obj_is(v, &bytearray_type)) {
        size_t n;
        bytes_data(v, &n);
        Value c = bytes_new(NULL, n);
        if (c == V_ERR) return -1;
        const uint8_t *src = bytes_data(v, &n); /* re-derive after allocation */
        uint8_t *dst = (uint8_t *)bytes_data(c, NULL);
        memcpy(dst, src, n);
        root_push(v_to_ptr(c));
        (*pushed)++;
        t->s = (const char *)dst;
        t->n = n;
        t->t = &bytearray_type;
        return 0;
    }
    return -1;
}

/* an argument of the same kind as self ("must be str, not int") */
static int txt_arg(Value v, const Txt *self, Txt *t, int *pushed) {
    bool want_str = self->t == &str_type;
    if (want_str ? !str_is(v) : !is_bytes_like(v)) {
        if (want_str)
            exc_raise(&type_error_type, "must be str, not %s", obj_type_name(v));
        else
            exc_raise(&type_error_type, "a bytes-like object is required, not '%s'", obj_type_name(v));
        return -1;
    }
    return txt_get(v, t, pushed) < 0 ? -1 : 0;
}

static bool is_str_t(const Txt *t) { return t->t == &str_type; }

/* optional start/end arguments at a.v[i], a.v[i+1] as byte offsets */
static int range_args(ArgVec a, int i, const Txt *t, size_t *start, size_t *end) {
    size_t len = is_str_t(t) ? utf8_count(t->s, t->n) : t->n;
    intptr_t st = 0, en = (intptr_t)len;
    if (a.n > i && a.v[i] != V_NONE && int_get(a.v[i], &st) < 0) return -1;
    if (a.n > i + 1 && a.v[i + 1] != V_NONE && int_get(a.v[i + 1], &en) < 0) return -1;
    if (st < 0) st += (intptr_t)len;
    if (st < 0) st = 0;
    if (en < 0) en += (intptr_t)len;
    if (en < 0) en = 0;
    if (en > (intptr_t)len) en = (intptr_t)len;
    if (st > (intptr_t)len) {
        /* empty range beyond the end: callers see start > end */
        *start = t->n + 1;
        *end = t->n;
        return 0;
    }
    if (is_str_t(t)) {
        *start = cp_off(t->s, t->n, len, (size_t)st);
        *end = cp_off(t->s, t->n, len, (size_t)(en < st ? st : en));
        if (en < st) *end = *start - (*start > 0), *start = *end + 1;
    } else {
        *start = (size_t)st;
        *end = (size_t)en;
        if (en < st) *start = (size_t)en + 1;
    }
    return 0;
}

static const char *memfind(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn == 0) return h;
    if (nn > hn) return NULL;
    for (size_t i = 0; i + nn <= hn; i++)
        if (h[i] == n[0] && memcmp(h + i, n, nn) == 0) return h + i;
    return NULL;
}

static const char *memrfind(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn > hn) return NULL;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (memcmp(h + i, n, nn) == 0) return h + i;
    return NULL;
}

/* result index as a Python index (code points for str) */
static Value txt_index(const Txt *t, const char *at) {
    size_t off = (size_t)(at - t->s);
    return v_from_int((intptr_t)(is_str_t(t) ? utf8_count(t->s, off) : off));
}

/* find / rfind / index / rindex / count share this; kind: 0 find, 1 rfind,
 * 2 index, 3 rindex, 4 count */
static Value txt_search(ArgVec a, int kind) {
    static const char *const names[] = {"find", "rfind", "index", "rindex", "count"};
    if (arg_check(a, 2, 4, names[kind]) < 0) return V_ERR;
    int pushed = 0;
    Txt t, sub;
    Value r = V_ERR;
    if (txt_get(a.v[0], &t, &pushed) < 0) goto out;
    if (!is_str_t(&t) && v_is_int(a.v[1])) {
        intptr_t b = v_to_int(a.v[1]);
        if (b < 0 || b > 255) {
            r = exc_raise(&value_error_type, "byte must be in range(0, 256)");
            goto out;
        }
        static char bytes1[256];
        bytes1[b] = (char)b;
        sub.s = &bytes1[b];
        sub.n = 1;
        sub.t = t.t;
    } else if (txt_arg(a.v[1], &t, &sub, &pushed) < 0) {
        goto out;
    }
    size_t st, en;
    if (range_args(a, 2, &t, &st, &en) < 0) goto out;
    if (st > en) {
        r = kind == 4 ? v_from_int(0) : kind >= 2 ? V_NULL : v_from_int(-1);
    } else if (kind == 4) {
        intptr_t c = 0;
        if (sub.n == 0) {
            c = (intptr_t)(is_str_t(&t) ? utf8_count(t.s + st, en - st) : en - st) + 1;
        } else {
            const char *p = t.s + st, *e = t.s + en;
            while ((p = memfind(p, (size_t)(e - p), sub.s, sub.n)) != NULL) {
                c++;
                p += sub.n;
            }
        }
        r = v_from_int(c);
    } else {
        const char *at = (kind & 1) ? memrfind(t.s + st, en - st, sub.s, sub.n) : memfind(t.s + st, en - st, sub.s, sub.n);
        r = at ? txt_index(&t, at) : kind >= 2 ? V_NULL : v_from_int(-1);
    }
    if (r == V_NULL) r = exc_raise(&value_error_type, is_str_t(&t) ? "substring not found" : "subsection not found");
out:
    root_pop(pushed);
    return r;
}

Value str_find(ArgVec a) { return txt_search(a, 0); }
Value str_rfind(ArgVec a) { return txt_search(a, 1); }
Value str_index(ArgVec a) { return txt_search(a, 2); }
Value str_rindex(ArgVec a) { return txt_search(a, 3); }
Value str_count(ArgVec a) { return txt_search(a, 4); }

static Value txt_startsend(ArgVec a, bool end) {
    if (arg_check(a, 2, 4, end ? "endswith" : "startswith") < 0) return V_ERR;
    int pushed = 0;
    Txt t;
    Value r = V_ERR;
    if (txt_get(a.v[0], &t, &pushed) < 0) goto out;
    size_t st, en;
    if (range_args(a, 2, &t, &st, &en) < 0) goto out;
    Value pre = a.v[1];
    size_t np = 1;
    const Value *pv = &pre;
    if (obj_is(pre, &tuple_type)) {
        np = tuple_p(pre)->len;
        pv = tuple_p(pre)->items;
    } else if (is_str_t(&t) ? !str_is(pre) : !is_bytes_like(pre)) {
        r = exc_raise(&type_error_type, "%s first arg must be %s or a tuple of %s, not %s", end ? "endswith" : "startswith",
                      is_str_t(&t) ? "str" : "bytes", is_str_t(&t) ? "str" : "bytes", obj_type_name(pre));
        goto out;
    }
    r = V_FALSE;
    for (size_t i = 0; i < np; i++) {
        Txt p;
        if (txt_arg(pv[i], &t, &p, &pushed) < 0) {
            r = V_ERR;
            goto out;
        }
        if (st > en || p.n > en - st) continue;
        if (memcmp(end ? t.s + en - p.n : t.s + st, p.s, p.n) == 0) {
            r = V_TRUE;
            break;
        }
    }
out:
    root_pop(pushed);
    return r;
}
Value str_startswith(ArgVec a) { return txt_startsend(a, false); }
Value str_endswith(ArgVec a) { return txt_startsend(a, true); }

static bool is_ws(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x1f'; }

/* strip: which 1 left, 2 right, 3 both */
static Value txt_strip(ArgVec a, int which) {
    if (arg_check(a, 1, 2, which == 3 ? "strip" : which == 1 ? "lstrip" : "rstrip") < 0) return V_ERR;
    int pushed = 0;
    Txt t, ch = {NULL, 0, NULL};
    Value r = V_ERR;
    if (txt_get(a.v[0], &t, &pushed) < 0) goto out;
    bool have = a.n > 1 && a.v[1] != V_NONE;
    if (have && txt_arg(a.v[1], &t, &ch, &pushed) < 0) goto out;
    size_t i = 0, j = t.n;
    if (have && is_str_t(&t)) {
        /* whole characters: a character's UTF-8 bytes found in valid UTF-8
         * text are always a whole character there (self-synchronising) */
        while (i < j) {
            size_t k = i + 1;
            while (k < j && ((uint8_t)t.s[k] & 0xC0) == 0x80) k++;
            if (!(which & 1) || !memfind(ch.s, ch.n, t.s + i, k - i)) break;
            i = k;
        }
        while (j > i && (which & 2)) {
            size_t k = j - 1;
            while (k > i && ((uint8_t)t.s[k] & 0xC0) == 0x80) k--;
            if (!memfind(ch.s, ch.n, t.s + k, j - k)) break;
            j = k;
        }
    } else {
        if (which & 1)
            while (i < j && (have ? memchr(ch.s, t.s[i], ch.n) != NULL : is_ws(t.s[i]))) i++;
        if (which & 2)
            while (j > i && (have ? memchr(ch.s, t.s[j - 1], ch.n) != NULL : is_ws(t.s[j - 1]))) j--;
    }
    if (i == 0 && j == t.n && t.t != &bytearray_type) r = inst_native(a.v[0]);
    else r = mk(t.t, t.s + i, j - i);
out:
    root_pop(pushed);
    return r;
}
Value str_strip(ArgVec a) { return txt_strip(a, 3); }
Value str_lstrip(ArgVec a) { return txt_strip(a, 1); }
Value str_rstrip(ArgVec a) { return txt_strip(a, 2); }

static Value txt_split(ArgVec a, bool right) {
    const char *fname = right ? "rsplit" : "split";
    if (a.n > 3) return exc_raise(&type_error_type, "%s() takes at most 2 arguments (%d given)", fname, (long)a.n - 1);
    int pushed = 0;
    Txt t, sep = {NULL, 0, NULL};
    Value r = V_ERR, list = V_ERR;
    if (txt_get(a.v[0], &t, &pushed) < 0) goto out;
    Value sepv = a.n > 1 ? a.v[1] : arg_kw(a, Q_sep);
    Value maxv = a.n > 2 ? a.v[2] : arg_kw(a, Q_maxsplit);
    intptr_t max = -1;
    if (maxv != V_NULL && int_get(maxv, &max) < 0) goto out;
    bool have = sepv != V_NULL && sepv != V_NONE;
    if (have) {
        if (txt_arg(sepv, &t, &sep, &pushed) < 0) goto out;
        if (sep.n == 0) {
            r = exc_raise(&value_error_type, "empty separator");
            goto out;
        }
    }
    list = list_new(0, NULL);
    if (list == V_ERR) goto out;
    root_push(v_to_ptr(list));
    pushed++;
    if (!right) {
        size_t i = 0;
        for (;;) {
            size_t s0, e0;
            if (!have) {
                while (i < t.n && is_ws(t.s[i])) i++;
                if (i == t.n) break;
                s0 = i;
                if (max == 0) {
                    /* the rest, trailing whitespace included (CPython) */
                    e0 = t.n;
                    i = t.n;
                } else {
                    while (i < t.n && !is_ws(t.s[i])) i++;
                    e0 = i;
                }
            } else {
                s0 = i;
                const char *f = max == 0 ? NULL : memfind(t.s + i, t.n - i, sep.s, sep.n);
                e0 = f ? (size_t)(f - t.s) : t.n;
                i = f ? e0 + sep.n : t.n + 1;
            }
            Value part = mk(t.t, t.s + s0, e0 - s0);
            if (part == V_ERR || list_append(list, part) < 0) goto out;
            if (max > 0) max--;
            if (have && i > t.n) break;
        }
    } else {
        size_t j = t.n;
        for (;;) {
            size_t s0, e0;
            if (!have) {
                while (j > 0 && is_ws(t.s[j - 1])) j--;
                if (j == 0) break;
                e0 = j;
                if (max == 0) {
                    s0 = 0;
                    j = 0;
                } else {
                    while (j > 0 && !is_ws(t.s[j - 1])) j--;
                    s0 = j;
                }
            } else {
                e0 = j;
                const char *f = max == 0 ? NULL : memrfind(t.s, j, sep.s, sep.n);
                s0 = f ? (size_t)(f - t.s) + sep.n : 0;
                j = f ? (size_t)(f - t.s) : 0;
                if (!f) max = -2; /* done after this part */
            }
            Value part = mk(t.t, t.s + s0, e0 - s0);
            if (part == V_ERR || list_append(list, part) < 0) goto out;
            if (max == -2) break;
            if (max > 0) max--;
        }
        /* reverse in place */
        Value *it = list_items(list);
        size_t n = list_p(list)->len;
        for (size_t k = 0; k < n / 2; k++) {
            Value x = it[k];
            it[k] = it[n - 1 - k];
            it[n - 1 - k] = x;
        }
    }
    r = list;
out:
    root_pop(pushed);
    return r;
}
Value str_split(ArgVec a) { return txt_split(a, false); }
Value str_rsplit(ArgVec a) { return txt_split(a, true); }

Value str_splitlines(ArgVec a) {
    int pushed = 0;
    Txt t;
    Value r = V_ERR;
    if (txt_get(a.v[0], &t, &pushed) < 0) goto out;
    Value kv = a.n > 1 ? a.v[1] : arg_kw(a, Q_keepends);
    int keep = kv == V_NULL ? 0 : obj_truth(kv);
    if (keep < 0) goto out;
    Value list = list_new(0, NULL);
    if (list == V_ERR) goto out;
    root_push(v_to_ptr(list));
    pushed++;
    size_t i = 0;
    while (i < t.n) {
        size_t s0 = i;
        while (i < t.n && t.s[i] != '\n' && t.s[i] != '\r') i++;
        size_t e0 = i;
        if (i < t.n) {
            if (t.s[i] == '\r' && i + 1 < t.n && t.s[i + 1] == '\n') i++;
            i++;
        }
        Value part = mk(t.t, t.s + s0, (keep ? i : e0) - s0);
        if (part == V_ERR || list_append(list, part) < 0) goto out;
    }
    r = list;
out:
    root_pop(pushed);
    return r;
}

Value str_join(Value sep, Value iterable) {
    int pushed = 0;
    Txt t;
    Value r = V_ERR;
    if (txt_get(sep, &t, &pushed) < 0) return V_ERR;
    /* materialise the items as a list first (it may be a generator) */
    Value items = iterable;
    if (!obj_is(items, &list_type) && !obj_is(items, &tuple_type)) {
        items = list_from_iter(iterable);
        if (items == V_ERR) goto out;
    }
    root_push(v_to_ptr(items));
    pushed++;
    size_t n = obj_is(items, &list_type) ? list_p(items)->len : tuple_p(items)->len;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        Value x = obj_is(items, &list_type) ? list_items(items)[i] : tuple_p(items)->items[i];
        size_t xn;
        if (is_str_t(&t)) {
            if (!str_data(x, &xn)) {
                r = exc_raise(&type_error_type, "sequence item %d: expected str instance, %s found", (long)i, obj_type_name(x));
                goto out;
            }
        } else {
            if (!is_bytes_like(x)) {
                r = exc_raise(&type_error_type, "sequence item %d: expected a bytes-like object, %s found", (long)i,
                              obj_type_name(x));
                goto out;
            }
            bytes_data(x, &xn);
        }
        total += xn + (i ? t.n : 0);
    }
    Value res;
    char *d;
    if (is_str_t(&t)) {
        if (n == 1) {
            r = list_p(items) && obj_is(items, &list_type) ? list_items(items)[0] : tuple_p(items)->items[0];
            if (v_is_qstr(r) || obj_is(r, &str_type)) goto out;
        }
        res = str_new_raw(total, &d);
    } else {
        res = t.t == &bytearray_type ? bytearray_new(NULL, total) : bytes_new(NULL, total);
        d = res == V_ERR ? NULL : (char *)bytes_data(res, NULL);
    }
    if (res == V_ERR) goto out;
    /* no allocation below: bytearray items are read in place */
    for (size_t i = 0; i < n; i++) {
        Value x = obj_is(items, &list_type) ? list_items(items)[i] : tuple_p(items)->items[i];
        size_t xn;
        const char *xs = is_str_t(&t) ? str_data(x, &xn) : (const char *)bytes_data(x, &xn);
        if (i) {
            memcpy(d, t.s, t.n);
            d += t.n;
        }
        memcpy(d, xs, xn);
        d += xn;
    }
    if (is_str_t(&t)) res = str_intern_small(res);
    r = res;
out:
    root_pop(pushed);
    return r;
}

Value str_join_m(ArgVec a) {
    if (arg_check(a, 2, 2, "join") < 0) return V_ERR;
    return str_join(a.v[0], a.v[1]);
}

Value str_replace(ArgVec a) {
    if (arg_check(a, 3, 4, "replace") < 0) return V_ERR;
    int pushed = 0;
    Txt t, o, nw;
    Value r = V_ERR;
    if (txt_get(a.v[0], &t, &pushed) < 0 || txt_arg(a.v[1], &t, &o, &pushed) < 0 || txt_arg(a.v[2], &t, &nw, &pushed) < 0)
        goto out;
    intptr_t max = -1;
    if (a.n > 3 && int_get(a.v[3], &max) < 0) goto out;
    SB sb;
    if (sb_init(&sb) < 0) goto out;
    size_t i = 0;
    if (o.n == 0) {
        /* insert before every character and at the end */
        while (max != 0) {
            if (pr_mem(&sb.p, nw.s, nw.n) < 0) goto fail;
            if (max > 0) max--;
            if (i >= t.n) break;
            size_t adv = 1;
            if (is_str_t(&t)) utf8_get(t.s + i, &adv);
            if (pr_mem(&sb.p, t.s + i, adv) < 0) goto fail;
            i += adv;
        }
    } else {
        while (max != 0) {
            const char *f = memfind(t.s + i, t.n - i, o.s, o.n);
            if (!f) break;
            if (pr_mem(&sb.p, t.s + i, (size_t)(f - t.s) - i) < 0 || pr_mem(&sb.p, nw.s, nw.n) < 0) goto fail;
            i = (size_t)(f - t.s) + o.n;
            if (max > 0) max--;
        }
    }
    if (pr_mem(&sb.p, t.s + i, t.n - i) < 0) goto fail;
    r = is_str_t(&t) ? sb_finish(&sb) : sb_finish_bytes(&sb, t.t);
    goto out;
fail:
    sb_abandon(&sb);
out:
    root_pop(pushed);
    return r;
}

static Value txt_partition(ArgVec a, bool right) {
    if (arg_check(a, 2, 2, right ? "rpartition" : "partition") < 0) return V_ERR;
    int pushed = 0;
    Txt t, sep;
    Value r = V_ERR;
    if (txt_get(a.v[0], &t, &pushed) < 0 || txt_arg(a.v[1], &t, &sep, &pushed) < 0) goto out;
    if (sep.n == 0) {
        r = exc_raise(&value_error_type, "empty separator");
        goto out;
    }
    const char *f = right ? memrfind(t.s, t.n, sep.s, sep.n) : memfind(t.s, t.n, sep.s, sep.n);
    Value parts[3];
    Value tup = tuple_new(3, NULL);
    if (tup == V_ERR) goto out;
    root_push(v_to_ptr(tup));
    pushed++;
    for (int k = 0; k < 3; k++) tuple_p(tup)->items[k] = QV(empty);
    if (!f) {
        parts[0] = mk(t.t, t.s, t.n);
        if (parts[0] == V_ERR) goto out;
        tuple_p(tup)->items[right ? 2 : 0] = parts[0];
        Value e = mk(t.t, "", 0);
        if (e == V_ERR) goto out;
        tuple_p(tup)->items[right ? 0 : 2] = e;
        tuple_p(tup)->items[1] = e;
    } else {
        size_t off = (size_t)(f - t.s);
        const char *ps[3] = {t.s, sep.s, f + sep.n};
        size_t ns[3] = {off, sep.n, t.n - off - sep.n};
        for (int k = 0; k < 3; k++) {
            Value v = mk(t.t, ps[k], ns[k]);
            if (v == V_ERR) goto out;
            tuple_p(tup)->items[k] = v;
        }
    }
    r = tup;
out:
    root_pop(pushed);
    return r;
}
Value str_partition(ArgVec a) { return txt_partition(a, false); }
Value str_rpartition(ArgVec a) { return txt_partition(a, true); }

static bool has_non_ascii(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if ((uint8_t)s[i] >= 0x80) return true;
    return false;
}

static bool uni_cased(uint32_t cp) { return uni_is_upper(cp) || uni_is_lower(cp); }

/* txt_case for a str with non-ASCII text (the result may differ in length:
 * sharp s becomes "SS").  Case by unicode.c; CPython's final-sigma rule
 * approximated: a capital sigma after a cased letter and not before one
 * becomes the final form. */
static Value uni_case(const Txt *t, int mode) {
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    bool prev_cased = false, first = true;
    for (size_t i = 0; i < t->n;) {
        size_t adv;
        uint32_t cp = utf8_get(t->s + i, &adv), out = cp;
        bool up;
        switch (mode) {
        case 0: up = true; break;
        case 2: up = uni_is_lower(cp); break;
        case 3: up = !prev_cased; break;
        case 4: up = first; break;
        default: up = false; break; /* lower, casefold */
        }
        const char *special = NULL;
        if (up) {
            if (cp == 0xDF) special = mode >= 3 ? "Ss" : "SS";
            else if (cp == 0x149) special = "\xca\xbcN";                   /* modifier apostrophe, N */
            else if (cp == 0x587) special = mode >= 3 ? "\xd4\xb5\xd6\x82" : "\xd4\xb5\xd5\x92"; /* Ech + yiwn / YIWN */
            else out = uni_upper(cp);
        } else if (mode != 2 || uni_is_upper(cp)) {
            if (cp == 0x130) special = "i\xcc\x87"; /* i, combining dot above */
            else if (mode == 5 && cp == 0xDF) special = "ss";
            else if (mode == 5 && cp == 0x149) special = "\xca\xbcn";
            else if (mode == 5 && cp == 0x587) special = "\xd5\xa5\xd6\x82"; /* ech, yiwn */
            else if (cp == 0x3A3 || (mode == 5 && cp == 0x3C2)) {
                size_t adv2;
                bool next_cased = i + adv < t->n && uni_cased(utf8_get(t->s + i + adv, &adv2));
                out = mode != 5 && prev_cased && !next_cased ? 0x3C2 : 0x3C3;
            } else if (mode == 5 && (cp == 0xB5 || cp == 0x17F)) {
                out = cp == 0xB5 ? 0x3BC : 's';
            } else {
                out = uni_lower(cp);
            }
        }
        char buf[4];
        int r = special ? pr_str(&sb.p, special) : pr_mem(&sb.p, buf, (size_t)utf8_put(buf, out));
        if (r < 0) {
            sb_abandon(&sb);
            return V_ERR;
        }
        prev_cased = uni_cased(cp);
        first = false;
        i += adv;
    }
    return sb_finish(&sb);
}

/* case mapping; ASCII text here, other str text in uni_case.
 * mode: 0 upper, 1 lower, 2 swapcase, 3 title, 4 capitalize, 5 casefold */
static Value txt_case(ArgVec a, int mode) {
    int pushed = 0;
    Txt t;
    if (txt_get(a.v[0], &t, &pushed) < 0) return V_ERR;
    if (is_str_t(&t) && has_non_ascii(t.s, t.n)) {
        Value r = uni_case(&t, mode);
        root_pop(pushed);
        return r;
    }
    Value r = mk(t.t, t.s, t.n);
    if (r != V_ERR) {
        char *d;
        if (is_str_t(&t)) {
            size_t n;
            d = (char *)str_data(r, &n);
            if (n == 0) {
                root_pop(pushed);
                return r;
            }
            if (v_is_qstr(r)) {
                /* a one-char qstr: build a new one */
                char c = d[0];
                bool up = mode == 0 || mode == 3 || mode == 4 || (mode == 2 && c >= 'a' && c <= 'z');
                if (up && c >= 'a' && c <= 'z') c = (char)(c - 32);
                else if (!up && c >= 'A' && c <= 'Z') c = (char)(c + 32);
                root_pop(pushed);
                return str_new(&c, 1);
            }
        } else {
            d = (char *)bytes_data(r, NULL);
        }
        bool prev_cased = false;
        for (size_t i = 0; i < t.n; i++) {
            char c = d[i];
            bool lo = c >= 'a' && c <= 'z', hi = c >= 'A' && c <= 'Z';
            bool up;
            switch (mode) {
            case 0: up = true; break;
            case 1: up = false; break;
            case 2: up = lo; break;
            case 3: up = !prev_cased; break;
            case 4: up = i == 0; break;
            default: up = false; break; /* casefold */
            }
            if (up && lo) c = (char)(c - 32);
            else if (!up && hi) c = (char)(c + 32);
            else if ((lo || hi) == false && mode == 2) {}
            d[i] = c;
            prev_cased = lo || hi;
        }
    }
    root_pop(pushed);
    return r;
}
Value str_upper(ArgVec a) { return txt_case(a, 0); }
Value str_lower(ArgVec a) { return txt_case(a, 1); }
Value str_swapcase(ArgVec a) { return txt_case(a, 2); }
Value str_title(ArgVec a) { return txt_case(a, 3); }
Value str_capitalize(ArgVec a) { return txt_case(a, 4); }
Value str_casefold(ArgVec a) { return txt_case(a, 5); }

/* predicates: mode 0 digit, 1 alpha, 2 space, 3 upper, 4 lower, 5 alnum,
 * 6 ascii, 7 identifier, 8 title, 9 printable */
static Value txt_is(ArgVec a, int mode) {
    int pushed = 0;
    Txt t;
    if (txt_get(a.v[0], &t, &pushed) < 0) return V_ERR;
    root_pop(pushed);
    if (t.n == 0) return v_from_bool(mode == 6 || mode == 9);
    bool cased = false, prev_cased = false, title_ok = true;
    size_t adv = 1;
    for (size_t i = 0; i < t.n; i += adv) {
        uint32_t c = (uint8_t)t.s[i];
        bool d = c >= '0' && c <= '9', lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
        adv = 1;
        if (c >= 0x80 && is_str_t(&t)) {
            /* a code point: cased by unicode.c's tables */
            c = utf8_get(t.s + i, &adv);
            lo = uni_is_lower(c);
            up = uni_is_upper(c);
            if (mode == 9 && (c <= 0xA0 || c == 0xAD)) return V_FALSE; /* C1 controls, no-break space, soft hyphen */
        }
        bool al = lo || up || (c >= 0x80 && is_str_t(&t));
        switch (mode) {
        case 0: if (!d) return V_FALSE; break;
        case 1: if (!al) return V_FALSE; break;
        case 2: if (!is_ws((char)c)) return V_FALSE; break;
        case 3: if (lo) return V_FALSE; cased |= up; break;
        case 4: if (up) return V_FALSE; cased |= lo; break;
        case 5: if (!al && !d) return V_FALSE; break;
        case 6: if (c >= 0x80) return V_FALSE; break;
        case 7: if (!(al || c == '_' || (d && i > 0))) return V_FALSE; break;
        case 8:
            if (up && prev_cased) title_ok = false;
            if (lo && !prev_cased) title_ok = false;
            cased |= up;
            prev_cased = up || lo;
            break;
        case 9: if (c < 0x20 || c == 0x7F) return V_FALSE; break;
        }
    }
    if (mode == 3 || mode == 4) return v_from_bool(cased);
    if (mode == 8) return v_from_bool(cased && title_ok);
    return V_TRUE;
}
Value str_isdigit(ArgVec a) { return txt_is(a, 0); }
Value str_isalpha(ArgVec a) { return txt_is(a, 1); }
Value str_isspace(ArgVec a) { return txt_is(a, 2); }
Value str_isupper(ArgVec a) { return txt_is(a, 3); }
Value str_islower(ArgVec a) { return txt_is(a, 4); }
Value str_isalnum(ArgVec a) { return txt_is(a, 5); }
Value str_isascii(ArgVec a) { return txt_is(a, 6); }
Value str_isidentifier(ArgVec a) { return txt_is(a, 7); }
Value str_istitle(ArgVec a) { return txt_is(a, 8); }
Value str_isprintable(ArgVec a) { return txt_is(a, 9); }

/* padding: mode 0 ljust, 1 rjust, 2 center, 3 zfill */
static Value txt_pad(ArgVec a, int mode) {
    static const char *const names[] = {"ljust", "rjust", "center", "zfill"};
    if (arg_check(a, 2, mode == 3 ? 2 : 3, names[mode]) < 0) return V_ERR;
    int pushed = 0;
    Txt t;
    Value r = V_ERR;
    if (txt_get(a.v[0], &t, &pushed) < 0) goto out;
    intptr_t width;
    if (int_get(a.v[1], &width) < 0) goto out;
    const char *fill = " ";
    size_t fn = 1;
    if (a.n > 2) {
        Txt f;
        if (txt_arg(a.v[2], &t, &f, &pushed) < 0) goto out;
        if ((is_str_t(&t) ? utf8_count(f.s, f.n) : f.n) != 1) {
            r = exc_raise(&type_error_type, "The fill character must be exactly one character long");
            goto out;
        }
        fill = f.s;
        fn = f.n;
    }
    size_t len = is_str_t(&t) ? utf8_count(t.s, t.n) : t.n;
    if ((intptr_t)len >= width) {
        r = t.t == &bytearray_type ? mk(t.t, t.s, t.n) : inst_native(a.v[0]);
        goto out;
    }
    size_t pad = (size_t)width - len, left;
    if (mode == 0) left = 0;
    else if (mode == 1 || mode == 3) left = pad;
    else left = pad / 2 + (pad & width & 1);
    SB sb;
    if (sb_init(&sb) < 0) goto out;
    size_t i = 0;
    if (mode == 3) {
        fill = "0";
        if (t.n && (t.s[0] == '+' || t.s[0] == '-')) {
            if (pr_mem(&sb.p, t.s, 1) < 0) goto fail;
            i = 1;
        }
    }
    for (size_t k = 0; k < left; k++)
        if (pr_mem(&sb.p, fill, fn) < 0) goto fail;
    if (pr_mem(&sb.p, t.s + i, t.n - i) < 0) goto fail;
    for (size_t k = left; k < pad; k++)
        if (pr_mem(&sb.p, fill, fn) < 0) goto fail;
    r = is_str_t(&t) ? sb_finish(&sb) : sb_finish_bytes(&sb, t.t);
    goto out;
fail:
    sb_abandon(&sb);
out:
    root_pop(pushed);
    return r;
}
Value str_ljust(ArgVec a) { return txt_pad(a, 0); }
Value str_rjust(ArgVec a) { return txt_pad(a, 1); }
Value str_center(ArgVec a) { return txt_pad(a, 2); }
Value str_zfill(ArgVec a) { return txt_pad(a, 3); }

static Value txt_remove(ArgVec a, bool suffix) {
    if (arg_check(a, 2, 2, suffix ? "removesuffix" : "removeprefix") < 0) return V_ERR;
    int pushed = 0;
    Txt t, p;
    Value r = V_ERR;
    if (txt_get(a.v[0], &t, &pushed) < 0 || txt_arg(a.v[1], &t, &p, &pushed) < 0) goto out;
    if (p.n && p.n <= t.n && !memcmp(suffix ? t.s + t.n - p.n : t.s, p.s, p.n))
        r = mk(t.t, suffix ? t.s : t.s + p.n, t.n - p.n);
    else
        r = t.t == &bytearray_type ? mk(t.t, t.s, t.n) : inst_native(a.v[0]);
out:
    root_pop(pushed);
    return r;
}
Value str_removeprefix(ArgVec a) { return txt_remove(a, false); }
Value str_removesuffix(ArgVec a) { return txt_remove(a, true); }

Value str_expandtabs(ArgVec a) {
    int pushed = 0;
    Txt t;
    Value r = V_ERR;
    if (txt_get(a.v[0], &t, &pushed) < 0) goto out;
    intptr_t ts = 8;
    Value tv = a.n > 1 ? a.v[1] : V_NULL;
    if (tv != V_NULL && int_get(tv, &ts) < 0) goto out;
    SB sb;
    if (sb_init(&sb) < 0) goto out;
    size_t col = 0;
    for (size_t i = 0; i < t.n; i++) {
        char c = t.s[i];
        if (c == '\t') {
            if (ts > 0) {
                size_t sp = (size_t)ts - col % (size_t)ts;
                for (size_t k = 0; k < sp; k++)
                    if (pr_mem(&sb.p, " ", 1) < 0) goto fail;
                col += sp;
            }
        } else {
            if (pr_mem(&sb.p, &c, 1) < 0) goto fail;
            col = (c == '\n' || c == '\r') ? 0 : col + (((uint8_t)c & 0xC0) != 0x80);
        }
    }
    r = is_str_t(&t) ? sb_finish(&sb) : sb_finish_bytes(&sb, t.t);
    goto out;
fail:
    sb_abandon(&sb);
out:
    root_pop(pushed);
    return r;
}

Value str_encode(ArgVec a) {
    size_t n;
    const char *s = str_data(a.v[0], &n);
    return bytes_new(s, n);
}

Value str_format_m(ArgVec a) { return str_format_method(a); }

Value str_format_map(ArgVec a) {
    if (arg_check(a, 2, 2, "format_map") < 0) return V_ERR;
    Value v[2] = {a.v[0], a.v[1]};
    /* format_map(m) == format(**m) for mappings with str keys */
    (void)v;
    return exc_raise(&not_implemented_error_type, "format_map");
}

/* ---- slots ---- */

static Value str_hash(Value v) {
    if (v_is_qstr(v)) return v_from_int((intptr_t)qstr_hash(v_to_qstr(v)));
    Str *s = v_to_ptr(inst_native(v));
    if (!(s->flags & STR_HASHED)) {
        s->hash = (uint16_t)str_hash_bytes(s->data, s->len);
        s->flags |= STR_HASHED;
    }
    return v_from_int((intptr_t)s->hash);
}

static Value str_unop(int op, Value v) {
    switch (op) {
    case UN_BOOL: {
        size_t n;
        str_data(v, &n);
        return v_from_bool(n != 0);
    }
    case UN_LEN: return v_from_int((intptr_t)str_nchars(v));
    case UN_HASH: return str_hash(v);
    default: return V_NOTIMPL;
    }
}

static Value seq_repeat_count(Value n, intptr_t *out) {
    if (!int_is(n)) return V_NOTIMPL;
    if (int_get_count(n, out) < 0) return V_ERR;
    if (*out < 0) *out = 0;
    return V_NONE;
}

static Value str_binop(int op, Value a, Value b) {
    int base = op & 0x1F;
    bool refl = op & OPR_REFLECTED;
    if (base == OPR_MOD && !refl) return str_format_percent(a, b);
    if (base == OPR_MUL) {
        Value s = refl ? b : a, nv = refl ? a : b;
        intptr_t n;
        Value c = seq_repeat_count(nv, &n);
        if (c != V_NONE) return c;
        size_t len;
        str_data(s, &len);
        if (n == 0 || len == 0) return QV(empty);
        if (n == 1) return s;
        if ((size_t)n > (SIZE_MAX / 2) / len) return exc_raise_no_mem();
        char *d;
        Value r = str_new_raw(len * (size_t)n, &d);
        if (r == V_ERR) return r;
        const char *src = str_data(s, &len);
        for (intptr_t i = 0; i < n; i++) memcpy(d + (size_t)i * len, src, len);
        return str_intern_small(r);
    }
    if (refl || !str_is(b)) {
        if (base == OPR_CONTAINS && !refl)
            return exc_raise(&type_error_type, "'in <string>' requires string as left operand, not %s", obj_type_name(b));
        return V_NOTIMPL;
    }
    switch (base) {
    case OPR_ADD: {
        size_t n1, n2;
        str_data(a, &n1);
        str_data(b, &n2);
        if (n1 == 0) return b;
        if (n2 == 0) return a;
        char *d;
        Value r = str_new_raw(n1 + n2, &d);
        if (r == V_ERR) return r;
        const char *s1 = str_data(a, &n1), *s2 = str_data(b, &n2);
        memcpy(d, s1, n1);
        memcpy(d + n1, s2, n2);
        return r;
    }
    case OPR_EQ: return v_from_bool(str_eq(a, b));
    case OPR_NE: return v_from_bool(!str_eq(a, b));
    case OPR_LT: return v_from_bool(str_cmp(a, b) < 0);
    case OPR_LE: return v_from_bool(str_cmp(a, b) <= 0);
    case OPR_GT: return v_from_bool(str_cmp(a, b) > 0);
    case OPR_GE: return v_from_bool(str_cmp(a, b) >= 0);
    case OPR_CONTAINS: {
        size_t n1, n2;
        const char *s1 = str_data(a, &n1), *s2 = str_data(b, &n2);
        return v_from_bool(memfind(s1, n1, s2, n2) != NULL);
    }
    default: return V_NOTIMPL;
    }
}

static Value str_subscr(Value self, Value key, Value val) {
    if (val != V_NULL) {
        return exc_raise(&type_error_type, "'str' object does not support item %s", val == V_DELETE ? "deletion" : "assignment");
    }
    size_t n;
    const char *s = str_data(self, &n);
    if (v_is_int(key) && v_to_int(key) >= 0 && (size_t)v_to_int(key) < n) {
        /* s[i] inside an ASCII prefix needs no counting */
        size_t i = (size_t)v_to_int(key), k = 0;
        while (k <= i && (uint8_t)s[k] < 0x80) k++;
        if (k > i) return str_new(s + i, 1);
    }
    size_t nch = str_nchars(self);
    if (obj_is(key, &slice_type)) {
        intptr_t st, en, step;
        intptr_t cnt = slice_indices(key, (intptr_t)nch, &st, &en, &step);
        if (cnt < 0) return V_ERR;
        if (step == 1) {
            size_t o1 = cp_off(s, n, nch, (size_t)st);
            size_t o2 = cp_off(s, n, nch, (size_t)(st + cnt));
            if (o1 == 0 && o2 == n) return self;
            return str_new(s + o1, o2 - o1);
        }
        SB sb;
        if (sb_init(&sb) < 0) return V_ERR;
        for (intptr_t i = 0, k = st; i < cnt; i++, k += step) {
            size_t o = cp_off(s, n, nch, (size_t)k), adv = 1;
            if (n != nch) utf8_get(s + o, &adv);
            if (pr_mem(&sb.p, s + o, adv) < 0) {
                sb_abandon(&sb);
                return V_ERR;
            }
        }
        return sb_finish(&sb);
    }
    size_t i;
    if (obj_seq_index(key, nch, &i, "string") < 0) return V_ERR;
    size_t o = cp_off(s, n, nch, i), adv = 1;
    if (n == nch) return str_new(s + i, 1);
    if (n != nch) utf8_get(s + o, &adv);
    return str_new(s + o, adv);
}

/* iterator over a str: yields one-character strings */
typedef struct StrIter {
    GcObj hdr;
    Value s;
    size_t off;
} StrIter;

static void striter_mark(GcObj *o) {
    Value s = ((StrIter *)o)->s;
    if (v_is_obj(s)) gc_mark(v_to_ptr(s));
}

static Value striter_next(Value it) {
    StrIter *i = v_to_ptr(it);
    size_t n;
    const char *s = str_data(i->s, &n);
    if (i->off >= n) return V_NULL;
    size_t adv = 1;
    if ((uint8_t)s[i->off] >= 0x80) utf8_get(s + i->off, &adv);
    Value r = str_new(s + i->off, adv);
    if (r != V_ERR) i->off += adv;
    return r;
}

const Type striter_type = {
    .hdr = {&type_type.gc},
    .gc = {"str_iterator", striter_mark, NULL},
    .name = Q_iterator,
    .flags = TF_ITERSELF,
    .base = &object_type,
    .print = NULL,
    .next = striter_next,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

static Value str_iter(int op, Value s) {
    (void)op;
    StrIter *i = obj_alloc(&striter_type, sizeof(StrIter));
    if (!i) return V_ERR;
    i->s = inst_native(s);
    return V(i);
}

static Value str_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (a.n == 0 && a.nkw == 0) return QV(empty);
    Value x = a.n ? a.v[0] : V_NULL;
    Value enc = a.n > 1 ? a.v[1] : arg_kw(a, Q_encoding);
    Value err = a.n > 2 ? a.v[2] : arg_kw(a, Q_errors);
    if (a.n > 3) return exc_raise(&type_error_type, "str() takes at most 3 arguments (%d given)", (long)a.n);
    if (x == V_NULL) x = arg_kw(a, Q_object);
    if (x == V_NULL) return QV(empty);
    if (enc == V_NULL && err == V_NULL) return obj_str(x);
    if (!is_bytes_like(x)) return exc_raise(&type_error_type, "decoding to str: need a bytes-like object, %s found", obj_type_name(x));
    size_t n;
    const uint8_t *d = bytes_data(x, &n);
    if (obj_is(x, &bytearray_type)) {
        Value c = bytes_snapshot(x);
        if (c == V_ERR) return c;
        x = c;
        d = bytes_data(x, &n);
    }
    root_push(v_to_ptr(x));
    Value r = str_decode_utf8((const char *)d, n);
    root_pop(1);
    return r;
}

/* methods shared with bytes/bytearray carry the same C functions */
#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn str_methods[] = {
    M(capitalize, str_capitalize, 1, 1, 0),
    M(casefold, str_casefold, 1, 1, 0),
    M(center, str_center, 1, 3, 0),
    M(count, str_count, 1, 4, 0),
    M(encode, str_encode, 1, 3, BF_KW),
    M(endswith, str_endswith, 1, 4, 0),
    M(expandtabs, str_expandtabs, 1, 2, BF_KW),
    M(find, str_find, 1, 4, 0),
    M(format, str_format_m, 1, 255, BF_KW | BF_VAR),
    M(format_map, str_format_map, 1, 2, 0),
    M(index, str_index, 1, 4, 0),
    M(isalnum, str_isalnum, 1, 1, 0),
    M(isalpha, str_isalpha, 1, 1, 0),
    M(isascii, str_isascii, 1, 1, 0),
    M(isdecimal, str_isdigit, 1, 1, 0),
    M(isdigit, str_isdigit, 1, 1, 0),
    M(isidentifier, str_isidentifier, 1, 1, 0),
    M(islower, str_islower, 1, 1, 0),
    M(isnumeric, str_isdigit, 1, 1, 0),
    M(isprintable, str_isprintable, 1, 1, 0),
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

const Type str_type = {
    .hdr = {&type_type.gc},
    .gc = {"str", NULL, NULL},
    .name = Q_str,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = str_methods,
    .nmethods = sizeof str_methods / sizeof str_methods[0],
    .print = str_print,
    .unop = str_unop,
    .binop = str_binop,
    .subscr = str_subscr,
    .make_new = str_make_new,
    .iter = str_iter,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

