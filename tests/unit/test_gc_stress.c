/*
 * test_gc_stress.c - random allocate / resize / link / drop / malloc /
 * release steps against a model kept outside the heap, with collections,
 * full heap verification and content checks at random points.
 *
 * The model knows every item (an object with a byte vector, a link to
 * another item and maybe a malloc area) and every malloc area.  After an
 * explicit gc_collect it predicts exactly which items are finalised and
 * how many objects and vectors remain; at any time it predicts the bytes
 * of every reachable vector and area.  GC_SEED=n in the environment runs
 * only that seed (to reproduce a failure).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/gc.h"
#include "check.h"

#define POOL_SIZE (48 * 1024)
static uint64_t pool[POOL_SIZE / 8];

#define NSLOTS 48
#define MAXN 6000  /* items (and areas) per run */
#define NOWNERS 3  /* malloc owners 1..3 */

typedef struct Item {
    GcObj h;
    GcVec data;
    struct Item *next;
    void *area;
    uint32_t id;
    uint32_t len;  /* bytes in use in data */
    uint32_t free_area; /* finaliser gc_frees the area */
} Item;

/* model of an item, indexed by id */
static struct MItem {
    Item *p;
    uint32_t len;
    int next;      /* id or -1 */
    int area;      /* area id or -1 */
    bool exists;   /* allocated and not known to be finalised */
    bool final;    /* finalised */
    bool reach;    /* scratch: reachable from the slots */
} mi[MAXN];
static int nitems;

/* model of a malloc area, indexed by area id */
static struct MArea {
    uint8_t *p;
    uint32_t len;
    int owner;     /* 1..NOWNERS */
    bool released; /* its owner was released */
    int item;      /* the item referencing it, or -1 */
    bool exists;
} ma[MAXN];
static int nareas;

static Item *slot[NSLOTS];
static int slot_id[NSLOTS];
static int bad_final = -1; /* id of a wrongly finalised item */

static uint32_t rng;
static uint32_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}
static uint32_t below(uint32_t n) { return n ? rnd() % n : 0; }

static uint8_t item_byte(uint32_t id, uint32_t i) { return (uint8_t)(id * 131 + i * 7 + (i >> 8)); }
static uint8_t area_byte(int a, uint32_t i) { return (uint8_t)(a * 17 + i + 1); }

static void item_mark(GcObj *o) {
    Item *it = (Item *)o;
    gc_mark(it->next);
    gc_mark(it->area);
    gc_mark_vec(&it->data);
}

static void compute_reach(void);
static void item_final(GcObj *o) {
    Item *it = (Item *)o;
    struct MItem *m = &mi[it->id];
    if (!m->exists || m->final || m->reach)
        bad_final = (int)it->id;
    m->final = true;
    m->exists = false;
    if (it->free_area && it->area) {
        gc_free(it->area);
        ma[m->area].exists = false;
    }
    if (m->area >= 0 && ma[m->area].item == (int)it->id)
        ma[m->area].item = -1;
}
static const GcType item_type = {"item", item_mark, item_final};

static void mark_slots(void *ctx) {
    (void)ctx;
    for (int i = 0; i < NSLOTS; i++)
        gc_mark(slot[i]);
}

/* reachability in the model: slots, then next links; the finaliser
 * relies on `reach` being up to date whenever a collection can run */
static void compute_reach(void) {
    for (int i = 0; i < nitems; i++)
        mi[i].reach = false;
    for (int s = 0; s < NSLOTS; s++)
        for (int id = slot_id[s]; id >= 0 && !mi[id].reach; id = mi[id].next)
            mi[id].reach = true;
}

static int random_reachable(void) {
    int s = (int)below(NSLOTS);
    int id = slot_id[s];
    while (id >= 0 && mi[id].next >= 0 && below(3) == 0)
        id = mi[id].next;
    return id;
}

/* ---- checks ---- */

static const char *check_contents(void) {
    static char why[120];
    for (int id = 0; id < nitems; id++) {
        struct MItem *m = &mi[id];
        if (!m->reach)
            continue;
        Item *it = m->p;
        if (!m->exists || it->id != (uint32_t)id || it->len != m->len)
            return snprintf(why, sizeof why, "item %d header", id), why;
        if (it->data.cap < m->len)
            return snprintf(why, sizeof why, "item %d cap %u < len %u", id,
                            (unsigned)it->data.cap, (unsigned)m->len), why;
        for (uint32_t i = 0; i < it->data.cap; i++)
            if (((uint8_t *)it->data.ptr)[i] != (i < m->len ? item_byte((uint32_t)id, i) : 0))
                return snprintf(why, sizeof why, "item %d byte %u", id, (unsigned)i), why;
        Item *nx = m->next >= 0 ? mi[m->next].p : NULL;
        if (it->next != nx)
            return snprintf(why, sizeof why, "item %d link", id), why;
    }
    for (int a = 0; a < nareas; a++) {
        struct MArea *r = &ma[a];
        if (!r->exists)
            continue;
        if (r->released && (r->item < 0 || !mi[r->item].reach))
            continue; /* may be gone any time now */
        for (uint32_t i = 0; i < r->len; i++)
            if (r->p[i] != area_byte(a, i))
                return snprintf(why, sizeof why, "area %d byte %u", a, (unsigned)i), why;
    }
    return NULL;
}

/* after an explicit collection the model predicts the heap exactly */
static const char *check_after_collect(void) {
    static char why[120];
    uint32_t objs = 0, vecs = 0;
    for (int id = 0; id < nitems; id++) {
        struct MItem *m = &mi[id];
        if (m->exists != m->reach)
            return snprintf(why, sizeof why, "item %d exists=%d reach=%d", id,
                            m->exists, m->reach), why;
        if (m->reach) {
            objs++;
            vecs += m->p->data.ptr != NULL;
        }
    }
    for (int a = 0; a < nareas; a++) {
        struct MArea *r = &ma[a];
        if (!r->exists)
            continue;
        if (r->released && (r->item < 0 || !mi[r->item].reach)) {
            r->exists = false; /* collected now */
            continue;
        }
        objs++;
    }
    GcStats s;
    gc_stats(&s);
    if (s.cur_objs != objs || s.cur_vecs != vecs)
        return snprintf(why, sizeof why, "objs %u/%u vecs %u/%u (heap/model)",
                        (unsigned)s.cur_objs, (unsigned)objs,
                        (unsigned)s.cur_vecs, (unsigned)vecs), why;
    return NULL;
}

/* ---- steps ---- */

static uint32_t random_len(void) {
    switch (below(8)) {
    case 0: return 0;
    case 1: return below(4000);
    case 2: case 3: return below(400);
    default: return below(64);
    }
}

static int ooms, injected_ooms;
static bool injecting;

/* a failed allocation must come after a collection (unless injected) */
#define ALLOC_FAILED(sweeps_before)                                          \
    do {                                                                     \
        GcStats s_;                                                          \
        gc_stats(&s_);                                                       \
        if (injecting)                                                       \
            injected_ooms++;                                                 \
        else                                                                 \
            ooms++;                                                          \
        CHECK_MSG(injecting || s_.sweeps > (sweeps_before),                  \
                  "allocation failed without collecting");                   \
    } while (0)

static uint32_t sweeps_now(void) {
    GcStats s;
    gc_stats(&s);
    return s.sweeps;
}

/* resize item id's vector to len, keeping the model in step */
static bool resize_item(int id, uint32_t len) {
    Item *it = mi[id].p;
    uint32_t old = mi[id].len;
    uint32_t oldcap = it->data.cap;
    if (!gc_vec_resize(&it->data, len)) {
        if (it->data.cap != oldcap)
            return false;
        return true; /* failure handled by the caller via cap/len */
    }
    it = mi[id].p; /* (objects never move, but be explicit) */
    uint8_t *d = it->data.ptr;
    for (uint32_t i = old; i < it->data.cap && i < len; i++)
        if (d[i] != 0)
            return false; /* new bytes must be zero */
    for (uint32_t i = old; i < len; i++)
        d[i] = item_byte((uint32_t)id, i);
    it->len = len;
    mi[id].len = len;
    return true;
}

static void run_seed(unsigned seed, int steps) {
    gc_init(pool, sizeof pool);
    gc_add_roots(mark_slots, NULL);
    memset(mi, 0, sizeof mi);
    memset(ma, 0, sizeof ma);
    nitems = nareas = 0;
    for (int s = 0; s < NSLOTS; s++) {
        slot[s] = NULL;
        slot_id[s] = -1;
    }
    bad_final = -1;
    rng = seed ? seed : 1;
    int inject_left = 0;
    int collects = 0, verifies = 0;

    for (int step = 0; step < steps && nitems < MAXN - 1 && nareas < MAXN - 1; step++) {
        compute_reach();
        uint32_t sw = sweeps_now();
        uint32_t op = below(100);
        if (inject_left > 0 && --inject_left == 0) {
            gc_fail_after(-1);
            injecting = false;
        }
        if (op < 30) { /* new item into a slot */
            int s = (int)below(NSLOTS);
            Item *it = gc_alloc(&item_type, sizeof(Item));
            if (!it) {
                ALLOC_FAILED(sw);
                continue;
            }
            int id = nitems++;
            it->id = (uint32_t)id;
            mi[id] = (struct MItem){it, 0, -1, -1, true, false, false};
            slot[s] = it; /* rooted before anything else can allocate */
            slot_id[s] = id;
            compute_reach();
            uint32_t len = random_len();
            sw = sweeps_now();
            CHECK_MSG(resize_item(id, len), "seed %u step %d: new vector", seed, step);
            if (mi[id].len != len)
                ALLOC_FAILED(sw);
        } else if (op < 50) { /* resize a reachable item */
            int id = random_reachable();
            if (id < 0)
                continue;
            uint32_t len = below(4) ? (uint32_t)(mi[id].len * (below(5) + 1) / 3 + below(20))
                                    : random_len();
            if (len > 20000) /* larger than the pool fails without collecting */
                len = below(20000);
            CHECK_MSG(resize_item(id, len), "seed %u step %d: resize", seed, step);
            if (mi[id].len != len)
                ALLOC_FAILED(sw);
        } else if (op < 60) { /* drop a slot */
            int s = (int)below(NSLOTS);
            slot[s] = NULL;
            slot_id[s] = -1;
        } else if (op < 68) { /* link two items (or unlink) */
            int a = random_reachable(), b = below(4) ? random_reachable() : -1;
            if (a < 0)
                continue;
            mi[a].p->next = b >= 0 ? mi[b].p : NULL;
            mi[a].next = b;
        } else if (op < 80) { /* malloc an area, loose or for an item */
            int owner = 1 + (int)below(NOWNERS);
            uint32_t len = below(3) ? below(100) : below(1500);
            uint8_t *p = below(2) ? gc_malloc(owner, len) : gc_calloc(owner, len, 1);
            if (!p) {
                ALLOC_FAILED(sw);
                continue;
            }
            for (uint32_t i = 0; i < len; i++) {
                CHECK_MSG(p[i] == 0, "seed %u step %d: malloc not zeroed", seed, step);
                p[i] = area_byte(nareas, i);
            }
            int a = nareas++;
            ma[a] = (struct MArea){p, len, owner, false, -1, true};
            int id = random_reachable();
            if (id >= 0 && below(2)) { /* hand it to an item */
                int olda = mi[id].area;
                if (olda >= 0)
                    ma[olda].item = -1; /* old one becomes loose */
                mi[id].p->area = p;
                mi[id].p->free_area = below(2);
                mi[id].area = a;
                ma[a].item = id;
                if (olda >= 0 && ma[olda].released)
                    ma[olda].exists = false; /* unreferenced: collectable */
            }
        } else if (op < 85) { /* free or realloc a loose owned area */
            int a = (int)below((uint32_t)nareas);
            struct MArea *r = &ma[a];
            if (!r->exists || r->released || r->item >= 0)
                continue;
            if (below(2)) {
                gc_free(r->p);
                r->exists = false;
            } else {
                uint32_t len = below(2000);
                uint8_t *q = gc_realloc(r->owner, r->p, len);
                if (!q && len) {
                    ALLOC_FAILED(sw);
                    continue;
                }
                if (!len) {
                    r->exists = false;
                    continue;
                }
                for (uint32_t i = 0; i < len && i < r->len; i++)
                    CHECK_MSG(q[i] == area_byte(a, i), "seed %u step %d: realloc lost data",
                              seed, step);
                for (uint32_t i = r->len; i < len; i++)
                    q[i] = area_byte(a, i);
                r->p = q;
                r->len = len;
            }
        } else if (op < 87) { /* unload a module, then "reload" it */
            int o = 1 + (int)below(NOWNERS);
            gc_release_owner(o);
            for (int a = 0; a < nareas; a++)
                if (ma[a].exists && ma[a].owner == o) {
                    ma[a].released = true;
                    if (ma[a].item < 0)
                        ma[a].exists = false; /* collectable: forget it */
                }
        } else if (op < 89) {
            gc_check();
        } else if (op < 92) { /* full collection: exact predictions */
            gc_collect();
            collects++;
            CHECK_MSG(bad_final < 0, "seed %u step %d: item %d finalised while reachable",
                      seed, step, bad_final);
            const char *e = check_after_collect();
            CHECK_MSG(!e, "seed %u step %d: after collect: %s", seed, step, e);
            e = gc_verify();
            CHECK_MSG(!e, "seed %u step %d: gc_verify: %s", seed, step, e);
        } else if (op < 97) {
            const char *e = gc_verify();
            verifies++;
            CHECK_MSG(!e, "seed %u step %d: gc_verify: %s", seed, step, e);
            e = check_contents();
            CHECK_MSG(!e, "seed %u step %d: contents: %s", seed, step, e);
        } else if (!injecting) { /* injected failures for a few steps */
            gc_fail_after((int)below(3));
            injecting = true;
            inject_left = 1 + (int)below(6);
        }
        CHECK_MSG(bad_final < 0, "seed %u step %d: item %d finalised while reachable", seed,
                  step, bad_final);
    }
    gc_fail_after(-1);
    injecting = false;
    compute_reach();
    gc_collect();
    const char *e = check_after_collect();
    CHECK_MSG(!e, "seed %u end: %s", seed, e);
    e = gc_verify();
    CHECK_MSG(!e, "seed %u end: gc_verify: %s", seed, e);
    e = check_contents();
    CHECK_MSG(!e, "seed %u end: contents: %s", seed, e);
    CHECK_MSG(collects > 10 && verifies > 10, "too few checks");
}

static int steps = 20000;
static uint32_t only_seed;

TEST(random_model) {
    GcStats s;
    int total_ooms = 0, total_injected = 0;
    uint32_t sweeps = 0, compacts = 0;
    static const uint32_t seeds[] = {1, 2, 3, 0xC0FFEE, 12345};
    for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        unsigned seed = (unsigned)(only_seed ? only_seed : seeds[i]);
        ooms = injected_ooms = 0;
        run_seed(seed, steps);
        if (check_current_failed)
            return;
        gc_stats(&s);
        sweeps += s.sweeps;
        compacts += s.compacts;
        total_ooms += ooms;
        total_injected += injected_ooms;
        if (only_seed)
            break;
    }
    printf("# random_model: %d steps/seed, %u sweeps, %u compacts, %d real and %d "
           "injected allocation failures\n",
           steps, (unsigned)sweeps, (unsigned)compacts, total_ooms, total_injected);
    /* the pool is small enough that collections happen on their own */
    CHECK(sweeps > 50);
    CHECK(total_injected > 0);
}

int main(void) {
    const char *e = getenv("GC_SEED");
    if (e)
        only_seed = (uint32_t)strtoul(e, NULL, 0);
    e = getenv("GC_STEPS");
    if (e)
        steps = atoi(e);
    RUN(random_model);
    return check_done();
}
