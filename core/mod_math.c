/*
 * mod_math.c - the math module (part of the float unit).
 */
#include "config.h"
#if MONTY_FLOAT
#include <math.h>

#include "interp.h"

static int num(Value v, double *d) { return float_coerce(v, d); }

static Value domain(void) { return exc_raise(&value_error_type, "math domain error"); }

static Value result(double r, double x) {
    if (isnan(r) && !isnan(x)) return domain();
    if (isinf(r) && isfinite(x)) return exc_raise(&overflow_error_type, "math range error");
    return float_new(r);
}

#define UNARY(name, expr, dom)                                                                                      \
    static Value m_##name(ArgVec a) {                                                                                \
        double x;                                                                                                    \
        if (num(a.v[0], &x) < 0) return V_ERR;                                                                       \
        if (dom) return domain();                                                                                    \
        return result(expr, x);                                                                                      \
    }

UNARY(sqrt, sqrt(x), x < 0)
UNARY(exp, exp(x), 0)
UNARY(log2, log2(x), x <= 0)
UNARY(log10, log10(x), x <= 0)
UNARY(sin, sin(x), isinf(x))
UNARY(cos, cos(x), isinf(x))
UNARY(tan, tan(x), isinf(x))
UNARY(asin, asin(x), x < -1 || x > 1)
UNARY(acos, acos(x), x < -1 || x > 1)
UNARY(atan, atan(x), 0)
UNARY(sinh, sinh(x), 0)
UNARY(cosh, cosh(x), 0)
UNARY(tanh, tanh(x), 0)
UNARY(fabs, fabs(x), 0)
UNARY(degrees, x * (180.0 / 3.141592653589793), 0)
UNARY(radians, x * (3.141592653589793 / 180.0), 0)

static Value m_log(ArgVec a) {
    double x;
    if (num(a.v[0], &x) < 0) return V_ERR;
    if (x <= 0) return domain();
    double r = log(x);
    if (a.n > 1) {
        double b;
        if (num(a.v[1], &b) < 0) return V_ERR;
        if (b <= 0 || b == 1) return b == 1 ? exc_raise(&zero_division_error_type, "float division by zero") : domain();
        r /= log(b);
    }
    return float_new(r);
}

static Value m_pow(ArgVec a) {
    double x, y;
    if (num(a.v[0], &x) < 0 || num(a.v[1], &y) < 0) return V_ERR;
    if (x == 0 && y < 0) return domain();
    if (x < 0 && y != floor(y) && isfinite(y)) return domain();
    double r = float_pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return exc_raise(&overflow_error_type, "math range error");
    return float_new(r);
}

static Value m_atan2(ArgVec a) {
    double y, x;
    if (num(a.v[0], &y) < 0 || num(a.v[1], &x) < 0) return V_ERR;
    return float_new(atan2(y, x));
}

static Value m_hypot(ArgVec a) {
    double acc = 0;
    for (int i = 0; i < a.n; i++) {
        double x;
        if (num(a.v[i], &x) < 0) return V_ERR;
        acc = hypot(acc, x);
    }
    return float_new(acc);
}

static Value m_copysign(ArgVec a) {
    double x, y;
    if (num(a.v[0], &x) < 0 || num(a.v[1], &y) < 0) return V_ERR;
    return float_new(copysign(x, y));
}

static Value m_fmod(ArgVec a) {
    double x, y;
    if (num(a.v[0], &x) < 0 || num(a.v[1], &y) < 0) return V_ERR;
    if (y == 0 || isinf(x)) return domain();
    return float_new(fmod(x, y));
}

Value float_int_value(double d);

/* floor/ceil/trunc return ints; ints pass through; classes may define
 * __floor__ etc. (not supported: documented) */
static Value to_int(ArgVec a, int mode) {
    Value v = a.v[0];
    if (int_is(v)) return v == V_TRUE ? v_from_int(1) : v == V_FALSE ? v_from_int(0) : v;
    double x;
    if (num(v, &x) < 0) return V_ERR;
    double r = mode == 0 ? floor(x) : mode == 1 ? ceil(x) : trunc(x);
    return float_int_value(r);
}
static Value m_floor(ArgVec a) { return to_int(a, 0); }
static Value m_ceil(ArgVec a) { return to_int(a, 1); }
static Value m_trunc(ArgVec a) { return to_int(a, 2); }

static Value m_modf(ArgVec a) {
    double x, ip;
    if (num(a.v[0], &x) < 0) return V_ERR;
    double fp = modf(x, &ip);
    Value f = float_new(fp);
    if (f == V_ERR) return f;
    root_push(v_to_ptr(f));
    Value i = float_new(ip);
    Value r = V_ERR;
    if (i != V_ERR) {
        Value t[2] = {f, i};
        root_push(v_to_ptr(i));
        r = tuple_new(2, t);
        root_pop(1);
    }
    root_pop(1);
    return r;
}

static Value m_frexp(ArgVec a) {
    double x;
    int e;
    if (num(a.v[0], &x) < 0) return V_ERR;
    double m = isfinite(x) ? frexp(x, &e) : (e = 0, x);
    Value f = float_new(m);
    if (f == V_ERR) return f;
    root_push(v_to_ptr(f));
    Value t[2] = {f, v_from_int(e)};
    Value r = tuple_new(2, t);
    root_pop(1);
    return r;
}

static Value m_ldexp(ArgVec a) {
    double x;
    intptr_t e;
    if (num(a.v[0], &x) < 0 || int_get(a.v[1], &e) < 0) return V_ERR;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    return result(ldexp(x, (int)e), x);
}

static Value m_isnan(ArgVec a) {
    double x;
    if (num(a.v[0], &x) < 0) return V_ERR;
    return v_from_bool(isnan(x));
}
static Value m_isinf(ArgVec a) {
    double x;
    if (num(a.v[0], &x) < 0) return V_ERR;
    return v_from_bool(isinf(x));
}
static Value m_isfinite(ArgVec a) {
    double x;
    if (num(a.v[0], &x) < 0) return V_ERR;
    return v_from_bool(isfinite(x));
}

static Value m_isclose(ArgVec a) {
    double x, y, rel = 1e-9, abs_ = 0.0;
    if (arg_check(a, 2, 2, "isclose") < 0 || num(a.v[0], &x) < 0 || num(a.v[1], &y) < 0) return V_ERR;
    Value rt = arg_kw(a, Q_rel_tol), at = arg_kw(a, Q_abs_tol);
    if (rt != V_NULL && num(rt, &rel) < 0) return V_ERR;
    if (at != V_NULL && num(at, &abs_) < 0) return V_ERR;
    if (rel < 0 || abs_ < 0) return exc_raise(&value_error_type, "tolerances must be non-negative");
    if (x == y) return V_TRUE;
    if (isinf(x) || isinf(y)) return V_FALSE;
    double d = fabs(x - y);
    return v_from_bool(d <= fabs(rel * y) || d <= fabs(rel * x) || d <= abs_);
}

static Value m_gcd(ArgVec a) {
    Value g = v_from_int(0);
    for (int i = 0; i < a.n; i++) {
        Value x = a.v[i];
        if (!int_is(x)) return exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", obj_type_name(x));
        if (int_sign(x) < 0) {
            x = obj_unop(UN_NEG, x);
            if (x == V_ERR) return x;
        }
        Value y = g;
        root_push(v_is_obj(x) ? v_to_ptr(x) : NULL);
        root_push(v_is_obj(y) ? v_to_ptr(y) : NULL);
        while (int_sign(x) != 0) {
            Value r = int_binop(OPR_MOD, y, x);
            if (r == V_ERR) {
                root_pop(2);
                return r;
            }
            y = x;
            x = r;
            root_pop(2);
            root_push(v_is_obj(x) ? v_to_ptr(x) : NULL);
            root_push(v_is_obj(y) ? v_to_ptr(y) : NULL);
        }
        root_pop(2);
        g = y;
    }
    return g;
}

static Value m_factorial(ArgVec a) {
    intptr_t n;
    if (!int_is(a.v[0])) return exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", obj_type_name(a.v[0]));
    if (int_get(a.v[0], &n) < 0) return V_ERR;
    if (n < 0) return exc_raise(&value_error_type, "factorial() not defined for negative values");
    Value r = v_from_int(1);
    for (intptr_t i = 2; i <= n; i++) {
        root_push(v_is_obj(r) ? v_to_ptr(r) : NULL);
        Value r2 = int_binop(OPR_MUL, r, v_from_int(i));
        root_pop(1);
        if (r2 == V_ERR) return r2;
        r = r2;
    }
    return r;
}

static Value m_isqrt(ArgVec a) {
    intptr_t n;
    if (int_get(a.v[0], &n) < 0) return V_ERR;
    if (n < 0) return exc_raise(&value_error_type, "isqrt() argument must be nonnegative");
    uintptr_t x = (uintptr_t)sqrt((double)n);
    while (x * x > (uintptr_t)n) x--;
    while ((x + 1) * (x + 1) <= (uintptr_t)n) x++;
    return int_from_uintptr(x);
}

static Value m_comb_perm(ArgVec a, bool comb) {
    intptr_t n, k;
    if (int_get(a.v[0], &n) < 0) return V_ERR;
    if (a.n > 1) {
        if (int_get(a.v[1], &k) < 0) return V_ERR;
    } else {
        if (comb) return exc_raise(&type_error_type, "comb expected 2 arguments, got 1");
        k = n;
    }
    if (n < 0 || k < 0) return exc_raise(&value_error_type, "%s must be a non-negative integer", n < 0 ? "n" : "k");
    if (k > n) return v_from_int(0);
    if (comb && k > n - k) k = n - k;
    Value r = v_from_int(1);
    for (intptr_t i = 0; i < k; i++) {
        root_push(v_is_obj(r) ? v_to_ptr(r) : NULL);
        Value r2 = int_binop(OPR_MUL, r, v_from_int(n - i));
        if (r2 != V_ERR && comb) {
            root_pop(1);
            root_push(v_is_obj(r2) ? v_to_ptr(r2) : NULL);
            r2 = int_binop(OPR_FLOORDIV, r2, v_from_int(i + 1));
        }
        root_pop(1);
        if (r2 == V_ERR) return r2;
        r = r2;
    }
    return r;
}
static Value m_comb(ArgVec a) { return m_comb_perm(a, true); }
static Value m_perm(ArgVec a) { return m_comb_perm(a, false); }

static Value m_prod(ArgVec a) {
    Value start = arg_kw(a, Q_start);
    Value acc = start == V_NULL ? v_from_int(1) : start;
    Value it = obj_iter(a.v[0]);
    if (it == V_ERR) return it;
    root_push(v_to_ptr(it));
    for (;;) {
        Value x = obj_next(it);
        if (x == V_NULL) break;
        if (x == V_ERR) {
            acc = x;
            break;
        }
        root_push(v_is_obj(acc) ? v_to_ptr(acc) : NULL);
        acc = obj_binop(OPR_MUL, acc, x);
        root_pop(1);
        if (acc == V_ERR) break;
    }
    root_pop(1);
    return acc;
}

static Value m_fsum(ArgVec a) {
    /* Neumaier summation: exact enough for the common cases */
    Value it = obj_iter(a.v[0]);
    if (it == V_ERR) return it;
    root_push(v_to_ptr(it));
    double s = 0, c = 0;
    Value r = V_NONE;
    for (;;) {
        Value x = obj_next(it);
        if (x == V_NULL) break;
        double d;
        if (x == V_ERR || num(x, &d) < 0) {
            r = V_ERR;
            break;
        }
        double t = s + d;
        if (fabs(s) >= fabs(d)) c += (s - t) + d;
        else c += (d - t) + s;
        s = t;
    }
    root_pop(1);
    return r == V_ERR ? r : float_new(s + c);
}

#define F(name, min, max, fl) static const BuiltinFn bf_##name = {{&builtin_type.gc}, m_##name, Q_##name, min, max, (fl) | BF_STATIC};
F(acos, 1, 1, 0)
F(asin, 1, 1, 0)
F(atan, 1, 1, 0)
F(atan2, 2, 2, 0)
F(ceil, 1, 1, 0)
F(comb, 1, 2, 0)
F(copysign, 2, 2, 0)
F(cos, 1, 1, 0)
F(cosh, 1, 1, 0)
F(degrees, 1, 1, 0)
F(exp, 1, 1, 0)
F(fabs, 1, 1, 0)
F(factorial, 1, 1, 0)
F(floor, 1, 1, 0)
F(fmod, 2, 2, 0)
F(frexp, 1, 1, 0)
F(fsum, 1, 1, 0)
F(gcd, 0, 255, BF_VAR)
F(hypot, 0, 255, BF_VAR)
F(isclose, 2, 2, BF_KW)
F(isfinite, 1, 1, 0)
F(isinf, 1, 1, 0)
F(isnan, 1, 1, 0)
F(isqrt, 1, 1, 0)
F(ldexp, 2, 2, 0)
F(log, 1, 2, 0)
F(log10, 1, 1, 0)
F(log2, 1, 1, 0)
F(modf, 1, 1, 0)
F(perm, 1, 2, 0)
F(pow, 2, 2, 0)
F(prod, 1, 1, BF_KW)
F(radians, 1, 1, 0)
F(sin, 1, 1, 0)
F(sinh, 1, 1, 0)
F(sqrt, 1, 1, 0)
F(tan, 1, 1, 0)
F(tanh, 1, 1, 0)
F(trunc, 1, 1, 0)

#define FC(name, val) static const Float fc_##name = {{&float_type.gc}, val};
FC(e, 2.718281828459045)
FC(pi, 3.141592653589793)
FC(tau, 6.283185307179586)
FC(inf, INFINITY)
FC(nan, NAN)

#define A(name) {Q_##name, (Value)&bf_##name}
#define AC(name) {Q_##name, (Value)&fc_##name}
static const ModAttr math_attrs[] = {
    A(acos), A(asin), A(atan), A(atan2), A(ceil), A(comb), A(copysign), A(cos), A(cosh), A(degrees), AC(e),
    A(exp), A(fabs), A(factorial), A(floor), A(fmod), A(frexp), A(fsum), A(gcd), A(hypot), AC(inf), A(isclose),
    A(isfinite), A(isinf), A(isnan), A(isqrt), A(ldexp), A(log), A(log10), A(log2), A(modf), AC(nan), A(perm),
    AC(pi), A(pow), A(prod), A(radians), A(sin), A(sinh), A(sqrt), A(tan), A(tanh), AC(tau), A(trunc),
};

const ModDef mod_math = {Q_math, sizeof math_attrs / sizeof math_attrs[0], math_attrs, NULL};

#if defined(__arm__) && !defined(__linux__)
/* newlib's libm reports domain and range errors through errno, and its
 * __errno() lives in the 1 KB reentrancy structure (_impure_ptr, .data).
 * Nothing in core reads errno (the math functions check their arguments
 * and results themselves), so one static int serves: it keeps that
 * structure, and a kilobyte of core's 3 KB of RAM, out of the segment. */
int *__errno(void);
int *__errno(void) {
    static int err;
    return &err;
}
#endif
#endif
