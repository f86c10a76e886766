/*
 * test_dtoa.c - core/dtoa.c against CPython (3.11).
 *
 * Expected values come from python3 through the generator at the end of
 * this file: readable tables of hand-picked cases, and for the bulk, one
 * FNV-1a digest per block of 100 cases whose inputs both sides draw from
 * the same splitmix64 stream (gen_double, gen_spec, gen_numstr mirror the
 * script line by line).  A failing block prints its cases; the script
 * prints the expected ones with --show NAME BLOCK.
 *
 * Regenerate:  sed -n '/^GENERATOR-BEGIN/,/^GENERATOR-END/p' tests/unit/test_dtoa.c |
 *              sed '1d;$d' | python3 - tests/unit/test_dtoa.c
 *
 * Buffers are malloc'ed at exactly the documented bound, so ASan checks
 * the bounds as well as the results.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dtoa.h"
#include "core/fmtspec.h"
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

#define MANT 0x000FFFFFFFFFFFFFull
#define SIGN 0x8000000000000000ull

static double u2d(uint64_t u)
{
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}
static uint64_t d2u(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static const uint64_t gen_exps[14] = {0, 1, 2, 1022, 1023, 1024, 1074, 1075, 1076, 1100, 2045, 2046, 500, 1500};
static const double p10[7] = {1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0};

static double gen_double(void)
{
    uint32_t k = rndn(8);
    if (k <= 2)
        return u2d(rnd());
    if (k == 3) {
        uint64_t m = rnd() & MANT;
        uint64_t e = gen_exps[rndn(14)];
        uint64_t s = rnd() & 1;
        return u2d(m | e << 52 | s << 63);
    }
    if (k == 4) {
        int64_t d = (int64_t)rndn(2000001) - 1000000;
        uint32_t j = rndn(7);
        return (double)d / p10[j];
    }
    if (k == 5) {
        uint32_t m = rndn(1u << 20) + 1;
        int e = (int)rndn(120) - 60;
        return ldexp((double)m, e);
    }
    if (k == 6) {
        uint64_t m = rnd() & MANT;
        uint64_t s = rnd() & SIGN;
        return u2d(m | s);
    }
    uint64_t v = rnd();
    uint32_t sh = rndn(64);
    return (double)(v >> sh);
}

static const char *const fills[4] = {"*", "0", "x", "\xc3\xa9"};
static const int precs[11] = {0, 1, 2, 3, 5, 6, 10, 16, 17, 25, 60};

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
            strcat(s, fills[rndn(4)]);
        addc(s, "<>^="[rndn(4)]);
    }
    if (rndn(4) == 0)
        addc(s, "+- "[rndn(3)]);
    if (rndn(8) == 0)
        addc(s, 'z');
    if (rndn(5) == 0)
        addc(s, '#');
    if (rndn(5) == 0)
        addc(s, '0');
    if (rndn(2))
        sprintf(s + strlen(s), "%u", (unsigned)rndn(30));
    if (rndn(5) == 0)
        addc(s, ",_"[rndn(2)]);
    if (rndn(2))
        sprintf(s + strlen(s), ".%d", precs[rndn(11)]);
    char t = types[rndn((uint32_t)strlen(types))];
    if (t != 'N')
        addc(s, t);
}

static const char *const specials[10] = {"inf", "-Infinity", "nan", "iNf", "infinit", ".", "", "e5", "1e", "0x1"};

static void gen_numstr(char *s)
{
    static const char *const signs[3] = {"", "-", "+"};
    char digs[64];
    uint32_t sign = rndn(3);
    uint32_t nd = 1 + rndn(25);
    for (uint32_t i = 0; i < nd; i++)
        digs[i] = (char)('0' + rndn(10));
    digs[nd] = 0;
    uint32_t p = rndn(nd + 2);
    if (p <= nd) {
        memmove(digs + p + 1, digs + p, nd - p + 1);
        digs[p] = '.';
    }
    if (rndn(4) == 0) {
        size_t len = strlen(digs);
        uint32_t q = rndn((uint32_t)len + 1);
        memmove(digs + q + 1, digs + q, len - q + 1);
        digs[q] = '_';
    }
    strcpy(s, signs[sign]);
    strcat(s, digs);
    if (rndn(2)) {
        static const char *const esigns[3] = {"", "+", "-"};
        addc(s, "eE"[rndn(2)]);
        strcat(s, esigns[rndn(3)]);
        sprintf(s + strlen(s), "%u", (unsigned)rndn(400));
    }
    if (rndn(6) == 0) {
        memmove(s + 1, s, strlen(s) + 1);
        s[0] = ' ';
        addc(s, '\t');
    }
    if (rndn(10) == 0)
        strcpy(s, specials[rndn(10)]);
}

/* ---- digests ---- */

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    return (h ^ '\n') * 0x100000001b3ull; /* each case ends with a newline */
}
#define FNV0 0xcbf29ce484222325ull

/* ---- operations under test, rendered as the generator renders them ---- */

static void repr_of(double x, char *out) { dt_repr(x, out); }

/* format(x, spec) or "E message"; output malloc'ed at the bound */
static void format_of(double x, const char *spec, char *res, size_t rcap)
{
    FsSpec fs;
    int r = fs_parse(spec, strlen(spec), &fs);
    if (r == FS_OK) {
        size_t cap = dt_format_spec_size(&fs, x);
        if (cap > rcap) {
            snprintf(res, rcap, "size bound %zu too large", cap);
            return;
        }
        char *buf = malloc(cap ? cap : 1);
        intptr_t n = dt_format_spec(&fs, x, buf, cap);
        if (n >= 0) {
            memcpy(res, buf, (size_t)n);
            res[n] = 0;
        }
        free(buf);
        if (n >= 0)
            return;
        r = (int)n;
    }
    char msg[256];
    fs_error_text(r, spec, strlen(spec), &fs, "float", msg, sizeof msg);
    snprintf(res, rcap, "E %s", msg);
}

static void printf_of(double x, char code, int prec, unsigned fl, char *res)
{
    size_t cap = dt_format_size(x, code, prec);
    char *buf = malloc(cap);
    intptr_t n = dt_format(x, code, prec, fl, buf, cap);
    if (n < 0)
        strcpy(res, "ERR");
    else {
        memcpy(res, buf, (size_t)n);
        res[n] = 0;
    }
    free(buf);
}

static void parse_of(const char *s, char *res)
{
    double d;
    if (dt_parse(s, strlen(s), &d) != DT_OK)
        strcpy(res, "E");
    else
        sprintf(res, "%016llx", (unsigned long long)d2u(d));
}

static void round_of(double x, int n, char *res)
{
    double y;
    if (dt_round(x, n, &y) != DT_OK)
        strcpy(res, "OVF");
    else
        dt_repr(y, res);
}

/* @generated-begin (the script at the end of this file) */
static const uint64_t bulk_repr[200] = {
    0x853db8b6e7e2ae7cull, 0x4dc10dc4762ec934ull, 0x0a46087ebf7cae35ull,
    0x38eee737fd505b06ull, 0xe22bc2624b77a264ull, 0xd68c45591fb7223full,
    0x6f90e774c37a50faull, 0xd095c97ae11c7c17ull, 0x2f426107e988bb4eull,
    0xe348b9598801ca47ull, 0xf9924f59e7d4bbedull, 0x6ade0c7244111aaeull,
    0x7bf5eb3dec5f1c51ull, 0xc65bea56c593bc1aull, 0x5866785d22a09467ull,
    0x6e7b1398749e9cfaull, 0x195e466633c1d889ull, 0x63a1ca65f5d45f4aull,
    0xaf6fefd909e5307dull, 0xab4feff892e61b57ull, 0xe91f5e5836bdd04cull,
    0x9f280f4e3cc1c928ull, 0x41edbf0830b507b1ull, 0x7a06f28f8216f9bfull,
    0x8b5bde993a5ffbfeull, 0x16787dd28c9b880full, 0x8b9e3aba6172d8afull,
    0xf54c64e35ef0714eull, 0xd6c2187da7d7406full, 0xcb04d4e610845924ull,
    0x250306cbb9c85bbdull, 0x00650881cd713374ull, 0x230f4237c1a6b410ull,
    0xccabfce6136ff59bull, 0x2eb96adcd642ee37ull, 0x2c918dfcd17cafe8ull,
    0x7512df24ba439f26ull, 0x0fc2299a55410877ull, 0x4dec6ea1dc804d1aull,
    0xd7f5c0c9d34fe8a4ull, 0x854f429bc4524383ull, 0xd48254cc1bed384full,
    0x2d963186fe47a593ull, 0xcef8d3b6acfd749dull, 0xeb098b6f1be131a3ull,
    0x03fae09065959ac1ull, 0x4a386be0ff00b95eull, 0x742f2bff8b273b9dull,
    0x9db5757ca433b96cull, 0xdc4d8a79b240c89bull, 0xce3678b11c198e8aull,
    0x2b098aa83b2025e8ull, 0x3d03633b72b68411ull, 0x3c03bb6d4be1296cull,
    0xa02ecfb5e7c9a7f7ull, 0xe34719ad9e6ea72aull, 0x02f790deda03da82ull,
    0x83c586b16b6d6316ull, 0xa78a2662fb114e84ull, 0x8c8b88384f2163cfull,
    0xbf4796cfe0773aeaull, 0x3cd9e3544a062154ull, 0x7d68875b53940ff0ull,
    0x343516c4941f34efull, 0x9820c826f93343ebull, 0xb76148bb0a84733dull,
    0x4b81d3e4ff63bf30ull, 0x73260f3ed1857b17ull, 0xb39f20b578448529ull,
    0xa4d6953a5324ed21ull, 0x935ca8e763bdde01ull, 0x9ed209e9adc0016aull,
    0x3835e91adb372831ull, 0xd0b9161d7284dd99ull, 0xe4a6f01f1b5f887full,
    0xe3fce972c819d952ull, 0x99d05536b28c2f7bull, 0xf3d5827fa94af59full,
    0x58730986d4584c62ull, 0x432f56f649f19fe8ull, 0x7274a898707fcafaull,
    0xb9a76e28867eebd4ull, 0x492643e7aa16867cull, 0x272ef82d3d1d8617ull,
    0xb50798060cb1d369ull, 0x7c1317fc868e8d60ull, 0x3778fcf4257bd9e1ull,
    0x741f3c3f7d049121ull, 0xc9c818f98f853d5eull, 0x7416897c40466775ull,
    0x88159d61b0d10ce2ull, 0x1f7de3b24c17bd7aull, 0x6afcba97eb0771dcull,
    0x6a143494f5696e32ull, 0x1de0dd529072e050ull, 0xc14880b67701a0b9ull,
    0xc1be0c7a00122be4ull, 0xe384529730effa28ull, 0xc347eb311327e05bull,
    0xfdf904799cc652e9ull, 0x21eb8e45da88725aull, 0xaffeb214c421f58dull,
    0xe665767b12b02323ull, 0xf9668798e247b3bdull, 0x1c496f2e3d6f7d52ull,
    0xb3d8e388ef00b7b4ull, 0x63543a681f696bbdull, 0x862678cfddea3164ull,
    0x19aa610bf45c215aull, 0xed44cce94eead21cull, 0xaa4f454b3e8d2b17ull,
    0xcbce4d7f711287fbull, 0x57bcc6023cc4d9e9ull, 0x0f20afc966e44dddull,
    0xecbdd4e32be5de04ull, 0xecb00f7d35d48bc4ull, 0xecbf12efca26b8a2ull,
    0x0055c5ca445d1b66ull, 0xc069787bcab32796ull, 0x494586a28aa7082dull,
    0xd2112d972bdc786cull, 0xcaa02765871ab262ull, 0x2d0f9251b0993ec4ull,
    0xf427f74e9a676c46ull, 0xdece3902b2b59500ull, 0xcf42447413b40511ull,
    0xccd52cda0deda26aull, 0xc2095dcde2b4fd6cull, 0xff3ca1257cc1ce33ull,
    0x56d763ddd2babefcull, 0xaba43c9cb29cbdf8ull, 0x407673c7aaa2d60dull,
    0x2553a12daba54148ull, 0x78e45fa9d26385f4ull, 0xf08b4c6f1d30f0a9ull,
    0x275fd771b4551755ull, 0x502865cfcad0711bull, 0xcd83055861b8ad9bull,
    0x2162afd496cb8077ull, 0x39e8c066be2f09f8ull, 0xe945493703508493ull,
    0x243f2314efc2c77dull, 0x9b814924c4061773ull, 0x7d493f69496eb30dull,
    0xd476354da30f1658ull, 0xc2adb16ea7b76915ull, 0xea6c11c3997ebd4bull,
    0x71439b058bc161c0ull, 0xa097ca9be7634a2full, 0xf3c28dcb40754e6full,
    0xf7d083d05ab9322full, 0x72e7631335d2cf70ull, 0x5e7ceaf408883f7cull,
    0x6e947bcd8eeddf3aull, 0xc601c1e205f23737ull, 0xa67f1b5754b135f6ull,
    0x67f791a46ea9e163ull, 0x5362b4fd677e13a1ull, 0x55367f3ba7d5c0b6ull,
    0xc5749a8d7f4a1a4eull, 0xc97252c4d3be8613ull, 0x2bb20c9a56aca214ull,
    0x656da661fa827421ull, 0x0605ab7a583b74a2ull, 0x23667e21eab2ee0full,
    0xcca3fc435910819aull, 0x8594a87800a9fb6cull, 0xdf4706bf3870f3eaull,
    0x59fa4976fc308fd4ull, 0xacd1cb542bb8df3aull, 0x18d12c93415efd91ull,
    0xc9f38ffd342ee5e3ull, 0xa1398cad9846c98dull, 0x8eac27d67f723d6bull,
    0xe66664a36eb17357ull, 0xe716ed8efaa013b8ull, 0xc458dd17150e6bb1ull,
    0x07320004d9b4c36eull, 0x2012ba970bd37236ull, 0x7015b926c65cdb06ull,
    0x0581d70067fe465aull, 0xa147c4ab2ac2f2fcull, 0xef42eca582798845ull,
    0x016a4a02858165feull, 0x61e40efa88d01ddfull, 0xfcc9187a4fcd2856ull,
    0xddd776d9e11163a9ull, 0x55f3c0f5fc8880b5ull, 0x7013212aa3034ff2ull,
    0x4db816d0f8bf5d31ull, 0xbf5fb60565cd5875ull, 0x080bd36c00cb5c63ull,
    0x2a00b122ce395fccull, 0xb6b547414c81f11dull, 0x519e1d127223eb37ull,
    0x0bf5ce08ea81690full, 0x4fef96c948c47f04ull, 0x7ef64583b0fc6c68ull,
    0x303fcf326e52932aull, 0x89e9ed552fcfeccbull,
};

static const uint64_t bulk_format[120] = {
    0x22d5360a136c032dull, 0xfa0410ad2c51423aull, 0xf38a15044198bb9aull,
    0x1b1d4c594fa431ddull, 0x752e7ef92fabf820ull, 0x564d2319d98fad8aull,
    0x522190ba464b7232ull, 0x78c37e1f60e05579ull, 0x1ddc2d549adfdeecull,
    0x2452b1abee646120ull, 0x8b96f8dff3dd354cull, 0x3d9a4ec3003e9b31ull,
    0x5c5443160ff38b33ull, 0x244656183506a8c6ull, 0x97d3f5f3f529cd3aull,
    0x3d9049b29109b608ull, 0xf7ec1a5fe43ad301ull, 0x7e4e3e7c103649dcull,
    0xb71e48ce78db0db5ull, 0x7398a4e161cc8527ull, 0xf251d920c22c07c1ull,
    0x16708b3eee6417d8ull, 0x26c8283d67edbc25ull, 0x8931034da997b315ull,
    0xf022a18d89a383adull, 0x6e0e3383227d0abcull, 0x47e98c952da70d96ull,
    0xbbf3fb4114ae82ecull, 0x7420ef1d4af3d27aull, 0x4ba83fed129cc487ull,
    0x93893514809a7964ull, 0xd83b7b6c27f2d229ull, 0x9099e419fc92b509ull,
    0x564ec637733d1394ull, 0x389761aed9b8f79full, 0x3ea1f76696d0b853ull,
    0xd2a419b89c8417b9ull, 0x4efea7388dd610d8ull, 0xbbf8167b994e4aa7ull,
    0x9081d6357400b31dull, 0x80351fb239f72507ull, 0x075fb4a86f0a72faull,
    0x7477e1d6de6457d1ull, 0x628d19647c5bf7d8ull, 0x934e53914853e858ull,
    0xfdd393bf95bfa43bull, 0x699cf40da02543f9ull, 0xc271c8a7fed68b2bull,
    0xff6c6610c06995b5ull, 0xa424073a2e64dbc7ull, 0x16652550ca9d53e6ull,
    0x30ccd7da96bb4e98ull, 0xf296242ae2618a52ull, 0x2af21f16b64a35efull,
    0x1a30fc4820f4f2a6ull, 0x19d4377a9705ed75ull, 0xdb2d191d1e1d2c32ull,
    0xd97890079f4bf5aaull, 0xead3e468263b5ef7ull, 0x838c4b515b4eb597ull,
    0xd3f8582f9c573a4aull, 0xe88b585461e49c7eull, 0x2448b4ac692a4f81ull,
    0x624af07c1701db49ull, 0x7093556c498eaa38ull, 0x48a78bb664acce3aull,
    0xe6ddd6bf60970749ull, 0x550c62db5d2ce5c0ull, 0x94604c1d487fd0b6ull,
    0x69646a4cc587b74eull, 0x07e22f9483feeaa3ull, 0xe912dae45fa2f59eull,
    0xe3df980cb339c437ull, 0x57f417dd3fe33fe6ull, 0x0f0a4a71fbb78b09ull,
    0x7cf84b49d2cb4408ull, 0x0ff78d6c51cdfedaull, 0x17c3605d609297d1ull,
    0xd298087d9d0d1d36ull, 0xa14b945fdc0c95a2ull, 0xad633e9b1fe948c7ull,
    0xa0516b1315872d31ull, 0xff360c51b89f0034ull, 0xcab99c8e33d91278ull,
    0x069307a0b260c07cull, 0x0122392d90e7c666ull, 0xcc78589480fc817full,
    0x9618a4a654b7d226ull, 0xd7c8b8304272ab47ull, 0xee42e344aed1fe10ull,
    0xa3612ee2fc02f24cull, 0xeab8f7d29c96745dull, 0x7a14e7a4d95b0bdaull,
    0x7f0dbc2a76ace9f7ull, 0x79fba0b6b200a32eull, 0x42fbf998d576a6c7ull,
    0x1d4b7e42b2d939f3ull, 0x5c70270fd98fd5d9ull, 0x311ca1a09faa70d5ull,
    0x170480f3820fe6c0ull, 0x4699473891d0bddbull, 0x2896430ec7e8f796ull,
    0x1e3a4c6e40b8bb2full, 0xc2cc0fcfa93606d8ull, 0x876e27a092ec63f7ull,
    0xfbd164f42b9630faull, 0xd30005884b018079ull, 0xab2d7c8606157305ull,
    0xb9949690e909086dull, 0x29ad3a5a397fec2aull, 0xdd0572ad06c9664aull,
    0x82eb673a23d7e26cull, 0xfe053531aeae7c8bull, 0x4df209e2e8b1cc13ull,
    0x2e50b80dada855c1ull, 0x481da10ecebb7a3dull, 0xdaad051da6e96d9cull,
    0x6263cea524e272ceull, 0x68304ac2f00fba64ull, 0xea7dc72df63be3cfull,
};

static const uint64_t bulk_printf[40] = {
    0x6cd22556ec1c8a3full, 0xfce7d20bf2718ac9ull, 0xd522d0f76d6fff71ull,
    0xaa0a3f5efe42a30aull, 0x190d6887ee4650c1ull, 0x5d525428de6911b4ull,
    0x68b0300fd2b3c17dull, 0x1c58e73f4f7f4a3dull, 0x29f14351927ceb27ull,
    0xbe77f3a0cba2dde7ull, 0x7d8b04aa4f0ea95bull, 0xe7003f989b35643full,
    0x8ea9d8bedbd30887ull, 0xeb944692c25e6b0full, 0xb5d87261d2cc3476ull,
    0x45c2134661a763aeull, 0x51334fe1aef2f5faull, 0xe701bbe77ee83104ull,
    0xf5ef791e6086f428ull, 0x183f411836939ddfull, 0xb67c7dc72e1612e0ull,
    0x822ca800d617acedull, 0xf87a9df05f0b788aull, 0xfa7d5f6b032ebe5cull,
    0x8103a8915be0d435ull, 0x8cdcb821581d6805ull, 0xfe1f0014285e8a40ull,
    0x104e2f3c94b5e2f3ull, 0x1e3d03811c8851a5ull, 0x2216ec4a9374b630ull,
    0x2c480a84453aa7c6ull, 0xfcbb8e13a8ecc879ull, 0xeb4aabfd9f33760eull,
    0x25f7c451d6c26d67ull, 0xd5a9a4c90ae93fc3ull, 0x83ed57976eecc718ull,
    0xc4207601da4ce206ull, 0x1822601fdd86fcdeull, 0x56703302a1e21f7bull,
    0x60415a90e7109541ull,
};

static const uint64_t bulk_parse[120] = {
    0x8f3bcebb3e95d825ull, 0x44271826d962fbf1ull, 0xe2f4f1a0f4b23c3aull,
    0x50568fea73647c83ull, 0x32a4a381273bbe0dull, 0xb1cf4bbb2802a4c7ull,
    0x57b5e22a274300f0ull, 0xee396ddc7bda1043ull, 0xad9fbeb6d624f35dull,
    0xcf1dbdadababf494ull, 0x31eed4b92c4793a8ull, 0xe755c9c8bc2251ffull,
    0x025d4cd682997140ull, 0x137cf6fc89d4d477ull, 0xebd9d1d8a66850b2ull,
    0x2a7f86b096fb0f45ull, 0xb23fd3efe15a3024ull, 0xf1371aeb6c637fcdull,
    0xb408d4e4667e93cbull, 0xb2c53156ab75d676ull, 0xdeadf35eb57a4c15ull,
    0xe5f4827264d7d537ull, 0x300166a1750cda6dull, 0x5a66bfa5878c0edfull,
    0x2b46298259188b96ull, 0xf04efcddc9344032ull, 0xd678f4af2fb7ef19ull,
    0x15e873f44703cd4full, 0xd3b0fb8813f073c3ull, 0x146de827be1ff961ull,
    0x07e493a1d29af99aull, 0x906e22b082c97b4cull, 0x02dcaeeeb644485dull,
    0x152a341e76e1aa22ull, 0x6223dd15218d862bull, 0xe3e12aefb9fd0939ull,
    0xf2c26275cfbdfabbull, 0x2757fa653b4b2f66ull, 0xdcaf9e87f4b56f13ull,
    0xd040db69292a0817ull, 0x22c9f77ffca67ea2ull, 0xca014da95acaf4e8ull,
    0x49b316097adee122ull, 0x150c44f321c23f77ull, 0xf1b9dabdb6b01f1cull,
    0x85be3141f056eca9ull, 0x538f693c22c99607ull, 0xef3261685137e72full,
    0x900097bc0efc311dull, 0x0220ece0dbcf432aull, 0xa913ff8671fc255full,
    0xbf8e2649111d65cfull, 0x63c6dfeab7838c00ull, 0x1c8323d4a44109faull,
    0x6b98d5a4805131f9ull, 0x05f846f12b69a4a2ull, 0x234a5411a70cb45bull,
    0x6b891dd78289bcf9ull, 0x6cf5ca2f88593bc7ull, 0x94127c34bbff87f0ull,
    0x3c884249c9f3ad70ull, 0x76622ed495def37aull, 0x424401a02af3ac0aull,
    0xf62909a9d566428eull, 0xe682e2f2c6cb91c8ull, 0x3f714a7cd63f6b4eull,
    0xc4fde3388cac8d6aull, 0x3cc397bc4dd18333ull, 0xd7c46836bf76bf5bull,
    0x523340470ffb374eull, 0x6d31f93182476c7eull, 0xd12a26896cac6bc4ull,
    0xe82184a57351ef23ull, 0x142e14093ce7d079ull, 0x994bc4ebf46952feull,
    0xa5a82c95af05af26ull, 0x711ef518cced41f8ull, 0x91cab62925e68417ull,
    0x62225a1e44719907ull, 0xe1ea03e30d8d73b8ull, 0x6587d5e9538628a1ull,
    0xf8c63be1e791c872ull, 0xc3cf5afde64a6c7bull, 0x74a4c47087cd2e24ull,
    0xbe183ad3c619b9dfull, 0xf6fada2ac605836dull, 0xa2f842859b5644d8ull,
    0x3a46df64966d8d07ull, 0xe35114b62ec8e930ull, 0xfb7a8bb672fd7fcdull,
    0x6b25db23c8cf63deull, 0x43cb82a257edcdc4ull, 0x3a31566fc58da96aull,
    0xf80295943a94f01cull, 0xc9a01c94bc2d8bd1ull, 0x6b7ddc1a4406bd93ull,
    0xcb76804355020225ull, 0x7de3c81e22298250ull, 0x570b1f653726c2e4ull,
    0xd2239217ff83031full, 0x1c204402cdceed9eull, 0x49010c6ce0af5e3full,
    0x4c15251b4401f8b7ull, 0x1615bf06e2c9735full, 0x7010fa0c6f4cfc3dull,
    0x1d9a7310e7dcf068ull, 0xa8f576a09e535a51ull, 0xfcb623377b2f1829ull,
    0xdfa2f098bb16bd07ull, 0x1187ffb8ae20c5e2ull, 0x08931f66efc8d8d6ull,
    0x9d2908c564ab5752ull, 0x92a6f897aa32b226ull, 0x555e9f582d16ac17ull,
    0x842d8b5e20f70253ull, 0xdb29ac1359be29a3ull, 0xeb18f7583f412b5bull,
    0xd3c196e4216f70dbull, 0x07faeae6951d7921ull, 0x05b132035c0c29c2ull,
};

static const uint64_t bulk_round[60] = {
    0x4b7a77d826eb3da2ull, 0xa9568338090b54a9ull, 0x16f18af26bafd66bull,
    0x832f63780797c7d3ull, 0x5b07470f2900888full, 0x130c867d3d752120ull,
    0x1fcaf387a12fc971ull, 0x3c1c0743dbc4cb09ull, 0x92da544b050d238cull,
    0x9f4e95c0401312aaull, 0x0ed3b7ca699d8034ull, 0x3f6c6ed9058a8f5dull,
    0x7e39a13fdf42cce2ull, 0x56f8a5cdb631ad17ull, 0x13765b18fb67a7bfull,
    0xc7db47b8fb337d32ull, 0x7611ce0d04e3fc9bull, 0xab229ded6bc10986ull,
    0xa4fedbc3835da1c1ull, 0x27140308d99c5acaull, 0x8a339684058f0f72ull,
    0xf3d14b71c4a3172eull, 0x35f289d25c446e9dull, 0xefea583eb36f63bbull,
    0xbd14cb984c7582b2ull, 0xb4bf350e66a4f6b9ull, 0x753ed56cfbf1b365ull,
    0x2e0eb44b0cb57fcfull, 0x26724594dcd1482eull, 0x77da99ccb3e82b5full,
    0xa63eac38aeb7b9fbull, 0x880cd49a3b5289d7ull, 0x94a725104fe05061ull,
    0x9ca2c7c75e9c33b6ull, 0x054cf85dc0b318f1ull, 0xf4ea4be161c0d055ull,
    0x7949aa8c4d909015ull, 0x2d916a08a9aed09cull, 0xcd23036afbf7e03dull,
    0x128621bed44e35f7ull, 0xfc8d842857e9404cull, 0x4a85af44e607269eull,
    0xe1be2bcf233576e2ull, 0xafc62bc731b3130bull, 0xe29f247112e2d1acull,
    0x152f5888b0d9128full, 0x64b6e9e0a2e4c01cull, 0xe2756e1aa4d5e340ull,
    0xa213eb185d4dfce0ull, 0x34810b8646572797ull, 0x456254a7bab7fe14ull,
    0xc38b7288a0a2cb60ull, 0xac283c77fcc6e6d1ull, 0xc704874a1d6678a8ull,
    0x271e3bc239809b66ull, 0xa8b91b402f1a38faull, 0x8c1766da7e6030f1ull,
    0x58d2c436b9b386fcull, 0x2e604496a1f90dd0ull, 0xbab0236afdba6f11ull,
};

static const uint64_t bulk_hash64[60] = {
    0x7c2ea45376ff033bull, 0xdec569ad4778c20dull, 0xb845d0d1a25a41aaull,
    0x33a93cd158c0835aull, 0x96263f973c53f87dull, 0xad6ce630ec79ae0cull,
    0x679e8952dc7607f1ull, 0x74d37a017e9e33e9ull, 0xd08337acf18e1b92ull,
    0xa159b498a8a4d218ull, 0xfd854c8815284269ull, 0x89999d3e0ef1fc46ull,
    0x3437ebf34326752eull, 0x0dbdc881ecb2db76ull, 0xffaa99fcfbd850bcull,
    0xfdecb51300027ca8ull, 0xe522ef80362e3bcbull, 0x3f30f91e8fb346d6ull,
    0xffdf4a4e45848015ull, 0x44e0bc363c74e365ull, 0x71f1f84cff772906ull,
    0x8b6446e821d93280ull, 0xbc9f59cd82e392d4ull, 0x17f336b6c7c1eab2ull,
    0x31c2a1b537b9a3e2ull, 0x9d23b59d30034d05ull, 0xf9a2610d8c3893bdull,
    0xed1e25302df2d26eull, 0x81a3f73b6efbfb04ull, 0x51dd90dfc3b1211dull,
    0x1d4e089c760f04d5ull, 0xddd57a8ef0c7af1dull, 0x43163aaee4018ac8ull,
    0x94c0f971c464490eull, 0x54048a6b9a8a074full, 0x1573fb2f9dcbd2f8ull,
    0x096bc6c66f621555ull, 0xf54b6d0447099fdaull, 0xf2efe3a2a45e917eull,
    0x2920c800f50a5252ull, 0xf1ca24de28e9d776ull, 0x1cd965593d84cd79ull,
    0x4ba1beff4dd51fc0ull, 0x9e9c9427cc6a7f79ull, 0xe17d5f40377381c1ull,
    0xe7753ffd27c67bc1ull, 0x85d696a6bc91a4dcull, 0x1c0cc8709f4b11c0ull,
    0x4a7520205b9bd98cull, 0xd5bc5d885d827ec2ull, 0xd1a29ce57713b18cull,
    0x803004f757adfba9ull, 0xdf3d03836176ce66ull, 0x4a61c15fb4c32cffull,
    0xae18a48db5656aa2ull, 0xe2988ced5c58f5cfull, 0xfdc454d9ad4367d9ull,
    0xe918a650a41f6513ull, 0x66d305459af834b2ull, 0x7c2a666b8d71d706ull,
};

static const uint64_t bulk_hash32[60] = {
    0x97f5314e57f82ac2ull, 0x5646e0e9fab0c4f7ull, 0xf41698e178aa5da7ull,
    0xe8b810dcc2654763ull, 0xc989e0d34ee2759eull, 0x8397fc7305b62481ull,
    0xf46c7fa2b997dc26ull, 0x2cc168ce4f42adc9ull, 0x08b54d6ecaec5728ull,
    0x41b91c7c22824e21ull, 0xf9b7c09d307e36caull, 0x172ce83b75baf1acull,
    0xb8795287fd30e8b1ull, 0xb173d4755be7f225ull, 0x1b77937c55e54e1cull,
    0xee8645343afcaeb8ull, 0x914e30c02449b834ull, 0x59bef263ab9ba63full,
    0xa35f66762916b2ecull, 0xb6c7f1000fee0190ull, 0x74d25038b8185a74ull,
    0x9ff274c4821efe55ull, 0x12291bd40034a83full, 0xd5dc6ea2ceacb62cull,
    0x170156a6775deb5cull, 0x274423170938e88bull, 0x3baa17d65206ca62ull,
    0x6ecabce713cf71fcull, 0x2337ccace248e296ull, 0x25d58e152e8ae831ull,
    0x84575fab53e4c6e8ull, 0xb4e85522caa36900ull, 0x1241fa960a00cb89ull,
    0xa78225c26496c5bcull, 0xa97772ef4ef8bcefull, 0x6adde6e046ee05e3ull,
    0x6e0660ef15000c2eull, 0xe7d0c8b47c7fea02ull, 0x7abddae790bbe53aull,
    0x4294889776c26a2eull, 0xd2e6271414e738f2ull, 0xc4878df7c7a14246ull,
    0xefb665b03b29fc8cull, 0x5f7d8fd68402a876ull, 0x33a01ceeeafd2127ull,
    0x44e72ca35d4fe726ull, 0x05863ddbc4e9bf7eull, 0xc5adef075bd77828ull,
    0xf15a64eccb77c28eull, 0xefd5b7fd72aaa955ull, 0x35e56a1f604e84d5ull,
    0xeabf87b42c4c718cull, 0x2a9f0d9477a3e4edull, 0xf9ac3a272267671eull,
    0x6fcf37c0bc34bb10ull, 0xa51b6337f53ef315ull, 0x47f95de58d456a24ull,
    0xccb106e30c24ddd8ull, 0x04d5852718c68f3eull, 0xd572ca9c488a6ca8ull,
};

static const struct { uint64_t bits; const char *repr; } repr_cases[] = {
    {0x3fb999999999999aull, "0.1"},
    {0x4341c37937e08000ull, "1e+16"},
    {0x3e8421f5f40d8376ull, "1.5e-07"},
    {0x7ff0000000000000ull, "inf"},
    {0xfff0000000000000ull, "-inf"},
    {0x7ff8000000000000ull, "nan"},
    {0x8000000000000000ull, "-0.0"},
    {0x0000000000000000ull, "0.0"},
    {0x437b69b4ba630f35ull, "1.2345678901234568e+17"},
    {0x0000000000000001ull, "5e-324"},
    {0x7fefffffffffffffull, "1.7976931348623157e+308"},
    {0x0010000000000000ull, "2.2250738585072014e-308"},
    {0x000fffffffffffffull, "2.225073858507201e-308"},
    {0x44b52d02c7e14af6ull, "1e+23"},
    {0x44b52d02c7e14af6ull, "1e+23"},
    {0x4480f0cf064dd592ull, "1e+22"},
    {0x3ff0000000000000ull, "1.0"},
    {0x4059000000000000ull, "100.0"},
    {0x3f1a36e2eb1c432dull, "0.0001"},
    {0x3ee4f8b588e368f1ull, "1e-05"},
    {0x3fd3333333333333ull, "0.3"},
    {0x3fd3333333333334ull, "0.30000000000000004"},
    {0x43e0000000000000ull, "9.223372036854776e+18"},
    {0x4330000000000000ull, "4503599627370496.0"},
    {0x3fd5555555555555ull, "0.3333333333333333"},
    {0x3fe5555555555555ull, "0.6666666666666666"},
    {0x430c6bf526340000ull, "1000000000000000.0"},
    {0x4341c37937e07fffull, "9999999999999998.0"},
    {0x4340000000000000ull, "9007199254740992.0"},
    {0x405edd2f1a9fbe77ull, "123.456"},
    {0xbff8000000000000ull, "-1.5"},
    {0x4011666666666666ull, "4.35"},
    {0x3f50624dd2f1a9fcull, "0.001"},
    {0x01aa74fe1c1e8908ull, "1.2345678901234568e-300"},
    {0x400921f9f01b866eull, "3.14159"},
    {0x4005bf0a8b145769ull, "2.718281828459045"},
    {0x7fe1ccf385ebc8a0ull, "1e+308"},
    {0x0000000000000001ull, "5e-324"},
    {0x7e41eb2d66005835ull, "1.5e+300"},
    {0x44dfe185ca57c517ull, "6.02214076e+23"},
};

static const struct { uint64_t bits; const char *spec, *out; } format_cases[] = {
    {0x8000000000000000ull, "_", "-0.0"},
    {0x4132d687e4189375ull, ",.2f", "1,234,567.89"},
    {0x4480f0cf064dd592ull, "%", "999999999999999983222784.000000%"},
    {0x4005666666666666ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x3ff0000000000000ull, "#.0f", "1."},
    {0x7ff8000000000000ull, "015,.2f", "000000000000nan"},
    {0x4005666666666666ull, ".0%", "268%"},
    {0x3fd8000000000000ull, ".30e", "3.750000000000000000000000000000e-01"},
    {0x0000000000000000ull, ".0g", "0"},
    {0x3e7ad7f29abcaf48ull, ".30e", "9.999999999999999547481118258863e-08"},
    {0x3fd8000000000000ull, "=+15.3e", "+     3.750e-01"},
    {0x3fd8000000000000ull, "c", "E Unknown format code 'c' for object of type 'float'"},
    {0x0000000000000001ull, "#.0f", "0."},
    {0x3e7ad7f29abcaf48ull, "c", "E Unknown format code 'c' for object of type 'float'"},
    {0x0000000000000001ull, "x>10.3E", "4.941E-324"},
    {0xbff8000000000000ull, "015,.2f", "-000,000,001.50"},
    {0x3fe0000000000000ull, "#", "0.5"},
    {0xbfe0000000000000ull, ",.2f", "-0.50"},
    {0x4023000000000000ull, ".16", "9.5"},
    {0xbf50624dd2f1a9fcull, "010", "-00000.001"},
    {0x0000000000000001ull, "#.0f", "0."},
    {0x4480f0cf064dd592ull, "015,.2f", "10,000,000,000,000,000,000,000.00"},
    {0x4480f0cf064dd592ull, "n", "1e+22"},
    {0x4058ff5c28f5c28full, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x0000000000000001ull, "#g", "4.94066e-324"},
    {0x0000000000000000ull, ".1f", "0.0"},
    {0x3fb999999999999aull, "g", "0.1"},
    {0x0000000000000001ull, ".3", "4.94e-324"},
    {0x4005666666666666ull, ".0g", "3"},
    {0x3e7ad7f29abcaf48ull, ".1f", "0.0"},
    {0x7ff0000000000000ull, "*^+12,.1f", "****+inf****"},
    {0x4480f0cf064dd592ull, ".30e", "1.000000000000000000000000000000e+22"},
    {0x4132d687e4189375ull, ",.2f", "1,234,567.89"},
    {0x7ff8000000000000ull, ".2f", "nan"},
    {0xbfe0000000000000ull, "n", "-0.5"},
    {0xbfe0000000000000ull, ".0e", "-5e-01"},
    {0x0000000000000001ull, ".0e", "5e-324"},
    {0x3fd8000000000000ull, "%", "37.500000%"},
    {0x8000000000000000ull, "#g", "-0.00000"},
    {0x4058ff5c28f5c28full, ",.2f", "99.99"},
    {0xbfe0000000000000ull, "g", "-0.5"},
    {0x4004000000000000ull, "n", "2.5"},
    {0x4005666666666666ull, "z.1f", "2.7"},
    {0x405edd2f1a9fbe77ull, "=+15.3e", "+     1.235e+02"},
    {0x3fd8000000000000ull, "=+15.3e", "+     3.750e-01"},
    {0x4023000000000000ull, "#.0f", "10."},
    {0xbf50624dd2f1a9fcull, "#", "-0.001"},
    {0x4132d687e4189375ull, "n", "1.23457e+06"},
    {0x4058ff5c28f5c28full, "#.0e", "1.e+02"},
    {0x3fd8000000000000ull, "#.30g", "0.375000000000000000000000000000"},
    {0x4005666666666666ull, "c", "E Unknown format code 'c' for object of type 'float'"},
    {0x7ff8000000000000ull, ".16", "nan"},
    {0x3fb999999999999aull, "#g", "0.100000"},
    {0x0000000000000000ull, ".0e", "0e+00"},
    {0x3e7ad7f29abcaf48ull, "", "1e-07"},
    {0x7ff8000000000000ull, ".1f", "nan"},
    {0x7ff0000000000000ull, "#.0f", "inf"},
    {0x4480f0cf064dd592ull, ".0g", "1e+22"},
    {0x8000000000000000ull, "#g", "-0.00000"},
    {0x4341c37937e08000ull, ".2f", "10000000000000000.00"},
    {0x405edd2f1a9fbe77ull, ".2f", "123.46"},
    {0x405edd2f1a9fbe77ull, ".0e", "1e+02"},
    {0x7fefffffffffffffull, ".3", "1.8e+308"},
    {0x7ff8000000000000ull, "^20", "        nan         "},
    {0xbff8000000000000ull, ".0g", "-2"},
    {0x3fd8000000000000ull, ".0f", "0"},
    {0xbf50624dd2f1a9fcull, ".0%", "-0%"},
    {0x7ff0000000000000ull, "*^+12,.1f", "****+inf****"},
    {0x7ff0000000000000ull, "#", "inf"},
    {0x4058ff5c28f5c28full, ".2f", "99.99"},
    {0x4058ff5c28f5c28full, "c", "E Unknown format code 'c' for object of type 'float'"},
    {0x7ff8000000000000ull, ".0%", "nan%"},
    {0x4005666666666666ull, ".40f", "2.6749999999999998223643160599749535322189"},
    {0x4023000000000000ull, ".30e", "9.500000000000000000000000000000e+00"},
    {0x3e7ad7f29abcaf48ull, "", "1e-07"},
    {0x4004000000000000ull, "#", "2.5"},
    {0xbf50624dd2f1a9fcull, ".0g", "-0.001"},
    {0xbfe0000000000000ull, "#.0f", "-0."},
    {0x0000000000000000ull, "g", "0"},
    {0x4480f0cf064dd592ull, "", "1e+22"},
    {0x3fc0000000000000ull, "010", "000000.125"},
    {0x4023000000000000ull, "#g", "9.50000"},
    {0xbff8000000000000ull, ",.2f", "-1.50"},
    {0x0000000000000000ull, "z.1f", "0.0"},
    {0x8000000000000000ull, "#.0f", "-0."},
    {0x405edd2f1a9fbe77ull, ".3", "1.23e+02"},
    {0x4004000000000000ull, "c", "E Unknown format code 'c' for object of type 'float'"},
    {0x4132d687e4189375ull, ".0g", "1e+06"},
    {0x7ff8000000000000ull, "n", "nan"},
    {0xbfe0000000000000ull, "#", "-0.5"},
    {0x0000000000000001ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x8000000000000000ull, ".2f", "-0.00"},
    {0x4132d687e4189375ull, "_", "1_234_567.891"},
    {0x3fb999999999999aull, "_", "0.1"},
    {0x4480f0cf064dd592ull, ".2f", "10000000000000000000000.00"},
    {0x4341c37937e08000ull, ".2f", "10000000000000000.00"},
    {0x7fefffffffffffffull, ".0%", "inf%"},
    {0xbfe0000000000000ull, "z.1f", "-0.5"},
    {0x4005666666666666ull, "", "2.675"},
    {0x7ff0000000000000ull, "#.0e", "inf"},
    {0x8000000000000000ull, ",.2f", "-0.00"},
    {0x4023000000000000ull, "015,.2f", "0,000,000,009.50"},
    {0x405edd2f1a9fbe77ull, ".17", "123.456"},
    {0x4341c37937e08000ull, "_", "1e+16"},
    {0x8000000000000000ull, "_", "-0.0"},
    {0x4132d687e4189375ull, "010", "1234567.891"},
    {0x0000000000000001ull, "_", "5e-324"},
    {0x0000000000000001ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0xbfe0000000000000ull, "e", "-5.000000e-01"},
    {0x4132d687e4189375ull, "015,.2f", "0,001,234,567.89"},
    {0x3fe0000000000000ull, ".2f", "0.50"},
    {0x0000000000000000ull, "_", "0.0"},
    {0x3ff0000000000000ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x3fd8000000000000ull, "n", "0.375"},
    {0x4132d687e4189375ull, ".40f", "1234567.8910000000614672899246215820312500000000"},
    {0x4023000000000000ull, "e", "9.500000e+00"},
    {0x0000000000000000ull, ".3", "0.0"},
    {0x3e7ad7f29abcaf48ull, ".1f", "0.0"},
    {0x7ff0000000000000ull, ".40f", "inf"},
    {0x3fe0000000000000ull, "x>10.3E", "x5.000E-01"},
    {0x7ff8000000000000ull, ".30e", "nan"},
    {0x3ff0000000000000ull, ".0e", "1e+00"},
    {0x3ff0000000000000ull, ".30e", "1.000000000000000000000000000000e+00"},
    {0x7fefffffffffffffull, "n", "1.79769e+308"},
    {0x8000000000000000ull, "#.30g", "-0.00000000000000000000000000000"},
    {0x4023000000000000ull, "x>10.3E", "x9.500E+00"},
    {0xbfe0000000000000ull, ",.2f", "-0.50"},
    {0x3e7ad7f29abcaf48ull, "x>10.3E", "x1.000E-07"},
    {0x0000000000000000ull, "015,.2f", "0,000,000,000.00"},
    {0x4004000000000000ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x3fd8000000000000ull, ".1f", "0.4"},
    {0x4004000000000000ull, "z.1f", "2.5"},
    {0x3ff0000000000000ull, "#", "1.0"},
    {0x4005666666666666ull, "=+15.3e", "+     2.675e+00"},
    {0x3fc0000000000000ull, "_", "0.125"},
    {0x4023000000000000ull, "#.0e", "1.e+01"},
    {0x4058ff5c28f5c28full, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x4005666666666666ull, ",.2f", "2.67"},
    {0x0000000000000000ull, ",.2f", "0.00"},
    {0x3fc0000000000000ull, "=+15.3e", "+     1.250e-01"},
    {0x0000000000000001ull, "g", "4.94066e-324"},
    {0x0000000000000000ull, ".17", "0.0"},
    {0x3fc0000000000000ull, ".2f", "0.12"},
    {0x4005666666666666ull, "010", "000002.675"},
    {0x3fd8000000000000ull, "%", "37.500000%"},
    {0x3fe0000000000000ull, "015,.2f", "0,000,000,000.50"},
    {0x4480f0cf064dd592ull, "g", "1e+22"},
    {0x7fefffffffffffffull, ".0e", "2e+308"},
    {0x7ff0000000000000ull, ".0e", "inf"},
    {0x7ff8000000000000ull, "010", "0000000nan"},
    {0x4004000000000000ull, "g", "2.5"},
    {0x3fb999999999999aull, "#.0e", "1.e-01"},
    {0x4480f0cf064dd592ull, "#.0f", "10000000000000000000000."},
    {0x7ff8000000000000ull, ".0f", "nan"},
    {0x7ff0000000000000ull, ".0e", "inf"},
    {0x4023000000000000ull, "#.30g", "9.50000000000000000000000000000"},
    {0x0000000000000001ull, "010", "00005e-324"},
    {0x3fe0000000000000ull, "=+15.3e", "+     5.000e-01"},
    {0x3e7ad7f29abcaf48ull, "*^+12,.1f", "****+0.0****"},
    {0x405edd2f1a9fbe77ull, ".40f", "123.4560000000000030695446184836328029632568"},
    {0xbf50624dd2f1a9fcull, ".3", "-0.001"},
    {0x4058ff5c28f5c28full, "x>10.3E", "x9.999E+01"},
    {0x4132d687e4189375ull, "g", "1.23457e+06"},
    {0x4005666666666666ull, "", "2.675"},
    {0xbf50624dd2f1a9fcull, "g", "-0.001"},
    {0x4023000000000000ull, ".16", "9.5"},
    {0x3fd8000000000000ull, "c", "E Unknown format code 'c' for object of type 'float'"},
    {0x4058ff5c28f5c28full, ".0g", "1e+02"},
    {0x3fc0000000000000ull, ".0f", "0"},
    {0x4023000000000000ull, "", "9.5"},
    {0x3fe0000000000000ull, "=+15.3e", "+     5.000e-01"},
    {0x7ff0000000000000ull, ".0g", "inf"},
    {0x3ff0000000000000ull, ".0g", "1"},
    {0x3fc0000000000000ull, ".1f", "0.1"},
    {0x4058ff5c28f5c28full, ".3", "1e+02"},
    {0x0000000000000000ull, "c", "E Unknown format code 'c' for object of type 'float'"},
    {0x4341c37937e08000ull, "", "1e+16"},
    {0xbfe0000000000000ull, "015,.2f", "-000,000,000.50"},
    {0x7fefffffffffffffull, "^20", "1.7976931348623157e+308"},
    {0x3fc0000000000000ull, "x>10.3E", "x1.250E-01"},
    {0x4004000000000000ull, "c", "E Unknown format code 'c' for object of type 'float'"},
    {0x3fb999999999999aull, ".3", "0.1"},
    {0x7ff0000000000000ull, "g", "inf"},
    {0x4341c37937e08000ull, ".17", "1e+16"},
    {0x4341c37937e08000ull, ".1f", "10000000000000000.0"},
    {0xbff8000000000000ull, ".17", "-1.5"},
    {0x4132d687e4189375ull, ".3", "1.23e+06"},
    {0xbfe0000000000000ull, "^20", "        -0.5        "},
    {0x7fefffffffffffffull, "x>10.3E", "1.798E+308"},
    {0x7ff8000000000000ull, ".16", "nan"},
    {0x7ff0000000000000ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x4005666666666666ull, "#.0f", "3."},
    {0xbf50624dd2f1a9fcull, "#g", "-0.00100000"},
    {0x4132d687e4189375ull, ".40f", "1234567.8910000000614672899246215820312500000000"},
    {0xbf50624dd2f1a9fcull, "#.30g", "-0.00100000000000000002081668171172"},
    {0x7fefffffffffffffull, "#.0e", "2.e+308"},
    {0x0000000000000001ull, "*^+12,.1f", "****+0.0****"},
    {0x4058ff5c28f5c28full, "#.0e", "1.e+02"},
    {0x3fd8000000000000ull, ".3", "0.375"},
    {0x3fd8000000000000ull, ".2f", "0.38"},
    {0x3fe0000000000000ull, "#.30g", "0.500000000000000000000000000000"},
    {0x3fe0000000000000ull, ".0e", "5e-01"},
    {0x4005666666666666ull, "=+15.3e", "+     2.675e+00"},
    {0x7ff0000000000000ull, "=+15.3e", "+           inf"},
    {0x3fb999999999999aull, ".17", "0.10000000000000001"},
    {0x7ff0000000000000ull, ".40f", "inf"},
    {0x4341c37937e08000ull, "", "1e+16"},
    {0x3fd8000000000000ull, ".2f", "0.38"},
    {0xbff8000000000000ull, ".0e", "-2e+00"},
    {0xbf50624dd2f1a9fcull, ".0g", "-0.001"},
    {0x4341c37937e08000ull, "%", "1000000000000000000.000000%"},
    {0x3ff0000000000000ull, "n", "1"},
    {0x8000000000000000ull, "#.0f", "-0."},
    {0x4058ff5c28f5c28full, ".30e", "9.998999999999999488409230252728e+01"},
    {0x3ff0000000000000ull, "%", "100.000000%"},
    {0x3e7ad7f29abcaf48ull, ".0e", "1e-07"},
    {0x3ff0000000000000ull, "*^+12,.1f", "****+1.0****"},
    {0x4058ff5c28f5c28full, "e", "9.999000e+01"},
    {0x7ff8000000000000ull, "g", "nan"},
    {0xbfe0000000000000ull, "g", "-0.5"},
    {0x7fefffffffffffffull, ".3", "1.8e+308"},
    {0xbff8000000000000ull, ".1f", "-1.5"},
    {0x4023000000000000ull, "015,.2f", "0,000,000,009.50"},
    {0x3fd8000000000000ull, "*^+12,.1f", "****+0.4****"},
    {0xbfe0000000000000ull, "=+15.3e", "-     5.000e-01"},
    {0x3fb999999999999aull, ".0f", "0"},
    {0x4132d687e4189375ull, ".2f", "1234567.89"},
    {0x3fd8000000000000ull, ".3", "0.375"},
    {0xbff8000000000000ull, ".30e", "-1.500000000000000000000000000000e+00"},
    {0x3ff0000000000000ull, ".1f", "1.0"},
    {0x3fb999999999999aull, "e", "1.000000e-01"},
    {0x3fe0000000000000ull, ".0g", "0.5"},
    {0x4023000000000000ull, "015,.2f", "0,000,000,009.50"},
    {0x7ff0000000000000ull, "x>10.3E", "xxxxxxxINF"},
    {0x4023000000000000ull, "", "9.5"},
    {0x3fc0000000000000ull, "015,.2f", "0,000,000,000.12"},
    {0x4023000000000000ull, ".16", "9.5"},
    {0x7fefffffffffffffull, "n", "1.79769e+308"},
    {0x7ff0000000000000ull, "#g", "inf"},
    {0x7fefffffffffffffull, ".1f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0"},
    {0x405edd2f1a9fbe77ull, "#.0e", "1.e+02"},
    {0x8000000000000000ull, ".40f", "-0.0000000000000000000000000000000000000000"},
    {0xbfe0000000000000ull, ".40f", "-0.5000000000000000000000000000000000000000"},
    {0x405edd2f1a9fbe77ull, "#.30g", "123.456000000000003069544618484"},
    {0x4341c37937e08000ull, "#.0f", "10000000000000000."},
    {0x3fb999999999999aull, ".2f", "0.10"},
    {0x4005666666666666ull, ".0e", "3e+00"},
    {0x3fb999999999999aull, "#.30g", "0.100000000000000005551115123126"},
    {0x405edd2f1a9fbe77ull, ".30e", "1.234560000000000030695446184836e+02"},
    {0x4341c37937e08000ull, ",.2f", "10,000,000,000,000,000.00"},
    {0x0000000000000001ull, "#g", "4.94066e-324"},
    {0x3fb999999999999aull, "#", "0.1"},
    {0x7ff0000000000000ull, "%", "inf%"},
    {0x405edd2f1a9fbe77ull, "_", "123.456"},
    {0x7fefffffffffffffull, "010", "1.7976931348623157e+308"},
    {0x7ff0000000000000ull, "010", "0000000inf"},
    {0x3ff0000000000000ull, ".3", "1.0"},
    {0x4058ff5c28f5c28full, "", "99.99"},
    {0x4004000000000000ull, ".0g", "2"},
    {0x3e7ad7f29abcaf48ull, "*^+12,.1f", "****+0.0****"},
    {0x4341c37937e08000ull, "g", "1e+16"},
    {0x7fefffffffffffffull, ".0g", "2e+308"},
    {0x3ff0000000000000ull, "g", "1"},
    {0x0000000000000001ull, ".0e", "5e-324"},
    {0x4480f0cf064dd592ull, "e", "1.000000e+22"},
    {0x4005666666666666ull, ".0g", "3"},
    {0x4480f0cf064dd592ull, "#.0f", "10000000000000000000000."},
    {0x4005666666666666ull, ".0e", "3e+00"},
    {0x7ff0000000000000ull, ".0%", "inf%"},
    {0x4004000000000000ull, ".0g", "2"},
    {0x4341c37937e08000ull, ",.2f", "10,000,000,000,000,000.00"},
    {0x7fefffffffffffffull, ".0f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"},
    {0x4132d687e4189375ull, "^20", "    1234567.891     "},
    {0x405edd2f1a9fbe77ull, ".0f", "123"},
    {0x8000000000000000ull, ".30e", "-0.000000000000000000000000000000e+00"},
    {0xbff8000000000000ull, "#.0f", "-2."},
    {0x3fc0000000000000ull, ",.2f", "0.12"},
    {0x3e7ad7f29abcaf48ull, "015,.2f", "0,000,000,000.00"},
    {0x4023000000000000ull, "#.0e", "1.e+01"},
    {0x4058ff5c28f5c28full, "g", "99.99"},
    {0x4004000000000000ull, "x>10.3E", "x2.500E+00"},
    {0x3e7ad7f29abcaf48ull, "#.0e", "1.e-07"},
    {0x4480f0cf064dd592ull, "", "1e+22"},
    {0x4004000000000000ull, "z.1f", "2.5"},
    {0x7ff0000000000000ull, "%", "inf%"},
    {0xbfe0000000000000ull, "*^+12,.1f", "****-0.5****"},
    {0x7ff0000000000000ull, "#g", "inf"},
    {0x4480f0cf064dd592ull, "g", "1e+22"},
    {0x4132d687e4189375ull, ".3", "1.23e+06"},
    {0xbfe0000000000000ull, ".17", "-0.5"},
    {0x8000000000000000ull, "*^+12,.1f", "****-0.0****"},
    {0xbf50624dd2f1a9fcull, "n", "-0.001"},
    {0xbfe0000000000000ull, "#.0e", "-5.e-01"},
    {0x4005666666666666ull, ".0f", "3"},
    {0xbfe0000000000000ull, ".40f", "-0.5000000000000000000000000000000000000000"},
    {0x3fc0000000000000ull, "*^+12,.1f", "****+0.1****"},
    {0x3e7ad7f29abcaf48ull, "*^+12,.1f", "****+0.0****"},
    {0x4005666666666666ull, "^20", "       2.675        "},
    {0x4005666666666666ull, ".17", "2.6749999999999998"},
    {0xbf50624dd2f1a9fcull, ".1f", "-0.0"},
    {0x7ff8000000000000ull, ".17", "nan"},
    {0x4341c37937e08000ull, ".2f", "10000000000000000.00"},
    {0x3ff0000000000000ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x7fefffffffffffffull, "g", "1.79769e+308"},
    {0x4480f0cf064dd592ull, "e", "1.000000e+22"},
    {0x7ff8000000000000ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0xbf50624dd2f1a9fcull, ".0%", "-0%"},
    {0x3ff0000000000000ull, ".0f", "1"},
    {0x3fb999999999999aull, ".0%", "10%"},
    {0x4132d687e4189375ull, ".0f", "1234568"},
    {0x4058ff5c28f5c28full, "z.1f", "100.0"},
    {0x3fc0000000000000ull, "#g", "0.125000"},
    {0x7ff8000000000000ull, ".0e", "nan"},
    {0x7ff8000000000000ull, "%", "nan%"},
    {0x7ff8000000000000ull, ".40f", "nan"},
    {0x3fb999999999999aull, "#g", "0.100000"},
    {0x7ff8000000000000ull, "e", "nan"},
    {0x0000000000000000ull, ",.2f", "0.00"},
    {0x7ff8000000000000ull, ".0%", "nan%"},
    {0x7fefffffffffffffull, "^20", "1.7976931348623157e+308"},
    {0x4005666666666666ull, "x>10.3E", "x2.675E+00"},
    {0x8000000000000000ull, ".30e", "-0.000000000000000000000000000000e+00"},
    {0x7fefffffffffffffull, "#", "1.7976931348623157e+308"},
    {0x3ff0000000000000ull, "", "1.0"},
    {0xbff8000000000000ull, ".0e", "-2e+00"},
    {0x4132d687e4189375ull, "#g", "1.23457e+06"},
    {0x405edd2f1a9fbe77ull, "^20", "      123.456       "},
    {0x4004000000000000ull, "010", "00000002.5"},
    {0x405edd2f1a9fbe77ull, "n", "123.456"},
    {0xbff8000000000000ull, ".0f", "-2"},
    {0x4004000000000000ull, "*^+12,.1f", "****+2.5****"},
    {0x4480f0cf064dd592ull, ".3", "1e+22"},
    {0x3fe0000000000000ull, ",.2f", "0.50"},
    {0x3fc0000000000000ull, "#g", "0.125000"},
    {0x7fefffffffffffffull, "015,.2f", "179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00"},
    {0x3fd8000000000000ull, "x>10.3E", "x3.750E-01"},
    {0xbf50624dd2f1a9fcull, ".3", "-0.001"},
    {0x3fc0000000000000ull, ".17", "0.125"},
    {0xbf50624dd2f1a9fcull, "#.0f", "-0."},
    {0x4058ff5c28f5c28full, "#", "99.99"},
    {0x8000000000000000ull, "e", "-0.000000e+00"},
    {0x4341c37937e08000ull, ".0g", "1e+16"},
    {0xbfe0000000000000ull, "x>10.3E", "-5.000E-01"},
    {0x8000000000000000ull, ".17", "-0.0"},
    {0x4004000000000000ull, "^20", "        2.5         "},
    {0x4005666666666666ull, "%", "267.500000%"},
    {0x4132d687e4189375ull, ".3", "1.23e+06"},
    {0x0000000000000000ull, "e", "0.000000e+00"},
    {0xbfe0000000000000ull, "010", "-0000000.5"},
    {0x3fc0000000000000ull, "%", "12.500000%"},
    {0x3e7ad7f29abcaf48ull, "#.30g", "9.99999999999999954748111825886e-08"},
    {0x3fd8000000000000ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x4023000000000000ull, ".3", "9.5"},
    {0xbfe0000000000000ull, ".2f", "-0.50"},
    {0x0000000000000000ull, ".30e", "0.000000000000000000000000000000e+00"},
    {0x7fefffffffffffffull, "x>10.3E", "1.798E+308"},
    {0x4132d687e4189375ull, "015,.2f", "0,001,234,567.89"},
    {0x4005666666666666ull, "^20", "       2.675        "},
    {0x4005666666666666ull, "g", "2.675"},
    {0x7fefffffffffffffull, "%", "inf%"},
    {0x3ff0000000000000ull, "", "1.0"},
    {0x8000000000000000ull, "c", "E Unknown format code 'c' for object of type 'float'"},
    {0x7ff0000000000000ull, ",.2f", "inf"},
    {0x4058ff5c28f5c28full, "=+15.3e", "+     9.999e+01"},
    {0x4058ff5c28f5c28full, ".30e", "9.998999999999999488409230252728e+01"},
    {0x4132d687e4189375ull, ".40f", "1234567.8910000000614672899246215820312500000000"},
    {0x4023000000000000ull, "#.0f", "10."},
    {0x3fe0000000000000ull, "n", "0.5"},
    {0x7ff0000000000000ull, "#.30g", "inf"},
    {0x3fc0000000000000ull, "#.0f", "0."},
    {0x4341c37937e08000ull, "*^+12,.1f", "+10,000,000,000,000,000.0"},
    {0x3fd8000000000000ull, "#.30g", "0.375000000000000000000000000000"},
    {0x4480f0cf064dd592ull, "#", "1.e+22"},
    {0x0000000000000000ull, ".0g", "0"},
    {0x405edd2f1a9fbe77ull, "*^+12,.1f", "***+123.5***"},
    {0x0000000000000000ull, ".30e", "0.000000000000000000000000000000e+00"},
    {0x4480f0cf064dd592ull, ".17", "1e+22"},
    {0x7ff0000000000000ull, ".0g", "inf"},
    {0x4005666666666666ull, ".17", "2.6749999999999998"},
    {0x3e7ad7f29abcaf48ull, "015,.2f", "0,000,000,000.00"},
    {0x7ff0000000000000ull, "_", "inf"},
    {0x0000000000000000ull, "*^+12,.1f", "****+0.0****"},
    {0x3fe0000000000000ull, "e", "5.000000e-01"},
    {0xbf50624dd2f1a9fcull, ".2f", "-0.00"},
    {0x3e7ad7f29abcaf48ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x4058ff5c28f5c28full, ".1f", "100.0"},
    {0x3ff0000000000000ull, ".0e", "1e+00"},
    {0x4341c37937e08000ull, ".30e", "1.000000000000000000000000000000e+16"},
    {0x3fc0000000000000ull, ".2f", "0.12"},
    {0x0000000000000001ull, "%", "0.000000%"},
    {0xbff8000000000000ull, "^20", "        -1.5        "},
    {0x4023000000000000ull, "x>10.3E", "x9.500E+00"},
    {0x4480f0cf064dd592ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x3fc0000000000000ull, ".0g", "0.1"},
    {0x4005666666666666ull, "z.1f", "2.7"},
    {0x7fefffffffffffffull, ".2f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"},
    {0x3fe0000000000000ull, "x>10.3E", "x5.000E-01"},
    {0x0000000000000001ull, "d", "E Unknown format code 'd' for object of type 'float'"},
    {0x4480f0cf064dd592ull, ".40f", "10000000000000000000000.0000000000000000000000000000000000000000"},
    {0xbff8000000000000ull, ".17", "-1.5"},
};

static const struct { const char *s; const char *bits; } parse_cases[] = {
    {"0.1", "3fb999999999999a"},
    {"1e16", "4341c37937e08000"},
    {" 1_0.5 ", "4025000000000000"},
    {"1_0e1_0", "42374876e8000000"},
    {"1e_1", "E"},
    {"1_.5", "E"},
    {"1._5", "E"},
    {"_1", "E"},
    {"1_", "E"},
    {".5", "3fe0000000000000"},
    {"5.", "4014000000000000"},
    {".", "E"},
    {"e5", "E"},
    {"1e", "E"},
    {"-nan", "fff8000000000000"},
    {"+inf", "7ff0000000000000"},
    {"INFINITY", "7ff0000000000000"},
    {"infinit", "E"},
    {"nan(1)", "E"},
    {"1.5 j", "E"},
    {"0x10", "E"},
    {"1_000.000_1", "408f4000346dc5d6"},
    {"in_f", "E"},
    {"-0.0", "8000000000000000"},
    {"00.5", "3fe0000000000000"},
    {"1E+5", "40f86a0000000000"},
    {"1e+_5", "E"},
    {"++1", "E"},
    {"\011\0121\015\013\014", "3ff0000000000000"},
    {"\302\2405", "4014000000000000"},
    {"\342\200\2005\343\200\200", "4014000000000000"},
    {"\0345", "E"},
    {"1e400", "7ff0000000000000"},
    {"-1e400", "fff0000000000000"},
    {"1e-400", "0000000000000000"},
    {"2.4703282292062328e-324", "0000000000000001"},
    {"2.4703282292062327e-324", "0000000000000000"},
    {"1.7976931348623158e308", "7fefffffffffffff"},
    {"1.7976931348623159e308", "7ff0000000000000"},
    {"9007199254740993", "4340000000000000"},
    {"0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001e400", "3fb999999999999a"},
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-400", "3ff0000000000000"},
    {"1e-99999999999999999999", "0000000000000000"},
    {"1e99999999999999999999", "7ff0000000000000"},
    {"123456789012345678901234567890", "45f8ee90ff6c373e"},
    {"0.000000000000000000000000000000000000001", "37d5c72fb1552d83"},
    {"2.0786287334865120760702697987835213533358569293341133743524551391601562500001e-8", "3e5651b0ef953637"},
    {"0.007499557190257123435311870096597886004019528627395629882812", "3f7eb7db0dddbdb4"},
    {"46.939503771135409948556116432882845401763916015625", "40477841a8d9bf64"},
    {"3.94460601648881020910047237599936181900794550462510092844452602627774765390093970402483802016524372580900346712598299128585497413945759603848273400217294692993164062e-49", "35e272ba39e4dc14"},
    {"728913024.08233362436294555664062500001", "41c5b92a400a89e9"},
    {"3.6162796905736726268271041783251963506509189842873842896674472638974418702950897202909572612605808495167909652613949678392619308115016691886841788942524330795939997697682302373443886724493510924942081577725850959642845328878864298387052766953765613385316612585070692912695503381049361025121708547122337924562792547621747214400046751755340280684772523607153155575789940365953419241540597695846763780129604661939972611187349521993137167410359128129792464469316886164973740213588426876283100453587180290089899232790932027943295145799068142875366679564091780531507453736190885611512899314272670471725258430344520189364363451589496734142878486515337916217687740427843320193166470089712158472336003792440455902682188542306739073952433910497106239745335187762975692749023437500001e-308", "001a00fbf742c20a"},
    {"1.0875373812769089454377535730600357055664062500001e+4", "40c53dafd918c909"},
    {"1.253960517828299372870837213866934689576737582683563232421875e-3", "3f548b7dda87f360"},
    {"0.2497745256462361590488185925096331629902124404907226562500001", "3fcff89c958322bd"},
    {"38522099513506559069055457626517667840", "47bcfb1624b11b0c"},
    {"0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000033940207686447558873694431018553474162150485872231242075502012874354195193030992073337973744451215450292024998430091909653399247246880997170699601495990137263009309881671812903058744021153632803245218676152593230858993695280841143861385845549417997768356618876959903956976330860161546409834473288178959035988818958938365889788091322998297982849180698394775390625", "246ed6192ba63d3c"},
    {"1.75830874055921426712956190385739319026470184326171875e+0", "3ffc2208588f907c"},
    {"4.4751323618923317651369066128998400001e+32", "46b6106940d62b44"},
    {"0.00000000000000000000000000000000000000000000000000000000000000000000000000000001958694238449882317512505211508582368849382588411647941051134230477858333218517832625686480905720867497453517880369275252190228496927861222793057920010976900913917775303624321867684616760875596444286400599210651307657826691865921020507812", "2f62945e327f3ad2"},
    {"0.01257086121907918189327668656574132910463958978652954101562", "3f89bec06e8c499c"},
    {"1.67413392214151252151231481706944670608843077364276776084406075904758082462417148740588881888574018815633392410327151269664839138000449423972872039845491545730604029659203495348408948419899664305381319255214305313376009633609388749138747555242863401545755998328366287675305467442605803226390859516487212909625310055365294520293257959254220595895840638296228729596019565307384474331988085275652573146738514761476915843415404457901422401671748230334409140027247131956243718319809188248279932299715924381843193816171730940402284338353882015248192485883982963209986804959675958582207093763233811879585185305424064617962593657622359348368320693817914872216901171780533640430134947648090562269680737700627467890649937390558786546473392375933286757572204805910587310791015625e-308", "000c09cf17beec7e"},
    {"8.5288007383397991943359375e+11", "4268d273a48d3f5c"},
    {"0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000899699443805392469390082176881287446069761340122526944234606982064837639698148950186185323108274714758541549949901210275570707443625261698584698724809536241172068985339009457068982211171691116964221562204604873151916198440781529536259153413411461010229519530412289896048605442047119140625", "2af426a608e04076"},
    {"0.000000003724635659688073887025425285875798037116268801582918968051671981811523437500001", "3e2ffe8f789c2810"},
    {"1.832489166865389938381110116352e+30", "4637211782f49494"},
    {"1.603196860870111854664150635269858266085211665851189543545669388688411880343106105161569466670901421908983541045325764537565790396356771001925319361468398514227201484053202533918302751966684773385261230097949194989427032851514484973792685069999333133054009597497340661176323806103027891367673873901367187500001e-108", "298e1f14a52b194a"},
    {"0.07717707979357180808621663459234696347266435623168945312500001", "3fb3c1e089b6d411"},
    {"3.14219476873972906138854959547730876732007405705048056206745003175205975988267853634088198392923590330499187179781019103703601918133356043312747215966977684744699984802758715958995509319865537813482714435742232949437017689905293638398935020879078975182637177188320059691641437695237492407615471242669460581805875395740052622221174161161551695965912821045643526532294256103096229694604897562548361848049665405876070775467718666532704148052985589204626966616099270654364506269725430573183209517216827878168055122682712215854286185916975851943523668825604326126902100276712828960885494887396479064523126567322008398822872388162985272003743506581086351003802281810206045807969602068325412379842555424587908853931967657981433965342331349201998591524898074567317962646484375e-308", "0016984553e3bc72"},
    {"118.4615860673907761224654677789658308029174804687500001", "405d9d8aa049eee4"},
    {"1.11442309542319672980429387625580748241440458727463673945947381953458404139509726524583353165748756989939539080812965409642771924411734527481401292640805929766434356764648327953182160854339599609375e-62", "3312567f7d1ac9e6"},
    {"29.8234124275286998084766310057602822780609130859375", "403dd2cb28275b12"},
    {"72426849237.2886276245117187500001", "4230dcfa03d549e4"},
    {"1.1318936035006447729889309581735173882428158812074701418255416284610619958082818696854971231611781582827952724750144533829129599959257128910601278545468697949837937349045690830923517465765595890058602298505875865476364033963074550608059730307231617400357353985949703269068292788326447388235644979077951927104450646766053978353738784790039062e-124", "263327b2d628ad36"},
    {"1.73421118048677628394216299057006835937e+6", "413a76432e3461a1"},
    {"1.38306321549096929804482405990400001e+30", "463174eb13ea013c"},
    {"0.0000000000000000000000000000000000101484998023598334231267866515078858275018756851716617737262689902334408665793078264543421813850127000122824938443955034017562866210937500001", "38aafab6087ac27c"},
    {"61.20471324579491678719023184385150671005249023437500001", "404e9a340b2bdfa4"},
    {"1.722437382861162894415359640456986748560032112929302118e+55", "4b667a965a4bf5ce"},
    {"0.00045060667348353306374021676194985275287763215601444244384765625", "3f3d87eced0c7192"},
    {"2509071.4176113305147737264633178710937", "41432487b57449bf"},
    {"1.4106700509128440038110300387931597465190400001e+41", "4879e8f04ed520b1"},
    {"0.0000000000000000951065387485958468330981404793639189560750691482000213072822702997655142098665237426757812", "3c9b699fb93abbb8"},
    {"1.3924765038970557951003570451575797051191329956054687", "3ff64795714afaf7"},
    {"3.1362254285280172956683209684222788442157208053332454776576089352497497061330798944138032962334020751988443390074108318130020562292948029670302981276839858184438095448551779974396708213431603329762251894710018897457757806157120196651769271146783758906845872581090839083675076746332432651994899960438327409770865027672222444781317231306096199108695275914949283488067065417686236552413943094448305403246728640538773307869652161385269536926208161668623076404626125668139395806211735853096477052823868333305240999164222890169348939953287102169453987481065379681877090992859764271709778889830237658665452162159161588630186948873026371214954375757582990689698812965976009265802204395081599379047834658800457511577071405755308201293487385674652045963739510625600814819335937500001e-308", "00168d483fdb5f5e"},
    {"29120070181585309097665593137796380440335087064960133496832000001", "4d51b25db4d9bb50"},
    {"0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000055838492877530776287467813572579366310829693544615111958194724340703504547219094605075816830498105636455870517232450742928295139401184064058537944954494017074052605446567940140557226330651849194304068187031384517480180215800378061793448879203807496675647375211972208971223473763340842263014351942729263100773096084594726562500001", "27cc29727343661d"},
    {"2.7818362040582284677725510846357792615890502929687500001e+1", "403bd1802cb896b8"},
    {"44004772904167071023104", "44a2a301cd421f2a"},
    {"1.39260912206664200549014259479724323652859610059252849658645034976053212992051964073403614382160602485365913768460190600821369472318200366931631276704592012437854589282163864095887523991245641921897100120641010601559555366037324289662311321574136662043913424158746756757186298293811621551441248811897821724414825439453125e-115", "2815f2d9e4eefdd4"},
    {"0.000028996287421531500999864923440174635516086709685623645782470703125", "3efe67a1b2eabcb0"},
    {"5118605685799601785394208331145807328916275200001", "4a0c04b1bccae2ad"},
    {"0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001501796236470386716751111277008569057014475609910917536643222759094479488677941812357766107269181855952112275470324061772938309047050524930258373432744144835436846585157830796830494692033963225912228163479247449552024944858816647463981532933363878188665879312012053702518290295595908430934633094219477011311868763952558157147992856650375870231073349714279174804687", "2425d4ce52416dc9"},
    {"647087.764608392084483057260513305664062500001", "4123bf5f877ac04d"},
    {"2.26569679852522425155980980166499200293067661486703711277971399664115402974470958593862020075052088059861915913720132568442291230316792796024960315896331306043178692063604637282412932777309981851399384983785666870112960718392794778367560132887458303230142154449271859285212549031935647319530149095736643012817595204512743508483610303051314750064511363883803522208990182126680189265994201179029704525743113324784800734570762395358508056836371839450558019371183556704241499240104852267588166719673137147158934471464572123251631537505181421692935575120931325614239297747877511960278980095148721564923594567567140357062340293365121896127417072901764506796025613767021502207284697584719417378527876782178506041569811568880264248597271314888956794675323180854320526123046875e-308", "00104ac7bdf5e53c"},
    {"4135803120449.08618164062500001", "428e17889b5a08b1"},
    {"0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004590033087932383369255752182580945368641575234220063376352483371322148022284580112146210782080622644657628640959074659497357854450966717870059576657394868607885516470601179756196556005508467161096960213773978346923227793197324481111465388494252692908048629760742187500001", "2cf7efa82fef2fe4"},
    {"0.00003218526509415492125698414482837250716329435817897319793701171875", "3f00dfd549b66daa"},
    {"3.0435773176592763644113122849765287658204240277969482793909515905982970306519669085493439128798088720798941728657343504573268226121195515275090367269992325548120077633419335259378585946477478912047088175186982993482646640088500029439324086216472149761454837339667344586030157426110379349104302488317764885483634435405906253231887785719732862124949634670183655864681868389264861586767823967974331507053640679373581103373991910968953863653944484231991554794068263076855487967293279062072823853241486072173348984549965735250186540588236410456219514075102799586076648259838658585040392413142293513229292690151260390425116583678004577038288180657792868428962597858802012926679715191709104609746993670539366504932652346887438989683858509005531800539756659418344497680664062500001e-308", "0015e2bb69c34da3"},
    {"2.3333934738364284076309573684011087890357839462400001e+47", "49c46fa62bd7b0a9"},
    {"0.00000000000000000390564583947837034432359561564244682929929381258167628981903263252206670586019754409790039062", "3c5202f9063f5692"},
    {"0.0000310951081994249272212691576067200571742432657629251480102539062", "3f004d83c841fcd8"},
    {"467.56211079385698781152314040809869766235351562", "407d38fe67e34582"},
    {"5.78783803579399415781568236787983710070818405899995830891101722668964059207302013106741789884814711358817846190146304489484055380079519801935876526376257930155504026275511553547802482381391806726280127483320766366970695729051834391863248970270681894451092475151199323590844869613647460937e-102", "2ae9ed3302db3853"},
    {"2.484968132567487210035324096679687500001e+8", "41ad9f855a837492"},
    {"2.003106863782363880337965056e+27", "4599e3b982afcb1a"},
    {"0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000261290099779071869883400453841483831731420358821698415923490444900780987547756186364178359328214158736935018729617033630811124911593303150062655916776926904345454471245063067233421973682433990770832212661881711794754946970309736967120467008681676322138950861181603508173749780903992264792167014662151744027901165073492989286722540270688966651728138348032698390355221818026620894670486450195312", "2180b485d5bf258a"},
    {"8.87185868265581779238138093474780321301409458101261407136917114257812e-8", "3e77d0b1e292ab2c"},
    {"3.587855748407532187500001e+14", "42f465046bd29b14"},
    {"6.31794982452245016926529345445225945552146127768029316313988736309077339035472464030743646583897385371762668060085089798139090788708926993422210216522216796875e-46", "368cdaf488acbcae"},
    {"1.889927414392424576301821037560557670076377689838409423828125e-3", "3f5ef6ee1bf1bc08"},
    {"4.697458361692275259019325591641670109102080e+42", "48caf64b721094a2"},
    {"1.351659348792217390166067979031723331605249458945370238830701260970186905873276695409109208474721495087274786717648313087550910799122548542193902518510737516361430751162820905191564168153135364557453700442603283793374657761887647211551666259765625e-83", "2eba421db365eec2"},
    {"0.0020935813157961205479423716369069552456494420766830444335937500001", "3f61268ee90d327c"},
    {"8.159361722133776859733807979462048109513271037552296539372709837978211617621469770701219244992704359325276329105522630552310194357295394663468349001031480422022068910137105816695369776558413170586019134765356979385651223169370376999155491116329706787975239526193687405987174123101758035996038073631803438028864221094790272997783837570550600596252341942030659368901604155841215990768516683702722256327640622015159453551910074927084957298365106802999151507562230503826800042518732766263825402943890627765712207759186574032411532960933559005243226178419855353568099625117619993826318442554991380442822269641738061544348270325738045822998582313913001862039267144699087046667812250044400142249338670902460262724916853554556755306632204183259204910427797585725784301757812500001e-308", "002d5607d6a59c2b"},
    {"111296.483770230399386491626501083374023437500001", "40fb2c07bd85da66"},
    {"4.588112865831456146221966076223718565812309533313850806734990328550338745117187500001e-12", "3d942dc17f44e6e0"},
    {"1989747.54426127986516803503036499023437", "413e5c738b54b50d"},
    {"4.867820543939642312232752962841687145578496e+42", "48cbf09e93794d50"},
    {"0.0000000015204193218389643409632510719661866588348075879366660956293344497680664062", "3e1a1edff90abee2"},
    {"11.8678266786130217624872784654144197702407836914062500001", "4027bc53c7467a7d"},
    {"3845798601623520450401864027511298457", "478725641545342b"},
    {"1.31853395825770081106753650601604022085666656494140625", "3ff518b710561db6"},
    {"114102015.594202421605587005615234375", "419b343bfe60769a"},
    {"8.067551036794184313217423918754111353826730038623229311157972053553752166872136145156396960545972027706176575726841682456409721381420534495658584616184838293038720840929301073427927869113205355613267685536892459103406558289459278312278308782075422279094180254521524892713662392962114638736549486555032958020044311444525499419946788164808295728021998487962588298191538459293000971089648641623974394749779902684377820601053236578224290753658480578811294995912511468942572320017134443706279629057143229010562613878356614126778046279607145964036246907947590570554037206778622410517955892513802517237210599365229242924179691781190058258206796726974488962807854417250995583075973563773123023831011523316276074838429231923534163761855403373957074109057430177927017211914062500001e-308", "002d0186bd963d3d"},
    {"796789277861.35687255859375", "4267308af094ab6c"},
    {"1.66900613383591556182494741733535192906856536865234375e+0", "3ffab43fc69a60e6"},
    {"9.7004830126185635208457824774086475372314453125e+2", "408e5062ebc5a03a"},
    {"3.939341122544476536678886515118522662553079666050351993567973277742538987474383955320986638984436947891661276209070524334498825248776766997401140261638249906325834924518278232935155476807843204091749260986845977565471721715238323627966168026632307077110145139349350854426077265230078239860464646834962499573101614128398038430328004672413569607003165226233479529239296455221305077420712056273744197840257925422543559364928786360860953214898579601876768776807235734884207626970060350421922356238669569042774224644216979533394421067238847975019165518682926936003182414725760530355895242216254248001461823680029855922691377698556356832210357785214257054103335035945626869344978461068034307336233290760111110733602791492511715880104478104684062600426841527223587036132812e-309", "0002d52b3600bc20"},
    {"9.557888905180924375e+14", "430b2a478a659264"},
    {"0.000000000000083893521636043243909287882106932968301110566805567358983353187795728445053100585937", "3d379d2a52b43611"},
    {"1.74137530823242949189373629526045306192827410995960235595703125e-4", "3f26d315fff1d8ce"},
    {"4.0021744236485547081040692602969618825252625080327995213227918539971400972058143945699577951605352460795965597546629943315720852967601570542314562632369902048546563560455519026738778531068534108762462152950950528391167436380646485303145426192087203348340007602318947975558836323697790973038112466852455771266112550327302953781056307860085291416448969499846082544202396403629266209636214200479200035458370206475292459698724439230870082088804402420469114575290838625762593073575804375879865391160327613292714047351692396261716125296296609616199926602688795239011623662669472492214449908058021162108721924137904607285980632100095194855488345141679465280671436301664120225922105368383924043460144929829939570033065217902401807025056929001394223632814828306436538696289062e-308", "001cc75a955c8f0a"},
    {"40.40282338111319759832440468017011880874633789062500001", "4044338fb76ff901"},
    {"0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000269333672801516066213848029760967632351699023163224463049688234632817605091265385795938434547258872106180752236882499295876026677752635470486501280724708085369379226936317620008026879379258391897071719570253749229810091847525654884520918130874633789062", "2e2aca079ea03354"},
    {"54.465191765630283526888888445682823657989501953125", "404b3b8b675de012"},
    {"6.7772923694921261137133999899753939799654277032244513641742900103056110629385454484195301345379591109737552364545318668443736457620702700643429414748324636656338699074583529868848720616095238790561726712326730652658790167442458621453725351005514266903501911672187323574020265804010515974333855831434556277995538705488483598369991848184679491927520680335473766657518401284431724499652712184550630313283832352671115533078875772598244397055107513557736229906241389628301477801443131811614250136640388052612486145483100291774174423844112012160474462306639488361503066510036625780369180709746262518762560580800350947030429987803048602861823113399680996356235076700131291060044147886392196383470648715690702238135449662725136925844025836962458697598776780068874359130859375e-308", "00285df2a8ae9504"},
    {"1.874574656140573861132013330340249600001e+34", "470ce1e4af5b6b57"},
    {"1.9688571305273098575272960533675661978223164696028830193910575984061219030046392677803408777226223946854588575661182403564453125e-32", "39598ea669487fcc"},
    {"4.00741982555165817029774188995361328125e+6", "414e92fde9abad3e"},
    {"4781428904162220564898300743438858918483409546248192", "4aa98f2c3ec37974"},
    {"0.00000000000012172030506718748496196007785285530951823167872261066690953157376497983932495117187", "3d41216fa8778bd1"},
    {"15134259.345742776058614253997802734375", "416cddc66b105328"},
    {"4.096365222767629677880295631174281752731286626317107200e+54", "4b45624f697fa558"},
    {"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000280051031933999332028786358770546262544992822584355088784531209996387934741324857050607450493545903885325938278379718524900687270159037774713345859317330708125341640120513402571899905090676875438492354936198638071102028549473049980974450744787269665058804925145662195982246416251882332226580295902926693430824118589047626933971768498289870994022031543135842213132491451688110828399658203125", "21ebf9d8d5d81ae6"},
    {"2912.228784800571020241477526724338531494140625", "40a6c0752348088c"},
    {"8.753870116790555001537773811065136485183372917708130990195684122363870220653977023017398333078697717620129720225059151464047333795209930227002661886688870627195700728952178192200113001220191532321764370544562107732643411695918315125923905170965842534902475618527962660404734427388170760255163967465514134835688914249248380610807572460348826084202085420100543690627777910169303365520183351525384750059693959840596241062315433899906654469876241901088024271595723781584345663530192363657905729877376435644028040154409670382485114335464797166418423134804071803090214144811368650838297929575602594961159941467831605852846871327294962363557794420834474739683845274163398205662580572357276347443927718660552547863249705704549116249118395627348832022107671946287155151367187500001e-308", "002f793a3519fbbe"},
    {"5.25783722351406862041088e+23", "44dbd5b2bb9f4362"},
    {"1.01465267212422358364724452350670575896059860904744169664044713786943904649551711508272933808723496337796368992446673522629901560234490151179794965011012496990577613875535178342331761773167994459318025368688154230767395347356796264648437500001e-79", "2f880fcb58960c54"},
    {"7331493.842761549632996320724487304687500001", "415bf7a975efce24"},
    {"1.6008100195164444786962490147212047262517431770352559580812089681644793219573097861180726326868636344431057675044938165605911226889937444393848746710497134218664058133563078966284554926616591161157916872068541012866968747985952056022197473072680099089964689856053345337279134416044033540743702883987700469682070784422961729992122570026372880817926484114326283083328131538023933234150938207796165797794237337997032264112185607678944381484789085343300512703054116748525918300532718378635448116780615123399923774407813618552019503588786173515038787788938909291515911313797287188935285921704191336267660212685581252127505236584210308844870751734913305449110837255436066080090652355540013373032947363661636286935536518631723036881851079948901883653888944536447525024414062e-308", "000b82d4e03e3e92"},
    {"8.043841144867018e+15", "433c93d4b611c8ca"},
    {"1.3514937178827887428599859624321004153967187934401360101213175684190798935027191057685304697083671667361191935549703071603114982874564778419109398504991277302146500570617587342545234295604416932977161204841884300104044767702789859341839745078778503721638837384994014101380344072822481393814086914062500001e-106", "29f3d677020a3fd7"},
    {"7.70258160179136455059051513671875e+8", "41c6f49a7816edf2"},
    {"2.63227561800161632666078304487921293930841817327844926513921938148253675079657471522205998557050221330353601347468155816270898804669169421857143018433260765091654679172154368402133563122837933946537439780488804825681943652478553545823806337644949886480441096837226288223809893939111598194952950488603705391047799561521801127336449084338040629486187128694257805091444294826627170385255032814127621286187251465693564471670726922215922588992611612567091883330012861539329668565712010240534393764740731150447943091637197475788072439461207876671236962023459104795619021110654525853783862877917501838032112173553864897525490754374397795209078208959277054259386245456470811555135766816660324206100456128863121746094177607170993863044787530736101643924484960734844207763671875e-308", "0012ed97a6253b00"},
    {"3.176901903174192375445272773504257202148437500001e+4", "40df064137d0e94a"},
    {"1.13640836204253354693705127930379107868898108925438741902547121087571330782090397571568070415106175908701391226537688040363416651876602689835092531230471204888304214780367416923884116286558310093823820352554321289062e-70", "31691926bb18b54c"},
    {"1.61877210498839720543151220102234821851538981718476861715316772460937500001e-7", "3e85ba0f0070f0d8"},
    {"6.2302850587755154389283578540186491035601241949409882396882344021396456225420341171640491432966634108445302971456982584801672930327676090554935931529799241977975576856411625591646393819614329928011190943067040692002723518923450564074662047509856038120836044087807971350048265259806990125331115837522256174095928283438639134169968481374890039738852170464771616510388451658097337155913350624463226078762315309004386668429758574277884270110517032433075882728337396292842298373120122765426422337669296884990757928524047740417034565887606197027398783419588059293027074555897582487485698662865732010348650704772466401087863444531159821135575648739428424808214805376637511434334376862384909384989612103950716627182074507093899971691720873767650346053414978086948394775390625e-308", "00266678d6c89ec4"},
    {"2630080567636195321435558515839982350270104816582656", "4a9c1e4bee242e3a"},
    {"8.05770952983542665028741396257141599674881999628170581280258033291054588560513781118163594820809737089404894698011051843832691643498833400371950119733810424804687e-48", "36278d7e7d91f189"},
    {"1615.077424932780218114203307777643203735351562", "40993c4f487b48be"},
    {"17244659026026304290206287132160015754543009507794078400512", "4c05fa5520a89fc2"},
    {"1.537554572097825143736667735820597191288258370257743060364265520308815774106676089616664694788468692529209720594076723092639239374449837210505454610830996222051345383966047139705674707352206899163962836835061049034085411889496010489895018838730210187300753546296629842293768319905211683362722396850585937500001e-108", "298ce35a76377ca0"},
    {"7.613407096906643634071087944903410971164703369140625e+0", "401e7420fd7164b2"},
    {"1.8816330807464506061762931942955402257810934588892500560547307172247348689971959964377786983887924956815861652303308631974709745954705329055450633839240918714454239392376682353841633667103798536880856959941570635055409457972888769952286923521814904851365590361536167407998813327158803002366943199612253948551480958607785284759715663209888471880648551769826283402377920854441206981243093862902157991227467970640005239587005735039856310116029701067669203452932845425836889459140218021630060430940058702104845629658539709032966805022132361642682510711111254921136244821447780997234548903924397015647762037267047540112789164039034963697375901725242039201218206173188736001346945129088029691903230890229607922181083126744934707469652374056678922897845041006803512573242187e-308", "000d87c7ffa3d2b7"},
    {"4728494538005891742133604130857418752", "478c75663da48ae0"},
    {"0.00001648189517161667139567935574939738785360532347112894058227539062", "3ef148533639409e"},
    {"1862.046194221754035424964968115091323852539062500001", "409d182f4d89becb"},
    {"4.4329204184545837792493319428889742664613746780609043869118142126983074129876499563583239022232898320308193810540502063631012589789335320323001627802966835387599705021162125401961400249191062876709942694002384231622739683357048395504187626086376543456872709852605918666156728208368692529457503074787294620309918846404961991200398647612522403288721190201471857717226845532842156757978466291009726487809024448399900794885861457266589940691788426779077176454267581422624237950245968365751587375283350397742579925422081086482895193986056112919979179736040404765613366832141843621050642858731635374986187716126481497832471211597084586056944495988684552966700506401548679336388653399661014799697835107410450852627729475824141002545265149992204101181414443999528884887695312e-308", "001fe0498efdf1c4"},
    {"68579.208950437932799104601144790649414062500001", "40f0be3357dc6a17"},
    {"0.00000000000000000000000000000000000000000000000000000000994118515441640072720870201947645844006372095858303458721322037210248545031408889596276873468958701875937991956443468037558381077595852700213695934960966837934392970055341720581054687", "344f336f2f41aafd"},
    {"0.0000997565018629785344177370032259233312288415618240833282470703125", "3f1a268ba6fa793c"},
    {"1862586024764713653722647167298104455447640228556177408", "4b33724113059f00"},
    {"1.50319504127771672745191671651317497673180047283189959363316826471739669790665913949183040251978759621699537520135159734895219237570378884027988419802568387240171432495117187500001e-52", "352ccba5a3f4418e"},
    {"2.011408975212672478605213655100669711828231811523437500001", "4000175d96bb5abc"},
    {"988063082849495.937500001", "430c151ae88d26c0"},
    {"0.000000000000000000000000000000000000000022173867984687203702058079742584751741591638810188098835143544263910381684636687299699438391148668521266691840143625569226060179062187671661376953125", "377ee7e685d96a08"},
    {"0.0000000145844205969115269635518582897176081969448091513186227530241012573242187", "3e4f51deb9534859"},
    {"5.680395752481127612834114893432451895239928392915926722917226754565438780602374029338511343369535179869670983553605075467969881914430200746914044632586983637287257773293718018382119170198056536192775961011216400686808486428641543725353665782581324886718014112130300899796760206899622968646401675356841988527251079451519267716110428627120863673003578389083452054594782538643031049545663612008011893562907006138213785989326461689369032375546371601318868310196116219815006111420053938834115305572099700247464019004096816084087146054000022280293223438140542145843503387238510765485318189298813515160820933286101565614069065136873451337342014211768613631290193672455313508407711884215382052197669262017551497741237926746879761095727207065309016797982621937990188598632812500001e-308", "00246c57f14373c3"},
    {"154.646353844870660054766631219536066055297851562500001", "406354aeee422ba1"},
    {"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000077877451245538955082516340575200107626534269300671872612760077145862970799513931496916741923598717850907820164114246075712678698881519940483692803410768911420505664941076499365760433432311905689732630854030663398315702436831665390170232862485933203074279341131087036853777573370510389605611202320372445438880327128340347342694669036350200996832171540518174879252910614013671875", "230dad4e907104ba"},
    {"61756.2667950678842316847294569015502929687500001", "40ee27888995cf6a"},
    {"6.612115719876796675313721466457292664587660855925361607807788477382755873934307423141185351157077570133000337257217095048486768342625292966115539825976638760670727729045469784656392483084639448621645358900850662387007098882382618112769444626024954799675317477377724344803122120329277023562392133757185298157329971258033448418145199198107986262744936889482228147714103619172231179699370598650244742432770344276405276716280072751228008451067169905959504282361044690032042720855252746512748657510799507513410925630347745275137589805291800711913082733669885089751810151407902133362460346005588324389901280220738541643331667662654899772384348103202372345799268329085159274077486913123190961723618542305919330364024137808824344269675171714695238733838777989149093627929687e-308", "0027c5ea8ab01131"},
    {"1375971932631858.87", "43138dc1b90fcccb"},
};

static const struct { uint64_t bits; int n; const char *out; } round_cases[] = {
    {0x4005666666666666ull, 2, "2.67"},
    {0xbfd999999999999aull, 0, "-0.0"},
    {0x3fe0000000000000ull, 0, "0.0"},
    {0x3ff8000000000000ull, 0, "2.0"},
    {0x4004000000000000ull, 0, "2.0"},
    {0x7e37e43c8800759cull, -300, "1e+300"},
    {0x0000000000000001ull, 323, "0.0"},
    {0x0000000000000001ull, 324, "5e-324"},
    {0x3fc0000000000000ull, 2, "0.12"},
    {0x3fd8000000000000ull, 2, "0.38"},
    {0x7fefffffffffffffull, -308, "OVF"},
    {0x40fe240800000000ull, -1, "123460.0"},
    {0x40fe240c9fbe76c9ull, -3, "123000.0"},
    {0xc0fe240c9fbe76c9ull, -6, "-0.0"},
    {0x0000000000000000ull, 3, "0.0"},
    {0x8000000000000000ull, 3, "-0.0"},
    {0x7ff0000000000000ull, 2, "inf"},
    {0x4480f0cf064dd592ull, 10, "1e+22"},
    {0x4330000000000000ull, 0, "4503599627370496.0"},
    {0x4023fd70a3d70a3dull, 2, "9.99"},
    {0x3ff0000000000001ull, 15, "1.0"},
    {0x3fb999999999999aull, 1, "0.1"},
    {0x81a56e1fc2f8f359ull, 300, "-1e-300"},
    {0x00000000000007e8ull, 320, "1e-320"},
    {0x400c000000000000ull, -1, "0.0"},
    {0x404b800000000000ull, -1, "60.0"},
    {0x4050400000000000ull, -1, "60.0"},
    {0x432ff973cafa8000ull, -16, "0.0"},
    {0x4331c37937e08000ull, -16, "0.0"},
};
/* @generated-end */

/* Runs a bulk test: `count` cases from the seeded stream, one digest per
 * block of 100.  A failing block prints its results, to compare with the
 * generator's --show output. */
static char block_res[100][2048];

#define BULK(name, seed, count, ...)                                              \
    do {                                                                          \
        rng_seed(seed);                                                           \
        uint64_t h = FNV0;                                                        \
        size_t blk = 0;                                                           \
        for (int i_ = 0; i_ < (count); i_++) {                                    \
            char *res_ = block_res[i_ % 100];                                     \
            __VA_ARGS__;                                                          \
            h = fnv(h, res_, strlen(res_));                                       \
            if (i_ % 100 == 99 || i_ == (count) - 1) {                            \
                CHECK_MSG(blk < sizeof name / sizeof name[0], "too many blocks"); \
                if (h != name[blk])                                               \
                    for (int k_ = 0; k_ <= i_ % 100; k_++)                        \
                        printf("  %s[%zu][%d]: '%s'\n", #name, blk, k_,          \
                               block_res[k_]);                                    \
                CHECK_MSG(h == name[blk], "%s block %zu: digest %016llx",         \
                          #name, blk, (unsigned long long)h);                     \
                blk++;                                                            \
                h = FNV0;                                                         \
            }                                                                     \
        }                                                                         \
        CHECK_EQ(blk, sizeof name / sizeof name[0]);                              \
    } while (0)

TEST(repr_table)
{
    for (size_t i = 0; i < sizeof repr_cases / sizeof repr_cases[0]; i++) {
        char out[DT_REPR_SIZE];
        size_t n = dt_repr(u2d(repr_cases[i].bits), out);
        CHECK_STR(out, repr_cases[i].repr);
        CHECK_EQ(n, strlen(repr_cases[i].repr));
    }
}

TEST(repr_bulk) { BULK(bulk_repr, 1, 20000, repr_of(gen_double(), res_)); }

TEST(repr_round_trips)
{
    /* property: parse(repr(x)) == x bit for bit, and repr is never longer
     * than 17 significant digits + decoration */
    rng_seed(99);
    for (int i = 0; i < 100000; i++) {
        double x = u2d(rnd());
        if (x != x)
            continue;
        char out[DT_REPR_SIZE];
        size_t n = dt_repr(x, out);
        CHECK(n <= 24);
        double y;
        CHECK_EQ(dt_parse(out, n, &y), DT_OK);
        CHECK_MSG(d2u(x) == d2u(y), "%s", out);
    }
}

TEST(format_table)
{
    for (size_t i = 0; i < sizeof format_cases / sizeof format_cases[0]; i++) {
        char res[1024];
        format_of(u2d(format_cases[i].bits), format_cases[i].spec, res, sizeof res);
        CHECK_MSG(strcmp(res, format_cases[i].out) == 0, "format(%016llx, '%s') = '%s', want '%s'",
                  (unsigned long long)format_cases[i].bits, format_cases[i].spec, res,
                  format_cases[i].out);
    }
}

TEST(format_bulk)
{
    BULK(bulk_format, 2, 12000, {
        double x = gen_double();
        char spec[64];
        gen_spec(spec, "eEfFgGn%NNNds");
        format_of(x, spec, res_, 2048);
    });
}

TEST(printf_bulk)
{
    BULK(bulk_printf, 3, 4000, {
        double x = gen_double();
        char code = "eEfFgG"[rndn(6)];
        int prec = (int)rndn(20);
        uint32_t fl = rndn(4);
        printf_of(x, code, prec, ((fl & 1) ? DT_SIGN : 0) | ((fl & 2) ? DT_ALT : 0), res_);
    });
}

TEST(format_bounds)
{
    /* huge precisions and widths: the bound grows with them, output fits */
    char res[4096];
    format_of(5e-324, ".1074f", res, sizeof res); /* 2**-1074 exactly */
    CHECK_EQ(strlen(res), 1076u);
    CHECK_STR(res + 1076 - 12, "533447265625");
    CHECK(strncmp(res, "0.000000000000", 14) == 0);
    format_of(1e300, ",.3f", res, sizeof res);
    CHECK_EQ(strlen(res), 301u + 100u + 4u);
    format_of(1.5, "\xc3\xa9^30", res, sizeof res);
    CHECK_EQ(strlen(res), 27u * 2 + 3u);
    FsSpec fs;
    char tiny[8];
    if (sizeof(intptr_t) == 8) {
        CHECK_EQ(fs_parse(".2147483648f", 12, &fs), FS_OK);
        CHECK_EQ(dt_format_spec(&fs, 1.0, tiny, sizeof tiny), FS_ERR_PRECISION_BIG);
    } else { /* as 32-bit CPython: past PY_SSIZE_T_MAX */
        CHECK_EQ(fs_parse(".2147483648f", 12, &fs), FS_ERR_TOO_MANY_DIGITS);
    }
    CHECK_EQ(fs_parse("10.3f", 5, &fs), FS_OK);
    CHECK_EQ(dt_format_spec(&fs, 1.0, tiny, sizeof tiny), FS_ERR_SPACE);
    CHECK_EQ(dt_format(1.0, 'f', 3, 0, tiny, 4), DT_ERR_SPACE);
}

TEST(digits_modes)
{
    char b[DT_MAX_DIGITS + 8];
    int dp, n;
    n = dt_digits(0.1, DT_SHORTEST, 0, b, sizeof b, &dp);
    CHECK_EQ(n, 1);
    CHECK_EQ(b[0], '1');
    CHECK_EQ(dp, 0);
    n = dt_digits(0.1, DT_SIG, 30, b, sizeof b, &dp); /* '%.29e' % 0.1 */
    CHECK_EQ(n, 30);
    CHECK(memcmp(b, "100000000000000005551115123126", 30) == 0);
    n = dt_digits(0.5, DT_SIG, 30, b, sizeof b, &dp); /* trailing zeros dropped */
    CHECK_EQ(n, 1);
    CHECK_EQ(dp, 0);
    n = dt_digits(0.001, DT_FIXED, 1, b, sizeof b, &dp);
    CHECK_EQ(n, 0);
    CHECK_EQ(dp, -1);
    n = dt_digits(0.05, DT_FIXED, 1, b, sizeof b, &dp); /* 0.05000000000000000277 */
    CHECK_EQ(n, 1);
    CHECK_EQ(b[0], '1');
    CHECK_EQ(dp, 0);
    n = dt_digits(0.125, DT_FIXED, 2, b, sizeof b, &dp); /* exact tie: even */
    CHECK_EQ(n, 2);
    CHECK(memcmp(b, "12", 2) == 0);
    n = dt_digits(9.996, DT_FIXED, 2, b, sizeof b, &dp);
    CHECK_EQ(n, 1);
    CHECK_EQ(dp, 2);
    n = dt_digits(0.0, DT_FIXED, 5, b, sizeof b, &dp);
    CHECK_EQ(n, 1);
    CHECK_EQ(dp, 1);
    /* the longest exact expansion */
    n = dt_digits(u2d(0x000FFFFFFFFFFFFFull), DT_SIG, 100000, b, sizeof b, &dp);
    CHECK(n > 700 && n <= DT_MAX_DIGITS);
    CHECK_EQ(dt_digits(0.1, DT_SIG, 30, b, 5, &dp), DT_ERR_SPACE);
}

TEST(parse_table)
{
    for (size_t i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
        char res[32];
        parse_of(parse_cases[i].s, res);
        CHECK_MSG(strcmp(res, parse_cases[i].bits) == 0, "float('%.60s') = %s, want %s",
                  parse_cases[i].s, res, parse_cases[i].bits);
    }
}

TEST(parse_bulk)
{
    BULK(bulk_parse, 4, 12000, {
        char s[128];
        gen_numstr(s);
        parse_of(s, res_);
    });
}

TEST(parse_literal)
{
    double d;
    CHECK_EQ(dt_parse_literal("1_000.5e-3", 10, &d), DT_OK);
    CHECK(d == 1.0005);
    CHECK_EQ(dt_parse_literal(".5", 2, &d), DT_OK);
    CHECK(d == 0.5);
    CHECK_EQ(dt_parse_literal("5.", 2, &d), DT_OK);
    CHECK(d == 5.0);
    CHECK_EQ(dt_parse_literal("1e400", 5, &d), DT_OK);
    CHECK(isinf(d));
    CHECK_EQ(dt_parse_literal("-1.0", 4, &d), DT_ERR_SYNTAX);
    CHECK_EQ(dt_parse_literal(" 1.0", 4, &d), DT_ERR_SYNTAX);
    CHECK_EQ(dt_parse_literal("inf", 3, &d), DT_ERR_SYNTAX);
    CHECK_EQ(dt_parse_literal("1._0", 4, &d), DT_ERR_SYNTAX);
    CHECK_EQ(dt_parse_literal("", 0, &d), DT_ERR_SYNTAX);
    /* length-delimited: a NUL or trailing garbage inside len is an error */
    CHECK_EQ(dt_parse("1\0", 2, &d), DT_ERR_SYNTAX);
    CHECK_EQ(dt_parse("12", 1, &d), DT_OK);
    CHECK(d == 1.0);
}

TEST(round_table)
{
    for (size_t i = 0; i < sizeof round_cases / sizeof round_cases[0]; i++) {
        char res[40];
        round_of(u2d(round_cases[i].bits), round_cases[i].n, res);
        CHECK_MSG(strcmp(res, round_cases[i].out) == 0, "round(%016llx, %d) = %s, want %s",
                  (unsigned long long)round_cases[i].bits, round_cases[i].n, res, round_cases[i].out);
    }
}

TEST(round_bulk)
{
    BULK(bulk_round, 5, 6000, {
        double x = gen_double();
        int n = (int)rndn(40) - 20;
        if (rndn(10) == 0) {
            static const int big[6] = {323, 324, -308, -309, 400, -400};
            n = big[rndn(6)];
        }
        round_of(x, n, res_);
    });
}

TEST(rint)
{
    static const double in[] = {0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 4503599627370495.5,
                                4503599627370497.0, 1e300, -0.0, 0.0, 3.7, -3.7, 2.5000000000000004};
    static const double want[] = {0.0, 2.0, 2.0, -0.0, -2.0, 0.0, 4503599627370496.0,
                                  4503599627370497.0, 1e300, -0.0, 0.0, 4.0, -4.0, 3.0};
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++)
        CHECK_MSG(d2u(dt_rint(in[i])) == d2u(want[i]), "rint(%.17g)", in[i]);
    CHECK(isinf(dt_rint(INFINITY)));
    CHECK(isnan(dt_rint(NAN)));
}

TEST(hash_bulk)
{
    if (sizeof(intptr_t) == 8) {
        BULK(bulk_hash64, 6, 6000, {
            double x = gen_double();
            if (x != x)
                strcpy(res_, "nan");
            else
                sprintf(res_, "%lld", (long long)dt_hash(x));
        });
    } else {
        BULK(bulk_hash32, 6, 6000, {
            double x = gen_double();
            if (x != x)
                strcpy(res_, "nan");
            else
                sprintf(res_, "%lld", (long long)dt_hash(x));
        });
    }
    /* equal values hash equal: ints and floats (small-int path in bignum.h) */
    CHECK_EQ(dt_hash(1.0), 1);
    CHECK_EQ(dt_hash(-1.0), -2);
    CHECK_EQ(dt_hash(0.0), 0);
    CHECK_EQ(dt_hash(-0.0), 0);
    CHECK_EQ(dt_hash(INFINITY), 314159);
    CHECK_EQ(dt_hash(-INFINITY), -314159);
}

int main(void)
{
    RUN(repr_table);
    RUN(repr_bulk);
    RUN(repr_round_trips);
    RUN(format_table);
    RUN(format_bulk);
    RUN(printf_bulk);
    RUN(format_bounds);
    RUN(digits_modes);
    RUN(parse_table);
    RUN(parse_bulk);
    RUN(parse_literal);
    RUN(round_table);
    RUN(round_bulk);
    RUN(rint);
    RUN(hash_bulk);
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
from decimal import Decimal, getcontext
getcontext().prec = 2000
MANT = (1 << 52) - 1
SIGN = 1 << 63
EXPS = [0, 1, 2, 1022, 1023, 1024, 1074, 1075, 1076, 1100, 2045, 2046, 500, 1500]
P10 = [1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0]
FILLS = ['*', '0', 'x', '\u00e9']
PRECS = [0, 1, 2, 3, 5, 6, 10, 16, 17, 25, 60]
def u2d(u): return struct.unpack('<d', struct.pack('<Q', u & M64))[0]
def d2u(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
def gen_double(r):
    k = r.n(8)
    if k <= 2: return u2d(r.next())
    if k == 3:
        m = r.next() & MANT; e = EXPS[r.n(14)]; s = r.next() & 1
        return u2d(m | e << 52 | s << 63)
    if k == 4:
        d = r.n(2000001) - 1000000; j = r.n(7)
        return float(d) / P10[j]
    if k == 5:
        m = r.n(1 << 20) + 1; e = r.n(120) - 60
        return math.ldexp(float(m), e)
    if k == 6:
        m = r.next() & MANT; s = r.next() & SIGN
        return u2d(m | s)
    v = r.next(); sh = r.n(64)
    return float(v >> sh)
def gen_spec(r, types):
    s = ''
    if r.n(4) == 0:
        if r.n(2): s += FILLS[r.n(4)]
        s += '<>^='[r.n(4)]
    if r.n(4) == 0: s += '+- '[r.n(3)]
    if r.n(8) == 0: s += 'z'
    if r.n(5) == 0: s += '#'
    if r.n(5) == 0: s += '0'
    if r.n(2): s += str(r.n(30))
    if r.n(5) == 0: s += ',_'[r.n(2)]
    if r.n(2): s += '.' + str(PRECS[r.n(11)])
    t = types[r.n(len(types))]
    if t != 'N': s += t
    return s
SPECIALS = ['inf', '-Infinity', 'nan', 'iNf', 'infinit', '.', '', 'e5', '1e', '0x1']
def gen_numstr(r):
    sign = ['', '-', '+'][r.n(3)]
    nd = 1 + r.n(25)
    digs = ''.join('0123456789'[r.n(10)] for _ in range(nd))
    p = r.n(nd + 2)
    if p <= nd: digs = digs[:p] + '.' + digs[p:]
    if r.n(4) == 0:
        q = r.n(len(digs) + 1); digs = digs[:q] + '_' + digs[q:]
    s = sign + digs
    if r.n(2):
        s += 'eE'[r.n(2)]
        s += ['', '+', '-'][r.n(3)]
        s += str(r.n(400))
    if r.n(6) == 0: s = ' ' + s + '\t'
    if r.n(10) == 0: s = SPECIALS[r.n(10)]
    return s
def pyfmt(x, spec):
    try: return format(x, spec)
    except ValueError as e: return 'E ' + str(e)
def pyparse(s):
    try: return '%016x' % d2u(float(s))
    except ValueError: return 'E'
def pyround(x, n):
    try: return repr(round(x, n))
    except OverflowError: return 'OVF'
P31 = (1 << 31) - 1
def hash31(x):
    if x != x: return 0
    if math.isinf(x): return 314159 if x > 0 else -314159
    m, e = math.frexp(abs(x)); m = int(m * 2**53); e -= 53
    h = (m % P31) * pow(2, e % 31, P31) % P31
    if x < 0: h = -h
    return -2 if h == -1 else h
def gen(path):
    out = []
    # -- bulk: repr
    r = Rng(1); items = []
    for i in range(20000): items.append(repr(gen_double(r)))
    SHOW['bulk_repr'] = items; out.append(c_u64s('bulk_repr', digests(items, 100)))
    # -- bulk: format(x, spec)
    r = Rng(2); items = []
    for i in range(12000):
        x = gen_double(r); spec = gen_spec(r, 'eEfFgGn%NNNds')
        items.append(pyfmt(x, spec))
    SHOW['bulk_format'] = items; out.append(c_u64s('bulk_format', digests(items, 100)))
    # -- bulk: printf-style dt_format
    r = Rng(3); items = []
    for i in range(4000):
        x = gen_double(r); code = 'eEfFgG'[r.n(6)]; prec = r.n(20); fl = r.n(4)
        items.append(('%' + ('+' if fl & 1 else '') + ('#' if fl & 2 else '') + '.%d' % prec + code) % x)
    SHOW['bulk_printf'] = items; out.append(c_u64s('bulk_printf', digests(items, 100)))
    # -- bulk: float(s)
    r = Rng(4); items = []
    for i in range(12000): items.append(pyparse(gen_numstr(r)))
    SHOW['bulk_parse'] = items; out.append(c_u64s('bulk_parse', digests(items, 100)))
    # -- bulk: round(x, n)
    r = Rng(5); items = []
    for i in range(6000):
        x = gen_double(r); n = r.n(40) - 20
        if r.n(10) == 0: n = [323, 324, -308, -309, 400, -400][r.n(6)]
        items.append(pyround(x, n))
    SHOW['bulk_round'] = items; out.append(c_u64s('bulk_round', digests(items, 100)))
    # -- bulk: hash(x) on 64-bit and 32-bit word sizes
    r = Rng(6); i64 = []; i32 = []
    for i in range(6000):
        x = gen_double(r)
        i64.append('nan' if x != x else str(hash(x))); i32.append('nan' if x != x else str(hash31(x)))
    SHOW['bulk_hash64'] = i64; out.append(c_u64s('bulk_hash64', digests(i64, 100)))
    SHOW['bulk_hash32'] = i32; out.append(c_u64s('bulk_hash32', digests(i32, 100)))
    # -- explicit cases, readable
    rep = [0.1, 1e16, 1.5e-7, math.inf, -math.inf, math.nan, -0.0, 0.0, 123456789012345678.0, 5e-324, 1.7976931348623157e308,
           2.2250738585072014e-308, 2.225073858507201e-308, 1e23, 9.999999999999999e22, 1e22, 1.0, 100.0, 1e-4, 1e-5, 0.3,
           0.1 + 0.2, 2.0**63, 2.0**52 + 0.5, 1/3, 2/3, 1e15, 1e16 - 2, 9007199254740993.0, 123.456, -1.5, 4.35, 0.001,
           1.2345678901234567e-300, 3.14159, 2.718281828459045, 1e300 * 1e8, 7e-324, 1.5e300, 6.02214076e23]
    lines = ['static const struct { uint64_t bits; const char *repr; } repr_cases[] = {']
    for x in rep: lines.append('    {0x%016xull, %s},' % (d2u(x), cstr(repr(x))))
    lines.append('};')
    out.append('\n'.join(lines))
    specs = ['', '.0f', '.1f', '.2f', 'e', '.0e', 'g', '.0g', '#g', '#.0f', '#.0e', ',.2f', '015,.2f', '=+15.3e', '^20', 'z.1f',
             '.0%', '%', '#', '.3', '.17', '.16', 'n', '.40f', '.30e', '#.30g', '*^+12,.1f', '010', '_', 'x>10.3E', 'd', 'c']
    vals = [0.0, -0.0, 1.0, 0.5, 2.5, -0.5, 1e16, 1e22, 1e-7, 123.456, 5e-324, 1.7976931348623157e308, -1.5, 0.1, math.inf,
            math.nan, 99.99, 9.5, 0.125, 0.375, 1234567.891, -0.001, 2.675]
    r = Rng(7)
    lines = ['static const struct { uint64_t bits; const char *spec, *out; } format_cases[] = {']
    for i in range(400):
        x = vals[r.n(len(vals))]; sp = specs[r.n(len(specs))]
        lines.append('    {0x%016xull, %s, %s},' % (d2u(x), cstr(sp), cstr(pyfmt(x, sp))))
    lines.append('};')
    out.append('\n'.join(lines))
    # parse: hand-picked, then exact midpoints between neighbouring doubles (and just off them)
    strs = ['0.1', '1e16', ' 1_0.5 ', '1_0e1_0', '1e_1', '1_.5', '1._5', '_1', '1_', '.5', '5.', '.', 'e5', '1e', '-nan', '+inf',
            'INFINITY', 'infinit', 'nan(1)', '1.5 j', '0x10', '1_000.000_1', 'in_f', '-0.0', '00.5', '1E+5', '1e+_5', '++1',
            '\t\n1\r\x0b\x0c', '\u00a05', '\u20005\u3000', '\x1c5', '1e400', '-1e400', '1e-400', '2.4703282292062328e-324',
            '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308', '9007199254740993',
            '0.' + '0' * 400 + '1e400', '1' + '0' * 400 + 'e-400', '1e-99999999999999999999', '1e99999999999999999999',
            '123456789012345678901234567890', '0.000000000000000000000000000000000000001']
    r = Rng(8)
    for i in range(160):
        kind = i % 4
        if kind == 0: u = r.next() & ((1 << 62) - 1) | (1 << 61)       # around 1e0 .. 1e300
        elif kind == 1: u = (r.next() & MANT) | ((1023 + r.n(60) - 30) << 52)
        elif kind == 2: u = (r.next() & MANT) | (r.n(3) << 52)        # subnormal / smallest normals
        else: u = (r.next() & MANT) | ((1023 + r.n(200)) << 52)
        x = u2d(u); y = u2d(u + 1)
        if math.isinf(y) or math.isnan(x): continue
        mid = (Decimal(x) + Decimal(y)) / 2
        s = format(mid, 'e') if r.n(2) else format(mid, 'f')
        way = r.n(3)
        if way == 1: s = s.replace('e', '00001e') if 'e' in s else s + '00001'
        elif way == 2:
            m, _, ex = s.partition('e'); m = m[:-1] if m[-1] != '.' else m[:-2]
            s = m + ('e' + ex if ex else '')
        if len(s) > 800: continue
        strs.append(s)
    lines = ['static const struct { const char *s; const char *bits; } parse_cases[] = {']
    for s in strs: lines.append('    {%s, "%s"},' % (cstr(s), pyparse(s)))
    lines.append('};')
    out.append('\n'.join(lines))
    rc = [(2.675, 2), (-0.4, 0), (0.5, 0), (1.5, 0), (2.5, 0), (1e300, -300), (5e-324, 323), (5e-324, 324), (0.125, 2),
          (0.375, 2), (1.7976931348623157e308, -308), (123456.5, -1), (123456.789, -3), (-123456.789, -6), (0.0, 3), (-0.0, 3),
          (math.inf, 2), (1e22, 10), (2.0**52 + 0.5, 0), (9.995, 2), (1.0000000000000002, 15), (0.1, 1), (-1e-300, 300),
          (1e-320, 320), (3.5, -1), (55.0, -1), (65.0, -1), (4.5e15, -16), (5e15, -16)]
    lines = ['static const struct { uint64_t bits; int n; const char *out; } round_cases[] = {']
    for x, n in rc: lines.append('    {0x%016xull, %d, %s},' % (d2u(x), n, cstr(pyround(x, n))))
    lines.append('};')
    out.append('\n'.join(lines))
    if len(sys.argv) > 3 and sys.argv[2] == '--show':
        blk = int(sys.argv[4])
        for it in SHOW[sys.argv[3]][blk * 100:(blk + 1) * 100]: print(repr(it))
        return
    replace_region(path, '\n\n'.join(out) + '\n')
SHOW = {}
gen(sys.argv[1])
GENERATOR-END
*/
