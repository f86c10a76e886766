/*
 * dtoa.h - exact conversions between IEEE doubles and decimal text, as
 * CPython does them (docs/numbers.md).  Part of the float unit.
 *
 *   repr / str        dt_repr: shortest string that reads back exactly
 *   %-style, format   dt_format (PyOS_double_to_string), dt_format_spec
 *   float(str)        dt_parse; source literals: dt_parse_literal
 *   round(x, n)       dt_round; round(x): dt_rint
 *   hash(x)           dt_hash (consistent with bn_hash for equal ints)
 *
 * Every result is correctly rounded: digits come from exact big-integer
 * arithmetic on the binary value (round-half-even on exact ties), parsing
 * is exact for any number of digits.  No libc, no libm, no allocation;
 * doubles are taken apart bit by bit, so soft-float boards only pay for a
 * few conversions.  Stack use: about 0.6 KB (three 41-word bignums).
 */
#ifndef DTOA_H
#define DTOA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fmtspec.h"

enum {
    DT_OK = 0,
    DT_ERR_SYNTAX = -1,   /* "could not convert string to float: %R" */
    DT_ERR_OVERFLOW = -2, /* round(): "rounded value too large to represent" */
    DT_ERR_SPACE = -3     /* output buffer too small */
};

/* repr(x) == str(x): at most DT_REPR_SIZE - 1 chars, NUL-terminated;
 * returns the length.  '0.1', '1e+16', '1.5e-07', '-0.0', 'inf', 'nan'. */
#define DT_REPR_SIZE 32
size_t dt_repr(double x, char out[DT_REPR_SIZE]);

/* Most significant digits the exact decimal value of a double can have
 * (2**-1074 * (2**53-1) has 767); dt_digits never produces more. */
#define DT_MAX_DIGITS 768

/* Decimal digits of |x| (finite) as Gay's dtoa modes 0, 2 and 3:
 *   DT_SHORTEST  ndigits ignored: the shortest digits that read back as x
 *                (at most 17), the closest to x among those
 *   DT_SIG       ndigits >= 1 significant digits
 *   DT_FIXED     digits up to 10**-ndigits (ndigits may be negative)
 * correctly rounded, half-even on exact ties.  Writes buf[0..n) with no
 * trailing zeros and sets *decpt so that |x| = 0.DIGITS * 10**decpt;
 * returns n.  Zero gives "0" (decpt 1); a value that rounds to zero in
 * DT_FIXED gives n = 0 and decpt = -ndigits.  Returns DT_ERR_SPACE if cap
 * is too small: min(requested digits, DT_MAX_DIGITS) is always enough. */
enum { DT_SHORTEST = 0, DT_SIG = 2, DT_FIXED = 3 };
int dt_digits(double x, int mode, intptr_t ndigits, char *buf, size_t cap, int *decpt);

/* PyOS_double_to_string: code 'e' 'E' 'f' 'F' 'g' 'G' (precision as in
 * '%.*e') or 'r' (repr; precision ignored).  Returns the length, or
 * DT_ERR_SPACE if cap < dt_format_size(...).  Not NUL-terminated. */
#define DT_ADD_DOT_0 1u /* integers get ".0" ('r' and none-type 'g') */
#define DT_ALT 2u       /* '#': keep the point and trailing zeros */
#define DT_SIGN 4u      /* '+' on non-negative numbers */
#define DT_NO_NEG_0 8u  /* 'z': -0.0 (after rounding) prints as 0.0 */
size_t dt_format_size(double x, char code, intptr_t precision);
intptr_t dt_format(double x, char code, intptr_t precision, unsigned flags, char *out,
                   size_t cap);

/* format(x, spec) for floats, exactly CPython's, including
 * FS_ERR_UNKNOWN_CODE (type name "float") and FS_ERR_PRECISION_BIG.  An
 * int formatted with a float type: convert it to a double, then call this.
 * cap must be >= dt_format_spec_size(spec, x); returns the length. */
size_t dt_format_spec_size(const FsSpec *spec, double x);
intptr_t dt_format_spec(const FsSpec *spec, double x, char *out, size_t cap);

/* float(s): surrounding whitespace (ASCII and Unicode, as UTF-8), sign,
 * "inf"/"infinity"/"nan" in any case, digits with '_' only between two
 * digits, optional '.' and exponent.  DT_OK or DT_ERR_SYNTAX.  Overflow
 * gives +-inf, underflow +-0.0, as CPython. */
int dt_parse(const char *s, size_t len, double *out);

/* A float literal from Python source (the lexer found its extent): no
 * sign, no whitespace, no inf/nan; underscores as in dt_parse. */
int dt_parse_literal(const char *s, size_t len, double *out);

/* round(x, ndigits) as CPython's float.__round__: DT_OK or
 * DT_ERR_OVERFLOW ("rounded value too large to represent"). */
int dt_round(double x, intptr_t ndigits, double *out);

/* round-half-even to an integral double (round(x) before int()) */
double dt_rint(double x);

/* CPython's hash(float) for finite values and infinities, modulo
 * 2**61-1 (64-bit) or 2**31-1 (32-bit), so equal ints hash equal
 * (bn_hash, bn_hash_int).  NaN hashes by identity in CPython 3.10+: the
 * VM must hash the object, this returns 0 for it. */
intptr_t dt_hash(double x);

#endif
