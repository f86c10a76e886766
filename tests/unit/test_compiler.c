/*
 * test_compiler.c - the compiler: SyntaxError positions, generated code
 * for key constructs, every tests/py program, limits, out-of-memory
 * behaviour.  (The validator has its own tests in test_compiler_bc.c.)
 *
 * Expected SyntaxError lines, columns and messages are CPython 3.11's.
 */
#include <dirent.h>
#include <sys/wait.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/bytecode.h"
#include "core/compiler/compiler.h"

/* ---- allocator that counts, and can fail the n-th allocation ---- */
static long live, nalloc, fail_at = -1;
static void *t_alloc(void *ctx, size_t n) {
    (void)ctx;
    if (fail_at >= 0 && nalloc == fail_at) return NULL;
    nalloc++;
    void *p = malloc(n);
    if (p) live++;
    return p;
}
static void t_release(void *ctx, void *p) {
    (void)ctx;
    if (p) live--;
    free(p);
}
static const CompilerMem mem = {t_alloc, t_release, NULL};

static uint8_t *img;
static size_t img_len;
static CompileError err;

/* compiles src; returns the result code; the image stays in img */
static int compile_src(const char *src, int mode) {
    if (img) t_release(NULL, img);
    img = NULL;
    return compile_module(src, strlen(src), "t.py", mode, &mem, &img, &img_len, &err);
}

static const char *const op_names[] = {
#define X(name, fmt, pop, push, jpush, flow) #name,
    BC_OPCODES(X)
#undef X
};

/* "OP arg; OP arg; ..." for code object ci: names for name / slot
 * operands, numbers otherwise, jump targets as offsets */
static char rendered[65536];
static const char *render(unsigned ci) {
    BcCode c;
    bc_code_info(img, ci, &c);
    size_t at = 0;
    rendered[0] = 0;
    for (unsigned ip = 0; ip < c.bc_len;) {
        int a, b;
        unsigned op = c.bc[ip], n = bc_decode(c.bc + ip, &a, &b);
        char arg[96] = "";
        switch (bc_op_format[op]) {
        case OPF_NONE: break;
        case OPF_NAME: snprintf(arg, sizeof arg, " %s", bc_name(img, (unsigned)a, NULL, NULL)); break;
        case OPF_SLOT:
        case OPF_CELL: snprintf(arg, sizeof arg, " %s", bc_name(img, bc_slot_name(&c, (unsigned)a), NULL, NULL)); break;
        case OPF_SLOT2:
            snprintf(arg, sizeof arg, " %s %s", bc_name(img, bc_slot_name(&c, (unsigned)a), NULL, NULL),
                     bc_name(img, bc_slot_name(&c, (unsigned)b), NULL, NULL));
            break;
        case OPF_SLOT_NAME:
            snprintf(arg, sizeof arg, " %s.%s", bc_name(img, bc_slot_name(&c, (unsigned)a), NULL, NULL),
                     bc_name(img, (unsigned)b, NULL, NULL));
            break;
        case OPF_U8U8:
        case OPF_FUNC:
        case OPF_CMP_JUMP: snprintf(arg, sizeof arg, " %d %d", a, b); break;
        default: snprintf(arg, sizeof arg, " %d", a); break;
        }
        at += (size_t)snprintf(rendered + at, sizeof rendered - at, "%s%s%s", at ? "; " : "", op_names[op], arg);
        if (at >= sizeof rendered) break;
        ip += n;
    }
    return rendered;
}

static int validate(void) {
    char why[128];
    int rc = bc_validate(img, img_len, why, sizeof why);
    if (rc) printf("# invalid image: %s\n", why);
    return rc;
}

/* ---- SyntaxError positions ---- */

typedef struct ErrCase {
    const char *src;
    int kind, line, col;
    const char *msg;
} ErrCase;

#define SE COMPILE_SYNTAX_ERROR
#define IE COMPILE_INDENTATION_ERROR
static const ErrCase err_cases[] = {
    {"x = (1, 2\n", SE, 1, 5, "'(' was never closed"},
    {"if x\n    pass\n", SE, 1, 5, "expected ':'"},
    {"def f(:\n    pass\n", SE, 1, 7, "invalid syntax"},
    {"for x in y\n    pass\n", SE, 1, 11, "expected ':'"},
    {"x = 1 +\n", SE, 1, 8, "invalid syntax"},
    {"  x = 1\n", IE, 1, 2, "unexpected indent"},
    {"if x:\npass\n", IE, 2, 1, "expected an indented block after 'if' statement on line 1"},
    {"if x:\n    a = 1\n  b = 2\n", IE, 3, 8, "unindent does not match any outer indentation level"},
    {"x = 'abc\n", SE, 1, 5, "unterminated string literal"},
    {"x = '''abc\n", SE, 1, 5, "unterminated triple-quoted string literal"},
    {"1 = x\n", SE, 1, 1, "cannot assign to literal"},
    {"f() = 1\n", SE, 1, 1, "cannot assign to function call"},
    {"del f()\n", SE, 1, 5, "cannot delete function call"},
    {"x += 1, = 2\n", SE, 1, 9, "invalid syntax"},
    {"return 1\n", SE, 1, 1, "'return' outside function"},
    {"break\n", SE, 1, 1, "'break' outside loop"},
    {"def f():\n    continue\n", SE, 2, 5, "'continue' not properly in loop"},
    {"yield 1\n", SE, 1, 1, "'yield' outside function"},
    {"class A:\n    return 1\n", SE, 2, 5, "'return' outside function"},
    {"x = )\n", SE, 1, 5, "unmatched ')'"},
    {"x = ]\n", SE, 1, 5, "unmatched ']'"},
    {"f(x for x in y, 1)\n", SE, 1, 3, "Generator expression must be parenthesized"},
    {"f(**k, *a)\n", SE, 1, 8, "iterable argument unpacking follows keyword argument unpacking"},
    {"def f(a=1, b):\n    pass\n", SE, 1, 12, "non-default argument follows default argument"},
    {"def f(a, a):\n    pass\n", SE, 1, 10, "duplicate argument 'a' in function definition"},
    {"x = 0777\n", SE, 1, 5, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integer"},
    {"x = 1__0\n", SE, 1, 6, "invalid decimal literal"},
    {"x = 0x\n", SE, 1, 6, "invalid hexadecimal literal"},
    {"x = 5abc\n", SE, 1, 5, "invalid decimal literal"},
    {"x = $\n", SE, 1, 5, "invalid syntax"},
    {"a, *b, *c = d\n", SE, 1, 1, "multiple starred expressions in assignment"},
    {"*a = b\n", SE, 1, 1, "starred assignment target must be in a list or tuple"},
    {"print(*a)\nx = *a\n", SE, 2, 5, "can't use starred expression here"},
    {"x = {1: 2, 3}\n", SE, 1, 12, "':' expected after dictionary key"},
    {"lambda x: (yield)\nnonlocal x\n", SE, 2, 1, "nonlocal declaration not allowed at module level"},
    {"def f():\n    global x\n    x = 1\n    nonlocal y\n", SE, 4, 5, "no binding for nonlocal 'y' found"},
    {"def f():\n    x = 1\n    global x\n", SE, 3, 5, "name 'x' is assigned to before global declaration"},
    {"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", SE, 3, 1, "default 'except:' must be last"},
    {"f'{}'\n", SE, 1, 6, "f-string: empty expression not allowed"},
    {"f'{x!z}'\n", SE, 1, 9, "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
    {"f'}'\n", SE, 1, 5, "f-string: single '}' is not allowed"},
    {"f'{x'\n", SE, 1, 6, "f-string: expecting '}'"},
    {"x = [1, 2\ny = 3\n", SE, 1, 5, "'[' was never closed"},
    {"import\n", SE, 1, 7, "invalid syntax"},
    {"from x import (a, b\n", SE, 1, 15, "'(' was never closed"},
    {"with a as 1:\n    pass\n", SE, 1, 11, "cannot assign to literal"},
    {"a.b.c = 1\nx = a.\n", SE, 2, 7, "invalid syntax"},
    {"x = 1\n  \ny = 2\n    z = 3\n", IE, 4, 4, "unexpected indent"},
    {"while True\n    pass\n", SE, 1, 11, "expected ':'"},
    {"x = a if b\n", SE, 1, 5, "expected 'else' after 'if' expression"},
    {"(x := 1) = 2\n", SE, 1, 2, "cannot assign to named expression"},
    {"x := 1\n", SE, 1, 3, "invalid syntax"},
    {"[x for x in 1 2]\n", SE, 1, 15, "invalid syntax"},
    {"print 'hello'\n", SE, 1, 1, "Missing parentheses in call to 'print'. Did you mean print(...)?"},
    {"def f(*):\n    pass\n", SE, 1, 7, "named arguments must follow bare *"},
    {"def f(**k, a):\n    pass\n", SE, 1, 12, "arguments cannot follow var-keyword argument"},
    {"@dec\nx = 1\n", SE, 2, 1, "invalid syntax"},
    {"x = b'\\xff' + b'\xc3\xa9'\n", SE, 1, 15, "bytes can only contain ASCII literal characters"},
    {"'\\x4'\n", SE, 1, 6,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"},
    {"def f():\n    x = 1\n    def g():\n        nonlocal y\n", SE, 4, 9, "no binding for nonlocal 'y' found"},
    {"raise from x\n", SE, 1, 7, "invalid syntax"},
    {"else:\n    pass\n", SE, 1, 1, "invalid syntax"},
    {"x = 1\n\n\n\nif x:\n\n    pass\n  else:\n    pass\n", IE, 8, 8,
     "unindent does not match any outer indentation level"},
    {"for x in range(3):\n    pass\nelse\n", SE, 3, 5, "expected ':'"},
    {"x.y += 1\n(a, b) += 1\n", SE, 2, 1, "'tuple' is an illegal expression for augmented assignment"},
    {"x = (1,\n     2]\n", SE, 2, 7, "closing parenthesis ']' does not match opening parenthesis '(' on line 1"},
    {"x = (1]\n", SE, 1, 7, "closing parenthesis ']' does not match opening parenthesis '('"},
    {"f(a=1, a=2)\n", SE, 1, 8, "keyword argument repeated: a"},
    {"def f(x):\n    global x\n", SE, 2, 5, "name 'x' is parameter and global"},
    {"x = '\xff'\n", SE, 1, 6, "invalid UTF-8 in source"},
    {"class C:\n    def f(self):\n        pass\n      x = 1\n", IE, 4, 12,
     "unindent does not match any outer indentation level"},
    {"if True:\n    pass\n  elif x:\n    pass\n", IE, 3, 10, "unindent does not match any outer indentation level"},
    {"def f():\n    x = [i for i in y]\n    return x\nyield x\n", SE, 4, 1, "'yield' outside function"},
    {"class C:\n    [(y := i) for i in x]\n", SE, 2, 7,
     "assignment expression within a comprehension cannot be used in a class body"},
    {"from m import *\ndef f():\n    from m import *\n", SE, 3, 5, "import * only allowed at module level"},
};

TEST(syntax_error_positions) {
    for (size_t i = 0; i < sizeof err_cases / sizeof err_cases[0]; i++) {
        const ErrCase *e = &err_cases[i];
        live = 0;
        size_t len = strlen(e->src);
        int rc = compile_module(e->src, len, "t.py", COMPILE_EXEC, &mem, &img, &img_len, &err);
        CHECK_MSG(rc == e->kind, "case %zu %s: rc %d (%d:%d %s)", i, e->src, rc, err.line, err.col, err.msg);
        CHECK_MSG(err.kind == e->kind && err.line == e->line && err.col == e->col,
                  "case %zu %s: got %d:%d, want %d:%d (%s)", i, e->src, err.line, err.col, e->line, e->col, err.msg);
        CHECK_MSG(strcmp(err.msg, e->msg) == 0, "case %zu: message '%s', want '%s'", i, err.msg, e->msg);
        CHECK_MSG(img == NULL && live == 0, "case %zu: image or leak after an error", i);
        CHECK_STR(err.filename, "t.py");
    }
}

TEST(null_byte) {
    int rc = compile_module("x = 1\0\n", 7, "t.py", COMPILE_EXEC, &mem, &img, &img_len, &err);
    CHECK(rc == COMPILE_SYNTAX_ERROR && err.line == 1 && err.col == 6);
    CHECK_STR(err.msg, "source code cannot contain null bytes");
}

/* ---- generated code ---- */

typedef struct DisCase {
    const char *src;
    unsigned code; /* code object index */
    const char *ops;
} DisCase;

static const DisCase dis_cases[] = {
    {"x = 1\n", 0, "LOAD_INT 1; STORE_GLOBAL x; LOAD_NONE; RETURN_VALUE"},
    {"def f(a, b):\n    return a + b\n", 1, "LOAD_FAST_LOAD_FAST a b; BINARY_OP 0; RETURN_VALUE"},
    {"def f(o):\n    return o.x\n", 1, "LOAD_FAST_LOAD_ATTR o.x; RETURN_VALUE"},
    {"def f(o):\n    o.m(1, k=2)\n", 1,
     "LOAD_FAST o; LOAD_METHOD m; LOAD_INT 1; LOAD_NAME_STR k; LOAD_INT 2; CALL_METHOD_KW 1 1; POP_TOP; LOAD_NONE; "
     "RETURN_VALUE"},
    {"f(*a, **k)\n", 0,
     "LOAD_GLOBAL f; PUSH_NULL; BUILD_LIST 0; LOAD_GLOBAL a; LIST_EXTEND 1; LIST_TO_TUPLE; BUILD_MAP 0; "
     "LOAD_GLOBAL k; DICT_MERGE 1; CALL_EX; POP_TOP; LOAD_NONE; RETURN_VALUE"},
    {"def f(n):\n    while n > 0:\n        n -= 1\n", 1,
     "LOAD_FAST n; LOAD_INT 0; COMPARE_JUMP_IF_FALSE 4 19; LOAD_FAST n; LOAD_INT 1; BINARY_OP 23; STORE_FAST n; "
     "JUMP_BACK 0; LOAD_NONE; RETURN_VALUE"},
    {"for i in range(3):\n    pass\n", 0,
     "LOAD_GLOBAL range; LOAD_INT 3; CALL 1; GET_ITER; FOR_ITER 17; STORE_GLOBAL i; JUMP_BACK 8; LOAD_NONE; "
     "RETURN_VALUE"},
    {"a, b = b, a\n", 0, "LOAD_GLOBAL b; LOAD_GLOBAL a; ROT_TWO; STORE_GLOBAL a; STORE_GLOBAL b; LOAD_NONE; RETURN_VALUE"},
    {"a, *b, c = x\n", 0,
     "LOAD_GLOBAL x; UNPACK_EX 1 1; STORE_GLOBAL a; STORE_GLOBAL b; STORE_GLOBAL c; LOAD_NONE; RETURN_VALUE"},
    {"x = a < b < c\n", 0,
     "LOAD_GLOBAL a; LOAD_GLOBAL b; DUP_TOP; ROT_THREE; COMPARE_OP 0; JUMP_IF_FALSE_OR_POP 21; LOAD_GLOBAL c; "
     "COMPARE_OP 0; JUMP 23; ROT_TWO; POP_TOP; STORE_GLOBAL x; LOAD_NONE; RETURN_VALUE"},
    {"x = y[1:2]\ny[::2] = z\n", 0,
     "LOAD_GLOBAL y; LOAD_INT 1; LOAD_INT 2; BINARY_SLICE; STORE_GLOBAL x; LOAD_GLOBAL z; LOAD_GLOBAL y; "
     "LOAD_NONE; LOAD_NONE; LOAD_INT 2; BUILD_SLICE 3; STORE_SUBSCR; LOAD_NONE; RETURN_VALUE"},
    {"x[i] += 1\n", 0,
     "LOAD_GLOBAL x; LOAD_GLOBAL i; DUP_TOP_TWO; BINARY_SUBSCR; LOAD_INT 1; BINARY_OP 13; ROT_THREE; STORE_SUBSCR; "
     "LOAD_NONE; RETURN_VALUE"},
    {"s = f'a{x!r:>{w}}b'\n", 0,
     "LOAD_CONST 0; LOAD_GLOBAL x; LOAD_CONST 1; LOAD_GLOBAL w; FORMAT_VALUE 0; BUILD_STRING 2; FORMAT_VALUE 6; "
     "LOAD_CONST 2; BUILD_STRING 3; STORE_GLOBAL s; LOAD_NONE; RETURN_VALUE"},
    {"x = [i for i in y]\n", 1, "BUILD_LIST 0; LOAD_FAST .0; FOR_ITER 16; STORE_FAST i; LOAD_FAST i; LIST_APPEND 2; "
                                "JUMP_BACK 4; RETURN_VALUE"},
    {"x = [i for i in y]\n", 0, "MAKE_FUNCTION 0 0; LOAD_GLOBAL y; GET_ITER; CALL 1; STORE_GLOBAL x; LOAD_NONE; "
                                "RETURN_VALUE"},
    {"def g():\n    yield from h()\n", 1,
     "LOAD_GLOBAL h; CALL 0; GET_YIELD_FROM_ITER; LOAD_NONE; YIELD_FROM; POP_TOP; LOAD_NONE; RETURN_VALUE"},
    {"def f():\n    x = 1\n    def g():\n        return x\n    return g\n", 1,
     "LOAD_INT 1; STORE_DEREF x; LOAD_CLOSURE x; BUILD_TUPLE 1; MAKE_FUNCTION 0 4; STORE_FAST g; LOAD_FAST g; "
     "RETURN_VALUE"},
    {"def f():\n    x = 1\n    def g():\n        return x\n    return g\n", 2, "LOAD_DEREF x; RETURN_VALUE"},
    {"class C(B):\n    def m(self):\n        return super().m()\n", 0,
     "LOAD_CONST 0; LOAD_GLOBAL B; BUILD_TUPLE 1; BUILD_MAP 0; MAKE_FUNCTION 2 0; COPY 2; CALL 1; BUILD_CLASS 0; "
     "STORE_GLOBAL C; LOAD_NONE; RETURN_VALUE"},
    {"class C(B):\n    def m(self):\n        return super().m()\n", 1,
     "LOAD_GLOBAL __name__; STORE_NAME __module__; LOAD_CONST 0; STORE_NAME __qualname__; LOAD_CLOSURE __class__; "
     "BUILD_TUPLE 1; MAKE_FUNCTION 1 4; STORE_NAME m; LOAD_CLOSURE __class__; RETURN_VALUE"},
    {"class C(B):\n    def m(self):\n        return super().m()\n", 2,
     "LOAD_GLOBAL super; LOAD_DEREF __class__; LOAD_FAST self; CALL 2; LOAD_METHOD m; CALL_METHOD 0; RETURN_VALUE"},
    {"def f(a, b=1, *, c=2):\n    pass\n", 0,
     "LOAD_CONST 1; BUILD_MAP 0; LOAD_NAME_STR c; LOAD_INT 2; MAP_ADD 1; MAKE_FUNCTION 2 3; STORE_GLOBAL f; LOAD_NONE; "
     "RETURN_VALUE"},
    {"from m import a as b, c\n", 0,
     "LOAD_INT 0; LOAD_CONST 2; IMPORT_NAME m; IMPORT_FROM a; STORE_GLOBAL b; IMPORT_FROM c; STORE_GLOBAL c; POP_TOP; "
     "LOAD_NONE; RETURN_VALUE"},
    {"import a.b as c\n", 0,
     "LOAD_INT 0; LOAD_NONE; IMPORT_NAME a.b; IMPORT_FROM b; ROT_TWO; POP_TOP; STORE_GLOBAL c; LOAD_NONE; RETURN_VALUE"},
    {"assert x, 'm'\n", 0,
     "LOAD_GLOBAL x; POP_JUMP_IF_TRUE 14; LOAD_ASSERTION_ERROR; LOAD_CONST 0; CALL 1; RAISE_VARARGS 1; LOAD_NONE; "
     "RETURN_VALUE"},
    {"if (n := 10) > 5:\n    del n\n", 0,
     "LOAD_INT 10; DUP_TOP; STORE_GLOBAL n; LOAD_INT 5; COMPARE_JUMP_IF_FALSE 4 15; DELETE_GLOBAL n; LOAD_NONE; "
     "RETURN_VALUE"},
    {"x = -1, 2.5, None\n", 0, "LOAD_CONST 3; STORE_GLOBAL x; LOAD_NONE; RETURN_VALUE"},
    {"x = 1\nx\n", 0, "LOAD_INT 1; STORE_GLOBAL x; LOAD_GLOBAL x; POP_TOP; LOAD_NONE; RETURN_VALUE"},
    {"def f():\n    return 1\n    x = 2\n", 1, "LOAD_INT 1; RETURN_VALUE"},
    {"with a as b:\n    pass\n", 0,
     "LOAD_GLOBAL a; BEFORE_WITH; STORE_GLOBAL b; LOAD_NONE; LOAD_NONE; LOAD_NONE; CALL_METHOD 3; POP_TOP; JUMP 32; "
     "PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE 22; RERAISE; POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP; JUMP 32; "
     "ROT_TWO; POP_EXCEPT; RERAISE; LOAD_NONE; RETURN_VALUE"},
    {"try:\n    f()\nexcept E:\n    pass\n", 0,
     "LOAD_GLOBAL f; CALL 0; POP_TOP; JUMP 26; PUSH_EXC_INFO; LOAD_GLOBAL E; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE 22; "
     "POP_TOP; POP_EXCEPT; JUMP 26; RERAISE; ROT_TWO; POP_EXCEPT; RERAISE; LOAD_NONE; RETURN_VALUE"},
};

TEST(disassembly) {
    for (size_t i = 0; i < sizeof dis_cases / sizeof dis_cases[0]; i++) {
        const DisCase *d = &dis_cases[i];
        int rc = compile_src(d->src, COMPILE_EXEC);
        CHECK_MSG(rc == COMPILE_OK, "case %zu: %s:%d:%d %s", i, d->src, err.line, err.col, err.msg);
        CHECK_MSG(validate() == 0, "case %zu invalid", i);
        CHECK_MSG(d->code < bc_n_code(img), "case %zu: no code %u", i, d->code);
        CHECK_MSG(strcmp(render(d->code), d->ops) == 0, "case %zu %s\n  got:  %s\n  want: %s", i, d->src, rendered,
                  d->ops);
    }
}

/* the handler table of a try/except, and the line table */
TEST(tables) {
    CHECK(compile_src("x = 1\ntry:\n    f()\nexcept E:\n    g()\n", COMPILE_EXEC) == COMPILE_OK);
    CHECK(validate() == 0);
    BcCode c;
    bc_code_info(img, 0, &c);
    /* body protected by a handler at depth 0 whose target is PUSH_EXC_INFO */
    unsigned target, depth;
    unsigned call_f = 0;
    while (c.bc[call_f] != OP_CALL) call_f += bc_op_size[c.bc[call_f]];
    CHECK(bc_find_handler(&c, call_f, &target, &depth));
    CHECK_EQ(depth, 0);
    CHECK_EQ(c.bc[target], OP_PUSH_EXC_INFO);
    CHECK(!bc_find_handler(&c, 0, &target, &depth)); /* x = 1 is not protected */
    CHECK_EQ(bc_line_of(&c, 0), 1);
    CHECK_EQ(bc_line_of(&c, call_f), 3);
    CHECK_EQ(bc_line_of(&c, target + 1), 4); /* LOAD_GLOBAL E */
    /* module name, file name */
    CHECK_STR(bc_name(img, c.name, NULL, NULL), "<module>");
    CHECK_STR(bc_name(img, bc_filename(img), NULL, NULL), "t.py");
}

/* literals: strings with escapes, big ints in all bases, floats, bytes */
TEST(literals) {
    CHECK(compile_src("a = 'x\\ty\\u00e9\\x41\\101\\\n' 'z'\nb = 0x_FFFF_FFFF_FFFF\nc = -0b1_0000_0000_0000_0000_0000_0000_0000\n"
                      "d = 1.5e3\ne = b'\\x00\\xff'\nf = 2**100\ng = 0o777\n",
                      COMPILE_EXEC) == COMPILE_OK);
    CHECK(validate() == 0);
    int found = 0;
    for (unsigned k = 0; k < bc_n_const(img); k++) {
        uint32_t w = bc_const_word(img, k), n;
        int neg;
        switch (bc_const_kind(w)) {
        case BC_CONST_STR: {
            const char *s = bc_name(img, bc_const_index(w), &n, NULL);
            if (n == 8 && memcmp(s, "x\ty\xc3\xa9" "AAz", 8) == 0) found |= 1;
            break;
        }
        case BC_CONST_BIGINT: {
            const uint8_t *m = bc_const_bigint(img, w, &n, &neg);
            if (n == 6 && !neg && m[0] == 0xff && m[5] == 0xff) found |= 2;
            if (n == 4 && neg && m[3] == 0x10 && m[0] == 0) found |= 4; /* -2**28 is an immediate, not this */
            break;
        }
        case BC_CONST_INT:
            if (bc_const_int(w) == -(1 << 28)) found |= 4;
            if (bc_const_int(w) == 511) found |= 32;
            break;
        case BC_CONST_FLOAT:
            if (bc_const_float(img, w) == 1500.0) found |= 8;
            break;
        case BC_CONST_BYTES: {
            const uint8_t *b = bc_const_bytes(img, w, &n);
            if (n == 2 && b[0] == 0 && b[1] == 0xff) found |= 16;
            break;
        }
        }
    }
    CHECK_MSG(found == 63, "constants found: %#x", found);
}

/* every program in tests/py compiles and validates */
TEST(tests_py) {
    DIR *d = opendir("tests/py");
    CHECK_MSG(d != NULL, "run from the repository root");
    int count = 0;
    struct dirent *e;
    char path[512];
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".py") != 0) continue;
        snprintf(path, sizeof path, "tests/py/%s", e->d_name);
        FILE *f = fopen(path, "rb");
        if (!f) continue;
        static char src[1 << 20];
        size_t len = fread(src, 1, sizeof src - 1, f);
        fclose(f);
        src[len] = 0;
        if (img) t_release(NULL, img);
        img = NULL;
        live = 0;
        int rc = compile_module(src, len, path, COMPILE_EXEC, &mem, &img, &img_len, &err);
        if (rc != COMPILE_OK) {
            /* a module that is malformed on purpose (CPython rejects it too)
             * is not a failure */
            char cmd[700];
            snprintf(cmd, sizeof cmd,
                     "python3 -c 'import sys; compile(open(sys.argv[1]).read(), \"x\", \"exec\")' '%s' 2>/dev/null", path);
            int st = system(cmd);
            if (st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 1) {
                printf("# %s: rejected by CPython too\n", path);
                continue;
            }
            closedir(d);
            CHECK_MSG(0, "%s:%d:%d: %s", path, err.line, err.col, err.msg);
        }
        if (validate() != 0) {
            closedir(d);
            CHECK_MSG(0, "%s: image invalid", path);
        }
        t_release(NULL, img);
        img = NULL;
        if (live != 0) {
            closedir(d);
            CHECK_MSG(0, "%s: %ld allocations leaked", path, live);
        }
        count++;
    }
    closedir(d);
    printf("# %d programs of tests/py compiled\n", count);
    CHECK(count > 0);
}

/* deep nesting is an error, not a C stack overflow */
TEST(nesting_limits) {
    static char src[200000];
    size_t at = 0;
    for (int i = 0; i < 5000; i++) src[at++] = '(';
    src[at++] = 'x';
    for (int i = 0; i < 5000; i++) src[at++] = ')';
    src[at++] = '\n';
    src[at] = 0;
    CHECK(compile_src(src, COMPILE_EXEC) == COMPILE_SYNTAX_ERROR);
    CHECK_STR(err.msg, "too deeply nested");
    /* deeply nested blocks */
    at = 0;
    for (int i = 0; i < 300; i++) {
        for (int j = 0; j < i; j++) src[at++] = ' ';
        memcpy(src + at, "if x:\n", 6);
        at += 6;
    }
    for (int j = 0; j < 300; j++) src[at++] = ' ';
    memcpy(src + at, "pass\n", 6);
    CHECK(compile_src(src, COMPILE_EXEC) == COMPILE_SYNTAX_ERROR);
    CHECK_STR(err.msg, "too deeply nested");
    /* a long left-leaning chain of operators: fine or a clean error */
    at = 0;
    memcpy(src, "x = 1", 5);
    at = 5;
    for (int i = 0; i < 20000; i++) {
        memcpy(src + at, "+1", 2);
        at += 2;
    }
    src[at++] = '\n';
    src[at] = 0;
    int rc = compile_src(src, COMPILE_EXEC);
    CHECK(rc == COMPILE_OK || (rc == COMPILE_SYNTAX_ERROR && !strcmp(err.msg, "too deeply nested")));
    /* nested functions, comprehensions, lambdas */
    at = 0;
    at += (size_t)sprintf(src, "f = ");
    for (int i = 0; i < 1000; i++) at += (size_t)sprintf(src + at, "lambda: ");
    sprintf(src + at, "0\n");
    CHECK(compile_src(src, COMPILE_EXEC) == COMPILE_SYNTAX_ERROR);
    /* finally bodies are compiled once per exit path: nested ones grow
     * exponentially, which must end in a clean error, quickly */
    at = (size_t)sprintf(src, "def f():\n");
    for (int i = 0; i < 18; i++) {
        for (int j = 0; j <= i; j++) at += (size_t)sprintf(src + at, "    ");
        at += (size_t)sprintf(src + at, "try:\n");
        for (int j = 0; j <= i + 1; j++) at += (size_t)sprintf(src + at, "    ");
        at += (size_t)sprintf(src + at, "g(%d)\n", i);
        for (int j = 0; j <= i; j++) at += (size_t)sprintf(src + at, "    ");
        at += (size_t)sprintf(src + at, "finally:\n");
    }
    for (int j = 0; j <= 18; j++) at += (size_t)sprintf(src + at, "    ");
    at += (size_t)sprintf(src + at, "g()\n");
    CHECK(compile_src(src, COMPILE_EXEC) == COMPILE_SYNTAX_ERROR);
    CHECK_STR(err.msg, "function too big");
    CHECK_EQ(err.line, 1);
    /* a nesting that fits compiles */
    CHECK(compile_src("x = [[[[[[[[((((1,),),),)]]]]]]]]\n", COMPILE_EXEC) == COMPILE_OK);
    CHECK(validate() == 0);
}

/* more than 255 locals, items, arguments */
TEST(size_limits) {
    static char src[100000];
    size_t at = (size_t)sprintf(src, "def f():\n");
    for (int i = 0; i < 300; i++) at += (size_t)sprintf(src + at, "    v%d = %d\n", i, i);
    CHECK(compile_src(src, COMPILE_EXEC) == COMPILE_SYNTAX_ERROR);
    CHECK_STR(err.msg, "too many local variables");
    /* 300 arguments and list items go through the list-building path */
    at = (size_t)sprintf(src, "f(");
    for (int i = 0; i < 300; i++) at += (size_t)sprintf(src + at, "a%d, ", i);
    at += (size_t)sprintf(src + at, "k=1)\nx = [");
    for (int i = 0; i < 300; i++) at += (size_t)sprintf(src + at, "a%d, ", i);
    at += (size_t)sprintf(src + at, "]\ny = {");
    for (int i = 0; i < 300; i++) at += (size_t)sprintf(src + at, "%d: a, ", i);
    sprintf(src + at, "}\n");
    CHECK(compile_src(src, COMPILE_EXEC) == COMPILE_OK);
    CHECK(validate() == 0);
    /* the call alone, to see it */
    at = (size_t)sprintf(src, "f(");
    for (int i = 0; i < 300; i++) at += (size_t)sprintf(src + at, "%d, ", i & 1);
    sprintf(src + at, ")\n");
    CHECK(compile_src(src, COMPILE_EXEC) == COMPILE_OK);
    CHECK(validate() == 0);
    CHECK(strstr(render(0), "CALL_EX") != NULL);
}

/* every allocation failure is reported as MemoryError without leaks */
TEST(out_of_memory) {
    const char *src = "import sys\nclass C:\n    def m(self, *a, **k):\n        return [x for x in a if x]\n"
                      "def g():\n    try:\n        yield 1\n    finally:\n        print(f'{sys.argv!r}')\n"
                      "d = {i: str(i) * 3 for i in range(100)}\n";
    fail_at = -1;
    nalloc = 0;
    live = 0;
    CHECK(compile_src(src, COMPILE_EXEC) == COMPILE_OK);
    t_release(NULL, img);
    img = NULL;
    long total = nalloc;
    CHECK(total > 10);
    for (long k = 0; k < total; k++) {
        nalloc = 0;
        live = 0;
        fail_at = k;
        int rc = compile_module(src, strlen(src), "t.py", COMPILE_EXEC, &mem, &img, &img_len, &err);
        fail_at = -1;
        CHECK_MSG(rc == COMPILE_MEMORY_ERROR && img == NULL, "failing allocation %ld: rc %d", k, rc);
        CHECK_MSG(live == 0, "failing allocation %ld: %ld leaked", k, live);
    }
}

/* CRLF sources: strings get \n as in CPython; a BOM is skipped */
TEST(crlf_bom) {
    CHECK(compile_src("\xef\xbb\xbfx = '''a\r\nb'''\r\nif x:\r\n    y = 'c\\\r\nd'\r\n", COMPILE_EXEC) == COMPILE_OK);
    CHECK(validate() == 0);
    int found = 0;
    for (unsigned k = 0; k < bc_n_const(img); k++) {
        uint32_t w = bc_const_word(img, k), n;
        if (bc_const_kind(w) != BC_CONST_STR) continue;
        const char *s = bc_name(img, bc_const_index(w), &n, NULL);
        if (n == 3 && !memcmp(s, "a\nb", 3)) found |= 1;
        if (n == 2 && !memcmp(s, "cd", 2)) found |= 2;
    }
    CHECK_EQ(found, 3);
    CHECK_STR(render(0), "LOAD_CONST 0; STORE_GLOBAL x; LOAD_GLOBAL x; POP_JUMP_IF_FALSE 18; LOAD_CONST 1; STORE_GLOBAL y; "
                         "LOAD_NONE; RETURN_VALUE");
}

/* incomplete input (for a REPL) versus real errors */
TEST(incomplete) {
    static const char *const more[] = {"if x:\n", "f(1,\n", "x = '''abc\n", "def f():\n", "x = [1,\n  2,\n",
                                       "x = 1 + \\\n", "for i in y:\n    pass\nelse:\n", "try:\n    pass\n"};
    static const char *const bad[] = {"x = )\n", "if x\n", "x = 'abc\n", "1 = 2\n", "f(1 2)\n", "x = 1 +\n"};
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++) {
        CHECK_MSG(compile_src(more[i], COMPILE_SINGLE) != COMPILE_OK, "%s compiled", more[i]);
        CHECK_MSG(err.incomplete, "%s: not incomplete (%s)", more[i], err.msg);
    }
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_MSG(compile_src(bad[i], COMPILE_SINGLE) != COMPILE_OK, "%s compiled", bad[i]);
        CHECK_MSG(!err.incomplete, "%s: incomplete (%s)", bad[i], err.msg);
    }
}

/* a call in a multi-line statement has its own line number */
TEST(call_lines) {
    CHECK(compile_src("x = f(1,\n      g(2),\n      h(3))\n", COMPILE_EXEC) == COMPILE_OK);
    BcCode c;
    bc_code_info(img, 0, &c);
    int lines = 0;
    for (unsigned ip = 0; ip < c.bc_len; ip += bc_op_size[c.bc[ip]])
        if (c.bc[ip] == OP_CALL) lines = lines * 10 + (int)bc_line_of(&c, ip);
    CHECK_EQ(lines, 231); /* g(2) on line 2, h(3) on 3, f(...) on 1 */
}

/* REPL and eval modes */
TEST(modes) {
    CHECK(compile_src("1 + 2\nx = 3\n", COMPILE_SINGLE) == COMPILE_OK);
    CHECK(validate() == 0);
    CHECK(strstr(render(0), "PRINT_EXPR") != NULL);
    CHECK(compile_src("a * 2 + 1\n", COMPILE_EVAL) == COMPILE_OK);
    CHECK(validate() == 0);
    CHECK_STR(render(0), "LOAD_GLOBAL a; LOAD_INT 2; BINARY_OP 5; LOAD_INT 1; BINARY_OP 0; RETURN_VALUE");
    CHECK(compile_src("x = 1\n", COMPILE_EVAL) == COMPILE_SYNTAX_ERROR);
    CHECK(compile_src("", COMPILE_EXEC) == COMPILE_OK);
    CHECK_STR(render(0), "LOAD_NONE; RETURN_VALUE");
}

int main(void) {
    RUN(syntax_error_positions);
    RUN(null_byte);
    RUN(disassembly);
    RUN(tables);
    RUN(literals);
    RUN(tests_py);
    RUN(nesting_limits);
    RUN(size_limits);
    RUN(out_of_memory);
    RUN(modes);
    RUN(crlf_bom);
    RUN(incomplete);
    RUN(call_lines);
    if (img) t_release(NULL, img);
    return check_done();
}
