/*
 * mrfs_int.h - private to the mrfs/ sources: on-flash constants (docs/mrfs.md
 * section 2) and the scanning helpers shared by the read and write sides.
 */
#ifndef MRFS_INT_H
#define MRFS_INT_H

#include <stdint.h>
#include <string.h>

#include "mrfs.h"

#define MAGIC 0x3146524Du     /* "MRF1" */
#define COMMIT 0x4546524Du    /* trailer commit word = where ^ COMMIT */
#define HDR 64u               /* header bytes; data starts here */
#define SLOT 32u              /* entries start on SLOT boundaries */
#define MIN_ENTRY 96u         /* entry of an empty file / deletion / mark */
#define SEQ_LIMIT 0xFFFFFFF0u /* valid seqs are below this */
#define NONE 0xFFFFFFFFu
#define META_HDR 20u /* META data before the erase counts */

/* header field offsets */
enum {
    H_MAGIC = 0,
    H_WHERE = 4,
    H_SEQ = 8,
    H_SIZE = 12,
    H_MTIME = 16,
    H_FLAGS = 20,
    H_NAMELEN = 21,
    H_RES1 = 22,
    H_NAME = 24,
    H_RES2 = 56,
    H_HCRC = 60
};

enum { F_DELETED = 1, F_META = 2, F_MARK = 4, F_COPY = 8, F_KNOWN = 15 };

/* st->flags */
enum {
    MS_MOUNTED = 1,
    MS_RDONLY = 2,
    MS_TRUSTED = 4,
    MS_WRITING = 8,
    MS_COMPACTED = 16 /* compacted, nothing written since */
};

/* what a scan finds at a 32-byte boundary */
enum { IT_FREE, IT_JUNK, IT_ENTRY };
typedef struct Item {
    uint32_t off, len; /* len: entry length for IT_ENTRY, else SLOT */
    uint8_t kind;
    uint8_t hdr; /* a valid header starts here (IT_ENTRY, or an entry that is
                    not good: uncommitted or bad CRC) */
} Item;

static inline uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline void wr32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}
static inline uint32_t round_up(uint32_t v, uint32_t a) { return (v + a - 1) & ~(a - 1); }

/* bytes an entry with `size` data bytes occupies; trailer offset */
static inline uint32_t entry_len(uint32_t size) {
    return round_up(HDR + round_up(size, 8) + 8, SLOT);
}
static inline uint32_t trailer_at(uint32_t size) { return HDR + round_up(size, 8); }

/* walks skip the erased space between the files and the META */
static inline uint32_t wnext(const MrfsStore *st, uint32_t off) {
    return off >= st->end && off < st->top ? st->top : off;
}

static inline const uint8_t *at(const MrfsStore *st, uint32_t off) { return st->fl.base + off; }
static inline uint32_t e_seq(const MrfsStore *st, uint32_t off) {
    return rd32(at(st, off) + H_SEQ);
}
static inline uint32_t e_size(const MrfsStore *st, uint32_t off) {
    return rd32(at(st, off) + H_SIZE);
}
static inline uint8_t e_flags(const MrfsStore *st, uint32_t off) { return at(st, off)[H_FLAGS]; }
static inline uint8_t e_namelen(const MrfsStore *st, uint32_t off) {
    return at(st, off)[H_NAMELEN];
}

/* same name (namelen and bytes) at two entries with valid headers */
static inline int same_name(const MrfsStore *st, uint32_t a, uint32_t b) {
    const uint8_t *x = at(st, a), *y = at(st, b);
    return x[H_NAMELEN] == y[H_NAMELEN] &&
           (x[H_FLAGS] & (F_META | F_MARK)) == (y[H_FLAGS] & (F_META | F_MARK)) &&
           memcmp(x + H_NAME, y + H_NAME, x[H_NAMELEN]) == 0;
}

/* ---- mrfs.c ---- */
int mrfs__check_geometry(const MrfsFlash *fl);
int mrfs__name_len(const char *name);
/* the item at off (< lim), with the store's trust rule: an entry's length is
 * trusted only if it is good (committed, and CRC-checked unless trusted) */
void mrfs__item(const MrfsStore *st, uint32_t off, Item *it);
int mrfs__valid_header(const uint8_t *base, uint32_t size, uint32_t off);
int mrfs__committed(const uint8_t *base, uint32_t off);
int mrfs__crc_ok(const uint8_t *base, uint32_t off);
/* newest good META entry, or NONE */
uint32_t mrfs__find_meta(const MrfsStore *st);
uint32_t mrfs__meta_len(uint32_t pages);
/* free space a compaction needs for its copies (docs/mrfs.md section 4) */
uint32_t mrfs__reserve(const MrfsStore *st, uint32_t m1, uint32_t m2);
/* the reserve if an entry of len bytes named name[0..nl) were added */
uint32_t mrfs__reserve_with(const MrfsStore *st, const uint8_t *name, uint32_t nl, uint32_t len);
/* records a new good entry at off in max_entry/max_entry2/max_off */
void mrfs__note_entry(MrfsStore *st, uint32_t off);
/* recomputes them from the store */
void mrfs__track_max(MrfsStore *st);
/* room kept at the top of the store: two slots for the META (and the
 * MARK), which alternates between them from one compaction to the next */
uint32_t mrfs__sys_room(const MrfsStore *st);
/* where appends must stop: below the META, and below both META slots so
 * that the room a write leaves stays there after a compaction */
uint32_t mrfs__limit(const MrfsStore *st);
/* sets st->end and st->top from what the store holds */
void mrfs__set_end(MrfsStore *st);
/* sum of entry lengths of live versions (what a compaction keeps) */
uint32_t mrfs__live_bytes(const MrfsStore *st, uint32_t *files);
/* the good entry that decides `name` (highest seq), lowest copy; NONE */
uint32_t mrfs__lookup(const MrfsStore *st, const uint8_t *name, uint32_t namelen, uint8_t kind);

#ifndef MRFS_READONLY
/* mrfs_write.c: the compaction, also used by mount to recover */
int mrfs__compact(MrfsStore *st);
#endif

#endif
