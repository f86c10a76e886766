/*
 * test_mrfs_random.c - MRFS over long random runs, and on bad input.
 *
 *  - long_run: thousands of random replacements, deletions and compactions
 *    of files from 0 bytes to ~2.5 pages in a small store; every write is
 *    read back, the whole model is verified periodically and after
 *    remounts; explicit compactions must leave exactly the live data; the
 *    wear spread (simulator's erase counters, max/mean) must stay even;
 *    MRFS's own erase counts are compared with the simulator's.
 *  - tight_run: a nearly full store with big files: refused writes leave
 *    no compaction half done, deletions always work.
 *  - random_cuts: the same with the power cut at random operations (clean
 *    or torn), remount and full verification after each.
 *  - bad_images: random bytes, truncated/overlapping entries, bad CRCs,
 *    unterminated names, sizes past the end, and a real store with random
 *    damage: mount/find/list/check/probe must not crash or read outside the
 *    store (ASan checks the exact-size buffer), and bad entries are skipped
 *    and counted.
 */
#include "check.h"
#include "mrfs_testutil.h"

#define PAGE 512
#define PAGES 32
#define NF 12

static FlashSim sim;
static MrfsFlash fl;
static MrfsStore st;
static TuModel model;

static uint32_t rand_size(void) {
    uint32_t k = tu_range(0, 99);
    if (k < 8)
        return 0;
    if (k < 70)
        return tu_range(1, 400);
    if (k < 92)
        return tu_range(400, 1100);
    return tu_range(1100, 1300); /* 2.5 pages: straddles several boundaries */
}

static uint32_t vcount;
static unsigned long stored_bytes; /* data bytes of completed writes */

static int do_write(int id, uint32_t size) {
    static uint8_t buf[2048];
    char name[32];
    uint32_t ver = ++vcount;
    tu_name(name, id);
    tu_fill(buf, id, ver, size);
    TuFile *f = &model.f[id];
    f->pending = 1;
    f->p_exists = 1;
    f->p_ver = ver;
    f->p_size = size;
    int r = mrfs_write(&st, name, buf, size, ver);
    if (r == 0) {
        *f = (TuFile){.exists = 1, .ver = ver, .size = size};
        stored_bytes += size;
    } else if (r == MRFS_ENOSPC) {
        f->pending = 0;
    }
    return r;
}

static int do_delete(int id) {
    char name[32];
    tu_name(name, id);
    TuFile *f = &model.f[id];
    f->pending = 1;
    f->p_exists = 0;
    int r = mrfs_delete(&st, name, 1);
    if (r == 0 || (r == MRFS_ENOENT && !f->exists))
        *f = (TuFile){0};
    else if (r == MRFS_ENOSPC)
        f->pending = 0;
    return r == MRFS_ENOENT && !f->exists ? 0 : r;
}

static int one_op(void) {
    int id = (int)tu_range(0, NF - 1);
    uint32_t k = tu_range(0, 99);
    if (k < 82)
        return do_write(id, rand_size());
    if (k < 97)
        return do_delete(id);
    return mrfs_compact(&st);
}

TEST(long_run) {
    CHECK_EQ(flashsim_init(&sim, PAGES * PAGE, PAGE, 8), 0);
    fl = flashsim_mrfs(&sim, 0, PAGES * PAGE);
    CHECK_EQ(mrfs_format(&st, &fl, 1), 0);
    memset(&model, 0, sizeof model);
    model.n = NF;
    tu_rng = 7;
    long nospc = 0, ops = 6000;
    stored_bytes = 0;
    for (long i = 0; i < ops; i++) {
        int r = one_op();
        CHECK_MSG(r == 0 || r == MRFS_ENOSPC, "op %ld: %d", i, r);
        nospc += r == MRFS_ENOSPC;
        if (i % 97 == 0) {
            const char *why = tu_verify(&st, &model, 0);
            CHECK_MSG(!why, "op %ld: %s", i, why);
        }
        if (i % 1000 == 999) { /* remount, explicit compaction leaves only live data */
            CHECK_EQ(mrfs_mount(&st, &fl, 0), 0);
            const char *why = tu_verify(&st, &model, 0);
            CHECK_MSG(!why, "after remount at %ld: %s", i, why);
            CHECK_EQ(mrfs_compact(&st), 0);
            MrfsStat s;
            CHECK_EQ(mrfs_stat(&st, &s), 0);
            /* deletions whose older version was erased by this compaction
             * are dropped by the next one */
            CHECK(s.used_bytes >= s.live_bytes && s.used_bytes <= s.live_bytes + 96 * NF);
            CHECK_EQ(mrfs_compact(&st), 0);
            CHECK_EQ(mrfs_stat(&st, &s), 0);
            CHECK_EQ(s.used_bytes, s.live_bytes);
            CHECK_EQ(mrfs_check(&st, NULL, NULL), 0);
        }
        CHECK_MSG(sim.violations == 0, "op %ld: %s", i, sim.why);
    }
    /* wear: simulator counts (exact) and MRFS's own */
    uint32_t max = 0, min = 0xFFFFFFFF;
    unsigned long sum = 0;
    long mr_max = 0;
    for (uint32_t p = 0; p < PAGES; p++) {
        sum += sim.erases[p];
        if (sim.erases[p] > max)
            max = sim.erases[p];
        if (sim.erases[p] < min)
            min = sim.erases[p];
        long c = mrfs_erase_count(&st, p);
        CHECK(c >= 0 && c <= (long)sim.erases[p]);
        if (c > mr_max)
            mr_max = c;
    }
    double mean = (double)sum / PAGES;
    MrfsStat s;
    CHECK_EQ(mrfs_stat(&st, &s), 0);
    printf("# long run: %ld ops (%ld refused as full) in %u x %u B pages, %u compactions, "
           "%lu erases, %lu programs, %.2f bytes programmed per byte stored\n",
           ops, nospc, PAGES, PAGE, (unsigned)s.compactions, sim.n_erase, sim.n_program,
           (double)sim.bytes_programmed / (double)stored_bytes);
    printf("# wear: erases per page min %u, mean %.1f, max %u, max/mean %.2f; MRFS's own "
           "counts max %ld (of %u)\n",
           (unsigned)min, mean, (unsigned)max, max / mean, mr_max, (unsigned)max);
    /* no page is erased more than about once per compaction (the limit for
     * the flash's life), and every page takes part */
    CHECK_MSG(max <= s.compactions + s.compactions / 10, "max %u for %u compactions", (unsigned)max,
              (unsigned)s.compactions);
    CHECK_MSG(max / mean < 1.6, "uneven wear: max %u mean %.1f", (unsigned)max, mean);
    CHECK(min > 0);
    CHECK(mr_max * 10 >= (long)max * 8); /* MRFS's counts are close to the truth */
    flashsim_close(&sim);
}

/* a nearly full store: big files, writes refused now and then; a refused
 * write must leave a finished store (no compaction left half done) and
 * deleting must always be possible and make room */
TEST(tight_run) {
    CHECK_EQ(flashsim_init(&sim, PAGES * PAGE, PAGE, 8), 0);
    fl = flashsim_mrfs(&sim, 0, PAGES * PAGE);
    CHECK_EQ(mrfs_format(&st, &fl, 1), 0);
    memset(&model, 0, sizeof model);
    model.n = NF;
    tu_rng = 3;
    long refused = 0, deleted_for_room = 0;
    for (long i = 0; i < 2500; i++) {
        int id = (int)tu_range(0, NF - 1);
        uint32_t size = tu_range(0, 9) < 3 ? tu_range(900, 1300) : tu_range(200, 900);
        int r = tu_range(0, 9) ? do_write(id, size) : do_delete(id);
        if (r == MRFS_ENOSPC) {
            refused++;
            CHECK_MSG(mrfs_check(&st, NULL, NULL) == 0, "op %ld: store left unfinished", i);
            /* make room: delete another file, which must work */
            int victim = (id + 1 + (int)tu_range(0, NF - 2)) % NF;
            if (model.f[victim].exists) {
                CHECK_MSG(do_delete(victim) == 0, "op %ld: delete refused", i);
                deleted_for_room++;
            }
            continue;
        }
        CHECK_MSG(r == 0, "op %ld: %d", i, r);
        CHECK_MSG(sim.violations == 0, "op %ld: %s", i, sim.why);
        if (i % 101 == 0) {
            const char *why = tu_verify(&st, &model, 0);
            CHECK_MSG(!why, "op %ld: %s", i, why);
        }
    }
    CHECK(refused > 10);
    const char *why = tu_verify(&st, &model, 0);
    CHECK_MSG(!why, "%s", why);
    printf("# tight run: 2500 ops in a nearly full store, %ld refused as full, %ld deletions to "
           "make room\n",
           refused, deleted_for_room);
    flashsim_close(&sim);
}

TEST(random_cuts) {
    CHECK_EQ(flashsim_init(&sim, PAGES * PAGE, PAGE, 8), 0);
    fl = flashsim_mrfs(&sim, 0, PAGES * PAGE);
    CHECK_EQ(mrfs_format(&st, &fl, 1), 0);
    memset(&model, 0, sizeof model);
    model.n = NF;
    tu_rng = 99;
    int cuts = 0;
    for (long i = 0; i < 2500; i++) {
        if (i % 25 == 0) /* power fails within the next few hundred operations */
            flashsim_cut(&sim, sim.ops + tu_range(1, 400), (int)tu_range(0, 1));
        int r = one_op();
        if (sim.dead) {
            cuts++;
            flashsim_power_on(&sim);
            r = mrfs_mount(&st, &fl, 0);
            CHECK_MSG(r == 0, "op %ld: mount after cut: %d", i, r);
            const char *why = tu_verify(&st, &model, 0);
            CHECK_MSG(!why, "op %ld, after cut %d: %s", i, cuts, why);
            CHECK_MSG(mrfs_check(&st, NULL, NULL) == 0, "op %ld: check after cut", i);
            continue;
        }
        CHECK_MSG(r == 0 || r == MRFS_ENOSPC, "op %ld: %d", i, r);
        CHECK_MSG(sim.violations == 0, "op %ld: %s", i, sim.why);
    }
    flashsim_power_on(&sim);
    const char *why = tu_verify(&st, &model, 0);
    CHECK_MSG(!why, "%s", why);
    CHECK_MSG(sim.violations == 0, "%s", sim.why);
    printf("# random cuts: %d power cuts in 2500 operations, all recovered\n", cuts);
    flashsim_close(&sim);
}

/* ---- bad input ---- */

static int count_cb(void *arg, const MrfsFile *f) {
    /* touch every byte: ASan catches anything outside the store */
    uint32_t *sum = arg;
    for (uint32_t i = 0; i < f->size; i++)
        *sum += f->data[i];
    *sum += (uint32_t)strlen(f->name);
    return 0;
}

/* everything a reader can do; the image is exactly the store (ASan) */
static int exercise(FlashSim *s, int *mounted) {
    MrfsFlash f = flashsim_mrfs(s, 0, s->size);
    MrfsStore ms;
    uint32_t pg, pr, sum = 0;
    mrfs_probe(s->mem, s->size, &pg, &pr);
    int r = mrfs_mount(&ms, &f, MRFS_MOUNT_RDONLY);
    *mounted = r == 0;
    if (r)
        return r;
    MrfsFile mf;
    char name[32];
    for (int id = 0; id < NF; id++) {
        tu_name(name, id);
        if (mrfs_find(&ms, name, &mf) == 0)
            count_cb(&sum, &mf);
    }
    mrfs_list(&ms, count_cb, &sum);
    MrfsStat stt;
    mrfs_stat(&ms, &stt);
    mrfs_check(&ms, NULL, NULL);
    return (int)ms.bad;
}

static uint8_t clean[PAGES * PAGE];

/* a real store to damage */
static void make_store(void) {
    flashsim_init(&sim, PAGES * PAGE, PAGE, 8);
    fl = flashsim_mrfs(&sim, 0, PAGES * PAGE);
    mrfs_format(&st, &fl, 1);
    memset(&model, 0, sizeof model);
    model.n = NF;
    tu_rng = 5;
    for (int i = 0; i < 40; i++)
        one_op();
    memcpy(clean, sim.mem, sizeof clean);
    flashsim_close(&sim);
}

TEST(bad_images) {
    FlashSim s;
    int mounted;
    make_store();
    /* random bytes: not a store */
    for (int i = 0; i < 20; i++) {
        CHECK_EQ(flashsim_init(&s, PAGES * PAGE, PAGE, 8), 0);
        for (uint32_t j = 0; j < s.size; j++)
            s.mem[j] = (uint8_t)tu_rand();
        CHECK_EQ(exercise(&s, &mounted), MRFS_ENOFS);
        uint32_t pg, pr;
        CHECK_EQ(mrfs_probe(s.mem, s.size, &pg, &pr), MRFS_ENOFS);
        flashsim_close(&s);
    }
    /* the clean store has no bad entries */
    CHECK_EQ(flashsim_init(&s, PAGES * PAGE, PAGE, 8), 0);
    memcpy(s.mem, clean, sizeof clean);
    CHECK_EQ(exercise(&s, &mounted), 0);
    CHECK(mounted);
    /* every header in turn: damaged in one of several ways */
    int damaged = 0;
    for (uint32_t off = 0; off < sizeof clean; off += 32) {
        const uint8_t *h = clean + off;
        if (h[0] != 'M' || h[1] != 'R' || h[2] != 'F' || h[3] != '1')
            continue;
        for (int how = 0; how < 6; how++) {
            memcpy(s.mem, clean, sizeof clean);
            uint8_t *p = s.mem + off;
            uint32_t size = p[12] | p[13] << 8;
            switch (how) {
            case 0: p[64 + size / 2] ^= 0x55; break; /* bad CRC (data) */
            case 1:
                p[12] = 0xF0;
                p[13] = 0xFF;
                p[14] = 0x7F;
                break;                              /* size past the end */
            case 2: memset(p + 24, 'x', 32); break; /* unterminated name */
            case 3:
                p[12] = (uint8_t)(size + 700);
                p[13] = (uint8_t)((size + 700) >> 8); /* overlaps the next */
                { /* with a correct header CRC: a truncated/overlapping entry */
                    uint32_t c = mrfs_crc32(0, p, 60);
                    memcpy(p + 60, &c, 4);
                }
                break;
            case 4: memset(p + 64, 0xFF, size); break; /* data erased */
            default: p[4] ^= 0x20; break;              /* wrong `where` */
            }
            int bad = exercise(&s, &mounted);
            if (mounted) {
                CHECK_MSG(bad >= 0, "damage %d at %#x: %d", how, (unsigned)off, bad);
                damaged++;
            }
        }
    }
    CHECK(damaged > 20);
    /* random damage anywhere */
    for (int i = 0; i < 300; i++) {
        memcpy(s.mem, clean, sizeof clean);
        int n = (int)tu_range(1, 40);
        for (int j = 0; j < n; j++)
            s.mem[tu_range(0, sizeof clean - 1)] ^= (uint8_t)(1u << tu_range(0, 7));
        exercise(&s, &mounted);
    }
    /* a truncated image (smaller than the store it describes) */
    flashsim_close(&s);
    CHECK_EQ(flashsim_init(&s, PAGES * PAGE / 2, PAGE, 8), 0);
    memcpy(s.mem, clean, PAGES * PAGE / 2);
    CHECK(exercise(&s, &mounted) == MRFS_ENOFS || mounted);
    flashsim_close(&s);
}

/* bad entries are skipped: an older good version shows, and they are counted */
TEST(bad_entry_skipped) {
    CHECK_EQ(flashsim_init(&sim, PAGES * PAGE, PAGE, 8), 0);
    fl = flashsim_mrfs(&sim, 0, PAGES * PAGE);
    CHECK_EQ(mrfs_format(&st, &fl, 1), 0);
    CHECK_EQ(mrfs_write(&st, "cfg", "old", 3, 1), 0);
    CHECK_EQ(mrfs_write(&st, "cfg", "new!", 4, 2), 0);
    MrfsFile f;
    CHECK_EQ(mrfs_find(&st, "cfg", &f), 0);
    sim.mem[f.offset + 64] ^= 1; /* rot a bit of the new version */
    MrfsStore ro;
    CHECK_EQ(mrfs_mount(&ro, &fl, MRFS_MOUNT_RDONLY), 0);
    CHECK_EQ(ro.bad, 1);
    CHECK_EQ(mrfs_find(&ro, "cfg", &f), 0);
    CHECK(f.size == 3 && !memcmp(f.data, "old", 3));
    CHECK_EQ(mrfs_check(&ro, NULL, NULL), 1);
    /* a compaction drops it; the store is clean again */
    CHECK_EQ(mrfs_mount(&st, &fl, 0), 0);
    CHECK_EQ(mrfs_compact(&st), 0);
    CHECK_EQ(mrfs_mount(&ro, &fl, 0), 0);
    CHECK_EQ(ro.bad, 0);
    CHECK_EQ(mrfs_check(&ro, NULL, NULL), 0);
    CHECK_EQ(mrfs_find(&ro, "cfg", &f), 0);
    CHECK(f.size == 3 && !memcmp(f.data, "old", 3));
    CHECK_MSG(sim.violations == 0, "%s", sim.why);
    flashsim_close(&sim);
}

int main(void) {
    RUN(long_run);
    RUN(tight_run);
    RUN(random_cuts);
    RUN(bad_images);
    RUN(bad_entry_skipped);
    return check_done();
}
