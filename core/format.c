/*
 * format.c - text formatting: format(value, spec) / f-strings, str.format
 * and printf-style `str % args`.  The format-spec mini-language is
 * core/fmtspec.{h,c}; float digits come from core/dtoa.{h,c}.
 */
#include "fmtspec.h"
#include "text.h"
#if MONTY_FLOAT
#include <math.h>

#include "dtoa.h"
#endif

static Value spec_error(int e, const char *spec, size_t sn, const FsSpec *fs, Value v) {
    char msg[128];
    fs_error_text(e, spec, sn, fs, obj_type_name(v), msg, sizeof msg);
    return exc_raise(fs_error_is_overflow(e) ? &overflow_error_type : &value_error_type, "%s", msg);
}

/* a str of at most cap bytes, filled by the caller, then trimmed */
static Value raw(size_t cap, char **out) { return str_new_raw(cap, out); }
static Value trim(Value s, intptr_t n) {
    Str *st = v_to_ptr(s);
    st->len = (uint32_t)n;
    st->data[n] = 0;
    return str_intern_small(s);
}

#if MONTY_BIGINT
Value bigint_digits(Value v, int base, bool *neg);
#endif

static Value format_int(Value v, Value specv) {
    size_t sn;
    const char *spec = str_data(specv, &sn);
    FsSpec fs;
    int e = fs_parse(spec, sn, &fs);
    if (e < 0) return spec_error(e, spec, sn, &fs, v);
    e = fs_int_check(&fs);
    if (e == FS_USE_FLOAT) {
#if MONTY_FLOAT
        double d;
        if (float_coerce(v, &d) < 0) return V_ERR;
        return float_format(d, specv);
#else
        return exc_raise(&value_error_type, "float format not supported");
#endif
    }
    if (e < 0) return spec_error(e, spec, sn, &fs, v);
    if (v == V_TRUE || v == V_FALSE) v = v_from_int(v == V_TRUE);
    if (v_is_int(v)) {
        size_t cap = fs_int_size(&fs, 0);
        char *out;
        Value s = raw(cap, &out);
        if (s == V_ERR) return s;
        intptr_t n = fs_format_int(&fs, v_to_int(v), out, cap);
        if (n < 0) {
            spec = str_data(specv, &sn);
            return spec_error((int)n, spec, sn, &fs, v);
        }
        return trim(s, n);
    }
#if MONTY_BIGINT
    bool neg;
    Value dg = bigint_digits(v, fs_int_base(&fs), &neg);
    if (dg == V_ERR) return dg;
    root_push(v_to_ptr(dg));
    Bytes *b = v_to_ptr(dg);
    size_t cap = fs_int_size(&fs, b->len);
    char *out;
    Value s = raw(cap, &out);
    Value r = s;
    if (s != V_ERR) {
        intptr_t n = fs_format_int_digits(&fs, neg, (const char *)b->data, b->len, out, cap);
        if (n < 0) {
            spec = str_data(specv, &sn);
            r = spec_error((int)n, spec, sn, &fs, v);
        } else {
            r = trim(s, n);
        }
    }
    root_pop(1);
    return r;
#else
    return exc_raise(&overflow_error_type, "integer overflow");
#endif
}

static Value format_str(Value v, Value specv) {
    size_t sn, n;
    const char *spec = str_data(specv, &sn);
    FsSpec fs;
    int e = fs_parse(spec, sn, &fs);
    if (e < 0) return spec_error(e, spec, sn, &fs, v);
    const char *s = str_data(v, &n);
    size_t cap = fs_str_size(&fs, n);
    char *out;
    Value r = raw(cap, &out);
    if (r == V_ERR) return r;
    s = str_data(v, &n);
    spec = str_data(specv, &sn);
    intptr_t len = fs_format_str(&fs, s, n, out, cap);
    if (len < 0) return spec_error((int)len, spec, sn, &fs, v);
    return trim(r, len);
}

/* format(v, spec): __format__ of classes, else the built-in rules */
Value format_value(Value v, Value spec) {
    size_t sn;
    if (!str_data(spec, &sn)) return exc_raise(&type_error_type, "format() argument 2 must be str, not %s", obj_type_name(spec));
    const Type *t = obj_type(v);
    if (t->flags & TF_HEAP) {
        Value f = type_lookup(t, QV(__format__));
        if (f != V_NULL && obj_type(f) == &function_type) {
            Value args[2] = {v, spec};
            Value r = obj_call(f, (ArgVec){args, 2, 0});
            if (r != V_ERR && !str_is(r)) return exc_raise(&type_error_type, "__format__ must return a str, not %s", obj_type_name(r));
            return r;
        }
        v = inst_native(v);
        t = obj_type(v);
    }
    if (int_is(v)) {
        if (sn == 0 && (v == V_TRUE || v == V_FALSE)) return obj_str(v);
        return format_int(v, spec);
    }
#if MONTY_FLOAT
    if (t == &float_type) return float_format(float_get(v), spec);
#endif
    if (str_is(v)) return sn ? format_str(v, spec) : v;
    if (sn == 0) return obj_str(v);
    return exc_raise(&type_error_type, "unsupported format string passed to %s.__format__", obj_type_name(v));
}

/* ---- str.format ---- */

/* resolves a field name: [arg_name] ("." attr | "[" key "]")* */
static Value field_value(const char *s, size_t n, ArgVec a, size_t *auto_idx, int *mode) {
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    Value v;
    if (i == 0) {
        if (*mode == 2) return exc_raise(&value_error_type, "cannot switch from manual field specification to automatic field numbering");
        *mode = 1;
        size_t k = (*auto_idx)++;
        if (k + 1 >= a.n) return exc_raise(&index_error_type, "Replacement index %u out of range for positional args tuple", (unsigned long)k);
        v = a.v[k + 1];
    } else if (s[0] >= '0' && s[0] <= '9') {
        if (*mode == 1) return exc_raise(&value_error_type, "cannot switch from automatic field numbering to manual field specification");
        *mode = 2;
        size_t k = 0;
        for (size_t j = 0; j < i; j++) {
            if (s[j] < '0' || s[j] > '9') return exc_raise(&value_error_type, "invalid field name");
            k = k * 10 + (size_t)(s[j] - '0');
        }
        if (k + 1 >= a.n) return exc_raise(&index_error_type, "Replacement index %u out of range for positional args tuple", (unsigned long)k);
        v = a.v[k + 1];
    } else {
        int32_t q = qstr_find(s, i);
        v = V_NULL;
        for (int k = 0; q >= 0 && k < a.nkw; k++) {
            Value kn = a.v[a.n + 2 * k];
            if (kn == q_((uint32_t)q)) v = a.v[a.n + 2 * k + 1];
        }
        if (v == V_NULL) {
            Value key = str_new(s, i);
            if (key == V_ERR) return key;
            return exc_raise_value(exc_new1(&key_error_type, key));
        }
    }
    while (i < n) {
        if (s[i] == '.') {
            size_t j = ++i;
            while (i < n && s[i] != '.' && s[i] != '[') i++;
            int32_t q = qstr_intern(s + j, i - j, false);
            if (q < 0) return V_ERR;
            v = obj_getattr(v, q_((uint32_t)q));
        } else {
            size_t j = ++i;
            while (i < n && s[i] != ']') i++;
            if (i >= n) return exc_raise(&value_error_type, "Missing ']' in format string");
            Value key;
            bool digits = i > j;
            for (size_t k = j; k < i; k++)
                if (s[k] < '0' || s[k] > '9') digits = false;
            if (digits) key = int_parse(s + j, i - j, 10);
            else key = str_new(s + j, i - j);
            if (key == V_ERR) return key;
            root_push(v_is_obj(v) ? v_to_ptr(v) : NULL);
            v = obj_getitem(v, key);
            root_pop(1);
            i++;
        }
        if (v == V_ERR) return v;
    }
    return v;
}

static int format_into(Printer *p, Value fmt, ArgVec a, size_t *auto_idx, int *mode, int depth);

Value str_format_method(ArgVec a) {
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    size_t auto_idx = 0;
    int mode = 0;
    if (format_into(&sb.p, a.v[0], a, &auto_idx, &mode, 0) < 0) {
        sb_abandon(&sb);
        return V_ERR;
    }
    return sb_finish(&sb);
}

static int format_into(Printer *p, Value fmt, ArgVec a, size_t *auto_idx, int *mode, int depth) {
    if (depth > 2) {
        exc_raise(&value_error_type, "Max string recursion exceeded");
        return -1;
    }
    size_t n;
    const char *s = str_data(fmt, &n);
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '}') {
            if (i + 1 < n && s[i + 1] == '}') {
                if (pr_mem(p, "}", 1) < 0) return -1;
                i += 2;
                continue;
            }
            exc_raise(&value_error_type, "Single '}' encountered in format string");
            return -1;
        }
        if (c != '{') {
            size_t j = i;
            while (j < n && s[j] != '{' && s[j] != '}') j++;
            if (pr_mem(p, s + i, j - i) < 0) return -1;
            i = j;
            continue;
        }
        if (i + 1 < n && s[i + 1] == '{') {
            if (pr_mem(p, "{", 1) < 0) return -1;
            i += 2;
            continue;
        }
        /* a replacement field: find its end, with nested braces */
        size_t j = i + 1, lvl = 1;
        while (j < n && lvl) {
            if (s[j] == '{') lvl++;
            else if (s[j] == '}') lvl--;
            if (lvl) j++;
        }
        if (j >= n) {
            exc_raise(&value_error_type, lvl ? "expected '}' before end of string" : "Single '{' encountered in format string");
            return -1;
        }
        const char *fs = s + i + 1;
        size_t fn = j - i - 1;
        size_t nameend = 0;
        while (nameend < fn && fs[nameend] != '!' && fs[nameend] != ':') {
            if (fs[nameend] == '[') {
                while (nameend < fn && fs[nameend] != ']') nameend++;
            }
            if (nameend < fn) nameend++;
        }
        char conv = 0;
        size_t specstart = nameend;
        if (nameend < fn && fs[nameend] == '!') {
            if (nameend + 1 >= fn) {
                exc_raise(&value_error_type, "end of string while looking for conversion specifier");
                return -1;
            }
            conv = fs[nameend + 1];
            specstart = nameend + 2;
            if (specstart < fn && fs[specstart] != ':') {
                exc_raise(&value_error_type, "expected ':' after conversion specifier");
                return -1;
            }
        }
        Value v = field_value(fs, nameend, a, auto_idx, mode);
        if (v == V_ERR) return -1;
        root_push(v_is_obj(v) ? v_to_ptr(v) : NULL);
        int r = 0;
        if (conv == 'r') v = obj_repr(v);
        else if (conv == 's') v = obj_str(v);
        else if (conv == 'a') v = builtin_ascii_of(v);
        else if (conv) {
            exc_raise(&value_error_type, "Unknown conversion specifier %c", (int)conv);
            r = -1;
        }
        if (r == 0 && v == V_ERR) r = -1;
        if (r == 0) {
            root_push(v_is_obj(v) ? v_to_ptr(v) : NULL);
            Value spec = QV(empty);
            if (specstart < fn) {
                /* the spec may hold nested fields: expand them */
                Value raw_spec = str_new(fs + specstart + 1, fn - specstart - 1);
                if (raw_spec == V_ERR) r = -1;
                else if (memchr(fs + specstart + 1, '{', fn - specstart - 1)) {
                    root_push(v_is_obj(raw_spec) ? v_to_ptr(raw_spec) : NULL);
                    SB sb2;
                    if (sb_init(&sb2) < 0) r = -1;
                    else if (format_into(&sb2.p, raw_spec, a, auto_idx, mode, depth + 1) < 0) {
                        sb_abandon(&sb2);
                        r = -1;
                    } else {
                        spec = sb_finish(&sb2);
                        if (spec == V_ERR) r = -1;
                    }
                    root_pop(1);
                } else {
                    spec = raw_spec;
                }
            }
            if (r == 0) {
                root_push(v_is_obj(spec) ? v_to_ptr(spec) : NULL);
                Value out = format_value(v, spec);
                root_pop(1);
                if (out == V_ERR) r = -1;
                else {
                    size_t on;
                    root_push(v_is_obj(out) ? v_to_ptr(out) : NULL);
                    const char *od = str_data(out, &on);
                    r = pr_mem(p, od, on);
                    root_pop(1);
                }
            }
            root_pop(1);
        }
        root_pop(1);
        if (r < 0) return -1;
        s = str_data(fmt, &n);
        i = j + 1;
    }
    return 0;
}

/* ---- printf-style: fmt % args ---- */

static __attribute__((noinline)) int pad(Printer *p, char c, intptr_t n) {
    char buf[16];
    memset(buf, c, sizeof buf);
    while (n > 0) {
        intptr_t k = n < 16 ? n : 16;
        if (pr_mem(p, buf, (size_t)k) < 0) return -1;
        n -= k;
    }
    return 0;
}

/* writes body with sign/prefix, padded per flags */
static __attribute__((noinline)) int emit_num(Printer *p, const char *sign, const char *prefix, const char *body, size_t bn, intptr_t width, bool left,
                    bool zero) {
    size_t sl = strlen(sign), pl = strlen(prefix);
    intptr_t fill = width - (intptr_t)(sl + pl + bn);
    if (!left && !zero && pad(p, ' ', fill) < 0) return -1;
    if (pr_str(p, sign) < 0 || pr_str(p, prefix) < 0) return -1;
    if (!left && zero && pad(p, '0', fill) < 0) return -1;
    if (pr_mem(p, body, bn) < 0) return -1;
    if (left && pad(p, ' ', fill) < 0) return -1;
    return 0;
}

static __attribute__((noinline)) int emit_str(Printer *p, Value s, intptr_t width, intptr_t prec, bool left) {
    size_t n;
    const char *d = str_data(s, &n);
    size_t nch = utf8_count(d, n);
    if (prec >= 0 && (size_t)prec < nch) {
        /* truncate to prec code points */
        size_t off = 0, k = 0;
        while (off < n && k < (size_t)prec) {
            off++;
            while (off < n && ((uint8_t)d[off] & 0xC0) == 0x80) off++;
            k++;
        }
        n = off;
        nch = (size_t)prec;
    }
    intptr_t fill = width - (intptr_t)nch;
    if (!left && pad(p, ' ', fill) < 0) return -1;
    root_push(v_is_obj(s) ? v_to_ptr(s) : NULL);
    int r = pr_mem(p, str_data(s, &n), n < (size_t)-1 ? (prec >= 0 && (size_t)prec < nch ? n : n) : n);
    root_pop(1);
    (void)r;
    if (r < 0) return -1;
    if (left && pad(p, ' ', fill) < 0) return -1;
    return 0;
}

static Value next_arg(Value args, size_t *ai, bool *used) {
    if (obj_is(args, &tuple_type)) {
        Tuple *t = tuple_p(args);
        if (*ai >= t->len) return exc_raise(&type_error_type, "not enough arguments for format string");
        return t->items[(*ai)++];
    }
    if (*used) return exc_raise(&type_error_type, "not enough arguments for format string");
    *used = true;
    return args;
}


/* the flags of one %-conversion */
typedef struct Pct {
    intptr_t width, prec;
    bool left, plus, space, alt, zero;
} Pct;

/* %d %i %u %x %X %o (separate functions keep the frame of the caller, which
 * recurses into __repr__ through %r, small) */
static __attribute__((noinline)) int pct_int(Printer *p, Value arg, char conv, const Pct *pc) {
    intptr_t width = pc->width, prec = pc->prec;
    bool left = pc->left, plus = pc->plus, space = pc->space, alt = pc->alt, zero = pc->zero;
    Value iv = arg;
    if (!int_is(iv)) {
#if MONTY_FLOAT
        if ((conv == 'd' || conv == 'i' || conv == 'u') && obj_isinstance(iv, &float_type)) {
            iv = obj_unop(UN_INT, iv);
            if (iv == V_ERR) return -1;
        } else
#endif
        {
            Value ix = obj_type(iv)->flags & TF_HEAP ? obj_unop(conv == 'd' || conv == 'i' || conv == 'u' ? UN_INT : UN_INDEX, iv) : V_ERR;
            if (ix == V_ERR) {
                if (exc_pending()) exc_take();
                if (conv == 'd' || conv == 'i' || conv == 'u')
                    exc_raise(&type_error_type, "%%%c format: a real number is required, not %s", (int)conv, obj_type_name(arg));
                else
                    exc_raise(&type_error_type, "%%%c format: an integer is required, not %s", (int)conv, obj_type_name(arg));
                return -1;
            }
            iv = ix;
        }
    }
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    bool neg = int_sign(iv) < 0;
    if (neg) {
        iv = obj_unop(UN_NEG, iv);
        if (iv == V_ERR) return -1;
    }
    /* digits into a temporary builder */
    SB db;
    if (sb_init(&db) < 0) return -1;
    if (int_print(&db.p, iv, base, conv == 'X') < 0) {
        sb_abandon(&db);
        return -1;
    }
    Value digits = sb_finish(&db);
    if (digits == V_ERR) return -1;
    root_push(v_is_obj(digits) ? v_to_ptr(digits) : NULL);
    size_t dn;
    const char *dd = str_data(digits, &dn);
    /* precision: minimum number of digits */
    SB zb;
    int r = sb_init(&zb);
    if (r == 0) {
        for (intptr_t k = (intptr_t)dn; k < prec && r == 0; k++) r = pr_mem(&zb.p, "0", 1);
        dd = str_data(digits, &dn);
        if (r == 0) r = pr_mem(&zb.p, dd, dn);
        Value body = r == 0 ? sb_finish(&zb) : V_ERR;
        if (r != 0) sb_abandon(&zb);
        if (body == V_ERR) r = -1;
        else {
            root_push(v_is_obj(body) ? v_to_ptr(body) : NULL);
            const char *prefix = "";
            if (alt) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : "";
            size_t bn;
            const char *bd = str_data(body, &bn);
            r = emit_num(p, neg ? "-" : plus ? "+" : space ? " " : "", prefix, bd, bn, width, left, zero && !left);
            root_pop(1);
        }
    }
    root_pop(1);
    if (r < 0) return -1;
    
    return 0;
}

/* %e %E %f %F %g %G */
static __attribute__((noinline)) int pct_float(Printer *p, Value arg, char conv, const Pct *pc) {
#if MONTY_FLOAT
    intptr_t width = pc->width, prec = pc->prec;
    bool left = pc->left, plus = pc->plus, space = pc->space, alt = pc->alt, zero = pc->zero;
    double d;
    if (float_coerce(arg, &d) < 0) {
        exc_take();
        exc_raise(&type_error_type, "must be real number, not %s", obj_type_name(arg));
        return -1;
    }
    if (prec < 0) prec = 6;
    unsigned flags = (alt ? DT_ALT : 0) | (plus ? DT_SIGN : 0);
    size_t cap = dt_format_size(d, conv, prec) + 2;
    Value tmp;
    char *out;
    tmp = raw(cap, &out);
    if (tmp == V_ERR) return -1;
    intptr_t len = dt_format(d, conv, prec, flags, out, cap);
    if (len < 0) {
        exc_raise(&value_error_type, "float format failed");
        return -1;
    }
    root_push(v_to_ptr(tmp));
    const char *sign = "";
    const char *body = out;
    size_t bn = (size_t)len;
    if (body[0] == '-' || body[0] == '+') {
        sign = body[0] == '-' ? "-" : "+";
        body++;
        bn--;
    } else if (space) {
        sign = " ";
    }
    bool finite = isfinite(d);
    int r = emit_num(p, sign, "", body, bn, width, left, zero && !left && finite);
    root_pop(1);
    if (r < 0) return -1;
#else
    (void)p, (void)arg, (void)conv, (void)pc;
    exc_raise(&value_error_type, "float format not supported");
    return -1;
#endif
    
    return 0;
}

/* bytes % args (PEP 461): %s and %b take bytes-like objects, %c a byte,
 * %r and %a give ascii(); the text is the bytes of fmt, which is an
 * immutable bytes object here (fmt_data) */
static int emit_bytes(Printer *p, Value b, intptr_t width, intptr_t prec, bool left) {
    size_t n;
    bytes_data(b, &n);
    if (prec >= 0 && (size_t)prec < n) n = (size_t)prec;
    intptr_t fill = width - (intptr_t)n;
    if (!left && pad(p, ' ', fill) < 0) return -1;
    if (pr_mem(p, (const char *)bytes_data(b, NULL), n) < 0) return -1; /* b is a bytes object: does not move */
    if (left && pad(p, ' ', fill) < 0) return -1;
    return 0;
}

static const char *fmt_data(Value fmt, size_t *n, bool by) {
    return by ? (const char *)bytes_data(fmt, n) : str_data(fmt, n);
}

static Value format_percent(Value fmt, Value args, const Type *bytes_result) {
    bool by = bytes_result != NULL;
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    Printer *p = &sb.p;
    size_t ai = 0;
    bool used = false;
    bool is_map = !obj_is(args, &tuple_type) && obj_type(args)->subscr && !str_is(args) && !obj_isinstance(args, &list_type) &&
                  !obj_isinstance(args, &bytes_type) && !obj_isinstance(args, &bytearray_type);
    size_t n;
    const char *s = fmt_data(fmt, &n, by);
    size_t i = 0;
    while (i < n) {
        s = fmt_data(fmt, &n, by);
        if (s[i] != '%') {
            size_t j = i;
            while (j < n && s[j] != '%') j++;
            if (pr_mem(p, s + i, j - i) < 0) goto fail;
            i = j;
            continue;
        }
        size_t start = i++;
        Value arg = V_NULL;
        if (i < n && s[i] == '(') {
            size_t j = ++i, lvl = 1;
            while (i < n && lvl) {
                if (s[i] == '(') lvl++;
                else if (s[i] == ')') lvl--;
                if (lvl) i++;
            }
            if (i >= n) {
                exc_raise(&value_error_type, "incomplete format key");
                goto fail;
            }
            if (!obj_type(args)->subscr || obj_is(args, &tuple_type)) {
                exc_raise(&type_error_type, "format requires a mapping");
                goto fail;
            }
            Value key = by ? bytes_new(s + j, i - j) : str_new(s + j, i - j);
            if (key == V_ERR) goto fail;
            arg = obj_getitem(args, key);
            if (arg == V_ERR) goto fail;
            used = true;
            i++;
            s = fmt_data(fmt, &n, by);
        }
        bool left = false, plus = false, space = false, alt = false, zero = false;
        for (; i < n; i++) {
            char c = s[i];
            if (c == '-') left = true;
            else if (c == '+') plus = true;
            else if (c == ' ') space = true;
            else if (c == '#') alt = true;
            else if (c == '0') zero = true;
            else break;
        }
        intptr_t width = -1, prec = -1;
        if (i < n && s[i] == '*') {
            Value w = next_arg(args, &ai, &used);
            if (w == V_ERR || int_get(w, &width) < 0) goto fail;
            if (width < 0) {
                left = true;
                width = -width;
            }
            i++;
        } else {
            while (i < n && s[i] >= '0' && s[i] <= '9') width = (width < 0 ? 0 : width * 10) + (s[i++] - '0');
        }
        if (i < n && s[i] == '.') {
            i++;
            prec = 0;
            if (i < n && s[i] == '*') {
                Value w = next_arg(args, &ai, &used);
                if (w == V_ERR || int_get(w, &prec) < 0) goto fail;
                i++;
            } else {
                while (i < n && s[i] >= '0' && s[i] <= '9') prec = prec * 10 + (s[i++] - '0');
            }
        }
        while (i < n && (s[i] == 'l' || s[i] == 'h' || s[i] == 'L')) i++;
        if (i >= n) {
            exc_raise(&value_error_type, "incomplete format");
            goto fail;
        }
        char conv = s[i++];
        if (conv == '%') {
            if (pr_mem(p, "%", 1) < 0) goto fail;
            continue;
        }
        if (arg == V_NULL) {
            arg = next_arg(args, &ai, &used);
            if (arg == V_ERR) goto fail;
        }
        if (by && (conv == 's' || conv == 'b')) {
            Value bv = arg;
            if (obj_isinstance(arg, &bytearray_type)) bv = bytes_snapshot(arg);
            else if (!obj_isinstance(arg, &bytes_type)) bv = V_NULL;
            if (bv == V_ERR) goto fail;
            if (bv == V_NULL) {
                exc_raise(&type_error_type, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                          obj_type_name(arg));
                goto fail;
            }
            root_push(v_to_ptr(bv));
            int r = emit_bytes(p, inst_native(bv), width, prec, left);
            root_pop(1);
            if (r < 0) goto fail;
            continue;
        }
        if (by && conv == 'c') {
            intptr_t cp = -1;
            size_t bn = 0;
            if (obj_isinstance(arg, &bytes_type) || obj_isinstance(arg, &bytearray_type)) {
                const uint8_t *bd = bytes_data(arg, &bn);
                if (bn == 1) cp = bd[0];
            } else if (int_is(arg) && int_get(arg, &cp) < 0) {
                goto fail;
            }
            if (cp < 0 || cp > 255 || (bn && bn != 1)) {
                exc_raise(int_is(arg) ? &overflow_error_type : &type_error_type,
                          int_is(arg) ? "%%c arg not in range(256)" : "%%c requires an integer in range(256) or a single byte");
                goto fail;
            }
            char ch = (char)cp;
            if (!left && pad(p, ' ', width - 1) < 0) goto fail;
            if (pr_mem(p, &ch, 1) < 0) goto fail;
            if (left && pad(p, ' ', width - 1) < 0) goto fail;
            continue;
        }
        switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            if (by) conv = 'a'; /* %r of bytes formatting is ascii() */
            Value sv = conv == 's' ? obj_str(arg) : conv == 'r' ? obj_repr(arg) : builtin_ascii_of(arg);
            if (sv == V_ERR) goto fail;
            root_push(v_is_obj(sv) ? v_to_ptr(sv) : NULL);
            int r = emit_str(p, sv, width, prec, left);
            root_pop(1);
            if (r < 0) goto fail;
            break;
        }
        case 'c': {
            Value cs;
            if (str_is(arg)) {
                size_t cn;
                const char *cd = str_data(arg, &cn);
                if (utf8_count(cd, cn) != 1) {
                    exc_raise(&type_error_type, "%%c requires int or char");
                    goto fail;
                }
                cs = arg;
            } else {
                intptr_t cp;
                if (!int_is(arg) || int_get(arg, &cp) < 0) {
                    if (!exc_pending()) exc_raise(&type_error_type, "%%c requires int or char");
                    goto fail;
                }
                if (cp < 0 || cp > 0x10FFFF) {
                    exc_raise(&overflow_error_type, "%%c arg not in range(0x110000)");
                    goto fail;
                }
                cs = str_from_codepoint((uint32_t)cp);
                if (cs == V_ERR) goto fail;
            }
            root_push(v_is_obj(cs) ? v_to_ptr(cs) : NULL);
            int r = emit_str(p, cs, width, -1, left);
            root_pop(1);
            if (r < 0) goto fail;
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            Pct pc = {width, prec, left, plus, space, alt, zero};
            bool isint = conv == 'd' || conv == 'i' || conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o';
            if ((isint ? pct_int(p, arg, conv, &pc) : pct_float(p, arg, conv, &pc)) < 0) goto fail;
            break;
        }
        default:
            exc_raise(&value_error_type, "unsupported format character '%c' (0x%x) at index %u", (int)conv,
                      (unsigned long)(uint8_t)conv, (unsigned long)(i - 1));
            goto fail;
        }
        (void)start;
    }
    if (!is_map && ((obj_is(args, &tuple_type) && ai < tuple_p(args)->len) || (!obj_is(args, &tuple_type) && !used))) {
        exc_raise(&type_error_type, by ? "not all arguments converted during bytes formatting"
                                       : "not all arguments converted during string formatting");
        goto fail;
    }
    return by ? sb_finish_bytes(&sb, bytes_result) : sb_finish(&sb);
fail:
    sb_abandon(&sb);
    return V_ERR;
}

Value str_format_percent(Value fmt, Value args) { return format_percent(fmt, args, NULL); }

Value bytes_format_percent(Value fmt, Value args) {
    const Type *t = obj_isinstance(fmt, &bytearray_type) ? &bytearray_type : &bytes_type;
    Value f = bytes_snapshot(fmt); /* the text may not move while the result grows */
    if (f == V_ERR) return f;
    root_push(v_to_ptr(f));
    Value r = format_percent(f, args, t);
    root_pop(1);
    return r;
}
