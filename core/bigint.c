/*
 * bigint.c - int values outside the small range, on core/bignum.{h,c}.
 *
 * A BigInt holds its 16-bit digits inline and is immutable.  Results that
 * fit a small int are always normalised back to one, so a BigInt value
 * never equals a small int.  Operands of mixed kinds are taken as Bn views:
 * small ints are expanded into digits on the C stack.
 */
#include "obj.h"
#if MONTY_BIGINT
#include "bignum.h"
#if MONTY_FLOAT
#include "dtoa.h"
#endif

struct BigInt {
    GcObj hdr;
    uint32_t n;
    uint8_t neg;
    uint8_t unused_[3];
    BnDigit d[];
};

static BigInt *alloc_big(size_t nd) {
    if (nd > 0x3FFFFFFF / sizeof(BnDigit)) {
        exc_raise_no_mem();
        return NULL;
    }
    BigInt *b = obj_alloc(&bigint_type, sizeof(BigInt) + (nd ? nd : 1) * sizeof(BnDigit));
    return b;
}

/* a view of an int value; small ints use buf */
static void view(Value v, Bn *out, BnDigit *buf) {
    if (v == V_TRUE) v = v_from_int(1);
    if (v == V_FALSE) v = v_from_int(0);
    if (v_is_int(v)) {
        out->d = buf;
        bn_from_intptr(out, v_to_int(v));
        return;
    }
    BigInt *b = v_to_ptr(v);
    out->d = b->d;
    out->n = b->n;
    out->neg = b->neg;
}

/* the value of result r (held in BigInt holder): small int if it fits */
static Value finish(BigInt *holder, const Bn *r) {
    intptr_t i;
    if (bn_to_intptr(r, &i) && v_fits_int(i)) return v_from_int(i);
    holder->n = (uint32_t)r->n;
    holder->neg = r->neg;
    return V(holder);
}

Value bigint_normalise(Value v) {
    if (!obj_is(v, &bigint_type)) return v;
    BigInt *b = v_to_ptr(v);
    Bn r = {b->d, b->n, b->neg};
    return finish(b, &r);
}

Value bigint_from_i64(int64_t i) {
    BigInt *b = alloc_big(BN_I64_DIGITS);
    if (!b) return V_ERR;
    Bn r = {b->d, 0, false};
    bn_from_i64(&r, i);
    return finish(b, &r);
}

int bigint_to_i64(Value v, int64_t *out) {
    BnDigit buf[BN_INTPTR_DIGITS];
    Bn a;
    view(v, &a, buf);
    return bn_to_i64(&a, out) ? 0 : -1;
}

int bigint_cmp(Value a, Value b) {
    BnDigit ba[BN_INTPTR_DIGITS], bb[BN_INTPTR_DIGITS];
    Bn x, y;
    view(a, &x, ba);
    view(b, &y, bb);
    return bn_cmp(&x, &y);
}

size_t bigint_bit_length(Value v) {
    BnDigit buf[BN_INTPTR_DIGITS];
    Bn a;
    view(v, &a, buf);
    return bn_bit_length(&a);
}

Value bigint_hash(Value v) {
    BnDigit buf[BN_INTPTR_DIGITS];
    Bn a;
    view(v, &a, buf);
    intptr_t h = bn_hash(&a);
    /* the hash must be a small int value: fold the top bit on 64-bit */
    if (!v_fits_int(h)) h >>= 1;
    return v_from_int(h);
}

double bigint_to_double(Value v, int *overflow) {
    BnDigit buf[BN_INTPTR_DIGITS];
    Bn a;
    view(v, &a, buf);
    double d = 0;
    *overflow = bn_to_double(&a, &d) < 0;
    return d;
}

#if MONTY_FLOAT
Value bigint_from_double(double x) {
    size_t nd = bn_from_double_size(x);
    BigInt *b = alloc_big(nd);
    if (!b) return V_ERR;
    Bn r = {b->d, 0, false};
    int e = bn_from_double(&r, x);
    if (e == BN_ERR_NAN) return exc_raise(&value_error_type, "cannot convert float NaN to integer");
    if (e == BN_ERR_INF) return exc_raise(&overflow_error_type, "cannot convert float infinity to integer");
    return finish(b, &r);
}
#endif

/* temporary scratch digits: an unrooted BigInt the caller keeps alive */
static BnDigit *scratch(size_t nd, BigInt **holder) {
    *holder = alloc_big(nd);
    return *holder ? (*holder)->d : NULL;
}

Value bigint_binop(int op, Value av, Value bv) {
    BnDigit ba[BN_INTPTR_DIGITS], bb[BN_INTPTR_DIGITS];
    Bn a, b;
    view(av, &a, ba);
    view(bv, &b, bb);
    size_t nd;
    switch (op) {
    case OPR_LT: return v_from_bool(bn_cmp(&a, &b) < 0);
    case OPR_LE: return v_from_bool(bn_cmp(&a, &b) <= 0);
    case OPR_EQ: return v_from_bool(bn_cmp(&a, &b) == 0);
    case OPR_NE: return v_from_bool(bn_cmp(&a, &b) != 0);
    case OPR_GT: return v_from_bool(bn_cmp(&a, &b) > 0);
    case OPR_GE: return v_from_bool(bn_cmp(&a, &b) >= 0);
    case OPR_ADD:
    case OPR_SUB: nd = bn_add_size(&a, &b); break;
    case OPR_MUL: nd = bn_mul_size(&a, &b); break;
    case OPR_FLOORDIV: nd = bn_divmod_qsize(&a, &b); break;
    case OPR_MOD: nd = bn_divmod_rsize(&a, &b); break;
    case OPR_AND:
    case OPR_OR:
    case OPR_XOR: nd = bn_bitop_size(&a, &b); break;
    case OPR_LSHIFT:
    case OPR_RSHIFT: {
        if (b.neg) return exc_raise(&value_error_type, "negative shift count");
        intptr_t sh;
        if (!bn_to_intptr(&b, &sh)) {
            if (op == OPR_RSHIFT) return v_from_int(a.neg ? -1 : 0);
            return exc_raise(&overflow_error_type, "too many digits in integer");
        }
        nd = op == OPR_LSHIFT ? bn_lshift_size(&a, (size_t)sh) : bn_rshift_size(&a, (size_t)sh);
        if (nd == SIZE_MAX) return exc_raise(&overflow_error_type, "too many digits in integer");
        break;
    }
    case OPR_POW:
        if (b.neg) {
#if MONTY_FLOAT
            return float_binop(OPR_POW, av, bv);
#else
            return exc_raise(&value_error_type, "negative power");
#endif
        }
        nd = bn_pow_size(&a, &b);
        break;
    case OPR_TRUEDIV: {
#if MONTY_FLOAT
        size_t ns = bn_truediv_scratch(&a, &b);
        BigInt *sh = NULL;
        BnDigit *s = ns ? scratch(ns, &sh) : NULL;
        if (ns && !s) return V_ERR;
        /* re-derive the views: the allocation cannot move objects, and
         * small-int views are on the stack */
        double d;
        int e = bn_truediv(&a, &b, &d, s);
        if (e == BN_ERR_ZERO_DIV) return exc_raise(&zero_division_error_type, "division by zero");
        if (e == BN_ERR_OVERFLOW) return exc_raise(&overflow_error_type, "integer division result too large for a float");
        return float_new(d);
#else
        return exc_raise(&type_error_type, "float not supported");
#endif
    }
    default: return V_NOTIMPL;
    }
    if (nd == SIZE_MAX) return exc_raise_no_mem();
    BigInt *res = alloc_big(nd);
    if (!res) return V_ERR;
    Bn r = {res->d, 0, false};
    switch (op) {
    case OPR_ADD: bn_add(&r, &a, &b); break;
    case OPR_SUB: bn_sub(&r, &a, &b); break;
    case OPR_MUL: bn_mul(&r, &a, &b); break;
    case OPR_FLOORDIV:
    case OPR_MOD: {
        if (b.n == 0)
            return exc_raise(&zero_division_error_type, op == OPR_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
        root_push(res);
        BigInt *sh;
        BnDigit *s = scratch(bn_divmod_scratch(&a, &b) + 1, &sh);
        root_pop(1);
        if (!s) return V_ERR;
        bn_divmod(op == OPR_FLOORDIV ? &r : NULL, op == OPR_MOD ? &r : NULL, &a, &b, s);
        break;
    }
    case OPR_AND: bn_and(&r, &a, &b); break;
    case OPR_OR: bn_or(&r, &a, &b); break;
    case OPR_XOR: bn_xor(&r, &a, &b); break;
    case OPR_LSHIFT: {
        intptr_t sh;
        bn_to_intptr(&b, &sh);
        bn_lshift(&r, &a, (size_t)sh);
        break;
    }
    case OPR_RSHIFT: {
        intptr_t sh;
        bn_to_intptr(&b, &sh);
        bn_rshift(&r, &a, (size_t)sh);
        break;
    }
    case OPR_POW: {
        root_push(res);
        BigInt *sh;
        BnDigit *s = scratch(bn_pow_scratch(&a, &b) + 1, &sh);
        root_pop(1);
        if (!s) return V_ERR;
        bn_pow(&r, &a, &b, s);
        break;
    }
    default: break;
    }
    return finish(res, &r);
}

Value bigint_powmod(Value av, Value ev, Value mv) {
    BnDigit ba[BN_INTPTR_DIGITS], be[BN_INTPTR_DIGITS], bm[BN_INTPTR_DIGITS];
    Bn a, e, m;
    view(av, &a, ba);
    view(ev, &e, be);
    view(mv, &m, bm);
    if (m.n == 0) return exc_raise(&value_error_type, "pow() 3rd argument cannot be 0");
    BigInt *res = alloc_big(bn_powmod_size(&m) + 1);
    if (!res) return V_ERR;
    root_push(res);
    BigInt *sh;
    BnDigit *s = scratch(bn_powmod_scratch(&a, &e, &m) + 1, &sh);
    root_pop(1);
    if (!s) return V_ERR;
    Bn r = {res->d, 0, false};
    int rc = bn_powmod(&r, &a, &e, &m, s);
    if (rc == BN_ERR_NOT_INVERTIBLE) return exc_raise(&value_error_type, "base is not invertible for the given modulus");
    if (rc == BN_ERR_MOD_ZERO) return exc_raise(&value_error_type, "pow() 3rd argument cannot be 0");
    return finish(res, &r);
}

Value bigint_unop(int op, Value v) {
    BnDigit buf[BN_INTPTR_DIGITS];
    Bn a;
    view(v, &a, buf);
    switch (op) {
    case UN_BOOL: return v_from_bool(a.n != 0);
    case UN_HASH: return bigint_hash(v);
    case UN_POS:
    case UN_INT:
    case UN_INDEX: return v;
#if MONTY_FLOAT
    case UN_FLOAT: {
        double d;
        if (bn_to_double(&a, &d) < 0) return exc_raise(&overflow_error_type, "int too large to convert to float");
        return float_new(d);
    }
#endif
    case UN_NEG:
    case UN_ABS: {
        if (op == UN_ABS && !a.neg) return v;
        BigInt *r = alloc_big(a.n + 1);
        if (!r) return V_ERR;
        view(v, &a, buf); /* objects do not move, but keep it simple */
        memcpy(r->d, a.d, a.n * sizeof(BnDigit));
        Bn rb = {r->d, a.n, a.neg};
        if (op == UN_NEG) bn_negate(&rb);
        else bn_absolute(&rb);
        return finish(r, &rb);
    }
    case UN_INVERT: {
        BigInt *r = alloc_big(bn_invert_size(&a));
        if (!r) return V_ERR;
        Bn rb = {r->d, 0, false};
        bn_invert(&rb, &a);
        return finish(r, &rb);
    }
    default: return V_NOTIMPL;
    }
}

int bigint_print(Printer *p, Value v, int base) {
    BnDigit buf[BN_INTPTR_DIGITS];
    Bn a;
    view(v, &a, buf);
    size_t n = bn_to_str_size(&a, base);
    /* text into a temporary object (printing may allocate) */
    Bytes *tmp = obj_alloc(&bytes_type, sizeof(Bytes) + n + 1);
    if (!tmp) return -1;
    view(v, &a, buf);
    size_t len = bn_to_str(&a, base, 0, (char *)tmp->data);
    tmp->len = (uint32_t)len;
    root_push(tmp);
    int r = pr_mem(p, (const char *)tmp->data, len);
    root_pop(1);
    return r;
}

/* digits of |v| in base (lowercase, no sign), for format(): a bytes object */
Value bigint_digits(Value v, int base, bool *neg) {
    BnDigit buf[BN_INTPTR_DIGITS];
    Bn a;
    view(v, &a, buf);
    *neg = a.neg;
    size_t n = bn_to_str_size(&a, base);
    Bytes *tmp = obj_alloc(&bytes_type, sizeof(Bytes) + n + 1);
    if (!tmp) return V_ERR;
    view(v, &a, buf);
    bn_absolute(&a);
    tmp->len = (uint32_t)bn_to_str(&a, base, 0, (char *)tmp->data);
    return V(tmp);
}

Value bigint_parse(const char *s, size_t n, int base) {
    /* s may point into an object: allocation does not move objects */
    BigInt *b = alloc_big(bn_from_str_size(n, base));
    if (!b) return V_ERR;
    Bn r = {b->d, 0, false};
    int e = bn_from_str(&r, s, n, base);
    if (e < 0) {
        Value src = str_new(s, n);
        if (src == V_ERR) return src;
        return exc_raise(&value_error_type, "invalid literal for int() with base %d: %r", (long)base, src);
    }
    return finish(b, &r);
}

Value bigint_from_bytes(const uint8_t *d, size_t n, bool little, bool sign) {
    size_t nd = (n + 1) / 2 + 1;
    BigInt *b = alloc_big(nd);
    if (!b) return V_ERR;
    /* magnitude (two's complement for signed negatives) */
    bool neg = sign && n && (d[little ? n - 1 : 0] & 0x80);
    for (size_t i = 0; i < nd; i++) b->d[i] = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t byte = d[little ? i : n - 1 - i];
        if (neg) byte = (uint8_t)~byte;
        b->d[i / 2] |= (BnDigit)(byte << (8 * (i & 1)));
    }
    size_t k = nd;
    while (k && !b->d[k - 1]) k--;
    Bn r = {b->d, k, false};
    if (neg) {
        /* -(~x + 1) == value: add one to the magnitude of ~x */
        size_t i = 0;
        while (i < nd) {
            if (++b->d[i]) break;
            i++;
        }
        k = nd;
        while (k && !b->d[k - 1]) k--;
        r.n = k;
        r.neg = k != 0;
    }
    return finish(b, &r);
}

Value bigint_to_bytes(Value v, size_t len, bool little, bool sign) {
    BnDigit buf[BN_INTPTR_DIGITS];
    Bn a;
    view(v, &a, buf);
    if (a.neg && !sign) return exc_raise(&overflow_error_type, "can't convert negative int to unsigned");
    size_t bits = bn_bit_length(&a);
    /* signed: negative values need bit_length(-a-1)+1 bits */
    size_t need = bits + (sign ? 1 : 0);
    if (sign && a.neg) {
        /* -2^(k) fits in k+1 bits: check |a| is a power of two */
        bool pow2 = true;
        for (size_t i = 0; i + 1 < a.n; i++)
            if (a.d[i]) pow2 = false;
        if (pow2 && (a.d[a.n - 1] & (a.d[a.n - 1] - 1)) == 0) need = bits;
    }
    if (need > len * 8) return exc_raise(&overflow_error_type, "int too big to convert");
    Value b = bytes_new(NULL, len);
    if (b == V_ERR) return b;
    uint8_t *o = (uint8_t *)bytes_data(b, NULL);
    view(v, &a, buf);
    unsigned carry = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned byte = i / 2 < a.n ? (a.d[i / 2] >> (8 * (i & 1))) & 0xFF : 0;
        if (a.neg) {
            byte = (~byte & 0xFF) + carry;
            carry = byte >> 8;
            byte &= 0xFF;
        }
        o[little ? i : len - 1 - i] = (uint8_t)byte;
    }
    return b;
}

static int bigint_print_slot(Printer *p, Value v, bool repr) {
    (void)repr;
    return bigint_print(p, v, 10);
}

static Value bigint_binop_slot(int op, Value a, Value b) {
    int base = op & 0x1F;
    if (base == OPR_CONTAINS || base == OPR_MATMUL) return V_NOTIMPL;
    if (!int_is(a) || !int_is(b)) return V_NOTIMPL;
    return int_binop(base, a, b);
}

static Value bigint_unop_slot(int op, Value v) { return bigint_unop(op, v); }

/* ints beyond the small range: Python sees type int */
const Type bigint_type = {
    .hdr = {&type_type.gc},
    .gc = {"int", NULL, NULL},
    .name = Q_int,
    .base = &int_type,
    .print = bigint_print_slot,
    .unop = bigint_unop_slot,
    .binop = bigint_binop_slot,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
#endif
