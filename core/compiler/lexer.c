/*
 * lexer.c - Python tokens from UTF-8 source.
 *
 * One token of lookahead (Lexer.tok).  Indentation becomes INDENT /
 * DEDENT tokens; newlines inside brackets are whitespace.  Identifiers are
 * interned as they are read; string and bytes literals are decoded into
 * Lexer.sbuf (valid until the next token); f-strings are returned raw
 * (position of the body) for the parser to split.  Number literals become
 * small ints, or pool constants (big ints, floats).
 *
 * Errors use CPython's wording where practical.  After an error the lexer
 * returns T_EOF forever.
 */
#include "cinternal.h"

#if MONTY_COMPILER

#if MONTY_FLOAT
#include "../dtoa.h"
#endif

static const char kw_names[] =
    "False\0None\0True\0and\0as\0assert\0async\0await\0break\0class\0continue\0"
    "def\0del\0elif\0else\0except\0finally\0for\0from\0global\0if\0import\0in\0"
    "is\0lambda\0nonlocal\0not\0or\0pass\0raise\0return\0try\0while\0with\0yield\0";

void lex_init(Comp *c, Lexer *lx, const char *src, uint32_t len, int line, int col) {
    (void)c;
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->line = line;
    lx->col_base = col;
    lx->at_bol = true;
    lx->tok.kind = T_NEWLINE; /* "previous token": nothing pending */
}

static int col_of(const Lexer *lx, uint32_t pos) {
    return (int)(pos - lx->line_start) + lx->col_base;
}

static bool lerr(Comp *c, Lexer *lx, uint32_t pos, const char *msg) {
    return c_error(c, COMPILE_SYNTAX_ERROR, lx->line, col_of(lx, pos), msg);
}

static int peekc(const Lexer *lx, uint32_t off) {
    uint32_t p = lx->pos + off;
    return p < lx->len ? (uint8_t)lx->src[p] : -1;
}

static void newline(Lexer *lx) {
    /* lx->pos is just past the '\n' */
    lx->line++;
    lx->line_start = lx->pos;
    lx->col_base = 1;
}

static bool is_id_start(int ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || ch >= 0x80;
}
static bool is_id(int ch) { return is_id_start(ch) || (ch >= '0' && ch <= '9'); }

static int digit_val(int ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'z') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'Z') return ch - 'A' + 10;
    return 99;
}

static int keyword(const char *s, uint32_t n) {
    const char *k = kw_names;
    for (int t = T_FALSE; *k; t++) {
        size_t kl = strlen(k);
        if (kl == n && memcmp(k, s, n) == 0) return t;
        k += kl + 1;
    }
    return -1;
}

/* ---- numbers ---- */

/* reads digits of `base` with single underscores between digits into
 * c->tmp (without underscores); returns false after an error */
static bool read_digits(Comp *c, Lexer *lx, int base, bool need) {
    bool any = false;
    for (;;) {
        int ch = peekc(lx, 0);
        if (ch == '_') {
            if (!any && !(base != 10 && need)) break;
            if (digit_val(peekc(lx, 1)) >= base)
                return lerr(c, lx, lx->pos, base == 10 ? "invalid decimal literal"
                                            : base == 16 ? "invalid hexadecimal literal"
                                            : base == 8 ? "invalid octal literal" : "invalid binary literal");
            lx->pos++;
            continue;
        }
        if (digit_val(ch) >= base) break;
        char d = (char)ch;
        if (!buf_put(c, &c->tmp, &d, 1)) return false;
        lx->pos++;
        any = true;
    }
    if (need && !any) {
        static const char *const msgs[] = {"invalid binary literal", "invalid octal literal",
                                           "invalid hexadecimal literal"};
        return lerr(c, lx, lx->pos - 1, msgs[base == 2 ? 0 : base == 8 ? 1 : 2]);
    }
    return true;
}

/* digits in c->tmp (base 2..16) to a T_INT token */
static void make_int(Comp *c, Lexer *lx, int base) {
    /* magnitude, little-endian bytes, appended after the digits in tmp */
    uint32_t nd = c->tmp.len, nb = 0;
    for (uint32_t i = 0; i < nd; i++) {
        uint32_t carry = (uint32_t)digit_val(c->tmp.p[i]);
        for (uint32_t j = 0; j < nb; j++) {
            carry += (uint32_t)c->tmp.p[nd + j] * (uint32_t)base;
            c->tmp.p[nd + j] = (uint8_t)carry;
            carry >>= 8;
        }
        if (carry) {
            uint8_t b = (uint8_t)carry;
            if (!buf_put(c, &c->tmp, &b, 1)) return;
            nb++;
        }
    }
    Token *t = &lx->tok;
    t->kind = T_INT;
    if (nb <= 4) {
        uint32_t v = 0;
        for (uint32_t j = nb; j-- > 0;) v = (v << 8) | c->tmp.p[nd + j];
        if (v < (1u << 28)) {
            t->ival = (int32_t)v;
            return;
        }
    }
    /* record: u32 nbytes (sign 0), magnitude */
    uint8_t h[4] = {(uint8_t)nb, (uint8_t)(nb >> 8), (uint8_t)(nb >> 16), 0};
    if (!buf_grow(c, &c->tmp, 4)) return;
    memmove(c->tmp.p + 4, c->tmp.p + nd, nb);
    memcpy(c->tmp.p, h, 4);
    int k = const_record(c, BC_CONST_BIGINT, c->tmp.p, 4 + nb);
    t->big = true;
    t->idx = (uint16_t)(k < 0 ? 0 : k);
}

static void lex_number(Comp *c, Lexer *lx) {
    uint32_t start = lx->pos;
    c->tmp.len = 0;
    int ch = peekc(lx, 0), n1 = peekc(lx, 1) | 0x20;
    if (ch == '0' && (n1 == 'x' || n1 == 'o' || n1 == 'b')) {
        int base = n1 == 'x' ? 16 : n1 == 'o' ? 8 : 2;
        lx->pos += 2;
        if (!read_digits(c, lx, base, true)) return;
        if (is_id(peekc(lx, 0)) || (peekc(lx, 0) >= '0' && peekc(lx, 0) <= '9')) {
            lerr(c, lx, lx->pos, base == 16 ? "invalid hexadecimal literal"
                                 : base == 8 ? "invalid octal literal"
                                             : "invalid binary literal");
            return;
        }
        make_int(c, lx, base);
        return;
    }
    bool isfloat = false;
    if (!read_digits(c, lx, 10, false)) return;
    if (peekc(lx, 0) == '.') {
        isfloat = true;
        lx->pos++;
        char d = '.';
        if (!buf_put(c, &c->tmp, &d, 1)) return;
        if (digit_val(peekc(lx, 0)) < 10 && !read_digits(c, lx, 10, false)) return;
    }
    ch = peekc(lx, 0);
    if (ch == 'e' || ch == 'E') {
        int s = peekc(lx, 1);
        uint32_t skip = (s == '+' || s == '-') ? 2 : 1;
        int d = peekc(lx, skip);
        if (d >= '0' && d <= '9') {
            isfloat = true;
            char e[2] = {'e', (char)(s == '-' ? '-' : '+')};
            if (!buf_put(c, &c->tmp, e, 2)) return;
            lx->pos += skip;
            if (!read_digits(c, lx, 10, true)) return;
        }
    }
    ch = peekc(lx, 0);
    if (ch == 'j' || ch == 'J') {
        lerr(c, lx, start, "imaginary numbers are not supported");
        return;
    }
    if (is_id_start(ch)) {
        /* "1if x else y" is legal: a keyword may follow directly */
        uint32_t e = lx->pos;
        while (e < lx->len && is_id((uint8_t)lx->src[e])) e++;
        if (keyword(lx->src + lx->pos, e - lx->pos) < 0) {
            lerr(c, lx, start, "invalid decimal literal");
            return;
        }
    }
    if (isfloat) {
#if MONTY_FLOAT
        double d = 0;
        if (dt_parse_literal((const char *)c->tmp.p, c->tmp.len, &d) != DT_OK) {
            lerr(c, lx, start, "invalid decimal literal");
            return;
        }
        int k = const_record(c, BC_CONST_FLOAT, &d, 8);
        lx->tok.kind = T_FLOAT;
        lx->tok.idx = (uint16_t)(k < 0 ? 0 : k);
#else
        lerr(c, lx, start, "floats are not supported");
#endif
        return;
    }
    /* decimal: no leading zeros unless the value is 0 */
    if (c->tmp.len > 1 && c->tmp.p[0] == '0') {
        for (uint32_t i = 0; i < c->tmp.len; i++)
            if (c->tmp.p[i] != '0') {
                lerr(c, lx, start,
                     "leading zeros in decimal integer literals are not permitted; use an 0o "
                     "prefix for octal integers");
                return;
            }
    }
    make_int(c, lx, 10);
}

/* ---- strings ---- */

static bool put_utf8(Comp *c, Buf *b, uint32_t cp) {
    uint8_t u[4];
    uint32_t n;
    if (cp < 0x80) {
        u[0] = (uint8_t)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (uint8_t)(0xc0 | (cp >> 6));
        u[1] = (uint8_t)(0x80 | (cp & 0x3f));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (uint8_t)(0xe0 | (cp >> 12));
        u[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (uint8_t)(0x80 | (cp & 0x3f));
        n = 3;
    } else {
        u[0] = (uint8_t)(0xf0 | (cp >> 18));
        u[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
        u[3] = (uint8_t)(0x80 | (cp & 0x3f));
        n = 4;
    }
    return buf_put(c, b, u, n);
}

/* escape errors are reported at (eline, ecol), just after the literal, as
 * CPython does; a non-ASCII byte in bytes at (line, col) */
bool lex_decode(Comp *c, const char *s, uint32_t n, bool raw, bool bytes, Buf *b, int line,
                int col, int eline, int ecol) {
    for (uint32_t i = 0; i < n;) {
        uint8_t ch = (uint8_t)s[i];
        if (bytes && ch >= 0x80)
            return c_error(c, COMPILE_SYNTAX_ERROR, line, col,
                           "bytes can only contain ASCII literal characters");
        if (ch == '\r') {
            /* universal newlines, as CPython reads source: \r\n and \r are \n */
            ch = '\n';
            if (i + 1 < n && s[i + 1] == '\n') i++;
        }
        if (ch != '\\' || raw) {
            if (!buf_put(c, b, &ch, 1)) return false;
            i++;
            continue;
        }
        if (i + 1 >= n) return buf_put(c, b, &ch, 1); /* cannot happen: quote escaped */
        uint8_t e = (uint8_t)s[i + 1];
        i += 2;
        uint32_t v = 0;
        int nd = 0;
        switch (e) {
        case '\n': continue;
        case '\r':
            if (i < n && s[i] == '\n') i++;
            continue;
        case 'a': v = 7; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 't': v = 9; break;
        case 'v': v = 11; break;
        case '\\':
        case '\'':
        case '"': v = e; break;
        case 'x': nd = 2; break;
        case 'u': nd = bytes ? 0 : 4; break;
        case 'U': nd = bytes ? 0 : 8; break;
        default:
            if (e == 'N' && !bytes)
                return c_error(c, COMPILE_SYNTAX_ERROR, eline, ecol, "\\N{...} escapes are not supported");
            if (e >= '0' && e <= '7') {
                v = e - '0';
                for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                    v = v * 8 + (uint32_t)(s[i++] - '0');
                if (bytes) v &= 0xff;
                break;
            }
            /* unknown escape: kept as is */
            if (!buf_put(c, b, "\\", 1)) return false;
            i--;
            continue;
        }
        if (nd) {
            for (int k = 0; k < nd; k++) {
                int d = i < n ? digit_val((uint8_t)s[i]) : 99;
                if (d >= 16) {
                    static const char *const m[] = {"xXX", "uXXXX", "UXXXXXXXX"};
                    uint32_t bs = i - 2 - (uint32_t)k;
                    return c_errorf(c, COMPILE_SYNTAX_ERROR, eline, ecol,
                                    "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                    "position %d-%d: truncated \\%s escape",
                                    (int)bs, (int)(i - 1), m[nd == 2 ? 0 : nd == 4 ? 1 : 2]);
                }
                v = v * 16 + (uint32_t)d;
                i++;
            }
            if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
                return c_error(c, COMPILE_SYNTAX_ERROR, eline, ecol,
                               v > 0x10ffff ? "illegal Unicode character" : "surrogates are not supported");
        } else if ((e == 'u' || e == 'U') && bytes) {
            if (!buf_put(c, b, "\\", 1)) return false;
            i--;
            continue;
        }
        if (bytes) {
            uint8_t by = (uint8_t)v;
            if (!buf_put(c, b, &by, 1)) return false;
        } else if (!put_utf8(c, b, v)) {
            return false;
        }
    }
    return true;
}

/* lx->pos at the opening quote; prefix flags given */
static void lex_string(Comp *c, Lexer *lx, uint32_t start, bool raw, bool bytes, bool fstr) {
    int q = peekc(lx, 0);
    int sline = lx->line, scol = col_of(lx, start);
    uint32_t qlen = (peekc(lx, 1) == q && peekc(lx, 2) == q) ? 3 : 1;
    lx->pos += qlen;
    uint32_t body = lx->pos;
    for (;;) {
        int ch = peekc(lx, 0);
        if (ch < 0 || (ch == '\n' && qlen == 1)) {
            /* report at the string start, like CPython */
            c_error(c, COMPILE_SYNTAX_ERROR, sline, scol,
                    qlen == 3 ? "unterminated triple-quoted string literal"
                              : "unterminated string literal");
            if (qlen == 3 || ch < 0) c->err->incomplete = !lx->rescan;
            return;
        }
        if (ch == '\\') {
            lx->pos++;
            if (peekc(lx, 0) == '\r' && peekc(lx, 1) == '\n') lx->pos++;
            if (peekc(lx, 0) == '\n') {
                lx->pos++;
                newline(lx);
            } else if (peekc(lx, 0) >= 0) {
                lx->pos++;
            }
            continue;
        }
        if (ch == q && (qlen == 1 || (peekc(lx, 1) == q && peekc(lx, 2) == q))) break;
        lx->pos++;
        if (ch == '\n') newline(lx);
    }
    uint32_t blen = lx->pos - body;
    lx->pos += qlen;
    Token *t = &lx->tok;
    t->line = sline;
    t->col = scol;
    if (fstr) {
        t->kind = T_FSTRING;
        t->pos = body;
        t->len = blen;
        t->raw = raw;
        t->quote = (uint8_t)q;
        t->qlen = (uint8_t)qlen;
        return;
    }
    t->kind = bytes ? T_BYTES : T_STRING;
    lx->sbuf.len = 0;
    lex_decode(c, lx->src + body, blen, raw, bytes, &lx->sbuf, sline, scol, lx->line, col_of(lx, lx->pos));
}

/* ---- indentation ---- */

/* at the start of a line: skips blank lines; returns true when a token
 * (INDENT/DEDENT) was produced */
static bool lex_indent(Comp *c, Lexer *lx) {
    for (;;) {
        unsigned width = 0;
        int ch;
        while ((ch = peekc(lx, 0)) == ' ' || ch == '\t' || ch == '\f') {
            width = ch == '\t' ? (width / 8 + 1) * 8 : ch == ' ' ? width + 1 : 0;
            lx->pos++;
        }
        if (ch == '#') {
            while ((ch = peekc(lx, 0)) >= 0 && ch != '\n') lx->pos++;
        }
        if (ch == '\r' && peekc(lx, 1) == '\n') {
            lx->pos++;
            ch = '\n';
        }
        if (ch == '\n') {
            lx->pos++;
            newline(lx);
            continue;
        }
        if (ch == '\\' && (peekc(lx, 1) == '\n')) {
            /* a continuation on an otherwise empty line: treat as blank */
            lx->pos += 2;
            newline(lx);
            continue;
        }
        if (ch < 0) return false; /* EOF: handled by the caller */
        lx->at_bol = false;
        unsigned top = lx->nindent ? lx->indent[lx->nindent - 1] : 0;
        Token *t = &lx->tok;
        t->line = lx->line;
        t->col = col_of(lx, lx->pos);
        t->pos = lx->pos;
        if (width > top) {
            if (lx->nindent >= COMPILER_MAX_DEPTH) {
                lerr(c, lx, lx->pos, "too deeply nested");
                t->kind = T_EOF;
                return true;
            }
            lx->indent[lx->nindent++] = (uint16_t)(width > 0xffff ? 0xffff : width);
            t->kind = T_INDENT;
            return true;
        }
        if (width < top) {
            unsigned n = 0;
            while (lx->nindent && width < lx->indent[lx->nindent - 1]) {
                lx->nindent--;
                n++;
            }
            top = lx->nindent ? lx->indent[lx->nindent - 1] : 0;
            if (width != top) {
                /* CPython points just past the end of the line */
                uint32_t e = lx->pos;
                while (e < lx->len && lx->src[e] != '\n') e++;
                c_error(c, COMPILE_INDENTATION_ERROR, lx->line, col_of(lx, e),
                        "unindent does not match any outer indentation level");
                t->kind = T_EOF;
                return true;
            }
            lx->ndedent = (uint8_t)(n - 1);
            t->kind = T_DEDENT;
            return true;
        }
        return false;
    }
}

/* ---- operators ---- */

typedef struct Op {
    char s[4];
    uint8_t tok;
} Op;

/* longest first within each leading character */
static const Op ops[] = {
    {"**=", T_AUG_FIRST + (T_DSTAR - T_PLUS)}, {"//=", T_AUG_FIRST + (T_DSLASH - T_PLUS)},
    {">>=", T_AUG_FIRST + (T_RSHIFT - T_PLUS)}, {"<<=", T_AUG_FIRST + (T_LSHIFT - T_PLUS)},
    {"...", T_ELLIPSIS},
    {"+=", T_AUG_FIRST}, {"-=", T_AUG_FIRST + (T_MINUS - T_PLUS)},
    {"*=", T_AUG_FIRST + (T_STAR - T_PLUS)}, {"/=", T_AUG_FIRST + (T_SLASH - T_PLUS)},
    {"%=", T_AUG_FIRST + (T_PERCENT - T_PLUS)}, {"@=", T_AUG_FIRST + (T_AT - T_PLUS)},
    {"&=", T_AUG_FIRST + (T_AMPER - T_PLUS)}, {"|=", T_AUG_FIRST + (T_VBAR - T_PLUS)},
    {"^=", T_AUG_FIRST + (T_CIRCUM - T_PLUS)},
    {"**", T_DSTAR}, {"//", T_DSLASH}, {">>", T_RSHIFT}, {"<<", T_LSHIFT}, {"->", T_ARROW},
    {":=", T_WALRUS}, {"<=", T_LE}, {">=", T_GE}, {"==", T_EQ}, {"!=", T_NE},
    {"+", T_PLUS}, {"-", T_MINUS}, {"*", T_STAR}, {"/", T_SLASH}, {"%", T_PERCENT},
    {"@", T_AT}, {"&", T_AMPER}, {"|", T_VBAR}, {"^", T_CIRCUM}, {"~", T_TILDE},
    {"<", T_LT}, {">", T_GT}, {"=", T_ASSIGN}, {".", T_DOT}, {",", T_COMMA},
    {":", T_COLON}, {";", T_SEMI}, {"(", T_LPAR}, {")", T_RPAR}, {"[", T_LSQB},
    {"]", T_RSQB}, {"{", T_LBRACE}, {"}", T_RBRACE},
};

static void set_eof(Lexer *lx) {
    lx->tok.kind = T_EOF;
    lx->tok.line = lx->line;
    lx->tok.col = col_of(lx, lx->pos);
    lx->tok.pos = lx->pos;
}

void lex_next(Comp *c, Lexer *lx) {
    Token *t = &lx->tok;
    int prev = t->kind;
    t->big = false;
    if (c->failed) {
        set_eof(lx);
        return;
    }
    if (lx->ndedent) {
        lx->ndedent--;
        t->kind = T_DEDENT;
        return;
    }
    if (lx->at_bol && !lx->sub && lx->depth == 0 && lex_indent(c, lx)) return;
    int ch;
    for (;;) {
        ch = peekc(lx, 0);
        if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\r') {
            lx->pos++;
        } else if (ch == '#') {
            while ((ch = peekc(lx, 0)) >= 0 && ch != '\n') lx->pos++;
        } else if (ch == '\\') {
            int n = peekc(lx, 1);
            if (n == '\r' && peekc(lx, 2) == '\n') {
                lx->pos++;
                n = '\n';
            }
            if (n != '\n') {
                lerr(c, lx, lx->pos + 1, "unexpected character after line continuation character");
                set_eof(lx);
                return;
            }
            lx->pos += 2;
            newline(lx);
            if (peekc(lx, 0) < 0) {
                lerr(c, lx, lx->pos, "unexpected EOF while parsing");
                c->err->incomplete = 1;
                set_eof(lx);
                return;
            }
        } else if (ch == '\n') {
            lx->pos++;
            if (lx->depth > 0 || lx->sub) {
                newline(lx);
                continue;
            }
            t->kind = T_NEWLINE;
            t->line = lx->line;
            t->col = col_of(lx, lx->pos - 1);
            t->pos = lx->pos - 1;
            newline(lx);
            lx->at_bol = true;
            return;
        } else {
            break;
        }
    }
    t->line = lx->line;
    t->col = col_of(lx, lx->pos);
    t->pos = lx->pos;
    if (ch < 0) {
        if (lx->sub) {
            set_eof(lx);
            return;
        }
        if (lx->depth > 0 && !lx->rescan) {
            int i = lx->depth - 1;
            c_errorf(c, COMPILE_SYNTAX_ERROR, lx->brk[i].line, lx->brk[i].col, "'%s' was never closed",
                     lx->src[lx->brk[i].pos] == '(' ? "(" : lx->src[lx->brk[i].pos] == '[' ? "[" : "{");
            c->err->incomplete = 1;
            set_eof(lx);
            return;
        }
        if (prev != T_NEWLINE && prev != T_DEDENT && prev != T_INDENT && !lx->eof_newline) {
            lx->eof_newline = true;
            t->kind = T_NEWLINE;
            return;
        }
        if (lx->nindent) {
            lx->nindent--;
            t->kind = T_DEDENT;
            return;
        }
        t->kind = T_EOF;
        return;
    }
    if (is_id_start(ch)) {
        uint32_t s = lx->pos;
        while (is_id(peekc(lx, 0))) lx->pos++;
        uint32_t n = lx->pos - s;
        int q = peekc(lx, 0);
        if ((q == '\'' || q == '"') && n <= 2) {
            bool raw = false, bytes = false, fstr = false, ok = true;
            for (uint32_t i = 0; i < n; i++) {
                int p = lx->src[s + i] | 0x20;
                if (p == 'r' && !raw) raw = true;
                else if (p == 'b' && !bytes && !fstr) bytes = true;
                else if (p == 'f' && !fstr && !bytes) fstr = true;
                else if (p == 'u' && n == 1) ;
                else ok = false;
            }
            if (ok) {
                lex_string(c, lx, s, raw, bytes, fstr);
                if (c->failed) set_eof(lx);
                return;
            }
        }
        int kw = keyword(lx->src + s, n);
        if (kw >= 0) {
            t->kind = (uint8_t)kw;
            return;
        }
        int idx = name_intern(c, lx->src + s, n);
        t->kind = T_NAME;
        t->idx = (uint16_t)(idx < 0 ? 0 : idx);
        if (c->failed) set_eof(lx);
        return;
    }
    if ((ch >= '0' && ch <= '9') || (ch == '.' && digit_val(peekc(lx, 1)) < 10)) {
        lex_number(c, lx);
        if (c->failed) set_eof(lx);
        return;
    }
    if (ch == '\'' || ch == '"') {
        lex_string(c, lx, lx->pos, false, false, false);
        if (c->failed) set_eof(lx);
        return;
    }
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        size_t n = strlen(ops[i].s);
        if (lx->pos + n <= lx->len && memcmp(lx->src + lx->pos, ops[i].s, n) == 0) {
            t->kind = ops[i].tok;
            lx->pos += (uint32_t)n;
            if (t->kind == T_LPAR || t->kind == T_LSQB || t->kind == T_LBRACE) {
                if (lx->depth >= COMPILER_MAX_DEPTH) {
                    lerr(c, lx, lx->pos - 1, "too deeply nested");
                    set_eof(lx);
                    return;
                }
                lx->brk[lx->depth].pos = t->pos;
                lx->brk[lx->depth].line = t->line;
                lx->brk[lx->depth].col = t->col;
                lx->depth++;
            } else if (t->kind == T_RPAR || t->kind == T_RSQB || t->kind == T_RBRACE) {
                static const char *const close[] = {")", "]", "}"}, *const open[] = {"(", "[", "{"};
                int k = t->kind == T_RPAR ? 0 : t->kind == T_RSQB ? 1 : 2;
                if (lx->depth == 0) {
                    if (!lx->sub) {
                        c_errorf(c, COMPILE_SYNTAX_ERROR, t->line, t->col, "unmatched '%s'", close[k]);
                        set_eof(lx);
                    }
                    return;
                }
                char o = lx->src[lx->brk[lx->depth - 1].pos];
                int ok = o == '(' ? 0 : o == '[' ? 1 : 2;
                if (ok != k) {
                    int ol = lx->brk[lx->depth - 1].line;
                    if (ol == t->line)
                        c_errorf(c, COMPILE_SYNTAX_ERROR, t->line, t->col,
                                 "closing parenthesis '%s' does not match opening parenthesis '%s'", close[k], open[ok]);
                    else
                        c_errorf(c, COMPILE_SYNTAX_ERROR, t->line, t->col,
                                 "closing parenthesis '%s' does not match opening parenthesis '%s' on line %d",
                                 close[k], open[ok], ol);
                    set_eof(lx);
                    return;
                }
                lx->depth--;
            }
            return;
        }
    }
    lerr(c, lx, lx->pos, "invalid syntax");
    set_eof(lx);
}

#endif /* MONTY_COMPILER */
