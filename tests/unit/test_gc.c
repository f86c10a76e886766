/*
 * test_gc.c - unit tests of core/gc.c, one operation at a time.
 * Built twice: normally and with -DGC_STRESS (the whole of core/gc.c and
 * this file), where every allocation compacts and moves all vectors.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/gc.h"
#include "check.h"

#define POOL_SIZE (128 * 1024)
static uint64_t pool[POOL_SIZE / 8];

/* ---- test types ---- */

static int finalised; /* count of finalise calls */

typedef struct Leaf {
    GcObj h;
    uint32_t id;
} Leaf;

static void leaf_fin(GcObj *o) { (void)o, finalised++; }
static const GcType leaf_type = {"leaf", NULL, leaf_fin};

/* a node: two children, a vector (bytes, or pointers when `ptrs`) */
typedef struct Node {
    GcObj h;
    void *kid[2];
    GcVec vec;
    uint32_t ptrs; /* vec holds this many object pointers */
    void *area;    /* a malloc area this node keeps alive */
} Node;

static void node_mark(GcObj *o) {
    Node *n = (Node *)o;
    gc_mark(n->kid[0]);
    gc_mark(n->kid[1]);
    gc_mark(n->area);
    gc_mark_vec(&n->vec);
    for (uint32_t i = 0; i < n->ptrs; i++)
        gc_mark(((void **)n->vec.ptr)[i]);
}
static void node_fin(GcObj *o) { (void)o, finalised++; }
static const GcType node_type = {"node", node_mark, node_fin};

/* roots: a static array marked by a registered root marker */
#define NROOTS 16
static void *roots[NROOTS];
static GcVec root_vec; /* a static vector owner */
static void mark_roots(void *ctx) {
    void **r = ctx;
    for (int i = 0; i < NROOTS; i++)
        gc_mark(r[i]);
    gc_mark_vec(&root_vec);
}

static void setup(void) {
    gc_init(pool, sizeof pool);
    memset(roots, 0, sizeof roots);
    memset(&root_vec, 0, sizeof root_vec);
    gc_add_roots(mark_roots, roots);
    finalised = 0;
}

static GcStats stats(void) {
    GcStats s;
    gc_stats(&s);
    return s;
}

static Leaf *leaf(uint32_t id) {
    Leaf *l = gc_alloc(&leaf_type, sizeof(Leaf));
    if (l)
        l->id = id;
    return l;
}

static Node *node(void) { return gc_alloc(&node_type, sizeof(Node)); }

static bool all_bytes(const void *p, int c, size_t n) {
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i] != c)
            return false;
    return true;
}

#define VERIFY()                                                             \
    do {                                                                     \
        const char *e_ = gc_verify();                                        \
        CHECK_MSG(e_ == NULL, "gc_verify: %s", e_);                          \
    } while (0)

/* ---- set-up and statistics ---- */

TEST(init_empty) {
    setup();
    GcStats s = stats();
    CHECK(s.avail >= POOL_SIZE - 8 && s.avail <= POOL_SIZE);
    CHECK_EQ(s.cur_objs, 0);
    CHECK_EQ(s.cur_vecs, 0);
    CHECK_EQ(s.sweeps, 0);
    VERIFY();
    /* an odd, misaligned pool is trimmed, never overrun */
    gc_init((uint8_t *)pool + 3, 1000);
    s = stats();
    CHECK(s.avail <= 1000 - 3 && s.avail >= 1000 - 3 - 16);
    VERIFY();
    void *p = gc_malloc(0, 900);
    CHECK(p != NULL);
    CHECK((uint8_t *)p + 900 <= (uint8_t *)pool + 1003);
    CHECK(gc_malloc(0, 200) == NULL);
    VERIFY();
    /* a pool too small for anything still works: everything fails */
    gc_init(pool, 8);
    CHECK(gc_malloc(0, 1) == NULL);
    GcVec v = {0};
    CHECK(!gc_vec_resize(&v, 1));
    VERIFY();
}

static char report_buf[1024];
static void report_out(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t n = strlen(report_buf);
    vsnprintf(report_buf + n, sizeof report_buf - n, fmt, ap);
    va_end(ap);
}

TEST(report_format) {
    setup();
    GcStats s = stats();
    char expect[1024];
    report_buf[0] = 0;
    gc_report(report_out);
    snprintf(expect, sizeof expect,
             "gc: avail %u b, 0 checks, 0 sweeps, 0 compacts\n"
             "gc: total      0 objs        0 b,      0 vecs        0 b\n"
             "gc:  curr      0 objs        0 b,      0 vecs        0 b\n"
             "gc:   max      0 objs        0 b,      0 vecs        0 b\n",
             (unsigned)s.avail);
    CHECK_STR(report_buf, expect);

    GcVec a = {0}, b = {0};
    gc_push_vec(&a);
    gc_push_vec(&b);
    CHECK(gc_vec_resize(&a, 552));
    CHECK(gc_vec_resize(&b, 552));
    uint32_t caps = a.cap + b.cap;
    CHECK(a.cap >= 552 && a.cap < 560);
    roots[0] = leaf(1);
    gc_vec_free(&a);
    gc_vec_free(&b);
    gc_pop(2);
    gc_check();
    s = stats();
    CHECK_EQ(s.tot_vecs, 2);
    CHECK_EQ(s.tot_vec_bytes, caps);
    CHECK_EQ(s.max_vec_bytes, caps);
    CHECK_EQ(s.max_vecs, 2);
    CHECK_EQ(s.cur_vecs, 0);
    CHECK_EQ(s.cur_objs, 1);
    CHECK_EQ(s.checks, 1);
    report_buf[0] = 0;
    gc_report(report_out);
    snprintf(expect, sizeof expect,
             "gc: avail %u b, 1 checks, %u sweeps, %u compacts\n"
             "gc: total      1 objs %8u b,      2 vecs %8u b\n"
             "gc:  curr      1 objs %8u b,      0 vecs        0 b\n"
             "gc:   max      1 objs %8u b,      2 vecs %8u b\n",
             (unsigned)s.avail, (unsigned)s.sweeps, (unsigned)s.compacts,
             (unsigned)s.tot_obj_bytes, (unsigned)s.tot_vec_bytes,
             (unsigned)s.cur_obj_bytes, (unsigned)s.max_obj_bytes,
             (unsigned)s.max_vec_bytes);
    CHECK_STR(report_buf, expect);
    CHECK(s.cur_obj_bytes >= sizeof(Leaf) && s.cur_obj_bytes < sizeof(Leaf) + 8);
}

/* ---- objects ---- */

TEST(alloc_objects) {
    setup();
    /* rooted before the next allocation, as the rules demand (a
     * GC_STRESS=2 build collects at every allocation) */
    Leaf *a = leaf(1);
    gc_push(a);
    Leaf *b = leaf(2);
    gc_push(b);
    CHECK(a && b && a != b);
    CHECK(((uintptr_t)a & 7) == 0 && ((uintptr_t)b & 7) == 0);
    CHECK(a->h.type == &leaf_type && a->id == 1 && b->id == 2);
    CHECK(gc_in_heap(a) && gc_in_heap(b));
    CHECK(!gc_in_heap(&leaf_type) && !gc_in_heap(NULL));
    Node *n = node();
    CHECK(n && n->kid[0] == NULL && n->vec.ptr == NULL && n->vec.cap == 0);
    /* zeroed even when reusing freed memory */
    memset(n->kid, 0xAB, sizeof n->kid);
    gc_pop(2);
    gc_collect(); /* nothing rooted: all three die */
    CHECK_EQ(finalised, 3);
    CHECK_EQ(stats().cur_objs, 0);
    Node *m = node();
    CHECK(m && m->kid[0] == NULL && m->kid[1] == NULL);
    CHECK_EQ(stats().cur_objs, 1);
    CHECK_EQ(stats().tot_objs, 4);
    VERIFY();
    /* too big, and an impossible size: NULL, nothing broken */
    CHECK(gc_alloc(&leaf_type, POOL_SIZE) == NULL);
    CHECK(gc_alloc(&leaf_type, SIZE_MAX - 3) == NULL);
    VERIFY();
}

TEST(mark_and_sweep) {
    setup();
    Node *a = node();
    roots[0] = a;
    Node *b = node();
    a->kid[0] = b;
    b->kid[1] = leaf(7);
    Leaf *garbage = leaf(8);
    (void)garbage;
    Node *c = node(); /* cycle, unreachable once popped */
    gc_push(c);
    Node *d = node();
    c->kid[0] = d;
    d->kid[0] = c;
    gc_pop(1);
    uint32_t sweeps = stats().sweeps;
    int before = finalised; /* GC_STRESS=2 may have swept `garbage` */
    gc_collect();
    CHECK_EQ(finalised, 3); /* garbage, c, d */
    CHECK(before <= 1);
    CHECK_EQ(stats().cur_objs, 3);
    CHECK_EQ(((Leaf *)b->kid[1])->id, 7);
    CHECK_EQ(stats().sweeps, sweeps + 1);
    VERIFY();
    /* a cycle through a root stays */
    b->kid[0] = a;
    gc_collect();
    CHECK_EQ(finalised, 3);
    roots[0] = NULL;
    gc_collect();
    CHECK_EQ(finalised, 6);
    CHECK_EQ(stats().cur_objs, 0);
    VERIFY();
}

/* constant objects outside the pool and non-pointer values are ignored */
static Leaf flash_leaf = {{&leaf_type}, 99};
static void mark_odd(void *ctx) {
    (void)ctx;
    gc_mark(&flash_leaf);
    gc_mark((void *)(uintptr_t)0x2001);   /* small int */
    gc_mark((void *)(uintptr_t)(5 << 3 | 2)); /* qstr */
    gc_mark((void *)(uintptr_t)6);        /* None */
    gc_mark(roots[1] ? (uint8_t *)roots[1] + 4 : NULL); /* unaligned */
}

TEST(mark_ignores_non_heap) {
    setup();
    gc_add_roots(mark_odd, NULL);
    roots[1] = leaf(1);
    gc_collect();
    CHECK_EQ(finalised, 0);
    CHECK_EQ(flash_leaf.id, 99);
    gc_remove_roots(mark_odd, NULL);
    roots[1] = NULL;
    gc_collect();
    CHECK_EQ(finalised, 1);
    VERIFY();
}

TEST(temp_roots) {
    setup();
    Leaf *a = leaf(1);
    gc_push(a);
    int depth = gc_temp_depth();
    CHECK_EQ(depth, 1);
    gc_push(leaf(2));
    gc_push(leaf(3));
    CHECK_EQ(gc_temp_depth(), 3);
    gc_collect();
    CHECK_EQ(finalised, 0);
    gc_pop_to(depth);
    gc_collect();
    CHECK_EQ(finalised, 2);
    CHECK_EQ(a->id, 1);
    gc_pop(1);
    CHECK_EQ(gc_temp_depth(), 0);
    gc_collect();
    CHECK_EQ(finalised, 3);
    VERIFY();
}

/* a 500-long chain, a node with 1000 children and one with 300 children
 * that have children: the mark stack is small (32) and bounded, so these
 * exercise depth and the overflow rescan */
TEST(deep_and_wide) {
    setup();
    Node *head = NULL;
    for (int i = 0; i < 500; i++) {
        Node *n = node();
        CHECK(n != NULL);
        n->kid[0] = head;
        head = n;
        roots[0] = head;
    }
    Node *wide = node();
    roots[1] = wide;
    CHECK(gc_vec_resize(&wide->vec, 1000 * sizeof(void *)));
    for (int i = 0; i < 1000; i++) {
        Leaf *l = leaf((uint32_t)i);
        CHECK(l != NULL);
        ((void **)wide->vec.ptr)[i] = l; /* re-derived every time */
        wide->ptrs = (uint32_t)i + 1;
    }
    /* every child of the wide node has a child of its own */
    Node *w2 = node();
    roots[2] = w2;
    CHECK(gc_vec_resize(&w2->vec, 300 * sizeof(void *)));
    for (int i = 0; i < 300; i++) {
        Node *k = node();
        CHECK(k != NULL);
        ((void **)w2->vec.ptr)[i] = k;
        w2->ptrs = (uint32_t)i + 1;
        k->kid[0] = leaf(5);
    }
    uint32_t live = stats().cur_objs;
    gc_collect();
    CHECK_EQ(finalised, 0);
    CHECK_EQ(stats().cur_objs, live);
    int len = 0;
    for (Node *n = roots[0]; n; n = n->kid[0])
        len++;
    CHECK_EQ(len, 500);
    for (int i = 0; i < 1000; i++)
        CHECK_EQ(((Leaf **)wide->vec.ptr)[i]->id, i);
    VERIFY();
    roots[0] = roots[1] = roots[2] = NULL;
    gc_collect();
    CHECK_EQ(stats().cur_objs, 0);
    CHECK_EQ(stats().cur_vecs, 0);
    VERIFY();
}

/* ---- vectors ---- */

TEST(vec_grow_shrink_free) {
    setup();
    Node *n = node();
    roots[0] = n;
    GcVec *v = &n->vec;
    CHECK(gc_vec_resize(v, 10));
    CHECK(v->ptr && v->cap >= 10 && ((uintptr_t)v->ptr & 7) == 0);
    CHECK(all_bytes(v->ptr, 0, v->cap));
    memset(v->ptr, 'a', 10);
    /* top-most: grows in place (no other allocation in between) */
    CHECK(gc_vec_resize(v, 1000));
    CHECK(v->cap >= 1000);
    CHECK(all_bytes(v->ptr, 'a', 10));
    CHECK(all_bytes((uint8_t *)v->ptr + 10, 0, v->cap - 10));
    CHECK_EQ(stats().cur_vecs, 1);
    CHECK_EQ(stats().cur_vec_bytes, v->cap);
    VERIFY();
    /* shrink keeps the prefix, zeroes the rest of the capacity */
    memset(v->ptr, 'b', 1000);
    CHECK(gc_vec_resize(v, 100));
    CHECK(v->cap >= 100 && v->cap < 1000);
    CHECK(all_bytes(v->ptr, 'b', 100));
    CHECK(all_bytes((uint8_t *)v->ptr + 100, 0, v->cap - 100));
    CHECK(gc_vec_resize(v, 500));
    CHECK(all_bytes(v->ptr, 'b', 100));
    CHECK(all_bytes((uint8_t *)v->ptr + 100, 0, v->cap - 100));
    VERIFY();
    /* resize to 0 frees */
    uint32_t avail = stats().avail;
    CHECK(gc_vec_resize(v, 0));
    CHECK(v->ptr == NULL && v->cap == 0);
    CHECK_EQ(stats().cur_vecs, 0);
    CHECK(stats().avail > avail);
    gc_vec_free(v); /* freeing an empty vector is fine */
    VERIFY();
}

TEST(vec_top_grows_in_place) {
    setup();
    Node *n = node();
    roots[0] = n;
    CHECK(gc_vec_resize(&n->vec, 64));
#ifndef GC_STRESS /* stress mode moves every vector on every allocation */
    void *p = n->vec.ptr;
    for (size_t sz = 128; sz < 20000; sz *= 2) {
        CHECK(gc_vec_resize(&n->vec, sz));
        CHECK(n->vec.ptr == p);
    }
    CHECK_EQ(stats().compacts, 0);
#else
    void *p = n->vec.ptr;
    CHECK(gc_vec_resize(&n->vec, 128));
    CHECK(n->vec.ptr != p);
#endif
    VERIFY();
}

TEST(vec_non_top_moves) {
    setup();
    Node *a = node();
    roots[0] = a;
    Node *b = node();
    roots[1] = b;
    CHECK(gc_vec_resize(&a->vec, 100));
    CHECK(gc_vec_resize(&b->vec, 100));
    memset(a->vec.ptr, 'A', 100);
    memset(b->vec.ptr, 'B', 100);
    void *old = a->vec.ptr;
    CHECK(gc_vec_resize(&a->vec, 300)); /* not top: copied above b */
    CHECK(a->vec.ptr != old);
    CHECK((uint8_t *)a->vec.ptr > (uint8_t *)b->vec.ptr);
    CHECK(all_bytes(a->vec.ptr, 'A', 100));
    CHECK(all_bytes((uint8_t *)a->vec.ptr + 100, 0, a->vec.cap - 100));
    CHECK(all_bytes(b->vec.ptr, 'B', 100));
    VERIFY();
    /* the hole it left is reclaimed by compaction: b slides down */
    uint32_t avail = stats().avail;
    void *bp = b->vec.ptr;
    gc_collect();
    CHECK(b->vec.ptr < bp);
    CHECK(all_bytes(b->vec.ptr, 'B', 100));
    CHECK(all_bytes(a->vec.ptr, 'A', 100));
    CHECK_EQ(stats().avail, avail); /* holes were already counted free */
    VERIFY();
}

TEST(compaction) {
    setup();
    Node *n[6];
    for (int i = 0; i < 6; i++) {
        n[i] = node();
        roots[i] = n[i];
        CHECK(gc_vec_resize(&n[i]->vec, 200 + 10 * i));
        memset(n[i]->vec.ptr, 'a' + i, 200 + 10 * i);
    }
    gc_vec_free(&n[1]->vec);       /* a hole */
    roots[3] = NULL;               /* a dead owner */
    CHECK(gc_vec_resize(&n[4]->vec, 100)); /* a shrink leaving a hole */
    uint32_t compacts = stats().compacts;
    gc_collect();
    CHECK_EQ(stats().compacts, compacts + 1);
    CHECK_EQ(finalised, 1);
    CHECK_EQ(stats().cur_vecs, 4);
    /* contiguous again, in order, contents intact */
    uint8_t *prev = NULL;
    int order[4] = {0, 2, 4, 5};
    for (int k = 0; k < 4; k++) {
        Node *x = n[order[k]];
        size_t len = order[k] == 4 ? 100 : 200 + 10 * (size_t)order[k];
        CHECK(all_bytes(x->vec.ptr, 'a' + order[k], len));
        CHECK(prev == NULL || (uint8_t *)x->vec.ptr > prev);
        prev = x->vec.ptr;
    }
    CHECK((uint8_t *)n[0]->vec.ptr < (uint8_t *)pool + 64);
    VERIFY();
}

TEST(static_and_local_vec_owners) {
    setup();
    CHECK(gc_vec_resize(&root_vec, 50));
    memset(root_vec.ptr, 'r', 50);
    GcVec local = {0};
    CHECK(gc_vec_resize(&local, 40));
    memset(local.ptr, 'l', 40);
    gc_push_vec(&local);
    Leaf *pad = leaf(1);
    (void)pad;
    gc_collect();
    CHECK(all_bytes(root_vec.ptr, 'r', 50));
    CHECK(all_bytes(local.ptr, 'l', 40));
    CHECK_EQ(stats().cur_vecs, 2);
    VERIFY();
    /* hand the local vector to an object */
    Node *n = node();
    roots[0] = n;
    gc_vec_move(&n->vec, &local);
    CHECK(local.ptr == NULL && local.cap == 0);
    gc_pop(1);
    gc_collect();
    CHECK(all_bytes(n->vec.ptr, 'l', 40));
    CHECK_EQ(stats().cur_vecs, 2);
    VERIFY();
    /* an unpushed local vector is reclaimed by a collection */
    GcVec lost = {0};
    CHECK(gc_vec_resize(&lost, 16));
    CHECK_EQ(stats().cur_vecs, 3);
    gc_collect();
    CHECK_EQ(stats().cur_vecs, 2);
}

/* a vector owned by a dead object is reclaimed even if not freed */
TEST(dead_owner_vector_reclaimed) {
    setup();
    Node *n = node();
    CHECK(gc_vec_resize(&n->vec, 4000));
    uint32_t avail = stats().avail;
    gc_collect();
    CHECK(stats().avail >= avail + 4000);
    CHECK_EQ(stats().cur_vecs, 0);
    CHECK_EQ(stats().cur_objs, 0);
    VERIFY();
}

/* ---- running short ---- */

TEST(collect_when_short) {
    setup();
    /* fill with garbage: allocation never fails, collections happen */
    for (int i = 0; i < 5000; i++) {
        Node *n = node();
        CHECK(n != NULL);
        CHECK(gc_vec_resize(&n->vec, 100));
    }
    CHECK(stats().sweeps > 0);
    CHECK(stats().tot_objs == 5000);
    VERIFY();
}

TEST(out_of_memory) {
    setup();
    Node *head = NULL;
    int count = 0;
    for (;;) { /* all rooted: eventually nothing is free */
        Node *n = node();
        if (!n)
            break;
        n->kid[0] = head;
        head = n;
        roots[0] = head;
        if (!gc_vec_resize(&n->vec, 200))
            break;
        count++;
    }
    CHECK(count > 100);
    VERIFY();
    GcVec v = {0};
    gc_push_vec(&v);
    CHECK(!gc_vec_resize(&v, 5000));
    CHECK(v.ptr == NULL && v.cap == 0);
    CHECK(gc_alloc(&node_type, 5000) == NULL);
    CHECK(gc_malloc(0, 5000) == NULL);
    VERIFY();
    /* a failed grow leaves the vector as it was */
    Node *n = ((Node *)roots[0])->kid[0];
    void *p = n->vec.ptr;
    uint32_t cap = n->vec.cap;
    CHECK(n->vec.ptr != NULL);
    CHECK(!gc_vec_resize(&n->vec, 20000));
    CHECK(n->vec.cap == cap);
    (void)p;
    VERIFY();
    roots[0] = NULL;
    CHECK(gc_vec_resize(&v, 5000));
    CHECK(gc_alloc(&node_type, 5000) != NULL);
    gc_vec_free(&v);
    gc_pop(1);
    VERIFY();
}

/* growing a vector that is not top-most when the gap alone is too small
 * for a copy: it is rotated above the others and grown in place */
TEST(grow_non_top_by_rotation) {
    setup();
    Node *a = node();
    roots[0] = a;
    Node *b = node();
    roots[1] = b;
    uint32_t avail = stats().avail;
    size_t big = avail / 2;
    CHECK(gc_vec_resize(&a->vec, big));
    CHECK(gc_vec_resize(&b->vec, 1000));
    for (size_t i = 0; i < big; i++)
        ((uint8_t *)a->vec.ptr)[i] = (uint8_t)(i * 7);
    memset(b->vec.ptr, 'b', 1000);
    /* the copy would need big + more, free is about big - 1000 */
    size_t want = big + big / 2;
    CHECK(gc_vec_resize(&a->vec, want));
    CHECK(a->vec.cap >= want);
    for (size_t i = 0; i < big; i++)
        if (((uint8_t *)a->vec.ptr)[i] != (uint8_t)(i * 7))
            CHECK_MSG(0, "byte %zu lost", i);
    CHECK(all_bytes((uint8_t *)a->vec.ptr + big, 0, a->vec.cap - big));
    CHECK(all_bytes(b->vec.ptr, 'b', 1000));
    CHECK((uint8_t *)b->vec.ptr < (uint8_t *)a->vec.ptr);
    VERIFY();
}

/* Safety net: a collection run by gc_vec_resize keeps the vector being
 * resized and the object holding its GcVec, even if the caller has not
 * rooted that object yet (writing to it afterwards must be safe). */
TEST(resize_keeps_its_owner) {
    setup();
    int garbage = 0;
    /* unrooted garbage (a GC_STRESS=2 build collects it as it goes) */
    while (stats().avail > 30000 && garbage < 500) {
        Node *g = node();
        CHECK(g != NULL);
        CHECK(gc_vec_resize(&g->vec, 2000));
        garbage++;
    }
    Node *n = node(); /* not rooted: the rules say it should be */
    CHECK(n != NULL);
    finalised = 0;
    uint32_t sweeps = stats().sweeps;
    CHECK(gc_vec_resize(&n->vec, 40000)); /* needs a collection */
    CHECK(stats().sweeps > sweeps);
    CHECK(n->h.type == &node_type);
    CHECK(n->vec.cap >= 40000 && all_bytes(n->vec.ptr, 0, n->vec.cap));
    CHECK_EQ(stats().cur_objs, 1); /* all the garbage went */
    VERIFY();
    roots[0] = n;
    gc_collect();
    CHECK_EQ(stats().cur_objs, 1);
    VERIFY();
}

TEST(threshold) {
    setup();
    gc_set_threshold(1000);
    for (int i = 0; i < 20; i++)
        leaf((uint32_t)i); /* 20 * 16 bytes or so, < 1000 */
    gc_check();
#ifndef GC_STRESS
    CHECK_EQ(stats().sweeps, 0);
#endif
    for (int i = 0; i < 100; i++)
        leaf((uint32_t)i);
    gc_check();
    CHECK(stats().sweeps >= 1);
    CHECK_EQ(stats().cur_objs, 0);
    CHECK_EQ(stats().checks, 2);
    uint32_t sweeps = stats().sweeps;
    gc_set_threshold(0);
    for (int i = 0; i < 100; i++)
        leaf((uint32_t)i);
    gc_check();
#ifndef GC_STRESS
    CHECK_EQ(stats().sweeps, sweeps);
#else
    CHECK(stats().sweeps >= sweeps + 1); /* every check collects */
#endif
    VERIFY();
}

TEST(fail_injection) {
    setup();
    Node *n = node();
    roots[0] = n;
    gc_fail_after(2);
    CHECK(leaf(1) != NULL);
    CHECK(gc_vec_resize(&n->vec, 10));
    CHECK(leaf(2) == NULL);
    CHECK(!gc_vec_resize(&n->vec, 100));
    CHECK(n->vec.cap >= 10 && n->vec.cap < 100);
    CHECK(gc_malloc(0, 10) == NULL);
    CHECK(gc_calloc(0, 1, 10) == NULL);
    CHECK(gc_vec_resize(&n->vec, 1)); /* shrinking never fails */
    gc_fail_after(-1);
    CHECK(leaf(3) != NULL);
    CHECK(gc_vec_resize(&n->vec, 100));
    VERIFY();
    gc_fail_after(0);
    CHECK(leaf(4) == NULL);
    gc_init(pool, sizeof pool); /* resets it */
    CHECK(leaf(5) != NULL);
}

/* ---- malloc objects ---- */

typedef struct Wrap { /* an object handed out that keeps a malloc area */
    GcObj h;
    void *area;
} Wrap;
static void wrap_mark(GcObj *o) { gc_mark(((Wrap *)o)->area); }
static const GcType wrap_type = {"wrap", wrap_mark, NULL};

#define DEVS 3 /* owner id of the devs segment (SEG_DEVS) */

TEST(malloc_basic) {
    setup();
    uint8_t *p = gc_malloc(DEVS, 100);
    CHECK(p && ((uintptr_t)p & 7) == 0 && gc_in_heap(p));
    CHECK(all_bytes(p, 0, 100));
    memset(p, 'p', 100);
    void *zero = gc_malloc(DEVS, 0);
    CHECK(zero != NULL && zero != p);
    uint32_t *c = gc_calloc(DEVS, 10, sizeof(uint32_t));
    CHECK(c && all_bytes(c, 0, 40));
    CHECK(gc_calloc(DEVS, SIZE_MAX / 2, 4) == NULL);
    VERIFY();
    /* never collected while the owner is live, even unreferenced */
    gc_collect();
    gc_collect();
    CHECK(all_bytes(p, 'p', 100));
    CHECK_EQ(stats().cur_objs, 3);
    /* realloc: grow copies, shrink stays in place */
    uint8_t *q = gc_realloc(DEVS, p, 3000);
    CHECK(q != NULL);
    CHECK(all_bytes(q, 'p', 100));
    uint8_t *r = gc_realloc(DEVS, q, 50);
    CHECK(r == q);
    CHECK(all_bytes(r, 'p', 50));
    CHECK(gc_realloc(DEVS, NULL, 10) != NULL);
    CHECK(gc_realloc(DEVS, r, 0) == NULL); /* frees */
    VERIFY();
    gc_free(zero);
    gc_free(c);
    gc_free(NULL);
    CHECK_EQ(stats().cur_objs, 1);
    VERIFY();
    gc_collect();
    VERIFY();
}

TEST(malloc_release_owner) {
    setup();
    /* devs mallocs three areas: one only internal, one handed out
     * through an object, one kept by another module's id */
    uint8_t *internal = gc_malloc(DEVS, 64);
    uint8_t *shared = gc_malloc(DEVS, 64);
    uint8_t *other = gc_malloc(DEVS + 1, 64);
    CHECK(internal && shared && other);
    memset(shared, 's', 64);
    memset(other, 'o', 64);
    Wrap *w = gc_alloc(&wrap_type, sizeof(Wrap));
    CHECK(w != NULL);
    w->area = shared;
    roots[0] = w;
    gc_collect();
    CHECK_EQ(stats().cur_objs, 4);
    /* unload devs: core calls gc_release_owner */
    gc_release_owner(DEVS);
    VERIFY();
    gc_collect();
    CHECK_EQ(stats().cur_objs, 3); /* internal is gone */
    CHECK(all_bytes(shared, 's', 64));
    CHECK(all_bytes(other, 'o', 64));
    VERIFY();
    /* dropping the object makes the shared area collectable too */
    roots[0] = NULL;
    gc_collect();
    CHECK_EQ(stats().cur_objs, 1);
    CHECK(all_bytes(other, 'o', 64));
    VERIFY();
    /* the freed space is reusable */
    CHECK(gc_malloc(DEVS, 64) != NULL);
    VERIFY();
}

static void *fin_area;
static GcVec *fin_vec;
static void owner_fin(GcObj *o) {
    Node *n = (Node *)o;
    gc_free(n->area);
    gc_vec_free(&n->vec);
    fin_area = n->area;
    fin_vec = &n->vec;
    finalised++;
}
static const GcType owner_type = {"owner", node_mark, owner_fin};

TEST(finaliser_frees) {
    setup();
    for (int i = 0; i < 50; i++) {
        Node *n = gc_alloc(&owner_type, sizeof(Node));
        CHECK(n != NULL);
        gc_push(n);
        n->area = gc_malloc(1, 32 + (size_t)i);
        CHECK(n->area != NULL);
        CHECK(gc_vec_resize(&n->vec, 40 + (size_t)i));
        gc_pop(1);
        if (i % 3 == 0)
            roots[i / 3 % NROOTS] = n;
    }
    gc_collect();
    CHECK(finalised >= 50 - NROOTS);
    CHECK_EQ(stats().cur_objs, 2 * (50 - (uint32_t)finalised));
    CHECK_EQ(stats().cur_vecs, 50 - (uint32_t)finalised);
    VERIFY();
}

/* ---- verification catches broken invariants ---- */

TEST(verify_detects) {
    setup();
    Node *n = node();
    roots[0] = n;
    CHECK(gc_vec_resize(&n->vec, 64));
    Leaf *l = leaf(1);
    roots[1] = l;
    VERIFY();
    uint32_t cap = n->vec.cap;
    n->vec.cap = cap + 8;
    CHECK(gc_verify() != NULL);
    n->vec.cap = cap;
    void *p = n->vec.ptr;
    n->vec.ptr = (uint8_t *)p + 8;
    CHECK(gc_verify() != NULL);
    n->vec.ptr = p;
    uint32_t *hdr = (uint32_t *)(void *)l - 1;
    *hdr |= 4; /* a mark bit left set */
    CHECK(gc_verify() != NULL);
    *hdr &= ~4u;
    *hdr ^= 1u << 8; /* a size that breaks the walk */
    CHECK(gc_verify() != NULL);
    *hdr ^= 1u << 8;
    VERIFY();
}

/* ---- stress mode ---- */

#ifdef GC_STRESS
TEST(stress_moves_everything) {
    setup();
    Node *a = node();
    roots[0] = a;
    CHECK(gc_vec_resize(&a->vec, 32));
    memset(a->vec.ptr, 'x', 32);
    for (int i = 0; i < 10; i++) {
        void *before = a->vec.ptr;
        roots[1] = leaf((uint32_t)i);
        CHECK(a->vec.ptr != before);
        CHECK(all_bytes(a->vec.ptr, 'x', 32));
    }
    uint32_t sweeps = stats().sweeps;
    gc_check();
    CHECK_EQ(stats().sweeps, sweeps + 1);
    VERIFY();
}
#endif

int main(void) {
    RUN(init_empty);
    RUN(report_format);
    RUN(alloc_objects);
    RUN(mark_and_sweep);
    RUN(mark_ignores_non_heap);
    RUN(temp_roots);
    RUN(deep_and_wide);
    RUN(vec_grow_shrink_free);
    RUN(vec_top_grows_in_place);
    RUN(vec_non_top_moves);
    RUN(compaction);
    RUN(static_and_local_vec_owners);
    RUN(dead_owner_vector_reclaimed);
    RUN(collect_when_short);
    RUN(out_of_memory);
    RUN(grow_non_top_by_rotation);
    RUN(resize_keeps_its_owner);
    RUN(threshold);
    RUN(fail_injection);
    RUN(malloc_basic);
    RUN(malloc_release_owner);
    RUN(finaliser_frees);
    RUN(verify_detects);
#ifdef GC_STRESS
    RUN(stress_moves_everything);
#endif
    return check_done();
}
