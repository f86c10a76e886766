/*
 * scope.c - symbol tables: which names are local, cell, free or global.
 *
 * Three steps per top-level statement: collect (walk the tree, one Scope
 * per def / lambda / class / comprehension, recording how each name is
 * used), resolve (top-down: free names are looked up in enclosing
 * functions, which turns their locals into cells; class scopes are
 * skipped except for __class__), and assign slots (docs/bytecode.md 2.4:
 * parameters, other locals, cells, frees).
 *
 * The module scope keeps no symbols: module names are always globals.
 */
#include "cinternal.h"

#if MONTY_COMPILER

Sym *scope_find(Scope *s, unsigned name) {
    for (unsigned i = 0; i < s->nsym; i++)
        if (s->syms[i].name == name) return &s->syms[i];
    return NULL;
}

static Sym *sym_add(Comp *c, Scope *s, unsigned name, unsigned flags) {
    Sym *y = scope_find(s, name);
    if (!y) {
        if (s->nsym == s->capsym) {
            unsigned cap = s->capsym ? s->capsym * 2u : 8u;
            if (cap > 0xffff) return c_error(c, COMPILE_SYNTAX_ERROR, 0, 0, "too many names"), NULL;
            Sym *n = arena_alloc(c, cap * sizeof(Sym));
            if (!n) return NULL;
            if (s->nsym) memcpy(n, s->syms, s->nsym * sizeof(Sym));
            s->syms = n;
            s->capsym = (uint16_t)cap;
        }
        y = &s->syms[s->nsym++];
        y->name = (uint16_t)name;
    }
    y->flags |= (uint16_t)flags;
    return y;
}

typedef struct Ctx {
    Comp *c;
    int n_super, n_class; /* name indices of "super" and "__class__" (or -1) */
} Ctx;

static bool visit(Ctx *x, Scope *s, Node *n);

static bool use(Ctx *x, Scope *s, Node *n, unsigned flags) {
    if (s->kind == SC_MODULE) return true;
    return sym_add(x->c, s, (unsigned)n->v, flags) != NULL;
}

/* an assignment target: names are bound, the rest is evaluated */
static bool target(Ctx *x, Scope *s, Node *t) {
    switch (t->kind) {
    case E_NAME: return use(x, s, t, SY_ASSIGN);
    case E_STAR: return target(x, s, t->k[0]);
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < t->n; i++)
            if (!target(x, s, t->k[i])) return false;
        return true;
    default: return visit(x, s, t);
    }
}

static Scope *new_scope(Ctx *x, Scope *parent, Node *n, int kind, unsigned name) {
    Comp *c = x->c;
    Scope *s = arena_alloc(c, sizeof(Scope));
    if (!s) return NULL;
    s->parent = parent;
    s->node = n;
    s->kind = (uint8_t)kind;
    s->name = (uint16_t)name;
    s->sibling = parent->child;
    parent->child = s;
    SET_NODE_SCOPE(n, s);
    /* qualified name */
    c->tmp.len = 0;
    uint32_t len;
    const char *t;
    if (parent->kind != SC_MODULE) {
        t = name_text(c, parent->qualname, &len);
        if (!buf_put(c, &c->tmp, t, len)) return NULL;
        if (parent->kind != SC_CLASS && !buf_put(c, &c->tmp, ".<locals>", 9)) return NULL;
        if (!buf_put(c, &c->tmp, ".", 1)) return NULL;
    }
    t = name_text(c, name, &len);
    if (!buf_put(c, &c->tmp, t, len)) return NULL;
    int q = name_intern(c, (const char *)c->tmp.p, c->tmp.len);
    if (q < 0) return NULL;
    s->qualname = (uint16_t)q;
    return s;
}

static int intern(Comp *c, const char *s) { return name_intern(c, s, (uint32_t)strlen(s)); }

static bool visit_kids(Ctx *x, Scope *s, Node *n, int from) {
    for (int i = from; i < n->n; i++)
        if (n->k[i] && !visit(x, s, n->k[i])) return false;
    return true;
}

/* parameters: defaults in the outer scope, names in the function's */
static bool params(Ctx *x, Scope *outer, Scope *f, Node *p) {
    for (int i = 0; i < p->n; i++) {
        Node *a = p->k[i];
        if (a->n && !visit(x, outer, a->k[0])) return false;
        if (!sym_add(x->c, f, (unsigned)a->v, SY_PARAM | SY_ASSIGN)) return false;
        switch (a->op) {
        case PARAM_POS: f->argcount++; break;
        case PARAM_KWONLY: f->kwonly++; break;
        case PARAM_VARARG: f->flags |= CO_VARARGS; break;
        default: f->flags |= CO_VARKW; break;
        }
    }
    f->posonly = (uint8_t)p->v;
    return true;
}

static bool comprehension(Ctx *x, Scope *s, Node *n) {
    Comp *c = x->c;
    static const char *const names[] = {"<listcomp>", "<setcomp>", "<genexpr>", "<dictcomp>"};
    int nel = n->kind == E_DICTCOMP ? 2 : 1;
    Node *g0 = n->k[nel];
    /* the outermost iterable belongs to the enclosing scope */
    if (!visit(x, s, g0->k[1])) return false;
    int nm = intern(c, names[n->kind - E_LISTCOMP]), dot0 = intern(c, ".0");
    if (nm < 0 || dot0 < 0) return false;
    Scope *f = new_scope(x, s, n, SC_COMP, (unsigned)nm);
    if (!f || !sym_add(c, f, (unsigned)dot0, SY_PARAM | SY_ASSIGN)) return false;
    f->argcount = 1;
    f->generator = n->kind == E_GENEXP;
    for (int i = nel; i < n->n; i++) {
        Node *g = n->k[i];
        if (!target(x, f, g->k[0])) return false;
        if (i > nel && !visit(x, f, g->k[1])) return false;
        if (!visit_kids(x, f, g, 2)) return false;
    }
    for (int i = 0; i < nel; i++)
        if (!visit(x, f, n->k[i])) return false;
    return true;
}

static bool visit(Ctx *x, Scope *s, Node *n) {
    Comp *c = x->c;
    bool ok = true;
    if (++c->depth > COMPILER_MAX_DEPTH) return c_error_at(c, n, "too deeply nested");
    switch (n->kind) {
    case E_NAME:
        ok = use(x, s, n, SY_USE);
        if (ok && s->kind == SC_FUNC && (n->v == x->n_super || n->v == x->n_class)) {
            if (x->n_class < 0 && (x->n_class = intern(c, "__class__")) < 0) return false;
            ok = sym_add(c, s, (unsigned)x->n_class, SY_USE) != NULL;
            s->has_super = true;
        }
        break;
    case E_WALRUS: {
        ok = visit(x, s, n->k[0]);
        Scope *t = s;
        while (t->kind == SC_COMP) t = t->parent;
        if (t != s && t->kind == SC_CLASS)
            return c_error_at(c, n, "assignment expression within a comprehension cannot be used in a class body");
        for (Scope *q = s; ok && q != t; q = q->parent)
            ok = sym_add(c, q, (unsigned)n->v, t->kind == SC_MODULE ? SY_GLOBAL : SY_COMPWALRUS) != NULL;
        if (ok) ok = use(x, t, n, SY_ASSIGN);
        break;
    }
    case E_LAMBDA: {
        int nm = intern(c, "<lambda>");
        if (nm < 0) return false;
        Scope *f = new_scope(x, s, n, SC_FUNC, (unsigned)nm);
        ok = f && params(x, s, f, n->k[0]) && visit(x, f, n->k[1]);
        break;
    }
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_GENEXP:
    case E_DICTCOMP:
        ok = comprehension(x, s, n);
        break;
    case E_YIELD:
    case E_YIELDFROM:
        if (s->kind == SC_COMP)
            return c_error_at(c, n, s->node->kind == E_GENEXP ? "'yield' inside generator expression"
                                                              : "'yield' inside list comprehension");
        if (s->kind != SC_FUNC) return c_error_at(c, n, "'yield' outside function");
        s->generator = true;
        ok = visit_kids(x, s, n, 0);
        break;
    case S_RETURN:
        if (s->kind != SC_FUNC && c->mode != COMPILE_EVAL) return c_error_at(c, n, "'return' outside function");
        ok = visit_kids(x, s, n, 0);
        break;
    case S_ASSIGN:
        for (int i = 0; ok && i < n->n - 1; i++) ok = target(x, s, n->k[i]);
        if (ok) ok = visit(x, s, n->k[n->n - 1]);
        break;
    case S_AUG:
        ok = n->k[0]->kind == E_NAME ? use(x, s, n->k[0], SY_ASSIGN | SY_USE) : visit(x, s, n->k[0]);
        if (ok) ok = visit(x, s, n->k[1]);
        break;
    case S_ANN:
        ok = target(x, s, n->k[0]) && visit_kids(x, s, n, 1);
        break;
    case S_DEL:
        ok = target(x, s, n->k[0]);
        break;
    case S_FOR:
        ok = target(x, s, n->k[0]) && visit_kids(x, s, n, 1);
        break;
    case E_WITHITEM:
        ok = visit(x, s, n->k[0]) && (n->n < 2 || target(x, s, n->k[1]));
        break;
    case S_EXCEPT:
        if (n->v >= 0 && s->kind != SC_MODULE) ok = sym_add(c, s, (unsigned)n->v, SY_ASSIGN) != NULL;
        if (ok) ok = visit_kids(x, s, n, 0);
        break;
    case S_GLOBAL:
    case S_NONLOCAL:
        if (s->kind == SC_MODULE) {
            if (n->kind == S_NONLOCAL) return c_error_at(c, n, "nonlocal declaration not allowed at module level");
            break;
        }
        for (int i = 0; ok && i < n->n; i++) {
            Sym *y = scope_find(s, (unsigned)n->k[i]->v);
            bool glob = n->kind == S_GLOBAL;
            unsigned nm = (unsigned)n->k[i]->v;
            const char *what = glob ? "global" : "nonlocal";
            if (y && (y->flags & SY_PARAM))
                return c_errorf(c, COMPILE_SYNTAX_ERROR, n->line, n->col, "name '%N' is parameter and %s", nm, what);
            if (y && (y->flags & (glob ? SY_NONLOCAL : SY_GLOBAL)))
                return c_errorf(c, COMPILE_SYNTAX_ERROR, n->line, n->col, "name '%N' is nonlocal and global", nm);
            if (y && (y->flags & (SY_ASSIGN | SY_USE)) && !(y->flags & (SY_GLOBAL | SY_NONLOCAL)))
                return c_errorf(c, COMPILE_SYNTAX_ERROR, n->line, n->col,
                                (y->flags & SY_ASSIGN) ? "name '%N' is assigned to before %s declaration"
                                                       : "name '%N' is used prior to %s declaration",
                                nm, what);
            y = sym_add(c, s, nm, glob ? SY_GLOBAL : SY_NONLOCAL);
            ok = y != NULL;
            if (ok && !glob) {
                y->line = n->line;
                y->col = n->col;
            }
        }
        break;
    case S_IMPORT:
        for (int i = 0; ok && i < n->n; i++) ok = use(x, s, n->k[i]->k[0], SY_ASSIGN);
        break;
    case S_FROM:
        if (n->n == 0 && s->kind != SC_MODULE) return c_error_at(c, n, "import * only allowed at module level");
        for (int i = 0; ok && i < n->n; i++) ok = use(x, s, n->k[i]->k[0], SY_ASSIGN);
        break;
    case S_DEF: {
        for (int i = 2; ok && i < n->n; i++) ok = visit(x, s, n->k[i]);
        Scope *f = ok ? new_scope(x, s, n, SC_FUNC, (unsigned)n->v) : NULL;
        ok = f && params(x, s, f, n->k[0]) && use(x, s, n, SY_ASSIGN) && visit(x, f, n->k[1]);
        break;
    }
    case S_CLASS: {
        int ns = intern(c, ".ns");
        for (int i = 2; ok && i < n->n; i++) ok = visit(x, s, n->k[i]);
        ok = ok && ns >= 0 && visit(x, s, n->k[1]) && use(x, s, n, SY_ASSIGN);
        Scope *f = ok ? new_scope(x, s, n, SC_CLASS, (unsigned)n->v) : NULL;
        ok = f && sym_add(c, f, (unsigned)ns, SY_PARAM | SY_ASSIGN) && visit(x, f, n->k[0]);
        if (f) f->argcount = 1;
        break;
    }
    case E_CALL:
        if (!n->k[0]) {
            ok = visit_kids(x, s, n, 1);
            break;
        }
        /* fall through */
    default:
        ok = visit_kids(x, s, n, 0);
        break;
    }
    c->depth--;
    return ok;
}

/* ---- resolution ---- */

/* finds the binding of a free name of s in its enclosing functions;
 * marks cells and pass-through frees.  false: it is a global */
static bool lookup_free(Comp *c, Scope *s, unsigned name, unsigned n_class) {
    for (Scope *p = s->parent; p && p->kind != SC_MODULE; p = p->parent) {
        Sym *y = scope_find(p, name);
        bool found = false;
        if (p->kind == SC_CLASS) {
            if (name != n_class) continue;
            p->class_cell = true;
            y = sym_add(c, p, name, SY_CELL);
            found = y != NULL;
        } else if (y && (y->flags & SY_GLOBAL)) {
            return false;
        } else if (y && (y->flags & (SY_NONLOCAL | SY_COMPWALRUS | SY_FREE))) {
            found = true;
        } else if (y && (y->flags & SY_ASSIGN)) {
            y->flags |= SY_CELL;
            found = true;
        }
        if (!found) continue;
        for (Scope *q = s->parent; q != p; q = q->parent)
            if (!sym_add(c, q, name, SY_FREE)) return false;
        return true;
    }
    return false;
}

static bool resolve(Comp *c, Scope *s, unsigned n_class) {
    if (++c->depth > COMPILER_MAX_DEPTH) return c_error_at(c, s->node, "too deeply nested");
    for (unsigned i = 0; i < s->nsym; i++) {
        Sym *y = &s->syms[i];
        unsigned f = y->flags;
        if (f & (SY_GLOBAL | SY_CELL | SY_FREE)) continue;
        if (f & (SY_NONLOCAL | SY_COMPWALRUS)) {
            if (!lookup_free(c, s, y->name, n_class)) {
                if (c->failed) return false;
                if (f & SY_COMPWALRUS) {
                    s->syms[i].flags |= SY_GLOBAL;
                    continue;
                }
                return c_errorf(c, COMPILE_SYNTAX_ERROR, s->syms[i].line, s->syms[i].col,
                                "no binding for nonlocal '%N' found", s->syms[i].name);
            }
            s->syms[i].flags |= SY_FREE;
        } else if (f & SY_ASSIGN) {
            /* local (a class body's names live in its namespace) */
        } else if (lookup_free(c, s, y->name, n_class)) {
            s->syms[i].flags |= SY_FREE;
        } else {
            if (c->failed) return false;
            s->syms[i].flags |= SY_GLOBAL_IMPL;
        }
    }
    for (Scope *k = s->child; k; k = k->sibling)
        if (!resolve(c, k, n_class)) return false;
    c->depth--;
    return true;
}

/* slots: parameters in order (positional, keyword-only, *args, **kwargs),
 * other locals, then cells, then frees */
static bool assign_slots(Comp *c, Scope *s) {
    unsigned n = 0;
    Node *p = s->kind == SC_FUNC ? s->node->k[0] : NULL;
    if (s->kind != SC_FUNC) {
        /* comprehension ".0" / class ".ns": the first symbol */
        s->syms[0].slot = 0;
        n = 1;
    } else {
        static const uint8_t order[] = {PARAM_POS, PARAM_KWONLY, PARAM_VARARG, PARAM_VARKW};
        for (unsigned o = 0; o < 4; o++)
            for (int i = 0; i < p->n; i++)
                if (p->k[i]->op == order[o]) scope_find(s, (unsigned)p->k[i]->v)->slot = (uint8_t)n++;
    }
    for (unsigned i = 0; i < s->nsym; i++) {
        Sym *y = &s->syms[i];
        if ((y->flags & SY_PARAM) || !(y->flags & SY_ASSIGN) || s->kind == SC_CLASS) continue;
        if (y->flags & (SY_GLOBAL | SY_NONLOCAL | SY_CELL | SY_FREE | SY_COMPWALRUS)) continue;
        if (n >= BC_MAX_SLOTS) return c_error_at(c, s->node, "too many local variables");
        y->slot = (uint8_t)n++;
    }
    s->nlocals = (uint8_t)n;
    for (int pass = 0; pass < 2; pass++) {
        for (unsigned i = 0; i < s->nsym; i++) {
            Sym *y = &s->syms[i];
            if (!(y->flags & (pass ? SY_FREE : SY_CELL)) || (pass && (y->flags & SY_CELL))) continue;
            if (n >= BC_MAX_SLOTS) return c_error_at(c, s->node, "too many local variables");
            y->cell = (uint8_t)n++;
            if (pass) s->nfree++;
            else s->ncells++;
        }
    }
    if (s->generator) s->flags |= CO_GENERATOR;
    if (s->kind == SC_CLASS) s->flags |= CO_CLASS;
    for (Scope *k = s->child; k; k = k->sibling)
        if (!assign_slots(c, k)) return false;
    return true;
}

bool scope_analyse(Comp *c, Node *stmt, Scope *module) {
    Ctx x = {c, name_lookup(c, "super"), name_lookup(c, "__class__")};
    module->child = NULL;
    c->depth = 0;
    if (!visit(&x, module, stmt)) return false;
    c->depth = 0;
    for (Scope *k = module->child; k; k = k->sibling)
        if (!resolve(c, k, x.n_class < 0 ? 0xffffu : (unsigned)x.n_class) || !assign_slots(c, k))
            return false;
    c->depth = 0;
    return true;
}

#endif /* MONTY_COMPILER */
