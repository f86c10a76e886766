/*
 * test_bignum.c - core/bignum.c against CPython's int (3.11).
 *
 * As test_dtoa.c: readable tables of hand-picked cases and, for the bulk,
 * FNV-1a digests per block of 100 cases drawn from the same splitmix64
 * stream by gen_int / gen_intstr here and in the generator script at the
 * end of this file.  Each bulk case runs every operation on its operands
 * (add, sub, mul, floor divmod, true division, shifts, bitwise ops, float
 * conversion, bit counts, bin/oct/hex, int64 fit, pow, pow with modulus).
 *
 * Regenerate:  sed -n '/^GENERATOR-BEGIN/,/^GENERATOR-END/p' tests/unit/test_bignum.c |
 *              sed '1d;$d' | python3 - tests/unit/test_bignum.c
 * Expected block contents:  ... | python3 - tests/unit/test_bignum.c --show bulk_ops 3
 *
 * Every result and scratch buffer is malloc'ed at exactly the size the
 * library asks for, so ASan checks the documented bounds too.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bignum.h"
#include "core/dtoa.h"
#include "tests/unit/check.h"

/* ---- deterministic inputs (mirrored in the generator) ---- */

static uint64_t rng_s;
static void rng_seed(uint64_t s) { rng_s = s; }
static uint64_t rnd(void)
{
    uint64_t z = (rng_s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
static uint32_t rndn(uint32_t n) { return (uint32_t)(rnd() % n); }

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    return (h ^ '\n') * 0x100000001b3ull;
}
#define FNV0 0xcbf29ce484222325ull

static BnDigit *dig(size_t n) { return malloc((n ? n : 1) * sizeof(BnDigit)); }

/* a Bn from decimal text (the library parses it: a broken parser shows up
 * as mismatches everywhere, which is fine for a test) */
static Bn mk(const char *s)
{
    Bn x = {dig(bn_from_str_size(strlen(s), 10)), 0, false};
    if (bn_from_str(&x, s, strlen(s), 10) != BN_OK)
        x.n = 0;
    return x;
}

/* special[] (values near digit, word and float boundaries) is generated */
static const char *const special[21];

static Bn gen_int(int maxbits)
{
    Bn x;
    uint32_t k = rndn(10);
    if (k == 0) {
        x = mk(special[rndn(21)]);
    } else {
        uint32_t bits = rndn((uint32_t)maxbits) + 1;
        size_t nd = (bits + 15) / 16;
        x.d = dig(nd);
        x.neg = false;
        for (size_t i = 0; i < nd; i++)
            x.d[i] = (BnDigit)(rnd() & 0xFFFF);
        uint32_t top = bits % 16 ? (1u << (bits % 16)) - 1 : 0xFFFF;
        x.d[nd - 1] &= (BnDigit)top;
        if (k == 1) {
            for (size_t i = 0; i < nd; i++)
                x.d[i] = 0xFFFF;
            x.d[nd - 1] = (BnDigit)top;
        } else if (k == 2) {
            memset(x.d, 0, nd * sizeof *x.d);
            x.d[nd - 1] = (BnDigit)(1u << ((bits - 1) % 16));
        }
        x.n = nd;
        while (x.n && !x.d[x.n - 1])
            x.n--;
    }
    if (rndn(2))
        bn_negate(&x);
    return x;
}

static const char alpha[] = "0123456789abcdefghijklmnopqrstuvwxyzABCXYZ_";
static const char digs36[] = "0123456789abcdefghijklmnopqrstuvwxyz";
static const char *const prefixes[8] = {"0x", "0o", "0b", "0X", "0B", "0O", "0x_", "0"};

static int gen_intstr(char *s)
{
    static const int bases[7] = {0, 0, 10, 16, 2, 8, 36};
    uint32_t k = rndn(8);
    int base = k < 7 ? bases[k] : (int)rndn(35) + 2;
    uint32_t nd = rndn(30) + 1;
    uint32_t valid = rndn(2);
    uint32_t bb = base ? (uint32_t)base : 10;
    char t[128];
    for (uint32_t i = 0; i < nd; i++)
        t[i] = valid ? digs36[rndn(bb)] : alpha[rndn(sizeof alpha - 1)];
    t[nd] = 0;
    s[0] = 0;
    if (rndn(4) == 0)
        strcpy(s, prefixes[rndn(8)]);
    strcat(s, t);
    if (rndn(4) == 0) {
        memmove(s + 1, s, strlen(s) + 1);
        s[0] = "+-"[rndn(2)];
    }
    if (rndn(6) == 0) {
        memmove(s + 1, s, strlen(s) + 1);
        s[0] = ' ';
        strcat(s, "\t");
    }
    return base;
}

/* ---- rendering results as the script does ---- */

static void app(char *res, const char *s)
{
    if (*res)
        strcat(res, " ");
    strcat(res, s);
}

static void app_bn(char *res, const Bn *x, int base, unsigned flags)
{
    size_t cap = bn_to_str_size(x, base);
    char *t = malloc(cap + 1);
    size_t n = bn_to_str(x, base, flags, t);
    t[n] = 0;
    app(res, t);
    free(t);
}

static void app_dec(char *res, const Bn *x) { app_bn(res, x, 10, 0); }

static void app_ll(char *res, long long v)
{
    char t[32];
    sprintf(t, "%lld", v);
    app(res, t);
}

static void app_double(char *res, double d)
{
    char t[DT_REPR_SIZE];
    dt_repr(d, t);
    app(res, t);
}

static void op_divmod(char *res, const Bn *a, const Bn *b)
{
    Bn q = {dig(bn_divmod_qsize(a, b)), 0, false}, r = {dig(bn_divmod_rsize(a, b)), 0, false};
    BnDigit *sc = dig(bn_divmod_scratch(a, b));
    if (bn_divmod(&q, &r, a, b, sc) != BN_OK) {
        app(res, "ZD ZD");
    } else {
        app_dec(res, &q);
        app_dec(res, &r);
        /* the one-result forms agree, and a == q*b + r */
        Bn q2 = {dig(bn_divmod_qsize(a, b)), 0, false}, r2 = {dig(bn_divmod_rsize(a, b)), 0, false};
        bn_divmod(&q2, NULL, a, b, sc);
        bn_divmod(NULL, &r2, a, b, sc);
        Bn p = {dig(bn_mul_size(&q, b)), 0, false};
        bn_mul(&p, &q, b);
        Bn s = {dig(bn_add_size(&p, &r)), 0, false};
        bn_add(&s, &p, &r);
        if (bn_cmp(&q, &q2) || bn_cmp(&r, &r2) || bn_cmp(&s, a))
            app(res, "INCONSISTENT");
        free(q2.d);
        free(r2.d);
        free(p.d);
        free(s.d);
    }
    free(q.d);
    free(r.d);
    free(sc);
}

static void op_truediv(char *res, const Bn *a, const Bn *b)
{
    BnDigit *sc = dig(bn_truediv_scratch(a, b));
    double d;
    int e = bn_truediv(a, b, &d, sc);
    if (e == BN_OK)
        app_double(res, d);
    else
        app(res, e == BN_ERR_ZERO_DIV ? "ZD" : e == BN_ERR_OVERFLOW ? "OVF" : "?");
    free(sc);
}

static void op_pow(char *res, const Bn *a, const Bn *e)
{
    size_t sz = bn_pow_size(a, e);
    if (sz > 100000) {
        app(res, "TOOBIG");
        return;
    }
    Bn r = {dig(sz), 0, false};
    BnDigit *sc = dig(bn_pow_scratch(a, e));
    if (bn_pow(&r, a, e, sc) != BN_OK)
        app(res, "NEGEXP");
    else
        app_dec(res, &r);
    free(r.d);
    free(sc);
}

static void op_powmod(char *res, const Bn *a, const Bn *e, const Bn *m)
{
    Bn r = {dig(bn_powmod_size(m)), 0, false};
    BnDigit *sc = dig(bn_powmod_scratch(a, e, m));
    int err = bn_powmod(&r, a, e, m, sc);
    if (err == BN_ERR_MOD_ZERO)
        app(res, "MODZERO");
    else if (err == BN_ERR_NOT_INVERTIBLE)
        app(res, "NOTINV");
    else
        app_dec(res, &r);
    free(r.d);
    free(sc);
}

enum { SHL, SHR };
static void op_shift(char *res, const Bn *a, size_t s, int dir)
{
    size_t sz = dir == SHL ? bn_lshift_size(a, s) : bn_rshift_size(a, s);
    Bn r = {dig(sz), 0, false};
    if (dir == SHL)
        bn_lshift(&r, a, s);
    else
        bn_rshift(&r, a, s);
    app_dec(res, &r);
    free(r.d);
}

typedef void (*BinOp)(Bn *, const Bn *, const Bn *);
static void op_bin(char *res, const Bn *a, const Bn *b, BinOp f, size_t sz)
{
    Bn r = {dig(sz), 0, false};
    f(&r, a, b);
    app_dec(res, &r);
    free(r.d);
}

static void op_invert(char *res, const Bn *a)
{
    Bn r = {dig(bn_invert_size(a)), 0, false};
    bn_invert(&r, a);
    app_dec(res, &r);
    free(r.d);
}

static void op_float(char *res, const Bn *a)
{
    double d;
    if (bn_to_double(a, &d) != BN_OK)
        app(res, "OVF");
    else
        app_double(res, d);
}

static void op_strs(char *res, const Bn *a)
{
    app_bn(res, a, 2, BN_STR_PREFIX);
    app_bn(res, a, 8, BN_STR_PREFIX);
    app_bn(res, a, 16, BN_STR_PREFIX);
    app_bn(res, a, 16, BN_STR_UPPER);
}

/* one bulk case; returns a (for the hash digests), caller frees */
static Bn run_case(char *res)
{
    res[0] = 0;
    Bn a = gen_int(600), b = gen_int(600), c = gen_int(100);
    size_t s = rndn(300);
    op_bin(res, &a, &b, bn_add, bn_add_size(&a, &b));
    op_bin(res, &a, &b, bn_sub, bn_add_size(&a, &b));
    op_bin(res, &a, &b, bn_mul, bn_mul_size(&a, &b));
    op_divmod(res, &a, &c);
    op_divmod(res, &a, &b);
    op_truediv(res, &a, &c);
    op_truediv(res, &a, &b);
    op_shift(res, &a, s, SHL);
    op_shift(res, &a, s, SHR);
    op_bin(res, &a, &b, bn_and, bn_bitop_size(&a, &b));
    op_bin(res, &a, &b, bn_or, bn_bitop_size(&a, &b));
    op_bin(res, &a, &b, bn_xor, bn_bitop_size(&a, &b));
    op_invert(res, &a);
    app_ll(res, bn_cmp(&a, &b));
    op_float(res, &a);
    app_ll(res, (long long)bn_bit_length(&a));
    app_ll(res, (long long)bn_bit_count(&a));
    op_strs(res, &a);
    int64_t v;
    if (bn_to_i64(&a, &v))
        app_ll(res, v);
    else
        app(res, "N");
    Bn base = gen_int(64);
    BnDigit ed[4];
    Bn e = {ed, 0, false};
    bn_from_u64(&e, rndn(60));
    op_pow(res, &base, &e);
    Bn pa = gen_int(300), pe = gen_int(64), pm = gen_int(128);
    op_powmod(res, &pa, &pe, &pm);
    free(b.d);
    free(c.d);
    free(base.d);
    free(pa.d);
    free(pe.d);
    free(pm.d);
    return a;
}

/* @generated-begin (the script at the end of this file) */
static const char *const special[21] = {
    "0",
    "1",
    "2",
    "65535",
    "65536",
    "65537",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "9007199254740993",
    "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
    "2305843009213693951",
    "2305843009213693952",
    "2147483647",
    "2147483648",
    "100000000000000000000",
    "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216",
    "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
};

static const uint64_t bulk_ops[25] = {
    0x121371682807daf9ull, 0x9d5fbde102ab481dull, 0xb83674908633bb11ull,
    0x2aeac25f7acd8375ull, 0x9563fb741ae9318dull, 0x5af35cbd6c837ccbull,
    0x88e314ee1101bc8cull, 0x24980b7d4dc158dcull, 0xa48ee038ed893474ull,
    0xea8dbcc9ea8008deull, 0x7e5708ec8b16d423ull, 0x0eac2c563f407c5eull,
    0x1bd44d4b6ba1f271ull, 0x34de5bfdfbb0e34aull, 0x4e12b2fbcb3b7d83ull,
    0x7cb2badec9a1de62ull, 0x9f8fa36fa811ac1dull, 0xcd904c961e32bfedull,
    0x43adc1050593d6a9ull, 0x8147a5092407bf69ull, 0xe23bda959ab843beull,
    0x792b418c12f8c2b8ull, 0x68f65b9a428b940eull, 0x47b8ac162ee03be8ull,
    0x3cf6c993cbda4c02ull,
};

static const uint64_t bulk_hash64[25] = {
    0x39e5e22da30b047eull, 0x841e1199ed621f4dull, 0x3464f94fbab7abfcull,
    0x0e42fcdae96ea4b1ull, 0x7e123f2efe03c7eaull, 0x23031700b3f34ec6ull,
    0x148310162ba8cbffull, 0x631f0bfb37bce8aaull, 0xec15b436559ffdb8ull,
    0xfc6db1eed748dcfcull, 0x8e049746d2d6444dull, 0xbedc5cccefed7f8aull,
    0xd11b35bacef16221ull, 0x50974b3f22197cceull, 0xe431cb8c54c69833ull,
    0x605444bd13234ee2ull, 0x42f353140e75f7bcull, 0xa41c477f94279cc7ull,
    0x6e6d9dc770b4683eull, 0x5fc258932ab9b4a0ull, 0xf57e0f0982810c2dull,
    0xcdf5da113816e713ull, 0xb52cc758a17d7240ull, 0xf5973c91b728184bull,
    0x2d1ca14d50e95bd6ull,
};

static const uint64_t bulk_hash32[25] = {
    0x904e399fbd2c2aa5ull, 0x4113a09a812a349full, 0x0c58e3155ed6928full,
    0x620fde2a5a101860ull, 0x3bdb96549c5f39ecull, 0xb15aa93109019a84ull,
    0xc7672eb7972a6275ull, 0x3831970b089b87d0ull, 0xac2a949bef07971aull,
    0x5dbc7a066936b078ull, 0xdbc76973822c1906ull, 0xb7deb2ce9cd75817ull,
    0xa02cfa86cbe0df5dull, 0x7594b036d5eb53bfull, 0xcb96a922135765abull,
    0x8d7a4e4fb60dfdcdull, 0x80fc4d595711fbc7ull, 0x19d277ac5665998eull,
    0x2dd543425dbf400eull, 0x8be115a5891df676ull, 0x07c78dd1205c3298ull,
    0x1fd13a884a5d7915ull, 0xdfdc8331e8663d5eull, 0x27e35cbd789d864full,
    0xbc570841517dfc7dull,
};

static const uint64_t bulk_fromstr[100] = {
    0x28e2424ea09bf6f1ull, 0x2aa7106977e2f838ull, 0xe6bdc5f825f936cbull,
    0x4884e7a4fe4bb4eeull, 0xd970d4bac5e387a1ull, 0x11e16d38dda212ddull,
    0x77f892043632a170ull, 0xd8952d85a827daecull, 0x1483be024a02c2a1ull,
    0x428b8fd9797015daull, 0xe5c9c2a2f874a5d1ull, 0x4ffe09ec61af539bull,
    0x9bc31a0fb541bdd6ull, 0xd4e8e6a2f66354acull, 0x70c4f2bd6018ba37ull,
    0xf6b5b39edc1a8147ull, 0x6fafb2cbab79dc47ull, 0x3060503dc35534b2ull,
    0x1e92d11a4a8dc9dcull, 0x15e3712df8120167ull, 0x8a103fe393838a41ull,
    0x2b972efa25552b40ull, 0xb070df60c74d7757ull, 0x4f009099022829b4ull,
    0xcdab358ad11cdffbull, 0x495be8c05a2915fdull, 0x8197f86bfd296fb5ull,
    0xf72cfaa2cc1c078eull, 0x3823d2e3b0caa51eull, 0x0316daa7314da47aull,
    0x7ec415a62c1f3b89ull, 0xdb2d9a16f6b1b22bull, 0x5faa3fb49dd02156ull,
    0xd05a8983c6c99419ull, 0xc5489e9c7ca247b1ull, 0x3520149b0ef35785ull,
    0x7d1782840a2809d8ull, 0xeec900c3db685becull, 0x79926fa3dcf740d5ull,
    0xbe0a3442120849dcull, 0x8aa0aae1f1e3ec75ull, 0xe308ee2c6e088c7full,
    0xcc9c09dd7f4ae577ull, 0xdfd3daea2731ed99ull, 0x74aa55d25fa8f491ull,
    0x3ccbdfd1f6b84ca1ull, 0x76be971f0bc09da8ull, 0xca39928c7d1bafb8ull,
    0x74af9f40d09d9880ull, 0x9f2ce25b8305df0full, 0xb4a780e16440afc1ull,
    0xc16d8a31043ae5f6ull, 0xa4090a0a22a031a0ull, 0xb07da91aba5bd55eull,
    0x844e103603d1906eull, 0xd27e70720cc9293bull, 0x1a465f6e327d5b50ull,
    0x99f826186c2c8136ull, 0x1bb5ef3e59474484ull, 0xbe25db50add7325bull,
    0xae85469fbaba6e91ull, 0x9bf7ae41c2d089deull, 0xc79b08c88887d348ull,
    0xc4e88ae51623f920ull, 0xbb954b5265396943ull, 0x9d24025a143e4a5full,
    0x753456826b5c02f9ull, 0x381ce0fec366d721ull, 0x32152dce94940d6bull,
    0xd1505988ce19619eull, 0x3eb35da8e4e60191ull, 0xc232731009e223a1ull,
    0x473a42b47f5e4b65ull, 0x3630490276be81a7ull, 0x270708e77a6a85d3ull,
    0xd040283766d40ad4ull, 0x2175deaff7eb85b4ull, 0xc388bd1cf9d1c4a1ull,
    0xb442cb3cb9db8b8eull, 0xb5b804c70d5cd0c3ull, 0x0b1423023a6313d9ull,
    0x48f7eda2243642bcull, 0xb20de19c436448bfull, 0x15e6e28b8001a034ull,
    0x0fa64c43fd2aa9f8ull, 0xfda9f8446a662d73ull, 0xc5d30ee7619b4bc4ull,
    0xb1651230ed3a8f9dull, 0x531ad77af9940209ull, 0x369cd4d04b243767ull,
    0x6259022c6aed2398ull, 0x52e708ee1f94024bull, 0x3512efb7c739e893ull,
    0x860e8c3cc4371b66ull, 0xab7c4ed6b50b6342ull, 0xeea2a2207d102763ull,
    0xd68c0264ef237f9bull, 0x1102c2caff453a74ull, 0x398e7d8c07e1fceaull,
    0x6529805958d47fc8ull,
};

static const struct { const char *op, *a, *b, *c, *out; } op_cases[] = {
    {"divmod", "7", "2", "0", "3 1"},
    {"truediv", "7", "2", "0", "3.5"},
    {"divmod", "-7", "2", "0", "-4 1"},
    {"truediv", "-7", "2", "0", "-3.5"},
    {"divmod", "7", "-2", "0", "-4 -1"},
    {"truediv", "7", "-2", "0", "-3.5"},
    {"divmod", "-7", "-2", "0", "3 -1"},
    {"truediv", "-7", "-2", "0", "3.5"},
    {"divmod", "0", "5", "0", "0 0"},
    {"truediv", "0", "5", "0", "0.0"},
    {"divmod", "0", "-5", "0", "0 0"},
    {"truediv", "0", "-5", "0", "-0.0"},
    {"divmod", "5", "0", "0", "ZD ZD"},
    {"truediv", "5", "0", "0", "ZD"},
    {"divmod", "-1", "1208925819614629174706176", "0", "-1 1208925819614629174706175"},
    {"truediv", "-1", "1208925819614629174706176", "0", "-8.271806125530277e-25"},
    {"divmod", "1208925819614629174706176", "-3", "0", "-402975273204876391568726 -2"},
    {"truediv", "1208925819614629174706176", "-3", "0", "-4.029752732048764e+23"},
    {"divmod", "-1267650600228229401496703205376", "1125899906842624", "0", "-1125899906842624 0"},
    {"truediv", "-1267650600228229401496703205376", "1125899906842624", "0", "-1125899906842624.0"},
    {"divmod", "1267650600228229401496703205377", "-1125899906842624", "0", "-1125899906842625 -1125899906842623"},
    {"truediv", "1267650600228229401496703205377", "-1125899906842624", "0", "-1125899906842624.0"},
    {"divmod", "10000000000000000000000000000000000000000", "100000000000000000007", "0", "99999999999999999993 49"},
    {"truediv", "10000000000000000000000000000000000000000", "100000000000000000007", "0", "1e+20"},
    {"divmod", "-10000000000000000000000000000000000000000", "100000000000000000007", "0", "-99999999999999999994 99999999999999999958"},
    {"truediv", "-10000000000000000000000000000000000000000", "100000000000000000007", "0", "-1e+20"},
    {"divmod", "65535", "65535", "0", "1 0"},
    {"truediv", "65535", "65535", "0", "1.0"},
    {"divmod", "18446744073709551616", "4294967295", "0", "4294967297 1"},
    {"truediv", "18446744073709551616", "4294967295", "0", "4294967297.0"},
    {"truediv", "1000000000000000000000000000000", "7", "0", "1.4285714285714285e+29"},
    {"truediv", "1", "3", "0", "0.3333333333333333"},
    {"truediv", "-1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0", "-0.0"},
    {"truediv", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1", "0", "OVF"},
    {"truediv", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0", "10.0"},
    {"truediv", "269653970229347386159395778618353710042696546841345985910145121736599013708251444699062715983611304031680170819807090036488184653221624933739271145959211186566651840137298227914453329401869141179179624428127508653257226023513694322210869665811240855745025766026879447359920868907719574457253034494436336205824", "2", "0", "1.348269851146737e+308"},
    {"truediv", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "1", "0", "OVF"},
    {"truediv", "9007199254740993", "1", "0", "9007199254740992.0"},
    {"truediv", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "1267650600228229401496703205376", "0", "1.0715086071862673e+301"},
    {"truediv", "1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", "0", "5e-324"},
    {"truediv", "1", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", "0", "0.0"},
    {"truediv", "3", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", "0", "5e-324"},
    {"rshift", "-1", "100", "0", "-1"},
    {"lshift", "-1", "100", "0", "-1267650600228229401496703205376"},
    {"rshift", "-18446744073709551616", "64", "0", "-1"},
    {"lshift", "-18446744073709551616", "64", "0", "-340282366920938463463374607431768211456"},
    {"rshift", "-18446744073709551617", "64", "0", "-2"},
    {"lshift", "-18446744073709551617", "64", "0", "-340282366920938463481821351505477763072"},
    {"rshift", "1", "1000", "0", "0"},
    {"lshift", "1", "1000", "0", "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376"},
    {"rshift", "-5", "1", "0", "-3"},
    {"lshift", "-5", "1", "0", "-10"},
    {"rshift", "-65536", "16", "0", "-1"},
    {"lshift", "-65536", "16", "0", "-4294967296"},
    {"rshift", "-65537", "16", "0", "-2"},
    {"lshift", "-65537", "16", "0", "-4295032832"},
    {"rshift", "0", "7", "0", "0"},
    {"lshift", "0", "7", "0", "0"},
    {"rshift", "1267650600228229401496703205376", "99", "0", "2"},
    {"lshift", "1267650600228229401496703205376", "99", "0", "803469022129495137770981046170581301261101496891396417650688"},
    {"rshift", "-1267650600228229401496703205376", "101", "0", "-1"},
    {"lshift", "-1267650600228229401496703205376", "101", "0", "-3213876088517980551083924184682325205044405987565585670602752"},
    {"rshift", "12345", "0", "0", "12345"},
    {"lshift", "12345", "0", "0", "12345"},
    {"and", "-1", "1267650600228229401496703205381", "0", "1267650600228229401496703205381"},
    {"or", "-1", "1267650600228229401496703205381", "0", "-1"},
    {"xor", "-1", "1267650600228229401496703205381", "0", "-1267650600228229401496703205382"},
    {"invert", "-1", "0", "0", "0"},
    {"and", "-18446744073709551616", "18446744073709551615", "0", "0"},
    {"or", "-18446744073709551616", "18446744073709551615", "0", "-1"},
    {"xor", "-18446744073709551616", "18446744073709551615", "0", "-1"},
    {"invert", "-18446744073709551616", "0", "0", "18446744073709551615"},
    {"and", "-12345", "-54321", "0", "-62521"},
    {"or", "-12345", "-54321", "0", "-4145"},
    {"xor", "-12345", "-54321", "0", "58376"},
    {"invert", "-12345", "0", "0", "12344"},
    {"and", "0", "-1", "0", "0"},
    {"or", "0", "-1", "0", "-1"},
    {"xor", "0", "-1", "0", "-1"},
    {"invert", "0", "0", "0", "-1"},
    {"and", "1180591620717411303424", "-1180591620717411303424", "0", "1180591620717411303424"},
    {"or", "1180591620717411303424", "-1180591620717411303424", "0", "-1180591620717411303424"},
    {"xor", "1180591620717411303424", "-1180591620717411303424", "0", "-2361183241434822606848"},
    {"invert", "1180591620717411303424", "0", "0", "-1180591620717411303425"},
    {"and", "-65536", "65535", "0", "0"},
    {"or", "-65536", "65535", "0", "-1"},
    {"xor", "-65536", "65535", "0", "-1"},
    {"invert", "-65536", "0", "0", "65535"},
    {"pow", "2", "100", "0", "1267650600228229401496703205376"},
    {"pow", "-3", "3", "0", "-27"},
    {"pow", "0", "0", "0", "1"},
    {"pow", "-1", "1180591620717411303425", "0", "-1"},
    {"pow", "1", "1208925819614629174706176", "0", "1"},
    {"pow", "10", "50", "0", "100000000000000000000000000000000000000000000000000"},
    {"pow", "-2", "63", "0", "-9223372036854775808"},
    {"powmod", "3", "-1", "7", "5"},
    {"powmod", "2", "-1", "4", "NOTINV"},
    {"powmod", "5", "0", "1", "0"},
    {"powmod", "5", "-3", "-1", "0"},
    {"powmod", "3", "2", "-5", "-1"},
    {"powmod", "-3", "3", "5", "3"},
    {"powmod", "4", "13", "497", "445"},
    {"powmod", "0", "-1", "5", "NOTINV"},
    {"powmod", "123456789", "18446744073709551617", "1000000000000000000000000000057", "161680700091475648448142684551"},
    {"powmod", "7", "0", "0", "MODZERO"},
    {"powmod", "1606938044258990275541962092341162602522202993782792835301379", "-1", "170141183460469231731687303715884105727", "152390687423555135290634628101598632457"},
    {"powmod", "10", "10", "-1180591620717411303424", "-1180591620707411303424"},
    {"float", "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "0", "0", "OVF"},
    {"float", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "0", "0", "OVF"},
    {"float", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "0", "0", "1.7976931348623157e+308"},
    {"float", "9007199254740993", "0", "0", "9007199254740992.0"},
    {"float", "-9007199254740995", "0", "0", "-9007199254740996.0"},
    {"float", "18446744073709551615", "0", "0", "1.8446744073709552e+19"},
    {"float", "10000000000000000000000", "0", "0", "1e+22"},
    {"float", "100000000000000000000000", "0", "0", "1e+23"},
    {"float", "0", "0", "0", "0.0"},
    {"float", "-9223372036854775808", "0", "0", "-9.223372036854776e+18"},
    {"hash", "2305843009213693951", "0", "0", "0 1073741823"},
    {"hash", "2305843009213693952", "0", "0", "1 1073741824"},
    {"hash", "-2305843009213693952", "0", "0", "-2 -1073741824"},
    {"hash", "-1", "0", "0", "-2 -2"},
    {"hash", "-2", "0", "0", "-2 -2"},
    {"hash", "18446744073709551616", "0", "0", "8 4"},
    {"hash", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0", "0", "910685213754167845 743728112"},
    {"hash", "-9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", "0", "0", "-910685213754167844 -743728111"},
    {"hash", "0", "0", "0", "0 0"},
    {"str", "0", "0", "0", "0b0 0o0 0x0 0 0"},
    {"str", "-255", "0", "0", "-0b11111111 -0o377 -0xff -FF -255"},
    {"str", "18446744073709551616", "0", "0", "0b10000000000000000000000000000000000000000000000000000000000000000 0o2000000000000000000000 0x10000000000000000 10000000000000000 18446744073709551616"},
    {"str", "-1180591620717411303423", "0", "0", "-0b1111111111111111111111111111111111111111111111111111111111111111111111 -0o177777777777777777777777 -0x3fffffffffffffffff -3FFFFFFFFFFFFFFFFF -1180591620717411303423"},
    {"str", "4095", "0", "0", "0b111111111111 0o7777 0xfff FFF 4095"},
    {"str", "8", "0", "0", "0b1000 0o10 0x8 8 8"},
    {"cmpf", "9007199254740993", "4845873199050653696", "0", "1"},
    {"cmpf", "9007199254740992", "4845873199050653696", "0", "0"},
    {"cmpf", "-9007199254740993", "14069245235905429504", "0", "-1"},
    {"cmpf", "0", "9223372036854775808", "0", "0"},
    {"cmpf", "0", "1", "0", "-1"},
    {"cmpf", "0", "9223372036854775809", "0", "1"},
    {"cmpf", "1", "4609434218613702656", "0", "-1"},
    {"cmpf", "2", "4609434218613702656", "0", "1"},
    {"cmpf", "-1", "13832806255468478464", "0", "1"},
    {"cmpf", "-2", "13832806255468478464", "0", "-1"},
    {"cmpf", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "9218868437227405312", "0", "-1"},
    {"cmpf", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "18442240474082181120", "0", "1"},
    {"cmpf", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "9218868437227405312", "0", "-1"},
    {"cmpf", "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "9218868437227405311", "0", "1"},
    {"cmpf", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "9218868437227405311", "0", "0"},
    {"cmpf", "3", "4613937818241073151", "0", "1"},
    {"cmpf", "-3", "13837309855095848959", "0", "-1"},
    {"cmpf", "5", "9221120237041090560", "0", "UNORDERED"},
    {"cmpf", "123456789", "4728057454347157504", "0", "0"},
};

static const struct { const char *s; int base; const char *out; } str_cases[] = {
    {"0x_ff", 0, "255"},
    {" 1_0 ", 0, "10"},
    {"0_0", 0, "0"},
    {"00", 0, "0"},
    {"010", 0, "E"},
    {"0_7", 0, "E"},
    {"\0345\037", 0, "E"},
    {"0b", 0, "E"},
    {"-0x1", 0, "-1"},
    {"1__0", 0, "E"},
    {"\302\2405", 0, "5"},
    {"\342\200\2007\342\200\251", 0, "7"},
    {"0x", 16, "E"},
    {"0x1f", 16, "31"},
    {"0b1", 16, "177"},
    {"0b1", 2, "1"},
    {"0o17", 8, "15"},
    {"0O17", 0, "15"},
    {"zz", 36, "1295"},
    {"ZZ", 36, "1295"},
    {"z", 35, "E"},
    {"- 5", 10, "E"},
    {"+_5", 10, "E"},
    {"", 10, "E"},
    {"  ", 10, "E"},
    {"-0", 10, "0"},
    {"1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 10, "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"},
    {"1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 2, "1267650600228229401496703205375"},
    {"77777777777777777777777777777777777777777777777777", 8, "1427247692705959881058285969449495136382746623"},
    {"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", 16, "115792089237316195423570985008687907853269984665640564039457584007913129639935"},
    {"12", 1, "BASE"},
    {"12", 37, "BASE"},
    {"12", -1, "BASE"},
    {"0x_", 0, "E"},
    {"0x__1", 0, "E"},
    {"1_", 10, "E"},
    {"_1", 10, "E"},
    {"9", 8, "E"},
    {"Z", 36, "35"},
    {"0b102", 0, "E"},
};

static const struct { uint64_t bits; const char *out; } dbl_cases[] = {
    {0x7e37e43c8800759cull, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"},
    {0xc004000000000000ull, "-2"},
    {0x3feff7ced916872bull, "0"},
    {0x8000000000000000ull, "0"},
    {0x0000000000000001ull, "0"},
    {0x43f0000000000000ull, "18446744073709551616"},
    {0xc3e0000000000000ull, "-9223372036854775808"},
    {0x7fefffffffffffffull, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"},
    {0x419d6f3457000000ull, "123456789"},
};
/* @generated-end */

static char block_res[100][16384];

static void report_block(const char *name, size_t blk, int upto)
{
    for (int k = 0; k <= upto; k++)
        printf("  %s[%zu][%d]: '%s'\n", name, blk, k, block_res[k]);
}

TEST(ops_bulk)
{
    rng_seed(11);
    uint64_t h = FNV0, hh = FNV0;
    const uint64_t *hashes = sizeof(intptr_t) == 8 ? bulk_hash64 : bulk_hash32;
    size_t blk = 0;
    static char hres[100][32];
    for (int i = 0; i < 2500; i++) {
        char *res = block_res[i % 100];
        Bn a = run_case(res);
        h = fnv(h, res, strlen(res));
        sprintf(hres[i % 100], "%lld", (long long)bn_hash(&a));
        intptr_t small;
        if (bn_to_intptr(&a, &small))
            CHECK_EQ(bn_hash_int(small), bn_hash(&a));
        hh = fnv(hh, hres[i % 100], strlen(hres[i % 100]));
        free(a.d);
        if (i % 100 == 99) {
            if (h != bulk_ops[blk])
                report_block("bulk_ops", blk, 99);
            CHECK_MSG(h == bulk_ops[blk], "bulk_ops block %zu", blk);
            CHECK_MSG(hh == hashes[blk], "hash block %zu: first %s", blk, hres[0]);
            blk++;
            h = hh = FNV0;
        }
    }
    CHECK_EQ(blk, sizeof bulk_ops / sizeof bulk_ops[0]);
}

TEST(fromstr_bulk)
{
    rng_seed(12);
    uint64_t h = FNV0;
    size_t blk = 0;
    for (int i = 0; i < 10000; i++) {
        char s[160];
        char *res = block_res[i % 100];
        int base = gen_intstr(s);
        Bn x = {dig(bn_from_str_size(strlen(s), base)), 0, false};
        if (bn_from_str(&x, s, strlen(s), base) != BN_OK) {
            strcpy(res, "E");
        } else {
            res[0] = 0;
            app_dec(res, &x);
        }
        free(x.d);
        h = fnv(h, res, strlen(res));
        if (i % 100 == 99) {
            if (h != bulk_fromstr[blk])
                report_block("bulk_fromstr", blk, 99);
            CHECK_MSG(h == bulk_fromstr[blk], "bulk_fromstr block %zu", blk);
            blk++;
            h = FNV0;
        }
    }
    CHECK_EQ(blk, sizeof bulk_fromstr / sizeof bulk_fromstr[0]);
}

TEST(op_table)
{
    for (size_t i = 0; i < sizeof op_cases / sizeof op_cases[0]; i++) {
        char res[4096] = "";
        const char *op = op_cases[i].op;
        Bn a = mk(op_cases[i].a), b = mk(op_cases[i].b), c = mk(op_cases[i].c);
        if (!strcmp(op, "divmod"))
            op_divmod(res, &a, &b);
        else if (!strcmp(op, "truediv"))
            op_truediv(res, &a, &b);
        else if (!strcmp(op, "rshift"))
            op_shift(res, &a, (size_t)atol(op_cases[i].b), SHR);
        else if (!strcmp(op, "lshift"))
            op_shift(res, &a, (size_t)atol(op_cases[i].b), SHL);
        else if (!strcmp(op, "and"))
            op_bin(res, &a, &b, bn_and, bn_bitop_size(&a, &b));
        else if (!strcmp(op, "or"))
            op_bin(res, &a, &b, bn_or, bn_bitop_size(&a, &b));
        else if (!strcmp(op, "xor"))
            op_bin(res, &a, &b, bn_xor, bn_bitop_size(&a, &b));
        else if (!strcmp(op, "invert"))
            op_invert(res, &a);
        else if (!strcmp(op, "pow"))
            op_pow(res, &a, &b);
        else if (!strcmp(op, "powmod"))
            op_powmod(res, &a, &b, &c);
        else if (!strcmp(op, "float"))
            op_float(res, &a);
        else if (!strcmp(op, "cmpf")) { /* b holds the double's bits */
            uint64_t u = strtoull(op_cases[i].b, NULL, 10);
            double x;
            memcpy(&x, &u, sizeof x);
            int c = bn_cmp_double(&a, x);
            if (c == BN_UNORDERED)
                app(res, "UNORDERED");
            else
                app_ll(res, c);
        }
        else if (!strcmp(op, "str")) {
            op_strs(res, &a);
            app_dec(res, &a);
        }
        char want[4096];
        strcpy(want, op_cases[i].out);
        if (!strcmp(op, "hash")) {
            /* expected "hash64 hash32": keep the one for this word size */
            char *sp = strchr(want, ' ');
            if (sizeof(intptr_t) == 8)
                *sp = 0;
            else
                memmove(want, sp + 1, strlen(sp));
            app_ll(res, (long long)bn_hash(&a));
        }
        CHECK_MSG(strcmp(res, want) == 0, "%s(%s, %s, %s) = '%s', want '%s'", op, op_cases[i].a,
                  op_cases[i].b, op_cases[i].c, res, want);
        free(a.d);
        free(b.d);
        free(c.d);
    }
}

TEST(str_table)
{
    for (size_t i = 0; i < sizeof str_cases / sizeof str_cases[0]; i++) {
        const char *s = str_cases[i].s;
        int base = str_cases[i].base;
        size_t sz = base >= 0 && base <= 36 ? bn_from_str_size(strlen(s), base) : 1;
        Bn x = {dig(sz), 0, false};
        int e = bn_from_str(&x, s, strlen(s), base);
        char res[256] = "";
        if (e == BN_ERR_BASE)
            strcpy(res, "BASE");
        else if (e != BN_OK)
            strcpy(res, "E");
        else
            app_dec(res, &x);
        CHECK_MSG(strcmp(res, str_cases[i].out) == 0, "int('%s', %d) = %s, want %s", s, base, res,
                  str_cases[i].out);
        free(x.d);
    }
}

TEST(doubles)
{
    for (size_t i = 0; i < sizeof dbl_cases / sizeof dbl_cases[0]; i++) {
        double d;
        memcpy(&d, &dbl_cases[i].bits, sizeof d);
        Bn x = {dig(bn_from_double_size(d)), 0, false};
        CHECK_EQ(bn_from_double(&x, d), BN_OK);
        char res[400] = "";
        app_dec(res, &x);
        CHECK_STR(res, dbl_cases[i].out);
        free(x.d);
    }
    BnDigit one[1];
    Bn x = {one, 0, false};
    double nan_ = 0.0 / 0.0, inf = 1.0 / 0.0;
    CHECK_EQ(bn_from_double_size(nan_), 0u);
    CHECK_EQ(bn_from_double(&x, nan_), BN_ERR_NAN);
    CHECK_EQ(bn_from_double(&x, -inf), BN_ERR_INF);
}

TEST(machine_ints)
{
    BnDigit d[BN_I64_DIGITS];
    Bn x = {d, 0, false};
    static const int64_t vals[] = {0, 1, -1, 65535, -65536, INT64_MAX, INT64_MIN, INT32_MIN, 1234567890123LL};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        bn_from_i64(&x, vals[i]);
        int64_t back;
        CHECK(bn_to_i64(&x, &back));
        CHECK_EQ(back, vals[i]);
        CHECK_EQ(x.neg, vals[i] < 0);
        intptr_t ip;
        bool fits = bn_to_intptr(&x, &ip);
        CHECK_EQ(fits, vals[i] >= INTPTR_MIN && vals[i] <= INTPTR_MAX);
        if (fits)
            CHECK_EQ(bn_hash_int(ip), bn_hash(&x));
    }
    bn_from_u64(&x, UINT64_MAX);
    int64_t v;
    CHECK(!bn_to_i64(&x, &v));
    CHECK_EQ(x.n, 4u);
    BnDigit di[BN_INTPTR_DIGITS];
    Bn y = {di, 0, false};
    bn_from_intptr(&y, INTPTR_MIN);
    CHECK(y.neg);
    CHECK_EQ(bn_bit_length(&y), sizeof(intptr_t) * 8);
    /* small-int hashes as CPython: -1 is reserved, the modulus wraps */
    CHECK_EQ(bn_hash_int(-1), -2);
    CHECK_EQ(bn_hash_int(-2), -2);
    CHECK_EQ(bn_hash_int(12345), 12345);
    if (sizeof(intptr_t) == 8)
        CHECK_EQ(bn_hash_int((intptr_t)((uint64_t)1 << 61) + 5), 6);
    else
        CHECK_EQ(bn_hash_int(INTPTR_MAX), 0);
}

TEST(round_trip_text)
{
    /* property: int(str(x, base), 0) == x for every base with its prefix */
    rng_seed(77);
    for (int i = 0; i < 2000; i++) {
        Bn a = gen_int(900);
        static const int bases[4] = {2, 8, 10, 16};
        for (int k = 0; k < 4; k++) {
            size_t cap = bn_to_str_size(&a, bases[k]);
            char *t = malloc(cap);
            size_t n = bn_to_str(&a, bases[k], BN_STR_PREFIX | (k == 3 && (i & 1) ? BN_STR_UPPER : 0), t);
            Bn b = {dig(bn_from_str_size(n, 0)), 0, false};
            CHECK_EQ(bn_from_str(&b, t, n, 0), BN_OK);
            CHECK_MSG(bn_cmp(&a, &b) == 0, "base %d: %.*s", bases[k], (int)n, t);
            free(t);
            free(b.d);
        }
        free(a.d);
    }
}

TEST(sizes)
{
    /* absurd results report SIZE_MAX rather than wrapping */
    Bn two = mk("2"), big = mk("100000000000000000000000000000");
    CHECK_EQ(bn_pow_size(&two, &big), SIZE_MAX);
    Bn one = mk("1"), zero = mk("0");
    CHECK_EQ(bn_pow_size(&one, &big), 1u);
    CHECK_EQ(bn_pow_size(&zero, &big), 1u);
    CHECK_EQ(bn_lshift_size(&two, SIZE_MAX - 5), SIZE_MAX);
    CHECK_EQ(bn_lshift_size(&zero, SIZE_MAX - 5), 1u);
    CHECK_EQ(bn_from_str_size(SIZE_MAX / 2, 10), SIZE_MAX);
    free(two.d);
    free(big.d);
    free(one.d);
    free(zero.d);
}

int main(void)
{
    RUN(ops_bulk);
    RUN(fromstr_bulk);
    RUN(op_table);
    RUN(str_table);
    RUN(doubles);
    RUN(machine_ints);
    RUN(round_trip_text);
    RUN(sizes);
    return check_done();
}

/*
GENERATOR-BEGIN
# shared by the three generators (copied into each test file's script)
import math, struct, sys
M64 = (1 << 64) - 1
class Rng:
    def __init__(s, seed): s.s = seed & M64
    def next(s):
        s.s = (s.s + 0x9E3779B97F4A7C15) & M64
        z = s.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        return z ^ (z >> 31)
    def n(s, k): return s.next() % k
def fnv(h, b):
    for c in b:
        h = ((h ^ c) * 0x100000001b3) & M64
    return h
FNV0 = 0xcbf29ce484222325
def cstr(s):
    # C string literal for UTF-8 text, hex escapes split so they cannot run on
    out = '"'
    for b in s.encode('utf-8', 'surrogatepass'):
        c = chr(b)
        if c in '"\\': out += '\\' + c
        elif 32 <= b < 127: out += c
        else: out += '\\%03o' % b
    return out + '"'
def digests(items, block):
    # items: list of result strings; one FNV-1a digest per block of `block`
    ds = []
    for i in range(0, len(items), block):
        h = FNV0
        for s in items[i:i + block]:
            h = fnv(h, s.encode('utf-8', 'surrogatepass') + b'\n')
        ds.append(h)
    return ds
def c_u64s(name, ds):
    lines = ['static const uint64_t %s[%d] = {' % (name, len(ds))]
    for i in range(0, len(ds), 3):
        lines.append('    ' + ' '.join('0x%016xull,' % d for d in ds[i:i + 3]))
    lines.append('};')
    return '\n'.join(lines)
def replace_region(path, text):
    src = open(path).read()
    a = src.index('/' + '* @generated-begin')
    a = src.index('\n', a) + 1
    b = src.index('/' + '* @generated-end *' + '/')
    open(path, 'w').write(src[:a] + text + src[b:])
    print('wrote', path)
sys.set_int_max_str_digits(0)
SPECIAL = ['0', '1', '2', '65535', '65536', '65537', '4294967295', '4294967296', '9223372036854775807',
           '9223372036854775808', '18446744073709551615', '18446744073709551616', '9007199254740993',
           str(2**1024 - 2**970), str(2**61 - 1), str(2**61), '2147483647', '2147483648', '100000000000000000000',
           str(2**1024), str(2**1024 - 2**971)]
def gen_int(r, maxbits):
    k = r.n(10)
    if k == 0: v = int(SPECIAL[r.n(len(SPECIAL))])
    else:
        bits = r.n(maxbits) + 1
        nd = (bits + 15) // 16
        v = 0
        for i in range(nd): v |= (r.next() & 0xFFFF) << (16 * i)
        v &= (1 << bits) - 1
        if k == 1: v = (1 << bits) - 1
        elif k == 2: v = 1 << (bits - 1)
    if r.n(2): v = -v
    return v
def flt(x):
    try: return repr(float(x))
    except OverflowError: return 'OVF'
def tdiv(a, b):
    if b == 0: return 'ZD'
    try: return repr(a / b)
    except OverflowError: return 'OVF'
def dm(a, b):
    if b == 0: return 'ZD ZD'
    q, m = divmod(a, b); return '%d %d' % (q, m)
def powmod(a, e, m):
    if m == 0: return 'MODZERO'
    try: return str(pow(a, e, m))
    except ValueError: return 'NOTINV'
def case_str(r):
    a = gen_int(r, 600); b = gen_int(r, 600); c = gen_int(r, 100)
    s = r.n(300)
    out = [a + b, a - b, a * b, dm(a, c), dm(a, b), tdiv(a, c), tdiv(a, b), a << s, a >> s, a & b, a | b, a ^ b, ~a,
           (a > b) - (a < b), flt(a), a.bit_length(), bin(a).count('1'), bin(a), oct(a), hex(a), format(a, 'X'),
           a if -2**63 <= a < 2**63 else 'N']
    base = gen_int(r, 64); e = r.n(60)
    out.append(base ** e)
    pa = gen_int(r, 300); pe = gen_int(r, 64); pm = gen_int(r, 128)
    out.append(powmod(pa, pe, pm))
    return ' '.join(str(x) for x in out), a
P31 = (1 << 31) - 1
def hash31(v):
    h = abs(v) % P31
    if v < 0: h = -h
    return -2 if h == -1 else h
ALPHA = '0123456789abcdefghijklmnopqrstuvwxyzABCXYZ_'
PREFIXES = ['0x', '0o', '0b', '0X', '0B', '0O', '0x_', '0']
DIGS = '0123456789abcdefghijklmnopqrstuvwxyz'
def gen_intstr(r):
    k = r.n(8)
    base = [0, 0, 10, 16, 2, 8, 36][k] if k < 7 else r.n(35) + 2
    nd = r.n(30) + 1
    valid = r.n(2)
    bb = base if base else 10
    s = ''
    for i in range(nd):
        if valid: s += DIGS[r.n(bb)]
        else: s += ALPHA[r.n(len(ALPHA))]
    if r.n(4) == 0: s = PREFIXES[r.n(8)] + s
    if r.n(4) == 0: s = '+-'[r.n(2)] + s
    if r.n(6) == 0: s = ' ' + s + '\t'
    return s, base
def pyint(s, base):
    try: return str(int(s, base))
    except ValueError: return 'E'
def gen(path):
    out = ['static const char *const special[21] = {\n' + ''.join('    "%s",\n' % v for v in SPECIAL) + '};']
    r = Rng(11); items = []; h64 = []; h32 = []
    for i in range(2500):
        st, a = case_str(r); items.append(st); h64.append(str(hash(a))); h32.append(str(hash31(a)))
    SHOW['bulk_ops'] = items; out.append(c_u64s('bulk_ops', digests(items, 100)))
    SHOW['bulk_hash64'] = h64; out.append(c_u64s('bulk_hash64', digests(h64, 100)))
    SHOW['bulk_hash32'] = h32; out.append(c_u64s('bulk_hash32', digests(h32, 100)))
    r = Rng(12); items = []
    for i in range(10000):
        s, base = gen_intstr(r); items.append(pyint(s, base))
    SHOW['bulk_fromstr'] = items; out.append(c_u64s('bulk_fromstr', digests(items, 100)))
    # readable cases: op, a, b, c -> expected
    T = []
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (5, 0), (-1, 2**80), (2**80, -3), (-2**100, 2**50),
                 (2**100 + 1, -(2**50)), (10**40, 10**20 + 7), (-(10**40), 10**20 + 7), (65535, 65535), (2**64, 2**32 - 1)]:
        T.append(('divmod', a, b, 0, dm(a, b)))
        T.append(('truediv', a, b, 0, tdiv(a, b)))
    for a, b in [(10**30, 7), (1, 3), (-1, 10**400), (10**400, 1), (10**400, 10**399), (2**1023 * 3, 2),
                 (2**1024 - 2**970, 1), (2**53 + 1, 1), (2**1100, 2**100), (1, 2**1074), (1, 2**1075), (3, 2**1076)]:
        T.append(('truediv', a, b, 0, tdiv(a, b)))
    for a, s in [(-1, 100), (-(2**64), 64), (-(2**64 + 1), 64), (1, 1000), (-5, 1), (-65536, 16), (-65537, 16), (0, 7),
                 (2**100, 99), (-(2**100), 101), (12345, 0)]:
        T.append(('rshift', a, s, 0, str(a >> s)))
        T.append(('lshift', a, s, 0, str(a << s)))
    for a, b in [(-1, 2**100 + 5), (-2**64, 2**64 - 1), (-12345, -54321), (0, -1), (2**70, -(2**70)), (-65536, 65535)]:
        T.append(('and', a, b, 0, str(a & b))); T.append(('or', a, b, 0, str(a | b))); T.append(('xor', a, b, 0, str(a ^ b)))
        T.append(('invert', a, 0, 0, str(~a)))
    for a, e, m in [(2, 100, 0), (-3, 3, 0), (0, 0, 0), (-1, 2**70 + 1, 0), (1, 2**80, 0), (10, 50, 0), (-2, 63, 0)]:
        T.append(('pow', a, e, 0, str(a ** e)))
    for a, e, m in [(3, -1, 7), (2, -1, 4), (5, 0, 1), (5, -3, -1), (3, 2, -5), (-3, 3, 5), (4, 13, 497), (0, -1, 5),
                    (123456789, 2**64 + 1, 10**30 + 57), (7, 0, 0), (2**200 + 3, -1, 2**127 - 1), (10, 10, -(2**70))]:
        T.append(('powmod', a, e, m, powmod(a, e, m)))
    for v in [2**1024, 2**1024 - 2**970, 2**1024 - 2**971, 2**53 + 1, -(2**53 + 3), 2**64 - 1, 10**22, 10**23, 0, -(2**63)]:
        T.append(('float', v, 0, 0, flt(v)))
    for v in [2**61 - 1, 2**61, -(2**61), -1, -2, 2**64, 10**100, -(10**100) + 1, 0]:
        T.append(('hash', v, 0, 0, str(hash(v)) + ' ' + str(hash31(v))))
    for v in [0, -255, 2**64, -(2**70) + 1, 4095, 8]:
        T.append(('str', v, 0, 0, ' '.join([bin(v), oct(v), hex(v), format(v, 'X'), str(v)])))
    for a, x in [(2**53 + 1, 2.0**53), (2**53, 2.0**53), (-(2**53) - 1, -(2.0**53)), (0, -0.0), (0, 5e-324), (0, -5e-324),
                 (1, 1.5), (2, 1.5), (-1, -1.5), (-2, -1.5), (10**400, math.inf), (-(10**400), -math.inf),
                 (-(10**400), math.inf), (2**1024, 1.7976931348623157e308), (2**1024 - 2**971, 1.7976931348623157e308),
                 (3, 2.9999999999999996), (-3, -2.9999999999999996), (5, math.nan), (123456789, 123456789.0)]:
        T.append(('cmpf', a, struct.unpack('<Q', struct.pack('<d', x))[0], 0,
                  'UNORDERED' if x != x else str((a > x) - (a < x))))
    lines = ['static const struct { const char *op, *a, *b, *c, *out; } op_cases[] = {']
    for op, a, b, c, res in T: lines.append('    {"%s", "%d", "%d", "%d", %s},' % (op, a, b, c, cstr(res)))
    lines.append('};'); out.append('\n'.join(lines))
    S = [('0x_ff', 0), (' 1_0 ', 0), ('0_0', 0), ('00', 0), ('010', 0), ('0_7', 0), ('\x1c5\x1f', 0), ('0b', 0), ('-0x1', 0),
         ('1__0', 0), ('\u00a05', 0), ('\u20007\u2029', 0), ('0x', 16), ('0x1f', 16), ('0b1', 16), ('0b1', 2), ('0o17', 8),
         ('0O17', 0), ('zz', 36), ('ZZ', 36), ('z', 35), ('- 5', 10), ('+_5', 10), ('', 10), ('  ', 10), ('-0', 10),
         ('1' * 100, 10), ('1' * 100, 2), ('7' * 50, 8), ('f' * 64, 16), ('12', 1), ('12', 37), ('12', -1), ('0x_', 0),
         ('0x__1', 0), ('1_', 10), ('_1', 10), ('9', 8), ('Z', 36), ('0b102', 0)]
    lines = ['static const struct { const char *s; int base; const char *out; } str_cases[] = {']
    for s, base in S:
        try: res = str(int(s, base))
        except ValueError as ex: res = 'BASE' if 'base must be' in str(ex) else 'E'
        lines.append('    {%s, %d, "%s"},' % (cstr(s), base, res))
    lines.append('};'); out.append('\n'.join(lines))
    D = [1e300, -2.5, 0.999, -0.0, 5e-324, 2.0**64, -(2.0**63), 1.7976931348623157e308, 123456789.75]
    lines = ['static const struct { uint64_t bits; const char *out; } dbl_cases[] = {']
    for x in D: lines.append('    {0x%016xull, "%d"},' % (struct.unpack('<Q', struct.pack('<d', x))[0], int(x)))
    lines.append('};'); out.append('\n'.join(lines))
    if len(sys.argv) > 3 and sys.argv[2] == '--show':
        blk = int(sys.argv[4])
        for it in SHOW[sys.argv[3]][blk * 100:(blk + 1) * 100]: print(repr(it))
        return
    replace_region(path, '\n\n'.join(out) + '\n')
SHOW = {}
gen(sys.argv[1])
GENERATOR-END
*/
