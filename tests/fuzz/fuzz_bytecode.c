/*
 * fuzz_bytecode.c - bc_validate on arbitrary images.
 *
 * The size field is patched to the input length first, so mutations of a
 * valid image reach the deep checks instead of failing on the size.  For
 * every image the validator accepts, every accessor the VM uses is run
 * over all of it (names, constants and their records, code headers,
 * instructions, line table, handler lookup, slot names) so that
 * AddressSanitizer catches any read the validation failed to bound.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/bytecode.h"

static volatile unsigned sink;

static void walk_const(const uint8_t *img, unsigned k, int depth) {
    uint32_t w = bc_const_word(img, k), n;
    int neg;
    switch (bc_const_kind(w)) {
    case BC_CONST_INT: sink += (unsigned)bc_const_int(w); break;
    case BC_CONST_SPECIAL:
    case BC_CONST_CODE: sink += bc_const_index(w); break;
    case BC_CONST_STR: sink += (unsigned char)bc_name(img, bc_const_index(w), &n, NULL)[n]; break;
    case BC_CONST_BYTES: {
        const uint8_t *b = bc_const_bytes(img, w, &n);
        for (uint32_t i = 0; i < n; i++) sink += b[i];
        break;
    }
    case BC_CONST_FLOAT: sink += (unsigned)(bc_const_float(img, w) != 0.0); break;
    case BC_CONST_BIGINT: {
        const uint8_t *m = bc_const_bigint(img, w, &n, &neg);
        for (uint32_t i = 0; i < n; i++) sink += m[i];
        break;
    }
    case BC_CONST_TUPLE: {
        const uint8_t *items = bc_const_tuple(img, w, &n);
        for (uint32_t i = 0; i < n; i++) {
            unsigned e = bc_rd16(items + 2 * i);
            if (e >= k) abort(); /* the validator promised earlier constants only */
            if (depth < 4) walk_const(img, e, depth + 1);
        }
        break;
    }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 256 * 1024) return 0;
    /* exact-size, aligned copy so ASan sees every overread */
    uint8_t *img = malloc(size ? size : 1);
    if (!img) return 0;
    memcpy(img, data, size);
    if (size >= 12) {
        img[8] = (uint8_t)size;
        img[9] = (uint8_t)(size >> 8);
        img[10] = (uint8_t)(size >> 16);
        img[11] = (uint8_t)(size >> 24);
    }
    char why[96];
    if (bc_validate(img, size, why, sizeof why) == 0) {
        for (unsigned i = 0; i < bc_n_name(img); i++) {
            uint32_t n, nc;
            const char *s = bc_name(img, i, &n, &nc);
            for (uint32_t j = 0; j <= n; j++) sink += (unsigned char)s[j];
        }
        for (unsigned k = 0; k < bc_n_const(img); k++) walk_const(img, k, 0);
        for (unsigned ci = 0; ci < bc_n_code(img); ci++) {
            BcCode c;
            bc_code_info(img, ci, &c);
            unsigned nslots = (unsigned)c.nlocals + c.ncells + c.nfree;
            for (unsigned s = 0; s < nslots; s++) sink += (unsigned char)*bc_name(img, bc_slot_name(&c, s), NULL, NULL);
            for (unsigned ip = 0; ip < c.bc_len;) {
                int a, b;
                unsigned op = c.bc[ip], t, d;
                unsigned len = bc_decode(c.bc + ip, &a, &b);
                if (op >= OP__COUNT || len == 0 || len > c.bc_len - ip) abort();
                sink += bc_line_of(&c, ip);
                if (bc_find_handler(&c, ip, &t, &d) && (t >= c.bc_len || d >= c.stacksize)) abort();
                ip += len;
            }
        }
    }
    free(img);
    return 0;
}
