/*
 * cinternal.h - shared internals of the compiler (not a public API).
 *
 * Pipeline, per top-level statement: lexer (lexer.c) -> parser (parser.c)
 * builds a tree in the arena -> scope analysis (scope.c) -> code
 * generation (codegen.c) into code units -> arena reset.  Names, constants
 * and finished code objects accumulate in pools (pool.c), which finally
 * write the image.
 *
 * Errors are sticky: the first error is recorded in Comp.err and every
 * stage stops soon after (the lexer then returns only T_EOF, tree builders
 * return NULL, emitters do nothing).  Nothing longjmps.
 */
#ifndef CINTERNAL_H
#define CINTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../bytecode.h"
#include "../config.h"
#include "compiler.h"

/* Nesting bound: brackets, blocks and tree depth.  Each level costs a few
 * C stack frames in the parser and code generator. */
#ifndef COMPILER_MAX_DEPTH
#if MONTY_SMALL_TARGET
/* about 170 bytes of C stack per level in the parser (Cortex-M3, -Os):
 * 20 levels plus the fixed frames stay under 5 KB of the 8 KB stack */
#define COMPILER_MAX_DEPTH 20
#else
#define COMPILER_MAX_DEPTH 150
#endif
#endif

typedef struct Comp Comp;
typedef struct Node Node;
typedef struct Scope Scope;
typedef struct Unit Unit;

/* ---- memory ---- */
void *c_alloc(Comp *c, size_t n); /* NULL + MemoryError recorded */
void c_free(Comp *c, void *p);

typedef struct Buf {
    uint8_t *p;
    uint32_t len, cap;
} Buf;
bool buf_grow(Comp *c, Buf *b, uint32_t extra); /* room for `extra` more */
bool buf_put(Comp *c, Buf *b, const void *d, uint32_t n);
void buf_free(Comp *c, Buf *b);

/* arena for trees and scopes: freed wholesale after each statement */
typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
} Chunk;
void *arena_alloc(Comp *c, size_t n); /* zeroed, pointer-aligned */
void arena_reset(Comp *c);

/* ---- errors ---- */
/* records the first error; always returns NULL-ish false */
bool c_error(Comp *c, int kind, int line, int col, const char *msg);
bool c_error_at(Comp *c, const Node *n, const char *msg);
bool c_errorf(Comp *c, int kind, int line, int col, const char *fmt, ...);

/* ---- tokens ---- */
enum {
    T_EOF, T_NEWLINE, T_INDENT, T_DEDENT, T_NAME, T_INT, T_FLOAT, T_STRING,
    T_BYTES, T_FSTRING,
    /* keywords (order matches kw_names in lexer.c) */
    T_FALSE, T_NONE, T_TRUE, T_AND, T_AS, T_ASSERT, T_ASYNC, T_AWAIT, T_BREAK,
    T_CLASS, T_CONTINUE, T_DEF, T_DEL, T_ELIF, T_ELSE, T_EXCEPT, T_FINALLY,
    T_FOR, T_FROM, T_GLOBAL, T_IF, T_IMPORT, T_IN, T_IS, T_LAMBDA, T_NONLOCAL,
    T_NOT, T_OR, T_PASS, T_RAISE, T_RETURN, T_TRY, T_WHILE, T_WITH, T_YIELD,
    /* operators and delimiters */
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE, T_COMMA, T_COLON,
    T_DOT, T_SEMI, T_ASSIGN, T_ARROW, T_WALRUS, T_ELLIPSIS, T_TILDE,
    T_LT, T_GT, T_LE, T_GE, T_EQ, T_NE,
    /* binary operators, in BinOp order (T_PLUS + BINOP_x - BINOP_ADD ...
     * does not hold: see binop_of in parser.c) */
    T_PLUS, T_MINUS, T_STAR, T_DSTAR, T_SLASH, T_DSLASH, T_PERCENT, T_AT,
    T_LSHIFT, T_RSHIFT, T_AMPER, T_VBAR, T_CIRCUM,
    /* augmented assignment: T_AUG_FIRST + (index of the operator above) */
    T_AUG_FIRST,
    T_AUG_LAST = T_AUG_FIRST + (T_CIRCUM - T_PLUS),
    T__COUNT
};

typedef struct Token {
    uint8_t kind;
    bool big;       /* T_INT: value in cidx (a pool constant), not ival */
    bool raw;       /* T_FSTRING: raw string */
    uint8_t quote;  /* T_FSTRING: quote char */
    uint8_t qlen;   /* T_FSTRING: 1 or 3 */
    int line, col;  /* 1-based */
    uint32_t pos;   /* byte offset of the token (T_FSTRING: of the body) */
    uint32_t len;   /* T_FSTRING: body length */
    int32_t ival;   /* T_INT small value */
    uint16_t idx;   /* T_NAME: name index; T_FLOAT / big T_INT: constant index */
} Token;

typedef struct Lexer {
    const char *src;
    uint32_t len, pos;
    int line;
    uint32_t line_start;  /* offset of the current line */
    int col_base;         /* sub-lexers (f-string parts): column of src[0] */
    int depth;            /* open brackets */
    bool at_bol;          /* at the beginning of a logical line */
    bool sub;             /* f-string expression: no NEWLINE/INDENT */
    bool rescan;          /* after a parse error: EOF inside brackets is not an error */
    uint8_t ndedent;      /* DEDENTs still to return */
    bool eof_newline;     /* the final NEWLINE was returned */
    uint8_t nindent;
    uint16_t indent[COMPILER_MAX_DEPTH + 2];
    struct {
        uint32_t pos;
        int line, col;
    } brk[COMPILER_MAX_DEPTH]; /* open brackets */
    Token tok;            /* the current token */
    Buf sbuf;             /* decoded text of a T_STRING / T_BYTES token */
} Lexer;

void lex_init(Comp *c, Lexer *lx, const char *src, uint32_t len, int line, int col);
void lex_next(Comp *c, Lexer *lx);
/* decode string body escapes into b; bytes: only ASCII allowed */
bool lex_decode(Comp *c, const char *s, uint32_t n, bool raw, bool bytes, Buf *b, int line,
                int col, int eline, int ecol);

/* ---- names and constants (pool.c) ---- */
enum { C_INT, C_NONE, C_FALSE, C_TRUE, C_ELLIPSIS, C_STR, C_POOL };

int name_intern(Comp *c, const char *s, uint32_t n); /* index, or -1 */
int name_lookup(Comp *c, const char *s); /* index of an existing name, or -1 */
const char *name_text(Comp *c, unsigned idx, uint32_t *n);
/* pool constants (BC_CONST_* kinds); index or -1 */
int const_word(Comp *c, uint32_t word); /* immediate kinds (INT, SPECIAL, STR, CODE) */
int const_record(Comp *c, unsigned kind, const void *data, uint32_t n); /* BYTES FLOAT BIGINT TUPLE */
/* the constant word for an int value (immediate if it fits), -1 on error */
int const_int(Comp *c, int32_t v);

/* ---- the tree ---- */
enum {
    /* expressions */
    E_NAME,     /* v name */
    E_CONST,    /* op C_*, v: value (C_INT), name (C_STR), constant (C_POOL) */
    E_FSTR,     /* k: parts (E_CONST str / E_FMT) */
    E_FMT,      /* op FORMAT_VALUE flags, k: value [spec (E_FSTR)] */
    E_UNARY,    /* op UnaryOp, k: x */
    E_NOT,      /* k: x */
    E_BIN,      /* op BinOp, k: l r */
    E_BOOL,     /* op 0 and / 1 or, k: 2+ operands */
    E_CMP,      /* k: n operands; n-1 CmpOp bytes after the kids */
    E_IFEXP,    /* k: test body orelse */
    E_LAMBDA,   /* k: params body; scope */
    E_CALL,     /* k: func args... (E_STAR / E_KW / E_DSTAR / expr); func NULL for class bases */
    E_KW,       /* v name, k: value */
    E_DSTAR,    /* k: value */
    E_STAR,     /* k: value */
    E_ATTR,     /* v name, k: obj */
    E_SUB,      /* k: obj index */
    E_SLICE,    /* k: lo hi step (each may be NULL) */
    E_TUPLE, E_LIST, E_SET, /* k: items */
    E_DICT,     /* k: key value pairs; key NULL for **m */
    E_LISTCOMP, E_SETCOMP, E_GENEXP, /* k: elt gens...; scope */
    E_DICTCOMP, /* k: key value gens...; scope */
    E_COMPFOR,  /* k: target iter ifs... */
    E_YIELD,    /* k: [value] */
    E_YIELDFROM,/* k: value */
    E_WALRUS,   /* v name, k: value */
    E_PARAMS,   /* v posonly count, k: E_PARAM... */
    E_PARAM,    /* v name, op PARAM_*, k: [default] */
    /* statements */
    S_EXPR, S_ASSIGN, /* k: targets... value */
    S_AUG,      /* op BinOp, k: target value */
    S_ANN,      /* k: target [value] */
    S_DEL, S_PASS, S_BREAK, S_CONTINUE, S_RETURN, S_RAISE, S_GLOBAL, S_NONLOCAL,
    S_IMPORT,   /* k: E_ALIAS... */
    S_FROM,     /* v module name, op level, k: E_ALIAS... (none: import *) */
    E_ALIAS,    /* v name (dotted), op 1 if "as", k: E_NAME binding */
    S_ASSERT,   /* k: test [msg] */
    S_IF,       /* k: test body [orelse] */
    S_WHILE,    /* k: test body [orelse] */
    S_FOR,      /* k: target iter body [orelse] */
    S_WITH,     /* k: E_WITHITEM... body */
    E_WITHITEM, /* k: ctx [target] */
    S_TRY,      /* k: body handlers... orelse final (last two may be NULL) */
    S_EXCEPT,   /* v name or -1, k: [type] body  (n = 1 or 2) */
    S_DEF,      /* v name, k: params body decorators...; scope */
    S_CLASS,    /* v name, k: body bases(E_CALL, func NULL) decorators...; scope */
    S_BLOCK,    /* k: statements */
    N__COUNT
};
enum { PARAM_POS, PARAM_VARARG, PARAM_KWONLY, PARAM_VARKW };

struct Node {
    uint8_t kind, op;
    uint16_t n;     /* kids */
    uint16_t line, col;
    int32_t v;
    Node *k[];      /* n kids (+1 hidden: the Scope of scope-making nodes) */
};
/* the hidden kid slot holds a Scope*: converted through void *, which is
 * defined since both are pointer-aligned structs (C11 6.3.2.3p7) */
#define NODE_SCOPE(nd) ((Scope *)(void *)(nd)->k[(nd)->n])
#define SET_NODE_SCOPE(nd, s) ((nd)->k[(nd)->n] = (Node *)(void *)(s))
Node *node_new(Comp *c, int kind, int n, int line, int col);
bool node_makes_scope(int kind);

/* ---- scopes (scope.c) ---- */
enum { SC_MODULE, SC_FUNC, SC_CLASS, SC_COMP };
/* symbol flags */
#define SY_ASSIGN 0x01   /* bound in this scope */
#define SY_PARAM 0x02
#define SY_GLOBAL 0x04   /* declared global */
#define SY_NONLOCAL 0x08 /* declared nonlocal */
#define SY_USE 0x10
#define SY_CELL 0x20     /* resolved: a local captured by an inner scope */
#define SY_FREE 0x40     /* resolved: from an enclosing function */
#define SY_GLOBAL_IMPL 0x80 /* resolved: global or builtin (not declared) */
#define SY_COMPWALRUS 0x100 /* walrus target inside a comprehension */

typedef struct Sym {
    uint16_t name, flags;
    uint8_t slot;     /* plain slot (locals / params) */
    uint8_t cell;     /* cell or free slot */
    uint16_t line, col; /* of a nonlocal declaration, for its error */
} Sym;

struct Scope {
    Scope *parent, *child, *sibling;
    Node *node;
    Sym *syms;
    uint16_t nsym, capsym;
    uint8_t kind;
    bool generator, has_super, class_cell;
    uint8_t nlocals, ncells, nfree;
    uint8_t argcount, posonly, kwonly;
    uint16_t flags;  /* CO_* */
    uint16_t name, qualname;
};

bool scope_analyse(Comp *c, Node *stmt, Scope *module);
Sym *scope_find(Scope *s, unsigned name);

/* ---- code generation (codegen.c) and code units (pool.c) ---- */
typedef struct Label {
    int32_t pos;   /* -1 until placed */
    int32_t depth; /* -1 until known */
} Label;

struct Unit {
    Unit *outer;
    Scope *scope;
    Buf code, labels, fixups, exc, lines, handlers, fblocks;
    Buf placed;            /* u32 label ids in placement (= offset) order */
    int depth, maxdepth;   /* depth -1: unreachable */
    int handler;           /* current handler (index in handlers) or -1 */
    int range_handler;     /* handler of the open exception range, -1 none */
    uint32_t range_start;
    int32_t last_op;       /* offset of the last instruction, -1 after a label */
    int last_line;
    uint32_t line_addr;
    int line;              /* current source line */
    int firstline;
};

typedef struct CodeObj {
    uint8_t *data;   /* bytecode, exc, labels, lines, slot names (one block) */
    uint32_t bc_len, exc_len, label_len, line_len, slot_len;
    uint16_t name, qualname, flags, stacksize, firstline, nexc, nlabel;
    uint8_t argcount, posonly, kwonly, nlocals, ncells, nfree;
} CodeObj;

bool codegen_stmt(Comp *c, Node *stmt);
bool codegen_begin(Comp *c, Scope *module);
bool codegen_end(Comp *c); /* finishes the module code */
void codegen_free(Comp *c); /* releases unfinished units */
/* turns a finished unit into a code object; its index or -1 */
int code_finish(Comp *c, Unit *u, int index);
int code_reserve(Comp *c); /* a code index */
bool image_write(Comp *c, uint8_t **image, size_t *len);

/* ---- the compiler ---- */
struct Comp {
    const CompilerMem *mem;
    CompileError *err;
    int failed;       /* first error kind, 0 if none */
    int mode;
    const char *src;
    uint32_t srclen;
    Lexer lx;         /* the main lexer */
    Lexer *cur;       /* current lexer (a sub-lexer inside f-strings) */
    int depth;        /* nesting depth (parser and walkers) */
    Chunk *arena;
    /* pools */
    Buf names;        /* u32 text offset, u32 length per name */
    Buf text;         /* name texts, each NUL-terminated */
    Buf nhash;        /* u16 name index + 1 per slot (open addressing) */
    Buf consts;       /* u32 const word per constant (records: offset into cdata, kind) */
    Buf cdata;        /* records: u32 length header + data */
    Buf chash;
    Buf codes;        /* CodeObj* per code index */
    uint16_t filename;
    Scope *module;
    Unit *u;          /* the unit being generated */
    Buf tmp;          /* scratch text (string concatenation, qualnames) */
    bool in_fstring_spec;
};

#endif
