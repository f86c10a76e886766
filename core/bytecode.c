/*
 * bytecode.c - module image accessors and the validator (docs/bytecode.md).
 *
 * bc_validate is a parser of outside data (files in flash, images sent
 * over a console): it must reject every malformed input without reading
 * outside it, without allocating, and in bounded stack, since it also runs
 * on the boards.  Stack depths are verified in one linear pass per code
 * object thanks to the label table (a stack map: the depth at every jump
 * and handler target), looked up by binary search.
 *
 * All arithmetic on untrusted offsets is done as "off <= n && len <= n -
 * off" so nothing can overflow, on 32-bit boards included.
 */
#include "bytecode.h"

#include <stdbool.h>

#include "config.h"

/* Reasons for rejecting an image are spelt out natively; on the boards
 * they cost 1.5 KB of flash, so only "code N at IP: invalid" remains. */
#ifndef BC_MESSAGES
#define BC_MESSAGES (!MONTY_SMALL_TARGET)
#endif
#if BC_MESSAGES
#define MSG(s) s
#else
#define MSG(s) "invalid"
#endif

/* ---- instruction tables ---- */

const uint8_t bc_op_size[OP__COUNT] = {
#define X(name, fmt, pop, push, jpush, flow) 1 + OPFSIZE_##fmt,
    BC_OPCODES(X)
#undef X
};

const uint8_t bc_op_format[OP__COUNT] = {
#define X(name, fmt, pop, push, jpush, flow) OPF_##fmt,
    BC_OPCODES(X)
#undef X
};

unsigned bc_decode(const uint8_t *p, int *a, int *b) {
    unsigned op = p[0];
    *a = *b = 0;
    if (op >= OP__COUNT) return 1;
    switch (bc_op_format[op]) {
    case OPF_U8:
    case OPF_SLOT:
    case OPF_CELL: *a = p[1]; break;
    case OPF_S8: *a = (int8_t)p[1]; break;
    case OPF_CONST:
    case OPF_NAME:
    case OPF_JUMP: *a = bc_rd16(p + 1); break;
    case OPF_U8U8:
    case OPF_SLOT2:
        *a = p[1];
        *b = p[2];
        break;
    case OPF_SLOT_NAME:
        *a = p[1];
        *b = bc_rd16(p + 2);
        break;
    case OPF_FUNC:
        *a = bc_rd16(p + 1);
        *b = p[3];
        break;
    case OPF_CMP_JUMP:
        *a = p[1];
        *b = bc_rd16(p + 2);
        break;
    default: break;
    }
    return bc_op_size[op];
}

void bc_stack_effect(int op, int a, int b, int *pop, int *push, int *jpush, int *flow) {
    switch (op) {
#define X(name, fmt, po, pu, jp, fl)                                           \
    case OP_##name:                                                            \
        *pop = (po);                                                           \
        *push = (pu);                                                          \
        *jpush = (jp);                                                         \
        *flow = OPFLOW_##fl;                                                   \
        return;
        BC_OPCODES(X)
#undef X
    default: break;
    }
    (void)a;
    (void)b;
    *pop = *push = *jpush = 0;
    *flow = OPFLOW_STOP;
}

/* ---- code objects ---- */

void bc_code_info(const uint8_t *img, unsigned i, BcCode *c) {
    const uint8_t *h = bc_code(img, i);
    c->bc = img + bc_rd32(h + BCC_BC_OFF);
    c->exc = img + bc_rd32(h + BCC_EXC_OFF);
    c->lines = img + bc_rd32(h + BCC_LINE_OFF);
    c->labels = img + bc_rd32(h + BCC_LABEL_OFF);
    c->slotnames = img + bc_rd32(h + BCC_SLOTNAMES_OFF);
    c->bc_len = bc_rd16(h + BCC_BC_LEN);
    c->stacksize = bc_rd16(h + BCC_STACKSIZE);
    c->name = bc_rd16(h + BCC_NAME);
    c->qualname = bc_rd16(h + BCC_QUALNAME);
    c->flags = bc_rd16(h + BCC_FLAGS);
    c->firstline = bc_rd16(h + BCC_FIRSTLINE);
    c->n_exc = bc_rd16(h + BCC_NEXC);
    c->line_len = bc_rd16(h + BCC_LINE_LEN);
    c->n_label = bc_rd16(h + BCC_NLABEL);
    c->argcount = h[BCC_ARGCOUNT];
    c->posonly = h[BCC_POSONLY];
    c->kwonly = h[BCC_KWONLY];
    c->nlocals = h[BCC_NLOCALS];
    c->ncells = h[BCC_NCELLS];
    c->nfree = h[BCC_NFREE];
}

unsigned bc_line_of(const BcCode *c, unsigned ip) {
    unsigned addr = 0, line = c->firstline;
    for (unsigned i = 0; i + 1 < c->line_len; i += 2) {
        unsigned da = c->lines[i];
        if (addr + da > ip) break;
        addr += da;
        line += (unsigned)(int)(int8_t)c->lines[i + 1];
    }
    return line;
}

int bc_find_handler(const BcCode *c, unsigned ip, unsigned *target, unsigned *depth) {
    /* entries are sorted and disjoint: binary search for the last entry
     * with start <= ip */
    unsigned lo = 0, hi = c->n_exc;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if (bc_rd16(c->exc + BC_EXC_SIZE * mid) <= ip)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return 0;
    const uint8_t *e = c->exc + BC_EXC_SIZE * (lo - 1);
    if (ip >= bc_rd16(e + 2)) return 0;
    *target = bc_rd16(e + 4);
    *depth = bc_rd16(e + 6);
    return 1;
}

/* ---- validation ---- */

typedef struct Val {
    const uint8_t *img;
    size_t n;
    char *why;
    size_t whylen;
    unsigned nconst, nname, ncode;
} Val;

static void put(Val *v, size_t *at, const char *s) {
    while (*s && *at + 1 < v->whylen) v->why[(*at)++] = *s++;
}

static void put_num(Val *v, size_t *at, unsigned long x) {
    char buf[12];
    int i = 0;
    do {
        buf[i++] = (char)('0' + x % 10);
        x /= 10;
    } while (x && i < 11);
    while (i > 0 && *at + 1 < v->whylen) v->why[(*at)++] = buf[--i];
}

/* "code C at IP: msg" (code/ip omitted when negative) */
static int fail(Val *v, long code, long ip, const char *msg) {
    if (v->whylen == 0) return -1;
    size_t at = 0;
    if (code >= 0) {
        put(v, &at, "code ");
        put_num(v, &at, (unsigned long)code);
        if (ip >= 0) {
            put(v, &at, " at ");
            put_num(v, &at, (unsigned long)ip);
        }
        put(v, &at, ": ");
    }
    put(v, &at, msg);
    v->why[at] = 0;
    return -1;
}

/* region [off, off+len) inside the image, off aligned to `align` */
static bool region(const Val *v, uint32_t off, uint32_t len, unsigned align) {
    return (off & (align - 1)) == 0 && off <= v->n && len <= v->n - off;
}

/* valid UTF-8 of exactly nchars code points */
static bool utf8_ok(const uint8_t *s, uint32_t n, uint32_t nchars) {
    uint32_t i = 0, count = 0;
    while (i < n) {
        uint8_t c = s[i];
        uint32_t len, cp;
        if (c < 0x80) {
            i++;
            count++;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            len = 2;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (len > n - i) return false;
        for (uint32_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xc0) != 0x80) return false;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += len;
        count++;
    }
    return count == nchars;
}

static int check_names(Val *v) {
    uint32_t tab = bc_rd32(v->img + BCH_NAMETAB);
    if (!region(v, tab, 4u * v->nname, 4)) return fail(v, -1, -1, MSG("name table out of range"));
    for (unsigned i = 0; i < v->nname; i++) {
        uint32_t off = bc_rd32(v->img + tab + 4 * i);
        if (!region(v, off, 8, 4)) return fail(v, -1, -1, MSG("name record out of range"));
        uint32_t nb = bc_rd32(v->img + off), nc = bc_rd32(v->img + off + 4);
        /* text plus its NUL must fit */
        if (nb >= v->n - off - 8) return fail(v, -1, -1, MSG("name text out of range"));
        const uint8_t *s = v->img + off + 8;
        if (s[nb] != 0) return fail(v, -1, -1, MSG("name not NUL-terminated"));
        if (!utf8_ok(s, nb, nc)) return fail(v, -1, -1, MSG("name is not valid UTF-8"));
    }
    return 0;
}

static int check_consts(Val *v) {
    uint32_t tab = bc_rd32(v->img + BCH_CONSTTAB);
    if (!region(v, tab, 4u * v->nconst, 4)) return fail(v, -1, -1, MSG("constant table out of range"));
    for (unsigned k = 0; k < v->nconst; k++) {
        uint32_t w = bc_rd32(v->img + tab + 4 * k);
        uint32_t p = w >> 3, off = p * 4, len;
        switch (w & 7u) {
        case BC_CONST_INT: break;
        case BC_CONST_SPECIAL:
            if (p > BC_SPECIAL_ELLIPSIS) return fail(v, -1, -1, MSG("bad special constant"));
            break;
        case BC_CONST_STR:
            if (p >= v->nname) return fail(v, -1, -1, MSG("str constant: bad name index"));
            break;
        case BC_CONST_CODE:
            if (p == 0 || p >= v->ncode) return fail(v, -1, -1, MSG("code constant: bad index"));
            break;
        case BC_CONST_BYTES:
            if (!region(v, off, 4, 4)) return fail(v, -1, -1, MSG("bytes constant out of range"));
            len = bc_rd32(v->img + off);
            if (len > v->n - off - 4) return fail(v, -1, -1, MSG("bytes constant out of range"));
            break;
        case BC_CONST_FLOAT:
            if (!region(v, off, 8, 4)) return fail(v, -1, -1, MSG("float constant out of range"));
            break;
        case BC_CONST_BIGINT:
            if (!region(v, off, 4, 4)) return fail(v, -1, -1, MSG("int constant out of range"));
            len = bc_rd32(v->img + off) & 0x7fffffffu;
            if (len == 0 || len > v->n - off - 4)
                return fail(v, -1, -1, MSG("int constant out of range"));
            if (v->img[off + 4 + len - 1] == 0) return fail(v, -1, -1, MSG("int constant not normalised"));
            break;
        case BC_CONST_TUPLE:
            if (!region(v, off, 4, 4)) return fail(v, -1, -1, MSG("tuple constant out of range"));
            len = bc_rd32(v->img + off);
            if (len > (v->n - off - 4) / 2) return fail(v, -1, -1, MSG("tuple constant out of range"));
            for (uint32_t i = 0; i < len; i++) {
                unsigned e = bc_rd16(v->img + off + 4 + 2 * i);
                /* only earlier constants: no cycles, bounded nesting */
                if (e >= k) return fail(v, -1, -1, MSG("tuple constant refers forward"));
                if ((bc_rd32(v->img + tab + 4 * e) & 7u) == BC_CONST_CODE)
                    return fail(v, -1, -1, MSG("tuple constant holds code"));
            }
            break;
        }
    }
    return 0;
}

static unsigned const_kind(const Val *v, unsigned k) {
    return bc_const_word(v->img, k) & 7u;
}

/* Of the values an instruction pops (per the X-macro), how many it only
 * moves, duplicates or updates in place rather than consumes: those stay
 * valid if it raises.  Consumed values must lie above the depth of the
 * handler protecting the instruction, because the VM may already have
 * dropped them when it unwinds to that depth. */
static int kept(unsigned op, int a) {
    switch (op) {
    case OP_DUP_TOP:
    case OP_PUSH_EXC_INFO:
    case OP_FOR_ITER:
    case OP_IMPORT_FROM:
    case OP_CHECK_EXC_MATCH: return 1;
    case OP_DUP_TOP_TWO:
    case OP_ROT_TWO: return 2;
    case OP_ROT_THREE: return 3;
    case OP_WITH_EXCEPT_START: return 4;
    case OP_COPY:
    case OP_SWAP:
    case OP_LIST_APPEND:
    case OP_SET_ADD:
    case OP_MAP_ADD:
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE: return a;
    default: return 0;
    }
}

/* depth recorded for label `target`, or -1 when it is not a label */
static long label_depth(const uint8_t *labels, unsigned nlabel, unsigned target) {
    unsigned lo = 0, hi = nlabel;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        uint32_t l = bc_rd32(labels + 4 * mid);
        unsigned off = l & 0xffffu;
        if (off == target) return (long)(l >> 16);
        if (off < target)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

static int check_code(Val *v, unsigned ci) {
    uint32_t coff = bc_rd32(v->img + bc_rd32(v->img + BCH_CODETAB) + 4 * ci);
    if (!region(v, coff, BC_CODE_SIZE, 4)) return fail(v, ci, -1, MSG("code header out of range"));
    const uint8_t *h = v->img + coff;
    unsigned flags = bc_rd16(h + BCC_FLAGS);
    unsigned bc_len = bc_rd16(h + BCC_BC_LEN), stacksize = bc_rd16(h + BCC_STACKSIZE);
    unsigned argc = h[BCC_ARGCOUNT], posonly = h[BCC_POSONLY], kwonly = h[BCC_KWONLY];
    unsigned nlocals = h[BCC_NLOCALS], nslots = nlocals + h[BCC_NCELLS] + h[BCC_NFREE];
    unsigned nexc = bc_rd16(h + BCC_NEXC), nlabel = bc_rd16(h + BCC_NLABEL);
    uint32_t bc_off = bc_rd32(h + BCC_BC_OFF), exc_off = bc_rd32(h + BCC_EXC_OFF);
    uint32_t label_off = bc_rd32(h + BCC_LABEL_OFF), sn_off = bc_rd32(h + BCC_SLOTNAMES_OFF);
    uint32_t line_off = bc_rd32(h + BCC_LINE_OFF), line_len = bc_rd16(h + BCC_LINE_LEN);

    if (flags & ~(unsigned)CO__ALL) return fail(v, ci, -1, MSG("unknown code flags"));
    if (((flags & CO_MODULE) != 0) != (ci == 0)) return fail(v, ci, -1, MSG("CO_MODULE misplaced"));
    if (bc_rd16(h + BCC_NAME) >= v->nname || bc_rd16(h + BCC_QUALNAME) >= v->nname)
        return fail(v, ci, -1, MSG("bad name index"));
    if (bc_len == 0 || !region(v, bc_off, bc_len, 1)) return fail(v, ci, -1, MSG("bytecode out of range"));
    if (nslots > BC_MAX_SLOTS) return fail(v, ci, -1, MSG("too many slots"));
    unsigned nparams = argc + kwonly + !!(flags & CO_VARARGS) + !!(flags & CO_VARKW);
    if (posonly > argc || nparams > nlocals) return fail(v, ci, -1, MSG("bad parameter counts"));
    if ((flags & CO_CLASS) &&
        (argc != 1 || nlocals != 1 || nparams != 1 || (flags & (CO_GENERATOR | CO_MODULE))))
        return fail(v, ci, -1, MSG("bad class body"));
    if ((flags & CO_MODULE) && (nparams != 0 || (flags & CO_GENERATOR)))
        return fail(v, ci, -1, MSG("bad module body"));
    if (!region(v, exc_off, (uint32_t)nexc * BC_EXC_SIZE, 4) ||
        !region(v, label_off, (uint32_t)nlabel * 4, 4) || !region(v, sn_off, nslots * 2u, 2) ||
        !region(v, line_off, line_len, 1) || (line_len & 1))
        return fail(v, ci, -1, MSG("table out of range"));
    for (unsigned s = 0; s < nslots; s++)
        if (bc_rd16(v->img + sn_off + 2 * s) >= v->nname) return fail(v, ci, -1, MSG("bad slot name"));

    const uint8_t *labels = v->img + label_off;
    for (unsigned i = 0; i < nlabel; i++) {
        uint32_t l = bc_rd32(labels + 4 * i);
        if ((l & 0xffffu) >= bc_len || (l >> 16) > stacksize)
            return fail(v, ci, -1, MSG("bad label"));
        if (i > 0 && (l & 0xffffu) <= (bc_rd32(labels + 4 * (i - 1)) & 0xffffu))
            return fail(v, ci, -1, MSG("labels not sorted"));
    }
    const uint8_t *exc = v->img + exc_off;
    for (unsigned i = 0; i < nexc; i++) {
        const uint8_t *e = exc + BC_EXC_SIZE * i;
        unsigned start = bc_rd16(e), end = bc_rd16(e + 2), target = bc_rd16(e + 4);
        unsigned depth = bc_rd16(e + 6);
        if (start >= end || end > bc_len) return fail(v, ci, -1, MSG("bad exception range"));
        if (i > 0 && start < bc_rd16(e - BC_EXC_SIZE + 2))
            return fail(v, ci, -1, MSG("exception ranges overlap"));
        if (label_depth(labels, nlabel, target) != (long)depth + 1)
            return fail(v, ci, -1, MSG("handler target is not a label of depth+1"));
    }

    /* one pass over the instructions */
    const uint8_t *bc = v->img + bc_off;
    unsigned ip = 0, li = 0, ei = 0;
    long depth = 0;
    bool reachable = true;
    while (ip < bc_len) {
        unsigned op = bc[ip];
        if (op >= OP__COUNT) return fail(v, ci, ip, MSG("bad opcode"));
        unsigned size = bc_op_size[op];
        if (size > bc_len - ip) return fail(v, ci, ip, MSG("truncated instruction"));
        int a, b;
        bc_decode(bc + ip, &a, &b);

        if (li < nlabel && (bc_rd32(labels + 4 * li) & 0xffffu) < ip)
            return fail(v, ci, ip, MSG("label inside an instruction"));
        if (li < nlabel && (bc_rd32(labels + 4 * li) & 0xffffu) == ip) {
            long ld = (long)(bc_rd32(labels + 4 * li) >> 16);
            if (reachable && ld != depth) return fail(v, ci, ip, MSG("stack depth differs at label"));
            depth = ld;
            reachable = true;
            li++;
        } else if (!reachable) {
            return fail(v, ci, ip, MSG("unreachable code without a label"));
        }
        while (ei < nexc && bc_rd16(exc + BC_EXC_SIZE * ei + 2) <= ip) ei++;
        long hdepth = -1;
        if (ei < nexc && bc_rd16(exc + BC_EXC_SIZE * ei) <= ip)
            hdepth = bc_rd16(exc + BC_EXC_SIZE * ei + 6);

        int pop, push, jpush, flow;
        bc_stack_effect((int)op, a, b, &pop, &push, &jpush, &flow);
        if (pop > depth) return fail(v, ci, ip, MSG("stack underflow"));
        if (depth - pop + kept(op, a) < hdepth) return fail(v, ci, ip, MSG("consumes values below the handler's depth"));
        long next = depth - pop + push, jdepth = depth - pop + jpush;
        if (next > (long)stacksize || jdepth > (long)stacksize)
            return fail(v, ci, ip, MSG("stack overflow"));

        /* operands */
        long target = -1;
        switch (bc_op_format[op]) {
        case OPF_SLOT:
            if ((unsigned)a >= nlocals) return fail(v, ci, ip, MSG("bad slot"));
            break;
        case OPF_SLOT2:
            if ((unsigned)a >= nlocals || (unsigned)b >= nlocals) return fail(v, ci, ip, MSG("bad slot"));
            break;
        case OPF_SLOT_NAME:
            if ((unsigned)a >= nlocals) return fail(v, ci, ip, MSG("bad slot"));
            if ((unsigned)b >= v->nname) return fail(v, ci, ip, MSG("bad name index"));
            break;
        case OPF_CELL:
            if ((unsigned)a < nlocals || (unsigned)a >= nslots) return fail(v, ci, ip, MSG("bad cell slot"));
            break;
        case OPF_CONST:
            if ((unsigned)a >= v->nconst || const_kind(v, (unsigned)a) == BC_CONST_CODE)
                return fail(v, ci, ip, MSG("bad constant index"));
            break;
        case OPF_NAME:
            if ((unsigned)a >= v->nname) return fail(v, ci, ip, MSG("bad name index"));
            break;
        case OPF_FUNC:
            if ((unsigned)a >= v->nconst || const_kind(v, (unsigned)a) != BC_CONST_CODE)
                return fail(v, ci, ip, MSG("MAKE_FUNCTION needs a code constant"));
            if (b >= 8) return fail(v, ci, ip, MSG("bad MAKE_FUNCTION flags"));
            break;
        case OPF_JUMP: target = a; break;
        case OPF_CMP_JUMP:
            if (a >= CMPOP__COUNT) return fail(v, ci, ip, MSG("bad comparison"));
            target = b;
            break;
        default: break;
        }
        if ((flags & CO_CLASS) && (bc_op_format[op] == OPF_SLOT || bc_op_format[op] == OPF_SLOT2 ||
                                   bc_op_format[op] == OPF_SLOT_NAME))
            return fail(v, ci, ip, MSG("fast slot in a class body"));

        bool bad = false;
        switch (op) {
        case OP_COPY: bad = a < 1; break;
        case OP_SWAP: bad = a < 2; break;
        case OP_BUILD_SLICE: bad = a < 2 || a > 3; break;
        case OP_RAISE_VARARGS: bad = a > 2; break;
        case OP_LIST_APPEND:
        case OP_SET_ADD:
        case OP_MAP_ADD:
        case OP_LIST_EXTEND:
        case OP_SET_UPDATE:
        case OP_DICT_UPDATE:
        case OP_DICT_MERGE: bad = a < 1; break;
        case OP_FORMAT_VALUE: bad = a >= 8; break;
        case OP_BUILD_CLASS: bad = a >= 2; break;
        case OP_UNARY_OP: bad = a >= UNARYOP__COUNT; break;
        case OP_BINARY_OP: bad = a >= BINOP__COUNT; break;
        case OP_COMPARE_OP: bad = a >= CMPOP__COUNT; break;
        case OP_YIELD_VALUE:
        case OP_YIELD_FROM: bad = !(flags & CO_GENERATOR); break;
        case OP_LOAD_NAME:
        case OP_STORE_NAME:
        case OP_DELETE_NAME:
        case OP_LOAD_CLASSDEREF: bad = !(flags & CO_CLASS); break;
        case OP_IMPORT_STAR: bad = !(flags & CO_MODULE); break;
        default: break;
        }
        if (bad) return fail(v, ci, ip, MSG("bad operand for this opcode or code kind"));

        if (target >= 0) {
            if (op == OP_JUMP_BACK ? (unsigned long)target > ip : (unsigned long)target <= ip)
                return fail(v, ci, ip, MSG("jump in the wrong direction"));
            if (target >= (long)bc_len) return fail(v, ci, ip, MSG("jump out of range"));
            if (label_depth(labels, nlabel, (unsigned)target) != jdepth)
                return fail(v, ci, ip, MSG("jump target is not a label of the right depth"));
        }
        depth = next;
        reachable = flow == OPFLOW_NEXT || flow == OPFLOW_BRANCH;
        ip += size;
    }
    if (reachable) return fail(v, ci, ip, MSG("code falls off its end"));
    if (li != nlabel) return fail(v, ci, -1, MSG("label beyond the code"));
    return 0;
}

int bc_validate(const uint8_t *img, size_t n, char *why, size_t whylen) {
    Val v = {img, n, why, whylen, 0, 0, 0};
    if (whylen) why[0] = 0;
    if (!img || n < BC_HEADER_SIZE) return fail(&v, -1, -1, MSG("image too short"));
    if (((uintptr_t)img & 3u) != 0) return fail(&v, -1, -1, MSG("image not 4-byte aligned"));
    if (img[0] != BC_MAGIC0 || img[1] != BC_MAGIC1 || img[2] != BC_MAGIC2 || img[3] != BC_MAGIC3)
        return fail(&v, -1, -1, MSG("not a Monty bytecode image"));
    if (bc_rd16(img + BCH_VERSION) != BC_VERSION) return fail(&v, -1, -1, MSG("unsupported version"));
    if (bc_rd16(img + BCH_FLAGS) != 0) return fail(&v, -1, -1, MSG("unknown image flags"));
    if (bc_rd32(img + BCH_SIZE) != n) return fail(&v, -1, -1, MSG("image size mismatch"));
    v.ncode = bc_rd16(img + BCH_NCODE);
    v.nconst = bc_rd16(img + BCH_NCONST);
    v.nname = bc_rd16(img + BCH_NNAME);
    if (v.ncode == 0) return fail(&v, -1, -1, MSG("no code"));
    if (!region(&v, bc_rd32(img + BCH_CODETAB), 4u * v.ncode, 4))
        return fail(&v, -1, -1, MSG("code table out of range"));
    if (check_names(&v) || check_consts(&v)) return -1;
    if (bc_filename(img) >= v.nname) return fail(&v, -1, -1, MSG("bad file name index"));
    for (unsigned i = 0; i < v.ncode; i++)
        if (check_code(&v, i)) return -1;
    return 0;
}
