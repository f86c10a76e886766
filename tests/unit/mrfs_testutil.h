/*
 * mrfs_testutil.h - helpers shared by the MRFS unit tests (header only):
 * a reference model of what the store must contain, a deterministic PRNG,
 * and a full consistency check of a mounted store against the model.
 */
#ifndef MRFS_TESTUTIL_H
#define MRFS_TESTUTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flashsim.h"
#include "mrfs.h"

/* xorshift64*: deterministic, seedable */
static uint64_t tu_rng = 88172645463325252ull;
static inline uint32_t tu_rand(void) {
    tu_rng ^= tu_rng >> 12;
    tu_rng ^= tu_rng << 25;
    tu_rng ^= tu_rng >> 27;
    return (uint32_t)((tu_rng * 2685821657736338717ull) >> 32);
}
static inline uint32_t tu_range(uint32_t lo, uint32_t hi) { return lo + tu_rand() % (hi - lo + 1); }

/* content of version `ver` of file `id`: cheap to regenerate, never all 0xFF
 * runs by accident only, but with some 0xFF runs on purpose */
static inline uint8_t tu_byte(int id, uint32_t ver, uint32_t i) {
    uint32_t x = (uint32_t)id * 2654435761u ^ ver * 40503u ^ i * 2246822519u;
    x ^= x >> 13;
    if ((i / 24 + ver + (uint32_t)id) % 7 == 0)
        return 0xFF; /* 0xFF runs exercise the skipped-unit rule */
    return (uint8_t)(x * 0x9E3779B1u >> 24);
}
static inline void tu_fill(uint8_t *buf, int id, uint32_t ver, uint32_t size) {
    for (uint32_t i = 0; i < size; i++)
        buf[i] = tu_byte(id, ver, i);
}

/* ---- the model: what each name must hold ---- */
#define TU_MAXF 64
typedef struct TuFile {
    int exists;
    uint32_t ver, size;
    /* a write in flight: either the old or this new state is acceptable */
    int pending;
    int p_exists;
    uint32_t p_ver, p_size;
} TuFile;

typedef struct TuModel {
    int n;
    TuFile f[TU_MAXF];
} TuModel;

static inline void tu_name(char *buf, int id) { snprintf(buf, 32, "file%02d.dat", id); }

static inline int tu_matches(const MrfsFile *mf, int id, uint32_t ver, uint32_t size) {
    if (mf->size != size)
        return 0;
    for (uint32_t i = 0; i < size; i++)
        if (mf->data[i] != tu_byte(id, ver, i))
            return 0;
    return 1;
}

/* Checks a mounted store against the model.  Resolves pending writes to the
 * state found (old or new).  `extra`: files in the store outside the model.
 * Returns NULL or a description of the first difference. */
static inline const char *tu_verify(MrfsStore *st, TuModel *m, int extra) {
    static char why[200];
    for (int id = 0; id < m->n; id++) {
        TuFile *f = &m->f[id];
        char name[32];
        MrfsFile mf;
        tu_name(name, id);
        int r = mrfs_find(st, name, &mf);
        int old_ok =
            f->exists ? (r == 0 && tu_matches(&mf, id, f->ver, f->size)) : r == MRFS_ENOENT;
        if (old_ok && !f->pending)
            continue;
        if (f->pending) {
            int new_ok = f->p_exists ? (r == 0 && tu_matches(&mf, id, f->p_ver, f->p_size))
                                     : r == MRFS_ENOENT;
            if (new_ok) {
                f->exists = f->p_exists;
                f->ver = f->p_ver;
                f->size = f->p_size;
            }
            f->pending = 0;
            if (new_ok || old_ok)
                continue;
        }
        snprintf(why, sizeof why, "%s: find=%d, expected %s (ver %u size %u)", name, r,
                 f->exists ? "present" : "absent", (unsigned)f->ver, (unsigned)f->size);
        return why;
    }
    /* listing: exactly the existing files */
    int cnt = mrfs_list(st, (MrfsListFn)0, NULL);
    int expect = extra;
    for (int id = 0; id < m->n; id++)
        expect += m->f[id].exists;
    if (cnt != expect) {
        snprintf(why, sizeof why, "list counts %d files, expected %d", cnt, expect);
        return why;
    }
    return NULL;
}

#endif
