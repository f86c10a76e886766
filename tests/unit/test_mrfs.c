/*
 * test_mrfs.c - MRFS functional tests: format, write/read back, replace,
 * delete, list, streamed writes, compaction, remount, hold/generation,
 * admission (store full), names, stat/check, every program size.
 * Power cuts: test_mrfs_power.c; long random run and bad input:
 * test_mrfs_random.c.
 */
#include "check.h"
#include "mrfs_testutil.h"

#include <unistd.h>

static FlashSim sim;
static MrfsStore st;
static MrfsFlash fl;

static int setup(uint32_t size, uint32_t page, uint32_t prog) {
    if (flashsim_init(&sim, size, page, prog) < 0)
        return -1;
    fl = flashsim_mrfs(&sim, 0, size);
    return mrfs_format(&st, &fl, 1000);
}

static int read_eq(const char *name, const void *data, uint32_t size) {
    MrfsFile f;
    if (mrfs_find(&st, name, &f) < 0)
        return 0;
    return f.size == size && memcmp(f.data, data, size) == 0;
}

TEST(format_and_empty) {
    CHECK_EQ(setup(64 * 1024, 2048, 8), 0);
    CHECK_EQ(mrfs_list(&st, NULL, NULL), 0);
    MrfsFile f;
    CHECK_EQ(mrfs_find(&st, "nothing", &f), MRFS_ENOENT);
    CHECK_EQ(mrfs_check(&st, NULL, NULL), 0);
    uint32_t pg, pr;
    CHECK_EQ(mrfs_probe(sim.mem, sim.size, &pg, &pr), 0);
    CHECK_EQ(pg, 2048);
    CHECK_EQ(pr, 8);
    /* an erased image is not an MRFS store */
    FlashSim blank;
    CHECK_EQ(flashsim_init(&blank, 64 * 1024, 2048, 8), 0);
    MrfsFlash bf = flashsim_mrfs(&blank, 0, 64 * 1024);
    MrfsStore bs;
    CHECK_EQ(mrfs_mount(&bs, &bf, 0), MRFS_ENOFS);
    CHECK_EQ(mrfs_probe(blank.mem, blank.size, &pg, &pr), MRFS_ENOFS);
    flashsim_close(&blank);
    CHECK_EQ(sim.violations, 0);
    flashsim_close(&sim);
}

TEST(write_read_replace_delete) {
    CHECK_EQ(setup(64 * 1024, 2048, 8), 0);
    CHECK_EQ(mrfs_write(&st, "a", "hello", 5, 2000), 0);
    CHECK_EQ(mrfs_write(&st, "b", "", 0, 2001), 0);
    CHECK(read_eq("a", "hello", 5));
    CHECK(read_eq("b", "", 0));
    MrfsFile f;
    CHECK_EQ(mrfs_find(&st, "a", &f), 0);
    CHECK_EQ(f.mtime, 2000);
    CHECK_STR(f.name, "a");
    CHECK_EQ((uintptr_t)f.data % 32, (uintptr_t)sim.mem % 32);
    const uint8_t *old = f.data;
    CHECK_EQ(mrfs_write(&st, "a", "world!", 6, 2002), 0);
    CHECK(read_eq("a", "world!", 6));
    /* replacing without compaction leaves the old bytes in place */
    CHECK(memcmp(old, "hello", 5) == 0);
    CHECK_EQ(mrfs_list(&st, NULL, NULL), 2);
    CHECK_EQ(mrfs_delete(&st, "a", 2003), 0);
    CHECK_EQ(mrfs_find(&st, "a", &f), MRFS_ENOENT);
    CHECK_EQ(mrfs_delete(&st, "a", 2003), MRFS_ENOENT);
    CHECK_EQ(mrfs_list(&st, NULL, NULL), 1);
    /* remount sees the same */
    MrfsStore st2;
    CHECK_EQ(mrfs_mount(&st2, &fl, 0), 0);
    CHECK_EQ(mrfs_find(&st2, "a", &f), MRFS_ENOENT);
    CHECK_EQ(mrfs_find(&st2, "b", &f), 0);
    CHECK_EQ(f.size, 0);
    CHECK_EQ(st2.bad, 0);
    CHECK_EQ(mrfs_check(&st2, NULL, NULL), 0);
    CHECK_EQ(sim.violations, 0);
    flashsim_close(&sim);
}

TEST(names) {
    CHECK_EQ(setup(64 * 1024, 2048, 8), 0);
    CHECK_EQ(mrfs_write(&st, "", "x", 1, 0), MRFS_EINVAL);
    CHECK_EQ(mrfs_write(&st, "has space", "x", 1, 0), MRFS_EINVAL);
    CHECK_EQ(mrfs_write(&st, "0123456789012345678901234567890", "x", 1, 0), 0); /* 31 */
    CHECK_EQ(mrfs_write(&st, "01234567890123456789012345678901", "x", 1, 0), MRFS_ENAMETOOLONG);
    MrfsFile f;
    CHECK_EQ(mrfs_find(&st, "01234567890123456789012345678901", &f), MRFS_ENAMETOOLONG);
    CHECK_EQ(mrfs_find(&st, "0123456789012345678901234567890", &f), 0);
    CHECK_EQ(strlen(f.name), 31);
    CHECK_EQ(mrfs_find(&st, "012345678901234567890123456789", &f), MRFS_ENOENT); /* prefix */
    CHECK_EQ(mrfs_write(&st, "Case", "1", 1, 0), 0);
    CHECK_EQ(mrfs_find(&st, "case", &f), MRFS_ENOENT);
    flashsim_close(&sim);
}

TEST(streamed) {
    CHECK_EQ(setup(64 * 1024, 2048, 8), 0);
    static uint8_t buf[5000];
    tu_fill(buf, 7, 1, sizeof buf);
    CHECK_EQ(mrfs_begin(&st, "s", sizeof buf, 5), 0);
    /* a second writer must wait */
    CHECK_EQ(mrfs_begin(&st, "t", 1, 5), MRFS_EBUSY);
    CHECK_EQ(mrfs_delete(&st, "s", 5), MRFS_EBUSY);
    uint32_t done = 0, step = 1;
    while (done < sizeof buf) {
        uint32_t n = step < sizeof buf - done ? step : sizeof buf - done;
        CHECK_EQ(mrfs_append(&st, buf + done, n), 0);
        done += n;
        step = step * 3 % 97 + 1; /* odd chunk sizes across unit boundaries */
        /* not visible until committed */
        MrfsFile f;
        CHECK_EQ(mrfs_find(&st, "s", &f), MRFS_ENOENT);
    }
    CHECK_EQ(mrfs_append(&st, buf, 1), MRFS_EINVAL); /* beyond size: aborted */
    CHECK_EQ(mrfs_commit(&st), MRFS_EINVAL);
    CHECK_EQ(mrfs_begin(&st, "s", sizeof buf, 5), 0);
    CHECK_EQ(mrfs_append(&st, buf, 100), 0);
    CHECK_EQ(mrfs_commit(&st), MRFS_EINVAL); /* short */
    CHECK_EQ(mrfs_begin(&st, "s", sizeof buf, 5), 0);
    CHECK_EQ(mrfs_append(&st, buf, sizeof buf), 0);
    CHECK_EQ(mrfs_commit(&st), 0);
    CHECK(read_eq("s", buf, sizeof buf));
    /* abort keeps the old version */
    CHECK_EQ(mrfs_begin(&st, "s", 10, 5), 0);
    CHECK_EQ(mrfs_append(&st, "0123456789", 10), 0);
    mrfs_abort(&st);
    CHECK(read_eq("s", buf, sizeof buf));
    MrfsStore st2;
    CHECK_EQ(mrfs_mount(&st2, &fl, 0), 0);
    CHECK_EQ(st2.bad, 3); /* the three abandoned writes */
    MrfsFile f;
    CHECK_EQ(mrfs_find(&st2, "s", &f), 0);
    CHECK(f.size == sizeof buf && !memcmp(f.data, buf, sizeof buf));
    CHECK_EQ(mrfs_check(&st2, NULL, NULL), 0);
    CHECK_EQ(sim.violations, 0);
    flashsim_close(&sim);
}

/* every program size and two page sizes: fill, replace, compact */
TEST(geometries) {
    static const uint32_t progs[] = {1, 2, 4, 8, 16, 32};
    static uint8_t buf[3000];
    for (int pg = 0; pg < 2; pg++)
        for (unsigned k = 0; k < sizeof progs / sizeof progs[0]; k++) {
            uint32_t page = pg ? 1024 : 256;
            CHECK_EQ(setup(32 * page, page, progs[k]), 0);
            TuModel m = {.n = 6};
            for (int round = 0; round < 40; round++) {
                int id = (int)tu_range(0, 5);
                uint32_t size = tu_range(0, page / 2);
                tu_fill(buf, id, (uint32_t)round, size);
                char name[32];
                tu_name(name, id);
                int r = mrfs_write(&st, name, buf, size, 7);
                CHECK_MSG(r == 0, "page %u prog %u round %d: write %d", page, progs[k], round, r);
                m.f[id] = (TuFile){.exists = 1, .ver = (uint32_t)round, .size = size};
            }
            const char *why = tu_verify(&st, &m, 0);
            CHECK_MSG(!why, "page %u prog %u: %s", page, progs[k], why);
            CHECK_EQ(mrfs_compact(&st), 0);
            why = tu_verify(&st, &m, 0);
            CHECK_MSG(!why, "after compact, page %u prog %u: %s", page, progs[k], why);
            MrfsStore st2;
            CHECK_EQ(mrfs_mount(&st2, &fl, 0), 0);
            why = tu_verify(&st2, &m, 0);
            CHECK_MSG(!why, "after remount, page %u prog %u: %s", page, progs[k], why);
            CHECK_EQ(mrfs_check(&st2, NULL, NULL), 0);
            CHECK_MSG(sim.violations == 0, "page %u prog %u: %s", page, progs[k], sim.why);
            flashsim_close(&sim);
        }
}

TEST(compaction_reclaims) {
    CHECK_EQ(setup(64 * 1024, 2048, 8), 0);
    static uint8_t buf[4000];
    TuModel m = {.n = 10};
    unsigned long erases0 = sim.n_erase;
    MrfsStat s0;
    CHECK_EQ(mrfs_stat(&st, &s0), 0);
    for (uint32_t round = 0; round < 300; round++) {
        int id = (int)(round % 10);
        uint32_t size = 500 + round * 37 % 3000;
        tu_fill(buf, id, round, size);
        char name[32];
        tu_name(name, id);
        CHECK_EQ(mrfs_write(&st, name, buf, size, round), 0);
        m.f[id] = (TuFile){.exists = 1, .ver = round, .size = size};
    }
    const char *why = tu_verify(&st, &m, 0);
    CHECK_MSG(!why, "%s", why);
    CHECK(sim.n_erase > erases0); /* compactions happened on their own */
    MrfsStat s;
    CHECK_EQ(mrfs_stat(&st, &s), 0);
    CHECK(s.compactions > 0);
    CHECK_EQ(s.files, 10);
    CHECK(s.erase_max >= 1);
    /* generation moved; an explicit compaction leaves exactly the live data */
    uint32_t g = mrfs_gen(&st);
    CHECK_EQ(mrfs_compact(&st), 0);
    CHECK(mrfs_gen(&st) != g);
    CHECK_EQ(mrfs_stat(&st, &s), 0);
    CHECK_EQ(s.used_bytes, s.live_bytes);
    why = tu_verify(&st, &m, 0);
    CHECK_MSG(!why, "%s", why);
    CHECK_EQ(mrfs_check(&st, NULL, NULL), 0);
    CHECK_MSG(sim.violations == 0, "%s", sim.why);
    flashsim_close(&sim);
}

TEST(hold_and_full) {
    CHECK_EQ(setup(32 * 1024, 1024, 8), 0);
    static uint8_t buf[32 * 1024];
    tu_fill(buf, 1, 1, sizeof buf);
    /* too big whatever happens */
    CHECK_EQ(mrfs_write(&st, "big", buf, 20000, 0), MRFS_ENOSPC);
    MrfsStat s;
    CHECK_EQ(mrfs_stat(&st, &s), 0);
    CHECK(s.avail > 0 && s.avail < 32 * 1024);
    /* fill until full: each write either works or says ENOSPC */
    int n = 0, r;
    char name[32];
    while (1) {
        snprintf(name, sizeof name, "f%d", n);
        r = mrfs_write(&st, name, buf, 1000, 0);
        if (r)
            break;
        n++;
    }
    CHECK_EQ(r, MRFS_ENOSPC);
    CHECK(n >= 10);
    /* deleting is still possible and makes room */
    CHECK_EQ(mrfs_delete(&st, "f0", 0), 0);
    CHECK_EQ(mrfs_delete(&st, "f1", 0), 0);
    CHECK_EQ(mrfs_delete(&st, "f3", 0), 0);
    /* held: a write that needs compaction is refused, pointers stay */
    MrfsFile f;
    CHECK_EQ(mrfs_find(&st, "f2", &f), 0);
    uint32_t g = mrfs_gen(&st);
    mrfs_hold(&st);
    CHECK_EQ(mrfs_compact(&st), MRFS_EBUSY);
    r = mrfs_write(&st, "new", buf, 1000, 0);
    CHECK_EQ(r, MRFS_EBUSY);
    CHECK_EQ(mrfs_gen(&st), g);
    CHECK(f.size == 1000 && !memcmp(f.data, buf, 1000));
    mrfs_release(&st);
    CHECK_EQ(mrfs_write(&st, "new", buf, 1000, 0), 0);
    CHECK(mrfs_gen(&st) != g);
    CHECK(read_eq("new", buf, 1000));
    CHECK(read_eq("f2", buf, 1000));
    CHECK_EQ(mrfs_find(&st, "f1", &f), MRFS_ENOENT);
    CHECK_MSG(sim.violations == 0, "%s", sim.why);
    flashsim_close(&sim);
}

TEST(readonly_mount) {
    CHECK_EQ(setup(64 * 1024, 2048, 8), 0);
    CHECK_EQ(mrfs_write(&st, "a", "1", 1, 0), 0);
    MrfsStore ro;
    CHECK_EQ(mrfs_mount(&ro, &fl, MRFS_MOUNT_RDONLY), 0);
    CHECK_EQ(mrfs_write(&ro, "a", "2", 1, 0), MRFS_EROFS);
    CHECK_EQ(mrfs_compact(&ro), MRFS_EROFS);
    CHECK(read_eq("a", "1", 1));
    /* a store of another geometry is refused */
    MrfsFlash other = fl;
    other.page_size = 1024;
    CHECK_EQ(mrfs_mount(&ro, &other, 0), MRFS_ENOFS);
    other = fl;
    other.page_size = 1000;
    CHECK_EQ(mrfs_mount(&ro, &other, 0), MRFS_EINVAL);
    flashsim_close(&sim);
}

TEST(file_backed) {
    char path[] = "/tmp/test_mrfs_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    FlashSim a;
    CHECK_EQ(flashsim_open(&a, path, 64 * 1024, 2048, 8), 0);
    MrfsFlash af = flashsim_mrfs(&a, 0, a.size);
    MrfsStore as;
    CHECK_EQ(mrfs_format(&as, &af, 0), 0);
    CHECK_EQ(mrfs_write(&as, "persist", "yes", 3, 0), 0);
    flashsim_close(&a);
    FlashSim b;
    CHECK_EQ(flashsim_open(&b, path, 0, 2048, 8), 0);
    CHECK_EQ(b.size, 64 * 1024);
    MrfsFlash bf = flashsim_mrfs(&b, 0, b.size);
    MrfsStore bs;
    CHECK_EQ(mrfs_mount(&bs, &bf, 0), 0);
    MrfsFile f;
    CHECK_EQ(mrfs_find(&bs, "persist", &f), 0);
    CHECK(f.size == 3 && !memcmp(f.data, "yes", 3));
    /* programming a unit twice is caught by the simulator */
    CHECK_EQ(flashsim_program(&b, f.offset, "12345678", 8), -1);
    CHECK_EQ(b.violations, 1);
    flashsim_close(&b);
    unlink(path);
}

int main(void) {
    RUN(format_and_empty);
    RUN(write_read_replace_delete);
    RUN(names);
    RUN(streamed);
    RUN(geometries);
    RUN(compaction_reclaims);
    RUN(hold_and_full);
    RUN(readonly_mount);
    RUN(file_backed);
    return check_done();
}
