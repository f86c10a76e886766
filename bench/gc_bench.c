/*
 * gc_bench.c - allocation and collection cost of core/gc.c (docs/gc.md).
 *
 * The body, gc_bench_run, is freestanding (no libc beyond string.h) so it
 * can run on a board; a native main is below, behind GC_BENCH_NO_MAIN.
 * It uses a 48 KB pool of its own with typical contents: boxed floats and
 * pairs (small objects), strings (object + byte vector), lists (object +
 * vector of object pointers) and now and then a larger byte buffer.
 *
 * Phases (each a separate non-inlined function, so callgrind can report
 * the instructions of each with callgrind_annotate --inclusive=yes):
 *   bench_fill     allocate into an empty pool until ~90% used: pure
 *                  allocation, no collection
 *   bench_churn    20000 random allocations replacing random roots, at
 *                  steady state: allocation plus the collections it causes
 *   bench_collect  one gc_collect (mark, sweep, compact) of a nearly full
 *                  pool, most of it garbage
 *   bench_objs     1500 allocations of a 16-byte object into a fresh pool
 *   bench_vecs     256 new 32-byte vectors, each owned by a static GcVec
 * The last two are the bare allocator paths (a loop and the call only).
 * On a board, set gc_bench_clock to a counter (e.g. one that counts
 * instructions under qemu -icount shift=0) to have each phase timed.
 */
#include <stdint.h>
#include <string.h>

#include "core/gc.h"

#ifndef GC_BENCH_POOL
#define GC_BENCH_POOL (48 * 1024)
#endif

/* optional: a monotonic counter read around each phase */
uint32_t (*gc_bench_clock)(void);

static uint64_t bench_pool[GC_BENCH_POOL / 8];

/* ---- a typical mix of types ---- */

typedef struct Float {
    GcObj h;
    double d;
} Float;

typedef struct Pair {
    GcObj h;
    void *a, *b;
} Pair;

typedef struct Str { /* also bytes / bytearray */
    GcObj h;
    GcVec data;
    uint32_t len;
} Str;

typedef struct List {
    GcObj h;
    GcVec items; /* void *[]: Value-like, odd = small int */
    uint32_t len;
} List;

static void pair_mark(GcObj *o) {
    gc_mark(((Pair *)o)->a);
    gc_mark(((Pair *)o)->b);
}
static void str_mark(GcObj *o) { gc_mark_vec(&((Str *)o)->data); }
static void list_mark(GcObj *o) {
    List *l = (List *)o;
    gc_mark_vec(&l->items);
    for (uint32_t i = 0; i < l->len; i++)
        gc_mark(((void **)l->items.ptr)[i]);
}

static const GcType float_type = {"float", NULL, NULL};
static const GcType pair_type = {"pair", pair_mark, NULL};
static const GcType str_type = {"str", str_mark, NULL};
static const GcType list_type = {"list", list_mark, NULL};

#define NROOTS 128
static void *roots[NROOTS];
static void mark_roots(void *ctx) {
    (void)ctx;
    for (int i = 0; i < NROOTS; i++)
        gc_mark(roots[i]);
}

static uint32_t rng;
static uint32_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static uint32_t nallocs; /* gc_alloc calls + growing gc_vec_resize calls */

/* one typical allocation (one or two allocator calls), stored in a
 * random root slot; returns false when memory is full */
static bool make_one(void) {
    uint32_t r = rnd(), kind = r % 100, slot = (r >> 8) % NROOTS;
    void *other = roots[(r >> 16) % NROOTS];
    if (kind < 35) {
        Float *f = gc_alloc(&float_type, sizeof(Float));
        nallocs++;
        if (!f)
            return false;
        f->d = kind;
        roots[slot] = f;
    } else if (kind < 55) {
        Pair *p = gc_alloc(&pair_type, sizeof(Pair));
        nallocs++;
        if (!p)
            return false;
        p->a = other;
        p->b = (void *)(uintptr_t)(r | 1); /* a small int */
        roots[slot] = p;
    } else if (kind < 80 || kind >= 96) {
        Str *s = gc_alloc(&str_type, sizeof(Str));
        nallocs++;
        if (!s)
            return false;
        roots[slot] = s;
        uint32_t n = kind >= 96 ? 256 + (r >> 20) % 768 : 8 + (r >> 20) % 56;
        nallocs++;
        if (!gc_vec_resize(&s->data, n))
            return false;
        memset(s->data.ptr, 'x', n);
        s->len = n;
    } else {
        List *l = gc_alloc(&list_type, sizeof(List));
        nallocs++;
        if (!l)
            return false;
        roots[slot] = l;
        uint32_t n = 2 + (r >> 20) % 14;
        nallocs++;
        if (!gc_vec_resize(&l->items, n * sizeof(void *)))
            return false;
        /* mostly small ints (odd: gc_mark skips them), one in 8 an
         * object; l->items.ptr is re-read after the allocation */
        for (uint32_t i = 0; i < n; i++)
            ((void **)l->items.ptr)[i] = (i & 7) == 7 ? roots[(r + i * 7) % NROOTS]
                                                      : (void *)(uintptr_t)(2 * i + 1);
        l->len = n;
    }
    return true;
}

static uint32_t used_bytes(void) {
    GcStats s;
    gc_stats(&s);
    return GC_BENCH_POOL - s.avail;
}

/* ---- phases ---- */

__attribute__((noinline)) static uint32_t bench_fill(void) {
    uint32_t start = nallocs;
    while (used_bytes() < GC_BENCH_POOL / 10 * 9)
        if (!make_one())
            break;
    return nallocs - start;
}

__attribute__((noinline)) static uint32_t bench_churn(uint32_t n) {
    uint32_t start = nallocs;
    for (uint32_t i = 0; i < n; i++)
        make_one();
    return nallocs - start;
}

__attribute__((noinline)) static void bench_collect(void) { gc_collect(); }

#define NOBJS 1500
#define NVECS 256
static GcVec vecs[NVECS];

__attribute__((noinline)) static uint32_t bench_objs(void) {
    uint32_t n = 0;
    for (int i = 0; i < NOBJS; i++)
        n += gc_alloc(&float_type, 16) != NULL;
    return n;
}

__attribute__((noinline)) static uint32_t bench_vecs(void) {
    uint32_t n = 0;
    for (int i = 0; i < NVECS; i++)
        n += gc_vec_resize(&vecs[i], 32);
    return n;
}

static uint32_t now(void) { return gc_bench_clock ? gc_bench_clock() : 0; }

int gc_bench_run(void (*out)(const char *fmt, ...)) {
    GcStats s;
    uint32_t t0, t1, n;

    gc_init(bench_pool, sizeof bench_pool);
    gc_add_roots(mark_roots, NULL);
    memset(roots, 0, sizeof roots);
    rng = 0x12345678;
    nallocs = 0;

    t0 = now();
    n = bench_fill();
    t1 = now();
    gc_stats(&s);
    out("gc_bench fill: %u allocations, %u sweeps, %u b used of %u\n", (unsigned)n,
        (unsigned)s.sweeps, (unsigned)(GC_BENCH_POOL - s.avail), (unsigned)GC_BENCH_POOL);
    if (gc_bench_clock)
        out("gc_bench fill: %u ticks\n", (unsigned)(t1 - t0));

    uint32_t sweeps = s.sweeps;
    t0 = now();
    n = bench_churn(20000);
    t1 = now();
    gc_stats(&s);
    out("gc_bench churn: %u allocations, %u sweeps\n", (unsigned)n,
        (unsigned)(s.sweeps - sweeps));
    if (gc_bench_clock)
        out("gc_bench churn: %u ticks\n", (unsigned)(t1 - t0));

    /* top up to nearly full without collecting, then time one collection */
    while (used_bytes() < GC_BENCH_POOL - 2048 && make_one())
        ;
    gc_stats(&s);
    uint32_t before_objs = s.cur_objs, before_vecs = s.cur_vecs, before = GC_BENCH_POOL - s.avail;
    t0 = now();
    bench_collect();
    t1 = now();
    gc_stats(&s);
    out("gc_bench collect: %u objs %u vecs %u b before, %u objs %u vecs %u b after\n",
        (unsigned)before_objs, (unsigned)before_vecs, (unsigned)before,
        (unsigned)s.cur_objs, (unsigned)s.cur_vecs, (unsigned)(GC_BENCH_POOL - s.avail));
    if (gc_bench_clock)
        out("gc_bench collect: %u ticks\n", (unsigned)(t1 - t0));
    gc_report(out);
    const char *e = gc_verify();

    /* bare allocator paths, no collection: a fresh pool, no roots */
    gc_init(bench_pool, sizeof bench_pool);
    memset(vecs, 0, sizeof vecs);
    t0 = now();
    n = bench_objs();
    t1 = now();
    out("gc_bench objs: %u of %u 16-byte objects\n", (unsigned)n, NOBJS);
    if (gc_bench_clock)
        out("gc_bench objs: %u ticks\n", (unsigned)(t1 - t0));
    t0 = now();
    n = bench_vecs();
    t1 = now();
    out("gc_bench vecs: %u of %u 32-byte vectors\n", (unsigned)n, NVECS);
    if (gc_bench_clock)
        out("gc_bench vecs: %u ticks\n", (unsigned)(t1 - t0));
    gc_stats(&s);
    if (!e)
        e = gc_verify();
    if (!e && s.sweeps)
        e = "unexpected collection in the bare paths";
    if (e) {
        out("gc_bench: %s\n", e);
        return 1;
    }
    return 0;
}

#ifndef GC_BENCH_NO_MAIN
#include <stdarg.h>
#include <stdio.h>

int gc_bench_run(void (*out)(const char *fmt, ...));

static void out_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

int main(void) { return gc_bench_run(out_printf); }
#endif
