/*
 * exc.c - exceptions: the CPython class hierarchy as constant types, the
 * pending-exception state, tracebacks and their printing.
 *
 * Raising sets vm.exc and returns V_ERR; nothing unwinds the C stack.
 * MemoryError is raised with a preallocated instance (creating one needs
 * memory) whose traceback simply stays empty when there is no room.
 */
#include "interp.h"

static void exc_mark(GcObj *o) {
    Exc *e = (Exc *)o;
    const Type *t = obj_type_of_obj(o);
    if (t->flags & TF_HEAP) gc_mark(t);
    Value vs[4] = {e->args, e->cause, e->context, e->value};
    for (int i = 0; i < 4; i++)
        if (v_is_obj(vs[i])) gc_mark(v_to_ptr(vs[i]));
    gc_mark_vec(&e->tb);
    TbEntry *tb = e->tb.ptr;
    for (uint16_t i = 0; i < e->ntb; i++) gc_mark(tb[i].code);
    dc_mark(&e->attrs);
}

/* ---- construction ---- */

Value exc_new(const Type *t, ArgVec a) {
    Value args = tuple_new(a.n, a.v);
    if (args == V_ERR) return args;
    root_push(v_to_ptr(args));
    Exc *e = obj_alloc(t, sizeof(Exc));
    root_pop(1);
    if (!e) return V_ERR;
    e->args = args;
    e->cause = e->context = V_NONE;
    e->value = a.n ? a.v[0] : V_NONE;
    return V(e);
}

Value exc_new1(const Type *t, Value arg) {
    if (arg == V_NULL) return exc_new(t, (ArgVec){NULL, 0, 0});
    return exc_new(t, (ArgVec){&arg, 1, 0});
}

static Value exc_make_new(const Type *t, ArgVec a) { return exc_new(t, (ArgVec){a.v, a.n, 0}); }

/* ---- pending state ---- */

bool exc_pending(void) { return vm.exc != V_NULL; }
Value exc_peek(void) { return vm.exc; }
Value exc_take(void) {
    Value e = vm.exc;
    vm.exc = V_NULL;
    return e;
}

static void set_context(Value exc) {
    Value h = vm.handled;
    if (h == V_NONE || h == V_NULL || h == exc || !obj_isinstance(exc, &base_exception_type)) return;
    Exc *e = v_to_ptr(exc);
    if (e->context != V_NONE) return;
    /* avoid cycles: h must not already chain to exc */
    for (Value c = h; obj_isinstance(c, &base_exception_type); c = ((Exc *)v_to_ptr(c))->context)
        if (c == exc) return;
    e->context = h;
}

Value exc_raise_value(Value exc) {
    if (exc == V_ERR) return V_ERR; /* creating it failed: that error stays */
    if (obj_isinstance(exc, &type_type) && type_is_sub(v_to_ptr(exc), &base_exception_type)) {
        exc = obj_call0(exc);
        if (exc == V_ERR) return V_ERR;
    }
    if (!obj_isinstance(exc, &base_exception_type)) {
        return exc_raise(&type_error_type, "exceptions must derive from BaseException");
    }
    set_context(exc);
    vm.exc = exc;
    return V_ERR;
}

_Alignas(8) Exc memory_error_instance; /* a Value: 8-byte aligned */

Value exc_raise_no_mem(void) {
    /* release the reserve: the next collection gives its room to the
     * code handling this MemoryError */
    vm.reserve = V_NULL;
    Exc *e = &memory_error_instance;
    e->hdr.type = &memory_error_type.gc;
    e->args = V_EMPTY_TUPLE;
    e->cause = e->context = e->value = V_NONE;
    gc_vec_free(&e->tb);
    e->ntb = 0;
    vm.exc = V(e);
    return V_ERR;
}

Value exc_raise(const Type *t, const char *fmt, ...) {
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    va_list ap;
    va_start(ap, fmt);
    int r = pr_vfmt(&sb.p, fmt, ap);
    va_end(ap);
    if (r < 0) {
        /* formatting itself raised (MemoryError, or a failing __repr__) */
        sb_abandon(&sb);
        return V_ERR;
    }
    Value msg = sb_finish(&sb);
    if (msg == V_ERR) return V_ERR;
    root_push(v_is_obj(msg) ? v_to_ptr(msg) : NULL);
    Value e = exc_new(t, (ArgVec){&msg, 1, 0});
    root_pop(1);
    return exc_raise_value(e);
}

bool exc_matches(Value exc, Value cls) {
    if (obj_is(cls, &tuple_type)) {
        Tuple *t = tuple_p(cls);
        for (uint32_t i = 0; i < t->len; i++)
            if (exc_matches(exc, t->items[i])) return true;
        return false;
    }
    if (!obj_isinstance(cls, &type_type)) return false;
    return obj_isinstance(exc, v_to_ptr(cls));
}

int exc_add_tb(Value exc, const Code *code, uint32_t line) {
    if (!obj_isinstance(exc, &base_exception_type)) return 0;
    Exc *e = v_to_ptr(exc);
    if (e->ntb >= MONTY_TRACEBACK_MAX) {
        /* keep the outermost entries: drop the second-innermost */
        TbEntry *tb = e->tb.ptr;
        memmove(tb + 1, tb + 2, (size_t)(e->ntb - 2) * sizeof(TbEntry));
        e->ntb--;
    }
    size_t need = (size_t)(e->ntb + 1) * sizeof(TbEntry);
    if (need > e->tb.cap) {
        /* the object is reachable (pending); growing may fail: then the
         * traceback is just shorter */
        if (!gc_vec_resize(&e->tb, need + 3 * sizeof(TbEntry))) return 0;
    }
    TbEntry *tb = e->tb.ptr;
    tb[e->ntb].code = code;
    tb[e->ntb].line = line;
    e->ntb++;
    return 0;
}

/* ---- printing ---- */

/* str(exc) */
static int exc_print_str(Printer *p, Value v) {
    Exc *e = v_to_ptr(v);
    Tuple *args = tuple_p(e->args);
    const Type *t = obj_type(v);
    if (type_is_sub(t, &key_error_type) && args->len == 1) return obj_print(p, args->items[0], true);
    if (type_is_sub(t, &syntax_error_type) && args->len == 2 && obj_is(args->items[1], &tuple_type) &&
        tuple_p(args->items[1])->len >= 2) {
        Tuple *dt = tuple_p(args->items[1]);
        return pr_fmt(p, "%v (%v, line %v)", args->items[0], dt->items[0], dt->items[1]);
    }
    if (type_is_sub(t, &os_error_type) && args->len >= 2 && v_is_int(args->items[0]))
        return pr_fmt(p, "[Errno %v] %v", args->items[0], args->items[1]);
    if (args->len == 0) return 0;
    if (args->len == 1) return obj_print(p, args->items[0], false);
    return obj_print(p, e->args, true);
}

static int exc_print(Printer *p, Value v, bool repr) {
    if (!repr) return exc_print_str(p, v);
    Exc *e = v_to_ptr(v);
    const Type *t = obj_type(v);
    if (pr_fmt(p, "%q", t->name) < 0) return -1;
    Tuple *args = tuple_p(e->args);
    if (args->len == 1) return pr_fmt(p, "(%r)", args->items[0]);
    return obj_print(p, e->args, true);
}

/* the class name as a traceback shows it: module-qualified for classes
 * defined outside builtins */
static int print_type_name(Printer *p, const Type *t) {
    if (t->flags & TF_HEAP) {
        Value mod = dict_get(t->dict, QV(__module__));
        Value qn = dict_get(t->dict, QV(__qualname__));
        if (qn == V_NULL || qn == V_ERR) qn = q_(t->name);
        if (mod != V_NULL && mod != V_ERR && mod != QV(builtins) && mod != QV(__main__)) return pr_fmt(p, "%v.%v", mod, qn);
        return pr_fmt(p, "%v", qn);
    }
    return pr_fmt(p, "%q", t->name);
}

int exc_print_line(Printer *p, Value exc) {
    if (!obj_isinstance(exc, &base_exception_type)) return pr_fmt(p, "%r\n", exc);
    if (print_type_name(p, obj_type(exc)) < 0) return -1;
    /* str() may call Python (__str__): print it into a string first so a
     * failing __str__ still leaves a sensible line */
    Value s = obj_str(exc);
    if (s == V_ERR) {
        exc_take();
        return pr_str(p, ": <exception str() failed>\n");
    }
    size_t n;
    str_data(s, &n);
    if (n == 0) return pr_str(p, "\n");
    root_push(v_is_obj(s) ? v_to_ptr(s) : NULL);
    int r = pr_str(p, ": ");
    if (r == 0) r = pr_mem(p, str_data(s, &n), n);
    if (r == 0) r = pr_str(p, "\n");
    root_pop(1);
    return r;
}

static int print_one(Printer *p, Value exc, int depth) {
    Exc *e = v_to_ptr(exc);
    if (depth < 8) {
        if (e->cause != V_NONE && obj_isinstance(e->cause, &base_exception_type)) {
            if (print_one(p, e->cause, depth + 1) < 0) return -1;
            if (pr_str(p, "\nThe above exception was the direct cause of the following exception:\n\n") < 0) return -1;
        } else if (!e->suppress_context && e->context != V_NONE && obj_isinstance(e->context, &base_exception_type)) {
            if (print_one(p, e->context, depth + 1) < 0) return -1;
            if (pr_str(p, "\nDuring handling of the above exception, another exception occurred:\n\n") < 0) return -1;
        }
    }
    if (e->ntb) {
        if (pr_str(p, "Traceback (most recent call last):\n") < 0) return -1;
        for (int i = e->ntb - 1; i >= 0; i--) {
            TbEntry *tb = &((TbEntry *)e->tb.ptr)[i];
            const Code *c = tb->code;
            if (pr_fmt(p, "  File \"%q\", line %u, in %q\n", c->unit->filename, (unsigned long)tb->line, c->name) < 0)
                return -1;
        }
    }
    return exc_print_line(p, exc);
}

int exc_print_tb(Printer *p, Value exc) {
    if (!obj_isinstance(exc, &base_exception_type)) return exc_print_line(p, exc);
    root_push(v_to_ptr(exc));
    int r = print_one(p, exc, 0);
    root_pop(1);
    return r;
}

/* ---- attributes ---- */

static Value exc_attr(Value self, Value name, Value val) {
    Exc *e = v_to_ptr(self);
    if (val != V_NULL) {
        if (name == QV(__cause__)) {
            e->cause = val == V_DELETE ? V_NONE : val;
            e->suppress_context = 1;
            return V_NONE;
        }
        if (name == QV(__context__)) {
            e->context = val == V_DELETE ? V_NONE : val;
            return V_NONE;
        }
        if (name == QV(__suppress_context__)) {
            e->suppress_context = val == V_TRUE;
            return V_NONE;
        }
        if (name == QV(args)) {
            Value t = tuple_from_iter(val);
            if (t == V_ERR) return t;
            e->args = t;
            return V_NONE;
        }
        if (name == QV(__traceback__)) return V_NONE;
        /* other attributes go to the attribute dict */
        if (val == V_DELETE) {
            Value r = dc_del(&e->attrs, name);
            if (r == V_ERR) return r;
            if (r == V_NULL) return exc_raise(&attribute_error_type, "'%s' object has no attribute '%v'", obj_type_name(self), name);
            return V_NONE;
        }
        return dc_set(&e->attrs, name, val) < 0 ? V_ERR : V_NONE;
    }
    if (e->attrs.len) {
        Value r = dc_get_q(&e->attrs, name, NULL);
        if (r != V_NULL) return r;
    }
    if (name == QV(args)) return e->args;
    if (name == QV(__cause__)) return e->cause;
    if (name == QV(__context__)) return e->context;
    if (name == QV(__suppress_context__)) return v_from_bool(e->suppress_context);
    if (name == QV(__traceback__)) return e->ntb ? self : V_NONE; /* no traceback objects: non-None marker */
    const Type *t = obj_type(self);
    if (name == QV(value) && type_is_sub(t, &stop_iteration_type)) return e->value;
    if (name == QV(code) && type_is_sub(t, &system_exit_type)) {
        Tuple *a = tuple_p(e->args);
        return a->len == 0 ? V_NONE : a->len == 1 ? a->items[0] : e->args;
    }
    Tuple *args = tuple_p(e->args);
    if (type_is_sub(t, &os_error_type)) {
        if (name == QV(errno)) return args->len >= 2 ? args->items[0] : V_NONE;
        if (name == QV(strerror)) return args->len >= 2 ? args->items[1] : V_NONE;
    }
    if (type_is_sub(t, &syntax_error_type) && args->len == 2 && obj_is(args->items[1], &tuple_type)) {
        Tuple *d = tuple_p(args->items[1]);
        if (name == QV(msg)) return args->items[0];
        if (name == QV(filename) && d->len > 0) return d->items[0];
        if (name == QV(lineno) && d->len > 1) return d->items[1];
        if (name == QV(offset) && d->len > 2) return d->items[2];
        if (name == QV(text) && d->len > 3) return d->items[3];
    }
    if (type_is_sub(t, &import_error_type) && name == QV(name)) return args->len ? V_NONE : V_NONE;
    return V_NULL;
}

static Value exc_with_traceback(ArgVec a) { return a.v[0]; }

/* BaseException.__init__(self, *args): what super().__init__(msg) calls */
static Value exc_init_m(ArgVec a) {
    if (!obj_isinstance(a.v[0], &base_exception_type)) return exc_raise(&type_error_type, "descriptor '__init__' requires a 'BaseException' object");
    Value t = tuple_new((size_t)a.n - 1, a.v + 1);
    if (t == V_ERR) return t;
    Exc *e = v_to_ptr(a.v[0]);
    e->args = t;
    e->value = a.n > 1 ? a.v[1] : V_NONE;
    return V_NONE;
}

static Value exc_str_m(ArgVec a) {
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    if (exc_print_str(&sb.p, a.v[0]) < 0) {
        sb_abandon(&sb);
        return V_ERR;
    }
    return sb_finish(&sb);
}

static Value exc_repr_m(ArgVec a) {
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    if (exc_print(&sb.p, a.v[0], true) < 0) {
        sb_abandon(&sb);
        return V_ERR;
    }
    return sb_finish(&sb);
}

static Value exc_add_note(ArgVec a) {
    (void)a;
    return V_NONE;
}

static Value exc_binop(int op, Value a, Value b) {
    if (op == OPR_EQ) return v_from_bool(a == b);
    if (op == OPR_NE) return v_from_bool(a != b);
    return V_NOTIMPL;
}

static Value exc_unop(int op, Value v) {
    if (op == UN_HASH) return v_from_int((intptr_t)(v >> 3));
    return V_NOTIMPL;
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn exc_methods[] = {
    M(__init__, exc_init_m, 1, 255, BF_VAR),
    M(__repr__, exc_repr_m, 1, 1, 0),
    M(__str__, exc_str_m, 1, 1, 0),
    M(add_note, exc_add_note, 2, 2, 0),
    M(with_traceback, exc_with_traceback, 2, 2, 0),
};

/* every exception class shares the slots; only BaseException carries
 * the methods (the others find them through their base) */
#define X(Name, cname, basecname)                                                                                    \
    const Type cname##_type = {                                                                                      \
        .hdr = {&type_type.gc},                                                                                      \
        .gc = {#Name, exc_mark, NULL},                                                                               \
        .name = Q_##Name,                                                                                            \
        .flags = TF_BASETYPE | TF_EXC,                                                                               \
        .base = &basecname##_type,                                                                                   \
        .methods = exc_methods,                                                                                      \
        .nmethods = sizeof exc_methods / sizeof exc_methods[0],                                                      \
        .print = exc_print,                                                                                          \
        .attr = exc_attr,                                                                                            \
        .make_new = exc_make_new,                                                                                    \
        .binop = exc_binop,                                                                                          \
        .unop = exc_unop,                                                                                            \
        .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,                                                              \
    };
EXC_LIST(X)
#undef X
