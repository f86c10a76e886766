/*
 * pool.c - the compiler's memory, pools (names, constants, code objects)
 * and the image writer (format: docs/bytecode.md).
 *
 * Names and constants are deduplicated through open-addressing hash tables
 * of u16 (index + 1).  Everything is released by compile_module's cleanup,
 * whatever the outcome.
 */
#include "cinternal.h"

#include <stdarg.h>

#if MONTY_COMPILER

#if MONTY_SMALL_TARGET
#define ARENA_CHUNK 1024
#else
#define ARENA_CHUNK 16384
#endif

/* ---- memory ---- */

void *c_alloc(Comp *c, size_t n) {
    void *p = c->failed ? NULL : c->mem->alloc(c->mem->ctx, n ? n : 1);
    if (!p) c_error(c, COMPILE_MEMORY_ERROR, 0, 0, "out of memory");
    return p;
}

void c_free(Comp *c, void *p) {
    if (p) c->mem->release(c->mem->ctx, p);
}

bool buf_grow(Comp *c, Buf *b, uint32_t extra) {
    if (extra <= b->cap - b->len) return true;
    if (c->failed) return false;
    if (extra > 0x3fffffffu - b->len) return c_error(c, COMPILE_MEMORY_ERROR, 0, 0, "out of memory");
    uint32_t cap = b->cap ? b->cap : 32;
    while (cap - b->len < extra) cap *= 2;
    uint8_t *p = c_alloc(c, cap);
    if (!p) return false;
    if (b->len) memcpy(p, b->p, b->len);
    c_free(c, b->p);
    b->p = p;
    b->cap = cap;
    return true;
}

bool buf_put(Comp *c, Buf *b, const void *d, uint32_t n) {
    if (!buf_grow(c, b, n)) return false;
    if (n) memcpy(b->p + b->len, d, n);
    b->len += n;
    return true;
}

void buf_free(Comp *c, Buf *b) {
    c_free(c, b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

#define ALIGN_PTR(n) (((n) + sizeof(void *) - 1) & ~(sizeof(void *) - 1))

void *arena_alloc(Comp *c, size_t n) {
    n = ALIGN_PTR(n);
    Chunk *ch = c->arena;
    if (!ch || ch->size - ch->used < n) {
        size_t size = n > ARENA_CHUNK / 2 ? n : ARENA_CHUNK;
        ch = c_alloc(c, ALIGN_PTR(sizeof(Chunk)) + size);
        if (!ch) return NULL;
        ch->size = size;
        ch->used = 0;
        /* a big block goes behind the current chunk so the current one
         * keeps serving small requests */
        if (c->arena && n > ARENA_CHUNK / 2) {
            ch->next = c->arena->next;
            c->arena->next = ch;
        } else {
            ch->next = c->arena;
            c->arena = ch;
        }
    }
    uint8_t *p = (uint8_t *)ch + ALIGN_PTR(sizeof(Chunk)) + ch->used;
    ch->used += n;
    memset(p, 0, n);
    return p;
}

void arena_reset(Comp *c) {
    while (c->arena) {
        Chunk *next = c->arena->next;
        c_free(c, c->arena);
        c->arena = next;
    }
}

/* ---- errors ---- */

bool c_error(Comp *c, int kind, int line, int col, const char *msg) {
    if (c->failed) return false;
    c->failed = kind;
    CompileError *e = c->err;
    e->kind = kind;
    e->line = line;
    e->col = col;
    size_t n = strlen(msg);
    if (n >= sizeof e->msg) n = sizeof e->msg - 1;
    memcpy(e->msg, msg, n);
    e->msg[n] = 0;
    return false;
}

/* message with %s (C string), %d (int), %N (name index) */
bool c_errorf(Comp *c, int kind, int line, int col, const char *fmt, ...) {
    char msg[sizeof c->err->msg];
    size_t at = 0;
    va_list ap;
    va_start(ap, fmt);
    for (const char *f = fmt; *f && at + 1 < sizeof msg; f++) {
        const char *s = NULL;
        uint32_t n = 0;
        char num[12];
        if (*f != '%' || !f[1]) {
            msg[at++] = *f;
            continue;
        }
        f++;
        if (*f == 's') {
            s = va_arg(ap, const char *);
            n = (uint32_t)strlen(s);
        } else if (*f == 'N') {
            s = name_text(c, va_arg(ap, unsigned), &n);
        } else if (*f == 'd') {
            int v = va_arg(ap, int), i = (int)sizeof num;
            unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
            do num[--i] = (char)('0' + u % 10); while ((u /= 10) && i > 1);
            if (v < 0) num[--i] = '-';
            s = num + i;
            n = (uint32_t)((int)sizeof num - i);
        }
        for (uint32_t i = 0; s && i < n && at + 1 < sizeof msg; i++) msg[at++] = s[i];
    }
    va_end(ap);
    msg[at] = 0;
    return c_error(c, kind, line, col, msg);
}

bool c_error_at(Comp *c, const Node *n, const char *msg) {
    return c_error(c, COMPILE_SYNTAX_ERROR, n ? n->line : 0, n ? n->col : 0, msg);
}

/* ---- hash tables of u16 (index + 1) ---- */

static uint32_t hash_bytes(const void *d, uint32_t n, uint32_t h) {
    const uint8_t *p = d;
    for (uint32_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

typedef struct Key {
    uint32_t kind;
    const void *d;
    uint32_t n;
} Key;

typedef bool (*EqFn)(Comp *c, unsigned idx, const Key *k);
typedef uint32_t (*HashFn)(Comp *c, unsigned idx);

/* slot for key k: returns the found index, or -1 with *slot the free slot */
static int h_lookup(Buf *t, uint32_t h, Comp *c, EqFn eq, const Key *k, uint32_t *slot) {
    uint32_t mask = t->cap / 2 - 1, i = h & mask;
    uint16_t *s = (uint16_t *)t->p;
    while (s[i]) {
        if (eq(c, s[i] - 1u, k)) return s[i] - 1;
        i = (i + 1) & mask;
    }
    *slot = i;
    return -1;
}

/* makes room for one more of `count` entries */
static bool h_room(Comp *c, Buf *t, unsigned count, HashFn hf) {
    uint32_t slots = t->cap / 2;
    if (slots && (count + 1) * 2 <= slots) return true;
    uint32_t ns = slots ? slots * 2 : 64;
    uint16_t *s = c_alloc(c, ns * 2);
    if (!s) return false;
    memset(s, 0, ns * 2);
    for (unsigned i = 0; i < count; i++) {
        uint32_t j = hf(c, i) & (ns - 1);
        while (s[j]) j = (j + 1) & (ns - 1);
        s[j] = (uint16_t)(i + 1);
    }
    c_free(c, t->p);
    t->p = (uint8_t *)s;
    t->cap = ns * 2;
    t->len = 0;
    return true;
}

/* ---- names ---- */

const char *name_text(Comp *c, unsigned idx, uint32_t *n) {
    const uint32_t *e = (const uint32_t *)c->names.p + 2 * idx;
    if (n) *n = e[1];
    return (const char *)c->text.p + e[0];
}

static bool name_eq(Comp *c, unsigned idx, const Key *k) {
    uint32_t n;
    const char *s = name_text(c, idx, &n);
    return n == k->n && (n == 0 || memcmp(s, k->d, n) == 0);
}

static uint32_t name_hash(Comp *c, unsigned idx) {
    uint32_t n;
    const char *s = name_text(c, idx, &n);
    return hash_bytes(s, n, 2166136261u);
}

int name_lookup(Comp *c, const char *s) {
    uint32_t n = (uint32_t)strlen(s), slot;
    if (c->nhash.cap == 0) return -1;
    Key k = {0, s, n};
    return h_lookup(&c->nhash, hash_bytes(s, n, 2166136261u), c, name_eq, &k, &slot);
}

int name_intern(Comp *c, const char *s, uint32_t n) {
    unsigned count = c->names.len / 8;
    if (c->failed || !h_room(c, &c->nhash, count, name_hash)) return -1;
    Key k = {0, s, n};
    uint32_t slot;
    int found = h_lookup(&c->nhash, hash_bytes(s, n, 2166136261u), c, name_eq, &k, &slot);
    if (found >= 0) return found;
    if (count >= 0xffff) return c_error(c, COMPILE_SYNTAX_ERROR, 0, 0, "too many names"), -1;
    uint32_t e[2] = {c->text.len, n};
    /* s may point into c->tmp, never into c->text: copy before growing */
    if (!buf_grow(c, &c->text, n + 1) || !buf_put(c, &c->names, e, 8)) return -1;
    if (n) memcpy(c->text.p + c->text.len, s, n);
    c->text.p[c->text.len + n] = 0;
    c->text.len += n + 1;
    ((uint16_t *)c->nhash.p)[slot] = (uint16_t)(count + 1);
    return (int)count;
}

/* ---- constants ----
 * consts holds 3 u32 per constant: kind, a, b.  Immediate kinds: a is the
 * constant word.  Record kinds: a is the offset of the record in cdata, b
 * its length (the record as it appears in the image, unpadded). */

static const uint8_t *const_rec(Comp *c, unsigned idx, unsigned *kind, uint32_t *n) {
    const uint32_t *e = (const uint32_t *)c->consts.p + 3 * idx;
    *kind = e[0];
    *n = e[2];
    return e[0] >= BC_CONST_BYTES ? c->cdata.p + e[1] : (const uint8_t *)&e[1];
}

static bool const_eq(Comp *c, unsigned idx, const Key *k) {
    unsigned kind;
    uint32_t n;
    const uint8_t *d = const_rec(c, idx, &kind, &n);
    return kind == k->kind && n == k->n && (n == 0 || memcmp(d, k->d, n) == 0);
}

static uint32_t const_hash(Comp *c, unsigned idx) {
    unsigned kind;
    uint32_t n;
    const uint8_t *d = const_rec(c, idx, &kind, &n);
    return hash_bytes(d, n, 2166136261u + kind);
}

static int const_add(Comp *c, unsigned kind, const void *d, uint32_t n) {
    unsigned count = c->consts.len / 12;
    if (c->failed || !h_room(c, &c->chash, count, const_hash)) return -1;
    Key k = {kind, d, n};
    uint32_t slot;
    int found = h_lookup(&c->chash, hash_bytes(d, n, 2166136261u + kind), c, const_eq, &k, &slot);
    if (found >= 0) return found;
    if (count >= 0xffff) return c_error(c, COMPILE_SYNTAX_ERROR, 0, 0, "too many constants"), -1;
    uint32_t e[3] = {kind, 0, n};
    if (kind >= BC_CONST_BYTES) {
        e[1] = c->cdata.len;
        if (!buf_put(c, &c->cdata, d, n)) return -1;
    } else {
        memcpy(&e[1], d, 4);
    }
    if (!buf_put(c, &c->consts, e, 12)) return -1;
    ((uint16_t *)c->chash.p)[slot] = (uint16_t)(count + 1);
    return (int)count;
}

int const_word(Comp *c, uint32_t word) { return const_add(c, word & 7u, &word, 4); }

int const_record(Comp *c, unsigned kind, const void *data, uint32_t n) {
    return const_add(c, kind, data, n);
}

int const_int(Comp *c, int32_t v) {
    if (v >= -(1 << 28) && v < (1 << 28)) return const_word(c, ((uint32_t)v << 3) | BC_CONST_INT);
    uint8_t rec[8];
    uint32_t mag = v < 0 ? 0u - (uint32_t)v : (uint32_t)v, nb = 0;
    while (mag) {
        rec[4 + nb++] = (uint8_t)mag;
        mag >>= 8;
    }
    uint32_t h = nb | (v < 0 ? 0x80000000u : 0);
    memcpy(rec, &h, 4);
    return const_record(c, BC_CONST_BIGINT, rec, 4 + nb);
}

/* ---- code objects ---- */

int code_reserve(Comp *c) {
    unsigned n = c->codes.len / sizeof(CodeObj *);
    if (n >= 0xffff) return c_error(c, COMPILE_SYNTAX_ERROR, 0, 0, "too many functions"), -1;
    CodeObj *none = NULL;
    return buf_put(c, &c->codes, &none, sizeof none) ? (int)n : -1;
}

static uint32_t pad4(uint32_t n) { return (n + 3) & ~3u; }

static void put16(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}
static void put32(uint8_t *p, uint32_t v) {
    put16(p, v);
    put16(p + 2, v >> 16);
}

/* ---- image ---- */

bool image_write(Comp *c, uint8_t **image, size_t *len) {
    unsigned nname = c->names.len / 8, nconst = c->consts.len / 12;
    unsigned ncode = c->codes.len / sizeof(CodeObj *);
    CodeObj **codes = (CodeObj **)c->codes.p;
    uint32_t size = BC_HEADER_SIZE + 4 * nname;
    for (unsigned i = 0; i < nname; i++) {
        uint32_t n;
        name_text(c, i, &n);
        size += 8 + pad4(n + 1);
    }
    size += 4 * nconst;
    for (unsigned i = 0; i < nconst; i++) {
        const uint32_t *e = (const uint32_t *)c->consts.p + 3 * i;
        if (e[0] >= BC_CONST_BYTES) size += pad4(e[2]);
    }
    size += 4 * ncode;
    for (unsigned i = 0; i < ncode; i++) {
        CodeObj *o = codes[i];
        size += BC_CODE_SIZE + o->exc_len + o->label_len + pad4(o->slot_len) + pad4(o->line_len) +
                pad4(o->bc_len);
    }
    uint8_t *img = c_alloc(c, size);
    if (!img) return false;
    memset(img, 0, size);
    img[0] = BC_MAGIC0;
    img[1] = BC_MAGIC1;
    img[2] = BC_MAGIC2;
    img[3] = BC_MAGIC3;
    put16(img + BCH_VERSION, BC_VERSION);
    put32(img + BCH_SIZE, size);
    put16(img + BCH_NCODE, ncode);
    put16(img + BCH_NCONST, nconst);
    put16(img + BCH_NNAME, nname);
    put16(img + BCH_FILENAME, c->filename);
    uint32_t at = BC_HEADER_SIZE;

    put32(img + BCH_NAMETAB, at);
    uint32_t tab = at;
    at += 4 * nname;
    for (unsigned i = 0; i < nname; i++) {
        uint32_t n, chars = 0;
        const char *s = name_text(c, i, &n);
        for (uint32_t j = 0; j < n; j++) chars += ((uint8_t)s[j] & 0xc0) != 0x80;
        put32(img + tab + 4 * i, at);
        put32(img + at, n);
        put32(img + at + 4, chars);
        memcpy(img + at + 8, s, n);
        at += 8 + pad4(n + 1);
    }

    put32(img + BCH_CONSTTAB, at);
    tab = at;
    at += 4 * nconst;
    for (unsigned i = 0; i < nconst; i++) {
        const uint32_t *e = (const uint32_t *)c->consts.p + 3 * i;
        if (e[0] >= BC_CONST_BYTES) {
            put32(img + tab + 4 * i, ((at / 4) << 3) | e[0]);
            memcpy(img + at, c->cdata.p + e[1], e[2]);
            at += pad4(e[2]);
        } else {
            put32(img + tab + 4 * i, e[1]);
        }
    }

    put32(img + BCH_CODETAB, at);
    tab = at;
    at += 4 * ncode;
    for (unsigned i = 0; i < ncode; i++) {
        CodeObj *o = codes[i];
        uint8_t *h = img + at;
        put32(img + tab + 4 * i, at);
        at += BC_CODE_SIZE;
        put16(h + BCC_BC_LEN, o->bc_len);
        put16(h + BCC_STACKSIZE, o->stacksize);
        put16(h + BCC_NAME, o->name);
        put16(h + BCC_QUALNAME, o->qualname);
        put16(h + BCC_FLAGS, o->flags);
        h[BCC_ARGCOUNT] = o->argcount;
        h[BCC_POSONLY] = o->posonly;
        h[BCC_KWONLY] = o->kwonly;
        h[BCC_NLOCALS] = o->nlocals;
        h[BCC_NCELLS] = o->ncells;
        h[BCC_NFREE] = o->nfree;
        put16(h + BCC_FIRSTLINE, o->firstline);
        put16(h + BCC_NEXC, o->nexc);
        put16(h + BCC_NLABEL, o->nlabel);
        put16(h + BCC_LINE_LEN, o->line_len);
        /* data block order: bc, exc, labels, lines, slot names */
        const uint8_t *d = o->data;
        put32(h + BCC_EXC_OFF, at);
        memcpy(img + at, d + o->bc_len, o->exc_len);
        at += o->exc_len;
        put32(h + BCC_LABEL_OFF, at);
        memcpy(img + at, d + o->bc_len + o->exc_len, o->label_len);
        at += o->label_len;
        put32(h + BCC_SLOTNAMES_OFF, at);
        memcpy(img + at, d + o->bc_len + o->exc_len + o->label_len + o->line_len, o->slot_len);
        at += pad4(o->slot_len);
        put32(h + BCC_LINE_OFF, at);
        memcpy(img + at, d + o->bc_len + o->exc_len + o->label_len, o->line_len);
        at += pad4(o->line_len);
        put32(h + BCC_BC_OFF, at);
        memcpy(img + at, d, o->bc_len);
        at += pad4(o->bc_len);
    }
    *image = img;
    *len = size;
    return true;
}

#endif /* MONTY_COMPILER */
