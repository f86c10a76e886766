/*
 * unicode.c - case of code points beyond ASCII, for str's case methods
 * (upper, lower, swapcase, title, capitalize, casefold) and predicates
 * (isupper, islower, istitle).
 *
 * Covered: Latin-1, Latin Extended-A, Latin Extended Additional (Vietnamese
 * and others), Greek, Cyrillic (with the extensions), Armenian and the
 * fullwidth Latin letters: the scripts of Europe and what embedded text
 * commonly holds.  Other code points have no case here (docs/differences.md:
 * Latin Extended-B's digraphs, Georgian, Cherokee, ... are left unchanged);
 * a table of runs keeps this to a few hundred bytes instead of the full
 * Unicode database.  The mappings that are not one code point for one
 * (German sharp s, dotted capital I, Greek final sigma, two ligatures) are the caller's:
 * str.c's txt_case.
 */
#include "text.h"

/* A run of letters: alt 0: capitals lo..hi, their small letters at
 * +delta; alt 1: capital/small pairs from lo (capitals at even offsets). */
typedef struct CaseRun {
    uint16_t lo, hi;
    uint8_t delta, alt;
} CaseRun;

static const CaseRun runs[] = {
    {0x0041, 0x005A, 32, 0},  {0x00C0, 0x00DE, 32, 0}, /* but 0xD7 (multiplication sign) */
    {0x0100, 0x012F, 1, 1},   {0x0132, 0x0137, 1, 1},  {0x0139, 0x0148, 1, 1},
    {0x014A, 0x0177, 1, 1},   {0x0179, 0x017E, 1, 1},  {0x0386, 0x0386, 38, 0},
    {0x0388, 0x038A, 37, 0},  {0x038C, 0x038C, 64, 0}, {0x038E, 0x038F, 63, 0},
    {0x0391, 0x03AB, 32, 0}, /* but 0x3A2 (unassigned) */
    {0x03CF, 0x03CF, 8, 0},   {0x03D8, 0x03EF, 1, 1},   {0x0400, 0x040F, 80, 0}, {0x0410, 0x042F, 32, 0},
    {0x0460, 0x0481, 1, 1},   {0x048A, 0x04BF, 1, 1},  {0x04C0, 0x04C0, 15, 0},
    {0x04C1, 0x04CE, 1, 1},   {0x04D0, 0x052F, 1, 1},  {0x0531, 0x0556, 48, 0},
    {0x1E00, 0x1E95, 1, 1},   {0x1EA0, 0x1EFF, 1, 1},  {0xFF21, 0xFF3A, 32, 0},
};
#define NRUNS (sizeof runs / sizeof runs[0])

/* the code point's small letter (itself when it has none) */
uint32_t uni_lower(uint32_t cp) {
    switch (cp) {
    case 0xD7: return cp;
    case 0x3A2: return cp;
    case 0x178: return 0xFF;   /* Y with diaeresis */
    case 0x1E9E: return 0xDF;  /* capital sharp s */
    case 0x130: return 'i';    /* (txt_case adds the combining dot) */
    }
    for (unsigned i = 0; i < NRUNS; i++) {
        const CaseRun *r = &runs[i];
        if (cp < r->lo) break;
        if (cp <= r->hi) return r->alt ? cp + !((cp - r->lo) & 1) : cp + r->delta;
    }
    return cp;
}

/* the code point's capital (itself when it has none or more than one) */
uint32_t uni_upper(uint32_t cp) {
    switch (cp) {
    case 0xF7: return cp;
    case 0xB5: return 0x39C;  /* micro sign -> Greek capital mu */
    case 0xFF: return 0x178;
    case 0x131: return 'I';   /* dotless i */
    case 0x17F: return 'S';   /* long s */
    case 0x3C2: return 0x3A3; /* final sigma */
    }
    for (unsigned i = 0; i < NRUNS; i++) {
        const CaseRun *r = &runs[i];
        if (r->alt) {
            if (cp < r->lo) break;
            if (cp <= r->hi) return cp - ((cp - r->lo) & 1);
        } else if (cp >= r->lo + r->delta && cp <= r->hi + r->delta) {
            return cp - r->delta;
        }
    }
    return cp;
}

bool uni_is_upper(uint32_t cp) { return uni_lower(cp) != cp; }

bool uni_is_lower(uint32_t cp) {
    /* sharp s, kra, n preceded by apostrophe and the Armenian ligature
     * ech-yiwn are small letters without a one-code-point capital */
    return uni_upper(cp) != cp || cp == 0xDF || cp == 0x138 || cp == 0x149 || cp == 0x587;
}
