/*
 * fuzz_numparse.c - random text as int and float literals and as format
 * specs (core/bignum.c, core/dtoa.c, core/fmtspec.c).
 *
 * Besides "no crash, no out-of-bounds" (every buffer is malloc'ed at the
 * exact size the library asks for, so ASan sees any overrun), it checks
 * round trips: a parsed float's repr parses back to the same bits, a
 * parsed int prints and parses back to itself, and formatting results
 * never exceed their bounds.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/bignum.h"
#include "core/dtoa.h"
#include "core/fmtspec.h"

#define LIMIT (1u << 20) /* skip outputs larger than this (huge widths) */

static void die(void) { abort(); }

static void fuzz_float(const char *s, size_t n)
{
    double d, e;
    int r = dt_parse(s, n, &d);
    int rl = dt_parse_literal(s, n, &e);
    if (rl == DT_OK) {
        /* a literal is also valid float() text, with the same value */
        if (r != DT_OK || memcmp(&d, &e, sizeof d) != 0)
            die();
    }
    if (r != DT_OK)
        return;
    char out[DT_REPR_SIZE];
    size_t k = dt_repr(d, out);
    if (k >= DT_REPR_SIZE || strlen(out) != k)
        die();
    if (dt_parse(out, k, &e) != DT_OK)
        die();
    if (d == d && memcmp(&d, &e, sizeof d) != 0)
        die();
    double rd;
    (void)dt_round(d, (intptr_t)(n % 50) - 25, &rd);
    (void)dt_hash(d);
    (void)dt_rint(d);
}

static void fuzz_int(const char *s, size_t n, int base)
{
    size_t sz = bn_from_str_size(n, base);
    if (sz > LIMIT)
        return;
    Bn x = {malloc((sz ? sz : 1) * sizeof(BnDigit)), 0, false};
    if (bn_from_str(&x, s, n, base) == BN_OK) {
        static const int bases[4] = {2, 8, 10, 16};
        int b = bases[n % 4];
        size_t cap = bn_to_str_size(&x, b);
        char *t = malloc(cap);
        size_t len = bn_to_str(&x, b, BN_STR_PREFIX, t);
        if (len > cap)
            die();
        Bn y = {malloc(bn_from_str_size(len, 0) * sizeof(BnDigit)), 0, false};
        if (bn_from_str(&y, t, len, 0) != BN_OK || bn_cmp(&x, &y) != 0)
            die();
        /* x*x, x // 7, x % -x, x**3, (x+1)/x */
        Bn sq = {malloc(bn_mul_size(&x, &x) * sizeof(BnDigit)), 0, false};
        bn_mul(&sq, &x, &x);
        BnDigit sd[1] = {7};
        Bn seven = {sd, 1, false};
        Bn q = {malloc(bn_divmod_qsize(&sq, &seven) * sizeof(BnDigit)), 0, false};
        BnDigit *sc = malloc(bn_divmod_scratch(&sq, &x) * sizeof(BnDigit) + bn_divmod_scratch(&sq, &seven) * sizeof(BnDigit));
        bn_divmod(&q, NULL, &sq, &seven, sc);
        Bn r = {malloc(bn_divmod_rsize(&sq, &x) * sizeof(BnDigit)), 0, false};
        Bn negx = x;
        bn_negate(&negx);
        if (x.n && bn_divmod(NULL, &r, &sq, &negx, sc) != BN_OK)
            die();
        if (x.n && r.n) /* x divides x*x */
            die();
        double dv;
        BnDigit *tsc = malloc(bn_truediv_scratch(&sq, &x) * sizeof(BnDigit));
        (void)bn_truediv(&sq, &x, &dv, tsc);
        (void)bn_to_double(&x, &dv);
        (void)bn_hash(&x);
        free(tsc);
        free(t);
        free(y.d);
        free(sq.d);
        free(q.d);
        free(r.d);
        free(sc);
    }
    free(x.d);
}

static void fuzz_spec(const char *s, size_t n, const uint8_t *data, size_t size)
{
    FsSpec fs;
    char msg[128];
    int r = fs_parse(s, n, &fs);
    if (r != FS_OK) {
        fs_error_text(r, s, n, &fs, "int", msg, sizeof msg);
        return;
    }
    /* an int */
    intptr_t v = 0;
    for (size_t i = 0; i < size && i < sizeof v; i++)
        v = (intptr_t)(((uintptr_t)v << 8) | data[i]);
    size_t cap = fs_int_size(&fs, 0);
    if (cap <= LIMIT) {
        char *out = malloc(cap);
        intptr_t k = fs_format_int(&fs, v, out, cap);
        if (k > (intptr_t)cap)
            die();
        if (k < 0 && k != FS_USE_FLOAT)
            fs_error_text((int)k, s, n, &fs, "int", msg, sizeof msg);
        free(out);
    }
    /* a float */
    double d = 0;
    memcpy(&d, data, size < sizeof d ? size : sizeof d);
    cap = dt_format_spec_size(&fs, d);
    if (cap <= LIMIT) {
        char *out = malloc(cap);
        intptr_t k = dt_format_spec(&fs, d, out, cap);
        if (k > (intptr_t)cap)
            die();
        free(out);
    }
    /* the input itself as a str */
    cap = fs_str_size(&fs, size);
    if (cap <= LIMIT) {
        char *out = malloc(cap ? cap : 1);
        intptr_t k = fs_format_str(&fs, (const char *)data, size, out, cap);
        if (k > (intptr_t)cap)
            die();
        free(out);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    /* first byte picks the int base (0, 2..36, or invalid) */
    int base = data[0] % 40;
    if (base == 1)
        base = 0;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    if (n > 4096)
        n = 4096;
    fuzz_float(s, n);
    fuzz_int(s, n, base);
    fuzz_spec(s, n < 64 ? n : 64, data, size);
    return 0;
}
