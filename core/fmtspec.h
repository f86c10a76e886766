/*
 * fmtspec.h - Python's format-spec mini-language (docs/numbers.md).
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * fs_parse() turns the text after ':' (or format()'s second argument) into
 * an FsSpec; fs_format_int / fs_format_int_digits / fs_format_str apply it
 * to ints and strs, dt_format_spec (dtoa.h, the float unit) to floats.
 * Output is exactly CPython's (3.11), and so are the errors: every failure
 * is a negative FS_ERR_* code that fs_error_text() turns into CPython's
 * message (ValueError, or OverflowError when fs_error_is_overflow()).
 *
 * Nothing here allocates.  Callers size the output with the *_size()
 * bound, then format into a buffer of at least that many bytes; the
 * formatters return the exact length (always <= the bound) or an error.
 * Output is UTF-8 and not NUL-terminated.
 *
 * Freestanding: only <stdbool.h>, <stddef.h>, <stdint.h>, <string.h>.
 */
#ifndef FMTSPEC_H
#define FMTSPEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct FsSpec {
    uint32_t fill;      /* fill code point: ' ' unless given (or '0' flag) */
    uint32_t type;      /* presentation type code point, 0 = none */
    intptr_t width;     /* -1 = not given */
    intptr_t precision; /* -1 = not given */
    char align;         /* '<' '>' '^' '=' or 0 = the type's default */
    char sign;          /* '+' '-' ' ' or 0 */
    char grouping;      /* ',' '_' or 0 */
    bool zero;          /* the '0' flag: numbers pad with zeros after the sign */
    bool alt;           /* '#' */
    bool no_neg_zero;   /* 'z' (3.11): -0.0 rounds to 0.0 */
} FsSpec;

/* Error codes.  The comment gives CPython's message; %s are filled in by
 * fs_error_text from the spec text, the spec and the object's type name. */
enum {
    FS_OK = 0,
    FS_ERR_INVALID = -1,         /* Invalid format specifier '<spec>' for object of type '<T>' */
    FS_ERR_TOO_MANY_DIGITS = -2, /* Too many decimal digits in format string */
    FS_ERR_MISSING_PRECISION = -3, /* Format specifier missing precision */
    FS_ERR_BOTH_SEPARATORS = -4, /* Cannot specify both ',' and '_'. */
    FS_ERR_SEPARATOR_TYPE = -5,  /* Cannot specify ',' with 'c'. */
    FS_ERR_UNKNOWN_CODE = -6,    /* Unknown format code 'd' for object of type '<T>' */
    FS_ERR_INT_PRECISION = -7,   /* Precision not allowed in integer format specifier */
    FS_ERR_INT_Z = -8,           /* Negative zero coercion (z) not allowed in integer format specifier */
    FS_ERR_C_SIGN = -9,          /* Sign not allowed with integer format specifier 'c' */
    FS_ERR_C_ALT = -10,          /* Alternate form (#) not allowed with integer format specifier 'c' */
    FS_ERR_C_RANGE = -11,        /* OverflowError: %c arg not in range(0x110000) */
    FS_ERR_C_LONG = -12,         /* OverflowError: Python int too large to convert to C long */
    FS_ERR_STR_SIGN = -13,       /* Sign not allowed in string format specifier */
    FS_ERR_STR_SPACE = -14,      /* Space not allowed in string format specifier */
    FS_ERR_STR_Z = -15,          /* Negative zero coercion (z) not allowed in string format specifier */
    FS_ERR_STR_ALT = -16,        /* Alternate form (#) not allowed in string format specifier */
    FS_ERR_STR_ALIGN = -17,      /* '=' alignment not allowed in string format specifier */
    FS_ERR_STR_SEPARATOR = -20,  /* Cannot specify ',' with 's'.  (str's default type is 's') */
    FS_ERR_PRECISION_BIG = -18,  /* precision too big  (floats: precision > INT_MAX) */
    FS_ERR_SPACE = -19,          /* not CPython's: output buffer smaller than needed */
    /* not an error: an int with a float presentation type (eEfFgG%).
     * CPython formats float(x) then: the VM converts (OverflowError "int
     * too large to convert to float") and calls dt_format_spec. */
    FS_USE_FLOAT = 1
};

/* Parse spec[0..len) (UTF-8).  Returns FS_OK or a parse error
 * (FS_ERR_INVALID, _TOO_MANY_DIGITS, _MISSING_PRECISION, _BOTH_SEPARATORS,
 * _SEPARATOR_TYPE); the same spec text can then be applied to any type. */
int fs_parse(const char *spec, size_t len, FsSpec *out);

/* Writes CPython's message for `err` (NUL-terminated, truncated to cap)
 * and returns its length.  spec/len is the original spec text (for
 * FS_ERR_INVALID), fs the parsed spec (type and grouping chars; may be
 * NULL for errors that do not need it), type_name the object's type as
 * Python names it ("int", "float", "str", "bool", a class name...). */
size_t fs_error_text(int err, const char *spec, size_t len, const FsSpec *fs,
                     const char *type_name, char *buf, size_t cap);
/* OverflowError instead of ValueError */
bool fs_error_is_overflow(int err);

/* ---- ints ----
 * fs_int_check validates the spec for an int and returns FS_OK,
 * FS_USE_FLOAT or an error.  fs_int_base gives the base the digits must
 * be in for fs_format_int_digits (2, 8, 10 or 16; 10 for 'c'/'n'/none). */
int fs_int_check(const FsSpec *spec);
int fs_int_base(const FsSpec *spec);

/* Upper bound of the output for an int whose magnitude has nd digits in
 * fs_int_base(spec) (for fs_format_int pass 0: it knows its own). */
size_t fs_int_size(const FsSpec *spec, size_t nd);

/* Format a machine int.  Returns the length, or a negative FS_ERR_*, or
 * FS_USE_FLOAT.  cap must be >= fs_int_size(spec, 0). */
intptr_t fs_format_int(const FsSpec *spec, intptr_t v, char *out, size_t cap);

/* Format an int given as its magnitude's digits (in fs_int_base(spec),
 * lowercase, no leading zeros, "0" for zero) and sign -- the path for
 * arbitrary-precision ints (bn_to_str).  `digits` must not overlap out.
 * 'c' only fails here (the VM calls fs_format_int for values that fit). */
intptr_t fs_format_int_digits(const FsSpec *spec, bool neg, const char *digits,
                              size_t nd, char *out, size_t cap);

/* ---- strs ----
 * s[0..n) is UTF-8; width and precision count code points. */
size_t fs_str_size(const FsSpec *spec, size_t n);
intptr_t fs_format_str(const FsSpec *spec, const char *s, size_t n, char *out,
                       size_t cap);

/* ---- shared number layout (used by ints here and by floats in dtoa.c) ----
 * A formatted number is [sign][prefix][int part][.][frac part][suffix]
 * padded per the spec.  Its digits are described as a window over a
 * virtual string: digits[0..nd) with '0's on both sides without end; the
 * int part is virtual positions [vstart, decpt), the fraction part
 * [decpt, vend) (vstart <= 0 <= nd <= vend, vstart <= decpt <= vend). */
typedef struct FsNum {
    const char *digits;
    intptr_t nd, vstart, decpt, vend;
    bool point;       /* write '.' at decpt */
    bool upper;       /* upper-case the hex digits a-f */
    char sign;        /* 0, '-', '+' or ' ' */
    char prefix[3];   /* "", "0x", "0X", "0o" or "0b" */
    char suffix[8];   /* exponent and/or '%', "inf", a 'c' char (UTF-8) */
    uint8_t nsuffix;  /* bytes in suffix */
    uint8_t group;    /* digits per separator group, 0 = no grouping */
} FsNum;

/* Size of the laid-out number (bytes).  Pure arithmetic. */
size_t fs_num_size(const FsSpec *spec, const FsNum *num);

/* Writes the laid-out number to out.  `digits` may alias out[0..nd): the
 * layout is written right to left and never overtakes a digit it still
 * has to read.  Returns the length or FS_ERR_SPACE. */
intptr_t fs_num_layout(const FsSpec *spec, const FsNum *num, char *out, size_t cap);

/* width-aware helper for the VM: number of code points in UTF-8 text */
size_t fs_utf8_len(const char *s, size_t n);

#endif
