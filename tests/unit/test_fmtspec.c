/*
 * test_fmtspec.c - core/fmtspec.c (format specs for ints and strs, and
 * the shared number layout) against CPython's format() (3.11).
 *
 * Ints go through both paths the VM uses -- fs_format_int for machine
 * ints and fs_format_int_digits for arbitrary-precision ones (digits from
 * bn_to_str) -- and both must give CPython's text; int with a float type
 * goes through dt_format_spec as the VM does.  Error results are compared
 * as CPython's message, built by fs_error_text.
 *
 * As test_dtoa.c: a readable table, and bulk cases drawn from splitmix64
 * on both sides with one FNV-1a digest per block of 100.
 *
 * Regenerate:  sed -n '/^GENERATOR-BEGIN/,/^GENERATOR-END/p' tests/unit/test_fmtspec.c |
 *              sed '1d;$d' | python3 - tests/unit/test_fmtspec.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bignum.h"
#include "core/dtoa.h"
#include "core/fmtspec.h"
#include "tests/unit/check.h"

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

static const char *const fills[7] = {"*", "0", "x", "\xc3\xa9", "\xf0\x9f\x98\x80", ",", " "};
static const int precs[4] = {0, 1, 3, 12};
static const char *const groupings[6] = {",", "_", ",_", "_,", ",,", "__"};
static const char *const words[7] = {"", "a", "hello", "h\xc3\xa9llo w\xc3\xb6rld",
                                     "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", "\xf0\x9f\x98\x80x", "abc def"};

static void addc(char *s, char c)
{
    size_t n = strlen(s);
    s[n] = c;
    s[n + 1] = 0;
}

static void gen_spec(char *s, const char *types)
{
    s[0] = 0;
    if (rndn(4) == 0) {
        if (rndn(2))
            strcat(s, fills[rndn(7)]);
        addc(s, "<>^="[rndn(4)]);
    }
    if (rndn(5) == 0)
        addc(s, "+- "[rndn(3)]);
    if (rndn(12) == 0)
        addc(s, 'z');
    if (rndn(5) == 0)
        addc(s, '#');
    if (rndn(5) == 0)
        addc(s, '0');
    if (rndn(2))
        sprintf(s + strlen(s), "%u", (unsigned)rndn(40));
    if (rndn(5) == 0)
        strcat(s, groupings[rndn(6)]);
    if (rndn(10) == 0)
        sprintf(s + strlen(s), ".%d", precs[rndn(4)]);
    char t = types[rndn((uint32_t)strlen(types))];
    if (t != 'N')
        addc(s, t);
}

/* an int as digits (malloc'ed), drawn as the script's gen_val */
static Bn gen_val(void)
{
    Bn x = {malloc(16 * sizeof(BnDigit)), 0, false};
    uint32_t k = rndn(6);
    if (k == 0) {
        bn_from_u64(&x, rndn(0x110010));
    } else if (k <= 2) {
        uint64_t v = rnd();
        bn_from_u64(&x, v >> rndn(64));
    } else {
        uint32_t bits = rndn(200) + 1;
        size_t nd = (bits + 15) / 16;
        for (size_t i = 0; i < nd; i++)
            x.d[i] = (BnDigit)(rnd() & 0xFFFF);
        if (bits % 16)
            x.d[nd - 1] &= (BnDigit)((1u << (bits % 16)) - 1);
        x.n = nd;
        while (x.n && !x.d[x.n - 1])
            x.n--;
    }
    if (rndn(3) == 0)
        bn_negate(&x);
    return x;
}

/* output text with NUL bytes shown as \0 (format(0, 'c') makes one) */
static void put_out(char *res, size_t rcap, const char *out, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 3 < rcap; i++) {
        if (out[i]) {
            res[k++] = out[i];
        } else {
            res[k++] = '\\';
            res[k++] = '0';
        }
    }
    res[k] = 0;
}

static void error_res(int err, const char *spec, const FsSpec *fs, const char *type, char *res,
                      size_t cap)
{
    char msg[300];
    fs_error_text(err, spec, strlen(spec), fs, type, msg, sizeof msg);
    snprintf(res, cap, "%s %s", fs_error_is_overflow(err) ? "O" : "E", msg);
}

/* format(a, spec) as the VM would do it, into res (NUL-terminated) */
static void format_int(const Bn *a, const char *spec, char *res, size_t rcap)
{
    FsSpec fs;
    int r = fs_parse(spec, strlen(spec), &fs);
    if (r != FS_OK) {
        error_res(r, spec, &fs, "int", res, rcap);
        return;
    }
    r = fs_int_check(&fs);
    if (r == FS_USE_FLOAT) {
        double d;
        if (bn_to_double(a, &d) != BN_OK) {
            snprintf(res, rcap, "O int too large to convert to float");
            return;
        }
        size_t cap = dt_format_spec_size(&fs, d);
        char *out = malloc(cap);
        intptr_t n = dt_format_spec(&fs, d, out, cap);
        if (n < 0)
            error_res((int)n, spec, &fs, "int", res, rcap);
        else
            snprintf(res, rcap, "%.*s", (int)n, out);
        free(out);
        return;
    }
    if (r < 0) {
        error_res(r, spec, &fs, "int", res, rcap);
        return;
    }
    /* arbitrary-precision path: magnitude digits in the spec's base */
    int base = fs_int_base(&fs);
    Bn m = *a;
    bn_absolute(&m);
    char *digits = malloc(bn_to_str_size(&m, base));
    size_t nd = bn_to_str(&m, base, 0, digits);
    size_t cap = fs_int_size(&fs, nd);
    char *out = malloc(cap);
    intptr_t n = fs_format_int_digits(&fs, a->neg, digits, nd, out, cap);
    if (n < 0)
        error_res((int)n, spec, &fs, "int", res, rcap);
    else
        put_out(res, rcap, out, (size_t)n);
    /* machine-int path must agree */
    intptr_t v;
    if (bn_to_intptr(a, &v)) {
        size_t cap2 = fs_int_size(&fs, 0);
        char *out2 = malloc(cap2);
        intptr_t n2 = fs_format_int(&fs, v, out2, cap2);
        if (n2 != n || (n > 0 && memcmp(out, out2, (size_t)n) != 0))
            strcat(res, " PATHDIFF");
        free(out2);
    }
    free(out);
    free(digits);
}

static void format_str(const char *s, const char *spec, char *res, size_t rcap)
{
    FsSpec fs;
    int r = fs_parse(spec, strlen(spec), &fs);
    if (r == FS_OK) {
        size_t cap = fs_str_size(&fs, strlen(s));
        char *out = malloc(cap ? cap : 1);
        intptr_t n = fs_format_str(&fs, s, strlen(s), out, cap);
        if (n >= 0)
            snprintf(res, rcap, "%.*s", (int)n, out);
        free(out);
        if (n >= 0)
            return;
        r = (int)n;
    }
    error_res(r, spec, &fs, "str", res, rcap);
}

static void format_float(double x, const char *spec, char *res, size_t rcap)
{
    FsSpec fs;
    int r = fs_parse(spec, strlen(spec), &fs);
    if (r == FS_OK) {
        size_t cap = dt_format_spec_size(&fs, x);
        char *out = malloc(cap);
        intptr_t n = dt_format_spec(&fs, x, out, cap);
        if (n >= 0)
            snprintf(res, rcap, "%.*s", (int)n, out);
        free(out);
        if (n >= 0)
            return;
        r = (int)n;
    }
    error_res(r, spec, &fs, "float", res, rcap);
}

/* @generated-begin (the script at the end of this file) */
static const uint64_t bulk_int[150] = {
    0xc579b50af754698eull, 0xc3dffcef7411a775ull, 0x9feeb416fcc33cc9ull,
    0x8a025ad37dce46d2ull, 0x5bafbcfb84415b6aull, 0xec0a2f2ed471d26dull,
    0x8dc932018b28e2abull, 0x335b824acd9dfdc6ull, 0xaea011df1699bf58ull,
    0x341e54e2667c2489ull, 0xa87368156610ba68ull, 0x2f19bee2e2116c8full,
    0xcf7ed23e69b72c64ull, 0xc3d584d4689280e8ull, 0xb0b16d8030ee4352ull,
    0x32fe8f9444276d10ull, 0x470edeb71a762b9aull, 0x0ca78ccf6c05dca3ull,
    0xbe2cc77721366a40ull, 0x5032aea78a922f7aull, 0x8e698c256214e005ull,
    0x0d91abc1414380ffull, 0x5b111d586f681598ull, 0x3385b88531748cb0ull,
    0x21b870fd90ad47a5ull, 0x5046927a37ba8457ull, 0x44f73f6a23b74bdfull,
    0x0b082df65f0f8a4full, 0x2e80901a4395e377ull, 0xbec9ed626762acfeull,
    0x23fcdf1006fb44fdull, 0x60387cce2831409eull, 0x285a07080b742508ull,
    0xdfcc8e4bed24f89eull, 0xdc1fb080184e159dull, 0xc4d8af099e7121d7ull,
    0x6ae8cc5d6d9305cfull, 0xe26758a80ffb4485ull, 0xe9ab6a51d5f42754ull,
    0x0f7e0fe65f99ee48ull, 0xcfe2e6b8bdd6620bull, 0x45ddda8648f8bbfbull,
    0xe3c34eb1e862cef4ull, 0x505501d33f699f10ull, 0x871d2e3bb7e3b5fcull,
    0x96f9e7ecf1d0c86full, 0xd281d8df95926eabull, 0x165bd7aa28962da9ull,
    0x118754a90a8d3858ull, 0xd1d346eac2c36bb9ull, 0xfa0d3a72ed5e9c6eull,
    0x57d9b54d36c6261cull, 0xf855b6c87dd50075ull, 0xb9c3b366f0a6a79full,
    0xbb4a0192061cb0d4ull, 0x1017201573adda55ull, 0x40edc9a934046bb3ull,
    0xe48888b2fea53527ull, 0xa3cf0b8fe2393245ull, 0x46391d28b5fbe70eull,
    0xbda07dda88672202ull, 0x0450a10daef95e95ull, 0xb91b6b59302b20abull,
    0x879be43686dd2bd4ull, 0x29e32c53a4fd66c0ull, 0x61aeace7e108b565ull,
    0xc9a3c3e65dbe8997ull, 0x419aeca954452703ull, 0x1cb32ce06c5fdb3cull,
    0x5bec983f987ea155ull, 0x6c4f8472c106c681ull, 0xf6bcc79911b7df08ull,
    0xaec66bdd74965392ull, 0xa69987ad534df9a5ull, 0x3be9b3e9cc378492ull,
    0x0320bdcd66355c73ull, 0xc28442fb5a4ad9f7ull, 0x71c7ce3e991bdd4eull,
    0xb73adc09bbbe7096ull, 0x7f7da49dcbb85f30ull, 0x4c8a057abd8172cbull,
    0xd3d470c6bdb6d0c2ull, 0x46e36ed9244a7849ull, 0x7f8f7a8bb283da43ull,
    0xe4318b95fc7b7900ull, 0x149b283a73c40c9eull, 0xdc8f4ef619588cfcull,
    0xd0c830fd2cc72b56ull, 0xf71c2d3196f7f626ull, 0xaed9778653058dafull,
    0x0a561e06be4550ddull, 0xfeb2e8d2ce398414ull, 0x90ef00878165c0e5ull,
    0xda1ff22ff5ad3f29ull, 0x8e9446b4fd5424baull, 0x13941b193f871bfdull,
    0x47b96ea979353daeull, 0xb41357aa087146e7ull, 0xf58f5d6ec29fcb63ull,
    0xacd9d7b6a3fe825eull, 0x66c03e607d1fcad2ull, 0x2633fbe6deb37df9ull,
    0xb951826b4000b824ull, 0x351196ec7d439b06ull, 0x91ed2dbd5ae6edd3ull,
    0x89f901d714b31d90ull, 0xadf5cbff59b5ccd0ull, 0xaf2762d5b2059debull,
    0x5b0b59c4d2466239ull, 0x3763ccb808230eb6ull, 0x4967d19dfeb64cb8ull,
    0xc831df05052012c2ull, 0x74aa2de8cb2b7950ull, 0xeaab03c4487c2870ull,
    0xfe0aed5fb0d0ff8eull, 0xd94a5819cf69d30bull, 0xf2026a4e618e4b61ull,
    0x3a3762dca5e8bf4bull, 0xc35ad5e0c8a6d9e8ull, 0xf63b66de7787e728ull,
    0x2831450323b085eaull, 0xe955c522729d8e53ull, 0x8ee395453461a50bull,
    0x07840ee7064ad7c3ull, 0xf687b009cf1369ceull, 0xc37a604f95306740ull,
    0xa3669da9b684b66cull, 0x701c6154c279afceull, 0xf2b2bca558040fe2ull,
    0xfca0d066db6f86f5ull, 0x709c257d62b0c34aull, 0xc21bd47412030bffull,
    0x9e1995c3d971eb77ull, 0x945f477e1d0aaddfull, 0xbda8e782c3d2051bull,
    0x39c860b3d709f947ull, 0xd952ab4992ca2598ull, 0x10025adcc2b4207dull,
    0x6388add1c1df2e5full, 0xc69e99d180a555c5ull, 0x44e6d47f3902a658ull,
    0xeb302ecf49e2335bull, 0xfd9968e438610a8cull, 0x6bbec0dd6eb28401ull,
    0xf67fb044a65dff85ull, 0x89eefdbe9226d8adull, 0x45598b801fae222aull,
    0x5677bb9019396c62ull, 0xed85baacd5204ed5ull, 0x7b756a2f0f44dec7ull,
};

static const uint64_t bulk_str[80] = {
    0x4f12937bef9da935ull, 0xedfec7b74293a190ull, 0xb2a73ee871ee9770ull,
    0x2d866639eb5474e6ull, 0xdfe5bbcef3313bdeull, 0xbd057a31be38b807ull,
    0x487fe11b5d726501ull, 0x9dd4ba6918c5aaabull, 0x2b74379c4dd9a117ull,
    0x9da2703e9b2225dcull, 0x4c5abb368746c758ull, 0xefa79b7cbb9f5fc1ull,
    0x84307cf04851b973ull, 0x7273ba8a7ed23e40ull, 0xf782571746939288ull,
    0x844b8e14cd4f0d57ull, 0xe900f144b936dad2ull, 0x15e0c2aae58e99a6ull,
    0x11d371518633462eull, 0x8f73253fc2e261ccull, 0xd772f577ff5ff347ull,
    0x47586bfdbf0f1649ull, 0x01a05322fb8a06ddull, 0xda92f469e8513a86ull,
    0x7d1a126b395d2df2ull, 0x3531dd8e4dab8434ull, 0x12ceedf977dfff07ull,
    0x1697ff357f1fe3b4ull, 0x7500e223ee3f8d38ull, 0x77b2417d85ba976eull,
    0xa121d7b5fbf6e5fcull, 0x957d8cf7c8c45288ull, 0x4d5a2aebdebea90cull,
    0x032acfda310a8785ull, 0xecf18ad8d4f62637ull, 0x48c640a73af34119ull,
    0xab4539577ec692ecull, 0x49a496f878f1b3a9ull, 0x24fa236122925f9cull,
    0xcd4594426d5e3d8full, 0x9e5e924805bdb958ull, 0xf709cf52e16dee52ull,
    0xc62f7dd72008c74cull, 0x1e7a71dbe7950647ull, 0x1e175c9b455be5fdull,
    0x29e5373c0bd55a75ull, 0xb55449393668cfb5ull, 0x0925fdb7ffc2639bull,
    0x5646c10618b06eebull, 0xf5745c4ccb749113ull, 0xd31d88a291d8b7faull,
    0xb77c1f81f20d2d85ull, 0xca66dce2e49f9276ull, 0x4236ef4bf6138902ull,
    0xf3094d68098d13cfull, 0x319bc3b49f902395ull, 0xc88ee3dfa0c4edadull,
    0xe15034a6e39f1c00ull, 0x135f00358609adcbull, 0x8589f44c021b5946ull,
    0xc3ff48dfa48acb9dull, 0xc1f9d7e1a6186b7full, 0x8d93dad3102f48c0ull,
    0xb063a70e83775133ull, 0xac21efde77d2fd06ull, 0x477bb912ae2e98e0ull,
    0x5b3ea57ddf44921bull, 0x9fe48808a571f1ddull, 0x4d9cdfd552dbacd2ull,
    0x0e83789635b5968aull, 0x2652a362f3c4bf2dull, 0x250c2352422c6459ull,
    0x269ad858ebf0fbe4ull, 0x821476bc382a7023ull, 0x02b44152ea522d1cull,
    0x640e336b60c16495ull, 0xb2f5657bfd56dc9cull, 0x2dff197c7cdc5676ull,
    0xc8f12e3009b447bfull, 0x8934930a878cd4daull,
};

static const struct { char kind; const char *val, *spec, *out; } err_cases[] = {
    {'i', "1", "abc", "E Invalid format specifier 'abc' for object of type 'int'"},
    {'f', "1.0", "abc", "E Invalid format specifier 'abc' for object of type 'float'"},
    {'s', "s", "abc", "E Invalid format specifier 'abc' for object of type 'str'"},
    {'i', "1", ".", "E Format specifier missing precision"},
    {'i', "1", ",_", "E Cannot specify both ',' and '_'."},
    {'i', "1", "_,", "E Cannot specify both ',' and '_'."},
    {'i', "1", ",,", "E Cannot specify ',' with ','."},
    {'i', "1", "__", "E Cannot specify '_' with '_'."},
    {'i', "1", ",c", "E Cannot specify ',' with 'c'."},
    {'i', "1", "_c", "E Cannot specify '_' with 'c'."},
    {'i', "1", ",b", "E Cannot specify ',' with 'b'."},
    {'i', "1", "_b", "1"},
    {'i', "1", ",n", "E Cannot specify ',' with 'n'."},
    {'i', "1", ".2d", "E Precision not allowed in integer format specifier"},
    {'i', "65", "+c", "E Sign not allowed with integer format specifier 'c'"},
    {'i', "65", "#c", "E Alternate form (#) not allowed with integer format specifier 'c'"},
    {'i', "65", "zc", "E Negative zero coercion (z) not allowed in integer format specifier"},
    {'i', "1", "zd", "E Negative zero coercion (z) not allowed in integer format specifier"},
    {'s', "s", "z", "E Negative zero coercion (z) not allowed in string format specifier"},
    {'s', "s", "+", "E Sign not allowed in string format specifier"},
    {'s', "s", " ", "E Space not allowed in string format specifier"},
    {'s', "s", "#", "E Alternate form (#) not allowed in string format specifier"},
    {'s', "s", "=", "E '=' alignment not allowed in string format specifier"},
    {'s', "s", ",", "E Cannot specify ',' with 's'."},
    {'s', "s", "_", "E Cannot specify '_' with 's'."},
    {'s', "s", ".2d", "E Unknown format code 'd' for object of type 'str'"},
    {'i', "1", "s", "E Unknown format code 's' for object of type 'int'"},
    {'i', "1", "99999999999999999999", "E Too many decimal digits in format string"},
    {'i', "1", "\303\251", "E Unknown format code '\\xe9' for object of type 'int'"},
    {'i', "1", "x\303\251", "E Invalid format specifier 'x\303\251' for object of type 'int'"},
    {'i', "1", "<\303\251", "E Unknown format code '\\xe9' for object of type 'int'"},
    {'i', "1", "\001", "E Unknown format code '\\x1' for object of type 'int'"},
    {'i', "1114112", "c", "O %c arg not in range(0x110000)"},
    {'i', "-1", "c", "O %c arg not in range(0x110000)"},
    {'i', "1000000000000000000000000000000", "c", "O Python int too large to convert to C long"},
    {'i', "9223372036854775808", "c", "O Python int too large to convert to C long"},
    {'i', "-9223372036854775808", "c", "O %c arg not in range(0x110000)"},
    {'s', "s", "c", "E Unknown format code 'c' for object of type 'str'"},
    {'i', "1", "=5c", "    \001"},
    {'i', "1", "5=c", "\001"},
    {'i', "1", "z", "E Negative zero coercion (z) not allowed in integer format specifier"},
    {'s', "x", "0=", "E '=' alignment not allowed in string format specifier"},
    {'i', "1", ".0", "E Precision not allowed in integer format specifier"},
    {'i', "1", "<5x\303\251", "E Invalid format specifier '<5x\303\251' for object of type 'int'"},
    {'i', "1", ",\001", "E Cannot specify ',' with '\\x1'."},
    {'i', "1", ",\303\251", "E Cannot specify ',' with '\\xe9'."},
    {'i', "1", "z.2d", "E Precision not allowed in integer format specifier"},
    {'i', "65", "z#c", "E Negative zero coercion (z) not allowed in integer format specifier"},
    {'s', "s", "#=", "E '=' alignment not allowed in string format specifier"},
    {'s', "s", "z=", "E '=' alignment not allowed in string format specifier"},
    {'i', "1", "z+c", "E Invalid format specifier 'z+c' for object of type 'int'"},
    {'i', "1234", "08,", "0,001,234"},
    {'i', "1234", "09,", "0,001,234"},
    {'i', "1234", "010,", "00,001,234"},
    {'i', "-1234", "09,", "-0,001,234"},
    {'i', "1234", "0=9,", "0,001,234"},
    {'s', "ab", "05", "ab000"},
    {'i', "5", "<05", "50000"},
    {'i', "-1234567", "_b", "-1_0010_1101_0110_1000_0111"},
    {'i', "255", "#_x", "0xff"},
    {'i', "255", "#_o", "0o377"},
    {'i', "-255", "#X", "-0XFF"},
    {'i', "1", "\360\237\230\200^5", "\360\237\230\200\360\237\230\2001\360\237\230\200\360\237\230\200"},
    {'s', "a\303\251b", "x^7.2", "xxa\303\251xxx"},
    {'s', "abcdef", ".2", "ab"},
    {'i', "0", "c", "\\0"},
    {'i', "128512", "^5c", "  \360\237\230\200  "},
    {'i', "10", "c", "\012"},
    {'i', "1267650600228229401496703205376", ",", "1,267,650,600,228,229,401,496,703,205,376"},
    {'i', "-1267650600228229401496703205376", "_x", "-10_0000_0000_0000_0000_0000_0000"},
    {'i', "12345678", " ,", " 12,345,678"},
    {'i', "5", "+", "+5"},
    {'i', "5", " 05", " 0005"},
    {'i', "-5", "*=+8", "-******5"},
    {'i', "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", "O int too large to convert to float"},
    {'i', "7", ".3%", "700.000%"},
    {'i', "255", "#010b", "0b11111111"},
};
/* @generated-end */

static char block_res[100][1024];

static void check_block(const char *name, size_t blk, uint64_t got, uint64_t want, int *bad)
{
    if (got != want) {
        for (int k = 0; k < 100; k++)
            printf("  %s[%zu][%d]: '%s'\n", name, blk, k, block_res[k]);
        *bad = 1;
    }
}

TEST(int_bulk)
{
    rng_seed(21);
    uint64_t h = FNV0;
    size_t blk = 0;
    int bad = 0;
    for (int i = 0; i < 15000 && !bad; i++) {
        Bn v = gen_val();
        char spec[64];
        gen_spec(spec, "bcdoxXnNNNdeEfFgG%sr");
        char *res = block_res[i % 100];
        format_int(&v, spec, res, sizeof block_res[0]);
        free(v.d);
        h = fnv(h, res, strlen(res));
        if (i % 100 == 99) {
            check_block("bulk_int", blk, h, bulk_int[blk], &bad);
            CHECK_MSG(!bad, "bulk_int block %zu", blk);
            blk++;
            h = FNV0;
        }
    }
    CHECK_EQ(blk, sizeof bulk_int / sizeof bulk_int[0]);
}

TEST(str_bulk)
{
    rng_seed(22);
    uint64_t h = FNV0;
    size_t blk = 0;
    int bad = 0;
    for (int i = 0; i < 8000 && !bad; i++) {
        const char *w = words[rndn(7)];
        char spec[64];
        gen_spec(spec, "sNNdr");
        char *res = block_res[i % 100];
        format_str(w, spec, res, sizeof block_res[0]);
        h = fnv(h, res, strlen(res));
        if (i % 100 == 99) {
            check_block("bulk_str", blk, h, bulk_str[blk], &bad);
            CHECK_MSG(!bad, "bulk_str block %zu", blk);
            blk++;
            h = FNV0;
        }
    }
    CHECK_EQ(blk, sizeof bulk_str / sizeof bulk_str[0]);
}

TEST(table)
{
    for (size_t i = 0; i < sizeof err_cases / sizeof err_cases[0]; i++) {
        char res[1024];
        const char *val = err_cases[i].val, *spec = err_cases[i].spec;
        if (err_cases[i].kind == 'i') {
            Bn a = {malloc(bn_from_str_size(strlen(val), 10) * sizeof(BnDigit)), 0, false};
            CHECK_EQ(bn_from_str(&a, val, strlen(val), 10), BN_OK);
            format_int(&a, spec, res, sizeof res);
            free(a.d);
        } else if (err_cases[i].kind == 'f') {
            double x;
            CHECK_EQ(dt_parse(val, strlen(val), &x), DT_OK);
            format_float(x, spec, res, sizeof res);
        } else {
            format_str(val, spec, res, sizeof res);
        }
        CHECK_MSG(strcmp(res, err_cases[i].out) == 0, "format(%s, '%s') = '%s', want '%s'", val,
                  spec, res, err_cases[i].out);
    }
}

TEST(parse_fields)
{
    FsSpec f;
    CHECK_EQ(fs_parse("\xc3\xa9^+z#012_.3f", 13, &f), FS_OK);
    CHECK_EQ(f.fill, 0xE9u);
    CHECK_EQ(f.align, '^');
    CHECK_EQ(f.sign, '+');
    CHECK(f.no_neg_zero && f.alt && !f.zero); /* a fill was given: '0' is part of the width */
    CHECK_EQ(f.width, 12);
    CHECK_EQ(f.grouping, '_');
    CHECK_EQ(f.precision, 3);
    CHECK_EQ(f.type, 'f');
    CHECK_EQ(fs_parse("", 0, &f), FS_OK);
    CHECK(f.width == -1 && f.precision == -1 && f.type == 0 && f.fill == ' ');
    CHECK_EQ(fs_parse("010", 3, &f), FS_OK);
    CHECK(f.zero && f.fill == '0' && f.width == 10);
    CHECK_EQ(fs_parse("\xff", 1, &f), FS_OK); /* malformed UTF-8 stays a byte */
    CHECK_EQ(f.type, 0xFFu);
    CHECK_EQ(fs_parse("<\xe6\x97", 3, &f), FS_ERR_INVALID); /* truncated sequence */
}

TEST(layout_in_place)
{
    /* digits at the front of the output buffer, spread out with grouping
     * and padding without clobbering each other */
    char buf[64];
    memcpy(buf, "1234567", 7);
    FsNum num;
    memset(&num, 0, sizeof num);
    num.digits = buf;
    num.nd = 7;
    num.vstart = 0;
    num.decpt = 4;
    num.vend = 9;
    num.point = true;
    num.sign = '-';
    num.group = 3;
    memcpy(num.suffix, "e+05", 4);
    num.nsuffix = 4;
    FsSpec fs;
    CHECK_EQ(fs_parse("*^24,", 5, &fs), FS_OK);
    CHECK_EQ(fs_num_size(&fs, &num), 24u);
    intptr_t n = fs_num_layout(&fs, &num, buf, sizeof buf);
    CHECK_EQ(n, 24);
    CHECK(memcmp(buf, "****-1,234.56700e+05****", 24) == 0);
    CHECK_EQ(fs_num_layout(&fs, &num, buf, 23), FS_ERR_SPACE);
}

TEST(huge_width)
{
    FsSpec f;
    CHECK_EQ(fs_parse("9223372036854775807", 19, &f), sizeof(intptr_t) == 8 ? FS_OK : FS_ERR_TOO_MANY_DIGITS);
    CHECK_EQ(fs_parse("99999999999999999999", 20, &f), FS_ERR_TOO_MANY_DIGITS);
    CHECK_EQ(fs_parse("2000000000", 10, &f), FS_OK);
    /* a width nobody can allocate: bounds saturate, formatting refuses */
    CHECK(fs_int_size(&f, 1) >= 2000000000u);
    char out[8];
    CHECK_EQ(fs_format_int(&f, 5, out, sizeof out), FS_ERR_SPACE);
    CHECK_EQ(fs_format_str(&f, "x", 1, out, sizeof out), FS_ERR_SPACE);
    char msg[8];
    CHECK_EQ(fs_error_text(FS_ERR_MISSING_PRECISION, NULL, 0, NULL, NULL, msg, sizeof msg), 34u);
    CHECK_STR(msg, "Format ");
}

int main(void)
{
    RUN(int_bulk);
    RUN(str_bulk);
    RUN(table);
    RUN(parse_fields);
    RUN(layout_in_place);
    RUN(huge_width);
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
FILLS = ['*', '0', 'x', '\u00e9', '\U0001F600', ',', ' ']
PRECS = [0, 1, 3, 12]
WORDS = ['', 'a', 'hello', 'h\u00e9llo w\u00f6rld', '\u65e5\u672c\u8a9e', '\U0001F600x', 'abc def']
def gen_spec(r, types):
    s = ''
    if r.n(4) == 0:
        if r.n(2): s += FILLS[r.n(7)]
        s += '<>^='[r.n(4)]
    if r.n(5) == 0: s += '+- '[r.n(3)]
    if r.n(12) == 0: s += 'z'
    if r.n(5) == 0: s += '#'
    if r.n(5) == 0: s += '0'
    if r.n(2): s += str(r.n(40))
    if r.n(5) == 0: s += [',', '_', ',_', '_,', ',,', '__'][r.n(6)]
    if r.n(10) == 0: s += '.' + str(PRECS[r.n(4)])
    t = types[r.n(len(types))]
    if t != 'N': s += t
    return s
def gen_val(r):
    k = r.n(6)
    if k == 0: v = r.n(0x110010)
    elif k <= 2: v = r.next() >> r.n(64)
    else:
        bits = r.n(200) + 1
        v = 0
        for i in range((bits + 15) // 16): v |= (r.next() & 0xFFFF) << (16 * i)
        v &= (1 << bits) - 1
    if r.n(3) == 0: v = -v
    return v
def py(v, s):
    try: return format(v, s).replace('\x00', '\\0')
    except ValueError as e: return 'E ' + str(e)
    except OverflowError as e: return 'O ' + str(e)
def gen(path):
    out = []
    r = Rng(21); items = []
    for i in range(15000):
        v = gen_val(r); s = gen_spec(r, 'bcdoxXnNNNdeEfFgG%sr')
        items.append(py(v, s))
    SHOW['bulk_int'] = items; out.append(c_u64s('bulk_int', digests(items, 100)))
    r = Rng(22); items = []
    for i in range(8000):
        w = WORDS[r.n(7)]; s = gen_spec(r, 'sNNdr')
        items.append(py(w, s))
    SHOW['bulk_str'] = items; out.append(c_u64s('bulk_str', digests(items, 100)))
    cases = [(1, 'abc'), (1.0, 'abc'), ('s', 'abc'), (1, '.'), (1, ',_'), (1, '_,'), (1, ',,'), (1, '__'), (1, ',c'),
             (1, '_c'), (1, ',b'), (1, '_b'), (1, ',n'), (1, '.2d'), (65, '+c'), (65, '#c'), (65, 'zc'), (1, 'zd'),
             ('s', 'z'), ('s', '+'), ('s', ' '), ('s', '#'), ('s', '='), ('s', ','), ('s', '_'), ('s', '.2d'), (1, 's'),
             (1, '99999999999999999999'), (1, '\u00e9'), (1, 'x\u00e9'), (1, '<\u00e9'), (1, '\x01'), (0x110000, 'c'),
             (-1, 'c'), (10**30, 'c'), (2**63, 'c'), (-2**63, 'c'), ('s', 'c'), (1, '=5c'), (1, '5=c'), (1, 'z'),
             ('x', '0='), (1, '.0'), (1, '<5x\u00e9'), (1, ',\x01'), (1, ',\u00e9'), (1, 'z.2d'), (65, 'z#c'), ('s', '#='),
             ('s', 'z='), (1, 'z+c'), (1234, '08,'), (1234, '09,'), (1234, '010,'), (-1234, '09,'), (1234, '0=9,'),
             ('ab', '05'), (5, '<05'), (-1234567, '_b'), (255, '#_x'), (255, '#_o'), (-255, '#X'), (1, '\U0001F600^5'),
             ('a\u00e9b', 'x^7.2'), ('abcdef', '.2'), (0, 'c'), (0x1F600, '^5c'), (10, 'c'), (2**100, ','), (-2**100, '_x'),
             (12345678, ' ,'), (5, '+'), (5, ' 05'), (-5, '*=+8'), (10**400, 'e'), (7, '.3%'), (255, '#010b')]
    lines = ['static const struct { char kind; const char *val, *spec, *out; } err_cases[] = {']
    for v, sp in cases:
        kind = 'i' if isinstance(v, int) else 'f' if isinstance(v, float) else 's'
        vs = str(v) if kind == 'i' else repr(v) if kind == 'f' else v
        lines.append("    {'%s', %s, %s, %s}," % (kind, cstr(vs), cstr(sp), cstr(py(v, sp))))
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
