/*
 * gc.c - core's memory manager (contract: gc.h, design: docs/gc.md).
 *
 *   base            vtop          olo                        oend
 *   | vector chunks -> |    gap    | <- object chunks          |
 *
 * Vector space [base, vtop): contiguous chunks, each a VHdr followed by
 * the data.  VHdr.owner is the back reference to the one GcVec that owns
 * the chunk (NULL: a hole, reclaimed by the next compaction).  VHdr.size
 * is the chunk size in bytes (multiple of 8); bit 0 is the mark bit, set
 * only during a collection.  base and every chunk are 8-aligned.
 *
 * Object space [olo, oend): contiguous chunks, each a 32-bit header
 * followed by the payload.  Chunks start at addresses = 4 (mod 8) and have
 * sizes that are multiples of 8, so every payload is 8-aligned (value.h
 * needs that for object pointers).  Header word:
 *   bits 0-1 kind (FREE, OBJ, MALLOC), bit 2 mark, bits 3-7 malloc owner+1
 *   (0 = released by gc_release_owner), bits 8-31 size in 8-byte units.
 * Free chunks hold the offset (from base) of the next free chunk in their
 * first payload word.  Small sizes have exact-size lists (an allocation
 * is one pop), larger ones share a first-fit list.  Every sweep rebuilds
 * the lists, highest address first, so allocations fill holes near the top
 * and the bottom of object space tends to empty out and return to the gap.
 *
 * Invariants between calls: no mark bits set, mark stack empty, every
 * non-hole vector's owner->ptr points at its data and owner->cap is its
 * chunk size minus the header, `used` is the sum of live chunk sizes.
 * gc_verify checks all of these.
 */
#include "gc.h"

#include <string.h>

/* ---- tunables ---- */
#ifndef GC_MARK_STACK
#define GC_MARK_STACK 32 /* entries; overflow falls back to rescanning */
#endif
#ifndef GC_NCLASS
#define GC_NCLASS 8 /* exact-size free lists for chunks of 8 .. 8*GC_NCLASS */
#endif
_Static_assert(GC_NCLASS < 32, "GC_NCLASS fits a 32-bit summary");
#define GC_POISON 0xF8 /* as a Value: an object pointer that faults */
#define GC_MAX_POOL ((size_t)1 << 27) /* 24-bit size field, 8-byte units */

#ifdef NDEBUG
#define GC_ASSERT(c, msg) ((void)0)
#else
/* the message is kept where a debugger (or a core dump) can see it */
static const char *volatile gc_assert_msg;
#define GC_ASSERT(c, msg)                                                    \
    do {                                                                     \
        if (!(c)) {                                                          \
            gc_assert_msg = (msg);                                           \
            __builtin_trap();                                                \
        }                                                                    \
    } while (0)
#endif

/* AddressSanitizer (native tests): free pool memory is poisoned, so a
 * stale pointer into a freed or moved-from area faults at once. */
#if defined(__SANITIZE_ADDRESS__)
#define GC_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GC_ASAN 1
#endif
#endif
#ifdef GC_ASAN
void __asan_poison_memory_region(void const volatile *addr, size_t size);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
#define mem_live(p, n) __asan_unpoison_memory_region((p), (n))
#else
#define mem_live(p, n) ((void)(p), (void)(n))
#endif

/* memory no longer in use: poisoned in stress mode and under ASan */
static void mem_dead(void *p, size_t n) {
#ifdef GC_STRESS
    mem_live(p, n); /* parts may be poisoned already */
    memset(p, GC_POISON, n);
#endif
#ifdef GC_ASAN
    __asan_poison_memory_region(p, n);
#endif
    (void)p, (void)n;
}

/* ---- chunk headers ---- */
typedef struct VHdr {
    GcVec *owner;  /* NULL: hole */
    uint32_t size; /* chunk bytes incl. header; bit 0 = mark */
} VHdr;
#define VHDR ((uint32_t)sizeof(VHdr)) /* 8 on 32-bit, 16 on 64-bit */

enum { K_FREE, K_OBJ, K_MALLOC };
#define OHDR 4u
#define H_KIND(h) ((h) & 3u)
#define H_MARK 4u
#define H_OWNER(h) (((h) >> 3) & 31u)
#define H_SIZE(h) (((h) >> 8) << 3)
#define H_MAKE(kind, owner, size) ((kind) | ((uint32_t)(owner) << 3) | ((size) << 5))
#define HDR(c) (*(uint32_t *)(void *)(c))
#define NEXT(c) (*(uint32_t *)(void *)((c) + OHDR))
#define VH(c) ((VHdr *)(void *)(c))

enum { IDLE, MARKING, SWEEPING };

static struct {
    uint8_t *base, *vtop, *olo, *oend;
    /* free lists: offsets from base of the first free chunk (0: none);
     * free[i] holds chunks of exactly 8*(i+1) bytes, free[GC_NCLASS] the
     * larger ones */
    uint32_t free[GC_NCLASS + 1];
    uint32_t nonempty; /* bit i set: free[i] (i < GC_NCLASS) is not empty */
    uint32_t used;      /* bytes in live chunks of both spaces */
    uint32_t since;     /* bytes allocated since the last collection */
    uint32_t threshold;
    int fail_after;     /* < 0: off */
    uint8_t busy;
    bool overflow;      /* mark stack overflowed: rescan needed */
#ifdef GC_STRESS
    bool flip;
#endif
    int nroots, ntemp, msp;
    GcStats st;
    struct {
        void (*fn)(void *);
        void *ctx;
    } roots[GC_MAX_ROOTFN];
    const void *temp[GC_MAX_TEMP]; /* tagged: bit 0 set = GcVec */
    GcObj *mstack[GC_MARK_STACK];
} G;

static uint32_t align8(size_t n) { return (uint32_t)((n + 7) & ~(size_t)7); }

/* ---- set-up ---- */

void gc_init(void *pool, size_t size) {
    memset(&G, 0, sizeof G);
    G.fail_after = -1;
    uintptr_t a = ((uintptr_t)pool + 7) & ~(uintptr_t)7;
    uintptr_t e = (uintptr_t)pool + size;
    if (e < a + 16) /* too small for anything: one empty 4-byte gap */
        e = a + 4;
    if (e - a > GC_MAX_POOL)
        e = a + GC_MAX_POOL;
    e = ((e - 4) & ~(uintptr_t)7) + 4; /* object chunks start at 4 mod 8 */
    G.base = G.vtop = (uint8_t *)a;
    G.olo = G.oend = (uint8_t *)e;
    if (size >= 16) {
        mem_live(pool, size); /* a previous gc_init may have poisoned it */
        mem_dead(G.base, (size_t)(e - a));
    }
}

void gc_add_roots(void (*fn)(void *ctx), void *ctx) {
    GC_ASSERT(G.nroots < GC_MAX_ROOTFN, "too many root markers");
    if (G.nroots < GC_MAX_ROOTFN) {
        G.roots[G.nroots].fn = fn;
        G.roots[G.nroots++].ctx = ctx;
    }
}

void gc_remove_roots(void (*fn)(void *ctx), void *ctx) {
    for (int i = 0; i < G.nroots; i++)
        if (G.roots[i].fn == fn && G.roots[i].ctx == ctx) {
            G.roots[i] = G.roots[--G.nroots];
            return;
        }
}

/* ---- temporary roots ---- */

static void push(const void *p) {
    GC_ASSERT(G.ntemp < GC_MAX_TEMP, "temporary root stack full");
    if (G.ntemp < GC_MAX_TEMP)
        G.temp[G.ntemp++] = p;
}

/* a GcVec entry is tagged with bit 0; odd values (small ints) pushed as
 * objects are not objects and are dropped */
void gc_push(const void *obj) { push((uintptr_t)obj & 1 ? NULL : obj); }

void gc_push_vec(GcVec *v) { push((const uint8_t *)v + 1); }

void gc_pop(int n) {
    GC_ASSERT(n >= 0 && n <= G.ntemp, "gc_pop below the bottom");
    G.ntemp -= n;
}

int gc_temp_depth(void) { return G.ntemp; }

void gc_pop_to(int depth) {
    GC_ASSERT(depth >= 0 && depth <= G.ntemp, "gc_pop_to above the top");
    G.ntemp = depth;
}

/* ---- statistics helpers ---- */

/* The object counts only rise on allocation and only fall here (sweep,
 * gc_free, shrinking gc_realloc), so their peaks are taken just before a
 * fall (and when read, gc_stats): exact, and nothing on the allocation
 * path but two additions (count_new). */
static void obj_peaks(void) {
    GcStats *s = &G.st;
    if (s->cur_objs > s->max_objs) s->max_objs = s->cur_objs;
    if (s->cur_obj_bytes > s->max_obj_bytes) s->max_obj_bytes = s->cur_obj_bytes;
}

static void count_obj(int32_t n, int32_t bytes) {
    obj_peaks();
    G.st.cur_objs += (uint32_t)n;
    G.st.cur_obj_bytes += (uint32_t)bytes;
}

static inline void count_new(uint32_t bytes) {
    G.st.cur_objs++;
    G.st.cur_obj_bytes += bytes;
    G.st.tot_objs++;
    G.st.tot_obj_bytes += bytes;
}

/* dn: -1, 0, +1 vectors; db: change of capacity */
static void count_vec(int32_t dn, int32_t db) {
    GcStats *s = &G.st;
    s->cur_vecs += (uint32_t)dn;
    s->cur_vec_bytes += (uint32_t)db;
    if (dn > 0) s->tot_vecs++;
    if (db > 0) {
        s->tot_vec_bytes += (uint32_t)db;
        if (s->cur_vecs > s->max_vecs) s->max_vecs = s->cur_vecs;
        if (s->cur_vec_bytes > s->max_vec_bytes) s->max_vec_bytes = s->cur_vec_bytes;
    }
}

/* ---- marking ---- */

/* compared as integers: p may point anywhere (flash, statics, stack) */
bool gc_in_heap(const void *p) {
    return (uintptr_t)p >= (uintptr_t)(G.olo + OHDR) && (uintptr_t)p < (uintptr_t)G.oend;
}

void gc_mark(const void *p) {
    GC_ASSERT(G.busy == MARKING, "gc_mark outside a collection");
    if (((uintptr_t)p & 7) || !gc_in_heap(p) || G.busy != MARKING)
        return;
    uint8_t *c = (uint8_t *)p - OHDR;
    uint32_t h = HDR(c);
    if (h & H_MARK)
        return;
    GC_ASSERT(H_KIND(h) != K_FREE, "gc_mark of a freed object");
    if (H_KIND(h) == K_FREE)
        return;
    HDR(c) = h | H_MARK;
    GcObj *o = (GcObj *)(void *)(c + OHDR);
    if (H_KIND(h) == K_OBJ && o->type->mark) {
        if (G.msp < GC_MARK_STACK)
            G.mstack[G.msp++] = o;
        else
            G.overflow = true; /* marked, children not yet: rescan */
    }
}

void gc_mark_vec(GcVec *v) {
    GC_ASSERT(G.busy == MARKING, "gc_mark_vec outside a collection");
    if (!v->ptr || G.busy != MARKING)
        return;
    VHdr *h = (VHdr *)v->ptr - 1;
    GC_ASSERT(h->owner == v, "gc_mark_vec: vector owned by another GcVec");
    h->size |= 1;
}

/* Children are pushed by gc_mark, never marked recursively, so the C
 * stack depth is constant whatever the shape of the object graph. */
static void drain(void) {
    while (G.msp) {
        GcObj *o = G.mstack[--G.msp];
        o->type->mark(o);
    }
}

/* the chunk of object space containing p, or NULL */
static uint8_t *find_chunk(const void *p) {
    if (!gc_in_heap(p))
        return NULL;
    for (uint8_t *c = G.olo; c < G.oend; c += H_SIZE(HDR(c)))
        if ((const uint8_t *)p < c + H_SIZE(HDR(c)))
            return (const uint8_t *)p >= c + OHDR ? c : NULL;
    return NULL;
}

static void mark_all(GcVec *keep) {
    G.busy = MARKING;
    for (int i = 0; i < G.nroots; i++) {
        G.roots[i].fn(G.roots[i].ctx);
        drain();
    }
    for (int i = 0; i < G.ntemp; i++) {
        uintptr_t t = (uintptr_t)G.temp[i];
        /* a GcVec inside an object would outlive its object: push that */
        GC_ASSERT(!(t & 1) || !gc_in_heap((void *)(t - 1)), "gc_push_vec of a heap GcVec");
        if (t & 1)
            gc_mark_vec((GcVec *)(t - 1));
        else
            gc_mark((const void *)t);
        drain();
    }
    if (keep) {
        /* the vector being resized survives, and so does the object
         * holding its GcVec (we are about to write to it) */
        gc_mark_vec(keep);
        uint8_t *c = find_chunk(keep);
        if (c)
            gc_mark(c + OHDR);
        drain();
    }
    while (G.overflow) {
        G.overflow = false;
        for (uint8_t *c = G.olo; c < G.oend; c += H_SIZE(HDR(c))) {
            uint32_t h = HDR(c);
            GcObj *o = (GcObj *)(void *)(c + OHDR);
            if ((h & (H_MARK | 3u)) == (H_MARK | K_OBJ) && o->type->mark) {
                o->type->mark(o);
                drain();
            }
        }
    }
}

/* ---- sweeping ---- */

static uint32_t *free_list(uint32_t sz) {
    uint32_t i = sz / 8 - 1;
    return &G.free[i < GC_NCLASS ? i : GC_NCLASS];
}

/* chunk c (not at olo) becomes free and goes on its list */
static void put_free(uint8_t *c, uint32_t sz) {
    uint32_t *list = free_list(sz);
    HDR(c) = H_MAKE(K_FREE, 0, sz);
    NEXT(c) = *list;
    *list = (uint32_t)(c - G.base);
    G.nonempty |= 1u << (list - G.free);
    mem_dead(c + 8, sz - 8);
}

/* [run, end) is free: give it back to the gap or put it on a list */
static void free_run(uint8_t *run, uint8_t *end) {
    uint32_t n = (uint32_t)(end - run);
    if (run == G.olo) {
        G.olo = end;
        mem_dead(run, n);
    } else {
        put_free(run, n);
    }
}

static bool dead(uint32_t h) {
    unsigned k = H_KIND(h);
    return k == K_FREE ||
           (!(h & H_MARK) && (k == K_OBJ || H_OWNER(h) == 0));
}

static void sweep(void) {
    G.busy = SWEEPING;
    /* finalisers first, all of them, while every chunk is still intact;
     * they may gc_free / gc_vec_free what their object owns */
    for (uint8_t *c = G.olo; c < G.oend; c += H_SIZE(HDR(c))) {
        uint32_t h = HDR(c);
        GcObj *o = (GcObj *)(void *)(c + OHDR);
        if ((h & (H_MARK | 3u)) == K_OBJ && o->type->finalise)
            o->type->finalise(o);
    }
    memset(G.free, 0, sizeof G.free);
    G.nonempty = 0;
    obj_peaks();
    uint8_t *run = NULL;
    for (uint8_t *c = G.olo; c < G.oend;) {
        uint32_t h = HDR(c), sz = H_SIZE(h);
        if (dead(h)) {
            if (H_KIND(h) != K_FREE) {
                G.st.cur_objs--; /* peaks taken before the loop */
                G.st.cur_obj_bytes -= sz - OHDR;
                G.used -= sz;
            }
            if (!run)
                run = c;
        } else {
            HDR(c) = h & ~H_MARK;
            if (run)
                free_run(run, c);
            run = NULL;
        }
        c += sz;
    }
    if (run)
        free_run(run, G.oend);
}

/* ---- compaction ---- */

static void fix_owners(uint8_t *c, uint8_t *end) {
    for (; c < end; c += VH(c)->size)
        if (VH(c)->owner)
            VH(c)->owner->ptr = c + VHDR;
}

/* Slides live vectors down over holes and dead vectors.  After a mark
 * phase, live = marked; otherwise (stress mode) every owned chunk is. */
static void compact(bool by_mark) {
    uint8_t *src = G.base, *dst = G.base, *top = G.vtop;
    mem_live(G.base, (size_t)(top - G.base));
    while (src < top) {
        VHdr *h = VH(src);
        uint32_t sz = h->size & ~1u;
        GcVec *owner = h->owner;
        if (owner && (!by_mark || (h->size & 1))) {
            if (dst != src)
                memmove(dst, src, sz);
            VH(dst)->size = sz;
            owner->ptr = dst + VHDR;
            dst += sz;
        } else if (owner) { /* unmarked: its owner is dead */
            count_vec(-1, -(int32_t)(sz - VHDR));
            G.used -= sz;
        }
        src += sz;
    }
    G.vtop = dst;
    mem_dead(dst, (size_t)(top - dst));
    G.st.compacts++;
}

static void collect(GcVec *keep) {
    mark_all(keep);
    sweep();
    compact(true);
    G.busy = IDLE;
    G.st.sweeps++;
    G.since = 0;
}

void gc_collect(void) {
    GC_ASSERT(G.busy == IDLE, "gc_collect inside a collection");
    if (G.busy == IDLE)
        collect(NULL);
}

void gc_check(void) {
    if (G.busy != IDLE)
        return;
    G.st.checks++;
#ifdef GC_STRESS
    collect(NULL);
#else
    if (G.threshold && G.since >= G.threshold)
        collect(NULL);
#endif
}

void gc_set_threshold(size_t bytes) {
    G.threshold = bytes > UINT32_MAX ? UINT32_MAX : (uint32_t)bytes;
}

/* Every allocation starts here: false = fail now (injected failure, or
 * called from a mark / finalise function, which is a caller bug). */
static bool alloc_begin(GcVec *keep) {
    GC_ASSERT(G.busy == IDLE, "allocation inside a collection");
    if (G.busy != IDLE || G.fail_after == 0)
        return false;
    if (G.fail_after > 0)
        G.fail_after--;
#ifdef GC_STRESS
    /* move every vector on every allocation: compact down, and every
     * other time shift the whole space up by a hole, so stale raw
     * pointers into vectors see poison or someone else's data */
#if GC_STRESS >= 2
    collect(keep);
#else
    compact(false);
#endif
    G.flip = !G.flip;
    if (G.flip && (size_t)(G.olo - G.vtop) >= VHDR + OHDR) {
        mem_live(G.vtop, VHDR);
        memmove(G.base + VHDR, G.base, (size_t)(G.vtop - G.base));
        G.vtop += VHDR;
        VH(G.base)->owner = NULL;
        VH(G.base)->size = VHDR;
        fix_owners(G.base + VHDR, G.vtop);
    }
#endif
    (void)keep;
    return true;
}

void gc_fail_after(int n) { G.fail_after = n < 0 ? -1 : n; }

/* ---- objects ---- */

/* A chunk of `need` bytes: the smallest exact-size list that has one,
 * else first fit in the list of large chunks, else the gap.  A larger
 * chunk is split: the allocation is its top, the rest stays free. */
static uint8_t *take(uint32_t need) {
    uint32_t *link, i = (uint32_t)(free_list(need) - G.free);
    uint32_t avail = G.nonempty >> i << i & ((1u << GC_NCLASS) - 1);
    if (avail) {
        i = (uint32_t)__builtin_ctz(avail);
        link = &G.free[i];
        if (!NEXT(G.base + *link))
            G.nonempty &= ~(1u << i); /* about to become empty */
        goto found;
    }
    for (link = &G.free[GC_NCLASS]; *link; link = &NEXT(G.base + *link))
        if (H_SIZE(HDR(G.base + *link)) >= need)
            goto found;
    if ((size_t)(G.olo - G.vtop) >= need) {
        G.olo -= need;
        mem_live(G.olo, need);
        return G.olo;
    }
    return NULL;
found:;
    uint8_t *c = G.base + *link;
    uint32_t sz = H_SIZE(HDR(c));
    if (sz - need > 8 * GC_NCLASS) {
        /* the rest is still a large chunk: it keeps its header (at c),
         * its place in the large list and its link; only its size
         * shrinks.  Carving many small objects from one big free chunk
         * thus costs no list work at all (the common case after a sweep). */
        HDR(c) = H_MAKE(K_FREE, 0, sz - need);
        c += sz - need;
        mem_live(c, need);
        return c;
    }
    *link = NEXT(c);
    if (sz > need) {
        put_free(c, sz - need);
        c += sz - need;
    }
    mem_live(c, need);
    return c;
}

/* chunk c of `need` bytes becomes a live object or malloc area: header,
 * zeroed payload, accounting */
static inline void *born(uint8_t *c, uint32_t need, uint32_t kind_owner) {
    HDR(c) = kind_owner | (need << 5);
    /* most objects are a few words: stores beat a call to memset */
    uint32_t *w = (uint32_t *)(void *)(c + OHDR);
    switch ((need - OHDR) / 4) {
    case 7: w[6] = 0; /* fall through */
    case 6: w[5] = 0; /* fall through */
    case 5: w[4] = 0; /* fall through */
    case 4: w[3] = 0; /* fall through */
    case 3: w[2] = 0; /* fall through */
    case 2: w[1] = 0; /* fall through */
    case 1: w[0] = 0; break;
    default: memset(w, 0, need - OHDR);
    }
    G.used += need;
    G.since += need;
    count_new(need - OHDR);
    return c + OHDR;
}

static void *obj_alloc(size_t bytes, uint32_t kind_owner) {
    if (!alloc_begin(NULL) || bytes > (size_t)(G.oend - G.base))
        return NULL;
    uint32_t need = align8(bytes + OHDR);
    uint8_t *c = take(need);
    if (!c) {
        collect(NULL);
        c = take(need);
        if (!c)
            return NULL;
    }
    return born(c, need, kind_owner);
}

void *gc_alloc(const GcType *type, size_t bytes) {
    GC_ASSERT(type != NULL, "gc_alloc without a type");
    if (bytes < sizeof(GcObj))
        bytes = sizeof(GcObj);
#ifndef GC_STRESS
    /* The common case in one piece (floats, bound methods, small tuples):
     * a small object, no failure injected, and either a chunk of exactly
     * its size on its list or room to carve at the top of the first large
     * free chunk.  Anything else takes the general path (take). */
    if (bytes <= 8 * GC_NCLASS - OHDR && G.fail_after < 0 && G.busy == IDLE) {
        uint32_t need = align8(bytes + OHDR), i = need / 8 - 1, off = G.free[i];
        uint8_t *c = NULL;
        if (off) {
            c = G.base + off;
            if (!(G.free[i] = NEXT(c)))
                G.nonempty &= ~(1u << i);
        } else if ((off = G.free[GC_NCLASS]) != 0) {
            uint8_t *f = G.base + off;
            uint32_t sz = H_SIZE(HDR(f));
            if (sz - need > 8 * GC_NCLASS) { /* the rest stays a large chunk */
                HDR(f) = H_MAKE(K_FREE, 0, sz - need);
                c = f + sz - need;
            }
        }
        if (c) {
            mem_live(c, need);
            GcObj *o = born(c, need, K_OBJ);
            o->type = type;
            return o;
        }
    }
#endif
    GcObj *o = obj_alloc(bytes, K_OBJ);
    if (o)
        o->type = type;
    return o;
}

/* ---- vectors ---- */

/* turn a chunk that is not the top one into a hole */
static void hole(uint8_t *c, uint32_t sz) {
    VH(c)->owner = NULL;
    VH(c)->size = sz;
    mem_dead(c + VHDR, sz - VHDR);
}

/* grow v (or create it) to a chunk of `need` bytes without collecting */
static bool place(GcVec *v, uint32_t need) {
    uint8_t *c = v->ptr ? (uint8_t *)v->ptr - VHDR : NULL;
    uint32_t old = c ? VH(c)->size : 0;
    size_t room = (size_t)(G.olo - G.vtop);
    if (c && c + old == G.vtop) { /* top-most: grow in place */
        if (room < need - old)
            return false;
        mem_live(G.vtop, need - old);
        G.vtop += need - old;
    } else {
        if (room < need)
            return false;
        uint8_t *n = G.vtop;
        mem_live(n, need);
        G.vtop += need;
        VH(n)->owner = v;
        if (c) {
            memcpy(n + VHDR, c + VHDR, old - VHDR);
            hole(c, old);
        }
        c = n;
        v->ptr = c + VHDR;
    }
    VH(c)->size = need;
    uint32_t oldcap = old ? old - VHDR : 0;
    memset(c + VHDR + oldcap, 0, need - VHDR - oldcap);
    v->cap = need - VHDR;
    return true;
}

static void reverse(uint32_t *lo, uint32_t *hi) {
    while (lo < --hi) {
        uint32_t t = __builtin_bswap32(*lo);
        *lo++ = __builtin_bswap32(*hi);
        *hi = t;
    }
}

/* Last resort for growing a vector that is not the top-most one when the
 * gap alone is too small for a copy: rotate it above all the others (in
 * place, three reversals), then it can grow in place.  Needs a freshly
 * compacted vector space (no holes). */
static bool rotate_up(GcVec *v, uint32_t need) {
    if (!v->ptr)
        return false;
    uint8_t *c = (uint8_t *)v->ptr - VHDR;
    uint32_t sz = VH(c)->size;
    if (c + sz == G.vtop || (size_t)(G.olo - G.vtop) + sz < need)
        return false;
    uint32_t *a = (uint32_t *)(void *)c, *m = (uint32_t *)(void *)(c + sz),
             *e = (uint32_t *)(void *)G.vtop;
    reverse(a, m);
    reverse(m, e);
    reverse(a, e);
    fix_owners(c, G.vtop);
    return place(v, need);
}

bool gc_vec_resize(GcVec *v, size_t bytes) {
    if (bytes == 0) {
        gc_vec_free(v);
        return true;
    }
    if (bytes > (size_t)(G.oend - G.base))
        return false;
    uint32_t need = align8(bytes + VHDR);
    uint32_t old = v->ptr ? ((VHdr *)v->ptr - 1)->size : 0;
    GC_ASSERT(v->ptr ? ((VHdr *)v->ptr - 1)->owner == v : !v->cap, "bad GcVec");
    if (need > old) {
        if (!alloc_begin(v))
            return false;
        if (!place(v, need)) {
            collect(v);
            if (!place(v, need) && !rotate_up(v, need))
                return false;
        }
        G.used += need - old;
        G.since += need - old;
        count_vec(old ? 0 : 1, (int32_t)(need - old - (old ? 0 : VHDR)));
        return true;
    }
    /* shrink in place: the tail goes back to the gap or becomes a hole */
    GC_ASSERT(G.busy != MARKING, "gc_vec_resize while marking");
    uint8_t *c = (uint8_t *)v->ptr - VHDR;
    uint32_t rem = old - need;
    if (c + old == G.vtop) {
        G.vtop -= rem;
        mem_dead(G.vtop, rem);
    } else if (rem >= VHDR) {
        hole(c + need, rem);
    } else {
        need = old; /* too small for a hole: keep it as slack */
    }
    VH(c)->size = need;
    v->cap = need - VHDR;
    memset((uint8_t *)v->ptr + bytes, 0, v->cap - bytes);
    G.used -= old - need;
    count_vec(0, -(int32_t)(old - need));
    return true;
}

void gc_vec_free(GcVec *v) {
    GC_ASSERT(G.busy != MARKING, "gc_vec_free while marking");
    if (!v->ptr)
        return;
    uint8_t *c = (uint8_t *)v->ptr - VHDR;
    uint32_t sz = VH(c)->size & ~1u;
    GC_ASSERT(VH(c)->owner == v, "gc_vec_free: bad GcVec");
    if (c + sz == G.vtop) {
        G.vtop = c;
        mem_dead(c, sz);
    } else {
        hole(c, sz);
    }
    G.used -= sz;
    count_vec(-1, -(int32_t)(sz - VHDR));
    v->ptr = NULL;
    v->cap = 0;
}

void gc_vec_move(GcVec *dst, GcVec *src) {
    if (dst == src)
        return;
    GC_ASSERT(!src->ptr || ((VHdr *)src->ptr - 1)->owner == src, "gc_vec_move: bad GcVec");
    gc_vec_free(dst);
    *dst = *src;
    if (dst->ptr)
        ((VHdr *)dst->ptr - 1)->owner = dst;
    src->ptr = NULL;
    src->cap = 0;
}

/* ---- malloc objects ---- */

void *gc_malloc(int owner, size_t n) {
    GC_ASSERT(owner >= 0 && owner < GC_MAX_OWNER, "bad malloc owner");
    if (owner < 0 || owner >= GC_MAX_OWNER)
        return NULL;
    return obj_alloc(n ? n : 1, K_MALLOC | (uint32_t)(owner + 1) << 3);
}

void *gc_calloc(int owner, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size)
        return NULL;
    return gc_malloc(owner, n * size); /* gc_malloc zeroes */
}

void gc_free(void *p) {
    if (!p)
        return;
    GC_ASSERT(G.busy != MARKING, "gc_free while marking");
    GC_ASSERT(gc_in_heap(p) && H_KIND(HDR((uint8_t *)p - OHDR)) == K_MALLOC,
              "gc_free of something not from gc_malloc");
    uint8_t *c = (uint8_t *)p - OHDR;
    uint32_t sz = H_SIZE(HDR(c));
    G.used -= sz;
    count_obj(-1, -(int32_t)(sz - OHDR));
    if (c == G.olo) {
        G.olo += sz;
        mem_dead(c, sz);
    } else {
        put_free(c, sz);
    }
}

void *gc_realloc(int owner, void *p, size_t n) {
    if (!p)
        return gc_malloc(owner, n);
    if (!n) {
        gc_free(p);
        return NULL;
    }
    uint8_t *c = (uint8_t *)p - OHDR;
    GC_ASSERT(gc_in_heap(p) && H_KIND(HDR(c)) == K_MALLOC, "gc_realloc of a non-malloc area");
    uint32_t sz = H_SIZE(HDR(c));
    if (n <= sz - OHDR) { /* shrink in place, splitting off the tail */
        uint32_t need = align8(n + OHDR);
        if (need < sz) {
            HDR(c) = (HDR(c) & 0xFFu) | (need << 5);
            put_free(c + need, sz - need);
            G.used -= sz - need;
            count_obj(0, -(int32_t)(sz - need));
        }
        return p;
    }
    /* (re-)owned by the caller, so a collection in gc_malloc keeps it
     * even if its owner had been released */
    if (owner >= 0 && owner < GC_MAX_OWNER)
        HDR(c) = (HDR(c) & ~(31u << 3)) | (uint32_t)(owner + 1) << 3;
    void *q = gc_malloc(owner, n);
    if (q) {
        memcpy(q, p, sz - OHDR);
        gc_free(p);
    }
    return q;
}

void gc_release_owner(int owner) {
    for (uint8_t *c = G.olo; c < G.oend; c += H_SIZE(HDR(c))) {
        uint32_t h = HDR(c);
        if (H_KIND(h) == K_MALLOC && H_OWNER(h) == (uint32_t)owner + 1)
            HDR(c) = h & ~(31u << 3);
    }
}

/* ---- statistics ---- */

void gc_stats(GcStats *s) {
    obj_peaks();
    *s = G.st;
    s->avail = (uint32_t)(G.oend - G.base) - G.used;
}

void gc_report(void (*out)(const char *fmt, ...)) {
    GcStats s;
    gc_stats(&s);
    out("gc: avail %u b, %u checks, %u sweeps, %u compacts\n", (unsigned)s.avail,
        (unsigned)s.checks, (unsigned)s.sweeps, (unsigned)s.compacts);
    static const char *const name[3] = {"total", " curr", "  max"};
    uint32_t f[3][4]; /* tot_*, cur_*, max_*: 12 consecutive fields */
    _Static_assert(offsetof(GcStats, max_vec_bytes) - offsetof(GcStats, tot_objs) ==
                       11 * sizeof(uint32_t), "GcStats layout");
    memcpy(f, (const char *)&s + offsetof(GcStats, tot_objs), sizeof f);
    for (int i = 0; i < 3; i++)
        out("gc: %s %6u objs %8u b, %6u vecs %8u b\n", name[i], (unsigned)f[i][0],
            (unsigned)f[i][1], (unsigned)f[i][2], (unsigned)f[i][3]);
}

/* ---- verification ---- */

const char *gc_verify(void) {
    if (G.busy != IDLE || G.msp)
        return "verify during a collection";
    if (((uintptr_t)G.base & 7) || ((uintptr_t)G.vtop & 7) ||
        ((uintptr_t)G.olo & 7) != 4 || ((uintptr_t)G.oend & 7) != 4)
        return "misaligned space boundary";
    if (!(G.base <= G.vtop && G.vtop <= G.olo && G.olo <= G.oend))
        return "space boundaries out of order";
    if (G.ntemp < 0 || G.ntemp > GC_MAX_TEMP)
        return "temporary root stack depth out of range";
    uint32_t used = 0, nv = 0, vb = 0, no = 0, ob = 0, nfree = 0;
    for (uint8_t *c = G.olo; c < G.oend; c += H_SIZE(HDR(c))) {
        uint32_t h = HDR(c), sz = H_SIZE(h);
        if (sz < 8 || sz > (size_t)(G.oend - c))
            return "bad object chunk size";
        if (h & H_MARK)
            return "object mark left set";
        switch (H_KIND(h)) {
        case K_FREE:
            if (H_OWNER(h))
                return "free chunk with an owner";
            nfree++;
            continue;
        case K_OBJ:
            if (H_OWNER(h))
                return "object with an owner";
            if (!((GcObj *)(void *)(c + OHDR))->type)
                return "object without a type";
            break;
        case K_MALLOC:
            break;
        default:
            return "bad object chunk kind";
        }
        no++;
        ob += sz - OHDR;
        used += sz;
    }
    for (uint8_t *c = G.base; c < G.vtop; c += VH(c)->size) {
        uint32_t sz = VH(c)->size;
        GcVec *o = VH(c)->owner;
        if (sz & 1)
            return "vector mark left set";
        if (sz < VHDR || (sz & 7) || sz > (size_t)(G.vtop - c))
            return "bad vector chunk size";
        if (!o)
            continue;
        const uint8_t *op = (const uint8_t *)o;
        uintptr_t oa = (uintptr_t)o;
        if (oa + sizeof(GcVec) > (uintptr_t)G.base && oa < (uintptr_t)G.olo)
            return "vector owner inside vector space or gap";
        if (oa >= (uintptr_t)G.olo && oa < (uintptr_t)G.oend) {
            uint8_t *oc = find_chunk(o);
            if (!oc || H_KIND(HDR(oc)) == K_FREE ||
                op + sizeof(GcVec) > oc + H_SIZE(HDR(oc)))
                return "vector owner not inside a live object";
        }
        if (o->ptr != c + VHDR)
            return "vector back reference inconsistent (owner->ptr)";
        if (o->cap != sz - VHDR)
            return "vector capacity inconsistent (owner->cap)";
        nv++;
        vb += sz - VHDR;
        used += sz;
    }
    /* every free chunk on its list exactly once: mark the listed ones */
    uint32_t listed = 0;
    for (uint32_t i = 0; i <= GC_NCLASS; i++) {
        if (i < GC_NCLASS && !G.free[i] != !(G.nonempty & (1u << i)))
            return "free list summary bits inconsistent";
        for (uint32_t off = G.free[i]; off; off = NEXT(G.base + off)) {
            uint8_t *c = G.base + off;
            if (++listed > nfree)
                return "free lists longer than the free chunks (cycle?)";
            if (c < G.olo || c >= G.oend || ((uintptr_t)c & 7) != 4 ||
                H_KIND(HDR(c)) != K_FREE || (HDR(c) & H_MARK))
                return "free list entry is not a free chunk";
            if (free_list(H_SIZE(HDR(c))) != &G.free[i])
                return "free chunk on the wrong size list";
            HDR(c) |= H_MARK;
        }
    }
    const char *err = NULL;
    for (uint8_t *c = G.olo; c < G.oend; c += H_SIZE(HDR(c)))
        if (H_KIND(HDR(c)) == K_FREE) {
            if (!(HDR(c) & H_MARK))
                err = "free chunk missing from the free list";
            HDR(c) &= ~H_MARK;
        }
    if (err)
        return err;
    if (used != G.used)
        return "used bytes do not add up";
    if (nv != G.st.cur_vecs || vb != G.st.cur_vec_bytes)
        return "vector statistics do not match the heap";
    if (no != G.st.cur_objs || ob != G.st.cur_obj_bytes)
        return "object statistics do not match the heap";
    return NULL;
}
