/*
 * board_files.c - what the host puts into a flat board's MRFS before it
 * boots: the program as the start-up module `main.mpy`, compiled on the
 * host, and the modules beside it that it imports (NAME.mpy), found by
 * following `import` lines recursively.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/compiler/compiler.h"
#include "../mrfs/mrfs.h"
#include "tool.h"

int mrfs_tool_fill(uint8_t *area, uint32_t size, uint32_t page, uint32_t prog, int n,
                   char **pairs);

int tool_mrfs_format_and_put(uint8_t *area, const ToolLayout *L, int n, char **pairs) {
    return mrfs_tool_fill(area, L->mrfs_size, L->page, L->prog, n, pairs);
}

/* ---- a store in a memory image ---- */

typedef struct {
    uint8_t *mem;
    uint32_t page;
} Mem;

static int mem_erase(void *ctx, uint32_t off) {
    Mem *m = ctx;
    memset(m->mem + off, 0xFF, m->page);
    return 0;
}

static int mem_program(void *ctx, uint32_t off, const void *src, uint32_t n) {
    Mem *m = ctx;
    const uint8_t *s = src;
    for (uint32_t i = 0; i < n; i++)
        m->mem[off + i] &= s[i];
    return 0;
}

static void *c_alloc(void *ctx, size_t n) {
    (void)ctx;
    return malloc(n);
}
static void c_release(void *ctx, void *p) {
    (void)ctx;
    free(p);
}

#define MAX_MODULES 64

typedef struct {
    MrfsStore st;
    char dir[1024];
    char done[MAX_MODULES][MRFS_NAME_MAX + 1];
    int ndone;
} Put;

static int put_module(Put *p, const char *path, const char *name, int is_main);

/* the module names in `import a, b` and `from a import x` lines */
static int follow_imports(Put *p, const char *src, size_t len) {
    const char *s = src, *end = src + len;
    while (s < end) {
        const char *eol = memchr(s, '\n', (size_t)(end - s));
        if (!eol)
            eol = end;
        const char *q = s;
        while (q < eol && (*q == ' ' || *q == '\t'))
            q++;
        int is_from = (size_t)(eol - q) > 5 && !strncmp(q, "from ", 5);
        int is_import = (size_t)(eol - q) > 7 && !strncmp(q, "import ", 7);
        if (is_from || is_import) {
            q += is_from ? 5 : 7;
            for (;;) {
                while (q < eol && (*q == ' ' || *q == ','))
                    q++;
                const char *n0 = q;
                while (q < eol && (*q == '_' || (*q >= 'a' && *q <= 'z') ||
                                   (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')))
                    q++;
                size_t nl = (size_t)(q - n0);
                if (nl > 0 && nl + 4 <= MRFS_NAME_MAX) {
                    char name[MRFS_NAME_MAX + 1], path[1100];
                    memcpy(name, n0, nl);
                    name[nl] = 0;
                    snprintf(path, sizeof path, "%s%s.py", p->dir, name);
                    FILE *f = fopen(path, "rb");
                    if (f) {
                        fclose(f);
                        int rc = put_module(p, path, name, 0);
                        if (rc)
                            return rc;
                    }
                }
                if (is_from)
                    break; /* from X import ...: only X is a module here */
                /* skip "as alias" */
                while (q < eol && *q != ',')
                    q++;
                if (q >= eol)
                    break;
            }
        }
        s = eol + 1;
    }
    return 0;
}

static int put_module(Put *p, const char *path, const char *name, int is_main) {
    for (int i = 0; i < p->ndone; i++)
        if (!strcmp(p->done[i], name))
            return 0;
    if (p->ndone == MAX_MODULES) {
        fprintf(stderr, "monty: more than %d modules to store\n", MAX_MODULES);
        return 2;
    }
    strcpy(p->done[p->ndone++], name);
    size_t len;
    uint8_t *src = tool_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "monty: cannot read %s\n", path);
        return 2;
    }
    CompilerMem mem = {c_alloc, c_release, NULL};
    CompileError err;
    uint8_t *img = NULL;
    size_t img_len = 0;
    int rc = compile_module((const char *)src, len, path, COMPILE_EXEC, &mem, &img, &img_len, &err);
    if (rc < 0) {
        free(src);
        if (!is_main) /* as on the board: the import fails when it runs */
            return 0;
        /* CPython's shape: where, then the error line; status 1 */
        fprintf(stderr, "  File \"%s\", line %d\n%s: %s\n", path, err.line,
                rc == COMPILE_INDENTATION_ERROR ? "IndentationError"
                : rc == COMPILE_MEMORY_ERROR    ? "MemoryError"
                                                : "SyntaxError",
                err.msg);
        return 1;
    }
    char fname[MRFS_NAME_MAX + 1];
    snprintf(fname, sizeof fname, "%s.mpy", is_main ? "main" : name);
    int w = mrfs_write(&p->st, fname, img, (uint32_t)img_len, (uint32_t)(time(NULL) / 60));
    free(img);
    if (w < 0) {
        free(src);
        fprintf(stderr, "monty: cannot store %s in the board's flash (%d)\n", fname, w);
        return 2;
    }
    rc = follow_imports(p, (const char *)src, len);
    free(src);
    return rc;
}

int tool_put_main(uint8_t *flash, size_t len, const ToolLayout *L, const char *script) {
    if (L->mrfs_addr + L->mrfs_size > len)
        return 2;
    static Put p; /* large (a store and names): not on the stack */
    memset(&p, 0, sizeof p);
    Mem m = {flash + L->mrfs_addr, L->page};
    MrfsFlash mf = {m.mem, L->mrfs_size, L->page, L->prog, mem_erase, mem_program, &m};
    if (mrfs_mount(&p.st, &mf, 0) < 0 && mrfs_format(&p.st, &mf, 0) < 0) {
        fprintf(stderr, "monty: the flash image has no usable MRFS area\n");
        return 2;
    }
    const char *slash = strrchr(script, '/');
    size_t dl = slash ? (size_t)(slash - script + 1) : 0;
    if (dl >= sizeof p.dir)
        return 2;
    memcpy(p.dir, script, dl);
    p.dir[dl] = 0;
    return put_module(&p, script, "__main__", 1);
}
