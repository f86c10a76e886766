/*
 * opcodes.h - Monty's bytecode instruction set (docs/bytecode.md).
 *
 * One X-macro table serves the compiler (stack depth tracking), the
 * validator (operand and stack checks), the disassembler (names, operand
 * formats) and the interpreter's dispatch table.  The table is
 * APPEND-ONLY after publication: an opcode's number is its position, so new
 * opcodes go at the end (changes are listed in the Changelog of
 * docs/bytecode.md and bump BC_VERSION when they change the meaning of an
 * existing image).
 *
 * Encoding: one opcode byte followed by 0..3 operand bytes whose layout is
 * fixed by the opcode's format (OPF_*); 16-bit operands are little-endian
 * and unaligned.  No varints, no EXTENDED_ARG.
 *
 *   X(NAME, FMT, POP, PUSH, JPUSH, FLOW)
 *
 *   NAME   opcode is OP_NAME
 *   FMT    operand format, OPF_FMT (size and meaning of a and b below)
 *   POP    values the instruction needs (and removes) from the stack
 *   PUSH   values it leaves on the stack when it continues with the next
 *          instruction (FLOW NEXT or BRANCH not taken)
 *   JPUSH  values it leaves when it jumps (FLOW BRANCH taken / JUMP);
 *          irrelevant (0) for other flows
 *   FLOW   NEXT (falls through), BRANCH (conditional jump), JUMP
 *          (unconditional jump), STOP (return / raise: no successor)
 *
 * POP / PUSH / JPUSH are C expressions in the operands `a` and `b` (ints in
 * scope where the macro is expanded).  "Pops n+1, pushes n" is the idiom
 * for "touches the item n below the top": it states both the net effect and
 * the minimum depth the instruction needs.
 */
#ifndef OPCODES_H
#define OPCODES_H

/* ---- operand formats: a is the first operand, b the second ---- */
#define BC_OPFORMATS(X)                                                        \
    X(NONE, 0)      /* no operand (a = b = 0) */                               \
    X(U8, 1)        /* a: u8 count / flags / operator */                       \
    X(S8, 1)        /* a: s8 immediate */                                      \
    X(SLOT, 1)      /* a: u8 fast slot < nslots */                             \
    X(CELL, 1)      /* a: u8 fast slot holding a cell, in [nlocals, nslots) */ \
    X(CONST, 2)     /* a: u16 constant index */                                \
    X(NAME, 2)      /* a: u16 name index */                                    \
    X(JUMP, 2)      /* a: u16 target, offset from the code's first byte */     \
    X(U8U8, 2)      /* a: u8, b: u8 */                                         \
    X(SLOT2, 2)     /* a: u8 fast slot, b: u8 fast slot */                     \
    X(SLOT_NAME, 3) /* a: u8 fast slot, b: u16 name index */                   \
    X(FUNC, 3)      /* a: u16 constant index (a code), b: u8 flags */          \
    X(CMP_JUMP, 3)  /* a: u8 comparison operator, b: u16 jump target */

enum {
#define X(f, n) OPF_##f,
    BC_OPFORMATS(X)
#undef X
    OPF__COUNT
};
/* operand bytes of each format: OPFSIZE_U8 == 1, ... */
enum {
#define X(f, n) OPFSIZE_##f = n,
    BC_OPFORMATS(X)
#undef X
};

enum { OPFLOW_NEXT, OPFLOW_BRANCH, OPFLOW_JUMP, OPFLOW_STOP };

/* clang-format off */
#define BC_OPCODES(X)                                                          \
    /* ---- stack shuffling ---- */                                            \
    X(POP_TOP,            NONE,  1, 0, 0, NEXT)                                \
    X(DUP_TOP,            NONE,  1, 2, 0, NEXT)                                \
    X(DUP_TOP_TWO,        NONE,  2, 4, 0, NEXT)                                \
    X(ROT_TWO,            NONE,  2, 2, 0, NEXT)                                \
    X(ROT_THREE,          NONE,  3, 3, 0, NEXT)                                \
    X(COPY,               U8,    a, a + 1, 0, NEXT)       /* a >= 1 */         \
    X(SWAP,               U8,    a, a, 0, NEXT)           /* a >= 2 */         \
    X(PUSH_NULL,          NONE,  0, 1, 0, NEXT)                                \
    /* ---- constants ---- */                                                 \
    X(LOAD_NONE,          NONE,  0, 1, 0, NEXT)                                \
    X(LOAD_FALSE,         NONE,  0, 1, 0, NEXT)                                \
    X(LOAD_TRUE,          NONE,  0, 1, 0, NEXT)                                \
    X(LOAD_INT,           S8,    0, 1, 0, NEXT)                                \
    X(LOAD_CONST,         CONST, 0, 1, 0, NEXT)                                \
    X(LOAD_NAME_STR,      NAME,  0, 1, 0, NEXT)                                \
    /* ---- variables ---- */                                                 \
    X(LOAD_FAST,          SLOT,  0, 1, 0, NEXT)                                \
    X(STORE_FAST,         SLOT,  1, 0, 0, NEXT)                                \
    X(DELETE_FAST,        SLOT,  0, 0, 0, NEXT)                                \
    X(LOAD_DEREF,         CELL,  0, 1, 0, NEXT)                                \
    X(STORE_DEREF,        CELL,  1, 0, 0, NEXT)                                \
    X(DELETE_DEREF,       CELL,  0, 0, 0, NEXT)                                \
    X(LOAD_CLOSURE,       CELL,  0, 1, 0, NEXT)                                \
    X(LOAD_CLASSDEREF,    CELL,  0, 1, 0, NEXT)                                \
    X(LOAD_GLOBAL,        NAME,  0, 1, 0, NEXT)                                \
    X(STORE_GLOBAL,       NAME,  1, 0, 0, NEXT)                                \
    X(DELETE_GLOBAL,      NAME,  0, 0, 0, NEXT)                                \
    X(LOAD_NAME,          NAME,  0, 1, 0, NEXT)                                \
    X(STORE_NAME,         NAME,  1, 0, 0, NEXT)                                \
    X(DELETE_NAME,        NAME,  0, 0, 0, NEXT)                                \
    /* ---- attributes and items ---- */                                      \
    X(LOAD_ATTR,          NAME,  1, 1, 0, NEXT)                                \
    X(STORE_ATTR,         NAME,  2, 0, 0, NEXT)                                \
    X(DELETE_ATTR,        NAME,  1, 0, 0, NEXT)                                \
    X(LOAD_METHOD,        NAME,  1, 2, 0, NEXT)                                \
    X(BINARY_SUBSCR,      NONE,  2, 1, 0, NEXT)                                \
    X(STORE_SUBSCR,       NONE,  3, 0, 0, NEXT)                                \
    X(DELETE_SUBSCR,      NONE,  2, 0, 0, NEXT)                                \
    X(BINARY_SLICE,       NONE,  3, 1, 0, NEXT)                                \
    X(STORE_SLICE,        NONE,  4, 0, 0, NEXT)                                \
    X(BUILD_SLICE,        U8,    a, 1, 0, NEXT)           /* a is 2 or 3 */    \
    /* ---- operators ---- */                                                 \
    X(UNARY_OP,           U8,    1, 1, 0, NEXT)           /* a: UnaryOp */     \
    X(UNARY_NOT,          NONE,  1, 1, 0, NEXT)                                \
    X(BINARY_OP,          U8,    2, 1, 0, NEXT)           /* a: BinOp */       \
    X(COMPARE_OP,         U8,    2, 1, 0, NEXT)           /* a: CmpOp */       \
    /* ---- control flow ---- */                                              \
    X(JUMP,               JUMP,  0, 0, 0, JUMP)           /* forward */        \
    X(JUMP_BACK,          JUMP,  0, 0, 0, JUMP)           /* backward: poll */ \
    X(POP_JUMP_IF_FALSE,  JUMP,  1, 0, 0, BRANCH)                              \
    X(POP_JUMP_IF_TRUE,   JUMP,  1, 0, 0, BRANCH)                              \
    X(JUMP_IF_FALSE_OR_POP, JUMP, 1, 0, 1, BRANCH)                             \
    X(JUMP_IF_TRUE_OR_POP, JUMP, 1, 0, 1, BRANCH)                              \
    X(GET_ITER,           NONE,  1, 1, 0, NEXT)                                \
    X(FOR_ITER,           JUMP,  1, 2, 0, BRANCH)                              \
    /* ---- building containers and strings ---- */                           \
    X(BUILD_TUPLE,        U8,    a, 1, 0, NEXT)                                \
    X(BUILD_LIST,         U8,    a, 1, 0, NEXT)                                \
    X(BUILD_SET,          U8,    a, 1, 0, NEXT)                                \
    X(BUILD_MAP,          U8,    2 * a, 1, 0, NEXT)                            \
    X(BUILD_STRING,       U8,    a, 1, 0, NEXT)                                \
    X(LIST_APPEND,        U8,    a + 1, a, 0, NEXT)       /* a >= 1 */         \
    X(SET_ADD,            U8,    a + 1, a, 0, NEXT)       /* a >= 1 */         \
    X(MAP_ADD,            U8,    a + 2, a, 0, NEXT)       /* a >= 1 */         \
    X(LIST_EXTEND,        U8,    a + 1, a, 0, NEXT)       /* a >= 1 */         \
    X(SET_UPDATE,         U8,    a + 1, a, 0, NEXT)       /* a >= 1 */         \
    X(DICT_UPDATE,        U8,    a + 1, a, 0, NEXT)       /* a >= 1 */         \
    X(DICT_MERGE,         U8,    a + 1, a, 0, NEXT)       /* a >= 1 */         \
    X(LIST_TO_TUPLE,      NONE,  1, 1, 0, NEXT)                                \
    X(UNPACK_SEQUENCE,    U8,    1, a, 0, NEXT)                                \
    X(UNPACK_EX,          U8U8,  1, a + b + 1, 0, NEXT)                        \
    X(FORMAT_VALUE,       U8,    1 + ((a >> 2) & 1), 1, 0, NEXT)               \
    /* ---- functions and calls ---- */                                       \
    X(CALL,               U8,    a + 1, 1, 0, NEXT)                            \
    X(CALL_KW,            U8U8,  1 + a + 2 * b, 1, 0, NEXT)                    \
    X(CALL_METHOD,        U8,    a + 2, 1, 0, NEXT)                            \
    X(CALL_METHOD_KW,     U8U8,  2 + a + 2 * b, 1, 0, NEXT)                    \
    X(CALL_EX,            NONE,  4, 1, 0, NEXT)                                \
    X(MAKE_FUNCTION,      FUNC,  (b & 1) + ((b >> 1) & 1) + ((b >> 2) & 1),   \
                                 1, 0, NEXT)                                   \
    X(RETURN_VALUE,       NONE,  1, 0, 0, STOP)                                \
    X(BUILD_CLASS,        U8,    4 + (a & 1), 1, 0, NEXT)                      \
    /* ---- exceptions and with ---- */                                       \
    X(RAISE_VARARGS,      U8,    a, 0, 0, STOP)           /* a is 0..2 */      \
    X(RERAISE,            NONE,  1, 0, 0, STOP)                                \
    X(PUSH_EXC_INFO,      NONE,  1, 2, 0, NEXT)                                \
    X(POP_EXCEPT,         NONE,  1, 0, 0, NEXT)                                \
    X(CHECK_EXC_MATCH,    NONE,  2, 2, 0, NEXT)                                \
    X(LOAD_ASSERTION_ERROR, NONE, 0, 1, 0, NEXT)                               \
    X(BEFORE_WITH,        NONE,  1, 3, 0, NEXT)                                \
    X(WITH_EXCEPT_START,  NONE,  4, 5, 0, NEXT)                                \
    /* ---- generators ---- */                                                \
    X(YIELD_VALUE,        NONE,  1, 1, 0, NEXT)                                \
    X(GET_YIELD_FROM_ITER, NONE, 1, 1, 0, NEXT)                                \
    X(YIELD_FROM,         NONE,  2, 1, 0, NEXT)                                \
    /* ---- import ---- */                                                    \
    X(IMPORT_NAME,        NAME,  2, 1, 0, NEXT)                                \
    X(IMPORT_FROM,        NAME,  1, 2, 0, NEXT)                                \
    X(IMPORT_STAR,        NONE,  1, 0, 0, NEXT)                                \
    /* ---- REPL ---- */                                                      \
    X(PRINT_EXPR,         NONE,  1, 0, 0, NEXT)                                \
    /* ---- super-instructions (same meaning as the sequence named) ---- */   \
    X(LOAD_FAST_LOAD_FAST, SLOT2, 0, 2, 0, NEXT)                               \
    X(LOAD_FAST_LOAD_ATTR, SLOT_NAME, 0, 1, 0, NEXT)                           \
    X(COMPARE_JUMP_IF_FALSE, CMP_JUMP, 2, 0, 0, BRANCH)
/* clang-format on */

enum {
#define X(name, fmt, pop, push, jpush, flow) OP_##name,
    BC_OPCODES(X)
#undef X
    OP__COUNT
};

/* ---- operators: the operand of UNARY_OP, BINARY_OP and COMPARE_OP ----
 * BinOp is ordered like CPython's NB_* (binary forms 0..12, then the
 * in-place forms at +BINOP_INPLACE).  X(NAME, symbol, dunder stem):
 * the forward method is "__" stem "__", the reflected one "__r" stem "__",
 * the in-place one "__i" stem "__". */
#define BC_BINOPS(X)                                                           \
    X(ADD, "+", "add")                                                         \
    X(AND, "&", "and")                                                         \
    X(FLOOR_DIVIDE, "//", "floordiv")                                          \
    X(LSHIFT, "<<", "lshift")                                                  \
    X(MATRIX_MULTIPLY, "@", "matmul")                                          \
    X(MULTIPLY, "*", "mul")                                                    \
    X(REMAINDER, "%", "mod")                                                   \
    X(OR, "|", "or")                                                           \
    X(POWER, "**", "pow")                                                      \
    X(RSHIFT, ">>", "rshift")                                                  \
    X(SUBTRACT, "-", "sub")                                                    \
    X(TRUE_DIVIDE, "/", "truediv")                                             \
    X(XOR, "^", "xor")

enum {
#define X(name, sym, stem) BINOP_##name,
    BC_BINOPS(X)
#undef X
    BINOP_INPLACE, /* BINOP_INPLACE + BINOP_ADD is "+=", ... */
    BINOP__COUNT = 2 * BINOP_INPLACE
};

/* ordered like CPython's Py_LT..Py_GE, then identity and membership */
#define BC_CMPOPS(X)                                                           \
    X(LT, "<", "__lt__")                                                       \
    X(LE, "<=", "__le__")                                                      \
    X(EQ, "==", "__eq__")                                                      \
    X(NE, "!=", "__ne__")                                                      \
    X(GT, ">", "__gt__")                                                       \
    X(GE, ">=", "__ge__")                                                      \
    X(IS, "is", "")                                                            \
    X(IS_NOT, "is not", "")                                                    \
    X(IN, "in", "__contains__")                                                \
    X(NOT_IN, "not in", "__contains__")

enum {
#define X(name, sym, dunder) CMPOP_##name,
    BC_CMPOPS(X)
#undef X
    CMPOP__COUNT
};

#define BC_UNARYOPS(X)                                                         \
    X(POSITIVE, "+", "__pos__")                                                \
    X(NEGATIVE, "-", "__neg__")                                                \
    X(INVERT, "~", "__invert__")

enum {
#define X(name, sym, dunder) UNARYOP_##name,
    BC_UNARYOPS(X)
#undef X
    UNARYOP__COUNT
};

/* ---- operand flag bits ---- */
/* MAKE_FUNCTION b: what lies on the stack below (in this order, bottom
 * first): defaults tuple, kw-only defaults dict, closure tuple of cells */
#define MKFN_DEFAULTS 0x01
#define MKFN_KWDEFAULTS 0x02
#define MKFN_CLOSURE 0x04

/* FORMAT_VALUE a: conversion in the low 2 bits, spec flag */
#define FMT_CONV_MASK 0x03
#define FMT_CONV_NONE 0x00
#define FMT_CONV_STR 0x01
#define FMT_CONV_REPR 0x02
#define FMT_CONV_ASCII 0x03
#define FMT_HAVE_SPEC 0x04

/* BUILD_CLASS a: a dict of class keywords (metaclass=...) is present */
#define BCLS_KWARGS 0x01

#endif
