/*
 * bignum.h - arbitrary-precision signed integers with CPython's semantics
 * (docs/numbers.md).  Optional build unit: without it the VM keeps to
 * small ints and raises OverflowError.
 *
 * Representation: sign and magnitude, like CPython.  The magnitude is an
 * array of 16-bit digits, least significant first, so every primitive
 * step is a 16x16->32 multiply or a 32/16 divide, which a Cortex-M3 does
 * in one instruction each (no 64-bit helpers from libgcc).  A Bn is only a
 * view: the digits live wherever the caller keeps them (GC vectors, the
 * stack).  Nothing here allocates.
 *
 * INVARIANTS (inputs must satisfy them, outputs always do):
 *   - n == 0 for zero, else d[n-1] != 0 (normalised);
 *   - zero is never negative.
 *
 * Calling pattern: ask for the size, provide the buffers, call.
 *
 *     BnDigit *rd = alloc(bn_mul_size(&a, &b) * sizeof(BnDigit));
 *     Bn r = { rd, 0, false };
 *     bn_mul(&r, &a, &b);          // sets r.n, r.neg
 *
 * Result digits (r->d) must not overlap any input's digits, and scratch
 * areas must not overlap either.  Sizes are in digits, never more than
 * the bound returned; a bound of SIZE_MAX means "too large to represent"
 * (the VM raises MemoryError or OverflowError as CPython would), and any
 * other bound times sizeof(BnDigit) fits a size_t.
 *
 * Errors are negative BN_ERR_* codes; the comments name CPython's
 * exception and message for each.
 */
#ifndef BIGNUM_H
#define BIGNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint16_t BnDigit;
#define BN_DIGIT_BITS 16

typedef struct Bn {
    BnDigit *d;
    size_t n;
    bool neg;
} Bn;

/* digits needed for any intptr_t / int64_t value */
#define BN_INTPTR_DIGITS ((sizeof(intptr_t) * 8 + 15) / 16)
#define BN_I64_DIGITS 4

enum {
    BN_OK = 0,
    BN_ERR_ZERO_DIV = -1,    /* ZeroDivisionError: "integer division or modulo by zero"
                                (truediv: "division by zero") */
    BN_ERR_OVERFLOW = -2,    /* OverflowError: "int too large to convert to float"
                                (truediv: "integer division result too large for a float") */
    BN_ERR_SYNTAX = -3,      /* ValueError: "invalid literal for int() with base %d: %R" */
    BN_ERR_BASE = -4,        /* ValueError: "int() base must be >= 2 and <= 36, or 0" */
    BN_ERR_NAN = -5,         /* ValueError: "cannot convert float NaN to integer" */
    BN_ERR_INF = -6,         /* OverflowError: "cannot convert float infinity to integer" */
    BN_ERR_MOD_ZERO = -7,    /* ValueError: "pow() 3rd argument cannot be 0" */
    BN_ERR_NOT_INVERTIBLE = -8, /* ValueError: "base is not invertible for the given modulus" */
    BN_ERR_NEG_EXP = -9      /* bn_pow with e < 0: the VM computes a float instead */
};

/* ---- conversions ---- */
void bn_from_intptr(Bn *r, intptr_t v); /* r->d: BN_INTPTR_DIGITS digits */
void bn_from_i64(Bn *r, int64_t v);     /* r->d: BN_I64_DIGITS digits */
void bn_from_u64(Bn *r, uint64_t v);    /* r->d: BN_I64_DIGITS digits */
bool bn_to_intptr(const Bn *a, intptr_t *out); /* false if it does not fit */
bool bn_to_i64(const Bn *a, int64_t *out);
/* correctly rounded (half-even); BN_ERR_OVERFLOW if |a| rounds to >= 2**1024 */
int bn_to_double(const Bn *a, double *out);
/* int(x) for a double: truncation toward zero.  0 from size for nan/inf
 * (then bn_from_double returns BN_ERR_NAN / BN_ERR_INF). */
size_t bn_from_double_size(double x);
int bn_from_double(Bn *r, double x);

/* ---- queries ---- */
int bn_cmp(const Bn *a, const Bn *b); /* -1, 0, 1 */
/* exact comparison with a double, as Python's int/float comparisons
 * (2**53 + 1 != 2.0**53): -1, 0, 1, or BN_UNORDERED for NaN */
#define BN_UNORDERED 2
int bn_cmp_double(const Bn *a, double x);
size_t bn_bit_length(const Bn *a);    /* int.bit_length() */
size_t bn_bit_count(const Bn *a);     /* int.bit_count() */
bool bn_is_odd(const Bn *a);

/* hash(a) as CPython: |a| mod P with a's sign, -1 -> -2; P = 2**61-1 with
 * 64-bit intptr_t, 2**31-1 with 32-bit (CPython's own choice per word
 * size).  Equal ints and floats hash equal (dt_hash in dtoa.h). */
intptr_t bn_hash(const Bn *a);

/* the same for a small int held in a machine word (no bignum unit needed) */
static inline intptr_t bn_hash_int(intptr_t v)
{
    const uintptr_t P = sizeof(intptr_t) >= 8 ? (uintptr_t)((((uint64_t)1) << 61) - 1)
                                              : (uintptr_t)0x7FFFFFFF;
    uintptr_t m = v < 0 ? (uintptr_t)0 - (uintptr_t)v : (uintptr_t)v;
    m %= P;
    intptr_t h = v < 0 ? -(intptr_t)m : (intptr_t)m;
    return h == -1 ? -2 : h;
}

/* ---- sign (in place on the view) ---- */
static inline void bn_negate(Bn *a) { a->neg = a->n ? !a->neg : false; }
static inline void bn_absolute(Bn *a) { a->neg = false; }

/* ---- arithmetic ---- */
size_t bn_add_size(const Bn *a, const Bn *b); /* also for sub */
void bn_add(Bn *r, const Bn *a, const Bn *b);
void bn_sub(Bn *r, const Bn *a, const Bn *b);

size_t bn_mul_size(const Bn *a, const Bn *b);
void bn_mul(Bn *r, const Bn *a, const Bn *b);

/* Floor division and modulo with Python's signs: a == q*b + r, r has b's
 * sign, |r| < |b|.  q or r may be NULL.  BN_ERR_ZERO_DIV if b == 0. */
size_t bn_divmod_qsize(const Bn *a, const Bn *b);
size_t bn_divmod_rsize(const Bn *a, const Bn *b);
size_t bn_divmod_scratch(const Bn *a, const Bn *b);
int bn_divmod(Bn *q, Bn *r, const Bn *a, const Bn *b, BnDigit *scratch);

/* a / b correctly rounded to a double (int.__truediv__).
 * BN_ERR_ZERO_DIV, BN_ERR_OVERFLOW. */
size_t bn_truediv_scratch(const Bn *a, const Bn *b);
int bn_truediv(const Bn *a, const Bn *b, double *out, BnDigit *scratch);

/* a ** e, e >= 0 (BN_ERR_NEG_EXP otherwise).  Size SIZE_MAX when the
 * result cannot be represented (the VM raises MemoryError). */
size_t bn_pow_size(const Bn *a, const Bn *e);
size_t bn_pow_scratch(const Bn *a, const Bn *e);
int bn_pow(Bn *r, const Bn *a, const Bn *e, BnDigit *scratch);

/* pow(a, e, m): result has m's sign (Python's %); a negative e uses the
 * inverse of a modulo m.  BN_ERR_MOD_ZERO, BN_ERR_NOT_INVERTIBLE.
 * Result size: bn_powmod_size(m) = |m|'s digits. */
size_t bn_powmod_size(const Bn *m);
size_t bn_powmod_scratch(const Bn *a, const Bn *e, const Bn *m);
int bn_powmod(Bn *r, const Bn *a, const Bn *e, const Bn *m, BnDigit *scratch);

/* ---- bits (infinite two's complement for negatives, as Python) ---- */
size_t bn_lshift_size(const Bn *a, size_t shift); /* SIZE_MAX on overflow */
void bn_lshift(Bn *r, const Bn *a, size_t shift);
size_t bn_rshift_size(const Bn *a, size_t shift);
void bn_rshift(Bn *r, const Bn *a, size_t shift); /* floor(a / 2**shift) */
size_t bn_bitop_size(const Bn *a, const Bn *b);
void bn_and(Bn *r, const Bn *a, const Bn *b);
void bn_or(Bn *r, const Bn *a, const Bn *b);
void bn_xor(Bn *r, const Bn *a, const Bn *b);
size_t bn_invert_size(const Bn *a);
void bn_invert(Bn *r, const Bn *a); /* ~a == -a - 1 */

/* ---- text ----
 * bn_to_str: base 2, 8, 10 or 16 ('-' for negatives).  flags:
 *   BN_STR_PREFIX  "0b", "0o", "0x" after the sign (bin/oct/hex)
 *   BN_STR_UPPER   'A'..'F'
 * `out` must hold bn_to_str_size(a, base) bytes; base 10 uses it as
 * workspace too.  Returns the length (not NUL-terminated). */
#define BN_STR_PREFIX 1u
#define BN_STR_UPPER 2u
size_t bn_to_str_size(const Bn *a, int base);
size_t bn_to_str(const Bn *a, int base, unsigned flags, char *out);

/* int(s, base) for UTF-8 s[0..len): surrounding whitespace (ASCII and
 * Unicode), sign, base 0 (prefix decides; "010" is an error), prefixes
 * 0x/0o/0b matching the base, '_' between digits and after a prefix.
 * Also the compiler's path for integer literals (base 0, already free of
 * whitespace and sign).  BN_ERR_SYNTAX, BN_ERR_BASE.  r->d must hold
 * bn_from_str_size(len, base) digits. */
size_t bn_from_str_size(size_t len, int base);
int bn_from_str(Bn *r, const char *s, size_t len, int base);

#endif
