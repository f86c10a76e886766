/*
 * interp.c - the stackless bytecode interpreter (docs/bytecode.md).
 *
 * One C loop runs all Python frames: a call pushes a frame and continues
 * the loop with it, a return pops it and continues with the caller, so
 * Python recursion never grows the C stack.  C code calling back into
 * Python (sorted(key=f), __repr__ called by str(), ...) enters the loop
 * again through vm_call_func: a bounded nesting (MONTY_C_DEPTH).
 *
 * Register discipline: f (frame), ip, sp live in C locals.  Before anything
 * that may allocate, call Python or raise, SAVE() stores ip (the start of
 * the current instruction) and sp into the frame: the collector marks a
 * frame's stack up to f->sp, and errors are located at f->ip.
 *
 * Calls do not copy arguments: the callee's ArgVec is a view of the
 * caller's stack.  A bound method or a class call writes `self` into the
 * slot just below the arguments (the callable's own slot, or the NULL
 * slot of CALL_METHOD) so the view stays contiguous.
 */
#include "config.h"
#if MONTY_INTERP
#include "interp.h"

#include "text.h"


/* ---- operator tables: bytecode numbering -> obj.h numbering ---- */
static const uint8_t binop_map[BINOP_INPLACE] = {
    [BINOP_ADD] = OPR_ADD,          [BINOP_AND] = OPR_AND,       [BINOP_FLOOR_DIVIDE] = OPR_FLOORDIV,
    [BINOP_LSHIFT] = OPR_LSHIFT,    [BINOP_MATRIX_MULTIPLY] = OPR_MATMUL, [BINOP_MULTIPLY] = OPR_MUL,
    [BINOP_REMAINDER] = OPR_MOD,    [BINOP_OR] = OPR_OR,         [BINOP_POWER] = OPR_POW,
    [BINOP_RSHIFT] = OPR_RSHIFT,    [BINOP_SUBTRACT] = OPR_SUB,  [BINOP_TRUE_DIVIDE] = OPR_TRUEDIV,
    [BINOP_XOR] = OPR_XOR,
};
static const uint8_t unop_map[UNARYOP__COUNT] = {
    [UNARYOP_POSITIVE] = UN_POS, [UNARYOP_NEGATIVE] = UN_NEG, [UNARYOP_INVERT] = UN_INVERT};

/* ---- code objects and units ---- */

static void code_mark(GcObj *o) { gc_mark(((Code *)o)->unit); }

const Type code_type = {
    .hdr = {&type_type.gc},
    .gc = {"code", code_mark, NULL},
    .name = Q_code,
    .base = &object_type,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

static void unit_mark(GcObj *o) {
    Unit *u = (Unit *)o;
    if (v_is_obj(u->owner)) gc_mark(v_to_ptr(u->owner));
    if (v_is_obj(u->globals)) gc_mark(v_to_ptr(u->globals));
    for (unsigned i = 0; i < u->nconst; i++)
        if (v_is_obj(u->consts[i])) gc_mark(v_to_ptr(u->consts[i]));
    for (unsigned i = 0; i < u->ncode; i++)
        if (v_is_obj(u->codes[i])) gc_mark(v_to_ptr(u->codes[i]));
}

static const Type unit_type = {
    .hdr = {&type_type.gc},
    .gc = {"unit", unit_mark, NULL},
    .name = Q_module,
    .base = &object_type,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

Unit *unit_load(const uint8_t *img, size_t len, Value owner, Value globals) {
    (void)len;
    unsigned ncode = bc_n_code(img), nconst = bc_n_const(img), nname = bc_n_name(img);
    size_t bytes = sizeof(Unit) + (nconst + ncode) * sizeof(Value) + nname * 2 * sizeof(uint16_t);
    Unit *u = obj_alloc(&unit_type, bytes);
    if (!u) return NULL;
    u->img = img;
    u->owner = owner;
    u->globals = globals;
    u->ncode = (uint16_t)ncode;
    u->nconst = (uint16_t)nconst;
    u->nname = (uint16_t)nname;
    u->consts = (Value *)(u + 1);
    u->codes = u->consts + nconst;
    u->names = (uint16_t *)(u->codes + ncode);
    u->hints = u->names + nname;
    for (unsigned i = 0; i < nconst; i++) u->consts[i] = V_NULL;
    for (unsigned i = 0; i < ncode; i++) u->codes[i] = V_NULL;
    root_push(u);
    bool stable = owner == V_NULL;
    for (unsigned i = 0; i < nname; i++) {
        uint32_t n;
        /* an owned image is a Bytes object: its data never moves, but it
         * may be freed with the unit, so names are copied */
        const char *s = bc_name(u->img, i, &n, NULL);
        int32_t q = qstr_intern(s, n, stable);
        if (q < 0) {
            root_pop(1);
            return NULL;
        }
        u->names[i] = (uint16_t)q;
    }
    root_pop(1);
    u->filename = u->names[bc_filename(img)];
    return u;
}

Value unit_code(Unit *u, unsigned i) {
    if (u->codes[i] != V_NULL) return u->codes[i];
    Code *c = obj_alloc(&code_type, sizeof(Code));
    if (!c) return V_ERR;
    c->unit = u;
    bc_code_info(u->img, i, &c->bc);
    c->name = u->names[c->bc.name];
    c->qualname = u->names[c->bc.qualname];
    c->nslots = (uint16_t)(c->bc.nlocals + c->bc.ncells + c->bc.nfree);
    c->framesize = (uint16_t)(sizeof(Frame) + (c->nslots + c->bc.stacksize) * sizeof(Value));
    c->framevals = (uint16_t)((c->framesize + sizeof(Value) - 1) / sizeof(Value));
    /* calls with exactly `simple` positional arguments need no binding
     * work beyond copying them (0xFF: never) */
    c->simple = (c->bc.flags & (CO_VARARGS | CO_VARKW | CO_CLASS)) || c->bc.kwonly || c->bc.ncells || c->bc.nfree
                    ? 0xFF
                    : c->bc.argcount;
    u->codes[i] = V(c);
    return V(c);
}

unsigned code_line(const Code *c, const uint8_t *ip) { return bc_line_of(&c->bc, (unsigned)(ip - c->bc.bc)); }

/* constant k of the unit, converted on first use and cached */
static Value load_const(Unit *u, unsigned k) {
    Value v = u->consts[k];
    if (v != V_NULL) return v;
    uint32_t w = bc_const_word(u->img, k);
    switch (bc_const_kind(w)) {
    case BC_CONST_INT: v = int_from_intptr(bc_const_int(w)); break;
    case BC_CONST_SPECIAL: {
        static const Value sp[] = {V_NONE, V_FALSE, V_TRUE, V_ELLIPSIS};
        v = sp[bc_const_index(w) & 3];
        break;
    }
    case BC_CONST_STR: v = q_(u->names[bc_const_index(w)]); break;
    case BC_CONST_BYTES: {
        uint32_t n;
        const uint8_t *d = bc_const_bytes(u->img, w, &n);
        v = bytes_new(d, n);
        break;
    }
    case BC_CONST_FLOAT:
#if MONTY_FLOAT
        v = float_new(bc_const_float(u->img, w));
        break;
#else
        return exc_raise(&value_error_type, "float not supported");
#endif
    case BC_CONST_BIGINT: {
#if MONTY_BIGINT
        uint32_t n;
        int neg;
        const uint8_t *d = bc_const_bigint(u->img, w, &n, &neg);
        v = bigint_from_bytes(d, n, true, false);
        if (v != V_ERR && neg) {
            root_push(v_to_ptr(v));
            v = obj_unop(UN_NEG, v);
            root_pop(1);
        }
        if (v != V_ERR) v = bigint_normalise(v);
        break;
#else
        return exc_raise(&overflow_error_type, "integer constant too large");
#endif
    }
    case BC_CONST_TUPLE: {
        uint32_t n;
        const uint8_t *items = bc_const_tuple(u->img, w, &n);
        v = tuple_new(n, NULL);
        if (v == V_ERR) return v;
        root_push(v_to_ptr(v));
        for (uint32_t i = 0; i < n; i++) {
            Value x = load_const(u, bc_rd16(items + 2 * i));
            if (x == V_ERR) {
                root_pop(1);
                return x;
            }
            tuple_p(v)->items[i] = x;
        }
        root_pop(1);
        break;
    }
    default: return exc_raise(&runtime_error_type, "bad constant");
    }
    if (v != V_ERR) u->consts[k] = v;
    return v;
}

/* ---- frames ---- */

static void chunk_mark(GcObj *o) { gc_mark(((FrameChunk *)o)->prev); }

static const Type chunk_type = {
    .hdr = {&type_type.gc},
    .gc = {"framechunk", chunk_mark, NULL},
    .name = Q_code,
    .base = &object_type,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* mark a frame's live values */
static void frame_mark_values(Frame *f) {
    gc_mark(f->code);
    if (v_is_obj(f->globals)) gc_mark(v_to_ptr(f->globals));
    for (Value *p = f->slots; p < f->sp; p++)
        if (v_is_obj(*p)) gc_mark(v_to_ptr(*p));
}

static void gen_mark(GcObj *o) {
    Gen *g = (Gen *)o;
    if (v_is_obj(g->handled)) gc_mark(v_to_ptr(g->handled));
    if (v_is_obj(g->outer)) gc_mark(v_to_ptr(g->outer));
    if (g->state != GEN_DONE) frame_mark_values(&g->frame);
    else gc_mark(g->frame.code);
}

void vm_mark_frames(void) {
    gc_mark(vm.chunk);
    gc_mark(vm.spare);
    for (Frame *f = vm.frame; f; f = f->back) {
        if (f->flags & FR_GEN) gc_mark((char *)f - offsetof(Gen, frame));
        frame_mark_values(f);
    }
}

/* a frame for code c from the frame stack; NULL + MemoryError */
static Frame *frame_alloc_slow(const Code *c);
/* the common case inline, a new chunk out of line */
static inline Frame *frame_alloc(const Code *c) {
    uint32_t nv = c->framevals;
    FrameChunk *ch = vm.chunk;
    if (__builtin_expect(ch && ch->top + nv <= ch->size, 1)) {
        Frame *f = (Frame *)(void *)&ch->data[ch->top];
        ch->top += nv;
        return f;
    }
    return frame_alloc_slow(c);
}
static Frame *frame_alloc_slow(const Code *c) {
    uint32_t nv = c->framevals;
    FrameChunk *ch = vm.chunk;
    if (!ch || ch->top + nv > ch->size) {
        FrameChunk *n = vm.spare;
        if (n && n->size >= nv) {
            vm.spare = NULL;
        } else {
            uint32_t size = MONTY_FRAME_CHUNK / sizeof(Value);
            if (size < nv) size = nv;
            n = gc_alloc(&chunk_type.gc, sizeof(FrameChunk) + size * sizeof(Value));
            if (!n) {
                exc_raise_no_mem();
                return NULL;
            }
            n->size = size;
        }
        n->prev = ch;
        n->top = 0;
        vm.chunk = ch = n;
    }
    Frame *f = (Frame *)(void *)&ch->data[ch->top];
    ch->top += nv;
    return f;
}

static inline void frame_release(Frame *f) {
    if (f->flags & FR_GEN) return;
    FrameChunk *ch = vm.chunk;
    uint32_t nv = f->code->framevals;
    ch->top -= nv;
    if (ch->top == 0 && ch->prev) {
        vm.chunk = ch->prev;
        ch->prev = NULL;
        vm.spare = ch;
    }
}

/* initialises a frame for code c (slots unbound, empty stack) */
static void frame_init(Frame *f, const Code *c, Value globals) {
    f->back = vm.frame;
    f->code = c;
    f->ip = c->bc.bc;
    f->globals = globals;
    f->flags = 0;
    for (unsigned i = 0; i < c->nslots; i++) f->slots[i] = V_NULL;
    f->sp = f->slots + c->nslots;
}

static Value arg_error_name(const Code *c) { return q_(c->qualname); }

/* missing arguments: "f() missing 2 required positional arguments: 'a' and 'b'" */
static void raise_missing(const Code *c, Frame *f, unsigned from, unsigned to, const char *kind) {
    unsigned n = 0;
    for (unsigned i = from; i < to; i++)
        if (f->slots[i] == V_NULL) n++;
    SB sb;
    if (sb_init(&sb) < 0) return;
    int r = pr_fmt(&sb.p, "%v() missing %u required %s argument%s: ", arg_error_name(c), (unsigned long)n, kind, n == 1 ? "" : "s");
    unsigned k = 0;
    for (unsigned i = from; i < to && r == 0; i++) {
        if (f->slots[i] != V_NULL) continue;
        const char *sep = k == 0 ? "" : (k == n - 1 ? (n == 2 ? " and " : ", and ") : ", ");
        r = pr_fmt(&sb.p, "%s'%q'", sep, c->unit->names[bc_slot_name(&c->bc, i)]);
        k++;
    }
    Value msg = r < 0 ? V_ERR : sb_finish(&sb);
    if (r < 0) sb_abandon(&sb);
    if (msg != V_ERR) exc_raise_value(exc_new1(&type_error_type, msg));
}

/* Binds arguments into frame f (already linked and visible to the
 * collector) of function fn.  0 or -1 raised. */
static int bind_args(Frame *f, Func *fn, ArgVec a) {
    const Code *c = f->code;
    const BcCode *bc = &c->bc;
    unsigned npos = bc->argcount, nkwo = bc->kwonly;
    unsigned flags = bc->flags;
    unsigned n = a.n;
    Value *s = f->slots;
    if (flags & CO_CLASS) {
        if (n != 1 || a.nkw || !obj_isinstance(a.v[0], &dict_type)) {
            exc_raise(&type_error_type, "class body needs a namespace dict");
            return -1;
        }
        s[0] = a.v[0];
    } else if (n == npos && !a.nkw && !(flags & (CO_VARARGS | CO_VARKW)) && !nkwo) {
        for (unsigned i = 0; i < n; i++) s[i] = a.v[i];
    } else {
        unsigned extra = npos + nkwo;
        Value kwdict = V_NULL;
        if (flags & CO_VARKW) {
            kwdict = dict_new();
            if (kwdict == V_ERR) return -1;
            s[extra + ((flags & CO_VARARGS) ? 1 : 0)] = kwdict;
        }
        unsigned ncopy = n < npos ? n : npos;
        for (unsigned i = 0; i < ncopy; i++) s[i] = a.v[i];
        if (flags & CO_VARARGS) {
            Value t = n > npos ? tuple_new(n - npos, a.v + npos) : V_EMPTY_TUPLE;
            if (t == V_ERR) return -1;
            s[extra] = t;
        } else if (n > npos) {
            unsigned ndef = fn && fn->defaults != V_NULL ? tuple_p(fn->defaults)->len : 0;
            /* CPython also counts the keyword-only arguments given */
            unsigned kwo = 0;
            for (unsigned k = 0; k < a.nkw; k++)
                for (unsigned i = npos; i < npos + nkwo; i++)
                    if (a.v[n + 2 * k] == q_(c->unit->names[bc_slot_name(bc, i)])) kwo++;
            if (ndef && kwo)
                exc_raise(&type_error_type,
                          "%v() takes from %u to %u positional arguments but %u positional argument%s "
                          "(and %u keyword-only argument%s) were given",
                          arg_error_name(c), (unsigned long)(npos - ndef), (unsigned long)npos, (unsigned long)n,
                          n == 1 ? "" : "s", (unsigned long)kwo, kwo == 1 ? "" : "s");
            else if (kwo)
                exc_raise(&type_error_type,
                          "%v() takes %u positional argument%s but %u positional argument%s "
                          "(and %u keyword-only argument%s) were given",
                          arg_error_name(c), (unsigned long)npos, npos == 1 ? "" : "s", (unsigned long)n, n == 1 ? "" : "s",
                          (unsigned long)kwo, kwo == 1 ? "" : "s");
            else if (ndef)
                exc_raise(&type_error_type, "%v() takes from %u to %u positional arguments but %u %s given", arg_error_name(c),
                          (unsigned long)(npos - ndef), (unsigned long)npos, (unsigned long)n, n == 1 ? "was" : "were");
            else
                exc_raise(&type_error_type, "%v() takes %u positional argument%s but %u %s given", arg_error_name(c),
                          (unsigned long)npos, npos == 1 ? "" : "s", (unsigned long)n, n == 1 ? "was" : "were");
            return -1;
        }
        for (unsigned k = 0; k < a.nkw; k++) {
            Value name = a.v[n + 2 * k], val = a.v[n + 2 * k + 1];
            if (!v_is_qstr(name)) {
                if (!str_is(name)) {
                    exc_raise(&type_error_type, "keywords must be strings");
                    return -1;
                }
                Value q = str_intern_value(name);
                if (q == V_ERR) return -1;
                name = q;
            }
            uint32_t qn = v_to_qstr(name);
            unsigned i;
            for (i = bc->posonly; i < npos + nkwo; i++)
                if (c->unit->names[bc_slot_name(bc, i)] == qn) break;
            if (i < npos + nkwo) {
                if (s[i] != V_NULL) {
                    exc_raise(&type_error_type, "%v() got multiple values for argument '%v'", arg_error_name(c), name);
                    return -1;
                }
                s[i] = val;
            } else if (kwdict != V_NULL) {
                if (dict_set(kwdict, name, val) < 0) return -1;
            } else {
                unsigned j;
                for (j = 0; j < bc->posonly; j++)
                    if (c->unit->names[bc_slot_name(bc, j)] == qn) break;
                if (j < bc->posonly)
                    exc_raise(&type_error_type, "%v() got some positional-only arguments passed as keyword arguments: '%v'",
                              arg_error_name(c), name);
                else
                    exc_raise(&type_error_type, "%v() got an unexpected keyword argument '%v'", arg_error_name(c), name);
                return -1;
            }
        }
        /* defaults for the last positionals */
        if (n < npos) {
            unsigned ndef = fn && fn->defaults != V_NULL ? tuple_p(fn->defaults)->len : 0;
            unsigned first = npos - ndef;
            bool missing = false;
            for (unsigned i = n; i < npos; i++) {
                if (s[i] != V_NULL) continue;
                if (i >= first) s[i] = tuple_p(fn->defaults)->items[i - first];
                else missing = true;
            }
            if (missing) {
                raise_missing(c, f, 0, npos, "positional");
                return -1;
            }
        }
        if (nkwo) {
            bool missing = false;
            for (unsigned i = npos; i < npos + nkwo; i++) {
                if (s[i] != V_NULL) continue;
                Value d = V_NULL;
                if (fn && fn->kwdefaults != V_NULL) {
                    d = dict_get(fn->kwdefaults, q_(c->unit->names[bc_slot_name(bc, i)]));
                    if (d == V_ERR) return -1;
                }
                if (d != V_NULL) s[i] = d;
                else missing = true;
            }
            if (missing) {
                raise_missing(c, f, npos, npos + nkwo, "keyword-only");
                return -1;
            }
        }
    }
    /* fresh cells, then the closure's cells */
    for (unsigned i = 0; i < bc->ncells; i++) {
        Value cell = cell_new(V_NULL);
        if (cell == V_ERR) return -1;
        s[bc->nlocals + i] = cell;
    }
    if (bc->nfree) {
        Tuple *cl = fn ? tuple_p(fn->closure) : NULL;
        for (unsigned i = 0; i < bc->nfree; i++) s[bc->nlocals + bc->ncells + i] = cl->items[i];
    }
    return 0;
}

/* pushes a frame for Python function fn called with a; NULL + raised */
static Frame *push_call(Func *fn, ArgVec a) {
    if (vm.depth >= MONTY_RECURSION_LIMIT) {
        exc_raise(&recursion_error_type, "maximum recursion depth exceeded");
        return NULL;
    }
    const Code *c = fn->code;
    /* fn needs a root only while a new frame chunk is allocated (a
     * collection may run): otherwise nothing here allocates before the
     * frame refers to it, and the caller's stack or a class holds it */
    FrameChunk *ch = vm.chunk;
    bool fits = ch && ch->top + c->framevals <= ch->size;
    if (!fits) root_push(fn);
    Frame *f = frame_alloc(c);
    if (!fits) root_pop(1);
    if (!f) return NULL;
    if (a.n == c->simple && !a.nkw) {
        /* the common case: exactly the positional parameters, no cells */
        f->back = vm.frame;
        f->code = c;
        f->ip = c->bc.bc;
        f->globals = fn->globals;
        f->flags = 0;
        Value *sl = f->slots;
        unsigned n = a.n, ns = c->nslots;
        for (unsigned i = 0; i < n; i++) sl[i] = a.v[i];
        for (unsigned i = n; i < ns; i++) sl[i] = V_NULL;
        f->sp = sl + ns;
        vm.frame = f;
        vm.depth++;
        return f;
    }
    root_push(fn);
    frame_init(f, c, fn->globals);
    vm.frame = f;
    vm.depth++;
    int r = bind_args(f, fn, a);
    root_pop(1);
    if (r < 0) {
        vm.frame = f->back;
        vm.depth--;
        frame_release(f);
        return NULL;
    }
    return f;
}

/* ---- generators ---- */

static int gen_print(Printer *p, Value v, bool repr) {
    (void)repr;
    Gen *g = v_to_ptr(v);
    return pr_fmt(p, "<generator object %q at 0x%x>", g->frame.code->qualname, (unsigned long)v);
}

static Value gen_iter(int op, Value v) {
    (void)op;
    return v;
}

static Value gen_next_slot(Value v) {
    Value out;
    int r = gen_resume(v, V_NONE, V_NULL, &out);
    if (r < 0) return V_ERR;
    if (r == 1) return V_NULL;
    return out;
}

static Value gen_send_m(ArgVec a) {
    Value out;
    int r = gen_resume(a.v[0], a.v[1], V_NULL, &out);
    if (r < 0) return V_ERR;
    if (r == 1) return exc_raise_value(exc_new1(&stop_iteration_type, out == V_NONE ? V_NULL : out));
    return out;
}

static Value gen_throw_m(ArgVec a) {
    Value e = a.v[1];
    if (obj_isinstance(e, &type_type)) {
        e = a.n > 2 ? obj_call1(e, a.v[2]) : obj_call0(e);
        if (e == V_ERR) return e;
    }
    if (!obj_isinstance(e, &base_exception_type)) return exc_raise(&type_error_type, "exceptions must derive from BaseException");
    Value out;
    root_push(v_to_ptr(e));
    int r = gen_resume(a.v[0], V_NONE, e, &out);
    root_pop(1);
    if (r < 0) return V_ERR;
    if (r == 1) return exc_raise_value(exc_new1(&stop_iteration_type, out == V_NONE ? V_NULL : out));
    return out;
}

static Value gen_close_m(ArgVec a) {
    Gen *g = v_to_ptr(a.v[0]);
    if (g->state == GEN_DONE) return V_NONE;
    if (g->state == GEN_CREATED) {
        g->state = GEN_DONE;
        return V_NONE;
    }
    Value e = exc_new(&generator_exit_type, (ArgVec){NULL, 0, 0});
    if (e == V_ERR) return e;
    Value out;
    root_push(v_to_ptr(e));
    int r = gen_resume(a.v[0], V_NONE, e, &out);
    root_pop(1);
    if (r == 0) return exc_raise(&runtime_error_type, "generator ignored GeneratorExit");
    if (r < 0) {
        Value x = exc_peek();
        if (obj_isinstance(x, &generator_exit_type) || obj_isinstance(x, &stop_iteration_type)) {
            exc_take();
            return V_NONE;
        }
        return V_ERR;
    }
    return V_NONE;
}

static Value gen_attr(Value self, Value name, Value val) {
    if (val != V_NULL) return V_NULL;
    Gen *g = v_to_ptr(self);
    if (name == QV(__name__)) return q_(g->frame.code->name);
    if (name == QV(__qualname__)) return q_(g->frame.code->qualname);
    if (name == QV(gi_running)) return v_from_bool(g->state == GEN_RUNNING);
    return V_NULL;
}

#define M(name, fn, min, max, fl) {{&builtin_type.gc}, fn, Q_##name, min, max, fl}
static const BuiltinFn gen_methods[] = {
    M(close, gen_close_m, 1, 1, 0),
    M(send, gen_send_m, 2, 2, 0),
    M(throw, gen_throw_m, 2, 4, 0),
};

const Type gen_type = {
    .hdr = {&type_type.gc},
    .gc = {"generator", gen_mark, NULL},
    .name = Q_generator,
    .flags = TF_ITERSELF,
    .base = &object_type,
    .methods = gen_methods,
    .nmethods = sizeof gen_methods / sizeof gen_methods[0],
    .print = gen_print,
    .iter = gen_iter,
    .next = gen_next_slot,
    .attr = gen_attr,
    .unop = NULL,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};

/* a new (not started) generator for function fn called with a */
static Value gen_new(Func *fn, ArgVec a) {
    const Code *c = fn->code;
    root_push(fn);
    Gen *g = obj_alloc(&gen_type, sizeof(Gen) - sizeof(Frame) + c->framesize);
    if (!g) {
        root_pop(1);
        return V_ERR;
    }
    g->name = q_(c->name);
    g->state = GEN_CREATED;
    g->handled = g->outer = V_NULL;
    Frame *f = &g->frame;
    frame_init(f, c, fn->globals);
    f->back = NULL;
    f->flags = FR_GEN;
    root_push(g);
    int r = bind_args(f, fn, a);
    root_pop(2);
    return r < 0 ? V_ERR : V(g);
}

/* links suspended/new generator g above frame `back` and makes it the
 * current frame; a normal resume pushes the sent value and steps over the
 * YIELD_VALUE it stopped at (YIELD_FROM is executed again instead) */
static Frame *gen_enter(Gen *g, Frame *back, uint8_t flags, Value send, bool throwing) {
    Frame *f = &g->frame;
    f->back = back;
    f->flags = (uint8_t)(FR_GEN | flags);
    if (g->state == GEN_SUSPENDED && !throwing) {
        *f->sp++ = send;
        if (*f->ip == OP_YIELD_VALUE) f->ip++;
    }
    g->state = GEN_RUNNING;
    g->outer = vm.handled;
    if (g->handled != V_NULL) {
        vm.handled = g->handled;
        g->handled = V_NULL;
    }
    vm.frame = f;
    vm.depth++;
    return f;
}

/* generator g stops running (yield: suspended, else done): its consumer's
 * exception being handled comes back */
static void gen_leave(Gen *g, bool suspended) {
    g->handled = suspended && vm.handled != g->outer ? vm.handled : V_NULL;
    vm.handled = g->outer;
    g->outer = V_NULL;
}

#define GEN_OF(f) ((Gen *)(void *)((char *)(f) - offsetof(Gen, frame)))

/* ---- the interpreter loop ---- */

static Value run(void);

/* state handed between resume points and run() */
static Value resume_throw = V_NULL; /* exception to raise in the resumed frame */
static bool gen_returned;    /* the C-entry generator frame returned */

Value vm_call_func(Value fv, ArgVec a) {
    Func *fn = v_to_ptr(fv);
    if (fn->code->bc.flags & CO_GENERATOR) return gen_new(fn, a);
    if (vm_enter_c() < 0) return V_ERR;
    Frame *f = push_call(fn, a);
    Value r = V_ERR;
    if (f) {
        f->flags |= FR_C_ENTRY;
        r = run();
    }
    vm_leave_c();
    return r;
}

int gen_resume(Value gv, Value send, Value throw_exc, Value *out) {
    Gen *g = v_to_ptr(gv);
    if (g->state == GEN_RUNNING) {
        exc_raise(&value_error_type, "generator already executing");
        return -1;
    }
    if (g->state == GEN_DONE) {
        if (throw_exc != V_NULL) {
            exc_raise_value(throw_exc);
            return -1;
        }
        *out = V_NONE;
        return 1;
    }
    if (g->state == GEN_CREATED && send != V_NONE && throw_exc == V_NULL) {
        exc_raise(&type_error_type, "can't send non-None value to a just-started generator");
        return -1;
    }
    if (vm.depth >= MONTY_RECURSION_LIMIT) {
        exc_raise(&recursion_error_type, "maximum recursion depth exceeded");
        return -1;
    }
    bool push = true; /* a normal resume pushes the sent value */
    if (throw_exc != V_NULL && g->state == GEN_SUSPENDED && *g->frame.ip == OP_YIELD_FROM &&
        obj_is(g->frame.sp[-1], &gen_type)) {
        /* suspended in `yield from` a generator: the exception goes to the
         * inner one first (PEP 380).  Its yield is ours; its return value
         * is the result of our yield from; what it raises is raised here. */
        g->state = GEN_RUNNING; /* not re-entered meanwhile */
        int r = gen_resume(g->frame.sp[-1], V_NONE, throw_exc, out);
        g->state = GEN_SUSPENDED;
        if (r == 0) return 0;
        if (r == 1) {
            g->frame.sp[-1] = *out; /* the iterator's place: the result */
            g->frame.ip++;          /* past YIELD_FROM */
            push = false;
            throw_exc = V_NULL;
        } else {
            throw_exc = exc_take();
        }
    }
    if (vm_enter_c() < 0) return -1;
    gen_enter(g, vm.frame, FR_C_ENTRY, send, throw_exc != V_NULL || !push);
    resume_throw = throw_exc;
    gen_returned = false;
    Value r = run();
    vm_leave_c();
    if (r == V_ERR) return -1;
    *out = r;
    return gen_returned ? 1 : 0;
}

/* poll for Ctrl-C and run the collector's threshold check */
static int poll_host(void) {
    vm.poll = MONTY_POLL_INTERVAL;
    gc_check();
    if (vm.reserve == V_NULL) vm_take_reserve();
    const VmHost *h = vm.host;
    if (h && h->boot && h->boot->interrupted && h->boot->interrupted()) {
        exc_raise_value(exc_new(&keyboard_interrupt_type, (ArgVec){NULL, 0, 0}));
        return -1;
    }
    return 0;
}

/* calls with the instance written below the arguments (see header) */
static Value call_value(Value callee, Value *view, unsigned n, unsigned nkw) {
    return obj_call(callee, (ArgVec){view, (uint16_t)n, (uint16_t)nkw});
}

static Value do_build_class(Value name, Value bases, Value kw, Value ns, Value cell) {
    Value meta = V_NULL;
    int nkw = 0;
    if (kw != V_NULL) {
        meta = dict_get(kw, QV(metaclass));
        if (meta == V_ERR) return meta;
        nkw = dict_p(kw)->d.len - (meta != V_NULL);
    }
    if (meta == V_NULL) {
        meta = V(&type_type);
        Tuple *b = tuple_p(bases);
        for (uint32_t i = 0; i < b->len; i++) {
            const Type *mt = obj_type(b->items[i]);
            if (type_is_sub(mt, v_to_ptr(meta))) meta = V(mt);
        }
    }
    /* the class statement's other keywords follow, as name/value pairs */
    Value args[3 + 2 * 8];
    args[0] = name, args[1] = bases, args[2] = ns;
    if (nkw > 8) return exc_raise(&type_error_type, "too many class keyword arguments");
    int k = 0;
    if (nkw > 0) {
        size_t pos = 0;
        DictEntry *e;
        while (dc_next(&dict_p(kw)->d, &pos, &e))
            if (e->key != QV(metaclass)) {
                args[3 + 2 * k] = e->key;
                args[4 + 2 * k] = e->val;
                k++;
            }
    }
    Value cls = obj_call(meta, (ArgVec){args, 3, (uint16_t)k});
    if (cls == V_ERR) return cls;
    if (obj_is(cell, &cell_type)) ((Cell *)v_to_ptr(cell))->v = cls;
    return cls;
}

/* import hooks (import.c) */
Value import_name(Value name, Value fromlist, Value level, Value globals);
Value import_from(Value module, Value name);
int import_star(Value module, Value globals);
Value format_value(Value v, Value spec);
Value builtin_print_expr(Value v);

static Value unpack_iter(Value seq, Value *dst, unsigned before, unsigned after, bool star) {
    /* collects all items in a list, then distributes */
    Value l = list_from_iter(seq);
    if (l == V_ERR) {
        if (obj_isinstance(exc_peek(), &type_error_type) && !obj_callable(seq)) {
            exc_take();
            return exc_raise(&type_error_type, "cannot unpack non-iterable %s object", obj_type_name(seq));
        }
        return l;
    }
    root_push(v_to_ptr(l));
    size_t n = list_p(l)->len;
    Value r = V_NONE;
    if (!star) {
        if (n < before) r = exc_raise(&value_error_type, "not enough values to unpack (expected %u, got %u)", (unsigned long)before, (unsigned long)n);
        else if (n > before) r = exc_raise(&value_error_type, "too many values to unpack (expected %u)", (unsigned long)before);
        else {
            Value *it = list_items(l);
            for (unsigned i = 0; i < before; i++) dst[before - 1 - i] = it[i];
        }
    } else {
        if (n < before + after) {
            r = exc_raise(&value_error_type, "not enough values to unpack (expected at least %u, got %u)",
                          (unsigned long)(before + after), (unsigned long)n);
        } else {
            Value mid = list_new(n - before - after, NULL);
            if (mid == V_ERR) r = V_ERR;
            else {
                Value *it = list_items(l); /* re-derived: list_new may move it */
                vcopy(list_items(mid), it + before, n - before - after);
                /* stack order: after items (last first), the list, before items (first on top) */
                unsigned k = 0;
                for (unsigned i = 0; i < after; i++) dst[k++] = it[n - 1 - i];
                dst[k++] = mid;
                for (unsigned i = 0; i < before; i++) dst[k++] = it[before - 1 - i];
            }
        }
    }
    root_pop(1);
    return r;
}

/* comparison ops of COMPARE_OP: result value, or V_ERR */
static Value compare(int op, Value a, Value b) {
    switch (op) {
    case CMPOP_IS: return v_from_bool(a == b);
    case CMPOP_IS_NOT: return v_from_bool(a != b);
    case CMPOP_IN: return obj_contains(b, a);
    case CMPOP_NOT_IN: {
        Value r = obj_contains(b, a);
        return r == V_ERR ? r : v_from_bool(r == V_FALSE);
    }
    default: return obj_binop(OPR_LT + op, a, b);
    }
}

static Value raise_name_error(Value name) { return exc_raise(&name_error_type, "name '%v' is not defined", name); }

static Value load_builtin(Value name) { return builtins_lookup(name); }

extern const BuiltinFn *const builtin_len_fn;

/* The Python function implementing special method q of v's class, when v
 * is a class instance and the method a plain Python function (then the
 * interpreter runs it as a frame of its own: operators on user classes do
 * not nest the C stack), else V_NULL. */
static Value py_dunder(Value v, uint32_t q) {
    if (!v_is_obj(v)) return V_NULL;
    const Type *t = obj_type_of_obj(v_to_ptr(v));
    if (!(t->flags & TF_HEAP)) return V_NULL;
    Value fn = type_heap_lookup(t, q);
    if (!obj_is(fn, &function_type) || (((Func *)v_to_ptr(fn))->code->bc.flags & CO_GENERATOR)) return V_NULL;
    return fn;
}

/* a op b may start with a's forward method, unless b's class is a proper
 * subclass of a's that must be asked first (CPython's rule) */
static Value forward_dunder(Value a, Value b, uint32_t q) {
    Value fn = py_dunder(a, q);
    if (fn == V_NULL) return fn;
    const Type *ta = obj_type(a), *tb = obj_type(b);
    if (tb != ta && (tb->flags & TF_HEAP) && type_is_sub(tb, ta)) return V_NULL;
    return fn;
}

static const uint16_t binop_dunder[OPR__ARITH] = {
    Q___add__, Q___sub__, Q___mul__, Q___truediv__, Q___floordiv__, Q___mod__, Q___pow__,
    Q___lshift__, Q___rshift__, Q___and__, Q___or__, Q___xor__, Q___matmul__,
};
static const uint16_t cmp_dunder[6] = {Q___lt__, Q___le__, Q___eq__, Q___ne__, Q___gt__, Q___ge__};

#if defined(__GNUC__)
#define USE_GOTO 1
#else
#define USE_GOTO 0
#endif

/* a op b for two qstrs, op <= CMPOP_GE, without a call.  Equal texts are
 * the same qstr (interning); the built-in qstrs are numbered in bytewise
 * text order (qstrs.py), which is code point order, so two of them compare
 * like their values; other pairs compare their texts. */
static inline int qstr_compare(int op, Value a, Value b) {
    int c;
    if (op == CMPOP_EQ) return a == b;
    if (op == CMPOP_NE) return a != b;
    if (v_to_qstr(a) < Q__COUNT && v_to_qstr(b) < Q__COUNT) c = (a > b) - (a < b);
    else c = str_cmp(a, b);
    switch (op) {
    case CMPOP_LT: return c < 0;
    case CMPOP_LE: return c <= 0;
    case CMPOP_GT: return c > 0;
    default: return c >= 0;
    }
}

static Value run(void) {
    Frame *f = vm.frame;
    const uint8_t *ip, *code0;
    Value *sp, *slots, *consts;
    const uint16_t *names;
    uint16_t *hints;
    Unit *unit;
    Value exc, yv;
    Value tmpv[4]; /* small argument arrays (one, to keep this frame small) */
    bool reraise = false;

#define LOAD_FRAME()                                                                                                    \
    do {                                                                                                                \
        unit = f->code->unit;                                                                                           \
        code0 = f->code->bc.bc;                                                                                         \
        ip = f->ip;                                                                                                     \
        sp = f->sp;                                                                                                     \
        slots = f->slots;                                                                                               \
        consts = unit->consts;                                                                                          \
        names = unit->names;                                                                                            \
        hints = unit->hints;                                                                                            \
    } while (0)
#define SAVE()                                                                                                          \
    do {                                                                                                                \
        f->ip = ip;                                                                                                     \
        f->sp = sp;                                                                                                     \
    } while (0)
/* runs fn(args[0..n)) as a frame finishing the current instruction */
#define CALL_DUNDER(fn, n, a0, a1)                                                                                      \
    do {                                                                                                                \
        tmpv[0] = (a0);                                                                                                 \
        tmpv[1] = (a1);                                                                                                 \
        SAVE();                                                                                                         \
        Frame *nf_ = push_call(v_to_ptr(fn), (ArgVec){tmpv, n, 0});                                                     \
        if (!nf_) goto error;                                                                                           \
        nf_->flags |= FR_DUNDER;                                                                                        \
        f = nf_;                                                                                                        \
        LOAD_FRAME();                                                                                                   \
        DISPATCH();                                                                                                     \
    } while (0)
#define U8(k) (ip[k])
#define U16(k) ((uint16_t)(ip[k] | (ip[(k) + 1] << 8)))
#define NAME(k) q_(names[U16(k)])
#define CHECK(v)                                                                                                        \
    do {                                                                                                                \
        if ((v) == V_ERR) goto error;                                                                                   \
    } while (0)

#if USE_GOTO
    /* opcodes are validated (bc_validate), so the table need not cover 256 */
    static const void *const labels[OP__COUNT] = {
#define X(name, fmt, pop, push, jpush, flow) [OP_##name] = &&L_##name,
        BC_OPCODES(X)
#undef X
    };
#define CASE(name) L_##name:
#define NEXT(n)                                                                                                         \
    do {                                                                                                                \
        ip += (n);                                                                                                      \
        goto *labels[*ip];                                                                                              \
    } while (0)
#define DISPATCH() goto *labels[*ip]
#else
#define CASE(name) case OP_##name:
#define NEXT(n)                                                                                                         \
    do {                                                                                                                \
        ip += (n);                                                                                                      \
        goto dispatch;                                                                                                  \
    } while (0)
#define DISPATCH() goto dispatch
#endif

    LOAD_FRAME();
    if (resume_throw != V_NULL) {
        /* a generator resumed by throw(): raise at its yield */
        Value e = resume_throw;
        resume_throw = V_NULL;
        exc_raise_value(e);
        goto error;
    }
    DISPATCH();

#if !USE_GOTO
dispatch:
    switch (*ip) {
#endif

    CASE(POP_TOP) {
        sp--;
        NEXT(1);
    }
    CASE(DUP_TOP) {
        sp[0] = sp[-1];
        sp++;
        NEXT(1);
    }
    CASE(DUP_TOP_TWO) {
        sp[0] = sp[-2];
        sp[1] = sp[-1];
        sp += 2;
        NEXT(1);
    }
    CASE(ROT_TWO) {
        Value t = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = t;
        NEXT(1);
    }
    CASE(ROT_THREE) {
        Value t = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = t;
        NEXT(1);
    }
    CASE(COPY) {
        sp[0] = sp[-(int)U8(1)];
        sp++;
        NEXT(2);
    }
    CASE(SWAP) {
        int n = U8(1);
        Value t = sp[-1];
        sp[-1] = sp[-n];
        sp[-n] = t;
        NEXT(2);
    }
    CASE(PUSH_NULL) {
        *sp++ = V_NULL;
        NEXT(1);
    }
    CASE(LOAD_NONE) {
        *sp++ = V_NONE;
        NEXT(1);
    }
    CASE(LOAD_FALSE) {
        *sp++ = V_FALSE;
        NEXT(1);
    }
    CASE(LOAD_TRUE) {
        *sp++ = V_TRUE;
        NEXT(1);
    }
    CASE(LOAD_INT) {
        *sp++ = v_from_int((int8_t)U8(1));
        NEXT(2);
    }
    CASE(LOAD_CONST) {
        Value v = consts[U16(1)];
        if (v == V_NULL) {
            SAVE();
            v = load_const(unit, U16(1));
            CHECK(v);
        }
        *sp++ = v;
        NEXT(3);
    }
    CASE(LOAD_NAME_STR) {
        *sp++ = NAME(1);
        NEXT(3);
    }
    CASE(LOAD_FAST) {
        Value v = slots[U8(1)];
        if (v == V_NULL) {
            SAVE();
            exc_raise(&unbound_local_error_type, "cannot access local variable '%q' where it is not associated with a value",
                      names[bc_slot_name(&f->code->bc, U8(1))]);
            goto error;
        }
        *sp++ = v;
        NEXT(2);
    }
    CASE(STORE_FAST) {
        slots[U8(1)] = *--sp;
        NEXT(2);
    }
    CASE(DELETE_FAST) {
        if (slots[U8(1)] == V_NULL) {
            SAVE();
            exc_raise(&unbound_local_error_type, "cannot access local variable '%q' where it is not associated with a value",
                      names[bc_slot_name(&f->code->bc, U8(1))]);
            goto error;
        }
        slots[U8(1)] = V_NULL;
        NEXT(2);
    }
    CASE(LOAD_DEREF) {
        Value v = ((Cell *)v_to_ptr(slots[U8(1)]))->v;
        if (v == V_NULL) {
            SAVE();
            unsigned s = U8(1);
            uint32_t q = names[bc_slot_name(&f->code->bc, s)];
            if (s < (unsigned)f->code->bc.nlocals + f->code->bc.ncells)
                exc_raise(&unbound_local_error_type, "cannot access local variable '%q' where it is not associated with a value", q);
            else
                exc_raise(&name_error_type, "cannot access free variable '%q' where it is not associated with a value in enclosing scope", q);
            goto error;
        }
        *sp++ = v;
        NEXT(2);
    }
    CASE(STORE_DEREF) {
        ((Cell *)v_to_ptr(slots[U8(1)]))->v = *--sp;
        NEXT(2);
    }
    CASE(DELETE_DEREF) {
        Cell *c = v_to_ptr(slots[U8(1)]);
        if (c->v == V_NULL) {
            SAVE();
            exc_raise(&name_error_type, "cannot access free variable '%q' where it is not associated with a value in enclosing scope",
                      names[bc_slot_name(&f->code->bc, U8(1))]);
            goto error;
        }
        c->v = V_NULL;
        NEXT(2);
    }
    CASE(LOAD_CLOSURE) {
        *sp++ = slots[U8(1)];
        NEXT(2);
    }
    CASE(LOAD_CLASSDEREF) {
        SAVE();
        Value name = q_(names[bc_slot_name(&f->code->bc, U8(1))]);
        Value v = dict_get(slots[0], name);
        CHECK(v);
        if (v == V_NULL) {
            v = ((Cell *)v_to_ptr(slots[U8(1)]))->v;
            if (v == V_NULL) {
                exc_raise(&name_error_type, "cannot access free variable '%v' where it is not associated with a value in enclosing scope", name);
                goto error;
            }
        }
        *sp++ = v;
        NEXT(2);
    }
    CASE(LOAD_GLOBAL) {
        unsigned k = U16(1);
        Value name = q_(names[k]);
        DictCore *gd = &dict_p(f->globals)->d;
        /* fast path: the entry this site found last time (deleted
         * entries have key V_NULL, so a stale hint just misses) */
        if (hints[k] < gd->used && dc_entries(gd)[hints[k]].key == name) {
            *sp++ = dc_entries(gd)[hints[k]].val;
            NEXT(3);
        }
        Value v = dc_get_q(gd, name, &hints[k]);
        if (v == V_NULL) {
            v = load_builtin(name);
            if (v == V_NULL) {
                SAVE();
                raise_name_error(name);
                goto error;
            }
        }
        *sp++ = v;
        NEXT(3);
    }
    CASE(STORE_GLOBAL) {
        unsigned k = U16(1);
        Value name = q_(names[k]);
        DictCore *gd = &dict_p(f->globals)->d;
        if (hints[k] < gd->used && dc_entries(gd)[hints[k]].key == name) {
            dc_entries(gd)[hints[k]].val = sp[-1];
            sp--;
            NEXT(3);
        }
        SAVE();
        if (dict_set(f->globals, name, sp[-1]) < 0) goto error;
        /* dict_set may have moved the entries: look the new place up */
        dc_get_q(&dict_p(f->globals)->d, name, &hints[k]);
        sp--;
        NEXT(3);
    }
    CASE(DELETE_GLOBAL) {
        SAVE();
        Value r = dc_del(&dict_p(f->globals)->d, NAME(1));
        CHECK(r);
        if (r == V_NULL) {
            raise_name_error(NAME(1));
            goto error;
        }
        NEXT(3);
    }
    CASE(LOAD_NAME) {
        SAVE();
        Value name = NAME(1);
        Value v = dict_get(slots[0], name);
        CHECK(v);
        if (v == V_NULL) v = dc_get_q(&dict_p(f->globals)->d, name, &hints[U16(1)]);
        if (v == V_NULL) v = load_builtin(name);
        if (v == V_NULL) {
            raise_name_error(name);
            goto error;
        }
        *sp++ = v;
        NEXT(3);
    }
    CASE(STORE_NAME) {
        SAVE();
        if (dict_set(slots[0], NAME(1), sp[-1]) < 0) goto error;
        sp--;
        NEXT(3);
    }
    CASE(DELETE_NAME) {
        SAVE();
        Value r = dc_del(&dict_p(slots[0])->d, NAME(1));
        CHECK(r);
        if (r == V_NULL) {
            raise_name_error(NAME(1));
            goto error;
        }
        NEXT(3);
    }
    CASE(LOAD_ATTR) {
        unsigned k = U16(1);
        Value o = sp[-1];
        if (v_is_obj(o)) {
            const Type *t = obj_type_of_obj(v_to_ptr(o));
            if ((t->flags & (TF_INST | TF_HAS_DESCR)) == TF_INST) {
                DictCore *d = &((Inst *)v_to_ptr(o))->attrs;
                uint16_t h = hints[k];
                if (h < d->used && dc_entries(d)[h].key == q_(names[k])) {
                    sp[-1] = dc_entries(d)[h].val;
                    NEXT(3);
                }
            }
        }
        SAVE();
        Value v = obj_getattr_hint(o, q_(names[k]), &hints[k]);
        if (v == V_NULL) v = attr_error(o, q_(names[k]));
        CHECK(v);
        sp[-1] = v;
        NEXT(3);
    }
    CASE(LOAD_FAST_LOAD_ATTR) {
        Value o = slots[U8(1)];
        if (o == V_NULL) {
            SAVE();
            exc_raise(&unbound_local_error_type, "cannot access local variable '%q' where it is not associated with a value",
                      names[bc_slot_name(&f->code->bc, U8(1))]);
            goto error;
        }
        unsigned k = U16(2);
        Value name = q_(names[k]);
        /* fast path: an attribute in a class instance's own dict */
        if (v_is_obj(o)) {
            const Type *t = obj_type_of_obj(v_to_ptr(o));
            if ((t->flags & (TF_INST | TF_HAS_DESCR)) == TF_INST) {
                DictCore *d = &((Inst *)v_to_ptr(o))->attrs;
                uint16_t h = hints[k];
                if (h < d->used && dc_entries(d)[h].key == name) {
                    *sp++ = dc_entries(d)[h].val;
                    NEXT(4);
                }
            }
        }
        SAVE();
        *sp++ = o;
        Value v = obj_getattr_hint(o, name, &hints[k]);
        if (v == V_NULL) v = attr_error(o, name);
        CHECK(v);
        sp[-1] = v;
        NEXT(4);
    }
    CASE(STORE_ATTR) {
        Value o = sp[-1];
        unsigned k = U16(1);
        /* fast path: replacing an attribute of a plain class instance */
        if (v_is_obj(o)) {
            const Type *t = obj_type_of_obj(v_to_ptr(o));
            if ((t->flags & (TF_INST | TF_HAS_DESCR | TF_HAS_SETATTR)) == TF_INST) {
                DictCore *d = &((Inst *)v_to_ptr(o))->attrs;
                uint16_t h = hints[k];
                if (h < d->used && dc_entries(d)[h].key == q_(names[k])) {
                    dc_entries(d)[h].val = sp[-2];
                    sp -= 2;
                    NEXT(3);
                }
                /* a new attribute at the end of the table, where this site
                 * put it on the last instance (typical of __init__): no
                 * allocation when class_alloc made room (Type.inst_attrs) */
                if (h == d->used && dc_append_q(d, q_(names[k]), sp[-2])) {
                    if (d->len > t->inst_attrs) ((Type *)t)->inst_attrs = d->len;
                    sp -= 2;
                    NEXT(3);
                }
            }
        }
        SAVE();
        if (obj_setattr_hint(o, q_(names[k]), sp[-2], &hints[k]) < 0) goto error;
        sp -= 2;
        NEXT(3);
    }
    CASE(DELETE_ATTR) {
        SAVE();
        if (obj_setattr(sp[-1], NAME(1), V_DELETE) < 0) goto error;
        sp--;
        NEXT(3);
    }
    CASE(LOAD_METHOD) {
        SAVE();
        unsigned k = U16(1);
        Value self;
        Value m = obj_getmethod_hint(sp[-1], q_(names[k]), &self, &hints[k]);
        CHECK(m);
        sp[-1] = m;
        *sp++ = self;
        NEXT(3);
    }
    CASE(BINARY_SUBSCR) {
        Value o = sp[-2], key = sp[-1];
        if (v_is_int(key) && v_is_obj(o)) {
            const Type *t = obj_type_of_obj(v_to_ptr(o));
            intptr_t i = v_to_int(key);
            if (t == &list_type) {
                List *l = v_to_ptr(o);
                if (i < 0) i += l->len;
                if (i >= 0 && i < (intptr_t)l->len) {
                    sp[-2] = ((Value *)l->v.ptr)[i];
                    sp--;
                    NEXT(1);
                }
            } else if (t == &tuple_type) {
                Tuple *tu = v_to_ptr(o);
                if (i < 0) i += tu->len;
                if (i >= 0 && i < (intptr_t)tu->len) {
                    sp[-2] = tu->items[i];
                    sp--;
                    NEXT(1);
                }
            }
        } else if (v_is_int(key) && v_is_qstr(o)) {
            /* s[i] of an interned string whose first i+1 bytes are ASCII
             * (then byte i is character i): the one-character qstr */
            size_t n;
            const char *txt = qstr_str(v_to_qstr(o), &n);
            intptr_t i = v_to_int(key);
            if (i >= 0 && (size_t)i < n && i < 32) {
                intptr_t j = 0;
                while (j <= i && (unsigned char)txt[j] < 0x80) j++;
                Value cv = j > i ? qstr_char_value((unsigned char)txt[i]) : 0;
                if (cv) {
                    sp[-2] = cv;
                    sp--;
                    NEXT(1);
                }
            }
        }
        {
            Value fn = py_dunder(o, Q___getitem__);
            if (fn != V_NULL) CALL_DUNDER(fn, 2, o, key);
        }
        SAVE();
        Value v = obj_getitem(o, key);
        CHECK(v);
        sp[-2] = v;
        sp--;
        NEXT(1);
    }
    CASE(STORE_SUBSCR) {
        Value o = sp[-2], key = sp[-1];
        if (v_is_int(key) && obj_is(o, &list_type)) {
            List *l = v_to_ptr(o);
            intptr_t i = v_to_int(key);
            if (i < 0) i += l->len;
            if (i >= 0 && i < (intptr_t)l->len) {
                ((Value *)l->v.ptr)[i] = sp[-3];
                sp -= 3;
                NEXT(1);
            }
        }
        SAVE();
        if (obj_setitem(o, key, sp[-3]) < 0) goto error;
        sp -= 3;
        NEXT(1);
    }
    CASE(DELETE_SUBSCR) {
        SAVE();
        if (obj_setitem(sp[-2], sp[-1], V_DELETE) < 0) goto error;
        sp -= 2;
        NEXT(1);
    }
    CASE(BINARY_SLICE) {
        SAVE();
        Value sl = slice_new(sp[-2], sp[-1], V_NONE);
        CHECK(sl);
        sp[-2] = sl; /* keeps it rooted */
        Value v = obj_getitem(sp[-3], sl);
        CHECK(v);
        sp -= 2;
        sp[-1] = v;
        NEXT(1);
    }
    CASE(STORE_SLICE) {
        SAVE();
        Value sl = slice_new(sp[-2], sp[-1], V_NONE);
        CHECK(sl);
        sp[-2] = sl;
        if (obj_setitem(sp[-3], sl, sp[-4]) < 0) goto error;
        sp -= 4;
        NEXT(1);
    }
    CASE(BUILD_SLICE) {
        SAVE();
        int n = U8(1);
        Value sl = n == 3 ? slice_new(sp[-3], sp[-2], sp[-1]) : slice_new(sp[-2], sp[-1], V_NONE);
        CHECK(sl);
        sp -= n - 1;
        sp[-1] = sl;
        NEXT(2);
    }
    CASE(UNARY_OP) {
        Value a = sp[-1];
        int op = U8(1);
        if (v_is_int(a) && op == UNARYOP_NEGATIVE && a != v_from_int(SMALL_INT_MIN)) {
            sp[-1] = v_from_int(-v_to_int(a));
            NEXT(2);
        }
        SAVE();
        Value r = obj_unop(unop_map[op], a);
        CHECK(r);
        sp[-1] = r;
        NEXT(2);
    }
    CASE(UNARY_NOT) {
        Value a = sp[-1];
        if (a == V_TRUE || a == V_FALSE) {
            sp[-1] = a == V_TRUE ? V_FALSE : V_TRUE;
            NEXT(1);
        }
        SAVE();
        int t = obj_truth(a);
        if (t < 0) goto error;
        sp[-1] = v_from_bool(!t);
        NEXT(1);
    }
    CASE(BINARY_OP) {
        Value a = sp[-2], b = sp[-1];
        int op = U8(1);
        if (v_is_int(a) && v_is_int(b)) {
            intptr_t x = v_to_int(a), y = v_to_int(b), r;
            switch (op) {
            case BINOP_ADD:
            case BINOP_INPLACE + BINOP_ADD:
                r = x + y;
                goto small_result;
            case BINOP_SUBTRACT:
            case BINOP_INPLACE + BINOP_SUBTRACT:
                r = x - y;
                goto small_result;
            case BINOP_MULTIPLY:
            case BINOP_INPLACE + BINOP_MULTIPLY:
                if (__builtin_mul_overflow(x, y, &r)) break;
                goto small_result;
            case BINOP_AND:
            case BINOP_INPLACE + BINOP_AND:
                r = x & y;
                goto small_result;
            case BINOP_OR:
            case BINOP_INPLACE + BINOP_OR:
                r = x | y;
                goto small_result;
            case BINOP_XOR:
            case BINOP_INPLACE + BINOP_XOR:
                r = x ^ y;
                goto small_result;
            case BINOP_FLOOR_DIVIDE:
            case BINOP_INPLACE + BINOP_FLOOR_DIVIDE:
                if (y <= 0) break;
                r = x / y;
                if (x % y && x < 0) r--;
                goto small_result;
            case BINOP_REMAINDER:
            case BINOP_INPLACE + BINOP_REMAINDER:
                if (y <= 0) break;
                r = x % y;
                if (r < 0) r += y;
                goto small_result;
            default: break;
            }
            goto slow_binop;
        small_result:
            if (v_fits_int(r)) {
                sp[-2] = v_from_int(r);
                sp--;
                NEXT(2);
            }
        }
#if MONTY_FLOAT
        if (v_is_obj(a) && v_is_obj(b) && obj_type_of_obj(v_to_ptr(a)) == &float_type &&
            obj_type_of_obj(v_to_ptr(b)) == &float_type) {
            SAVE();
            int o = op >= BINOP_INPLACE ? binop_map[op - BINOP_INPLACE] : binop_map[op];
            Value r = float_op(o, float_get(a), float_get(b));
            CHECK(r);
            sp[-2] = r;
            sp--;
            NEXT(2);
        }
#endif
    slow_binop:
        if (op < BINOP_INPLACE) {
            Value fn = forward_dunder(a, b, binop_dunder[binop_map[op]]);
            if (fn != V_NULL) CALL_DUNDER(fn, 2, a, b);
        }
        SAVE();
        {
            int o = op >= BINOP_INPLACE ? (binop_map[op - BINOP_INPLACE] | OPR_INPLACE) : binop_map[op];
            Value r = obj_binop(o, a, b);
            CHECK(r);
            sp[-2] = r;
            sp--;
        }
        NEXT(2);
    }
    CASE(COMPARE_OP) {
        Value a = sp[-2], b = sp[-1];
        int op = U8(1);
        Value r;
        if (v_is_int(a) && v_is_int(b) && op <= CMPOP_GE) {
            intptr_t x = (intptr_t)a, y = (intptr_t)b;
            switch (op) {
            case CMPOP_LT: r = v_from_bool(x < y); break;
            case CMPOP_LE: r = v_from_bool(x <= y); break;
            case CMPOP_EQ: r = v_from_bool(x == y); break;
            case CMPOP_NE: r = v_from_bool(x != y); break;
            case CMPOP_GT: r = v_from_bool(x > y); break;
            default: r = v_from_bool(x >= y); break;
            }
        } else if (v_is_qstr(a) && v_is_qstr(b) && op <= CMPOP_GE) {
            r = v_from_bool(qstr_compare(op, a, b));
        } else if (op == CMPOP_IS || op == CMPOP_IS_NOT) {
            r = v_from_bool((a == b) == (op == CMPOP_IS));
        } else {
            if (op <= CMPOP_GE) {
                Value fn = forward_dunder(a, b, cmp_dunder[op]);
                if (fn != V_NULL) CALL_DUNDER(fn, 2, a, b);
            }
            SAVE();
            r = compare(op, a, b);
            CHECK(r);
        }
        sp[-2] = r;
        sp--;
        NEXT(2);
    }
    CASE(COMPARE_JUMP_IF_FALSE) {
        Value a = sp[-2], b = sp[-1];
        int op = U8(1);
        int t;
        if (v_is_int(a) && v_is_int(b) && op <= CMPOP_GE) {
            intptr_t x = (intptr_t)a, y = (intptr_t)b;
            switch (op) {
            case CMPOP_LT: t = x < y; break;
            case CMPOP_LE: t = x <= y; break;
            case CMPOP_EQ: t = x == y; break;
            case CMPOP_NE: t = x != y; break;
            case CMPOP_GT: t = x > y; break;
            default: t = x >= y; break;
            }
        } else if (v_is_qstr(a) && v_is_qstr(b) && op <= CMPOP_GE) {
            t = qstr_compare(op, a, b);
        } else if (op == CMPOP_IS || op == CMPOP_IS_NOT) {
            t = (a == b) == (op == CMPOP_IS);
        }
#if MONTY_FLOAT
        else if (op <= CMPOP_GE && v_is_obj(a) && v_is_obj(b) && obj_type_of_obj(v_to_ptr(a)) == &float_type &&
                 obj_type_of_obj(v_to_ptr(b)) == &float_type) {
            double x = float_get(a), y = float_get(b);
            switch (op) {
            case CMPOP_LT: t = x < y; break;
            case CMPOP_LE: t = x <= y; break;
            case CMPOP_EQ: t = x == y; break;
            case CMPOP_NE: t = x != y; break;
            case CMPOP_GT: t = x > y; break;
            default: t = x >= y; break;
            }
        }
#endif
        else {
            if (op <= CMPOP_GE) {
                Value fn = forward_dunder(a, b, cmp_dunder[op]);
                if (fn != V_NULL) CALL_DUNDER(fn, 2, a, b);
            }
            SAVE();
            Value r = compare(op, a, b);
            CHECK(r);
            if (r == V_TRUE) t = 1;
            else if (r == V_FALSE) t = 0;
            else {
                sp[-2] = r; /* keep it rooted while testing */
                t = obj_truth(r);
                if (t < 0) goto error;
            }
        }
        sp -= 2;
        if (!t) {
            ip = code0 + U16(2);
            DISPATCH();
        }
        NEXT(4);
    }
    CASE(JUMP) {
        ip = code0 + U16(1);
        DISPATCH();
    }
    CASE(JUMP_BACK) {
        /* a safe point on every loop iteration: collecting early keeps
         * object space shallow, so long-lived objects allocated later do
         * not pin it low and vectors keep room to grow */
        SAVE();
        gc_check();
        if (--vm.poll == 0 && poll_host() < 0) goto error;
        ip = code0 + U16(1);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_FALSE) {
        Value a = *--sp;
        int t;
        if (a == V_FALSE) t = 0;
        else if (a == V_TRUE) t = 1;
        else {
            sp++;
            SAVE();
            t = obj_truth(a);
            if (t < 0) goto error;
            sp--;
        }
        if (!t) {
            ip = code0 + U16(1);
            DISPATCH();
        }
        NEXT(3);
    }
    CASE(POP_JUMP_IF_TRUE) {
        Value a = *--sp;
        int t;
        if (a == V_FALSE) t = 0;
        else if (a == V_TRUE) t = 1;
        else {
            sp++;
            SAVE();
            t = obj_truth(a);
            if (t < 0) goto error;
            sp--;
        }
        if (t) {
            ip = code0 + U16(1);
            DISPATCH();
        }
        NEXT(3);
    }
    CASE(JUMP_IF_FALSE_OR_POP) {
        SAVE();
        int t = obj_truth(sp[-1]);
        if (t < 0) goto error;
        if (!t) {
            ip = code0 + U16(1);
            DISPATCH();
        }
        sp--;
        NEXT(3);
    }
    CASE(JUMP_IF_TRUE_OR_POP) {
        SAVE();
        int t = obj_truth(sp[-1]);
        if (t < 0) goto error;
        if (t) {
            ip = code0 + U16(1);
            DISPATCH();
        }
        sp--;
        NEXT(3);
    }
    CASE(GET_ITER) {
        SAVE();
        Value o = sp[-1];
        Value it;
        if (obj_is(o, &range_type)) {
            Range *r = v_to_ptr(o);
            it = rangeiter_new(r->start, r->stop, r->step);
        } else {
            it = obj_iter(o);
        }
        CHECK(it);
        sp[-1] = it;
        NEXT(1);
    }
    CASE(FOR_ITER) {
        Value it = sp[-1];
        const Type *t = obj_type(it);
        Value v;
        if (t == &rangeiter_type) {
            RangeIter *r = v_to_ptr(it);
            if (r->step > 0 ? r->cur < r->stop : r->cur > r->stop) {
                *sp++ = v_from_int(r->cur);
                r->cur += r->step;
                NEXT(3);
            }
            v = V_NULL;
        } else if (t == &gen_type) {
            Gen *g = v_to_ptr(it);
            if (g->state == GEN_DONE) {
                v = V_NULL;
            } else {
                if (g->state == GEN_RUNNING) {
                    SAVE();
                    exc_raise(&value_error_type, "generator already executing");
                    goto error;
                }
                if (vm.depth >= MONTY_RECURSION_LIMIT) {
                    SAVE();
                    exc_raise(&recursion_error_type, "maximum recursion depth exceeded");
                    goto error;
                }
                /* resume the generator in this loop */
                SAVE();
                f = gen_enter(g, f, FR_FOR, V_NONE, false);
                LOAD_FRAME();
                DISPATCH();
            }
        } else {
            SAVE();
            v = obj_next(it);
            CHECK(v);
        }
        if (v == V_NULL) {
            sp--;
            ip = code0 + U16(1);
            DISPATCH();
        }
        *sp++ = v;
        NEXT(3);
    }
    CASE(BUILD_TUPLE)
    CASE(BUILD_LIST) {
        SAVE();
        int n = U8(1);
        Value t = *ip == OP_BUILD_TUPLE ? tuple_new((size_t)n, sp - n) : list_new((size_t)n, sp - n);
        CHECK(t);
        sp -= n;
        *sp++ = t;
        NEXT(2);
    }
    CASE(BUILD_SET) {
        SAVE();
        int n = U8(1);
        Value s = set_new(&set_type);
        CHECK(s);
        *sp++ = s; /* rooted while filling */
        f->sp = sp;
        for (int i = 0; i < n; i++)
            if (set_add(s, sp[-1 - n + i]) < 0) goto error;
        sp -= n + 1;
        *sp++ = s;
        NEXT(2);
    }
    CASE(BUILD_MAP) {
        SAVE();
        int n = U8(1);
        Value d = dict_new();
        CHECK(d);
        *sp++ = d;
        f->sp = sp;
        for (int i = 0; i < n; i++)
            if (dict_set(d, sp[-1 - 2 * n + 2 * i], sp[-1 - 2 * n + 2 * i + 1]) < 0) goto error;
        sp -= 2 * n + 1;
        *sp++ = d;
        NEXT(2);
    }
    CASE(BUILD_STRING) {
        SAVE();
        int n = U8(1);
        size_t total = 0;
        for (int i = 0; i < n; i++) {
            size_t len;
            if (!str_data(sp[-n + i], &len)) {
                exc_raise(&type_error_type, "BUILD_STRING needs strs");
                goto error;
            }
            total += len;
        }
        char *d;
        Value s = str_new_raw(total, &d);
        CHECK(s);
        for (int i = 0; i < n; i++) {
            size_t len;
            const char *p = str_data(sp[-n + i], &len);
            memcpy(d, p, len);
            d += len;
        }
        s = str_intern_small(s);
        CHECK(s);
        sp -= n;
        *sp++ = s;
        NEXT(2);
    }
    CASE(LIST_APPEND) {
        SAVE();
        Value v = sp[-1];
        if (list_append(sp[-1 - U8(1)], v) < 0) goto error;
        sp--;
        NEXT(2);
    }
    CASE(SET_ADD) {
        SAVE();
        if (set_add(sp[-1 - U8(1)], sp[-1]) < 0) goto error;
        sp--;
        NEXT(2);
    }
    CASE(MAP_ADD) {
        SAVE();
        if (dict_set(sp[-2 - U8(1)], sp[-2], sp[-1]) < 0) goto error;
        sp -= 2;
        NEXT(2);
    }
    CASE(LIST_EXTEND) {
        SAVE();
        Value src = sp[-1];
        if (list_extend(sp[-1 - U8(1)], src) < 0) {
            if (obj_isinstance(exc_peek(), &type_error_type) && obj_type(src)->iter == NULL && !(obj_type(src)->flags & TF_ITERSELF) &&
                !obj_type(src)->subscr) {
                exc_take();
                exc_raise(&type_error_type, "Value after * must be an iterable, not %s", obj_type_name(src));
            }
            goto error;
        }
        sp--;
        NEXT(2);
    }
    CASE(SET_UPDATE) {
        SAVE();
        tmpv[0] = sp[-1 - U8(1)];
        tmpv[1] = sp[-1];
        Value *args = tmpv;
        Value it = obj_iter(args[1]);
        CHECK(it);
        *sp++ = it;
        f->sp = sp;
        for (;;) {
            Value x = obj_next(it);
            if (x == V_NULL) break;
            CHECK(x);
            if (set_add(args[0], x) < 0) goto error;
        }
        sp -= 2;
        NEXT(2);
    }
    CASE(DICT_UPDATE) {
        SAVE();
        Value m = sp[-1];
        if (dict_update(sp[-1 - U8(1)], m) < 0) {
            if (obj_isinstance(exc_peek(), &type_error_type) && !obj_isinstance(m, &dict_type)) {
                exc_take();
                exc_raise(&type_error_type, "'%s' object is not a mapping", obj_type_name(m));
            }
            goto error;
        }
        sp--;
        NEXT(2);
    }
    CASE(DICT_MERGE) {
        SAVE();
        Value d = sp[-1 - U8(1)], m = sp[-1];
        if (!obj_isinstance(m, &dict_type)) {
            Value keys = obj_getattr_opt(m, QV(keys));
            CHECK(keys);
            if (keys == V_NULL) {
                exc_raise(&type_error_type, "argument after ** must be a mapping, not %s", obj_type_name(m));
                goto error;
            }
            Value dm = dict_new();
            CHECK(dm);
            *sp++ = dm;
            f->sp = sp;
            if (dict_update(dm, m) < 0) goto error;
            sp--;
            m = dm;
            sp[-1] = m;
        }
        size_t pos = 0;
        DictEntry *e;
        while (dc_next(&dict_p(m)->d, &pos, &e)) {
            Value k = e->key, v = e->val;
            Value old = dict_get(d, k);
            CHECK(old);
            if (old != V_NULL) {
                exc_raise(&type_error_type, "got multiple values for keyword argument '%v'", k);
                goto error;
            }
            if (dict_set(d, k, v) < 0) goto error;
        }
        sp--;
        NEXT(2);
    }
    CASE(LIST_TO_TUPLE) {
        SAVE();
        Value t = tuple_from_iter(sp[-1]);
        CHECK(t);
        sp[-1] = t;
        NEXT(1);
    }
    CASE(UNPACK_SEQUENCE) {
        unsigned n = U8(1);
        Value seq = sp[-1];
        if (v_is_obj(seq)) {
            const Type *t = obj_type_of_obj(v_to_ptr(seq));
            if (t == &tuple_type || t == &list_type) {
                size_t len;
                const Value *items = seq_items(seq, &len);
                if (len == n) {
                    sp--;
                    for (unsigned i = 0; i < n; i++) sp[i] = items[n - 1 - i];
                    sp += n;
                    NEXT(2);
                }
            }
        }
        SAVE();
        /* straight into the stack (its size is verified): writes happen
         * after the last allocation */
        Value r = unpack_iter(seq, sp - 1, n, 0, false);
        CHECK(r);
        sp += n - 1;
        NEXT(2);
    }
    CASE(UNPACK_EX) {
        SAVE();
        unsigned a = U8(1), b = U8(2);
        Value r = unpack_iter(sp[-1], sp - 1, a, b, true);
        CHECK(r);
        sp += a + b;
        NEXT(3);
    }
    CASE(FORMAT_VALUE) {
        SAVE();
        int fl = U8(1);
        Value spec = (fl & FMT_HAVE_SPEC) ? sp[-1] : V_NULL;
        Value *vp = (fl & FMT_HAVE_SPEC) ? &sp[-2] : &sp[-1];
        Value v = *vp;
        switch (fl & FMT_CONV_MASK) {
        case FMT_CONV_STR: v = obj_str(v); break;
        case FMT_CONV_REPR: v = obj_repr(v); break;
        case FMT_CONV_ASCII: v = builtin_ascii_of(v); break;
        default: break;
        }
        CHECK(v);
        *vp = v;
        if (spec == V_NULL && str_is(v) && (v_is_qstr(v) || obj_is(v, &str_type))) {
            NEXT(2);
        }
        Value r = format_value(v, spec == V_NULL ? QV(empty) : spec);
        CHECK(r);
        if (fl & FMT_HAVE_SPEC) sp--;
        sp[-1] = r;
        NEXT(2);
    }

    /* ---- calls ---- */
    {
        Value *fslot;   /* the callable's slot: the result goes here */
        Value *view;    /* first argument */
        unsigned nargs, nkw;
        Value callee;
        unsigned isize;

    CASE(CALL) {
        nargs = U8(1);
        nkw = 0;
        fslot = sp - nargs - 1;
        view = fslot + 1;
        isize = 2;
        goto do_call;
    }
    CASE(CALL_KW) {
        nargs = U8(1);
        nkw = U8(2);
        fslot = sp - nargs - 2 * nkw - 1;
        view = fslot + 1;
        isize = 3;
        goto do_call;
    }
    CASE(CALL_METHOD) {
        nargs = U8(1);
        nkw = 0;
        isize = 2;
        fslot = sp - nargs - 2;
        goto do_call_method;
    }
    CASE(CALL_METHOD_KW) {
        nargs = U8(1);
        nkw = U8(2);
        isize = 3;
        fslot = sp - nargs - 2 * nkw - 2;
    do_call_method:
        if (fslot[1] != V_NULL) {
            view = fslot + 1;
            nargs++;
        } else {
            view = fslot + 2;
        }
        goto do_call;
    }
    CASE(CALL_EX) {
        SAVE();
        /* [f, self_or_NULL, args, kwargs_or_NULL]: spread into a fresh
         * tuple so the ArgVec is contiguous */
        Value fn = sp[-4], self = sp[-3], args = sp[-2], kw = sp[-1];
        Value t = args;
        if (!obj_is(t, &tuple_type)) {
            t = tuple_from_iter(t);
            CHECK(t);
            sp[-2] = t;
        }
        size_t np = tuple_p(t)->len + (self != V_NULL);
        size_t nk = kw == V_NULL ? 0 : dict_p(kw)->d.len;
        if (np > 0xFFFF || nk > 0xFFFF) {
            exc_raise(&type_error_type, "too many arguments");
            goto error;
        }
        Value buf = tuple_new(np + 2 * nk, NULL);
        CHECK(buf);
        sp[-3] = V_NULL;
        Value *items = tuple_p(buf)->items;
        size_t k = 0;
        if (self != V_NULL) items[k++] = self;
        vcopy(items + k, tuple_p(t)->items, tuple_p(t)->len);
        k += tuple_p(t)->len;
        if (nk) {
            size_t pos = 0;
            DictEntry *e;
            while (dc_next(&dict_p(kw)->d, &pos, &e)) {
                if (!str_is(e->key)) {
                    exc_raise(&type_error_type, "keywords must be strings");
                    goto error;
                }
                items[k++] = e->key;
                items[k++] = e->val;
            }
        }
        sp[-2] = buf; /* rooted */
        sp[-1] = V_NULL;
        callee = fn;
        if (obj_is(callee, &function_type)) {
            Func *fnp = v_to_ptr(callee);
            if (!(fnp->code->bc.flags & CO_GENERATOR)) {
                /* buf stays on the stack (rooted) while binding copies from it */
                Frame *nf = push_call(fnp, (ArgVec){items, (uint16_t)np, (uint16_t)nk});
                if (!nf) goto error;
                f->sp = sp - 3;
                f->ip = ip;
                f = nf;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        Value r = call_value(callee, items, (unsigned)np, (unsigned)nk);
        CHECK(r);
        sp -= 3;
        sp[-1] = r;
        NEXT(1);
    }

    do_call:
        callee = *fslot;
        SAVE();
        if (--vm.poll == 0 && poll_host() < 0) goto error;
        if (v_is_obj(callee)) {
            const Type *t = obj_type_of_obj(v_to_ptr(callee));
            if (t == &method_type) {
                Method *m = v_to_ptr(callee);
                if (view == fslot + 1) {
                    /* CALL: self replaces the method in the callable slot;
                     * the function stays rooted as a temporary root */
                    *fslot = m->self;
                    view = fslot;
                } else {
                    /* CALL_METHOD with a NULL self slot */
                    fslot[1] = m->self;
                    view = fslot + 1;
                }
                nargs++;
                callee = m->func;
                if (!v_is_obj(callee)) goto generic_call;
                t = obj_type_of_obj(v_to_ptr(callee));
                if (t != &function_type) {
                    root_push(v_to_ptr(callee));
                    Value r = obj_call(callee, (ArgVec){view, (uint16_t)nargs, (uint16_t)nkw});
                    root_pop(1);
                    CHECK(r);
                    *fslot = r;
                    sp = fslot + 1;
                    NEXT(isize);
                }
            }
            if (t == &function_type) {
                Func *fn = v_to_ptr(callee);
                if (fn->code->bc.flags & CO_GENERATOR) {
                    Value g = gen_new(fn, (ArgVec){view, (uint16_t)nargs, (uint16_t)nkw});
                    CHECK(g);
                    *fslot = g;
                    sp = fslot + 1;
                    NEXT(isize);
                }
                Frame *nf = push_call(fn, (ArgVec){view, (uint16_t)nargs, (uint16_t)nkw});
                if (!nf) goto error;
                f->sp = fslot + 1;
                f = nf;
                LOAD_FRAME();
                DISPATCH();
            }
            if (t == &builtin_type) {
                if (callee == V(builtin_len_fn) && nargs == 1 && !nkw && view == fslot + 1 && *ip == OP_CALL) {
                    Value fn = py_dunder(view[0], Q___len__);
                    if (fn != V_NULL) CALL_DUNDER(fn, 1, view[0], V_NONE);
                }
                const BuiltinFn *bf = v_to_ptr(callee);
                Value r;
                /* arguments that builtin_call would accept go straight in
                 * (it only adds the count and keyword checks) */
                if (!nkw && nargs >= bf->min && (nargs <= bf->max || (bf->flags & BF_VAR)))
                    r = bf->fn((ArgVec){view, (uint16_t)nargs, 0});
                else
                    r = obj_call(callee, (ArgVec){view, (uint16_t)nargs, (uint16_t)nkw});
                CHECK(r);
                *fslot = r;
                sp = fslot + 1;
                NEXT(isize);
            }
            /* `for x in range(...)`: CALL range then GET_ITER makes the
             * iterator at once, without the range object */
            if (callee == V(&range_type) && !nkw && nargs >= 1 && nargs <= 2 && ip[isize] == OP_GET_ITER &&
                v_is_int(view[0]) && (nargs == 1 || v_is_int(view[1]))) {
                intptr_t a0 = v_to_int(view[0]);
                Value r = nargs == 1 ? rangeiter_new(0, a0, 1) : rangeiter_new(a0, v_to_int(view[1]), 1);
                CHECK(r);
                *fslot = r;
                sp = fslot + 1;
                NEXT(isize + 1);
            }
            if (t == &type_type && (((Type *)v_to_ptr(callee))->flags & TF_HEAP) &&
                ((Type *)v_to_ptr(callee))->inst_size != sizeof(Type)) {
                /* class instantiation: __init__ runs as a frame of this loop */
                const Type *cls = v_to_ptr(callee);
                Value inst = class_alloc(cls, (ArgVec){view, (uint16_t)nargs, (uint16_t)nkw});
                CHECK(inst);
                Value initf = class_init_func(cls);
                if (!obj_isinstance(inst, cls) || initf == V_NULL || obj_type(initf) != &function_type ||
                    (((Func *)v_to_ptr(initf))->code->bc.flags & CO_GENERATOR)) {
                    if (initf == V_NULL || !obj_isinstance(inst, cls)) {
                        if (initf == V_NULL && (cls->flags & (TF_NATIVE | TF_EXC)) == 0 && (nargs || nkw)) {
                            Value nf = type_lookup(cls, QV(__new__));
                            if (obj_type(nf) == &builtin_type) {
                                exc_raise(&type_error_type, "%q() takes no arguments", cls->name);
                                goto error;
                            }
                        }
                        *fslot = inst;
                        sp = fslot + 1;
                        NEXT(isize);
                    }
                    /* a non-Python __init__: call it from C */
                    Value buf = tuple_new(nargs + 2 * nkw + 1, NULL);
                    CHECK(buf);
                    tuple_p(buf)->items[0] = inst;
                    vcopy(tuple_p(buf)->items + 1, view, nargs + 2 * nkw);
                    *fslot = buf;
                    Value r = obj_call(initf, (ArgVec){tuple_p(buf)->items, (uint16_t)(nargs + 1), (uint16_t)nkw});
                    CHECK(r);
                    *fslot = inst;
                    sp = fslot + 1;
                    NEXT(isize);
                }
                /* [inst] [args...]: the instance takes the slot below the
                 * arguments, which is fslot for CALL and the NULL slot for
                 * CALL_METHOD (fslot keeps the instance as the result) */
                view[-1] = inst;
                *fslot = inst;
                Frame *nf = push_call(v_to_ptr(initf), (ArgVec){view - 1, (uint16_t)(nargs + 1), (uint16_t)nkw});
                if (!nf) goto error;
                nf->flags |= FR_INIT;
                f->sp = fslot + 1;
                f = nf;
                LOAD_FRAME();
                DISPATCH();
            }
        }
    generic_call: {
        Value r = call_value(callee, view, nargs, nkw);
        CHECK(r);
        *fslot = r;
        sp = fslot + 1;
        NEXT(isize);
    }
    }

    CASE(MAKE_FUNCTION) {
        SAVE();
        unsigned k = U16(1), fl = U8(3);
        uint32_t w = bc_const_word(unit->img, k);
        Value cv = unit_code(unit, bc_const_index(w));
        CHECK(cv);
        const Code *c = v_to_ptr(cv);
        int npop = (fl & 1) + ((fl >> 1) & 1) + ((fl >> 2) & 1);
        Value *p = sp - npop;
        Value defaults = (fl & MKFN_DEFAULTS) ? *p++ : V_NULL;
        Value kwdefaults = (fl & MKFN_KWDEFAULTS) ? *p++ : V_NULL;
        Value closure = (fl & MKFN_CLOSURE) ? *p++ : V_NULL;
        if (c->bc.nfree) {
            bool ok = obj_is(closure, &tuple_type) && tuple_p(closure)->len == c->bc.nfree;
            for (unsigned i = 0; ok && i < c->bc.nfree; i++) ok = obj_is(tuple_p(closure)->items[i], &cell_type);
            if (!ok) {
                exc_raise(&runtime_error_type, "bad closure");
                goto error;
            }
        }
        if (defaults != V_NULL && !obj_is(defaults, &tuple_type)) defaults = V_NULL;
        if (kwdefaults != V_NULL && !obj_is(kwdefaults, &dict_type)) kwdefaults = V_NULL;
        Func *fn = obj_alloc(&function_type, sizeof(Func));
        if (!fn) goto error;
        fn->code = c;
        fn->globals = f->globals;
        fn->defaults = defaults;
        fn->kwdefaults = kwdefaults;
        fn->closure = closure;
        fn->attrs = V_NULL;
        sp -= npop;
        *sp++ = V(fn);
        NEXT(4);
    }
    CASE(BUILD_CLASS) {
        SAVE();
        int fl = U8(1);
        Value cell = sp[-1], ns = sp[-2];
        Value kw = (fl & BCLS_KWARGS) ? sp[-3] : V_NULL;
        Value bases = (fl & BCLS_KWARGS) ? sp[-4] : sp[-3];
        Value name = (fl & BCLS_KWARGS) ? sp[-5] : sp[-4];
        Value cls = do_build_class(name, bases, kw, ns, cell);
        CHECK(cls);
        sp -= 4 + (fl & 1);
        *sp++ = cls;
        NEXT(2);
    }
    CASE(RETURN_VALUE) {
        Value r = sp[-1];
        goto do_return;
    do_return: {
        uint8_t fl = f->flags;
        Frame *caller = f->back;
        if (fl & FR_GEN) {
            Gen *g = GEN_OF(f);
            g->state = GEN_DONE;
            gen_leave(g, false);
            f->sp = f->slots;
            f->back = NULL;
            vm.frame = caller;
            vm.depth--;
            if (fl & FR_C_ENTRY) {
                gen_returned = true;
                return r;
            }
            f = caller;
            LOAD_FRAME();
            if (fl & FR_FOR) {
                /* FOR_ITER: exhausted */
                sp--;
                ip = code0 + U16(1);
                DISPATCH();
            }
            /* YIELD_FROM: its result replaces the iterator */
            sp[-1] = r;
            NEXT(1);
        }
        if ((fl & FR_INIT) && r != V_NONE) {
            f->ip = ip;
            f->sp = sp;
            exc_raise(&type_error_type, "__init__() should return None, not '%s'", obj_type_name(r));
            goto error;
        }
        vm.frame = caller;
        vm.depth--;
        frame_release(f);
        if (fl & FR_C_ENTRY) return r;
        f = caller;
        LOAD_FRAME();
        if (fl & FR_DUNDER) goto finish_dunder;
        if (!(fl & FR_INIT)) sp[-1] = r;
        NEXT(bc_op_size[*ip]);
    finish_dunder:
        /* complete the operator instruction whose special method just
         * returned r; its operands are still on the stack */
        switch (*ip) {
        case OP_BINARY_SUBSCR:
            sp--;
            sp[-1] = r;
            NEXT(1);
        case OP_BINARY_OP:
        case OP_COMPARE_OP:
            if (r == V_NOTIMPL) {
                SAVE();
                int o = *ip == OP_BINARY_OP ? binop_map[U8(1)] : OPR_LT + U8(1);
                r = obj_binop_after(o, sp[-2], sp[-1]);
                CHECK(r);
            }
            sp--;
            sp[-1] = r;
            NEXT(2);
        case OP_COMPARE_JUMP_IF_FALSE: {
            if (r == V_NOTIMPL) {
                SAVE();
                r = obj_binop_after(OPR_LT + U8(1), sp[-2], sp[-1]);
                CHECK(r);
            }
            int t;
            if (r == V_TRUE || r == V_FALSE) t = r == V_TRUE;
            else {
                sp[-2] = r; /* rooted while testing */
                SAVE();
                t = obj_truth(r);
                if (t < 0) goto error;
            }
            sp -= 2;
            if (!t) {
                ip = code0 + U16(2);
                DISPATCH();
            }
            NEXT(4);
        }
        default: /* OP_CALL of len() */
            SAVE();
            if (!int_is(r)) {
                exc_raise(&type_error_type, "'%s' object cannot be interpreted as an integer", obj_type_name(r));
                goto error;
            }
            if (int_sign(r) < 0) {
                exc_raise(&value_error_type, "__len__() should return >= 0");
                goto error;
            }
            if (!v_is_int(r)) {
                exc_raise(&overflow_error_type, "cannot fit 'int' into an index-sized integer");
                goto error;
            }
            sp -= 1;
            sp[-1] = r;
            NEXT(2);
        }
    }
    }

    /* ---- exceptions ---- */
    CASE(RAISE_VARARGS) {
        SAVE();
        int n = U8(1);
        if (n == 0) {
            Value h = vm.handled;
            if (h == V_NONE || h == V_NULL) {
                exc_raise(&runtime_error_type, "No active exception to reraise");
                goto error;
            }
            vm.exc = h;
            goto error;
        }
        Value e = n == 2 ? sp[-2] : sp[-1];
        if (obj_isinstance(e, &type_type) && type_is_sub(v_to_ptr(e), &base_exception_type)) {
            e = obj_call0(e);
            CHECK(e);
            if (n == 2) sp[-2] = e;
            else sp[-1] = e;
        }
        if (!obj_isinstance(e, &base_exception_type)) {
            exc_raise(&type_error_type, "exceptions must derive from BaseException");
            goto error;
        }
        if (n == 2) {
            Value cause = sp[-1];
            if (obj_isinstance(cause, &type_type) && type_is_sub(v_to_ptr(cause), &base_exception_type)) {
                cause = obj_call0(cause);
                CHECK(cause);
            } else if (cause != V_NONE && !obj_isinstance(cause, &base_exception_type)) {
                exc_raise(&type_error_type, "exception causes must derive from BaseException");
                goto error;
            }
            Exc *x = v_to_ptr(e);
            x->cause = cause;
            x->suppress_context = 1;
        }
        exc_raise_value(e);
        goto error;
    }
    CASE(RERAISE) {
        SAVE();
        vm.exc = sp[-1];
        reraise = true;
        goto error;
    }
    CASE(PUSH_EXC_INFO) {
        Value e = sp[-1];
        sp[-1] = vm.handled == V_NULL ? V_NONE : vm.handled;
        *sp++ = e;
        vm.handled = e;
        NEXT(1);
    }
    CASE(POP_EXCEPT) {
        vm.handled = *--sp;
        NEXT(1);
    }
    CASE(CHECK_EXC_MATCH) {
        Value cls = sp[-1];
        bool ok = obj_isinstance(cls, &type_type) && type_is_sub(v_to_ptr(cls), &base_exception_type);
        if (obj_is(cls, &tuple_type)) {
            ok = true;
            Tuple *t = tuple_p(cls);
            for (uint32_t i = 0; i < t->len; i++)
                if (!obj_isinstance(t->items[i], &type_type) || !type_is_sub(v_to_ptr(t->items[i]), &base_exception_type)) ok = false;
        }
        if (!ok) {
            SAVE();
            exc_raise(&type_error_type, "catching classes that do not inherit from BaseException is not allowed");
            goto error;
        }
        sp[-1] = v_from_bool(exc_matches(sp[-2], cls));
        NEXT(1);
    }
    CASE(LOAD_ASSERTION_ERROR) {
        *sp++ = V(&assertion_error_type);
        NEXT(1);
    }
    CASE(BEFORE_WITH) {
        SAVE();
        Value ctx = sp[-1];
        Value self;
        Value ex = obj_getattr_opt(ctx, QV(__enter__));
        CHECK(ex);
        if (ex == V_NULL) {
            exc_raise(&type_error_type, "'%s' object does not support the context manager protocol", obj_type_name(ctx));
            goto error;
        }
        *sp++ = ex; /* root */
        Value exitf = obj_getmethod(ctx, QV(__exit__), &self);
        if (exitf == V_ERR) {
            exc_take();
            exc_raise(&type_error_type, "'%s' object does not support the context manager protocol", obj_type_name(ctx));
            goto error;
        }
        sp[-2] = exitf;
        sp[-1] = self;
        *sp++ = ex;
        f->sp = sp;
        Value r = obj_call0(ex);
        CHECK(r);
        sp[-1] = r;
        NEXT(1);
    }
    CASE(WITH_EXCEPT_START) {
        SAVE();
        Value exitf = sp[-4], self = sp[-3], e = sp[-1];
        Value *args = tmpv;
        int k = 0;
        if (self != V_NULL) args[k++] = self;
        args[k++] = V(obj_type(e));
        args[k++] = e;
        args[k++] = V_NONE;
        Value r = obj_call(exitf, (ArgVec){args, (uint16_t)k, 0});
        CHECK(r);
        *sp++ = r;
        NEXT(1);
    }

    /* ---- generators ---- */
    CASE(YIELD_VALUE) {
        yv = *--sp;
        f->ip = ip; /* a normal resume steps over this instruction */
        goto do_yield;
    }
    CASE(GET_YIELD_FROM_ITER) {
        Value o = sp[-1];
        if (!obj_is(o, &gen_type)) {
            SAVE();
            Value it = obj_iter(o);
            CHECK(it);
            sp[-1] = it;
        }
        NEXT(1);
    }
    CASE(YIELD_FROM) {
        Value it = sp[-2], v = sp[-1];
        if (obj_is(it, &gen_type)) {
            Gen *g = v_to_ptr(it);
            if (g->state == GEN_DONE) {
                sp -= 1;
                sp[-1] = V_NONE;
                NEXT(1);
            }
            SAVE();
            if (g->state == GEN_RUNNING) {
                exc_raise(&value_error_type, "generator already executing");
                goto error;
            }
            if (g->state == GEN_CREATED && v != V_NONE) {
                exc_raise(&type_error_type, "can't send non-None value to a just-started generator");
                goto error;
            }
            if (vm.depth >= MONTY_RECURSION_LIMIT) {
                exc_raise(&recursion_error_type, "maximum recursion depth exceeded");
                goto error;
            }
            sp--;
            SAVE();
            f = gen_enter(g, f, FR_YF, v, false);
            LOAD_FRAME();
            DISPATCH();
        }
        /* any other iterator: next() or send() from C */
        SAVE();
        Value r;
        if (v == V_NONE) {
            r = obj_next(it);
        } else {
            r = obj_call_method(it, Q_send, 1, &v);
            if (r == V_ERR && obj_isinstance(exc_peek(), &stop_iteration_type)) {
                Value e = exc_take();
                sp -= 1;
                sp[-1] = ((Exc *)v_to_ptr(e))->value;
                NEXT(1);
            }
        }
        CHECK(r);
        if (r == V_NULL) {
            sp -= 1;
            sp[-1] = V_NONE;
            NEXT(1);
        }
        /* yield r from this frame, staying at YIELD_FROM */
        sp--;
        f->ip = ip;
        yv = r;
        goto do_yield;
    }
do_yield:
    /* suspend generator frame f yielding yv; a delegating generator
     * (FR_YF) yields the same value to its own consumer, staying at its
     * YIELD_FROM with the inner iterator on its stack */
    for (;;) {
        Gen *g = GEN_OF(f);
        uint8_t fl = f->flags;
        f->sp = sp;
        g->state = GEN_SUSPENDED;
        gen_leave(g, true);
        Frame *caller = f->back;
        f->back = NULL;
        vm.frame = caller;
        vm.depth--;
        if (fl & FR_C_ENTRY) {
            gen_returned = false; /* a nested run may have set it */
            return yv;
        }
        f = caller;
        LOAD_FRAME();
        if (fl & FR_FOR) {
            *sp++ = yv;
            NEXT(3);
        }
    }

    /* ---- import ---- */
    CASE(IMPORT_NAME) {
        SAVE();
        Value m = import_name(NAME(1), sp[-1], sp[-2], f->globals);
        CHECK(m);
        sp--;
        sp[-1] = m;
        NEXT(3);
    }
    CASE(IMPORT_FROM) {
        SAVE();
        Value v = import_from(sp[-1], NAME(1));
        CHECK(v);
        *sp++ = v;
        NEXT(3);
    }
    CASE(IMPORT_STAR) {
        SAVE();
        if (import_star(sp[-1], f->globals) < 0) goto error;
        sp--;
        NEXT(1);
    }
    CASE(PRINT_EXPR) {
        SAVE();
        Value r = builtin_print_expr(sp[-1]);
        CHECK(r);
        sp--;
        NEXT(1);
    }
    CASE(LOAD_FAST_LOAD_FAST) {
        Value a = slots[U8(1)], b = slots[U8(2)];
        if (a == V_NULL || b == V_NULL) {
            SAVE();
            exc_raise(&unbound_local_error_type, "cannot access local variable '%q' where it is not associated with a value",
                      names[bc_slot_name(&f->code->bc, a == V_NULL ? U8(1) : U8(2))]);
            goto error;
        }
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        NEXT(3);
    }

#if !USE_GOTO
    default:
        SAVE();
        exc_raise(&runtime_error_type, "bad opcode %d", (long)*ip);
        goto error;
    }
#endif

error:
    /* f->ip is the faulting instruction, f->sp its stack */
    exc = vm.exc;
    if (!reraise) exc_add_tb(exc, f->code, code_line(f->code, f->ip));
    reraise = false;
    for (;;) {
        unsigned target, depth;
        if (bc_find_handler(&f->code->bc, (unsigned)(f->ip - f->code->bc.bc), &target, &depth)) {
            LOAD_FRAME();
            sp = slots + f->code->nslots + depth;
            *sp++ = exc;
            vm.exc = V_NULL;
            ip = code0 + target;
            DISPATCH();
        }
        /* the frame ends with the exception */
        uint8_t fl = f->flags;
        Frame *caller = f->back;
        if (fl & FR_GEN) {
            Gen *g = GEN_OF(f);
            g->state = GEN_DONE;
            gen_leave(g, false);
            f->sp = f->slots;
            f->back = NULL;
            if (obj_isinstance(exc, &stop_iteration_type)) {
                /* PEP 479 */
                Value e2 = exc_new1(&runtime_error_type, QV(generator_raised_StopIteration));
                if (e2 != V_ERR) {
                    ((Exc *)v_to_ptr(e2))->context = exc;
                    ((Exc *)v_to_ptr(e2))->cause = exc;
                    exc = e2;
                }
            }
        } else {
            frame_release(f);
        }
        vm.frame = caller;
        vm.depth--;
        vm.exc = exc;
        if (fl & FR_C_ENTRY) return V_ERR;
        f = caller;
        exc_add_tb(exc, f->code, code_line(f->code, f->ip));
    }
}

/* runs a unit's module code with its globals */
Value vm_run_unit(Unit *u) {
    Value cv = unit_code(u, 0);
    if (cv == V_ERR) return cv;
    const Code *c = v_to_ptr(cv);
    if (vm.depth >= MONTY_RECURSION_LIMIT) return exc_raise(&recursion_error_type, "maximum recursion depth exceeded");
    if (vm_enter_c() < 0) return V_ERR;
    root_push(u);
    Frame *f = frame_alloc(c);
    root_pop(1);
    Value r = V_ERR;
    if (f) {
        frame_init(f, c, u->globals);
        f->flags = FR_C_ENTRY;
        vm.frame = f;
        vm.depth++;
        r = run();
    }
    vm_leave_c();
    return r;
}

#else /* !MONTY_INTERP */
/* Without the interpreter the object model still works (tests, C
 * modules); anything that would run Python code raises instead. */
#include "interp.h"

static Value no_interp(void) { return exc_raise(&runtime_error_type, "no interpreter in this build"); }

const Type code_type = {
    .hdr = {&type_type.gc}, .gc = {"code", NULL, NULL}, .name = Q_code, .base = &object_type,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
const Type gen_type = {
    .hdr = {&type_type.gc}, .gc = {"generator", NULL, NULL}, .name = Q_generator, .base = &object_type,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
Value vm_call_func(Value f, ArgVec a) {
    (void)f, (void)a;
    return no_interp();
}
Value vm_run_unit(Unit *u) {
    (void)u;
    return no_interp();
}
Unit *unit_load(const uint8_t *img, size_t len, Value owner, Value globals) {
    (void)img, (void)len, (void)owner, (void)globals;
    no_interp();
    return NULL;
}
int gen_resume(Value g, Value send, Value throw_exc, Value *out) {
    (void)g, (void)send, (void)throw_exc, (void)out;
    no_interp();
    return -1;
}
unsigned code_line(const Code *c, const uint8_t *ip) {
    (void)c, (void)ip;
    return 0;
}
void vm_mark_frames(void) {}
#endif /* MONTY_INTERP */
