/*
 * float.c - the float type (boxed C double), optional unit MONTY_FLOAT.
 * Text conversions are CPython-exact through core/dtoa.{h,c}.
 */
#include "obj.h"
#if MONTY_FLOAT
#include <math.h>

#include "dtoa.h"

Value float_new(double d) {
    Float *f = obj_alloc(&float_type, sizeof(Float));
    if (!f) return V_ERR;
    f->d = d;
    return V(f);
}

int float_coerce(Value v, double *out) {
    if (v_is_int(v)) {
        *out = (double)v_to_int(v);
        return 0;
    }
    if (v == V_TRUE || v == V_FALSE) {
        *out = v == V_TRUE;
        return 0;
    }
    Value n = inst_native(v);
    if (obj_is(n, &float_type)) {
        *out = float_get(n);
        return 0;
    }
#if MONTY_BIGINT
    if (obj_is(v, &bigint_type)) {
        int ovf;
        *out = bigint_to_double(v, &ovf);
        if (ovf) {
            exc_raise(&overflow_error_type, "int too large to convert to float");
            return -1;
        }
        return 0;
    }
#endif
    Value f = obj_unop(UN_FLOAT, v);
    if (f == V_ERR) {
        if (obj_isinstance(exc_peek(), &type_error_type)) {
            exc_take();
            exc_raise(&type_error_type, "must be real number, not %s", obj_type_name(v));
        }
        return -1;
    }
    if (!obj_is(f, &float_type)) {
        exc_raise(&type_error_type, "__float__ returned non-float (type %s)", obj_type_name(f));
        return -1;
    }
    *out = float_get(f);
    return 0;
}

static bool is_num(Value v) {
    return v_is_int(v) || v == V_TRUE || v == V_FALSE || obj_isinstance(v, &float_type)
#if MONTY_BIGINT
           || obj_is(v, &bigint_type)
#endif
        ;
}

/* exact comparison of a double with an int (big ints included) */
static int cmp_float_int(double x, Value i) {
    if (isnan(x)) return 2; /* unordered */
    if (v_is_int(i) || i == V_TRUE || i == V_FALSE) {
        intptr_t n = v_is_int(i) ? v_to_int(i) : i == V_TRUE;
        /* exact when the int converts exactly; otherwise compare as double
         * first and break ties on the integer part */
        double d = (double)n;
        if (x < d) return -1;
        if (x > d) return 1;
        if ((intptr_t)d == n || isinf(x)) return 0;
        /* d rounded: compare n with the integral x */
        intptr_t xi = (intptr_t)x;
        return xi < n ? -1 : xi > n;
    }
#if MONTY_BIGINT
    if (isinf(x)) return x > 0 ? 1 : -1;
    int ovf;
    double d = bigint_to_double(i, &ovf);
    if (ovf) return int_sign(i) > 0 ? -1 : 1;
    if (x < d) return -1;
    if (x > d) return 1;
    /* equal as doubles: compare exactly via the integer part of x */
    if (x != floor(x)) return 0 < x - floor(x) ? 1 : -1;
    Value xi = bigint_from_double(x);
    if (xi == V_ERR) {
        exc_take();
        return 0;
    }
    return int_is(xi) && v_is_int(xi) ? (v_to_int(xi) < 0 ? -1 : 1) : bigint_cmp(xi, i);
#else
    return 0;
#endif
}

static Value fmod_py(double x, double y, double *mod) {
    double m = fmod(x, y);
    if (m) {
        if ((y < 0) != (m < 0)) m += y;
    } else {
        m = copysign(0.0, y);
    }
    *mod = m;
    return V_NONE;
}

/* a op b for two C doubles (arithmetic and comparisons) */
/* x ** y.  newlib's pow (the boards) is within an ulp but not always
 * correctly rounded, glibc's is: where the answer is exact, or one
 * rounding of an exact value, compute it so, and 10.0 ** -20 or 3.0 ** 20
 * print alike on every board and natively.  Such are the integral powers
 * of an integral base whose odd part's power stays below 2**53 (the
 * power of two is exact), and their reciprocals for negative powers. */
double float_pow(double x, double y) {
    const double exact_max = 9007199254740992.0; /* 2**53 */
    if (y == floor(y) && fabs(y) <= 64 && x == floor(x) && x != 0 && fabs(x) < exact_max) {
        double m = fabs(x), p = 1;
        int k = 0, n = (int)fabs(y), i;
        while (floor(m / 2) * 2 == m) { /* x = m * 2**k, m odd */
            m /= 2;
            k++;
        }
        for (i = 0; i < n && p < exact_max; i++) p *= m;
        if (p < exact_max) {
            if (x < 0 && (n & 1)) p = -p;
            return y < 0 ? ldexp(1.0 / p, -k * n) : ldexp(p, k * n);
        }
    }
    if (y == 0.5 && x > 0 && !isinf(x)) return sqrt(x); /* correctly rounded too */
    return pow(x, y);
}

Value float_op(int base, double x, double y);

Value float_binop(int op, Value a, Value b) {
    int base = op & 0x1F;
    /* fast path: float with float or small int */
    if (v_is_obj(a) && obj_type_of_obj(v_to_ptr(a)) == &float_type) {
        if (v_is_obj(b) && obj_type_of_obj(v_to_ptr(b)) == &float_type) return float_op(base, float_get(a), float_get(b));
        if (v_is_int(b) && (base < OPR_LT || base > OPR_GE)) return float_op(base, float_get(a), (double)v_to_int(b));
    } else if (v_is_int(a) && v_is_obj(b) && obj_type_of_obj(v_to_ptr(b)) == &float_type && (base < OPR_LT || base > OPR_GE)) {
        return float_op(base, (double)v_to_int(a), float_get(b));
    }
    if (base == OPR_CONTAINS) return V_NOTIMPL;
    if (!is_num(a) || !is_num(b)) return V_NOTIMPL;
    bool af = obj_isinstance(a, &float_type), bf = obj_isinstance(b, &float_type);
    if (base >= OPR_LT && base <= OPR_GE && (!af || !bf)) {
        /* exact mixed comparison */
        double x;
        Value iv;
        int sgn = 1;
        if (af) {
            x = float_get(inst_native(a));
            iv = b;
        } else {
            x = float_get(inst_native(b));
            iv = a;
            sgn = -1;
        }
        int c = cmp_float_int(x, iv);
        if (c == 2) return v_from_bool(base == OPR_NE);
        c *= sgn;
        switch (base) {
        case OPR_LT: return v_from_bool(c < 0);
        case OPR_LE: return v_from_bool(c <= 0);
        case OPR_EQ: return v_from_bool(c == 0);
        case OPR_NE: return v_from_bool(c != 0);
        case OPR_GT: return v_from_bool(c > 0);
        default: return v_from_bool(c >= 0);
        }
    }
    double x, y;
    if (float_coerce(a, &x) < 0 || float_coerce(b, &y) < 0) return V_ERR;
    return float_op(base, x, y);
}

Value float_op(int base, double x, double y) {
    double r;
    switch (base) {
    case OPR_ADD: r = x + y; break;
    case OPR_SUB: r = x - y; break;
    case OPR_MUL: r = x * y; break;
    case OPR_TRUEDIV:
        if (y == 0) return exc_raise(&zero_division_error_type, "float division by zero");
        r = x / y;
        break;
    case OPR_FLOORDIV: {
        if (y == 0) return exc_raise(&zero_division_error_type, "float floor division by zero");
        double m;
        fmod_py(x, y, &m);
        double div = (x - m) / y;
        if (div) {
            double fl = floor(div);
            if (div - fl > 0.5) fl += 1.0;
            r = fl;
        } else {
            r = copysign(0.0, x / y);
        }
        break;
    }
    case OPR_MOD:
        if (y == 0) return exc_raise(&zero_division_error_type, "float modulo");
        fmod_py(x, y, &r);
        break;
    case OPR_POW:
        if (x == 0 && y < 0) return exc_raise(&zero_division_error_type, "0.0 cannot be raised to a negative power");
        if (x < 0 && y != floor(y)) return exc_raise(&value_error_type, "math domain error: complex result not supported");
        r = float_pow(x, y);
        if (isinf(r) && !isinf(x) && !isinf(y)) return exc_raise(&overflow_error_type, "(34, 'Numerical result out of range')");
        break;
    case OPR_LT: return v_from_bool(x < y);
    case OPR_LE: return v_from_bool(x <= y);
    case OPR_EQ: return v_from_bool(x == y);
    case OPR_NE: return v_from_bool(x != y);
    case OPR_GT: return v_from_bool(x > y);
    case OPR_GE: return v_from_bool(x >= y);
    default: return V_NOTIMPL;
    }
    return float_new(r);
}

static Value float_binop_slot(int op, Value a, Value b) { return float_binop(op & ~OPR_INPLACE, a, b); }

Value float_hash(double d) {
    intptr_t h = dt_hash(d);
    if (!v_fits_int(h)) h >>= 1;
    return v_from_int(h);
}

static Value float_to_int(double d) {
    if (isnan(d)) return exc_raise(&value_error_type, "cannot convert float NaN to integer");
    if (isinf(d)) return exc_raise(&overflow_error_type, "cannot convert float infinity to integer");
    double t = trunc(d);
    if (t >= (double)SMALL_INT_MIN && t <= (double)SMALL_INT_MAX) return v_from_int((intptr_t)t);
#if MONTY_BIGINT
    return bigint_from_double(t);
#else
    return exc_raise(&overflow_error_type, "integer overflow");
#endif
}

Value float_int_value(double d) { return float_to_int(d); }

static Value float_unop(int op, Value v) {
    double d = float_get(inst_native(v));
    switch (op) {
    case UN_NEG: return float_new(-d);
    case UN_POS: return inst_native(v);
    case UN_ABS: return float_new(fabs(d));
    case UN_BOOL: return v_from_bool(d != 0);
    case UN_HASH:
        if (isnan(d)) return v_from_int((intptr_t)(v >> 3));
        return float_hash(d);
    case UN_INT: return float_to_int(d);
    case UN_FLOAT: return inst_native(v);
    default: return V_NOTIMPL;
    }
}

int float_print(Printer *p, double d, bool repr) {
    (void)repr;
    char buf[DT_REPR_SIZE];
    size_t n = dt_repr(d, buf);
    return pr_mem(p, buf, n);
}

static int float_print_slot(Printer *p, Value v, bool repr) { return float_print(p, float_get(inst_native(v)), repr); }

Value float_parse(const char *s, size_t n) {
    double d;
    if (dt_parse(s, n, &d) < 0) {
        Value src = str_new(s, n);
        if (src == V_ERR) return src;
        return exc_raise(&value_error_type, "could not convert string to float: %r", src);
    }
    return float_new(d);
}

static Value float_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (arg_no_kw(a, "float") < 0 || arg_check(a, 0, 1, "float") < 0) return V_ERR;
    if (a.n == 0) return float_new(0.0);
    Value x = a.v[0];
    if (obj_is(x, &float_type)) return x;
    size_t n;
    const char *s = str_data(x, &n);
    if (s) return float_parse(s, n);
    if (obj_is(x, &bytes_type) || obj_is(x, &bytearray_type)) {
        Value c = bytes_snapshot(x); /* bytearray data may move */
        if (c == V_ERR) return c;
        root_push(v_to_ptr(c));
        s = (const char *)bytes_data(c, &n);
        Value r = float_parse(s, n);
        root_pop(1);
        return r;
    }
    double d;
    if (float_coerce(x, &d) < 0) {
        if (obj_isinstance(exc_peek(), &type_error_type)) {
            exc_take();
            return exc_raise(&type_error_type, "float() argument must be a string or a real number, not '%s'", obj_type_name(x));
        }
        return V_ERR;
    }
    return float_new(d);
}

static Value f_is_integer(ArgVec a) {
    double d = float_get(inst_native(a.v[0]));
    return v_from_bool(isfinite(d) && d == floor(d));
}

static Value f_as_integer_ratio(ArgVec a) {
    double d = float_get(inst_native(a.v[0]));
    if (isinf(d)) return exc_raise(&overflow_error_type, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return exc_raise(&value_error_type, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = float_to_int(m);
    if (num == V_ERR) return num;
    root_push(v_is_obj(num) ? v_to_ptr(num) : NULL);
    Value den = v_from_int(1);
    Value r;
    if (e > 0) {
        Value sh = int_binop(OPR_LSHIFT, v_from_int(1), v_from_int(e));
        r = sh == V_ERR ? sh : int_binop(OPR_MUL, num, sh);
        if (r != V_ERR) num = r;
    } else if (e < 0) {
        den = int_binop(OPR_LSHIFT, v_from_int(1), v_from_int(-e));
    }
    if (den == V_ERR || num == V_ERR) {
        root_pop(1);
        return V_ERR;
    }
    Value t[2] = {num, den};
    r = tuple_new(2, t);
    root_pop(1);
    return r;
}

static Value f_conjugate(ArgVec a) { return inst_native(a.v[0]); }

static Value f_hex(ArgVec a) {
    (void)a;
    return exc_raise(&not_implemented_error_type, "float.hex");
}

static Value float_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    if (name == QV(real)) return inst_native(self);
    if (name == QV(imag)) return float_new(0.0);
    return V_NULL;
}

/* format(x, spec) for floats */
Value float_format(double d, Value specv) {
    size_t sn;
    const char *spec = str_data(specv, &sn);
    FsSpec fs;
    int e = fs_parse(spec, sn, &fs);
    if (e == 0) {
        size_t cap = dt_format_spec_size(&fs, d);
        char *out;
        Value s = str_new_raw(cap, &out);
        if (s == V_ERR) return s;
        intptr_t n = dt_format_spec(&fs, d, out, cap);
        if (n >= 0) {
            ((Str *)v_to_ptr(s))->len = (uint32_t)n;
            out[n] = 0;
            return str_intern_small(s);
        }
        e = (int)n;
    }
    char msg[120];
    spec = str_data(specv, &sn);
    fs_error_text(e, spec, sn, &fs, "float", msg, sizeof msg);
    return exc_raise(fs_error_is_overflow(e) ? &overflow_error_type : &value_error_type, "%s", msg);
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn float_methods[] = {
    M(as_integer_ratio, f_as_integer_ratio, 1, 1, 0),
    M(conjugate, f_conjugate, 1, 1, 0),
    M(hex, f_hex, 1, 1, 0),
    M(is_integer, f_is_integer, 1, 1, 0),
};

const Type float_type = {
    .hdr = {&type_type.gc},
    .gc = {"float", NULL, NULL},
    .name = Q_float,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = float_methods,
    .nmethods = sizeof float_methods / sizeof float_methods[0],
    .print = float_print_slot,
    .unop = float_unop,
    .binop = float_binop_slot,
    .make_new = float_make_new,
    .attr = float_attr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
#endif
