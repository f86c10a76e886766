/*
 * module.c - module objects and import.
 *
 * A module is its globals dict plus, for built-in modules, a constant
 * table of attributes in flash (ModDef) consulted after the dict, so a
 * built-in module costs almost no RAM until someone assigns to it.
 *
 * import: sys.modules, then the built-in modules, then devs C modules
 * (vm_register_module), then Python modules from the host's finder
 * (compiled images executed in place, or source compiled first).
 */
#include "config.h"
#include "interp.h"
#if MONTY_COMPILER
#include "compiler/compiler.h"
#endif

static void module_mark(GcObj *o) {
    Module *m = (Module *)o;
    if (v_is_obj(m->globals)) gc_mark(v_to_ptr(m->globals));
}

static const ModAttr *def_find(const ModDef *d, Value name) {
    if (!d || !v_is_qstr(name)) return NULL;
    uint32_t q = v_to_qstr(name);
    int lo = 0, hi = (int)d->nattrs - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint32_t n = d->attrs[mid].name;
        if (n == q) return &d->attrs[mid];
        if (n < q) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

Value module_getattr(Value mv, Value name) {
    Module *m = v_to_ptr(mv);
    Value v = dc_get_q(&dict_p(m->globals)->d, name, NULL);
    if (v != V_NULL) return v;
    const ModAttr *a = def_find(m->def, name);
    if (a) return a->val;
    if (name == QV(__dict__)) return m->globals;
    if (name == QV(__class__)) return V(&module_type);
    /* module-level __getattr__ (PEP 562) */
    Value ga = dc_get_q(&dict_p(m->globals)->d, QV(__getattr__), NULL);
    if (ga != V_NULL) return obj_call1(ga, name);
    return V_NULL;
}

int module_setattr(Value mv, Value name, Value v) {
    Module *m = v_to_ptr(mv);
    if (v == V_DELETE) {
        Value r = dc_del(&dict_p(m->globals)->d, name);
        if (r == V_ERR) return -1;
        if (r == V_NULL) {
            attr_error(mv, name);
            return -1;
        }
        return 0;
    }
    return dict_set(m->globals, name, v);
}

static int module_print(Printer *p, Value v, bool repr) {
    (void)repr;
    Module *m = v_to_ptr(v);
    Value name = dict_get(m->globals, QV(__name__));
    if (name == V_NULL || name == V_ERR) name = m->def ? q_(m->def->name) : QV(module);
    Value file = dict_get(m->globals, QV(__file__));
    if (file != V_NULL && file != V_ERR) return pr_fmt(p, "<module %r from %r>", name, file);
    return pr_fmt(p, "<module %r (built-in)>", name);
}

const Type module_type = {
    .hdr = {&type_type.gc},
    .gc = {"module", module_mark, NULL},
    .name = Q_module,
    .base = &object_type,
    .print = module_print,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

Value module_new(Value name, const ModDef *def) {
    Value g = dict_new();
    if (g == V_ERR) return g;
    root_push(v_to_ptr(g));
    Module *m = obj_alloc(&module_type, sizeof(Module));
    if (m) {
        m->globals = g;
        m->def = def;
    }
    int r = m ? dict_set(g, QV(__name__), name) : -1;
    root_pop(1);
    return r < 0 ? V_ERR : V(m);
}

/* ---- the registry of built-in and devs modules ---- */

extern const ModDef mod_sys, mod_gc, mod_builtins;
#if MONTY_FLOAT
extern const ModDef mod_math;
#endif
extern const ModDef mod_time;
#if MONTY_ARRAY
extern const ModDef mod_array;
#endif
#if MONTY_VARYVEC
extern const ModDef mod_varyvec;
#endif

static const ModDef *const builtin_mods[] = {
    &mod_builtins, &mod_gc, &mod_sys, &mod_time,
#if MONTY_FLOAT
    &mod_math,
#endif
#if MONTY_ARRAY
    &mod_array,
#endif
#if MONTY_VARYVEC
    &mod_varyvec,
#endif
};

#define MAX_DEVS_MODULES 16
static struct {
    const CoreModule *m;
    int owner;
} devs_mods[MAX_DEVS_MODULES];

int vm_register_module(const CoreModule *m, int owner) {
    for (int i = 0; i < MAX_DEVS_MODULES; i++)
        if (!devs_mods[i].m) {
            devs_mods[i].m = m;
            devs_mods[i].owner = owner;
            return 0;
        }
    return -1;
}

/* calling a function of an unloaded devs module */
static Value dead_fn(ArgVec a) {
    (void)a;
    return exc_raise(&runtime_error_type, "devs module unloaded");
}

void vm_unregister_owner(int owner) {
    for (int i = 0; i < MAX_DEVS_MODULES; i++)
        if (devs_mods[i].m && devs_mods[i].owner == owner) devs_mods[i].m = NULL;
    /* forget its modules; functions still referenced elsewhere become
     * stubs that raise instead of jumping into unloaded code */
    if (vm.modules != V_NULL && vm.modules) {
        DictCore *d = &dict_p(vm.modules)->d;
        size_t pos = 0;
        DictEntry *e;
        while (dc_next(d, &pos, &e)) {
            Value mv = e->val;
            if (!obj_is(mv, &module_type)) continue;
            Module *m = v_to_ptr(mv);
            if (m->owner != owner) continue;
            size_t p2 = 0;
            DictEntry *e2;
            while (dc_next(&dict_p(m->globals)->d, &p2, &e2))
                if (obj_is(e2->val, &builtin_type) && gc_in_heap(v_to_ptr(e2->val)))
                    ((BuiltinFn *)v_to_ptr(e2->val))->fn = dead_fn;
            e->key = e->val = V_NULL;
            d->len--;
        }
    }
    gc_release_owner(owner);
}

static Value load_devs_module(const CoreModule *cm, int owner, Value name) {
    Value mv = module_new(name, NULL);
    if (mv == V_ERR) return mv;
    root_push(v_to_ptr(mv));
    Module *m = v_to_ptr(mv);
    m->owner = owner;
    for (const CoreFunc *f = cm->funcs; f && f->name; f++) {
        int32_t q = qstr_intern(f->name, strlen(f->name), false);
        if (q < 0) goto fail;
        BuiltinFn *b = obj_alloc(&builtin_type, sizeof(BuiltinFn));
        if (!b) goto fail;
        b->fn = f->fn;
        b->name = (uint16_t)q;
        b->min = 0;
        b->max = 255;
        b->flags = BF_VAR | BF_KW | BF_STATIC; /* a module function: never bound */
        if (dict_set(m->globals, q_((uint32_t)q), V(b)) < 0) goto fail;
    }
    root_pop(1);
    return mv;
fail:
    root_pop(1);
    return V_ERR;
}

/* ---- compiling and running Python modules ---- */

#if MONTY_COMPILER
static void *cmem_alloc(void *ctx, size_t n) {
    (void)ctx;
    return gc_malloc(VM_COMPILER_OWNER, n);
}
static void cmem_release(void *ctx, void *p) {
    (void)ctx;
    gc_free(p);
}
static const CompilerMem cmem = {cmem_alloc, cmem_release, NULL};

/* compiles source into an image held in a Bytes object; raises
 * SyntaxError / MemoryError */
Value vm_compile(const char *src, size_t len, const char *filename, int mode) {
    uint8_t *img;
    size_t n;
    CompileError err;
    int rc = compile_module(src, len, filename, mode, &cmem, &img, &n, &err);
    if (rc == COMPILE_MEMORY_ERROR) return exc_raise_no_mem();
    if (rc < 0) {
        Value msg = str_from_cstr(err.msg);
        if (msg == V_ERR) return msg;
        root_push(v_is_obj(msg) ? v_to_ptr(msg) : NULL);
        Value fn = str_from_cstr(filename);
        if (fn == V_ERR) {
            root_pop(1);
            return fn;
        }
        root_push(v_is_obj(fn) ? v_to_ptr(fn) : NULL);
        Value det[4] = {fn, v_from_int(err.line), v_from_int(err.col), V_NONE};
        Value dt = tuple_new(4, det);
        Value r = V_ERR;
        if (dt != V_ERR) {
            Value args[2] = {msg, dt};
            root_push(v_to_ptr(dt));
            Value e = exc_new(rc == COMPILE_INDENTATION_ERROR ? &indentation_error_type : &syntax_error_type, (ArgVec){args, 2, 0});
            root_pop(1);
            r = exc_raise_value(e);
        }
        root_pop(2);
        return r;
    }
    Value b = bytes_new(img, n);
    gc_free(img);
    return b;
}
#endif

/* loads an image (validated here) as a unit with the given globals */
Value vm_load_image(const uint8_t *img, size_t len, Value owner, Value globals, Unit **out) {
    char why[64];
    if (bc_validate(img, len, why, sizeof why) < 0) return exc_raise(&import_error_type, "bad module image: %s", why);
    Unit *u = unit_load(img, len, owner, globals);
    if (!u) return V_ERR;
    *out = u;
    return V_NONE;
}

/* runs source or image text as module `name` with globals g */
static Value exec_module_data(const uint8_t *data, size_t len, bool is_source, Value g, const char *filename) {
    Value owner = V_NULL;
    const uint8_t *img = data;
    if (is_source) {
#if MONTY_COMPILER
        owner = vm_compile((const char *)data, len, filename, COMPILE_EXEC);
        if (owner == V_ERR) return owner;
        img = bytes_data(owner, &len);
#else
        (void)filename;
        return exc_raise(&import_error_type, "source modules need the compiler");
#endif
    }
    root_push(v_is_obj(owner) ? v_to_ptr(owner) : NULL);
    Unit *u;
    Value r = vm_load_image(img, len, owner, g, &u);
    root_pop(1);
    if (r == V_ERR) return r;
    return vm_run_unit(u);
}

static Value find_in_sys_modules(Value name) {
    Value m = dict_get(vm.modules, name);
    return m;
}

static Value import_module(Value name) {
    Value m = find_in_sys_modules(name);
    if (m != V_NULL) return m;
    size_t n;
    const char *s = str_data(name, &n);
    /* built-in modules */
    if (v_is_qstr(name)) {
        uint32_t q = v_to_qstr(name);
        for (size_t i = 0; i < sizeof builtin_mods / sizeof builtin_mods[0]; i++) {
            const ModDef *d = builtin_mods[i];
            if (d->name != q) continue;
            if (d == &mod_builtins) return vm.builtins;
            Value mv = module_new(name, d);
            if (mv == V_ERR) return mv;
            root_push(v_to_ptr(mv));
            int r = d->init ? d->init(mv) : 0;
            if (r == 0) r = dict_set(vm.modules, name, mv);
            root_pop(1);
            return r < 0 ? V_ERR : mv;
        }
    }
    /* devs modules */
    for (int i = 0; i < MAX_DEVS_MODULES; i++) {
        const CoreModule *cm = devs_mods[i].m;
        if (cm && strlen(cm->name) == n && !memcmp(cm->name, s, n)) {
            Value mv = load_devs_module(cm, devs_mods[i].owner, name);
            if (mv == V_ERR) return mv;
            root_push(v_to_ptr(mv));
            int r = dict_set(vm.modules, name, mv);
            root_pop(1);
            return r < 0 ? V_ERR : mv;
        }
    }
    /* Python modules */
    const VmHost *h = vm.host;
    char cname[64];
    if (h && h->find_module && n < sizeof cname) {
        memcpy(cname, s, n);
        cname[n] = 0;
        const uint8_t *data;
        size_t len;
        int is_source;
        if (h->find_module(cname, &data, &len, &is_source) == 0) {
            Value mv = module_new(name, NULL);
            if (mv == V_ERR) return mv;
            root_push(v_to_ptr(mv));
            Module *mod = v_to_ptr(mv);
            char fname[72];
            memcpy(fname, cname, n);
            memcpy(fname + n, is_source ? ".py" : ".mpy", is_source ? 4 : 5);
            Value fv = str_from_cstr(fname);
            Value r = fv == V_ERR ? V_ERR : V_NONE;
            if (r != V_ERR && dict_set(mod->globals, QV(__file__), fv) < 0) r = V_ERR;
            if (r != V_ERR && dict_set(vm.modules, name, mv) < 0) r = V_ERR;
            if (r != V_ERR) {
                r = exec_module_data(data, len, is_source, mod->globals, fname);
                if (r == V_ERR) {
                    Value e = exc_take();
                    dc_del(&dict_p(vm.modules)->d, name);
                    vm.exc = e;
                }
            }
            root_pop(1);
            if (r == V_ERR) return r;
            /* the module may have replaced itself in sys.modules */
            Value m2 = find_in_sys_modules(name);
            return m2 == V_NULL ? mv : m2;
        }
    }
    Value e = exc_new1(&module_not_found_error_type, V_NULL);
    if (e == V_ERR) return e;
    return exc_raise(&module_not_found_error_type, "No module named %r", name);
}

Value import_name(Value name, Value fromlist, Value level, Value globals) {
    (void)globals;
    if (level != v_from_int(0) && level != V_NONE)
        return exc_raise(&import_error_type, "attempted relative import with no known parent package");
    size_t n;
    const char *s = str_data(name, &n);
    const char *dot = memchr(s, '.', n);
    if (!dot) return import_module(name);
    /* dotted names: packages are not supported; a module registered under
     * the full name (devs, sys.modules) still works */
    Value m = find_in_sys_modules(name);
    if (m != V_NULL) {
        if (fromlist != V_NONE) return m;
        Value top = str_new(s, (size_t)(dot - s));
        if (top == V_ERR) return top;
        top = str_intern_value(top);
        return top == V_ERR ? top : import_module(top);
    }
    return exc_raise(&module_not_found_error_type, "No module named %r", name);
}

Value import_from(Value module, Value name) {
    Value v = obj_getattr_opt(module, name);
    if (v == V_ERR) return v;
    if (v == V_NULL) {
        Value mn = obj_is(module, &module_type) ? dict_get(((Module *)v_to_ptr(module))->globals, QV(__name__)) : V_NULL;
        if (mn == V_NULL || mn == V_ERR) mn = QV(module);
        Value file = obj_is(module, &module_type) ? dict_get(((Module *)v_to_ptr(module))->globals, QV(__file__)) : V_NULL;
        if (file == V_NULL || file == V_ERR)
            return exc_raise(&import_error_type, "cannot import name '%v' from '%v' (unknown location)", name, mn);
        return exc_raise(&import_error_type, "cannot import name '%v' from '%v' (%v)", name, mn, file);
    }
    return v;
}

int import_star(Value module, Value globals) {
    if (!obj_is(module, &module_type)) {
        exc_raise(&type_error_type, "import * needs a module");
        return -1;
    }
    Module *m = v_to_ptr(module);
    Value all = dict_get(m->globals, QV(__all__));
    if (all == V_ERR) return -1;
    if (all != V_NULL) {
        Value it = obj_iter(all);
        if (it == V_ERR) return -1;
        root_push(v_to_ptr(it));
        int r = 0;
        for (;;) {
            Value k = obj_next(it);
            if (k == V_NULL) break;
            if (k == V_ERR) {
                r = -1;
                break;
            }
            Value q = str_intern_value(k);
            Value v = q == V_ERR ? q : obj_getattr(module, q);
            if (v == V_ERR || dict_set(globals, q, v) < 0) {
                r = -1;
                break;
            }
        }
        root_pop(1);
        return r;
    }
    size_t pos = 0;
    DictEntry *e;
    while (dc_next(&dict_p(m->globals)->d, &pos, &e)) {
        size_t n;
        const char *s = str_data(e->key, &n);
        if (!s || (n && s[0] == '_')) continue;
        Value k = e->key, v = e->val;
        if (dict_set(globals, k, v) < 0) return -1;
    }
    if (m->def)
        for (unsigned i = 0; i < m->def->nattrs; i++) {
            const ModAttr *a = &m->def->attrs[i];
            size_t n;
            const char *s = qstr_str(a->name, &n);
            if (n && s[0] == '_') continue;
            if (dict_set(globals, q_(a->name), a->val) < 0) return -1;
        }
    return 0;
}

/* the names of a module (dir(module)) */
Value module_dir(Value module) {
    Module *m = v_to_ptr(module);
    Value l = list_new(0, NULL);
    if (l == V_ERR) return l;
    root_push(v_to_ptr(l));
    size_t pos = 0;
    DictEntry *e;
    int r = 0;
    while (r == 0 && dc_next(&dict_p(m->globals)->d, &pos, &e)) r = list_append(l, e->key);
    if (m->def)
        for (unsigned i = 0; r == 0 && i < m->def->nattrs; i++) r = list_append(l, q_(m->def->attrs[i].name));
    root_pop(1);
    return r < 0 ? V_ERR : l;
}

