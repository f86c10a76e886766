/*
 * mrfs.h - Minimal Replaceable File Storage: whole files in NOR flash.
 *
 * The one public header of the MRFS library (mrfs/).  On-flash format,
 * power-cut rules and measured figures: docs/mrfs.md.
 *
 * Model: a store is a page-aligned range of memory-mapped NOR flash.  Files
 * are written whole (size known up front, one at a time), are contiguous,
 * and are read in place through a pointer into flash.  The newest complete
 * version of a name wins; every write is atomic across power cuts (a name
 * resolves to its complete old or its complete new version, no other file
 * changes).  Compaction moves files; see "Pointers" below.
 *
 * Freestanding: no malloc, no stdio.  The caller owns the MrfsStore state
 * (124 bytes on 32-bit boards) and passes buffers; flash is reached through the
 * caller's MrfsFlash.  Not thread-safe: one caller at a time per store.
 *
 * Errors: functions return 0 (or a non-negative count) on success and a
 * negative MRFS_E* code on failure.  Unless a call says otherwise, a
 * failed call has changed nothing a reader can see.
 *
 * Build options (compile-time macros):
 *   MRFS_READONLY   only the read side (probe, mount without recovery, find,
 *                   list, stat, check): no write/delete/compact/format.
 *   MRFS_MAX_PAGES  largest store in pages (default 2048): sizes a bitmap of
 *                   MRFS_MAX_PAGES/8 bytes on the stack during compaction.
 *
 * Pointers: a pointer from mrfs_find/mrfs_list stays valid and its bytes
 * unchanged as long as mrfs_gen() returns the same value.  Writes and
 * deletions that do not need a compaction never move or erase anything.
 * Code that must keep a pointer across calls that may compact calls
 * mrfs_hold() .. mrfs_release(); while held, nothing moves (calls that would
 * have to compact return MRFS_EBUSY).
 *
 * Time: mtime is minutes since 1970-01-01 00:00 UTC (0 = unknown), passed
 * in by the caller.
 */
#ifndef MRFS_H
#define MRFS_H

#include <stddef.h>
#include <stdint.h>

/* ---- error codes (match BOOT_E* where the meaning is the same) ---------- */
enum {
    MRFS_OK = 0,
    MRFS_EIO = -1,          /* flash erase/program failed or read back wrong */
    MRFS_EINVAL = -2,       /* bad argument (name characters, geometry, state) */
    MRFS_ENOENT = -3,       /* no such file */
    MRFS_ECORRUPT = -4,     /* damaged store (a check failed) */
    MRFS_ENOSPC = -5,       /* does not fit, even after compaction */
    MRFS_EBUSY = -6,        /* held (mrfs_hold) or a write is in progress */
    MRFS_ENOTSUP = -7,      /* not in this build (MRFS_READONLY) */
    MRFS_ENOFS = -8,        /* not an MRFS store, or another geometry */
    MRFS_ENAMETOOLONG = -9, /* name longer than MRFS_NAME_MAX */
    MRFS_EROFS = -10,       /* mounted read-only */
};

#define MRFS_NAME_MAX 31 /* bytes; names are 1..31 bytes of 0x21..0x7E */

#ifndef MRFS_MAX_PAGES
#define MRFS_MAX_PAGES 2048
#endif

/* ---- flash access (supplied by the caller) ------------------------------ */
/*
 * Offsets are relative to the store's start (page aligned).  Reads are plain
 * loads from base[0 .. size).  erase(ctx, off): off is a page start; sets the
 * page to 0xFF.  program(ctx, off, src, n): off and n are multiples of
 * prog_size, the units were erased and not programmed since; src may point
 * into the store itself (compaction copies in place).  Both return 0 or a
 * negative value (reported as MRFS_EIO).  page_size: power of two,
 * 128..65536; prog_size: 1, 2, 4, 8, 16 or 32; size: a multiple of
 * page_size, 8..MRFS_MAX_PAGES pages.
 */
typedef struct MrfsFlash {
    const uint8_t *base;
    uint32_t size, page_size, prog_size;
    int (*erase)(void *ctx, uint32_t off);
    int (*program)(void *ctx, uint32_t off, const void *src, uint32_t n);
    void *ctx;
} MrfsFlash;

/* ---- store state (owned by the caller, fields private) ------------------ */
typedef struct MrfsStore {
    MrfsFlash fl;
    uint32_t pages;
    uint32_t end;      /* append point: [end, top) is erased */
    uint32_t top;      /* the META entry (at the top of the store) starts here */
    uint32_t next_seq; /* seq of the next version written */
    uint32_t gen;      /* see mrfs_gen */
    /* the reserve: the two largest entries of different names, and where
     * the largest one is */
    uint32_t max_entry, max_entry2, max_off;
    uint32_t bad;   /* bad entries seen by mount (uncommitted, bad CRC) */
    uint32_t junk;  /* junk bytes seen by mount */
    uint32_t now;   /* last time passed in, for META entries */
    uint16_t holds; /* mrfs_hold nesting */
    uint8_t flags;  /* MS_* in mrfs_int.h */
    uint8_t wfill;  /* bytes waiting in wbuf */
    /* write in progress */
    uint32_t w_off, w_size, w_done, w_crc;
    uint8_t wbuf[32];
    /* the last run of free slots measured by a walk: [frun_off, +frun_len)
     * (frun_len 0: none).  Walks meet the same large free run again and
     * again (mount walks the store four times); every program and erase
     * forgets it. */
    uint32_t frun_off, frun_len;
} MrfsStore;

/* a file as found: everything points into flash */
typedef struct MrfsFile {
    const char *name;    /* 0-terminated, in flash */
    const uint8_t *data; /* size bytes, 32-byte aligned in flash */
    uint32_t size;
    uint32_t mtime;  /* minutes since 1970-01-01 UTC, 0 = unknown */
    uint32_t seq;    /* version number */
    uint32_t offset; /* of its entry in the store */
} MrfsFile;

typedef struct MrfsStat {
    uint32_t size, page_size, prog_size, pages;
    uint32_t files;       /* live files */
    uint32_t live_bytes;  /* flash used by live versions (entries, incl. deletions kept) */
    uint32_t used_bytes;  /* the append point: live + garbage below it */
    uint32_t free_now;    /* bytes between the append point and the META */
    uint32_t reserve;     /* kept free for compaction (docs/mrfs.md section 4) */
    uint32_t avail;       /* about this many entry bytes fit, after compaction */
    uint32_t compactions; /* completed compactions (from META) */
    uint32_t erase_min, erase_max, erase_total; /* over all pages (from META) */
    uint32_t bad, junk;                         /* as found by mount */
    uint32_t gen;
} MrfsStat;

/* ---- calls --------------------------------------------------------------- */

/* zlib-compatible CRC-32, crc=0 to start (MRFS's own copy, 64-byte table) */
uint32_t mrfs_crc32(uint32_t crc, const void *data, size_t n);

/* Finds the geometry of an MRFS image in memory (from its newest good META
 * entry).  Returns 0 and fills *page_size and *prog_size, or MRFS_ENOFS when
 * img[0..size) is not an MRFS store.  Reads only img[0..size). */
int mrfs_probe(const uint8_t *img, uint32_t size, uint32_t *page_size, uint32_t *prog_size);

#define MRFS_MOUNT_RDONLY 1u /* no writes; an interrupted compaction is left as is */

/* Mounts the store on fl (copied into st): one scan of the whole store
 * (docs/mrfs.md section 7: cost is one CRC pass over the stored bytes).
 * Unless RDONLY, finishes an interrupted compaction.  Returns 0, or
 * MRFS_EINVAL (bad geometry), MRFS_ENOFS (no META: not formatted, or
 * another geometry).  If finishing a compaction fails (MRFS_EIO,
 * MRFS_ENOSPC) that error is returned but the store is mounted and reads
 * correctly.  Bad entries are skipped and counted (st->bad, st->junk). */
int mrfs_mount(MrfsStore *st, const MrfsFlash *fl, unsigned flags);

/* The newest version of name.  Returns 0 and fills *f, MRFS_ENOENT
 * (missing or deleted), MRFS_EINVAL/MRFS_ENAMETOOLONG (bad name). */
int mrfs_find(MrfsStore *st, const char *name, MrfsFile *f);

/* Calls cb for each live file (not deleted), in flash order.  A non-zero
 * return from cb stops the listing and is returned; otherwise returns the
 * number of files.  cb must not write to the store. */
typedef int (*MrfsListFn)(void *arg, const MrfsFile *f);
int mrfs_list(MrfsStore *st, MrfsListFn cb, void *arg);

/* Sizes, free space, erase counts summary.  O(entries squared). */
int mrfs_stat(MrfsStore *st, MrfsStat *s);

/* Erase count of a page as recorded in the META entry (docs/mrfs.md
 * section 3), or -1 when unknown. */
long mrfs_erase_count(MrfsStore *st, uint32_t page);

/* Verifies every entry (CRC), the free space (erased) and the META.
 * Calls report (may be NULL) once per finding; `problem` is 1 for an
 * inconsistency (bad CRC, data in free space, an unfinished compaction, no
 * or a wrong META), 0 for information (junk, incomplete entries left by an
 * interrupted write: normal garbage).
 * Returns the number of problems (0 = consistent). */
typedef void (*MrfsReportFn)(void *arg, uint32_t offset, int problem, const char *what,
                             const char *name);
int mrfs_check(MrfsStore *st, MrfsReportFn report, void *arg);

/* Changes whenever files may have moved (mount, compaction start and end). */
uint32_t mrfs_gen(const MrfsStore *st);

/* While held (nesting), nothing moves: see "Pointers" above. */
void mrfs_hold(MrfsStore *st);
void mrfs_release(MrfsStore *st);

#ifndef MRFS_READONLY
/* Erases the whole store (pages not already erased) and writes its first
 * META entry (erase counts start at 0), then mounts it: st is ready. */
int mrfs_format(MrfsStore *st, const MrfsFlash *fl, uint32_t now);

/* Streamed write of a whole file: begin, append until size bytes were
 * given, commit.  One write at a time; other calls that write return
 * MRFS_EBUSY meanwhile (reads are fine and still see the old version).
 * begin may compact (when held: MRFS_EBUSY instead); MRFS_ENOSPC when the
 * file does not fit even after compaction.  append returns MRFS_EINVAL
 * beyond size.  commit makes the new version current (MRFS_EINVAL if
 * fewer than size bytes were appended).  abort gives up the write: the
 * old version stays, the partial entry becomes garbage.  After an error
 * from append or commit the write is aborted. */
int mrfs_begin(MrfsStore *st, const char *name, uint32_t size, uint32_t mtime);
int mrfs_append(MrfsStore *st, const void *data, uint32_t n);
int mrfs_commit(MrfsStore *st);
void mrfs_abort(MrfsStore *st);

/* begin + append + commit.  data must not point into the store unless the
 * store is held (a compaction in begin would move it). */
int mrfs_write(MrfsStore *st, const char *name, const void *data, uint32_t size, uint32_t mtime);

/* Deletes name (writes a deletion entry).  MRFS_ENOENT if it does not
 * exist.  May compact like a write. */
int mrfs_delete(MrfsStore *st, const char *name, uint32_t mtime);

/* Compacts now: live files move to the low end, everything above is erased.
 * MRFS_EBUSY when held.  A power cut at any point loses nothing (the next
 * mount finishes the compaction). */
int mrfs_compact(MrfsStore *st);
#endif

#endif
