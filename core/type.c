/*
 * type.c - `type`, `object`, classes and their instances, attribute
 * lookup and binding, super(), property, staticmethod, classmethod.
 *
 * A class is a heap Type whose namespace is a Dict (Type.dict) and whose
 * MRO (C3) is a tuple.  Its slots are the generic inst_* functions below:
 * each looks for the dunder method in the classes of the MRO and calls it;
 * when it reaches a built-in type first (class C(list), class E(Exception))
 * it uses that type's own slot on the native part of the instance.
 *
 * Instance layouts: Inst (attribute DictCore, plus `native`, the built-in
 * sub-object, for TF_NATIVE classes) or Exc (exception classes, which keep
 * their attributes in Exc.attrs).
 */
#include "interp.h"

/* ---- subtype tests and MRO lookup ---- */

bool type_is_sub(const Type *t, const Type *base) {
    if (t == base || base == &object_type) return true;
    if (t->flags & TF_HEAP) {
        Tuple *mro = tuple_p(t->mro);
        for (uint32_t i = 0; i < mro->len; i++)
            if (v_to_ptr(mro->items[i]) == base) return true;
        return false;
    }
    for (const Type *b = t->base; b; b = b->base)
        if (b == base) return true;
    return false;
}

static const BuiltinFn *find_in(const Type *t, uint32_t q) {
    int lo = 0, hi = (int)t->nmethods - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint32_t n = t->methods[mid].name;
        if (n == q) return &t->methods[mid];
        if (n < q) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

/* bytearray shares bytes' methods (its own table holds only the mutating
 * ones); no other built-in type borrows a table */
static const Type *shared_methods(const Type *t) { return t == &bytearray_type ? &bytes_type : NULL; }

const BuiltinFn *type_find_method(const Type *t, uint32_t q) {
    const BuiltinFn *m = find_in(t, q);
    const Type *more = shared_methods(t);
    return m || !more ? m : find_in(more, q);
}

int type_method_names(const Type *t, Value list) {
    for (const Type *c = t; c; c = shared_methods(c))
        for (uint16_t k = 0; k < c->nmethods; k++)
            if (list_append(list, q_(c->methods[k].name)) < 0) return -1;
    return 0;
}

/* attribute q of built-in type c itself (not its bases): its methods, then
 * its special methods (slots.c) */
static Value own_attr(const Type *c, uint32_t q) {
    const BuiltinFn *m = type_find_method(c, q);
    return m ? V(m) : slot_lookup(c, q);
}

/* Lookup cache of heap classes: (class, name) -> what the MRO walk found
 * (V_NULL included), like CPython's type attribute cache.  The cache is
 * emptied whenever a class attribute is set or deleted (type_setattr), when
 * a class gets its MRO, and at every collection (type_cache_flush from the
 * VM's root marker): entries are not roots, so a class that died may have
 * been reused at the same address.  Classes are non-moving objects, so
 * between collections the pointer identifies the class.  Known gap: writing
 * into `C.__dict__` directly (a read-only proxy in CPython) is not seen;
 * docs/differences.md.  Size: 12 bytes an entry on the boards (RAM is
 * scarce there: 32 entries), 24 natively (128 entries). */
#if MONTY_SMALL_TARGET
#define TCACHE_BITS 5
#else
#define TCACHE_BITS 7
#endif
static struct {
    const Type *t; /* NULL: empty */
    uint32_t q;
    Value v;
} tcache[1u << TCACHE_BITS];

void type_cache_flush(void) { memset(tcache, 0, sizeof tcache); }

static Value mro_lookup(const Type *t, uint32_t q) {
    Value qname = q_(q);
    Tuple *mro = tuple_p(t->mro);
    for (uint32_t i = 0; i < mro->len; i++) {
        const Type *c = v_to_ptr(mro->items[i]);
        if (c->flags & TF_HEAP) {
            Value v = dc_get_q(&dict_p(c->dict)->d, qname, NULL);
            if (v != V_NULL) return v;
        } else {
            Value v = own_attr(c, q);
            if (v != V_NULL) return v;
        }
    }
    return V_NULL;
}

/* walk(t, key & ~TCACHE_HEAP) through the cache; key is a qstr, with
 * TCACHE_HEAP set for heap_lookup's walks (which stop at built-ins) */
#define TCACHE_HEAP 0x80000000u
static Value cached_lookup(const Type *t, uint32_t key, Value (*walk)(const Type *, uint32_t)) {
    /* both the class and the name must reach the top bits: classes of one
     * hierarchy share names (a subclass and its base alternate in loops) */
    uint32_t k = ((uint32_t)((uintptr_t)t >> 3) * 0x9E3779B1u + key * 0x85EBCA6Bu) >> (32 - TCACHE_BITS);
    if (tcache[k].t == t && tcache[k].q == key) return tcache[k].v;
    Value v = walk(t, key & ~TCACHE_HEAP);
    tcache[k].t = t;
    tcache[k].q = key;
    tcache[k].v = v;
    return v;
}

/* the attribute `qname` of type t without binding (V_NULL when absent) */
Value type_lookup(const Type *t, Value qname) {
    if (!v_is_qstr(qname)) return V_NULL;
    uint32_t q = v_to_qstr(qname);
    if (t->flags & TF_HEAP) {
        return cached_lookup(t, q, mro_lookup);
    }
    for (const Type *c = t; c; c = c->base) {
        Value v = own_attr(c, q);
        if (v != V_NULL) return v;
    }
    return V_NULL;
}

static Value heap_walk(const Type *t, uint32_t q);
static Value heap_lookup(const Type *t, uint32_t q) { return cached_lookup(t, q | TCACHE_HEAP, heap_walk); }
/* looks a dunder up in the heap classes of t's MRO only (stops at the
 * first built-in type, whose slots then apply) */
Value type_heap_lookup(const Type *t, uint32_t q) { return heap_lookup(t, q); }

static Value heap_walk(const Type *t, uint32_t q) {
    Tuple *mro = tuple_p(t->mro);
    for (uint32_t i = 0; i < mro->len; i++) {
        const Type *c = v_to_ptr(mro->items[i]);
        if (!(c->flags & TF_HEAP)) return V_NULL;
        Value v = dc_get_q(&dict_p(c->dict)->d, q_(q), NULL);
        if (v != V_NULL) return v;
    }
    return V_NULL;
}

/* the first built-in type in t's MRO other than object (NULL: none) */
static const Type *native_base(const Type *t) {
    while (t && (t->flags & TF_HEAP)) t = t->base;
    return t == &object_type ? NULL : t;
}

Value type_name_value(const Type *t) { return q_(t->name); }

/* ---- binding ---- */

static Value call_get(Value descr, Value obj, Value owner);

/* binds attribute f found on type t for instance o (o == V_NULL: looked
 * up on the class itself) */
static Value bind(Value f, Value o, const Type *t) {
    const Type *ft = obj_type(f);
    if (ft == &builtin_type) {
        const BuiltinFn *b = v_to_ptr(f);
        if (b->flags & BF_STATIC) return f;
        if (b->flags & BF_CLASS) return method_new(V(t), f);
        return o == V_NULL ? f : method_new(o, f);
    }
    if (ft == &function_type || ft == &slot_type) return o == V_NULL ? f : method_new(o, f);
    if (ft == &staticmethod_type) return ((Wrapper *)v_to_ptr(f))->f;
    if (ft == &classmethod_type) return method_new(V(t), ((Wrapper *)v_to_ptr(f))->f);
    if (ft == &property_type) {
        if (o == V_NULL) return f;
        Wrapper *w = v_to_ptr(f);
        if (w->f == V_NONE) return exc_raise(&attribute_error_type, "unreadable attribute");
        return obj_call1(w->f, o);
    }
    if ((ft->flags & TF_HEAP) && type_lookup(ft, QV(__get__)) != V_NULL) return call_get(f, o == V_NULL ? V_NONE : o, V(t));
    return f;
}

static Value call_get(Value descr, Value obj, Value owner) {
    Value args[2] = {obj, owner};
    return obj_call_method(descr, Q___get__, 2, args);
}

/* is f a data descriptor (takes precedence over the instance dict)? */
static bool is_data_descr(Value f) {
    const Type *ft = obj_type(f);
    if (ft == &property_type) return true;
    if (ft->flags & TF_HEAP) return type_lookup(ft, QV(__set__)) != V_NULL || type_lookup(ft, QV(__delete__)) != V_NULL;
    return false;
}

/* ---- instances ---- */

static DictCore *inst_dict(Value o) {
    const Type *t = obj_type(o);
    if (!(t->flags & TF_HEAP) || t->inst_size == sizeof(Type)) return NULL; /* built-ins, classes */
    if (t->flags & TF_EXC) return &((Exc *)v_to_ptr(o))->attrs;
    return &((Inst *)v_to_ptr(o))->attrs;
}


static void inst_mark(GcObj *o) {
    Inst *i = (Inst *)o;
    gc_mark(obj_type_of_obj(o));
    dc_mark(&i->attrs);
    if (v_is_obj(i->native)) gc_mark(v_to_ptr(i->native));
}

/* attribute lookup on a class instance: data descriptors, instance dict,
 * class attributes (bound), native base attributes, __getattr__ */
static Value inst_getattr(Value o, Value name, uint16_t *hint) {
    const Type *t = obj_type(o);
    Value f = V_NULL;
    if (t->flags & TF_HAS_DESCR) {
        f = type_lookup(t, name);
        if (f != V_NULL && is_data_descr(f)) return bind(f, o, t);
    }
    DictCore *d = inst_dict(o);
    if (d && d->len) {
        Value v = dc_get_q(d, name, hint);
        if (v != V_NULL) return v;
    }
    if (name == QV(__class__)) return V(t);
    if (name == QV(__dict__)) {
        Value nd = dict_new();
        if (nd == V_ERR || !d) return nd;
        root_push(v_to_ptr(nd));
        int r = dc_copy(&dict_p(nd)->d, d);
        root_pop(1);
        return r < 0 ? V_ERR : nd;
    }
    if (f == V_NULL) f = type_lookup(t, name);
    if (f != V_NULL) return bind(f, o, t);
    const Type *nb = native_base(t);
    if (nb && nb->attr) {
        Value r = nb->attr((t->flags & TF_NATIVE) ? inst_native(o) : o, name, V_NULL);
        if (r != V_NULL) return r;
    }
    if (t->flags & TF_HAS_GETATTR) {
        Value ga = type_lookup(t, QV(__getattr__));
        if (ga != V_NULL) return obj_call2(ga, o, name);
    }
    return V_NULL;
}

static int inst_setattr(Value o, Value name, Value v) {
    const Type *t = obj_type(o);
    if (t->flags & TF_HAS_SETATTR) {
        Value sa = type_lookup(t, v == V_DELETE ? QV(__delattr__) : QV(__setattr__));
        if (sa != V_NULL && obj_type(sa) == &function_type) {
            Value r;
            if (v == V_DELETE) {
                r = obj_call2(sa, o, name);
            } else {
                Value args[3] = {o, name, v};
                r = obj_call(sa, (ArgVec){args, 3, 0});
            }
            return r == V_ERR ? -1 : 0;
        }
    }
    return object_setattr(o, name, v);
}

/* object.__setattr__: descriptors, then the instance dict */
int object_setattr(Value o, Value name, Value v) {
    const Type *t = obj_type(o);
    if (t->flags & TF_HAS_DESCR) {
        Value f = type_lookup(t, name);
        if (f != V_NULL && obj_type(f) == &property_type) {
            Wrapper *w = v_to_ptr(f);
            Value fn = v == V_DELETE ? w->fdel : w->fset;
            if (fn == V_NONE) {
                exc_raise(&attribute_error_type, v == V_DELETE ? "can't delete attribute" : "can't set attribute");
                return -1;
            }
            Value r = v == V_DELETE ? obj_call1(fn, o) : obj_call2(fn, o, v);
            return r == V_ERR ? -1 : 0;
        }
        if (f != V_NULL && is_data_descr(f)) {
            Value args[2] = {o, v};
            Value r = v == V_DELETE ? obj_call_method(f, Q___delete__, 1, args) : obj_call_method(f, Q___set__, 2, args);
            return r == V_ERR ? -1 : 0;
        }
    }
    DictCore *d = inst_dict(o);
    if (!d) {
        exc_raise(&attribute_error_type, "'%s' object has no attribute '%v'", obj_type_name(o), name);
        return -1;
    }
    if (v == V_DELETE) {
        Value r = dc_del(d, name);
        if (r == V_ERR) return -1;
        if (r == V_NULL) {
            exc_raise(&attribute_error_type, "'%s' object has no attribute '%v'", obj_type_name(o), name);
            return -1;
        }
        return 0;
    }
    return dc_set(d, name, v);
}

/* ---- generic attribute API ---- */

static Value type_getattr(Value cls, Value name);
Value module_getattr(Value m, Value name);
Value func_getattr(Value f, Value name);
int func_setattr(Value f, Value name, Value v);
int module_setattr(Value m, Value name, Value v);
Value super_getattr(Value s, Value name, Value *self_out);

/* t is a metaclass (type or a class derived from it): its instances are
 * classes (Type objects), not Inst */
static bool is_meta(const Type *t) { return t == &type_type || ((t->flags & TF_HEAP) && t->inst_size == sizeof(Type)); }

Value obj_getattr_hint(Value o, Value name, uint16_t *hint) {
    const Type *t = obj_type(o);
    if (is_meta(t)) return type_getattr(o, name);
    if (t->flags & TF_HEAP) return inst_getattr(o, name, hint);
    if (t == &module_type) return module_getattr(o, name);
    if (t == &super_type) return super_getattr(o, name, NULL);
    if (t->attr) {
        Value r = t->attr(o, name, V_NULL);
        if (r != V_NULL) return r;
    }
    if (name == QV(__class__)) return V(t);
    Value f = type_lookup(t, name);
    if (f != V_NULL) return bind(f, o, t);
    return V_NULL;
}

Value obj_getattr_opt(Value o, Value name) {
    Value r = obj_getattr_hint(o, name, NULL);
    return r;
}

Value attr_error(Value o, Value name) {
    const Type *t = obj_type(o);
    if (t == &module_type) {
        Value mn = dict_get(((Module *)v_to_ptr(o))->globals, QV(__name__));
        return exc_raise(&attribute_error_type, "module '%v' has no attribute '%v'", mn == V_NULL ? QV(module) : mn, name);
    }
    if (t == &type_type || (t->flags & TF_HEAP && type_is_sub(t, &type_type)))
        return exc_raise(&attribute_error_type, "type object '%q' has no attribute '%v'", ((Type *)v_to_ptr(o))->name, name);
    return exc_raise(&attribute_error_type, "'%s' object has no attribute '%v'", type_name(t), name);
}

Value obj_getattr(Value o, Value name) {
    Value r = obj_getattr_hint(o, name, NULL);
    if (r == V_NULL) return attr_error(o, name);
    return r;
}

int obj_setattr(Value o, Value name, Value v) { return obj_setattr_hint(o, name, v, NULL); }

int obj_setattr_hint(Value o, Value name, Value v, uint16_t *hint) {
    if (!v_is_qstr(name)) {
        name = str_intern_value(name);
        if (name == V_ERR) return -1;
    }
    const Type *t = obj_type(o);
    if (is_meta(t)) return type_setattr(o, name, v);
    if (t->flags & TF_HEAP) {
        int r = inst_setattr(o, name, v);
        /* remember where the attribute is for the next STORE/LOAD_ATTR */
        if (r == 0 && hint && v != V_DELETE) {
            DictCore *d = inst_dict(o);
            if (d) dc_get_q(d, name, hint);
            if (d && (t->flags & TF_INST) && d->len > t->inst_attrs) ((Type *)t)->inst_attrs = d->len;
        }
        return r;
    }
    if (t == &type_type) return type_setattr(o, name, v);
    if (t == &module_type) return module_setattr(o, name, v);
    if (t == &function_type) return func_setattr(o, name, v);
    if (t->attr) {
        Value r = t->attr(o, name, v);
        if (r == V_ERR) return -1;
        if (r != V_NULL) return 0;
    }
    if (type_lookup(t, name) != V_NULL)
        exc_raise(&attribute_error_type, "'%s' object attribute '%v' is read-only", type_name(t), name);
    else
        exc_raise(&attribute_error_type, "'%s' object has no attribute '%v'", type_name(t), name);
    return -1;
}

/* method lookup without bound-method allocation */
Value obj_getmethod_hint(Value o, Value name, Value *self_out, uint16_t *hint) {
    const Type *t = obj_type(o);
    *self_out = V_NULL;
    if (t == &super_type) {
        Value r = super_getattr(o, name, self_out);
        if (r == V_NULL) return attr_error(o, name);
        return r;
    }
    if (is_meta(t) || t == &module_type || (!(t->flags & TF_HEAP) && t->attr)) {
        Value r = obj_getattr_hint(o, name, hint);
        if (r == V_NULL) return attr_error(o, name);
        return r;
    }
    if (t->flags & TF_HEAP) {
        /* instance attributes shadow methods */
        DictCore *d = inst_dict(o);
        if (d && d->len) {
            Value v = dc_get_q(d, name, hint);
            if (v != V_NULL && !(t->flags & TF_HAS_DESCR)) return v;
        }
    }
    if (hint && !(t->flags & TF_HEAP) && *hint < t->nmethods && t->methods[*hint].name == v_to_qstr(name)) {
        /* the hinted method of a built-in type's own table */
        const BuiltinFn *b = &t->methods[*hint];
        if (!(b->flags & (BF_STATIC | BF_CLASS))) {
            *self_out = o;
            return V(b);
        }
    }
    Value f = type_lookup(t, name);
    if (f != V_NULL) {
        const Type *ft = obj_type(f);
        if (ft == &function_type || ft == &slot_type ||
            (ft == &builtin_type && !(((BuiltinFn *)v_to_ptr(f))->flags & (BF_STATIC | BF_CLASS)))) {
            *self_out = o;
            if (hint && ft == &builtin_type && !(t->flags & TF_HEAP)) {
                const BuiltinFn *b = v_to_ptr(f);
                if (b >= t->methods && b < t->methods + t->nmethods) *hint = (uint16_t)(b - t->methods);
            }
            return f;
        }
    }
    Value r = obj_getattr_hint(o, name, hint);
    if (r == V_NULL) return attr_error(o, name);
    return r;
}

Value obj_getmethod(Value o, Value name, Value *self_out) { return obj_getmethod_hint(o, name, self_out, NULL); }

/* ---- the type of types ---- */

static void type_mark(GcObj *o) {
    Type *t = (Type *)o;
    if (!(t->flags & TF_HEAP)) return;
    gc_mark(obj_type_of_obj(o));
    if (v_is_obj(t->dict)) gc_mark(v_to_ptr(t->dict));
    if (v_is_obj(t->bases)) gc_mark(v_to_ptr(t->bases));
    if (v_is_obj(t->mro)) gc_mark(v_to_ptr(t->mro));
    if (t->base) gc_mark(t->base);
}

static int type_print(Printer *p, Value v, bool repr) {
    (void)repr;
    Type *t = v_to_ptr(v);
    if (t->flags & TF_HEAP) {
        Value mod = dict_get(t->dict, QV(__module__));
        if (mod != V_NULL && mod != V_ERR && str_is(mod) && mod != QV(builtins))
            return pr_fmt(p, "<class '%v.%q'>", mod, t->name);
    }
    return pr_fmt(p, "<class '%q'>", t->name);
}

static Value type_getattr(Value cls, Value name) {
    Type *t = v_to_ptr(cls);
    Value f = type_lookup(t, name);
    if (f != V_NULL) {
        const Type *ft = obj_type(f);
        if (ft == &property_type) return f;
        if ((ft->flags & TF_HEAP) && type_lookup(ft, QV(__get__)) != V_NULL) return call_get(f, V_NONE, cls);
        return bind(f, V_NULL, t);
    }
    if (name == QV(__name__) || name == QV(__qualname__)) {
        if (name == QV(__qualname__) && (t->flags & TF_HEAP)) {
            Value q = dict_get(t->dict, name);
            if (q != V_NULL) return q;
        }
        return q_(t->name);
    }
    if (name == QV(__class__)) return V(obj_type(cls));
    if (name == QV(__mro__)) {
        if (t->flags & TF_HEAP) return t->mro;
        size_t n = 0;
        for (const Type *b = t; b; b = b->base) n++;
        Value tup = tuple_new(n, NULL);
        if (tup == V_ERR) return tup;
        n = 0;
        for (const Type *b = t; b; b = b->base) tuple_p(tup)->items[n++] = V(b);
        return tup;
    }
    if (name == QV(__bases__)) {
        if (t->flags & TF_HEAP) return t->bases;
        return t->base ? tuple_new(1, (Value[]){V(t->base)}) : V_EMPTY_TUPLE;
    }
    if (name == QV(__base__)) return t->base ? V(t->base) : V_NONE;
    if (name == QV(__dict__) && (t->flags & TF_HEAP)) return t->dict;
    if (name == QV(__module__)) return QV(builtins);
    if (name == QV(__doc__)) return V_NONE;
    /* metaclass attributes (e.g. methods of a heap metaclass) */
    const Type *meta = obj_type(cls);
    if (meta != &type_type) {
        Value m = type_lookup(meta, name);
        if (m != V_NULL) return bind(m, cls, meta);
    }
    return V_NULL;
}

static void update_flags(Type *t, Value name);

int type_setattr(Value cls, Value name, Value v) {
    Type *t = v_to_ptr(cls);
    if (!(t->flags & TF_HEAP)) {
        exc_raise(&type_error_type, "cannot set '%v' attribute of immutable type '%q'", name, t->name);
        return -1;
    }
    DictCore *d = &dict_p(t->dict)->d;
    type_cache_flush();
    if (v == V_DELETE) {
        Value r = dc_del(d, name);
        if (r == V_ERR) return -1;
        if (r == V_NULL) {
            exc_raise(&attribute_error_type, "type object '%q' has no attribute '%v'", t->name, name);
            return -1;
        }
        return 0;
    }
    if (dc_set(d, name, v) < 0) return -1;
    update_flags(t, name);
    if (is_data_descr(v)) t->flags |= TF_HAS_DESCR;
    return 0;
}

/* ---- class creation ---- */

static bool mro_in_tail(Value c, Value *lists[], size_t *lens, size_t *heads, size_t n) {
    for (size_t i = 0; i < n; i++)
        for (size_t k = heads[i] + 1; k < lens[i]; k++)
            if (lists[i][k] == c) return true;
    return false;
}

/* C3 linearisation of t with direct bases `bases` (a tuple) */
static Value compute_mro(Value self, Value bases) {
    Tuple *b = tuple_p(bases);
    size_t nb = b->len;
    if (nb == 1) {
        const Type *base = v_to_ptr(b->items[0]);
        size_t n = 0;
        if (base->flags & TF_HEAP) n = tuple_p(base->mro)->len;
        else
            for (const Type *x = base; x; x = x->base) n++;
        Value mro = tuple_new(n + 1, NULL);
        if (mro == V_ERR) return mro;
        tuple_p(mro)->items[0] = self;
        if (base->flags & TF_HEAP) vcopy(tuple_p(mro)->items + 1, tuple_p(base->mro)->items, n);
        else {
            n = 1;
            for (const Type *x = base; x; x = x->base) tuple_p(mro)->items[n++] = V(x);
        }
        return mro;
    }
    /* general case: merge the bases' MROs and the list of bases; the
     * MROs of built-in bases are materialised as tuples first */
    if (nb > 8) return exc_raise(&type_error_type, "too many base classes");
    Value tuples[9];
    Value *lists[9];
    size_t lens[9], heads[9];
    int pushed = 0;
    size_t total = 1;
    for (size_t i = 0; i <= nb; i++) {
        Value m;
        if (i == nb) m = bases;
        else {
            const Type *bt = v_to_ptr(b->items[i]);
            m = bt->flags & TF_HEAP ? bt->mro : type_getattr(b->items[i], QV(__mro__));
            if (m == V_ERR) {
                root_pop(pushed);
                return m;
            }
        }
        root_push(v_to_ptr(m));
        pushed++;
        tuples[i] = m;
        total += tuple_p(m)->len;
    }
    Value out = list_new(0, NULL);
    if (out == V_ERR) {
        root_pop(pushed);
        return out;
    }
    root_push(v_to_ptr(out));
    pushed++;
    if (list_append(out, self) < 0) goto fail;
    for (size_t i = 0; i <= nb; i++) {
        lists[i] = tuple_p(tuples[i])->items;
        lens[i] = tuple_p(tuples[i])->len;
        heads[i] = 0;
    }
    for (;;) {
        bool any = false;
        Value cand = V_NULL;
        for (size_t i = 0; i <= nb; i++) {
            if (heads[i] >= lens[i]) continue;
            any = true;
            Value c = lists[i][heads[i]];
            if (!mro_in_tail(c, lists, lens, heads, nb + 1)) {
                cand = c;
                break;
            }
        }
        if (!any) break;
        if (cand == V_NULL) {
            exc_raise(&type_error_type, "Cannot create a consistent method resolution order (MRO) for bases");
            goto fail;
        }
        if (list_append(out, cand) < 0) goto fail;
        for (size_t i = 0; i <= nb; i++)
            if (heads[i] < lens[i] && lists[i][heads[i]] == cand) heads[i]++;
    }
    (void)total;
    {
        Value r = tuple_from_iter(out);
        root_pop(pushed);
        return r;
    }
fail:
    root_pop(pushed);
    return V_ERR;
}

static void update_flags(Type *t, Value name) {
    if (name == QV(__getattr__)) t->flags |= TF_HAS_GETATTR;
    if (name == QV(__setattr__) || name == QV(__delattr__)) t->flags |= TF_HAS_SETATTR;
}

static int inst_print(Printer *p, Value v, bool repr);
static Value inst_unop(int op, Value v);
static Value inst_binop(int op, Value a, Value b);
static Value inst_subscr(Value self, Value key, Value val);
static Value inst_call(Value self, ArgVec a);
static Value inst_iter(int op, Value v);
static Value inst_next(Value v);

/* type(name, bases, dict) with metatype meta */
Value type_new(const Type *meta, Value name, Value bases, Value ns) {
    return type_new_kw(meta, name, bases, ns, (ArgVec){NULL, 0, 0});
}

/* the class statement's keyword arguments (other than metaclass=) are
 * kw's pairs: they go to __init_subclass__ (PEP 487) */
#define CLASS_KW_MAX 8
Value type_new_kw(const Type *meta, Value name, Value bases, Value ns, ArgVec kw) {
    if (kw.nkw > CLASS_KW_MAX) return exc_raise(&type_error_type, "too many class keyword arguments");
    if (!str_is(name)) return exc_raise(&type_error_type, "type.__new__() argument 1 must be str, not %s", obj_type_name(name));
    if (!obj_is(bases, &tuple_type)) return exc_raise(&type_error_type, "type.__new__() argument 2 must be tuple, not %s", obj_type_name(bases));
    if (!obj_isinstance(ns, &dict_type)) return exc_raise(&type_error_type, "type.__new__() argument 3 must be dict, not %s", obj_type_name(ns));
    name = str_intern_value(name);
    if (name == V_ERR) return name;
    if (tuple_p(bases)->len == 0) {
        bases = tuple_new(1, (Value[]){V(&object_type)});
        if (bases == V_ERR) return bases;
    }
    root_push(v_to_ptr(bases));
    /* the layout comes from the bases: one "solid" built-in base at most */
    const Type *solid = &object_type;
    uint16_t flags = TF_HEAP | TF_BASETYPE;
    Tuple *bt = tuple_p(bases);
    for (uint32_t i = 0; i < bt->len; i++) {
        Value b = bt->items[i];
        if (!obj_isinstance(b, &type_type)) {
            root_pop(1);
            return exc_raise(&type_error_type, "bases must be types");
        }
        const Type *bty = v_to_ptr(b);
        if (!(bty->flags & TF_BASETYPE)) {
            root_pop(1);
            return exc_raise(&type_error_type, "type '%q' is not an acceptable base type", bty->name);
        }
        const Type *nb = bty->flags & TF_HEAP ? native_base(bty) : (bty == &object_type ? NULL : bty);
        if (bty->flags & TF_HEAP) flags |= bty->flags & (TF_HAS_GETATTR | TF_HAS_SETATTR | TF_HAS_DESCR);
        if (nb) {
            if (solid != &object_type && solid != nb && !type_is_sub(solid, nb) && !type_is_sub(nb, solid)) {
                root_pop(1);
                return exc_raise(&type_error_type, "multiple bases have instance lay-out conflict");
            }
            if (solid == &object_type || type_is_sub(nb, solid)) solid = nb;
        }
    }
    Type *t = gc_alloc(&meta->gc, sizeof(Type));
    if (!t) {
        root_pop(1);
        return exc_raise_no_mem();
    }
    root_push(t);
    size_t qn;
    t->gc.name = qstr_str(v_to_qstr(name), &qn);
    t->name = (uint16_t)v_to_qstr(name);
    t->base = v_to_ptr(bt->items[0]);
    t->dict = ns;
    t->bases = bases;
    t->mro = V_EMPTY_TUPLE;
    if (type_is_sub(solid, &base_exception_type)) {
        flags |= TF_EXC;
        t->gc.mark = base_exception_type.gc.mark;
        t->inst_size = sizeof(Exc);
    } else if (solid == &type_type) {
        t->gc.mark = type_type.gc.mark;
        t->inst_size = sizeof(Type);
    } else {
        flags |= TF_INST;
        if (solid != &object_type) flags |= TF_NATIVE;
        t->gc.mark = inst_mark;
        t->inst_size = sizeof(Inst);
    }
    t->flags = flags;
    t->print = inst_print;
    t->unop = inst_unop;
    t->binop = inst_binop;
    t->subscr = inst_subscr;
    t->call = inst_call;
    t->iter = inst_iter;
    t->next = inst_next;
    t->attr = solid->attr;
    t->make_new = solid->make_new;
    Value mro = compute_mro(V(t), bases);
    if (mro == V_ERR) {
        root_pop(2);
        return mro;
    }
    t->mro = mro;
    type_cache_flush(); /* lookups made while the MRO was still empty */
    /* scan the namespace: flags, and __eq__ without __hash__ */
    DictCore *d = &dict_p(ns)->d;
    size_t pos = 0;
    DictEntry *e;
    bool has_eq = false, has_hash = false;
    while (dc_next(d, &pos, &e)) {
        update_flags(t, e->key);
        if (is_data_descr(e->val)) t->flags |= TF_HAS_DESCR;
        if (e->key == QV(__eq__)) has_eq = true;
        if (e->key == QV(__hash__)) has_hash = true;
    }
    /* some of the flags come from any class of the MRO */
    Tuple *m = tuple_p(mro);
    for (uint32_t i = 1; i < m->len; i++) {
        const Type *c = v_to_ptr(m->items[i]);
        if (c->flags & TF_HEAP) t->flags |= c->flags & (TF_HAS_GETATTR | TF_HAS_SETATTR | TF_HAS_DESCR);
    }
    if (has_eq && !has_hash && dc_set(d, QV(__hash__), V_NONE) < 0) {
        root_pop(2);
        return V_ERR;
    }
    /* PEP 487: the nearest base's __init_subclass__ (implicitly a
     * classmethod) is told of the new class, with the class statement's
     * keywords; object's takes none and does nothing */
    Value f = V_NULL;
    for (uint32_t i = 1; i < m->len && f == V_NULL; i++) {
        const Type *c = v_to_ptr(m->items[i]);
        if (!(c->flags & TF_HEAP)) break;
        f = dc_get_q(&dict_p(c->dict)->d, QV(__init_subclass__), NULL);
    }
    if (f == V_NULL && kw.nkw) {
        root_pop(2);
        return exc_raise(&type_error_type, "%q.__init_subclass__() takes no keyword arguments", t->name);
    }
    if (f != V_NULL) {
        if (obj_type(f) == &classmethod_type) f = ((Wrapper *)v_to_ptr(f))->f;
        Value buf[1 + 2 * CLASS_KW_MAX];
        buf[0] = V(t);
        vcopy(buf + 1, kw.v, 2u * kw.nkw);
        if (obj_call(f, (ArgVec){buf, 1, kw.nkw}) == V_ERR) {
            root_pop(2);
            return V_ERR;
        }
    }
    root_pop(2);
    return V(t);
}

/* ---- calling a type: construction ---- */

/* allocates an instance of class t (no __init__); `a` are the call's
 * arguments (for immutable native bases and exceptions) */
Value class_alloc(const Type *t, ArgVec a) {
    Value newf = heap_lookup(t, Q___new__);
    if (newf != V_NULL) {
        /* __new__(cls, *args): a static method (plain function) */
        if (obj_type(newf) == &staticmethod_type) newf = ((Wrapper *)v_to_ptr(newf))->f;
        Value buf[8];
        if (a.n + 2 * a.nkw + 1 > 8) return exc_raise(&type_error_type, "too many arguments to __new__");
        buf[0] = V(t);
        vcopy(buf + 1, a.v, a.n + 2 * a.nkw);
        return obj_call(newf, (ArgVec){buf, (uint16_t)(a.n + 1), a.nkw});
    }
    if (t->flags & TF_EXC) {
        Value e = exc_new(t, (ArgVec){a.v, a.n, 0});
        return e;
    }
    if (t->inst_size == sizeof(Type)) return exc_raise(&type_error_type, "metaclass instantiation needs type.__new__");
    Inst *i = obj_alloc(t, sizeof(Inst));
    if (!i) return V_ERR;
    i->native = V_NULL;
    /* room for as many attributes as the largest instance so far, so
     * that __init__ fills the table without growing it */
    if (t->inst_attrs && t->inst_attrs <= DICT_LINEAR) {
        root_push(i);
        int r = dc_reserve(&i->attrs, t->inst_attrs);
        root_pop(1);
        if (r < 0) return V_ERR;
    }
    if (t->flags & TF_NATIVE) {
        const Type *nb = native_base(t);
        root_push(i);
        /* mutable built-ins start empty and are filled by __init__;
         * immutable ones take the constructor arguments now */
        bool mutable_ = nb == &list_type || nb == &dict_type || nb == &set_type || nb == &bytearray_type;
        Value initf = heap_lookup(t, Q___init__);
        Value nat = nb->make_new(nb, (mutable_ && initf != V_NULL) ? (ArgVec){NULL, 0, 0} : a);
        root_pop(1);
        if (nat == V_ERR) return nat;
        i->native = nat;
    }
    return V(i);
}

/* the __init__ to call after class_alloc (V_NULL: none to call) */
Value class_init_func(const Type *t) {
    Value f = heap_lookup(t, Q___init__);
    /* without a __new__ of its own, class_alloc made the native part of a
     * list/dict/set/bytearray subclass from the arguments; after the
     * class's __new__, the built-in's __init__ fills it, as in CPython */
    if (f == V_NULL && (t->flags & TF_NATIVE) && heap_lookup(t, Q___new__) != V_NULL)
        f = slot_lookup(native_base(t), Q___init__);
    return f;
}

static Value class_call(const Type *t, ArgVec a) {
    if (t->flags & TF_HEAP) {
        Value inst = class_alloc(t, a);
        if (inst == V_ERR) return inst;
        if (!obj_isinstance(inst, t)) return inst;
        Value initf = class_init_func(t);
        if (initf == V_NULL) {
            if ((t->flags & (TF_NATIVE | TF_EXC)) == 0 && heap_lookup(t, Q___new__) == V_NULL && (a.n || a.nkw))
                return exc_raise(&type_error_type, "%q() takes no arguments", t->name);
            return inst;
        }
        root_push(v_to_ptr(inst));
        Value buf[9];
        Value r;
        if (a.n + 2 * a.nkw + 1 > 9) {
            r = exc_raise(&type_error_type, "too many arguments");
        } else {
            buf[0] = inst;
            vcopy(buf + 1, a.v, a.n + 2 * a.nkw);
            r = obj_call(initf, (ArgVec){buf, (uint16_t)(a.n + 1), a.nkw});
        }
        root_pop(1);
        if (r == V_ERR) return r;
        if (r != V_NONE) return exc_raise(&type_error_type, "__init__() should return None, not '%s'", obj_type_name(r));
        return inst;
    }
    if (!t->make_new) return exc_raise(&type_error_type, "cannot create '%q' instances", t->name);
    return t->make_new(t, a);
}

static Value type_call(Value self, ArgVec a) {
    Type *t = v_to_ptr(self);
    if (t == &type_type) {
        if (a.n == 1 && a.nkw == 0) return V(obj_type(a.v[0]));
        if (a.n != 3) return exc_raise(&type_error_type, "type() takes 1 or 3 arguments");
        return type_new_kw(&type_type, a.v[0], a.v[1], a.v[2], (ArgVec){a.v + 3, 0, a.nkw});
    }
    if ((t->flags & TF_HEAP) && t->inst_size == sizeof(Type)) {
        /* a metaclass: Meta(name, bases, ns, **kw); __new__ and __init__
         * get the keywords too */
        if (a.n != 3) return exc_raise(&type_error_type, "metaclass call needs 3 arguments");
        if (a.nkw > CLASS_KW_MAX) return exc_raise(&type_error_type, "too many class keyword arguments");
        Value newf = heap_lookup(t, Q___new__);
        Value cls, buf[4 + 2 * CLASS_KW_MAX];
        vcopy(buf + 1, a.v, 3 + 2u * a.nkw);
        if (newf != V_NULL) {
            buf[0] = self;
            if (obj_type(newf) == &staticmethod_type) newf = ((Wrapper *)v_to_ptr(newf))->f;
            cls = obj_call(newf, (ArgVec){buf, 4, a.nkw});
        } else {
            cls = type_new_kw(t, a.v[0], a.v[1], a.v[2], (ArgVec){a.v + 3, 0, a.nkw});
        }
        if (cls == V_ERR) return cls;
        Value initf = heap_lookup(t, Q___init__);
        if (initf != V_NULL) {
            root_push(v_to_ptr(cls));
            buf[0] = cls;
            Value r = obj_call(initf, (ArgVec){buf, 4, a.nkw});
            root_pop(1);
            if (r == V_ERR) return r;
        }
        return cls;
    }
    return class_call(t, a);
}

/* type.__new__(meta, name, bases, ns) for metaclasses */
static Value type_new_m(ArgVec a) {
    if (a.n != 4) return exc_raise(&type_error_type, "type.__new__() takes exactly 3 arguments");
    if (!obj_isinstance(a.v[0], &type_type)) return exc_raise(&type_error_type, "type.__new__(X): X is not a type object");
    return type_new_kw(v_to_ptr(a.v[0]), a.v[1], a.v[2], a.v[3], (ArgVec){a.v + 4, 0, a.nkw});
}

/* type.__call__(cls, ...): make an instance the standard way (what a
 * metaclass's __call__ reaches through super().__call__) */
static Value type_call_m(ArgVec a) {
    if (!obj_isinstance(a.v[0], &type_type))
        return exc_raise(&type_error_type, "descriptor '__call__' requires a 'type' object");
    return type_call(a.v[0], (ArgVec){a.v + 1, (uint16_t)(a.n - 1), a.nkw});
}

static Value type_init_m(ArgVec a) {
    (void)a;
    return V_NONE;
}

static Value type_mro_m(ArgVec a) {
    Value m = type_getattr(a.v[0], QV(__mro__));
    return m == V_ERR ? m : list_from_iter(m);
}

static Value type_subclasscheck(ArgVec a) {
    return v_from_bool(obj_isinstance(a.v[1], &type_type) && type_is_sub(v_to_ptr(a.v[1]), v_to_ptr(a.v[0])));
}

static Value type_unop(int op, Value v) {
    if (op == UN_HASH) return v_from_int((intptr_t)(v >> 3));
    if (op == UN_BOOL) return V_TRUE;
    return V_NOTIMPL;
}

static Value type_binop(int op, Value a, Value b) {
    int base = op & 0x1F;
    if (base == OPR_OR) {
        /* int | None in annotations: not supported beyond returning a */
        return V_NOTIMPL;
    }
    if (base == OPR_EQ) return v_from_bool(a == b);
    if (base == OPR_NE) return v_from_bool(a != b);
    return V_NOTIMPL;
}

static Value type_subscr(Value self, Value key, Value val) {
    (void)key;
    if (val != V_NULL) return exc_raise(&type_error_type, "'type' object does not support item assignment");
    Type *t = v_to_ptr(self);
    if (t->flags & TF_HEAP) {
        Value cg = type_lookup(t, QV(__class_getitem__));
        if (cg != V_NULL) {
            if (obj_type(cg) == &classmethod_type) cg = ((Wrapper *)v_to_ptr(cg))->f;
            return obj_call2(cg, self, key);
        }
    }
    /* list[int] etc. in annotations: the type itself */
    return self;
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn type_methods[] = {
    M(__call__, type_call_m, 1, 255, BF_VAR | BF_KW),
    M(__init__, type_init_m, 1, 255, BF_VAR | BF_KW),
    M(__new__, type_new_m, 1, 255, BF_VAR | BF_KW | BF_STATIC),
    M(__subclasscheck__, type_subclasscheck, 2, 2, 0),
    M(mro, type_mro_m, 1, 1, 0),
};

const Type type_type = {
    .hdr = {&type_type.gc},
    .gc = {"type", type_mark, NULL},
    .name = Q_type,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = type_methods,
    .nmethods = sizeof type_methods / sizeof type_methods[0],
    .print = type_print,
    .call = type_call,
    .unop = type_unop,
    .binop = type_binop,
    .subscr = type_subscr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* ---- object ---- */

static int object_print(Printer *p, Value v, bool repr) {
    (void)repr;
    const Type *t = obj_type(v);
    if (t->flags & TF_HEAP) {
        Value mod = dict_get(t->dict, QV(__module__));
        if (mod != V_NULL && mod != V_ERR && str_is(mod))
            return pr_fmt(p, "<%v.%q object at 0x%x>", mod, t->name, (unsigned long)v);
    }
    return pr_fmt(p, "<%q object at 0x%x>", t->name, (unsigned long)v);
}

static Value object_make_new(const Type *t, ArgVec a) {
    if (a.n || a.nkw) return exc_raise(&type_error_type, "object() takes no arguments");
    Inst *i = obj_alloc(t, sizeof(Inst));
    if (!i) return V_ERR;
    i->native = V_NULL;
    return V(i);
}

static Value object_init(ArgVec a) {
    if (a.n > 1 || a.nkw) {
        const Type *t = obj_type(a.v[0]);
        if (heap_lookup(t, Q___init__) == V_NULL || heap_lookup(t, Q___new__) != V_NULL) return V_NONE;
        return exc_raise(&type_error_type, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return V_NONE;
}

static Value object_new(ArgVec a) {
    if (a.n < 1 || !obj_isinstance(a.v[0], &type_type)) return exc_raise(&type_error_type, "object.__new__(X): X is not a type object");
    const Type *t = v_to_ptr(a.v[0]);
    /* str.__new__(str, "x"), int.__new__(int, "7"): the constructor */
    if (!(t->flags & TF_HEAP)) {
        if (!t->make_new) return exc_raise(&type_error_type, "cannot create '%q' instances", t->name);
        return t->make_new(t, (ArgVec){a.v + 1, (uint16_t)(a.n - 1), 0});
    }
    /* allocate without running a user __new__ again */
    if (t->flags & TF_EXC) return exc_new(t, (ArgVec){a.v + 1, (uint16_t)(a.n - 1), 0});
    Inst *i = obj_alloc(t, sizeof(Inst));
    if (!i) return V_ERR;
    i->native = V_NULL;
    if (t->flags & TF_NATIVE) {
        const Type *nb = native_base(t);
        root_push(i);
        Value nat = nb->make_new(nb, (ArgVec){a.v + 1, (uint16_t)(a.n - 1), 0});
        root_pop(1);
        if (nat == V_ERR) return nat;
        i->native = nat;
    }
    return V(i);
}

static Value object_setattr_m(ArgVec a) {
    if (arg_check(a, 3, 3, "__setattr__") < 0) return V_ERR;
    Value name = str_intern_value(a.v[1]);
    if (name == V_ERR) return name;
    return object_setattr(a.v[0], name, a.v[2]) < 0 ? V_ERR : V_NONE;
}

static Value object_delattr_m(ArgVec a) {
    if (arg_check(a, 2, 2, "__delattr__") < 0) return V_ERR;
    Value name = str_intern_value(a.v[1]);
    if (name == V_ERR) return name;
    return object_setattr(a.v[0], name, V_DELETE) < 0 ? V_ERR : V_NONE;
}

static Value object_getattribute_m(ArgVec a) {
    if (arg_check(a, 2, 2, "__getattribute__") < 0) return V_ERR;
    Value name = str_intern_value(a.v[1]);
    if (name == V_ERR) return name;
    return obj_getattr(a.v[0], name);
}

static Value object_eq_m(ArgVec a) { return a.v[0] == a.v[1] ? V_TRUE : V_NOTIMPL; }
static Value object_ne_m(ArgVec a) {
    Value r = obj_compare(OPR_EQ, a.v[0], a.v[1]);
    if (r == V_ERR) return r;
    return v_from_bool(r == V_FALSE);
}
static Value object_hash_m(ArgVec a) { return v_from_int((intptr_t)(a.v[0] >> 3)); }
static Value object_repr_m(ArgVec a) {
    SB sb;
    if (sb_init(&sb) < 0) return V_ERR;
    if (object_print(&sb.p, a.v[0], true) < 0) {
        sb_abandon(&sb);
        return V_ERR;
    }
    return sb_finish(&sb);
}
static Value object_str_m(ArgVec a) { return obj_repr(a.v[0]); }
static Value object_format_m(ArgVec a) {
    if (a.n > 1 && str_is(a.v[1])) {
        size_t n;
        str_data(a.v[1], &n);
        if (n) return exc_raise(&type_error_type, "unsupported format string passed to %s.__format__", obj_type_name(a.v[0]));
    }
    return obj_str(a.v[0]);
}
static Value object_init_subclass_m(ArgVec a) {
    (void)a;
    return V_NONE;
}

static const BuiltinFn object_methods[] = {
    M(__delattr__, object_delattr_m, 2, 2, 0),
    M(__eq__, object_eq_m, 2, 2, 0),
    M(__format__, object_format_m, 2, 2, 0),
    M(__getattribute__, object_getattribute_m, 2, 2, 0),
    M(__hash__, object_hash_m, 1, 1, 0),
    M(__init__, object_init, 1, 255, BF_VAR | BF_KW),
    M(__init_subclass__, object_init_subclass_m, 1, 255, BF_VAR | BF_KW | BF_CLASS),
    M(__ne__, object_ne_m, 2, 2, 0),
    M(__new__, object_new, 1, 255, BF_VAR | BF_STATIC),
    M(__repr__, object_repr_m, 1, 1, 0),
    M(__setattr__, object_setattr_m, 3, 3, 0),
    M(__str__, object_str_m, 1, 1, 0),
};

const Type object_type = {
    .hdr = {&type_type.gc},
    .gc = {"object", inst_mark, NULL},
    .name = Q_object,
    .flags = TF_BASETYPE,
    .base = NULL,
    .methods = object_methods,
    .nmethods = sizeof object_methods / sizeof object_methods[0],
    .print = object_print,
    .make_new = object_make_new,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* ---- instance slots: dunder dispatch ---- */

static Value call_dunder(Value f, Value self, int n, const Value *args) {
    Value buf[4];
    buf[0] = self;
    for (int i = 0; i < n; i++) buf[i + 1] = args[i];
    return obj_call(f, (ArgVec){buf, (uint16_t)(n + 1), 0});
}

static int inst_print(Printer *p, Value v, bool repr) {
    const Type *t = obj_type(v);
    Value f = heap_lookup(t, repr ? Q___repr__ : Q___str__);
    if (f == V_NULL && !repr) {
        /* str() falls back to __repr__ unless a built-in base has its own
         * __str__ (exceptions, str, bytes, bytearray) */
        const Type *nb = native_base(t);
        if (!nb || (!(t->flags & TF_EXC) && slot_lookup(nb, Q___str__) == V_NULL)) f = heap_lookup(t, Q___repr__);
    }
    if (f != V_NULL) {
        Value s = call_dunder(f, v, 0, NULL);
        if (s == V_ERR) return -1;
        if (!str_is(s)) {
            exc_raise(&type_error_type, "%s returned non-string (type %s)", repr ? "__repr__" : "__str__", obj_type_name(s));
            return -1;
        }
        root_push(v_is_obj(s) ? v_to_ptr(s) : NULL);
        size_t n;
        const char *d = str_data(s, &n);
        int r = pr_mem(p, d, n);
        root_pop(1);
        return r;
    }
    const Type *nb = native_base(t);
    if (nb && (t->flags & TF_NATIVE) &&
        (nb == &bytearray_type || nb == &set_type || nb == &frozenset_type)) {
        /* these name their class in their repr: Sub(b'..'), Sub({1}), Sub() */
        Value r = obj_repr(inst_native(v));
        if (r == V_ERR) return -1;
        root_push(v_is_obj(r) ? v_to_ptr(r) : NULL);
        size_t n, k;
        const char *d = str_data(r, &n);
        const char *bn = qstr_str(nb->name, &k);
        if (n > k && !memcmp(d, bn, k) && d[k] == '(') d += k, n -= k; /* "bytearray(...)", "set()" */
        int rc = pr_str(p, qstr_str(t->name, NULL));
        if (rc == 0 && d[0] == '(') rc = pr_mem(p, d, n);
        else if (rc == 0) rc = pr_fmt(p, "(%s)", d); /* "{1, 2}" */
        root_pop(1);
        return rc;
    }
    if (nb && nb->print) return nb->print(p, (t->flags & TF_NATIVE) ? inst_native(v) : v, repr);
    return object_print(p, v, repr);
}

static const uint16_t unop_dunder[UN__COUNT] = {
    [UN_NEG] = Q___neg__, [UN_POS] = Q___pos__, [UN_INVERT] = Q___invert__, [UN_ABS] = Q___abs__,
    [UN_BOOL] = Q___bool__, [UN_LEN] = Q___len__, [UN_HASH] = Q___hash__, [UN_INT] = Q___int__,
    [UN_FLOAT] = Q___float__, [UN_INDEX] = Q___index__,
};

static Value native_unop(const Type *t, int op, Value v) {
    const Type *nb = native_base(t);
    if (nb && nb->unop) return nb->unop(op, (t->flags & TF_NATIVE) ? inst_native(v) : v);
    return V_NOTIMPL;
}

static Value inst_unop(int op, Value v) {
    const Type *t = obj_type(v);
    Value f = heap_lookup(t, unop_dunder[op]);
    if (f == V_NONE && op == UN_HASH) return exc_raise(&type_error_type, "unhashable type: '%s'", type_name(t));
    if (f == V_NULL) {
        if (op == UN_BOOL) {
            Value lf = heap_lookup(t, Q___len__);
            if (lf != V_NULL) {
                Value n = call_dunder(lf, v, 0, NULL);
                if (n == V_ERR) return n;
                int s = int_is(n) ? int_sign(n) : obj_truth(n);
                return s < 0 ? V_ERR : v_from_bool(s != 0);
            }
        }
        if (op == UN_INT || op == UN_INDEX) {
            f = heap_lookup(t, op == UN_INT ? Q___index__ : Q___int__);
            if (op == UN_INDEX) f = V_NULL;
        }
        if (f == V_NULL) return native_unop(t, op, v);
    }
    Value r = call_dunder(f, v, 0, NULL);
    if (r == V_ERR) return r;
    switch (op) {
    case UN_BOOL:
        if (r != V_TRUE && r != V_FALSE)
            return exc_raise(&type_error_type, "__bool__ should return bool, returned %s", obj_type_name(r));
        break;
    case UN_LEN:
        if (!int_is(r)) return exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", obj_type_name(r));
        if (int_sign(r) < 0) return exc_raise(&value_error_type, "__len__() should return >= 0");
        if (!v_is_int(r)) return exc_raise(&overflow_error_type, "cannot fit 'int' into an index-sized integer");
        break;
    case UN_HASH:
        if (!int_is(r)) return exc_raise(&type_error_type, "__hash__ method should return an integer");
        if (!v_is_int(r)) return obj_hash(r);
        break;
    case UN_INDEX:
    case UN_INT:
        if (!int_is(r)) return exc_raise(&type_error_type, "__%s__ returned non-int (type %s)", op == UN_INT ? "int" : "index", obj_type_name(r));
        break;
    default: break;
    }
    return r;
}

static const uint16_t bin_dunder[OPR__COUNT][2] = {
    [OPR_ADD] = {Q___add__, Q___radd__},         [OPR_SUB] = {Q___sub__, Q___rsub__},
    [OPR_MUL] = {Q___mul__, Q___rmul__},         [OPR_TRUEDIV] = {Q___truediv__, Q___rtruediv__},
    [OPR_FLOORDIV] = {Q___floordiv__, Q___rfloordiv__}, [OPR_MOD] = {Q___mod__, Q___rmod__},
    [OPR_POW] = {Q___pow__, Q___rpow__},         [OPR_LSHIFT] = {Q___lshift__, Q___rlshift__},
    [OPR_RSHIFT] = {Q___rshift__, Q___rrshift__}, [OPR_AND] = {Q___and__, Q___rand__},
    [OPR_OR] = {Q___or__, Q___ror__},            [OPR_XOR] = {Q___xor__, Q___rxor__},
    [OPR_MATMUL] = {Q___matmul__, Q___rmatmul__},
    [OPR_LT] = {Q___lt__, Q___gt__},             [OPR_LE] = {Q___le__, Q___ge__},
    [OPR_EQ] = {Q___eq__, Q___eq__},             [OPR_NE] = {Q___ne__, Q___ne__},
    [OPR_GT] = {Q___gt__, Q___lt__},             [OPR_GE] = {Q___ge__, Q___le__},
    [OPR_CONTAINS] = {Q___contains__, 0},
};
static const uint16_t inplace_dunder[OPR__ARITH] = {
    Q___iadd__, Q___isub__, Q___imul__, Q___itruediv__, Q___ifloordiv__, Q___imod__, Q___ipow__,
    Q___ilshift__, Q___irshift__, Q___iand__, Q___ior__, Q___ixor__, Q___imatmul__,
};

static Value inst_binop(int op, Value a, Value b) {
    int base = op & 0x1F;
    bool refl = op & OPR_REFLECTED;
    Value self = refl ? b : a, other = refl ? a : b;
    const Type *t = obj_type(self);
    Value f;
    if (op & OPR_INPLACE) {
        f = base < OPR__ARITH ? heap_lookup(t, inplace_dunder[base]) : V_NULL;
        if (f == V_NULL) {
            const Type *nb = native_base(t);
            if (nb && nb->binop && (t->flags & TF_NATIVE)) {
                Value r = nb->binop(op, inst_native(a), b);
                /* in-place on the native part keeps the instance */
                if (r == inst_native(a)) return a;
                return r;
            }
            return V_NOTIMPL;
        }
        return call_dunder(f, a, 1, &b);
    }
    if (base == OPR_CONTAINS) {
        f = heap_lookup(t, Q___contains__);
        if (f == V_NULL) {
            const Type *nb = native_base(t);
            if (nb && nb->binop) return nb->binop(op, (t->flags & TF_NATIVE) ? inst_native(a) : a, b);
            return V_NOTIMPL;
        }
        Value r = call_dunder(f, a, 1, &b);
        if (r == V_ERR) return r;
        int tr = obj_truth(r);
        return tr < 0 ? V_ERR : v_from_bool(tr);
    }
    f = heap_lookup(t, bin_dunder[base][refl ? 1 : 0]);
    if (f == V_NULL && base == OPR_NE) {
        /* default __ne__: the inverse of __eq__ */
        Value eqf = heap_lookup(t, Q___eq__);
        if (eqf != V_NULL) {
            Value r = call_dunder(eqf, self, 1, &other);
            if (r == V_ERR || r == V_NOTIMPL) return r;
            int tr = obj_truth(r);
            return tr < 0 ? V_ERR : v_from_bool(!tr);
        }
    }
    if (f == V_NULL || f == V_NONE) {
        const Type *nb = native_base(t);
        if (nb && nb->binop) {
            Value ns = (t->flags & TF_NATIVE) ? inst_native(self) : self;
            Value no = other;
            if (obj_type(other) == t && (t->flags & TF_NATIVE)) no = inst_native(other);
            return refl ? nb->binop(op, no, ns) : nb->binop(op, ns, no);
        }
        return V_NOTIMPL;
    }
    return call_dunder(f, self, 1, &other);
}

static Value inst_subscr(Value self, Value key, Value val) {
    const Type *t = obj_type(self);
    uint32_t q = val == V_NULL ? Q___getitem__ : val == V_DELETE ? Q___delitem__ : Q___setitem__;
    Value f = heap_lookup(t, q);
    if (f == V_NULL) {
        const Type *nb = native_base(t);
        if (nb && nb->subscr) {
            if (val == V_NULL && nb == &dict_type) {
                /* dict subclasses: __missing__ */
                Value r = dc_get(&dict_p(inst_native(self))->d, key);
                if (r != V_NULL) return r;
                Value m = heap_lookup(t, Q___missing__);
                if (m != V_NULL) return call_dunder(m, self, 1, &key);
            }
            return nb->subscr((t->flags & TF_NATIVE) ? inst_native(self) : self, key, val);
        }
        if (val == V_NULL) return exc_raise(&type_error_type, "'%s' object is not subscriptable", type_name(t));
        return exc_raise(&type_error_type, "'%s' object does not support item %s", type_name(t),
                         val == V_DELETE ? "deletion" : "assignment");
    }
    Value args[2] = {key, val};
    Value r = call_dunder(f, self, val == V_NULL || val == V_DELETE ? 1 : 2, args);
    return (r == V_ERR || val == V_NULL) ? r : V_NONE;
}

static Value inst_call(Value self, ArgVec a) {
    const Type *t = obj_type(self);
    Value f = heap_lookup(t, Q___call__);
    if (f == V_NULL) {
        const Type *nb = native_base(t);
        if (nb && nb->call) return nb->call(inst_native(self), a);
        return exc_raise(&type_error_type, "'%s' object is not callable", type_name(t));
    }
    Value buf[10];
    if (a.n + 2 * a.nkw + 1 > 10) return exc_raise(&type_error_type, "too many arguments");
    buf[0] = self;
    vcopy(buf + 1, a.v, a.n + 2 * a.nkw);
    return obj_call(f, (ArgVec){buf, (uint16_t)(a.n + 1), a.nkw});
}

static Value inst_iter(int op, Value v) {
    (void)op;
    const Type *t = obj_type(v);
    Value f = heap_lookup(t, Q___iter__);
    if (f == V_NULL) {
        const Type *nb = native_base(t);
        if (nb && nb->iter) return nb->iter(0, (t->flags & TF_NATIVE) ? inst_native(v) : v);
        if (heap_lookup(t, Q___getitem__) != V_NULL) return seqiter_new(v);
        if (heap_lookup(t, Q___next__) != V_NULL && false) return v;
        return exc_raise(&type_error_type, "'%s' object is not iterable", type_name(t));
    }
    Value it = call_dunder(f, v, 0, NULL);
    if (it == V_ERR) return it;
    const Type *it_t = obj_type(it);
    if (!it_t->next) return exc_raise(&type_error_type, "iter() returned non-iterator of type '%s'", type_name(it_t));
    return it;
}

static Value inst_next(Value v) {
    const Type *t = obj_type(v);
    Value f = heap_lookup(t, Q___next__);
    if (f == V_NULL) {
        const Type *nb = native_base(t);
        if (nb && nb->next) return nb->next(v);
        return exc_raise(&type_error_type, "'%s' object is not an iterator", type_name(t));
    }
    Value r = call_dunder(f, v, 0, NULL);
    if (r == V_ERR && obj_isinstance(exc_peek(), &stop_iteration_type)) {
        exc_take();
        return V_NULL;
    }
    return r;
}

/* ---- super ---- */

typedef struct Super {
    GcObj hdr;
    Value cls, obj;
} Super;

static void super_mark(GcObj *o) {
    Super *s = (Super *)o;
    gc_mark(v_to_ptr(s->cls));
    if (v_is_obj(s->obj)) gc_mark(v_to_ptr(s->obj));
}

static Value super_make_new(const Type *t, ArgVec a) {
    (void)t;
    if (a.n != 2) return exc_raise(&runtime_error_type, "super(): no arguments");
    if (!obj_isinstance(a.v[0], &type_type)) return exc_raise(&type_error_type, "super() argument 1 must be a type, not %s", obj_type_name(a.v[0]));
    const Type *cls = v_to_ptr(a.v[0]);
    Value o = a.v[1];
    bool ok = obj_isinstance(o, cls) || (obj_isinstance(o, &type_type) && type_is_sub(v_to_ptr(o), cls));
    if (!ok) return exc_raise(&type_error_type, "super(type, obj): obj must be an instance or subtype of type");
    Super *s = obj_alloc(&super_type, sizeof(Super));
    if (!s) return V_ERR;
    s->cls = a.v[0];
    s->obj = o;
    return V(s);
}

/* looks name up in the MRO of type(obj) after cls; binds to obj (or,
 * with self_out, returns the function and sets *self_out) */
Value super_getattr(Value sv, Value name, Value *self_out) {
    Super *s = v_to_ptr(sv);
    bool is_cls = obj_isinstance(s->obj, &type_type) && !obj_isinstance(s->obj, v_to_ptr(s->cls));
    const Type *t = is_cls ? v_to_ptr(s->obj) : obj_type(s->obj);
    Value mro = t->flags & TF_HEAP ? t->mro : type_getattr(V(t), QV(__mro__));
    if (mro == V_ERR) return mro;
    Tuple *m = tuple_p(mro);
    uint32_t i = 0;
    while (i < m->len && m->items[i] != s->cls) i++;
    for (i++; i < m->len; i++) {
        const Type *c = v_to_ptr(m->items[i]);
        Value f = V_NULL;
        if (c->flags & TF_HEAP) f = dc_get_q(&dict_p(c->dict)->d, name, NULL);
        else if (v_is_qstr(name)) f = own_attr(c, v_to_qstr(name));
        if (f == V_NULL) continue;
        const Type *ft = obj_type(f);
        if (is_cls) {
            if (ft == &function_type) return f;
            if (ft == &builtin_type && !(((BuiltinFn *)v_to_ptr(f))->flags & BF_CLASS)) return f;
            return bind(f, V_NULL, t);
        }
        if (self_out && (ft == &function_type || ft == &slot_type ||
                         (ft == &builtin_type && !(((BuiltinFn *)v_to_ptr(f))->flags & (BF_STATIC | BF_CLASS))))) {
            *self_out = s->obj;
            return f;
        }
        return bind(f, s->obj, t);
    }
    if (name == QV(__class__)) return V(&super_type);
    return V_NULL;
}

static int super_print(Printer *p, Value v, bool repr) {
    (void)repr;
    Super *s = v_to_ptr(v);
    return pr_fmt(p, "<super: <class '%q'>, <%s object>>", ((Type *)v_to_ptr(s->cls))->name, obj_type_name(s->obj));
}

const Type super_type = {
    .hdr = {&type_type.gc},
    .gc = {"super", super_mark, NULL},
    .name = Q_super,
    .base = &object_type,
    .print = super_print,
    .make_new = super_make_new,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* ---- property, staticmethod, classmethod ---- */

static void wrapper_mark(GcObj *o) {
    Wrapper *w = (Wrapper *)o;
    Value vs[4] = {w->f, w->fset, w->fdel, w->doc};
    for (int i = 0; i < 4; i++)
        if (v_is_obj(vs[i])) gc_mark(v_to_ptr(vs[i]));
}

static Value wrapper_new(const Type *t, Value f, Value fset, Value fdel) {
    Wrapper *w = obj_alloc(t, sizeof(Wrapper));
    if (!w) return V_ERR;
    w->f = f;
    w->fset = fset;
    w->fdel = fdel;
    w->doc = V_NONE;
    return V(w);
}

static Value property_make_new(const Type *t, ArgVec a) {
    Value f[3] = {V_NONE, V_NONE, V_NONE};
    for (int i = 0; i < a.n && i < 3; i++) f[i] = a.v[i];
    Value kf = arg_kw(a, Q_fget), ks = arg_kw(a, Q_fset), kd = arg_kw(a, Q_fdel);
    if (kf != V_NULL) f[0] = kf;
    if (ks != V_NULL) f[1] = ks;
    if (kd != V_NULL) f[2] = kd;
    return wrapper_new(t, f[0], f[1], f[2]);
}

static Value prop_getter(ArgVec a) {
    Wrapper *w = v_to_ptr(a.v[0]);
    return wrapper_new(&property_type, a.v[1], w->fset, w->fdel);
}
static Value prop_setter(ArgVec a) {
    Wrapper *w = v_to_ptr(a.v[0]);
    return wrapper_new(&property_type, w->f, a.v[1], w->fdel);
}
static Value prop_deleter(ArgVec a) {
    Wrapper *w = v_to_ptr(a.v[0]);
    return wrapper_new(&property_type, w->f, w->fset, a.v[1]);
}
static Value prop_get(ArgVec a) {
    Wrapper *w = v_to_ptr(a.v[0]);
    if (a.n < 2 || a.v[1] == V_NONE) return a.v[0];
    return obj_call1(w->f, a.v[1]);
}

static Value wrapper_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    Wrapper *w = v_to_ptr(self);
    if (name == QV(fget) || name == QV(__func__)) return w->f;
    if (name == QV(fset)) return w->fset;
    if (name == QV(fdel)) return w->fdel;
    if (name == QV(__doc__)) return w->doc;
    return V_NULL;
}

static const BuiltinFn property_methods[] = {
    M(__get__, prop_get, 2, 3, 0),
    M(deleter, prop_deleter, 2, 2, 0),
    M(getter, prop_getter, 2, 2, 0),
    M(setter, prop_setter, 2, 2, 0),
};

const Type property_type = {
    .hdr = {&type_type.gc},
    .gc = {"property", wrapper_mark, NULL},
    .name = Q_property,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .methods = property_methods,
    .nmethods = sizeof property_methods / sizeof property_methods[0],
    .make_new = property_make_new,
    .attr = wrapper_attr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

static Value sm_make_new(const Type *t, ArgVec a) {
    if (arg_check(a, 1, 1, type_name(t)) < 0) return V_ERR;
    return wrapper_new(t, a.v[0], V_NONE, V_NONE);
}

static Value sm_call(Value self, ArgVec a) { return obj_call(((Wrapper *)v_to_ptr(self))->f, a); }

const Type staticmethod_type = {
    .hdr = {&type_type.gc},
    .gc = {"staticmethod", wrapper_mark, NULL},
    .name = Q_staticmethod,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .make_new = sm_make_new,
    .call = sm_call,
    .attr = wrapper_attr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

const Type classmethod_type = {
    .hdr = {&type_type.gc},
    .gc = {"classmethod", wrapper_mark, NULL},
    .name = Q_classmethod,
    .flags = TF_BASETYPE,
    .base = &object_type,
    .make_new = sm_make_new,
    .attr = wrapper_attr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
