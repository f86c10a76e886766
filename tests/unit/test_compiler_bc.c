/*
 * test_compiler_bc.c - the module image validator (core/bytecode.c).
 *
 * A compiled image is corrupted in targeted ways; each corruption must be
 * rejected with the right reason.  Truncations and random bit flips must
 * never make bc_validate read outside the image (run under ASan: every
 * image is a separate exact-size allocation).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/bytecode.h"
#include "core/compiler/compiler.h"

static void *t_alloc(void *ctx, size_t n) {
    (void)ctx;
    return malloc(n);
}
static void t_release(void *ctx, void *p) {
    (void)ctx;
    free(p);
}
static const CompilerMem mem = {t_alloc, t_release, NULL};

static const char *program =
    "import sys\n"
    "K = (1, 'two', 3.0, b'four', (5, None))\n"
    "def f(a, b=2, *args, c, **kw):\n"
    "    total = a + b\n"
    "    for i in range(10):\n"
    "        try:\n"
    "            total += i\n"
    "        except ValueError as e:\n"
    "            print(e)\n"
    "    def g():\n"
    "        return total\n"
    "    return g\n"
    "class C:\n"
    "    def m(self):\n"
    "        return super().m()\n"
    "def gen():\n"
    "    yield 1\n"
    "    yield from range(2)\n"
    "x = 123456789012345678901234567890\n";

static uint8_t *base;
static size_t base_len;
static char why[160];

static uint8_t *copy(void) {
    uint8_t *m = malloc(base_len);
    memcpy(m, base, base_len);
    return m;
}

static void put16(uint8_t *p, unsigned v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}
static void put32(uint8_t *p, uint32_t v) {
    put16(p, v & 0xffff);
    put16(p + 2, v >> 16);
}

/* rejected, with `reason` in the message */
static int rejected(uint8_t *m, size_t n, const char *reason) {
    int rc = bc_validate(m, n, why, sizeof why);
    free(m);
    if (rc == 0) {
        printf("# accepted\n");
        return 0;
    }
    if (!strstr(why, reason)) {
        printf("# rejected for '%s', expected '%s'\n", why, reason);
        return 0;
    }
    return 1;
}

/* offset of the first instruction `op` in code ci, or -1 */
static long find_op(const uint8_t *img, unsigned ci, unsigned op) {
    BcCode c;
    bc_code_info(img, ci, &c);
    for (unsigned ip = 0; ip < c.bc_len; ip += bc_op_size[c.bc[ip]])
        if (c.bc[ip] == op) return (long)(c.bc - img) + ip;
    return -1;
}

static size_t code_hdr(const uint8_t *img, unsigned ci) { return (size_t)(bc_code(img, ci) - img); }

/* the code object whose name is `name` */
static unsigned code_named(const char *name) {
    for (unsigned i = 0; i < bc_n_code(base); i++) {
        BcCode c;
        bc_code_info(base, i, &c);
        if (!strcmp(bc_name(base, c.name, NULL, NULL), name)) return i;
    }
    return 0;
}

TEST(valid) {
    CompileError err;
    int rc = compile_module(program, strlen(program), "p.py", COMPILE_EXEC, &mem, &base, &base_len, &err);
    CHECK_MSG(rc == COMPILE_OK, "%d:%d %s", err.line, err.col, err.msg);
    CHECK(bc_validate(base, base_len, why, sizeof why) == 0);
    CHECK_STR(why, "");
    CHECK(bc_n_code(base) >= 5);
    BcCode c;
    bc_code_info(base, code_named("f"), &c);
    CHECK_EQ(c.argcount, 2);
    CHECK_EQ(c.kwonly, 1);
    CHECK_EQ(c.flags & (CO_VARARGS | CO_VARKW), CO_VARARGS | CO_VARKW);
    CHECK_EQ(c.ncells, 1); /* total, captured by g */
    CHECK(c.n_exc > 0 && c.n_label > 0 && c.stacksize > 0);
    bc_code_info(base, code_named("gen"), &c);
    CHECK(c.flags & CO_GENERATOR);
    bc_code_info(base, code_named("C"), &c);
    CHECK(c.flags & CO_CLASS);
}

TEST(header) {
    uint8_t *m = copy();
    m[0] = 'X';
    CHECK(rejected(m, base_len, "not a Monty bytecode image"));
    m = copy();
    put16(m + BCH_VERSION, 2);
    CHECK(rejected(m, base_len, "unsupported version"));
    m = copy();
    put16(m + BCH_FLAGS, 1);
    CHECK(rejected(m, base_len, "unknown image flags"));
    m = copy();
    CHECK(rejected(m, base_len - 4, "image size mismatch"));
    m = copy();
    put32(m + BCH_CONSTTAB, (uint32_t)base_len);
    CHECK(rejected(m, base_len, "constant table out of range"));
    m = copy();
    put16(m + BCH_FILENAME, bc_n_name(base));
    CHECK(rejected(m, base_len, "bad file name index"));
    CHECK(bc_validate(NULL, 0, why, sizeof why) != 0);
    CHECK(bc_validate(base, 10, why, sizeof why) != 0);
}

TEST(names_and_constants) {
    /* a name with invalid UTF-8 */
    uint8_t *m = copy();
    uint32_t off = bc_rd32(m + bc_rd32(m + BCH_NAMETAB));
    if (bc_rd32(m + off) > 0) m[off + 8] = 0xff;
    CHECK(rejected(m, base_len, "UTF-8"));
    /* a wrong code-point count */
    m = copy();
    put32(m + off + 4, bc_rd32(m + off + 4) + 1);
    CHECK(rejected(m, base_len, "UTF-8"));
    /* a tuple constant referring forward */
    m = copy();
    uint32_t tab = bc_rd32(m + BCH_CONSTTAB);
    int done = 0;
    for (unsigned k = 0; k < bc_n_const(m) && !done; k++) {
        uint32_t w = bc_rd32(m + tab + 4 * k);
        if ((w & 7) == BC_CONST_TUPLE && bc_rd32(m + 4 * (w >> 3)) > 0) {
            put16(m + 4 * (w >> 3) + 4, k);
            done = 1;
        }
    }
    CHECK(done);
    CHECK(rejected(m, base_len, "tuple constant refers forward"));
    /* a code constant naming code 0 */
    m = copy();
    done = 0;
    for (unsigned k = 0; k < bc_n_const(m) && !done; k++)
        if ((bc_rd32(m + tab + 4 * k) & 7) == BC_CONST_CODE) {
            put32(m + tab + 4 * k, BC_CONST_CODE);
            done = 1;
        }
    CHECK(done);
    CHECK(rejected(m, base_len, "code constant: bad index"));
    /* a record pointing outside */
    m = copy();
    done = 0;
    for (unsigned k = 0; k < bc_n_const(m) && !done; k++)
        if ((bc_rd32(m + tab + 4 * k) & 7) == BC_CONST_FLOAT) {
            put32(m + tab + 4 * k, ((uint32_t)(base_len / 4) << 3) | BC_CONST_FLOAT);
            done = 1;
        }
    CHECK(done);
    CHECK(rejected(m, base_len, "float constant out of range"));
    /* a special constant out of range */
    m = copy();
    put32(m + tab, (9u << 3) | BC_CONST_SPECIAL);
    CHECK(rejected(m, base_len, "bad special constant"));
}

TEST(code_headers) {
    unsigned f = code_named("f");
    uint8_t *m = copy();
    m[code_hdr(m, f) + BCC_FLAGS] |= CO_MODULE;
    CHECK(rejected(m, base_len, "CO_MODULE misplaced"));
    m = copy();
    m[code_hdr(m, f) + BCC_POSONLY] = 3;
    CHECK(rejected(m, base_len, "bad parameter counts"));
    m = copy();
    m[code_hdr(m, f) + BCC_NLOCALS] = 200;
    m[code_hdr(m, f) + BCC_NCELLS] = 100;
    CHECK(rejected(m, base_len, "too many slots"));
    m = copy();
    put16(m + code_hdr(m, f) + BCC_BC_LEN, 0);
    CHECK(rejected(m, base_len, "bytecode out of range"));
    m = copy();
    put32(m + code_hdr(m, f) + BCC_BC_OFF, (uint32_t)base_len - 2);
    CHECK(rejected(m, base_len, "bytecode out of range"));
    m = copy();
    unsigned cls = code_named("C");
    m[code_hdr(m, cls) + BCC_NLOCALS] = 2;
    CHECK(rejected(m, base_len, "bad class body"));
}

TEST(instructions) {
    unsigned f = code_named("f");
    /* stack size one too small */
    uint8_t *m = copy();
    size_t h = code_hdr(m, f);
    put16(m + h + BCC_STACKSIZE, bc_rd16(m + h + BCC_STACKSIZE) - 1);
    CHECK(rejected(m, base_len, "stack"));
    /* a slot out of range */
    m = copy();
    long at = find_op(m, f, OP_STORE_FAST);
    CHECK(at > 0);
    m[at + 1] = 200;
    CHECK(rejected(m, base_len, "bad slot"));
    /* a cell operand on a plain slot */
    m = copy();
    at = find_op(m, f, OP_STORE_DEREF);
    CHECK(at > 0);
    m[at + 1] = 0;
    CHECK(rejected(m, base_len, "bad cell slot"));
    /* an unknown opcode */
    m = copy();
    at = find_op(m, f, OP_STORE_FAST);
    m[at] = 0xfe;
    CHECK(rejected(m, base_len, "bad opcode"));
    /* a constant index out of range */
    m = copy();
    at = find_op(m, 0, OP_LOAD_CONST);
    CHECK(at > 0);
    put16(m + at + 1, bc_n_const(m));
    CHECK(rejected(m, base_len, "bad constant index"));
    /* LOAD_CONST of a code constant */
    m = copy();
    at = find_op(m, 0, OP_MAKE_FUNCTION);
    long lc = find_op(m, 0, OP_LOAD_CONST);
    CHECK(at > 0 && lc > 0);
    put16(m + lc + 1, bc_rd16(m + at + 1));
    CHECK(rejected(m, base_len, "bad constant index"));
    /* a jump into the middle of an instruction */
    m = copy();
    at = find_op(m, f, OP_FOR_ITER);
    CHECK(at > 0);
    put16(m + at + 1, bc_rd16(m + at + 1) + 1);
    CHECK(rejected(m, base_len, "label"));
    /* a backward JUMP (only JUMP_BACK may go back) */
    m = copy();
    at = find_op(m, f, OP_JUMP_BACK);
    CHECK(at > 0);
    m[at] = OP_JUMP;
    CHECK(rejected(m, base_len, "jump in the wrong direction"));
    /* falling off the end */
    m = copy();
    BcCode c;
    bc_code_info(m, f, &c);
    CHECK_EQ(c.bc[c.bc_len - 1], OP_RETURN_VALUE);
    m[(c.bc - m) + c.bc_len - 1] = OP_POP_TOP;
    CHECK(rejected(m, base_len, "falls off its end"));
    /* YIELD_VALUE outside a generator */
    m = copy();
    unsigned g = code_named("gen");
    m[code_hdr(m, g) + BCC_FLAGS] &= (uint8_t)~CO_GENERATOR;
    CHECK(rejected(m, base_len, "code kind"));
    /* STORE_NAME outside a class body */
    m = copy();
    at = find_op(m, 0, OP_STORE_GLOBAL);
    m[at] = OP_STORE_NAME;
    CHECK(rejected(m, base_len, "code kind"));
    /* a bad operator */
    m = copy();
    at = find_op(m, f, OP_BINARY_OP);
    CHECK(at > 0);
    m[at + 1] = BINOP__COUNT;
    CHECK(rejected(m, base_len, "bad operand"));
}

TEST(tables) {
    unsigned f = code_named("f");
    size_t h = code_hdr(base, f);
    uint32_t exc = bc_rd32(base + h + BCC_EXC_OFF), lab = bc_rd32(base + h + BCC_LABEL_OFF);
    /* handler depth that does not match its target label */
    uint8_t *m = copy();
    put16(m + exc + 6, bc_rd16(m + exc + 6) + 1);
    CHECK(rejected(m, base_len, "handler target"));
    /* an empty range */
    m = copy();
    put16(m + exc + 2, bc_rd16(m + exc));
    CHECK(rejected(m, base_len, "bad exception range"));
    /* a label with the wrong depth */
    m = copy();
    put16(m + lab + 2, bc_rd16(m + lab + 2) + 1);
    CHECK(rejected(m, base_len, "depth"));
    /* labels out of order */
    m = copy();
    CHECK(bc_rd16(m + h + BCC_NLABEL) >= 2);
    uint32_t l0 = bc_rd32(m + lab), l1 = bc_rd32(m + lab + 4);
    put32(m + lab, l1);
    put32(m + lab + 4, l0);
    CHECK(rejected(m, base_len, "labels not sorted"));
    /* a slot name out of range */
    m = copy();
    put16(m + bc_rd32(m + h + BCC_SLOTNAMES_OFF), bc_n_name(m));
    CHECK(rejected(m, base_len, "bad slot name"));
    /* table pointing outside */
    m = copy();
    put32(m + h + BCC_LINE_OFF, (uint32_t)base_len);
    CHECK(rejected(m, base_len, "table out of range"));
}

/* every prefix, with the size field made consistent: never accepted
 * unless it only drops the final alignment padding, never an
 * out-of-bounds read */
TEST(truncations) {
    for (size_t n = 0; n < base_len; n++) {
        uint8_t *m = malloc(n ? n : 1);
        memcpy(m, base, n);
        if (n >= 12) put32(m + 8, (uint32_t)n);
        int rc = bc_validate(m, n, why, sizeof why);
        free(m);
        CHECK_MSG(rc != 0 || n + 4 > base_len, "prefix of %zu of %zu bytes accepted", n, base_len);
    }
}

/* random corruption: any outcome but a crash (ASan) is fine; accepted
 * images are walked completely */
TEST(bit_flips) {
    uint32_t seed = 12345;
    int accepted = 0;
    for (int round = 0; round < 20000; round++) {
        uint8_t *m = copy();
        int flips = 1 + round % 4;
        for (int i = 0; i < flips; i++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 8) % base_len;
            seed = seed * 1103515245u + 12345u;
            m[at] ^= (uint8_t)(1u << ((seed >> 16) & 7));
        }
        if (bc_validate(m, base_len, why, sizeof why) == 0) {
            accepted++;
            for (unsigned ci = 0; ci < bc_n_code(m); ci++) {
                BcCode c;
                bc_code_info(m, ci, &c);
                for (unsigned ip = 0; ip < c.bc_len; ip += bc_op_size[c.bc[ip]]) {
                    unsigned t, d;
                    (void)bc_line_of(&c, ip);
                    if (bc_find_handler(&c, ip, &t, &d)) CHECK(t < c.bc_len && d < c.stacksize);
                }
            }
        }
        free(m);
    }
    printf("# %d of 20000 corrupted images still valid (flips in unused bytes, names, ...)\n", accepted);
}

TEST(messages) {
    /* a message never overflows the caller's buffer and is terminated */
    char small[8];
    uint8_t *m = copy();
    m[0] = 'X';
    CHECK(bc_validate(m, base_len, small, sizeof small) != 0);
    CHECK(strlen(small) < sizeof small);
    CHECK(bc_validate(m, base_len, NULL, 0) != 0);
    free(m);
}

int main(void) {
    RUN(valid);
    if (!base) return check_done();
    RUN(header);
    RUN(names_and_constants);
    RUN(code_headers);
    RUN(instructions);
    RUN(tables);
    RUN(truncations);
    RUN(bit_flips);
    RUN(messages);
    free(base);
    return check_done();
}
