/*
 * int.c - int and bool.  Small ints live in the value word; results that
 * do not fit overflow into big ints (bigint.c, MONTY_BIGINT) or raise
 * OverflowError when that unit is left out.
 */
#include "bignum.h" /* bn_hash_int: header only */
#include "obj.h"


bool int_is(Value v) {
    if (v_is_int(v) || v == V_TRUE || v == V_FALSE) return true;
#if MONTY_BIGINT
    if (obj_is(v, &bigint_type)) return true;
#endif
    return false;
}

/* bools and ints to a small int value; other values unchanged */
static inline Value unbool(Value v) {
    if (v == V_TRUE) return v_from_int(1);
    if (v == V_FALSE) return v_from_int(0);
    return v;
}

#if !MONTY_BIGINT
static Value overflow(void) { return exc_raise(&overflow_error_type, "integer overflow"); }
#endif

Value int_from_i64(int64_t i) {
    if (i >= SMALL_INT_MIN && i <= SMALL_INT_MAX) return v_from_int((intptr_t)i);
#if MONTY_BIGINT
    return bigint_from_i64(i);
#else
    return overflow();
#endif
}

Value int_from_intptr(intptr_t i) {
    if (v_fits_int(i)) return v_from_int(i);
    return int_from_i64(i);
}

Value int_from_u64(uint64_t u) {
    if (u <= (uint64_t)SMALL_INT_MAX) return v_from_int((intptr_t)u);
#if MONTY_BIGINT
    if (u <= (uint64_t)INT64_MAX) return bigint_from_i64((int64_t)u);
    /* 2^63 .. 2^64-1: build from two halves */
    Value hi = bigint_from_i64((int64_t)(u >> 1));
    if (hi == V_ERR) return V_ERR;
    root_push(v_to_ptr(hi));
    Value r = bigint_binop(OPR_LSHIFT, hi, v_from_int(1));
    root_pop(1);
    if (r == V_ERR || !(u & 1)) return r;
    root_push(v_to_ptr(r));
    Value r2 = bigint_binop(OPR_ADD, r, v_from_int(1));
    root_pop(1);
    return r2;
#else
    return overflow();
#endif
}

Value int_from_uintptr(uintptr_t u) { return int_from_u64(u); }

int int_get_i64(Value v, int64_t *out) {
    v = unbool(v);
    if (v_is_int(v)) {
        *out = v_to_int(v);
        return 0;
    }
#if MONTY_BIGINT
    if (obj_is(v, &bigint_type)) {
        if (bigint_to_i64(v, out) < 0) {
            exc_raise(&overflow_error_type, "Python int too large to convert to C int");
            return -1;
        }
        return 0;
    }
#endif
    Value i = obj_index(v);
    if (i == V_ERR) return -1;
    if (i == v) {
        exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", obj_type_name(v));
        return -1;
    }
    return int_get_i64(i, out);
}

int int_get(Value v, intptr_t *out) {
    if (v_is_int(v)) {
        *out = v_to_int(v);
        return 0;
    }
    int64_t x;
    if (int_get_i64(v, &x) < 0) return -1;
    if (x < INTPTR_MIN || x > INTPTR_MAX) {
        exc_raise(&overflow_error_type, "Python int too large to convert to C int");
        return -1;
    }
    *out = (intptr_t)x;
    return 0;
}

int int_sign(Value v) {
    v = unbool(v);
    if (v_is_int(v)) return v_to_int(v) < 0 ? -1 : v_to_int(v) > 0;
#if MONTY_BIGINT
    return bigint_cmp(v, v_from_int(0));
#else
    return 0;
#endif
}

/* floor division and modulo with Python's signs */
static intptr_t floordiv(intptr_t a, intptr_t b) {
    intptr_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static intptr_t floormod(intptr_t a, intptr_t b) {
    intptr_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return m;
}

static Value small_pow(intptr_t base, intptr_t exp, Value a, Value b) {
    intptr_t r = 1;
    intptr_t x = base;
    intptr_t e = exp;
    while (e) {
        if (e & 1) {
            if (__builtin_mul_overflow(r, x, &r) || !v_fits_int(r)) goto big;
        }
        e >>= 1;
        if (e && (__builtin_mul_overflow(x, x, &x) || !v_fits_int(x))) goto big;
    }
    return v_from_int(r);
big:
#if MONTY_BIGINT
    return bigint_binop(OPR_POW, a, b);
#else
    (void)a, (void)b;
    return overflow();
#endif
}

Value int_binop(int op, Value a, Value b) {
    a = unbool(a);
    b = unbool(b);
#if MONTY_BIGINT
    if (!v_is_int(a) || !v_is_int(b)) return bigint_binop(op, a, b);
#endif
    intptr_t x = v_to_int(a), y = v_to_int(b), r;
    switch (op) {
    case OPR_ADD: r = x + y; break;
    case OPR_SUB: r = x - y; break;
    case OPR_MUL:
        if (__builtin_mul_overflow(x, y, &r)) goto big;
        break;
    case OPR_FLOORDIV:
        if (y == 0) return exc_raise(&zero_division_error_type, "integer division or modulo by zero");
        r = floordiv(x, y);
        break;
    case OPR_MOD:
        if (y == 0) return exc_raise(&zero_division_error_type, "integer modulo by zero");
        r = floormod(x, y);
        break;
    case OPR_TRUEDIV:
        if (y == 0) return exc_raise(&zero_division_error_type, "division by zero");
#if MONTY_FLOAT
        return float_new((double)x / (double)y);
#else
        return exc_raise(&type_error_type, "float not supported");
#endif
    case OPR_POW:
        if (y < 0) {
#if MONTY_FLOAT
            if (x == 0)
                return exc_raise(&zero_division_error_type, "0.0 cannot be raised to a negative power");
            return float_binop(OPR_POW, a, b);
#else
            return exc_raise(&value_error_type, "negative power");
#endif
        }
        return small_pow(x, y, a, b);
    case OPR_LSHIFT:
        if (y < 0) return exc_raise(&value_error_type, "negative shift count");
        if (x == 0) return v_from_int(0);
        if (y >= (intptr_t)SMALL_INT_BITS - 1) goto big;
        r = x * ((intptr_t)1 << y);
        if ((r >> y) != x) goto big;
        break;
    case OPR_RSHIFT:
        if (y < 0) return exc_raise(&value_error_type, "negative shift count");
        if (y >= (intptr_t)(sizeof(intptr_t) * 8)) y = sizeof(intptr_t) * 8 - 1;
        r = x >> y;
        break;
    case OPR_AND: r = x & y; break;
    case OPR_OR: r = x | y; break;
    case OPR_XOR: r = x ^ y; break;
    case OPR_LT: return v_from_bool(x < y);
    case OPR_LE: return v_from_bool(x <= y);
    case OPR_EQ: return v_from_bool(x == y);
    case OPR_NE: return v_from_bool(x != y);
    case OPR_GT: return v_from_bool(x > y);
    case OPR_GE: return v_from_bool(x >= y);
    default: return V_NOTIMPL;
    }
    if (v_fits_int(r)) return v_from_int(r);
big:
#if MONTY_BIGINT
    return bigint_binop(op, a, b);
#else
    return overflow();
#endif
}

static Value int_binop_slot(int op, Value a, Value b) {
    int base = op & 0x1F;
    if (base == OPR_CONTAINS) return V_NOTIMPL;
    if (!int_is(a) || !int_is(b)) {
#if MONTY_FLOAT
        /* int op float is done by float (reflected) */
#endif
        if (base == OPR_MUL && (op & OPR_REFLECTED) == 0 && int_is(a)) {
            /* 3 * "ab": let the sequence's reflected slot handle it */
        }
        return V_NOTIMPL;
    }
    if (base == OPR_MATMUL) return V_NOTIMPL;
    return int_binop(base, a, b);
}

static Value int_hash(Value v) {
    v = unbool(v);
    if (v_is_int(v)) {
        /* CPython's hash: value mod 2**61-1 (2**31-1 on 32-bit), so equal
         * ints, big ints and floats hash equal */
        intptr_t h = bn_hash_int(v_to_int(v));
        if (!v_fits_int(h)) h >>= 1;
        return v_from_int(h);
    }
#if MONTY_BIGINT
    return bigint_hash(v);
#else
    return V_ERR;
#endif
}

static Value int_unop(int op, Value a) {
    a = unbool(a);
#if MONTY_BIGINT
    if (!v_is_int(a) && op != UN_HASH) return bigint_unop(op, a);
#endif
    intptr_t x = v_to_int(a);
    switch (op) {
    case UN_NEG: return int_from_intptr(-x);
    case UN_POS:
    case UN_INT:
    case UN_INDEX: return a;
    case UN_INVERT: return v_from_int(~x);
    case UN_ABS: return int_from_intptr(x < 0 ? -x : x);
    case UN_BOOL: return v_from_bool(x != 0);
    case UN_HASH: return int_hash(a);
#if MONTY_FLOAT
    case UN_FLOAT: return float_new((double)x);
#endif
    default: return V_NOTIMPL;
    }
}

/* ---- printing ---- */

int int_print(Printer *p, Value v, int base, bool upper) {
    v = unbool(v);
#if MONTY_BIGINT
    if (!v_is_int(v)) return bigint_print(p, v, base);
#endif
    intptr_t i = v_to_int(v);
    uintptr_t u = i < 0 ? 0u - (uintptr_t)i : (uintptr_t)i;
    char buf[70];
    int k = sizeof buf;
    do {
        unsigned d = (unsigned)(u % (unsigned)base);
        buf[--k] = (char)(d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10);
        u /= (unsigned)base;
    } while (u);
    if (i < 0) buf[--k] = '-';
    return pr_mem(p, buf + k, sizeof buf - (size_t)k);
}

static int int_print_slot(Printer *p, Value v, bool repr) {
    (void)repr;
    return int_print(p, v, 10, false);
}

static int bool_print(Printer *p, Value v, bool repr) {
    (void)repr;
    return pr_str(p, v == V_TRUE ? "True" : "False");
}

Value int_to_str_base(Value v, int base) {
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    int neg = int_sign(v) < 0;
    static const char pfx[][3] = {"0b", "0o", "0x"};
    const char *pf = base == 2 ? pfx[0] : base == 8 ? pfx[1] : pfx[2];
    if (neg) {
        Value a = obj_unop(UN_NEG, v);
        if (a == V_ERR || pr_fmt(&sb.p, "-%s", pf) < 0 || int_print(&sb.p, a, base, false) < 0) goto fail;
    } else if (pr_str(&sb.p, pf) < 0 || int_print(&sb.p, v, base, false) < 0) {
        goto fail;
    }
    return sb_finish(&sb);
fail:
    sb_abandon(&sb);
    return V_ERR;
}

/* ---- parsing ---- */

static int digit_val(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Value int_parse(const char *s0, size_t n0, int base) {
    const char *s = s0, *e = s0 + n0;
    int base0 = base; /* for the error message */
    while (s < e && is_space(*s)) s++;
    while (e > s && is_space(e[-1])) e--;
    bool neg = false;
    if (s < e && (*s == '+' || *s == '-')) neg = *s++ == '-';
    if (base == 0 || base == 16 || base == 8 || base == 2) {
        if (e - s >= 2 && s[0] == '0') {
            char c = (char)(s[1] | 0x20);
            int b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
            if (b && (base == 0 || base == b)) {
                base = b;
                s += 2;
                if (s < e && *s == '_') s++;
            }
        }
        if (base == 0) {
            /* no prefix: decimal, and "0" may not be followed by digits */
            base = 10;
            const char *z = s;
            while (z < e && (*z == '0' || *z == '_')) z++;
            if (z > s && z < e && *s == '0') goto bad;
        }
    }
    if (s >= e) goto bad;
    /* validate: digits < base, single underscores between digits */
    size_t ndig = 0;
    for (const char *c = s; c < e; c++) {
        if (*c == '_') {
            if (c == s || c + 1 == e || c[1] == '_') goto bad;
            continue;
        }
        if (digit_val(*c) >= base) goto bad;
        ndig++;
    }
    uintptr_t acc = 0;
    bool big = false;
    for (const char *c = s; c < e; c++) {
        if (*c == '_') continue;
        uintptr_t d = (uintptr_t)digit_val(*c);
        if (acc > ((uintptr_t)SMALL_INT_MAX - d) / (uintptr_t)base) {
            big = true;
            break;
        }
        acc = acc * (uintptr_t)base + d;
    }
    if (!big) return v_from_int(neg ? -(intptr_t)acc : (intptr_t)acc);
#if MONTY_BIGINT
    {
        Value r = bigint_parse(s, (size_t)(e - s), base);
        if (r == V_ERR || !neg) return r;
        root_push(v_to_ptr(r));
        Value r2 = bigint_unop(UN_NEG, r);
        root_pop(1);
        return r2;
    }
#else
    (void)ndig;
    return overflow();
#endif
bad:
    (void)ndig;
    {
        Value src = str_new(s0, n0);
        if (src == V_ERR) return V_ERR;
        return exc_raise(&value_error_type, "invalid literal for int() with base %d: %r", (long)base0, src);
    }
}

/* ---- constructor ---- */

static Value int_make_new(const Type *t, ArgVec a) {
    (void)t;
    Value basev = arg_kw(a, Q_base);
    if (a.nkw && basev == V_NULL) return exc_raise(&type_error_type, "'%v' is an invalid keyword argument for int()", a.v[a.n]);
    if (a.n > 2) return exc_raise(&type_error_type, "int() takes at most 2 arguments (%d given)", (long)a.n);
    if (a.n == 0) return v_from_int(0);
    Value x = a.v[0];
    if (a.n == 2) basev = a.v[1];
    if (basev != V_NULL) {
        intptr_t base;
        if (int_get(basev, &base) < 0) return V_ERR;
        if (base != 0 && (base < 2 || base > 36)) return exc_raise(&value_error_type, "int() base must be >= 2 and <= 36, or 0");
        size_t n;
        const char *s = str_data(x, &n);
        if (!s) {
            if (obj_is(x, &bytes_type) || obj_is(x, &bytearray_type)) {
                s = (const char *)bytes_data(x, &n);
            } else {
                return exc_raise(&type_error_type, "int() can't convert non-string with explicit base");
            }
        }
        return int_parse(s, n, (int)base);
    }
    if (int_is(x)) return unbool(x);
    size_t n;
    const char *s = str_data(x, &n);
    if (s) return int_parse(s, n, 10);
    if (obj_is(x, &bytes_type) || obj_is(x, &bytearray_type)) {
        s = (const char *)bytes_data(x, &n);
        return int_parse(s, n, 10);
    }
#if MONTY_FLOAT
    if (obj_isinstance(x, &float_type)) return obj_unop(UN_INT, x);
#endif
    Value r = obj_unop(UN_INT, x);
    if (r == V_ERR && obj_isinstance(exc_peek(), &type_error_type)) {
        exc_take();
        return exc_raise(&type_error_type, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         obj_type_name(x));
    }
    return r;
}

static Value bool_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (arg_check(a, 0, 1, "bool") < 0) return V_ERR;
    if (a.n == 0) return V_FALSE;
    int b = obj_truth(a.v[0]);
    return b < 0 ? V_ERR : v_from_bool(b);
}

/* bools: & | ^ of two bools stay bool */
static Value bool_binop(int op, Value a, Value b) {
    int base = op & 0x1F;
    if ((base == OPR_AND || base == OPR_OR || base == OPR_XOR) && (a == V_TRUE || a == V_FALSE) &&
        (b == V_TRUE || b == V_FALSE)) {
        bool x = a == V_TRUE, y = b == V_TRUE;
        return v_from_bool(base == OPR_AND ? (x & y) : base == OPR_OR ? (x | y) : (x ^ y));
    }
    return int_binop_slot(op, a, b);
}

/* ---- methods ---- */

static size_t small_bit_length(intptr_t i) {
    uintptr_t u = i < 0 ? 0u - (uintptr_t)i : (uintptr_t)i;
    size_t n = 0;
    while (u) {
        n++;
        u >>= 1;
    }
    return n;
}

static Value int_bit_length(ArgVec a) {
    Value v = unbool(inst_native(a.v[0]));
#if MONTY_BIGINT
    if (!v_is_int(v)) return v_from_int((intptr_t)bigint_bit_length(v));
#endif
    return v_from_int((intptr_t)small_bit_length(v_to_int(v)));
}

static Value int_bit_count(ArgVec a) {
    Value v = unbool(inst_native(a.v[0]));
    if (!v_is_int(v)) return exc_raise(&overflow_error_type, "int too large");
    intptr_t i = v_to_int(v);
    uintptr_t u = i < 0 ? 0u - (uintptr_t)i : (uintptr_t)i;
    intptr_t n = 0;
    while (u) {
        n += (intptr_t)(u & 1);
        u >>= 1;
    }
    return v_from_int(n);
}

static int get_byteorder(ArgVec a, int pos, bool *little) {
    Value bo = a.n > pos ? a.v[pos] : arg_kw(a, Q_byteorder);
    if (bo == V_NULL) {
        *little = false; /* 3.11 default: 'big' */
        return 0;
    }
    if (bo == QV(little)) *little = true;
    else if (bo == QV(big)) *little = false;
    else {
        size_t n;
        const char *s = str_data(bo, &n);
        if (s && n == 6 && !memcmp(s, "little", 6)) *little = true;
        else if (s && n == 3 && !memcmp(s, "big", 3)) *little = false;
        else {
            exc_raise(&value_error_type, "byteorder must be either 'little' or 'big'");
            return -1;
        }
    }
    return 0;
}

static Value int_to_bytes(ArgVec a) {
    Value v = unbool(inst_native(a.v[0]));
    intptr_t len = 1;
    Value lv = a.n > 1 ? a.v[1] : arg_kw(a, Q_length);
    if (lv != V_NULL && int_get(lv, &len) < 0) return V_ERR;
    if (len < 0) return exc_raise(&value_error_type, "length argument must be non-negative");
    bool little;
    if (get_byteorder(a, 2, &little) < 0) return V_ERR;
    Value sv = arg_kw(a, Q_signed);
    int sgn = sv == V_NULL ? 0 : obj_truth(sv);
    if (sgn < 0) return V_ERR;
#if MONTY_BIGINT
    if (!v_is_int(v)) return bigint_to_bytes(v, (size_t)len, little, sgn);
#endif
    intptr_t i = v_to_int(v);
    if (i < 0 && !sgn) return exc_raise(&overflow_error_type, "can't convert negative int to unsigned");
    /* check it fits */
    size_t bits = small_bit_length(i);
    size_t need;
    if (sgn) {
        /* two's complement: -2^(n-1) .. 2^(n-1)-1 */
        need = i < 0 ? small_bit_length(-(i + 1)) + 1 : bits + 1;
    } else {
        need = bits;
    }
    if (need > (size_t)len * 8) return exc_raise(&overflow_error_type, "int too big to convert");
    Value b = bytes_new(NULL, (size_t)len);
    if (b == V_ERR) return V_ERR;
    uint8_t *d = (uint8_t *)bytes_data(b, NULL);
    uintptr_t u = (uintptr_t)i;
    for (intptr_t k = 0; k < len; k++) {
        uint8_t byte = k < (intptr_t)sizeof(uintptr_t) ? (uint8_t)(u >> (8 * k)) : (i < 0 ? 0xFF : 0);
        d[little ? k : len - 1 - k] = byte;
    }
    return b;
}

static Value int_from_bytes(ArgVec a) {
    /* a.v[0] is the class */
    if (a.n < 2) return exc_raise(&type_error_type, "from_bytes() missing required argument 'bytes' (pos 1)");
    bool little;
    if (get_byteorder(a, 2, &little) < 0) return V_ERR;
    Value sv = arg_kw(a, Q_signed);
    int sgn = sv == V_NULL ? 0 : obj_truth(sv);
    if (sgn < 0) return V_ERR;
    Value src = a.v[1];
    if (!obj_is(src, &bytes_type) && !obj_is(src, &bytearray_type)) {
        src = bytes_from_value(&bytes_type, src);
        if (src == V_ERR) return V_ERR;
    }
    root_push(v_to_ptr(src));
    size_t n;
    const uint8_t *d = bytes_data(src, &n);
    Value r;
    if (n < sizeof(intptr_t)) {
        uintptr_t u = 0;
        for (size_t k = 0; k < n; k++) u = (u << 8) | d[little ? n - 1 - k : k];
        intptr_t i = (intptr_t)u;
        if (sgn && n && (u >> (8 * n - 1)) & 1) i = (intptr_t)(u - ((uintptr_t)1 << (8 * n)));
        r = int_from_intptr(i);
    } else {
#if MONTY_BIGINT
        r = bigint_from_bytes(d, n, little, sgn);
        if (r != V_ERR) r = bigint_normalise(r);
#else
        r = overflow();
#endif
    }
    root_pop(1);
    return r;
}

static Value int_conjugate(ArgVec a) { return unbool(inst_native(a.v[0])); }

static Value int_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    if (name == QV(real) || name == QV(numerator)) return unbool(inst_native(self));
    if (name == QV(imag)) return v_from_int(0);
    if (name == QV(denominator)) return v_from_int(1);
    return V_NULL;
}

#define M(name, min, max, fl) {{&builtin_type.gc}, int_##name, Q_##name, min, max, fl}
static const BuiltinFn int_methods[] = {
    M(bit_count, 1, 1, 0),
    M(bit_length, 1, 1, 0),
    M(conjugate, 1, 1, 0),
    M(from_bytes, 1, 3, BF_KW | BF_CLASS),
    M(to_bytes, 1, 3, BF_KW),
};
#undef M

const Type int_type = {
    .hdr = {&type_type.gc},
    .gc = {"int", NULL, NULL},
    .name = Q_int,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = int_methods,
    .nmethods = sizeof int_methods / sizeof int_methods[0],
    .print = int_print_slot,
    .unop = int_unop,
    .binop = int_binop_slot,
    .make_new = int_make_new,
    .attr = int_attr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

const Type bool_type = {
    .hdr = {&type_type.gc},
    .gc = {"bool", NULL, NULL},
    .name = Q_bool,
    .base = &int_type,
    .methods = int_methods,
    .nmethods = sizeof int_methods / sizeof int_methods[0],
    .print = bool_print,
    .unop = int_unop,
    .binop = bool_binop,
    .make_new = bool_make_new,
    .attr = int_attr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* a repetition or size count (x * n, bytearray(n)): huge positive counts
 * are MemoryError, as in CPython, not OverflowError; negative ones 0 */
int int_get_count(Value v, intptr_t *out) {
    if (int_get(v, out) == 0) return 0;
    if (obj_isinstance(exc_peek(), &overflow_error_type) && int_sign(v) != 0) {
        exc_take();
        if (int_sign(v) < 0) {
            *out = -1;
            return 0;
        }
        exc_raise_no_mem();
    }
    return -1;
}
