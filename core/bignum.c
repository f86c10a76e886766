/*
 * bignum.c - arbitrary-precision integers on caller-owned 16-bit digits
 * (see bignum.h).
 *
 * The "mag_" helpers work on bare magnitudes (digit array + count) and
 * return the normalised count of their result; the bn_ functions add
 * Python's sign rules on top.  Every intermediate fits in 32 bits:
 * (2**16-1)**2 + 2*(2**16-1) == 2**32-1.
 */
#include "bignum.h"

#include <string.h>

#define B 65536u
#define MASK 0xFFFFu

static size_t maxz(size_t a, size_t b) { return a > b ? a : b; }

/* Sizes beyond this are reported as SIZE_MAX, so that a caller's
 * n * sizeof(BnDigit) can never wrap around. */
#define SIZE_LIMIT (SIZE_MAX / 32)

static uint64_t dbl_bits(double x);

static size_t norm(const BnDigit *d, size_t n)
{
    while (n && d[n - 1] == 0)
        n--;
    return n;
}

static void set(Bn *r, size_t n, bool neg)
{
    r->n = norm(r->d, n);
    r->neg = r->n ? neg : false;
}

static int bitlen32(uint32_t v)
{
    int n = 0;
    while (v) {
        n++;
        v >>= 1;
    }
    return n;
}

/* ---- magnitudes ---- */

static int mag_cmp(const BnDigit *a, size_t na, const BnDigit *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    while (na--)
        if (a[na] != b[na])
            return a[na] < b[na] ? -1 : 1;
    return 0;
}

/* r = a + b, na >= nb; r has room for na + 1 (r may be a) */
static size_t mag_add(BnDigit *r, const BnDigit *a, size_t na, const BnDigit *b, size_t nb)
{
    uint32_t c = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        c += (uint32_t)a[i] + b[i];
        r[i] = (BnDigit)c;
        c >>= 16;
    }
    for (; i < na; i++) {
        c += a[i];
        r[i] = (BnDigit)c;
        c >>= 16;
    }
    r[i] = (BnDigit)c;
    return norm(r, na + 1);
}

/* r = a - b, a >= b (r may be a) */
static size_t mag_sub(BnDigit *r, const BnDigit *a, size_t na, const BnDigit *b, size_t nb)
{
    uint32_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        uint32_t t = (uint32_t)a[i] - b[i] - borrow;
        r[i] = (BnDigit)t;
        borrow = (t >> 16) & 1;
    }
    for (; i < na; i++) {
        uint32_t t = (uint32_t)a[i] - borrow;
        r[i] = (BnDigit)t;
        borrow = (t >> 16) & 1;
    }
    return norm(r, na);
}

/* d += 1 in place; d has room for n + 1 digits */
static size_t mag_inc(BnDigit *d, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (++d[i])
            return n;
    d[n] = 1;
    return n + 1;
}

/* r = a * b (schoolbook); r has na + nb digits, distinct from a and b */
static size_t mag_mul(BnDigit *r, const BnDigit *a, size_t na, const BnDigit *b, size_t nb)
{
    if (!na || !nb)
        return 0;
    memset(r, 0, (na + nb) * sizeof *r);
    for (size_t i = 0; i < na; i++) {
        uint32_t c = 0, ai = a[i];
        if (!ai)
            continue;
        for (size_t j = 0; j < nb; j++) {
            c += ai * b[j] + r[i + j];
            r[i + j] = (BnDigit)c;
            c >>= 16;
        }
        r[i + nb] = (BnDigit)c;
    }
    return norm(r, na + nb);
}

/* a = a * m + c in place; a has room for n + 1 */
static size_t mag_muladd1(BnDigit *a, size_t n, uint32_t m, uint32_t c)
{
    for (size_t i = 0; i < n; i++) {
        c += a[i] * m;
        a[i] = (BnDigit)c;
        c >>= 16;
    }
    if (c)
        a[n++] = (BnDigit)c;
    return n;
}

/* q = a / d (q may be a), returns the remainder; 0 < d < 2**16 */
static uint32_t mag_divrem1(BnDigit *q, const BnDigit *a, size_t n, uint32_t d)
{
    uint32_t rem = 0;
    while (n--) {
        uint32_t t = (rem << 16) | a[n];
        q[n] = (BnDigit)(t / d);
        rem = t % d;
    }
    return rem;
}

/* r = a << s (bits), r has na + s/16 + 1 digits; r may equal a */
static size_t mag_shl(BnDigit *r, const BnDigit *a, size_t na, size_t s)
{
    size_t ws = s / 16;
    unsigned bs = (unsigned)(s % 16);
    if (!na)
        return 0;
    r[na + ws] = 0;
    for (size_t i = na; i-- > 0;) {
        uint32_t v = (uint32_t)a[i] << bs;
        r[i + ws + 1] |= (BnDigit)(v >> 16);
        r[i + ws] = (BnDigit)v;
    }
    memset(r, 0, ws * sizeof *r);
    return norm(r, na + ws + 1);
}

/* r = a >> s (bits), r has na - s/16 digits (na > s/16); r may equal a */
static size_t mag_shr(BnDigit *r, const BnDigit *a, size_t na, size_t s)
{
    size_t ws = s / 16;
    unsigned bs = (unsigned)(s % 16);
    size_t n = na - ws;
    for (size_t i = 0; i < n; i++) {
        uint32_t v = a[i + ws] >> bs;
        if (bs && i + ws + 1 < na)
            v |= ((uint32_t)a[i + ws + 1] << (16 - bs)) & MASK;
        r[i] = (BnDigit)v;
    }
    return norm(r, n);
}

/* Knuth's algorithm D.  q gets na - nb + 1 digits, r nb digits (either
 * may be NULL); work holds na + nb + 1 digits.  na >= nb >= 2, b
 * normalised (b[nb-1] != 0). */
static void mag_divmod(BnDigit *q, BnDigit *r, const BnDigit *a, size_t na,
                       const BnDigit *b, size_t nb, BnDigit *work)
{
    int s = 16 - bitlen32(b[nb - 1]);
    BnDigit *vn = work, *un = work + nb;
    for (size_t i = nb; i-- > 0;)
        vn[i] = (BnDigit)(((uint32_t)b[i] << s) | (i && s ? (uint32_t)b[i - 1] >> (16 - s) : 0));
    un[na] = s ? (BnDigit)((uint32_t)a[na - 1] >> (16 - s)) : 0;
    for (size_t i = na; i-- > 0;)
        un[i] = (BnDigit)(((uint32_t)a[i] << s) | (i && s ? (uint32_t)a[i - 1] >> (16 - s) : 0));
    uint32_t vt = vn[nb - 1], v2 = vn[nb - 2];
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint32_t num = ((uint32_t)un[j + nb] << 16) | un[j + nb - 1];
        uint32_t qh = num / vt, rh = num % vt;
        while (qh >= B || qh * v2 > ((rh << 16) | un[j + nb - 2])) {
            qh--;
            rh += vt;
            if (rh >= B)
                break;
        }
        uint32_t carry = 0, borrow = 0;
        for (size_t i = 0; i < nb; i++) {
            uint32_t p = qh * vn[i] + carry;
            carry = p >> 16;
            uint32_t t = (uint32_t)un[i + j] - (p & MASK) - borrow;
            un[i + j] = (BnDigit)t;
            borrow = (t >> 16) & 1;
        }
        uint32_t t = (uint32_t)un[j + nb] - carry - borrow;
        un[j + nb] = (BnDigit)t;
        if ((t >> 16) & 1) {
            /* qh was one too large: add the divisor back */
            qh--;
            uint32_t c = 0;
            for (size_t i = 0; i < nb; i++) {
                c += (uint32_t)un[i + j] + vn[i];
                un[i + j] = (BnDigit)c;
                c >>= 16;
            }
            un[j + nb] = (BnDigit)(un[j + nb] + c);
        }
        if (q)
            q[j] = (BnDigit)qh;
    }
    if (r)
        for (size_t i = 0; i < nb; i++)
            r[i] = (BnDigit)((un[i] >> s) | (s ? ((uint32_t)un[i + 1] << (16 - s)) & MASK : 0));
}

/* ---- conversions ---- */

void bn_from_u64(Bn *r, uint64_t v)
{
    size_t n = 0;
    while (v) {
        r->d[n++] = (BnDigit)v;
        v >>= 16;
    }
    r->n = n;
    r->neg = false;
}

void bn_from_i64(Bn *r, int64_t v)
{
    bn_from_u64(r, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
    r->neg = v < 0;
}

void bn_from_intptr(Bn *r, intptr_t v) { bn_from_i64(r, (int64_t)v); }

static bool mag_to_u64(const Bn *a, uint64_t *m)
{
    if (a->n > 4)
        return false;
    uint64_t v = 0;
    for (size_t i = a->n; i-- > 0;)
        v = (v << 16) | a->d[i];
    *m = v;
    return true;
}

bool bn_to_i64(const Bn *a, int64_t *out)
{
    uint64_t m;
    if (!mag_to_u64(a, &m))
        return false;
    if (a->neg) {
        if (m > (uint64_t)1 << 63)
            return false;
        *out = m == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX)
            return false;
        *out = (int64_t)m;
    }
    return true;
}

bool bn_to_intptr(const Bn *a, intptr_t *out)
{
    int64_t v;
    if (!bn_to_i64(a, &v) || v < INTPTR_MIN || v > INTPTR_MAX)
        return false;
    *out = (intptr_t)v;
    return true;
}

/* Correctly rounded (q + frac) * 2**e2 (frac in [0,1), nonzero iff
 * sticky; q has 55+ bits when sticky), or +inf (as bits) on overflow.
 * Same method as dtoa.c's make_double; kept separate so that either unit
 * builds alone. */
static uint64_t round_bits(uint64_t q, int e2, bool sticky)
{
    int L = 0;
    for (uint64_t t = q; t; t >>= 1)
        L++;
    int x = L - 1 + e2;
    if (x > 1023)
        return 0x7FF0000000000000ull;
    int keep = x >= -1022 ? 53 : x + 1075;
    if (keep < 0)
        return 0;
    int drop = L - keep;
    uint64_t mant;
    if (drop <= 0) {
        mant = q << -drop;
    } else if (drop >= 64) {
        if (drop > 64)
            return 0;
        mant = (q > (uint64_t)1 << 63 || (q == (uint64_t)1 << 63 && sticky)) ? 1 : 0;
    } else {
        uint64_t rest = q & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
        mant = q >> drop;
        if (rest > half || (rest == half && (sticky || (mant & 1))))
            mant++;
    }
    uint64_t bits = keep == 53 && x >= -1022 ? ((uint64_t)(x + 1022) << 52) + mant : mant;
    return bits >= 0x7FF0000000000000ull ? 0x7FF0000000000000ull : bits;
}

static double from_bits(uint64_t u)
{
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

/* top 64 bits of a magnitude with bit length L > 64, and whether any bit
 * below them is set */
static uint64_t top64(const BnDigit *d, size_t n, size_t L, bool *sticky)
{
    size_t lo = L - 64;
    uint64_t q = 0;
    for (size_t k = 0; k < 64; k += 16) {
        size_t bit = lo + k, i = bit / 16;
        unsigned s = (unsigned)(bit % 16);
        uint32_t v = (uint32_t)(i < n ? d[i] : 0) >> s;
        if (s && i + 1 < n)
            v |= (uint32_t)d[i + 1] << (16 - s);
        q |= (uint64_t)(v & MASK) << k;
    }
    bool st = false;
    size_t wi = lo / 16;
    if (d[wi] & ((1u << (lo % 16)) - 1))
        st = true;
    for (size_t i = 0; i < wi && !st; i++)
        st = d[i] != 0;
    *sticky = st;
    return q;
}

int bn_to_double(const Bn *a, double *out)
{
    size_t L = bn_bit_length(a);
    uint64_t bits;
    if (L <= 64) {
        uint64_t m = 0;
        mag_to_u64(a, &m);
        bits = m ? round_bits(m, 0, false) : 0;
    } else if (L > 1100) {
        return BN_ERR_OVERFLOW;
    } else {
        bool sticky;
        uint64_t q = top64(a->d, a->n, L, &sticky);
        bits = round_bits(q, (int)(L - 64), sticky);
    }
    if (bits >= 0x7FF0000000000000ull)
        return BN_ERR_OVERFLOW;
    if (a->neg)
        bits |= 0x8000000000000000ull;
    *out = from_bits(bits);
    return BN_OK;
}

static uint64_t dbl_bits(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

size_t bn_from_double_size(double x)
{
    uint64_t u = dbl_bits(x);
    int be = (int)((u >> 52) & 0x7FF);
    if (be == 0x7FF)
        return 0;
    int e = be - 1075; /* value = m * 2**e, m < 2**53 */
    return (size_t)(e > 0 ? e : 0) / 16 + 6; /* 4 digits shifted, + carry */
}

int bn_from_double(Bn *r, double x)
{
    uint64_t u = dbl_bits(x);
    int be = (int)((u >> 52) & 0x7FF);
    if (be == 0x7FF)
        return (u << 12) ? BN_ERR_NAN : BN_ERR_INF;
    bool neg = (u >> 63) != 0;
    uint64_t m = u & 0x000FFFFFFFFFFFFFull;
    if (be)
        m |= 0x0010000000000000ull;
    int e = be ? be - 1075 : -1074;
    if (e < 0) {
        m = -e >= 64 ? 0 : m >> -e;
        bn_from_u64(r, m);
    } else {
        bn_from_u64(r, m);
        r->n = mag_shl(r->d, r->d, r->n, (size_t)e);
    }
    r->neg = neg && r->n;
    return BN_OK;
}

/* ---- queries ---- */

int bn_cmp(const Bn *a, const Bn *b)
{
    if (a->neg != b->neg)
        return a->neg ? -1 : 1;
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    return a->neg ? -c : c;
}

int bn_cmp_double(const Bn *a, double x)
{
    uint64_t u = dbl_bits(x);
    int be = (int)((u >> 52) & 0x7FF);
    if (be == 0x7FF)
        return (u << 12) ? BN_UNORDERED : (u >> 63) ? 1 : -1;
    /* compare with trunc(x) exactly, then let the fraction decide */
    BnDigit td[1024 / 16 + 2];
    Bn t = {td, 0, false};
    bn_from_double(&t, x);
    int c = bn_cmp(a, &t);
    if (c)
        return c;
    bool frac = be < 1075 && (be < 1023 ? (u << 1) != 0 : (u << (be - 1011)) != 0);
    if (!frac)
        return 0;
    return (u >> 63) ? 1 : -1; /* a == trunc(x): x lies beyond it, away from 0 */
}

size_t bn_bit_length(const Bn *a)
{
    return a->n ? (a->n - 1) * 16 + (size_t)bitlen32(a->d[a->n - 1]) : 0;
}

size_t bn_bit_count(const Bn *a)
{
    size_t c = 0;
    for (size_t i = 0; i < a->n; i++)
        for (uint32_t v = a->d[i]; v; v &= v - 1)
            c++;
    return c;
}

bool bn_is_odd(const Bn *a) { return a->n && (a->d[0] & 1); }

intptr_t bn_hash(const Bn *a)
{
    /* Horner's rule modulo P = 2**W - 1: multiplying by 2**16 is a
     * rotation within W bits because 2**W == 1 (mod P). */
    const unsigned W = sizeof(intptr_t) >= 8 ? 61 : 31;
    const uint64_t P = ((uint64_t)1 << W) - 1;
    uint64_t h = 0;
    for (size_t i = a->n; i-- > 0;) {
        h = ((h << 16) & P) | (h >> (W - 16));
        h += a->d[i];
        if (h >= P)
            h -= P;
    }
    intptr_t v = (intptr_t)h;
    if (a->neg)
        v = -v;
    return v == -1 ? -2 : v;
}

/* ---- add / sub / mul ---- */

size_t bn_add_size(const Bn *a, const Bn *b) { return maxz(a->n, b->n) + 1; }

/* r = a + (bneg ? -|b| : |b|) with b's sign given separately */
static void addsub(Bn *r, const Bn *a, const Bn *b, bool bneg)
{
    if (a->neg == bneg) {
        size_t n = a->n >= b->n ? mag_add(r->d, a->d, a->n, b->d, b->n)
                                : mag_add(r->d, b->d, b->n, a->d, a->n);
        set(r, n, a->neg);
    } else if (mag_cmp(a->d, a->n, b->d, b->n) >= 0) {
        set(r, mag_sub(r->d, a->d, a->n, b->d, b->n), a->neg);
    } else {
        set(r, mag_sub(r->d, b->d, b->n, a->d, a->n), bneg);
    }
}

void bn_add(Bn *r, const Bn *a, const Bn *b) { addsub(r, a, b, b->neg); }
void bn_sub(Bn *r, const Bn *a, const Bn *b) { addsub(r, a, b, b->n ? !b->neg : false); }

size_t bn_mul_size(const Bn *a, const Bn *b) { return a->n + b->n + 1; }

void bn_mul(Bn *r, const Bn *a, const Bn *b)
{
    set(r, mag_mul(r->d, a->d, a->n, b->d, b->n), a->neg != b->neg);
}

/* ---- division ---- */

size_t bn_divmod_qsize(const Bn *a, const Bn *b) { return a->n - (a->n < b->n ? a->n : b->n) + 2; }
size_t bn_divmod_rsize(const Bn *a, const Bn *b) { (void)a; return b->n + 1; }
size_t bn_divmod_scratch(const Bn *a, const Bn *b) { return 2 * (a->n + b->n) + 4; }

/* truncating |a| / |b|: q gets up to a->n digits (b->n == 1) or
 * a->n - b->n + 1, r up to b->n; work holds a->n + b->n + 1 */
static void mag_div(BnDigit *q, size_t *nq, BnDigit *r, size_t *nr, const Bn *a, const Bn *b,
                    BnDigit *work)
{
    if (a->n < b->n) {
        *nq = 0;
        memcpy(r, a->d, a->n * sizeof *r);
        *nr = a->n;
    } else if (b->n == 1) {
        uint32_t rem = mag_divrem1(q, a->d, a->n, b->d[0]);
        *nq = norm(q, a->n);
        r[0] = (BnDigit)rem;
        *nr = rem ? 1 : 0;
    } else {
        mag_divmod(q, r, a->d, a->n, b->d, b->n, work);
        *nq = norm(q, a->n - b->n + 1);
        *nr = norm(r, b->n);
    }
}

int bn_divmod(Bn *q, Bn *r, const Bn *a, const Bn *b, BnDigit *scratch)
{
    if (!b->n)
        return BN_ERR_ZERO_DIV;
    /* scratch: work (na + nb + 1), then a quotient (na + 2) and a
     * remainder (nb + 1) for whichever of q and r the caller omitted */
    BnDigit *work = scratch;
    BnDigit *qd = q ? q->d : scratch + a->n + b->n + 1;
    BnDigit *rd = r ? r->d : scratch + 2 * a->n + b->n + 3;
    size_t nq, nr;
    mag_div(qd, &nq, rd, &nr, a, b, work);
    bool neg = a->neg != b->neg;
    if (neg && nr) {
        /* floor: q = -(|q| + 1), r = |b| - |r| with b's sign */
        nq = mag_inc(qd, nq);
        nr = mag_sub(rd, b->d, b->n, rd, nr);
    }
    if (q)
        set(q, nq, neg);
    if (r)
        set(r, nr, b->neg);
    return BN_OK;
}

size_t bn_truediv_scratch(const Bn *a, const Bn *b) { return 5 * (a->n + b->n) + 32; }

int bn_truediv(const Bn *a, const Bn *b, double *out, BnDigit *scratch)
{
    if (!b->n)
        return BN_ERR_ZERO_DIV;
    bool neg = a->neg != b->neg;
    if (!a->n) {
        *out = from_bits(neg ? 0x8000000000000000ull : 0);
        return BN_OK;
    }
    size_t La = bn_bit_length(a), Lb = bn_bit_length(b);
    uint64_t bits;
    if (La <= 53 && Lb <= 53) {
        /* both exact as doubles: the division rounds once */
        double x, y;
        bn_to_double(a, &x);
        bn_to_double(b, &y);
        *out = x / y;
        return BN_OK;
    }
    if (La > Lb + 1100) {
        return BN_ERR_OVERFLOW;
    } else if (Lb > La + 1100) {
        bits = 0;
    } else {
        /* q = floor(|a| * 2**s / |b|) in [2**62, 2**64); whichever of a
         * and b is scaled, the quotient has at most 5 digits */
        long s = (long)Lb - (long)La + 63;
        size_t wa = s >= 0 ? (size_t)s / 16 : 0, wb = s < 0 ? (size_t)-s / 16 : 0;
        BnDigit *A = scratch, *Bd = A + a->n + wa + 2, *Q = Bd + b->n + wb + 2;
        BnDigit *R = Q + 8, *work = R + b->n + wb + 2;
        Bn an = {A, 0, false}, bv = {Bd, 0, false};
        if (s >= 0) {
            an.n = mag_shl(A, a->d, a->n, (size_t)s);
            memcpy(Bd, b->d, b->n * sizeof *Bd);
            bv.n = b->n;
        } else {
            memcpy(A, a->d, a->n * sizeof *A);
            an.n = a->n;
            bv.n = mag_shl(Bd, b->d, b->n, (size_t)-s);
        }
        size_t nq, nr;
        mag_div(Q, &nq, R, &nr, &an, &bv, work);
        uint64_t q = 0;
        for (size_t i = nq; i-- > 0;)
            q = (q << 16) | Q[i];
        bits = round_bits(q, (int)-s, nr != 0);
    }
    if (bits >= 0x7FF0000000000000ull)
        return BN_ERR_OVERFLOW;
    *out = from_bits(bits | (neg ? 0x8000000000000000ull : 0));
    return BN_OK;
}

/* ---- powers ---- */

/* e as a size_t, or false if larger */
static bool small_exp(const Bn *e, size_t *out)
{
    uint64_t m;
    if (!mag_to_u64(e, &m) || m > (uint64_t)(SIZE_MAX / 32))
        return false;
    *out = (size_t)m;
    return true;
}

/* |a| is 0 or 1: the power is trivial and any exponent works */
static bool trivial_base(const Bn *a) { return a->n == 0 || (a->n == 1 && a->d[0] == 1); }

size_t bn_pow_size(const Bn *a, const Bn *e)
{
    if (trivial_base(a) || e->n == 0)
        return 1;
    size_t k, L = bn_bit_length(a);
    if (!small_exp(e, &k) || k > (SIZE_LIMIT - 64) / L)
        return SIZE_MAX;
    return (L * k) / 16 + 4; /* products are written at full width */
}

size_t bn_pow_scratch(const Bn *a, const Bn *e) { return bn_pow_size(a, e); }

int bn_pow(Bn *r, const Bn *a, const Bn *e, BnDigit *scratch)
{
    if (e->neg)
        return BN_ERR_NEG_EXP;
    if (e->n == 0 || (a->n == 1 && a->d[0] == 1)) {
        r->d[0] = 1;
        set(r, 1, a->neg && bn_is_odd(e));
        return BN_OK;
    }
    if (a->n == 0) {
        set(r, 0, false);
        return BN_OK;
    }
    /* left to right square-and-multiply, alternating between r and scratch */
    BnDigit *cur = r->d, *tmp = scratch;
    memcpy(cur, a->d, a->n * sizeof *cur);
    size_t n = a->n;
    size_t top = bn_bit_length(e) - 1;
    for (size_t bit = top; bit-- > 0;) {
        n = mag_mul(tmp, cur, n, cur, n);
        BnDigit *t = cur;
        cur = tmp;
        tmp = t;
        if ((e->d[bit / 16] >> (bit % 16)) & 1) {
            n = mag_mul(tmp, cur, n, a->d, a->n);
            t = cur;
            cur = tmp;
            tmp = t;
        }
    }
    if (cur != r->d)
        memcpy(r->d, cur, n * sizeof *cur);
    set(r, n, a->neg && bn_is_odd(e));
    return BN_OK;
}

size_t bn_powmod_size(const Bn *m) { return m->n + 1; }

size_t bn_powmod_scratch(const Bn *a, const Bn *e, const Bn *m)
{
    (void)e;
    return 24 * (m->n + 2) + 2 * a->n + 16;
}

/* x mod M (M > 0, normalised magnitude) into out (nM digits) */
static size_t mag_mod(BnDigit *out, const BnDigit *x, size_t nx, const BnDigit *M, size_t nM,
                      BnDigit *work)
{
    Bn xa = {(BnDigit *)x, nx, false}, ma = {(BnDigit *)M, nM, false};
    size_t nq, nr;
    /* quotient goes to the work tail (nx - nM + 1 digits) */
    mag_div(work + nx + nM + 2, &nq, out, &nr, &xa, &ma, work);
    return nr;
}

/* inverse of x modulo M (0 < x < M) by the extended Euclidean algorithm
 * on signed values; false if gcd(x, M) != 1.  w: 16 * (nM + 2) digits. */
static bool mag_inverse(BnDigit *out, size_t *nout, const BnDigit *x, size_t nx,
                        const BnDigit *M, size_t nM, BnDigit *w)
{
    size_t sz = nM + 2;
    Bn r0 = {w, 0, false}, r1 = {w + sz, 0, false};
    Bn s0 = {w + 2 * sz, 0, false}, s1 = {w + 3 * sz, 0, false};
    Bn q = {w + 4 * sz, 0, false}, t = {w + 5 * sz, 0, false};
    Bn rr = {w + 6 * sz, 0, false}, prod = {w + 7 * sz, 0, false};
    BnDigit *dwork = w + 9 * sz + 2;
    memcpy(r0.d, M, nM * sizeof *M);
    r0.n = nM;
    memcpy(r1.d, x, nx * sizeof *x);
    r1.n = nx;
    s1.d[0] = 1;
    s1.n = 1;
    /* invariant: r0 == s0 * x (mod M), r1 == s1 * x (mod M); |s| <= M */
    while (r1.n) {
        bn_divmod(&q, &rr, &r0, &r1, dwork);
        bn_mul(&prod, &q, &s1);
        bn_sub(&t, &s0, &prod);
        Bn tmp = r0;
        r0 = r1;
        r1 = rr;
        rr = tmp;
        tmp = s0;
        s0 = s1;
        s1 = t;
        t = tmp;
    }
    if (!(r0.n == 1 && r0.d[0] == 1))
        return false;
    Bn mm = {(BnDigit *)M, nM, false};
    Bn res = {out, 0, false};
    bn_divmod(NULL, &res, &s0, &mm, dwork);
    *nout = res.n;
    return true;
}

int bn_powmod(Bn *r, const Bn *a, const Bn *e, const Bn *m, BnDigit *scratch)
{
    if (!m->n)
        return BN_ERR_MOD_ZERO;
    size_t nM = m->n, sz = nM + 2;
    const BnDigit *M = m->d;
    BnDigit *base = scratch, *x = scratch + sz, *t = scratch + 2 * sz;
    BnDigit *work = scratch + 4 * sz + 2; /* the rest */
    if (nM == 1 && M[0] == 1) {
        /* anything mod +-1 is 0, checked before inverting (as CPython) */
        set(r, 0, false);
        return BN_OK;
    }
    /* base = a mod |m|, non-negative */
    size_t nb = mag_mod(base, a->d, a->n, M, nM, work);
    if (a->neg && nb)
        nb = mag_sub(base, M, nM, base, nb);
    if (e->neg) {
        size_t ni;
        if (!nb || !mag_inverse(t, &ni, base, nb, M, nM, work))
            return BN_ERR_NOT_INVERTIBLE;
        memcpy(base, t, ni * sizeof *t);
        nb = ni;
    }
    x[0] = 1;
    size_t nx = 1;
    size_t top = bn_bit_length(e);
    for (size_t bit = top; bit-- > 0;) {
        size_t nt = mag_mul(t, x, nx, x, nx);
        nx = mag_mod(x, t, nt, M, nM, work);
        if ((e->d[bit / 16] >> (bit % 16)) & 1) {
            nt = mag_mul(t, x, nx, base, nb);
            nx = mag_mod(x, t, nt, M, nM, work);
        }
    }
    /* Python's sign: the result takes m's sign */
    if (m->neg && nx) {
        nx = mag_sub(r->d, M, nM, x, nx);
        set(r, nx, true);
    } else {
        memcpy(r->d, x, nx * sizeof *x);
        set(r, nx, false);
    }
    return BN_OK;
}

/* ---- shifts and bitwise ops ---- */

size_t bn_lshift_size(const Bn *a, size_t shift)
{
    if (!a->n)
        return 1;
    if (shift / 16 > SIZE_LIMIT - a->n)
        return SIZE_MAX;
    return a->n + shift / 16 + 1;
}

void bn_lshift(Bn *r, const Bn *a, size_t shift)
{
    set(r, mag_shl(r->d, a->d, a->n, shift), a->neg);
}

size_t bn_rshift_size(const Bn *a, size_t shift)
{
    size_t ws = shift / 16;
    return (a->n > ws ? a->n - ws : 0) + 2;
}

void bn_rshift(Bn *r, const Bn *a, size_t shift)
{
    size_t ws = shift / 16;
    size_t n = ws < a->n ? mag_shr(r->d, a->d, a->n, shift) : 0;
    if (a->neg) {
        /* floor toward -inf: add one if any 1 bit was shifted out */
        bool lost = false;
        for (size_t i = 0; i < ws && i < a->n && !lost; i++)
            lost = a->d[i] != 0;
        if (!lost && ws < a->n && shift % 16)
            lost = (a->d[ws] & ((1u << (shift % 16)) - 1)) != 0;
        if (lost)
            n = mag_inc(r->d, n);
    }
    set(r, n, a->neg);
}

size_t bn_bitop_size(const Bn *a, const Bn *b) { return maxz(a->n, b->n) + 1; }

enum { OP_AND, OP_OR, OP_XOR };

/* Digits are taken in two's complement on the fly: -x is ~(x - 1), i.e.
 * ~x + 1 with a running carry.  max(na, nb) + 1 digits cover the sign. */
static void bitop(Bn *r, const Bn *a, const Bn *b, int op)
{
    size_t n = maxz(a->n, b->n) + 1;
    bool rneg = op == OP_AND ? (a->neg && b->neg) : op == OP_OR ? (a->neg || b->neg)
                                                                 : (a->neg != b->neg);
    uint32_t ca = 1, cb = 1, cr = 1;
    for (size_t i = 0; i < n; i++) {
        uint32_t x = i < a->n ? a->d[i] : 0, y = i < b->n ? b->d[i] : 0, z;
        if (a->neg) {
            x = (~x & MASK) + ca;
            ca = x >> 16;
            x &= MASK;
        }
        if (b->neg) {
            y = (~y & MASK) + cb;
            cb = y >> 16;
            y &= MASK;
        }
        z = op == OP_AND ? x & y : op == OP_OR ? x | y : x ^ y;
        if (rneg) {
            z = (~z & MASK) + cr;
            cr = z >> 16;
            z &= MASK;
        }
        r->d[i] = (BnDigit)z;
    }
    set(r, n, rneg);
}

void bn_and(Bn *r, const Bn *a, const Bn *b) { bitop(r, a, b, OP_AND); }
void bn_or(Bn *r, const Bn *a, const Bn *b) { bitop(r, a, b, OP_OR); }
void bn_xor(Bn *r, const Bn *a, const Bn *b) { bitop(r, a, b, OP_XOR); }

size_t bn_invert_size(const Bn *a) { return a->n + 1; }

void bn_invert(Bn *r, const Bn *a)
{
    BnDigit one = 1;
    if (a->neg) /* ~(-x) == x - 1 */
        set(r, mag_sub(r->d, a->d, a->n, &one, 1), false);
    else        /* ~x == -(x + 1) */
    {
        memcpy(r->d, a->d, a->n * sizeof *r->d);
        set(r, mag_inc(r->d, a->n), true);
    }
}

/* ---- text ---- */

static const char lower_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

size_t bn_to_str_size(const Bn *a, int base)
{
    size_t L = bn_bit_length(a);
    size_t chars = base == 10 ? L / 3 + 2 : base == 8 ? L / 3 + 2 : base == 16 ? L / 4 + 2 : L + 2;
    size_t extra = base == 10 ? (a->n + 2) * sizeof(BnDigit) : 0; /* workspace */
    return chars + extra + 4; /* sign and prefix */
}

size_t bn_to_str(const Bn *a, int base, unsigned flags, char *out)
{
    const char *digs = lower_digits;
    char pre[4];
    size_t np = 0;
    if (a->neg)
        pre[np++] = '-';
    if ((flags & BN_STR_PREFIX) && base != 10) {
        pre[np++] = '0';
        pre[np++] = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    char upper[17];
    if (flags & BN_STR_UPPER) {
        for (int i = 0; i < 16; i++)
            upper[i] = (char)(i < 10 ? '0' + i : 'A' + i - 10);
        digs = upper;
    }
    size_t cap = bn_to_str_size(a, base);
    size_t len; /* digits are written right to left ending at out + end */
    size_t end;
    if (!a->n) {
        memcpy(out, pre, np);
        out[np] = '0';
        return np + 1;
    }
    if (base == 10) {
        /* repeated division by 10**4 of a copy kept at the (aligned) end
         * of the buffer; the text grows leftwards from below it */
        uintptr_t wa = (uintptr_t)(out + cap - (a->n + 1) * sizeof(BnDigit));
        wa &= ~(uintptr_t)(sizeof(BnDigit) - 1);
        BnDigit *w = (BnDigit *)wa;
        memcpy(w, a->d, a->n * sizeof *w);
        size_t n = a->n;
        end = (size_t)((char *)w - out);
        len = 0;
        while (n) {
            uint32_t rem = mag_divrem1(w, w, n, 10000);
            n = norm(w, n);
            for (int k = 0; k < 4; k++) {
                if (!n && !rem)
                    break;
                out[end - ++len] = (char)('0' + rem % 10);
                rem /= 10;
            }
        }
    } else {
        unsigned bits = base == 16 ? 4 : base == 8 ? 3 : 1;
        size_t L = bn_bit_length(a);
        end = cap;
        len = 0;
        for (size_t pos = 0; pos < L; pos += bits) {
            size_t i = pos / 16;
            unsigned s = (unsigned)(pos % 16);
            uint32_t v = (uint32_t)a->d[i] >> s;
            if (s + bits > 16 && i + 1 < a->n)
                v |= (uint32_t)a->d[i + 1] << (16 - s);
            out[end - ++len] = digs[v & ((1u << bits) - 1)];
        }
    }
    memmove(out + np, out + end - len, len);
    memcpy(out, pre, np);
    return np + len;
}

size_t bn_from_str_size(size_t len, int base)
{
    unsigned bpc = base <= 2 ? 1 : base <= 4 ? 2 : base <= 8 ? 3 : base <= 16 ? 4 : base <= 32 ? 5 : 6;
    if (base == 0)
        bpc = 4; /* decimal; prefixed forms take fewer bits per char */
    if (len > SIZE_LIMIT / 8)
        return SIZE_MAX;
    return len * bpc / 16 + 2;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Python's whitespace (str.isspace) as UTF-8: length at s, or 0 */
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

int bn_from_str(Bn *r, const char *s, size_t len, int base)
{
    if (base != 0 && (base < 2 || base > 36))
        return BN_ERR_BASE;
    size_t k;
    while ((k = space_at(s, len)) != 0) {
        s += k;
        len -= k;
    }
    for (;;) {
        size_t found = 0;
        for (k = 1; k <= 3 && k <= len; k++)
            if (space_at(s + len - k, k) == k) {
                found = k;
                break;
            }
        if (!found)
            break;
        len -= found;
    }
    bool neg = false;
    if (len && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s++;
        len--;
    }
    bool zero_only = false; /* base 0 with a leading 0: only zeros allowed */
    char c1 = len > 1 ? (char)(s[1] | 0x20) : 0;
    if (base == 0) {
        if (!len || s[0] != '0')
            base = 10;
        else if (c1 == 'x')
            base = 16;
        else if (c1 == 'o')
            base = 8;
        else if (c1 == 'b')
            base = 2;
        else {
            base = 10;
            zero_only = true;
        }
    }
    if (len >= 2 && s[0] == '0' &&
        ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))) {
        s += 2;
        len -= 2;
        if (len && s[0] == '_') {
            s++;
            len--;
        }
    }
    if (!len || s[0] == '_')
        return BN_ERR_SYNTAX;
    /* validate first, so a syntax error leaves r untouched */
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_') {
            if (i + 1 >= len || s[i + 1] == '_')
                return BN_ERR_SYNTAX;
        } else if (digit_value(s[i]) >= base) {
            return BN_ERR_SYNTAX;
        }
    }
    /* accumulate chunks of digits whose value fits 16 bits */
    uint32_t chunk_pow = (uint32_t)base;
    int per = 1;
    while (chunk_pow * (uint32_t)base <= MASK) {
        chunk_pow *= (uint32_t)base;
        per++;
    }
    size_t n = 0;
    uint32_t acc = 0, mul = 1;
    int cnt = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_')
            continue;
        acc = acc * (uint32_t)base + (uint32_t)digit_value(s[i]);
        mul *= (uint32_t)base;
        if (++cnt == per) {
            n = mag_muladd1(r->d, n, mul, acc);
            acc = 0;
            mul = 1;
            cnt = 0;
        }
    }
    if (cnt)
        n = mag_muladd1(r->d, n, mul, acc);
    n = norm(r->d, n);
    if (zero_only && n)
        return BN_ERR_SYNTAX;
    set(r, n, neg);
    return BN_OK;
}
