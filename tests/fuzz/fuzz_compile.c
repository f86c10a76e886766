/*
 * fuzz_compile.c - the compiler on arbitrary input.
 *
 * Properties checked for every input:
 *  - compile_module returns (no crash, no hang, no sanitizer report);
 *  - every allocation is released (the image on success excepted);
 *  - an image it produces passes bc_validate;
 *  - on success, failing the k-th allocation (k derived from the input)
 *    gives COMPILE_MEMORY_ERROR cleanly, without leaks;
 *  - the code generator's internal consistency checks never fail.
 * The input is compiled in all three modes (exec, REPL, eval).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bytecode.h"
#include "core/compiler/compiler.h"

typedef struct Counter {
    long live, count, fail_at;
} Counter;

static void *counted_alloc(void *ctx, size_t n) {
    Counter *c = ctx;
    if (c->fail_at >= 0 && c->count == c->fail_at) return NULL;
    c->count++;
    void *p = malloc(n);
    if (p) c->live++;
    return p;
}

static void counted_release(void *ctx, void *p) {
    Counter *c = ctx;
    if (p) c->live--;
    free(p);
}

static long compile_once(const char *src, size_t n, int mode, long fail_at, int *rc) {
    Counter cnt = {0, 0, fail_at};
    CompilerMem mem = {counted_alloc, counted_release, &cnt};
    uint8_t *img = NULL;
    size_t len = 0;
    CompileError err;
    *rc = compile_module(src, n, "fuzz.py", mode, &mem, &img, &len, &err);
    if (*rc == COMPILE_OK) {
        char why[128];
        if (bc_validate(img, len, why, sizeof why) != 0) {
            fprintf(stderr, "compiled image fails validation: %s\n", why);
            abort();
        }
        counted_release(&cnt, img);
    } else if (img || err.msg[0] == 0) {
        fprintf(stderr, "error without message or with an image\n");
        abort();
    } else if (strncmp(err.msg, "internal error", 14) == 0) {
        /* the code generator's own consistency checks failed */
        fprintf(stderr, "%s at %d:%d\n", err.msg, err.line, err.col);
        abort();
    }
    if (cnt.live != 0) {
        fprintf(stderr, "leak: %ld allocations not released\n", cnt.live);
        abort();
    }
    return cnt.count;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 64 * 1024) return 0;
    const char *src = (const char *)data;
    for (int mode = COMPILE_EXEC; mode <= COMPILE_EVAL; mode++) {
        int rc;
        long allocs = compile_once(src, size, mode, -1, &rc);
        if (rc == COMPILE_OK && allocs > 0 && mode == COMPILE_EXEC) {
            uint32_t h = 2166136261u;
            for (size_t i = 0; i < size; i++) h = (h ^ data[i]) * 16777619u;
            int rc2;
            compile_once(src, size, mode, (long)(h % (uint32_t)allocs), &rc2);
            if (rc2 != COMPILE_MEMORY_ERROR) {
                fprintf(stderr, "allocation failure not reported (rc %d)\n", rc2);
                abort();
            }
        }
    }
    return 0;
}
