/*
 * parser.c - recursive descent parser building the tree (cinternal.h).
 *
 * Binary operators use precedence climbing (one C frame per level of
 * nesting rather than one per grammar rule), so a bracket level costs
 * about five frames.  c->depth bounds the recursion: past
 * COMPILER_MAX_DEPTH the parse fails with "too deeply nested".
 *
 * Every parse function returns NULL after an error (c->failed set); the
 * lexer then only produces T_EOF, so loops end quickly.
 */
#include "cinternal.h"

#if MONTY_COMPILER

#define TOK (c->cur->tok)

static void next(Comp *c) { lex_next(c, c->cur); }

static bool accept(Comp *c, int kind) {
    if (TOK.kind != kind) return false;
    next(c);
    return true;
}

static bool err_tok(Comp *c, const char *msg) {
    int kind = COMPILE_SYNTAX_ERROR, line = TOK.line, col = TOK.col;
    bool at_eof = TOK.kind == T_EOF || (TOK.kind == T_DEDENT && c->cur->pos >= c->cur->len);
    /* the lexer failed on this very token (it then reads as T_EOF): its
     * reason stands, "not supported" ones included ("x = 1j", a float
     * literal without MONTY_FLOAT) */
    if (c->failed) return false;
    if (TOK.kind == T_INDENT) {
        msg = "unexpected indent";
        kind = COMPILE_INDENTATION_ERROR;
        col--; /* CPython: the last column of the indentation */
    } else if (TOK.kind == T_DEDENT && !strcmp(msg, "invalid syntax")) {
        msg = "unindent does not match any outer indentation level";
        kind = COMPILE_INDENTATION_ERROR;
    } else if (TOK.kind == T_EOF && !strcmp(msg, "invalid syntax")) {
        msg = "unexpected EOF while parsing";
    } else if ((TOK.kind == T_RPAR || TOK.kind == T_RSQB || TOK.kind == T_RBRACE) &&
               c->cur->depth == 0 && !strcmp(msg, "invalid syntax")) {
        msg = TOK.kind == T_RPAR ? "unmatched ')'" : TOK.kind == T_RSQB ? "unmatched ']'" : "unmatched '}'";
    }
    if (!strcmp(msg, "invalid syntax") || !strcmp(msg, "unexpected EOF while parsing")) {
        /* like CPython, a tokenizer error later in the file (an
         * unterminated string, a bad character) explains a generic error
         * better, and so does a bracket left open on an earlier line */
        Lexer *lx = c->cur;
        lx->rescan = true;
        while (!c->failed && TOK.kind != T_EOF) next(c);
        /* ... but not a Monty limitation found later on ("not supported") */
        if (c->failed && !strstr(c->err->msg, "not supported")) return false;
        c->failed = 0;
        if (lx->depth > 0 && lx->brk[lx->depth - 1].line < line) {
            int i = lx->depth - 1;
            char o = lx->src[lx->brk[i].pos];
            return c_errorf(c, COMPILE_SYNTAX_ERROR, lx->brk[i].line, lx->brk[i].col, "'%s' was never closed",
                            o == '(' ? "(" : o == '[' ? "[" : "{");
        }
    }
    c_error(c, kind, line, col, msg);
    c->err->incomplete = at_eof && !c->cur->sub;
    return false;
}

static bool expect(Comp *c, int kind, const char *msg) {
    if (accept(c, kind)) return true;
    return err_tok(c, msg);
}

bool node_makes_scope(int kind) {
    return kind == S_DEF || kind == S_CLASS || kind == E_LAMBDA || kind == E_LISTCOMP ||
           kind == E_SETCOMP || kind == E_GENEXP || kind == E_DICTCOMP;
}

Node *node_new(Comp *c, int kind, int n, int line, int col) {
    if (n > 0xffff) {
        c_error(c, COMPILE_SYNTAX_ERROR, line, col, "too many items");
        return NULL;
    }
    int extra = node_makes_scope(kind) ? 1 : 0;
    size_t size = sizeof(Node) + (size_t)(n + extra) * sizeof(Node *);
    if (kind == E_CMP) size += (size_t)n; /* operator bytes */
    Node *nd = arena_alloc(c, size);
    if (!nd) return NULL;
    nd->kind = (uint8_t)kind;
    nd->n = (uint16_t)n;
    nd->line = (uint16_t)(line > 0xffff ? 0xffff : line);
    nd->col = (uint16_t)(col > 0xffff ? 0xffff : col);
    return nd;
}

static Node *new_at_tok(Comp *c, int kind, int n) { return node_new(c, kind, n, TOK.line, TOK.col); }

static Node *node1(Comp *c, int kind, const Node *pos, Node *a) {
    Node *n = node_new(c, kind, 1, pos->line, pos->col);
    if (n) n->k[0] = a;
    return n;
}

/* growable list of nodes in the arena */
typedef struct NVec {
    Node **v;
    int n, cap;
} NVec;

static bool nv_push(Comp *c, NVec *l, Node *x) {
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        Node **v = arena_alloc(c, (size_t)cap * sizeof(Node *));
        if (!v) return false;
        if (l->n) memcpy(v, l->v, (size_t)l->n * sizeof(Node *));
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = x;
    return true;
}

static Node *from_vec(Comp *c, int kind, NVec *l, int line, int col) {
    Node *n = node_new(c, kind, l->n, line, col);
    if (n && l->n) memcpy(n->k, l->v, (size_t)l->n * sizeof(Node *));
    return n;
}

static bool enter(Comp *c) {
    if (++c->depth > COMPILER_MAX_DEPTH) return err_tok(c, "too deeply nested");
    return true;
}

/* ---- expressions ---- */

static Node *parse_test(Comp *c);
static Node *parse_namedexpr(Comp *c);
static Node *expr_prec(Comp *c, int minprec);
static Node *parse_block(Comp *c);
static Node *parse_stmt(Comp *c);

static bool starts_expr(int t) {
    switch (t) {
    case T_NAME: case T_INT: case T_FLOAT: case T_STRING: case T_BYTES: case T_FSTRING:
    case T_FALSE: case T_NONE: case T_TRUE: case T_LAMBDA: case T_NOT: case T_AWAIT:
    case T_LPAR: case T_LSQB: case T_LBRACE: case T_ELLIPSIS: case T_TILDE:
    case T_PLUS: case T_MINUS: case T_STAR: case T_YIELD:
        return true;
    default:
        return false;
    }
}

/* item of a list of expressions: test or *expr (star allowed) */
static Node *parse_item(Comp *c, bool named) {
    if (TOK.kind == T_STAR) {
        Node *s = new_at_tok(c, E_STAR, 1);
        next(c);
        if (!s || !(s->k[0] = expr_prec(c, 5))) return NULL;
        return s;
    }
    return named ? parse_namedexpr(c) : parse_test(c);
}

/* comma-separated items up to a token that cannot start an expression;
 * a single item without a comma is returned as is, else a tuple */
static Node *parse_list(Comp *c, bool named, bool targets) {
    int line = TOK.line, col = TOK.col;
    Node *first = targets ? (TOK.kind == T_STAR ? parse_item(c, false) : expr_prec(c, 5))
                          : parse_item(c, named);
    if (!first) return NULL;
    if (TOK.kind != T_COMMA) return first;
    NVec l = {0};
    if (!nv_push(c, &l, first)) return NULL;
    while (accept(c, T_COMMA)) {
        if (!starts_expr(TOK.kind)) break;
        if (targets && (TOK.kind == T_LAMBDA || TOK.kind == T_NOT || TOK.kind == T_YIELD)) break;
        Node *x = targets ? (TOK.kind == T_STAR ? parse_item(c, false) : expr_prec(c, 5))
                          : parse_item(c, named);
        if (!x || !nv_push(c, &l, x)) return NULL;
    }
    return from_vec(c, E_TUPLE, &l, line, col);
}

static Node *parse_comp_for(Comp *c);

/* after "[elt" / "(elt" / "{elt" when the next token is "for" */
static Node *parse_comp(Comp *c, int kind, Node *elt, Node *val, int line, int col) {
    NVec l = {0};
    if (!nv_push(c, &l, elt) || (val && !nv_push(c, &l, val))) return NULL;
    while (TOK.kind == T_FOR || TOK.kind == T_ASYNC) {
        if (TOK.kind == T_ASYNC) return err_tok(c, "async comprehensions are not supported"), NULL;
        Node *f = parse_comp_for(c);
        if (!f || !nv_push(c, &l, f)) return NULL;
    }
    if (elt->kind == E_STAR) return c_error_at(c, elt, "iterable unpacking cannot be used in comprehension"), NULL;
    return from_vec(c, kind, &l, line, col);
}

static Node *parse_comp_for(Comp *c) {
    int line = TOK.line, col = TOK.col;
    next(c); /* for */
    NVec l = {0};
    Node *target = parse_list(c, false, true);
    if (!target || !expect(c, T_IN, "invalid syntax")) return NULL;
    Node *iter = expr_prec(c, 1);
    if (!iter || !nv_push(c, &l, target) || !nv_push(c, &l, iter)) return NULL;
    while (TOK.kind == T_IF) {
        next(c);
        Node *cond = expr_prec(c, 1);
        if (!cond) return NULL;
        if (TOK.kind == T_WALRUS) {
            /* "if (y := f(x))" needs brackets in CPython too, but the
             * unbracketed form is rejected there; do the same */
            return err_tok(c, "invalid syntax"), NULL;
        }
        if (!nv_push(c, &l, cond)) return NULL;
    }
    return from_vec(c, E_COMPFOR, &l, line, col);
}

static Node *parse_params(Comp *c, int close, bool annotations);

/* adjacent string literals, f-strings included */
static Node *parse_strings(Comp *c);

static Node *parse_atom(Comp *c) {
    int line = TOK.line, col = TOK.col;
    Node *n;
    switch (TOK.kind) {
    case T_NAME:
        n = new_at_tok(c, E_NAME, 0);
        if (n) n->v = TOK.idx;
        next(c);
        return n;
    case T_INT:
    case T_FLOAT:
        n = new_at_tok(c, E_CONST, 0);
        if (!n) return NULL;
        if (TOK.kind == T_INT && !TOK.big) {
            n->op = C_INT;
            n->v = TOK.ival;
        } else {
            n->op = C_POOL;
            n->v = TOK.idx;
        }
        next(c);
        return n;
    case T_STRING:
    case T_BYTES:
    case T_FSTRING:
        return parse_strings(c);
    case T_NONE:
    case T_TRUE:
    case T_FALSE:
    case T_ELLIPSIS:
        n = new_at_tok(c, E_CONST, 0);
        if (!n) return NULL;
        n->op = TOK.kind == T_NONE ? C_NONE : TOK.kind == T_TRUE ? C_TRUE
                : TOK.kind == T_FALSE ? C_FALSE : C_ELLIPSIS;
        next(c);
        return n;
    case T_LPAR: {
        next(c);
        if (accept(c, T_RPAR)) return node_new(c, E_TUPLE, 0, line, col);
        if (TOK.kind == T_YIELD) {
            n = parse_test(c); /* handles yield */
            if (!n || !expect(c, T_RPAR, "invalid syntax")) return NULL;
            return n;
        }
        Node *first = parse_item(c, true);
        if (!first) return NULL;
        if (TOK.kind == T_FOR || TOK.kind == T_ASYNC) {
            n = parse_comp(c, E_GENEXP, first, NULL, line, col);
        } else if (TOK.kind == T_COMMA) {
            NVec l = {0};
            if (!nv_push(c, &l, first)) return NULL;
            while (accept(c, T_COMMA) && TOK.kind != T_RPAR) {
                Node *x = parse_item(c, true);
                if (!x || !nv_push(c, &l, x)) return NULL;
            }
            n = from_vec(c, E_TUPLE, &l, line, col);
        } else {
            if (first->kind == E_STAR)
                return c_error_at(c, first, "cannot use starred expression here"), NULL;
            n = first;
        }
        if (!n || !expect(c, T_RPAR, TOK.kind == T_EOF ? "'(' was never closed" : "invalid syntax"))
            return NULL;
        return n;
    }
    case T_LSQB: {
        next(c);
        NVec l = {0};
        if (TOK.kind != T_RSQB) {
            Node *first = parse_item(c, true);
            if (!first) return NULL;
            if (TOK.kind == T_FOR || TOK.kind == T_ASYNC) {
                n = parse_comp(c, E_LISTCOMP, first, NULL, line, col);
                if (!n || !expect(c, T_RSQB, "invalid syntax")) return NULL;
                return n;
            }
            if (!nv_push(c, &l, first)) return NULL;
            while (accept(c, T_COMMA) && TOK.kind != T_RSQB) {
                Node *x = parse_item(c, true);
                if (!x || !nv_push(c, &l, x)) return NULL;
            }
        }
        if (!expect(c, T_RSQB, TOK.kind == T_EOF ? "'[' was never closed" : "invalid syntax"))
            return NULL;
        return from_vec(c, E_LIST, &l, line, col);
    }
    case T_LBRACE: {
        next(c);
        NVec l = {0};
        if (accept(c, T_RBRACE)) return from_vec(c, E_DICT, &l, line, col);
        Node *key = NULL, *val;
        bool dict;
        if (TOK.kind == T_DSTAR) {
            next(c);
            if (!(val = expr_prec(c, 5))) return NULL;
            dict = true;
        } else {
            if (!(key = parse_item(c, true))) return NULL;
            dict = accept(c, T_COLON);
            if (dict) {
                if (key->kind == E_STAR)
                    return c_error_at(c, key, "cannot use a starred expression in a dictionary value"), NULL;
                if (!(val = parse_test(c))) return NULL;
                if (TOK.kind == T_FOR || TOK.kind == T_ASYNC) {
                    n = parse_comp(c, E_DICTCOMP, key, val, line, col);
                    if (!n || !expect(c, T_RBRACE, "invalid syntax")) return NULL;
                    return n;
                }
            } else if (TOK.kind == T_FOR || TOK.kind == T_ASYNC) {
                n = parse_comp(c, E_SETCOMP, key, NULL, line, col);
                if (!n || !expect(c, T_RBRACE, "invalid syntax")) return NULL;
                return n;
            } else {
                val = NULL;
            }
        }
        if (!nv_push(c, &l, key)) return NULL;
        if (dict && !nv_push(c, &l, val)) return NULL;
        while (accept(c, T_COMMA) && TOK.kind != T_RBRACE) {
            if (dict) {
                if (accept(c, T_DSTAR)) {
                    key = NULL;
                    if (!(val = expr_prec(c, 5))) return NULL;
                } else {
                    if (!(key = parse_test(c))) return NULL;
                    if (TOK.kind != T_COLON) return c_error_at(c, key, "':' expected after dictionary key"), NULL;
                    next(c);
                    if (!(val = parse_test(c))) return NULL;
                }
                if (!nv_push(c, &l, key) || !nv_push(c, &l, val)) return NULL;
            } else {
                Node *x = parse_item(c, true);
                if (!x || !nv_push(c, &l, x)) return NULL;
            }
        }
        if (!expect(c, T_RBRACE, TOK.kind == T_EOF ? "'{' was never closed" : "invalid syntax"))
            return NULL;
        return from_vec(c, dict ? E_DICT : E_SET, &l, line, col);
    }
    case T_AWAIT:
    case T_ASYNC:
        err_tok(c, "async and await are not supported");
        return NULL;
    default:
        err_tok(c, "invalid syntax");
        return NULL;
    }
}

/* arguments of a call after '('; func NULL for class bases */
static Node *parse_args(Comp *c, Node *func, int line, int col) {
    NVec l = {0};
    if (!nv_push(c, &l, func)) return NULL;
    bool kw = false, dstar = false;
    while (TOK.kind != T_RPAR) {
        Node *a;
        if (TOK.kind == T_STAR || TOK.kind == T_DSTAR) {
            bool d = TOK.kind == T_DSTAR;
            if (!d && dstar)
                return err_tok(c, "iterable argument unpacking follows keyword argument unpacking"), NULL;
            a = new_at_tok(c, d ? E_DSTAR : E_STAR, 1);
            next(c);
            if (!a || !(a->k[0] = parse_test(c))) return NULL;
            dstar |= d;
        } else {
            int aline = TOK.line, acol = TOK.col;
            a = parse_namedexpr(c);
            if (!a) return NULL;
            if (TOK.kind == T_ASSIGN) {
                if (a->kind != E_NAME)
                    return c_error_at(c, a, "expression cannot contain assignment, perhaps you meant \"==\"?"), NULL;
                next(c);
                Node *kwn = node_new(c, E_KW, 1, aline, acol);
                if (!kwn || !(kwn->k[0] = parse_test(c))) return NULL;
                kwn->v = a->v;
                for (int i = 1; i < l.n; i++)
                    if (l.v[i]->kind == E_KW && l.v[i]->v == a->v)
                        return c_errorf(c, COMPILE_SYNTAX_ERROR, a->line, a->col, "keyword argument repeated: %N",
                                        (unsigned)a->v), NULL;
                a = kwn;
                kw = true;
            } else if (TOK.kind == T_FOR || TOK.kind == T_ASYNC) {
                a = parse_comp(c, E_GENEXP, a, NULL, aline, acol);
                if (!a) return NULL;
                if (l.n != 1 || TOK.kind != T_RPAR) {
                    bool lone = l.n == 1 && TOK.kind == T_COMMA;
                    if (lone) next(c);
                    if (!lone || TOK.kind != T_RPAR)
                        return c_error_at(c, a, "Generator expression must be parenthesized"), NULL;
                }
            } else if (dstar) {
                return c_error_at(c, a, "positional argument follows keyword argument unpacking"), NULL;
            } else if (kw) {
                return c_error_at(c, a, "positional argument follows keyword argument"), NULL;
            }
        }
        if (!nv_push(c, &l, a)) return NULL;
        if (!accept(c, T_COMMA)) break;
    }
    if (!expect(c, T_RPAR, TOK.kind == T_EOF ? "'(' was never closed" : "invalid syntax")) return NULL;
    return from_vec(c, E_CALL, &l, line, col);
}

static Node *parse_slice_item(Comp *c) {
    int line = TOK.line, col = TOK.col;
    Node *lo = NULL;
    if (TOK.kind != T_COLON) {
        if (!(lo = parse_namedexpr(c))) return NULL;
        if (TOK.kind != T_COLON) return lo;
    }
    Node *s = node_new(c, E_SLICE, 3, line, col);
    if (!s) return NULL;
    s->k[0] = lo;
    next(c); /* : */
    if (TOK.kind != T_COLON && TOK.kind != T_RSQB && TOK.kind != T_COMMA)
        if (!(s->k[1] = parse_test(c))) return NULL;
    if (accept(c, T_COLON))
        if (TOK.kind != T_RSQB && TOK.kind != T_COMMA)
            if (!(s->k[2] = parse_test(c))) return NULL;
    return s;
}

static Node *parse_trailers(Comp *c, Node *n) {
    while (n) {
        int line = n->line, col = n->col;
        if (TOK.kind == T_LPAR) {
            next(c);
            n = parse_args(c, n, line, col);
        } else if (TOK.kind == T_LSQB) {
            next(c);
            int il = TOK.line, ic = TOK.col;
            Node *first = parse_slice_item(c);
            if (!first) return NULL;
            Node *idx = first;
            if (TOK.kind == T_COMMA) {
                NVec l = {0};
                if (!nv_push(c, &l, first)) return NULL;
                while (accept(c, T_COMMA) && TOK.kind != T_RSQB) {
                    Node *x = parse_slice_item(c);
                    if (!x || !nv_push(c, &l, x)) return NULL;
                }
                idx = from_vec(c, E_TUPLE, &l, il, ic);
            }
            if (!idx || !expect(c, T_RSQB, "invalid syntax")) return NULL;
            Node *s = node_new(c, E_SUB, 2, line, col);
            if (!s) return NULL;
            s->k[0] = n;
            s->k[1] = idx;
            n = s;
        } else if (TOK.kind == T_DOT) {
            next(c);
            if (TOK.kind != T_NAME) return err_tok(c, "invalid syntax"), NULL;
            Node *a = node1(c, E_ATTR, n, n);
            if (!a) return NULL;
            a->v = TOK.idx;
            next(c);
            n = a;
        } else {
            break;
        }
    }
    return n;
}

static Node *parse_primary(Comp *c) { return parse_trailers(c, parse_atom(c)); }

/* constant folding of unary minus on numbers */
static Node *fold_neg(Comp *c, Node *x) {
    if (x->kind != E_CONST) return NULL;
    if (x->op == C_INT) {
        x->v = -x->v;
        return x;
    }
    if (x->op != C_POOL) return NULL;
    uint32_t w = bc_rd32(c->consts.p + 12 * (uint32_t)x->v), off = bc_rd32(c->consts.p + 12 * (uint32_t)x->v + 4);
    uint32_t n = bc_rd32(c->consts.p + 12 * (uint32_t)x->v + 8);
    if (w != BC_CONST_FLOAT && w != BC_CONST_BIGINT) return NULL;
    uint8_t rec[16];
    const uint8_t *d = c->cdata.p + off;
    int k;
    if (w == BC_CONST_FLOAT) {
        memcpy(rec, d, 8);
        rec[7] ^= 0x80;
        k = const_record(c, BC_CONST_FLOAT, rec, 8);
    } else {
        /* copy out first: the pool may move while adding */
        c->tmp.len = 0;
        if (!buf_put(c, &c->tmp, d, n)) return NULL;
        c->tmp.p[3] ^= 0x80;
        /* -(2**28) is an immediate */
        if (n == 8 && c->tmp.p[3] == 0x80 && bc_rd32(c->tmp.p + 4) == (1u << 28)) {
            x->op = C_INT;
            x->v = -(1 << 28);
            return x;
        }
        k = const_record(c, BC_CONST_BIGINT, c->tmp.p, n);
    }
    if (k < 0) return NULL;
    x->v = k;
    return x;
}

static int binop_of(int t) {
    switch (t) {
    case T_PLUS: return BINOP_ADD;
    case T_MINUS: return BINOP_SUBTRACT;
    case T_STAR: return BINOP_MULTIPLY;
    case T_DSTAR: return BINOP_POWER;
    case T_SLASH: return BINOP_TRUE_DIVIDE;
    case T_DSLASH: return BINOP_FLOOR_DIVIDE;
    case T_PERCENT: return BINOP_REMAINDER;
    case T_AT: return BINOP_MATRIX_MULTIPLY;
    case T_LSHIFT: return BINOP_LSHIFT;
    case T_RSHIFT: return BINOP_RSHIFT;
    case T_AMPER: return BINOP_AND;
    case T_VBAR: return BINOP_OR;
    case T_CIRCUM: return BINOP_XOR;
    default: return -1;
    }
}

/* precedence of a binary token (0: not binary) */
static int prec_of(int t) {
    switch (t) {
    case T_OR: return 1;
    case T_AND: return 2;
    case T_LT: case T_GT: case T_LE: case T_GE: case T_EQ: case T_NE: case T_IN: case T_IS:
        return 4;
    case T_NOT: return 4; /* "not in" */
    case T_VBAR: return 5;
    case T_CIRCUM: return 6;
    case T_AMPER: return 7;
    case T_LSHIFT: case T_RSHIFT: return 8;
    case T_PLUS: case T_MINUS: return 9;
    case T_STAR: case T_SLASH: case T_DSLASH: case T_PERCENT: case T_AT: return 10;
    default: return 0;
    }
}

static Node *parse_power(Comp *c, Node *p, int line, int col);

static Node *parse_unary(Comp *c, int minprec) {
    int line = TOK.line, col = TOK.col;
    if (TOK.kind == T_NOT && minprec <= 3) {
        next(c);
        Node *x = expr_prec(c, 3), *n = x ? node_new(c, E_NOT, 1, line, col) : NULL;
        if (n) n->k[0] = x;
        return n;
    }
    if ((TOK.kind == T_MINUS || TOK.kind == T_PLUS || TOK.kind == T_TILDE) && minprec <= 11) {
        int t = TOK.kind;
        next(c);
        Node *x = expr_prec(c, 11);
        if (!x) return NULL;
        if (t == T_MINUS && fold_neg(c, x)) {
            x->line = (uint16_t)line;
            x->col = (uint16_t)col;
            return x;
        }
        Node *u = node_new(c, E_UNARY, 1, line, col);
        if (!u) return NULL;
        u->op = t == T_MINUS ? UNARYOP_NEGATIVE : t == T_PLUS ? UNARYOP_POSITIVE : UNARYOP_INVERT;
        u->k[0] = x;
        return u;
    }
    return parse_power(c, parse_primary(c), line, col);
}

static Node *parse_power(Comp *c, Node *p, int line, int col) {
    if (p && TOK.kind == T_DSTAR) {
        next(c);
        Node *r = expr_prec(c, 11);
        if (!r) return NULL;
        Node *b = node_new(c, E_BIN, 2, line, col);
        if (!b) return NULL;
        b->op = BINOP_POWER;
        b->k[0] = p;
        b->k[1] = r;
        return b;
    }
    return p;
}

static Node *binary_from(Comp *c, int minprec, Node *left);

static Node *expr_prec(Comp *c, int minprec) {
    if (!enter(c)) return NULL;
    Node *r = binary_from(c, minprec, parse_unary(c, minprec));
    c->depth--;
    return r;
}

/* the binary operators following an already parsed left operand */
static Node *binary_from(Comp *c, int minprec, Node *left) {
    while (left) {
        int t = TOK.kind, p = prec_of(t);
        if (p == 0 || p < minprec) break;
        int line = left->line, col = left->col;
        if (p <= 2) {
            NVec l = {0};
            if (!nv_push(c, &l, left)) return NULL;
            while (accept(c, t)) {
                Node *x = expr_prec(c, p + 1);
                if (!x || !nv_push(c, &l, x)) return NULL;
            }
            left = from_vec(c, E_BOOL, &l, line, col);
            if (left) left->op = (uint8_t)(p == 1);
        } else if (p == 4) {
            NVec l = {0};
            uint8_t ops[64];
            int nops = 0;
            if (!nv_push(c, &l, left)) return NULL;
            for (;;) {
                int op;
                switch (TOK.kind) {
                case T_LT: op = CMPOP_LT; break;
                case T_LE: op = CMPOP_LE; break;
                case T_EQ: op = CMPOP_EQ; break;
                case T_NE: op = CMPOP_NE; break;
                case T_GT: op = CMPOP_GT; break;
                case T_GE: op = CMPOP_GE; break;
                case T_IN: op = CMPOP_IN; break;
                case T_IS: op = CMPOP_IS; break;
                case T_NOT: op = CMPOP_NOT_IN; break;
                default: op = -1; break;
                }
                if (op < 0) break;
                next(c);
                if (op == CMPOP_NOT_IN && !expect(c, T_IN, "invalid syntax")) return NULL;
                if (op == CMPOP_IS && accept(c, T_NOT)) op = CMPOP_IS_NOT;
                if (nops == (int)sizeof ops) return err_tok(c, "too many comparisons"), NULL;
                ops[nops++] = (uint8_t)op;
                Node *x = expr_prec(c, 5);
                if (!x || !nv_push(c, &l, x)) return NULL;
            }
            left = from_vec(c, E_CMP, &l, line, col);
            if (left) memcpy(&left->k[left->n], ops, (size_t)nops);
        } else {
            next(c);
            Node *r = expr_prec(c, p + 1);
            if (!r) return NULL;
            Node *b = node_new(c, E_BIN, 2, line, col);
            if (!b) return NULL;
            b->op = (uint8_t)binop_of(t);
            b->k[0] = left;
            b->k[1] = r;
            left = b;
        }
    }
    return left;
}

static Node *parse_lambda(Comp *c) {
    Node *n = new_at_tok(c, E_LAMBDA, 2);
    next(c);
    if (!n || !(n->k[0] = parse_params(c, T_COLON, false)) || !expect(c, T_COLON, "expected ':'"))
        return NULL;
    if (!(n->k[1] = parse_test(c))) return NULL;
    return n;
}

static Node *parse_yield(Comp *c) {
    Node *n = new_at_tok(c, E_YIELD, 0);
    if (!n) return NULL;
    next(c);
    if (accept(c, T_FROM)) {
        n->kind = E_YIELDFROM;
        Node *v = parse_test(c);
        if (!v) return NULL;
        Node *y = node1(c, E_YIELDFROM, n, v);
        return y;
    }
    if (!starts_expr(TOK.kind) || TOK.kind == T_YIELD) return n;
    Node *v = parse_list(c, false, false);
    return v ? node1(c, E_YIELD, n, v) : NULL;
}

static Node *finish_test(Comp *c, Node *x);

static Node *parse_test(Comp *c) {
    if (TOK.kind == T_LAMBDA) return parse_lambda(c);
    if (TOK.kind == T_YIELD) return parse_yield(c);
    return finish_test(c, expr_prec(c, 1));
}

/* "x if c else y" after x */
static Node *finish_test(Comp *c, Node *x) {
    if (!x || TOK.kind != T_IF) return x;
    next(c);
    Node *n = node_new(c, E_IFEXP, 3, x->line, x->col);
    if (!n) return NULL;
    n->k[1] = x;
    if (!(n->k[0] = expr_prec(c, 1))) return NULL;
    if (TOK.kind != T_ELSE) return c_error_at(c, x, "expected 'else' after 'if' expression"), NULL;
    next(c);
    if (!(n->k[2] = parse_test(c))) return NULL;
    return n;
}

static Node *parse_namedexpr(Comp *c) {
    Node *x = parse_test(c);
    if (!x || TOK.kind != T_WALRUS) return x;
    if (x->kind != E_NAME) return c_error_at(c, x, "cannot use assignment expressions with this expression"), NULL;
    next(c);
    Node *n = node_new(c, E_WALRUS, 1, x->line, x->col);
    if (!n || !(n->k[0] = parse_test(c))) return NULL;
    n->v = x->v;
    return n;
}

/* ---- strings ---- */

/* line / column of src offset p, scanning from the token at `start` */
static void pos_of(const Lexer *lx, uint32_t start, int line, int col, uint32_t p, int *ol, int *oc) {
    for (uint32_t i = start; i < p; i++) {
        if (lx->src[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    *ol = line;
    *oc = col;
}

typedef struct FCtx {
    const Lexer *lx;  /* lexer of the f-string token */
    uint32_t start;   /* offset of the token start in lx->src */
    int line, col;    /* its position */
    int eline, ecol;  /* just after it: where CPython 3.11 reports f-string errors */
} FCtx;

static bool flush_lit(Comp *c, NVec *parts, Buf *acc, int line, int col) {
    if (acc->len == 0) return true;
    int idx = name_intern(c, (const char *)acc->p, acc->len);
    Node *s = node_new(c, E_CONST, 0, line, col);
    if (idx < 0 || !s) return false;
    s->op = C_STR;
    s->v = idx;
    acc->len = 0;
    return nv_push(c, parts, s);
}

/* parses an f-string body (or a format spec) s[0..n) at src offset `off`
 * into parts; nest counts spec levels */
static bool fstring_body(Comp *c, const FCtx *f, uint32_t off, uint32_t n, bool raw, NVec *parts,
                         Buf *acc, int nest) {
    const char *s = f->lx->src + off;
    int line, col;
    uint32_t i = 0;
    Lexer *sub = NULL;
    while (i < n && !c->failed) {
        char ch = s[i];
        pos_of(f->lx, f->start, f->line, f->col, off + i, &line, &col);
        if ((ch == '{' || ch == '}') && i + 1 < n && s[i + 1] == ch && nest == 0) {
            if (!buf_put(c, acc, &ch, 1)) return false;
            i += 2;
            continue;
        }
        if (ch == '}') return c_error(c, COMPILE_SYNTAX_ERROR, f->eline, f->ecol, "f-string: single '}' is not allowed");
        if (ch != '{') {
            uint32_t j = i;
            while (j < n && s[j] != '{' && s[j] != '}') j++;
            if (!lex_decode(c, s + i, j - i, raw, false, acc, line, col, line, col)) return false;
            i = j;
            continue;
        }
        /* a replacement field */
        if (nest > 1) return c_error(c, COMPILE_SYNTAX_ERROR, f->eline, f->ecol, "f-string: expressions nested too deeply");
        uint32_t e = i + 1;
        int depth = 0;
        char q = 0;
        for (; e < n; e++) {
            char d = s[e];
            if (q) {
                if (d == q) q = 0;
                continue;
            }
            if (d == '\'' || d == '"') q = d;
            else if (d == '(' || d == '[' || d == '{') depth++;
            else if ((d == ')' || d == ']' || d == '}') && depth > 0) depth--;
            else if (depth == 0 && (d == '}' || d == ':')) break;
            else if (depth == 0 && d == '!' && !(e + 1 < n && s[e + 1] == '=')) break;
            else if (depth == 0 && d == '=' && !(e + 1 < n && s[e + 1] == '=') &&
                     !strchr("=!<>", s[e - 1]))
                break;
        }
        uint32_t es = i + 1, el = e - es;
        bool blank = true;
        for (uint32_t k = es; k < e; k++)
            if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n') blank = false;
        if (blank || e >= n) {
            return c_error(c, COMPILE_SYNTAX_ERROR, f->eline, f->ecol,
                           e >= n ? "f-string: expecting '}'" : "f-string: empty expression not allowed");
        }
        int conv = 0;
        bool selfdoc = false;
        if (s[e] == '=') {
            selfdoc = true;
            e++;
            while (e < n && s[e] == ' ') e++;
            if (!buf_put(c, acc, s + i + 1, e - i - 1)) return false;
        }
        if (!flush_lit(c, parts, acc, line, col)) return false;
        /* the expression, parsed by a sub-lexer */
        int el_line, el_col;
        pos_of(f->lx, f->start, f->line, f->col, off + es, &el_line, &el_col);
        /* one sub-lexer per f-string body, reused for its fields */
        if (!sub && !(sub = arena_alloc(c, sizeof(Lexer)))) return false;
        lex_init(c, sub, s + es, el, el_line, el_col);
        sub->sub = true;
        Lexer *saved = c->cur;
        c->cur = sub;
        next(c);
        Node *x = parse_list(c, true, false);
        if (x && TOK.kind != T_EOF) err_tok(c, "f-string: invalid syntax");
        buf_free(c, &sub->sbuf);
        c->cur = saved;
        if (!x || c->failed) return false;
        if (e < n && s[e] == '!') {
            char cv = e + 1 < n ? s[e + 1] : 0;
            conv = cv == 's' ? FMT_CONV_STR : cv == 'r' ? FMT_CONV_REPR : cv == 'a' ? FMT_CONV_ASCII : -1;
            if (conv < 0)
                return c_error(c, COMPILE_SYNTAX_ERROR, f->eline, f->ecol,
                               "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            e += 2;
        }
        Node *spec = NULL;
        if (e < n && s[e] == ':') {
            uint32_t ss = ++e;
            depth = 0;
            for (; e < n; e++) {
                if (s[e] == '{') depth++;
                else if (s[e] == '}' && depth-- == 0) break;
            }
            NVec sp = {0};
            Buf sacc = {0};
            bool ok = fstring_body(c, f, off + ss, e - ss, raw, &sp, &sacc, nest + 1) &&
                      flush_lit(c, &sp, &sacc, line, col);
            buf_free(c, &sacc);
            if (!ok) return false;
            spec = from_vec(c, E_FSTR, &sp, line, col);
            if (!spec) return false;
        }
        if (e >= n || s[e] != '}') return c_error(c, COMPILE_SYNTAX_ERROR, f->eline, f->ecol, "f-string: expecting '}'");
        if (selfdoc && !conv && !spec) conv = FMT_CONV_REPR;
        Node *fm = node_new(c, E_FMT, spec ? 2 : 1, line, col);
        if (!fm) return false;
        fm->op = (uint8_t)(conv | (spec ? FMT_HAVE_SPEC : 0));
        fm->k[0] = x;
        if (spec) fm->k[1] = spec;
        if (!nv_push(c, parts, fm)) return false;
        i = e + 1;
    }
    return !c->failed;
}

static Node *parse_strings(Comp *c) {
    int line = TOK.line, col = TOK.col;
    bool bytes = TOK.kind == T_BYTES, fmt = false;
    Buf acc = {0};
    NVec parts = {0};
    while (TOK.kind == T_STRING || TOK.kind == T_BYTES || TOK.kind == T_FSTRING) {
        if ((TOK.kind == T_BYTES) != bytes) {
            err_tok(c, "cannot mix bytes and nonbytes literals");
            break;
        }
        if (TOK.kind == T_FSTRING) {
            fmt = true;
            FCtx f = {c->cur, TOK.pos - TOK.qlen, TOK.line, TOK.col, 0, 0};
            /* the token column is the prefix's: step back over it */
            while (f.start > 0 && (c->cur->src[f.start - 1] | 0x20) >= 'a' &&
                   (c->cur->src[f.start - 1] | 0x20) <= 'z')
                f.start--;
            pos_of(c->cur, f.start, f.line, f.col, TOK.pos + TOK.len + TOK.qlen, &f.eline, &f.ecol);
            if (!fstring_body(c, &f, TOK.pos, TOK.len, TOK.raw, &parts, &acc, 0)) break;
        } else if (!buf_put(c, &acc, c->cur->sbuf.p, c->cur->sbuf.len)) {
            break;
        }
        next(c);
    }
    Node *n = NULL;
    if (!c->failed) {
        if (bytes) {
            /* record: u32 length, data */
            uint32_t len = acc.len;
            if (buf_grow(c, &acc, 4)) {
                memmove(acc.p + 4, acc.p, len);
                memcpy(acc.p, &len, 4); /* hosts and boards are little-endian */
                int k = const_record(c, BC_CONST_BYTES, acc.p, len + 4);
                n = node_new(c, E_CONST, 0, line, col);
                if (n && k >= 0) {
                    n->op = C_POOL;
                    n->v = k;
                }
            }
        } else if (fmt) {
            if (flush_lit(c, &parts, &acc, line, col)) n = from_vec(c, E_FSTR, &parts, line, col);
        } else {
            int idx = name_intern(c, (const char *)acc.p, acc.len);
            n = node_new(c, E_CONST, 0, line, col);
            if (n) {
                n->op = C_STR;
                n->v = idx;
            }
        }
    }
    buf_free(c, &acc);
    return c->failed ? NULL : n;
}

/* ---- parameters ---- */

static Node *parse_params(Comp *c, int close, bool annotations) {
    int line = TOK.line, col = TOK.col;
    NVec l = {0};
    int posonly = 0, state = 0; /* 0 positional, 1 after '*', 2 after '**' */
    bool seen_default = false;
    while (TOK.kind != close) {
        int pline = TOK.line, pcol = TOK.col;
        if (state == 2) return err_tok(c, "arguments cannot follow var-keyword argument"), NULL;
        if (TOK.kind == T_SLASH) {
            if (state != 0 || posonly || l.n == 0)
                return err_tok(c, state ? "/ must be ahead of *" : "at least one argument must precede /"), NULL;
            next(c);
            posonly = l.n;
        } else {
            int kind = PARAM_POS;
            if (accept(c, T_STAR)) {
                if (state != 0) return err_tok(c, "* argument may appear only once"), NULL;
                state = 1;
                if (TOK.kind == T_COMMA || TOK.kind == close) {
                    if (TOK.kind == close || (next(c), TOK.kind == close))
                        return c_error(c, COMPILE_SYNTAX_ERROR, pline, pcol, "named arguments must follow bare *"), NULL;
                    continue;
                }
                kind = PARAM_VARARG;
            } else if (accept(c, T_DSTAR)) {
                state = 2;
                kind = PARAM_VARKW;
            } else if (state == 1) {
                kind = PARAM_KWONLY;
            }
            if (TOK.kind != T_NAME) return err_tok(c, "invalid syntax"), NULL;
            Node *p = node_new(c, E_PARAM, 1, pline, pcol);
            if (!p) return NULL;
            p->op = (uint8_t)kind;
            p->v = TOK.idx;
            p->n = 0;
            for (int i = 0; i < l.n; i++)
                if (l.v[i]->v == p->v)
                    return c_errorf(c, COMPILE_SYNTAX_ERROR, TOK.line, TOK.col,
                                    "duplicate argument '%N' in function definition", (unsigned)p->v), NULL;
            next(c);
            if (annotations && accept(c, T_COLON) && !parse_test(c)) return NULL;
            if (TOK.kind == T_ASSIGN) {
                if (kind == PARAM_VARARG || kind == PARAM_VARKW)
                    return err_tok(c, kind == PARAM_VARARG ? "var-positional argument cannot have default value"
                                                            : "var-keyword argument cannot have default value"), NULL;
                next(c);
                p->n = 1;
                if (!(p->k[0] = parse_test(c))) return NULL;
                if (kind == PARAM_POS) seen_default = true;
            } else if (kind == PARAM_POS && seen_default) {
                return c_error(c, COMPILE_SYNTAX_ERROR, pline, pcol, "non-default argument follows default argument"), NULL;
            }
            if (!nv_push(c, &l, p)) return NULL;
        }
        if (!accept(c, T_COMMA)) break;
    }
    Node *n = from_vec(c, E_PARAMS, &l, line, col);
    if (n) n->v = posonly;
    return n;
}

/* ---- statements ---- */

/* what CPython calls the expression in "cannot assign to X" */
static const char *target_noun(const Node *t) {
    switch (t->kind) {
    case E_CALL: return "function call";
    case E_CONST: return "literal";
    case E_FSTR: return "f-string expression";
    case E_LAMBDA: return "lambda";
    case E_IFEXP: return "conditional expression";
    case E_CMP: return "comparison";
    case E_YIELD: case E_YIELDFROM: return "yield expression";
    case E_WALRUS: return "named expression";
    case E_LISTCOMP: return "list comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_GENEXP: return "generator expression";
    default: return "expression";
    }
}

/* checks an assignment (or del / for) target */
static bool check_target(Comp *c, Node *t, bool del, bool top) {
    switch (t->kind) {
    case E_NAME:
    case E_ATTR:
    case E_SUB:
        return true;
    case E_STAR:
        if (del) return c_error_at(c, t, "cannot delete starred");
        if (top) return c_error_at(c, t, "starred assignment target must be in a list or tuple");
        return check_target(c, t->k[0], del, false);
    case E_TUPLE:
    case E_LIST: {
        int stars = 0;
        for (int i = 0; i < t->n; i++) {
            if (t->k[i]->kind == E_STAR && ++stars > 1)
                return c_error_at(c, t, "multiple starred expressions in assignment");
            if (!check_target(c, t->k[i], del, false)) return false;
        }
        return true;
    }
    default:
        return c_errorf(c, COMPILE_SYNTAX_ERROR, t->line, t->col, del ? "cannot delete %s" : "cannot assign to %s",
                        target_noun(t));
    }
}

static Node *parse_dotted(Comp *c, Node **first) {
    /* dotted name interned whole; *first gets the first component */
    if (TOK.kind != T_NAME) return err_tok(c, "invalid syntax"), NULL;
    Node *n = new_at_tok(c, E_NAME, 0);
    if (!n) return NULL;
    n->v = TOK.idx;
    if (first) *first = n;
    next(c);
    if (TOK.kind != T_DOT) return n;
    c->tmp.len = 0;
    uint32_t len;
    const char *s = name_text(c, (unsigned)n->v, &len);
    if (!buf_put(c, &c->tmp, s, len)) return NULL;
    while (accept(c, T_DOT)) {
        if (TOK.kind != T_NAME) return err_tok(c, "invalid syntax"), NULL;
        s = name_text(c, TOK.idx, &len);
        if (!buf_put(c, &c->tmp, ".", 1) || !buf_put(c, &c->tmp, s, len)) return NULL;
        next(c);
    }
    Node *d = node_new(c, E_NAME, 0, n->line, n->col);
    if (!d) return NULL;
    d->v = name_intern(c, (const char *)c->tmp.p, c->tmp.len);
    return c->failed ? NULL : d;
}

static Node *parse_alias(Comp *c, bool dotted) {
    Node *first = NULL;
    Node *name = dotted ? parse_dotted(c, &first) : NULL;
    if (!dotted) {
        if (TOK.kind != T_NAME) return err_tok(c, "invalid syntax"), NULL;
        name = first = new_at_tok(c, E_NAME, 0);
        if (!name) return NULL;
        name->v = TOK.idx;
        next(c);
    }
    if (!name) return NULL;
    Node *a = node_new(c, E_ALIAS, 1, name->line, name->col);
    if (!a) return NULL;
    a->v = name->v;
    a->k[0] = first;
    if (accept(c, T_AS)) {
        if (TOK.kind != T_NAME) return err_tok(c, "invalid syntax"), NULL;
        a->op = 1;
        a->k[0] = new_at_tok(c, E_NAME, 0);
        if (!a->k[0]) return NULL;
        a->k[0]->v = TOK.idx;
        next(c);
    }
    return a;
}

static Node *parse_import(Comp *c) {
    int line = TOK.line, col = TOK.col;
    NVec l = {0};
    if (accept(c, T_IMPORT)) {
        do {
            Node *a = parse_alias(c, true);
            if (!a || !nv_push(c, &l, a)) return NULL;
        } while (accept(c, T_COMMA));
        return from_vec(c, S_IMPORT, &l, line, col);
    }
    next(c); /* from */
    int level = 0;
    for (;;) {
        if (accept(c, T_DOT)) level++;
        else if (accept(c, T_ELLIPSIS)) level += 3;
        else break;
    }
    int modname = -1;
    if (TOK.kind != T_IMPORT || level == 0) {
        Node *m = parse_dotted(c, NULL);
        if (!m) return NULL;
        modname = m->v;
    } else {
        modname = name_intern(c, "", 0);
    }
    if (!expect(c, T_IMPORT, "invalid syntax")) return NULL;
    if (TOK.kind == T_STAR) {
        next(c);
    } else {
        bool paren = accept(c, T_LPAR);
        do {
            if (paren && TOK.kind == T_RPAR) break;
            Node *a = parse_alias(c, false);
            if (!a || !nv_push(c, &l, a)) return NULL;
        } while (accept(c, T_COMMA));
        if (paren && !expect(c, T_RPAR, "invalid syntax")) return NULL;
        if (!paren && l.n && c->cur->tok.kind == T_COMMA) return err_tok(c, "trailing comma not allowed without surrounding parentheses"), NULL;
    }
    Node *n = from_vec(c, S_FROM, &l, line, col);
    if (n) {
        n->v = modname;
        n->op = (uint8_t)level;
    }
    return n;
}

static Node *parse_small(Comp *c) {
    int line = TOK.line, col = TOK.col;
    Node *n;
    switch (TOK.kind) {
    case T_PASS:
    case T_BREAK:
    case T_CONTINUE:
        n = new_at_tok(c, TOK.kind == T_PASS ? S_PASS : TOK.kind == T_BREAK ? S_BREAK : S_CONTINUE, 0);
        next(c);
        return n;
    case T_RETURN:
        next(c);
        if (!starts_expr(TOK.kind) || TOK.kind == T_YIELD) {
            if (TOK.kind != T_YIELD) return node_new(c, S_RETURN, 0, line, col);
        }
        {
            Node *v = TOK.kind == T_YIELD ? parse_test(c) : parse_list(c, false, false);
            n = v ? node_new(c, S_RETURN, 1, line, col) : NULL;
            if (n) n->k[0] = v;
            return n;
        }
    case T_RAISE: {
        next(c);
        Node *e = NULL, *cause = NULL;
        if (starts_expr(TOK.kind)) {
            if (!(e = parse_test(c))) return NULL;
            if (accept(c, T_FROM) && !(cause = parse_test(c))) return NULL;
        }
        n = node_new(c, S_RAISE, cause ? 2 : e ? 1 : 0, line, col);
        if (n && e) n->k[0] = e;
        if (n && cause) n->k[1] = cause;
        return n;
    }
    case T_GLOBAL:
    case T_NONLOCAL: {
        int kind = TOK.kind == T_GLOBAL ? S_GLOBAL : S_NONLOCAL;
        next(c);
        NVec l = {0};
        do {
            if (TOK.kind != T_NAME) return err_tok(c, "invalid syntax"), NULL;
            Node *x = new_at_tok(c, E_NAME, 0);
            if (!x || !nv_push(c, &l, x)) return NULL;
            x->v = TOK.idx;
            next(c);
        } while (accept(c, T_COMMA));
        return from_vec(c, kind, &l, line, col);
    }
    case T_DEL: {
        next(c);
        Node *t = parse_list(c, false, true);
        if (!t || !check_target(c, t, true, true)) return NULL;
        n = node_new(c, S_DEL, 1, line, col);
        if (n) n->k[0] = t;
        return n;
    }
    case T_ASSERT: {
        next(c);
        Node *t = parse_test(c), *m = NULL;
        if (!t) return NULL;
        if (accept(c, T_COMMA) && !(m = parse_test(c))) return NULL;
        n = node_new(c, S_ASSERT, m ? 2 : 1, line, col);
        if (n) {
            n->k[0] = t;
            if (m) n->k[1] = m;
        }
        return n;
    }
    case T_IMPORT:
    case T_FROM:
        return parse_import(c);
    default:
        break;
    }
    /* expression statement or assignment */
    Node *e = TOK.kind == T_YIELD ? parse_test(c) : parse_list(c, false, false);
    if (!e) return NULL;
    if (TOK.kind >= T_AUG_FIRST && TOK.kind <= T_AUG_LAST) {
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUB) {
            const char *m = e->kind == E_TUPLE ? "'tuple' is an illegal expression for augmented assignment"
                            : e->kind == E_LIST ? "'list' is an illegal expression for augmented assignment"
                                                : "illegal expression for augmented assignment";
            return c_error_at(c, e, m), NULL;
        }
        int op = binop_of(T_PLUS + (TOK.kind - T_AUG_FIRST));
        next(c);
        Node *v = TOK.kind == T_YIELD ? parse_test(c) : parse_list(c, false, false);
        if (!v) return NULL;
        n = node_new(c, S_AUG, 2, line, col);
        if (!n) return NULL;
        n->op = (uint8_t)(BINOP_INPLACE + op);
        n->k[0] = e;
        n->k[1] = v;
        return n;
    }
    if (TOK.kind == T_COLON) {
        /* annotated assignment: the annotation is parsed and dropped */
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUB)
            return c_error_at(c, e, e->kind == E_TUPLE ? "only single target (not tuple) can be annotated"
                                                       : "illegal target for annotation"), NULL;
        next(c);
        if (!parse_test(c)) return NULL;
        Node *v = NULL;
        if (accept(c, T_ASSIGN) && !(v = TOK.kind == T_YIELD ? parse_test(c) : parse_list(c, false, false)))
            return NULL;
        n = node_new(c, S_ANN, v ? 2 : 1, line, col);
        if (n) {
            n->k[0] = e;
            if (v) n->k[1] = v;
        }
        return n;
    }
    if (TOK.kind != T_ASSIGN) {
        if (e->kind == E_STAR) return c_error_at(c, e, "can't use starred expression here"), NULL;
        return node1(c, S_EXPR, e, e);
    }
    NVec l = {0};
    if (!nv_push(c, &l, e)) return NULL;
    while (accept(c, T_ASSIGN)) {
        Node *v = TOK.kind == T_YIELD ? parse_test(c) : parse_list(c, false, false);
        if (!v || !nv_push(c, &l, v)) return NULL;
    }
    for (int i = 0; i < l.n - 1; i++)
        if (!check_target(c, l.v[i], false, true)) return NULL;
    if (l.v[l.n - 1]->kind == E_STAR) return c_error_at(c, l.v[l.n - 1], "can't use starred expression here"), NULL;
    return from_vec(c, S_ASSIGN, &l, line, col);
}

static Node *parse_simple(Comp *c) {
    int line = TOK.line, col = TOK.col;
    NVec l = {0};
    for (;;) {
        Node *s = parse_small(c);
        if (!s || !nv_push(c, &l, s)) return NULL;
        if (!accept(c, T_SEMI)) break;
        if (TOK.kind == T_NEWLINE) break;
    }
    if (TOK.kind != T_NEWLINE && TOK.kind != T_EOF) {
        Node *last = l.v[l.n - 1];
        if (last->kind == S_EXPR && last->k[0]->kind == E_NAME && starts_expr(TOK.kind) &&
            (last->k[0]->v == name_lookup(c, "print") || last->k[0]->v == name_lookup(c, "exec"))) {
            uint32_t n;
            const char *nm = name_text(c, (unsigned)last->k[0]->v, &n);
            return c_errorf(c, COMPILE_SYNTAX_ERROR, last->line, last->col,
                            "Missing parentheses in call to '%s'. Did you mean %s(...)?", nm, nm), NULL;
        }
        return err_tok(c, "invalid syntax"), NULL;
    }
    next(c);
    return l.n == 1 ? l.v[0] : from_vec(c, S_BLOCK, &l, line, col);
}

/* ':' then a suite; what / line name the statement for errors */
static Node *parse_suite_of(Comp *c, const char *what, int sline) {
    if (!expect(c, T_COLON, "expected ':'")) return NULL;
    if (TOK.kind != T_NEWLINE) {
        Node *s = parse_simple(c);
        if (!s) return NULL;
        return s->kind == S_BLOCK ? s : node1(c, S_BLOCK, s, s);
    }
    next(c);
    if (TOK.kind != T_INDENT) {
        c_errorf(c, COMPILE_INDENTATION_ERROR, TOK.line, TOK.col, "expected an indented block after %s on line %d",
                 what, sline);
        c->err->incomplete = TOK.kind == T_EOF;
        return NULL;
    }
    return parse_block(c);
}
#define parse_suite(c, what, line) parse_suite_of(c, what, line)

static Node *parse_block(Comp *c) {
    int line = TOK.line, col = TOK.col;
    next(c); /* INDENT */
    if (!enter(c)) return NULL;
    NVec l = {0};
    while (TOK.kind != T_DEDENT && TOK.kind != T_EOF) {
        Node *s = parse_stmt(c);
        if (!s || !nv_push(c, &l, s)) return NULL;
    }
    if (c->failed) return NULL;
    next(c); /* DEDENT */
    c->depth--;
    return from_vec(c, S_BLOCK, &l, line, col);
}

static Node *parse_if(Comp *c) {
    int kw = TOK.kind, line = TOK.line;
    Node *n = new_at_tok(c, kw == T_WHILE ? S_WHILE : S_IF, 3);
    next(c);
    if (!n || !(n->k[0] = parse_namedexpr(c)) ||
        !(n->k[1] = parse_suite(c, kw == T_WHILE ? "'while' statement" : kw == T_IF ? "'if' statement" : "'elif' statement", line)))
        return NULL;
    if (n->kind == S_IF && TOK.kind == T_ELIF) {
        if (!(n->k[2] = parse_if(c))) return NULL;
    } else if (TOK.kind == T_ELSE) {
        line = TOK.line;
        next(c);
        if (!(n->k[2] = parse_suite(c, "'else' statement", line))) return NULL;
    }
    return n;
}

static Node *parse_for(Comp *c) {
    Node *n = new_at_tok(c, S_FOR, 4);
    next(c);
    if (!n || !(n->k[0] = parse_list(c, false, true)) || !check_target(c, n->k[0], false, true)) return NULL;
    if (!expect(c, T_IN, "invalid syntax") || !(n->k[1] = parse_list(c, false, false)) ||
        !(n->k[2] = parse_suite(c, "'for' statement", n->line)))
        return NULL;
    int eline = TOK.line;
    if (accept(c, T_ELSE) && !(n->k[3] = parse_suite(c, "'else' statement", eline))) return NULL;
    return n;
}

static Node *parse_try(Comp *c) {
    int line = TOK.line, col = TOK.col;
    next(c);
    NVec l = {0};
    Node *body = parse_suite(c, "'try' statement", line), *orelse = NULL, *final = NULL;
    if (!body || !nv_push(c, &l, body)) return NULL;
    bool bare = false;
    while (TOK.kind == T_EXCEPT) {
        Node *h = new_at_tok(c, S_EXCEPT, 2);
        if (!h) return NULL;
        if (bare) return c_error_at(c, l.v[l.n - 1], "default 'except:' must be last"), NULL;
        next(c);
        if (TOK.kind == T_STAR) return err_tok(c, "except* is not supported"), NULL;
        h->v = -1;
        if (TOK.kind == T_COLON) {
            bare = true;
            h->n = 1;
        } else {
            if (!(h->k[0] = parse_test(c))) return NULL;
            if (TOK.kind == T_COMMA) return err_tok(c, "multiple exception types must be parenthesized"), NULL;
            if (accept(c, T_AS)) {
                if (TOK.kind != T_NAME) return err_tok(c, "invalid syntax"), NULL;
                h->v = TOK.idx;
                next(c);
            }
        }
        Node *b = parse_suite(c, "'except' statement", h->line);
        if (!b) return NULL;
        h->k[h->n - 1] = b;
        if (!nv_push(c, &l, h)) return NULL;
    }
    int sl = TOK.line;
    if (l.n > 1 && accept(c, T_ELSE) && !(orelse = parse_suite(c, "'else' statement", sl))) return NULL;
    sl = TOK.line;
    if (accept(c, T_FINALLY) && !(final = parse_suite(c, "'finally' statement", sl))) return NULL;
    if (l.n == 1 && !final) return err_tok(c, "expected 'except' or 'finally' block"), NULL;
    if (!nv_push(c, &l, orelse) || !nv_push(c, &l, final)) return NULL;
    return from_vec(c, S_TRY, &l, line, col);
}

static Node *with_item(Comp *c, Node *ctx, bool as_allowed) {
    Node *it = node_new(c, E_WITHITEM, 2, ctx->line, ctx->col);
    if (!it) return NULL;
    it->k[0] = ctx;
    if (as_allowed && accept(c, T_AS)) {
        if (!(it->k[1] = expr_prec(c, 5)) || !check_target(c, it->k[1], false, true)) return NULL;
    } else {
        it->n = 1;
    }
    return it;
}

static Node *parse_with(Comp *c) {
    int line = TOK.line, col = TOK.col;
    next(c);
    NVec l = {0};
    if (TOK.kind == T_LPAR) {
        /* "with (a as b, c):" or an expression starting with '(' */
        int pl = TOK.line, pc = TOK.col;
        next(c);
        bool as = false, comma = false;
        while (TOK.kind != T_RPAR) {
            Node *e = parse_namedexpr(c);
            if (!e) return NULL;
            Node *it = with_item(c, e, true);
            if (!it || !nv_push(c, &l, it)) return NULL;
            as |= it->n > 1;
            if (!accept(c, T_COMMA)) break;
            comma = true;
        }
        if (!expect(c, T_RPAR, "invalid syntax")) return NULL;
        if (!as && TOK.kind != T_COLON) {
            /* it was an expression: rebuild it and go on parsing */
            Node *atom;
            if (l.n == 1 && !comma) {
                atom = l.v[0]->k[0];
            } else {
                NVec t = {0};
                for (int i = 0; i < l.n; i++)
                    if (!nv_push(c, &t, l.v[i]->k[0])) return NULL;
                atom = from_vec(c, E_TUPLE, &t, pl, pc);
            }
            Node *e = atom ? parse_power(c, parse_trailers(c, atom), pl, pc) : NULL;
            e = finish_test(c, e ? binary_from(c, 1, e) : NULL);
            Node *it = e ? with_item(c, e, true) : NULL;
            if (!it) return NULL;
            l.n = 0;
            if (!nv_push(c, &l, it)) return NULL;
            while (accept(c, T_COMMA)) {
                Node *x = parse_test(c), *w = x ? with_item(c, x, true) : NULL;
                if (!w || !nv_push(c, &l, w)) return NULL;
            }
        }
    } else {
        do {
            Node *x = parse_test(c), *w = x ? with_item(c, x, true) : NULL;
            if (!w || !nv_push(c, &l, w)) return NULL;
        } while (accept(c, T_COMMA));
    }
    Node *body = parse_suite(c, "'with' statement", line);
    if (!body || !nv_push(c, &l, body)) return NULL;
    return from_vec(c, S_WITH, &l, line, col);
}

static Node *parse_def(Comp *c, NVec *decos, int line, int col) {
    bool cls = TOK.kind == T_CLASS;
    next(c);
    if (TOK.kind != T_NAME) return err_tok(c, "invalid syntax"), NULL;
    int name = TOK.idx;
    next(c);
    Node *a = NULL;
    if (cls) {
        if (accept(c, T_LPAR)) {
            if (!(a = parse_args(c, NULL, line, col))) return NULL;
        } else {
            NVec none = {0};
            if (!nv_push(c, &none, NULL) || !(a = from_vec(c, E_CALL, &none, line, col))) return NULL;
        }
    } else {
        if (!expect(c, T_LPAR, "expected '('") || !(a = parse_params(c, T_RPAR, true)) ||
            !expect(c, T_RPAR, "invalid syntax"))
            return NULL;
        if (accept(c, T_ARROW) && !parse_test(c)) return NULL;
    }
    Node *body = parse_suite(c, cls ? "class definition" : "function definition", line);
    if (!body) return NULL;
    int nd = decos ? decos->n : 0;
    Node *n = node_new(c, cls ? S_CLASS : S_DEF, 2 + nd, line, col);
    if (!n) return NULL;
    n->v = name;
    n->k[0] = cls ? body : a;
    n->k[1] = cls ? a : body;
    for (int i = 0; i < nd; i++) n->k[2 + i] = decos->v[i];
    return n;
}

static Node *parse_stmt(Comp *c) {
    int line = TOK.line, col = TOK.col;
    switch (TOK.kind) {
    case T_IF:
    case T_WHILE:
        return parse_if(c);
    case T_FOR:
        return parse_for(c);
    case T_TRY:
        return parse_try(c);
    case T_WITH:
        return parse_with(c);
    case T_DEF:
    case T_CLASS:
        return parse_def(c, NULL, line, col);
    case T_AT: {
        NVec d = {0};
        while (accept(c, T_AT)) {
            Node *x = parse_namedexpr(c);
            if (!x || !nv_push(c, &d, x) || !expect(c, T_NEWLINE, "invalid syntax")) return NULL;
        }
        if (TOK.kind != T_DEF && TOK.kind != T_CLASS) return err_tok(c, "invalid syntax"), NULL;
        return parse_def(c, &d, TOK.line, TOK.col);
    }
    case T_ASYNC:
        return err_tok(c, "async is not supported"), NULL;
    case T_INDENT:
        c_error(c, COMPILE_INDENTATION_ERROR, TOK.line, TOK.col - 1, "unexpected indent");
        return NULL;
    default:
        return parse_simple(c);
    }
}

/* ---- entry point ---- */

static void parse_file(Comp *c) {
    c->cur = &c->lx;
    next(c);
    if (c->mode == COMPILE_EVAL) {
        while (TOK.kind == T_NEWLINE) next(c);
        Node *e = parse_list(c, false, false);
        while (TOK.kind == T_NEWLINE) next(c);
        if (e && TOK.kind != T_EOF) err_tok(c, "invalid syntax");
        if (c->failed) return;
        Node *r = node1(c, S_RETURN, e, e);
        if (r && scope_analyse(c, r, c->module)) codegen_stmt(c, r);
        arena_reset(c);
        return;
    }
    while (TOK.kind != T_EOF && !c->failed) {
        if (TOK.kind == T_NEWLINE) {
            next(c);
            continue;
        }
        Node *s = parse_stmt(c);
        if (s && scope_analyse(c, s, c->module)) codegen_stmt(c, s);
        arena_reset(c);
        c->depth = 0;
    }
}

/* the source must be UTF-8 without NUL bytes */
static bool check_source(Comp *c, const uint8_t *s, uint32_t n) {
    int line = 1;
    uint32_t ls = 0;
    for (uint32_t i = 0; i < n;) {
        uint8_t b = s[i];
        if (b == 0) return c_error(c, COMPILE_SYNTAX_ERROR, line, (int)(i - ls) + 1, "source code cannot contain null bytes");
        if (b == '\n') {
            line++;
            ls = i + 1;
        }
        if (b < 0x80) {
            i++;
            continue;
        }
        uint32_t len = (b & 0xe0) == 0xc0 ? 2 : (b & 0xf0) == 0xe0 ? 3 : (b & 0xf8) == 0xf0 ? 4 : 0;
        uint32_t cp = len == 2 ? b & 0x1fu : len == 3 ? b & 0x0fu : b & 0x07u;
        bool ok = len && len <= n - i;
        for (uint32_t k = 1; ok && k < len; k++) {
            ok = (s[i + k] & 0xc0) == 0x80;
            cp = (cp << 6) | (s[i + k] & 0x3fu);
        }
        if (ok)
            ok = !((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
                   cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff));
        if (!ok) return c_error(c, COMPILE_SYNTAX_ERROR, line, (int)(i - ls) + 1, "invalid UTF-8 in source");
        i += len;
    }
    return true;
}

int compile_module(const char *src, size_t len, const char *filename, int mode,
                   const CompilerMem *mem, uint8_t **image, size_t *image_len,
                   CompileError *err) {
    Comp comp;
    Comp *c = &comp;
    memset(c, 0, sizeof *c);
    memset(err, 0, sizeof *err);
    err->filename = filename;
    *image = NULL;
    *image_len = 0;
    c->mem = mem;
    c->err = err;
    c->mode = mode;
    if (len > 0x7fffffff) {
        c_error(c, COMPILE_MEMORY_ERROR, 0, 0, "source too large");
        return c->failed;
    }
    if (len >= 3 && (uint8_t)src[0] == 0xef && (uint8_t)src[1] == 0xbb && (uint8_t)src[2] == 0xbf) {
        src += 3; /* a UTF-8 byte order mark is not part of the program */
        len -= 3;
    }
    c->src = src;
    c->srclen = (uint32_t)len;
    lex_init(c, &c->lx, src, (uint32_t)len, 1, 1);
    Scope module = {0};
    module.kind = SC_MODULE;
    c->module = &module;
    const char *fn = filename ? filename : "<string>";
    int fidx = name_intern(c, fn, (uint32_t)strlen(fn));
    c->filename = (uint16_t)(fidx < 0 ? 0 : fidx);
    if (check_source(c, (const uint8_t *)src, (uint32_t)len) && codegen_begin(c, &module)) {
        parse_file(c);
        if (!c->failed) codegen_end(c);
        if (!c->failed) image_write(c, image, image_len);
    }
    /* cleanup, whatever happened */
    arena_reset(c);
    codegen_free(c); /* units left unfinished by an error */
    buf_free(c, &c->lx.sbuf);
    unsigned ncode = c->codes.len / sizeof(CodeObj *);
    for (unsigned i = 0; i < ncode; i++) {
        CodeObj *o = ((CodeObj **)c->codes.p)[i];
        if (o) {
            c_free(c, o->data);
            c_free(c, o);
        }
    }
    Buf *bufs[] = {&c->codes, &c->names, &c->text, &c->nhash, &c->consts, &c->cdata, &c->chash, &c->tmp};
    for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) buf_free(c, bufs[i]);
    if (c->failed) {
        if (*image) c_free(c, *image);
        *image = NULL;
        *image_len = 0;
        return c->failed;
    }
    return COMPILE_OK;
}

#else /* !MONTY_COMPILER */
/* The entry point stays, so that host programs built with the compiler
 * left out still link (they can then only say why nothing compiles); the
 * boards never call it and the linker drops it. */
int compile_module(const char *src, size_t len, const char *filename, int mode,
                   const CompilerMem *mem, uint8_t **image, size_t *image_len,
                   CompileError *err) {
    (void)src, (void)len, (void)mode, (void)mem;
    static const char msg[] = "no compiler in this build (MONTY_COMPILER=0)";
    memset(err, 0, sizeof *err);
    err->kind = COMPILE_SYNTAX_ERROR;
    err->filename = filename;
    memcpy(err->msg, msg, sizeof msg);
    *image = NULL;
    *image_len = 0;
    return COMPILE_SYNTAX_ERROR;
}
#endif /* MONTY_COMPILER */
