/*
 * codegen.c - bytecode generation from the tree (docs/bytecode.md).
 *
 * A Unit is one code object being generated.  The emitter tracks the stack
 * depth (bc_stack_effect from the X-macro table), drops unreachable code
 * (so every instruction after a jump / return is at a label, as the
 * validator requires), records labels with their depth (the stack map),
 * exception ranges (one open range per change of the current handler:
 * entries come out sorted and disjoint) and the line table, and fuses a
 * few pairs into super-instructions.
 *
 * FBlocks describe what `return` / `break` / `continue` must unwind:
 * loops' iterators, finally bodies (compiled inline), active except
 * handlers (POP_EXCEPT) and with blocks (__exit__ call).
 */
#include "cinternal.h"

#if MONTY_COMPILER

enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_EXCEPT_BODY, FB_WITH };

typedef struct FBlock {
    uint8_t kind;
    int brk, cont;      /* loops: labels */
    Node *node;         /* FINALLY_TRY: the finally body */
    int name;           /* EXCEPT_BODY: the "as" name or -1 */
    int outer;          /* handler outside the block */
} FBlock;

typedef struct Handler {
    int label, depth;
} Handler;

typedef struct Fixup {
    uint32_t at, label;
} Fixup;

#define U (c->u)

static bool compile_expr(Comp *c, Node *n);
static bool compile_stmt(Comp *c, Node *n);
bool codegen_store(Comp *c, Node *t);
static bool compile_block(Comp *c, Node *n);

/* ---- emitter ---- */

static bool ice(Comp *c, const char *what) {
    return c_error(c, COMPILE_SYNTAX_ERROR, U->line, 0, what);
}

static void put_line(Comp *c, uint32_t pos) {
    Unit *u = U;
    if (u->line == u->last_line) return;
    int32_t da = (int32_t)(pos - u->line_addr), dl = u->line - u->last_line;
    while (da > 255 || dl > 127 || dl < -128) {
        uint8_t p[2] = {(uint8_t)(da > 255 ? 255 : da), (uint8_t)(int8_t)(dl > 127 ? 127 : dl < -128 ? -128 : dl)};
        if (!buf_put(c, &u->lines, p, 2)) return;
        da -= p[0];
        dl -= (int8_t)p[1];
    }
    uint8_t p[2] = {(uint8_t)da, (uint8_t)(int8_t)dl};
    buf_put(c, &u->lines, p, 2);
    u->last_line = u->line;
    u->line_addr = pos;
}

static void close_range(Comp *c, uint32_t pos) {
    Unit *u = U;
    if (u->range_handler >= 0 && pos > u->range_start) {
        uint32_t e[3] = {u->range_start, pos, (uint32_t)u->range_handler};
        buf_put(c, &u->exc, e, sizeof e);
    }
    u->range_handler = u->handler;
    u->range_start = pos;
}

/* appends one instruction; jumps are emitted by emit_jump */
static void emit2(Comp *c, int op, int a, int b) {
    Unit *u = U;
    if (c->failed || u->depth < 0) return;
    if (u->code.len > BC_MAX_CODE_LEN) {
        /* stop early: nested finally bodies are duplicated, so the code
         * can grow exponentially with the nesting */
        c_error(c, COMPILE_SYNTAX_ERROR, u->firstline, 0, "function too big");
        return;
    }
    int pop, push, jpush, flow;
    bc_stack_effect(op, a, b, &pop, &push, &jpush, &flow);
    if (pop > u->depth) {
        ice(c, "internal error: stack underflow");
        return;
    }
    u->depth += push - pop;
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
    if (flow == OPFLOW_STOP || flow == OPFLOW_JUMP) u->depth = -1;
    /* super-instructions: the previous instruction is fused when nothing
     * (label, handler change, new line) separates the two */
    if (u->last_op >= 0 && u->range_handler == u->handler && u->line == u->last_line) {
        uint8_t *lp = u->code.p + u->last_op;
        if (op == OP_LOAD_FAST && lp[0] == OP_LOAD_FAST) {
            lp[0] = OP_LOAD_FAST_LOAD_FAST;
            buf_put(c, &u->code, &(uint8_t){(uint8_t)a}, 1);
            u->last_op = -1;
            return;
        }
        if (op == OP_LOAD_ATTR && lp[0] == OP_LOAD_FAST) {
            lp[0] = OP_LOAD_FAST_LOAD_ATTR;
            uint8_t o[2] = {(uint8_t)a, (uint8_t)(a >> 8)};
            buf_put(c, &u->code, o, 2);
            u->last_op = -1;
            return;
        }
    }
    if (u->handler != u->range_handler) close_range(c, u->code.len);
    put_line(c, u->code.len);
    uint8_t ins[4] = {(uint8_t)op, 0, 0, 0};
    unsigned size = bc_op_size[op];
    switch (bc_op_format[op]) {
    case OPF_NONE: break;
    case OPF_U8: case OPF_S8: case OPF_SLOT: case OPF_CELL: ins[1] = (uint8_t)a; break;
    case OPF_U8U8: case OPF_SLOT2: ins[1] = (uint8_t)a; ins[2] = (uint8_t)b; break;
    case OPF_CONST: case OPF_NAME: case OPF_JUMP:
        ins[1] = (uint8_t)a;
        ins[2] = (uint8_t)(a >> 8);
        break;
    case OPF_FUNC:
        ins[1] = (uint8_t)a;
        ins[2] = (uint8_t)(a >> 8);
        ins[3] = (uint8_t)b;
        break;
    default: break;
    }
    u->last_op = (int32_t)u->code.len;
    buf_put(c, &u->code, ins, size);
}

static void emit(Comp *c, int op) { emit2(c, op, 0, 0); }

/* a NUL-terminated sequence of operand-less opcodes (none is opcode 0,
 * POP_TOP, except as the terminator: POP_TOP is written as SEQ_POP) */
#define SEQ_POP 0xff
static void emit_seq(Comp *c, const char *ops) {
    for (; *ops; ops++) emit(c, (uint8_t)*ops == SEQ_POP ? OP_POP_TOP : (uint8_t)*ops);
}
static const char seq_exit_none[] = {OP_LOAD_NONE, OP_LOAD_NONE, OP_LOAD_NONE, 0};
static const char seq_reraise_clean[] = {OP_ROT_TWO, OP_POP_EXCEPT, OP_RERAISE, 0};
static void emit1(Comp *c, int op, int a) { emit2(c, op, a, 0); }

static int new_label(Comp *c) {
    Label l = {-1, -1};
    int id = (int)(U->labels.len / sizeof l);
    buf_put(c, &U->labels, &l, sizeof l);
    return id;
}

static Label *label(Comp *c, int id) { return (Label *)U->labels.p + id; }

static void place(Comp *c, int id) {
    if (c->failed) return;
    Label *l = label(c, id);
    Unit *u = U;
    l->pos = (int32_t)u->code.len;
    if (u->depth >= 0) {
        if (l->depth >= 0 && l->depth != u->depth) ice(c, "internal error: stack depth at label");
        l->depth = u->depth;
    } else if (l->depth >= 0) {
        u->depth = l->depth;
    }
    u->last_op = -1;
    uint32_t id32 = (uint32_t)id;
    buf_put(c, &u->placed, &id32, 4);
}

/* a handler's label becomes reachable (by an exception) at depth+1 */
static void place_handler(Comp *c, int id, int depth) {
    if (c->failed) return;
    U->depth = -1;
    label(c, id)->depth = depth + 1;
    place(c, id);
}

static void emit_jump2(Comp *c, int op, int a, int id) {
    Unit *u = U;
    if (c->failed || u->depth < 0) return;
    Label *l = label(c, id);
    int pop, push, jpush, flow;
    bc_stack_effect(op, a, 0, &pop, &push, &jpush, &flow);
    int jd = u->depth - pop + jpush;
    if (l->depth >= 0 && l->depth != jd) {
        ice(c, "internal error: stack depth at jump");
        return;
    }
    l->depth = jd;
    if (l->pos >= 0) {
        if (op != OP_JUMP) {
            ice(c, "internal error: backward conditional jump");
            return;
        }
        op = OP_JUMP_BACK;
    }
    /* COMPARE_OP + POP_JUMP_IF_FALSE -> COMPARE_JUMP_IF_FALSE */
    if (op == OP_POP_JUMP_IF_FALSE && u->last_op >= 0 && u->range_handler == u->handler &&
        u->line == u->last_line && u->code.p[u->last_op] == OP_COMPARE_OP) {
        u->code.p[u->last_op] = OP_COMPARE_JUMP_IF_FALSE;
        Fixup f = {u->code.len, (uint32_t)id};
        buf_put(c, &u->fixups, &f, sizeof f);
        buf_put(c, &u->code, "\0", 2);
        u->depth -= 1;
        u->last_op = -1;
        return;
    }
    emit2(c, op, a, 0);
    Fixup f = {u->code.len - 2, (uint32_t)id};
    buf_put(c, &u->fixups, &f, sizeof f);
    u->last_op = -1;
}

static void emit_jump(Comp *c, int op, int id) { emit_jump2(c, op, 0, id); }

static int push_handler(Comp *c, int lab, int depth) {
    Handler h = {lab, depth};
    int id = (int)(U->handlers.len / sizeof h), prev = U->handler;
    if (buf_put(c, &U->handlers, &h, sizeof h)) U->handler = id;
    return prev;
}

static FBlock *push_fb(Comp *c, int kind) {
    FBlock f = {(uint8_t)kind, -1, -1, NULL, -1, U->handler};
    if (!buf_put(c, &U->fblocks, &f, sizeof f)) return NULL;
    return (FBlock *)(U->fblocks.p + U->fblocks.len) - 1;
}
static void pop_fb(Comp *c) { U->fblocks.len -= sizeof(FBlock); }
static int nfb(Comp *c) { return (int)(U->fblocks.len / sizeof(FBlock)); }
static FBlock *fb_at(Comp *c, int i) { return (FBlock *)U->fblocks.p + i; }

/* ---- constants and names ---- */

static void load_const_word(Comp *c, uint32_t w) {
    int k = const_word(c, w);
    if (k >= 0) emit1(c, OP_LOAD_CONST, k);
}

static void load_str(Comp *c, unsigned name) { load_const_word(c, (name << 3) | BC_CONST_STR); }

static void load_int(Comp *c, int32_t v) {
    if (v >= -128 && v <= 127) {
        emit1(c, OP_LOAD_INT, v);
        return;
    }
    int k = const_int(c, v);
    if (k >= 0) emit1(c, OP_LOAD_CONST, k);
}

static int intern(Comp *c, const char *s) { return name_intern(c, s, (uint32_t)strlen(s)); }

static int const_items(Comp *c, Node *n);

/* constant index of a constant node (for tuple folding), -1 if not constant */
static int const_of(Comp *c, Node *n) {
    if (n->kind == E_CONST) {
        switch (n->op) {
        case C_INT: return const_int(c, n->v);
        case C_NONE: return const_word(c, (BC_SPECIAL_NONE << 3) | BC_CONST_SPECIAL);
        case C_FALSE: return const_word(c, (BC_SPECIAL_FALSE << 3) | BC_CONST_SPECIAL);
        case C_TRUE: return const_word(c, (BC_SPECIAL_TRUE << 3) | BC_CONST_SPECIAL);
        case C_ELLIPSIS: return const_word(c, (BC_SPECIAL_ELLIPSIS << 3) | BC_CONST_SPECIAL);
        case C_STR: return const_word(c, ((uint32_t)n->v << 3) | BC_CONST_STR);
        default: return n->v;
        }
    }
    if (n->kind == E_TUPLE) return const_items(c, n);
    return -1;
}

static bool is_const(const Node *n) {
    if (n->kind == E_CONST) return true;
    if (n->kind != E_TUPLE || n->n > 255) return false;
    for (int i = 0; i < n->n; i++)
        if (!is_const(n->k[i])) return false;
    return true;
}

/* name access by scope: op kind 0 load, 1 store, 2 delete */
static void name_op(Comp *c, unsigned name, int kind) {
    static const uint8_t glob[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const uint8_t fast[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const uint8_t deref[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    static const uint8_t cls[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    Scope *s = U->scope;
    Sym *y = s->kind == SC_MODULE ? NULL : scope_find(s, name);
    if (!y || (y->flags & (SY_GLOBAL | SY_GLOBAL_IMPL))) {
        if (s->kind == SC_CLASS && !(y && (y->flags & SY_GLOBAL)))
            emit1(c, cls[kind], (int)name);
        else
            emit1(c, glob[kind], (int)name);
    } else if (y->flags & (SY_CELL | SY_FREE)) {
        if (s->kind == SC_CLASS && kind == 0 && !(y->flags & SY_ASSIGN))
            emit1(c, OP_LOAD_CLASSDEREF, y->cell);
        else if (s->kind == SC_CLASS && !(y->flags & (SY_NONLOCAL | SY_COMPWALRUS)))
            emit1(c, cls[kind], (int)name);
        else
            emit1(c, deref[kind], y->cell);
    } else if (s->kind == SC_CLASS) {
        emit1(c, cls[kind], (int)name);
    } else {
        emit1(c, fast[kind], y->slot);
    }
}

/* "except E as name" ends with name = None; del name */
static void clear_name(Comp *c, unsigned name) {
    emit(c, OP_LOAD_NONE);
    name_op(c, name, 1);
    name_op(c, name, 2);
}

/* ---- units ---- */

static void unit_free(Comp *c, Unit *u) {
    Buf *bufs[] = {&u->code, &u->labels, &u->fixups, &u->exc, &u->lines, &u->handlers, &u->fblocks, &u->placed};
    for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) buf_free(c, bufs[i]);
}

static void unit_begin(Comp *c, Unit *u, Scope *s, int line) {
    u->outer = c->u;
    u->scope = s;
    u->handler = u->range_handler = -1;
    u->last_op = -1;
    u->line = u->last_line = u->firstline = line;
    c->u = u;
}

static void put16(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

/* the name of each slot, for the slot-names table */
static unsigned slot_name(Scope *s, unsigned slot) {
    for (unsigned i = 0; i < s->nsym; i++) {
        Sym *y = &s->syms[i];
        bool plain = (y->flags & SY_PARAM) ||
                     ((y->flags & SY_ASSIGN) && !(y->flags & (SY_GLOBAL | SY_NONLOCAL | SY_CELL | SY_FREE | SY_COMPWALRUS)) &&
                      s->kind != SC_CLASS);
        if (plain && y->slot == slot && slot < s->nlocals) return y->name;
        if ((y->flags & (SY_CELL | SY_FREE)) && y->cell == slot && slot >= s->nlocals) return y->name;
    }
    return 0;
}

int code_finish(Comp *c, Unit *u, int index) {
    if (c->failed) return -1;
    uint32_t len = u->code.len;
    close_range(c, len);
    if (len > BC_MAX_CODE_LEN || u->maxdepth > 0xffff) {
        c_error(c, COMPILE_SYNTAX_ERROR, u->firstline, 0, "function too big");
        return -1;
    }
    /* jumps */
    for (uint32_t i = 0; i < u->fixups.len / sizeof(Fixup); i++) {
        Fixup *f = (Fixup *)u->fixups.p + i;
        Label *l = (Label *)u->labels.p + f->label;
        if (l->pos < 0) return ice(c, "internal error: unplaced label"), -1;
        put16(u->code.p + f->at, (uint32_t)l->pos);
    }
    Scope *s = u->scope;
    unsigned nslots = s->kind == SC_MODULE ? 0u : (unsigned)s->nlocals + s->ncells + s->nfree;
    uint32_t nexc = u->exc.len / 12, nplaced = u->placed.len / 4;
    uint32_t total = len + nexc * 8 + nplaced * 4 + u->lines.len + nslots * 2;
    CodeObj *o = c_alloc(c, sizeof(CodeObj));
    uint8_t *d = o ? c_alloc(c, total) : NULL;
    if (!d) {
        c_free(c, o);
        return -1;
    }
    memset(o, 0, sizeof *o);
    o->data = d;
    if (len) memcpy(d, u->code.p, len);
    uint8_t *p = d + len;
    for (uint32_t i = 0; i < nexc; i++, p += 8) {
        const uint32_t *e = (const uint32_t *)u->exc.p + 3 * i;
        Handler *h = (Handler *)u->handlers.p + e[2];
        Label *l = (Label *)u->labels.p + h->label;
        if (l->pos < 0) {
            c_free(c, d);
            c_free(c, o);
            return ice(c, "internal error: unplaced handler"), -1;
        }
        put16(p, e[0]);
        put16(p + 2, e[1]);
        put16(p + 4, (uint32_t)l->pos);
        put16(p + 6, (uint32_t)h->depth);
    }
    /* labels in placement order are sorted by offset; keep the first of
     * each offset that has a depth and lies inside the code */
    uint32_t nl = 0;
    int32_t lastpos = -1;
    for (uint32_t i = 0; i < nplaced; i++) {
        Label *l = (Label *)u->labels.p + ((uint32_t *)u->placed.p)[i];
        if (l->pos < 0 || l->depth < 0 || (uint32_t)l->pos >= len || l->pos == lastpos) continue;
        lastpos = l->pos;
        put16(p, (uint32_t)l->pos);
        put16(p + 2, (uint32_t)l->depth);
        p += 4;
        nl++;
    }
    if (u->lines.len) memcpy(p, u->lines.p, u->lines.len);
    p += u->lines.len;
    for (unsigned i = 0; i < nslots; i++) put16(p + 2 * i, slot_name(s, i));
    o->bc_len = len;
    o->exc_len = nexc * 8;
    o->label_len = nl * 4;
    o->line_len = u->lines.len;
    o->slot_len = nslots * 2;
    o->nexc = (uint16_t)nexc;
    o->nlabel = (uint16_t)nl;
    o->stacksize = (uint16_t)u->maxdepth;
    o->firstline = (uint16_t)u->firstline;
    o->flags = s->flags;
    o->name = s->name;
    o->qualname = s->qualname;
    o->argcount = s->argcount;
    o->posonly = s->posonly;
    o->kwonly = s->kwonly;
    o->nlocals = s->nlocals;
    o->ncells = s->ncells;
    o->nfree = s->nfree;
    ((CodeObj **)c->codes.p)[index] = o;
    return index;
}

/* ---- unwinding ---- */

static bool unwind(Comp *c, FBlock *fb, bool tos) {
    switch (fb->kind) {
    case FB_FOR:
        if (tos) emit(c, OP_ROT_TWO);
        emit(c, OP_POP_TOP);
        break;
    case FB_FINALLY_TRY: {
        /* compile the finally body with this block and the ones above it
         * removed (a return inside runs only the outer blocks), then put
         * them back */
        int idx = (int)(fb - fb_at(c, 0)), n = nfb(c);
        size_t sz = (size_t)(n - idx) * sizeof(FBlock);
        FBlock *save = arena_alloc(c, sz);
        if (!save) return false;
        memcpy(save, fb, sz);
        U->fblocks.len = (uint32_t)idx * sizeof(FBlock);
        int h = U->handler;
        U->handler = save->outer;
        bool ok = compile_block(c, save->node);
        U->handler = h;
        U->fblocks.len = (uint32_t)idx * sizeof(FBlock);
        if (!buf_put(c, &U->fblocks, save, (uint32_t)sz)) return false;
        return ok;
    }
    case FB_FINALLY_END:
        if (tos) emit(c, OP_ROT_THREE);
        emit(c, OP_POP_TOP);
        emit(c, OP_POP_EXCEPT);
        break;
    case FB_EXCEPT_BODY:
        if (fb->name >= 0) clear_name(c, (unsigned)fb->name);
        if (tos) emit(c, OP_ROT_TWO);
        emit(c, OP_POP_EXCEPT);
        break;
    case FB_WITH:
        if (tos) emit(c, OP_ROT_THREE);
        emit_seq(c, seq_exit_none);
        emit1(c, OP_CALL_METHOD, 3);
        emit(c, OP_POP_TOP);
        break;
    default:
        break;
    }
    return !c->failed;
}

/* unwinds blocks above index `stop` (exclusive); returns the handler to
 * use afterwards */
static bool unwind_to(Comp *c, int stop, bool tos) {
    for (int i = nfb(c) - 1; i > stop; i--) {
        FBlock *fb = fb_at(c, i);
        U->handler = fb->outer;
        if (!unwind(c, fb_at(c, i), tos)) return false;
    }
    return true;
}

static bool compile_jump_stmt(Comp *c, Node *n) {
    int saved = U->handler;
    if (n->kind == S_RETURN) {
        if (n->n) {
            if (!compile_expr(c, n->k[0])) return false;
        } else {
            emit(c, OP_LOAD_NONE);
        }
        if (!unwind_to(c, -1, true)) return false;
        U->line = n->line;
        emit(c, OP_RETURN_VALUE);
    } else {
        int i = nfb(c) - 1;
        while (i >= 0 && fb_at(c, i)->kind != FB_WHILE && fb_at(c, i)->kind != FB_FOR) i--;
        if (i < 0)
            return c_error_at(c, n, n->kind == S_BREAK ? "'break' outside loop" : "'continue' not properly in loop");
        if (!unwind_to(c, i, false)) return false;
        U->line = n->line;
        FBlock *loop = fb_at(c, i);
        U->handler = loop->outer;
        if (n->kind == S_BREAK) {
            if (loop->kind == FB_FOR) emit(c, OP_POP_TOP);
            emit_jump(c, OP_JUMP, loop->brk);
        } else {
            emit_jump(c, OP_JUMP, loop->cont);
        }
    }
    U->handler = saved;
    return !c->failed;
}

/* ---- expressions ---- */

static bool compile_jump_if(Comp *c, Node *n, bool cond, int lab);

static bool compile_kids(Comp *c, Node *n, int from) {
    for (int i = from; i < n->n; i++)
        if (!compile_expr(c, n->k[i])) return false;
    return true;
}

static bool has_star(const Node *n, int from) {
    for (int i = from; i < n->n; i++)
        if (n->k[i] && (n->k[i]->kind == E_STAR || n->k[i]->kind == E_DSTAR)) return true;
    return false;
}

/* constant index of a tuple of n's items (all constants), -1 otherwise */
static int const_items(Comp *c, Node *n) {
    if (n->n > 255) return -1;
    for (int i = 0; i < n->n; i++)
        if (!is_const(n->k[i])) return -1;
    /* the record lives in the arena: this recurses for nested tuples and
     * the boards have little C stack */
    uint8_t *rec = arena_alloc(c, 4 + 2 * (size_t)n->n);
    if (!rec) return -1;
    uint32_t cnt = n->n;
    memcpy(rec, &cnt, 4);
    for (int i = 0; i < n->n; i++) {
        int k = const_of(c, n->k[i]);
        if (k < 0) return -1;
        rec[4 + 2 * i] = (uint8_t)k;
        rec[5 + 2 * i] = (uint8_t)(k >> 8);
    }
    return const_record(c, BC_CONST_TUPLE, rec, 4 + 2 * cnt);
}

/* a tuple / list / set display */
static bool compile_seq(Comp *c, Node *n, int kind) {
    bool star = has_star(n, 0), set = kind == E_SET;
    if (!star && (kind == E_TUPLE || n->n >= 3)) {
        bool constant = n->n <= 255;
        for (int i = 0; constant && i < n->n; i++) constant = is_const(n->k[i]);
        if (constant) {
            int k = const_items(c, n);
            if (k < 0) return false;
            if (kind != E_TUPLE) emit1(c, set ? OP_BUILD_SET : OP_BUILD_LIST, 0);
            emit1(c, OP_LOAD_CONST, k);
            if (kind != E_TUPLE) emit1(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
            return !c->failed;
        }
    }
    if (!star && n->n <= 255) {
        if (!compile_kids(c, n, 0)) return false;
        emit1(c, set ? OP_BUILD_SET : kind == E_LIST ? OP_BUILD_LIST : OP_BUILD_TUPLE, n->n);
        return !c->failed;
    }
    /* items before the first star go in directly, the rest one by one */
    int i = 0;
    while (i < n->n && n->k[i]->kind != E_STAR && i < 255)
        if (!compile_expr(c, n->k[i++])) return false;
    emit1(c, set ? OP_BUILD_SET : OP_BUILD_LIST, i);
    for (; i < n->n; i++) {
        Node *x = n->k[i];
        bool st = x->kind == E_STAR;
        if (!compile_expr(c, st ? x->k[0] : x)) return false;
        emit1(c, set ? (st ? OP_SET_UPDATE : OP_SET_ADD) : (st ? OP_LIST_EXTEND : OP_LIST_APPEND), 1);
    }
    if (kind == E_TUPLE) emit(c, OP_LIST_TO_TUPLE);
    return !c->failed;
}

static bool compile_dict(Comp *c, Node *n) {
    int pairs = n->n / 2, i = 0, direct = 0;
    while (i < pairs && n->k[2 * i] && direct < 255) {
        if (!compile_expr(c, n->k[2 * i]) || !compile_expr(c, n->k[2 * i + 1])) return false;
        i++;
        direct++;
    }
    emit1(c, OP_BUILD_MAP, direct);
    for (; i < pairs; i++) {
        if (n->k[2 * i]) {
            if (!compile_expr(c, n->k[2 * i]) || !compile_expr(c, n->k[2 * i + 1])) return false;
            emit1(c, OP_MAP_ADD, 1);
        } else {
            if (!compile_expr(c, n->k[2 * i + 1])) return false;
            emit1(c, OP_DICT_UPDATE, 1);
        }
    }
    return !c->failed;
}

/* the loads for an inner scope's closure; returns MKFN_CLOSURE or 0 */
static int closure(Comp *c, Scope *inner) {
    if (!inner->nfree) return 0;
    unsigned base = (unsigned)inner->nlocals + inner->ncells;
    for (unsigned f = 0; f < inner->nfree; f++) {
        Sym *y = NULL;
        for (unsigned i = 0; i < inner->nsym && !y; i++)
            if ((inner->syms[i].flags & SY_FREE) && !(inner->syms[i].flags & SY_CELL) &&
                inner->syms[i].cell == base + f)
                y = &inner->syms[i];
        Sym *o = y ? scope_find(U->scope, y->name) : NULL;
        if (!o || !(o->flags & (SY_CELL | SY_FREE))) return ice(c, "internal error: closure"), 0;
        emit1(c, OP_LOAD_CLOSURE, o->cell);
    }
    emit1(c, OP_BUILD_TUPLE, inner->nfree);
    return MKFN_CLOSURE;
}

/* compiles the body of a scope node into a new code object, then emits
 * its MAKE_FUNCTION (defaults already on the stack per `flags`) */
static bool make_function(Comp *c, Node *n, int flags) {
    Scope *s = NODE_SCOPE(n);
    flags |= closure(c, s);
    if (c->failed) return false;
    Unit *u = arena_alloc(c, sizeof(Unit));
    int idx = code_reserve(c);
    if (!u || idx < 0) return false;
    unit_begin(c, u, s, n->line);
    bool ok = true;
    /* parameters captured by inner functions live in cells */
    for (unsigned i = 0; i < s->nsym; i++) {
        Sym *y = &s->syms[i];
        if ((y->flags & SY_PARAM) && (y->flags & SY_CELL) && s->kind != SC_CLASS) {
            emit1(c, OP_LOAD_FAST, y->slot);
            emit1(c, OP_STORE_DEREF, y->cell);
        }
    }
    switch (n->kind) {
    case S_DEF:
        ok = compile_block(c, n->k[1]);
        break;
    case E_LAMBDA:
        ok = compile_expr(c, n->k[1]);
        if (s->generator) emit(c, OP_POP_TOP), emit(c, OP_LOAD_NONE);
        emit(c, OP_RETURN_VALUE);
        break;
    case S_CLASS: {
        int nm = intern(c, "__name__"), mod = intern(c, "__module__"), qn = intern(c, "__qualname__");
        if (nm < 0 || mod < 0 || qn < 0) {
            ok = false;
            break;
        }
        emit1(c, OP_LOAD_GLOBAL, nm);
        emit1(c, OP_STORE_NAME, mod);
        load_str(c, s->qualname);
        emit1(c, OP_STORE_NAME, qn);
        ok = compile_block(c, n->k[0]);
        if (ok && U->depth >= 0) {
            Sym *y = s->class_cell ? scope_find(s, (unsigned)name_lookup(c, "__class__")) : NULL;
            if (y) emit1(c, OP_LOAD_CLOSURE, y->cell);
            else emit(c, OP_LOAD_NONE);
            emit(c, OP_RETURN_VALUE);
        }
        break;
    }
    default: { /* comprehensions */
        int nel = n->kind == E_DICTCOMP ? 2 : 1;
        int build = n->kind == E_LISTCOMP ? OP_BUILD_LIST : n->kind == E_SETCOMP ? OP_BUILD_SET
                    : n->kind == E_DICTCOMP ? OP_BUILD_MAP : -1;
        if (build >= 0) emit1(c, build, 0);
        int ngen = n->n - nel;
        int *labs = arena_alloc(c, (size_t)ngen * 3 * sizeof(int));
        if (!labs) {
            ok = false;
            break;
        }
        for (int g = 0; g < ngen && ok; g++) {
            Node *gen = n->k[nel + g];
            if (g == 0) {
                emit1(c, OP_LOAD_FAST, 0);
            } else {
                ok = compile_expr(c, gen->k[1]);
                emit(c, OP_GET_ITER);
            }
            labs[3 * g] = new_label(c);     /* top */
            labs[3 * g + 1] = new_label(c); /* next item */
            labs[3 * g + 2] = new_label(c); /* exhausted */
            place(c, labs[3 * g]);
            emit_jump(c, OP_FOR_ITER, labs[3 * g + 2]);
            ok = ok && codegen_store(c, gen->k[0]);
            for (int k = 2; ok && k < gen->n; k++) ok = compile_jump_if(c, gen->k[k], false, labs[3 * g + 1]);
        }
        if (!ok) break;
        /* element: the list / set / dict is below the ngen iterators */
        if (n->kind == E_GENEXP) {
            ok = compile_expr(c, n->k[0]);
            emit(c, OP_YIELD_VALUE);
            emit(c, OP_POP_TOP);
        } else if (n->kind == E_DICTCOMP) {
            ok = compile_expr(c, n->k[0]) && compile_expr(c, n->k[1]);
            emit1(c, OP_MAP_ADD, ngen + 1);
        } else {
            ok = compile_expr(c, n->k[0]);
            emit1(c, n->kind == E_LISTCOMP ? OP_LIST_APPEND : OP_SET_ADD, ngen + 1);
        }
        for (int g = ngen - 1; g >= 0 && ok; g--) {
            place(c, labs[3 * g + 1]);
            emit_jump(c, OP_JUMP, labs[3 * g]);
            place(c, labs[3 * g + 2]);
        }
        if (build < 0) emit(c, OP_LOAD_NONE);
        emit(c, OP_RETURN_VALUE);
        break;
    }
    }
    if (ok && U->depth >= 0) {
        emit(c, OP_LOAD_NONE);
        emit(c, OP_RETURN_VALUE);
    }
    ok = ok && code_finish(c, u, idx) >= 0;
    c->u = u->outer;
    unit_free(c, u);
    if (!ok) return false;
    int k = const_word(c, ((uint32_t)idx << 3) | BC_CONST_CODE);
    if (k >= 0) emit2(c, OP_MAKE_FUNCTION, k, flags);
    return !c->failed;
}

/* defaults of a parameter list: returns MAKE_FUNCTION flags */
static int compile_defaults(Comp *c, Node *p) {
    int flags = 0, nd = 0, nkw = 0;
    bool constant = true;
    for (int i = 0; i < p->n; i++) {
        Node *a = p->k[i];
        if (a->op == PARAM_POS && a->n) {
            nd++;
            constant &= is_const(a->k[0]);
        }
        if (a->op == PARAM_KWONLY && a->n) nkw++;
    }
    if (nd) {
        uint8_t *rec = constant && nd <= 255 ? arena_alloc(c, 4 + 2 * (size_t)nd) : NULL;
        if (rec) {
            uint32_t cnt = (uint32_t)nd;
            memcpy(rec, &cnt, 4);
            int j = 0;
            for (int i = 0; i < p->n; i++) {
                Node *a = p->k[i];
                if (a->op != PARAM_POS || !a->n) continue;
                int k = const_of(c, a->k[0]);
                if (k < 0) return -1;
                rec[4 + 2 * j] = (uint8_t)k;
                rec[5 + 2 * j++] = (uint8_t)(k >> 8);
            }
            int k = const_record(c, BC_CONST_TUPLE, rec, 4 + 2 * cnt);
            if (k < 0) return -1;
            emit1(c, OP_LOAD_CONST, k);
        } else {
            emit1(c, OP_BUILD_LIST, 0);
            for (int i = 0; i < p->n; i++) {
                Node *a = p->k[i];
                if (a->op != PARAM_POS || !a->n) continue;
                if (!compile_expr(c, a->k[0])) return -1;
                emit1(c, OP_LIST_APPEND, 1);
            }
            emit(c, OP_LIST_TO_TUPLE);
        }
        flags |= MKFN_DEFAULTS;
    }
    if (nkw) {
        emit1(c, OP_BUILD_MAP, 0);
        for (int i = 0; i < p->n; i++) {
            Node *a = p->k[i];
            if (a->op != PARAM_KWONLY || !a->n) continue;
            emit1(c, OP_LOAD_NAME_STR, a->v);
            if (!compile_expr(c, a->k[0])) return -1;
            emit1(c, OP_MAP_ADD, 1);
        }
        flags |= MKFN_KWDEFAULTS;
    }
    return c->failed ? -1 : flags;
}

/* call arguments k[1..n) of an E_CALL; self: a LOAD_METHOD pair is below */
static bool compile_call_args(Comp *c, Node *n, bool method) {
    int npos = 0, nkw = 0;
    bool ex = has_star(n, 1);
    for (int i = 1; i < n->n; i++) {
        if (n->k[i]->kind == E_KW) nkw++;
        else npos++;
    }
    if (npos > 255 || nkw > 255) ex = true;
    if (!ex) {
        for (int i = 1; i < n->n; i++) {
            Node *a = n->k[i];
            if (a->kind == E_KW) {
                emit1(c, OP_LOAD_NAME_STR, a->v);
                if (!compile_expr(c, a->k[0])) return false;
            } else if (!compile_expr(c, a)) {
                return false;
            }
        }
        if (method) emit2(c, nkw ? OP_CALL_METHOD_KW : OP_CALL_METHOD, npos, nkw);
        else emit2(c, nkw ? OP_CALL_KW : OP_CALL, npos, nkw);
        return !c->failed;
    }
    if (!method) emit(c, OP_PUSH_NULL);
    /* positional: a list, then a tuple */
    emit1(c, OP_BUILD_LIST, 0);
    for (int i = 1; i < n->n; i++) {
        Node *a = n->k[i];
        if (a->kind == E_KW || a->kind == E_DSTAR) continue;
        bool st = a->kind == E_STAR;
        if (!compile_expr(c, st ? a->k[0] : a)) return false;
        emit1(c, st ? OP_LIST_EXTEND : OP_LIST_APPEND, 1);
    }
    emit(c, OP_LIST_TO_TUPLE);
    /* keywords: runs of name=value merged with DICT_MERGE (duplicates are
     * errors) */
    bool any = false;
    for (int i = 1; i < n->n; i++) {
        Node *a = n->k[i];
        if (a->kind != E_KW && a->kind != E_DSTAR) continue;
        if (!any) emit1(c, OP_BUILD_MAP, 0);
        any = true;
        if (a->kind == E_DSTAR) {
            if (!compile_expr(c, a->k[0])) return false;
        } else {
            int run = 0;
            for (; i < n->n && n->k[i]->kind == E_KW && run < 255; i++, run++) {
                emit1(c, OP_LOAD_NAME_STR, n->k[i]->v);
                if (!compile_expr(c, n->k[i]->k[0])) return false;
            }
            i--;
            emit1(c, OP_BUILD_MAP, run);
        }
        emit1(c, OP_DICT_MERGE, 1);
    }
    if (!any) emit(c, OP_PUSH_NULL);
    emit(c, OP_CALL_EX);
    return !c->failed;
}

static bool compile_call(Comp *c, Node *n) {
    Node *f = n->k[0];
    Scope *s = U->scope;
    /* zero-argument super() -> super(__class__, <first argument>) */
    if (f->kind == E_NAME && n->n == 1 && s->kind == SC_FUNC && s->has_super &&
        f->v == name_lookup(c, "super") && (s->argcount > 0 || (s->flags & CO_VARARGS))) {
        Sym *cls = scope_find(s, (unsigned)name_lookup(c, "__class__"));
        Sym *y = scope_find(s, (unsigned)f->v);
        if (cls && (cls->flags & SY_FREE) && !(y && (y->flags & (SY_ASSIGN | SY_FREE)))) {
            name_op(c, (unsigned)f->v, 0);
            emit1(c, OP_LOAD_DEREF, cls->cell);
            /* the first parameter (slot 0), from its cell if captured */
            Sym *first = NULL;
            for (unsigned i = 0; i < s->nsym; i++)
                if ((s->syms[i].flags & SY_PARAM) && s->syms[i].slot == 0) first = &s->syms[i];
            if (first && (first->flags & SY_CELL)) emit1(c, OP_LOAD_DEREF, first->cell);
            else emit1(c, OP_LOAD_FAST, 0);
            emit1(c, OP_CALL, 2);
            return !c->failed;
        }
    }
    if (f->kind == E_ATTR) {
        if (!compile_expr(c, f->k[0])) return false;
        emit1(c, OP_LOAD_METHOD, f->v);
        return compile_call_args(c, n, true);
    }
    return compile_expr(c, f) && compile_call_args(c, n, false);
}

static bool compile_slice_part(Comp *c, Node *x) {
    if (x) return compile_expr(c, x);
    emit(c, OP_LOAD_NONE);
    return true;
}

static bool simple_slice(const Node *idx) { return idx->kind == E_SLICE && !idx->k[2]; }

static bool compile_fstr(Comp *c, Node *n) {
    for (int i = 0; i < n->n; i++) {
        Node *p = n->k[i];
        if (p->kind == E_CONST) {
            load_str(c, (unsigned)p->v);
            continue;
        }
        if (!compile_expr(c, p->k[0])) return false;
        if (p->n > 1 && !compile_fstr(c, p->k[1])) return false;
        emit1(c, OP_FORMAT_VALUE, p->op);
    }
    if (n->n == 0) load_str(c, (unsigned)intern(c, ""));
    else if (n->n > 1 || n->k[0]->kind == E_CONST) {
        if (n->n > 255) return c_error_at(c, n, "too many parts in f-string");
        if (n->n > 1) emit1(c, OP_BUILD_STRING, n->n);
    }
    return !c->failed;
}

static bool compile_expr(Comp *c, Node *n) {
    if (c->failed) return false;
    if (++c->depth > COMPILER_MAX_DEPTH) return c_error_at(c, n, "too deeply nested");
    bool ok = true;
    switch (n->kind) {
    case E_NAME:
        name_op(c, (unsigned)n->v, 0);
        break;
    case E_CONST:
        switch (n->op) {
        case C_INT: load_int(c, n->v); break;
        case C_NONE: emit(c, OP_LOAD_NONE); break;
        case C_TRUE: emit(c, OP_LOAD_TRUE); break;
        case C_FALSE: emit(c, OP_LOAD_FALSE); break;
        default: {
            int k = const_of(c, n);
            if (k >= 0) emit1(c, OP_LOAD_CONST, k);
        }
        }
        break;
    case E_FSTR:
        ok = compile_fstr(c, n);
        break;
    case E_UNARY:
        ok = compile_expr(c, n->k[0]);
        emit1(c, OP_UNARY_OP, n->op);
        break;
    case E_NOT:
        ok = compile_expr(c, n->k[0]);
        emit(c, OP_UNARY_NOT);
        break;
    case E_BIN:
        ok = compile_expr(c, n->k[0]) && compile_expr(c, n->k[1]);
        emit1(c, OP_BINARY_OP, n->op);
        break;
    case E_BOOL: {
        int end = new_label(c);
        for (int i = 0; ok && i < n->n; i++) {
            ok = compile_expr(c, n->k[i]);
            if (i < n->n - 1) emit_jump(c, n->op ? OP_JUMP_IF_TRUE_OR_POP : OP_JUMP_IF_FALSE_OR_POP, end);
        }
        place(c, end);
        break;
    }
    case E_CMP: {
        const uint8_t *ops = (const uint8_t *)&n->k[n->n];
        ok = compile_expr(c, n->k[0]);
        if (n->n == 2) {
            ok = ok && compile_expr(c, n->k[1]);
            emit1(c, OP_COMPARE_OP, ops[0]);
            break;
        }
        int cleanup = new_label(c), end = new_label(c);
        for (int i = 1; ok && i < n->n; i++) {
            ok = compile_expr(c, n->k[i]);
            if (i < n->n - 1) {
                emit(c, OP_DUP_TOP);
                emit(c, OP_ROT_THREE);
                emit1(c, OP_COMPARE_OP, ops[i - 1]);
                emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                emit1(c, OP_COMPARE_OP, ops[i - 1]);
            }
        }
        emit_jump(c, OP_JUMP, end);
        place(c, cleanup);
        emit(c, OP_ROT_TWO);
        emit(c, OP_POP_TOP);
        place(c, end);
        break;
    }
    case E_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        ok = compile_jump_if(c, n->k[0], false, orelse) && compile_expr(c, n->k[1]);
        emit_jump(c, OP_JUMP, end);
        place(c, orelse);
        ok = ok && compile_expr(c, n->k[2]);
        place(c, end);
        break;
    }
    case E_LAMBDA: {
        int flags = compile_defaults(c, n->k[0]);
        ok = flags >= 0 && make_function(c, n, flags);
        break;
    }
    case E_CALL: {
        /* a call in a statement spread over lines gets its own line, as in
         * CPython's tracebacks */
        int line = U->line;
        if (n->line > line) U->line = n->line;
        ok = compile_call(c, n);
        U->line = line;
        break;
    }
    case E_ATTR:
        ok = compile_expr(c, n->k[0]);
        emit1(c, OP_LOAD_ATTR, n->v);
        break;
    case E_SUB:
        ok = compile_expr(c, n->k[0]);
        if (ok && simple_slice(n->k[1])) {
            ok = compile_slice_part(c, n->k[1]->k[0]) && compile_slice_part(c, n->k[1]->k[1]);
            emit(c, OP_BINARY_SLICE);
        } else {
            ok = ok && compile_expr(c, n->k[1]);
            emit(c, OP_BINARY_SUBSCR);
        }
        break;
    case E_SLICE:
        ok = compile_slice_part(c, n->k[0]) && compile_slice_part(c, n->k[1]) &&
             (!n->k[2] || compile_expr(c, n->k[2]));
        emit1(c, OP_BUILD_SLICE, n->k[2] ? 3 : 2);
        break;
    case E_TUPLE:
    case E_LIST:
    case E_SET:
        ok = compile_seq(c, n, n->kind);
        break;
    case E_DICT:
        ok = compile_dict(c, n);
        break;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_GENEXP:
    case E_DICTCOMP: {
        Node *g0 = n->k[n->kind == E_DICTCOMP ? 2 : 1];
        ok = make_function(c, n, 0) && compile_expr(c, g0->k[1]);
        emit(c, OP_GET_ITER);
        emit1(c, OP_CALL, 1);
        break;
    }
    case E_YIELD:
        if (n->n) ok = compile_expr(c, n->k[0]);
        else emit(c, OP_LOAD_NONE);
        emit(c, OP_YIELD_VALUE);
        break;
    case E_YIELDFROM:
        ok = compile_expr(c, n->k[0]);
        emit(c, OP_GET_YIELD_FROM_ITER);
        emit(c, OP_LOAD_NONE);
        emit(c, OP_YIELD_FROM);
        break;
    case E_WALRUS:
        ok = compile_expr(c, n->k[0]);
        emit(c, OP_DUP_TOP);
        name_op(c, (unsigned)n->v, 1);
        break;
    case E_STAR:
        ok = c_error_at(c, n, "can't use starred expression here");
        break;
    default:
        ok = c_error_at(c, n, "invalid syntax");
        break;
    }
    c->depth--;
    return ok && !c->failed;
}

static bool compile_jump_if(Comp *c, Node *n, bool cond, int lab) {
    if (++c->depth > COMPILER_MAX_DEPTH) return c_error_at(c, n, "too deeply nested");
    bool ok = true;
    if (n->kind == E_NOT) {
        ok = compile_jump_if(c, n->k[0], !cond, lab);
    } else if (n->kind == E_BOOL) {
        bool is_or = n->op != 0;
        if (is_or == cond) {
            for (int i = 0; ok && i < n->n; i++) ok = compile_jump_if(c, n->k[i], cond, lab);
        } else {
            int skip = new_label(c);
            for (int i = 0; ok && i < n->n - 1; i++) ok = compile_jump_if(c, n->k[i], !cond, skip);
            ok = ok && compile_jump_if(c, n->k[n->n - 1], cond, lab);
            place(c, skip);
        }
    } else if (n->kind == E_CONST && n->op != C_POOL && n->op != C_STR) {
        bool truth = n->op == C_TRUE || n->op == C_ELLIPSIS || (n->op == C_INT && n->v != 0);
        if (truth == cond) emit_jump(c, OP_JUMP, lab);
    } else {
        ok = compile_expr(c, n);
        emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, lab);
    }
    c->depth--;
    return ok && !c->failed;
}

/* ---- targets ---- */

bool codegen_store(Comp *c, Node *t);

bool codegen_store(Comp *c, Node *t) {
    switch (t->kind) {
    case E_NAME:
        name_op(c, (unsigned)t->v, 1);
        break;
    case E_ATTR:
        if (!compile_expr(c, t->k[0])) return false;
        emit1(c, OP_STORE_ATTR, t->v);
        break;
    case E_SUB:
        if (!compile_expr(c, t->k[0])) return false;
        if (simple_slice(t->k[1])) {
            if (!compile_slice_part(c, t->k[1]->k[0]) || !compile_slice_part(c, t->k[1]->k[1])) return false;
            emit(c, OP_STORE_SLICE);
        } else {
            if (!compile_expr(c, t->k[1])) return false;
            emit(c, OP_STORE_SUBSCR);
        }
        break;
    case E_TUPLE:
    case E_LIST: {
        int star = -1;
        for (int i = 0; i < t->n; i++)
            if (t->k[i]->kind == E_STAR) star = i;
        if (star >= 0) {
            if (star > 255 || t->n - star - 1 > 255) return c_error_at(c, t, "too many expressions in star-unpacking assignment");
            emit2(c, OP_UNPACK_EX, star, t->n - star - 1);
        } else {
            if (t->n > 255) return c_error_at(c, t, "too many expressions in assignment");
            emit1(c, OP_UNPACK_SEQUENCE, t->n);
        }
        for (int i = 0; i < t->n; i++)
            if (!codegen_store(c, t->k[i]->kind == E_STAR ? t->k[i]->k[0] : t->k[i])) return false;
        break;
    }
    default:
        return c_error_at(c, t, "cannot assign to expression");
    }
    return !c->failed;
}

static bool compile_del(Comp *c, Node *t) {
    switch (t->kind) {
    case E_NAME:
        name_op(c, (unsigned)t->v, 2);
        break;
    case E_ATTR:
        if (!compile_expr(c, t->k[0])) return false;
        emit1(c, OP_DELETE_ATTR, t->v);
        break;
    case E_SUB:
        if (!compile_expr(c, t->k[0]) || !compile_expr(c, t->k[1])) return false;
        emit(c, OP_DELETE_SUBSCR);
        break;
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < t->n; i++)
            if (!compile_del(c, t->k[i])) return false;
        break;
    default:
        return c_error_at(c, t, "cannot delete expression");
    }
    return !c->failed;
}

/* ---- statements ---- */

static bool compile_block(Comp *c, Node *n) {
    if (!n) return true;
    if (n->kind != S_BLOCK) return compile_stmt(c, n);
    for (int i = 0; i < n->n; i++)
        if (!compile_stmt(c, n->k[i])) return false;
    return true;
}

static bool compile_loop_body(Comp *c, int kind, int brk, int cont, Node *body) {
    FBlock *fb = push_fb(c, kind);
    if (!fb) return false;
    fb->brk = brk;
    fb->cont = cont;
    bool ok = compile_block(c, body);
    pop_fb(c);
    return ok;
}

static bool compile_with(Comp *c, Node *n, int item) {
    if (item == n->n - 1) return compile_block(c, n->k[item]);
    Node *it = n->k[item];
    if (!compile_expr(c, it->k[0])) return false;
    emit(c, OP_BEFORE_WITH);
    int d = U->depth - 1; /* exit, self */
    int hw = new_label(c), hc = new_label(c), ok_l = new_label(c), end = new_label(c);
    int outer = push_handler(c, hw, d);
    FBlock *fb = push_fb(c, FB_WITH);
    if (!fb) return false;
    fb->outer = outer;
    bool ok = it->n > 1 ? codegen_store(c, it->k[1]) : (emit(c, OP_POP_TOP), true);
    ok = ok && compile_with(c, n, item + 1);
    pop_fb(c);
    U->handler = outer;
    emit_seq(c, seq_exit_none);
    emit1(c, OP_CALL_METHOD, 3);
    emit(c, OP_POP_TOP);
    emit_jump(c, OP_JUMP, end);
    place_handler(c, hw, d);
    emit(c, OP_PUSH_EXC_INFO);
    push_handler(c, hc, d + 1);
    emit(c, OP_WITH_EXCEPT_START);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, ok_l);
    emit(c, OP_RERAISE);
    U->handler = outer;
    place(c, ok_l);
    static const char ok_seq[] = {(char)SEQ_POP, OP_POP_EXCEPT, (char)SEQ_POP, (char)SEQ_POP, 0};
    emit_seq(c, ok_seq);
    emit_jump(c, OP_JUMP, end);
    place_handler(c, hc, d + 1);
    emit_seq(c, seq_reraise_clean);
    place(c, end);
    return ok && !c->failed;
}

static bool compile_try(Comp *c, Node *n) {
    Node *body = n->k[0], *orelse = n->k[n->n - 2], *final = n->k[n->n - 1];
    int nh = n->n - 3, d = U->depth, outer = U->handler;
    int end = new_label(c), hfin = -1, hfin_clean = -1;
    FBlock *fb;
    bool ok = true;
    if (final) {
        hfin = new_label(c);
        hfin_clean = new_label(c);
        push_handler(c, hfin, d);
        if (!(fb = push_fb(c, FB_FINALLY_TRY))) return false;
        fb->node = final;
        fb->outer = outer;
    }
    int mid = U->handler; /* handler around the except part */
    if (nh) {
        int hexc = new_label(c), hclean = new_label(c);
        push_handler(c, hexc, d);
        if (!(fb = push_fb(c, FB_TRY_EXCEPT))) return false;
        fb->outer = mid;
        ok = compile_block(c, body);
        pop_fb(c);
        U->handler = mid;
        ok = ok && compile_block(c, orelse);
        /* normal exit: through the finally (compiled inline by the jump
         * out) or straight to the end */
        int after = new_label(c);
        emit_jump(c, OP_JUMP, after);
        place_handler(c, hexc, d);
        emit(c, OP_PUSH_EXC_INFO);
        push_handler(c, hclean, d + 1);
        int hclean_id = U->handler;
        for (int i = 0; ok && i < nh; i++) {
            Node *h = n->k[1 + i];
            int next = new_label(c);
            U->line = h->line;
            if (h->n == 2) {
                ok = compile_expr(c, h->k[0]);
                emit(c, OP_CHECK_EXC_MATCH);
                emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
            }
            int has = h->v >= 0, has_as = -1;
            if (has) {
                name_op(c, (unsigned)h->v, 1);
                has_as = new_label(c);
                push_handler(c, has_as, d + 1);
            } else {
                emit(c, OP_POP_TOP);
            }
            if (!(fb = push_fb(c, FB_EXCEPT_BODY))) return false;
            fb->name = h->v;
            fb->outer = mid;
            ok = ok && compile_block(c, h->k[h->n - 1]);
            pop_fb(c);
            U->handler = mid;
            emit(c, OP_POP_EXCEPT);
            if (has) clear_name(c, (unsigned)h->v);
            emit_jump(c, OP_JUMP, after);
            U->handler = hclean_id; /* the rest of the handlers */
            if (has) {
                place_handler(c, has_as, d + 1);
                clear_name(c, (unsigned)h->v);
                emit(c, OP_RERAISE);
            }
            place(c, next);
        }
        emit(c, OP_RERAISE); /* no clause matched (dropped after a bare except) */
        U->handler = mid;
        place_handler(c, hclean, d + 1);
        emit_seq(c, seq_reraise_clean);
        place(c, after);
    } else {
        ok = compile_block(c, body);
    }
    if (final) {
        pop_fb(c);
        U->handler = outer;
        ok = ok && compile_block(c, final);
        emit_jump(c, OP_JUMP, end);
        place_handler(c, hfin, d);
        emit(c, OP_PUSH_EXC_INFO);
        push_handler(c, hfin_clean, d + 1);
        if (!(fb = push_fb(c, FB_FINALLY_END))) return false;
        fb->outer = outer;
        ok = ok && compile_block(c, final);
        pop_fb(c);
        emit(c, OP_RERAISE);
        U->handler = outer;
        place_handler(c, hfin_clean, d + 1);
        emit_seq(c, seq_reraise_clean);
    }
    place(c, end);
    U->handler = outer;
    return ok && !c->failed;
}

static bool compile_class(Comp *c, Node *n) {
    for (int i = 2; i < n->n; i++)
        if (!compile_expr(c, n->k[i])) return false;
    load_str(c, (unsigned)n->v);
    Node *a = n->k[1];
    int flags = 0, npos = 0, nkw = 0;
    for (int i = 1; i < a->n; i++) {
        if (a->k[i]->kind == E_KW || a->k[i]->kind == E_DSTAR) nkw++;
        else npos++;
    }
    /* bases: a tuple */
    if (!has_star(a, 1) && npos <= 255) {
        for (int i = 1; i < a->n; i++)
            if (a->k[i]->kind != E_KW && !compile_expr(c, a->k[i])) return false;
        emit1(c, OP_BUILD_TUPLE, npos);
    } else {
        emit1(c, OP_BUILD_LIST, 0);
        for (int i = 1; i < a->n; i++) {
            Node *x = a->k[i];
            if (x->kind == E_KW || x->kind == E_DSTAR) continue;
            bool st = x->kind == E_STAR;
            if (!compile_expr(c, st ? x->k[0] : x)) return false;
            emit1(c, st ? OP_LIST_EXTEND : OP_LIST_APPEND, 1);
        }
        emit(c, OP_LIST_TO_TUPLE);
    }
    if (nkw) {
        emit1(c, OP_BUILD_MAP, 0);
        for (int i = 1; i < a->n; i++) {
            Node *x = a->k[i];
            if (x->kind == E_KW) {
                emit1(c, OP_LOAD_NAME_STR, x->v);
                if (!compile_expr(c, x->k[0])) return false;
                emit1(c, OP_MAP_ADD, 1);
            } else if (x->kind == E_DSTAR) {
                if (!compile_expr(c, x->k[0])) return false;
                emit1(c, OP_DICT_MERGE, 1);
            }
        }
        flags = BCLS_KWARGS;
    }
    emit1(c, OP_BUILD_MAP, 0);
    if (!make_function(c, n, 0)) return false;
    emit1(c, OP_COPY, 2);
    emit1(c, OP_CALL, 1);
    emit1(c, OP_BUILD_CLASS, flags);
    for (int i = 2; i < n->n; i++) emit1(c, OP_CALL, 1);
    name_op(c, (unsigned)n->v, 1);
    return !c->failed;
}

static bool compile_import(Comp *c, Node *n) {
    if (n->kind == S_IMPORT) {
        for (int i = 0; i < n->n; i++) {
            Node *a = n->k[i];
            emit1(c, OP_LOAD_INT, 0);
            emit(c, OP_LOAD_NONE);
            emit1(c, OP_IMPORT_NAME, a->v);
            if (a->op) {
                /* import a.b.c as d: walk down the components */
                uint32_t len;
                const char *s = name_text(c, (unsigned)a->v, &len);
                uint32_t start = 0;
                while (start < len && s[start] != '.') start++;
                while (start < len) {
                    uint32_t e = start + 1;
                    while (e < len && s[e] != '.') e++;
                    c->tmp.len = 0;
                    if (!buf_put(c, &c->tmp, s + start + 1, e - start - 1)) return false;
                    int comp = name_intern(c, (const char *)c->tmp.p, c->tmp.len);
                    if (comp < 0) return false;
                    s = name_text(c, (unsigned)a->v, &len); /* the pool may have moved */
                    emit1(c, OP_IMPORT_FROM, comp);
                    emit(c, OP_ROT_TWO);
                    emit(c, OP_POP_TOP);
                    start = e;
                }
            }
            name_op(c, (unsigned)a->k[0]->v, 1);
        }
        return !c->failed;
    }
    emit1(c, OP_LOAD_INT, n->op);
    /* the fromlist: a tuple of names (strs) */
    int cnt = n->n ? n->n : 1;
    if (cnt > 255) return c_error_at(c, n, "too many names imported");
    uint8_t *rec = arena_alloc(c, 4 + 2 * (size_t)cnt);
    if (!rec) return false;
    uint32_t u32 = (uint32_t)cnt;
    memcpy(rec, &u32, 4);
    for (int i = 0; i < cnt; i++) {
        int nm = n->n ? n->k[i]->v : intern(c, "*");
        int k = nm < 0 ? -1 : const_word(c, ((uint32_t)nm << 3) | BC_CONST_STR);
        if (k < 0) return false;
        rec[4 + 2 * i] = (uint8_t)k;
        rec[5 + 2 * i] = (uint8_t)(k >> 8);
    }
    int k = const_record(c, BC_CONST_TUPLE, rec, 4 + 2 * (uint32_t)cnt);
    if (k < 0) return false;
    emit1(c, OP_LOAD_CONST, k);
    emit1(c, OP_IMPORT_NAME, n->v);
    if (!n->n) {
        emit(c, OP_IMPORT_STAR);
        return !c->failed;
    }
    for (int i = 0; i < n->n; i++) {
        emit1(c, OP_IMPORT_FROM, n->k[i]->v);
        name_op(c, (unsigned)n->k[i]->k[0]->v, 1);
    }
    emit(c, OP_POP_TOP);
    return !c->failed;
}

static bool compile_stmt(Comp *c, Node *n) {
    if (c->failed) return false;
    if (++c->depth > COMPILER_MAX_DEPTH) return c_error_at(c, n, "too deeply nested");
    Unit *u = U;
    u->line = n->line;
    bool ok = true;
    if (u->depth < 0) {
        /* dead code (after return / raise / break ...): a statement that
         * starts unreachable stays so, labels and handlers included */
        c->depth--;
        return true;
    }
    switch (n->kind) {
    case S_EXPR: {
        Node *e = n->k[0];
        if (c->mode == COMPILE_SINGLE && !u->outer) {
            ok = compile_expr(c, e);
            emit(c, OP_PRINT_EXPR);
        } else if (e->kind != E_CONST) { /* docstrings and other constants: nothing */
            ok = compile_expr(c, e);
            emit(c, OP_POP_TOP);
        }
        break;
    }
    case S_ASSIGN: {
        Node *v = n->k[n->n - 1], *t = n->k[0];
        if (n->n == 2 && v->kind == E_TUPLE && (t->kind == E_TUPLE || t->kind == E_LIST) &&
            t->n == v->n && (v->n == 2 || v->n == 3) && !has_star(v, 0) && !has_star(t, 0)) {
            /* a, b = b, a: no tuple built */
            ok = compile_kids(c, v, 0);
            emit(c, v->n == 2 ? OP_ROT_TWO : OP_ROT_THREE);
            if (v->n == 3) emit(c, OP_ROT_TWO);
            for (int i = 0; ok && i < t->n; i++) ok = codegen_store(c, t->k[i]);
            break;
        }
        ok = compile_expr(c, v);
        for (int i = 0; ok && i < n->n - 1; i++) {
            if (i < n->n - 2) emit(c, OP_DUP_TOP);
            ok = codegen_store(c, n->k[i]);
        }
        break;
    }
    case S_AUG: {
        Node *t = n->k[0];
        if (t->kind == E_NAME) {
            name_op(c, (unsigned)t->v, 0);
            ok = compile_expr(c, n->k[1]);
            emit1(c, OP_BINARY_OP, n->op);
            name_op(c, (unsigned)t->v, 1);
        } else if (t->kind == E_ATTR) {
            ok = compile_expr(c, t->k[0]);
            emit(c, OP_DUP_TOP);
            emit1(c, OP_LOAD_ATTR, t->v);
            ok = ok && compile_expr(c, n->k[1]);
            emit1(c, OP_BINARY_OP, n->op);
            emit(c, OP_ROT_TWO);
            emit1(c, OP_STORE_ATTR, t->v);
        } else {
            ok = compile_expr(c, t->k[0]) && compile_expr(c, t->k[1]);
            emit(c, OP_DUP_TOP_TWO);
            emit(c, OP_BINARY_SUBSCR);
            ok = ok && compile_expr(c, n->k[1]);
            emit1(c, OP_BINARY_OP, n->op);
            emit(c, OP_ROT_THREE);
            emit(c, OP_STORE_SUBSCR);
        }
        break;
    }
    case S_ANN:
        if (n->n == 2) ok = compile_expr(c, n->k[1]) && codegen_store(c, n->k[0]);
        break;
    case S_DEL:
        ok = compile_del(c, n->k[0]);
        break;
    case S_PASS:
    case S_GLOBAL:
    case S_NONLOCAL:
        break;
    case S_BREAK:
    case S_CONTINUE:
    case S_RETURN:
        ok = compile_jump_stmt(c, n);
        break;
    case S_RAISE:
        ok = compile_kids(c, n, 0);
        emit1(c, OP_RAISE_VARARGS, n->n);
        break;
    case S_IMPORT:
    case S_FROM:
        ok = compile_import(c, n);
        break;
    case S_ASSERT: {
        int okl = new_label(c);
        ok = compile_jump_if(c, n->k[0], true, okl);
        emit(c, OP_LOAD_ASSERTION_ERROR);
        if (ok && n->n > 1) {
            ok = compile_expr(c, n->k[1]);
            emit1(c, OP_CALL, 1);
        }
        emit1(c, OP_RAISE_VARARGS, 1);
        place(c, okl);
        break;
    }
    case S_IF: {
        int orelse = new_label(c), end = new_label(c);
        ok = compile_jump_if(c, n->k[0], false, orelse) && compile_block(c, n->k[1]);
        if (n->k[2]) emit_jump(c, OP_JUMP, end);
        place(c, orelse);
        ok = ok && compile_block(c, n->k[2]);
        place(c, end);
        break;
    }
    case S_WHILE: {
        int top = new_label(c), orelse = new_label(c), end = new_label(c);
        place(c, top);
        ok = compile_jump_if(c, n->k[0], false, orelse) && compile_loop_body(c, FB_WHILE, end, top, n->k[1]);
        u->line = n->line;
        emit_jump(c, OP_JUMP, top);
        place(c, orelse);
        ok = ok && compile_block(c, n->k[2]);
        place(c, end);
        break;
    }
    case S_FOR: {
        int top = new_label(c), orelse = new_label(c), end = new_label(c);
        ok = compile_expr(c, n->k[1]);
        emit(c, OP_GET_ITER);
        place(c, top);
        emit_jump(c, OP_FOR_ITER, orelse);
        ok = ok && codegen_store(c, n->k[0]) && compile_loop_body(c, FB_FOR, end, top, n->k[2]);
        u->line = n->line;
        emit_jump(c, OP_JUMP, top);
        place(c, orelse);
        ok = ok && compile_block(c, n->k[3]);
        place(c, end);
        break;
    }
    case S_WITH:
        ok = compile_with(c, n, 0);
        break;
    case S_TRY:
        ok = compile_try(c, n);
        break;
    case S_DEF: {
        for (int i = 2; ok && i < n->n; i++) ok = compile_expr(c, n->k[i]);
        int flags = ok ? compile_defaults(c, n->k[0]) : -1;
        ok = flags >= 0 && make_function(c, n, flags);
        for (int i = 2; ok && i < n->n; i++) emit1(c, OP_CALL, 1);
        if (ok) name_op(c, (unsigned)n->v, 1);
        break;
    }
    case S_CLASS:
        ok = compile_class(c, n);
        break;
    case S_BLOCK:
        c->depth--;
        return compile_block(c, n);
    default:
        ok = c_error_at(c, n, "invalid syntax");
        break;
    }
    c->depth--;
    return ok && !c->failed;
}

/* ---- module ---- */

bool codegen_begin(Comp *c, Scope *module) {
    int nm = intern(c, "<module>"), idx = code_reserve(c);
    Unit *u = c_alloc(c, sizeof(Unit));
    if (nm < 0 || idx != 0 || !u) return false;
    memset(u, 0, sizeof *u);
    module->name = module->qualname = (uint16_t)nm;
    module->flags = CO_MODULE;
    unit_begin(c, u, module, 1);
    return true;
}

bool codegen_stmt(Comp *c, Node *stmt) {
    Unit *mod = c->u;
    c->depth = 0;
    bool ok = compile_stmt(c, stmt);
    /* after an error, nested units were released by make_function */
    c->u = mod;
    return ok;
}

bool codegen_end(Comp *c) {
    Unit *u = c->u;
    if (!u) return false;
    if (u->depth >= 0) {
        emit(c, OP_LOAD_NONE);
        emit(c, OP_RETURN_VALUE);
    }
    bool ok = code_finish(c, u, 0) >= 0;
    unit_free(c, u);
    c_free(c, u);
    c->u = NULL;
    return ok;
}

void codegen_free(Comp *c) {
    Unit *u = c->u;
    if (!u) return;
    while (u->outer) u = u->outer; /* only the module unit is not in the arena */
    unit_free(c, u);
    c_free(c, u);
    c->u = NULL;
}

#endif /* MONTY_COMPILER */
