/*
 * obj.c - generic operations on values: printing, truth, hashing,
 * operators, attributes, items, iteration and calls.  Each dispatches on
 * the type's slots (obj.h); classes get their slots from type.c, which
 * turns them into calls of the dunder methods.
 */
#include "obj.h"
#include "text.h"

/* ---- types of values ---- */

const Type *obj_type(Value v) { return obj_type_inl(v); }
bool obj_is(Value v, const Type *t) { return v_is_obj(v) && obj_type_of_obj(v_to_ptr(v)) == t; }
bool obj_isinstance(Value v, const Type *t) {
    const Type *vt = obj_type_inl(v);
    return vt == t || type_is_sub(vt, t);
}

/* ---- allocation ---- */

void *obj_alloc(const Type *t, size_t bytes) {
    void *o = gc_alloc(&t->gc, bytes);
    if (!o) exc_raise_no_mem();
    return o;
}

/* ---- C recursion guard ---- */

uint16_t vm_cdepth;
const void *vm_roots[VM_MAX_ROOTS];
uint16_t vm_nroots;

int vm_enter_c(void) {
    if (vm_cdepth >= MONTY_C_DEPTH || vm_nroots > VM_MAX_ROOTS - VM_ROOT_RESERVE) {
        exc_raise(&recursion_error_type, "maximum recursion depth exceeded");
        return -1;
    }
    vm_cdepth++;
    return 0;
}

/* ---- printers ---- */

int pr_mem(Printer *p, const char *s, size_t n) { return n ? p->write(p, s, n) : 0; }
int pr_str(Printer *p, const char *s) { return pr_mem(p, s, strlen(s)); }

static int pr_udec(Printer *p, uintmax_t u, bool neg, unsigned base) {
    char buf[24];
    int i = sizeof buf;
    do {
        unsigned dgt = (unsigned)(u % base);
        buf[--i] = (char)(dgt < 10 ? '0' + dgt : 'a' + dgt - 10);
        u /= base;
    } while (u);
    if (neg) buf[--i] = '-';
    return pr_mem(p, buf + i, sizeof buf - (size_t)i);
}

int pr_vfmt(Printer *p, const char *fmt, va_list ap) {
    const char *s = fmt;
    while (*s) {
        const char *pct = strchr(s, '%');
        if (!pct) return pr_str(p, s);
        if (pr_mem(p, s, (size_t)(pct - s)) < 0) return -1;
        s = pct + 1;
        int r = 0;
        switch (*s++) {
        case 's': r = pr_str(p, va_arg(ap, const char *)); break;
        case 'd': {
            long d = va_arg(ap, long);
            r = pr_udec(p, d < 0 ? 0u - (uintmax_t)d : (uintmax_t)d, d < 0, 10);
            break;
        }
        case 'u': r = pr_udec(p, va_arg(ap, unsigned long), false, 10); break;
        case 'x': r = pr_udec(p, va_arg(ap, unsigned long), false, 16); break;
        case 'c': {
            char c = (char)va_arg(ap, int);
            r = pr_mem(p, &c, 1);
            break;
        }
        case 'q': {
            size_t n;
            const char *q = qstr_str(va_arg(ap, unsigned), &n);
            r = pr_mem(p, q, n);
            break;
        }
        case 'v': r = obj_print(p, va_arg(ap, Value), false); break;
        case 'r': r = obj_print(p, va_arg(ap, Value), true); break;
        case 'T': r = pr_str(p, obj_type_name(va_arg(ap, Value))); break;
        case '%': r = pr_mem(p, "%", 1); break;
        default: r = pr_mem(p, s - 2, 2); break;
        }
        if (r < 0) return -1;
    }
    return 0;
}

int pr_fmt(Printer *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = pr_vfmt(p, fmt, ap);
    va_end(ap);
    return r;
}

/* string builder: bytes accumulate in a vector owned by a StrBuf object
 * that is a temporary root while building */
static const GcType strbuf_gctype = {"strbuf", NULL, NULL};
static void strbuf_mark(GcObj *o) { gc_mark_vec(&((StrBuf *)o)->v); }
static const GcType strbuf_gctype_m = {"strbuf", strbuf_mark, NULL};

static int sb_write(Printer *p, const char *s, size_t n) {
    SB *sb = (SB *)p;
    GcVec *v = &sb->holder->v;
    size_t need = p->len + n + 1;
    if (need > v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 32;
        if (cap < need) cap = need;
        /* s may point into this very vector (rare: a str's own data never
         * lives in a StrBuf), or into an object; neither moves here except
         * our own vector, which s never points into */
        if (!gc_vec_resize(v, cap)) {
            exc_raise_no_mem();
            return -1;
        }
    }
    memcpy((char *)v->ptr + p->len, s, n);
    p->len += n;
    return 0;
}

int sb_init(SB *sb) {
    (void)strbuf_gctype;
    sb->holder = gc_alloc(&strbuf_gctype_m, sizeof(StrBuf));
    if (!sb->holder) {
        exc_raise_no_mem();
        return -1;
    }
    root_push(sb->holder);
    sb->p.write = sb_write;
    sb->p.buf = &sb->holder->v;
    sb->p.len = 0;
    return 0;
}

void sb_abandon(SB *sb) {
    gc_vec_free(&sb->holder->v);
    root_pop(1);
}

Value sb_finish(SB *sb) {
    /* the str is allocated while the builder is still rooted */
    char *d;
    Value s = str_new_raw(sb->p.len, &d);
    if (s != V_ERR) {
        if (sb->p.len) memcpy(d, sb->holder->v.ptr, sb->p.len);
        s = str_intern_small(s);
    }
    sb_abandon(sb);
    return s;
}

Value sb_finish_bytes(SB *sb, const Type *t) {
    Value b = t == &bytearray_type ? bytearray_new(NULL, sb->p.len) : bytes_new(NULL, sb->p.len);
    if (b != V_ERR && sb->p.len) {
        uint8_t *d = (uint8_t *)bytes_data(b, NULL);
        memcpy(d, sb->holder->v.ptr, sb->p.len);
    }
    sb_abandon(sb);
    return b;
}

int obj_print(Printer *p, Value v, bool repr) {
    const Type *t = obj_type(v);
    /* classes' __repr__ runs through vm_call_func, which counts the level
     * itself; built-in containers recursing into their items count here */
    if (t->flags & TF_HEAP) return t->print(p, v, repr);
    if (vm_enter_c() < 0) return -1;
    int r = t->print(p, v, repr);
    vm_leave_c();
    return r;
}

static Value to_string(Value v, bool repr) {
    if (!repr && str_is(v)) {
        if (v_is_qstr(v) || obj_is(v, &str_type)) return v;
    }
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    if (obj_print(&sb.p, v, repr) < 0) {
        sb_abandon(&sb);
        return V_ERR;
    }
    return sb_finish(&sb);
}

Value obj_repr(Value v) { return to_string(v, true); }
Value obj_str(Value v) { return to_string(v, false); }

/* ---- repr recursion: lists/dicts that contain themselves ---- */
static Value repr_stack[MONTY_C_DEPTH];
static int repr_sp;

int repr_enter(Value v) {
    for (int i = 0; i < repr_sp; i++)
        if (repr_stack[i] == v) return 1;
    if (repr_sp >= MONTY_C_DEPTH) {
        exc_raise(&recursion_error_type, "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    repr_stack[repr_sp++] = v;
    return 0;
}
void repr_leave(void) { repr_sp--; }
void repr_reset(void) { repr_sp = 0; }

/* ---- type names ---- */

const char *obj_type_name(Value v) { return type_name(obj_type(v)); }

/* ---- unary ---- */

Value obj_unop(int op, Value v) {
    const Type *t = obj_type(v);
    Value r = t->unop ? t->unop(op, v) : V_NOTIMPL;
    if (r != V_NOTIMPL) return r;
    switch (op) {
    case UN_BOOL: return V_TRUE;
    case UN_HASH:
        if (t->binop && (t->flags & TF_HEAP) == 0 && 0) break;
        /* identity hash for objects without value equality */
        return v_from_int((intptr_t)(v >> 3));
    case UN_LEN:
        return exc_raise(&type_error_type, "object of type '%s' has no len()", type_name(t));
    case UN_NEG: return exc_raise(&type_error_type, "bad operand type for unary -: '%s'", type_name(t));
    case UN_POS: return exc_raise(&type_error_type, "bad operand type for unary +: '%s'", type_name(t));
    case UN_INVERT: return exc_raise(&type_error_type, "bad operand type for unary ~: '%s'", type_name(t));
    case UN_ABS: return exc_raise(&type_error_type, "bad operand type for abs(): '%s'", type_name(t));
    case UN_INDEX:
        return exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", type_name(t));
    default: break;
    }
    return exc_raise(&type_error_type, "unsupported operand type: '%s'", type_name(t));
}

int obj_truth(Value v) {
    if (v == V_TRUE) return 1;
    if (v == V_FALSE || v == V_NONE) return 0;
    if (v_is_int(v)) return v != v_from_int(0);
    Value r = obj_unop(UN_BOOL, v);
    if (r == V_ERR) return -1;
    return r == V_TRUE;
}

Value obj_hash(Value v) {
    if (v_is_int(v)) {
        intptr_t i = v_to_int(v);
        return i == -1 ? v_from_int(-2) : v;
    }
    if (v_is_qstr(v)) return v_from_int((intptr_t)qstr_hash(v_to_qstr(v)));
    return obj_unop(UN_HASH, v);
}

Value obj_len(Value v) { return obj_unop(UN_LEN, v); }

intptr_t obj_len_int(Value v) {
    Value r = obj_len(v);
    if (r == V_ERR) return -1;
    return v_to_int(r);
}

Value obj_index(Value v) {
    if (v_is_int(v)) return v;
    if (v == V_TRUE) return v_from_int(1);
    if (v == V_FALSE) return v_from_int(0);
#if MONTY_BIGINT
    if (obj_is(v, &bigint_type)) return v;
#endif
    return obj_unop(UN_INDEX, v);
}

/* ---- binary ---- */

static const char *const op_sym[] = {"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@",
                                     "<", "<=", "==", "!=", ">", ">=", "in"};

Value exc_type_error_unsupported(int op, Value a, Value b) {
    bool inplace = op & OPR_INPLACE;
    op &= 0x1F;
    if (op >= OPR_LT && op <= OPR_GE)
        return exc_raise(&type_error_type, "'%s' not supported between instances of '%s' and '%s'", op_sym[op],
                         obj_type_name(a), obj_type_name(b));
    if (op == OPR_CONTAINS)
        return exc_raise(&type_error_type, "argument of type '%s' is not iterable", obj_type_name(a));
    if (op == OPR_ADD) {
        /* CPython's own words for sequence concatenation */
        static const Type *const seqs[] = {&str_type, &list_type, &tuple_type, &bytes_type, &bytearray_type};
        for (unsigned i = 0; i < sizeof seqs / sizeof seqs[0]; i++) {
            if (!obj_isinstance(a, seqs[i])) continue;
            const char *tn = type_name(seqs[i]);
            if (i >= 3) return exc_raise(&type_error_type, "can't concat %s to %s", obj_type_name(b), tn);
            return exc_raise(&type_error_type, "can only concatenate %s (not \"%s\") to %s", tn, obj_type_name(b), tn);
        }
    }
    const char *sym = op_sym[op];
    if (inplace) {
        static const char *const isym[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="};
        sym = isym[op];
    }
    return exc_raise(&type_error_type, "unsupported operand type(s) for %s: '%s' and '%s'", sym, obj_type_name(a),
                     obj_type_name(b));
}

static Value binop_default(int op, Value a, Value b);

/* a op b: type(a)'s slot, then type(b)'s reflected (first if b's type is a
 * subclass of a's, as in CPython), then comparison fallbacks */
Value obj_binop(int op, Value a, Value b) {
    const Type *ta = obj_type(a), *tb = obj_type(b);
    Value r;
    int base = op & 0x1F;
    if ((op & OPR_INPLACE) && ta->binop) {
        r = ta->binop(op, a, b);
        if (r != V_NOTIMPL) return r;
    }
    bool tried_b = false;
    if (tb != ta && tb->binop && type_is_sub(tb, ta) && (tb->flags & TF_HEAP)) {
        r = tb->binop(base | OPR_REFLECTED, a, b);
        if (r != V_NOTIMPL) return r;
        tried_b = true;
    }
    if (ta->binop) {
        r = ta->binop(base, a, b);
        if (r != V_NOTIMPL) return r;
    }
    if (tried_b) return binop_default(op, a, b);
    return obj_binop_after(op, a, b);
}

/* the defaults when neither operand implements op */
static Value binop_default(int op, Value a, Value b) {
    int base = op & 0x1F;
    if (base == OPR_EQ) return v_from_bool(a == b);
    if (base == OPR_NE) return v_from_bool(a != b);
    return exc_type_error_unsupported(op, a, b);
}

/* what remains of a op b once type(a)'s forward method said
 * NotImplemented: type(b)'s reflected method (for arithmetic only when the
 * types differ, as CPython), then the defaults.  The interpreter calls this
 * after running a class's forward dunder as a frame of its own. */
Value obj_binop_after(int op, Value a, Value b) {
    const Type *ta = obj_type(a), *tb = obj_type(b);
    int base = op & 0x1F;
    bool cmp = base >= OPR_LT && base <= OPR_GE;
    if (tb->binop && (tb != ta || (cmp && (tb->flags & TF_HEAP)))) {
        Value r = tb->binop(base | OPR_REFLECTED, a, b);
        if (r != V_NOTIMPL) return r;
    }
    return binop_default(op, a, b);
}

Value obj_compare(int op, Value a, Value b) {
    if (v_is_int(a) && v_is_int(b)) {
        intptr_t x = (intptr_t)a, y = (intptr_t)b;
        switch (op) {
        case OPR_LT: return v_from_bool(x < y);
        case OPR_LE: return v_from_bool(x <= y);
        case OPR_EQ: return v_from_bool(x == y);
        case OPR_NE: return v_from_bool(x != y);
        case OPR_GT: return v_from_bool(x > y);
        case OPR_GE: return v_from_bool(x >= y);
        }
    }
    Value r = obj_binop(op, a, b);
    if (r == V_ERR || r == V_TRUE || r == V_FALSE) return r;
    int t = obj_truth(r);
    return t < 0 ? V_ERR : v_from_bool(t);
}

int obj_eq(Value a, Value b) {
    if (a == b) {
#if MONTY_FLOAT
        /* nan != nan, but identity implies equality in containers: CPython
         * compares identity first in containers too, so keep a == b */
#endif
        return 1;
    }
    if (v_is_int(a) && v_is_int(b)) return 0;
    if (v_is_qstr(a) && v_is_qstr(b)) return 0;
    Value r = obj_compare(OPR_EQ, a, b);
    if (r == V_ERR) return -1;
    return r == V_TRUE;
}

Value obj_contains(Value container, Value item) {
    const Type *t = obj_type(container);
    if (t->binop) {
        Value r = t->binop(OPR_CONTAINS, container, item);
        if (r != V_NOTIMPL) {
            if (r == V_ERR || r == V_TRUE || r == V_FALSE) return r;
            int b = obj_truth(r);
            return b < 0 ? V_ERR : v_from_bool(b);
        }
    }
    /* fall back to iteration */
    Value it = obj_iter(container);
    if (it == V_ERR) {
        exc_take();
        return exc_raise(&type_error_type, "argument of type '%s' is not iterable", type_name(t));
    }
    root_push(v_to_ptr(it));
    Value res = V_FALSE;
    for (;;) {
        Value x = obj_next(it);
        if (x == V_NULL) break;
        if (x == V_ERR) { res = V_ERR; break; }
        int e = obj_eq(x, item);
        if (e < 0) { res = V_ERR; break; }
        if (e) { res = V_TRUE; break; }
    }
    root_pop(1);
    return res;
}

int obj_each(Value src, int (*add)(Value target, Value x), Value target) {
    Value it = obj_iter(src);
    if (it == V_ERR) return -1;
    root_push(v_to_ptr(it));
    int r = 0;
    for (;;) {
        Value x = obj_next(it);
        if (x == V_NULL) break;
        if (x == V_ERR || add(target, x) < 0) {
            r = -1;
            break;
        }
    }
    root_pop(1);
    return r;
}

/* ---- items ---- */

Value obj_getitem(Value o, Value key) {
    const Type *t = obj_type(o);
    if (t->subscr) return t->subscr(o, key, V_NULL);
    if (o == V(&type_type) || (v_is_obj(o) && obj_type(o) == &type_type)) {
        /* list[int] and friends: generic aliases are not supported, but
         * annotations using them should not fail */
        return o;
    }
    return exc_raise(&type_error_type, "'%s' object is not subscriptable", type_name(t));
}

int obj_setitem(Value o, Value key, Value v) {
    const Type *t = obj_type(o);
    if (t->subscr) return t->subscr(o, key, v) == V_ERR ? -1 : 0;
    if (v == V_DELETE)
        exc_raise(&type_error_type, "'%s' object doesn't support item deletion", type_name(t));
    else
        exc_raise(&type_error_type, "'%s' object does not support item assignment", type_name(t));
    return -1;
}

int obj_seq_index(Value idx, size_t len, size_t *out, const char *what) {
    intptr_t i;
    if (v_is_int(idx)) {
        i = v_to_int(idx);
    } else {
        Value x = obj_index(idx);
        if (x == V_ERR) {
            exc_take();
            exc_raise(&type_error_type, "%s indices must be integers or slices, not %s", what, obj_type_name(idx));
            return -1;
        }
        if (!v_is_int(x)) {
            exc_raise(&index_error_type, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        i = v_to_int(x);
    }
    if (i < 0) i += (intptr_t)len;
    if (i < 0 || (size_t)i >= len) {
        exc_raise(&index_error_type, "%s index out of range", what);
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

/* ---- iteration ---- */

Value obj_iter(Value o) {
    const Type *t = obj_type(o);
    if (t->iter) return t->iter(0, o);
    if (t->flags & TF_ITERSELF) return o;
    if (t->subscr && t != &dict_type) return seqiter_new(o);
    return exc_raise(&type_error_type, "'%s' object is not iterable", type_name(t));
}

Value obj_next(Value it) {
    const Type *t = obj_type(it);
    if (t->next) return t->next(it);
    return exc_raise(&type_error_type, "'%s' object is not an iterator", type_name(t));
}

/* ---- calls ---- */

bool obj_callable(Value v) {
    const Type *t = obj_type(v);
    if (t->flags & TF_HEAP) return type_lookup(t, QV(__call__)) != V_NULL;
    if (t->call || t == &type_type || t == &function_type || t == &builtin_type || t == &method_type) return true;
    return false;
}

Value obj_call(Value f, ArgVec a) {
    const Type *t = obj_type(f);
    if (t->call) return t->call(f, a);
    return exc_raise(&type_error_type, "'%s' object is not callable", type_name(t));
}

Value obj_call0(Value f) { return obj_call(f, (ArgVec){NULL, 0, 0}); }
Value obj_call1(Value f, Value a) { return obj_call(f, (ArgVec){&a, 1, 0}); }
Value obj_call2(Value f, Value a, Value b) {
    Value v[2] = {a, b};
    return obj_call(f, (ArgVec){v, 2, 0});
}

/* o.name(*args) without creating a bound method */
Value obj_call_method(Value o, uint32_t qname, int n, const Value *args) {
    Value self;
    Value m = obj_getmethod(o, q_(qname), &self);
    if (m == V_ERR) return V_ERR;
    Value v[4];
    if (self != V_NULL) {
        if (n > 3) return exc_raise(&runtime_error_type, "too many arguments");
        v[0] = self;
        for (int i = 0; i < n; i++) v[i + 1] = args[i];
        return obj_call(m, (ArgVec){v, (uint16_t)(n + 1), 0});
    }
    root_push(v_to_ptr(m));
    Value r = obj_call(m, (ArgVec){args, (uint16_t)n, 0});
    root_pop(1);
    return r;
}

/* ---- argument helpers ---- */

int arg_check(ArgVec a, int min, int max, const char *fname) {
    if (a.n >= min && a.n <= max) return 0;
    if (min == max) {
        if (min == 0)
            exc_raise(&type_error_type, "%s() takes no arguments (%d given)", fname, (long)a.n);
        else if (min == 1)
            exc_raise(&type_error_type, "%s() takes exactly one argument (%d given)", fname, (long)a.n);
        else
            exc_raise(&type_error_type, "%s expected %d arguments, got %d", fname, (long)min, (long)a.n);
    } else if (a.n < min) {
        exc_raise(&type_error_type, "%s expected at least %d argument%s, got %d", fname, (long)min,
                  min == 1 ? "" : "s", (long)a.n);
    } else {
        exc_raise(&type_error_type, "%s expected at most %d argument%s, got %d", fname, (long)max,
                  max == 1 ? "" : "s", (long)a.n);
    }
    return -1;
}

Value arg_kw(ArgVec a, uint32_t q) {
    for (int i = 0; i < a.nkw; i++) {
        Value k = a.v[a.n + 2 * i];
        if (k == q_(q)) return a.v[a.n + 2 * i + 1];
        if (!v_is_qstr(k) && str_is(k)) {
            size_t n1, n2;
            const char *s1 = str_data(k, &n1), *s2 = qstr_str(q, &n2);
            if (n1 == n2 && !memcmp(s1, s2, n1)) return a.v[a.n + 2 * i + 1];
        }
    }
    return V_NULL;
}

int arg_no_kw(ArgVec a, const char *fname) {
    if (!a.nkw) return 0;
    exc_raise(&type_error_type, "%s() takes no keyword arguments", fname);
    return -1;
}

/* checks that every keyword is one of the allowed qstrs (0-terminated) */
int arg_kw_allowed(ArgVec a, const char *fname, const uint16_t *allowed) {
    for (int i = 0; i < a.nkw; i++) {
        Value k = a.v[a.n + 2 * i];
        bool ok = false;
        for (const uint16_t *q = allowed; *q; q++)
            if (k == q_(*q)) ok = true;
        if (!ok) {
            exc_raise(&type_error_type, "%s() got an unexpected keyword argument '%v'", fname, k);
            return -1;
        }
    }
    return 0;
}
