/*
 * test_vm_parts.c - core's optional parts (core/config.h) as a program
 * sees them.  With a part built in, a program using it works; with it
 * left out (-DMONTY_FLOAT=0, ...) the same program gets the documented
 * error (docs/differences.md, "Optional parts"), and code that catches it
 * can go on.  Every native variant runs this file: the full asan and
 * stress builds check the "in" column, build/min (make test's min kind)
 * the "out" column.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "../../boot/boot.h"
#include "check.h"
#include "interp.h"
#include "obj.h"
#include "vm.h"

#include "vm_testhost.h"

static _Alignas(16) uint8_t pool[128 * 1024];
static VmHost host;

/* builtins.NAME exists (checked from C: works in every configuration) */
static int has_builtin(const char *name) {
    Value n = str_intern_value(str_from_cstr(name));
    if (obj_getattr(vm.builtins, n) != V_ERR) return 1;
    return obj_isinstance(exc_take(), &attribute_error_type) ? 0 : -1;
}

/* the builtins the optional parts add are there exactly when the part is */
TEST(builtins_follow_config) {
    host.boot = &boot;
    CHECK(vm_init(&host, pool, sizeof pool) == 0);
    CHECK_EQ(has_builtin("float"), MONTY_FLOAT);
    CHECK_EQ(has_builtin("eval"), MONTY_COMPILER);
    CHECK_EQ(has_builtin("exec"), MONTY_COMPILER);
    CHECK_EQ(has_builtin("len"), 1); /* the check itself works */
    vm_deinit();
}

#if MONTY_INTERP && MONTY_COMPILER

/* one program: `in_out` is its stdout with the part built in; without it
 * the run ends with status 1 and `missing` as the last stderr line */
typedef struct Case {
    const char *src, *in_out, *missing;
} Case;

static int check_case(const Case *c, int part_in) {
    nout = nerr = 0;
    out[0] = err[0] = 0;
    host.boot = &boot;
    if (vm_init(&host, pool, sizeof pool) < 0) return printf("# vm_init failed\n"), 0;
    int rc = vm_run_source(c->src, strlen(c->src), "t.py");
    vm_deinit();
    if (part_in ? rc == 0 && !strcmp(out, c->in_out) && nerr == 0
                : rc == 1 && !strcmp(last_err_line(), c->missing))
        return 1;
    printf("# %s\n# status %d, stdout '%s', last stderr line '%s'\n", c->src, rc, out, last_err_line());
    return 0;
}

#define CHECK_CASES(cases, part_in)                                                      \
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)                          \
    CHECK_MSG(check_case(&cases[i], part_in), "case %zu (%s in: %d)", i, #cases, part_in)

static const Case float_cases[] = {
    {"print(1.5 * 2)\n", "3.0\n", "SyntaxError: floats are not supported"},
    {"x = (1, 2e3)\n", "", "SyntaxError: floats are not supported"},
    {"print(7 / 2)\n", "3.5\n", "TypeError: float not supported"},
    {"print(2 ** -1)\n", "0.5\n", "ValueError: negative power"},
    {"print(float('2'))\n", "2.0\n", "NameError: name 'float' is not defined"},
    {"import math\nprint(math.sqrt(4))\n", "2.0\n", "ModuleNotFoundError: No module named 'math'"},
    {"print('%.1f' % 1)\n", "1.0\n", "ValueError: float format not supported"},
    {"print('{:.2f}'.format(1))\n", "1.00\n", "ValueError: float format not supported"},
};

/* what stays: ints, // and %, int formatting */
static const Case no_float_needed[] = {
    {"print(7 // 2, 7 % 2, -7 // 2, divmod(9, 4), '%d|%5x' % (3, 255), '{:>4}'.format(12))\n",
     "3 1 -4 (2, 1) 3|   ff   12\n", NULL},
    {"try:\n    import math\nexcept ImportError:\n    print('no math')\nelse:\n    print('math')\n",
     MONTY_FLOAT ? "math\n" : "no math\n", NULL},
};

TEST(float_part) {
    CHECK_CASES(float_cases, MONTY_FLOAT);
    CHECK_CASES(no_float_needed, 1);
}

static const Case bigint_cases[] = {
    {"print(2 ** 100)\n", "1267650600228229401496703205376\n", "OverflowError: integer overflow"},
    {"print(-123456789012345678901234567890)\n", "-123456789012345678901234567890\n",
     "OverflowError: integer constant too large"},
    {"print(int('9' * 25))\n", "9999999999999999999999999\n", "OverflowError: integer overflow"},
    {"x = 1 << 20\nprint(x * x * x * x)\n", "1208925819614629174706176\n", "OverflowError: integer overflow"},
    {"print(int.from_bytes(b'\\xff' * 12, 'big'))\n", "79228162514264337593543950335\n",
     "OverflowError: integer overflow"},
};

/* ints in the small range (+-2**29 on the boards) behave alike */
static const Case no_bigint_needed[] = {
    {"x = 2 ** 28\nprint(x + x - 1, -x * 2, hash(-1), (1000).to_bytes(2, 'big'))\n",
     "536870911 -536870912 -2 b'\\x03\\xe8'\n", NULL},
    {"import sys\nprint(sys.maxsize >= 2 ** 29 - 1)\ntry:\n    print(sys.maxsize * 4 > 0)\n"
     "except OverflowError:\n    print('overflow')\n",
     MONTY_BIGINT ? "True\nTrue\n" : "True\noverflow\n", NULL},
};

TEST(bigint_part) {
    CHECK_CASES(bigint_cases, MONTY_BIGINT);
    CHECK_CASES(no_bigint_needed, 1);
}

static const Case array_cases[] = {
    {"import array\na = array.array('h', [1, -2])\nprint(len(a), a[1])\n", "2 -2\n",
     "ModuleNotFoundError: No module named 'array'"},
};
static const Case varyvec_cases[] = {
    {"import varyvec\nv = varyvec.VaryVec([b'ab', b''])\nv.append(b'xyz')\nprint(len(v), v[2])\n",
     "3 b'xyz'\n", "ModuleNotFoundError: No module named 'varyvec'"},
};

TEST(array_and_varyvec_parts) {
    CHECK_CASES(array_cases, MONTY_ARRAY);
    CHECK_CASES(varyvec_cases, MONTY_VARYVEC);
}
#endif

int main(void) {
    RUN(builtins_follow_config);
#if MONTY_INTERP && MONTY_COMPILER
    RUN(float_part);
    RUN(bigint_part);
    RUN(array_and_varyvec_parts);
#endif
    return check_done();
}
