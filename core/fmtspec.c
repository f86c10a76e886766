/*
 * fmtspec.c - the format-spec mini-language for ints and strs, and the
 * number layout shared with float formatting (dtoa.c).  See fmtspec.h.
 *
 * The checks run in CPython's order (Objects/stringlib/unicode_format.h
 * and Python/formatter_unicode.c, 3.11): parse errors first, then the
 * type code, then the per-type restrictions; the unit tests compare every
 * message against python3.
 */
#include "fmtspec.h"

#include <string.h>

/* widths this large cannot be allocated; refusing them keeps every size
 * computation below free of overflow */
#define WIDTH_MAX ((intptr_t)(SIZE_MAX / 16 < (size_t)INTPTR_MAX ? SIZE_MAX / 16 : (size_t)INTPTR_MAX))

/* ---- UTF-8 ---- */

/* Decodes one code point at s[0..n), n > 0; sets *len to its byte count.
 * Malformed input decodes as the single byte's value: specs come from
 * Python strs (valid UTF-8), the fallback only keeps fuzzed input safe. */
static uint32_t utf8_get(const char *s, size_t n, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[0];
    size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (k == 1 || k > n) {
        *len = 1;
        return c;
    }
    c &= 0x3Fu >> (k - 1);
    for (size_t i = 1; i < k; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *len = 1;
            return u[0];
        }
        c = (c << 6) | (u[i] & 0x3F);
    }
    *len = k;
    return c;
}

static size_t utf8_put(uint32_t c, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | (c >> 6));
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (c >> 12));
        o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | ((c >> 18) & 0x07));
    o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

size_t fs_utf8_len(const char *s, size_t n)
{
    size_t cps = 0;
    for (size_t i = 0; i < n; i++)
        cps += ((unsigned char)s[i] & 0xC0) != 0x80;
    return cps;
}

/* ---- parsing ---- */

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Reads decimal digits at s[*pos..len).  Returns 1 if some were read, 0 if
 * none, or FS_ERR_TOO_MANY_DIGITS past INTPTR_MAX (CPython's limit is
 * PY_SSIZE_T_MAX, the same on the same word size). */
static int get_int(const char *s, size_t len, size_t *pos, intptr_t *out)
{
    size_t p = *pos;
    intptr_t v = 0;
    while (p < len && s[p] >= '0' && s[p] <= '9') {
        int d = s[p] - '0';
        if (v > (INTPTR_MAX - d) / 10)
            return FS_ERR_TOO_MANY_DIGITS;
        v = v * 10 + d;
        p++;
    }
    if (p == *pos)
        return 0;
    *pos = p;
    *out = v;
    return 1;
}

int fs_parse(const char *s, size_t len, FsSpec *f)
{
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->width = -1;
    f->precision = -1;

    size_t pos = 0, l0 = 0, l1 = 0;
    bool fill_given = false;
    if (len > 0) {
        uint32_t c0 = utf8_get(s, len, &l0);
        uint32_t c1 = l0 < len ? utf8_get(s + l0, len - l0, &l1) : 0;
        if (l0 < len && is_align(c1)) {
            f->fill = c0;
            f->align = (char)c1;
            fill_given = true;
            pos = l0 + l1;
        } else if (is_align(c0)) {
            f->align = (char)c0;
            pos = l0;
        }
    }
    if (pos < len && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
        f->sign = s[pos++];
    if (pos < len && s[pos] == 'z') {
        f->no_neg_zero = true;
        pos++;
    }
    if (pos < len && s[pos] == '#') {
        f->alt = true;
        pos++;
    }
    /* '0' right before the width: zero padding unless a fill was given */
    if (!fill_given && pos < len && s[pos] == '0') {
        f->fill = '0';
        f->zero = true;
        pos++;
    }
    int r = get_int(s, len, &pos, &f->width);
    if (r < 0)
        return r;
    if (pos < len && s[pos] == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < len && s[pos] == '_') {
        if (f->grouping)
            return FS_ERR_BOTH_SEPARATORS;
        f->grouping = '_';
        pos++;
    }
    if (pos < len && s[pos] == ',' && f->grouping == '_')
        return FS_ERR_BOTH_SEPARATORS;
    if (pos < len && s[pos] == '.') {
        pos++;
        r = get_int(s, len, &pos, &f->precision);
        if (r < 0)
            return r;
        if (r == 0)
            return FS_ERR_MISSING_PRECISION;
    }
    if (pos < len) {
        size_t l;
        uint32_t c = utf8_get(s + pos, len - pos, &l);
        if (pos + l < len)
            return FS_ERR_INVALID;
        f->type = c;
    }
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G':
        case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_')
                break;
            /* fall through */
        default:
            return FS_ERR_SEPARATOR_TYPE;
        }
    }
    return FS_OK;
}

/* ---- error messages ---- */

typedef struct Buf {
    char *p;
    size_t n, cap;
} Buf;

static void put(Buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++, b->n++)
        if (b->n + 1 < b->cap)
            b->p[b->n] = s[i];
}

static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

/* a code point as CPython's "'%c'" or "'\x%x'" (printable ASCII only) */
static void put_code(Buf *b, uint32_t c)
{
    char tmp[16];
    size_t n = 0;
    tmp[n++] = '\'';
    if (c > 32 && c < 128) {
        tmp[n++] = (char)c;
    } else {
        tmp[n++] = '\\';
        tmp[n++] = 'x';
        int shift = 28;
        while (shift > 0 && !(c >> shift))
            shift -= 4;
        for (; shift >= 0; shift -= 4)
            tmp[n++] = "0123456789abcdef"[(c >> shift) & 15];
    }
    tmp[n++] = '\'';
    put(b, tmp, n);
}

size_t fs_error_text(int err, const char *spec, size_t len, const FsSpec *fs,
                     const char *type_name, char *buf, size_t cap)
{
    Buf b = {buf, 0, cap};
    static const char int_spec[] = " not allowed in integer format specifier";
    static const char str_spec[] = " not allowed in string format specifier";
    static const char c_spec[] = " not allowed with integer format specifier 'c'";
    if (!type_name)
        type_name = "?";
    switch (err) {
    case FS_ERR_INVALID:
        puts_(&b, "Invalid format specifier '");
        put(&b, spec ? spec : "", spec ? len : 0);
        puts_(&b, "' for object of type '");
        puts_(&b, type_name);
        puts_(&b, "'");
        break;
    case FS_ERR_TOO_MANY_DIGITS:
        puts_(&b, "Too many decimal digits in format string");
        break;
    case FS_ERR_MISSING_PRECISION:
        puts_(&b, "Format specifier missing precision");
        break;
    case FS_ERR_BOTH_SEPARATORS:
        puts_(&b, "Cannot specify both ',' and '_'.");
        break;
    case FS_ERR_SEPARATOR_TYPE:
    case FS_ERR_STR_SEPARATOR:
        puts_(&b, "Cannot specify '");
        put(&b, fs && fs->grouping == '_' ? "_" : ",", 1);
        puts_(&b, "' with ");
        put_code(&b, err == FS_ERR_STR_SEPARATOR ? 's' : fs ? fs->type : 0);
        puts_(&b, ".");
        break;
    case FS_ERR_UNKNOWN_CODE:
        puts_(&b, "Unknown format code ");
        put_code(&b, fs ? fs->type : 0);
        puts_(&b, " for object of type '");
        puts_(&b, type_name);
        puts_(&b, "'");
        break;
    case FS_ERR_INT_PRECISION:
        puts_(&b, "Precision");
        puts_(&b, int_spec);
        break;
    case FS_ERR_INT_Z:
        puts_(&b, "Negative zero coercion (z)");
        puts_(&b, int_spec);
        break;
    case FS_ERR_C_SIGN:
        puts_(&b, "Sign");
        puts_(&b, c_spec);
        break;
    case FS_ERR_C_ALT:
        puts_(&b, "Alternate form (#)");
        puts_(&b, c_spec);
        break;
    case FS_ERR_C_RANGE:
        puts_(&b, "%c arg not in range(0x110000)");
        break;
    case FS_ERR_C_LONG:
        puts_(&b, "Python int too large to convert to C long");
        break;
    case FS_ERR_STR_SIGN:
        puts_(&b, "Sign");
        puts_(&b, str_spec);
        break;
    case FS_ERR_STR_SPACE:
        puts_(&b, "Space");
        puts_(&b, str_spec);
        break;
    case FS_ERR_STR_Z:
        puts_(&b, "Negative zero coercion (z)");
        puts_(&b, str_spec);
        break;
    case FS_ERR_STR_ALT:
        puts_(&b, "Alternate form (#)");
        puts_(&b, str_spec);
        break;
    case FS_ERR_STR_ALIGN:
        puts_(&b, "'=' alignment");
        puts_(&b, str_spec);
        break;
    case FS_ERR_PRECISION_BIG:
        puts_(&b, "precision too big");
        break;
    default:
        puts_(&b, "format buffer too small");
        break;
    }
    if (cap)
        buf[b.n < cap ? b.n : cap - 1] = 0;
    return b.n;
}

bool fs_error_is_overflow(int err) { return err == FS_ERR_C_RANGE || err == FS_ERR_C_LONG; }

/* ---- number layout ---- */

/* Resolved padding of a laid-out number. */
typedef struct Lay {
    size_t left, prefix, ni, seps, right; /* byte counts; ni = int digits */
    size_t lpad, mpad, rpad;              /* fill code points: left, after prefix, right */
    size_t fill_len;                      /* bytes per fill code point */
    char fillb[4];
} Lay;

static size_t seps_for(size_t ni, unsigned group) { return group && ni ? (ni - 1) / group : 0; }

static void lay_out(const FsSpec *spec, const FsNum *num, Lay *l)
{
    l->prefix = strlen(num->prefix);
    l->left = (num->sign ? 1 : 0) + l->prefix;
    l->ni = (size_t)(num->decpt - num->vstart);
    size_t slen = num->nsuffix;
    l->right = (num->point ? 1 : 0) + (size_t)(num->vend - num->decpt) + slen;
    /* width counts code points; only the suffix ('c') may hold non-ASCII */
    size_t right_cps = l->right - slen + fs_utf8_len(num->suffix, slen);
    char align = spec->align ? spec->align : spec->zero ? '=' : '>';
    size_t width = spec->width > 0 ? (size_t)spec->width : 0;
    /* CPython's zero padding with '=' and fill '0' makes the padding part
     * of the grouped digits: "00,001,234".  Grow the int part to the
     * smallest digit count whose grouped length reaches the width left. */
    if (align == '=' && spec->fill == '0' && num->group && l->ni > 0) {
        size_t fixed = l->left + right_cps;
        if (width > fixed) {
            size_t want = width - fixed;
            size_t ni = l->ni;
            if (ni + seps_for(ni, num->group) < want) {
                /* each group of g digits takes g + 1 chars */
                size_t g = num->group;
                ni = want - want / (g + 1);
                while (ni > l->ni && ni - 1 + seps_for(ni - 1, num->group) >= want)
                    ni--;
                while (ni + seps_for(ni, num->group) < want)
                    ni++;
            }
            l->ni = ni;
        }
    }
    l->seps = seps_for(l->ni, num->group);
    size_t body = l->left + l->ni + l->seps + right_cps;
    size_t pad = width > body ? width - body : 0;
    l->lpad = l->mpad = l->rpad = 0;
    switch (align) {
    case '<': l->rpad = pad; break;
    case '^': l->lpad = pad / 2; l->rpad = pad - pad / 2; break;
    case '=': l->mpad = pad; break;
    default: l->lpad = pad; break;
    }
    l->fill_len = utf8_put(spec->fill, l->fillb);
}

size_t fs_num_size(const FsSpec *spec, const FsNum *num)
{
    if (spec->width > WIDTH_MAX)
        return SIZE_MAX;
    Lay l;
    lay_out(spec, num, &l);
    return (l.lpad + l.mpad + l.rpad) * l.fill_len + l.left + l.ni + l.seps + l.right;
}

intptr_t fs_num_layout(const FsSpec *spec, const FsNum *num, char *out, size_t cap)
{
    if (spec->width > WIDTH_MAX)
        return FS_ERR_SPACE;
    Lay l;
    lay_out(spec, num, &l);
    size_t total = (l.lpad + l.mpad + l.rpad) * l.fill_len + l.left + l.ni + l.seps + l.right;
    if (total > cap || total > (size_t)INTPTR_MAX)
        return FS_ERR_SPACE;
    /* Right to left.  Virtual digit i (0 <= i < nd) sits at out[i] when
     * digits alias out, and its destination is at least i (everything we
     * add lies to its left or between digits), so by the time position p
     * is written, every digit still unread lies below p. */
    char *w = out + total;
    const char *d = num->digits;
    char sep = spec->grouping == '_' ? '_' : ',';
    for (size_t i = 0; i < l.rpad; i++) {
        w -= l.fill_len;
        memcpy(w, l.fillb, l.fill_len);
    }
    size_t slen = num->nsuffix;
    w -= slen;
    memcpy(w, num->suffix, slen);
    for (intptr_t i = num->vend - 1; i >= num->decpt; i--) {
        char c = i >= 0 && i < num->nd ? d[i] : '0';
        *--w = c;
    }
    if (num->point)
        *--w = '.';
    /* int part: virtual positions decpt-1 down to decpt-ni */
    for (size_t k = 0; k < l.ni; k++) {
        intptr_t i = num->decpt - 1 - (intptr_t)k;
        char c = i >= 0 && i < num->nd ? d[i] : '0';
        if (num->upper && c >= 'a' && c <= 'f')
            c = (char)(c - 'a' + 'A');
        if (k && num->group && k % num->group == 0)
            *--w = sep;
        *--w = c;
    }
    for (size_t i = 0; i < l.mpad; i++) {
        w -= l.fill_len;
        memcpy(w, l.fillb, l.fill_len);
    }
    w -= l.prefix;
    memcpy(w, num->prefix, l.prefix);
    if (num->sign)
        *--w = num->sign;
    for (size_t i = 0; i < l.lpad; i++) {
        w -= l.fill_len;
        memcpy(w, l.fillb, l.fill_len);
    }
    return (intptr_t)total;
}

/* ---- ints ---- */

int fs_int_check(const FsSpec *spec)
{
    switch (spec->type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': case 0:
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return FS_USE_FLOAT;
    default:
        return FS_ERR_UNKNOWN_CODE;
    }
    if (spec->precision >= 0)
        return FS_ERR_INT_PRECISION;
    if (spec->no_neg_zero)
        return FS_ERR_INT_Z;
    if (spec->type == 'c') {
        if (spec->sign)
            return FS_ERR_C_SIGN;
        if (spec->alt)
            return FS_ERR_C_ALT;
    }
    return FS_OK;
}

int fs_int_base(const FsSpec *spec)
{
    uint32_t t = spec->type;
    return t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
}

/* width in bytes is at most 4 per fill code point */
static size_t pad_bound(const FsSpec *spec)
{
    if (spec->width > WIDTH_MAX)
        return SIZE_MAX / 2;
    return spec->width > 0 ? (size_t)spec->width * 4 : 0;
}

size_t fs_int_size(const FsSpec *spec, size_t nd)
{
    if (nd < 64)
        nd = 64; /* a machine int in base 2 */
    if (nd > SIZE_MAX / 4)
        return SIZE_MAX;
    return pad_bound(spec) + nd + nd / 3 + 8;
}

static void int_num(const FsSpec *spec, bool neg, const char *digits, size_t nd, FsNum *num)
{
    memset(num, 0, sizeof *num);
    num->digits = digits;
    num->nd = (intptr_t)nd;
    num->vstart = 0;
    num->decpt = num->vend = (intptr_t)nd;
    num->sign = neg ? '-' : spec->sign == '+' ? '+' : spec->sign == ' ' ? ' ' : 0;
    num->upper = spec->type == 'X';
    if (spec->alt && fs_int_base(spec) != 10) {
        /* "0b", "0o", "0x", "0X": the type letter itself */
        num->prefix[0] = '0';
        num->prefix[1] = (char)spec->type;
    }
    if (spec->grouping && spec->type != 'n')
        num->group = fs_int_base(spec) == 10 ? 3 : 4;
}

static intptr_t format_char(const FsSpec *spec, uint32_t c, char *out, size_t cap)
{
    FsNum num;
    int_num(spec, false, "", 0, &num);
    num.nsuffix = (uint8_t)utf8_put(c, num.suffix);
    return fs_num_layout(spec, &num, out, cap);
}

intptr_t fs_format_int(const FsSpec *spec, intptr_t v, char *out, size_t cap)
{
    int r = fs_int_check(spec);
    if (r != FS_OK)
        return r;
    if (spec->type == 'c') {
        if (v < 0 || v > 0x10FFFF)
            return FS_ERR_C_RANGE;
        return format_char(spec, (uint32_t)v, out, cap);
    }
    char buf[sizeof(uintptr_t) * 8];
    size_t n = sizeof buf;
    uintptr_t m = v < 0 ? -(uintptr_t)v : (uintptr_t)v;
    unsigned base = (unsigned)fs_int_base(spec);
    do {
        buf[--n] = "0123456789abcdef"[m % base];
        m /= base;
    } while (m);
    FsNum num;
    int_num(spec, v < 0, buf + n, sizeof buf - n, &num);
    return fs_num_layout(spec, &num, out, cap);
}

intptr_t fs_format_int_digits(const FsSpec *spec, bool neg, const char *digits,
                              size_t nd, char *out, size_t cap)
{
    int r = fs_int_check(spec);
    if (r != FS_OK)
        return r;
    if (spec->type == 'c') {
        /* CPython converts to a C long (64-bit) first, then range-checks */
        static const char long_max[] = "9223372036854775807";
        if (nd > 19 || (nd == 19 && memcmp(digits, long_max, 19) > 0 &&
                        !(neg && memcmp(digits, "9223372036854775808", 19) == 0)))
            return FS_ERR_C_LONG;
        uint32_t m = 0;
        for (size_t i = 0; i < nd && m <= 0x10FFFF; i++)
            m = m * 10 + (uint32_t)(digits[i] - '0');
        if ((neg && m) || m > 0x10FFFF)
            return FS_ERR_C_RANGE;
        return format_char(spec, m, out, cap);
    }
    FsNum num;
    int_num(spec, neg, digits, nd, &num);
    return fs_num_layout(spec, &num, out, cap);
}

/* ---- strs ---- */

static int str_check(const FsSpec *spec)
{
    if (spec->type == 0 && spec->grouping)
        return FS_ERR_STR_SEPARATOR;
    if (spec->type != 0 && spec->type != 's')
        return FS_ERR_UNKNOWN_CODE;
    if (spec->sign)
        return spec->sign == ' ' ? FS_ERR_STR_SPACE : FS_ERR_STR_SIGN;
    if (spec->no_neg_zero)
        return FS_ERR_STR_Z;
    if (spec->alt)
        return FS_ERR_STR_ALT;
    if (spec->align == '=')
        return FS_ERR_STR_ALIGN;
    return FS_OK;
}

size_t fs_str_size(const FsSpec *spec, size_t n)
{
    size_t p = pad_bound(spec);
    return n > SIZE_MAX - p ? SIZE_MAX : n + p;
}

intptr_t fs_format_str(const FsSpec *spec, const char *s, size_t n, char *out, size_t cap)
{
    int r = str_check(spec);
    if (r != FS_OK)
        return r;
    if (spec->width > WIDTH_MAX)
        return FS_ERR_SPACE;
    size_t cps = 0, bytes = 0;
    /* truncate to `precision` code points */
    while (bytes < n) {
        if (spec->precision >= 0 && cps == (size_t)spec->precision)
            break;
        bytes++;
        while (bytes < n && ((unsigned char)s[bytes] & 0xC0) == 0x80)
            bytes++;
        cps++;
    }
    size_t width = spec->width > 0 ? (size_t)spec->width : 0;
    size_t pad = width > cps ? width - cps : 0, lpad = 0;
    if (spec->align == '>')
        lpad = pad;
    else if (spec->align == '^')
        lpad = pad / 2;
    char fb[4];
    size_t fl = utf8_put(spec->fill, fb);
    size_t total = bytes + pad * fl;
    if (total > cap || total > (size_t)INTPTR_MAX)
        return FS_ERR_SPACE;
    char *w = out;
    for (size_t i = 0; i < lpad; i++, w += fl)
        memcpy(w, fb, fl);
    memmove(w, s, bytes);
    w += bytes;
    for (size_t i = lpad; i < pad; i++, w += fl)
        memcpy(w, fb, fl);
    return (intptr_t)total;
}
