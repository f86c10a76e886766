/*
 * test_gc_frag.c - the fragmentation pattern of issue 4.
 *
 * Allocate interleaved long-lived and short-lived byte arrays (a small
 * object owning a vector) until the pool is nearly full, drop the
 * short-lived ones, collect; then one vector of at least 90% of the
 * reported free space must fit.  (MicroPython's non-moving heap fails this
 * at 50%.)  Vectors are compacted, so only the holes the dead objects leave
 * in object space are lost to a single vector; each case also checks that
 * nothing else is, and prints the largest vector that fits.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/gc.h"
#include "check.h"

#define POOL_SIZE (256 * 1024)
static uint64_t pool[POOL_SIZE / 8];

typedef struct Bytes {
    GcObj h;
    GcVec data;
    uint32_t len;
} Bytes;

static void bytes_mark(GcObj *o) { gc_mark_vec(&((Bytes *)o)->data); }
static const GcType bytes_type = {"bytearray", bytes_mark, NULL};

#define MAXITEMS 8192
static Bytes *keep[MAXITEMS], *drop[MAXITEMS];
static int nkeep, ndrop;
static GcVec big;

static void mark_roots(void *ctx) {
    (void)ctx;
    for (int i = 0; i < nkeep; i++)
        gc_mark(keep[i]);
    for (int i = 0; i < ndrop; i++)
        gc_mark(drop[i]);
    gc_mark_vec(&big);
}

static uint32_t rng = 1;
static uint32_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static Bytes *new_bytes(size_t n, Bytes **slot) {
    Bytes *b = gc_alloc(&bytes_type, sizeof(Bytes));
    if (!b)
        return NULL;
    *slot = b; /* rooted before the vector is allocated */
    if (!gc_vec_resize(&b->data, n)) {
        *slot = NULL;
        return NULL;
    }
    memset(b->data.ptr, 0x5A, n);
    b->len = (uint32_t)n;
    return b;
}

/* fills, drops, collects; returns the largest vector that then fits,
 * as a fraction of the reported free space, in 1/1000 */
static int frag_case(const char *name, uint32_t lo, uint32_t hi, uint32_t *largest_out,
                     uint32_t *avail_out, uint32_t *holes_out) {
    gc_init(pool, sizeof pool);
    gc_add_roots(mark_roots, NULL);
    nkeep = ndrop = 0;
    memset(&big, 0, sizeof big);
    rng = 12345;
    uint32_t holes = 0;
    for (int i = 0; nkeep < MAXITEMS && ndrop < MAXITEMS; i++) {
        size_t n = lo + rnd() % (hi - lo + 1);
        bool shortlived = i & 1;
        Bytes **slot = shortlived ? &drop[ndrop] : &keep[nkeep];
        if (shortlived)
            ndrop++;
        else
            nkeep++;
        if (!new_bytes(n, slot)) {
            if (shortlived)
                ndrop--;
            else
                nkeep--;
            break;
        }
        GcStats s;
        gc_stats(&s);
        if (s.avail < POOL_SIZE / 100) /* nearly full */
            break;
    }
    /* object chunk of a Bytes: header + payload rounded to 8 */
    uint32_t chunk = (uint32_t)((sizeof(Bytes) + 4 + 7) & ~(size_t)7);
    holes = (uint32_t)ndrop * chunk;
    ndrop = 0; /* drop the short-lived ones */
    gc_collect();
    GcStats s;
    gc_stats(&s);
    /* binary search for the largest single vector */
    uint32_t okay = 0, bad = s.avail + 1;
    while (bad - okay > 8) {
        uint32_t mid = okay + (bad - okay) / 2;
        if (gc_vec_resize(&big, mid))
            okay = mid;
        else
            bad = mid;
        gc_vec_free(&big);
    }
    *largest_out = okay;
    *avail_out = s.avail;
    *holes_out = holes;
    printf("# %s: %d kept, avail %u b after collect, largest vector %u b = %.1f%% "
           "(object-space holes %u b)\n",
           name, nkeep, (unsigned)s.avail, (unsigned)okay, 100.0 * okay / s.avail,
           (unsigned)holes);
    return (int)((uint64_t)okay * 1000 / s.avail);
}

#define VERIFY()                                                             \
    do {                                                                     \
        const char *e_ = gc_verify();                                        \
        CHECK_MSG(e_ == NULL, "gc_verify: %s", e_);                          \
    } while (0)

/* the check of the issue, then: only the object-space holes are lost */
#define FRAG_CHECKS(permille, largest, avail, holes, want)                  \
    do {                                                                     \
        CHECK_MSG((permille) >= (want), "largest vector %u of %u free b", \
                  (unsigned)(largest), (unsigned)(avail));                   \
        CHECK((largest) + (holes) + 64 >= (avail));                          \
        VERIFY();                                                            \
        for (int i = 0; i < nkeep; i++)                                      \
            CHECK(keep[i]->data.ptr && ((uint8_t *)keep[i]->data.ptr)[0] == 0x5A && \
                  ((uint8_t *)keep[i]->data.ptr)[keep[i]->len - 1] == 0x5A);    \
    } while (0)

/* MicroPython's example: equal 1 KB bytearrays */
TEST(frag_equal_1k) {
    uint32_t largest, avail, holes;
    int pm = frag_case("equal 1 KB", 1024, 1024, &largest, &avail, &holes);
    CHECK(avail > POOL_SIZE / 3);
    FRAG_CHECKS(pm, largest, avail, holes, 900);
    CHECK(gc_vec_resize(&big, avail / 10 * 9)); /* the check, literally */
}

/* mixed sizes, 64 B .. 2 KB */
TEST(frag_mixed) {
    uint32_t largest, avail, holes;
    int pm = frag_case("mixed 64..2048 B", 64, 2048, &largest, &avail, &holes);
    CHECK(avail > POOL_SIZE / 3);
    FRAG_CHECKS(pm, largest, avail, holes, 900);
    CHECK(gc_vec_resize(&big, avail / 10 * 9));
}

/* small items: the dead objects' holes are a larger share; the issue's
 * 90% does not hold below ~250-byte items (docs/gc.md), but nothing
 * beyond those holes may be lost */
TEST(frag_small) {
    uint32_t largest, avail, holes;
    int pm = frag_case("small 16..128 B", 16, 128, &largest, &avail, &holes);
    CHECK(avail > POOL_SIZE / 3);
    FRAG_CHECKS(pm, largest, avail, holes, 500);
}

int main(void) {
    RUN(frag_equal_1k);
    RUN(frag_mixed);
    RUN(frag_small);
    return check_done();
}
