/*
 * func.c - callables: built-in functions, Python functions, bound
 * methods, closure cells; and the constants None, NotImplemented,
 * Ellipsis.
 */
#include "interp.h"

/* ---- None, NotImplemented, Ellipsis ---- */

static int none_print(Printer *p, Value v, bool repr) {
    (void)repr;
    return pr_str(p, v == V_NONE ? "None" : v == V_NOTIMPL ? "NotImplemented" : "Ellipsis");
}

static Value none_unop(int op, Value v) {
    if (op == UN_BOOL) return v_from_bool(v != V_NONE);
    if (op == UN_HASH) return v_from_int((intptr_t)(v >> 3) + 0x5A5A);
    return V_NOTIMPL;
}

const Type none_type = {
    .hdr = {&type_type.gc},
    .gc = {"NoneType", NULL, NULL},
    .name = Q_NoneType,
    .base = &object_type,
    .print = none_print,
    .unop = none_unop,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
const Type notimpl_type = {
    .hdr = {&type_type.gc},
    .gc = {"NotImplementedType", NULL, NULL},
    .name = Q_NotImplementedType,
    .base = &object_type,
    .print = none_print,
    .unop = none_unop,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
const Type ellipsis_type = {
    .hdr = {&type_type.gc},
    .gc = {"ellipsis", NULL, NULL},
    .name = Q_ellipsis,
    .base = &object_type,
    .print = none_print,
    .unop = none_unop,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* the type of each special constant; internal marks map to NoneType */
const Type *const special_types[V_SPECIAL_COUNT] = {
    &none_type, &bool_type, &bool_type, &none_type, &none_type, &none_type, &none_type, &none_type,
    &notimpl_type, &ellipsis_type, &none_type,
};

/* ---- built-in functions ---- */

static Value builtin_call(Value self, ArgVec a) {
    const BuiltinFn *f = v_to_ptr(self);
    if (a.nkw && !(f->flags & BF_KW)) {
        size_t n;
        const char *nm = qstr_str(f->name, &n);
        return exc_raise(&type_error_type, "%s() takes no keyword arguments", nm);
    }
    if (a.n < f->min || (!(f->flags & BF_VAR) && a.n > f->max)) {
        const char *nm = qstr_str(f->name, NULL);
        int self_off = f->flags & BF_STATIC ? 0 : 1;
        if (f->min == f->max && f->max - self_off == 1 && self_off == 0)
            return exc_raise(&type_error_type, "%s() takes exactly one argument (%d given)", nm, (long)a.n);
        if (f->min == f->max && f->max - self_off == 0)
            return exc_raise(&type_error_type, "%s() takes no arguments (%d given)", nm, (long)(a.n - self_off));
        if (f->min == f->max)
            return exc_raise(&type_error_type, "%s expected %d arguments, got %d", nm, (long)(f->min - self_off),
                             (long)(a.n - self_off));
        if (a.n < f->min)
            return exc_raise(&type_error_type, "%s expected at least %d argument%s, got %d", nm, (long)(f->min - self_off),
                             f->min - self_off == 1 ? "" : "s", (long)(a.n - self_off));
        return exc_raise(&type_error_type, "%s expected at most %d argument%s, got %d", nm, (long)(f->max - self_off),
                         f->max - self_off == 1 ? "" : "s", (long)(a.n - self_off));
    }
    return f->fn(a);
}

static int builtin_print(Printer *p, Value v, bool repr) {
    (void)repr;
    const BuiltinFn *f = v_to_ptr(v);
    return pr_fmt(p, "<built-in function %q>", f->name);
}

static Value builtin_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    const BuiltinFn *f = v_to_ptr(self);
    if (name == QV(__name__) || name == QV(__qualname__)) return q_(f->name);
    return V_NULL;
}

static Value ident_hash(int op, Value v) {
    if (op == UN_HASH) return v_from_int((intptr_t)(v >> 3));
    return V_NOTIMPL;
}

const Type builtin_type = {
    .hdr = {&type_type.gc},
    .gc = {"builtin_function_or_method", NULL, NULL},
    .name = Q_builtin_function_or_method,
    .base = &object_type,
    .print = builtin_print,
    .call = builtin_call,
    .attr = builtin_attr,
    .unop = ident_hash,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* ---- Python functions ---- */

static void func_mark(GcObj *o) {
    Func *f = (Func *)o;
    gc_mark(f->code);
    Value vs[5] = {f->globals, f->defaults, f->kwdefaults, f->closure, f->attrs};
    for (int i = 0; i < 5; i++)
        if (v_is_obj(vs[i])) gc_mark(v_to_ptr(vs[i]));
}

static int func_print(Printer *p, Value v, bool repr) {
    (void)repr;
    Func *f = v_to_ptr(v);
    return pr_fmt(p, "<function %q at 0x%x>", f->code->qualname, (unsigned long)v);
}

static Value func_call(Value self, ArgVec a) { return vm_call_func(self, a); }

Value func_getattr(Value fv, Value name) {
    Func *f = v_to_ptr(fv);
    if (f->attrs != V_NULL) {
        Value r = dict_get(f->attrs, name);
        if (r != V_NULL) return r;
    }
    if (name == QV(__name__)) return q_(f->code->name);
    if (name == QV(__qualname__)) return q_(f->code->qualname);
    if (name == QV(__module__)) {
        Value m = dict_get(f->globals, QV(__name__));
        return m == V_NULL ? V_NONE : m;
    }
    if (name == QV(__defaults__)) return f->defaults == V_NULL ? V_NONE : f->defaults;
    if (name == QV(__doc__)) return V_NONE;
    if (name == QV(__dict__)) {
        if (f->attrs == V_NULL) {
            Value d = dict_new();
            if (d == V_ERR) return d;
            f->attrs = d;
        }
        return f->attrs;
    }
    if (name == QV(__class__)) return V(&function_type);
    if (name == QV(__globals__)) return f->globals;
    return V_NULL;
}

int func_setattr(Value fv, Value name, Value v) {
    Func *f = v_to_ptr(fv);
    if (f->attrs == V_NULL) {
        if (v == V_DELETE) {
            exc_raise(&attribute_error_type, "'function' object has no attribute '%v'", name);
            return -1;
        }
        Value d = dict_new();
        if (d == V_ERR) return -1;
        f->attrs = d;
    }
    if (v == V_DELETE) {
        Value r = dc_del(&dict_p(f->attrs)->d, name);
        if (r == V_ERR) return -1;
        if (r == V_NULL) {
            exc_raise(&attribute_error_type, "'function' object has no attribute '%v'", name);
            return -1;
        }
        return 0;
    }
    return dict_set(f->attrs, name, v);
}

static Value func_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    return func_getattr(self, name);
}

static Value func_get(ArgVec a) {
    if (a.n < 2 || a.v[1] == V_NONE) return a.v[0];
    return method_new(a.v[1], a.v[0]);
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn func_methods[] = {
    M(__get__, func_get, 2, 3, 0),
};

const Type function_type = {
    .hdr = {&type_type.gc},
    .gc = {"function", func_mark, NULL},
    .name = Q_function,
    .base = &object_type,
    .methods = func_methods,
    .nmethods = 1,
    .print = func_print,
    .call = func_call,
    .attr = func_attr,
    .unop = ident_hash,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* ---- bound methods ---- */

static void method_mark(GcObj *o) {
    Method *m = (Method *)o;
    if (v_is_obj(m->self)) gc_mark(v_to_ptr(m->self));
    if (v_is_obj(m->func)) gc_mark(v_to_ptr(m->func));
}

Value method_new(Value self, Value func) {
    Method *m = obj_alloc(&method_type, sizeof(Method));
    if (!m) return V_ERR;
    m->self = self;
    m->func = func;
    return V(m);
}

/* calls func with self prepended; the arguments are copied to a small
 * buffer on the C stack (the interpreter avoids this path for its own
 * calls by writing self into the callable's stack slot) */
static Value method_call(Value self, ArgVec a) {
    Method *m = v_to_ptr(self);
    size_t n = a.n + 2u * a.nkw;
    Value buf[12];
    if (n + 1 > 12) {
        /* many arguments: build them in a tuple object */
        Value t = tuple_new(n + 1, NULL);
        if (t == V_ERR) return t;
        tuple_p(t)->items[0] = m->self;
        vcopy(tuple_p(t)->items + 1, a.v, n);
        root_push(v_to_ptr(t));
        Value r = obj_call(m->func, (ArgVec){tuple_p(t)->items, (uint16_t)(a.n + 1), a.nkw});
        root_pop(1);
        return r;
    }
    buf[0] = m->self;
    vcopy(buf + 1, a.v, n);
    return obj_call(m->func, (ArgVec){buf, (uint16_t)(a.n + 1), a.nkw});
}

static int method_print(Printer *p, Value v, bool repr) {
    (void)repr;
    Method *m = v_to_ptr(v);
    Value name = obj_getattr_opt(m->func, QV(__qualname__));
    if (name == V_ERR) return -1;
    if (name == V_NULL) name = QV(method);
    if (obj_type(m->func) == &builtin_type)
        return pr_fmt(p, "<built-in method %v of %s object at 0x%x>", name, obj_type_name(m->self), (unsigned long)m->self);
    return pr_fmt(p, "<bound method %v of %r>", name, m->self);
}

static Value method_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    Method *m = v_to_ptr(self);
    if (name == QV(__self__)) return m->self;
    if (name == QV(__func__)) return m->func;
    return obj_getattr_opt(m->func, name);
}

static Value method_binop(int op, Value a, Value b) {
    if ((op == OPR_EQ || op == OPR_NE) && obj_is(b, &method_type)) {
        Method *x = v_to_ptr(a), *y = v_to_ptr(b);
        bool eq = x->self == y->self && x->func == y->func;
        return v_from_bool(op == OPR_EQ ? eq : !eq);
    }
    return V_NOTIMPL;
}

static Value method_unop(int op, Value v) {
    if (op == UN_HASH) {
        Method *m = v_to_ptr(v);
        return v_from_int((intptr_t)((m->self ^ m->func) >> 3));
    }
    return V_NOTIMPL;
}

const Type method_type = {
    .hdr = {&type_type.gc},
    .gc = {"method", method_mark, NULL},
    .name = Q_method,
    .base = &object_type,
    .print = method_print,
    .call = method_call,
    .attr = method_attr,
    .binop = method_binop,
    .unop = method_unop,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* ---- cells ---- */

static void cell_mark(GcObj *o) {
    Value v = ((Cell *)o)->v;
    if (v_is_obj(v)) gc_mark(v_to_ptr(v));
}

Value cell_new(Value v) {
    Cell *c = obj_alloc(&cell_type, sizeof(Cell));
    if (!c) return V_ERR;
    c->v = v;
    return V(c);
}

static Value cell_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    if (name == q_(qstr_find("cell_contents", 13))) {
        Value v = ((Cell *)v_to_ptr(self))->v;
        if (v == V_NULL) return exc_raise(&value_error_type, "Cell is empty");
        return v;
    }
    return V_NULL;
}

const Type cell_type = {
    .hdr = {&type_type.gc},
    .gc = {"cell", cell_mark, NULL},
    .name = Q_cell,
    .base = &object_type,
    .attr = cell_attr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
