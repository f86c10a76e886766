/*
 * compiler.h - Python source to a module image (docs/bytecode.md).
 *
 * Freestanding: no malloc, no stdio.  All memory comes from the caller's
 * allocator (malloc on the host, the GC pool on a board); everything
 * allocated is released before compile_module returns, except the image
 * on success, which the caller owns and frees with mem->release.
 * Peak memory: the parse tree of the largest top-level statement (trees
 * are freed statement by statement), plus the growing image data.
 *
 * Malformed source yields a SyntaxError description (message, line,
 * column), never a crash, hang or leak.  Nesting is bounded
 * (COMPILER_MAX_DEPTH) so that the C stack use is bounded too: deeper
 * programs get "too deeply nested".
 */
#ifndef COMPILER_H
#define COMPILER_H

#include <stddef.h>
#include <stdint.h>

typedef struct CompilerMem {
    /* n bytes, aligned for any object (malloc-like), or NULL when out of
     * memory (the compile then fails with COMPILE_MEMORY_ERROR) */
    void *(*alloc)(void *ctx, size_t n);
    void (*release)(void *ctx, void *p);
    void *ctx;
} CompilerMem;

/* error kinds (CompileError.kind and the negative return values) */
enum {
    COMPILE_OK = 0,
    COMPILE_SYNTAX_ERROR = -1,      /* SyntaxError */
    COMPILE_INDENTATION_ERROR = -2, /* IndentationError (a SyntaxError) */
    COMPILE_MEMORY_ERROR = -3       /* MemoryError */
};

typedef struct CompileError {
    int kind;             /* COMPILE_* */
    int line;             /* 1-based; 0 if unknown */
    int col;              /* 1-based byte column within the line (CPython's offset) */
    const char *filename; /* as passed to compile_module */
    char msg[96];         /* e.g. "invalid syntax", "expected ':'" */
    /* the source ended too early (open bracket or triple-quoted string,
     * missing block, backslash at the end): a REPL asks for more lines */
    int incomplete;
} CompileError;

/* compile modes */
enum {
    COMPILE_EXEC = 0,   /* a module / exec() */
    COMPILE_SINGLE = 1, /* a REPL input: expression statements are printed (PRINT_EXPR) */
    COMPILE_EVAL = 2    /* eval(): one expression, the module code returns its value */
};

/* Compiles src[0..len) (UTF-8; a NUL byte is a syntax error).  On success
 * returns COMPILE_OK and sets *image / *image_len (allocated with
 * mem->alloc, passes bc_validate).  Otherwise returns the (negative) error
 * kind and fills *err. */
int compile_module(const char *src, size_t len, const char *filename, int mode,
                   const CompilerMem *mem, uint8_t **image, size_t *image_len,
                   CompileError *err);

#endif
