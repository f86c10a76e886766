/*
 * bytecode.h - reading and validating module images (docs/bytecode.md).
 *
 * A module image is a flat, read-only, position-independent byte array
 * (typically a file in MRFS, executed in place from flash).  The VM calls
 * bc_validate() once before using an image; after that every accessor
 * below may be used without bounds checks: the validator guarantees that
 * every offset, index and count they follow lies inside the image.
 *
 * The image must start 4-byte aligned (MRFS file data is); all reads here
 * are bytewise anyway, except where noted, so misalignment is only a speed
 * matter.
 */
#ifndef BYTECODE_H
#define BYTECODE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "opcodes.h"

#define BC_MAGIC0 'M'
#define BC_MAGIC1 'T'
#define BC_MAGIC2 'B'
#define BC_MAGIC3 'C'
#define BC_VERSION 1

#define BC_HEADER_SIZE 32
#define BC_CODE_SIZE 44  /* code header */
#define BC_EXC_SIZE 8    /* exception table entry */

/* header field offsets */
#define BCH_VERSION 4
#define BCH_FLAGS 6
#define BCH_SIZE 8
#define BCH_NCODE 12
#define BCH_NCONST 14
#define BCH_NNAME 16
#define BCH_FILENAME 18
#define BCH_CODETAB 20
#define BCH_CONSTTAB 24
#define BCH_NAMETAB 28

/* code header field offsets */
#define BCC_BC_OFF 0
#define BCC_BC_LEN 4
#define BCC_STACKSIZE 6
#define BCC_NAME 8
#define BCC_QUALNAME 10
#define BCC_FLAGS 12
#define BCC_ARGCOUNT 14
#define BCC_POSONLY 15
#define BCC_KWONLY 16
#define BCC_NLOCALS 17
#define BCC_NCELLS 18
#define BCC_NFREE 19
#define BCC_FIRSTLINE 20
#define BCC_NEXC 22
#define BCC_EXC_OFF 24
#define BCC_LINE_OFF 28
#define BCC_LINE_LEN 32
#define BCC_NLABEL 34
#define BCC_LABEL_OFF 36
#define BCC_SLOTNAMES_OFF 40

/* code flags */
#define CO_VARARGS 0x01
#define CO_VARKW 0x02
#define CO_GENERATOR 0x04
#define CO_CLASS 0x08
#define CO_MODULE 0x10
#define CO__ALL 0x1f

/* constant kinds: low 3 bits of a constant word */
enum {
    BC_CONST_INT,     /* immediate: (int32_t)word >> 3 */
    BC_CONST_SPECIAL, /* word >> 3: BC_SPECIAL_* */
    BC_CONST_STR,     /* word >> 3: name index */
    BC_CONST_CODE,    /* word >> 3: code index */
    BC_CONST_BYTES,   /* record at 4 * (word >> 3): u32 n, bytes */
    BC_CONST_FLOAT,   /* record: 8 bytes IEEE-754 double, LE */
    BC_CONST_BIGINT,  /* record: u32 sign<<31 | nbytes, magnitude LE */
    BC_CONST_TUPLE    /* record: u32 n, u16 const index[n] */
};
enum { BC_SPECIAL_NONE, BC_SPECIAL_FALSE, BC_SPECIAL_TRUE, BC_SPECIAL_ELLIPSIS };

/* limits of the format */
#define BC_MAX_SLOTS 255
#define BC_MAX_CODE_LEN 65535

static inline uint16_t bc_rd16(const uint8_t *p) {
    return (uint16_t)(p[0] | (p[1] << 8));
}
static inline uint32_t bc_rd32(const uint8_t *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}

/* ---- validation ----
 * 0 when img[0..n) is a valid image, else -1 with a message in why (if
 * whylen > 0; always NUL-terminated).  Reads nothing outside img[0..n),
 * uses no heap and O(1) stack. */
int bc_validate(const uint8_t *img, size_t n, char *why, size_t whylen);

/* ---- header ---- */
static inline unsigned bc_n_code(const uint8_t *img) { return bc_rd16(img + BCH_NCODE); }
static inline unsigned bc_n_const(const uint8_t *img) { return bc_rd16(img + BCH_NCONST); }
static inline unsigned bc_n_name(const uint8_t *img) { return bc_rd16(img + BCH_NNAME); }
static inline unsigned bc_filename(const uint8_t *img) { return bc_rd16(img + BCH_FILENAME); }
static inline uint32_t bc_size(const uint8_t *img) { return bc_rd32(img + BCH_SIZE); }

/* ---- names (and the text of str constants) ----
 * Returns the NUL-terminated UTF-8 text of name i, its byte length and
 * code-point count (either pointer may be NULL). */
static inline const char *bc_name(const uint8_t *img, unsigned i, uint32_t *nbytes,
                                  uint32_t *nchars) {
    const uint8_t *r = img + bc_rd32(img + bc_rd32(img + BCH_NAMETAB) + 4 * i);
    if (nbytes) *nbytes = bc_rd32(r);
    if (nchars) *nchars = bc_rd32(r + 4);
    return (const char *)(r + 8);
}

/* ---- constants ---- */
static inline uint32_t bc_const_word(const uint8_t *img, unsigned k) {
    return bc_rd32(img + bc_rd32(img + BCH_CONSTTAB) + 4 * k);
}
static inline unsigned bc_const_kind(uint32_t w) { return w & 7u; }
/* INT: the immediate value */
static inline int32_t bc_const_int(uint32_t w) {
    /* arithmetic shift of a negative value: see value.h */
    return (int32_t)w >> 3;
}
/* SPECIAL, STR (name index), CODE (code index) */
static inline unsigned bc_const_index(uint32_t w) { return w >> 3; }
/* BYTES, FLOAT, BIGINT, TUPLE: the record */
static inline const uint8_t *bc_const_record(const uint8_t *img, uint32_t w) {
    return img + 4 * (w >> 3);
}
static inline double bc_const_float(const uint8_t *img, uint32_t w) {
    double d;
    memcpy(&d, bc_const_record(img, w), sizeof d); /* host order == LE */
    return d;
}
/* BYTES: data pointer and length */
static inline const uint8_t *bc_const_bytes(const uint8_t *img, uint32_t w, uint32_t *n) {
    const uint8_t *r = bc_const_record(img, w);
    *n = bc_rd32(r);
    return r + 4;
}
/* BIGINT: magnitude (little-endian, nbytes), sign */
static inline const uint8_t *bc_const_bigint(const uint8_t *img, uint32_t w, uint32_t *nbytes,
                                             int *negative) {
    const uint8_t *r = bc_const_record(img, w);
    uint32_t h = bc_rd32(r);
    *nbytes = h & 0x7fffffffu;
    *negative = (int)(h >> 31);
    return r + 4;
}
/* TUPLE: element count; element i is constant bc_rd16(items + 2 * i) */
static inline const uint8_t *bc_const_tuple(const uint8_t *img, uint32_t w, uint32_t *n) {
    const uint8_t *r = bc_const_record(img, w);
    *n = bc_rd32(r);
    return r + 4;
}

/* ---- code objects ---- */
/* the code header of code object i (44 bytes, fields BCC_*) */
static inline const uint8_t *bc_code(const uint8_t *img, unsigned i) {
    return img + bc_rd32(img + bc_rd32(img + BCH_CODETAB) + 4 * i);
}

/* a decoded code header, for code that wants plain fields */
typedef struct BcCode {
    const uint8_t *bc;        /* first instruction */
    const uint8_t *exc;       /* ExcEntry[n_exc] */
    const uint8_t *lines;     /* line table */
    const uint8_t *labels;    /* u32 label[n_label] */
    const uint8_t *slotnames; /* u16 name index[nslots] */
    uint16_t bc_len, stacksize, name, qualname, flags, firstline;
    uint16_t n_exc, line_len, n_label;
    uint8_t argcount, posonly, kwonly, nlocals, ncells, nfree;
} BcCode;

void bc_code_info(const uint8_t *img, unsigned i, BcCode *c);

/* name index of fast slot s */
static inline unsigned bc_slot_name(const BcCode *c, unsigned s) {
    return bc_rd16(c->slotnames + 2 * s);
}

/* source line of the instruction at offset ip */
unsigned bc_line_of(const BcCode *c, unsigned ip);

/* the exception handler covering offset ip: 1 and *target, *depth set,
 * or 0 when none */
int bc_find_handler(const BcCode *c, unsigned ip, unsigned *target, unsigned *depth);

/* ---- instructions ---- */
/* total size (opcode + operands) of each opcode; 0 for invalid bytes */
extern const uint8_t bc_op_size[OP__COUNT];
/* operand format (OPF_*) of each opcode */
extern const uint8_t bc_op_format[OP__COUNT];

/* Decodes the operands of the instruction at p into *a and *b following
 * its format (see opcodes.h); returns its total size. */
unsigned bc_decode(const uint8_t *p, int *a, int *b);

/* stack effect of an instruction: values popped, pushed when continuing,
 * pushed when jumping, and its OPFLOW_* */
void bc_stack_effect(int op, int a, int b, int *pop, int *push, int *jpush, int *flow);

#endif
