/*
 * dtoa.c - doubles to decimal and back, exactly (see dtoa.h).
 *
 * Method.  A finite double is f * 2**e with an integer f < 2**53.  Its
 * decimal digits come from the Burger & Dybvig / Steele & White scheme:
 * keep v = r / s exactly as two big integers scaled by a power of ten so
 * that 0.1 <= r/s < 1, then each digit is floor(10 r / s).  For the
 * shortest round-trip form, m/s is half the gap to the neighbouring
 * doubles, and generation stops as soon as the digits so far identify v;
 * the tie rules follow Gay's dtoa (CPython's) so the output is identical.
 *
 * Reading a decimal: the first 19 significant digits M and the decimal
 * exponent give M * 10**E10.  When both are small the double division or
 * multiplication is exact-then-rounded (Clinger's fast path); otherwise
 * the quotient or product is formed in big integers and rounded by hand.
 * When more than 19 digits were given, the true value lies above that
 * first result b by less than a unit in its last place, so the answer is
 * b or the next double: we compare the input digits with the exact
 * decimal expansion of the midpoint between them, digit by digit.
 *
 * Big integers here are fixed arrays of 32-bit words (products need only
 * 32x32->64, which the Cortex-M3 has in one instruction; digits come from
 * a 32/32 division).  The largest one needed is about 1190 bits (10**349
 * while reading 1e-330, or r*10 while printing 2**-1074), hence BIGW.
 */
#include "dtoa.h"

#include <string.h>

/* ---- IEEE-754 binary64 bits ---- */

#define EXP_MASK 0x7FF0000000000000ull
#define MANT_MASK 0x000FFFFFFFFFFFFFull
#define SIGN_BIT 0x8000000000000000ull
#define HIDDEN 0x0010000000000000ull

static uint64_t dbits(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static double bitsd(uint64_t u)
{
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

static int bitlen64(uint64_t v)
{
    int n = 0;
    while (v) {
        n++;
        v >>= 1;
    }
    return n;
}

/* floor(a / 2**b) for possibly negative a, without relying on >> */
static int floor_shift(int32_t a, int b)
{
    if (a >= 0)
        return a >> b;
    return -(int)((((uint32_t)-a) + ((1u << b) - 1)) >> b);
}

/* ---- fixed-size big integers ---- */

#define BIGW 41

typedef struct Big {
    int n;              /* words in use; w[n-1] != 0, n == 0 for zero */
    uint32_t w[BIGW];
} Big;

static void big_set(Big *a, uint64_t v)
{
    a->w[0] = (uint32_t)v;
    a->w[1] = (uint32_t)(v >> 32);
    a->n = (v >> 32) ? 2 : v ? 1 : 0;
}

static void big_trim(Big *a)
{
    while (a->n > 0 && a->w[a->n - 1] == 0)
        a->n--;
}

static int big_bitlen(const Big *a)
{
    return a->n ? (a->n - 1) * 32 + bitlen64(a->w[a->n - 1]) : 0;
}

/* a = a * m + c */
static void big_muladd(Big *a, uint32_t m, uint32_t c)
{
    uint64_t carry = c;
    for (int i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->w[i] * m + carry;
        a->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        a->w[a->n++] = (uint32_t)carry;
}

static const uint32_t pow10_32[10] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u, 1000000000u,
};

static void big_mul_pow10(Big *a, int k)
{
    for (; k >= 9; k -= 9)
        big_muladd(a, 1000000000u, 0);
    if (k > 0)
        big_muladd(a, pow10_32[k], 0);
}

static void big_shl(Big *a, int bits)
{
    if (a->n == 0 || bits <= 0)
        return;
    int ws = bits / 32, bs = bits % 32, n = a->n;
    if (bs) {
        uint32_t top = a->w[n - 1] >> (32 - bs);
        for (int i = n - 1; i > 0; i--)
            a->w[i + ws] = (a->w[i] << bs) | (a->w[i - 1] >> (32 - bs));
        a->w[ws] = a->w[0] << bs;
        if (top)
            a->w[n++ + ws] = top;
    } else {
        for (int i = n - 1; i >= 0; i--)
            a->w[i + ws] = a->w[i];
    }
    for (int i = 0; i < ws; i++)
        a->w[i] = 0;
    a->n = n + ws;
}

static int big_cmp(const Big *a, const Big *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n; i-- > 0;)
        if (a->w[i] != b->w[i])
            return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

/* a -= b, requires a >= b */
static void big_sub(Big *a, const Big *b)
{
    uint32_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        a->w[i] = (uint32_t)t;
        borrow = (uint32_t)(t >> 32) & 1;
    }
    big_trim(a);
}

static uint32_t word(const Big *a, int i) { return i < a->n ? a->w[i] : 0; }

/* sign of a + k*b - c (k small), without a temporary */
static int big_addcmp(const Big *a, const Big *b, uint32_t k, const Big *c)
{
    int n = a->n > b->n ? a->n : b->n;
    if (c->n > n)
        n = c->n;
    int64_t carry = 0;
    uint32_t any = 0;
    for (int i = 0; i < n; i++) {
        int64_t t = (int64_t)word(a, i) + (int64_t)k * word(b, i) - (int64_t)word(c, i) + carry;
        any |= (uint32_t)t;
        /* exact floor division: t minus its low word is a multiple of 2**32 */
        carry = (t - (int64_t)(uint32_t)t) / 4294967296LL;
    }
    return carry < 0 ? -1 : (carry > 0 || any) ? 1 : 0;
}

/* ---- digit generation ---- */

typedef struct Gen {
    Big r, s, m; /* value = r/s * 10**k; m/s = half gap below (shortest) */
    int k;       /* decimal point position of the first digit */
    int mshift;  /* half gap above = m << mshift */
} Gen;

/* Sets up v = F * 2**E (F > 0).  shortest: margins for a double whose
 * gap below is half the gap above when `unequal`, boundaries included
 * when high_ok (F even, round-half-even readers).  Afterwards r < s (or
 * r + m+ < s) and s's top word is in [2**27, 2**28): then 10 r < 2**32 *
 * top, so a digit is estimated from the top words alone (quorem). */
static void gen_init(Gen *g, uint64_t F, int E, bool shortest, bool unequal, bool high_ok)
{
    int ep = E > 0 ? E : 0, em = E < 0 ? -E : 0, u = unequal ? 1 : 0;
    big_set(&g->r, F);
    big_shl(&g->r, ep + 1 + u);
    big_set(&g->s, 1);
    big_shl(&g->s, em + 1 + u);
    g->mshift = u;
    if (shortest) {
        big_set(&g->m, 1);
        big_shl(&g->m, ep);
    }
    /* k <= true decimal exponent: 78913 / 2**18 is just below log10(2) */
    int k = floor_shift((bitlen64(F) - 1 + E) * 78913, 18);
    if (k >= 0) {
        big_mul_pow10(&g->s, k);
    } else {
        big_mul_pow10(&g->r, -k);
        if (shortest)
            big_mul_pow10(&g->m, -k);
    }
    for (;;) {
        int c = shortest ? big_addcmp(&g->r, &g->m, 1u << u, &g->s) : big_cmp(&g->r, &g->s);
        if (c < 0 || (c == 0 && shortest && !high_ok))
            break;
        big_muladd(&g->s, 10, 0);
        k++;
    }
    g->k = k;
    int sh = (28 - big_bitlen(&g->s) % 32 + 32) % 32;
    big_shl(&g->r, sh);
    big_shl(&g->s, sh);
    if (shortest)
        big_shl(&g->m, sh);
}

/* r = r mod s, returns floor(r / s) (< 10 given gen_init's invariant) */
static uint32_t quorem(Big *r, const Big *s)
{
    int n = s->n;
    if (r->n < n)
        return 0;
    uint32_t q = r->w[n - 1] / (s->w[n - 1] + 1);
    if (q) {
        uint64_t borrow = 0;
        for (int i = 0; i < n; i++) {
            uint64_t p = (uint64_t)q * s->w[i] + borrow;
            uint32_t lo = (uint32_t)p;
            borrow = p >> 32;
            if (r->w[i] < lo)
                borrow++;
            r->w[i] -= lo;
        }
        big_trim(r);
    }
    while (big_cmp(r, s) >= 0) {
        big_sub(r, s);
        q++;
    }
    return q;
}

static uint32_t gen_next(Gen *g)
{
    big_muladd(&g->r, 10, 0);
    return quorem(&g->r, &g->s);
}

/* Adds one to the last of buf[0..n) digits; a carry out of the top turns
 * "999" into "1" one place up.  Returns the new digit count (trailing
 * zeros dropped). */
static int round_up(char *buf, int n, int *k)
{
    while (n > 0 && buf[n - 1] == '9')
        n--;
    if (n == 0) {
        buf[0] = '1';
        (*k)++;
        return 1;
    }
    buf[n - 1]++;
    return n;
}

static void split(double x, uint64_t *f, int *e)
{
    uint64_t u = dbits(x);
    int be = (int)((u & EXP_MASK) >> 52);
    *f = u & MANT_MASK;
    if (be) {
        *f |= HIDDEN;
        *e = be - 1075;
    } else {
        *e = -1074;
    }
}

int dt_digits(double x, int mode, intptr_t ndigits, char *buf, size_t cap, int *decpt)
{
    uint64_t f;
    int e;
    split(x, &f, &e);
    if (cap == 0)
        return DT_ERR_SPACE;
    if (f == 0) {
        buf[0] = '0';
        *decpt = 1;
        return 1;
    }
    bool even = (f & 1) == 0;
    bool unequal = f == HIDDEN && e > -1074;
    Gen g;
    int n = 0;
    if (mode == DT_SHORTEST) {
        gen_init(&g, f, e, true, unequal, even);
        int k = g.k;
        uint32_t m_mul = 1u << g.mshift;
        for (;;) {
            big_muladd(&g.m, 10, 0);
            uint32_t d = gen_next(&g);
            int j = big_cmp(&g.r, &g.m);                    /* low end reached? */
            int j1 = big_addcmp(&g.r, &g.m, m_mul, &g.s);   /* high end? */
            if ((size_t)n >= cap)
                return DT_ERR_SPACE;
            if (j1 == 0 && even) {
                /* v + m+ is exactly the next digit up: Gay takes it only
                 * when the low end is not reachable */
                buf[n++] = (char)('0' + d);
                if (j > 0)
                    n = round_up(buf, n, &k);
                break;
            }
            if (j < 0 || (j == 0 && even)) {
                buf[n++] = (char)('0' + d);
                if (g.r.n && j1 > 0) {
                    int c = big_addcmp(&g.r, &g.r, 1, &g.s);
                    if (c > 0 || (c == 0 && (d & 1)))
                        n = round_up(buf, n, &k);
                }
                break;
            }
            if (j1 > 0) {
                buf[n++] = (char)('0' + d);
                n = round_up(buf, n, &k);
                break;
            }
            buf[n++] = (char)('0' + d);
        }
        while (n > 1 && buf[n - 1] == '0')
            n--;
        *decpt = k;
        return n;
    }
    gen_init(&g, f, e, false, false, false);
    int k = g.k;
    /* digits wanted.  Clamping keeps the sums small without changing the
     * result: past DT_MAX_DIGITS the expansion has ended (r == 0), and
     * below -2 * DT_MAX_DIGITS every double rounds to zero. */
    intptr_t nd = ndigits;
    if (nd > 2 * DT_MAX_DIGITS)
        nd = 2 * DT_MAX_DIGITS;
    if (nd < -2 * DT_MAX_DIGITS)
        nd = -2 * DT_MAX_DIGITS;
    intptr_t want = mode == DT_SIG ? (nd < 1 ? 1 : nd) : (intptr_t)k + nd;
    if (want <= 0) {
        /* rounding to 10**-ndigits with no digit left: the value is below
         * half a unit unless want == 0 and r/s > 1/2 (ties go to 0) */
        if (want == 0 && big_addcmp(&g.r, &g.r, 1, &g.s) > 0) {
            buf[0] = '1';
            *decpt = k + 1;
            return 1;
        }
        *decpt = ndigits < -2147483647 ? 2147483647 : (int)-ndigits;
        return 0;
    }
    bool exact = false;
    while (n < want) {
        if ((size_t)n >= cap)
            return DT_ERR_SPACE;
        buf[n++] = (char)('0' + gen_next(&g));
        if (g.r.n == 0) {
            exact = true;
            break;
        }
    }
    if (!exact) {
        int c = big_addcmp(&g.r, &g.r, 1, &g.s);
        if (c > 0 || (c == 0 && ((buf[n - 1] - '0') & 1)))
            n = round_up(buf, n, &k);
    }
    while (n > 0 && buf[n - 1] == '0')
        n--;
    *decpt = k;
    return n;
}

/* ---- formatting ---- */

/* upper bound of the decimal point position for |x| (finite, nonzero) */
static intptr_t decpt_bound(double x)
{
    int be = (int)((dbits(x) & EXP_MASK) >> 52);
    if (be == 0)
        return 1; /* subnormals are < 1e-307 */
    /* |x| < 2**(be-1022) <= 10**ceil((be-1022) * log10 2) */
    return floor_shift((be - 1022) * 78913, 18) + 2;
}

/* output bound for dt_format; precision < 0 counts as 0 */
static size_t format_bound(double x, char code, intptr_t prec)
{
    size_t p = prec > 0 ? (size_t)prec : 0;
    if (p > SIZE_MAX / 4)
        return SIZE_MAX;
    if (code == 'f' || code == 'F') {
        intptr_t k = decpt_bound(x);
        return 12 + (size_t)(k > 1 ? k : 1) + p;
    }
    return 26 + p; /* 'e', 'g': p digits, "-0.000" or "-.e+308"; 'r': 24 */
}

size_t dt_format_size(double x, char code, intptr_t precision)
{
    return format_bound(x, code, precision);
}

/* Digits and layout of x for code e/f/g/r (lowercase; upper separately),
 * as PyOS_double_to_string: writes the digits to out[0..) and describes
 * the rest in *num (sign excluded: *neg).  Returns 0 or DT_ERR_SPACE. */
static int float_num(double x, char code, bool upper, intptr_t prec, unsigned flags,
                     char *out, size_t cap, FsNum *num, bool *neg)
{
    uint64_t u = dbits(x);
    memset(num, 0, sizeof *num);
    num->digits = out;
    *neg = (u & SIGN_BIT) != 0;
    if ((u & EXP_MASK) == EXP_MASK) {
        const char *w = (u & MANT_MASK) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (u & MANT_MASK)
            *neg = false; /* CPython ignores the sign of a NaN */
        memcpy(num->suffix, w, 3);
        num->nsuffix = 3;
        return 0;
    }
    int mode = DT_SHORTEST;
    intptr_t nreq = 0;
    if (code == 'e') {
        mode = DT_SIG;
        nreq = prec + 1;
    } else if (code == 'f') {
        mode = DT_FIXED;
        nreq = prec;
    } else if (code == 'g') {
        mode = DT_SIG;
        if (prec == 0)
            prec = 1;
        nreq = prec;
    }
    int decpt;
    int nd = dt_digits(x, mode, nreq, out, cap, &decpt);
    if (nd < 0)
        return nd;
    if ((flags & DT_NO_NEG_0) && *neg && (nd == 0 || (nd == 1 && out[0] == '0')))
        *neg = false;
    bool add_dot_0 = (flags & DT_ADD_DOT_0) != 0, alt = (flags & DT_ALT) != 0;
    bool use_exp = false;
    intptr_t dp = decpt, vend = nd;
    switch (code) {
    case 'e':
        use_exp = true;
        vend = prec + 1;
        break;
    case 'f':
        vend = dp + prec;
        break;
    case 'g':
        if (dp <= -4 || dp > (add_dot_0 ? prec - 1 : prec))
            use_exp = true;
        if (alt)
            vend = prec;
        break;
    default: /* 'r' */
        if (dp <= -4 || dp > 16)
            use_exp = true;
        break;
    }
    int exp10 = 0;
    if (use_exp) {
        exp10 = (int)dp - 1;
        dp = 1;
    }
    intptr_t vstart = dp <= 0 ? dp - 1 : 0;
    intptr_t minend = (!use_exp && add_dot_0) ? dp + 1 : dp;
    if (vend < minend)
        vend = minend;
    if (vend < nd)
        vend = nd;
    num->nd = nd;
    num->vstart = vstart;
    num->decpt = dp;
    num->vend = vend;
    num->point = vend > dp || alt;
    if (use_exp) {
        char *p = num->suffix;
        *p++ = upper ? 'E' : 'e';
        *p++ = exp10 < 0 ? '-' : '+';
        unsigned a = (unsigned)(exp10 < 0 ? -exp10 : exp10);
        if (a >= 100)
            *p++ = (char)('0' + a / 100);
        *p++ = (char)('0' + a / 10 % 10);
        *p++ = (char)('0' + a % 10);
        num->nsuffix = (uint8_t)(p - num->suffix);
    }
    return 0;
}

static char lower_code(char c, bool *upper)
{
    *upper = c == 'E' || c == 'F' || c == 'G';
    return *upper ? (char)(c - 'A' + 'a') : c;
}

intptr_t dt_format(double x, char code, intptr_t precision, unsigned flags, char *out,
                   size_t cap)
{
    if (precision < 0)
        precision = 0;
    if (cap < format_bound(x, code, precision) || precision > INTPTR_MAX / 4)
        return DT_ERR_SPACE;
    bool upper;
    char c = lower_code(code, &upper);
    if (c != 'e' && c != 'f' && c != 'g')
        c = 'r';
    FsNum num;
    bool neg;
    int r = float_num(x, c, upper, precision, flags, out, cap, &num, &neg);
    if (r < 0)
        return r;
    num.sign = neg ? '-' : (flags & DT_SIGN) ? '+' : 0;
    FsSpec plain;
    memset(&plain, 0, sizeof plain);
    plain.fill = ' ';
    plain.width = plain.precision = -1;
    intptr_t n = fs_num_layout(&plain, &num, out, cap);
    return n < 0 ? DT_ERR_SPACE : n;
}

size_t dt_repr(double x, char out[DT_REPR_SIZE])
{
    intptr_t n = dt_format(x, 'r', 0, DT_ADD_DOT_0, out, DT_REPR_SIZE - 1);
    if (n < 0)
        n = 0; /* cannot happen: repr needs at most 24 chars */
    out[n] = 0;
    return (size_t)n;
}

/* Type checks and CPython's mapping of the spec onto a PyOS code. */
static int spec_code(const FsSpec *spec, char *code, intptr_t *prec, unsigned *flags)
{
    uint32_t t = spec->type;
    switch (t) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n': case 0:
        break;
    default:
        return FS_ERR_UNKNOWN_CODE;
    }
    if (spec->precision > 2147483647)
        return FS_ERR_PRECISION_BIG;
    *flags = (spec->alt ? DT_ALT : 0) | (spec->no_neg_zero ? DT_NO_NEG_0 : 0);
    intptr_t p = spec->precision, dflt = 6;
    char c = (char)t;
    if (t == 0) {
        *flags |= DT_ADD_DOT_0;
        c = 'r';
        dflt = 0;
    } else if (t == 'n') {
        c = 'g';
    } else if (t == '%') {
        c = 'f';
    }
    if (p < 0)
        p = dflt;
    else if (c == 'r')
        c = 'g';
    *code = c;
    *prec = p;
    return FS_OK;
}

/* bound for the spec path, given the code and the (scaled) value */
static size_t spec_bound(const FsSpec *spec, double xs, char code, intptr_t prec)
{
    size_t b = format_bound(xs, code, prec);
    size_t w = spec->width > 0 ? (size_t)spec->width : 0;
    if (b > SIZE_MAX / 4 || w > SIZE_MAX / 16)
        return SIZE_MAX;
    return b + b / 3 + w * 4 + 2; /* separators, fill, '%' */
}

size_t dt_format_spec_size(const FsSpec *spec, double x)
{
    char code = 'r';
    intptr_t prec = 0;
    unsigned flags = 0;
    if (spec_code(spec, &code, &prec, &flags) != FS_OK)
        return 1;
    if (spec->type == '%')
        x *= 100.0;
    return spec_bound(spec, x, code, prec);
}

intptr_t dt_format_spec(const FsSpec *spec, double x, char *out, size_t cap)
{
    char code = 'r';
    intptr_t prec = 0;
    unsigned flags = 0;
    int r = spec_code(spec, &code, &prec, &flags);
    if (r != FS_OK)
        return r;
    if (spec->type == '%')
        x *= 100.0; /* in binary, as CPython: format(x, '%') rounds twice */
    if (cap < spec_bound(spec, x, code, prec) || prec > INTPTR_MAX / 4)
        return FS_ERR_SPACE;
    bool upper;
    char c = lower_code(code, &upper);
    FsNum num;
    bool neg;
    r = float_num(x, c, upper, prec, flags, out, cap, &num, &neg);
    if (r < 0)
        return FS_ERR_SPACE;
    num.sign = neg ? '-' : spec->sign == '+' ? '+' : spec->sign == ' ' ? ' ' : 0;
    if (spec->type == '%')
        num.suffix[num.nsuffix++] = '%';
    if (spec->grouping && spec->type != 'n')
        num.group = 3;
    return fs_num_layout(spec, &num, out, cap);
}

/* ---- decimal to binary ---- */

/* Correctly rounded (q + frac) * 2**e2 where frac in [0,1) is nonzero iff
 * sticky; q > 0 and has at least 55 bits whenever sticky is set, so the
 * bits below the kept ones decide the rounding. */
static double make_double(uint64_t q, int e2, bool sticky)
{
    int L = bitlen64(q);
    int x = L - 1 + e2; /* exponent of the leading bit */
    if (x > 1023)
        return bitsd(EXP_MASK);
    int keep = x >= -1022 ? 53 : x + 1075; /* bits that fit the format */
    if (keep < 0)
        return 0.0;
    int drop = L - keep;
    uint64_t mant;
    if (drop <= 0) {
        mant = q << -drop;
    } else {
        uint64_t rest, half;
        if (drop >= 64) {
            /* only reachable with keep == 0 and L == 64 */
            mant = 0;
            rest = q;
            half = (uint64_t)1 << 63;
            if (drop > 64)
                return 0.0;
        } else {
            mant = q >> drop;
            rest = q & (((uint64_t)1 << drop) - 1);
            half = (uint64_t)1 << (drop - 1);
        }
        if (rest > half || (rest == half && (sticky || (mant & 1))))
            mant++;
    }
    uint64_t bits;
    if (keep == 53 && x >= -1022) /* normal: the hidden bit carries into the exponent */
        bits = ((uint64_t)(x + 1022) << 52) + mant;
    else
        bits = mant; /* subnormal; a carry to 2**52 is the smallest normal */
    if (bits >= EXP_MASK)
        return bitsd(EXP_MASK);
    return bitsd(bits);
}

/* correctly rounded a: its top 64 bits, and a sticky bit for the rest */
static double big_to_double(const Big *a)
{
    int L = big_bitlen(a);
    if (L <= 64) {
        uint64_t v = ((uint64_t)word(a, 1) << 32) | word(a, 0);
        return make_double(v, 0, false);
    }
    int lo = L - 64, wi = lo / 32, bi = lo % 32;
    uint64_t w0 = word(a, wi), w1 = word(a, wi + 1), w2 = word(a, wi + 2), q;
    if (bi == 0)
        q = w0 | (w1 << 32);
    else
        q = (w0 >> bi) | (w1 << (32 - bi)) | (w2 << (64 - bi));
    bool sticky = (w0 & ((1u << bi) - 1)) != 0;
    for (int i = 0; i < wi && !sticky; i++)
        sticky = a->w[i] != 0;
    return make_double(q, lo, sticky);
}

/* a = 2a + bit */
static void big_shl1(Big *a, uint32_t bit)
{
    for (int i = 0; i < a->n; i++) {
        uint32_t w = a->w[i];
        a->w[i] = (w << 1) | bit;
        bit = w >> 31;
    }
    if (bit)
        a->w[a->n++] = bit;
}

/* Correctly rounded M * 10**e10, M > 0, by big-integer arithmetic. */
static double scale_exact(uint64_t M, int e10)
{
    Big a;
    if (e10 >= 0) {
        big_set(&a, M);
        big_mul_pow10(&a, e10);
        return big_to_double(&a);
    }
    /* Q = floor(N / D), N = M * 2**sh, D = 10**-e10, with sh chosen so
     * that Q is in [2**62, 2**64): plenty of bits for make_double.  Plain
     * shift-and-subtract long division: a = N >> 64 < D to start with,
     * then the 64 low bits of N come in one at a time.  D rarely exceeds
     * a few words; even 10**349 costs only 64 passes over 37 words. */
    Big d;
    big_set(&d, 1);
    big_mul_pow10(&d, -e10);
    int sh = big_bitlen(&d) + 63 - bitlen64(M); /* >= 3: D >= 10, M < 2**64 */
    uint64_t low, q = 0;
    if (sh >= 64) {
        big_set(&a, M);
        big_shl(&a, sh - 64);
        low = 0;
    } else {
        big_set(&a, M >> (64 - sh));
        low = M << sh;
    }
    for (int i = 0; i < 64; i++) {
        big_shl1(&a, (uint32_t)(low >> 63));
        low <<= 1;
        q <<= 1;
        if (big_cmp(&a, &d) >= 0) {
            big_sub(&a, &d);
            q |= 1;
        }
    }
    return make_double(q, -sh, a.n != 0);
}

static const double pow10_d[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Decimal digits of the input: p points at the first significant digit,
 * non-digits ('.', '_') in between are skipped; nd digits in all. */
typedef struct Dec {
    const char *p;
    size_t nd;
    int64_t decpt; /* value = 0.DIGITS * 10**decpt */
} Dec;

/* sign of value(dec) - (2f+1) * 2**(e-1): digit-by-digit comparison with
 * the exact expansion of the midpoint above the double f * 2**e */
static int cmp_midpoint(const Dec *dec, uint64_t f, int e)
{
    Gen g;
    gen_init(&g, 2 * f + 1, e - 1, false, false, false);
    if (dec->decpt != g.k)
        return dec->decpt > g.k ? 1 : -1;
    const char *p = dec->p;
    for (size_t i = 0; i < dec->nd; i++) {
        while (!is_digit(*p))
            p++;
        uint32_t vd = (uint32_t)(*p++ - '0');
        uint32_t hd = g.r.n ? gen_next(&g) : 0;
        if (vd != hd)
            return vd > hd ? 1 : -1;
    }
    return g.r.n ? -1 : 0;
}

static double dec_to_double(const Dec *dec)
{
    if (dec->decpt > 310)
        return bitsd(EXP_MASK);
    if (dec->decpt < -330)
        return 0.0;
    size_t take = dec->nd < 19 ? dec->nd : 19;
    uint64_t M = 0;
    const char *p = dec->p;
    for (size_t i = 0; i < take; p++) {
        if (is_digit(*p)) {
            M = M * 10 + (uint64_t)(*p - '0');
            i++;
        }
    }
    int e10 = (int)dec->decpt - (int)take;
    if (dec->nd <= 19 && M <= ((uint64_t)1 << 53)) {
        /* Clinger: both operands exact, so one rounding */
        if (e10 >= -22 && e10 <= 22)
            return e10 >= 0 ? (double)M * pow10_d[e10] : (double)M / pow10_d[-e10];
        if (e10 > 22 && e10 <= 22 + 15) {
            uint64_t m2 = M;
            int i = 0;
            for (; i < e10 - 22 && m2 <= ((uint64_t)1 << 53) / 10; i++)
                m2 *= 10;
            if (i == e10 - 22)
                return (double)m2 * 1e22;
        }
    }
    double b = scale_exact(M, e10);
    if (dec->nd > 19) {
        uint64_t u = dbits(b);
        if ((u & EXP_MASK) != EXP_MASK) {
            uint64_t f;
            int e;
            split(b, &f, &e);
            int c = cmp_midpoint(dec, f, e);
            if (c > 0 || (c == 0 && (u & 1)))
                b = bitsd(u + 1);
        }
    }
    return b;
}

/* Reads digit ( ['_'] digit )* at s[*i..len); counts digits into *count.
 * Returns false on a misplaced underscore. */
static bool digitpart(const char *s, size_t len, size_t *i, size_t *count)
{
    size_t j = *i;
    *count = 0;
    while (j < len && is_digit(s[j])) {
        j++;
        (*count)++;
        if (j + 1 < len && s[j] == '_' && is_digit(s[j + 1]))
            j++;
        else if (j < len && s[j] == '_')
            return false;
    }
    *i = j;
    return true;
}

/* A number without sign: mantissa and optional exponent, all of s[0..len). */
static int parse_number(const char *s, size_t len, double *out)
{
    size_t i = 0, nint, nfrac = 0;
    if (!digitpart(s, len, &i, &nint))
        return DT_ERR_SYNTAX;
    size_t mant_end;
    if (i < len && s[i] == '.') {
        i++;
        if (i < len && s[i] == '_')
            return DT_ERR_SYNTAX;
        if (!digitpart(s, len, &i, &nfrac))
            return DT_ERR_SYNTAX;
    }
    if (nint + nfrac == 0)
        return DT_ERR_SYNTAX;
    mant_end = i;
    int64_t exp = 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        bool eneg = false;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            eneg = s[i++] == '-';
        size_t start = i, ne;
        if (!digitpart(s, len, &i, &ne) || ne == 0)
            return DT_ERR_SYNTAX;
        for (size_t j = start; j < i; j++)
            if (is_digit(s[j]) && exp < 1000000000)
                exp = exp * 10 + (s[j] - '0');
        if (eneg)
            exp = -exp;
    }
    if (i != len)
        return DT_ERR_SYNTAX;
    /* significant digits: first and last nonzero */
    Dec dec = {NULL, 0, 0};
    size_t idx = 0, first = 0, last = 0;
    for (size_t j = 0; j < mant_end; j++) {
        if (!is_digit(s[j]))
            continue;
        if (s[j] != '0') {
            if (!dec.p) {
                dec.p = s + j;
                first = idx;
            }
            last = idx;
        }
        idx++;
    }
    if (!dec.p) {
        *out = 0.0;
        return DT_OK;
    }
    dec.nd = last - first + 1;
    dec.decpt = (int64_t)nint - (int64_t)first + exp;
    *out = dec_to_double(&dec);
    return DT_OK;
}

/* Length of a whitespace character (Python's str.isspace, as int() and
 * float() strip it) at s[0..n), or 0. */
static size_t space_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0)
        return 0;
    if (u[0] == ' ' || (u[0] >= 9 && u[0] <= 13))
        return 1;
    if (n >= 2 && u[0] == 0xC2 && (u[1] == 0x85 || u[1] == 0xA0))
        return 2;
    if (n >= 3) {
        unsigned c = ((unsigned)u[0] << 16) | ((unsigned)u[1] << 8) | u[2];
        if (c == 0xE19A80 || (c >= 0xE28080 && c <= 0xE2808A) || c == 0xE280A8 ||
            c == 0xE280A9 || c == 0xE280AF || c == 0xE2819F || c == 0xE38080)
            return 3;
    }
    return 0;
}

/* Length of a whitespace character ending at s[n-1], or 0. */
static size_t space_before(const char *s, size_t n)
{
    for (size_t k = 1; k <= 3 && k <= n; k++)
        if (space_at(s + n - k, k) == k)
            return k;
    return 0;
}

static bool word_is(const char *s, size_t n, const char *w)
{
    if (strlen(w) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != w[i])
            return false;
    return true;
}

int dt_parse(const char *s, size_t len, double *out)
{
    size_t k;
    while ((k = space_at(s, len)) != 0) {
        s += k;
        len -= k;
    }
    while ((k = space_before(s, len)) != 0)
        len -= k;
    bool neg = false;
    if (len && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s++;
        len--;
    }
    double v;
    if (word_is(s, len, "inf") || word_is(s, len, "infinity")) {
        v = bitsd(EXP_MASK);
    } else if (word_is(s, len, "nan")) {
        v = bitsd(EXP_MASK | ((uint64_t)1 << 51));
    } else {
        int r = parse_number(s, len, &v);
        if (r != DT_OK)
            return r;
    }
    *out = neg ? -v : v;
    return DT_OK;
}

int dt_parse_literal(const char *s, size_t len, double *out)
{
    if (len == 0 || !(is_digit(s[0]) || s[0] == '.'))
        return DT_ERR_SYNTAX;
    return parse_number(s, len, out);
}

/* ---- rounding ---- */

double dt_rint(double x)
{
    uint64_t u = dbits(x);
    int be = (int)((u & EXP_MASK) >> 52);
    if (be >= 1075)
        return x; /* integral, inf or nan */
    uint64_t sign = u & SIGN_BIT;
    if (be < 1022)
        return bitsd(sign); /* |x| < 0.5 */
    uint64_t m = (u & MANT_MASK) | HIDDEN;
    int s = 1075 - be; /* 1..53 fraction bits */
    uint64_t q = m >> s, rest = m & (((uint64_t)1 << s) - 1), half = (uint64_t)1 << (s - 1);
    if (rest > half || (rest == half && (q & 1)))
        q++;
    double r = (double)q;
    return sign ? -r : r;
}

int dt_round(double x, intptr_t ndigits, double *out)
{
    uint64_t u = dbits(x);
    if ((u & EXP_MASK) == EXP_MASK || (u & ~SIGN_BIT) == 0 || ndigits > 323) {
        *out = x;
        return DT_OK;
    }
    if (ndigits < -308) {
        *out = bitsd(u & SIGN_BIT);
        return DT_OK;
    }
    /* integral already: nothing to round at or after the point */
    if (ndigits >= 0 && ((u & EXP_MASK) >> 52) >= 1075) {
        *out = x;
        return DT_OK;
    }
    /* below 2**53 at most 16 integer digits + 323 fraction digits; above,
     * ndigits < 0 and at most 309 digits */
    char buf[344];
    int decpt;
    int n = dt_digits(x, DT_FIXED, ndigits, buf, sizeof buf, &decpt);
    double v = 0.0;
    if (n > 0) {
        Dec dec = {buf, (size_t)n, decpt};
        v = dec_to_double(&dec);
        if ((dbits(v) & EXP_MASK) == EXP_MASK)
            return DT_ERR_OVERFLOW;
    }
    *out = (u & SIGN_BIT) ? -v : v;
    return DT_OK;
}

/* ---- hashing ---- */

intptr_t dt_hash(double x)
{
    /* CPython: hash is the value modulo P = 2**B - 1, B = 61 or 31; the
     * powers of two cycle (2**B == 1 mod P), so f * 2**e reduces to
     * (f mod P) rotated left by (e mod B) within B bits. */
    const int B = sizeof(intptr_t) >= 8 ? 61 : 31;
    const uint64_t P = ((uint64_t)1 << B) - 1;
    uint64_t u = dbits(x);
    if ((u & EXP_MASK) == EXP_MASK) {
        if (u & MANT_MASK)
            return 0;
        return (u & SIGN_BIT) ? -314159 : 314159;
    }
    uint64_t f;
    int e;
    split(x, &f, &e);
    uint64_t h = f;
    while (h > P)
        h = (h & P) + (h >> B);
    if (h == P)
        h = 0;
    int r = e % B;
    if (r < 0)
        r += B;
    if (r)
        h = ((h << r) & P) | (h >> (B - r));
    intptr_t v = (intptr_t)h;
    if (u & SIGN_BIT)
        v = -v;
    return v == -1 ? -2 : v;
}
