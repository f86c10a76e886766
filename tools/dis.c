/*
 * dis.c - `monty dis FILE` and `monty compile FILE.py -o OUT.mpy` (host).
 *
 *   dis_main(argc, argv):     argv[0] is the command name ("dis"), argv[1]
 *                              a .py source (compiled first) or a module
 *                              image; prints every code object.
 *   compile_main(argc, argv): argv[0] "compile", then FILE.py [-o OUT]
 *                              (default: FILE with .mpy instead of .py).
 * Both return a process exit status (0 ok, 1 error) and report errors on
 * stderr, SyntaxErrors in CPython's format.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bytecode.h"
#include "core/compiler/compiler.h"

int dis_main(int argc, char **argv);
int compile_main(int argc, char **argv);

static const char *const op_names[] = {
#define X(name, fmt, pop, push, jpush, flow) #name,
    BC_OPCODES(X)
#undef X
};

static const char *const binop_syms[] = {
#define X(name, sym, stem) sym,
    BC_BINOPS(X)
#undef X
};

static const char *const cmpop_syms[] = {
#define X(name, sym, dunder) sym,
    BC_CMPOPS(X)
#undef X
};

static void *host_alloc(void *ctx, size_t n) {
    (void)ctx;
    return malloc(n);
}
static void host_release(void *ctx, void *p) {
    (void)ctx;
    free(p);
}
static const CompilerMem host_mem = {host_alloc, host_release, NULL};

static uint8_t *read_file(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, len = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (!buf) break;
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (len < cap) break;
        uint8_t *nb = realloc(buf, cap *= 2);
        if (!nb) {
            free(buf);
            buf = NULL;
        }
        buf = nb;
    }
    fclose(f);
    *n = len;
    return buf;
}

static void print_str(FILE *out, const char *s, uint32_t n) {
    fputc('\'', out);
    for (uint32_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\'' || ch == '\\') fprintf(out, "\\%c", ch);
        else if (ch == '\n') fputs("\\n", out);
        else if (ch < 0x20 || ch == 0x7f) fprintf(out, "\\x%02x", ch);
        else fputc(ch, out);
    }
    fputc('\'', out);
}

static void print_const(FILE *out, const uint8_t *img, unsigned k, int depth) {
    uint32_t w = bc_const_word(img, k), n;
    switch (bc_const_kind(w)) {
    case BC_CONST_INT: fprintf(out, "%ld", (long)bc_const_int(w)); break;
    case BC_CONST_SPECIAL: {
        static const char *const sp[] = {"None", "False", "True", "Ellipsis"};
        fputs(sp[bc_const_index(w)], out);
        break;
    }
    case BC_CONST_STR: {
        const char *s = bc_name(img, bc_const_index(w), &n, NULL);
        print_str(out, s, n);
        break;
    }
    case BC_CONST_CODE: fprintf(out, "<code %u>", bc_const_index(w)); break;
    case BC_CONST_BYTES: {
        const uint8_t *b = bc_const_bytes(img, w, &n);
        fputc('b', out);
        print_str(out, (const char *)b, n);
        break;
    }
    case BC_CONST_FLOAT: fprintf(out, "%.17g", bc_const_float(img, w)); break;
    case BC_CONST_BIGINT: {
        int neg;
        const uint8_t *m = bc_const_bigint(img, w, &n, &neg);
        fputs(neg ? "-0x" : "0x", out);
        for (uint32_t i = n; i-- > 0;) fprintf(out, "%02x", m[i]);
        break;
    }
    case BC_CONST_TUPLE: {
        const uint8_t *items = bc_const_tuple(img, w, &n);
        fputc('(', out);
        for (uint32_t i = 0; i < n; i++) {
            if (i) fputs(", ", out);
            if (depth < 8) print_const(out, img, bc_rd16(items + 2 * i), depth + 1);
            else fputs("...", out);
        }
        if (n == 1) fputc(',', out);
        fputc(')', out);
        break;
    }
    }
}

static const char *name_of(const uint8_t *img, unsigned i) { return bc_name(img, i, NULL, NULL); }

static void dis_code(FILE *out, const uint8_t *img, unsigned ci) {
    BcCode c;
    bc_code_info(img, ci, &c);
    fprintf(out, "code %u %s (%s, line %u)\n", ci, name_of(img, c.qualname), name_of(img, bc_filename(img)),
            c.firstline);
    fprintf(out, "  args %u (posonly %u, kwonly %u)%s%s%s%s%s  locals %u cells %u free %u stack %u\n",
            c.argcount, c.posonly, c.kwonly, c.flags & CO_VARARGS ? " *args" : "",
            c.flags & CO_VARKW ? " **kwargs" : "", c.flags & CO_GENERATOR ? " generator" : "",
            c.flags & CO_CLASS ? " class" : "", c.flags & CO_MODULE ? " module" : "", c.nlocals, c.ncells,
            c.nfree, c.stacksize);
    unsigned nslots = (unsigned)c.nlocals + c.ncells + c.nfree;
    if (nslots) {
        fputs("  slots:", out);
        for (unsigned s = 0; s < nslots; s++) fprintf(out, " %u=%s", s, name_of(img, bc_slot_name(&c, s)));
        fputc('\n', out);
    }
    for (unsigned i = 0; i < c.n_exc; i++) {
        const uint8_t *e = c.exc + 8 * i;
        fprintf(out, "  handler %u..%u -> %u depth %u\n", bc_rd16(e), bc_rd16(e + 2), bc_rd16(e + 4),
                bc_rd16(e + 6));
    }
    unsigned li = 0, lastline = 0;
    for (unsigned ip = 0; ip < c.bc_len;) {
        int a, b;
        unsigned op = c.bc[ip];
        unsigned size = bc_decode(c.bc + ip, &a, &b);
        unsigned line = bc_line_of(&c, ip);
        bool lab = li < c.n_label && (bc_rd32(c.labels + 4 * li) & 0xffff) == ip;
        if (lab) li++;
        if (line != lastline) fprintf(out, "%4u ", line);
        else fputs("     ", out);
        lastline = line;
        fprintf(out, "%s%5u  %-22s", lab ? ">>" : "  ", ip, op < OP__COUNT ? op_names[op] : "???");
        switch (op < OP__COUNT ? bc_op_format[op] : OPF_NONE) {
        case OPF_NONE: break;
        case OPF_U8:
            fprintf(out, "%d", a);
            if (op == OP_BINARY_OP && a < BINOP__COUNT)
                fprintf(out, " (%s%s)", binop_syms[a % BINOP_INPLACE], a >= BINOP_INPLACE ? "=" : "");
            if (op == OP_COMPARE_OP && a < CMPOP__COUNT) fprintf(out, " (%s)", cmpop_syms[a]);
            break;
        case OPF_S8: fprintf(out, "%d", a); break;
        case OPF_SLOT:
        case OPF_CELL: fprintf(out, "%d (%s)", a, a < (int)nslots ? name_of(img, bc_slot_name(&c, (unsigned)a)) : "?"); break;
        case OPF_CONST:
            fprintf(out, "%d (", a);
            print_const(out, img, (unsigned)a, 0);
            fputc(')', out);
            break;
        case OPF_NAME: fprintf(out, "%d (%s)", a, name_of(img, (unsigned)a)); break;
        case OPF_JUMP: fprintf(out, "to %d", a); break;
        case OPF_U8U8: fprintf(out, "%d %d", a, b); break;
        case OPF_SLOT2:
            fprintf(out, "%d %d (%s, %s)", a, b, name_of(img, bc_slot_name(&c, (unsigned)a)),
                    name_of(img, bc_slot_name(&c, (unsigned)b)));
            break;
        case OPF_SLOT_NAME:
            fprintf(out, "%d %d (%s.%s)", a, b, name_of(img, bc_slot_name(&c, (unsigned)a)), name_of(img, (unsigned)b));
            break;
        case OPF_FUNC:
            fprintf(out, "code %u flags %d", bc_const_index(bc_const_word(img, (unsigned)a)), b);
            break;
        case OPF_CMP_JUMP:
            fprintf(out, "%s to %d", a < CMPOP__COUNT ? cmpop_syms[a] : "?", b);
            break;
        }
        fputc('\n', out);
        ip += size ? size : 1;
    }
}

static int report_syntax(const CompileError *e, const char *src, size_t len) {
    fprintf(stderr, "  File \"%s\", line %d\n", e->filename ? e->filename : "<string>", e->line);
    /* the offending line and a caret, as CPython prints them */
    int line = 1;
    size_t i = 0;
    while (i < len && line < e->line)
        if (src[i++] == '\n') line++;
    if (line == e->line && i < len) {
        size_t j = i;
        while (j < len && src[j] != '\n') j++;
        size_t k = i;
        while (k < j && (src[k] == ' ' || src[k] == '\t')) k++;
        fprintf(stderr, "    %.*s\n", (int)(j - k), src + k);
        if (e->col > 0 && (size_t)e->col > k - i) fprintf(stderr, "    %*s^\n", (int)(e->col - 1 - (int)(k - i)), "");
    }
    const char *kind = e->kind == COMPILE_INDENTATION_ERROR ? "IndentationError"
                       : e->kind == COMPILE_MEMORY_ERROR    ? "MemoryError"
                                                            : "SyntaxError";
    fprintf(stderr, "%s: %s\n", kind, e->msg);
    return 1;
}

/* compiles path (or takes it as an image); returns the image or NULL */
static uint8_t *load(const char *path, size_t *n, int *status) {
    size_t len;
    uint8_t *src = read_file(path, &len);
    *status = 1;
    if (!src) {
        fprintf(stderr, "monty: cannot read %s\n", path);
        return NULL;
    }
    if (len >= 4 && src[0] == BC_MAGIC0 && src[1] == BC_MAGIC1 && src[2] == BC_MAGIC2 && src[3] == BC_MAGIC3) {
        char why[120];
        if (bc_validate(src, len, why, sizeof why) != 0) {
            fprintf(stderr, "monty: %s: invalid image: %s\n", path, why);
            free(src);
            return NULL;
        }
        *n = len;
        *status = 0;
        return src;
    }
    uint8_t *img;
    CompileError err;
    int rc = compile_module((const char *)src, len, path, COMPILE_EXEC, &host_mem, &img, n, &err);
    if (rc != COMPILE_OK) {
        report_syntax(&err, (const char *)src, len);
        free(src);
        return NULL;
    }
    free(src);
    char why[120];
    if (bc_validate(img, *n, why, sizeof why) != 0) {
        fprintf(stderr, "monty: internal error: compiled image invalid: %s\n", why); for (unsigned ci = 0; ci < bc_n_code(img); ci++) dis_code(stderr, img, ci);
        free(img);
        return NULL;
    }
    *status = 0;
    return img;
}

int dis_main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: monty dis FILE.py|FILE.mpy\n");
        return 2;
    }
    int status = 0;
    for (int i = 1; i < argc; i++) {
        size_t n;
        int st;
        uint8_t *img = load(argv[i], &n, &st);
        if (!img) {
            status = st;
            continue;
        }
        for (unsigned ci = 0; ci < bc_n_code(img); ci++) {
            if (ci) putchar('\n');
            dis_code(stdout, img, ci);
        }
        free(img);
    }
    return status;
}

int compile_main(int argc, char **argv) {
    const char *in = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc) out = argv[++i];
        else if (!in) in = argv[i];
        else in = NULL, i = argc;
    }
    if (!in) {
        fprintf(stderr, "usage: monty compile FILE.py [-o OUT.mpy]\n");
        return 2;
    }
    char *defout = NULL;
    if (!out) {
        size_t n = strlen(in);
        defout = malloc(n + 5);
        if (!defout) return 1;
        memcpy(defout, in, n + 1);
        if (n > 3 && !strcmp(defout + n - 3, ".py")) defout[n - 3] = 0;
        strcat(defout, ".mpy");
        out = defout;
    }
    size_t n;
    int st;
    uint8_t *img = load(in, &n, &st);
    int status = st;
    if (img) {
        FILE *f = fopen(out, "wb");
        if (!f || fwrite(img, 1, n, f) != n) {
            fprintf(stderr, "monty: cannot write %s\n", out);
            status = 1;
        }
        if (f && fclose(f) != 0) status = 1;
        free(img);
    }
    free(defout);
    return status;
}
