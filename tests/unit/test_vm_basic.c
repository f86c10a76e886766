/*
 * test_vm_basic.c - the VM's entry points with a fake console: output,
 * exit status, tracebacks, RecursionError, MemoryError recovery,
 * KeyboardInterrupt, SyntaxError reports, stackless recursion and C
 * modules registered as devs would.  Runs in the GC_STRESS variant too.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "../../boot/boot.h"
#include "check.h"
#include "obj.h"
#include "vm.h"

#include "vm_testhost.h"

static _Alignas(16) uint8_t pool[256 * 1024];
static VmHost host;

static int run(const char *src, size_t pool_size) {
    nout = nerr = 0;
    out[0] = err[0] = 0;
    host.boot = &boot;
    if (vm_init(&host, pool, pool_size) < 0) return -100;
    int rc = vm_run_source(src, strlen(src), "t.py");
    vm_deinit();
    return rc;
}


#if MONTY_INTERP && MONTY_COMPILER

TEST(hello_and_exit_status) {
    CHECK_EQ(run("print('hi', 1 + 2, [1, 'a'], {'k': (1,)})\n", sizeof pool), 0);
    CHECK_STR(out, "hi 3 [1, 'a'] {'k': (1,)}\n");
    CHECK_EQ(nerr, 0);
    CHECK_EQ(run("import sys\nprint('x')\nsys.exit(3)\nprint('not reached')\n", sizeof pool), 3);
    CHECK_STR(out, "x\n");
    CHECK_EQ(run("import sys\nsys.exit('bye')\n", sizeof pool), 1);
    CHECK_STR(last_err_line(), "bye");
    CHECK_EQ(run("print('a', 'b', sep='-', end='!')\nimport sys\nprint('e', file=sys.stderr)\n", sizeof pool), 0);
    CHECK_STR(out, "a-b!");
    CHECK_STR(err, "e\n");
}

TEST(uncaught_traceback) {
    const char *src = "def f(x):\n    return 1 // x\n\ndef g():\n    f(0)\n\ng()\n";
    CHECK_EQ(run(src, sizeof pool), 1);
    CHECK_STR(err, "Traceback (most recent call last):\n"
                   "  File \"t.py\", line 7, in <module>\n"
                   "  File \"t.py\", line 5, in g\n"
                   "  File \"t.py\", line 2, in f\n"
                   "ZeroDivisionError: integer division or modulo by zero\n");
    /* chained exceptions and user classes */
    src = "class MyError(Exception):\n    pass\ntry:\n    {}['k']\nexcept KeyError as e:\n    raise MyError('wrapped') from e\n";
    CHECK_EQ(run(src, sizeof pool), 1);
    CHECK(strstr(err, "KeyError: 'k'\n") != NULL);
    CHECK(strstr(err, "The above exception was the direct cause of the following exception:") != NULL);
    CHECK_STR(last_err_line(), "MyError: wrapped");
}

TEST(syntax_error_report) {
    CHECK_EQ(run("x = 1\nif x\n    pass\n", sizeof pool), 1);
    CHECK(strstr(err, "File \"t.py\", line 2") != NULL);
    CHECK(strncmp(last_err_line(), "SyntaxError: ", 13) == 0);
    CHECK_EQ(nout, 0);
}

TEST(recursion_error_is_catchable) {
    const char *src = "def f(n):\n    return f(n + 1)\n"
                      "try:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n"
                      "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n"
                      "print(depth(150))\n";
    CHECK_EQ(run(src, sizeof pool), 0);
    CHECK_STR(out, "caught maximum recursion depth exceeded\n150\n");
}

TEST(memory_error_recovers) {
    const char *src = "keep = []\n"
                      "try:\n"
                      "    while True:\n"
                      "        keep.append(bytearray(1000))\n"
                      "except MemoryError:\n"
                      "    n = len(keep)\n"
                      "    keep = None\n"
                      "print(n > 10, len([i * i for i in range(100)]))\n";
    CHECK_EQ(run(src, 48 * 1024), 0);
    CHECK_STR(out, "True 100\n");
}

TEST(keyboard_interrupt) {
    interrupt_after = 3;
    CHECK_EQ(run("i = 0\nwhile True:\n    i += 1\n", sizeof pool), 1);
    CHECK_STR(last_err_line(), "KeyboardInterrupt");
    interrupt_after = 2;
    CHECK_EQ(run("try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('stopped')\n", sizeof pool), 0);
    CHECK_STR(out, "stopped\n");
    interrupt_after = 0;
}

TEST(generators_classes_closures) {
    const char *src = "def gen(n):\n    for i in range(n):\n        yield i * i\n"
                      "def outer():\n    yield from gen(3)\n    return 'done'\n"
                      "class Acc:\n    def __init__(self):\n        self.items = []\n"
                      "    def add(self, x):\n        self.items.append(x)\n        return self\n"
                      "a = Acc()\nfor v in outer():\n    a.add(v)\n"
                      "def counter():\n    c = 0\n    def inc():\n        nonlocal c\n        c += 1\n        return c\n    return inc\n"
                      "k = counter()\nk()\nprint(a.items, k(), sorted({3, 1, 2}), sum(gen(4)))\n";
    CHECK_EQ(run(src, sizeof pool), 0);
    CHECK_STR(out, "[0, 1, 4] 2 [1, 2, 3] 14\n");
}

/* a C module as a devs segment would register it */
static Value demo_twice(ArgVec a) {
    intptr_t x;
    if (a.n != 1 || core_api.int_get(a.v[0], &x) < 0) return core_api.raise(CORE_EXC_TYPE_ERROR, "twice(int)");
    return core_api.int_new(2 * x);
}
static const CoreFunc demo_funcs[] = {{"twice", demo_twice}, {NULL, NULL}};
static const CoreModule demo_mod = {"cdemo", demo_funcs};

TEST(c_module_import_and_unload) {
    nout = nerr = 0;
    host.boot = &boot;
    CHECK(vm_init(&host, pool, sizeof pool) == 0);
    CHECK_EQ(vm_register_module(&demo_mod, 7), 0);
    const char *src = "import cdemo\nprint(cdemo.twice(21))\ntry:\n    cdemo.twice('x')\nexcept TypeError as e:\n    print(e)\n";
    CHECK_EQ(vm_run_source(src, strlen(src), "t.py"), 0);
    CHECK_STR(out, "42\ntwice(int)\n");
    vm_unregister_owner(7);
    nout = 0;
    src = "try:\n    import cdemo\nexcept ImportError as e:\n    print(type(e).__name__, e)\n";
    CHECK_EQ(vm_run_source(src, strlen(src), "t2.py"), 0);
    CHECK_STR(out, "ModuleNotFoundError No module named 'cdemo'\n");
    vm_deinit();
}

int main(void) {
    RUN(hello_and_exit_status);
    RUN(uncaught_traceback);
    RUN(syntax_error_report);
    RUN(recursion_error_is_catchable);
    RUN(memory_error_recovers);
    RUN(keyboard_interrupt);
    RUN(generators_classes_closures);
    RUN(c_module_import_and_unload);
    return check_done();
}

#elif MONTY_COMPILER /* !MONTY_INTERP */

/* a core built without the interpreter says so and fails cleanly */
TEST(no_interpreter_build) {
    CHECK_EQ(run("print(1)\n", sizeof pool), 1);
    CHECK_EQ(nout, 0);
    CHECK_STR(last_err_line(), "RuntimeError: no interpreter in this build");
}

int main(void) {
    RUN(no_interpreter_build);
    return check_done();
}

#else /* !MONTY_COMPILER: source cannot run, images still could */

TEST(no_compiler_build) {
    CHECK_EQ(run("print(1)\n", sizeof pool), 1);
    CHECK_EQ(nout, 0);
    CHECK_STR(last_err_line(), "core: no compiler in this build");
}

int main(void) {
    RUN(no_compiler_build);
    return check_done();
}
#endif
