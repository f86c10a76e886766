/*
 * builtins.c - the built-in functions and the `builtins` module.
 *
 * The module's names are a constant table sorted by qstr (= by name), so
 * the builtins cost no RAM; assignments to builtins go to the module's
 * globals dict, which is looked at first.
 */
#include "config.h"
#include "interp.h"
#include "text.h"
#if MONTY_FLOAT
#include <math.h>

#include "dtoa.h"
#endif
#if MONTY_COMPILER
#include "compiler/compiler.h"
#endif

/* ---- console output ---- */

/* a printer that buffers on the C stack and writes to the console or
 * calls file.write(str) */
typedef struct OutPrinter {
    Printer p;
    Value file;    /* V_NULL: stdout; V_FALSE: stderr; else an object */
    size_t n;
    char buf[64];
} OutPrinter;

static int out_flush(OutPrinter *o) {
    if (!o->n) return 0;
    size_t n = o->n;
    o->n = 0;
    if (o->file == V_NULL || o->file == V_FALSE) {
        const struct BootApi *b = vm.host ? vm.host->boot : NULL;
        if (b) (o->file == V_NULL ? b->write : b->write_err)(o->buf, n);
        return 0;
    }
    Value s = str_new(o->buf, n);
    if (s == V_ERR) return -1;
    root_push(v_is_obj(s) ? v_to_ptr(s) : NULL);
    Value r = obj_call_method(o->file, Q_write, 1, &s);
    root_pop(1);
    return r == V_ERR ? -1 : 0;
}

static int out_write(Printer *p, const char *s, size_t n) {
    OutPrinter *o = (OutPrinter *)p;
    while (n) {
        size_t k = sizeof o->buf - o->n;
        if (k > n) k = n;
        memcpy(o->buf + o->n, s, k);
        o->n += k;
        s += k;
        n -= k;
        if (o->n == sizeof o->buf && out_flush(o) < 0) return -1;
    }
    return 0;
}

static Value stream_write(ArgVec a) {
    if (arg_check(a, 2, 2, "write") < 0) return V_ERR;
    Stream *s = v_to_ptr(a.v[0]);
    size_t n;
    const char *d = str_data(a.v[1], &n);
    if (!d) return exc_raise(&type_error_type, "write() argument must be str, not %s", obj_type_name(a.v[1]));
    const struct BootApi *b = vm.host ? vm.host->boot : NULL;
    if (b) (s->fd == 2 ? b->write_err : b->write)(d, n);
    return v_from_int((intptr_t)utf8_count(d, n));
}

static Value stream_flush(ArgVec a) {
    (void)a;
    return V_NONE;
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn stream_methods[] = {
    M(flush, stream_flush, 1, 1, 0),
    M(write, stream_write, 2, 2, 0),
};

const Type stream_type = {
    .hdr = {&type_type.gc},
    .gc = {"TextIOWrapper", NULL, NULL},
    .name = Q_stdout,
    .base = &object_type,
    .methods = stream_methods,
    .nmethods = 2,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

const Stream stdout_stream = {{&stream_type.gc}, 1};
const Stream stderr_stream = {{&stream_type.gc}, 2};

static Value b_print(ArgVec a) {
    Value sep = arg_kw(a, Q_sep), end = arg_kw(a, Q_end), file = arg_kw(a, Q_file);
    for (int i = 0; i < a.nkw; i++) {
        Value k = a.v[a.n + 2 * i];
        if (k != QV(sep) && k != QV(end) && k != QV(file) && k != QV(flush))
            return exc_raise(&type_error_type, "'%v' is an invalid keyword argument for print()", k);
    }
    if (sep == V_NONE) sep = V_NULL;
    if (end == V_NONE) end = V_NULL;
    if (sep != V_NULL && !str_is(sep)) return exc_raise(&type_error_type, "sep must be None or a string, not %s", obj_type_name(sep));
    if (end != V_NULL && !str_is(end)) return exc_raise(&type_error_type, "end must be None or a string, not %s", obj_type_name(end));
    OutPrinter o;
    o.p.write = out_write;
    o.n = 0;
    if (file == V_NULL || file == V_NONE || file == V(&stdout_stream)) o.file = V_NULL;
    else if (file == V(&stderr_stream)) o.file = V_FALSE;
    else o.file = file;
    for (int i = 0; i < a.n; i++) {
        if (i) {
            size_t n = 1;
            const char *s = sep == V_NULL ? " " : str_data(sep, &n);
            if (pr_mem(&o.p, s, n) < 0) return V_ERR;
        }
        if (obj_print(&o.p, a.v[i], false) < 0) return V_ERR;
    }
    size_t n = 1;
    const char *s = end == V_NULL ? "\n" : str_data(end, &n);
    if (pr_mem(&o.p, s, n) < 0 || out_flush(&o) < 0) return V_ERR;
    return V_NONE;
}

/* writes a traceback to stderr */
void vm_print_exception(Value exc) {
    OutPrinter o;
    o.p.write = out_write;
    o.n = 0;
    o.file = V_FALSE;
    exc_print_tb(&o.p, exc);
    out_flush(&o);
    if (exc_pending()) exc_take();
}

Value builtin_print_expr(Value v) {
    if (v == V_NONE) return V_NONE;
    if (dict_set(dict_p(vm.builtins) ? ((Module *)v_to_ptr(vm.builtins))->globals : V_NULL, q_(qstr_intern("_", 1, true)), v) < 0)
        return V_ERR;
    OutPrinter o;
    o.p.write = out_write;
    o.n = 0;
    o.file = V_NULL;
    if (obj_print(&o.p, v, true) < 0 || pr_mem(&o.p, "\n", 1) < 0 || out_flush(&o) < 0) return V_ERR;
    return V_NONE;
}

/* ---- simple functions ---- */

static Value b_abs(ArgVec a) { return obj_unop(UN_ABS, a.v[0]); }

static Value b_all(ArgVec a) {
    Value it = obj_iter(a.v[0]);
    if (it == V_ERR) return it;
    root_push(v_to_ptr(it));
    Value r = V_TRUE;
    for (;;) {
        Value x = obj_next(it);
        if (x == V_NULL) break;
        int t = x == V_ERR ? -1 : obj_truth(x);
        if (t <= 0) {
            r = t < 0 ? V_ERR : V_FALSE;
            break;
        }
    }
    root_pop(1);
    return r;
}

static Value b_any(ArgVec a) {
    Value it = obj_iter(a.v[0]);
    if (it == V_ERR) return it;
    root_push(v_to_ptr(it));
    Value r = V_FALSE;
    for (;;) {
        Value x = obj_next(it);
        if (x == V_NULL) break;
        int t = x == V_ERR ? -1 : obj_truth(x);
        if (t != 0) {
            r = t < 0 ? V_ERR : V_TRUE;
            break;
        }
    }
    root_pop(1);
    return r;
}

Value builtin_ascii_of(Value v) {
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    int r;
    if (str_is(v)) {
        size_t n;
        const char *s = str_data(v, &n);
        r = str_print_repr(&sb.p, s, n, true);
    } else {
        Value rp = obj_repr(v);
        if (rp == V_ERR) {
            sb_abandon(&sb);
            return rp;
        }
        size_t n;
        const char *s = str_data(rp, &n);
        /* escape non-ASCII in the repr */
        r = 0;
        root_push(v_is_obj(rp) ? v_to_ptr(rp) : NULL);
        for (size_t i = 0; i < n && r == 0;) {
            s = str_data(rp, &n);
            if ((uint8_t)s[i] < 0x80) {
                r = pr_mem(&sb.p, s + i, 1);
                i++;
                continue;
            }
            size_t adv;
            uint32_t c = str_codepoint_at(s + i, &adv);
            i += adv;
            if (c < 0x100) r = pr_fmt(&sb.p, "\\x%c%c", "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15]);
            else if (c < 0x10000) {
                char b[7] = {'\\', 'u'};
                for (int k = 0; k < 4; k++) b[2 + k] = "0123456789abcdef"[(c >> (12 - 4 * k)) & 15];
                r = pr_mem(&sb.p, b, 6);
            } else {
                char b[10] = {'\\', 'U'};
                for (int k = 0; k < 8; k++) b[2 + k] = "0123456789abcdef"[(c >> (28 - 4 * k)) & 15];
                r = pr_mem(&sb.p, b, 10);
            }
        }
        root_pop(1);
    }
    if (r < 0) {
        sb_abandon(&sb);
        return V_ERR;
    }
    return sb_finish(&sb);
}

static Value b_ascii(ArgVec a) { return builtin_ascii_of(a.v[0]); }

static Value int_text(Value v, int base) {
    if (!int_is(v)) {
        Value i = obj_index(v);
        if (i == V_ERR) return i;
        v = i;
    }
    return int_to_str_base(v, base);
}
static Value b_bin(ArgVec a) { return int_text(a.v[0], 2); }
static Value b_oct(ArgVec a) { return int_text(a.v[0], 8); }
static Value b_hex(ArgVec a) { return int_text(a.v[0], 16); }

static Value b_callable(ArgVec a) { return v_from_bool(obj_callable(a.v[0])); }

static Value b_chr(ArgVec a) {
    intptr_t c;
    if (!int_is(a.v[0])) return exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", obj_type_name(a.v[0]));
    if (int_get(a.v[0], &c) < 0) return V_ERR;
    if (c < 0 || c > 0x10FFFF) return exc_raise(&value_error_type, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)c);
}

static Value b_ord(ArgVec a) {
    size_t n;
    const char *s = str_data(a.v[0], &n);
    if (s) {
        size_t cnt = utf8_count(s, n);
        if (cnt != 1)
            return exc_raise(&type_error_type, "ord() expected a character, but string of length %u found", (unsigned long)cnt);
        size_t adv;
        return v_from_int((intptr_t)str_codepoint_at(s, &adv));
    }
    const uint8_t *b = bytes_data(a.v[0], &n);
    if (b) {
        if (n != 1) return exc_raise(&type_error_type, "ord() expected a character, but string of length %u found", (unsigned long)n);
        return v_from_int(b[0]);
    }
    return exc_raise(&type_error_type, "ord() expected string of length 1, but %s found", obj_type_name(a.v[0]));
}

static Value name_arg(Value v) {
    if (!str_is(v)) return exc_raise(&type_error_type, "attribute name must be string, not '%s'", obj_type_name(v));
    return str_intern_value(v);
}

static Value b_getattr(ArgVec a) {
    Value name = name_arg(a.v[1]);
    if (name == V_ERR) return name;
    Value r = obj_getattr_opt(a.v[0], name);
    if (r == V_NULL) {
        if (a.n > 2) return a.v[2];
        return attr_error(a.v[0], name);
    }
    if (r == V_ERR && a.n > 2 && obj_isinstance(exc_peek(), &attribute_error_type)) {
        exc_take();
        return a.v[2];
    }
    return r;
}

static Value b_setattr(ArgVec a) {
    Value name = name_arg(a.v[1]);
    if (name == V_ERR) return name;
    return obj_setattr(a.v[0], name, a.v[2]) < 0 ? V_ERR : V_NONE;
}

static Value b_delattr(ArgVec a) {
    Value name = name_arg(a.v[1]);
    if (name == V_ERR) return name;
    return obj_setattr(a.v[0], name, V_DELETE) < 0 ? V_ERR : V_NONE;
}

static Value b_hasattr(ArgVec a) {
    Value name = name_arg(a.v[1]);
    if (name == V_ERR) return name;
    Value r = obj_getattr_opt(a.v[0], name);
    if (r == V_ERR) {
        if (obj_isinstance(exc_peek(), &attribute_error_type)) {
            exc_take();
            return V_FALSE;
        }
        return r;
    }
    return v_from_bool(r != V_NULL);
}

static Value b_divmod(ArgVec a) {
    Value q = obj_binop(OPR_FLOORDIV, a.v[0], a.v[1]);
    if (q == V_ERR) return q;
    root_push(v_is_obj(q) ? v_to_ptr(q) : NULL);
    Value m = obj_binop(OPR_MOD, a.v[0], a.v[1]);
    Value r = V_ERR;
    if (m != V_ERR) {
        Value t[2] = {q, m};
        root_push(v_is_obj(m) ? v_to_ptr(m) : NULL);
        r = tuple_new(2, t);
        root_pop(1);
    }
    root_pop(1);
    return r;
}

static Value b_hash(ArgVec a) { return obj_hash(a.v[0]); }

static Value b_id(ArgVec a) { return int_from_uintptr((uintptr_t)a.v[0]); }

static bool is_class_or_tuple(Value c) {
    if (obj_isinstance(c, &type_type)) return true;
    if (!obj_is(c, &tuple_type)) return false;
    Tuple *t = tuple_p(c);
    for (uint32_t i = 0; i < t->len; i++)
        if (!is_class_or_tuple(t->items[i])) return false;
    return true;
}

static bool isinst(Value o, Value c) {
    if (obj_is(c, &tuple_type)) {
        Tuple *t = tuple_p(c);
        for (uint32_t i = 0; i < t->len; i++)
            if (isinst(o, t->items[i])) return true;
        return false;
    }
    const Type *ct = v_to_ptr(c);
#if MONTY_BIGINT
    if (ct == &int_type && obj_is(o, &bigint_type)) return true;
#endif
    return obj_isinstance(o, ct);
}

static Value b_isinstance(ArgVec a) {
    if (!is_class_or_tuple(a.v[1]))
        return exc_raise(&type_error_type, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return v_from_bool(isinst(a.v[0], a.v[1]));
}

static bool issub(const Type *t, Value c) {
    if (obj_is(c, &tuple_type)) {
        Tuple *tu = tuple_p(c);
        for (uint32_t i = 0; i < tu->len; i++)
            if (issub(t, tu->items[i])) return true;
        return false;
    }
    return type_is_sub(t, v_to_ptr(c));
}

static Value b_issubclass(ArgVec a) {
    if (!obj_isinstance(a.v[0], &type_type)) return exc_raise(&type_error_type, "issubclass() arg 1 must be a class");
    if (!is_class_or_tuple(a.v[1]))
        return exc_raise(&type_error_type, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return v_from_bool(issub(v_to_ptr(a.v[0]), a.v[1]));
}

Value calliter_new(Value callable, Value sentinel);

static Value b_iter(ArgVec a) {
    if (a.n == 2) {
        if (!obj_callable(a.v[0])) return exc_raise(&type_error_type, "iter(v, w): v must be callable");
        return calliter_new(a.v[0], a.v[1]);
    }
    return obj_iter(a.v[0]);
}

static Value b_next(ArgVec a) {
    const Type *t = obj_type(a.v[0]);
    if (t == &gen_type) {
        /* a generator's return value travels in StopIteration */
        Value out;
        int r = gen_resume(a.v[0], V_NONE, V_NULL, &out);
        if (r < 0) return V_ERR;
        if (r == 0) return out;
        if (a.n > 1) return a.v[1];
        return exc_raise_value(exc_new1(&stop_iteration_type, out == V_NONE ? V_NULL : out));
    }
    if (!t->next) return exc_raise(&type_error_type, "'%s' object is not an iterator", type_name(t));
    Value r = obj_next(a.v[0]);
    if (r == V_NULL) {
        if (a.n > 1) return a.v[1];
        return exc_raise_value(exc_new(&stop_iteration_type, (ArgVec){NULL, 0, 0}));
    }
    return r;
}

static Value b_len(ArgVec a) { return obj_len(a.v[0]); }

static Value b_repr(ArgVec a) { return obj_repr(a.v[0]); }

static Value b_format(ArgVec a) { return format_value(a.v[0], a.n > 1 ? a.v[1] : QV(empty)); }

/* min / max */
static Value minmax(ArgVec a, int op, const char *name) {
    Value key = arg_kw(a, Q_key), dflt = arg_kw(a, Q_default);
    for (int i = 0; i < a.nkw; i++) {
        Value k = a.v[a.n + 2 * i];
        if (k != QV(key) && k != QV(default)) return exc_raise(&type_error_type, "%s() got an unexpected keyword argument '%v'", name, k);
    }
    if (key == V_NONE) key = V_NULL;
    if (a.n == 0) return exc_raise(&type_error_type, "%s expected at least 1 argument, got 0", name);
    Value it;
    if (a.n == 1) {
        it = obj_iter(a.v[0]);
    } else {
        if (dflt != V_NULL) return exc_raise(&type_error_type, "Cannot specify a default for %s() with multiple positional arguments", name);
        Value t = tuple_new(a.n, a.v);
        if (t == V_ERR) return t;
        root_push(v_to_ptr(t));
        it = obj_iter(t);
        root_pop(1);
    }
    if (it == V_ERR) return it;
    root_push(v_to_ptr(it));
    Value best = V_NULL, bestk = V_NULL;
    /* best and its key stay rooted in a small tuple */
    Value hold = tuple_new(2, NULL);
    if (hold == V_ERR) {
        root_pop(1);
        return hold;
    }
    root_push(v_to_ptr(hold));
    Value r = V_NONE;
    for (;;) {
        Value x = obj_next(it);
        if (x == V_NULL) break;
        if (x == V_ERR) {
            r = V_ERR;
            break;
        }
        Value k = x;
        if (key != V_NULL) {
            tuple_p(hold)->items[0] = x;
            k = obj_call1(key, x);
            if (k == V_ERR) {
                r = V_ERR;
                break;
            }
        }
        if (best == V_NULL) {
            best = x;
            bestk = k;
        } else {
            Value c = obj_compare(op, k, bestk);
            if (c == V_ERR) {
                r = V_ERR;
                break;
            }
            if (c == V_TRUE) {
                best = x;
                bestk = k;
            }
        }
        tuple_p(hold)->items[0] = best;
        tuple_p(hold)->items[1] = bestk;
    }
    root_pop(2);
    if (r == V_ERR) return r;
    if (best == V_NULL) {
        if (dflt != V_NULL) return dflt;
        return exc_raise(&value_error_type, "%s() arg is an empty sequence", name);
    }
    return best;
}
static Value b_min(ArgVec a) { return minmax(a, OPR_LT, "min"); }
static Value b_max(ArgVec a) { return minmax(a, OPR_GT, "max"); }

static Value b_sum(ArgVec a) {
    Value start = a.n > 1 ? a.v[1] : arg_kw(a, Q_start);
    if (start == V_NULL) start = v_from_int(0);
    if (str_is(start)) return exc_raise(&type_error_type, "sum() can't sum strings [use ''.join(seq) instead]");
    if (obj_is(start, &bytes_type)) return exc_raise(&type_error_type, "sum() can't sum bytes [use b''.join(seq) instead]");
    Value it = obj_iter(a.v[0]);
    if (it == V_ERR) return it;
    root_push(v_to_ptr(it));
    Value hold = tuple_new(1, &start);
    if (hold == V_ERR) {
        root_pop(1);
        return hold;
    }
    root_push(v_to_ptr(hold));
    Value acc = start;
    for (;;) {
        Value x = obj_next(it);
        if (x == V_NULL) break;
        if (x == V_ERR) {
            acc = V_ERR;
            break;
        }
        if (v_is_int(acc) && v_is_int(x)) {
            intptr_t s = v_to_int(acc) + v_to_int(x);
            if (v_fits_int(s)) {
                acc = v_from_int(s);
                continue;
            }
        }
        acc = obj_binop(OPR_ADD, acc, x);
        if (acc == V_ERR) break;
        tuple_p(hold)->items[0] = acc;
    }
    root_pop(2);
    return acc;
}

static Value b_sorted(ArgVec a) {
    if (a.n != 1) return exc_raise(&type_error_type, "sorted expected 1 argument, got %d", (long)a.n);
    Value l = list_from_iter(a.v[0]);
    if (l == V_ERR) return l;
    root_push(v_to_ptr(l));
    Value key = arg_kw(a, Q_key), rev = arg_kw(a, Q_reverse);
    int r = rev == V_NULL ? 0 : obj_truth(rev);
    if (r >= 0) r = list_sort(l, key, r) < 0 ? -1 : 0;
    root_pop(1);
    return r < 0 ? V_ERR : l;
}

static Value b_pow(ArgVec a) {
    Value mod = a.n > 2 ? a.v[2] : arg_kw(a, Q_mod);
    if (mod == V_NULL || mod == V_NONE) return obj_binop(OPR_POW, a.v[0], a.v[1]);
    if (!int_is(a.v[0]) || !int_is(a.v[1]) || !int_is(mod))
        return exc_raise(&type_error_type, "pow() 3rd argument not allowed unless all arguments are integers");
#if MONTY_BIGINT
    Value bigint_powmod(Value a, Value e, Value m);
    return bigint_powmod(a.v[0], a.v[1], mod);
#else
    intptr_t b, e, m;
    if (int_get(a.v[0], &b) < 0 || int_get(a.v[1], &e) < 0 || int_get(mod, &m) < 0) return V_ERR;
    if (m == 0) return exc_raise(&value_error_type, "pow() 3rd argument cannot be 0");
    if (e < 0) return exc_raise(&value_error_type, "negative exponent");
    int64_t r = 1, x = b % m;
    while (e) {
        if (e & 1) r = r * x % m;
        x = x * x % m;
        e >>= 1;
    }
    if (r != 0 && (r < 0) != (m < 0)) r += m;
    return int_from_i64(r);
#endif
}

static Value b_round(ArgVec a) {
    Value nd = a.n > 1 ? a.v[1] : arg_kw(a, Q_ndigits);
    Value x = a.v[0];
    if (int_is(x)) {
        if (nd == V_NULL || nd == V_NONE) return x == V_TRUE ? v_from_int(1) : x == V_FALSE ? v_from_int(0) : x;
        intptr_t n;
        if (int_get(nd, &n) < 0) return V_ERR;
        if (n >= 0 || !v_is_int(x)) return x;
        /* round half to even at 10**-n */
        intptr_t p = 1;
        for (intptr_t i = 0; i < -n && p < SMALL_INT_MAX / 10; i++) p *= 10;
        intptr_t v = v_to_int(x), q = v / p, r = v % p;
        if (r < 0) {
            r += p;
            q--;
        }
        if (2 * r > p || (2 * r == p && (q & 1))) q++;
        return int_from_intptr(q * p);
    }
#if MONTY_FLOAT
    if (obj_isinstance(x, &float_type)) {
        double d = float_get(inst_native(x));
        if (nd == V_NULL || nd == V_NONE) {
            if (isnan(d)) return exc_raise(&value_error_type, "cannot convert float NaN to integer");
            if (isinf(d)) return exc_raise(&overflow_error_type, "cannot convert float infinity to integer");
            Value float_int_value(double d);
            return float_int_value(dt_rint(d));
        }
        intptr_t n;
        if (int_get(nd, &n) < 0) return V_ERR;
        double r;
        if (dt_round(d, n, &r) < 0) return exc_raise(&overflow_error_type, "rounded value too large to represent");
        return float_new(r);
    }
#endif
    Value f = type_lookup(obj_type(x), QV(__round__));
    if (f == V_NULL) return exc_raise(&type_error_type, "type %s doesn't define __round__ method", obj_type_name(x));
    if (nd == V_NULL) return obj_call1(f, x);
    return obj_call2(f, x, nd);
}

/* ---- namespaces ---- */

static Value b_globals(ArgVec a) {
    (void)a;
    return vm.frame ? vm.frame->globals : vm.main_globals;
}

static Value frame_locals(Frame *f) {
    if (!f) return vm.main_globals;
    const Code *c = f->code;
    if (c->bc.flags & CO_MODULE) return f->globals;
    if (c->bc.flags & CO_CLASS) return f->slots[0];
    Value d = dict_new();
    if (d == V_ERR) return d;
    root_push(v_to_ptr(d));
    for (unsigned i = 0; i < c->nslots; i++) {
        Value v = f->slots[i];
        if (i >= c->bc.nlocals) v = obj_is(v, &cell_type) ? ((Cell *)v_to_ptr(v))->v : V_NULL;
        if (v == V_NULL) continue;
        if (dict_set(d, q_(c->unit->names[bc_slot_name(&c->bc, i)]), v) < 0) {
            root_pop(1);
            return V_ERR;
        }
    }
    root_pop(1);
    return d;
}

static Value b_locals(ArgVec a) {
    (void)a;
    return frame_locals(vm.frame);
}

static Value b_vars(ArgVec a) {
    if (a.n == 0) return frame_locals(vm.frame);
    Value d = obj_getattr_opt(a.v[0], QV(__dict__));
    if (d == V_NULL) return exc_raise(&type_error_type, "vars() argument must have __dict__ attribute");
    return d;
}

Value module_dir(Value module);

static Value b_dir(ArgVec a) {
    Value l;
    if (a.n == 0) {
        Value loc = frame_locals(vm.frame);
        if (loc == V_ERR) return loc;
        l = list_from_iter(loc);
    } else if (obj_is(a.v[0], &module_type)) {
        l = module_dir(a.v[0]);
    } else {
        /* attributes of the instance, its class and the bases */
        l = list_new(0, NULL);
        if (l == V_ERR) return l;
        root_push(v_to_ptr(l));
        Value o = a.v[0];
        const Type *t = obj_isinstance(o, &type_type) ? v_to_ptr(o) : obj_type(o);
        int r = 0;
        Value od = obj_isinstance(o, &type_type) ? V_NULL : obj_getattr_opt(o, QV(__dict__));
        if (od == V_ERR) r = -1;
        else if (od != V_NULL && obj_isinstance(od, &dict_type)) r = list_extend(l, od);
        for (const Type *c = t; r == 0 && c; c = c->base) {
            if (c->flags & TF_HEAP) {
                Tuple *mro = tuple_p(c->mro);
                for (uint32_t i = 0; r == 0 && i < mro->len; i++) {
                    const Type *m = v_to_ptr(mro->items[i]);
                    r = m->flags & TF_HEAP ? list_extend(l, m->dict) : type_method_names(m, l);
                }
                break;
            }
            r = type_method_names(c, l);
        }
        root_pop(1);
        if (r < 0) return V_ERR;
    }
    if (l == V_ERR) return l;
    root_push(v_to_ptr(l));
    /* unique and sorted */
    Value s = set_from_iter(&set_type, l);
    Value r = s == V_ERR ? s : list_from_iter(s);
    if (r != V_ERR) {
        root_push(v_to_ptr(r));
        if (list_sort(r, V_NONE, false) < 0) r = V_ERR;
        root_pop(1);
    }
    root_pop(1);
    return r;
}

/* ---- exec / eval / input / __import__ ---- */

#if MONTY_COMPILER
Value vm_compile(const char *src, size_t len, const char *filename, int mode);
Value vm_load_image(const uint8_t *img, size_t len, Value owner, Value globals, Unit **out);

static Value run_source(ArgVec a, int mode) {
    const char *fname = mode == COMPILE_EVAL ? "<string>" : "<string>";
    Value src = a.v[0];
    size_t n;
    const char *s = str_data(src, &n);
    if (!s) {
        const uint8_t *b = bytes_data(src, &n);
        if (!b) return exc_raise(&type_error_type, "%s() arg 1 must be a string, bytes or code object", mode == COMPILE_EVAL ? "eval" : "exec");
        s = (const char *)b;
    }
    Value g = a.n > 1 && a.v[1] != V_NONE ? a.v[1] : (vm.frame ? vm.frame->globals : vm.main_globals);
    if (!obj_isinstance(g, &dict_type)) return exc_raise(&type_error_type, "globals must be a dict");
    if (mode == COMPILE_EVAL) {
        /* eval ignores leading whitespace */
        while (n && (*s == ' ' || *s == '\t')) s++, n--;
    }
    root_push(v_to_ptr(g));
    Value img = vm_compile(s, n, fname, mode);
    Value r = V_ERR;
    if (img != V_ERR) {
        root_push(v_to_ptr(img));
        if (dict_get(g, QV(__builtins__)) == V_NULL) dict_set(g, QV(__builtins__), vm.builtins);
        size_t len;
        const uint8_t *d = bytes_data(img, &len);
        Unit *u;
        r = vm_load_image(d, len, img, g, &u);
        if (r != V_ERR) r = vm_run_unit(u);
        root_pop(1);
    }
    root_pop(1);
    if (r == V_ERR) return r;
    return mode == COMPILE_EVAL ? r : V_NONE;
}

static Value b_exec(ArgVec a) { return run_source(a, COMPILE_EXEC); }
static Value b_eval(ArgVec a) { return run_source(a, COMPILE_EVAL); }
#endif

static Value b_input(ArgVec a) {
    const struct BootApi *b = vm.host ? vm.host->boot : NULL;
    if (a.n > 0) {
        OutPrinter o;
        o.p.write = out_write;
        o.n = 0;
        o.file = V_NULL;
        if (obj_print(&o.p, a.v[0], false) < 0 || out_flush(&o) < 0) return V_ERR;
    }
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    for (;;) {
        int c = b && b->getc ? b->getc() : -1;
        if (c < 0) {
            /* Ctrl-C while waiting for input (the native getc returns -1
             * when SIGINT ends its wait): the partial line is dropped */
            if (b && b->interrupted && b->interrupted()) {
                sb_abandon(&sb);
                return exc_raise_value(exc_new(&keyboard_interrupt_type, (ArgVec){NULL, 0, 0}));
            }
            /* -2: the end of input (natively the end of stdin; on the
             * boards Ctrl-D, which the host tool also sends at the end of
             * its stdin); -1: nothing yet, wait as CPython does */
            if (c == -2 || !b || !b->delay_ms) {
                if (sb.p.len) break;
                sb_abandon(&sb);
                return exc_raise(&eof_error_type, "EOF when reading a line");
            }
            b->delay_ms(1);
            continue;
        }
        if (c == '\n') break;
        if (c == '\r') continue;
        char ch = (char)c;
        if (pr_mem(&sb.p, &ch, 1) < 0) {
            sb_abandon(&sb);
            return V_ERR;
        }
    }
    return sb_finish(&sb);
}

Value import_name(Value name, Value fromlist, Value level, Value globals);

static Value b_import(ArgVec a) {
    Value name = str_intern_value(a.v[0]);
    if (name == V_ERR) return name;
    return import_name(name, V_NONE, v_from_int(0), V_NULL);
}

/* ---- the builtins module ---- */

#define F(name, fn, min, max, fl)                                                                                    \
    static const BuiltinFn bf_##name = {{&builtin_type.gc}, fn, Q_##name, min, max, (fl) | BF_STATIC};
F(abs, b_abs, 1, 1, 0)
F(all, b_all, 1, 1, 0)
F(any, b_any, 1, 1, 0)
F(ascii, b_ascii, 1, 1, 0)
F(bin, b_bin, 1, 1, 0)
F(callable, b_callable, 1, 1, 0)
F(chr, b_chr, 1, 1, 0)
F(delattr, b_delattr, 2, 2, 0)
F(dir, b_dir, 0, 1, 0)
F(divmod, b_divmod, 2, 2, 0)
#if MONTY_COMPILER
F(eval, b_eval, 1, 3, 0)
F(exec, b_exec, 1, 3, 0)
#endif
F(format, b_format, 1, 2, 0)
F(getattr, b_getattr, 2, 3, 0)
F(globals, b_globals, 0, 0, 0)
F(hasattr, b_hasattr, 2, 2, 0)
F(hash, b_hash, 1, 1, 0)
F(hex, b_hex, 1, 1, 0)
F(id, b_id, 1, 1, 0)
F(input, b_input, 0, 1, 0)
F(isinstance, b_isinstance, 2, 2, 0)
F(issubclass, b_issubclass, 2, 2, 0)
F(iter, b_iter, 1, 2, 0)
F(len, b_len, 1, 1, 0)
const BuiltinFn *const builtin_len_fn = &bf_len; /* the interpreter runs __len__ stacklessly */
F(locals, b_locals, 0, 0, 0)
F(max, b_max, 0, 255, BF_VAR | BF_KW)
F(min, b_min, 0, 255, BF_VAR | BF_KW)
F(next, b_next, 1, 2, 0)
F(oct, b_oct, 1, 1, 0)
F(ord, b_ord, 1, 1, 0)
F(pow, b_pow, 2, 3, BF_KW)
F(print, b_print, 0, 255, BF_VAR | BF_KW)
F(repr, b_repr, 1, 1, 0)
F(round, b_round, 1, 2, BF_KW)
F(setattr, b_setattr, 3, 3, 0)
F(sorted, b_sorted, 1, 1, BF_KW)
F(sum, b_sum, 1, 2, BF_KW)
F(vars, b_vars, 0, 1, 0)
F(__import__, b_import, 1, 5, BF_KW)

#define A(name, val) {Q_##name, (Value)(val)}
/* sorted by qstr index (= by name) */
static const ModAttr builtins_attrs[] = {
    A(ArithmeticError, &arithmetic_error_type),
    A(AssertionError, &assertion_error_type),
    A(AttributeError, &attribute_error_type),
    A(BaseException, &base_exception_type),
    A(DeprecationWarning, &deprecation_warning_type),
    A(EOFError, &eof_error_type),
    A(Ellipsis, V_ELLIPSIS),
    A(Exception, &exception_type),
    A(False, V_FALSE),
    A(FloatingPointError, &floating_point_error_type),
    A(GeneratorExit, &generator_exit_type),
    A(ImportError, &import_error_type),
    A(IndentationError, &indentation_error_type),
    A(IndexError, &index_error_type),
    A(KeyError, &key_error_type),
    A(KeyboardInterrupt, &keyboard_interrupt_type),
    A(LookupError, &lookup_error_type),
    A(MemoryError, &memory_error_type),
    A(ModuleNotFoundError, &module_not_found_error_type),
    A(NameError, &name_error_type),
    A(None, V_NONE),
    A(NotImplemented, V_NOTIMPL),
    A(NotImplementedError, &not_implemented_error_type),
    A(OSError, &os_error_type),
    A(OverflowError, &overflow_error_type),
    A(RecursionError, &recursion_error_type),
    A(RuntimeError, &runtime_error_type),
    A(RuntimeWarning, &runtime_warning_type),
    A(StopAsyncIteration, &stop_async_iteration_type),
    A(StopIteration, &stop_iteration_type),
    A(SyntaxError, &syntax_error_type),
    A(SystemExit, &system_exit_type),
    A(True, V_TRUE),
    A(TypeError, &type_error_type),
    A(UnboundLocalError, &unbound_local_error_type),
    A(UnicodeDecodeError, &unicode_decode_error_type),
    A(UnicodeEncodeError, &unicode_encode_error_type),
    A(UnicodeError, &unicode_error_type),
    A(UserWarning, &user_warning_type),
    A(ValueError, &value_error_type),
    A(Warning, &warning_type),
    A(ZeroDivisionError, &zero_division_error_type),
    A(__import__, &bf___import__),
    A(abs, &bf_abs),
    A(all, &bf_all),
    A(any, &bf_any),
    A(ascii, &bf_ascii),
    A(bin, &bf_bin),
    A(bool, &bool_type),
    A(bytearray, &bytearray_type),
    A(bytes, &bytes_type),
    A(callable, &bf_callable),
    A(chr, &bf_chr),
    A(classmethod, &classmethod_type),
    A(delattr, &bf_delattr),
    A(dict, &dict_type),
    A(dir, &bf_dir),
    A(divmod, &bf_divmod),
    A(enumerate, &enumerate_type),
#if MONTY_COMPILER
    A(eval, &bf_eval),
    A(exec, &bf_exec),
#endif
    A(filter, &filter_type),
#if MONTY_FLOAT
    A(float, &float_type),
#endif
    A(format, &bf_format),
    A(frozenset, &frozenset_type),
    A(getattr, &bf_getattr),
    A(globals, &bf_globals),
    A(hasattr, &bf_hasattr),
    A(hash, &bf_hash),
    A(hex, &bf_hex),
    A(id, &bf_id),
    A(input, &bf_input),
    A(int, &int_type),
    A(isinstance, &bf_isinstance),
    A(issubclass, &bf_issubclass),
    A(iter, &bf_iter),
    A(len, &bf_len),
    A(list, &list_type),
    A(locals, &bf_locals),
    A(map, &map_type),
    A(max, &bf_max),
    A(min, &bf_min),
    A(next, &bf_next),
    A(object, &object_type),
    A(oct, &bf_oct),
    A(ord, &bf_ord),
    A(pow, &bf_pow),
    A(print, &bf_print),
    A(property, &property_type),
    A(range, &range_type),
    A(repr, &bf_repr),
    A(reversed, &reversed_type),
    A(round, &bf_round),
    A(set, &set_type),
    A(setattr, &bf_setattr),
    A(slice, &slice_type),
    A(sorted, &bf_sorted),
    A(staticmethod, &staticmethod_type),
    A(str, &str_type),
    A(sum, &bf_sum),
    A(super, &super_type),
    A(tuple, &tuple_type),
    A(type, &type_type),
    A(vars, &bf_vars),
    A(zip, &zip_type),
};

const ModDef mod_builtins = {Q_builtins, sizeof builtins_attrs / sizeof builtins_attrs[0], builtins_attrs, NULL};

/* a built-in name: the module's dict (assignments), then the table,
 * through a small direct-mapped cache of table positions (the table is
 * constant, so entries never go stale) */
#define BCACHE 16
static uint16_t bcache[BCACHE]; /* table index + 1 */

Value builtins_lookup(Value name) {
    Module *m = v_to_ptr(vm.builtins);
    DictCore *d = &dict_p(m->globals)->d;
    if (d->len > 1) {
        Value v = dc_get_q(d, name, NULL);
        if (v != V_NULL) return v;
    }
    if (!v_is_qstr(name)) return V_NULL;
    uint32_t q = v_to_qstr(name);
    unsigned c = bcache[q % BCACHE];
    if (c && builtins_attrs[c - 1].name == q) return builtins_attrs[c - 1].val;
    int lo = 0, hi = (int)mod_builtins.nattrs - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint32_t n = builtins_attrs[mid].name;
        if (n == q) {
            bcache[q % BCACHE] = (uint16_t)(mid + 1);
            return builtins_attrs[mid].val;
        }
        if (n < q) lo = mid + 1;
        else hi = mid - 1;
    }
    return V_NULL;
}

