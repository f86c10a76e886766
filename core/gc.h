/*
 * gc.h - core's memory manager: one pool, two spaces (docs/gc.md).
 *
 *   pool start                                                  pool end
 *   | vectors, grow up ->  |      free      | <- objects, grow down |
 *
 * Objects never move.  They are allocated with a type (GcType) that marks
 * their children and finalises them; unreachable objects are swept.
 * Vectors are resizable byte areas, each owned by exactly one GcVec struct
 * that lives in an object (or a static / root).  Compaction slides vectors
 * down and rewrites their owner's `ptr`.  The top-most vector grows in
 * place.
 *
 * INVARIANTS a caller must keep (also docs/gc.md, "rules for C authors"):
 *  - Any call that may allocate (every gc_* allocator, and every core API
 *    call documented as "may allocate") may collect and compact.  After it,
 *    re-derive every raw pointer into vector data from its GcVec (Lua's
 *    Protect).  Object pointers stay valid as long as the object is reachable.
 *  - An object is reachable only through roots: registered root markers,
 *    the temporary root stack (gc_push/gc_pop), and what reachable objects
 *    mark.  There is no conservative scan of the C stack.
 *  - A GcVec must never be copied or moved; its address is the vector's
 *    back reference.
 *
 * Allocation failure: collect, then compact, then retry; only then NULL is
 * returned (the VM turns it into MemoryError).  Nothing here aborts for lack
 * of memory.
 *
 * Build options:
 *   GC_STRESS  - compact and poison freed memory on every allocation
 *                (and collect at every gc_check), for tests.
 *                GC_STRESS=2 also collects on every allocation.
 *   NDEBUG     - compiles out gc assertions.
 */
#ifndef GC_H
#define GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct GcType GcType;

/* Every object starts with a pointer to its GcType (or to a larger type
 * descriptor whose first member is a GcType).  The GC keeps its own
 * bookkeeping in a hidden header before this. */
typedef struct GcObj {
    const GcType *type;
} GcObj;

struct GcType {
    const char *name;
    /* mark children: call gc_mark / gc_mark_vec for each; may be NULL */
    void (*mark)(GcObj *o);
    /* release outside resources; may be NULL.  Runs during the sweep: it
     * must not allocate, push roots or touch other heap objects (they may
     * be dead too).  It may call gc_vec_free / gc_free on what the object
     * owns; vectors it leaves alone are reclaimed anyway (unmarked). */
    void (*finalise)(GcObj *o);
};

/* A vector owner.  ptr is NULL when cap is 0. */
typedef struct GcVec {
    void *ptr;
    uint32_t cap; /* usable bytes */
} GcVec;

/* ---- set-up ---- */
void gc_init(void *pool, size_t size);
/* root markers are called at every collection (max GC_MAX_ROOTFN) */
#define GC_MAX_ROOTFN 8
void gc_add_roots(void (*mark_roots)(void *ctx), void *ctx);
/* [added] unregisters a marker added with the same (fn, ctx) */
void gc_remove_roots(void (*mark_roots)(void *ctx), void *ctx);

/* ---- objects ---- */
/* zeroed object of `bytes` (including the GcObj header); NULL when full */
void *gc_alloc(const GcType *type, size_t bytes);
/* mark an object reachable (no-op for NULL or pointers outside object
 * space, such as constant objects in flash); iterative, stack-safe.
 * Any Value may be passed as (void *)v: ints, qstrs and specials are not
 * 8-byte aligned and are ignored.  Only valid inside a collection (from
 * root markers and GcType.mark). */
void gc_mark(const void *obj);
/* true if p points into object space (a heap object or malloc area) */
bool gc_in_heap(const void *p);

/* ---- vectors ---- */
/* resize to at least `bytes` (0 frees); keeps contents up to the smaller
 * size, new bytes are zeroed; returns false (v unchanged) when full */
bool gc_vec_resize(GcVec *v, size_t bytes);
void gc_vec_free(GcVec *v);
/* [added] hands src's storage to dst (whose own storage is freed first);
 * src becomes empty.  The only way to pass a vector to another owner,
 * e.g. from a local GcVec (see gc_push_vec) into a new object. */
void gc_vec_move(GcVec *dst, GcVec *src);
/* called by a type's mark function for every vector it owns */
void gc_mark_vec(GcVec *v);

/* ---- temporary roots (bounded, asserted) ---- */
#define GC_MAX_TEMP 64
void gc_push(const void *obj);
void gc_pop(int n);
/* [added] a GcVec outside the heap (e.g. a local in a C function) as a
 * temporary root: its vector survives collections until popped.  The
 * GcVec must stay at its address while pushed. */
void gc_push_vec(GcVec *v);
/* [added] for error paths: remember the depth, unwind to it later */
int gc_temp_depth(void);
void gc_pop_to(int depth);

/* ---- collection ---- */
void gc_collect(void);        /* mark, sweep, compact */
void gc_check(void);          /* safe point: collect if over threshold */
void gc_set_threshold(size_t bytes); /* collect after this many bytes allocated, 0 = off */

/* ---- malloc for third-party code ("malloc objects") ----
 * Areas in object space, never moved.  Owned by a module id: never
 * collected while the owner is live.  gc_release_owner(id) (on unload)
 * makes them collectable unless some reachable object marks them with
 * gc_mark(area). */
#define GC_MAX_OWNER 31 /* owner ids are 0 .. GC_MAX_OWNER-1 */
void *gc_malloc(int owner, size_t n);
void *gc_calloc(int owner, size_t n, size_t size);
void *gc_realloc(int owner, void *p, size_t n);
void gc_free(void *p);
void gc_release_owner(int owner);

/* ---- statistics ---- */
typedef struct GcStats {
    uint32_t avail;                   /* free bytes in the pool */
    uint32_t checks, sweeps, compacts;
    uint32_t tot_objs, tot_obj_bytes, tot_vecs, tot_vec_bytes; /* ever */
    uint32_t cur_objs, cur_obj_bytes, cur_vecs, cur_vec_bytes; /* now */
    uint32_t max_objs, max_obj_bytes, max_vecs, max_vec_bytes; /* peak */
} GcStats;
void gc_stats(GcStats *s);
/* prints the notes' three-line report through `out` (printf-like) */
void gc_report(void (*out)(const char *fmt, ...));

/* ---- verification (tests, debug) ----
 * Walks the whole pool and checks every invariant: no overlap, sizes add
 * up, every live vector's back reference points at an owner whose ptr
 * points back, free space accounted for, no marks left set.  Returns NULL
 * when consistent, otherwise a static message naming the problem. */
const char *gc_verify(void);

/* [added] failure injection for tests: after n more successful
 * allocations (gc_alloc, growing gc_vec_resize, gc_malloc/calloc/realloc)
 * every allocation fails as if memory were full, until gc_fail_after(-1).
 * gc_init turns it off. */
void gc_fail_after(int n);

#endif
